"""A country that backs a side is not where the event is ("the US-led coalition", "Iranian-
backed militias"), and the place a territory or strike verb takes as its object is the event's
place ("retook Aleppo", "air strikes hit Sanaa"). Texts made up."""

from __future__ import annotations

import pytest

from eventcoder.geo.bounds import backs_a_side
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _places(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language="en", published="2016-12-20")
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)]


def test_a_backer_country_does_not_bound_the_place() -> None:
    assert _places("Fighter jets struck Raqqa on Wednesday, the US-led coalition said.") == [
        ("Air/drone strike", "Ar Raqqah")]


@pytest.mark.parametrize(("text", "place"), [
    ("Syrian government forces retook Aleppo from rebels on Tuesday.", "Aleppo"),
    ("Syrian government forces retook most of eastern Aleppo from rebels on Tuesday.", "Aleppo"),
    ("Air strikes hit Sanaa on Tuesday, killing 12 civilians.", "Sanaa"),
])
def test_the_object_of_a_territory_or_strike_verb_is_the_place(text: str, place: str) -> None:
    assert [location for _, location in _places(text)] == [place]


def test_backer_words_are_read_after_a_hyphen_or_a_space_only() -> None:
    text = "the US-led coalition and Iranian backed militias, but US troops"
    assert backs_a_side(text, text.index("US") + 2, "en")
    assert backs_a_side(text, text.index("Iranian") + 7, "en")
    assert not backs_a_side(text, text.rindex("US") + 2, "en")


@pytest.mark.parametrize(("text", "actor2"), [
    ("A suicide bomber killed at least 48 soldiers at a military camp in Aden on Sunday.",
     "Military Forces of Yemen"),
    ("Twin bombings outside a stadium in Istanbul on Saturday killed 44 people, most of them "
     "police officers.", "Police Forces of Turkey"),
])
def test_the_counted_dead_of_a_bombing_are_its_target_not_its_doer(text: str,
                                                                   actor2: str) -> None:
    article = Article(id="t", text=text, language="en", published="2016-12-20")
    (event,) = code_article(article, scope=False)
    assert (event.actor1 or "").startswith("Unidentified Armed Group")
    assert event.actor2 == actor2 and event.inter2 == 1


def test_a_toll_joins_the_deed_its_clause_places_past_an_untrusted_word() -> None:
    article = Article(id="t", language="en", published="2016-12-20",
                      text="At least 20 people were killed when a suicide bomber blew himself up "
                           "at a Shia mosque in Quetta on Friday.")
    (event,) = code_article(article, scope=False)
    assert (event.sub_event_type, event.location, event.fatalities) == ("Suicide bomb", "Quetta",
                                                                        20)
