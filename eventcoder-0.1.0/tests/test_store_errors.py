"""Stores that cannot be opened or written say why in one line; NUL is refused on every store."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pydantic
import pytest

from eventcoder.store import (
    EventQuery,
    StoreError,
    StoreLocked,
    StoreURLError,
    UnstorableText,
    open_store,
)
from eventcoder.store.errors import redact
from readonly_media import read_only_folder


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message
    return message


def test_a_directory_given_as_the_store(tmp_path):
    with pytest.raises(StoreError) as caught:
        open_store(str(tmp_path))
    assert "is a directory" in _one_line(caught.value)


def test_a_file_that_is_not_duckdb(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(StoreError) as caught:
        open_store(str(path))
    assert "not a DuckDB database file" in _one_line(caught.value)
    assert path.read_text().startswith("these are notes")  # nothing written over it


def test_a_locked_store_names_the_process_that_holds_it(tmp_path):
    path = tmp_path / "busy.duckdb"
    open_store(str(path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time, duckdb
                con = duckdb.connect({str(path)!r})
                print("locked", flush=True)
                sys.stdin.read()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for read_only in (False, True):
            with pytest.raises(StoreLocked) as caught:
                open_store(str(path), read_only=read_only)
            message = _one_line(caught.value)
            assert caught.value.pid == holder.pid
            assert f"process {holder.pid}" in message and str(path) in message
    finally:
        holder.communicate("", timeout=30)
    deadline = time.monotonic() + 30
    while True:  # the lock goes with the process
        try:
            open_store(str(path)).close()
            break
        except StoreLocked:
            assert time.monotonic() < deadline
            time.sleep(0.1)


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.duckdb"), read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()
    other = tmp_path / "other.duckdb"
    import duckdb

    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not an eventcoder store"):
        open_store(str(other), read_only=True)


def test_a_store_on_read_only_media_is_read_but_not_written(
    tmp_path, make_article, make_event
):
    source = tmp_path / "events.duckdb"
    article = make_article("Taliban stormed Kunduz on Saturday.", source="Wire")
    with open_store(str(source)) as store:
        store.add_article(article, [make_event(article, {"actor1": "Taliban"})])
    with read_only_folder(tmp_path, {"events.duckdb": source}) as folder:
        path = str(folder / "events.duckdb")
        with pytest.raises(StoreError) as caught:
            open_store(path)
        assert "cannot be written" in _one_line(caught.value)
        with open_store(path, read_only=True) as store:
            assert store.get_article(article.id) == article
            assert len(store.all_events()) == 1
        with pytest.raises(StoreError, match="cannot create store"):
            open_store(str(folder / "sub" / "new.duckdb"))


def test_a_read_only_store_refuses_writes(store_url, make_article, make_event):
    kept = make_article("Taliban stormed Kunduz on Saturday.", source="Wire")
    with open_store(store_url) as store:
        store.add_article(kept, [make_event(kept, {"actor1": "Taliban"})])
    late = make_article("Police arrested forty protesters in Kunduz.", source="Wire")
    with open_store(store_url, read_only=True) as reader:
        with pytest.raises(Exception):  # noqa: B017 - each driver names its own error
            reader.add_article(late, [])
        assert reader.stats()["articles"] == 1
        assert not reader.has_article(late.id)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://root@localhost/events", "unsupported store URL"),
        ("postgresql://postgres@127.0.0.1:5432/test?schema=a;drop", "not a plain schema name"),
        ("postgresql://u:secret@[::1/test", "malformed store URL"),
        ("", "empty store path"),
    ],
)
def test_bad_urls_are_refused_before_connecting(url, says):
    with pytest.raises(StoreURLError) as caught:
        open_store(url)
    message = _one_line(caught.value)
    assert says in message and "secret" not in message
    assert isinstance(caught.value, ValueError)


def test_no_server_at_the_address():
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://postgres:hunter2@127.0.0.1:1/test")
    message = _one_line(caught.value)
    assert "cannot open PostgreSQL store" in message and "refused" in message.lower()
    assert "hunter2" not in message


def test_a_host_that_does_not_resolve():
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://postgres@no-such-host.invalid:5432/test?connect_timeout=3")
    assert "no-such-host.invalid" in _one_line(caught.value)


@pytest.mark.postgres
def test_a_database_that_does_not_exist(pg_server):
    url = pg_server.rsplit("/", 1)[0] + "/no_such_database_ec"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert "no_such_database_ec" in _one_line(caught.value)
    assert "does not exist" in str(caught.value)


@pytest.mark.postgres
def test_a_read_only_postgres_schema_must_exist(pg_server):
    with pytest.raises(StoreError, match="no eventcoder store in schema"):
        open_store(f"{pg_server}?schema=ec_never_created_here", read_only=True)


def test_passwords_are_masked():
    assert redact("postgresql://me:s3cret@db/x failed") == "postgresql://me:***@db/x failed"
    assert "s3cret" not in redact("host=db password=s3cret dbname=x")


# ---- one NUL policy: refused, on DuckDB and PostgreSQL alike ---------------------------------


@pytest.mark.parametrize(
    "field", ["text", "title", "source", "url"],
)
@pytest.mark.parametrize("bad", ["\x00", "\ud800"])
def test_nul_and_lone_surrogates_are_refused_and_nothing_is_stored(
    store, make_article, make_event, field, bad
):
    good = make_article("Taliban stormed Kunduz on Saturday.", source="Wire")
    store.add_article(good, [make_event(good, {"actor1": "Taliban"})])
    fields = {"text": "Police clashed with protesters in Kunduz.", "source": "Wire"}
    fields[field] = f"{fields.get(field, 'https://example.org/a')}{bad}tail"
    text = fields.pop("text")
    article = make_article(text, article_id="bad-article", **fields)
    with pytest.raises(UnstorableText, match=field):
        store.add_article(article, [])
    assert store.stats() == {**store.stats(), "articles": 1, "events": 1}
    assert not store.has_article("bad-article")


def test_an_event_holding_nul_is_refused(store, make_article, make_event):
    article = make_article("Taliban stormed Kunduz on Saturday.", source="Wire")
    event = make_event(article, {"actor1": "Taliban"}, notes="Taliban\x00 attack")
    with pytest.raises(UnstorableText, match="NUL"):
        store.add_article(article, [event])
    assert store.stats()["articles"] == 0


@pytest.mark.parametrize("bad", ["a\x00b", "\ud800"])
def test_lookups_and_filters_refuse_nul_on_every_store(store, bad):
    for lookup in (
        store.get_article,
        store.has_article,
        store.get_event,
        store.events_for_article,
        store.evidence_for_article,
    ):
        with pytest.raises(UnstorableText):
            lookup(bad)
    for name in ("country", "admin1", "actor", "text", "event_type"):
        with pytest.raises(pydantic.ValidationError):
            EventQuery(**{name: bad})
    with pytest.raises(pydantic.ValidationError):
        EventQuery(country=["Kenya", bad])


@pytest.mark.parametrize(
    "fields",
    [{"offset": 2**63}, {"offset": 10**9 + 1}, {"min_fatalities": 2**31}, {"limit": 10_001}],
)
def test_query_numbers_stay_within_what_every_store_holds(fields):
    with pytest.raises(pydantic.ValidationError):
        EventQuery(**fields)


def test_the_largest_allowed_numbers_run_on_every_store(store):
    events, total = store.query_events(
        EventQuery(offset=10**9, min_fatalities=2**31 - 1, limit=10_000)
    )
    assert events == [] and total == 0
