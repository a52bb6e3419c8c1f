"""Time expressions and their resolution against the article's publication date.

The rule that matters: never more precise than the text and the publication date allow. A
weekday in an article known only to the month stays a range over every day it could name
(precision 3); in a day-precision article it becomes the last such day on or before
publication (precision 1). An article without a publication date is read as written in the
week from the latest full date it tells (:meth:`Published.told_from`), as an analyst reads a
clipping by its own dates: its weekdays then name the days they can, and a time word alone
dates nothing.
"""

from __future__ import annotations

import calendar
import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from eventcoder.extract.cue_anchors import _trie_regex, fold_case
from eventcoder.extract.spans import TimeSpan
from eventcoder.langpacks import LanguagePack, compile_pattern
from eventcoder.langpacks.unions import union_body
from eventcoder.records import TimeKind

WEEK_DAYS = 7
TOLD_WINDOW_DAYS = 6
"""Days after the latest date an undated text tells in which it may have been written."""


@dataclass(frozen=True)
class Published:
    """A publication date and what is known of it."""

    day: date  # first day of the known period
    last: date  # last day of the known period
    precision: str  # day | month | year | told (a window from the text's own latest date)

    @property
    def told(self) -> bool:
        """Known only from the text's own dates: no time word means no date."""
        return self.precision == "told"

    @classmethod
    def told_from(cls, latest: date) -> Published:
        """The window in which a text whose latest full date is ``latest`` was written."""
        return cls(latest, latest + timedelta(days=TOLD_WINDOW_DAYS), "told")

    @classmethod
    def parse(cls, published: str | None, precision: str | None = None) -> Published | None:
        if not published:
            return None
        parts = published.strip()[:10].split("-")
        try:
            year = int(parts[0])
            month = int(parts[1]) if len(parts) > 1 else None
            day = int(parts[2]) if len(parts) > 2 else None
        except ValueError:
            return None
        if precision is None:
            precision = "day" if day else "month" if month else "year"
        if precision == "day" and day and month:
            d = date(year, month, day)
            return cls(d, d, "day")
        if precision in ("day", "month") and month:
            last = calendar.monthrange(year, month)[1]
            return cls(date(year, month, 1), date(year, month, last), "month")
        return cls(date(year, 1, 1), date(year, 12, 31), "year")


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    precision: int


@cache
def _time_patterns(pack: LanguagePack) -> tuple[re.Pattern[str], list, dict]:
    spec = pack.time
    weekdays = {k.lower(): v for k, v in (spec.get("weekdays") or {}).items()}
    suffixes = "|".join(re.escape(s) for s in spec.get("weekday_suffixes") or [])
    wd_alt = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    months = {str(k).lower(): v for k, v in (spec.get("months") or {}).items()}
    mo_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    markers = spec.get("previous_week_markers") or {}
    if isinstance(markers, list):
        markers = {m: "calendar" for m in markers}
    mk_alt = "|".join(sorted((re.escape(m).replace(r"\ ", r"\s+") for m in markers), key=len,
                             reverse=True))
    holidays = {" ".join(str(k).lower().split()): v
                for k, v in (spec.get("holidays") or {}).items()}
    ho_alt = "|".join(sorted((re.escape(h).replace(r"\ ", r"[\s-]+").replace("'", "['’]?")
                              for h in holidays), key=len, reverse=True))
    parts = []
    if ho_alt:  # a day with a name ("New Year's Day", "eerste kerstdag"), its year if told
        parts.append(rf"(?P<holiday>{ho_alt})(?:,?\s+(?P<hy>\d{{4}}))?")
    if wd_alt:
        marker = rf"(?:(?P<marker>{mk_alt})\s+(?:\w+\s+)?)?" if mk_alt else ""
        suffix = rf"(?:{suffixes})?" if suffixes else ""
        parts.append(rf"{marker}(?P<weekday>{wd_alt}){suffix}")
    if mo_alt:
        parts.append(rf"(?P<d1>\d{{1,2}})(?:e|th|st|nd|rd)?\s+(?P<m1>{mo_alt})\.?(?:\s+(?P<y1>\d{{4}}))?")
        parts.append(rf"(?P<m2>{mo_alt})\.?\s+(?P<d2>\d{{1,2}})(?:th|st|nd|rd)?(?:,?\s+(?P<y2>\d{{4}}))?")
    # A pack without weekdays or months (time.yaml is optional) matches nothing here.
    body = "|".join(parts) or "(?!)"
    regex = re.compile(rf"(?<![\w\-])(?:{body})(?![\w])", re.IGNORECASE)
    relative = [
        (compile_pattern(p), tuple(v)) for p, v in (spec.get("relative") or {}).items()
    ]
    return regex, relative, {"weekdays": weekdays, "months": months, "markers": markers,
                             "holidays": holidays,
                             "named_days": frozenset(spec.get("named_days") or [])}


