"""English news shapes: who bombed, coalition names, possessive places, tolls told as lives."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.pipeline import code_article
from eventcoder.records import Article

code, only = coder("en", "2019-03-25")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a state or foreign force that "bombed" did it from the air
        ("Syrian government forces bombed rebel-held areas of Idlib on Monday.",
         "Air/drone strike"),
        ("The US-led coalition bombed Islamic State positions near Raqqa.", "Air/drone strike"),
        # anyone else, or no one named, planted a bomb
        ("Militants bombed a bus in Quetta, killing five passengers.",
         "Remote explosive/landmine/IED"),
        ("A market was bombed in Kabul on Sunday.", "Remote explosive/landmine/IED"),
    ],
)
def test_who_bombed_decides_air_strike_or_bomb(text: str, sub_type: str) -> None:
    assert only(text).sub_event_type == sub_type


def test_a_saudi_led_coalition_is_saudi_arabias_forces() -> None:
    ev = only("Saudi-led coalition air strikes killed 15 civilians near Hodeidah, residents "
              "said.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Saudi Arabia", 15)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The bombing in Kabul on Sunday claimed the lives of 25 people.", 25),
        ("Rescuers saved the lives of 25 people after the bombing in Kabul.", None),
    ],
)
def test_lives_claimed_are_a_toll(text: str, fatalities) -> None:
    assert only(text).fatalities == fatalities


def test_the_place_after_a_possessive_is_the_events_place() -> None:
    article = Article(
        id="t", language="en", published="2019-03-25",
        text="Saudi-led coalition air strikes killed 15 civilians in Yemen's Hodeidah "
             "province on Monday, residents said.")
    [ev] = code_article(article)
    # the province the text names, not the demonym's country and not the town of that name
    assert (ev.country, ev.admin1, ev.geo_precision) == ("Yemen", "Al Hudaydah", 3)
    assert ev.actor2 == "Civilians (Yemen)"


def test_an_army_counting_the_militants_it_killed_makes_a_claim() -> None:
    ev = only("The Nigerian army said it killed 30 Boko Haram militants in Borno state on "
              "Sunday.")
    assert ev.actor1 == "Military Forces of Nigeria"
    assert ev.actor2.startswith("Boko Haram")
    assert ev.fatalities is None
    assert [(c.low, c.claimant) for c in ev.fatalities_claimed] == [
        (30, "Military Forces of Nigeria")]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in Paris on Saturday against police violence after a teenager was "
        "shot dead last week.",
        "Protests erupted in Minneapolis on Sunday after a black man died in police custody.",
    ],
)
def test_the_death_a_protest_is_about_is_not_its_toll(text: str) -> None:
    ev = only(text)
    assert (ev.sub_event_type, ev.fatalities) == ("Peaceful protest", None)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a battle with a clear change of hands is coded as the territory change
        ("The army drove Islamic State fighters out of three villages in Homs province after "
         "fierce clashes on Monday.", "Government regains territory"),
        # a bare "captured" in a battle is not enough
        ("Fierce clashes between the army and Islamic State fighters in Homs province on "
         "Monday; troops captured two fighters.", "Armed clash"),
        # the aircraft after "raids by" make them air strikes
        ("Militants in Hama province suffered heavy losses in raids by army helicopters on "
         "Monday.", "Air/drone strike"),
    ],
)
def test_battles_that_change_hands_and_raids_from_the_air(text: str, sub_type: str) -> None:
    assert only(text).sub_event_type == sub_type


def test_rockets_a_group_has_are_no_attack() -> None:
    assert code("Hamas has rockets with a range of 120 km, the army said.") == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a country opening the clause as the striker stands for its military
        ("Turkey has shelled Kurdish positions in northern Syria.", "Military Forces of Turkey"),
        ("Russia bombed rebel positions in Idlib on Sunday.", "Military Forces of Russia"),
        # a country after a preposition is a place, not the striker
        ("In Israel, Hamas fired rockets at the town of Sderot on Sunday.", "Hamas Movement"),
    ],
)
def test_a_country_as_the_striker_is_its_military(text: str, actor1: str) -> None:
    assert only(text).actor1 == actor1
