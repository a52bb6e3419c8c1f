"""A country adjective that opens a building's or body's name ("the Saudi Hospital" in El
Fasher, "the American University of Beirut") names no place of the story."""

from __future__ import annotations

import pytest

from eventcoder.geo.resolver import get_geocoder
from eventcoder.geo.toponyms import find_toponyms
from eventcoder.pipeline import code_article
from eventcoder.records import Article


@pytest.mark.parametrize(("text", "names"), [
    ("Shells struck the Saudi Hospital in El Fasher.", ["El Fasher"]),
    ("Students of the American University of Beirut marched.", ["Beirut"]),
    ("Saudi officials met Sudanese envoys in Jeddah.", ["Saudi", "Sudanese", "Jeddah"]),
])
def test_a_demonym_opening_a_name_is_no_toponym(text: str, names: list[str]) -> None:
    found = [m.text for m in find_toponyms(text, "en", gazetteer=get_geocoder())]
    assert found == names


def test_the_event_stays_in_the_city_the_story_names() -> None:
    text = ("Fighting raged in El Fasher on Saturday. On Sunday, artillery shells fired from "
            "RSF positions struck the Saudi Hospital, the last functioning hospital in the "
            "city, killing four patients.")
    events = code_article(Article(id="dh", text=text, language="en", published="2024-06-17"),
                          scope=False)
    assert events and all(ev.country == "Sudan" for ev in events)
