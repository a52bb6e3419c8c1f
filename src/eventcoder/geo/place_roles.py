"""Whether a place the text names is where its event happened, or something else: one decision
for both stages.

A place after one of the pack's place blockers says where someone lives, was born or where
talks were held ("who lived in Moscow", "woonachtig in Utrecht", "after talks in Geneva"); one
where a journey began is the place the travellers left ("drove from the capital, Juba,
northeast to Pibor"); one after a word for people says where they come from ("a man from
Rotterdam", "een inwoner van Utrecht"); a town that ends a longer name names what a body is
("the Coptic Orthodox Church of Alexandria", "de Universiteit van Utrecht"). None of these is
the event's scene. Extraction asks :func:`not_the_scene` before it offers a name as an event's place
(:mod:`eventcoder.extract.scan_places`), the geocoder before it takes a town as the scene of a
placeless event (:func:`eventcoder.geo.event_places.scene_towns`).

Why a module of its own, in geo: the two stages used to decide this each their own way (one
window for blockers in each, different word counts, a journey's start with or without the
pack's landmarks); the geocoder never imports extraction, so the one copy sits here. Every word
comes from the language packs, through :mod:`eventcoder.geo.pack_words`: ``places.yaml``'s
``blockers`` and ``landmarks``; ``discourse.yaml``'s ``journey_from``, ``journey_to``,
``of_country``, ``origin_nouns``, ``name_link`` and ``articles``. Each stage acts on the reason
as its job asks: extraction drops a blocked name or a journey's start, marks an origin (the
event's place of last resort) and leaves a town in a longer name to the coding; the geocoder
takes none of them as the scene of a placeless event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.pack_words import ends_at, landmarks, patterns, phrase_head, words

if TYPE_CHECKING:
    from eventcoder.geo.candidates import Resolution
    from eventcoder.records import PlaceMention

Reason = Literal["blocked", "journey", "origin", "in_a_name"]

# Characters after a journey's origin within which its destination is named ("from the
# capital, Juba, northeast to Pibor").
JOURNEY_REACH = 60
# Characters before a name's phrase within which a place blocker still binds it.
BLOCKER_REACH = 60
# Words between a place blocker and the phrase it blocks ("lived for years in Moscow").
BLOCKER_WORDS = 4
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n\"“”]\s*)\Z")
# an appositive of one to three words between a from-word and the name ("from the capital,
# Juba")
_APPOSITIVES = tuple(re.compile(rf"(?<!\w)(?:\w+\s+){{{n}}}\w+\s*,\s*\Z") for n in range(3))
_NEXT_WORD = re.compile(r"\s+(\w+)")
_FIRST_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)\s+\Z")


def not_the_scene(text: str, start: int, end: int, lang: str | None, *,
                  cue_start: int | None = None, named: Iterable[int] = (),
                  name: str | None = None) -> Reason | None:
    """Why the name at ``text[start:end]`` is not where an event happened, or None if nothing
    says so: "blocked" (:func:`blocked_place`), "journey" (:func:`journey_origin`, unless the
    name is a landmark that stands for its town: "van de Dam naar het Museumplein" is a march
    through Amsterdam), "origin" (:func:`after_a_person_noun`: where someone comes from, which
    extraction keeps as the event's last resort) or "in_a_name" (:func:`in_a_name`).

    ``cue_start`` is where the name's place cue begins ("*in* de provincie Kandahar"), where
    the caller found one; ``named`` the starts of the other names the caller found, which end
    a blocker's reach; ``name`` the name as the caller reads it, where it differs from the
    text's characters (spaces folded)."""
    if blocked_place(text, start if cue_start is None else cue_start, lang, named=named):
        return "blocked"
    if journey_origin(text, start, end, lang) and not stands_for_a_town(
            text[start:end] if name is None else name, lang):
        return "journey"
    of_word = of_word_before(text, start, lang) if cue_start is None else cue_start
    if of_word is not None and after_a_person_noun(text, of_word, lang):
        return "origin"
    if in_a_name(text, start, lang):
        return "in_a_name"
    return None


# A dateline: the paragraph opening "TACLOBAN CITY - ", "OUAGADOUGOU (AFP) - ", "NAIROBI,
# Kenya (AP) — ", "DEN HAAG - ": where the report was filed. Its first word is in capitals or
# an agency in brackets follows; at most six words before the dash or colon.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<head>(?=[^\W\d_]{2,}[\s,(])[^\W\d_][\w.'’&-]*(?:[ \t,]+[\w.'’&-]+){0,5}?)"
    r"[ \t]*(?P<agency>\([A-Z][\w .&/-]{0,30}\)[ \t]*)?(?:[-–—]{1,2}|:)[ \t]")
DATELINE_REACH = 400  # characters from the text's start within which a dateline opens a line


@lru_cache(maxsize=16)  # asked per town and event of one article: read its opening once
def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the article's dateline names the place it was filed from, if it has one: a
    town named there is where the reporter was, which the event's own words may contradict
    ("OUAGADOUGOU (AFP) - Jihadist fighters attacked ... Djibo")."""
    for m in _DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH)):
        head = m.group("head")
        first = re.match(r"[^\W\d_]+", head)
        if first is not None and (first.group(0).isupper() or m.group("agency")):
            return m.start("head"), m.end("head")
    return None


def in_dateline(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` stands in the article's dateline."""
    span = dateline_span(text)
    return span is not None and span[0] <= start and end <= span[1]


