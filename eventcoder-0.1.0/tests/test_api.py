"""The REST API over the real store, DuckDB and PostgreSQL: filters, pages, errors, POST."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from eventcoder.records import ACLED_TYPES, SUB_EVENT_TO_TYPE, Event, Evidence
from eventcoder.serve import create_app
from test_api_data import Sample, filled_store, sample


@pytest.fixture
def data() -> Sample:
    return sample()


@pytest.fixture
def store(data: Sample, store_url: str):  # type: ignore[no-untyped-def]
    """Each back end in turn (conftest's store_url): DuckDB, and PostgreSQL where one runs."""
    store = filled_store(data, store_url)
    yield store
    store.close()


@pytest.fixture
def client(store) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(create_app(store))


def ids(response) -> set[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


def expected(data: Sample, keep) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.event_id for e in data.events if keep(e)}


# ---- listing, filters, sorting, pages -------------------------------------------------------


def test_list_returns_every_stored_event_as_a_valid_record(client: TestClient, data: Sample):
    body = client.get("/events").json()
    assert body["total"] == len(data.events) == body["count"]
    for record in body["events"]:
        event = Event.model_validate(record)
        assert event.sub_event_type in ACLED_TYPES[event.event_type]
        assert "place_candidates" not in record


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"event_type": "Riots"}, lambda e: e.event_type == "Riots"),
        ({"sub_event_type": "Arrests"}, lambda e: e.sub_event_type == "Arrests"),
        ({"country": "Kenya"}, lambda e: e.country == "Kenya"),
        ({"country": "ken"}, lambda e: e.iso3 == "KEN"),
        ({"admin1": "Utrecht"}, lambda e: e.admin1 == "Utrecht"),
        ({"actor": "taliban"}, lambda e: "Taliban" in (e.actor1 or "")),
        ({"min_fatalities": 1}, lambda e: (e.fatalities or 0) >= 1),
        ({"text": "utrecht"}, lambda e: e.location == "Utrecht"),
        (
            {"bbox": "-10,35,30,60"},  # Europe
            lambda e: (
                e.latitude is not None and -10 <= e.longitude <= 30 and 35 <= e.latitude <= 60
            ),
        ),
        (
            # An event known only to the month overlaps any window inside that month.
            {"date_from": "2019-09-15", "date_to": "2019-09-25"},
            lambda e: e.date_start <= "2019-09-25" and e.date_end >= "2019-09-15",
        ),
        (
            {"country": "Kenya", "event_type": "Riots"},
            lambda e: e.country == "Kenya" and e.event_type == "Riots",
        ),
    ],
)
def test_filters_select_exactly_the_matching_events(client, data, params, keep):
    want = expected(data, keep)
    assert want, "the sample must hold a matching event for the test to mean anything"
    assert want != expected(data, lambda e: True), "the filter must exclude something"
    response = client.get("/events", params=params)
    assert ids(response) == want
    assert response.json()["total"] == len(want)


def test_bbox_crossing_the_antimeridian_wraps(client: TestClient, data: Sample):
    # From 170°E eastwards across 180° to 40°E: Nairobi and Kunduz, not Utrecht.
    got = ids(client.get("/events", params={"bbox": "170,-60,40,60"}))
    assert got == expected(data, lambda e: e.longitude is not None and e.longitude <= 40)


def test_pages_cover_all_events_once_in_sort_order(client: TestClient, data: Sample):
    seen: list[str] = []
    for offset in range(0, len(data.events) + 2, 2):
        body = client.get("/events", params={"limit": 2, "offset": offset}).json()
        assert body["total"] == len(data.events)
        assert body["count"] == len(body["events"]) <= 2
        seen += [e["event_id"] for e in body["events"]]
    assert sorted(seen) == sorted(e.event_id for e in data.events)


