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
from eventcoder.ingest.decoding import Decoded, UnreadableInput, binary_kind, decode
from eventcoder.records import Article, ReadFailure

Item = Article | ReadFailure


class _End:
    """The type of :data:`_END`, so that the checker can tell it from a line."""


_END = _End()  # marks the end of a line iterator

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


def failure(origin: str, reason: str | BaseException) -> ReadFailure:
    """A failure record; ``reason`` is a message or an :class:`UnreadableInput`."""
    return ReadFailure(origin=origin, reason=str(reason))


_failure = failure


def unexpected(exc: BaseException) -> str:
    """The reason for an error no reader foresaw, short enough for a report line.

    Deep nesting and memory exhaustion are named plainly; anything else keeps its type so that
    the reader's bug can be found.
    """
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (over the recursion limit)"
    if isinstance(exc, MemoryError):
        return "too large to read in memory"
    return f"unexpected error: {describe(exc)}"


def describe(exc: BaseException) -> str:
    """``Type: message`` on one printable line of at most 200 characters (input bytes masked)."""
    message = " ".join(str(exc).split())[:200]
    # Library messages may quote raw input bytes: keep plain printable ASCII.
    message = "".join(char if char.isascii() and char.isprintable() else "?" for char in message)
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


# --- plain text and the seed format ---------------------------------------------------------


def read_text(data: bytes, origin: str) -> Iterator[Item]:
    """Plain text, or the seed format when the first tokens are ``date YYYY-MM[-DD]``.

    Article.text is what follows the header, so evidence offsets index that text.
    """
    try:
        decoded = decode(data)
        text, published = decoded.text, None
        header = _SEED_HEADER.match(text)
        if header:
            month, day = header["month"], header["day"]
            published = from_parts(
                int(header["year"]), int(month) if month else None, int(day) if day else None
            )
            text = text[header.end() :]
        article = build_article(text, origin, published=published)
    except UnreadableInput as exc:
        yield _failure(origin, exc)
        return
    except Exception as exc:  # noqa: BLE001 - a reader never raises for bad content
        yield _failure(origin, unexpected(exc))
        return
    yield article
    yield from decoding_warning(decoded, origin)


def decoding_warning(decoded: Decoded | str | bytes, origin: str) -> Iterator[ReadFailure]:
    """The warning item for an article whose encoding was guessed, if it was."""
    warning = getattr(decoded, "warning", None)
    if warning:
        yield ReadFailure(origin=origin, reason=warning, warning=True)


# --- JSON Lines and JSON --------------------------------------------------------------------


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    """One article per line; a bad line is one failure (with its line number), the rest go on.

    If the stream itself breaks (a gzip file cut or corrupted), the lines before are kept and
    the failure says after which line reading stopped.
    """
    number = 0
    lines = _bounded_lines(stream, max_bytes)
    while True:
        try:
            raw = next(lines, _END)
        except (OSError, EOFError, zlib.error) as exc:
            yield _failure(origin, f"cannot read after line {number}: {describe(exc)}")
            return
        if isinstance(raw, _End):
            return
        number += 1
        line_origin = f"{origin}#{number}"
        if raw is None:
            yield _failure(line_origin, f"line {number}: longer than max_bytes ({max_bytes})")
            continue
        if not raw.strip():
            continue
        try:
            decoded = decode(raw)
            record = json.loads(decoded.text)
            if not isinstance(record, dict):
                raise UnreadableInput(f"expected a JSON object, got {type(record).__name__}")
            article = article_from_record(record, line_origin)
        except json.JSONDecodeError as exc:
            yield _failure(line_origin, f"line {number}: malformed JSON: {exc}")
        except UnreadableInput as exc:
            yield _failure(line_origin, f"line {number}: {exc}")
        except Exception as exc:  # noqa: BLE001 - one line's fault costs only that line
            yield _failure(line_origin, f"line {number}: {unexpected(exc)}")
        else:
            yield article
            yield from decoding_warning(decoded, line_origin)


