"""Cue lists compiled for matching: run only the cues whose anchor stands in a window.

Split from the span records so that the matchers (a cue list's :class:`CueMatcher`, a union
of patterns as :class:`UnionScan`, the pack's :func:`trigger_scan`) stand apart from both the
anchor index they read (:mod:`eventcoder.extract.cue_anchors`) and the window helpers that
use them (:mod:`eventcoder.extract.cue_find`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from eventcoder.extract.cue_anchors import (
    _REGISTRY,
    _WORD_CHAR,
    _anchors,
    _text_index,
    _TextIndex,
    fold_case,
)
from eventcoder.langpacks import LanguagePack
from eventcoder.langpacks.unions import union_body


class CueMatcher:
    """One cue list compiled for matching: which cues can start at which anchor."""

    def __init__(self, cues: Sequence) -> None:
        self.cues = list(cues)
        self.by_anchor: dict[str, list[int]] = {}
        self.by_free_anchor: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, cue in enumerate(self.cues):
            anchors = _anchors(cue.pattern, cue.regex)
            if anchors is None:
                self.always.append(i)
                continue
            for anchor in anchors[0]:
                self.by_anchor.setdefault(anchor, []).append(i)
            for anchor in anchors[1]:
                self.by_free_anchor.setdefault(anchor, []).append(i)
        self.bits = max(len(self.cues), 1).bit_length()  # cue indices fit below 2**bits
        self.mask = (1 << self.bits) - 1
        _REGISTRY.add(self.by_anchor)
        # the longest anchor found at a word start -> the cues any of its beginnings anchors
        self._word_cues: dict[str, tuple[int, ...]] = {}
        self._word_cues_version = -1

    def _window(self, index: _TextIndex, start: int, end: int) -> list[int]:
        """The text's (anchor position, cue) pairs (as :meth:`_hits` encodes them) with a
        position in [start, end), in order. The first few windows a text asks of a list
        are read off the text's word starts (:meth:`_direct`); a list asked for more gets
        all its pairs at once (:meth:`_hits`): a list read only in the sentences with event
        words (blockers, modality) no longer pairs every anchor of the article."""
        pairs = index.per_matcher.get(self)
        if pairs is None:
            asked = index.asked.get(self, 0)
            if asked < DIRECT_WINDOWS and not self.by_free_anchor:
                index.asked[self] = asked + 1
                return self._direct(index, start, end)
            pairs = self._hits(index)
        bits = self.bits
        lo = bisect_left(pairs, start << bits)
        return pairs[lo:bisect_left(pairs, end << bits, lo)]

    def _direct(self, index: _TextIndex, start: int, end: int) -> list[int]:
        """:meth:`_window` from the text's word starts in [start, end): at each, the cues
        of every anchor that begins the longest one there (each once, in list order)."""
        if self._word_cues_version != _REGISTRY.version:
            self._word_cues, self._word_cues_version = {}, _REGISTRY.version
        word_cues, starts, words = self._word_cues, index.starts, index.words
        bits = self.bits
        out: list[int] = []
        lo = bisect_left(starts, start)
        for k in range(lo, bisect_left(starts, end, lo)):
            word = words[k]
            cues = word_cues.get(word)
            if cues is None:
                by_anchor = self.by_anchor
                cues = word_cues[word] = tuple(sorted({
                    i for anchor in _REGISTRY.scanner()[1][word]
                    for i in by_anchor.get(anchor, ())}))
            if cues:
                at = starts[k] << bits
                out += [at + i for i in cues]
        return out

    def _hits(self, index: _TextIndex) -> list[int]:
        """Every (anchor position, cue of that anchor) pair of the text, by position then
        list order, each as one int: position * 2**bits + the cue's list index (``bits``:
        enough for every index of the list). Ints sort in C without comparing tuples, and a
        text holds thousands of pairs per list (a common anchor stands in every sentence),
        of which a window reads a few: a window [start, end) is the pairs from
        ``start << bits`` to ``end << bits``, decoded there."""
        mine = index.per_matcher.get(self)
        if mine is None:
            bits = self.bits
            where, mine_by = index.positions_of, self.by_anchor
            # walk the shorter side: a text holds a few dozen anchors, a list hundreds
            found = ([(where[a], mine_by[a]) for a in where if a in mine_by]
                     if len(where) < len(mine_by) else
                     [(where[a], cues) for a, cues in mine_by.items() if a in where])
            found += [(index.found_anywhere(anchor), cues)
                      for anchor, cues in self.by_free_anchor.items()]
            pairs: list[int] = []
            for places, cues in found:
                pairs += [(pos << bits) + i for pos in places for i in cues]
            pairs.sort()
            mine = index.per_matcher[self] = pairs
        return mine

    def candidates(self, text: str, start: int = 0, end: int | None = None,
                   open_start: bool = False) -> list:
        """The cues (in list order) that may match with a start in text[start:end].

        ``open_start``: ``start`` counts as a word start whatever precedes it (a slice)."""
        end = len(text) if end is None else end
        if start >= end or not self.cues:
            return []
        index = _text_index(text)
        if not index.exact:
            return self.cues
        window = self._window(index, start, end)
        if not window and not open_start:  # most windows hold no anchor of the list
            return [self.cues[i] for i in self.always]
        chosen = {p & self.mask for p in window}
        if open_start:
            for anchor in index.anchors_at(start):
                chosen.update(self.by_anchor.get(anchor, ()))
        chosen.update(self.always)
        return [self.cues[i] for i in sorted(chosen)]

    def anchored_starts(self, index: _TextIndex, start: int, end: int,
                        open_start: bool = False) -> dict[int, list[int] | None] | None:
        """Per cue that may match with a start in text[start:end] (by list index), the
        positions where it may start, in order; a cue without an anchor (:attr:`always`)
        maps to None. None when no cue may (the same cues as :meth:`candidates`)."""
        if start >= end:
            return None
        window, bits = self._window(index, start, end), self.bits
        if not window and not self.always and not open_start:
            return None  # most windows hold no anchor of the list
        out: dict[int, list[int] | None] = {}
        if open_start:  # a slice: what stands at its start starts a word
            for anchor in index.anchors_at(start):
                for i in self.by_anchor.get(anchor, ()):
                    out.setdefault(i, [start])
        mask = self.mask
        for pair in window:
            at = out.setdefault(pair & mask, [])
            pos = pair >> bits
            if at is not None and (not at or at[-1] != pos):
                at.append(pos)
        for i in self.always:
            out[i] = None
        return out or None

    def window_events(self, index: _TextIndex, start: int, end: int,
                      open_start: bool = False) -> list[tuple[int, int]] | None:
        """(position, cue's list index) for every anchor of a cue in text[start:end], by
        position then list order: where each cue may start. None when a cue of the list has
        no anchor (it may start anywhere)."""
        if self.always:
            return None
        if start >= end:
            return []
        bits, mask = self.bits, self.mask
        events = [(pair >> bits, pair & mask) for pair in self._window(index, start, end)]
        if open_start and (start > 0 and _WORD_CHAR.match(index.text, start - 1)):
            # a slice cut inside a word: what stands at its start starts a word there,
            # though not in the text (at a word start the index holds it already)
            first = {i for anchor in index.anchors_at(start)
                     for i in self.by_anchor.get(anchor, ())}
            if first:
                events = sorted({(start, i) for i in first}.union(events))
        return events

    def window_matches(self, index: _TextIndex, text: str, start: int,
                       end: int) -> list[tuple[int, int, Any]]:
        """(start, end, cue) for every non-empty match of each cue's
        ``cue.regex.finditer(text, start, end)``, cues in list order, each cue's matches in
        text order: a cue's regex is tried only where its anchor stands (a scan of the
        window per cue costs more than the few anchored tries even in a sentence)."""
        if not self.always:  # most windows (sentences) hold no anchor of the list
            pairs = index.per_matcher.get(self)
            if pairs is not None:
                lo = bisect_left(pairs, start << self.bits)
                if lo == len(pairs) or pairs[lo] >= end << self.bits:
                    return []
        starts = self.anchored_starts(index, start, end)
        if starts is None:
            return []
        out = []
        cues = self.cues
        for i in sorted(starts):
            cue = cues[i]
            at = starts[i]
            found = None if at is None else _anchored(cue.regex, text, at, start, end)
            if found is None:  # no anchor (or an empty match): the plain scan
                found = cue.regex.finditer(text, start, end)
            for m in found:
                if m.end() > m.start():
                    out.append((m.start(), m.end(), cue))
        return out


DIRECT_WINDOWS = 8
"""Windows of one text a cue list reads off the text's word starts before it pairs all its
anchors in the text (:meth:`CueMatcher._window`)."""

LONG_WINDOW = 2000
"""Characters from which a window counts as long (a whole article): over one, a scan of
each cue made the cost grow with the text times the cues it holds. Every window of an
exact index is now matched at the anchors (:func:`cue_matches`, :func:`find_cues`)."""


def cue_matches(cues: Iterable, text: str, start: int = 0,
                end: int | None = None) -> Iterator[tuple[Any, re.Match[str]]]:
    """(cue, match) for every match of ``cue.regex.finditer(text, start, end)`` of each cue
    :func:`candidate_cues` gives, in that order. A cue's regex is tried only where one of
    its anchors stands, as ``finditer`` finds matches (leftmost first, on from each match's
    end): one scan per cue over a whole text made the cost grow with the text times the
    cues it holds, and even over a sentence a scan costs more than the few anchored tries."""
    end = len(text) if end is None else end
    if isinstance(cues, (list, tuple)) and cues:
        # the matcher first: a new one registers its anchors, which the text's index holds
        matcher = cue_matcher(cues)
        index = _text_index(text)
        if index.exact:
            starts = matcher.anchored_starts(index, start, end) or {}
            for i in sorted(starts):
                cue, at = matcher.cues[i], starts[i]
                found = None if at is None else _anchored(cue.regex, text, at, start, end)
                if found is None:  # no anchor (or an empty match): the plain scan
                    found = list(cue.regex.finditer(text, start, end))
                for m in found:
                    yield cue, m
            return
    for cue in candidate_cues(cues, text, start, end):
        for m in cue.regex.finditer(text, start, end):
            yield cue, m


def _anchored(regex: re.Pattern[str], text: str, starts: Iterable[int], start: int,
              end: int) -> list[re.Match[str]] | None:
    """``regex.finditer(text, start, end)`` when every match starts at one of ``starts``
    (sorted); None if a match is empty, where ``finditer`` steps on differently."""
    found = []
    pos = start
    for at in starts:
        if at < pos:
            continue
        m = regex.match(text, at, end)
        if m is None:
            continue
        if m.end() == m.start():
            return None
        found.append(m)
        pos = m.end()
    return found


_MATCHERS: OrderedDict[int, tuple[object, CueMatcher]] = OrderedDict()
MATCHER_CACHE = 512  # cue lists kept compiled (a pack has a few dozen; the rest are subsets)


_PINNED: dict[int, tuple[object, CueMatcher]] = {}
"""The matchers of the registered packs' own lists (:func:`register_pack`), never evicted:
asked for in every sentence, they skip the cache's bookkeeping. Each entry holds its list,
so no other list can be given its id while it is there."""


def cue_matcher(cues: Sequence) -> CueMatcher:
    """The compiled matcher of a cue list (built on first use, kept while the list lives)."""
    hit = _PINNED.get(id(cues))
    if hit is not None and hit[0] is cues and len(hit[1].cues) == len(cues):
        return hit[1]
    hit = _MATCHERS.get(id(cues))
    if hit is not None and hit[0] is cues and len(hit[1].cues) == len(cues):
        _MATCHERS.move_to_end(id(cues))
        return hit[1]
    matcher = CueMatcher(cues)
    _MATCHERS[id(cues)] = (cues, matcher)
    if len(_MATCHERS) > MATCHER_CACHE:
        _MATCHERS.popitem(last=False)
    return matcher


_REGISTERED: dict[int, LanguagePack] = {}
PACK_CUE_LISTS: list[Callable[[LanguagePack], Sequence]] = []
"""Makers of cue lists a stage builds from a pack's data (``places.yaml``'s national sites):
:func:`register_pack` compiles them with the pack's own lists."""


