"""Sides: who did it, to whom, who helped, and the country the event's words give."""

from __future__ import annotations

from coder_phases import drafts
from eventcoder.extract.coding import continued
from eventcoder.extract.coding.sides import (
    Sides,
    actors,
    event_country,
    orient,
    resolve_anaphors,
    weapon_owner,
)


def _sides(text: str, lang: str = "en") -> Sides:
    ctx, [d] = drafts(text, lang)
    d = continued(ctx, d)
    country, own = event_country(ctx, d)
    return actors(ctx, d, country, own)


def test_the_country_adjective_on_a_weapon_names_whose_forces_used_it():
    ctx, [d] = drafts("An Israeli air strike killed two Hamas militants in Gaza on Sunday.")
    [owner] = [a for m in d.mentions for a in weapon_owner(ctx, m)]
    assert owner.text == "Israeli" and owner.inter == 1
    a1, _, a2, _ = _sides("An Israeli air strike killed two Hamas militants in Gaza on Sunday.")
    assert a1 is not None and a1.name_display == "Military Forces of Israel"
    assert a2 is not None and a2.name_display == "Hamas Movement"


def test_no_adjective_before_the_weapon_names_no_owner():
    ctx, [d] = drafts("An air strike killed two Hamas militants in Gaza on Sunday.")
    assert [a for m in d.mentions for a in weapon_owner(ctx, m)] == []


def test_generic_insurgents_are_the_group_named_before_them():
    ctx, [d] = drafts("The Taliban attacked Kunduz on Monday. The insurgents killed four "
                      "policemen in the city.")
    generic = [a for m in d.mentions for a in m.agents if a.text == "insurgents"]
    assert generic, "the test needs the generic actor"
    [resolved] = resolve_anaphors(ctx, generic, d)
    assert resolved.key == "taliban" and resolved is not generic[0]  # a copy, not the span
    assert generic[0].key != "taliban"


def test_a_protest_puts_the_crowd_first_and_the_police_second():
    ctx, [d] = drafts("Police fired tear gas at protesters in Algiers on Friday.")
    country, own = event_country(ctx, d)
    a1, _, a2, _ = orient(ctx, "Protest with intervention", actors(ctx, d, country, own))
    assert a1 is not None and a1.inter == 6
    assert a2 is not None and a2.inter == 1


def test_the_event_country_comes_from_its_place_or_else_the_story_before_it():
    ctx, [d] = drafts("Gunmen attacked a market in Nigeria on Monday.")
    assert event_country(ctx, d) == ("Nigeria", True)
    ctx, [d] = drafts("Gunmen attacked a market in Kano on Monday.")
    assert event_country(ctx, d) == (None, False)  # the geocoder finds it
    ctx, ds = drafts("Nigeria has seen a wave of violence. Gunmen attacked a market on Monday.")
    assert event_country(ctx, ds[-1]) == ("Nigeria", False)  # a guess the geocoder may overrule


def test_a_country_that_backs_a_side_is_not_the_event_country():
    """'de door de VS gesteunde SDF': the backer is neither where the event is nor the side's
    country; the side's own country word speaks."""
    text = ("De door de VS gesteunde Syrische Democratische Strijdkrachten vielen maandag "
            "IS-strijders aan.")
    ctx, [d] = drafts(text, "nl")
    assert event_country(ctx, d)[0] == "Syria"


def test_a_country_named_beside_the_events_town_is_not_said_to_be_its_country():
    """The town's country, known once geocoded, is the event's: a local actor (police,
    protesters) waits for it rather than taking the other country the sentence names (here
    named in what the protest is against, so not even a guess)."""
    ctx, [d] = drafts("Protesters against beef imports from the United States clashed with "
                      "police in Seoul on Saturday.")
    assert event_country(ctx, d) == (None, False)
    from eventcoder.pipeline import code_article
    from eventcoder.records import Article

    [event] = code_article(Article(
        id="t", language="en", published="2000-08-31",
        text="Protesters against beef imports from the United States clashed with police in "
             "Seoul on Saturday."), scope=False)
    assert (event.country, event.actor1, event.actor2) == (
        "South Korea", "Rioters (South Korea)", "Police Forces of South Korea")
    ctx, [d] = drafts("Protesters clashed with police in Nigeria on Saturday.")
    assert event_country(ctx, d) == ("Nigeria", True)
