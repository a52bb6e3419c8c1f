"""The schema of a language pack: one pydantic model per YAML file (and per section), row checks
for the TSV files.

Why: readers look keys up with ``.get(key) or default``, so a misspelt key in a pack file would
switch a rule off without a word. Every model forbids unknown keys, so a pack loads only when
each key it writes is one some reader knows; :func:`check_yaml` turns pydantic's report into a
:class:`~eventcoder.langpacks.LanguagePackError` that names the file and the key (and the known
keys near it). Fields are optional: a pack may leave out what its language does not need (the
plugin German pack in the tests has four YAML keys). Models are strict (no "3" for 3, no
string for a list), so a validated mapping is the very data the readers get.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from eventcoder.records import ACLED_TYPES, SUB_EVENT_TO_TYPE, Modality

__all__ = [
    "PSEUDO_PREFIX",
    "PACK_FILE_MODELS",
    "SHARED_FILE_MODELS",
    "TSV_COLUMNS",
    "LanguagePackError",
    "check_label",
    "check_tsv_row",
    "check_yaml",
]

PSEUDO_PREFIX = "@"


class PackError(ValueError):
    """A language pack file is malformed; the message names the file and the entry."""


class LanguagePackError(PackError):
    """A pack file breaks its schema: an unknown key, a wrong type, a bad TSV row."""


Patterns = list[str]
PlaceCueKind = Literal["city", "capital", "province", "district", "region", "near", "none",
                       "object"]
RelativeDay = Literal["weekend", "prev_week", "this_week", "prev_month"]


class Section(BaseModel):
    """A mapping of known keys: unknown ones are errors, values are never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- _shared/actors.yaml -------------------------------------------------------------------
class ActorSpec(Section):
    name: str
    inter: int = Field(ge=1, le=8)
    kind: Literal["state", "group", "generic"] = "group"
    country_suffix: bool = False
    local: bool | None = None


# --- _shared/rules.yaml --------------------------------------------------------------------
class CombineRule(Section):
    base: str
    with_: str = Field(alias="with")
    then: str
    min_weight: float | None = None
    target_inters: list[int] | None = None


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
    state_inters: list[int] | None = None


class CrowdActor(Section):
    inters: list[int] = []
    turns: dict[str, str] = {}


class Sides(Section):
    actor1: str | None = None
    actor2: str | None = None


class PoliticalArrests(Section):
    sub_event_types: list[str] = []
    inters: list[int] = []
    actors: list[str] = []
    mass: int | None = None


class RulesFile(Section):
    """How mention labels become one ACLED sub-event type (language independent)."""

    pseudo: dict[str, str] = {}
    modifiers: list[str] = []
    modifier_alone: dict[str, str] = {}
    combine: list[CombineRule] = []
    toll_combine: list[CombineRule] = []
    casualty_turns: dict[str, str] = {}
    by_target: ByTarget | None = None
    families: dict[str, list[str]] = {}
    by_actor1: dict[str, ByActor1] = {}
    crowd_actor: CrowdActor | None = None
    crowd_by_type: dict[str, str] = {}
    anaphoric_actors: list[str] = []
    force_first: list[str] = []
    implied_actors: dict[str, Sides] = {}
    weapon_owner: dict[str, str] = {}
    one_sided: list[str] = []
    implied_with_toll: dict[str, Sides] = {}
    country_as_force: list[str] = []
    country_force_actor: str | None = None
    political_arrests: PoliticalArrests | None = None

    def declared_labels(self) -> set[str]:
        """The pseudo labels a trigger may use: the ``pseudo`` keys and the ``modifiers``."""
        return set(self.pseudo) | set(self.modifiers)

    def actor_keys(self) -> set[str]:
        """Every actor key the rules name (each must be in ``_shared/actors.yaml``)."""
        keys = set(self.anaphoric_actors) | set(self.weapon_owner.values())
        keys |= set(self.crowd_by_type.values())
        for sides in (*self.implied_actors.values(), *self.implied_with_toll.values()):
            keys |= {k for k in (sides.actor1, sides.actor2) if k}
        if self.country_force_actor:
            keys.add(self.country_force_actor)
        if self.political_arrests:
            keys |= set(self.political_arrests.actors)
        return keys

    @model_validator(mode="after")
    def _labels_are_known(self) -> RulesFile:
        """A misspelt sub-event type in a rule would never match: name it instead."""
        sub_types = [*self.modifier_alone.values(), *self.casualty_turns,
                     *self.casualty_turns.values(), *self.implied_actors,
                     *self.implied_with_toll, *self.weapon_owner, *self.one_sided,
                     *self.force_first]
        sub_types += [how for how in self.pseudo.values() if how not in ("by_target", "by_actor1")]
        labels = [*self.pseudo, *self.modifiers, *self.modifier_alone, *self.by_actor1,
                  *self.country_as_force]
        for rule in (*self.combine, *self.toll_combine):
            labels += [rule.base, rule.with_, rule.then]
        if self.by_target:
            sub_types += [self.by_target.armed, self.by_target.civilian]
        for table in self.by_actor1.values():
            sub_types += [v for v in (table.state, table.other, table.crowd, table.none) if v]
        if self.crowd_actor:
            sub_types += [*self.crowd_actor.turns, *self.crowd_actor.turns.values()]
        if self.political_arrests:
            sub_types += self.political_arrests.sub_event_types
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
        for label in labels:
            check_label(label, declared, "rule label")
        return self


