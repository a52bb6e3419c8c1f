"""Compiled cue matchers find exactly what running every cue's regex finds, only faster.

The reference below is the plain loop the matchers replace (every cue of a list over the
window); texts are built from the packs' own patterns so that most cues do match.
"""

from __future__ import annotations

import random
import re

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.extract import cue_anchors, cue_find, cue_matchers, spans
from eventcoder.extract.cue_find import _tail_regex
from eventcoder.extract.spans import (
    cue_matcher,
    ends_with_cue,
    find_cues,
    fold_case,
    non_overlapping,
    trigger_scan,
)
from eventcoder.langpacks import load_pack
from eventcoder.records import PlaceCue, Role


def reference_find(cues, text, start=0, end=None):
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), cue) for cue in cues
             for m in cue.regex.finditer(text, start, end) if m.end() > m.start()]
    return non_overlapping(found)


def reference_ends(cues, text, end, floor=0, filler="", modifiers=""):
    window_start = max(floor, end - 60)
    window = text[window_start:end]
    tail = _tail_regex(filler, modifiers)
    best, best_start = None, len(window) + 1
    for cue in cues:
        for m in cue.regex.finditer(window):
            if tail.fullmatch(window[m.end():]) and m.start() < best_start:
                best, best_start = cue, m.start()
    return best


def cue_lists(pack):
    lists = {name: getattr(pack, name) for name in (
        "triggers", "trigger_blockers", "actor_aliases", "country_cues", "modality", "hedges",
        "attribution_verbs", "source_nouns", "claim_verbs", "place_cues", "place_blockers")}
    for group in ("discourse", "casualties"):
        for key, cues in getattr(pack, group).items():
            if isinstance(cues, list) and cues and hasattr(cues[0], "regex"):
                lists[f"{group}.{key}"] = cues
    return lists


def realise(pattern: str, rng: random.Random) -> str:
    """One phrase a pack pattern may match: an alternative of each group, gaps filled."""
    text = pattern.lstrip("=")
    while "(" in text:
        inner = re.search(r"\(([^()]*)\)\??", text)
        if inner is None:
            break
        choice = rng.choice(inner.group(1).split("|")).lstrip("=")
        text = text[:inner.start()] + choice + text[inner.end():]
    text = re.sub(r"~\d*", lambda _m: rng.choice(["", "de", "the big"]), text)
    text = text.replace("_", rng.choice([" ", "-", ""])).replace("*", rng.choice(["", "s", "en"]))
    return re.sub(r"[\\\[\]{}?+^$|]", "", text)


def synthetic_text(pack, rng: random.Random, n: int = 120) -> str:
    # a list first, then one of its cues: long lists (every country's demonyms) would otherwise
    # crowd the short ones out of the text
    lists = [cues for cues in cue_lists(pack).values() if cues]
    fillers = ["en", "the", "and", ",", ".", "\n\n", "Kabul", "(", ")", "-", "’s", "Over"]
    words = []
    for _ in range(n):
        phrase = realise(rng.choice(rng.choice(lists)).pattern, rng)
        phrase = {0: phrase, 1: phrase.upper(), 2: phrase.title()}[rng.randrange(3)]
        words += [phrase, rng.choice(fillers)]
    return " ".join(words).replace("I", rng.choice(["I", "İ"]))


