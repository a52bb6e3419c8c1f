"""Who does what to whom in a mention: its sentence's actors shared out among its event
words, then sorted into agents, targets, others and sources by the pack's cues (Dutch
verb-second and verb-final order, passives) and, where the doc has a parse, by subject,
object and passive agent.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.spans import (
    ActorSpan,
    active_perfect_forms,
    ends_with_cue,
    find_cues,
    tokens_between,
)
from eventcoder.langpacks import LanguagePack
from eventcoder.records import Role

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc, Token

    from eventcoder.extract.mentions import Mention
    from eventcoder.extract.scan import Sentence

ROLE_WINDOW = 12  # words an actor may stand from its event word in the pattern fallback


def nearest(ms: list[Mention], start: int, end: int) -> Mention:
    """The mention a sentence's argument (actor, place, time, toll) belongs to: the nearest
    event word, one after the argument's end counting half as far again."""

    def dist(m: Mention) -> float:
        if start >= m.hit.end:
            return start - m.hit.end
        if end <= m.hit.start:
            return (m.hit.start - end) * 1.5  # arguments follow their event word more often
        return 0

    return min(ms, key=dist)


CLAIMANT_GAP = 2  # words between a claimant and its claim cue ("Al-Shabaab has claimed")


def claims(a: ActorSpan, m: Mention, text: str) -> bool:
    """Is ``a`` the one who claims the attack ``m`` names ("IS claimed the attack", "the
    bombing was claimed by the Taliban")? ACLED codes a group that claims an attack as its
    doer unless the text doubts the claim; the claim's verb made it a speaker (a source)."""
    if m.claim_cue is None:
        return False
    start, end = m.claim_cue
    if a.end <= start:
        return tokens_between(text, a.end, start) <= CLAIMANT_GAP and not re.search(
            r"[.;:!?\"”“()]", text[a.end:start])
    return a.start >= end and tokens_between(text, end, a.start) <= 1


@cache
def actor_modifiers(pack: LanguagePack) -> str:
    """The pack's ``actor_modifiers`` as one regex alternation (spaces match any space), made
    once per pack (it was escaped anew for every mention)."""
    words = pack.discourse.get("actor_modifiers", [])
    return "|".join(re.escape(c.pattern).replace(r"\ ", r"\s+") for c in words)


# a capitalised word (where the pack's ``capital_marks_name``): a name modifying an actor
NAME_MODIFIER = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*"
SELF_REPORT_REACH = 40  # characters after a speaker its self-report cue may end in


