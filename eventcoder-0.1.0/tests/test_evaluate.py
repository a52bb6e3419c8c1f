"""The event scorer on hand-made gold and hand-made predictions: each metric can fail."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventcoder.evaluate import (
    EvalReport,
    GoldArticle,
    GoldEvent,
    evaluate_gold,
    format_report,
    load_gold,
    normalise_actor,
    normalise_admin1,
)
from eventcoder.evaluate.matching import assign, haversine_km
from eventcoder.records import Article, Event

GOLD = Path(__file__).parent / "data" / "gold_handmade.jsonl"
KM_PER_DEGREE_LATITUDE = 111.195


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold(GOLD)


def as_prediction(event: GoldEvent, **changes: Any) -> Event:
    """A predicted event that agrees with a gold event except for ``changes``."""
    fields = {
        name: value
        for name, value in event.model_dump().items()
        if name in Event.model_fields and name not in {"evidence", "fatalities_claimed"}
    }
    return Event(**(fields | changes))


def as_prediction_from(event: Event, **changes: Any) -> Event:
    """A copy of a predicted event with ``changes``."""
    return event.model_copy(update=changes)


def north(event: GoldEvent, km: float) -> dict[str, float]:
    """Coordinates ``km`` due north of a gold event."""
    assert event.latitude is not None and event.longitude is not None
    return {"latitude": event.latitude + km / KM_PER_DEGREE_LATITUDE, "longitude": event.longitude}


def predictor(
    gold: list[GoldArticle], edit: Callable[[str, list[Event]], list[Event]] | None = None
) -> Callable[[Article], list[Event]]:
    """Predicts each article's gold events, then lets ``edit`` change that article's list."""
    by_id = {item.article.id: item for item in gold}

    def predict(article: Article) -> list[Event]:
        events = [as_prediction(ev) for ev in by_id[article.id].events]
        return edit(article.id, events) if edit else events

    return predict


def run(gold: list[GoldArticle], edit=None) -> EvalReport:
    return evaluate_gold(gold, predictor(gold, edit))


def only(article_id: str, change: Callable[[list[Event]], list[Event]]):
    return lambda aid, events: change(events) if aid == article_id else events


def test_perfect_predictions_score_one_everywhere(gold):
    report = run(gold)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.negatives == 1 and report.negatives_clean == 1
    scored = report.field_accuracy
    assert all(score.accuracy == 1.0 for score in scored.values())
    # Fields the gold leaves out are not scored: the vague Borno event has no coordinates.
    assert scored["location"].scored == 2 and scored["fatalities"].scored == 3


def test_a_path_and_a_list_give_the_same_report(gold):
    from_path = evaluate_gold(GOLD, predictor(gold)).to_dict()
    assert from_path == run(gold).to_dict()


def test_wrong_event_type_is_a_miss_and_a_false_positive(gold):
    def riot(events):
        return [
            as_prediction_from(
                events[0], event_type="Riots", sub_event_type="Violent demonstration"
            ),
            events[1],
        ]

    report = run(gold, only("hm-utrecht", riot))
    det = report.detection
    assert (det.true_positives, det.false_positives, det.false_negatives) == (2, 1, 1)
    assert report.precision == pytest.approx(2 / 3) and report.recall == pytest.approx(2 / 3)
    assert report.by_type["Riots"].false_positives == 1
    assert report.by_type["Protests"].false_negatives == 1
    (miss,) = report.articles[0].missed
    # The same-type prediction's reason comes first, then the mistyped one.
    assert miss.reasons[0].startswith("prediction 1 (Protests/")
    assert "type Riots != Protests" in miss.reasons[1]


def test_wrong_sub_event_type_still_matches_but_scores_the_field_wrong(gold):
    def other_sub(events):
        return [
            as_prediction_from(events[0], sub_event_type="Protest with intervention"),
            events[1],
        ]

    report = run(gold, only("hm-utrecht", other_sub))
    assert report.f1 == 1.0
    score = report.field_accuracy["sub_event_type"]
    assert (score.correct, score.scored) == (2, 3)
    assert report.field_accuracy["event_type"].accuracy == 1.0


def test_location_60_km_off_is_not_the_same_event(gold):
    utrecht = gold[0].events[0]

    def far(events):
        return [as_prediction_from(events[0], **north(utrecht, 60)), events[1]]

    report = run(gold, only("hm-utrecht", far))
    assert report.recall == pytest.approx(2 / 3) and report.precision == pytest.approx(2 / 3)
    (miss,) = report.articles[0].missed
    assert any("60 km away" in reason for reason in miss.reasons)


def test_location_30_km_off_matches_but_the_location_field_is_wrong(gold):
    utrecht = gold[0].events[0]

    def near(events):
        return [as_prediction_from(events[0], **north(utrecht, 30)), events[1]]

    report = run(gold, only("hm-utrecht", near))
    assert report.f1 == 1.0
    assert report.field_accuracy["location"].correct == 1
    assert report.field_accuracy["location"].scored == 2


def test_a_missed_event_lowers_recall_only(gold):
    report = run(gold, only("hm-utrecht", lambda events: events[:1]))
    assert report.precision == 1.0
    assert report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(0.8)
    assert [m.gold_index for m in report.articles[0].missed] == [1]
    # The Utrecht prediction would fit Amersfoort too, but it is taken.
    (reason,) = report.articles[0].missed[0].reasons
    assert "compatible, but paired with another gold event" in reason


def test_an_event_on_a_hard_negative_is_a_false_positive(gold):
    extra = as_prediction(gold[0].events[0])
    report = run(gold, only("hm-negative", lambda events: [extra]))
    assert report.detection.false_positives == 1
    assert report.precision == pytest.approx(3 / 4) and report.recall == 1.0
    assert report.negatives == 1 and report.negatives_clean == 0
    (spurious,) = report.articles[2].spurious
    assert "Utrecht" in spurious.predicted


def test_non_overlapping_dates_are_different_events(gold):
    def week_later(events):
        return [
            as_prediction_from(
                events[0], date_start="2021-05-10", date_end="2021-05-10", event_date="2021-05-10"
            ),
            events[1],
        ]

    report = run(gold, only("hm-utrecht", week_later))
    assert report.recall == pytest.approx(2 / 3)
    (miss,) = report.articles[0].missed
    assert any("does not overlap 2021-05-03" in reason for reason in miss.reasons)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2021-05", "2021-05"),  # month precision containing the gold day
        ("2021-05-03", "2021-05-09"),
        ("2021-05-02", "2021-05-03"),
        ("2021-05-03", None),  # a start alone is a single day
    ],
)
def test_a_wider_predicted_range_contains_the_gold_day(gold, start, end):
    def widen(events):
        return [as_prediction_from(events[0], date_start=start, date_end=end), events[1]]

    report = run(gold, only("hm-utrecht", widen))
    assert report.f1 == 1.0
    assert report.field_accuracy["date"].accuracy == 1.0


def test_an_overlapping_range_that_does_not_contain_the_gold_range_matches_with_a_wrong_date(
    gold,
):
    def straddle(events):
        return [as_prediction_from(events[0], date_start="2021-05-20", date_end="2021-06-10")]

    report = run(gold, only("hm-borno", straddle))
    assert report.f1 == 1.0
    assert report.field_accuracy["date"].correct == 2
    assert report.field_accuracy["date"].scored == 3


def test_an_undated_prediction_cannot_match_a_dated_gold_event(gold):
    def undated(events):
        return [as_prediction_from(events[0], date_start=None, date_end=None, event_date=None)]

    report = run(gold, only("hm-borno", undated))
    assert report.detection.false_negatives == 1


@pytest.mark.parametrize(
    ("admin1", "km", "matched"),
    [
        ("Borno State", 200, True),  # same admin1 once designators are dropped
        ("borno", 0, True),
        ("Yobe", 0, False),
        (None, 0, False),
    ],
)
def test_vague_gold_falls_back_to_admin1(gold, admin1, km, matched):
    maiduguri = {"latitude": 11.8464 + km / KM_PER_DEGREE_LATITUDE, "longitude": 13.1603}

    def placed(events):
        return [
            as_prediction_from(
                events[0], admin1=admin1, location="Maiduguri", geo_precision=1, **maiduguri
            )
        ]

    report = run(gold, only("hm-borno", placed))
    assert (report.detection.false_negatives == 0) is matched
    if matched:
        assert report.field_accuracy["admin1"].accuracy == 1.0


def test_precise_gold_does_not_fall_back_to_admin1(gold):
    utrecht = gold[0].events[0]

    def same_province_far(events):
        return [as_prediction_from(events[0], admin1="Utrecht", **north(utrecht, 60)), events[1]]

    report = run(gold, only("hm-utrecht", same_province_far))
    assert report.detection.false_negatives == 1


def test_actor_and_fatality_fields(gold):
    def changed(events):
        return [
            as_prediction_from(
                events[0],
                actor1="Unidentified Armed Group (Nigeria)",
                actor2="Military Forces of Nigeria",
                fatalities=6,
            )
        ]

    report = run(gold, only("hm-borno", changed))
    scores = report.field_accuracy
    assert scores["actor1"].accuracy == 1.0
    assert scores["actor2"].accuracy == 1.0  # the period tag is not part of the name
    assert (scores["fatalities"].correct, scores["fatalities"].scored) == (2, 3)

    def unknown_toll_and_wrong_actor(events):
        return [as_prediction_from(events[0], fatalities=None, actor1="Boko Haram")]

    report = run(gold, only("hm-borno", unknown_toll_and_wrong_actor))
    assert report.field_accuracy["fatalities"].correct == 2
    assert report.field_accuracy["actor1"].correct == 2


def test_a_null_gold_toll_needs_a_null_prediction(gold):
    def invented_toll(events):
        return [as_prediction_from(events[0], fatalities=0), events[1]]

    report = run(gold, only("hm-utrecht", invented_toll))
    assert report.field_accuracy["fatalities"].correct == 2


def test_matching_is_one_to_one(gold):
    def doubled(events):
        return [events[0], events[0].model_copy(), events[1]]

    report = run(gold, only("hm-utrecht", doubled))
    det = report.detection
    assert (det.true_positives, det.false_positives, det.false_negatives) == (3, 1, 0)


def test_matching_prefers_more_pairs_over_a_better_pair(gold):
    # Prediction A fits both Utrecht-province events, B only the Amersfoort one, and A is a
    # closer fit to Amersfoort: greedy-by-score would pair A-Amersfoort and lose Utrecht.
    utrecht, amersfoort = gold[0].events

    def crossing(events):
        a = as_prediction(amersfoort, **north(amersfoort, -12))  # between the two towns
        b = as_prediction(amersfoort, **north(amersfoort, 45), actor1="Farmers")
        assert haversine_km(utrecht.latitude, utrecht.longitude, a.latitude, a.longitude) < 50
        assert haversine_km(utrecht.latitude, utrecht.longitude, b.latitude, b.longitude) > 50
        return [a, b]

    report = run(gold, only("hm-utrecht", crossing))
    assert report.detection.true_positives == 3
    pairs = {(m.gold_index, m.predicted_index) for m in report.articles[0].matches}
    assert pairs == {(0, 0), (1, 1)}


def test_a_failing_predictor_is_reported_and_the_rest_still_scored(gold):
    base = predictor(gold)

    def flaky(article: Article) -> list[Event]:
        if article.id == "hm-borno":
            raise RuntimeError("model exploded")
        return base(article)

    report = evaluate_gold(gold, flaky)
    (failed,) = report.errors
    assert failed.article_id == "hm-borno" and "model exploded" in failed.error
    assert report.detection.true_positives == 2 and report.detection.false_negatives == 1
    assert "model exploded" in format_report(report)


def test_the_predictor_cannot_change_the_gold(gold):
    def meddle(article: Article) -> list[Event]:
        article.language = "xx"
        article.text = ""
        return []

    evaluate_gold(gold, meddle)
    assert gold[0].article.language == "en" and gold[0].article.text


def test_report_as_dict_and_text(gold):
    report = run(gold, only("hm-utrecht", lambda events: events[:1]))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["events"]["recall"] == pytest.approx(0.6667, abs=1e-4)
    assert data["negatives_without_predictions"] == 1
    assert data["fields"]["fatalities"] == {"correct": 2, "scored": 2, "accuracy": 1.0}
    assert [a["article_id"] for a in data["per_article"]] == [
        "hm-utrecht",
        "hm-borno",
        "hm-negative",
    ]
    assert data["per_article"][0]["missed"][0]["gold_index"] == 1
    text = format_report(report)
    for expected in ("66.7", "80.0", "sub_event_type", "Hard negatives: 1", "Amersfoort"):
        assert expected in text
    # The reason for a miss is shown, brackets and all (not swallowed as rich markup).
    assert "[prediction 0" in text


def test_empty_gold_and_empty_predictions_is_perfect_but_missing_everything_is_zero():
    negative = GoldArticle(article=Article(id="n", text="Nothing happened."), events=[])
    assert evaluate_gold([negative], lambda a: []).f1 == 1.0
    positive = GoldArticle(
        article=Article(id="p", text="x"), events=[GoldEvent(event_type="Protests")]
    )
    report = evaluate_gold([positive], lambda a: [])
    assert (report.precision, report.recall, report.f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Police Forces of Afghanistan (2014-2021)", "police forces of afghanistan", True),
        (
            "Military Forces of Libya (2014-) Haftar Faction",
            "Military Forces of Libya Haftar Faction",
            True,
        ),
        ("Protesters (France)", "Protesters", False),
        ("Taliban", "Afghan security forces", False),
        ("Île-de-France", "Ile de France", True),
    ],
)
def test_actor_names_compare_without_period_tags_case_and_accents(left, right, same):
    assert (normalise_actor(left) == normalise_actor(right)) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Baghlan", "Province of Baghlan", True),
        ("Rivers", "Rivers State", True),
        ("Provence-Alpes-Côte d'Azur", "Provence Alpes Cote d Azur", True),
        ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Cote-dAzur", True),
        ("Central District", "Central", True),
        ("Kunduz", "Baghlan", False),
        ("Alger", "Algiers", False),
    ],
)
def test_admin1_names_compare_without_designators(left, right, same):
    assert (normalise_admin1(left) == normalise_admin1(right)) is same


def brute_force(weights: list[list[float | None]]) -> tuple[int, float]:
    """Best (pairs, total weight) over every one-to-one assignment."""
    rows, cols = len(weights), len(weights[0])
    best = (0, 0.0)
    for k in range(min(rows, cols) + 1):
        for chosen in itertools.combinations(range(rows), k):
            for perm in itertools.permutations(range(cols), k):
                values = [weights[r][c] for r, c in zip(chosen, perm, strict=True)]
                if any(v is None for v in values):
                    continue
                candidate = (k, round(sum(values), 9))
                best = max(best, candidate)
    return best


def test_assignment_is_optimal_against_brute_force():
    rng = random.Random(20190901)
    for _ in range(300):
        rows, cols = rng.randint(1, 4), rng.randint(1, 4)
        weights = [
            [None if rng.random() < 0.4 else rng.random() for _ in range(cols)] for _ in range(rows)
        ]
        pairs = assign(weights)
        assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
        found = (len(pairs), round(sum(weights[r][c] for r, c in pairs), 9))
        assert found == brute_force(weights), weights


def test_progress_bar_does_not_change_the_result(gold):
    quiet = run(gold).to_dict()
    assert evaluate_gold(gold, predictor(gold), progress=True).to_dict() == quiet
