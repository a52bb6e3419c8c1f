"""A famous town known by an alternate name against small towns abroad whose own name it is
(candidates.famous_alias): with no context the famous one is meant; the article's country,
province or a qualifier still picks a small namesake.

The texts are made up; each assertion names the mechanism it depends on.
"""

from __future__ import annotations

import pytest

from conftest import resolve_names as _resolve
from eventcoder.geo import get_geocoder
from eventcoder.geo.candidates import FAMOUS_ALT_NAMES, Candidate, famous_alias
from eventcoder.geo.gazetteer import Entry


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _town(pid: int, pop: int, alt: int, kind: str = "city", cc: str = "XX") -> Entry:
    return Entry(pid, f"T{pid}", kind, cc, None, None, 0.0, 0.0, pop, "PPL", alt_names=alt)


def test_without_context_the_famous_town_beats_small_owners_of_its_alternate_name(gc):
    """"Palmyra" is an alternate name of Tadmur (Syria, 51,000 people, 21 names) and the own
    name of US and Australian towns of at most 7,500 people and 13 names: alone, Syria's."""
    (palmyra,) = _resolve(gc, "Islamic State fighters attacked Palmyra on Thursday.", "Palmyra")
    town = palmyra.known_entry
    assert town.cc == "SY" and town.kind == "city"
    chosen = next(c for c in palmyra.candidates if c.entry.id == town.id)
    assert not chosen.primary and town.alt_names >= FAMOUS_ALT_NAMES
    assert any(c.primary and c.entry.cc == "US" for c in palmyra.candidates)


def test_the_article_context_still_picks_a_small_namesake(gc):
    """A qualifier, or a story from New York state, makes the US town meant."""
    text = "Police in Palmyra, New York said the road was closed on Friday."
    palmyra, state = _resolve(gc, text, "Palmyra", "New York")
    assert palmyra.known_entry.cc == "US"
    assert palmyra.known_entry.adm1 == state.known_entry.id
    text = "Police in New York said a man was arrested in Palmyra on Thursday."
    _, palmyra = _resolve(gc, text, "New York", "Palmyra")
    assert palmyra.known_entry.cc == "US"


def test_famous_alias_needs_far_smaller_and_less_known_town_owners():
    famous = Candidate(_town(1, 50_000, 30, cc="YY"), False, 0)
    small = Candidate(_town(2, 5_000, 10), True, 0)
    assert famous_alias(famous, [famous, small])
    # an owner nearly as big, or nearly as well known, keeps its name
    big = Candidate(_town(3, 20_000, 10), True, 0)
    known = Candidate(_town(4, 5_000, 25), True, 0)
    assert not famous_alias(famous, [famous, small, big])
    assert not famous_alias(famous, [famous, small, known])
    # a town of its own country that owns the name keeps it (the alias is a former or local
    # name there), as does a province or country of the name
    home = Candidate(_town(7, 1_000, 2, cc="YY"), True, 0)
    assert not famous_alias(famous, [famous, small, home])
    unit = Candidate(_town(5, 1_000, 2, kind="adm1"), True, 0)
    assert not famous_alias(famous, [famous, small, unit])
    # a town not famous, a transliterated match, or no owner at all: nothing to do
    plain = Candidate(_town(6, 50_000, FAMOUS_ALT_NAMES - 1, cc="YY"), False, 0)
    assert not famous_alias(plain, [plain, small])
    assert not famous_alias(Candidate(famous.entry, False, 1), [small])
    assert not famous_alias(famous, [famous])
