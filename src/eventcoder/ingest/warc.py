"""WARC and ARC files, read one record at a time so that one bad record costs only itself.

warcio parses a record's HTTP headers inside its iterator, and any exception there (a response
without ``WARC-Target-URI`` raises ``AttributeError``) ends the iterator for good. So records
are iterated unparsed and their HTTP headers parsed here, per record; and when the archive's
framing itself breaks (a corrupt header, a wrong length, a bad gzip member), a seekable file is
scanned forward to the next record start and read on from there.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from eventcoder.ingest.readers import Item, describe, failure, read_html, unexpected
from eventcoder.ingest.sources import GZIP_MAGIC, archive_kind, peek
from eventcoder.records import ReadFailure

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CUT = "truncated WARC record"
_HTTP_SCHEMES = ("http:", "https:")
_SCAN_CHUNK = 1 << 20
_SCAN_OVERLAP = 4096
# Where a record can start, after the one that broke: a gzip member, a WARC version line, an
# ARC header line ("URL IP-address 14-digit-date content-type length").
_GZIP_MEMBER = re.compile(re.escape(GZIP_MAGIC + b"\x08"))
_WARC_START = re.compile(rb"\nWARC/\d")
_ARC_LINE = rb"\S+ \S+ \d{14} \S+ \d+\r?\n"
_ARC_START = re.compile(rb"\n" + _ARC_LINE)


@dataclass
class _Progress:
    """Counts kept across restarts: records seen, articles read, where the last one began."""

    number: int = 0
    read: int = 0
    offset: int = 0
    reported_cut: int = 0


def read_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    """HTML responses (status 2xx) of a WARC/ARC file, gzipped or not, through the HTML reader.

    Other records (requests, metadata, images, redirects) are not articles and are passed over.
    ``#N`` in the origin is the record's number in the file, counting every record from 1; a
    failure's reason also gives the record's byte offset. When the framing breaks, a seekable
    stream is searched for the next record and reading goes on; other streams stop there.
    """
    seekable = _seekable(stream)
    if seekable:
        start = stream.tell()
        head = stream.read(4096)
        stream.seek(start)
    else:
        head, stream = peek(stream)
        start = 0
    kind = archive_kind(head)
    if kind is None:
        yield failure(origin, "not a WARC file: it does not start with a WARC or ARC record")
        return
    progress = _Progress(offset=start)
    while True:
        broken_at = yield from _read_records(stream, origin, max_bytes, kind, progress)
        if broken_at is None:
            break
        offset, exc = broken_at
        if exc is None:  # the last record ran past the end: records may hide inside its length
            resume = _next_record_start(stream, offset + 1, kind, head.startswith(GZIP_MAGIC))
            if resume is None or not seekable:
                break
            if progress.reported_cut != progress.number:
                yield failure(
                    f"{origin}#{progress.number}",
                    f"record {progress.number} at byte {offset}: its length runs past the end "
                    f"of the file; skipped to the next record at byte {resume}",
                )
            stream.seek(resume)
            continue
        where = f"record {progress.number + 1} at byte {offset}"
        if not seekable:
            yield failure(origin, f"broken WARC at {where}: {describe(exc)}; the rest is unread")
            return
        resume = _next_record_start(stream, offset + 1, kind, head.startswith(GZIP_MAGIC))
        progress.number += 1  # the broken record
        if resume is None:
            yield failure(f"{origin}#{progress.number}", f"broken WARC {where}: {describe(exc)}")
            break
        yield failure(
            f"{origin}#{progress.number}",
            f"broken WARC {where}: {describe(exc)}; skipped to the next record at byte {resume}",
        )
        stream.seek(resume)
    if not progress.read:
        yield failure(
            origin, f"empty text: no HTML response among the {progress.number} WARC records"
        )


def _read_records(
    stream: IO[bytes], origin: str, max_bytes: int, kind: str, progress: _Progress
) -> Iterator[Item]:
    """Read records from the stream's position.

    Returns None at a clean end; (offset, error) when the framing breaks at ``offset``;
    (offset, None) when the last record, at ``offset``, claims more bytes than the file holds.
    """
    from warcio.archiveiterator import ArchiveIterator

    try:
        records = ArchiveIterator(stream, no_record_parse=True, arc2warc=kind == "arc")
    except Exception as exc:  # noqa: BLE001 - a stream warcio cannot even open
        return progress.offset, exc
    last = None
    while True:
        try:
            record = next(records)
        except StopIteration:
            if last is not None and getattr(last.raw_stream, "limit", 0) > 0:
                return progress.offset, None
            return None
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken framing
            return getattr(records, "offset", progress.offset), exc
        last = record
        progress.number += 1
        progress.offset = getattr(records, "offset", progress.offset)
        record_origin = f"{origin}#{progress.number}"
        try:
            items = _record_item(record, record_origin, max_bytes)
        except Exception as exc:  # noqa: BLE001 - one record's fault costs only that record
            items = [failure(record_origin, unexpected(exc))]
        if items is None:
            continue
        progress.read += 1  # an HTML response, read or not
        for item in items:
            if isinstance(item, ReadFailure) and not item.warning:
                if item.reason.startswith(_CUT):
                    progress.reported_cut = progress.number
                where = f"record {progress.number} at byte {progress.offset}"
                item = failure(record_origin, f"{where}: {item.reason}")
            yield item


def _record_item(record: object, origin: str, max_bytes: int) -> list[Item] | None:
    """The article of one record (and any decoding warning), a failure, or None when the
    record is not an HTML page."""
    from warcio.statusandheaders import StatusAndHeadersParser

    rec_type = getattr(record, "rec_type", None)
    if rec_type not in ("response", "resource"):
        return None
    rec_headers = record.rec_headers  # type: ignore[attr-defined]
    url = rec_headers.get_header("WARC-Target-URI") or rec_headers.get_header("uri")
    content_type = rec_headers.get_header("Content-Type") or ""
    if rec_type == "response" and _holds_http(content_type, url):
        try:
            http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False).parse(
                record.raw_stream  # type: ignore[attr-defined]
            )
        except EOFError:
            return None  # an empty response: nothing to read
        except Exception as exc:  # noqa: BLE001 - warcio's parser raises several types
            return [failure(origin, f"bad HTTP headers in the WARC record: {describe(exc)}")]
        record.http_headers = http  # type: ignore[attr-defined]
        status = http.get_statuscode() or ""
        content_type = http.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        return [failure(origin, f"record is larger than max_bytes ({max_bytes})")]
    if getattr(record.raw_stream, "limit", 0) > 0:  # type: ignore[attr-defined]
        return [failure(origin, f"{_CUT}: the file ends inside it")]
    return list(read_html(body, origin, url=url, charset=_charset(content_type)))


def _holds_http(content_type: str, url: str | None) -> bool:
    """Whether a response record's block is an HTTP message (status line and headers)."""
    if content_type.lower().startswith("application/http"):
        return True
    return url is None or url.lower().startswith(_HTTP_SCHEMES)


