"""Inputs for fuzzing the readers: files of good records in every format, one record made bad,
and byte-level mutations. Shared by tests/test_readers_fuzz.py (hypothesis picks the choices)
and benchmarks/fuzz_readers.py (a seeded random run of thousands of inputs, with counts).

Every choice is an explicit argument (indices, picks), so both drivers can make them.
"""

from __future__ import annotations

import codecs
import gzip
import json
from dataclasses import dataclass
from html import escape

GOOD_TEXTS = (
    "Rebels attacked the town of Kunduz on Sunday, killing five police officers.",
    "Police fired tear gas at thousands of protesters in Lagos on Tuesday evening.",
    "A roadside bomb killed two soldiers near Gao in northern Mali, the army said.",
    "Bij rellen in het centrum van Rotterdam zijn zaterdag vier agenten gewond geraakt.",
    "Gunmen abducted twelve villagers in Zamfara state, local officials said on Friday.",
)
FILLER = " Witnesses said the fighting lasted for several hours before the attackers withdrew."

# Pieces a mutation inserts: deep nesting, surrogates (escaped and as raw UTF-8 bytes), NULs,
# byte-order marks, a huge line, markup and framing words the readers look for.
INSERTS: tuple[bytes, ...] = (
    b"[" * 100_000,
    b'{"text":' * 30_000,
    b"<div>" * 20_000,
    b"\\ud800",
    b"\\udfff\\ud800",
    b"\xed\xa0\x80",
    b"\x00",
    b"\\u0000",
    b"&#xD800;",
    b"&#0;",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"x" * 300_000,
    b"\n",
    b"\r\n\r\n",
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999\r\n",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"\x1f\x8b\x08\x00",
    b"\xff\xfe\xfd",
)

FORMATS = ("jsonl", "jsonl.gz", "json", "rss", "atom", "warc", "warc.gz", "html", "txt")
# Formats holding several records, where one bad record must cost only itself.
MULTI = ("jsonl", "jsonl.gz", "json", "rss", "atom", "warc", "warc.gz")


@dataclass(frozen=True)
class Record:
    """A good record: what identifies it once read (JSON id or page URL) and its text."""

    key: str
    text: str


def good_records(count: int) -> list[Record]:
    return [
        Record(f"good-{i}", GOOD_TEXTS[i % len(GOOD_TEXTS)] + FILLER) for i in range(count)
    ]


def record_key(fmt: str, record: Record) -> str:
    """The value of the read Article that names this record (id for JSON, url otherwise)."""
    return record.key if fmt.startswith("json") else f"https://news.example/{record.key}"


# --- serialising one record ----------------------------------------------------------------------


def jsonl_record(record: Record) -> bytes:
    return json.dumps({"id": record.key, "text": record.text, "title": "T"}).encode()


def feed_entry(record: Record, atom: bool) -> bytes:
    url = f"https://news.example/{record.key}"
    if atom:
        return (
            f"<entry><title>{record.key}</title><link href=\"{url}\"/><id>{url}</id>"
            f"<summary>{escape(record.text)}</summary></entry>"
        ).encode()
    return (
        f"<item><title>{record.key}</title><link>{url}</link>"
        f"<description>{escape(record.text)}</description></item>"
    ).encode()


def html_page(record: Record) -> bytes:
    return (
        f"<html><head><title>{record.key}</title></head><body><article><p>"
        f"{escape(record.text)}</p></article></body></html>"
    ).encode()


def warc_record(record: Record, body: bytes | None = None) -> bytes:
    """One WARC response record written out by hand, so that it can be broken on purpose."""
    page = html_page(record) if body is None else body
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    headers = [
        b"WARC/1.0",
        b"WARC-Type: response",
        b"WARC-Record-ID: <urn:uuid:" + record.key.encode() + b">",
        b"WARC-Date: 2021-03-01T00:00:00Z",
        b"Content-Type: application/http; msgtype=response",
        b"WARC-Target-URI: https://news.example/" + record.key.encode(),
        f"Content-Length: {len(http)}".encode(),
    ]
    return b"\r\n".join(headers) + b"\r\n\r\n" + http + b"\r\n\r\n"


def serialise(fmt: str, record: Record) -> bytes:
    """One record as its format writes it (a line, an item, an entry, a WARC record)."""
    if fmt.startswith("jsonl") or fmt == "json":
        return jsonl_record(record)
    if fmt in ("rss", "atom"):
        return feed_entry(record, atom=fmt == "atom")
    if fmt.startswith("warc"):
        return warc_record(record)
    if fmt == "html":
        return html_page(record)
    return f"date 2021-03 {record.text}".encode()


def assemble(fmt: str, parts: list[bytes]) -> bytes:
    """A file of ``fmt`` from serialised records (gzip applied here)."""
    if fmt.startswith("jsonl"):
        data = b"\n".join(parts) + b"\n"
        return gzip.compress(data) if fmt.endswith(".gz") else data
    if fmt == "json":
        return b"[" + b",\n".join(parts) + b"]"
    if fmt == "rss":
        return (
            b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            b"<title>News</title>" + b"".join(parts) + b"</channel></rss>"
        )
    if fmt == "atom":
        return (
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>News</title>" + b"".join(parts) + b"</feed>"
        )
    if fmt == "warc.gz":
        return b"".join(gzip.compress(part) for part in parts)
    return b"".join(parts)  # warc, html, txt


