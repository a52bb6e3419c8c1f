"""Geo stage: an offline GeoNames resolver for the places events happened in.

Entry points: :func:`get_geocoder` (``geocode_events``, ``resolve``), :func:`find_toponyms`,
:func:`evaluate_geoparse` and :func:`format_geo_report`.
"""

from eventcoder.geo import toponyms as _toponyms
from eventcoder.geo.evaluate import evaluate_geoparse, format_geo_report
from eventcoder.geo.resolver import Geocoder, get_geocoder
from eventcoder.records import PlaceMention


def find_toponyms(text: str, lang: str, doc=None, *,
                  gazetteer: Geocoder | None = None) -> list[PlaceMention]:
    """Toponyms in ``text``, scanned against ``gazetteer`` (the process-wide geocoder by
    default)."""
    if gazetteer is None:
        gazetteer = get_geocoder()
    return _toponyms.find_toponyms(text, lang, doc, gazetteer=gazetteer)


__all__ = ["Geocoder", "evaluate_geoparse", "find_toponyms", "format_geo_report", "get_geocoder"]
