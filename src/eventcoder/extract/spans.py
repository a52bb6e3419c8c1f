"""Small typed spans the extractor finds in text, and helpers to find them with pack cues."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventcoder.extract.gazetteer import trusted_place
from eventcoder.langpacks import Cue

_TOKEN = re.compile(r"\S+")


@dataclass
class Span:
    """A stretch of the article text (offsets into ``Article.text``)."""

    start: int
    end: int
    text: str


@dataclass
class ActorSpan(Span):
    key: str = ""
    name: str = ""
    inter: int = 0
    kind: str = "group"
    country: str | None = None
    explicit_country: bool = False
    role: str = "unmarked"  # unmarked | source | victim | enemy
    name_display: str = ""
    support_of: ActorSpan | None = field(default=None, repr=False)


@dataclass
class PlaceSpan(Span):
    cue: str | None = None
    is_country: bool = False
    listed_after: PlaceSpan | None = field(default=None, repr=False)  # "Oran en Constantine"
    # the place this one stands in apposition to ("X, the capital of Y province"): Y is
    # context for the geocoder, not where the event took place
    describes: PlaceSpan | None = field(default=None, repr=False)
    # the town a landmark or square lies in ("op de Dam" -> Amsterdam): the event's place is
    # that town, so a landmark never makes an event of its own
    town: str | None = None
    # the language pack lists the name as a place of a country ("Gazastrook"): vouched for
    # as the gazetteer's names are
    vouched: bool = False

    @property
    def trusted(self) -> bool:
        """A place the text, the pack or the gazetteer vouches for."""
        return self.vouched or trusted_place(self.text, self.cue)

    @property
    def is_site(self) -> bool:
        """A national institution ("parliament"): a hint for the geocoder (the capital), never
        a place that joins or splits events."""
        return self.cue == "national_site"


@dataclass
class NumberSpan(Span):
    low: int | None = None
    high: int | None = None


@dataclass
class CasualtySpan(Span):
    kind: str = "killed"  # killed | injured
    low: int | None = None
    high: int | None = None
    enemy: bool = False
    number: tuple[int, int] = (0, 0)  # where its count stands inside the span


@dataclass
class TimeSpan(Span):
    kind: str = "relative"  # weekday | relative | date
    weekday: int | None = None
    offsets: tuple = (0, 0)
    week_mode: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    # after "sinds"/"since": the expression starts a period that runs to publication
    since: bool = False


_ANY_CUE: dict[int, tuple[object, re.Pattern[str] | None]] = {}


def _any_cue(cues: Iterable[Cue]) -> re.Pattern[str] | None:
    """One case-insensitive union of a cue list: a cheap test before matching cue by cue."""
    hit = _ANY_CUE.get(id(cues))
    if hit is not None and hit[0] is cues:
        return hit[1]
    patterns = [c.regex.pattern for c in cues]
    regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    _ANY_CUE[id(cues)] = (cues, regex)
    return regex


def find_cues(cues: Iterable[Cue], text: str, start: int = 0, end: int | None = None) -> list:
    """All non-overlapping cue matches in text[start:end], longest first, as (start, end, cue)."""
    end = len(text) if end is None else end
    if isinstance(cues, list):
        if not cues:
            return []
        union = _any_cue(cues)
        if union is None or union.search(text, start, end) is None:
            return []
    found = []
    for cue in cues:
        for m in cue.regex.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), m.end(), cue))
    return non_overlapping(found)


def non_overlapping(found: list) -> list:
    """Keep the longest of overlapping (start, end, ...) tuples, in text order."""
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    kept.sort(key=lambda f: f[0])
    return kept


def tokens_between(text: str, start: int, end: int) -> int:
    """Number of whitespace tokens between two offsets (0 if adjacent or reversed)."""
    if end <= start:
        return 0
    return len(_TOKEN.findall(text, start, end))


def iter_words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text, start, end)


def last_words(text: str, end: int, n: int, floor: int = 0) -> str:
    """The n words before ``end`` (not crossing ``floor``), lower-cased, single-spaced."""
    words = _TOKEN.findall(text, floor, end)
    return " ".join(words[-n:]).lower()


def ends_with_cue(
    cues: Iterable[Cue], text: str, end: int, floor: int = 0, filler: str = "",
    modifiers: str = "",
) -> Cue | None:
    """The cue that ends right before ``end``; only spaces, commas and ``filler`` between.

    ``filler`` is a regex alternation of the language's articles ("de|het", "the|a");
    ``modifiers`` one of words that may follow them, at most two ("in het noordelijke
    Kunduz", "in northern Mali", "in het Syrische Raqqa").
    """
    window_start = max(floor, end - 60)
    window = text[window_start:end]
    tail = r"[\s,]*"
    if filler:
        tail += rf"(?:(?:{filler})\s+)?"
    if modifiers:
        tail += rf"(?:(?:{modifiers})[\s,]+){{0,2}}"
    tail_re = re.compile(tail, re.IGNORECASE)
    best: Cue | None = None
    best_start = len(window) + 1
    for cue in cues:
        for m in cue.regex.finditer(window):
            if tail_re.fullmatch(window[m.end():]) and m.start() < best_start:
                best, best_start = cue, m.start()
    return best
