"""Ordinary English news the coder must leave uncoded (texts made up): a match report's
attacks and score lines, a holiday parade; and the news beside them that it must
still code."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, published: str = "2018-02-05") -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language="en", published=published)
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)]


@pytest.mark.parametrize("text", [
    "The Patriots attacked the Eagles' defense all game long, but the Eagles held on to win "
    "the Super Bowl 41-33 in Minneapolis on Sunday.",
    "United beat City 3-1 on Saturday, the striker killing off the game in Manchester with "
    "ten minutes left.",
    "Veterans marched through downtown Boise on Sunday for the annual Veterans Day parade, "
    "which drew thousands of spectators.",
])
def test_ordinary_news_is_not_coded(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Gunmen attacked a checkpoint in Kandahar on Sunday, killing three soldiers.",
     "Armed clash"),
    ("Thousands of teachers marched through Phoenix on Sunday demanding higher pay.",
     "Peaceful protest"),
])
def test_the_news_beside_it_is_still_coded(text: str, sub_type: str) -> None:
    assert sub_type in [sub for sub, _ in _coded(text)]


def _events(text: str, language: str = "en") -> list:
    return code_article(Article(id="t", text=text, language=language, published="2019-05-20"),
                        scope=False)


def test_a_claim_in_a_sentence_of_its_own_names_the_doer() -> None:
    (event,) = _events("A suicide bomber blew himself up at a checkpoint in the northern Afghan "
                       "city of Kunduz on Monday, killing two policemen. The Taliban claimed "
                       "responsibility.")
    assert event.actor1 == "Taliban"
    assert any(e.field == "actor1" for e in event.evidence)


def test_a_claim_is_read_in_dutch_too() -> None:
    (event,) = _events("Bij een zelfmoordaanslag op een controlepost in Kunduz zijn maandag twee "
                       "agenten gedood. De Taliban eisten de verantwoordelijkheid op.", "nl")
    assert event.actor1 == "Taliban"


def test_a_claim_after_an_event_of_its_own_is_not_moved() -> None:
    # the second sentence tells an event of its own: its claim is not the first event's
    events = _events("A roadside bomb killed two soldiers in Helmand on Monday. In Kabul, "
                     "gunmen attacked a school on Tuesday and the Taliban claimed responsibility.")
    first = next(e for e in events if e.location == "Helmand")
    assert first.actor1 != "Taliban"
