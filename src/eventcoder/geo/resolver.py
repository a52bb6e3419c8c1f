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
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import overload

from rapidfuzz import fuzz

from eventcoder.distance import PointIndex, haversine_km
from eventcoder.geo.gazetteer import Entry, Gazetteer, plain_ascii
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key, skeleton_key, translit_key
from eventcoder.geo.points import admin_points, country_points
from eventcoder.geo.toponyms import find_toponyms, stated_distance
from eventcoder.records import (
    ADMIN_CUES,
    Article,
    Event,
    Evidence,
    Place,
    PlaceCue,
    PlaceMention,
)
from eventcoder.tsv import tsv_rows

# Kind prior: a bare name in news is most often a country, then a province, then a town.
KIND_PRIOR = {"continent": 2.5, "country": 3.5, "adm1": 1.4, "adm2": 0.2, "city": 0.0}
CUE_KINDS: dict[str, dict[str, float]] = {
    PlaceCue.CITY: {"city": 3.0},
    PlaceCue.CAPITAL: {"city": 3.0},
    PlaceCue.NEAR: {"city": 1.0},
    PlaceCue.PROVINCE: {"adm1": 3.5, "adm2": 1.5},
    PlaceCue.REGION: {"adm1": 2.5, "adm2": 1.5, "continent": 1.0},
    PlaceCue.DISTRICT: {"adm2": 3.5, "adm1": 1.0},
    PlaceCue.COUNTRY: {"country": 4.0},
}
TIER_PENALTY = (0.0, 0.4, 1.2)
# Scoring weights (hand-set; see benchmarks and eval-geo for their effect).
W: dict = {
    "pop": 0.5,  # per decade of population
    "fame": 0.5,  # per decade of a town's alternate names (how many languages write about it)
    "capital": 2.0,
    "primary": 1.0,  # the place's own name rather than an alternate one
    "named_after": {"adm1": 1.6, "adm2": 1.6},
    "in_namesake": 0.3,
    "dominant_share": 0.3,  # a town with this share of its province's people "names" it
    "country_share": 2.0,  # times the share of the article's places in the same country
    "country_seen": 0.8,
    "adm1_seen": 1.5,
    "adm1_implied": 0.4,  # a town's province counts as seen, at this share of a named one
    "near": ((50, 1.5), (200, 1.0), (600, 0.4)),
    "stated_distance": 2.0,  # "A, 100 km from B" and A's candidate lies ~100 km from B
    # Oceans, seas and world regions carry no population; this stands in for a continent's
    # population term so that "the Atlantic" is not outweighed by a village called Atlantic.
    "area": 3.5,
    # an item of a list of places ("Oregon, Texas, Washington and Wyoming") is of the kind and
    # country most of the list's other items are
    "list_kind": 2.0,
}
# A place outside the countries the article names (see Geocoder._bound) is taken only when it
# is self-evident: a country, or a province or town this big, by its own exact name.
OUTSIDE_MIN_POP = 100_000
OUTSIDE_ALIAS_MIN_POP = 1_000_000  # an alternate name ("Bombay") crosses the bound only this big
# ... or a town the world writes about (this many alternate names: the top 5 % of small towns),
FAMOUS_ALT_NAMES = 20
# ... or one that lies this close to another place the article names (a cluster of small towns
# of a country the text never names: "Danbury ... New Milford ... Litchfield").
SUPPORT_KM = 100.0
FUZZY_MIN_SCORE = 84.0
FUZZY_MIN_LEN = 5
EMBEDDED_POP = 100_000
EMBEDDED_ALONE_POP = 500_000  # a town this big inside a longer name needs no article context
# An unresolved name is placed at a town mentioned at most this many characters away.
INFER_TOWN_CHARS = 1500
HIERARCHY_CHARS = 60  # "X village (Y district, Z province)": units this close after X hold it
TOWN_BEFORE_REACH = 250  # characters before a placeless event where a town told sets its place
def name_cue(name: str) -> str | None:
    """The cue a name carries in its own last word: "Oaxaca State", "Karak district" (the
    packs' ``admin_suffixes``; a town word, "stad", is no cue)."""
    words = name_key(name).split()
    unit = lexicon(None).admin_suffixes.get(words[-1]) if len(words) > 1 else None
    return unit if unit in ADMIN_CUES else None


