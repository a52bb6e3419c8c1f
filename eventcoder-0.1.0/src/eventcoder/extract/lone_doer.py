"""A lone doer the article tells outside an attack's own words: "De aanslag in Utrecht ...
Na de arrestatie van de verdachte ...".

An attack whose words name no doer was done by the lone one the article tells elsewhere
(an actor of the key rules.yaml ``lone_doer`` gives its sub-type, "the gunman", "de
schutter"; or the pack's discourse ``lone_doer`` words, which no actor table may hold: "de
verdachte" is any suspect's): the codebook's "Sole Perpetrator (<Country>)"; with none told,
an unknown one: ACLED's "Unidentified Armed Group (<Country>)" (rules.yaml ``unnamed_doer``).
It completes a field of an event already kept: it runs after the scope decision (stages.py),
which judges an event by its own words, so it changes no event's fate.
"""

from __future__ import annotations

from eventcoder.extract.cue_matchers import cue_matches
from eventcoder.extract.spans import find_cues
from eventcoder.langpacks import LanguagePack
from eventcoder.records import Event, interaction_code


def tells_lone_doer(text: str, pack: LanguagePack, key: str) -> bool:
    """Does the text name a lone doer: an actor of ``key``, or the pack's lone_doer words?"""
    if any(alias.key == key for alias, _m in cue_matches(pack.actor_aliases, text)):
        return True
    return bool(find_cues(pack.discourse.get("lone_doer") or [], text, 0, len(text)))


def fill_lone_doers(text: str, pack: LanguagePack, events: list[Event]) -> None:
    """Name the lone doer actor1 of each event of a rules.yaml ``lone_doer`` sub-type that
    has none, where the text tells one, else the ``unnamed_doer`` of its sub-type, ACLED's
    unidentified armed group (in place)."""
    keys: dict[str, str] = pack.rules.get("lone_doer") or {}
    unnamed: dict[str, str] = pack.rules.get("unnamed_doer") or {}
    told: dict[str, bool] = {}
    for event in events:
        sub = event.sub_event_type or ""
        if event.actor1 is not None:
            continue
        key = keys.get(sub)
        if key is not None and key not in told:
            told[key] = tells_lone_doer(text, pack, key)
        if key is None or not told[key]:
            key = unnamed.get(sub)
        if key is not None:
            spec = pack.actor(key)
            event.actor1 = spec.display(event.country)
            event.inter1 = spec.inter
            event.interaction = interaction_code(event.inter1, event.inter2)
