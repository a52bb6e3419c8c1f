"""Within-article coreference: which place, which toll and which actors belong to which event.

Shapes from multi-event reports: a town with its province in apposition, a toll told in the
clause that places its own event, and generic fighters ("the militants", "de opstandelingen")
that refer back to the armed group the article named.
"""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article, Event


def code(text: str, lang: str, published: str = "2021-03-10") -> list[Event]:
    return extract_events(Article(id="t", text=text, published=published, language=lang))


def by_place(events: list[Event]) -> dict[str, Event]:
    out = {e.place_candidates[0].text: e for e in events if e.place_candidates}
    assert len(out) == len(events), [[p.text for p in e.place_candidates] for e in events]
    return out


@pytest.mark.parametrize(
    ("lang", "text", "town", "province"),
    [
        ("en", "Boko Haram fighters attacked Maiduguri, the capital of northeastern Borno "
               "state, late on Tuesday.", "Maiduguri", "Borno"),
        ("en", "Taliban fighters stormed Lashkar Gah, the capital of southern Helmand "
               "province, on Friday.", "Lashkar Gah", "Helmand"),
        ("nl", "Strijders van Al-Shabaab hebben dinsdag een aanval uitgevoerd op Baidoa, de "
               "hoofdstad van de regio Bay.", "Baidoa", "Bay"),
        ("nl", "De Talibaan vielen vrijdag de stad Lashkar Gah aan, de hoofdstad van de "
               "provincie Helmand.", "Lashkar Gah", "Helmand"),
    ],
)
def test_the_town_wins_over_the_province_in_apposition(lang: str, text: str, town: str,
                                                        province: str) -> None:
    (event,) = code(text, lang)
    names = [p.text for p in event.place_candidates]
    assert names[0] == town
    assert province in names[1:]  # kept as a fallback for the geocoder, after the town


def test_a_province_with_no_town_before_it_stays_the_place() -> None:
    (event,) = code("Taliban fighters attacked checkpoints in Helmand province on Friday.", "en")
    assert event.place_candidates[0].text == "Helmand"


@pytest.mark.parametrize(
    ("lang", "text", "first", "second", "toll"),
    [
        ("en", "Boko Haram fighters raided Monguno on Tuesday. It was not immediately clear "
               "whether there were casualties in Monguno.\n\nAt least 9 people were killed in "
               "the Boko Haram attack on Damaturu on Monday, officials said.",
         "Monguno", "Damaturu", 9),
        ("en", "Al Shabaab fighters attacked Kismayo on Tuesday.\n\nFive soldiers died in the "
               "Al Shabaab assault on Baidoa a day earlier.", "Kismayo", "Baidoa", 5),
        ("nl", "De Talibaan hebben dinsdag een aanval uitgevoerd op Ghazni. Er is nog niet "
               "bekend of er slachtoffers zijn gevallen in Ghazni.\n\nZeker twaalf mensen "
               "kwamen maandag om het leven bij de aanval van de Talibaan op Kandahar.",
         "Ghazni", "Kandahar", 12),
    ],
)
def test_a_toll_belongs_to_the_event_its_own_clause_places(lang: str, text: str, first: str,
                                                          second: str, toll: int) -> None:
    events = by_place(code(text, lang))
    assert set(events) == {first, second}
    assert events[first].fatalities is None  # unknown stays unknown
    assert events[second].fatalities == toll


def test_a_toll_with_no_place_in_its_sentence_still_joins_the_event_before() -> None:
    (event,) = code("Gunmen attacked the village of Dogo on Sunday. At least 7 people were "
                    "killed, police said.", "en")
    assert event.fatalities == 7


@pytest.mark.parametrize(
    ("lang", "text", "place", "group", "other"),
    [
        ("en", "Al Shabaab fighters attacked Kismayo on Friday. Soldiers in Kismayo exchanged "
               "fire with the militants near the port.", "Kismayo", "Al Shabaab", "Military"),
        ("en", "Boko Haram fighters raided Monguno on Tuesday. Soldiers in Monguno were "
               "fighting the insurgents.", "Monguno", "Boko Haram", "Military"),
        ("nl", "De Talibaan hebben zaterdag een aanval uitgevoerd op Ghazni. De politie in "
               "Ghazni raakte slaags met de opstandelingen.", "Ghazni", "Taliban", "Police"),
    ],
)
def test_one_place_one_event_and_generic_fighters_are_the_named_group(
        lang: str, text: str, place: str, group: str, other: str) -> None:
    (event,) = code(text, lang)
    assert event.place_candidates[0].text == place
    assert event.actor1 is not None and event.actor1.startswith(group)
    assert event.actor2 is not None and other in event.actor2
    assert "Unidentified Armed Group" not in (event.actor1, event.actor2)


@pytest.mark.parametrize(
    "text",
    [
        # nobody named: the fighters stay unidentified
        "Soldiers in Kismayo exchanged fire with militants near the port on Friday.",
        # two groups named: "the militants" could be either, so they stay unidentified
        "Al Shabaab and Islamic State fighters were seen in the region. Soldiers in Kismayo "
        "exchanged fire with the militants on Friday.",
    ],
)
def test_generic_fighters_stay_unidentified_without_one_named_group(text: str) -> None:
    (event,) = code(text, "en")
    assert "Unidentified Armed Group" in (event.actor2 or "")


def test_a_month_in_a_date_is_no_protest_march() -> None:
    (event,) = code("Gunmen killed five villagers in the village of Dogo on March 7.", "en")
    assert event.event_type == "Violence against civilians"
    assert event.fatalities == 5
