"""What a country word does in its sentence, when it does not say where the story is.

A country named as a backer of a side ("the US-led coalition", "Iranian-backed militias") says
who supports a side; one inside the name of a speaker ("US Africa Command said", "according to
the Iraqi military", "meldt het Amerikaanse Afrika-commando") says who reports; one before a
force or a weapon ("a US drone strike", "Russian warplanes", "een Amerikaanse drone-aanval")
says whose it is. The country bound (:mod:`eventcoder.geo.bounds`) drops backers and takes
speakers and forces only where a name has a place in their country.

Why a module of its own: these are readings of the text around a mention, with the language
packs' words (``discourse.yaml``: ``country_backer``, ``country_force``,
``source_prepositions``, ``passive``, ``clause_break``, ``articles``; ``attribution.yaml``:
``verbs``, read through :mod:`eventcoder.geo.pack_words`), not a part of the bound's
arithmetic. Whether a place is the event's scene at all (a blocker, a journey's start) is
:mod:`eventcoder.geo.place_roles`'s.
"""

from __future__ import annotations

import re

from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.pack_words import at as _at
from eventcoder.geo.pack_words import ends_at as _ends_at
from eventcoder.geo.pack_words import phrase_head as _head
from eventcoder.geo.pack_words import words as _words

# The words of a speaker's name after the country word before its verb: "US Africa Command
# said", "the Russian defence ministry said", "Iraq's Joint Operations Command said".
SPEAKER_WORDS = 3
# A speaker named after its verb closes its clause this soon: "..., said the US military.",
# "..., meldt het Amerikaanse Afrika-commando." ("officials said US drones struck Jilib" names
# the drones' country, not the speaker's).
SPEAKER_TAIL = 2
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_BREAK = re.compile(r"[.,;:!?()\[\]\"“”„«»\n]")  # a speaker's name never runs past these
_JOINERS = " -‐–"  # "US-led", "US drone strike"


def _right_after(text: str, end: int, key: str, lang: str | None) -> bool:
    """One of the pack's ``key`` words follows the country word, after a space or a hyphen."""
    rest = text[end:end + 30]
    pos = end + len(rest) - len(rest.lstrip(_JOINERS))
    return pos - end <= 2 and _at(text, pos, key, lang)


def backs_a_side(text: str, end: int, lang: str | None) -> bool:
    """A country word that backs a side ("the US-led coalition", "Iranian-backed militias",
    the pack's ``country_backer`` words right after it or joined by a hyphen): it says who
    supports a side, not where the story is."""
    return _right_after(text, end, "country_backer", lang)


def names_a_force(text: str, end: int, lang: str | None) -> bool:
    """A country word right before a force or weapon (the pack's ``country_force``: "a US
    drone strike", "Russian warplanes", "Afghan forces"): it says whose force acts, which
    may act abroad."""
    return _right_after(text, end, "country_force", lang)


def speaks(text: str, start: int, end: int, lang: str | None) -> bool:
    """The country word is part of the name of a speaker: its attribution verb follows within
    SPEAKER_WORDS words of the same clause, with no auxiliary, clause break or "and" between
    ("US Africa Command said"), or the name follows an
    attribution preposition ("according to the Iraqi military", "volgens het Amerikaanse
    leger") or, closing its clause, an attribution verb ("..., said the US military."). A name
    after a place preposition ("in Washington", "uit Hengelo") is a place, not a speaker."""
    head = _head(text, start, lang)
    if _ends_at(text, head, "place_prepositions", lang):
        return False  # "in Washington", "uit Hengelo": a place, whatever follows
    stop = _words(lang, "passive") | _words(lang, "clause_break") | lexicon(lang).coordination
    pos = end
    for words, m in enumerate(_WORD.finditer(text, end, min(len(text), end + 120)), start=1):
        if _BREAK.search(text, pos, m.start()) or _at(text, m.start(), "source_prepositions",
                                                        lang):
            break  # "volgens" names the next speaker, never this one
        if _at(text, m.start(), "verbs", lang):
            return True
        if words > SPEAKER_WORDS or m.group().lower() in stop:
            break
        pos = m.end()
    if _ends_at(text, head, "source_prepositions", lang):
        return True
    return _ends_at(text, head, "verbs", lang) and _closes_clause(text, end)


def _closes_clause(text: str, end: int) -> bool:
    """The clause ends within SPEAKER_TAIL words after ``end`` (or the text does)."""
    stop = _BREAK.search(text, end)
    limit = stop.start() if stop else len(text)
    return len(_WORD.findall(text, end, limit)) <= SPEAKER_TAIL
