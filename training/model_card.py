"""Render MODEL_CARD.md for the shipped Dutch pipeline from its meta.json and metrics."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS_STATS = REPO / "training" / "corpus" / "stats.json"

TEMPLATE = """\
# nl_eventcoder {version}: eventcoder's Dutch spaCy pipeline

Trained by eventcoder from public data with `bash training/train_nl.sh` (spaCy {spacy_version},
CPU, fixed seeds). Load it with `eventcoder.nlp.load_pipeline("nl")` or
`spacy.load("src/eventcoder/models/nl_eventcoder")`. No word vectors, no downloads.

## Components
| component | trained on | predicts |
|---|---|---|
| tok2vec (CNN, width 128, depth 4; hash embeddings of NORM, PREFIX, SUFFIX, SHAPE) | UD | shared features for the four below |
| tagger | UD | `Token.tag_`: Alpino/CGN XPOS (e.g. `WW|pv|verl|mv`) |
| morphologizer | UD | `Token.pos_` (UPOS) and `Token.morph` |
| parser | UD | `Token.dep_`, `Token.head`, sentence boundaries (`Doc.sents`) |
| trainable_lemmatizer (edit trees) | UD | `Token.lemma_` (Alpino compound marks `_` removed) |
| ner (own tok2vec, same architecture) | CoNLL-2002 | `Doc.ents`: PER, ORG, LOC, MISC |

## Test scores (gold tokenization; `python training/evaluate_nl.py`)
| metric | value | test set |
|---|---|---|
| NER F1 (P / R) | {ner_f} ({ner_p} / {ner_r}) | CoNLL-2002 ned.testb, {ner_test_ents} entities |
{ner_rows}| POS (UPOS) accuracy | {pos_acc} | own UD test split, {ud_test_tokens} tokens |
| LAS / UAS | {dep_las} / {dep_uas} | same |
| lemma accuracy | {lemma_acc} | same |
| morph features accuracy | {morph_acc} | same |
| XPOS accuracy | {tag_acc} | same |
| sentence boundary F1 | {sents_f} | same (documents of up to 10 sentences) |

Anchors: spaCy's nl_core_news_sm reports NER F 0.72 (its own data), POS 0.96, LAS 0.81 (trained
on the full Alpino + LassySmall train sets, ~4-5x our UD training data); transformer systems
reach about 0.90 NER F1 on CoNLL-2002 Dutch.

## Data
| corpus | version | used | licence |
|---|---|---|---|
| UD_Dutch-Alpino | commit 95e374a, dev + test files (train not obtainable) | tagger, morphologizer, parser, lemmatizer | CC BY-SA 4.0 |
| UD_Dutch-LassySmall | commit 7880e0b, dev + test files | same | CC BY-SA 4.0 |
| CoNLL-2002 Dutch NER (De Morgen, 2000) | 22 Aug 2002 revision, ned.train / testa (dev) / testb (test) | ner | research use only (shared-task terms) |

UD split (training/prepare_data.py): the four files are read, exact duplicate sentences are kept
once, documents (the `# source` folder) are ordered by SHA-1 of their id and fill test (12 %),
then dev (8 %), the rest is train; whole documents only, so no sentence or document is in two
splits. The document lists are in training/corpus/ud-split.json after a run.
{split_rows}
## Licence and limits
The UD-derived components are a derivative of CC BY-SA 4.0 data and are distributed under CC
BY-SA 4.0; the NER component is derived from CoNLL-2002, whose terms allow research use only:
do not use this pipeline commercially without replacing the NER training data. The NER was
trained on Belgian news from 2000 (De Morgen); names and places after 2000 and non-news text are
recognised less reliably. The UD material is mostly Wikipedia and newspaper text; sentence
splitting on headlines, lists and text without final punctuation is weaker than on prose.
"""


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
    return TEMPLATE.format(
        version=meta["version"],
        spacy_version=meta.get("spacy_version", "?"),
        ner_test_ents=stats.get("ner-test", {}).get("entities", "?"),
        ud_test_tokens=stats.get("ud-test", {}).get("tokens", "?"),
        ner_rows=ner_rows,
        split_rows=split_rows,
        **{k: v for k, v in metrics.items() if not isinstance(v, dict)},
    )
