"""The input formats: which reader reads which input, built-in or a plugin's.

Every reader comes from the ``register_readers`` hook (:mod:`eventcoder.ingest.builtins`
registers the built-in ones the way a plugin registers its own), so a plugin may add a format
for its file suffixes or take over a built-in one, and :func:`eventcoder.ingest.read_paths`
reads both the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventcoder.plugins import hooks
from eventcoder.records import Article, ReadFailure

__all__ = ["Reader", "reader_for_file", "reader_named", "readers"]


@dataclass(frozen=True)
class Reader:
    """One input format: its name, the file suffixes that promise it, and how it is read.

    ``read(data, origin)`` gets the input's bytes (at most ``max_bytes``; an empty or larger
    input never reaches it) and yields :class:`~eventcoder.records.Article` or
    :class:`~eventcoder.records.ReadFailure` items, never raising for bad content. A
    ``streamed`` reader holds many articles and gets ``read(stream, origin, max_bytes)``
    instead, bounding each record itself; a ``raw`` one (WARC) reads compression itself, so it
    gets the file's bytes as stored, from the start where the file can seek.
    """

    name: str
    suffixes: tuple[str, ...]  # with the dot, as ``Path.suffix`` gives them: (".txt",)
    read: Callable[..., Iterator[Article | ReadFailure]]
    streamed: bool = False
    raw: bool = False


def readers() -> dict[str, Reader]:
    """Every registered format name -> its reader; a plugin's reader wins over a built-in's."""
    found: dict[str, Reader] = {}
    # pluggy calls the latest registered first: reversed, the built-ins come first and
    # plugins override them
    for registered in reversed(hooks().register_readers()):
        found.update({reader.name: reader for reader in registered or []})
    return found


def reader_named(name: str) -> Reader | None:
    """The reader of a format name ("jsonl"), or None."""
    return readers().get(name)


def reader_for_file(name: str, registry: dict[str, Reader] | None = None) -> Reader | None:
    """The reader a file name's suffix promises, looking through ``.gz``; None to sniff the
    content. Where two readers claim a suffix, the one registered last (a plugin's) wins."""
    suffix = Path(name.lower().removesuffix(".gz")).suffix
    if not suffix:
        return None
    chosen: Reader | None = None
    for reader in (registry if registry is not None else readers()).values():
        if suffix in (s.lower() for s in reader.suffixes):
            chosen = reader
    return chosen
