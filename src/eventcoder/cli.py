"""The ``eventcoder`` command line: code, store, export, map, evaluate and serve."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventcoder.cli_errors import ReportingGroup
from eventcoder.pipeline import ArticleResult
from eventcoder.records import Article, Event, ReadFailure

app = typer.Typer(
    help="Code news into geocoded, de-duplicated ACLED-style conflict events.",
    no_args_is_help=True,
    add_completion=False,
    cls=ReportingGroup,  # operational errors: one line and exit 1, tracebacks only with --debug
)
# Progress and reports go to stderr so that stdout stays clean for data.
# soft_wrap: a message stays one line however narrow the terminal (or 80 columns when piped).
err = Console(stderr=True, soft_wrap=True)

SAMPLE_DIR = Path(__file__).parent / "sample"
DEFAULT_DB = "eventcoder.duckdb"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _export_format(value: str) -> str:
    """The format as registered (built-in or plugin); the registry is read only when used."""
    from eventcoder.export import formats

    known = formats()
    if value.lower() not in known:
        raise typer.BadParameter(f"{value!r} is not a format; choose one of {', '.join(known)}")
    return value.lower()


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")]


def _max_chars(value: int | None) -> int | None:
    """One limit for every stage: the readers, the pipeline and any worker read it from
    ``EVENTCODER_MAX_CHARS`` (see :mod:`eventcoder.ingest.limits`)."""
    if value is not None:
        if value < 1:
            raise typer.BadParameter("must be a positive number of characters")
        os.environ["EVENTCODER_MAX_CHARS"] = str(value)
    return value


MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", callback=_max_chars, help="Skip, with the reason, an article "
                 "longer than this many characters (default 1,000,000, or "
                 "$EVENTCODER_MAX_CHARS)."),
]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline name or path to use instead of the default."),
]
AllModalitiesOpt = Annotated[
    bool,
    typer.Option(
        "--all-modalities",
        help="Also output claimed, feared, denied and hypothetical events, and background "
        "mentions of older events.",
    ),
]
DbOpt = Annotated[
    str, typer.Option("--db", help="DuckDB file, or a postgresql:// URL for a server store.")
]


def _progress() -> Progress:
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


def _read(paths: list[str]) -> list[Article | ReadFailure]:
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


def _code_with_progress(
    items: list[Article | ReadFailure],
    *,
    model: str | None,
    all_modalities: bool,
    workers: int,
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code articles with a progress bar; failures are reported as they happen."""
    from eventcoder.parallel import code_in_parallel

    yield from _reported(code_in_parallel(
        items, model=model, all_modalities=all_modalities, workers=workers, scope=scope
    ), "coding", len(items))


def _reported(
    results: Iterable[ArticleResult], label: str, total: int | None
) -> Iterator[ArticleResult]:
    """Pass results through, counting them on a progress bar and printing each failure."""
    with _progress() as progress:
        task = progress.add_task(label, total=total, events=0, failed=0)
        n_events = n_failed = 0
        for result in results:
            if result.failure:
                n_failed += 1
                err.print(
                    f"[yellow]skipped[/] {_plain(result.origin)}: {_plain(result.failure)}",
                    soft_wrap=True,
                )
            n_events += len(result.events)
            progress.update(task, advance=1, events=n_events, failed=n_failed)
            yield result


def _stream_with_progress(
    paths: list[str], *, model: str | None, all_modalities: bool, workers: int,
    address: str | None,
) -> Iterator[ArticleResult]:
    """Ray Data streaming (:func:`eventcoder.parallel.stream_on_ray`) with a progress bar
    counting articles as they come back (the total is not known before the shards are read)."""
    from eventcoder.parallel import stream_on_ray

    yield from _reported(stream_on_ray(paths, model=model, all_modalities=all_modalities,
                                       workers=workers, address=address), "coding on Ray", None)


def _write(events: Iterable[Event], fmt: str, output: Path | None) -> int:
    from eventcoder.export import write_events

    if output is None:
        from eventcoder.export import is_binary

        if is_binary(fmt):
            raise typer.BadParameter(f"{fmt} is binary: it needs -o FILE")
        return write_events(events, fmt, sys.stdout)
    output.parent.mkdir(parents=True, exist_ok=True)
    return write_events(events, fmt, output)


@app.command()
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
    items = _read(paths)
    events = [ev for r in _code_with_progress(
        items, model=model, all_modalities=all_modalities, workers=workers, scope=scope
    ) for ev in r.events]
    if merge and events:
        from eventcoder.merge import merge_events

        events = merge_events(events)
    count = _write(events, "acled-csv" if fmt is ExtractFormat.csv else fmt.value, output)
    err.print(f"{count} events from {len(items)} inputs")


