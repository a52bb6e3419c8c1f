"""Event mentions: a trigger with its modality, its actors in their roles, places and times.

Roles come from syntax when the doc has a parse (subject, object, passive agent, the
prepositions the pack names) and otherwise from the pack's patterns, which handle Dutch
verb-second and verb-final order and passives ("werden gedood door", "were killed by").
This module builds the mentions and shares a sentence's places, times and tolls among them;
:mod:`.mention_modality` says how each is told and :mod:`.mention_roles` who does what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventcoder.extract.dates import is_deadline, time_owner
from eventcoder.extract.mention_modality import (
    court_report,
    has_morph,
    set_court_background,
    set_future,
    set_modality,
    set_own_report,
    set_reference,
    set_responsibility,
)
from eventcoder.extract.mention_roles import (
    assign_roles,
    nearest,
    patients_as_subject,
    roles_from_parse,
)
from eventcoder.extract.past_times import set_past_month, set_past_year, when_regex
from eventcoder.extract.scan import PROTEST_LABELS, Scan, Sentence, TriggerHit, protest_subjects
from eventcoder.extract.spans import (
    ActorSpan,
    CasualtySpan,
    PlaceSpan,
    TimeSpan,
    doc_of,
    find_cues,
    tokens_between,
)
from eventcoder.extract.time_shifts import apply_shifts
from eventcoder.langpacks import LanguagePack
from eventcoder.records import DEMONSTRATORS, Modality, TimeKind

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc


@dataclass
class Mention:
    """One mention of an event in one sentence."""

    hit: TriggerHit
    sentence: Sentence
    modality: str = Modality.REPORTED
    modality_cue: tuple[int, int, str] | None = None
    hedge: float = 0.0
    definite: bool = False
    summary: bool = False
    # told over weeks or months ("al vier maanden", "in die periode"): background, no event
    background: bool = False
    responsibility: bool = False  # "claimed responsibility for the attack": names an event
    # where its claim cue stands ("claimed the", "was claimed by"): the claimant is next to it
    claim_cue: tuple[int, int] | None = None
    # the sentence opens with "Separately", "In een ander incident": a new event
    fresh: bool = False
    # the word tells what befell its subject ("died", "deaths"), not that anyone did it
    patient: bool = False
    # actors a passive made its targets ("police came under attack", "were attacked"): the
    # event word says they were struck, so none of them stands first for want of a doer
    struck: list[ActorSpan] = field(default_factory=list)
    agents: list[ActorSpan] = field(default_factory=list)
    targets: list[ActorSpan] = field(default_factory=list)
    others: list[ActorSpan] = field(default_factory=list)
    sources: list[ActorSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    casualties: list[CasualtySpan] = field(default_factory=list)
    # where the parse lets the event word govern its arguments: the characters of its head's
    # subtree (None without a parse)
    reach: tuple[int, int] | None = None

    @property
    def label(self) -> str:
        return self.hit.label

    @property
    def weight(self) -> float:
        return self.hit.weight

    @property
    def start(self) -> int:
        return self.hit.start

    def specific_place(self) -> PlaceSpan | None:
        """The first town or unit the mention names, one that is no one's origin first ("a
        man from Rotterdam was arrested in Amsterdam": Amsterdam)."""
        specific = [p for p in self.places if not p.is_country and not p.is_site]
        return next((p for p in specific if not p.origin and not p.dateline), None) or next(
            (p for p in specific if not p.origin), None) or next(iter(specific), None)


