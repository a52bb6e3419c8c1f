"""A news day at scale: articles per second in process, on local workers and on Ray.

The corpus is a realistic mix read at run time from ``../shared`` (never committed): Dutch
newspaper articles (``data/dpg-news-nl``) and English news texts (GeoWebNews, TR-News,
GeoVirus), mostly not about conflict, shuffled with a fixed seed, plus a few long articles
(``--long``, each a run of consecutive articles joined into one text of about ``--long-chars``
characters). Each mode runs in its own process, so each peak memory is its own:

- ``tokenizer``: ``spacy.blank(lang)(text)`` over the same texts: the floor;
- ``inprocess``: :func:`eventcoder.pipeline.code_articles`, one core;
- ``workers2``: :func:`eventcoder.parallel.code_in_parallel` with 2 processes;
- ``ray1`` / ``ray2``: :func:`eventcoder.parallel.stream_on_ray` with 1 and 2 actors, the
  articles written as JSONL shards first (as a day's crawl would be).

Printed per mode: articles, wall and CPU seconds after set-up (models loaded), articles per
CPU second (local modes: this process and its workers), articles/s (wall) per core, peak RSS
of the largest process (the driver, or the largest worker), and the time
250,000 articles would take at that rate. Ratios: ``inprocess`` against ``tokenizer`` on CPU
time (the whole pipeline's speed as a share of bare tokenizing; ``--lang en --long 0`` for
English news only), ``workers2`` against ``inprocess`` and ``ray2`` against ``ray1`` (wall,
and over the steady window from 10 % to 90 % of the articles back). The Ray modes also print
CPU per article and process kind (driver, GCS, raylet, actors, Ray Data's actors, tasks) from
``/proc``, the overhead over the actors' coding, and other processes' share of the cores.

``--parse-context N|all`` sets how much of a Dutch article the models read
(``EVENTCODER_PARSE_CONTEXT``, :mod:`eventcoder.nlp.windows`).

``--scale`` instead times single articles of growing size (``--sizes``), reporting time per
character: flat means linear. Run from the repository root:

    .venv/bin/python benchmarks/bench_day.py --articles 400 [--modes tokenizer,inprocess]
        [--long 4] [--long-chars 100000] [--json out.json]
    .venv/bin/python benchmarks/bench_day.py --scale --sizes 50000,200000,1000000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
GDELT_DAY = 250_000
MODES = ("tokenizer", "inprocess", "workers2", "ray1", "ray2")


def build_day(shared: Path, articles: int, long: int, long_chars: int, seed: int = 0,
              only_lang: str | None = None) -> list:
    """The day's articles: Dutch and English news, shuffled, with ``long`` long ones."""
    from eventcoder.evaluate.corpora import load_corpus
    from eventcoder.records import Article

    stream = shared / "data/dpg-news-nl/articles.jsonl"
    if not stream.is_file():
        raise SystemExit(f"shared data not found: {stream}")
    dutch = [json.loads(line) for line in stream.open(encoding="utf-8")]
    english = [row for corpus in ("gwn", "trnews", "geovirus")
               for row in load_corpus(shared, corpus).values()]
    rng = random.Random(seed)
    rows = [("nl", r) for r in dutch] + [("en", r) for r in english]
    rng.shuffle(rows)
    day = []
    if only_lang:
        rows = [(lang, row) for lang, row in rows if lang == only_lang]
    for n, (lang, row) in enumerate(rows[: max(articles - long, 0)]):
        day.append(Article(id=f"day-{n}", text=row["text"], language=lang,
                           published=row.get("published") or None, origin=f"day-{n}"))
    for n in range(long):
        lang, pool = ("nl", dutch) if n % 2 == 0 and only_lang != "en" else ("en", english)
        start = rng.randrange(len(pool))
        parts: list[str] = []
        while sum(len(p) for p in parts) < long_chars:
            parts.append(pool[(start + len(parts)) % len(pool)]["text"])
        day.append(Article(id=f"long-{n}", text="\n\n".join(parts)[:long_chars], language=lang,
                           origin=f"long-{n}"))
    rng.shuffle(day)
    return day


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mib() -> float:
    """Largest resident set of this process or any finished child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _proc_kind(cmdline: str) -> str:
    """Which part of a local Ray instance a process is, from its (Ray-set) title."""
    if "gcs_server" in cmdline:
        return "gcs"
    if "raylet" in cmdline.split(" ")[0]:
        return "raylet"
    if "ShardCoder" in cmdline or "MapWorker" in cmdline:
        return "actors"
    if cmdline.startswith("ray::") and "Actor" in cmdline:
        return "ray_data_actors"  # Ray Data's own: stats, autoscaling, actor locations
    if cmdline.startswith("ray::"):
        return "ray_tasks"
    return "ray_other"  # agents, log monitor, idle workers not yet named


def process_cpu() -> dict[int, tuple[str, float]]:
    """CPU seconds so far of this process ("driver") and of every process below it (a local
    Ray instance: GCS, raylet, its workers), by process id with its kind; from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        pid = int(entry.name)
        parent[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    me = os.getpid()
    out: dict[int, tuple[str, float]] = {me: ("driver", cpu.get(me, 0.0))}
    for pid in cpu:
        up, seen = parent.get(pid), 0
        while up and up != me and seen < 64:
            up, seen = parent.get(up), seen + 1
        if up != me or pid == me:
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        out[pid] = (_proc_kind(cmdline.strip()), cpu[pid])
    return out


def machine_busy_s() -> float:
    """CPU seconds all processes of the machine have spent so far (/proc/stat, Linux)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def cpu_between(before: dict[int, tuple[str, float]],
                after: dict[int, tuple[str, float]]) -> dict[str, float]:
    """CPU seconds spent between two :func:`process_cpu` readings, per kind (a process
    started in between counts whole; one that ended in between is not seen)."""
    totals: dict[str, float] = {}
    for pid, (kind, spent) in after.items():
        totals[kind] = totals.get(kind, 0.0) + spent - before.get(pid, (kind, 0.0))[1]
    return totals


def run_mode(mode: str, day: list, workers_dir: Path) -> dict[str, Any]:
    """One mode in this process: set-up first (untimed), then the day."""
    from eventcoder.parallel import code_in_parallel, stream_on_ray, warm_up

    t0, cpu0, kids0 = time.perf_counter(), time.process_time(), _children_cpu()
    failed = events = 0
    if mode == "tokenizer":
        import spacy

        blank = {lang: spacy.blank(lang) for lang in ("nl", "en")}
        t0, cpu0 = time.perf_counter(), time.process_time()
        for article in day:
            blank[article.language](article.text)
        done = len(day)
    elif mode in ("inprocess", "workers2"):
        warm_up()
        t0, cpu0 = time.perf_counter(), time.process_time()
        done = 0
        for done, result in enumerate(  # noqa: B007 - the count is used after the loop
                code_in_parallel(day, workers=2 if mode == "workers2" else 1), start=1):
            failed += bool(result.failure)
            events += len(result.events)
    else:
        workers = int(mode[-1])
        shards = sorted(str(p) for p in workers_dir.glob("*.jsonl"))
        import ray

        ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
        # set-up: the actors start and load their models on a first small shard
        list(stream_on_ray(shards[:1], workers=workers))
        # a new actor pool starts (models loaded again) with each stream_on_ray call, so the
        # start is inside the timed run; the steady window, from the arrival of 10 % of the
        # articles to that of 90 %, leaves it out, with CPU read per process at both ends
        marks = {len(day) // 10: "from", len(day) * 9 // 10: "to"}
        window: dict[str, tuple[float, int, dict[int, tuple[str, float]]]] = {}
        busy: dict[str, float] = {}
        start_cpu, busy["start"] = process_cpu(), machine_busy_s()
        load0 = os.getloadavg()[0]
        t0, cpu0 = time.perf_counter(), time.process_time()
        done, first = 0, 0.0
        for result in stream_on_ray(shards, workers=workers):
            if not done:  # the actors have started and loaded their models by now
                first = time.perf_counter() - t0
            done += 1
            failed += bool(result.failure)
            events += len(result.events)
            if done in marks:
                window[marks[done]] = (time.perf_counter(), done, process_cpu())
                busy[marks[done]] = machine_busy_s()
        wall_ray = time.perf_counter() - t0
        load1 = os.getloadavg()[0]
        ray.shutdown()
    wall = time.perf_counter() - t0 if mode[:3] != "ray" else wall_ray
    cpu = time.process_time() - cpu0 + _children_cpu() - kids0
    cores = {"workers2": 2, "ray1": 1, "ray2": 2}.get(mode, 1)
    rate = done / wall if wall else 0.0
    extra: dict[str, Any] = {}
    if mode[:3] == "ray":
        extra["load_1min"] = [round(load0, 2), round(load1, 2)]
        extra["first_result_s"] = round(first, 2)
    if mode[:3] == "ray" and len(window) == 2:
        (ta, na, ca), (tb, nb, cb) = window["from"], window["to"]
        split = cpu_between(ca, cb)
        extra["steady_per_s"] = round((nb - na) / (tb - ta), 2)
        # other processes' share of the 2 cores in the window: above a few % the run is
        # not clean (the 1-minute load counts this run's own processes too)
        others = busy["to"] - busy["from"] - sum(split.values())
        extra["others_cpu_share"] = round(others / (2 * (tb - ta)), 3)
        # CPU per article and process kind from the start to the 90 % mark: the actors'
        # start and the front-loaded reading included
        run = cpu_between(start_cpu, cb)
        extra["run_cpu_ms_per_article"] = {k: round(1000 * v / nb, 2)
                                           for k, v in sorted(run.items()) if v > 0}
        extra["others_cpu_share_run"] = round(
            (busy["to"] - busy["start"] - sum(run.values())) / (2 * (tb - t0)), 3)
        # CPU milliseconds per article and process kind in the steady window; o/c: all that
        # is not the actors' coding against the actors' (the wall ratio ray2/ray1 on 2 free
        # cores is at most about 2c/(c+o))
        extra["steady_cpu_ms_per_article"] = {k: round(1000 * v / (nb - na), 2)
                                              for k, v in sorted(split.items()) if v > 0}
        coding = split.get("actors", 0.0)
        if coding:
            extra["overhead_over_coding"] = round((sum(split.values()) - coding) / coding, 3)
    return {"mode": mode, "articles": done, "failed": failed, "events": events,
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            # local processes only: Ray's workers are not this process's children
            "articles_per_cpu_s": round(done / cpu, 2) if cpu and mode[:3] != "ray" else None,
            "articles_per_s": round(rate, 2), "articles_per_s_per_core": round(rate / cores, 2),
            "peak_rss_mib": round(peak_rss_mib(), 1),
            "day_250k_hours": round(GDELT_DAY / rate / 3600, 2) if rate else None, **extra}


def write_shards(day: list, folder: Path, per_shard: int = 50) -> None:
    for n in range(0, len(day), per_shard):
        with (folder / f"shard-{n // per_shard:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for article in day[n:n + per_shard]:
                fh.write(article.model_dump_json() + "\n")


def _time_stages() -> dict[str, float]:
    """CPU seconds per step of ``code_article`` (parse, extract and each registered stage),
    gathered by wrapping the functions it calls; the dict is filled as articles are coded."""
    import eventcoder.extract as extract
    import eventcoder.pipeline as pipeline
    import eventcoder.stages as stages

    spent: dict[str, float] = {}

    def timed(module: Any, name: str, label: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0
        setattr(module, name, wrapper)

    timed(pipeline, "parse_article", "parse")
    timed(extract, "extract_events", "extract")
    # the stage functions are looked up each time register_stages is called: per article
    for name in ("_geocode", "_localise", "_told_twice", "_scope", "_notes"):
        if hasattr(stages, name):
            timed(stages, name, name.lstrip("_"))
    return spent


def scale(sizes: list[int], shared: Path) -> list[dict[str, Any]]:
    """Single Dutch articles of growing size: seconds and microseconds per character."""
    from eventcoder.parallel import warm_up
    from eventcoder.pipeline import code_article
    from eventcoder.records import Article

    stream = shared / "data/dpg-news-nl/articles.jsonl"
    big = "\n\n".join(json.loads(line)["text"] for line in stream.open(encoding="utf-8"))
    while len(big) < max(sizes):
        big += "\n\n" + big
    warm_up()
    stage_cpu = _time_stages()
    rows = []
    for size in sizes:
        article = Article(id=f"size-{size}", text=big[:size], language="nl",
                          published="2019-03-15")
        stage_cpu.clear()
        t0 = time.process_time()
        events = code_article(article)
        cpu = time.process_time() - t0
        rows.append({"chars": size, "cpu_s": round(cpu, 2),
                     "us_per_char": round(1e6 * cpu / size, 1), "events": len(events),
                     "peak_rss_mib": round(peak_rss_mib(), 1),
                     # what each step cost per character: geocoding and scope run only
                     # on an article with events, so they follow the events, not the length
                     "stage_us_per_char": {k: round(1e6 * v / size, 2)
                                           for k, v in stage_cpu.items()}})
        print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--long", type=int, default=4, help="long articles among them")
    parser.add_argument("--long-chars", type=int, default=100_000)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--scale", action="store_true", help="time single long articles")
    parser.add_argument("--sizes", default="50000,200000,1000000")
    parser.add_argument("--lang", choices=["nl", "en"], help="only this language's news")
    parser.add_argument("--parse-context", help="sentences parsed each side of a trigger "
                        "sentence (EVENTCODER_PARSE_CONTEXT; 'all': the whole text)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one mode, print JSON
    parser.add_argument("--shards", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    shared = Path(os.environ.get("EVENTCODER_SHARED") or args.shared)
    if args.parse_context is not None:  # the modes' processes inherit it
        os.environ["EVENTCODER_PARSE_CONTEXT"] = args.parse_context
    if args.scale:
        rows = scale([int(s) for s in args.sizes.split(",")], shared)
        ratio = rows[-1]["cpu_s"] / rows[0]["cpu_s"] if rows[0]["cpu_s"] else None
        print(f"time ratio {rows[-1]['chars']:,} / {rows[0]['chars']:,} chars: "
              f"{ratio:.1f}x for {rows[-1]['chars'] / rows[0]['chars']:.0f}x the text")
        base = [sum(v for k, v in r["stage_us_per_char"].items() if k in ("parse", "extract"))
                * r["chars"] for r in (rows[0], rows[-1])]
        if base[0]:  # the steps every article that passes the prefilter takes
            print(f"parse + extract alone: {base[1] / base[0]:.1f}x (geocoding and scope run "
                  "only where events are found)")
        if args.json:
            args.json.write_text(json.dumps(rows, indent=2))
        return 0
    day = build_day(shared, args.articles, args.long, args.long_chars, only_lang=args.lang)
    if args.one:
        print(json.dumps(run_mode(args.one, day, args.shards or Path("."))))
        return 0
    chars = sum(len(a.text) for a in day)
    from eventcoder.nlp.windows import parse_context

    context = parse_context()
    print(f"day: {len(day)} articles, {chars:,} characters, "
          f"{sum(a.language == 'nl' for a in day)} Dutch, {args.long} long; parse context "
          f"{'whole text' if context is None else context}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        write_shards(day, Path(tmp))
        for mode in args.modes.split(","):
            cmd = [sys.executable, __file__, "--articles", str(args.articles), "--long",
                   str(args.long), "--long-chars", str(args.long_chars), "--shared", str(shared),
                   "--one", mode, "--shards", tmp] + (["--lang", args.lang] if args.lang else [])
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            if proc.returncode or not lines:
                print(f"{mode}: failed\n{proc.stderr[-2000:]}", flush=True)
                rows.append({"mode": mode, "failed_run": True})
                continue
            rows.append(json.loads(lines[-1]))
            print(json.dumps(rows[-1]), flush=True)
    by = {r["mode"]: r for r in rows if not r.get("failed_run")}
    ratios = {}
    if "tokenizer" in by and "inprocess" in by:
        # on CPU time: other processes on a shared machine inflate wall time
        ratios["inprocess_vs_tokenizer_cpu"] = round(
            by["inprocess"]["articles_per_cpu_s"] / by["tokenizer"]["articles_per_cpu_s"], 4)
    if "ray1" in by and "ray2" in by:
        ratios["ray2_vs_ray1"] = round(
            by["ray2"]["articles_per_s"] / by["ray1"]["articles_per_s"], 2)
        if by["ray1"].get("steady_per_s") and by["ray2"].get("steady_per_s"):
            ratios["ray2_vs_ray1_steady"] = round(
                by["ray2"]["steady_per_s"] / by["ray1"]["steady_per_s"], 2)
    if "inprocess" in by and "workers2" in by:
        ratios["workers2_vs_inprocess"] = round(
            by["workers2"]["articles_per_s"] / by["inprocess"]["articles_per_s"], 2)
    print(json.dumps(ratios))
    if args.json:
        args.json.write_text(json.dumps({"modes": rows, "ratios": ratios,
                                         "parse_context": context}, indent=2))
    return 0 if all(not r.get("failed_run") for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
