"""Representative points of countries and provinces: their geographic centres
(``data/country_points.tsv``, ``data/admin1_points.tsv``).

The index places a country at the median of its towns (pulled to its populous coast or
capital), which event coding keeps for an event known only to its country. A toponym that
names a country, as geoparsing reports it, stands for the whole country: the gazetteers and
corpora that score it (GeoNames, Wikipedia) put a country near its centre. The table is built
offline by ``scripts/build_country_points.py``; it is never computed at run time.

Provinces, states and regions likewise: the index's median of their towns lies at their
populous end (Queensland at Brisbane, 1,000 km from its centre). ``data/admin1_points.tsv``
(built by ``scripts/build_admin1_points.py`` from Natural Earth's admin-1 polygons) gives the
centre of each first-level unit Natural Earth maps, keyed by GeoNames id; units Natural Earth
maps at GeoNames' second level (France's departments) are in it too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycountry

POINTS_PATH = Path(__file__).parent / "data" / "country_points.tsv"
ADMIN_POINTS_PATH = Path(__file__).parent / "data" / "admin1_points.tsv"


def read_country_points(path: Path = POINTS_PATH) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lat, lon); a malformed row raises ValueError naming its line."""
    points: dict[str, tuple[float, float]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise ValueError(f"{path.name}:{n}: expected alpha2, lat, lon, source; got {line!r}")
        cc = cols[0].strip()
        if pycountry.countries.get(alpha_2=cc) is None:
            raise ValueError(f"{path.name}:{n}: {cc!r} is not an ISO 3166-1 alpha-2 code")
        try:
            lat, lon = float(cols[1]), float(cols[2])
        except ValueError:
            raise ValueError(f"{path.name}:{n}: lat/lon not numbers: {line!r}") from None
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ValueError(f"{path.name}:{n}: lat/lon out of range: {lat}, {lon}")
        if cc in points:
            raise ValueError(f"{path.name}:{n}: {cc} given twice")
        points[cc] = (lat, lon)
    return points


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """The committed table, read once per process (empty when the file is absent)."""
    return read_country_points() if POINTS_PATH.exists() else {}


def read_admin_points(path: Path = ADMIN_POINTS_PATH) -> dict[int, tuple[float, float]]:
    """GeoNames id -> (lat, lon) of admin units; a malformed row raises ValueError naming its
    line."""
    points: dict[int, tuple[float, float]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            gid, lat, lon = int(cols[0]), float(cols[3]), float(cols[4])
        except (IndexError, ValueError):
            raise ValueError(
                f"{path.name}:{n}: expected geonameid, code, level, lat, lon, name; got {line!r}"
            ) from None
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ValueError(f"{path.name}:{n}: lat/lon out of range: {lat}, {lon}")
        if gid in points:
            raise ValueError(f"{path.name}:{n}: GeoNames id {gid} given twice")
        points[gid] = (lat, lon)
    return points


@cache
def admin_points() -> dict[int, tuple[float, float]]:
    """The committed admin-unit table, read once per process (empty when absent)."""
    return read_admin_points() if ADMIN_POINTS_PATH.exists() else {}
