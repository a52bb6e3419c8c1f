"""The geo package's layout: modules stay small enough to read (issue 16), and the public names
that moved out of the resolver and the gazetteer still import from where callers found them."""

from __future__ import annotations

import importlib
from pathlib import Path

import eventcoder.geo

MAX_LINES = 500


def test_no_geo_module_is_over_the_limit():
    folder = Path(eventcoder.geo.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in folder.glob("*.py")}
    assert sizes and not {name: n for name, n in sizes.items() if n > MAX_LINES}


MOVED = {
    "eventcoder.geo.resolver": {
        "eventcoder.geo.candidates": ["Candidate", "Resolution", "W", "KIND_PRIOR", "CUE_KINDS",
                                      "TIER_PENALTY", "PRECISION", "name_cue"],
        "eventcoder.geo.bounds": ["OUTSIDE_MIN_POP", "OUTSIDE_ALIAS_MIN_POP",
                                  "FAMOUS_ALT_NAMES", "SUPPORT_KM"],
        "eventcoder.geo.event_places": ["HIERARCHY_CHARS", "TOWN_BEFORE_REACH"],
    },
    "eventcoder.geo.gazetteer": {
        "eventcoder.geo.index_build": ["INDEX_VERSION", "LANDMARK", "DATA_DIR", "build_index"],
        "eventcoder.geo.labels": ["plain_ascii", "town_label", "admin_label", "iso_admin_label",
                                  "ISO_VARIANT_RATIO"],
    },
}
RENAMED = {  # the resolver's own short names for what it uses -> their home
    "_Context": ("eventcoder.geo.context", "ArticleContext"),
    "_qualifiers": ("eventcoder.geo.qualifiers", "qualifiers"),
    "_lists": ("eventcoder.geo.qualifiers", "lists"),
    "_stated_distances": ("eventcoder.geo.qualifiers", "stated_distances"),
    "_distance_bonus": ("eventcoder.geo.qualifiers", "distance_bonus"),
}


def test_moved_names_are_the_same_objects_at_their_old_path():
    for old, homes in MOVED.items():
        old_module = importlib.import_module(old)
        for home, names in homes.items():
            new_module = importlib.import_module(home)
            for name in names:
                assert getattr(old_module, name) is getattr(new_module, name), (old, name)
    resolver = importlib.import_module("eventcoder.geo.resolver")
    for old_name, (home, name) in RENAMED.items():
        assert getattr(resolver, old_name) is getattr(importlib.import_module(home), name)
