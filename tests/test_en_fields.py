"""English wire shapes whose fields an analyst reads off the sentence (made-up sentences):
a group that claims an attack is its doer, a strike and the deaths it causes are one event,
and two state forces named together are the two sides of their clash."""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article, Event


def code(text: str) -> list[Event]:
    return extract_events(Article(id="t", text=text, published="2024-05-10", language="en"))


def only(text: str) -> Event:
    events = code(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize("claim", [
    "Al-Shabaab claimed the attack.",
    "Al-Shabaab claimed responsibility for the attack.",
    "The attack was claimed by Al-Shabaab.",
    "Al-Shabaab claimed responsibility.",
])
def test_a_group_that_claims_the_attack_is_its_doer(claim: str) -> None:
    ev = only(f"A car bomb exploded outside a hotel in Mogadishu on Monday, killing eight "
              f"people. {claim}")
    assert ev.actor1 == "Al Shabaab"
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")
    assert ev.fatalities == 8



@pytest.mark.parametrize(("text", "sides"), [
    ("Russian and Ukrainian forces clashed near Klishchiivka on Monday.",
     {"Military Forces of Russia", "Military Forces of Ukraine"}),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Monday.",
     {"Military Forces of India", "Military Forces of Pakistan"}),
])
def test_two_state_forces_joined_before_one_noun_are_the_two_sides(
        text: str, sides: set[str]) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Armed clash"
    assert {ev.actor1, ev.actor2} == sides


def test_two_joined_forces_against_a_third_party_are_not_each_others_enemy() -> None:
    ev = only("Malian and French troops clashed with jihadists near Gao on Monday.")
    assert {ev.actor1, ev.actor2} != {"Military Forces of Mali", "Military Forces of France"}


def test_dutch_two_joined_forces_are_the_two_sides() -> None:
    events = extract_events(Article(
        id="t", text="Russische en Oekraïense troepen raakten maandag slaags bij Bachmoet.",
        published="2024-05-10", language="nl"))
    assert len(events) == 1
    assert {events[0].actor1, events[0].actor2} == {"Military Forces of Russia",
                                                    "Military Forces of Ukraine"}
