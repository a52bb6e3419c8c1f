"""Streets, squares and venues in a town: never a far namesake, placed in the town the text
names. The texts are made up; each test names the mechanism it depends on."""

from __future__ import annotations

import pytest

from eventcoder.geo import find_toponyms, get_geocoder
from eventcoder.records import Article, Event, PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def test_a_name_after_a_dutch_article_is_a_landmark_not_a_town(gc):
    # GeoNames knows "Dam" as another name of Dome (Ghana); "op de Dam" is a square
    text = "Honderden mensen verzamelden zich zaterdag op de Dam in Amsterdam."
    names = [m.text for m in find_toponyms(text, "nl", gazetteer=gc)]
    assert "Dam" not in names and "Amsterdam" in names


def test_a_big_city_inside_a_venues_name_places_it(gc):
    text = "De granaat ontplofte bij de ingang van hotel W Amsterdam."
    start = text.index("W Amsterdam")
    mention = PlaceMention(text="W Amsterdam", start=start, end=start + 11)
    (r,) = gc.resolve_mentions(text, [mention], lang="nl")
    assert r.entry is not None and (r.entry.name, r.entry.cc) == ("Amsterdam", "NL")


def test_a_small_town_inside_a_longer_name_needs_context(gc):
    text = "Delegates met at the Convention Centre."
    start = text.index("Convention Centre")
    mention = PlaceMention(text="Convention Centre", start=start, end=start + 17)
    (r,) = gc.resolve_mentions(text, [mention], lang="en")
    assert r.entry is None


def test_an_event_on_an_unknown_street_is_placed_around_the_articles_only_town(gc):
    text = ("Een granaat ontplofte vrijdagochtend in de Spuistraat. Medewerkers van een hotel "
            "in Amsterdam hoorden niets.")
    start = text.index("Spuistraat")
    event = Event(event_type="Explosions/Remote violence", sub_event_type="Grenade",
                  place_candidates=[PlaceMention(text="Spuistraat", start=start,
                                                 end=start + 10, cue="city")])
    gc.geocode_events(Article(id="t", text=text, language="nl"), [event])
    assert (event.location, event.geo_precision) == ("Amsterdam", 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Tienduizenden betogers belagen sinds gisteren het hoofdkwartier van de "
               "Soedanese strijdkrachten."),
        ("en", "Thousands of Sudanese protesters rallied outside the army headquarters on "
               "Sunday."),
    ],
)
def test_a_protest_at_a_national_institution_is_placed_around_the_capital(lang, text):
    from eventcoder.pipeline import code_article

    [ev] = code_article(Article(id="t", text=text, language=lang, published="2019-04-08"))
    assert (ev.location, ev.country, ev.geo_precision) == ("Khartoum", "Sudan", 2)


def test_a_named_town_beats_the_capital_of_a_national_site(gc):
    from eventcoder.pipeline import code_article

    text = "Thousands of protesters rallied outside the regional parliament in Mosul on Sunday."
    [ev] = code_article(Article(id="t", text=text, language="en", published="2019-04-08"))
    assert ev.location == "Mosul"


def _resolve(gc, text: str, names: list[str], lang: str = "en"):
    mentions = []
    for name in names:
        start = text.index(name, mentions[-1].end if mentions else 0)
        mentions.append(PlaceMention(text=name, start=start, end=start + len(name)))
    return gc.resolve_mentions(text, mentions, lang=lang)


@pytest.mark.parametrize(("text", "name", "town", "cc"), [
    # landmarks.tsv: a building a small town shares its name with (White House, Tennessee)
    ("Protesters gathered outside the White House on Sunday.", "White House", "Washington", "US"),
    ("The Kremlin denied the report.", "Kremlin", "Moscow", "RU"),
    ("Flights from Heathrow were cancelled.", "Heathrow", "London", "GB"),
    ("Betogers verzamelden zich bij het Witte Huis.", "Witte Huis", "Washington", "US"),
    # an American article: the landmark still puts Paris in France, not in Texas
    ("A Texas doctor on a family trip saw a gunman open fire on the Champs-Elysees.",
     "Champs-Elysees", "Paris", "FR"),
])
def test_a_landmark_stands_for_the_town_it_lies_in(gc, text, name, town, cc):
    (r,) = _resolve(gc, text, [name], "nl" if "Betogers" in text else "en")
    assert r.entry is not None and (r.entry.label or r.entry.name, r.entry.cc) == (town, cc)
    assert gc.precision(r.entry, None) == 1


def test_a_landmark_after_a_dutch_article_is_still_found(gc):
    # "het Pentagon": a lone name after an article is a landmark; a known one is kept
    text = "Een woordvoerder van het Pentagon bevestigde de aanval."
    assert "Pentagon" in [m.text for m in find_toponyms(text, "nl", gazetteer=gc)]


def test_a_town_and_its_state_make_the_state_not_the_capital(gc):
    # "X, Y": Y holds X's best-known namesake (Tacoma lies in Washington state)
    text = "The bakery in Tacoma, Washington shares its recipes."
    tacoma, washington = _resolve(gc, text, ["Tacoma", "Washington"])
    assert (washington.entry.kind, washington.entry.cc) == ("adm1", "US")
    assert tacoma.entry.adm1 == washington.entry.id


def test_a_list_of_cities_is_no_qualifier(gc):
    # "Washington, New York and Boston": New York is not the state Washington lies in
    text = "After stops in Washington, New York and Boston, the prince flew home."
    washington, *_ = _resolve(gc, text, ["Washington", "New York", "Boston"])
    assert washington.entry.fcode == "PPLC" and washington.entry.cc == "US"


@pytest.mark.parametrize(("text", "lang", "person", "place"), [
    # titles.txt: the words after a title name a person, wherever they recur in the article
    ("Russian President Vladimir Putin met Erdogan in Ankara. Later Vladimir Putin flew home.",
     "en", "Vladimir", "Ankara"),
    ("Mr. Paterson was stabbed at a house in Edmonton. Paterson's family wept in court.",
     "en", "Paterson", "Edmonton"),
    ("Premier Rutte sprak in Den Haag met president Poetin en later belde Poetin opnieuw.",
     "nl", "Poetin", "Den Haag"),
])
def test_a_titled_name_is_a_person_not_a_town(gc, text, lang, person, place):
    names = [m.text for m in find_toponyms(text, lang, gazetteer=gc)]
    assert person not in names and place in names


def test_a_place_after_a_titled_name_stays_a_place(gc):
    # the title's reach ends at the first connector: Washington is the senator's state
    text = "Sen. Patty Murray of Washington spoke in Seattle."
    assert {"Washington", "Seattle"} <= {m.text for m in find_toponyms(text, "en", gazetteer=gc)}
