"""Regions and physical features the index lacks (geo/regions.py, issue 12 item 4)."""

from __future__ import annotations

import pytest

from eventcoder.distance import haversine_km
from eventcoder.geo import regions as geo_regions
from eventcoder.geo.regions import ID_BASE, nearest, region_names, regions
from eventcoder.geo.resolver import get_geocoder
from eventcoder.langpacks import LanguagePackError
from eventcoder.langpacks.places import PlaceWords
from eventcoder.records import PlaceMention


def _resolve(text: str, names: list[str], lang: str = "en"):
    mentions = [PlaceMention(text=n, start=text.index(n), end=text.index(n) + len(n))
                for n in names]
    return get_geocoder().resolve_mentions(text, mentions, lang=lang, infer=True)


def test_a_region_the_index_lacks_gets_its_point_not_a_country_inside_its_name():
    # before: South Korea (a place found inside the name)
    r = _resolve("Tension on the Korean Peninsula rose as Seoul and Pyongyang traded threats.",
                 ["Korean Peninsula", "Seoul", "Pyongyang"])[0]
    assert r.entry is not None and r.entry.id <= ID_BASE and r.entry.kind == "continent"
    assert haversine_km(*r.point, 38.63, 127.55) < 161


def test_a_river_is_placed_at_its_point_not_inferred_at_a_town():
    r = _resolve("Farmers in Thanjavur wait for Cauvery water.", ["Thanjavur", "Cauvery"])[1]
    assert r.entry is not None and r.entry.id <= ID_BASE and not r.inferred
    assert r.entry.label == "Kaveri"


def test_a_gazetteer_match_of_the_name_wins():
    # Hokkaido the prefecture, not the island's table row
    cands, _ = get_geocoder().candidates("Hokkaido", lang="en")
    assert cands and all(c.entry.id > 0 for c in cands)
    r = _resolve("Snow closed roads across Hokkaido.", ["Hokkaido"])[0]
    assert r.entry is not None and r.entry.id == 2130037


def test_a_refused_namesake_gives_way_to_the_region():
    # "Java" is also a village of Georgia (the country), which an Indonesian story refuses
    out = _resolve("Floods hit Java, Indonesia, near Jakarta and Bandung.",
                   ["Java", "Indonesia", "Jakarta", "Bandung"])
    assert out[0].entry is not None and out[0].entry.id <= ID_BASE
    assert haversine_km(out[0].entry.lat, out[0].entry.lon, -7.49, 110.0) < 161


def test_dutch_names():
    r = _resolve("Het leger rukte op in Noord-Afrika en langs de Nijl.",
                 ["Noord-Afrika", "Nijl"], lang="nl")
    assert [x.entry.label for x in r if x.entry] == ["Northern Africa", "Nile"]


def test_several_features_of_one_name_are_told_apart_by_distance():
    table = regions()
    river, forest = table["amazon_river"][0], table["amazon_rainforest"][0]
    assert nearest([river, forest], [(-1.45, -48.5)]) == river  # Belem, at the mouth
    assert nearest([river, forest], [(-3.1, -60.0)]) == forest  # Manaus
    assert nearest([river, forest], []) == river


def test_every_pack_name_has_a_key_and_every_key_an_english_name():
    table = regions()
    assert len({e.id for e, _ in table.values()}) == len(table)
    named = {e.id for entries in region_names("en").values() for e in entries}
    assert named == {e.id for e, _ in table.values()}
    assert region_names("nl")


def test_an_unknown_region_key_stops_the_pack(monkeypatch):
    bad = PlaceWords("en", regions=(("Atlantis", "atlantis", "en/regions.tsv:9"),))
    monkeypatch.setattr(geo_regions, "place_words", lambda lang: bad)
    region_names.cache_clear()
    try:
        with pytest.raises(LanguagePackError, match="regions.tsv:9.*atlantis"):
            region_names("en")
    finally:
        region_names.cache_clear()
