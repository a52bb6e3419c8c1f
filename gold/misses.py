"""Why the coder misses gold events: one line of diagnosis per missed event of a split.

Recall work needs to know, per missed event, where the chain broke: no trigger word in the
sentences that tell it, a mention dropped or given another modality, a draft not grounded
or not built (no side, a scope rule), an event the scope model removed, or one coded with
another type, place or date. Texts are joined from ``../shared`` at run time and never
written anywhere but the terminal.

    .venv/bin/python gold/misses.py gold/nl.jsonl --split dev [--all]

``--all`` also lists the matched events and the spurious ones. Dev only: the test split is
scored, never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from eventcoder.evaluate.gold import GoldArticle, GoldEvent, load_gold
from eventcoder.evaluate.scoring import describe, match_article
from eventcoder.extract import pack_for
from eventcoder.extract.coding import grounded
from eventcoder.extract.events import REAL, Coder
from eventcoder.extract.mentions import Mention, build_mentions
from eventcoder.extract.scan import scan_article
from eventcoder.nlp import load_pipeline
from eventcoder.pipeline import code_article, parse_text


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _short(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _mention(m: Mention, text: str) -> str:
    parts = [f"{text[m.hit.start:m.hit.end]!r}->{m.label}/{m.weight:g}", f"mod={m.modality}"]
    if m.background:
        parts.append("background")
    for name in ("agents", "targets", "others"):
        spans = getattr(m, name)
        if spans:
            parts.append(f"{name}=" + ",".join(getattr(a, "key", "?") for a in spans))
    if m.places:
        parts.append("places=" + ",".join(
            f"{p.text}{'' if p.trusted else '?'}" for p in m.places))
    if m.times:
        parts.append(f"times={len(m.times)}")
    if m.casualties:
        parts.append(f"tolls={len(m.casualties)}")
    return " ".join(parts)


def diagnose(item: GoldArticle, show_all: bool) -> list[str]:
    """The lines for one article: each missed event with where the chain broke."""
    article = item.article
    scoped = code_article(article.model_copy(deep=True))
    detail = match_article(article.id, item.events, scoped)
    if not detail.missed and not (show_all and (detail.spurious or detail.matches)):
        return []
    rules = code_article(article.model_copy(deep=True), scope=False)
    rdetail = match_article(article.id, item.events, rules)
    rmatched = {m.gold_index for m in rdetail.matches}
    copy = article.model_copy(deep=True)
    pack = pack_for(copy)
    text = copy.text
    doc = parse_text(load_pipeline(copy.language or "en"), text)
    scan = scan_article(text, pack, doc)
    coder = Coder(copy, pack, scan)
    pub = coder.pub
    mentions = build_mentions(scan, pack, doc, pub.day.year if pub else None,
                              pub.day.month if pub and pub.precision != "year" else None)
    drafts = coder.cluster(mentions)
    coder.continue_drafts(drafts)
    lines = [f"== {article.id} ({len(scan.sentences)} sentences) published={article.published}"
             f" gold={len(item.events)} scoped={len(scoped)} rules={len(rules)}"]
    for miss in detail.missed:
        gold: GoldEvent = item.events[miss.gold_index]
        spans = [(e.start, e.end) for e in gold.evidence]
        sents = [s for s in scan.sentences if any(_overlaps((s.start, s.end), sp) for sp in spans)]
        hits = [h for s in sents for h in s.triggers]
        ms = [m for m in mentions if any(_overlaps((m.hit.start, m.hit.end), (s.start, s.end))
                                          for s in sents)]
        in_drafts = [d for d in drafts if any(m in d.mentions for m in ms)]
        if miss.gold_index in rmatched:
            why = "scope model removed it"
        elif not hits:
            why = "no trigger in the evidence"
        elif not ms:
            why = "trigger dropped (grievance/support)"
        elif not in_drafts:
            why = "mention made no draft"
        elif all(d.modality not in REAL for d in in_drafts):
            why = "draft modality " + ",".join(sorted({str(d.modality) for d in in_drafts}))
        elif not any(grounded(coder.ctx, d) for d in in_drafts if d.modality in REAL):
            why = "draft not grounded"
        elif not rules:
            why = "draft built no event"
        else:
            why = "coded, not matched: " + "; ".join(describe(e) for e in rules)
        lines.append(f"  MISS {describe(gold)} | {gold.actor1} v {gold.actor2}")
        lines.append(f"    why: {why}")
        for sp in spans:
            lines.append(f"    evidence: {_short(text[sp[0]:sp[1]])}")
        for m in ms:
            lines.append(f"    mention: {_mention(m, text)}")
        for d in in_drafts:
            lines.append(f"    draft: modality={d.modality} grounded={grounded(coder.ctx, d)}"
                         f" labels={d.labels()}")
    if show_all:
        for match in detail.matches:
            lines.append(f"  OK   {match.gold}")
        for spur in detail.spurious:
            lines.append(f"  SPUR {spur.predicted}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--split", default="dev", choices=["dev"],
                        help="dev only: the test split is never read")
    parser.add_argument("--all", action="store_true", help="also matched and spurious events")
    parser.add_argument("--id", action="append", help="only these article ids")
    args = parser.parse_args(argv)
    items = load_gold(args.gold, split=args.split)
    out: list[Any] = []
    for item in items:
        if args.id and item.article.id not in args.id:
            continue
        if not item.events and not args.all:
            continue
        out.extend(diagnose(item, args.all))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
