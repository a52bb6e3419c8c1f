"""Provinces and states by their names in the pack languages (pycountry's ISO 3166-2
translations): found in Dutch text, and kept from names other places hold."""

from __future__ import annotations

import gettext

import pycountry
import pytest

from eventcoder.geo.gazetteer import admin_names
from eventcoder.geo.lexicon import languages
from eventcoder.geo.normalize import name_key
from eventcoder.geo.resolver import get_geocoder
from eventcoder.geo.subdivision_names import (
    BIG_TOWN,
    DOMAIN,
    subdivision_exonyms,
    subdivision_languages,
)
from eventcoder.records import PlaceMention


def _tr(lang: str, iso_name: str) -> str:
    return gettext.translation(DOMAIN, pycountry.LOCALES_DIR, languages=[lang],
                               fallback=True).gettext(iso_name)


def _row(pid: int, name: str, kind: str, cc: str, pop: int = 0, alts: int = 0) -> list:
    return [pid, name, kind, cc, None, None, 0.0, 0.0, pop, None, name, alts]


def _state(places: dict, names: dict, pid: int, name: str, kind: str, cc: str,
           pop: int = 0, alts: int = 0, aliases: tuple[str, ...] = ()) -> None:
    places[pid] = _row(pid, name, kind, cc, pop, alts)
    names[pid] = {name_key(name): (name, 1, None)}
    for alias in aliases:
        names[pid][name_key(alias)] = (alias, 0, None)


def _iso(code: str) -> str:
    record = pycountry.subdivisions.get(code=code)
    assert record is not None
    return record.name


def test_a_pack_language_gets_the_translation_and_others_do_not():
    """California -> Californië for Dutch; French ("Californie") has no pack: nothing."""
    assert "nl" in subdivision_languages() and "fr" not in languages()
    iso = _iso("US-CA")
    assert _tr("nl", iso) == "Californië" and _tr("fr", iso) not in (iso, "Californië")
    places: dict = {}
    names: dict = {}
    _state(places, names, 1, "California", "adm1", "US", pop=39_000_000)
    got = subdivision_exonyms([(1, iso)], places, names)
    assert (1, "Californië", "nl") in got
    assert all(lang in subdivision_languages() for _, _, lang in got)
    assert not any(name == _tr("fr", iso) for _, name, _ in got)


def test_a_small_foreign_town_with_the_name_as_an_alias_does_not_block_it():
    iso = _iso("US-CA")
    places: dict = {}
    names: dict = {}
    _state(places, names, 1, "California", "adm1", "US", pop=39_000_000)
    _state(places, names, 2, "La Californie", "city", "FR", pop=7_700, aliases=("Californië",))
    assert (1, "Californië", "nl") in subdivision_exonyms([(1, iso)], places, names, ["nl"])


@pytest.mark.parametrize(("cc", "pop", "alts", "primary"), [
    ("RU", 50_000, 0, False),  # a town of the unit's own country (its namesake)
    ("US", BIG_TOWN, 0, False),  # a big town elsewhere
    ("US", 500, 40, False),  # a well-known town elsewhere
    ("US", 500, 0, True),  # a town whose own name it is
])
def test_a_town_that_holds_the_name_keeps_it(cc, pop, alts, primary):
    """Moskva (the federal city) -> "Moskou" must not take the name from a town."""
    iso = _iso("RU-MOW")
    translated = _tr("nl", iso)
    assert translated != iso
    places: dict = {}
    names: dict = {}
    _state(places, names, 1, iso, "adm1", "RU", pop=12_000_000)
    _state(places, names, 2, "Town", "city", cc, pop=pop, alts=alts)
    names[2][name_key(translated)] = (translated, int(primary), None)
    assert subdivision_exonyms([(1, iso)], places, names, ["nl"]) == []


def test_a_translation_made_of_common_words_or_shared_by_units_is_left_out():
    """"Eastern" -> "Oost" is a word; "South East" -> "Zuid-Oost" too; "Lakes" is a generic
    place word, so "Meren" is no name either."""
    places: dict = {}
    names: dict = {}
    units = []
    for pid, code in enumerate(("UG-E", "ZM-03", "BW-SE", "SS-LK"), start=1):
        iso = _iso(code)
        assert _tr("nl", iso) != iso
        _state(places, names, pid, iso, "adm1", code[:2], pop=1_000_000)
        units.append((pid, iso))
    assert subdivision_exonyms(units, places, names, ["nl"]) == []


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Bosbranden woeden in Californië, meldt de brandweer.", "Californië", "US-CA"),
    ("De politie deed invallen in Beieren en in Berlijn.", "Beieren", "DE-BY"),
    ("Duizenden mensen betoogden in Schotland tegen de regering.", "Schotland", "GB-SCT"),
])
def test_dutch_names_of_provinces_resolve_to_the_unit(gc, text, name, code):
    want = {iso: gid for iso, gid, _, _ in admin_names(code[:2])}[code]
    names = [name, "Berlijn"] if "Berlijn" in text else [name]
    mentions = [PlaceMention(text=n, start=text.index(n), end=text.index(n) + len(n))
                for n in names]
    got = {r.mention.text: r.entry for r in gc.resolve_mentions(text, mentions, lang="nl")}
    assert got[name] is not None and got[name].id == want and got[name].kind == "adm1"
