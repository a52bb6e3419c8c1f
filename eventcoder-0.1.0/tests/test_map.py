"""map.html from render_map: self-contained, safe, and showing the markers in Chromium offline."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from eventcoder.records import Article, Event, Evidence
from eventcoder.serve import WebAssetsMissing, articles_for, render_map
from eventcoder.serve import assets as assets_module
from eventcoder.serve.evidence import evidence_sentence, locate, sentence_bounds
from test_api_data import Sample, sample
from test_web_support import chromium_page, colour_present, distinct_colours, require_chromium


@pytest.fixture(scope="module")
def data() -> Sample:
    return sample()


class _Scan(HTMLParser):
    """The tags, external references and JSON data blocks of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.tags: list[str] = []
        self.meta: dict[str, str] = {}
        self.json_blocks: dict[str, str] = {}
        self._json_id: str | None = None

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        values = dict(attrs)
        self.tags.append(tag)
        self.refs += [values[a] for a in ("src", "href") if values.get(a)]
        if tag == "meta" and values.get("http-equiv"):
            self.meta[values["http-equiv"].lower()] = values.get("content", "")
        if tag == "script" and values.get("type") == "application/json":
            self._json_id = values.get("id")

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._json_id:
            self.json_blocks[self._json_id] = self.json_blocks.get(self._json_id, "") + data

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "script":
            self._json_id = None


def scan(page: str) -> _Scan:
    parser = _Scan()
    parser.feed(page)
    return parser