PRECISION = {"city": 1, "adm2": 2, "adm1": 3, "country": 3, "continent": 3}


@dataclass
class Candidate:
    entry: Entry
    primary: bool
    tier: int
    score: float = 0.0
    embedded: bool = False  # found inside a longer name ("Colorado State University")


@dataclass
class Resolution:
    """A mention and the place chosen for it (``entry`` None when nothing fits)."""

    mention: PlaceMention
    entry: Entry | None
    candidates: list[Candidate] = field(default_factory=list)
    demonym: bool = False
    margin: float = 0.0
    # No candidate fits: ``entry`` is then the place the article's nearby mentions support (see
    # Geocoder.infer_unresolved), never a namesake; event geocoding ignores such entries.
    inferred: bool = False

    @property
    def known_entry(self) -> Entry:
        """``entry``, where the caller kept only resolved mentions (None there is a bug)."""
        if self.entry is None:
            raise ValueError(f"{self.mention.text!r} was not resolved")
        return self.entry

    @property
    def point(self) -> tuple[float, float] | None:
        """Where the toponym lies as geoparsing reports it. A name that names a country or a
        province stands for all of it: its geographic centre (``data/country_points.tsv``,
        ``data/admin1_points.tsv``). A place only known to lie in one (inferred, or a longer
        name holding the unit's: "Colorado State University") is more likely where its people
        live: the gazetteer's point, the median of its towns; so is a province that shares its
        name with a town inside it ("New York"), which the name may mean. Any other place at
        its gazetteer coordinates. Events keep the entry's own coordinates (to_place)."""
        e = self.entry
        if e is None:
            return None
        if self.inferred or any(c.embedded and c.entry.id == e.id for c in self.candidates):
            return e.lat, e.lon
        if e.kind == "country" and e.cc:
            centre = country_points().get(e.cc)
            if centre is not None:
                return centre
        if e.kind in ("adm1", "adm2") and not any(
                Geocoder._contains(e, c.entry) for c in self.candidates):
            centre = admin_points().get(e.id)
            if centre is not None:
                return centre
        return e.lat, e.lon


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
        if lexicon(lang).is_common(name):
            return [], False  # variants and fuzzy matches never apply to common words
        tkey = translit_key(name)
        found = [Candidate(e, p, 1) for e, p, _ in self.gaz.by_key("tkey", tkey)]
        if found or not allow_fuzzy:
            return found, False
        if len(words) > 1 and (inner := self._embedded(name, lang)):
            return inner, False
        if len(tkey) < FUZZY_MIN_LEN:
            return [], False
        best: dict[int, Candidate] = {}
        for other in self.gaz.tkeys_for_skeleton(skeleton_key(name)):
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
                if not part[:1].isupper() or lex.is_common(part):
                    continue
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

    @staticmethod
    def _prior(c: Candidate, cue: str | None) -> float:
        e = c.entry
        score = KIND_PRIOR[e.kind] + W["pop"] * math.log10(e.population + 10)
        if e.kind == "continent" and not e.population:
            score += W["area"]
        if e.kind in ("city", "country"):  # fame: how many languages write about the place
            score += W["fame"] * math.log10(e.alt_names + 1)
        if e.fcode == "PPLC":
            score += W["capital"]
        if c.primary:
            score += W["primary"]
        score -= TIER_PENALTY[c.tier]
        if cue:
            score += CUE_KINDS.get(cue, {}).get(e.kind, 0.0)
        return score

    @staticmethod
    def _contains(unit: Entry, town: Entry) -> bool:
        """The town lies in the unit (both candidates of one name: they share it)."""
        return (unit.kind in ("adm1", "adm2") and town.kind == "city"
                and unit.id in (town.adm1, town.adm2))

    @classmethod
    def _named_after(cls, unit: Entry, town: Entry) -> bool:
        """The unit is named after a town inside it (Kunduz, Gaza, Jenin): by its own name, or
        because the town holds a large share of the unit's people."""
        if not cls._contains(unit, town):
            return False
        if name_key(town.name) in name_key(unit.name):
            return True
        return town.population >= W["dominant_share"] * max(unit.population, 1)

    def _score(self, cands: list[Candidate], cue: str | None, ctx: _Context | None) -> None:
        """Prior, cue and context per candidate.

        A town and the unit that shares its name are one referent against namesakes elsewhere:
        the town competes with the stronger of its own prior and that of the unit named after
        it (Gaza City with the Gaza governorate, against Mozambique's Gaza province), and the
        bare name then means the town unless a cue asks for the unit.
        """
        ids = {c.entry.id for c in cands}
        priors = {c.entry.id: self._prior(c, cue) for c in cands}
        admin_cue = cue in ADMIN_CUES
        for c in cands:
            e = c.entry
            s = priors[e.id]
            if not admin_cue and any(self._named_after(e, o.entry) for o in cands):
                s -= W["named_after"][e.kind]
            if e.kind == "city" and (e.adm1 in ids or e.adm2 in ids):
                units = [o for o in cands if self._named_after(o.entry, e)]
                if units and not admin_cue:
                    s = max(s, *(priors[u.entry.id] for u in units))
                s += W["in_namesake"]
            if ctx is not None:
                s += ctx.bonus(e)
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
        ctx = _Context(self)
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
    def _acceptable(best: Candidate, ctx: _Context) -> bool:
        """Refuse a weak namesake: a small, inexact or out-of-context town is not a guess."""
        e = best.entry
        if best.embedded and e.kind not in ("country", "continent") and not ctx.in_context(e) and (
                e.kind != "city" or e.population < EMBEDDED_ALONE_POP):
            # "Convention Centre" is not Burkina Faso's Centre region; "hotel W Amsterdam" is
            # in Amsterdam, a city big enough to stand for itself
            return False
        if e.kind != "city":
            return best.tier < 2 or ctx.in_context(e)
        if ctx.in_context(e):
            return True
        if best.tier == 2:
            return e.population >= EMBEDDED_POP and not ctx.countries
        if ctx.countries and e.population < 20000:
            return False
        return not (best.tier == 1 and e.population < 5000)

    # ---- whole articles ---------------------------------------------------------------------

    def resolve_mentions(
        self, text: str, mentions: list[PlaceMention], *, lang: str | None = None,
        infer: bool = False,
    ) -> list[Resolution]:
        """Resolve every mention of one article together, so each informs the others.

        With ``infer``, names no candidate fits get the place the article supports around them
        (marked ``inferred``; see :meth:`infer_unresolved`)."""
        out: list[Resolution] = []
        for m in mentions:
            cands, demonym = self.candidates(m.text, lang=lang)
            if m.cue is None and (cue := name_cue(m.text)):
                m = m.model_copy(update={"cue": cue})
            out.append(Resolution(m, None, cands, demonym))
        qualifiers = _qualifiers(text, out)
        distances = _stated_distances(text, out, lang)
        lists = _lists(text, out, lang)
        # Pass 1: priors only. Pass 2 and 3: with the context the other mentions give.
        ctx = _Context(self)
        for _ in range(3):
            for i, r in enumerate(out):
                if not r.candidates:
                    continue
                local = ctx.without(r) if ctx.built else None
                self._score(r.candidates, r.mention.cue, local)
                if i in qualifiers:
                    for c in r.candidates:
                        c.score += qualifiers[i].bonus(c)
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
            ctx = _Context.from_resolutions(self, out)
        self._keep_within_bound(out, qualifiers, lang, ctx)
        for r in out:
            if r.entry is None:
                continue
            best = next(c for c in r.candidates if c.entry.id == r.entry.id)
            if not self._acceptable(best, ctx.without(r)):
                r.entry = None
            elif r.mention.cue in (PlaceCue.PROVINCE, PlaceCue.REGION) and r.entry.kind == "city":
                r.entry = self._unit_named_after(r.entry) or r.entry
        # "X, Y": Y as the article reads it. "Holliday, Missouri" where the gazetteer has no
        # Holliday in Missouri: a small namesake elsewhere is not it; the name lies in Y.
        within = {i: unit for i, q in qualifiers.items()
                  if isinstance(q, _Qualifier) and i + 1 < len(out)
                  and (unit := out[i + 1].entry) is not None
                  and unit.kind in ("adm1", "country")}
        for i, unit in within.items():
            r = out[i]
            if (unit.kind == "adm1" and r.entry is not None and r.entry.kind == "city"
                    and r.entry.population < OUTSIDE_MIN_POP
                    and not any(_lies_in(c.entry, unit) for c in r.candidates)):
                r.entry = None
        if infer:
            self.infer_unresolved(out, within)
        return out

    @staticmethod
    def _self_evident(c: Candidate) -> bool:
        """A candidate that needs no context to be meant: a country or world region, or a
        province or town of OUTSIDE_MIN_POP people by its own exact name (an alternate name
        only for a city of millions)."""
        e = c.entry
        if e.kind in ("country", "continent"):
            return True
        if c.tier > 0 or c.embedded:
            return False
        return e.population >= (OUTSIDE_MIN_POP if c.primary else OUTSIDE_ALIAS_MIN_POP)

    def _bound(self, out: list[Resolution], lang: str | None) -> set[str]:
        """The countries the article names: by a country's name, a demonym ("Afghan forces":
        the actors' countries), a town that is self-evident, or a province named as one
        ("Borno state"). Generic words
        ("Sal", "Camp") and fuzzy or transliterated matches never widen it."""
        lex = lexicon(lang)
        bound: set[str] = set()
        for r in out:
            e = r.entry
            if e is None or not e.cc or lex.is_generic(r.mention.text):
                continue
            chosen = next((c for c in r.candidates if c.entry.id == e.id), None)
            if chosen is None or not (r.demonym or self._self_evident(chosen)):
                continue
            if e.kind in ("adm1", "adm2") and r.mention.cue not in ADMIN_CUES:
                # a bare "Miranda" may be a person; "Miranda state", or a province with
                # another place of its country in the article, is the place
                key = name_key(r.mention.text)
                if not any(o.entry is not None and o.entry.cc == e.cc and o.entry.id != e.id
                           and name_key(o.mention.text) != key and not o.demonym
                           for o in out):
                    continue
            bound.add(e.cc)
        sovereign = _territories()
        for cc in list(bound):  # a state holds its territories, a territory its state
            bound.add(sovereign.get(cc, cc))
        bound.update(t for t, state in sovereign.items() if state in bound)
        return bound

    def _keep_within_bound(
        self, out: list[Resolution], qualifiers: dict, lang: str | None, ctx: _Context
    ) -> None:
        """Consistency as a constraint, not a weight: once the article names its countries, a
        name resolves outside them only when the text points there ("X, Y" with Y the
        candidate's own country or province) or the place is self-evident (a country, a big
        town by its exact name). A fuzzy, transliterated or alias match, or a small namesake
        abroad, never crosses the bound: the best candidate inside it is taken, else none (the
        event then falls back to the district or province the text names). A generic place
        word ("Camp", "Qala") is a place only inside the bound or with a qualifier."""
        bound = self._bound(out, lang)
        lex = lexicon(lang)
        for i, r in enumerate(out):
            if r.entry is None or r.demonym:
                continue
            qualifier = qualifiers.get(i)
            generic = lex.is_generic(r.mention.text)
            if not bound and not generic:
                continue

            others = ctx.without(r).index()

            def allowed(c: Candidate, q=qualifier, g=generic, near=others) -> bool:
                e = c.entry
                if isinstance(q, _Qualifier) and q.bonus(c) > 0:
                    return True  # "X, Y": the text names where X lies
                if e.cc in bound and e.kind != "country":
                    return True
                if g:
                    return False
                if self._self_evident(c):
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
        province or country the article's resolved places share. A name the text places
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
            unit = self._shared_unit(known)
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

    def geocode_events(self, article: Article, events: list[Event], doc=None) -> None:
        """Fill the location fields of ``events`` from their place candidates and the article."""
        lang = article.language
        text = article.text
        found = find_toponyms(text, lang or "en", doc=doc, gazetteer=self)
        spans = {(m.start, m.end): m for m in found}
        for ev in events:
            for pc in ev.place_candidates:
                known = spans.get((pc.start, pc.end))
                # The extractor may name the place its words point at (a landmark's town):
                # that reading wins over the raw words.
                renamed = pc.text != text[pc.start : pc.end]
                if known is None or renamed or (pc.cue and not known.cue):
                    spans[(pc.start, pc.end)] = pc
        mentions = sorted(spans.values(), key=lambda m: m.start)
        resolutions = self.resolve_mentions(text, mentions, lang=lang)
        by_span = {(r.mention.start, r.mention.end): r for r in resolutions}
        for ev in events:
            self._geocode_event(article, ev, by_span, resolutions)

    def _geocode_event(
        self,
        article: Article,
        ev: Event,
        by_span: dict[tuple[int, int], Resolution],
        resolutions: list[Resolution],
    ) -> None:
        chosen: Resolution | None = None
        site: Resolution | None = None  # a national institution of a country the text names
        own = [r for pc in ev.place_candidates
               if (r := by_span.get((pc.start, pc.end))) and r.entry and not r.inferred]
        for pc in ev.place_candidates:
            r = by_span.get((pc.start, pc.end))
            if r and r.entry and pc.cue == PlaceCue.NATIONAL_SITE and r.entry.kind == "country":
                site = site or r  # "het hoofdkwartier van de Soedanese strijdkrachten"
                continue
            if r and r.entry and not r.demonym and r.entry.kind != "continent" and (
                    _fits_units(r, own)):
                chosen = r
                break
        capital = self.gaz.capital(site.known_entry.cc) if chosen is None and site else None
        if chosen is not None:
            cue = chosen.mention.cue
            place = self.to_place(chosen.known_entry, self.precision(chosen.known_entry, cue))
            support = [chosen]
        elif capital is not None:
            place = self.to_place(capital, 2)  # in the capital, by inference: around it
            support = [site] if site is not None else []
        else:
            fallback = self._fallback(ev, resolutions)
            if fallback is None:
                return
            entry, support, precision = fallback
            place = self.to_place(entry, precision)
        ev.location = place.location
        ev.latitude, ev.longitude = place.latitude, place.longitude
        ev.geonameid = place.geonameid
        ev.country, ev.iso3 = place.country, place.iso3
        ev.admin1, ev.admin2 = place.admin1, place.admin2
        ev.geo_precision = place.geo_precision
        for r in support:
            evidence = _evidence("location", article, r.mention)
            if evidence not in ev.evidence:
                ev.evidence.append(evidence)
        chosen_entry = chosen.entry if chosen else None
        adm1_id = (chosen_entry.adm1 if chosen_entry and chosen_entry.kind != "adm1"
                   else chosen_entry.id if chosen_entry else None)
        for r in resolutions:
            if r.entry is None or r in support:
                continue
            if adm1_id and r.entry.id == adm1_id:
                ev.evidence.append(_evidence("admin1", article, r.mention))
            elif r.entry.kind == "country" and place.iso3 and r.entry.cc and (
                self._iso3.get(r.entry.cc) == place.iso3
            ):
                ev.evidence.append(_evidence("country", article, r.mention))

    def _fallback(
        self, ev: Event, resolutions: list[Resolution]
    ) -> tuple[Entry, list[Resolution], int] | None:
        """No candidate resolved: the article's best context, as imprecise as it is.

        A province named near the event's own place mention (precision 3); else, for an
        event whose words name no place of their own, the town told just before them
        ("zaterdag in Amsterdam ... Tijdens de antiracismemars", precision 2); else the town
        the article centres on, mentioned at least twice and twice as often as any other town
        of its country, or its only town when the event names a place the gazetteer lacks
        (precision 2: somewhere around it, as for an unknown street or square); else, for an
        event at a national institution (parliament, army headquarters), the capital of the
        article's main country (precision 2);
        else the article's main country (precision 3)."""
        resolved = [r for r in resolutions if r.entry is not None]
        if not resolved:
            return None
        countries = Counter(r.known_entry.cc for r in resolved if r.known_entry.cc)
        if not countries:
            return None
        top_cc, _ = countries.most_common(1)[0]
        # The extractor's country for this event (from its own words) beats the article's
        # most-mentioned country: a news round-up names many countries.
        hinted = self._country_code(ev.country)
        if hinted and hinted in countries:
            top_cc = hinted
        # A province named near the event's own place mention keeps it at that admin level.
        anchors = [pc.start for pc in ev.place_candidates]
        provinces = [r for r in resolved
                     if r.known_entry.kind == "adm1" and r.known_entry.cc == top_cc]
        if anchors and provinces:
            near = min(provinces, key=lambda r: min(abs(r.mention.start - a) for a in anchors))
            if min(abs(near.mention.start - a) for a in anchors) < 200:
                return near.known_entry, [near], 3
        local = [r for r in resolved
                 if r.known_entry.kind == "city" and r.known_entry.cc == top_cc and not r.demonym]
        told = [e.start for e in ev.evidence if e.field == "event_type"]
        if told and not any(pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates):
            first = min(told)
            before = [r for r in local if first - TOWN_BEFORE_REACH <= r.mention.start < first]
            if before:
                nearest = max(before, key=lambda r: r.mention.start)
                return nearest.known_entry, [nearest], 2
        towns = Counter(r.known_entry.id for r in local)
        ranked = towns.most_common(2)
        # (or the one town of that country the article names at all, when the event's own
        # place is a street or venue the gazetteer lacks: "de Spuistraat" ... "W Amsterdam")
        alone = len(ranked) == 1 and any(pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates)
        if ranked and (ranked[0][1] >= 2 or alone) and (
                len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            support = [r for r in resolved if r.known_entry.id == ranked[0][0]]
            return support[0].known_entry, support[:1], 2
        # A province named near the words that tell the event is where it is, at province
        # precision, rather than the whole country ("in Tarmiyah district, Salah al-Din").
        if told and provinces:
            near = min(provinces, key=lambda r: min(abs(r.mention.start - t) for t in told))
            if min(abs(near.mention.start - t) for t in told) < 200:
                return near.known_entry, [near], 3
        country = self._countries.get(top_cc)
        if country is None:
            return None
        support = [r for r in resolved if r.known_entry.id == country.id]
        # a national institution ("het hoofdkwartier van de Soedanese strijdkrachten", "outside
        # parliament") stands in the capital: around it (precision 2), not the whole country
        if any(pc.cue == PlaceCue.NATIONAL_SITE for pc in ev.place_candidates):
            capital = self.gaz.capital(top_cc)
            if capital is not None:
                return capital, support[:1], 2
        return country, support[:1], 3


@cache
def _territories() -> dict[str, str]:
    """Dependent territory -> sovereign state (``geo/data/territories.tsv``)."""
    rows = tsv_rows(Path(__file__).parent / "data" / "territories.tsv")
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2}


