"""Analysts' verdicts on the rules' candidate events (``gold/verdicts/*.tsv``), and how a
candidate finds its verdict after the rules change.

A verdict row judges one candidate event of one article: ``true`` when the article tells a
codable event there (even if a field is wrong), ``false`` otherwise, with a reason. The row
keeps what identifies the judged event apart from its id:

========================  ====================================================================
column                    what
========================  ====================================================================
``event_id``              the candidate's id when it was judged (``records.stable_event_id``)
``article_id``            the article
``event_type``            the candidate's ACLED event type
``sub_event_type``        its sub-event type (informative: not used to match)
``evidence``              the character offsets of the sentences the event rests on, the
                          sentences around its ``event_type`` evidence, as ``start-end``
                          joined by ``;``
``location``              the candidate's place name (informative)
``verdict``               ``true`` / ``false``
``fields_ok``             ``true`` / ``false``: whether every field was right as well
``reason``                one line
========================  ====================================================================

Matching (:meth:`VerdictIndex.match`): a candidate takes the verdict of its event id; failing
that, the verdict of a row of the same article and the same event type whose evidence
sentences overlap the candidate's (the one with the largest overlap; the earlier row on a tie).
An event id is a hash of the article, type, sub-type and the trigger's offset, so any rule
change that moves the trigger or the sub-type changes it; the sentences an event is told in and
its type move far less often. A different event type never takes the verdict.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventcoder.extract.scope import sentence_around
from eventcoder.records import ACLED_TYPES, Event

COLUMNS = ("event_id", "article_id", "event_type", "sub_event_type", "evidence", "location",
           "verdict", "fields_ok", "reason")
BOOLEAN = ("true", "false")

Span = tuple[int, int]


class VerdictFormatError(ValueError):
    """A verdict file that breaks the format above."""


@dataclass(frozen=True)
class Verdict:
    """One row of a verdict file."""

    event_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    evidence: tuple[Span, ...]
    location: str
    verdict: str
    fields_ok: str
    reason: str
    source: str = ""  # the file it was read from

    @property
    def true(self) -> bool:
        return self.verdict == "true"

    def row(self) -> dict[str, str]:
        """The row as written to a file."""
        return {"event_id": self.event_id, "article_id": self.article_id,
                "event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "evidence": format_spans(self.evidence), "location": self.location,
                "verdict": self.verdict, "fields_ok": self.fields_ok, "reason": self.reason}


def parse_spans(text: str) -> tuple[Span, ...]:
    """``"12-80;95-140"`` -> ((12, 80), (95, 140)); raises ValueError on anything else."""
    spans = []
    for part in text.split(";"):
        start, sep, end = part.strip().partition("-")
        if not sep:
            raise ValueError(f"not start-end: {part!r}")
        a, b = int(start), int(end)
        if not 0 <= a < b:
            raise ValueError(f"empty or negative span: {part!r}")
        spans.append((a, b))
    return tuple(spans)


def format_spans(spans: Iterable[Span]) -> str:
    return ";".join(f"{a}-{b}" for a, b in spans)


def evidence_sentences(event: Event, text: str) -> tuple[Span, ...]:
    """The sentences the event rests on: those around its ``event_type`` evidence."""
    starts = sorted({e.start for e in event.evidence_for("event_type")})
    return tuple(sorted({sentence_around(text, s) for s in starts}))


def overlap(spans: Iterable[Span], others: Iterable[Span]) -> int:
    """Characters the two sets of spans share."""
    others = list(others)
    return sum(max(0, min(b, d) - max(a, c)) for a, b in spans for c, d in others)


def verdict_for(event: Event, article_id: str, text: str, row: dict[str, str],
                source: str = "") -> Verdict:
    """A verdict row for a candidate: the analyst's ``verdict``, ``fields_ok`` and ``reason``
    from ``row``, the identifying fields from the event."""
    return Verdict(event_id=event.event_id, article_id=article_id,
                   event_type=event.event_type, sub_event_type=event.sub_event_type,
                   evidence=evidence_sentences(event, text), location=event.location or "",
                   verdict=row["verdict"], fields_ok=row["fields_ok"],
                   reason=row["reason"], source=source)


def read_file(path: Path) -> list[Verdict]:
    """Rows of one verdict file; :class:`VerdictFormatError` names the first bad line."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise VerdictFormatError(f"{path}: columns {reader.fieldnames}, expected {COLUMNS}")
        rows = []
        for number, raw in enumerate(reader, start=2):
            if None in raw or any(v is None for v in raw.values()):
                raise VerdictFormatError(f"{path}:{number}: expected {len(COLUMNS)} columns")
            try:
                spans = parse_spans(raw["evidence"])
            except ValueError as err:
                raise VerdictFormatError(f"{path}:{number}: evidence {err}") from None
            rows.append(Verdict(event_id=raw["event_id"], article_id=raw["article_id"],
                                event_type=raw["event_type"],
                                sub_event_type=raw["sub_event_type"], evidence=spans,
                                location=raw["location"], verdict=raw["verdict"],
                                fields_ok=raw["fields_ok"], reason=raw["reason"],
                                source=path.name))
    return rows


