"""Geocoding mechanisms beyond single look-ups: areas above countries, demonyms of regions,
ambiguous abbreviations, a name's own admin word, and names the gazetteer lacks.

The texts are made up; each assertion names the mechanism it depends on.
"""

from __future__ import annotations

import pytest

from eventcoder.geo import get_geocoder
from eventcoder.records import PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _mentions(text: str, *names: str) -> list[PlaceMention]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(PlaceMention(text=name, start=start, end=start + len(name)))
        pos = start + len(name)
    return out


def _resolve(gc, text: str, *names: str, infer: bool = False):
    return gc.resolve_mentions(text, _mentions(text, *names), lang="en", infer=infer)


def test_ocean_beats_a_village_of_the_same_name_in_that_country(gc):
    text = "The storm crossed the Atlantic and made landfall in Florida, Miami officials said."
    r = _resolve(gc, text, "Atlantic", "Florida", "Miami")
    assert r[0].entry is not None
    assert r[0].entry.kind == "continent" and r[0].entry.fcode == "OCN"
    assert r[0].entry.id == 3373405  # GeoNames' Atlantic Ocean, not Atlantic, Iowa


def test_world_region_has_its_geonames_id(gc):
    place = gc.resolve("Middle East")
    assert place is not None and place.geonameid == 6269133
    assert place.geo_precision == 3 and place.country is None


@pytest.mark.parametrize(
    ("demonym", "kind", "cc"),
    [("Serb", "country", "RS"), ("Sicilian", "adm1", "IT"), ("Basque", "adm1", "ES"),
     ("Texan", "adm1", "US")],
)
def test_demonyms_of_countries_and_regions(gc, demonym, kind, cc):
    text = f"A {demonym} official spoke."
    (r,) = _resolve(gc, text, demonym)
    assert r.demonym
    assert r.entry is not None and r.entry.kind == kind and r.entry.cc == cc


@pytest.mark.parametrize(
    ("context", "cc"),
    [("Perth and Fremantle", "AU"), ("Seattle and Tacoma", "US")],
)
def test_ambiguous_abbreviation_is_decided_by_context(gc, context, cc):
    a, b = context.split(" and ")
    text = f"Police in {a}, WA, and nearby {b} said the roads were closed."
    r = _resolve(gc, text, a, "WA", b)
    assert r[1].entry is not None and r[1].entry.kind == "adm1" and r[1].entry.cc == cc


@pytest.mark.parametrize("name", ["Oaxaca State", "Kunduz Province"])
def test_a_names_own_admin_word_asks_for_the_province(gc, name):
    text = f"Fighting was reported across {name} on Monday."
    (r,) = _resolve(gc, text, name)
    assert r.mention.cue == "province"
    assert r.entry is not None and r.entry.kind == "adm1"


def test_unknown_venue_is_placed_at_the_town_beside_it_only_when_asked(gc):
    text = ("Gunmen attacked the Zorblaxian Arena in Kunduz on Sunday; "
            "the Zorblaxian Arena was closed.")
    plain = _resolve(gc, text, "Zorblaxian Arena", "Kunduz")
    assert plain[0].entry is None  # never snapped to a namesake
    inferred = _resolve(gc, text, "Zorblaxian Arena", "Kunduz", infer=True)
    assert inferred[0].inferred and inferred[0].entry.id == inferred[1].entry.id == 1135689
    assert not inferred[1].inferred


def test_unknown_name_far_from_any_town_keeps_the_level_the_article_supports(gc):
    filler = " The talks went on." * 120  # well beyond a town mention's reach
    text = "Officials in Kunduz and Baghlan province met." + filler + " Zorblax Ridge was quiet."
    r = _resolve(gc, text, "Kunduz", "Baghlan", "Zorblax Ridge", infer=True)
    assert r[2].inferred
    assert r[2].entry.kind in ("adm1", "country") and r[2].entry.cc == "AF"


