"""Gold files: one JSON line per article, ``{"article": {...}, "events": [partial events]}``.

Gold events are *partial* event records: an analyst writes only the fields the text supports,
and a field left out of a gold event is not scored, while a field given as ``null`` is (so
``"fatalities": null`` asserts that the text gives no toll). Loading is strict, because a
quietly broken gold file would corrupt every number computed from it: bad JSON, unknown ACLED
types, malformed dates and evidence spans that do not match the article text are all errors
that name the file and line.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from eventcoder.evaluate.corpora import join_text
from eventcoder.records import (
    ACLED_TYPES,
    SUB_EVENT_TO_TYPE,
    Article,
    DatePrecision,
    Event,
    iso_date_range,
)

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class GoldFormatError(ValueError):
    """A gold file that cannot be trusted; the message names the file and line."""


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date of any precision covers (see records.iso_date_range)."""
    return iso_date_range(value)


def published_precision(published: str | None) -> DatePrecision | None:
    """The precision a publication date is written with: year, month or day."""
    if published is None:
        return None
    match = _ISO_PARTIAL.match(published)
    if match is None or date_range(published) is None:
        raise ValueError(f"published must be YYYY, YYYY-MM or YYYY-MM-DD, got {published!r}")
    if match.group(3):
        return "day"
    return "month" if match.group(2) else "year"


class GoldEvidence(BaseModel):
    """A span of the article that supports a gold event; ``field`` is optional in gold."""

    model_config = ConfigDict(extra="allow")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    field: str | None = None


class GoldClaim(BaseModel):
    """A claimed toll in gold; unlike a predicted claim, its quote may be left out."""

    model_config = ConfigDict(extra="allow")

    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    claimant: str | None = None
    text: str | None = None


class GoldEvent(BaseModel):
    """A partial event record as an analyst coded it; absent fields are not scored.

    Any field of :class:`~eventcoder.records.Event` may appear (kept as extra data); other
    keys are rejected.
    """

    model_config = ConfigDict(extra="allow")

    event_type: str | None = None
    sub_event_type: str | None = None
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = Field(default=None, ge=1, le=8)
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = Field(default=None, ge=1, le=8)
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    geonameid: int | None = None
    fatalities: int | None = Field(default=None, ge=0)
    fatalities_claimed: list[GoldClaim] = Field(default_factory=list)
    injured: int | None = Field(default=None, ge=0)
    evidence: list[GoldEvidence] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        # A misspelt key ("fatalites") would silently leave a field unscored.
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(cls.model_fields) - set(Event.model_fields))
            if unknown:
                raise ValueError(f"unknown event fields: {', '.join(unknown)}")
        return data

    @field_validator("event_date", "date_start", "date_end")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and date_range(value) is None:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> GoldEvent:
        if self.event_type is not None and self.event_type not in ACLED_TYPES:
            raise ValueError(f"unknown ACLED event_type {self.event_type!r}")
        if self.sub_event_type is not None:
            parent = SUB_EVENT_TO_TYPE.get(self.sub_event_type)
            if parent is None:
                raise ValueError(f"unknown ACLED sub_event_type {self.sub_event_type!r}")
            if self.event_type is not None and parent != self.event_type:
                raise ValueError(
                    f"{self.sub_event_type!r} belongs to {parent!r}, not {self.event_type!r}"
                )
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude must be given together")
        span = self.date_span()
        if span is not None and span[0] > span[1]:
            raise ValueError(f"date_start {self.date_start} is after date_end {self.date_end}")
        return self

    def is_given(self, name: str) -> bool:
        """Whether the analyst wrote this field (explicit null included)."""
        return name in self.model_fields_set

    def date_span(self) -> tuple[date, date] | None:
        """The days the event may have happened on, from date_start/date_end or event_date."""
        return event_date_span(self.date_start, self.date_end, self.event_date)

    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def event_date_span(
    start: str | None, end: str | None, single: str | None
) -> tuple[date, date] | None:
    """A (first, last) day range from a start/end pair, either alone, or a single date."""
    first, last = date_range(start), date_range(end)
    if first is None and last is None:
        return date_range(single)
    if first is None:
        first = last
    if last is None:
        last = first
    assert first is not None and last is not None
    return first[0], last[1]


