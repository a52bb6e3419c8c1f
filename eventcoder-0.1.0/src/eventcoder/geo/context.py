"""What the rest of an article says about where it is: the countries, provinces and towns its
other mentions resolved to, as a bonus for each candidate.

Why a module of its own: the context is rebuilt between the resolver's passes and handed, minus
the mention being scored, to scoring, acceptance and the country bound; it needs only the
candidate records, not the geocoder.
"""

from __future__ import annotations

from collections import Counter

from eventcoder.distance import PointIndex, haversine_km
from eventcoder.geo.candidates import Resolution, W
from eventcoder.geo.gazetteer import Entry, Gazetteer
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.records import ADMIN_CUES


def base_key(name: str) -> str:
    """The name without a trailing unit word or a qualifier after a comma: "Karak district",
    "Karak, Jordan" and "Karak" are one name, which never vouches for itself (a district and a
    town of that name abroad would; "Washington, D.C." does not make the bare "Washington" of
    a story that names Washington state the capital)."""
    words = name_key(name.split(",")[0] or name).split()
    if len(words) > 1 and lexicon(None).admin_suffixes.get(words[-1]) in ADMIN_CUES:
        words = words[:-1]  # not a town word: "New York City" vouches for New York
    return " ".join(words)


# A town under this many people is no place an article means by its country alone (see stray).
STRAY_MAX_POP = 20_000
# ... and a village under this many needs no province named to be one (2,500-6,500 give the
# same; 8,000 takes Enfield, Nova Scotia from a Canadian story, to Edmonton)
STRAY_VILLAGE_POP = 5_000


WEIGHT_EPSILON = 1e-9  # weights are sums of floats: below this they are zero
# a country the article's actors belong to weighs as much as one mention of it (resolver hints)
ACTOR_HINT_WEIGHT = 1.0

