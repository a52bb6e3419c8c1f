"""A time that completes a noun ("de krant van woensdag", "Wednesday's paper") dates that
noun, not the events of its sentence; one that completes an event word dates that event."""

from __future__ import annotations

import pytest

from conftest import build_article, build_event
from eventcoder.extract import extract_events
from eventcoder.extract.dates import time_owner
from eventcoder.extract.scope import untimed
from eventcoder.langpacks import load_pack
from eventcoder.records import Article


def _owner(text: str, day: str, lang: str) -> str | None:
    start = text.index(day)
    span = time_owner(text, start, start + len(day), load_pack(lang))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("text", "day", "lang", "owner"), [
    ("Zij las de krant van woensdag.", "woensdag", "nl", "krant"),
    ("Bij de aanslag van afgelopen maandag vielen doden.", "maandag", "nl", "aanslag"),
    ("In de nacht van zaterdag op zondag werd geschoten.", "zaterdag", "nl", None),
    ("Rutte was van alle politici gisteren het meest te zien.", "gisteren", "nl", None),
    ("Wednesday's paper told the story.", "Wednesday", "en", "paper"),
    ("Police said on Monday that two men were held.", "Monday", "en", None),
])
def test_the_noun_a_time_completes(text: str, day: str, lang: str, owner: str | None) -> None:
    assert _owner(text, day, lang) == owner


def _dates(text: str, lang: str = "nl") -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, published="2019-03-27", language=lang)
    return [(e.date_start, e.date_end) for e in extract_events(article, all_modalities=True)]


def test_a_newspapers_day_does_not_date_the_event_it_writes_about() -> None:
    assert _dates("Sommigen lazen in de krant van woensdag over de aanslag in Utrecht.") == [
        ("2019-03-20", "2019-03-27")]  # no day of its own: the week before publication
    assert _dates("Wednesday's paper described the attack in Utrecht.", "en") == [
        ("2019-03-20", "2019-03-27")]


def test_an_event_words_own_day_dates_it() -> None:
    assert _dates("Bij de aanslag van maandag in Utrecht vielen drie doden.") == [
        ("2019-03-25", "2019-03-25")]
    assert _dates("Monday's attack in Utrecht killed three people.", "en") == [
        ("2019-03-25", "2019-03-25")]


def test_a_time_of_another_noun_leaves_a_passing_mention_untimed() -> None:
    text = ("De verkiezingen leverden Forum winst op. De partijen voerden campagne. Het kabinet "
            "sprak met de burgemeesters. In de krant van woensdag stond veel over de aanslag "
            "in Utrecht. De opkomst was hoog.")
    article = build_article(text, language="nl", published="2019-03-27")
    event = build_event(article, spans={"event_type": "aanslag"})
    assert untimed(event, article)
    told = build_article(text.replace("krant van woensdag", "krant"), language="nl",
                         published="2019-03-27")
    assert untimed(build_event(told, spans={"event_type": "aanslag"}), told)
    dated = build_article(text.replace("de krant van woensdag", "de krant").replace(
        "over de aanslag", "over de aanslag van maandag"), language="nl", published="2019-03-27")
    assert not untimed(build_event(dated, spans={"event_type": "aanslag"}), dated)
