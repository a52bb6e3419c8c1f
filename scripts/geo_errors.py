"""List eval-geo's gold-toponym errors, one TSV row each, with an error class.

Why: the eval-geo table gives shares only; fixing the geocoder needs to know which kinds of
toponym it misses on each corpus (a country's point, a namesake abroad, a name the gazetteer
lacks). Texts are never printed beyond the toponym itself.

    .venv/bin/python scripts/geo_errors.py ../shared/eval/geoparse/GWN.xml [--all] [--min-km 161]

Columns: corpus, article id, offset, toponym, km, class, predicted (id kind cc name), gold
(id kind cc name when the index has the gold id, else its coordinates). A summary of classes
goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from eventcoder.distance import haversine_km
from eventcoder.geo.evaluate import ACC_KM, _Pages, read_gold
from eventcoder.geo.resolver import get_geocoder
from eventcoder.geo.toponyms import detect_cue
from eventcoder.records import PlaceMention


def classify(res, gold, gold_entry, km: float | None) -> str:
    """The error's class, from what was predicted and what the gold is."""
    e = res.entry
    if e is None:
        return "unresolved"
    if res.inferred:
        return "inferred"
    if res.demonym:
        return "demonym"
    gk = gold_entry.kind if gold_entry is not None else "?"
    if gold.geonameid is not None and gold_entry is None:
        gk = "absent"
    same_cc = gold_entry is not None and gold_entry.cc == e.cc
    if e.kind == "continent" and e.id < 0:
        return "pred-region-table"  # geo/data's region tables: no GeoNames id to match
    if e.kind == "continent":
        return "pred-continent/region"
    if e.kind == "country":
        if gold_entry is not None and gold_entry.id == e.id:
            return "country-point"
        if km is not None and km < 500 and gk in ("?", "country"):
            return "country-point?"
        return f"country-vs-{gk}"
    if gold_entry is not None and gold_entry.id == e.id:
        return f"same-id-{e.kind}-point"
    if gk == "absent":
        return f"gold-absent-pred-{e.kind}"
    if e.kind in ("adm1", "adm2"):
        return f"{e.kind}-vs-{gk}"
    if same_cc:
        return f"city-vs-{gk}-same-cc"
    return f"city-vs-{gk}-other-cc"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true", help="every toponym, not only errors")
    ap.add_argument("--min-km", type=float, default=ACC_KM)
    args = ap.parse_args()
    geo = get_geocoder()
    pages = _Pages(geo)
    classes: Counter[tuple[str, str]] = Counter()
    for path in args.paths:
        for art in read_gold(path):
            mentions = [PlaceMention(text=t.text, start=t.start, end=t.end,
                                     cue=detect_cue(art.text, t.start, t.end, "en"))
                        for t in art.toponyms]
            order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
            out = geo.resolve_mentions(art.text, [mentions[i] for i in order], lang="en",
                                       infer=True)
            for i, r in zip(order, out, strict=True):
                g = art.toponyms[i]
                ge = geo.gaz.get(g.geonameid) if g.geonameid else None
                pt = r.point
                if r.entry is not None and (g.geonameid == r.entry.id or pages.same(g, r)):
                    km: float | None = 0.0
                else:
                    km = haversine_km(g.lat, g.lon, *pt) if pt else None
                bad = km is None or km > args.min_km
                cls = classify(r, g, ge, km) if bad else "ok"
                if bad:
                    classes[(path.stem, cls)] += 1
                if not (bad or args.all):
                    continue
                e = r.entry
                pred = f"{e.id} {e.kind} {e.cc} {e.name}" if e else "-"
                gold = (f"{ge.id} {ge.kind} {ge.cc} {ge.name}" if ge else
                        f"{g.geonameid or '-'} @{g.lat:.2f},{g.lon:.2f}")
                print("\t".join((path.stem, art.id, str(g.start), g.text,
                                 "-" if km is None else f"{km:.0f}", cls, pred, gold)))
    for (corpus, cls), n in sorted(classes.items()):
        print(f"{corpus}\t{cls}\t{n}", file=sys.stderr)


if __name__ == "__main__":
    main()
