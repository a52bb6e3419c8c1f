"""The coder: one article's mentions to events, in phases that hand each other records.

``cluster`` groups mentions into drafts, ``continued`` adds the trigger-less sentences that
follow a draft, ``grounded`` and ``split_by_place`` choose and divide drafts, and ``build``
codes one draft into an :class:`~eventcoder.records.Event` from its sides
(:mod:`.sides`), sub-type (:mod:`.subtypes`), tolls and claims (:mod:`.tolls`), dates
(:mod:`.event_dates`) and places (:mod:`.event_places`). See ``docs/extract-coder.md``.
"""

from __future__ import annotations

from eventcoder.extract.coding.build import build
from eventcoder.extract.coding.cluster import cluster, continued, grounded
from eventcoder.extract.coding.draft import REAL, Context, Draft
from eventcoder.extract.coding.event_places import split_by_place

__all__ = ["REAL", "Context", "Draft", "build", "cluster", "continued", "grounded",
           "split_by_place"]
