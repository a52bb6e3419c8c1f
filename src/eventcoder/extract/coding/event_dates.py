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


STATEMENT_REACH = 7  # days before a source spoke that the event it tells may lie


def _clash_ranges(mentions: Iterable[Mention], pub: Published) -> list[DateRange]:
    """The times' ranges, a source's day widened to the week before it: "gunmen killed 14
    in an overnight raid, residents said on Sunday" and "the attackers arrived late on
    Saturday" tell one raid."""
    out = []
    for m in mentions:
        for t in m.times:
            r = resolve(t, pub)
            if t.statement:
                r = DateRange(r.start - timedelta(days=STATEMENT_REACH), r.end, r.precision)
            out.append(r)
    return out


def time_clash(m: Mention, mentions: Iterable[Mention], pub: Published | None) -> bool:
    """Both told with their own time and no two of those times overlap: "vanmorgen"
    and "anderhalve week geleden" are two events, whatever else they share."""
    if pub is None:
        return _weekday_clash(m, mentions)
    mine, theirs = _clash_ranges([m], pub), _clash_ranges(mentions, pub)
    if not mine or not theirs:
        return False
    return not any(a.start <= b.end and b.start <= a.end for a in mine for b in theirs)


def _weekdays(mentions: Iterable[Mention]) -> set[int] | None:
    """The weekdays the mentions' time words name, or None where any time word is not a
    plain weekday ("yesterday", "last Sunday", "two days after"): those need a publication
    date to compare."""
    days: set[int] = set()
    for m in mentions:
        weekdays = [t for t in m.times if t.kind == TimeKind.WEEKDAY]
        for t in m.times:
            if t.kind == TimeKind.RELATIVE and any(
                    0 <= w.start - t.end <= 1 or 0 <= t.start - w.end <= 1 for w in weekdays):
                continue  # "overnight Saturday": the weekday's own part of the day
            if t.kind != TimeKind.WEEKDAY or t.weekday is None or t.week_mode or t.shift:
                return None
            days.add(t.weekday)
    return days


def _weekday_clash(m: Mention, mentions: Iterable[Mention]) -> bool:
    """Without a publication date no day resolves, but "Saturday" and "Sunday" told of
    two reports of one week are still two days: two events."""
    mine, theirs = _weekdays([m]), _weekdays(mentions)
    return bool(mine) and bool(theirs) and not (mine & theirs)  # type: ignore[operator]


def one_day_told(m: Mention, mentions: Iterable[Mention], pub: Published | None) -> bool:
    """Does the mention's time name one day, the day some other mention's time names?"""
    mine = ranges([m], pub)
    if len(mine) != 1 or mine[0].start != mine[0].end:
        return False
    return any(r.start == r.end == mine[0].start for r in ranges(mentions, pub))


def same_weekdays(m: Mention, mentions: Iterable[Mention]) -> bool:
    """Do the mention's time words name just the weekdays the others' do ("Saturday" and
    "Saturday's")?"""
    mine = _weekdays([m])
    return bool(mine) and mine == _weekdays(mentions)


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
            # a day the event is told by before the day a source spoke of it; then the
            # most precise; among equals the most specific words ("zondagochtend" over
            # "dit weekend"), which stay evidence even when the article's own precision
            # makes both the same range
            if best is None or (t.statement, r.precision, _KIND_RANK[t.kind]) < (
                    best[1].statement, best[0].precision, _KIND_RANK[best[1].kind]):
                best = (r, t)
    if best is None:  # a text dated only by its own dates gives an untimed event no day
        return (None, None) if pub.told else (default_range(pub), None)
    return best
