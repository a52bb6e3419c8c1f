"""The language packs' words that the geocoder's readings of a mention use, as regexes.

Why a module of its own: what a country word does in its sentence (:mod:`eventcoder.geo.roles`)
and whether a place is the event's scene (:mod:`eventcoder.geo.place_roles`) read the same
packs the same way, by key (``discourse.yaml``'s lists, the attribution verbs, the place cues
and blockers of ``places.yaml``); one accessor keeps one compiled copy per language. A
language without a pack has none of these words: every reading then says no.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.langpacks import union_pattern

if TYPE_CHECKING:
    from eventcoder.langpacks import Cue, LanguagePack


@cache
def pack_or_none(lang: str | None) -> LanguagePack | None:
    """The pack of ``lang`` (English where none is given), or None for a language without one."""
    from eventcoder.langpacks import UnknownLanguageError, load_pack

    try:
        return load_pack(lang or "en")
    except UnknownLanguageError:  # a language without a pack names no roles; a broken pack
        return None  # still stops with its own error


def _cues(pack: LanguagePack, key: str) -> list[Cue]:
    if key == "verbs":
        return pack.attribution_verbs
    if key == "place_prepositions":  # "in", "uit": the untyped place cues
        return [c for c in pack.place_cues if c.value is None]
    if key == "place_blockers":  # "lives", "born", "talks": no event's place after them
        return pack.place_blockers
    return pack.discourse.get(key) or []


@cache
def patterns(lang: str | None, key: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The pack's ``discourse.yaml`` words of ``key`` (or its attribution verbs, ``key``
    "verbs"; its untyped place cues, "place_prepositions"; its ``places.yaml`` blockers,
    "place_blockers") as one regex, and one that matches only at the end of the searched span;
    None for a language without them."""
    pack = pack_or_none(lang)
    if pack is None:
        return None
    regex = union_pattern([c.pattern for c in _cues(pack, key)])
    if regex is None:
        return None
    return regex, re.compile(rf"(?:{regex.pattern})\Z", regex.flags)


@cache
def words(lang: str | None, key: str) -> frozenset[str]:
    """Lower-case single words of a ``discourse.yaml`` key (articles, auxiliaries)."""
    pack = pack_or_none(lang)
    cues = (pack.discourse.get(key) or []) if pack is not None else []
    return frozenset(c.pattern.lower() for c in cues if " " not in c.pattern)


@cache
def landmarks(lang: str | None) -> dict[str, str]:
    """``places.yaml``'s landmarks (lower-case name -> the town it stands for)."""
    pack = pack_or_none(lang)
    table = (pack.place_names.get("landmarks") or {}) if pack is not None else {}
    return {str(k).lower(): str(v) for k, v in table.items()}


def at(text: str, pos: int, key: str, lang: str | None) -> bool:
    """One of the ``key`` words begins at ``pos``."""
    found = patterns(lang, key)
    return found is not None and found[0].match(text, pos) is not None


def ends_at(text: str, head: int, key: str, lang: str | None) -> bool:
    """One of the ``key`` words ends right before ``head`` (a space apart)."""
    found = patterns(lang, key)
    if found is None:
        return False
    lo = max(0, head - 40)
    cut = lo + len(text[lo:head].rstrip())
    return cut < head and found[1].search(text, lo, cut) is not None


def phrase_head(text: str, start: int, lang: str | None) -> int:
    """Where a name's phrase begins: before the articles in front of it ("said *the* US
    military")."""
    articles = words(lang, "articles")
    while True:
        before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
        if before is None or before.group(1).lower() not in articles:
            return start
        start -= len(before.group(0))
