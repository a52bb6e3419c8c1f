"""Events as GeoJSON (RFC 7946) for the API.

Located events are written exactly as the GeoJSON export writes them. Unlike the export, a page
of API results keeps its unlocated events too, with a null geometry (RFC 7946 §3.2), so that
``numberMatched`` and paging agree with the JSON listing.
"""

from __future__ import annotations

from typing import Any

from eventcoder.export.geojson import event_feature, has_position
from eventcoder.records import Event

GEOJSON_MEDIA_TYPE = "application/geo+json"


def api_feature(event: Event) -> dict[str, Any]:
    if has_position(event):
        return event_feature(event)
    properties = event.model_dump(mode="json", exclude={"latitude", "longitude"})
    return {"type": "Feature", "id": event.event_id, "geometry": None, "properties": properties}


def feature_collection(events: list[Event], *, total: int | None = None) -> dict[str, Any]:
    """A FeatureCollection; ``numberMatched``/``numberReturned`` as OGC API Features names them."""
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": [api_feature(e) for e in events],
        "numberReturned": len(events),
    }
    if total is not None:
        collection["numberMatched"] = total
    return collection
