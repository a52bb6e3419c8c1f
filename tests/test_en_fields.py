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

