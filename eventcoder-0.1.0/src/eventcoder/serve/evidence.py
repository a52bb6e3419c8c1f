"""The evidence sentence shown with an event: the words that coded it, in their context.

Evidence offsets index ``Article.text``. A popup shows the sentence around the event's trigger
(its ``sub_event_type``/``event_type`` evidence), and the sentence that gives the fatalities when
that is another one, with every evidence span of the event inside them highlighted. Without
the article text only the evidence spans themselves are known, so
those are shown, joined, and nothing is made up around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from eventcoder.records import Article, Event, Evidence

# A sentence ends at terminal punctuation (optionally followed by closing quotes or brackets)
# and whitespace, or at a blank line. Language-independent and deliberately simple: an
# abbreviation may cut a sentence short, which only shortens the context shown.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+|\n\s*\n")
ANCHOR_FIELDS = ("sub_event_type", "event_type", "trigger")
# Fields whose sentence is quoted too when it is not the trigger's: a reader checks the toll.
CONTEXT_FIELDS = ("fatalities",)
GAP = " … "
MAX_SENTENCE_CHARS = 600


@dataclass(frozen=True)
class Highlight:
    """A [start, end) span inside a snippet and the event field it supports."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class EvidenceSentence:
    """Text to show with an event, and which parts of it are evidence."""

    text: str
    spans: list[Highlight] = field(default_factory=list)
    article_id: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "article_id": self.article_id,
            "spans": [{"start": h.start, "end": h.end, "label": h.label} for h in self.spans],
        }


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the sentence(s) covering text[start:end]."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, max(end, start))
    finish = after.start() + len(after.group().rstrip()) if after else len(text)
    return begin, max(finish, end)


def locate(evidence: Evidence, text: str) -> tuple[int, int] | None:
    """Where the evidence lies in text: its offsets if they still match, else its first match."""
    in_range = 0 <= evidence.start < evidence.end <= len(text)
    if in_range and (not evidence.text or text[evidence.start : evidence.end] == evidence.text):
        return evidence.start, evidence.end
    if evidence.text:
        found = text.find(evidence.text)
        if found >= 0:
            return found, found + len(evidence.text)
    return None


def anchor_evidence(evidence: list[Evidence]) -> Evidence:
    """The evidence a popup quotes around: the trigger's, else the first."""
    for name in ANCHOR_FIELDS:
        for ev in evidence:
            if ev.field == name:
                return ev
    return evidence[0]


def _window(text: str, where: tuple[int, int]) -> tuple[int, int]:
    begin, finish = sentence_bounds(text, *where)
    if finish - begin > MAX_SENTENCE_CHARS:  # no punctuation to stop at: keep a window instead
        begin = max(begin, where[0] - MAX_SENTENCE_CHARS // 2)
        finish = min(finish, where[1] + MAX_SENTENCE_CHARS // 2)
    return begin, finish


def evidence_sentence(
    event: Event, articles: Mapping[str, Article] | None = None
) -> EvidenceSentence | None:
    """The sentence around the event's trigger, and the one giving its fatalities if that is
    another, with the event's evidence highlighted; None when the event has no evidence."""
    if not event.evidence:
        return None
    anchor = anchor_evidence(event.evidence)
    article = (articles or {}).get(anchor.article_id)
    where = locate(anchor, article.text) if article else None
    if article is None or where is None:
        return _spans_only(event.evidence, anchor)
    text = article.text
    located = [
        (ev, span)
        for ev in event.evidence
        if ev.article_id == article.id and (span := locate(ev, text)) is not None
    ]
    windows = [_window(text, where)]
    windows += [_window(text, span) for ev, span in located if ev.field in CONTEXT_FIELDS]
    merged: list[list[int]] = []
    for begin, finish in sorted(windows):
        if merged and not text[merged[-1][1] : begin].strip():  # overlapping or adjacent
            merged[-1][1] = max(merged[-1][1], finish)
        else:
            merged.append([begin, finish])
    pieces: list[str] = []
    spans: list[Highlight] = []
    cursor = 0
    for begin, finish in merged:
        if pieces:
            pieces.append(GAP)
            cursor += len(GAP)
        pieces.append(text[begin:finish])
        for ev, (start, end) in located:
            if start < finish and end > begin:
                spans.append(
                    Highlight(
                        cursor + max(start, begin) - begin,
                        cursor + min(end, finish) - begin,
                        ev.field,
                    )
                )
        cursor += finish - begin
    return EvidenceSentence("".join(pieces), spans, article.id)


def _spans_only(evidence: list[Evidence], anchor: Evidence) -> EvidenceSentence | None:
    """Without article text: the distinct evidence snippets, trigger first, joined by GAP."""
    parts: list[tuple[str, list[str]]] = []
    ordered = [anchor] + [ev for ev in evidence if ev is not anchor]
    for ev in ordered:
        if not ev.text:
            continue
        for text, labels in parts:
            if text == ev.text:
                labels.append(ev.field)
                break
        else:
            parts.append((ev.text, [ev.field]))
    if not parts:
        return None
    pieces: list[str] = []
    spans: list[Highlight] = []
    cursor = 0
    for text, labels in parts:
        if pieces:
            pieces.append(GAP)
            cursor += len(GAP)
        pieces.append(text)
        spans.append(Highlight(cursor, cursor + len(text), ", ".join(labels)))
        cursor += len(text)
    return EvidenceSentence("".join(pieces), spans, anchor.article_id)


def index_articles(
    articles: Iterable[Article] | Mapping[str, Article] | None,
) -> dict[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Mapping):
        return dict(articles)
    return {article.id: article for article in articles}


def articles_for(
    events: Iterable[Event], get_article: Callable[[str], Article | None]
) -> dict[str, Article]:
    """The articles whose sentences the events' popups quote (one per event, not all sources)."""
    found: dict[str, Article] = {}
    for event in events:
        if not event.evidence:
            continue
        article_id = anchor_evidence(event.evidence).article_id
        if article_id not in found and (article := get_article(article_id)) is not None:
            found[article_id] = article
    return found
