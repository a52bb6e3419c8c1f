"""List every event ``eventcoder extract`` codes from a news stream, with an analyst's verdict.

    .venv/bin/eventcoder extract ../shared/data/dpg-news-nl/articles.jsonl -o /tmp/stream.jsonl
    .venv/bin/python gold/stream_report.py /tmp/stream.jsonl > gold/stream-nl-verdicts.md

The English stream is the texts of GWN, TR-News and GeoVirus that no coded set holds (and no
near-duplicate of a test article): ``--write-input`` writes them, outside the repository, as
``extract`` input, judged by ``gold/verdicts/geoparse-en.tsv``:

    .venv/bin/python gold/stream_report.py --pool en --write-input /tmp/en-in.jsonl
    .venv/bin/eventcoder extract /tmp/en-in.jsonl -o /tmp/en-stream.jsonl
    .venv/bin/python gold/stream_report.py --pool en /tmp/en-stream.jsonl \
        > gold/stream-en-verdicts.md

Verdicts come from ``gold/verdicts/dpg-news-nl.tsv``: an event takes the verdict of its id (the
id of the earliest report, stable across runs of the same code), else that of a row of the
earliest report's article with the same event type whose evidence sentences overlap the
event's evidence in that article (``eventcoder.evaluate.verdicts``), so an event whose trigger
or sub-type a rule moved keeps its verdict. An event no verdict covers is listed as
``unjudged`` so that it is judged before the figure is reported. Articles are marked by share:
``train`` (their verdicts trained the scope model), ``held-out`` (never used in training) or
``gold`` (in a coded set: the gold split decides). An event merged from several articles'
reports is judged by its earliest; the other articles are listed with the verdicts their own
candidates got, so that a report judged false that a true event absorbed shows.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "training"))
sys.path.insert(0, str(HERE))
from train_scope import held_out  # noqa: E402

from eventcoder.evaluate.verdicts import Verdict, VerdictIndex, read_file  # noqa: E402

# pool: (its name in the report, the corpora it reads, its verdict file)
POOLS = {"nl": ("Dutch stream", ("dpg-news-nl",), "dpg-news-nl.tsv"),
         "en": ("English stream", ("gwn", "trnews", "geovirus"), "geoparse-en.tsv")}


def stream_verdicts(pool: str = "nl") -> VerdictIndex:
    """The rows of the pool's verdict file (``verdicts/dpg-news-nl.tsv`` for the Dutch one)."""
    return VerdictIndex(read_file(HERE / "verdicts" / POOLS[pool][2]))


@cache
def stream_texts(pool: str = "nl") -> dict[str, str]:
    """The pool's texts by article id (read only when an event's id has no verdict)."""
    from eventcoder.evaluate.corpora import load_corpus, shared_dir

    return {i: a.get("text") or "" for corpus in POOLS[pool][1]
            for i, a in load_corpus(shared_dir(), corpus).items()}


def uncoded(pool: str) -> list[dict[str, Any]]:
    """The pool's articles in no coded set and no near-duplicate of a test article, as
    ``extract`` reads JSONL: the stream a user of that language would feed in."""
    from candidates import gold_articles, near_test

    from eventcoder.evaluate.corpora import load_corpus, shared_dir

    rows = {i: a for corpus in POOLS[pool][1]
            for i, a in load_corpus(shared_dir(), corpus).items() if a.get("text")}
    gold, test = gold_articles()
    leak = near_test({i: a["text"] for i, a in rows.items()}, test)
    keys = ("id", "published", "published_precision", "title", "text", "language", "source",
            "url")
    return [{k: a[k] for k in keys if a.get(k) is not None}
            for i, a in rows.items() if i not in gold and i not in leak]


