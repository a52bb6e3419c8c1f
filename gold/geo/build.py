"""Turn the coders' sheet (``coding-sheet.txt``) into ``dpg-nl.tsv``: every mention, offsets, ids.

The sheet names, per article, each toponym's surface and which place it is (a constraint the
coder chose by the text's meaning: ``NL`` a town in the Netherlands, ``country``, ``adm1``,
``continent``, ``CC:any``, ``@Other name``, a GeoNames id, or ``-`` for no id) and, where some
occurrences are not toponyms, which to skip (``!2`` the second; ``pre=FC `` those after "FC "),
or which alone this line codes (``only=1``: one surface, two places).
Every whole-word occurrence of the surface is a mention unless skipped; an article with none gets
one row with empty offsets (coded, no toponym). The place is looked up in
the project's gazetteer index; ``--check`` prints each choice for the coder to review.
Run: ``python gold/geo/build.py [--check]`` (reads the texts from ../shared, writes no text).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from eventcoder.evaluate.corpora import load_corpus, shared_dir  # noqa: E402
from eventcoder.geo.gazetteer import Entry, Gazetteer  # noqa: E402
from eventcoder.geo.normalize import name_key  # noqa: E402

COLUMNS = ("article_id", "start", "end", "surface", "geonameid", "lat", "lon")


def parse_sheet(path: Path) -> dict[str, list[tuple[str, str, list[str]]]]:
    sheet: dict[str, list[tuple[str, str, list[str]]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            current = line[2:].strip()
            sheet.setdefault(current, [])
        elif line.strip() and current is not None:
            surface, spec, *rest = line.split(" | ")
            filters = [f for part in rest for f in
                       ([part] if part.startswith(("pre=", "only=")) else part.split())]
            sheet[current].append((surface.strip(), spec.strip(), [f.lstrip("!") for f in filters]))
    return sheet


def choose(gaz: Gazetteer, surface: str, spec: str) -> Entry | None:
    if spec == "-":
        return None
    if spec.isdigit():
        return gaz.get(int(spec))
    name = spec[1:] if spec.startswith("@") else surface
    hits = [e for e, _, _ in gaz.by_key("key", name_key(name))]
    cc, _, kind = spec.partition(":")
    if spec.startswith("@") or spec == "any":
        pass
    elif spec in ("country", "adm1", "adm2", "continent"):
        hits = [e for e in hits if e.kind == spec]
    else:
        hits = [e for e in hits if e.cc == cc and (kind == "any" or e.kind == (kind or "city"))]
    return max(hits, key=lambda e: e.population, default=None)


def mentions(text: str, surface: str, filters: list[str]) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])")
    spans = [(m.start(), m.end()) for m in rx.finditer(text)]
    skip = {int(f) for f in filters if f.isdigit()}
    only = {int(n) for f in filters if f.startswith("only=") for n in f[5:].split(",")}
    pres = [f[4:] for f in filters if f.startswith("pre=")]
    return [s for n, s in enumerate(spans, 1)
            if n not in skip and (not only or n in only)
            and not any(text[:s[0]].endswith(p) for p in pres)]


def main(check: bool) -> None:
    texts = {i: a["text"] for i, a in load_corpus(shared_dir(), "dpg-news-nl").items()}
    gaz = Gazetteer()
    rows = []
    for art, codes in parse_sheet(HERE / "coding-sheet.txt").items():
        rows.append((art, "", "", "", "", "", ""))  # the article was coded (even with no toponym)
        for surface, spec, filters in codes:
            entry = choose(gaz, surface, spec)
            spans = mentions(texts[art], surface, filters)
            if check:
                where = f"{entry.id} {entry.name} [{entry.kind} {entry.cc}]" if entry else "-"
                print(f"{art}\t{surface}\t{spec}\t{len(spans)}x\t{where}")
            if not spans:
                print(f"WARNING {art}: {surface!r} not found", file=sys.stderr)
            for start, end in spans:
                gid = str(entry.id) if entry else ""
                lat = f"{entry.lat:.5f}" if entry else ""
                lon = f"{entry.lon:.5f}" if entry else ""
                rows.append((art, start, end, surface, gid, lat, lon))
    rows.sort(key=lambda r: (int(r[0]), -1 if r[1] == "" else int(r[1])))
    rows = [r for n, r in enumerate(rows)  # an article's empty row only where it has no other
            if r[1] != "" or n + 1 == len(rows) or rows[n + 1][0] != r[0]]
    with (HERE / "dpg-nl.tsv").open("w", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(sum(r[1] != "" for r in rows), "mentions in", len({r[0] for r in rows}), "articles",
          file=sys.stderr)


if __name__ == "__main__":
    main("--check" in sys.argv)
