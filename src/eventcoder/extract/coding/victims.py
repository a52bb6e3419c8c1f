"""Who an event hit: the dead or hurt a toll counts are its target, whatever their place in
the sentence ("a car bomb killed 13 soldiers"), and a side named by a trade a militia shares
is civilians where a toll counts it."""

from __future__ import annotations

from dataclasses import replace

from eventcoder.extract.coding.draft import Context, Draft
from eventcoder.extract.coding.sides import Sides, counted, display
from eventcoder.extract.spans import ActorSpan
from eventcoder.records import NON_STATE_ARMED, SUB_EVENT_TO_TYPE, ActorKind, Inter, Role


def counted_as(ctx: Context, d: Draft, sides: Sides) -> Sides:
    """A second side named by a trade a militia shares ("herders") that a toll of the event
    counts is its dead, civilians (rules.yaml ``counted_as``): "militants killed 3 herders"."""
    a1, assoc1, a2, assoc2 = sides
    key = (ctx.rules.get("counted_as") or {}).get(a2.key) if a2 is not None else None
    if a2 is None or key is None or not counted(ctx, d, a2):
        return sides
    spec = ctx.pack.actor(key)
    a2 = replace(a2, key=key, name=spec.name, inter=spec.inter, kind=ActorKind(spec.kind))
    return Sides(a1, assoc1, replace(a2, name_display=display(ctx, a2, a2.country)), assoc2)


def victims_second(ctx: Context, sub: str, d: Draft, sides: Sides) -> Sides:
    """A remote-violence event whose only named side is its counted dead ("a car bomb
    killed 13 soldiers") names them actor2; actor1 is left to the unnamed doer (see
    :func:`~.sides.implied`). So is a side whose own kind is counted elsewhere in the event: "a bomb
    exploded near a police van, killing two policemen" hit the police."""
    a1, assoc1, a2, assoc2 = sides
    if SUB_EVENT_TO_TYPE[sub] != "Explosions/Remote violence" or a1 is None:
        return sides

    def dead(a: ActorSpan) -> bool:
        return counted(ctx, d, a) or any(x.key == a.key and counted(ctx, d, x)
                                         for m in d.mentions for x in m.sentence.actors)

    if a2 is None and dead(a1):
        return Sides(None, [], a1, assoc1)
    # "a police vehicle struck an IED ... 3 police reservists were killed; suspected Al
    # Shabaab": the counted dead hit the device; the armed group named beside them set it
    if a2 is not None and a2.inter in NON_STATE_ARMED and a1.inter not in NON_STATE_ARMED and (
            dead(a1) and not dead(a2)):
        return Sides(a2, assoc2, a1, assoc1)
    return sides


def crowd_opponent(ctx: Context, sub: str, d: Draft, a2: ActorSpan | None,
                   country: str | None) -> ActorSpan | None:
    """The other side of a crowd that faced someone (rules.yaml ``crowd_faces_force``:
    "Protest with intervention", "Violent demonstration") is the force it faced, never
    civilians: "residents protesting ... barricaded roads" are the crowd itself, "lawmakers
    pressed ahead with a bill" are whom it lobbied. Civilians give way to the state force
    the event's sentences name as no source ("Police fired rubber bullets ... as residents
    protesting"); with none, the side is left to :func:`~.sides.implied` (the country's
    police)."""
    if sub not in (ctx.rules.get("crowd_faces_force") or []) or (
            a2 is not None and a2.inter != Inter.CIVILIANS):
        return a2
    for m in d.mentions:
        for a in m.sentence.actors:
            if a.inter == Inter.STATE_FORCES and d.role(a) not in (
                    Role.SOURCE, Role.ACCUSED) and ctx.support_of(a) is None:
                return replace(a, name_display=display(ctx, a, a.country or country))
    return None
