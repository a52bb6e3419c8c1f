"""Operational errors end the command with one line and exit status 1; --debug shows tracebacks.

Read-only commands (export, map) open the store read-only, so they work on read-only media.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.store import StoreError, open_store
from readonly_media import read_only_folder

runner = CliRunner()


def fails_in_one_line(*args: str) -> str:
    """Run the command; it must exit 1 with one line on stderr and no traceback."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: ") and "Traceback" not in result.output
    return lines[0]


@pytest.fixture()
def filled_db(tmp_path: Path, make_article, make_event) -> str:
    """A DuckDB store holding one article and its event, written without the coder."""
    path = tmp_path / "events.duckdb"
    article = make_article("Taliban stormed Kunduz on Saturday.", source="Wire")
    with open_store(str(path)) as store:
        store.add_article(article, [make_event(article, {"actor1": "Taliban"})])
    return str(path)


@pytest.fixture()
def holder(filled_db: str) -> Iterator[int]:
    """Another process holding the store's write lock; yields its PID."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, duckdb
                con = duckdb.connect({filled_db!r})
                print("locked", flush=True)
                sys.stdin.read()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    try:
        yield process.pid
    finally:
        process.communicate("", timeout=30)


def _not_duckdb(tmp_path: Path) -> str:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 300)
    return str(path)


@pytest.mark.parametrize("command", ["export", "map", "ingest"])
@pytest.mark.parametrize(
    ("make_db", "says"),
    [
        (lambda tmp: str(tmp), "is a directory"),
        (_not_duckdb, "not a DuckDB database file"),
        (lambda tmp: "mysql://root@localhost/events", "unsupported store URL"),
        (
            lambda tmp: "postgresql://postgres@127.0.0.1:5432/test?schema=a;drop",
            "not a plain schema name",
        ),
        (lambda tmp: "postgresql://postgres:pw@127.0.0.1:1/test", "Connection refused"),
        (
            lambda tmp: "postgresql://postgres@no-such-host.invalid/test?connect_timeout=3",
            "no-such-host.invalid",
        ),
    ],
)
def test_bad_stores_give_one_line(tmp_path, command, make_db, says):
    db = make_db(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    args = {
        "export": ["export", "--db", db, "-f", "jsonl"],
        "map": ["map", "--db", db, "-o", str(tmp_path / "m.html")],
        "ingest": ["ingest", str(empty), "--db", db],
    }[command]
    line = fails_in_one_line(*args)
    assert says in line and ":pw@" not in line


@pytest.mark.postgres
def test_a_missing_postgres_database_gives_one_line(pg_server):
    url = pg_server.rsplit("/", 1)[0] + "/no_such_database_ec"
    line = fails_in_one_line("export", "--db", url)
    assert '"no_such_database_ec" does not exist' in line


@pytest.mark.parametrize("command", ["ingest", "export"])
def test_a_locked_store_names_the_process_holding_it(filled_db, holder, tmp_path, command):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    args = ["ingest", str(empty)] if command == "ingest" else ["export", "-f", "jsonl"]
    line = fails_in_one_line(*args, "--db", filled_db)
    assert f"locked by process {holder}" in line


def test_debug_shows_the_error_itself(tmp_path):
    result = runner.invoke(app, ["--debug", "export", "--db", str(tmp_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, StoreError)


def test_read_only_commands_work_on_read_only_media(filled_db, tmp_path):
    with read_only_folder(tmp_path, {"events.duckdb": Path(filled_db)}) as folder:
        store = str(folder / "events.duckdb")
        result = runner.invoke(app, ["export", "--db", store, "-f", "jsonl"])
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        assert [r["actor1"] for r in records] == ["Taliban"]
        out = tmp_path / "map.html"
        result = runner.invoke(app, ["map", "--db", store, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "Kunduz" in out.read_text(encoding="utf-8")
        empty = tmp_path / "empty.txt"
        empty.write_text("")
        assert "cannot be written" in fails_in_one_line("ingest", str(empty), "--db", store)
        line = fails_in_one_line("export", "--db", store, "-o", str(folder / "out.csv"))
        assert "Read-only file system" in line or "Permission denied" in line
        assert list(folder.iterdir()) == [folder / "events.duckdb"]


def test_export_reads_beside_a_reader(filled_db):
    """Read-only opens share the file: a second reader is no lock conflict."""
    with open_store(filled_db, read_only=True):
        result = runner.invoke(app, ["export", "--db", filled_db, "-f", "jsonl"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "newsroom.example.org"])
def test_serve_refuses_writes_beyond_loopback_without_a_token(tmp_path, host, monkeypatch):
    monkeypatch.delenv("EVENTCODER_TOKEN", raising=False)
    db = tmp_path / "events.duckdb"
    line = fails_in_one_line("serve", "--host", host, "--db", str(db))
    assert "without a token" in line and "EVENTCODER_TOKEN" in line
    assert not db.exists()  # refused before anything was opened


def test_a_logged_traceback_is_one_line_unless_debug(tmp_path, monkeypatch, capsys):
    from eventcoder.cli_errors import configure_logging

    log = logging.getLogger("eventcoder.ingest")
    try:
        configure_logging(False)
        try:
            raise OSError("disk went away\nsecond line")
        except OSError:
            log.exception("reading %s failed", "feed.xml")
        quiet = capsys.readouterr().err
        expected = "error: reading feed.xml failed (OSError: disk went away second line)"
        assert quiet.strip() == expected
        configure_logging(True)
        try:
            raise OSError("disk went away")
        except OSError:
            log.exception("reading %s failed", "feed.xml")
        assert "Traceback" in capsys.readouterr().err
    finally:
        configure_logging(False)


def test_reader_errors_logged_during_a_batch_stay_one_line(tmp_path, monkeypatch):
    import eventcoder.ingest as ingest

    def noisy(paths, **kwargs):  # type: ignore[no-untyped-def]
        try:
            raise AttributeError("'NoneType' object has no attribute 'rec_headers'")
        except AttributeError:
            logging.getLogger("eventcoder.ingest").exception("reading %s failed", "a.warc")
        return iter(())

    monkeypatch.setattr(ingest, "read_paths", noisy)
    result = runner.invoke(app, ["extract", "nothing.txt"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "error: reading a.warc failed (AttributeError:" in result.output


@pytest.mark.parametrize("command", ["export", "map"])
def test_a_missing_store_is_one_line_and_creates_nothing(tmp_path, command):
    db = tmp_path / "none.duckdb"
    line = fails_in_one_line(command, "--db", str(db))
    assert "no store at" in line and "eventcoder ingest" in line
    assert not db.exists()


def test_a_long_skip_reason_stays_on_one_line(monkeypatch):
    import eventcoder.ingest as ingest
    from eventcoder.records import ReadFailure

    reason = "line 7 (byte 1,234): nested deeper than 1,000 levels [bold]kept literal[/bold] " * 2
    origin = "/data/feeds/" + "very-long-folder-name/" * 4 + "items.jsonl"

    def one_failure(paths, **kwargs):  # type: ignore[no-untyped-def]
        return iter([ReadFailure(origin=origin, reason=reason + "\nsecond line")])

    monkeypatch.setattr(ingest, "read_paths", one_failure)
    result = runner.invoke(app, ["extract", "items.jsonl"])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if "skipped" in line]
    assert len(skipped) == 1
    assert origin in skipped[0] and "[bold]kept literal[/bold]" in skipped[0]
    assert skipped[0].rstrip().endswith("second line")
