"""Scoring commands: ``eval`` against coded gold or CASE 2021, ``eval-geo`` for the geocoder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventcoder.cli.options import ModelOpt
from eventcoder.records import Article, Event


def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL, or the CASE 2021 task 2 TSV.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    model: ModelOpt = None,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Score only the gold articles of this split (dev or test)."),
    ] = None,
    no_scope: Annotated[
        bool, typer.Option("--no-scope", help="Leave the learned scope filter out (ablation).")
    ] = False,
) -> None:
    """Score the pipeline against gold events (P/R/F1 and per-field accuracy).

    ``--split test`` prints counts only (no article ids, misses or spurious events): the test
    split is scored to report a finished change, never read.

    The project's coded sets (``gold/nl.jsonl``, ``gold/en.jsonl``) hold ids and offsets only;
    their texts are joined from ``../shared`` (or ``$EVENTCODER_SHARED``)."""
    if not gold.exists():
        raise typer.BadParameter(f"no such file: {gold}")
    if gold.suffix in {".tsv", ".csv"}:
        from eventcoder.evaluate.case2021 import evaluate_case2021, format_case2021_report

        report = evaluate_case2021(gold)
        typer.echo(json.dumps(report, indent=2) if as_json else format_case2021_report(report))
        return
    from eventcoder.evaluate import evaluate_gold, format_report
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    def predict(article: Article) -> list[Event]:
        """What `extract` prints for the article: its events, merged where they are one."""
        return merge_events(code_article(article, model=model, scope=not no_scope))

    result = evaluate_gold(gold, predict, progress=True, split=split)
    # A test split is scored, never read: its output names no article, only counts.
    blind = split == "test"
    if as_json:
        from eventcoder.evaluate.losses import losses

        summary = result.to_dict() | {"losses": losses(result)}
        if blind:
            summary.pop("per_article")
        typer.echo(json.dumps(summary, indent=2))
    else:
        typer.echo(format_report(result, blind=blind))


def eval_geo(
    files: Annotated[list[Path], typer.Argument(
        help="GeoWebNews / TR-News / GeoVirus XML files, or a gold TSV (gold/geo/).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    mode: Annotated[str, typer.Option(help="gold (toponyms given), e2e, or both.")] = "both",
    infer: Annotated[bool, typer.Option(
        help="Place names the gazetteer lacks where the article's places put them.")] = True,
    split: Annotated[str, typer.Option(
        help="all, or dev / test: one half of a TSV set (its split.tsv).")] = "all",
) -> None:
    """Score the geocoder on geoparsing gold sets (resolution and end to end)."""
    from eventcoder.geo import evaluate_geoparse, format_geo_report

    if split not in ("all", "dev", "test"):
        raise typer.BadParameter(f"--split must be all, dev or test, not {split!r}")
    report = evaluate_geoparse(list(files), mode=mode, infer=infer, split=split)
    typer.echo(json.dumps(report, indent=2) if as_json else format_geo_report(report))


def eval_notes(
    notes: Annotated[Path, typer.Argument(help="A JSONL file of ACLED-style notes (gold/notes/).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Score only the notes of this split (dev or test)."),
    ] = None,
    no_scope: Annotated[
        bool, typer.Option("--no-scope", help="Leave the learned scope filter out (ablation).")
    ] = False,
) -> None:
    """Score the coder on ACLED-style event notes: type, actors, toll and country, per field.

    ``--split test`` prints the accuracies only, never a note."""
    from eventcoder.evaluate.notes import (
        NotesFormatError,
        evaluate_notes,
        format_notes_report,
        load_notes,
    )
    from eventcoder.merge import merge_events
    from eventcoder.pipeline import code_article

    if not notes.exists():
        raise typer.BadParameter(f"no such file: {notes}")
    try:
        items = load_notes(notes, split=split)
    except NotesFormatError as exc:
        raise typer.BadParameter(str(exc)) from exc
    report = evaluate_notes(items, lambda a: merge_events(code_article(a, scope=not no_scope)))
    blind = split == "test"
    typer.echo(json.dumps(report.to_dict(with_notes=not blind), indent=2) if as_json
               else format_notes_report(report, blind=blind))
