"""The bundled sample as a new user meets it: `eventcoder sample`, its events and its map.

The sample merges the Dutch seed with an English paraphrase of the same facts. Merged, it must
still be what an analyst codes from the seed alone: two armed clashes, Kunduz on a range that
holds Saturday 31 August 2019 with 16 dead, Pul-e Khumri with its toll unknown and the
Taliban's claim kept apart. Its map must answer the seed's last sentence ("De steden waar dit
weekend gevochten is, liggen dicht bij elkaar"): both towns visible, apart and named at first
view, in the standalone file and in the served page.

Screenshots of the first view are kept as test artefacts in ``tests/artifacts/`` (ignored by
git): ``sample-map.png`` (map.html from file://) and ``sample-web.png`` (the served page).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventcoder.cli import SAMPLE_DIR, app
from test_web_support import (
    chromium_page,
    colour_present,
    distinct_colours,
    live_server,
    require_chromium,
)

ARTIFACTS = Path(__file__).parent / "artifacts"
KUNDUZ, PUL_E_KHUMRI = 1135689, 1130490
BATTLES_RED = (214, 39, 40)


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    result = CliRunner().invoke(app, ["sample", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def events(sample_out: Path) -> dict[int, dict[str, Any]]:
    lines = (sample_out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) == 2, [(r["location"], r["sub_event_type"]) for r in records]
    return {r["geonameid"]: r for r in records}


def _days(record: dict[str, Any]) -> tuple[date, date]:
    return date.fromisoformat(record["date_start"]), date.fromisoformat(record["date_end"])


def test_the_merged_sample_is_two_armed_clashes_as_the_seed_tells_them(events) -> None:
    assert set(events) == {KUNDUZ, PUL_E_KHUMRI}
    sample_ids = {path.stem for path in SAMPLE_DIR.iterdir()}
    assert len(sample_ids) == 2
    for record in events.values():
        assert (record["event_type"], record["sub_event_type"]) == ("Battles", "Armed clash")
        assert record["actor1"] == "Taliban" and record["inter1"] == 2
        assert record["inter2"] == 1  # the state's forces, never the other way round
        assert len(record["article_ids"]) == 2, "both reports merged into each event"


def test_kunduz_keeps_saturday_31_august_and_its_16_dead(events) -> None:
    kunduz = events[KUNDUZ]
    start, end = _days(kunduz)
    assert start <= date(2019, 8, 31) <= end  # the day of the attack stays inside
    assert end <= date(2019, 9, 30)  # and no day the reports do not allow
    assert kunduz["time_precision"] == 3  # the seed gives only a month: no day is certain
    assert kunduz["fatalities"] == 16
    assert "NATO" in (kunduz["assoc_actor_2"] or "")


def test_pul_e_khumri_toll_unknown_and_the_claim_kept_apart(events) -> None:
    pul = events[PUL_E_KHUMRI]
    assert pul["fatalities"] is None  # "Er is nog niet bekend of er slachtoffers zijn gevallen"
    claims = pul["fatalities_claimed"]
    assert claims and all(c["claimant"] == "Taliban" for c in claims)
    start, end = _days(pul)
    assert start <= date(2019, 9, 1) <= end  # Sunday 1 September


# ---- the map tells the story: both towns visible, apart and named at first view -------------


def _box_inside(box: dict[str, float], frame: dict[str, float]) -> bool:
    return (
        box["x"] >= frame["x"]
        and box["y"] >= frame["y"]
        and box["x"] + box["width"] <= frame["x"] + frame["width"]
        and box["y"] + box["height"] <= frame["y"] + frame["height"]
    )


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def _centre(box: dict[str, float]) -> tuple[float, float]:
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _check_first_view(page: Any, events: dict[int, dict[str, Any]], map_js: str) -> None:
    """Both towns are markers (not one cluster), inside the map, apart, each named by a label
    beside it that overlaps neither the other label nor the legend; admin1 names shown."""
    from playwright.sync_api import expect

    frame = page.locator("#map").bounding_box()
    markers = page.locator(".ec-marker[data-event-id]")
    expect(markers).to_have_count(2)
    expect(page.locator(".leaflet-marker-pane .ec-cluster")).to_have_count(0)
    legend = page.locator(".ec-legend").bounding_box()
    boxes = {}
    for geonameid, record in events.items():
        marker = page.locator(f'.ec-marker[data-event-id="{record["event_id"]}"]')
        box = marker.bounding_box()
        assert box is not None and _box_inside(box, frame), record["location"]
        assert not _overlap(box, legend), f"{record['location']} is hidden by the legend"
        boxes[geonameid] = box
    (x1, y1), (x2, y2) = (_centre(b) for b in boxes.values())
    assert math.hypot(x2 - x1, y2 - y1) > 100, "100 km apart must be apart on screen"

    labels = page.locator(".leaflet-tooltip.ec-place-label")
    expect(labels).to_have_count(2)
    label_boxes = {}
    for geonameid, record in events.items():
        label = labels.filter(has_text=record["location"])
        expect(label).to_be_visible()
        box = label.bounding_box()
        assert _box_inside(box, frame) and not _overlap(box, legend)
        # beside its own marker: closer to it than to the other town's
        own = _centre(boxes[geonameid])
        other = _centre(next(b for g, b in boxes.items() if g != geonameid))
        centre = _centre(box)
        assert math.dist(centre, own) < math.dist(centre, other)
        label_boxes[geonameid] = box
    assert not _overlap(*label_boxes.values())
    assert {r["location"] for r in events.values()} == {"Kunduz", "Pul-e Khumri"}

    regions = page.locator(".ec-region-label")
    assert sorted(regions.all_text_contents()) == sorted({r["admin1"] for r in events.values()})
    expect(regions.first).to_be_visible()

    legend_text = page.locator(".ec-legend").inner_text()
    for words in ("Colour: event type", "Battles", "Size: people killed", "not reported",
                  "zoom in or click to split"):  # fmt: skip
        assert words in legend_text

    # Clusters split on zoom: zoomed out the two towns are one named cluster, back in two.
    zoom = page.evaluate(f"{map_js}.getZoom()")
    assert zoom >= 7
    page.evaluate(f"{map_js}.setZoom(4, {{animate: false}})")
    cluster = page.locator(".leaflet-marker-pane .ec-cluster")
    expect(cluster).to_have_count(1)
    expect(cluster).to_contain_text("2")
    label = cluster.locator(".ec-cluster-label")
    expect(label).to_contain_text("Kunduz")
    expect(label).to_contain_text("Pul-e Khumri")
    page.evaluate(f"{map_js}.setZoom({zoom}, {{animate: false}})")
    expect(markers).to_have_count(2)
    expect(page.locator(".leaflet-marker-pane .ec-cluster")).to_have_count(0)


def _keep(shot: Path) -> Path:
    """Copy a screenshot to tests/artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    kept = ARTIFACTS / shot.name
    kept.write_bytes(shot.read_bytes())
    return kept


