"""Strikes that kill are from the air; an attack "with drones" is a drone strike; "the port of
X" names the town X (texts made up)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, lang: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id="t", text=text, language=lang, published="2021-04-07")
    return [(e.sub_event_type, e.location, e.actor1) for e in code_article(article, scope=False)]


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli strikes on Rafah killed 12 people on Tuesday.", "Rafah"),
    ("Two people were killed in overnight strikes on Gaza City, the health ministry said on "
     "Tuesday.", "Gaza"),
])
def test_strikes_that_kill_are_air_strikes(text: str, place: str) -> None:
    assert [(s, loc) for s, loc, _ in _coded(text)] == [("Air/drone strike", place)]


def test_a_labour_strike_that_hit_schools_is_no_event() -> None:
    assert _coded("A nationwide strike hit schools and hospitals on Tuesday as teachers "
                  "walked out.") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("A Russian attack with drones on the port of Odesa killed two workers on Monday night.",
     "en"),
    ("Bij een Russische aanval met drones op het havengebied van Odesa zijn maandagavond twee "
     "havenarbeiders om het leven gekomen.", "nl"),
])
def test_an_attack_with_drones_is_a_drone_strike(text: str, lang: str) -> None:
    assert [(s, loc) for s, loc, _ in _coded(text, lang)] == [("Air/drone strike", "Odesa")]


def test_the_port_of_a_town_is_the_town_not_the_attackers_country() -> None:
    coded = _coded("Russian drones struck the port of Mariupol on Monday night, killing two "
                   "workers.")
    assert coded == [("Air/drone strike", "Mariupol", "Military Forces of Russia")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Regime helicopters dropped barrel bombs on Daraya on Sunday, killing six people.", "en"),
    ("Een gevechtsvliegtuig wierp zaterdag twee bommen af op de stad Monywa.", "nl"),
])
def test_bombs_dropped_from_the_air_are_an_air_strike(text: str, lang: str) -> None:
    assert [s for s, _, _ in _coded(text, lang)] == ["Air/drone strike"]


def test_a_fighter_jet_is_no_fight() -> None:
    assert "Armed clash" not in [s for s, _, _ in _coded(
        "Een gevechtsvliegtuig vloog zaterdag laag over de stad Monywa.", "nl")]
