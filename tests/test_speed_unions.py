"""Issue 13: a union of pack patterns says the shared word-start guard once per run of
bodies (``langpacks.unions.union_body``); it must find exactly what the plain alternation
of the bodies finds, and a body whose guard covers its first branch only keeps it."""

from __future__ import annotations

import random
import re

import pytest

from eventcoder.extract.cue_find import _tail_regex
from eventcoder.extract.scan_places import (
    _adjective_prefix,
    _adjective_regexes,
    _any_fullmatch,
    _filler,
    _place_modifiers,
)
from eventcoder.langpacks import compile_pattern, load_pack, union_pattern
from eventcoder.langpacks.unions import _no_top_branch, union_body


def _plain(bodies: list[str]) -> str:
    return "|".join(f"(?:{b})" for b in bodies)


def _sample_text(patterns: list[str], seed: int) -> str:
    """The patterns' own words, glued to other words, hyphens and punctuation in every way
    the guard tells apart ("xattack", "-attack", "attack."), shuffled."""
    rng = random.Random(seed)
    words = []
    for p in patterns:
        plain = re.sub(r"[()|=~\d]", " ", p).replace("*", "s").replace("_", " ").split()
        words += plain
    pieces = []
    for _ in range(400):
        word = rng.choice(words)
        pieces.append(rng.choice(["", "x", "-", "(", "'", "Al-"]) + word
                      + rng.choice(["", ".", ",", "-", "s", "'s"]))
    return " ".join(pieces)


LISTS = {
    "triggers": lambda pack: [t.pattern for t in pack.triggers],
    "place_blockers": lambda pack: [c.pattern for c in pack.place_blockers],
    "attribution_verbs": lambda pack: [c.pattern for c in pack.attribution_verbs],
    "countries": lambda pack: [c.pattern for c in pack.country_cues],
    "place_cues": lambda pack: [c.pattern for c in pack.place_cues],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", sorted(LISTS))
def test_union_finds_what_the_plain_alternation_finds(lang: str, name: str) -> None:
    patterns = LISTS[name](load_pack(lang))
    assert patterns
    union = union_pattern(patterns)
    assert union is not None
    bodies = sorted((compile_pattern(p.lstrip("=")).pattern for p in patterns), key=len,
                    reverse=True)
    plain = re.compile(_plain(bodies), re.IGNORECASE)
    assert union.pattern != plain.pattern  # the guard is shared
    # and as the geocoder's end-of-span variant reads it (``pack_words.ends_at``)
    tail = re.compile(rf"(?:{union.pattern})\Z", re.IGNORECASE)
    old = re.compile(rf"(?:{plain.pattern})\Z", re.IGNORECASE)
    for seed in range(3):
        text = _sample_text(patterns, seed)
        assert [m.span() for m in union.finditer(text)] == [
            m.span() for m in plain.finditer(text)]
        for end in range(0, len(text), 211):
            got, want = tail.search(text, max(0, end - 60), end), old.search(
                text, max(0, end - 60), end)
            assert (got and got.span()) == (want and want.span())


def test_a_top_level_branch_keeps_its_own_guard() -> None:
    # compile_pattern guards the first branch of "a|b ~3 c" only: "b" may start inside a word
    body = compile_pattern("ab|cd ~1 ef").pattern
    assert not _no_top_branch(body[len(r"(?<![\w])"):])
    bodies = [compile_pattern("zz").pattern, body, compile_pattern("yy").pattern]
    union = re.compile(union_body(bodies), re.IGNORECASE)
    plain = re.compile(_plain(bodies), re.IGNORECASE)
    text = "xcd ef xab zz xzz yy"
    assert [m.span() for m in union.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert union.search(text).group() == "cd ef"  # inside "xcd": the branch has no guard


@pytest.mark.parametrize("body, flat", [
    ("ab", True), ("(a|b)c", True), ("[|]a", True), (r"\|a", True), ("[]|]x", True),
    ("[^]|]x", True), ("a|b", False), ("x[a]|y", False), ("(?:x)|y", False),
    (r"a\\|b", False),
])
def test_top_level_branches_are_told(body: str, flat: bool) -> None:
    assert _no_top_branch(body) is flat


def _modifier_words(pack) -> list[str]:
    words = [c.pattern.replace("_", " ").lstrip("=") for c in pack.country_cues
             if c.value[1] == "adjective"]
    words += [str(p).replace("*", "e").replace("_", " ")
              for p in pack.place_names.get("modifiers") or []]
    compass = [str(p) for p in pack.place_names.get("adjective_prefixes") or []] or ["North"]
    return [*words, *(w.upper() for w in words), *("x" + w for w in words),
            *(f"{c.title()}-{w}" for c in compass[:3] for w in words), "Noord-", "", "the"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_place_modifiers_union_fullmatches_as_before(lang: str) -> None:
    """The modifiers between a place cue and a name, read with ``fullmatch`` as a whole:
    every word is answered as by the plain alternation of each body (the adjectives each
    after the compass prefix) in length order."""
    pack = load_pack(lang)
    patterns = [str(p) for p in pack.place_names.get("modifiers") or []]
    bodies = [compile_pattern(p.lstrip("=")).pattern for p in patterns]
    prefix = _adjective_prefix(pack)
    adjectives = [a.pattern for a in _adjective_regexes(pack)]
    bodies += [f"{prefix}(?:{a})" for a in adjectives] if prefix else adjectives
    plain = re.compile("|".join(sorted(bodies, key=len, reverse=True)), re.IGNORECASE)
    union = re.compile(f"(?:{_place_modifiers(pack)})", re.IGNORECASE)
    for word in _modifier_words(pack):
        assert (union.fullmatch(word) is None) == (plain.fullmatch(word) is None), word
    # and inside the tail ends_with_cue reads: "in het noordelijke Syrische Raqqa"
    tail = _tail_regex(_filler(pack), _place_modifiers(pack))
    old_tail = _tail_regex(_filler(pack), plain.pattern)
    for a, b in zip(_modifier_words(pack), reversed(_modifier_words(pack)), strict=True):
        for gap in (f" {a} ", f" the {a}, {b} ", f" {a} {b} ", f"{a}{b} "):
            assert (tail.fullmatch(gap) is None) == (old_tail.fullmatch(gap) is None), gap


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_adjectives_after_a_compass_prefix(lang: str) -> None:
    """``is_adjective``: one union after the optional prefix answers as each adjective's
    own regex with the prefix before it."""
    pack = load_pack(lang)
    prefix = _adjective_prefix(pack)
    regexes = _adjective_regexes(pack)
    is_adjective = _any_fullmatch(regexes, prefix)
    each = [re.compile(prefix + r.pattern, r.flags) for r in regexes]
    for word in _modifier_words(pack):
        assert is_adjective(word) == any(r.fullmatch(word) for r in each), word
    assert is_adjective("Syrische" if lang == "nl" else "Syrian")
    if prefix:
        assert is_adjective("Oost-Duitse") and not is_adjective("Oost-")
