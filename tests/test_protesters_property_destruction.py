"""Demonstrators who destroy property riot (ACLED: a violent demonstration), though the words
are a strategic development's and demonstrators are no armed side; looters stay looters."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str) -> list:
    article = Article(id="pp", text=text, language=lang, published="2024-02-05")
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Boze boeren staken zaterdag bij Assen hooibalen in brand op de A28.", "nl"),
    ("Protesters set tyres on fire on Saturday on the main road outside Nairobi.", "en"),
])
def test_demonstrators_who_torch_property_riot(text: str, lang: str) -> None:
    events = _events(text, lang)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Plunderaars hebben in Beira winkels geplunderd.", "nl"),
    ("Looters ransacked shops in Beira on Saturday.", "en"),
])
def test_looters_stay_a_looting_event(text: str, lang: str) -> None:
    assert all(e.sub_event_type != "Violent demonstration" for e in _events(text, lang))
