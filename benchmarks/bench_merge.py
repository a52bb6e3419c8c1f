"""Events merged per second at growing sizes, and how the cost grows.

Synthetic reports of synthetic incidents: each incident is reported 1-5 times with jittered
places (within a town), differing sub-types within the family, and vaguer dates now and then.
News accumulates over time, so by default the number of reports per day stays fixed
(``--per-day``) and the span grows with the size; ``--fixed-days`` keeps the span fixed instead
to show what denser blocks cost. Near-linear merging shows time ratios close to size ratios.

    .venv/bin/python benchmarks/bench_merge.py            # 10k and 100k
    .venv/bin/python benchmarks/bench_merge.py --million  # and 1M (several GB of memory)
    .venv/bin/python benchmarks/bench_merge.py --sizes --store-sizes 2000 20000  # incremental
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import time
from datetime import date, timedelta

from eventcoder.merge import merge_events
from eventcoder.records import Article, Event
from eventcoder.store import open_store

_FAMILIES = [
    [("Battles", "Armed clash"), ("Violence against civilians", "Attack")],
    [("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash")],
    [("Protests", "Peaceful protest"), ("Riots", "Violent demonstration")],
    [("Strategic developments", "Arrests")],
]
_ACTORS = ["Taliban", "Police Forces", "Military Forces", "Protesters", "Rioters", "Civilians"]


def synthetic_reports(
    size: int, *, per_day: int, fixed_days: int | None, seed: int = 1
) -> list[Event]:
    """``size`` reports over 150 countries x 12 provinces, in reporting order."""
    rng = random.Random(seed)
    days = fixed_days or max(1, size // per_day)
    towns = [
        (f"C{c:03d}", f"C{c:03d}-A{a:02d}", rng.uniform(-50, 60), rng.uniform(-120, 150))
        for c in range(150)
        for a in range(12)
    ]
    reports: list[Event] = []
    incident = 0
    start = date(2010, 1, 1)
    while len(reports) < size:
        iso3, admin1, lat, lon = rng.choice(towns)
        lat, lon = lat + rng.uniform(-1, 1), lon + rng.uniform(-1, 1)
        family = rng.choice(_FAMILIES)
        day = start + timedelta(days=rng.randrange(days))
        actor = rng.choice(_ACTORS)
        for copy in range(min(rng.randint(1, 5), size - len(reports))):
            etype, sub = rng.choice(family)
            vague = rng.random() < 0.15
            reports.append(
                Event(
                    event_id=f"I{incident}R{copy}",
                    event_type=etype,
                    sub_event_type=sub,
                    actor1=actor,
                    iso3=iso3,
                    country=iso3,
                    admin1=admin1,
                    latitude=lat + rng.uniform(-0.01, 0.01),
                    longitude=lon + rng.uniform(-0.01, 0.01),
                    geo_precision=1,
                    event_date=day.isoformat(),
                    date_start=(day - timedelta(days=3 if vague else 0)).isoformat(),
                    date_end=day.isoformat(),
                    fatalities=rng.choice([None, 0, 1, 2, 5]),
                    article_ids=[f"A{incident}-{copy}"],
                )
            )
        incident += 1
    rng.shuffle(reports)  # reports of one incident arrive interleaved with others
    return reports


def time_store(size: int, url: str, *, per_day: int, fixed_days: int | None) -> float:
    """Wall seconds to add ``size`` one-report articles to an empty store, merging as they come.

    Wall time, because a server store spends its time in another process. A postgresql:// URL
    gets a scratch schema per run, dropped afterwards.
    """
    reports = synthetic_reports(size, per_day=per_day, fixed_days=fixed_days)
    articles = [Article(id=r.article_ids[0], text=f"report {r.event_id}") for r in reports]
    schema = f"ec_bench_{os.getpid()}_{size}" if url.startswith("postgres") else None
    target = f"{url}{'&' if '?' in url else '?'}schema={schema}" if schema else url
    try:
        with open_store(target) as store:
            started = time.perf_counter()
            for article, report in zip(articles, reports, strict=True):
                store.add_article(article, [report])
            seconds = time.perf_counter() - started
            events = store.stats()["events"]
    finally:
        if schema:
            import psycopg
            from psycopg import sql

            with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
                drop = sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
                conn.execute(drop)
    print(
        f"{size:>9,} articles -> {events:>9,} stored events: {seconds:8.2f} s wall, "
        f"{size / seconds:>7,.0f} articles stored per second ({url.split('?')[0]})",
        flush=True,
    )
    return seconds


def _print_growth(rows: list[tuple[int, float]]) -> None:
    for (size_a, secs_a), (size_b, secs_b) in zip(rows, rows[1:], strict=False):
        print(
            f"{size_a:,} -> {size_b:,}: size x{size_b / size_a:.1f}, "
            f"time x{secs_b / secs_a:.1f}, "
            f"time/size growth {secs_b / secs_a / (size_b / size_a):.2f} (1.00 = linear)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 reports")
    parser.add_argument("--per-day", type=int, default=300, help="reports per day (default 300)")
    parser.add_argument("--fixed-days", type=int, default=None, help="fix the span in days")
    parser.add_argument(
        "--store-sizes", type=int, nargs="*", default=[], help="also time incremental ingest"
    )
    parser.add_argument(
        "--store-url", default=":memory:", help=":memory: (DuckDB) or a postgresql:// URL"
    )
    args = parser.parse_args()
    sizes = sorted(set(args.sizes + ([1_000_000] if args.million else [])))

    rows = []
    for size in sizes:
        reports = synthetic_reports(size, per_day=args.per_day, fixed_days=args.fixed_days)
        gc.collect()
        started, cpu_started = time.perf_counter(), time.process_time()
        merged = merge_events(reports)
        wall = time.perf_counter() - started
        seconds = time.process_time() - cpu_started  # robust to other load on shared machines
        rows.append((size, len(merged), seconds))
        print(
            f"{size:>9,} reports -> {len(merged):>9,} events: {seconds:8.2f} s CPU "
            f"({wall:.2f} s wall), {size / seconds:>9,.0f} reports merged per CPU second",
            flush=True,
        )
        del reports, merged
    _print_growth([(size, secs) for size, _, secs in rows])
    store_rows = [
        (
            size,
            time_store(size, args.store_url, per_day=args.per_day, fixed_days=args.fixed_days),
        )
        for size in sorted(args.store_sizes)
    ]
    _print_growth(store_rows)


if __name__ == "__main__":
    main()
