"""Store stage: DuckDB (embedded, default) or PostgreSQL.

``open_store(None)`` opens ``eventcoder.duckdb`` in the working directory; a path opens that
DuckDB file; ``":memory:"`` an in-memory DuckDB; ``postgresql://...`` a PostgreSQL server
(``?schema=NAME`` keeps the tables in that schema). ``read_only=True`` opens an existing store
for reading only.
"""

from __future__ import annotations

from pathlib import Path

from eventcoder.store.base import Store
from eventcoder.store.errors import StoreError, StoreLocked, StoreURLError, UnstorableText, redact
from eventcoder.store.query import AddResult, EventQuery

DEFAULT_PATH = "eventcoder.duckdb"

__all__ = [
    "DEFAULT_PATH",
    "AddResult",
    "EventQuery",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreURLError",
    "UnstorableText",
    "open_store",
]


def open_store(url: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the store a path or URL names.

    ``read_only`` opens an existing store without creating or locking anything for writing
    (what export, map and a read-only server need). Failures raise :class:`StoreError` with a
    one-line message.
    """
    if url is None:
        url = DEFAULT_PATH
    if isinstance(url, str) and url.startswith(("postgresql://", "postgres://")):
        from eventcoder.store.postgres_store import PostgresStore

        return PostgresStore(url, read_only=read_only)
    if isinstance(url, str) and "://" in url:
        raise StoreURLError(
            f"unsupported store URL {redact(url)!r}: use a DuckDB file path or postgresql://"
        )
    if str(url) == "":
        raise StoreURLError("empty store path: give a DuckDB file or a postgresql:// URL")
    from eventcoder.store.duckdb_store import DuckDBStore

    return DuckDBStore(url, read_only=read_only)
