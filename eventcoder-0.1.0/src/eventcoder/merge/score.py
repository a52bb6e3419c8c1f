"""Whether a report can describe an incident already seen, and how well it fits.

A report joins a cluster only if it is compatible with *every* member (same country and type
family, overlapping days, places within reach, no shared article): that is what keeps a vague
"in September" report from chaining two attacks on different days into one event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from eventcoder.distance import haversine_km
from eventcoder.merge.features import EventFeatures, Point
from eventcoder.records import Event


@dataclass(frozen=True)
class MergeConfig:
    """Thresholds of the merge rules (see docs/merging.md)."""

    # How far apart two reports of one incident may place it, by the coarser geo_precision
    # (1 the town itself, 2 near a town / a district, 3 a province or region).
    radius_km: tuple[float, float, float] = (10.0, 40.0, 150.0)
    # Reports vaguer than this (e.g. "earlier this year") are kept apart: they fit too much.
    max_range_days: int = 31
    # Minimum weighted score for a report to join its best-fitting cluster.
    threshold: float = 0.6
    weight_place: float = 0.35
    weight_date: float = 0.25
    weight_actors: float = 0.2
    weight_type: float = 0.2

    def radius(self, precision_a: int, precision_b: int) -> float:
        worst = max(precision_a, precision_b)
        return self.radius_km[min(max(worst, 1), 3) - 1]


DEFAULT_CONFIG = MergeConfig()


@dataclass(eq=False)
class Cluster:
    """Reports of one incident, with the summary that compatibility checks need."""

    members: list[Event]
    country: str | None
    family: str
    days: tuple[date, date] | None
    factual: bool
    modality: str
    points: list[Point] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    sub_event_types: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    article_ids: set[str] = field(default_factory=set)
    article_points: dict[str, list[Point | None]] = field(default_factory=dict)

    @classmethod
    def start(cls, event: Event, features: EventFeatures) -> Cluster:
        cluster = cls(
            members=[],
            country=features.country,
            family=features.family,
            days=features.days,
            factual=features.factual,
            modality=features.modality,
        )
        cluster.add(event, features)
        return cluster

    @classmethod
    def of(cls, members: list[tuple[Event, EventFeatures]]) -> Cluster:
        """Rebuild a cluster from stored members (oldest first)."""
        (first, first_features), *rest = members
        cluster = cls.start(first, first_features)
        for event, features in rest:
            cluster.add(event, features)
        return cluster

    def add(self, event: Event, features: EventFeatures) -> None:
        if self.members and self.days is not None and features.days is not None:
            self.days = (max(self.days[0], features.days[0]), min(self.days[1], features.days[1]))
        self.members.append(event)
        if features.point is not None and features.point not in self.points:
            self.points.append(features.point)
        self.actors |= features.actors
        self.sub_event_types.add(features.sub_event_type)
        self.event_types.add(features.event_type)
        self.article_ids |= features.article_ids
        for article_id in features.article_ids:
            self.article_points.setdefault(article_id, []).append(features.point)

    @property
    def canonical_id(self) -> str:
        """The id of the earliest-seen member: it never changes as reports join."""
        return self.members[0].event_id


def places_compatible(a: Point | None, b: Point | None, config: MergeConfig) -> bool:
    """Two places can be the same incident's: within reach, and not in different provinces."""
    if a is None or b is None:
        return True  # known only to the country: the blocking key already agrees
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if _within_province(a, b):
        return True  # "somewhere in the province": any distance from its centroid fits
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return True  # same or unknown province, no coordinates to say more
    distance = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    return distance <= config.radius(a.precision, b.precision)


def places_nested(a: Point | None, b: Point | None) -> bool:
    """One place is only the vaguer reading of the other: the same incident named at two levels
    by one article ("Pul-e Khumri, the capital of Baghlan province", "London ... Britain's
    protesters"), or told once in its town
    and once only as "the attack", placed around that town by the article's context."""
    if a is None or b is None:
        return True
    vaguer, finer = (a, b) if a.precision >= b.precision else (b, a)
    if finer.precision >= vaguer.precision:
        return False
    if vaguer.precision == 2:
        return vaguer.geonameid is not None and vaguer.geonameid == finer.geonameid
    # a province holds the towns named in it; a country-wide report (no admin1) every town
    # of its country (the same country is a hard rule of its own)
    return vaguer.precision == 3 and (not vaguer.admin1 or vaguer.admin1 == finer.admin1)


def place_score(a: Point | None, b: Point | None, config: MergeConfig) -> float:
    """1 for the same place, falling with distance; a guess-level 0.3 if one is unplaced."""
    if a is None or b is None:
        return 0.3
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.6 if a.admin1 and a.admin1 == b.admin1 else 0.3
    distance = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    closeness = max(0.0, 1.0 - distance / config.radius(a.precision, b.precision))
    return max(0.5, closeness) if _within_province(a, b) else closeness


