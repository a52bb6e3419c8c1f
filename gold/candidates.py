"""Write the rules' unjudged candidate events in uncoded news as batches for analysts.

    .venv/bin/python gold/candidates.py /tmp/verdict-batches [--per-batch 30]

The scope model learns from analysts' verdicts (``gold/verdicts/*.tsv``) on the candidates the
rules propose (scope off) in news no gold set holds: the Dutch stream, CoNLL-2002's newspaper
documents and the English geoparsing corpora. This script codes those articles and writes every
candidate that has no verdict yet, with its article's text, to batch files *outside* the
repository (raw texts are never committed); analysts return verdict rows (the columns of
``eventcoder.evaluate.verdicts``: the event id with the article, type, evidence sentences and
place that identify the event without it).

A candidate has a verdict when a row carries its event id or, failing that, a row of the same
article and event type whose evidence sentences overlap the candidate's (``VerdictIndex.match``),
so a rule change that moves an event's trigger or sub-type does not send it back for judging.

Left out, so that no test article leaks into training: every article of a gold set, and every
article whose text is a near-duplicate (5-word shingle Jaccard >= 0.3) of a gold test article.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "src"))
sys.path.insert(0, str(HERE))
from select_articles import shingles  # noqa: E402

from eventcoder.evaluate.corpora import load_corpus, shared_dir  # noqa: E402
from eventcoder.evaluate.verdicts import VerdictIndex, read_verdicts  # noqa: E402

POOLS = ("dpg-news-nl", "conll2002-nl", "gwn", "trnews", "geovirus")


def judged() -> VerdictIndex:
    """Every verdict row, to match candidates against."""
    return VerdictIndex(read_verdicts(HERE / "verdicts"))


def gold_articles() -> tuple[set[str], set[str]]:
    """Ids of every gold article, and of the test ones."""
    ids, test = set(), set()
    with (HERE / "articles.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            ids.add(r["id"])
            if r["split"] == "test":
                test.add(r["id"])
    return ids, test


def near_test(texts: dict[str, str], test: set[str]) -> set[str]:
    """Articles whose text is a near-duplicate of a gold test article."""
    test_sh = [shingles(texts[i]) for i in test if i in texts]
    out = set()
    for i, text in texts.items():
        sh = shingles(text)
        for t in test_sh:
            if sh and t and len(sh & t) / len(sh | t) >= 0.3:
                out.add(i)
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="a folder outside the repository")
    parser.add_argument("--per-batch", type=int, default=30)
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    from eventcoder.evaluate.gold import article_from_gold
    from eventcoder.pipeline import code_article

    shared = args.shared or shared_dir()
    corpora = {c: load_corpus(shared, c) for c in POOLS}
    texts = {i: a["text"] for rows in corpora.values() for i, a in rows.items()}
    gold_ids, test_ids = gold_articles()
    leak = near_test(texts, test_ids)
    done = judged()
    found: Counter[str] = Counter()
    matched: set[str] = set()
    pending: list[dict] = []
    for corpus, rows in corpora.items():
        for article_id, raw in rows.items():
            if article_id in gold_ids or article_id in leak or not raw.get("text"):
                continue
            article = article_from_gold(raw)
            events = []
            for e in code_article(article.model_copy(deep=True), scope=False):
                verdict = done.match(e, article_id, article.text)
                if verdict is None:
                    found["without a verdict"] += 1
                    events.append(e)
                else:
                    found["by id" if verdict.event_id == e.event_id else "by evidence"] += 1
                    matched.add(verdict.event_id)
            if events:
                pending.append({"corpus": corpus, "article": article.model_dump(mode="json"),
                                "candidates": [e.model_dump(mode="json") for e in events]})
    args.out.mkdir(parents=True, exist_ok=True)
    batch: list[dict] = []
    number = 0
    for item in pending + [None]:  # type: ignore[list-item]
        if item is not None:
            batch.append(item)
        full = sum(len(x["candidates"]) for x in batch) >= args.per_batch
        if batch and (full or item is None):
            path = args.out / f"batch-{number:02d}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for x in batch:
                    fh.write(json.dumps(x, ensure_ascii=False) + "\n")
            number += 1
            batch = []
    total = sum(len(x["candidates"]) for x in pending)
    coded = {i for rows in corpora.values() for i in rows} - gold_ids - leak
    unused = [v for v in done.verdicts if v.article_id in coded and v.event_id not in matched]
    print(f"candidates with a verdict by id {found['by id']}, by evidence {found['by evidence']}, "
          f"without {found['without a verdict']}; verdict rows of these articles that match no "
          f"candidate: {len(unused)}")
    print(f"{total} unjudged candidates in {len(pending)} articles, {number} batches in "
          f"{args.out}; left out near-duplicates of test articles: {len(leak)}")


if __name__ == "__main__":
    main()
