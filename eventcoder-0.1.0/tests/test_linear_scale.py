"""What keeps a long article's cost linear gives what the scans it replaced gave.

Cue lists over a whole article run each cue only at its anchors (:func:`cue_matches`), and the
geocoder's context without one name is made once per name: both must answer exactly as the
plain per-cue scan and the per-mention rebuild did (issue 13, benchmarks/README.md).
"""

from __future__ import annotations

import random

import pytest

from eventcoder.extract.cue_matchers import LONG_WINDOW, candidate_cues, cue_matches
from eventcoder.geo import get_geocoder
from eventcoder.geo.context import ArticleContext
from eventcoder.langpacks import load_pack
from eventcoder.records import PlaceMention
from test_cue_matching import cue_lists, sample_texts, synthetic_text


def reference_matches(cues, text, start, end):
    return [(id(cue), m.start(), m.end()) for cue in candidate_cues(cues, text, start, end)
            for m in cue.regex.finditer(text, start, end)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_anchored_matching_over_long_windows_equals_each_cue_scan(lang):
    pack = load_pack(lang)
    rng = random.Random(f"long-{lang}")
    texts = ["\n\n".join(sample_texts() * 3), synthetic_text(pack, rng, 600)]
    compared = matched = 0
    for text in texts:
        assert len(text) > 3 * LONG_WINDOW
        for name, cues in cue_lists(pack).items():
            windows = [(0, len(text))]
            for _ in range(3):
                a = rng.randrange(len(text) - LONG_WINDOW)
                windows.append((a, min(len(text), a + LONG_WINDOW + rng.randrange(3000))))
            for start, end in windows:
                got = [(id(cue), m.start(), m.end())
                       for cue, m in cue_matches(cues, text, start, end)]
                expected = reference_matches(cues, text, start, end)
                assert got == expected, (name, start, end)
                compared += 1
                matched += bool(expected)
    assert matched > compared // 3  # the texts exercise the cues


def test_the_context_without_a_name_is_made_once_and_equals_a_fresh_one():
    text = ("Police in Utrecht and Amsterdam said protesters from Rotterdam marched. In Utrecht "
            "the Utrecht province police, in Gelderland and in Arnhem, later in Amsterdam.")
    names = ["Utrecht", "Amsterdam", "Rotterdam", "Utrecht", "Utrecht", "Gelderland", "Arnhem",
             "Amsterdam"]
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        mentions.append(PlaceMention(text=name, start=start, end=start + len(name)))
        pos = start + len(name)
    out = get_geocoder().resolve_mentions(text, mentions, lang="en")
    ctx = ArticleContext.from_resolutions(out)
    assert ctx.points and ctx.countries
    for r in out:
        # a context built anew has made no context without a name yet
        got, expected = ctx.without(r), ArticleContext.from_resolutions(out).without(r)
        assert got is ctx.without(r)  # once per name
        assert got.countries == expected.countries and got.adm1 == expected.adm1
        assert got.provinces == expected.provinces and got.points == expected.points
        for other in out:
            if other.entry is not None:
                assert got.bonus(other.entry) == expected.bonus(other.entry)
                assert got.in_context(other.entry) == expected.in_context(other.entry)
    assert ctx.without(out[0]) is ctx.without(out[3])  # "Utrecht" twice: one context


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_registered_pack_adds_no_anchor_later(lang):
    """Every cue list of the pack is compiled up front: a list first used mid-run would
    rebuild the scanner and every text's index (benchmarks/README.md)."""
    from eventcoder.extract.cue_anchors import _REGISTRY
    from eventcoder.extract.cue_matchers import CueMatcher, register_pack

    pack = load_pack(lang)
    register_pack(pack)
    version = _REGISTRY.version
    for cues in cue_lists(pack).values():
        CueMatcher(list(cues))  # a fresh matcher registers its anchors again
    assert _REGISTRY.version == version


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters will march next Sunday in Kabul. On Monday an attack killed 5 people "
           "near the parliament, police said; the army blamed the Taliban."),
    ("nl", "Komende zondag is er een mars in Utrecht. Maandag kwamen bij een aanslag in Kabul "
           "vijf mensen om bij het parlement, meldt de politie."),
])
def test_coding_after_register_pack_adds_no_anchor(lang, text):
    """The cue lists stages build from a pack's data (national sites, future markers) are
    compiled by register_pack too (PACK_CUE_LISTS): one first used mid-run rebuilt the anchor
    scanner and every text's index, once per process (a twentieth of a 400-article run)."""
    from eventcoder.extract import extract_events
    from eventcoder.extract.cue_anchors import _REGISTRY
    from eventcoder.extract.cue_matchers import register_pack
    from eventcoder.records import Article

    pack = load_pack(lang)
    register_pack(pack)
    version = _REGISTRY.version
    for n, body in enumerate([text, *sample_texts()]):
        extract_events(Article(id=f"a{n}", text=body, language=lang, published="2024-03-06"))
    assert _REGISTRY.version == version


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_adjective_union_answers_as_each_adjective(lang):
    from eventcoder.extract.scan_places import _any_fullmatch

    adjectives = [c for c in load_pack(lang).country_cues if c.value[1] == "adjective"]
    is_adjective = _any_fullmatch(tuple(c.regex for c in adjectives))
    words = [c.pattern.strip("=*") for c in adjectives]
    words += [w + suffix for w in words for suffix in ("e", "en", "s", " leger", "-")]
    words += [w.upper() for w in words] + ["Kabul", "Nederland", "", "the"]
    assert any(map(is_adjective, words)) and not all(map(is_adjective, words))
    for word in words:
        assert is_adjective(word) == any(c.regex.fullmatch(word) for c in adjectives), word


def test_kept_spans_are_those_of_the_check_against_every_kept_span():
    from eventcoder.extract.cue_find import non_overlapping

    def reference(found):
        found = sorted(found, key=lambda f: (-(f[1] - f[0]), f[0]))
        kept = []
        for item in found:
            if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
                kept.append(item)
        return sorted(kept, key=lambda f: f[0])

    rng = random.Random(13)
    for _ in range(3000):
        found = []
        for n in range(rng.randrange(40)):
            start = rng.randrange(120)
            found.append((start, start + rng.randrange(0 if rng.random() < 0.05 else 1, 15), n))
        assert non_overlapping(list(found)) == reference(found), found


def test_the_sentence_around_an_offset_is_found_scanning_back():
    from eventcoder.extract.scope import _SENTENCE_END, sentence_around

    def reference(text, offset):
        start = 0
        for m in _SENTENCE_END.finditer(text, 0, offset):
            start = m.end()
        after = _SENTENCE_END.search(text, offset)
        end = after.end() if after else len(text)
        while start < end and text[start].isspace():
            start += 1
        return start, end

    rng = random.Random(14)
    pieces = ["word", "B", ".", "!", "?", " ", "\n", "\n\n", '"', "(", ")", "7", "’", "  \n "]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 1500)))
        offset = rng.randrange(len(text) + 1)
        assert sentence_around(text, offset) == reference(text, offset), (text, offset)
