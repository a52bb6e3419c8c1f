"""A place's public body ("Dorset Police", "Harris County Sheriff's Office") tells which country
an article is in: Weymouth in a story with Dorset Police is the English town, not its
Massachusetts namesake. Ordinary words before "Police" ("Federal", "State") say nothing."""

from __future__ import annotations

import pytest

from eventcoder.geo.institutions import institution_countries
from eventcoder.geo.resolver import get_geocoder
from eventcoder.pipeline import code_article
from eventcoder.records import Article


@pytest.mark.parametrize(("text", "countries"), [
    ("A spokesman for Dorset Police said six men were held.", {"GB"}),
    ("The Harris County Sheriff's Office said a deputy was hurt.", {"US"}),
    ("Kent Police and Essex Police sent officers.", {"GB"}),
    ("Federal Police officers arrested him.", set()),
    ("State Police said the road was closed.", set()),
    ("The National Police said two were arrested.", set()),
    ("Police said two were arrested.", set()),
])
def test_a_public_body_names_its_places_country(text: str, countries: set[str]) -> None:
    assert set(institution_countries(text, "en", get_geocoder())) == countries


def test_a_language_without_institution_words_names_none() -> None:
    assert institution_countries("Dorset Police zei dat.", "nl", get_geocoder()) == frozenset()


@pytest.mark.parametrize(("body", "country"), [
    ("Dorset Police", "United Kingdom"),
    ("Norfolk County Sheriff's Office", "United States"),
])
def test_the_body_settles_which_namesake_the_town_is(body: str, country: str) -> None:
    text = ("Police officers were pelted with bottles outside a hotel in Weymouth on Saturday "
            f"as a protest descended into disorder. A spokesman for {body} said six men "
            "were arrested.")
    events = code_article(Article(id="inst", text=text, language="en", published="2025-03-17"))
    assert [ev.location for ev in events] == ["Weymouth"]
    assert events[0].country == country