def build_mentions(
    scan: Scan, pack: LanguagePack, doc: Doc | None = None, pub_year: int | None = None,
    pub_month: int | None = None,
) -> list[Mention]:
    """All mentions of the article, each with its share of the sentence's arguments."""
    mentions: list[Mention] = []
    text = scan.text
    parsed = doc is not None and doc_of(doc, text) and doc.has_annotation("DEP")
    court = court_report(scan.sentences, text, pack)
    for s in scan.sentences:
        if not s.triggers:
            continue
        ms = _drop_grievances([Mention(hit=h, sentence=s) for h in s.triggers], text, pack)
        ms = _drop_cued(ms, text, pack.discourse.get("support", []), SUPPORT_GAP, CUE_REACH)
        ms = _drop_cued(ms, text, pack.discourse.get("charge_frame", []), CHARGE_GAP, CUE_REACH)
        if not ms:
            continue
        if find_cues(pack.discourse.get("new_event", []), text, s.start,
                     min(s.end, s.start + NEW_EVENT_REACH)):
            ms[0].fresh = True
        for m in ms:
            set_modality(m, text, pack)
            set_own_report(m, text, pack)
            set_reference(m, text, pack)
            if pub_year is not None and m.modality == Modality.REPORTED:
                set_past_year(m, text, pub_year, when_regex(pack))
            if pub_month is not None and m.modality == Modality.REPORTED:
                set_past_month(m, text, pack, pub_month)
            set_court_background(m, court, text, pack)
        for m in ms:
            set_responsibility(m, text, pack)
        # a dateline ("BACOLOD CITY - ...") is where the report was filed: in a sentence that
        # names another town or unit it is no event word's place, so it cannot part two
        # event words of one fight ("fought ... a gun battle in X"); a street or a building
        # the gazetteer cannot place ("Rustaveli Avenue outside Georgia's parliament") is in
        # the dateline's town, which stays
        places = s.places
        if any(not p.dateline and not p.is_country and not p.is_site and p.trusted
               for p in places):
            places = [p for p in places if not p.dateline]
        _distribute(ms, places, "places")
        _speakers_places_last(ms, text, pack)
        _protest_subjects_out(ms, text, pack)
        _distribute_times(ms, _own_times(s, ms, text, pack), text, pack)
        _date_refined(ms, text, pack)
        # the last sentence shortly before with a time of its own: what anaphors refer to
        timed_before = next((b for b in reversed(scan.sentences[max(0, s.index - TIME_REACH):
                                                                 s.index]) if b.times), None)
        if not s.times:
            _inherit_times(ms, mentions, s, text, pack, doc if parsed else None, timed_before)
        _story_days(ms, mentions, s, pack, timed_before)
        apply_shifts(ms, s, text, pack, mentions, timed_before)
        if s.index > 0:
            _set_from_context(ms, scan.sentences[s.index - 1])
        for m in ms:
            if m.responsibility:
                m.times = []  # the day of the claim, not of the attack
        _distribute(ms, s.casualties, "casualties")
        for m in ms:
            set_future(m, text, pack, doc if has_morph(doc, text) else None)
            assign_roles(m, ms, text, pack)
            if parsed and doc is not None:
                roles_from_parse(m, doc, pack)
                m.reach = _reach(m, doc)
            patients_as_subject(m, text, pack)
        _date_clause(ms, text)
        mentions.extend(ms)
    return mentions


