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
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import IO, Any

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
_WARC_START = re.compile(rb"WARC/\d\.\d+\r?\n")
_ARC_LINE = rb"\S+ \S+ \d{14} \S+ \d+\r?\n"
_ARC_START = re.compile(rb"\n" + _ARC_LINE)


@dataclass
class _Progress:
    """Counts kept across restarts: records seen, articles read, where the last one began."""

    number: int = 0
    read: int = 0
    offset: int = 0
    reported_cut: int = 0
    failed: int = 0


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
    skipped = 0
    if kind is None and seekable:  # a broken first record: the others may still be there
        first = _first_record(stream, start)
        if first is not None:
            yield failure(
                f"{origin}#1",
                f"broken WARC record 1 at byte {start}: not a WARC or ARC record; read on "
                f"from the record at byte {first}",
            )
            start, kind = first, "warc"
            stream.seek(start)
            skipped = 1
    if kind is None:
        yield failure(origin, "not a WARC file: it does not start with a WARC or ARC record")
        return
    progress = _Progress(offset=start, number=skipped)
    while True:
        broken = yield from _read_records(stream, origin, max_bytes, kind, progress)
        if broken is None:
            break
        if not seekable:
            where = f"record {progress.number + 1} at byte {broken.offset}"
            reason = _why(broken.error) if broken.error else "a record runs past the end"
            yield failure(origin, f"broken WARC at {where}: {reason}; the rest is unread")
            return
        if broken.quiet and broken.last is not None:
            resume = _next_record_start(stream, broken.last + 1, kind)
            report = None
        else:
            resume, report = _resume(stream, broken, kind, progress)
        if report:
            yield failure(f"{origin}#{progress.number}", report)
        if resume is None:
            break
        stream.seek(resume)
        progress.offset = resume
    if not progress.read:
        yield failure(
            origin, f"empty text: no HTML response among the {progress.number} WARC records"
        )


def _why(error: BaseException | str | None) -> str:
    if error is None:
        return "no record"
    return error if isinstance(error, str) else describe(error)


_ONCE = ("warc-type", "warc-record-id", "warc-date", "warc-target-uri", "content-length")
_VERSION = re.compile(r"WARC/\d\.\d+\s*$")  # a field cut short, the next record's first line


def _broken_header(record: object) -> str | None:
    """Why a record's header cannot say where the record ends, or None.

    No usable Content-Length (warcio would then read to the end of the file), or a field the
    spec allows once given twice, or a field that ends in a WARC version line: a cut header
    ran on into the next record's.
    """
    if getattr(record, "format", "warc") == "warc" and getattr(record, "length", 0) is None:
        return "its WARC header has no Content-Length"
    headers = getattr(getattr(record, "rec_headers", None), "headers", None) or []
    names = [str(name).lower() for name, _ in headers]
    if any(names.count(name) > 1 for name in _ONCE) or any(
        _VERSION.search(f"{name}:{value}") for name, value in headers
    ):
        return "its WARC header is cut and runs into the next record's"
    return None


@dataclass
class _Break:
    """Where the archive's framing broke: at ``offset`` with ``error`` (None: the record at
    ``last`` ran past the end of the file); ``last`` is the start of the last record read in
    this pass, if any."""

    offset: int
    error: BaseException | str | None
    last: int | None
    quiet: bool = False  # search again from after ``last``, with nothing to report


def _resume(
    stream: IO[bytes], broken: _Break, kind: str, progress: _Progress
) -> tuple[int | None, str | None]:
    """Where to read on after a break, and the failure to report (None: already reported).

    The search starts after the last good record, not at the break: a record whose length is
    too long swallows the records after it, and those are read again from their own starts.
    """
    last, offset, error = broken.last, broken.offset, broken.error
    base = offset if last is None else last
    resume = _next_record_start(stream, base + 1, kind)
    if resume is not None and resume == offset and error is not None:
        resume = _next_record_start(stream, offset + 1, kind)  # that one is broken
    then = "" if resume is None else f"; read on from the record at byte {resume}"
    if last is not None and (error is None or offset == last or (resume or offset) < offset):
        # The last record read is at fault: its length runs past the end or into the next
        # records, or its own content broke the stream.
        if error is None:
            if progress.reported_cut == progress.number and resume is None:
                return None, None
            why = "its length runs past the end of the file"
        elif offset == last:
            if progress.failed == progress.number:  # reported when its content failed
                return resume, None
            why = _why(error)
        else:
            why = "its length runs into the next record"
        return resume, f"record {progress.number} at byte {last}: {why}{then}"
    progress.number += 1  # a record of its own, broken where it starts
    where = f"record {progress.number} at byte {offset}"
    return resume, f"broken WARC {where}: {_why(error)}{then}"


