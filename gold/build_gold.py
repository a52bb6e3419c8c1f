"""Write gold/nl.jsonl and gold/en.jsonl: ids, offsets and codes, never the texts.

``python gold/build_gold.py CODED.jsonl...`` takes ``eval/news-dev`` from ../shared and the
analysts' coded batches (JSONL lines as in news-dev, article text left out), strips every text
(article text and title, evidence quotes), and marks each article with its corpus and the split
fixed beforehand in ``gold/articles.tsv``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
from eventcoder.evaluate.corpora import corpus_of, shared_dir  # noqa: E402


def strip(row: dict, split: str) -> dict:
    art = row["article"]
    article = {"id": str(art["id"]), "corpus": corpus_of(str(art["id"])),
               "published": art.get("published"), "language": art.get("language"),
               "split": split}
    events = []
    for event in row.get("events") or []:
        event = {k: v for k, v in event.items()}
        event["evidence"] = [{"start": e["start"], "end": e["end"]}
                             for e in event.get("evidence") or []]
        events.append(event)
    return {"article": article, "events": events, "note": row.get("note")}


def main(coded: list[Path]) -> None:
    with (HERE / "articles.tsv").open() as fh:
        chosen = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    shared = shared_dir()
    rows: dict[str, dict] = {}
    for lang in ("nl", "en"):
        with (shared / f"eval/news-dev/gold_{lang}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                rows[str(row["article"]["id"])] = row
    for path in coded:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    rows[str(row["article"]["id"])] = row
    for lang in ("nl", "en"):
        ids = [i for i, r in chosen.items() if r["language"] == lang]
        missing = [i for i in ids if i not in rows]
        if missing:
            print(f"{lang}: {len(missing)} chosen articles not coded yet: {missing[:5]}...")
        with (HERE / f"{lang}.jsonl").open("w", encoding="utf-8") as out:
            for i in ids:
                if i in rows:
                    out.write(json.dumps(strip(rows[i], chosen[i]["split"]), ensure_ascii=False)
                              + "\n")
        done = [i for i in ids if i in rows]
        for split in ("dev", "test"):
            part = [i for i in done if chosen[i]["split"] == split]
            events = sum(len(rows[i].get("events") or []) for i in part)
            empty = sum(1 for i in part if not rows[i].get("events"))
            print(f"{lang} {split}: {len(part)} articles, {events} events, {empty} without")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
