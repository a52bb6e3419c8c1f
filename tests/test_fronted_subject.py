"""Dutch puts a perfect's participle at the end of its clause: "Strijders van de RSF hebben
zondag het dorp X, ten oosten van Y in de staat Z, aangevallen". The sentence's first phrase,
right before "hebben"/"heeft", is the doer however long the middle field; "zijn" makes no
such doer (it is also the passive's auxiliary)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str):
    article = Article(id="front", text=text, language="nl", published="2024-11-05")
    return [ev for ev in code_article(article) if ev.modality == "reported"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Strijders van de paramilitaire Rapid Support Forces (RSF) hebben zondag het dorp Um "
     "Sunut, ten westen van Al Manaqil in de Sudanese staat Gezira, aangevallen en daarbij "
     "zeker 25 burgers gedood.", "Rapid Support Forces"),
    ("Al-Shabaab heeft maandagochtend een legerbasis bij de stad Baidoa, in het zuidwesten van "
     "Somalië en niet ver van de grens met Ethiopië, aangevallen.", "Al Shabaab"),
])
def test_the_first_phrase_before_hebben_is_the_doer(text: str, actor: str) -> None:
    events = _events(text)
    assert len(events) == 1
    assert events[0].actor1 == actor


def test_zijn_makes_no_doer_of_the_first_phrase() -> None:
    text = ("Drie burgers zijn zondag bij een aanval op het dorp Wad al-Noura, ten westen van "
            "Al Manaqil in de Sudanese staat Gezira, door onbekende gewapende mannen gedood.")
    assert all(ev.actor1 != "Civilians (Sudan)" for ev in _events(text))
