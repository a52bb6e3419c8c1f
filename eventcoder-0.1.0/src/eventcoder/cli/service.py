"""Long-running commands: ``serve`` the API and map, ``watch`` feeds and announce new events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventcoder.cli.options import DEFAULT_DB, DbOpt, ModelOpt
from eventcoder.cli.output import err, plain


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
            outcome["all_failed"] = print_poll(poll)

        try:
            watcher.run(report, polls=1 if once else None)
        except KeyboardInterrupt:
            err.print("watch stopped")
    if once and outcome["all_failed"]:
        raise typer.Exit(1)


def print_poll(poll: object) -> bool:
    """Print one poll's report to stderr; True when every source failed or is backing off."""
    from datetime import UTC, datetime

    from eventcoder.ingest.watch import PollReport

    assert isinstance(poll, PollReport)

    def when(seconds: float | None) -> str:
        if seconds is None:
            return "?"
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    for s in poll.sources:
        name = plain(s.source)
        if s.status == "failed":
            err.print(
                f"[red]failed[/] {name}: {plain(s.error)} ({s.failures} in a row); "
                f"backing off until {when(s.retry_at)}"
            )
        elif s.status == "backing off":
            err.print(
                f"[yellow]backing off[/] {name} until {when(s.retry_at)} after {s.failures} "
                f"failures (last: {plain(s.error)})"
            )
        else:
            err.print(
                f"{name}: {s.new} new, {s.changed} changed, {s.seen} already coded"
                f"{' (not modified)' if s.status == 'unchanged' else ''}; "
                f"{s.events} events, {s.new_events} new to the store"
            )
        for failure in s.item_failures:
            err.print(f"  [yellow]skipped[/] {plain(failure)}")
        for warning in s.warnings:
            err.print(f"  [yellow]warning[/] {plain(warning)}")
    a = poll.announced
    if a is not None and (a.sent or a.filtered_out or a.redelivered or a.still_pending):
        err.print(
            f"{a.sent} alerts sent, {a.filtered_out} events filtered out"
            + (f", {a.redelivered} earlier alerts delivered" if a.redelivered else "")
            + (f"; {a.still_pending} alerts waiting for a sink" if a.still_pending else "")
        )
    for error in a.errors if a is not None else []:
        err.print(f"  [red]alert not delivered[/] {plain(error)}")
    return poll.all_failed