@pytest.mark.browser
def test_sample_map_names_both_towns_at_first_view(sample_out: Path, events, tmp_path) -> None:
    require_chromium()
    target = sample_out / "map.html"
    width, height = 1100, 720
    requests: list[str] = []
    shot = tmp_path / "sample-map.png"
    with chromium_page(width, height) as page:

        def block_network(route) -> None:  # type: ignore[no-untyped-def]
            requests.append(route.request.url)
            if route.request.url == target.as_uri():
                route.continue_()
            else:
                route.abort()

        page.context.route("**/*", block_network)
        page.goto(target.as_uri())
        page.screenshot(path=str(shot))  # the first view, before anything is touched
        _check_first_view(page, events, "window.eventcoderMap.map")
        assert page.errors == []  # type: ignore[attr-defined]
    assert requests == [target.as_uri()], "map.html must make no request but its own"
    png = _keep(shot).read_bytes()
    assert distinct_colours(png) > 100
    assert colour_present(png, BATTLES_RED)


@pytest.fixture()
def served_sample(sample_out: Path) -> Iterator[str]:
    from eventcoder.serve import create_app
    from eventcoder.store import open_store

    store = open_store(sample_out / "eventcoder.duckdb", read_only=True)
    try:
        with live_server(create_app(store)) as url:
            yield url
    finally:
        store.close()


@pytest.mark.browser
def test_served_page_names_both_towns_at_first_view(served_sample: str, events, tmp_path) -> None:
    require_chromium()
    from playwright.sync_api import expect

    width, height = 1280, 820
    shot = tmp_path / "sample-web.png"
    outside: list[str] = []
    with chromium_page(width, height) as page:

        def only_local(route) -> None:  # type: ignore[no-untyped-def]
            if route.request.url.startswith(served_sample):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", only_local)
        page.goto(served_sample + "/")
        expect(page.locator("#events-table tbody tr")).to_have_count(2)
        expect(page.locator("#map path").nth(100)).to_be_attached()  # the borders
        page.screenshot(path=str(shot))
        _check_first_view(page, events, "window.eventcoderPage.map")
        assert page.errors == []  # type: ignore[attr-defined]
    assert outside == []
    png = _keep(shot).read_bytes()
    assert colour_present(png, BATTLES_RED)
