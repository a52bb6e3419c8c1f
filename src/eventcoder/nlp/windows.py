"""Parse only the sentences the coder reads: trigger sentences and their neighbours.

On Dutch news most of the time goes to the trained components (tok2vec, parser, NER) run over
every character of an article that passed the prefilter, while the coder reads the parse,
morphology and lemmas only in sentences holding a trigger. :func:`parse_windows` therefore
tokenises and segments the whole text with the pipeline's rule components only (the
sentencizer and the rules after it: cheap, and the same sentence boundaries the full pipeline
sets), runs the full pipeline on the windows (a trigger sentence with ``context`` sentences
each side, plus the first sentence, which often tells place and date), and joins the pieces
into one doc whose text and offsets are the article's. Outside the windows the doc has tokens
and sentences but no tags, lemmas, parse or entities.

The window reach is a setting: ``EVENTCODER_PARSE_CONTEXT`` (sentences each side, default
:data:`PARSE_CONTEXT`); ``all`` parses the whole text as before. A pipeline with no rule-based
sentencizer (its sentences come from the parser) is always parsed whole, since its sentences
cannot be found cheaply.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "PARSE_CONTEXT",
    "PARSE_CONTEXT_ENV",
    "InvalidParseContext",
    "can_window",
    "parse_context",
    "parse_windows",
    "window_spans",
]

PARSE_CONTEXT = 2
"""Default sentences parsed on each side of a trigger sentence (``EVENTCODER_PARSE_CONTEXT``).

With two, every token of a trigger sentence gets the analysis a whole-text parse gives it, and
so do the entities of the sentences around it (200 Dutch stream articles: 0 of 6,349 tokens,
0 of 972 entities differ). One is faster and keeps the trigger sentences alike too, but not
every entity next to them (9 of 972); none changes 2.7% of the trigger sentences' tokens and
an evaluation. Measurements: benchmarks/README.md."""

PARSE_CONTEXT_ENV = "EVENTCODER_PARSE_CONTEXT"
WHOLE = ("all", "full", "whole", "none")


class InvalidParseContext(ValueError):
    """``EVENTCODER_PARSE_CONTEXT`` is neither a whole number >= 0 nor ``all``."""


def parse_context() -> int | None:
    """Sentences each side of a trigger sentence to parse; None: parse the whole text.

    Read at each call (not at import), so a test or a server can change it."""
    raw = os.environ.get(PARSE_CONTEXT_ENV, "").strip().lower()
    if not raw:
        return PARSE_CONTEXT
    if raw in WHOLE:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParseContext(
            f"{PARSE_CONTEXT_ENV}={raw!r}: give a number of sentences (0 or more) or 'all'"
        ) from None
    if value < 0:
        raise InvalidParseContext(f"{PARSE_CONTEXT_ENV}={raw!r}: must be 0 or more, or 'all'")
    return value


def _rule_pipes(nlp: Language) -> list[Callable[[Doc], Doc]]:
    """The pipeline's components that learn nothing (sentencizer, attribute rules), in order."""
    from spacy.pipeline import TrainablePipe

    return [pipe for _name, pipe in nlp.pipeline if not isinstance(pipe, TrainablePipe)]


def can_window(nlp: Language) -> bool:
    """True when parsing windows saves work and keeps the sentences: the pipeline has
    trained components to skip and a rule-based sentencizer that sets every boundary."""
    from spacy.pipeline import Sentencizer, TrainablePipe

    pipes = [pipe for _name, pipe in nlp.pipeline]
    return any(isinstance(p, Sentencizer) for p in pipes) and any(
        isinstance(p, TrainablePipe) for p in pipes)


def segment(nlp: Language, text: str) -> Doc:
    """Tokens and sentence starts of ``text`` from the rule components only; an attribute
    ruler none of whose patterns can match ``text`` (:func:`ruler_needs`) is skipped."""
    doc = nlp.make_doc(text)
    for pipe in _rule_pipes(nlp):
        needs = ruler_needs(pipe)
        if needs is not None and not any(word in text for word in needs):
            continue  # no token can hold a string every match needs: the pipe changes nothing
        doc = pipe(doc)
    return doc


_NEEDS: dict[int, tuple[object, int, frozenset[str] | None]] = {}