class GoldArticle(BaseModel):
    """One gold line: the article and every event an analyst found in it (maybe none)."""

    article: Article
    events: list[GoldEvent] = Field(default_factory=list)
    note: str | None = None
    line: int | None = Field(default=None, description="1-based line in the gold file")

    @model_validator(mode="after")
    def _evidence_in_text(self) -> GoldArticle:
        text = self.article.text
        for number, event in enumerate(self.events):
            for span in event.evidence:
                if span.end > len(text) or text[span.start : span.end] != span.text:
                    raise ValueError(
                        f"event {number}: evidence [{span.start}:{span.end}] is "
                        f"{text[span.start : span.end]!r} in the text, not {span.text!r}"
                    )
        return self

    @property
    def is_negative(self) -> bool:
        """A hard negative: an article in which the analyst found nothing to code."""
        return not self.events


_ARTICLE_FIELDS = ("id", "text", "published", "language", "title", "source", "url")


def article_from_gold(raw: dict[str, Any]) -> Article:
    """The gold article dict as an :class:`Article`, deriving its publication-date precision."""
    missing = [name for name in ("id", "text") if not raw.get(name)]
    if missing:
        raise ValueError(f"article lacks {', '.join(missing)}")
    unknown = sorted(set(raw) - set(_ARTICLE_FIELDS) - {"published_precision", "origin"})
    if unknown:
        raise ValueError(f"unknown article fields: {', '.join(unknown)}")
    fields: dict[str, Any] = {name: raw.get(name) for name in _ARTICLE_FIELDS}
    fields["id"] = str(fields["id"])
    return Article(**fields, published_precision=published_precision(fields["published"]))


def parse_gold_line(raw: dict[str, Any], line: int | None = None) -> GoldArticle:
    """One decoded gold line as a :class:`GoldArticle` (raises ValueError when malformed)."""
    if not isinstance(raw, dict) or "article" not in raw:
        raise ValueError('a gold line is an object with "article" and "events"')
    unknown = sorted(set(raw) - {"article", "events", "note"})
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(unknown)}")
    if not isinstance(raw["article"], dict):
        raise ValueError('"article" must be an object')
    article = article_from_gold(raw["article"])
    return GoldArticle(
        article=article, events=raw.get("events") or [], note=raw.get("note"), line=line
    )


def load_gold(
    path: Path, *, split: str | None = None, shared: Path | None = None
) -> list[GoldArticle]:
    """Read and validate a gold JSONL file; any bad line raises :class:`GoldFormatError`.

    Lines whose article has no text (the project's own sets in ``gold/``) are joined with their
    corpus in ``shared`` (see :mod:`eventcoder.evaluate.corpora`); ``split`` keeps only the
    articles marked with that split ("dev" or "test")."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    gold: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if split is not None and (raw.get("article") or {}).get("split") != split:
                continue
            if isinstance(raw, dict) and isinstance(raw.get("article"), dict):
                raw = join_text(raw, shared)
            item = parse_gold_line(raw, line=number)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{number}: invalid JSON: {exc.msg}") from exc
        except ValidationError as exc:
            raise GoldFormatError(f"{path}:{number}: {_short(exc)}") from exc
        except ValueError as exc:
            raise GoldFormatError(f"{path}:{number}: {exc}") from exc
        if item.article.id in seen:
            raise GoldFormatError(
                f"{path}:{number}: article id {item.article.id!r} already on line "
                f"{seen[item.article.id]}"
            )
        seen[item.article.id] = number
        gold.append(item)
    if not gold:
        where = f" in split {split!r}" if split else ""
        raise GoldFormatError(f"{path}: no gold articles{where}")
    return gold


def _short(exc: ValidationError) -> str:
    """Pydantic's errors on one line: where, then what."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "line"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)
