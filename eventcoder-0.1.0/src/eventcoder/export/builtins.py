"""The built-in export formats, registered through the same hook plugins use.

Like datasette's own built-ins, eventcoder's formats are a plugin of the seam in
:mod:`eventcoder.hookspecs`: :func:`eventcoder.plugins.plugin_manager` registers this module
first, so ``eventcoder export --format`` lists built-in and plugin formats from one registry.
A writer that needs a binary target (Parquet) says so with a ``binary = True`` attribute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from eventcoder.export.acled import write_acled_csv
from eventcoder.export.geojson import write_geojson
from eventcoder.export.jsonl import write_jsonl
from eventcoder.export.parquet import write_parquet
from eventcoder.hookspecs import hookimpl
from eventcoder.records import Event


def _geojson(events: Iterable[Event], stream: IO[str]) -> int:
    written, _skipped = write_geojson(events, stream)
    return written


def _parquet(events: Iterable[Event], target: Path | IO[bytes]) -> int:
    return write_parquet(events, target)


_parquet.binary = True  # type: ignore[attr-defined]


@hookimpl
def register_exporters() -> dict[str, Callable[..., Any]]:
    return {
        "acled-csv": write_acled_csv,
        "csv": write_acled_csv,  # the short name users type
        "geojson": _geojson,
        "jsonl": write_jsonl,
        "parquet": _parquet,
    }
