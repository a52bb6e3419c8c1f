"""Would a scope model trained on more sets code better? Leave one set out, end to end.

    .venv/bin/python training/train_scope.py --fresh --invented --dry-run   # the candidate cache
    .venv/bin/python training/scope_loso.py [--c 0.5] [--min-recall 0.75]

Grouped cross-validation over candidates (``train_scope.py --compare``) scores a model on the
rules' candidates with a crude label (its sentences overlap a gold event's evidence). This
script asks the question a user cares about, on dev data only: for each dev set in the cache
(the coded dev splits and the invented sets' dev halves), a model is trained on every *other*
set's candidates (and the verdicts), its threshold chosen as ``train_scope.py`` chooses it, and
the held set's dev split is coded end to end with it (``code_article`` with that model in place
of the shipped one) and scored by ``evaluate_gold``. Beside it, the shipped model on the same
split. Micro totals over the sets say which training carries over to a set it has not seen.

The shipped model was trained on the coded dev splits, so on those two rows it is in sample
(favouring it); on every invented set both are out of sample. Test splits are never touched.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_scope import CACHE, GOLD, best_threshold, cross_validate  # noqa: E402


def fit(feats: list[dict], y: list[bool], groups: list[str], real: list[bool], c: float,
        min_recall: float) -> Any:
    """A ScopeModel trained as ``train_scope.py`` trains it (threshold on real rows' CV)."""
    from eventcoder.extract.scope import ScopeModel

    vec, x, model, p = cross_validate(feats, y, groups, c)
    threshold, _ = best_threshold([a for a, k in zip(y, real, strict=True) if k],
                                  [b for b, k in zip(p, real, strict=True) if k], min_recall)
    model.fit(x, y)
    weights = {n: float(w) for n, w in zip(vec.feature_names_, model.coef_[0], strict=True)}
    return ScopeModel.from_json({"threshold": threshold, "thresholds": {},
                                 "bias": float(model.intercept_[0]), "weights": weights})


def gold_path(source: str) -> Path:
    """The gold file a cache source names (``gold-nl-dev``, ``invented-en-local-3-dev``)."""
    name = source.removesuffix("-dev")
    if name.startswith("gold-"):
        return GOLD / f"{name.removeprefix('gold-')}.jsonl"
    return GOLD / "invented" / f"{name.removeprefix('invented-')}.jsonl"


def score(path: Path, model: Any) -> dict[str, int]:
    """TP / FP / FN and no-event articles with events of a dev split, coded with ``model``."""
    import eventcoder.extract.scope as scope
    from eventcoder.evaluate import evaluate_gold
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    shipped = scope.load_scope_model
    scope.load_scope_model = lambda *a, **k: model  # type: ignore[assignment]
    try:
        d = evaluate_gold(path, lambda a: merge_events(code_article(a, scope=True)),
                          split="dev").to_dict()
    finally:
        scope.load_scope_model = shipped  # type: ignore[assignment]
    e = d["events"]
    return {"tp": e["true_positives"], "fp": e["false_positives"], "fn": e["false_negatives"],
            "neg": d["negatives"], "noisy": d["negatives"] - d["negatives_without_predictions"]}


def line(name: str, s: dict[str, int]) -> str:
    p = s["tp"] / max(1, s["tp"] + s["fp"])
    r = s["tp"] / max(1, s["tp"] + s["fn"])
    f = 2 * s["tp"] / max(1, 2 * s["tp"] + s["fp"] + s["fn"])
    return (f"{name:28} P {100 * p:5.1f} R {100 * r:5.1f} F1 {100 * f:5.1f}  "
            f"no-event with events {s['noisy']}/{s['neg']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c", type=float, default=0.5)
    parser.add_argument("--min-recall", type=float, default=0.75)
    parser.add_argument("--real-only", action="store_true",
                        help="train on real-news rows only (as the shipped model)")
    args = parser.parse_args()
    from eventcoder.extract.scope import load_scope_model, scope_features
    from eventcoder.records import Article, Event

    with CACHE.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    per_article = Counter(r["article"]["id"] for r in rows)
    feats = [scope_features(Event.model_validate(r["event"]),
                            Article.model_validate(r["article"]),
                            per_article[r["article"]["id"]]) for r in rows]
    y = [bool(r["label"]) for r in rows]
    groups = [r["article"]["id"] for r in rows]
    real = [not r["source"].startswith("invented") for r in rows]
    sources = sorted({r["source"] for r in rows if r["source"].endswith("-dev")})
    shipped = load_scope_model()
    totals = {"shipped": Counter(), "left out": Counter()}
    for held in sources:
        keep = [i for i, r in enumerate(rows) if r["source"] != held
                and (real[i] or not args.real_only)]
        model = fit([feats[i] for i in keep], [y[i] for i in keep], [groups[i] for i in keep],
                    [real[i] for i in keep], args.c, args.min_recall)
        path = gold_path(held)
        a, b = score(path, shipped), score(path, model)
        totals["shipped"].update(a)
        totals["left out"].update(b)
        print(f"{held} (threshold {model.threshold:.3f})")
        print("  " + line("shipped", a))
        print("  " + line("trained without it", b), flush=True)
    print("micro over the sets:")
    for name, s in totals.items():
        print("  " + line(name, s))


if __name__ == "__main__":
    main()
