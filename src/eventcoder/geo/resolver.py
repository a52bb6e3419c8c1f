"""Toponym resolution: names to GeoNames places, decided by the whole article.

A mention's candidates come from the gazetteer in three tiers, each tried only when the one before
finds nothing: the exact name key, the transliteration key, then rapidfuzz over names sharing the
consonant skeleton (never for common words). Candidates are ranked by feature kind and population
(the prior), the cue that introduced the name ("de provincie X"), the countries and provinces the
article mentions, "X, Y" qualifiers, distance to the article's other places and distances the
text states ("A, 100 km from B"). A town's prior includes its fame (how many alternate names
GeoNames holds for it), and a town competes with namesakes elsewhere at the strength of the unit
named after it (Gaza City with its governorate against Mozambique's Gaza province).

Oceans, seas and world regions (kind ``continent``, no population) get a continent-sized prior;
a name's own last word ("Oaxaca State") is its cue; a unit found only inside a longer name
("Convention Centre") needs the article's context. Names nothing fits stay unresolved, or, when
asked (``infer=True``, as the geoparsing evaluation does), are placed at the nearest town of the
article's main country, else the province or country the article's places share: marked
``inferred``, never a namesake, and never an event's place.

The parts live beside it: the prior and the candidate records in :mod:`.candidates`, the
article context in :mod:`.context`, "X, Y" qualifiers, lists and stated distances in
:mod:`.qualifiers`, the country bound in :mod:`.bounds`, and event geocoding in
:mod:`.event_places`; this module finds the candidates and runs the passes.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import overload

from rapidfuzz import fuzz

from eventcoder.geo.bounds import FAMOUS_ALT_NAMES as FAMOUS_ALT_NAMES
from eventcoder.geo.bounds import OUTSIDE_ALIAS_MIN_POP as OUTSIDE_ALIAS_MIN_POP
from eventcoder.geo.bounds import OUTSIDE_MIN_POP, keep_within_bound
from eventcoder.geo.bounds import SUPPORT_KM as SUPPORT_KM
from eventcoder.geo.bounds import self_evident as self_evident
from eventcoder.geo.candidates import CUE_KINDS as CUE_KINDS
from eventcoder.geo.candidates import KIND_PRIOR as KIND_PRIOR
from eventcoder.geo.candidates import (
    PRECISION,
    Candidate,
    Resolution,
    W,
    name_priors,
    named_after,
)
from eventcoder.geo.candidates import TIER_PENALTY as TIER_PENALTY
from eventcoder.geo.candidates import name_cue as name_cue
from eventcoder.geo.context import ArticleContext as _Context
from eventcoder.geo.event_places import HIERARCHY_CHARS as HIERARCHY_CHARS
from eventcoder.geo.event_places import TOWN_BEFORE_REACH as TOWN_BEFORE_REACH
from eventcoder.geo.event_places import geocode_events
from eventcoder.geo.gazetteer import Entry, Gazetteer, plain_ascii
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.list_support import add_support, list_support
from eventcoder.geo.name_parts import inner_part
from eventcoder.geo.normalize import name_key, query_key, skeleton_key
from eventcoder.geo.qualifiers import distance_bonus as _distance_bonus
from eventcoder.geo.qualifiers import lists as _lists
from eventcoder.geo.qualifiers import qualifiers as _qualifiers
from eventcoder.geo.qualifiers import stated_distances as _stated_distances
from eventcoder.geo.qualifiers import told_units as _told_units
from eventcoder.geo.regions import place_regions, region_names
from eventcoder.geo.told_places import keep_told_places
from eventcoder.records import ADMIN_CUES, Article, Event, Place, PlaceCue, PlaceMention

FUZZY_MIN_SCORE = 84.0
FUZZY_MIN_LEN = 5
EMBEDDED_POP = 100_000
EMBEDDED_ALONE_POP = 500_000  # a town this big inside a longer name needs no article context
# An unresolved name is placed at a town mentioned at most this many characters away.
INFER_TOWN_CHARS = 1500


class Geocoder:
    """Resolves toponyms against the offline gazetteer; one instance serves a whole process."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer()
        self._countries = self.gaz.countries()
        self._iso3 = self._load_iso3()

    # ---- candidates -------------------------------------------------------------------------

    def demonym_place(self, name: str, lang: str | None) -> Entry | None:
        """The country (or continent) a demonym such as "Afghaanse" or "European" points to."""
        key = name_key(name)
        target = lexicon(lang).demonyms.get(key) or lexicon(None).demonyms.get(key)
        if not target:
            return None
        return self.gaz.get(int(target)) if target.isdigit() else self._countries.get(target)

    def _country_code(self, name: str | None) -> str | None:
        """ISO alpha-2 of a country named as the gazetteer labels it ("Sudan", "Palestine")."""
        if not name:
            return None
        key = name_key(name)
        return next(
            (cc for cc, entry in self._countries.items()
             if key in {name_key(entry.name), name_key(entry.label or "")}),
            None,
        )

    def knows(self, word: str) -> bool:
        """The gazetteer holds a place of this exact name ("Ampatuan")."""
        return bool(self.gaz.by_key("key", name_key(word)))

    def _load_iso3(self) -> dict[str, str]:
        import pycountry

        return {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    def candidates(
        self, name: str, *, lang: str | None = None, allow_fuzzy: bool = True
    ) -> tuple[list[Candidate], bool]:
        """Candidates for a name, and whether the name is a demonym (country context only)."""
        key = name_key(name)
        if not key:
            return [], False
        if (place := self.demonym_place(name, lang)) is not None:
            return [Candidate(place, True, 0)], True
        found = [Candidate(e, p, 0) for e, p, _ in self.gaz.by_key("key", key)]
        if found:
            return found, False
        words = key.split()
        if len(words) > 1 and words[-1] in lexicon(None).admin_suffixes:
            stripped = " ".join(words[:-1])
            found = [Candidate(e, p, 0) for e, p, _ in self.gaz.by_key("key", stripped)]
            if found:
                return found, False
        if regions := region_names(lang).get(key):
            # a region or feature the index lacks ("Korean Peninsula", "Cauvery"): its own
            # name, before any variant, a fuzzy match or a place inside the name
            return [Candidate(e, True, 0) for e in regions], False
        if lexicon(lang).is_common(name):
            return [], False  # variants and fuzzy matches never apply to common words
        tkey = query_key(name)
        found = [Candidate(e, p, 1) for e, p, _ in self.gaz.by_key("tkey", tkey)]
        if found or not allow_fuzzy:
            return found, False
        if len(words) > 1 and (inner := self._embedded(name, lang)):
            return inner, False
        if len(tkey) < FUZZY_MIN_LEN:
            return [], False
        best: dict[int, Candidate] = {}
        for other in self.gaz.tkeys_for_skeleton(skeleton_key(name, query=True)):
            if fuzz.ratio(tkey, other) < FUZZY_MIN_SCORE:
                continue
            for e, p, _ in self.gaz.by_key("tkey", other):
                best.setdefault(e.id, Candidate(e, p, 2))
        return list(best.values()), False

    def _embedded(self, name: str, lang: str | None) -> list[Candidate]:
        """A major place named inside a longer name ("Colorado State University", "European
        Commission"): the longest word span that is a country, province, continent, big city
        or demonym."""
        words = name.split()
        lex = lexicon(lang)
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i:i + size])
                if not part[:1].isupper() or lex.is_common(part) or lex.is_generic(part):
                    continue  # "Lake" of "Lake Erie" is no Lake County
                if inner_part(words, i, i + size, lex, self.knows):
                    continue  # "Datu Saudi Ampatuan": a town's own name, not Saudi Arabia
                if (place := self.demonym_place(part, lang)) is not None:
                    return [Candidate(place, True, 1)]
                found = [
                    Candidate(e, p, 1, embedded=True)
                    for e, p, _ in self.gaz.by_key("key", name_key(part))
                    if e.kind in ("country", "adm1", "continent") or e.population >= EMBEDDED_POP
                ]
                if found:
                    return found
        return []

    # ---- scoring ----------------------------------------------------------------------------

    def _score(self, cands: list[Candidate], cue: str | None, ctx: _Context | None) -> None:
        """Prior, cue and context per candidate.

        A town and the unit that shares its name are one referent against namesakes elsewhere:
        the town competes with the stronger of its own prior and that of the unit named after
        it (Gaza City with the Gaza governorate, against Mozambique's Gaza province), and the
        bare name then means the town unless a cue asks for the unit. A small town that bears
        the name of another province of its country is not what the bare name means: the
        province is (California, Pennsylvania beside California; Wyoming, Ohio beside Wyoming).
        """
        ids = {c.entry.id for c in cands}
        priors = name_priors(cands, cue)  # with a famous town's alternate name (Palmyra)
        admin_cue = cue in ADMIN_CUES
        provinces: dict[str | None, set[int]] = {}  # the provinces of the name, by country
        biggest: dict[str | None, int] = {}  # the largest town of the name, by country
        for c in cands:
            if c.entry.kind == "adm1":
                provinces.setdefault(c.entry.cc, set()).add(c.entry.id)
            elif c.entry.kind == "city":
                biggest[c.entry.cc] = max(biggest.get(c.entry.cc, 0), c.entry.population)
        for c in cands:
            e = c.entry
            s = priors[e.id]
            if not admin_cue and e.kind in ("adm1", "adm2") and any(  # only a unit is
                    named_after(e, o.entry) for o in cands):  # named after a town
                s -= W["named_after"][e.kind]
            if e.kind == "city" and e.population < OUTSIDE_MIN_POP and (
                    units_of_cc := provinces.get(e.cc)) and (
                    len(units_of_cc) > 1 or e.adm1 not in units_of_cc):
                s -= W["province_namesake"]  # California, Pennsylvania: the bare name is the state
            if e.kind == "city" and (e.adm1 in ids or e.adm2 in ids):
                units = [o for o in cands if named_after(o.entry, e)]
                if units and not admin_cue:
                    s = max(s, *(priors[u.entry.id] for u in units))
                s += W["in_namesake"]
            if ctx is not None:
                s += ctx.bonus(e)
                if (e.kind == "city" and (big := biggest.get(e.cc, 0)) >= W["dwarf_pop"]
                        and big >= W["dwarf_ratio"] * max(e.population, 1)
                        and ctx.province_only(e)):
                    s -= W["adm1_seen"]  # Louisville, Ohio: Ohio alone does not make it meant
                if (e.fcode == "PPLC" and e.cc not in ctx.countries and any(
                        o.entry.kind == "city" and o.entry.cc in ctx.countries
                        and o.entry.population >= OUTSIDE_MIN_POP for o in cands)):
                    s -= W["capital"]  # London, Ontario in a Canadian story
                if (e.kind == "adm1" and any(o.entry.kind == "country" for o in cands)
                        and any(cc == e.cc for cc, _ in ctx.provinces)):
                    s += W["sibling_unit"]  # Georgia among Florida and Hawaii: the state
            c.score = s

    # ---- single names -----------------------------------------------------------------------

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        country_hint: str | None = None,
        cue: str | None = None,
    ) -> Place | None:
        """Resolve one name on its own (no article): prior, cue and optional country hint."""
        if cue is None and lexicon(lang).is_common(name):
            return None  # "Die", "May": the word, not the place, unless a cue says otherwise
        cands, demonym = self.candidates(name, lang=lang)
        ctx = _Context()
        if country_hint and cands:
            hint = country_hint.upper()
            if len(hint) != 2:
                found, _ = self.candidates(country_hint, lang=lang, allow_fuzzy=False)
                hint = next((c.entry.cc for c in found
                             if c.entry.kind == "country" and c.entry.cc is not None), hint)
            # An explicit hint is a constraint: namesakes elsewhere are out when one fits.
            cands = [c for c in cands if c.entry.cc == hint] or cands
            ctx.countries[hint] += 1
        if not cands:
            return None
        self._score(cands, cue, ctx)
        best = max(cands, key=lambda c: c.score)
        if not self._acceptable(best, ctx):
            return None
        precision = 3 if demonym else self.precision(best.entry, cue)
        return self.to_place(best.entry, precision)

    @staticmethod
    def precision(entry: Entry, cue: str | None) -> int:
        base = PRECISION[entry.kind]
        return 2 if base == 1 and cue in (PlaceCue.NEAR, PlaceCue.DISTRICT) else base

    def to_place(self, entry: Entry, precision: int) -> Place:
        country = self._countries.get(entry.cc) if entry.cc else None
        adm1 = adm2 = None
        if entry.kind == "adm1":
            adm1 = _label(entry)
        elif entry.kind == "adm2":
            adm2 = _label(entry)
            adm1 = _label(self.gaz.get(entry.adm1) if entry.adm1 else None)
        elif entry.kind == "city":
            adm1 = _label(self.gaz.get(entry.adm1) if entry.adm1 else None)
            adm2 = _label(self.gaz.get(entry.adm2) if entry.adm2 else None)
        return Place(
            location=_label(entry),
            latitude=round(entry.lat, 5),
            longitude=round(entry.lon, 5),
            geonameid=entry.id if entry.id > 0 else None,
            country=_label(country),
            iso3=self._iso3.get(entry.cc or ""),
            admin1=adm1,
            admin2=adm2,
            feature_code=entry.fcode,
            population=entry.population or None,
            geo_precision=precision,
        )

    @staticmethod
    def _acceptable(best: Candidate, ctx: _Context, gaz: Gazetteer | None = None,
                    roles: frozenset[str] = frozenset()) -> bool:
        """Refuse a weak namesake: a small, inexact or out-of-context town is not a guess; nor
        is a small town of the article's country far from every place and province the article
        names there (with ``gaz``: see ArticleContext.stray), nor, with ``gaz``, a town matched
        fuzzily far from every town of the article. Countries named only as a speaker or a
        force (``roles``, see :mod:`.roles`) name no country of the article here."""
        e = best.entry
        if best.embedded and e.kind not in ("country", "continent") and not ctx.in_context(e) and (
                e.kind != "city" or e.population < EMBEDDED_ALONE_POP):
            # "Convention Centre" is not Burkina Faso's Centre region; "hotel W Amsterdam" is
            # in Amsterdam, a city big enough to stand for itself
            return False
        if e.kind != "city":
            return best.tier < 2 or ctx.in_context(e)
        if gaz is not None and best.tier == 0 and ctx.stray(e, gaz):
            return False
        if (gaz is not None and best.tier == 2 and ctx.points and not ctx.index().any_within(
                e.lat, e.lon, max(km for km, _ in W["near"]))):
            # a name matched only fuzzily is a guess its country does not vouch for:
            # "Capitol" is not Washington (a fuzzy match of one of its names) in a story from
            # Oklahoma City, where no town of the article lies within the near bonus's reach
            # (600 km; 300 to 1,000 give the same); inference places it
            return False
        if ctx.in_context(e):
            return True
        named = any(cc not in roles for cc in ctx.countries)
        if best.tier == 2:  # "US forces struck Houthi positions in Hodeidah": a force's
            return e.population >= EMBEDDED_POP and not named  # country is not the story's
        if named and e.population < 20000:
            return False
        return not (best.tier == 1 and e.population < 5000)

    # ---- whole articles ---------------------------------------------------------------------

    def resolve_mentions(
        self, text: str, mentions: list[PlaceMention], *, lang: str | None = None,
        infer: bool = False, hints: frozenset[str] = frozenset(),
    ) -> list[Resolution]:
        """Resolve every mention of one article together, so each informs the others.

        With ``infer``, names no candidate fits get the place the article supports around them
        (marked ``inferred``; see :meth:`infer_unresolved`). ``hints``: the countries the
        article's actors belong to, weighed as a country the article names (SAF troops in
        "Marawi" are in Sudan's)."""
        out: list[Resolution] = []
        for m in mentions:
            cands, demonym = self.candidates(m.text, lang=lang)
            if m.cue is None and (cue := name_cue(m.text)):
                m = m.model_copy(update={"cue": cue})
            out.append(Resolution(m, None, cands, demonym))
        qualifiers = _qualifiers(text, out)
        distances = _stated_distances(text, out, lang)
        lists = _lists(text, out, lang)
        support = list_support(out, lists)
        # Pass 1: priors only. Pass 2 and 3: with the context the other mentions give.
        ctx = _Context()
        for _ in range(3):
            for i, r in enumerate(out):
                if not r.candidates:
                    continue
                local = ctx.without(r) if ctx.built else None
                self._score(r.candidates, r.mention.cue, local)
                if i in qualifiers:
                    for c in r.candidates:
                        c.score += qualifiers[i].bonus(c)
                if not ctx.built:  # the first pass: a list read together seeds the context
                    add_support(r.candidates, support.get(i))
                if i in lists and ctx.built:
                    for c in r.candidates:
                        c.score += lists[i].bonus(c, out)
                for j, km in distances.get(i, ()):
                    other = out[j].entry
                    if other is not None and ctx.built:
                        for c in r.candidates:
                            c.score += _distance_bonus(c.entry, other, km)
                ranked = sorted(r.candidates, key=lambda c: c.score, reverse=True)
                r.entry = ranked[0].entry
                r.margin = ranked[0].score - ranked[1].score if len(ranked) > 1 else 5.0
            ctx = _Context.from_resolutions(out, hints)
        roles = keep_within_bound(out, qualifiers, lang, ctx, text)
        for r in out:
            if r.entry is None:
                continue
            best = next(c for c in r.candidates if c.entry.id == r.entry.id)
            if not self._acceptable(best, ctx.without(r), self.gaz, roles):
                r.entry = None
            elif r.mention.cue in (PlaceCue.PROVINCE, PlaceCue.REGION) and r.entry.kind == "city":
                r.entry = self._unit_named_after(r.entry) or r.entry
        place_regions(out, [(lat, lon) for _, lat, lon, _ in ctx.points], lang)
        # "X, Y": Y as the article reads it. "Holliday, Missouri" where the gazetteer has no
        # Holliday in Missouri: a namesake elsewhere is not it; the name lies in Y.
        within = keep_told_places(out, _told_units(qualifiers, out), qualifiers, self.gaz,
                                  frozenset(lists))
        if infer:
            self.infer_unresolved(out, within)
        return out

    def _unit_named_after(self, town: Entry) -> Entry | None:
        """The province a town gives its name to ("Hodeidah province" when the gazetteer knows
        "Hodeidah" only as the town): the unit the text names, not its capital."""
        unit = self.gaz.get(town.adm1) if town.adm1 else None
        if unit is not None and name_key(unit.name) == name_key(town.name):
            return unit
        return None

    def infer_unresolved(self, out: list[Resolution],
                         within: dict[int, Entry] | None = None) -> None:
        """Place each unresolved name (a street, venue, district or river the gazetteer lacks)
        at what the article supports: the town or district mentioned nearest to it in the text
        when one lies within a paragraph's reach, else the province so mentioned, else the
        province or country the article's resolved places share, else the country that holds
        the most of them where the text names it within that reach. A name the text places
        ("X, Y": ``within`` maps X's index to Y as the article resolved it) goes to Y.
        Inferred entries are marked and never feed the context."""
        known = [r for r in out if r.entry is not None and not r.inferred and not r.demonym]
        # Towns of the article's main country first: an aside ("talks in Moscow") is not where
        # the article's unknown places lie.
        towns = [r for r in known if r.known_entry.kind in ("city", "adm2")]
        countries = Counter(r.known_entry.cc for r in known if r.known_entry.cc)
        if countries:
            main = countries.most_common(1)[0][0]
            towns = [r for r in towns if r.known_entry.cc == main] or towns
        provinces = [r for r in known if r.known_entry.kind == "adm1"]
        if countries:
            provinces = [r for r in provinces if r.known_entry.cc == main] or provinces
        for i, r in enumerate(out):
            if r.entry is not None or r.demonym:
                continue
            told = (within or {}).get(i)
            if told is not None:
                r.entry, r.inferred = told, True
                continue
            pos = r.mention.start
            for places in (towns, provinces):
                near = min(places, key=lambda t: abs(t.mention.start - pos), default=None)
                if near is not None and abs(near.mention.start - pos) <= INFER_TOWN_CHARS:
                    r.entry, r.inferred = near.entry, True
                    break
            if r.entry is not None:
                continue
            unit = self._shared_unit(known) or _leading_country_near(known, countries, pos)
            if unit is not None:
                r.entry, r.inferred = unit, True

    def _shared_unit(self, known: list[Resolution]) -> Entry | None:
        """The most specific unit an article's resolved places agree on: their one province,
        else the country most of them lie in (None when no country has a majority)."""
        local = [r.known_entry for r in known if r.known_entry.kind in ("adm1", "adm2", "city")]
        adm1s = {e.id if e.kind == "adm1" else e.adm1 for e in local}
        ccs = {r.known_entry.cc for r in known if r.known_entry.cc}
        adm1 = next(iter(adm1s)) if len(adm1s) == 1 and len(ccs) == 1 else None
        if adm1 and (entry := self.gaz.get(adm1)) is not None:
            return entry
        countries = Counter(r.known_entry.cc for r in known if r.known_entry.cc)
        if not countries:
            return None
        top, n = countries.most_common(1)[0]
        return self.gaz.country(top) if 2 * n > sum(countries.values()) else None

    def geocode_events(self, article: Article, events: list[Event], doc=None,
                       actor_country: Callable[[Event], str | None] | None = None) -> None:
        """Fill the events' location fields (see :mod:`eventcoder.geo.event_places`)."""
        geocode_events(self, article, events, doc, actor_country)


