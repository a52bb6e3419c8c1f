"""Split the Dutch geoparsing set into dev and test (``gold/geo/split.tsv``), before any error
of the set is read for a fix.

``python gold/geo/split.py``: each chosen article (``articles.txt``) goes to test by a fixed hash
draw of half the ids (:func:`eventcoder.evaluate.corpora.in_share`), keyed on ``gold/geo:<id>``
so that the draw is independent of the other draws on the same ids (the held-out share of the
stream, the coded sets' split). Errors are read on dev only (``errors.py --split dev``); test is
scored, in aggregate, to report a finished change (``eventcoder eval-geo ... --split test``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from eventcoder.evaluate.corpora import in_share  # noqa: E402

TEST_SHARE = 0.5
SALT = "gold/geo:"


def split_of(article_id: str) -> str:
    return "test" if in_share(SALT + article_id, TEST_SHARE) else "dev"


def main() -> None:
    ids = (HERE / "articles.txt").read_text(encoding="utf-8").split()
    rows = [f"{i}\t{split_of(i)}\n" for i in ids]
    (HERE / "split.tsv").write_text("article_id\tsplit\n" + "".join(rows), encoding="utf-8")
    n_test = sum(r.endswith("test\n") for r in rows)
    print(f"{len(ids) - n_test} dev, {n_test} test written to {HERE / 'split.tsv'}")


if __name__ == "__main__":
    main()
