"""A dateline ("OUAGADOUGOU (AFP) - ") says where a report was filed, not where its event was:
the towns and units the event's own words name come first; alone, the dateline still places
the event. A district named first gives way to a town its words name inside it."""

from __future__ import annotations

import pytest

from eventcoder.geo.place_roles import dateline_span
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


@pytest.mark.parametrize(("text", "head"), [
    ("TACLOBAN CITY - Soldiers clashed", "TACLOBAN CITY"),
    ("OUAGADOUGOU (AFP) - Fighters attacked", "OUAGADOUGOU"),
    ("NAIROBI, Kenya (AP) — Police fired", "NAIROBI, Kenya"),
    ("Kabul (Reuters) - A bomb exploded", "Kabul"),
    ("A title of the piece\n\nDEN HAAG - Het kabinet", "DEN HAAG"),
    ("Havana (Reuters) - Negotiators met", "Havana"),
    ("LONDON, May 2 (Reuters) - Police said", "LONDON, May 2"),
    ("Police clash with protesters - live updates", None),
    ("Police officer - a man of 40 - was hurt", None),
    ("Kabul, Afghanistan — a blast", None),
    ("A 24-year-old man was stabbed", None),
    ("Several hundred workers rallied - again", None),
    ("The rally: what happened", None),
])
def test_the_dateline_is_the_capitalised_head_before_the_dash(text, head) -> None:
    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == head


def _events(text: str) -> list[Event]:
    article = Article(id="dateline", text=text, language="en", published="2023-06-13")
    return [ev for ev in code_article(article) if ev.modality == "reported"]


@pytest.mark.parametrize(("text", "town"), [
    ("KABUL (AFP) - Taliban fighters attacked several neighbourhoods of Herat in western "
     "Afghanistan on Monday, killing four policemen, officials said.", "Herat"),
    ("TACLOBAN CITY - Soldiers clashed with New People's Army rebels in Las Navas, Northern "
     "Samar, on Sunday, the military said.", "Las Navas"),
])
def test_the_event_is_where_its_words_say_not_where_the_report_was_filed(text, town) -> None:
    assert [ev.location for ev in _events(text)] == [town]


@pytest.mark.parametrize("text", [
    "KABUL (AFP) - A roadside bomb killed four policemen on Monday, officials said. The "
    "Taliban claimed the attack.",
    "KABUL (Reuters) - A suicide bomber killed 10 people outside a mosque on Friday, Afghan "
    "officials said.",
])
def test_a_dateline_alone_still_places_the_event(text) -> None:
    events = _events(text)
    assert events and {ev.location for ev in events} == {"Kabul"}


def test_a_town_inside_the_district_named_after_it() -> None:
    events = _events(
        "MANILA - Soldiers clashed with New People's Army rebels in Las Navas, Northern "
        "Samar, on Sunday, the military said. Three rebels were killed.")
    assert [(ev.location, ev.geo_precision) for ev in events] == [("Las Navas", 1)]
