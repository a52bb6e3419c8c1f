"""Write the rules' unjudged candidate events in uncoded news as batches for analysts.

    .venv/bin/python gold/candidates.py /tmp/verdict-batches [--per-batch 30]
    .venv/bin/python gold/candidates.py /tmp/verdict-batches --add /tmp/judged.tsv

The scope model learns from analysts' verdicts (``gold/verdicts/*.tsv``) on the candidates the
rules propose (scope off) in news no gold set holds: the Dutch stream, CoNLL-2002's newspaper
documents and the English geoparsing corpora. This script codes those articles and writes every
candidate that has no verdict yet, with its article's text, to batch files *outside* the
repository (raw texts are never committed). Analysts return, per candidate, a line
``event_id<TAB>verdict<TAB>fields_ok<TAB>reason``; ``--add`` turns those into full verdict rows
(the columns of ``eventcoder.evaluate.verdicts``: with the article, type, evidence sentences and
place that identify the event without its id, taken from the batch) appended to the pool's file.

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
FILES = {"dpg-news-nl": "dpg-news-nl.tsv", "conll2002-nl": "conll2002-nl.tsv",
         "gwn": "geoparse-en.tsv", "trnews": "geoparse-en.tsv", "geovirus": "geoparse-en.tsv"}


def judged() -> VerdictIndex:
    """Every verdict row, to match candidates against."""
    return VerdictIndex(read_verdicts(HERE / "verdicts"))


def add_judged(batches: Path, judged: Path, folder: Path = HERE / "verdicts") -> dict[str, int]:
    """Append the analysts' lines of ``judged`` as verdict rows of the batches' candidates to
    the pools' files in ``folder``; every line must name a batch candidate, and an id that
    already has a row is an error. Returns rows added per file."""
    from eventcoder.evaluate.verdicts import problems, read_file, verdict_for, write_file
    from eventcoder.records import Event

    lines: dict[str, dict[str, str]] = {}
    with judged.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{judged}:{number}: event_id, verdict, fields_ok, reason")
            lines[parts[0]] = dict(zip(("verdict", "fields_ok", "reason"), parts[1:],
                                       strict=True))
    new: dict[str, list] = {}
    for path in sorted(batches.glob("batch-*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for item in map(json.loads, fh):
                article = item["article"]
                for raw in item["candidates"]:
                    row = lines.pop(raw["event_id"], None)
                    if row is not None:
                        event = Event.model_validate(raw)
                        new.setdefault(FILES[item["corpus"]], []).append(
                            verdict_for(event, article["id"], article["text"], row,
                                        FILES[item["corpus"]]))
    if lines:
        raise SystemExit(f"not a candidate of {batches}: {', '.join(sorted(lines))}")
    added = {}
    for name, rows in new.items():
        old = read_file(folder / name) if (folder / name).exists() else []
        bad = problems(old + rows)
        if bad:
            raise SystemExit("\n".join(bad))
        write_file(folder / name, old + rows)
        added[name] = len(rows)
    return added


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
    parser.add_argument("--add", type=Path, metavar="JUDGED",
                        help="append the analysts' verdicts on the batches in OUT instead")
    args = parser.parse_args()
    if args.add:
        for name, n in add_judged(args.out, args.add).items():
            print(f"{name}: {n} rows added")
        return
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
