"""Whoever a passive says was struck ("police came under attack", "officers were attacked")
never stands first for want of a named doer: with crowd weapons the event is a riot against
them, not their armed clash."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


@pytest.mark.parametrize("opening", [
    "Police came under attack from petrol bombs, bricks and fireworks",
    "Police were attacked with petrol bombs, bricks and fireworks",
])
def test_a_struck_force_is_the_second_side(opening: str) -> None:
    text = (f"{opening} in north Belfast on Tuesday night, the third night of disorder in "
            "the area. Eleven officers were injured.")
    events = code_article(Article(id="struck", text=text, language="en",
                                  published="2021-04-08"), scope=False)
    assert [(ev.sub_event_type, ev.actor2) for ev in events] == [
        ("Violent demonstration", "Police Forces of the United Kingdom")]
    assert events[0].actor1 != "Police Forces of the United Kingdom"
