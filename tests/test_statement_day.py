"""The day a source spoke ("..., residents said on Sunday") bounds the event it tells: the
event happened that day or before. A day the article tells of the event itself wins, and the
two sentences stay one event instead of two a day apart."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


def _events(text: str, lang: str = "en") -> list[Event]:
    article = Article(id="statement", text=text, language=lang, published="2024-03-12")
    return [ev for ev in code_article(article) if ev.modality == "reported"]


@pytest.mark.parametrize("said", ["officials said on Monday", "police said Monday"])
def test_the_day_the_event_is_told_wins_over_the_day_a_source_spoke(said: str) -> None:
    text = (f"Armed men killed at least nine villagers in a night raid on the town of Gusau "
            f"in northwestern Nigeria, {said}.\n\nThe gunmen arrived late on Saturday and "
            "opened fire on residents, a survivor told reporters.")
    events = _events(text)
    assert len(events) == 1
    assert (str(events[0].date_start), str(events[0].date_end)) == ("2024-03-09", "2024-03-09")


def test_the_day_a_source_spoke_still_dates_an_event_told_with_no_day() -> None:
    text = ("Armed men killed at least nine villagers in a raid on the town of Gusau in "
            "northwestern Nigeria, officials said on Monday.")
    events = _events(text)
    assert len(events) == 1
    assert str(events[0].date_start) == "2024-03-11"


def test_a_source_speaking_later_does_not_join_an_event_weeks_apart() -> None:
    text = ("Armed men killed at least nine villagers in a raid on the town of Gusau in "
            "northwestern Nigeria, officials said on Monday.\n\nIn January, gunmen killed "
            "twelve people in an attack on the nearby town of Tsafe.")
    days = sorted(str(ev.date_start) for ev in _events(text))
    assert "2024-03-11" in days


def test_a_source_speaking_after_a_perfect_auxiliary_is_no_side() -> None:
    text = ("Gunmen attacked Kwall, a farming village in Plateau State, on Saturday night, "
            "killing at least six people, police have said.")
    events = _events(text)
    assert events and all(ev.actor2 != "Police Forces of Nigeria" for ev in events)


def test_a_day_closing_the_source_s_words_before_that_is_the_source_s() -> None:
    text = ("Gunmen attacked Kwall, a farming village in Plateau State, on Saturday night, "
            "killing at least six people.\n\nA police spokesman said in a statement on Monday "
            "that the attackers opened fire on residents shortly after 9pm.")
    days = [(str(ev.date_start), str(ev.date_end)) for ev in _events(text)]
    assert days == [("2024-03-09", "2024-03-09")]
