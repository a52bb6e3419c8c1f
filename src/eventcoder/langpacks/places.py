"""The place words of a language pack, as plain data for the extractor and the geocoder.

Why here: both stages ask the same questions of a name (is it a demonym, a title, a common
word, a generic place word?), so they read one copy of the words, validated by the pack schemas
(:mod:`eventcoder.langpacks.schemas`). Nothing here compiles patterns or loads a gazetteer, so
the geocoder reads a pack's place words without loading its triggers.

Files of ``langpacks/<lang>/`` (all optional; a new language is a new folder):

- ``demonyms.tsv``: adjective or demonym -> ISO country code (or GeoNames id of a region);
- ``distances.tsv``: ``unit`` rows (word, length in km) and ``link`` rows (word between the
  unit and the name: "north", "of");
- ``exonyms.tsv``, ``abbreviations.tsv``: name -> GeoNames id, names GeoNames lacks;
- ``regions.tsv``: name of a region or physical feature -> its key in ``geo/data``'s region
  tables (``m49_regions.tsv``, ``physical_regions.tsv``; the geocoder checks the keys);
- ``not_places.tsv``, ``titles.tsv``, ``landmark_articles.tsv``: one word a row;
- ``places.yaml``: the place cues, one list for both stages (``cues``: phrases before a name
  by the kind of place they signal; ``postcues``: words after it), ``generic_places``,
  ``coordination``, ``name_particles``, ``admin_suffixes`` (postcues that may be dropped to
  find the name, each with its postcue's unit), ``name_heads`` (words that make a capitalised
  name an organisation's or venue's), ``index_languages`` (and the
  extractor's other name patterns). The extractor compiles every cue as a pack pattern; the
  geocoder looks up the literal ones word by word (:func:`literal_cues`).

``_shared/country_labels.tsv`` gives a country's output name where GeoNames' differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eventcoder.langpacks import (
    SHARED_DIR,
    LanguagePackError,
    _pack_folder,
    _tsv,
    _where,
    _yaml,
    available_languages,
)

__all__ = ["PlaceWords", "country_labels", "country_names", "label_words", "literal_cues",
           "place_languages", "place_words"]

# Cue kinds that say nothing of the place: a bare preposition, an attack verb's object.
UNTYPED_CUES = frozenset({"none", "object"})
# Pattern syntax (langpacks.compile_pattern) that no word-by-word look-up can follow.
_PATTERN_MARKS = frozenset("~*()|=[]\\?+")
# Files merged into another: a pack still holding one is stale, not silently half-read.
RETIRED_FILES = {"place_cues.tsv": "places.yaml (cues: before a name, postcues: after it)"}


@dataclass(frozen=True)
class PlaceWords:
    """One language's words about places, as written in its pack (not yet keyed)."""

    lang: str
    folder: Path | None = None
    demonyms: tuple[tuple[str, str], ...] = ()
    # places.yaml's literal cues (see literal_cues): phrase, cue, before | after the name
    cues: tuple[tuple[str, str, str], ...] = ()
    distance_units: tuple[tuple[str, float], ...] = ()
    distance_links: tuple[str, ...] = ()
    exonyms: tuple[tuple[str, int], ...] = ()  # with the abbreviations
    regions: tuple[tuple[str, str, str], ...] = ()  # name, region key, "file:line"
    not_places: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    landmark_articles: tuple[str, ...] = ()
    generic_places: tuple[str, ...] = ()
    coordination: tuple[str, ...] = ()
    possessives: tuple[str, ...] = ()  # "'s": a name ending so is its owner's, not a place's
    name_particles: tuple[str, ...] = ()
    admin_suffixes: dict[str, str] = field(default_factory=dict)
    index_languages: tuple[str, ...] = ()
    name_heads: tuple[str, ...] = ()
    demonym_heads: tuple[str, ...] = ()


def _rows(folder: Path, name: str) -> list[list[str]]:
    return [row for _where, row in _tsv(folder / name)]


def _words(values: object) -> tuple[str, ...]:
    return tuple(str(w) for w in values or ())  # type: ignore[attr-defined]


def literal_cues(places: dict) -> tuple[tuple[str, str, str], ...]:
    """``places.yaml``'s cues as (phrase, cue, ``before`` | ``after``): the phrases of
    ``cues`` that are plain words (``_`` a space), by the kind they signal, then ``postcues``.
    Untyped kinds ("none", "object"), patterns with wildcards or groups and the phrases
    ``geocoder_ignores`` names are left out of ``cues``: they say nothing a word-by-word
    look-up can use."""
    ignored = {str(p) for p in places.get("geocoder_ignores") or ()}
    out: list[tuple[str, str, str]] = []
    for kind, phrases in (places.get("cues") or {}).items():
        if kind in UNTYPED_CUES:
            continue
        out += [(str(p).replace("_", " "), str(kind), "before") for p in phrases or ()
                if not _PATTERN_MARKS & set(str(p)) and str(p) not in ignored]
    out += [(str(word), str(kind), "after") for word, kind in
            (places.get("postcues") or {}).items()]
    return tuple(out)


