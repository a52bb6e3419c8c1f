"""Coding commands: ``extract`` prints events, ``ingest`` stores articles with their events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from eventcoder.cli.options import (
    DEFAULT_DB,
    AllModalitiesOpt,
    DbOpt,
    ExtractFormat,
    MaxCharsOpt,
    ModelOpt,
    PathsArg,
)
from eventcoder.cli.output import err, plain, read_inputs, reported, write_out
from eventcoder.pipeline import ArticleResult
from eventcoder.records import Article, ReadFailure


def code_with_progress(
    items: list[Article | ReadFailure],
    *,
    model: str | None,
    all_modalities: bool,
    workers: int,
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code articles with a progress bar; failures are reported as they happen."""
    from eventcoder.parallel import code_in_parallel

    yield from reported(code_in_parallel(
        items, model=model, all_modalities=all_modalities, workers=workers, scope=scope
    ), "coding", len(items))


def stream_with_progress(
    paths: list[str], *, model: str | None, all_modalities: bool, workers: int,
    address: str | None, skip_ids: frozenset[str] = frozenset(),
) -> Iterator[ArticleResult]:
    """Ray Data streaming (:func:`eventcoder.parallel.stream_on_ray`) with a progress bar
    counting articles as they come back (the total is not known before the shards are read)."""
    from eventcoder.parallel import stream_on_ray

    yield from reported(stream_on_ray(paths, model=model, all_modalities=all_modalities,
                                      workers=workers, address=address, skip_ids=skip_ids),
                        "coding on Ray", None)


def extract(
    paths: PathsArg,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here.")] = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
    model: ModelOpt = None,
    all_modalities: AllModalitiesOpt = False,
    merge: Annotated[
        bool, typer.Option(help="Merge reports of the same event across articles.")
    ] = True,
    workers: Annotated[int, typer.Option(help="Parallel workers (>1 uses processes).")] = 1,
    scope: Annotated[
        bool, typer.Option(help="Apply the learned scope decision (--no-scope: rules only).")
    ] = True,
    max_chars: MaxCharsOpt = None,
) -> None:
    """Code articles and print or write their events, without a database."""
    items = read_inputs(paths)
    events = [ev for r in code_with_progress(
        items, model=model, all_modalities=all_modalities, workers=workers, scope=scope
    ) for ev in r.events]
    if merge and events:
        from eventcoder.merge import merge_events

        events = merge_events(events)
    count = write_out(events, "acled-csv" if fmt is ExtractFormat.csv else fmt.value, output)
    err.print(f"{count} events from {len(items)} inputs")


def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    model: ModelOpt = None,
    all_modalities: AllModalitiesOpt = False,
    workers: Annotated[int, typer.Option(help="Parallel workers (>1 uses processes).")] = 1,
    ray: Annotated[
        bool, typer.Option("--ray", help="Stream the inputs through Ray Data: files read and "
                           "coded on --workers actors, results stored as they come.")
    ] = False,
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Join this Ray cluster (implies --ray; "
                                 "e.g. auto or ray://head:10001) instead of a local one.")
    ] = None,
    max_chars: MaxCharsOpt = None,
) -> None:
    """Code articles and store them with their events (same article twice adds nothing)."""
    from eventcoder.store import open_store

    added = skipped = failed = 0
    with open_store(db) as store:
        if ray or ray_address:
            results: Iterable[ArticleResult] = stream_with_progress(
                paths, model=model, all_modalities=all_modalities, workers=max(workers, 1),
                address=ray_address, skip_ids=store.article_ids(),  # read, not coded again
            )
        else:
            fresh: list[Article | ReadFailure] = []
            for item in read_inputs(paths):
                if isinstance(item, Article) and store.has_article(item.id):
                    skipped += 1
                else:
                    fresh.append(item)
            results = code_with_progress(
                fresh, model=model, all_modalities=all_modalities, workers=workers
            )
        for result in results:
            if result.failure or result.article is None:
                failed += 1
                continue
            try:
                outcome = store.add_article(result.article, result.events)
            except Exception as exc:  # stored data stays intact: add_article is one transaction
                failed += 1
                err.print(
                    f"[red]not stored[/] {plain(result.origin)}: "
                    f"{plain(f'{type(exc).__name__}: {exc}')}",
                    soft_wrap=True,
                )
                continue
            if outcome.added:
                added += 1
            else:
                skipped += 1
        stats = store.stats()
    err.print(
        f"{added} articles added, {skipped} already stored, {failed} failed; "
        f"store holds {stats.get('events', '?')} events from {stats.get('articles', '?')} articles"
    )
    if failed and not added and not skipped:
        raise typer.Exit(1)