def _fits_units(r: Resolution, own: list[Resolution]) -> bool:
    """The place lies in every unit the event's words name right after it, as a hierarchy
    ("X village (Y district, Z province)", "X, Z", "X in Y district"): a namesake in another
    province or country is not the event's place, which then goes to the district or province
    named (the event's next place). Units told elsewhere (a list of provinces) do not bind."""
    e = r.known_entry
    for u in own:
        unit = u.entry
        if u is r or unit is None or u.demonym or unit.id == e.id:
            continue
        gap = u.mention.start - r.mention.end
        if not 0 <= gap <= HIERARCHY_CHARS:
            continue
        if unit.kind == "country" and u.mention.cue != PlaceCue.NATIONAL_SITE:
            inside = e.cc == unit.cc
        elif unit.kind == "adm1" and e.kind in ("city", "adm2") and e.adm1 is not None:
            inside = e.adm1 == unit.id
        elif unit.kind == "adm2" and e.kind == "city" and e.adm1 is not None:
            inside = unit.id == e.adm2 or unit.adm1 == e.adm1
        else:
            inside = True
        if not inside:
            return False
    return True


def _lies_in(e: Entry, unit: Entry) -> bool:
    """The place is the unit or lies in it (by its country or province)."""
    if e.id == unit.id:
        return True
    if unit.kind == "country":
        return e.cc == unit.cc
    return unit.kind in ("adm1", "adm2") and unit.id in (e.adm1, e.adm2)


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