# --- per-language YAML files ---------------------------------------------------------------
class Compound(Section):
    joiner: str = ""
    unit_first: bool = False


class NumbersFile(Section):
    # YAML 1.1 reads a bare `no` key as the boolean false; the en pack's `no: 0` reaches the
    # reader as the word "false" (a known flaw, kept until a change of behaviour is reviewed).
    words: dict[str | bool, int] = {}
    compound: Compound | None = None
    scale_joiners: Patterns = []
    scales: dict[str, int] = {}
    thousands_separator: str | None = None
    decimal_separator: str | None = None
    quantifiers: dict[str, list[int | None]] = {}
    at_least: Patterns = []
    approximately: Patterns = []
    at_most: Patterns = []
    range_joiners: Patterns = []
    range_between: Patterns = []
    range_between_joiner: str | None = None
    year_words: Patterns = []

    @model_validator(mode="after")
    def _quantifiers_are_ranges(self) -> NumbersFile:
        for word, bounds in self.quantifiers.items():
            if len(bounds) != 2 or bounds[0] is None:
                raise ValueError(f"quantifiers.{word}: need [low, high] (high may be null)")
        return self


class CasualtiesFile(Section):
    killed: Patterns = []
    injured: Patterns = []
    victims: Patterns = []
    zero_killed: Patterns = []
    zero_injured: Patterns = []
    enemy: Patterns = []
    unknown: Patterns = []
    no_toll: Patterns = []
    not_counts: Patterns = []


class ModalityScopes(Section):
    sentence: Patterns = []
    near: Patterns = []


class ModalityFile(Section):
    modalities: dict[Modality, ModalityScopes] = {}
    hedges: Patterns = []


class AttributionFile(Section):
    verbs: Patterns = []
    sources: Patterns = []
    claims: Patterns = []
    self_reports: Patterns = []


class TimeFile(Section):
    weekdays: dict[str, int] = {}
    weekday_suffixes: list[str] = []
    relative: dict[str, list[int | RelativeDay]] = {}
    previous_week_markers: dict[str, Literal["calendar", "minus_week"]] | list[str] = {}
    months: dict[str, int] = {}
    date_orders: list[Literal["day_month", "month_day"]] = []
    future_markers: Patterns = []
    month_lead: Patterns = []
    since_markers: Patterns = []

    @model_validator(mode="after")
    def _ranges(self) -> TimeFile:
        for word, day in self.weekdays.items():
            if not 0 <= day <= 6:
                raise ValueError(f"weekdays.{word}: {day} is not 0 (Monday) to 6 (Sunday)")
        for word, month in self.months.items():
            if not 1 <= month <= 12:
                raise ValueError(f"months.{word}: {month} is not 1 to 12")
        for word, offsets in self.relative.items():
            if len(offsets) != 2:
                raise ValueError(f"relative.{word}: need [start, end]")
        return self


