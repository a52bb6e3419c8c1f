"""Ingest stage: files, folders, globs and streams in; Article records (or ReadFailures) out.

>>> for item in read_paths(["news/"]):  # doctest: +SKIP
...     print(item.origin, getattr(item, "reason", "ok"))
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventcoder.ingest.language import detect_language, supported_languages
from eventcoder.ingest.limits import (
    MAX_ARTICLE_CHARS,
    MAX_CHARS_ENV,
    InvalidLimit,
    check_size,
    max_article_chars,
    resolve_limit,
)
from eventcoder.ingest.readers import Item, read_text, unexpected
from eventcoder.ingest.registry import Reader, reader_for_file, readers
from eventcoder.ingest.sources import (
    GZIP_MAGIC,
    Source,
    archive_kind,
    expand,
    peek,
    sniff,
)
from eventcoder.records import Article, ReadFailure

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_ARTICLE_CHARS",
    "MAX_CHARS_ENV",
    "InvalidLimit",
    "check_size",
    "detect_language",
    "max_article_chars",
    "read_paths",
    "supported_languages",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000


def read_paths(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int | None = None,
    warnings: bool = False,
) -> Iterator[Article | ReadFailure]:
    """Read every input in ``paths`` ("-" is stdin; folders recursively, sorted; globs).

    The format comes from the extension, else from the content: the seed's ``date YYYY-MM``
    text format, plain text, JSON Lines / JSON, HTML, RSS/Atom and WARC, or a plugin's format
    for the suffixes it registers (:mod:`eventcoder.ingest.registry`). Whatever cannot be
    read becomes a :class:`ReadFailure` with its reason and the rest goes on; this never raises
    for bad input. ``max_bytes`` bounds one article's raw size (a file, a JSONL line, a WARC
    record). ``max_chars`` bounds one article's text (default :func:`max_article_chars`:
    ``EVENTCODER_MAX_CHARS`` or :data:`MAX_ARTICLE_CHARS`); a longer article is a failure.
    ``warnings=True`` also yields notes on articles that were read, as ReadFailures with
    ``warning`` set (an encoding guessed by the fallback codec); otherwise they are logged.
    """
    limit = resolve_limit(max_chars)  # a bad limit fails here, before anything is read
    if isinstance(paths, str | Path):  # one path given bare, not a sequence of characters
        paths = [paths]
    for source in expand(list(paths)):
        if isinstance(source, ReadFailure):
            yield source
            continue
        try:
            for item in _read_source(source, max_bytes):
                if isinstance(item, ReadFailure) and item.warning and not warnings:
                    log.info("%s: %s", item.origin, item.reason)
                    continue
                yield _within_size(item, limit)
        except (OSError, EOFError, zlib.error) as exc:  # unreadable file, broken compression
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield ReadFailure(origin=source.origin, reason=f"cannot read: {reason}")
        except Exception as exc:  # a reader's bug may cost this input, never the batch
            # The reason goes to the failure report; the traceback only to debug logging.
            log.debug("reading %s failed", source.origin, exc_info=True)
            yield ReadFailure(origin=source.origin, reason=unexpected(exc))


def _within_size(item: Article | ReadFailure, limit: int) -> Article | ReadFailure:
    """The article, or a failure naming its size when its text is over ``limit``."""
    if isinstance(item, Article):
        reason = check_size(item.text, limit)
        if reason:
            return ReadFailure(origin=item.origin or item.id, reason=reason)
    return item


def _read_source(source: Source, max_bytes: int) -> Iterator[Item]:
    """The items of one input, by the reader its suffix names, else the one its content
    looks like. A streamed reader (many articles: JSONL, WARC) bounds each line or record by
    ``max_bytes``; any other input is bounded as a whole."""
    origin = source.origin
    registry = readers()
    reader = reader_for_file(source.path.name, registry) if source.path else None
    compressed = source.path is not None and source.path.name.lower().endswith(".gz")
    if source.path is not None and not (reader and reader.streamed) and not compressed:
        size = source.path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(
                origin=origin, reason=f"too large: {size} bytes, over max_bytes ({max_bytes})"
            )
            return
    with source.open() as raw:
        head, stream = peek(raw)
        if head.startswith(GZIP_MAGIC) and not (reader and reader.raw) and (
                archive_kind(head) is None):
            # A gzipped JSONL, text, HTML... file: read what is inside (bounded like the rest).
            head, stream = peek(gzip.GzipFile(fileobj=stream, mode="rb"))
        reader = reader or registry.get(sniff(head))
        if reader is not None and reader.raw:
            # A file is read seekable, so a broken record can be skipped to the next one.
            seekable = source.path is not None and raw.seekable()
            if seekable:
                raw.seek(0)
            yield from reader.read(raw if seekable else stream, origin, max_bytes)
            return
        if reader is not None and reader.streamed:
            yield from reader.read(stream, origin, max_bytes)
            return
        data = stream.read(max_bytes + 1)
    yield from _read_document(data, origin, reader, max_bytes)


def _read_document(
    data: bytes, origin: str, reader: Reader | None, max_bytes: int
) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield ReadFailure(origin=origin, reason=f"too large: over max_bytes ({max_bytes})")
    elif not data.strip():
        yield ReadFailure(origin=origin, reason="empty text: the input is empty")
    else:
        yield from (reader.read if reader is not None else read_text)(data, origin)
