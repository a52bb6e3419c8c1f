"""The text's own hierarchy as a constraint: "X (Y)", "X, Y" and "X (Z, Y)" put X in Y (a
province or country) or by Y (a town), whatever the scores say.

Why a module of its own: it runs once, after the resolver's passes and the country bound, on
the names the qualifiers tie together (:func:`.qualifiers.told_units`), and needs the
gazetteer only to know a landmark's name.
"""

from __future__ import annotations

from eventcoder.geo.admin_units import nested_in
from eventcoder.geo.bounds import territories
from eventcoder.geo.candidates import Candidate, Resolution
from eventcoder.geo.gazetteer import LANDMARK, Entry, Gazetteer
from eventcoder.geo.normalize import name_key
from eventcoder.geo.qualifiers import Qualifier, near_town


def fits(e: Entry, unit: Entry) -> bool:
    """The place lies where the text says: in the province or country (a territory in its
    sovereign's: "Hong Kong (China)"), or by the town."""
    if unit.kind == "city":
        return near_town(e, unit)
    if unit.kind == "country":
        return e.cc == unit.cc or (e.cc is not None and territories().get(e.cc) == unit.cc)
    return unit.id in (e.adm1, e.adm2) or nested_in(e.id if e.kind == "adm1" else e.adm1,
                                                     unit.id)


def is_landmark(gaz: Gazetteer, name: str) -> bool:
    """The name is a landmark's (``data/landmarks.tsv``: "Tahrir Square", "Pentagon")."""
    return any(tag == LANDMARK for _, _, tag in gaz.by_key("key", name_key(name)))


def keep_told_places(out: list[Resolution], within: dict[int, Entry], qualifiers: dict,
                     gaz: Gazetteer, listed: frozenset[int] = frozenset()) -> dict[int, Entry]:
    """X as the text places it (``within``: X's index -> Y as resolved):

    - a landmark by a town is in that town ("Tahrir Square (Baghdad)": the landmark table's
      square of that name is in Cairo);
    - a town, district, or a place found only inside a longer name, that does not lie in or
      by Y is the best-scored candidate that does, else none: a namesake elsewhere is not it,
      however big ("Palma (Cabo Delgado)" is not Palma de Mallorca);
    - a province outside the country Y likewise ("Punjab (India)").

    With Y a town or a country, only in brackets: "Kisumu, Bondo, Nyando" and "Lund, Dutch
    Farms" are lists; nor is a comma-joined list item (``listed``) placed by the next one.
    Returns the units inference may place an unresolved X in (a town only in brackets)."""
    told: dict[int, Entry] = {}
    for i, unit in within.items():
        q = qualifiers.get(i)
        bracket = isinstance(q, Qualifier) and q.bracket
        if unit.kind != "city" or bracket:
            told[i] = unit
        r = out[i]
        if r.entry is None or fits(r.entry, unit) or (i in listed and not bracket):
            continue
        if unit.kind == "city" and is_landmark(gaz, r.mention.text):
            r.entry = unit
            continue
        if unit.kind in ("city", "country") and not bracket:
            continue
        chosen = next((c for c in r.candidates if c.entry.id == r.entry.id), None)
        constrained = r.entry.kind in ("city", "adm2") or (
            r.entry.kind == "adm1" and unit.kind == "country") or (
            chosen is not None and chosen.embedded)
        if not constrained:
            continue
        inside: list[Candidate] = [c for c in r.candidates if fits(c.entry, unit)]
        best = max(inside, key=lambda c: c.score, default=None)
        r.entry = best.entry if best is not None else None
    return told
