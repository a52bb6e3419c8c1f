"""Typed records passed between pipeline stages.

The :class:`Event` record is the contract of the whole project: extraction fills it, geocoding
completes it, merging combines it, stores persist it, exports and the API serialise it. Field
names follow ACLED where ACLED has a name.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date
from enum import IntEnum, StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DatePrecision = Literal["year", "month", "day"]


class Modality(StrEnum):
    """How an article tells an event; a member is its string, so JSON and stores hold the name."""

    REPORTED = "reported"  # told as having happened
    CLAIMED = "claimed"  # a party says it did it, or says what the toll was
    FEARED = "feared"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"  # threatened, planned, possible
    HISTORICAL = "historical"  # an event of an earlier year, told as such
    BACKGROUND = "background"  # an older event recalled (the scope decision's label)


# What an event's ``modality`` field may hold, spelled for the type checker: the field keeps
# plain strings so that a stage may assign a name (tests check this matches ``Modality``).
ModalityName = Literal[
    "reported", "claimed", "feared", "denied", "hypothetical", "historical", "background"
]
# Output by default: only what the article tells as having happened.
REAL: frozenset[Modality] = frozenset({Modality.REPORTED})
# Events that count as happened when reports are merged: what is reported or claimed. A
# feared or recalled event may not move a news event's date or place.
FACTUAL: frozenset[Modality] = frozenset({Modality.REPORTED, Modality.CLAIMED})

# ACLED's six event types and 25 sub-event types, spelled as ACLED spells them.
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
CROWD_TYPES = ("Protests", "Riots")  # ACLED's event types whose sides are crowds
SUB_EVENT_TO_TYPE: dict[str, str] = {
    sub: etype for etype, subs in ACLED_TYPES.items() for sub in subs
}



class Inter(IntEnum):
    """ACLED's interaction codes for actor types; a member is its int, as ACLED writes it."""

    STATE_FORCES = 1
    REBEL_GROUPS = 2
    POLITICAL_MILITIAS = 3
    IDENTITY_MILITIAS = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_FORCES = 8

    @property
    def label(self) -> str:
        """ACLED's name for the actor type ("State forces")."""
        return INTER_CODES[self]


INTER_CODES: dict[int, str] = {
    Inter.STATE_FORCES: "State forces",
    Inter.REBEL_GROUPS: "Rebel groups",
    Inter.POLITICAL_MILITIAS: "Political militias",
    Inter.IDENTITY_MILITIAS: "Identity militias",
    Inter.RIOTERS: "Rioters",
    Inter.PROTESTERS: "Protesters",
    Inter.CIVILIANS: "Civilians",
    Inter.EXTERNAL_FORCES: "External/Other forces",
}
# Named sets of actor types, so that a rule says which kind of side it means.
# Sides that carry arms: state, rebel, militia and external forces.
ARMED: frozenset[Inter] = frozenset({
    Inter.STATE_FORCES, Inter.REBEL_GROUPS, Inter.POLITICAL_MILITIAS, Inter.IDENTITY_MILITIAS,
    Inter.EXTERNAL_FORCES,
})
# A state's side: its own forces and the foreign forces that back it ("backed by NATO").
STATE: frozenset[Inter] = frozenset({Inter.STATE_FORCES, Inter.EXTERNAL_FORCES})
# Armed groups that are no state's: they claim attacks (a state's forces "claim" kills).
NON_STATE_ARMED: frozenset[Inter] = frozenset({
    Inter.REBEL_GROUPS, Inter.POLITICAL_MILITIAS, Inter.IDENTITY_MILITIAS,
})
# People in a crowd or at home: no armed side.
CROWD: frozenset[Inter] = frozenset({Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS})
# The crowd of a demonstration: rioters and protesters (civilians are no demonstration).
DEMONSTRATORS: frozenset[Inter] = frozenset({Inter.RIOTERS, Inter.PROTESTERS})
# Insurgents: rebels and political militias, the groups a generic word ("the insurgents",
# "de strijders") refers back to. Narrower than NON_STATE_ARMED: an identity militia (a
# clan's, a community's) is not what those words name, so extraction never resolves them to one.
INSURGENTS: frozenset[Inter] = frozenset({Inter.REBEL_GROUPS, Inter.POLITICAL_MILITIAS})


class Role(StrEnum):
    """What an actor is to the event words near it, as extraction marks it."""

    UNMARKED = "unmarked"  # no cue: a side by position
    SOURCE = "source"  # it speaks ("a police spokesman said")
    VICTIM = "victim"  # counted among the dead or hurt
    ENEMY = "enemy"  # the other side's dead ("killed 20 militants")
    ACCUSED = "accused"  # blamed, not told as the doer
    CLAIMANT = "claimant"  # claims the attack


