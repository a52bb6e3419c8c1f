"""Texts of the project's coded sets, joined from ``../shared`` by article id.

Gold files in ``gold/`` hold ids, offsets and codes only (the news texts' licences do not allow
copying them); an article line names its corpus and this module finds the text. Ids follow
``eval/news-dev``: DPG Media ids as given, ``gwn-<n>`` and ``geovirus-<n>`` by position in their
XML file, ``trnews-<docid>``.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

CORPORA = ("dpg-news-nl", "gwn", "trnews", "geovirus", "conll2002-nl")
CONLL_FILES = ("train", "testa", "testb")


def shared_dir() -> Path:
    """``$EVENTCODER_SHARED``, else ``../shared`` beside the working directory or the checkout."""
    env = os.environ.get("EVENTCODER_SHARED")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared"


def in_share(key: str, share: float) -> bool:
    """A fixed pseudo-random draw of ``share`` of all keys (the first 32 bits of SHA-256): the
    test split of the coded sets and the held-out share of the stream use it."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def corpus_of(article_id: str) -> str:
    """The corpus an id belongs to, from its form."""
    prefix = article_id.split("-", 1)[0]
    if prefix in ("gwn", "trnews", "geovirus"):
        return prefix
    if prefix == "conll":
        return "conll2002-nl"
    if article_id.isdigit():
        return "dpg-news-nl"
    raise ValueError(f"no corpus known for article id {article_id!r}")


@cache
def load_corpus(shared: Path, corpus: str) -> dict[str, dict[str, Any]]:
    """Every article of one corpus: id -> {id, text, title, published, language, source, url}."""
    if corpus == "dpg-news-nl":
        out = {}
        with (shared / "data/dpg-news-nl/articles.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out[str(row["id"])] = row
        return out
    geo = shared / "eval/geoparse"
    if corpus == "gwn":
        return {f"gwn-{n}": _english(f"gwn-{n}", a, "GWN", a.findtext("link"))
                for n, a in enumerate(_xml_articles(geo / "GWN.xml"))}
    if corpus == "trnews":
        return {f"trnews-{a.get('docid')}": _english(f"trnews-{a.get('docid')}", a, "TR-News",
                                                     a.findtext("url"))
                for a in _xml_articles(geo / "TR-News.xml")}
    if corpus == "geovirus":
        return {f"geovirus-{n}": _english(f"geovirus-{n}", a, "GeoVirus", a.findtext("source"))
                for n, a in enumerate(_xml_articles(geo / "GeoVirus.xml"))}
    if corpus == "conll2002-nl":
        out = {}
        for name in CONLL_FILES:
            for n, text in enumerate(conll_documents(shared / f"data/conll2002-nl/ned.{name}")):
                doc = f"conll-{name}-{n}"
                out[doc] = {"id": doc, "text": text, "title": None, "published": None,
                            "language": "nl", "source": "CoNLL-2002 (De Morgen 2000)", "url": None}
        return out
    raise ValueError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")


def conll_documents(path: Path) -> list[str]:
    """CoNLL-2002's newspaper documents as text: tokens joined by spaces, one per -DOCSTART-."""
    docs: list[str] = []
    sentences: list[str] = []
    tokens: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word = line.split(" ", 1)[0].strip()
            if word == "-DOCSTART-" or not word:
                if tokens:
                    sentences.append(" ".join(tokens))
                    tokens = []
                if word == "-DOCSTART-" and sentences:
                    docs.append(" ".join(sentences))
                    sentences = []
            else:
                tokens.append(word)
    if tokens:
        sentences.append(" ".join(tokens))
    if sentences:
        docs.append(" ".join(sentences))
    return docs


def _xml_articles(path: Path) -> list[Any]:
    """The <article> elements of a geoparsing corpus file, in order."""
    root = ElementTree.parse(path).getroot()
    if root is None:  # a parsed file always has a root; the stubs allow None
        raise ValueError(f"{path}: no XML root element")
    return list(root.iter("article"))


def _english(doc_id: str, art: Any, source: str, url: str | None) -> dict[str, Any]:
    """One geoparsing corpus article as an input record. Its publication date is what the
    corpus tells, as a reader would take it: TR-News's download time (``<dltime>``, the page's
    own date line), else the date the URL files the page under (GWN's links), else none
    (GeoVirus's WikiNews addresses carry none)."""
    from eventcoder.ingest.dates import date_from_url, normalise_date

    url = (url or "").strip() or None
    published = normalise_date(art.findtext("dltime")) or date_from_url(url)
    return {
        "id": doc_id,
        "text": art.findtext("text") or "",
        "title": (art.findtext("title") or "").strip() or None,
        "published": published.iso if published else None,
        "published_precision": published.precision if published else None,
        "language": "en",
        "source": source,
        "url": url,
    }


def join_text(raw: dict[str, Any], shared: Path | None = None) -> dict[str, Any]:
    """A gold line whose article has no text, with text, title and evidence quotes filled in.

    The stored ``published`` and ``language`` win over the corpus's (an analyst may have
    corrected them) where they are given (a stored null leaves the corpus's);
    ``split`` and ``corpus`` are bookkeeping and are dropped."""
    article = dict(raw.get("article") or {})
    article.pop("split", None)
    corpus = article.pop("corpus", None)
    if article.get("text"):
        return {**raw, "article": article}
    try:
        corpus = corpus or corpus_of(str(article.get("id")))
    except ValueError:
        return {**raw, "article": article}  # no text and no corpus: the loader says it lacks text
    source = load_corpus(shared or shared_dir(), corpus).get(str(article.get("id")))
    if source is None:
        raise ValueError(f"article {article.get('id')!r} is not in corpus {corpus!r}")
    text = source["text"]
    # A stored null is "not given": the corpus's own date then stands.
    joined = {**source, **{k: v for k, v in article.items() if v is not None}, "text": text}
    events = []
    for event in raw.get("events") or []:
        spans = [{**span, "text": text[span["start"]:span["end"]]} if "text" not in span else span
                 for span in event.get("evidence") or []]
        events.append({**event, "evidence": spans})
    return {**raw, "article": joined, "events": events}
