"""Train the scope model (``src/eventcoder/models/scope/scope.json``) from the coded sets.

    .venv/bin/python training/train_scope.py            # candidates (cached), CV, fit, write
    .venv/bin/python training/train_scope.py --fresh --invented --compare
                                                        # real-news-only vs real + invented (CV)
    .venv/bin/python training/train_scope.py --fresh    # recode the candidates first

Labelled candidates come from two kinds of data, never from a test split:
- the dev split of ``gold/nl.jsonl`` and ``gold/en.jsonl`` (with ``--invented``, also of the
  invented sets of ``gold/invented/``): the rules' candidates (scope off)
  are coded, and a candidate is in scope when the sentences it rests on overlap the evidence of
  a gold event of the same article (a right event coded with a wrong field is still in scope);
- ``gold/verdicts/*.tsv``: analysts' verdicts (true / false, by ``gold/CODEBOOK.md``) on the
  rules' candidates in uncoded news: the Dutch stream, CoNLL-2002's newspaper documents and the
  English geoparsing corpora. Stream articles of the held-out share (``--held-out``, as the
  gold split) are left out, so the stream's precision can be reported on unseen articles.
  A candidate takes the verdict of its event id, else that of a row of the same article and
  event type whose evidence sentences overlap its own (``eventcoder.evaluate.verdicts``), so
  a rule change that moves a trigger or a sub-type keeps the candidate's label.

The model is scikit-learn's logistic regression over :func:`scope_features`; the threshold is
the one that maximises F1 of the kept candidates under cross-validation grouped by article. The
weights are written as JSON, so running eventcoder needs no scikit-learn.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from eventcoder.evaluate.corpora import in_share  # noqa: E402
from eventcoder.evaluate.verdicts import VerdictIndex, problems  # noqa: E402
from eventcoder.evaluate.verdicts import read_verdicts as verdict_rows  # noqa: E402

GOLD = ROOT / "gold"
# the dev halves of the sets written and coded blind from the codebook (their test halves are
# only scored)
INVENTED = [GOLD / "invented" / f"{name}.jsonl" for name in (
    "en-local", "nl-news", "en-local-2a", "en-local-2b", "nl-news-2a", "nl-news-2b",
    "en-local-3", "en-local-4", "en-local-5", "nl-news-3", "nl-news-4", "nl-news-5")]
CACHE = ROOT / "training" / "output" / "scope-candidates.jsonl"
TARGET = ROOT / "src" / "eventcoder" / "models" / "scope" / "scope.json"
VERSION = "0.1.0"
HELD_OUT_SHARE = 0.40
MIN_LANGUAGE_POSITIVES = 30


def held_out(article_id: str) -> bool:
    """The stream's held-out share: the same hash rule as the gold split."""
    return in_share(article_id, HELD_OUT_SHARE)


def read_verdicts() -> VerdictIndex:
    """Every verdict row of ``gold/verdicts``, checked; a bad file stops the training."""
    rows = verdict_rows(GOLD / "verdicts")
    bad = problems(rows)
    if bad:
        raise SystemExit("bad verdict rows:\n" + "\n".join(bad))
    return VerdictIndex(rows)


