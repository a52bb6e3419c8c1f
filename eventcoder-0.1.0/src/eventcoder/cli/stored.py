"""Commands over a store: ``export`` its events, draw its ``map``, run the ``sample`` job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventcoder.cli.coding import ingest
from eventcoder.cli.options import DEFAULT_DB, SAMPLE_DIR, DbOpt, ModelOpt, export_format
from eventcoder.cli.output import err, require_db, write_out


def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", callback=export_format,
        help="A registered format: acled-csv (csv), geojson, jsonl, parquet, or a plugin's.",
    )] = "acled-csv",
    db: DbOpt = DEFAULT_DB,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """Export stored events as ACLED CSV, GeoJSON, Parquet or JSONL."""
    from eventcoder.store import open_store

    require_db(db)
    with open_store(db, read_only=True) as store:
        events = store.all_events()
    count = write_out(events, fmt, output)
    err.print(f"{count} events exported")


def map_(
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("map.html"),
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Write a self-contained HTML map of stored events (opens with no network)."""
    from eventcoder.serve import articles_for, render_map
    from eventcoder.store import open_store

    require_db(db)
    with open_store(db, read_only=True) as store:
        events = store.all_events()
        html = render_map(events, articles=articles_for(events, store.get_article))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    err.print(f"map of {len(events)} events written to {output}")


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
