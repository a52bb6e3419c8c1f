"""Every number the scope issue is judged by, from one command, as a Markdown table.

    .venv/bin/python gold/report.py                # coded sets (dev and test, with and without
                                                   # the scope model; the project's own coded news
                                                   # and the invented sets of gold/invented/), the
                                                   # notes of gold/notes/, nl-dpg-dev, CASE 2021
    .venv/bin/python gold/report.py --stream /tmp/stream.jsonl
                                                   # also the Dutch stream's precision, from an
                                                   # `eventcoder extract` run judged by the verdicts
    .venv/bin/python gold/report.py --dev-only     # the same without the test splits: what a
                                                   # change is tuned and judged on before it ships

The same scoring as ``eventcoder eval`` (``evaluate_gold`` over ``merge_events(code_article())``),
run in one process so the model and gazetteer load once. The test split is scored, never read:
this prints counts, not articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "src"))
sys.path.insert(0, str(HERE))

from stream_report import stream_verdicts, verdict_of  # noqa: E402

from eventcoder.evaluate.corpora import shared_dir  # noqa: E402


def coded_set(path: Path, split: str | None, scope: bool) -> dict[str, Any]:
    """P/R/F1 of events and the share of no-event articles given any event."""
    from eventcoder.evaluate import evaluate_gold
    from eventcoder.evaluate.intervals import bootstrap_intervals
    from eventcoder.evaluate.losses import format_losses, losses
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    report = evaluate_gold(path, lambda a: merge_events(code_article(a, scope=scope)),
                           split=split)
    result = report.to_dict()
    e = result["events"]
    negatives = result["negatives"]
    noisy = negatives - result["negatives_without_predictions"]
    ci = bootstrap_intervals(report)
    return {"p": 100 * e["precision"], "r": 100 * e["recall"], "f1": 100 * e["f1"],
            "gold": result["gold_events"], "noisy": 100 * noisy / negatives if negatives else 0.0,
            "counts": (e["true_positives"], e["false_positives"], e["false_negatives"],
                       negatives, noisy),
            "f1_ci": tuple(100 * x for x in ci["f1"]),
            "noisy_ci": tuple(100 * x for x in ci["negatives_with_events"]),
            "losses": format_losses(losses(report))}


def _prf(s: dict[str, Any]) -> str:
    return f"{s['p']:.1f} / {s['r']:.1f} / {s['f1']:.1f}"


def _ci(bounds: tuple[float, float], unit: str = "") -> str:
    return f"{bounds[0]:.1f}{unit} – {bounds[1]:.1f}{unit}"


def _pooled_prf(counts: list[tuple[int, ...]]) -> tuple[float, float, float, float]:
    """Micro P / R / F1 and the no-event share over several sets' (tp, fp, fn, negatives,
    noisy) counts."""
    tp, fp, fn, neg, noisy = (sum(c[i] for c in counts) for i in range(5))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f1, 100 * noisy / neg if neg else 0.0


def print_pooled(pooled: dict[tuple[str, str, str], list[tuple[int, ...]]]) -> None:
    """The invented sets of one language pooled (micro counts): one number per split with far
    more events behind it than any one set's half, so a change's effect shows above noise."""
    print("\n| invented sets pooled (micro) | sets | rules only P / R / F1 | with scope P / R / F1 "
          "| gold events | no-event articles with events (rules → scope) |")
    print("|---|---|---|---|---|---|")
    for lang, split, which in sorted(pooled):
        if which != "model":
            continue
        rules = _pooled_prf(pooled[(lang, split, "rules")])
        model = _pooled_prf(pooled[(lang, split, "model")])
        gold = sum(c[0] + c[2] for c in pooled[(lang, split, "model")])
        print(f"| {lang} {split} | {len(pooled[(lang, split, which)])} | "
              f"{rules[0]:.1f} / {rules[1]:.1f} / {rules[2]:.1f} | "
              f"{model[0]:.1f} / {model[1]:.1f} / {model[2]:.1f} | {gold} | "
              f"{rules[3]:.1f} % → {model[3]:.1f} % |")


def stream_precision(events_path: Path, pool: str = "nl") -> tuple[int, int, int]:
    """(events, judged, true) of an extract run against the pool's verdicts
    (``gold/verdicts/dpg-news-nl.tsv`` for the Dutch stream), matched as ``stream_report.py``
    matches them: by id, else by article, type and evidence."""
    verdicts = stream_verdicts(pool)
    events = [json.loads(line) for line in events_path.open(encoding="utf-8") if line.strip()]
    found = [verdict_of(e, verdicts, pool) for e in events]
    judged = [v.verdict for v in found if v is not None]
    return len(events), len(judged), sum(v == "true" for v in judged)


def print_notes(paths: list[Path], dev_only: bool) -> None:
    """Field accuracy on the ACLED-style notes sets (``eventcoder eval-notes``), per split."""
    from eventcoder.evaluate.notes import evaluate_notes, load_notes
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    if not paths:
        return
    fields = ("coded", "event_type", "sub_event_type", "actor1", "actor2",
              "fatalities_where_died", "country", "location")
    print("\n| notes set | notes | " + " | ".join(fields) + " |")
    print("|---|---|" + "---|" * len(fields))
    for path in paths:
        for split in ("dev",) if dev_only else ("dev", "test"):
            notes = load_notes(path, split=split)
            if not notes:
                continue
            acc = evaluate_notes(
                notes, lambda a: merge_events(code_article(a, scope=True))).accuracy()
            cells = [f"{path.stem} {split}", str(len(notes))]
            cells += [f"{100 * acc[f][0]:.1f}" for f in fields]
            print("| " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stream", type=Path, help="an `eventcoder extract` output of the stream")
    parser.add_argument("--stream-en", type=Path,
                        help="an `eventcoder extract` output of the English stream "
                        "(`stream_report.py --pool en --write-input`)")
    parser.add_argument("--skip", default="", help="comma-separated: coded,notes,dpg,case")
    parser.add_argument("--dev-only", action="store_true",
                        help="score the coded sets' dev splits only, never test (while tuning)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    shared = shared_dir()
    if "coded" not in skip:
        print("| set | rules only P / R / F1 | with scope P / R / F1 | with scope F1, 95 % CI "
              "| gold events | no-event articles with events (rules → scope) "
              "| with scope, 95 % CI |")
        print("|---|---|---|---|---|---|---|")
        lost = []
        pooled: dict[tuple[str, str, str], list[tuple[int, ...]]] = {}
        sets = [(lang, HERE / f"{lang}.jsonl") for lang in ("nl", "en")]
        sets += [(f"invented {p.stem}", p) for p in sorted((HERE / "invented").glob("*.jsonl"))]
        for name, path in sets:
            for split in ("dev",) if args.dev_only else ("dev", "test"):
                rules, model = coded_set(path, split, False), coded_set(path, split, True)
                cells = [f"{name} {split}", _prf(rules), _prf(model), _ci(model["f1_ci"]),
                         str(model["gold"]),
                         f"{rules['noisy']:.1f} % → {model['noisy']:.1f} %",
                         _ci(model["noisy_ci"], " %")]
                print("| " + " | ".join(cells) + " |")
                lost.append(f"- {name} {split}, with scope: {model['losses']}")
                if name.startswith("invented"):
                    key = (name.split()[1].split("-")[0], split)
                    for which, scored in (("rules", rules), ("model", model)):
                        pooled.setdefault((*key, which), []).append(scored["counts"])
        print_pooled(pooled)
        print("\nWhere the events were lost (counts by class, `eventcoder.evaluate.losses`):")
        print("\n".join(lost))
    if "notes" not in skip:
        print_notes(sorted((HERE / "notes").glob("*.jsonl")), args.dev_only)
    if "dpg" not in skip:
        d = coded_set(shared / "eval" / "nl-dpg-dev" / "gold.jsonl", None, True)
        print(f"\nnl-dpg-dev: P {d['p']:.1f} R {d['r']:.1f} F1 {d['f1']:.1f}")
    if "case" not in skip:
        from eventcoder.evaluate.case2021 import evaluate_case2021

        c = evaluate_case2021(shared / "eval" / "case2021-task2" / "test_with_labels.tsv")
        print(f"CASE 2021 task 2: micro F1 {c['micro_f1']:.3f} (P {c['micro_precision']:.3f}, "
              f"R {c['micro_recall']:.3f}), macro F1 {c['macro_f1']:.3f}")
    for pool, name, path in (("nl", "Dutch", args.stream), ("en", "English", args.stream_en)):
        if path is None:
            continue
        n, judged, true = stream_precision(path, pool)
        from eventcoder.evaluate.intervals import proportion_interval

        share = "n/a"
        if judged:
            low, high = proportion_interval(true, judged)
            share = f"{100 * true / judged:.0f} %, 95 % CI {100 * low:.0f}–{100 * high:.0f} %"
        print(f"{name} stream: {n} events, {judged} judged, {true} true ({share})")


if __name__ == "__main__":
    main()
