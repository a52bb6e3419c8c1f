"""Readers, failures and language detection of eventcoder.ingest."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.ingest import detect_language, read_paths
from eventcoder.ingest.dates import normalise_date
from eventcoder.ingest.readers import html_fragment_text
from eventcoder.records import Article, ReadFailure

INPUTS = Path(__file__).parent / "data" / "inputs"


def articles(items: list[Article | ReadFailure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def failures(items: list[Article | ReadFailure]) -> list[ReadFailure]:
    return [item for item in items if isinstance(item, ReadFailure)]


def read_one(path: Path | str) -> Article:
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# --- the seed's text format -------------------------------------------------------------------


def test_seed_format_month_header_on_the_text_line() -> None:
    raw = (INPUTS / "seed_month.txt").read_text(encoding="utf-8")
    article = read_one(INPUTS / "seed_month.txt")
    assert (article.published, article.published_precision) == ("2021-03", "month")
    assert not article.text.startswith("date")
    assert raw.rstrip().endswith(article.text)
    assert article.language == "nl"


def test_seed_format_day_header_on_its_own_line() -> None:
    article = read_one(INPUTS / "seed_day.txt")
    assert (article.published, article.published_precision) == ("2021-03-14", "day")
    assert article.text.startswith("Op het Museumplein")


def test_seed_offsets_index_the_text_after_the_header(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2019-09 Talibaan vallen Kunduz aan.", encoding="utf-8")
    article = read_one(tmp_path / "a.txt")
    start = article.text.index("Kunduz")
    assert article.text[start : start + 6] == "Kunduz" and start == 16


def test_the_shared_seed_article_reads_with_month_precision() -> None:
    seed = Path(__file__).parents[1].parent / "shared" / "seed" / "000_a57a69a8587cd6f2.txt"
    if not seed.exists():
        pytest.skip("../shared is not mounted")
    article = read_one(seed)
    assert (article.published, article.published_precision, article.language) == (
        "2019-09",
        "month",
        "nl",
    )
    assert article.text.startswith("Voor de tweede keer")


def test_invalid_header_date_is_not_invented(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2019-13 Er werd gevochten in de stad.")
    article = read_one(tmp_path / "a.txt")
    assert article.published is None and article.published_precision is None


def test_plain_text_has_no_date_and_a_stable_content_id() -> None:
    first, second = read_one(INPUTS / "plain_en.txt"), read_one(INPUTS / "plain_en.txt")
    assert first.published is None and first.title is None
    assert first.id == second.id == Article.make_id(first.text, None)
    assert first.language == "en"
    assert first.origin == str(INPUTS / "plain_en.txt")


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_failures_with_line_numbers_and_the_rest_goes_on() -> None:
    items = list(read_paths([INPUTS / "articles.jsonl"]))
    good, bad = articles(items), failures(items)
    assert [a.origin.rsplit("#", 1)[1] for a in good] == ["1", "3", "7"]
    assert {f.origin.rsplit("#", 1)[1] for f in bad} == {"2", "5", "6"}
    reasons = {f.origin.rsplit("#", 1)[1]: f.reason for f in bad}
    assert "malformed JSON" in reasons["2"] and reasons["2"].startswith("line 2")
    assert "text" in reasons["5"]


def test_jsonl_fields_ids_dates_and_languages() -> None:
    by_line = {
        a.origin.rsplit("#", 1)[1]: a
        for a in articles(list(read_paths([INPUTS / "articles.jsonl"])))
    }
    first = by_line["1"]
    assert (first.id, first.source, first.title, first.url) == (
        "nos-001",
        "Voorbeeldkrant",
        "Rellen in Eindhoven",
        "https://example.org/nl/1",
    )
    assert (first.published, first.published_precision, first.language) == (
        "2021-03-14",
        "day",
        "nl",
    )
    third = by_line["3"]
    assert third.id == Article.make_id(third.text, third.url)
    assert (third.published, third.published_precision) == ("2021-03", "month")
    assert third.language == "en"  # detected: the line gives none
    numeric = by_line["7"]
    assert numeric.id == "42" and numeric.language == "nl"
    assert (numeric.published, numeric.published_precision) == ("2021", "year")


def test_jsonl_gold_lines_are_read_through_their_article(tmp_path: Path) -> None:
    line = (
        '{"article": {"id": "g1", "text": "Rioters set cars on fire.", '
        '"published": "2019-02-03"}, "events": []}\n'
    )
    (tmp_path / "gold.jsonl").write_text(line)
    article = read_one(tmp_path / "gold.jsonl")
    assert (article.id, article.published) == ("g1", "2019-02-03")


def test_jsonl_line_over_max_bytes_fails_alone(tmp_path: Path) -> None:
    long_text = "word " * 200
    (tmp_path / "a.jsonl").write_text(
        f'{{"text": "{long_text}"}}\n{{"text": "A short article about a riot."}}\n'
    )
    items = list(read_paths([tmp_path / "a.jsonl"], max_bytes=300))
    assert isinstance(items[0], ReadFailure) and "max_bytes" in items[0].reason
    assert isinstance(items[1], Article) and items[1].origin.endswith("#2")


def test_jsonl_precision_field_can_only_make_the_date_coarser(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "Rioters burned tyres.", "published": "2021-03-14", '
        '"published_precision": "month"}\n'
        '{"text": "Rioters burned cars.", "published": "2021-03", "published_precision": "day"}\n'
    )
    first, second = read_paths([tmp_path / "a.jsonl"])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.published, first.published_precision) == ("2021-03", "month")
    assert (second.published, second.published_precision) == ("2021-03", "month")


@pytest.mark.parametrize(("tag", "expected"), [("nl-BE", "nl"), ("nld", "nl"), ("eng", "en")])
def test_jsonl_language_tags_become_iso_639_1(tmp_path: Path, tag: str, expected: str) -> None:
    (tmp_path / "a.jsonl").write_text(f'{{"text": "Tekst.", "language": "{tag}"}}\n')
    assert read_one(tmp_path / "a.jsonl").language == expected


def test_json_document_with_a_list_of_articles(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        '[{"id": "x1", "text": "Soldiers shelled the village."}, 3, {"text": ""}]'
    )
    first, second, third = read_paths([tmp_path / "a.json"])
    assert isinstance(first, Article) and first.id == "x1" and first.origin.endswith("#1")
    assert isinstance(second, ReadFailure) and "object" in second.reason
    assert isinstance(third, ReadFailure) and "empty" in third.reason


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_gives_main_text_title_date_url_and_site() -> None:
    article = read_one(INPUTS / "page.html")
    assert "killing at least twelve residents" in article.text
    assert "tracking" not in article.text and "All rights reserved" not in article.text
    assert article.title == "Gunmen attack village in Zamfara"
    assert article.url == "https://news.example.com/africa/zamfara-attack"
    assert article.source == "Example News"
    assert (article.published, article.published_precision) == ("2021-02-26", "day")
    assert article.language == "en"


@pytest.mark.parametrize("meta", ["", '<meta charset="iso-8859-1">'])
def test_legacy_encoded_html_is_decoded(tmp_path: Path, meta: str) -> None:
    page = (
        f"<html><head>{meta}<title>Rellen</title></head><body><article><p>Betogers riepen"
        " « Non à la réforme » en de politie verrichtte twaalf arrestaties bij het station."
        "</p></article></body></html>"
    )
    (tmp_path / "page.html").write_bytes(page.encode("cp1252"))
    assert "« Non à la réforme »" in read_one(tmp_path / "page.html").text


def test_html_without_text_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (failure,) = read_paths([tmp_path / "empty.html"])
    assert isinstance(failure, ReadFailure) and "empty" in failure.reason


# --- RSS and Atom -----------------------------------------------------------------------------


def test_rss_entries_become_articles_from_content_or_summary() -> None:
    items = list(read_paths([INPUTS / "feed.rss"]))
    first, second = articles(items)
    assert "Al-Shabaab heeft de aanslag opgeëist." in first.text  # full content wins
    assert "Korte samenvatting" not in first.text
    assert "<p>" not in second.text and second.text.startswith("Op het Malieveld")
    assert (first.published, first.published_precision) == ("2021-03-13", "day")
    assert first.source == "Voorbeeld Nieuws" and first.language == "nl"
    assert first.url == "https://nieuws.example.nl/buitenland/1"
    assert [f.origin for f in failures(items)] == [f"{INPUTS / 'feed.rss'}#3"]


def test_atom_entries_keep_published_date_and_title() -> None:
    first, second = read_paths([INPUTS / "feed.atom"])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Airstrike hits market in Idlib"
    assert first.published == "2021-03-15"  # <published>, not <updated>
    assert second.published == "2021-03-14"  # only <updated> is given
    assert second.text == "Riot police detained dozens of protesters in central Minsk on Sunday."
    assert first.origin.endswith("feed.atom#1") and second.origin.endswith("feed.atom#2")


def test_entity_bomb_is_rejected_without_expanding_it() -> None:
    (failure,) = read_paths([INPUTS / "entity_bomb.xml"])
    assert isinstance(failure, ReadFailure)
    assert "unsafe XML" in failure.reason and "Entit" in failure.reason


def test_external_entity_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "xxe.rss").write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><description>&x;</description></item></channel></rss>"
    )
    (failure,) = read_paths([tmp_path / "xxe.rss"])
    assert isinstance(failure, ReadFailure) and "unsafe XML" in failure.reason


def test_feed_html_fragments_keep_reading_order() -> None:
    fragment = "<p>Hello <b><i>big</i> bold</b> world</p><p>Two<br>three</p><!-- x -->after"
    assert html_fragment_text(fragment) == "Hello big bold world\nTwo\nthree\nafter"


def test_a_reader_bug_costs_one_input_not_the_batch(tmp_path: Path) -> None:
    from eventcoder.hookspecs import hookimpl
    from eventcoder.ingest.registry import Reader
    from eventcoder.plugins import plugin_manager

    def broken(data: bytes, origin: str) -> list[Article]:
        raise RuntimeError("reader bug")

    class BrokenJson:  # a plugin's reader takes over the built-in JSON one
        @hookimpl
        def register_readers(self) -> list[Reader]:
            return [Reader("json", (".json",), broken)]

    plugin = BrokenJson()
    plugin_manager().register(plugin)
    try:
        (tmp_path / "a.json").write_text('{"text": "x"}')
        items = list(read_paths([tmp_path / "a.json", INPUTS / "plain_en.txt"]))
    finally:
        plugin_manager().unregister(plugin)
    assert isinstance(items[0], ReadFailure) and "reader bug" in items[0].reason
    assert isinstance(items[1], Article)


# --- WARC -------------------------------------------------------------------------------------


def write_warc(path: Path, pages: list[tuple[str, str, str, bytes]]) -> None:
    """A WARC of HTTP responses (url, status, content type, body), each after its request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, status, content_type, body in pages:
            request = writer.create_warc_record(
                url,
                "request",
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_go_through_the_html_reader(tmp_path: Path, name: str) -> None:
    page = (INPUTS / "page.html").read_bytes()
    write_warc(
        tmp_path / name,
        [
            ("https://news.example.com/a", "200 OK", "text/html; charset=utf-8", page),
            ("https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://news.example.com/gone", "404 Not Found", "text/html", b"<p>gone</p>"),
        ],
    )
    (article,) = read_paths([tmp_path / name])
    assert isinstance(article, Article)
    assert "killing at least twelve residents" in article.text
    assert article.origin == f"{tmp_path / name}#2"  # record 1 is the request
    assert article.url == "https://news.example.com/africa/zamfara-attack"  # canonical link


def test_warc_http_charset_is_used(tmp_path: Path) -> None:
    body = "<html><body><article><p>Betogers in Brussel riepen: « Non à la réforme »."
    body += " De politie verrichtte twaalf arrestaties bij het Centraal Station.</p>"
    body += "</article></body></html>"
    write_warc(
        tmp_path / "latin.warc",
        [
            (
                "https://a.example/1",
                "200 OK",
                "text/html; charset=ISO-8859-1",
                body.encode("latin-1"),
            )
        ],
    )
    (article,) = read_paths([tmp_path / "latin.warc"])
    assert isinstance(article, Article) and "« Non à la réforme »" in article.text


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_keeps_good_records_and_reports_the_cut_one(
    tmp_path: Path, name: str
) -> None:
    page = (INPUTS / "page.html").read_bytes()
    path = tmp_path / name
    write_warc(path, [("https://a.example/1", "200 OK", "text/html", page)] * 2)
    path.write_bytes(path.read_bytes()[:-300])
    first, last = read_paths([path])
    assert isinstance(first, Article) and first.origin.endswith("#2")
    assert isinstance(last, ReadFailure) and last.origin.endswith("#4")
    assert "truncated" in last.reason


def test_not_a_warc_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "fake.warc").write_text("this is not an archive\n")
    (failure,) = read_paths([tmp_path / "fake.warc"])
    assert isinstance(failure, ReadFailure) and "WARC" in failure.reason


