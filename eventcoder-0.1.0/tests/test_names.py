"""One name key for merging and evaluation: how much styling each forgives."""

from __future__ import annotations

from eventcoder.evaluate.matching import fold_name
from eventcoder.merge.features import normalise_name
from eventcoder.names import name_key


def test_merge_forgives_case_and_spacing_only():
    assert normalise_name("  Afghan   SECURITY forces ") == "afghan security forces"
    assert normalise_name("Côte d'Ivoire") != normalise_name("Cote d Ivoire")
    assert normalise_name(None) == "" and name_key("") == ""


def test_evaluation_also_forgives_accents_and_punctuation():
    assert fold_name("Provence-Alpes-Côte d'Azur") == "provence alpes cote d azur"
    assert fold_name("Islamic_State") == fold_name("islamic state")
    assert name_key("Straße", accents=False) == "strasse"
