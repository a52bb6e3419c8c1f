"""A raid by an organised armed side is war, a robbery by unnamed men stays crime (the Dutch
pack's "*crime" blocker); a Dutch past after a verb prefix ("overvielen") is no plan; an
arrest over a plot against a head of state is political (the packs' ``arrest_motive``)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _reported(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="rp", text=text, language=lang, published="2024-02-05")
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)
            if e.modality == "reported"]


def test_jihadists_who_raid_an_army_post_fight() -> None:
    assert _reported("Jihadisten hebben zondag een legerpost bij Djibo in het noorden van "
                     "Burkina Faso overvallen. Daarbij kwamen twaalf soldaten om.", "nl") == [
        ("Armed clash", "Djibo")]


@pytest.mark.parametrize("text", [
    "Twee mannen hebben zaterdag een juwelier in Utrecht overvallen.",
    "Gewapende mannen hebben zaterdag een tankstation in Utrecht overvallen.",
])
def test_a_robbery_stays_crime(text: str) -> None:
    assert _reported(text, "nl") == []


def test_a_past_after_a_verb_prefix_is_no_plan() -> None:
    assert _reported("Gewapende mannen overvielen zaterdag een dorp in de Nigeriaanse deelstaat "
                     "Zamfara en doodden twintig inwoners.", "nl") == [("Attack", "Zamfara")]


@pytest.mark.parametrize(("text", "lang"), [
    ("De Servische politie heeft dinsdag in Belgrado vier mannen gearresteerd die de president "
     "zouden hebben willen vermoorden.", "nl"),
    ("Police arrested four men in Belgrade on Tuesday who allegedly planned to kill the "
     "president.", "en"),
])
def test_an_arrest_over_a_plot_against_the_president_is_coded(text: str, lang: str) -> None:
    assert _reported(text, lang) == [("Arrests", "Belgrade")]