def _within_province(a: Point, b: Point) -> bool:
    """One of the two is placed only to a province, and the other lies in that province; or
    only to the country (no admin1), which holds every place of it."""
    if max(a.precision, b.precision) != 3:
        return False
    vaguer = a if a.precision >= b.precision else b
    return not vaguer.admin1 or a.admin1 == b.admin1


def date_score(a: tuple[date, date], b: tuple[date, date]) -> float:
    """Half containment (a vague report fits a precise one), half Jaccard (precision agrees)."""
    overlap = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    if overlap <= 0:
        return 0.0
    len_a = (a[1] - a[0]).days + 1
    len_b = (b[1] - b[0]).days + 1
    union = (max(a[1], b[1]) - min(a[0], b[0])).days + 1
    return 0.5 * overlap / min(len_a, len_b) + 0.5 * overlap / union


def actor_score(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Best name similarity between the two sides' actors; 0.5 when either names none."""
    if not a or not b:
        return 0.5
    if a & b:
        return 1.0
    return max(fuzz.token_set_ratio(x, y) for x in a for y in b) / 100.0


def may_merge(features: EventFeatures, config: MergeConfig = DEFAULT_CONFIG) -> bool:
    """A report with a place, and days no vaguer than ``max_range_days``, may join others."""
    if not features.mergeable or features.days is None:
        return False
    return (features.days[1] - features.days[0]).days + 1 <= config.max_range_days


def compatible(features: EventFeatures, cluster: Cluster, config: MergeConfig) -> bool:
    """The hard rules: any one failing keeps the report out of the cluster."""
    if not may_merge(features, config) or cluster.days is None or features.days is None:
        return False
    if features.country != cluster.country or features.family != cluster.family:
        return False
    if features.factual != cluster.factual:
        return False
    if not features.factual and features.modality != cluster.modality:
        return False
    # An article's own events were told apart by extraction; they merge only when one of them
    # is the other named at the level of its province.
    for article_id in features.article_ids & cluster.article_ids:
        if not all(places_nested(features.point, p) for p in cluster.article_points[article_id]):
            return False
    if max(features.days[0], cluster.days[0]) > min(features.days[1], cluster.days[1]):
        return False
    return all(places_compatible(features.point, point, config) for point in cluster.points)


def score(features: EventFeatures, cluster: Cluster, config: MergeConfig) -> float:
    """How well a compatible report fits a cluster, in [0, 1]."""
    assert features.days is not None and cluster.days is not None
    if cluster.points:
        place = max(place_score(features.point, point, config) for point in cluster.points)
    else:
        place = place_score(features.point, None, config)
    if features.sub_event_type in cluster.sub_event_types:
        kind = 1.0
    elif features.event_type in cluster.event_types:
        kind = 0.7
    else:
        kind = 0.4
    return (
        config.weight_place * place
        + config.weight_date * date_score(features.days, cluster.days)
        + config.weight_actors * actor_score(features.actors, cluster.actors)
        + config.weight_type * kind
    )


def best_cluster(
    features: EventFeatures, candidates: list[Cluster], config: MergeConfig = DEFAULT_CONFIG
) -> Cluster | None:
    """The compatible candidate that fits best above the threshold; ties go to the earliest."""
    best: Cluster | None = None
    best_score = config.threshold
    for cluster in candidates:
        if not compatible(features, cluster, config):
            continue
        value = score(features, cluster, config)
        if value > best_score + 1e-9 or (best is None and value >= best_score):
            best, best_score = cluster, value
    return best


CandidateFinder = Callable[[EventFeatures], list[Cluster]]


def assign_reports(
    reports: list[EventFeatures],
    candidates: CandidateFinder,
    config: MergeConfig = DEFAULT_CONFIG,
) -> Iterator[tuple[int, Cluster | None]]:
    """Where each report of one article goes: (its index, a cluster to join, or None: a new one).

    Best fit first across the article: the best-fitting (report, existing cluster) pair joins,
    then the next best given that change, and so on, so an earlier report cannot take a cluster
    that a later one of the same article fits better. The rest follow in order, joining
    clusters the article itself just started (if the rules allow) or starting new ones. The
    caller applies each decision (``cluster.add`` or starting a cluster) before the next.
    """
    pools = {i: candidates(f) for i, f in enumerate(reports) if may_merge(f, config)}
    pending = list(range(len(reports)))
    while pools:
        best: tuple[float, int, Cluster] | None = None
        for i in pending:
            for cluster in pools.get(i, ()):
                if not compatible(reports[i], cluster, config):
                    continue
                value = score(reports[i], cluster, config)
                if value >= config.threshold and (best is None or value > best[0] + 1e-9):
                    best = (value, i, cluster)
        if best is None:
            break
        _, index, cluster = best
        pending.remove(index)
        del pools[index]
        yield index, cluster
    for i in pending:
        features = reports[i]
        match = None
        if may_merge(features, config):
            match = best_cluster(features, candidates(features), config)
        yield i, match
