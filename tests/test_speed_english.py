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


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dates_are_tried_where_a_date_may_start_only(lang: str) -> None:
    """find_times runs the date regex only where its start pass says a date may begin: the
    same matches as the regex's own finditer (news samples and shuffled pack words)."""
    import random

    from eventcoder.extract.dates import _date_matches, _date_starts
    from test_cue_matching import sample_texts

    pack = load_pack(lang)
    assert _date_starts(pack) is not None
    regex, _relative, tables = _time_patterns(pack)
    rng = random.Random(f"dates-{lang}")
    pieces = [str(k) for key in ("holidays", "markers", "weekdays", "months")
              for k in tables[key]] + ["12", "3", "2019", "-", ",", ".", "x", "th", "\n", "İ"]
    texts = sample_texts() + TEXTS + [
        "".join(rng.choice(pieces) + rng.choice([" ", "", "  ", "-", ", "]) for _ in range(300))
        for _ in range(4)]
    compared = 0
    for text in texts:
        expected = [(m.span(), m.group(0)) for m in regex.finditer(text)]
        assert [(m.span(), m.group(0)) for m in _date_matches(text, pack)] == expected
        compared += len(expected)
    assert compared > 50


def test_find_times_hands_each_caller_its_own_spans() -> None:
    """The times of a text are found once and copied: a caller marking its spans (a shift)
    changes no other caller's."""
    pack, text = load_pack("en"), TEXTS[0]
    first = find_times(text, pack)
    first[0].shift = 3
    again = find_times(text, pack)
    assert [t.__dict__ for t in again] == [
        {**t.__dict__, "shift": 0} if i == 0 else t.__dict__ for i, t in enumerate(first)]
    assert all(a is not b for a, b in zip(first, again, strict=True))


def test_tokens_at_most_is_the_bounded_count() -> None:
    """on_force_abroad's bounded word count answers as the full count does."""
    import random

    from eventcoder.extract.cue_find import tokens_at_most, tokens_between

    rng = random.Random("tokens")
    text = "".join(rng.choice(["a", "bc", " ", "  ", "\n", ",", "d e"]) for _ in range(400))
    for _ in range(2000):
        start, end = rng.randrange(-5, 410), rng.randrange(-5, 410)
        for n in (0, 1, 2, 5):
            assert tokens_at_most(text, start, end, n) == (tokens_between(text, start, end) <= n)


def test_name_interiors_answers_as_inside_name() -> None:
    """The bisection over names sorted by start gives every answer of the plain pass."""
    import random

    from eventcoder.extract.spans import PlaceSpan, inside_name, name_interiors

    rng = random.Random(13)
    for _ in range(50):
        places = []
        for _n in range(rng.randrange(0, 8)):
            start = rng.randrange(0, 60)
            places.append(PlaceSpan(start=start, end=start + rng.randrange(1, 25), text="x"))
        inside = name_interiors(places)
        for start in range(0, 70, 3):
            for end in range(start + 1, start + 12, 2):
                assert inside(start, end) == inside_name(places, start, end)
    # "Datu Saudi Ampatuan": the inside of a name; "Mexico City": its first word is not
    inside = name_interiors([PlaceSpan(start=0, end=19, text="Datu Saudi Ampatuan")])
    assert inside(5, 10) and not inside(0, 4) and not inside(15, 19)


def test_anchorless_trigger_parts_run_only_where_their_words_stand() -> None:
    """The trigger scan's (position, pattern) pairs equal those of running every pattern
    without an anchor over the text, though it skips those whose needed words are absent."""
    from eventcoder.extract.cue_matchers import _lookahead, _text_index, cue_matcher
    from eventcoder.extract.spans import trigger_scan

    scan = trigger_scan(load_pack("nl"))
    assert scan is not None
    matcher = cue_matcher(scan.parts)
    assert matcher.always  # the Dutch pack has triggers with no literal first word
    texts = ["Duizenden boeren voerden actie; de treinstaking en een protestmars in Utrecht.",
             "Het weer was zonnig en de markt trok veel bezoekers.", "",
             "Honderden studenten betoogden. Rebellen vielen de stad gisteren aan."]
    for text in texts:
        index = _text_index(text)
        plain = sorted([(pair >> matcher.bits, pair & matcher.mask)
                        for pair in matcher._hits(index)] + [
            (m.start(), i) for i in matcher.always
            for m in _lookahead(scan.parts[i].regex).finditer(text)])
        assert scan._starts(text) == plain
    assert any(scan._required or [])


def test_required_literals_are_words_every_match_holds() -> None:
    """What a pattern's structure says every match must hold, folded as the text index
    folds; None where it says nothing (an alternation with a branch of no letters)."""
    import re

    from eventcoder.extract.cue_anchors import fold_case
    from eventcoder.extract.cue_matchers import required_literals

    flags = re.IGNORECASE
    # the choice whose shortest word is longest: "honderd" over "mensen" or "boeren"
    assert required_literals(re.compile(r"(?<![\w])(\w+honderd[\s\-]+(mensen|Boeren))",
                                        flags)) == ("honderd",)
    assert required_literals(re.compile(r"(\w+hond[\s\-]+(mensen|Boeren))",
                                        flags)) == ("boeren", "mensen")
    assert required_literals(re.compile(r"(?:ab)?cd")) == ("cd",)
    assert required_literals(re.compile(r"x{0,2}yz|q+yz")) == ("yz",)
    assert required_literals(re.compile(r"(foo|\d+)")) is None
    assert required_literals(re.compile(r"\w+")) is None
    assert required_literals(re.compile(r"(viel|vielen|valt|vallen)\s+aan")) == (
        "allen", "alt", "iel", "ielen")
    regexes = [re.compile(p, flags) for p in (
        r"(?<![\w])([\w'\-]*betoging|\w+protest(en)?)", r"(stak|staken)\s+\S+\s+in\s?brand",
        r"(?<![\w])(?:ſtaking|Kelvin)")]
    texts = ["De betoging in Den Haag.", "Zij staken het huis in brand.", "Een STAKING, "
             "ſtaking; kelvin", "Niets hier.", "Anti-protesten", "in brand gestoken"]
    for regex in regexes:
        words = required_literals(regex)
        assert words
        for text in texts:
            if regex.search(text):
                assert any(word in fold_case(text) for word in words), (regex, text)


def test_lemma_trigger_tokens_are_those_a_token_walk_finds() -> None:
    """The tokens whose lemma is a trigger, from the lemma column, are those (and in that
    order) a walk over every token finds."""
    from eventcoder.cli import SAMPLE_DIR
    from eventcoder.extract.scan import _lemma_trigger_tokens
    from eventcoder.ingest import read_paths
    from eventcoder.nlp import load_pipeline

    pack = load_pack("nl")
    assert pack.lemma_triggers
    article = next(a for a in read_paths([SAMPLE_DIR]) if a.language == "nl")
    doc = load_pipeline("nl")(article.text + " Agenten arresteerden twee mannen.")
    walk = [(t.i, pack.lemma_triggers[t.lemma_.lower()]) for t in doc
            if pack.lemma_triggers.get(t.lemma_.lower())]
    assert walk and _lemma_trigger_tokens(doc, pack.lemma_triggers) == walk
    rules = {"zzz": ("Arrests", 1.0)}
    assert _lemma_trigger_tokens(doc, rules) == []
