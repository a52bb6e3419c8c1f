"""List the geocoder's errors on ``dpg-nl.tsv`` for the README's error classes (not a score).

``python gold/geo/errors.py --split dev``: gold-mode resolutions that miss the gold id (with
km), end-to-end false positives (found spans that overlap no annotated toponym) and misses (gold
toponyms with an id that the scan does not find). Prints surfaces and ids only. Read the dev
half only (``split.tsv``): the test half is scored, never read, for a fix.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from eventcoder.distance import haversine_km  # noqa: E402
from eventcoder.geo import find_toponyms, get_geocoder  # noqa: E402
from eventcoder.geo.gold_tsv import read_gold_tsv  # noqa: E402
from eventcoder.geo.toponyms import detect_cue  # noqa: E402
from eventcoder.records import PlaceMention  # noqa: E402


def main(split: str) -> None:
    geo = get_geocoder()
    fps: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for art in read_gold_tsv(HERE / "dpg-nl.tsv", split=split):
        mentions = [PlaceMention(text=t.text, start=t.start, end=t.end,
                                 cue=detect_cue(art.text, t.start, t.end, art.lang))
                    for t in sorted(art.toponyms, key=lambda t: t.start)]
        gold = sorted(art.toponyms, key=lambda t: t.start)
        for g, r in zip(gold, geo.resolve_mentions(art.text, mentions, lang=art.lang, infer=True),
                        strict=True):
            e, pt = r.entry, r.point
            if e is None or e.id != g.geonameid:
                km = haversine_km(g.lat, g.lon, *pt) if pt else None
                print(f"GOLD\t{art.id}\t{g.text}\tgold={g.geonameid}\tpred="
                      f"{e.id if e else None} {e.name if e else ''} [{e.kind if e else ''}]\t"
                      f"{'-' if km is None else round(km)} km")
        found = find_toponyms(art.text, art.lang, gazetteer=geo)
        for m in found:
            if not any(m.start < e and s < m.end for s, e in art.annotated):
                fps[m.text] += 1
        for g in gold:
            if not any(m.start < g.end and g.start < m.end for m in found):
                misses[g.text] += 1
    print("FALSE POSITIVES", sum(fps.values()))
    for text, n in fps.most_common():
        print(f"FP\t{n}\t{text}")
    print("MISSES", sum(misses.values()))
    for text, n in misses.most_common():
        print(f"MISS\t{n}\t{text}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), required=True,
                        help="dev to read errors; never test for a fix")
    main(parser.parse_args().split)
