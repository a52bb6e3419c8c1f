"""What callers ask the store for (EventQuery) and what an ingest did (AddResult).

EventQuery validates its input so the REST API can hand user parameters straight in and get a
clear error, and turns it into a WHERE clause with placeholders only: no value is ever
formatted into SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from eventcoder.store.errors import check_storable

SortKey = Literal["event_date", "-event_date", "fatalities", "-fatalities"]

# Whitelisted ORDER BY clauses; seq (insertion order) breaks ties so pages never overlap.
ORDER_BY: dict[str, str] = {
    "event_date": "event_day ASC NULLS LAST, seq ASC",
    "-event_date": "event_day DESC NULLS LAST, seq DESC",
    "fatalities": "fatalities ASC NULLS LAST, seq ASC",
    "-fatalities": "fatalities DESC NULLS LAST, seq DESC",
}
_TEXT_COLUMNS = ("notes", "location", "admin1", "admin2", "country", "actor1", "actor2")
_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")

StrFilter = str | list[str] | None

# Bounds that every back end can hold: fatalities is an INTEGER column, OFFSET a BIGINT, and
# nobody pages a billion events deep. Past them a query is refused, not sent to the database.
MAX_FATALITIES = 2**31 - 1
MAX_OFFSET = 1_000_000_000
MAX_LIMIT = 10_000


class AddResult(BaseModel):
    """What storing one article did: nothing if it was already stored."""

    added: bool
    article_id: str
    event_ids: list[str] = Field(
        default_factory=list, description="the stored event each of the article's events went to"
    )
    created: int = Field(default=0, description="events new to the store")
    merged: int = Field(default=0, description="events merged into an already stored event")


class EventQuery(BaseModel):
    """Filters, sort and page for :meth:`Store.query_events`; all filters combine with AND.

    Dates select events whose possible days overlap [date_from, date_to], so an event known
    only to the month is found by a query for any day of that month.
    """

    model_config = ConfigDict(extra="forbid")

    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="min_lon, min_lat, max_lon, max_lat (min_lon > max_lon wraps)"
    )
    country: StrFilter = Field(default=None, description="country name or ISO3, any case")
    admin1: StrFilter = None
    event_type: StrFilter = None
    sub_event_type: StrFilter = None
    actor: str | None = Field(default=None, description="substring of actor1/actor2/assoc actors")
    min_fatalities: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    text: str | None = Field(default=None, description="substring of notes, place or actors")
    sort: SortKey = "event_date"
    limit: int = Field(default=100, ge=1, le=MAX_LIMIT)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)

    @field_validator("country", "admin1", "event_type", "sub_event_type", "actor", "text")
    @classmethod
    def _storable(cls, value: StrFilter) -> StrFilter:
        """NUL and lone surrogates are refused here as in stored texts, on every back end."""
        for item in [] if value is None else _as_list(value):
            check_storable(item, "filter value")
        return value

    @model_validator(mode="after")
    def _check_ranges(self) -> EventQuery:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            if not all(-180.0 <= lon <= 180.0 for lon in (min_lon, max_lon)):
                raise ValueError("bbox longitudes must lie within -180..180")
            if not all(-90.0 <= lat <= 90.0 for lat in (min_lat, max_lat)):
                raise ValueError("bbox latitudes must lie within -90..90")
            if min_lat > max_lat:
                raise ValueError("bbox min_lat is above max_lat")
        return self

    def where(self) -> tuple[str, list[object]]:
        """The WHERE clause ("?" placeholders) and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        if self.date_from is not None:
            clauses.append("day_end >= ?")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append("day_start <= ?")
            params.append(self.date_to)
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            clauses.append("latitude BETWEEN ? AND ?")
            params += [min_lat, max_lat]
            if min_lon <= max_lon:
                clauses.append("longitude BETWEEN ? AND ?")
            else:  # the box crosses the antimeridian
                clauses.append("(longitude >= ? OR longitude <= ?)")
            params += [min_lon, max_lon]
        if self.country:
            values = _as_list(self.country)
            marks = _marks(values)
            clauses.append(f"(lower(country) IN ({marks}) OR lower(iso3) IN ({marks}))")
            params += [v.lower() for v in values] * 2
        for column, value in (
            ("admin1", self.admin1),
            ("event_type", self.event_type),
            ("sub_event_type", self.sub_event_type),
        ):
            if value:
                values = _as_list(value)
                clauses.append(f"lower({column}) IN ({_marks(values)})")
                params += [v.lower() for v in values]
        if self.actor:
            clauses.append(_any_like(_ACTOR_COLUMNS))
            params += [_like_pattern(self.actor)] * len(_ACTOR_COLUMNS)
        if self.min_fatalities is not None:
            clauses.append("fatalities >= ?")
            params.append(self.min_fatalities)
        if self.text:
            clauses.append(_any_like(_TEXT_COLUMNS))
            params += [_like_pattern(self.text)] * len(_TEXT_COLUMNS)
        return (" AND ".join(clauses) or "TRUE"), params


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


def _any_like(columns: tuple[str, ...]) -> str:
    return "(" + " OR ".join(f"{c} ILIKE ? ESCAPE '\\'" for c in columns) + ")"


def _like_pattern(needle: str) -> str:
    """A substring pattern in which the user's % and _ match themselves."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
