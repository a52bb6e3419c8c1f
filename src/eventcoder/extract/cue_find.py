"""Finding cues and words around an offset: what the scan and the coder call on a window.

These helpers answer "which cues match here" and "what words stand there" for the stages;
the narrowing to the cues that may match lives in :mod:`eventcoder.extract.cue_matchers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from eventcoder.extract.cue_anchors import _text_index
from eventcoder.extract.cue_matchers import CueMatcher, candidate_cues, cue_matcher
from eventcoder.langpacks import Cue
from eventcoder.langpacks.unions import union_body

_TOKEN = re.compile(r"\S+")


_DOC_SEEN: list = [None, None, False]  # the last (doc, text, answer)


def doc_of(doc: object | None, text: str) -> bool:
    """Is ``doc`` a parse of this very text? Answered once per doc and text: ``doc.text``
    joins every token anew, and the stages ask it several times per article."""
    if doc is None:
        return False
    seen = _DOC_SEEN
    if seen[0] is doc and seen[1] is text:
        return seen[2]
    answer = getattr(doc, "text", None) == text
    seen[:] = [doc, text, answer]
    return answer


def parsed_from(doc: object, text: str) -> None:
    """Record that ``doc`` is the language model's parse of this very ``text``: spaCy's
    tokenizer keeps every character, so ``doc.text == text`` holds and :func:`doc_of` need
    not join the doc's tokens to learn it (a thousandth of a second per article). Only a
    spaCy doc whose last token ends where the text does is recorded."""
    from spacy.tokens import Doc

    if not isinstance(doc, Doc):
        return
    ends = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if ends == len(text):
        _DOC_SEEN[:] = [doc, text, True]


def find_cues(cues: Iterable[Cue], text: str, start: int = 0, end: int | None = None) -> list:
    """All non-overlapping cue matches in text[start:end], longest first, as (start, end, cue).

    Only the cues whose anchor stands in the window run (:class:`CueMatcher`); the result is
    what running every cue of the list over the window gives."""
    end = len(text) if end is None else end
    if isinstance(cues, (list, tuple)) and cues:
        matcher = cue_matcher(cues)  # first: a new matcher registers its anchors
        index = _text_index(text)
        if index.exact:  # each cue tried at its anchors only
            found = matcher.window_matches(index, text, start, end)
            return non_overlapping(found) if len(found) > 1 else found
    found = []
    for cue in candidate_cues(cues, text, start, end):  # no exact index: every candidate
        for m in cue.regex.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), m.end(), cue))
    return non_overlapping(found)


def may_match(cues: Iterable[Cue], text: str, start: int, end: int) -> bool:
    """False only when no cue of ``cues`` can match in text[start:end] (no anchor of the
    list stands there and every cue has one): :func:`find_cues` would find nothing. One
    look for several lists at once, as their concatenation."""
    if not isinstance(cues, (list, tuple)):
        return True
    if not cues or start >= end:
        return False
    matcher = cue_matcher(cues)  # first: a new matcher registers its anchors
    index = _text_index(text)
    if not index.exact or matcher.always:
        return True
    return bool(matcher._window(index, start, end))


def non_overlapping(found: list) -> list:
    """Keep the longest of overlapping (start, end, ...) tuples, in text order."""
    if len(found) < 2:
        return found
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    if any(f[1] <= f[0] for f in found):  # an empty span: the plain check of every kept one
        kept: list = []
        for item in found:
            if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
                kept.append(item)
        kept.sort(key=lambda f: f[0])
        return kept
    # The kept spans never overlap, so sorted by start their ends rise too: only the last
    # one starting before an item's end can overlap it (a whole article's cues, not a scan
    # of every kept span per span).
    starts: list[int] = []
    by_start: list = []
    for item in found:
        i = bisect_left(starts, item[1])
        if i and by_start[i - 1][1] > item[0]:
            continue
        starts.insert(i, item[0])
        by_start.insert(i, item)
    return by_start


def tokens_between(text: str, start: int, end: int) -> int:
    """Number of whitespace tokens between two offsets (0 if adjacent or reversed)."""
    if end <= start:
        return 0
    return len(_TOKEN.findall(text, start, end))


def tokens_at_most(text: str, start: int, end: int, n: int) -> bool:
    """``tokens_between(text, start, end) <= n``, reading no further than the (n+1)th token:
    asked of every later actor of an article, a full count made the cost grow with the
    square of the article."""
    if end <= start:
        return True
    return all(k < n for k, _m in enumerate(_TOKEN.finditer(text, start, end)))


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
    tail_re = _tail_regex(filler, modifiers)
    if isinstance(cues, (list, tuple)) and cues and window_start < end:
        matcher = cue_matcher(cues)
        index = _text_index(text)
        events = matcher.window_events(index, window_start, end, open_start=True) if (
            index.exact) else None
        if events is not None:
            return _first_ending(matcher, events, window, window_start, tail_re)
    best: Cue | None = None
    best_start = len(window) + 1
    # the window is a slice: its first position starts a word whatever stands before it
    for cue in candidate_cues(cues, text, window_start, end, open_start=True):
        for m in cue.regex.finditer(window):
            if tail_re.fullmatch(window[m.end():]) and m.start() < best_start:
                best, best_start = cue, m.start()
    return best


def _first_ending(matcher: CueMatcher, events: list[tuple[int, int]], window: str,
                  offset: int, tail_re: re.Pattern[str]) -> Cue | None:
    """:func:`ends_with_cue` over the anchors of the matcher's cues in ``window`` (text
    offsets, by position then list order): the answer is the valid match that starts first,
    the cue earliest in the list on a tie, so the first one met in that order. Each cue's
    matches are those of its ``finditer(window)``: tried at its anchors on from its last
    match's end. The cues anchored at one position ("the": two dozen place cues) are first
    tried as one union (:func:`_group_filter`): where it fails, none of them matches there."""
    cues = matcher.cues
    after: dict[int, int] = {}  # cue -> end of its last match in the window
    k, n = 0, len(events)
    while k < n:
        pos = events[k][0]
        j = k + 1
        while j < n and events[j][0] == pos:
            j += 1
        at = pos - offset
        if j - k >= GROUP_FILTER:
            union = _group_filter(matcher, tuple(i for _p, i in events[k:j]))
            if union is not None and union.match(window, at) is None:
                k = j
                continue
        for _p, i in events[k:j]:
            if at < after.get(i, 0):
                continue
            m = cues[i].regex.match(window, at)
            if m is None:
                continue
            if m.end() == at:  # an empty match: finditer steps on differently; scan them all
                return _ends_by_scan(cues, sorted({i for _p, i in events}), window, tail_re)
            if tail_re.fullmatch(window[m.end():]):
                return cues[i]
            after[i] = m.end()
        k = j
    return None


GROUP_FILTER = 4  # cues anchored at one position from which they are first tried as a union
_FILTERS: dict[tuple[int, tuple[int, ...]], tuple[CueMatcher, re.Pattern[str] | None]] = {}


def _group_filter(matcher: CueMatcher, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
    """One regex that matches at a position exactly where one of the ``chosen`` cues does
    (the alternation of their patterns); None where the cues differ in flags or hold groups
    a union would renumber or name twice. Made once per matcher and set of cues."""
    key = (id(matcher), chosen)
    hit = _FILTERS.get(key)
    if hit is not None and hit[0] is matcher:
        return hit[1]
    regexes = [matcher.cues[i].regex for i in chosen]
    union: re.Pattern[str] | None = None
    if len({r.flags for r in regexes}) == 1 and not any(
            "(?P" in r.pattern or _BACKREF.search(r.pattern) for r in regexes):
        try:
            union = re.compile(union_body([r.pattern for r in regexes]), regexes[0].flags)
        except re.error:  # pragma: no cover - each part compiled on its own
            union = None
    if len(_FILTERS) > 4096:
        _FILTERS.clear()
    _FILTERS[key] = (matcher, union)
    return union


_BACKREF = re.compile(r"\\\d")


def _ends_by_scan(cues: list, chosen: list[int], window: str,
                  tail_re: re.Pattern[str]) -> Cue | None:
    best, best_start = None, len(window) + 1
    for i in chosen:
        for m in cues[i].regex.finditer(window):
            if tail_re.fullmatch(window[m.end():]) and m.start() < best_start:
                best, best_start = cues[i], m.start()
    return best


@lru_cache(maxsize=64)
def _tail_regex(filler: str, modifiers: str) -> re.Pattern[str]:
    """What may stand between a cue and the word after it (compiled once per pack)."""
    tail = r"[\s,]*"
    if filler:
        tail += rf"(?:(?:{filler})\s+)?"
    if modifiers:
        tail += rf"(?:(?:{modifiers})[\s,]+){{0,2}}"
    return re.compile(tail, re.IGNORECASE)
