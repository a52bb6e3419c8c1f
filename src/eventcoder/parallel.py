"""Coding many articles: in-process, on local worker processes, or on a Ray cluster.

Models and the gazetteer load once per worker, so work is sent in batches; results come back in
input order, and a failing article comes back as a failure, never as a lost batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from eventcoder.pipeline import ArticleResult, code_articles
from eventcoder.records import Article, ReadFailure

Item = Article | ReadFailure


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _code_batch(
    batch: list[Item], model: str | None, all_modalities: bool, scope: bool = True
) -> list[ArticleResult]:
    return list(code_articles(batch, model=model, all_modalities=all_modalities, scope=scope))


def code_in_parallel(
    items: Sequence[Item],
    *,
    model: str | None = None,
    all_modalities: bool = False,
    workers: int = 1,
    batch_size: int = 16,
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code articles with ``workers`` local processes (1 = in this process), in input order."""
    if workers <= 1 or len(items) <= batch_size:
        yield from code_articles(items, model=model, all_modalities=all_modalities, scope=scope)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_code_batch, batch, model, all_modalities, scope)
            for batch in _batches(items, batch_size)
        ]
        for future in futures:
            yield from future.result()


def code_on_ray(
    items: Sequence[Item],
    *,
    model: str | None = None,
    all_modalities: bool = False,
    batch_size: int = 16,
    address: str | None = None,
) -> Iterator[ArticleResult]:
    """Code articles as Ray tasks (a local Ray instance unless ``address`` names a cluster)."""
    try:
        import ray
    except ImportError as exc:  # ray is an optional extra
        raise RuntimeError(
            "Ray is not installed: pip install 'eventcoder[ray]' to run on a cluster"
        ) from exc

    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    try:
        remote_batch = ray.remote(_code_batch)
        refs = [
            remote_batch.remote(batch, model, all_modalities)
            for batch in _batches(items, batch_size)
        ]
        for ref in refs:
            yield from ray.get(ref)
    finally:
        if started_here:
            ray.shutdown()
