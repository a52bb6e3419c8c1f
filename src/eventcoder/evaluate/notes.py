"""Event notes in ACLED's style, scored field by field.

ACLED writes one short English note per event ("On 3 May 2022, JNIM militants attacked a
FAMa post in Boni (Douentza, Mopti). 7 FAMa soldiers were killed."). A notes file is JSONL,
one note per line with the coding ACLED would give it::

    {"id": "n2-001", "text": "On 3 May 2022, ...", "event_type": "Battles",
     "sub_event_type": "Armed clash", "actor1": "JNIM: ...", "actor2": "Military Forces of
     Mali (2021-)", "fatalities": 7, "country": "Mali", "split": "dev"}

Each note is coded as ``extract`` codes an article published the day after the note's date (a
report of the event, not background); the event of the note's sub-type is scored, else the
first. The place compares by name or point (:func:`same_place`). Actors compare as
:func:`~eventcoder.evaluate.matching.normalise_actor` compares them
(period tags ignored); the toll is scored over every note and, apart, over the notes where
people died (where a wrong toll matters most).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from eventcoder.distance import haversine_km
from eventcoder.evaluate.matching import fold_name, normalise_actor
from eventcoder.records import ACLED_TYPES, Article, Event

FIELDS = ("coded", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
          "fatalities_where_died", "country", "location")

_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_DAY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b")
_MONTH = re.compile(r"\b([A-Z][a-z]+),? (\d{4})\b")


class NotesFormatError(ValueError):
    """A notes file line that is not a valid note (the message names the line)."""


@dataclass(frozen=True)
class Note:
    """One note and the coding ACLED gives it."""

    id: str
    text: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    fatalities: int
    country: str | None = None
    split: str | None = None
    location: str | None = None


def load_notes(path: Path, split: str | None = None) -> list[Note]:
    """The notes of a JSONL file (only those of ``split`` when given), validated."""
    notes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            note = Note(id=str(raw["id"]), text=str(raw["text"]), event_type=raw["event_type"],
                        sub_event_type=raw["sub_event_type"], actor1=raw.get("actor1"),
                        actor2=raw.get("actor2"), fatalities=int(raw.get("fatalities") or 0),
                        country=raw.get("country"), split=raw.get("split"),
                        location=raw.get("location"))
        except (ValueError, KeyError, TypeError) as exc:
            raise NotesFormatError(f"{path}:{number}: {exc}") from exc
        if note.sub_event_type not in ACLED_TYPES.get(note.event_type, ()):
            raise NotesFormatError(
                f"{path}:{number}: {note.sub_event_type!r} is no sub-type of {note.event_type!r}")
        if split is None or note.split == split:
            notes.append(note)
    return notes


def published(text: str) -> str | None:
    """The day after the first full date the note tells; after a month alone, the next
    month's first day; None when it tells neither."""
    if found := _DAY.search(text):
        month = _MONTHS.get(found[2].lower())
        if month is not None:
            day = date(int(found[3]), month, int(found[1]))
            return (day + timedelta(days=1)).isoformat()
    for found in _MONTH.finditer(text):
        month = _MONTHS.get(found[1].lower())
        if month is not None:
            year = int(found[2]) + (month == 12)
            return date(year, month % 12 + 1, 1).isoformat()
    return None


class _Coded(Protocol):
    @property
    def sub_event_type(self) -> str: ...


def pick(note: _Coded, events: list[Event]) -> Event | None:
    """The event that codes the note: the first of its sub-event type, else the first (the
    notes probe of tests/ picks the same way)."""
    return next((e for e in events if e.sub_event_type == note.sub_event_type),
                events[0] if events else None)


