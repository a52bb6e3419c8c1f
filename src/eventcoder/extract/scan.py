"""One pass over an article: every trigger, actor, place, time, number and cue with offsets.

The scan is language independent: it runs the compiled pack patterns over the text and, when
the spaCy doc carries them, adds what the model knows (sentence boundaries, lemmas, entities).
This module holds the pass, its records and its triggers; actors, places and tolls are found
by :mod:`.scan_actors`, :mod:`.scan_places` and :mod:`.scan_tolls`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, Any, cast

from eventcoder.extract.cue_matchers import cue_matches
from eventcoder.extract.dates import find_times
from eventcoder.extract.figurative import drop_figurative, metaphor_frame
from eventcoder.extract.numbers import find_numbers
from eventcoder.extract.scan_actors import (
    add_country_forces,
    find_actors,
    keep_paired_forces,
    mark_accused,
    mark_sources,
)
from eventcoder.extract.scan_blockers import drop_blocked, drop_referents
from eventcoder.extract.scan_places import find_places
from eventcoder.extract.scan_tolls import find_casualties
from eventcoder.extract.spans import (
    FORCES_ABROAD,
    ActorSpan,
    CasualtySpan,
    NumberSpan,
    PlaceSpan,
    Span,
    TimeSpan,
    backs_side,
    doc_of,
    find_cues,
    name_interiors,
    on_force_abroad,
)
from eventcoder.langpacks import Cue, LanguagePack, Trigger
from eventcoder.records import CROWD_TYPES, SUB_EVENT_TO_TYPE

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc



@dataclass
class TriggerHit(Span):
    """An event word of the pack's triggers (or a lemma trigger), with its label and weight."""

    label: str = ""
    weight: float = 1.0
    trigger: Trigger | None = None