def overlaps(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def collect(shared: Path, invented: bool = False) -> list[dict]:
    """Code every training article with the rules only and label its candidates."""
    from eventcoder.evaluate.corpora import corpus_of, load_corpus
    from eventcoder.evaluate.gold import article_from_gold, load_gold
    from eventcoder.pipeline import code_article

    rows: list[dict] = []
    gold_ids: set[str] = set()
    test_ids: set[str] = set()
    with (GOLD / "articles.tsv").open() as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            gold_ids.add(r["id"])
            if r["split"] == "test":
                test_ids.add(r["id"])
    sets = [(GOLD / f"{lang}.jsonl", f"gold-{lang}-dev") for lang in ("nl", "en")]
    sets += [(path, f"invented-{path.stem}-dev") for path in INVENTED if invented]
    for path, source in sets:
        for item in load_gold(path, split="dev", shared=shared):
            gold_spans = [(e.start, e.end) for ev in item.events for e in ev.evidence]
            for event in code_article(item.article.model_copy(deep=True), scope=False):
                spans = [(e.start, e.end) for e in event.evidence_for("event_type")]
                rows.append({"article": item.article.model_dump(mode="json"),
                             "event": event.model_dump(mode="json"),
                             "label": overlaps(spans, gold_spans), "source": source})
    verdicts = read_verdicts()
    by_article = set(verdicts.by_article)
    skipped: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for article_id in sorted(by_article):
        if article_id in gold_ids:
            skipped["in a gold set"] += 1
            continue
        corpus = corpus_of(article_id)
        if corpus == "dpg-news-nl" and held_out(article_id):
            skipped["held-out stream"] += 1
            continue
        article = article_from_gold(load_corpus(shared, corpus)[article_id])
        for event in code_article(article.model_copy(deep=True), scope=False):
            v = verdicts.match(event, article_id, article.text)
            if v is None:
                skipped["candidate without verdict"] += 1
                continue
            matched["by id" if v.event_id == event.event_id else "by evidence"] += 1
            rows.append({"article": article.model_dump(mode="json"),
                         "event": event.model_dump(mode="json"),
                         "label": v.true, "source": f"verdicts-{corpus}"})
    print("skipped:", dict(skipped), "verdicts matched:", dict(matched))
    return rows


def best_threshold(y: list[bool], p: list[float], min_recall: float = 0.0) -> tuple[float, float]:
    """The threshold of best F1 among those that keep ``min_recall`` of the in-scope ones."""
    best = (0.0, -1.0)
    positives = sum(y)
    for t in sorted(set(round(x, 3) for x in p)):
        tp = sum(1 for a, b in zip(y, p, strict=True) if a and b >= t)
        if positives and tp / positives < min_recall:
            continue
        fp = sum(1 for a, b in zip(y, p, strict=True) if not a and b >= t)
        f1 = 2 * tp / (2 * tp + fp + (positives - tp)) if positives else 0.0
        if f1 > best[1]:
            best = (t, f1)
    return best


def cross_validate(feats: list[dict], y: list[bool], groups: list[str], c: float
                   ) -> tuple[Any, Any, Any, list[float]]:
    """The vectoriser, the matrix, the (unfitted) model and each row's out-of-fold
    probability under 5-fold CV grouped by article."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    p = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(n_splits=5),
                          method="predict_proba")[:, 1]
    return vec, x, model, [float(v) for v in p]


def compare(feats: list[dict], y: list[bool], groups: list[str], real: list[bool],
            c: float, min_recall: float) -> None:
    """Real-news rows only against real + invented rows, by grouped 5-fold CV: the threshold
    chosen on real rows, F1 on real rows and on invented rows (out of sample for the first)."""
    def f1_at(yy: list[bool], pp: list[float], t: float) -> float:
        tp = sum(1 for a, b in zip(yy, pp, strict=True) if a and b >= t)
        fp = sum(1 for a, b in zip(yy, pp, strict=True) if not a and b >= t)
        return 2 * tp / max(1, 2 * tp + fp + sum(yy) - tp)

    for name, mask in (("real news only", real), ("real + invented", [True] * len(y))):
        idx = [i for i, m in enumerate(mask) if m]
        vec, x, model, cv = cross_validate([feats[i] for i in idx], [y[i] for i in idx],
                                           [groups[i] for i in idx], c)
        p = [0.0] * len(y)
        for i, pi in zip(idx, cv, strict=True):
            p[i] = pi
        rest = [i for i, m in enumerate(mask) if not m]
        if rest:
            model.fit(x, [y[i] for i in idx])
            out = model.predict_proba(vec.transform([feats[i] for i in rest]))[:, 1]
            for i, pi in zip(rest, out, strict=True):
                p[i] = float(pi)
        ry = [a for a, k in zip(y, real, strict=True) if k]
        rp = [b for b, k in zip(p, real, strict=True) if k]
        t, f1 = best_threshold(ry, rp, min_recall)
        iy = [a for a, k in zip(y, real, strict=True) if not k]
        ip = [b for b, k in zip(p, real, strict=True) if not k]
        print(f"{name}: threshold {t:.3f}, real-news CV F1 {f1:.3f}, "
              f"invented F1 {f1_at(iy, ip, t):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fresh", action="store_true", help="recode the candidates")
    parser.add_argument("--invented", action="store_true",
                        help="also learn from the invented sets' dev halves (tried on 7 December: "
                        "the coded real-news dev sets fell, so the shipped model leaves them out)")
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--drop", default="", help="feature prefixes to leave out (ablation), "
                        "comma-separated, e.g. 't:,w:'")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only")
    parser.add_argument("--compare", action="store_true",
                        help="with a cache made by --fresh --invented: real-news-only training "
                        "against real + invented, by grouped CV (nothing written)")
    parser.add_argument("--min-recall", type=float, default=0.75,
                        help="the rules find events; the model may cost at most this share")
    args = parser.parse_args()
    from eventcoder.evaluate.corpora import shared_dir
    from eventcoder.extract.scope import scope_features
    from eventcoder.records import Article, Event

    shared = args.shared or shared_dir()
    if args.fresh or not CACHE.exists():
        rows = collect(shared, args.invented)
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        with CACHE.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with CACHE.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    drop = tuple(x for x in args.drop.split(",") if x)
    per_article = Counter(r["article"]["id"] for r in rows)
    feats = [{k: v for k, v in scope_features(Event.model_validate(r["event"]),
                                              Article.model_validate(r["article"]),
                                              per_article[r["article"]["id"]]).items()
              if not k.startswith(drop or ("\0",))} for r in rows]
    y = [bool(r["label"]) for r in rows]
    groups = [r["article"]["id"] for r in rows]
    by_source = Counter((r["source"], r["label"]) for r in rows)
    print("candidates:", len(rows), "in scope:", sum(y))
    for (source, label), n in sorted(by_source.items()):
        print(f"  {source:28} {'in' if label else 'out':3} {n}")
    # The thresholds are chosen on real news only (coded dev articles and verdicts): the
    # invented sets teach the weights, but their candidates are cleaner and twice as often
    # in scope as a stream's, so a threshold fitted to them drops real events.
    real = [not r["source"].startswith("invented") for r in rows]
    if args.compare:
        compare(feats, y, groups, real, args.c, args.min_recall)
        return
    vec, x, model, p = cross_validate(feats, y, groups, args.c)
    threshold, f1 = best_threshold([a for a, k in zip(y, real, strict=True) if k],
                                   [b for b, k in zip(p, real, strict=True) if k],
                                   args.min_recall)
    langs = [r["article"].get("language") or "en" for r in rows]
    per_language = {}
    for lang in sorted(set(langs)):
        ly = [a for a, g, k in zip(y, langs, real, strict=True) if g == lang and k]
        lp = [b for b, g, k in zip(p, langs, real, strict=True) if g == lang and k]
        t, lf1 = best_threshold(ly, lp, args.min_recall)
        kept_l = [a for a, b in zip(ly, lp, strict=True) if b >= t]
        if sum(ly) >= MIN_LANGUAGE_POSITIVES:  # else too few to choose a threshold apart
            per_language[lang] = t
        print(f"  {lang}: threshold {t:.3f}, candidate F1 {lf1:.3f}, kept {len(kept_l)} of "
              f"{len(ly)}, precision {sum(kept_l) / max(1, len(kept_l)):.3f}, "
              f"recall {sum(kept_l) / max(1, sum(ly)):.3f}")
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        k = [a for a, b in zip(y, p, strict=True) if b >= t]
        print(f"  threshold {t:.1f}: kept {len(k):3}, precision {sum(k) / max(1, len(k)):.3f}, "
              f"recall {sum(k) / max(1, sum(y)):.3f}")
    kept = [a for a, b, k in zip(y, p, real, strict=True) if b >= threshold and k]
    positives = sum(a for a, k in zip(y, real, strict=True) if k)
    print(f"5-fold CV (grouped by article), real news: threshold {threshold:.3f}, "
          f"candidate F1 {f1:.3f}, kept {len(kept)} of {sum(real)}, "
          f"precision {sum(kept) / max(1, len(kept)):.3f}, "
          f"recall {sum(kept) / max(1, positives):.3f}")
    if args.dry_run:
        return
    model.fit(x, y)
    weights = {name: round(float(w), 5) for name, w in zip(vec.feature_names_, model.coef_[0],
                                                            strict=True) if abs(w) >= 1e-4}
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", encoding="utf-8") as fh:
        json.dump({"version": VERSION, "threshold": threshold, "thresholds": per_language,
                   "bias": round(float(model.intercept_[0]), 5),
                   "trained_on": {"candidates": len(y), "in_scope": sum(y),
                                  "sources": {f"{s}/{'in' if lab else 'out'}": n
                                              for (s, lab), n in sorted(by_source.items())}},
                   "cv": {"threshold": threshold, "candidate_f1": round(f1, 4)},
                   "weights": dict(sorted(weights.items()))}, fh, ensure_ascii=False, indent=0)
        fh.write("\n")
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("most against:", ", ".join(f"{k} {v:.2f}" for k, v in top[:12]))
    print("most for:", ", ".join(f"{k} {v:.2f}" for k, v in top[-12:]))
    size = TARGET.stat().st_size
    print(f"wrote {TARGET.relative_to(ROOT)} ({size} bytes, {len(weights)} weights)")


if __name__ == "__main__":
    main()
