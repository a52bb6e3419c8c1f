"""Blocked event words and what refers back to them, and the English blockers of accidents,
animal slaughter, the death penalty, theft of funds and time phrases (extract/scan.py
``_drop_referents``, langpacks/en/blockers.tsv). The texts are written for these tests in the
style of wire news."""

from __future__ import annotations

from coding import coder
from eventcoder.extract.scan import scan_article
from eventcoder.langpacks import load_pack

code_en, only_en = coder("en", "2022-05-16")  # a Monday


def _words(text: str, lang: str) -> list[list[str]]:
    """The event words the scan keeps, sentence by sentence."""
    return [[t.text.lower() for t in s.triggers]
            for s in scan_article(text, load_pack(lang)).sentences]


GAS = ("At least two people died and 40 were injured on Friday in a gas explosion at a noodle "
       "restaurant in eastern China, state media said. The blast took place at around 8:40 a.m. "
       "at a noodle restaurant in a busy area of Hangzhou, a city in Zhejiang province.")


def test_the_blast_after_a_gas_explosion_is_the_same_accident() -> None:
    assert "blast" not in _words(GAS, "en")[1]
    assert code_en(GAS) == []


def test_de_explosie_after_a_gas_explosion_is_the_same_accident() -> None:
    text = ("Door een gaslek ontplofte zaterdag een woning in Rotterdam. De explosie was in de "
            "hele wijk te horen.")
    assert _words(text, "nl")[1] == []


def test_a_new_indefinite_mention_tells_a_new_event_and_its_referents_stay() -> None:
    text = GAS + (" Separately, a bomb exploded at a market in Kabul on Friday, killing three "
                  "people. The blast was claimed by the Taliban.")
    words = _words(text, "en")
    assert "blast" not in words[1]
    assert "blast" in words[3]


def test_an_unrelated_label_after_a_blocked_one_stays() -> None:
    text = GAS + " The attack on the market in Kabul killed three people."
    assert "attack" in _words(text, "en")[2]


def test_a_blocked_definite_mention_points_back_and_blocks_nothing_after() -> None:
    # "responsible for the attack" blocks its own hit, but the attack it points at is real
    text = ("Two suicide bombers blew themselves up in a crowded market in Ankara on Sunday. "
            "Officials have not said who is responsible for the attack. Ambulances raced to "
            "the scene of the attack.")
    assert "attack" in _words(text, "en")[2]


def test_a_news_website_reporting_an_attack_does_not_block_it() -> None:
    text = ("Islamic State militants attacked a convoy of the defence minister south of Mosul "
            "on Sunday, a Kurdish news website reported.")
    assert [e.sub_event_type for e in code_en(text)] == ["Armed clash"]


def test_an_attack_on_a_website_is_still_no_event() -> None:
    text = "Hackers attacked the website of the electoral commission in Nairobi on Sunday."
    assert code_en(text) == []


def test_ritual_slaughter_of_animals_is_no_massacre() -> None:
    text = ("A festival for the goddess began in the village on Monday. Thousands of goats and "
            "buffalo were ritually slaughtered.")
    assert code_en(text) == []


def test_escaping_execution_after_a_trial_is_no_killing() -> None:
    text = ("A Bali court is weighing the case against the woman. Her family appealed to the "
            "government to help her escape execution.")
    assert code_en(text) == []


def test_money_stolen_from_a_fund_is_no_looting() -> None:
    text = ("The Justice Department says 4.5 billion dollars was stolen from the state fund by "
            "associates of the prime minister.")
    assert code_en(text) == []


def test_armed_men_stealing_money_and_livestock_in_a_raid_still_loot() -> None:
    text = ("Armed men raided a village in Zamfara on Sunday and stole money and livestock, "
            "residents said.")
    assert "Looting/property destruction" in {e.sub_event_type for e in code_en(text)}


def test_took_over_three_minutes_takes_no_territory() -> None:
    text = ("The doctor told reporters about the deaths near the plant, an account which took "
            "over three minutes.")
    assert _words(text, "en") == [["deaths"]]
    assert code_en(text) == []


def test_took_over_a_town_days_ago_still_takes_it() -> None:
    event = only_en("Rebels took over the town of Kidal two days ago, residents said.")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_disappeared_is_a_generic_word() -> None:
    weights = {t.pattern: t.weight for t in load_pack("en").triggers}
    assert weights["disappeared"] == 1
    text = ("Doctors at the hospital in Montpellier said the staff performed cardiac massage on "
            "the patient for four more hours before his heart started beating again, some 18 "
            "hours after he had disappeared.")
    assert code_en(text) == []


def test_die_aanval_after_a_blocked_attack_in_words_is_no_attack() -> None:
    text = ("Sinds de nationalisten de grondwet frontaal aanvallen, is er een politiek conflict. "
            "Die aanval begon tijdens de laatste economische crisis.")
    assert _words(text, "nl") == [[], []]
