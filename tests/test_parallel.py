"""Local process workers and Ray code the same articles to the same events as one process."""

from __future__ import annotations

import importlib.util

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.ingest import read_paths
from eventcoder.parallel import code_in_parallel, code_on_ray
from eventcoder.pipeline import code_articles
from eventcoder.records import ReadFailure


def _ids(results):
    return [(r.origin, sorted(ev.event_id for ev in r.events), r.failure) for r in results]


@pytest.fixture(scope="module")
def items():
    articles = list(read_paths([SAMPLE_DIR]))
    return articles * 3 + [ReadFailure(origin="broken.txt", reason="empty")]


def test_processes_match_single_process(items):
    expected = _ids(code_articles(items))
    assert _ids(code_in_parallel(items, workers=2, batch_size=2)) == expected


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ray_matches_single_process(items):
    expected = _ids(code_articles(items))
    assert _ids(code_on_ray(items, batch_size=2)) == expected
