"""ACLED-style event notes (tests/acled_notes.py) scored field by field.

ACLED's own notes are the plainest English an event can be told in: one sentence, the date,
the actors by their short names or abbreviations ("SNA", "ANA", "ENDF", "PNP"), the place
with its admin units in brackets, the toll summed over the groups ("4 SNA soldiers and 2
militants were killed"). The coder should get most of them right; the levels asserted here are
the ones reached, so a change that loses notes fails. Run with ``-s`` to see the per-field
accuracy and the notes each field misses.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from acled_notes import NOTES, Note
from eventcoder.evaluate.matching import normalise_actor
from eventcoder.evaluate.notes import pick, published
from eventcoder.extract import extract_events
from eventcoder.extract.actor_countries import country_names
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event

FIELDS = ("coded", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "country")

# the accuracy (share of the notes, per field) reached; a change may raise these, never lower
# (extract_events leaves actors without their country: "Civilians", not "Civilians (Mali)").
# ``country``: the place's country, over the notes whose coding names one (note_country)
# One note is out of the project's codebook on purpose: "PNP officers shot dead a suspected
# drug dealer during an anti-drug operation" (ACLED codes the Philippine drug war; gold/CODEBOOK.md
# does not code police shootings of criminal suspects, and two blind rounds coded such
# buy-bust killings as negatives), so every field of it is lost (130 of 131 notes coded, 0.992;
# each field one note lower) since the English pack's drug-enforcement "*crime" blocker.
FLOOR_EXTRACT = {"coded": 0.992, "event_type": 0.984, "sub_event_type": 0.984, "actor1": 0.770,
                 "actor2": 0.625, "fatalities": 0.984, "country": 0.384}
# code_article without the scope model: the coder with the geocoder and actors' countries
# (localise_actors), so "Civilians (Mali)" and "Military Forces of Mali" for an army patrol
# near Gao; the fields a rule gets wrong show here, not behind a missing country. Actors that
# know their countries (actors.yaml ``countries``): "SNA forces" with al-Shabaab are Somalia's
FLOOR_PIPELINE = {"coded": 0.992, "event_type": 0.984, "sub_event_type": 0.984, "actor1": 0.977,
                  "actor2": 0.992, "fatalities": 0.984, "country": 0.987}
# With scope, an event placed only in a country is not coded (extract/scope.country_only). The
# two notes whose place the gazetteer misses and that were lost so ("near Duduble (Ceel Buur,
# Galgaduud)" placed in the United States by "US forces"; "Datu Saudi Ampatuan (Maguindanao)"
# only in the Philippines) are placed by the units their brackets name since issue 11's places
# work (geo/told_hierarchy.py: the Ceel Buur district; the province both Maguindanao
# provinces lie in)
FLOOR_SCOPED = {"coded": 0.984, "event_type": 0.984, "sub_event_type": 0.984, "actor1": 0.977,
                "actor2": 0.984, "fatalities": 0.977, "country": 0.987}

COUNTRY_NAMES = frozenset(country_names().values())


def article(note: Note, n: int) -> Article:
    return Article(id=f"note-{n}", text=note.text, published=published(note.text),
                   language="en")


def note_country(note: Note) -> str | None:
    """Where the note's event is, as its coding tells it: the one country its local actors
    carry in brackets ("Civilians (Mali)"); None where they carry none, or two."""
    found = {m.group(1) for a in (note.actor1, note.actor2)
             if a and (m := re.search(r"\(([^()]+)\)$", a)) and m.group(1) in COUNTRY_NAMES}
    return next(iter(found)) if len(found) == 1 else None


def score(note: Note, ev: Event | None) -> dict[str, bool | None]:
    """Each field right or wrong; ``country`` only where the note's coding tells it (None)."""
    where = note_country(note)
    if ev is None:
        return {**dict.fromkeys(FIELDS, False), "country": None if where is None else False}
    return {
        "coded": True,
        "event_type": ev.event_type == note.event_type,
        "sub_event_type": ev.sub_event_type == note.sub_event_type,
        "actor1": normalise_actor(ev.actor1) == normalise_actor(note.actor1),
        "actor2": normalise_actor(ev.actor2) == normalise_actor(note.actor2),
        "fatalities": (ev.fatalities or 0) == note.fatalities,
        # the place's country (extract_events places nothing: scored after geocoding only)
        "country": None if where is None else ev.country == where,
    }


@cache
def results(scoped: bool, pipeline: bool = False,
            ) -> tuple[tuple[dict[str, bool | None], Event | None], ...]:
    out = []
    for n, note in enumerate(NOTES):
        art = article(note, n)
        events = (code_article(art, scope=scoped) if scoped or pipeline
                  else extract_events(art))
        ev = pick(note, events)
        out.append((score(note, ev), ev))
    return tuple(out)


def accuracy(scoped: bool, pipeline: bool = False) -> dict[str, float]:
    rows = results(scoped, pipeline)
    told = {f: [r[f] for r, _ev in rows if r[f] is not None] for f in FIELDS}
    acc = {f: sum(map(bool, told[f])) / max(1, len(told[f])) for f in FIELDS}
    label = ("code_article (scope on)" if scoped else
             "code_article (scope off)" if pipeline else "extract_events")
    print(f"\nACLED notes, {label}: {len(rows)} notes")
    for f in FIELDS:
        print(f"  {f:15s} {acc[f]:.3f}  ({len(told[f])} notes)")
    for note, (r, ev) in zip(NOTES, rows, strict=True):
        wrong = [f for f in FIELDS if r[f] is False]
        if wrong:
            got = (None if ev is None else
                   (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.country))
            print(f"  MISS {wrong}: {note.text[:70]!r} -> {got}")
    return acc


def test_there_are_notes_of_every_region() -> None:
    assert len(NOTES) >= 100
    countries = {re.sub(r".*\((.*)\)$", r"\1", n.actor2 or "") for n in NOTES}
    assert len(countries) >= 20


def test_notes_through_extract_events() -> None:
    acc = accuracy(scoped=False)
    for f in FIELDS:
        assert acc[f] >= FLOOR_EXTRACT[f] - 1e-9, (f, acc[f])


def test_notes_through_code_article_without_scope() -> None:
    acc = accuracy(scoped=False, pipeline=True)
    for f in FIELDS:
        assert acc[f] >= FLOOR_PIPELINE[f] - 1e-9, (f, acc[f])


def test_notes_through_code_article_with_scope() -> None:
    acc = accuracy(scoped=True)
    for f in FIELDS:
        assert acc[f] >= FLOOR_SCOPED[f] - 1e-9, (f, acc[f])


# --- ordinary news in the same plain style: no event
@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2020, the Somali football federation held its annual meeting in Mogadishu.",
        "On 12 May 2019, the governor of Kaduna opened a new market in Kaduna South.",
        "On 2 June 2021, farmers in Bathinda (Punjab) began harvesting wheat.",
        "On 5 July 2021, the Ethiopian army chief visited troops in Bahir Dar and praised "
        "their discipline.",
        "On 9 May 2022, a bus overturned near Titao (Loroum, Nord), killing 5 passengers.",
        "On 20 July 2022, an ELN commander gave a long interview to a radio station in Arauca.",
        "On 14 October 2019, police arrested a man for stealing cattle in El Aguaje "
        "(Michoacan).",
        "On 22 June 2021, the army of Myanmar held a parade in Naypyidaw to mark Armed "
        "Forces Day.",
    ],
)
def test_ordinary_news_in_note_style_gives_no_event(text: str) -> None:
    art = Article(id="n", text=text, published=published(text), language="en")
    assert extract_events(art) == []
