"""An event never leaves the countries and provinces its text names (issue 17).

Made-up notes of the shapes ACLED analysts write, in several countries. Names that must not
cross the bound are drawn from the gazetteer itself (a small, unambiguous town in another
country), so the tests hold whatever namesakes the data has, and no place name is special.
"""

from __future__ import annotations

import pytest

from eventcoder.geo import get_geocoder
from eventcoder.geo.gazetteer import admin_names, iso_admin_label
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.records import Article, Event, PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _small_town_abroad(gc, cc: str) -> str:
    """The name of a small town in ``cc`` that no other place shares (exact name key), is
    not a common or generic word, and is a single capitalised ASCII word."""
    rows = gc.gaz._con.execute(
        "SELECT name FROM places WHERE kind='city' AND cc=? AND population BETWEEN 2000 AND 20000"
        " ORDER BY id LIMIT 400", (cc,)).fetchall()
    lex = lexicon("en")
    for (name,) in rows:
        if not name.isascii() or not name.isalpha() or len(name) < 6 or lex.is_common(name):
            continue
        if lex.is_generic(name):
            continue
        cands, demonym = gc.candidates(name, lang="en")
        if not demonym and len(cands) == 1 and cands[0].tier == 0:
            return name
    raise AssertionError(f"no unambiguous small town found in {cc}")


def _mention(text: str, name: str, cue: str | None = None) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(text=name, start=start, end=start + len(name), cue=cue)


def _event(text: str, *names: str) -> Event:
    return Event(event_type="Battles", sub_event_type="Armed clash",
                 place_candidates=[_mention(text, n) for n in names])


def _geocode(gc, text: str, *names: str) -> Event:
    article = Article(id="t", text=text, language="en")
    ev = _event(text, *names)
    gc.geocode_events(article, [ev])
    return ev


# ---- admin1 names: ISO 3166-2, GeoNames names as aliases -----------------------------------

def test_iso_name_replaces_a_transliterated_variant_but_not_an_english_name():
    # pure function: an alias that only spells the ISO name otherwise gives way to it ...
    assert iso_admin_label("Şalāḩ ad Dīn", "Salahaddin") == "Salah ad Din"
    assert iso_admin_label("Bāmyān", "Bomiyon") == "Bamyan"  # same consonants
    # ... an English name of its own stays, as does a label when the ISO name is plain ASCII
    assert iso_admin_label("Ḩalab", "Aleppo") == "Aleppo"
    assert iso_admin_label("Noord-Holland", "North Holland") == "North Holland"
    assert iso_admin_label(None, "Borno") == "Borno"


@pytest.mark.parametrize("cc", ["IQ", "YE", "PK", "SY", "UZ", "IR"])
def test_admin1_labels_follow_iso_where_geonames_only_respells(gc, cc):
    """Every admin1 of the country: the output name is ASCII, and it is either the ISO name
    folded or a name that is no mere respelling of it; GeoNames' own name still matches."""
    import pycountry

    rows = admin_names(cc)
    assert rows, f"no admin1 units for {cc}"
    for code, gid, name, label in rows:
        assert label.isascii()
        iso = pycountry.subdivisions.get(code=code) if code else None
        if iso is not None and not iso.name.isascii():
            assert iso_admin_label(iso.name, label) == label
        found, _ = gc.candidates(name, lang="en", allow_fuzzy=False)
        assert any(c.entry.id == gid for c in found)


def test_admin_listing_command_prints_the_naming_source(gc, capsys, monkeypatch):
    import sys

    from eventcoder.geo.gazetteer import main

    monkeypatch.setattr(sys, "argv", ["eventcoder.geo", "admin1", "NG"])
    main()
    out = capsys.readouterr().out
    assert "NG-BO" in out and " -> Borno" in out


# ---- the bound: countries and provinces the article names ----------------------------------

@pytest.mark.parametrize(("home", "province", "demonym", "abroad"), [
    ("Nigeria", "Borno state", "Nigerian", "TR"),
    ("Somalia", "Lower Shabelle region", "Somali", "KZ"),
    ("Mali", "Mopti region", "Malian", "MK"),
])
def test_unknown_village_and_district_abroad_stay_in_the_named_province(
        gc, home, province, demonym, abroad):
    """"in X village (Y district, Z province)" with X unknown and Y a small town's name
    abroad: the event goes to Z (precision 3), in the named country, never abroad."""
    district = _small_town_abroad(gc, abroad)
    text = (f"On 3 March 2021, {demonym} soldiers clashed with militants in Qwertzkolo village "
            f"({district} district, {province}), {home}. Two soldiers were killed.")
    ev = _geocode(gc, text, "Qwertzkolo", district, province.rsplit(" ", 1)[0])
    assert ev.country == home
    assert ev.iso3 != abroad
    assert ev.geo_precision == 3 and ev.admin1 is not None