def sample_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_DIR.iterdir())]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_find_cues_equals_every_cue_over_the_window(lang):
    pack = load_pack(lang)
    rng = random.Random(lang)
    texts = sample_texts() + [synthetic_text(pack, rng) for _ in range(3)]
    compared = matched = 0
    exercised: set[str] = set()
    for text in texts:
        for name, cues in cue_lists(pack).items():
            windows = [(0, len(text))] + [
                tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1))))
                for _ in range(6)]
            windows += [(a, min(len(text), a + rng.randrange(1, 60))) for a, _b in windows]
            for start, end in windows:
                expected = reference_find(cues, text, start, end)
                assert find_cues(cues, text, start, end) == expected, (name, start, end)
                compared += 1
                matched += bool(expected)
                if expected:
                    exercised.add(name)
            for _ in range(4):
                end = rng.randrange(len(text) + 1)
                floor = rng.randrange(end + 1)
                assert ends_with_cue(cues, text, end, floor) == reference_ends(
                    cues, text, end, floor), (name, end, floor)
    # the texts exercise the cues, not only empty windows: most lists match somewhere, and
    # a share of windows that stays meaningful as lists are added
    assert len(exercised) >= 0.85 * len(cue_lists(pack)), sorted(set(cue_lists(pack)) - exercised)
    assert matched > compared // 10


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_trigger_union_scan_equals_the_full_union(lang):
    pack = load_pack(lang)
    rng = random.Random(lang)
    scan = trigger_scan(pack)
    assert scan is not None and scan.exact
    for text in sample_texts() + [synthetic_text(pack, rng, 60) for _ in range(3)]:
        expected = [(m.start(), m.end()) for m in pack.trigger_scan.finditer(text)]
        assert [(m.start(), m.end()) for m in scan.finditer(text)] == expected
        assert (scan.search(text) is None) == (pack.trigger_scan.search(text) is None)
    assert scan.search("nothing here but weather and football") is None


def test_most_cues_have_an_anchor():
    """The speed comes from anchors: a pack whose cues mostly lack one has lost it."""
    for lang in ("nl", "en"):
        pack = load_pack(lang)
        for name in ("triggers", "actor_aliases", "country_cues", "modality"):
            matcher = cue_matcher(getattr(pack, name))
            assert len(matcher.always) <= len(matcher.cues) // 10, (lang, name)


def test_case_folding_keeps_offsets_and_matches_as_re_does():
    assert fold_case("İstanbul ſtreet") == "istanbul street"
    text = "Bomaanslag in İstanbul"
    assert len(fold_case(text)) == len(text)
    pack = load_pack("nl")
    regex = re.compile(r"(?<![\w])istanbul(?![\w])", re.IGNORECASE)
    assert regex.search(text) is not None  # what the anchors must agree with
    assert find_cues(pack.country_cues, text) == reference_find(pack.country_cues, text)


def test_a_cue_list_changed_in_place_is_recompiled():
    pack = load_pack("en")
    cues = list(pack.hedges)
    text = " ".join(realise(c.pattern, random.Random(1)) for c in pack.modality[:5])
    assert find_cues(cues, text) == reference_find(cues, text)
    cues += pack.modality[:5]
    assert find_cues(cues, text) == reference_find(cues, text)
    assert find_cues(cues, text)


def test_spans_re_exports_the_split_modules_own_objects():
    """Stages import cue helpers from ``spans``: each name there is the object the module
    that now holds it uses (a copy would split the caches and the anchor registry)."""
    for module in (cue_anchors, cue_matchers, cue_find):
        for name in ("fold_case", "_REGISTRY", "_TextIndex", "_FOLD_EXTRA", "CueMatcher",
                     "UnionScan", "cue_matcher", "candidate_cues", "trigger_scan", "find_cues",
                     "ends_with_cue", "non_overlapping", "tokens_between", "iter_words",
                     "last_words", "doc_of", "_tail_regex"):
            if name in vars(module):
                assert getattr(spans, name) is getattr(module, name), name
    assert spans._REGISTRY is cue_matchers._REGISTRY
    assert set(spans.__all__) <= set(vars(spans))


def test_span_records_speak_the_records_vocabularies():
    actor = spans.ActorSpan(0, 4, "army")
    assert actor.role is Role.UNMARKED and actor.role == "unmarked"
    site = spans.PlaceSpan(0, 10, "parliament", cue=PlaceCue.NATIONAL_SITE)
    assert site.is_site and spans.PlaceSpan(0, 10, "parliament", cue="national_site").is_site
    assert not spans.PlaceSpan(0, 5, "Kabul", cue=PlaceCue.CITY).is_site
    assert not spans.PlaceSpan(0, 5, "Kabul").is_site


