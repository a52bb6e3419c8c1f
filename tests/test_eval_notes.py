"""eval-notes: ACLED-style notes loaded, validated and scored field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.evaluate.notes import (
    Note,
    NotesFormatError,
    load_notes,
    pick,
    published,
    score_note,
)
from eventcoder.records import Event

NOTE = {"id": "t-1", "text": "On 4 April 2021, ISWAP militants attacked a military base in "
        "Damasak (Mobbar, Borno). 6 soldiers were killed.", "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "ISWAP: Islamic State West Africa Province",
        "actor2": "Military Forces of Nigeria (2015-2023)", "fatalities": 6,
        "country": "Nigeria", "split": "dev"}


def write(tmp_path: Path, *rows: dict[str, object] | str) -> Path:
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_published_is_the_day_after_the_note_or_the_month_after() -> None:
    assert published("On 31 December 2021, protesters gathered.") == "2022-01-01"
    assert published("In March 2020 (month of), rioters burnt a car.") == "2020-04-01"
    assert published("In December 2020, rioters burnt a car.") == "2021-01-01"
    assert published("Rioters burnt a car.") is None


def test_load_keeps_the_split_and_rejects_a_wrong_sub_type(tmp_path: Path) -> None:
    path = write(tmp_path, NOTE, NOTE | {"id": "t-2", "split": "test"})
    assert [n.id for n in load_notes(path, split="test")] == ["t-2"]
    bad = write(tmp_path, NOTE | {"sub_event_type": "Peaceful protest"})
    with pytest.raises(NotesFormatError, match="notes.jsonl:1"):
        load_notes(bad)


def test_score_counts_the_toll_apart_where_people_died() -> None:
    note = Note(id="x", text="", event_type="Battles", sub_event_type="Armed clash",
                actor1="Taliban", actor2="Military Forces of Afghanistan (2004-2021)",
                fatalities=3, country="Afghanistan")
    event = Event(event_type="Battles", sub_event_type="Armed clash", actor1="Taliban",
                  actor2="Military Forces of Afghanistan", fatalities=2, country="Afghanistan")
    scored = score_note(note, pick(note, [event]))
    assert scored["actor2"] is True  # the period tag is not compared
    assert scored["fatalities"] is False and scored["fatalities_where_died"] is False
    missing = score_note(note, None)
    assert missing["coded"] is False and missing["country"] is False


def test_eval_notes_command_scores_and_hides_test_notes(tmp_path: Path) -> None:
    path = write(tmp_path, NOTE, NOTE | {"id": "t-2", "split": "test", "actor1": "Boko Haram"})
    out = CliRunner().invoke(app, ["eval-notes", str(path), "--split", "test"])
    assert out.exit_code == 0, out.output
    assert "coded" in out.output and "t-2" not in out.output
    out = CliRunner().invoke(app, ["eval-notes", str(path), "--json"])
    summary = json.loads(out.output)
    assert summary["notes"] == 2 and summary["accuracy"]["coded"]["share"] == 1.0
    assert [m["id"] for m in summary["misses"]] == ["t-2"]  # actor1 is ISWAP, not Boko Haram


def test_a_place_is_right_by_name_or_by_a_point_of_the_notes_spelling() -> None:
    """ACLED and GeoNames spell differently: a point near a place the gazetteer knows by the
    note's name is that place; a point far from every such place is not."""
    from eventcoder.evaluate.notes import same_place
    from eventcoder.geo import get_geocoder
    from eventcoder.geo.normalize import name_key

    (entry, _primary, _lang), *_ = get_geocoder().gaz.by_key("key", name_key("Hodeida"))

    def placed(location: str, lat: float, lon: float) -> Event:
        return Event(event_id="e", event_type="Battles", sub_event_type="Armed clash",
                     location=location, latitude=lat, longitude=lon)

    assert same_place(placed("Pul-e-Khumri", 0.0, 0.0), "Pul-e Khumri")  # by name
    assert same_place(placed(entry.name, entry.lat, entry.lon), "Hodeida")  # by point
    assert not same_place(placed("Sanaa", 15.35, 44.21), "Hodeida")  # 150 km away
