"""Actor fields on plain news (made-up sentences): a claim names the unnamed doers of the
attack it claims, a claim the text doubts names no doer, a foreign force's country adjective
is not where the story happens, and a country word inside a place name names no country."""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.extract.scan import scan_article
from eventcoder.extract.spans import inside_name
from eventcoder.langpacks import load_pack
from eventcoder.records import Article, Event


def code(text: str, lang: str = "en") -> list[Event]:
    return extract_events(Article(id="t", text=text, published="2024-05-10", language=lang))


def only(text: str, lang: str = "en") -> Event:
    events = code(text, lang)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def test_a_claim_names_the_unnamed_gunmen_one_side_not_a_clash() -> None:
    ev = only("Gunmen attacked a market in Gao on Monday, killing 7 people. "
              "The Islamic State claimed the attack.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1 == "Islamic State"
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")


@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen attacked a market in Gao on Monday, killing 7 people. The Islamic State claimed "
     "the attack, but officials dismissed the claim.", "en"),
    ("A bomb exploded at a market in Gao on Monday, killing 7 people. The Islamic State "
     "claimed responsibility, but officials dismissed the claim as propaganda.", "en"),
    ("A bomb exploded at a market in Gao on Monday, killing 7 people. The Islamic State "
     "claimed responsibility. The army rejected the claim.", "en"),
    ("Bij een aanslag op een markt in Gao kwamen maandag zeven mensen om. IS eiste de "
     "aanslag op, maar de regering wees de claim af.", "nl"),
])
def test_a_doubted_claim_names_no_doer(text: str, lang: str) -> None:
    ev = only(text, lang)
    assert ev.actor1 != "Islamic State"
    assert ev.actor2 != "Islamic State"
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")


@pytest.mark.parametrize(("text", "lang"), [
    ("A bomb exploded at a market in Gao on Monday, killing 7 people. The Islamic State "
     "claimed responsibility.", "en"),
    ("Bij een aanslag op een markt in Gao kwamen maandag zeven mensen om. IS eiste de "
     "aanslag op.", "nl"),
])
def test_an_undoubted_claim_still_names_the_doer(text: str, lang: str) -> None:
    assert only(text, lang).actor1 == "Islamic State"


def test_a_foreign_forces_adjective_is_not_the_storys_country() -> None:
    text = ("Jihadists attacked a village near Menaka on Monday, killing 5 people. "
            "French troops arrived later.")
    assert scan_article(text, load_pack("en")).country_votes.get("France", 0) == 0
    ev = only(text)
    assert ev.actor1 == "Unidentified Armed Group"
    assert ev.actor2 == "Civilians"


def test_a_country_named_where_the_force_is_not_still_votes() -> None:
    text = "French troops arrived in Mali on Monday. Jihadists attacked a village, killing 5."
    assert scan_article(text, load_pack("en")).country_votes["Mali"] == 1


def test_local_forces_adjective_still_votes() -> None:
    votes = scan_article("Nigerian police arrested 12 people on Monday.",
                         load_pack("en")).country_votes
    assert votes["Nigeria"] == 1


def test_a_country_word_inside_a_place_name_names_no_country() -> None:
    ev = only("BIFF militants clashed with soldiers in Datu Saudi Ampatuan (Maguindanao) on "
              "Monday. 4 BIFF militants were killed.")
    assert ev.actor2 is not None and "Saudi" not in ev.actor2
    assert ev.country != "Saudi Arabia"


def test_inside_name_only_inside() -> None:
    class P:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    places = [P(10, 30)]
    assert inside_name(places, 15, 20)  # type: ignore[arg-type]
    assert not inside_name(places, 10, 16)  # type: ignore[arg-type]  # "Mexico City"
    assert not inside_name(places, 25, 30)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Opposition supporters stormed and torched the governor's house in Lahore on Monday.",
    "Supporters of the former president stormed the Congress building in Brasilia on Monday "
    "and vandalised it.",
])
def test_a_crowd_that_hits_no_one_makes_a_violent_demonstration(text: str) -> None:
    ev = next(e for e in code(text) if e.event_type == "Riots")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 == "Rioters"
    assert ev.actor2 is None


def test_a_crowd_that_hits_people_is_still_mob_violence() -> None:
    ev = only("A mob stormed a police station in Lagos on Monday and beat two officers.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor2 is not None and ev.actor2.startswith("Police Forces")


def test_whose_supporters_they_are_is_no_side() -> None:
    from eventcoder.extract.scan_actors import find_actors
    found = find_actors("supporters of the former president stormed the building",
                        load_pack("en"))
    assert [(a.text, a.key) for a in found] == [
        ("supporters of the former president", "protesters")]


@pytest.mark.parametrize("text", [
    "A gun battle between the Mexican army and drug hitmen in Acapulco killed five people on "
    "Monday.",
    "Heavy fighting broke out on Monday between the Mexican army and drug hitmen in Acapulco.",
])
def test_between_an_adjective_and_a_force_both_are_sides_in_text_order(text: str) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1, ev.actor2) == ("Military Forces of Mexico",
                                      "Unidentified Armed Group (Mexico)")


def test_a_foreign_force_that_is_no_side_names_no_actors_country() -> None:
    ev = only("Jihadists killed 12 villagers near Menaka on Sunday, not far from a base of "
              "French troops.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group", "Civilians")
    assert ev.country != "France"


def test_a_force_that_is_a_side_still_says_its_country() -> None:
    ev = only("Afghan security forces clashed with Taliban fighters on Tuesday.")
    assert ev.country == "Afghanistan"
