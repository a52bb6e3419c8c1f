"""The coder never writes on the scan's spans: what it learns about them (who helps whom,
who claimed an attack, the name an event gives a side) it keeps beside them. Before, three
phases wrote on the spans, so what one draft's build set, the next draft saw."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from coder_phases import prepare
from eventcoder.extract.coding import build, cluster, continued, split_by_place
from eventcoder.extract.coding.draft import Context
from eventcoder.extract.spans import ActorSpan, CasualtySpan, PlaceSpan, TimeSpan
from eventcoder.records import Event

SPAN_TYPES = (ActorSpan, PlaceSpan, TimeSpan, CasualtySpan)

# one article per write the coder used to make: a supporter ("backed by"), a claim of
# responsibility that makes the group the doer, and two events (the second built after the
# first had named its actors)
TEXTS = [
    ("en", "Government forces backed by Russian warplanes attacked rebels in Idlib on Monday, "
           "killing twelve fighters. On Tuesday Islamic State militants attacked a checkpoint "
           "in Deir ez-Zor. The Islamic State group claimed responsibility for the attack."),
    ("en", "Al-Shabaab claimed responsibility for a car bomb that killed eight people in "
           "Mogadishu. Separately, police fired tear gas at protesters in Nairobi."),
    ("nl", "Syrische regeringstroepen hebben met steun van Russische gevechtsvliegtuigen "
           "zondag de stad Saraqeb aangevallen. Daarbij kwamen tien strijders om. In Idlib "
           "doodden rebellen maandag vier soldaten."),
]


def _spans(ctx: Context) -> Iterator[Any]:
    for s in ctx.scan.sentences:
        yield from (*s.actors, *s.places, *s.times, *s.casualties)


def _code(ctx: Context, mentions: list) -> list[Event]:
    events = []
    for d in cluster(ctx, mentions):
        for one in split_by_place(continued(ctx, d)):
            if (event := build(ctx, one)) is not None:
                events.append(event)
    return events


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_coding_writes_on_no_scan_span(lang: str, text: str, monkeypatch: pytest.MonkeyPatch):
    ctx, mentions = prepare(text, lang)
    scanned = {id(x) for x in _spans(ctx)}

    def guarded(self: Any, name: str, value: Any) -> None:
        if id(self) in scanned:
            raise AssertionError(f"the coder wrote {name}={value!r} on the scan's {self!r}")
        object.__setattr__(self, name, value)

    for cls in SPAN_TYPES:  # copies (dataclasses.replace) may still be made and named
        monkeypatch.setattr(cls, "__setattr__", guarded)
    assert _code(ctx, mentions), "the article should make events"


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_coding_twice_from_one_scan_gives_the_same_events(lang: str, text: str):
    ctx, mentions = prepare(text, lang)
    before = [dict(vars(x)) for x in _spans(ctx)]
    first = [e.model_dump_json() for e in _code(ctx, mentions)]
    second = [e.model_dump_json() for e in _code(ctx, mentions)]
    assert first and first == second
    assert [dict(vars(x)) for x in _spans(ctx)] == before


def test_the_texts_exercise_each_former_write():
    """A supporter linked, a claimant moved and a second event built: else the tests above
    would prove nothing about those writes."""
    seen = {"support": 0, "claimant": 0, "second event": 0}
    for lang, text in TEXTS:
        ctx, mentions = prepare(text, lang)
        seen["support"] += any(ctx.support_of(a) is not None for a in _spans(ctx)
                               if isinstance(a, ActorSpan))
        drafts = cluster(ctx, mentions)
        seen["claimant"] += bool(drafts and drafts[0].claimants)
        seen["second event"] += len(_code(ctx, mentions)) >= 2
    assert seen["support"] >= 2 and seen["claimant"] >= 1 and seen["second event"] >= 2, seen


def test_a_side_is_a_named_copy_that_equals_its_span():
    """``sides.actors`` names copies; the name is not part of equality, so a named side is
    still found among its mention's doers (``a1 in doers`` in the sub-type rules)."""
    lang, text = TEXTS[1]
    ctx, mentions = prepare(text, lang)
    [event, *_] = _code(ctx, mentions)
    assert event.actor1 == "Al Shabaab"
    assert all(a.name_display == "" for a in _spans(ctx) if isinstance(a, ActorSpan))
    span = next(a for a in _spans(ctx) if isinstance(a, ActorSpan))
    assert replace(span, name_display="X") == span
