"""Print the shipped Dutch pipeline's test scores; with --write, record them with the model.

NER: entity P/R/F1 on CoNLL-2002 ned.testb. UD: POS (UPOS) accuracy, tag, morph and lemma
accuracy, UAS/LAS and sentence-boundary F1 on our held-out UD test split. Both use the gold
tokenization (the CoNLL-2002 and UD shared-task convention), so the numbers measure the
statistical components, not spaCy's rule-based tokenizer.

Needs training/corpus/ (python training/prepare_data.py).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from assemble_nl import TARGET
from model_card import render as render_model_card
from spacy.tokens import Doc, DocBin
from spacy.training import Example

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "training" / "corpus"


def gold_token_examples(nlp: spacy.Language, path: Path) -> list[Example]:
    """Examples whose predicted side has the reference words and nothing else."""
    examples = []
    for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
        words = [t.text for t in ref]
        spaces = [bool(t.whitespace_) for t in ref]
        examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), ref))
    return examples


def evaluate(model: Path, corpus: Path = CORPUS) -> dict[str, object]:
    nlp = spacy.load(model)
    start = time.perf_counter()
    ner = nlp.evaluate(gold_token_examples(nlp, corpus / "ner-test.spacy"))
    ud = nlp.evaluate(gold_token_examples(nlp, corpus / "ud-test.spacy"))
    elapsed = time.perf_counter() - start

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    return {
        "ner_test": "CoNLL-2002 ned.testb (gold tokens)",
        "ner_p": r(ner["ents_p"]),
        "ner_r": r(ner["ents_r"]),
        "ner_f": r(ner["ents_f"]),
        "ner_per_type": {
            label: {k: r(v) for k, v in scores.items()}
            for label, scores in sorted(ner["ents_per_type"].items())
        },
        "ud_test": "own UD Dutch Alpino+LassySmall test split (gold tokens)",
        "pos_acc": r(ud["pos_acc"]),
        "tag_acc": r(ud["tag_acc"]),
        "morph_acc": r(ud["morph_acc"]),
        "lemma_acc": r(ud["lemma_acc"]),
        "dep_uas": r(ud["dep_uas"]),
        "dep_las": r(ud["dep_las"]),
        "sents_f": r(ud["sents_f"]),
        "eval_seconds": round(elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # the model assemble_nl.py wrote in this checkout, not whichever copy of eventcoder the
    # interpreter imports: a rebuild in another clone is scored and recorded where it was built
    parser.add_argument("--model", type=Path, default=TARGET)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--write", action="store_true", help="store metrics.json and meta.json performance"
    )
    args = parser.parse_args()
    metrics = evaluate(args.model, args.corpus)
    print(
        f"NER F1 (ned.testb) {metrics['ner_f']:.4f}  P {metrics['ner_p']:.4f}  "
        f"R {metrics['ner_r']:.4f}\n"
        f"POS acc {metrics['pos_acc']:.4f}  LAS {metrics['dep_las']:.4f}  "
        f"UAS {metrics['dep_uas']:.4f}  lemma acc {metrics['lemma_acc']:.4f}  "
        f"morph acc {metrics['morph_acc']:.4f}  tag acc {metrics['tag_acc']:.4f}  "
        f"sents F {metrics['sents_f']:.4f}   (UD test split)"
    )
    if args.write:
        (args.model / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n")
        meta_path = args.model / "meta.json"
        meta = json.loads(meta_path.read_text())
        meta["performance"] = {k: v for k, v in metrics.items() if not k.endswith("_test")}
        meta_path.write_text(json.dumps(meta, indent=2) + "\n")
        (args.model / "MODEL_CARD.md").write_text(render_model_card(args.model, metrics))
        print(f"wrote metrics.json, meta.json and MODEL_CARD.md in {args.model}")


if __name__ == "__main__":
    main()