@dataclass
class Sentence:
    """One sentence and everything the scan found in it; later stages read it by index."""

    start: int
    end: int
    index: int
    triggers: list[TriggerHit] = field(default_factory=list)
    actors: list[ActorSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    casualties: list[CasualtySpan] = field(default_factory=list)
    # modality cues and hedges: looked for in a sentence with event words only (scan_article)
    modality_cues: list[tuple[int, int, Cue]] = field(default_factory=list)
    hedges: list[tuple[int, int, Cue]] = field(default_factory=list)
    # what the coder reads of a few sentences only (those near an event word): looked for
    # when first read (:meth:`reads_cues_of`), not in every sentence of the article
    _cue_source: tuple[str, LanguagePack] | None = field(default=None, repr=False,
                                                         compare=False)
    _lazy: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def reads_cues_of(self, text: str, pack: LanguagePack) -> None:
        """Find the sentence's support, claim, locative and unknown-toll cues in ``text``
        with ``pack``'s lists when first read."""
        self._cue_source = (text, pack)
        self._lazy.clear()

    def _cues(self, name: str) -> list[tuple[int, int, Cue]]:
        found = self._lazy.get(name)
        if found is None:
            if self._cue_source is None:
                return []
            text, pack = self._cue_source
            found = self._lazy[name] = find_cues(_sentence_lists(pack)[name], text,
                                                 self.start, self.end)
        return found

    @property
    def support_cues(self) -> list[tuple[int, int, Cue]]:
        return self._cues("support")

    @property
    def has_claim_verb(self) -> bool:
        return bool(self._cues("claim_verbs"))

    @property
    def has_locative_anaphor(self) -> bool:
        return bool(self._cues("locative_anaphor"))

    @property
    def unknown_casualties(self) -> bool:
        """"not known how many", or deaths no violence caused."""
        return bool(self._cues("unknown") or self._cues("no_toll"))


@cache
def _sentence_lists(pack: LanguagePack) -> dict[str, list]:
    """The cue lists :class:`Sentence` looks for when first read, per pack."""
    return {"support": pack.discourse.get("support", []), "claim_verbs": pack.claim_verbs,
            "locative_anaphor": pack.discourse.get("locative_anaphor", []),
            "unknown": pack.casualties.get("unknown", []),
            "no_toll": pack.casualties.get("no_toll", [])}


@dataclass
class Scan:
    """The scan of one article: its sentences and the country words it tells, counted."""

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



def _country_votes(text: str, pack: LanguagePack, actors: list[ActorSpan],
                   places: list[PlaceSpan]) -> Counter[str]:
    """The countries the article's words name, for an event no words of its own place. A
    country word on a force that may act abroad ("French troops", "Russian warplanes": an
    actor not ``local``) names whose force it is, not where the story is: "jihadists near
    Menaka ... French troops" is no story from France."""
    votes: Counter[str] = Counter()
    inside = name_interiors(places)  # inside_name, each word a bisection
    abroad: list[ActorSpan] | None = None
    for start, end, cue in find_cues(pack.country_cues, text):
        if backs_side(pack, text, end, len(text)) or inside(start, end):
            continue  # "the US-led coalition", "Datu Saudi Ampatuan"
        if abroad is None:  # the forces that may act abroad, chosen once for every word
            abroad = [a for a in actors
                      if a.inter in FORCES_ABROAD and not pack.actor(a.key).local]
        if abroad and on_force_abroad(pack, text, abroad, start, end):
            continue
        votes[cue.value[0]] += 1
    return votes


PROTEST_LABELS = frozenset({"Peaceful protest"})


def protest_subjects(s: Sentence, text: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """The spans of a protest sentence that say what the protest is about: from a grievance
    or ``protest_about`` cue that ends after the sentence's first protest word to the end of
    its clause (a ``clause_break`` cue, else the sentence's end): "protesteren tegen de invoer
    van landbouwproducten uit Oekraïne", "rallied against the war in Ukraine". A place or
    country named there is the protest's subject, not its scene."""
    first = next((h.start for h in s.triggers if h.label in PROTEST_LABELS), None)
    if first is None:
        return []
    cues = [*pack.discourse.get("grievance", []), *pack.discourse.get("protest_about", [])]
    breaks = pack.discourse.get("clause_break", [])
    spans = []
    for _hs, he, _c in find_cues(cues, text, first, s.end):
        stop = find_cues(breaks, text, he, s.end)
        spans.append((he, stop[0][0] if stop else s.end))
    return spans


def _protest_subject_votes(scan: Scan, pack: LanguagePack) -> None:
    """A country named only in what a protest is about (:func:`protest_subjects`) is no
    country the story is set in: its words leave the article's country votes."""
    text = scan.text
    for s in scan.sentences:
        for lo, hi in protest_subjects(s, text, pack):
            for _start, end, cue in find_cues(pack.country_cues, text, lo, hi):
                if scan.country_votes[cue.value[0]] > 0 and not (
                        backs_side(pack, text, end, len(text))):
                    scan.country_votes[cue.value[0]] -= 1
    scan.country_votes += Counter()  # drops the countries left at no vote


def scan_article(text: str, pack: LanguagePack, doc: Doc | None = None) -> Scan:
    """Find everything the engine needs, sentence by sentence."""
    bounds = _split_lines(sentence_bounds(text, doc, pack.lang), text)
    sentences = [Sentence(s, e, i) for i, (s, e) in enumerate(bounds)]
    triggers = _find_triggers(text, pack, doc)
    actors = find_actors(text, pack)
    places = find_places(text, pack, doc, actors)
    times = find_times(text, pack)
    votes = _country_votes(text, pack, actors, places)

    by_sentence = _by_sentence(sentences)
    triggers_in, actors_in = by_sentence(triggers), by_sentence(actors)
    places_in, times_in = by_sentence(places), by_sentence(times)
    numbers_in: list[list[NumberSpan]] = []

    def numbers_of(index: int) -> list[NumberSpan]:
        """The sentence's numbers from one pass over the article, made when a sentence
        first needs them (most news holds no death or injury word to pair them with)."""
        if not numbers_in:
            numbers_in.extend(by_sentence(find_numbers(text, pack)))
        return numbers_in[index]

    not_events: set[str] = set()  # labels of event words a blocker of their own label dropped
    framed = metaphor_frame(text, bounds, pack)  # a campaign or match told in war words
    for s in sentences:
        s.triggers = triggers_in[s.index]
        s.actors = actors_in[s.index]
        s.places = places_in[s.index]
        s.times = times_in[s.index]
        # "on March 21", "a March 2018 attack": a month name in a date is no protest march
        s.triggers = [t for t in s.triggers if not _inside_any(t, s.times)]
        if pack.grammar.get("capital_marks_name"):
            s.triggers = _drop_names(s.triggers, text, s.start, s.end, frozenset(
                str(w).lower() for w in pack.grammar.get("name_links") or []))
        if s.triggers:
            # read only for the mentions of the sentence's own event words (set_modality),
            # and the scan drops event words, never adds one: a sentence without any (most
            # of an article) keeps none
            s.modality_cues = find_cues(pack.modality, text, s.start, s.end)
            s.hedges = find_cues(pack.hedges, text, s.start, s.end)
        s.reads_cues_of(text, pack)  # support, claim, locative, unknown tolls: when read
        drop_referents(s, text, pack, not_events)
        not_events |= drop_blocked(s, text, pack)
        keep_paired_forces(s, pack)
        add_country_forces(s, text, pack)
        mark_sources(s, text, pack)
        mark_accused(s, text, pack)
        s.casualties = find_casualties(s, text, pack, partial(numbers_of, s.index))
        # a time read inside a count is no time; one between the death word and its count
        # is ("doodde zaterdag in Mogadishu acht mensen")
        s.times = [t for t in s.times if not any(
            c.number[0] < t.end and t.start < c.number[1] for c in s.casualties)]
        drop_figurative(s, text, pack, framed)
    scan = Scan(text=text, sentences=sentences, country_votes=votes)
    _protest_subject_votes(scan, pack)
    return scan


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
    for trig, m in cue_matches(pack.triggers, text):
        found.append((m.start(), m.end(), trig))
    # Among overlapping hits keep the longest; equal lengths go to the heavier trigger. A
    # label the rules let overlap ("Farmers blocked roads": the crowd's protest and the
    # blockade share the words) competes only with hits of its own label.
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2].weight, f[0]))
    # A label the rules nest ("demonstranten staken banden in brand en blokkeerden": the
    # riot's burning tyres inside the crowd's blockade) stands inside a longer event hit (not
    # inside another modifier's: "violent crackdown" is force, not a riot; nor inside an armed
    # group's: "gang members clashed with police" is a clash); it still
    # swallows the shorter hits inside it.
    beside = set(pack.rules.get("overlapping") or [])
    nested = set(pack.rules.get("nested") or [])
    modifiers = set(pack.rules.get("modifiers") or [])
    kept: list = []
    for item in found:
        rivals = [k for k in kept if (k[2].label in beside) == (item[2].label in beside) and not (
            item[2].label in nested and k[2].label not in modifiers
            and SUB_EVENT_TO_TYPE.get(k[2].label) in CROWD_TYPES
            and k[0] <= item[0] and item[1] <= k[1])]
        if all(item[1] <= k[0] or item[0] >= k[1] for k in rivals):
            kept.append(item)
    hits = [TriggerHit(s, e, text[s:e], label=t.label, weight=t.weight, trigger=t)
            for s, e, t in kept]
    if doc is not None and pack.lemma_triggers and doc.has_annotation("LEMMA"):
        for i, rule in _lemma_trigger_tokens(doc, pack.lemma_triggers):
            tok = doc[i]
            s, e = tok.idx, tok.idx + len(tok.text)
            if all(e <= h.start or s >= h.end for h in hits):
                hits.append(TriggerHit(s, e, tok.text, label=rule[0], weight=rule[1]))
    hits.sort(key=lambda h: h.start)
    return hits


