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


@pytest.mark.parametrize(("text", "actor1"), [
    ("The Pakistani Taliban said they attacked a police post in North Waziristan on Monday, "
     "killing four officers.", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Yemen's Houthi rebels said they launched drones at Saudi Arabia's Jizan airport on "
     "Sunday.", "Ansar Allah (Houthis)"),
])
def test_a_speaker_who_says_it_did_it_is_the_doer(text: str, actor1: str) -> None:
    assert actor1 in [e.actor1 for e in _events(text)]


def test_a_forces_country_keeps_out_small_namesakes_abroad() -> None:
    # "Sinai" is no town; its small namesakes in Mexico and Ecuador are not the place
    events = _events("The Egyptian army said it killed 30 militants in an operation in "
                     "northern Sinai on Monday.")
    assert events
    assert all(e.country in (None, "Egypt") for e in events)


def test_forces_storming_a_protest_use_excessive_force_and_a_clash_stays_a_riot() -> None:
    (stormed,) = _events("Sudanese security forces stormed a protest camp in Khartoum on "
                         "Monday, killing at least 30 people, doctors said.")
    assert stormed.sub_event_type == "Excessive force against protesters"
    assert stormed.actor2 == "Protesters (Sudan)"
    (clash,) = _events("Protesters clashed with police in Khartoum on Monday.")
    assert clash.event_type == "Riots"


@pytest.mark.parametrize(("text", "lang", "sub_type"), [
    ("Boko Haram fighters attacked the town of Rann on Monday, killing 14 people.", "en",
     "Attack"),
    ("Bij een aanval van Boko Haram op het stadje Rann in het noordoosten van Nigeria zijn "
     "maandag zeker veertien mensen gedood.", "nl", "Attack"),
    # the dead are soldiers: a clash
    ("Boko Haram fighters attacked the town of Rann on Monday, killing 14 soldiers.", "en",
     "Armed clash"),
])
def test_a_groups_attack_that_kills_people_with_no_armed_side_is_on_civilians(
        text: str, lang: str, sub_type: str) -> None:
    assert sub_type in [e.sub_event_type for e in _events(text, lang)]
