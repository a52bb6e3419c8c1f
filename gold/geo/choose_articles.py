"""Choose the 60 Dutch articles of the geoparsing gold set (``gold/geo/dpg-nl.tsv``).

Run once, before any article is read or coded (``python gold/geo/choose_articles.py``); the output,
``gold/geo/articles.txt``, is committed, so the choice never moves afterwards.

Pool: ``data/dpg-news-nl/articles.jsonl``, less every article ``gold/articles.tsv`` puts in the
test split and every article that is a near-duplicate of one (the measure of
``gold/select_articles.py``: Jaccard >= 0.3 on 5-word shingles), so that coding toponyms never
shows a test text. Drawn with a fixed seed: half among articles with several capitalised words
after a place preposition ("in Utrecht", "uit Syrië": places are what the set measures), half
at random from the rest, so that place-poor articles are scored too.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

import random  # noqa: E402
import re  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # gold/, for select_articles
sys.path.insert(0, str(HERE.parents[1] / "src"))
from select_articles import shingles  # noqa: E402

from eventcoder.evaluate.corpora import load_corpus  # noqa: E402

SEED = 20261206
N_PLACEY, N_RANDOM = 30, 30
MIN_PLACE_WORDS = 3  # distinct capitalised words after a place preposition
DUPLICATE_JACCARD = 0.3  # as gold/select_articles.py
PLACE_WORD = re.compile(r"\b(?:in|uit|naar|bij|te|rond|nabij|vanuit)\s+([A-Z][\w'-]+)")


def test_ids(articles_tsv: Path) -> set[str]:
    """Ids of the Dutch stream's articles that the coded sets hold out as test."""
    lines = articles_tsv.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:]]
    return {r["id"] for r in rows if r["split"] == "test" and r["id"].isdigit()}


def near_test(ids: list[str], held: set[str], texts: dict[str, str]) -> set[str]:
    """Pool ids whose text is a near-duplicate of a held-out one (computed on shingles only)."""
    held_sh = [shingles(texts[i]) for i in sorted(held) if i in texts]
    out = set()
    for i in ids:
        sh = shingles(texts[i])
        for other in held_sh:
            inter = len(sh & other)
            if inter and inter / len(sh | other) >= DUPLICATE_JACCARD:
                out.add(i)
                break
    return out


def place_words(text: str) -> int:
    return len(set(PLACE_WORD.findall(text)))


def choose(texts: dict[str, str], held: set[str]) -> list[str]:
    pool = sorted(i for i in texts if i not in held)
    duplicates = near_test(pool, held, texts)
    pool = [i for i in pool if i not in duplicates]
    rng = random.Random(SEED)
    placey = [i for i in pool if place_words(texts[i]) >= MIN_PLACE_WORDS]
    chosen = rng.sample(placey, min(N_PLACEY, len(placey)))
    rest = [i for i in pool if i not in set(chosen)]
    chosen += rng.sample(rest, N_PLACEY + N_RANDOM - len(chosen))
    print(f"pool {len(pool)} (held out {len(texts) - len(pool)}), place-rich {len(placey)}")
    return sorted(chosen, key=int)


def main(shared: Path) -> None:
    texts = {i: a["text"] for i, a in load_corpus(shared, "dpg-news-nl").items()}
    held = test_ids(HERE.parent / "articles.tsv")
    ids = choose(texts, held)
    (HERE / "articles.txt").write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")
    print(len(ids), "articles written to", HERE / "articles.txt")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared")
