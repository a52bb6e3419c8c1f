"""Reading the project's tab-separated files: one reader instead of a copy per table.

Two kinds of file share it. Data tables (ACLED regions, place data, landmarks, the gazetteer
sources) are copied from their sources: cells are kept as they are, a ``"`` is an ordinary
character, and a row is a line. Language-pack files are written by hand (``hand_written=True``):
stray spaces around cells are dropped, a comment may be indented, a row whose first cell is blank
is skipped, and a cell may be quoted as a spreadsheet writes it (``"a<TAB>b"``), so a row may span
lines. Both skip blank lines and ``#`` comment lines. A header row, if the table has one, is the
caller's to drop (its first cell names a column).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["numbered_tsv_rows", "tsv_rows"]


def numbered_tsv_rows(path: Path | Traversable, *, hand_written: bool = False,
                      ) -> Iterator[tuple[int, list[str]]]:
    """The rows of a file with the number of the line each ends on (for messages); nothing if
    the file is absent. ``hand_written``: a language-pack file (see the module docstring)."""
    if not path.is_file():
        return
    # newline="": csv reads quoted line breaks itself; a plain line keeps its "\r\n" to strip
    with io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="") as fh:
        if hand_written:
            reader = csv.reader(fh, delimiter="\t")
            rows: Iterator[tuple[int, list[str]]] = ((reader.line_num, row) for row in reader)
        else:  # no csv here: a row is a line, of any length (csv limits a cell to 128 KiB)
            rows = enumerate((line.rstrip("\r\n").split("\t") for line in fh), 1)
        for line, row in rows:
            if hand_written:
                if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                    continue
                row = [cell.strip() for cell in row]
            elif not any(cell.strip() for cell in row) or row[0].startswith("#"):
                continue
            yield line, row


def tsv_rows(path: Path | Traversable, *, hand_written: bool = False) -> Iterator[list[str]]:
    """The rows of a file, each a list of its cells; nothing if the file is absent."""
    for _line, row in numbered_tsv_rows(path, hand_written=hand_written):
        yield row
