"""Scope: is a coded event political violence, a demonstration or a strategic development as
ACLED codes them, reported as news? A learned decision, not one more list of blocker words.

The rules find candidate events; this component scores each candidate (after geocoding, so the
place and the date are known) with a logistic model over language-independent features (event
type with its sides' inter codes, named or generic actors, modality, how long before
publication it happened, toll, place precision, whether the telling sentence gives date, place
and doer) and the trigger words. The weights are trained by ``training/train_scope.py`` from
the project's coded sets and analysts' verdicts on candidates, and shipped as
``models/scope/scope.json`` (about 12 kB of readable JSON).

A candidate placed only in a country is not coded (:func:`country_only`). One under the
threshold is not coded unless the rules are sure of it
(:func:`told_in_full`: its telling sentence gives its doer, place and a date within the news
horizon), nor is one that ended more than the codebook's news
horizon (:data:`BACKGROUND_DAYS`) before publication, or whose dates run over more than a
month (:func:`spans_months`: a tally "since" a day), whatever its score: an old event told
again is background, kept as ``background`` only when every modality is asked for (like one
the rules already called historical); any other rejected candidate is dropped. In an article
without a publication date the latest full date its text tells stands in for it (the story was
written no earlier); an event whose date cannot be placed against either is judged by the model
alone.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from eventcoder.records import Article, Event, Modality, TimeKind, iso_date_range

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "scope" / "scope.json"
BACKGROUND_DAYS = 14  # the codebook's news horizon
LONGEST_SPAN_DAYS = 31  # the codebook dates an event to the day, the week or the month
# sub-event types no one but an armed force carries out: the deed names its doer
ARMED_DEEDS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb"})
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _bucket(value: int | None, edges: tuple[int, ...]) -> str:
    if value is None:
        return "none"
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def days_before_publication(event: Event, article: Article) -> int | None:
    """Days from the event's latest possible day to publication (negative: after it)."""
    published = iso_date_range(article.published)
    span = iso_date_range(event.date_end or event.date_start or event.event_date)
    if published is None or span is None:
        return None
    return (published[1] - span[1]).days


@lru_cache(maxsize=16)  # one article's candidates share it; a stream must not fill memory
def latest_told_day(text: str, lang: str) -> date | None:
    """The latest full date (day, month and year) the text tells: a bound below the day an
    undated article was written, for inputs that carry no publication date."""
    from eventcoder.extract.dates import find_times
    from eventcoder.langpacks import load_pack

    try:
        times = find_times(text, load_pack(lang))
    except Exception:  # a language without a pack tells no dates we can read
        return None
    days = []
    for t in times:
        if t.kind == TimeKind.DATE and t.year and t.month and t.day:
            try:
                days.append(date(t.year, t.month, t.day))
            except ValueError:  # "31 April"
                continue
    return max(days, default=None)


def days_before_told(event: Event, article: Article) -> int | None:
    """For an article without a publication date: days from the event's latest possible day
    to the latest date the text tells (an event dated years before the story's own dates is
    background, as one dated before publication is)."""
    if article.published is not None:
        return None
    span = iso_date_range(event.date_end or event.date_start or event.event_date)
    if span is None:
        return None
    latest = latest_told_day(article.text, (article.language or "en").split("-")[0].lower())
    return None if latest is None else (latest - span[1]).days


@lru_cache(maxsize=16)  # one article's candidates share it; a stream must not fill memory
def _density(text: str, lang: str) -> int:
    from eventcoder.extract.spans import trigger_scan
    from eventcoder.langpacks import load_pack

    try:
        scan = trigger_scan(load_pack(lang))  # the pack's trigger union, narrowed per text
    except Exception:  # a language without a pack: no density
        return 0
    if scan is None or not text:
        return 0
    return round(1000 * sum(1 for _ in scan.finditer(text)) / len(text))


