"""Actor mechanisms for unseen news (issue 11, part 4), each told in words of our own: a crowd
that faced someone faced a force (never civilians, and the country's police where the text
names no one); the rest of the file follows the causes the dev splits showed."""

from __future__ import annotations

from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event


def code(text: str, language: str = "en", published: str = "2024-05-02") -> list[Event]:
    return merge_events(code_article(Article(id="t", text=text, published=published,
                                             language=language)))


def of_type(text: str, sub: str, language: str = "en") -> Event:
    events = [e for e in code(text, language) if e.sub_event_type == sub]
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2)
                              for e in code(text, language)]
    return events[0]


def test_a_dispersed_crowd_with_no_force_named_faced_the_police() -> None:
    ev = of_type("On 1 May 2024, hundreds of nurses protesting unpaid wages in Nairobi were "
                 "dispersed with tear gas.", "Protest with intervention")
    assert ev.actor1 == "Protesters (Kenya)"
    assert ev.actor2 == "Police Forces of Kenya"


def test_a_crowd_faced_the_force_not_the_lawmakers_it_lobbied() -> None:
    ev = of_type("Riot police used water cannon to clear thousands of protesters from outside "
                 "parliament in Tbilisi on Tuesday as lawmakers pressed ahead with a bill.",
                 "Protest with intervention")
    assert ev.actor2 == "Police Forces of Georgia"


def test_rioting_residents_are_the_crowd_not_its_victims() -> None:
    events = code("Police fired rubber bullets in Soweto on Wednesday as residents protesting "
                  "power cuts barricaded roads with burning tyres and pelted cars with stones.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Protesters (South Africa)", "Police Forces of South Africa")]


def test_groups_of_every_region_take_acled_names() -> None:
    ev = of_type("Carteles Unidos gunmen clashed with CJNG fighters near Buenavista in "
                 "Michoacan on Monday; four people died.", "Armed clash")
    assert {ev.actor1, ev.actor2} == {"Carteles Unidos", "CJNG: Jalisco New Generation Cartel"}
    ev = of_type("On 5 May 2024, RSF forces shelled a market in El Fasher, killing 9 civilians.",
                 "Shelling/artillery/missile attack")
    assert ev.actor1 == "Rapid Support Forces"


def test_a_police_force_named_by_its_own_name_tells_the_country() -> None:
    ev = of_type("Gardaí were pelted with bottles and a car was set alight during a protest "
                 "outside a hotel in Ballinasloe on Tuesday night.", "Violent demonstration")
    assert ev.actor2 == "Police Forces of Ireland"


def test_civilians_take_the_country_their_adjective_names() -> None:
    ev = of_type("In Port-au-Prince a French doctor was kidnapped by armed men on Sunday.",
                 "Abduction/forced disappearance")
    assert ev.actor2 == "Civilians (France)"


def test_no_police_are_implied_where_no_crowd_is_told() -> None:
    events = code("De provincie greep gisteren in bij het bestemmingsplan van Zwolle, dat een "
                  "grote meubelzaak buiten het centrum toestaat.", language="nl")
    assert not [e for e in events if e.actor2 and e.actor2.startswith("Police Forces")]
