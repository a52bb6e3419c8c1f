"""Parquet with typed columns, the schema derived from the Event model itself.

Nested records (evidence, claimed fatalities) become lists of structs, not JSON strings, so
DuckDB, pandas or Arrow can query them directly. Rows are written in batches to bound memory.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from eventcoder.records import Event

BATCH_ROWS = 10_000
_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a (pydantic) field annotation: optionals, literals, lists, models."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no Arrow type for union {annotation!r}")
        return arrow_type(members[0])
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(_fields(annotation))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def _fields(model: type[BaseModel]) -> list[pa.Field]:
    return [
        pa.field(name, arrow_type(info.annotation), nullable=True)
        for name, info in model.model_fields.items()
        if not info.exclude
    ]


@lru_cache(maxsize=1)
def event_schema() -> pa.Schema:
    """The Arrow schema of a serialised Event (fields excluded from dumps are left out)."""
    return pa.schema(_fields(Event))


def write_parquet(events: Iterable[Event], out: Path | IO[bytes]) -> int:
    schema = event_schema()
    iterator = iter(events)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(iterator, BATCH_ROWS)):
            rows = [event.model_dump() for event in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count
