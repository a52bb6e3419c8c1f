"""Event mentions: a trigger with its modality, its actors in their roles, places and times.

Roles come from syntax when the doc has a parse (subject, object, passive agent, the
prepositions the pack names) and otherwise from the pack's patterns, which handle Dutch
verb-second and verb-final order and passives ("werden gedood door", "were killed by").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.scan import Scan, Sentence, TriggerHit
from eventcoder.extract.spans import (
    ActorSpan,
    CasualtySpan,
    PlaceSpan,
    TimeSpan,
    doc_of,
    ends_with_cue,
    find_cues,
    tokens_between,
)
from eventcoder.langpacks import Cue, LanguagePack, _cues

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc

NEAR_WINDOW = 3  # words a "near" modality cue (a negation) may stand before its event word
ROLE_WINDOW = 12  # words an actor may stand from its event word in the pattern fallback
HISTORICAL_WINDOW = 8  # words between a historical cue ("years ago") and its event word


@dataclass
class Mention:
    """One mention of an event in one sentence."""

    hit: TriggerHit
    sentence: Sentence
    modality: str = "reported"
    modality_cue: tuple[int, int, str] | None = None
    hedge: float = 0.0
    definite: bool = False
    summary: bool = False
    # told over weeks or months ("al vier maanden", "in die periode"): background, no event
    background: bool = False
    responsibility: bool = False  # "claimed responsibility for the attack": names an event
    # the sentence opens with "Separately", "In een ander incident": a new event
    fresh: bool = False
    agents: list[ActorSpan] = field(default_factory=list)
    targets: list[ActorSpan] = field(default_factory=list)
    others: list[ActorSpan] = field(default_factory=list)
    sources: list[ActorSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    casualties: list[CasualtySpan] = field(default_factory=list)

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
        return next((p for p in self.places if not p.is_country and not p.is_site), None)


YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def build_mentions(
    scan: Scan, pack: LanguagePack, doc: Doc | None = None, pub_year: int | None = None,
    pub_month: int | None = None,
) -> list[Mention]:
    """All mentions of the article, each with its share of the sentence's arguments."""
    mentions: list[Mention] = []
    text = scan.text
    parsed = doc is not None and doc_of(doc, text) and doc.has_annotation("DEP")
    for s in scan.sentences:
        if not s.triggers:
            continue
        ms = _drop_grievances([Mention(hit=h, sentence=s) for h in s.triggers], text, pack)
        ms = _drop_support(ms, text, pack)
        if not ms:
            continue
        if find_cues(pack.discourse.get("new_event", []), text, s.start,
                     min(s.end, s.start + NEW_EVENT_REACH)):
            ms[0].fresh = True
        for m in ms:
            _set_modality(m, text, pack)
            _set_reference(m, text, pack)
            if pub_year is not None and m.modality == "reported":
                _set_past_year(m, text, pub_year)
            if pub_month is not None and m.modality == "reported":
                _set_past_month(m, text, pack, pub_month)
        for m in ms:
            _set_responsibility(m, text, pack)
        _distribute(ms, s.places, "places")
        _distribute(ms, s.times, "times")
        if not s.times:
            _inherit_times(ms, mentions, s, text, pack, doc if parsed else None)
        if s.index > 0:
            _set_from_context(ms, scan.sentences[s.index - 1])
        for m in ms:
            if m.responsibility:
                m.times = []  # the day of the claim, not of the attack
        _distribute(ms, s.casualties, "casualties")
        for m in ms:
            _set_future(m, text, pack, doc if _has_morph(doc, text) else None)
            _assign_roles(m, ms, text, pack)
            if parsed and doc is not None:
                _roles_from_parse(m, doc, pack)
        mentions.extend(ms)
    return mentions


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
                   pack: LanguagePack, doc: Doc | None) -> None:
    """"Israël bestookte toen honderd doelen": a time anaphor ("toen", "at the time") dates
    the sentence's events by the last time told before it. "toen" as a conjunction ("when")
    refers to nothing, so where the parse says so it does not count."""
    cues = find_cues(pack.discourse.get("time_anaphors", []), text, s.start, s.end)
    if doc is not None:
        cues = [c for c in cues if not any(
            t.pos_ == "SCONJ" for t in doc.char_span(c[0], c[1], alignment_mode="expand") or [])]
    if not cues:
        return
    earlier = next((m.times for m in reversed(told) if m.times and m.modality == "reported"),
                   None)
    if earlier:
        for m in ms:
            m.times = list(earlier)


