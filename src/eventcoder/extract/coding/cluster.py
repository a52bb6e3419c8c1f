"""Clustering: which mentions of an article tell one event.

A reference back ("die aanval", "the attack", "daar") joins the event told last; a mention
at the same place joins the event there; two attacks at two places stay two events. Real
(reported) and other mentions (feared, denied, ...) never share an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from eventcoder.extract.coding.draft import REAL, Context, Draft, arrest_apart, place_key, place_of
from eventcoder.extract.coding.event_dates import one_day_told, same_weekdays, time_clash
from eventcoder.extract.coding.handover import hand_over_settings
from eventcoder.extract.coding.sides import doubted, has_armed_actor
from eventcoder.extract.mentions import Mention
from eventcoder.extract.scan import Sentence
from eventcoder.extract.spans import ActorSpan, PlaceSpan
from eventcoder.langpacks import PSEUDO_PREFIX
from eventcoder.records import (
    ARMED,
    INSURGENTS,
    NON_STATE_ARMED,
    SUB_EVENT_TO_TYPE,
    ActorKind,
    Inter,
    Modality,
    Role,
)

REFERENCE_REACH = 4  # sentences a reference back may reach to find its event
NOT_NOW = frozenset({Modality.HYPOTHETICAL, Modality.FEARED, Modality.HISTORICAL})
DEATH_LABEL = "@kill"  # the label of death words (en/nl triggers.tsv)
CONTINUATION_REACH = 2  # sentences after an event whose actors may still belong to it
STRONG = 2.0  # a mention at least this heavy may start an event with no actor
STRATEGIC = "Strategic developments"  # lighter words of this type need a side, place or not
# The triggers' weight scale (triggers.tsv): 1 is a generic word ("killed", "died", "dead"),
# which makes an event only with a side that does it.
GENERIC = 1.0
SHORT_REPORT = 4  # sentences; a longer article must anchor each event in place, time or toll


def names_attack(m: Mention) -> bool:
    """A claim of responsibility for an attack its noun names ("the car bomb", "de aanslag"),
    not a claim about a toll ("claimed ... had killed 25")."""
    return not m.label.startswith(PSEUDO_PREFIX)


def _has_trusted_place(m: Mention) -> bool:
    """The mention names a specific place the gazetteer or a cue vouches for (any of its
    places: "at a Shia mosque in Quetta" holds an untrusted word before the town)."""
    return any(p.trusted and not p.is_country and not p.is_site for p in m.places)


def labels_fit(rules: dict, label: str, labels: list[str]) -> bool:
    """May an event word of this label tell the same event as words of those labels?
    (Same event type, or the pack's ``families`` join them; pseudo labels fit each other.)"""
    families = rules.get("families") or {}
    for other in labels:
        if label in families.get(other, []) or other in families.get(label, []):
            return True
        a, b = _family(label), _family(other)
        if a and b and (a == b or other in families.get(a, []) or label in families.get(b, [])):
            return True
        if a is None and b is None:
            return True
        if a and not b and other in families.get(a, []):
            return True
        if b and not a and label in families.get(b, []):
            return True
    return False


def _family(label: str) -> str | None:
    """The event type of a sub-type label; a pseudo label ("@attack") has none yet."""
    if label.startswith(PSEUDO_PREFIX):
        return None
    return SUB_EVENT_TO_TYPE[label]


def told_by_claim(mentions: list[Mention]) -> frozenset[int]:
    """Sentences whose claim of responsibility tells the attack and its toll.

    "Al-Shabaab claimed responsibility for a car bomb that killed eight people": the claim
    names the attack by its noun and the toll follows it, so the attack happened ("a
    spokesman claimed the insurgents had killed 25 soldiers" claims a toll, not an attack)."""
    return frozenset(
        m.sentence.index for m in mentions
        if m.responsibility and m.modality == Modality.CLAIMED and names_attack(m)
        and any(c.low and c.start >= m.hit.end for c in m.sentence.casualties))


@dataclass(eq=False)
class _Forming:
    """A draft while clustering runs: the one mutable record, private to this module."""

    mentions: list[Mention] = field(default_factory=list)
    modality: str = Modality.REPORTED
    last_sentence: int = 0
    last_pos: int = 0

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.last_sentence = max(self.last_sentence, m.sentence.index)
        self.last_pos = max(self.last_pos, m.start)

    def place(self) -> PlaceSpan | None:
        return place_of(self.mentions)


def _new(m: Mention) -> _Forming:
    f = _Forming(modality=m.modality)
    f.add(m)
    return f


class _Clusterer:
    """One run of :func:`cluster` over one article (the drafts it forms are its state)."""

    def __init__(self, ctx: Context, told: frozenset[int]):
        self.ctx = ctx
        self.rules = ctx.rules
        self.modifiers = ctx.modifiers
        self.told = told
        self.drafts: list[_Forming] = []
        # armed groups whose claim made them an attack's doer, in the order claimed: from
        # then on they no longer speak as a source (the scan's spans keep their role)
        self.claimants: list[ActorSpan] = []

    def fits(self, label: str, d: _Forming) -> bool:
        return labels_fit(self.rules, label, [m.label for m in d.mentions]) and (
            not arrest_apart(self.rules, label, d.mentions))

    def clash(self, m: Mention, d: _Forming) -> bool:
        return time_clash(m, d.mentions, self.ctx.pub)

    def run(self, mentions: list[Mention]) -> None:
        drafts = self.drafts
        previous: tuple[Mention, _Forming] | None = None
        deferred = self.clause_partners(mentions)
        for m in mentions:
            if m.background:
                continue  # a campaign's span or totals: context for the events, not one
            real = m.modality in REAL
            pool = [d for d in drafts if (d.modality in REAL) == real]
            if m.label in self.modifiers or id(m) in deferred:
                # refiners find their event once all events exist; a toll waits for the
                # mention of its clause that places it
                continue
            partner_of = [x for x in mentions if deferred.get(id(x)) is m]
            joined = self.same_clause_event(m, previous)
            if m.fresh:
                if not self.may_start(m):
                    continue  # "Meanwhile ... 50 pigs died": a new report, but of no event
                drafts.append(_new(m))  # "Separately, a roadside bomb ...": a new event
                previous = (m, drafts[-1])
            elif joined is not None:
                joined.add(m)
                previous = (m, joined)
            else:
                placed = self.place_mention(m, pool, real)
                previous = self.where(placed)
            for x in partner_of:
                if previous is not None:
                    previous[1].add(x)
                else:  # its partner made no event: the toll is placed on its own
                    self.place_mention(x, pool, real)
        # a modifier in a sentence of totals ("drug gang violence has resulted in 2,300
        # deaths in the first five months") is as much background as an event word there
        self.attach_modifiers([m for m in mentions if m.label in self.modifiers
                               and not m.background])

    def clause_partners(self, mentions: list[Mention]) -> dict[int, Mention]:
        """"16 people were killed in the Taliban attack on Kunduz": a toll with no place of
        its own counts the dead of the event its clause goes on to place, not of the one
        told in the sentence before. Maps each such mention to the later mention of its
        sentence that names a place; it joins that mention's event. A word of what befell
        someone with no doer ("died") joins the deed its sentence names after it, placed
        or not."""
        partners: dict[int, Mention] = {}  # by id(): mentions are unhashable dataclasses
        for i, m in enumerate(mentions):
            if m.label in self.modifiers or m.responsibility or m.summary:
                continue
            # "two children have died after eating cake poisoned with thallium": a word of
            # what befell them, with no doer, tells of the deed its clause goes on to name
            befell = m.patient and m.weight <= GENERIC and not self.has_doer(m)
            if not befell and (m.specific_place() is not None or not m.casualties):
                continue
            partner = next((x for x in mentions[i + 1:] if x.sentence.index == m.sentence.index
                            and x.label not in self.modifiers and not x.summary
                            and x.modality == m.modality and (befell or _has_trusted_place(x))
                            and x.weight > GENERIC
                            and labels_fit(self.rules, m.label, [x.label])), None)
            if partner is not None:
                partners[id(m)] = partner
        return partners

    def where(self, m: Mention) -> tuple[Mention, _Forming] | None:
        for d in self.drafts:
            if m in d.mentions:
                return (m, d)
        return None

    def same_clause_event(self, m: Mention, previous: tuple[Mention, _Forming] | None
                          ) -> _Forming | None:
        """Words of one sentence that fit together tell one event ("opende het vuur op
        moskeeën in Christchurch en doodde vijftig mensen")."""
        if previous is None:
            return None
        prev_m, d = previous
        if prev_m.sentence.index != m.sentence.index or (m.modality in REAL) != (
                d.modality in REAL) or not self.fits(m.label, d) or self.clash(m, d):
            return None
        place, there = m.specific_place(), d.place()
        if place is not None and there is not None and place_key(place) != place_key(
                there) and place.trusted:
            return None
        return d

    def claimed(self, m: Mention) -> Mention:
        """The armed group that claims an attack is coded as its doer, as ACLED does; its
        claim is of the attack, not of the toll the reporter tells. Returns the mention with
        those sources moved to its agents, and lists them in ``claimants``: later mentions
        here and later phases (tolls, sides) read them as claimants, not sources, through
        the drafts' ``claimants`` (the spans themselves are not written on)."""
        # rebels and militias claim attacks; a state's forces "claim" kills
        moved = [a for a in m.sources if a.inter in NON_STATE_ARMED and names_attack(m)]
        if moved and m.claim_cue is not None and doubted(self.ctx, m.sentence.index,
                                                         m.claim_cue[0]):
            moved = []  # "... but officials dismissed the claim": a claim, not the doer
        if not moved:
            return m
        self.claimants.extend(a for a in moved if not any(a is c for c in self.claimants))
        return replace(m, sources=[a for a in m.sources if not any(a is b for b in moved)],
                       agents=[*m.agents, *moved])

    def may_start(self, m: Mention) -> bool:
        """May this mention start an event of its own (as :meth:`place_mention` lets one
        start)? A generic word needs a doer, a lighter word an armed side or a place, a
        lighter strategic word an armed side."""
        armed = has_armed_actor(m, self.claimants) or self.protesters_deed(m) or (
            self.political_arrest(m))
        if m.weight <= GENERIC and not self.has_doer(m):
            return False
        place = m.specific_place()
        if place is None or not place.trusted:
            return m.weight >= STRONG or armed
        return not (m.weight < STRONG and SUB_EVENT_TO_TYPE.get(m.label) == STRATEGIC
                    and not armed)

    def political_arrest(self, m: Mention) -> bool:
        """An arrest of a person the codebook's ``political_arrests`` names ("oud-premier Imran
        Khan is dinsdag gearresteerd"; "na de arrestatie van een activist" refers back)."""
        rule = self.rules.get("political_arrests") or {}
        return m.label in (rule.get("sub_event_types") or []) and not m.definite and any(
            a.key in (rule.get("actors") or []) for a in (*m.agents, *m.targets, *m.others))

    def protesters_deed(self, m: Mention) -> bool:
        """Property demonstrators destroyed ("actievoerders staken autobanden in brand"): they
        are its side, and rules.yaml ``crowd_actor`` ``protester_turns`` makes it a riot."""
        crowd = self.rules.get("crowd_actor") or {}
        inters = set(crowd.get("protester_inters") or [])
        return m.label in (crowd.get("protester_turns") or {}) and any(
            a.inter in inters for a in m.agents)

    def has_doer(self, m: Mention) -> bool:
        """Does a side do what a generic word tells? Its agents, or an armed side told with
        it; for a word that tells only what befell someone ("two officers died", the
        mention's ``patient``) an armed side told with it that it did not befall."""
        if m.agents:
            return True
        if not m.patient:
            return has_armed_actor(m, self.claimants)
        return any(a.inter in ARMED for a in m.others)

    def place_mention(self, m: Mention, pool: list[_Forming], real: bool) -> Mention:
        """Find the event this mention tells of, or start one. Returns the mention as placed
        (a claim's mention gains its claimant as agent)."""
        drafts = self.drafts
        if m.responsibility:
            # the attack someone claims is the one told last, wherever the claim names it;
            # with none told, the claim stays a claim
            tells = m.sentence.index in self.told
            m = self.claimed(m)
            target = self.recent(drafts, m, reach=REFERENCE_REACH, compatible_only=False)
            if target is not None:
                if tells and all(x.sentence.index == m.sentence.index for x in target.mentions):
                    target.modality = Modality.REPORTED
                target.add(m)
            else:
                drafts.append(_new(m))
            return m
        if real and m.definite and not m.times:
            # "de klimaatmars belooft zondag ... te worden. Deze mars wordt veel groter": a
            # reference back, with no time of its own, to a planned or past event told last
            # is that event, not a new one happening now
            latest = self.recent(drafts, m, reach=REFERENCE_REACH, compatible_only=True)
            if latest is not None and latest.modality in NOT_NOW:
                latest.add(m)
                return m
        if not real and (m.definite or m.summary):
            target = self.recent(drafts, m, reach=REFERENCE_REACH, compatible_only=False)
            if target is not None and not m.specific_place():
                target.add(m)
                return m
        place = m.specific_place()
        if place is not None and not place.trusted:
            # an unvouched name ("in Labour") may join an event but never splits one
            same = [d for d in pool if (p := d.place()) and place_key(p) == place_key(place)
                    and not self.clash(m, d)]
            if same:
                same[-1].add(m)
                return m
            place = None
        if place is not None:
            same = [d for d in pool if (p := d.place()) and place_key(p) == place_key(place)
                    and self.fits(m.label, d) and not self.clash(m, d)]
            if same:
                same[-1].add(m)
                return m
            recent = self.recent(pool, m, reach=1, compatible_only=True)
            if recent is not None and not m.summary and (
                    recent.place() is None or m.weight < STRONG):
                recent.add(m)  # a vaguer report, or a generic word ("the blast") there
                return m
            if m.summary and (drafts or not m.casualties):
                # "de gevechten" sums up events told before; told first, with a place and a
                # toll of its own ("Bij de gevechten in Tripoli kwamen elf mensen om"), it is one
                return m
            if m.weight < STRONG and SUB_EVENT_TO_TYPE.get(m.label) == STRATEGIC and not (
                    has_armed_actor(m, self.claimants) or self.protesters_deed(m)
                    or self.political_arrest(m)):
                return m  # "a deal announced in Newark", "damaged in Sweden": a place is no side
            if m.weight <= GENERIC and not self.has_doer(m):
                return m  # "died in Buffalo", "deaths in Luanda": a generic word needs a doer
            drafts.append(_new(m))
            return m
        same_day = [d for d in pool if self.fits(m.label, d) and same_weekdays(m, d.mentions)
                    ] if self.ctx.pub is None else []
        if same_day and not m.summary:
            # "Over 200 were injured in Saturday's protests", told sentences after the
            # Saturday clashes: in an article with no publication date, the one day the text
            # names, with no place of its own, is that event's (a dated article tells its
            # days apart by date)
            same_day[-1].add(m)
            return m
        told_that_day = [d for d in pool if self.fits(m.label, d)
                         and one_day_told(m, d.mentions, self.ctx.pub)] if m.definite else []
        if len(told_that_day) == 1 and real and not m.summary:
            # "condemned Monday's attack on police": a reference back by its day, however
            # far back the one event of that day it fits was told
            told_that_day[0].add(m)
            return m
        if m.definite or m.summary or m.weight < STRONG:
            target = self.recent(pool, m, reach=REFERENCE_REACH, compatible_only=True)
            if target is None and (m.definite or m.summary):
                target = self.recent(pool, m, reach=1, compatible_only=False)
            if target is not None:
                target.add(m)
                return m
            if m.summary or (m.weight < STRONG and not has_armed_actor(m, self.claimants)) or (
                    m.weight <= GENERIC and m.patient and not self.has_doer(m)):
                return m
            drafts.append(_new(m))
            return m
        target = self.recent(pool, m, reach=1, compatible_only=True)
        if target is not None:
            target.add(m)
        else:
            drafts.append(_new(m))
        return m

    def attach_modifiers(self, modifiers: list[Mention]) -> None:
        """"tear gas", "threw stones": refine the event of their sentence (or the one
        before); with none there, the modifier is itself an event of its sub-type (those of
        the rules' ``alone_with_crowd`` only with a crowd, or the police or troops it faced,
        told in their sentence)."""
        alone = self.rules.get("modifier_alone") or {}
        crowd_only = set(self.rules.get("alone_with_crowd") or [])
        crowds = set((self.rules.get("crowd_actor") or {}).get("inters") or [])
        drafts = self.drafts
        for m in modifiers:
            same = [d for d in drafts if (d.modality in REAL) == (m.modality in REAL)
                    and any(x.sentence.index == m.sentence.index for x in d.mentions)
                    and self.fits(m.label, d)]
            target = same[0] if same else self.adjacent(
                [d for d in drafts if (d.modality in REAL) == (m.modality in REAL)], m)
            if target is not None:
                target.add(m)
            elif m.label in alone and (m.label not in crowd_only or any(
                    a.inter in crowds or a.inter == Inter.STATE_FORCES
                    for a in [*m.agents, *m.targets, *m.others, *m.sentence.actors])):
                drafts.append(_new(m))

    def adjacent(self, drafts: list[_Forming], m: Mention) -> _Forming | None:
        """The compatible event told nearest a modifier in the sentence before or after it
        ("Police fired tear gas at the crowd. The protesters had blocked roads.")."""
        best: tuple[int, _Forming] | None = None
        for d in drafts:
            if not self.fits(m.label, d) or self.clash(m, d):
                continue
            for x in d.mentions:
                if abs(x.sentence.index - m.sentence.index) == 1:
                    gap = abs(x.start - m.start)
                    if best is None or gap < best[0]:
                        best = (gap, d)
        return best[1] if best else None

    def recent(self, drafts: list[_Forming], m: Mention, *, reach: int,
               compatible_only: bool) -> _Forming | None:
        """The event told last within ``reach`` sentences before the mention."""
        near = [d for d in drafts if 0 <= m.sentence.index - d.last_sentence <= reach
                and not self.clash(m, d)]
        if compatible_only:
            near = [d for d in near if self.fits(m.label, d)]
        return max(near, key=lambda d: d.last_pos, default=None)


def cluster(ctx: Context, mentions: list[Mention]) -> list[Draft]:
    """Group the article's mentions (in text order) into drafts, one per event told.

    Background mentions make no draft; modifiers ("tear gas") join the event of their
    sentence or the next one, or stand alone where the pack says they may; a toll with no
    place joins the event its clause goes on to place. A claim of responsibility that tells
    the attack and its toll counts as reported: its mention comes back with modality
    "reported" (a copy; the input list is not changed) and the sentence is listed in each
    draft's ``told_by_claim``; the armed groups whose claim makes them an attack's doer are
    each draft's ``claimants``. Neither the mentions nor the scan's spans are written on."""
    told = told_by_claim(mentions)
    mentions = [replace(m, modality=Modality.REPORTED)
                if m.sentence.index in told and m.modality == Modality.CLAIMED else m
                for m in mentions]
    run = _Clusterer(ctx, told)
    run.run(mentions)
    donors: set[tuple[int, int]] = set()
    while (handed := hand_over_settings(mentions, run.drafts, donors)) is not None:
        mentions = handed  # the words that tell no event gave their settings away: again
        run = _Clusterer(ctx, told)
        run.run(mentions)
    claimants = tuple(run.claimants)
    return [Draft(mentions=tuple(f.mentions), modality=f.modality, told_by_claim=told,
                  claimants=claimants)
            for f in run.drafts]


def grounded(ctx: Context, d: Draft) -> bool:
    """Does the text anchor this event (a place, a time, a toll)? In a short report the
    lead event is the news itself; in a longer article an unanchored mention ("protest
    works", "after attacks like these") is background, not an event."""
    if len(ctx.scan.sentences) <= SHORT_REPORT:
        return True
    return any(
        m.times or m.casualties or any(p.trusted for p in m.places)
        for m in d.mentions
    ) or bool(d.extra_casualties)


def continued(ctx: Context, d: Draft, used: frozenset[int] = frozenset()) -> Draft:
    """Sentences right after an event, without an event word, may still tell of it:
    "Daar waren de strijders verjaagd", "kregen de troepen steun van de NAVO". Returns the
    draft with their actors and tolls added (a real draft only; others come back as they
    are)."""
    if d.modality not in REAL:
        return d
    by_sentence = {s.index: s for s in ctx.scan.sentences}
    actors = list(d.extra_actors)
    casualties = list(d.extra_casualties)
    # after each sentence of the event, not only its last: "Daarbij kwamen tien
    # militairen om" stays the attack's toll when a claim about it follows
    told = sorted({m.sentence.index for m in d.mentions})
    for s in continuations(told, by_sentence, used):
        # Generic fighters ("de strijders") there refer back to a named side.
        actors.extend(
            a for a in s.actors
            if d.role(a) not in (Role.SOURCE, Role.ACCUSED)
            and not (a.kind == ActorKind.GENERIC and a.inter in INSURGENTS)
        )
        casualties.extend(s.casualties)
    return replace(d, extra_actors=tuple(actors), extra_casualties=tuple(casualties))


def continuations(told: list[int], by_sentence: dict[int, Sentence],
                  used: frozenset[int] = frozenset()) -> list[Sentence]:
    """The trigger-less sentences right after the told ones that still speak of them; so
    does one whose only event words are generic death words that made no event of their own
    (``used``: the sentences some draft's mentions stand in): "Police opened fire on
    protesters ... 17 people were killed." counts the dead of the shooting."""
    out: dict[int, Sentence] = {}
    for idx in told:
        for step in range(1, CONTINUATION_REACH + 1):
            s = by_sentence.get(idx + step)
            if s is None or s.index in told:
                break
            if s.triggers and (s.index in used or not all(
                    t.label == DEATH_LABEL and t.weight <= GENERIC for t in s.triggers)):
                break
            if not (s.has_locative_anaphor or s.support_cues or s.casualties):
                break
            out[s.index] = s
    return [out[i] for i in sorted(out)]
