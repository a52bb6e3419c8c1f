"""How a toll is counted in wire-style sentences (issue 11 item 4: fatalities right where people
died): counts of several groups before one death word are summed, an aside naming part of the
dead does not cut a count from its death word, a quantifier gives way to a number for the same
dead, and a number that counts no one dead (a time, "both sides") is no toll. Made-up sentences."""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article, Event

PUBLISHED = "2019-03-26"


def code(text: str, language: str) -> list[Event]:
    return extract_events(Article(id="t", text=text, published=PUBLISHED, language=language))


def toll(text: str, language: str) -> int | None:
    events = code(text, language)
    assert events, "no event coded"
    return max((e.fatalities or 0) for e in events)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants stormed a hotel in Mogadishu on Tuesday, killing 40 civilians and 6 "
         "soldiers.", 46),
        ("Gunmen raided a village near Djibo on Sunday, killing three soldiers, two policemen "
         "and five civilians.", 10),
        # a count with its own injury word, or set apart by "including", is no part of the toll
        ("Gunmen raided a village near Djibo on Sunday, killing five people and wounding 12.", 5),
        ("Gunmen raided a village near Djibo on Sunday, killing 10 people, including 3 "
         "children.", 10),
        ("Gunmen raided a village near Djibo on Sunday, killing 10 people, 3 of them children.",
         10),
        # a joined count of no people is no part of the toll
        ("Gunmen raided a village near Djibo on Sunday, killing 10 people and 50 cattle.", 10),
    ],
)
def test_counts_joined_after_one_death_word_are_one_toll(text: str, dead: int) -> None:
    assert toll(text, "en") == dead


@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        ("en", "Two soldiers and 16 gunmen were killed on Sunday when militants attacked an army "
               "base in northern Burkina Faso.", 18),
        ("en", "Three policemen, two civilians and five attackers were killed in the clash in "
               "Kirkuk on Monday.", 10),
        ("nl", "Twee soldaten en zestien strijders kwamen zondag om bij een aanval van "
               "jihadisten op een legerbasis in het noorden van Burkina Faso.", 18),
    ],
)
def test_counts_of_several_groups_before_one_death_word_are_one_toll(
        language: str, text: str, dead: int) -> None:
    assert toll(text, language) == dead


@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        ("en", "At least 10 people, including three children, were killed when gunmen attacked "
               "a village in Zamfara state on Tuesday.", 10),
        ("nl", "Bij een aanval van gewapende mannen op een dorp in de deelstaat Zamfara zijn "
               "dinsdag zeker tien mensen, onder wie drie kinderen, gedood.", 10),
    ],
)
def test_an_aside_naming_part_of_the_dead_keeps_the_whole_count(
        language: str, text: str, dead: int) -> None:
    assert toll(text, language) == dead


def test_a_quantifier_gives_way_to_the_number_for_the_same_dead() -> None:
    text = ("Dozens of people were killed on Friday when a suicide bomber struck a mosque in "
            "Kabul. At least 25 people are dead, a police spokesman said.")
    assert toll(text, "en") == 25


def test_a_quantifier_alone_is_still_a_toll() -> None:
    text = "Dozens of people were killed on Friday when a suicide bomber struck a mosque in Kabul."
    assert toll(text, "en") and toll(text, "en") >= 10


@pytest.mark.parametrize(
    "text",
    [
        "Fighters clashed near Idlib on Saturday and deaths were reported on both sides.",
        "A soldier was killed around 5 p.m. when militants attacked a checkpoint in Arish.",
    ],
)
def test_a_number_that_counts_no_dead_is_no_toll(text: str) -> None:
    events = code(text, "en")
    assert events
    assert all((e.fatalities or 0) <= 1 for e in events), [e.fatalities for e in events]


def test_an_article_word_after_a_death_word_counts_only_as_its_object() -> None:
    """'killed when a car bomb went off' is no toll of one; 'the death of a man' is."""
    bomb = code("Several people were killed when a car bomb went off in Mogadishu on Monday.",
                "en")
    assert bomb and all(e.fatalities != 1 for e in bomb)
