"""One article through the stages: language -> nlp -> extract -> geo.

Storage and merging happen after this, in :mod:`eventcoder.store` and :mod:`eventcoder.merge`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventcoder.plugins import hooks
from eventcoder.records import Article, Event, ReadFailure


@dataclass
class ArticleResult:
    """What coding one input gave: its events, or the reason it failed."""

    origin: str
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    failure: str | None = None


def code_article(
    article: Article, *, model: str | None = None, all_modalities: bool = False,
    scope: bool = True,
) -> list[Event]:
    """Code one article into geocoded events (not merged, not stored).

    ``scope=False`` leaves out the learned scope decision (:mod:`eventcoder.extract.scope`),
    for ablations."""
    from eventcoder.extract import extract_events, localise_actors, prefilter
    from eventcoder.extract.notes import summary_note
    from eventcoder.extract.scope import apply_scope
    from eventcoder.geo import get_geocoder
    from eventcoder.ingest import detect_language
    from eventcoder.nlp import load_pipeline

    if not article.language:
        article.language = detect_language(article.text) or "en"
    if not prefilter(article):
        return []
    nlp = load_pipeline(article.language, model=model)
    doc = nlp(article.text)
    events = extract_events(article, doc, all_modalities=all_modalities, localise=False)
    if events:
        get_geocoder().geocode_events(article, events, doc)
        localise_actors(article, events)
        if scope:
            from eventcoder.merge import cluster_events

            index = {id(event): i for i, event in enumerate(events)}
            groups = [[index[id(m)] for m in cluster.members]
                      for cluster in cluster_events(events)]
            events = apply_scope(article, events, all_modalities=all_modalities, groups=groups)
        for event in events:  # the note names the resolved place, as ACLED's notes do
            event.notes = summary_note(event)
        hooks().process_events(article=article, events=events)
    return events


def code_articles(
    items: Iterable[Article | ReadFailure],
    *,
    model: str | None = None,
    all_modalities: bool = False,
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code a stream of articles; a failure in one article is reported and the batch goes on."""
    for item in items:
        if isinstance(item, ReadFailure):
            yield ArticleResult(origin=item.origin, failure=item.reason)
            continue
        origin = item.origin or item.id
        try:
            events = code_article(
                item, model=model, all_modalities=all_modalities, scope=scope
            )
        except Exception as exc:  # one broken article must never stop the batch
            yield ArticleResult(origin=origin, article=item, failure=f"{type(exc).__name__}: {exc}")
            continue
        yield ArticleResult(origin=origin, article=item, events=events)