def _cue_lists(value: object, depth: int = 0) -> Iterator[list]:
    """The cue lists in a pack field: a list of cues, or one in a dict of them."""
    if isinstance(value, list) and value and all(hasattr(c, "regex") and hasattr(c, "pattern")
                                                 for c in value):
        yield value
    elif isinstance(value, dict) and depth < 2:
        for item in value.values():
            yield from _cue_lists(item, depth + 1)


def register_pack(pack: LanguagePack) -> None:
    """Compile every cue list of ``pack`` now, so the anchor registry holds all its anchors.

    A list first used halfway through a run adds anchors, and every text index and the
    registry's scanner regex are then rebuilt: dozens of times in a run of a few hundred
    articles, a fifth of English coding time. Matching is exact either way."""
    if _REGISTERED.get(id(pack)) is pack:
        return
    for name in vars(pack):
        for cues in _cue_lists(getattr(pack, name)):
            _PINNED[id(cues)] = (cues, cue_matcher(cues))
    for make in PACK_CUE_LISTS:
        made = make(pack)
        _PINNED[id(made)] = (made, cue_matcher(made))
    _REGISTERED[id(pack)] = pack


def candidate_cues(cues: Iterable, text: str, start: int = 0, end: int | None = None,
                   open_start: bool = False) -> list:
    """The cues of ``cues`` that may match starting in text[start:end], in list order."""
    if not isinstance(cues, (list, tuple)):
        return list(cues)
    return cue_matcher(cues).candidates(text, start, end, open_start)


