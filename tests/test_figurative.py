"""War words outside a war (extract/figurative.py and the procurement blockers): an abstract
object after the word, a scare quote, an article's campaign frame, weapons bought rather than
fired. Each sign drops the word; the same word used literally stays. Texts written for these
tests."""

from __future__ import annotations

from coding import coder
from eventcoder.extract.figurative import scare_quotes
from eventcoder.extract.scan import scan_article
from eventcoder.langpacks import load_pack

code_en, _only_en = coder("en", "2022-05-16")  # a Monday



def words(text: str, lang: str = "en") -> list[str]:
    """The event words the scan keeps, as they stand in the text."""
    return [text[t.start:t.end].lower()
            for s in scan_article(text, load_pack(lang)).sentences for t in s.triggers]


def test_an_abstract_object_makes_the_war_word_a_figure() -> None:
    assert "assault" not in words(
        "Opposition parties stepped up their assault on military conscription on Monday.")
    assert "fighting" not in words(
        "A teenager is fighting for his life in hospital in Leeds after a crash on Sunday.")
    assert "defuse" not in words(
        "Envoys met in Brussels on Monday to defuse tensions between the two countries.")
    # the same words with a target that can be hurt stay
    assert "assault" in words("Militants launched an assault on the army base in Kidal.")
    assert "defused" in words("Police defused a bomb near the market in Kano on Monday.")


def test_a_dutch_abstract_object_too() -> None:
    assert "gevecht" not in words(
        "Zij voerde jarenlang een gevecht tegen de vuilstort in haar dorp.", "nl")
    assert "vechten" not in words("In Amsterdam moet je altijd vechten voor je plek.", "nl")
    assert "gevecht" in words("Bij een gevecht tegen de rebellen kwamen tien soldaten om.", "nl")


def test_a_scare_quote_is_a_figure_a_quoted_sentence_is_speech() -> None:
    text = ('The ruling party said the opposition was waging "an assault on the armed forces" '
            'to win young votes.')
    assert "assault" not in words(text)
    quoted = '"Gunmen attacked our village at night," a resident of Kidal said on Monday.'
    assert "attacked" in words(quoted)
    # one quoted word is emphasis, a quote opening the sentence a speaker's words
    assert scare_quotes("He was 'slaughtered' there.", 0, 27, 6) == []
    assert scare_quotes("'Battle for Delhi': parties trade barbs.", 0, 40, 6) == []
    assert scare_quotes('It was a "surgical strike" on them.', 0, 35, 6) == [(10, 25)]
    claim = "De woordvoerder meldt dat „tientallen vijandige troepen gedood zijn” in de strijd."
    assert scare_quotes(claim, 0, len(claim), 6, frozenset({"dat"})) == []
    assert "gedood" in words(claim, "nl")


def test_an_election_campaign_told_as_a_battle_codes_nothing() -> None:
    text = ("The battle for Lagos entered its final week on Monday as candidates addressed "
            "voters across the city. Polls show the two candidates level before the election. "
            "The governor accused his rival of fighting dirty.")
    assert code_en(text) == []
    assert "battle" not in words(text)


def test_a_campaign_article_still_tells_deadly_violence() -> None:
    text = ("Campaigning for the election in Lagos ended on Monday as candidates addressed "
            "voters. Polls show the race is close. In Ikeja, gunmen killed three party "
            "supporters in an attack on a rally on Sunday.")
    assert "attack" in words(text)


def test_a_war_report_is_no_campaign() -> None:
    text = "The battle for Mosul entered its final week on Monday as Iraqi troops advanced."
    assert "battle" in words(text)


def test_weapons_paid_for_are_no_missile_attack() -> None:
    text = ("The government promised on Monday to spend an extra $8 billion on the military, "
            "with money for long-range missiles and new helicopters.")
    assert code_en(text) == []
    assert "missiles" not in words(text)
    assert "missiles" in words("Rebels fired missiles at the airport in Sanaa on Monday.")


def test_dutch_weapons_bought_and_election_irregularities() -> None:
    assert "raketten" not in words("Het kabinet trekt geld uit voor raketten en drones.", "nl")
    text = ("De kiesraad besloot tot een hertelling in districten waar volgens de partij "
            "ongeregeldheden zouden hebben plaatsgevonden.")
    assert "ongeregeldheden" not in words(text, "nl")
    riot = "Bij ongeregeldheden in Rotterdam raakten zaterdag drie agenten gewond."
    assert "ongeregeldheden" in words(riot, "nl")
