"""Geo stage: an offline GeoNames resolver for the places events happened in.

Entry points: :func:`get_geocoder` (``geocode_events``, ``resolve``), :func:`find_toponyms`,
:func:`evaluate_geoparse` and :func:`format_geo_report`.
"""

from eventcoder.geo.evaluate import evaluate_geoparse, format_geo_report
from eventcoder.geo.resolver import Geocoder, get_geocoder
from eventcoder.geo.toponyms import find_toponyms

__all__ = ["Geocoder", "evaluate_geoparse", "find_toponyms", "format_geo_report", "get_geocoder"]
