"""Small typed spans the extractor finds in text, and helpers to find them with pack cues."""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from eventcoder.extract.gazetteer import trusted_place
from eventcoder.langpacks import Cue, LanguagePack

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


# ---------------------------------------------------------------------------------------------
# Cue matching: each cue list is compiled once into a CueMatcher. Every pack pattern starts
# with a literal word beginning (its *anchor*: "aanslag", "attack", "kill"), so one pass over
# an article finds where each anchor stands; a window then runs only the few cues whose anchor
# stands in it, instead of every cue of the list. The result is exactly what running every
# cue's regex over the window gives: an anchor is a necessary condition for a match.

_REGEX_META = set("\\.^$*+?{}[]|()_~=")
_WORD = re.compile(r"\S+")
_WORD_CHAR = re.compile(r"\w")
_HAS_SPACE = re.compile(r"\s")


def _case_fold_table() -> dict[int, str]:
    """Chars the regex engine's IGNORECASE treats as one letter ("ı" and "i", "ſ" and "s"),
    mapped to one of them, so a folded text and a folded anchor compare as ``re`` compares."""
    try:
        # the table ``re`` itself uses (a private module: imported by name)
        _EXTRA_CASES = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - other Pythons: the common cases
        _EXTRA_CASES = {0x69: (0x131,), 0x73: (0x17F,), 0x3C3: (0x3C2,), 0x3B9: (0x345,)}
    table: dict[int, str] = {}
    for low, others in _EXTRA_CASES.items():
        canon = min((low, *others))
        for other in (low, *others):
            if other != canon:
                table[other] = chr(canon)
    return table


_FOLD_EXTRA = _case_fold_table()


def fold_case(text: str) -> str:
    """Lower-case ``text`` as ``re.IGNORECASE`` compares letters, keeping every offset.

    The character tables run only on a text that holds one of their characters: a
    translation by table costs more than the rest of the folding, and most news has none."""
    if _DOTTED_I_CHAR in text:
        text = text.translate(_DOTTED_I)
    folded = text.lower()
    return folded.translate(_FOLD_EXTRA) if _FOLD_EXTRA_CHARS.search(folded) else folded


_DOTTED_I_CHAR = "\u0130"
_DOTTED_I = {0x130: "i"}  # "İ".lower() is two chars; the regex engine reads it as "i"
_FOLD_EXTRA_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD_EXTRA)) + "]")


def _literal_prefixes(pattern: str) -> list[str] | None:
    """The literal beginnings a match of a pack-syntax pattern must start with (None: any).

    A leading group ("(aanslag*|bomaanslag*) ~3 op") gives one beginning per alternative."""
    if pattern.startswith("("):
        depth, alts, part, rest = 0, [], "", None
        for i, ch in enumerate(pattern):
            if ch == "(":
                depth += 1
                if depth == 1:
                    continue
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    alts.append(part)
                    rest = pattern[i + 1:]
                    break
            elif ch == "|" and depth == 1:
                alts.append(part)
                part = ""
                continue
            part += ch
        if rest is None or rest[:1] in ("?", "*", "{", "+"):
            return None  # unbalanced, or an optional group: anything may start the match
        out: list[str] = []
        for alt in alts:
            found = _literal_prefixes(alt.lstrip("=") + rest)
            if not found:
                return None
            out += found
        return out
    literal = ""
    for i, ch in enumerate(pattern):
        if ch in _REGEX_META or ch.isspace():
            break
        if i + 1 < len(pattern) and pattern[i + 1] in "?{":
            break  # "s?" or "s{0,1}": the letter may be absent
        literal += ch
    return [fold_case(literal)] if literal else None


def _top_level_branches(pattern: str) -> list[str] | None:
    """``pattern`` split at the ``|`` outside every group (None: unbalanced or escaped)."""
    if "\\" in pattern:
        return None
    depth, branches, part = 0, [], ""
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            branches.append(part)
            part = ""
            continue
        part += ch
    if depth != 0:
        return None
    return [*branches, part]


Anchors = tuple[tuple[str, ...], tuple[str, ...]]  # (at a word start, anywhere)


@lru_cache(maxsize=65536)
def _anchors(pattern: str, regex: re.Pattern[str]) -> Anchors | None:
    """A cue's anchors: (at a word start, anywhere), or None when any position may start it
    (a gap first, a regex that is not the pack syntax's compilation of its pattern).

    compile_pattern puts its word-start guard before the whole pattern, so with a top-level
    alternation ("(a|b) ~4 c|(d|e) ~4 f") only the first branch has it: the later branches
    may start anywhere, inside a word too."""
    from eventcoder.langpacks import PackError, compile_pattern

    try:
        compiled = compile_pattern(pattern)
    except PackError:
        return None
    if compiled.pattern != regex.pattern or compiled.flags != regex.flags:
        return None
    branches = _top_level_branches(pattern.strip().lstrip("="))
    if not branches:
        return None
    found = [_literal_prefixes(branch.lstrip("=")) for branch in branches]
    if not all(found):
        return None
    at_word = tuple(sorted(set(found[0] or ())))
    anywhere = tuple(sorted({a for more in found[1:] for a in more or ()}))
    return at_word, anywhere


