"""Per-language geographic word knowledge, keyed for look-ups, from the language packs.

The words themselves live in ``langpacks/<lang>/`` (see :mod:`eventcoder.langpacks.places`):
demonyms, place cues, distance words, common words that are never places, titles, articles
before landmarks, generic place words, list words, name particles and admin suffixes. The
extractor reads the same files; geo imports no extraction code.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from eventcoder.geo.normalize import name_key
from eventcoder.langpacks.places import PlaceWords, place_languages, place_words


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
    # endings that make a name its owner's ("'s"), every pack's
    possessives: tuple[str, ...] = ()
    # particles a name runs on across ("Bergen op Zoom"), lower case
    name_particles: frozenset[str] = frozenset()
    # name_key of a generic word after a name ("provincie") -> the unit it names
    admin_suffixes: dict[str, str] = field(default_factory=dict)
    # capitalised words that make a name an organisation's or venue's ("bank", "centraal")
    name_heads: frozenset[str] = frozenset()
    # capitalised words that make a country adjective before them a building's or body's
    # name ("Saudi Hospital"), lower case
    demonym_heads: frozenset[str] = frozenset()

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

    @cached_property  # asked for each name; the cues never change
    def max_cue_len(self) -> int:
        return max((len(k) for k in (*self.cues_before, *self.cues_after)), default=0)


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


def languages() -> list[str]:
    """The languages with a pack: each one's place words are read from it."""
    return place_languages()


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of ``lang``; unknown or missing languages get the union of all of them."""
    langs = [lang] if lang in languages() else languages()
    packs: list[PlaceWords] = [place_words(code) for code in langs]
    demonyms: dict[str, str] = {}
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    common: set[str] = set()
    units: dict[str, float] = {}
    links: set[str] = set()
    articles: set[str] = set()
    titles: set[str] = set()
    generic: set[str] = set()
    coordination: set[str] = set()
    heads: set[str] = set()
    demonym_heads: set[str] = set()
    for words in packs:
        for name, cc in words.demonyms:
            demonyms[name_key(name)] = cc
        for phrase, cue, where in words.cues:
            target = before if where == "before" else after
            target[tuple(name_key(phrase).split())] = cue
        common.update(name_key(word) for word in words.not_places)
        units.update((word.lower(), km) for word, km in words.distance_units)
        links.update(word.lower() for word in words.distance_links)
        common.update(_spacy_stop_words(words.lang))
        articles.update(word.lower() for word in words.landmark_articles)
        titles.update(word.lower() for word in words.titles)
        generic.update(name_key(word.lower()) for word in words.generic_places)
        coordination.update(word.lower() for word in words.coordination)
        heads.update(word.lower() for word in words.name_heads)
        demonym_heads.update(word.lower() for word in words.demonym_heads)
    return Lexicon(demonyms, before, after, frozenset(common), units, frozenset(links),
                   frozenset(articles), frozenset(titles), frozenset(generic),
                   frozenset(coordination), _possessives(), _name_particles(),
                   _admin_suffixes(), frozenset(heads), frozenset(demonym_heads))


@cache
def _possessives() -> tuple[str, ...]:
    """Possessive endings of every pack ("'s"): "Mark's" is no town Marks in any language."""
    return tuple(sorted({p for code in languages() for p in place_words(code).possessives}))


@cache
def _name_particles() -> frozenset[str]:
    """Name particles of every pack: a foreign name keeps its particles in any language's news."""
    return frozenset(w.lower() for code in languages() for w in place_words(code).name_particles)


@cache
def _admin_suffixes() -> dict[str, str]:
    """Admin suffixes of every pack: "Kunduz provincie" is found from an English page too."""
    return {name_key(word): unit for code in languages()
            for word, unit in place_words(code).admin_suffixes.items()}


def index_languages() -> tuple[str, ...]:
    """The languages whose country and continent names the gazetteer indexes: every pack's own
    first (a name two languages share is tagged with a pack's language), then those the packs'
    ``index_languages`` add."""
    seen = dict.fromkeys(languages())
    for code in languages():
        seen.update(dict.fromkeys(place_words(code).index_languages))
    return tuple(seen)
