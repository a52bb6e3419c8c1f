"""Representative points of countries: their geographic centres (``data/country_points.tsv``).

The index places a country at the median of its towns (pulled to its populous coast or
capital), which event coding keeps for an event known only to its country. A toponym that
names a country, as geoparsing reports it, stands for the whole country: the gazetteers and
corpora that score it (GeoNames, Wikipedia) put a country near its centre. The table is built
offline by ``scripts/build_country_points.py``; it is never computed at run time.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycountry

POINTS_PATH = Path(__file__).parent / "data" / "country_points.tsv"


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
