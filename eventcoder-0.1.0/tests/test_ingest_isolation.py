"""One bad record costs only itself: every other record of the file is still read, and the bad
one is reported with its file, line or record (and byte offset), and reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventcoder.ingest import read_paths
from eventcoder.records import Article, ReadFailure

GOOD_TEXTS = [
    "Rebels attacked the town of Kunduz on Sunday, killing five police officers.",
    "Police fired tear gas at thousands of protesters in Lagos on Tuesday evening.",
    "A roadside bomb killed two soldiers near Gao in northern Mali, the army said.",
]


def split(items: list[Article | ReadFailure]) -> tuple[list[Article], list[ReadFailure]]:
    articles = [item for item in items if isinstance(item, Article)]
    failures = [item for item in items if isinstance(item, ReadFailure)]
    return articles, failures


def good_line(number: int) -> str:
    return json.dumps({"id": f"good-{number}", "text": GOOD_TEXTS[number]})


# --- JSON Lines ---------------------------------------------------------------------------------

BAD_LINES = {
    "deep nesting": '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "lone surrogate, no language": '{"id": "s", "text": "Bomb in \\ud800 Kabul killed ten"}',
    "surrogate in the title": '{"text": "Riots in Paris.", "title": "\\udfff"}',
    "NUL character": '{"text": "Clashes in Gao\\u0000 left three dead."}',
    "not an object": "[1, 2, 3]",
    "truncated": '{"id": "t", "text": "Shelling of Khark',
    "text is a number": '{"text": 12}',
    "deep nesting in a field": '{"text": "Attack in Mosul.", "title": ' + "[" * 5000 + "]" * 5000
    + "}",
}


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_jsonl_bad_line_costs_only_itself(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([good_line(0), BAD_LINES[kind], good_line(1)]), encoding="utf-8")
    articles, failures = split(list(read_paths([path])))
    assert [a.id for a in articles] == ["good-0", "good-1"]
    (failure,) = failures
    assert failure.origin == f"{path}#2" and failure.reason.startswith("line 2: ")


def test_jsonl_reasons_name_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\n".join([BAD_LINES["deep nesting"], BAD_LINES["lone surrogate, no language"],
                   BAD_LINES["NUL character"]]),
        encoding="utf-8",
    )
    deep, surrogate, nul = (item.reason for item in read_paths([path]))
    assert "nested too deeply" in deep
    assert "lone surrogate (U+D800)" in surrogate and "'text'" in surrogate
    assert "NUL character" in nul


def test_json_list_bad_item_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    bad = '{"text": "Bomb in \\ud800 Kabul"}'
    path.write_text(
        f'[{json.dumps({"text": GOOD_TEXTS[0]})}, {bad}, {json.dumps({"text": GOOD_TEXTS[1]})}]',
        encoding="utf-8",
    )
    articles, failures = split(list(read_paths([path])))
    assert [a.text for a in articles] == GOOD_TEXTS[:2]
    assert [f.origin for f in failures] == [f"{path}#2"]


def test_json_document_nested_too_deeply_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    (failure,) = read_paths([path])
    assert isinstance(failure, ReadFailure) and "nested too deeply" in failure.reason


# --- WARC ---------------------------------------------------------------------------------------


def page(number: int) -> bytes:
    return (
        f"<html><head><title>Report {number}</title></head><body><article><p>{GOOD_TEXTS[number]}"
        " Witnesses said the fighting lasted for several hours before the attackers withdrew."
        "</p></article></body></html>"
    ).encode()


def warc_record(number: int, *, target_uri: bool = True) -> bytes:
    """One response record written out by hand, so that it can be broken on purpose."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page(number)
    headers = [
        b"WARC/1.0",
        b"WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:0000000{number}-0000-0000-0000-000000000000>".encode(),
        b"WARC-Date: 2021-03-01T00:00:00Z",
        b"Content-Type: application/http; msgtype=response",
    ]
    if target_uri:
        headers.append(f"WARC-Target-URI: https://news.example/{number}".encode())
    headers.append(f"Content-Length: {len(http)}".encode())
    return b"\r\n".join(headers) + b"\r\n\r\n" + http + b"\r\n\r\n"


def write_archive(path: Path, records: list[bytes]) -> None:
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(record) for record in records))
    else:
        path.write_bytes(b"".join(records))


