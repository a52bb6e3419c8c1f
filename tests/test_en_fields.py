"""English wire shapes whose fields an analyst reads off the sentence (made-up sentences):
a group that claims an attack is its doer, a strike and the deaths it causes are one event,
and two state forces named together are the two sides of their clash."""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article, Event


def code(text: str) -> list[Event]:
    return extract_events(Article(id="t", text=text, published="2024-05-10", language="en"))


def only(text: str) -> Event:
    events = code(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize("claim", [
    "Al-Shabaab claimed the attack.",
    "Al-Shabaab claimed responsibility for the attack.",
    "The attack was claimed by Al-Shabaab.",
    "Al-Shabaab claimed responsibility.",
])
def test_a_group_that_claims_the_attack_is_its_doer(claim: str) -> None:
    ev = only(f"A car bomb exploded outside a hotel in Mogadishu on Monday, killing eight "
              f"people. {claim}")
    assert ev.actor1 == "Al Shabaab"
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")
    assert ev.fatalities == 8



@pytest.mark.parametrize(("text", "sides"), [
    ("Russian and Ukrainian forces clashed near Klishchiivka on Monday.",
     {"Military Forces of Russia", "Military Forces of Ukraine"}),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Monday.",
     {"Military Forces of India", "Military Forces of Pakistan"}),
    # a name that makes a force with the noun ("SAF forces"), before another's alias
    ("SAF and RSF forces clashed around the airport in Merowe on Monday.",
     {"Military Forces of Sudan", "Rapid Support Forces"}),
])
def test_two_state_forces_joined_before_one_noun_are_the_two_sides(
        text: str, sides: set[str]) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Armed clash"
    assert {ev.actor1, ev.actor2} == sides


def test_two_joined_forces_against_a_third_party_are_not_each_others_enemy() -> None:
    ev = only("Malian and French troops clashed with jihadists near Gao on Monday.")
    assert {ev.actor1, ev.actor2} != {"Military Forces of Mali", "Military Forces of France"}


def test_two_joined_forces_that_raid_together_are_one_side() -> None:
    ev = only("Malian and French troops raided a village near Gao on Monday, killing 12 "
              "civilians.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")


def test_dutch_two_joined_forces_are_the_two_sides() -> None:
    events = extract_events(Article(
        id="t", text="Russische en Oekraïense troepen raakten maandag slaags bij Bachmoet.",
        published="2024-05-10", language="nl"))
    assert len(events) == 1
    assert {events[0].actor1, events[0].actor2} == {"Military Forces of Russia",
                                                    "Military Forces of Ukraine"}


# An article with no publication date: no weekday resolves to a day, but two weekdays are
# still two days, and a later word naming the same weekday tells of that day's event.
UNDATED_TWO_DAYS = (
    "Authorities in Lima banned further marches against the mining law after dozens of people "
    "were hurt in clashes with riot police overnight Friday. On Saturday police blocked "
    "marchers from reaching the Congress building. About 40 people were detained by police "
    "for blocking roads, but no major clashes occurred. More than 60 marchers and officers "
    "were injured in Friday's protests. The march turned violent when some protesters "
    "hurled stones at police, who fired tear gas.")


def test_two_weekdays_of_an_undated_article_are_two_events() -> None:
    events = extract_events(Article(id="t", text=UNDATED_TWO_DAYS, published=None,
                                    language="en"))
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Protest with intervention", "Violent demonstration"], subs


def test_a_time_word_nearest_a_modifier_dates_the_event_word_it_refines() -> None:
    from eventcoder.extract import build_mentions, pack_for, scan_article
    article = Article(id="t", text="Dozens were hurt in clashes with riot police overnight "
                      "Friday.", published=None, language="en")
    pack = pack_for(article)
    mentions = build_mentions(scan_article(article.text, pack, None), pack, None, None, None)
    clash = next(m for m in mentions if article.text[m.hit.start:m.hit.end] == "clashes")
    assert [article.text[t.start:t.end] for t in clash.times] == ["overnight", "Friday"]


@pytest.mark.parametrize("text", [
    "SAF warplanes bombed a market in Mayo on Sunday, killing 20 civilians.",
    "SAF warplanes bombed a market in Mayo on Sunday and killed 20 civilians, most of them "
    "women.",
    "SAF warplanes bombed a market in Mayo on Sunday. The bombing killed 20 civilians.",
    "A Sudanese army air strike on a market in Mayo killed 20 civilians on Sunday.",
])
def test_a_strike_and_the_deaths_it_causes_are_one_event(text: str) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Sudan"
    assert ev.fatalities == 20


def test_a_dated_article_keeps_a_same_day_protest_apart_from_the_bombing() -> None:
    events = extract_events(Article(
        id="t", published="2024-05-13", language="en",
        text="A bomb exploded inside a church in Cairo on Sunday, killing 25 worshippers. "
             "Police said they were hunting for the bomber. Officials gave no more details. "
             "Hundreds of demonstrators gathered outside the church on Sunday to voice their "
             "anger at the police."))
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Peaceful protest", "Remote explosive/landmine/IED"], subs
