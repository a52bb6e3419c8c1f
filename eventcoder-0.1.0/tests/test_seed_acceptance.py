"""The founding example: the Dutch seed article must be coded as an analyst would code it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import SAMPLE_DIR, app

SEED = SAMPLE_DIR / "000_a57a69a8587cd6f2.txt"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seed_events() -> list[dict]:
    result = CliRunner().invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def seed_text() -> str:
    from eventcoder.ingest import read_paths

    (article,) = list(read_paths([SEED]))
    return article.text


def by_place(events: list[dict], geonameid: int) -> dict:
    matches = [ev for ev in events if ev["geonameid"] == geonameid]
    assert len(matches) == 1, [(ev["location"], ev["geonameid"]) for ev in events]
    return matches[0]


def test_two_battles_and_no_peace_talks(seed_events):
    assert len(seed_events) == 2
    assert {ev["event_type"] for ev in seed_events} == {"Battles"}
    assert all(ev["location"] not in {"Qatar", "Kabul", "Doha"} for ev in seed_events)


def test_pul_e_khumri_battle(seed_events):
    ev = by_place(seed_events, 1130490)
    assert ev["sub_event_type"] == "Armed clash"
    assert "Taliban" in ev["actor1"] and ev["inter1"] == 2
    assert "Afghanistan" in ev["actor2"] and ev["inter2"] == 1
    assert km(ev["latitude"], ev["longitude"], 35.945, 68.715) < 5
    assert (ev["admin1"], ev["country"], ev["geo_precision"]) == ("Baghlan", "Afghanistan", 1)
    assert ev["fatalities"] is None
    (claim,) = ev["fatalities_claimed"]
    assert "tientallen" in claim["text"] and "Taliban" in claim["claimant"]
    assert ev["date_start"] >= "2019-09-01" and ev["date_end"] <= "2019-09-30"
    assert ev["time_precision"] == 3


def test_kunduz_battle(seed_events):
    ev = by_place(seed_events, 1135689)
    assert ev["event_type"] == "Battles"
    assert ev["sub_event_type"] in {"Armed clash", "Government regains territory"}
    assert "Taliban" in ev["actor1"]
    assert "Afghanistan" in ev["actor2"]
    assert "NATO" in (ev["assoc_actor_2"] or "")
    assert ev["admin1"] == "Kunduz"
    assert ev["fatalities"] == 16
    # The Saturday before a September Sunday may be 31 August: the text allows no more.
    assert "2019-08-31" <= ev["date_start"] <= ev["date_end"] <= "2019-09-30"
    assert ev["time_precision"] == 3


@pytest.mark.parametrize(
    "field", ["event_type", "actor1", "actor2", "location", "fatalities", "date"]
)
def test_every_field_has_evidence_in_the_text(seed_events, seed_text, field):
    for ev in seed_events:
        spans = [e for e in ev["evidence"] if e["field"] == field]
        if field == "fatalities" and ev["fatalities"] is None:
            continue
        assert spans, f"no evidence for {field} in {ev['location']}"
        for span in spans:
            assert seed_text[span["start"] : span["end"]] == span["text"]


def test_same_facts_in_english_merge_into_the_same_events(tmp_path: Path):
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["extract", str(SAMPLE_DIR), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    battles = [ev for ev in events if ev["event_type"] == "Battles"]
    assert sorted(ev["geonameid"] for ev in battles) == [1130490, 1135689]
    assert all(len(ev["article_ids"]) == 2 for ev in battles)
