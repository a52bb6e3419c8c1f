"""An earlier event named by "years since/after" is history through its clause, a participle
after a comma included ("..., killing 67 people"); the news the main clause tells stays news
(texts made up)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str) -> list:
    return code_article(Article(id="t", published="2023-09-22", language="en", text=text),
                        scope=False)


def test_an_anniversary_clause_and_its_participle_are_history() -> None:
    assert _events("Survivors gathered in Nairobi on Thursday to mark ten years since four "
                   "gunmen stormed the crowded Westgate shopping mall in the city centre, "
                   "killing 67 people.") == []



def test_a_relative_clause_on_the_earlier_event_is_history() -> None:
    assert _events("Ceremonies were held across the country on Sunday to mark four years "
                   "since the attack on a school in Peshawar, in which gunmen killed 147 "
                   "people, most of them schoolchildren.") == []


@pytest.mark.parametrize("text", [
    "Two years after the coup, soldiers opened fire on protesters in Khartoum on Thursday, "
    "killing three.",
    "Ten years after the schoolgirls were abducted, gunmen attacked a school in Kuriga on "
    "Thursday, killing a teacher.",
])
def test_the_main_clause_after_the_comma_is_news(text: str) -> None:
    assert [e.fatalities for e in _events(text)] in ([3], [1])
