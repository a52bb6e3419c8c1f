"""When an event happened: the most precise time its mentions tell, and whether two tell
different times (then they are two events)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from eventcoder.extract.dates import DateRange, Published, default_range, resolve
from eventcoder.extract.mentions import Mention
from eventcoder.extract.spans import TimeSpan
from eventcoder.records import TimeKind

# among ranges of one precision, the most specific words win ("zondagochtend" over "dit weekend")
_KIND_RANK = {TimeKind.DATE: 0, TimeKind.WEEKDAY: 1, TimeKind.RELATIVE: 2}


def ranges(mentions: Iterable[Mention], pub: Published | None) -> list[DateRange]:
    """The date ranges the mentions' time words name; none without a publication date."""
    if pub is None:
        return []
    return [resolve(t, pub) for m in mentions for t in m.times]


def time_clash(m: Mention, mentions: Iterable[Mention], pub: Published | None) -> bool:
    """Both told with their own time and no two of those times overlap: "vanmorgen"
    and "anderhalve week geleden" are two events, whatever else they share."""
    mine, theirs = ranges([m], pub), ranges(mentions, pub)
    if not mine or not theirs:
        return False
    return not any(a.start <= b.end and b.start <= a.end for a in mine for b in theirs)


def event_dates(mentions: Iterable[Mention], pub: Published | None
                ) -> tuple[DateRange | None, TimeSpan | None]:
    """The event's dates and the words that say them (the publication period when none do)."""
    mentions = list(mentions)
    if pub is None:
        # No publication date: relative words name no day, but a date written out with
        # its year ("on December 11, 2016") still does.
        for m in mentions:
            for t in m.times:
                if t.kind == TimeKind.DATE and t.year and t.month and t.day and not t.since:
                    try:
                        day = date(t.year, t.month, t.day) + timedelta(days=t.shift)
                    except ValueError:
                        continue
                    return DateRange(day, day, 1), t
        return None, None
    best: tuple[DateRange, TimeSpan] | None = None
    for m in mentions:
        for t in m.times:
            r = resolve(t, pub)
            # the most precise; among equals the most specific words ("zondagochtend"
            # over "dit weekend"), which stay evidence even when the article's own
            # precision makes both the same range
            if best is None or (r.precision, _KIND_RANK[t.kind]) < (
                    best[0].precision, _KIND_RANK[best[1].kind]):
                best = (r, t)
    if best is None:  # a text dated only by its own dates gives an untimed event no day
        return (None, None) if pub.told else (default_range(pub), None)
    return best