def _read_records(
    stream: IO[bytes], origin: str, max_bytes: int, kind: str, progress: _Progress
) -> Generator[Item, None, _Break | None]:
    """Read records from the stream's position; None at a clean end, else where it broke."""
    try:
        records = _archive_iterator(stream, kind)
    except Exception as exc:  # noqa: BLE001 - a stream warcio cannot even open
        return _Break(progress.offset, exc, None)
    last = None
    while True:
        seen = getattr(records, "err_count", 0)
        try:
            record = next(records)
        except StopIteration:
            record = None
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken framing
            if last is not None and getattr(records, "err_count", 0) > seen:
                return _Break(progress.offset, None, progress.offset, quiet=True)
            offset = getattr(records, "offset", progress.offset)
            return _Break(offset, exc, None if last is None else progress.offset)
        if last is not None and getattr(records, "err_count", 0) > seen:
            # The last record was not followed by the blank lines that end a record: its
            # length is wrong, and a record may hide in what warcio skipped. Search again.
            return _Break(progress.offset, None, progress.offset, quiet=True)
        if record is None:
            if last is not None and getattr(last.raw_stream, "limit", 0) > 0:
                return _Break(progress.offset, None, progress.offset)
            if _unfinished_member(records):  # a broken gzip member hid the rest of the file
                if last is None:
                    return _Break(progress.offset, "a gzip member that does not end", None)
                return _Break(progress.offset, None, progress.offset, quiet=True)
            return None
        last = record
        progress.number += 1
        progress.offset = getattr(records, "offset", progress.offset)
        broken_header = _broken_header(record)
        if broken_header:  # its extent is unknown: find where the next record starts instead
            return _Break(progress.offset, broken_header, progress.offset)
        record_origin = f"{origin}#{progress.number}"
        try:
            items = _record_item(record, record_origin, max_bytes)
        except Exception as exc:  # noqa: BLE001 - one record's fault costs only that record
            items = [failure(record_origin, unexpected(exc))]
            progress.failed = progress.number
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


def _archive_iterator(stream: IO[bytes], kind: str) -> Iterator[Any]:
    """warcio's iterator over unparsed records, raising where warcio would only print.

    warcio writes a broken gzip member's zlib error to stderr and reads it as the end of the
    file; here it raises, so the records after it are searched for and read.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class StrictReader(DecompressingBufferedReader):
        unfinished = False  # closed inside a gzip member: the file ended where none can end

        def _decompress(self, data: bytes) -> bytes:
            if self.decompressor and data and self.num_block_read:
                return self.decompressor.decompress(data)
            return super()._decompress(data)

        def close_decompressor(self) -> None:
            self.unfinished = self.decompressor is not None and not self.decompressor.eof
            super().close_decompressor()

    class Records(ArchiveIterator):
        INC_RECORD = ""  # its "Record not followed by newline" note: failures report that

    records = Records(stream, no_record_parse=True, arc2warc=kind == "arc")
    records.reader = records.strict_reader = StrictReader(
        records.fh, block_size=records.reader.block_size
    )
    return records


def _unfinished_member(records: object) -> bool:
    """Whether the file ended inside a gzip member (warcio reads that as a clean end)."""
    return bool(getattr(getattr(records, "strict_reader", None), "unfinished", False))


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


def _next_record_start(stream: IO[bytes], position: int, kind: str) -> int | None:
    """The byte offset of the first record start at or after ``position``, or None.

    A start is a gzip member whose content opens a record, or a plain WARC version line (an
    ARC header line for ARC files): both are looked for, whatever the file began with, since
    a damaged member can hold bytes that look like a plain record.
    """
    patterns = [(_GZIP_MEMBER, 0), (_WARC_START, 0)]
    if kind == "arc":
        patterns.append((_ARC_START, 1))  # an ARC line starts after the newline it holds
    base = max(position - 1, 0)
    stream.seek(base)
    buffer = b""
    while True:
        chunk = stream.read(_SCAN_CHUNK)
        if not chunk and not buffer:
            return None
        buffer += chunk
        found = [
            start
            for pattern, skip in patterns
            if (start := _first_match(buffer, base, position, pattern, skip, kind)) is not None
        ]
        if found:
            return min(found)
        if not chunk:
            return None
        keep = min(len(buffer), _SCAN_OVERLAP)
        base += len(buffer) - keep
        buffer = buffer[-keep:]


def _first_match(
    buffer: bytes, base: int, position: int, pattern: re.Pattern[bytes], skip: int, kind: str
) -> int | None:
    """The first offset at or after ``position`` where ``pattern`` finds a record start."""
    for match in pattern.finditer(buffer):
        candidate = base + match.start() + skip
        if candidate < position:
            continue
        if pattern is not _GZIP_MEMBER or _gzip_record(buffer[match.start() :][:4096], kind):
            return candidate
    return None


def _first_record(stream: IO[bytes], start: int) -> int | None:
    """The first WARC record start after ``start`` (gzipped or not), or None."""
    return _next_record_start(stream, start + 1, "warc")


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
