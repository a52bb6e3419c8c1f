"""Store stage: DuckDB (embedded, default) or PostgreSQL.

``open_store(None)`` opens ``eventcoder.duckdb`` in the working directory; a path opens that
DuckDB file; ``":memory:"`` an in-memory DuckDB; ``postgresql://...`` a PostgreSQL server
(``?schema=NAME`` keeps the tables in that schema).
"""

from __future__ import annotations

from pathlib import Path

from eventcoder.store.base import Store
from eventcoder.store.query import AddResult, EventQuery

DEFAULT_PATH = "eventcoder.duckdb"

__all__ = ["DEFAULT_PATH", "AddResult", "EventQuery", "Store", "open_store"]


def open_store(url: str | Path | None = None) -> Store:
    """Open (creating if needed) the store a path or URL names."""
    if url is None:
        url = DEFAULT_PATH
    if isinstance(url, str) and url.startswith(("postgresql://", "postgres://")):
        from eventcoder.store.postgres_store import PostgresStore

        return PostgresStore(url)
    if isinstance(url, str) and "://" in url:
        raise ValueError(f"unsupported store URL {url!r}: use a file path or postgresql://")
    from eventcoder.store.duckdb_store import DuckDBStore

    return DuckDBStore(url)
