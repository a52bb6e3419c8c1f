"""Issue 13, English throughput: the shortcuts in the scan give the same results as the plain
passes they replace."""

from __future__ import annotations

import pytest

from eventcoder.extract import scan as scan_module
from eventcoder.extract.dates import _relative_matches, _time_patterns, find_times
from eventcoder.extract.numbers import find_numbers
from eventcoder.extract.scan import scan_article
from eventcoder.langpacks import load_pack

TEXTS = [
    "Last week protesters marched; last weekend police fired tear gas. This morning, "
    "the day before yesterday and the past few days, yesterday's clashes went on overnight.",
    "A week ago, this evening, tonight, this week, past week, last month: today. "
    "Lastweek isn't one, nor is yesterdays; TODAY is, as is last-night.",
    "Vorige week en gisteren, vannacht, vanochtend en afgelopen weekend; eergisteren ook.",
    "",
]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("text", TEXTS)
def test_relative_times_match_each_pattern_own_pass(lang: str, text: str) -> None:
    """One union pass finds, per pattern, exactly its own ``finditer`` matches."""
    pack = load_pack(lang)
    relative = _time_patterns(pack)[1]
    assert relative
    plain = [[m.span() for m in p.finditer(text)] for p, _ in relative]
    fast = [[m.span() for m in ms] for ms in _relative_matches(text, pack)]
    assert fast == plain


def test_relative_times_found() -> None:
    spans = [t.text for t in find_times(TEXTS[0], load_pack("en"))]
    assert "Last week" in spans and "last weekend" in spans and "yesterday" in spans


def _count_number_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []

    def counting(text, pack, start=0, end=None):  # type: ignore[no-untyped-def]
        calls.append(1)
        return find_numbers(text, pack, start, end)

    monkeypatch.setattr(scan_module, "find_numbers", counting)
    return calls


def test_numbers_skipped_without_casualty_words(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_number_passes(monkeypatch)
    scan = scan_article("The council met 3 times on Monday. It voted 12 to 4.", load_pack("en"))
    assert calls == []
    assert all(not s.casualties for s in scan.sentences)


def test_numbers_read_once_for_casualties(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_number_passes(monkeypatch)
    scan = scan_article("Gunmen killed 12 people in Kabul on Monday. Two more were wounded "
                        "on Tuesday.", load_pack("en"))
    assert calls == [1]
    tolls = [(c.kind.value, c.low) for s in scan.sentences for c in s.casualties]
    assert len(tolls) == 2 and {low for _k, low in tolls} == {12, 2}


def test_cue_candidates_survive_matcher_id_reuse() -> None:
    """Cue lists made and dropped by the hundred (more than the matcher cache keeps) each
    get their own candidates over one text's index: a matcher freed from the cache may
    leave its id to a new one, which must not read the old one's hits."""
    from eventcoder.extract.cue_matchers import MATCHER_CACHE, candidate_cues
    from eventcoder.langpacks import Cue, compile_pattern

    words = [f"w{n}x" for n in range(40)]
    text = " ".join(words[::2]) + " " + "filler " * 400  # long: the article's index
    for n in range(3 * MATCHER_CACHE):
        word = words[n % len(words)]
        cues = [Cue(pattern=word, value=n, regex=compile_pattern(word)),
                Cue(pattern="zzz" + word, value=-n, regex=compile_pattern("zzz" + word))]
        got = [c.value for c in candidate_cues(cues, text)]
        assert got == ([n] if (n % len(words)) % 2 == 0 else []), (n, got)