# --- compressed inputs ------------------------------------------------------------------------


def test_gzipped_jsonl_and_text_are_read_through(tmp_path: Path) -> None:
    jsonl = (INPUTS / "articles.jsonl").read_bytes()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(jsonl))
    (tmp_path / "b.gz").write_bytes(gzip.compress((INPUTS / "seed_day.txt").read_bytes()))
    items = list(read_paths([tmp_path / "a.jsonl.gz", tmp_path / "b.gz"]))
    assert len(articles(items)) == 4 and len(failures(items)) == 3
    assert articles(items)[-1].published == "2021-03-14"


def test_gzip_bomb_stops_at_max_bytes(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 5_000_000))
    (failure,) = read_paths([tmp_path / "bomb.txt.gz"], max_bytes=100_000)
    assert isinstance(failure, ReadFailure) and "too large" in failure.reason


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path) -> None:
    lines = b"".join(
        b'{"text": "Article %d about a protest in the capital."}\n' % n for n in range(2000)
    )
    packed = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    items = list(read_paths([tmp_path / "cut.jsonl.gz"]))
    assert articles(items) and articles(items)[0].origin.endswith("#1")
    assert isinstance(items[-1], ReadFailure) and "cannot read" in items[-1].reason


# --- folders, globs, stdin --------------------------------------------------------------------


