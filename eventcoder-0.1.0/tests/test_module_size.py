"""No module of the package is over 500 lines (issue 16): a module a newcomer changes should
be readable in one sitting. The geo package has its own check (test_geo_modules.py)."""

from __future__ import annotations

from pathlib import Path

import eventcoder

MAX_LINES = 500
PACKAGE = Path(eventcoder.__file__).parent


def test_no_module_is_over_the_limit():
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert len(sizes) > 50, "the package's modules should be found"
    assert not {name: n for name, n in sizes.items() if n > MAX_LINES}
