"""``eventcoder watch``: feeds and pages served by a local HTTP server, coded by the real pipeline.

The articles below were written for these tests (no real news text): one clash with a toll in
Afghanistan, one peaceful protest in Kenya.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.ingest.alerts import AlertFilter, Announcer, JsonLinesSink, NewEvent
from eventcoder.ingest.watch import Watcher, content_hash, parse_interval
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event
from eventcoder.store import open_store
from eventcoder.store.watch_state import WatchState

CLASH = (
    "Taliban fighters attacked a police checkpoint in Kunduz on Saturday, killing 16 police "
    "officers, the provincial governor said on Sunday."
)
PROTEST = (
    "Hundreds of students marched peacefully through central Nairobi on Monday to protest "
    "against rising fuel prices, police said."
)
PAGE_TEXT = (
    "Hundreds of farmers marched peacefully through central Lilongwe on Monday to protest "
    "against the price of fertiliser, police said. The march ended without incident at the "
    "parliament building, where leaders handed over a petition."
)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/rss+xml"
    etag: str | None = None


@dataclass
class FeedServer:
    """Routes to serve, and every request received (method, path, headers, body)."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, method: str, path: str) -> int:
        return sum(1 for m, p, _, _ in self.requests if m == method and p == path)

    def posted(self, path: str) -> list[dict[str, Any]]:
        return [json.loads(b) for m, p, _, b in self.requests if m == "POST" and p == path]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feeds = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            feeds.requests.append((method, self.path, dict(self.headers), body))
            route = feeds.routes.get(self.path, Route(status=404, body=b"not found"))
            if method == "GET" and route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            self.wfile.write(route.body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self._answer("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._answer("POST")

        def log_message(self, *args: object) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    feeds.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield feeds
    finally:
        httpd.shutdown()
        httpd.server_close()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (link, title, text) items, all published on 2 September 2019."""
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>Mon, 02 Sep 2019 08:00:00 GMT</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for link, title, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Test wire</title><link>http://example.org/</link><language>en</language>"
        f"<description>test</description>{entries}</channel></rss>"
    ).encode()


def two_item_feed(clash: str = CLASH) -> bytes:
    return rss([
        ("http://example.org/news/kunduz", "Attack in Kunduz", clash),
        ("http://example.org/news/nairobi", "Students march in Nairobi", PROTEST),
    ])


class CountingCoder:
    """The real pipeline, counting the articles it is given."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def __call__(self, article: Article) -> list[Event]:
        self.coded.append(article.url or article.id)
        return code_article(article)


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


runner = CliRunner()


def run_watch(*args: str) -> Any:
    return runner.invoke(app, ["watch", *args], catch_exceptions=False)


def store_counts(db: Path) -> tuple[int, int]:
    with open_store(str(db)) as store:
        stats = store.stats()
    return int(stats["articles"]), int(stats["events"])


# -- the command, end to end -------------------------------------------------------------------


def test_watch_once_stores_then_codes_nothing_new_then_recodes_a_changed_item(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    db = tmp_path / "watch.duckdb"
    feed = server.url("/feed.rss")

    first = run_watch(feed, "--once", "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "2 new, 0 changed, 0 already coded" in first.output
    articles, events = store_counts(db)
    assert articles == 2 and events >= 2
    with open_store(str(db)) as store:
        stored = store.all_events()
    assert {e.country for e in stored} >= {"Afghanistan", "Kenya"}

    # A second run (a new process would open the store the same way): nothing is coded again.
    second = run_watch(feed, "--once", "--db", str(db))
    assert second.exit_code == 0, second.output
    assert "0 new, 0 changed, 2 already coded" in second.output
    assert store_counts(db) == (articles, events)

    # The Kunduz item is corrected at the same address: it alone is coded again.
    server.routes["/feed.rss"] = Route(body=two_item_feed(CLASH.replace("16 police", "18 police")))
    third = run_watch(feed, "--once", "--db", str(db))
    assert third.exit_code == 0, third.output
    assert "0 new, 1 changed, 1 already coded" in third.output
    with open_store(str(db)) as store:
        texts = [store.get_article(e.article_ids[-1]).text for e in store.all_events()]
        assert store.stats()["articles"] == articles + 1
    assert any("18 police" in text for text in texts)


def test_failing_feed_is_reported_backed_off_and_the_other_feed_goes_on(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/good.rss"] = Route(body=two_item_feed())
    server.routes["/broken.rss"] = Route(status=500, body=b"oops", content_type="text/plain")
    db = tmp_path / "watch.duckdb"
    args = [server.url("/broken.rss"), server.url("/good.rss"), "--once", "--db", str(db)]

    first = run_watch(*args)
    assert first.exit_code == 0, first.output  # one source worked
    assert "failed" in first.output and "HTTP 500" in first.output
    assert "backing off until" in first.output
    assert store_counts(db)[0] == 2

    # The next run does not ask the failing feed again before its back-off ends.
    second = run_watch(*args)
    assert "backing off" in second.output and "1 failures" in second.output
    assert server.hits("GET", "/broken.rss") == 1
    assert server.hits("GET", "/good.rss") == 2


def test_all_sources_failing_exits_non_zero(server: FeedServer, tmp_path: Path) -> None:
    result = run_watch(server.url("/missing.rss"), "--once", "--db", str(tmp_path / "w.duckdb"))
    assert result.exit_code == 1
    assert "HTTP 404" in result.output


def test_alerts_file_and_webhook_get_only_filtered_new_events(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    server.routes["/hook"] = Route(body=b"{}", content_type="application/json")
    db, alerts = tmp_path / "watch.duckdb", tmp_path / "alerts" / "new.jsonl"
    args = [server.url("/feed.rss"), "--once", "--db", str(db), "--alerts", str(alerts),
            "--webhook", server.url("/hook"), "--country", "KEN"]

    result = run_watch(*args)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in alerts.read_text(encoding="utf-8").splitlines()]
    posted = server.posted("/hook")
    assert lines and [a["event"]["country"] for a in lines] == ["Kenya"] * len(lines)
    assert [a["event"]["event_id"] for a in posted] == [a["event"]["event_id"] for a in lines]
    assert lines[0]["article"]["url"] == "http://example.org/news/nairobi"
    assert lines[0]["source"] == server.url("/feed.rss")
    # Every event was stored, whatever the filter announced.
    assert store_counts(db)[1] > len(lines)

    again = run_watch(*args)  # nothing new: nothing announced again
    assert again.exit_code == 0
    assert len(alerts.read_text(encoding="utf-8").splitlines()) == len(lines)
    assert len(server.posted("/hook")) == len(posted)


def test_fatality_and_type_filters_choose_the_clash(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    alerts = tmp_path / "alerts.jsonl"
    result = run_watch(
        server.url("/feed.rss"), "--once", "--db", str(tmp_path / "w.duckdb"),
        "--alerts", str(alerts), "--min-fatalities", "10", "--event-type", "battles",
    )
    assert result.exit_code == 0, result.output
    announced = [json.loads(line)["event"] for line in alerts.read_text().splitlines()]
    assert announced and all(e["event_type"] == "Battles" for e in announced)
    assert all(e["fatalities"] >= 10 for e in announced)


def test_a_failing_webhook_is_reported_and_the_alerts_file_still_written(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    server.routes["/hook"] = Route(status=503, body=b"busy", content_type="text/plain")
    alerts = tmp_path / "alerts.jsonl"
    result = run_watch(
        server.url("/feed.rss"), "--once", "--db", str(tmp_path / "w.duckdb"),
        "--alerts", str(alerts), "--webhook", server.url("/hook"),
    )
    assert result.exit_code == 0, result.output
    assert "alert not delivered" in result.output and "HTTP 503" in result.output
    written = alerts.read_text().splitlines()
    assert len(written) == len(server.posted("/hook")) >= 2
    assert f"{len(written)} alerts waiting for a sink" in result.output

    # The webhook is back: the next run delivers what it refused, once, and nothing else.
    server.routes["/hook"] = Route(body=b"{}", content_type="application/json")
    later = run_watch(
        server.url("/feed.rss"), "--once", "--db", str(tmp_path / "w.duckdb"),
        "--alerts", str(alerts), "--webhook", server.url("/hook"),
    )
    assert later.exit_code == 0, later.output
    assert f"{len(written)} earlier alerts delivered" in later.output
    delivered = server.posted("/hook")[-len(written):]
    assert sorted(a["event"]["event_id"] for a in delivered) == sorted(
        json.loads(line)["event"]["event_id"] for line in written
    )
    assert alerts.read_text().splitlines() == written  # the file got each alert once
    with open_store(str(tmp_path / "w.duckdb")) as store:
        assert WatchState(store).pending_alerts(f"webhook:{server.url('/hook')}") == []


def test_bad_options_are_clear_errors(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    bad_every = runner.invoke(app, ["watch", "http://127.0.0.1:9/x", "--every", "soon",
                                    "--db", str(db)])
    assert bad_every.exit_code == 2 and "not an interval" in bad_every.output
    bad_hook = runner.invoke(app, ["watch", "http://127.0.0.1:9/x", "--webhook", "ftp://x",
                                   "--db", str(db)])
    assert bad_hook.exit_code == 2 and "http://" in bad_hook.output


# -- the watcher -------------------------------------------------------------------------------


def test_backoff_doubles_until_the_feed_recovers(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/feed.rss"] = Route(status=502, body=b"bad gateway", content_type="text/plain")
    clock = Clock()
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=CountingCoder(), every=60,
                          clock=clock)
        failed = watcher.poll().sources[0]
        assert (failed.status, failed.failures) == ("failed", 1)
        assert failed.retry_at == clock.now + 120

        clock.now += 119
        assert watcher.poll().sources[0].status == "backing off"
        assert server.hits("GET", "/feed.rss") == 1

        clock.now += 1
        again = watcher.poll().sources[0]
        assert (again.status, again.failures, again.retry_at) == ("failed", 2, clock.now + 240)

        server.routes["/feed.rss"] = Route(body=two_item_feed())
        clock.now += 240
        recovered = watcher.poll().sources[0]
        assert (recovered.status, recovered.new) == ("ok", 2)
        state = WatchState(store).source(server.url("/feed.rss"))
        assert (state.failures, state.retry_at, state.last_error) == (0, None, None)


def test_run_polls_again_after_the_interval(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    clock, waits, reports = Clock(), [], []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.now += seconds

    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=CountingCoder(), every=300,
                          clock=clock)
        watcher.run(reports.append, polls=3, sleep=sleep)
    assert waits == [300, 300]
    assert [r.sources[0].new for r in reports] == [2, 0, 0]
    assert [r.sources[0].seen for r in reports] == [0, 2, 2]


def test_backoff_is_capped(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, ["x"], code=CountingCoder(), every=600, max_backoff=3600)
        assert [watcher.backoff(n) for n in (1, 2, 3, 50)] == [1200, 2400, 3600, 3600]


def test_unchanged_feed_is_not_read_again(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/feed.rss"] = Route(body=two_item_feed(), etag='"v1"')
    coder = CountingCoder()
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=coder)
        assert watcher.poll().sources[0].new == 2
        second = watcher.poll().sources[0]
    assert second.status == "unchanged"
    assert len(coder.coded) == 2
    last_get = [h for m, p, h, _ in server.requests if m == "GET"][-1]
    assert last_get.get("If-None-Match") == '"v1"'


def test_a_restarted_watch_codes_nothing_already_coded(server: FeedServer, store_url: str) -> None:
    """On DuckDB and on PostgreSQL: the state is in the store, not in the process."""
    server.routes["/feed.rss"] = Route(body=two_item_feed())
    db = store_url
    first, second = CountingCoder(), CountingCoder()
    with open_store(db) as store:
        Watcher(store, [server.url("/feed.rss")], code=first).poll()
    with open_store(db) as store:
        report = Watcher(store, [server.url("/feed.rss")], code=second).poll()
    assert len(first.coded) == 2 and second.coded == []
    assert report.sources[0].seen == 2


def test_the_same_story_at_a_second_address_is_not_coded_twice(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/a.rss"] = Route(body=rss([("http://example.org/a", "A", PROTEST)]))
    server.routes["/b.rss"] = Route(body=rss([("http://example.org/b?utm=x", "B", PROTEST)]))
    coder = CountingCoder()
    with open_store(str(tmp_path / "w.duckdb")) as store:
        report = Watcher(store, [server.url("/a.rss"), server.url("/b.rss")], code=coder).poll()
    assert coder.coded == ["http://example.org/a"]
    assert [s.seen for s in report.sources] == [0, 1]


def test_a_page_is_one_item_coded_once(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/news/farmers.html"] = Route(body=farmers_page(), content_type="text/html")
    coder = CountingCoder()
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/news/farmers.html")], code=coder)
        first = watcher.poll()
        second = watcher.poll()
        stored = store.all_events()
    assert first.sources[0].new == 1 and second.sources[0].seen == 1
    assert len(coder.coded) == 1
    assert any(e.country == "Malawi" for e in stored)
    assert [n.event.country for n in first.new_events] == [e.country for e in stored]


def farmers_page() -> bytes:
    return (
        "<html><head><title>Farmers march</title></head><body><article><h1>Farmers march in "
        f"Lilongwe</h1><p>{escape(PAGE_TEXT)}</p></article></body></html>"
    ).encode()


def test_follow_links_codes_the_linked_page_and_falls_back_to_the_entry(
    server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/news/farmers.html"] = Route(body=farmers_page(), content_type="text/html")
    teaser = "Farmers marched on Monday."  # no place: the entry alone gives no located event
    server.routes["/feed.rss"] = Route(body=rss([
        (server.url("/news/farmers.html"), "Farmers march", teaser),
        (server.url("/news/gone.html"), "Students march in Nairobi", PROTEST),
    ]))
    coder = CountingCoder()
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=coder, follow_links=True)
        report = watcher.poll().sources[0]
        second = watcher.poll().sources[0]
        stored = store.all_events()
        farmers = [store.get_article(e.article_ids[0]) for e in stored if e.country == "Malawi"]
    assert report.new == 2 and second.seen == 2  # known by the entry, not refetched
    assert server.hits("GET", "/news/farmers.html") == 1
    assert farmers and "fertiliser" in farmers[0].text
    assert farmers[0].published == "2019-09-02"  # the entry's date where the page has none
    assert any("gone.html" in w and "page not fetched" in w for w in report.warnings)
    assert any(e.country == "Kenya" for e in stored)  # the entry's own text was coded


def test_an_article_that_fails_to_code_is_reported_and_retried(
    server: FeedServer, tmp_path: Path
) -> None:
    # With an ETag: the feed must still be read whole again while an item waits to be coded.
    server.routes["/feed.rss"] = Route(body=two_item_feed(), etag='"v1"')
    calls: list[str] = []

    def flaky(article: Article) -> list[Event]:
        calls.append(article.url or "")
        if "kunduz" in (article.url or "") and calls.count(article.url or "") == 1:
            raise RuntimeError("model crashed")
        return code_article(article)

    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=flaky)
        first = watcher.poll().sources[0]
        second = watcher.poll().sources[0]
    assert first.new == 1 and "model crashed" in first.item_failures[0]
    assert (second.new, second.seen, second.item_failures) == (1, 1, [])


def test_new_events_exclude_merges_into_stored_events(server: FeedServer, tmp_path: Path) -> None:
    """A second report of a stored event is stored (merged) but is no new event."""
    server.routes["/feed.rss"] = Route(body=rss([("http://example.org/one", "One", CLASH)]))
    retold = CLASH.replace("Taliban fighters", "Taliban insurgents")
    with open_store(str(tmp_path / "w.duckdb")) as store:
        watcher = Watcher(store, [server.url("/feed.rss")], code=CountingCoder())
        first = watcher.poll()
        server.routes["/feed.rss"] = Route(body=rss([("http://example.org/two", "Two", retold)]))
        second = watcher.poll()
        stored = store.all_events()
    assert first.new_events and second.sources[0].new == 1
    merged = [e for e in stored if len(e.article_ids) == 2]
    assert merged, "the retelling should merge into the stored clash"
    assert {n.event.event_id for n in second.new_events}.isdisjoint(e.event_id for e in merged)


# -- pieces --------------------------------------------------------------------------------------


def test_parse_interval() -> None:
    assert [parse_interval(t) for t in ("90", "30s", "10m", "2h", "1d", "1.5m")] == [
        90, 30, 600, 7200, 86400, 90
    ]
    for bad in ("", "0", "10x", "-5m", "m"):
        with pytest.raises(ValueError):
            parse_interval(bad)


def test_content_hash_ignores_white_space_only() -> None:
    assert content_hash("a  b\nc") == content_hash(" a b c ")
    assert content_hash("a b c") != content_hash("a b d")


def _event(**fields: Any) -> Event:
    values = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Afghanistan",
              "iso3": "AFG", "fatalities": 16}
    return Event(**{**values, **fields})


def test_alert_filter() -> None:
    everything = AlertFilter.build()
    assert everything.matches(_event(fatalities=None))
    by_country = AlertFilter.build(countries=["afghanistan", "KEN"])
    assert by_country.matches(_event()) and by_country.matches(_event(country="Kenya", iso3="KEN"))
    assert not by_country.matches(_event(country="Mali", iso3="MLI"))
    by_type = AlertFilter.build(event_types=["armed clash"])
    assert by_type.matches(_event())
    assert not by_type.matches(_event(event_type="Protests", sub_event_type="Peaceful protest"))
    dead = AlertFilter.build(min_fatalities=10)
    assert dead.matches(_event(fatalities=10)) and not dead.matches(_event(fatalities=9))
    assert not dead.matches(_event(fatalities=None))  # unknown is not many
    with pytest.raises(ValueError):
        AlertFilter.build(min_fatalities=-1)


def test_announcer_writes_one_whole_line_per_passing_event(tmp_path: Path) -> None:
    article = Article(id="a1", text="x", url="http://example.org/x")
    events = [_event(event_id="E1"), _event(event_id="E2", country="Kenya", iso3="KEN")]
    sink = JsonLinesSink(tmp_path / "out.jsonl")
    result = Announcer([sink], AlertFilter.build(countries=["KEN"])).announce(
        NewEvent(event=e, article=article, source="feed") for e in events
    )
    assert (result.sent, result.filtered_out, result.errors) == (1, 1, [])
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["event"]["event_id"] == "E2"


def test_watch_state_on_each_store(store: Any) -> None:
    state = WatchState(store)
    WatchState(store)  # creating the tables again changes nothing
    assert state.item_status("http://x/1", "h1") == "new"
    state.record_item("http://x/1", source="feed", url="http://x/1", content_hash="h1",
                      article_id="a1", now=1.0)
    assert state.item_status("http://x/1", "h1") == "seen"
    assert state.item_status("http://x/2", "h1") == "seen"  # the same text elsewhere
    assert state.item_status("http://x/1", "h2") == "changed"
    state.record_item("http://x/1", source="feed", url="http://x/1", content_hash="h2",
                      article_id="a2", now=2.0)
    assert state.item_status("http://x/1", "h2") == "seen"
    assert state.item_count() == 1

    source = state.source("feed")
    assert source.failures == 0 and source.retry_at is None
    source.failures, source.retry_at, source.last_error, source.etag = 2, 99.5, "HTTP 500", '"e"'
    state.save_source(source)
    again = state.source("feed")
    assert (again.failures, again.retry_at, again.last_error, again.etag) == (
        2, 99.5, "HTTP 500", '"e"'
    )
    assert [s.source for s in state.sources()] == ["feed"]
