"""English sub-event typing and event detection in general news: which event a sentence
tells, how it is told, and which sub-type an analyst gives it. The texts are written for
these tests."""

from __future__ import annotations

from coding import coder

code_en, only_en = coder("en", "2022-05-16")  # a Monday


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in code_en(text)]


def test_an_anniversary_dates_the_event_it_names_not_the_news_before_it() -> None:
    text = ("Police arrested dozens of activists in Istanbul on Monday ahead of the "
            "anniversary of the arrest of the PKK leader.")
    event = only_en(text)
    assert (event.sub_event_type, event.modality) == ("Arrests", "reported")


def test_a_march_to_commemorate_a_killing_is_a_protest_the_killing_history() -> None:
    text = ("Thousands of protesters marched in Yangon on Sunday to commemorate the students "
            "killed by soldiers.")
    assert types(text) == ["Peaceful protest"]


def test_the_anniversary_of_a_massacre_is_still_history() -> None:
    text = "Survivors marked the anniversary of the massacre of Srebrenica on Sunday."
    assert code_en(text) == []
    assert [e.modality for e in code_en(text, all_modalities=True)] == ["historical"]


def test_arrests_in_anticipation_of_protests_are_arrests() -> None:
    text = ("Police arrested 20 opposition activists in Cairo on Monday in anticipation of "
            "mass protests.")
    assert types(text) == ["Arrests"]
