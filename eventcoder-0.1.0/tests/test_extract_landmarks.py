"""A landmark or square lies inside its town: it places the town's event, never a new one."""

from __future__ import annotations

from eventcoder.extract import extract_events
from eventcoder.records import Article


def code(text: str, language: str) -> list:
    article = Article(id="t", text=text, published="2019-05-20", language=language)
    return extract_events(article)


def test_nl_landmark_joins_the_town_event() -> None:
    events = code(
        "Zaterdag demonstreerden duizenden klimaatactivisten in Den Haag. "
        "De betogers verzamelden zich op het Malieveld.", "nl")
    assert len(events) == 1, [e.place_candidates for e in events]
    assert all(p.text == "Den Haag" for p in events[0].place_candidates)


def test_nl_landmark_alone_is_offered_as_its_town() -> None:
    events = code("Zaterdag protesteerden honderden boeren op de Dam.", "nl")
    assert len(events) == 1
    first = events[0].place_candidates[0]
    assert first.text == "Amsterdam"
    text = "Zaterdag protesteerden honderden boeren op de Dam."
    assert text[first.start:first.end] == "Dam"  # the offsets still show the landmark


def test_en_landmark_joins_the_town_event() -> None:
    events = code(
        "On Saturday thousands of protesters marched through London. "
        "Police said the protesters gathered in Trafalgar Square.", "en")
    assert len(events) == 1, [e.place_candidates for e in events]
    assert events[0].place_candidates[0].text == "London"


def test_unknown_name_is_not_rewritten() -> None:
    events = code("Zaterdag demonstreerden honderden boeren in Zwolle.", "nl")
    assert len(events) == 1
    assert events[0].place_candidates[0].text == "Zwolle"


def test_a_landmark_the_pack_does_not_list_comes_from_the_geocoders_table() -> None:
    # geo/data/landmarks.tsv: "the White House" is in no places.yaml, yet stands for Washington
    (event,) = code("Thousands of protesters rallied outside the White House on Sunday.", "en")
    assert [p.text for p in event.place_candidates] == ["Washington"]


def test_a_named_town_beats_a_landmark_of_another_town() -> None:
    # Baghdad has a Tahrir Square of its own; the table's Cairo must not move the event
    events = code(
        "Security forces opened fire on protesters in Baghdad on Sunday, killing four people. "
        "Thousands had gathered in Tahrir Square to demand jobs.", "en")
    assert events and all(e.place_candidates[0].text == "Baghdad" for e in events)
