"""The text's own hierarchy beyond provinces, names inside longer names, and famous towns
against their namesakes.

- "X (Y)" and "X, Y" where Y is a town or a country: X is within or near Y; a landmark so
  qualified is in Y, wherever the landmark table puts a square of that name.
- A country word in the middle of a longer name of its own ("Datu Saudi Ampatuan", a
  Philippine town) is not a mention of that country.
- A famous town is what its bare name means, unless the article's country words, provinces
  or actors point to a namesake.

The texts are made up; each test names the mechanism it depends on.
"""

from __future__ import annotations

import pytest

from conftest import resolve_names as _resolve
from eventcoder.distance import haversine_km
from eventcoder.geo import get_geocoder
from eventcoder.geo.toponyms import find_toponyms


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _scan(gc, text: str, infer: bool = False):
    """End to end without NER: the toponym scan, then resolution."""
    found = find_toponyms(text, "en", gazetteer=gc)
    return gc.resolve_mentions(text, found, lang="en", infer=infer)


# --- 1. a town or a country as the qualifier ---------------------------------------------------

@pytest.mark.parametrize("form", ["Tahrir Square (Baghdad)", "Tahrir Square, Baghdad,"])
def test_a_landmark_qualified_by_a_town_is_in_that_town(gc, form):
    """The landmark table puts Tahrir Square in Cairo; the text puts this one in Baghdad."""
    text = f"Thousands of protesters gathered in {form} on Friday."
    square, town = _resolve(gc, text, "Tahrir Square", "Baghdad")
    assert town.known_entry.kind == "city" and town.known_entry.cc == "IQ"
    assert square.entry == town.entry and not square.inferred


def test_a_landmark_alone_stays_in_its_own_town(gc):
    text = "Thousands of protesters gathered in Tahrir Square on Friday."
    (square,) = _resolve(gc, text, "Tahrir Square")
    assert square.known_entry.cc == "EG"


def test_a_town_qualified_by_a_town_is_the_namesake_near_it(gc):
    """Paris (Lexington): the Kentucky town of that name, not France's capital."""
    text = "Police dispersed a protest in Paris (Lexington) on Sunday."
    paris, lexington = _resolve(gc, text, "Paris", "Lexington")
    town = lexington.known_entry
    assert paris.known_entry.cc == "US"
    assert haversine_km(paris.known_entry.lat, paris.known_entry.lon, town.lat, town.lon) < 100


def test_a_town_bracketed_by_a_far_town_is_not_a_namesake_elsewhere(gc):
    """No Paris lies near Kandahar: the name is unresolved, and inference puts it at Kandahar."""
    text = "Gunmen attacked a market in Paris (Kandahar) on Sunday."
    paris, kandahar = _resolve(gc, text, "Paris", "Kandahar")
    assert kandahar.known_entry.cc == "AF"
    assert paris.entry is None
    paris, kandahar = _resolve(gc, text, "Paris", "Kandahar", infer=True)
    assert paris.inferred and paris.entry == kandahar.entry


def test_a_town_bracketed_by_a_country_without_it_is_no_namesake_elsewhere(gc):
    """"Paris (Afghanistan)": no Paris lies in Afghanistan; France's is not meant."""
    text = "Gunmen attacked a market in Paris (Afghanistan) on Sunday."
    paris, country = _resolve(gc, text, "Paris", "Afghanistan")
    assert country.known_entry.kind == "country"
    assert paris.entry is None or paris.entry.cc == "AF"


def test_a_list_of_towns_is_no_hierarchy(gc):
    """"Paris, London and Berlin": each is its own famous town."""
    text = "Protests spread to Paris, London and Berlin on Saturday."
    paris, london, berlin = _resolve(gc, text, "Paris", "London", "Berlin")
    assert [r.known_entry.cc for r in (paris, london, berlin)] == ["FR", "GB", "DE"]


def test_a_country_qualifier_still_picks_the_namesake_in_it(gc):
    text = "A bomb exploded in Tripoli (Lebanon) on Monday."
    tripoli, _ = _resolve(gc, text, "Tripoli", "Lebanon")
    assert tripoli.known_entry.cc == "LB" and tripoli.known_entry.kind == "city"


# --- 2. a country word inside a longer name ------------------------------------------------

@pytest.mark.parametrize("text", [
    "BIFF militants clashed with soldiers in Datu Saudi Ampatuan (Maguindanao) on Monday.",
    "BIFF militants clashed with soldiers near Datu Saudi Ampatuan on Monday.",
])
def test_a_country_word_inside_a_town_name_is_no_country(gc, text):
    assert all(r.entry is None or r.entry.cc != "SA" for r in _scan(gc, text))


def test_a_town_name_holding_a_country_word_does_not_resolve_to_the_country(gc):
    """The whole name as one mention (as the extractor passes it): the country inside it is
    no place it names."""
    text = "BIFF militants clashed with soldiers in Datu Saudi Ampatuan on Monday."
    (town,) = _resolve(gc, text, "Datu Saudi Ampatuan")
    assert town.entry is None or town.entry.cc != "SA"


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Saudi Crown Prince Mohammed bin Salman arrived in Paris on Monday.", "Saudi", "SA"),
    ("Protesters marched in southern Saudi Arabia on Monday.", "Saudi Arabia", "SA"),
    ("Students of Colorado State University marched on Monday.", "Colorado", "US"),
])
def test_a_country_word_that_begins_or_ends_a_name_still_counts(gc, text, name, cc):
    found = [r for r in _scan(gc, text) if name in r.mention.text]
    assert found and found[0].entry is not None and found[0].entry.cc == cc


