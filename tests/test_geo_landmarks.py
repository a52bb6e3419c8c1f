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
