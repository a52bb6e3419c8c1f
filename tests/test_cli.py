"""The command line end to end: ingest, idempotence, a broken input in a batch, exports, map."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import SAMPLE_DIR, app

SEED = SAMPLE_DIR / "000_a57a69a8587cd6f2.txt"
runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "events.duckdb")


def stored_events(db: str) -> list[dict]:
    from eventcoder.store import open_store

    with open_store(db) as store:
        return [ev.model_dump(mode="json") for ev in store.all_events()]


def test_ingest_twice_adds_nothing(db):
    invoke("ingest", str(SEED), "--db", db)
    first = stored_events(db)
    assert first
    second_run = invoke("ingest", str(SEED), "--db", db)
    assert "1 already stored" in second_run.output
    assert stored_events(db) == first


def test_broken_article_does_not_stop_the_batch_or_harm_the_store(db, tmp_path):
    invoke("ingest", str(SEED), "--db", db)
    before = stored_events(db)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    (batch / "b_empty.txt").write_text("")
    (batch / "c_good.jsonl").write_text(
        json.dumps(
            {
                "id": "good-1",
                "published": "2021-03-02",
                "language": "en",
                "text": "Police arrested 12 protesters in Lagos on Monday, witnesses said.",
            }
        )
        + "\n{not json\n"
    )
    result = runner.invoke(app, ["ingest", str(batch), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 articles added" in result.output
    assert "3 failed" in result.output
    after = stored_events(db)
    assert [ev for ev in after if ev["event_id"] in {e["event_id"] for e in before}] == before


def test_exports_from_the_store(db, tmp_path):
    invoke("ingest", str(SEED), "--db", db)
    csv_path, geo_path, pq_path = tmp_path / "e.csv", tmp_path / "e.geojson", tmp_path / "e.pq"
    invoke("export", "--format", "acled-csv", "--db", db, "-o", str(csv_path))
    invoke("export", "--format", "geojson", "--db", db, "-o", str(geo_path))
    invoke("export", "--format", "parquet", "--db", db, "-o", str(pq_path))
    rows = list(csv.DictReader(csv_path.open()))
    assert len(rows) == len(stored_events(db))
    assert {row["event_type"] for row in rows} == {"Battles"}
    geo = json.loads(geo_path.read_text())
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
    import pyarrow.parquet as pq

    assert pq.read_table(pq_path).num_rows == len(rows)


def test_map_needs_a_store(tmp_path):
    result = runner.invoke(app, ["map", "--db", str(tmp_path / "none.duckdb"), "-o", "x.html"])
    assert result.exit_code != 0
    assert "ingest" in result.output


def test_sample_writes_events_and_map(tmp_path):
    out = tmp_path / "out"
    invoke("sample", "-o", str(out))
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert len(events) >= 2
    assert (out / "events.csv").read_text().startswith("event_id_cnty")
    html = (out / "map.html").read_text()
    assert "L.map" in html or "leaflet" in html.lower()
    assert "Pul-e Khumri" in html


def test_the_commands_in_their_order_and_python_m_runs_the_same_app():
    """The cli package keeps one command list, in the order --help shows it."""
    import subprocess
    import sys

    import typer.main

    names = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert names == ["extract", "ingest", "export", "map", "eval", "eval-geo", "eval-notes",
                     "serve", "sample", "watch"]
    assert SAMPLE_DIR.is_dir() and SEED.is_file()
    out = subprocess.run([sys.executable, "-m", "eventcoder", "--help"], capture_output=True,
                         text=True, check=True).stdout
    assert all(name in out for name in names)


def test_dash_as_output_is_stdout_not_a_file(db, tmp_path, monkeypatch):
    """``-o -`` prints, as ``-`` reads stdin: a file named '-' was once written and committed."""
    monkeypatch.chdir(tmp_path)
    invoke("ingest", str(SEED), "--db", db)
    result = invoke("export", "--format", "jsonl", "--db", db, "-o", "-")
    assert not (tmp_path / "-").exists()
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(stored_events(db)) > 0
