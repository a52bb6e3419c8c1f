"""How wire copy tells events and non-events (the seventh blind round's dev half): plans and
charges are no events, a raid that made arrests is the arrest, a unit that came under fire
and returned it fought, RPGs in a clash are the clash's, and armed men who burn lorries
destroy property."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, lang: str = "en") -> list[tuple[str | None, str]]:
    article = Article(id="wp", text=text, language=lang, published="2024-02-05")
    return [(e.sub_event_type, e.modality) for e in code_article(article, scope=False)]


def _reported(text: str, lang: str = "en") -> list[str | None]:
    return [sub for sub, modality in _coded(text, lang) if modality == "reported"]


@pytest.mark.parametrize("text", [
    "Organisers say they expect thousands of people at the march against the pension reform "
    "in Paris on Saturday.",
    "Farmers plan to block roads around Brussels on Monday, their union said.",
    "Unions have called a general strike and a march through central Lisbon on Thursday.",
])
def test_an_announced_protest_is_no_event(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize("text", [
    "Farmers blocked roads around Brussels on Monday, their union said.",
    "Thousands marched through central Lisbon on Thursday after unions called a general strike.",
])
def test_a_protest_held_stays_one(text: str) -> None:
    assert len(_reported(text)) == 1


def test_a_charge_names_no_deed_done() -> None:
    assert _reported("On Wednesday, police arrested Nodar Beridze, a leader of the opposition "
                     "Coalition for Change, at the party's offices in central Tbilisi on "
                     "charges of organising group violence, which he denies.") == ["Arrests"]


def test_a_raid_that_made_arrests_is_the_arrest() -> None:
    assert _reported("Police arrested five suspected members of the Jamaah Ansharut Daulah "
                     "network in raids in Surakarta on Thursday.") == ["Arrests"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Two soldiers were killed on Sunday when their patrol came under fire near Toribio, in "
     "the province of Cauca. The army said soldiers returned fire and killed four attackers.",
     "en"),
    ("Een colonne van het Malinese leger kwam dinsdag bij Gao onder vuur te liggen. De "
     "militairen beantwoordden het vuur.", "nl"),
])
def test_a_unit_that_came_under_fire_fought(text: str, lang: str) -> None:
    assert _reported(text, lang) == ["Armed clash"]


def test_rpgs_in_a_clash_are_the_clash() -> None:
    assert _reported("Heavy clashes broke out between two armed groups in Tripoli late on "
                     "Monday, killing at least three people. Residents said the fighting "
                     "involved machine guns and rocket-propelled grenades.") == ["Armed clash"]


def test_an_rpg_fired_alone_is_a_missile_attack() -> None:
    assert _reported("Militants fired rocket-propelled grenades at a police checkpoint in "
                     "Quetta on Monday, wounding two officers.") == [
        "Shelling/artillery/missile attack"]


def test_armed_men_who_burn_lorries_destroy_property() -> None:
    assert _reported("On Tuesday, suspected jihadists set fire to at least eight lorries "
                     "carrying food and fuel on the road north of Kaya.") == [
        "Looting/property destruction"]


def test_a_charge_leaves_the_arrest_its_place() -> None:
    article = Article(id="wp", text="On Wednesday, police arrested Nodar Beridze, a leader of the "
                      "opposition Coalition for Change, at the party's offices in central "
                      "Tbilisi on charges of organising group violence, which he denies.",
                      language="en", published="2024-12-13")
    events = [e for e in code_article(article, scope=False) if e.modality == "reported"]
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [
        ("Arrests", "Tbilisi", 1)]


def test_a_police_picket_is_no_picket_line() -> None:
    assert _reported("Four men were arrested on Monday and remanded in judicial custody. A "
                     "police picket has been posted in the village near Madurai as a "
                     "precaution.") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The health minister has come under fire for the government's slow response to the "
     "bird flu outbreak in Dogubayazit.", "en"),
    ("De minister kwam dinsdag in Den Haag onder vuur te liggen om zijn asielplannen.", "nl"),
])
def test_a_minister_under_fire_is_criticised(text: str, lang: str) -> None:
    assert _reported(text, lang) == []
