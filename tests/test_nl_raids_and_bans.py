"""Dutch: members of an armed gang coalition who invade a town attack it, while armed men
who "overvielen" a shop rob it; a demonstration a mayor "heeft verboden" and "het recht om te
demonstreren" tell no protest held."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, published: str = "2024-06-14") -> list:
    article = Article(id="rb", text=text, language="nl", published=published)
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


def test_armed_men_who_robbed_a_jeweller_make_no_attack() -> None:
    assert _events("Twee gewapende mannen hebben woensdag een juwelier in Tilburg overvallen. "
                   "Ze gingen er met horloges vandoor.") == []


def test_members_of_a_gang_coalition_who_invaded_a_town_attacked_it() -> None:
    events = _events("Gewapende leden van een bendecoalitie zijn woensdag de gemeente "
                     "Mirebalais in Haïti binnengevallen. Zeker twaalf inwoners werden "
                     "doodgeschoten.")
    assert [e.event_type for e in events] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "De burgemeester van Zwolle heeft een demonstratie verboden die een actiegroep zaterdag "
    "bij het provinciehuis wilde houden.",
    "Het recht om te demonstreren is groot, zei de burgemeester van Enschede woensdag.",
])
def test_a_banned_demonstration_and_the_right_to_demonstrate_are_no_protest(text: str) -> None:
    assert _events(text) == []
