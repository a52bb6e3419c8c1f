"""Convert the shared Dutch corpora into spaCy DocBin files for training and evaluation.

Why our own converter: the CoNLL-2002 files carry -DOCSTART- lines and no whitespace
information, and the UD Dutch treebanks ship only dev/test files, which we must split into
our own train/dev/test ourselves (by document, deterministically, with duplicates removed so
that no sentence is in two splits). Alpino lemmas mark compound boundaries with "_"
("basis_niveau"); we strip those so the lemmatizer learns the written form ("basisniveau").

Output (gitignored): training/corpus/{ner,ud}-{train,dev,test}.spacy, ner-train-dev.spacy
(ned.train + ned.testa, for the final NER), ud-train-dev.spacy (the same for UD), ud-split.json,
and
pretrain.jsonl: the raw text of the training sides only (ned.train, ned.testa and the UD train
split, never ned.testb or the UD dev/test split) for ``spacy pretrain``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "training" / "corpus"

UD_FILES = (
    "nl_alpino-ud-dev.conllu",
    "nl_alpino-ud-test.conllu",
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
)
# Share of UD sentences for test and dev; the rest trains. Whole documents are assigned.
UD_TEST_SHARE = 0.12
UD_DEV_SHARE = 0.08
SENTS_PER_DOC = 10  # multi-sentence docs let the parser learn sentence boundaries


# --------------------------------------------------------------------------- CoNLL-2002 NER


def read_conll2002(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """Yield articles (split at -DOCSTART-), each a list of sentences of (word, IOB2 tag)."""
    article: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            if sentence:
                article.append(sentence)
                sentence = []
            continue
        parts = line.split()
        if parts[0] == "-DOCSTART-":
            if sentence:
                article.append(sentence)
                sentence = []
            if article:
                yield article
                article = []
            continue
        if len(parts) < 2:
            raise ValueError(f"{path}: malformed line {raw!r}")
        sentence.append((parts[0], parts[-1]))
    if sentence:
        article.append(sentence)
    if article:
        yield article


def conll_to_docs(path: Path, vocab: spacy.vocab.Vocab) -> list[Doc]:
    """Chunks of up to SENTS_PER_DOC sentences of one article become one Doc."""
    docs: list[Doc] = []
    for article in read_conll2002(path):
        for i in range(0, len(article), SENTS_PER_DOC):
            chunk = article[i : i + SENTS_PER_DOC]
            words = [w for sent in chunk for w, _ in sent]
            tags = [t for sent in chunk for _, t in sent]
            sent_starts = [j == 0 for sent in chunk for j in range(len(sent))]
            doc = Doc(vocab, words=words, sent_starts=sent_starts, ents=_fix_iob(tags))
            docs.append(doc)
    return docs


def _fix_iob(tags: list[str]) -> list[str]:
    """Repair I- tags that do not continue an entity of the same type (rare in the data)."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


# --------------------------------------------------------------------------- UD Dutch