class PlacesFile(Section):
    cues: dict[PlaceCueKind, Patterns | None] = {}
    appositive: Patterns = []
    blockers: Patterns = []
    stopwords: str = ""
    name_prefixes: list[str] = []
    name_joiners: list[str] = []
    postcues: dict[str, PlaceCueKind] = {}
    coordination: list[str] = []
    possessives: list[str] = []
    landmarks: dict[str, str] = {}
    modifiers: Patterns = []
    national_sites: Patterns = []
    generic_places: list[str] = []


class DiscourseFile(Section):
    definite: Patterns = []
    summary: Patterns = []
    locative_anaphor: Patterns = []
    support: Patterns = []
    agent: Patterns = []
    agent_after_event: Patterns = []
    target: Patterns = []
    between: Patterns = []
    passive: Patterns = []
    clause_break: Patterns = []
    articles: Patterns = []
    of_country: Patterns = []
    civilian_target: Patterns = []
    military_target: Patterns = []
    grievance: Patterns = []
    responsibility_before: Patterns = []
    responsibility_after: Patterns = []
    aggregate: Patterns = []
    time_anaphors: Patterns = []
    new_event: Patterns = []
    conjunctions: Patterns = []
    source_prepositions: Patterns = []
    not_actor_suffix: Patterns = []
    owner_links: Patterns = []
    blame: Patterns = []


class GrammarFile(Section):
    post_verb_actor: Literal["object", "subject"] | None = None


class ActorsFile(RootModel[dict[str, ActorSpec]]):
    """``_shared/actors.yaml``: actor key -> spec."""

    model_config = ConfigDict(strict=True, frozen=True)


class NotesFile(RootModel[dict[str, str]]):
    """``_shared/notes.yaml``: one English template per ACLED sub-event type."""

    model_config = ConfigDict(strict=True, frozen=True)

    @model_validator(mode="after")
    def _sub_types(self) -> NotesFile:
        for key in self.root:
            _check_sub_type(key)
        return self


PACK_FILE_MODELS: dict[str, type[BaseModel]] = {
    "numbers.yaml": NumbersFile,
    "casualties.yaml": CasualtiesFile,
    "modality.yaml": ModalityFile,
    "attribution.yaml": AttributionFile,
    "time.yaml": TimeFile,
    "places.yaml": PlacesFile,
    "discourse.yaml": DiscourseFile,
    "grammar.yaml": GrammarFile,
}
SHARED_FILE_MODELS: dict[str, type[BaseModel]] = {
    "actors.yaml": ActorsFile,
    "rules.yaml": RulesFile,
    "notes.yaml": NotesFile,
}
# TSV files: (fewest, most) columns per row. Trailing empty cells do not count.
TSV_COLUMNS: dict[str, tuple[int, int]] = {
    "triggers.tsv": (3, 3),  # pattern, label, weight
    "blockers.tsv": (2, 2),  # label (or "*"), pattern
    "actors.tsv": (2, 2),  # pattern, actor key
    "countries.tsv": (1, 3),  # ISO code, names, adjectives
}
SHARED_TSV_COLUMNS: dict[str, tuple[int, int]] = {"countries.tsv": (2, 2)}  # code, ACLED name


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation is, or holds as ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType):
        return next((m for a in get_args(annotation) if (m := _model(a)) is not None), None)
    return None


def _element(annotation: Any) -> Any:
    """What a list's items or a mapping's values are (through ``| None``)."""
    if get_origin(annotation) in (Union, UnionType):
        return next((e for a in get_args(annotation) if (e := _element(a)) is not None), None)
    if get_origin(annotation) is list:
        return get_args(annotation)[0]
    if get_origin(annotation) is dict:
        return get_args(annotation)[1]
    return None


