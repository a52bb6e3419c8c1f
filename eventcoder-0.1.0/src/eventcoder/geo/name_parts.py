"""A country, province or town name in the middle of a longer name of its own ("Datu Saudi
Ampatuan", a Philippine town; "Mohammed Afghan Khan", a man) is not a mention of that place.

Why a module of its own: the toponym scan (which reads the text around a span) and the
resolver (which sees only a mention's own words) both ask it. A part at the start or end of a
name still counts ("Saudi Crown Prince", "Colorado State University", "Benazir Bhutto Hospital
Rawalpindi"), and so does a part between generic words, which make the name a site the part
locates ("King Fahd Air Base").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from eventcoder.geo.lexicon import Lexicon
from eventcoder.langpacks import load_pack

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")
_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’-]*)")
# after a name: a bracket and a capitalised word ("X (Y)"): the text's hierarchy, which marks
# X as one place name, unless the word is an acronym ("Syrian Arab Red Crescent (SARC)"); a
# comma marks none ("the Percy French Hotel, Ballyjamesduff")
_QUALIFIED = re.compile(r"\s*\(\s*([^\W\d_a-z][\w'’-]*)")
_CUE_WORDS = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,3}) $")


def proper_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is neither a common word, a generic place word nor a title:
    a word of a name ("Datu", "Ampatuan"), not of a description ("Province", "President")."""
    return (word[:1].isupper() and not lex.is_common(word) and not lex.is_generic(word)
            and word.lower().rstrip(".") not in lex.titles)


def inner_part(words: list[str], i: int, j: int, lex: Lexicon,
               known: Callable[[str], bool]) -> bool:
    """words[i:j] lies in the middle of the name ``words``: a proper word right before and
    right after it, one of them a place name the gazetteer knows (``known``: "Ampatuan"; not
    "Journal" of "New England Journal"), and no generic place word in the name."""
    return (i > 0 and j < len(words) and proper_word(words[i - 1], lex)
            and proper_word(words[j], lex) and not any(lex.is_generic(w) for w in words)
            and (known(words[i - 1]) or known(words[j])))


@cache
def cue_phrases(lang: str | None) -> frozenset[tuple[str, ...]]:
    """The pack's place cues that are plain words ("in", "near", "the town of"), as word
    tuples: the words that introduce a place (``places.yaml`` ``cues``, untyped ones too)."""
    try:
        cues = load_pack(lang or "en").place_cues
    except Exception:  # a language without a pack has no cues
        return frozenset()
    return frozenset(tuple(c.pattern.lower().replace("_", " ").split()) for c in cues
                     if c.pattern.replace("_", "").replace(" ", "").replace("-", "").isalpha())


def inside_marked_name(text: str, start: int, end: int, lex: Lexicon, lang: str | None,
                       known: Callable[[str], bool]) -> bool:
    """text[start:end] is the middle of a longer capitalised name that the text marks as a
    place: introduced by a place cue right before it ("in", "near"; not "in the") or followed
    by a bracketed qualifier ("(Y").
    A name the text does not mark so ("the Royal Saudi Air Force") may be an organisation's,
    which the part does locate."""
    words = [text[start:end]]
    left, right = start, end
    while (m := _WORD_BEFORE.search(text, max(0, left - 40), left)) and m.end() == left and (
            m.group(1)[:1].isupper()) and not m.group(1).endswith(lex.possessives):
        # "London's Heathrow": the owner is no word of the name
        words.insert(0, m.group(1))
        left = m.start()
    inner = len(words) - 1
    while (m := _WORD_AFTER.match(text, right)) and m.group(1)[:1].isupper():
        words.append(m.group(1))
        right = m.end()
    if not inner_part(words, inner, inner + 1, lex, known):
        return False
    if (q := _QUALIFIED.match(text, right)) and not q.group(1).isupper():
        return True
    before = _CUE_WORDS.search(text, max(0, left - 40), left)
    if before is None:
        return False
    tail = before.group(1).lower().split()
    return any(tuple(tail[k:]) in cue_phrases(lang) for k in range(len(tail)))