def test_folder_is_recursive_sorted_and_skips_hidden_files(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    shutil.copytree(INPUTS / "folder", folder)
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "skip.txt").write_text("Hidden text about a protest.")
    (folder / ".notes.txt").write_text("Hidden notes about a protest.")
    names = [Path(a.origin).relative_to(folder).as_posix() for a in read_paths([folder])]
    assert names == ["a_first.txt", "b_second.txt", "sub/a_nested.txt"]


def test_glob_pattern_matches_sorted_and_unmatched_pattern_fails(tmp_path: Path) -> None:
    items = list(read_paths([str(INPUTS / "seed_*.txt"), str(tmp_path / "*.nothing")]))
    assert [Path(a.origin).name for a in articles(items)] == ["seed_day.txt", "seed_month.txt"]
    (failure,) = failures(items)
    assert "no file matches" in failure.reason


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    (failure,) = read_paths([tmp_path / "absent.txt"])
    assert isinstance(failure, ReadFailure) and "no such file" in failure.reason


@pytest.mark.parametrize(
    ("payload", "expected_count"),
    [
        (b"date 2021-03-14 De ME greep in bij een betoging in Den Haag.", 1),
        (b'{"text": "Riot police used tear gas."}\n{"text": "Rebels shelled the town."}\n', 2),
        ((INPUTS / "feed.atom").read_bytes(), 2),
        ((INPUTS / "page.html").read_bytes(), 1),
        (b'{\n  "id": "p1",\n  "text": "Soldiers fired on protesters."\n}\n', 1),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, payload: bytes, expected_count: int
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    items = list(read_paths(["-"]))
    assert len(articles(items)) == expected_count and not failures(items)
    assert all(a.origin.startswith("<stdin>") for a in articles(items))
    assert not sys.stdin.buffer.closed  # reading stdin must not close it for the caller


# --- failures do not stop the batch -----------------------------------------------------------


def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "2_empty.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "3_large.txt").write_text("Een lange tekst over een rel. " * 100)
    (tmp_path / "4_bad_encoding.txt").write_bytes(
        "Rellen in Den Haag é".encode() + b"\xff\xfe\xfd\x80\x81" * 20
    )
    (tmp_path / "5_pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "6_good.txt").write_text("Protesters marched through the city on Friday.")
    items = list(read_paths([tmp_path], max_bytes=2000))
    reasons = {Path(f.origin).name: f.reason for f in failures(items)}
    assert reasons.keys() == {
        "1_binary.txt",
        "2_empty.txt",
        "3_large.txt",
        "4_bad_encoding.txt",
        "5_pdf.txt",
    }
    assert "binary" in reasons["1_binary.txt"]
    assert "empty" in reasons["2_empty.txt"]
    assert "too large" in reasons["3_large.txt"]
    assert "encoding" in reasons["4_bad_encoding.txt"]
    assert "PDF" in reasons["5_pdf.txt"]
    assert [Path(a.origin).name for a in articles(items)] == ["6_good.txt"]


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    text = "Bij rellen in het café à Paris raakten drie agenten gewond, élève zegt het."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    assert [a.text for a in read_paths([tmp_path])] == [text, text]


def test_windows_newlines_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "crlf.txt").write_bytes(b"First line about a riot.\r\nSecond line.\r\n")
    assert read_one(tmp_path / "crlf.txt").text == "First line about a riot.\nSecond line."


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.binary(max_size=600),
    suffix=st.sampled_from(
        [".txt", ".jsonl", ".json", ".html", ".rss", ".warc", ".warc.gz", ".bin"]
    ),
)
def test_read_paths_never_raises_on_arbitrary_bytes(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_paths([path], max_bytes=400):
        assert isinstance(item, Article | ReadFailure)
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
        else:
            assert item.reason


# --- publication dates ------------------------------------------------------------------------


@given(
    day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    precision=st.sampled_from(["year", "month", "day"]),
)
def test_iso_dates_keep_exactly_their_precision(day: dt.date, precision: str) -> None:
    iso = {"year": day.isoformat()[:4], "month": day.isoformat()[:7], "day": day.isoformat()}
    assert normalise_date(iso[precision]) == (iso[precision], precision)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sat, 13 Mar 2021 23:30:00 -0500", ("2021-03-13", "day")),  # the source's own date
        ("zondag 14 maart 2021", ("2021-03-14", "day")),
        ("March 2021", ("2021-03", "month")),
        ("2021-03-14T08:00:00Z", ("2021-03-14", "day")),
    ],
)
def test_written_dates_are_normalised(written: str, expected: tuple[str, str]) -> None:
    assert normalise_date(written) == expected