def _known_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model declares where ``loc`` points (nested sections walked)."""
    current: Any = model
    for part in loc[:-1]:
        found = _model(current)
        if found is not None and "root" in found.model_fields:
            current = found.model_fields["root"].annotation
            found = None
        if found is not None:
            fields = {f.alias or name: f for name, f in found.model_fields.items()}
            if not isinstance(part, str) or part not in fields:
                return []
            current = fields[part].annotation
        else:  # a list index or a free key: the element type
            current = _element(current)
    found = _model(current)
    if found is None or "root" in found.model_fields:
        return []
    return sorted(f.alias or name for name, f in found.model_fields.items())


def _describe(exc: ValidationError, model: type[BaseModel], where: str) -> list[str]:
    """One line per error: the file, where in it, and what is wrong."""
    lines = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            key = str(loc[-1])
            known = _known_keys(model, loc)
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            lines.append(f"{where}: unknown key {_loc(loc)!r}{hint}; known keys: "
                         f"{', '.join(known)}")
            continue
        at = f" at {_loc(loc)!r}" if loc else ""
        msg = str(err["msg"]).removeprefix("Value error, ")
        got = "" if err["type"] == "value_error" else f" (got {err['input']!r})"
        lines.append(f"{where}{at}: {msg}{got}"[:500])
    return lines


def check_yaml(data: Any, model: type[BaseModel], where: str) -> BaseModel:
    """Validate one YAML file's data; a :class:`LanguagePackError` names the file and key."""
    if not isinstance(data, Mapping):
        raise LanguagePackError(f"{where}: expected a mapping of keys, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LanguagePackError("\n".join(_describe(exc, model, where))) from None


class KeyedSection(dict[str, Any]):
    """A validated file (or section) as readers see it: a plain dict, except that asking for a
    key its schema does not declare is an error, so a misspelt ``.get`` in a reader fails
    loudly instead of reading the default."""

    def __init__(self, data: Mapping[str, Any], known: frozenset[str], where: str) -> None:
        super().__init__(data)
        self.known = known
        self.where = where

    def _check(self, key: object) -> None:
        if key not in self.known:
            raise LanguagePackError(
                f"{self.where}: a reader asked for {key!r}, which the schema does not declare; "
                f"known keys: {', '.join(sorted(self.known))}")

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self._check(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._check(key)
        return super().__getitem__(key)

    def __reduce__(self) -> Any:  # pickles (worker processes) as it was built
        return (KeyedSection, (dict(self), self.known, self.where))


def keyed(data: Any, model: Any, where: str) -> Any:
    """Wrap validated data in :class:`KeyedSection` wherever the schema has fixed keys."""
    found = _model(model)
    if found is not None and "root" in found.model_fields:
        return keyed(data, found.model_fields["root"].annotation, where)
    if found is not None and isinstance(data, Mapping):
        fields = {f.alias or name: f for name, f in found.model_fields.items()}
        inner = {k: keyed(v, fields[k].annotation, f"{where}.{k}") if k in fields else v
                 for k, v in data.items()}
        return KeyedSection(inner, frozenset(fields), where)
    element = _element(model)
    if element is None or _model(element) is None:
        return data
    if isinstance(data, list):
        return [keyed(v, element, f"{where}[{i}]") for i, v in enumerate(data)]
    if isinstance(data, Mapping):
        return {k: keyed(v, element, f"{where}.{k}") for k, v in data.items()}
    return data


def _check_sub_type(label: str) -> None:
    if label not in SUB_EVENT_TO_TYPE:
        close = difflib.get_close_matches(label, list(SUB_EVENT_TO_TYPE), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise LanguagePackError(f"{label!r} is not an ACLED sub-event type{hint}")


def check_label(label: str, declared: set[str], where: str) -> None:
    """A label is an ACLED sub-event type or a pseudo label that ``rules.yaml`` declares."""
    if label.startswith(PSEUDO_PREFIX):
        if label not in declared:
            raise LanguagePackError(
                f"{where}: {label!r} is no pseudo label _shared/rules.yaml declares "
                f"(pseudo, modifiers): {', '.join(sorted(declared))}")
        return
    try:
        _check_sub_type(label)
    except LanguagePackError as exc:
        raise LanguagePackError(f"{where}: {exc}") from None


def check_tsv_row(row: list[str], columns: tuple[int, int], where: str) -> list[str]:
    """The row without trailing empty cells, if its column count fits ``columns``."""
    cells = list(row)
    while cells and not cells[-1]:
        cells.pop()
    low, high = columns
    if not low <= len(cells) <= high:
        want = str(low) if low == high else f"{low} to {high}"
        raise LanguagePackError(f"{where}: {len(cells)} columns, need {want} "
                                f"(tab-separated): {row!r}")
    return cells


def check_weight(cell: str, where: str) -> float:
    """A trigger weight is a number; "heigh" is an error, not a crash in ``float``."""
    try:
        return float(cell)
    except ValueError:
        raise LanguagePackError(f"{where}: weight {cell!r} is not a number") from None