class ArticleContext:
    """What the rest of an article says about where it is."""

    def __init__(self) -> None:
        # Counters of float weights (typeshed types a Counter's values as int)
        self.countries: Counter[str] = Counter()
        self.adm1: Counter[int] = Counter()
        self.adm2: Counter[int] = Counter()  # the districts the article's towns lie in
        self.points: list[tuple[int, float, float, float]] = []  # (mention idx, lat, lon, weight)
        self.built = False
        self._by_mention: dict[int, tuple[str | None, int | None, str, float]] = {}
        self._index: tuple[int, PointIndex] | None = None
        self.provinces: list[tuple[str, str]] = []  # (country, name key) of provinces named
        # per name key: its mentions' (country, province, district of a town, weight, weight
        # added to the province), in mention order, and the
        # contexts without it already made (a context is never changed once built), so that a
        # long article's thousands of mentions cost one subtraction per distinct name
        self._by_key: dict[str, list[tuple[str | None, int | None, int | None, float,
                                           float]]] = {}
        self._skip: dict[str, set[int]] = {}
        self._without: dict[str, ArticleContext] = {}
        self._bonus: dict[Entry, float] = {}

    def index(self) -> PointIndex:
        """The points as a :class:`PointIndex`, rebuilt only when points were added."""
        if self._index is None or self._index[0] != len(self.points):
            self._index = (len(self.points), PointIndex([(lat, lon) for _, lat, lon, _ in
                                                         self.points]))
        return self._index[1]

    @classmethod
    def from_resolutions(cls, out: list[Resolution],
                         hints: frozenset[str] = frozenset()) -> ArticleContext:
        """The context the resolved mentions give, plus ``hints``: countries the article's
        actors belong to, each weighed as one mention of it (no mention's, so never taken
        away by :meth:`without`)."""
        ctx = cls()
        ctx.built = True
        for cc in hints:
            ctx.countries[cc] += ACTOR_HINT_WEIGHT  # type: ignore[assignment]  # float weights
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
            # a town implies its province at a share of a named one
            adm1_weight = weight * (1.0 if e.kind == "adm1" else W["adm1_implied"])
            if adm1:
                ctx.adm1[adm1] += adm1_weight  # type: ignore[assignment]  # float weights
            if e.kind in ("city", "adm2"):
                ctx.points.append((i, e.lat, e.lon, weight))
            adm2 = e.adm2 if e.kind == "city" else None
            if adm2:
                ctx.adm2[adm2] += weight  # type: ignore[assignment]  # float weights
            if e.kind == "adm1" and e.cc and weight >= 1.0:
                ctx.provinces.append((e.cc, base_key(r.mention.text)))
            key = base_key(r.mention.text)
            ctx._by_mention[i] = (e.cc, adm1, key, weight)
            ctx._by_key.setdefault(key, []).append((e.cc, adm1, adm2, weight, adm1_weight))
            ctx._skip.setdefault(key, set()).add(i)
        return ctx

    def without(self, r: Resolution) -> ArticleContext:
        """The context minus every mention of the same name, with or without its unit word
        (no self-reinforcement)."""
        key = base_key(r.mention.text)
        if key in self._without:
            return self._without[key]
        sub = ArticleContext()
        sub.built = True
        sub.countries = Counter(self.countries)
        sub.adm1 = Counter(self.adm1)
        sub.adm2 = Counter(self.adm2)
        for cc, adm1, adm2, w, adm1_w in self._by_key.get(key, ()):
            if cc:
                sub.countries[cc] -= w  # type: ignore[assignment]  # float weights
            if adm1:  # what the mention added: a town only its share (not Utah with Dugway)
                sub.adm1[adm1] -= adm1_w  # type: ignore[assignment]  # float weights
            if adm2:
                sub.adm2[adm2] -= w  # type: ignore[assignment]  # float weights
        # what is left of a weight taken away in floats (1e-16) is no weight
        sub.countries = Counter({k: v for k, v in sub.countries.items() if v > WEIGHT_EPSILON})
        sub.adm1 = Counter({k: v for k, v in sub.adm1.items() if v > WEIGHT_EPSILON})
        sub.adm2 = Counter({k: v for k, v in sub.adm2.items() if v > WEIGHT_EPSILON})
        sub.provinces = [(cc, k) for cc, k in self.provinces if k != key]
        skip = self._skip.get(key, set())
        sub.points = [p for p in self.points if p[0] not in skip]
        self._without[key] = sub
        return sub

    def stray(self, town: Entry, gaz: Gazetteer) -> bool:
        """A small town (under STRAY_MAX_POP) of a country whose provinces the article names,
        outside them and beyond the near bonus's reach (600 km) of every town, district and
        named province the article has: a namesake ("Washington Square", Pennsylvania, in a
        New Orleans story that names Louisiana), not the place meant. The country alone does
        not vouch for it; such a name is better left to inference. A village (under
        STRAY_VILLAGE_POP) is one too where the article names no province but its country
        and towns, all that far ("Congress", Arizona, in a story from Washington)."""
        if town.population >= STRAY_MAX_POP:
            return False
        if not any(cc == town.cc for cc, _ in self.provinces) and not (
                town.population < STRAY_VILLAGE_POP and self.points
                and self.countries.get(town.cc or "", 0.0) >= 1.0):
            return False
        if town.adm1 and self.adm1.get(town.adm1, 0.0) > 0:
            return False
        reach = max(km for km, _ in W["near"])
        if self.index().any_within(town.lat, town.lon, reach):
            return False
        for unit_id, weight in self.adm1.items():
            unit = gaz.get(unit_id) if weight > 0.99 else None  # named, or three of its towns
            if (unit is not None and unit.cc == town.cc
                    and haversine_km(town.lat, town.lon, unit.lat, unit.lon) < reach):
                return False  # GeoNames may file a town under an older province (Etoumbi)
        return True

    def province_only(self, town: Entry) -> bool:
        """The article names the town's province (or two of its towns imply it) but no place
        of the article lies within the near bonus's first step (50 km) of the town."""
        if town.kind != "city" or not town.adm1 or self.adm1.get(town.adm1, 0.0) < 0.5:
            return False
        return not (self.points and self.index().any_within(town.lat, town.lon, W["near"][0][0]))

    def in_context(self, e: Entry) -> bool:
        if e.cc and self.countries.get(e.cc, 0) >= 0.5:
            return True
        return self.index().any_within(e.lat, e.lon, 150)

    def bonus(self, e: Entry) -> float:
        """The context's bonus for ``e``, computed once per entry (the same names recur)."""
        if e not in self._bonus:
            self._bonus[e] = self._compute_bonus(e)
        return self._bonus[e]

    def _compute_bonus(self, e: Entry) -> float:
        total = sum(self.countries.values())
        b = 0.0
        if e.cc and total:
            seen = self.countries.get(e.cc, 0)
            b += W["country_share"] * seen / total + (W["country_seen"] if seen > 0 else 0.0)
        adm1 = e.id if e.kind == "adm1" else e.adm1
        if adm1 and self.adm1.get(adm1, 0.0) >= 0.5:  # named, or implied by two towns
            b += W["adm1_seen"]
        if e.kind == "adm2" and self.adm2.get(e.id, 0.0) > 0:  # holds a town of the article
            b += W["adm2_holds"]
        if e.kind in ("city", "adm2") and self.points:  # a district near them as a town
            d = self.index().nearest_km(e.lat, e.lon, max(km for km, _ in W["near"]))
            b += next((w for km, w in W["near"] if d < km), 0.0)
        return b