def test_map_is_one_self_contained_file(data: Sample) -> None:
    page = scan(render_map(data.events, title="Kunduz & Co <test>"))
    assert page.refs == [], "nothing may be loaded from outside the file"
    assert "link" not in page.tags
    csp = page.meta["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    # Natural Earth borders from world-atlas are in the file, as TopoJSON.
    borders = json.loads(page.json_blocks["ec-borders"])
    assert (
        borders["type"] == "Topology" and len(borders["objects"]["countries"]["geometries"]) > 150
    )


def test_map_data_has_one_record_per_located_event(data: Sample) -> None:
    page = scan(render_map(data.events, articles=data.articles))
    payload = json.loads(page.json_blocks["ec-data"])
    placed = [e for e in data.events if e.latitude is not None]
    assert [r["event_id"] for r in payload["events"]] == [e.event_id for e in placed]
    assert payload["unplaced"] == len(data.events) - len(placed)
    for record, event in zip(payload["events"], placed, strict=True):
        for field in ("event_type", "actor1", "actor2", "fatalities", "source", "event_date"):
            assert record[field] == getattr(event, field)


def test_popup_evidence_is_the_sentence_around_the_trigger(data: Sample) -> None:
    page = scan(render_map(data.events, articles=data.articles))
    records = {r["event_id"]: r for r in json.loads(page.json_blocks["ec-data"])["events"]}
    kunduz = next(e for e in data.events if e.actor1 == "Taliban")
    sentence = records[kunduz.event_id]["evidence_sentence"]
    assert sentence["text"] == (
        "Taliban fighters attacked police checkpoints outside Kunduz on Saturday. "
        "Sixteen police officers were killed, the governor's spokesman said."
    )  # the trigger's sentence and the toll's, not the Taliban's claim after them
    marked = {sentence["text"][s["start"] : s["end"]]: s["label"] for s in sentence["spans"]}
    assert marked == {ev.text: ev.field for ev in kunduz.evidence}


def test_without_articles_the_popup_quotes_only_the_evidence(data: Sample) -> None:
    kunduz = next(e for e in data.events if e.actor1 == "Taliban")
    sentence = evidence_sentence(kunduz, None)
    assert sentence is not None
    assert sentence.text.startswith("attacked")  # the trigger first
    for item in kunduz.evidence:
        assert item.text in sentence.text
    assert "checkpoints" not in sentence.text  # nothing the evidence does not hold


def test_hostile_text_cannot_break_out_of_the_data_block() -> None:
    hostile = "</script><script>window.__pwned = 1</script><!--"
    event = Event(
        event_id="X1", event_type="Riots", sub_event_type="Mob violence",
        location=hostile, actor1=hostile, latitude=1.0, longitude=2.0,
    )  # fmt: skip
    html_text = render_map([event], title=hostile)
    assert "<script>window.__pwned" not in html_text
    page = scan(html_text)
    assert json.loads(page.json_blocks["ec-data"])["events"][0]["location"] == hostile


def test_tile_layer_only_when_asked_and_allowed_by_the_policy(data, monkeypatch) -> None:
    monkeypatch.delenv("EVENTCODER_TILE_URL", raising=False)
    offline = scan(render_map(data.events))
    assert json.loads(offline.json_blocks["ec-data"])["config"]["tileUrl"] is None
    online = scan(render_map(data.events, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"))
    assert "img-src data: https://*.tiles.example.org" in online.meta["content-security-policy"]
    with pytest.raises(ValueError, match="http"):
        render_map(data.events, tile_url="file:///etc/passwd")


def test_missing_assets_name_the_set_up_command(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EVENTCODER_WEB_ASSETS", str(tmp_path))
    assets_module.vendor_text.cache_clear()
    try:
        with pytest.raises(WebAssetsMissing, match=re.escape("npm ci --prefix web")):
            render_map([])
    finally:
        assets_module.vendor_text.cache_clear()


# ---- evidence sentences ----------------------------------------------------------------------


def test_sentence_bounds_stop_at_sentence_ends() -> None:
    text = 'Eerste zin. "Tweede zin met aanval!" Derde zin? Vierde.'
    start = text.index("aanval")
    begin, end = sentence_bounds(text, start, start + 6)
    assert text[begin:end] == '"Tweede zin met aanval!"'
    assert text[slice(*sentence_bounds(text, 0, 3))] == "Eerste zin."
    assert text[slice(*sentence_bounds(text, len(text) - 3, len(text)))] == "Vierde."


def test_locate_trusts_matching_offsets_and_recovers_shifted_ones() -> None:
    article = Article(id="a", text="Rebels shelled Goma. Rebels retreated.")
    exact = Evidence(field="actor1", article_id="a", start=21, end=27, text="Rebels")
    assert locate(exact, article.text) == (21, 27)
    shifted = Evidence(field="sub_event_type", article_id="a", start=3, end=10, text="shelled")
    assert locate(shifted, article.text) == (7, 14)
    absent = Evidence(field="location", article_id="a", start=0, end=4, text="Bukavu")
    assert locate(absent, article.text) is None


# ---- in the browser: file://, network blocked ------------------------------------------------


@pytest.mark.browser
def test_map_file_shows_markers_offline_in_chromium(data: Sample, tmp_path) -> None:
    require_chromium()
    from playwright.sync_api import expect

    target = tmp_path / "map.html"
    target.write_text(render_map(data.events, articles=data.articles), encoding="utf-8")
    placed = [e for e in data.events if e.latitude is not None]
    requests: list[str] = []
    with chromium_page(1100, 720) as page:

        def block_network(route) -> None:  # type: ignore[no-untyped-def]
            requests.append(route.request.url)
            if route.request.url == target.as_uri():
                route.continue_()
            else:
                route.abort()

        page.context.route("**/*", block_network)
        page.goto(target.as_uri())
        expect(page.locator("#ec-count")).to_contain_text(f"{len(placed)} events")
        # One marker per located event (two share Nairobi and sit in one cluster).
        assert page.evaluate("window.eventcoderMap.markers.length") == len(placed)
        assert page.evaluate("window.eventcoderMap.cluster.getLayers().length") == len(placed)
        expect(page.locator(".ec-cluster")).to_have_count(1)
        # (the legend draws its size key with the same marker style: count the map's own)
        expect(page.locator(".leaflet-marker-pane .ec-marker")).to_have_count(len(placed) - 2)
        # every marker and the cluster are named by their place
        labels = page.locator(".leaflet-tooltip.ec-place-label").all_inner_texts()
        assert sorted(labels) == sorted(
            e.location for e in placed if "Nairobi" not in (e.location or "")
        )
        expect(page.locator(".ec-cluster .ec-cluster-label")).to_contain_text("Nairobi")
        expect(
            page.locator("path.leaflet-interactive, .leaflet-overlay-pane path").nth(100)
        ).to_be_attached()

        kunduz = next(e for e in data.events if e.actor1 == "Taliban")
        page.locator(f'.ec-marker[data-event-id="{kunduz.event_id}"]').click()
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text("Battles · Armed clash")
        expect(popup).to_contain_text("Taliban vs Police Forces of Afghanistan")
        expect(popup).to_contain_text("2019-08-31")
        expect(popup).to_contain_text("16")
        expect(popup).to_contain_text("Example Wire")
        marked = popup.locator("mark.ec-evidence").all_inner_texts()
        assert sorted(marked) == sorted(ev.text for ev in kunduz.evidence)
        shot = tmp_path / "map.png"
        page.screenshot(path=str(shot))
        assert page.errors == []  # type: ignore[attr-defined]
    assert requests == [target.as_uri()], "map.html must make no request but its own"
    png = shot.read_bytes()
    assert distinct_colours(png) > 200
    assert colour_present(png, (214, 39, 40))  # the Battles marker's red


def test_far_apart_sentences_are_joined_with_a_gap() -> None:
    text = "Militants stormed a base. The army said little. Later, 4 soldiers died of wounds."
    article = Article(id="a", text=text)

    def ev(field: str, words: str) -> Evidence:
        start = text.index(words)
        return Evidence(
            field=field, article_id="a", start=start, end=start + len(words), text=words
        )

    event = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        evidence=[ev("sub_event_type", "stormed"), ev("fatalities", "4 soldiers died")],
    )
    sentence = evidence_sentence(event, {"a": article})
    assert sentence is not None
    assert sentence.text == "Militants stormed a base. … Later, 4 soldiers died of wounds."
    assert [sentence.text[h.start : h.end] for h in sentence.spans] == [
        "stormed",
        "4 soldiers died",
    ]


def test_articles_for_fetches_each_quoted_article_once(data: Sample) -> None:
    by_id = {a.id: a for a in data.articles}
    asked: list[str] = []

    def get_article(article_id: str) -> Article | None:
        asked.append(article_id)
        return by_id.get(article_id)

    found = articles_for(data.events, get_article)
    assert sorted(asked) == sorted(set(asked))
    assert set(found) == {e.evidence[0].article_id for e in data.events}
    with_lookup = render_map(data.events, articles=found)
    assert with_lookup == render_map(data.events, articles=data.articles)
