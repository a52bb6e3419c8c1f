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