@pytest.mark.parametrize("written", ["yesterday", "gisteren", "14 maart", "2021-02-30", "soon", ""])
def test_relative_yearless_or_impossible_dates_are_refused(written: str) -> None:
    assert normalise_date(written) is None


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drie doden bij aanslag in Kabul", "nl"),
        ("De politie arresteerde gisteren twee verdachten.", "nl"),
        ("Betogers gooiden stenen naar de ME", "nl"),
        ("Het leger heeft de stad heroverd", "nl"),
        ("Three killed in Kabul bombing", "en"),
        ("Police arrested two suspects yesterday.", "en"),
        ("Protesters threw stones at riot police", "en"),
        ("Gunmen killed five villagers", "en"),
    ],
)
def test_detect_language_on_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "!!!", "ok"])
def test_detect_language_is_none_when_there_is_nothing_to_go_on(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.nola.com/mardi_gras_nola/2018/01/take_a_tour.html", ("2018-01", "month")),
        ("https://example.org/news/2016/12/05/story.html", ("2016-12-05", "day")),
        ("https://example.org/2016-12-05-bomb-defused", ("2016-12-05", "day")),
        ("https://example.org/a/20161205/b", ("2016-12-05", "day")),
    ],
)
def test_a_url_files_a_page_under_its_date(url: str, expected: tuple[str, str]) -> None:
    from eventcoder.ingest.dates import date_from_url

    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["http://www.bbc.com/news/world-europe-38343124", "https://example.org/story/2016123456",
     "https://example.org/view?d=2016/12/05", "https://example.org/2016/13/05/x", None],
)
def test_ids_queries_and_impossible_months_are_no_url_dates(url: str | None) -> None:
    from eventcoder.ingest.dates import date_from_url

    assert date_from_url(url) is None


def test_an_undated_record_takes_its_urls_date_and_a_dated_one_keeps_its_own() -> None:
    from eventcoder.ingest.articles import article_from_record

    url = "https://example.org/world/2019/03/riots.html"
    undated = article_from_record({"text": "Riots in Paris.", "url": url}, "x.jsonl:1")
    assert (undated.published, undated.published_precision) == ("2019-03", "month")
    dated = article_from_record({"text": "Riots.", "url": url, "published": "2019-04-02"}, "x")
    assert dated.published == "2019-04-02"


def test_an_iso_time_with_an_hour_only_offset_keeps_its_day() -> None:
    assert normalise_date("2009-03-25 00:26:04.358077-05") == ("2009-03-25", "day")
