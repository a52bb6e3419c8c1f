"""The store: articles, merged events, the reports (members) behind them, and their evidence.

One SQL text serves DuckDB and PostgreSQL; subclasses supply the connection, the placeholder
style, the JSON type and the transaction. Events are kept twice on purpose: the full record as
JSON (pydantic dumps it, so the contract is the schema) and the filterable fields as columns.
Each report is stored as a member of its event, so a new report re-combines one cluster, never
the whole store.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Self

from eventcoder.merge import (
    DEFAULT_CONFIG,
    Cluster,
    MergeConfig,
    assign_reports,
    combine_events,
    event_day_range,
    event_features,
    may_merge,
)
from eventcoder.merge.features import EventFeatures, parse_day_range
from eventcoder.records import Article, Event, Evidence, stable_event_id
from eventcoder.store.errors import StoreError, check_storable
from eventcoder.store.query import ORDER_BY, AddResult, EventQuery

SCHEMA_VERSION = "1"

_EVENT_COLUMNS = (
    "event_date",
    "event_day",
    "day_start",
    "day_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "type_family",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "country_key",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonameid",
    "fatalities",
    "injured",
    "notes",
    "modality",
    "confidence",
    "mergeable",
    "n_articles",
    "record",
)

_ARTICLE_COLUMNS = (
    "id",
    "title",
    "url",
    "source",
    "published",
    "published_precision",
    "language",
    "origin",
    "text",
)


def _ddl(json_type: str) -> list[str]:
    return [
        "CREATE SEQUENCE IF NOT EXISTS eventcoder_seq",
        "CREATE TABLE IF NOT EXISTS eventcoder_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, seq BIGINT NOT NULL,
            title TEXT, url TEXT, source TEXT, published TEXT, published_precision TEXT,
            language TEXT, origin TEXT, text TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS events (
            event_id TEXT PRIMARY KEY, seq BIGINT NOT NULL,
            event_date TEXT, event_day DATE, day_start DATE, day_end DATE, time_precision INTEGER,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, type_family TEXT NOT NULL,
            actor1 TEXT, assoc_actor_1 TEXT, actor2 TEXT, assoc_actor_2 TEXT,
            country TEXT, country_key TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision INTEGER,
            geonameid BIGINT, fatalities INTEGER, injured INTEGER, notes TEXT, modality TEXT,
            confidence DOUBLE PRECISION, mergeable BOOLEAN NOT NULL, n_articles INTEGER NOT NULL,
            record {json_type} NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS event_members (
            member_id TEXT PRIMARY KEY, seq BIGINT NOT NULL,
            event_id TEXT NOT NULL, article_id TEXT NOT NULL, record {json_type} NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS evidence (
            member_id TEXT NOT NULL, event_id TEXT NOT NULL, article_id TEXT NOT NULL,
            field TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            text TEXT NOT NULL)""",
    ]


