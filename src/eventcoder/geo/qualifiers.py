"""What the text says between an article's names: "X, Y" qualifiers, lists of names and stated
distances ("A, 100 km from B"), each read once per article and added to the candidates' scores
on every pass.

Why a module of its own: these read the text around the mentions, not the gazetteer or the
rest of the article, and the country bound needs the qualifiers too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from eventcoder.distance import haversine_km
from eventcoder.geo.admin_units import nested_in
from eventcoder.geo.candidates import Candidate, Resolution, W, prior
from eventcoder.geo.gazetteer import Entry
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.toponyms import stated_distance

# "X (Y)" with Y a town: X lies this close to it, or in its district (a village by the town
# ACLED names as its district's: "Kahuta (Rawalpindi)")
TOWN_QUALIFIER_KM = 100.0


def near_town(e: Entry, town: Entry) -> bool:
    """A town or district lying by the town: the town itself ("Kabul (Kabul)"), in its
    district or its province, or within TOWN_QUALIFIER_KM."""
    if e.kind not in ("city", "adm2"):
        return False
    if e.id == town.id:
        return True
    if town.adm2 and town.adm2 in (e.id, e.adm2):
        return True
    if town.adm1 and e.adm1 == town.adm1 and e.cc == town.cc:
        # ACLED's brackets name admin units the gazetteer may know only as their capital
        # town: "Tuapse (Krasnodar)" lies in the Krasnodar krai, 105 km from its capital
        return True
    return haversine_km(e.lat, e.lon, town.lat, town.lon) <= TOWN_QUALIFIER_KM


@dataclass
class Qualifier:
    """"X, Y": X lies in Y (Paris, Texas; Kunduz, Afghanistan), or by Y where Y is a town
    ("Tahrir Square (Baghdad)", "Paris (Lexington)")."""

    within: Entry
    unit: int | None = None  # the index of Y's mention when it is not the next one
    bracket: bool = False  # "X (Y)": never a list ("Paris, London and Berlin")

    def bonus(self, c: Candidate) -> float:
        """For X's candidate: lying in Y. A town matched only by an alternate name gets less
        ("Washington, New York and Boston" is a list, not Watervliet, once called Washington)."""
        e, w = c.entry, self.within
        if w.kind == "country":
            inside = e.cc == w.cc and e.kind != "country"
        elif w.kind == "city":
            inside = near_town(e, w)
        else:
            inside = w.kind == "adm1" and (e.adm1 == w.id or nested_in(e.adm1, w.id))
        if not inside:
            return 0.0
        return (3.0 if w.kind == "country" else 4.0) * (1.0 if c.primary else 0.4)


@dataclass
class Qualified:
    """"X, Y" seen from Y: Y is the unit X's best-known namesake lies in ("Tacoma, Washington"
    is the state, not the capital)."""

    town: Entry

    def bonus(self, c: Candidate) -> float:
        e, t = c.entry, self.town
        if e.kind == "adm1" and t.adm1 == e.id or e.kind == "country" and t.cc == e.cc:
            return 3.0
        return 0.0


def stated_distances(
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


def distance_bonus(e: Entry, other: Entry, km: float) -> float:
    """Reward a candidate lying about the stated distance from the other place, and penalise
    one lying much nearer or farther (which the plain proximity bonus would favour)."""
    if e.kind not in ("city", "adm2") or other.kind not in ("city", "adm2"):
        return 0.0
    d = haversine_km(e.lat, e.lon, other.lat, other.lon)
    fits = abs(d - km) <= max(25.0, 0.5 * km)
    return W["stated_distance"] if fits else -W["stated_distance"]


def qualifiers(text: str, out: list[Resolution]) -> dict[int, Qualifier | Qualified]:
    """"X, Y" and "X (Y)" pairs: X gets a Qualifier (lies in Y), Y a Qualified (holds X's
    best-known namesake, when that is a town)."""
    quals: dict[int, Qualifier | Qualified] = {}
    for i in range(len(out) - 1):
        a, b = out[i].mention, out[i + 1].mention
        between = text[a.end:b.start]
        if between.strip() not in (",", "(") or len(between) > 3:
            continue  # "Palma, Cabo Delgado", "Palma (Cabo Delgado)"
        bracket = between.strip() == "("
        best = [c for c in out[i + 1].candidates if c.entry.kind in ("adm1", "country")]
        if best:
            top = max(best, key=lambda c: prior(c, None))
            quals[i] = Qualifier(top.entry, bracket=bracket)
            towns = [c for c in out[i].candidates if c.entry.kind == "city"]
            if towns and i + 1 not in quals:
                quals[i + 1] = Qualified(max(towns, key=lambda c: prior(c, None)).entry)
        elif towns := [c for c in out[i + 1].candidates if c.entry.kind == "city"]:
            # "Tahrir Square (Baghdad)", "Paris (Lexington)": by the town Y
            quals[i] = Qualifier(max(towns, key=lambda c: prior(c, None)).entry, bracket=bracket)
    for i in range(len(out) - 2):
        # "Palma (Palma, Cabo Delgado)", "X (Z district, Y)": X lies in Y too, as ACLED's
        # notes write a town with its district and province
        a, z, y = out[i].mention, out[i + 1].mention, out[i + 2].mention
        if text[a.end:z.start].strip() != "(" or not _UNIT_COMMA.fullmatch(text[z.end:y.start]):
            continue
        best = [c for c in out[i + 2].candidates if c.entry.kind in ("adm1", "country")]
        if best:
            top = max(best, key=lambda c: prior(c, None))
            quals[i] = Qualifier(top.entry, i + 2, bracket=True)
    return quals


# between Z and Y in "X (Z, Y)": a comma, after at most one unit word ("district")
_UNIT_COMMA = re.compile(r"(?:\s+[^\W\d]+)?\s*,\s*")


def told_units(quals: dict[int, Qualifier | Qualified], out: list[Resolution]) -> dict[int, Entry]:
    """"X, Y", "X (Y)" and "X (Z, Y)": X's index -> Y as the article resolved it, where Y is a
    province or country, or a town (X lies by it)."""
    within = {}
    for i, q in quals.items():
        j = q.unit if isinstance(q, Qualifier) and q.unit is not None else i + 1
        if isinstance(q, Qualifier) and j < len(out) and (
                unit := out[j].entry) is not None and not out[j].inferred and (
                unit.kind in ("adm1", "country", "city")):
            within[i] = unit
    return within


@dataclass
class ListItem:
    """A name in a list of names ("Washington, Pennsylvania and California")."""

    others: list[int]  # the list's other items (indices into the article's resolutions)

    def bonus(self, c: Candidate, out: list[Resolution]) -> float:
        """For the item's candidate: being of the kind and country of at least two thirds of
        the list's other items (the other one of a pair), as they stand after the last pass;
        of their kind alone where that is a country (a list of countries shares no country:
        Niger among West Africa's countries is the country, not Nigeria's state). Which
        country a list's towns share is seeded by :mod:`.list_support`."""
        kinds = Counter(_kind(e) for j in self.others if (e := out[j].entry) is not None)
        if not kinds:
            return 0.0
        kind, n = kinds.most_common(1)[0]
        if 3 * n < 2 * len(self.others):
            return 0.0
        return W["list_kind"] if _kind(c.entry) == kind else 0.0


def _kind(e: Entry) -> tuple[str, str | None]:
    """What a list's items share: kind and country, or for a country its kind alone."""
    return e.kind, None if e.kind == "country" else e.cc


def lists(text: str, out: list[Resolution], lang: str | None) -> dict[int, ListItem]:
    """Lists of two names or more joined only by the language's coordination words and
    marks, one of them a word ("A, B and C", "California or Washington"; a run of commas alone
    is a hierarchy: "Buffalo, New York, United States")."""
    joiners = lexicon(lang).coordination
    items: dict[int, ListItem] = {}
    run: list[int] = []
    worded = False

    def close() -> None:
        if len(run) >= 2 and worded:
            for i in run:
                items[i] = ListItem([j for j in run if j != i])

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
