"""Geocoder speed and memory: index load time and memory, toponyms resolved per second.

Run: .venv/bin/python benchmarks/bench_geo.py [--json] [GWN.xml ...]

Reported as ratios against budgets (load well under a second, index memory bounded), plus the
absolute numbers. Toponyms come from the given geoparsing gold files (default: the shared GWN and
TR-News sets when present), else from a fixed list of names. The end-to-end figures add
recognition (``find_toponyms`` over the article text, no NER model) to resolution.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

LOAD_BUDGET_S = 1.0
MEMORY_BUDGET_MB = 100.0
DEFAULT_FILES = [
    Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "geoparse" / name
    for name in ("GWN.xml", "TR-News.xml")
]
FALLBACK_NAMES = ["Kunduz", "Pul-e-Chomri", "Paris", "Keulen", "Bagdad", "Springfield",
                  "Washington", "Luik", "Kandahr", "Mosoel", "Afghanistan", "Texas"]

_LOAD_PROBE = """
import json, os, time
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
t0 = time.perf_counter()
import eventcoder.geo
from eventcoder.geo.resolver import Geocoder
t1 = time.perf_counter()
rss0 = rss_mb()
gc = Geocoder()
t2 = time.perf_counter()
gc.resolve("Kunduz")
t3 = time.perf_counter()
rss1 = rss_mb()
print(json.dumps({"import_s": t1 - t0, "index_open_s": t2 - t1, "first_resolve_s": t3 - t2,
                  "index_rss_mb": rss1 - rss0,
                  "index_file_mb": gc.gaz.path.stat().st_size / 2**20}))
"""


def measure_load() -> dict:
    """Open the (already built) index in a fresh process: imports, open, first look-up, RSS."""
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_resolution(files: list[Path]) -> dict:
    from eventcoder.geo import find_toponyms, get_geocoder
    from eventcoder.geo.evaluate import read_gold
    from eventcoder.records import PlaceMention

    gc = get_geocoder()
    articles = []
    for path in files:
        for art in read_gold(path):
            articles.append((art.text, [PlaceMention(text=t.text, start=t.start, end=t.end)
                                        for t in sorted(art.toponyms, key=lambda t: t.start)]))
    if not articles:
        text = " ".join(FALLBACK_NAMES)
        mentions, pos = [], 0
        for name in FALLBACK_NAMES:
            mentions.append(PlaceMention(text=name, start=pos, end=pos + len(name)))
            pos += len(name) + 1
        articles = [(text, mentions)] * 50
    n = sum(len(m) for _, m in articles)
    runs = {}
    for label in ("cold", "warm"):  # cold: first pass fills the look-up caches
        t0 = time.perf_counter()
        for text, mentions in articles:
            gc.resolve_mentions(text, mentions, lang="en")
        runs[label] = n / (time.perf_counter() - t0)
    # End to end: recognition (gazetteer scan, no NER model) plus resolution, per article.
    e2e_t0 = time.perf_counter()
    found = 0
    for text, _ in articles:
        mentions = find_toponyms(text, "en", gazetteer=gc)
        gc.resolve_mentions(text, mentions, lang="en")
        found += len(mentions)
    e2e_s = time.perf_counter() - e2e_t0
    single_t0 = time.perf_counter()
    for name in FALLBACK_NAMES * 20:
        gc.resolve(name)
    single = len(FALLBACK_NAMES) * 20 / (time.perf_counter() - single_t0)
    return {"toponyms": n, "articles": len(articles), "toponyms_per_s_cold": runs["cold"],
            "toponyms_per_s_warm": runs["warm"], "resolve_calls_per_s_warm": single,
            "e2e_articles_per_s": len(articles) / e2e_s, "e2e_toponyms_per_s": found / e2e_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from eventcoder.geo.gazetteer import build_index, index_path

    build_s = None
    if not index_path().exists():
        t0 = time.perf_counter()
        build_index(index_path())
        build_s = time.perf_counter() - t0
    load = measure_load()
    files = args.files or [p for p in DEFAULT_FILES if p.exists()]
    res = measure_resolution(files)
    report = {
        "index_build_s": build_s,
        **load,
        "open_vs_budget": (load["index_open_s"] + load["first_resolve_s"]) / LOAD_BUDGET_S,
        "index_rss_vs_budget": load["index_rss_mb"] / MEMORY_BUDGET_MB,
        **res,
        "warm_vs_cold": res["toponyms_per_s_warm"] / res["toponyms_per_s_cold"],
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:28s} {shown}")


if __name__ == "__main__":
    main()
