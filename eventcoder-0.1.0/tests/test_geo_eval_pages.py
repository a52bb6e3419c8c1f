"""eval-geo on GeoVirus: a unit that is the gold's Wikipedia page scores 0 km, like an id match."""

from __future__ import annotations

import pytest

from eventcoder.geo.evaluate import evaluate_geoparse

TEXT = "Cases rose across {name}, officials said."


def _xml(name: str, lat: float, lon: float, page: str) -> str:
    text = TEXT.format(name=name)
    start = text.index(name)
    return (f"<articles><article><source>https://example.org/x</source><text>{text}</text>"
            f"<locations><location><name>{name}</name><start>{start}</start>"
            f"<end>{start + len(name)}</end><lat>{lat}</lat><lon>{lon}</lon>"
            f"<page>https://en.wikipedia.org/wiki/{page}</page></location></locations>"
            "</article></articles>")


def _gold(tmp_path, name: str, lat: float, lon: float, page: str) -> dict:
    path = tmp_path / "GeoVirus.xml"
    path.write_text(_xml(name, lat, lon, page), encoding="utf-8")
    return evaluate_geoparse([path], mode="gold")["files"]["GeoVirus.xml"]["gold"]


def test_country_named_by_its_page_scores_zero_and_the_old_measure_is_kept(tmp_path):
    """Canada at GeoVirus' 60 N 95 W, 300 km from the centre of its land: the right country."""
    g = _gold(tmp_path, "Canada", 60.0, -95.0, "Canada")
    assert g["page_matches"] == 1 and g["mean_km"] == 0.0 and g["within_161km_pct"] == 100.0
    assert g["points_mean_km"] > 161 and g["points_within_161km_pct"] == 0.0


@pytest.mark.parametrize(("name", "lat", "lon", "page"), [
    ("Canada", 40.0, -100.0, "Canada"),  # the gold point lies in another country
    ("Canada", 60.0, -95.0, "Canada_(disambiguation)"),  # a page about something else
    ("Europe", 51.0, 17.5, "European_Union"),  # an alias of the unit, not its own name
    ("Kabul", 36.0, 71.0, "Kabul"),  # a town: its point is no convention, scored by distance
])
def test_no_page_match(tmp_path, name, lat, lon, page):
    g = _gold(tmp_path, name, lat, lon, page)
    assert g["page_matches"] == 0 and g["mean_km"] == g["points_mean_km"] > 161


def test_corpora_without_pages_report_no_page_fields(tmp_path):
    gwn = tmp_path / "GWN.xml"
    text = TEXT.format(name="Canada")
    start = text.index("Canada")
    gwn.write_text(
        f"<articles><article><text>{text}</text><toponyms><toponym><start>{start}</start>"
        f"<end>{start + 6}</end><extractedName>Canada</extractedName>"
        "<geonamesID>6251999</geonamesID><latitude>60.1</latitude>"
        "<longitude>-113.6</longitude></toponym></toponyms></article></articles>",
        encoding="utf-8")
    g = evaluate_geoparse([gwn], mode="gold")["files"]["GWN.xml"]["gold"]
    assert g["exact_pct"] == 100.0 and "page_matches" not in g


def test_the_table_shows_both_measures(tmp_path):
    from eventcoder.geo.evaluate import format_geo_report

    path = tmp_path / "GeoVirus.xml"
    path.write_text(_xml("Canada", 60.0, -95.0, "Canada"), encoding="utf-8")
    text = format_geo_report(evaluate_geoparse([path], mode="gold"))
    assert "points only" in text