def test_sort_by_fatalities_descending_puts_the_deadliest_first(client, data):
    body = client.get("/events", params={"sort": "-fatalities"}).json()
    known = [e["fatalities"] for e in body["events"] if e["fatalities"] is not None]
    assert known == sorted(known, reverse=True)
    assert body["events"][0]["fatalities"] == max(e.fatalities or 0 for e in data.events)


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "1,2,3"},
        {"bbox": "a,b,c,d"},
        {"bbox": "0,-95,10,10"},
        {"bbox": "0,20,10,10"},
        {"bbox": "200,0,210,10"},
        {"event_type": "Fights"},
        {"sub_event_type": "Arrests", "event_type": "Riots"},
        {"date_from": "2019-10-01", "date_to": "2019-09-01"},
        {"date_from": "01/09/2019"},
        {"limit": 0},
        {"limit": 100_000},
        {"offset": -1},
        {"min_fatalities": -1},
        {"sort": "actor1; DROP TABLE events"},
        {"format": "xml"},
    ],
)
def test_bad_parameters_get_a_422_that_says_why(client: TestClient, params):
    response = client.get("/events", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_query_values_are_data_not_sql(client: TestClient, data: Sample):
    response = client.get("/events", params={"actor": "' OR 1=1 --"})
    assert response.status_code == 200
    assert response.json()["total"] == 0
    assert client.get("/events").json()["total"] == len(data.events)


# ---- GeoJSON ---------------------------------------------------------------------------------


def check_feature_collection(body: dict) -> None:
    """The RFC 7946 rules a consumer relies on."""
    assert body["type"] == "FeatureCollection"
    assert isinstance(body["features"], list)
    for feature in body["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is None:
            continue
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert math.isfinite(lon) and math.isfinite(lat)
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.parametrize(
    ("params", "headers"),
    [({"format": "geojson"}, {}), ({}, {"Accept": "application/geo+json"})],
)
def test_geojson_by_parameter_or_accept_header(client, data, params, headers):
    response = client.get("/events", params=params, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    check_feature_collection(body)
    assert body["numberMatched"] == len(data.events) == body["numberReturned"]
    by_id = {e.event_id: e for e in data.events}
    for feature in body["features"]:
        event = by_id[feature["id"]]
        if event.latitude is None:
            assert feature["geometry"] is None
        else:  # GeoJSON order is longitude, latitude
            assert feature["geometry"]["coordinates"] == [event.longitude, event.latitude]
        assert feature["properties"]["event_type"] == event.event_type


def test_geojson_honours_filters_and_pages(client: TestClient):
    body = client.get(
        "/events", params={"format": "geojson", "country": "Kenya", "limit": 1}
    ).json()
    check_feature_collection(body)
    assert body["numberMatched"] == 2 and body["numberReturned"] == 1


# ---- one event, one article -----------------------------------------------------------------


def test_event_has_its_sources_and_evidence_that_points_into_the_article(client, data):
    for event in data.events:
        body = client.get(f"/events/{event.event_id}").json()
        assert [s["id"] for s in body["sources"]] == event.article_ids
        assert "text" not in body["sources"][0]
        evidence = [Evidence.model_validate(e) for e in body["evidence"]]
        assert evidence
        for item in evidence:
            article = client.get(f"/articles/{item.article_id}").json()
            assert article["text"][item.start : item.end] == item.text


def test_article_lists_the_events_it_reported(client: TestClient, data: Sample):
    body = client.get("/articles/art-hostile").json()
    assert sorted(body["event_ids"]) == sorted(
        expected(data, lambda e: "art-hostile" in e.article_ids)
    )


@pytest.mark.parametrize(
    "path", ["/events/NOPE", "/articles/NOPE", "/articles/art-kabul?event_id=NOPE"]
)
def test_unknown_ids_are_404(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 404
    assert "NOPE" in response.json()["detail"]


def test_article_html_escapes_the_text_and_marks_the_evidence(client: TestClient):
    response = client.get(
        "/articles/art-hostile", params={"format": "html", "event_id": "EV-NAIROBI"}
    )
    assert response.status_code == 200
    page = response.text
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert '<mark title="sub_event_type">clashed</mark>' in page
    assert "default-src 'none'" in response.headers["content-security-policy"]


# ---- POST /articles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"text": ""},
        {"text": "   \n  "},
        {"text": 42},
        {"text": "ok", "published": "2019-13"},
        {"text": "ok", "published": "2019-02-30"},
        {"text": "ok", "published": "yesterday"},
        {"text": "ok", "url": "javascript:alert(1)"},
        {"text": "ok", "language": "Dutch"},
    ],
)
def test_post_rejects_bad_articles_with_422(client: TestClient, payload):
    response = client.post("/articles", json=payload)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_post_rejects_a_body_that_is_not_json(client: TestClient):
    response = client.post(
        "/articles", content=b"\xff\xfe not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422)
    assert response.json()["detail"]


def coded_by_keyword(article):  # type: ignore[no-untyped-def]
    """A stand-in coder: one protest per article whose text says 'protest' (API wiring only)."""
    start = article.text.find("protest")
    if start < 0:
        return []
    span = Evidence(
        field="sub_event_type", article_id=article.id, start=start, end=start + 7, text="protest"
    )
    return [
        Event(
            event_type="Protests",
            sub_event_type="Peaceful protest",
            evidence=[span],
            article_ids=[article.id],
        )
    ]


def test_post_codes_stores_and_ignores_a_repeat(client, store, monkeypatch):
    import eventcoder.pipeline

    monkeypatch.setattr(eventcoder.pipeline, "code_article", coded_by_keyword)
    before = client.get("/events").json()["total"]
    payload = {
        "text": "Hundreds joined a protest in Leiden.",
        "published": "2019-10",
        "source": "X",
    }
    first = client.post("/articles", json=payload)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["added"] is True and len(body["stored_event_ids"]) == 1
    article = client.get(f"/articles/{body['article_id']}").json()
    assert article["text"] == payload["text"]
    assert article["published_precision"] == "month" and article["origin"] == "api"
    assert client.get("/events").json()["total"] == before + 1
    stored = client.get(f"/events/{body['stored_event_ids'][0]}").json()
    assert stored["sources"][0]["id"] == body["article_id"]

    again = client.post("/articles", json=payload)
    assert again.status_code == 200
    assert again.json()["added"] is False
    assert again.json()["stored_event_ids"] == body["stored_event_ids"]
    assert client.get("/events").json()["total"] == before + 1


def test_post_reports_a_coding_failure_without_storing(client, store, monkeypatch):
    import eventcoder.pipeline

    def broken(article):  # type: ignore[no-untyped-def]
        raise ValueError("no language pack for xx")

    monkeypatch.setattr(eventcoder.pipeline, "code_article", broken)
    response = client.post("/articles", json={"text": "Tekst.", "language": "xx"})
    assert response.status_code == 422
    assert "no language pack for xx" in response.json()["detail"]
    assert client.get("/stats").json()["articles"] == 4


# ---- stats and docs --------------------------------------------------------------------------


def test_stats_count_what_the_events_endpoint_returns(client: TestClient):
    events = client.get("/events", params={"limit": 5000}).json()["events"]
    stats = client.get("/stats").json()
    assert stats["events"] == len(events)
    assert stats["by_event_type"] == dict(Counter(e["event_type"] for e in events))
    assert sum(stats["by_week"].values()) <= len(events)


def test_openapi_documents_every_endpoint(client: TestClient):
    spec = client.get("/openapi.json").json()
    assert {
        "/events",
        "/events/{event_id}",
        "/articles",
        "/articles/{article_id}",
        "/stats",
    } <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert {"bbox", "date_from", "event_type", "actor", "limit", "offset", "sort"} <= params
    assert client.get("/docs").status_code == 200


def test_event_type_enums_are_acled_spelling(client: TestClient):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/events"]["get"]["parameters"]}
    schema = str(params["sub_event_type"]["schema"])
    assert all(sub in schema for sub in SUB_EVENT_TO_TYPE)


@pytest.mark.slow
def test_post_with_the_real_pipeline_stores_what_it_coded(client: TestClient, store) -> None:
    """The whole path: text in, coded by eventcoder.pipeline, merged into the store, served."""
    text = (
        "Taliban fighters attacked a police checkpoint on Saturday, killing five police "
        "officers, the provincial governor's spokesman said."
    )
    response = client.post(
        "/articles", json={"text": text, "published": "2019-09-07", "language": "en"}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] is True
    assert len(body["stored_event_ids"]) == len(body["events"])
    article = client.get(f"/articles/{body['article_id']}").json()
    assert article["text"] == text and article["published_precision"] == "day"
    for coded, stored_id in zip(body["events"], body["stored_event_ids"], strict=True):
        stored = client.get(f"/events/{stored_id}").json()
        assert body["article_id"] in [s["id"] for s in stored["sources"]]
        for item in coded["evidence"]:
            assert text[item["start"] : item["end"]] == item["text"]
    assert client.post("/articles", json={"text": text, "published": "2019-09-07"}).status_code in (
        200,
        201,
    )


def test_run_server_says_how_to_install_missing_assets(tmp_path, monkeypatch) -> None:
    from eventcoder.serve import WebAssetsMissing, run_server

    monkeypatch.setenv("EVENTCODER_WEB_ASSETS", str(tmp_path))
    with pytest.raises(WebAssetsMissing, match="npm ci --prefix web --no-audit --no-fund"):
        run_server(str(tmp_path / "never-created.duckdb"))
    assert not (tmp_path / "never-created.duckdb").exists()


def test_openapi_docs_are_served_without_a_network() -> None:
    from fastapi.testclient import TestClient

    from eventcoder.serve import create_app
    from eventcoder.store import open_store

    with open_store(":memory:") as store:
        client = TestClient(create_app(store))
        page = client.get("/docs")
        assert page.status_code == 200
        assert "cdn.jsdelivr.net" not in page.text and "unpkg.com" not in page.text
        script = next(
            part.split('"')[1] for part in page.text.split("src=")[1:] if ".js" in part
        )
        assert client.get(script).status_code == 200
        assert client.get("/openapi.json").json()["info"]["title"] == "eventcoder"
