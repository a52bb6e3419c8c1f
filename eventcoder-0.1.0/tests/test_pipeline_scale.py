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


def _word_by_word_index(text: str, folded: str) -> dict[str, list[int]]:
    """The anchor index as the word-by-word scan built it: at every start of a word (no
    word character before it in the text), each registered anchor the folded word begins
    with."""
    import re

    from eventcoder.extract.spans import _REGISTRY

    anchors, lengths = _REGISTRY.anchors, _REGISTRY.lengths
    out: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<![\w])(?=\S)", text):
        p = m.start()
        hit = re.match(r"\S+", folded[p:p + lengths[-1]])
        word = hit.group() if hit else ""
        for n in lengths:
            if n <= len(word) and word[:n] in anchors:
                out.setdefault(word[:n], []).append(p)
    return out


def test_the_one_pass_anchor_index_finds_what_a_scan_word_by_word_finds():
    import random

    from eventcoder.extract.spans import _REGISTRY, _TextIndex, cue_matcher
    from eventcoder.langpacks import load_pack

    for lang in ("nl", "en"):
        pack = load_pack(lang)
        for cues in (pack.triggers, pack.actor_aliases, pack.country_cues, pack.modality):
            cue_matcher(cues)
    anchors = sorted(_REGISTRY.anchors)
    rng = random.Random(13)
    glue = [" ", "-", "'", "(", "\n", "", ".", "ι", "Ι", "\u0345", "İ", "ſ", "Σ"]
    texts = [english_sample().text, "Bij een AANSLAG in Kabul kwamen twee mensen om."]
    texts += ["".join((rng.choice(anchors).upper() if rng.random() < 0.2 else rng.choice(anchors))
                      + rng.choice(glue) for _ in range(60)) for _ in range(400)]
    checked = 0
    for text in texts:
        index = _TextIndex(text)
        if index.exact:
            assert index.positions_of == _word_by_word_index(text, index.folded), text
            checked += 1
    assert checked > 300


def test_folding_turns_no_other_character_into_a_word_character():
    """The index's regex runs over the folded text: a character that is no word character
    in the text but is one folded would hide a word start from it."""
    import re
    import sys

    from eventcoder.extract.spans import fold_case

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.lower() == char and code not in (0x345,):
            continue
        folded = fold_case(char)
        if len(folded) == 1 and not word.match(char):
            assert not word.match(folded), hex(code)


def test_folding_skips_the_tables_only_where_they_change_nothing():
    import random

    from eventcoder.extract.spans import _FOLD_EXTRA, fold_case

    chars = [chr(c) for c in _FOLD_EXTRA] + ["İ", "I", "a", "Σ", "ß", " ", "é"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 12)))
        assert fold_case(text) == text.translate({0x130: "i"}).lower().translate(_FOLD_EXTRA)
