"""The sides of an event: who did it (actor1), to whom (actor2), who helped either, and the
country the event's own words give.

Nothing here writes on the scan's spans: who helps whom is read from
:attr:`~.draft.Context.supports`, a claimant's role from the draft, and the sides
:func:`actors` returns are copies that carry the name the draft gives them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from eventcoder.extract.coding.draft import Context, Draft, has_toll, role_of
from eventcoder.extract.mentions import Mention
from eventcoder.extract.scan import protest_subjects
from eventcoder.extract.spans import (
    ActorSpan,
    backs_side,
    find_cues,
    inside_name,
    on_force_abroad,
    tokens_between,
)
from eventcoder.langpacks import LanguagePack
from eventcoder.records import (
    ARMED,
    CROWD,
    CROWD_TYPES,
    DEMONSTRATORS,
    INSURGENTS,
    NON_STATE_ARMED,
    SUB_EVENT_TO_TYPE,
    ActorKind,
    Inter,
    Role,
)

COUNTRY_REACH = 600  # characters before an event where a country told last sets its country


class Sides(NamedTuple):
    """actor1, those who helped it, actor2, those who helped it."""

    actor1: ActorSpan | None
    assoc1: list[ActorSpan]
    actor2: ActorSpan | None
    assoc2: list[ActorSpan]


def has_armed_actor(m: Mention, claimants: Sequence[ActorSpan] = ()) -> bool:
    """An armed side in the mention's share, or in its sentence when the mention counts
    dead ("police fired live bullets at the crowd, killing two"); a claimant of an attack
    told so far (``claimants``) no longer speaks as a source."""
    actors = m.agents + m.targets + m.others
    if m.casualties:
        actors = actors + [a for a in m.sentence.actors
                           if role_of(a, claimants) not in (Role.SOURCE, Role.ACCUSED)]
    return any(a.inter in ARMED for a in actors)


def display(ctx: Context, a: ActorSpan, country: str | None) -> str:
    """The actor's ACLED name, with its own country or else the one given."""
    return ctx.pack.actor(a.key).display(a.country or country)


def event_country(ctx: Context, d: Draft) -> tuple[str | None, bool]:
    """The event's country, and whether its own words say it (else the story's thread
    or the article's main country: a guess the geocoder may overrule). Where the event's
    words also name a town, the town's country is the event's, known only once geocoded: a
    country named beside it may be another ("protesters in Seoul against beef imports from
    the United States"), so it is not said then."""
    pack, text = ctx.pack, ctx.scan.text
    town = any(not p.is_country and not p.is_site for m in d.mentions for p in m.places)
    for m in d.mentions:
        for p in m.places:
            if p.is_country and not _backs(pack, text, p.end, m.sentence.end):
                return _country_of(ctx, p.text), not town
    votes: Counter[str | None] = Counter()
    placed: set[str | None] = set()
    sides = {id(a) for m in d.mentions for a in m.agents + m.targets + m.others} | {
        id(a) for a in d.extra_actors}
    for m in d.mentions:
        for a in m.agents + m.targets + m.others:
            if a.explicit_country and a.kind == ActorKind.STATE:
                votes[a.country] += 2
        for p in m.places:
            c = _country_of(ctx, p.text)
            if c:
                votes[c] += 3
                placed.add(c)
        # "de Nieuw-Zeelandse stad Christchurch": country words in the event's sentence
        s = m.sentence
        subjects = protest_subjects(s, text, pack)
        for _start, _end, cue in find_cues(pack.country_cues, text, s.start, s.end):
            if any(lo <= _start < hi for lo, hi in subjects):
                continue  # "protesteren tegen ... een Russische wet": what, not where
            if _backs(pack, text, _end, s.end) or inside_name(s.places, _start, _end) or (
                    on_force_abroad(pack, text, [a for a in s.actors if id(a) not in sides],
                                    _start, _end)):
                continue  # "near Menaka, not far from a base of French troops": no side
            votes[cue.value[0]] += 1
    if votes:
        # a place of that country says where; an adjective ("Russian warplanes") may name
        # a foreign force, so local actors wait for the geocoder's country then
        top = votes.most_common(1)[0][0]
        return top, top in placed and not town
    # The story's thread: the country told last before the event ("De Syrische Koerden
    # ... De Koerdische troepen in Baghouz") beats the one the whole article names most
    # (a Dutch jihadist's story told from the Netherlands).
    first = min(m.start for m in d.mentions)
    reach = max(0, first - COUNTRY_REACH)
    near = [a for s in ctx.scan.sentences if s.end > reach and s.start < first for a in s.actors]
    # (nor a country a protest is about: "protesteerden tegen een wet die critici vergelijken
    # met een Russische wet" leaves a later protest in Georgia)
    subjects = [span for s in ctx.scan.sentences if s.end > reach and s.start < first
                for span in protest_subjects(s, text, pack)]
    before = [c for c in find_cues(pack.country_cues, text, reach, first)
              if not _backs(pack, text, c[1], first)
              and not on_force_abroad(pack, text, near, c[0], c[1])
              and not any(lo <= c[0] < hi for lo, hi in subjects)]
    if before:
        return before[-1][2].value[0], False
    if ctx.scan.country_votes:
        return ctx.scan.country_votes.most_common(1)[0][0], False
    return None, False


