"""Lists of places, "X, Y" and names the gazetteer lacks: a list's items share a kind; "X, Y"
with no X in Y is not a namesake elsewhere; an unknown name with no town nearby goes to the
province named nearest it.

The texts are made up; each assertion names the mechanism it depends on.
"""

from __future__ import annotations

import pytest

from conftest import resolve_names as _resolve
from eventcoder.geo import get_geocoder
from eventcoder.geo.qualifiers import lists
from eventcoder.records import PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


@pytest.mark.parametrize("names", [
    ("Idaho", "Indiana", "Ohio", "Washington"),  # Washington, D.C. alone
    ("Alberta", "Manitoba", "Ontario", "Quebec"),  # Quebec City alone
    ("Florida", "Georgia", "Alabama"),  # the country Georgia alone
])
def test_an_item_of_a_list_of_provinces_is_a_province_of_their_country(gc, names):
    text = ("Outbreaks were reported in " + ", ".join(names[:-1]) + " and " + names[-1]
            + " last week.")
    rs = _resolve(gc, text, *names)
    cc = rs[0].known_entry.cc
    assert all(r.entry is not None and r.entry.kind == "adm1" and r.entry.cc == cc
               for r in rs), [(r.mention.text, r.entry) for r in rs]


def test_the_other_item_of_a_pair_gives_its_kind(gc):
    """A pair is a list: "California or Washington" is two states, not the state and the
    capital (whose prior alone beats the state's)."""
    text = "Firms have had little luck luring jobs from states such as California or Washington."
    california, washington = _resolve(gc, text, "California", "Washington")
    assert california.known_entry.kind == "adm1"
    assert washington.entry is not None and washington.entry.kind == "adm1"
    assert washington.entry.cc == "US"
    alone = _resolve(gc, "Firms have had little luck luring jobs from Washington.", "Washington")
    assert alone[0].entry is not None and alone[0].entry.kind == "city"  # the prior: the capital


def test_a_list_of_towns_leaves_a_town_a_town(gc):
    text = "Cases were found in Detroit, Lansing, Flint and Wyoming, officials said."
    *_, wyoming = _resolve(gc, text, "Detroit", "Lansing", "Flint", "Wyoming")
    assert wyoming.entry is not None and wyoming.entry.kind == "city"


@pytest.mark.parametrize(("text", "names", "listed"), [
    ("in Ohio, Oregon and Texas", ("Ohio", "Oregon", "Texas"), {0, 1, 2}),
    ("in Ohio, Oregon, and Texas", ("Ohio", "Oregon", "Texas"), {0, 1, 2}),
    # commas alone: a hierarchy, not a list
    ("in Buffalo, New York, United States", ("Buffalo", "New York", "United States"), set()),
    # two names joined by a word are a list too ("X and Y", "X or Y")
    ("in Ohio and Texas", ("Ohio", "Texas"), {0, 1}),
    ("in Ohio or Texas", ("Ohio", "Texas"), {0, 1}),
    # a comma alone: "X, Y" is a hierarchy
    ("in Dayton, Ohio", ("Dayton", "Ohio"), set()),
    # a word that is not a coordination ends the list (two lists here; "Oregon near Texas"
    # is none)
    ("in Ohio, Oregon near Texas and Utah", ("Ohio", "Oregon", "Texas", "Utah"), {2, 3}),
    ("in Ohio, Oregon near Texas", ("Ohio", "Oregon", "Texas"), set()),
])
def test_what_makes_a_list(gc, text, names, listed):
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(PlaceMention(text=name, start=start, end=start + len(name)))
        pos = start + len(name)
    rs = gc.resolve_mentions(text, out, lang="en")
    assert set(lists(text, rs, "en")) == listed


def test_unknown_name_without_a_town_nearby_goes_to_the_province_named_nearest(gc):
    text = ("The dispute over the Zorvathi river went to court. Officials in Karnataka and "
            "Kerala disagreed, and India's government said it would wait.")
    rs = _resolve(gc, text, "Zorvathi", "Karnataka", "Kerala", "India", infer=True)
    unknown = rs[0]
    assert unknown.inferred and unknown.entry is not None
    assert unknown.entry.kind == "adm1" and unknown.entry.id == rs[1].entry.id  # Karnataka
    # its point is where the province's people live (the gazetteer's), not its centre
    assert unknown.point == (unknown.entry.lat, unknown.entry.lon)


def test_a_small_namesake_outside_the_province_the_text_names_is_not_the_place(gc):
    """"X, Y" with no X in Y: not the namesake elsewhere; inferred, X lies in Y."""
    text = "Flooding hit Rice Lake, Ohio, on Monday."
    town, state = _resolve(gc, text, "Rice Lake", "Ohio")
    assert state.entry is not None and state.entry.kind == "adm1"
    assert not any(c.entry.kind == "city" and c.entry.adm1 == state.entry.id
                   for c in town.candidates)  # the gazetteer has no Rice Lake in Ohio
    assert any(c.entry.kind == "city" for c in town.candidates)  # but one elsewhere
    assert town.entry is None
    town, state = _resolve(gc, text, "Rice Lake", "Ohio", infer=True)
    assert town.inferred and town.entry is not None and town.entry.id == state.entry.id
    # the namesake, where the text names its own state
    town, state = _resolve(gc, "Flooding hit Rice Lake, Wisconsin, on Monday.",
                           "Rice Lake", "Wisconsin")
    assert town.entry is not None and town.entry.kind == "city"
    assert town.entry.adm1 == state.entry.id


