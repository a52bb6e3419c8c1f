"""No 500 from any input, on DuckDB and PostgreSQL alike; size limits; tokens and trusted hosts.

One NUL policy for both stores: a NUL (or a lone surrogate) in a filter, path id or text is a
422 everywhere, so the two back ends give the same answer.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from eventcoder.records import Event, Evidence
from eventcoder.serve import create_app
from eventcoder.serve.server import UnsafeServe, check_exposure, is_loopback
from test_api_data import filled_store, sample


@pytest.fixture
def store(store_url: str):  # type: ignore[no-untyped-def]
    """Each back end in turn (conftest's store_url), holding the API sample."""
    store = filled_store(sample(), store_url)
    yield store
    store.close()


@pytest.fixture
def client(store) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(create_app(store), raise_server_exceptions=False)


@pytest.fixture
def coder(monkeypatch):  # type: ignore[no-untyped-def]
    """A stand-in coder: one protest per article saying 'protest' (API wiring only)."""
    import eventcoder.pipeline

    def code(article):  # type: ignore[no-untyped-def]
        start = article.text.find("protest")
        if start < 0:
            return []
        span = Evidence(
            field="sub_event_type", article_id=article.id, start=start, end=start + 7,
            text="protest",
        )
        return [
            Event(
                event_type="Protests", sub_event_type="Peaceful protest", evidence=[span],
                article_ids=[article.id],
            )
        ]

    monkeypatch.setattr(eventcoder.pipeline, "code_article", code)


def stored_articles(client: TestClient) -> int:
    return client.get("/stats").json()["articles"]


# ---- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"offset": str(2**63)},
        {"offset": str(2**64 + 5)},
        {"offset": "-1"},
        {"offset": str(10**9 + 1)},
        {"offset": "1e3"},
        {"min_fatalities": str(2**31)},
        {"min_fatalities": str(2**63)},
        {"min_fatalities": "-1"},
        {"limit": "0"},
        {"limit": str(2**63)},
        {"bbox": "1e400,0,10,10"},
        {"bbox": "nan,0,10,10"},
        {"bbox": ",".join(["1"] * 200)},
        {"date_from": "99999-01-01"},
    ],
)
def test_out_of_range_numbers_are_422(client: TestClient, params):
    response = client.get("/events", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_the_largest_allowed_numbers_answer(client: TestClient):
    body = client.get(
        "/events", params={"offset": 10**9, "min_fatalities": 2**31 - 1, "limit": 5000}
    ).json()
    assert body["count"] == 0 and body["total"] == 0
    everything = client.get("/events", params={"offset": 0, "min_fatalities": 0}).json()
    assert everything["total"] > 0


# ---- NUL and lone surrogates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/events?country=Ken%00ya",
        "/events?admin1=%00",
        "/events?actor=Police%00",
        "/events?text=%00",
        "/events?event_type=Riots%00",
        "/events?%00=1",
        "/events/EV%00",
        "/articles/art%00",
        "/articles/art-kabul?event_id=EV%00",
    ],
)
def test_nul_anywhere_in_a_request_is_422_on_every_store(client: TestClient, path):
    response = client.get(path)
    assert response.status_code == 422, response.text
    assert "NUL" in response.json()["detail"]


