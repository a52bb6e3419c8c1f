"""Exports: JSONL, ACLED CSV, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventcoder.export import ACLED_COLUMNS, FORMATS, disorder_type, write_events
from eventcoder.records import ACLED_TYPES, ClaimedFatalities, Event, Evidence


def battle(**changes: object) -> Event:
    fields: dict[str, object] = {
        "event_id": "EC0001",
        "event_date": "2019-09-01",
        "date_start": "2019-09-01",
        "date_end": "2019-09-01",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Taliban",
        "inter1": 2,
        "actor2": "Police Forces of Afghanistan",
        "inter2": 1,
        "interaction": 12,
        "country": "Afghanistan",
        "iso3": "AFG",
        "admin1": "Baghlan",
        "location": "Pul-e Khumri",
        "latitude": 35.94458,
        "longitude": 68.71512,
        "geo_precision": 1,
        "geonameid": 1130490,
        "fatalities": None,
        "fatalities_claimed": [ClaimedFatalities(claimant="Taliban", text="tientallen gedood")],
        "source": "NRC",
        "language": "nl",
        "notes": "On 1 September 2019, Taliban fighters clashed with police in Pul-e Khumri.",
        "evidence": [Evidence(field="actor1", article_id="a1", start=44, end=52, text="Talibaan")],
        "article_ids": ["a1"],
    }
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


def unlocated() -> Event:
    return battle(event_id="EC0002", latitude=None, longitude=None, location=None)


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_keeps_nulls_and_round_trips(tmp_path: Path) -> None:
    events = [battle(), unlocated()]
    assert write_events(events, "jsonl", tmp_path / "e.jsonl") == 2
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert "fatalities" in first and first["fatalities"] is None
    assert json.loads(lines[1])["latitude"] is None
    assert "place_candidates" not in first
    assert [Event.model_validate_json(line) for line in lines] == events


def test_jsonl_to_a_binary_stream_is_utf8() -> None:
    buffer = io.BytesIO()
    write_events([battle(notes="Gevechten in Pul-e-Chomri — zondag")], "jsonl", buffer)
    assert "— zondag" in json.loads(buffer.getvalue().decode("utf-8"))["notes"]


# --- ACLED CSV --------------------------------------------------------------------------------


def read_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def test_acled_csv_header_is_acleds_columns_in_order() -> None:
    out = io.StringIO()
    write_events([battle()], "acled-csv", out)
    header, _ = read_csv(out.getvalue())
    assert header == list(ACLED_COLUMNS)
    assert header[:7] == [
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
    ]
    assert header[-3:] == ["fatalities", "tags", "timestamp"]
    assert len(header) == 31


def test_acled_csv_values_and_zero_for_unknown_fatalities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = io.StringIO()
    assert write_events([battle(), battle(event_id="EC0003", fatalities=16)], "csv", out) == 2
    _, (unknown, known) = read_csv(out.getvalue())
    assert unknown["fatalities"] == "0" and known["fatalities"] == "16"
    assert unknown["iso"] == "4"  # ISO 3166 numeric, as ACLED writes it
    assert unknown["region"] == "South Asia"
    assert unknown["disorder_type"] == "Political violence"
    assert unknown["year"] == "2019" and unknown["event_date"] == "2019-09-01"
    assert (unknown["latitude"], unknown["longitude"]) == ("35.94458", "68.71512")
    assert unknown["admin3"] == "" and unknown["civilian_targeting"] == ""
    assert unknown["timestamp"] == "1700000000"


def test_acled_csv_country_codes_from_the_name_when_iso3_is_missing() -> None:
    out = io.StringIO()
    write_events([battle(iso3=None, country="Netherlands")], "acled-csv", out)
    _, (row,) = read_csv(out.getvalue())
    assert (row["iso"], row["region"]) == ("528", "Europe")


def test_acled_csv_civilian_targeting() -> None:
    attack = battle(
        event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians"
    )
    strike = battle(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", inter2=7
    )
    out = io.StringIO()
    write_events([attack, strike, battle()], "acled-csv", out)
    _, rows = read_csv(out.getvalue())
    assert [row["civilian_targeting"] for row in rows] == [
        "Civilian targeting",
        "Civilian targeting",
        "",
    ]


@pytest.mark.parametrize(
    ("sub_event_type", "expected"),
    [
        ("Armed clash", "Political violence"),
        ("Air/drone strike", "Political violence"),
        ("Abduction/forced disappearance", "Political violence"),
        ("Mob violence", "Political violence"),
        ("Violent demonstration", "Demonstrations"),
        ("Peaceful protest", "Demonstrations"),
        ("Protest with intervention", "Demonstrations"),
        ("Excessive force against protesters", "Political violence; Demonstrations"),
        ("Arrests", "Strategic developments"),
        ("Looting/property destruction", "Strategic developments"),
    ],
)
def test_disorder_type_follows_acleds_codebook(sub_event_type: str, expected: str) -> None:
    event_type = next(t for t, subs in ACLED_TYPES.items() if sub_event_type in subs)
    assert disorder_type(event_type, sub_event_type) == expected


def test_every_acled_sub_event_type_has_a_disorder_type() -> None:
    for event_type, subs in ACLED_TYPES.items():
        for sub in subs:
            assert disorder_type(event_type, sub) is not None, sub


# --- GeoJSON ----------------------------------------------------------------------------------


def test_geojson_is_a_valid_feature_collection_in_lon_lat_order(tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    assert write_events([battle(), unlocated()], "geojson", path) == 1
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["type"] == "Feature" and feature["id"] == "EC0001"
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert (lon, lat) == (68.71512, 35.94458)
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    properties = feature["properties"]
    assert properties["event_type"] == "Battles" and properties["fatalities"] is None
    assert "latitude" not in properties and "longitude" not in properties
    assert properties["evidence"][0]["text"] == "Talibaan"


def test_geojson_leaves_out_invalid_coordinates_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad = [unlocated(), battle(latitude=95.0), battle(longitude=math.nan)]
    out = io.StringIO()
    with caplog.at_level("WARNING"):
        assert write_events(bad, "geojson", out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    assert "3 event(s) without coordinates" in caplog.text


def test_geojson_has_no_nan_and_is_strict_json() -> None:
    out = io.StringIO()
    write_events([battle(confidence=0.9)], "geojson", out)
    json.loads(out.getvalue(), parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))


# --- Parquet ----------------------------------------------------------------------------------


def test_parquet_round_trip_with_typed_columns(tmp_path: Path) -> None:
    events = [battle(fatalities=16), unlocated()]
    path = tmp_path / "e.parquet"
    assert write_events(events, "parquet", path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    schema = table.schema
    assert str(schema.field("fatalities").type) == "int64"
    assert str(schema.field("latitude").type) == "double"
    assert str(schema.field("evidence").type).startswith("list<")
    rows = table.to_pylist()
    assert [Event.model_validate(row) for row in rows] == events
    assert rows[1]["latitude"] is None and rows[0]["evidence"][0]["start"] == 44


def test_parquet_to_a_binary_stream_and_empty_input() -> None:
    buffer = io.BytesIO()
    assert write_events([], "parquet", buffer) == 0
    assert pq.read_table(io.BytesIO(buffer.getvalue())).num_rows == 0


# --- formats ----------------------------------------------------------------------------------


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_events([battle()], "xlsx", io.StringIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_generator_to_a_path(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    assert write_events((e for e in [battle()]), fmt, path) == 1
    assert path.stat().st_size > 0
