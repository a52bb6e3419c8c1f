"""One pass over an article: every trigger, actor, place, time, number and cue with offsets.

The scan is language independent: it runs the compiled pack patterns over the text and, when
the spaCy doc carries them, adds what the model knows (sentence boundaries, lemmas, entities).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.dates import find_times
from eventcoder.extract.gazetteer import known_place, landmark_town, trusted_place
from eventcoder.extract.numbers import find_numbers
from eventcoder.extract.spans import (
    ActorSpan,
    CasualtySpan,
    NumberSpan,
    PlaceSpan,
    Span,
    TimeSpan,
    candidate_cues,
    doc_of,
    ends_with_cue,
    find_cues,
    non_overlapping,
    tokens_between,
)
from eventcoder.langpacks import Cue, LanguagePack, Trigger, compile_pattern

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc

PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels (CoNLL and OntoNotes schemes) that name no place: "in Labour", "op Corbyn".
NON_PLACE_ENT_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP"})
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"


@dataclass
class TriggerHit(Span):
    label: str = ""
    weight: float = 1.0
    trigger: Trigger | None = None


@dataclass
class Sentence:
    start: int
    end: int
    index: int
    triggers: list[TriggerHit] = field(default_factory=list)
    actors: list[ActorSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    casualties: list[CasualtySpan] = field(default_factory=list)
    modality_cues: list[tuple[int, int, Cue]] = field(default_factory=list)
    hedges: list[tuple[int, int, Cue]] = field(default_factory=list)
    support_cues: list[tuple[int, int, Cue]] = field(default_factory=list)
    has_claim_verb: bool = False
    has_locative_anaphor: bool = False
    unknown_casualties: bool = False


@dataclass
class Scan:
    text: str
    sentences: list[Sentence]
    country_votes: Counter[str]


def sentence_bounds(text: str, doc: Doc | None, lang: str) -> list[tuple[int, int]]:
    """Sentence offsets from the doc when it has boundaries, else from a blank sentencizer."""
    if doc is not None and doc_of(doc, text) and (
        doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    ):
        return [(s.start_char, s.end_char) for s in doc.sents]
    nlp = _blank(lang)
    return [(s.start_char, s.end_char) for s in nlp(text).sents]


@cache
def _blank(lang: str):  # -> spacy.Language
    import spacy

    try:
        nlp = spacy.blank(lang)
    except Exception:  # spaCy has no tokenizer for this code: the multilingual one will do
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _split_lines(bounds: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Blank lines always end a sentence (headings, captions, link lines)."""
    out = []
    for start, end in bounds:
        pos = start
        for m in re.finditer(r"\n\s*\n", text[start:end]):
            cut = start + m.start()
            if text[pos:cut].strip():
                out.append((pos, cut))
            pos = start + m.end()
        if text[pos:end].strip():
            out.append((pos, end))
    return out


@cache
def _name_regex(pack: LanguagePack) -> re.Pattern[str]:
    spec = _places_spec(pack)
    prefixes = "|".join(re.escape(p) for p in spec.get("name_prefixes") or [])
    joiners = "|".join(re.escape(j) for j in spec.get("name_joiners") or [])
    word = rf"(?:(?:{prefixes}))?[{_UPPER}][\w’'\-]*" if prefixes else rf"[{_UPPER}][\w’'\-]*"
    join = rf"(?:(?:{joiners})[\s\-]+)?" if joiners else ""
    return re.compile(rf"(?<![\w\-]){word}(?:[ \-]{join}{word}){{0,3}}")


def _places_spec(pack: LanguagePack) -> dict:
    return pack.place_names


def _filler(pack: LanguagePack) -> str:
    return "|".join(re.escape(c.pattern) for c in pack.discourse.get("articles", []))


@cache
def _place_modifiers(pack: LanguagePack) -> str:
    """Words that may stand between a place cue and the name: the pack's ``modifiers``
    ("noordelijke", "northern") and its country adjectives ("Syrische", "Afghan")."""
    patterns = [str(p) for p in _places_spec(pack).get("modifiers") or []]
    bodies = [compile_pattern(p.lstrip("=")).pattern for p in patterns]
    bodies += [c.regex.pattern for c in pack.country_cues if c.value[1] == "adjective"]
    return "|".join(sorted(bodies, key=len, reverse=True))


