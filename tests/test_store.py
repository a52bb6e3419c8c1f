"""The store, on DuckDB and on a real PostgreSQL server: the same tests for both."""

from __future__ import annotations

from datetime import date, timedelta

import pydantic
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from eventcoder.merge import merge_events
from eventcoder.store import AddResult, EventQuery, Store, open_store


def _kunduz_reports(make_article, make_event):
    wire = make_article("Taliban stormed Kunduz on Saturday, killing 16 police.", source="Wire")
    krant = make_article(
        "De Taliban vielen zaterdag Kunduz aan; 20 agenten gedood.", source="Krant", language="nl"
    )
    return [
        (wire, [make_event(wire, {"actor1": "Taliban", "fatalities": "16"}, fatalities=16)]),
        (krant, [make_event(krant, {"actor1": "Taliban", "fatalities": "20"}, fatalities=20)]),
    ]


def _utrecht(make_article, make_event, **fields):
    article = make_article(
        "Duizenden boeren demonstreerden dinsdag in Utrecht tegen het stikstofbeleid.",
        language="nl",
        source="Krant",
    )
    event = make_event(
        article,
        {"location": "Utrecht", "actor1": "boeren"},
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Netherlands)",
        inter1=6,
        actor2=None,
        inter2=None,
        country="Netherlands",
        iso3="NLD",
        admin1="Utrecht",
        location="Utrecht",
        latitude=52.09083,
        longitude=5.12222,
        geonameid=2745912,
        event_date="2019-10-01",
        date_start="2019-10-01",
        date_end="2019-10-01",
        fatalities=0,
        notes="Farmers protested against nitrogen policy in Utrecht.",
        **fields,
    )
    return article, [event]


def _counts(store: Store) -> tuple[int, int]:
    stats = store.stats()
    return stats["events"], stats["articles"]


def test_an_article_and_its_events_come_back(store, make_article, make_event):
    (wire, events), _ = _kunduz_reports(make_article, make_event)
    result = store.add_article(wire, events)
    assert result == AddResult(
        added=True, article_id=wire.id, event_ids=[events[0].event_id], created=1, merged=0
    )
    assert store.has_article(wire.id)
    assert not store.has_article("nope")
    assert store.article_ids() == frozenset({wire.id})
    assert store.get_article(wire.id) == wire
    assert store.get_article("nope") is None
    stored = store.get_event(result.event_ids[0])
    assert stored is not None
    assert stored.evidence == events[0].evidence
    assert stored.article_ids == [wire.id]
    assert stored.model_dump(exclude={"event_id"}) == events[0].model_dump(exclude={"event_id"})
    assert store.get_event("nope") is None
    assert store.events_for_article(wire.id) == [stored]


def test_the_same_article_twice_changes_nothing(store, make_article, make_event):
    for article, events in _kunduz_reports(make_article, make_event):
        store.add_article(article, events)
    before = ([e.model_dump() for e in store.all_events()], store.stats())
    article, events = _kunduz_reports(make_article, make_event)[1]
    again = store.add_article(article, events)
    assert again.added is False and again.event_ids == []
    assert ([e.model_dump() for e in store.all_events()], store.stats()) == before


def test_a_new_report_merges_into_the_stored_event(store, make_article, make_event):
    (wire, wire_events), (krant, krant_events) = _kunduz_reports(make_article, make_event)
    first = store.add_article(wire, wire_events)
    second = store.add_article(krant, krant_events)
    assert (second.created, second.merged) == (0, 1)
    assert second.event_ids == first.event_ids  # the canonical id does not move
    (event,) = store.all_events()
    assert event.event_id == first.event_ids[0]
    assert event.article_ids == [wire.id, krant.id]
    assert event.fatalities == 16
    assert {ev.article_id for ev in event.evidence} == {wire.id, krant.id}
    # The merged report's own id still finds the event it went into.
    assert store.get_event(krant_events[0].event_id) == event
    assert store.events_for_article(krant.id) == [event]
    spans = store.evidence_for_article(krant.id)
    assert spans == [
        (event.event_id, ev)
        for ev in sorted(krant_events[0].evidence, key=lambda ev: (ev.start, ev.end, ev.field))
    ]
    assert all(krant.text[ev.start : ev.end] == ev.text for _, ev in spans)


