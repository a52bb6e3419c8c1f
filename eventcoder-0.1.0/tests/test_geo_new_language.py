"""A new language geocodes with data files only: a pack folder a plugin adds, no code (issue 12).

The Swahili words below are the test's own data; the place names are drawn from the gazetteer
(a town of one country that no other place shares), so no place is special to the test.
"""

from __future__ import annotations

import pytest

from eventcoder.geo import get_geocoder
from eventcoder.geo.gazetteer import index_path
from eventcoder.geo.lexicon import _admin_suffixes, _name_particles, lexicon
from eventcoder.geo.toponyms import find_toponyms
from eventcoder.hookspecs import hookimpl
from eventcoder.langpacks import available_languages, load_pack
from eventcoder.langpacks.places import place_words
from eventcoder.plugins import plugin_manager
from eventcoder.records import Article, Event, PlaceCue

FILES = {
    "demonyms.tsv": "Wakenya\tKE\nKikenya\tKE\n",
    "titles.tsv": "rais\nbwana\n",
    "not_places.tsv": "Jumamosi\n",
    "distances.tsv": "unit\tkilomita\t1\nlink\tkaskazini\nlink\tmwa\n",
    "places.yaml": "generic_places: [kijiji, mji]\ncoordination: [na, \",\"]\n"
                   # the place cues, one list for the extractor and the geocoder
                   'cues:\n  city: ["mji wa"]\n  district: ["wilaya ya"]\n  none: ["katika"]\n'
                   "postcues: {jimbo: province, wilaya: district}\n"
                   "admin_suffixes: [wilaya]\n",
    # enough of the extractor's words for it to code one event
    "triggers.tsv": "shambulio la anga\tAir/drone strike\t3\n",
    "actors.tsv": "jeshi\tmilitary\n",
    "casualties.yaml": "killed: [waliuawa]\n",
    "numbers.yaml": "words: {sita: 6}\n",
}


def _clear() -> None:
    for cached in (place_words, lexicon, _name_particles, _admin_suffixes, load_pack):
        cached.cache_clear()


class SwahiliPlaces:
    def __init__(self, root):
        self.root = root

    @hookimpl
    def language_pack_dirs(self):
        return [self.root]


@pytest.fixture
def swahili(tmp_path):
    folder = tmp_path / "sw"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert "sw" not in available_languages()
    before = index_path()
    plugin = SwahiliPlaces(tmp_path)
    plugin_manager().register(plugin)
    _clear()
    try:
        assert index_path() == before  # a pack that adds no names reuses the built index
        yield "sw"
    finally:
        plugin_manager().unregister(plugin)
        _clear()


def _unique_town(gc, cc: str) -> str:
    """A single-word ASCII town of ``cc`` with 20,000-200,000 people that no other place
    shares, and that is no common word."""
    rows = gc.gaz._con.execute(
        "SELECT name FROM places WHERE kind='city' AND cc=? AND population BETWEEN 20000 AND "
        "200000 ORDER BY population DESC", (cc,)).fetchall()
    for (name,) in rows:
        if not (name.isascii() and name.isalpha()) or lexicon(None).is_common(name):
            continue
        cands, demonym = gc.candidates(name, lang="sw")
        if not demonym and len(cands) == 1 and cands[0].tier == 0:
            return name
    raise AssertionError(f"no unambiguous town in {cc}")


def test_the_pack_words_reach_the_geocoder(swahili):
    lex = lexicon(swahili)
    assert lex.cues_before[("mji", "wa")] == PlaceCue.CITY
    assert lex.demonyms["wakenya"] == "KE" and "rais" in lex.titles
    assert lex.distance_units["kilomita"] == 1.0 and "kaskazini" in lex.distance_links
    assert lex.is_generic("Kijiji") and lex.is_common("Jumamosi")
    assert lexicon(None).admin_suffixes["wilaya"] == "district"
    # without the pack the words are nobody's
    assert "wakenya" not in lexicon("en").demonyms and not lexicon("en").is_generic("Kijiji")


