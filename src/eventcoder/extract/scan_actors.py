"""The scan's actors: aliases from the pack merged into one named actor ("Houthi rebels",
"het leger van Haftar"), a country that opens a clause as a strike's subject taken as its
military, and the roles the words around an actor give it (source, accused, enemy).

Part of the one pass of :mod:`eventcoder.extract.scan`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.cue_matchers import cue_matches
from eventcoder.extract.spans import (
    ActorSpan,
    active_perfect_forms,
    find_cues,
    non_overlapping,
    tokens_between,
)
from eventcoder.langpacks import IDENT_GROUP, IDENT_SEP, LanguagePack
from eventcoder.langpacks.places import country_names
from eventcoder.records import DEMONSTRATORS, ActorKind, Role

CROWD_INTERS = frozenset(int(i) for i in DEMONSTRATORS)

if TYPE_CHECKING:
    from eventcoder.extract.scan import Sentence


def _country_near(text: str, pack: LanguagePack, start: int, end: int) -> str | None:
    """A country adjective or name right before an actor noun ("Afghaanse", "Nigerian")."""
    before = find_cues(pack.country_cues, text, max(0, start - 40), start)
    for _s, e, cue in reversed(before):
        if tokens_between(text, e, start) <= 1:
            return cue.value[0]
    after = find_cues(pack.country_cues, text, end, min(len(text), end + 30))
    for s, _e, cue in after:
        link = text[end:s].strip().lower()
        if link in {c.pattern.lower() for c in pack.discourse.get("of_country", [])}:
            return cue.value[0]
    return None


@cache
def _owner_link(pack: LanguagePack) -> re.Pattern[str]:
    """The words between a force noun and its group: "van (de)", "of (the)", "loyal to", and
    up to two lower-case words that describe the group ("fighters of the paramilitary Rapid
    Support Forces", "strijders van de radicale ..."), none a joiner or another link."""
    links = "|".join(c.pattern for c in pack.discourse.get("owner_links", [])) or "(?!)"
    articles = "|".join(c.pattern for c in pack.discourse.get("articles", [])) or "(?!)"
    joiners = "|".join(re.escape(c.pattern) for c in pack.discourse.get("count_joiners", []))
    not_a_modifier = rf"(?!(?:{links}|{joiners or '(?!)'})(?![\w-]))"
    modifiers = rf"(?:\s+{not_a_modifier}(?-i:[^\W\d_A-Z])[\w-]*){{0,2}}"
    return re.compile(rf"\s+(?:{links})(?:\s+(?:{articles}))?{modifiers}\s+", re.IGNORECASE)


def _identity_name(text: str, pack: LanguagePack, start: int, end: int,
                   reach: int | None = None) -> bool:
    """May the capitalised word at ``[start, end)`` name an identity group ("Kusasi",
    "Pokot")? Not a common word that opens a sentence ("Local militiamen"), a country or its
    adjective ("Russian militia"), nor a word another actor alias reads ("Hezbollah",
    "Fulani")."""
    from eventcoder.geo.lexicon import lexicon

    word = text[start:end]
    before = re.search(r"(\S+)\s*$", text[max(0, start - 40):start])
    if before is not None and (before.group(1)[-1] in "-‐" or (
            before.group(1)[:1].isupper() and not lexicon(pack.lang).is_common(before.group(1)))):
        return False  # the end of a longer name ("SSC-Khatumo clan militia", "Mai-Mai")
    if lexicon(pack.lang).is_common(word) or find_cues(pack.country_cues, text, start, end):
        return False
    stop = {c.pattern.lower() for c in pack.discourse.get("not_identity_names", [])}
    if word.lower() in stop:
        return False
    return not any(IDENT_GROUP not in alias.regex.groupindex and m.start() <= start < m.end()
                   for alias, m in cue_matches(pack.actor_aliases, text, start,
                                               max(end, reach or end)))


def _joined_identity(text: str, pack: LanguagePack, at: int) -> tuple[int, int] | None:
    """The identity name joined (the pack's ``count_joiners``: "and") right before a
    template actor's words at ``at``: "Kusasi and Mamprusi militiamen"."""
    joiners = "|".join(re.escape(c.pattern) for c in pack.discourse.get("count_joiners", []))
    if not joiners:
        return None
    m = re.search(rf"([A-Z][a-z]{{2,}})\s+(?:{joiners})\s+$", text[max(0, at - 40):at])
    if m is None:
        return None
    start = max(0, at - 40) + m.start(1)
    end = start + len(m.group(1))
    return (start, end) if _identity_name(text, pack, start, end) else None


def find_actors(text: str, pack: LanguagePack) -> list[ActorSpan]:
    found = []
    for alias, m in cue_matches(pack.actor_aliases, text):
        ident = m.groupdict().get(IDENT_GROUP)
        if ident is not None:
            if not _identity_name(text, pack, m.start(IDENT_GROUP), m.end(IDENT_GROUP),
                                  m.end()):
                continue
            # "Kusasi and Mamprusi militiamen": the name joined before it names a second one
            other = _joined_identity(text, pack, m.start())
            if other is not None:
                found.append((other[0], other[1], replace(
                    alias, key=f"{alias.key}{IDENT_SEP}{text[other[0]:other[1]]}")))
            alias = replace(alias, key=f"{alias.key}{IDENT_SEP}{ident}")
        found.append((m.start(), m.end(), alias))
    kept = non_overlapping(found)
    suffixes = "|".join(re.escape(c.pattern) for c in pack.discourse.get("not_actor_suffix", []))
    if suffixes:
        # "the rebel-held town", "government-controlled areas": a modifier, not a party
        tail = re.compile(rf"[\-‐](?:{suffixes})(?![\w])", re.IGNORECASE)
        kept = [k for k in kept if not tail.match(text, k[1])]
    prefixes = "|".join(re.escape(c.pattern) for c in pack.discourse.get("not_actor_prefix", []))
    if prefixes:
        # "pro-junta rioters", "anti-government protesters": whom the crowd is for or
        # against, not a party (the crowd after it is)
        head = re.compile(rf"(?<![\w])(?:{prefixes})[\-‐]$", re.IGNORECASE)
        kept = [k for k in kept if not head.search(text, max(0, k[0] - 12), k[0])]
    owner_link = _owner_link(pack)
    merged: list = []
    for item in kept:
        prev = merged[-1] if merged else None
        if prev is not None:
            kind, prev_kind = pack.actor(item[2].key).kind, pack.actor(prev[2].key).kind
            adjacent = tokens_between(text, prev[1], item[0]) == 0
            if adjacent and ((kind == ActorKind.GENERIC and prev_kind != ActorKind.GENERIC)
                             or (kind == ActorKind.STATE and prev_kind == ActorKind.GROUP)):
                # "Houthi rebels", "Haftar's forces": one named actor
                merged[-1] = (prev[0], item[1], prev[2])
                continue
            if prev_kind == ActorKind.GENERIC and kind != ActorKind.GROUP and (
                    pack.actor(prev[2].key).inter in CROWD_INTERS) and owner_link.fullmatch(
                    text[prev[1]:item[0]]):
                # "supporters of the former president": one crowd, whose side the second
                # names; no target of theirs (a named group's crowd is the group's, below)
                merged[-1] = (prev[0], item[1], prev[2])
                continue
            if kind == ActorKind.GROUP and prev_kind in (
                    ActorKind.STATE, ActorKind.GENERIC) and owner_link.fullmatch(
                    text[prev[1]:item[0]]):
                # "het leger van Haftar", "forces of the GNA": the named group's forces
                merged[-1] = (prev[0], item[1], item[2])
                continue
        merged.append(item)
    pairs = _paired_forces(text, pack, merged)
    paired = {p[0]: p[3] for p in pairs}
    merged = sorted(merged + [p[:3] for p in pairs], key=lambda k: k[0])
    actors = []
    enemy = pack.casualties.get("enemy", [])
    for start, end, alias in merged:
        d = pack.actor(alias.key)
        country = paired[start] if start in paired else _country_near(text, pack, start, end)
        if country is None and len(alias.countries) == 1 and d.needs_country:
            # an alias tied to one country ("Peruvian National Police"): the name tells it
            country = country_names().get(next(iter(alias.countries)))
        role = Role.UNMARKED
        if enemy and find_cues(enemy, text, max(0, start - 25), start):
            role = Role.ENEMY
        actors.append(
            ActorSpan(start, end, text[start:end], key=d.key, name=d.name, inter=d.inter,
                      kind=ActorKind(d.kind), country=country, explicit_country=country is not None,
                      role=role, paired=start in paired)
        )
    return actors



def _paired_forces(text: str, pack: LanguagePack, merged: list) -> list:
    """"Russian and Ukrainian forces", "SAF and RSF forces": two names joined (the pack's
    ``count_joiners``) before one force noun name two forces. The first name stands for its
    own force: the alias its words make with the noun ("Russian forces", "SAF forces"), else,
    for a country adjective, the noun's own actor placed by the adjective. Returns (start,
    end, alias, country) items for the first names; :func:`keep_paired_forces` keeps them
    only where the sentence tells a clash, whose two sides they are."""
    joiners = pack.discourse.get("count_joiners", [])
    if not joiners or not merged:
        return []
    adjectives = {s: (e, c) for s, e, c in find_cues(pack.country_cues, text, 0, len(text))
                  if c.value[1] in ("adjective", "demonym")}
    ends = {e: s for s, (e, _c) in adjectives.items()}
    out = []
    for start, end, _alias in merged:
        words = text[start:end].split()
        if len(words) > 1:  # "RSF forces", "Russian forces": the name opens the alias
            second, noun = start, words[-1]
        else:  # "Ukrainian forces": the adjective stands right before the noun
            before = text[:start].rstrip()
            if len(before) == start or before.endswith((",", ";")) or len(before) not in ends:
                continue
            second, noun = ends[len(before)], words[0]
        head = re.search(r"([\w\-]+)\s+(\S+(?:\s+\S+)?)\s+$", text[max(0, second - 60):second])
        if head is None:
            continue
        joiner = head.group(2)
        if not any(c.regex.fullmatch(joiner) for c in joiners):
            continue
        first_start = second - len(head.group(0))
        first_end = first_start + len(head.group(1))
        if any(s < first_end and first_start < e for s, e, _a in merged):
            continue  # "Hezbollah and Hamas fighters": each already an actor
        key = None
        for phrase in (f"{head.group(1)} {noun}", noun):
            whole = [a if m.groupdict().get(IDENT_GROUP) is None else replace(
                         a, key=f"{a.key}{IDENT_SEP}{m.group(IDENT_GROUP)}")
                     for a, m in cue_matches(pack.actor_aliases, phrase)
                     if m.start() == 0 and m.end() == len(phrase) and (
                         m.groupdict().get(IDENT_GROUP) is None or _identity_name(
                             phrase, pack, m.start(IDENT_GROUP), m.end(IDENT_GROUP),
                             m.end()))]
            if whole:
                key = whole[0]
                break
            if first_start not in adjectives:
                break  # a name that makes no force with the noun names none
        if key is None:
            continue
        country = adjectives[first_start][1].value[0] if first_start in adjectives else None
        out.append((first_start, first_end, key, country))
    return out


PARTNER_REACH = 20  # characters from a paired first name to the second ("Thai and Cambodian")


def keep_paired_forces(s: Sentence, pack: LanguagePack) -> None:
    """Two forces joined before one noun are each other's enemy only in a clash ("Russian
    and Ukrainian forces clashed"); raiding, striking or marching together they are one side,
    and the first name's own span goes (the rules' ``paired_forces``: the clash labels)."""
    labels = set(pack.rules.get("paired_forces") or [])
    if not any(a.paired for a in s.actors):
        return
    # "Malian and French troops clashed with jihadists": with a third party named the two
    # fight on one side; the sides named again ("one Cambodian soldier was killed", "killing
    # two soldiers") are no third party
    sides = {(a.key, a.country) for a in s.actors if a.paired}
    sides |= {(a.key, a.country) for a in s.actors if not a.paired and any(
        p.paired and p.end < a.start <= p.end + PARTNER_REACH for p in s.actors)}
    third = [a for a in s.actors if (a.key, a.country) not in sides and not (
        a.country is None and any(a.key == key for key, _country in sides))]
    if any(t.label in labels for t in s.triggers) and not third:
        return
    s.actors = [a for a in s.actors if not a.paired]


COUNTRY_FORCE_GAP = 2  # words between a country subject and its attack verb ("Israel has struck")
COUNTRY_FORCE_REACH = 8  # words to a second, coordinated verb of the same subject


def _subject_of(text: str, pack: LanguagePack, end: int, verb: int, joins: set[str]) -> bool:
    """Does the name ending at ``end`` stand as the subject of the verb starting at ``verb``?"""
    if verb < end or find_cues(pack.attribution_verbs, text, end, verb):
        return False
    gap = tokens_between(text, end, verb)
    if gap <= COUNTRY_FORCE_GAP:
        return True
    # a second verb of the same subject: "Israël wees naar Hamas en bestookte ..."
    last = re.findall(r"[\w']+", text[end:verb].lower())[-1:]
    return gap <= COUNTRY_FORCE_REACH and bool(last) and last[0] in joins


def add_country_forces(s: Sentence, text: str, pack: LanguagePack) -> None:
    """A country that opens a clause as the subject of a strike or attack ("Israël bestookte
    honderd doelen", "Russia bombed Idlib") stands for its military, as ACLED codes it."""
    labels = set(pack.rules.get("country_as_force") or [])
    if not labels:
        return
    verbs = [t for t in s.triggers if t.label in labels]
    if not verbs:
        return
    key = pack.rules.get("country_force_actor", "military")
    spec = pack.actor(key)
    articles = {c.pattern.lower() for c in pack.discourse.get("articles", [])}
    joins = {c.pattern.lower() for c in pack.discourse.get("conjunctions", [])} | {",", ";"}
    countries = [(cs, ce, cue) for cs, ce, cue in find_cues(pack.country_cues, text, s.start,
                                                            s.end) if cue.value[1] == "country"]
    for cs, ce, cue in countries:
        if any(a.start < ce and cs < a.end for a in s.actors):
            continue
        if not any(_subject_of(text, pack, ce, t.start, joins) for t in verbs):
            continue
        before = re.findall(r"[\w']+|[,;]", text[s.start:cs].lower())
        opener = [w for w in before[-2:] if w not in articles]
        if opener and opener[-1] not in joins:
            continue  # "in Israël ..." or "van Syrië": not the clause's subject
        s.actors.append(ActorSpan(cs, ce, text[cs:ce], key=key, name=spec.name,
                                  inter=spec.inter, kind=ActorKind(spec.kind), country=cue.value[0],
                                  explicit_country=True))
    s.actors.sort(key=lambda a: a.start)


def mark_accused(s: Sentence, text: str, pack: LanguagePack) -> None:
    """Actors a party blames ("Israël wees naar Hamas", "Kyiv blamed Russia") are accused, not
    established sides: ACLED keeps an attack unattributed on an accusation alone."""
    if not s.actors:  # nothing to mark: the cues are looked for only where an actor is
        return
    for _bs, be, _cue in find_cues(pack.discourse.get("blame", []), text, s.start, s.end):
        for a in s.actors:
            if a.start >= be and tokens_between(text, be, a.start) <= 2 and a.role == Role.UNMARKED:
                a.role = Role.ACCUSED
    # "Turkey and activists on the ground accused the regime of heavy shelling": whoever
    # accuses someone of something (the pack's accuser_verbs, then a blame_charge word after
    # the accused) speaks, a source, never the doer; not "troops accused of killing" (the
    # charge word right after the verb), "were blamed" (a passive auxiliary), nor "Israël wees
    # naar Hamas en bestookte ...": with no charge the accuser may still act in the sentence
    passive = pack.discourse.get("passive", [])
    charges = pack.discourse.get("blame_charge", [])
    for bs, be, _cue in find_cues(pack.discourse.get("accuser_verbs", []), text, s.start, s.end):
        charge = find_cues(charges, text, be, s.end)
        if not charge or tokens_between(text, be, charge[0][0]) == 0:
            continue
        for a in s.actors:
            if a.role != Role.UNMARKED or a.end > bs or tokens_between(text, a.end, bs) > 4:
                continue
            if re.search(r"[.;:!?\"”“()]", text[a.end:bs]) or find_cues(passive, text, a.end, bs):
                continue
            a.role = Role.SOURCE


def _place_between(s: Sentence, text: str, start: int, end: int) -> bool:
    """Only a place and its cue stand between an actor and a verb: "Police in Philadelphia
    said" is the police speaking, as "Police said" is."""
    return any(start < p.start and not text[p.end:end].strip()
               and tokens_between(text, start, p.start) <= 1 for p in s.places)


def mark_sources(s: Sentence, text: str, pack: LanguagePack) -> None:
    """Actors who speak ("de woordvoerder van de Talibaan", "Police said") are sources."""
    if not s.actors:  # nothing to mark: the cues are looked for only where an actor is
        return
    verbs = find_cues(pack.attribution_verbs, text, s.start, s.end)
    nouns = find_cues(pack.source_nouns, text, s.start, s.end)
    # "volgens", "according to": the speaker follows ("tussen het leger en de Talibaan
    # volgens lokale bronnen": the Taliban fight, the local sources speak)
    preps = {(ps, pe) for ps, pe, _ in find_cues(pack.discourse.get("source_prepositions", []),
                                                  text, s.start, s.end)}
    auxiliaries = active_perfect_forms(pack)

    def next_to(end: int, start: int) -> bool:
        # "police said", and "police have said": only a perfect's auxiliary between
        gap = text[end:start].split()
        return not gap or all(w.lower() in auxiliaries for w in gap)

    for a in s.actors:
        for ns, e, _cue in nouns:
            # "de woordvoerder van de Talibaan", not "a spokesman said the insurgents"
            if a.start - e >= 0 and tokens_between(text, e, a.start) <= 2 and not any(
                    e <= vs < a.start for vs, _ve, _c in verbs):
                a.role = Role.SOURCE
            if ns - a.end >= 0 and tokens_between(text, a.end, ns) == 0:
                a.role = Role.SOURCE  # "an army spokesman said": the army speaks
        for vs, ve, _cue in verbs:
            prep = any(ps <= vs < pe for ps, pe in preps)
            after_actor = not prep and vs - a.end >= 0 and (
                next_to(a.end, vs) or _place_between(s, text, a.end, vs))
            # "..., said the army." but not "officials say Taliban fighters attacked"
            ends_clause = re.match(r"\s*(?:[.,;:!?\"”’)]|$)", text[a.end:s.end])
            before_actor = (a.start - ve >= 0 and tokens_between(text, ve, a.start) <= 1
                            and (ends_clause is not None or prep))
            if after_actor or before_actor:
                a.role = Role.SOURCE