def _lemma_trigger_tokens(doc: Doc, rules: dict) -> list[tuple[int, Any]]:
    """(token index, rule) for every token whose lower-cased lemma is one of ``rules``, in
    order: each distinct lemma of the doc looked up once (from the doc's lemma column),
    not every token's."""
    import numpy
    from spacy.attrs import LEMMA  # type: ignore[import-not-found]

    lemmas = cast(Any, doc.to_array([LEMMA]))
    strings = doc.vocab.strings
    wanted = {int(h): rules[strings[int(h)].lower()] for h in numpy.unique(lemmas)
              if rules.get(strings[int(h)].lower())}
    if not wanted:
        return []
    where = numpy.flatnonzero(numpy.isin(lemmas, list(wanted)))
    return [(int(i), wanted[int(lemmas[i])]) for i in where]


CLAUSE_OPENERS = frozenset(".:;!?\"'“”‘’«»„(-–—[*•")  # a capital after these opens a clause
HEADLINE_WORD = 4  # letters: a title-case headline writes no longer word in lower case


def _drop_names(hits: list[TriggerHit], text: str, start: int, end: int,
                links: frozenset[str]) -> list[TriggerHit]:
    """"the Government of National Accord", "the Chemical Weapons Act", "Nandurbar Slaughter
    House", "op Mars": an event word capitalised inside a sentence is part of a name, not an
    event told, when a capitalised word stands beside it (or after one of the pack's
    ``name_links``: "Memorandum of Understanding"). A word opening the sentence or a clause
    (after a colon, a quote, a dash), an acronym ("IED", "RPG"), a capital alone ("with
    Chlorine gas") and a headline in title case keep their hits."""
    if not hits:
        return hits
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    if not any(w[0].islower() and len(w) > HEADLINE_WORD for w in words):
        return hits  # a headline in title case: only short function words stay lower case
    kept = []
    for h in hits:
        word = h.text
        before = text[start:h.start].rstrip()
        opens = not before or before[-1] in CLAUSE_OPENERS or "\n" in text[
            start + len(before):h.start]
        if opens or not (_all_capitalised(word) and _in_name(text, end, h, before, links)):
            kept.append(h)
    return kept


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _all_capitalised(words: str) -> bool:
    """Every word of a hit capitalised: a name. "Air Force destroyed" tells what a named
    force did; "Slaughter House" is a name only."""
    return all(_capitalised(w) for w in words.split())


def _in_name(text: str, end: int, h: TriggerHit, before: str, links: frozenset[str]) -> bool:
    """Does a capitalised word stand beside another one inside the sentence ("National
    Accord", "Slaughter House", "Memorandum of Understanding")? One alone ("with Chlorine
    gas") may be a writer's capital, not a name."""
    words_before = before.split()
    if len(words_before) > 1 and _capitalised(words_before[-1].strip("\"'(“‘")):
        return True
    after = text[h.end:end].split()[:2]
    if after and _capitalised(after[0]):
        return True
    return len(after) == 2 and after[0].lower() in links and _capitalised(after[1])
