"""Exports: JSONL, ACLED CSV, GeoJSON, Parquet.

``write_events(events, fmt, out)`` streams events to a path or an open stream and returns how
many it wrote (for GeoJSON: how many had coordinates; the others are logged as left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from eventcoder.export._io import binary_target, text_target
from eventcoder.export.acled import ACLED_COLUMNS, disorder_type, write_acled_csv
from eventcoder.export.geojson import write_geojson
from eventcoder.export.jsonl import write_jsonl
from eventcoder.export.parquet import event_schema, write_parquet
from eventcoder.plugins import hooks
from eventcoder.records import Event

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "FORMAT_ALIASES",
    "disorder_type",
    "event_schema",
    "write_events",
]

# Every name write_events accepts; "csv" is an alias of "acled-csv".
FORMATS: tuple[str, ...] = ("jsonl", "acled-csv", "csv", "geojson", "parquet")
FORMAT_ALIASES: dict[str, str] = {"csv": "acled-csv"}


def write_events(events: Iterable[Event], fmt: str, out: Path | str | IO[Any]) -> int:
    """Write ``events`` as ``fmt`` to ``out`` (a path, or a text or binary stream).

    Returns the number of events written. Raises ValueError for an unknown format.
    """
    name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    plugin_writer = plugin_exporters().get(name)
    if plugin_writer is not None:
        with text_target(out) as stream:
            return plugin_writer(events, stream)
    if name == "parquet":
        return write_parquet(events, binary_target(out))
    if name not in FORMATS:
        known = ", ".join((*FORMATS, *plugin_exporters()))
        raise ValueError(f"unknown export format {fmt!r}; choose one of {known}")
    with text_target(out) as stream:
        if name == "jsonl":
            return write_jsonl(events, stream)
        if name == "acled-csv":
            return write_acled_csv(events, stream)
        written, _skipped = write_geojson(events, stream)
        return written


def plugin_exporters() -> dict[str, Any]:
    """Export formats added by plugins (see :func:`eventcoder.hookspecs.register_exporters`)."""
    found: dict[str, Any] = {}
    for registered in hooks().register_exporters():
        found.update({name.lower(): writer for name, writer in registered.items()})
    return found
