"""Operational errors of the ``eventcoder`` command as one line and an exit status, not a traceback.

A locked store, a server that is down or an unwritable output folder is something the user
fixes; a 35-line traceback hides the one sentence that says how. ``--debug`` (or
``EVENTCODER_DEBUG=1``) brings tracebacks back, in errors and in logged warnings alike.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from eventcoder.store.errors import one_line, redact

if TYPE_CHECKING:  # typer's vendored click: the type TyperGroup.invoke declares
    from typer._click.core import Context as ClickContext

DEBUG_ENV = "EVENTCODER_DEBUG"
MAX_MESSAGE_CHARS = 600
_DRIVER_MODULES = ("duckdb", "_duckdb", "psycopg")


def debug_wanted(flag: bool | None = None) -> bool:
    """``--debug`` given, or EVENTCODER_DEBUG set to something other than 0/false/no."""
    env = os.environ.get(DEBUG_ENV, "").strip().lower()
    return bool(flag) or env not in ("", "0", "false", "no")


def describe(exc: BaseException) -> str:
    """One line saying what went wrong, for an error the user can act on."""
    from eventcoder.store.errors import StoreError

    if isinstance(exc, StoreError):
        message = str(exc)
    elif isinstance(exc, OSError) and exc.strerror:
        where = exc.filename if exc.filename is not None else ""
        message = f"{where}: {exc.strerror}" if where else exc.strerror
    elif type(exc).__module__.split(".")[0] in _DRIVER_MODULES:
        message = f"store error: {exc}"
    elif _is_plain_message(exc):
        message = str(exc)
    else:
        message = f"{type(exc).__name__}: {exc} (run with --debug for the traceback)"
    message = redact(one_line(message)) or type(exc).__name__
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 3] + "..."
    return message


def _is_plain_message(exc: BaseException) -> bool:
    """Errors whose message is written for users (configuration, refused input)."""
    from eventcoder.serve.server import UnsafeServe
    from eventcoder.store.errors import UnstorableText

    plain: tuple[type[BaseException], ...] = (UnsafeServe, UnstorableText)
    try:
        from eventcoder.ingest.limits import InvalidLimit

        plain += (InvalidLimit,)
    except ImportError:  # pragma: no cover - the limits module ships with ingest
        pass
    return isinstance(exc, plain)


class OneLineFormatter(logging.Formatter):
    """A log record as one line; an attached exception shows as its type and message only."""

    def format(self, record: logging.LogRecord) -> str:
        message = one_line(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message = f"{message} ({type(exc).__name__}: {one_line(str(exc))})"
        return f"{record.levelname.lower()}: {redact(message)}"


class _StderrHandler(logging.Handler):
    """Writes to whatever sys.stderr is now (a test runner may have swapped it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # pragma: no cover - logging must never break the command
            self.handleError(record)


def configure_logging(debug: bool) -> None:
    """Warnings to stderr, one line each; with ``debug``, our debug messages and tracebacks."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(handler)
    handler = _StderrHandler()
    if debug:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger("eventcoder").setLevel(logging.DEBUG)
    else:
        handler.setFormatter(OneLineFormatter())
        logging.getLogger("eventcoder").setLevel(logging.NOTSET)
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


class ReportingGroup(TyperGroup):
    """The command group: any error but a usage error ends in one line and exit status 1."""

    def invoke(self, ctx: ClickContext) -> Any:
        debug = debug_wanted(ctx.params.get("debug"))
        configure_logging(debug)
        try:
            return super().invoke(ctx)
        except (TyperException, typer.Exit, typer.Abort):  # usage errors: typer's own report
            raise
        except KeyboardInterrupt:
            if debug:
                raise
            typer.echo("interrupted", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:
            if debug:
                raise
            typer.echo(f"error: {describe(exc)}", err=True)
            raise typer.Exit(1) from None
