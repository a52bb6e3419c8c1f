"""Measure what an English statistical pipeline would add, to decide the English default.

The project can install no first-party English spaCy model (no downloads; the PyPI copies of
en_core_web_sm are third-party re-uploads). This script measures, on GeoWebNews (English news
with hand-marked toponyms, evaluation only), how many toponyms a given English pipeline's
entities (GPE, LOC, FAC) recover, and its speed as a ratio to the blank English tokenizer that
eventcoder uses by default. It never downloads: pass a pipeline directory you obtained yourself.

    .venv/bin/python training/measure_english.py --model PATH_TO_en_core_web_sm_DIR
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from defusedxml import ElementTree

REPO = Path(__file__).resolve().parent.parent
GWN = REPO.parent / "shared" / "eval" / "geoparse" / "GWN.xml"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# GeoWebNews types that denote a place reference (not demonyms or non-locational uses).
PLACE_TYPES = {"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion"}


def load_gwn(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    articles = []
    for article in ElementTree.parse(path).getroot():
        text = article.findtext("text") or ""
        spans = []
        for top in article.iter("toponym"):
            if top.findtext("nonLocational") == "Yes" or top.findtext("type") not in PLACE_TYPES:
                continue
            start, end = int(top.findtext("start") or -1), int(top.findtext("end") or -1)
            if text[start:end] == top.findtext("extractedName"):
                spans.append((start, end))
        articles.append((text, spans))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    args = parser.parse_args()
    articles = load_gwn(GWN)
    texts = [t for t, _ in articles]
    blank = spacy.blank("en")
    start = time.process_time()
    words = sum(len(d) for d in blank.pipe(texts))
    blank_wps = words / (time.process_time() - start)
    nlp = spacy.load(args.model)
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16))
    model_wps = words / (time.process_time() - start)
    gold = exact = overlap = predicted = 0
    for doc, (_, spans) in zip(docs, articles, strict=True):
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
        predicted += len(ents)
        gold += len(spans)
        exact += len(set(spans) & set(ents))
        overlap += sum(any(s < ee and es < e for es, ee in ents) for s, e in spans)
    print(f"GeoWebNews: {len(articles)} articles, {gold} place toponyms, {words} words")
    print(f"{nlp.meta.get('name')} {nlp.meta.get('version')}: GPE/LOC/FAC entities {predicted}")
    print(
        f"toponym recall exact {exact / gold:.3f}, overlapping {overlap / gold:.3f}; "
        f"precision (exact) {exact / max(predicted, 1):.3f}"
    )
    print(
        f"speed: {model_wps:,.0f} words/s vs blank tokenizer {blank_wps:,.0f} "
        f"(ratio {model_wps / blank_wps:.3f})"
    )


if __name__ == "__main__":
    main()
