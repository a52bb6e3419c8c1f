"""A wire report that tells several incidents: each its own event, with the right sides.

The text is written for the test in the shape of an agency report (lead attack, supporting
air power, a claim, "Separately" another incident, a protest, talks elsewhere).
"""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article

REPORT = (
    "Taliban fighters attacked a police checkpoint in the northern province of Baghlan on "
    "Tuesday, killing at least seven policemen, a provincial official said. The attack in "
    "Dahana-i-Ghori district lasted several hours before Afghan security forces, backed by "
    "U.S. air strikes, pushed the militants back. A Taliban spokesman claimed the insurgents "
    "had killed 25 soldiers. Separately, a roadside bomb killed three civilians in the "
    "southern city of Kandahar on Wednesday, police said. Meanwhile, hundreds of people "
    "protested in Kabul on Wednesday against the rising number of civilian casualties. "
    "US envoy Zalmay Khalilzad is due to travel to Doha "
    "next week for talks with the Taliban."
)


def coded_report(text: str, published: str) -> list:
    """The report as `eventcoder extract` gives it: coded, geocoded, merged."""
    article = Article(id="report", text=text, published=published, language="en")
    return merge_events(code_article(article))


@pytest.fixture(scope="module")
def events() -> list:
    return coded_report(REPORT, "2019-03-28")


def by_type(events: list, sub: str):
    found = [e for e in events if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.location) for e in events]
    return found[0]


def test_each_incident_is_one_event_and_support_is_no_event(events: list) -> None:
    assert sorted(e.sub_event_type for e in events) == [
        "Armed clash", "Peaceful protest", "Remote explosive/landmine/IED"]


def test_the_clash_keeps_the_lead_reports_sides_and_the_forces_told_later(events: list) -> None:
    """The lead tells who attacked whom; the army that pushed the attackers back later in
    the report is associated with the police's side, not a new actor1."""
    clash = by_type(events, "Armed clash")
    assert (clash.actor1, clash.actor2) == ("Taliban", "Police Forces of Afghanistan")
    assert clash.assoc_actor_2 == "Military Forces of Afghanistan"


def test_the_clash_keeps_its_toll_and_the_claim_apart(events: list) -> None:
    clash = by_type(events, "Armed clash")
    assert clash.fatalities == 7
    assert [(c.low, c.claimant) for c in clash.fatalities_claimed] == [(25, "Taliban")]
    assert clash.admin1 == "Baghlan"
    assert clash.date_start == clash.date_end == "2019-03-26"


def test_separately_starts_a_new_event_with_its_own_toll_place_and_day(events: list) -> None:
    bomb = by_type(events, "Remote explosive/landmine/IED")
    assert (bomb.location, bomb.fatalities, bomb.date_start) == ("Kandahar", 3, "2019-03-27")
    # the dead are the victims, of the country the bomb went off in (not of the "U.S."
    # named last before it)
    assert bomb.actor2 == "Civilians (Afghanistan)"
    # nobody is named for the bomb: ACLED's unidentified armed group planted it
    assert (bomb.actor1, bomb.inter1) == ("Unidentified Armed Group (Afghanistan)", 3)


def test_the_protest_is_in_kabul_and_the_talks_are_no_event(events: list) -> None:
    protest = by_type(events, "Peaceful protest")
    assert protest.location == "Kabul"
    assert (protest.actor1, protest.actor2) == ("Protesters (Afghanistan)", None)
    assert all(e.location != "Doha" for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("A roadside bomb killed three civilians in Kandahar on Wednesday.", "en", "civilians"),
        ("Gisteren doodden militanten drie burgers in Kandahar.", "nl", "burgers"),
    ],
)
def test_an_actor_after_the_verb_is_its_object_in_english_and_may_be_the_subject_in_dutch(
    text: str, lang: str, target: str
) -> None:
    (event,) = extract_events(Article(id="t", text=text, published="2019-03-28", language=lang))
    victims = [e for e in event.evidence if e.field == "actor2"]
    assert [e.text for e in victims] == [target]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Students occupied the university building in Amsterdam on Monday.", "en"),
        ("Activists seized the parliament building in Hong Kong on Monday.", "en"),
    ],
)
def test_a_crowd_taking_a_building_protests_rather_than_taking_territory(
    text: str, lang: str
) -> None:
    events = extract_events(Article(id="t", text=text, published="2019-03-27", language=lang))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_armed_groups_still_take_territory() -> None:
    (event,) = extract_events(Article(id="t", text="Rebels captured the town of Kidal on Monday.",
                                      published="2019-03-27", language="en"))
    assert event.sub_event_type == "Non-state actor overtakes territory"


PROTEST_REPORT = (
    "Kenyan police fired tear gas and live bullets at thousands of opposition supporters in "
    "Nairobi's Kibera slum on Friday, killing at least two people and injuring dozens, "
    "witnesses said. The protesters had set tyres on fire and blocked roads. In the western "
    "city of Kisumu, hundreds of demonstrators looted shops on Friday, a local official said."
)


