"""English sub-event typing and event detection in general news: which event a sentence
tells, how it is told, and which sub-type an analyst gives it. The texts are written for
these tests."""

from __future__ import annotations

from coding import coder
from eventcoder.evaluate.case2021 import main_event

code_en, only_en = coder("en", "2022-05-16")  # a Monday


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in code_en(text)]


def test_an_anniversary_dates_the_event_it_names_not_the_news_before_it() -> None:
    text = ("Police arrested dozens of activists in Istanbul on Monday ahead of the "
            "anniversary of the arrest of the PKK leader.")
    event = only_en(text)
    assert (event.sub_event_type, event.modality) == ("Arrests", "reported")


def test_a_march_to_commemorate_a_killing_is_a_protest_the_killing_history() -> None:
    text = ("Thousands of protesters marched in Yangon on Sunday to commemorate the students "
            "killed by soldiers.")
    assert types(text) == ["Peaceful protest"]


def test_the_anniversary_of_a_massacre_is_still_history() -> None:
    text = "Survivors marked the anniversary of the massacre of Srebrenica on Sunday."
    assert code_en(text) == []
    assert [e.modality for e in code_en(text, all_modalities=True)] == ["historical"]


def test_arrests_in_anticipation_of_protests_are_arrests() -> None:
    text = ("Police arrested 20 opposition activists in Cairo on Monday in anticipation of "
            "mass protests.")
    assert types(text) == ["Arrests"]


def test_missiles_fired_by_jets_are_an_air_strike() -> None:
    text = ("Saudi jets fired missiles at a farm in Arhab district on Saturday, killing three "
            "people.")
    assert types(text) == ["Air/drone strike"]


def test_an_air_force_that_destroyed_vehicles_struck_from_the_air() -> None:
    text = "The Syrian Air Force destroyed a number of militant vehicles near Idlib on Sunday."
    assert types(text) == ["Air/drone strike"]


def test_arms_depots_destroyed_by_jets_are_an_air_strike_not_a_seizure() -> None:
    text = "Turkish jets destroyed weapon depots used by PKK militants in northern Iraq on Sunday."
    assert types(text) == ["Air/drone strike"]


def test_weapons_destroyed_by_soldiers_are_still_disrupted_weapons_use() -> None:
    text = "Soldiers destroyed a weapons cache of the militants near Gao on Sunday."
    assert types(text) == ["Disrupted weapons use"]


def test_a_mine_that_went_off_is_an_explosion() -> None:
    text = ("A mine planted by militants went off near a police vehicle in Khost province on "
            "Sunday, killing two officers.")
    assert types(text) == ["Remote explosive/landmine/IED"]


def test_explosives_that_blew_up_while_troops_tried_to_defuse_them_exploded() -> None:
    text = ("At least 16 people were killed on Tuesday when a container full of explosives blew "
            "up as security forces were trying to defuse it in Kandahar province.")
    assert types(text) == ["Remote explosive/landmine/IED"]


def test_a_car_that_went_off_the_road_is_no_explosion() -> None:
    assert code_en("Gunmen's car went off the road near Virden on Sunday.") == []


def test_shops_told_burned_in_the_passive_are_property_destruction() -> None:
    text = ("More foreign-owned shops have been burned in a new spate of xenophobic violence in "
            "Pretoria, authorities said on Monday.")
    assert "Looting/property destruction" in types(text)
    assert main_event(code_en(text)).sub_event_type == "Looting/property destruction"


def test_a_rejected_accusation_of_a_bombing_is_a_denial() -> None:
    text = ("Military officials have rejected accusations of bombing a mosque in Aleppo province "
            "which killed at least 46 people on Sunday.")
    assert code_en(text) == []
    assert {e.modality for e in code_en(text, all_modalities=True)} == {"denied"}


def test_a_span_of_months_far_after_the_event_word_sums_up_only_its_own_clause() -> None:
    text = ("Syrian rebels and government forces exchanged prisoners on Sunday near the divided "
            "city of Aleppo, the scene of some of the country's fiercest fighting in recent "
            "months.")
    assert types(text) == ["Agreement"]


def test_a_span_of_months_next_to_the_event_word_is_still_a_tally() -> None:
    text = "More than 300 people were killed in clashes in Aleppo in recent months."
    assert code_en(text) == []


def test_projectiles_thrown_at_police_during_a_demonstration_make_it_violent() -> None:
    text = ("Dozens of arrests were made during a demonstration in Bristol on Sunday after "
            "projectiles were thrown at police.")
    assert types(text) == ["Violent demonstration"]


def test_youths_throwing_fireworks_at_police_riot() -> None:
    text = ("Groups of youths confronted police in Rotterdam on Monday night, defying the "
            "curfew and throwing fireworks.")
    assert "Violent demonstration" in types(text)