def _evidence(field_name: str, article: Article, m: PlaceMention) -> Evidence:
    return Evidence(
        field=field_name, article_id=article.id, start=m.start, end=m.end,
        text=article.text[m.start:m.end],
    )


class _Context:
    """What the rest of an article says about where it is."""

    def __init__(self, geocoder: Geocoder) -> None:
        self.geocoder = geocoder
        # Counters of float weights (typeshed types a Counter's values as int)
        self.countries: Counter[str] = Counter()
        self.adm1: Counter[int] = Counter()
        self.points: list[tuple[int, float, float, float]] = []  # (mention idx, lat, lon, weight)
        self.built = False
        self._by_mention: dict[int, tuple[str | None, int | None, str, float]] = {}
        self._index: tuple[int, PointIndex] | None = None

    def index(self) -> PointIndex:
        """The points as a :class:`PointIndex`, rebuilt only when points were added."""
        if self._index is None or self._index[0] != len(self.points):
            self._index = (len(self.points), PointIndex([(lat, lon) for _, lat, lon, _ in
                                                         self.points]))
        return self._index[1]

    @classmethod
    def from_resolutions(cls, geocoder: Geocoder, out: list[Resolution]) -> _Context:
        ctx = cls(geocoder)
        ctx.built = True
        for i, r in enumerate(out):
            e = r.entry
            if e is None:
                continue
            chosen = next((c for c in r.candidates if c.entry.id == e.id), None)
            if chosen is not None and chosen.tier > 0 and e.kind == "city":
                # A town reached only by transliteration or fuzzy matching is a guess: it never
                # pulls the article's other names abroad.
                continue
            weight = 1.0 if r.margin > 1.0 else 0.5
            if e.cc:
                ctx.countries[e.cc] += weight  # type: ignore[assignment]  # float weights
            adm1 = e.id if e.kind == "adm1" else e.adm1
            if adm1:
                ctx.adm1[adm1] += weight * (  # type: ignore[assignment]  # float weights
                    1.0 if e.kind == "adm1" else W["adm1_implied"])
            if e.kind in ("city", "adm2"):
                ctx.points.append((i, e.lat, e.lon, weight))
            ctx._by_mention[i] = (e.cc, adm1, name_key(r.mention.text), weight)
        return ctx

    def without(self, r: Resolution) -> _Context:
        """The context minus every mention of the same name (no self-reinforcement)."""
        key = name_key(r.mention.text)
        sub = _Context(self.geocoder)
        sub.built = True
        sub.countries = Counter(self.countries)
        sub.adm1 = Counter(self.adm1)
        for cc, adm1, k, w in self._by_mention.values():
            if k != key:
                continue
            if cc:
                sub.countries[cc] -= w  # type: ignore[assignment]  # float weights
            if adm1:
                sub.adm1[adm1] -= w  # type: ignore[assignment]  # float weights
        sub.countries = +sub.countries
        sub.adm1 = +sub.adm1
        skip = {i for i, (_, _, k, _) in self._by_mention.items() if k == key}
        sub.points = [p for p in self.points if p[0] not in skip]
        return sub

    def in_context(self, e: Entry) -> bool:
        if e.cc and self.countries.get(e.cc, 0) >= 0.5:
            return True
        return self.index().any_within(e.lat, e.lon, 150)

    def bonus(self, e: Entry) -> float:
        total = sum(self.countries.values())
        b = 0.0
        if e.cc and total:
            seen = self.countries.get(e.cc, 0)
            b += W["country_share"] * seen / total + (W["country_seen"] if seen > 0 else 0.0)
        adm1 = e.id if e.kind == "adm1" else e.adm1
        if adm1 and self.adm1.get(adm1, 0.0) >= 0.5:  # named, or implied by two towns
            b += W["adm1_seen"]
        if e.kind == "city" and self.points:
            d = self.index().nearest_km(e.lat, e.lon, max(km for km, _ in W["near"]))
            b += next((w for km, w in W["near"] if d < km), 0.0)
        return b


