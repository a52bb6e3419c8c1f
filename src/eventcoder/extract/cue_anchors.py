"""Where a cue can start: the anchors of pack patterns and the per-text index of them.

Cue matching (:mod:`eventcoder.extract.cue_matchers`) runs a cue only where its anchor
stands; this module holds what that needs and nothing of the cues themselves: case folding as
``re`` folds, the literal beginning of a pack pattern, one registry of every anchor, and each
text's anchor positions found in one pass and cached by text identity.
"""

from __future__ import annotations

import importlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat

# ---------------------------------------------------------------------------------------------
# Cue matching: each cue list is compiled once into a CueMatcher. Every pack pattern starts
# with a literal word beginning (its *anchor*: "aanslag", "attack", "kill"), so one pass over
# an article finds where each anchor stands; a window then runs only the few cues whose anchor
# stands in it, instead of every cue of the list. The result is exactly what running every
# cue's regex over the window gives: an anchor is a necessary condition for a match.

_REGEX_META = set("\\.^$*+?{}[]|()_~=")
# escaped characters that stand for themselves in a compiled pack pattern ("\\$", "\\."):
# not "*", "_", "=" or "~", which the pack syntax rewrites, nor a letter or digit ("\\d")
_ESCAPED_LITERALS = frozenset("\\.^$+?{}[]|()-/&%#@!,:;'\"")
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
        escaped = False
        for i, ch in enumerate(pattern):
            if escaped or ch == "\\":  # "\\(" or "\\|" is a character, not structure
                escaped = not escaped and ch == "\\"
                part += ch
                continue
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
    i = 0
    while i < len(pattern):
        ch, step = pattern[i], 1
        if ch == "\\" and pattern[i + 1:i + 2] in _ESCAPED_LITERALS:
            ch, step = pattern[i + 1], 2  # "\\$", "\\.": the character itself
        elif ch in _REGEX_META or ch.isspace():
            break
        if i + step < len(pattern) and pattern[i + step] in "?{":
            break  # "s?" or "s{0,1}": the letter may be absent
        literal += ch
        i += step
    return [fold_case(literal)] if literal else None


def _top_level_branches(pattern: str) -> list[str] | None:
    """``pattern`` split at the ``|`` outside every group (None: unbalanced or escaped)."""
    depth, branches, part = 0, [], ""
    escaped = False
    for ch in pattern:
        if escaped or ch == "\\":  # an escaped character is no group or alternation
            escaped = not escaped and ch == "\\"
            part += ch
            continue
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


# negative lookbehinds a pack puts before a compiled cue ("pro-Palestijnse": the stance
# prefixes before country words): they test what precedes a match, not where it starts, so
# the compiled pattern's anchors still hold
_LOOKBEHINDS = re.compile(r"(?:\(\?<!(?:[^()]|\([^()]*\))*\))*")


@lru_cache(maxsize=65536)
def _anchors(pattern: str, regex: re.Pattern[str]) -> Anchors | None:
    """A cue's anchors: (at a word start, anywhere), or None when any position may start it
    (a gap first, a regex that is not the pack syntax's compilation of its pattern).

    compile_pattern puts its word-start guard before the whole pattern, so with a top-level
    alternation ("(a|b) ~4 c|(d|e) ~4 f") only the first branch has it: the later branches
    may start anywhere, inside a word too."""
    from eventcoder.langpacks import PackError, compile_pattern

    # the pattern as written, or made case-sensitive ("CAR", "US": an acronym is matched as
    # written): a match as written starts with the literal, so its folded form stands in
    # the folded text either way
    for variant in (pattern, "=" + pattern.strip().lstrip("=")):
        try:
            compiled = compile_pattern(variant)
        except PackError:
            return None
        if compiled.flags == regex.flags and regex.pattern.endswith(compiled.pattern) and (
                _LOOKBEHINDS.fullmatch(regex.pattern[:len(regex.pattern) - len(compiled.pattern)])):
            break
    else:
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
_START = re.Match.start
_GROUP = re.Match.group


class _TextIndex:
    """Where each registered anchor stands in one text (one pass, once per text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.version = -1
        self.positions_of: dict[str, list[int]] = {}
        self.anywhere: dict[str, list[int]] = {}
        # by the matcher itself, not its id: a matcher dropped from the cache may be freed
        # and a new one (another cue list) given its id, which read the old one's hits
        self.per_matcher: dict[object, list[int]] = {}  # CueMatcher._hits
        self.asked: dict[object, int] = {}  # windows a matcher read before its _hits
        # every word start holding an anchor, in text order, with the longest anchor there
        self.starts: list[int] = []
        self.words: list[str] = []
        self.folded = fold_case(text)
        self.exact = len(self.folded) == len(text)
        self.refresh()

    def refresh(self) -> None:
        if self.version == _REGISTRY.version:
            return
        self.version = _REGISTRY.version
        self.per_matcher = {}
        self.asked = {}
        self.positions_of = {}
        self.starts, self.words = [], []
        if not self.exact or not _REGISTRY.lengths:
            return
        # Every anchor that starts a word: where the text (not its folded form) has no
        # word character before it. Folding turns no other character into a word character
        # (only Greek iota out of one: test_pipeline_scale checks), so the regex over the
        # folded text misses no start and the check on the text drops the extra ones.
        regex, prefixes = _REGISTRY.scanner()
        positions_of, text, word_char = self.positions_of, self.text, _WORD_CHAR.match
        found = list(regex.finditer(self.folded))
        if not text.isascii():  # an ASCII text folds to text.lower(): no word-ness changes
            found = [m for m in found if not (m.start() and word_char(text, m.start() - 1))]
        self.starts = starts = list(map(_START, found))
        self.words = words = list(map(_GROUP, found, repeat(1, len(found))))
        for p, word in zip(starts, words, strict=True):
            for anchor in prefixes[word]:
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