def _backs(pack: LanguagePack, text: str, end: int, limit: int) -> bool:
    """Is the country word ending at ``end`` a backer? (see :func:`spans.backs_side`)"""
    return backs_side(pack, text, end, limit)


def _country_of(ctx: Context, name: str) -> str | None:
    for cue in ctx.pack.country_cues:
        if cue.regex.fullmatch(name):
            return cue.value[0]
    return None


def side_name(ctx: Context, a: ActorSpan, country: str | None, own: bool) -> str:
    """The name an event gives one of its actors: with ``country`` where the span has
    none, except that an actor that takes the event's country gets a guessed one only when
    the event's own words say it (``own``); the others wait for the geocoder's country
    (see localise_actors)."""
    local = ctx.pack.actor(a.key).local and not a.country
    return display(ctx, a, country if own or not local else None)


def source_names(ctx: Context, d: Draft, country: str | None, own: bool) -> dict[int, str]:
    """The names the draft gives the sources of its sentences, by ``id`` of the span (a
    party's claim is credited by them; see ``tolls.claimant_of``)."""
    return {id(a): side_name(ctx, a, country, own)
            for m in d.mentions for a in m.sentence.actors if d.role(a) == Role.SOURCE}


MUTUAL = frozenset({"@fight", "Armed clash"})  # labels of fights both sides joined


