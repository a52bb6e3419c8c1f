"""Tolls: the dead and hurt a draft's sentences count, and which counts are a party's claim
rather than the reporter's. Nothing here changes its inputs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventcoder.extract.coding.draft import REAL, Context, Draft, role_of
from eventcoder.extract.coding.sides import display
from eventcoder.extract.mentions import Mention
from eventcoder.extract.scan import Sentence
from eventcoder.extract.spans import ActorSpan, CasualtySpan, find_cues, tokens_between
from eventcoder.records import ARMED, CasualtyKind, Inter, Role

VICTIM_REACH = 30  # characters after a count where the dead it counts may be named
SPEAKER_REACH = 40  # characters after a party where its "said" or "spokesman" may stand
# Armed sides whose own count of their enemy's dead is a claim ("het leger heeft naar eigen
# zeggen ... gedood"). Narrower than ARMED: an identity militia's own count has never been
# read as a claim here, and changing that would change what the coder outputs.
SELF_REPORTING: frozenset[Inter] = ARMED - {Inter.IDENTITY_MILITIAS}


def casualties(ctx: Context, d: Draft, a1: ActorSpan | None,
               names: Mapping[int, str] | None = None
               ) -> tuple[list[CasualtySpan], list[tuple[CasualtySpan, str]], list[CasualtySpan]]:
    """Fatalities the text reports, claims by a party (with the claimant's name), injuries;
    each count once. Counts of mentions that are not real count only when they refer back
    to the event (definite, summary) or a claim tells the attack. ``names``: the names the
    event gives its sentences' sources (``sides.source_names``), by ``id`` of the span."""
    deaths: list[CasualtySpan] = []
    injured: list[CasualtySpan] = []
    claims: list[tuple[CasualtySpan, str]] = []
    seen: set[int] = set()
    items: list[tuple[CasualtySpan, Sentence, Mention | None]] = [
        (c, m.sentence, m) for m in d.mentions if m.modality in REAL or m.definite
        or m.summary or m.sentence.index in d.told_by_claim for c in m.casualties]
    by_index = {s.index: s for s in ctx.scan.sentences}
    for c in d.extra_casualties:
        sentence = next((s for s in by_index.values() if s.start <= c.start < s.end), None)
        if sentence is not None:
            items.append((c, sentence, None))
    for c, sentence, _m in items:
        if c.start in seen:
            continue
        seen.add(c.start)
        if summed_over_places(ctx, sentence):
            continue  # a total of several events: no one event's toll
        claimant = claimant_of(ctx, c, sentence, a1, names, d.claimants)
        if claimant is not None and c.kind == CasualtyKind.KILLED:
            claims.append((c, claimant))
        elif c.kind == CasualtyKind.KILLED:
            deaths.append(c)
        else:
            injured.append(c)
    if not deaths and not claims:
        # "no one was hurt" / "er raakte niemand gewond": nobody hurt is nobody killed,
        # ACLED's explicit zero; a told death or a claim always comes first
        deaths = [c for c in injured if c.high == 0]
    return deaths, claims, injured


def summed_over_places(ctx: Context, s: Sentence) -> bool:
    """A toll summed over a span and several places is no one event's toll: "14 people were
    killed in the past 24 hours in Idlib and Hama", "in separate attacks across the
    province" (the pack's ``toll_sum_span``, with two places or more named in the sentence,
    or ``toll_sum_places`` alone). The events may stand; their deaths stay uncounted."""
    d, text = ctx.pack.discourse, ctx.scan.text
    if find_cues(d.get("toll_sum_places") or [], text, s.start, s.end):
        return True
    if not find_cues(d.get("toll_sum_span") or [], text, s.start, s.end):
        return False
    named = {text[p.start:p.end].lower() for p in s.places if not p.is_country}
    return len(named) >= 2


def _victims(c: CasualtySpan, s: Sentence) -> list[ActorSpan]:
    """The actors a count counts: inside it, or named as the dead right after it."""
    return [a for a in s.actors if c.start <= a.start < c.end or (
        a.role in (Role.VICTIM, Role.ENEMY) and c.end <= a.start <= c.end + VICTIM_REACH)]


def armed_victims(c: CasualtySpan, s: Sentence, party: ActorSpan) -> bool:
    """Are the dead of this count an armed side other than the party (or its enemy)?"""
    return c.enemy or any(v.inter in ARMED and v.key != party.key
                          for v in _victims(c, s))


def claimant_of(ctx: Context, c: CasualtySpan, s: Sentence, doer: ActorSpan | None = None,
                names: Mapping[int, str] | None = None, claimants: Sequence[ActorSpan] = ()
                ) -> str | None:
    """A party speaking of its enemy's losses makes a claim; neutral sources report.
    Returns the claiming party's name (the event's name for it where ``names`` has one, else
    its own), or None for a reported count. ``claimants`` no longer speak as sources."""
    speakers = [a for a in s.actors if role_of(a, claimants) == Role.SOURCE
                and a.end <= c.start and a.inter in ARMED]
    # the one who speaks stands right before its verb or title ("a Taliban spokesman
    # claimed the insurgents had killed ...": the Taliban, not the insurgents)
    speaking = [a for a in speakers if speaks(ctx, a, s)]
    party = next(reversed(speaking or speakers), None)
    if party is None and doer is not None and doer.inter in SELF_REPORTING and find_cues(
            ctx.pack.self_reports, ctx.scan.text, s.start, s.end):
        # "het leger heeft naar eigen zeggen vijftig strijders gedood": the doer's own
        # count of its enemy's dead is a claim
        if armed_victims(c, s, doer):
            return doer.name_display or display(ctx, doer, doer.country)
        return None
    if party is None:
        return None
    name = (names or {}).get(id(party)) or display(ctx, party, party.country)
    if c.enemy or s.has_claim_verb:
        return name
    if any(v.inter in ARMED and v.key != party.key for v in _victims(c, s)):
        return name
    return None


def speaks(ctx: Context, a: ActorSpan, s: Sentence) -> bool:
    """Does a verb of saying or a speaker's title stand right after the actor?"""
    text, pack = ctx.scan.text, ctx.pack
    end = min(s.end, a.end + SPEAKER_REACH)
    return any(tokens_between(text, a.end, start) <= 2
               for cues in (pack.claim_verbs, pack.attribution_verbs, pack.source_nouns)
               for start, _, _ in find_cues(cues, text, a.end, end))


def conservative(spans: list[CasualtySpan]) -> int | None:
    """The lowest credible count; an explicit zero only when no count is given. A quantifier
    ("dozens have been killed", read as ACLED's 12) is no count beside a number the text
    gives for the same dead ("at least 25 people are dead"): it only stands in for one."""
    counted = [c for c in spans if c.low and not c.vague]
    positive = [c.low for c in (counted or spans) if c.low]
    if positive:
        return min(positive)
    if any(c.low == 0 for c in spans):
        return 0
    return None
