"""The maximum article size: refused with a reason, never truncated, configurable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.ingest import (
    MAX_ARTICLE_CHARS,
    MAX_CHARS_ENV,
    InvalidLimit,
    check_size,
    max_article_chars,
    read_paths,
)
from eventcoder.records import Article, ReadFailure


def test_default_limit_is_one_million_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_CHARS_ENV, raising=False)
    assert MAX_ARTICLE_CHARS == 1_000_000
    assert max_article_chars() == MAX_ARTICLE_CHARS
    assert check_size("x" * MAX_ARTICLE_CHARS) is None
    reason = check_size("x" * (MAX_ARTICLE_CHARS + 1))
    assert reason is not None
    assert "1,000,001" in reason and "1,000,000" in reason and MAX_CHARS_ENV in reason


def test_environment_variable_sets_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_CHARS_ENV, "20")
    assert max_article_chars() == 20
    assert check_size("a" * 20) is None
    assert check_size("a" * 21) is not None
    assert check_size("a" * 21, limit=50) is None  # an explicit limit wins


@pytest.mark.parametrize("raw", ["ten", "0", "-5", "1.5"])
def test_a_bad_configured_limit_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(MAX_CHARS_ENV, raw)
    with pytest.raises(InvalidLimit, match=MAX_CHARS_ENV):
        max_article_chars()
    with pytest.raises(InvalidLimit):
        list(read_paths([]))


def test_reader_skips_an_article_over_the_limit_and_keeps_the_rest(tmp_path: Path) -> None:
    lines = [
        {"id": "short-1", "text": "Rebels attacked the town of Kunduz on Sunday."},
        {"id": "long", "text": "Word " * 400},
        {"id": "short-2", "text": "Police fired tear gas at protesters in Lagos."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    items = list(read_paths([path], max_chars=1000))
    assert [item.id for item in items if isinstance(item, Article)] == ["short-1", "short-2"]
    (failure,) = [item for item in items if isinstance(item, ReadFailure)]
    assert failure.origin == f"{path}#2"
    assert "too long" in failure.reason and "1,999 characters" in failure.reason


def test_plain_text_over_the_limit_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Soldiers clashed with militants. " * 10, encoding="utf-8")
    monkeypatch.setenv(MAX_CHARS_ENV, "100")
    (item,) = read_paths([path])
    assert isinstance(item, ReadFailure) and "over the maximum article size of 100" in item.reason
    monkeypatch.setenv(MAX_CHARS_ENV, "10000")
    (item,) = read_paths([path])
    assert isinstance(item, Article) and item.text.endswith("militants.")  # whole, not cut


def test_the_cli_max_chars_option_skips_a_long_article_and_codes_the_rest(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    from eventcoder.cli import app

    monkeypatch.setenv("EVENTCODER_MAX_CHARS", "1000000")  # restored after the test
    short = "Taliban fighters clashed with Afghan soldiers near Ghazni on Saturday."
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "long", "language": "en", "published": "2021-03-08",
                    "text": short + " " + "word " * 100}) + "\n"
        + json.dumps({"id": "short", "language": "en", "published": "2021-03-08",
                      "text": short}) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "--max-chars", "200",
                                      "-o", str(out), "--no-merge"])
    assert result.exit_code == 0, result.output
    assert "long" in result.output and "200" in result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events and {e["article_ids"][0] for e in events} == {"short"}
    bad = CliRunner().invoke(app, ["extract", str(path), "--max-chars", "0"])
    assert bad.exit_code != 0