def score_note(note: Note, event: Event | None) -> dict[str, bool | None]:
    """Each field right or wrong; None where the field does not apply to this note."""
    died = note.fatalities > 0
    if event is None:
        return {**dict.fromkeys(FIELDS, False),
                "fatalities_where_died": False if died else None,
                "country": None if note.country is None else False,
                "location": None if note.location is None else False}
    toll = (event.fatalities or 0) == note.fatalities
    return {
        "coded": True,
        "event_type": event.event_type == note.event_type,
        "sub_event_type": event.sub_event_type == note.sub_event_type,
        "actor1": normalise_actor(event.actor1) == normalise_actor(note.actor1),
        "actor2": normalise_actor(event.actor2) == normalise_actor(note.actor2),
        "fatalities": toll,
        "fatalities_where_died": toll if died else None,
        "country": (None if note.country is None
                    else fold_name(event.country or "") == fold_name(note.country)),
        "location": (None if note.location is None
                     else same_place(event, note.location)),
    }


PLACE_KM = 15  # a coded point this close to a place of the note's name is that place


def same_place_name(coded: str | None, told: str) -> bool:
    """Whether the coded place name is the note's: compared folded and without spaces,
    hyphens or apostrophes ("Pul-e Khumri" is "Pul-e-Khumri")."""
    def key(name: str) -> str:
        return re.sub(r"[\W_]+", "", fold_name(name))
    return coded is not None and key(coded) == key(told)


@cache
def _points_named(name: str) -> tuple[tuple[float, float], ...]:
    """Every gazetteer point that has ``name`` among its names (any language)."""
    from eventcoder.geo import get_geocoder
    from eventcoder.geo.normalize import name_key

    key = name_key(name)
    hits = get_geocoder().gaz.by_key("key", key) if key else []
    return tuple((entry.lat, entry.lon) for entry, _primary, _lang in hits)


def same_place(event: Event, told: str) -> bool:
    """Whether the event is placed where the note says: the same name
    (:func:`same_place_name`), or a point within :data:`PLACE_KM` of a place the gazetteer
    knows by the note's name (ACLED's and GeoNames' spellings differ: "Las Anod" is
    "Laascaanood", "Taizz" is "Taiz")."""
    if same_place_name(event.location, told):
        return True
    if event.latitude is None or event.longitude is None:
        return False
    return any(haversine_km(event.latitude, event.longitude, lat, lon) <= PLACE_KM
               for lat, lon in _points_named(told))


@dataclass
class NotesReport:
    """Per-field accuracy over a set of notes, and each note's result."""

    rows: list[tuple[Note, Event | None, dict[str, bool | None]]]

    def accuracy(self) -> dict[str, tuple[float, int]]:
        """Field -> (share right, notes the field applies to)."""
        out = {}
        for field in FIELDS:
            told = [r[field] for _n, _e, r in self.rows if r[field] is not None]
            out[field] = (sum(map(bool, told)) / len(told) if told else 0.0, len(told))
        return out

    def to_dict(self, with_notes: bool = True) -> dict[str, Any]:
        summary: dict[str, Any] = {"notes": len(self.rows), "accuracy": {
            f: {"share": round(share, 4), "notes": n}
            for f, (share, n) in self.accuracy().items()}}
        if with_notes:
            summary["misses"] = [
                {"id": note.id, "wrong": [f for f, ok in r.items() if ok is False],
                 "got": None if ev is None else [ev.sub_event_type, ev.actor1, ev.actor2,
                                                  ev.fatalities, ev.country, ev.location]}
                for note, ev, r in self.rows if any(ok is False for ok in r.values())]
        return summary


def evaluate_notes(notes: Iterable[Note], predict: Callable[[Article], list[Event]],
                   ) -> NotesReport:
    """Code every note with ``predict`` and score the event that codes it."""
    rows = []
    for note in notes:
        article = Article(id=note.id, text=note.text, published=published(note.text),
                          language="en")
        event = pick(note, predict(article))
        rows.append((note, event, score_note(note, event)))
    return NotesReport(rows)


def format_notes_report(report: NotesReport, blind: bool = False) -> str:
    """A table of per-field accuracy; with ``blind`` no note is named (a test split)."""
    lines = [f"ACLED-style notes: {len(report.rows)}"]
    for field, (share, n) in report.accuracy().items():
        lines.append(f"  {field:22s} {share:6.3f}  ({n} notes)")
    if not blind:
        for item in report.to_dict()["misses"]:
            lines.append(f"  MISS {item['id']} {item['wrong']} -> {item['got']}")
    return "\n".join(lines)
