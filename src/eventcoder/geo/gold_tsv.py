"""The project's geoparsing gold sets as TSV (``gold/geo/dpg-nl.tsv``), for ``eval-geo``.

Columns: ``article_id, start, end, surface, geonameid, lat, lon``. The file holds no text beyond
each toponym's surface (the news licences forbid copying it): texts are joined at run time from
``../shared`` by article id (:mod:`eventcoder.evaluate.corpora`), and every row's offsets are
checked against them, so a moved or edited corpus fails loudly instead of scoring the wrong words.
A row with empty offsets says an article was coded and holds no toponym (it still counts for
end-to-end precision). A toponym without a GeoNames id is annotated (finding it is no false
positive) but not scored, as in GWN and TR-News.
"""

from __future__ import annotations

import csv
from pathlib import Path

from eventcoder.evaluate.corpora import corpus_of, load_corpus, shared_dir
from eventcoder.geo.evaluate import GoldArticle, GoldToponym

COLUMNS = ("article_id", "start", "end", "surface", "geonameid", "lat", "lon")


def read_gold_tsv(path: Path, shared: Path | None = None) -> list[GoldArticle]:
    """Articles (in file order) with their toponyms; ValueError on a bad row or offset."""
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