def test_inferred_places_never_locate_events(gc):
    from eventcoder.records import Article, Event

    text = "Gunmen attacked the Zorblaxian Arena on Sunday, police in Kunduz said."
    article = Article(id="t1", text=text, language="en")
    (m,) = _mentions(text, "Zorblaxian Arena")
    ev = Event(event_type="Battles", sub_event_type="Armed clash", place_candidates=[m])
    gc.geocode_events(article, [ev])
    # The event falls back as before (its article's town or country), not via an inferred entry.
    assert ev.geonameid in (1135689, 1149361)
    assert ev.geo_precision in (2, 3)


def test_a_region_word_inside_a_venue_name_needs_the_articles_context(gc):
    # "Centre" is a Burkina Faso region; inside a venue's name in a Kenyan story it is no place.
    text = "Crowds gathered at the Kenyatta Convention Centre in Nairobi, Kenya."
    r = _resolve(gc, text, "Kenyatta Convention Centre", "Nairobi", "Kenya")
    assert r[0].entry is None or r[0].entry.cc == "KE"
    inferred = _resolve(gc, text, "Kenyatta Convention Centre", "Nairobi", "Kenya", infer=True)
    assert inferred[0].inferred and inferred[0].entry.id == inferred[1].entry.id


def test_inference_prefers_towns_of_the_articles_main_country(gc):
    text = ("Shelling hit Douma and Harasta near Damascus, Syria, on Monday. Zorblax Farm was hit "
            "too, Syrian monitors said, as diplomats met in Moscow.")
    r = _resolve(gc, text, "Douma", "Harasta", "Damascus", "Syria", "Zorblax Farm", "Syrian",
                 "Moscow", infer=True)
    assert r[4].inferred and r[4].entry.cc == "SY"


@pytest.mark.parametrize(("name", "cc"), [("Democratic Republic of Congo", "CD"),
                                          ("Republic of Congo", "CG")])
def test_the_country_name_we_write_is_one_we_read(gc, name, cc):
    """data/en/country_names.tsv spells a country as ACLED does; that spelling finds it."""
    place = gc.resolve(name)
    assert place is not None and place.iso3 == {"CD": "COD", "CG": "COG"}[cc]
    assert place.location == name


@pytest.mark.parametrize(
    ("text", "names"),
    [("Health officials in Pittsburgh and Harrisburg, Pennsylvania, said the patient had come "
      "from California.", ("Pittsburgh", "Harrisburg", "Pennsylvania", "California")),
     ("Police in Columbus and Cincinnati, Ohio, said the suspect was arrested in Wyoming.",
      ("Columbus", "Cincinnati", "Ohio", "Wyoming"))],
)
def test_a_bare_province_name_is_the_province_not_a_small_town_of_its_name(gc, text, names):
    # W province_namesake: California, Pennsylvania and Wyoming, Ohio lie in the province the
    # story names, but the bare name is the state
    r = _resolve(gc, text, *names)
    last = r[-1].entry
    assert last is not None and last.kind == "adm1" and last.name == names[-1]


@pytest.mark.parametrize(
    ("text", "names", "state"),
    [("The fire destroyed a mill in California, Pennsylvania, on Monday.",
      ("California", "Pennsylvania"), "Pennsylvania"),
     ("He grew up in Wyoming, Ohio, a suburb of Cincinnati.", ("Wyoming", "Ohio", "Cincinnati"),
      "Ohio")],
)
def test_a_province_named_town_stays_the_town_where_the_text_places_it(gc, text, names, state):
    r = _resolve(gc, text, *names)
    town = r[0].entry
    assert town is not None and town.kind == "city"
    assert r[1].entry is not None and r[1].entry.name == state and town.adm1 == r[1].entry.id


def test_the_context_without_a_town_keeps_the_province_the_article_names(gc):
    # ArticleContext.without takes away what the town's mentions added (a share of their
    # province), not the province's whole weight: Utah stays named beside three Dugways
    from eventcoder.geo.context import ArticleContext

    text = ("Tests at Dugway in Utah found the samples were live. Dugway staff said more "
            "samples from Dugway were sent to Germany.")
    r = _resolve(gc, text, "Dugway", "Utah", "Dugway", "Dugway", "Germany")
    utah = r[1].entry
    assert utah is not None and utah.kind == "adm1" and r[0].entry is not None
    assert r[0].entry.adm1 == utah.id
    ctx = ArticleContext.from_resolutions(r)
    assert ctx.without(r[0]).adm1[utah.id] == pytest.approx(1.0)


