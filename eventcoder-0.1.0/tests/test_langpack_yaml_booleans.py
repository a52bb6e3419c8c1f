"""YAML 1.1 reads a bare ``no:`` key as False: a pack word written so must fail loudly, not
turn into the word "false" (the English ``no: 0`` number word once did)."""

from __future__ import annotations

import pytest

from eventcoder.langpacks import LanguagePackError, load_pack
from eventcoder.langpacks.numbers import grammar
from eventcoder.langpacks.schemas import NumbersFile
from eventcoder.langpacks.validation import check_yaml


@pytest.mark.parametrize("word", ["no", "yes", "on", "off"])
def test_a_bare_boolean_word_as_a_key_is_refused_with_file_and_key(word: str) -> None:
    import yaml

    data = yaml.safe_load(f"words:\n  {word}: 0\n")
    with pytest.raises(LanguagePackError, match=r"en/numbers\.yaml: key 'words\.(true|false)'"):
        check_yaml(data, NumbersFile, "en/numbers.yaml")


def test_the_quoted_word_is_a_word() -> None:
    import yaml

    check_yaml(yaml.safe_load('words:\n  "no": 0\n'), NumbersFile, "en/numbers.yaml")


def test_english_reads_no_as_the_number_word_and_false_as_none() -> None:
    words = grammar(load_pack("en")).words
    assert words["no"] == 0
    assert "false" not in words
