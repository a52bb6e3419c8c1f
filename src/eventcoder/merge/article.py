"""One article, one event told twice: an undated mention joins the dated event of its place.

Extraction clusters an article's event words by the place and time their own words give, so a
lead that tells "the bomb blast in Cairo" with no date and a later line that dates it ("the
explosion ... on December 11, 2016, in Cairo") can come out as two events: the same event,
one of them undated. Once the geocoder has placed both, an undated event of the same sub-type
at the same place as exactly one dated event of the article is that event, unless the text
starts it as another ("Separately, ...", the pack's ``new_event`` cues): it is folded into the
dated one by the cross-article rules (:func:`eventcoder.merge.combine.combine_events`). Two
dated events at one place stay two (the text told them apart), and so does an undated event
when two dated ones share its place (it cannot say which it is). A dated event older than the
news horizon is no partner: "the bombing in Cairo" told today is not the bombing there a year
ago that the article recalls, and taking its date would make today's news background.
"""

from __future__ import annotations

from collections.abc import Callable

from eventcoder.merge.combine import combine_events
from eventcoder.records import Event


def undated(event: Event) -> bool:
    """No date at all: the text gave this event no time of its own."""
    return not (event.event_date or event.date_start or event.date_end)


def _same_place(a: Event, b: Event) -> bool:
    return a.geonameid is not None and a.geonameid == b.geonameid


def merge_told_twice(
    events: list[Event], separated: Callable[[Event], bool] | None = None,
    old: Callable[[Event], bool] | None = None,
) -> list[Event]:
    """The article's events with each undated one folded into the one dated event of its
    sub-type and place (see the module docstring). ``separated(event)`` says the text starts
    that event as a new one; such an event is never folded. ``old(event)`` says a dated event
    lies beyond the news horizon; none such takes an undated one. Order is kept: a merged
    event stands where its dated report stood."""
    into: dict[int, list[Event]] = {}
    folded: set[int] = set()
    for i, ev in enumerate(events):
        if not undated(ev) or (separated is not None and separated(ev)):
            continue
        dated = [j for j, other in enumerate(events)
                 if j != i and not undated(other) and _same_place(ev, other)
                 and not (old is not None and old(other))
                 and other.sub_event_type == ev.sub_event_type
                 and other.modality == ev.modality]
        if len(dated) == 1:
            into.setdefault(dated[0], []).append(ev)
            folded.add(i)
    if not folded:
        return events
    out: list[Event] = []
    for j, ev in enumerate(events):
        if j in folded:
            continue
        if j not in into:
            out.append(ev)
            continue
        at = {id(e): k for k, e in enumerate(events)}
        members = sorted([ev, *into[j]], key=lambda e: at[id(e)])
        # the dated report's id: it is the record a re-run and the stores already know
        out.append(combine_events(members, canonical_id=ev.event_id))
    return out