def _people_plurals(folder: Path) -> tuple[list[str], list[str]]:
    """``grammar.yaml``'s ``plural_suffixes`` and ``people_plural_endings``."""
    path = folder / "grammar.yaml"
    grammar = _yaml(path) if path.exists() else {}
    return ([str(x) for x in grammar.get("plural_suffixes") or []],
            [str(x) for x in grammar.get("people_plural_endings") or []])


def _with_plurals(demonyms: list[tuple[str, str]],
                  plurals: tuple[list[str], list[str]]) -> tuple[tuple[str, str], ...]:
    """The pack's demonyms and, for those with one of the grammar's
    ``people_plural_endings``, their people in the plural ("Venezuelans", "Iraqis": a crowd
    told by its nationality names its country). A form the table already holds keeps its own
    reading."""
    suffixes, endings = plurals
    known = {name for name, _code in demonyms}
    out = list(demonyms)
    for name, code in demonyms:
        if not name.endswith(tuple(endings)) or not endings:
            continue
        for suffix in suffixes:
            if (plural := name + suffix) not in known:
                known.add(plural)
                out.append((plural, code))
    return tuple(out)


@cache
def place_words(lang: str) -> PlaceWords:
    """The place words of ``lang``'s pack (empty for a language without a pack)."""
    folder = _pack_folder(lang)
    if folder is None:
        return PlaceWords(lang)
    for name, merged in RETIRED_FILES.items():
        if (folder / name).exists():
            raise LanguagePackError(f"{_where(folder / name)}: this file is no longer read; "
                                    f"its words belong in {merged}")
    places = _yaml(folder / "places.yaml")
    units: list[tuple[str, float]] = []
    links: list[str] = []
    for kind, word, *rest in _rows(folder, "distances.tsv"):
        if kind == "unit":
            units.append((word, float(rest[0])))
        else:
            links.append(word)
    exonyms = [(row[0], int(row[1])) for table in ("exonyms.tsv", "abbreviations.tsv")
               for row in _rows(folder, table)]
    return PlaceWords(
        lang=lang,
        folder=folder,
        demonyms=_with_plurals([(row[0], row[1]) for row in _rows(folder, "demonyms.tsv")],
                               _people_plurals(folder)),
        cues=literal_cues(places),
        distance_units=tuple(units),
        distance_links=tuple(links),
        exonyms=tuple(exonyms),
        regions=tuple((row[0], row[1], where)
                      for where, row in _tsv(folder / "regions.tsv")),
        not_places=tuple(row[0] for row in _rows(folder, "not_places.tsv")),
        titles=tuple(row[0] for row in _rows(folder, "titles.tsv")),
        landmark_articles=tuple(row[0] for row in _rows(folder, "landmark_articles.tsv")),
        generic_places=_words(places.get("generic_places")),
        coordination=_words(places.get("coordination")),
        possessives=_words(places.get("possessives")),
        name_particles=_words(places.get("name_particles")),
        admin_suffixes={str(w): str(places["postcues"][w])
                        for w in places.get("admin_suffixes") or ()},
        index_languages=_words(places.get("index_languages")),
        name_heads=_words(places.get("name_heads")),
        demonym_heads=_words(places.get("demonym_heads")),
    )


def place_languages() -> list[str]:
    """The languages with a pack (bundled or a plugin's), each with its place words."""
    return available_languages()


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 -> the ACLED country name (``_shared/countries.tsv``)."""
    return {row[0]: row[1] for _where, row in _tsv(SHARED_DIR / "countries.tsv")}


@cache
def given_names() -> frozenset[str]:
    """``_shared/given_names.tsv``: given names as written ("Eugene"), each a single word of
    letters (checked: a stray space or digit would make a name no text matches)."""
    names = set()
    for where, row in _tsv(SHARED_DIR / "given_names.tsv"):
        if not row[0].isalpha() or not row[0][0].isupper():
            raise LanguagePackError(f"{where}: {row[0]!r} is no capitalised given name")
        names.add(row[0])
    return frozenset(names)


@cache
def country_labels() -> dict[str, str]:
    """ISO code -> the country's output name, where GeoNames' short name differs."""
    return {row[0]: row[1] for _where, row in _tsv(SHARED_DIR / "country_labels.tsv")}


@cache
def label_words() -> dict[str, frozenset[str]]:
    """``_shared/places.yaml``: the words of admin units' English output labels, lower case
    (``label_designators``, ``local_designators``, ``label_connectors``), and the articles of
    transliterated Arabic names (``name_articles``, ``assimilated_articles``)."""
    data = _yaml(SHARED_DIR / "places.yaml")
    return {key: frozenset(str(w).lower() for w in data.get(key) or ())
            for key in ("label_designators", "local_designators", "label_connectors",
                        "name_articles", "assimilated_articles")}
