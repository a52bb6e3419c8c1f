"""GeoJSON (RFC 7946): a FeatureCollection with one Point per located event.

Written feature by feature, so a large export never sits in memory as one document. Events
without valid coordinates cannot be placed on a map: they are left out and counted.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from typing import IO, Any

from eventcoder.records import Event

log = logging.getLogger(__name__)

# RFC 7946 §11.2: six decimals are about 10 cm, more is noise.
COORDINATE_DECIMALS = 6


def has_position(event: Event) -> bool:
    """Whether the event has a finite WGS 84 position inside the valid ranges."""
    lat, lon = event.latitude, event.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return False
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def event_feature(event: Event) -> dict[str, Any]:
    """A Point Feature: coordinates in RFC 7946 order (longitude, latitude)."""
    assert event.latitude is not None and event.longitude is not None
    feature: dict[str, Any] = {"type": "Feature"}
    if event.event_id:
        feature["id"] = event.event_id
    feature |= {
        "geometry": {
            "type": "Point",
            "coordinates": [
                round(event.longitude, COORDINATE_DECIMALS),
                round(event.latitude, COORDINATE_DECIMALS),
            ],
        },
        "properties": event.model_dump(mode="json", exclude={"latitude", "longitude"}),
    }
    return feature


def write_geojson(events: Iterable[Event], out: IO[str]) -> tuple[int, int]:
    """Write the collection; returns (features written, events left out without a position)."""
    written = skipped = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        if not has_position(event):
            skipped += 1
            continue
        out.write(",\n" if written else "\n")
        out.write(json.dumps(event_feature(event), ensure_ascii=False, allow_nan=False))
        written += 1
    out.write("\n]}\n")
    if skipped:
        log.warning("GeoJSON: %d event(s) without coordinates left out", skipped)
    return written, skipped