def read_json(data: bytes, origin: str) -> Iterator[Item]:
    """A JSON document: one article object, or a list of them (origin ``#index``, from 1)."""
    try:
        decoded = decode(data)
        document = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        yield _failure(origin, f"malformed JSON: {exc}")
        return
    except UnreadableInput as exc:
        yield _failure(origin, exc)
        return
    except Exception as exc:  # noqa: BLE001 - deep nesting and the like: one clear failure
        yield _failure(origin, unexpected(exc))
        return
    yield from decoding_warning(decoded, origin)
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
        except Exception as exc:  # noqa: BLE001 - one item's fault costs only that item
            yield _failure(item_origin, unexpected(exc))


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
) -> Iterator[Item]:
    """An HTML page through trafilatura: main text, title, site name, canonical URL and date.

    The date comes from the page's markup only (no guessing from the text). ``charset`` is
    the one an HTTP header declared. Yields the article or a failure, then a decoding warning
    when the encoding was guessed.
    """
    try:
        page, warning = _decode_html(data, charset)
        item = _read_html(data, page, origin, url)
    except Exception as exc:  # noqa: BLE001 - a reader never raises for bad content
        yield _failure(origin, unexpected(exc))
        return
    yield item
    if isinstance(item, Article) and warning:
        yield ReadFailure(origin=origin, reason=warning, warning=True)


def _read_html(data: bytes, page: bytes | str, origin: str, url: str | None) -> Item:
    import trafilatura  # slow to import; only HTML inputs need it

    kind = binary_kind(data)
    if kind:
        return _failure(origin, f"binary content: {kind}")
    try:
        document = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return _failure(origin, f"HTML could not be parsed: {describe(exc)}")
    if isinstance(document, dict):  # only with as_dict=True, which is never asked for
        raise TypeError("trafilatura returned a dict, not a Document")
    text = (document.text or "") if document is not None else ""
    if document is None or not text.strip():
        return _failure(origin, "empty text: no article text found in the HTML")
    try:
        return build_article(
            text,
            origin,
            url=document.url or url,
            title=document.title,
            source=document.sitename,
            published=normalise_date(document.date),
        )
    except UnreadableInput as exc:
        return _failure(origin, exc)


def _decode_html(data: bytes, charset: str | None) -> tuple[bytes | str, str | None]:
    """The page as text: the declared charset (HTTP header, else <meta>), else UTF-8, else
    the same legacy fallback as plain text; the bytes themselves (trafilatura then guesses)
    if all of that fails. The second value warns when the encoding was guessed.
    """
    meta = _META_CHARSET.search(data[:4096])
    for declared in (charset, meta[1].decode("ascii") if meta else None):
        if declared:
            try:
                return data.decode(declared), None
            except (LookupError, UnicodeDecodeError):
                continue
    try:
        decoded = decode(data)
    except UnreadableInput as exc:
        return data, f"decoding: {exc}; the HTML parser guessed the encoding"
    return decoded.text, decoded.warning


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

    data, invalid_refs = _neutralise_char_refs(data)
    try:
        unsafe = _unsafe_xml(data)
        parsed = None if unsafe else feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - the whole document is unreadable: one failure
        yield _failure(origin, f"feed could not be parsed: {unexpected(exc)}")
        return
    if unsafe or parsed is None:
        yield _failure(origin, f"unsafe XML rejected: {unsafe}")
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield _failure(origin, f"no feed entries found{f': {problem}' if problem else ''}")
        return
    problem = parsed.get("bozo_exception")
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        yield ReadFailure(origin=origin, reason=f"decoding: {problem}", warning=True)
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
            note = " (entry has no content or summary)" if str(exc) == "empty text" else ""
            if invalid_refs and "NUL" in str(exc):
                note = f" (or a character reference to no character, such as {invalid_refs[0]})"
            yield _failure(entry_origin, f"entry {number}: {exc}{note}")
        except Exception as exc:  # noqa: BLE001 - one entry's fault costs only that entry
            yield _failure(entry_origin, f"entry {number}: {unexpected(exc)}")


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,24}));")


def _neutralise_char_refs(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` with references to no character (``&#xD800;``, ``&#x110000;``) made ``&#0;``.

    feedparser raises on them for the whole feed; as NUL they touch only their own entry: HTML
    content turns NUL into U+FFFD (lxml), and plain text with NUL is refused as text. Also
    returns the references replaced, for the reason.
    """
    replaced: list[str] = []

    def neutral(match: re.Match[bytes]) -> bytes:
        value = int(match[1], 16) if match[1] else int(match[2])
        if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
            replaced.append(match[0].decode("ascii"))
            return b"&#0;"
        return match[0]

    return _CHAR_REF.sub(neutral, data), replaced


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
