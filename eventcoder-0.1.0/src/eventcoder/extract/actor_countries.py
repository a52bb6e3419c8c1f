"""The countries an event's actors belong to, and the choice among an acronym's readings.

An actor entry may name its countries (``_shared/actors.yaml`` ``countries``; a pack's
``actors.tsv`` ties one alias to a country in its third column). Two uses:

- an acronym that names different groups in different countries ("SNA": Somalia's army or
  Syria's rebels; "JEM", "ISF", "PNP") is read by the article's country words, the event's
  place and its other actors (:func:`choose_readings`, run by the ``localise_actors`` stage
  after geocoding), not by the first row that matches;
- the countries the event's unambiguous actors agree on steer the geocoder
  (:func:`event_country`, handed to it by the ``geocode`` stage): "SAF troops shelled
  Marawi" is Sudan's Marawi, and an event with no place of its own goes to that country,
  at province precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventcoder.extract.cue_find import find_cues
from eventcoder.extract.cue_matchers import cue_matches
from eventcoder.langpacks import ActorAlias, ActorDef, LanguagePack
from eventcoder.langpacks.places import country_labels, country_names
from eventcoder.records import Article, Event, interaction_code

ACTOR_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
INTER_FIELDS = {"actor1": "inter1", "actor2": "inter2"}
# what each kind of hint weighs for a reading of its country: the event's own place and a
# side of the same event outweigh one country word or one side of another event
PLACE_WEIGHT = 2.0
SIDE_WEIGHT = 2.0
WORD_WEIGHT = 1.0


@cache
def country_codes_by_name() -> dict[str, str]:
    """Country name (ACLED's or the output label's) -> ISO alpha-2."""
    codes = {name: code for code, name in country_names().items()}
    for code, label in country_labels().items():
        codes.setdefault(label, code)
    return codes


@dataclass(frozen=True)
class Reading:
    """One actor the words may name, with the countries it belongs to."""

    key: str
    countries: frozenset[str]


def alias_countries(alias: ActorAlias, pack: LanguagePack) -> frozenset[str]:
    """An alias's own countries (actors.tsv), else its actor's (actors.yaml)."""
    return alias.countries or pack.actor(alias.key).countries


def readings(text: str, pack: LanguagePack, start: int, end: int) -> list[Reading]:
    """The actors the words at ``[start, end)`` may name: every alias matching from
    ``start`` inside the span ("SNA" and "SNA soldiers"), once per actor and countries."""
    found: dict[Reading, None] = {}
    for alias, m in cue_matches(pack.actor_aliases, text, start, end):
        if m.start() == start and m.end() <= end:
            found[Reading(alias.key, alias_countries(alias, pack))] = None
    return list(found)


def ambiguous(found: list[Reading]) -> bool:
    """Two readings or more tied to different countries: the context has to choose."""
    return len({r.countries for r in found if r.countries}) > 1


def _spans(event: Event, field: str) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in event.evidence_for(field)]


def side_countries(text: str, pack: LanguagePack, event: Event,
                   field: str) -> frozenset[str] | None:
    """The countries one side of the event may belong to: those of its words' readings
    tied to countries (an ambiguous "SNA": Somalia or Syria); None where no reading is."""
    out: set[str] = set()
    for start, end in _spans(event, field):
        for r in readings(text, pack, start, end):
            out |= r.countries
    return frozenset(out) or None


def event_country(article: Article, pack: LanguagePack, event: Event) -> str | None:
    """The one country every side of the event tied to countries may belong to
    (al-Shabaab, Somalia's and Kenya's, against "SNA", Somalia's army or Syria's rebels:
    Somalia), else None."""
    sets = [s for f in ACTOR_FIELDS if (s := side_countries(article.text, pack, event, f))]
    if not sets:
        return None
    common = frozenset.intersection(*sets)
    return next(iter(common)) if len(common) == 1 else None


def _context(article: Article, pack: LanguagePack, events: list[Event], event: Event,
             field: str) -> dict[str, float]:
    """Support per country for an ambiguous side: the event's place, its other sides, the
    sides of the article's other events and its country words (names, towns that imply one,
    adjectives)."""
    codes = country_codes_by_name()
    support: dict[str, float] = {}

    def add(code: str | None, weight: float) -> None:
        if code:
            support[code] = support.get(code, 0.0) + weight

    add(codes.get(event.country or ""), PLACE_WEIGHT)
    for other in ACTOR_FIELDS:
        if other != field:
            for code in side_countries(article.text, pack, event, other) or ():
                add(code, SIDE_WEIGHT)
    for ev in events:
        if ev is not event:
            for other in ACTOR_FIELDS:
                for code in side_countries(article.text, pack, ev, other) or ():
                    add(code, WORD_WEIGHT)
    for _s, _e, cue in find_cues(pack.country_cues, article.text):
        add(codes.get(cue.value[0]), WORD_WEIGHT)
    return support


def _shows(d: ActorDef, part: str) -> bool:
    """Is ``part`` of an actor field this actor's name, whatever its country?"""
    if "{country}" in d.name:
        pattern = re.escape(d.name).replace(re.escape("{country}"), ".+")
        return re.fullmatch(pattern, part) is not None or part == d.unknown_country_name()
    return part == d.name or part.startswith(d.name + " (")


def _display(d: ActorDef, countries: frozenset[str], part: str) -> str:
    """The chosen actor's name; a country of its own fills its template ("Police Forces of
    Peru"), else the country the replaced name carried."""
    if len(countries) == 1 and (d.needs_country or d.country_suffix):
        return d.display(country_names().get(next(iter(countries))))
    carried = re.search(r"\(([^()]+)\)$", part)
    return d.display(carried.group(1) if carried and d.country_suffix else None)


def choose_readings(article: Article, pack: LanguagePack, events: list[Event]) -> None:
    """Each side named by an ambiguous acronym takes the reading whose country the context
    supports most; a tie keeps the extractor's reading."""
    for event in events:
        for field in ACTOR_FIELDS:
            value = getattr(event, field)
            if not value:
                continue
            for start, end in _spans(event, field):
                found = [r for r in readings(article.text, pack, start, end) if r.countries]
                if not ambiguous(found):
                    continue
                parts = value.split("; ")
                # the reading the name shows as it stands first ("Police Forces of the
                # Philippines" is the PNP's, though Peru's police share the template)
                current = next(((i, r) for r in found for i, p in enumerate(parts)
                                if _display(pack.actor(r.key), r.countries, p) == p), None)
                current = current or next(((i, r) for r in found for i, p in enumerate(parts)
                                           if _shows(pack.actor(r.key), p)), None)
                if current is None:
                    continue
                at, now = current
                support = _context(article, pack, events, event, field)

                def score(r: Reading, support: dict[str, float] = support) -> float:
                    return max(support.get(cc, 0.0) for cc in r.countries)

                best = max(found, key=score)
                if best == now or score(best) <= score(now):
                    continue
                d = pack.actor(best.key)
                parts[at] = _display(d, best.countries, parts[at])
                value = "; ".join(dict.fromkeys(parts))
                setattr(event, field, value)
                if field in INTER_FIELDS and at == 0:
                    setattr(event, INTER_FIELDS[field], d.inter)
                    event.interaction = interaction_code(event.inter1, event.inter2)