NEW_EVENT_REACH = 40  # characters from a sentence's start where "Separately" may stand
SUPPORT_GAP = 2  # words between a support cue ("backed by") and the event word it governs


def _drop_support(ms: list[Mention], text: str, pack: LanguagePack) -> list[Mention]:
    """"Afghan forces, backed by U.S. air strikes, pushed the Taliban back": the air strikes
    support the fighting told beside them; they are no event of their own (the supporter is
    the associated actor). Alone in its sentence a mention is kept."""
    if len(ms) < 2:
        return ms
    cues = pack.discourse.get("support", [])
    kept = []
    for m in ms:
        floor = max(m.sentence.start, m.start - 40)
        hits = find_cues(cues, text, floor, m.start)
        if hits and tokens_between(text, hits[-1][1], m.start) <= SUPPORT_GAP:
            continue
        kept.append(m)
    return kept or ms


PROTEST_LABELS = frozenset({"Peaceful protest"})
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
    grievances = [(hs, he) for hs, he, _c in find_cues(cues, text, first_protest, s.end)]
    s.casualties = [c for c in s.casualties
                    if not any(hs <= c.start <= he for hs, he in grievances)]
    kept = []
    for m in ms:
        if m.label not in PROTEST_LABELS and m.start > first_protest and any(
                hs <= m.start and m.hit.end <= he
                for hs, he, _c in find_cues(cues, text, first_protest, m.sentence.end)):
            continue  # the violence word is the grievance's own ("against police violence")
        if m.label not in PROTEST_LABELS and m.start > first_protest:
            hits = find_cues(cues, text, first_protest, m.start)
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


def _nearest(ms: list[Mention], start: int, end: int) -> Mention:
    def dist(m: Mention) -> float:
        if start >= m.hit.end:
            return start - m.hit.end
        if end <= m.hit.start:
            return (m.hit.start - end) * 1.5  # arguments follow their event word more often
        return 0

    return min(ms, key=dist)


def _distribute(ms: list[Mention], items: list, attr: str) -> None:
    for item in items:
        getattr(_nearest(ms, item.start, item.end), attr).append(item)


def _set_modality(m: Mention, text: str, pack: LanguagePack) -> None:
    s = m.sentence
    best = None
    for start, end, cue in s.modality_cues:
        name, scope = cue.value
        if name == "historical":
            # "30 jaar geleden", "in 1995": only near its event word, before or after it
            near = min(abs(tokens_between(text, end, m.hit.start)),
                       abs(tokens_between(text, m.hit.end, start)))
            if near <= HISTORICAL_WINDOW:
                best = best or (start, end, name)
            continue
        if scope == "near":
            if end <= m.hit.start and tokens_between(text, end, m.hit.start) <= NEAR_WINDOW:
                best = (start, end, name)
            continue
        if end <= m.hit.start and not (start <= m.hit.start < end) and (
                best is None or best[2] == "historical"):
            best = (start, end, name)  # the outermost cue governs ("gevreesd wordt dat ...")
    sentence_text = text[s.start:s.end].rstrip(" \n\"'”’»)")
    if best is None and sentence_text.endswith("?"):
        # a question asks about an event, it does not report one
        end = s.start + len(sentence_text)
        best = (end - 1, end, "hypothetical")
    if best:
        m.modality, m.modality_cue = best[2], best
    m.hedge = max((c.value for _, e, c in s.hedges if e <= m.hit.start + 40), default=0.0)


FUTURE_MARKER_WINDOW = 1  # words between a future marker ("komende", "next") and its weekday


_MORPH_SEEN: list = [None, None, False]  # the last (doc, text, answer): asked per mention


