"""Per-language geographic word knowledge, read from ``geo/data/<lang>/``.

Files (all optional; a language is added by adding its folder):
``exonyms.tsv`` and ``abbreviations.tsv`` (name -> GeoNames id, indexed into the gazetteer),
``demonyms.tsv`` (adjective -> ISO country code, or GeoNames id for continents and regions),
``cues.tsv`` (phrase, cue, before|after),
``distances.tsv`` (``unit``/length in km and ``link`` words of "100 km north of X") and
``not_places.txt`` (capitalised common words that must never be read as toponyms) and
``titles.txt`` (titles and honorifics before a person's name: "President", "Mr", "premier").

Generic place words ("camp", "base", "qala", "dorp") come from the language pack
(``langpacks/<lang>/places.yaml``, key ``generic_places``), read as data: geo imports no
extraction code.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eventcoder.geo.normalize import name_key

DATA_DIR = Path(__file__).parent / "data"
PACKS_DIR = Path(__file__).parent.parent / "langpacks"


@dataclass(frozen=True)
class Lexicon:
    """Geographic words of one language (or all known languages merged, for ``lang=None``)."""

    demonyms: dict[str, str] = field(default_factory=dict)  # name_key -> ISO2 or GeoNames id
    cues_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    cues_after: dict[tuple[str, ...], str] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()  # lower case
    distance_units: dict[str, float] = field(default_factory=dict)  # "miles" -> 1.609
    distance_links: frozenset[str] = frozenset()  # words between unit and name: "north", "of"
    # definite articles before which a lone name is a landmark, not a town ("de Dam")
    landmark_articles: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # lower case, no full stop: "president", "mr"
    # name keys of generic place words ("camp", "qala"): a place only with evidence
    generic: frozenset[str] = frozenset()
    # words and marks that join a list of names ("and", ",", "or"; places.yaml: coordination)
    coordination: frozenset[str] = frozenset()

    def is_generic(self, surface: str) -> bool:
        """The name is made only of generic place words ("Camp", "Qala", "Air Base")."""
        key = name_key(surface)
        if not key:
            return False
        if key in self.generic:
            return True
        words = key.split()
        return len(words) > 1 and all(w in self.generic for w in words)

    def is_common(self, surface: str) -> bool:
        """A common word of the language ("Die", "May"); an acronym ("US") is not one."""
        if len(surface) > 1 and surface.isupper():
            return False
        return name_key(surface) in self.common_words

    @property
    def max_cue_len(self) -> int:
        return max((len(k) for k in (*self.cues_before, *self.cues_after)), default=0)


def _lines(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for the language (ships with spaCy, no model needed).

    The list is read from spaCy's ``lang/<lang>/stop_words.py`` without importing spaCy itself,
    which would add over a second to the first look-up of a process that never parses.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / lang / "stop_words.py"
    if not path.exists():
        return frozenset()
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # plain sets
    return frozenset(w.lower() for w in namespace.get("STOP_WORDS", ()))


def _pack_words(lang: str | None, key: str) -> set[str]:
    """A word list of the language packs' places.yaml (all packs for ``None``), lower case."""
    import yaml

    folders = ([PACKS_DIR / lang] if lang and (PACKS_DIR / lang).is_dir()
               else [p for p in PACKS_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")])
    words: set[str] = set()
    for folder in folders:
        path = folder / "places.yaml"
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            words.update(str(w).lower() for w in data.get(key) or ())
    return words


def _generic_words(lang: str | None) -> set[str]:
    """Generic place words of one language pack (all packs for ``None``)."""
    return {name_key(w) for w in _pack_words(lang, "generic_places")}


def languages() -> list[str]:
    return sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir())


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of ``lang``; unknown or missing languages get the union of all of them."""
    langs = [lang] if lang in languages() else languages()
    demonyms: dict[str, str] = {}
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    common: set[str] = set()
    units: dict[str, float] = {}
    links: set[str] = set()
    articles: set[str] = set()
    titles: set[str] = set()
    for code in langs:
        folder = DATA_DIR / code
        for name, cc, *_ in _lines(folder / "demonyms.tsv"):
            demonyms[name_key(name)] = cc
        for phrase, cue, where, *_ in _lines(folder / "cues.tsv"):
            target = before if where == "before" else after
            target[tuple(name_key(phrase).split())] = cue
        common.update(name_key(row[0]) for row in _lines(folder / "not_places.txt"))
        for kind, word, *rest in _lines(folder / "distances.tsv"):
            if kind == "unit":
                units[word.lower()] = float(rest[0])
            else:
                links.add(word.lower())
        common.update(_spacy_stop_words(code))
        articles.update(row[0].lower() for row in _lines(folder / "landmark_articles.txt"))
        titles.update(row[0].lower() for row in _lines(folder / "titles.txt"))
    pack = lang if lang in languages() else None
    generic = _generic_words(pack)
    return Lexicon(demonyms, before, after, frozenset(common), units, frozenset(links),
                   frozenset(articles), frozenset(titles), frozenset(generic),
                   frozenset(_pack_words(pack, "coordination")))
