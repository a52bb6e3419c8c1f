"""Which of the places a report names is where its event happened: a town of the event's own
sentence beats the town the article is about, a journey's start is no place of the event, and
a town that ends a longer name ("the Church of Alexandria") is no place the text tells. The
texts are made up."""

from __future__ import annotations

import pytest

from eventcoder.extract.scan_places import find_places
from eventcoder.geo.event_places import hierarchy_gap
from eventcoder.geo.place_roles import blocked_place, in_a_name, journey_origin
from eventcoder.geo.resolver import get_geocoder
from eventcoder.langpacks import load_pack
from eventcoder.pipeline import code_article
from eventcoder.records import Article, PlaceMention


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(("lang", "text", "name", "origin"), [
    ("en", "The workers drove from the capital, Juba, northeast to Pibor.", "Juba", True),
    ("en", "The workers drove from the capital, Juba, northeast to Pibor.", "Pibor", False),
    ("en", "A convoy travelling from Kabul to Kandahar was ambushed.", "Kabul", True),
    # no destination: fighters from a town, not a journey
    ("en", "Fighters from Raqqa attacked the village.", "Raqqa", False),
    # the clause ends before any destination
    ("en", "Refugees from Aleppo arrived. They went to Gaziantep.", "Aleppo", False),
    ("nl", "De hulpverleners reden van Juba naar Pibor toen zij werden beschoten.", "Juba", True),
])
def test_a_journeys_start(lang, text, name, origin) -> None:
    start, end = _at(text, name)
    assert journey_origin(text, start, end, lang) is origin


@pytest.mark.parametrize(("text", "name", "inside"), [
    ("He wrote to the Coptic Orthodox Church of Alexandria.", "Alexandria", True),
    ("She studied at the University of Chicago for years.", "Chicago", True),
    # a capital that only opens the sentence makes no name
    ("Residents of Aleppo fled the shelling.", "Aleppo", False),
    ("The people of Aleppo fled the shelling.", "Aleppo", False),
    # an office's town is its own ("the city of a named mayor")
    ("He met the Mayor of Aleppo on Monday.", "Aleppo", False),
])
def test_a_town_that_ends_a_longer_name(text, name, inside) -> None:
    assert in_a_name(text, text.index(name), "en") is inside


def test_a_blocker_says_where_someone_lives_not_where_the_event_was() -> None:
    text = "A man who lived in Moscow was poisoned in Salisbury."
    assert blocked_place(text, text.index("Moscow"), "en")
    assert not blocked_place(text, text.index("Salisbury"), "en")


def test_the_scan_offers_no_journeys_start_as_a_place() -> None:
    text = "Gunmen killed five aid workers as they drove from the capital, Nairobi, to Marsabit."
    assert "Nairobi" not in [p.text for p in find_places(text, load_pack("en"), None, [])]


def _code(text: str) -> list:
    return code_article(Article(id="t", text=text, language="en", published="2020-03-10"),
                        scope=False)


