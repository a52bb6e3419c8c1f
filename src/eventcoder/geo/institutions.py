"""Which country an article is in, told by its places' public bodies ("Dorset Police").

Why: local news names its town once ("outside a hotel in Weymouth") and its police, council or
sheriff by the county or city they serve. Weymouth is a town in England and one in
Massachusetts of about the same size; "Dorset Police" settles which. The name inside such a
body is no place of the event (the toponym finder leaves a small town inside a longer name
out on purpose), so it only adds its country to the article's context, as an actor's does.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.geo.pack_words import pack_or_none

if TYPE_CHECKING:
    from eventcoder.geo.resolver import Geocoder

# the named place must be this many times more populous than its namesakes in other
# countries to say which country it is ("Manchester" England over New Hampshire)
DOMINANCE = 3.0
MIN_TOWN_POP = 50_000
_NAME = r"((?:[A-Z][\w'’.-]*\s+){1,3})"


@cache
def _heads(lang: str | None) -> re.Pattern[str] | None:
    pack = pack_or_none(lang)
    heads = list(pack.place_names.get("institutions") or []) if pack is not None else []
    if not heads:
        return None
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+")
                            for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"{_NAME}(?:{alternatives})\b")


def institution_countries(text: str, lang: str | None, geocoder: Geocoder) -> frozenset[str]:
    """The countries of the places whose public bodies the text names, where the name says
    one country (its biggest namesake dominates those of every other country)."""
    pattern = _heads(lang)
    if pattern is None:
        return frozenset()
    out: set[str] = set()
    for name in {m.group(1).strip() for m in pattern.finditer(text)}:
        cc = _dominant_country(name, lang, geocoder)
        if cc is None and " " in name:  # "Greater Manchester", "Harris County"
            cc = _dominant_country(name.split(None, 1)[1], lang, geocoder)
        if cc is not None:
            out.add(cc)
    return frozenset(out)


def _dominant_country(name: str, lang: str | None, geocoder: Geocoder) -> str | None:
    cands, demonym = geocoder.candidates(name, lang=lang)
    if demonym:
        return None
    by_country: dict[str, int] = {}
    for c in cands:
        e = c.entry
        # the name as the place's own (not an alternate spelling or a word inside a longer
        # name, spelt as the gazetteer spells it), and a body's place: a unit, or a city (a
        # small namesake of an ordinary word, "Federal" in Argentina, is no such place)
        if not c.primary or c.tier or c.embedded or not e.cc or e.kind in ("continent", "region"):
            continue
        if e.kind == "city" and (e.population or 0) < MIN_TOWN_POP:
            continue
        by_country[e.cc] = max(by_country.get(e.cc, 0), e.population or 0,
                               1 if e.kind in ("country", "adm1", "adm2") else 0)
    if not by_country:
        return None
    ranked = sorted(by_country.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) == 1:
        return ranked[0][0]
    (top_cc, top), (_, second) = ranked[0], ranked[1]
    return top_cc if top >= DOMINANCE * max(second, 1) else None
