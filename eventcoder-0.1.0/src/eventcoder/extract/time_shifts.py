"""Times told relative to another event: "Sunday's explosion came two days after bombs killed
six police officers in Giza".

The words after such a cue tell another, earlier (or later) event than the words before it:
they are dated by the time told before the cue, shifted by the days the cue names, never by
the sentence's other times, and start an event of their own. "Two days earlier, gunmen ..."
shifts the last time told before the sentence, "... the day before." the sentence's own
time. The words are pack data (time.yaml ``shift_units``, ``shift_links``, ``shift_anaphors``,
``shift_phrases``; counts are numbers.yaml's ``words``), so a language without them shifts
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.spans import TimeSpan
from eventcoder.langpacks import LanguagePack

if TYPE_CHECKING:
    from eventcoder.extract.mentions import Mention
    from eventcoder.extract.scan import Sentence

MAX_SHIFT_DAYS = 62  # "two months after" still names a day; a longer span is history


@dataclass(frozen=True)
class Shift:
    """A cue: its characters, the days it moves what follows, and whether it refers back to
    an earlier sentence ("two days earlier") rather than to its own sentence's start."""

    start: int
    end: int
    days: int
    anaphor: bool


def _alternation(words: object) -> str:
    items = sorted((str(w) for w in words or []), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in items)


@cache
def _shift_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    spec = pack.time
    units, links = spec.get("shift_units") or {}, spec.get("shift_links") or {}
    anaphors = spec.get("shift_anaphors") or {}
    counts = {str(k): v for k, v in (pack.numbers.get("words") or {}).items()
              if isinstance(v, int) and 0 < v <= MAX_SHIFT_DAYS}
    if not units or not (links or anaphors) or not counts:
        return None
    return re.compile(
        rf"(?<!\w)(?P<count>\d{{1,2}}|{_alternation(counts)})[\s-]+(?P<unit>{_alternation(units)})"
        rf"[\s-]+(?P<link>{_alternation([*links, *anaphors])})(?!\w)", re.IGNORECASE)


def _words(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


@cache
def _phrase_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    phrases = pack.time.get("shift_phrases") or {}
    if not phrases:
        return None
    # only where the phrase ends its clause ("... the day before."): followed by an object it
    # links two events ("the day before the vote"), which its own sign does not say
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?=\s*(?:[.,;:!?)]|$))",
                      re.IGNORECASE)


def find_shifts(text: str, start: int, end: int, pack: LanguagePack) -> list[Shift]:
    """The shift cues between ``start`` and ``end``."""
    phrases = {_words(str(k)): int(v)
               for k, v in (pack.time.get("shift_phrases") or {}).items()}
    phrase_regex = _phrase_regex(pack)
    found = [] if phrase_regex is None else [
        Shift(m.start(), m.end(), phrases[_words(m.group(0))], True)
        for m in phrase_regex.finditer(text, start, end) if _words(m.group(0)) in phrases]
    regex = _shift_regex(pack)
    if regex is None:
        return found
    spec = pack.time
    units = {str(k).lower(): int(v) for k, v in spec["shift_units"].items()}
    links = {str(k).lower(): int(v) for k, v in (spec.get("shift_links") or {}).items()}
    anaphors = {str(k).lower(): int(v) for k, v in (spec.get("shift_anaphors") or {}).items()}
    counts = {str(k).lower(): v for k, v in (pack.numbers.get("words") or {}).items()}
    shifts: list[Shift] = []
    for m in regex.finditer(text, start, end):
        word = " ".join(m["count"].lower().split())
        count = int(word) if word.isdigit() else counts.get(word)
        link = " ".join(m["link"].lower().split())
        unit = units.get(" ".join(m["unit"].lower().split()))
        if not isinstance(count, int) or unit is None:
            continue
        days = count * unit
        if not 0 < days <= MAX_SHIFT_DAYS:
            continue
        sign = links.get(link, anaphors.get(link, 0))
        if sign:
            shifts.append(Shift(m.start(), m.end(), sign * days, link in anaphors))
    return sorted(found + shifts, key=lambda x: x.start)


def _shifted(times: list[TimeSpan], cue: Shift, text: str) -> list[TimeSpan]:
    """The anchor's times moved by the cue; the cue's words are their evidence."""
    return [replace(t, start=cue.start, end=cue.end, text=text[cue.start:cue.end],
                    shift=t.shift + cue.days, since=False) for t in times]


def apply_shifts(ms: list[Mention], s: Sentence, text: str, pack: LanguagePack,
                 told: list[Mention], before: Sentence | None) -> None:
    """Date the sentence's mentions that a shift cue moves (see the module docstring)."""
    last = next((m for m in reversed(told) if m.times), None)
    story = list(last.times) if last is not None else []
    if before is not None and before.times and (
            last is None or last.sentence.index < before.index):
        story = list(before.times)
    for cue in find_shifts(text, s.start, s.end, pack):
        if cue.anaphor:  # "Two days earlier, ...", "... on Monday ... the day before."
            targets = list(ms)
            anchor = [t for t in s.times if t.end <= cue.start] or story
        else:
            targets = [m for m in ms if m.hit.start >= cue.end]
            earlier = [m for m in ms if m.hit.end <= cue.start]
            if not targets or not earlier:
                continue  # no event told before the cue: nothing to be relative to
            anchor = [t for m in earlier for t in m.times]
            anchor += [t for t in s.times if t.end <= cue.start and t not in anchor]
            # "The attack came a week after ...": the event told before, dated earlier
            anchor = anchor or story
        for m in targets:
            own = [t for t in m.times if t.start >= cue.end]  # "after bombs on Friday killed"
            m.times = own or _shifted(anchor, cue, text)
        if not cue.anaphor:
            targets[0].fresh = True
