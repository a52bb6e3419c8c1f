"""Build src/eventcoder/geo/data/country_points.tsv: each country's geographic centre.

Run by hand when the source changes, never at run time:

    .venv/bin/python scripts/build_country_points.py web/node_modules/world-atlas/countries-50m.json

Why: a toponym resolved to a country is scored (GeoVirus, Wikipedia) and read by users at the
country's centre, while the index places a country at the median of its towns (pulled to its
populous coast). The source is the npm package world-atlas (ISC licence; Natural Earth 1:50m
admin-0 polygons as TopoJSON), installed with the web front end; countries are keyed there by
ISO 3166-1 numeric code, mapped to alpha-2 with pycountry. Features without an ISO code
(Kosovo, Northern Cyprus, Somaliland, ...) are left out, and so is a shape that reaches a
pole (Antarctica), where a centroid in longitude and latitude means nothing.

The point (all in an equal-area projection, x = longitude, y = sin(latitude), so that a
centroid is truly area-weighted and high latitudes are not over-weighted):

- a country's main land is its largest polygon and every polygon within 300 km of it, of one
  already taken, and so on: New Zealand's two islands, Canada's Arctic islands, all of
  Indonesia or the Philippines, but the United States without Alaska and Hawaii, France
  without its overseas departments. It takes the area-weighted centroid of that land, which
  may lie in its own sea (an archipelago) but not inside another country. (The result is the
  same for any reach from 100 to 600 km on the corpora of docs/geocoding.md.);
- a centroid of one polygon that falls outside it (a crescent: Vietnam, Croatia), or any
  centroid inside another country, is replaced by a point inside the largest polygon: the
  middle of the widest stretch of it along the centroid's latitude.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pycountry

Ring = list[tuple[float, float]]  # (lon, lat) points, closed or not
Polygon = list[Ring]  # outer ring, then holes

OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/geo/data/country_points.tsv"
REACH_KM = 300.0  # land this close to the main land belongs to it (see the module docstring)
EARTH_KM = 6371.0


def decode_arcs(topo: dict) -> list[Ring]:
    """TopoJSON arcs as absolute (lon, lat): undo quantisation and delta encoding."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            if tr:
                x, y = x + dx, y + dy
                pts.append((x * tr["scale"][0] + tr["translate"][0],
                            y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((dx, dy))
        arcs.append(pts)
    return arcs


def ring(arcs: list[Ring], indices: list[int]) -> Ring:
    """A ring from arc indices (~i = arc i reversed); shared end points are not repeated."""
    out: Ring = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts[1:] if out else pts)
    return out


def unwrap(r: Ring, near: float) -> Ring:
    """The ring with continuous longitudes (no jump across the antimeridian), shifted by a
    whole turn to lie nearest the longitude ``near``: Fiji or Chukotka stay in one piece."""
    out: Ring = []
    for lon, lat in r:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while out[-1][0] - lon > 180:
                lon += 360
        out.append((lon, lat))
    mean = sum(p[0] for p in out) / len(out)
    shift = 360 * round((near - mean) / 360)
    return [(lon + shift, lat) for lon, lat in out]


def polygons(geom: dict, arcs: list[Ring]) -> list[Polygon]:
    """The geometry's polygons, their longitudes unwrapped around its first ring's."""
    if geom["type"] == "Polygon":
        raw = [[ring(arcs, r) for r in geom["arcs"]]]
    elif geom["type"] == "MultiPolygon":
        raw = [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
    else:
        return []
    near = unwrap(raw[0][0], 0.0)[0][0] if raw[0] and raw[0][0] else 0.0
    polys = []
    for poly in raw:
        outer = unwrap(poly[0], near)
        centre = sum(p[0] for p in outer) / len(outer)
        polys.append([outer] + [unwrap(h, centre) for h in poly[1:]])
    return polys


def _projected(r: Ring) -> list[tuple[float, float]]:
    return [(lon, math.sin(math.radians(lat))) for lon, lat in r]


def ring_moments(r: Ring) -> tuple[float, float, float]:
    """Signed area and first moments (shoelace) of a ring in the equal-area projection."""
    p = _projected(r)
    a = mx = my = 0.0
    for (x0, y0), (x1, y1) in zip(p, p[1:] + p[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        mx += (x0 + x1) * cross
        my += (y0 + y1) * cross
    return a / 2, mx / 6, my / 6


def poly_moments(poly: Polygon) -> tuple[float, float, float]:
    """Area and moments of a polygon: outer ring minus its holes, whatever their winding."""
    area = mx = my = 0.0
    for k, r in enumerate(poly):
        a, x, y = ring_moments(r)
        sign = (1 if a >= 0 else -1) * (1 if k == 0 else -1)
        area, mx, my = area + sign * a, mx + sign * x, my + sign * y
    return area, mx, my


def centroid(polys: list[Polygon]) -> tuple[float, float, float]:
    """Area-weighted centroid (lat, lon) and total area of polygons."""
    area = mx = my = 0.0
    for poly in polys:
        a, x, y = poly_moments(poly)
        area, mx, my = area + a, mx + x, my + y
    lon, sin_lat = mx / area, my / area
    return math.degrees(math.asin(max(-1.0, min(1.0, sin_lat)))), lon, area


def in_ring(lon: float, lat: float, r: Ring) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=True):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def in_polygon(lon: float, lat: float, poly: Polygon) -> bool:
    """Inside the outer ring and no hole, at the longitude or a whole turn from it."""
    return any(in_ring(x, lat, poly[0]) and not any(in_ring(x, lat, h) for h in poly[1:])
               for x in (lon, lon - 360, lon + 360))


def inside_point(poly: Polygon, lat: float) -> tuple[float, float]:
    """The middle of the widest stretch of the polygon along a latitude (its centre's if the
    polygon does not cross that latitude)."""
    ys = [p[1] for p in poly[0]]
    if not min(ys) < lat < max(ys):
        lat = (min(ys) + max(ys)) / 2
    xs = []
    for r in poly:
        for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=True):
            if (y0 > lat) != (y1 > lat):
                xs.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    return lat, max(spans)[1]


def _unit_vectors(r: Ring) -> np.ndarray:
    a = np.radians(np.asarray(r, dtype=float))
    lon, lat = a[:, 0], a[:, 1]
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], 1)