@pytest.mark.parametrize("field", ["text", "title", "source", "url"])
@pytest.mark.parametrize("bad", ["\\ud800", "\\udfff", "\\u0000"])
def test_nul_or_a_lone_surrogate_in_a_posted_article_is_422(client, coder, field, bad):
    before = stored_articles(client)
    article = {"text": "A protest in Leiden.", "url": "https://example.org/a"}
    article[field] = article.get(field, "x") + "{BAD}"
    body = json.dumps(article).replace("{BAD}", bad).encode("ascii")
    response = client.post("/articles", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert any(field in error["loc"] for error in detail)
    assert stored_articles(client) == before


def test_a_422_echoes_at_most_a_short_excerpt(client: TestClient):
    response = client.post("/articles", json={"text": "x" * 50_000, "published": "someday"})
    assert response.status_code == 422
    assert len(response.content) < 2_000


def test_the_same_text_is_stored_the_same_on_every_store(client, coder):
    text = "Zaterdag protesteerden 200 mensen in Leiden. Ünïcödé — ✓ 🙂"
    response = client.post("/articles", json={"text": text, "title": "🙂 titel"})
    assert response.status_code == 201, response.text
    stored = client.get(f"/articles/{response.json()['article_id']}").json()
    assert stored["text"] == text and stored["title"] == "🙂 titel"


# ---- size ---------------------------------------------------------------------------------------


def test_an_article_over_the_limit_is_413_naming_the_limit(store, coder):
    client = TestClient(create_app(store, max_article_chars=100))
    before = stored_articles(client)
    response = client.post("/articles", json={"text": "protest " + "x" * 92})
    assert response.status_code == 201, response.text
    response = client.post("/articles", json={"text": "protest " + "y" * 93})
    assert response.status_code == 413
    assert "101 characters" in response.json()["detail"]
    assert "maximum article size is 100 characters" in response.json()["detail"]
    assert stored_articles(client) == before + 1


def test_the_shared_limit_applies_by_default(store, coder, monkeypatch):
    monkeypatch.setenv("EVENTCODER_MAX_CHARS", "50")
    client = TestClient(create_app(store))
    response = client.post("/articles", json={"text": "protest " * 10})
    assert response.status_code == 413 and "50 characters" in response.json()["detail"]


def test_a_huge_body_is_refused_before_it_is_parsed(store):
    client = TestClient(create_app(store, max_article_chars=10))
    response = client.post(
        "/articles", content=b"[" * 200_000, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "maximum article size 10 characters" in response.json()["detail"]


def test_a_body_without_a_length_is_411(store):
    client = TestClient(create_app(store))
    response = client.post(
        "/articles",
        content=iter([b'{"text": ', b'"a protest"}']),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 411


# ---- tokens, read-only servers, trusted hosts ---------------------------------------------------


def test_writes_need_the_token_when_one_is_set(store, coder):
    client = TestClient(create_app(store, token="s3cret-token"))
    before = stored_articles(client)
    payload = {"text": "Hundreds joined a protest in Leiden."}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret-token"}):
        response = client.post("/articles", json=payload, headers=headers)
        assert response.status_code == 401, response.text
        assert response.headers["www-authenticate"] == "Bearer"
    assert stored_articles(client) == before
    assert client.get("/events").status_code == 200  # reads need no token
    response = client.post(
        "/articles", json=payload, headers={"Authorization": "Bearer s3cret-token"}
    )
    assert response.status_code == 201, response.text
    assert stored_articles(client) == before + 1


def test_a_read_only_server_refuses_writes(store, coder):
    client = TestClient(create_app(store, writes=False))
    before = stored_articles(client)
    response = client.post("/articles", json={"text": "Hundreds joined a protest in Leiden."})
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert stored_articles(client) == before


def test_an_empty_token_is_refused():
    with pytest.raises(ValueError, match="empty"):
        create_app(None, token="  ")  # type: ignore[arg-type]


def test_trusted_hosts_turn_other_hosts_away(store):
    app = create_app(store, trusted_hosts=["events.example.org", "*.newsroom.example"])
    assert TestClient(app).get("/stats").status_code == 400
    for host in ("events.example.org", "map.newsroom.example"):
        assert TestClient(app, base_url=f"http://{host}").get("/stats").status_code == 200


def test_openapi_documents_the_token_and_the_limits(store):
    spec = TestClient(create_app(store)).get("/openapi.json").json()
    post = spec["paths"]["/articles"]["post"]
    assert post["security"] and {"401", "403", "413"} <= set(post["responses"])
    offset = next(p for p in spec["paths"]["/events"]["get"]["parameters"] if p["name"] == "offset")
    assert offset["schema"]["maximum"] == 10**9


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.5", False),
        ("newsroom.local", False),
    ],
)
def test_only_loopback_serves_writes_without_a_token(host, loopback):
    assert is_loopback(host) is loopback
    check_exposure(host, writes=False, token=None)
    check_exposure(host, writes=True, token="t")
    if loopback:
        check_exposure(host, writes=True, token=None)
    else:
        with pytest.raises(UnsafeServe, match="without a token"):
            check_exposure(host, writes=True, token=None)


def test_run_server_without_writes_opens_the_store_read_only(tmp_path, monkeypatch, coder):
    import uvicorn

    import eventcoder.serve.assets
    from eventcoder.serve import run_server

    db = str(tmp_path / "events.duckdb")
    filled_store(sample(), db).close()
    seen: dict[str, object] = {}

    def fake_run(app, **options):  # type: ignore[no-untyped-def]
        client = TestClient(app)
        seen["post"] = client.post("/articles", json={"text": "A protest."}).status_code
        seen["events"] = client.get("/events").json()["total"]
        from eventcoder.store import open_store

        with open_store(db, read_only=True):  # a second reader: the server holds no write lock
            seen["second_reader"] = True
        seen["options"] = options

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(eventcoder.serve.assets, "node_modules_dir", lambda: tmp_path)
    run_server(db, host="0.0.0.0", port=8123, writes=False)
    assert seen["post"] == 403 and seen["events"] == len(sample().events)
    assert seen["second_reader"] is True
    assert seen["options"] == {"host": "0.0.0.0", "port": 8123, "log_level": "info"}




@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
def test_a_lost_postgres_connection_is_503_not_500(store_url):
    store = filled_store(sample(), store_url)
    client = TestClient(create_app(store), raise_server_exceptions=False)
    assert client.get("/stats").status_code == 200
    store._conn.close()  # the server went away
    for path in ("/stats", "/events", "/events/EV-1"):
        response = client.get(path)
        assert response.status_code == 503, response.text
        assert "not available" in response.json()["detail"]


@pytest.mark.parametrize("depth", [500, 900, 5_000, 100_000])
@pytest.mark.parametrize("shape", ["[{}]", '{"text": {}}', '{"text": "a", "title": {}}'])
def test_deeply_nested_bodies_are_4xx(store, depth, shape):
    client = TestClient(create_app(store), raise_server_exceptions=False)
    nested = "[" * depth + "]" * depth
    body = shape.replace("{}", nested, 1) if shape != "[{}]" else nested
    response = client.post(
        "/articles", content=body.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422), response.text[:300]
    assert len(response.content) < 5_000


def test_a_body_of_many_errors_is_answered_briefly(store):
    client = TestClient(create_app(store), raise_server_exceptions=False)
    response = client.post("/articles", json=[{"text": i} for i in range(20_000)])
    assert response.status_code == 422
    assert len(response.content) < 10_000


def test_the_token_is_checked_before_the_body_is_read(store):
    client = TestClient(create_app(store, token="s3cret-token"), raise_server_exceptions=False)
    response = client.post(
        "/articles", content=b"{not json at all", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401
