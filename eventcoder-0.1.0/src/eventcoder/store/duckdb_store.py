"""The embedded store: one DuckDB file (or memory), the default for a single user."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from eventcoder.merge import DEFAULT_CONFIG, MergeConfig
from eventcoder.store.base import Store
from eventcoder.store.errors import StoreError, duckdb_error, os_error


class DuckDBStore(Store):
    """A DuckDB database file, or ``":memory:"``.

    ``read_only`` opens an existing file without taking the write lock or creating anything,
    so exports, maps and a read-only server work on read-only media and beside other readers.
    """

    json_type = "JSON"

    def __init__(
        self,
        path: str | Path,
        merge_config: MergeConfig = DEFAULT_CONFIG,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(merge_config)
        self.path = str(path)
        self.read_only = read_only and self.path != ":memory:"
        if self.path != ":memory:" and not self.read_only:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise os_error(self.path, exc) from exc
        try:
            self._con = duckdb.connect(self.path, read_only=self.read_only)
        except duckdb.Error as exc:
            raise duckdb_error(self.path, exc, read_only=self.read_only) from exc
        try:
            if self.read_only:
                self._check_schema()
            else:
                self._create_schema()
        except duckdb.Error as exc:
            self._con.close()
            raise duckdb_error(self.path, exc, read_only=self.read_only) from exc
        except BaseException:
            self._con.close()
            raise

    def _check_schema(self) -> None:
        tables = {row[0] for row in self._execute("SELECT table_name FROM duckdb_tables()")}
        if "eventcoder_meta" not in tables:
            raise StoreError(f"{self.path} is a DuckDB file but not an eventcoder store")
        self._check_schema_version()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self._con.execute(sql, list(params))
        return cursor.fetchall() if cursor.description else []

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def close(self) -> None:
        self._con.close()

    def __repr__(self) -> str:
        return f"DuckDBStore({self.path!r})"
