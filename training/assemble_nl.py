"""Combine the two trained pipelines into the shipped Dutch model.

The UD pipeline (tok2vec + tagger, morphologizer, parser, lemmatizer) is the base; the CoNLL-2002
ner component is sourced into it with its own tok2vec (``ner_tok2vec``, which it listens to;
older NER pipelines embedded it in the ner model) and the gazetteer vectors that tok2vec reads.
The result is written with nlp.to_disk() to src/eventcoder/models/nl_eventcoder, loadable by
spacy.load(path), with the metrics from training/evaluate_nl.py recorded in meta.json by that
script.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "training" / "output"
TARGET = REPO / "src" / "eventcoder" / "models" / "nl_eventcoder"


# Unambiguous Dutch opening quotes (Alpino writes the low quote as ",,"). The sentencizer keeps
# every punctuation token after a full stop in the old sentence, so `uit . ,, Nee` ended the
# sentence after ",,". This rule moves the boundary before a quote that follows a full stop and
# leaves the next token to the parser (SENT_START 0 = unset; an attribute_ruler cannot write -1).
# Quotes inside a sentence (`gewaarschuwd dat \u201edit ...`) are left alone.
OPENING_QUOTES = [",,", "\u201e"]
SENTENCE_ENDS = [".", "!", "?", "..."]


def add_quote_starts(nlp: spacy.Language) -> None:
    ruler = nlp.add_pipe("attribute_ruler", name="quote_starts", after="sentencizer")
    pattern = [
        {"ORTH": {"IN": SENTENCE_ENDS}},
        {"ORTH": {"IN": OPENING_QUOTES}, "IS_SENT_START": False},
        {"IS_PUNCT": False, "IS_SENT_START": True},
    ]
    ruler.add([pattern], {"SENT_START": 1}, index=1)
    ruler.add([pattern], {"SENT_START": 0}, index=2)


def assemble(ud_model: Path, ner_model: Path, target: Path, version: str) -> spacy.Language:
    # A shipped pipeline may serve as the UD base too (to swap in a retrained ner alone): its own
    # ner and quote rule are dropped and its sentencizer is kept.
    nlp = spacy.load(ud_model, exclude=["ner", "ner_tok2vec", "quote_starts"])
    ner_nlp = spacy.load(ner_model)
    # Rule-based boundaries before the parser: the parser keeps them (it only attaches within
    # a sentence); news prose is what the rules handle predictably (see training/README.md).
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="parser")
    add_quote_starts(nlp)
    # The UD components never read static vectors, so the NER's table can be the pipeline's.
    nlp.vocab.vectors = ner_nlp.vocab.vectors
    if "ner_tok2vec" in ner_nlp.pipe_names:
        nlp.add_pipe("ner_tok2vec", source=ner_nlp)
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update(
        {
            "name": "eventcoder",
            "version": version,
            "description": (
                "Dutch CPU pipeline trained by eventcoder: tagger (Alpino XPOS), morphologizer "
                "(UPOS + features), rule-based sentencizer, dependency parser, edit-tree "
                "lemmatizer on UD Dutch Alpino + LassySmall (own split); NER (PER/ORG/LOC/MISC) "
                "on CoNLL-2002 Dutch with gazetteer features from eventcoder's geo index; "
                "tok2vecs pretrained on the training text. See MODEL_CARD.md."
            ),
            "author": "eventcoder",
            "license": "CC BY-SA 4.0 (UD-derived components); CoNLL-2002: research use only",
            "sources": [
                {
                    "name": "UD_Dutch-Alpino (dev+test files)",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
                    "license": "CC BY-SA 4.0",
                    "version": "95e374a",
                },
                {
                    "name": "UD_Dutch-LassySmall (dev+test files)",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
                    "license": "CC BY-SA 4.0",
                    "version": "7880e0b",
                },
                {
                    "name": "CoNLL-2002 Dutch NER (De Morgen 2000)",
                    "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
                    "license": "research use (CoNLL-2002 shared task terms)",
                },
            ],
        }
    )
    nlp.meta.pop("performance", None)
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=OUTPUT / "ud" / "model-best")
    parser.add_argument("--ner", type=Path, default=OUTPUT / "ner" / "model-best")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--version", default="0.3.1")
    args = parser.parse_args()
    nlp = assemble(args.ud, args.ner, args.target, args.version)
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file())
    print(f"wrote {args.target} ({size / 1e6:.1f} MB): {nlp.pipe_names}")


if __name__ == "__main__":
    main()