# Places told together are read together (list_support): a list's items support the readings
# of each other that share their country, and more so their province, weighed against their
# priors (issue 12, item 4).

@pytest.mark.parametrize(("lang", "text", "names", "cc"), [
    # each alone is England's Birmingham and Alabama's Montgomery: together, both Alabama's
    ("en", "Marches in Birmingham and Montgomery drew thousands.",
     ("Birmingham", "Montgomery"), "US"),
    ("en", "Marches in Birmingham and Manchester drew thousands.",
     ("Birmingham", "Manchester"), "GB"),
    ("en", "Protests in Valencia and Maracaibo turned violent.", ("Valencia", "Maracaibo"), "VE"),
    ("en", "Protests in Valencia and Sevilla turned violent.", ("Valencia", "Sevilla"), "ES"),
    ("nl", "Er werd gisteren betoogd in Hengelo en Enschede.", ("Hengelo", "Enschede"), "NL"),
])
def test_the_items_of_a_list_share_a_country(gc, lang, text, names, cc):
    rs = _resolve_in(gc, text, names, lang)
    assert all(r.entry is not None and r.entry.kind == "city" and r.entry.cc == cc
               for r in rs), [(r.mention.text, r.entry) for r in rs]


def test_a_pair_in_one_province_meets_there(gc):
    """Birmingham and Montgomery are both Alabama's; Hengelo is Overijssel's, beside Enschede,
    not the village of Gelderland."""
    text = "Marches in Birmingham and Montgomery drew thousands."
    birmingham, montgomery = _resolve_in(gc, text, ("Birmingham", "Montgomery"), "en")
    assert birmingham.known_entry.adm1 == montgomery.known_entry.adm1
    alone = _resolve_in(gc, "Marches in Birmingham drew thousands.", ("Birmingham",), "en")
    assert alone[0].known_entry.cc == "GB"  # the prior alone: England's
    text = "Er werd gisteren betoogd in Hengelo en Enschede."
    hengelo, enschede = _resolve_in(gc, text, ("Hengelo", "Enschede"), "nl")
    assert hengelo.known_entry.adm1 == enschede.known_entry.adm1


@pytest.mark.parametrize(("text", "names", "expected"), [
    # countries and towns of them, and big towns of two countries: as each is alone
    ("Protests spread to Kenya, Uganda and Nairobi.", ("Kenya", "Uganda", "Nairobi"),
     [("country", "KE"), ("country", "UG"), ("city", "KE")]),
    ("Rallies in London and Paris drew thousands.", ("London", "Paris"),
     [("city", "GB"), ("city", "FR")]),
    ("Talks were held in France, Germany and Italy.", ("France", "Germany", "Italy"),
     [("country", "FR"), ("country", "DE"), ("country", "IT")]),
    # among countries Niger is the country, not Nigeria's state (the list's kind, whatever
    # the countries: no two of them are one)
    ("Cases rose in Ghana, Benin, Niger, Nigeria and Togo.",
     ("Ghana", "Benin", "Niger", "Nigeria", "Togo"),
     [("country", "GH"), ("country", "BJ"), ("country", "NE"), ("country", "NG"),
      ("country", "TG")]),
])
def test_a_list_of_countries_and_towns_stays_as_it_is(gc, text, names, expected):
    rs = _resolve_in(gc, text, names, "en")
    assert [(r.known_entry.kind, r.known_entry.cc) for r in rs] == expected


def test_a_far_less_likely_namesake_gives_no_support(gc):
    """The support is what the best joint reading gains over the other item's own best: a
    reading the other item has only as a small namesake gets (almost) nothing from it."""
    from eventcoder.geo.list_support import list_support

    text = "Rallies in London and Paris drew thousands."
    rs = _resolve_in(gc, text, ("London", "Paris"), "en")
    support = list_support(rs, lists(text, rs, "en"))
    london = {c.entry.cc: support[0][c.entry.id] for c in rs[0].candidates
              if c.entry.kind == "city"}
    assert london["GB"] < 0.5 and london.get("US", 0.0) < 0.5  # Paris, Texas is a village
    text = "Marches in Birmingham and Montgomery drew thousands."
    rs = _resolve_in(gc, text, ("Birmingham", "Montgomery"), "en")
    support = list_support(rs, lists(text, rs, "en"))
    by_id = {c.entry.id: c.entry for c in rs[0].candidates}
    best_us = max((i for i, e in by_id.items() if e.cc == "US"), key=lambda i: support[0][i])
    assert by_id[best_us].adm1 == rs[1].known_entry.adm1
    assert support[0][best_us] > max(s for i, s in support[0].items() if by_id[i].cc == "GB")


def _resolve_in(gc, text: str, names: tuple[str, ...], lang: str):
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(PlaceMention(text=name, start=start, end=start + len(name)))
        pos = start + len(name)
    return gc.resolve_mentions(text, out, lang=lang)
