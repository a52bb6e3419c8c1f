"""Batch merging: one pass over the reports with a blocked index of open clusters.

Each report is compared only with clusters in its block (same country and type family) whose
days touch its own ISO-week buckets, so the cost grows with the number of reports times the
(small) number of clusters per block and week: near-linear for news over time and space.
The same rules decide here and in the stores' incremental merge, so `extract` and `ingest`
agree on which reports are one event.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import groupby

from eventcoder.merge.combine import combine_events
from eventcoder.merge.features import EventFeatures, event_features
from eventcoder.merge.score import (
    DEFAULT_CONFIG,
    Cluster,
    MergeConfig,
    assign_reports,
    may_merge,
)
from eventcoder.records import Event


class ClusterIndex:
    """Open clusters by (country, family, week), for candidate look-up by blocking."""

    def __init__(self, config: MergeConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        self._buckets: defaultdict[tuple[str | None, str, int], list[Cluster]] = defaultdict(list)
        self._order: dict[int, int] = {}  # id(cluster) -> when it was indexed

    def add(self, cluster: Cluster) -> None:
        """Index a cluster under every week its days touch (they only shrink later)."""
        if cluster.days is None:
            return
        self._order[id(cluster)] = len(self._order)
        for week in range(cluster.days[0].toordinal() // 7, cluster.days[1].toordinal() // 7 + 1):
            self._buckets[(cluster.country, cluster.family, week)].append(cluster)

    def candidates(
        self, country: str | None, family: str, days: tuple[date, date]
    ) -> list[Cluster]:
        """Clusters sharing a block and a week with these days, each once, oldest first."""
        found: dict[int, Cluster] = {}
        for week in range(days[0].toordinal() // 7, days[1].toordinal() // 7 + 1):
            for cluster in self._buckets.get((country, family, week), ()):
                found.setdefault(id(cluster), cluster)
        # Oldest first, as the stores list them, so that ties break the same way everywhere.
        return sorted(found.values(), key=lambda cluster: self._order[id(cluster)])


def cluster_events(events: list[Event], config: MergeConfig = DEFAULT_CONFIG) -> list[Cluster]:
    """Group reports into clusters, in the order their first report was seen.

    Consecutive reports of one article are placed together (see ``assign_reports``), as a
    store places an article's events.
    """
    for event in events:
        if not isinstance(event, Event):
            raise TypeError(f"merging takes Event records, not {type(event).__name__}")
    index = ClusterIndex(config)
    clusters: list[Cluster] = []

    def candidates(features: EventFeatures) -> list[Cluster]:
        assert features.days is not None
        return index.candidates(features.country, features.family, features.days)

    for _, group in groupby(events, key=_article_key):
        reports = list(group)
        features = [event_features(event) for event in reports]
        for i, match in assign_reports(features, candidates, config):
            if match is not None:
                match.add(reports[i], features[i])
                continue
            cluster = Cluster.start(reports[i], features[i])
            clusters.append(cluster)
            if may_merge(features[i], config):
                index.add(cluster)
    return clusters


def _article_key(event: Event) -> object:
    """The article a report came from; a report without one is an article of its own."""
    return event.article_ids[0] if event.article_ids else object()


def merge_events(events: list[Event], config: MergeConfig = DEFAULT_CONFIG) -> list[Event]:
    """Merge reports of the same incident; each result keeps all sources and evidence.

    The result's event_id is that of the cluster's earliest report in input order, so re-running
    on the same input gives the same ids, and a single report keeps its own id.
    """
    return [
        combine_events(cluster.members, cluster.canonical_id)
        for cluster in cluster_events(events, config)
    ]
