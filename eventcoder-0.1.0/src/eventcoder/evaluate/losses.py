"""Where the events were lost, counted: a blind split's only diagnosis.

A test split is scored, never read, so its misses cannot be looked at one by one. These counts
still say which stage to work on (on dev): a gold event can be missed because its article got no
event at all (detection), because the article's events have another type, or because one of the
right type lies elsewhere or on other days (geocoding, dating); a spurious event sits in an
article with no gold event (scope) or beside the right ones (an extra or a split event).
"""

from __future__ import annotations

from collections import Counter

from eventcoder.evaluate.scoring import ArticleDetail, EvalReport, MissDetail

MISS_CLASSES = ("no event coded", "other type", "place", "date", "paired elsewhere")
SPURIOUS_CLASSES = ("in a no-event article", "beside gold events")


def miss_class(miss: MissDetail) -> str:
    """The nearest way the article's predictions failed this gold event.

    Reasons come same type first (``match_article``), so the first reason is the nearest
    candidate's: a place or date reason means a prediction of the right type was there.
    """
    first = miss.reasons[0] if miss.reasons else "no predictions"
    if first == "no predictions":
        return "no event coded"
    why = first.split("): ", 1)[-1]
    if why.startswith("place"):
        return "place"
    if why.startswith("date"):
        return "date"
    if why.startswith("type"):
        return "other type"
    return "paired elsewhere"


def spurious_class(article: ArticleDetail) -> str:
    return "in a no-event article" if article.gold_events == 0 else "beside gold events"


def losses(report: EvalReport) -> dict[str, dict[str, int]]:
    """Missed gold events and spurious predictions, counted by class (every class listed)."""
    missed = Counter(miss_class(m) for a in report.articles for m in a.missed)
    spurious = Counter(spurious_class(a) for a in report.articles for _ in a.spurious)
    return {
        "missed": {name: missed[name] for name in MISS_CLASSES},
        "spurious": {name: spurious[name] for name in SPURIOUS_CLASSES},
    }


def format_losses(counts: dict[str, dict[str, int]]) -> str:
    """One line: ``missed 12 (no event coded 7, place 2, ...); spurious 3 (...)``."""
    parts = []
    for kind in ("missed", "spurious"):
        by = counts[kind]
        inner = ", ".join(f"{name} {n}" for name, n in by.items() if n)
        parts.append(f"{kind} {sum(by.values())}" + (f" ({inner})" if inner else ""))
    return "; ".join(parts)
