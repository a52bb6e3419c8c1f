"""Where a person lives or grew up is not where the event is: residence words block the place
after them, as "lives", "born" and "woont" did. The texts are made up."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.extract.scan_places import find_places
from eventcoder.langpacks import load_pack

code_en, _ = coder("en", "2020-03-10")


@pytest.mark.parametrize(("lang", "text", "residence", "event_place"), [
    ("en", "The officer, who lived in Lagos, was shot dead by gunmen in Kaduna.",
     "Lagos", "Kaduna"),
    ("en", "The activist, who grew up in Aleppo, was detained by police in Damascus.",
     "Aleppo", "Damascus"),
    # the residence only: the place named after it is the event's
    ("en", "A former spy who lived in Moscow was poisoned in Salisbury.", "Moscow", "Salisbury"),
    ("nl", "Een agent, woonachtig in Utrecht, werd in Arnhem door een groep aangevallen.",
     "Utrecht", "Arnhem"),
])
def test_a_residence_is_no_place_of_the_sentence(lang, text, residence, event_place) -> None:
    names = [p.text for p in find_places(text, load_pack(lang), None, [])]
    assert event_place in names
    assert residence not in names


def test_the_event_is_placed_where_it_happened_not_where_the_victim_lived() -> None:
    events = code_en("A journalist who lived in Moscow was shot dead by gunmen in Kyiv on Monday.")
    assert events
    assert all("Moscow" not in [p.text for p in e.place_candidates] for e in events)
    assert any(e.place_candidates and e.place_candidates[0].text == "Kyiv" for e in events)

