"""The server store: PostgreSQL through psycopg 3, for many users and processes at once."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from eventcoder.merge import DEFAULT_CONFIG, MergeConfig
from eventcoder.store.base import Store
from eventcoder.store.errors import StoreError, StoreURLError, postgres_error, redact

_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
# Any constant works: all eventcoder writers to one database take the same lock.
_WRITER_LOCK_KEY = 0x6576_636F_6465
# Seconds to wait for a server that does not answer, unless the URL sets connect_timeout.
CONNECT_TIMEOUT = 10


def split_schema(url: str) -> tuple[str, str | None]:
    """Take eventcoder's own ``schema=`` parameter out of a postgresql:// URL."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((value for key, value in query if key == "schema"), None)
    rest = urlencode([(key, value) for key, value in query if key != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


class PostgresStore(Store):
    """A PostgreSQL database; ``?schema=NAME`` in the URL keeps the tables in that schema.

    ``read_only`` creates nothing and makes every transaction of the session read-only, for
    exports, maps and a server without writes.
    """

    json_type = "JSONB"

    def __init__(
        self,
        url: str,
        schema: str | None = None,
        merge_config: MergeConfig = DEFAULT_CONFIG,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(merge_config)
        self.read_only = read_only
        try:
            conninfo, url_schema = split_schema(url)
        except ValueError as exc:
            raise StoreURLError(f"malformed store URL {redact(url)}: {exc}") from None
        self.schema = schema or url_schema
        if self.schema is not None and not _SCHEMA_NAME.match(self.schema):
            raise StoreURLError(
                f"not a plain schema name: {self.schema!r} (letters, digits and _ only)"
            )
        try:
            options = psycopg.conninfo.conninfo_to_dict(conninfo)
            timeout: dict[str, Any] = (
                {} if "connect_timeout" in options else {"connect_timeout": CONNECT_TIMEOUT})
            self._conn = psycopg.connect(conninfo, autocommit=True, **timeout)
        except psycopg.Error as exc:
            raise postgres_error(url, exc) from exc
        try:
            self._open_schema()
        except psycopg.Error as exc:
            self._conn.close()
            raise postgres_error(url, exc) from exc
        except BaseException:
            self._conn.close()
            raise

    def _open_schema(self) -> None:
        name = sql.Identifier(self.schema) if self.schema else None
        if self.read_only:
            self._conn.execute("SET default_transaction_read_only = on")
            if name is not None:
                self._conn.execute(sql.SQL("SET search_path TO {}").format(name))
            try:
                self._check_schema_version()
            except psycopg.errors.UndefinedTable:
                where = f"schema {self.schema}" if self.schema else "this database"
                raise StoreError(f"no eventcoder store in {where}; ingest into it first") from None
            return
        if name is not None:
            with self._transaction():  # two processes may open a new schema at once
                self._lock_writers()
                self._conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(name))
            self._conn.execute(sql.SQL("SET search_path TO {}").format(name))
        self._create_schema()

    def _execute(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        # Placeholders are written "?" once for both dialects; psycopg wants "%s".
        cursor = self._conn.execute(statement.replace("?", "%s"), list(params))
        return cursor.fetchall() if cursor.description else []

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _lock_writers(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", [_WRITER_LOCK_KEY])

    def _extra_ddl(self) -> list[str]:
        return [
            "CREATE INDEX IF NOT EXISTS events_block "
            "ON events (country_key, type_family, day_start)",
            "CREATE INDEX IF NOT EXISTS events_day ON events (event_day)",
            "CREATE INDEX IF NOT EXISTS members_event ON event_members (event_id)",
            "CREATE INDEX IF NOT EXISTS members_article ON event_members (article_id)",
            "CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id)",
        ]

    def close(self) -> None:
        self._conn.close()

    def __repr__(self) -> str:
        return f"PostgresStore(schema={self.schema!r})"