def test_escapes_and_acronyms_have_anchors_and_match_as_before():
    """A digit class after a literal ("in ~2 (19|18)\\d\\d"), an escaped "$" and an acronym
    matched as written ("CAR") have anchors: such cues no longer scan every window."""
    from eventcoder.extract.cue_anchors import _anchors
    from eventcoder.langpacks import compile_pattern

    def anchors(pattern, exact=False):
        return _anchors(pattern, compile_pattern("=" + pattern if exact else pattern))

    assert anchors(r"in ~2 (19|18)\d\d") == (("in",), ())
    assert anchors(r"(inmates|\$\S*|assets)") == (("$", "assets", "inmates"), ())
    assert anchors(r"(a\(b|c)") == (("a(b", "c"), ())
    assert anchors("CAR", exact=True) == (("car",), ())
    assert anchors("U.S.", exact=True) == (("u",), ())
    assert anchors(r"\d+ dead") is None  # a class first: any position may start it
    assert anchors("*mars") is None
    pack = load_pack("en")
    for name in ("country_cues", "modality", "trigger_blockers"):
        assert not cue_matcher(getattr(pack, name)).always, name
    text = ("In 1998 the CAR army, a car and US troops (us too) seized $5 million and "
            "U.S. assets in 2001; in the year 1887 inmates fled the CAR.")
    for cues in cue_lists(pack).values():
        for start, end in [(0, len(text)), (3, 40), (40, len(text)), (59, 61)]:
            assert find_cues(cues, text, start, end) == reference_find(cues, text, start, end)
        for end in range(0, len(text) + 1, 7):
            assert ends_with_cue(cues, text, end) == reference_ends(cues, text, end)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_national_sites_are_each_patterns_matches(lang):
    from eventcoder.extract.scan_places import _national_site_cues, _national_sites
    from eventcoder.langpacks import compile_pattern

    pack = load_pack(lang)
    patterns = [compile_pattern(str(p)) for p in pack.place_names.get("national_sites") or []]
    assert patterns and len(_national_site_cues(pack)) == len(patterns)
    rng = random.Random(f"sites-{lang}")
    words = [realise(str(p), rng) for p in pack.place_names["national_sites"]]
    text = " near the ".join(words * 3) + ". " + " ".join(reversed(words))
    expected = []
    for regex in patterns:
        for m in regex.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in expected):
                expected.append((m.start(), m.end(), m.group(0)))
    got = [(p.start, p.end, p.text) for p in _national_sites(text, pack, [])]  # by position
    assert got == sorted(expected) and len(got) >= len(words)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_ends_with_cue_at_every_offset_equals_each_cue_over_the_slice(lang):
    """Every end offset (so windows cut inside words too), with the pack's own filler and
    modifiers: the first valid anchored match is what scanning each cue over the slice gives."""
    from eventcoder.extract.scan_places import _filler, _place_modifiers

    pack = load_pack(lang)
    rng = random.Random(f"ends-{lang}")
    phrases = [realise(c.pattern, rng) for c in pack.place_cues]
    words = phrases + ["the", "de", "het", "northern", "noordelijke", "Kabul", "Raqqa", ",",
                       "rain", "attack", "\n", "twin", "in-", "province"]
    text = " ".join(rng.choice(words) for _ in range(500))
    filler, modifiers = _filler(pack), _place_modifiers(pack)
    found = 0
    for end in range(len(text) + 1):
        for floor in (0, max(0, end - 7)):
            got = ends_with_cue(pack.place_cues, text, end, floor, filler, modifiers)
            assert got == reference_ends(pack.place_cues, text, end, floor, filler,
                                         modifiers), (end, floor)
            found += got is not None
    assert found > len(text) // 10
