"""Property-based tests of every reader and of read_paths: random and mutated inputs never let an
exception escape, and every good record around a bad one is still read.

Seeded (derandomize) and bounded, so the file runs in the normal suite; set
EVENTCODER_FUZZ_EXAMPLES to multiply the examples for a longer run.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.ingest import read_paths
from eventcoder.ingest.readers import read_feed, read_html, read_json, read_jsonl, read_text
from eventcoder.ingest.warc import read_warc
from eventcoder.records import Article, ReadFailure
from reader_fuzz import FORMATS, MULTI, NOT_TEXT, fuzz_file, record_key, whole_file

SCALE = max(1, int(os.environ.get("EVENTCODER_FUZZ_EXAMPLES", "1")))
MAX_BYTES = 200_000  # small enough that the huge-line insert is over it


def fuzz_settings(examples: int) -> settings:
    return settings(
        derandomize=True,
        max_examples=examples * SCALE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


mutation = st.tuples(
    st.integers(0, 5), st.floats(0, 1, allow_nan=False), st.integers(0, 10_000)
)
mutations = st.lists(mutation, min_size=1, max_size=3)
EXTENSIONS = {fmt: "." + fmt for fmt in FORMATS} | {"txt": ".txt", "html": ".html"}


def check_items(items: list[object], limit: int | None = None) -> list[Article]:
    """Every item is an Article or a ReadFailure; articles hold real, non-empty text."""
    articles = []
    for item in items:
        assert isinstance(item, Article | ReadFailure), item
        if isinstance(item, Article):
            assert item.text.strip() and not NOT_TEXT(item.text)
            assert not NOT_TEXT(item.title or "") and not NOT_TEXT(item.url or "")
            articles.append(item)
        else:
            assert item.reason and "Traceback" not in item.reason
    return articles


def read_file(data: bytes, suffix: str, **options: object) -> list[Article | ReadFailure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_paths([path], **options))  # type: ignore[arg-type]


# --- no exception escapes ----------------------------------------------------------------------


@fuzz_settings(60)
@given(
    fmt=st.sampled_from(FORMATS),
    changes=mutations,
    suffix=st.sampled_from([None, ".txt", ".jsonl", ".json", ".xml", ".warc", ".gz", ".bin"]),
)
def test_read_paths_never_raises_on_mutated_files(
    fmt: str, changes: list[tuple[int, float, int]], suffix: str | None
) -> None:
    data = whole_file(fmt, changes)
    check_items(read_file(data, suffix or EXTENSIONS[fmt], max_bytes=MAX_BYTES))


@fuzz_settings(40)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(list(EXTENSIONS.values())))
def test_read_paths_never_raises_on_random_bytes(data: bytes, suffix: str) -> None:
    check_items(read_file(data, suffix, max_bytes=MAX_BYTES))


@fuzz_settings(40)
@given(fmt=st.sampled_from(FORMATS), changes=mutations)
def test_each_reader_never_raises(fmt: str, changes: list[tuple[int, float, int]]) -> None:
    data = whole_file(fmt, changes)
    origin = "fuzz"
    for reader in (read_text, read_html, read_feed, read_json):
        check_items(list(reader(data, origin)))
    check_items(list(read_jsonl(io.BytesIO(data), origin, MAX_BYTES)))
    check_items(list(read_warc(io.BytesIO(data), origin, MAX_BYTES)))


@fuzz_settings(30)
@given(text=st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_unicode_text_in_a_json_line_is_one_article_or_one_failure(text: str) -> None:
    import json

    line = json.dumps({"text": text}).encode()  # lone surrogates come out as \udXXX escapes
    (item,) = read_file(line, ".jsonl")
    (article,) = check_items([item]) or [None]
    if NOT_TEXT(text) or not text.strip():
        assert isinstance(item, ReadFailure)
    else:
        assert article is not None and article.text == text.strip()


# --- a bad record costs only itself -----------------------------------------------------------


@fuzz_settings(20)
@given(
    fmt=st.sampled_from(MULTI),
    good=st.integers(2, 4),
    bad_at=st.integers(0, 4),
    pick=st.integers(0, 100),
    changes=mutations,
)
def test_good_records_around_a_bad_one_are_all_read(
    fmt: str, good: int, bad_at: int, pick: int, changes: list[tuple[int, float, int]]
) -> None:
    data, records = fuzz_file(fmt, good, bad_at, pick, changes)
    articles = check_items(read_file(data, EXTENSIONS[fmt]))
    expected = [record_key(fmt, record) for record in records]
    keys = [a.id if fmt.startswith("json") else a.url for a in articles]
    assert [key for key in keys if key in expected] == expected
