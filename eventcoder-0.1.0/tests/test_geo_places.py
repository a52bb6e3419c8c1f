"""One place component: extraction's "is this a place?" is answered from the geocoder's index
with the geocoder's candidates (issue 12). Names are drawn from the index, none is special."""

from __future__ import annotations

import pytest

from eventcoder.geo import get_geocoder
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.places import (
    KNOWN_TOWN_POP,
    TRUSTED_CUES,
    _landmark_towns,
    known_place,
    landmark_town,
    trusted_place,
)
from eventcoder.records import ADMIN_CUES, PlaceCue


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _unique_town(gc, low: int, high: int) -> str:
    """A single-word ASCII town of ``low``-``high`` people whose name no other place has."""
    rows = gc.gaz._con.execute(
        "SELECT name FROM places WHERE kind='city' AND population BETWEEN ? AND ? "
        "ORDER BY id LIMIT 2000", (low, high)).fetchall()
    for (name,) in rows:
        if not (name.isascii() and name.isalpha() and len(name) >= 6):
            continue
        if lexicon(None).is_common(name) or lexicon(None).is_generic(name):
            continue
        cands, demonym = gc.candidates(name, allow_fuzzy=False)
        if not demonym and len(cands) == 1:
            return name
    raise AssertionError(f"no unique town of {low}-{high} people")


def test_a_town_of_the_index_is_a_place_from_the_floor_up(gc):
    assert known_place(_unique_town(gc, KNOWN_TOWN_POP, 10 * KNOWN_TOWN_POP))
    # a village the index holds needs a cue: its name alone may be a person's or a word
    small = _unique_town(gc, 500, KNOWN_TOWN_POP // 3)
    assert not known_place(small)
    assert trusted_place(small, PlaceCue.CITY) and not trusted_place(small, None)


def test_countries_and_provinces_are_places_and_demonyms_are_not(gc):
    assert known_place(gc.gaz.country("AF").name)
    big, small = (gc.gaz._con.execute(
        f"SELECT name FROM places WHERE kind='adm1' AND cc='AF' AND population {cond} "
        "ORDER BY population DESC LIMIT 1", (KNOWN_TOWN_POP,)).fetchone()[0]
        for cond in (">= ?", "< ?"))
    assert known_place(big)
    assert not known_place(small) and trusted_place(small, PlaceCue.PROVINCE)
    demonym = next(name for name, cc in lexicon("en").demonyms.items() if cc == "AF")
    assert not known_place(demonym)


def test_cues_that_vouch_are_the_records_vocabulary():
    assert ADMIN_CUES <= TRUSTED_CUES and PlaceCue.NEAR not in TRUSTED_CUES
    assert all(trusted_place("Xqzv", cue) for cue in TRUSTED_CUES)
    assert not trusted_place("Xqzv", PlaceCue.NEAR)


def test_a_landmark_stands_for_its_town():
    towns = _landmark_towns()
    assert towns
    key, town = next(iter(towns.items()))
    assert landmark_town(key.upper()) == town
    assert landmark_town("Xqzv Plaza") is None


def test_a_world_region_does_not_vouch_for_an_event_place(gc):
    """A continent or world region is vaguer than a country: the geocoder resolves it, but it
    does not split one event from another."""
    names = [name for (name,) in gc.gaz._con.execute(
        "SELECT name FROM places WHERE kind='continent' ORDER BY id")
        if {c.entry.kind for c in gc.candidates(name)[0]} == {"continent"}]
    assert len(names) >= 5  # continents, oceans, world regions no town shares a name with
    assert not any(known_place(name) for name in names)


def test_contractions_and_possessives_are_not_folded_into_a_town(gc):
    town = _unique_town(gc, KNOWN_TOWN_POP, 10 * KNOWN_TOWN_POP)
    assert known_place(town) and known_place(f"{town}’")  # a closing quote mark
    assert not known_place(f"{town}'s")
    assert not known_place(f"{town[:-2]}'{town[-2:]}")  # "Marks" written "Mark's"-like
