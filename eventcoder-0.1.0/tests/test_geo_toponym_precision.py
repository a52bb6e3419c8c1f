"""Toponym finding precision (issue 12): demonyms as context, persons and names in names."""

from __future__ import annotations

import json

import pytest

from eventcoder.geo import find_toponyms, get_geocoder
from eventcoder.geo.evaluate import evaluate_geoparse

HEAD = "article_id\tstart\tend\tsurface\tgeonameid\tlat\tlon\n"
NL = "De Nederlandse regering stuurt hulp naar Amsterdam, zei een woordvoerder."
EN = "The Russian army shelled Kharkiv again on Monday, officials said."


@pytest.fixture(scope="module")
def geo():
    return get_geocoder()


def _found(text: str, lang: str, geo) -> list[str]:
    return [m.text for m in find_toponyms(text, lang, gazetteer=geo)]


def _set(tmp_path, monkeypatch, text: str, lang: str, rows: list[tuple[str, str]]):
    """One article in a fake ../shared and a TSV coding ``rows`` (surface, geonameid)."""
    folder = tmp_path / "shared" / "data" / "dpg-news-nl"
    folder.mkdir(parents=True)
    art = {"id": "201", "text": text, "language": lang, "published": "2019-03-01"}
    (folder / "articles.jsonl").write_text(json.dumps(art) + "\n", encoding="utf-8")
    monkeypatch.setenv("EVENTCODER_SHARED", str(tmp_path / "shared"))
    lines = []
    for surface, gid in rows:
        start = text.index(surface)
        lines.append(f"201\t{start}\t{start + len(surface)}\t{surface}\t{gid}\t50.0\t10.0")
    path = tmp_path / "set.tsv"
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "lang", "place", "demonym"), [
    (NL, "nl", ("Amsterdam", "2759794"), ("Nederlandse", "2750405")),
    (EN, "en", ("Kharkiv", "706483"), ("Russian", "2017370")),
])
def test_a_demonym_is_scored_only_where_the_set_codes_demonyms(
        tmp_path, monkeypatch, geo, text, lang, place, demonym):
    assert demonym[0] in _found(text, lang, geo)  # the scan still finds it: context
    plain = _set(tmp_path / "a", monkeypatch, text, lang, [place])
    e2e = evaluate_geoparse([plain], mode="e2e")["files"]["set.tsv"]["e2e"]
    assert e2e["demonyms_scored"] is False and e2e["demonyms_as_context"] == 1
    assert e2e["precision"] == 100.0 and e2e["recall"] == 100.0
    coded = _set(tmp_path / "b", monkeypatch, text, lang, [place, demonym])
    e2e = evaluate_geoparse([coded], mode="e2e")["files"]["set.tsv"]["e2e"]
    assert e2e["demonyms_scored"] is True and e2e["demonyms_as_context"] == 0
    assert e2e["precision"] == 100.0 and e2e["recall"] == 100.0


def test_a_role_noun_before_a_name_makes_it_a_person(geo):
    assert "Jos" in _found("Gisteren sprak Jos Brummelhuis in Utrecht.", "nl", geo)
    found = _found("Gisteren sprak regisseur Jos Brummelhuis in Utrecht.", "nl", geo)
    assert "Jos" not in found and "Utrecht" in found


def test_a_title_that_ends_a_compound_still_names_a_person(geo):
    assert "Mary" in _found("Gisteren sprak Mary-Ann Schreurs in Eindhoven.", "nl", geo)
    found = _found("Gisteren sprak D66-wethouder Mary-Ann Schreurs in Eindhoven.", "nl", geo)
    assert "Mary" not in found and "Ann" not in found and "Eindhoven" in found


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Het debat over Michael P. in Den Haag duurde lang.", "nl", "Den Haag"),
    ("The trial of Michael P. opened in London today.", "en", "London"),
])
def test_a_name_before_an_initial_is_a_person(geo, text, lang, town):
    found = _found(text, lang, geo)
    assert "Michael" not in found and town in found
    assert "Michael" in _found(text.replace("Michael P.", "Michael"), lang, geo)


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Het netwerk werd opgericht door Paul Radu in Sarajevo.", "nl", "Sarajevo"),
    ("The network was founded by Paul Radu in Sarajevo.", "en", "Sarajevo"),
])
def test_a_small_province_inside_a_longer_name_is_no_place(geo, text, lang, town):
    found = _found(text, lang, geo)
    assert "Paul" not in found and town in found
    # alone, after a place preposition, the province is still found
    assert "Paul" in _found(text.replace("Paul Radu", "Paul"), lang, geo)


