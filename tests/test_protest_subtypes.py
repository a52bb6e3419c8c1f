"""A protest's sub-type by what happened in it (ACLED): police hurt by a crowd make no
excessive force against protesters, protesters hurt by the police do; demonstrators who
destroy property make a violent demonstration, not a protest beside a looting event."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _subtypes(text: str, lang: str) -> list[str]:
    article = Article(id="protest", text=text, language=lang, published="2024-12-09")
    return [ev.sub_event_type for ev in code_article(article) if ev.modality == "reported"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("In Gent heeft de politie donderdag traangas ingezet tegen betogers die naar het "
     "stadhuis waren gelopen. Volgens de politie werden drie agenten licht gewond.",
     "nl", "Protest with intervention"),
    ("In Gent heeft de politie donderdag traangas ingezet tegen betogers die naar het "
     "stadhuis waren gelopen. Volgens de organisatoren werden drie betogers gewond.",
     "nl", "Excessive force against protesters"),
    ("Police fired tear gas at protesters who marched on the city hall in Lyon on Thursday. "
     "Three officers were injured, police said.", "en", "Protest with intervention"),
])
def test_who_was_hurt_decides_excessive_force(text: str, lang: str, expected: str) -> None:
    assert _subtypes(text, lang) == [expected]


@pytest.mark.parametrize(("text", "lang"), [
    ("Honderden boeren betoogden donderdag in Namen tegen de nieuwe mestregels. Een deel van "
     "de betogers stak hooibalen en autobanden in brand bij het provinciehuis.", "nl"),
])
def test_demonstrators_who_destroy_property_make_a_violent_demonstration(
        text: str, lang: str) -> None:
    assert _subtypes(text, lang) == ["Violent demonstration"]
