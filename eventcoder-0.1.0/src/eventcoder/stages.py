"""The stages after extraction, registered through the same hook plugins use.

Like the built-in exporters and readers, the pipeline's own stages are a plugin of the seam in
:mod:`eventcoder.hookspecs` (``register_stages``): geocoding (steered by the countries the
actors belong to), actors' countries from the place and an ambiguous acronym's reading from
the article (``localise_actors``: "SNA" of Somalia or of Syria), an undated report folded
into the article's event of its sub-type at its place (:mod:`eventcoder.merge.article`), the
learned scope decision, the lone doer of an attack that names none
(:mod:`eventcoder.extract.lone_doer`) and the summary notes.
:func:`eventcoder.pipeline.code_article` runs every registered stage in ``order``, so a plugin
adds a stage where it belongs (a second opinion before the scope decision, say, at order 250)
or replaces a built-in one by using its name. Plugins that only look at the final events keep
using ``process_events``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventcoder.hookspecs import hookimpl
from eventcoder.records import Article, Event


@dataclass(frozen=True)
class StageOptions:
    """What one run asked for: the article's parse, every modality, the scope decision."""

    doc: Any = None
    all_modalities: bool = False
    scope: bool = True


@dataclass(frozen=True)
class Stage:
    """One step over an article's events: ``run(article, events, options)`` returns the events
    the next stage gets (it may change them in place, drop or add some)."""

    name: str
    order: int
    run: Callable[[Article, list[Event], StageOptions], list[Event]]


def _geocode(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    from eventcoder.extract import pack_for
    from eventcoder.extract.actor_countries import event_country
    from eventcoder.geo import get_geocoder

    pack = pack_for(article)
    get_geocoder().geocode_events(article, events, options.doc,
                                  actor_country=lambda ev: event_country(article, pack, ev))
    return events


def _localise(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    from eventcoder.extract import localise_actors

    localise_actors(article, events)
    return events


def _told_twice(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    """An undated event of the sub-type of another event of the article, at its place or the
    province or country holding it, is that event told twice (:mod:`eventcoder.merge.article`),
    unless its sentence starts a new one; weapons seized or property wrecked where and when a
    violent event of the article is told are part of it."""
    if len(events) < 2:
        return events
    from eventcoder.extract import pack_for
    from eventcoder.extract.mentions import NEW_EVENT_REACH
    from eventcoder.extract.scope import BACKGROUND_DAYS, days_before_publication, sentence_around
    from eventcoder.extract.spans import find_cues
    from eventcoder.merge.article import fold_parts, merge_told_twice

    text, cues = article.text, pack_for(article).discourse.get("new_event", [])

    def separated(event: Event) -> bool:
        starts = {sentence_around(text, e.start)[0] for e in event.evidence_for("event_type")}
        return any(find_cues(cues, text, s, min(len(text), s + NEW_EVENT_REACH)) for s in starts)

    def old(event: Event) -> bool:
        days = days_before_publication(event, article)
        return days is not None and days > BACKGROUND_DAYS

    estimated = estimated_toll(article)
    return fold_parts(merge_told_twice(events, separated, old, estimated), estimated)


def estimated_toll(article: Article) -> Callable[[Event], bool]:
    """Is an event's death toll only a quantifier's reading ("dozens were killed": 12)? Told
    twice in one article, the count the text gives elsewhere ("at least 25 people are dead")
    is the toll, not the lower stand-in."""
    from eventcoder.extract import pack_for
    from eventcoder.extract.numbers import find_numbers

    pack = pack_for(article)

    def estimated(event: Event) -> bool:
        told = event.evidence_for("fatalities")
        numbers = [n for e in told for n in find_numbers(article.text, pack, e.start, e.end)]
        return bool(numbers) and all(n.vague for n in numbers)

    return estimated


def _scope(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    if not options.scope:  # the ablation: the rules alone
        return events
    from eventcoder.extract.scope import apply_scope
    from eventcoder.merge import cluster_events

    index = {id(event): i for i, event in enumerate(events)}
    groups = [[index[id(m)] for m in cluster.members] for cluster in cluster_events(events)]
    return apply_scope(article, events, all_modalities=options.all_modalities, groups=groups)


def _lone_doer(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    """An attack with no doer of its own takes the lone one the article tells elsewhere
    (:mod:`eventcoder.extract.lone_doer`); after the scope decision, so it keeps or drops
    nothing."""
    from eventcoder.extract import pack_for
    from eventcoder.extract.lone_doer import fill_lone_doers

    fill_lone_doers(article.text, pack_for(article), events)
    return events


def _notes(article: Article, events: list[Event], options: StageOptions) -> list[Event]:
    from eventcoder.extract.notes import summary_note

    for event in events:  # the note names the resolved place, as ACLED's notes do
        event.notes = summary_note(event)
    return events


@hookimpl
def register_stages() -> list[Stage]:
    return [Stage("geocode", 100, _geocode), Stage("localise_actors", 200, _localise),
            Stage("told_twice", 270, _told_twice), Stage("scope", 300, _scope),
            Stage("lone_doer", 350, _lone_doer), Stage("notes", 400, _notes)]


def stages() -> list[Stage]:
    """Every registered stage in order; a later registration of a name replaces an earlier
    one (plugins are called after the built-ins)."""
    from eventcoder.plugins import hooks

    by_name: dict[str, Stage] = {}
    for found in reversed(hooks().register_stages()):  # pluggy calls the last registered first
        for stage in found or []:
            by_name[stage.name] = stage
    return sorted(by_name.values(), key=lambda s: s.order)