@dataclass
class _Qualifier:
    """"X, Y": X lies in Y (Paris, Texas; Kunduz, Afghanistan)."""

    within: Entry

    def bonus(self, c: Candidate) -> float:
        """For X's candidate: lying in Y. A town matched only by an alternate name gets less
        ("Washington, New York and Boston" is a list, not Watervliet, once called Washington)."""
        e, w = c.entry, self.within
        if w.kind == "country":
            inside = e.cc == w.cc and e.kind != "country"
        else:
            inside = w.kind == "adm1" and e.adm1 == w.id
        if not inside:
            return 0.0
        return (3.0 if w.kind == "country" else 4.0) * (1.0 if c.primary else 0.4)


@dataclass
class _Qualified:
    """"X, Y" seen from Y: Y is the unit X's best-known namesake lies in ("Tacoma, Washington"
    is the state, not the capital)."""

    town: Entry

    def bonus(self, c: Candidate) -> float:
        e, t = c.entry, self.town
        if e.kind == "adm1" and t.adm1 == e.id or e.kind == "country" and t.cc == e.cc:
            return 3.0
        return 0.0


def _stated_distances(
    text: str, out: list[Resolution], lang: str | None
) -> dict[int, list[tuple[int, float]]]:
    """"A, 100 km from B": mention pairs (both ways) with the distance the text states
    between them; A is the closest mention before B in the same sentence."""
    pairs: dict[int, list[tuple[int, float]]] = {}
    for j in range(1, len(out)):
        km = stated_distance(text, out[j].mention.start, lang)
        if km is None:
            continue
        i = j - 1
        if any(ch in ".!?\n" for ch in text[out[i].mention.end:out[j].mention.start]):
            continue
        pairs.setdefault(i, []).append((j, km))
        pairs.setdefault(j, []).append((i, km))
    return pairs


