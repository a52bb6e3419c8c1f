"""Dutch recall without losing precision (texts made up): a verb form the present and the
past share ("bezetten") with a weekday is news, not a plan; an arrest the arresting side
announces is an arrest, not an allegation; general protest words (the protest sense of
"gedemonstreerd tegen", a crowd of protesters that chants)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, published: str = "2019-03-26") -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language="nl", published=published)
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)]


# --- a form the present and the past share --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Klimaatactivisten bezetten zondag het gemeentehuis van Utrecht.",
     ("Peaceful protest", "Utrecht")),
    ("Tientallen studenten en activisten bezetten vrijdag urenlang de aula van de universiteit "
     "in Groningen.", ("Peaceful protest", "Groningen")),
])
def test_a_weekday_with_a_past_alike_form_is_news(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    # another present of the sentence tells the plan
    "Klimaatactivisten bezetten zondag het gemeentehuis van Utrecht en demonstreren maandag "
    "in Den Haag.",
    # the shared form is an infinitive under a present
    "Actievoerders gaan zondag het stadhuis van Utrecht bezetten.",
    # a present the past does not share
    "Klimaatactivisten blokkeren zondag de A12 bij Utrecht.",
])
def test_a_weekday_with_a_present_is_still_a_plan(text: str) -> None:
    assert _coded(text) == []


# --- an arrest its doer announces ------------------------------------------------------------


def test_an_arrest_the_arresting_side_claims_is_coded() -> None:
    text = "De Iraanse politie beweert dinsdag in Teheran twaalf journalisten te hebben opgepakt."
    assert _coded(text) == [("Arrests", "Tehran")]


def test_what_the_arresting_side_alleges_stays_a_claim() -> None:
    text = ("De Iraanse politie beweert dinsdag in Teheran twaalf journalisten te hebben "
            "opgepakt die een aanslag op een minister zouden hebben gepleegd.")
    assert _coded(text) == [("Arrests", "Tehran")]


@pytest.mark.parametrize("text", [
    # another side claims the arrest: an allegation
    "De oppositie beweert dat de politie dinsdag in Teheran twaalf journalisten heeft opgepakt.",
    # the doer claims a deed that is not an arrest: still a claim
    "De rebellen beweren dinsdag in Goma twaalf soldaten te hebben ontvoerd.",
])
def test_other_claims_stay_claims(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iranian police claimed on Tuesday to have arrested twelve journalists in Tehran.",
     [("Arrests", "Tehran")]),
    ("Iranian police claimed on Tuesday that they had arrested twelve journalists in Tehran.",
     [("Arrests", "Tehran")]),
    ("The opposition claimed that police arrested twelve journalists in Tehran on Tuesday.", []),
])
def test_an_arrest_its_doer_claims_in_english(text: str, expected: list) -> None:
    article = Article(id="t", text=text, language="en", published="2019-03-26")
    assert [(e.sub_event_type, e.location)
            for e in code_article(article, scope=False)] == expected
