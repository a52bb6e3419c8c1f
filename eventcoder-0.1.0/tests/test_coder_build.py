"""Building: one draft coded as an event, with evidence for what it says."""

from __future__ import annotations

import dataclasses

from coder_phases import drafts
from eventcoder.extract.coding import build, continued, split_by_place
from eventcoder.extract.coding.build import confidence

TEXT = "Al-Shabaab claimed responsibility for a car bomb that killed eight people in Mogadishu."


def test_a_draft_becomes_an_event_whose_evidence_quotes_the_text():
    ctx, [d] = drafts(TEXT)
    event = build(ctx, continued(ctx, d))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Remote explosive/landmine/IED", "Al Shabaab", 8)
    assert event.modality == "reported" and event.article_ids == ["t"]
    for e in event.evidence:
        assert TEXT[e.start:e.end] == e.text
    assert {e.field for e in event.evidence} >= {"event_type", "actor1", "fatalities",
                                                   "location"}


def test_the_event_id_is_stable_and_told_apart_by_place():
    ctx, [d] = drafts("Thousands demonstrated in Oran and Constantine on Friday.")
    ids = [e.event_id for p in split_by_place(d) if (e := build(ctx, p)) is not None]
    again = [e.event_id for p in split_by_place(d) if (e := build(ctx, p)) is not None]
    assert len(set(ids)) == 2 and ids == again


def test_an_arrest_of_no_one_the_codebook_names_is_no_event():
    ctx, [d] = drafts("Police arrested a man in Paris on Monday.")
    assert build(ctx, d) is None


def test_confidence_falls_for_what_did_not_happen_and_stays_in_bounds():
    ctx, [d] = drafts(TEXT)
    event = build(ctx, d)
    assert event is not None
    feared = dataclasses.replace(d, modality="feared")
    assert confidence(feared, None, []) < confidence(d, None, [])
    assert confidence(feared, None, []) >= 0.05 and event.confidence <= 0.95
