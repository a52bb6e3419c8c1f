"""The installable package: a wheel carries the browser assets, and works outside the repository.

The slow test builds the sdist and the wheel from it with ``python -m build`` (no network: the
test environment's setuptools and wheel), installs only that wheel into a fresh virtualenv
and runs ``sample``, ``map`` and ``serve`` from a folder outside the repository. The fresh
virtualenv gets eventcoder from the wheel alone; its pinned dependencies are read from the test
environment's site-packages through a ``.pth`` line (nothing is downloaded), which adds that
folder to ``sys.path`` without running its own ``.pth`` files, so the repository's editable
install stays out of reach.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcoder.serve import assets

REPO = Path(__file__).resolve().parents[1]
NODE_MODULES = REPO / "web" / "node_modules"
needs_node_modules = pytest.mark.skipif(
    not (NODE_MODULES / assets.VENDOR_FILES["leaflet.js"]).is_file(),
    reason=f"web assets not installed: run `{assets.SETUP_COMMAND}`",
)


@pytest.fixture
def fresh_assets_cache() -> Iterator[None]:
    assets.vendor_text.cache_clear()
    yield
    assets.vendor_text.cache_clear()


@needs_node_modules
def test_bundle_carries_whitelisted_files_images_and_licences(tmp_path: Path) -> None:
    target = tmp_path / "vendor"
    files = assets.bundle_vendor_files(NODE_MODULES, target)
    for relative in assets.VENDOR_FILES.values():
        assert (target / relative).read_bytes() == (NODE_MODULES / relative).read_bytes()
    packages = {relative.split("/")[0] for relative in assets.VENDOR_FILES.values()}
    notice = json.loads((target / "NOTICE.json").read_text(encoding="utf-8"))
    assert set(notice) == packages
    for package in packages:
        licences = [f for f in files if f.startswith(f"{package}/") and "licen" in f.lower()]
        assert licences, f"no licence file copied for {package}"
        assert notice[package]["license"] and notice[package]["version"]
    # Only what was asked for: no source maps, sources or other files of the packages.
    assert not [f for f in files if f.endswith(".map") or "/src/" in f]


@needs_node_modules
def test_packaged_copy_serves_css_with_inlined_images(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_assets_cache: None
) -> None:
    assets.bundle_vendor_files(NODE_MODULES, tmp_path / "vendor")
    monkeypatch.setenv(assets.ENV_ASSETS, str(tmp_path / "vendor"))
    css = assets.vendor_text("leaflet.css")
    assert "data:image/png;base64," in css
    assert 'url("data:image/png;base64,")' not in css  # every image was carried along
    assert assets.vendor_path("leaflet.js").is_relative_to(tmp_path)


def test_bundle_from_incomplete_folder_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "leaflet" / "dist").mkdir(parents=True)
    (tmp_path / "leaflet" / "dist" / "leaflet.js").write_text("/* leaflet */", encoding="utf-8")
    with pytest.raises(assets.WebAssetsMissing, match="world-atlas/countries-110m.json"):
        assets.bundle_vendor_files(tmp_path, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing half-copied


def test_an_asset_missing_from_the_first_folder_is_found_in_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_assets_cache: None
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, names in ((first, ["leaflet.js"]), (second, ["leaflet.js", "leaflet.css"])):
        for name in names:
            path = folder / assets.VENDOR_FILES[name]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"/* {folder.name} {name} */", encoding="utf-8")
    monkeypatch.setattr(assets, "_candidates", lambda: [first, second])
    assert assets.vendor_text("leaflet.js") == "/* first leaflet.js */"
    assert assets.vendor_text("leaflet.css") == "/* second leaflet.css */"
    with pytest.raises(assets.WebAssetsMissing, match="topojson-client"):
        assets.vendor_path("topojson-client.js")


# -- the wheel, installed alone --------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.status, response.read()


def _wait_for(url: str, server: subprocess.Popen[bytes], attempts: int = 240) -> None:
    """Poll until the server answers (bounded), failing with its output if it died."""
    for _ in range(attempts):
        if server.poll() is not None:
            output = server.stdout.read().decode("utf-8", "replace") if server.stdout else ""
            pytest.fail(f"serve exited with {server.returncode}:\n{output}")
        try:
            _get(url)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"serve did not answer at {url}")


@pytest.mark.slow
@needs_node_modules
def test_wheel_alone_runs_sample_map_and_serve_outside_the_repository(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    (wheel,) = dist.glob("eventcoder-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for relative in assets.VENDOR_FILES.values():
        assert f"eventcoder/serve/static/vendor/{relative}" in names
    assert "eventcoder/py.typed" in names  # the package's type hints reach its users (PEP 561)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    Path(site, "_eventcoder_test_deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {assets.ENV_ASSETS, "PYTHONPATH"}}
    where = subprocess.run(
        [str(python), "-c", "import eventcoder; print(eventcoder.__file__)"],
        check=True, capture_output=True, text=True, cwd=work, env=env,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where

    command = venv / "bin" / "eventcoder"
    sample = subprocess.run(
        [str(command), "sample", "-o", "out"], capture_output=True, text=True, cwd=work, env=env
    )
    assert sample.returncode == 0, sample.stderr
    events = [json.loads(line) for line in (work / "out" / "events.jsonl").read_text().splitlines()]
    assert events and all(event["event_type"] for event in events)
    sample_map = (work / "out" / "map.html").read_text(encoding="utf-8")
    assert assets.vendor_text("leaflet.js")[:200] in sample_map

    mapped = subprocess.run(
        [str(command), "map", "--db", "out/eventcoder.duckdb", "-o", "again.html"],
        capture_output=True, text=True, cwd=work, env=env,
    )
    assert mapped.returncode == 0, mapped.stderr
    assert (work / "again.html").stat().st_size > 100_000  # Leaflet and borders inlined

    port = _free_port()
    server = subprocess.Popen(
        [str(command), "serve", "--db", "out/eventcoder.duckdb", "--port", str(port)],
        cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(f"{base}/", server)
        status, page = _get(f"{base}/")
        assert status == 200 and b"<html" in page.lower()
        status, leaflet = _get(f"{base}/vendor/leaflet.js")
        assert status == 200 and leaflet == (NODE_MODULES / "leaflet/dist/leaflet.js").read_bytes()
        status, body = _get(f"{base}/events")
        assert status == 200
        assert len(json.loads(body)["events"]) == len(events)
    finally:
        server.terminate()
        server.wait(timeout=30)
