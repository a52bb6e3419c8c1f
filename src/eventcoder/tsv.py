"""Reading the project's own tab-separated data files: one reader instead of a copy per table.

The tables (ACLED regions, place data, landmarks) share one layout: UTF-8, one row a line,
columns split on tabs, ``#`` lines and blank lines skipped. A header row, if the table has one,
is the caller's to drop (its first cell names a column).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["tsv_rows"]


def tsv_rows(path: Path | Traversable) -> Iterator[list[str]]:
    """The rows of a data table, each a list of its cells (not stripped); nothing if absent."""
    if not path.is_file():
        return
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\r\n").split("\t")
