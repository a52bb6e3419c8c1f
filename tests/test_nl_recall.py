"""Dutch recall without losing precision (texts made up): a verb form the present and the
past share ("bezetten") with a weekday is news, not a plan; ..."""

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
