"""Score one origin of a coded set (``new-2``: the second English round) from an eval run.

``eventcoder eval --json`` scores a whole split; ``gold/articles.tsv`` knows which round each
article came in. This reads the run's per-article results (no second coding run) and prints
precision, recall and F1 per origin, with the share of no-event articles given an event:

    .venv/bin/eventcoder eval --gold gold/en.jsonl --split dev --json > /tmp/dev.json
    .venv/bin/python gold/score_origin.py /tmp/dev.json [--origin new-2]

Run it on dev runs only: the test split is scored to report a finished change, never split up.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def origins() -> dict[str, str]:
    """Article id -> origin, from ``articles.tsv``."""
    with (HERE / "articles.tsv").open(encoding="utf-8") as fh:
        return {r["id"]: r["origin"] for r in csv.DictReader(fh, delimiter="\t")}


def score(per_article: list[dict[str, Any]]) -> dict[str, float | int]:
    """Event counts and P/R/F1 over these articles, as ``eval`` counts them."""
    tp = sum(len(a["matches"]) for a in per_article)
    fn = sum(len(a["missed"]) for a in per_article)
    fp = sum(len(a["spurious"]) for a in per_article)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    negatives = [a for a in per_article if a["negative"]]
    noisy = sum(1 for a in negatives if a["predicted_events"])
    return {"articles": len(per_article), "gold": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": p, "recall": r, "f1": f1, "negatives": len(negatives),
            "negatives_with_events": noisy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="output of `eventcoder eval --json`")
    parser.add_argument("--origin", help="only this origin (news-dev, new, new-2, new-conll)")
    args = parser.parse_args()
    run = json.loads(args.run.read_text(encoding="utf-8"))
    origin_of = origins()
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in run["per_article"]:
        groups.setdefault(origin_of.get(item["article_id"], "?"), []).append(item)
    for name in sorted(groups):
        if args.origin and name != args.origin:
            continue
        s = score(groups[name])
        print(f"{name}: {s['articles']} articles, {s['gold']} gold events, TP {s['tp']} FP "
              f"{s['fp']} FN {s['fn']}, P {100 * s['precision']:.1f} R {100 * s['recall']:.1f} "
              f"F1 {100 * s['f1']:.1f}, no-event articles with events "
              f"{s['negatives_with_events']}/{s['negatives']}")


if __name__ == "__main__":
    main()
