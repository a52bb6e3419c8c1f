"""One article, one event told twice: an undated mention joins the event of its place.

Extraction clusters an article's event words by the place and time their own words give, so a
lead that tells "the bomb blast in Cairo" with no date and a later line that dates it ("the
explosion ... on December 11, 2016, in Cairo") can come out as two events: the same event,
one of them undated. Once the geocoder has placed both, an undated event of the same sub-type
as another event of the article, at its place or at a vaguer reading of it (its province, its
country), is that event, unless the text starts it as another ("Separately, ...", the pack's
``new_event`` cues). It is folded, by the cross-article rules
(:func:`eventcoder.merge.combine.combine_events`), into the one dated such event; with none
dated, into the one such event placed more precisely; else into the first told at the same
place. A report dated only by a range (a weekday of an article known to the week, "this
week") is undated for this purpose beside events whose day lies in its range: it folds into
the one such event dated more precisely; one placed at the country or province of a town
where the same sub-type is told on the same days folds into that. Other dated events never
fold (the text gave each
its day), an undated event beside two
dated (or two finer) candidates stays (it cannot say which it is), and a dated event older
than the news horizon takes none: "the bombing in Cairo" told today is not the bombing there
a year ago that the article recalls, and taking its date would make today's news background.
"""

from __future__ import annotations

from collections.abc import Callable

from eventcoder.merge.combine import combine_events
from eventcoder.merge.features import event_day_range, event_features, type_family
from eventcoder.merge.score import places_nested
from eventcoder.records import Event


def undated(event: Event) -> bool:
    """No date at all: the text gave this event no time of its own."""
    return not (event.event_date or event.date_start or event.date_end)


def _within(fine: Event, vague: Event) -> bool:
    """``fine`` is dated more precisely than ``vague``, and inside its range."""
    a, b = event_day_range(fine), event_day_range(vague)
    if a is None or b is None or (a[1] - a[0]) >= (b[1] - b[0]):
        return False
    return b[0] <= a[0] and a[1] <= b[1]


def _same_place(a: Event, b: Event) -> bool:
    return a.geonameid is not None and a.geonameid == b.geonameid


def _vaguer_reading(vague: Event, fine: Event) -> bool:
    """``vague`` is placed only at the province or the country that holds ``fine``'s place."""
    a, b = event_features(vague), event_features(fine)
    if a.country is None or a.country != b.country or a.point is None or b.point is None:
        return False
    return a.point.precision > b.point.precision and places_nested(a.point, b.point)


def window_dated(event: Event) -> bool:
    """Dated only by the article's window: a range of days and no time words of its own (a
    paragraph that tells the event again, "In Anderlecht the police broke up the group with a
    water cannon", in a story whose lead gave the day)."""
    days = event_day_range(event)
    return days is not None and days[0] < days[1] and not event.evidence_for("date")


def _nested(a: Event, b: Event) -> bool:
    """The same place, or one only the vaguer reading (province, country) of the other."""
    return _same_place(a, b) or _vaguer_reading(a, b) or _vaguer_reading(b, a)


def _retold(i: int, events: list[Event], old: Callable[[Event], bool] | None) -> int | None:
    """The one event a window-dated ``events[i]`` tells again: of its type family (a riot
    the police broke up is told as the riot and as the police's force), at its place or
    nested with it either way (the lead's "in Guerrero state on Tuesday" and the paragraph's
    village), dated by its own words inside its range; None beside two such events."""
    ev = events[i]
    family = type_family(ev.event_type, ev.sub_event_type)
    found = [j for j, other in enumerate(events)
             if j != i and other.modality == ev.modality and other.evidence_for("date")
             and type_family(other.event_type, other.sub_event_type) == family
             and _nested(ev, other) and _within(other, ev)
             and not (old is not None and old(other))]
    return found[0] if len(found) == 1 else None


def _partner(i: int, events: list[Event], old: Callable[[Event], bool] | None) -> int | None:
    """The event an undated ``events[i]`` tells again, if the article has exactly one."""
    ev = events[i]
    if window_dated(ev):
        retold = _retold(i, events, old)
        if retold is not None:
            return retold
    alike = [j for j, other in enumerate(events)
             if j != i and other.sub_event_type == ev.sub_event_type
             and other.modality == ev.modality
             and (_same_place(ev, other) or _vaguer_reading(ev, other))]
    if not undated(ev):  # dated: only the one event dated inside its range more precisely,
        # or on its days at a place it reads vaguely (the country of the town it is told at)
        if event_day_range(ev) is None:  # a date no day range can be read from: no partner
            return None
        inside = [j for j in alike if (_within(events[j], ev) or (
            event_day_range(events[j]) == event_day_range(ev) and _vaguer_reading(ev, events[j])))
            and not (old is not None and old(events[j]))]
        return inside[0] if len(inside) == 1 else None
    dated = [j for j in alike if not undated(events[j])]
    if dated:
        recent = [j for j in dated if not (old is not None and old(events[j]))]
        return recent[0] if len(recent) == 1 and len(dated) == 1 else None
    finer = [j for j in alike if _vaguer_reading(ev, events[j])]
    if finer:
        return finer[0] if len(finer) == 1 else None
    earlier = [j for j in alike if j < i]
    return earlier[0] if earlier else None


