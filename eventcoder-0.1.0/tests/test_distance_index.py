"""PointIndex answers as a scan over every point does, for any place and distance."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.distance import PointIndex, haversine_km

LAT = st.floats(min_value=-90, max_value=90, allow_nan=False)
LON = st.floats(min_value=-180, max_value=180, allow_nan=False)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(points=st.lists(st.tuples(LAT, LON), max_size=30), lat=LAT, lon=LON,
       km=st.sampled_from([1.0, 50.0, 100.0, 150.0, 600.0, 5000.0]))
def test_the_index_equals_a_full_scan(points, lat, lon, km) -> None:
    index = PointIndex(points)
    scan = [haversine_km(lat, lon, a, b) for a, b in points]
    assert index.any_within(lat, lon, km) == any(d < km for d in scan)
    nearest = index.nearest_km(lat, lon, km)
    best = min(scan, default=math.inf)
    if best < km:
        assert nearest == best  # the same float: the same formula, the same order of arguments
    else:
        assert nearest >= km


def test_points_near_the_poles_and_the_date_line() -> None:
    index = PointIndex([(89.9, 179.9), (-10.0, -179.95)])
    assert index.any_within(89.9, -179.9, 50)  # across the date line near the pole
    assert index.nearest_km(-10.0, 179.95, 20) < 20
    assert not index.any_within(0.0, 0.0, 1000)
    assert PointIndex([]).nearest_km(1.0, 2.0, 10) == math.inf
