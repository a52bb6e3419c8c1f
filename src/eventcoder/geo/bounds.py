"""The country bound: once an article names its countries, a name resolves outside them only
when the text points there or the place is self-evident.

Why a module of its own: the bound is a constraint applied after scoring, from the resolutions,
the "X, Y" qualifiers and the article context alone, with its own thresholds and the
territories table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from eventcoder.geo.candidates import FAMOUS_ALT_NAMES as FAMOUS_ALT_NAMES
from eventcoder.geo.candidates import Candidate, Resolution
from eventcoder.geo.context import ArticleContext
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.geo.qualifiers import Qualifier
from eventcoder.geo.roles import backs_a_side as backs_a_side
from eventcoder.geo.roles import names_a_force, speaks
from eventcoder.records import ADMIN_CUES, PlaceMention
from eventcoder.tsv import tsv_rows

# A place outside the countries the article names (see bound) is taken only when it
# is self-evident: a country, or a province or town this big, by its own exact name.
OUTSIDE_MIN_POP = 100_000
OUTSIDE_ALIAS_MIN_POP = 1_000_000  # an alternate name ("Bombay") crosses the bound only this big
# ... or a town the world writes about (FAMOUS_ALT_NAMES alternate names: the top 5 % of
# small towns),
# ... or one that lies this close to another place the article names (a cluster of small towns
# of a country the text never names: "Danbury ... New Milford ... Litchfield").
SUPPORT_KM = 100.0
SOLE_FUZZY_POP = 100_000  # a variant spelling of the only big city it can mean, where only a
# speaker's or force's country bounds the article


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


def bound(out: list[Resolution], lang: str | None, text: str = "") -> set[str]:
    """The countries the article names (both parts of :func:`bound_parts`)."""
    places, roles = bound_parts(out, lang, text)
    return places | roles


def bound_parts(out: list[Resolution], lang: str | None,
                text: str = "") -> tuple[set[str], set[str]]:
    """The countries the article names: by a country's name, a demonym ("Afghan villagers"),
    a town that is self-evident, or a province named as one ("Borno state"), but not a
    backer of a side ("the US-led coalition"). Generic words ("Sal", "Camp") and fuzzy or
    transliterated matches never widen it.

    Two parts: the countries named as places, and those named only as a speaker or a force
    ("US Africa Command said", "a US drone strike": see :mod:`eventcoder.geo.roles`), which
    may speak or act from abroad."""
    lex = lexicon(lang)
    places: set[str] = set()
    maybe: list[tuple[PlaceMention, str]] = []  # a country or town word that may be a role
    for r in out:
        m = r.mention
        if text and backs_a_side(text, m.end, lang):
            continue
        e = r.entry
        if e is None or not e.cc or lex.is_generic(m.text):
            continue
        chosen = next((c for c in r.candidates if c.entry.id == e.id), None)
        if chosen is None or not (r.demonym or self_evident(chosen)):
            continue
        if e.kind in ("adm1", "adm2") and m.cue not in ADMIN_CUES:
            # a bare "Miranda" may be a person; "Miranda state", or a province with
            # another place of its country in the article, is the place
            key = name_key(m.text)
            if not any(o.entry is not None and o.entry.cc == e.cc and o.entry.id != e.id
                       and name_key(o.mention.text) != key and not o.demonym
                       for o in out):
                continue
        # a word that a cue makes a place ("in Washington") names no speaker or force
        if text and e.kind in ("country", "city") and m.cue in (None, "demonym"):
            maybe.append((m, e.cc))
        else:
            places.add(e.cc)
    for m, cc in maybe:  # read only where the country is named as no place already
        if cc not in places and not (speaks(text, m.start, m.end, lang)
                                     or names_a_force(text, m.end, lang)):
            places.add(cc)
    roles = {cc for _, cc in maybe} - places
    return _with_territories(places), _with_territories(roles) - _with_territories(places)


def _with_territories(ccs: set[str]) -> set[str]:
    """A state holds its territories, a territory its state."""
    sovereign = territories()
    out = set(ccs) | {sovereign.get(cc, cc) for cc in ccs}
    out.update(t for t, state in sovereign.items() if state in out)
    return out


def keep_within_bound(
    out: list[Resolution], qualifiers: dict, lang: str | None, ctx: ArticleContext,
    text: str = "",
) -> frozenset[str]:
    """Consistency as a constraint, not a weight: once the article names its countries, a
    name resolves outside them only when the text points there ("X, Y" with Y the
    candidate's own country or province) or the place is self-evident (a country, a big
    town by its exact name). A fuzzy, transliterated or alias match, or a small namesake
    abroad, never crosses the bound: the best candidate inside it is taken, else none (the
    event then falls back to the district or province the text names). A generic place
    word ("Camp", "Qala") is a place only inside the bound or with a qualifier.

    A country named only as a speaker or a force ("US Africa Command said", "a US drone
    strike") bounds only the names that have a place in it: "near Jilib" stays in Somalia.
    Returns those countries."""
    places, roles = bound_parts(out, lang, text)
    lex = lexicon(lang)
    for i, r in enumerate(out):
        if r.entry is None or r.demonym:
            continue
        qualifier = qualifiers.get(i)
        generic = lex.is_generic(r.mention.text)
        bound_ccs = places | roles if roles and any(
            c.entry.cc in roles for c in r.candidates) else places
        if not bound_ccs and not generic and not roles:
            continue  # (a speaker's or force's country still keeps out small namesakes:
            # "the Egyptian army ... in northern Sinai" is no Canton Sinai in Mexico)

        others = ctx.without(r).index()
        # with only a speaker's or force's country to go by, a town abroad is taken by its own
        # name when it is the only place of that name ("near Jilib"), or by a variant spelling
        # when it is the only big city of that spelling, not one of several small namesakes
        # ("northern Sinai": Cantón Sinaí, Mexico, or Sinaí, Ecuador)
        sole = not bound_ccs and len(r.candidates) == 1

        def allowed(c: Candidate, q=qualifier, g=generic, near=others,
                    bound_ccs=bound_ccs, sole=sole) -> bool:
            e = c.entry
            if sole and c.primary and c.tier == 0 and e.kind in ("city", "adm2"):
                return True
            if sole and e.kind == "city" and e.population >= SOLE_FUZZY_POP:
                return True  # "US forces struck Houthi positions in Hodeidah" (Hodeida)
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
    return frozenset(roles)
