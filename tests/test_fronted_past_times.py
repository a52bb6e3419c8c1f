"""A past time that opens its sentence ("In November 2021, ...") or a clause ("since October,
when ...") dates the event words it governs, however far after it they stand."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _modalities(text: str, lang: str) -> list[str]:
    article = Article(id="fp", text=text, language=lang, published="2023-12-20")
    return [e.modality for e in code_article(article, scope=False, all_modalities=True)]


@pytest.mark.parametrize(("text", "lang"), [
    ("In November 2021, suicide bombers linked to the ADF struck near parliament and a police "
     "station in central Kampala, killing four people.", "en"),
    ("Uganda has been on high alert since October, when suspected rebels of the Allied "
     "Democratic Forces, a group that has pledged allegiance to the Islamic State group, "
     "killed two foreign tourists in Queen Elizabeth National Park.", "en"),
])
def test_a_governing_past_time_makes_history(text: str, lang: str) -> None:
    found = _modalities(text, lang)
    assert found and "reported" not in found


def test_news_after_an_unfronted_year_stays_news() -> None:
    assert "reported" in _modalities(
        "Police fired tear gas at protesters in Kampala on Monday, the worst unrest since "
        "the elections of 2021.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Earlier this year, protesters stormed the parliament in Nairobi.", "en"),
    ("Protesters stormed the parliament in Nairobi last year, killing a guard.", "en"),
    ("Eerder dit jaar bestormden demonstranten het parlement in Nairobi.", "nl"),
])
def test_last_year_and_earlier_this_year_are_history(text: str, lang: str) -> None:
    assert "reported" not in _modalities(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A month ago, gunmen killed 12 villagers in Zamfara.", "en"),
    ("Gunmen killed 12 villagers in Zamfara three weeks ago.", "en"),
    ("Drie weken geleden doodden gewapende mannen twaalf dorpelingen in Zamfara.", "nl"),
])
def test_a_period_ago_beyond_the_horizon_is_history(text: str, lang: str) -> None:
    assert "reported" not in _modalities(text, lang)


def test_two_weeks_ago_is_still_news() -> None:
    assert "reported" in _modalities("Two weeks ago, gunmen killed 12 villagers in Zamfara.",
                                     "en")
