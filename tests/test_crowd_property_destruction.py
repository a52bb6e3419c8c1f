"""Demonstrators who destroy property riot (ACLED: a violent demonstration), though the words
are a strategic development's and the crowd is no armed side."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str) -> list:
    article = Article(id="cp", text=text, language=lang, published="2024-02-05")
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Boze boeren staken zaterdag bij Assen hooibalen in brand op de A28.", "nl"),
    ("Actievoerders hebben zaterdag bij Zwolle autobanden in brand gestoken op de A28.", "nl"),
])
def test_a_crowd_that_torches_property_riots(text: str, lang: str) -> None:
    events = _events(text, lang)
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Violent demonstration", "Rioters (Netherlands)")]
