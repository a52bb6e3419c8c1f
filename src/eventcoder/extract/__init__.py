"""Extract stage: event mentions, actors, dates, fatalities and modality from one article.

``prefilter(article)`` is the cheap trigger-lexicon scan that lets non-conflict news skip the
expensive stages; ``extract_events(article, doc)`` codes the article into ACLED-style events
(geo fields empty, ``place_candidates`` ordered by preference for the geocoder).

The engine is language independent: every word it knows comes from the language pack
(:mod:`eventcoder.langpacks`). It uses the spaCy doc's sentences, lemmas, entities and
dependency parse when the doc has them and falls back to patterns when it does not.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.actor_countries import ACTOR_FIELDS, choose_readings
from eventcoder.extract.events import REAL, Coder
from eventcoder.extract.mention_modality import YEAR
from eventcoder.extract.mentions import build_mentions
from eventcoder.extract.scan import scan_article
from eventcoder.extract.spans import doc_of, trigger_scan
from eventcoder.langpacks import ActorDef, LanguagePack, load_pack, named_instance

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc
from eventcoder.records import Article, Event, Inter, interaction_code

__all__ = ["extract_events", "localise_actors", "prefilter", "pack_for"]

DEFAULT_LANGUAGE = "en"


def pack_for(article: Article) -> LanguagePack:
    """The language pack for the article's language (its primary subtag: "nl-BE" -> "nl")."""
    lang = (article.language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return load_pack(lang)


def prefilter(article: Article) -> bool:
    """True when the text holds at least one event trigger of its language (cheap regex scan)."""
    pack = pack_for(article)
    scan = trigger_scan(pack)
    if scan is None:
        return False
    text = article.text if not article.title else f"{article.title}\n{article.text}"
    return scan.search(text) is not None


def _told_year(article: Article) -> int | None:
    """For an article without a publication date, the latest year its text tells: the story
    was written no earlier, so an event word next to an earlier year ("amid the 2015
    attacks") is history, as it is in a dated article."""
    return max((int(y) for y in YEAR.findall(article.text)), default=None)


def extract_events(
    article: Article, doc: Doc | None = None, *, all_modalities: bool = False,
    localise: bool = True,
) -> list[Event]:
    """Code one article into events; only real, happened events unless ``all_modalities``.

    ``localise=False`` leaves actors that take the event's country unqualified where the text
    only suggests it, for :func:`localise_actors` to fill once the geocoder has placed them
    (the pipeline does this)."""
    pack = pack_for(article)
    if not article.text.strip():
        return []
    if doc is not None and not doc_of(doc, article.text):
        doc = None  # a doc of another text would give wrong offsets; use patterns only
    scan = scan_article(article.text, pack, doc)
    coder = Coder(article, pack, scan)
    pub = coder.pub if coder.pub is not None and not coder.pub.told else None
    mentions = build_mentions(scan, pack, doc, pub.day.year if pub else _told_year(article),
                              pub.day.month if pub and pub.precision != "year" else None)
    drafts = coder.cluster(mentions)
    coder.continue_drafts(drafts)
    events = []
    for draft in drafts:
        if not all_modalities and draft.modality not in REAL:
            continue
        if not coder.grounded(draft):
            continue
        parts = [event for one in coder.split_by_place(draft)
                 if (event := coder.build(one)) is not None]
        if len(parts) > 1:
            _no_shared_toll(parts)
        events.extend(parts)
    if localise:
        localise_actors(article, events)
    return events


def _no_shared_toll(parts: list[Event]) -> None:
    """One count told for several places ("strikes on A and B killed 35") is no single event's
    toll (the codebook): each place's event keeps its sources but no number. Injured alike."""
    for field in ("fatalities", "injured"):
        spans = [{(e.start, e.end) for e in event.evidence_for(field)} for event in parts]
        if all(spans) and set.intersection(*spans):
            for event in parts:
                setattr(event, field, None)
                event.evidence = [e for e in event.evidence if e.field != field]


@cache
def _unplaced_names(pack: LanguagePack) -> dict[str, ActorDef]:
    """Local and placed actors by the name they carry while their country is unknown."""
    return {d.display(None): d for d in pack.actor_defs.values()
            if (d.local or d.placed) and d.display(None) != d.display("X")}


def _named_here(pack: LanguagePack, part: str, country: str) -> str:
    """A template actor's instance named with no country ("Kusasi Ethnic Militia") takes the
    event's (see ``langpacks.named_instance``); any other name stays as it is."""
    for d in pack.actor_defs.values():
        if "{ident}" not in d.name or not d.local:
            continue
        head, _, tail = d.display(None).partition("{ident}")
        if part.startswith(head) and part.endswith(tail) and len(part) > len(head + tail):
            return named_instance(d, part[len(head):len(part) - len(tail)]).display(country)
    return part


def localise_actors(article: Article, events: list[Event]) -> None:
    """After geocoding: an actor the text gives no country ("de politie", "protesters") and
    that acts where it lives takes the country the event is placed in ("Police Forces of
    Afghanistan" for police in Kabul), as an analyst would code it; so does a state force the
    text gave no country at all (actors.yaml ``placed``: "Military Forces of Iraq" for
    "veiligheidstroepen" in Baghdad), except in a strike that may come from abroad (rules.yaml
    ``strikes_from_afar``: "het leger" bombing Mosul stays unidentified)."""
    pack = pack_for(article)
    choose_readings(article, pack, events)  # "SNA": Somalia's army or Syria's rebels
    unplaced = _unplaced_names(pack)
    afar = set(pack.rules.get("strikes_from_afar") or [])
    for event in events:
        if not event.country:
            continue
        here = {p: d for p, d in unplaced.items()
                if d.local or event.sub_event_type not in afar}
        for name in ACTOR_FIELDS:
            value = getattr(event, name)
            if not value:
                continue
            parts = [here[p].display(event.country) if p in here
                     else _named_here(pack, p, event.country) for p in value.split("; ")]
            setattr(event, name, "; ".join(dict.fromkeys(parts)))
    for event in events:
        _one_force_once(event)


def _one_force_once(event: Event) -> None:
    """A state force named twice, once without its country ("police ... counter-terrorism
    unit Densus 88"), is one side once both are placed: never its own opponent."""
    if event.actor2 is None or event.actor2 != event.actor1 or (
            event.inter1 != Inter.STATE_FORCES):
        return
    event.actor2, event.inter2 = None, None
    event.interaction = interaction_code(event.inter1, None)
    event.evidence = [ev for ev in event.evidence if ev.field != "actor2"]