def actors(ctx: Context, d: Draft, country: str | None, own: bool = True) -> Sides:
    """(actor1, assoc1, actor2, assoc2) from the mentions' roles and continuations.

    Each side comes back as a copy carrying the name this event gives it
    (``name_display``, see :func:`side_name`); the scan's spans are not written on."""
    agents: list[ActorSpan] = []
    targets: list[ActorSpan] = []
    others: list[ActorSpan] = []
    claiming: list[ActorSpan] = []
    for m in d.mentions:
        doers = m.agents or weapon_owner(ctx, m)
        if m.responsibility and m.claim_cue is not None:
            mine = [a for a in doers if a.inter in NON_STATE_ARMED]
            if doubted(ctx, m.sentence.index, m.claim_cue[0]):
                # "IS claimed the attack, but officials dismissed the claim": no doer
                doers = [a for a in doers if not any(a is b for b in mine)]
            else:
                claiming += mine
        agents += doers
        targets += m.targets
        others += m.others
    agents, targets, others = (resolve_anaphors(ctx, group, d)
                               for group in (agents, targets, others))
    agents = claimant_first(d, agents, claiming)
    extra = list(d.extra_actors)
    names = source_names(ctx, d, country, own)
    names.update((id(a), side_name(ctx, a, country, own))
                 for a in agents + targets + others + extra)
    supporters = [a for a in agents + targets + others + extra
                  if ctx.support_of(a) is not None]

    def key(a: ActorSpan) -> str:
        return names.get(id(a), a.name_display)

    def side(a: ActorSpan) -> bool:
        return ctx.support_of(a) is None and d.role(a) != Role.ENEMY

    # "a gunman opened fire ... two gunmen opened fire": words the rules name as one side
    # (rules.yaml same_side) tell the same attackers, never two sides of a clash
    same_side = set(ctx.rules.get("same_side") or [])

    def other_side(a: ActorSpan, b: ActorSpan | None) -> bool:
        # "supporters clashed with police ... 2 rioters were killed": the crowd's counted
        # dead are of the crowd, not the other side of a crowd's event
        return b is None or (key(a) != key(b) and not {a.key, b.key} <= same_side and not (
            a.inter in DEMONSTRATORS and b.inter in DEMONSTRATORS and counted(ctx, d, a)))

    a1 = next((a for a in agents if side(a)), None)
    rest = [a for a in targets + others + agents + extra if side(a) and other_side(a, a1)]
    a2 = next((a for a in rest if a in targets), None) or next(iter(rest), None)
    # with no doer named, a side that is not the dead may stand first; the dead never do
    # ("an air strike killed two Hamas militants": Hamas is the target), nor a crowd the
    # event word says it struck ("rammed his car into a group of protesters", "reed in op
    # een menigte"): the crowd that was hit is no attacker (a protest still puts its crowd
    # first: see orient)
    struck = [a for a in targets if a.inter in DEMONSTRATORS]
    # (not in a fight both sides joined: "raakten slaags", "clashed")
    struck += resolve_anaphors(ctx, [a for m in d.mentions if m.label not in MUTUAL
                                     for a in m.struck], d)

    def may_lead(a: ActorSpan) -> bool:
        return a.inter != Inter.CIVILIANS and d.role(a) != Role.VICTIM and not any(
            a is b for b in struck)

    if a1 is None and rest:
        a1 = next((a for a in rest if may_lead(a)), None)
        rest = [a for a in rest if other_side(a, a1)]
        a2 = next((a for a in rest if a in targets), None) or next(iter(rest), None)
    if a1 is None and a2 is not None and may_lead(a2):
        a1, a2 = a2, None
    assoc1: list[ActorSpan] = []
    assoc2: list[ActorSpan] = []
    for s in supporters:
        helped = ctx.support_of(s)
        if helped is not None and helped.key and id(helped) not in names:
            # a side named only as the one helped ("soldiers supported by a militia")
            names[id(helped)] = side_name(ctx, helped, country, own)
        if a1 is not None and helped is not None and helped.text and key(helped) == key(a1):
            assoc1.append(s)
        elif a2 is None and helped is not None and helped.text and (
                a1 is None or key(helped) != key(a1)):
            a2 = helped
            assoc2.append(s)
        else:
            assoc2.append(s)

    def named(a: ActorSpan) -> ActorSpan:
        return replace(a, name_display=key(a))

    return Sides(None if a1 is None else named(a1), [named(a) for a in assoc1],
                 None if a2 is None else named(a2), [named(a) for a in assoc2])


def claimant_first(d: Draft, agents: list[ActorSpan],
                   claiming: Sequence[ActorSpan] = ()) -> list[ActorSpan]:
    """"Gunmen attacked a market ... IS claimed the attack": the group that claims the attack
    (a claimant of the draft, or an armed agent of its claim's words, ``claiming``) names
    its unnamed doers (generic armed words), as ACLED codes it; they are one side, not two
    sides of a clash."""
    claiming = [a for a in agents if d.role(a) == Role.CLAIMANT or any(
        a is c for c in claiming)]
    if not claiming:
        return agents
    rest = [a for a in agents if not any(a is c for c in claiming) and not (
        a.kind == ActorKind.GENERIC and a.inter in NON_STATE_ARMED)]
    return claiming + rest


@cache
def _adjectives(pack: LanguagePack) -> list:
    """The pack's country adjectives and demonyms, one list per pack (compiled once)."""
    return [c for c in pack.country_cues if c.value[1] in ("adjective", "demonym")]