def _next_record_start(stream: IO[bytes], position: int, kind: str, gzipped: bool) -> int | None:
    """The byte offset of the first record start at or after ``position``, or None."""
    pattern = _GZIP_MEMBER if gzipped else (_ARC_START if kind == "arc" else _WARC_START)
    skip = 0 if gzipped else 1  # a plain record starts after the newline the pattern holds
    base = max(position - (0 if gzipped else 1), 0)
    stream.seek(base)
    buffer = b""
    while True:
        chunk = stream.read(_SCAN_CHUNK)
        if not chunk and not buffer:
            return None
        buffer += chunk
        for match in pattern.finditer(buffer):
            candidate = base + match.start() + skip
            if candidate < position:
                continue
            if not gzipped or _gzip_record(buffer[match.start() : match.start() + 4096], kind):
                return candidate
        if not chunk:
            return None
        keep = min(len(buffer), _SCAN_OVERLAP)
        base += len(buffer) - keep
        buffer = buffer[-keep:]


def _gzip_record(data: bytes, kind: str) -> bool:
    """Whether ``data`` opens a gzip member whose content opens a WARC or ARC record."""
    try:
        head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data, 256)
    except zlib.error:
        return False
    if archive_kind(head) is not None:
        return True
    return kind == "arc" and re.match(_ARC_LINE, head) is not None


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None