# --- 3. a famous town against a namesake abroad --------------------------------------------

@pytest.mark.parametrize(("text", "cc"), [
    ("Protesters clashed with police in Tripoli on Friday.", "LY"),
    ("Lebanese soldiers clashed with gunmen in Tripoli on Friday.", "LB"),
    ("Protesters marched in Valencia on Sunday.", "ES"),
    ("Venezuelan troops fired tear gas at protesters in Valencia on Sunday.", "VE"),
    ("Riots broke out in Birmingham overnight.", "GB"),
    ("Alabama police said riots broke out in Birmingham overnight.", "US"),
    ("Police fired on protesters in Hyderabad.", "IN"),
    ("Sindh police fired on protesters in Hyderabad.", "PK"),
    ("Protesters gathered in Lagos on Monday.", "NG"),
    ("Portuguese police dispersed protesters in Lagos on Monday.", "PT"),
    ("Police clashed with protesters in Kingston.", "JM"),
    ("Canadian police clashed with protesters in Kingston.", "CA"),
])
def test_a_famous_town_unless_the_article_points_to_a_namesake(gc, text, cc):
    towns = [r for r in _scan(gc, text) if r.entry is not None and r.entry.kind == "city"]
    assert towns and towns[-1].known_entry.cc == cc


@pytest.mark.parametrize(("text", "cc"), [
    ("An American tourist was stabbed in Paris on Saturday.", "FR"),
    ("A Mexican national was shot dead in Valencia, police said.", "ES"),
    ("Two Filipino workers were killed in clashes in Tripoli.", "LY"),
])
def test_a_foreigner_in_a_famous_town_does_not_move_it(gc, text, cc):
    """A victim's nationality is no pointer to a namesake in their country."""
    towns = [r for r in _scan(gc, text) if r.entry is not None and r.entry.kind == "city"]
    assert towns and towns[-1].known_entry.cc == cc


def test_an_actor_country_points_to_the_namesake(gc):
    """Actors' countries (the resolver's hints) weigh as a country the article names."""
    text = "Troops clashed with gunmen in Tripoli on Friday."
    found = find_toponyms(text, "en", gazetteer=gc)
    (tripoli,) = gc.resolve_mentions(text, found, lang="en", hints=frozenset({"LB"}))
    assert tripoli.known_entry.cc == "LB"
    (tripoli,) = gc.resolve_mentions(text, found, lang="en")
    assert tripoli.known_entry.cc == "LY"


def test_a_town_bracketed_by_its_own_name_is_that_town(gc):
    """"Kabul (Kabul)": ACLED's town with its province of the same name."""
    text = "Around 20 women protested in Kabul (Kabul) on Tuesday."
    town, unit = _resolve(gc, text, "Kabul", "Kabul")
    assert town.known_entry.kind == "city" and town.known_entry.cc == "AF"
    assert town.known_entry.population > 1_000_000


@pytest.mark.parametrize(("text", "name", "country", "cc", "kind"), [
    ("Protesters marched in Hong Kong (China) on Sunday.", "Hong Kong", "China", "HK", None),
    ("Farmers blocked roads in Punjab (India) on Sunday.", "Punjab", "India", "IN", "adm1"),
    ("Farmers blocked roads in Punjab (Pakistan) on Sunday.", "Punjab", "Pakistan", "PK", "adm1"),
])
def test_a_country_qualifier_keeps_its_territories_and_picks_its_province(
        gc, text, name, country, cc, kind):
    place, _ = _resolve(gc, text, name, country)
    assert place.known_entry.cc == cc
    assert kind is None or place.known_entry.kind == kind


def test_a_comma_list_of_names_is_no_country_qualifier(gc):
    """"Lund, Dutch Farms": a demonym after a comma does not place the name before it."""
    text = "Brands recalled include Farm Fresh, Lund, Dutch Farms and Kemps."
    lund, dutch = _resolve(gc, text, "Lund", "Dutch")
    assert dutch.demonym and lund.known_entry.cc == "SE"


def test_a_comma_list_of_towns_infers_an_unknown_item_near_its_neighbours(gc):
    """An unknown item of a comma list is not placed at the next town as if "X, Y" named X's
    town: inference takes the nearest town mentioned before or after."""
    text = "Protests hit Kisumu, Bondo, Qwertyvale, Kisii and Nakuru."
    *_, unknown, kisii, _ = _resolve(gc, text, "Kisumu", "Bondo", "Qwertyvale", "Kisii",
                                     "Nakuru", infer=True)
    assert unknown.inferred and unknown.entry != kisii.entry


def test_a_place_word_inside_a_title_is_no_name_of_its_own(gc):
    """Only a neighbour the gazetteer knows as a place makes a longer place name: "Journal"
    of "New England Journal" does not, so England stays a mention."""
    text = "The study was published in New England Journal of Medicine on Thursday."
    found = [r for r in _scan(gc, text) if "England" in r.mention.text]
    assert found and found[0].entry is not None and found[0].entry.cc == "GB"
