"""Ordinary crime and threats in political words, teargas shells, and places whose name has a
namesake abroad: what the fifteenth session's changes must keep (texts written for the tests)."""

from __future__ import annotations

import pytest

from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


def code(text: str, language: str = "en", published: str = "2024-03-14",
         scope: bool = True) -> list[Event]:
    return merge_events(code_article(Article(id="t", text=text, published=published,
                                             language=language), scope=scope))


def test_a_buy_bust_shootout_is_policing_of_ordinary_crime() -> None:
    text = ("A suspected drug pusher was killed in a shootout with police during a buy-bust "
            "operation in Quezon City on Tuesday, police said. He allegedly drew a revolver "
            "and fired at the officers, who shot back.")
    assert code(text) == []


def test_cartel_gunmen_clashing_with_soldiers_stay_an_event_beside_drug_words() -> None:
    """``*crime`` lifts where an organised armed side fights: not a blocker of drug words."""
    text = ("Gunmen of the Sinaloa Cartel clashed with soldiers in Culiacan on Tuesday after "
            "troops raided a house used by drug dealers, killing four gunmen, the army said.")
    assert [e.event_type for e in code(text)] == ["Battles"]


def test_teargas_shells_are_a_dispersal_not_shelling() -> None:
    text = ("Hundreds of traders protested in Peshawar on Monday against new taxes. Police "
            "fired teargas shells to disperse them after they blocked the main road.")
    types = {e.sub_event_type for e in code(text, scope=False)}  # the rules' own reading
    assert types and "Shelling/artillery/missile attack" not in types


@pytest.mark.parametrize(("text", "language"), [
    ("De politie heeft dinsdag in Zwolle een 41-jarige man aangehouden die de burgemeester "
     "via sociale media zou hebben bedreigd.", "nl"),
    ("Police arrested a 41-year-old man in Leeds on Tuesday after he sent death threats to the "
     "city's mayor.", "en"),
])
def test_the_arrest_of_someone_who_threatened_a_politician_is_an_ordinary_arrest(
        text: str, language: str) -> None:
    assert [e for e in code(text, language) if e.sub_event_type == "Arrests"] == []


def test_a_countrys_name_in_a_possessive_is_that_country_not_a_namesake_state() -> None:
    """"outside Georgia's parliament" in a Tbilisi story that also names Washington: the
    country (its capital, where parliament sits), never the US state."""
    text = ("TBILISI (Reuters) - Riot police used water cannon to clear thousands of protesters "
            "from outside Georgia's parliament late on Wednesday, detaining dozens.\n\n"
            "The United States criticised the use of force, and Washington said it would review "
            "its ties with Tbilisi.")
    protests = [e for e in code(text) if e.event_type == "Protests"]
    assert protests and all(e.country == "Georgia" for e in protests)


def test_a_town_named_in_a_city_lies_in_that_citys_country() -> None:
    """"at Shahdara in Lahore": no Shahdara of India, however big."""
    text = ("LAHORE: Two policemen were killed when workers of a banned party clashed with "
            "police at Shahdara in Lahore on Tuesday, officials said.")
    events = code(text, published="2021-10-28")
    assert events and all(e.country == "Pakistan" for e in events)


def test_crowds_that_fight_each_other_riot_rather_than_battle() -> None:
    """ACLED's battles need an armed organised side: party activists who clash with sticks and
    bricks make mob violence (rules.yaml ``crowd_actor.crowd_sides_turns``)."""
    text = ("One person was killed and 20 injured as activists of two rival parties clashed at "
            "a market in Feni on Monday, hurling bricks and chasing each other with sticks, "
            "police said.")
    subs = [e.sub_event_type for e in code(text, published="2023-11-07", scope=False)]
    assert "Armed clash" not in subs and "Mob violence" in subs