def assign_roles(m: Mention, ms: list[Mention], text: str, pack: LanguagePack) -> None:
    """Sort the actors nearest this mention into its agents, targets, others and sources by
    their roles and the pack's cues; mutates the mention's lists."""
    s = m.sentence
    d = pack.discourse
    agent_cues, target_cues = d.get("agent", []), d.get("target", [])
    between_cues, passive_cues = d.get("between", []), d.get("passive", [])
    after_event = {c.pattern.lower() for c in d.get("agent_after_event", [])}
    filler = "|".join(c.pattern for c in d.get("articles", []))
    adjectives = actor_modifiers(pack)
    # "shot by Toronto police", "killed by West Midlands Police officers": a name between the
    # agent cue and the force is whose force it is, not another side
    named = "|".join(x for x in (adjectives, NAME_MODIFIER if pack.grammar.get(
        "capital_marks_name") else "") if x)
    mine = [a for a in s.actors if nearest(ms, a.start, a.end) is m]
    pair = _between_pair(s, text, pack, filler)
    for a in mine:
        if a in pair and a.role not in (Role.SOURCE, Role.VICTIM, Role.ENEMY):
            m.others.append(a)  # "tussen A en B", "between A and B": neither is the doer
            continue
        if a.role == Role.ACCUSED:
            continue  # blamed by a party, not a side the text establishes
        if a.role == Role.SOURCE:
            m.sources.append(a)
            if any(tokens_between(text, a.end, st) <= 2 and (
                    e <= a.end + SELF_REPORT_REACH or m.hit.start < e <= m.hit.end + 1)
                   for st, e, _c in find_cues(pack.self_reports, text, a.end, s.end)):
                # "the army said it had killed": the speaker did it; a long cue counts where
                # it ends on this very word ("De politie zegt zondag in Istanbul vier
                # IS-strijders te hebben opgepakt")
                m.agents.append(a)
            elif claims(a, m, text):
                m.agents.append(a)  # "Al-Shabaab claimed the attack": the claimant did it
            continue
        if a.role in (Role.VICTIM, Role.ENEMY):
            m.targets.append(a)
            continue
        if investigates(a, m, text, pack):
            continue  # "police probed the bomb blast": who looks into it is no side of it
        if tokens_between(text, min(a.end, m.hit.end), max(a.start, m.hit.start)) > ROLE_WINDOW:
            if not m.agents and fronted_subject(a, m, text, pack):
                m.agents.append(a)
            continue
        floor = max(s.start, a.start - 40)
        if ends_with_cue(between_cues, text, a.start, floor=floor, filler=filler):
            m.others.append(a)
        elif cue := ends_with_cue(agent_cues, text, a.start, floor=floor, filler=filler,
                                  modifiers=named):
            # "aanval van de Talibaan", "gedood door", "killed by": the doer; but a cue that
            # marks the doer only right after the event word is elsewhere an owner ("een post
            # van het leger aangevallen": the army is the attacked side)
            if cue.pattern.lower() in after_event and not (
                a.start >= m.hit.end and tokens_between(text, m.hit.end, a.start) <= 3
            ):
                m.others.append(a)
            else:
                m.agents.append(a)
        elif ends_with_cue(target_cues, text, a.start, floor=floor, filler=filler,
                           modifiers=adjectives):
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
    # "the army was purging them": a progressive after the auxiliary is active
    shape = pack.grammar.get("progressive_shape")
    head = text[m.hit.start:m.hit.end].split()
    progressive = bool(shape and head and re.fullmatch(shape, head[0]))
    unmarked, m.others = [a for a in m.others], []
    between_pair = [a for a in unmarked if a in pair]
    for a in unmarked:
        if a in between_pair:
            m.others.append(a)
            continue
        # "were pushed back", "werden gedood": an auxiliary right before the event word
        aux = find_cues(passive_cues, text, a.end, m.hit.start) if a.end <= m.hit.start else []
        is_passive = bool(aux) and not progressive and (
            tokens_between(text, aux[-1][1], m.hit.start) <= 1
            or bool(find_cues(agent_cues, text, m.hit.end, s.end) or m.agents))
        after = a.start >= m.hit.end
        if any(x.key == a.key and a.start >= x.end and tokens_between(text, x.end, a.start)
               == 0 for x in m.agents):
            continue  # "police officers shot him": one doer told in two words, not its target
        if is_passive or (m.agents and a.end <= m.hit.start) or (object_after and after):
            m.targets.append(a)
            if is_passive:
                m.struck.append(a)
        elif not m.agents and (a.end <= m.hit.start or not m.targets):
            m.agents.append(a)
        else:
            m.targets.append(a)


def patients_as_subject(m: Mention, text: str, pack: LanguagePack) -> None:
    """"Three babies died", "the deaths of two officers": the subject or owner of an event
    word that tells what befell someone (the pack's ``patient_subject``: died, dead, deaths)
    is the one it befell, never a doer. Unmarked actors and a parse's subjects are moved to
    the targets, so that such a word has a doer only where a cue names one ("died at the
    hands of" is no cue: "by" is); the mention is marked ``patient``."""
    words = pack.discourse.get("patient_subject", [])
    hit = text[m.hit.start:m.hit.end]
    if not any(c.regex.fullmatch(hit) for c in words):
        return
    m.patient = True
    if not m.agents:
        return
    floor = max(m.sentence.start, 0)
    agent_cues = pack.discourse.get("agent", [])
    filler = "|".join(c.pattern for c in pack.discourse.get("articles", []))
    keep = [a for a in m.agents if a.role == Role.SOURCE or ends_with_cue(
        agent_cues, text, a.start, floor=max(floor, a.start - 40), filler=filler)]
    m.targets.extend(a for a in m.agents if not any(a is k for k in keep))
    m.agents[:] = keep


