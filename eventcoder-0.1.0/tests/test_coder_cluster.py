"""Clustering: which mentions tell one event, and the drafts it hands on unchanged."""

from __future__ import annotations

import dataclasses

import pytest

from coder_phases import drafts, prepare
from eventcoder.extract.coding import cluster, continued, grounded
from eventcoder.extract.coding.cluster import labels_fit, told_by_claim


def test_a_reference_back_joins_the_event_and_a_separate_incident_starts_one():
    _, ds = drafts("Taliban fighters attacked a police checkpoint in Kunduz on Monday. The attack "
                   "lasted hours. Separately, a roadside bomb killed three civilians in Kandahar "
                   "on Wednesday.")
    assert [sorted({m.sentence.index for m in d.mentions}) for d in ds] == [[0, 1], [2]]


def test_two_attacks_at_two_places_stay_two_events():
    _, ds = drafts("Gunmen attacked a market in Kano on Monday. Gunmen attacked a church in "
                   "Maiduguri on Monday.")
    assert len(ds) == 2
    assert {d.place().text for d in ds if d.place()} == {"Kano", "Maiduguri"}


def test_a_claim_that_tells_the_attack_is_reported_without_changing_the_input():
    text = "Al-Shabaab claimed responsibility for a car bomb that killed eight people in Mogadishu."
    ctx, mentions = prepare(text)
    claimed = [m for m in mentions if m.modality == "claimed"]
    assert claimed, "the test needs a claimed mention"
    assert told_by_claim(mentions) == {0}
    [d] = cluster(ctx, mentions)
    assert d.modality == "reported"
    assert all(m.modality == "reported" for m in d.mentions)
    assert all(m.modality == "claimed" for m in claimed)  # the caller's mentions unchanged
    assert d.told_by_claim == {0}


def test_a_claim_of_a_toll_alone_stays_a_claim():
    _, [d] = drafts("A Taliban spokesman claimed the insurgents had killed 25 soldiers in Kunduz "
                    "on Tuesday.")
    assert d.modality == "claimed"
    assert not d.told_by_claim


def test_labels_of_one_event_type_fit_and_of_unrelated_types_do_not():
    rules = prepare("x")[0].rules
    assert labels_fit(rules, "Armed clash", ["Government regains territory"])  # both battles
    assert labels_fit(rules, "@attack", ["@kill"])  # pseudo labels wait for their sides
    assert not labels_fit(rules, "Peaceful protest", ["Agreement"])


def test_continuation_adds_the_toll_of_the_next_sentence_to_a_new_draft():
    ctx, [d] = drafts("Strijders van IS vielen zondag een legerbasis aan in Kirkuk. "
                      "Daarbij kwamen tien militairen om.", lang="nl")
    more = continued(ctx, d)
    assert [c.low for c in more.extra_casualties] == [10]
    assert [a.text for a in more.extra_actors] == ["militairen"]
    assert d.extra_casualties == () and d.extra_actors == ()  # the draft itself is frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.modality = "feared"  # type: ignore[misc]


def test_a_draft_that_is_not_real_gains_no_continuation():
    ctx, [d] = drafts("Strijders van IS vielen zondag een legerbasis aan in Kirkuk. "
                      "Daarbij kwamen tien militairen om.", lang="nl")
    other = dataclasses.replace(d, modality="feared")
    assert continued(ctx, other) is other


def test_a_long_article_needs_an_anchor_a_short_one_does_not():
    lead = "Protesters marched against the war."
    ctx, [d] = drafts(lead)
    assert grounded(ctx, d)  # the short report's event is the news itself
    filler = " The weather was mild. Shops were open. Traffic was light. Schools were closed."
    ctx, ds = drafts(lead + filler)
    assert ds and not any(grounded(ctx, d) for d in ds)
    ctx, ds = drafts("Protesters marched in Algiers on Friday." + filler)
    assert ds and all(grounded(ctx, d) for d in ds)
