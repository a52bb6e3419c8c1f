"""Tolls and claims: what the reporter counts, what a party claims."""

from __future__ import annotations

from coder_phases import drafts
from eventcoder.extract.coding import continued
from eventcoder.extract.coding.sides import actors, event_country
from eventcoder.extract.coding.tolls import casualties, conservative
from eventcoder.extract.spans import CasualtySpan


def _tolls(text: str, lang: str = "en"):
    ctx, [d] = drafts(text, lang)
    d = continued(ctx, d)
    sides = actors(ctx, d, *event_country(ctx, d))
    return casualties(ctx, d, sides.actor1)


def _count(low: int | None) -> CasualtySpan:
    return CasualtySpan(0, 1, "x", low=low)


def test_the_lowest_count_is_kept_and_zero_only_without_a_count():
    assert conservative([_count(7), _count(5)]) == 5
    assert conservative([_count(0), _count(4)]) == 4
    assert conservative([_count(0)]) == 0
    assert conservative([_count(None)]) is None
    assert conservative([]) is None


def test_a_neutral_source_reports_the_dead():
    deaths, claims, injured = _tolls("A roadside bomb killed three civilians in Kandahar on "
                                     "Wednesday, police said.")
    assert [c.low for c in deaths] == [3] and claims == [] and injured == []


def test_a_party_speaking_of_its_enemys_losses_makes_a_claim():
    deaths, claims, _ = _tolls("A Taliban spokesman claimed the insurgents had killed 25 soldiers "
                               "in Kunduz on Tuesday.")
    assert deaths == []
    assert [(c.low, who) for c, who in claims] == [(25, "Taliban")]


def test_injuries_are_counted_apart_and_a_continuation_adds_its_toll():
    deaths, _, injured = _tolls("A bomb exploded in a market in Kano on Monday, killing four "
                                "people and wounding twelve.")
    assert [c.low for c in deaths] == [4] and [c.low for c in injured] == [12]
    deaths, _, _ = _tolls("Strijders van IS vielen zondag een legerbasis aan in Kirkuk. "
                          "Daarbij kwamen tien militairen om.", lang="nl")
    assert [c.low for c in deaths] == [10]


def test_nobody_hurt_is_nobody_killed_unless_deaths_are_told():
    deaths, claims, _ = _tolls("Protesters clashed with police in Lagos on Monday. No one was "
                               "injured, police said.")
    assert claims == [] and [c.low for c in deaths] == [0]
    deaths, _, _ = _tolls("A bomb exploded in a market in Kano on Monday, killing four "
                          "people. Nobody else was injured.")
    assert [c.low for c in deaths] == [4]