class Store(ABC):
    """Articles and merged events in a SQL database; see :func:`eventcoder.store.open_store`."""

    json_type = "JSON"
    placeholder = "?"

    def __init__(self, merge_config: MergeConfig = DEFAULT_CONFIG) -> None:
        self.merge_config = merge_config
        self._lock = threading.RLock()  # one connection, shared by the API's worker threads

    # -- what a dialect provides -------------------------------------------------------------
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement ("?" placeholders) and return its rows ([] when there are none)."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """Commit on success, roll back on any exception."""

    def _lock_writers(self) -> None:
        """Serialise writers across processes where the database allows many (PostgreSQL)."""
        return None

    def _extra_ddl(self) -> list[str]:
        """Indexes and the like that only one dialect wants."""
        return []

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def _decode_json(self, value: Any) -> Any:
        return value

    # -- set-up ------------------------------------------------------------------------------
    def _create_schema(self) -> None:
        with self._transaction():
            self._lock_writers()  # two processes may create the tables at once
            for statement in _ddl(self.json_type) + self._extra_ddl():
                self._execute(statement)
            if self._check_schema_version() is None:
                self._execute(
                    "INSERT INTO eventcoder_meta (key, value) VALUES ('schema_version', ?)",
                    [SCHEMA_VERSION],
                )

    def _check_schema_version(self) -> str | None:
        """The stored schema version (None in a new store); a different one is an error."""
        rows = self._execute("SELECT value FROM eventcoder_meta WHERE key = 'schema_version'")
        if rows and rows[0][0] != SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {rows[0][0]} is not {SCHEMA_VERSION}; "
                "re-ingest into a new store"
            )
        return rows[0][0] if rows else None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        check_storable(article_id, "article id")
        with self._lock:
            return bool(self._execute("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def article_ids(self) -> frozenset[str]:
        """The ids of every stored article (``ingest --ray`` reads but does not code them)."""
        with self._lock:
            return frozenset(str(row[0]) for row in self._execute("SELECT id FROM articles"))

    def get_article(self, article_id: str) -> Article | None:
        check_storable(article_id, "article id")
        cols = ", ".join(_ARTICLE_COLUMNS)
        with self._lock:
            rows = self._execute(f"SELECT {cols} FROM articles WHERE id = ?", [article_id])
        return Article(**dict(zip(_ARTICLE_COLUMNS, rows[0], strict=True))) if rows else None

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        """Store an article and merge its events into the stored ones, in one transaction.

        An article already stored changes nothing. On any error nothing of the article stays.
        """
        members = self._members_of(article, events)
        _check_article_storable(article, members)
        with self._lock, self._transaction():
            self._lock_writers()
            if self._execute("SELECT 1 FROM articles WHERE id = ?", [article.id]):
                return AddResult(added=False, article_id=article.id)
            self._check_new_members(members)
            self._insert_article(article)
            return self._place_members(article.id, members)

    def _members_of(self, article: Article, events: list[Event]) -> list[Event]:
        """Copies of the events with this article as a source and an id each, checked."""
        members: list[Event] = []
        seen: set[str] = set()
        for index, event in enumerate(events):
            if not isinstance(event, Event):
                raise TypeError(f"event {index} of article {article.id} is not an Event")
            member = event.model_copy(deep=True)
            if article.id not in member.article_ids:
                member.article_ids.insert(0, article.id)
            if not member.event_id:
                member.event_id = stable_event_id(
                    article.id, member.event_type, member.sub_event_type, index
                )
            if member.event_id in seen:
                raise ValueError(f"article {article.id} has two events with id {member.event_id}")
            seen.add(member.event_id)
            members.append(member)
        return members

    def _check_new_members(self, members: list[Event]) -> None:
        if not members:
            return
        ids = [m.event_id for m in members]
        marks = ", ".join("?" for _ in ids)
        clash = self._execute(
            f"SELECT member_id FROM event_members WHERE member_id IN ({marks})", ids
        )
        if clash:
            raise ValueError(f"event id {clash[0][0]} is already stored from another article")

    def _insert_article(self, article: Article) -> None:
        cols = ", ".join(_ARTICLE_COLUMNS)
        marks = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        self._execute(
            f"INSERT INTO articles (seq, {cols}) VALUES (nextval('eventcoder_seq'), {marks})",
            [getattr(article, name) for name in _ARTICLE_COLUMNS],
        )

    def _place_members(self, article_id: str, members: list[Event]) -> AddResult:
        """Merge an article's reports into stored events (or new ones), as merge_events would."""
        result = AddResult(added=True, article_id=article_id)
        event_ids: list[str] = [""] * len(members)
        features = [event_features(member) for member in members]
        # One Cluster object per stored event for the whole article, so that what one report
        # changes is seen when placing the next.
        loaded: dict[str, Cluster] = {}

        def candidates(report: EventFeatures) -> list[Cluster]:
            return self._candidates(report, loaded)

        for i, cluster in assign_reports(features, candidates, self.merge_config):
            member = members[i]
            if cluster is None:
                cluster = Cluster.start(member, features[i])
                loaded[member.event_id] = cluster
                self._save_event(combine_events([member]), features[i], new=True)
                result.created += 1
            else:
                cluster.add(member, features[i])
                merged = combine_events(cluster.members, cluster.canonical_id)
                self._save_event(merged, event_features(merged), new=False)
                result.merged += 1
            self._insert_member(article_id, member, cluster.canonical_id)
            event_ids[i] = cluster.canonical_id
        result.event_ids = event_ids
        return result

    def _insert_member(self, article_id: str, member: Event, event_id: str) -> None:
        self._execute(
            "INSERT INTO event_members (member_id, seq, event_id, article_id, record) "
            f"VALUES (?, nextval('eventcoder_seq'), ?, ?, CAST(? AS {self.json_type}))",
            [member.event_id, event_id, article_id, member.model_dump_json()],
        )
        if member.evidence:  # one statement for all rows: statements cost more than rows here
            rows = [
                [
                    member.event_id,
                    event_id,
                    item.article_id,
                    item.field,
                    item.start,
                    item.end,
                    item.text,
                ]
                for item in member.evidence
            ]
            self._execute(
                "INSERT INTO evidence (member_id, event_id, article_id, field, start_offset, "
                "end_offset, text) VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows)),
                [value for row in rows for value in row],
            )

    def _candidates(self, features: EventFeatures, loaded: dict[str, Cluster]) -> list[Cluster]:
        """Stored events in the report's block whose days overlap its own, oldest first."""
        assert features.days is not None
        rows = self._execute(
            "SELECT event_id FROM events WHERE mergeable AND country_key = ? AND type_family = ? "
            "AND day_start <= ? AND day_end >= ? ORDER BY seq",
            [features.country, features.family, features.days[1], features.days[0]],
        )
        ids = [row[0] for row in rows]
        missing = [i for i in ids if i not in loaded]
        if missing:
            marks = ", ".join("?" for _ in missing)
            members: dict[str, list[tuple[Event, EventFeatures]]] = {i: [] for i in missing}
            for event_id, record in self._execute(
                f"SELECT event_id, record FROM event_members WHERE event_id IN ({marks}) "
                "ORDER BY seq",
                missing,
            ):
                event = self._event_from(record)
                members[event_id].append((event, event_features(event)))
            loaded.update((i, Cluster.of(group)) for i, group in members.items() if group)
        return [loaded[i] for i in ids if i in loaded]

    def _save_event(self, event: Event, features: EventFeatures, *, new: bool) -> None:
        days = event_day_range(event)
        event_day = parse_day_range(event.event_date) or days
        values = {
            "event_date": event.event_date,
            "event_day": event_day[0] if event_day else None,
            "day_start": days[0] if days else None,
            "day_end": days[1] if days else None,
            "type_family": features.family,
            "country_key": features.country,
            "mergeable": may_merge(features, self.merge_config),
            "n_articles": len(event.article_ids),
            "record": event.model_dump_json(),
        }
        params = [
            values[name] if name in values else getattr(event, name) for name in _EVENT_COLUMNS
        ]
        marks = [
            f"CAST(? AS {self.json_type})" if name == "record" else "?" for name in _EVENT_COLUMNS
        ]
        if new:
            self._execute(
                f"INSERT INTO events (event_id, seq, {', '.join(_EVENT_COLUMNS)}) "
                f"VALUES (?, nextval('eventcoder_seq'), {', '.join(marks)})",
                [event.event_id, *params],
            )
        else:
            sets = ", ".join(f"{n} = {m}" for n, m in zip(_EVENT_COLUMNS, marks, strict=True))
            self._execute(f"UPDATE events SET {sets} WHERE event_id = ?", [*params, event.event_id])

    # -- events ------------------------------------------------------------------------------
    def _event_from(self, record: Any) -> Event:
        record = self._decode_json(record)
        if isinstance(record, str | bytes):
            return Event.model_validate_json(record)
        return Event.model_validate(record)

    def get_event(self, event_id: str) -> Event | None:
        """An event with all its sources and evidence; a merged report's own id finds it too."""
        check_storable(event_id, "event id")
        with self._lock:
            rows = self._execute("SELECT record FROM events WHERE event_id = ?", [event_id])
            if not rows:
                rows = self._execute(
                    "SELECT e.record FROM events e JOIN event_members m ON m.event_id = e.event_id "
                    "WHERE m.member_id = ?",
                    [event_id],
                )
        return self._event_from(rows[0][0]) if rows else None

    def events_for_article(self, article_id: str) -> list[Event]:
        """The stored events an article reported, in the order it reported them."""
        check_storable(article_id, "article id")
        with self._lock:
            rows = self._execute(
                "SELECT e.record FROM event_members m JOIN events e ON e.event_id = m.event_id "
                "WHERE m.article_id = ? ORDER BY m.seq",
                [article_id],
            )
        return [self._event_from(row[0]) for row in rows]

    def evidence_for_article(self, article_id: str) -> list[tuple[str, Evidence]]:
        """(event_id, evidence) for every span of an article, in text order: for highlighting."""
        check_storable(article_id, "article id")
        with self._lock:
            rows = self._execute(
                "SELECT event_id, field, start_offset, end_offset, text FROM evidence "
                "WHERE article_id = ? ORDER BY start_offset, end_offset, field",
                [article_id],
            )
        return [
            (event_id, Evidence(field=f, article_id=article_id, start=a, end=b, text=t))
            for event_id, f, a, b, t in rows
        ]

    def query_events(self, q: EventQuery) -> tuple[list[Event], int]:
        """One page of events matching the query, and how many match in all."""
        where, params = q.where()
        with self._lock:
            total = self._execute(f"SELECT COUNT(*) FROM events WHERE {where}", params)[0][0]
            rows = self._execute(
                f"SELECT record FROM events WHERE {where} ORDER BY {ORDER_BY[q.sort]} "
                "LIMIT ? OFFSET ?",
                [*params, q.limit, q.offset],
            )
        return [self._event_from(row[0]) for row in rows], int(total)

    def iter_events(self, batch_size: int = 1000) -> Iterator[Event]:
        """All events, oldest first, a batch at a time (for exports of large stores)."""
        last = -1
        while True:
            with self._lock:
                rows = self._execute(
                    "SELECT seq, record FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
                    [last, batch_size],
                )
            if not rows:
                return
            for _seq, record in rows:
                yield self._event_from(record)
            last = rows[-1][0]

    def all_events(self) -> list[Event]:
        """All events in the order they were first stored."""
        return list(self.iter_events())

    def stats(self) -> dict[str, Any]:
        """Totals, and event counts by ISO week (of event_date), event type and country."""
        with self._lock:
            events = self._execute("SELECT COUNT(*) FROM events")[0][0]
            articles = self._execute("SELECT COUNT(*) FROM articles")[0][0]
            by_day = self._execute(
                "SELECT event_day, COUNT(*) FROM events WHERE event_day IS NOT NULL "
                "GROUP BY event_day"
            )
            by_type = self._execute(
                "SELECT event_type, COUNT(*) FROM events GROUP BY event_type ORDER BY 2 DESC, 1"
            )
            by_country = self._execute(
                "SELECT COALESCE(country, 'unknown'), COUNT(*) FROM events "
                "GROUP BY COALESCE(country, 'unknown') ORDER BY 2 DESC, 1"
            )
        weeks: Counter[str] = Counter()
        for day, count in by_day:
            year, week, _ = day.isocalendar()
            weeks[f"{year}-W{week:02d}"] += int(count)
        return {
            "events": int(events),
            "articles": int(articles),
            "by_week": dict(sorted(weeks.items())),
            "by_event_type": {name: int(count) for name, count in by_type},
            "by_country": {name: int(count) for name, count in by_country},
        }


def _check_article_storable(article: Article, members: list[Event]) -> None:
    """Refuse NUL and lone surrogates before writing, the same on DuckDB and PostgreSQL."""
    for name in _ARTICLE_COLUMNS:
        value = getattr(article, name)
        if isinstance(value, str):
            check_storable(value, f"article {article.id!r} {name}")
    for member in members:
        for value in _strings(member.model_dump()):
            check_storable(value, f"event {member.event_id!r} of article {article.id!r}")


def _strings(value: Any) -> Iterator[str]:
    """Every string in a dumped record, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from _strings(item)
