"""Event-level scoring of a predictor against gold articles.

Detection is scored as micro P/R/F1 over all articles: a matched pair is a true positive, an
unmatched prediction a false positive (every prediction on a hard negative is one), an
unmatched gold event a false negative. Fields are scored only over matched pairs, and only
where the gold gives the field (see :class:`~eventcoder.evaluate.gold.GoldEvent`):

==============  =============================================================================
event_type      equal
sub_event_type  equal
actor1, actor2  equal after :func:`~eventcoder.evaluate.matching.normalise_actor` (null == null)
admin1          equal after :func:`~eventcoder.evaluate.matching.normalise_admin1`
location        within 25 km of the gold coordinates (gold without coordinates: folded names)
fatalities      exactly equal, null == null (a null gold says the text gives no toll)
date            the predicted date range contains the gold range
==============  =============================================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.evaluate.gold import GoldArticle, GoldEvent, load_gold
from eventcoder.evaluate.matching import (
    LOCATION_KM,
    assign,
    check_pair,
    distance_km,
    fold_name,
    normalise_actor,
    normalise_admin1,
    predicted_span,
)
from eventcoder.records import Article, Event

Predictor = Callable[[Article], list[Event]]

SCORED_FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "location",
    "fatalities",
    "date",
)


def score_fields(gold: GoldEvent, predicted: Event) -> dict[str, bool | None]:
    """Each scored field of a matched pair: True/False, or None where the gold leaves it out."""
    result: dict[str, bool | None] = dict.fromkeys(SCORED_FIELDS)
    for name in ("event_type", "sub_event_type"):
        if gold.is_given(name):
            result[name] = getattr(gold, name) == getattr(predicted, name)
    for name in ("actor1", "actor2"):
        if gold.is_given(name):
            result[name] = normalise_actor(getattr(gold, name)) == normalise_actor(
                getattr(predicted, name)
            )
    if gold.is_given("admin1"):
        result["admin1"] = normalise_admin1(gold.admin1) == normalise_admin1(predicted.admin1)
    if gold.has_coordinates():
        km = distance_km(gold, predicted)
        result["location"] = km is not None and km <= LOCATION_KM
    elif gold.location is not None:
        result["location"] = fold_name(gold.location) == fold_name(predicted.location or "")
    if gold.is_given("fatalities"):
        result["fatalities"] = gold.fatalities == predicted.fatalities
    gold_days = gold.date_span()
    if gold_days is not None:
        days = predicted_span(predicted)
        result["date"] = days is not None and days[0] <= gold_days[0] and gold_days[1] <= days[1]
    return result


def describe(event: GoldEvent | Event) -> str:
    """A short label for reports: type/sub-type @ place, dates."""
    kind = "/".join(part for part in (event.event_type, event.sub_event_type) if part) or "?"
    place = event.location or event.admin1 or event.country or "?"
    days = event.date_span() if isinstance(event, GoldEvent) else predicted_span(event)
    when = (
        "undated"
        if days is None
        else (days[0].isoformat() if days[0] == days[1] else f"{days[0]}..{days[1]}")
    )
    return f"{kind} @ {place}, {when}"


@dataclass
class MatchDetail:
    gold_index: int
    predicted_index: int
    score: float
    fields: dict[str, bool | None]
    gold: str
    predicted: str


@dataclass
class MissDetail:
    """A gold event no prediction matched, and why each prediction did not (same type first)."""

    gold_index: int
    gold: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class SpuriousDetail:
    predicted_index: int
    predicted: str


@dataclass
class ArticleDetail:
    """How one article scored."""

    article_id: str
    gold_events: int
    predicted_events: int
    matches: list[MatchDetail] = field(default_factory=list)
    missed: list[MissDetail] = field(default_factory=list)
    spurious: list[SpuriousDetail] = field(default_factory=list)
    error: str | None = None

    @property
    def negative(self) -> bool:
        return self.gold_events == 0


@dataclass(frozen=True)
class FieldScore:
    correct: int
    scored: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.scored if self.scored else None


@dataclass(frozen=True)
class Detection:
    """Counts and P/R/F1 for event detection (overall or for one event type)."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        if found == 0:
            return 1.0 if self.false_negatives == 0 else 0.0
        return self.true_positives / found

    @property
    def recall(self) -> float:
        relevant = self.true_positives + self.false_negatives
        if relevant == 0:
            return 1.0 if self.false_positives == 0 else 0.0
        return self.true_positives / relevant

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EvalReport:
    """Everything an evaluation found; the totals are computed from the per-article detail.

    Undefined ratios follow one rule: with nothing to find and nothing found, precision and
    recall are 1; otherwise a zero denominator gives 0.
    """

    articles: list[ArticleDetail]
    gold_events_by_type: dict[str, int] = field(default_factory=dict)
    predicted_events_by_type: dict[str, int] = field(default_factory=dict)
    matched_by_type: dict[str, int] = field(default_factory=dict)

    @property
    def detection(self) -> Detection:
        tp = sum(len(a.matches) for a in self.articles)
        return Detection(
            true_positives=tp,
            false_positives=sum(a.predicted_events for a in self.articles) - tp,
            false_negatives=sum(a.gold_events for a in self.articles) - tp,
        )

    @property
    def precision(self) -> float:
        return self.detection.precision

    @property
    def recall(self) -> float:
        return self.detection.recall

    @property
    def f1(self) -> float:
        return self.detection.f1

    @property
    def negatives(self) -> int:
        """Articles whose gold has no events."""
        return sum(1 for a in self.articles if a.negative)

    @property
    def negatives_clean(self) -> int:
        """Hard negatives on which the predictor (without error) found no events."""
        return sum(
            1 for a in self.articles if a.negative and a.predicted_events == 0 and not a.error
        )

    @property
    def errors(self) -> list[ArticleDetail]:
        return [a for a in self.articles if a.error]

    @property
    def field_accuracy(self) -> dict[str, FieldScore]:
        scores = {}
        for name in SCORED_FIELDS:
            verdicts = [
                verdict
                for a in self.articles
                for m in a.matches
                if (verdict := m.fields[name]) is not None
            ]
            scores[name] = FieldScore(correct=sum(verdicts), scored=len(verdicts))
        return scores

    @property
    def by_type(self) -> dict[str, Detection]:
        types = sorted(set(self.gold_events_by_type) | set(self.predicted_events_by_type))
        result = {}
        for name in types:
            tp = self.matched_by_type.get(name, 0)
            result[name] = Detection(
                true_positives=tp,
                false_positives=self.predicted_events_by_type.get(name, 0) - tp,
                false_negatives=self.gold_events_by_type.get(name, 0) - tp,
            )
        return result

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary with per-field accuracy, per-type detection and detail."""
        return {
            "articles": len(self.articles),
            "gold_events": sum(a.gold_events for a in self.articles),
            "predicted_events": sum(a.predicted_events for a in self.articles),
            "events": self.detection.to_dict(),
            "negatives": self.negatives,
            "negatives_without_predictions": self.negatives_clean,
            "errors": len(self.errors),
            "fields": {
                name: {
                    "correct": score.correct,
                    "scored": score.scored,
                    "accuracy": None if score.accuracy is None else round(score.accuracy, 4),
                }
                for name, score in self.field_accuracy.items()
            },
            "by_type": {name: det.to_dict() for name, det in self.by_type.items()},
            "per_article": [_article_dict(a) for a in self.articles],
        }


def _article_dict(detail: ArticleDetail) -> dict[str, Any]:
    return {
        "article_id": detail.article_id,
        "gold_events": detail.gold_events,
        "predicted_events": detail.predicted_events,
        "negative": detail.negative,
        "error": detail.error,
        "matches": [
            {
                "gold_index": m.gold_index,
                "predicted_index": m.predicted_index,
                "score": round(m.score, 4),
                "fields": m.fields,
                "gold": m.gold,
                "predicted": m.predicted,
            }
            for m in detail.matches
        ],
        "missed": [
            {"gold_index": m.gold_index, "gold": m.gold, "reasons": m.reasons}
            for m in detail.missed
        ],
        "spurious": [
            {"predicted_index": s.predicted_index, "predicted": s.predicted}
            for s in detail.spurious
        ],
    }


def match_article(article_id: str, gold: list[GoldEvent], predicted: list[Event]) -> ArticleDetail:
    """Pair one article's predictions with its gold events and score the pairs."""
    checks = [[check_pair(g, p) for p in predicted] for g in gold]
    weights = [[c.score if c.compatible else None for c in row] for row in checks]
    pairs = assign(weights)
    detail = ArticleDetail(
        article_id=article_id, gold_events=len(gold), predicted_events=len(predicted)
    )
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for g, p in pairs:
        detail.matches.append(
            MatchDetail(
                gold_index=g,
                predicted_index=p,
                score=checks[g][p].score,
                fields=score_fields(gold[g], predicted[p]),
                gold=describe(gold[g]),
                predicted=describe(predicted[p]),
            )
        )
    for g, event in enumerate(gold):
        if g in matched_gold:
            continue
        # Predictions of the same type first: their reasons are the informative ones.
        order = sorted(
            range(len(predicted)), key=lambda p: predicted[p].event_type != event.event_type
        )
        reasons = [
            f"prediction {p} ({describe(predicted[p])}): "
            + (checks[g][p].reason or "compatible, but paired with another gold event")
            for p in order
        ]
        detail.missed.append(MissDetail(g, describe(event), reasons or ["no predictions"]))
    for p, prediction in enumerate(predicted):
        if p not in matched_predicted:
            detail.spurious.append(SpuriousDetail(p, describe(prediction)))
    return detail


