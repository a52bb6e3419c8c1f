"""Issue 13: the shortcuts of the cue windows give what the full passes give.

- a list's first windows in a text are read off the text's word starts (``_direct``): the
  same (position, cue) pairs as the list's pairs for the whole text (``_hits``), each once;
- ``may_match`` says False only where every cue of the list finds nothing;
- the union that ``ends_with_cue`` tries before the cues anchored at one position fails
  exactly where each of them fails.
"""

from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from eventcoder.extract.cue_anchors import _text_index
from eventcoder.extract.cue_find import _group_filter, find_cues, may_match
from eventcoder.extract.cue_matchers import cue_matcher
from eventcoder.langpacks import load_pack
from test_cue_matching import cue_lists, sample_texts, synthetic_text


def _texts(pack, seed: str) -> list[str]:
    rng = random.Random(seed)
    return sample_texts()[:2] + [synthetic_text(pack, rng, n=80) for _ in range(2)]


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    cuts = [tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1))))
            for _ in range(6)]
    return [(0, len(text)), *cuts, *((a, min(len(text), a + rng.randrange(1, 80)))
                                     for a, _b in cuts)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_direct_windows_are_the_whole_texts_pairs(lang: str) -> None:
    pack = load_pack(lang)
    rng = random.Random(f"direct-{lang}")
    compared = nonempty = 0
    for text in _texts(pack, f"direct-{lang}"):
        for name, cues in cue_lists(pack).items():
            matcher = cue_matcher(cues)
            index = _text_index(text)
            if matcher.by_free_anchor or not index.exact:
                continue
            pairs, bits = matcher._hits(index), matcher.bits
            for start, end in _windows(text, rng):
                lo = bisect_left(pairs, start << bits)
                want = sorted(set(pairs[lo:bisect_left(pairs, end << bits, lo)]))
                got = matcher._direct(index, start, end)
                assert got == want, (name, start, end)
                compared += 1
                nonempty += bool(got)
    assert nonempty > compared // 4


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_may_match_is_false_only_where_nothing_is_found(lang: str) -> None:
    pack = load_pack(lang)
    rng = random.Random(f"may-{lang}")
    lists = list(cue_lists(pack).values())
    said_no = 0
    for text in _texts(pack, f"may-{lang}"):
        for _ in range(40):
            parts = rng.sample(lists, 3)
            joined = [c for part in parts for c in part]
            start, end = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
            if not may_match(joined, text, start, end):
                said_no += 1
                assert all(find_cues(part, text, start, end) == [] for part in parts)
            if any(find_cues(part, text, start, end) for part in parts):
                assert may_match(joined, text, start, end)
    assert said_no  # the look does say no somewhere
    assert not may_match([], "attack", 0, 6) and not may_match(pack.triggers, "x", 1, 1)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_group_union_fails_exactly_where_each_cue_fails(lang: str) -> None:
    pack = load_pack(lang)
    matcher = cue_matcher(pack.place_cues)
    index_text = _texts(pack, f"group-{lang}")[-1]
    index = _text_index(index_text)
    tried = failed = 0
    for start in range(0, len(index_text), 7):
        end = min(len(index_text), start + 60)
        events = matcher.window_events(index, start, end)
        if not events:
            continue
        window = index_text[start:end]
        at_pos: dict[int, list[int]] = {}
        for pos, i in events:
            at_pos.setdefault(pos, []).append(i)
        for pos, chosen in at_pos.items():
            union = _group_filter(matcher, tuple(chosen))
            if union is None:
                continue
            each = any(matcher.cues[i].regex.match(window, pos - start) for i in chosen)
            assert (union.match(window, pos - start) is not None) == each
            tried += 1
            failed += not each
    assert tried and failed
