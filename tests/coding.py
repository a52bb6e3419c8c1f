"""Helpers the extraction tests share: code a text in one language, or expect one event."""

from __future__ import annotations

from collections.abc import Callable

from eventcoder.extract import extract_events
from eventcoder.records import Article, Event


def coder(lang: str, default_published: str) -> tuple[Callable[..., list[Event]],
                                                      Callable[..., Event]]:
    """``code(text, published=..., **kw)`` and ``only(text, published=...)`` for ``lang``."""

    def code(text: str, published: str = default_published, **kw) -> list[Event]:
        article = Article(id="t", text=text, published=published, language=lang)
        return extract_events(article, **kw)

    def only(text: str, published: str = default_published) -> Event:
        events = code(text, published)
        assert len(events) == 1, [(e.sub_event_type, e.actor1) for e in events]
        return events[0]

    return code, only
