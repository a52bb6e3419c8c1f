"""Language-pack schemas: every shipped pack validates, and a slip in a pack file (a misspelt
key, a bad TSV row, a key written twice, a file the loader does not know) stops loading with a
message that names the file and the key or line, instead of switching a rule off quietly."""

from __future__ import annotations

import pickle
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import eventcoder.langpacks as langpacks
from eventcoder.hookspecs import hookimpl
from eventcoder.langpacks import LanguagePackError, PackError, load_pack
from eventcoder.langpacks.schemas import PACK_FILE_MODELS, SHARED_FILE_MODELS, TSV_COLUMNS
from eventcoder.langpacks.validation import check_yaml
from eventcoder.plugins import plugin_manager

BUNDLED = [p.name for p in langpacks.PACKS_DIR.iterdir() if p.is_dir()
           and not p.name.startswith(("_", "."))]


@pytest.fixture()
def packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the bundled packs that the loader reads instead (edit it to break it)."""
    for name in ("_shared", "nl", "en"):
        shutil.copytree(langpacks.PACKS_DIR / name, tmp_path / name)
    monkeypatch.setattr(langpacks, "PACKS_DIR", tmp_path)
    monkeypatch.setattr(langpacks, "SHARED_DIR", tmp_path / "_shared")
    load_pack.cache_clear()
    yield tmp_path
    load_pack.cache_clear()


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; the 1-based line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def _yaml_files() -> list[Path]:
    return sorted(langpacks.PACKS_DIR.glob("*/*.yaml"))


def test_the_bundled_languages_are_nl_and_en() -> None:
    assert {"nl", "en"} <= set(BUNDLED)


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_yaml_file_has_a_schema_and_validates(path: Path) -> None:
    models = SHARED_FILE_MODELS if path.parent.name == "_shared" else PACK_FILE_MODELS
    assert path.name in models, f"{path} has no schema"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    model = models[path.name]
    validated = check_yaml(data, model, path.name)
    # strict models coerce nothing: what validated is the very data the readers get
    assert validated.model_dump(by_alias=True, exclude_unset=True) == data


@pytest.mark.parametrize("lang", BUNDLED)
def test_every_shipped_pack_loads_with_its_tsv_rows_checked(lang: str) -> None:
    folder = langpacks.PACKS_DIR / lang
    assert {p.name for p in folder.glob("*.tsv")} <= set(TSV_COLUMNS)
    pack = load_pack(lang)
    assert pack.triggers and pack.actor_aliases and pack.country_cues


@pytest.mark.parametrize(
    ("rel", "old", "new", "key", "suggestion"),
    [
        ("_shared/rules.yaml", "\ntoll_combine:", "\ntoll_combin:", "toll_combin", "toll_combine"),
        ("_shared/rules.yaml", "min_weight: 2", "min_wieght: 2", "min_wieght", "min_weight"),
        ("_shared/rules.yaml", "state_inters:", "state_inter:", "state_inter", "state_inters"),
        ("_shared/actors.yaml", "kind: state, local: true", "kind: state, locl: true", "locl",
         "local"),
        ("nl/places.yaml", "\nmodifiers:", "\nmodifers:", "modifers", "modifiers"),
        ("nl/modality.yaml", "    sentence:", "    sentense:", "sentense", "sentence"),
        ("en/discourse.yaml", "\nnew_event:", "\nnew_events:", "new_events", "new_event"),
        ("en/time.yaml", "\nsince_markers:", "\nsince_marker:", "since_marker", "since_markers"),
        ("en/numbers.yaml", "\nyear_words:", "\nyearwords:", "yearwords", "year_words"),
    ],
)
def test_a_misspelt_key_fails_naming_the_file_and_the_key(
    packs: Path, rel: str, old: str, new: str, key: str, suggestion: str
) -> None:
    _edit(packs / rel, old, new)
    lang = rel.split("/")[0] if not rel.startswith("_") else "nl"
    with pytest.raises(LanguagePackError) as info:
        load_pack(lang)
    message = str(info.value)
    assert rel in message
    assert re.search(rf"unknown key '[^']*\b{re.escape(key)}'", message), message
    assert f"did you mean {suggestion!r}" in message


@pytest.mark.parametrize(
    ("rel", "old", "new", "expected"),
    [
        ("en/grammar.yaml", "post_verb_actor: object", "post_verb_actor: objekt",
         "post_verb_actor"),
        ("nl/time.yaml", "  dinsdag: 1", "  dinsdag: 8", "dinsdag"),
        ("nl/numbers.yaml", "  tien: 10", '  tien: "10"', "words.tien"),
        ("nl/places.yaml", "  province:", "  provnce:", "provnce"),
        ("_shared/rules.yaml", "then: Violent demonstration}", "then: Violent demonstraton}",
         "Violent demonstraton"),
        ("_shared/rules.yaml", "anaphoric_actors: [militants", "anaphoric_actors: [militantz",
         "militantz"),
        ("_shared/notes.yaml", "\nGrenade:", "\nGrenades:", "Grenades"),
        ("_shared/actors.yaml", "inter: 8, kind: group}", "inter: 9, kind: group}", "inter"),
    ],
)
def test_a_wrong_value_fails_naming_the_file_and_the_entry(
    packs: Path, rel: str, old: str, new: str, expected: str
) -> None:
    _edit(packs / rel, old, new)
    lang = rel.split("/")[0] if not rel.startswith("_") else "en"
    with pytest.raises(LanguagePackError, match=re.escape(rel)) as info:
        load_pack(lang)
    assert expected in str(info.value)


@pytest.mark.parametrize(
    ("rel", "old", "new", "expected"),
    [
        ("nl/triggers.tsv", "\tArmed clash\t3", "\tArmed clash 3", "2 columns, need 3"),
        ("nl/triggers.tsv", "\tArmed clash\t3", "\tArmed clash\theigh", "'heigh' is not a number"),
        ("nl/triggers.tsv", "\tArmed clash\t", "\tArmed clsh\t", "did you mean 'Armed clash'"),
        ("en/triggers.tsv", "\t@attack\t", "\t@atack\t", "'@atack' is no pseudo label"),
        ("en/blockers.tsv", "\nArrests\t", "\nArests\t", "'Arests' is not an ACLED sub-event"),
        ("en/actors.tsv", "\tpolice\n", "\tpolice\tSO\textra\n", "4 columns, need 2 to 3"),
        ("en/actors.tsv", "\tpolice\n", "\tpolice\tSO;XX\n", "unknown country code 'XX'"),
        ("nl/countries.tsv", "\nAF\t", "\nXX\t", "'XX' missing from _shared/countries.tsv"),
    ],
)
def test_a_bad_tsv_row_names_the_file_and_the_line(
    packs: Path, rel: str, old: str, new: str, expected: str
) -> None:
    line = _edit(packs / rel, old, new) + old.startswith("\n")
    with pytest.raises(PackError) as info:
        load_pack(rel.split("/")[0])
    assert f"{rel}:{line}:" in str(info.value)
    assert expected in str(info.value)


def test_a_key_written_twice_is_an_error_not_the_last_one_wins(packs: Path) -> None:
    path = packs / "_shared" / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + 'police: {name: "Police", inter: 1, kind: state}\n', encoding="utf-8")
    with pytest.raises(LanguagePackError, match=r"_shared/actors.yaml.*'police' written twice"):
        load_pack("en")


def test_a_file_the_loader_does_not_know_is_an_error(packs: Path) -> None:
    (packs / "nl" / "places.yaml").rename(packs / "nl" / "place.yaml")
    with pytest.raises(LanguagePackError, match=r"nl/place.yaml: not a pack file.*places.yaml"):
        load_pack("nl")


def test_a_reader_asking_for_an_undeclared_key_fails() -> None:
    """The reader side of a misspelling: `rules.get("combien")` is an error, not None."""
    pack = load_pack("en")
    assert pack.rules.get("combine") and pack.time.get("months")
    for section, key in ((pack.rules, "combien"), (pack.time, "month"),
                         (pack.discourse, "new_events"), (pack.casualties, "kiled"),
                         (pack.place_names, "generic_places"), (pack.numbers, "word")):
        with pytest.raises(LanguagePackError, match=re.escape(repr(key))):
            section.get(key)
    with pytest.raises(LanguagePackError, match="stat_inters"):
        pack.rules["by_actor1"]["@bombing"]["stat_inters"]
    # a key the schema declares but the file leaves out reads as missing, as before
    assert pack.discourse.get("agent_after_event", []) == []


def test_checked_sections_survive_pickling() -> None:
    """Worker processes get packs by pickle; the checks must come along."""
    rules = pickle.loads(pickle.dumps(load_pack("nl").rules))
    assert rules == load_pack("nl").rules
    with pytest.raises(LanguagePackError):
        rules.get("combien")


class _PluginPacks:
    def __init__(self, root: Path) -> None:
        self.root = root

    @hookimpl
    def language_pack_dirs(self) -> list[Path]:
        return [self.root]


def _german(root: Path) -> Path:
    de = root / "de"
    de.mkdir()
    (de / "triggers.tsv").write_text("Luftangriff*\tAir/drone strike\t3\n", encoding="utf-8")
    (de / "actors.tsv").write_text("(Armee|Soldaten)\tmilitary\n", encoding="utf-8")
    (de / "countries.tsv").write_text("SY\tSyrien\tsyrisch*\n", encoding="utf-8")
    (de / "places.yaml").write_text('cues:\n  none: ["in", "bei"]\n', encoding="utf-8")
    (de / "numbers.yaml").write_text("words: {sechs: 6}\n", encoding="utf-8")
    return de


def test_a_plugin_pack_is_validated_like_a_bundled_one(tmp_path: Path) -> None:
    de = _german(tmp_path)
    plugin = _PluginPacks(tmp_path)
    plugin_manager().register(plugin)
    load_pack.cache_clear()
    try:
        pack = load_pack("de")  # a small pack with optional files left out still loads
        assert [t.label for t in pack.triggers] == ["Air/drone strike"]
        assert pack.numbers.get("words") == {"sechs": 6}
        (de / "numbers.yaml").write_text("wrods: {sechs: 6}\n", encoding="utf-8")
        load_pack.cache_clear()
        with pytest.raises(LanguagePackError, match=r"de/numbers.yaml: unknown key 'wrods'"):
            load_pack("de")
    finally:
        plugin_manager().unregister(plugin)
        load_pack.cache_clear()
