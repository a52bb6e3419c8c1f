"""Language packs: loading, validation, pattern syntax, and a new language from data only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import eventcoder.langpacks as langpacks
from eventcoder.extract import extract_events, prefilter
from eventcoder.langpacks import (
    PackError,
    UnknownLanguageError,
    available_languages,
    compile_pattern,
    load_pack,
)
from eventcoder.records import SUB_EVENT_TO_TYPE, Article


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguageError, match="no language pack for 'xx'.*en.*nl"):
        load_pack("xx")


def test_packs_are_cached() -> None:
    assert load_pack("nl") is load_pack("nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_sub_type_has_triggers(lang: str) -> None:
    pack = load_pack(lang)
    pseudo = pack.rules["pseudo"]
    covered = {t.label for t in pack.triggers}
    for label, how in pseudo.items():
        if label in covered and how in SUB_EVENT_TO_TYPE:
            covered.add(how)
    covered |= set((pack.rules.get("modifier_alone") or {}).values())
    for rule in pack.rules.get("by_actor1", {}).values():
        covered |= {v for v in rule.values() if isinstance(v, str)}  # not state_inters
    if {"@attack", "@kill"} & {t.label for t in pack.triggers}:
        covered |= {pack.rules["by_target"]["armed"], pack.rules["by_target"]["civilian"]}
    missing = set(SUB_EVENT_TO_TYPE) - covered - {"Other"}
    assert not missing, missing


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_actor_aliases_point_at_known_actors(lang: str) -> None:
    pack = load_pack(lang)
    for alias in pack.actor_aliases:
        assert alias.key in pack.actor_defs
        assert 1 <= pack.actor_defs[alias.key].inter <= 8


def test_pattern_syntax() -> None:
    assert compile_pattern("aanval*").fullmatch("aanvallen")
    assert compile_pattern("air_strike*").fullmatch("airstrikes")
    assert compile_pattern("air_strike*").fullmatch("air-strike")
    assert compile_pattern("air_strike*").fullmatch("air strikes")
    gap = compile_pattern("(viel|vielen) ~3 aan")
    assert gap.search("vielen de Talibaan Kunduz aan")
    assert not gap.search("vielen de Talibaan gisteren de stad Kunduz aan")
    assert compile_pattern("=IS").search("strijders van IS")
    assert not compile_pattern("=IS").search("dat is zo")
    assert not compile_pattern("raid").search("afraid")


def test_bad_pattern_is_a_pack_error() -> None:
    with pytest.raises(PackError):
        compile_pattern("(unclosed")


def _german_pack(root: Path) -> None:
    shutil.copytree(Path(langpacks.__file__).parent / "_shared", root / "_shared")
    de = root / "de"
    de.mkdir()
    (de / "triggers.tsv").write_text(
        "Luftangriff*\tAir/drone strike\t3\n(Demonstration*|demonstrierten)\tPeaceful protest\t2\n",
        encoding="utf-8",
    )
    (de / "actors.tsv").write_text("(Armee|Soldaten)\tmilitary\n", encoding="utf-8")
    (de / "countries.tsv").write_text("SY\tSyrien\tsyrisch*\n", encoding="utf-8")
    (de / "places.yaml").write_text('cues:\n  none: ["in", "bei"]\n', encoding="utf-8")
    (de / "time.yaml").write_text(
        "weekdays: {montag: 0, dienstag: 1, mittwoch: 2, donnerstag: 3, freitag: 4,"
        " samstag: 5, sonntag: 6}\nrelative: {gestern: [-1, -1]}\n", encoding="utf-8")
    (de / "numbers.yaml").write_text("words: {sechs: 6}\n", encoding="utf-8")
    (de / "casualties.yaml").write_text("killed: [(getötet|Tote)]\n", encoding="utf-8")


def test_a_new_language_needs_only_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _german_pack(tmp_path)
    monkeypatch.setattr(langpacks, "PACKS_DIR", tmp_path)
    monkeypatch.setattr(langpacks, "SHARED_DIR", tmp_path / "_shared")
    load_pack.cache_clear()
    try:
        assert "de" in available_languages()
        article = Article(id="de1", language="de", published="2021-03-08",
                          text="Bei einem Luftangriff der syrischen Armee in Idlib wurden "
                               "gestern sechs Menschen getötet.")
        assert prefilter(article)
        (event,) = extract_events(article)
        assert event.sub_event_type == "Air/drone strike"
        assert event.actor1 == "Military Forces of Syria"
        assert event.fatalities == 6
        assert event.date_start == "2021-03-07"
        assert [p.text for p in event.place_candidates] == ["Idlib"]
    finally:
        _clear_pack_caches()


def _clear_pack_caches() -> None:
    """The packs and the place words keyed from them: with the bundled packs swapped out they
    hold only the temporary pack's, which later tests of the geocoder must not inherit."""
    from eventcoder.geo.lexicon import _admin_suffixes, _name_particles, _possessives, lexicon
    from eventcoder.langpacks.places import place_words

    for cached in (load_pack, place_words, lexicon, _name_particles, _admin_suffixes,
                   _possessives):
        cached.cache_clear()


def test_an_alternative_marked_equals_inside_a_group_is_case_sensitive() -> None:
    """"(=IS|Islamic_State)": "IS fighters" is the group, "this is it" is not."""
    from eventcoder.langpacks import compile_pattern

    pattern = compile_pattern("(=IS|=ISIS|Islamic_State)")
    assert pattern.search("IS fighters attacked") and pattern.search("ISIS claimed it")
    assert pattern.search("islamic state") is not None
    assert pattern.search("this is it") is None and pattern.search("Is it true?") is None
