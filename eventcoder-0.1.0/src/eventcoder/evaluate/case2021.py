"""CASE 2021 shared task 2: fine-grained event classification of English news snippets.

Each snippet carries one label: one of ACLED's 25 sub-event types (in the task's own
spelling) or a non-ACLED class (DIPLO, ATTRIB, ORG_CRIME, MAN_MADE_DISASTER,
NATURAL_DISASTER, OTHER), which we score as "no event". Per snippet we predict the sub-event
type of its main event, or no event. Micro F1 treats "no event" as the negative class (a
wrong event type counts as both a false positive and a false negative); macro F1 averages
the per-class F1 of the ACLED classes present in gold or predictions; accuracy is the share
of snippets whose prediction (no event included) equals gold.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.records import Article, Event

if TYPE_CHECKING:
    from eventcoder.langpacks import LanguagePack

NO_EVENT = "no event"

# CASE 2021 task 2 labels -> ACLED sub-event types (spelled as in records.ACLED_TYPES).
CASE_TO_ACLED: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
}
NOT_ACLED = frozenset(
    {"DIPLO", "ATTRIB", "ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER", "OTHER"}
)


class Case2021FormatError(ValueError):
    """The file is not a CASE 2021 task 2 TSV (id, EventSnippet, SubType)."""


def map_label(label: str) -> str:
    """A CASE label as an ACLED sub-event type, or ``NO_EVENT``; unknown labels are an error."""
    label = label.strip()
    if label in CASE_TO_ACLED:
        return CASE_TO_ACLED[label]
    if label in NOT_ACLED:
        return NO_EVENT
    raise Case2021FormatError(f"unknown CASE 2021 label {label!r}")


def read_case2021(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, ACLED label or no event) rows of a labelled task 2 file."""
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or [])
        if missing:
            raise Case2021FormatError(f"{path}: missing columns {sorted(missing)}")
        for row in reader:
            rows.append((row["id"], row["EventSnippet"] or "", map_label(row["SubType"])))
    return rows


MAIN_EVENT_MARGIN = 0.15
BACKDROP_REACH_WORDS = 4  # words between a backdrop clause's opening word and its event word


def main_event(events: list[Event], text: str = "", pack: LanguagePack | None = None
               ) -> Event | None:
    """The event a snippet is about: the first told among the nearly most confident ones
    (news leads with its main event), told in a main clause where one is: an event word in a
    clause the pack's ``backdrop_clause`` words open ("A day after police arrested
    protesters, the council said three members were abducted") tells the backdrop."""
    if not events:
        return None

    def first_offset(event: Event) -> int:
        return min((e.start for e in event.evidence_for("event_type")), default=0)

    from eventcoder.extract.cue_find import find_cues, tokens_between

    cues = (pack.discourse.get("backdrop_clause") or []) if pack is not None and text else []

    def in_backdrop(event: Event) -> bool:
        at = first_offset(event)
        floor = max(text.rfind(mark, 0, at) for mark in (". ", ", ", "; ", "\n"))
        return any(tokens_between(text, end, at) <= BACKDROP_REACH_WORDS
                   for _s, end, _c in find_cues(cues, text, max(floor, 0), at))

    top = max(e.confidence for e in events)
    leading = [e for e in events if e.confidence >= top - MAIN_EVENT_MARGIN]
    return min(leading, key=lambda e: (bool(cues) and in_backdrop(e), first_offset(e)))


def predict_snippet(text: str, snippet_id: str = "") -> str:
    """The sub-event type of the snippet's main event, or ``NO_EVENT``."""
    from eventcoder.extract import extract_events, pack_for, prefilter

    article = Article(id=f"case2021-{snippet_id}", text=text, language="en")
    if not prefilter(article):
        return NO_EVENT
    event = main_event(extract_events(article), text, pack_for(article))
    return event.sub_event_type if event else NO_EVENT


def score(gold: list[str], predicted: list[str]) -> dict:
    """Micro/macro F1 over ACLED classes ("no event" is the negative class) and accuracy."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            if g != NO_EVENT:
                tp[g] += 1
            continue
        if p != NO_EVENT:
            fp[p] += 1
        if g != NO_EVENT:
            fn[g] += 1
    classes = sorted((set(gold) | set(predicted)) - {NO_EVENT})
    per_class = {}
    for c in classes:
        per_class[c] = {**_prf(tp[c], fp[c], fn[c]), "support": sum(1 for g in gold if g == c)}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro_f1 = sum(v["f1"] for v in per_class.values()) / len(per_class) if per_class else 0.0
    accuracy = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / max(len(gold), 1)
    return {
        "n": len(gold),
        "micro_precision": micro["precision"],
        "micro_recall": micro["recall"],
        "micro_f1": micro["f1"],
        "macro_f1": round(macro_f1, 4),
        "accuracy": round(accuracy, 4),
        "per_class": per_class,
    }


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_case2021(
    path: Path, predict: Callable[[str, str], str] | None = None
) -> dict:
    """Score sub-event type prediction on a labelled CASE 2021 task 2 file."""
    rows = read_case2021(Path(path))
    predict = predict or predict_snippet
    gold: list[str] = []
    predicted: list[str] = []
    confusions: Counter[tuple[str, str]] = Counter()
    for snippet_id, text, label in rows:
        try:
            guess = predict(text, snippet_id)
        except Exception as exc:  # one bad snippet is scored as a miss, never stops the run
            guess = NO_EVENT
            confusions[(label, f"error: {type(exc).__name__}")] += 1
        gold.append(label)
        predicted.append(guess)
        if guess != label:
            confusions[(label, guess)] += 1
    result = score(gold, predicted)
    result["top_confusions"] = [
        {"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(15)
    ]
    return result


def format_case2021_report(result: dict) -> str:
    """A plain-text table: overall scores, then per class."""
    lines = [
        f"CASE 2021 task 2: {result['n']} snippets",
        f"micro P {result['micro_precision']:.3f}  R {result['micro_recall']:.3f}  "
        f"F1 {result['micro_f1']:.3f}   macro F1 {result['macro_f1']:.3f}   "
        f"accuracy {result['accuracy']:.3f}",
        "",
        f"{'sub-event type':<38}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}",
    ]
    for name, v in sorted(result["per_class"].items()):
        lines.append(
            f"{name:<38}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>6}"
        )
    if result.get("top_confusions"):
        lines.append("")
        lines.append("most frequent confusions (gold -> predicted):")
        for c in result["top_confusions"]:
            lines.append(f"  {c['count']:>4}  {c['gold']} -> {c['predicted']}")
    return "\n".join(lines)
