"""Sentences that hold an event word, drawn from uncoded news for analysts to label.

    .venv/bin/python gold/sentences.py sample /tmp/sentence-batches [--total 900 --per-batch 150]
    .venv/bin/python gold/sentences.py check                # validate gold/sentences/*.tsv
    .venv/bin/python gold/sentences.py score                # which labels the coder fires on
    .venv/bin/python gold/sentences.py triggers             # each trigger word's labels

The scope model judged candidate events with a few hundred labelled examples: too few to learn
what the words around an event word say (sport, a trial, a readers' letter, an old attack). The
sentence labels give the words their own, larger training set: every sentence of uncoded news in
which the language pack's trigger union fires is a candidate, and analysts label a seeded draw
of them by ``gold/CODEBOOK.md``:

- ``event``: the sentence tells a codable event (political violence, a demonstration, a
  strategic development as ACLED codes them) as news, within the codebook's horizon;
- ``background``: a codable kind of event, but old, planned, feared, hypothetical, a tally,
  or the subject of a trial or an inquiry;
- ``out``: no codable event (ordinary crime, accident, sport, metaphor, disease, a figure of
  speech, ...).

Left out, so that nothing tested leaks into training: every article of a gold set, every
near-duplicate of a gold test article, and the stream's held-out share (``train_scope.py``).
Batches carry texts and go *outside* the repository; ``gold/sentences/<corpus>.tsv`` keeps only
ids, offsets, labels and the analyst's short reason.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "src"))
sys.path.insert(0, str(HERE))
from candidates import POOLS, gold_articles, near_test  # noqa: E402

from eventcoder.evaluate.corpora import in_share, load_corpus, shared_dir  # noqa: E402

LABELS = ("event", "background", "out")
FIELDS = ("sid", "article_id", "start", "end", "label", "reason")
SEED = 11
HELD_OUT_SHARE = 0.40  # the stream's held-out share, as training/train_scope.py
PER_ARTICLE = 8


def sentence_id(article_id: str, start: int, end: int) -> str:
    return f"{article_id}:{start}-{end}"


def trigger_sentences(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, first trigger) of every sentence in which the pack's trigger union fires."""
    from eventcoder.extract.scope import sentence_around
    from eventcoder.extract.spans import trigger_scan
    from eventcoder.langpacks import load_pack

    scan = trigger_scan(load_pack(lang))
    if scan is None:
        return []
    seen: dict[tuple[int, int], str] = {}
    for m in scan.finditer(text):
        span = sentence_around(text, m.start())
        seen.setdefault(span, m.group(0))
    return [(s, e, t) for (s, e), t in sorted(seen.items())]


def eligible(shared: Path) -> dict[str, dict]:
    """Uncoded articles that may train a model: id -> raw article with its corpus."""
    corpora = {c: load_corpus(shared, c) for c in POOLS}
    texts = {i: a["text"] for rows in corpora.values() for i, a in rows.items() if a.get("text")}
    gold_ids, test_ids = gold_articles()
    leak = near_test(texts, test_ids)
    out = {}
    for corpus, rows in corpora.items():
        for article_id, raw in rows.items():
            if article_id in gold_ids or article_id in leak or not raw.get("text"):
                continue
            if corpus == "dpg-news-nl" and in_share(article_id, HELD_OUT_SHARE):
                continue
            out[article_id] = {**raw, "corpus": corpus}
    return out


