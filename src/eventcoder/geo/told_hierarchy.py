"""The units a text places an unknown place in: "Moqokori (Bulo Burto, Hiraan)", "Kapedo,
Baringo county", "X village in Y district".

Why: when the gazetteer lacks the village an event names, the text still tells where it lies,
as a hierarchy right after it. The event then goes to the most specific of those units that
the gazetteer or the admin-unit table (:mod:`.admin_units`) knows and that lies in the units
named after it, at the precision that unit supports: a district (precision 2, at its point or
its seat), else a province (precision 3), never a town the text did not name. A unit's name
may be spelt the text's way ("Galgaduud"): it is then matched fuzzily among the units of the
countries the article names (its resolved places, its actors' countries, the units of the
hierarchy found exactly), never the world's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventcoder.geo.admin_units import AdminUnits, Unit, admin_units, compact, nested_in
from eventcoder.geo.candidates import Resolution
from eventcoder.geo.gazetteer import Entry, Gazetteer
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.geo.toponyms import _runs
from eventcoder.records import Article, Event, PlaceCue, PlaceMention

HIERARCHY_CHARS = 60  # "X village (Y district, Z province)": units this close after X hold it
_BREAK = re.compile(r"[.!?;:][\"”’)]?\s|\n")
# a name, a noun or two and a bracket: "the Sambisa forest (Gwoza, Borno)", "the
# Maiduguri-Damboa road (Konduga, Borno)": the bracket places what the name and noun name
_NOUN_BRACKET = re.compile(r"\s+(?:[^\W\d_A-Z]+\s+){1,2}\(\s*")


@dataclass(frozen=True)
class Option:
    """One reading of a unit named in a hierarchy: a gazetteer entry with a point, or a
    district the table knows without one (``entry`` None: placed at its province)."""

    cc: str | None
    adm1: int | None
    adm2: int | None
    entry: Entry | None
    unit: Unit | None = None
    own: bool = False  # a town the event's own name may be (a candidate of its resolution)

    @property
    def kind(self) -> str:
        if self.entry is not None:
            return self.entry.kind
        return "adm2"

    def inside(self, outer: Option) -> bool:
        """Lies in ``outer`` (a district: in it or its province, as fits_units reads it)."""
        if self.cc != outer.cc:
            return False
        if outer.kind == "adm2":
            return self.adm2 == outer.adm2 or self.adm1 == outer.adm1
        if outer.kind in ("adm1", "city"):
            return self.adm1 is not None and (self.adm1 == outer.adm1 or outer.adm1 is not None
                                              and nested_in(self.adm1, outer.adm1))
        return True


@dataclass(frozen=True)
class ToldUnit:
    """Where a hierarchy places an event: an entry, its precision, the district the text names
    when only its province has a point, and the mention that tells it."""

    entry: Entry
    precision: int
    mention: PlaceMention
    admin2: str | None = None


def of_entry(e: Entry) -> Option:
    if e.kind == "adm1":
        return Option(e.cc, e.id, None, e)
    if e.kind == "adm2":
        return Option(e.cc, e.adm1, e.id, e)
    if e.kind == "city":
        return Option(e.cc, e.adm1, e.adm2, e)
    return Option(e.cc, None, None, e)


def of_unit(u: Unit, table: AdminUnits, gaz: Gazetteer) -> Option | None:
    entry = table.point(u, gaz)
    if u.level == 1:
        return Option(u.cc, u.gid, None, entry, u) if entry is not None else None
    return Option(u.cc, u.parent, u.gid, entry, u)


def hierarchy_parts(text: str, end: int, lang: str | None) -> list[PlaceMention]:
    """The names right after a place (ending at ``end``) that make a hierarchy with it:
    each after a :func:`hierarchy_gap`, within :data:`HIERARCHY_CHARS`, in its sentence."""
    stop = min(len(text), end + HIERARCHY_CHARS)
    parts: list[PlaceMention] = []
    pos = end
    for run in _runs(text[end:stop]):
        start, finish = end + run[0].start(), end + run[-1].end()
        between = text[pos:start]
        if _BREAK.search(between) or not (hierarchy_gap(between, lang) or (
                not parts and _NOUN_BRACKET.fullmatch(between))):
            break
        parts.append(PlaceMention(text=text[start:finish], start=start, end=finish))
        pos = finish
    return parts


def told_unit(gaz: Gazetteer, ev: Event, resolutions: list[Resolution], article: Article,
              hints: frozenset[str] = frozenset()) -> ToldUnit | None:
    """The most specific unit the text names right after one of the event's own place
    words that resolved to nothing (see the module docstring), consistent with every unit
    named after it; else the first resolved town, district or province so named."""
    known = sorted((r for r in resolutions if r.entry is not None and not r.inferred
                    and not r.demonym and r.entry.kind in ("city", "adm1", "adm2")),
                   key=lambda r: r.mention.start)
    spans = {(r.mention.start, r.mention.end): r for r in known}
    # a part the resolver read as a country ("outside Georgia's parliament") is that country:
    # it bounds the units before it and names no unit of a namesake abroad (Georgia, US)
    bounds = spans | {(r.mention.start, r.mention.end): r for r in resolutions
                      if r.entry is not None and not r.inferred and not r.demonym
                      and r.entry.kind == "country"}
    table = admin_units()
    allowed = named_countries(resolutions) | hints
    for pc in ev.place_candidates:
        parts = hierarchy_parts(article.text, pc.end, article.language)
        if table is not None and parts:
            # a name resolved to a namesake the event's place did not take is a gap too
            found = _innermost(gaz, table, pc, parts, bounds, allowed)
            if found is not None:
                return found
        if (pc.start, pc.end) in spans:
            continue  # resolved: not the gazetteer's gap
        for r in known:
            gap = r.mention.start - pc.end
            if 0 <= gap <= HIERARCHY_CHARS and hierarchy_gap(
                    article.text[pc.end:r.mention.start], article.language):
                e = r.known_entry
                return ToldUnit(e, 2 if e.kind in ("city", "adm2") else 3, r.mention)
    return own_unit(gaz, ev, resolutions, allowed)


def contradicted(gaz: Gazetteer, r: Resolution, resolutions: list[Resolution], text: str,
                 lang: str | None) -> bool:
    """The resolved place lies outside a unit of its country that the hierarchy after it
    names, where the resolver read no place in that name ("Kalynivka (Kharkivskyi,
    Kharkivska)" is no Kalynivka of the Vinnytsia oblast): the admin-unit table's readings,
    exact or fuzzy within the place's country. A name the resolver read ("Rafah, Gaza's
    southernmost city") is :func:`fits_units`' to judge."""
    e = r.entry
    table = admin_units()
    if e is None or e.kind not in ("city", "adm2") or not e.cc or table is None:
        return False
    at = of_entry(e)
    read = {(o.mention.start, o.mention.end) for o in resolutions if o.entry is not None}
    for p in hierarchy_parts(text, r.mention.end, lang):
        if (p.start, p.end) in read:
            continue
        units = [u for u in table.lookup(p.text, frozenset({e.cc})) if u.cc == e.cc]
        opts = [o for u in units if (o := of_unit(u, table, gaz)) is not None]
        if opts and not any(at.inside(o) or o.adm2 == e.id for o in opts):
            return True
    return False