# --- mutations ---------------------------------------------------------------------------------


def mutate(data: bytes, op: int, at: float, arg: int) -> bytes:
    """One mutation of ``data``: ``op`` picks it, ``at`` (0..1) where, ``arg`` a parameter."""
    if not data:
        return INSERTS[arg % len(INSERTS)]
    i = min(int(at * len(data)), len(data) - 1)
    kind = op % 6
    if kind == 0:  # truncate
        return data[:i]
    if kind == 1:  # flip one byte
        return data[:i] + bytes([data[i] ^ (arg % 255 + 1)]) + data[i + 1 :]
    if kind == 2:  # insert a hostile piece
        return data[:i] + INSERTS[arg % len(INSERTS)] + data[i:]
    if kind == 3:  # delete a run
        return data[:i] + data[i + 1 + arg % 64 :]
    if kind == 4:  # duplicate a run
        return data[:i] + data[i : i + 1 + arg % 512] + data[i:]
    return data[:i] + bytes([arg % 256]) * (1 + arg % 7) + data[i:]  # a run of one byte


# Bad records that keep their format's framing, for formats where a syntax error anywhere
# costs the whole document (a JSON array, an XML feed).
def json_bad_items() -> list[bytes]:
    return [
        b'{"text": "Bomb in \\ud800 Kabul"}',
        b'{"text": "Clash in Gao \\u0000 today"}',
        b'{"text": 12}',
        b'{"text": ""}',
        b"[1, 2, 3]",
        b'"just a string"',
        b"null",
        b'{"text": "Riots.", "title": "\\udfff", "id": "x"}',
        b'{"text": "Riots in Goma.", "title": ' + b"[" * 200 + b"]" * 200 + b"}",
        b'{"text": "' + b"x" * 300_000 + b'"}',
        b'{"article": {"text": 5}, "events": []}',
        b'{"text": "Attack in Kabul", "published": "\\ud800-13-45", "language": "\\u0000"}',
    ]


def feed_bad_entries(atom: bool) -> list[bytes]:
    tag, text = ("entry", "summary") if atom else ("item", "description")
    bodies = [
        b"Bomb in &#xD800; Kabul",
        b"Clash in Gao &#0; today",
        b"",
        b"&lt;div&gt;" * 5000 + b"Riots",
        b"x" * 300_000,
        b"\xff\xfe broken \xe9 bytes",
        b"<![CDATA[<script>alert(1)</script>]]>",
        b"&amp;" * 10_000,
    ]
    return [
        b"<%s><title>bad</title><%s>%s</%s></%s>" % (tag.encode(), text.encode(), body,
                                                    text.encode(), tag.encode())
        for body in bodies
    ]


def bad_record(fmt: str, base: bytes, pick: int, mutations: list[tuple[int, float, int]]) -> bytes:
    """A bad record for ``fmt`` made from a good one's bytes ``base``.

    JSON Lines and WARC records are mutated freely (each line or record stands alone); JSON
    and feed items get one of the bad items that keep the document well-formed.
    """
    if fmt == "json":
        items = json_bad_items()
        return items[pick % len(items)]
    if fmt in ("rss", "atom"):
        entries = feed_bad_entries(atom=fmt == "atom")
        return entries[pick % len(entries)]
    data = base
    for op, at, arg in mutations:
        data = mutate(data, op, at, arg)
    if fmt.startswith("jsonl"):
        return data.replace(b"\n", b" ") or b"{"  # one line, whatever it holds
    return data


def fuzz_file(
    fmt: str, good: int, bad_at: int, pick: int, mutations: list[tuple[int, float, int]]
) -> tuple[bytes, list[Record]]:
    """A file of ``good`` records with a bad one inserted at ``bad_at``; the good records."""
    records = good_records(good)
    parts = [serialise(fmt, record) for record in records]
    base = serialise(fmt, Record("bad", GOOD_TEXTS[0] + FILLER))
    if fmt == "warc.gz" and pick % 2:  # break the compressed member itself
        bad = gzip.compress(base)
        for op, at, arg in mutations:
            bad = mutate(bad, op, at, arg)
        members = [gzip.compress(part) for part in parts]
        members.insert(bad_at % (good + 1), bad)
        return b"".join(members), records
    parts.insert(bad_at % (good + 1), bad_record(fmt, base, pick, mutations))
    return assemble(fmt, parts), records


def whole_file(fmt: str, mutations: list[tuple[int, float, int]]) -> bytes:
    """A valid file of ``fmt`` (three records where the format holds several), then mutated."""
    count = 3 if fmt in MULTI else 1
    data = assemble(fmt, [serialise(fmt, record) for record in good_records(count)])
    for op, at, arg in mutations:
        data = mutate(data, op, at, arg)
    return data


def NOT_TEXT(text: str) -> bool:  # noqa: N802 - reads as the predicate it is
    """Whether ``text`` holds a NUL or a lone surrogate, which no article may hold."""
    return any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in text)