def labelled() -> dict[str, dict[str, str]]:
    """sid -> row of every committed label."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted((HERE / "sentences").glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out[row["sid"]] = row
    return out


def sample(args: argparse.Namespace) -> None:
    shared = args.shared or shared_dir()
    rng = random.Random(SEED)
    done = labelled()
    pool: list[dict] = []
    for article_id, raw in sorted(eligible(shared).items()):
        lang = raw.get("language") or ("nl" if raw["corpus"] in ("dpg-news-nl", "conll2002-nl")
                                       else "en")
        found = trigger_sentences(raw["text"], lang)
        rng.shuffle(found)
        for start, end, trigger in found[:PER_ARTICLE]:
            sid = sentence_id(article_id, start, end)
            if sid in done:
                continue
            text = raw["text"]
            pool.append({
                "sid": sid, "article_id": article_id, "corpus": raw["corpus"], "language": lang,
                "published": raw.get("published"), "title": raw.get("title"),
                "start": start, "end": end, "trigger": trigger,
                "before": text[max(0, start - 600):start], "sentence": text[start:end],
                "after": text[end:end + 400],
            })
    rng.shuffle(pool)
    chosen = pool[: args.total]
    args.out.mkdir(parents=True, exist_ok=True)
    for n in range(0, len(chosen), args.per_batch):
        path = args.out / f"sentences-{n // args.per_batch:02d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in sorted(chosen[n:n + args.per_batch], key=lambda r: r["sid"]):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_corpus: dict[str, int] = {}
    for row in chosen:
        by_corpus[row["corpus"]] = by_corpus.get(row["corpus"], 0) + 1
    print(f"{len(pool)} unlabelled trigger sentences; wrote {len(chosen)} to {args.out}: "
          f"{by_corpus}")


def check(args: argparse.Namespace) -> None:
    """Every label row names a sentence of an eligible article, with a known label."""
    shared = args.shared or shared_dir()
    ok = eligible(shared)
    rows = labelled()
    bad = 0
    for sid, row in rows.items():
        raw = ok.get(row["article_id"])
        start, end = int(row["start"]), int(row["end"])
        problems = []
        if raw is None:
            problems.append("article not eligible for training")
        elif not 0 <= start < end <= len(raw["text"]):
            problems.append("offsets outside the text")
        if row["label"] not in LABELS:
            problems.append(f"label {row['label']!r}")
        if sid != sentence_id(row["article_id"], start, end):
            problems.append("sid does not match its offsets")
        if problems:
            bad += 1
            print(sid, "; ".join(problems))
    counts: dict[str, int] = {}
    for row in rows.values():
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    print(f"{len(rows)} labelled sentences, {bad} invalid: {counts}")
    if bad:
        raise SystemExit(1)


def score(args: argparse.Namespace) -> None:
    """Per language and label, the labelled sentences in which a coded event's trigger stands,
    with the rules alone and with the scope model: recall of the event sentences, and how
    often background and ``out`` sentences still give an event. (The scope model trained on
    verdicts of these articles' candidates, so its row is optimistic; the rules' row is not.)"""
    from collections import Counter

    from eventcoder.evaluate.corpora import corpus_of
    from eventcoder.evaluate.gold import article_from_gold
    from eventcoder.pipeline import code_article

    shared = args.shared or shared_dir()
    by_article: dict[str, list[dict[str, str]]] = {}
    for row in labelled().values():
        by_article.setdefault(row["article_id"], []).append(row)
    hits: Counter[tuple[str, str, str, bool]] = Counter()
    for article_id, rows in sorted(by_article.items()):
        corpus = corpus_of(article_id)
        lang = "nl" if corpus in ("dpg-news-nl", "conll2002-nl") else "en"
        article = article_from_gold(load_corpus(shared, corpus)[article_id])
        for mode in ("rules", "scope"):
            events = code_article(article.model_copy(deep=True), scope=mode == "scope")
            starts = [e.start for ev in events for e in ev.evidence_for("event_type")]
            for row in rows:
                inside = any(int(row["start"]) <= x < int(row["end"]) for x in starts)
                hits[(lang, mode, row["label"], inside)] += 1
    for lang in ("nl", "en"):
        for mode in ("rules", "scope"):
            parts = [f"{label} {hits[(lang, mode, label, True)]}/"
                     f"{hits[(lang, mode, label, True)] + hits[(lang, mode, label, False)]}"
                     for label in LABELS]
            print(f"{lang} {mode:5}: " + "; ".join(parts))


def triggers(args: argparse.Namespace) -> None:
    """Per trigger word of the packs, how many labelled sentences it stands in, by label: what a
    pack entry fires on in ordinary news ("mars" the planet, "died" of disease), for whoever
    edits the trigger lists."""
    from collections import Counter

    from eventcoder.evaluate.corpora import corpus_of
    from eventcoder.langpacks import load_pack

    shared = args.shared or shared_dir()
    counts: dict[tuple[str, str, str], Counter[str]] = {}
    for row in labelled().values():
        corpus = corpus_of(row["article_id"])
        lang = "nl" if corpus in ("dpg-news-nl", "conll2002-nl") else "en"
        text = load_corpus(shared, corpus)[row["article_id"]]["text"]
        sentence = text[int(row["start"]):int(row["end"])]
        for trigger in load_pack(lang).triggers:
            for m in trigger.regex.finditer(sentence):
                key = (lang, m.group(0).lower(), trigger.label)
                counts.setdefault(key, Counter())[row["label"]] += 1
    print("lang\tword\tlabel\tsentences\tevent\tbackground\tout")
    for (lang, word, label), c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        if sum(c.values()) >= args.min:
            print(f"{lang}\t{word}\t{label}\t{sum(c.values())}\t{c['event']}\t"
                  f"{c['background']}\t{c['out']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("out", type=Path, help="a folder outside the repository")
    s.add_argument("--total", type=int, default=900)
    s.add_argument("--per-batch", type=int, default=150)
    s.add_argument("--shared", type=Path, default=None)
    for name in ("check", "score", "triggers"):
        sub.add_parser(name).add_argument("--shared", type=Path, default=None)
    sub.choices["triggers"].add_argument("--min", type=int, default=3,
                                         help="leave out words in fewer sentences")
    args = parser.parse_args()
    {"sample": sample, "check": check, "score": score, "triggers": triggers}[args.command](args)


if __name__ == "__main__":
    main()
