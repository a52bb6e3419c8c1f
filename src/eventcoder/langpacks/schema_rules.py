"""The schema of the shared rule files: ``_shared/actors.yaml`` (one entry per actor key) and
``_shared/rules.yaml`` (the language-free coding rules), split from :mod:`schemas` to keep each
module short. Same contract: strict models that forbid unknown keys.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from eventcoder.langpacks.schema_base import Section, _check_sub_type, check_label
from eventcoder.records import ACLED_TYPES
from eventcoder.tsv import tsv_rows


@cache
def country_codes() -> frozenset[str]:
    """The ISO alpha-2 codes ``_shared/countries.tsv`` names: the countries an actor may
    belong to (``countries`` in actors.yaml, the third column of a pack's actors.tsv)."""
    path = Path(__file__).parent / "_shared" / "countries.tsv"
    return frozenset(row[0].strip() for row in tsv_rows(path, hand_written=True) if row)


def check_country_codes(codes: list[str], where: str = "") -> list[str]:
    """Each code is one ``_shared/countries.tsv`` holds: a misspelt "SU" would tie an actor to
    no country and steer nothing."""
    for code in codes:
        if code not in country_codes():
            raise ValueError(f"{where}unknown country code {code!r} (not in "
                             "_shared/countries.tsv)")
    return codes


# --- _shared/actors.yaml -------------------------------------------------------------------
class ActorSpec(Section):
    name: str
    inter: int = Field(ge=1, le=8)
    kind: Literal["state", "group", "generic"] = "group"
    country_suffix: bool = False
    local: bool | None = None
    placed: bool = False
    # the countries (ISO alpha-2) the actor belongs to and fights in: the Tatmadaw Myanmar's,
    # al-Shabaab Somalia's and Kenya's; armies that often act abroad name none
    countries: list[str] = []

    @field_validator("countries")
    @classmethod
    def _known_countries(cls, codes: list[str]) -> list[str]:
        return check_country_codes(codes)


# --- _shared/rules.yaml --------------------------------------------------------------------
class CombineRule(Section):
    base: str
    with_: str = Field(alias="with")
    then: str
    min_weight: float | None = None
    target_inters: list[int] | None = None
    actor1_inters: list[int] | None = None  # a named actor1 must be of these
    unless: str | list[str] | None = None  # no mention of this label (these) may stand in the event


class ByTarget(Section):
    civilian_inters: list[int] = []
    armed: str
    civilian: str
    clash_inters: list[int] = []


class ByActor1(Section):
    state: str | None = None
    other: str | None = None
    crowd: str | None = None
    none: str | None = None
    nobody: str | None = None
    not_takers: list[str] = []
    # actor1 told only as the target of the word lost the ground: the other side took it
    by_loser: bool = False
    state_inters: list[int] | None = None


class CrowdActor(Section):
    inters: list[int] = []
    # inter codes that are a crowd only when the pack's ``crowd_doers`` words name the doer
    named_inters: list[int] = []
    # the turns (keys of ``turns``) such a named crowd makes: villagers who trade gunfire are
    # armed, a communal militia's clash, not a riot
    named_turns: list[str] = []
    turns: dict[str, str] = {}
    turns_unhurt: dict[str, str] = {}  # the turn where the crowd hit no one named or counted
    # turns only a crowd of these inter codes makes: demonstrators who torch tyres riot,
    # looters who plunder shops (rioters, inter 5) stay a looting event
    protester_inters: list[int] = []
    protester_turns: dict[str, str] = {}
    # turns where every side the event names is a crowd (no armed or state side at all)
    crowd_sides_turns: dict[str, str] = {}
    # turns where the doer is an armed organised side (these inter codes) and no protest is
    # told: rebels who torch a road project's machines destroy property, they do not riot
    armed_inters: list[int] = []
    armed_turns: dict[str, str] = {}


class Sides(Section):
    actor1: str | None = None
    actor2: str | None = None


class PoliticalArrests(Section):
    sub_event_types: list[str] = []
    inters: list[int] = []
    actors: list[str] = []
    mass: int | None = None


class ArrestApart(Section):
    # words of these labels do not join an event whose words are all arrests of these actor
    # keys: the protest against a politician's arrest is an event of its own
    labels: list[str] = []
    figures: list[str] = []


class ArrestedCrowd(Section):
    labels: list[str] = []  # the protest labels a relative clause on the arrested may hold
    actor: str | None = None  # the crowd's actor key
    arresting_force: dict[str, str] = {}  # actor key -> the key an arrest of the crowd names


class OrdinaryCrime(Section):
    sub_event_types: list[str] = []
    actors: list[str] = []


class Figurative(Section):
    """War words used outside a war (extract/figurative.py): which labels may be figures of
    speech, how short a quotation is a scare quote, how many metaphor-frame words make an
    article a campaign, match or market story, and the weight at or above which an event
    word is too specific for a figure."""

    labels: list[str] = []
    quote_words: int = 6
    frame_min: int = 3
    specific_weight: float = 2.5


class RulesFile(Section):
    """How mention labels become one ACLED sub-event type (language independent)."""

    pseudo: dict[str, str] = {}
    modifiers: list[str] = []
    modifier_alone: dict[str, str] = {}
    alone_with_crowd: list[str] = []
    combine: list[CombineRule] = []
    toll_combine: list[CombineRule] = []
    casualty_turns: dict[str, str] = {}
    by_target: ByTarget | None = None
    families: dict[str, list[str]] = {}
    by_actor1: dict[str, ByActor1] = {}
    crowd_actor: CrowdActor | None = None
    crowd_by_type: dict[str, str] = {}
    anaphoric_actors: list[str] = []
    same_side: list[str] = []
    force_first: list[str] = []
    state_first: list[str] = []
    claimable_types: list[str] = []  # event types whose doer a claim of its own names
    told_by_doer: list[str] = []  # sub-types whose doer's own claim is the report (arrests)
    country_article: list[str] = []
    overlapping: list[str] = []
    nested: list[str] = []  # labels whose hit stands inside a longer hit of another label
    strikes_from_afar: list[str] = []
    implied_actors: dict[str, Sides] = {}
    weapon_owner: dict[str, str] = {}
    one_sided: list[str] = []
    crowd_faces_force: list[str] = []  # crowd sub-types whose other side is a force, not civilians
    two_sided: dict[str, list[int]] = {}
    lone_keys: dict[str, list[str]] = {}  # two_sided's actor keys that alone tell no event
    lone_attack_stopped: dict[str, str] = {}  # a lone attacker a force stopped: his attack
    named_actor1: list[str] = []
    implied_with_toll: dict[str, Sides] = {}
    # sub-type -> the actor key of a lone doer the article tells outside the event's words
    lone_doer: dict[str, str] = {}
    # sub-type -> the actor key of a doer neither the event's words nor the article name
    unnamed_doer: dict[str, str] = {}
    country_as_force: list[str] = []
    country_force_actor: str | None = None
    paired_forces: list[str] = []
    political_arrests: PoliticalArrests | None = None
    arrested_crowd: ArrestedCrowd | None = None
    arrest_apart: ArrestApart | None = None
    counted_as: dict[str, str] = {}  # actor key -> the key it takes where a toll counts it
    ordinary_crime: OrdinaryCrime | None = None
    figurative: Figurative | None = None

    def declared_labels(self) -> set[str]:
        """The pseudo labels a trigger may use: the ``pseudo`` keys and the ``modifiers``."""
        return set(self.pseudo) | set(self.modifiers)

    def actor_keys(self) -> set[str]:
        """Every actor key the rules name (each must be in ``_shared/actors.yaml``)."""
        keys = set(self.anaphoric_actors) | set(self.same_side) | set(self.weapon_owner.values())
        keys |= set(self.crowd_by_type.values()) | set(self.lone_doer.values())
        keys |= set(self.unnamed_doer.values())
        keys |= {k for ks in self.lone_keys.values() for k in ks}
        for sides in (*self.implied_actors.values(), *self.implied_with_toll.values()):
            keys |= {k for k in (sides.actor1, sides.actor2) if k}
        if self.country_force_actor:
            keys.add(self.country_force_actor)
        if self.political_arrests:
            keys |= set(self.political_arrests.actors)
        keys |= set(self.counted_as) | set(self.counted_as.values())
        if self.arrested_crowd:
            keys |= {k for k in (self.arrested_crowd.actor,) if k}
            keys |= set(self.arrested_crowd.arresting_force) | set(
                self.arrested_crowd.arresting_force.values())
        for table in self.by_actor1.values():
            keys |= set(table.not_takers)
        if self.ordinary_crime:
            keys |= set(self.ordinary_crime.actors)
        return keys

    @model_validator(mode="after")
    def _labels_are_known(self) -> RulesFile:
        """A misspelt sub-event type in a rule would never match: name it instead."""
        for etype in self.claimable_types:
            if etype not in ACLED_TYPES:
                raise ValueError(f"claimable_types: unknown event type {etype!r}")
        sub_types = [*self.modifier_alone.values(), *self.casualty_turns,
                     *self.casualty_turns.values(), *self.implied_actors,
                     *self.implied_with_toll, *self.weapon_owner, *self.one_sided,
                     *self.crowd_faces_force, *self.two_sided, *self.lone_keys,
                     *self.lone_attack_stopped, *self.lone_attack_stopped.values(),
                     *self.force_first, *self.state_first, *self.named_actor1,
                     *self.strikes_from_afar]
        sub_types += [how for how in self.pseudo.values() if how not in ("by_target", "by_actor1")]
        labels = [*self.pseudo, *self.modifiers, *self.modifier_alone, *self.by_actor1,
                  *self.alone_with_crowd, *self.overlapping, *self.nested,
                  *self.country_as_force, *self.paired_forces]
        for rule in (*self.combine, *self.toll_combine):
            labels += [rule.base, rule.with_, rule.then]
            labels += [rule.unless] if isinstance(rule.unless, str) else (rule.unless or [])
        if self.by_target:
            sub_types += [self.by_target.armed, self.by_target.civilian]
        for table in self.by_actor1.values():
            sub_types += [v for v in (table.state, table.other, table.crowd, table.none) if v]
        if self.crowd_actor:
            sub_types += [*self.crowd_actor.turns, *self.crowd_actor.turns.values(),
                          *self.crowd_actor.turns_unhurt, *self.crowd_actor.turns_unhurt.values(),
                          *self.crowd_actor.protester_turns,
                          *self.crowd_actor.protester_turns.values(),
                          *self.crowd_actor.crowd_sides_turns,
                          *self.crowd_actor.crowd_sides_turns.values()]
        if self.political_arrests:
            sub_types += self.political_arrests.sub_event_types
        if self.arrested_crowd:
            sub_types += self.arrested_crowd.labels
        if self.ordinary_crime:
            sub_types += self.ordinary_crime.sub_event_types
        for family, members in self.families.items():
            if family not in ACLED_TYPES:
                sub_types.append(family)  # a sub-type key: labels it absorbs
            labels += members
        for event_type in self.crowd_by_type:
            if event_type not in ACLED_TYPES:
                raise ValueError(f"crowd_by_type: {event_type!r} is not an ACLED event type")
        for label in sub_types:
            _check_sub_type(label)
        declared = self.declared_labels()
        if self.figurative:
            labels += self.figurative.labels
        for label in labels:
            check_label(label, declared, "rule label")
        return self
