"""What merging needs to know about one event: its day range, place, actors and type family.

Computed once per event so that scoring a pair is a handful of comparisons, not re-parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from eventcoder.names import name_key
from eventcoder.records import FACTUAL, Event, iso_date_range

# Reports of one incident often disagree on its sub-type (an ambush is an "Armed clash" to one
# paper and an "Attack" to another; a demonstration that turns violent is a protest or a riot).
# Families group the ACLED types a single incident can plausibly be coded as. Strategic
# developments are too different from each other to mix: each sub-type is its own family.
TYPE_FAMILIES: dict[str, str] = {
    "Battles": "organised-violence",
    "Explosions/Remote violence": "organised-violence",
    "Violence against civilians": "organised-violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}

# Modalities that describe something that happened and is news (records.FACTUAL); the others
# (feared, denied, hypothetical, and historical or background mentions of older events) only
# merge with reports of the same modality, so a background mention never moves a news event's
# date or place.


def type_family(event_type: str, sub_event_type: str) -> str:
    """The family an ACLED type belongs to; see :data:`TYPE_FAMILIES`."""
    return TYPE_FAMILIES.get(event_type) or f"{event_type}/{sub_event_type}"


@lru_cache(maxsize=65536)
def parse_day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a date string can mean: "2019-09" -> (Sep 1, Sep 30)."""
    return iso_date_range(value)


def event_day_range(event: Event) -> tuple[date, date] | None:
    """The days an event may have happened on: date_start..date_end, else event_date."""
    start = parse_day_range(event.date_start) or parse_day_range(event.event_date)
    end = parse_day_range(event.date_end) or parse_day_range(event.event_date) or start
    if start is None or end is None:
        return None
    first, last = start[0], end[1]
    return (first, last) if first <= last else (last, first)


def normalise_name(value: str | None) -> str:
    """Lower-case, single-spaced; "" for None, so that names compare regardless of styling."""
    return name_key(value)


def split_actors(value: str | None) -> list[str]:
    """ACLED lists associated actors separated by semicolons."""
    if not value:
        return []
    return [part.strip() for part in value.split(";") if part.strip()]


def country_key(event: Event) -> str | None:
    """The blocking key for a country: ISO3 if known, else the country name."""
    if event.iso3:
        return event.iso3.upper()
    if event.country:
        return normalise_name(event.country)
    return None


@dataclass(frozen=True, slots=True)
class Point:
    """A located place: what location compatibility compares."""

    latitude: float | None
    longitude: float | None
    precision: int
    geonameid: int | None
    admin1: str


@dataclass(slots=True)
class EventFeatures:
    """One event reduced to what blocking and scoring use."""

    country: str | None
    family: str
    days: tuple[date, date] | None
    point: Point | None
    actors: frozenset[str]
    sub_event_type: str
    event_type: str
    factual: bool
    modality: str
    article_ids: frozenset[str]

    @property
    def mergeable(self) -> bool:
        """Without a day range or a place nothing says two reports are the same incident."""
        return self.days is not None and self.country is not None


def event_features(event: Event) -> EventFeatures:
    """Reduce an event to :class:`EventFeatures`."""
    point = None
    if (event.latitude is not None and event.longitude is not None) or event.admin1:
        point = Point(
            latitude=event.latitude,
            longitude=event.longitude,
            precision=event.geo_precision or 3,
            geonameid=event.geonameid,
            admin1=normalise_name(event.admin1),
        )
    names = [event.actor1, event.actor2]
    names += split_actors(event.assoc_actor_1) + split_actors(event.assoc_actor_2)
    article_ids = set(event.article_ids) | {ev.article_id for ev in event.evidence}
    return EventFeatures(
        country=country_key(event),
        family=type_family(event.event_type, event.sub_event_type),
        days=event_day_range(event),
        point=point,
        actors=frozenset(n for n in map(normalise_name, names) if n),
        sub_event_type=event.sub_event_type,
        event_type=event.event_type,
        factual=event.modality in FACTUAL,
        modality=event.modality,
        article_ids=frozenset(article_ids),
    )
