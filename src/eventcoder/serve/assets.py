"""Browser assets (Leaflet, marker clustering, topojson-client, Natural Earth borders).

They come from npm, installed by the project's set-up into ``<repo>/web/node_modules``, and are
read at run time so that both the web page and ``map.html`` work with no network at all.
``EVENTCODER_WEB_ASSETS`` points elsewhere (a ``node_modules`` folder or the folder holding it),
e.g. for an installed package that does not live inside the repository.
"""

from __future__ import annotations

import base64
import os
import re
from functools import lru_cache
from pathlib import Path

SETUP_COMMAND = "npm ci --prefix web --no-audit --no-fund"
ENV_ASSETS = "EVENTCODER_WEB_ASSETS"

# Public asset name -> path inside node_modules. Only these are ever served or inlined.
VENDOR_FILES: dict[str, str] = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "countries-50m.json": "world-atlas/countries-50m.json",
}
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}

STATIC_DIR = Path(__file__).parent / "static"
_CSS_IMAGE_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")


class WebAssetsMissing(RuntimeError):
    """The npm packages the map needs are not installed."""


def _candidates() -> list[Path]:
    override = os.environ.get(ENV_ASSETS)
    if override:
        base = Path(override).expanduser()
        return [base / "node_modules", base]
    return [parent / "web" / "node_modules" for parent in Path(__file__).resolve().parents]


def node_modules_dir() -> Path:
    """The ``node_modules`` folder holding the browser assets, or a clear error."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / VENDOR_FILES["leaflet.js"]).is_file():
            return candidate
    where = os.environ.get(ENV_ASSETS) or "web/node_modules in the repository"
    raise WebAssetsMissing(
        f"Leaflet and world-atlas were not found ({where}). Install them from the repository "
        f"root with `{SETUP_COMMAND}` (scripts/bootstrap.sh does this), or set {ENV_ASSETS} to "
        "a folder holding node_modules."
    )


def vendor_path(name: str) -> Path:
    """Path of one whitelisted vendor file; KeyError for anything not whitelisted."""
    path = node_modules_dir() / VENDOR_FILES[name]
    if not path.is_file():
        raise WebAssetsMissing(f"{path} is missing; reinstall with `{SETUP_COMMAND}`.")
    return path


@lru_cache(maxsize=32)
def vendor_text(name: str) -> str:
    """A vendor file as text; CSS images become data URIs so nothing is fetched later."""
    path = vendor_path(name)
    text = path.read_text(encoding="utf-8")
    if name.endswith(".css"):
        text = _CSS_IMAGE_URL.sub(lambda m: _data_uri(path.parent / m.group(1)), text)
    return text


def _data_uri(image: Path) -> str:
    if not image.is_file():
        return "url()"
    encoded = base64.b64encode(image.read_bytes()).decode("ascii")
    return f'url("data:image/png;base64,{encoded}")'


def static_text(name: str) -> str:
    """One of the project's own page files (``serve/static``)."""
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def media_type(name: str) -> str:
    return MEDIA_TYPES.get(Path(name).suffix, "application/octet-stream")