_WORD_BEFORE = re.compile(r"(\w+)[\s-]+$")


def _named_day(text: str, start: int, names: frozenset[str]) -> bool:
    """Is the weekday at ``start`` part of a day's name ("Pentecost Sunday")? The word
    right before it is one of the pack's ``named_days``, capitalised as written."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(names) and before is not None and before.group(1) in names


_TIMES_KEPT: OrderedDict[int, tuple[str, LanguagePack, list[TimeSpan]]] = OrderedDict()
TIMES_CACHE = 4  # texts whose time expressions are kept (an article and its title)


def find_times(text: str, pack: LanguagePack) -> list[TimeSpan]:
    """Weekdays, relative days and explicit dates in the text, longest match first.

    The scan, the story's latest told day and the scope model each ask for the whole
    article's times: they are found once per text and each caller gets its own copies
    (callers mark the spans: ``shift``, ``story``)."""
    kept = _TIMES_KEPT.get(id(text))
    if kept is None or kept[0] is not text or kept[1] is not pack:
        kept = _TIMES_KEPT[id(text)] = (text, pack, _find_times(text, pack))
        if len(_TIMES_KEPT) > TIMES_CACHE:
            _TIMES_KEPT.popitem(last=False)
    else:
        _TIMES_KEPT.move_to_end(id(text))
    return [_copy_span(t) for t in kept[2]]


def _copy_span(t: TimeSpan) -> TimeSpan:
    """A shallow copy as find_times made it (its fields hold no list anyone appends to)."""
    copy = object.__new__(TimeSpan)
    copy.__dict__.update(t.__dict__)
    return copy


def _find_times(text: str, pack: LanguagePack) -> list[TimeSpan]:
    regex, relative, tables = _time_patterns(pack)
    found: list[TimeSpan] = []
    for m in _date_matches(text, pack):
        if m.groupdict().get("holiday"):
            name = " ".join(m.group("holiday").lower().replace("’", "'").replace("-", " ").split())
            month, day = tables["holidays"].get(name) or tables["holidays"].get(
                name.replace("'", ""), (None, None))
            if month is None:
                continue
            year = m.group("hy")
            found.append(TimeSpan(m.start(), m.end(), m.group(0), kind=TimeKind.DATE, day=day,
                                  month=month, year=int(year) if year else None))
        elif m.groupdict().get("weekday"):
            if _named_day(text, m.start(), tables["named_days"]):
                continue  # "the Pentecost Sunday attack": a name, not last Sunday
            marker = (m.group("marker") or "").lower()
            mode = None
            for k, v in tables["markers"].items():
                if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), marker):
                    mode = v
            found.append(
                TimeSpan(m.start(), m.end(), m.group(0), kind=TimeKind.WEEKDAY,
                         weekday=tables["weekdays"][m.group("weekday").lower()], week_mode=mode)
            )
        else:
            day = m.group("d1") or m.group("d2")
            month = (m.group("m1") or m.group("m2")).lower().rstrip(".")
            year = m.group("y1") or m.group("y2")
            if not 1 <= int(day) <= 31:
                continue
            found.append(
                TimeSpan(m.start(), m.end(), m.group(0), kind=TimeKind.DATE, day=int(day),
                         month=tables["months"][month], year=int(year) if year else None)
            )
    for (_pattern, offsets), matches in zip(relative, _relative_matches(text, pack), strict=True):
        for m in matches:
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in found):
                continue
            found.append(TimeSpan(m.start(), m.end(), m.group(0), kind=TimeKind.RELATIVE,
                                  offsets=offsets))
    found.sort(key=lambda t: t.start)
    compared = _comparison_regex(pack)
    if compared is not None:  # "it still feels like yesterday": a likeness, no time
        found = [t for t in found
                 if compared.search(text, max(0, t.start - SINCE_REACH), t.start) is None]
    since = since_regex(pack)
    if since is not None:
        for t in found:
            t.since = since.search(text, max(0, t.start - SINCE_REACH), t.start) is not None
    return found


@cache
def _date_starts(pack: LanguagePack) -> re.Pattern[str] | None:
    """Where a date of :func:`_time_patterns` may start: after its own lookbehind, a digit or
    the first letters of a holiday, week marker, weekday or month (each alternative begins
    with one), as a character trie; one pass of it finds the few places to try the date
    regex, whose lookbehind and alternatives are otherwise tried at every character. None
    when a name does not begin with a letter or digit (the date regex then scans alone)."""
    tables = _time_patterns(pack)[2]
    firsts = set()
    for key in ("holidays", "markers", "weekdays", "months"):
        for name in tables[key]:
            head = re.match(r"\w+", fold_case(str(name)))
            if head is None:
                return None
            firsts.add(head.group(0))
    body = _trie_regex(sorted(firsts))
    return re.compile(rf"(?<![\w\-])(?=\d{'|' + body if body else ''})", re.IGNORECASE)


def _date_matches(text: str, pack: LanguagePack) -> Iterator[re.Match[str]]:
    """The date regex's ``finditer`` over the text, tried only where a date may start (its
    matches are never empty: on from each match's end, as ``finditer`` goes)."""
    regex = _time_patterns(pack)[0]
    starts = _date_starts(pack)
    if starts is None:
        yield from regex.finditer(text)
        return
    pos = 0
    for at in starts.finditer(text):
        p = at.start()
        if p < pos:
            continue
        m = regex.match(text, p)
        if m is not None and m.end() > p:
            yield m
            pos = m.end()