def scan_article(text: str, pack: LanguagePack, doc: Doc | None = None) -> Scan:
    """Find everything the engine needs, sentence by sentence."""
    bounds = _split_lines(sentence_bounds(text, doc, pack.lang), text)
    sentences = [Sentence(s, e, i) for i, (s, e) in enumerate(bounds)]
    triggers = _find_triggers(text, pack, doc)
    actors = _find_actors(text, pack)
    places = _find_places(text, pack, doc, actors)
    times = find_times(text, pack)
    numbers = find_numbers(text, pack)
    votes: Counter[str] = Counter()
    for _start, _end, cue in find_cues(pack.country_cues, text):
        votes[cue.value[0]] += 1

    by_sentence = _by_sentence(sentences)
    triggers_in, actors_in = by_sentence(triggers), by_sentence(actors)
    places_in, times_in, numbers_in = by_sentence(places), by_sentence(times), by_sentence(numbers)
    for s in sentences:
        s.triggers = triggers_in[s.index]
        s.actors = actors_in[s.index]
        s.places = places_in[s.index]
        s.times = times_in[s.index]
        # "on March 21", "a March 2018 attack": a month name in a date is no protest march
        s.triggers = [t for t in s.triggers if not _inside_any(t, s.times)]
        s.modality_cues = find_cues(pack.modality, text, s.start, s.end)
        s.hedges = find_cues(pack.hedges, text, s.start, s.end)
        s.support_cues = find_cues(pack.discourse.get("support", []), text, s.start, s.end)
        s.has_claim_verb = bool(find_cues(pack.claim_verbs, text, s.start, s.end))
        s.has_locative_anaphor = bool(
            find_cues(pack.discourse.get("locative_anaphor", []), text, s.start, s.end)
        )
        s.unknown_casualties = bool(  # "not known how many", or deaths no violence caused
            find_cues(pack.casualties.get("unknown", []), text, s.start, s.end)
            or find_cues(pack.casualties.get("no_toll", []), text, s.start, s.end)
        )
        _drop_blocked(s, text, pack)
        _add_country_forces(s, text, pack)
        _mark_sources(s, text, pack)
        _mark_accused(s, text, pack)
        s.casualties = _find_casualties(s, text, pack, numbers_in[s.index])
        # a time read inside a count is no time; one between the death word and its count
        # is ("doodde zaterdag in Mogadishu acht mensen")
        s.times = [t for t in s.times if not any(
            c.number[0] < t.end and t.start < c.number[1] for c in s.casualties)]
    return Scan(text=text, sentences=sentences, country_votes=votes)