def named_countries(resolutions: list[Resolution]) -> frozenset[str]:
    """The countries of the article's resolved places, and every country a name of a country
    may be ("Congo": either Congo)."""
    out = {r.entry.cc for r in resolutions if r.entry is not None and not r.inferred
           and r.entry.cc}
    out |= {c.entry.cc for r in resolutions if r.entry is not None and r.entry.kind == "country"
            for c in r.candidates if c.entry.kind == "country" and c.entry.cc}
    return frozenset(out)


def own_unit(gaz: Gazetteer, ev: Event, resolutions: list[Resolution],
             allowed: frozenset[str]) -> ToldUnit | None:
    """An own place word the index resolved to nothing that names an admin unit of a country
    the article names ("Congolese soldiers clashed with ADF militants in Irumu territory",
    "in Galgaduud" beside Somali forces): that unit. A name of no such country stays
    unplaced: a street or a village is not read as a district somewhere in the world."""
    table = admin_units()
    if table is None or not allowed:
        return None
    taken = {(r.mention.start, r.mention.end) for r in resolutions
             if r.entry is not None or r.demonym}
    # a country's name read inside the word ("Georgia's parliament"): that country, not a
    # namesake state of another the article names (Georgia, United States)
    countries = [(r.mention.start, r.mention.end) for r in resolutions
                 if r.entry is not None and r.entry.kind == "country"]
    for pc in ev.place_candidates:
        if (pc.start, pc.end) in taken or any(
                s < pc.end and pc.start < e for s, e in countries):
            continue
        opts = [o for u in table.lookup(pc.text, allowed) if u.cc in allowed
                and (o := of_unit(u, table, gaz)) is not None]
        if opts and (found := _placed(gaz, opts, pc)) is not None:
            return found
    return None