def test_a_small_town_far_from_every_place_the_article_names_is_left_to_inference(gc):
    # ArticleContext.stray: Washington Square, Pennsylvania (13,000 people) is not the square
    # of a New Orleans story that names Louisiana; with inference it lies at New Orleans
    text = ("The parade left the French Quarter of New Orleans, Louisiana, and ended at "
            "Washington Square, where a band played.")
    names = ("New Orleans", "Louisiana", "Washington Square")
    assert _resolve(gc, text, *names)[2].entry is None
    square = _resolve(gc, text, *names, infer=True)[2]
    assert square.inferred and square.entry is not None and square.entry.name == "New Orleans"


def test_a_small_town_in_the_province_the_article_names_stays(gc):
    text = "Tests at Dugway in Utah found the samples were live; labs in Maryland were told."
    r = _resolve(gc, text, "Dugway", "Utah", "Maryland")
    assert r[0].entry is not None and r[0].entry.name == "Dugway" and not r[0].inferred


@pytest.mark.parametrize(
    ("town", "state"), [("Chattanooga", "Tennessee"), ("Cincinnati", "Ohio")],
)
def test_a_district_near_the_town_the_article_names_is_that_one(gc, town, state):
    # ArticleContext.bonus: the near bonus (W near) counts for districts as for towns
    text = f"Deputies in Hamilton County said the shooting happened near {town}."
    county = _resolve(gc, text, "Hamilton County", town)[0].entry
    assert county is not None and county.kind == "adm2" and county.adm1 is not None
    province = gc.gaz.get(county.adm1)
    assert province is not None and province.name == state


def test_a_village_far_from_the_articles_towns_is_no_guess_even_without_a_province(gc):
    # ArticleContext.stray, STRAY_VILLAGE_POP: Congress, Arizona (2,000 people) is not what a
    # story from Washington means; a town of 9,000 (Visbek) beside Berlin stays
    text = "Officials in Washington said the U.S. Congress would vote on Friday."
    names = ("Washington", "U.S.", "Congress")
    assert _resolve(gc, text, *names)[2].entry is None
    congress = _resolve(gc, text, *names, infer=True)[2]
    assert congress.inferred and congress.entry is not None
    assert congress.entry.name == "Washington"
    town = _resolve(gc, "A fire in Visbek and in Berlin, Germany, killed two.",
                    "Visbek", "Berlin", "Germany")[0].entry
    assert town is not None and town.name == "Visbek"


def _placeless(gc, text: str, word: str, country: str):
    """An event whose words name no place; the extractor guessed ``country``."""
    from eventcoder.records import Article, Event, Evidence

    article = Article(id="t", text=text, language="en")
    start = text.index(word)
    ev = Event(event_type="Explosions/Remote violence",
               sub_event_type="Shelling/artillery/missile attack", country=country,
               evidence=[Evidence(field="event_type", article_id="t", start=start,
                                  end=start + len(word), text=word)])
    gc.geocode_events(article, [ev])
    return ev


def test_a_town_told_before_a_placeless_event_beats_its_guessed_country(gc):
    """A country word beside the event is often a side or a broker, not its place: the town
    the text names just before it is, when the article names that town's country."""
    text = ("Fighting goes on in Syria. The truce brokered by Turkey for eastern Aleppo "
            "collapsed on Wednesday as Turkey accused the regime of heavy shelling.")
    ev = _placeless(gc, text, "shelling", "Turkey")
    assert ev.location == "Aleppo" and ev.country == "Syria"


def test_a_town_of_a_country_the_article_never_names_does_not_beat_the_guess(gc):
    text = ("Speaking in Geneva, the envoy said Turkey had accused the regime of heavy "
            "shelling.")
    ev = _placeless(gc, text, "shelling", "Turkey")
    assert ev.country == "Turkey" and ev.geo_precision == 3