def ruler_needs(pipe: object) -> frozenset[str] | None:
    """For an attribute ruler, strings of which a text must hold one for any of its patterns
    to match: each pattern's first token that must be there (no ``OP``) with an ``ORTH`` or
    ``TEXT`` of one or more exact strings gives its strings. None when the pipe is not an
    attribute ruler or a pattern has no such token (it might match any text). Kept per pipe
    and number of patterns."""
    from spacy.pipeline import AttributeRuler

    if not isinstance(pipe, AttributeRuler):
        return None
    seen = _NEEDS.get(id(pipe))
    if seen is not None and seen[0] is pipe and seen[1] == len(pipe.attrs):
        return seen[2]
    needs: set[str] | None = set()
    for entry in pipe.patterns:
        for pattern in cast(list, entry["patterns"]):
            strings = _pattern_needs(pattern)
            if strings is None or needs is None:
                needs = None
                break
            needs.update(strings)
    answer = frozenset(needs) if needs else None
    _NEEDS[id(pipe)] = (pipe, len(pipe.attrs), answer)
    return answer


def _pattern_needs(pattern: object) -> list[str] | None:
    """The exact strings one token a Matcher pattern requires may have, or None."""
    if not isinstance(pattern, list):
        return None
    for spec in pattern:
        if not isinstance(spec, dict) or "OP" in spec:
            continue
        for key in ("ORTH", "TEXT"):
            value = spec.get(key)
            if isinstance(value, str) and value:
                return [value]
            if (isinstance(value, dict) and set(value) == {"IN"} and value["IN"]
                    and all(isinstance(v, str) and v for v in value["IN"])):
                return list(value["IN"])
    return None


def window_spans(
    sentences: list[tuple[int, int]], hits: Iterable[int], context: int, text_len: int,
) -> list[tuple[int, int, bool]]:
    """Cover ``[0, text_len)`` with (start, end, parse) pieces cut at sentence starts:
    ``parse`` is True for runs of sentences within ``context`` of a sentence holding one of
    the ``hits`` (character offsets), and for the first sentence."""
    if not sentences:
        return [(0, text_len, True)] if text_len else []
    starts = [s for s, _e in sentences]
    from bisect import bisect_right

    keep = {0}
    for hit in hits:
        i = max(bisect_right(starts, hit) - 1, 0)
        keep.update(range(max(i - context, 0), min(i + context, len(sentences) - 1) + 1))
    pieces: list[tuple[int, int, bool]] = []
    for i in range(len(sentences)):
        start = 0 if i == 0 else starts[i]
        end = starts[i + 1] if i + 1 < len(sentences) else text_len
        wanted = i in keep
        if pieces and pieces[-1][2] == wanted:
            pieces[-1] = (pieces[-1][0], end, wanted)
        else:
            pieces.append((start, end, wanted))
    return pieces


def parse_windows(
    nlp: Language, text: str, hits: Iterable[int], context: int, window: int = 50_000,
    parse: Callable[[Any, str], Doc] | None = None,
) -> Doc:
    """One doc of ``text`` (its own offsets) with the full pipeline run only on the sentences
    within ``context`` of a hit and on the first sentence; the rest tokenised and segmented.

    The windows go through ``nlp.pipe`` together, in batches of at most ``window``
    characters (memory stays that of one window); ``parse(nlp, piece)`` parses a text longer
    than that (default ``nlp(piece)``; the pipeline passes its long-text splitter). The
    parsed windows' annotations are written into the segmented doc of the whole text
    (:func:`_join_on_rough`); where a window's tokens differ from that doc's, the pieces are
    joined with ``Doc.from_docs`` as before (:func:`_join_pieces`)."""
    parse = parse or (lambda model, piece: model(piece))
    rough = segment(nlp, text)
    sents = list(rough.sents) if len(rough) else []
    sentences = [(s.start_char, s.end_char) for s in sents]
    pieces = window_spans(sentences, hits, context, len(text))
    if all(wanted for _s, _e, wanted in pieces):
        return parse(nlp, text)
    parsed: dict[int, Doc] = {}
    batch: list[int] = []
    for n, (start, end, wanted) in enumerate(pieces):
        if not wanted:
            continue
        if end - start > window:
            parsed[n] = parse(nlp, text[start:end])
        else:
            if batch and sum(pieces[i][1] - pieces[i][0] for i in batch) + end - start > window:
                _parse_batch(nlp, text, pieces, batch, parsed)
            batch.append(n)
    _parse_batch(nlp, text, pieces, batch, parsed)
    token_starts = {s.start_char: s.start for s in sents}
    joined = _join_on_rough(rough, pieces, parsed, token_starts)
    if joined is not None:
        return joined
    return _join_pieces(nlp, text, rough, pieces, parsed)