BROKEN_RECORDS = {
    "bad version line": lambda r: r.replace(b"WARC/1.0", b"WXRC/1.0", 1),
    "length too long": lambda r: r.replace(b"Content-Length: ", b"Content-Length: 9", 1),
    "length too short": lambda r: r.replace(b"Content-Length: ", b"Content-Length: 1", 1)
    if b"Content-Length: 1" not in r
    else r.replace(b"Content-Length: 1", b"Content-Length: ", 1),
    "garbage headers": lambda r: b"\x00\xff garbage \r\n" + r[40:],
}


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_response_without_target_uri_is_read_and_the_rest_too(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    write_archive(path, [warc_record(0), warc_record(1, target_uri=False), warc_record(2)])
    articles, failures = split(list(read_paths([path])))
    assert failures == []
    assert [a.url for a in articles] == ["https://news.example/0", None, "https://news.example/2"]
    assert GOOD_TEXTS[1] in articles[1].text


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
@pytest.mark.parametrize("kind", sorted(BROKEN_RECORDS))
def test_warc_broken_record_costs_only_itself(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    broken = BROKEN_RECORDS[kind](warc_record(1))
    write_archive(path, [warc_record(0), broken, warc_record(2)])
    articles, failures = split(list(read_paths([path])))
    assert [a.url for a in articles] == ["https://news.example/0", "https://news.example/2"]
    assert failures, "the broken record is reported"
    for failure in failures:
        assert failure.origin.startswith(f"{path}#") and "byte" in failure.reason


def test_warc_from_stdin_stops_at_broken_framing_with_a_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    data = warc_record(0) + BROKEN_RECORDS["bad version line"](warc_record(1)) + warc_record(2)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, failures = split(list(read_paths(["-"])))
    assert [a.url for a in articles] == ["https://news.example/0"]
    assert "the rest is unread" in failures[0].reason


# --- feeds, HTML, text --------------------------------------------------------------------------


def test_feed_entry_with_a_bad_character_costs_only_itself(tmp_path: Path) -> None:
    entries = "".join(
        f"<item><title>{title}</title><description>{text}</description></item>"
        for title, text in [("A", GOOD_TEXTS[0]), ("B", "Bomb in Kabul &#0; today"),
                            ("C", GOOD_TEXTS[1])]
    )
    path = tmp_path / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss><channel><title>N</title>{entries}'
                    "</channel></rss>", encoding="utf-8")
    articles, failures = split(list(read_paths([path])))
    assert [a.title for a in articles][0] == "A" and articles[-1].title == "C"
    assert all(f.origin.startswith(f"{path}#") for f in failures)


# --- decoding warnings ----------------------------------------------------------------------------


def test_fallback_codec_is_reported_as_a_warning(tmp_path: Path) -> None:
    text = "Bij rellen in het café à Paris raakten drie agenten gewond, élève zegt het."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    items = list(read_paths([tmp_path / "latin.txt", tmp_path / "utf8.txt"], warnings=True))
    articles, notes = split(items)
    assert [a.text for a in articles] == [text, text]
    (note,) = notes
    assert note.warning and note.origin == str(tmp_path / "latin.txt")
    assert "not UTF-8" in note.reason and "cp1252" in note.reason
    # Without warnings=True the stream holds articles and real failures only.
    assert all(isinstance(i, Article) for i in read_paths([tmp_path / "latin.txt"]))


def test_fallback_codec_warning_per_jsonl_line(tmp_path: Path) -> None:
    latin = "Bij rellen in het café à Paris raakten drie agenten gewond, élève zegt het."
    latin_line = json.dumps({"text": latin}, ensure_ascii=False).encode("cp1252")
    lines = [good_line(0).encode(), latin_line]
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines))
    items = list(read_paths([tmp_path / "mixed.jsonl"], warnings=True))
    articles, notes = split(items)
    assert [a.text for a in articles] == [GOOD_TEXTS[0], latin]
    assert [(n.origin, n.warning) for n in notes] == [(f"{tmp_path / 'mixed.jsonl'}#2", True)]


def test_cli_prints_decoding_warnings_and_skips_bad_lines(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventcoder.cli import app

    (tmp_path / "latin.txt").write_bytes(
        "Bij rellen in het café à Paris raakten drie agenten gewond, élève zegt het.".encode(
            "cp1252"
        )
    )
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("\n".join([good_line(0), BAD_LINES["deep nesting"]]), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "latin.txt"), str(jsonl)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "warning" in output and "cp1252" in output
    assert "skipped" in output and "nested too deeply" in output
    assert "Traceback" not in output
    assert "from 3 inputs" in output  # two articles and a failure; the warning is no input


def test_cut_gzip_jsonl_keeps_the_lines_before_and_says_where_it_stopped(tmp_path: Path) -> None:
    packed = gzip.compress(
        b"".join(b'{"text": "Protest number %d in the capital."}\n' % n for n in range(3000))
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    articles, failures = split(list(read_paths([path])))
    assert len(articles) > 100
    (failure,) = failures
    assert failure.origin == str(path)
    assert f"cannot read after line {len(articles)}" in failure.reason
