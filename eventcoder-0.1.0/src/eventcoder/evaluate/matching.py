"""Pairing predicted events with gold events of the same article.

A predicted event is *compatible* with a gold event when all of these hold:

- **type**: the same ACLED ``event_type`` (sub-types are not required to agree, they are scored
  as a field, because "Armed clash" against "Government regains territory" is the same event
  coded with different judgement). A gold event without ``event_type`` accepts any type.
- **place**: where the gold is precise (coordinates with geo_precision 1 or 2), the prediction's
  coordinates lie within :data:`MATCH_KM` of it. Where the gold is vaguer (geo_precision 3, or
  no coordinates) the prediction lies in the same admin1 (normalised names), or within
  :data:`MATCH_KM` of the gold coordinates if there are any. A gold event with only a country
  needs the same country; one with no place at all accepts any place. A prediction with no
  place never meets a gold event that has one.
- **time**: the two date ranges share at least one day. A gold event without dates accepts any
  date; an undated prediction never meets a dated gold event.

Among compatible pairs the assignment is one-to-one and optimal: it first maximises the number
of matched events, then the sum of pair scores (how closely the pairs agree), solved exactly
with the Hungarian algorithm (gold files have a handful of events per article).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from eventcoder.distance import haversine_km
from eventcoder.evaluate.gold import GoldEvent, event_date_span
from eventcoder.names import name_key
from eventcoder.records import Event

MATCH_KM = 50.0
"""Largest distance at which a predicted event can be the gold event."""

LOCATION_KM = 25.0
"""Largest distance at which a matched event's location counts as correct."""


# ACLED tags state actors with the period of the government they served: "(2004-2021)", "(2014-)".
_PERIOD_TAG = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
# Designators that GeoNames and ACLED add to or leave off first-level division names
# ("Rivers State" / "Rivers", "Province of Baghlan" / "Baghlan"): gazetteer labels in English,
# not article language.
_ADMIN_DESIGNATORS = frozenset(
    [
        "province",
        "provincie",
        "provinz",
        "region",
        "governorate",
        "state",
        "oblast",
        "department",
        "prefecture",
        "county",
        "division",
        "wilayah",
        "wilaya",
        "district",
        "of",
        "the",
    ]
)


def fold_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    return name_key(text, accents=False, punctuation=False)


def normalise_actor(name: str | None) -> str | None:
    """An actor name for comparison: ACLED period tags dropped, then case/accents/punctuation.

    "Police Forces of Afghanistan (2014-2021)" and "police forces of afghanistan" compare
    equal; "Protesters (France)" and "Protesters" do not (the qualifier names a different
    actor), nor do "Taliban" and "Afghan security forces".
    """
    if name is None:
        return None
    folded = fold_name(_PERIOD_TAG.sub(" ", name))
    return folded or None


def normalise_admin1(name: str | None) -> str | None:
    """An admin1 name for comparison: folded, generic designators ("Province of", "District")
    dropped, spaces too: "Provence-Alpes-Côte d'Azur" and "Provence-Alpes-Cote-dAzur" agree."""
    if name is None:
        return None
    words = [word for word in fold_name(name).split() if word not in _ADMIN_DESIGNATORS]
    return "".join(words) or fold_name(name).replace(" ", "") or None


def distance_km(gold: GoldEvent, predicted: Event) -> float | None:
    """Distance between the gold and predicted coordinates, None when either has none."""
    if not gold.has_coordinates() or predicted.latitude is None or predicted.longitude is None:
        return None
    assert gold.latitude is not None and gold.longitude is not None
    return haversine_km(gold.latitude, gold.longitude, predicted.latitude, predicted.longitude)


def predicted_span(event: Event) -> tuple[date, date] | None:
    """The days a predicted event may have happened on (None when undated or unreadable)."""
    return event_date_span(event.date_start, event.date_end, event.event_date)


def gold_is_vague(gold: GoldEvent) -> bool:
    """Whether the gold place is a region rather than a point (precision 3 or no coordinates)."""
    return gold.geo_precision == 3 or not gold.has_coordinates()


@dataclass(frozen=True)
class PairCheck:
    """Whether a gold/predicted pair can be matched, how well they agree, and why not."""

    compatible: bool
    score: float
    reason: str | None = None


