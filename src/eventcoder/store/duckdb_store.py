"""The embedded store: one DuckDB file (or memory), the default for a single user."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from eventcoder.merge import DEFAULT_CONFIG, MergeConfig
from eventcoder.store.base import Store


class DuckDBStore(Store):
    """A DuckDB database file, or ``":memory:"``."""

    json_type = "JSON"

    def __init__(self, path: str | Path, merge_config: MergeConfig = DEFAULT_CONFIG) -> None:
        super().__init__(merge_config)
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._con = duckdb.connect(self.path)
        self._create_schema()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
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
