"""Render MODEL_CARD.md for the shipped Dutch pipeline from its meta.json and metrics."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS_STATS = REPO / "training" / "corpus" / "stats.json"

TEMPLATE = Path(__file__).with_name("MODEL_CARD.template.md")


def render(model_dir: Path, metrics: dict[str, object]) -> str:
    meta = json.loads((model_dir / "meta.json").read_text())
    stats = json.loads(CORPUS_STATS.read_text()) if CORPUS_STATS.is_file() else {}
    per_type = metrics.get("ner_per_type", {})
    ner_rows = "".join(
        f"| NER F1 {label} | {scores['f']} | ned.testb |\n"
        for label, scores in per_type.items()  # type: ignore[union-attr]
    )
    split_rows = ""
    if stats:
        split_rows = "\n| split | documents | sentences or chunks | tokens |\n|---|---|---|---|\n"
        for name, row in stats.items():
            if "tokens" in row:
                count = row.get("sentences", row.get("docs"))
                split_rows += f"| {name} | {row.get('docs')} | {count} | {row['tokens']} |\n"
    return TEMPLATE.read_text(encoding="utf-8").format(
        version=meta["version"],
        spacy_version=meta.get("spacy_version", "?"),
        ner_test_ents=stats.get("ner-test", {}).get("entities", "?"),
        ud_test_tokens=stats.get("ud-test", {}).get("tokens", "?"),
        ner_rows=ner_rows,
        split_rows=split_rows,
        **{k: v for k, v in metrics.items() if not isinstance(v, dict)},
    )