def check_pair(gold: GoldEvent, predicted: Event) -> PairCheck:
    """Apply the compatibility rules of this module to one pair; see the module docstring."""
    if gold.event_type is not None and gold.event_type != predicted.event_type:
        return PairCheck(False, 0.0, f"type {predicted.event_type} != {gold.event_type}")

    km = distance_km(gold, predicted)
    same_admin1 = gold.admin1 is not None and normalise_admin1(gold.admin1) == normalise_admin1(
        predicted.admin1
    )
    if gold.has_coordinates() or gold.admin1 is not None:
        near = km is not None and km <= MATCH_KM
        if not near and not (gold_is_vague(gold) and same_admin1):
            where = f"{km:.0f} km away" if km is not None else "no coordinates"
            if gold_is_vague(gold):
                where += f", admin1 {predicted.admin1!r} != {gold.admin1!r}"
            return PairCheck(False, 0.0, f"place: {where}")
    elif gold.country is not None and fold_name(gold.country) != fold_name(predicted.country or ""):
        return PairCheck(False, 0.0, f"place: country {predicted.country!r} != {gold.country!r}")

    gold_days, predicted_days = gold.date_span(), predicted_span(predicted)
    overlap_days = 0
    if gold_days is not None:
        if predicted_days is None:
            return PairCheck(False, 0.0, "date: prediction has no readable date")
        first, last = max(gold_days[0], predicted_days[0]), min(gold_days[1], predicted_days[1])
        if first > last:
            return PairCheck(
                False, 0.0, f"date: {_fmt(predicted_days)} does not overlap {_fmt(gold_days)}"
            )
        overlap_days = (last - first).days + 1

    # Agreement on the finer points only ranks compatible pairs; it never vetoes one.
    parts = [
        1.0 if gold.sub_event_type in (None, predicted.sub_event_type) else 0.0,
        1.0 if normalise_actor(gold.actor1) == normalise_actor(predicted.actor1) else 0.0,
        1.0 - min(km, MATCH_KM) / MATCH_KM if km is not None else (0.5 if same_admin1 else 0.0),
    ]
    if gold_days is not None and predicted_days is not None:
        union = max(gold_days[1], predicted_days[1]) - min(gold_days[0], predicted_days[0])
        parts.append(overlap_days / (union.days + 1))
    return PairCheck(True, sum(parts) / len(parts))


def _fmt(span: tuple[date, date]) -> str:
    first, last = span
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def assign(weights: list[list[float | None]]) -> list[tuple[int, int]]:
    """A one-to-one assignment of rows to columns of maximal total weight.

    ``None`` marks a forbidden pair. Among all assignments the one with the most pairs wins,
    then the one with the greatest weight (weights are expected in [0, 1]). Exact
    (Kuhn-Munkres with potentials, O(n^2 m)); the matrices here are a few events wide.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    transposed = rows > cols
    matrix = [list(col) for col in zip(*weights, strict=True)] if transposed else weights
    n, m = len(matrix), len(matrix[0])
    # A bonus larger than any sum of scores makes every extra pair worth more than any score.
    bonus = float(min(n, m) + 1)
    cost = [[0.0 if value is None else -(bonus + value) for value in row] for row in matrix]
    assignment = _hungarian_min(cost, n, m)
    pairs = [(row, col) for row, col in enumerate(assignment) if matrix[row][col] is not None]
    if transposed:
        pairs = [(col, row) for row, col in pairs]
    return sorted(pairs)


def _hungarian_min(cost: list[list[float]], n: int, m: int) -> list[int]:
    """Column for each row minimising total cost, for n <= m (e-maxx formulation)."""
    inf = math.inf
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: 1-based row assigned to column j, 0 if none
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        min_slack = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[col0] = True
            row0 = owner[col0]
            delta, col1 = inf, 0
            for col in range(1, m + 1):
                if used[col]:
                    continue
                slack = cost[row0 - 1][col - 1] - u[row0] - v[col]
                if slack < min_slack[col]:
                    min_slack[col], way[col] = slack, col0
                if min_slack[col] < delta:
                    delta, col1 = min_slack[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    min_slack[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    result = [0] * n
    for col in range(1, m + 1):
        if owner[col]:
            result[owner[col] - 1] = col - 1
    return result
