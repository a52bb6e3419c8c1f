"""How well do a sentence's own words tell a codable event? A measured baseline, not shipped.

    .venv/bin/python training/sentence_baseline.py     # CV AUC per language and strength

The scope model (``train_scope.py``) judges candidate events with a few hundred labelled
examples; words around the event word were tried there and fit noise. This script asks whether
a larger set of labelled *sentences* lets words speak: a logistic regression per language over
a sentence's words, word pairs and title words, scored by cross-validation grouped by article.

Labelled sentences, never from a test split:
- ``gold/sentences/*.tsv``: analysts' labels (event / background / out, by
  ``gold/CODEBOOK.md``) on sentences of uncoded news in which the pack's trigger union fires
  (drawn by ``gold/sentences.py``, which leaves out gold articles, near-duplicates of test
  articles and the stream's held-out share);
- the dev split of ``gold/nl.jsonl`` and ``gold/en.jsonl``: every trigger sentence, an event
  when it overlaps a gold event's evidence, else not.

Result (training/README.md): CV AUC 0.67 (Dutch, 532 sentences, 43 events) and 0.59 (English,
951, 48); as a feature of the scope model (scored out of fold) its CV candidate F1 moved from
0.444 to 0.453, within noise, so no sentence model ships. Event sentences are 4 % of the
trigger sentences of ordinary news: more labels of that rare class are what it lacks.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "gold"))

GOLD = ROOT / "gold"
FOLDS = 5
C_GRID = (0.1, 0.3, 1.0, 3.0)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d")


def _words(text: str) -> list[str]:
    return [_DIGITS.sub("0", w.lower()) for w in _TOKEN.findall(text)]


def sentence_features(sentence: str, title: str | None = None) -> dict[str, float]:
    """Words (``w:``), adjacent word pairs (``b:``) and title words (``h:``), binary."""
    words = _words(sentence)
    f = {f"w:{w}": 1.0 for w in words}
    f.update({f"b:{a}_{b}": 1.0 for a, b in zip(words, words[1:], strict=False)})
    f.update({f"h:{w}": 1.0 for w in _words(title or "")})
    return f


def load_rows(shared: Path) -> list[dict]:
    """Every labelled sentence: article, language, text, title and a boolean label."""
    from sentences import trigger_sentences

    from eventcoder.evaluate.corpora import corpus_of, load_corpus
    from eventcoder.evaluate.gold import load_gold

    with (GOLD / "articles.tsv").open(encoding="utf-8") as fh:
        test = {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "test"}
    rows: list[dict] = []
    for path in sorted((GOLD / "sentences").glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                if r["article_id"] in test:  # coded later into a test split: never trained on
                    continue
                corpus = corpus_of(r["article_id"])
                raw = load_corpus(shared, corpus)[r["article_id"]]
                lang = raw.get("language") or ("nl" if corpus.endswith("-nl") else "en")
                rows.append({"article": r["article_id"], "lang": lang,
                             "text": raw["text"][int(r["start"]):int(r["end"])],
                             "title": raw.get("title"), "label": r["label"] == "event",
                             "source": f"labels-{corpus}"})
    for lang in ("nl", "en"):
        for item in load_gold(GOLD / f"{lang}.jsonl", split="dev", shared=shared):
            article = item.article
            spans = [(e.start, e.end) for ev in item.events for e in ev.evidence]
            for start, end, _ in trigger_sentences(article.text, lang):
                label = any(start < b and a < end for a, b in spans)
                rows.append({"article": article.id, "lang": lang,
                             "text": article.text[start:end], "title": article.title,
                             "label": label, "source": f"gold-{lang}-dev"})
    return rows


def _fit(rows: list[dict], c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([sentence_features(r["text"], r["title"]) for r in rows])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(x, [r["label"] for r in rows])
    return vec, model


def _folds(rows: list[dict]) -> dict[str, int]:
    """A fixed fold per article (SHA-256 of its id): no article on both sides."""
    return {a: int(hashlib.sha256(f"fold:{a}".encode()).hexdigest()[:8], 16) % FOLDS
            for a in sorted({r["article"] for r in rows})}


def cross_validate(rows: list[dict], c: float) -> list[float]:
    """Out-of-fold probabilities, folds by article."""
    fold = _folds(rows)
    p = [0.0] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold[r["article"]] != k]
        if not any(r["label"] for r in train):
            continue
        vec, model = _fit(train, c)
        for i, r in enumerate(rows):
            if fold[r["article"]] == k:
                x = vec.transform([sentence_features(r["text"], r["title"])])
                p[i] = float(model.predict_proba(x)[0, 1])
    return p


def _auc(y: list[bool], p: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < sum(y) < len(y) else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    from eventcoder.evaluate.corpora import shared_dir

    rows = load_rows(args.shared or shared_dir())
    print("sentences:", len(rows), "events:", sum(r["label"] for r in rows))
    for (source, label), n in sorted(Counter((r["source"], r["label"]) for r in rows).items()):
        print(f"  {source:28} {'event' if label else 'not':5} {n}")
    for lang in sorted({r["lang"] for r in rows}):
        part = [r for r in rows if r["lang"] == lang]
        y = [r["label"] for r in part]
        for c in C_GRID:
            print(f"  {lang} C={c}: CV AUC {_auc(y, cross_validate(part, c)):.3f} "
                  f"({len(part)} sentences, {sum(y)} events)")


if __name__ == "__main__":
    main()