def test_a_cue_written_once_is_read_by_both_stages(swahili, tmp_path):
    """places.yaml is the one source of a language's place cues: a cue added there, before or
    after a name, reaches the extractor's place finder and the geocoder's cue look-up; one
    that geocoder_ignores names reaches the extractor only."""
    from eventcoder.extract.scan_places import find_places

    places = tmp_path / "sw" / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8")
                      + 'geocoder_ignores: ["wilaya ya"]\n', encoding="utf-8")
    _clear()
    town = _unique_town(get_geocoder(), "KE")
    pack = load_pack(swahili)
    assert {(c.pattern, c.value) for c in pack.place_cues} >= {("mji wa", "city"),
                                                               ("wilaya ya", "district")}
    found = [p.cue for p in find_places(
        f"Walifika mji wa {town}. Walifika wilaya ya {town}. Wao walikuwa {town} jimbo.", pack,
        None, []) if p.text == town]
    assert found == [PlaceCue.CITY, PlaceCue.DISTRICT, PlaceCue.PROVINCE]
    lex = lexicon(swahili)
    # "wilaya ya" ignored, "katika" untyped
    assert lex.cues_before == {("mji", "wa"): PlaceCue.CITY}
    assert lex.cues_after == {("jimbo",): PlaceCue.PROVINCE, ("wilaya",): PlaceCue.DISTRICT}
    text = f"Walifika katika mji wa {town}. Wanajeshi walikuwa {town} jimbo."
    cues = [m.cue for m in find_toponyms(text, swahili, gazetteer=get_geocoder())
            if m.text == town]
    assert cues == [PlaceCue.CITY, PlaceCue.PROVINCE]


def test_a_new_language_geocodes_end_to_end(swahili):
    gc = get_geocoder()
    town = _unique_town(gc, "KE")
    text = (f"Jumamosi, Rais alisema watu sita waliuawa katika mji wa {town} na wanajeshi "
            "Wakenya walifika.")
    found = {m.text: m.cue for m in find_toponyms(text, swahili, gazetteer=gc)}
    assert found[town] == PlaceCue.CITY  # the pack's cue "mji wa"
    assert "Jumamosi" not in found  # the pack's common word
    assert gc.demonym_place("Wakenya", swahili).cc == "KE"

    article = Article(id="sw-1", text=text, language=swahili)
    mention = next(m for m in find_toponyms(text, swahili, gazetteer=gc) if m.text == town)
    event = Event(event_type="Violence against civilians", sub_event_type="Attack",
                  place_candidates=[mention])
    gc.geocode_events(article, [event])
    assert (event.location, event.iso3, event.geo_precision) == (town, "KEN", 1)


def test_a_new_language_is_coded_and_placed_by_the_pipeline(swahili):
    from eventcoder.pipeline import code_article

    town = _unique_town(get_geocoder(), "KE")
    article = Article(id="sw-2", language=swahili, published="2021-03-06",
                      text=f"Watu sita waliuawa katika shambulio la anga la jeshi katika mji wa "
                           f"{town}.")
    (event,) = code_article(article)
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 6)
    assert (event.location, event.iso3, event.geo_precision) == (town, "KEN", 1)


def test_a_pack_that_adds_names_gets_its_own_index(swahili, tmp_path):
    """Exonyms are indexed when the index is built: a plugin pack adding some must not be
    served an index built without them."""
    before = index_path()
    (tmp_path / "sw" / "exonyms.tsv").write_text("Kenya ya Kati\t192950\n", encoding="utf-8")
    _clear()
    assert place_words(swahili).exonyms == (("Kenya ya Kati", 192950),)
    assert index_path() != before and index_path().parent == before.parent


@pytest.mark.parametrize(("name", "text", "where"), [
    ("places.yaml", "name_particle: [de]\n", "sw/places.yaml"),  # misspelt key
    ("demonyms.tsv", "Wakenya\n", "sw/demonyms.tsv:1"),  # a column short
    # a phrase the geocoder is to ignore that is no cue of the file: a misspelling
    ("places.yaml", 'cues:\n  city: ["mji wa"]\ngeocoder_ignores: ["mji ya"]\n',
     "sw/places.yaml: geocoder_ignores: 'mji ya' is no phrase of cues"),
    # an admin suffix is a postcue that may be dropped: one that is none has no unit
    ("places.yaml", "admin_suffixes: [wilaya]\n",
     "sw/places.yaml: admin_suffixes: 'wilaya' is no postcue of a province"),
    # the place cues' retired second file: its words belong in places.yaml
    ("place_cues.tsv", "mji wa\tcity\tbefore\n", "sw/place_cues.tsv: this file is no longer"),
])
def test_a_malformed_place_file_stops_the_pack_naming_it(swahili, tmp_path, name, text, where):
    from eventcoder.langpacks import LanguagePackError

    (tmp_path / "sw" / name).write_text(text, encoding="utf-8")
    _clear()
    with pytest.raises(LanguagePackError, match=where):
        place_words(swahili)
