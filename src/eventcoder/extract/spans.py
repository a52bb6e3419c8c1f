"""Small typed spans the extractor finds in text, and the one place their helpers are named.

The span records live here; cue matching and the window helpers were split out
(:mod:`~eventcoder.extract.cue_anchors`, :mod:`~eventcoder.extract.cue_matchers`,
:mod:`~eventcoder.extract.cue_find`) to keep each module about one thing, and are re-exported
so that ``from eventcoder.extract.spans import ...`` keeps working for every stage.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from eventcoder.extract.cue_anchors import _FOLD_EXTRA as _FOLD_EXTRA
from eventcoder.extract.cue_anchors import _REGISTRY as _REGISTRY
from eventcoder.extract.cue_anchors import SHORT_TEXT, TEXT_INDEX_CACHE, fold_case
from eventcoder.extract.cue_anchors import _TextIndex as _TextIndex
from eventcoder.extract.cue_find import _tail_regex as _tail_regex
from eventcoder.extract.cue_find import (
    doc_of,
    ends_with_cue,
    find_cues,
    iter_words,
    last_words,
    non_overlapping,
    tokens_at_most,
    tokens_between,
)
from eventcoder.extract.cue_matchers import (
    MATCHER_CACHE,
    CueMatcher,
    UnionScan,
    candidate_cues,
    cue_matcher,
    trigger_scan,
)
from eventcoder.extract.gazetteer import trusted_place
from eventcoder.langpacks import LanguagePack
from eventcoder.records import ActorKind, CasualtyKind, Inter, PlaceCue, Role, TimeKind

__all__ = [
    "MATCHER_CACHE", "SHORT_TEXT", "TEXT_INDEX_CACHE", "ActorSpan", "CasualtySpan", "CueMatcher",
    "NumberSpan", "PlaceSpan", "Span", "TimeSpan", "UnionScan", "backs_side", "candidate_cues",
    "cue_matcher",
    "doc_of", "ends_with_cue", "find_cues", "fold_case", "iter_words", "last_words",
    "non_overlapping", "tokens_between", "trigger_scan",
]


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
    kind: ActorKind = ActorKind.GROUP
    country: str | None = None
    explicit_country: bool = False
    role: Role = Role.UNMARKED
    # the first of two forces joined before one noun ("Russian and Ukrainian forces")
    paired: bool = False
    # the ACLED name the coder gives an event's side; set only on the coder's own copies
    # (``dataclasses.replace``), never on the scan's span, and not part of equality, so a
    # named side still equals the span it was named from
    name_display: str = field(default="", compare=False)


@dataclass
class PlaceSpan(Span):
    cue: str | None = None
    is_country: bool = False
    listed_after: PlaceSpan | None = field(default=None, repr=False)  # "Oran en Constantine"
    # listed after a comma alone ("Palma, Cabo Delgado"): with no coordination word in the
    # run, a hierarchy (the place, then the unit it lies in), not a list
    comma_only: bool = False
    # where someone comes from or lives ("a man from Rotterdam", "een inwoner van Utrecht"):
    # the event's place only when its words name no other
    origin: bool = False
    # named in the article's dateline ("OUAGADOUGOU (AFP) - "): where the report was filed,
    # the event's place only when its words name no other town or unit
    dateline: bool = False
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
        return self.cue in (PlaceCue.NATIONAL_SITE, PlaceCue.PROVINCIAL_SITE)


@dataclass
class NumberSpan(Span):
    low: int | None = None
    high: int | None = None
    vague: bool = False  # a quantifier ("dozens", "several"), not a count


@dataclass
class CasualtySpan(Span):
    kind: CasualtyKind = CasualtyKind.KILLED
    low: int | None = None
    high: int | None = None
    enemy: bool = False
    number: tuple[int, int] = (0, 0)  # where its count stands inside the span
    vague: bool = False  # counted by a quantifier ("dozens killed"), not a number


@dataclass
class TimeSpan(Span):
    kind: TimeKind = TimeKind.RELATIVE
    weekday: int | None = None
    offsets: tuple = (0, 0)
    week_mode: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    # after "sinds"/"since": the expression starts a period that runs to publication
    since: bool = False
    # days to add to what the words name: another event's time, told relative to it ("two
    # days after"; extract/time_shifts.py)
    shift: int = 0
    # a vague day that names the story's day ("eerder op de dag", "earlier in the day"): the
    # times told before it, which name that day where they fall inside its range
    # (dates.resolve; extract/mentions.py _story_days)
    story: tuple[TimeSpan, ...] = ()
    # the day a source spoke ("..., police said on Sunday"), dating an event told before the
    # verb: the event happened that day or before it, so a day the article tells of the
    # event itself wins and does not make it another event (coding/event_dates.py)
    statement: bool = False


@cache
def active_perfect_forms(pack: LanguagePack) -> frozenset[str]:
    """The pack's finite forms of the active perfect's auxiliary ("heeft", "has"), lower case:
    the speaker before "have said", the doer before "hebben ... aangevallen"."""
    return frozenset(str(w).lower() for w in pack.grammar.get("active_perfect_forms") or [])


FORCES_ABROAD = frozenset({Inter.STATE_FORCES, Inter.EXTERNAL_FORCES})


def on_force_abroad(pack: LanguagePack, text: str, actors: Iterable[ActorSpan], start: int,
                    end: int) -> bool:
    """Is the country word at ``start:end`` that of a state's force that may act abroad
    ("French troops", "Russian warplanes": a state or foreign force not ``local``)? It names
    whose force it is, not where the story happens. (A group's name holds its home: "de
    Syrische Democratische Strijdkrachten".)"""
    return any(a.inter in FORCES_ABROAD and not pack.actor(a.key).local and (
        a.start <= start < a.end or (
        a.explicit_country and a.start >= end and tokens_at_most(text, end, a.start, 1)))
        for a in actors)


def inside_name(places: Iterable[PlaceSpan], start: int, end: int) -> bool:
    """Is the country word at ``start:end`` the inside of a place name the scan found
    ("Datu Saudi Ampatuan")? Then it names no country. A name that begins or ends with it
    ("Mexico City") still tells its country."""
    return any(p.start < start and end < p.end for p in places)


def name_interiors(places: Iterable[PlaceSpan]) -> Callable[[int, int], bool]:
    """:func:`inside_name` over fixed ``places`` for many words: the names sorted by start
    with the furthest end among those starting before each, so that each question is a
    bisection instead of a pass over every name (a long article holds thousands of both)."""
    spans = sorted((p.start, p.end) for p in places)
    starts = [a for a, _b in spans]
    furthest = list(accumulate((b for _a, b in spans), max))

    def inside(start: int, end: int) -> bool:
        before = bisect_left(starts, start)  # the names that start before the word
        return before > 0 and furthest[before - 1] > end

    return inside


def backs_side(pack: LanguagePack, text: str, end: int, limit: int) -> bool:
    """Is the country word ending at ``end`` a backer ("de door de VS gesteunde SDF", "the
    US-led coalition")? The country that supports a side is neither where the event is nor
    that side's country (the pack's ``country_backer`` words, right after it or joined by
    a hyphen)."""
    cues = pack.discourse.get("country_backer") or []
    if not cues:
        return False
    found = find_cues(cues, text, end, min(limit, end + 40))
    return bool(found) and (tokens_between(text, end, found[0][0]) == 0
                            or text[end:found[0][0]] in ("-", "‐", "–"))
