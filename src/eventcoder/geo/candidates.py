"""Candidate places for a mention and their article-free prior, apart from the resolver.

Why a module of its own: the weights, the ``Candidate``/``Resolution`` records and the prior
(feature kind, population, fame, the cue that introduced the name) are read by every part of
resolution (the article context, "X, Y" qualifiers and lists, the country bound, event
geocoding), which then need not import the geocoder itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from eventcoder.geo.gazetteer import Entry
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.geo.points import admin_points, country_points
from eventcoder.records import ADMIN_CUES, PlaceCue, PlaceMention

# Kind prior: a bare name in news is most often a country, then a province, then a town.
KIND_PRIOR = {"continent": 2.5, "country": 3.5, "adm1": 1.4, "adm2": 0.2, "city": 0.0}
CUE_KINDS: dict[str, dict[str, float]] = {
    PlaceCue.CITY: {"city": 3.0},
    PlaceCue.CAPITAL: {"city": 3.0},
    PlaceCue.NEAR: {"city": 1.0},
    PlaceCue.PROVINCE: {"adm1": 3.5, "adm2": 1.5},
    PlaceCue.REGION: {"adm1": 2.5, "adm2": 1.5, "continent": 1.0},
    PlaceCue.DISTRICT: {"adm2": 3.5, "adm1": 1.0},
    PlaceCue.COUNTRY: {"country": 4.0},
}
TIER_PENALTY = (0.0, 0.4, 1.2)
# A town the world writes about: this many alternate names (the top 5 % of small towns).
FAMOUS_ALT_NAMES = 20
# GeoNames gives no population for one town in eight of cities500 (Tall 'Afar, most Afghan
# district centres); one the world writes about is no hamlet. Nine in ten towns of known
# population with FAMOUS_ALT_NAMES names have at least 2,500 people: it counts as that big.
UNSIZED_FAMOUS_POP = 2_500
# Scoring weights (hand-set; see benchmarks and eval-geo for their effect).
W: dict = {
    "pop": 0.5,  # per decade of population
    "fame": 0.5,  # per decade of a town's alternate names (how many languages write about it)
    "capital": 2.0,
    "primary": 1.0,  # the place's own name rather than an alternate one
    # ... or a famous town's alternate name, where only far smaller and less known towns own
    # it (famous_alias): this many times the people and the alternate names of each. 2-6.8
    # and 1-1.6 give the same on the geoparsing sets; Palmyra needs at most 6.8 and 1.6
    "alias_pop_ratio": 5,
    "alias_fame_ratio": 1.5,
    "named_after": {"adm1": 1.6, "adm2": 1.6},
    "in_namesake": 0.3,
    # a town under 100,000 people named like another province of its own country (California,
    # Pennsylvania; Oklahoma, Pennsylvania); any value from 1.2 to 2.5 gives the same
    "province_namesake": 1.6,
    "dominant_share": 0.3,  # a town with this share of its province's people "names" it
    "minor_share": 0.1,  # a town with less does not, even by the unit's own name
    "country_share": 2.2,  # times the share of the article's places in the same country
    "country_seen": 0.8,
    "adm1_seen": 1.5,
    "adm1_implied": 0.4,  # a town's province counts as seen, at this share of a named one
    # a district (adm2) that holds a town the article names ("Suffolk County" beside Southold,
    # not Boston's county of the name); 0.5 to 1.5 give the same
    "adm2_holds": 1.0,
    # a town with a namesake of its own country this many times its size, and that big, gets
    # no adm1_seen from its province alone: only a place of the article within 50 km makes the
    # small one meant (Louisville, Ohio in a story naming Ohio, beside Louisville, Kentucky;
    # Austin, Indiana beside Scott County stays). Ratios 10-30 and 100,000-300,000 people give
    # the same; 50 and 500,000 lose half the gain
    "dwarf_ratio": 20,
    "dwarf_pop": 200_000,
    # a province against a country of its name, where the article names other provinces of
    # the province's country ("Georgia" beside "Florida" and "Hawaii")
    "sibling_unit": 1.5,
    "near": ((50, 1.5), (200, 1.0), (600, 0.4)),
    "stated_distance": 2.0,  # "A, 100 km from B" and A's candidate lies ~100 km from B
    # Oceans, seas and world regions carry no population; this stands in for a continent's
    # population term so that "the Atlantic" is not outweighed by a village called Atlantic.
    "area": 3.5,
    # an item of a list of places ("Oregon, Texas, Washington and Wyoming") is of the kind
    # most of the list's other items are
    "list_kind": 2.0,
    # readings of a list's items that share a country, and a province within it, support each
    # other (list_support: "Birmingham and Montgomery" in Alabama); the country is small, as
    # the article context already counts it (1.5 took Toronto, Ohio beside New York City)
    "list_country": 0.5,
    "list_province": 1.0,
}


def name_cue(name: str) -> str | None:
    """The cue a name carries in its own last word: "Oaxaca State", "Karak district" (the
    packs' ``admin_suffixes``; a town word, "stad", is no cue)."""
    words = name_key(name).split()
    unit = lexicon(None).admin_suffixes.get(words[-1]) if len(words) > 1 else None
    return unit if unit in ADMIN_CUES else None


PRECISION = {"city": 1, "adm2": 2, "adm1": 3, "country": 3, "continent": 3}


@dataclass
class Candidate:
    entry: Entry
    primary: bool
    tier: int
    score: float = 0.0
    embedded: bool = False  # found inside a longer name ("Colorado State University")


@dataclass
class Resolution:
    """A mention and the place chosen for it (``entry`` None when nothing fits)."""

    mention: PlaceMention
    entry: Entry | None
    candidates: list[Candidate] = field(default_factory=list)
    demonym: bool = False
    margin: float = 0.0
    # No candidate fits: ``entry`` is then the place the article's nearby mentions support (see
    # Geocoder.infer_unresolved), never a namesake; event geocoding ignores such entries.
    inferred: bool = False

    @property
    def known_entry(self) -> Entry:
        """``entry``, where the caller kept only resolved mentions (None there is a bug)."""
        if self.entry is None:
            raise ValueError(f"{self.mention.text!r} was not resolved")
        return self.entry

    @property
    def point(self) -> tuple[float, float] | None:
        """Where the toponym lies as geoparsing reports it. A name that names a country or a
        province stands for all of it: its geographic centre (``data/country_points.tsv``,
        ``data/admin1_points.tsv``). A place only known to lie in one (inferred, or a longer
        name holding the unit's: "Colorado State University") is more likely where its people
        live: the gazetteer's point, the median of its towns; so is a province that shares its
        name with a town inside it ("New York"), which the name may mean. Any other place at
        its gazetteer coordinates. Events keep the entry's own coordinates (to_place)."""
        e = self.entry
        if e is None:
            return None
        if self.inferred or any(c.embedded and c.entry.id == e.id for c in self.candidates):
            return e.lat, e.lon
        if e.kind == "country" and e.cc:
            centre = country_points().get(e.cc)
            if centre is not None:
                return centre
        if e.kind in ("adm1", "adm2") and not any(
                contains(e, c.entry) for c in self.candidates):
            centre = admin_points().get(e.id)
            if centre is not None:
                return centre
        return e.lat, e.lon


def town_size(e: Entry) -> int:
    """The place's population, or for a town GeoNames gives none that the world writes about
    (FAMOUS_ALT_NAMES alternate names), UNSIZED_FAMOUS_POP: where a size decides whether a
    name is a place, unknown is not zero."""
    if e.population or e.kind != "city" or e.alt_names < FAMOUS_ALT_NAMES:
        return e.population
    return UNSIZED_FAMOUS_POP


def famous_alias(c: Candidate, cands: list[Candidate]) -> bool:
    """A town the world writes about (FAMOUS_ALT_NAMES alternate names) matched by one of its
    alternate names, against only small towns abroad whose own name it is: each of them has
    under 1/W["alias_pop_ratio"] of its people and 1/W["alias_fame_ratio"] of its names. A
    town of its own country that owns the name is no namesake abroad: the alias is more
    likely a former or local name there (South Bend, Indiana, is also "Southold", the own
    name of a town on Long Island). Without context the name means the famous town
    ("Palmyra": Tadmur in Syria, not the US towns of that name), which then scores as if the
    name were its own; a cue, country, province or near town of the article still outweighs
    it. Any province, district or country of the name, or a match that is not exact, leaves
    the name as it is."""
    e = c.entry
    if c.primary or c.tier or c.embedded or e.kind != "city" or e.alt_names < FAMOUS_ALT_NAMES:
        return False
    owners = [o.entry for o in cands if o.primary]
    return bool(owners) and all(
        o.kind == "city" and o.cc != e.cc
        and town_size(e) >= W["alias_pop_ratio"] * max(town_size(o), 1)
        and e.alt_names >= W["alias_fame_ratio"] * o.alt_names for o in owners)


def name_priors(cands: list[Candidate], cue: str | None) -> dict[int, float]:
    """Each candidate's prior by its id, a famous town's alternate name (famous_alias)
    counting as its own name, and a capital's alternate name not counting as the capital
    (capital_alias)."""
    return {c.entry.id: prior(c, cue) + (W["primary"] if famous_alias(c, cands) else 0.0)
            - (W["capital"] if capital_alias(c, cands) else 0.0) for c in cands}


def capital_alias(c: Candidate, cands: list[Candidate]) -> bool:
    """A capital matched by one of its alternate names, against a town at least as big whose
    own name it is: "Philadelphia" is a former name of Amman, but the name means the city of
    Pennsylvania, which the capital's bonus must not outweigh."""
    e = c.entry
    if c.primary or e.fcode != "PPLC":
        return False
    return any(o.primary and o.entry.kind == "city" and town_size(o.entry) >= town_size(e)
               for o in cands)


def prior(c: Candidate, cue: str | None) -> float:
    """The candidate's score before any context: kind, population, fame, capital, whether the
    name is its own, the match tier and the cue."""
    e = c.entry
    score = KIND_PRIOR[e.kind] + W["pop"] * math.log10((e.population or town_size(e)) + 10)
    if e.kind == "continent" and not e.population:
        score += W["area"]
    if e.kind in ("city", "country"):  # fame: how many languages write about the place
        score += W["fame"] * math.log10(e.alt_names + 1)
    if e.fcode == "PPLC":
        score += W["capital"]
    if c.primary:
        score += W["primary"]
    score -= TIER_PENALTY[c.tier]
    if cue:
        score += CUE_KINDS.get(cue, {}).get(e.kind, 0.0)
    return score


def contains(unit: Entry, town: Entry) -> bool:
    """The town lies in the unit (both candidates of one name: they share it)."""
    return (unit.kind in ("adm1", "adm2") and town.kind == "city"
            and unit.id in (town.adm1, town.adm2))


def named_after(unit: Entry, town: Entry) -> bool:
    """The unit is named after a town inside it (Kunduz, Gaza, Jenin): by its own name, or
    because the town holds a large share of the unit's people."""
    if not contains(unit, town):
        return False
    if town.population < W["minor_share"] * unit.population:
        return False  # Quebec City in Quebec: the bare name is the province
    if name_key(town.name) in name_key(unit.name):
        return True
    return town.population >= W["dominant_share"] * max(unit.population, 1)


def lies_in(e: Entry, unit: Entry) -> bool:
    """The place is the unit or lies in it (by its country or province)."""
    if e.id == unit.id:
        return True
    if unit.kind == "country":
        return e.cc == unit.cc
    return unit.kind in ("adm1", "adm2") and unit.id in (e.adm1, e.adm2)