def _distance_bonus(e: Entry, other: Entry, km: float) -> float:
    """Reward a candidate lying about the stated distance from the other place, and penalise
    one lying much nearer or farther (which the plain proximity bonus would favour)."""
    if e.kind not in ("city", "adm2") or other.kind not in ("city", "adm2"):
        return 0.0
    d = haversine_km(e.lat, e.lon, other.lat, other.lon)
    fits = abs(d - km) <= max(25.0, 0.5 * km)
    return W["stated_distance"] if fits else -W["stated_distance"]


def _qualifiers(text: str, out: list[Resolution]) -> dict[int, _Qualifier | _Qualified]:
    """"X, Y" pairs: X gets a _Qualifier (lies in Y), Y a _Qualified (holds X's best-known
    namesake, when that is a town)."""
    quals: dict[int, _Qualifier | _Qualified] = {}
    for i in range(len(out) - 1):
        a, b = out[i].mention, out[i + 1].mention
        between = text[a.end:b.start]
        if between.strip() != "," or len(between) > 3:
            continue
        best = [c for c in out[i + 1].candidates if c.entry.kind in ("adm1", "country")]
        if best:
            top = max(best, key=lambda c: Geocoder._prior(c, None))
            quals[i] = _Qualifier(top.entry)
            towns = [c for c in out[i].candidates if c.entry.kind == "city"]
            if towns and i + 1 not in quals:
                quals[i + 1] = _Qualified(max(towns, key=lambda c: Geocoder._prior(c, None)).entry)
    return quals


