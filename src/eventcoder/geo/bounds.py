"""The country bound: once an article names its countries, a name resolves outside them only
when the text points there or the place is self-evident.

Why a module of its own: the bound is a constraint applied after scoring, from the resolutions,
the "X, Y" qualifiers and the article context alone, with its own thresholds and the
territories table.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from eventcoder.geo.candidates import Candidate, Resolution
from eventcoder.geo.context import ArticleContext
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.geo.qualifiers import Qualifier
from eventcoder.records import ADMIN_CUES
from eventcoder.tsv import tsv_rows

# A place outside the countries the article names (see bound) is taken only when it
# is self-evident: a country, or a province or town this big, by its own exact name.
OUTSIDE_MIN_POP = 100_000
OUTSIDE_ALIAS_MIN_POP = 1_000_000  # an alternate name ("Bombay") crosses the bound only this big
# ... or a town the world writes about (this many alternate names: the top 5 % of small towns),
FAMOUS_ALT_NAMES = 20
# ... or one that lies this close to another place the article names (a cluster of small towns
# of a country the text never names: "Danbury ... New Milford ... Litchfield").
SUPPORT_KM = 100.0


@cache
def territories() -> dict[str, str]:
    """Dependent territory -> sovereign state (``geo/data/territories.tsv``)."""
    rows = tsv_rows(Path(__file__).parent / "data" / "territories.tsv")
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2}


def self_evident(c: Candidate) -> bool:
    """A candidate that needs no context to be meant: a country or world region, or a
    province or town of OUTSIDE_MIN_POP people by its own exact name (an alternate name
    only for a city of millions)."""
    e = c.entry
    if e.kind in ("country", "continent"):
        return True
    if c.tier > 0 or c.embedded:
        return False
    return e.population >= (OUTSIDE_MIN_POP if c.primary else OUTSIDE_ALIAS_MIN_POP)


@cache
def _backer_cues(lang: str | None) -> tuple[re.Pattern[str], ...]:
    try:
        from eventcoder.langpacks import load_pack

        return tuple(c.regex for c in load_pack(lang or "en").discourse.get("country_backer")
                     or [])
    except Exception:  # a language without a pack names no backers
        return ()


def backs_a_side(text: str, end: int, lang: str | None) -> bool:
    """A country word that backs a side ("the US-led coalition", "Iranian-backed militias",
    the pack's ``country_backer`` words right after it or joined by a hyphen): it says who
    supports a side, not where the story is."""
    rest = text[end:end + 30]
    pos = end + len(rest) - len(rest.lstrip(" -‐–"))
    if pos - end > 2:
        return False
    return any(regex.match(text, pos) for regex in _backer_cues(lang))


def bound(out: list[Resolution], lang: str | None, text: str = "") -> set[str]:
    """The countries the article names: by a country's name, a demonym ("Afghan forces":
    the actors' countries), a town that is self-evident, or a province named as one
    ("Borno state"), but not a backer of a side ("the US-led coalition"). Generic words
    ("Sal", "Camp") and fuzzy or transliterated matches never widen it."""
    lex = lexicon(lang)
    ccs: set[str] = set()
    for r in out:
        if text and backs_a_side(text, r.mention.end, lang):
            continue
        e = r.entry
        if e is None or not e.cc or lex.is_generic(r.mention.text):
            continue
        chosen = next((c for c in r.candidates if c.entry.id == e.id), None)
        if chosen is None or not (r.demonym or self_evident(chosen)):
            continue
        if e.kind in ("adm1", "adm2") and r.mention.cue not in ADMIN_CUES:
            # a bare "Miranda" may be a person; "Miranda state", or a province with
            # another place of its country in the article, is the place
            key = name_key(r.mention.text)
            if not any(o.entry is not None and o.entry.cc == e.cc and o.entry.id != e.id
                       and name_key(o.mention.text) != key and not o.demonym
                       for o in out):
                continue
        ccs.add(e.cc)
    sovereign = territories()
    for cc in list(ccs):  # a state holds its territories, a territory its state
        ccs.add(sovereign.get(cc, cc))
    ccs.update(t for t, state in sovereign.items() if state in ccs)
    return ccs


def keep_within_bound(
    out: list[Resolution], qualifiers: dict, lang: str | None, ctx: ArticleContext,
    text: str = "",
) -> None:
    """Consistency as a constraint, not a weight: once the article names its countries, a
    name resolves outside them only when the text points there ("X, Y" with Y the
    candidate's own country or province) or the place is self-evident (a country, a big
    town by its exact name). A fuzzy, transliterated or alias match, or a small namesake
    abroad, never crosses the bound: the best candidate inside it is taken, else none (the
    event then falls back to the district or province the text names). A generic place
    word ("Camp", "Qala") is a place only inside the bound or with a qualifier."""
    bound_ccs = bound(out, lang, text)
    lex = lexicon(lang)
    for i, r in enumerate(out):
        if r.entry is None or r.demonym:
            continue
        qualifier = qualifiers.get(i)
        generic = lex.is_generic(r.mention.text)
        if not bound_ccs and not generic:
            continue

        others = ctx.without(r).index()

        def allowed(c: Candidate, q=qualifier, g=generic, near=others) -> bool:
            e = c.entry
            if isinstance(q, Qualifier) and q.bonus(c) > 0:
                return True  # "X, Y": the text names where X lies
            if e.cc in bound_ccs and e.kind != "country":
                return True
            if g:  # "Western", "Camp": only inside the bound; a sea above countries may be
                return e.kind == "continent"  # named by such words ("North Sea")
            if self_evident(c):
                return True
            if c.tier > 0 or c.embedded:
                return False  # a fuzzy or transliterated match never crosses the bound
            if c.primary and e.alt_names >= FAMOUS_ALT_NAMES:
                return True
            return e.kind in ("city", "adm2") and near.any_within(e.lat, e.lon, SUPPORT_KM)

        if any(c.entry.id == r.entry.id and allowed(c) for c in r.candidates):
            continue
        inside = [c for c in r.candidates if allowed(c)]
        best = max(inside, key=lambda c: c.score, default=None)
        r.entry = best.entry if best is not None else None
