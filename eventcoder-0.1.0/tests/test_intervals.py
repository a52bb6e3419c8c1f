"""Bootstrap and Wilson intervals of the gold scores (evaluate/intervals.py)."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.intervals import bootstrap_intervals, proportion_interval
from eventcoder.evaluate.scoring import ArticleDetail, EvalReport, MatchDetail


def _article(name: str, gold: int, predicted: int, matched: int) -> ArticleDetail:
    matches = [MatchDetail(i, i, 1.0, {}, "g", "p") for i in range(matched)]
    return ArticleDetail(name, gold, predicted, matches=matches)


def _report(*articles: ArticleDetail) -> EvalReport:
    return EvalReport(articles=list(articles))


def test_interval_holds_the_point_estimate_and_narrows_with_more_articles() -> None:
    mixed = [_article("hit", 1, 1, 1), _article("miss", 1, 0, 0), _article("false", 0, 1, 0),
             _article("quiet", 0, 0, 0)]
    small = bootstrap_intervals(_report(*mixed))
    large = bootstrap_intervals(_report(*(mixed * 25)))
    point = _report(*mixed).f1
    for bounds in (small["f1"], large["f1"]):
        assert bounds[0] <= point <= bounds[1]
    assert large["f1"][1] - large["f1"][0] < small["f1"][1] - small["f1"][0]
    low, high = large["negatives_with_events"]
    assert low < 0.5 < high


def test_a_perfect_set_has_no_spread_and_a_rerun_repeats() -> None:
    report = _report(_article("a", 2, 2, 2), _article("b", 0, 0, 0))
    assert bootstrap_intervals(report)["f1"] == (1.0, 1.0)
    assert bootstrap_intervals(report)["negatives_with_events"] == (0.0, 0.0)
    noisy = _report(_article("a", 1, 2, 1), _article("b", 0, 1, 0), _article("c", 2, 1, 1))
    assert bootstrap_intervals(noisy, seed=3) == bootstrap_intervals(noisy, seed=3)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        bootstrap_intervals(_report())
    with pytest.raises(ValueError):
        bootstrap_intervals(_report(_article("a", 1, 1, 1)), level=1.5)
    with pytest.raises(ValueError):
        proportion_interval(3, 2)
    with pytest.raises(ValueError):
        proportion_interval(0, 0)


def test_wilson_interval_of_a_few_verdicts() -> None:
    low, high = proportion_interval(11, 13)
    assert 0.55 < low < 0.6 and 0.95 < high < 0.97
    assert proportion_interval(0, 5)[0] == 0.0
    assert proportion_interval(5, 5)[1] == 1.0
    assert proportion_interval(5, 5)[0] > 0.5
