"""How much an article's context may do for a namesake: a small town is not made the place
meant by its province alone when its country holds a far bigger town of the name; a district
that holds one of the article's towns is the district meant; a fuzzy match far from every
town of the article is no place.

The texts are made up; each assertion names the mechanism it depends on.
"""

from __future__ import annotations

import pytest

from conftest import resolve_names as _resolve
from eventcoder.geo import get_geocoder


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def test_a_province_alone_does_not_make_a_dwarfed_namesake_meant(gc):
    """Ohio and Columbus are named, but Louisville, Ohio (9,000 people, 170 km from Columbus)
    is dwarfed by Louisville, Kentucky: the bare name is the big one."""
    text = ("Storms hit Ohio on Monday and schools in Columbus closed. "
            "Later the storm reached Louisville, where roads flooded.")
    ohio, columbus, louisville = _resolve(gc, text, "Ohio", "Columbus", "Louisville")
    assert ohio.known_entry.kind == "adm1" and columbus.known_entry.adm1 == ohio.known_entry.id
    town = louisville.known_entry
    assert town.kind == "city" and town.population > 500_000  # Kentucky's
    assert town.adm1 != ohio.known_entry.id
    # the namesake is a candidate, of Ohio
    assert any(c.entry.kind == "city" and c.entry.adm1 == ohio.known_entry.id
               for c in louisville.candidates)


def test_a_dwarfed_namesake_near_a_place_of_the_article_stays(gc):
    """Austin, Indiana beside Scott County (its own district, within 50 km) is meant, not
    Texas' capital."""
    text = ("HIV cases rose in Scott County, Indiana this spring. Clinics in Austin said "
            "they had never seen so many.")
    county, state, austin = _resolve(gc, text, "Scott County", "Indiana", "Austin")
    assert state.known_entry.kind == "adm1"
    assert austin.known_entry.adm1 == state.known_entry.id
    assert austin.known_entry.population < 20_000


def test_a_district_that_holds_a_town_of_the_article_is_the_one_meant(gc):
    """Two Suffolk Counties of about equal size (Boston's and Long Island's): the one that
    holds Southold, which the article names."""
    text = "Farmers in Southold asked Suffolk County for help after the storm."
    southold, county = _resolve(gc, text, "Southold", "Suffolk County")
    town = southold.known_entry
    assert town.kind == "city" and town.adm2 is not None
    assert county.known_entry.kind == "adm2" and county.known_entry.id == town.adm2
    assert len([c for c in county.candidates if c.entry.kind == "adm2"]) >= 2


def test_a_fuzzy_match_far_from_every_town_of_the_article_is_no_place(gc):
    """"Capitol" matches only fuzzily; in a story from Oklahoma City the candidate 1,800 km
    away is not it: inference puts it at the article's town."""
    text = ("OKLAHOMA CITY Teachers filled the state Capitol on Friday, demanding more money "
            "for schools.")
    city, capitol = _resolve(gc, text, "OKLAHOMA CITY", "Capitol")
    assert capitol.candidates and all(c.tier == 2 for c in capitol.candidates)
    assert capitol.entry is None
    city, capitol = _resolve(gc, text, "OKLAHOMA CITY", "Capitol", infer=True)
    assert capitol.inferred and capitol.entry is not None
    assert capitol.entry.id == city.known_entry.id


def test_a_qualified_mention_does_not_vouch_for_the_bare_name(gc):
    """"Washington, D.C." is the name "Washington" with its qualifier: it no more pulls the
    bare name to the capital than "Washington" itself would, so in a story from Washington
    state the bare name is the state."""
    text = ("TACOMA, Wash. - The team has trained in towns across Washington all year. "
            "It also flew to Hawaii, Seattle and Washington, D.C. in May.")
    rs = _resolve(gc, text, "TACOMA", "Wash.", "Washington", "Hawaii", "Seattle",
                  "Washington, D.C.")
    state, bare, capital = rs[1], rs[2], rs[5]
    assert state.known_entry.kind == "adm1"
    assert capital.known_entry.kind == "city"
    assert bare.entry is not None and bare.entry.id == state.known_entry.id


def test_an_unknown_name_goes_to_the_leading_country_named_near_it(gc):
    """No country holds a majority of the article's places, but one holds the most and is
    named beside the unknown name: inference puts the name there; a tie leaves it alone."""
    text = ("Clashes in Zorvathi pitted Azerbaijan against Armenia. Azerbaijan said the "
            "talks in Georgia had failed.")
    rs = _resolve(gc, text, "Zorvathi", "Azerbaijan", "Armenia", "Azerbaijan", "Georgia",
                  infer=True)
    assert rs[0].inferred and rs[0].entry is not None
    assert rs[0].entry.id == rs[1].known_entry.id
    tie = _resolve(gc, "Clashes in Zorvathi pitted Azerbaijan against Armenia.",
                   "Zorvathi", "Azerbaijan", "Armenia", infer=True)
    assert tie[0].entry is None