def weapon_owner(ctx: Context, m: Mention) -> list[ActorSpan]:
    """"An Israeli air strike", "een Russisch bombardement": the country adjective on the
    weapon names whose forces used it (rules: weapon_owner). A new span, or none."""
    key = (ctx.rules.get("weapon_owner") or {}).get(m.label)
    if key is None:
        return []
    text = ctx.scan.text
    adjectives = _adjectives(ctx.pack)
    found = find_cues(adjectives, text, max(m.sentence.start, m.start - 30), m.start)
    if not found or tokens_between(text, found[-1][1], m.start) > 1:
        return []
    start, end, cue = found[-1]
    spec = ctx.pack.actor(key)
    return [ActorSpan(start, end, text[start:end], key=key, name=spec.name, inter=spec.inter,
                      kind=ActorKind(spec.kind), country=cue.value[0], explicit_country=True)]


def resolve_anaphors(ctx: Context, actors: list[ActorSpan], d: Draft) -> list[ActorSpan]:
    """"The insurgents" after "the Taliban" are the Taliban: a generic armed actor takes
    the named armed group of its event or, failing that, the only one the article names
    before it. With none (or several) named, it stays generic. Resolved actors are copies."""
    anaphoric = set(ctx.rules.get("anaphoric_actors") or [])
    if not any(a.key in anaphoric for a in actors):
        return actors
    mine = [a for m in d.mentions for a in m.agents + m.targets + m.others] + list(
        d.extra_actors)
    out = []
    for a in actors:
        if a.key not in anaphoric or ctx.support_of(a) is not None:
            out.append(a)
            continue
        named = _named_group(mine, d) or _named_group(
            [b for s in ctx.scan.sentences for b in s.actors if b.end <= a.start], d)
        out.append(a if named is None else replace(
            a, key=named.key, name=named.name, inter=named.inter, kind=named.kind,
            country=named.country, explicit_country=named.explicit_country))
    return out


def _named_group(actors: list[ActorSpan], d: Draft) -> ActorSpan | None:
    """The one named insurgent group among the actors (none if several)."""
    groups = {a.key: a for a in actors if a.kind == ActorKind.GROUP and a.inter in INSURGENTS
              and d.role(a) != Role.SOURCE}
    return next(iter(groups.values())) if len(groups) == 1 else None


def orient(ctx: Context, sub: str, sides: Sides) -> Sides:
    """Protests put the crowd first and state forces who intervene second, except where
    the pack puts the force first (ACLED's "Excessive force against protesters")."""
    a1, assoc1, a2, assoc2 = sides
    etype = SUB_EVENT_TO_TYPE[sub]
    crowd = DEMONSTRATORS  # the crowd of a protest or riot (civilians are none)
    if etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is not None and (
            a1.inter not in crowd and a2 is not None and a2.inter in crowd):
        a1, assoc1, a2, assoc2 = a2, assoc2, a1, assoc1
    elif etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is not None and (
            a1.inter not in crowd and a2 is None):
        if a1.inter == Inter.CIVILIANS:
            # civilians who block a road or riot ("farmers blocked roads") are the crowd
            # itself, which the implied protesters or rioters name; no one they faced
            a1, assoc1 = None, []
        else:
            a1, assoc1, a2, assoc2 = None, [], a1, assoc1
    elif etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is not None and (
            a1.inter == Inter.STATE_FORCES and a2 is not None and a2.inter == Inter.CIVILIANS):
        # "tientallen boeren zijn door de politie aangehouden tijdens een protest": the people
        # the force acted on are the crowd, which the implied protesters name; the force second
        a1, assoc1, a2, assoc2 = None, [], a1, assoc1
    elif etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is None and (
            a2 is not None and a2.inter in crowd):
        a1, assoc1, a2, assoc2 = a2, assoc2, None, []  # "tear gas was fired at protesters"
    if sub in (ctx.rules.get("state_first") or []):
        # an arrest is made by the state: its force is actor1 whatever the word order; and the
        # people whose arrest the codebook codes (``political_arrests`` actors: terror
        # suspects, journalists) are the arrested, though the only side named ("twee mannen
        # aangehouden die een aanslag zouden hebben beraamd")
        arrested = (ctx.rules.get("political_arrests") or {}).get("actors") or []
        if a2 is not None and a2.inter == Inter.STATE_FORCES and (
                a1 is None or a1.inter != Inter.STATE_FORCES):
            return Sides(a2, assoc2, a1, assoc1)
        if a1 is not None and a1.key in arrested and a2 is None:
            return Sides(None, [], a1, assoc1)
    if sub in (ctx.rules.get("force_first") or []) and (a1 is None or a1.inter in crowd) and (
            a2 is None or a2.inter not in crowd) and (a1 is not None or a2 is not None):
        return Sides(a2, assoc2, a1, assoc1)
    return Sides(a1, assoc1, a2, assoc2)


