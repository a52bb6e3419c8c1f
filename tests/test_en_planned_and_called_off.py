"""English protests the text says did not happen or are still to come: called off, stood down,
cancelled or banned (as the Dutch pack's "afgelast", "verboden"); a rally organisers "have
called" for a weekday is announced, not held; violence a rally is against is its grievance."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, published: str = "2024-05-15") -> list:
    article = Article(id="pc", text=text, language="en", published=published)
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


@pytest.mark.parametrize("text", [
    "A march by taxi drivers through Leeds city centre on Tuesday was called off after talks "
    "with the council.",
    "The union said it had stood down Monday's protest outside the Cardiff depot in good faith.",
    "Police in Bristol banned a rally planned outside the mosque on Saturday.",
    "The rally against the pipeline in Regina on Sunday has been cancelled, organisers said.",
])
def test_a_protest_that_did_not_happen_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_rally_organisers_have_called_is_announced() -> None:
    assert _events("Students have called a rally outside the university in Galway on Friday "
                   "afternoon, one of several planned this week.") == []


def test_violence_a_rally_is_against_is_no_violent_demonstration() -> None:
    events = _events("Hundreds of women marched through Perth on Sunday against domestic "
                     "violence, carrying candles and banners.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Perth")]


def test_a_march_that_hands_over_a_petition_still_happened() -> None:
    events = _events("Hundreds of nurses marched through Kisumu town on Monday to protest "
                     "against unpaid wages, before handing a petition to the governor's office.")
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Kisumu")]


def test_a_protest_held_though_banned_is_coded() -> None:
    events = _events("Opposition supporters clashed with police in Dakar on Friday during a banned "
                     "march, leaving three people dead.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 3)]
