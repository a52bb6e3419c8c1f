"""Browser assets (Leaflet, marker clustering, topojson-client, Natural Earth borders).

They come from npm, installed by the project's set-up into ``<repo>/web/node_modules``, and are
read at run time so that both the web page and ``map.html`` work with no network at all.
A built wheel carries a copy of exactly the whitelisted files (plus the images their CSS names
and each package's licence) in ``serve/static/vendor``, laid out like ``node_modules``, so an
installed package serves and maps outside the repository; :func:`bundle_vendor_files` makes
that copy at build time (``setup.py``). ``EVENTCODER_WEB_ASSETS`` points elsewhere (a
``node_modules`` folder or the folder holding it).

This module imports only the standard library: the build loads it before anything is installed.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
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
# The wheel's copy of the whitelisted files, laid out like node_modules (not in git).
PACKAGED_DIR = STATIC_DIR / "vendor"
_CSS_IMAGE_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")
_LICENCE_NAME = re.compile(r"^(?:licen[cs]e|copying|mit-licen[cs]e)\b", re.IGNORECASE)


class WebAssetsMissing(RuntimeError):
    """The npm packages the map needs are not installed."""


def _candidates() -> list[Path]:
    """Where to look, in order: the override alone if set, else the repository's
    ``web/node_modules`` (freshest in a checkout), then the copy packaged in the wheel."""
    override = os.environ.get(ENV_ASSETS)
    if override:
        base = Path(override).expanduser()
        return [base / "node_modules", base]
    here = Path(__file__).resolve()
    return [parent / "web" / "node_modules" for parent in here.parents] + [PACKAGED_DIR]


def _complete(folder: Path) -> bool:
    return all((folder / relative).is_file() for relative in VENDOR_FILES.values())


def _missing_error() -> WebAssetsMissing:
    where = os.environ.get(ENV_ASSETS) or "web/node_modules in the repository"
    return WebAssetsMissing(
        f"Leaflet and world-atlas were not found ({where}, nor in the installed package). "
        f"Install them from the repository root with `{SETUP_COMMAND}` (scripts/bootstrap.sh "
        f"does this), build the wheel after that, or set {ENV_ASSETS} to a folder holding "
        "node_modules."
    )


def node_modules_dir() -> Path:
    """The first folder (laid out like ``node_modules``) that holds Leaflet, or a clear error."""
    for candidate in _candidates():
        if (candidate / VENDOR_FILES["leaflet.js"]).is_file():
            return candidate
    raise _missing_error()


def vendor_path(name: str) -> Path:
    """Path of one whitelisted vendor file; KeyError for anything not whitelisted.

    Each file is looked up in every candidate folder in turn, so a checkout's node_modules
    wins over the packaged copy and an asset added later is found wherever it is."""
    relative = VENDOR_FILES[name]
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / relative).is_file():
            return candidate / relative
    if not any((c / VENDOR_FILES["leaflet.js"]).is_file() for c in candidates):
        raise _missing_error()
    raise WebAssetsMissing(f"{relative} is missing; reinstall with `{SETUP_COMMAND}`.")


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


# -- packaging -------------------------------------------------------------------------------


def _package_root(relative: str) -> str:
    """The npm package a node_modules path belongs to ("@scope/name" keeps both parts)."""
    parts = relative.split("/")
    return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]


def bundle_files(source: Path) -> list[str]:
    """Paths (relative to ``source``, a node_modules folder) that the packaged copy needs:
    the whitelisted files, the images their CSS names, and each package's licence and
    package.json (which records its version and licence)."""
    if not _complete(source):
        missing = [r for r in VENDOR_FILES.values() if not (source / r).is_file()]
        raise WebAssetsMissing(
            f"{source} lacks {', '.join(missing)}; run `{SETUP_COMMAND}` before building."
        )
    wanted: list[str] = []
    for relative in VENDOR_FILES.values():
        wanted.append(relative)
        if relative.endswith(".css"):
            css = (source / relative).read_text(encoding="utf-8")
            folder = Path(relative).parent
            for image in _CSS_IMAGE_URL.findall(css):
                if (source / folder / image).is_file():
                    wanted.append((folder / image).as_posix())
    for package in sorted({_package_root(r) for r in VENDOR_FILES.values()}):
        for entry in sorted((source / package).iterdir()):
            kept = _LICENCE_NAME.match(entry.name) or entry.name == "package.json"
            if entry.is_file() and kept:
                wanted.append(f"{package}/{entry.name}")
    return list(dict.fromkeys(wanted))


def bundle_vendor_files(source: Path, target: Path) -> list[str]:
    """Copy :func:`bundle_files` from ``source`` into ``target`` (replacing what was there)
    and write ``NOTICE.json`` naming each package, its version and licence."""
    files = bundle_files(source)
    if target.exists():
        shutil.rmtree(target)
    for relative in files:
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, destination)
    notice = {}
    for package in sorted({_package_root(r) for r in VENDOR_FILES.values()}):
        meta = json.loads((source / package / "package.json").read_text(encoding="utf-8"))
        notice[package] = {"version": meta.get("version"), "license": meta.get("license")}
    (target / "NOTICE.json").write_text(json.dumps(notice, indent=2) + "\n", encoding="utf-8")
    return files
