"""Time ``eventcoder.pipeline.code_article`` on a mixed corpus, as ratios against spaCy's floor.

Three configurations, each in a fresh Python process so that peak memory is its own:

- ``tokenizer``: ``spacy.blank(lang)(text)``, the least any spaCy-based pipeline can do;
- ``pipeline``: ``code_article`` as shipped (the prefilter skips articles with no conflict cue);
- ``no-prefilter``: ``code_article`` with ``eventcoder.extract.prefilter`` patched to pass all.

Each process first codes one article per language untimed (model loading, reported as
``setup_s``), then makes ``--repeat`` timed runs and keeps the fastest (a run passes over the
corpus until it has spent ``--min-cpu`` seconds, averaged per pass), then runs one more pass
under tracemalloc for the peak of Python allocations while coding. Ratios use CPU time of the
process (stable on a shared machine); wall-clock time is reported beside it.

    .venv/bin/python benchmarks/bench_pipeline.py [--case2021 200] [--repeat 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus import DEFAULT_SHARED, CorpusError, build_corpus, describe

from eventcoder.records import Article

CONFIGS = ("tokenizer", "pipeline", "no-prefilter")


def _make_worker(config: str, model: str | None) -> tuple[Callable[[Article], int], dict]:
    """The per-article work of one configuration, and counters it fills while running."""
    counters: dict[str, Any] = {}
    if config == "tokenizer":
        import spacy

        blanks: dict[str, Any] = {}

        def tokenize(article: Article) -> int:
            lang = article.language or "xx"
            if lang not in blanks:
                blanks[lang] = spacy.blank(lang)
            blanks[lang](article.text)
            return 0

        return tokenize, counters

    import eventcoder.extract as extract
    from eventcoder.pipeline import code_article

    real_prefilter = getattr(extract, "prefilter", None)
    if real_prefilter is None and config == "pipeline":
        raise RuntimeError("eventcoder.extract.prefilter does not exist (yet)")
    counters.update(prefilter_calls=0, prefilter_passed=0)

    def counted_prefilter(article: Article) -> bool:
        passed = real_prefilter is None or config == "no-prefilter" or bool(real_prefilter(article))
        counters["prefilter_calls"] += 1
        counters["prefilter_passed"] += passed
        return passed

    # code_article imports prefilter from eventcoder.extract at call time, so this takes effect.
    extract.prefilter = counted_prefilter

    def code(article: Article) -> int:
        return len(code_article(article, model=model))

    return code, counters


def _pass(work: Callable[[Article], int], articles: list[Article]) -> dict[str, Any]:
    """One timed pass; an article that fails is counted and the pass goes on."""
    batch = [article.model_copy() for article in articles]
    events = failures = 0
    first_error = None
    wall, cpu = time.perf_counter(), time.process_time()
    for article in batch:
        try:
            events += work(article)
        except Exception as exc:  # one bad article must not end a benchmark
            failures += 1
            first_error = first_error or f"{article.id}: {type(exc).__name__}: {exc}"
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "events": events,
        "failures": failures,
        "first_error": first_error,
    }


def _measure(
    work: Callable[[Article], int], articles: list[Article], counters: dict, min_cpu_s: float
) -> dict[str, Any]:
    """Passes over the corpus until ``min_cpu_s`` of CPU is spent, averaged per pass.

    A fast floor (the tokenizer takes milliseconds on this corpus) is otherwise too short to
    time; the counters are left as one pass filled them.
    """
    loops = []
    while not loops or sum(loop["cpu_s"] for loop in loops) < min_cpu_s:
        for name in counters:
            counters[name] = 0
        loops.append(_pass(work, articles))
    return loops[0] | {
        "cpu_s": sum(loop["cpu_s"] for loop in loops) / len(loops),
        "wall_s": sum(loop["wall_s"] for loop in loops) / len(loops),
        "loops": len(loops),
    }


def run_config(config: str, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one configuration in this process (called in a child process)."""
    languages = build_corpus(
        args.shared, case2021_limit=args.case2021, general_limit=args.general
    )
    articles = (
        build_corpus(
            args.shared, case2021_limit=args.case2021, general_limit=args.general,
            detect_language=True,
        )
        if args.detect_language and config != "tokenizer"
        else languages
    )
    started = time.perf_counter()
    work, counters = _make_worker(config, args.model)
    firsts = {article.language: index for index, article in reversed(list(enumerate(languages)))}
    for index in sorted(firsts.values()):
        try:
            work(articles[index].model_copy())
        except Exception as exc:
            print(f"warm-up failed on {articles[index].id}: {exc!r}", file=sys.stderr)
    setup_s = time.perf_counter() - started

    passes = []
    for _ in range(args.repeat):
        passes.append(_measure(work, articles, counters, args.min_cpu))
    best = min(passes, key=lambda p: p["cpu_s"])
    result: dict[str, Any] = {"config": config, "setup_s": setup_s, **best, **counters}
    result["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.trace:
        tracemalloc.start()
        _pass(work, articles)
        result["traced_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return result


def _child(config: str, argv: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", config, *argv]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-6:])
        return {"config": config, "error": tail or f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def ratios(results: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    """How many times the floor each pipeline costs, and what the prefilter saves."""

    def ratio(top: str, bottom: str, key: str) -> float | None:
        a, b = results.get(top, {}).get(key), results.get(bottom, {}).get(key)
        return a / b if a is not None and b else None

    return {
        "pipeline_vs_tokenizer_cpu": ratio("pipeline", "tokenizer", "cpu_s"),
        "pipeline_vs_tokenizer_wall": ratio("pipeline", "tokenizer", "wall_s"),
        "no_prefilter_vs_tokenizer_cpu": ratio("no-prefilter", "tokenizer", "cpu_s"),
        "prefilter_speedup_cpu": ratio("no-prefilter", "pipeline", "cpu_s"),
        "pipeline_vs_tokenizer_rss": ratio("pipeline", "tokenizer", "max_rss_mib"),
        "pipeline_vs_tokenizer_traced_peak": ratio("pipeline", "tokenizer", "traced_peak_mib"),
    }


def render(corpus: dict[str, Any], results: dict[str, dict[str, Any]], rat: dict) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"code_article on {corpus['articles']} articles, "
        f"{corpus['characters']:,} chars {corpus['languages']}"
    )
    columns = "config|art/s|kchar/s|cpu s|wall s|setup s|RSS MiB|traced MiB|events|prefilter|fail"
    for name in columns.split("|"):
        table.add_column(name, justify="left" if name == "config" else "right")
    for config, r in results.items():
        if "error" in r:
            table.add_row(config, "failed", *[""] * 9)
            continue
        n = corpus["articles"]
        table.add_row(
            config,
            f"{n / r['cpu_s']:.1f}",
            f"{corpus['characters'] / r['cpu_s'] / 1000:.1f}",
            f"{r['cpu_s']:.2f}",
            f"{r['wall_s']:.2f}",
            f"{r['setup_s']:.2f}",
            f"{r['max_rss_mib']:.0f}",
            f"{r['traced_peak_mib']:.1f}" if "traced_peak_mib" in r else "-",
            str(r["events"]) if config != "tokenizer" else "-",
            f"{r['prefilter_passed']}/{r['prefilter_calls']}" if "prefilter_calls" in r else "-",
            str(r["failures"]),
        )
    console = Console(file=io.StringIO(), width=120, color_system=None)
    console.print(table)
    for name, value in rat.items():
        console.print(f"{name:36s} {'n/a' if value is None else f'{value:.2f}x'}")
    for config, r in results.items():
        if "error" in r:
            console.print(f"\n{config} failed:\n{r['error']}", markup=False)
        elif r.get("first_error"):
            console.print(
                f"{config}: {r['failures']} failures, first: {r['first_error']}", markup=False
            )
        if r.get("prefilter_calls") == 0 and r.get("events", 0) == 0 and "error" not in r:
            console.print(f"{config}: the prefilter was never called", markup=False)
    return console.file.getvalue()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    parser.add_argument("--case2021", type=int, default=200, help="English snippets to include")
    parser.add_argument(
        "--general", type=int, default=0,
        help="general (mostly non-conflict) Dutch news articles from CoNLL-2002 to mix in",
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (fastest kept)")
    parser.add_argument(
        "--min-cpu", type=float, default=1.0, help="CPU seconds each timed run lasts at least"
    )
    parser.add_argument("--model", default=None, help="spaCy model for code_article")
    parser.add_argument(
        "--detect-language",
        action="store_true",
        help="leave article languages empty so the pipeline detects them",
    )
    parser.add_argument(
        "--no-trace", dest="trace", action="store_false", help="skip the tracemalloc pass"
    )
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated subset")
    parser.add_argument("--json", type=Path, default=None, help="also write results as JSON")
    parser.add_argument("--worker", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(run_config(args.worker, args)))
        return 0

    try:
        corpus = describe(
            build_corpus(args.shared, case2021_limit=args.case2021, general_limit=args.general)
        )
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    child_argv = [
        "--shared",
        str(args.shared),
        "--case2021",
        str(args.case2021),
        "--general",
        str(args.general),
        "--repeat",
        str(args.repeat),
        "--min-cpu",
        str(args.min_cpu),
    ]
    child_argv += ["--model", args.model] if args.model else []
    child_argv += ["--detect-language"] if args.detect_language else []
    child_argv += [] if args.trace else ["--no-trace"]
    configs = [c for c in args.configs.split(",") if c]
    unknown = set(configs) - set(CONFIGS)
    if unknown:
        parser.error(f"unknown configs: {', '.join(sorted(unknown))}")
    results = {config: _child(config, child_argv) for config in configs}
    rat = ratios(results)
    print(render(corpus, results, rat))
    if args.json:
        args.json.write_text(
            json.dumps({"corpus": corpus, "results": results, "ratios": rat}, indent=2)
        )
    return 1 if any("error" in r for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
