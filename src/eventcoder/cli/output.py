"""What the commands print: progress and failures on stderr, data on stdout or in a file.

Progress and reports go to stderr so that stdout stays clean for data.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventcoder.pipeline import ArticleResult
from eventcoder.records import Article, Event, ReadFailure

# soft_wrap: a message stays one line however narrow the terminal (or 80 columns when piped).
err = Console(stderr=True, soft_wrap=True)


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[events]} events, {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )


def plain(text: object) -> str:
    """Text shown as itself on one line: rich markup in a file name or reason is not applied."""
    from rich.markup import escape

    return escape(" ".join(str(text).split()))


def read_inputs(paths: list[str]) -> list[Article | ReadFailure]:
    """Articles and failures to code; warnings on articles read (a guessed encoding) printed."""
    from rich.markup import escape

    from eventcoder.ingest import read_paths

    items: list[Article | ReadFailure] = []
    for item in read_paths(paths, warnings=True):
        if isinstance(item, ReadFailure) and item.warning:
            err.print(f"[yellow]warning[/] {escape(item.origin)}: {escape(item.reason)}")
        else:
            items.append(item)
    return items


def reported(
    results: Iterable[ArticleResult], label: str, total: int | None
) -> Iterator[ArticleResult]:
    """Pass results through, counting them on a progress bar and printing each failure."""
    with progress_bar() as progress:
        task = progress.add_task(label, total=total, events=0, failed=0)
        n_events = n_failed = 0
        for result in results:
            if result.failure:
                n_failed += 1
                err.print(
                    f"[yellow]skipped[/] {plain(result.origin)}: {plain(result.failure)}",
                    soft_wrap=True,
                )
            n_events += len(result.events)
            progress.update(task, advance=1, events=n_events, failed=n_failed)
            yield result


def write_out(events: Iterable[Event], fmt: str, output: Path | None) -> int:
    """Events in a registered format to ``output``, or to stdout when it is None or ``-`` (as
    ``-`` reads stdin on input); a binary format needs a file."""
    from eventcoder.export import write_events

    if output is None or str(output) == "-":
        from eventcoder.export import is_binary

        if is_binary(fmt):
            raise typer.BadParameter(f"{fmt} is binary: it needs -o FILE")
        return write_events(events, fmt, sys.stdout)
    output.parent.mkdir(parents=True, exist_ok=True)
    return write_events(events, fmt, output)


def require_db(db: str) -> None:
    """A missing store is an operational error (one line), not a usage error."""
    if "://" not in db and db != ":memory:" and not Path(db).exists():
        from eventcoder.store import StoreError

        raise StoreError(f"no store at {db}; run `eventcoder ingest PATH --db {db}` first")
