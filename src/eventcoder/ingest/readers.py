"""One reader per input format. Each yields Articles, or ReadFailures for the parts it could not
read, and never raises for bad content: one broken entry must not cost the rest of the file.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterator
from typing import IO

from eventcoder.ingest.articles import article_from_record, build_article
from eventcoder.ingest.dates import PublishedDate, from_parts, normalise_date
from eventcoder.ingest.decoding import UnreadableInput, binary_kind, decode_text
from eventcoder.ingest.sources import archive_kind, peek
from eventcoder.records import Article, ReadFailure

Item = Article | ReadFailure

# The seed's format: a first token line "date YYYY-MM" or "date YYYY-MM-DD" (the text may follow
# on the same line). A bare year is accepted too: its precision is then "year".
_SEED_HEADER = re.compile(
    r"^\s*date[ \t]+(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?=\s|$)\s*"
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)


def _failure(origin: str, reason: str | BaseException) -> ReadFailure:
    return ReadFailure(origin=origin, reason=str(reason))


# --- plain text and the seed format ---------------------------------------------------------


def read_text(data: bytes, origin: str) -> Item:
    """Plain text, or the seed format when the first tokens are ``date YYYY-MM[-DD]``.

    Article.text is what follows the header, so evidence offsets index that text.
    """
    try:
        text = decode_text(data)
        published = None
        header = _SEED_HEADER.match(text)
        if header:
            month, day = header["month"], header["day"]
            published = from_parts(
                int(header["year"]), int(month) if month else None, int(day) if day else None
            )
            text = text[header.end() :]
        return build_article(text, origin, published=published)
    except UnreadableInput as exc:
        return _failure(origin, exc)


# --- JSON Lines and JSON --------------------------------------------------------------------


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    """One article per line; a bad line is one failure (with its line number), the rest go on."""
    for number, raw in enumerate(_bounded_lines(stream, max_bytes), start=1):
        line_origin = f"{origin}#{number}"
        if raw is None:
            yield _failure(line_origin, f"line {number}: longer than max_bytes ({max_bytes})")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_text(raw))
            if not isinstance(record, dict):
                raise UnreadableInput(f"expected a JSON object, got {type(record).__name__}")
            yield article_from_record(record, line_origin)
        except json.JSONDecodeError as exc:
            yield _failure(line_origin, f"line {number}: malformed JSON: {exc}")
        except UnreadableInput as exc:
            yield _failure(line_origin, f"line {number}: {exc}")


def read_json(data: bytes, origin: str) -> Iterator[Item]:
    """A JSON document: one article object, or a list of them (origin ``#index``, from 1)."""
    try:
        document = json.loads(decode_text(data))
    except json.JSONDecodeError as exc:
        yield _failure(origin, f"malformed JSON: {exc}")
        return
    except UnreadableInput as exc:
        yield _failure(origin, exc)
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        item_origin = origin if len(records) == 1 else f"{origin}#{number}"
        if not isinstance(record, dict):
            yield _failure(item_origin, f"expected a JSON object, got {type(record).__name__}")
            continue
        try:
            yield article_from_record(record, item_origin)
        except UnreadableInput as exc:
            yield _failure(item_origin, exc)


def _bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of ``stream``; None for a line over ``max_bytes``, which is skipped unread."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_bytes + 1)
            yield None
            continue
        yield line


# --- HTML -----------------------------------------------------------------------------------


def read_html(
    data: bytes, origin: str, url: str | None = None, charset: str | None = None
) -> Item:
    """An HTML page through trafilatura: main text, title, site name, canonical URL and date.

    The date comes from the page's markup only (no guessing from the text). ``charset`` is
    the one an HTTP header declared.
    """
    import trafilatura  # slow to import; only HTML inputs need it

    kind = binary_kind(data)
    if kind:
        return _failure(origin, f"binary content: {kind}")
    page = _decode_html(data, charset)
    try:
        document = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return _failure(origin, f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    if document is None or not (document.text or "").strip():
        return _failure(origin, "empty text: no article text found in the HTML")
    try:
        return build_article(
            document.text,
            origin,
            url=document.url or url,
            title=document.title,
            source=document.sitename,
            published=normalise_date(document.date),
        )
    except UnreadableInput as exc:
        return _failure(origin, exc)


def _decode_html(data: bytes, charset: str | None) -> bytes | str:
    """The page as text: the declared charset (HTTP header, else <meta>), else UTF-8, else
    the same legacy fallback as plain text; the bytes themselves if all of that fails.
    """
    meta = _META_CHARSET.search(data[:4096])
    for declared in (charset, meta[1].decode("ascii") if meta else None):
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                continue
    try:
        return decode_text(data)
    except UnreadableInput:
        return data


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (a feed summary), one line per block element."""
    import lxml.html
    from lxml.etree import Comment, ParserError, ProcessingInstruction, iterwalk, strip_tags

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment
    for junk in root.xpath(".//script|.//style"):
        junk.drop_tree()
    strip_tags(root, Comment, ProcessingInstruction)  # keeps the text that follows them
    parts: list[str] = []
    # Iterative walk: text on entering an element, its tail on leaving it (after its children).
    for event, element in iterwalk(root, events=("start", "end")):
        block = element.tag in _BLOCK_TAGS
        if event == "start":
            if block:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
            continue
        if block:
            parts.append("\n")
        if element is not root and element.tail:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- RSS and Atom ---------------------------------------------------------------------------


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    """Each feed entry becomes an article from its full content, else its summary.

    The XML is first checked with defusedxml: entity declarations (billion laughs, external
    entities) are refused before feedparser sees the document.
    """
    import feedparser

    unsafe = _unsafe_xml(data)
    if unsafe:
        yield _failure(origin, f"unsafe XML rejected: {unsafe}")
        return
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield _failure(origin, f"no feed entries found{f': {problem}' if problem else ''}")
        return
    feed = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield build_article(
                _entry_text(entry),
                entry_origin,
                url=entry.get("link"),
                title=entry.get("title"),
                source=feed.get("title"),
                published=_entry_date(entry),
                language=entry.get("language") or feed.get("language"),
            )
        except UnreadableInput as exc:
            yield _failure(entry_origin, f"{exc} (entry has no content or summary)")


def _unsafe_xml(data: bytes) -> str | None:
    """Why ``data`` is unsafe to parse as XML, or None. Malformed XML is left to feedparser."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        return f"{type(exc).__name__}: {exc}"
    except (ParseError, ValueError):
        # Malformed: feedparser's lenient parser may still read it, but not with declarations
        # that expat stopped before reaching.
        if re.search(rb"<!ENTITY", data, re.IGNORECASE):
            return "the document declares XML entities"
    return None


def _entry_text(entry: dict) -> str:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        chosen = max(contents, key=lambda c: len(c["value"]))
        value, kind = chosen["value"], chosen.get("type", "text/html")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary") or "", detail.get("type", "text/html")
    return value if kind == "text/plain" else html_fragment_text(value)


def _entry_date(entry: dict) -> PublishedDate | None:
    for key in ("published", "updated", "created"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    return None


# --- WARC -----------------------------------------------------------------------------------


def read_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    """HTML responses (status 2xx) of a WARC/ARC file, gzipped or not, through the HTML reader.

    Other records (requests, metadata, images, redirects) are not articles and are passed over.
    ``#N`` in the origin is the record's number in the file, counting every record from 1.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head, stream = peek(stream)
    kind = archive_kind(head)
    if kind is None:
        yield _failure(origin, "not a WARC file: it does not start with a WARC or ARC record")
        return
    number = read = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream, arc2warc=kind == "arc"), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not status.startswith("2"):
                    continue
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
                continue
            record_origin = f"{origin}#{number}"
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield _failure(record_origin, f"record is larger than max_bytes ({max_bytes})")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield _failure(record_origin, "truncated WARC record: the file ends inside it")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            read += 1
            yield read_html(body, record_origin, url=url, charset=_charset(content_type))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        where = f"after record {number}" if number else "at its start"
        yield _failure(origin, f"broken WARC {where}: {type(exc).__name__}: {exc}")
        return
    if not read:
        yield _failure(origin, f"empty text: no HTML response among the {number} WARC records")


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None
