"""A wire story's dateline ("OUAGADOUGOU (AFP) - ", "TACLOBAN CITY - ") says where it was
filed, not where what it tells happened: the place is a last resort (geo/place_roles)."""

from __future__ import annotations

from eventcoder.extract.scan import scan_article
from eventcoder.geo.place_roles import dateline_end, in_dateline
from eventcoder.langpacks import load_pack


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


def test_the_dateline_town_is_a_last_resort_and_the_story_s_town_is_not() -> None:
    text = ("TACLOBAN CITY - Soldiers clashed with about 30 New People's Army rebels in Las "
            "Navas, Northern Samar, on Sunday morning, the military said.")
    scan = scan_article(text, load_pack("en"), None)
    origin = {p.text: p.origin for s in scan.sentences for p in s.places}
    assert origin["TACLOBAN"] is True
    assert origin["Las Navas"] is False