@pytest.mark.parametrize("name", ["Amsterdam Trade Bank", "Utrecht Centraal",
                                  "Universiteit van Amsterdam"])
def test_a_place_inside_an_organisation_or_venue_name_is_no_toponym(geo, name):
    text = f"Gisteren kwam {name} in het nieuws, meldde een krant uit Rotterdam."
    found = _found(text, "nl", geo)
    assert "Rotterdam" in found
    assert not any(m in name for m in found)
    # the same place word in a longer name with no head word is still found
    assert "Amsterdam" in _found("Gisteren kwam Amsterdam Oost in het nieuws.", "nl", geo)


def test_name_heads_are_pack_data_of_each_language(geo):
    from eventcoder.geo.lexicon import lexicon
    assert "bank" in lexicon("nl").name_heads
    # English leaves them out: GWN codes a town inside a name ("London Stock Exchange")
    assert not lexicon("en").name_heads
    assert "Amsterdam" in _found("Amsterdam Trade Bank said it had moved to Utrecht.", "en", geo)


def test_a_big_town_by_an_alternate_name_inside_a_longer_name_is_a_person(geo):
    found = _found("Het feest met Rita Ora en Liam Payne was in Dubai.", "nl", geo)
    assert "Ora" not in found and "Dubai" in found
    # a big town by its own name inside a longer name still counts
    assert "Rotterdam" in _found("Gisteren kwam Rotterdam Zuid in het nieuws.", "nl", geo)


def test_common_dutch_words_at_a_sentence_start_are_no_places(geo):
    text = "Zo'n drieduizend mensen vluchtten. Voor Pasen was de schade in Mozambique groot."
    found = _found(text, "nl", geo)
    assert "Zo'n" not in found and "Pasen" not in found and "Mozambique" in found


def test_a_sentence_opening_word_makes_no_longer_name(geo):
    text = "Betogers trokken door Lyon. In Parijs bleef het onrustig."
    assert "Parijs" in _found(text, "nl", geo)  # a Dutch exonym, after a capitalised "In"


def test_a_name_of_several_words_after_a_sentence_opening_word_is_whole(geo):
    text = 'Aid arrived at last. "In Goz Beida, the displaced receive three meals a day."'
    assert "Goz Beida" in _found(text, "en", geo)  # not only "Beida", an alias of Al Bayda


@pytest.mark.parametrize(("text", "lang"), [
    ("UN coordinator for South Sudan, Eugene Owusu described the attack in Juba.", "en"),
    ("De VN-coördinator voor Zuid-Soedan, Eugene Owusu, veroordeelde de aanval in Juba.", "nl"),
])
def test_a_town_named_given_name_before_a_surname_is_a_person(geo, text, lang):
    found = _found(text, lang, geo)
    assert "Eugene" not in found and "Juba" in found
    # the town alone, or before a word that is a place itself, is still found
    assert "Eugene" in _found("The protest in Eugene grew on Monday.", "en", geo)


def test_given_names_are_validated_shared_data(tmp_path, monkeypatch):
    from eventcoder.langpacks import LanguagePackError, places

    assert {"Eugene", "Florence"} <= places.given_names()
    shared = tmp_path / "_shared"
    shared.mkdir()
    (shared / "given_names.tsv").write_text("# comment\nEugene\nSan Jose\n", encoding="utf-8")
    monkeypatch.setattr(places, "SHARED_DIR", shared)
    places.given_names.cache_clear()
    try:
        with pytest.raises(LanguagePackError, match="given name"):
            places.given_names()
    finally:
        places.given_names.cache_clear()
