"""Exports: JSONL, ACLED CSV, GeoJSON, Parquet, and any format a plugin registers.

``write_events(events, fmt, out)`` streams events to a path or an open stream and returns how
many it wrote (for GeoJSON: how many had coordinates; the others are logged as left out).
Every format, built-in or not, comes from the ``register_exporters`` hook
(:mod:`eventcoder.export.builtins` registers the built-ins), so :func:`formats` is the one list
the CLI offers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from eventcoder.export._io import binary_target, text_target
from eventcoder.export.acled import ACLED_COLUMNS, disorder_type
from eventcoder.export.parquet import event_schema
from eventcoder.plugins import hooks
from eventcoder.records import Event

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "disorder_type",
    "event_schema",
    "exporters",
    "formats",
    "is_binary",
    "write_events",
]

# The built-in names (the registry may hold more, from plugins); "csv" is "acled-csv".
FORMATS: tuple[str, ...] = ("jsonl", "acled-csv", "csv", "geojson", "parquet")


def exporters() -> dict[str, Callable[..., Any]]:
    """Every registered format name -> writer; a plugin's name wins over a built-in's."""
    found: dict[str, Callable[..., Any]] = {}
    # pluggy calls the latest registered first: reversed, the built-ins come first and
    # plugins override them
    for registered in reversed(hooks().register_exporters()):
        found.update({name.lower(): writer for name, writer in (registered or {}).items()})
    return found


def formats() -> list[str]:
    """The format names ``write_events`` accepts, sorted."""
    return sorted(exporters())


def is_binary(fmt: str) -> bool:
    """Whether the format writes bytes (it needs a file or a binary stream, not a terminal)."""
    writer = exporters().get(fmt.lower())
    return bool(getattr(writer, "binary", False))


def write_events(events: Iterable[Event], fmt: str, out: Path | str | IO[Any]) -> int:
    """Write ``events`` as ``fmt`` to ``out`` (a path, or a text or binary stream).

    Returns the number of events written. Raises ValueError for an unknown format.
    """
    registry = exporters()
    writer = registry.get(fmt.lower())
    if writer is None:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(sorted(registry))}"
        )
    if getattr(writer, "binary", False):
        return int(writer(events, binary_target(out)))
    with text_target(out) as stream:
        return int(writer(events, stream))
