"""Handing a sentence's places and times from an event word that told no event to the one
the parse says governs them (:func:`hand_over_settings`, called by
:func:`~eventcoder.extract.coding.cluster.cluster` until nothing more moves)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from eventcoder.extract.mentions import Mention
from eventcoder.extract.spans import PlaceSpan, Span, TimeSpan


class _Drafted(Protocol):
    """A forming draft: the mentions it holds so far."""

    @property
    def mentions(self) -> Sequence[Mention]: ...


def hand_over_settings(mentions: list[Mention], drafts: Sequence[_Drafted],
                       donors: set[tuple[int, int]]) -> list[Mention] | None:
    """A sentence's places and times went to its nearest event word
    (:func:`~eventcoder.extract.mention_roles.nearest`); where that word told no event and
    the parse says another event word of the sentence governs the place or time ("Als reactie
    op de arrestatie hebben in Amsterdam zaterdag honderden mensen gedemonstreerd": an arrest
    of nobody named makes none, and "in Amsterdam" and "zaterdag" are the protest's), they
    are that word's, when it has no place (or time) of its own. Returns the mentions with
    them handed over, or None when nothing was. ``donors`` (sentence and start of the words
    that gave theirs away) grows with each call, so that no word gets back what it gave.
    Without a parse nothing is handed over. Copies; the input mentions are not written on."""
    used = {id(m) for d in drafts for m in d.mentions}
    out = list(mentions)
    changed = False
    for i, m in enumerate(mentions):
        if (id(m) in used or m.background or m.responsibility or not (m.places or m.times)
                or (m.sentence.index, m.start) in donors):
            continue
        others = [x for j, x in enumerate(out) if j != i
                  and x.sentence.index == m.sentence.index and not x.background
                  and (x.sentence.index, x.start) not in donors]
        if not others:
            continue
        donors.add((m.sentence.index, m.start))
        places: dict[int, list[PlaceSpan]] = {}  # by id() of the receiving mention
        times: dict[int, list[TimeSpan]] = {}
        kept_places = [p for p in m.places if not _receive(m, others, p, places, True)]
        kept_times = [t for t in m.times if not _receive(m, others, t, times, False)]
        for j, x in enumerate(out):
            if id(x) in places or id(x) in times:
                out[j] = replace(
                    x, places=sorted([*x.places, *places.get(id(x), [])], key=_start),
                    times=sorted([*x.times, *times.get(id(x), [])], key=_start))
                changed = True
        out[i] = replace(m, places=kept_places, times=kept_times)
    return out if changed else None


def _start(span: Span) -> int:
    return span.start


def _governs(m: Mention, item: Span) -> int | None:
    """How many characters the subtree of the word that governs ``item`` spans (the smaller,
    the closer it governs it), or None when this event word does not govern it."""
    if m.reach is None or not (m.reach[0] <= item.start and item.end <= m.reach[1]):
        return None
    return m.reach[1] - m.reach[0]


def _receive(donor: Mention, others: list[Mention], item: Span, given: dict[int, list],
             place: bool) -> bool:
    """Give ``item`` to the event word that governs it most closely, unless that is the donor
    itself or the word has a place (or a time) of its own; whether it was given."""
    governing = [(size, x) for x in others if (size := _governs(x, item)) is not None]
    if not governing:
        return False
    size, x = min(governing, key=lambda sx: sx[0])
    own = _governs(donor, item)
    if own is not None and own <= size:
        return False
    if x.specific_place() if place else x.times:
        return False
    given.setdefault(id(x), []).append(item)
    return True