def test_a_small_namesake_abroad_is_refused_but_a_big_city_or_qualified_town_is_not(gc):
    town = _small_town_abroad(gc, "TR")
    text = f"Kenyan police said the attackers fled to {town} after talks in Moscow."
    out = gc.resolve_mentions(text, [_mention(text, "Kenyan", cue="demonym"),
                                     _mention(text, town), _mention(text, "Moscow")], lang="en")
    assert out[1].entry is None  # a small town in a country the text has not named
    assert out[2].entry is not None and out[2].entry.cc == "RU"  # a big city: self-evident
    # "X, Y" with Y a province of X's own country points there: the bound gives way
    unit = gc.gaz.get(gc.candidates(town, lang="en")[0][0].entry.adm1)
    text = f"Kenyan police said one suspect was seen in {town}, {unit.label}."
    out = gc.resolve_mentions(text, [_mention(text, "Kenyan", cue="demonym"),
                                     _mention(text, town), _mention(text, unit.label)],
                              lang="en")
    assert out[1].entry is not None and out[1].entry.cc == "TR"


def test_the_same_name_resolves_abroad_when_the_article_names_that_country(gc):
    town = _small_town_abroad(gc, "KZ")
    text = f"Protesters in Kazakhstan gathered in {town} on Sunday."
    out = gc.resolve_mentions(text, [_mention(text, "Kazakhstan"), _mention(text, town)],
                              lang="en")
    assert out[1].entry is not None and out[1].entry.cc == "KZ"


@pytest.mark.parametrize("word", ["Camp", "Qala", "Sal", "Base"])
def test_a_generic_place_word_is_no_town_abroad(gc, word):
    text = f"Yemeni troops shelled {word} positions in Marib governorate, Yemen, on Friday."
    out = gc.resolve_mentions(text, [_mention(text, word), _mention(text, "Marib"),
                                     _mention(text, "Yemen")], lang="en")
    assert out[0].entry is None or out[0].entry.cc == "YE"
    assert out[1].entry is not None and out[1].entry.cc == "YE"


def test_generic_words_come_from_the_language_packs():
    assert lexicon("en").is_generic("Camp") and lexicon("en").is_generic("Air Base")
    assert lexicon("nl").is_generic("Kamp") and not lexicon("nl").is_generic("Kamp Zeist")
    assert not lexicon("en").is_generic("Camp Bastion")
    assert name_key("Qala") in lexicon(None).generic


def test_a_town_in_another_province_than_the_one_named_after_it_is_not_the_place(gc):
    """"X, Z province" where the gazetteer's X lies in another province: the event goes to
    the named province."""
    rows = gc.gaz._con.execute(
        "SELECT p.name, p.adm1 FROM places p WHERE p.kind='city' AND p.cc='NG' AND p.population"
        " BETWEEN 20000 AND 200000 AND p.adm1 IS NOT NULL ORDER BY p.id LIMIT 200").fetchall()
    borno = next(c.entry for c in gc.candidates("Borno", lang="en")[0] if c.entry.kind == "adm1")
    name = next(n for n, adm1 in rows if adm1 != borno.id and n.isascii() and n.isalpha()
                and len(gc.candidates(n, lang="en")[0]) == 1)
    text = f"On 5 May 2020, Nigerian troops clashed with militants in {name}, Borno state."
    ev = _geocode(gc, text, name, "Borno")
    assert ev.admin1 == "Borno" and ev.geo_precision == 3 and ev.country == "Nigeria"


def test_joint_base_with_a_foreign_actor_stays_in_the_country_named():
    from eventcoder.pipeline import code_article

    text = ("On 3 June 2021, al-Shabaab militants attacked a joint US-Somali base in Afgooye "
            "district, Lower Shabelle region. Four Somali soldiers were killed.")
    events = code_article(Article(id="b", text=text, language="en", published="2021-06-04"),
                          scope=False)
    assert events
    assert all(ev.country == "Somalia" for ev in events)


def test_a_territory_is_inside_the_bound_of_its_state(gc):
    """territories.tsv: a state's dependent territory is no place abroad for an article on it
    (the test picks a small town of a territory; no name is special)."""
    from eventcoder.geo.bounds import bound, territories

    territory = next(t for t, state in territories().items() if state == "US"
                     and gc.gaz._con.execute("SELECT 1 FROM places WHERE kind='city' AND cc=? "
                                             "AND population BETWEEN 1000 AND 90000", (t,))
                     .fetchone())
    town = _small_town_abroad(gc, territory)
    text = f"American officials said the storm reached {town} on Monday."
    out = gc.resolve_mentions(text, [_mention(text, "American", cue="demonym"),
                                     _mention(text, town)], lang="en")
    assert territory in bound(out, "en")
    # refused, if at all, for being small beside a named country, not for being abroad
    assert out[1].entry is None or out[1].entry.cc == territory
    assert "US" not in bound(out[1:], "en")  # the town alone names no country
