"""Coding many articles: in-process, on local worker processes, or on a Ray cluster.

Models and the gazetteer load once per worker, so work is sent in batches; a failing article
comes back as a failure, never as a lost batch. Local workers and :func:`code_on_ray` return
results in input order; :func:`stream_on_ray` reads its inputs on the workers and returns
results as they are done, holding only what is in flight.
"""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

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
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code articles already in memory as Ray tasks, in input order (a local Ray instance
    unless ``address`` names a cluster). For inputs on disk, :func:`stream_on_ray` reads,
    codes and returns them without holding them in the driver."""
    ray = _ray()
    started_here = _init_ray(ray, address)
    try:
        remote_batch = ray.remote(_code_batch)
        refs = [
            remote_batch.remote(batch, model, all_modalities, scope)
            for batch in _batches(items, batch_size)
        ]
        for ref in refs:
            yield from ray.get(ref)
    finally:
        if started_here:
            ray.shutdown()


def _ray():  # -> the ray module
    try:
        import ray
        import ray.data  # noqa: F401 - the streaming path needs Ray Data
    except ImportError as exc:  # ray is an optional extra
        raise RuntimeError(
            "Ray is not installed: pip install 'eventcoder[ray]' to run on a cluster"
        ) from exc
    return ray


def _init_ray(ray, address: str | None, workers: int | None = None) -> bool:  # noqa: ANN001
    """Start (or join, with ``address``) a Ray instance; True when this call started it."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                               "configure_logging": False}
    if address is None and workers:
        options["num_cpus"] = workers + 1  # the workers, and one for reading shards
    ray.init(address=address, **options)
    return True


# --- streaming: shards read on the workers, coded in an actor pool, results streamed back ---
# Rows carry pickled records (an actor's own ArticleResults, exactly as coded in process):
# no JSON round trip or per-article Arrow row on the way, and one Ray Data task per file or
# chunk rather than per few articles (Ray's own cost is per task and block, not per byte).

def _read_chunks(row: dict[str, Any], size: int = 32) -> Iterator[dict[str, Any]]:
    """One input file read on a worker task, in pickled chunks of ``size`` items (articles
    and read failures): used when there are too few files to keep every actor busy."""
    from eventcoder.ingest import read_paths

    for chunk in _batches(read_paths([row["path"]]), size):
        yield {"items": pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)}


class ShardCoder:
    """A Ray Data actor: loads the language models and the gazetteer once, then codes
    batch after batch: input files it reads itself (a ``path`` column) or chunks read by a
    task (an ``items`` column); out, one row of pickled results per file or chunk."""

    def __init__(self, model: str | None, all_modalities: bool, scope: bool,
                 skip: Any = None) -> None:
        self.model, self.all_modalities, self.scope = model, all_modalities, scope
        self.skip = frozenset(skip or ())
        warm_up(model)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from eventcoder.ingest import read_paths

        inputs: Iterable[Iterable[Item]]
        if "items" in batch:
            inputs = (pickle.loads(raw) for raw in batch["items"])
        else:
            inputs = (read_paths([str(path)]) for path in batch["path"])
        return {"results": [pickle.dumps(list(self.code(items)),
                                         protocol=pickle.HIGHEST_PROTOCOL)
                            for items in inputs]}

    def code(self, items: Iterable[Item]) -> Iterator[ArticleResult]:
        for item in items:
            if isinstance(item, Article) and item.id in self.skip:
                # already stored: returned uncoded (the store tells it apart)
                yield ArticleResult(origin=item.origin or item.id, article=item)
                continue
            yield from code_articles([item], model=self.model,
                                     all_modalities=self.all_modalities, scope=self.scope)


def warm_up(model: str | None = None) -> None:
    """Load what coding needs (pipelines, packs, gazetteer) before the first article."""
    from eventcoder.pipeline import code_article

    for lang, text in (("nl", "Bij een aanslag in Kabul kwamen twee mensen om."),
                       ("en", "Two people were killed in an attack in Kabul.")):
        try:
            code_article(Article(id=f"warm-{lang}", text=text, language=lang), model=model)
        except Exception:  # noqa: BLE001 - a missing model shows on the real articles
            continue
    # what is loaded now lives as long as the process: out of the collector's sight, so a
    # full collection (a long article allocates enough to set off several) walks only the
    # work's own objects
    gc.collect()
    gc.freeze()


def shards_of(paths: Sequence[str]) -> tuple[list[str], list[ReadFailure]]:
    """The input files behind ``paths`` (folders, globs), without reading them."""
    from eventcoder.ingest.sources import expand

    files: list[str] = []
    failures: list[ReadFailure] = []
    for source in expand(list(paths)):
        if isinstance(source, ReadFailure):
            failures.append(source)
        elif source.path is None:
            failures.append(ReadFailure(origin=source.origin,
                                        reason="standard input cannot be sharded on Ray"))
        else:
            files.append(str(source.path))
    return files, failures


def stream_on_ray(
    paths: Sequence[str],
    *,
    model: str | None = None,
    all_modalities: bool = False,
    scope: bool = True,
    address: str | None = None,
    workers: int = 2,
    batch_size: int = 32,
    retries: int = 3,
    skip_ids: Iterable[str] = (),
    coder: type[ShardCoder] | None = None,
) -> Iterator[ArticleResult]:
    """Read, code and return the articles of ``paths`` with Ray Data, streaming.

    Each input file is a shard, read lazily on a worker; articles are coded in a pool of
    ``workers`` actors, each loading models and gazetteer once; results come back as they
    are done (not in input order), so the driver holds only what is in flight. With at
    least two files per actor, each actor reads the files it is given and codes them a file
    at a time (no separate read tasks); with fewer, files are read by tasks and coded in
    chunks of ``batch_size`` articles, so one large file still spreads over the actors. A
    worker that dies is restarted and its unfinished file or chunk run again (``retries``
    times): a batch's results are returned only once it has finished, so no article is lost
    or returned twice.
    ``skip_ids`` (articles already stored) are read but not coded. ``address`` joins a
    cluster ("ray://head:10001", "auto"); without it a local instance is started. ``coder``
    replaces the actor class (a subclass of :class:`ShardCoder`).
    """
    ray = _ray()
    files, failures = shards_of(paths)
    for failure in failures:
        yield ArticleResult(origin=failure.origin, failure=failure.reason)
    if not files:
        return
    started_here = _init_ray(ray, address, workers)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # the caller shows its own
        context.execution_options.preserve_order = False
        # the ids go with the constructor (an object-store reference would not survive a
        # restarted actor whose argument was freed)
        skip = frozenset(skip_ids)
        coder_args: dict[str, Any] = {
            "fn_constructor_kwargs": {"model": model, "all_modalities": all_modalities,
                                      "scope": scope, "skip": skip},
            "batch_size": 1, "batch_format": "numpy", "concurrency": workers, "num_cpus": 1,
            "max_restarts": retries, "max_task_retries": retries,
        }
        dataset = ray.data.from_items([{"path": f} for f in files],
                                      override_num_blocks=len(files))
        if len(files) < 2 * workers:  # few (large?) files: read by tasks, coded in chunks
            dataset = dataset.flat_map(_read_chunks, fn_kwargs={"size": batch_size},
                                       max_retries=retries)
        dataset = dataset.map_batches(coder or ShardCoder, **coder_args)
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for raw in batch["results"]:
                yield from pickle.loads(raw)
    finally:
        if started_here:
            ray.shutdown()

