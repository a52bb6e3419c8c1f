"""Sentences that sum up weeks or months of a campaign are background, not events."""

from __future__ import annotations

from eventcoder.extract import extract_events
from eventcoder.records import Article


def code(text: str, language: str = "nl") -> list:
    article = Article(id="t", text=text, published="2019-05-20", language=language)
    return extract_events(article)


def test_nl_campaign_totals_make_no_event() -> None:
    assert code("Al ruim drie maanden wordt gedemonstreerd door boeren in Den Haag. "
                "In die periode raakten 40 betogers gewond.") == []


def test_nl_weeks_long_campaign_makes_no_event() -> None:
    assert code("Al weken demonstreren studenten elke zaterdag in Utrecht.") == []


def test_nl_totals_do_not_add_to_the_event_told() -> None:
    events = code("Zaterdag demonstreerden honderden boeren in Zwolle. "
                  "In die periode raakten 40 betogers gewond.")
    assert len(events) == 1
    assert events[0].injured is None


def test_en_totals_in_that_period_make_no_event() -> None:
    assert code("In that period 300 protesters were injured in clashes with police.",
                "en") == []


def test_single_event_is_still_coded() -> None:
    assert len(code("Zaterdag demonstreerden honderden boeren in Zwolle.")) == 1


def test_en_years_after_clause_is_history_not_news() -> None:
    # the event word in the clause "N years after" opens is dated years back: no abduction
    text = ("Ten years after rebels abducted 40 pupils from a school in Kidal, "
            "twelve are still missing.")
    assert code(text, "en") == []
    told = extract_events(Article(id="t", text=text, published="2019-05-20", language="en"),
                          all_modalities=True)
    assert [e.modality for e in told] == ["historical"]


def test_en_main_clause_after_years_after_is_news() -> None:
    # past the comma the sentence tells today's news: the old killing stays out, the march is coded
    events = code("A year after soldiers shot dead 40 protesters in Khartoum, thousands marched "
                  "through the city on Monday.", "en")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_nl_years_after_clause_is_history_not_news() -> None:
    assert code("Tien jaar nadat rebellen 40 scholieren uit een school in Kidal ontvoerden, "
                "worden er nog twaalf vermist.") == []
    events = code("Een jaar nadat soldaten in Khartoum veertig betogers doodschoten, gingen "
                  "maandag opnieuw duizenden mensen de straat op.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
