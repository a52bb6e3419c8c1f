"""A wire story's dateline ("OUAGADOUGOU (AFP) - ", "TACLOBAN CITY - ") says where it was
filed, not where what it tells happened: the place is a last resort (geo/place_roles)."""

from __future__ import annotations

from eventcoder.extract.scan import scan_article
from eventcoder.geo.place_roles import dateline_end, in_dateline
from eventcoder.langpacks import load_pack
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def test_datelines_are_found_in_capitals_or_before_an_agency_or_a_date() -> None:
    for text, place in [("OUAGADOUGOU (AFP) - Jihadist fighters attacked", "OUAGADOUGOU"),
                        ("TACLOBAN CITY - Soldiers clashed", "TACLOBAN CITY"),
                        ("Havana (Reuters) - Negotiators met", "Havana"),
                        ("LONDON, May 2 (Reuters) - Police said", "LONDON, May 2")]:
        assert text[:dateline_end(text)] == place


def test_a_first_sentence_with_a_dash_is_no_dateline() -> None:
    for text in ["Police officer - a man of 40 - was hurt", "Kabul, Afghanistan — a blast",
                 "A 24-year-old man was stabbed"]:
        assert dateline_end(text) == 0
        assert not in_dateline(text, 0)


def test_the_dateline_town_comes_after_the_town_the_story_names() -> None:
    text = ("TACLOBAN CITY - Soldiers clashed with about 30 New People's Army rebels in Las "
            "Navas, Northern Samar, on Sunday morning, the military said.")
    scan = scan_article(text, load_pack("en"), None)
    dateline = {p.text: p.dateline for s in scan.sentences for p in s.places}
    assert dateline["TACLOBAN"] is True
    assert dateline["Las Navas"] is False


def _place(text: str) -> str | None:
    events = code_article(Article(id="t", text=text, published="2023-06-13", language="en"))
    assert len(events) == 1
    return events[0].location


def test_a_town_the_event_s_sentence_names_beats_the_dateline() -> None:
    assert _place("OUAGADOUGOU (AFP) - Jihadist fighters attacked an army base and several "
                  "neighbourhoods of Djibo in northern Burkina Faso on Sunday, sparking hours of "
                  "fighting, security sources said.") == "Djibo"


def test_the_dateline_town_places_an_event_whose_text_names_no_other() -> None:
    assert _place("KABUL (Reuters) - A suicide bomber killed 10 people outside a mosque on "
                  "Friday, Afghan officials said.") == "Kabul"
