"""Choose 100 more English dev articles (issue 11): run once, before any of them is coded.

``python gold/select_more_en.py POOL.jsonl`` reads the English texts no coded set holds (written
by ``stream_report.py --pool en --write-input POOL.jsonl``: gold articles and near-duplicates of
test articles already left out), draws with a fixed seed 60 among those holding a conflict word
(``select_articles.CONFLICT``; one hit suffices here: no pool text holds two, the first round
took those, and only 52 hold one, so all 52 are taken) and fills the 100 at random from the
rest, and
appends them to ``gold/articles.tsv`` with origin ``new-2`` and split ``dev``. They are all dev
because every verdict on these texts (``verdicts/geoparse-en.tsv``) trained the scope model:
none of them can measure it unseen. Their near-duplicate group is computed with the English
gold articles, so a new text that repeats a dev article joins that article's group.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import draw_more, load_texts, near_duplicate_groups  # noqa: E402

from eventcoder.evaluate.corpora import shared_dir  # noqa: E402

SEED = 20261206
N_CONFLICT, N_RANDOM = 60, 40
ORIGIN = "new-2"


def choose(pool: dict[str, str]) -> list[str]:
    """The seeded choice: up to 60 with a conflict word, the rest of the 100 at random."""
    return draw_more(pool, "en", N_CONFLICT, N_RANDOM, f"{SEED}-en-new-2", "articles")


def main(pool_path: Path) -> None:
    pool = {}
    with pool_path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            pool[str(row["id"])] = row["text"]
    table = HERE / "articles.tsv"
    with table.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if any(r["origin"] == ORIGIN for r in rows):
        sys.exit(f"articles.tsv already holds origin {ORIGIN}: the choice is made once")
    old_en = {r["id"]: r for r in rows if r["language"] == "en"}
    chosen = choose({i: t for i, t in pool.items() if i not in old_en})
    texts = load_texts(shared_dir(), "en")
    groups = near_duplicate_groups(sorted(old_en) + chosen, texts)
    old_group = {groups[i]: old_en[i]["group"] for i in old_en}
    with table.open("a", encoding="utf-8") as out:
        for i in chosen:
            group = old_group.get(groups[i], groups[i])
            out.write("\t".join(("en", i, ORIGIN, group, "dev")) + "\n")
    print(f"appended {len(chosen)} articles ({ORIGIN}, dev)", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
