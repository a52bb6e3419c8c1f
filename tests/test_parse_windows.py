"""Parsing only the trigger windows: the doc keeps the article's text and offsets, the coder
finds what the whole-text parse finds, and the setting switches the old path back on."""

from __future__ import annotations

import pytest
import spacy

import eventcoder.nlp.windows as windows
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
    ruler_needs,
    segment,
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


# The two shortcuts of the windowed parse: parsed windows written into the segmented whole
# doc (instead of a new doc joined from pieces), and attribute rulers skipped on a text none
# of their patterns can match. Each must give what the long way gives.

def _arrays(doc):
    from spacy.attrs import IDX, SENT_START
    from spacy.tokens import Doc

    attrs = [a for a in Doc._get_array_attrs() if a != SENT_START] + [IDX]
    return doc.to_array(attrs).tolist()


def _long_text() -> str:
    quote = "Hij zei het. ,,Wij gaan door.\" Dat was alles.\n\n"
    return FILLER * 4 + quote + dutch_sample().text + "\n\n" + quote + FILLER * 4


def test_windows_written_into_the_whole_doc_equal_the_joined_pieces(monkeypatch):
    nlp = load_pipeline("nl")
    text = _long_text()
    hits = [m.start() for m in trigger_scan(pack_for(dutch_sample())).finditer(text)]
    fast = parse_windows(nlp, text, hits, 1)
    monkeypatch.setattr(windows, "_join_on_rough", lambda *args: None)
    slow = parse_windows(nlp, text, hits, 1)
    assert fast is not slow and fast.text == slow.text == text
    assert _arrays(fast) == _arrays(slow)
    assert [(s.start, s.end) for s in fast.sents] == [(s.start, s.end) for s in slow.sents]
    assert [(e.start, e.end, e.label_) for e in fast.ents] == [
        (e.start, e.end, e.label_) for e in slow.ents]
    parsed = [bool(t.dep_) for t in fast]
    assert any(parsed) and not all(parsed)
    assert [(t.left_edge.i, t.right_edge.i) for t in fast] == [
        (t.left_edge.i, t.right_edge.i) for t in slow]


def test_a_window_tokenised_otherwise_is_not_written_in():
    nlp = load_pipeline("nl")
    text = "Eerste zin hier. Tweede zin daar. Derde zin ook."
    rough = segment(nlp, text)
    sents = list(rough.sents)
    assert len(sents) == 3
    pieces = [(0, sents[1].start_char, True), (sents[1].start_char, len(text), False)]
    starts = {s.start_char: s.start for s in sents}
    other = nlp("Eerste  zin hier. ")  # one token more than the rough doc holds there
    assert windows._join_on_rough(rough, pieces, {0: other}, starts) is None
    same = nlp(text[:sents[1].start_char])
    joined = windows._join_on_rough(rough, pieces, {0: same}, starts)
    assert joined is rough and rough[0].pos_ == same[0].pos_ and not rough[-2].pos_


def _ruler_nlp(patterns):
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_a_ruler_needs_a_string_of_each_patterns_first_required_token():
    quote = [{"ORTH": "."}, {"ORTH": {"IN": [",,", "\u201e"]}}, {"IS_PUNCT": False}]
    nlp, ruler = _ruler_nlp([{"patterns": [quote], "attrs": {"SENT_START": 1}, "index": 1}])
    assert ruler_needs(ruler) == frozenset({"."})
    optional = [{"ORTH": "!", "OP": "?"}, {"TEXT": {"IN": ["ja", "nee"]}}]
    ruler.add_patterns([{"patterns": [optional], "attrs": {"TAG": "X"}}])
    assert ruler_needs(ruler) == frozenset({".", "ja", "nee"})  # recomputed: one more pattern
    ruler.add_patterns([{"patterns": [[{"IS_PUNCT": True}]], "attrs": {"TAG": "Y"}}])
    assert ruler_needs(ruler) is None  # that pattern can match any text
    assert ruler_needs(nlp.get_pipe("sentencizer")) is None


def test_a_skipped_ruler_is_one_that_would_change_nothing():
    pattern = [{"ORTH": ",,"}, {"IS_PUNCT": False}]
    nlp, ruler = _ruler_nlp([{"patterns": [pattern], "attrs": {"TAG": "QUOTE"}}])
    assert ruler_needs(ruler) == frozenset({",,"})
    calls = []
    real = type(ruler).__call__
    monkey = type("Counting", (type(ruler),), {
        "__call__": lambda self, doc: calls.append(1) or real(self, doc)})
    ruler.__class__ = monkey
    plain = segment(nlp, "Hij zei het niet. Nee.")
    assert not calls and all(t.tag_ == "" for t in plain)
    quoted = segment(nlp, "Hij zei: ,,Nee.")
    assert calls and [t.text for t in quoted if t.tag_ == "QUOTE"] == [",,"]