def _innermost(gaz: Gazetteer, table: AdminUnits, pc: PlaceMention, parts: list[PlaceMention],
               spans: dict[tuple[int, int], Resolution],
               allowed: frozenset[str]) -> ToldUnit | None:
    """The innermost part (the event's own name first, exact only) with one reading that lies
    in a reading of every later part that has one."""
    exact = [[o for u in table.lookup(p.text, fuzzy=False)
              if (o := of_unit(u, table, gaz)) is not None] for p in parts]
    base = allowed
    allowed = allowed | {o.cc for opts in exact for o in opts if o.cc}
    options: list[list[Option]] = []
    for p, found in zip(parts, exact, strict=True):
        opts = list(found) or [o for u in table.lookup(p.text, allowed)
                               if (o := of_unit(u, table, gaz)) is not None]
        r = spans.get((p.start, p.end))
        if r is not None and r.known_entry.kind == "country":
            opts = [of_entry(r.known_entry)]
        elif r is not None:
            opts.insert(0, of_entry(r.known_entry))
        options.append(opts)
    own = [o for u in table.lookup(pc.text, fuzzy=False)
           if (o := of_unit(u, table, gaz)) is not None]
    if (r := spans.get((pc.start, pc.end))) is not None and r.known_entry.kind != "country":
        # the towns the name may be, best first: a namesake inside the units named after it
        # beats the one the resolver took elsewhere
        towns = sorted((c for c in r.candidates if c.entry.kind == "city"),
                       key=lambda c: -c.score)
        own = [Option(t.entry.cc, t.entry.adm1, t.entry.adm2, t.entry, own=True)
               for t in towns] + own
    chain = [(pc, own), *zip(parts, options, strict=True)]
    # a unit of a country the article does not name needs another part to agree with it
    # ("of Congo" alone is no Brazilian district; "(Ceel Buur, Galgaduud)" agree)
    chain = [(m, [o for o in opts if o.unit is None or o.cc in base or any(
        o.inside(x) for _, xs in chain[k + 1:] for x in xs) or any(
        y.inside(o) for _, ys in chain[:k] for y in ys)]) for k, (m, opts) in enumerate(chain)]
    for k, (mention, opts) in enumerate(chain):
        outer = [o for _, o in chain[k + 1:] if o]
        if k == 0 and not outer:
            continue  # the event's own name as a unit needs a unit named after it
        fits = [o for o in opts if all(any(o.inside(x) for x in xs) for xs in outer)
                and o.kind != "country"]  # a country bounds; it tells no unit
        if fits:
            return _placed(gaz, fits, mention)
    return None


def _placed(gaz: Gazetteer, fits: list[Option], mention: PlaceMention) -> ToldUnit | None:
    """The place of the fitting readings: the resolver's, else the table's; readings of
    different names (the two districts "Maguindanao" may be) agree only on their province."""
    first = fits[0]
    if first.unit is None:  # the resolver's reading of the mention
        return _told(gaz, first, mention)
    if len({compact(name_key(o.unit.name)) for o in fits if o.unit is not None}) > 1:
        adm1s = {o.adm1 for o in fits}
        unit = gaz.get(adm1s.pop()) if len(adm1s) == 1 and None not in adm1s else None
        return ToldUnit(unit, 3, mention) if unit is not None else None
    return _told(gaz, next((o for o in fits if o.entry is not None), first), mention)


def _told(gaz: Gazetteer, o: Option, mention: PlaceMention) -> ToldUnit | None:
    """A reading as a place: a town or district at precision 2, a province at 3; a district
    without a point at its province (precision 3), naming the district."""
    if o.entry is not None:
        e = o.entry
        if o.own:  # the event's own town
            return ToldUnit(e, 2 if mention.cue in (PlaceCue.NEAR, PlaceCue.DISTRICT) else 1,
                            mention)
        return ToldUnit(e, 2 if e.kind in ("city", "adm2") else 3, mention)
    unit = gaz.get(o.adm1) if o.adm1 is not None else None
    if unit is None or o.unit is None:
        return None
    return ToldUnit(unit, 3, mention, o.unit.label)


def hierarchy_gap(between: str, lang: str | None) -> bool:
    """The words between a place and a unit after it make a hierarchy: punctuation, names,
    and only the language's place words (cues such as "in", "the", "province of", unit
    words such as "district", and modifiers such as "northern"): "Palma (Cabo Delgado)",
    "Aschaffenburg, in north-western Bavaria", "X village in Y district". Any other word
    ("against the war in", "after talks in") tells something else of the clause."""
    allowed, modifiers = _hierarchy_words(lang)
    rest = modifiers.sub(" ", between) if modifiers is not None else between
    return all(w[:1].isupper() or w.lower() in allowed or w.isdigit()
               for w in re.findall(r"\w+", rest))


@cache
def _hierarchy_words(lang: str | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The place words of :func:`hierarchy_gap` and the pack's place modifiers as one regex."""
    from eventcoder.langpacks import load_pack, union_pattern

    lex = lexicon(lang)
    words = {w for cue in (*lex.cues_before, *lex.cues_after) for w in cue}
    words |= set(lex.admin_suffixes)
    try:
        pack = load_pack(lang or "en")
    except Exception:  # a language without a pack: the geocoder's own words only
        return frozenset(words), None
    words |= {w.lower() for c in pack.place_cues if c.value is None for w in c.pattern.split()}
    words |= {c.pattern.lower() for c in pack.discourse.get("articles", [])}
    mods = [str(m) for m in pack.place_names.get("modifiers") or []]
    return frozenset(words), union_pattern(mods)
