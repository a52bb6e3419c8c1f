"""Parsing only the trigger windows: the doc keeps the article's text and offsets, the coder
finds what the whole-text parse finds, and the setting switches the old path back on."""

from __future__ import annotations

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.extract import pack_for
from eventcoder.extract.spans import trigger_scan
from eventcoder.ingest import read_paths
from eventcoder.nlp import load_pipeline
from eventcoder.nlp.windows import (
    PARSE_CONTEXT,
    PARSE_CONTEXT_ENV,
    InvalidParseContext,
    can_window,
    parse_context,
    parse_windows,
    window_spans,
)
from eventcoder.pipeline import code_article, parse_article
from eventcoder.records import Article

# Dutch sentences about nothing the coder codes (checked below: no trigger matches them).
FILLER = (
    "Het weer was zonnig in het hele land. De markt in het dorp trok veel bezoekers. "
    "Volgens de gemeente wordt de nieuwe bibliotheek in het voorjaar geopend. "
    "De trein naar Utrecht reed die ochtend met enige vertraging.\n\n"
)


def dutch_sample() -> Article:
    return next(a for a in read_paths([SAMPLE_DIR]) if a.language == "nl")


def english_sample() -> Article:
    return next(a for a in read_paths([SAMPLE_DIR]) if a.language == "en")


def _events(events) -> list[dict]:
    return [e.model_dump() for e in events]


def _parsed(doc) -> list[bool]:
    return [bool(t.dep_) for t in doc]


def test_filler_holds_no_trigger():
    assert trigger_scan(pack_for(dutch_sample())).search(FILLER) is None


def test_the_setting_defaults_and_parses(monkeypatch):
    monkeypatch.delenv(PARSE_CONTEXT_ENV, raising=False)
    assert parse_context() == PARSE_CONTEXT
    monkeypatch.setenv(PARSE_CONTEXT_ENV, "all")
    assert parse_context() is None
    monkeypatch.setenv(PARSE_CONTEXT_ENV, "0")
    assert parse_context() == 0
    for bad in ("-1", "two"):
        monkeypatch.setenv(PARSE_CONTEXT_ENV, bad)
        with pytest.raises(InvalidParseContext):
            parse_context()


def test_window_spans_cover_the_text_and_keep_first_and_neighbours():
    sentences = [(i * 10, i * 10 + 9) for i in range(10)]  # ten sentences of ten characters
    pieces = window_spans(sentences, [55], 1, 100)
    assert pieces == [(0, 10, True), (10, 40, False), (40, 70, True), (70, 100, False)]
    assert window_spans(sentences, [], 2, 100) == [(0, 10, True), (10, 100, False)]
    assert window_spans(sentences, [5, 95], 0, 100) == [
        (0, 10, True), (10, 90, False), (90, 100, True)]


def test_a_windowed_doc_keeps_the_article_text_offsets_and_sentences():
    nlp = load_pipeline("nl")
    assert can_window(nlp)
    text = FILLER * 6 + dutch_sample().text + "\n\n" + FILLER * 6
    hits = [m.start() for m in trigger_scan(pack_for(dutch_sample())).finditer(text)]
    doc = parse_windows(nlp, text, hits, 1)
    whole = nlp(text)
    assert doc.text == text and len(doc) == len(whole)
    assert [(s.start_char, s.end_char) for s in doc.sents] == [
        (s.start_char, s.end_char) for s in whole.sents]
    parsed = _parsed(doc)
    assert any(parsed) and not all(parsed)  # windows only: the filler far away is not parsed
    assert all(not p for p in parsed[len(nlp.make_doc(FILLER * 2)):len(nlp.make_doc(FILLER * 4))])
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    # every trigger word is parsed, with the same analysis as in the whole parse
    for hit in hits:
        token = doc.char_span(hit, hit + 1, alignment_mode="expand")[0]
        same = whole[token.i]
        assert (token.dep_, token.head.i, token.lemma_, token.pos_) == (
            same.dep_, same.head.i, same.lemma_, same.pos_)


def test_a_trigger_sentence_far_into_a_long_text_is_still_coded(monkeypatch):
    seed = dutch_sample()
    text = FILLER * 50 + seed.text + "\n\n" + FILLER * 10
    assert text.index(seed.text) > 10_000
    article = seed.model_copy(update={"text": text})
    monkeypatch.setenv(PARSE_CONTEXT_ENV, "all")
    whole = code_article(article.model_copy())
    monkeypatch.setenv(PARSE_CONTEXT_ENV, "1")
    windowed = code_article(article.model_copy())
    assert {e.geonameid for e in windowed} >= {1130490, 1135689}
    assert _events(windowed) == _events(whole)
    for event in windowed:  # evidence offsets are the long article's
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("context", ["0", "2"])
def test_the_whole_and_the_windowed_parse_code_the_seed_alike(monkeypatch, context):
    seed = dutch_sample()
    monkeypatch.setenv(PARSE_CONTEXT_ENV, "all")
    whole = code_article(seed.model_copy())
    monkeypatch.setenv(PARSE_CONTEXT_ENV, context)
    windowed = code_article(seed.model_copy())
    assert [e.geonameid for e in whole] == [1130490, 1135689]
    assert _events(windowed) == _events(whole)


def test_whole_text_where_windows_cannot_help(monkeypatch):
    monkeypatch.delenv(PARSE_CONTEXT_ENV, raising=False)
    english = english_sample()
    nlp = load_pipeline("en")
    assert not can_window(nlp)  # a blank tokenizer and sentencizer: nothing to skip
    assert parse_article(nlp, english).text == english.text
    dutch = dutch_sample()
    doc = parse_article(load_pipeline("nl"), dutch, context=None)
    assert all(_parsed(doc))


def test_a_word_spelled_as_a_lemma_trigger_is_parsed_where_no_pattern_matches(monkeypatch):
    monkeypatch.delenv(PARSE_CONTEXT_ENV, raising=False)
    pack = pack_for(dutch_sample())
    scan = trigger_scan(pack)
    word = next(w for w in sorted(pack.lemma_triggers) if scan.search(f"Zij {w} hem.") is None)
    text = FILLER * 4 + f"Zij wilden hem daar {word}.\n\n" + FILLER * 4
    assert scan.search(text) is None  # only the lemmatizer would find this trigger
    article = Article(id="lemma", text=text, language="nl")
    doc = parse_article(load_pipeline("nl"), article)
    token = doc.char_span(text.index(word), text.index(word) + len(word))[0]
    assert token.lemma_.lower() == word and token.dep_
    assert not all(_parsed(doc))
