"""How a mention is told: its modality (reported, feared, denied, hypothetical, historical,
claimed), whether it refers back ("die aanval") or sums up ("de gevechten"), and whether it is
a claim of responsibility. Each function sets those fields on one mention of
:func:`eventcoder.extract.mentions.build_mentions`, from the pack's cues and, where the doc
has them, its morphology and parse.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.cue_matchers import PACK_CUE_LISTS
from eventcoder.extract.dates import SINCE_REACH, since_regex
from eventcoder.extract.spans import doc_of, ends_with_cue, find_cues, tokens_between
from eventcoder.langpacks import Cue, LanguagePack, _cues
from eventcoder.records import SUB_EVENT_TO_TYPE, Modality, TimeKind

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc, Token

    from eventcoder.extract.mentions import Mention
    from eventcoder.extract.scan import Sentence

NEAR_WINDOW = 3  # words a "near" modality cue (a negation) may stand before its event word
AFTER_WINDOW = 0  # words between an event word and an "after" cue that makes it its subject
BEFORE_WINDOW = 2  # words between a "before" cue ("since the") and the event word it names
HISTORICAL_WINDOW = 8  # words between a "near" historical cue ("anniversary of") and its event word
AGGREGATE_WINDOW = 8  # words from an event word to a span of months told after it
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")  # where a "clause" cue's reach ends
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _clause_reaches(text: str, start: int, stop: int, pack: LanguagePack) -> bool:
    """Does the clause open at ``start`` reach ``stop``? It ends at the first break, except a
    comma before a participle of the same clause (the pack's ``progressive_shape``: "ten
    years since gunmen stormed the mall, killing 67 people") or before words that go on
    telling its noun (``noun_clause_openers``: "..., in which gunmen killed 147 people")."""
    shape = pack.grammar.get("progressive_shape")
    openers = [re.escape(str(w)) for w in pack.grammar.get("noun_clause_openers") or []]
    go_on = "|".join([*([shape] if shape else []), *openers])
    for brk in CLAUSE_BREAK.finditer(text, start, stop):
        after = text[brk.end():brk.end() + 40]
        if not (go_on and brk.group() == "," and re.match(rf"\s*(?:{go_on})(?!\w)", after,
                                                          re.IGNORECASE)):
            return False
    return True


def _after_since(text: str, start: int, pack: LanguagePack) -> bool:
    """A time right after the pack's ``since_markers`` ("since last year", "sinds vorig
    jaar") starts a period running to publication: it dates no event word of its sentence."""
    regex = since_regex(pack)
    return regex is not None and regex.search(text, max(0, start - SINCE_REACH), start) is not None


def set_modality(m: Mention, text: str, pack: LanguagePack) -> None:
    s = m.sentence
    best = None
    marker = str(pack.grammar.get("infinitive_marker") or "").lower()
    for start, end, cue in s.modality_cues:
        name, scope = cue.value
        if scope == "clause":
            # "Ten years after Boko Haram abducted ...": the cue dates the event words of its
            # own clause, up to the next comma, not the news the main clause tells ("Two
            # years after the coup, soldiers opened fire on protesters")
            if end <= m.hit.start and _clause_reaches(text, end, m.hit.start, pack):
                best = best or (start, end, name)
            continue
        if scope == "before":
            # "since the killing of three girls": the event word it names, nothing after
            if end <= m.hit.start and tokens_between(text, end, m.hit.start) <= BEFORE_WINDOW:
                best = best or (start, end, name)
            continue
        if name == Modality.HISTORICAL and scope == "sentence" and _after_since(text, start, pack):
            continue  # "the deadliest attack since last year": a comparison, not the event's time
        if name == Modality.HISTORICAL:
            # "30 jaar geleden", "in 1995" date every event word of their sentence, before or
            # after them; a "near" cue names an earlier event after it ("the anniversary of
            # the arrest"): only that event word, not the news the sentence tells before it
            # ("police arrested dozens ahead of the anniversary of ...", "protesters marched
            # to commemorate the massacre")
            if scope != "near" or (end <= m.hit.start and tokens_between(
                    text, end, m.hit.start) <= HISTORICAL_WINDOW):
                best = best or (start, end, name)
            continue
        if scope == "near":
            if end <= m.hit.start and tokens_between(text, end, m.hit.start) <= NEAR_WINDOW:
                best = (start, end, name)
            continue
        if scope == "after":
            # the event word is the subject of a modal or a plan: "a walkout could begin",
            # "the march is scheduled to start at noon"
            if start >= m.hit.end and tokens_between(text, m.hit.end, start) <= AFTER_WINDOW:
                best = (start, end, name)
            continue
        # a plan's verb inside an event word that names its doer ("farmers plan to block
        # roads", ending on the pack's infinitive marker): not a demand ("gathered ... to demand")
        inside = bool(marker) and m.hit.start < start and end < m.hit.end and (
            text[start:end].lower().endswith(f" {marker}"))
        if (end <= m.hit.start or inside) and not (start <= m.hit.start < end) and (
                best is None or best[2] == Modality.HISTORICAL):
            # the outermost cue governs ("gevreesd wordt dat ..."); one inside an event word
            # that names its doer governs it too ("farmers plan to block roads")
            best = (start, end, name)
    sentence_text = text[s.start:s.end].rstrip(" \n\"'”’»)")
    if best is None and sentence_text.endswith("?"):
        # a question asks about an event, it does not report one
        end = s.start + len(sentence_text)
        best = (end - 1, end, Modality.HYPOTHETICAL)
    if best:
        m.modality, m.modality_cue = best[2], best
    m.hedge = max((c.value for _, e, c in s.hedges if e <= m.hit.start + 40), default=0.0)


def set_own_report(m: Mention, text: str, pack: LanguagePack) -> None:
    """A deed its own doer announces ("De autoriteiten beweren vier mannen te hebben opgepakt",
    "police claim to have arrested"): for the sub-types the rules' ``told_by_doer`` lists
    (an arrest is known because the arresting state says so), the claim is the report, not an
    allegation; the pack's ``self_reports`` cue (attribution) that ends on the event word says
    the claimant is the doer. What the claim goes on to allege ("die de president zouden
    hebben willen ontvoeren") stays a claim, and a deed another side is said to have done
    ("beweren dat de rebellen ... hebben opgepakt") is no self-report."""
    if m.modality != Modality.CLAIMED or m.label not in (pack.rules.get("told_by_doer") or []):
        return
    s = m.sentence
    for _start, end, _cue in find_cues(pack.self_reports, text, s.start, s.end):
        if m.hit.start < end <= m.hit.end + 1:
            m.modality, m.modality_cue = Modality.REPORTED, None
            return


FUTURE_MARKER_WINDOW = 1  # words between a future marker ("komende", "next") and its weekday


_MORPH_SEEN: list = [None, None, False]  # the last (doc, text, answer): asked per mention


def has_morph(doc: Doc | None, text: str) -> bool:
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


PACK_CUE_LISTS.append(_future_markers)  # compiled with the pack's own lists (register_pack)


def _future_marker(text: str, floor: int, day: int, pack: LanguagePack) -> tuple[int, int] | None:
    """The span of a future marker ("next", "will ... on") right before the weekday at ``day``."""
    for start, end, _cue in find_cues(_future_markers(pack), text, max(floor, day - 30), day):
        if tokens_between(text, end, day) <= FUTURE_MARKER_WINDOW:
            return start, end
    return None


def set_future(m: Mention, text: str, pack: LanguagePack, doc: Doc | None) -> None:
    """A weekday ahead of publication is a plan, not an event: "komende zondag", "next
    Sunday", "called another rally for Sunday", or (with a morphological analysis) a weekday
    told in the present tense only ("doen zondag mee", "march on Sunday"); news tells what
    happened in a past tense."""
    if m.modality != Modality.REPORTED:
        return
    # a weekday owned by a noun ("blamed for Sunday's bombing") dates that noun, not a plan
    weekdays = [t for t in m.times if t.kind == TimeKind.WEEKDAY and t.week_mode is None
                and text[t.end:t.end + 2] not in ("'s", "’s")]
    s = m.sentence
    # an event word with no time of its own whose clause goes on to the sentence's only
    # weekday, led by a future marker ("a protest march ... is set to take place on Saturday";
    # not "thousands marched, and another march is planned for Saturday"): that plan's day
    ahead = [t for t in s.times if t.kind == TimeKind.WEEKDAY and t.week_mode is None]
    for t in ahead if not m.times and len(ahead) == 1 else ():
        marker = _future_marker(text, s.start, t.start, pack)
        if marker and m.hit.end <= marker[0] and _clause_reaches(text, m.hit.end, marker[0], pack):
            m.modality, m.modality_cue = Modality.HYPOTHETICAL, (*marker, Modality.HYPOTHETICAL)
            return
    if not weekdays:
        return
    for t in weekdays:
        if marker := _future_marker(text, s.start, t.start, pack):
            m.modality, m.modality_cue = Modality.HYPOTHETICAL, (*marker, Modality.HYPOTHETICAL)
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
        if verb.dep_.startswith(("aux", "cop")) and verb.head is not verb:
            # the parse hangs the weekday on the auxiliary of a perfect ("boeren hebben
            # woensdag de A12 geblokkeerd"): the clause is its verb's, participle included
            verb = verb.head
        words = [verb, *(c for c in verb.children if c.dep_.startswith(("aux", "cop"))),
                 *_participle_complements(verb)]
    else:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        words = list(span) if span is not None else []
    # A participle under a present passive auxiliary ("wordt zondag gehouden") is a present,
    # not a perfect ("is zondag gehouden"): the pack names those auxiliaries by lemma.
    passive = {str(w).lower() for w in pack.grammar.get("present_passive_auxiliaries") or []}
    present_passive = any(
        tok.lemma_.lower() in passive and tok.morph.get("Tense", None) == ["Pres"]
        for tok in words if tok.dep_.startswith("aux"))
    tenses = _tenses(words, present_passive) | _past_by_shape(words, pack)
    if not tenses and doc.has_annotation("DEP"):
        # no tensed word in the weekday's clause (a parse that hung it on an infinitive, a
        # noun or a mistagged verb): the sentence speaks, by its tenses and by the pack's
        # past shapes and perfects the tagger missed ("gevechtsvliegtuigen bombardeerden
        # maandag doelen", with the weekday hung on "doelen" and the verb tagged a present;
        # "heeft een schutter vrijdag ... doodgeschoten", the participle tagged an
        # infinitive); one that tells no past tells no event
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        sentence = list(span) if span is not None else []
        tenses = _tenses(sentence, present_passive) | _past_by_shape(sentence, pack)
        if tenses <= {"Pres"}:
            tenses |= _perfect_by_order(sentence, pack, _event_words(m))
        tenses = tenses or {"Pres"}
    if tenses == {"Pres"} and doc.has_annotation("DEP"):
        tenses |= _perfect_by_order(words, pack, _event_words(m))
    if tenses == {"Pres"}:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        tenses |= _past_alike([*words, *(span if span is not None else [])], pack)
    if tenses == {"Pres"}:
        m.modality, m.modality_cue = Modality.HYPOTHETICAL, (t.start, t.end, Modality.HYPOTHETICAL)


def _event_words(m: Mention) -> list[tuple[int, int]]:
    """The spans of the sentence's event words, the mention's own first: the participle of a
    perfect the tagger missed may be another event word of the clause ("zijn vrijdag bij de
    protesten twee Palestijnen doodgeschoten", the weekday's mention being "protesten")."""
    return [(m.hit.start, m.hit.end), *((t.start, t.end) for t in m.sentence.triggers)]


def _perfect_by_order(words: list, pack: LanguagePack, hits: list[tuple[int, int]]
                      ) -> set[str]:
    """A perfect the parse tore apart ("zijn vrijdag 49 mensen om het leven gekomen", read
    with "zijn" as the root and the participle as a relative clause): a finite perfect
    auxiliary of the clause (the pack's ``perfect_auxiliaries``) followed in its sentence by
    a participle, with no finite verb or clause opener between them, tells the past. The
    event words of the sentence count as the participle where it has the pack's ``participle_shape``
    and the tagger missed it ("is donderdagavond ... doodgeschoten", tagged a noun)."""
    auxiliaries = {str(w).lower() for w in pack.grammar.get("perfect_auxiliaries") or []}
    shape = _participle_shape(pack)
    for tok in words:
        if tok.lemma_.lower() not in auxiliaries or "Fin" not in tok.morph.get("VerbForm", None):
            continue
        for nxt in tok.doc[tok.i + 1:tok.sent.end]:
            forms = nxt.morph.get("VerbForm", None)
            # an event word of a participle's shape the tagger read as a finite verb ("hebben
            # zondag een legerpost overvallen") is the perfect's participle, not a new clause
            if "Part" in forms or (shape is not None and any(a <= nxt.idx < b for a, b in hits)
                                   and shape.fullmatch(nxt.text.lower())):
                return {"Past"}
            # a conjunction opens another clause; a preposition the parse calls a marker
            # ("zijn zaterdag zeventien burgers om het leven gekomen") opens none
            if "Fin" in forms or (nxt.dep_ == "mark" and nxt.pos_ == "SCONJ") or (
                    "Rel" in nxt.morph.get("PronType", None)):
                break
    return set()


def _past_by_shape(words: list, pack: LanguagePack) -> set[str]:
    """A finite past the tagger read as a present or a noun ("legden maandag het werk neer",
    "staakten donderdag"): a word of the clause with the pack's ``past_shape`` tells the
    past, so its weekday is a day gone by, not a plan."""
    shape = _past_shape(pack)
    if shape is None:
        return set()
    return {"Past"} if any(shape.fullmatch(tok.text.lower()) for tok in words) else set()


def _past_alike(words: list, pack: LanguagePack) -> set[str]:
    """A present the tagger read from a form the past shares ("actievoerders bezetten maandag
    de hal", "zetten zondag hun actie voort": the past plural of a verb whose stem ends in its
    own -t or -d is the infinitive's letters): when every present of the clause and of its
    sentence (``words``) is such a form, nothing tells a plan, and news tells what happened,
    so the weekday is a day gone by (the pack's ``past_alike_shape``). A present the form does
    not share ("blokkeren woensdag", "gaan zondag ... bezetten", "wordt zondag gehouden")
    still tells a plan."""
    shape = _past_alike_shape(pack)
    if shape is None:
        return set()
    present = [tok for tok in words if "Pres" in tok.morph.get("Tense", None)]
    if present and all(shape.fullmatch(tok.text.lower()) for tok in present):
        return {"Past"}
    return set()


@cache
def _past_alike_shape(pack: LanguagePack) -> re.Pattern[str] | None:
    shape = pack.grammar.get("past_alike_shape")
    return re.compile(str(shape)) if shape else None


@cache
def _past_shape(pack: LanguagePack) -> re.Pattern[str] | None:
    shape = pack.grammar.get("past_shape")
    return re.compile(str(shape)) if shape else None


@cache
def _participle_shape(pack: LanguagePack) -> re.Pattern[str] | None:
    shape = pack.grammar.get("participle_shape")
    return re.compile(str(shape)) if shape else None


# ("obj": "Rebellen hebben maandag de stad Goma ingenomen", parsed with "ingenomen" as the
# object of "hebben": a participle is never a true object, so it is the perfect's)
PARTICIPLE_COMPLEMENTS = ("ccomp", "xcomp", "csubj", "obj")


def _participle_complements(verb: Token) -> list[Token]:
    """Participles the parse hangs under the weekday's verb as a complement with no
    conjunction of their own: a misparse of a perfect ("is woensdagavond laat om het leven
    gekomen", with "laat" read as the verb and "gekomen" as its complement) still tells the
    past. A complement clause opened by a conjunction ("zegt zondag dat er is geschoten")
    has a time of its own and does not count; a preposition the parse calls its marker
    ("om") opens none."""
    return [c for c in verb.children
            if c.dep_.split(":")[0] in PARTICIPLE_COMPLEMENTS
            and "Part" in c.morph.get("VerbForm", None)
            and not any(g.dep_ == "mark" and g.pos_ == "SCONJ" for g in c.children)]


def _tenses(words: list, present_passive: bool) -> set[str]:
    tenses: set[str] = set()
    for tok in words:
        tenses.update(tok.morph.get("Tense", None))
        if "Part" in tok.morph.get("VerbForm", None) and not present_passive:
            tenses.add("Past")  # a perfect ("hebben gedemonstreerd") tells the past
    return tenses


COURT_LEAD_SENTENCES = 2  # a court report says so in its lead


@cache
def _frame_cues(pack: LanguagePack) -> list[Cue]:
    """The cues that make an article retell an old event: a trial or verdict (``court_frame``)
    or a commemoration (``memorial_frame``)."""
    return [*(pack.discourse.get("court_frame") or []),
            *(pack.discourse.get("memorial_frame") or [])]


PACK_CUE_LISTS.append(_frame_cues)


def court_report(sentences: list[Sentence], text: str, pack: LanguagePack) -> tuple | None:
    """The pack's ``court_frame`` or ``memorial_frame`` cue in the article's lead ("was
    sentenced", "a jury convicted", "pleaded guilty", "remembers the victims"), or None: the
    article reports a trial, a verdict or a commemoration."""
    cues = _frame_cues(pack)
    if not cues or not sentences:
        return None
    lead = sentences[:COURT_LEAD_SENTENCES]
    found = find_cues(cues, text, lead[0].start, lead[-1].end)
    return found[0] if found else None


COURT_DAY_REACH = 3  # words between a court cue and the day it dates ("on Monday convicted")


def set_court_background(m: Mention, court: tuple | None, text: str = "",
                         pack: LanguagePack | None = None) -> None:
    """In a court report (``court``: its lead's court cue), an event word whose sentence gives
    no day of the week nor a day counted from publication is the trial's subject, told
    again: background, not news (the codebook: an event that is only the backdrop of a trial
    without its own time is not coded). "He was sentenced for the 2019 shooting" is no
    shooting; "police clashed with his supporters outside the court on Monday" is. A day told
    right beside the sentence's own court cue is the court's ("a court on Monday convicted
    four men for the 2014 blasts"): it dates the verdict, not the event."""
    if court is None or m.modality != Modality.REPORTED:
        return
    if pack is not None and any(court[2] is c for c in pack.discourse.get("memorial_frame") or []
                                ) and SUB_EVENT_TO_TYPE.get(m.label) in ("Protests", "Riots"):
        return  # a march on the anniversary is the commemoration itself, news
    days = [t for t in m.sentence.times if t.kind in (TimeKind.WEEKDAY, TimeKind.RELATIVE)]
    if days and pack is not None:
        cues = find_cues(_frame_cues(pack), text, m.sentence.start, m.sentence.end)
        days = [t for t in days if not any(
            tokens_between(text, t.end, start) <= COURT_DAY_REACH if t.end <= start
            else tokens_between(text, end, t.start) <= COURT_DAY_REACH
            for start, end, _cue in cues)]
    if days:
        return
    m.modality, m.modality_cue = Modality.HISTORICAL, (court[0], court[1], Modality.HISTORICAL)


RESPONSIBILITY_WINDOW = 6  # words between a claim of responsibility and its event word


def set_responsibility(m: Mention, text: str, pack: LanguagePack) -> None:
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
    start, end = before[-1] if before else after[0]
    m.claim_cue = (start, end)
    if m.modality == Modality.REPORTED:
        m.modality, m.modality_cue = Modality.CLAIMED, (start, end, Modality.CLAIMED)


def set_reference(m: Mention, text: str, pack: LanguagePack) -> None:
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
    # "in die periode raakten 3800 mensen gewond": totals, no event; a span told after the
    # event word sums up only what stands near it ("exchanged prisoners on Tuesday near
    # Aleppo, the scene of the fiercest fighting in recent months")
    if any(end <= m.hit.start or tokens_between(text, m.hit.end, start) <= AGGREGATE_WINDOW
           for start, end, _cue in find_cues(pack.discourse.get("aggregate", []), text, floor,
                                             m.sentence.end)):
        m.background = True


def _adjective_gap() -> str:
    # One word may stand between the determiner and the event noun ("het urenlange offensief").
    return r"\w[\w\-]*"
