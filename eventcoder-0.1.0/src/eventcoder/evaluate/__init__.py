"""Evaluation against gold event files: event P/R/F1 and per-field accuracy.

``evaluate_gold(path_or_articles, predict)`` runs a predictor (normally
:func:`eventcoder.pipeline.code_article`) on every gold article and matches its events to the
gold ones; see :mod:`eventcoder.evaluate.matching` for what counts as the same event and
:mod:`eventcoder.evaluate.scoring` for how each field is scored.
"""

from eventcoder.evaluate.gold import (
    GoldArticle,
    GoldEvent,
    GoldEvidence,
    GoldFormatError,
    article_from_gold,
    load_gold,
)
from eventcoder.evaluate.matching import (
    LOCATION_KM,
    MATCH_KM,
    check_pair,
    normalise_actor,
    normalise_admin1,
)
from eventcoder.evaluate.report import format_report
from eventcoder.evaluate.scoring import (
    SCORED_FIELDS,
    ArticleDetail,
    Detection,
    EvalReport,
    FieldScore,
    evaluate_gold,
    match_article,
    score_fields,
)

__all__ = [
    "LOCATION_KM",
    "MATCH_KM",
    "SCORED_FIELDS",
    "ArticleDetail",
    "Detection",
    "EvalReport",
    "FieldScore",
    "GoldArticle",
    "GoldEvent",
    "GoldEvidence",
    "GoldFormatError",
    "article_from_gold",
    "check_pair",
    "evaluate_gold",
    "format_report",
    "load_gold",
    "match_article",
    "normalise_actor",
    "normalise_admin1",
    "score_fields",
]
