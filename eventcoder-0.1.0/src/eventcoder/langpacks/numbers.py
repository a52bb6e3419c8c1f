"""A language's number grammar, compiled from its pack's ``numbers.yaml``.

This module only knows how numbers are built (a unit, a joiner, a ten; a count of hundreds or
thousands and the rest, "honderdtwintig", "two hundred and fifty"; a range between two
numbers); the words come from the pack. It sits beside the packs so that every stage that
reads numbers (extraction's tolls, the geocoder's "20 km north of") uses one grammar and no
stage imports another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventcoder.langpacks import LanguagePack


def _alt(words: list[str]) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@dataclass(frozen=True)
class NumberGrammar:
    """The compiled number grammar of one language."""

    regex: re.Pattern[str]
    words: dict[str, int]
    quantifiers: dict[str, tuple[int | None, int | None]]
    at_least: frozenset[str]
    approximately: frozenset[str]
    at_most: frozenset[str]
    compound: re.Pattern[str] | None
    scales: dict[str, int]
    thousands: str
    decimal: str
    scaled: re.Pattern[str] | None = None  # a number built with scales ("driehonderdvijftig")
    scale_joiners: frozenset[str] = frozenset()
    part_words: tuple[str, ...] = ()  # one-word parts of scaled numbers, longest first
    year_words: frozenset[str] = frozenset()  # words before a year ("in 1998", "sinds 2014")


@cache
def grammar(pack: LanguagePack) -> NumberGrammar:
    spec = pack.numbers
    words = {str(k).lower(): int(v) for k, v in (spec.get("words") or {}).items()}
    quants = {
        str(k).lower(): (v[0], v[1]) for k, v in (spec.get("quantifiers") or {}).items()
    }
    units = [w for w, v in words.items() if 1 <= v <= 9 and " " not in w]
    tens = [w for w, v in words.items() if v in range(20, 100, 10)]
    comp = spec.get("compound") or {}
    compound = None
    if comp and units and tens:
        joiner = re.escape(comp.get("joiner", ""))
        first, second = (units, tens) if comp.get("unit_first") else (tens, units)
        compound = re.compile(rf"(?P<a>{_alt(first)}){joiner}(?P<b>{_alt(second)})", re.I)
    thousands = re.escape(spec.get("thousands_separator", ","))
    decimal = re.escape(spec.get("decimal_separator", "."))
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+|\d+(?:{decimal}\d+)?"
    compound_alt = (
        compound.pattern.replace("(?P<a>", "(?:").replace("(?P<b>", "(?:") if compound else ""
    )
    scales = {str(k).lower(): int(v) for k, v in (spec.get("scales") or {}).items()}
    scale_joiners = [str(j).lower() for j in spec.get("scale_joiners") or []]
    scaled = _scaled_pattern(words, compound_alt, scales, scale_joiners)
    core_parts = [digits]
    if scaled:
        core_parts.append(scaled)
    if compound_alt:
        core_parts.append(compound_alt)
    core_parts.append(_alt(list(words)))
    core = "|".join(f"(?:{p})" for p in core_parts if p)
    quant = _alt(list(quants))
    mods = _alt(
        list(spec.get("at_least") or [])
        + list(spec.get("approximately") or [])
        + list(spec.get("at_most") or [])
    )
    joiners = _alt(list(spec.get("range_joiners") or []))
    between = _alt(list(spec.get("range_between") or []))
    between_joiner = re.escape(spec.get("range_between_joiner", "and"))
    number = rf"(?:{core})"
    pattern = (
        rf"(?<![\w\-.,])(?:(?P<between>{between})\s+(?P<b1>{number})\s+{between_joiner}\s+"
        rf"(?P<b2>{number})"
        rf"|(?:(?P<mod>{mods})\s+)?(?:(?P<q>{quant})|(?P<n1>{number})"
        rf"(?:\s*(?:{joiners})\s*(?P<n2>{number}))?))(?![\w\-])"
        if between
        else rf"(?<![\w\-.,])(?:(?P<mod>{mods})\s+)?(?:(?P<q>{quant})|(?P<n1>{number})"
        rf"(?:\s*(?:{joiners})\s*(?P<n2>{number}))?)(?![\w\-])"
    )
    return NumberGrammar(
        regex=re.compile(pattern, re.IGNORECASE),
        words=words,
        quantifiers=quants,
        at_least=frozenset(w.lower() for w in spec.get("at_least") or []),
        approximately=frozenset(w.lower() for w in spec.get("approximately") or []),
        at_most=frozenset(w.lower() for w in spec.get("at_most") or []),
        compound=compound,
        scales=scales,
        thousands=spec.get("thousands_separator", ","),
        decimal=spec.get("decimal_separator", "."),
        scaled=re.compile(scaled, re.I) if scaled else None,
        scale_joiners=frozenset(scale_joiners),
        part_words=tuple(sorted({w for w in (*words, *scales, *scale_joiners)
                                 if w and " " not in w}, key=len, reverse=True)),
        year_words=frozenset(str(w).lower() for w in spec.get("year_words") or []),
    )


def _scaled_pattern(
    words: dict[str, int], compound: str, scales: dict[str, int], joiners: list[str]
) -> str:
    """A regex for numbers built with scales: [count] hundred [and rest], [count] thousand
    [and rest], written as one word or several ("honderdtwintig", "twee duizend vijfhonderd",
    "one hundred and twenty"). Empty without scales."""
    hundred = [w for w, v in scales.items() if v == 100]
    thousand = [w for w, v in scales.items() if v == 1000]
    if not hundred:
        return ""
    small = [w for w, v in words.items() if 1 <= v <= 19 and " " not in w]
    tens = [w for w, v in words.items() if v in range(20, 100, 10) and " " not in w]
    below_100 = "|".join(p for p in (compound, _alt(small + tens)) if p)
    gap = r"(?:\s+|-)?"
    join = rf"(?:{gap}(?:{_alt(joiners)}){gap}|{gap})" if joiners else gap
    below_1000 = (
        rf"(?:(?:{_alt(small)}){gap})?(?:{_alt(hundred)})(?:{join}(?:{below_100}))?"
    )
    if not thousand:
        return below_1000
    below_1000_any = rf"(?:{below_1000}|{below_100})"
    return (
        rf"(?:{below_1000_any}{gap}(?:{_alt(thousand)})(?:{join}{below_1000_any})?"
        rf"|(?:{_alt(thousand)})(?:{join}{below_1000_any})?"
        rf"|{below_1000})"
    )


def _scaled_value(text: str, g: NumberGrammar) -> int | None:
    """The value of a scaled number: its parts read left to right, counts times scales."""
    parts: list[str] = []
    rest = re.sub(r"[\s-]+", "", text)
    while rest:
        word = next((w for w in g.part_words if rest.startswith(w)), None)
        if word is None:
            return None
        parts.append(word)
        rest = rest[len(word):]
    total = current = 0
    for part in parts:
        if part in g.scales:
            scale = g.scales[part]
            if scale < 1000:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0
        elif part in g.scale_joiners:
            continue  # "vijf|en|twintig", "hundred and five": the joiner adds nothing
        elif part in g.words:
            current += g.words[part]
        else:
            return None
    return total + current


def number_value(text: str, g: NumberGrammar) -> int | None:
    """The integer a number expression stands for ("zestien", "14.000", "twenty-five")."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"[\d.,]+", t):
        if g.thousands and re.fullmatch(rf"\d{{1,3}}(?:{re.escape(g.thousands)}\d{{3}})+", t):
            return int(t.replace(g.thousands, ""))
        try:
            return int(float(t.replace(g.decimal, ".")))
        except ValueError:
            return None
    if t in g.words:
        return g.words[t]
    if g.compound and (m := g.compound.fullmatch(t)):
        return g.words[m.group("a").lower()] + g.words[m.group("b").lower()]
    if g.scaled and g.scaled.fullmatch(t):
        return _scaled_value(t, g)
    return None
