"""Coding one draft into an Event: sides, sub-type, tolls, dates, places, confidence and the
evidence for each field."""

from __future__ import annotations

from eventcoder.extract.coding.draft import REAL, Context, Draft
from eventcoder.extract.coding.event_dates import event_dates
from eventcoder.extract.coding.event_places import place_candidates
from eventcoder.extract.coding.sides import (
    actors,
    claimant,
    crowd_as,
    event_country,
    implied,
    orient,
    source_names,
)
from eventcoder.extract.coding.subtypes import (
    ARRESTS,
    arrested_crowd,
    arrested_protesters,
    in_arrest_scope,
    lone_attack_stopped,
    lone_force,
    ordinary_crime,
    sub_event_type,
)
from eventcoder.extract.coding.tolls import casualties, conservative
from eventcoder.extract.coding.victims import counted_as, crowd_opponent, victims_second
from eventcoder.extract.notes import summary_note
from eventcoder.extract.spans import ActorSpan, PlaceSpan, Span, find_cues
from eventcoder.records import (
    DEMONSTRATORS,
    SUB_EVENT_TO_TYPE,
    ClaimedFatalities,
    Event,
    Evidence,
    PlaceMention,
    interaction_code,
    stable_event_id,
)

EVIDENCE_MENTIONS = 6  # event words cited as evidence of the type, at most


def parties_told(ctx: Context, d: Draft) -> bool:
    """Do the draft's sentences name its parties in words the actor tables do not hold (the
    pack's ``parties``: "the warring parties", "both sides")?"""
    cues = ctx.pack.discourse.get("parties") or []
    return any(find_cues(cues, ctx.scan.text, m.sentence.start, m.sentence.end)
               for m in d.mentions) if cues else False


