"""The pack's blockers applied to a sentence's event words (extract/scan reads them first):
words that make a trigger no event ("hartaanval", "verbal attack", a robbery), and the
definite mentions that refer back to a non-event. Apart from scan.py so that each stays
short; scan calls :func:`drop_referents` and :func:`drop_blocked` per sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventcoder.extract.cue_matchers import cue_matches
from eventcoder.extract.spans import ends_with_cue, find_cues, tokens_between
from eventcoder.langpacks import CRIME_BLOCKER, LanguagePack
from eventcoder.records import NON_STATE_ARMED, SUB_EVENT_TO_TYPE, ActorKind, Inter

if TYPE_CHECKING:
    from eventcoder.extract.scan import Sentence, TriggerHit


def drop_referents(s: Sentence, text: str, pack: LanguagePack, not_events: set[str]) -> None:
    """"A gas explosion tore through a restaurant ... The blast took place at 8:40": once a
    blocker of its own label dropped an event word, a later definite mention of that label
    (one of the pack's ``definite`` determiners right before it: "the blast", "de explosie",
    "that attack") refers back to the same non-event and is dropped too. Nothing may stand
    between: in "the driver died" the determiner is the subject's. An indefinite mention of
    the label tells a new event; definite ones after it refer to that one and stay."""
    if not not_events or not s.triggers:
        return
    definite = pack.discourse.get("definite", [])
    kept = []
    for t in s.triggers:
        if t.label in not_events:
            if ends_with_cue(definite, text, t.start, floor=s.start):
                continue
            not_events.discard(t.label)
        kept.append(t)
    s.triggers = kept


MOTIVE_WEIGHT = 2.0  # the weight at which an arrest word starts an event with no side named


def _motivated_arrests(triggers: list[TriggerHit], pack: LanguagePack) -> list[TriggerHit]:
    """An arrest word in a sentence that tells a motive the codebook codes ("vier mensen
    opgepakt die ervan verdacht worden een terreuraanslag te hebben voorbereid") is told as
    clearly as "arrested": the motive says a state force arrested militants or terror
    suspects, so no arresting force need be named (the pack's lighter arrest words, such as
    Dutch "aangehouden", otherwise need one)."""
    labels = set((pack.rules.get("political_arrests") or {}).get("sub_event_types") or [])
    return [replace(t, weight=MOTIVE_WEIGHT) if t.label in labels and t.weight < MOTIVE_WEIGHT
            else t for t in triggers]


# rebels and identity militias are organised by what they are; a political militia or a
# foreign force only when the text names the group (a generic "gunmen" is inter 3 too)
ORGANISED_ARMED = frozenset({Inter.REBEL_GROUPS, Inter.IDENTITY_MILITIAS})
ARMED_GROUPS = NON_STATE_ARMED | {Inter.EXTERNAL_FORCES}


def organised_armed(s: Sentence) -> bool:
    """Does the sentence name an organised armed side (rebels, jihadists, a named militia or
    army), whose raid is war, not the robbery a crime's words would make it? Gunmen and
    unnamed robbers are no such side."""
    return any(a.inter in ORGANISED_ARMED or (
        a.kind == ActorKind.GROUP and a.inter in ARMED_GROUPS) for a in s.actors)


def drop_blocked(s: Sentence, text: str, pack: LanguagePack) -> set[str]:
    """Drop the event words a blocker of the sentence stands against; return the labels of
    the indefinite ones a blocker of their own label dropped (for :func:`drop_referents`)."""
    if not s.triggers:
        return set()
    blocked: set[str] = set()
    own_blocked: set[str] = set()  # labels a blocker of their own label dropped, anywhere
    spans = []
    # Each blocker on its own: the same words may block several labels ("in response to"
    # blocks both an "@attack" and a "Chemical weapon" reading).
    # a motive the codebook codes arrests for ("verdachten van banden met IS opgepakt")
    # lifts the blockers of ordinary arrests (the pack's ``arrest_motive``)
    motive = bool(find_cues(pack.discourse.get("arrest_motive") or [], text, s.start, s.end))
    # a crowd that came to attend a trial ("activisten zakten af naar Millau om het proces bij
    # te wonen"): the trial is the protest's occasion, not an old event judged, so the
    # sentence-wide blockers leave its protest words (the pack's ``trial_crowd``)
    at_trial = bool(find_cues(pack.discourse.get("trial_crowd") or [], text, s.start, s.end))
    # each blocker's matches as its own finditer over the sentence gives them, tried at its
    # anchors only (a scan of the sentence per candidate blocker cost more)
    for cue, m in cue_matches(pack.trigger_blockers, text, s.start, s.end):
        if motive and cue.value == "Arrests":
            continue
        if cue.value == CRIME_BLOCKER:
            if organised_armed(s):  # asked only where a crime's words stand
                continue  # "jihadisten hebben een legerpost overvallen": an attack
            cue = replace(cue, value="*")
        if m.end() > m.start():
            spans.append((m.start(), m.end()))
            own_blocked.add(cue.value)
            # one that covers an event word of its own label ("uit protest", "verbal
            # attack") says that word tells no event, not that the sentence tells none:
            # "boeren blokkeerden de snelwegen uit protest tegen ..." stays a protest
            # (unless the phrase runs on into another: "hard fought battles")
            own = [t for t in s.triggers if t.label == cue.value]
            if not any(m.start() <= t.start and t.end <= m.end() for t in own) or any(
                    t.start >= m.end() and tokens_between(text, m.end(), t.start) == 0
                    for t in own):
                blocked.add(cue.value)
    # A blocker that covers the trigger itself ("hartaanval", "uit protest") removes only
    # that hit.
    kept = [
        t for t in s.triggers
        if t.label not in blocked and ("*" not in blocked or (
            at_trial and SUB_EVENT_TO_TYPE.get(t.label) == "Protests"))
        and not any(bs <= t.start and t.end <= be for bs, be in spans)
    ]
    if motive:
        kept = _motivated_arrests(kept, pack)
    s.triggers, dropped = kept, s.triggers
    # a definite one ("who is responsible for the attack") points back at an event told before,
    # which the blocker says nothing about
    definite = pack.discourse.get("definite", [])
    return {t.label for t in dropped if t not in kept and t.label in own_blocked
            and not ends_with_cue(definite, text, t.start, floor=s.start)}
