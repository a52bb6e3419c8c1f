"""Gold files: strict loading, the article conversion, and the seed's hand-coded gold."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventcoder.evaluate import GoldFormatError, article_from_gold, load_gold
from eventcoder.records import ACLED_TYPES, SUB_EVENT_TO_TYPE

DATA = Path(__file__).parent / "data"
SEED_GOLD = DATA / "seed_gold.jsonl"
SEED_FILE = Path(__file__).parents[1] / "src" / "eventcoder" / "sample" / "000_a57a69a8587cd6f2.txt"
SHARED_SEED = Path(__file__).parents[2] / "shared" / "seed" / "000_a57a69a8587cd6f2.txt"
DPG_GOLD = Path(__file__).parents[2] / "shared" / "eval" / "nl-dpg-dev" / "gold.jsonl"


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def line(text: str = "Riot police dispersed a march.", **event: object) -> dict:
    return {"article": {"id": "a", "text": text, "published": "2020-01-02"}, "events": [event]}


@pytest.mark.parametrize(
    ("published", "precision"),
    [("2019", "year"), ("2019-09", "month"), ("2019-09-01", "day"), (None, None)],
)
def test_published_precision_is_derived(published, precision):
    article = article_from_gold({"id": 7, "text": "t", "published": published})
    assert article.published_precision == precision
    assert article.id == "7"


@pytest.mark.parametrize("published", ["2019-13", "2019-02-30", "Sept 2019", "19-09"])
def test_bad_publication_dates_are_rejected(published):
    with pytest.raises(ValueError, match="published"):
        article_from_gold({"id": "a", "text": "t", "published": published})


def test_handmade_gold_loads_with_negatives_and_partial_fields():
    gold = load_gold(DATA / "gold_handmade.jsonl")
    assert [item.article.id for item in gold] == ["hm-utrecht", "hm-borno", "hm-negative"]
    assert [item.is_negative for item in gold] == [False, False, True]
    borno = gold[1].events[0]
    assert borno.is_given("fatalities") and borno.is_given("admin1")
    assert not borno.is_given("latitude") and not borno.has_coordinates()
    assert gold[0].events[0].is_given("actor2") and gold[0].events[0].actor2 is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"article": {"id": "a", "text": "x"}, "events": [', "invalid JSON"),
        (line(event_type="Battles", sub_event_type="Peaceful protest"), "belongs to"),
        (line(event_type="Fights"), "unknown ACLED event_type"),
        (line(sub_event_type="Armed clash", date_start="2020-02-31"), "not an ISO date"),
        (line(date_start="2020-03-02", date_end="2020-03-01"), "after date_end"),
        (line(latitude=52.1), "together"),
        (line(event_type="Riots", fatalites=3), "unknown event fields: fatalites"),
        (line(evidence=[{"start": 0, "end": 4, "text": "Riot police"}]), "evidence"),
        (line(evidence=[{"start": 20, "end": 99, "text": "march."}]), "evidence"),
        ({"article": {"id": "a"}, "events": []}, "lacks text"),
        ({"article": {"id": "a", "text": "x", "date": "2020"}, "events": []}, "unknown article"),
        ({"events": []}, "article"),
    ],
)
def test_bad_gold_lines_name_the_file_and_line(tmp_path, content, message):
    good = line()
    path = write_lines(
        tmp_path / "gold.jsonl", good | {"article": good["article"] | {"id": "ok"}}, content
    )
    with pytest.raises(GoldFormatError, match=rf"gold\.jsonl:2: .*{message}"):
        load_gold(path)


def test_duplicate_article_ids_and_empty_files_are_errors(tmp_path):
    with pytest.raises(GoldFormatError, match="already on line 1"):
        load_gold(write_lines(tmp_path / "dup.jsonl", line(), line()))
    with pytest.raises(GoldFormatError, match="no gold articles"):
        load_gold(write_lines(tmp_path / "empty.jsonl", ""))
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


def seed_text() -> str:
    """The seed article's text: everything after its ``date YYYY-MM`` header."""
    raw = (SEED_FILE if SEED_FILE.exists() else SHARED_SEED).read_text(encoding="utf-8")
    header = re.match(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+", raw)
    assert header is not None
    return raw[header.end() :]


@pytest.fixture(scope="module")
def seed_gold():
    (item,) = load_gold(SEED_GOLD)
    return item


def test_seed_gold_is_the_seed_text_with_month_precision(seed_gold):
    assert seed_gold.article.text == seed_text()
    assert (seed_gold.article.published, seed_gold.article.published_precision) == (
        "2019-09",
        "month",
    )
    assert seed_gold.article.language == "nl"


def test_seed_gold_text_is_what_the_reader_gives(seed_gold):
    ingest = pytest.importorskip("eventcoder.ingest")
    if not hasattr(ingest, "read_paths") or not SEED_FILE.exists():
        pytest.skip("the seed reader is not available")
    (article,) = list(ingest.read_paths([SEED_FILE]))
    assert article.text == seed_gold.article.text
    assert article.published == "2019-09"


def test_seed_gold_codes_two_battles_as_the_text_allows(seed_gold):
    by_place = {event.geonameid: event for event in seed_gold.events}
    assert set(by_place) == {1130490, 1135689}
    for event in seed_gold.events:
        assert event.event_type == "Battles" and event.sub_event_type in ACLED_TYPES["Battles"]
        assert SUB_EVENT_TO_TYPE[event.sub_event_type] == event.event_type
        assert (event.actor1, event.inter1, event.inter2) == ("Taliban", 2, 1)
        assert event.country == "Afghanistan" and event.time_precision == 3
        assert event.note
        days = event.date_span()
        # Only weekdays in an article dated 2019-09: a month-wide range, never a day.
        assert days is not None and (days[1] - days[0]).days >= 27
    pul, kunduz = by_place[1130490], by_place[1135689]
    assert pul.fatalities is None and pul.is_given("fatalities")
    (claim,) = pul.fatalities_claimed
    assert claim.claimant == "Taliban" and "tientallen" in (claim.text or "")
    assert kunduz.fatalities == 16 and "NATO" in (kunduz.assoc_actor_2 or "")
    # Saturday is the day before Sunday: each possible Saturday precedes a possible Sunday.
    assert kunduz.date_span()[0].weekday() == 5 and pul.date_span()[0].weekday() == 6
    assert kunduz.date_span()[1].weekday() == 5 and pul.date_span()[1].weekday() == 6


def test_seed_gold_evidence_points_at_the_words(seed_gold):
    text = seed_text()
    for event in seed_gold.events:
        fields = {span.field for span in event.evidence}
        assert {"event_type", "actor1", "actor2", "location", "date"} <= fields
        for span in event.evidence:
            assert text[span.start : span.end] == span.text
    pul = next(e for e in seed_gold.events if e.geonameid == 1130490)
    claim_span = next(s for s in pul.evidence if s.field == "fatalities_claimed")
    assert "tientallen vijandige troepen gedood" in claim_span.text


@pytest.mark.skipif(not DPG_GOLD.exists(), reason="shared nl-dpg-dev gold not present")
def test_shared_dutch_gold_loads():
    gold = load_gold(DPG_GOLD)
    assert len(gold) == 25
    assert sum(item.is_negative for item in gold) == 10
    assert all(item.article.language == "nl" for item in gold)
    assert all(item.article.published_precision == "day" for item in gold)
    assert all(event.event_type for item in gold for event in item.events)
