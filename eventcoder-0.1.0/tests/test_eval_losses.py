"""Losses counted by class, and a test split that names no article."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventcoder.evaluate import GoldArticle, load_gold
from eventcoder.evaluate.losses import MISS_CLASSES, format_losses, losses
from eventcoder.evaluate.report import format_report
from test_evaluate import GOLD, as_prediction, as_prediction_from, north, only, run


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold(GOLD)


def test_perfect_predictions_lose_nothing(gold):
    counts = losses(run(gold))
    assert sum(counts["missed"].values()) == 0 and sum(counts["spurious"].values()) == 0
    assert list(counts["missed"]) == list(MISS_CLASSES)
    assert format_losses(counts) == "missed 0; spurious 0"


def test_a_far_prediction_of_the_right_type_is_a_place_loss(gold):
    utrecht = gold[0].events[0]
    report = run(
        gold,
        only("hm-utrecht", lambda ev: [as_prediction_from(ev[0], **north(utrecht, 60)), ev[1]]),
    )
    counts = losses(report)
    assert counts["missed"]["place"] == 1
    assert counts["spurious"] == {"in a no-event article": 0, "beside gold events": 1}


def test_a_mistyped_event_and_an_empty_article(gold):
    def riot_and_nothing(aid, events):
        if aid == "hm-utrecht":
            return [
                as_prediction_from(
                    events[0], event_type="Riots", sub_event_type="Violent demonstration"
                ),
                events[1],
            ]
        return [] if events else [as_prediction(gold[0].events[0])]

    counts = losses(run(gold, riot_and_nothing))
    # Utrecht's protest: a same-type prediction (the other protest) is taken, so "paired";
    # every gold event of the other articles: none coded; the negative got one.
    assert counts["missed"]["no event coded"] >= 1
    assert counts["spurious"]["in a no-event article"] == 1
    assert sum(counts["missed"].values()) == 1 + counts["missed"]["no event coded"]


def test_a_blind_report_names_no_article(gold):
    report = run(gold, only("hm-negative", lambda events: [as_prediction(gold[0].events[0])]))
    seen = format_report(report)
    blind = format_report(report, blind=True)
    assert "hm-negative" in seen and "hm-negative" not in blind
    assert "Losses: missed 0; spurious 1 (in a no-event article 1)" in blind


def test_eval_split_test_prints_counts_only(tmp_path, gold):
    from eventcoder.cli import app

    lines = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["article"]["split"] = "test"
            lines.append(json.dumps(row))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(path), "--split", "test", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    assert "per_article" not in summary and "losses" in summary
    assert all(item.article.id not in result.output for item in gold)
