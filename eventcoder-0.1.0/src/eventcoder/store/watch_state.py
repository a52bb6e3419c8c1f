"""What ``eventcoder watch`` remembers between polls and restarts, kept in the store itself.

Two tables beside the store's own, created on first use with ``IF NOT EXISTS`` (an existing
store gains them without a migration, and without touching its schema version):

- ``watch_items``: every item coded, keyed by its URL (or by its content when it has none),
  with the hash of its text, so a feed item already coded is passed over and one whose text
  changed is coded again;
- ``watch_sources``: each watched feed or page's failures in a row, its last error and when it
  may be tried again (the back-off), and its ETag / Last-Modified for conditional requests;
- ``watch_alerts``: alerts a sink (a webhook) did not take, kept until it does.

The same SQL serves DuckDB and PostgreSQL, through the store's connection and transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from eventcoder.store.base import Store

ItemStatus = Literal["new", "seen", "changed"]

_DDL = [
    """CREATE TABLE IF NOT EXISTS watch_sources (
        source TEXT PRIMARY KEY, failures INTEGER NOT NULL, retry_at DOUBLE PRECISION,
        last_polled DOUBLE PRECISION, last_ok DOUBLE PRECISION, last_error TEXT,
        etag TEXT, last_modified TEXT)""",
    """CREATE TABLE IF NOT EXISTS watch_items (
        item_key TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT,
        content_hash TEXT NOT NULL, article_id TEXT NOT NULL,
        first_seen DOUBLE PRECISION NOT NULL, last_changed DOUBLE PRECISION NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS watch_alerts (
        alert_id TEXT PRIMARY KEY, sink TEXT NOT NULL, payload TEXT NOT NULL,
        attempts INTEGER NOT NULL, queued DOUBLE PRECISION NOT NULL, last_error TEXT)""",
]


@dataclass
class SourceState:
    """One watched source as the store remembers it (a fresh source has no failures)."""

    source: str
    failures: int = 0
    retry_at: float | None = None
    last_polled: float | None = None
    last_ok: float | None = None
    last_error: str | None = None
    etag: str | None = None
    last_modified: str | None = None


_SOURCE_COLUMNS = (
    "source", "failures", "retry_at", "last_polled", "last_ok", "last_error", "etag",
    "last_modified",
)


class WatchState:
    """The watch tables of one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store._lock, store._transaction():
            store._lock_writers()  # two watchers may create the tables at once
            for statement in _DDL:
                store._execute(statement)

    def _run(self, sql: str, params: list[object]) -> list[tuple[Any, ...]]:
        with self.store._lock, self.store._transaction():
            return self.store._execute(sql, params)

    # -- sources ------------------------------------------------------------------------------
    def source(self, source: str) -> SourceState:
        cols = ", ".join(_SOURCE_COLUMNS)
        rows = self._run(f"SELECT {cols} FROM watch_sources WHERE source = ?", [source])
        if not rows:
            return SourceState(source=source)
        return SourceState(**dict(zip(_SOURCE_COLUMNS, rows[0], strict=True)))

    def sources(self) -> list[SourceState]:
        cols = ", ".join(_SOURCE_COLUMNS)
        rows = self._run(f"SELECT {cols} FROM watch_sources ORDER BY source", [])
        return [SourceState(**dict(zip(_SOURCE_COLUMNS, row, strict=True))) for row in rows]

    def save_source(self, state: SourceState) -> None:
        cols = ", ".join(_SOURCE_COLUMNS)
        marks = ", ".join("?" for _ in _SOURCE_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _SOURCE_COLUMNS[1:])
        self._run(
            f"INSERT INTO watch_sources ({cols}) VALUES ({marks}) "
            f"ON CONFLICT (source) DO UPDATE SET {updates}",
            [getattr(state, c) for c in _SOURCE_COLUMNS],
        )

    # -- items --------------------------------------------------------------------------------
    def item_status(self, item_key: str, content_hash: str) -> ItemStatus:
        """``seen`` when this key was coded with this text, or this text under any key (the
        same story at a second address); ``changed`` when the key's text differs; else new."""
        rows = self._run(
            "SELECT content_hash FROM watch_items WHERE item_key = ? OR content_hash = ?",
            [item_key, content_hash],
        )
        if any(row[0] == content_hash for row in rows):
            return "seen"
        return "changed" if rows else "new"

    def record_item(
        self, item_key: str, *, source: str, url: str | None, content_hash: str,
        article_id: str, now: float,
    ) -> None:
        """Remember a coded item (replacing the hash it had, if its text changed)."""
        self._run(
            "INSERT INTO watch_items (item_key, source, url, content_hash, article_id, "
            "first_seen, last_changed) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (item_key) DO UPDATE SET content_hash = excluded.content_hash, "
            "article_id = excluded.article_id, last_changed = excluded.last_changed",
            [item_key, source, url, content_hash, article_id, now, now],
        )

    def item_count(self) -> int:
        return int(self._run("SELECT count(*) FROM watch_items", [])[0][0])

    # -- alerts not yet delivered --------------------------------------------------------------
    def queue_alert(self, alert_id: str, sink: str, payload: str, error: str, now: float) -> None:
        """Keep an alert a sink refused; queuing it again counts one more attempt."""
        self._run(
            "INSERT INTO watch_alerts (alert_id, sink, payload, attempts, queued, last_error) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (alert_id) DO UPDATE SET "
            "attempts = watch_alerts.attempts + 1, last_error = excluded.last_error",
            [alert_id, sink, payload, now, error],
        )

    def pending_alerts(self, sink: str) -> list[tuple[str, str]]:
        """(alert id, payload JSON) of the alerts waiting for ``sink``, oldest first."""
        rows = self._run(
            "SELECT alert_id, payload FROM watch_alerts WHERE sink = ? ORDER BY queued, alert_id",
            [sink],
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def drop_alert(self, alert_id: str) -> None:
        self._run("DELETE FROM watch_alerts WHERE alert_id = ?", [alert_id])