# words between a toll and the people it counts ("killed 44 people, most of them police")
COUNTED_GAP = 4


def counted(ctx: Context, d: Draft, a: ActorSpan) -> bool:
    """Is the actor the dead or hurt a toll of the event counts ("killed at least 48
    soldiers", "13 soldiers were killed", "killed 44 people, most of them police officers")?
    Then it is the target, whatever its place in the sentence: a bomb's victims are no doer."""
    text = ctx.scan.text
    for m in d.mentions:
        for c in m.sentence.casualties:
            if c.start <= a.start < c.end:
                return True
            if a.start >= c.end and not any(ch in text[c.end:a.start] for ch in ".;:") and (
                    tokens_between(text, c.end, a.start) <= COUNTED_GAP):
                return True
    return False


CIVILIANS_KEY = "civilians"  # the actor key (_shared/actors.yaml) of unarmed people


def crowd_as(ctx: Context, etype: str, a: ActorSpan | None,
             country: str | None, *, doer: bool = False) -> ActorSpan | None:
    """In a riot the demonstrators are rioters, in a protest the crowd (supporters, students)
    protesters (ACLED names the crowd by what it did), and
    so are the residents or villagers who riot (``doer``: the riot's actor1, "angry residents
    torched a police post"). Outside protests and riots a crowd word the actor table also
    lists as civilians ("farmers", "workers", "teachers") names civilians: "gunmen killed 15
    farmers" hit no protest. A renamed actor is a copy."""
    if a is not None and etype not in CROWD_TYPES and a.inter == Inter.PROTESTERS:
        also = [al for al in ctx.pack.actor_aliases if al.key == CIVILIANS_KEY
                and al.regex.fullmatch(a.text)]
        if also:
            spec = ctx.pack.actor(CIVILIANS_KEY)
            out = replace(a, key=spec.key, name=spec.name, inter=spec.inter,
                          kind=ActorKind(spec.kind))
            return replace(out, name_display=display(ctx, out, country))
    key = (ctx.rules.get("crowd_by_type") or {}).get(etype)
    crowd = a is not None and (a.inter in DEMONSTRATORS or (
        doer and a.inter == Inter.CIVILIANS))
    if a is None or key is None or not crowd or a.key == key:
        return a
    spec = ctx.pack.actor(key)
    out = replace(a, key=key, name=spec.name, inter=spec.inter, kind=ActorKind(spec.kind))
    return replace(out, name_display=display(ctx, out, country))


CLAIM_REACH = 2  # sentences after an attack in which a claim of its own names the doer


def doubted(ctx: Context, sentence_index: int, at: int) -> bool:
    """Does the text doubt the claim told at offset ``at`` of the sentence, in the rest of
    that sentence or the next ("IS claimed the attack, but officials dismissed the claim";
    the pack's ``claim_doubted``)? Such a claimant is no doer."""
    cues = ctx.pack.discourse.get("claim_doubted") or []
    if not cues:
        return False
    sentences = ctx.scan.sentences
    end = sentences[min(sentence_index + 1, len(sentences) - 1)].end
    return bool(find_cues(cues, ctx.scan.text, at, end))