def _join_on_rough(rough: Doc, pieces: list[tuple[int, int, bool]], parsed: dict[int, Doc],
                   token_starts: dict[int, int]) -> Doc | None:
    """``rough`` (the segmented whole text) with each parsed piece's annotations written over
    its tokens, and every piece's own sentence starts: what :func:`_join_pieces` builds, at
    the cost of two array copies instead of a new doc. None (nothing changed) when a parsed
    piece's tokens are not those of ``rough`` at its place, or it carries span groups."""
    from spacy.attrs import ORTH, SENT_START, SPACY  # type: ignore[import-not-found]

    attrs = list(rough._get_array_attrs())  # type: ignore[attr-defined]
    array = cast(Any, rough.to_array(attrs))
    same = [attrs.index(ORTH), attrs.index(SPACY)]
    col = attrs.index(SENT_START)
    for n, doc in parsed.items():
        start, end, _wanted = pieces[n]
        first = 0 if start == 0 else token_starts.get(start, -1)
        last = len(rough) if n + 1 == len(pieces) else token_starts.get(end, -1)
        if first < 0 or last < 0 or len(doc.spans):
            return None
        part = cast(Any, doc.to_array(attrs))
        if part.shape[0] != last - first or (part[:, same] != array[first:last, same]).any():
            return None
        array[first:last] = part
    starts = array[:, col].copy()
    # as Doc.from_docs does: setting the heads recomputes sentence starts from the parse,
    # which unparsed pieces lack, so every piece's own starts go back after
    rough.from_array(attrs, array)
    rough.from_array(["SENT_START"], starts.reshape(-1, 1))
    return rough


def _join_pieces(nlp: Language, text: str, rough: Doc, pieces: list[tuple[int, int, bool]],
                 parsed: dict[int, Doc]) -> Doc:
    """The pieces (parsed ones from ``parsed``, the others cut from ``rough``) joined into a
    new doc with ``Doc.from_docs``."""
    import numpy
    from spacy.tokens import Doc

    docs: list[Doc | None] = [None] * len(pieces)
    # the rough doc as an array once: Span.as_doc otherwise converts the whole doc for each
    # piece, which made a long article's cost grow with its pieces times its length
    head = list(Doc._get_array_attrs())  # type: ignore[attr-defined]
    array = rough.to_array(head)
    for n, (start, end, wanted) in enumerate(pieces):
        if wanted:
            docs[n] = parsed[n]
            continue
        span = cast(Any, rough.char_span(start, end))  # spaCy's stub lacks array_head
        docs[n] = (span.as_doc(array_head=head, array=array) if span is not None
                   else segment(nlp, text[start:end]))
    parts = [d for d in docs if d is not None and len(d)]
    starts = numpy.concatenate([d.to_array(["SENT_START"]) for d in parts])
    # the tensor is left out: unparsed pieces have none, and the coder never reads it
    doc = Doc.from_docs(parts, ensure_whitespace=False,  # type: ignore[call-arg]
                        exclude=["tensor", "user_data"])  # (spaCy's stub lacks exclude)
    if doc.text != text:  # pragma: no cover - from_docs keeps every character
        raise RuntimeError("windowed parse changed the text")
    # joining recomputes sentence starts from the parse, which unparsed pieces lack: put
    # every piece's own starts back (the parsed pieces' are the ones just recomputed)
    doc.from_array(["SENT_START"], cast(Any, starts.astype("uint64").reshape(-1, 1)))
    return doc


def _parse_batch(nlp: Language, text: str, pieces: list[tuple[int, int, bool]],
                 batch: list[int], docs: dict[int, Doc]) -> None:
    """Parse the pieces numbered in ``batch`` in one ``nlp.pipe`` call, then empty it."""
    if not batch:
        return
    texts = [text[pieces[i][0]:pieces[i][1]] for i in batch]
    for i, doc in zip(batch, nlp.pipe(texts, batch_size=len(texts)), strict=True):
        docs[i] = doc
    batch.clear()
