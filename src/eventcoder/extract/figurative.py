"""War words outside a war: event words the text uses as figures of speech.

News that holds no event is full of conflict words used for something else: an election
campaign told as a battle ("the battle for Delhi", "an assault on military conscription"), a
politician's "surgical strike" on a rival's politics, a patient "fighting for his life", a
"strijd tegen de armoede". Each is dropped from the scan by one of three signs, all read from
the language pack (``discourse.yaml``) and ``_shared/rules.yaml`` ``figurative``:

- an abstract object right after the word (``figurative_object``: "on conscription", "for
  third place", "tensions" after "defuse"): there is no one to hurt;
- a scare quote: the word stands inside a short quotation that is no quoted sentence (``a
  "surgical strike" on``, ``'waging war on the armed forces'``): someone's phrase, not a report;
- the article's metaphor frame: an article with enough campaign, match or market words
  (``metaphor_frame``) uses its war words (``frame_metaphors``) as figures, unless the
  word is a specific one (weight at or above ``specific_weight``) or its sentence names the
  dead or wounded or an armed group.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from eventcoder.extract.cue_find import find_cues, tokens_between
from eventcoder.langpacks import LanguagePack

# An opening quotation mark: at the text's start or after a space or an opening bracket, so
# that the apostrophe of "Party's" opens nothing; the closing one stands before a space,
# punctuation or the end.
_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))([\"“”„‘’'«‹])(?P<inner>[^\"“”„«»‹›\n]{1,200}?)([\"“”’'»›])"
    r"(?=[\s.,;:!?)\]]|$)")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.,!?;:]\s*$|[.!?;…]")
_ARMED_INTERS = frozenset({2, 3, 4})


def settings(pack: LanguagePack) -> Mapping[str, Any]:
    """The rules' ``figurative`` section, or an empty one where a pack has none."""
    return pack.rules.get("figurative") or {}


def scare_quotes(text: str, start: int, end: int, max_words: int,
                 openers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The inner spans of short quotations in text[start:end] that are no quoted sentence:
    two to ``max_words`` words, with no sentence punctuation in them and none at their end
    ("gone...She died" is speech), and not opening the sentence ("'Battle for Delhi': ..."
    is a headline's quote of a speaker, kept), nor after a colon or one of ``openers`` (the
    pack's ``quote_openers``: "meldt dat „tientallen vijandige troepen gedood zijn”" is a
    claim in the speaker's words). One quoted word is emphasis, not a figure: "met messteken
    'afgeslacht'" tells a killing."""
    spans = []
    for m in _QUOTE.finditer(text, start, end):
        inner = m.group("inner")
        if not inner.strip() or _SENTENCE_END.search(inner):
            continue
        if not 2 <= len(_WORD.findall(inner)) <= max_words:
            continue
        before = text[start:m.start()].split()
        if not before or before[-1].endswith(":") or before[-1].lower().strip(",") in openers:
            continue
        spans.append((m.start("inner"), m.end("inner")))
    return spans


FRAME_LEAD_SENTENCES = 2  # the story's own subject is told in its lead


def metaphor_frame(text: str, bounds: list[tuple[int, int]], pack: LanguagePack) -> bool:
    """Does the article tell a campaign, a match or a market story: at least ``frame_min``
    matches of the pack's ``metaphor_frame`` words in the whole article, one of them in its
    lead (``bounds``: the sentences' offsets)? A war report that mentions an election once
    or twice further down is no campaign story."""
    cues = pack.discourse.get("metaphor_frame") or []
    need = int(settings(pack).get("frame_min") or 0)
    if not cues or not need or not bounds:
        return False
    found = find_cues(cues, text)
    lead_end = bounds[min(len(bounds), FRAME_LEAD_SENTENCES) - 1][1]
    return len(found) >= need and min(f[0] for f in found) < lead_end


def drop_figurative(s: Any, text: str, pack: LanguagePack, framed: bool) -> None:
    """Drop the sentence's event words the text uses as figures of speech (module doc).
    ``s`` is a scan sentence whose actors and casualties are found."""
    conf = settings(pack)
    labels = set(conf.get("labels") or [])
    if not labels or not any(t.label in labels for t in s.triggers):
        return
    objects = find_cues(pack.discourse.get("figurative_object") or [], text, s.start, s.end)
    openers = frozenset(str(c.pattern).lower() for c in pack.discourse.get("quote_openers") or [])
    quotes = scare_quotes(text, s.start, s.end, int(conf.get("quote_words") or 0), openers)
    figures: list[tuple[int, int, Any]] = []
    if framed and not s.casualties and not any(a.inter in _ARMED_INTERS for a in s.actors):
        figures = find_cues(pack.discourse.get("frame_metaphors") or [], text, s.start, s.end)
    specific = float(conf.get("specific_weight") or 99)

    def figurative(t: Any) -> bool:
        if any(o[0] >= t.end and tokens_between(text, t.end, o[0]) == 0 for o in objects):
            return True
        if any(qs <= t.start and t.end <= qe for qs, qe in quotes):
            return True
        return t.weight < specific and any(
            fs <= t.start and t.end <= fe for fs, fe, _ in figures)

    s.triggers = [t for t in s.triggers if t.label not in labels or not figurative(t)]