def _trie_regex(words: Iterable[str]) -> str:
    """A regex body matching the longest of ``words`` that starts at a position: the words
    as a character trie, so the engine follows one branch instead of trying every word."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class _AnchorRegistry:
    """Every anchor of every compiled cue list, so one pass over a text serves them all."""

    def __init__(self) -> None:
        self.anchors: set[str] = set()
        self.lengths: tuple[int, ...] = ()
        self.version = 0
        self._scanner: tuple[int, re.Pattern[str], dict[str, tuple[str, ...]]] | None = None

    def add(self, anchors: Iterable[str]) -> None:
        new = set(anchors) - self.anchors
        if new:
            self.anchors |= new
            self.lengths = tuple(sorted({len(a) for a in self.anchors}))
            self.version += 1

    def scanner(self) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
        """One regex that finds, at every word start of a folded text, the longest anchor
        standing there, and for each anchor the anchors that are its beginnings (itself
        included): together every anchor at every word start, in one pass in C.

        An anchor with a space can never stand in a word, so it is left out, as the word
        by word scan it replaces never found one."""
        if self._scanner is None or self._scanner[0] != self.version:
            words = sorted(a for a in self.anchors if a and not _HAS_SPACE.search(a))
            body = _trie_regex(words) or "(?!)"
            regex = re.compile(rf"(?<!\w)(?=({body}))")
            known = set(words)
            prefixes = {w: tuple(w[:n] for n in range(1, len(w) + 1) if w[:n] in known)
                        for w in words}
            self._scanner = (self.version, regex, prefixes)
        return self._scanner[1], self._scanner[2]


_REGISTRY = _AnchorRegistry()


class _TextIndex:
    """Where each registered anchor stands in one text (one pass, once per text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.version = -1
        self.positions_of: dict[str, list[int]] = {}
        self.anywhere: dict[str, list[int]] = {}
        self.per_matcher: dict[int, tuple[list[int], list[int]]] = {}
        self.folded = fold_case(text)
        self.exact = len(self.folded) == len(text)
        self.refresh()

    def refresh(self) -> None:
        if self.version == _REGISTRY.version:
            return
        self.version = _REGISTRY.version
        self.per_matcher = {}
        self.positions_of = {}
        if not self.exact or not _REGISTRY.lengths:
            return
        # Every anchor that starts a word: where the text (not its folded form) has no
        # word character before it. Folding turns no other character into a word character
        # (only Greek iota out of one: test_pipeline_scale checks), so the regex over the
        # folded text misses no start and the check on the text drops the extra ones.
        regex, prefixes = _REGISTRY.scanner()
        positions_of, text, word_char = self.positions_of, self.text, _WORD_CHAR.match
        for m in regex.finditer(self.folded):
            p = m.start()
            if p and word_char(text, p - 1):
                continue
            for anchor in prefixes[m.group(1)]:
                positions_of.setdefault(anchor, []).append(p)

    def found_anywhere(self, anchor: str) -> list[int]:
        """Every position of ``anchor`` in the text, word start or not."""
        hits = self.anywhere.get(anchor)
        if hits is None:
            hits, find, pos = [], self.folded.find, self.folded.find(anchor)
            while pos >= 0:
                hits.append(pos)
                pos = find(anchor, pos + 1)
            self.anywhere[anchor] = hits
        return hits

    def anchors_at(self, pos: int) -> list[str]:
        """Registered anchors that start at ``pos`` whatever comes before it."""
        longest = _REGISTRY.lengths[-1] if _REGISTRY.lengths else 0
        hit = _WORD.match(self.folded, pos, pos + longest)
        word = hit.group() if hit else ""
        return [word[:n] for n in _REGISTRY.lengths
                if n <= len(word) and word[:n] in _REGISTRY.anchors]


# Indexes of the texts last matched against, by identity. Short texts (a sentence, a window
# some caller cut out) are kept apart from long ones, so that matching many short pieces
# never evicts the article's index: rebuilding that per piece would make the cost quadratic.
_TEXT_INDEXES: OrderedDict[int, _TextIndex] = OrderedDict()
_SHORT_INDEXES: OrderedDict[int, _TextIndex] = OrderedDict()
TEXT_INDEX_CACHE = 4  # long texts whose anchor index is kept (an article, its title line)
SHORT_TEXT = 2000  # characters up to which a text counts as short


_LAST_INDEX: list = [None]  # the index asked for last: most calls ask for the same text


def _text_index(text: str) -> _TextIndex:
    last = _LAST_INDEX[0]
    if last is not None and last.text is text and last.version == _REGISTRY.version:
        return last
    index = _cached_index(text)
    _LAST_INDEX[0] = index
    return index


def _cached_index(text: str) -> _TextIndex:
    cache = _SHORT_INDEXES if len(text) <= SHORT_TEXT else _TEXT_INDEXES
    index = cache.get(id(text))
    if index is None or index.text is not text:
        index = cache[id(text)] = _TextIndex(text)
        if len(cache) > TEXT_INDEX_CACHE * (4 if cache is _SHORT_INDEXES else 1):
            cache.popitem(last=False)
    else:
        cache.move_to_end(id(text))
        index.refresh()
    return index


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
        _REGISTRY.add(self.by_anchor)

    def _hits(self, index: _TextIndex) -> tuple[list[int], list[int]]:
        mine = index.per_matcher.get(id(self))
        if mine is None:
            pairs: list[tuple[int, int]] = []
            where, mine_by = index.positions_of, self.by_anchor
            # walk the shorter side: a text holds a few dozen anchors, a list hundreds
            found = ([(a, where[a], mine_by[a]) for a in where if a in mine_by]
                     if len(where) < len(mine_by) else
                     [(a, where[a], cues) for a, cues in mine_by.items() if a in where])
            for _anchor, places, cues in found:
                for pos in places:
                    pairs += [(pos, i) for i in cues]
            for anchor, cues in self.by_free_anchor.items():
                for pos in index.found_anywhere(anchor):
                    pairs += [(pos, i) for i in cues]
            pairs.sort()
            mine = index.per_matcher[id(self)] = ([p for p, _ in pairs], [i for _, i in pairs])
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
        positions, which = self._hits(index)
        lo, hi = bisect_left(positions, start), bisect_left(positions, end)
        if lo == hi and not open_start:  # most windows hold no anchor of the list
            return [self.cues[i] for i in self.always]
        chosen = set(which[lo:hi])
        if open_start:
            for anchor in index.anchors_at(start):
                chosen.update(self.by_anchor.get(anchor, ()))
        chosen.update(self.always)
        return [self.cues[i] for i in sorted(chosen)]


_MATCHERS: OrderedDict[int, tuple[object, CueMatcher]] = OrderedDict()
MATCHER_CACHE = 512  # cue lists kept compiled (a pack has a few dozen; the rest are subsets)


def cue_matcher(cues: Sequence) -> CueMatcher:
    """The compiled matcher of a cue list (built on first use, kept while the list lives)."""
    hit = _MATCHERS.get(id(cues))
    if hit is not None and hit[0] is cues and len(hit[1].cues) == len(cues):
        _MATCHERS.move_to_end(id(cues))
        return hit[1]
    matcher = CueMatcher(cues)
    _MATCHERS[id(cues)] = (cues, matcher)
    if len(_MATCHERS) > MATCHER_CACHE:
        _MATCHERS.popitem(last=False)
    return matcher


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
        union = "|".join(f"(?:{part.regex.pattern})" for part in self.parts)
        # the narrowing is exact only for the union it was built from
        self.exact = full is not None and union == full.pattern and full.flags == (
            re.IGNORECASE | re.UNICODE)

    def _starts(self, text: str) -> list[tuple[int, int]]:
        """(position, part) pairs where a part may match, by position then union order."""
        matcher = cue_matcher(self.parts)
        positions, which = matcher._hits(_text_index(text))
        pairs = list(zip(positions, which, strict=True))
        for i in matcher.always:  # no anchor: every position where it matches
            pairs += [(m.start(), i) for m in _lookahead(self.parts[i].regex).finditer(text)]
        pairs.sort()
        return pairs

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The full union's ``finditer``: at the leftmost position the first alternative that
        matches there, then on from its end."""
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
        return next(self.finditer(text), None)


@lru_cache(maxsize=256)
def _lookahead(regex: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?=(?:{regex.pattern}))", regex.flags)


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


def find_cues(cues: Iterable[Cue], text: str, start: int = 0, end: int | None = None) -> list:
    """All non-overlapping cue matches in text[start:end], longest first, as (start, end, cue).

    Only the cues whose anchor stands in the window run (:class:`CueMatcher`); the result is
    what running every cue of the list over the window gives."""
    end = len(text) if end is None else end
    found = []
    for cue in candidate_cues(cues, text, start, end):
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
    tail_re = _tail_regex(filler, modifiers)
    best: Cue | None = None
    best_start = len(window) + 1
    # the window is a slice: its first position starts a word whatever stands before it
    for cue in candidate_cues(cues, text, window_start, end, open_start=True):
        for m in cue.regex.finditer(window):
            if tail_re.fullmatch(window[m.end():]) and m.start() < best_start:
                best, best_start = cue, m.start()
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