@dataclass
class _ListItem:
    """A name in a list of names ("Washington, Pennsylvania and California")."""

    others: list[int]  # the list's other items (indices into the article's resolutions)

    def bonus(self, c: Candidate, out: list[Resolution]) -> float:
        """For the item's candidate: being of the kind and country of at least two thirds of
        the list's other items (at least two), as they stand after the last pass."""
        kinds = Counter((e.kind, e.cc) for j in self.others if (e := out[j].entry) is not None)
        if not kinds:
            return 0.0
        (kind, cc), n = kinds.most_common(1)[0]
        if n < 2 or 3 * n < 2 * len(self.others):
            return 0.0
        return W["list_kind"] if (c.entry.kind, c.entry.cc) == (kind, cc) else 0.0


def _lists(text: str, out: list[Resolution], lang: str | None) -> dict[int, _ListItem]:
    """Lists of three names or more joined only by the language's coordination words and
    marks, one of them a word ("A, B and C"; a run of commas alone is a hierarchy:
    "Buffalo, New York, United States")."""
    joiners = lexicon(lang).coordination
    items: dict[int, _ListItem] = {}
    run: list[int] = []
    worded = False

    def close() -> None:
        if len(run) >= 3 and worded:
            for i in run:
                items[i] = _ListItem([j for j in run if j != i])

    for i, r in enumerate(out):
        if run:
            between = text[out[run[-1]].mention.end:r.mention.start]
            tokens = between.replace(",", " , ").lower().split()
            if tokens and len(between) <= 12 and all(t in joiners for t in tokens):
                run.append(i)
                worded = worded or any(t.isalpha() for t in tokens)
                continue
            close()
        run, worded = [i], False
    close()
    return items


_LOCK = threading.Lock()
_INSTANCE: Geocoder | None = None


def get_geocoder() -> Geocoder:
    """The process-wide geocoder (builds the gazetteer index on first use)."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None:
            _INSTANCE = Geocoder()
        return _INSTANCE
