"""From mentions to events: coreference, sub-type, actors, fatalities, dates, evidence.

Mentions of one event in one article become one event: a reference back ("die aanval",
"the attack", "daar") joins the event told last; a mention at the same place joins the
event there; two attacks at two places stay two events.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from eventcoder.extract.dates import DateRange, Published, default_range, resolve
from eventcoder.extract.mentions import Mention
from eventcoder.extract.notes import summary_note
from eventcoder.extract.numbers import find_numbers
from eventcoder.extract.scan import Scan, Sentence
from eventcoder.extract.spans import (
    ActorSpan,
    CasualtySpan,
    PlaceSpan,
    Span,
    TimeSpan,
    find_cues,
    tokens_between,
)
from eventcoder.langpacks import PSEUDO_PREFIX, LanguagePack
from eventcoder.records import (
    SUB_EVENT_TO_TYPE,
    Article,
    ClaimedFatalities,
    Event,
    Evidence,
    PlaceMention,
    interaction_code,
    stable_event_id,
)

REFERENCE_REACH = 4  # sentences a reference back may reach to find its event
CROWD_INTERS = (5, 6, 7)  # rioters, protesters, civilians: no armed side
VICTIM_REACH = 30  # characters after a count where the dead it counts may be named
SPEAKER_REACH = 40  # characters after a party where its "said" or "spokesman" may stand
COUNTRY_REACH = 600  # characters before an event where a country told last sets its country
CONTINUATION_REACH = 2  # sentences after an event whose actors may still belong to it
STRONG = 2.0  # a mention at least this heavy may start an event with no actor
STRATEGIC = "Strategic developments"  # lighter words of this type need a side, place or not
REAL = ("reported",)
# The triggers' weight scale (triggers.tsv): 1 is a generic word ("killed", "died", "dead"),
# which makes an event only with a side that does it.
GENERIC = 1.0
_SPACES = re.compile(r"\s*")
SHORT_REPORT = 4  # sentences; a longer article must anchor each event in place, time or toll


CLAIMANT_INTERS = (2, 3, 4)  # rebels and militias claim attacks; a state's forces "claim" kills


def _has_trusted_place(m: Mention) -> bool:
    """The mention names a specific place the gazetteer or a cue vouches for."""
    place = m.specific_place()
    return place is not None and place.trusted


def _names_attack(m: Mention) -> bool:
    """A claim of responsibility for an attack its noun names ("the car bomb", "de aanslag"),
    not a claim about a toll ("claimed ... had killed 25")."""
    return not m.label.startswith(PSEUDO_PREFIX)


@dataclass
class Draft:
    """An event under construction."""

    mentions: list[Mention] = field(default_factory=list)
    extra_actors: list[ActorSpan] = field(default_factory=list)
    extra_casualties: list[CasualtySpan] = field(default_factory=list)
    only_place: PlaceSpan | None = None  # set when one report lists several places
    modality: str = "reported"
    last_sentence: int = 0
    last_pos: int = 0

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.last_sentence = max(self.last_sentence, m.sentence.index)
        self.last_pos = max(self.last_pos, m.start)

    def place(self) -> PlaceSpan | None:
        if self.only_place is not None:
            return self.only_place
        specific = [p for m in self.mentions for p in m.places
                    if not p.is_country and not p.is_site]
        # a name in apposition ("X, the capital of Y province") describes X; Y is no fallback
        # for the event's place while X is there
        specific = [p for p in specific if p.describes is None] + [
            p for p in specific if p.describes is not None]
        return next((p for p in specific if p.trusted), None) or next(
            iter(specific), None)

    def labels(self) -> list[str]:
        return [m.label for m in self.mentions]


def _place_key(p: PlaceSpan) -> str:
    return (p.town or p.text).lower().replace("-", " ").replace("’", "'")


class Coder:
    """Turns one article's mentions into events, with the pack's rules."""

    def __init__(self, article: Article, pack: LanguagePack, scan: Scan):
        self.article = article
        self.pack = pack
        self.scan = scan
        self.rules = pack.rules
        self.modifiers = set(self.rules.get("modifiers") or [])
        self.told_by_claim: set[int] = set()  # sentences whose claim tells the attack (cluster)
        self.pub = Published.parse(article.published, article.published_precision)

    # --- type families -------------------------------------------------------------------
    def family(self, label: str) -> str | None:
        if label.startswith(PSEUDO_PREFIX):
            return None
        return SUB_EVENT_TO_TYPE[label]

    def compatible(self, label: str, draft: Draft) -> bool:
        return self.labels_fit(label, draft.labels())

    def labels_fit(self, label: str, labels: list[str]) -> bool:
        """May an event word of this label tell the same event as words of those labels?"""
        families = self.rules.get("families") or {}
        for other in labels:
            if label in families.get(other, []) or other in families.get(label, []):
                return True
            a, b = self.family(label), self.family(other)
            if a and b and (a == b or other in families.get(a, [])
                            or label in families.get(b, [])):
                return True
            if a is None and b is None:
                return True
            if a and not b and other in families.get(a, []):
                return True
            if b and not a and label in families.get(b, []):
                return True
        return False

    # --- clustering ----------------------------------------------------------------------
    def _ranges(self, mentions: list[Mention]) -> list[DateRange]:
        if self.pub is None:
            return []
        return [resolve(t, self.pub) for m in mentions for t in m.times]

    def time_clash(self, m: Mention, d: Draft) -> bool:
        """Both told with their own time and no two of those times overlap: "vanmorgen"
        and "anderhalve week geleden" are two events, whatever else they share."""
        mine, theirs = self._ranges([m]), self._ranges(d.mentions)
        if not mine or not theirs:
            return False
        return not any(a.start <= b.end and b.start <= a.end for a in mine for b in theirs)

    def cluster(self, mentions: list[Mention]) -> list[Draft]:
        # "Al-Shabaab claimed responsibility for a car bomb that killed eight people": a claim
        # that tells the attack's toll tells the attack itself, which happened
        # (the claim names the attack by its noun, and the toll follows it; "a spokesman
        # claimed the insurgents had killed 25 soldiers" claims a toll, not an attack)
        self.told_by_claim = {
            m.sentence.index for m in mentions
            if m.responsibility and m.modality == "claimed" and _names_attack(m)
            and any(c.low and c.start >= m.hit.end for c in m.sentence.casualties)}
        for m in mentions:
            if m.sentence.index in self.told_by_claim and m.modality == "claimed":
                m.modality = "reported"
        drafts: list[Draft] = []
        previous: tuple[Mention, Draft] | None = None
        deferred = self._clause_partners(mentions)
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
            joined = self._same_clause_event(m, previous)
            if m.fresh:
                drafts.append(self._new(m))  # "Separately, a roadside bomb ...": a new event
                previous = (m, drafts[-1])
            elif joined is not None:
                joined.add(m)
                previous = (m, joined)
            else:
                self._place_mention(m, drafts, pool, real)
                previous = self._where(m, drafts)
            for x in partner_of:
                if previous is not None:
                    previous[1].add(x)
                else:  # its partner made no event: the toll is placed on its own
                    self._place_mention(x, drafts, pool, real)
        self._attach_modifiers(drafts, [m for m in mentions if m.label in self.modifiers])
        return drafts

    def _clause_partners(self, mentions: list[Mention]) -> dict[int, Mention]:
        """"16 people were killed in the Taliban attack on Kunduz": a toll with no place of
        its own counts the dead of the event its clause goes on to place, not of the one
        told in the sentence before. Maps each such mention to the later mention of its
        sentence that names a place; it joins that mention's event."""
        partners: dict[int, Mention] = {}  # by id(): mentions are unhashable dataclasses
        for i, m in enumerate(mentions):
            if m.label in self.modifiers or m.specific_place() is not None or (
                    m.responsibility or m.summary or not m.casualties):
                continue
            partner = next((x for x in mentions[i + 1:] if x.sentence.index == m.sentence.index
                            and x.label not in self.modifiers and not x.summary
                            and x.modality == m.modality and _has_trusted_place(x)
                            and self.labels_fit(m.label, [x.label])), None)
            if partner is not None:
                partners[id(m)] = partner
        return partners

    def _where(self, m: Mention, drafts: list[Draft]) -> tuple[Mention, Draft] | None:
        for d in drafts:
            if m in d.mentions:
                return (m, d)
        return None

    def _same_clause_event(self, m: Mention, previous) -> Draft | None:
        """Words of one sentence that fit together tell one event ("opende het vuur op
        moskeeën in Christchurch en doodde vijftig mensen")."""
        if previous is None:
            return None
        prev_m, d = previous
        if prev_m.sentence.index != m.sentence.index or (m.modality in REAL) != (
                d.modality in REAL) or not self.compatible(m.label, d) or self.time_clash(m, d):
            return None
        place, there = m.specific_place(), d.place()
        if place is not None and there is not None and _place_key(place) != _place_key(
                there) and place.trusted:
            return None
        return d

    def _place_mention(self, m: Mention, drafts: list[Draft], pool: list[Draft],
                       real: bool) -> None:
        """Find the event this mention tells of, or start one."""
        if m.responsibility:
            # the attack someone claims is the one told last, wherever the claim names it;
            # with none told, the claim stays a claim
            tells = m.sentence.index in self.told_by_claim
            # the armed group that claims an attack is coded as its doer, as ACLED does; its
            # claim is of the attack, not of the toll the reporter tells
            for a in [a for a in m.sources if a.inter in CLAIMANT_INTERS and _names_attack(m)]:
                m.sources.remove(a)
                a.role = "claimant"
                m.agents.append(a)
            target = self._recent(drafts, m, reach=REFERENCE_REACH, compatible_only=False)
            if target is not None:
                if tells and all(x.sentence.index == m.sentence.index for x in target.mentions):
                    target.modality = "reported"
                target.add(m)
            else:
                drafts.append(self._new(m))
            return
        if not real and (m.definite or m.summary):
            target = self._recent(drafts, m, reach=REFERENCE_REACH, compatible_only=False)
            if target is not None and not m.specific_place():
                target.add(m)
                return
        place = m.specific_place()
        if place is not None and not place.trusted:
            # an unvouched name ("in Labour") may join an event but never splits one
            same = [d for d in pool if (p := d.place()) and _place_key(p) == _place_key(place)
                    and not self.time_clash(m, d)]
            if same:
                same[-1].add(m)
                return
            place = None
        if place is not None:
            same = [d for d in pool if (p := d.place()) and _place_key(p) == _place_key(place)
                    and self.compatible(m.label, d) and not self.time_clash(m, d)]
            if same:
                same[-1].add(m)
                return
            recent = self._recent(pool, m, reach=1, compatible_only=True)
            if recent is not None and not m.summary and (
                    recent.place() is None or m.weight < STRONG):
                recent.add(m)  # a vaguer report, or a generic word ("the blast") there
                return
            if m.summary and (drafts or not m.casualties):
                # "de gevechten" sums up events told before; told first, with a place and a
                # toll of its own ("Bij de gevechten in Tripoli kwamen elf mensen om"), it is one
                return
            if m.weight < STRONG and SUB_EVENT_TO_TYPE.get(m.label) == STRATEGIC and (
                    not self._has_armed_actor(m)):
                return  # "a deal announced in Newark", "damaged in Sweden": a place is no side
            if m.weight <= GENERIC and not (m.agents or self._has_armed_actor(m)):
                return  # "died in Buffalo", "deaths in Luanda": a generic word needs a doer
            drafts.append(self._new(m))
            return
        if m.definite or m.summary or m.weight < STRONG:
            target = self._recent(pool, m, reach=REFERENCE_REACH, compatible_only=True)
            if target is None and (m.definite or m.summary):
                target = self._recent(pool, m, reach=1, compatible_only=False)
            if target is not None:
                target.add(m)
                return
            if m.summary or (m.weight < STRONG and not self._has_armed_actor(m)):
                return
            drafts.append(self._new(m))
            return
        target = self._recent(pool, m, reach=1, compatible_only=True)
        if target is not None:
            target.add(m)
        else:
            drafts.append(self._new(m))

    def _attach_modifiers(self, drafts: list[Draft], modifiers: list[Mention]) -> None:
        """"tear gas", "threw stones": refine the event of their sentence (or the one
        before); with none there, the modifier is itself an event of its sub-type."""
        alone = self.rules.get("modifier_alone") or {}
        for m in modifiers:
            same = [d for d in drafts if (d.modality in REAL) == (m.modality in REAL)
                    and any(x.sentence.index == m.sentence.index for x in d.mentions)
                    and self.compatible(m.label, d)]
            target = same[0] if same else self._adjacent(
                [d for d in drafts if (d.modality in REAL) == (m.modality in REAL)], m)
            if target is not None:
                target.add(m)
            elif m.label in alone:
                drafts.append(self._new(m))

    def _adjacent(self, drafts: list[Draft], m: Mention) -> Draft | None:
        """The compatible event told nearest a modifier in the sentence before or after it
        ("Police fired tear gas at the crowd. The protesters had blocked roads.")."""
        best: tuple[int, Draft] | None = None
        for d in drafts:
            if not self.compatible(m.label, d) or self.time_clash(m, d):
                continue
            for x in d.mentions:
                if abs(x.sentence.index - m.sentence.index) == 1:
                    gap = abs(x.start - m.start)
                    if best is None or gap < best[0]:
                        best = (gap, d)
        return best[1] if best else None

    def grounded(self, d: Draft) -> bool:
        """Does the text anchor this event (a place, a time, a toll)? In a short report the
        lead event is the news itself; in a longer article an unanchored mention ("protest
        works", "after attacks like these") is background, not an event."""
        if len(self.scan.sentences) <= SHORT_REPORT:
            return True
        return any(
            m.times or m.casualties or any(p.trusted for p in m.places)
            for m in d.mentions
        ) or bool(d.extra_casualties)

    def _new(self, m: Mention) -> Draft:
        d = Draft(modality=m.modality)
        d.add(m)
        return d

    def _recent(self, drafts: list[Draft], m: Mention, *, reach: int,
                compatible_only: bool) -> Draft | None:
        near = [d for d in drafts if 0 <= m.sentence.index - d.last_sentence <= reach
                and not self.time_clash(m, d)]
        if compatible_only:
            near = [d for d in near if self.compatible(m.label, d)]
        return max(near, key=lambda d: d.last_pos, default=None)

    def _has_armed_actor(self, m: Mention) -> bool:
        """An armed side in the mention's share, or in its sentence when the mention counts
        dead ("police fired live bullets at the crowd, killing two")."""
        actors = m.agents + m.targets + m.others
        if m.casualties:
            actors = actors + [a for a in m.sentence.actors
                               if a.role not in ("source", "accused")]
        return any(a.inter in (1, 2, 3, 4, 8) for a in actors)

    def continue_drafts(self, drafts: list[Draft]) -> None:
        """Sentences right after an event, without an event word, may still tell of it:
        "Daar waren de strijders verjaagd", "kregen de troepen steun van de NAVO"."""
        by_sentence = {s.index: s for s in self.scan.sentences}
        for d in drafts:
            if d.modality not in REAL:
                continue
            # after each sentence of the event, not only its last: "Daarbij kwamen tien
            # militairen om" stays the attack's toll when a claim about it follows
            told = sorted({m.sentence.index for m in d.mentions})
            for s in self._continuations(told, by_sentence):
                # Generic fighters ("de strijders") there refer back to a named side.
                d.extra_actors.extend(
                    a for a in s.actors
                    if a.role not in ("source", "accused")
                    and not (a.kind == "generic" and a.inter in (2, 3))
                )
                d.extra_casualties.extend(s.casualties)
                self._link_support(s)

    @staticmethod
    def _continuations(told: list[int], by_sentence: dict[int, Sentence]) -> list[Sentence]:
        """The trigger-less sentences right after the told ones that still speak of them."""
        out: dict[int, Sentence] = {}
        for idx in told:
            for step in range(1, CONTINUATION_REACH + 1):
                s = by_sentence.get(idx + step)
                if s is None or s.triggers or s.index in told:
                    break
                if not (s.has_locative_anaphor or s.support_cues or s.casualties):
                    break
                out[s.index] = s
        return [out[i] for i in sorted(out)]

    def _link_support(self, s: Sentence) -> None:
        text = self.scan.text
        for cs, ce, _cue in s.support_cues:
            helper = next((a for a in s.actors if a.start >= ce
                           and tokens_between(text, ce, a.start) <= 2), None)
            helped = next((a for a in reversed(s.actors) if a.end <= cs), None)
            if helper is not None:
                helper.support_of = helped or ActorSpan(cs, cs, "")

    # --- building ------------------------------------------------------------------------
    def build(self, d: Draft) -> Event | None:
        for m in d.mentions:
            self._link_support(m.sentence)
        country, own = self.event_country(d)
        sides = self.actors(d, country, own)
        sub = self.sub_event_type(d, sides)
        if sub is None:
            return None
        etype = SUB_EVENT_TO_TYPE[sub]
        sides = self.orient(sub, sides)
        a1, assoc1, a2, assoc2 = sides
        a1, a2 = (self._crowd_as(etype, a, country if own else None) for a in (a1, a2))
        if sub in (self.rules.get("one_sided") or []) and a2 is not None and (
                a2.inter not in (5, 6)):
            a2, assoc2 = None, []
        a1, a2 = self._implied(sub, d, a1, a2, country if own else None)
        if not self._in_arrest_scope(sub, [a1, a2, *assoc1, *assoc2], d):
            return None
        article = self.article
        evidence: list[Evidence] = []

        def ev(field_name: str, span: Span) -> None:
            if span.end > span.start:
                evidence.append(Evidence(field=field_name, article_id=article.id,
                                         start=span.start, end=span.end,
                                         text=self.scan.text[span.start:span.end]))

        anchor = next((m for m in d.mentions if m.label not in self.modifiers), d.mentions[0])
        for m in d.mentions[:6]:
            ev("event_type", m.hit)
        for name, actor in (("actor1", a1), ("actor2", a2)):
            if actor is not None:
                ev(name, actor)
        for name, group in (("assoc_actor_1", assoc1), ("assoc_actor_2", assoc2)):
            for actor in group:
                ev(name, actor)
        inter1 = a1.inter if a1 else None
        inter2 = a2.inter if a2 else None
        deaths, claims, injured = self.casualties(d, a1, a2)
        fatalities = _conservative([c for c in deaths])
        for c in deaths:
            ev("fatalities", c)
        for c, _claimant in claims:
            ev("fatalities_claimed", c)
        injured_n = _conservative(injured)
        for c in injured:
            ev("injured", c)
        dates, time_span = self.dates(d)
        if time_span is not None:
            ev("date", time_span)
        places = self.place_candidates(d)
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
            language=self.pack.lang,
            modality=modality,  # type: ignore[arg-type]
            confidence=self.confidence(d, a1, places),
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
        event.notes = summary_note(event, self.pack, places[0].text if places else None)
        return event

    def _in_arrest_scope(self, sub: str, sides: list[ActorSpan | None], d: Draft) -> bool:
        """An arrest is an event only of the people the codebook names (rules.yaml
        ``political_arrests``): a side other than the arresting force is one of them, or the
        arrests are many (``mass``: as many people or more in the sentence that tells it)."""
        rule = self.rules.get("political_arrests") or {}
        if sub not in (rule.get("sub_event_types") or []):
            return True
        inters, keys = set(rule.get("inters") or []), set(rule.get("actors") or [])
        if any(a is not None and (a.inter in inters or a.key in keys) for a in sides):
            return True
        mass = rule.get("mass")
        if not mass:
            return False
        text = self.scan.text
        people = self.pack.casualties.get("victims") or []
        for m in d.mentions:
            if m.label != sub:
                continue
            s = m.sentence
            for n in find_numbers(text, self.pack, s.start, s.end):
                if n.low is None or n.low < mass:
                    continue
                # a count of people ("4,000 people", "honderden demonstranten"), not a time,
                # an age or a date
                spaces = _SPACES.match(text, n.end)  # always matches (maybe empty)
                after = spaces.end() if spaces else n.end
                if any(c.regex.match(text, after) for c in people):
                    return True
        return False

    def event_country(self, d: Draft) -> tuple[str | None, bool]:
        """The event's country, and whether its own words say it (else the story's thread
        or the article's main country: a guess the geocoder may overrule)."""
        for m in d.mentions:
            for p in m.places:
                if p.is_country:
                    return self._country_of(p.text), True
        votes: Counter[str | None] = Counter()
        placed: set[str | None] = set()
        for m in d.mentions:
            for a in m.agents + m.targets + m.others:
                if a.explicit_country and a.kind == "state":
                    votes[a.country] += 2
            for p in m.places:
                c = self._country_of(p.text)
                if c:
                    votes[c] += 3
                    placed.add(c)
            # "de Nieuw-Zeelandse stad Christchurch": country words in the event's sentence
            s = m.sentence
            for _start, _end, cue in find_cues(self.pack.country_cues, self.scan.text, s.start,
                                               s.end):
                votes[cue.value[0]] += 1
        if votes:
            # a place of that country says where; an adjective ("Russian warplanes") may name
            # a foreign force, so local actors wait for the geocoder's country then
            top = votes.most_common(1)[0][0]
            return top, top in placed
        # The story's thread: the country told last before the event ("De Syrische Koerden
        # ... De Koerdische troepen in Baghouz") beats the one the whole article names most
        # (a Dutch jihadist's story told from the Netherlands).
        first = min(m.start for m in d.mentions)
        before = find_cues(self.pack.country_cues, self.scan.text, max(0, first - COUNTRY_REACH),
                           first)
        if before:
            return before[-1][2].value[0], False
        if self.scan.country_votes:
            return self.scan.country_votes.most_common(1)[0][0], False
        return None, False

    def _country_of(self, name: str) -> str | None:
        for cue in self.pack.country_cues:
            if cue.regex.fullmatch(name):
                return cue.value[0]
        return None

    def actors(self, d: Draft, country: str | None, own: bool = True):
        """(actor1, assoc1, actor2, assoc2) from the mentions' roles and continuations."""
        agents: list[ActorSpan] = []
        targets: list[ActorSpan] = []
        others: list[ActorSpan] = []
        for m in d.mentions:
            agents += m.agents or self._weapon_owner(m)
            targets += m.targets
            others += m.others
        agents, targets, others = (self._resolve_anaphors(group, d)
                                   for group in (agents, targets, others))
        sources = [a for m in d.mentions for a in m.sentence.actors if a.role == "source"]
        for a in agents + targets + others + d.extra_actors + sources:
            # a guessed country is not given to actors that take the event's: they wait for
            # the geocoder's country (see localise_actors)
            local = self.pack.actor(a.key).local and not a.country
            a.name_display = self._display(a, country if own or not local else None)
        supporters = [a for a in agents + targets + others + d.extra_actors if a.support_of]
        def key(a: ActorSpan) -> str:
            return a.name_display

        a1 = next((a for a in agents if not a.support_of and a.role != "enemy"), None)
        rest = [a for a in targets + others + agents + d.extra_actors
                if not a.support_of and a.role != "enemy" and (a1 is None or key(a) != key(a1))]
        a2 = next((a for a in rest if a in targets), None) or next(iter(rest), None)
        # with no doer named, a side that is not the dead may stand first; the dead never do
        # ("an air strike killed two Hamas militants": Hamas is the target)
        if a1 is None and rest:
            a1 = next((a for a in rest if a.inter != 7 and a.role != "victim"), None)
            rest = [a for a in rest if a1 is None or key(a) != key(a1)]
            a2 = next((a for a in rest if a in targets), None) or next(iter(rest), None)
        if a1 is None and a2 is not None and a2.inter != 7 and a2.role != "victim":
            a1, a2 = a2, None
        assoc1: list[ActorSpan] = []
        assoc2: list[ActorSpan] = []
        for s in supporters:
            helped = s.support_of
            if a1 is not None and helped is not None and helped.text and key(helped) == key(a1):
                assoc1.append(s)
            elif a2 is None and helped is not None and helped.text and (
                    a1 is None or key(helped) != key(a1)):
                a2 = helped
                assoc2.append(s)
            else:
                assoc2.append(s)
        return a1, assoc1, a2, assoc2

    def _weapon_owner(self, m: Mention) -> list[ActorSpan]:
        """"An Israeli air strike", "een Russisch bombardement": the country adjective on the
        weapon names whose forces used it (rules: weapon_owner)."""
        key = (self.rules.get("weapon_owner") or {}).get(m.label)
        if key is None:
            return []
        text = self.scan.text
        adjectives = [c for c in self.pack.country_cues if c.value[1] == "adjective"]
        found = find_cues(adjectives, text, max(m.sentence.start, m.start - 30), m.start)
        if not found or tokens_between(text, found[-1][1], m.start) > 1:
            return []
        start, end, cue = found[-1]
        spec = self.pack.actor(key)
        return [ActorSpan(start, end, text[start:end], key=key, name=spec.name, inter=spec.inter,
                          kind=spec.kind, country=cue.value[0], explicit_country=True)]

    def _resolve_anaphors(self, actors: list[ActorSpan], d: Draft) -> list[ActorSpan]:
        """"The insurgents" after "the Taliban" are the Taliban: a generic armed actor takes
        the named armed group of its event or, failing that, the only one the article names
        before it. With none (or several) named, it stays generic."""
        anaphoric = set(self.rules.get("anaphoric_actors") or [])
        if not any(a.key in anaphoric for a in actors):
            return actors
        mine = [a for m in d.mentions for a in m.agents + m.targets + m.others] + d.extra_actors
        out = []
        for a in actors:
            if a.key not in anaphoric or a.support_of is not None:
                out.append(a)
                continue
            named = self._named_group(mine) or self._named_group(
                [b for s in self.scan.sentences for b in s.actors if b.end <= a.start])
            out.append(a if named is None else replace(
                a, key=named.key, name=named.name, inter=named.inter, kind=named.kind,
                country=named.country, explicit_country=named.explicit_country))
        return out

    def _named_group(self, actors: list[ActorSpan]) -> ActorSpan | None:
        groups = {a.key: a for a in actors if a.kind == "group" and a.inter in (2, 3)
                  and a.role != "source"}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _display(self, a: ActorSpan, country: str | None) -> str:
        d = self.pack.actor(a.key)
        return d.display(a.country or country)

    def orient(self, sub: str, sides):
        """Protests put the crowd first and state forces who intervene second, except where
        the pack puts the force first (ACLED's "Excessive force against protesters")."""
        a1, assoc1, a2, assoc2 = sides
        etype = SUB_EVENT_TO_TYPE[sub]
        crowd = (5, 6)
        if etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is not None and (
                a1.inter not in crowd and a2 is not None and a2.inter in crowd):
            a1, assoc1, a2, assoc2 = a2, assoc2, a1, assoc1
        elif etype in ("Protests", "Riots") and sub != "Mob violence" and a1 is not None and (
                a1.inter not in crowd and a2 is None):
            a1, assoc1, a2, assoc2 = None, [], a1, assoc1
        if sub in (self.rules.get("force_first") or []) and (a1 is None or a1.inter in crowd) and (
                a2 is None or a2.inter not in crowd) and (a1 is not None or a2 is not None):
            return a2, assoc2, a1, assoc1
        return a1, assoc1, a2, assoc2

    def _crowd_as(self, etype: str, a: ActorSpan | None,
                  country: str | None) -> ActorSpan | None:
        """In a riot the demonstrators are rioters (ACLED names the crowd by what it did)."""
        key = (self.rules.get("crowd_by_type") or {}).get(etype)
        if a is None or key is None or a.inter != 6 or a.key == key:
            return a
        spec = self.pack.actor(key)
        out = replace(a, key=key, name=spec.name, inter=spec.inter, kind=spec.kind)
        out.name_display = self._display(out, country)
        return out

    def _implied(self, sub: str, d: Draft, a1: ActorSpan | None, a2: ActorSpan | None,
                 country: str | None) -> tuple[ActorSpan | None, ActorSpan | None]:
        """Fill a side ACLED always names (a protest's crowd, an attack's civilians, the
        unnamed dead or hurt of a strike) that the text left empty. The filler has an empty
        span: it is convention, not evidence."""
        implied = dict((self.rules.get("implied_actors") or {}).get(sub) or {})
        # "a bomb killed four soldiers": a lone state force may be the dead themselves, so
        # only a non-state doer (or nobody) leaves the victims unnamed
        doers = {(a.start, a.end) for m in d.mentions for a in m.agents}
        unnamed = a2 is None and (a1 is None or (
            (a1.start, a1.end) in doers and a1.inter in (2, 3, 4)))
        if unnamed and self._has_toll(d):
            implied.update((self.rules.get("implied_with_toll") or {}).get(sub) or {})
        sides = {"actor1": a1, "actor2": a2}
        for side, key in implied.items():
            if sides[side] is not None:
                continue
            other = sides["actor2" if side == "actor1" else "actor1"]
            spec = self.pack.actor(key)
            if other is not None and other.inter == spec.inter:
                continue  # the crowd already stands on the other side
            at = other.start if other is not None else 0
            filler = ActorSpan(at, at, "", key=key, name=spec.name, inter=spec.inter,
                               kind=spec.kind, country=country)
            filler.name_display = self._display(filler, country)
            sides[side] = filler
        return sides["actor1"], sides["actor2"]

    def _lost_by_actor1(self, m: Mention, a1: ActorSpan | None, d: Draft) -> bool:
        """A territory word whose own target is the event's actor1 ("security forces drove
        the insurgents out" after "the Taliban attacked"): the attacker lost the ground, so
        the word tells a repelled attack, never a gain by actor1."""
        if a1 is None or (self.rules.get("pseudo") or {}).get(m.label) != "by_actor1":
            return False
        if "state" not in ((self.rules.get("by_actor1") or {}).get(m.label) or {}):
            return False
        state = {1, 8}  # state forces and their foreign allies ("backed by NATO")
        doers = self._resolve_anaphors(m.agents, d)
        return (
            any(t.key == a1.key for t in self._resolve_anaphors(m.targets, d))
            and bool(doers)
            and not any(a.key == a1.key for a in doers)
            and all((a.inter in state) != (a1.inter in state) for a in doers)
        )

    def sub_event_type(self, d: Draft, sides) -> str | None:
        a1, _assoc1, a2, _assoc2 = sides
        scored: list[tuple[float, int, str]] = []
        repelled = {id(m) for m in d.mentions if self._lost_by_actor1(m, a1, d)}
        if len(repelled) == len(d.mentions):
            repelled = set()  # the territory word is all the event has: let it speak
        for i, m in enumerate(d.mentions):
            if id(m) in repelled:
                continue
            label = m.label
            if label in self.modifiers:
                if not any(x.label not in self.modifiers for x in d.mentions):
                    alone = (self.rules.get("modifier_alone") or {}).get(label)
                    if alone:
                        scored.append((m.weight, -i, alone))
                continue
            resolved = self._resolve(label, a1, a2, d)
            if resolved:
                scored.append((m.weight, -i, resolved))
        if not scored:
            return None
        present = {m.label for m in d.mentions if id(m) not in repelled}
        best = max(scored)[2]
        crowd = self.rules.get("crowd_actor") or {}
        doers = [a for m in d.mentions for a in m.agents]
        if a1 is not None and a1 in doers and a1.inter in (crowd.get("inters") or []) and (
                best in (crowd.get("turns") or {})):
            best = crowd["turns"][best]
        best = self._combine(best, present, a1, a2, d)
        if self._has_toll(d):
            for rule in self.rules.get("toll_combine") or []:
                if rule["base"] == best and any(m.label == rule["with"] and not m.summary
                                                for m in d.mentions):
                    best = rule["then"]  # not "after a series of explosions": other events
                    break
            best = (self.rules.get("casualty_turns") or {}).get(best, best)
        return best

    def _combine(self, best: str, present: set[str], a1: ActorSpan | None,
                 a2: ActorSpan | None, d: Draft) -> str:
        """Apply the pack's refinements until none applies: a protest with tear gas is a
        protest with intervention, and one that also leaves protesters badly hurt is
        excessive force."""
        seen = {best}
        changed = True
        while changed:
            changed = False
            for rule in self.rules.get("combine") or []:
                wanted = set(rule.get("target_inters") or [])
                if wanted and not any(m.label == rule["with"] and any(
                        t.inter in wanted for t in m.targets) for m in d.mentions):
                    continue
                floor = rule.get("min_weight")
                if floor is not None and not any(
                        m.label == rule["with"] and m.weight >= floor for m in d.mentions):
                    continue
                if rule["base"] == best and rule["with"] in present:
                    then = self._resolve(rule["then"], a1, a2, d) or best
                    if then not in seen:
                        seen.add(then)
                        best, changed = then, True
                    break
        return best

    def _has_toll(self, d: Draft) -> bool:
        """Does the text count people killed or hurt in this event?"""
        spans = [c for m in d.mentions for c in m.casualties] + d.extra_casualties
        return any(c.low for c in spans)

    def _resolve(self, label: str, a1: ActorSpan | None, a2: ActorSpan | None,
                 d: Draft) -> str | None:
        """A pseudo label ("@attack", "@territory") as the sub-type its actors make it."""
        if not label.startswith(PSEUDO_PREFIX):
            return label
        how = (self.rules.get("pseudo") or {}).get(label)
        if how == "by_target":
            return self._by_target(a1, a2, d)
        if how == "by_actor1":
            table = (self.rules.get("by_actor1") or {}).get(label, {})
            if a1 is None and "none" in table:
                return table["none"]
            # with no taker named, the side that lost it tells who took it
            inters = set(table.get("state_inters") or [1])
            state = a1.inter in inters if a1 is not None else (a2 is not None and a2.inter != 1)
            if a1 is not None and a1.inter in CROWD_INTERS and "crowd" in table:
                return table["crowd"]
            return table.get("state" if state else "other")
        return how

    def _by_target(self, a1: ActorSpan | None, a2: ActorSpan | None, d: Draft) -> str:
        spec = self.rules.get("by_target") or {}
        civilian = set(spec.get("civilian_inters") or [7])
        clash = set(spec.get("clash_inters") or [1, 2, 8])
        if a2 is not None:
            return spec["civilian"] if a2.inter in civilian else spec["armed"]
        site = self._target_site(d)
        if site is not None:
            return spec[site]
        if a1 is not None and a1.inter in clash:
            return spec["armed"]
        return spec["civilian"]

    def _target_site(self, d: Draft) -> str | None:
        """ "attacked a checkpoint" is a clash, "attacked a market" an attack on civilians."""
        text = self.scan.text
        for m in d.mentions:
            if not m.label.startswith(PSEUDO_PREFIX):
                continue
            window_end = min(m.sentence.end, m.hit.end + 80)
            hits = []
            for kind, key in (("civilian", "civilian_target"), ("armed", "military_target")):
                for start, _end, _cue in find_cues(self.pack.discourse.get(key, []), text,
                                                   m.hit.start, window_end):
                    hits.append((start, kind))
            if hits:
                return min(hits)[1]
        return None

    def casualties(self, d: Draft, a1: ActorSpan | None, a2: ActorSpan | None):
        """Fatalities the text reports, claims by a party, injuries."""
        deaths: list[CasualtySpan] = []
        injured: list[CasualtySpan] = []
        claims: list[tuple[CasualtySpan, str]] = []
        seen: set[int] = set()
        items: list[tuple[CasualtySpan, Sentence, Mention | None]] = [
            (c, m.sentence, m) for m in d.mentions if m.modality in REAL or m.definite
                 or m.summary or m.sentence.index in self.told_by_claim for c in m.casualties]
        by_index = {s.index: s for s in self.scan.sentences}
        for c in d.extra_casualties:
            sentence = next((s for s in by_index.values() if s.start <= c.start < s.end), None)
            if sentence is not None:
                items.append((c, sentence, None))
        for c, sentence, _m in items:
            if c.start in seen:
                continue
            seen.add(c.start)
            claimant = self._claimant(c, sentence, a1)
            if claimant is not None and c.kind == "killed":
                claims.append((c, claimant))
            elif c.kind == "killed":
                deaths.append(c)
            else:
                injured.append(c)
        return deaths, claims, injured

    def _armed_victims(self, c: CasualtySpan, s: Sentence, party: ActorSpan) -> bool:
        """Are the dead of this count an armed side other than the party (or its enemy)?"""
        victims = [a for a in s.actors if c.start <= a.start < c.end or (
            a.role in ("victim", "enemy") and c.end <= a.start <= c.end + VICTIM_REACH)]
        return c.enemy or any(v.inter in (1, 2, 3, 4, 8) and v.key != party.key
                              for v in victims)

    def _claimant(self, c: CasualtySpan, s: Sentence, doer: ActorSpan | None = None
                  ) -> str | None:
        """A party speaking of its enemy's losses makes a claim; neutral sources report."""
        speakers = [a for a in s.actors if a.role == "source" and a.end <= c.start
                    and a.inter in (1, 2, 3, 4, 8)]
        # the one who speaks stands right before its verb or title ("a Taliban spokesman
        # claimed the insurgents had killed ...": the Taliban, not the insurgents)
        speaking = [a for a in speakers if self._speaks(a, s)]
        party = next(reversed(speaking or speakers), None)
        if party is None and doer is not None and doer.inter in (1, 2, 3, 8) and find_cues(
                self.pack.self_reports, self.scan.text, s.start, s.end):
            # "het leger heeft naar eigen zeggen vijftig strijders gedood": the doer's own
            # count of its enemy's dead is a claim
            party = doer
            if self._armed_victims(c, s, doer):
                return party.name_display or self._display(party, party.country)
            return None
        if party is None:
            return None
        if c.enemy or s.has_claim_verb:
            return party.name_display or self._display(party, party.country)
        victims = [a for a in s.actors if c.start <= a.start < c.end or (
            a.role in ("victim", "enemy") and c.end <= a.start <= c.end + VICTIM_REACH)]
        if any(v.inter in (1, 2, 3, 4, 8) and v.key != party.key for v in victims):
            return party.name_display or self._display(party, party.country)
        return None

    def _speaks(self, a: ActorSpan, s: Sentence) -> bool:
        text, pack = self.scan.text, self.pack
        end = min(s.end, a.end + SPEAKER_REACH)
        return any(tokens_between(text, a.end, start) <= 2
                   for cues in (pack.claim_verbs, pack.attribution_verbs, pack.source_nouns)
                   for start, _, _ in find_cues(cues, text, a.end, end))

    def dates(self, d: Draft) -> tuple[DateRange | None, Span | None]:
        if self.pub is None:
            # No publication date: relative words name no day, but a date written out with
            # its year ("on December 11, 2016") still does.
            for m in d.mentions:
                for t in m.times:
                    if t.kind == "date" and t.year and t.month and t.day and not t.since:
                        try:
                            day = date(t.year, t.month, t.day)
                        except ValueError:
                            continue
                        return DateRange(day, day, 1), t
            return None, None
        best: tuple[DateRange, TimeSpan] | None = None
        rank = {"date": 0, "weekday": 1, "relative": 2}
        for m in d.mentions:
            for t in m.times:
                r = resolve(t, self.pub)
                # the most precise; among equals the most specific words ("zondagochtend"
                # over "dit weekend"), which stay evidence even when the article's own
                # precision makes both the same range
                if best is None or (r.precision, rank[t.kind]) < (
                        best[0].precision, rank[best[1].kind]):
                    best = (r, t)
        if best is None:
            return default_range(self.pub), None
        return best

    def split_by_place(self, d: Draft) -> list[Draft]:
        """"Gedemonstreerd in Oran en Constantine": ACLED codes one event per place."""
        for m in d.mentions:
            listed = [p for p in m.places if p.listed_after is not None and not p.is_country]
            if not listed:
                continue
            head = listed[0].listed_after
            group = [head, *listed] if head is not None and not head.is_country else listed
            if len(group) < 2 or not all(p.trusted for p in group):
                continue
            primary = d.place()
            if primary is not None and all(_place_key(primary) != _place_key(p) for p in group):
                group.insert(0, primary)  # the event told first, then "also in X and Y"
            return [replace(d, only_place=p) for p in group]
        return [d]

    def place_candidates(self, d: Draft) -> list[PlaceSpan]:
        if d.only_place is not None:
            countries = [p for m in d.mentions for p in m.places if p.is_country]
            return [d.only_place, *countries[:1]]
        ordered: list[PlaceSpan] = []
        seen: set[str] = set()
        specific = [p for m in d.mentions for p in m.places if not p.is_country and not p.is_site]
        countries = [p for m in d.mentions for p in m.places if p.is_country]
        sites = [p for m in d.mentions for p in m.places if p.is_site]
        cue_rank = {"city": 0, "capital": 0, None: 1, "district": 2, "near": 2, "region": 3,
                    "province": 3}
        heads = [p for p in specific if p.describes is None] or specific
        first_key = _place_key(heads[0]) if heads else None
        # names the text or gazetteer vouches for first: "wint in Labour ... in Londen"
        # and a name in apposition ("the capital of Y province") after the place it describes
        specific.sort(key=lambda p: (p.describes is not None, not p.trusted,
                                     _place_key(p) != first_key, cue_rank.get(p.cue, 2)))
        for p in specific + countries + sites:
            k = _place_key(p)
            if k not in seen:
                seen.add(k)
                ordered.append(p)
        return ordered

    def confidence(self, d: Draft, a1: ActorSpan | None, places: list[PlaceSpan]) -> float:
        top = max((m.weight for m in d.mentions), default=1.0)
        score = 0.2 + 0.1 * min(top, 5.0) + 0.05 * min(len(d.mentions) - 1, 3)
        score += 0.1 if a1 is not None and a1.end > a1.start else 0.0  # named, not implied
        score += 0.05 if places else 0.0
        score -= max((m.hedge for m in d.mentions), default=0.0)
        if d.modality not in REAL:
            score -= 0.2
        return round(min(0.95, max(0.05, score)), 2)


def _conservative(spans: list[CasualtySpan]) -> int | None:
    """The lowest credible count; an explicit zero only when no count is given."""
    positive = [c.low for c in spans if c.low]
    if positive:
        return min(positive)
    if any(c.low == 0 for c in spans):
        return 0
    return None
