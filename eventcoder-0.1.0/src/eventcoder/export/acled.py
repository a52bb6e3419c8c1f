"""ACLED's CSV layout: its 31 columns in its order (the 2023 structure), filled from events.

Where ACLED has a convention, it is followed: unknown fatalities are written as 0, ``iso`` is
the ISO 3166 numeric code, ``disorder_type`` follows from the sub-event type. Columns the record
has no source for (admin3, source_scale, tags) stay empty rather than being made up.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import IO

import pycountry

from eventcoder.records import SUB_EVENT_TO_TYPE, Event, Inter
from eventcoder.tsv import tsv_rows

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
# ACLED's codebook: protests and violent demonstrations are demonstrations; excessive force
# against protesters is both; mob violence and the armed event types are political violence.
_DISORDER_BY_SUB_EVENT: dict[str, str] = {
    "Peaceful protest": DEMONSTRATIONS,
    "Protest with intervention": DEMONSTRATIONS,
    "Excessive force against protesters": f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
    "Violent demonstration": DEMONSTRATIONS,
    "Mob violence": POLITICAL_VIOLENCE,
}
_DISORDER_BY_EVENT_TYPE: dict[str, str] = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Strategic developments": STRATEGIC_DEVELOPMENTS,
}
CIVILIANS = Inter.CIVILIANS


def disorder_type(event_type: str, sub_event_type: str) -> str | None:
    """ACLED's disorder category for a type pair; None for a type ACLED does not have."""
    if sub_event_type in _DISORDER_BY_SUB_EVENT:
        return _DISORDER_BY_SUB_EVENT[sub_event_type]
    event_type = SUB_EVENT_TO_TYPE.get(sub_event_type, event_type)
    return _DISORDER_BY_EVENT_TYPE.get(event_type)


def civilian_targeting(event: Event, disorder: str | None) -> str:
    """"Civilian targeting" when civilians are the target of political violence, else empty."""
    if event.event_type == "Violence against civilians":
        return "Civilian targeting"
    if disorder and POLITICAL_VIOLENCE in disorder and CIVILIANS in (event.inter1, event.inter2):
        return "Civilian targeting"
    return ""


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    table = resources.files("eventcoder.export") / "data" / "acled_regions.tsv"
    return {iso3: region for iso3, region in tsv_rows(table) if iso3 != "iso3"}


def _country_codes(event: Event) -> tuple[str | None, int | None]:
    """The event's ISO alpha-3 and numeric codes, from iso3 or else the country name."""
    country = None
    if event.iso3:
        country = pycountry.countries.get(alpha_3=event.iso3.upper())
    if country is None and event.country:
        try:
            country = pycountry.countries.lookup(event.country)
        except LookupError:
            country = None
    if country is None:
        return (event.iso3.upper() if event.iso3 else None), None
    return country.alpha_3, int(country.numeric)


def acled_row(event: Event, timestamp: int) -> dict[str, object]:
    """One CSV row; None becomes an empty cell except fatalities (0, as ACLED writes it)."""
    iso3, iso_numeric = _country_codes(event)
    disorder = disorder_type(event.event_type, event.sub_event_type)
    date = event.event_date or event.date_start
    return {
        "event_id_cnty": event.event_id,
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": event.time_precision,
        "disorder_type": disorder,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2,
        "interaction": event.interaction,
        "civilian_targeting": civilian_targeting(event, disorder),
        "iso": iso_numeric,
        "region": _regions().get(iso3) if iso3 else None,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": None,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": event.source,
        "source_scale": None,
        "notes": event.notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "tags": None,
        "timestamp": timestamp,
    }


def export_timestamp() -> int:
    """Unix time of the export; SOURCE_DATE_EPOCH pins it for reproducible files."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(pinned) if pinned.isdigit() else int(time.time())


def write_acled_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    timestamp = export_timestamp()
    count = 0
    for event in events:
        row = acled_row(event, timestamp)
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
        count += 1
    return count
