"""Places: one event per listed place, and the names offered to the geocoder."""

from __future__ import annotations

from coder_phases import drafts
from eventcoder.extract.coding import split_by_place
from eventcoder.extract.coding.event_places import place_candidates


def test_a_list_of_places_makes_one_draft_per_place_and_leaves_the_draft_as_it_was():
    _, [d] = drafts("Thousands demonstrated in Oran and Constantine on Friday.")
    parts = split_by_place(d)
    assert [p.only_place.text for p in parts if p.only_place] == ["Oran", "Constantine"]
    assert all(p.mentions == d.mentions for p in parts)
    assert d.only_place is None
    assert [[c.text for c in place_candidates(p)] for p in parts] == [["Oran"], ["Constantine"]]


def test_one_place_is_no_split():
    _, [d] = drafts("Gunmen attacked a market in Kano on Monday.")
    assert split_by_place(d) == [d]


def test_candidates_name_each_place_once_the_town_before_the_country():
    _, [d] = drafts("Gunmen attacked a market in Kano, Nigeria on Monday. The attack in Kano "
                    "killed four people.")
    names = [c.text for c in place_candidates(d)]
    assert names[0] == "Kano" and names.count("Kano") == 1
    assert "Nigeria" in names and names.index("Nigeria") > names.index("Kano")
