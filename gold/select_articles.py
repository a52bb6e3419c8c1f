"""Choose the articles of the project's coded news sets and split them into dev and test.

Run once, before any article is coded or scored (``python gold/select_articles.py``); the output,
``gold/articles.tsv``, is committed, so the choice and the split never move afterwards.

Pools (texts stay in ../shared and are joined at evaluation time):
- Dutch: ``data/dpg-news-nl/articles.jsonl``, the stream a Dutch user feeds in;
- English: the article texts of GWN, TR-News and GeoVirus (``eval/geoparse/``).
The 267 articles of ``eval/news-dev`` (coded by the same codebook) are always in. New articles are
drawn with a fixed seed: half at random, half among articles holding a conflict word (so that the
sets hold enough events to score recall), the rest of the stream is never looked at here.

Near-duplicates (the corpora carry several versions of one story) are grouped by word-shingle
overlap, and a whole group goes to one split, chosen by a hash of its smallest id: 40 % test.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from eventcoder.evaluate.corpora import in_share, load_corpus  # noqa: E402

POOLS = {"nl": ("dpg-news-nl",), "en": ("gwn", "trnews", "geovirus"), "conll": ("conll2002-nl",)}


def load_texts(shared: Path, lang: str) -> dict[str, str]:
    return {i: a["text"] for corpus in POOLS[lang]
            for i, a in load_corpus(shared, corpus).items()}


SEED = 20261203
NEW = {"nl": (60, 40), "en": (55, 45)}  # (with a conflict word, at random)
# Second round (added before any of them was coded or scored): CoNLL-2002's newspaper documents
# (De Morgen, 2000), which hold more violent events than the 2019 stream; documents whose
# candidates analysts already judged for training (gold/verdicts/) are left out.
CONLL_NEW = (120, 80)
TEST_SHARE = 0.40
CONFLICT = {
    "nl": r"\b(demonstr\w*|protest\w*|betog\w*|aanslag\w*|gedood|doden|dode|geweld\w*|rellen|"
    r"militair\w*|leger|strijd\w*|bombard\w*|raket\w*|opgepakt|gearresteerd|arrest\w*|terror\w*|"
    r"terreur\w*|staking\w*|schiet\w*|beschoten|aanval\w*|opstand\w*|militie\w*|rebellen)\b",
    "en": r"\b(protest\w*|demonstrat\w*|rall(y|ies)|attack\w*|killed|bomb\w*|militant\w*|"
    r"troops|soldiers|army|rebels?|clash\w*|riot\w*|strike|arrested|terror\w*|air ?strikes?|"
    r"shell\w*|insurgent\w*|police fired|tear gas|gunmen|militia\w*)\b",
}


def draw_more(pool: dict[str, str], lang: str, n_conflict: int, n_random: int, salt: str,
              noun: str = "articles") -> list[str]:
    """A later round's seeded choice (``select_more_*.py``): up to ``n_conflict`` among the
    pool's texts holding a conflict word, the rest of ``n_conflict + n_random`` at random."""
    rx = re.compile(CONFLICT[lang], re.I)
    ids = sorted(pool)
    hits = [i for i in ids if rx.search(pool[i])]
    rng = random.Random(salt)
    chosen = rng.sample(hits, min(n_conflict, len(hits)))
    taken = set(chosen)
    others = [i for i in ids if i not in taken]
    chosen += rng.sample(others, n_conflict + n_random - len(chosen))
    print(f"{noun} with conflict words: {len(hits)} of {len(ids)}", file=sys.stderr)
    return sorted(chosen)


def shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(" ".join(words[i:i + n])) for i in range(max(1, len(words) - n + 1))}


def near_duplicate_groups(ids: list[str], texts: dict[str, str]) -> dict[str, str]:
    """Map each id to its group's smallest id; Jaccard >= 0.3 on 5-word shingles joins a group."""
    sh = {i: shingles(texts[i]) for i in ids}
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a_index, a in enumerate(ids):
        for b in ids[a_index + 1:]:
            inter = len(sh[a] & sh[b])
            if inter and inter / len(sh[a] | sh[b]) >= 0.3:
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return {i: min(members) for members in groups.values() for i in members}


def split_of(group: str) -> str:
    return "test" if in_share(group, TEST_SHARE) else "dev"


def main(shared: Path, out: Path) -> None:
    rows = []
    for lang in ("nl", "en"):
        texts = load_texts(shared, lang)
        dev_gold = [json.loads(x) for x in (shared / f"eval/news-dev/gold_{lang}.jsonl").open()]
        base = [g["article"]["id"] for g in dev_gold]
        rest = sorted(set(texts) - set(base))
        rng = random.Random(f"{SEED}-{lang}")
        rx = re.compile(CONFLICT[lang], re.I)
        hits = [i for i in rest if len(rx.findall(texts[i])) >= 2]
        n_hit, n_random = NEW[lang]
        print(lang, "articles with a conflict word:", len(hits), "of", len(rest))
        chosen = rng.sample(hits, min(n_hit, len(hits)))
        others = [i for i in rest if i not in set(chosen)]
        chosen += rng.sample(others, n_hit + n_random - len(chosen))
        pool = base + sorted(chosen)
        groups = near_duplicate_groups(pool, texts)
        for i in pool:
            origin = "news-dev" if i in set(base) else "new"
            rows.append((lang, i, origin, groups[i], split_of(groups[i])))
    conll = load_texts(shared, "conll")
    judged = set()
    for path in sorted((Path(__file__).resolve().parent / "verdicts").glob("*.tsv")):
        judged |= {line.split("\t")[1] for line in path.read_text().splitlines()[1:]}
    rest = sorted(i for i in conll if i not in judged)
    rng = random.Random(f"{SEED}-conll")
    rx = re.compile(CONFLICT["nl"], re.I)
    hits = [i for i in rest if len(rx.findall(conll[i])) >= 2]
    chosen = rng.sample(hits, min(CONLL_NEW[0], len(hits)))
    others = [i for i in rest if i not in set(chosen)]
    chosen += rng.sample(others, sum(CONLL_NEW) - len(chosen))
    groups = near_duplicate_groups(sorted(chosen), conll)
    for i in sorted(chosen):
        rows.append(("nl", i, "new-conll", groups[i], split_of(groups[i])))
    with out.open("w") as fh:
        fh.write("language\tid\torigin\tgroup\tsplit\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    for lang in ("nl", "en"):
        for split in ("dev", "test"):
            n = sum(1 for r in rows if r[0] == lang and r[4] == split)
            print(lang, split, n)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent.parent / "shared",
         here / "articles.tsv")