@pytest.fixture(scope="module")
def protest_events() -> list:
    return coded_report(PROTEST_REPORT, "2017-10-14")


def test_force_told_before_the_crowd_refines_the_crowds_event(protest_events: list) -> None:
    """The tear gas and live bullets of the first sentence belong to the Kibera protest told
    after them, not to the Kisumu looting further on; the dead and hurt stay apart."""
    nairobi = next(e for e in protest_events if e.location == "Nairobi")
    assert nairobi.event_type == "Riots"
    assert (nairobi.fatalities, nairobi.injured) == (2, 12)
    assert nairobi.date_start == nairobi.date_end == "2017-10-13"
    assert "Police Forces of Kenya" in (nairobi.actor1, nairobi.actor2)


def test_a_riots_crowd_is_rioters_and_looting_in_a_protest_is_a_riot(protest_events: list) -> None:
    kisumu = next(e for e in protest_events if e.location == "Kisumu")
    assert kisumu.sub_event_type == "Violent demonstration"
    assert (kisumu.actor1, kisumu.inter1) == ("Rioters (Kenya)", 5)
    assert kisumu.fatalities is None


def test_a_toll_told_between_the_attack_and_a_claim_stays_the_attacks() -> None:
    text = ("Jihadisten hebben zondag een legerpost aangevallen bij Boni. Daarbij kwamen zeker "
            "tien Malinese militairen om. Het leger zegt twintig aanvallers te hebben gedood.")
    (event,) = extract_events(Article(id="t", text=text, published="2019-03-25", language="nl"))
    assert event.fatalities == 10
    assert [c.low for c in event.fatalities_claimed] == [20]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Honderden mensen liepen zaterdag een stille tocht voor de doodgestoken jongen in "
         "Zwolle.", None),
        ("Een agent kwam zaterdag om bij een aanslag in Kabul.", 1),
    ],
)
def test_an_article_counts_one_only_right_before_its_death_word(text: str, dead) -> None:
    (event,) = extract_events(Article(id="t", text=text, published="2019-03-25", language="nl"))
    assert event.fatalities == dead


def test_a_definite_event_word_takes_the_time_and_place_the_sentence_before_set() -> None:
    text = ("De gemeenteraad vergaderde gisteren. Het debat duurde lang. Er was veel kritiek. "
            "Er was ophef over een vrouw uit Nijmegen en de leuzen die zaterdag in "
            "Amsterdam werden geroepen. Tijdens de antiracismemars scandeerde zij leuzen.")
    (event,) = extract_events(Article(id="t", text=text, published="2019-03-26", language="nl"))
    assert event.sub_event_type == "Peaceful protest"
    assert event.date_start == event.date_end == "2019-03-23"
    assert [p.text for p in event.place_candidates][:1] == ["Amsterdam"]


def test_a_hyphenated_actor_word_is_a_modifier_not_a_party() -> None:
    text = ("Suspected Russian warplanes struck a market in the rebel-held town of Maarat "
            "al-Numan in Idlib province on Monday, killing at least 15 civilians.")
    (event,) = code_article(Article(id="t", text=text, published="2019-05-14", language="en"))
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Russia"
    # the victims, of the country the strike is placed in, not of the foreign force
    assert (event.country, event.actor2) == ("Syria", "Civilians (Syria)")
    assert event.fatalities == 15


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Kunduz zijn bij gevechten tussen het Afghaanse leger en de Talibaan volgens "
         "lokale bronnen twaalf strijders gedood.", "nl"),
        ("Twelve fighters were killed in clashes between the Afghan army and the Taliban in "
         "Kunduz, according to local sources.", "en"),
    ],
)
def test_the_speaker_follows_according_to_and_the_fighting_sides_stay_sides(
    text: str, lang: str
) -> None:
    (event,) = extract_events(Article(id="t", text=text, published="2019-08-19", language=lang))
    assert {event.actor1, event.actor2} == {"Military Forces of Afghanistan", "Taliban"}
    assert event.fatalities == 12 and event.fatalities_claimed == []


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("An Israeli air strike killed two Hamas militants in Gaza on Tuesday.",
         "Military Forces of Israel", "Hamas Movement"),
        ("An air strike killed two Hamas militants in Gaza on Tuesday.", None, "Hamas Movement"),
    ],
)
def test_the_dead_are_never_the_doer_and_the_weapons_adjective_names_its_forces(
    text: str, actor1, actor2
) -> None:
    (event,) = code_article(Article(id="t", text=text, published="2019-08-19", language="en"))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Air/drone strike", actor1, actor2)
    assert event.fatalities == 2


def test_a_partys_spokesman_counting_enemy_dead_makes_a_claim() -> None:
    text = "A Taliban spokesman said the insurgents killed 25 soldiers in Kunduz on Monday."
    (event,) = extract_events(Article(id="t", text=text, published="2019-08-19", language="en"))
    assert event.fatalities is None
    assert [(c.low, c.claimant) for c in event.fatalities_claimed] == [(25, "Taliban")]