def test_incremental_ingest_agrees_with_batch_merging(store, make_article, make_event):
    batches = _kunduz_reports(make_article, make_event) + [_utrecht(make_article, make_event)]
    # A second, separate incident: Monday in Kunduz, reported once.
    monday = make_article("Taliban attacked Kunduz again on Monday.")
    batches.append(
        (
            monday,
            [
                make_event(
                    monday, event_date="2019-09-09", date_start="2019-09-09", date_end="2019-09-09"
                )
            ],
        )
    )
    for article, events in batches:
        store.add_article(article, events)
    batch = merge_events(
        [ev.model_copy(update={"article_ids": [a.id]}) for a, evs in batches for ev in evs]
    )
    stored = store.all_events()
    assert [(e.event_id, e.article_ids) for e in stored] == [
        (e.event_id, e.article_ids) for e in batch
    ]
    assert [e.model_dump() for e in stored] == [e.model_dump() for e in batch]


def test_a_failure_midway_leaves_nothing_of_the_article(
    store, make_article, make_event, monkeypatch
):
    (wire, wire_events), (krant, krant_events) = _kunduz_reports(make_article, make_event)
    store.add_article(wire, wire_events)
    before = [e.model_dump() for e in store.all_events()]
    utrecht, utrecht_events = _utrecht(make_article, make_event)
    # The Dutch article's first event merges into the stored one, its second is new; the
    # failure strikes while saving the second, after the article and the merge were written.
    events = krant_events + utrecht_events
    original = type(store)._save_event
    calls = []

    def failing(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(store), "_save_event", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add_article(krant, events)
    monkeypatch.undo()
    assert len(calls) == 2
    assert not store.has_article(krant.id)
    assert [e.model_dump() for e in store.all_events()] == before
    assert store.events_for_article(krant.id) == []
    # And the store still works: the same article goes in cleanly afterwards.
    assert store.add_article(krant, events).added


def test_bad_events_are_refused_before_anything_is_written(store, make_article, make_event):
    (wire, wire_events), (krant, _) = _kunduz_reports(make_article, make_event)
    twin = wire_events[0].model_copy(update={"latitude": 36.7})
    with pytest.raises(ValueError, match="two events with id"):
        store.add_article(wire, [wire_events[0], twin])
    with pytest.raises(TypeError, match="not an Event"):
        store.add_article(wire, [{"event_type": "Battles"}])
    assert not store.has_article(wire.id)
    store.add_article(wire, wire_events)
    # Another article claiming an already stored report's id is refused, not merged.
    with pytest.raises(ValueError, match="already stored"):
        store.add_article(krant, wire_events)
    assert not store.has_article(krant.id)
    assert _counts(store) == (1, 1)


def test_an_article_without_events_is_stored(store, make_article):
    article = make_article("Peace talks resumed in Doha.")
    assert store.add_article(article, []).added
    assert store.has_article(article.id)
    assert _counts(store) == (0, 1)


@pytest.fixture()
def filled(store, make_article, make_event):
    for article, events in _kunduz_reports(make_article, make_event):
        store.add_article(article, events)
    store.add_article(*_utrecht(make_article, make_event))
    vague = make_article("Clashes were reported around Pul-e Khumri in September.")
    store.add_article(
        vague,
        [
            make_event(
                vague,
                admin1="Baghlan",
                location="Pul-e Khumri",
                latitude=35.94458,
                longitude=68.71512,
                geonameid=1130490,
                event_date="2019-09",
                date_start="2019-09-01",
                date_end="2019-09-30",
                time_precision=3,
                fatalities=None,
                actor2="Military Forces of Afghanistan",
                notes="50% of the town was contested_by the Taliban.",
            )
        ],
    )
    return store


def _locations(store, **query):
    events, total = store.query_events(EventQuery(**query))
    assert total >= len(events)
    return [e.location for e in events]


def test_query_filters(filled):
    assert _locations(filled) == ["Pul-e Khumri", "Kunduz", "Utrecht"]
    # An event known only to the month is found by a day within it.
    assert _locations(filled, date_from="2019-09-10", date_to="2019-09-10") == ["Pul-e Khumri"]
    assert _locations(filled, date_from=date(2019, 10, 1)) == ["Utrecht"]
    assert _locations(filled, bbox=(60.0, 30.0, 75.0, 40.0)) == ["Pul-e Khumri", "Kunduz"]
    assert _locations(filled, bbox=(170.0, 30.0, 10.0, 60.0)) == ["Utrecht"]  # wraps
    assert _locations(filled, country="nld") == ["Utrecht"]
    assert _locations(filled, country="afghanistan", admin1="baghlan") == ["Pul-e Khumri"]
    assert _locations(filled, event_type="Protests") == ["Utrecht"]
    assert _locations(filled, sub_event_type=["Armed clash", "Attack"]) == [
        "Pul-e Khumri",
        "Kunduz",
    ]
    assert _locations(filled, actor="military forces") == ["Pul-e Khumri"]
    assert _locations(filled, actor="police") == ["Kunduz"]
    assert _locations(filled, min_fatalities=1) == ["Kunduz"]
    assert _locations(filled, min_fatalities=0) == ["Kunduz", "Utrecht"]
    assert _locations(filled, text="nitrogen") == ["Utrecht"]
    assert _locations(filled, text="pul-e") == ["Pul-e Khumri"]


def test_like_wildcards_and_quotes_in_user_text_match_only_themselves(filled):
    assert _locations(filled, text="50%") == ["Pul-e Khumri"]
    assert _locations(filled, text="%") == ["Pul-e Khumri"]
    assert _locations(filled, text="d_by") == ["Pul-e Khumri"]
    assert _locations(filled, text="e_b") == []
    assert _locations(filled, actor="'; DROP TABLE events; --") == []
    assert _locations(filled, country="x' OR '1'='1") == []
    assert filled.stats()["events"] == 3


def test_sorting_and_pages(filled):
    assert _locations(filled, sort="-event_date") == ["Utrecht", "Kunduz", "Pul-e Khumri"]
    assert _locations(filled, sort="-fatalities") == ["Kunduz", "Utrecht", "Pul-e Khumri"]
    assert _locations(filled, sort="fatalities") == ["Utrecht", "Kunduz", "Pul-e Khumri"]
    pages = [
        filled.query_events(EventQuery(limit=2, offset=offset, sort="-event_date"))
        for offset in (0, 2, 4)
    ]
    assert [total for _, total in pages] == [3, 3, 3]
    assert [[e.location for e in page] for page, _ in pages] == [
        ["Utrecht", "Kunduz"],
        ["Pul-e Khumri"],
        [],
    ]


@pytest.mark.parametrize(
    "bad",
    [
        {"date_from": "2019-10-01", "date_to": "2019-09-01"},
        {"bbox": (10, 60, 20, 50)},
        {"bbox": (190, 0, 20, 10)},
        {"sort": "event_id; DROP TABLE events"},
        {"limit": 0},
        {"offset": -1},
        {"min_fatalities": -5},
        {"date_from": "September"},
        {"colour": "red"},
    ],
)
def test_bad_queries_are_refused_with_a_clear_error(bad):
    with pytest.raises(pydantic.ValidationError):
        EventQuery(**bad)


def test_stats_count_by_week_type_and_country(filled):
    stats = filled.stats()
    assert stats["events"] == 3 and stats["articles"] == 4
    # Kunduz: Sat 7 Sep 2019 (ISO week 36); Pul-e Khumri: event_date 2019-09 -> 1 Sep (week 35).
    assert stats["by_week"] == {"2019-W35": 1, "2019-W36": 1, "2019-W40": 1}
    assert stats["by_event_type"] == {"Battles": 2, "Protests": 1}
    assert stats["by_country"] == {"Afghanistan": 2, "Netherlands": 1}


def test_a_reopened_store_keeps_everything_and_merges_on(store_url, make_article, make_event):
    (wire, wire_events), (krant, krant_events) = _kunduz_reports(make_article, make_event)
    with open_store(store_url) as first:
        first.add_article(wire, wire_events)
        kept = [e.model_dump() for e in first.all_events()]
    with open_store(store_url) as second:
        assert [e.model_dump() for e in second.all_events()] == kept
        assert second.add_article(krant, krant_events).merged == 1
        assert second.get_article(wire.id) == wire


def test_open_store_chooses_the_back_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store() as default:
        assert default.stats()["events"] == 0
    assert (tmp_path / "eventcoder.duckdb").exists()
    with open_store(tmp_path / "sub" / "x.duckdb"), open_store(":memory:"):
        pass
    assert (tmp_path / "sub" / "x.duckdb").exists()
    with pytest.raises(ValueError, match="unsupported store URL"):
        open_store("mysql://localhost/db")


_PLACES = [
    ("AFG", "Kunduz", 36.72895, 68.857, 1),
    ("AFG", "Kunduz", 36.74, 68.87, 1),
    ("AFG", "Kunduz", 36.8, 68.7, 3),
    ("AFG", "Baghlan", 35.94, 68.71, 1),
]
_TYPES = [
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]


@st.composite
def _stream(draw) -> list[list[dict]]:
    """Per article, 0-2 event field sets drawn from a small world (so reports overlap a lot)."""
    stream = []
    for _ in range(draw(st.integers(3, 12))):
        events = []
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2]))):
            iso3, admin1, lat, lon, precision = draw(st.sampled_from(_PLACES))
            etype, sub = draw(st.sampled_from(_TYPES))
            start = date(2019, 9, 1) + timedelta(days=draw(st.integers(0, 6)))
            end = start + timedelta(days=draw(st.sampled_from([0, 0, 2, 29])))
            events.append(
                {
                    "event_type": etype,
                    "sub_event_type": sub,
                    "iso3": iso3,
                    "admin1": admin1,
                    "latitude": lat,
                    "longitude": lon,
                    "geo_precision": precision,
                    "date_start": start.isoformat(),
                    "date_end": end.isoformat(),
                    "event_date": start.isoformat(),
                    "fatalities": draw(st.sampled_from([None, 0, 3, 10])),
                    "actor1": draw(st.sampled_from(["Taliban", "Protesters (Afghanistan)", None])),
                }
            )
        stream.append(events)
    return stream


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(stream=_stream())
def test_incremental_store_equals_batch_merge_on_any_stream(stream, make_article, make_event):
    articles = [
        (
            article := make_article(f"Report number {i}.", article_id=f"art{i}"),
            [
                make_event(article, event_id=f"E{i}-{j}", **fields)
                for j, fields in enumerate(events)
            ],
        )
        for i, events in enumerate(stream)
    ]
    with open_store(":memory:") as memory:
        for article, events in articles:
            memory.add_article(article, events)
        stored = [e.model_dump() for e in memory.all_events()]
    batch = merge_events([ev for _, events in articles for ev in events])
    assert stored == [e.model_dump() for e in batch]
    merged_any = len(batch) < sum(len(events) for _, events in articles)
    event(f"some reports merged: {merged_any}")


