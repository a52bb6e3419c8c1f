"""``map.html``: one self-contained file with Leaflet, Natural Earth borders and the events.

The map tells the story: each event's place is named beside its marker, admin1 names stand
under them, the first view fits the events so that towns 100 km apart are apart on screen, and
the legend says what colour, size and cluster numbers mean.

Everything (libraries, CSS, country borders, data) is inlined and a Content-Security-Policy
forbids any fetch, so the file opens from a disk, a mail attachment or an air-gapped laptop.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from eventcoder.records import Article, Event
from eventcoder.serve.assets import static_text, vendor_text
from eventcoder.serve.evidence import evidence_sentence, index_articles

ENV_TILE_URL = "EVENTCODER_TILE_URL"
ENV_TILE_ATTRIBUTION = "EVENTCODER_TILE_ATTRIBUTION"

# Fields a popup shows; the rest of the record stays out of the file to keep it small.
POPUP_FIELDS = (
    "event_id", "event_date", "date_start", "date_end", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_claimed",
    "source", "source_url", "modality",
)  # fmt: skip


def tile_config(tile_url: str | None = None) -> dict[str, str | None]:
    """Online basemap settings: only when a URL is given or configured; offline otherwise."""
    url = tile_url if tile_url is not None else os.environ.get(ENV_TILE_URL) or None
    return {
        "tileUrl": url,
        "tileAttribution": os.environ.get(ENV_TILE_ATTRIBUTION, "") if url else None,
    }


def tile_origin(tile_url: str | None) -> str | None:
    """The scheme://host part a CSP must allow for the configured tiles (placeholders kept)."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "*"))
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"{ENV_TILE_URL} must be an http(s) URL template, got {tile_url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element (no '</script>', no HTML comment openers)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _inline_script(source: str) -> str:
    return source.replace("</script", "<\\/script")


def _inline_style(source: str) -> str:
    return source.replace("</style", "<\\/style")


def map_record(event: Event, articles: Mapping[str, Article]) -> dict[str, Any]:
    """The part of an event a popup needs, plus its evidence sentence."""
    record = event.model_dump(mode="json", include=set(POPUP_FIELDS))
    sentence = evidence_sentence(event, articles)
    record["evidence_sentence"] = sentence.to_json() if sentence else None
    return record


def render_map(
    events: list[Event],
    *,
    title: str = "eventcoder",
    articles: Iterable[Article] | Mapping[str, Article] | None = None,
    tile_url: str | None = None,
) -> str:
    """A self-contained HTML map with one marker per located event.

    ``articles`` (optional) lets popups quote the whole evidence sentence rather than the
    evidence spans alone. ``tile_url`` (or ``EVENTCODER_TILE_URL``) adds an online basemap; by
    default the file makes no network request at all.
    """
    by_id = index_articles(articles)
    placed = [e for e in events if e.latitude is not None and e.longitude is not None]
    config = tile_config(tile_url)
    origin = tile_origin(config["tileUrl"])
    img_src = "data:" + (f" {origin}" if origin else "")
    csp = (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        f"img-src {img_src}; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    data = {
        "title": title,
        "config": config,
        "unplaced": len(events) - len(placed),
        "events": [map_record(e, by_id) for e in placed],
    }
    styles = "\n".join(
        _inline_style(css)
        for css in (
            vendor_text("leaflet.css"),
            vendor_text("MarkerCluster.css"),
            vendor_text("MarkerCluster.Default.css"),
            static_text("common.css"),
        )
    )
    scripts = "\n".join(
        f"<script>{_inline_script(js)}</script>"
        for js in (
            vendor_text("leaflet.js"),
            vendor_text("leaflet.markercluster.js"),
            vendor_text("topojson-client.js"),
            static_text("common.js"),
            static_text("map.js"),
        )
    )
    # 1:50m borders: the view fits the events (a province or two), where 1:110m is too coarse.
    borders = vendor_text("countries-50m.json")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">
<meta name="generator" content="eventcoder">
<title>{html.escape(title)}</title>
<style>
{styles}
html, body {{ height: 100%; margin: 0; }}
body {{ display: flex; flex-direction: column; font: 14px system-ui, sans-serif; }}
header {{ padding: 6px 12px; background: #20262e; color: #fff; display: flex; gap: 16px;
  align-items: baseline; }}
header h1 {{ font-size: 16px; margin: 0; }}
#map {{ flex: 1; }}
</style>
</head>
<body>
<header><h1>{html.escape(title)}</h1><span id="ec-count"></span>
<span>Borders: Natural Earth (world-atlas); admin1 names from the events</span></header>
<div id="map"></div>
<script type="application/json" id="ec-borders">{json_for_script(json.loads(borders))}</script>
<script type="application/json" id="ec-data">{json_for_script(data)}</script>
{scripts}
</body>
</html>
"""
