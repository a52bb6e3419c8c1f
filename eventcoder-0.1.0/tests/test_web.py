"""The web page end to end in headless Chromium (Debian's), served by uvicorn on loopback.

Every request that leaves the test server is blocked, so the page is proven to work offline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from eventcoder.serve import create_app
from eventcoder.serve.assets import VENDOR_FILES
from eventcoder.serve.pages import STATIC_FILES
from test_api_data import Sample, filled_store, sample
from test_web_support import chromium_page, colour_present, distinct_colours, live_server
from test_web_support import require_chromium as _require_chromium


@pytest.fixture(scope="module")
def data() -> Sample:
    return sample()


@pytest.fixture(scope="module")
def app(data: Sample):  # type: ignore[no-untyped-def]
    store = filled_store(data)
    yield create_app(store)
    store.close()


# ---- the page as served (no browser) --------------------------------------------------------


def test_page_loads_nothing_from_outside_the_app(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert refs and all(ref.startswith("/") and not ref.startswith("//") for ref in refs)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    for ref in refs:
        assert client.get(ref).status_code == 200, ref


def test_only_whitelisted_files_are_served(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    for name in VENDOR_FILES:
        assert client.get(f"/vendor/{name}").status_code == 200
    for name in STATIC_FILES:
        assert client.get(f"/static/{name}").status_code == 200
    for bad in ("/vendor/package.json", "/static/..%2F..%2Fapp.py", "/vendor/%2E%2E%2Fleaflet"):
        assert client.get(bad).status_code == 404, bad


def test_tile_layer_only_when_configured(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    page = client.get("/")
    assert '"tileUrl":null' in page.text
    assert "tile.example.org" not in page.headers["content-security-policy"]
    monkeypatch.setenv("EVENTCODER_TILE_URL", "https://tile.example.org/{z}/{x}/{y}.png")
    page = client.get("/")
    assert "https://tile.example.org/{z}/{x}/{y}.png" in page.text
    assert (
        "img-src 'self' data: https://tile.example.org" in page.headers["content-security-policy"]
    )


# ---- in the browser --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def base_url(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    _require_chromium()
    with live_server(app) as url:
        yield url


def week_of(day: str) -> date:
    d = date.fromisoformat(day)
    return d - timedelta(days=d.weekday())


@pytest.mark.browser
def test_web_page_end_to_end(base_url: str, data: Sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    outside: list[str] = []
    with chromium_page() as page:

        def only_local(route) -> None:  # type: ignore[no-untyped-def]
            if route.request.url.startswith(base_url):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", only_local)
        page.goto(base_url + "/")
        status = page.locator("#status")
        rows = page.locator("#events-table tbody tr")
        total = len(data.events)
        placed = [e for e in data.events if e.latitude is not None]

        # All events load: table rows, markers (two share Nairobi: a cluster), weekly bars.
        expect(rows).to_have_count(total)
        assert f"{total} of {total} events" in status.inner_text()
        assert page.evaluate("Object.keys(window.eventcoderPage.markers()).length") == len(placed)
        page.wait_for_selector(".ec-cluster")
        weeks = {week_of(e.date_start) for e in data.events if e.date_start}
        assert page.locator(".tl-bar").count() == len(weeks)
        # Natural Earth borders are drawn (one SVG path per country).
        expect(page.locator("#map path").nth(100)).to_be_attached()

        # Colour by event type, size by fatalities (16 dead vs none).
        kunduz = next(e for e in data.events if e.actor1 == "Taliban")
        utrecht = next(e for e in data.events if e.location == "Utrecht")
        big = page.locator(f'.ec-marker[data-event-id="{kunduz.event_id}"]')
        small = page.locator(f'.ec-marker[data-event-id="{utrecht.event_id}"]')
        colour = "el => getComputedStyle(el).backgroundColor"
        assert big.evaluate(colour) == "rgb(214, 39, 40)"  # Battles
        assert small.evaluate(colour) == "rgb(44, 160, 44)"  # Protests
        assert big.bounding_box()["width"] > small.bounding_box()["width"] + 8

        # Filter by type, by country, by actor.
        page.select_option("#f-type", "Riots")
        expect(status).to_contain_text("1 of 1 events")
        assert page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts() == ["Riots"]
        page.click("#f-reset")
        page.select_option("#f-country", "Kenya")
        expect(status).to_contain_text("2 of 2 events")
        page.click("#f-reset")
        page.fill("#f-actor", "taliban")
        page.press("#f-actor", "Enter")
        expect(status).to_contain_text("1 of 1 events")

        # Click the marker: the panel shows the article with every evidence span highlighted.
        page.locator(f'.ec-marker[data-event-id="{kunduz.event_id}"]').click()
        page.wait_for_selector("#panel mark.ec-evidence")
        marked = page.locator("#panel mark.ec-evidence").all_inner_texts()
        assert sorted(marked) == sorted(ev.text for ev in kunduz.evidence)
        assert "Sixteen police officers were killed" in marked
        assert page.locator("#panel h2").inner_text().startswith("Battles")
        assert (
            page.locator(f'.ec-marker.ec-selected[data-event-id="{kunduz.event_id}"]').count() == 1
        )
        shot = tmp_path / "web-page.png"
        page.screenshot(path=str(shot))

        # A hostile article is shown as text: its markup neither renders nor runs.
        page.click("#f-reset")
        expect(rows).to_have_count(total)
        page.locator("#events-table tbody tr", has_text="Mob violence").click()
        page.wait_for_selector("#panel .article-text")
        assert (
            "<script>window.__pwned = 1</script>"
            in page.locator("#panel .article-text").inner_text()
        )
        assert page.locator("#panel script, #panel img, #panel b").count() == 0
        assert page.evaluate("window.__pwned") is None

        # Brush the timeline over its first bar only: the table keeps that week's events.
        first_week = min(weeks)
        bar = page.locator(f'.tl-bar[data-week="{first_week.isoformat()}"]').bounding_box()
        page.mouse.move(bar["x"] + 1, bar["y"] + 5)
        page.mouse.down()
        page.mouse.move(bar["x"] + bar["width"] - 1, bar["y"] + 10, steps=4)
        page.mouse.up()
        week_end = first_week + timedelta(days=6)
        in_week = [
            e for e in data.events
            if e.date_start and date.fromisoformat(e.date_start) <= week_end
            and date.fromisoformat(e.date_end or e.date_start) >= first_week
        ]  # fmt: skip
        expect(rows).to_have_count(len(in_week))
        assert len(in_week) < total
        assert page.locator("#brush-label").inner_text().startswith(first_week.isoformat())
        page.click("#brush-clear")
        expect(rows).to_have_count(total)

        assert page.errors == []  # type: ignore[attr-defined]
    assert outside == [], f"the page tried to reach outside the app: {outside}"

    png = shot.read_bytes()
    assert distinct_colours(png) > 200  # borders, sea, markers, text: far from blank
    assert colour_present(png, (214, 39, 40))  # the Battles marker's red


def test_missing_assets_are_a_503_naming_the_set_up(app, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventcoder.serve import assets

    monkeypatch.setenv("EVENTCODER_WEB_ASSETS", str(tmp_path))
    assets.vendor_text.cache_clear()
    try:
        response = TestClient(app).get("/vendor/leaflet.js")
    finally:
        assets.vendor_text.cache_clear()
    assert response.status_code == 503
    assert "npm ci --prefix web" in response.json()["detail"]
