"""Bootstrap intervals for event scores: how far a small gold set's numbers move by chance.

A split with 13 gold events gives an F1 whose 95 % interval spans tens of points. Printing the
interval beside the point estimate keeps a dev/test gap, or a change between two commits, from
being read as more (or less) than the set can show. Articles, not events, are resampled:
the events of one article share its text and are not independent draws.

    >>> from eventcoder.evaluate.scoring import ArticleDetail, EvalReport
    >>> report = EvalReport(articles=[ArticleDetail("a", 1, 1), ArticleDetail("b", 0, 0)])
    >>> bootstrap_intervals(report, samples=50)["f1"]
    (0.0, 0.0)
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from eventcoder.evaluate.scoring import Detection, EvalReport


@dataclass(frozen=True)
class _Counts:
    true_positives: int
    predicted: int
    gold: int

    @property
    def negative(self) -> bool:
        return self.gold == 0


def _scores(sample: Sequence[_Counts]) -> dict[str, float]:
    tp = sum(c.true_positives for c in sample)
    detection = Detection(
        true_positives=tp,
        false_positives=sum(c.predicted for c in sample) - tp,
        false_negatives=sum(c.gold for c in sample) - tp,
    )
    negatives = [c for c in sample if c.negative]
    noisy = sum(1 for c in negatives if c.predicted) / len(negatives) if negatives else 0.0
    return {"precision": detection.precision, "recall": detection.recall,
            "f1": detection.f1, "negatives_with_events": noisy}


def _quantile(values: list[float], q: float) -> float:
    """The q-quantile of sorted ``values`` by the nearest-rank rule (no interpolation)."""
    index = min(len(values) - 1, max(0, round(q * (len(values) - 1))))
    return values[index]


def bootstrap_intervals(
    report: EvalReport, *, samples: int = 2000, level: float = 0.95, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """Percentile intervals of precision, recall, F1 and the no-event share with events.

    Each of ``samples`` resamples draws the report's articles with replacement; the interval
    holds the middle ``level`` of the scores. Seeded, so a rerun prints the same interval.
    """
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, not {level}")
    counts = [_Counts(len(a.matches), a.predicted_events, a.gold_events) for a in report.articles]
    if not counts:
        raise ValueError("no articles to resample")
    rng = random.Random(seed)
    drawn: dict[str, list[float]] = {}
    for _ in range(samples):
        sample = rng.choices(counts, k=len(counts))
        for name, value in _scores(sample).items():
            drawn.setdefault(name, []).append(value)
    tail = (1 - level) / 2
    intervals = {}
    for name, values in drawn.items():
        values.sort()
        intervals[name] = (_quantile(values, tail), _quantile(values, 1 - tail))
    return intervals


def proportion_interval(successes: int, trials: int, *, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95 % for the default ``z``).

    For a share read off a few judged items, such as the stream's true events: 11 of 13 true
    is 85 %, and the interval (58 %, 96 %) says how little 13 verdicts can pin it down.
    """
    if trials <= 0:
        raise ValueError("a proportion needs at least one trial")
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    share = successes / trials
    denominator = 1 + z * z / trials
    centre = (share + z * z / (2 * trials)) / denominator
    half = z * ((share * (1 - share) / trials + z * z / (4 * trials * trials)) ** 0.5) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)
