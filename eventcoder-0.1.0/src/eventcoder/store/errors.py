"""Store errors a user can act on, each one line: locks, missing servers, bad URLs, wrong files.

The database drivers raise multi-line messages (or tracebacks through the CLI) that bury the
cause; these helpers turn them into one sentence naming the store and what to do. Passwords in
URLs are never repeated.
"""

from __future__ import annotations

import re
from pathlib import Path

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<exe>.+?) \(PID (?P<pid>\d+)\)")
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_PASSWORD_OPTION = re.compile(r"(password\s*=\s*)\S+", re.IGNORECASE)


class StoreError(RuntimeError):
    """A store could not be opened or used; the message says which and why, on one line."""


class StoreURLError(StoreError, ValueError):
    """The store URL or path is malformed (unsupported scheme, bad schema name)."""


class StoreLocked(StoreError):
    """Another process holds the DuckDB file's write lock."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class UnstorableText(ValueError):
    """A value holds a NUL character or a lone surrogate, which no store keeps the same way.

    PostgreSQL refuses NUL in text and both drivers refuse lone surrogates, while DuckDB would
    keep a NUL: rejecting both everywhere gives one answer whichever store is used.
    """


def check_storable(value: str, what: str) -> str:
    """``value`` unchanged, or :class:`UnstorableText` naming ``what`` and the bad character."""
    if "\x00" in value:
        raise UnstorableText(f"{what} contains a NUL character (U+0000), which is not accepted")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        raise UnstorableText(
            f"{what} is not valid Unicode: lone surrogate U+{code:04X} at character {exc.start}"
        ) from None
    return value


def redact(text: str) -> str:
    """``text`` with any password in a URL (``user:secret@``) or ``password=`` option masked."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}***@", text)
    return _PASSWORD_OPTION.sub(r"\1***", text)


def one_line(message: str) -> str:
    """A driver message folded onto one line, with its hint lines kept."""
    return " ".join(part.strip() for part in str(message).splitlines() if part.strip())


def process_command(pid: int) -> str | None:
    """The command line of a running process, where /proc shows it (Linux); else None."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    words = [w.decode("utf-8", "replace") for w in raw.split(b"\0") if w]
    if not words:
        return None
    command = " ".join(" ".join([Path(words[0]).name, *words[1:]]).split())
    return command if len(command) <= 120 else command[:117] + "..."


def duckdb_error(path: str, exc: BaseException, *, read_only: bool = False) -> StoreError:
    """The one-line error for a DuckDB file that would not open."""
    message = one_line(str(exc)).removeprefix("IO Error: ")
    holder = _LOCK_HOLDER.search(message)
    if holder:
        pid = int(holder["pid"])
        command = process_command(pid)
        who = f"process {pid} ({command or holder['exe']})"
        return StoreLocked(
            f"store {path} is locked by {who}; wait for it to finish, or stop it", pid=pid
        )
    lowered = message.lower()
    if "is a directory" in lowered:
        return StoreError(f"store {path} is a directory, not a DuckDB file")
    if "not a valid duckdb database file" in lowered:
        return StoreError(f"store {path} is not a DuckDB database file")
    if "read-only file system" in lowered or "permission denied" in lowered:
        reason = "read-only file system" if "read-only" in lowered else "permission denied"
        return StoreError(
            f"store {path} cannot be written ({reason}); export, map and serve --read-only "
            "can read an existing store there"
        )
    if read_only and "database does not exist" in lowered:
        return StoreError(f"no store at {path}; run `eventcoder ingest PATH --db {path}` first")
    return StoreError(f"cannot open DuckDB store {path}: {message}")


def os_error(path: str, exc: OSError) -> StoreError:
    """The one-line error for a store path the file system refused (making its folder)."""
    reason = exc.strerror or type(exc).__name__
    return StoreError(f"cannot create store {path}: {reason}")


def postgres_error(url: str, exc: BaseException) -> StoreError:
    """The one-line error for a PostgreSQL store that would not open, password masked."""
    message = redact(one_line(str(exc)))
    where = redact(url)
    if "does not exist" in message and "database" in message:
        return StoreError(f"PostgreSQL store {where}: {message}; create it first")
    return StoreError(f"cannot open PostgreSQL store {where}: {message}")