def _has_morph(doc: Doc | None, text: str) -> bool:
    """Does the doc of this very text carry morphology? Answered once per doc and text:
    ``doc.text`` and ``has_annotation`` walk every token, which per mention made long
    articles cost the square of their length."""
    if doc is None:
        return False
    seen = _MORPH_SEEN
    if seen[0] is doc and seen[1] is text:
        return seen[2]
    answer = doc_of(doc, text) and doc.has_annotation("MORPH")
    seen[:] = [doc, text, answer]
    return answer


@cache
def _future_markers(pack: LanguagePack) -> list[Cue]:
    return _cues(pack.time.get("future_markers") or [])


def _set_future(m: Mention, text: str, pack: LanguagePack, doc: Doc | None) -> None:
    """A weekday ahead of publication is a plan, not an event: "komende zondag", "next
    Sunday", or (with a morphological analysis) a weekday told in the present tense only
    ("doen zondag mee", "march on Sunday"); news tells what happened in a past tense."""
    if m.modality != "reported":
        return
    weekdays = [t for t in m.times if t.kind == "weekday" and t.week_mode is None]
    if not weekdays:
        return
    s = m.sentence
    for t in weekdays:
        for _ms, me, _cue in find_cues(_future_markers(pack), text, max(s.start, t.start - 30),
                                        t.start):
            if tokens_between(text, me, t.start) <= FUTURE_MARKER_WINDOW:
                m.modality, m.modality_cue = "hypothetical", (_ms, me, "hypothetical")
                return
    if doc is None:
        return
    t = weekdays[0]
    if doc.has_annotation("DEP"):
        # the verb the weekday modifies and its auxiliaries: one clause, not the sentence
        day = doc.char_span(t.start, t.end, alignment_mode="expand")
        if day is None:
            return
        verb = day.root.head
        words = [verb, *(c for c in verb.children if c.dep_.startswith(("aux", "cop")))]
    else:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        words = list(span) if span is not None else []
    tenses: set[str] = set()
    for tok in words:
        tenses.update(tok.morph.get("Tense", None))
        if "Part" in tok.morph.get("VerbForm", None):
            tenses.add("Past")  # a perfect ("hebben gedemonstreerd") tells the past
    if tenses == {"Pres"}:
        m.modality, m.modality_cue = "hypothetical", (t.start, t.end, "hypothetical")


def _set_past_year(m: Mention, text: str, pub_year: int) -> None:
    """A year before publication next to the event word ("de aanslagen in Parijs in 2015")."""
    s = m.sentence
    for y in YEAR.finditer(text, s.start, s.end):
        if int(y.group(1)) >= pub_year:
            continue
        gap = (tokens_between(text, y.end(), m.hit.start) if y.end() <= m.hit.start
               else tokens_between(text, m.hit.end, y.start()))
        if gap <= HISTORICAL_WINDOW:
            m.modality, m.modality_cue = "historical", (y.start(), y.end(), "historical")
            return


NEWS_HORIZON_MONTHS = 1  # a bare month further back than this is background, not news


@cache
def _bare_months(pack: LanguagePack) -> re.Pattern[str] | None:
    spec = pack.time
    months = {str(k).lower(): v for k, v in (spec.get("months") or {}).items() if len(str(k)) > 3}
    leads = [str(x) for x in spec.get("month_lead") or []]
    if not months or not leads:
        return None
    lead = "|".join(sorted((re.escape(x).replace(r"\ ", r"\s+") for x in leads), key=len,
                           reverse=True))
    alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{lead})\s+(?P<month>{alt})(?![\w\-])(?!\s+\d)",
                      re.IGNORECASE)


def _set_past_month(m: Mention, text: str, pack: LanguagePack, pub_month: int) -> None:
    """"In oktober werd Khaddafi gevangengenomen" in an April article: a bare month more
    than a month before publication (a later month number means last year) is history."""
    regex = _bare_months(pack)
    if regex is None:
        return
    months = {str(k).lower(): v for k, v in (pack.time.get("months") or {}).items()}
    s = m.sentence
    for hit in regex.finditer(text, s.start, s.end):
        month = months[hit.group("month").lower()]
        back = (pub_month - month) % 12
        gap = (tokens_between(text, hit.end(), m.hit.start) if hit.end() <= m.hit.start
               else tokens_between(text, m.hit.end, hit.start()))
        if back > NEWS_HORIZON_MONTHS and gap <= HISTORICAL_WINDOW:
            m.modality, m.modality_cue = "historical", (hit.start(), hit.end(), "historical")
            return


