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


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ray_stream_codes_every_article_once_even_when_a_worker_dies(tmp_path):
    """Shards read on the workers; an actor killed mid-batch is restarted and its batch run
    again: every article comes back exactly once, with the events one process gives."""
    import sys

    from ray import cloudpickle

    from eventcoder.parallel import stream_on_ray

    this = sys.modules[__name__]

    cloudpickle.register_pickle_by_value(this)  # the dying coder lives in this test module
    shard_dir = tmp_path / "shards"
    shard_dir.mkdir()
    for n, article in enumerate(read_paths([SAMPLE_DIR])):
        for copy in range(3):
            text = article.text + f"\n\n(copy {copy})"
            (shard_dir / f"{n}-{copy}.jsonl").write_text(article.model_copy(
                update={"text": text, "id": f"{article.id}-{copy}"}).model_dump_json() + "\n")
    expected = {r.article.id: sorted(ev.event_type for ev in r.events)
                for r in code_articles(read_paths([shard_dir]))}
    marker = tmp_path / "died"
    results = list(stream_on_ray([str(shard_dir), str(tmp_path / "missing")], workers=2,
                                 batch_size=2, coder=this.dying_coder(marker), retries=2))
    assert marker.exists()  # a worker did die
    failures = [r for r in results if r.failure]
    assert [r.origin for r in failures] == [str(tmp_path / "missing")]
    got = [r.article.id for r in results if r.article is not None]
    assert sorted(got) == sorted(expected)  # none lost, none twice
    assert {r.article.id: sorted(ev.event_type for ev in r.events)
            for r in results if r.article is not None} == expected


def dying_coder(marker):
    from eventcoder.parallel import ShardCoder

    class DyingCoder(ShardCoder):
        """Kills its process in the middle of its first batch, once per test."""

        def __call__(self, batch):
            if not marker.exists():
                marker.write_text("died")
                import os

                os._exit(1)
            return super().__call__(batch)

    return DyingCoder


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ray_stream_spreads_one_large_file_over_the_actors(tmp_path):
    """Fewer files than two per actor: read by tasks and coded in chunks, with the events
    (and the articles, byte for byte) that one process gives."""
    from eventcoder.parallel import stream_on_ray

    articles = list(read_paths([SAMPLE_DIR]))
    day = tmp_path / "day.jsonl"
    day.write_text("".join(a.model_copy(update={"id": f"{a.id}-{n}", "origin": None})
                           .model_dump_json() + "\n" for n in range(3) for a in articles))

    def dump(results):
        return sorted((r.origin, r.article.model_dump_json() if r.article else None,
                       [ev.model_dump_json() for ev in r.events], r.failure) for r in results)

    assert dump(stream_on_ray([str(day)], workers=2, batch_size=2)) == dump(
        code_articles(read_paths([day])))


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ingest_on_ray_codes_no_stored_article_again(tmp_path):
    """A second `ingest --ray` of the same files reads them, finds every article stored,
    and codes none again (the actors hand them back uncoded)."""
    from typer.testing import CliRunner

    from eventcoder.cli import app

    db = tmp_path / "events.duckdb"
    args = ["ingest", str(SAMPLE_DIR), "--db", str(db), "--ray", "--workers", "1"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    stored = len(list(read_paths([SAMPLE_DIR])))
    assert f"0 articles added, {stored} already stored" in second.output