def evaluate_gold(
    gold: Path | str | Iterable[GoldArticle],
    predict: Predictor,
    *,
    progress: bool = False,
    split: str | None = None,
) -> EvalReport:
    """Run ``predict`` on every gold article and score its events against the gold ones.

    A predictor that raises on one article is recorded as that article's error (its gold
    events count as missed) and the evaluation goes on. ``progress`` shows a progress bar on
    stderr. ``split`` keeps the gold file's articles of that split only.
    """
    items = load_gold(Path(gold), split=split) if isinstance(gold, str | Path) else list(gold)
    report = EvalReport(articles=[])
    iterator: Iterable[GoldArticle] = items
    if progress:
        from rich.console import Console
        from rich.progress import track

        iterator = track(
            items, description="evaluating", console=Console(stderr=True), transient=True
        )
    for item in iterator:
        error = None
        try:
            # The predictor gets a copy, so it may fill in fields (language) without
            # changing the gold.
            predicted = [
                ev if isinstance(ev, Event) else Event.model_validate(ev)
                for ev in predict(item.article.model_copy(deep=True))
            ]
        except Exception as exc:  # a failing article is reported, never ends the evaluation
            predicted, error = [], f"{type(exc).__name__}: {exc}"
        detail = match_article(item.article.id, item.events, predicted)
        detail.error = error
        report.articles.append(detail)
        _count_types(report, item.events, predicted, detail)
    return report


def _count_types(
    report: EvalReport, gold: list[GoldEvent], predicted: list[Event], detail: ArticleDetail
) -> None:
    for event in gold:
        name = event.event_type or "(untyped)"
        report.gold_events_by_type[name] = report.gold_events_by_type.get(name, 0) + 1
    for prediction in predicted:
        name = prediction.event_type
        report.predicted_events_by_type[name] = report.predicted_events_by_type.get(name, 0) + 1
    for match in detail.matches:
        name = gold[match.gold_index].event_type or "(untyped)"
        report.matched_by_type[name] = report.matched_by_type.get(name, 0) + 1
