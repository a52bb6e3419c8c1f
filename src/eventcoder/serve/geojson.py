"""Events as GeoJSON (RFC 7946): one Feature per event, unlocated events with null geometry."""

from __future__ import annotations

from typing import Any

from eventcoder.records import Event

GEOJSON_MEDIA_TYPE = "application/geo+json"


def event_feature(event: Event, *, with_evidence: bool = False) -> dict[str, Any]:
    """A Feature whose properties are the event record (evidence only when asked: it is bulky)."""
    exclude = {"latitude", "longitude"} | (set() if with_evidence else {"evidence"})
    properties = event.model_dump(mode="json", exclude=exclude)
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": properties}


def feature_collection(
    events: list[Event], *, total: int | None = None, with_evidence: bool = False
) -> dict[str, Any]:
    """A FeatureCollection; ``numberMatched``/``numberReturned`` as OGC API Features names them."""
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": [event_feature(e, with_evidence=with_evidence) for e in events],
        "numberReturned": len(events),
    }
    if total is not None:
        collection["numberMatched"] = total
    return collection
