"""Country centres: the committed table, the script that builds it, and who uses it.

A toponym resolved to a country is reported (and scored) at the country's geographic centre;
an event known only to its country keeps the coordinates event coding always gave it.
"""

from __future__ import annotations

import json

import pycountry
import pytest

from conftest import load_script
from eventcoder.distance import haversine_km
from eventcoder.geo import evaluate_geoparse, get_geocoder
from eventcoder.geo.points import POINTS_PATH, country_points, read_country_points
from eventcoder.records import Article, Event, PlaceMention


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def test_table_loads_and_every_row_is_valid():
    points = read_country_points(POINTS_PATH)
    assert len(points) >= 200
    for cc, (lat, lon) in points.items():
        assert pycountry.countries.get(alpha_2=cc) is not None, cc
        assert -90 <= lat <= 90 and -180 <= lon <= 180, cc
    # a mainland's centre lies inside it, not on the coast where its towns crowd
    assert haversine_km(*points["US"], 39.5, -98.5) < 300
    assert haversine_km(*points["AU"], -25.0, 134.0) < 300


@pytest.mark.parametrize("row, message", [
    ("ZZ\t1\t2\tx", "not an ISO"),
    ("FR\t95\t2\tx", "out of range"),
    ("FR\tnorth\t2\tx", "not numbers"),
    ("FR\t46", "expected"),
    ("FR\t46\t2\tx\nFR\t46\t2\tx", "twice"),
])
def test_malformed_rows_are_refused_with_their_line(tmp_path, row, message):
    path = tmp_path / "points.tsv"
    path.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        read_country_points(path)
    assert "points.tsv:" in str(err.value)


def _topology(shapes: dict[str, list[list[tuple[int, int]]]]) -> dict:
    """A TopoJSON with one arc per polygon ring (delta encoded, no quantisation transform)."""
    arcs, geoms = [], []
    for numeric, rings in shapes.items():
        polys = []
        for r in rings:
            closed = r + [r[0]]
            arcs.append([list(closed[0])] + [[b[0] - a[0], b[1] - a[1]]
                                              for a, b in zip(closed, closed[1:], strict=False)])
            polys.append([[len(arcs) - 1]])
        geoms.append({"type": "MultiPolygon", "arcs": polys, "id": numeric})
    return {"type": "Topology", "transform": {"scale": [1, 1], "translate": [0, 0]},
            "arcs": arcs, "objects": {"countries": {"type": "GeometryCollection",
                                                    "geometries": geoms}}}


def test_script_centres_mainland_crescent_and_antimeridian(tmp_path):
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    islet = [(30, 30), (31, 30), (31, 31), (30, 31)]
    # a "C" open to the east: its centroid lies in the bay, outside the land
    crescent = [(40, 0), (50, 0), (50, 2), (42, 2), (42, 8), (50, 8), (50, 10), (40, 10)]
    # a square across the antimeridian, written with longitudes that jump from 178 to -178
    dateline = [(178, -20), (-178, -20), (-178, -16), (178, -16)]
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(_topology({
        "250": [square, islet],  # FR: a mainland and an islet far away
        "191": [crescent],  # HR
        "242": [dateline],  # FJ
        "999": [square],  # no ISO code: left out
    })), encoding="utf-8")
    out = tmp_path / "points.tsv"
    assert load_script("build_country_points").main([str(source), "--out", str(out)]) == 0
    points = read_country_points(out)
    assert set(points) == {"FR", "HR", "FJ"}
    lat, lon = points["FR"]  # the mainland's centre, not pulled toward the islet
    assert abs(lon - 5) < 0.01 and 4.5 < lat < 5.5
    lat, lon = points["HR"]  # moved inside the land
    assert 40 <= lon <= 42 or lat < 2 or lat > 8
    lat, lon = points["FJ"]
    assert abs(abs(lon) - 180) < 0.01 and -20 < lat < -16


def test_country_toponym_is_reported_at_its_centre(gc):
    text = "Health officials in Australia reported new cases."
    start = text.index("Australia")
    mention = PlaceMention(text="Australia", start=start, end=start + len("Australia"))
    [r] = gc.resolve_mentions(text, [mention], lang="en")
    assert r.entry is not None and r.entry.kind == "country" and r.entry.cc == "AU"
    assert r.point == country_points()["AU"]
    # the entry itself (the median of Australia's towns, near its south-east coast) is unchanged
    assert (r.entry.lat, r.entry.lon) != r.point


GV_XML = """<articles><article><source>https://example.org/x</source>
<text>Cases rose across Australia, officials said.</text>
<locations>
<location><name>Australia</name><start>18</start><end>27</end><lat>-25</lat><lon>133</lon>
<page>https://example.org/Australia</page></location>
</locations></article></articles>
"""


def test_eval_geo_scores_a_country_at_its_centre(tmp_path, gc):
    """Gold at the country's centre (as Wikipedia and GeoNames give it): within 161 km, where
    the index's median of its towns lies far away."""
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GV_XML, encoding="utf-8")
    g = evaluate_geoparse([path], mode="gold")["files"]["GeoVirus.xml"]["gold"]
    assert g["within_161km_pct"] == 100.0
    country = gc.gaz.country("AU")
    assert g["mean_km"] < haversine_km(-25, 133, country.lat, country.lon)


def test_event_at_country_precision_keeps_its_coordinates(gc):
    text = "In Afghanistan is opnieuw gevochten, meldt de Afghaanse regering."
    art = Article(id="c", text=text, language="nl")
    ev = Event(event_type="Battles", sub_event_type="Armed clash")
    gc.geocode_events(art, [ev])
    assert ev.iso3 == "AFG" and ev.geo_precision == 3
    country = gc.gaz.country("AF")
    assert (ev.latitude, ev.longitude) == (round(country.lat, 5), round(country.lon, 5))
    assert (ev.latitude, ev.longitude) != country_points()["AF"]


def test_script_takes_land_near_the_largest_polygon_and_leaves_far_land_out(tmp_path):
    """New Zealand's two islands make one main land; Hawaii stays out of the United States'."""
    north = [(0, 2), (10, 2), (10, 12), (0, 12)]
    south = [(0, -10), (8, -10), (8, 0), (0, 0)]  # 2 degrees (~220 km) south of the largest
    far = [(60, 0), (62, 0), (62, 2), (60, 2)]
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(_topology({"554": [north, south, far]})), encoding="utf-8")
    out = tmp_path / "points.tsv"
    assert load_script("build_country_points").main([str(source), "--out", str(out)]) == 0
    lat, lon = read_country_points(out)["NZ"]
    assert -2 < lat < 4 and lon < 10  # between the two islands, not pulled east to the islet