WORD_START = r"(?<![\w])"  # how compile_pattern starts a pattern


@cache
def _relative_starts(pack: LanguagePack) -> re.Pattern[str] | None:
    """Where any relative pattern could start: their union, case-insensitive (so a superset),
    as a lookahead, so one pass over the text finds every such position."""
    relative = _time_patterns(pack)[1]
    if not relative:
        return None
    # compile_pattern starts each with the same lookbehind: checked once, it fails inside words
    # before any alternative is tried
    patterns = [p.pattern for p, _ in relative]
    head = WORD_START if all(p.startswith(WORD_START) for p in patterns) else ""
    alt = "|".join(f"(?:{p[len(head):]})" for p in patterns)
    try:
        return re.compile(f"{head}(?=(?:{alt}))", re.IGNORECASE)
    except re.error:  # e.g. a group name used twice: each pattern runs on its own
        return None


def _relative_matches(text: str, pack: LanguagePack) -> list[list[re.Match[str]]]:
    """Each relative pattern's ``finditer`` matches, from one pass instead of one per pattern:
    a pattern's next match is its leftmost one at or after its last match's end, and it can
    only start where the union starts, so trying it there (``match`` sees the text before
    ``pos`` for its lookbehind) finds the same matches. The patterns match no empty text."""
    relative = _time_patterns(pack)[1]
    starts = _relative_starts(pack)
    if starts is None:
        return [list(pattern.finditer(text)) for pattern, _offsets in relative]
    found: list[list[re.Match[str]]] = [[] for _ in relative]
    ends = [0] * len(relative)
    for start in starts.finditer(text):
        pos = start.start()
        for i, (pattern, _offsets) in enumerate(relative):
            if pos >= ends[i]:
                m = pattern.match(text, pos)
                if m is not None and m.end() > pos:
                    found[i].append(m)
                    ends[i] = m.end()
    return found