_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)]*\s+[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (a punctuation split: the features need no parser)."""
    start = _last_end_before(text, offset)
    after = _SENTENCE_END.search(text, offset)
    end = after.end() if after else len(text)
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _last_end_before(text: str, offset: int) -> int:
    """The end of the last :data:`_SENTENCE_END` match of ``finditer(text, 0, offset)`` (0 if
    none), scanning back from ``offset`` in growing steps instead of from the text's start.

    A match is one punctuation mark or a run of whitespace, so none spans a position after a
    character that is not whitespace: a scan begun there finds the same matches as one begun
    at 0 (the same ``endpos``, so the same lookahead)."""
    reach = 400
    while True:
        begin = max(0, offset - reach)
        while begin > 0 and text[begin - 1].isspace():
            begin -= 1
        end = None
        for m in _SENTENCE_END.finditer(text, begin, offset):
            end = m.end()
        if end is not None:
            return end
        if begin == 0:
            return 0
        reach *= 4


@lru_cache(maxsize=16)  # one article's candidates share it; a stream must not fill memory
def _times(text: str, lang: str) -> tuple[tuple[int, tuple[int, int] | None], ...]:
    """Each time expression's start, with the noun it completes when it dates a noun and not
    its sentence ("de krant van woensdag": :func:`~eventcoder.extract.dates.time_owner`)."""
    from eventcoder.extract.dates import find_times, time_owner
    from eventcoder.langpacks import load_pack

    try:
        pack = load_pack(lang)
        times = find_times(text, pack)
    except Exception:  # a language without a pack tells no times we can read
        return ()
    out = []
    for t in sorted(times, key=lambda t: t.start):
        lo, hi = sentence_around(text, t.start)
        out.append((t.start, time_owner(text, t.start, t.end, pack, lo, hi)))
    return tuple(out)


LEAD_SENTENCES = 2  # a news story's lead tells its own event, time or not


def spans_months(event: Event) -> bool:
    """Whether the event's dates run over more than a month ("Sinds 7 oktober zijn ruim
    28.000 Palestijnen gedood"): a tally or a campaign since a day, not one event; the
    codebook dates an event no less precisely than to its month."""
    first = iso_date_range(event.date_start)
    last = iso_date_range(event.date_end or event.date_start)
    return first is not None and last is not None and (
        (last[1] - first[0]).days > LONGEST_SPAN_DAYS)


def untimed(event: Event, article: Article) -> bool:
    """Whether the article gives the event no time of its own: no day, date or relative day
    in a sentence that tells it nor in the sentence before or after one, and it is not told
    in the lead. The codebook codes an event "when the article gives its place and its
    time"; "de aanslag in Utrecht" said in passing in a story on the elections gives none.
    A time word counts even where no publication date lets it be resolved."""
    text = article.text
    lang = (article.language or "en").split("-")[0].lower()
    triggers = sorted({e.start for e in event.evidence_for("event_type")})
    if len(triggers) != 1 or not text or event.evidence_for("date"):
        return False  # a time found, or an event told at length: part of the story
    told = sorted({sentence_around(text, start) for start in triggers})
    lead_end = 0
    for _ in range(LEAD_SENTENCES):
        if lead_end < len(text):
            lead_end = sentence_around(text, lead_end)[1]
    if told[0][0] < lead_end:
        return False
    times = _times(text, lang)
    starts = [start for start, _owner in times]

    def dates_it(owner: tuple[int, int] | None) -> bool:
        # a time that completes another noun ("de krant van woensdag") dates that noun
        return owner is None or any(owner[0] <= t < owner[1] for t in triggers)

    for s, e in told:
        before = sentence_around(text, s - 1)[0] if s > 0 else s
        after = sentence_around(text, e)[1] if e < len(text) else e
        i = bisect_left(starts, before)
        while i < len(starts) and starts[i] < after:
            if dates_it(times[i][1]):
                return False
            i += 1
    return True


def _generic(actor: str | None) -> bool:
    return actor is None or "(" in actor or " of " in actor


def scope_features(
    event: Event, article: Article, candidates: int = 1
) -> dict[str, float]:
    """The candidate's features: named, one-hot, language independent except the trigger
    words (``trig:<lang>:<words>``); ``candidates`` is how many candidates the article gave.
    (The sentences' and the title's own words were tried: with a few hundred labelled
    candidates they only fit noise, see training/README.md.)"""
    lang = (article.language or "en").split("-")[0].lower()
    f: dict[str, float] = {
        f"type={event.event_type}": 1.0,
        f"sub={event.sub_event_type}": 1.0,
        f"inter1={event.inter1}": 1.0,
        f"inter2={event.inter2}": 1.0,
        f"interaction={event.interaction}": 1.0,
        # the sub-type with its sides: an attack with no known attacker on civilians, an
        # arrest of nobody in particular, a clash with one side
        f"sides={event.sub_event_type}|{event.inter1}|{event.inter2}": 1.0,
        f"modality={event.modality}": 1.0,
        f"time_precision={event.time_precision}": 1.0,
        f"geo_precision={event.geo_precision}": 1.0,
        f"actor1_named={not _generic(event.actor1)}": 1.0,
        f"actor2_named={event.actor2 is not None and not _generic(event.actor2)}": 1.0,
        f"assoc={bool(event.assoc_actor_1 or event.assoc_actor_2)}": 1.0,
        f"fatalities={_bucket(event.fatalities, (0, 1, 9))}": 1.0,
        f"claimed={bool(event.fatalities_claimed)}": 1.0,
        f"injured={_bucket(event.injured, (0, 9))}": 1.0,
        f"days_before={_bucket(days_before_publication(event, article), (-1, 1, 7, 14, 60))}": 1.0,
        f"published={article.published is not None}": 1.0,
        f"lang={lang}": 1.0,
        "confidence": event.confidence,
    }
    # (evidence spans, not sentences: the shipped weights were fitted so; counting sentences
    # without refitting moved four background mentions of the Dutch stream over the threshold,
    # and the model refitted on sentences lost more than it gained: training/README.md)
    sentences = len({(e.start, e.end) for e in event.evidence})
    f[f"evidence_sentences={_bucket(sentences, (1, 3))}"] = 1.0
    f[f"candidates={_bucket(candidates, (1, 2, 4))}"] = 1.0
    f[f"located={event.location is not None}"] = 1.0
    text = article.text
    triggers = sorted({(e.start, e.end) for e in event.evidence_for("event_type")})
    told = sorted({sentence_around(text, start) for start, _ in triggers})
    # Whether the sentences that tell the event also give its time, place and doer: a passing
    # mention ("since the attack") gives none of them.
    for name in ("date", "location", "actor1"):
        inside = any(s <= e.start and e.end <= t for e in event.evidence_for(name)
                     for s, t in told)
        f[f"{name}_in_trigger={inside}"] = 1.0
    # How much of the article is about violence or protest at all (the pack's trigger words
    # per 1,000 characters): a sport or health story with one such word is not conflict news.
    f[f"trigger_density={_bucket(_density(text, lang), (0, 1, 3))}"] = 1.0
    # News leads with its event; background and comparisons come later in the text.
    first = told[0][0] if told else 0
    f[f"position={_bucket(round(10 * first / max(1, len(text))), (0, 2, 5))}"] = 1.0
    for start, end in triggers:
        f[f"trig:{lang}:{text[start:end].lower()}"] = 1.0
    words = {w.lower() for start, end in told for w in _WORD.findall(text[start:end])}
    title_words = {w.lower() for w in _WORD.findall(article.title or "")}
    # The event is the article's subject when its sentence shares words with the title.
    shared = {w for w in words & title_words if len(w) > 4}
    f[f"title_overlap={_bucket(len(shared), (0, 1)) if article.title else 'no title'}"] = 1.0
    return f


@dataclass(frozen=True)
class ScopeModel:
    """Logistic weights over named features, and the decision threshold chosen on dev."""

    weights: dict[str, float]
    bias: float
    threshold: float
    version: str = ""
    thresholds: dict[str, float] | None = None  # per language, where the data allowed one

    def threshold_for(self, language: str | None) -> float:
        lang = (language or "").split("-")[0].lower()
        return (self.thresholds or {}).get(lang, self.threshold)

    def probability(self, event: Event, article: Article, candidates: int = 1) -> float:
        features = scope_features(event, article, candidates)
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> ScopeModel:
        weights = data.get("weights")
        if not isinstance(weights, dict) or not all(
            isinstance(v, int | float) for v in weights.values()
        ):
            raise ValueError("scope model: 'weights' must map feature names to numbers")
        default = float(data["threshold"])
        per_language = {str(k): float(v) for k, v in (data.get("thresholds") or {}).items()}
        for value in (default, *per_language.values()):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"scope model: threshold {value} is not a probability")
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["bias"]),
                   default, str(data.get("version", "")), per_language or None)


def told_in_full(event: Event, article: Article) -> bool:
    """Whether the rules are sure of the event: it is told as having happened, the sentence
    that tells it also gives its doer, its place and its date, and that date lies within the
    news horizon of a publication date (not after it). The codebook codes an event "when the
    article gives its place and its time"; a candidate told this completely is kept whatever
    the model scores: the model, fitted on a few hundred candidates, weighs a plain report
    ("On 20 September 2022, ENDF troops killed 10 Al Shabaab militants near Yeed") no higher
    than a passing mention (its date and place features weigh about nothing). A deed only
    armed forces do (an air or drone strike, shelling, a suicide bombing) names its doer by
    itself: its sentence need not ("On Sunday, a drone strike near Aguelhok killed eight
    civilians")."""
    armed = event.sub_event_type in ARMED_DEEDS
    if (event.actor1 is None and not armed) or event.modality != Modality.REPORTED:
        return False
    days = days_before_publication(event, article)
    if days is None or not -1 <= days <= BACKGROUND_DAYS:
        return False
    text = article.text
    triggers = sorted({e.start for e in event.evidence_for("event_type")})
    told = sorted({sentence_around(text, start) for start in triggers})
    names = ("date", "location") if armed else (
        "date", "location", "actor1")
    return all(any(s <= e.start and e.end <= t for e in event.evidence_for(name)
                   for s, t in told) for name in names)


def country_only(event: Event) -> bool:
    """An event the text places in no province, district or town, only in a country ("the
    military, which has staged 12 coups", "Germany's protests"): the codebook places an event
    at least in its province, and such candidates are statements about a country, not events
    (dev sets: 1 true of 22 candidates; 1 of 143 dev gold events is placed only so)."""
    return event.geo_precision == 3 and (event.admin1 is None or event.location == event.country)


def _group_of(i: int, groups: list[list[int]] | None) -> list[int]:
    """The candidates reported as one event with candidate ``i`` (itself at least)."""
    for group in groups or []:
        if i in group:
            return group
    return [i]


@cache
def load_scope_model(path: Path = MODEL_PATH) -> ScopeModel | None:
    """The shipped model, or None when there is none (then every candidate is kept)."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return ScopeModel.from_json(json.load(fh))


def apply_scope(
    article: Article, events: list[Event], *, all_modalities: bool = False,
    model: ScopeModel | None = None, groups: list[list[int]] | None = None,
) -> list[Event]:
    """The events the scope model keeps; rejected old ones as ``background`` if asked for.

    ``groups`` lists the indices of candidates that are reports of one event (the merge
    stage's clusters within the article): a group is kept or rejected as a whole, by its
    best-scored report, so that the rules splitting one told event does not halve it."""
    model = model or load_scope_model()
    if model is None:
        return events
    scores = [model.probability(event, article, len(events)) for event in events]
    for group in groups or []:
        best = max(scores[i] for i in group)
        for i in group:
            scores[i] = best
    kept = []
    threshold = model.threshold_for(article.language)
    for i, (event, p) in enumerate(zip(events, scores, strict=True)):
        days = days_before_publication(event, article)
        if days is None:
            days = days_before_told(event, article)
        old = event.modality == Modality.HISTORICAL or (
            days is not None and days > BACKGROUND_DAYS) or untimed(event, article) or (
            spans_months(event))
        if not old and not country_only(event) and (p >= threshold or any(
                told_in_full(events[j], article) for j in _group_of(i, groups))):
            event.confidence = round(min(event.confidence, p) if event.confidence else p, 3)
            kept.append(event)
            continue
        if all_modalities and old:
            # the plain name (a record field assigned without validation keeps what it gets)
            event.modality = Modality.BACKGROUND.value
            kept.append(event)
    return kept