def build(ctx: Context, d: Draft) -> Event | None:
    """Code one draft as an Event (geo fields empty), or None when it makes none.

    In order: the country its words give; its sides; the sub-type those sides make (None:
    no event); the sides oriented for that sub-type, crowds renamed, one-sided types
    stripped of a second side, conventional sides filled; a sub-type that needs a named
    actor1 without one, arrests outside the codebook's scope, clashes with a lone state
    force and ordinary crime dropped (None); then tolls and claims, dates, place
    candidates, confidence and a stable id. Writes nothing on the draft or the scan's
    spans (the sides are named copies, see :mod:`.sides`); returns a new Event."""
    rules, modifiers, text = ctx.rules, ctx.modifiers, ctx.scan.text
    country, own = event_country(ctx, d)
    sides = counted_as(ctx, d, actors(ctx, d, country, own))
    sub = sub_event_type(ctx, d, sides)
    if sub is None:
        return None
    etype = SUB_EVENT_TO_TYPE[sub]
    a1, assoc1, a2, assoc2 = victims_second(ctx, sub, d, orient(ctx, sub, sides))
    if (stopped := lone_attack_stopped(ctx, sub, a1, a2, d)) is not None:
        sub, etype, a2, assoc2 = stopped, SUB_EVENT_TO_TYPE[stopped], None, []
    a1 = crowd_as(ctx, etype, a1, country if own else None, doer=True)
    a2 = crowd_as(ctx, etype, a2, country if own else None)
    if sub in (rules.get("one_sided") or []) and a2 is not None and (
            a2.inter not in DEMONSTRATORS):
        a2, assoc2 = None, []
    if (opponent := crowd_opponent(ctx, sub, d, a2, country if own else None)) is not a2:
        a2, assoc2 = opponent, []
    named = a1
    a1 = claimant(ctx, etype, d, a1, country if own else None)
    a1, a2 = implied(ctx, sub, d, a1, a2, country if own else None, claimed=a1 is not named)
    if a1 is None and sub in (rules.get("named_actor1") or []) and not parties_told(ctx, d):
        return None  # a deal with no party named: no such event told
    if not in_arrest_scope(ctx, sub, [a1, a2, *assoc1, *assoc2], d):
        return None
    if sub == ARRESTS and arrested_protesters(ctx, d):
        a1, a2 = arrested_crowd(ctx, a1, a2, country if own else None)
    if a2 is None and a1 is not None and lone_force(ctx, sub, a1, d):
        return None
    if ordinary_crime(ctx, sub, [a1, a2, *assoc1, *assoc2]):
        return None
    article = ctx.article
    evidence: list[Evidence] = []

    def ev(field_name: str, span: Span) -> None:
        if span.end > span.start:
            evidence.append(Evidence(field=field_name, article_id=article.id,
                                     start=span.start, end=span.end,
                                     text=text[span.start:span.end]))

    anchor = next((m for m in d.mentions if m.label not in modifiers), d.mentions[0])
    for m in d.mentions[:EVIDENCE_MENTIONS]:
        ev("event_type", m.hit)
    for name, actor in (("actor1", a1), ("actor2", a2)):
        if actor is not None:
            ev(name, actor)
    for name, group in (("assoc_actor_1", assoc1), ("assoc_actor_2", assoc2)):
        for actor in group:
            ev(name, actor)
    inter1 = a1.inter if a1 else None
    inter2 = a2.inter if a2 else None
    deaths, claims, injured = casualties(ctx, d, a1, source_names(ctx, d, country, own))
    fatalities = conservative(deaths)
    for c in deaths:
        ev("fatalities", c)
    for c, _claimant in claims:
        ev("fatalities_claimed", c)
    injured_n = conservative(injured)
    for c in injured:
        ev("injured", c)
    dates, time_span = event_dates(d.mentions, ctx.pub)
    if time_span is not None:
        ev("date", time_span)
    places = place_candidates(d)
    for p in places:
        evidence.append(Evidence(field="location", article_id=article.id, start=p.start,
                                 end=p.end, text=p.text))
    modality = d.modality
    cue = next((m.modality_cue for m in d.mentions if m.modality_cue), None)
    if cue and modality not in REAL:
        ev("modality", Span(cue[0], cue[1], ""))

    def display(a: ActorSpan | None) -> str | None:
        return a.name_display if a is not None else None

    event = Event(
        country=country,  # from the text's own words; the geocoder refines it
        event_type=etype,
        sub_event_type=sub,
        actor1=display(a1),
        assoc_actor_1="; ".join(dict.fromkeys(a.name_display for a in assoc1)) or None,
        inter1=inter1,
        actor2=display(a2),
        assoc_actor_2="; ".join(dict.fromkeys(a.name_display for a in assoc2)) or None,
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        fatalities=fatalities,
        fatalities_claimed=[
            ClaimedFatalities(low=c.low, high=c.high, claimant=claimant, text=c.text)
            for c, claimant in claims
        ],
        injured=injured_n,
        source=article.source,
        source_url=article.url,
        language=ctx.pack.lang,
        modality=modality,  # type: ignore[arg-type]
        confidence=confidence(d, a1, places),
        evidence=evidence,
        article_ids=[article.id],
        place_candidates=[
            # a landmark is offered as its town; the offsets still show the landmark
            PlaceMention(text=p.town or p.text, start=p.start, end=p.end, cue=p.cue)
            for p in places
        ],
    )
    if dates is not None:
        event.date_start = dates.start.isoformat()
        event.date_end = dates.end.isoformat()
        event.event_date = dates.start.isoformat()
        event.time_precision = dates.precision
    anchor_at = d.only_place.start if d.only_place is not None else anchor.start
    event.event_id = stable_event_id(article.id, etype, sub, anchor_at)
    event.notes = summary_note(event, ctx.pack, places[0].text if places else None)
    return event


def confidence(d: Draft, a1: ActorSpan | None, places: list[PlaceSpan]) -> float:
    """How sure the coding is, 0.05 to 0.95: heavier and more event words, a named actor1
    and a place raise it; hedges and a modality other than reported lower it."""
    top = max((m.weight for m in d.mentions), default=1.0)
    score = 0.2 + 0.1 * min(top, 5.0) + 0.05 * min(len(d.mentions) - 1, 3)
    score += 0.1 if a1 is not None and a1.end > a1.start else 0.0  # named, not implied
    score += 0.05 if places else 0.0
    score -= max((m.hedge for m in d.mentions), default=0.0)
    if d.modality not in REAL:
        score -= 0.2
    return round(min(0.95, max(0.05, score)), 2)