def _race(url: str, reports) -> list[BaseException]:
    """Two stores (two connections) add their article at the same moment."""
    import threading

    stores = [open_store(url), open_store(url)]
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def write(store, article, events):
        barrier.wait()
        try:
            store.add_article(article, events)
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(store, *report))
        for store, report in zip(stores, reports, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    return errors


@pytest.mark.postgres
def test_concurrent_writers_to_one_server_still_merge(pg_server, make_article, make_event):
    """Writers in other processes: the writer lock keeps incremental merging exact."""
    import uuid

    import psycopg
    from psycopg import sql

    reports = _kunduz_reports(make_article, make_event)
    for _ in range(3):
        schema = f"ectest_race_{uuid.uuid4().hex[:8]}"
        url = f"{pg_server}?schema={schema}"
        try:
            assert _race(url, reports) == []
            with open_store(url) as check:
                (event,) = check.all_events()
            assert sorted(event.article_ids) == sorted(a.id for a, _ in reports)
        finally:
            with psycopg.connect(pg_server, autocommit=True) as conn:
                drop = sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
                conn.execute(drop)


def test_an_articles_reports_are_placed_best_fit_first_as_in_batch(store, make_article, make_event):
    stored = make_article("Taliban attacked Kunduz on Saturday.")
    store.add_article(stored, [make_event(stored)])
    article = make_article("Fighting near Kunduz, and in Kunduz itself, on Saturday.")
    near = make_event(
        article, event_id="NEAR", latitude=36.72895, longitude=68.52, geo_precision=2, geonameid=1
    )
    exact = make_event(article, event_id="EXACT")
    result = store.add_article(article, [near, exact])
    first_id = store.all_events()[0].event_id
    assert result.event_ids == ["NEAR", first_id]
    assert (result.created, result.merged) == (1, 1)
