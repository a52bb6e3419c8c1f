"""A one-line English summary of an event in ACLED's style, from templates in the packs."""

from __future__ import annotations

from datetime import date
from functools import cache

from eventcoder.langpacks import SHARED_DIR, LanguagePack, _yaml
from eventcoder.records import Event, Modality


@cache
def _templates() -> dict[str, str]:
    """ACLED-style English note templates per sub-event type (shared by all languages)."""
    return _yaml(SHARED_DIR / "notes.yaml") or {}


def _date_phrase(event: Event) -> str:
    if not event.date_start:
        return "On an unknown date"
    start = date.fromisoformat(event.date_start)
    end = date.fromisoformat(event.date_end or event.date_start)
    if event.time_precision == 1 or start == end:
        return f"On {start.day} {start:%B %Y}"
    if start.year == end.year and start.month == end.month and start.day == 1 and (
            event.time_precision == 3):
        return f"In {start:%B %Y}"
    return f"Between {start.day} {start:%B %Y} and {end.day} {end:%B %Y}"


def summary_note(
    event: Event, pack: LanguagePack | None = None, place: str | None = None
) -> str:
    """"On 7 September 2019, Taliban clashed with Police Forces of Afghanistan in X. ..."

    Built from the record alone, so merge can regenerate the note of a merged event:
    the place is ``place`` when given, else the geocoded ``location``, else the first
    place candidate. Notes are English whatever the article's language.
    """
    templates = pack.note_templates if pack is not None else _templates()
    template = templates.get(event.sub_event_type, "{a1} was involved in an event")
    if place is None:
        place = event.location or next((p.text for p in event.place_candidates), None)
    a1 = event.actor1 or "unidentified actors"
    a2 = event.actor2 or "unidentified actors"
    phrase = template.format(a1=a1, a2=a2)
    if event.assoc_actor_2:
        phrase += f" (supported by {event.assoc_actor_2})"
    where = f" in {place}" if place else ""
    parts = [f"{_date_phrase(event)}, {phrase}{where}."]
    if event.fatalities is not None:
        parts.append(f"{event.fatalities} fatalities.")
    else:
        parts.append("Fatalities unknown.")
    for claim in event.fatalities_claimed:
        figure = claim.low if claim.low is not None else claim.high
        parts.append(f"{claim.claimant or 'A party'} claimed {figure}+ enemy killed.")
    if event.injured:
        parts.append(f"{event.injured} injured.")
    if event.modality != Modality.REPORTED:
        parts.append(f"Modality: {event.modality}.")
    return " ".join(parts)