def investigates(a: ActorSpan, m: Mention, text: str, pack: LanguagePack) -> bool:
    """Whether the actor is the subject of an investigating verb (the pack's discourse
    ``investigate``) whose object is the event ("police probed the deadly bomb blast",
    "security forces inspect the scene of a bomb explosion"): the verb stands right after
    the actor and before the event word in its clause; in a language whose subject may
    follow its verb, also right before the actor ("maandag onderzocht de politie de
    aanslag")."""
    if a.end > m.hit.start or re.search(r"[.;:!?]", text[a.end:m.hit.start]):
        return False
    cues = pack.discourse.get("investigate", [])
    found = find_cues(cues, text, a.end, m.hit.start)
    if found and tokens_between(text, a.end, found[0][0]) <= 1 and tokens_between(
            text, found[0][1], m.hit.start) <= 6:
        return True
    if pack.grammar.get("post_verb_actor") == "object":
        return False
    before = find_cues(cues, text, max(m.sentence.start, a.start - 30), a.start)
    return bool(before) and tokens_between(text, before[-1][1], a.start) <= 1 and not re.search(
        r"[.;:!?]", text[before[-1][1]:a.start])


BETWEEN_MODIFIER = r"[^\W\d_][\w'’-]*"  # one word (no number) before the first side


def _between_pair(s: Sentence, text: str, pack: LanguagePack, filler: str) -> list[ActorSpan]:
    """The actors of "tussen A en B" / "between A and B" in the sentence (both sides)."""
    between_cues = pack.discourse.get("between", [])
    conjunctions = {c.pattern.lower() for c in pack.discourse.get("conjunctions", [])}
    articles = {c.pattern.lower() for c in pack.discourse.get("articles", [])}
    actors = sorted(s.actors, key=lambda a: a.start)
    pair: list[ActorSpan] = []
    for i, a in enumerate(actors):
        # "between the Mexican Army and drug hitmen": an article and an adjective, as after
        # the conjunction
        if not ends_with_cue(between_cues, text, a.start, floor=s.start, filler=filler,
                             modifiers=BETWEEN_MODIFIER):
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


def roles_from_parse(m: Mention, doc: Doc, pack: LanguagePack) -> None:
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
        if role == "agent":
            for t in _own_targets(child, target_words):
                roles[t.idx] = "target"
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


def _own_targets(phrase: Token, target_words: set[str]) -> list[Token]:
    """Tokens of a phrase nested in the agent's that a target preposition of its own marks:
    "door het Iraakse leger op IS heroverd", parsed with "op IS" inside the agent phrase,
    names IS the side the town was taken from, not a second doer."""
    out: list[Token] = []
    for t in phrase.subtree:
        if t is phrase or t.dep_ not in ("nmod", "obl"):
            continue
        if any(c.dep_ == "case" and c.lower_ in target_words for c in t.children):
            out.extend(t.subtree)
    return out


FRONT_GAP = 1  # words before a sentence's first phrase ("De strijders ...")


def fronted_subject(a: ActorSpan, m: Mention, text: str, pack: LanguagePack) -> bool:
    """"Strijders van de RSF hebben zondag het dorp X, ten oosten van Y in de staat Z,
    aangevallen": the sentence's first phrase, right before a finite active perfect
    auxiliary (the pack's ``active_perfect_forms``), is the subject of the participle that
    ends its clause, however long the middle field; the role window leaves it out."""
    forms = active_perfect_forms(pack)
    shape = pack.grammar.get("participle_shape")
    s = m.sentence
    if not forms or not shape or a.end > m.hit.start or tokens_between(
            text, s.start, a.start) > FRONT_GAP:
        return False
    between = text[a.end:m.hit.start]
    words = re.sub(r"\([^()]*\)", " ", between).split()  # "(RSF)" after it is part of it
    if not words or words[0].lower() not in forms:
        return False
    head = text[m.hit.start:m.hit.end].split()
    return not re.search(r"[;:.!?]", between) and bool(head) and bool(
        re.fullmatch(str(shape), head[-1]))
