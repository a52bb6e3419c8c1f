"""Great-circle distance, shared by the geocoder, merge and the evaluations (one formula, so
that a distance threshold means the same everywhere)."""

from __future__ import annotations

import bisect
import math

__all__ = ["EARTH_RADIUS_KM", "PointIndex", "haversine_km"]

EARTH_RADIUS_KM = 6371.0088  # the mean Earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class PointIndex:
    """Points sorted by latitude, for "how near is the closest of them?" asked many times.

    A great circle is never shorter than its difference in latitude (``d >= R * |dphi|``), so
    only the points in a latitude band can lie within ``km``: a long article's places are no
    longer each compared with every other. Distances are :func:`haversine_km`'s own, from the
    place to the point, so answers equal those of a scan over every point. A point given
    twice (a town the article names often) is kept once: the answers are the same."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self._points = sorted(set(points))
        self._lats = [lat for lat, _ in self._points]

    def _band(self, lat: float, km: float) -> list[tuple[float, float]]:
        reach = math.degrees(km / EARTH_RADIUS_KM) + 1e-6  # a margin for rounding
        lo = bisect.bisect_left(self._lats, lat - reach)
        hi = bisect.bisect_right(self._lats, lat + reach)
        return self._points[lo:hi]

    def nearest_km(self, lat: float, lon: float, km: float) -> float:
        """The distance to the nearest point when it is under ``km``; else some distance at
        least ``km`` (infinity when no point is in the band)."""
        return min((haversine_km(lat, lon, plat, plon) for plat, plon in self._band(lat, km)),
                   default=math.inf)

    def any_within(self, lat: float, lon: float, km: float) -> bool:
        """Is some point closer than ``km``?"""
        return any(haversine_km(lat, lon, plat, plon) < km
                   for plat, plon in self._band(lat, km))
