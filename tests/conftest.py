"""Shared fixtures: stores on both back ends, and builders for sample articles and events.

The PostgreSQL store runs against a real server on loopback (EVENTCODER_TEST_PG_URL, default
postgresql://postgres@127.0.0.1:5432/test); each test gets its own schema, dropped afterwards.
Where no server answers, those tests skip and say why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Article, Event, Evidence, stable_event_id

PG_URL = os.environ.get("EVENTCODER_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
_RUN_TOKEN = uuid.uuid4().hex[:8]

# An incident the builders describe unless told otherwise: Taliban against police in Kunduz.
KUNDUZ: dict[str, Any] = {
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Taliban",
    "inter1": 2,
    "actor2": "Police Forces of Afghanistan",
    "inter2": 1,
    "interaction": 12,
    "country": "Afghanistan",
    "iso3": "AFG",
    "admin1": "Kunduz",
    "location": "Kunduz",
    "latitude": 36.72895,
    "longitude": 68.85700,
    "geo_precision": 1,
    "geonameid": 1135689,
    "event_date": "2019-09-07",
    "date_start": "2019-09-07",
    "date_end": "2019-09-07",
    "time_precision": 1,
    "language": "en",
    "confidence": 0.6,
}


def build_article(text: str, article_id: str | None = None, **fields: Any) -> Article:
    """An article with a content-derived id unless one is given."""
    return Article(id=article_id or Article.make_id(text, fields.get("url")), text=text, **fields)


def build_event(
    article: Article | None = None,
    spans: dict[str, str] | None = None,
    **fields: Any,
) -> Event:
    """A Kunduz-like event; ``spans`` maps fields to words found in the article (evidence)."""
    values = {**KUNDUZ, **fields}
    if article is not None:
        values.setdefault("article_ids", [article.id])
        values.setdefault("language", article.language)
        values.setdefault("source", article.source)
        evidence = []
        for field, words in (spans or {}).items():
            start = article.text.index(words)
            evidence.append(
                Evidence(
                    field=field,
                    article_id=article.id,
                    start=start,
                    end=start + len(words),
                    text=words,
                )
            )
        values.setdefault("evidence", evidence)
        anchor = evidence[0].start if evidence else 0
        values.setdefault(
            "event_id",
            stable_event_id(article.id, values["event_type"], values["sub_event_type"], anchor),
        )
    return Event(**values)


@pytest.fixture()
def make_article() -> Callable[..., Article]:
    return build_article


@pytest.fixture()
def make_event() -> Callable[..., Event]:
    return build_event


def _pg_reachable() -> str | None:
    """None if the test server answers, else why not."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a pinned dependency
        return f"psycopg not installed: {exc}"
    try:
        with psycopg.connect(PG_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:
        return f"no PostgreSQL server at {PG_URL}: {type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The test server's URL; skips (with the reason) where none answers."""
    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    return PG_URL


def _drop_schema(schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty store of each kind: a DuckDB file, or a fresh PostgreSQL schema."""
    if request.param == "duckdb":
        yield str(tmp_path / "events.duckdb")
        return
    request.getfixturevalue("pg_server")
    schema = f"ectest_{_RUN_TOKEN}_{uuid.uuid4().hex[:8]}"
    yield f"{PG_URL}?schema={schema}"
    _drop_schema(schema)


@pytest.fixture()
def store(store_url: str) -> Iterator[Any]:
    """An open, empty store of each kind, closed after the test."""
    from eventcoder.store import open_store

    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


def resolve_names(gc: Any, text: str, *names: str, infer: bool = False) -> Any:
    """Resolve ``names`` told in this order in an English ``text`` (each found after the one
    before), as the geocoder resolves an article's toponyms."""
    from eventcoder.records import PlaceMention

    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(PlaceMention(text=name, start=start, end=start + len(name)))
        pos = start + len(name)
    return gc.resolve_mentions(text, out, lang="en", infer=infer)


def load_script(name: str, folder: str = "scripts") -> Any:
    """A script of ``scripts/`` (or ``gold/``; not a package) imported as a module, for
    testing its functions."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / folder / f"{name}.py"
    if str(path.parent) not in sys.path:  # gold's scripts import each other
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(f"{folder}_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
