"""Gazetteer features for the Dutch NER: a small static-vectors table built from the geo index.

No pretrained word vectors exist offline, but the project's own gazetteer knows which words are
place names, how big those places are, and which words are countries, provinces, regions or
demonyms. Each such word gets a short vector of indicator features, keyed by its written form
as the name has it and capitalised (spaCy 3.8 keeps a vectors table's key attribute only for
floret tables, so the keys are ORTH); every other word has none (StaticVectors gives zeros).
The NER's tok2vec reads the table through ``include_static_vectors`` and learns how far to
trust it.

    .venv/bin/python training/gazetteer_vectors.py   # -> training/output/gazetteer-vectors

The output is a spaCy pipeline directory holding only a vocab with these vectors, for
``[initialize] vectors`` in ``configs/ner.cfg``. Deterministic: the same index gives the same
table (words sorted, fixed feature order).
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

import numpy
import spacy
from spacy.strings import get_string_id
from spacy.vectors import Vectors

from eventcoder.geo.gazetteer import LANDMARK, Gazetteer, index_path

REPO = Path(__file__).resolve().parent.parent
GEO_DATA = REPO / "src" / "eventcoder" / "geo" / "data"
TARGET = REPO / "training" / "output" / "gazetteer-vectors"

# One column per feature, in this order. Town columns hold log10(population) / 7, the others
# 1.0 for a whole name and 0.5 for a word inside a longer name.
FEATURES = ("town_name", "town_word", "country", "admin", "demonym", "region")
# Sized so that the table (~4 MB) and the NER fit the 50 MB model limit together.
MIN_TOWN_POPULATION = 15000  # primary names of towns at least this big
MIN_TOWN_POPULATION_ALIASES = 250000  # and every alternate name of towns this big (exonyms)
WORD = re.compile(r"[^\W\d_]{2,}")


def _words(name: str) -> list[str]:
    """The name's words as written and capitalised: "Alphen aan den Rijn" gives Alphen, aan,
    Aan, den, Den, Rijn."""
    found = WORD.findall(name)
    return list(dict.fromkeys(form for word in found for form in (word, word.capitalize())))


class _Table:
    def __init__(self) -> None:
        self.values: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(FEATURES))

    def add(self, name: str, feature: str, whole: float = 1.0, part: float = 0.5) -> None:
        words = _words(name)
        column = FEATURES.index(feature)
        single = len(WORD.findall(name)) == 1
        for word in words:
            value = whole if single else part
            row = self.values[word]
            row[column] = max(row[column], value)

    def add_town(self, name: str, population: int) -> None:
        words = _words(name)
        weight = min(1.0, math.log10(population + 10) / 7)
        single = len(WORD.findall(name)) == 1
        column = FEATURES.index("town_name" if single else "town_word")
        for word in words:
            row = self.values[word]
            row[column] = max(row[column], weight)


def _tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def build(target: Path) -> int:
    table = _Table()
    gazetteer = Gazetteer()  # builds the index on first use
    gazetteer.close()
    con = sqlite3.connect(f"file:{index_path()}?mode=ro", uri=True)
    sql = (
        "SELECT n.key, n.is_primary, p.name, p.kind, p.population FROM names n "
        "JOIN places p ON p.id = n.place WHERE n.lang IS NOT ?"
    )
    # A landmark's name ("White House") is not a word of its town's name.
    for key, is_primary, name, kind, population in con.execute(sql, (LANDMARK,)):
        if kind == "city":
            if population < MIN_TOWN_POPULATION:
                continue
            if is_primary:
                table.add_town(name, population)  # with its diacritics, as LOWER keeps them
            if is_primary or population >= MIN_TOWN_POPULATION_ALIASES:
                table.add_town(key, population)
        elif kind == "country":
            table.add(key, "country")
            table.add(name, "country")
        elif kind == "adm1":  # districts (adm2) would double the table for little news use
            if is_primary:
                table.add(name, "admin")
            table.add(key, "admin")
        elif kind == "continent":
            table.add(key, "region")
    con.close()
    for lang in ("nl", "en"):
        for row in _tsv(GEO_DATA / lang / "demonyms.tsv"):
            table.add(row[0], "demonym")
        exonyms = GEO_DATA / lang / "exonyms.tsv"
        for row in _tsv(exonyms) if exonyms.exists() else []:
            table.add(row[0], "country")  # mostly country and big-city exonyms
    for row in _tsv(GEO_DATA / "regions.tsv"):
        for name in [row[0], *(row[5].split("|") if len(row) > 5 and row[5] else [])]:
            table.add(name, "region")

    words = sorted(table.values)
    data = numpy.asarray([table.values[w] for w in words], dtype="float32")
    nlp = spacy.blank("nl")
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings,
        data=data,
        keys=[get_string_id(w) for w in words],
        attr="LOWER",
        name="eventcoder_gazetteer",
    )
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return len(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args()
    count = build(args.target)
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file())
    print(f"wrote {args.target}: {count} words x {len(FEATURES)} features ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
