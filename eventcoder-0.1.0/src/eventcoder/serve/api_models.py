"""What the API accepts and answers: the submitted article, the page of events, the bbox.

Every client value is validated here, before a handler runs, so that a bad request is a clear
4xx naming what is wrong, never a 500.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, Field, field_validator

from eventcoder.records import ACLED_TYPES, SUB_EVENT_TO_TYPE, Article, DatePrecision, Event
from eventcoder.store.errors import check_storable

MAX_PAGE = 5000
if TYPE_CHECKING:  # a Literal built at run time is no static type; the checker sees a str
    EventType = str
    SubEventType = str
else:  # FastAPI validates and documents the query against ACLED's names
    EventType = Literal[tuple(ACLED_TYPES)]
    SubEventType = Literal[tuple(SUB_EVENT_TO_TYPE)]
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class ArticleIn(BaseModel):
    """A submitted article. Only the text is required; the rest improves coding and display."""

    text: str = Field(
        min_length=1,
        description="The article; longer than the server's maximum article size is a 413",
    )
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000, pattern=r"^https?://\S+$")
    source: str | None = Field(default=None, max_length=500)
    published: str | None = Field(
        default=None,
        pattern=ISO_PARTIAL_DATE,
        description="Publication date cut to its known precision: YYYY, YYYY-MM or YYYY-MM-DD",
    )
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")

    @field_validator("text", "title", "url", "source", "published", "language", mode="before")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        """NUL and lone surrogates are a 422 before any pattern runs, whichever store is used."""
        if isinstance(value, str):
            check_storable(value, "the value")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        return text

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = [int(p) for p in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"published is not a real date: {exc}") from None
        return value

    def to_article(self) -> Article:
        precision: dict[int, DatePrecision] = {1: "year", 2: "month", 3: "day"}
        return Article(
            id=Article.make_id(self.text, self.url),
            text=self.text,
            title=self.title,
            url=self.url,
            source=self.source,
            published=self.published,
            published_precision=precision[len(self.published.split("-"))]
            if self.published
            else None,
            language=self.language,
            origin="api",
        )


class EventPage(BaseModel):
    """One page of ``GET /events`` as JSON (GeoJSON: a FeatureCollection with numberMatched)."""

    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    count: int = Field(description="events on this page")
    events: list[Event]


class EventWithSources(Event):
    """An event with a summary of each article that reported it (text via /articles/{id})."""

    sources: list[dict[str, Any]]


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in WGS84 degrees, or a 422 saying what is wrong."""
    if raw is None or not raw.strip():
        return None
    try:
        values = [float(part) for part in raw.split(",")]
    except ValueError:
        raise HTTPException(
            422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from None
    if len(values) != 4:
        raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise HTTPException(422, "bbox longitudes must lie within [-180, 180]")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise HTTPException(422, "bbox latitudes must lie within [-90, 90] with min <= max")
    return min_lon, min_lat, max_lon, max_lat  # min_lon > max_lon: the box crosses 180°
