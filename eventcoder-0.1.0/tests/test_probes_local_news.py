"""Probes of English local news (tests/local_news.py): whole made-up articles of US and UK
regional papers, coded as ``eventcoder extract`` codes them (``code_article`` then
``merge_events``), with the learned scope decision and without it (``scope=False``).

Every article without an ACLED event must give none; every article with one must give it,
with its sub_event_type and place. ``summary`` prints, for each mode, the share of no-event
articles given an event and the event precision (run ``pytest -s`` or this file directly)."""

from __future__ import annotations

from functools import cache

import pytest

from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event
from local_news import ARTICLES, EVENT_ARTICLES, NO_EVENT_ARTICLES, LocalArticle

MODES = {"scope": True, "no-scope": False}


@cache
def coded(article_id: str, scope: bool) -> tuple[Event, ...]:
    """The article's events as the extract command writes them."""
    item = next(a for a in ARTICLES if a.id == article_id)
    article = Article(id=item.id, title=item.title, text=item.text,
                      published=item.published, language="en")
    return tuple(merge_events(code_article(article, scope=scope)))


def describe(events: tuple[Event, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.actor1, e.actor2) for e in events]


def matches(event: Event, expected: tuple[str, str]) -> bool:
    sub_event_type, place = expected
    return event.sub_event_type == sub_event_type and place.lower() in (
        (event.location or "").lower(), (event.admin2 or "").lower())


def summary(scope: bool) -> dict[str, float]:
    """Share of no-event articles given an event; precision and recall of the events."""
    false_articles = sum(1 for a in NO_EVENT_ARTICLES if coded(a.id, scope))
    events = right = found = 0
    for item in ARTICLES:
        got = coded(item.id, scope)
        events += len(got)
        if item.expected:
            hits = [e for e in got if matches(e, item.expected)]
            right += min(1, len(hits))
            found += bool(hits)
    return {
        "no_event_with_event": false_articles / len(NO_EVENT_ARTICLES),
        "events": events,
        "precision": right / events if events else 1.0,
        "recall": found / len(EVENT_ARTICLES),
    }


@pytest.mark.parametrize("mode", list(MODES))
def test_summary(mode: str) -> None:
    numbers = summary(MODES[mode])
    print(f"\nlocal news, {mode}: {numbers['no_event_with_event']:.1%} of "
          f"{len(NO_EVENT_ARTICLES)} no-event articles given an event; "
          f"{numbers['events']} events, precision {numbers['precision']:.1%}, "
          f"recall {numbers['recall']:.1%} of {len(EVENT_ARTICLES)}")
    assert numbers["events"] >= 0


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("item", NO_EVENT_ARTICLES, ids=lambda a: a.id)
def test_ordinary_local_news_gives_no_event(item: LocalArticle, mode: str) -> None:
    assert describe(coded(item.id, MODES[mode])) == []


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("item", EVENT_ARTICLES, ids=lambda a: a.id)
def test_a_local_protest_or_attack_is_coded(item: LocalArticle, mode: str) -> None:
    assert item.expected is not None
    events = coded(item.id, MODES[mode])
    assert any(matches(e, item.expected) for e in events), describe(events)


if __name__ == "__main__":
    for name, flag in MODES.items():
        print(name, summary(flag))
        for article in ARTICLES:
            print(" ", article.id, article.expected, describe(coded(article.id, flag)))
