"""The evaluation report as text: rich tables rendered without a terminal."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventcoder.evaluate.losses import format_losses, losses
from eventcoder.evaluate.scoring import EvalReport


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"


def format_report(
    report: EvalReport, *, width: int = 100, max_misses: int = 20, blind: bool = False
) -> str:
    """Detection P/R/F1, per-field accuracy, per-type detection, the losses counted by class
    and the first misses. ``blind`` (a test split) names no article: counts only."""
    det = report.detection
    summary = Table(title="Events (micro over articles)", title_justify="left")
    for name in ("articles", "gold", "predicted", "TP", "FP", "FN", "P %", "R %", "F1 %"):
        summary.add_column(name, justify="right")
    summary.add_row(
        str(len(report.articles)),
        str(det.true_positives + det.false_negatives),
        str(det.true_positives + det.false_positives),
        str(det.true_positives),
        str(det.false_positives),
        str(det.false_negatives),
        _pct(det.precision),
        _pct(det.recall),
        _pct(det.f1),
    )

    fields = Table(title="Fields (over matched pairs)", title_justify="left")
    fields.add_column("field")
    fields.add_column("correct", justify="right")
    fields.add_column("scored", justify="right")
    fields.add_column("accuracy %", justify="right")
    for name, score in report.field_accuracy.items():
        fields.add_row(name, str(score.correct), str(score.scored), _pct(score.accuracy))

    types = Table(title="By event type", title_justify="left")
    for name in ("event_type", "gold", "predicted", "TP", "P %", "R %", "F1 %"):
        types.add_column(name, justify="left" if name == "event_type" else "right")
    for name, by in report.by_type.items():
        types.add_row(
            Text(name),
            str(by.true_positives + by.false_negatives),
            str(by.true_positives + by.false_positives),
            str(by.true_positives),
            _pct(by.precision),
            _pct(by.recall),
            _pct(by.f1),
        )

    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    for table in (summary, fields, types):
        console.print(table)
    console.print(
        f"Hard negatives: {report.negatives}, of which without predicted events: "
        f"{report.negatives_clean}"
    )
    console.print(f"Losses: {format_losses(losses(report))}", markup=False)
    if blind:
        console.print(f"Errors: {len(report.errors)} (blind split: no article is named)")
        assert isinstance(console.file, io.StringIO)
        return console.file.getvalue()
    for article in report.errors:
        console.print(f"ERROR {article.article_id}: {article.error}", markup=False)

    problems = [
        (a.article_id, f"missed {m.gold}" + (f" [{m.reasons[0]}]" if m.reasons else ""))
        for a in report.articles
        for m in a.missed
    ] + [(a.article_id, f"spurious {s.predicted}") for a in report.articles for s in a.spurious]
    if problems:
        errors = Table(title="Misses and spurious events", title_justify="left")
        errors.add_column("article")
        errors.add_column("what")
        for article_id, what in problems[:max_misses]:
            # Text, not markup: reasons contain square brackets.
            errors.add_row(Text(article_id), Text(what))
        if len(problems) > max_misses:
            errors.add_row("...", f"{len(problems) - max_misses} more (see --json)")
        console.print(errors)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()
