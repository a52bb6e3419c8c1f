"""Provinces and states by their names in the pack languages ("Californië", "Schotland",
"Beieren"), from pycountry's translations of ISO 3166-2 subdivision names (gettext domain
``iso3166-2``), added to the gazetteer index as names of the admin1 entry.

Why guarded: a translation is often the name of something else. A unit named after its town
("Moskva" -> "Moskou", "Lisboa" -> "Lissabon") would take the town's name from it; a generic
translation ("Eastern" -> "Oost", "Lakes" -> "Meren") is a word, not a place. So a
translation is left out where it names another place of the unit's country, another unit or
country, a place whose own (primary) name it is, a big town elsewhere, or a region or river of
the pack (Sudan's River Nile state is "Nijl", the river's name); and where it or the
ISO name is made only of common or generic place words. Comma-inverted forms ("Vitebsk,
Provincie") are never written in running text and are left out too.

Only the bundled packs' languages are read: a plugin pack that adds no names reuses the index
built without it (:func:`eventcoder.geo.gazetteer.index_path`).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Mapping

import pycountry

from eventcoder.geo.lexicon import languages, lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.langpacks import PACKS_DIR
from eventcoder.langpacks.places import place_words

DOMAIN = "iso3166-2"
# A town elsewhere this big, or this well known (alternate names, as candidates.FAMOUS_ALT_NAMES),
# keeps a name it shares with a translation; smaller foreign towns holding it as an alternate
# name ("La Californie", France, for "Californië") do not.
BIG_TOWN = 100_000
FAMOUS_ALT_NAMES = 20


def subdivision_languages() -> list[str]:
    """The bundled packs' languages (discovered, not listed here)."""
    out = []
    for lang in languages():
        folder = place_words(lang).folder
        if folder is not None and folder.parent == PACKS_DIR:
            out.append(lang)
    return out


def translations(iso_name: str, langs: Iterable[str]) -> list[tuple[str, str]]:
    """(lang, name) for each language whose translation of the ISO name differs from it."""
    out = []
    for lang in langs:
        tr = gettext.translation(DOMAIN, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        name = tr.gettext(iso_name).strip()
        if name and name != iso_name:
            out.append((lang, name))
    return out


def _all_words(name: str, lang: str | None) -> bool:
    """The name is made only of common or generic place words of the language (of any pack's
    for ``None``): "Zuid-Oost", "Lakes", "West Coast"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    lex = lexicon(lang)
    return bool(words) and all(lex.is_common(w) or lex.is_generic(w) for w in words)


def keeps_out(unit: list, holders: Iterable[tuple[list, bool]]) -> bool:
    """Whether a translation must stay out: another place holds the name and would lose it.

    ``unit`` and each holder are index place rows (id, name, kind, cc, ..., population at 8,
    alt_names at 11); a holder comes with whether the name is its primary one."""
    for place, primary in holders:
        if place[0] == unit[0]:
            continue
        if primary or place[2] != "city" or place[3] == unit[3]:
            return True
        if place[8] >= BIG_TOWN or place[11] >= FAMOUS_ALT_NAMES:
            return True
    return False


def subdivision_exonyms(
    units: Iterable[tuple[int, str]],
    places: Mapping[int, list],
    names: Mapping[int, Mapping[str, tuple[str, int, str | None]]],
    langs: Iterable[str] | None = None,
) -> list[tuple[int, str, str]]:
    """(GeoNames id, name, lang): the translated names of admin1 units, ``units`` as (GeoNames
    id, ISO 3166-2 name), against the index's ``places`` and ``names`` (id -> key -> (name,
    primary, lang)) built so far."""
    from eventcoder.geo.regions import region_names

    langs = list(subdivision_languages() if langs is None else langs)
    wanted: list[tuple[int, str, str, str]] = []
    for gid, iso_name in units:
        if gid not in places:
            continue
        for lang, name in translations(iso_name, langs):
            key = name_key(name)
            if not key or "," in name or key in names.get(gid, {}):
                continue
            if _all_words(name, lang) or _all_words(iso_name, None):
                continue  # a word, or a word's translation ("Lakes" -> "Meren")
            if key in region_names(lang):
                continue  # a river's or region's name ("Nijl"): a unit of the name would hide it
            wanted.append((gid, name, lang, key))
    keys = {w[3] for w in wanted}
    holders: dict[str, list[tuple[list, bool]]] = {}
    for pid, by_key in names.items():
        if pid not in places:
            continue
        for key in keys.intersection(by_key):
            holders.setdefault(key, []).append((places[pid], bool(by_key[key][1])))
    kept = [w for w in wanted if not keeps_out(places[w[0]], holders.get(w[3], ()))]
    units_of: dict[str, set[int]] = {}
    for gid, _, _, key in kept:
        units_of.setdefault(key, set()).add(gid)
    # two units translated alike ("Oost" for several Eastern provinces): neither is meant
    return [(gid, name, lang) for gid, name, lang, key in kept if len(units_of[key]) == 1]
