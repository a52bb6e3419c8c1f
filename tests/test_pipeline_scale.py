"""Long articles: read by the language model in windows with the article's own offsets, and
skipped with a reason beyond the maximum article size."""

from __future__ import annotations

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.ingest import read_paths
from eventcoder.nlp import load_pipeline
from eventcoder.pipeline import code_article, code_articles, parse_text, text_windows
from eventcoder.records import Article


@pytest.mark.parametrize("size", [7, 50, 400])
def test_windows_cover_the_text_exactly_and_cut_at_breaks(size):
    text = ("Een zin hier. Nog een zin.\n\nEen nieuwe alinea met woorden " * 40).strip()
    pieces = text_windows(text, size)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(0 < end - start <= size for start, end in pieces)
    if size >= 50:  # room for a break in a window's second half: no cut inside a word
        assert all(text[end - 1] in " \n" for _start, end in pieces[:-1])


def english_sample() -> Article:
    return next(a for a in read_paths([SAMPLE_DIR]) if a.language == "en")


def _trimmed(sents) -> list[tuple[int, int]]:
    """Sentences as the extractor uses them: blank ones dropped, whitespace trimmed."""
    out = []
    for s in sents:
        body = s.text.strip()
        if body:
            start = s.start_char + s.text.index(body)
            out.append((start, start + len(body)))
    return out


def _summary(events) -> list[tuple]:
    return sorted((e.event_type, e.sub_event_type, e.location, e.event_date, e.fatalities,
                   e.actor1) for e in events)


def test_a_windowed_parse_keeps_text_offsets_and_events(monkeypatch):
    import eventcoder.pipeline as pipeline

    article = english_sample()
    long_text = "\n\n".join([article.text] * 6)
    nlp = load_pipeline("en")
    doc = parse_text(nlp, long_text, window=len(article.text) + 10)
    assert doc.text == long_text
    assert _trimmed(doc.sents) == _trimmed(nlp(long_text).sents)
    long_article = article.model_copy(update={"text": long_text})
    whole = code_article(long_article)
    monkeypatch.setattr(pipeline, "NLP_WINDOW", len(article.text) + 10)
    windowed = code_article(long_article)
    assert whole and _summary(windowed) == _summary(whole)


def test_an_article_over_the_maximum_size_is_skipped_with_its_reason(monkeypatch):
    article = english_sample()
    monkeypatch.setenv("EVENTCODER_MAX_CHARS", str(len(article.text) - 1))
    results = list(code_articles([article]))
    assert len(results) == 1 and results[0].events == []
    assert "too long" in results[0].failure and "EVENTCODER_MAX_CHARS" in results[0].failure
    monkeypatch.setenv("EVENTCODER_MAX_CHARS", str(len(article.text)))
    assert list(code_articles([article]))[0].failure is None
