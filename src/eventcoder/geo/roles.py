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
``verbs``), not a part of the bound's arithmetic.
"""

from __future__ import annotations

import re
from functools import cache

from eventcoder.geo.lexicon import lexicon
from eventcoder.langpacks import union_pattern

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


@cache
def _patterns(lang: str | None, key: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The pack's ``discourse.yaml`` words of ``key`` (or its attribution verbs, ``key``
    "verbs", or its untyped place cues, "place_prepositions") as one regex, and one that
    matches only at the end of the searched span; None for a language without them."""
    try:
        from eventcoder.langpacks import load_pack

        pack = load_pack(lang or "en")
    except Exception:  # a language without a pack names no roles
        return None
    if key == "verbs":
        cues = pack.attribution_verbs
    elif key == "place_prepositions":  # "in", "uit": the untyped place cues
        cues = [c for c in pack.place_cues if c.value is None]
    elif key == "place_blockers":  # "lives", "born", "talks": no event's place after them
        cues = pack.place_blockers
    else:
        cues = pack.discourse.get(key) or []
    regex = union_pattern([c.pattern for c in cues])
    if regex is None:
        return None
    return regex, re.compile(rf"(?:{regex.pattern})\Z", regex.flags)


def _at(text: str, pos: int, key: str, lang: str | None) -> bool:
    """One of the ``key`` words begins at ``pos``."""
    found = _patterns(lang, key)
    return found is not None and found[0].match(text, pos) is not None


@cache
def _words(lang: str | None, key: str) -> frozenset[str]:
    """Lower-case single words of a ``discourse.yaml`` key (articles, auxiliaries)."""
    try:
        from eventcoder.langpacks import load_pack

        cues = load_pack(lang or "en").discourse.get(key) or []
    except Exception:
        return frozenset()
    return frozenset(c.pattern.lower() for c in cues if " " not in c.pattern)


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


def _head(text: str, start: int, lang: str | None) -> int:
    """Where the name's phrase begins: before the articles in front of it ("said *the* US
    military")."""
    articles = _words(lang, "articles")
    while True:
        before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
        if before is None or before.group(1).lower() not in articles:
            return start
        start -= len(before.group(0))


def _ends_at(text: str, head: int, key: str, lang: str | None) -> bool:
    """One of the ``key`` words ends right before ``head`` (a space apart)."""
    found = _patterns(lang, key)
    if found is None:
        return False
    lo = max(0, head - 40)
    cut = lo + len(text[lo:head].rstrip())
    return cut < head and found[1].search(text, lo, cut) is not None


def _closes_clause(text: str, end: int) -> bool:
    """The clause ends within SPEAKER_TAIL words after ``end`` (or the text does)."""
    stop = _BREAK.search(text, end)
    limit = stop.start() if stop else len(text)
    return len(_WORD.findall(text, end, limit)) <= SPEAKER_TAIL


# Characters after a journey's origin within which its destination is named ("from the
# capital, Juba, northeast to Pibor").
JOURNEY_REACH = 60
# Words between a place blocker and the name it blocks ("lived for years in Moscow").
BLOCKER_WORDS = 4
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n\"“”]\s*)\Z")
# an appositive of one to three words between a from-word and the name ("from the capital,
# Juba")
_APPOSITIVES = tuple(re.compile(rf"(?<!\w)(?:\w+\s+){{{n}}}\w+\s*,\s*\Z") for n in range(3))
_NEXT_WORD = re.compile(r"\s+(\w+)")


def journey_origin(text: str, start: int, end: int, lang: str | None) -> bool:
    """The name is where a journey began: it follows one of the pack's ``journey_from`` words
    (perhaps through an appositive: "from the capital, Juba") and its clause goes on, within
    JOURNEY_REACH characters, to a ``journey_to`` word before a name ("drove from the capital,
    Juba, northeast to Pibor", "reden van Juba naar Pibor"). An event on the way did not
    happen at the place the travellers left."""
    heads = [_head(text, start, lang)]
    for appositive in _APPOSITIVES:
        if (m := appositive.search(text, max(0, start - 40), start)) is not None:
            heads.append(_head(text, m.start(), lang))
    if not any(_ends_at(text, h, "journey_from", lang) for h in heads):
        return False
    found = _patterns(lang, "journey_to")
    if found is None:
        return False
    stop = _CLAUSE_END.search(text, end)
    limit = min(stop.start() if stop else len(text), end + JOURNEY_REACH)
    articles = _words(lang, "articles")
    for m in found[0].finditer(text, end, limit):
        word = _NEXT_WORD.match(text, m.end())
        if word is not None and word.group(1).lower() in articles:
            word = _NEXT_WORD.match(text, word.end())
        if word is not None and word.group(1)[:1].isupper():
            return True  # "to Pibor", "naar het Malieveld"
    return False


def blocked_place(text: str, start: int, lang: str | None) -> bool:
    """One of the pack's place blockers (``places.yaml``: "lives", "born", "talks") stands at
    most BLOCKER_WORDS words before the name in its clause ("who lived in Moscow"): the name
    says where a person lives or a meeting was held, not where an event happened."""
    found = _patterns(lang, "place_blockers")
    if found is None:
        return False
    lo = max(0, start - 60)
    stop = max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)
    hits = list(found[0].finditer(text, stop, start))
    return bool(hits) and len(_WORD.findall(text, hits[-1].end(), start)) <= BLOCKER_WORDS


def in_a_name(text: str, start: int, lang: str | None) -> bool:
    """The name ends a longer one: a capitalised word and one of the pack's ``name_link``
    words stand right before it ("the Coptic Orthodox Church of Alexandria", "de Universiteit
    van Utrecht"). The town names what the body is, not a place the text sets anything in."""
    found = _patterns(lang, "name_link")
    if found is None:
        return False
    lo = max(0, start - 40)
    cut = lo + len(text[lo:start].rstrip())
    link = found[1].search(text, lo, cut)
    if link is None or cut == start:
        return False
    lo = max(0, link.start() - 30)
    before = re.search(r"(\w+)\s+\Z", text[lo:link.start()])
    # a capital that only opens the sentence ("Residents of Aleppo") makes no name, nor does
    # a title ("the Mayor of Aleppo", "Governor of Kandahar": the town is the office's)
    return before is not None and before.group(1)[:1].isupper() and not _SENTENCE_START.search(
        text, max(0, lo + before.start() - 3), lo + before.start()) and (
        before.group(1).lower() not in lexicon(lang).titles)
