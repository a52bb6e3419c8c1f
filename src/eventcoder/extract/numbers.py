"""Numbers in text: digits, number words, compounds, vague quantifiers, bounds and ranges.

The grammar of each language is :mod:`eventcoder.langpacks.numbers` (built from the pack's
``numbers.yaml``); this module finds number expressions in text with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from eventcoder.extract.cue_anchors import _trie_regex
from eventcoder.extract.spans import NumberSpan
from eventcoder.langpacks import LanguagePack
from eventcoder.langpacks.numbers import NumberGrammar, grammar, number_value

__all__ = ["NumberGrammar", "find_numbers", "grammar", "number_value"]

YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
PREVIOUS_WORD = re.compile(r"(\w+)\W{1,3}$")


def _is_year(text: str, start: int, found: str, g: NumberGrammar) -> bool:
    """Four digits after a word that introduces years ("in", "sinds") are a year."""
    if not YEAR_DIGITS.fullmatch(found):
        return False
    before = PREVIOUS_WORD.search(text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in g.year_words


def _spec_words(value: object) -> Iterator[str]:
    """Every word written anywhere in a ``numbers.yaml`` (keys, values, list items)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _spec_words(key)
            yield from _spec_words(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _spec_words(item)


# The sections of ``numbers.yaml`` whose words may begin a match of the grammar
# (:func:`eventcoder.langpacks.numbers.grammar`: a "between" range, a modifier, a quantifier,
# or a number: digits, a number word, a compound or a scaled number, which begin with a
# number word or a scale). The others (range joiners, year words, separators) only follow
# one: a start pass over every word of the file tried the grammar after each "to", "and" and
# "in" too.
_STARTING_SECTIONS = ("words", "quantifiers", "scales", "at_least", "approximately",
                      "at_most", "range_between")


def _section_words(value: object) -> object:
    """A section's words: a mapping's keys (its values are numbers), a list's items."""
    return [str(k) for k in value] if isinstance(value, dict) else value


@cache
def _number_starts(pack: LanguagePack) -> re.Pattern[str]:
    """Where a number expression may start: after what the grammar's own lookbehind allows,
    a digit or the first word of one of the pack's number words (every alternative of the
    grammar begins with one), as a character trie. One pass of it finds the few places to
    try the grammar, which starts with a lookbehind and so is otherwise tried, alternative by
    alternative, at every character."""
    spec = pack.numbers
    firsts = {w.split()[0].lower() for key in _STARTING_SECTIONS
              for w in _spec_words(_section_words(spec.get(key))) if w.split()}
    return re.compile(rf"(?<![\w\-.,])(?=\d|{_trie_regex(sorted(firsts)) or '(?!)'})",
                      re.IGNORECASE)


def _number_matches(text: str, pack: LanguagePack, start: int,
                    end: int) -> Iterator[re.Match[str]]:
    """``grammar(pack).regex.finditer(text, start, end)``, tried only where one may start
    (its matches are never empty: on from each match's end, as ``finditer`` goes)."""
    match = grammar(pack).regex.match
    pos = start
    for at in _number_starts(pack).finditer(text, start, end):
        p = at.start()
        if p < pos:
            continue
        m = match(text, p, end)
        if m is not None and m.end() > p:
            yield m
            pos = m.end()


def find_numbers(
    text: str, pack: LanguagePack, start: int = 0, end: int | None = None
) -> list[NumberSpan]:
    """Every number expression in text[start:end] with its [low, high] reading."""
    g = grammar(pack)
    out: list[NumberSpan] = []
    for m in _number_matches(text, pack, start, len(text) if end is None else end):
        low: int | None
        high: int | None
        if m.group("q"):
            low, high = g.quantifiers[re.sub(r"\s+", " ", m.group("q").lower())]
        elif m.groupdict().get("between"):
            low, high = number_value(m.group("b1"), g), number_value(m.group("b2"), g)
        else:
            low = number_value(m.group("n1"), g)
            high = number_value(m.group("n2"), g) if m.group("n2") else low
            if m.group("n2") and low is not None and high is not None and high < low:
                continue  # "3-1" is a score, "10-4" a date: not a range
        if low is None and high is None:
            continue
        if not m.group("mod") and _is_year(text, m.start(), m.group(0), g):
            continue  # "die in 1998 het leven kostte aan 224 mensen": a year, no count
        mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
        if mod in g.at_least:
            high = None
        elif mod in g.at_most:
            low, high = None, high if high is not None else low
        out.append(NumberSpan(m.start(), m.end(), m.group(0), low=low, high=high,
                              vague=bool(m.group("q"))))
    return out
