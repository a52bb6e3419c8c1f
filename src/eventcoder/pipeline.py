"""One article through the stages: language -> nlp -> extract -> geo.

Storage and merging happen after this, in :mod:`eventcoder.store` and :mod:`eventcoder.merge`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventcoder.plugins import hooks
from eventcoder.records import Article, Event, ReadFailure
from eventcoder.stages import StageOptions, stages

NLP_WINDOW = 50_000
"""Characters the language model reads at once: a longer text is read in windows cut at
paragraph (else sentence, else word) boundaries and joined into one doc with the text's own
offsets, so that memory stays bounded and time grows with the text, not faster."""


class ArticleTooLong(ValueError):
    """The article is over the maximum article size (:func:`eventcoder.ingest.check_size`)."""


def text_windows(text: str, size: int = NLP_WINDOW) -> list[tuple[int, int]]:
    """Consecutive (start, end) pieces of ``text`` of at most ``size`` characters that cover
    it exactly, each cut at the last paragraph break, else sentence end, else space in its
    second half."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for mark in ("\n\n", ". ", "\n", " "):
            found = text.rfind(mark, start + size // 2, limit)
            if found > start:
                cut = found + len(mark)
                break
        cut = cut if start < cut <= limit else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def parse_text(nlp: Any, text: str, window: int | None = None) -> Any:
    """``nlp(text)``; a text longer than ``window`` (default :data:`NLP_WINDOW`) is parsed
    window by window into one doc whose text (and so every offset) is the article's."""
    window = NLP_WINDOW if window is None else window
    if len(text) <= window:
        from eventcoder.extract.cue_find import parsed_from

        doc = nlp(text)
        parsed_from(doc, text)
        return doc
    from spacy.tokens import Doc

    # one window at a time: a batch of windows would take the memory of the whole text
    docs = list(nlp.pipe((text[a:b] for a, b in text_windows(text, window)), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs keeps every character
        raise RuntimeError("windowed parse changed the text")
    return doc


FROM_SETTING = -1
"""``parse_article(context=FROM_SETTING)``: read the window reach from the setting."""


def parse_article(nlp: Any, article: Article, context: int | None = FROM_SETTING) -> Any:
    """The doc the coder reads: the whole text parsed (:func:`parse_text`), or, where the
    pipeline allows it (:func:`eventcoder.nlp.windows.can_window`), only the sentences within
    ``context`` sentences of a trigger and the first sentence, the rest tokenised and
    segmented (:func:`eventcoder.nlp.windows.parse_windows`). ``context`` defaults to the
    setting (``EVENTCODER_PARSE_CONTEXT``); None parses the whole text."""
    from eventcoder.extract import pack_for
    from eventcoder.extract.spans import trigger_scan
    from eventcoder.nlp.windows import can_window, parse_context, parse_windows

    context = parse_context() if context == FROM_SETTING else context
    pack = pack_for(article)
    scan = trigger_scan(pack) if context is not None else None
    if context is None or scan is None or not can_window(nlp):
        return parse_text(nlp, article.text)
    hits = [m.start() for m in scan.finditer(article.text)]
    lemmas = _lemma_words(pack)
    if lemmas is not None:
        hits += [m.start() for m in lemmas.finditer(article.text)]
    doc = parse_windows(nlp, article.text, hits, context, window=NLP_WINDOW, parse=parse_text)
    from eventcoder.extract.cue_find import parsed_from

    parsed_from(doc, article.text)  # its text is the article's: doc_of need not join it again
    return doc


@lru_cache(maxsize=16)
def _lemma_words(pack: Any) -> re.Pattern[str] | None:
    """The pack's lemma triggers as written words: a word spelled as its lemma
    ("arresteren") is a trigger once lemmatised, so its sentence is parsed too. Other
    inflections only the lemmatizer knows stay outside the windows (benchmarks/README.md)."""
    words = sorted(getattr(pack, "lemma_triggers", None) or (), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)",
                      re.IGNORECASE)


@dataclass
class ArticleResult:
    """What coding one input gave: its events, or the reason it failed."""

    origin: str
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    failure: str | None = None


def code_article(
    article: Article, *, model: str | None = None, all_modalities: bool = False,
    scope: bool = True,
) -> list[Event]:
    """Code one article into geocoded events (not merged, not stored).

    The language model reads the sentences around the triggers only (:func:`parse_article`,
    ``EVENTCODER_PARSE_CONTEXT``). After extraction the registered stages run in order
    (:mod:`eventcoder.stages`: geocode, actors' countries, told twice, scope, notes, and any a
    plugin adds), then ``process_events``.
    ``scope=False`` leaves out the learned scope decision (:mod:`eventcoder.extract.scope`),
    for ablations."""
    from eventcoder.extract import extract_events, pack_for, prefilter
    from eventcoder.extract.cue_matchers import register_pack
    from eventcoder.ingest import check_size, detect_language
    from eventcoder.nlp import load_pipeline

    too_long = check_size(article.text)
    if too_long:
        raise ArticleTooLong(too_long)
    if not article.language:
        article.language = detect_language(article.text) or "en"
    if not prefilter(article):
        return []
    register_pack(pack_for(article))  # every cue list's anchors before the first text index
    nlp = load_pipeline(article.language, model=model)
    doc = parse_article(nlp, article)
    events = extract_events(article, doc, all_modalities=all_modalities, localise=False)
    if events:
        options = StageOptions(doc=doc, all_modalities=all_modalities, scope=scope)
        for stage in stages():  # geocode, localise_actors, told_twice, scope, notes, plugins'
            events = stage.run(article, events, options)
        hooks().process_events(article=article, events=events)
    _settle()
    return events


_coded = 0


def _settle() -> None:
    """After the 1st, 2nd, 4th, 8th ... article a process codes (up to the 4096th), move what
    is alive out of the cyclic garbage collector's sight (``gc.freeze``): the models, language
    packs, gazetteer tables and caches loaded so far live as long as the process, and every
    full collection walked their millions of objects again (English news coded a fifth slower
    for it). Frozen objects are still freed when nothing refers to them; only a cycle alive at
    one of these moments is kept."""
    global _coded
    _coded += 1
    if _coded & (_coded - 1) == 0 and _coded <= 4096:
        gc.freeze()


def code_articles(
    items: Iterable[Article | ReadFailure],
    *,
    model: str | None = None,
    all_modalities: bool = False,
    scope: bool = True,
) -> Iterator[ArticleResult]:
    """Code a stream of articles; a failure in one article is reported and the batch goes on."""
    from eventcoder.ingest import check_size

    for item in items:
        if isinstance(item, ReadFailure):
            yield ArticleResult(origin=item.origin, failure=item.reason)
            continue
        origin = item.origin or item.id
        too_long = check_size(item.text)
        if too_long:  # the configured maximum article size: skipped with its reason
            yield ArticleResult(origin=origin, article=item, failure=too_long)
            continue
        try:
            events = code_article(
                item, model=model, all_modalities=all_modalities, scope=scope
            )
        except Exception as exc:  # one broken article must never stop the batch
            yield ArticleResult(origin=origin, article=item, failure=f"{type(exc).__name__}: {exc}")
            continue
        yield ArticleResult(origin=origin, article=item, events=events)
