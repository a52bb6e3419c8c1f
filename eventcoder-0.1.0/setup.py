"""Build hook: the wheel carries the browser assets that ``serve`` and ``map`` read.

Everything else about the package is in pyproject.toml. The assets come from npm into
``web/node_modules`` (scripts/bootstrap.sh runs ``npm ci --prefix web``); building a wheel or an
sdist copies the whitelisted files of ``eventcoder.serve.assets`` (with their licences) into
``eventcoder/serve/static/vendor``. A wheel built from an sdist finds them already there.
Editable installs read ``web/node_modules`` directly and copy nothing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
VENDOR = Path("eventcoder", "serve", "static", "vendor")


def _assets() -> ModuleType:
    """eventcoder.serve.assets loaded by path: it needs only the standard library."""
    path = ROOT / "src" / "eventcoder" / "serve" / "assets.py"
    spec = importlib.util.spec_from_file_location("_eventcoder_build_assets", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle_into(target: Path) -> None:
    assets = _assets()
    node_modules = ROOT / "web" / "node_modules"
    packaged = ROOT / "src" / VENDOR  # present when building from an sdist
    if node_modules.is_dir():
        assets.bundle_vendor_files(node_modules, target)
    elif packaged.is_dir() and packaged.resolve() != target.resolve():
        assets.bundle_vendor_files(packaged, target)
    elif not (packaged.is_dir() and assets.bundle_files(packaged)):
        raise SystemExit(
            f"web assets missing: run `{assets.SETUP_COMMAND}` in the repository before building"
        )


class BuildPyWithAssets(build_py):
    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            _bundle_into(Path(self.build_lib) / VENDOR)


class SdistWithAssets(sdist):
    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        _bundle_into(Path(base_dir) / "src" / VENDOR)


setup(cmdclass={"build_py": BuildPyWithAssets, "sdist": SdistWithAssets})
