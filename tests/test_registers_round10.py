"""Places told with the unit they lie in, adjectives that look like actors, tallies "since" a
day and ceasefire talks: what the changes of the sixteenth session must keep (texts written
for the tests, not taken from the sets)."""

from __future__ import annotations

import pytest

from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


def code(text: str, language: str = "en", published: str = "2024-05-21",
         scope: bool = True) -> list[Event]:
    return merge_events(code_article(Article(id="t", text=text, published=published,
                                             language=language), scope=scope))


@pytest.mark.parametrize(("text", "language", "town"), [
    ("Two soldiers were killed on Sunday when their patrol came under fire in a rural area of "
     "Toribío, in the southwestern province of Cauca, the army said.", "en", "Toribio"),
    ("Rebellen hebben zondagavond het politiebureau van Saravena, in het oostelijke departement "
     "Arauca, aangevallen met explosieven die vanaf drones werden gedropt.", "nl", "Saravena"),
])
def test_a_province_named_after_the_town_says_where_the_town_is(
        text: str, language: str, town: str) -> None:
    """"X, in the province of Y": the event is in X (the gazetteer puts X in Y), not all of Y."""
    events = code(text, language, scope=False)
    assert events and all(e.location == town and e.geo_precision in (1, 2) for e in events)


def test_explosives_dropped_from_drones_are_a_drone_strike_in_dutch() -> None:
    text = ("Rebellen hebben zondagavond het politiebureau van Saravena aangevallen met "
            "explosieven die vanaf drones werden gedropt.")
    assert {e.sub_event_type for e in code(text, "nl", scope=False)} == {"Air/drone strike"}


def test_a_hyphenated_based_is_no_based_in_blocker() -> None:
    """"an intelligence-based operation in X" places the arrest in X; "a group based in
    Lahore" still names no scene."""
    text = ("The Counter-Terrorism Department arrested three suspected TTP militants in an "
            "intelligence-based operation in Dera Ismail Khan on Tuesday, a spokesman said.")
    arrests = [e for e in code(text, scope=False) if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location == "Dera Ismail Khan"


def test_a_group_based_in_a_city_names_no_scene() -> None:
    text = ("Gunmen attacked a village near Kasur on Tuesday, killing two farmers, police said. "
            "A rights group based in Lahore condemned the killings.")
    events = code(text, scope=False)
    assert events and all(e.location != "Lahore" for e in events)


def test_dissident_before_an_armed_group_is_no_activist() -> None:
    """"Dissident former FARC rebels attacked troops": the rebels fight (a battle); a
    dissident on his own is still an activist, whose arrest is an event."""
    text = ("Dissident former FARC rebels attacked Colombian troops in Toribío on Sunday, "
            "killing two soldiers, the army said.")
    events = code(text, scope=False)
    assert events and events[0].event_type == "Battles" and events[0].inter1 == 2
    arrest = code("Police arrested a prominent dissident in Minsk on Sunday, his lawyer said.",
                  scope=False)
    assert [e.sub_event_type for e in arrest] == ["Arrests"]


@pytest.mark.parametrize(("text", "language", "published"), [
    ("Sinds 7 oktober zijn volgens het ministerie van Volksgezondheid in Gaza bij Israëlische "
     "luchtaanvallen ruim 28.000 Palestijnen gedood.", "nl", "2024-02-13"),
    ("Since October 7, Israeli air strikes on the Gaza Strip have killed more than 28,000 "
     "Palestinians, according to the health ministry in Gaza.", "en", "2024-02-13"),
])
def test_a_toll_since_a_day_months_ago_is_a_tally_not_an_event(
        text: str, language: str, published: str) -> None:
    assert code(text, language, published) == []


def test_ceasefire_talks_without_a_deal_are_no_agreement_in_dutch() -> None:
    text = ("Onderhandelingen in Caïro over een wapenstilstand in de Gazastrook en de "
            "vrijlating van de gijzelaars zijn donderdag zonder resultaat afgebroken.")
    assert [e for e in code(text, "nl", "2024-08-17", scope=False)
            if e.sub_event_type == "Agreement"] == []


def test_a_ceasefire_concluded_stays_an_agreement_in_dutch() -> None:
    text = "Israël en Hamas hebben zondag in Doha een wapenstilstand gesloten."
    assert [e.sub_event_type for e in code(text, "nl", "2025-01-20", scope=False)] == [
        "Agreement"]


@pytest.mark.parametrize(("text", "language", "published"), [
    ("On Tuesday, a crowd in Delmas beat a young man to death after accusing him of stealing "
     "a motorbike, witnesses said.", "en", "2024-10-23"),
    ("Een menigte sloeg dinsdag in Pétion-Ville een jonge man dood die ervan werd verdacht voor "
     "de bendes te werken, zeggen getuigen.", "nl", "2024-10-23"),
])
def test_a_crowd_that_beats_someone_to_death_is_mob_violence_by_rioters(
        text: str, language: str, published: str) -> None:
    """ACLED names the mob rioters, whatever word the text used for it."""
    events = code(text, language, published, scope=False)
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (Haiti)")]


def test_armed_men_who_torch_machines_destroy_property_they_do_not_riot() -> None:
    """A riot's deed by an armed organised side, with no protest told, is that side's property
    destruction (rules.yaml crowd_actor.armed_turns); rioters who torch cars still riot."""
    text = ("On Friday night, about a dozen armed men torched two bulldozers and a dump truck at "
            "a road project in Kabankalan City, police said.")
    assert [e.sub_event_type for e in code(text, published="2022-08-15", scope=False)] == [
        "Looting/property destruction"]
    riot = ("On Friday, hundreds of rioters torched cars and shops in Kisumu after the results "
            "were announced, police said.")
    assert [e.sub_event_type for e in code(riot, published="2022-08-15", scope=False)] == [
        "Violent demonstration"]


def test_the_protest_against_a_politicians_arrest_is_an_event_beside_the_arrest() -> None:
    """rules.yaml arrest_apart: the arrest of a mayor and the protest it set off are two events
    (the codebook's Arrests, and a protest), not one protest with intervention."""
    text = ("De Turkse politie heeft woensdagochtend de burgemeester van Izmir in zijn woning "
            "opgepakt. Duizenden mensen demonstreerden woensdagavond in Izmir tegen de "
            "arrestatie. De politie zette traangas in tegen de betogers.")
    types = sorted(e.sub_event_type for e in code(text, "nl", "2025-03-20", scope=False))
    assert types == ["Arrests", "Protest with intervention"]