def _break_cycles(target: dict[int, int]) -> None:
    """Each fold should go to a dated, finer, narrower or earlier event, so folds form no
    cycle; should records the rules did not foresee still close one, the fold that closes it
    is dropped (the events stay apart rather than the walk to a root never ending)."""
    for start in list(target):
        path: list[int] = []
        on_path: set[int] = set()
        i = start
        while i in target and i not in on_path:
            on_path.add(i)
            path.append(i)
            i = target[i]
        if i in on_path:
            del target[path[-1]]


# ACLED codes one event per place, day and pair of sides, under its most severe type: weapons
# seized or property wrecked in the course of a clash, an attack or a riot are part of it, not a
# second event (the codebook's taxonomy, not language).
# a state of emergency, a curfew or troops deployed where and when the one violent event of
# the article is told answer that event ("de noodtoestand uitgeroepen nadat protesten ...
# uitmondden in geweld"): part of it, not a development of its own
PART_OF_VIOLENCE = frozenset(
    {"Disrupted weapons use", "Looting/property destruction", "Change to group/activity"})
VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)


def _overlap(a: Event, b: Event) -> bool:
    """Both dated and sharing a day, or both undated."""
    ra, rb = event_day_range(a), event_day_range(b)
    if ra is None or rb is None:
        return undated(a) and undated(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def fold_parts(events: list[Event],
               estimated: Callable[[Event], bool] | None = None) -> list[Event]:
    """The article's events with each :data:`PART_OF_VIOLENCE` event folded into the one
    violent event told at its place (or a finer reading of it) on its days; it keeps the
    violent event's type, id and place. Beside two such events it stays (it cannot say
    which it belongs to)."""
    target: dict[int, int] = {}
    for i, ev in enumerate(events):
        if ev.sub_event_type not in PART_OF_VIOLENCE:
            continue
        wholes = [j for j, w in enumerate(events)
                  if j != i and w.event_type in VIOLENT_TYPES and w.modality == ev.modality
                  and (_same_place(ev, w) or _vaguer_reading(ev, w)) and _overlap(ev, w)]
        if len(wholes) == 1:
            target[i] = wholes[0]
    if not target:
        return events
    out: list[Event] = []
    for j, ev in enumerate(events):
        if j in target:
            continue
        parts = [events[i] for i, t in target.items() if t == j]
        if not parts:
            out.append(ev)
            continue
        merged = combine_events([ev, *parts], canonical_id=ev.event_id, estimated=estimated)
        merged.event_type, merged.sub_event_type = ev.event_type, ev.sub_event_type
        out.append(merged)
    return out


def merge_told_twice(
    events: list[Event], separated: Callable[[Event], bool] | None = None,
    old: Callable[[Event], bool] | None = None,
    estimated: Callable[[Event], bool] | None = None,
) -> list[Event]:
    """The article's events with each undated one folded into the event it tells again (see
    the module docstring). ``separated(event)`` says the text starts that event as a new one;
    such an event is never folded. ``old(event)`` says a dated event lies beyond the news
    horizon; none such takes an undated one. ``estimated(event)`` says its toll is only a
    quantifier's reading, which a count the other reports give replaces. Order is kept: a
    merged event stands where the event it joined stood."""
    target: dict[int, int] = {}
    for i, ev in enumerate(events):
        if not (separated is not None and separated(ev)):
            j = _partner(i, events, old)
            if j is not None:
                target[i] = j

    _break_cycles(target)

    def root(i: int) -> int:
        while i in target:
            i = target[i]
        return i

    if not target:
        return events
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(root(i), []).append(i)
    out: list[Event] = []
    for j, ev in enumerate(events):
        if j not in groups:
            continue
        members = [events[k] for k in groups[j]]
        if len(members) == 1:
            out.append(ev)
            continue
        # the id of the event joined: the record a re-run and the stores already know; its
        # type too (a report dated only by the window told it in passing, as another of the
        # family: the police's force at the riot)
        merged = combine_events(members, canonical_id=ev.event_id, estimated=estimated)
        merged.event_type, merged.sub_event_type = ev.event_type, ev.sub_event_type
        out.append(merged)
    return out