def test_a_town_of_the_events_sentence_beats_the_town_the_article_is_about() -> None:
    events = _code(
        "A man set fire to a mosque in Dortmund on Monday, prosecutors say. The fire in "
        "Dortmund damaged the roof of the building. Police in Dortmund are still investigating "
        "the fire. On Friday, German police arrested two men accused of plotting a terror "
        "attack on a synagogue in Bielefeld.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.location for e in arrests] == ["Bielefeld"]


def test_a_journeys_start_is_not_where_the_travellers_were_attacked() -> None:
    [event] = _code(
        "Gunmen killed five aid workers in Kenya on Saturday. The attack happened as the "
        "workers drove from the capital, Nairobi, north to Marsabit. The victims were later "
        "found by other members of the convoy.")
    assert event.location == "Marsabit" and event.geo_precision == 2


def test_a_town_inside_a_churchs_name_does_not_place_a_protest() -> None:
    events = _code(
        "Security fears swept across Cairo on Monday after a bomb ripped through a church in "
        "Cairo's Abbassiya district on Sunday, killing 25 people. Sisi sent his condolences to "
        "Pope Tawadros of the Coptic Orthodox Church of Alexandria. Hundreds of demonstrators "
        "gathered outside the cathedral on Sunday to voice their anger at police.")
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests and all(e.location == "Cairo" for e in protests)


@pytest.mark.parametrize(("between", "hierarchy"), [
    (" (", True),
    (", in north-western ", True),
    (" in ", True),
    (" village in ", True),
    (" on Saturday against the war in ", False),
    (" after talks in ", False),
])
def test_a_hierarchy_gap_holds_only_place_words(between, hierarchy) -> None:
    assert hierarchy_gap(between, "en") is hierarchy


def test_a_country_the_clause_goes_on_to_is_no_unit_of_the_town() -> None:
    [event] = _code("Thousands of protesters rallied in London on Saturday against the war in "
                    "Ukraine.")
    assert event.location == "London"


@pytest.mark.parametrize("text", [
    # a province in parentheses or after a comma binds the name: not Palma de Mallorca
    "Insurgents attacked Palma (Cabo Delgado) on Wednesday, killing dozens of civilians, "
    "Mozambican police said.",
    "Insurgents killed 12 people in an attack on Palma, Cabo Delgado, on Wednesday.",
    "Insurgents attacked the town of Palma in Cabo Delgado province on Wednesday, killing "
    "dozens of civilians.",
])
def test_a_province_attached_to_a_name_keeps_a_famous_namesake_out(text) -> None:
    events = _code(text)
    assert len(events) == 1  # "Palma, Cabo Delgado" is a place and its province, not a list
    assert events[0].country == "Mozambique" and events[0].admin1 == "Cabo Delgado"


def test_a_comma_list_of_towns_is_still_a_list() -> None:
    events = _code("Thousands demonstrated in Oran, Constantine on Friday.")
    assert sorted(e.location for e in events) == ["Constantine", "Oran"]


def test_the_country_another_sentence_of_the_event_names_steers_a_namesake_abroad() -> None:
    [event] = _code("Islamist insurgents attacked the town of Palma on Wednesday, killing dozens "
                    "of civilians. The attack in northern Mozambique forced thousands to flee.")
    assert event.country == "Mozambique"


def test_the_resolver_reads_a_province_in_parentheses_as_where_the_name_lies() -> None:
    text = "Palma (Cabo Delgado) was attacked."
    mentions = [PlaceMention(text="Palma", start=0, end=5),
                PlaceMention(text="Cabo Delgado", start=7, end=19)]
    palma, province = get_geocoder().resolve_mentions(text, mentions, lang="en")
    assert province.entry is not None and province.entry.cc == "MZ"
    assert palma.entry is None or palma.entry.cc == "MZ"


@pytest.mark.parametrize(("lang", "text", "origin", "scene"), [
    ("en", "A man from Rotterdam was arrested in Amsterdam on Tuesday.", "Rotterdam",
     "Amsterdam"),
    ("en", "Fighters from Raqqa attacked an army post in Deir ez-Zor on Monday.", "Raqqa",
     "Deir ez-Zor"),
    ("nl", "Een 32-jarige inwoner van Utrecht is zaterdag in Arnhem aangevallen.", "Utrecht",
     "Arnhem"),
    ("en", "A suicide bomber from Mosul blew himself up at a checkpoint in Baghdad.", "Mosul",
     "Baghdad"),
])
def test_where_someone_comes_from_is_marked_and_comes_after_the_events_place(
        lang, text, origin, scene) -> None:
    places = {p.text: p for p in find_places(text, load_pack(lang), None, [])}
    assert places[origin].origin and not places[scene].origin


def test_a_place_left_by_a_verb_is_no_origin() -> None:
    text = "Hundreds of civilians were evacuated from Aleppo on Monday."
    [aleppo] = find_places(text, load_pack("en"), None, [])
    assert not aleppo.origin


@pytest.mark.parametrize(("text", "place"), [
    ("A man from Rotterdam was arrested in Amsterdam on Tuesday on suspicion of planning a "
     "terrorist attack.", "Amsterdam"),
    # alone, where someone comes from is still the event's best place
    ("A 25-year-old man from Rotterdam was arrested on Tuesday on suspicion of planning a "
     "terrorist attack.", "Rotterdam"),
])
def test_an_arrest_is_placed_where_it_happened_not_where_the_suspect_is_from(text, place) -> None:
    arrests = [e for e in _code(text) if e.sub_event_type == "Arrests"]
    assert [e.location for e in arrests] == [place]


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("nl", "Duizenden demonstranten liepen zaterdag van de Dam naar het Museumplein om te "
     "protesteren tegen het klimaatbeleid.", "Amsterdam"),
    ("en", "Thousands of protesters marched from Trafalgar Square to Parliament Square on "
     "Saturday.", "London"),
])
def test_a_march_from_a_landmark_stays_in_its_town(lang, text, town) -> None:
    events = code_article(Article(id="t", text=text, language=lang, published="2020-03-10"),
                          scope=False)
    assert [e.location for e in events] == [town]


def test_where_a_soldier_comes_from_comes_after_the_country_he_was_killed_in() -> None:
    [event] = _code("Two soldiers from Texas were killed by a roadside bomb in Afghanistan on "
                    "Monday.")
    assert event.country == "Afghanistan"


@pytest.mark.parametrize(("text", "place"), [
    ("Police in Kabul said gunmen killed four people in Kunduz on Monday.", "Kunduz"),
    ("Officials in Baghdad said a car bomb exploded in a market in Mosul, killing 12 people.",
     "Mosul"),
    # the speaker's town alone still places the event
    ("In Mosul, police said a car bomb killed 12 people on Monday.", "Mosul"),
])
def test_where_the_source_speaks_is_not_where_the_event_was(text, place) -> None:
    events = _code(text)
    assert events and all(e.location == place for e in events)


@pytest.mark.parametrize(("lang", "text", "country", "town"), [
    ("nl", "Gisteren is de veiligheidsadviseur van president Djukanovic van Montenegro door "
           "onbekenden in de hoofdstad Podgorica doodgeschoten.", "Montenegro", "Podgorica"),
    ("en", "A security adviser to the president of Montenegro was shot dead by unknown "
           "gunmen in the capital Podgorica yesterday.", "Montenegro", "Podgorica"),
])
def test_a_place_inside_the_country_named_first_is_the_events(lang, text, country, town):
    """The codebook codes the most specific place named: a country told first (a victim's
    office) gives way to the town its sentence names inside it."""
    events = code_article(Article(id="t", text=text, language=lang, published="2000-06-02"),
                          scope=False)
    assert [e.location for e in events] == [town]
    assert events[0].geo_precision == 1 and events[0].country == country