@dataclass
class UDSentence:
    doc_id: str
    sent_id: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Parse CoNLL-U; empty nodes (ids like 9.1) are enhanced-graph only and are skipped."""
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if raw.startswith("#"):
            key, _, value = raw[1:].partition("=")
            meta[key.strip()] = value.strip()
        elif raw.strip():
            cols = raw.split("\t")
            if "-" in cols[0]:
                raise ValueError(f"{path}: multiword tokens are not expected ({cols[0]})")
            if "." not in cols[0]:
                rows.append(cols)
        elif rows:
            yield _ud_sentence(path, meta, rows)
            meta, rows = {}, []


def _ud_sentence(path: Path, meta: dict[str, str], rows: list[list[str]]) -> UDSentence:
    source = meta.get("source", "")
    doc_id = source.split("/")[1] if source.count("/") >= 2 else meta["sent_id"]
    sent = UDSentence(doc_id=doc_id, sent_id=meta["sent_id"], text=meta.get("text", ""))
    for cols in rows:
        _id, form, lemma, upos, xpos, feats, head, deprel, _deps, misc = cols
        sent.words.append(form)
        sent.spaces.append("SpaceAfter=No" not in misc.split("|"))
        sent.lemmas.append(lemma.replace("_", "") if len(lemma) > 1 else lemma)
        sent.pos.append(upos)
        sent.tags.append(xpos)
        sent.morphs.append("" if feats == "_" else feats)
        sent.heads.append(int(head))
        sent.deps.append("ROOT" if deprel == "root" else deprel)
    return sent


def split_ud(sentences: list[UDSentence]) -> dict[str, list[UDSentence]]:
    """Deterministic document-level split: documents ordered by SHA-1 of their id fill test,
    then dev, then train. Exact duplicate sentence texts are kept once (first occurrence in
    file order), so no sentence is in two splits."""
    seen: set[str] = set()
    unique: list[UDSentence] = []
    for sent in sentences:
        key = " ".join(sent.words)
        if key in seen:
            continue
        seen.add(key)
        unique.append(sent)
    by_doc: dict[str, list[UDSentence]] = {}
    for sent in unique:
        by_doc.setdefault(sent.doc_id, []).append(sent)
    order = sorted(by_doc, key=lambda d: hashlib.sha1(d.encode()).hexdigest())
    total = len(unique)
    splits: dict[str, list[UDSentence]] = {"test": [], "dev": [], "train": []}
    for doc_id in order:
        if len(splits["test"]) < UD_TEST_SHARE * total:
            name = "test"
        elif len(splits["dev"]) < UD_DEV_SHARE * total:
            name = "dev"
        else:
            name = "train"
        splits[name].extend(by_doc[doc_id])
    return splits


def ud_to_docs(sentences: list[UDSentence], vocab: spacy.vocab.Vocab) -> list[Doc]:
    """Consecutive sentences of one document, up to SENTS_PER_DOC, become one Doc."""
    docs: list[Doc] = []
    groups: list[list[UDSentence]] = []
    for sent in sentences:
        if groups and groups[-1][0].doc_id == sent.doc_id and len(groups[-1]) < SENTS_PER_DOC:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    for group in groups:
        words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = ([] for _ in range(9))
        offset = 0
        for sent in group:
            words += sent.words
            spaces += sent.spaces[:-1] + [True]
            lemmas += sent.lemmas
            pos += sent.pos
            tags += sent.tags
            morphs += sent.morphs
            # CoNLL-U heads are 1-based within the sentence, 0 = root (head of itself).
            heads += [offset + (h - 1 if h else i) for i, h in enumerate(sent.heads)]
            deps += sent.deps
            starts += [True] + [False] * (len(sent.words) - 1)
            offset += len(sent.words)
        spaces[-1] = False
        docs.append(
            Doc(
                vocab,
                words=words,
                spaces=spaces,
                lemmas=lemmas,
                pos=pos,
                tags=tags,
                morphs=morphs,
                heads=heads,
                deps=deps,
                sent_starts=starts,
            )
        )
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    stats: dict[str, dict[str, int]] = {}

    for split, name in (("train", "ned.train"), ("dev", "ned.testa"), ("test", "ned.testb")):
        docs = conll_to_docs(args.data / "conll2002-nl" / name, nlp.vocab)
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"ner-{split}.spacy")
        stats[f"ner-{split}"] = {
            "docs": len(docs),
            "tokens": sum(len(d) for d in docs),
            "entities": sum(len(d.ents) for d in docs),
        }

    # The final NER trains on ned.train + ned.testa with the step count chosen on testa.
    both = [d for name in ("ner-train", "ner-dev")
            for d in DocBin().from_disk(args.out / f"{name}.spacy").get_docs(nlp.vocab)]
    DocBin(docs=both, store_user_data=False).to_disk(args.out / "ner-train-dev.spacy")

    sentences = [s for f in UD_FILES for s in read_conllu(args.data / "ud-dutch" / f)]
    splits = split_ud(sentences)
    manifest: dict[str, list[str]] = {}
    for split, sents in splits.items():
        docs = ud_to_docs(sents, nlp.vocab)
        DocBin(docs=docs).to_disk(args.out / f"ud-{split}.spacy")
        manifest[split] = sorted({s.doc_id for s in sents})
        stats[f"ud-{split}"] = {
            "docs": len(docs),
            "sentences": len(sents),
            "tokens": sum(len(s.words) for s in sents),
        }
    # Raw text for pretraining the UD tok2vec: the training sides only, one line per document.
    raw_docs = [
        d for name in ("ner-train", "ner-dev", "ud-train")
        for d in DocBin().from_disk(args.out / f"{name}.spacy").get_docs(nlp.vocab)
    ]
    with (args.out / "pretrain.jsonl").open("w", encoding="utf-8") as out:
        for doc in raw_docs:
            out.write(json.dumps({"text": doc.text}, ensure_ascii=False) + "\n")
    stats["pretrain-text"] = {"docs": len(raw_docs), "tokens": sum(len(d) for d in raw_docs)}
    # The final UD components train on the UD train + dev splits (steps chosen on dev).
    both = [d for name in ("ud-train", "ud-dev")
            for d in DocBin().from_disk(args.out / f"{name}.spacy").get_docs(nlp.vocab)]
    DocBin(docs=both).to_disk(args.out / "ud-train-dev.spacy")
    stats["ud-duplicates-dropped"] = {"sentences": len(sentences) - sum(map(len, splits.values()))}
    (args.out / "ud-split.json").write_text(json.dumps(manifest, indent=1) + "\n")
    (args.out / "stats.json").write_text(json.dumps(stats, indent=1) + "\n")
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