def verdict_of(event: dict[str, Any], verdicts: VerdictIndex,
               pool: str = "nl") -> Verdict | None:
    """The verdict of an ``extract`` output event: by id, else by its earliest report's
    article, type and evidence sentences."""
    found = verdicts.by_id.get(event["event_id"])
    if found is not None or "event_type" not in event:
        return found
    from eventcoder.records import Event

    article = event["article_ids"][0]
    if article not in verdicts.by_article:
        return None
    coded = Event.model_validate(event)
    coded.evidence = [e for e in coded.evidence if e.article_id == article]
    return verdicts.match(coded, article, stream_texts(pool).get(article, ""))


def main(events_path: Path, pool: str = "nl") -> None:
    verdicts = stream_verdicts(pool)
    by_article: dict[str, set[str]] = {}
    for row in verdicts.verdicts:
        by_article.setdefault(row.article_id, set()).add(row.verdict)
    with (HERE / "articles.tsv").open() as fh:
        gold = {r["id"]: r["split"] for r in csv.DictReader(fh, delimiter="\t")}
    events = [json.loads(line) for line in events_path.open(encoding="utf-8") if line.strip()]
    rows = []
    for e in events:
        article = e["article_ids"][0]
        share = f"gold-{gold[article]}" if article in gold else (
            "held-out" if pool == "nl" and held_out(article) else "train")
        v = verdict_of(e, verdicts, pool)
        rows.append((article, share, e, v.verdict if v else "unjudged", v.reason if v else ""))
    judged = [r for r in rows if r[3] != "unjudged"]
    true = sum(1 for r in judged if r[3] == "true")

    def merged(e: dict) -> str:
        return ", ".join(f"{a} ({'/'.join(sorted(by_article.get(a, {'unjudged'})))})"
                         for a in e["article_ids"][1:])

    absorbed = sum(1 for r in judged if r[3] == "true" and "false" in merged(r[2]))
    name = POOLS[pool][0]
    source = ("`../shared/data/dpg-news-nl/articles.jsonl` (1,287 articles)" if pool == "nl"
              else f"the {len(uncoded(pool))} texts of GWN, TR-News and GeoVirus in no coded "
              "set (`stream_report.py --pool en --write-input`); the scope model trained on "
              "every verdict of these articles: none is held out")
    print(f"# Every event `eventcoder extract` codes from the {name}, judged\n")
    print(f"Input: {source}. Events: "
          f"{len(rows)}; judged {len(judged)}; true {true} "
          f"({100 * true / max(1, len(judged)):.0f} %).\n")
    for share in ("train", "held-out", "gold-dev", "gold-test"):
        part = [r for r in judged if r[1] == share]
        if part:
            t = sum(1 for r in part if r[3] == "true")
            print(f"- {share}: {t} true of {len(part)} ({100 * t / len(part):.0f} %)")
    print(f"- true events that absorbed another article's report judged false: {absorbed}")
    print("\nA verdict is by `gold/CODEBOOK.md`: true when the article reports a codable event "
          "there, even if a field is wrong (the reason says which).\n")
    print("| article | share | event | place | date | verdict | why | merged from |")
    print("|---|---|---|---|---|---|---|---|")
    for article, share, e, verdict, reason in rows:
        date = e["date_start"] if e["date_start"] == e["date_end"] else \
            f"{e['date_start']}..{e['date_end']}"
        print(f"| {article} | {share} | {e['event_type']} / {e['sub_event_type']} | "
              f"{e['location']} | {date} | {verdict} | {reason.replace('|', '/')} | "
              f"{merged(e)} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("events", type=Path, nargs="?", help="an `eventcoder extract` output")
    parser.add_argument("--pool", choices=sorted(POOLS), default="nl")
    parser.add_argument("--write-input", type=Path, metavar="FILE",
                        help="write the pool's uncoded articles as extract input and stop")
    args = parser.parse_args()
    if args.write_input:
        with args.write_input.open("w", encoding="utf-8") as fh:
            for row in uncoded(args.pool):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.events:
        main(args.events, args.pool)
    else:
        parser.error("give an extract output, or --write-input FILE")