class _Pattern:
    """A pack pattern as a cue without a value (for unions of patterns)."""

    __slots__ = ("pattern", "regex")

    def __init__(self, pattern: str) -> None:
        from eventcoder.langpacks import compile_pattern

        self.pattern = pattern
        self.regex = compile_pattern(pattern)


class UnionScan:
    """A union of pack patterns (as :func:`eventcoder.langpacks.union_pattern` builds it),
    run only where an alternative's anchor stands: the same matches as the full union,
    without trying hundreds of alternatives at every position."""

    def __init__(self, patterns: Sequence[str], full: re.Pattern[str] | None) -> None:
        self.full = full
        self.parts = [_Pattern(p.lstrip("=")) for p in patterns]
        self.parts.sort(key=lambda part: len(part.regex.pattern), reverse=True)
        union = union_body([part.regex.pattern for part in self.parts])
        # the narrowing is exact only for the union it was built from
        self.exact = full is not None and union == full.pattern and full.flags == (
            re.IGNORECASE | re.UNICODE)
        self._last: tuple[str, list[re.Match[str]]] | None = None
        self._required: list[tuple[str, ...] | None] | None = None  # per part, when asked

    def _starts(self, text: str) -> list[tuple[int, int]]:
        """(position, part) pairs where a part may match, by position then union order."""
        matcher = cue_matcher(self.parts)
        bits, mask = matcher.bits, matcher.mask
        index = _text_index(text)
        pairs = [(pair >> bits, pair & mask) for pair in matcher._hits(index)]
        if self._required is None:
            self._required = [required_literals(part.regex) for part in self.parts]
        required, folded = self._required, index.folded
        # a part none of whose necessary words stands in the text cannot match in it
        free = [i for i in matcher.always if required[i] is None or any(
            word in folded for word in required[i] or ())]
        for i in free:  # no anchor: every position where it matches
            pairs += [(m.start(), i) for m in _lookahead(self.parts[i].regex).finditer(text)]
        pairs.sort()
        return pairs

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The full union's ``finditer``: at the leftmost position the first alternative that
        matches there, then on from its end. The last text's matches are kept: the prefilter,
        the window parse and the scope's trigger density each scan the same article."""
        last = self._last
        if last is None or (last[0] is not text and last[0] != text):
            last = self._last = (text, list(self._finditer(text)))
        return iter(last[1])

    def _finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.exact or not _text_index(text).exact:
            yield from ([] if self.full is None else self.full.finditer(text))
            return
        pos = 0
        for start, i in self._starts(text):
            if start < pos:
                continue
            m = self.parts[i].regex.match(text, start)
            if m is not None and m.end() > start:
                yield m
                pos = m.end()

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, from every match of the text, kept: the prefilter asks first,
        and an article that holds a trigger is scanned again for its windows (every anchor
        pair of the text is made either way, and a text with no trigger needs them all)."""
        return next(self.finditer(text), None)


@lru_cache(maxsize=256)
def _lookahead(regex: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?=(?:{regex.pattern}))", regex.flags)


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (case-folded as :func:`fold_case` folds) of which every match of ``regex``
    holds one: the longest such choice the pattern's structure shows (a run of letters, or
    an alternation each branch of which holds one), None when it shows none. A text whose
    folded form holds none of them has no match."""
    import re._parser as sre_parse  # type: ignore[import-not-found]

    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - the pattern compiled
        return None
    found = _required_in(parsed, sre_parse)
    if not found or not all(found):
        return None
    return tuple(sorted({fold_case(word) for word in found}))


def _required_in(items: Any, sre: Any) -> set[str] | None:
    """:func:`required_literals` of a parsed sequence."""
    choices: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            choices.append({run})
            run = ""
        found: set[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required_in(av[3], sre)
        elif op is sre.ATOMIC_GROUP:
            found = _required_in(av, sre)
        elif op is sre.BRANCH:
            branches = [_required_in(branch, sre) for branch in av[1]]
            if all(branches):
                found = set().union(*(b for b in branches if b))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required_in(av[2], sre)
        if found:
            choices.append(found)
    if run:
        choices.append({run})
    return max(choices, key=lambda words: min(map(len, words))) if choices else None


_TRIGGER_SCANS: dict[int, tuple[LanguagePack, UnionScan]] = {}


def trigger_scan(pack: LanguagePack) -> UnionScan | None:
    """The pack's trigger union (``pack.trigger_scan``) as a narrowing scanner."""
    full = getattr(pack, "trigger_scan", None)
    if full is None:
        return None
    hit = _TRIGGER_SCANS.get(id(pack))
    if hit is None or hit[0] is not pack or hit[1].full is not full:
        hit = _TRIGGER_SCANS[id(pack)] = (pack, UnionScan([t.pattern for t in pack.triggers], full))
    return hit[1]
