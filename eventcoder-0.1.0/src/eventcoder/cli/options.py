"""The options several commands share, declared once so that they read the same everywhere."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

SAMPLE_DIR = Path(__file__).parent.parent / "sample"
DEFAULT_DB = "eventcoder.duckdb"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def export_format(value: str) -> str:
    """The format as registered (built-in or plugin); the registry is read only when used."""
    from eventcoder.export import formats

    known = formats()
    if value.lower() not in known:
        raise typer.BadParameter(f"{value!r} is not a format; choose one of {', '.join(known)}")
    return value.lower()


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")]


def max_chars_limit(value: int | None) -> int | None:
    """One limit for every stage: the readers, the pipeline and any worker read it from
    ``EVENTCODER_MAX_CHARS`` (see :mod:`eventcoder.ingest.limits`)."""
    if value is not None:
        if value < 1:
            raise typer.BadParameter("must be a positive number of characters")
        os.environ["EVENTCODER_MAX_CHARS"] = str(value)
    return value


MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", callback=max_chars_limit, help="Skip, with the reason, an article "
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
