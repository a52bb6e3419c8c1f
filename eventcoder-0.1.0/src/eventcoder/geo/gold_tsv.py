"""The project's geoparsing gold sets as TSV (``gold/geo/dpg-nl.tsv``), for ``eval-geo``.

Columns: ``article_id, start, end, surface, geonameid, lat, lon``. The file holds no text beyond
each toponym's surface (the news licences forbid copying it): texts are joined at run time from
``../shared`` by article id (:mod:`eventcoder.evaluate.corpora`), and every row's offsets are
checked against them, so a moved or edited corpus fails loudly instead of scoring the wrong words.
A row with empty offsets says an article was coded and holds no toponym (it still counts for
end-to-end precision). A toponym without a GeoNames id is annotated (finding it is no false
positive) but not scored, as in GWN and TR-News.

A ``split.tsv`` beside the file (``article_id, split``: dev or test) splits the set; ``split``
keeps one half (``all``, the default, keeps every article and needs no split file).
"""

from __future__ import annotations

import csv
from pathlib import Path

from eventcoder.evaluate.corpora import corpus_of, load_corpus, shared_dir
from eventcoder.geo.evaluate import GoldArticle, GoldToponym

COLUMNS = ("article_id", "start", "end", "surface", "geonameid", "lat", "lon")
SPLITS = ("all", "dev", "test")


def read_splits(path: Path) -> dict[str, str]:
    """The ``split.tsv`` beside a gold TSV: article id -> dev or test."""
    split_file = Path(path).parent / "split.tsv"
    if not split_file.exists():
        raise ValueError(f"{path}: no split.tsv beside it, so no dev or test half")
    out: dict[str, str] = {}
    with split_file.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("split") not in ("dev", "test"):
                raise ValueError(f"{split_file}: split of {row.get('article_id')} must be dev "
                                 f"or test, not {row.get('split')!r}")
            out[row["article_id"]] = row["split"]
    return out


def read_gold_tsv(path: Path, shared: Path | None = None, split: str = "all"
                  ) -> list[GoldArticle]:
    """Articles (in file order) with their toponyms, of one split or all; ValueError on a bad
    row or offset, or an article the split file does not place."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    splits = read_splits(path) if split != "all" else {}
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}")
        rows = list(reader)
    base = shared or shared_dir()
    articles: dict[str, GoldArticle] = {}
    for line, row in enumerate(rows, start=2):
        art_id = row["article_id"]
        if splits:
            if art_id not in splits:
                raise ValueError(f"{path}:{line}: article {art_id} is in no split (split.tsv)")
            if splits[art_id] != split:
                continue
        art = articles.get(art_id)
        if art is None:
            source = load_corpus(base, corpus_of(art_id)).get(art_id)
            if source is None:
                raise ValueError(f"{path}:{line}: article {art_id} is not in ../shared")
            art = GoldArticle(art_id, source["text"], [], [], source.get("language") or "en")
            articles[art_id] = art
        if not row["start"]:
            continue
        start, end = int(row["start"]), int(row["end"])
        if art.text[start:end] != row["surface"]:
            raise ValueError(f"{path}:{line}: {row['surface']!r} is not at {start}-{end} of "
                             f"article {art_id}")
        art.annotated.append((start, end))
        if row["geonameid"] and row["lat"] and row["lon"]:
            art.toponyms.append(GoldToponym(row["surface"], start, end, int(row["geonameid"]),
                                            float(row["lat"]), float(row["lon"])))
    return list(articles.values())