RESPONSIBILITY_WINDOW = 6  # words between a claim of responsibility and its event word


def _set_responsibility(m: Mention, text: str, pack: LanguagePack) -> None:
    """A claim of responsibility points at an attack told before: it is no second attack.
    Alone, it reports a claim (held back as "claimed"), as ACLED and CASE code it."""
    s, d = m.sentence, pack.discourse
    before = [(st, e) for st, e, _c in find_cues(d.get("responsibility_before", []), text,
                                                 s.start, m.hit.start)
              if tokens_between(text, e, m.hit.start) <= RESPONSIBILITY_WINDOW]
    after = [(st, e) for st, e, _c in find_cues(d.get("responsibility_after", []), text,
                                                m.hit.end, s.end)
             if tokens_between(text, m.hit.end, st) <= RESPONSIBILITY_WINDOW // 2]
    if not before and not after:
        return
    m.responsibility = True
    m.definite = True
    if m.modality == "reported":
        start, end = before[-1] if before else after[0]
        m.modality, m.modality_cue = "claimed", (start, end, "claimed")


def _set_reference(m: Mention, text: str, pack: LanguagePack) -> None:
    """Is this a reference back ("die aanval", "the attack") or a plural summary?"""
    floor = m.sentence.start
    filler = ""
    if ends_with_cue(pack.discourse.get("summary", []), text, m.hit.start, floor=floor,
                     filler=filler):
        m.summary = True
    if ends_with_cue(pack.discourse.get("definite", []), text, m.hit.start, floor=floor,
                     filler=_adjective_gap()):
        m.definite = True
    for _, end, _cue in find_cues(pack.discourse.get("summary", []), text,
                                  max(floor, m.hit.start - 30), m.hit.end):
        if end >= m.hit.end:
            m.summary = True
    if find_cues(pack.discourse.get("aggregate", []), text, floor, m.sentence.end):
        m.background = True  # "in die periode raakten 3800 mensen gewond": totals, no event


def _adjective_gap() -> str:
    # One word may stand between the determiner and the event noun ("het urenlange offensief").
    return r"\w[\w\-]*"


def _assign_roles(m: Mention, ms: list[Mention], text: str, pack: LanguagePack) -> None:
    s = m.sentence
    d = pack.discourse
    agent_cues, target_cues = d.get("agent", []), d.get("target", [])
    between_cues, passive_cues = d.get("between", []), d.get("passive", [])
    after_event = {c.pattern.lower() for c in d.get("agent_after_event", [])}
    filler = "|".join(c.pattern for c in d.get("articles", []))
    mine = [a for a in s.actors if _nearest(ms, a.start, a.end) is m]
    pair = _between_pair(s, text, pack, filler)
    for a in mine:
        if a in pair and a.role not in ("source", "victim", "enemy"):
            m.others.append(a)  # "tussen A en B", "between A and B": neither is the doer
            continue
        if a.role == "accused":
            continue  # blamed by a party, not a side the text establishes
        if a.role == "source":
            m.sources.append(a)
            if any(tokens_between(text, a.end, st) <= 2 for st, _e, _c in find_cues(
                    pack.self_reports, text, a.end, min(s.end, a.end + 40))):
                m.agents.append(a)  # "the army said it had killed": the speaker did it
            continue
        if a.role in ("victim", "enemy"):
            m.targets.append(a)
            continue
        if tokens_between(text, min(a.end, m.hit.end), max(a.start, m.hit.start)) > ROLE_WINDOW:
            continue
        floor = max(s.start, a.start - 40)
        if ends_with_cue(between_cues, text, a.start, floor=floor, filler=filler):
            m.others.append(a)
        elif cue := ends_with_cue(agent_cues, text, a.start, floor=floor, filler=filler):
            # "aanval van de Talibaan", "gedood door", "killed by": the doer; but a cue that
            # marks the doer only right after the event word is elsewhere an owner ("een post
            # van het leger aangevallen": the army is the attacked side)
            if cue.pattern.lower() in after_event and not (
                a.start >= m.hit.end and tokens_between(text, m.hit.end, a.start) <= 3
            ):
                m.others.append(a)
            else:
                m.agents.append(a)
        elif ends_with_cue(target_cues, text, a.start, floor=floor, filler=filler):
            m.targets.append(a)
        else:
            m.others.append(a)
    # Unmarked actors: a passive auxiliary between actor and event word makes the actor the
    # patient; otherwise the first unmarked actor is the doer (SVO, V2 and verb-final alike:
    # in all three the subject is the first actor of the clause) and later ones are targets.
    # Where the language keeps the subject before the verb (English), an unmarked actor after
    # an active event word is its object ("a roadside bomb killed three civilians"); in a
    # verb-second language it may be the inverted subject ("gisteren doodden militanten ...").
    object_after = pack.grammar.get("post_verb_actor") == "object"
    unmarked, m.others = [a for a in m.others], []
    between_pair = [a for a in unmarked if a in pair]
    for a in unmarked:
        if a in between_pair:
            m.others.append(a)
            continue
        # "were pushed back", "werden gedood": an auxiliary right before the event word
        aux = find_cues(passive_cues, text, a.end, m.hit.start) if a.end <= m.hit.start else []
        is_passive = bool(aux) and (
            tokens_between(text, aux[-1][1], m.hit.start) <= 1
            or bool(find_cues(agent_cues, text, m.hit.end, s.end) or m.agents))
        after = a.start >= m.hit.end
        if is_passive or (m.agents and a.end <= m.hit.start) or (object_after and after):
            m.targets.append(a)
        elif not m.agents and (a.end <= m.hit.start or not m.targets):
            m.agents.append(a)
        else:
            m.targets.append(a)


def _between_pair(s, text: str, pack: LanguagePack, filler: str) -> list:
    """The actors of "tussen A en B" / "between A and B" in the sentence (both sides)."""
    between_cues = pack.discourse.get("between", [])
    conjunctions = {c.pattern.lower() for c in pack.discourse.get("conjunctions", [])}
    articles = {c.pattern.lower() for c in pack.discourse.get("articles", [])}
    actors = sorted(s.actors, key=lambda a: a.start)
    pair: list = []
    for i, a in enumerate(actors):
        if not ends_with_cue(between_cues, text, a.start, floor=s.start, filler=filler):
            continue
        pair.append(a)
        if i + 1 < len(actors):
            # "tussen de Taliban en het leger", "between Taliban and Afghan forces": the
            # conjunction, then at most an article and an adjective
            gap = text[a.end:actors[i + 1].start].lower().split()
            rest = [w for w in gap[1:] if w not in articles]
            if gap and gap[0] in conjunctions and len(rest) <= 1:
                pair.append(actors[i + 1])
    return pair


def _roles_from_parse(m: Mention, doc: Doc, pack: LanguagePack) -> None:
    """Use the dependency parse where it names subject, object or passive agent."""
    span = doc.char_span(m.hit.start, m.hit.end, alignment_mode="expand")
    if span is None:
        return
    head = span.root
    agent_words = {c.pattern.lower() for c in pack.discourse.get("agent", [])}
    target_words = {c.pattern.lower() for c in pack.discourse.get("target", [])}
    roles: dict[int, str] = {}
    for child in head.children:
        dep = child.dep_.lower()
        case = {t.lower_ for t in child.children if t.dep_ in ("case", "mark")}
        if dep.startswith("nsubj:pass") or dep == "obj":
            role = "target"
        elif dep.startswith("nsubj") or dep == "obl:agent" or case & agent_words:
            role = "agent"
        elif case & target_words:
            role = "target"
        else:
            continue
        for t in child.subtree:
            roles[t.idx] = role
    if not roles:
        return
    everyone = m.agents + m.targets + m.others
    for a in everyone:
        found = next((r for idx, r in roles.items() if a.start <= idx < a.end), None)
        if found is None:
            continue
        for group in (m.agents, m.targets, m.others):
            if a in group:
                group.remove(a)
        (m.agents if found == "agent" else m.targets).append(a)
