"""The bundled packs' place cues have one source, places.yaml, read by both stages (issue 12)."""

from __future__ import annotations

import re

import pytest
import yaml

from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.normalize import name_key
from eventcoder.langpacks import PACKS_DIR, load_pack


def _ignored(lang: str) -> set[str]:
    data = yaml.safe_load((PACKS_DIR / lang / "places.yaml").read_text(encoding="utf-8"))
    return set(data.get("geocoder_ignores") or ())


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_geocoder_looks_up_the_extractors_cues(lang):
    """Every typed cue the extractor compiles that is plain words (and not ignored) is the
    geocoder's cue of the same kind, and nothing else is; the post-cues are both stages'."""
    assert not (PACKS_DIR / lang / "place_cues.tsv").exists()
    pack = load_pack(lang)
    ignored = _ignored(lang)
    expected = {tuple(name_key(c.pattern).split()): c.value for c in pack.place_cues
                if c.value is not None and re.fullmatch(r"[\w' -]+", c.pattern)
                and c.pattern not in ignored}
    lex = lexicon(lang)
    assert len(expected) > 20 and lex.cues_before == expected
    postcues = pack.place_names.get("postcues") or {}
    assert lex.cues_after == {tuple(name_key(w).split()): k for w, k in postcues.items()}


def test_an_ignored_cue_is_the_extractors_alone():
    assert "central" in _ignored("en")
    assert "central" in {c.pattern for c in load_pack("en").place_cues}
    assert ("central",) not in lexicon("en").cues_before
    assert lexicon("en").cues_before[("the", "port", "city", "of")] == "city"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_admin_suffix_is_a_postcue_with_its_unit(lang):
    """The word after a name that may be dropped ("Kunduz provincie") names its unit once:
    in postcues, which both stages read."""
    data = yaml.safe_load((PACKS_DIR / lang / "places.yaml").read_text(encoding="utf-8"))
    suffixes = data["admin_suffixes"]
    assert suffixes and isinstance(suffixes, list)
    for word in suffixes:
        assert lexicon(None).admin_suffixes[word] == data["postcues"][word]
        assert lexicon(lang).cues_after[(word,)] == data["postcues"][word]