def _by_sentence(sentences: list[Sentence]):  # -> Callable[[list[S]], list[list[S]]]
    """Sort spans into the sentences their start lies in, each in its list's order: one
    binary search per span instead of a pass over all spans per sentence (which made long
    articles cost the square of their length)."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]

    def split(spans: list) -> list[list]:
        out: list[list] = [[] for _ in sentences]
        for span in spans:
            i = bisect_right(starts, span.start) - 1
            if i >= 0 and span.start < ends[i]:
                out[i].append(span)
        return out

    return split


def _inside_any(span: Span, spans: list) -> bool:
    return any(o.start <= span.start and span.end <= o.end for o in spans)


def _find_triggers(text: str, pack: LanguagePack, doc: Doc | None) -> list[TriggerHit]:
    found = []
    for trig in candidate_cues(pack.triggers, text):
        for m in trig.regex.finditer(text):
            found.append((m.start(), m.end(), trig))
    # Among overlapping hits keep the longest; equal lengths go to the heavier trigger.
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2].weight, f[0]))
    kept: list = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    hits = [TriggerHit(s, e, text[s:e], label=t.label, weight=t.weight, trigger=t)
            for s, e, t in kept]
    if doc is not None and pack.lemma_triggers and doc.has_annotation("LEMMA"):
        for tok in doc:
            rule = pack.lemma_triggers.get(tok.lemma_.lower())
            if not rule:
                continue
            s, e = tok.idx, tok.idx + len(tok.text)
            if all(e <= h.start or s >= h.end for h in hits):
                hits.append(TriggerHit(s, e, tok.text, label=rule[0], weight=rule[1]))
    hits.sort(key=lambda h: h.start)
    return hits


def _drop_blocked(s: Sentence, text: str, pack: LanguagePack) -> None:
    if not s.triggers:
        return
    blocked: set[str] = set()
    spans = []
    # Each blocker on its own: the same words may block several labels ("in response to"
    # blocks both an "@attack" and a "Chemical weapon" reading).
    for cue in candidate_cues(pack.trigger_blockers, text, s.start, s.end):
        for m in cue.regex.finditer(text, s.start, s.end):
            if m.end() > m.start():
                blocked.add(cue.value)
                spans.append((m.start(), m.end()))
    # A blocker that covers the trigger itself ("hartaanval") removes only that hit.
    s.triggers = [
        t for t in s.triggers
        if t.label not in blocked and "*" not in blocked
        and not any(bs <= t.start and t.end <= be for bs, be in spans)
    ]


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
    """The words between a force noun and its group: "van (de)", "of (the)", "loyal to"."""
    links = "|".join(c.pattern for c in pack.discourse.get("owner_links", [])) or "(?!)"
    articles = "|".join(c.pattern for c in pack.discourse.get("articles", [])) or "(?!)"
    return re.compile(rf"\s+(?:{links})(?:\s+(?:{articles}))?\s+", re.IGNORECASE)


def _find_actors(text: str, pack: LanguagePack) -> list[ActorSpan]:
    found = []
    for alias in candidate_cues(pack.actor_aliases, text):
        for m in alias.regex.finditer(text):
            found.append((m.start(), m.end(), alias))
    kept = non_overlapping(found)
    suffixes = "|".join(re.escape(c.pattern) for c in pack.discourse.get("not_actor_suffix", []))
    if suffixes:
        # "the rebel-held town", "government-controlled areas": a modifier, not a party
        tail = re.compile(rf"[\-‐](?:{suffixes})(?![\w])", re.IGNORECASE)
        kept = [k for k in kept if not tail.match(text, k[1])]
    owner_link = _owner_link(pack)
    merged: list = []
    for item in kept:
        prev = merged[-1] if merged else None
        if prev is not None:
            kind, prev_kind = pack.actor(item[2].key).kind, pack.actor(prev[2].key).kind
            adjacent = tokens_between(text, prev[1], item[0]) == 0
            if adjacent and ((kind == "generic" and prev_kind != "generic")
                             or (kind == "state" and prev_kind == "group")):
                # "Houthi rebels", "Haftar's forces": one named actor
                merged[-1] = (prev[0], item[1], prev[2])
                continue
            if kind == "group" and prev_kind in ("state", "generic") and owner_link.fullmatch(
                    text[prev[1]:item[0]]):
                # "het leger van Haftar", "forces of the GNA": the named group's forces
                merged[-1] = (prev[0], item[1], item[2])
                continue
        merged.append(item)
    actors = []
    enemy = pack.casualties.get("enemy", [])
    for start, end, alias in merged:
        d = pack.actor(alias.key)
        country = _country_near(text, pack, start, end)
        role = "unmarked"
        if enemy and find_cues(enemy, text, max(0, start - 25), start):
            role = "enemy"
        actors.append(
            ActorSpan(start, end, text[start:end], key=d.key, name=d.name, inter=d.inter,
                      kind=d.kind, country=country, explicit_country=country is not None,
                      role=role)
        )
    return actors


def _find_places(
    text: str, pack: LanguagePack, doc: Doc | None, actors: list[ActorSpan]
) -> list[PlaceSpan]:
    spec = _places_spec(pack)
    stop = pack.place_stopwords
    filler = _filler(pack)
    modifiers = _place_modifiers(pack)
    country_names = {c.pattern.lower().replace("_", " ").lstrip("="): c.value[0]
                     for c in pack.country_cues if c.value[1] == "country"}
    adjectives = [c for c in pack.country_cues if c.value[1] == "adjective"]
    pack_places = {c.pattern.lower().replace("_", " ").lstrip("=") for c in pack.country_cues
                   if c.value[1] == "place"}
    out: list[PlaceSpan] = []
    candidates = [(m.start(), m.end()) for m in _name_regex(pack).finditer(text)]
    not_places: list[tuple[int, int]] = []
    if doc is not None and getattr(doc, "ents", None):
        candidates += [(e.start_char, e.end_char) for e in doc.ents
                       if e.label_ in PLACE_ENT_LABELS]
        not_places = [(e.start_char, e.end_char) for e in doc.ents
                      if e.label_ in NON_PLACE_ENT_LABELS]
    postcues = {k.lower(): v for k, v in (spec.get("postcues") or {}).items()}
    coordination = {str(c).lower() for c in spec.get("coordination") or []}
    landmarks = {str(k).lower(): str(v) for k, v in (spec.get("landmarks") or {}).items()}
    possessives = [str(p) for p in spec.get("possessives") or []]
    for start, end in sorted(set(candidates)):
        name = text[start:end]
        for mark in possessives:
            cut = name.rfind(mark + " ")
            if cut <= 0:
                continue
            head = text[start + cut + len(mark) + 1:end]
            after = re.match(r"[\s\-]+(\w+)", text[end:end + 20])
            if known_place(head) or (after is not None and after.group(1).lower() in postcues):
                start += cut + len(mark) + 1  # "Yemen's Hodeidah": the place is Hodeidah
            else:
                end = start + cut  # "Nairobi's Kibera slum": a part the gazetteer lacks
            name = text[start:end]
        words = name.split()
        while words and words[-1].strip(".,").lower() in stop:
            words = words[:-1]
        while words and words[0].lower() in stop:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        end = start + len(name)
        if name.lower() in stop or any(a.start <= start < a.end for a in actors):
            continue
        if any(c.regex.fullmatch(name) for c in adjectives):
            continue  # "Britse", "Afghan": an adjective, not a place
        if len(words) > 1 and not known_place(name) and name.lower() not in country_names and any(
                c.regex.fullmatch(words[0]) for c in adjectives):
            # "het Syrische Raqqa": the adjective says the country, the name the place
            start += len(words[0]) + 1
            words = words[1:]
            name = " ".join(words)
        line_start = text.rfind("\n", 0, start) + 1
        cue = ends_with_cue(pack.place_cues, text, start, floor=line_start, filler=filler,
                            modifiers=modifiers)
        previous = out[-1] if out else None
        if cue is None and previous is not None and text[previous.end:start].strip().lower() in (
                coordination):
            # "in Oran en Constantine": a listed name shares the cue of the first
            town = landmarks.get(name.lower()) or landmark_town(name)
            out.append(PlaceSpan(start, end, name, cue="city" if town else previous.cue,
                                 is_country=name.lower() in country_names,
                                 listed_after=previous, town=town,
                                 vouched=name.lower() in pack_places))
            continue
        post = re.match(r"[\s\-]+(\w+)", text[end:end + 20])
        post_cue = postcues.get(post.group(1).lower()) if post else None
        if cue is None and post_cue is None:
            continue
        cue_start = start - 60
        if cue is not None:
            window = text[max(line_start, start - 60):start]
            hits = list(cue.regex.finditer(window))
            cue_start = max(line_start, start - 60) + (hits[-1].start() if hits else 0)
        if find_cues(pack.place_blockers, text, max(line_start, cue_start - 60), cue_start):
            blocked = find_cues(pack.place_blockers, text, max(line_start, cue_start - 60),
                                cue_start)
            if tokens_between(text, blocked[-1][1], cue_start) <= 4:
                continue
        is_country = name.lower() in country_names
        cue_type = "country" if is_country else (post_cue or (cue.value if cue else None))
        if cue_type in (None, "none") and any(es <= start < ee for es, ee in not_places) and (
                not trusted_place(name, cue_type)) and name.lower() not in pack_places:
            continue  # a bare "in"/"op" before a person or party ("in Labour"): no place
        town = landmarks.get(name.lower()) or landmark_town(name)
        out.append(PlaceSpan(start, end, name, cue="city" if town else cue_type,
                             is_country=is_country, town=town,
                             vouched=name.lower() in pack_places))
    _mark_appositives(out, text, pack)
    out += _national_sites(text, pack, out)
    return sorted(out, key=lambda p: p.start)


def _national_sites(text: str, pack: LanguagePack, places: list[PlaceSpan]) -> list[PlaceSpan]:
    """"Outside parliament", "bij het presidentiële paleis": a country's national institutions
    stand in its capital; the geocoder places them there when the text names no town."""
    out: list[PlaceSpan] = []
    for regex in _national_site_patterns(pack):
        for m in regex.finditer(text):
            if not any(p.start < m.end() and m.start() < p.end for p in places + out):
                out.append(PlaceSpan(m.start(), m.end(), m.group(0), cue=NATIONAL_SITE))
    return out


@cache
def _national_site_patterns(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    return tuple(compile_pattern(str(p)) for p in _places_spec(pack).get("national_sites") or [])


NATIONAL_SITE = "national_site"  # the cue of a place that is a country's institution
APPOSITIVE_REACH = 6  # words between an appositive's head ("the capital of") and its place


@cache
def _appositive_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    cues = [str(c) for c in _places_spec(pack).get("appositive") or []]
    if not cues:
        return None
    alt = "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in cues), key=len,
                          reverse=True))
    return re.compile(rf"\s*,\s*(?:{alt})\b", re.IGNORECASE)


def _mark_appositives(places: list[PlaceSpan], text: str, pack: LanguagePack) -> None:
    """"Pul-e-Khumri, the capital of Baghlan province": the second name describes the first."""
    regex = _appositive_regex(pack)
    if regex is None:
        return
    for head, p in zip(places, places[1:], strict=False):
        if head.is_country:
            continue
        hit = regex.match(text, head.end, p.start)
        if hit is not None and tokens_between(text, hit.end(), p.start) <= APPOSITIVE_REACH and (
                "." not in text[hit.end():p.start]):
            p.describes = head


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


def _add_country_forces(s: Sentence, text: str, pack: LanguagePack) -> None:
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
                                  inter=spec.inter, kind=spec.kind, country=cue.value[0],
                                  explicit_country=True))
    s.actors.sort(key=lambda a: a.start)


def _mark_accused(s: Sentence, text: str, pack: LanguagePack) -> None:
    """Actors a party blames ("Israël wees naar Hamas", "Kyiv blamed Russia") are accused, not
    established sides: ACLED keeps an attack unattributed on an accusation alone."""
    for _bs, be, _cue in find_cues(pack.discourse.get("blame", []), text, s.start, s.end):
        for a in s.actors:
            if a.start >= be and tokens_between(text, be, a.start) <= 2 and a.role == "unmarked":
                a.role = "accused"


def _mark_sources(s: Sentence, text: str, pack: LanguagePack) -> None:
    """Actors who speak ("de woordvoerder van de Talibaan", "Police said") are sources."""
    verbs = find_cues(pack.attribution_verbs, text, s.start, s.end)
    nouns = find_cues(pack.source_nouns, text, s.start, s.end)
    # "volgens", "according to": the speaker follows ("tussen het leger en de Talibaan
    # volgens lokale bronnen": the Taliban fight, the local sources speak)
    preps = {(ps, pe) for ps, pe, _ in find_cues(pack.discourse.get("source_prepositions", []),
                                                  text, s.start, s.end)}
    for a in s.actors:
        for ns, e, _cue in nouns:
            # "de woordvoerder van de Talibaan", not "a spokesman said the insurgents"
            if a.start - e >= 0 and tokens_between(text, e, a.start) <= 2 and not any(
                    e <= vs < a.start for vs, _ve, _c in verbs):
                a.role = "source"
            if ns - a.end >= 0 and tokens_between(text, a.end, ns) == 0:
                a.role = "source"  # "an army spokesman said": the army speaks
        for vs, ve, _cue in verbs:
            prep = any(ps <= vs < pe for ps, pe in preps)
            after_actor = not prep and vs - a.end >= 0 and tokens_between(text, a.end, vs) == 0
            # "..., said the army." but not "officials say Taliban fighters attacked"
            ends_clause = re.match(r"\s*(?:[.,;:!?\"”’)]|$)", text[a.end:s.end])
            before_actor = (a.start - ve >= 0 and tokens_between(text, ve, a.start) <= 1
                            and (ends_clause is not None or prep))
            if after_actor or before_actor:
                a.role = "source"


ARTICLE_COUNT_GAP = 2  # words an article ("een", "a") may stand before its death word
ARTICLE_COUNT_WEAKNESS = 5  # an article read as "one" loses to a count a few words after


def _find_casualties(
    s: Sentence, text: str, pack: LanguagePack, numbers: list[NumberSpan]
) -> list[CasualtySpan]:
    out: list[CasualtySpan] = []
    if s.unknown_casualties:
        return out
    breaks = pack.discourse.get("clause_break", [])
    conjunctions = pack.discourse.get("conjunctions", [])
    enemy = pack.casualties.get("enemy", [])
    not_counts = pack.casualties.get("not_counts", [])
    numbers = [n for n in numbers if not _followed_by_unit(n, text, not_counts)]
    zeros = [
        (zs, ze, kind)
        for kind in ("killed", "injured")
        for zs, ze, _cue in find_cues(pack.casualties.get(f"zero_{kind}", []), text, s.start,
                                      s.end)
    ]
    terms = [
        (ts, te, kind)
        for kind in ("killed", "injured")
        for ts, te, _cue in find_cues(pack.casualties.get(kind, []), text, s.start, s.end)
        if not any(zs <= ts < ze for zs, ze, _k in zeros)
    ]
    # Pair each death/injury word with its number, closest pairs first (a number before its
    # word is the usual order: "zestien mensen om het leven"; after it: "killing 6").
    pairs: list[tuple[float, int, int]] = []
    # "A suicide bomber killed 12": an article read as "one" loses to a real count.
    article_words = {c.pattern.lower() for c in pack.discourse.get("articles", [])}
    for ti, (ts, te, _kind) in enumerate(terms):
        for ni, n in enumerate(numbers):
            if n.end <= ts:
                gap = tokens_between(text, n.end, ts)
                if gap <= 6 and not find_cues(breaks, text, n.end, ts) and "," not in text[
                        n.end:ts]:
                    # ("Een autobom doodde zaterdag in Mogadishu acht mensen": acht)
                    weak = ARTICLE_COUNT_WEAKNESS if n.text.strip().lower() in article_words else 0
                    if weak and gap > ARTICLE_COUNT_GAP:
                        continue  # "liepen een stille tocht voor de doodgestoken jongen"
                    # "killing two people and injuring dozens": past a conjunction the
                    # number belongs to the word before it
                    weak += 3 if find_cues(conjunctions, text, n.end, ts) else 0
                    pairs.append((gap + weak, ti, ni))
            elif ts <= n.start and n.end <= te:
                pairs.append((0, ti, ni))  # "kwamen acht agenten om": the number inside
            elif n.start >= te:
                gap = tokens_between(text, te, n.start)
                if gap <= 3 and not find_cues(breaks, text, te, n.start):
                    pairs.append((gap + 2.5, ti, ni))
    pairs.sort()
    used_terms: set[int] = set()
    used_numbers: set[int] = set()
    for _score, ti, ni in pairs:
        if ti in used_terms or ni in used_numbers:
            continue
        used_terms.add(ti)
        used_numbers.add(ni)
        ts, te, kind = terms[ti]
        n = numbers[ni]
        start, end = min(n.start, ts), max(n.end, te)
        # the victims' noun may follow the number ("killed 30 enemy fighters")
        is_enemy = bool(enemy and find_cues(enemy, text, start, min(s.end, end + 25)))
        for a in s.actors:
            # the dead are counted inside the span ("zestien agenten om") or named right
            # after its number ("killed two Hamas militants")
            if n.start >= te:  # "doodden militanten drie burgers": the doer stands between
                counted = a.start >= n.start and (
                    a.start < end or tokens_between(text, end, a.start) <= 1)
            else:
                counted = start <= a.start < end
            if counted and a.role in ("unmarked", "enemy"):
                a.role = "enemy" if is_enemy else "victim"
        out.append(CasualtySpan(start, end, text[start:end], kind=kind, low=n.low,
                                high=n.high, enemy=is_enemy, number=(n.start, n.end)))
    for zs, ze, kind in zeros:
        out.append(CasualtySpan(zs, ze, text[zs:ze], kind=kind, low=0, high=0, number=(zs, ze)))
    # "no one was killed" tells a toll, not a (negated) killing.
    s.triggers = [t for t in s.triggers if not any(zs <= t.start < ze for zs, ze, _k in zeros)]
    out.sort(key=lambda c: c.start)
    return out


def _followed_by_unit(n: NumberSpan, text: str, units: list[Cue]) -> bool:
    """"14 uur", "120 kilometer", "30 jaar": a number that counts no people."""
    pos = n.end + (len(text[n.end:n.end + 5]) - len(text[n.end:n.end + 5].lstrip(" \u00a0")))
    return any(c.regex.match(text, pos) for c in candidate_cues(units, text, pos, pos + 1))