@app.command()
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
            results: Iterable[ArticleResult] = _stream_with_progress(
                paths, model=model, all_modalities=all_modalities, workers=max(workers, 1),
                address=ray_address,
            )
        else:
            fresh: list[Article | ReadFailure] = []
            for item in _read(paths):
                if isinstance(item, Article) and store.has_article(item.id):
                    skipped += 1
                else:
                    fresh.append(item)
            results = _code_with_progress(
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
                    f"[red]not stored[/] {_plain(result.origin)}: "
                    f"{_plain(f'{type(exc).__name__}: {exc}')}",
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


@app.command()
def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", callback=_export_format,
        help="A registered format: acled-csv (csv), geojson, jsonl, parquet, or a plugin's.",
    )] = "acled-csv",
    db: DbOpt = DEFAULT_DB,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """Export stored events as ACLED CSV, GeoJSON, Parquet or JSONL."""
    from eventcoder.store import open_store

    _require_db(db)
    with open_store(db, read_only=True) as store:
        events = store.all_events()
    count = _write(events, fmt, output)
    err.print(f"{count} events exported")


@app.command(name="map")
def map_(
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("map.html"),
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Write a self-contained HTML map of stored events (opens with no network)."""
    from eventcoder.serve import articles_for, render_map
    from eventcoder.store import open_store

    _require_db(db)
    with open_store(db, read_only=True) as store:
        events = store.all_events()
        html = render_map(events, articles=articles_for(events, store.get_article))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    err.print(f"map of {len(events)} events written to {output}")


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL, or the CASE 2021 task 2 TSV.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    model: ModelOpt = None,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Score only the gold articles of this split (dev or test)."),
    ] = None,
    no_scope: Annotated[
        bool, typer.Option("--no-scope", help="Leave the learned scope filter out (ablation).")
    ] = False,
) -> None:
    """Score the pipeline against gold events (P/R/F1 and per-field accuracy).

    The project's coded sets (``gold/nl.jsonl``, ``gold/en.jsonl``) hold ids and offsets only;
    their texts are joined from ``../shared`` (or ``$EVENTCODER_SHARED``)."""
    if not gold.exists():
        raise typer.BadParameter(f"no such file: {gold}")
    if gold.suffix in {".tsv", ".csv"}:
        from eventcoder.evaluate.case2021 import evaluate_case2021, format_case2021_report

        report = evaluate_case2021(gold)
        typer.echo(json.dumps(report, indent=2) if as_json else format_case2021_report(report))
        return
    from eventcoder.evaluate import evaluate_gold, format_report
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    def predict(article: Article) -> list[Event]:
        """What `extract` prints for the article: its events, merged where they are one."""
        return merge_events(code_article(article, model=model, scope=not no_scope))

    result = evaluate_gold(gold, predict, progress=True, split=split)
    typer.echo(json.dumps(result.to_dict(), indent=2) if as_json else format_report(result))


@app.command(name="eval-geo")
def eval_geo(
    files: Annotated[list[Path], typer.Argument(help="GeoWebNews / TR-News XML files.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    mode: Annotated[str, typer.Option(help="gold (toponyms given), e2e, or both.")] = "both",
    infer: Annotated[bool, typer.Option(
        help="Place names the gazetteer lacks where the article's places put them.")] = True,
) -> None:
    """Score the geocoder on geoparsing gold sets (resolution and end to end)."""
    from eventcoder.geo import evaluate_geoparse, format_geo_report

    report = evaluate_geoparse(list(files), mode=mode, infer=infer)
    typer.echo(json.dumps(report, indent=2) if as_json else format_geo_report(report))


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="EVENTCODER_TOKEN",
            help="Require 'Authorization: Bearer TOKEN' for writes (POST /articles). Needed to "
            "serve writes beyond loopback; prefer the environment variable to the option.",
            show_default=False,
        ),
    ] = None,
    read_only: Annotated[
        bool,
        typer.Option(
            "--read-only", help="Refuse writes; open the store read-only (read-only media)."
        ),
    ] = False,
    trusted_host: Annotated[
        list[str] | None,
        typer.Option(
            "--trusted-host",
            help="Answer only requests for this Host (repeatable; *.example.org allowed).",
        ),
    ] = None,
    max_chars: Annotated[
        int | None,
        typer.Option(
            "--max-chars",
            min=1,
            help="Maximum article size in characters for POST (default: EVENTCODER_MAX_CHARS).",
        ),
    ] = None,
) -> None:
    """Serve the REST API and the web map."""
    from eventcoder.serve import run_server

    run_server(
        db,
        host=host,
        port=port,
        token=token,
        writes=not read_only,
        trusted_hosts=trusted_host or None,
        max_article_chars=max_chars,
    )


@app.command()
def sample(
    output: Annotated[Path, typer.Option("-o", "--output", help="Output folder.")] = Path("out"),
    model: ModelOpt = None,
) -> None:
    """Run the main job on the bundled sample: store, events (JSONL + ACLED CSV) and the map."""
    output.mkdir(parents=True, exist_ok=True)
    db = str(output / "eventcoder.duckdb")
    ingest([str(SAMPLE_DIR)], db=db, model=model, all_modalities=False, workers=1, ray=False)
    export("jsonl", db=db, output=output / "events.jsonl")
    export("acled-csv", db=db, output=output / "events.csv")
    map_(output=output / "map.html", db=db)
    err.print(f"[green]done[/]: {output}/events.jsonl, {output}/events.csv, {output}/map.html")


@app.command()
def watch(
    sources: Annotated[
        list[str], typer.Argument(help="RSS/Atom feed or page URLs (or local feed files).")
    ],
    every: Annotated[
        str, typer.Option("--every", help="Poll interval (30s, 10m, 2h); base of the back-off.")
    ] = "10m",
    db: DbOpt = DEFAULT_DB,
    once: Annotated[
        bool, typer.Option("--once", help="Poll once and exit (for cron).")
    ] = False,
    alerts: Annotated[
        Path | None, typer.Option("--alerts", help="Append new events as JSON lines here.")
    ] = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each new event as JSON to this URL.")
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Announce only events in this country (name or ISO3)."),
    ] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option("--event-type", help="Announce only this event or sub-event type."),
    ] = None,
    min_fatalities: Annotated[
        int | None,
        typer.Option("--min-fatalities", min=0, help="Announce only events with this many dead."),
    ] = None,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links",
            help="Code the page a new feed entry links to when it holds more than the entry.",
        ),
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Follow feeds and pages: code and store items not seen before, announce new events."""
    from eventcoder.ingest.alerts import (
        AlertFilter,
        AlertSink,
        Announcer,
        JsonLinesSink,
        WebhookSink,
    )
    from eventcoder.ingest.watch import Watcher, parse_interval
    from eventcoder.pipeline import code_article
    from eventcoder.store import open_store

    try:
        interval = parse_interval(every)
        sinks: list[AlertSink] = [JsonLinesSink(alerts)] if alerts else []
        if webhook:
            sinks.append(WebhookSink(webhook))
        alert_filter = AlertFilter.build(country or [], event_type or [], min_fatalities)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    announcer = Announcer(sinks, alert_filter) if sinks else None
    outcome = {"all_failed": False}
    with open_store(db) as store:
        watcher = Watcher(
            store, sources, code=lambda article: code_article(article, model=model),
            every=interval, announcer=announcer, follow_links=follow_links,
        )

        def report(poll: object) -> None:
            outcome["all_failed"] = _print_poll(poll)

        try:
            watcher.run(report, polls=1 if once else None)
        except KeyboardInterrupt:
            err.print("watch stopped")
    if once and outcome["all_failed"]:
        raise typer.Exit(1)


def _print_poll(poll: object) -> bool:
    """Print one poll's report to stderr; True when every source failed or is backing off."""
    from datetime import UTC, datetime

    from eventcoder.ingest.watch import PollReport

    assert isinstance(poll, PollReport)

    def when(seconds: float | None) -> str:
        if seconds is None:
            return "?"
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    for s in poll.sources:
        name = _plain(s.source)
        if s.status == "failed":
            err.print(
                f"[red]failed[/] {name}: {_plain(s.error)} ({s.failures} in a row); "
                f"backing off until {when(s.retry_at)}"
            )
        elif s.status == "backing off":
            err.print(
                f"[yellow]backing off[/] {name} until {when(s.retry_at)} after {s.failures} "
                f"failures (last: {_plain(s.error)})"
            )
        else:
            err.print(
                f"{name}: {s.new} new, {s.changed} changed, {s.seen} already coded"
                f"{' (not modified)' if s.status == 'unchanged' else ''}; "
                f"{s.events} events, {s.new_events} new to the store"
            )
        for failure in s.item_failures:
            err.print(f"  [yellow]skipped[/] {_plain(failure)}")
        for warning in s.warnings:
            err.print(f"  [yellow]warning[/] {_plain(warning)}")
    a = poll.announced
    if a is not None and (a.sent or a.filtered_out or a.redelivered or a.still_pending):
        err.print(
            f"{a.sent} alerts sent, {a.filtered_out} events filtered out"
            + (f", {a.redelivered} earlier alerts delivered" if a.redelivered else "")
            + (f"; {a.still_pending} alerts waiting for a sink" if a.still_pending else "")
        )
    for error in a.errors if a is not None else []:
        err.print(f"  [red]alert not delivered[/] {_plain(error)}")
    return poll.all_failed


def _plain(text: object) -> str:
    """Text shown as itself on one line: rich markup in a file name or reason is not applied."""
    from rich.markup import escape

    return escape(" ".join(str(text).split()))


def _require_db(db: str) -> None:
    """A missing store is an operational error (one line), not a usage error."""
    if "://" not in db and db != ":memory:" and not Path(db).exists():
        from eventcoder.store import StoreError

        raise StoreError(f"no store at {db}; run `eventcoder ingest PATH --db {db}` first")


@app.callback()
def _main(
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Show tracebacks instead of one-line errors (or EVENTCODER_DEBUG=1)."
        ),
    ] = False,
) -> None:
    """Code news into geocoded, de-duplicated ACLED-style conflict events."""


if __name__ == "__main__":
    app()