def claimant(ctx: Context, etype: str, d: Draft, a1: ActorSpan | None,
             country: str | None) -> ActorSpan | None:
    """"A suicide bomber blew himself up at a checkpoint ... The Taliban claimed
    responsibility.": the armed group that claims a violent event with no named doer, in a
    sentence of its own (the pack's ``claim_sentence``) right after it and telling no event
    of its own, is its doer, as ACLED codes it. (A claim that names the attack, "claimed
    responsibility for the bombing", is a mention and joins the event in clustering.)"""
    if a1 is not None or etype not in (ctx.rules.get("claimable_types") or []):
        return a1
    cues = ctx.pack.discourse.get("claim_sentence") or []
    if not cues:
        return a1
    # the claim may stand between sentences that tell more of this event ("A car bomb
    # exploded ... Al Shabaab claimed responsibility. This event is one of two blasts")
    own = {m.sentence.index for m in d.mentions}
    first, last = min(own), max(own)
    for s in ctx.scan.sentences[first + 1:last + 1 + CLAIM_REACH]:
        if s.index in own:
            continue
        if s.triggers:
            break  # a sentence that tells an event of its own: its claim is of that one
        found = find_cues(cues, ctx.scan.text, s.start, s.end)
        if not found:
            continue
        groups = [a for a in s.actors if a.inter in NON_STATE_ARMED and a.end <= found[0][0]]
        if groups and not doubted(ctx, s.index, found[0][0]):
            return replace(groups[-1], name_display=display(ctx, groups[-1], country))
        break
    return a1


def implied(ctx: Context, sub: str, d: Draft, a1: ActorSpan | None, a2: ActorSpan | None,
            country: str | None, claimed: bool = False,
            ) -> tuple[ActorSpan | None, ActorSpan | None]:
    """Fill a side ACLED always names (a protest's crowd, an attack's civilians, the
    unnamed dead or hurt of a strike) that the text left empty. The filler has an empty
    span: it is convention, not evidence. ``claimed``: actor1 is the group that claimed the
    attack in a sentence of its own (:func:`claimant`), as much its doer as a named one."""
    fill = dict((ctx.rules.get("implied_actors") or {}).get(sub) or {})
    # "a bomb killed four soldiers": a lone state force may be the dead themselves, so
    # only a non-state doer (or nobody) leaves the victims unnamed
    doers = {(a.start, a.end) for m in d.mentions for a in m.agents}
    # a strike from afar (rules.yaml ``strikes_from_afar``) by a state or foreign force
    # ("Russian warplanes struck a market, killing 11 people", "a Russian missile strike";
    # counted soldiers are its victims, moved to actor2 before) hit people the text does
    # not name: ACLED's civilians
    from_afar = sub in (ctx.rules.get("strikes_from_afar") or []) and a1 is not None and (
        a1.inter in (Inter.STATE_FORCES, Inter.EXTERNAL_FORCES))
    unnamed = a2 is None and (a1 is None or from_afar or (
        ((a1.start, a1.end) in doers or claimed) and a1.inter in NON_STATE_ARMED))
    if unnamed and has_toll(d):
        fill.update((ctx.rules.get("implied_with_toll") or {}).get(sub) or {})
    sides = {"actor1": a1, "actor2": a2}
    for side, key in fill.items():
        if sides[side] is not None:
            continue
        other = sides["actor2" if side == "actor1" else "actor1"]
        spec = ctx.pack.actor(key)
        if other is not None and other.inter == spec.inter:
            continue  # the crowd already stands on the other side
        if spec.inter == Inter.STATE_FORCES and SUB_EVENT_TO_TYPE[sub] in CROWD_TYPES and not (
                any(a.inter in CROWD for m in d.mentions for a in m.sentence.actors)):
            continue  # the police a crowd faced, by convention, only where people are told
        at = other.start if other is not None else 0
        filler = ActorSpan(at, at, "", key=key, name=spec.name, inter=spec.inter,
                           kind=ActorKind(spec.kind), country=country)
        sides[side] = replace(filler, name_display=display(ctx, filler, country))
    return sides["actor1"], sides["actor2"]
