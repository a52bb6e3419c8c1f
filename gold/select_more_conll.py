"""Choose 100 more CoNLL-2002 Dutch documents (issue 11, Dutch recall): run once, before coding.

``python gold/select_more_conll.py`` takes the CoNLL-2002 newspaper documents (De Morgen, 2000)
that no coded set holds, whose candidates no analyst judged (``verdicts/*.tsv``: those trained the
scope model) and that are no near-duplicate of a gold test article; it draws with a fixed seed 70
among those holding a conflict word (``select_articles.CONFLICT["nl"]``, one hit suffices; only 41
of the 248 untouched documents hold one, the first round took those with two, so all 41 are taken)
and fills the 100 at random from the rest, and appends them to ``gold/articles.tsv`` with origin
``new-conll-2``. Their near-duplicate group is computed with the CoNLL gold articles (a new
document that repeats a dev article joins that article's group and split); a new group's split is
the first round's hash rule (``select_articles.split_of``: 40 % test). A test share is legitimate
here: these documents never trained anything.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import draw_more, load_texts, near_duplicate_groups, split_of  # noqa: E402

from eventcoder.evaluate.corpora import shared_dir  # noqa: E402

SEED = 20261206
N_CONFLICT, N_RANDOM = 70, 30
ORIGIN = "new-conll-2"


def judged_ids() -> set[str]:
    """Articles whose candidates analysts judged (any verdict file)."""
    ids: set[str] = set()
    for path in sorted((HERE / "verdicts").glob("*.tsv")):
        ids |= {line.split("\t")[1] for line in path.read_text().splitlines()[1:] if line}
    return ids


def choose(pool: dict[str, str]) -> list[str]:
    """The seeded choice: up to 70 with a conflict word, the rest of the 100 at random."""
    return draw_more(pool, "nl", N_CONFLICT, N_RANDOM, f"{SEED}-conll-2", "documents")


def main() -> None:
    table = HERE / "articles.tsv"
    with table.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if any(r["origin"] == ORIGIN for r in rows):
        sys.exit(f"articles.tsv already holds origin {ORIGIN}: the choice is made once")
    texts = load_texts(shared_dir(), "conll")
    old = {r["id"]: r for r in rows if r["id"] in texts}
    judged = judged_ids()
    untouched = sorted(i for i in texts if i not in old and i not in judged)
    groups = near_duplicate_groups(sorted(old) + untouched, texts)
    test_groups = {groups[i] for i, r in old.items() if r["split"] == "test"}
    pool = {i: texts[i] for i in untouched if groups[i] not in test_groups}
    print(f"untouched: {len(untouched)}, near-duplicates of test left out: "
          f"{len(untouched) - len(pool)}", file=sys.stderr)
    chosen = choose(pool)
    groups = near_duplicate_groups(sorted(old) + chosen, texts)
    old_group = {groups[i]: (old[i]["group"], old[i]["split"]) for i in old}
    with table.open("a", encoding="utf-8") as out:
        for i in chosen:
            group, split = old_group.get(groups[i], (groups[i], split_of(groups[i])))
            out.write("\t".join(("nl", i, ORIGIN, group, split)) + "\n")
    n_test = sum(1 for i in chosen
                 if old_group.get(groups[i], (0, split_of(groups[i])))[1] == "test")
    print(f"appended {len(chosen)} documents ({ORIGIN}): {len(chosen) - n_test} dev, "
          f"{n_test} test", file=sys.stderr)


if __name__ == "__main__":
    main()