def gap_km(p: Polygon, q: Polygon) -> float:
    """The shortest distance between two polygons' outer rings' vertices, in km."""
    a, b = _unit_vectors(p[0]), _unit_vectors(q[0])
    chord = min(float(np.linalg.norm(a[i:i + 256, None, :] - b[None, :, :], axis=2).min())
                for i in range(0, len(a), 256))
    return 2 * EARTH_KM * math.asin(min(1.0, chord / 2))


def _box_gap_km(p: Polygon, q: Polygon) -> float:
    """A lower bound of gap_km from the rings' latitude spans (cheap: skips far pairs)."""
    lat_p = [pt[1] for pt in p[0]]
    lat_q = [pt[1] for pt in q[0]]
    gap = max(min(lat_q) - max(lat_p), min(lat_p) - max(lat_q), 0.0)
    return math.radians(gap) * EARTH_KM


def main_land(polys: list[Polygon], reach_km: float = REACH_KM) -> list[Polygon]:
    """The largest polygon and every polygon within ``reach_km`` of one already taken."""
    sized = sorted(polys, key=lambda p: abs(poly_moments(p)[0]), reverse=True)
    land, rest = [sized[0]], sized[1:]
    grown = True
    while grown and rest:
        grown = False
        for p in list(rest):
            if any(_box_gap_km(p, q) <= reach_km and gap_km(p, q) <= reach_km for q in land):
                land.append(p)
                rest.remove(p)
                grown = True
    return land


def centre(polys: list[Polygon], elsewhere) -> tuple[float, float, str]:
    """(lat, lon, method) of a country or province from its polygons; ``elsewhere(lon, lat)``
    tells whether a point lies in another one."""
    land = main_land(polys)
    lat, lon, _ = centroid(land)
    if (len(land) == 1 and not in_polygon(lon, lat, land[0])) or elsewhere(lon, lat):
        lat, lon = inside_point(land[0], lat)
        return lat, lon, "inside largest polygon"
    return lat, lon, ("centroid of largest polygon" if len(land) == 1
                      else f"centroid of main land ({len(land)} polygons)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="world-atlas countries-50m.json")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    topo = json.loads(args.source.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    version = "?"
    pkg = args.source.parent / "package.json"
    if pkg.exists():
        version = json.loads(pkg.read_text(encoding="utf-8")).get("version", "?")
    source = f"world-atlas@{version}/{args.source.name}"

    shapes: dict[str, list[Polygon]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        gid = geom.get("id")
        record = pycountry.countries.get(numeric=str(gid)) if gid else None
        polys = polygons(geom, arcs)
        name = geom.get("properties", {}).get("name")
        if record is None or not polys:
            print(f"skipped (no ISO code): {name}", file=sys.stderr)
            continue
        if any(abs(lat) > 89.0 for poly in polys for lon, lat in poly[0]):
            print(f"skipped (reaches a pole: no planar centre): {name}", file=sys.stderr)
            continue
        shapes.setdefault(record.alpha_2, []).extend(polys)

    def elsewhere(cc: str, lon: float, lat: float) -> bool:
        return any(in_polygon(lon, lat, p) for other, ps in shapes.items() if other != cc
                   for p in ps)

    rows = []
    for cc, polys in sorted(shapes.items()):
        lat, lon, method = centre(polys, lambda x, y, cc=cc: elsewhere(cc, x, y))
        lon = (lon + 180) % 360 - 180
        rows.append(f"{cc}\t{lat:.4f}\t{lon:.4f}\t{source}: {method}")
    header = [
        "# Each country's representative point: its geographic centre (see",
        "# scripts/build_country_points.py for the source and method). Language-free data.",
        "# alpha2\tlat\tlon\tsource",
    ]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