def _reach(m: Mention, doc: Doc) -> tuple[int, int] | None:
    """The characters of the subtree of the event word's head: the words it governs."""
    span = doc.char_span(m.hit.start, m.hit.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    last = head.right_edge
    return head.left_edge.idx, last.idx + len(last.text)


def _speakers_places_last(ms: list[Mention], text: str, pack: LanguagePack) -> None:
    """"Police in Kabul said gunmen killed four people in Kunduz": a place told before an
    attribution verb that comes before the event word is where the source speaks; it goes
    after the event's other places (marked ``origin``, a copy: the scan's span is not
    written on), and stays the event's place only where the sentence names no other."""
    s = ms[0].sentence if ms else None
    if s is None or not any(not p.is_country for p in s.places):
        return
    verbs = find_cues(pack.attribution_verbs, text, s.start, s.end)
    if not verbs:
        return
    for m in ms:
        if any(p.end <= vs and not p.is_country and ve <= m.hit.start
               for p in m.places for vs, ve, _c in verbs):
            m.places = [replace(p, origin=True) if not p.is_country and any(
                p.end <= vs and ve <= m.hit.start for vs, ve, _c in verbs) else p
                for p in m.places]


CONTEXT_PLACE_REACH = 12  # characters between a time and the place told with it


def _set_from_context(ms: list[Mention], before: Sentence) -> None:
    """"Verbale bedreigingen die zaterdag in Amsterdam werden geuit ... Tijdens de
    antiracismemars ...": a definite event word with no time or place of its own names an
    event the sentence before set in time and place without an event word of its own."""
    if before.triggers or not before.times:
        return
    # the place told with the time ("zaterdag in Amsterdam"), not others of the sentence
    # ("een vrouw uit Nijmegen")
    places = [p for p in before.places if not p.is_country and any(
        abs(p.start - t.end) <= CONTEXT_PLACE_REACH or abs(t.start - p.end) <= CONTEXT_PLACE_REACH
        for t in before.times)]
    for m in ms:
        if m.definite and not m.times and not m.places:
            m.times = list(before.times)
            m.places = list(places)


def _inherit_times(ms: list[Mention], told: list[Mention], s: Sentence, text: str,
                   pack: LanguagePack, doc: Doc | None, before: Sentence | None = None) -> None:
    """"Israël bestookte toen honderd doelen": a time anaphor ("toen", "at the time",
    "vervolgens") dates the sentence's events by the last time told before it: an earlier
    event's, or that of a sentence shortly before (``before``: "Guaidó is gisteren
    teruggekeerd. ... Hij racete vervolgens naar een protest"). "toen" as a conjunction
    ("when") refers to nothing, so where the parse says so it does not count."""
    cues = find_cues(pack.discourse.get("time_anaphors", []), text, s.start, s.end)
    if doc is not None:
        cues = [c for c in cues if not any(
            t.pos_ == "SCONJ" for t in doc.char_span(c[0], c[1], alignment_mode="expand") or [])]
    if not cues:
        return
    last = next((m for m in reversed(told) if m.times and m.modality == Modality.REPORTED),
                None)
    earlier = last.times if last is not None else None
    if before is not None and before.times and (last is None or last.sentence.index < before.index):
        earlier = list(before.times)
    if earlier:
        for m in ms:
            m.times = list(earlier)


def _story_days(ms: list[Mention], told: list[Mention], s: Sentence, pack: LanguagePack,
                before: Sentence | None) -> None:
    """"In heel Soedan is gistermiddag de stroom uitgevallen. ... In Khartoem gingen eerder op
    de dag duizenden mensen de straat op": words that name the story's day (the pack's
    ``story_day``) carry the times told before them, in their sentence or else the last told
    (as for a time anaphor, :func:`_inherit_times`); :func:`~.dates.resolve` takes that day
    where it fits their range. The mention's time is a copy: the scan's is not written on."""
    def folded(words: str) -> str:
        return " ".join(words.lower().split())

    story_words = {folded(str(w)) for w in pack.time.get("story_day") or []}
    if not story_words:
        return
    last = next((m for m in reversed(told) if m.times and m.modality == Modality.REPORTED),
                None)
    story = list(last.times) if last is not None else []
    if before is not None and before.times and (last is None or last.sentence.index < before.index):
        story = list(before.times)

    def anchored(t: TimeSpan) -> TimeSpan:
        if folded(t.text) not in story_words:
            return t
        own = [x for x in s.times if x.end <= t.start and folded(x.text) not in story_words]
        anchor = own or [x for x in story if folded(x.text) not in story_words]
        return replace(t, story=tuple(anchor)) if anchor else t

    for m in ms:
        m.times = [anchored(t) for t in m.times]


TIME_REACH = 3  # sentences back a time anaphor may find the time it refers to
NEW_EVENT_REACH = 40  # characters from a sentence's start where "Separately" may stand
SUPPORT_GAP = 2  # words between a support cue ("backed by") and the event word it governs
CHARGE_GAP = 3  # words between a charge cue ("on charges of") and the event word it names
CUE_REACH = 40  # characters before an event word where such a cue may begin


def _drop_cued(ms: list[Mention], text: str, cues: list, gap: int, reach: int) -> list[Mention]:
    """Drop the event words a cue stands right before (at most ``gap`` words, within
    ``reach`` characters), which tell no event of their own beside the others of their
    sentence: a support ("Afghan forces, backed by U.S. air strikes, pushed the Taliban
    back": the discourse ``support`` cues) or a charge ("arrested ... on charges of
    organising group violence": ``charge_frame``, so the arrest keeps the sentence's place).
    Alone in its sentence a mention is kept."""
    if len(ms) < 2 or not cues:
        return ms
    kept = []
    for m in ms:
        hits = find_cues(cues, text, max(m.sentence.start, m.start - reach), m.start)
        if hits and tokens_between(text, hits[-1][1], m.start) <= gap:
            continue
        kept.append(m)
    return kept or ms


GRIEVANCE_WINDOW = 8  # words between a grievance cue ("against", "over") and the violence
GRIEVANCE_TAIL = 40  # characters after the grievance's violence word its count may reach


def _drop_grievances(ms: list[Mention], text: str, pack: LanguagePack) -> list[Mention]:
    """"Marched against police violence": after a protest word, violence introduced by a
    grievance cue is what the protest is about, not a second event."""
    first_protest = next((m.start for m in ms if m.label in PROTEST_LABELS), None)
    if first_protest is None:
        return ms
    cues = pack.discourse.get("grievance", [])
    # the clause's own verb between the cue and the violence ends the grievance: "bij
    # protesten tegen de regering zijn twee demonstranten doodgeschoten" is a killing; a verb
    # inside a clause that describes the grievance does not ("tegen het politiegeweld waarbij
    # een jongen werd doodgeschoten", "against police violence after a teenager was shot")
    verbs = pack.discourse.get("passive", [])
    breaks = pack.discourse.get("clause_break", [])
    # a toll inside the grievance is not the protest's ("after a teenager was shot dead")
    s = ms[0].sentence
    # a cue may hold the protest word itself ("to protest gun violence"): cues are sought
    # from the sentence's start, violence only after the first protest word
    grievances = [(hs, he) for hs, he, _c in find_cues(cues, text, s.start, s.end)]
    s.casualties = [c for c in s.casualties
                    if not any(hs <= c.start <= he for hs, he in grievances)]
    s.actors = [a for a in s.actors if not _grievance_actor(a, s, grievances, first_protest,
                                                            text, verbs, breaks)]
    kept = []
    for m in ms:
        if m.label not in PROTEST_LABELS and m.start > first_protest and any(
                hs <= m.start and m.hit.end <= he
                for hs, he, _c in find_cues(cues, text, s.start, m.sentence.end)):
            continue  # the violence word is the grievance's own ("against police violence")
        if m.label not in PROTEST_LABELS and m.start > first_protest:
            hits = find_cues(cues, text, s.start, m.start)
            if hits and tokens_between(text, hits[-1][1], m.start) <= GRIEVANCE_WINDOW:
                cue_end = hits[-1][1]
                verb = find_cues(verbs, text, cue_end, m.start)
                ended = bool(verb) and not find_cues(breaks, text, cue_end, verb[0][0])
                if not ended:
                    # nor is its toll the protest's ("waarbij een jongen werd doodgeschoten")
                    m.sentence.casualties = [
                        c for c in m.sentence.casualties
                        if not (cue_end <= c.start and c.end <= m.hit.end + GRIEVANCE_TAIL)]
                    continue
        kept.append(m)
    return kept


def _protest_subjects_out(ms: list[Mention], text: str, pack: LanguagePack) -> None:
    """A country named in what a protest is about (:func:`protest_subjects`) is no place of
    the sentence's events ("De boeren protesteren tegen ... de invoer van
    landbouwproducten uit Oekraïne" happened in Brussels); a town named there goes after the
    events' other places (marked ``origin``, a copy), the place of last resort."""
    if not ms:
        return
    spans = protest_subjects(ms[0].sentence, text, pack)
    if not spans:
        return

    def inside(p: PlaceSpan) -> bool:
        return any(lo <= p.start and p.end <= hi for lo, hi in spans)

    for m in ms:
        if any(inside(p) for p in m.places):
            m.places = [p if not inside(p) else replace(p, origin=True)
                        for p in m.places if not (p.is_country and inside(p))]


GRIEVANCE_ACTOR_WORDS = 4  # words from a grievance cue to the actor it names as the topic


def _grievance_actor(a: ActorSpan, s: Sentence, grievances: list[tuple[int, int]],
                     first_protest: int, text: str, verbs: list, breaks: list) -> bool:
    """"Residents marched ... to denounce gang violence": an armed actor named right after a
    grievance cue that follows the protest word is what the protest is about, not a side of
    it (the police who then fire tear gas are). A verb, a clause break or another event word
    between the cue and the actor ends the grievance ("denouncing the army were shot by
    soldiers")."""
    if a.start <= first_protest or a.inter in DEMONSTRATORS:
        return False
    for _hs, he in grievances:
        if he <= first_protest or not he <= a.start:
            continue
        if tokens_between(text, he, a.start) > GRIEVANCE_ACTOR_WORDS:
            continue
        if find_cues(verbs, text, he, a.start) or find_cues(breaks, text, he, a.start):
            continue
        if any(he <= h.start < a.start for h in s.triggers):
            continue
        return True
    return False


def _own_times(s: Sentence, ms: list[Mention], text: str, pack: LanguagePack) -> list:
    """The sentence's times that may date its mentions: one that completes a noun
    (:func:`~eventcoder.extract.dates.time_owner`: "de krant van woensdag") is left out,
    unless the noun is an event word of the sentence: then it dates that word's mention
    alone ("de aanslag van maandag")."""
    kept = []
    for t in s.times:
        owner = time_owner(text, t.start, t.end, pack, s.start, s.end)
        if owner is None:
            kept.append(t)
            continue
        for m in ms:
            if m.hit.start <= owner[0] < m.hit.end:
                m.times.append(t)
                break
        # else: the day of a newspaper, a debate, a vote, or of an event word whose mention
        # was dropped: it dates none of the sentence's events
    return kept


STATEMENT_GAP = 1  # words between an attribution verb and the time of the statement
STATEMENT_REACH = 5  # ... where what was said opens right after the time ("that")


def _distribute_times(ms: list[Mention], times: list[TimeSpan], text: str,
                      pack: LanguagePack) -> None:
    """Each time dates the mention nearest it, but the time right after an attribution verb
    ("het ministerie meldde donderdagochtend dat 63 mensen werden opgepakt", "police said
    on Tuesday that ...") is when the source spoke: it dates no event word of what the
    source says after it, only one told before the verb ("three died, police said on
    Tuesday"), if any. A time that bounds a count ("43 had been arrested by Monday night")
    dates none."""
    verbs = find_cues(pack.attribution_verbs, text, ms[0].sentence.start,
                      ms[0].sentence.end) if ms and times else []
    # "bevestigt dat gisterochtend een kind ...": after "that" the time is what is said
    opens = {str(w).lower() for w in pack.grammar.get("relative_pronouns") or []}

    def of_the_statement(ve: int, t: TimeSpan) -> bool:
        gap = text[ve:t.start]
        if ve > t.start or re.search(r"[,;:.]", gap) or opens & set(gap.lower().split()):
            return False
        if tokens_between(text, ve, t.start) <= STATEMENT_GAP:
            return True
        # "said in a statement on Sunday that the attackers ...": the time closes the
        # statement's own words, and what was said opens after it
        after = text[t.end:t.end + 12].split()
        return (tokens_between(text, ve, t.start) <= STATEMENT_REACH and bool(after)
                and after[0].lower() in opens)

    for t in times:
        if is_deadline(text, t, pack):
            continue
        said = next((vs for vs, ve, _c in verbs if of_the_statement(ve, t)), None)
        pool = ms if said is None else [m for m in ms if m.hit.end <= said]
        if pool:
            nearest(pool, t.start, t.end).times.append(
                t if said is None else replace(t, statement=True))


def _distribute(ms: list[Mention], items: list, attr: str) -> None:
    for item in items:
        getattr(nearest(ms, item.start, item.end), attr).append(item)


# words between an event word and the modifier right after it ("clashes with riot police")
REFINED_GAP = 4


def _date_refined(ms: list[Mention], text: str, pack: LanguagePack) -> None:
    """"injured in clashes with riot police overnight Saturday": the time word stands nearest
    the modifier ("riot police"), which only refines the event word just before it; the
    time dates that event too, as its own."""
    modifiers = set(pack.rules.get("modifiers") or [])
    for m in ms:
        if m.label not in modifiers or not m.times:
            continue
        before = [x for x in ms if x.label not in modifiers and x.hit.end <= m.hit.start
                  and not x.times and tokens_between(text, x.hit.end, m.hit.start) <= REFINED_GAP
                  and not re.search(r"[,;:.]", text[x.hit.end:m.hit.start])]
        if before:
            before[-1].times = list(m.times)


def _date_clause(ms: list[Mention], text: str) -> None:
    """"More than 60 marchers were injured in Friday's protests": one weekday in a clause
    dates every event word of that clause told as it is, not only the nearest. Run after
    the weekday's own mention was judged news or plan (set_future), so the copy adds no plan
    reading of its own."""
    timed = [m for m in ms if m.times and all(t.kind == TimeKind.WEEKDAY for t in m.times)]
    if len({t.weekday for m in timed for t in m.times}) != 1:
        return
    for m in ms:
        if m.times:
            continue
        for x in timed:
            lo, hi = sorted((m.hit.start, x.hit.start))
            if x.modality == m.modality and not re.search(r"[,;:.]", text[lo:hi]):
                m.times = list(x.times)
                break