def stands_for_a_town(name: str, lang: str | None) -> bool:
    """The name is a landmark that stands for its town (the pack's ``landmarks`` or the
    geocoder's landmark table: "Dam", "White House")."""
    from eventcoder.geo.places import landmark_town  # places reads the gazetteer: late

    return name.lower() in landmarks(lang) or landmark_town(name) is not None


def blocked_place(text: str, anchor: int, lang: str | None, *,
                  named: Iterable[int] = ()) -> bool:
    """One of the pack's place blockers (``places.yaml``: "lives", "born", "talks") stands at
    most BLOCKER_WORDS words before ``anchor`` (where the name's phrase begins: its cue, or
    the name itself) in its clause, within BLOCKER_REACH characters, and no other name the
    caller found (``named``) stands between them: the name says where a person lives or a
    meeting was held, not where an event happened ("who lived in Moscow"); a name after the
    blocker's own ("woonachtig in Utrecht, werd in Arnhem aangevallen") is not blocked."""
    found = patterns(lang, "place_blockers")
    if found is None:
        return False
    lo = max(0, anchor - BLOCKER_REACH)
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, lo, anchor)), default=lo)
    hits = list(found[0].finditer(text, lo, anchor))
    if not hits:
        return False
    blocker_end = hits[-1].end()
    crowd = patterns(lang, "crowd_journey")
    start = max(0, blocker_end - 2 * BLOCKER_REACH)  # the crowd stands before the journey
    start = max((m.end() for m in _CLAUSE_END.finditer(text, start, blocker_end)), default=start)
    if crowd is not None and any(m.end() == blocker_end for m in crowd[0].finditer(
            text, start, blocker_end)):
        return False  # "boeren trokken naar het provinciehuis in Leeuwarden": they gathered there
    return len(_WORD.findall(text, blocker_end, anchor)) <= BLOCKER_WORDS and not any(
        blocker_end <= s < anchor for s in named)


def of_word_before(text: str, start: int, lang: str | None) -> int | None:
    """Where the pack's ``of_country`` word ("from", "uit", "van") right before the name's
    phrase (its articles: "van de Dam") begins, if one stands there."""
    head = phrase_head(text, start, lang)
    before = _LAST_WORD.search(text, max(0, head - 30), head)
    if before is None or before.group(1).lower() not in words(lang, "of_country"):
        return None
    return before.start(1)


def after_a_person_noun(text: str, anchor: int, lang: str | None) -> bool:
    """One of the pack's ``of_country`` words begins at ``anchor`` (the name's cue) right after
    one of its ``origin_nouns``: "a man from Rotterdam", "een inwoner van Utrecht" say where
    someone comes from or lives, not where the event was."""
    word = _FIRST_WORD.match(text, anchor)
    return word is not None and word.group(0).lower() in words(lang, "of_country") and (
        ends_at(text, anchor, "origin_nouns", lang))


def journey_origin(text: str, start: int, end: int, lang: str | None) -> bool:
    """The name is where a journey began: it follows one of the pack's ``journey_from`` words
    (perhaps through an appositive: "from the capital, Juba") and its clause goes on, within
    JOURNEY_REACH characters, to a ``journey_to`` word before a name ("drove from the capital,
    Juba, northeast to Pibor", "reden van Juba naar Pibor"). An event on the way did not
    happen at the place the travellers left."""
    heads = [phrase_head(text, start, lang)]
    for appositive in _APPOSITIVES:
        if (m := appositive.search(text, max(0, start - 40), start)) is not None:
            heads.append(phrase_head(text, m.start(), lang))
    if not any(ends_at(text, h, "journey_from", lang) for h in heads):
        return False
    found = patterns(lang, "journey_to")
    if found is None:
        return False
    stop = _CLAUSE_END.search(text, end)
    limit = min(stop.start() if stop else len(text), end + JOURNEY_REACH)
    articles = words(lang, "articles")
    for m in found[0].finditer(text, end, limit):
        word = _NEXT_WORD.match(text, m.end())
        if word is not None and word.group(1).lower() in articles:
            word = _NEXT_WORD.match(text, word.end())
        if word is not None and word.group(1)[:1].isupper():
            return True  # "to Pibor", "naar het Malieveld"
    return False


def in_a_name(text: str, start: int, lang: str | None) -> bool:
    """The name ends a longer one: a capitalised word and one of the pack's ``name_link``
    words stand right before it ("the Coptic Orthodox Church of Alexandria", "de Universiteit
    van Utrecht"). The town names what the body is, not a place the text sets anything in."""
    found = patterns(lang, "name_link")
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


def bare_country(pc: PlaceMention, by_span: dict[tuple[int, int], Resolution],
                 own: list[Resolution]) -> bool:
    """A country the event's words name with no place cue ("na de nederlaag tegen Marokko")
    beside a town they name with one ("in het centrum van Brussel"): tried after the town."""
    r = by_span.get((pc.start, pc.end))
    return bool(r and r.entry and r.entry.kind == "country" and pc.cue is None and any(
        o.mention.cue is not None and o.entry is not None and o.entry.kind != "country"
        for o in own))
