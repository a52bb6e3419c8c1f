"""One record from many reports of an incident: the rules of docs/merging.md.

Every rule prefers what the sources agree on and never makes a figure larger, a place or a
date more precise than some source states. Merging never makes an event less true than its
best report: a sub-type one paper alone reads into the story does not override the others, a
merged date range always holds the day the most precise reports give, and a toll is the
lowest figure some report states in its own words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date

from eventcoder.extract.notes import summary_note
from eventcoder.merge.features import (
    event_day_range,
    normalise_name,
    parse_day_range,
    split_actors,
)
from eventcoder.records import (
    STATE,
    SUB_EVENT_TO_TYPE,
    ClaimedFatalities,
    Event,
    Evidence,
    Modality,
    interaction_code,
)

_LOCATION_FIELDS = (
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonameid",
)


def combine_events(members: list[Event], canonical_id: str | None = None,
                   estimated: Callable[[Event], bool] | None = None) -> Event:
    """Merge reports (earliest-seen first) into one event with all sources and evidence.
    ``estimated(event)``: its death toll is only a quantifier's reading ("dozens"), which
    counts only where no other report gives a number."""
    if not members:
        raise ValueError("combine_events needs at least one event")
    first = members[0]
    if len(members) == 1:
        merged = first.model_copy()
        merged.evidence = list(first.evidence)
        merged.fatalities_claimed = list(first.fatalities_claimed)
        merged.article_ids = _article_ids(members)
        if canonical_id:
            merged.event_id = canonical_id
        return merged

    rep = _representative(members)
    merged = rep.model_copy()  # every list field is rebuilt below; records inside are shared
    merged.event_id = canonical_id or first.event_id
    merged.sub_event_type = merged_sub_event_type(members, rep.inter1)
    merged.event_type = SUB_EVENT_TO_TYPE.get(merged.sub_event_type, rep.event_type)
    _apply_location(merged, members)
    _apply_dates(merged, members)
    _apply_actors(merged, rep, members)
    merged.interaction = interaction_code(merged.inter1, merged.inter2)
    counted = [ev for ev in members if not estimated(ev)] if estimated else members
    has_count = any(ev.fatalities and any(i.field == "fatalities" for i in ev.evidence)
                    for ev in counted)
    merged.fatalities = _lowest_supported(counted if has_count else members, "fatalities")
    merged.injured = _lowest_supported(members, "injured")
    merged.fatalities_claimed = _unique_claims(members)
    merged.modality = (
        Modality.REPORTED.value
        if any(ev.modality == Modality.REPORTED for ev in members)
        else rep.modality
    )
    merged.confidence = _combined_confidence(members)
    # The note is regenerated from the merged record, so its figures are the merged ones.
    merged.notes = summary_note(merged)
    merged.source = _joined(ev.source for ev in members)
    merged.source_url = rep.source_url or next(
        (ev.source_url for ev in members if ev.source_url), None
    )
    merged.evidence = _unique_evidence(members)
    merged.article_ids = _article_ids(members)
    return merged


def _representative(members: list[Event]) -> Event:
    """The most complete report (most actor and place fields); among an article's own reports
    the one it tells first (its lead: "Taliban fighters attacked ..." before "the forces
    pushed them back"), else the most confident."""
    lead_of: dict[str, int] = {}
    for index, ev in enumerate(members):
        for article_id in ev.article_ids[:1]:
            lead_of.setdefault(article_id, index)

    def completeness(item: tuple[int, Event]) -> tuple[int, int, float, int]:
        index, ev = item
        filled = sum(
            value is not None
            for value in (ev.actor1, ev.actor2, ev.inter1, ev.inter2, ev.location, ev.notes)
        )
        lead = int(any(lead_of.get(a) == index for a in ev.article_ids[:1]))
        return filled, lead, ev.confidence, -index

    return max(enumerate(members), key=completeness)[1]


# ACLED's sub-types that refine another one (the codebook's taxonomy, not language): a
# territory change by force is an armed clash in which one side took ground; a protest met
# with force is first a protest. A report may tell the general story and leave out the rest.
REFINES: dict[str, str] = {
    "Non-state actor overtakes territory": "Armed clash",
    "Government regains territory": "Armed clash",
    "Protest with intervention": "Peaceful protest",
    "Excessive force against protesters": "Protest with intervention",
}
# Sub-types that say which side holds the ground afterwards: the government's side has an
# actor1 of the STATE inter codes (state forces, external forces).
_SIDE_OF_TAKER: dict[str, bool] = {
    "Government regains territory": True,
    "Non-state actor overtakes territory": False,
}


def _lineage(sub_type: str) -> list[str]:
    """The sub-type and its more general readings, most specific first."""
    chain = [sub_type]
    while chain[-1] in REFINES and REFINES[chain[-1]] not in chain:
        chain.append(REFINES[chain[-1]])
    return chain


def _source_key(ev: Event) -> str:
    """Reports of one article are one source: they count once in a vote."""
    return ev.article_ids[0] if ev.article_ids else ev.event_id


def merged_sub_event_type(members: list[Event], actor1_inter: int | None = None) -> str:
    """The most specific sub-type the reports support, never one that reverses the sides.

    Readings are grouped by their most general form (a territory change under "Armed clash");
    the group with the most confidence behind it wins (ties: the earliest report), as papers
    disagree on "clash" vs "attack". Inside it, a more specific reading wins only when more
    than half of the sources that tell the incident read it (a report of the state driving
    attackers out, read by one paper as the attackers taking territory, does not outvote one
    that reads a clash). Readings that disagree on who took ground give their common general
    form, and a territory reading whose taker is not the merged event's actor1 gives way too.
    """
    if len({ev.sub_event_type for ev in members}) == 1:
        return _on_the_right_side(members[0].sub_event_type, actor1_inter)
    roots: dict[str, float] = {}  # confidence summed per root reading
    for ev in members:
        root_type = _lineage(ev.sub_event_type)[-1]
        roots[root_type] = roots.get(root_type, 0) + ev.confidence
    best = max(roots.values())
    root = next(
        _lineage(ev.sub_event_type)[-1]
        for ev in members
        if roots[_lineage(ev.sub_event_type)[-1]] == best
    )
    # each source's reading: its most confident report under this root
    reading: dict[str, Event] = {}
    for ev in members:
        if _lineage(ev.sub_event_type)[-1] != root:
            continue
        key = _source_key(ev)
        if key not in reading or ev.confidence > reading[key].confidence:
            reading[key] = ev
    lineages = [_lineage(ev.sub_event_type) for ev in reading.values()]
    # the deepest reading every source agrees with is the floor; stop where sources diverge
    support: Counter[str] = Counter(sub for lineage in lineages for sub in set(lineage))
    chosen = root
    for sub in sorted(support, key=lambda s: -len(_lineage(s))):
        if support[sub] * 2 > len(lineages) and not _diverging(sub, lineages):
            chosen = sub
            break
    return _on_the_right_side(chosen, actor1_inter)


def _diverging(sub: str, lineages: list[list[str]]) -> bool:
    """Does some source read a different refinement at this level or below (a reversal)?"""
    for lineage in lineages:
        if sub in lineage:
            continue
        # a source whose reading is neither more general than sub nor within it
        if lineage[0] not in _lineage(sub):
            return True
    return False


def _on_the_right_side(sub_type: str, actor1_inter: int | None) -> str:
    """A territory reading whose taker is not actor1's kind is read as the general clash."""
    taker_is_state = _SIDE_OF_TAKER.get(sub_type)
    if taker_is_state is None or actor1_inter is None:
        return sub_type
    if (actor1_inter in STATE) != taker_is_state:
        return REFINES[sub_type]
    return sub_type


def _apply_location(merged: Event, members: list[Event]) -> None:
    """The most precise place; among equally precise ones, the one most sources agree on."""
    located = [ev for ev in members if ev.latitude is not None and ev.longitude is not None]
    pool = located or [ev for ev in members if ev.admin1 or ev.country]
    if not pool:
        return

    support = Counter(_place_key(ev) for ev in pool)
    best_precision = min(ev.geo_precision or 3 for ev in pool)
    precise = [(i, ev) for i, ev in enumerate(pool) if (ev.geo_precision or 3) == best_precision]
    _, chosen = max(precise, key=lambda item: (support[_place_key(item[1])], -item[0]))
    for name in _LOCATION_FIELDS:
        setattr(merged, name, getattr(chosen, name))
    # A town-level report may lack the district a vaguer one names: keep it if they agree.
    if merged.admin2 is None:
        merged.admin2 = next(
            (ev.admin2 for ev in members if ev.admin2 and ev.admin1 == merged.admin1), None
        )


def _place_key(ev: Event) -> tuple:
    """Reports name "the same place" by gazetteer id, else by coordinates to about a kilometre."""
    if ev.geonameid is not None:
        return ("geonameid", ev.geonameid)
    if ev.latitude is not None and ev.longitude is not None:
        return ("point", round(ev.latitude, 2), round(ev.longitude, 2))
    return ("admin1", normalise_name(ev.admin1), normalise_name(ev.country))


def _apply_dates(merged: Event, members: list[Event]) -> None:
    """The days every report allows (their intersection), written as precisely as that is,
    widened so that it holds the most likely day of each of the most precise reports.

    Two vague readings of one weekday ("Saturday" in a September paper: 31 August to 28
    September; an English "Sunday ... a day after" read as 1 to 29 September) intersect on
    days that drop the one day the first report finds most likely; the merged range must never
    lose it. A report's most likely day is its own single-day ``event_date``; a precise report
    (a day) speaks for the day, so vaguer reports' first days do not widen its range.
    """
    ranges = [(ev, r) for ev in members if (r := event_day_range(ev)) is not None]
    if not ranges:
        return
    start = max(r[0] for _, r in ranges)
    end = min(r[1] for _, r in ranges)
    if start > end:  # not mergeable by the rules; keep the representative's dates untouched
        return
    likely = _most_likely_days(ranges)
    if likely:
        start, end = min(start, *likely), max(end, *likely)
    exact = next((ev for ev, r in ranges if r == (start, end)), None)
    if exact is not None:
        merged.event_date = exact.event_date or start.isoformat()
        merged.date_start, merged.date_end = exact.date_start, exact.date_end
        merged.time_precision = exact.time_precision or _time_precision(start, end)
        return
    merged.date_start, merged.date_end = start.isoformat(), end.isoformat()
    merged.time_precision = _time_precision(start, end)
    if start == end:
        merged.event_date = start.isoformat()
        return
    merged.event_date = likely[0].isoformat() if likely else start.isoformat()


def _most_likely_days(ranges: list[tuple[Event, tuple[date, date]]]) -> list[date]:
    """The own day (a single-day event_date inside its range) of each report as precise as
    the most precise one, narrowest report first, then in report order. A vaguer report's
    first day is only where its range starts, not a reading of the day."""
    sharpest = min(_time_precision(first, last) for _, (first, last) in ranges)
    days: list[date] = []
    for ev, (first, last) in sorted(ranges, key=lambda item: item[1][1] - item[1][0]):
        if _time_precision(first, last) != sharpest:
            continue
        day = parse_day_range(ev.event_date)
        if day is not None and day[0] == day[1] and first <= day[0] <= last:
            days.append(day[0])
    return days


def _time_precision(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days == 1 else 2 if days <= 7 else 3


def _apply_actors(merged: Event, rep: Event, members: list[Event]) -> None:
    """The representative's two sides, with every associated actor reported on each side."""
    side1, side2 = normalise_name(rep.actor1), normalise_name(rep.actor2)
    assoc1: list[str] = []
    assoc2: list[str] = []
    for ev in members:
        a1, a2 = normalise_name(ev.actor1), normalise_name(ev.actor2)
        swapped = (bool(side1) and a2 == side1) or (bool(side2) and a1 == side2)
        own, other = split_actors(ev.assoc_actor_1), split_actors(ev.assoc_actor_2)
        if ev is not rep and set(ev.article_ids) & set(rep.article_ids):
            # the article's other report of the incident names a further force on a side
            # ("Afghan security forces ... pushed the militants back"): it is associated
            own = [name for name in (ev.actor1,) if name] + own
            other = [name for name in (ev.actor2,) if name] + other
        assoc1 += other if swapped else own
        assoc2 += own if swapped else other
    merged.assoc_actor_1 = _joined(a for a in assoc1 if normalise_name(a) not in (side1, side2))
    merged.assoc_actor_2 = _joined(a for a in assoc2 if normalise_name(a) not in (side1, side2))


def _lowest(values: Iterable[int | None]) -> int | None:
    """ACLED's conservative figure: the lowest number some source reports; None if none does."""
    known = [v for v in values if v is not None]
    return min(known) if known else None


def _lowest_supported(members: list[Event], field: str) -> int | None:
    """The lowest well-supported figure: reported (not claimed) by a report that quotes its own
    words for it; figures without such support count only when no report has any.

    A claim never becomes a toll (claims stay in ``fatalities_claimed``); a figure some record
    carries without the words behind it (an import, a hand edit) cannot undercut one a paper
    states, but still counts when it is all there is. A null is "not said", never zero.
    """
    factual = [ev for ev in members if ev.modality != Modality.CLAIMED] or members
    evidenced = [ev for ev in factual if any(item.field == field for item in ev.evidence)]
    chosen = _lowest(getattr(ev, field) for ev in evidenced)
    if chosen is not None:
        return chosen
    return _lowest(getattr(ev, field) for ev in factual)


def _unique_claims(members: list[Event]) -> list[ClaimedFatalities]:
    seen: set[tuple] = set()
    claims: list[ClaimedFatalities] = []
    for ev in members:
        for claim in ev.fatalities_claimed:
            key = (claim.low, claim.high, normalise_name(claim.claimant), claim.text)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
    return claims


def _unique_evidence(members: list[Event]) -> list[Evidence]:
    seen: set[tuple] = set()
    evidence: list[Evidence] = []
    for ev in members:
        for item in ev.evidence:
            key = (item.field, item.article_id, item.start, item.end)
            if key not in seen:
                seen.add(key)
                evidence.append(item)
    return evidence


def _article_ids(members: list[Event]) -> list[str]:
    ids: dict[str, None] = {}
    for ev in members:
        ids.update(dict.fromkeys(ev.article_ids))
        ids.update(dict.fromkeys(item.article_id for item in ev.evidence))
    return list(ids)


def _combined_confidence(members: list[Event]) -> float:
    """Independent reports corroborate: 1 - prod(1 - c), kept below certainty."""
    doubt = 1.0
    for ev in members:
        doubt *= 1.0 - min(max(ev.confidence, 0.0), 1.0)
    return round(min(0.99, 1.0 - doubt), 3)


def _joined(values: Iterable[str | None]) -> str | None:
    """Distinct values in first-seen order, ACLED-style "; "-separated; None if there are none."""
    seen: dict[str, str] = {}
    for value in values:
        if value and normalise_name(value) not in seen:
            seen[normalise_name(value)] = value
    return "; ".join(seen.values()) or None