class ActorKind(StrEnum):
    """What an actor is (``ActorSpan.kind``; a pack's ``actors.yaml`` ``kind``)."""

    STATE = "state"  # a state's forces or institution ("the army", "police")
    GROUP = "group"  # a named group ("Hamas", "Al Shabaab")
    GENERIC = "generic"  # a word for fighters or a crowd that names no one ("the militants")


class CasualtyKind(StrEnum):
    """What a toll counts (``CasualtySpan.kind``): the dead or the hurt."""

    KILLED = "killed"
    INJURED = "injured"


class TimeKind(StrEnum):
    """How a time expression names its day (``TimeSpan.kind``)."""

    DATE = "date"  # a calendar date ("12 March")
    WEEKDAY = "weekday"  # a day of the week ("on Sunday")
    RELATIVE = "relative"  # a day counted from publication ("yesterday", "last week")


class PlaceCue(StrEnum):
    """The word that introduced a toponym (``PlaceMention.cue``): what kind of place it is."""

    CITY = "city"
    CAPITAL = "capital"
    PROVINCE = "province"
    DISTRICT = "district"
    REGION = "region"
    COUNTRY = "country"
    NEAR = "near"  # the place is near the event, not its site
    NATIONAL_SITE = "national_site"  # a country's institution ("the parliament"): the country
    # a province's or state's seat of government ("the state Capitol", "het provinciehuis"):
    # the town it is governed from
    PROVINCIAL_SITE = "provincial_site"


# Cues that name an administrative unit, not a town.
ADMIN_CUES: frozenset[PlaceCue] = frozenset({
    PlaceCue.PROVINCE, PlaceCue.DISTRICT, PlaceCue.REGION,
})


class Article(BaseModel):
    """One news article as read by :mod:`eventcoder.ingest`."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(
        default=None, description="ISO date cut to its known precision: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    published_precision: DatePrecision | None = None
    language: str | None = None
    origin: str | None = Field(
        default=None, description="file, URL or stream the article came from"
    )

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        """A stable id from content, so re-reading the same article gives the same id."""
        basis = (url or "") + "\n" + text
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


class ReadFailure(BaseModel):
    """An input that could not be turned into an article, and why.

    With ``warning`` set it is a note on an article that *was* read (a guessed encoding), given
    only to readers that ask for warnings (``read_paths(..., warnings=True)``).
    """

    origin: str
    reason: str
    warning: bool = False


class Evidence(BaseModel):
    """The words in an article that support one field of an event."""

    field: str
    article_id: str
    start: int
    end: int
    text: str


class ClaimedFatalities(BaseModel):
    """A fatality figure someone claims (often about the enemy); never counted as fatalities."""

    low: int | None = None
    high: int | None = None
    claimant: str | None = None
    text: str


class PlaceMention(BaseModel):
    """A toponym in the text, with the cue that introduced it ("de provincie", "near")."""

    text: str
    start: int
    end: int
    # a PlaceCue value, kept a plain string as the stages write it
    cue: str | None = Field(
        default=None, description="city|province|country|near|capital|district|region or None"
    )


class Place(BaseModel):
    """A resolved location, as :mod:`eventcoder.geo` returns it."""

    location: str
    latitude: float
    longitude: float
    geonameid: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    population: int | None = None
    geo_precision: int = Field(ge=1, le=3)


class Event(BaseModel):
    """One coded event, ACLED-style, with evidence for every field."""

    model_config = ConfigDict(validate_assignment=False)

    event_id: str = ""
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    geonameid: int | None = None
    fatalities: int | None = None
    fatalities_claimed: list[ClaimedFatalities] = Field(default_factory=list)
    injured: int | None = None
    source: str | None = None
    source_url: str | None = None
    language: str | None = None
    notes: str | None = None
    modality: ModalityName = "reported"
    confidence: float = 0.5
    evidence: list[Evidence] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    # Working data between extract and geo; not part of the serialised record.
    place_candidates: list[PlaceMention] = Field(default_factory=list, exclude=True)

    def evidence_for(self, field: str) -> list[Evidence]:
        return [ev for ev in self.evidence if ev.field == field]


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two inter codes, lower first (10*a + b); sole actor gives 10*a."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def stable_event_id(article_id: str, event_type: str, sub_event_type: str, anchor: int) -> str:
    """An id that survives re-runs: article, type and the trigger's offset."""
    basis = f"{article_id}|{event_type}|{sub_event_type}|{anchor}"
    return "EC" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:14].upper()


_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date of any precision covers ("2019-09" -> Sep 1..30).

    None for None or anything that is not YYYY, YYYY-MM or YYYY-MM-DD (or is an impossible
    calendar date), so a bad date reads as undated instead of crashing a batch.
    """
    if not value:
        return None
    match = _ISO_PARTIAL.match(value.strip()[:10])
    if match is None:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        exact = date(year, month, day)
    except ValueError:
        return None
    return exact, exact
