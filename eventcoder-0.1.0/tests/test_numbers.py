"""Number words built with scales ("honderdtwintig", "two hundred and fifty") and years that are
no counts (numbers.yaml)."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.extract.numbers import find_numbers
from eventcoder.langpacks import load_pack


@pytest.mark.parametrize(
    ("lang", "phrase", "value"),
    [
        ("nl", "honderdtwintig", 120),
        ("nl", "driehonderdvijftig", 350),
        ("nl", "tweehonderdzevenenveertig", 247),
        ("nl", "honderd en vijf", 105),
        ("nl", "zes honderd", 600),
        ("nl", "elfhonderd", 1100),
        ("nl", "duizendtweehonderd", 1200),
        ("nl", "tweeduizend vijfhonderd", 2500),
        ("nl", "vijfhonderdduizend", 500_000),
        ("nl", "eenentwintig", 21),
        ("en", "one hundred and twenty", 120),
        ("en", "nine hundred ninety-nine", 999),
        ("en", "two thousand five hundred", 2500),
        ("en", "a thousand and one", 1001),
        ("en", "three hundred", 300),
    ],
)
def test_scaled_number_words(lang: str, phrase: str, value: int) -> None:
    spans = find_numbers(f"Er zijn {phrase} x.", load_pack(lang))
    assert [(s.text, s.low, s.high) for s in spans] == [(phrase, value, value)]


@pytest.mark.parametrize(
    ("lang", "phrase", "readings"),
    [
        # two numbers joined by "and" are two numbers, not their sum
        ("nl", "drie en vier", [3, 4]),
        ("en", "two and three", [2, 3]),
        # a plural scale is a vague quantity, read as its floor
        ("nl", "honderden", [100]),
        ("en", "hundreds", [100]),
    ],
)
def test_scales_do_not_swallow_other_numbers(lang: str, phrase: str, readings: list) -> None:
    spans = find_numbers(f"x {phrase} y", load_pack(lang))
    assert [s.low for s in spans] == readings


def test_a_scaled_toll_is_the_events_fatalities() -> None:
    code, _ = coder("nl", "2019-03-25")
    events = code(
        "date 2019-03-25\n\nBij een bomaanslag op een markt in Kabul zijn maandag "
        "honderdtwintig mensen om het leven gekomen."
    )
    assert [e.fatalities for e in events] == [120]


@pytest.mark.parametrize(
    ("lang", "phrase", "readings"),
    [
        # year_words: four digits after "in"/"sinds" are a year
        ("nl", "de aanslag die in 1998 het leven kostte aan 224 mensen", [224]),
        ("nl", "sinds 2014 zijn 1500 mensen gedood", [1500]),
        ("en", "the bombing in 1998 killed 224 people", [224]),
        # the same digits counting people stay a count
        ("nl", "er vielen 2000 doden", [2000]),
        ("en", "the toll stood at 2000", [2000]),
    ],
)
def test_a_year_is_no_count(lang: str, phrase: str, readings: list) -> None:
    assert [s.low for s in find_numbers(phrase, load_pack(lang))] == readings


def test_a_toll_told_after_its_year_is_not_the_year() -> None:
    code, _ = coder("nl", "1998-08-20")
    events = code(
        "date 1998-08-20\n\nDe bomaanslag op de Amerikaanse ambassade in Nairobi kostte op "
        "7 augustus 1998 het leven aan 224 mensen."
    )
    assert [e.fatalities for e in events] == [224]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_grammar_is_tried_where_a_number_may_start_only(lang: str) -> None:
    """find_numbers runs the grammar only where its start pass says a number may begin: the
    same matches as the grammar's own finditer, over any window (issue 13)."""
    import random

    from eventcoder.extract.numbers import _number_matches, _spec_words
    from eventcoder.langpacks.numbers import grammar
    from test_cue_matching import sample_texts

    pack = load_pack(lang)
    g = grammar(pack)
    rng = random.Random(f"numbers-{lang}")
    words = sorted({w for w in _spec_words(pack.numbers) if w.strip()})
    pieces = words + ["12", "3,5", "1.000", "14-3", "2019", "in", "the", "-", ",", ".", "x", "\n",
                      "Ca.", "ca", "1998", "AT", "İ", "ſ", "5km", "n-"]
    texts = sample_texts() + [
        "".join(rng.choice(pieces) + rng.choice([" ", "", "  ", "-", ", "]) for _ in range(400))
        for _ in range(4)]
    compared = 0
    for text in texts:
        windows = [(0, len(text))] + [
            tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1))))
            for _ in range(8)]
        for start, end in windows:
            expected = [(m.start(), m.end(), m.group(0))
                        for m in g.regex.finditer(text, start, end)]
            got = [(m.start(), m.end(), m.group(0))
                   for m in _number_matches(text, pack, start, end)]
            assert got == expected, (start, end)
            compared += len(expected)
    assert compared > 200