def read_verdicts(folder: Path) -> list[Verdict]:
    """Every row of every ``*.tsv`` in ``folder``, files in name order."""
    return [v for path in sorted(folder.glob("*.tsv")) for v in read_file(path)]


def write_file(path: Path, verdicts: Iterable[Verdict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                                quotechar=None, lineterminator="\n")
        writer.writeheader()
        for v in verdicts:
            writer.writerow(v.row())


def problems(verdicts: Iterable[Verdict], articles: set[str] | None = None,
             lengths: dict[str, int] | None = None) -> list[str]:
    """What is wrong with the rows: unknown values, repeated ids, articles not in
    ``articles`` (when given), evidence past the article's end (when ``lengths`` is given)."""
    out: list[str] = []
    seen: set[str] = set()
    for v in verdicts:
        where = f"{v.source or 'verdict'} {v.event_id}"
        if not v.event_id.startswith("EC") or len(v.event_id) != 16:
            out.append(f"{where}: not an event id")
        if v.event_id in seen:
            out.append(f"{where}: the id is judged twice")
        seen.add(v.event_id)
        if v.event_type not in ACLED_TYPES:
            out.append(f"{where}: unknown event type {v.event_type!r}")
        elif v.sub_event_type not in ACLED_TYPES[v.event_type]:
            out.append(f"{where}: {v.sub_event_type!r} is no sub-type of {v.event_type}")
        if v.verdict not in BOOLEAN or v.fields_ok not in BOOLEAN:
            out.append(f"{where}: verdict and fields_ok are true or false")
        if v.fields_ok == "true" and v.verdict == "false":
            out.append(f"{where}: a false event has no right fields")
        if not v.reason.strip():
            out.append(f"{where}: no reason")
        if articles is not None and v.article_id not in articles:
            out.append(f"{where}: unknown article {v.article_id}")
        if lengths is not None and v.article_id in lengths and \
                any(b > lengths[v.article_id] for _, b in v.evidence):
            out.append(f"{where}: evidence past the article's end")
    return out


class VerdictIndex:
    """Finds a candidate's verdict: by event id, else by article, type and evidence sentences."""

    def __init__(self, verdicts: Iterable[Verdict]) -> None:
        self.verdicts = list(verdicts)
        self.by_id = {v.event_id: v for v in self.verdicts}
        self.by_article: dict[str, list[Verdict]] = {}
        for v in self.verdicts:
            self.by_article.setdefault(v.article_id, []).append(v)

    def match(self, event: Event, article_id: str, text: str) -> Verdict | None:
        """The verdict of ``event`` (a candidate of ``article_id``, whose text is ``text``)."""
        by_id = self.by_id.get(event.event_id)
        if by_id is not None:
            return by_id
        sentences = evidence_sentences(event, text)
        best: tuple[int, Verdict | None] = (0, None)
        for v in self.by_article.get(article_id, ()):
            if v.event_type != event.event_type:
                continue
            shared = overlap(sentences, v.evidence)
            if shared > best[0]:
                best = (shared, v)
        return best[1]
