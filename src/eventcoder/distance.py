"""Great-circle distance, shared by the geocoder, merge and the evaluations (one formula, so
that a distance threshold means the same everywhere)."""

from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

EARTH_RADIUS_KM = 6371.0088  # the mean Earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
