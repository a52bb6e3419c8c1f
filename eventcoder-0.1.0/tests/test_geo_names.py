"""Which place a bare name means: a province over a small town of its name, a lake over a
county found inside its name."""

from __future__ import annotations

import pytest

from eventcoder.geo.resolver import get_geocoder
from eventcoder.records import PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _resolve(gc, text: str, names: list[str]):
    mentions = [PlaceMention(text=n, start=text.index(n), end=text.index(n) + len(n))
                for n in names]
    return {r.mention.text: r.entry for r in gc.resolve_mentions(text, mentions, lang="en")}


def test_a_province_whose_town_of_its_name_is_small_is_the_province(gc):
    """Quebec City holds 5 % of Quebec's people: bare "Quebec" is the province."""
    got = _resolve(gc, "Schools in Quebec and Ontario stay shut, officials in Montreal said.",
                   ["Quebec", "Ontario", "Montreal"])
    assert got["Quebec"] is not None and got["Quebec"].kind == "adm1"
    assert got["Quebec"].id == 6115047


def test_a_town_that_names_its_province_is_still_the_town(gc):
    """Kunduz holds a large share of its province: the bare name is the town (the seed)."""
    got = _resolve(gc, "The Taliban attacked Kunduz and Pul-e-Khumri in Baghlan.",
                   ["Kunduz", "Pul-e-Khumri", "Baghlan"])
    assert got["Kunduz"] is not None and got["Kunduz"].id == 1135689


def test_a_generic_word_inside_a_name_is_no_place(gc):
    """"Lake Erie": its "Lake" is no Lake County (the gazetteer lacks the lake itself)."""
    got = _resolve(gc, "Algae spread in Lake Erie near Cleveland, Ohio.",
                   ["Lake Erie", "Cleveland", "Ohio"])
    assert got["Lake Erie"] is None or "Lake County" not in got["Lake Erie"].name


def test_a_name_and_its_district_do_not_vouch_for_each_other(gc):
    """"Karak" and "Karak district" in a Jordanian story: Pakistan's town and district of that
    name lie together, but one name is no second place that supports the first."""
    text = ("Jordanian police said gunmen attacked a castle in Karak. Security forces in Karak "
            "district and in Irbid hunted the attackers, officials in Jordan said.")
    got = _resolve(gc, text, ["Karak", "Karak district", "Irbid", "Jordan"])
    assert got["Karak"] is not None and got["Karak"].cc == "JO"


def test_a_province_beside_others_of_its_country_beats_the_country_of_its_name(gc):
    """"Georgia" beside Nevada is the state, though Thailand brings countries into the story;
    alone it stays the country."""
    got = _resolve(gc, "Troops from Thailand trained in Georgia and Nevada.",
                   ["Thailand", "Georgia", "Nevada"])
    assert got["Georgia"] is not None and got["Georgia"].kind == "adm1"
    assert got["Georgia"].cc == "US"
    alone = _resolve(gc, "Protesters marched in Georgia on Monday.", ["Georgia"])
    assert alone["Georgia"] is not None and alone["Georgia"].kind == "country"


def test_a_capital_abroad_yields_to_a_city_of_its_name_in_the_story_country(gc):
    """London, Ontario in a Canadian story; London alone, or in a US story, is the capital."""
    got = _resolve(gc, "Syrian refugees settled in London this winter, Canada's officials said.",
                   ["London", "Canada"])
    assert got["London"] is not None and got["London"].cc == "CA"
    for text, names in (("Talks were held in London.", ["London"]),
                        ("US envoys flew to London from Texas.", ["London", "Texas"])):
        got = _resolve(gc, text, names)
        assert got["London"] is not None and got["London"].id == 2643743


def test_arab_is_a_demonym_of_the_middle_east_not_a_town_in_alabama(gc):
    text = "Arab leaders met in Iraq; Syria and Israel were absent."
    start = text.index("Arab")
    [r, *_] = gc.resolve_mentions(text, [PlaceMention(text="Arab", start=start, end=start + 4),
                                         PlaceMention(text="Iraq", start=text.index("Iraq"),
                                                      end=text.index("Iraq") + 4)], lang="en")
    assert r.demonym and r.entry is not None and r.entry.name == "Middle East"


def test_a_compass_word_names_a_province_only_inside_the_story_countries(gc):
    """"Western" is Uganda's Western region in a Ugandan story, no place in an American one;
    a sea named with such a word stays a sea."""
    got = _resolve(gc, "Rebels attacked Western, Uganda said.", ["Western", "Uganda"])
    assert got["Western"] is not None and got["Western"].cc == "UG"
    got = _resolve(gc, "Fires spread in the Western states, officials in Oregon said.",
                   ["Western", "Oregon"])
    assert got["Western"] is None or got["Western"].cc == "US"
    got = _resolve(gc, "A ferry sank in the North Sea off the Netherlands.",
                   ["North Sea", "Netherlands"])
    assert got["North Sea"] is not None and got["North Sea"].name == "North Sea"
