"""List every event ``eventcoder extract`` codes from the Dutch stream, with an analyst's verdict.

    .venv/bin/eventcoder extract ../shared/data/dpg-news-nl/articles.jsonl -o /tmp/stream.jsonl
    .venv/bin/python gold/stream_report.py /tmp/stream.jsonl > gold/stream-nl-verdicts.md

Verdicts come from ``gold/verdicts/dpg-news-nl.tsv`` (keyed by event id: the id of the
earliest report, stable across runs of the same code). An event no verdict covers is listed as
``unjudged`` so that it is judged before the figure is reported. Articles are marked by share:
``train`` (their verdicts trained the scope model), ``held-out`` (never used in training) or
``gold`` (in a coded set: the gold split decides). An event merged from several articles'
reports is judged by its earliest; the other articles are listed with the verdicts their own
candidates got, so that a report judged false that a true event absorbed shows.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "training"))
from train_scope import held_out  # noqa: E402


def stream_verdicts() -> dict[str, dict[str, str]]:
    """event id -> the verdict row of ``verdicts/dpg-news-nl.tsv``."""
    with (HERE / "verdicts" / "dpg-news-nl.tsv").open(encoding="utf-8") as fh:
        return {r["event_id"]: r for r in csv.DictReader(fh, delimiter="\t")}


def main(events_path: Path) -> None:
    verdicts = stream_verdicts()
    by_article: dict[str, set[str]] = {}
    for v in verdicts.values():
        by_article.setdefault(v["article_id"], set()).add(v["verdict"])
    with (HERE / "articles.tsv").open() as fh:
        gold = {r["id"]: r["split"] for r in csv.DictReader(fh, delimiter="\t")}
    events = [json.loads(line) for line in events_path.open(encoding="utf-8") if line.strip()]
    rows = []
    for e in events:
        article = e["article_ids"][0]
        share = f"gold-{gold[article]}" if article in gold else (
            "held-out" if held_out(article) else "train")
        v = verdicts.get(e["event_id"], {})
        rows.append((article, share, e, v.get("verdict", "unjudged"), v.get("reason", "")))
    judged = [r for r in rows if r[3] != "unjudged"]
    true = sum(1 for r in judged if r[3] == "true")

    def merged(e: dict) -> str:
        return ", ".join(f"{a} ({'/'.join(sorted(by_article.get(a, {'unjudged'})))})"
                         for a in e["article_ids"][1:])

    absorbed = sum(1 for r in judged if r[3] == "true" and "false" in merged(r[2]))
    print("# Every event `eventcoder extract` codes from the Dutch stream, judged\n")
    print(f"Input: `../shared/data/dpg-news-nl/articles.jsonl` (1,287 articles). Events: "
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
    main(Path(sys.argv[1]))
