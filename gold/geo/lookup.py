"""Coders' look-up: every gazetteer entry a name may be (``python gold/geo/lookup.py Name ...``).

Lists candidates from the project's own index (``eventcoder.geo.gazetteer``) with kind, country,
population and coordinates; the coder chooses by the text's meaning (PROTOCOL.md), not by rank.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from eventcoder.geo.gazetteer import Gazetteer  # noqa: E402
from eventcoder.geo.normalize import name_key  # noqa: E402


def candidates(gaz: Gazetteer, name: str) -> list[str]:
    seen, out = set(), []
    hits = gaz.by_key("key", name_key(name))
    for e, primary, lang in sorted(hits, key=lambda h: -h[0].population):
        if e.id in seen:
            continue
        seen.add(e.id)
        out.append(f"{e.id}\t{e.kind}\t{e.cc}\t{e.population}\t{e.lat:.4f}\t{e.lon:.4f}\t"
                   f"{e.name}\t{e.label}\t{'primary' if primary else lang}")
    return out


if __name__ == "__main__":
    gaz = Gazetteer()
    for arg in sys.argv[1:]:
        print(f"== {arg}")
        print("\n".join(candidates(gaz, arg)[:8]) or "   (none)")