SINCE_REACH = 30  # characters before a time expression where its "since" may stand


@cache
def since_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    """ "sinds ruim twee weken geleden": a since marker, at most one word, then the time."""
    markers = [str(m) for m in pack.time.get("since_markers") or []]
    if not markers:
        return None
    alt = union_body([compile_pattern(m).pattern for m in markers])
    return re.compile(rf"(?:{alt})\s+(?:\w+\s+)?$", re.IGNORECASE)


@cache
def deadline_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    """ "by Monday night": a deadline marker, at most one word, then the time (which then
    bounds a count or a state, and dates no event: :func:`is_deadline`)."""
    markers = [str(m) for m in pack.time.get("deadline_markers") or []]
    if not markers:
        return None
    alt = "|".join(compile_pattern(m).pattern for m in markers)
    return re.compile(rf"\b(?:{alt})\s+(?:\w+\s+)?$", re.IGNORECASE)


def is_deadline(text: str, t: TimeSpan, pack: LanguagePack) -> bool:
    """Is the time the bound a count holds by ("43 had been arrested by Monday night")?"""
    found = deadline_regex(pack)
    return found is not None and found.search(text, max(0, t.start - SINCE_REACH),
                                              t.start) is not None


@cache
def _comparison_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``comparisons`` right before a time word ("like yesterday", "als de dag
    van gisteren"): the time word names how recent something feels, not when it happened."""
    cues = [str(c) for c in pack.time.get("comparisons") or []]
    if not cues:
        return None
    alt = union_body([compile_pattern(c).pattern for c in cues])
    return re.compile(rf"(?:{alt})\s+$", re.IGNORECASE)


def default_range(pub: Published) -> DateRange:
    """No time expression: the week up to a known day, else the known month or year."""
    if pub.precision == "day":
        return DateRange(pub.day - timedelta(days=WEEK_DAYS), pub.day, 2)
    return DateRange(pub.day, pub.last, 3)


def _offset_day(pub_day: date, value: object) -> date:
    if isinstance(value, int):
        return pub_day + timedelta(days=value)
    monday = pub_day - timedelta(days=pub_day.weekday())
    if value == "weekend":
        saturday = pub_day - timedelta(days=(pub_day.weekday() - 5) % WEEK_DAYS)
        return saturday
    if value == "prev_week":
        return monday - timedelta(days=WEEK_DAYS)
    if value == "this_week":
        return monday
    if value == "prev_month":
        first = pub_day.replace(day=1)
        return (first - timedelta(days=1)).replace(day=1)
    raise ValueError(f"unknown relative time value {value!r}")


def resolve(span: TimeSpan, pub: Published) -> DateRange:
    """The date range a time expression allows, given the publication date."""
    if span.story:
        # "gistermiddag ... eerder op de dag": the story's day where it lies inside the
        # range the vague words allow (never a day they rule out)
        own = resolve(replace(span, story=()), pub)
        told = [r for r in (resolve(t, pub) for t in span.story)
                if own.start <= r.start and r.end <= own.end]
        return min(told, key=lambda r: (r.precision, r.end - r.start), default=own)
    if span.shift:
        moved = resolve(replace(span, shift=0), pub)
        step = timedelta(days=span.shift)
        return DateRange(moved.start + step, moved.end + step, moved.precision)
    if span.since:
        # "sinds ruim twee weken geleden": from that reading up to publication
        first = resolve(replace(span, since=False), pub)
        end = max(first.end, pub.last)
        days = (end - first.start).days
        return DateRange(first.start, end,
                         max(first.precision, 1 if days == 0 else 2 if days <= WEEK_DAYS else 3))
    if span.kind == TimeKind.DATE and span.month and span.day:
        year = span.year or pub.day.year
        try:
            d = date(year, span.month, span.day)
        except ValueError:
            return default_range(pub)
        if span.year is None and d > pub.last:
            d = d.replace(year=year - 1)
        return DateRange(d, d, 1)
    if pub.precision != "day":
        # Without the day of publication a relative word allows every day it would name for
        # some possible publication day: from its reading on the first possible day to its
        # reading on the last ("zaterdag" in a September article: the Saturday on or before
        # 1 September, up to the last Saturday of September).
        earliest = resolve(span, Published(pub.day, pub.day, "day"))
        latest = resolve(span, Published(pub.last, pub.last, "day"))
        end = max(earliest.end, latest.end)
        days = (end - earliest.start).days
        return DateRange(earliest.start, end, 1 if days == 0 else 2 if days <= WEEK_DAYS else 3)
    if span.kind == TimeKind.WEEKDAY and span.weekday is not None:
        back = (pub.day.weekday() - span.weekday) % WEEK_DAYS
        d = pub.day - timedelta(days=back)
        if span.week_mode == "calendar":
            monday_prev = pub.day - timedelta(days=pub.day.weekday() + WEEK_DAYS)
            d = monday_prev + timedelta(days=span.weekday)
        elif span.week_mode == "minus_week":
            d -= timedelta(days=WEEK_DAYS)
        return DateRange(d, d, 1)
    start_v, end_v = span.offsets
    start = _offset_day(pub.day, start_v)
    end = _offset_day(pub.day, end_v)
    if end_v == 0 and not isinstance(start_v, int) and start_v == "prev_week":
        end = start + timedelta(days=WEEK_DAYS - 1)
    if start_v == "prev_month":
        end = pub.day.replace(day=1) - timedelta(days=1)
        return DateRange(start, end, 3)
    if end < start:
        start, end = end, start
    end = min(end, pub.day)
    span_days = (end - start).days
    precision = 1 if span_days == 0 else 2 if span_days <= WEEK_DAYS else 3
    return DateRange(start, end, precision)


_WORD = re.compile(r"[^\W\d_][\w-]*|\S+")
LINK_GAP = 2  # modifiers between a link and its day ("van afgelopen maandag", "of last week")


def time_owner(text: str, start: int, end: int, pack: LanguagePack, lo: int = 0,
               hi: int | None = None) -> tuple[int, int] | None:
    """The noun a time completes, as its span: "de krant van woensdag", "de aanslag van
    afgelopen maandag", "Wednesday's paper" (the pack's ``owner_links``, ``time_modifiers``
    and ``owner_genitives``); None when the time stands alone or the noun is itself a time
    ("de nacht van zaterdag"), so that it dates the events of its sentence. ``lo`` and ``hi``
    bound the search (the sentence)."""
    spec = pack.time
    links = {str(w).lower() for w in spec.get("owner_links") or []}
    genitives = {str(w).lower() for w in spec.get("owner_genitives") or []}
    if not links and not genitives:
        return None
    modifiers = {str(w).lower() for w in spec.get("time_modifiers") or []}
    owner = None
    words = list(_WORD.finditer(text, max(lo, start - 80), start))[-(LINK_GAP + 2):]
    for i in range(len(words) - 1, 0, -1):
        word = words[i].group(0).lower()
        if word in links:
            owner = words[i - 1].span()
            break
        if len(words) - i > LINK_GAP or word not in modifiers:
            break
    if owner is None and genitives:
        after = list(_WORD.finditer(text, end, min(len(text) if hi is None else hi, end + 60)))
        if len(after) >= 2 and after[0].start() == end and after[0].group(0).lower() in genitives:
            owner = after[1].span()
    if owner is None:
        return None
    time_nouns = {str(w).lower() for w in spec.get("time_nouns") or []}
    return None if text[owner[0]:owner[1]].lower() in time_nouns else owner