def _leading_country_near(known: list[Resolution], countries: Counter[str],
                          pos: int) -> Entry | None:
    """Where no country holds a majority of the article's places: the one that holds the
    most (no tie), when the text names it within a paragraph's reach of the name
    ("Nagorno-Karabakh" among Azerbaijan, Georgia and Armenia). Only the leader: the country
    merely named nearest may be an aside."""
    top = countries.most_common(2)
    if not top or len(top) > 1 and top[0][1] == top[1][1]:
        return None
    named = [r for r in known if r.known_entry.kind == "country" and r.known_entry.cc == top[0][0]]
    near = min(named, key=lambda r: abs(r.mention.start - pos), default=None)
    if near is None or abs(near.mention.start - pos) > INFER_TOWN_CHARS:
        return None
    return near.entry


@overload
def _label(entry: Entry) -> str: ...
@overload
def _label(entry: None) -> None: ...
@overload
def _label(entry: Entry | None) -> str | None: ...
def _label(entry: Entry | None) -> str | None:
    """The plain ASCII English name ACLED-style output uses (see gazetteer labels)."""
    if entry is None:
        return None
    return entry.label or plain_ascii(entry.name)


_LOCK = threading.Lock()
_INSTANCE: Geocoder | None = None


def get_geocoder() -> Geocoder:
    """The process-wide geocoder (builds the gazetteer index on first use)."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None:
            _INSTANCE = Geocoder()
        return _INSTANCE
