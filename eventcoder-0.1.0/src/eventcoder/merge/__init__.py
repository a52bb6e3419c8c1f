"""Merge stage: the same event reported by many articles becomes one event.

Rules and an example: docs/merging.md. ``merge_events`` merges a batch; stores call
``assign_reports`` and ``combine_events`` to merge new reports into stored events incrementally.
"""

from eventcoder.merge.cluster import ClusterIndex, cluster_events, merge_events
from eventcoder.merge.combine import combine_events
from eventcoder.merge.features import EventFeatures, event_day_range, event_features, type_family
from eventcoder.merge.score import (
    DEFAULT_CONFIG,
    Cluster,
    MergeConfig,
    assign_reports,
    best_cluster,
    may_merge,
)

__all__ = [
    "DEFAULT_CONFIG",
    "Cluster",
    "ClusterIndex",
    "EventFeatures",
    "MergeConfig",
    "assign_reports",
    "best_cluster",
    "cluster_events",
    "combine_events",
    "event_day_range",
    "event_features",
    "may_merge",
    "merge_events",
    "type_family",
]
