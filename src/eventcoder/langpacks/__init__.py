"""Language packs: all language knowledge of the extractor, as data files.

Each language is one folder (``nl/``, ``en/``) of small YAML/TSV files, one per concern
(triggers, actors, countries, numbers, casualties, modality, attribution, time, places,
discourse). ``_shared/`` holds what is the same in every language: the canonical ACLED-style
actor names with their inter codes, country names, sub-type resolution rules and the English
note templates. Adding a language means adding a folder; the engine in
:mod:`eventcoder.extract` never names a word of any language.

Patterns use a small, readable syntax compiled to regular expressions (see
:func:`compile_pattern`): words separated by spaces, ``*`` for any word ending, ``_`` for an
optional space or hyphen, ``~`` for a gap of up to three words (``~5`` for five), ``(a|b)`` and
``?`` as in regular expressions, and a leading ``=`` for a case-sensitive pattern ("IS").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventcoder.langpacks.schema_rules import check_country_codes
from eventcoder.langpacks.schemas import (
    PACK_FILE_MODELS,
    PSEUDO_PREFIX,
    SHARED_FILE_MODELS,
    SHARED_TSV_COLUMNS,
    TSV_COLUMNS,
    CasualtiesFile,
    DiscourseFile,
    LanguagePackError,
    PackError,
    RulesFile,
    check_label,
)
from eventcoder.langpacks.unions import union_body
from eventcoder.langpacks.validation import (
    KeyedSection,
    check_tsv_row,
    check_weight,
    check_yaml,
    keyed,
)
from eventcoder.tsv import numbered_tsv_rows

__all__ = [
    "PACKS_DIR",
    "PSEUDO_PREFIX",
    "ActorAlias",
    "ActorDef",
    "LanguagePack",
    "LanguagePackError",
    "PackError",
    "IDENT_GROUP",
    "IDENT_SEP",
    "Trigger",
    "UnknownLanguageError",
    "available_languages",
    "compile_pattern",
    "load_pack",
    "named_instance",
]

PACKS_DIR = Path(__file__).resolve().parent
CRIME_BLOCKER = "*crime"  # blockers.tsv: "*" unless an organised armed side does the deed
SHARED_DIR = PACKS_DIR / "_shared"
# The places.yaml keys the extractor reads through ``LanguagePack.place_names``.
PLACE_NAME_KEYS = ("name_prefixes", "name_joiners", "postcues", "coordination", "appositive",
                   "unit_after",
                   "landmarks", "modifiers", "possessives", "national_sites", "provincial_sites",
                   "adjective_prefixes", "region_adjectives", "institutions",
                   "street_suffixes", "street_joiners")


class UnknownLanguageError(LookupError):
    """No language pack exists for the requested language code."""


_WORD_END = r"[\w’'\-]*"


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile the pack pattern syntax into a regex anchored on word boundaries."""
    flags: int = re.IGNORECASE
    text = pattern.strip()
    if text.startswith("="):
        flags = 0
        text = text[1:]
    pieces: list[str] = []
    for token in text.split():
        if re.fullmatch(r"~\d*", token):
            gap = int(token[1:] or 3)
            pieces.append(rf"(?:\S+\s+){{0,{gap}}}?")
            continue
        body = token.replace("*", _WORD_END).replace("_", r"[\s\-]?")
        # "(=IS|Islamic_State)": an alternative marked "=" is matched case-sensitively
        body = re.sub(r"(?<=[(|])=([^|()]+)", r"(?-i:\1)", body)
        pieces.append(body + r"\s+")
    regex = "".join(pieces)
    regex = regex[: -len(r"\s+")] if regex.endswith(r"\s+") else regex
    regex = regex.replace(r"\s+", r"[\s\-]+")
    try:
        # A hyphen may precede a match: Dutch compounds "antiracisme-demonstratie".
        return re.compile(rf"(?<![\w]){regex}(?![\w])", flags)
    except re.error as exc:
        raise PackError(f"bad pattern {pattern!r}: {exc}") from exc


def union_pattern(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for a list of pack patterns (all case-insensitive), longest first."""
    if not patterns:
        return None
    bodies = [compile_pattern(p.lstrip("=")).pattern for p in patterns]
    bodies.sort(key=len, reverse=True)
    return re.compile(union_body(bodies), re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event mention of one (pseudo) sub-event type."""

    pattern: str
    label: str
    weight: float
    regex: re.Pattern[str]


@dataclass(frozen=True)
class ActorDef:
    """A canonical actor: ACLED-style name (maybe a template on the country) and inter code."""

    key: str
    name: str
    inter: int
    kind: str  # state | group | generic
    country_suffix: bool = False
    needs_country: bool = False
    # of the event's country when the text names none (police, protesters, civilians), as
    # ACLED codes them; armies and intelligence services often act abroad, so they are not
    local: bool = False
    # of the country its event is geocoded in when the text gives it no country at all (not
    # even the article's): ACLED names no "Unidentified Military Forces" where the place is
    # known; unlike ``local``, a country the text suggests still comes first
    placed: bool = False
    # countries ACLED names with an article after "of" ("Police Forces of the United
    # Kingdom"; rules.yaml country_article), never inside parentheses ("Protesters (United
    # Kingdom)")
    with_article: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # ISO alpha-2 (actors.yaml ``countries``)

    def display(self, country: str | None) -> str:
        if "{country}" in self.name:
            if not country:
                return self.unknown_country_name()
            the = "the " if country in self.with_article else ""
            return self.name.format(country=the + country)
        if self.country_suffix and country:
            return f"{self.name} ({country})"
        return self.name

    def unknown_country_name(self) -> str:
        base = self.name.replace(" of {country}", "").replace("{country}", "").strip()
        return f"Unidentified {base}" if not base.startswith("Unidentified") else base


# An actors.tsv pattern may capture the name of the group it finds in a group of this name
# ("(?P<ident>...) militiamen"): the actor is then its template (an actors.yaml name holding
# "{ident}") filled with the words, under the key "<template key>|<words>".
IDENT_GROUP = "ident"
IDENT_SEP = "|"


@lru_cache(maxsize=1024)
def named_instance(template: ActorDef, ident: str) -> ActorDef:
    """The template actor named by the text's words."""
    return replace(template, key=f"{template.key}{IDENT_SEP}{ident}",
                   name=template.name.replace("{ident}", ident))


@dataclass(frozen=True)
class ActorAlias:
    pattern: str
    key: str
    regex: re.Pattern[str]
    # the countries the alias is tied to (actors.tsv's third column: "SNA" is Somalia's army
    # in one row, Syria's rebels in another); none: the actor's own
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cue:
    """A cue phrase with a value (a modality, a place cue type, a day offset...)."""

    pattern: str
    value: Any
    regex: re.Pattern[str]


@dataclass(eq=False)  # identity hash: compiled helpers are cached per pack
class LanguagePack:
    """Everything the engine knows about one language, compiled and typed."""

    lang: str
    triggers: list[Trigger]
    lemma_triggers: dict[str, tuple[str, float]]
    trigger_blockers: list[Cue]  # value: label it blocks ("*" for all)
    actor_aliases: list[ActorAlias]
    actor_defs: dict[str, ActorDef]
    # value: (ACLED country name, country | place | adjective | demonym); a demonym
    # (demonyms.tsv) names an actor's country, not a place modifier
    country_cues: list[Cue]
    numbers: dict[str, Any]
    casualties: dict[str, list[Cue]]
    modality: list[Cue]  # value: (modality, scope)
    hedges: list[Cue]  # value: confidence penalty
    attribution_verbs: list[Cue]
    source_nouns: list[Cue]
    claim_verbs: list[Cue]
    time: dict[str, Any]
    place_cues: list[Cue]  # value: cue type or None
    place_blockers: list[Cue]
    place_stopwords: frozenset[str]
    discourse: dict[str, list[Cue]]
    rules: dict[str, Any]
    note_templates: dict[str, str]
    # "naar eigen zeggen", "said it had killed": the doer counts its enemy's dead (a claim)
    self_reports: list[Cue] = field(default_factory=list)
    place_names: dict[str, Any] = field(default_factory=dict)  # name particles, postcues, landmarks
    grammar: dict[str, Any] = field(default_factory=dict)  # word-order facts (grammar.yaml)
    trigger_scan: re.Pattern[str] | None = field(default=None, repr=False)

    def actor(self, key: str) -> ActorDef:
        try:
            return self.actor_defs[key]
        except KeyError as exc:
            base, sep, ident = key.partition(IDENT_SEP)
            if sep and ident and base in self.actor_defs:
                # a named instance of a template actor ("ethnic_militia|Kusasi": "Kusasi
                # Ethnic Militia"), the name the text's words gave it (see IDENT_GROUP)
                return named_instance(self.actor_defs[base], ident)
            raise PackError(f"{self.lang}: actor key {key!r} not in _shared/actors.yaml") from exc


def pack_dirs() -> list[Path]:
    """Where packs are looked for: plugins' folders first (see hookspecs), then the bundled ones."""
    from eventcoder.plugins import hooks

    extra = [Path(d) for found in hooks().language_pack_dirs() for d in found]
    return [*extra, PACKS_DIR]


def _pack_folder(lang: str) -> Path | None:
    if not lang or lang.startswith("_"):
        return None
    return next((d / lang for d in pack_dirs() if (d / lang).is_dir()), None)


def available_languages() -> list[str]:
    return sorted(
        {
            p.name
            for d in pack_dirs()
            if d.is_dir()
            for p in d.iterdir()
            if p.is_dir() and not p.name.startswith("_")
        }
    )


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that rejects a key written twice in one mapping (YAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _where(path: Path) -> str:
    """A pack file as messages name it: ``nl/places.yaml``, ``_shared/rules.yaml``."""
    return f"{path.parent.name}/{path.name}"


def _file_model(path: Path) -> Any:
    models = SHARED_FILE_MODELS if path.parent.name == "_shared" else PACK_FILE_MODELS
    return models.get(path.name)


def _yaml(path: Path) -> Any:
    """A pack YAML file's data ({} if absent), validated against its schema when it has one."""
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8") as fh:  # the error marks name the file
            data = yaml.load(fh, Loader=_UniqueKeyLoader) or {}
    except yaml.YAMLError as exc:
        raise LanguagePackError(f"{_where(path)}: {exc}") from exc
    model = _file_model(path)
    if model is None:
        return data
    check_yaml(data, model, _where(path))
    return keyed(data, model, _where(path))


def _tsv(path: Path) -> list[tuple[str, list[str]]]:
    """Rows of a pack TSV file, each with ``file:line`` for messages, column count checked."""
    columns = (SHARED_TSV_COLUMNS if path.parent.name == "_shared" else TSV_COLUMNS).get(
        path.name, (1, 99))
    rows = []
    for line, row in numbered_tsv_rows(path, hand_written=True):
        where = f"{_where(path)}:{line}"
        rows.append((where, check_tsv_row(row, columns, where)))
    return rows


def check_pack_files(folder: Path) -> None:
    """A YAML or TSV file the loader does not know (``place.yaml``) would be skipped unread."""
    known = set(SHARED_FILE_MODELS) | set(SHARED_TSV_COLUMNS) if folder.name == "_shared" else (
        set(PACK_FILE_MODELS) | set(TSV_COLUMNS))
    for path in sorted(folder.iterdir()):
        if path.suffix in (".yaml", ".yml", ".tsv") and path.name not in known:
            raise LanguagePackError(
                f"{_where(path)}: not a pack file; known files: {', '.join(sorted(known))}")


def _cues(mapping: dict[str, Any] | list[str] | None, default: Any = None) -> list[Cue]:
    """Cues from a YAML mapping {value: [patterns]} or a bare list of patterns."""
    if not mapping:
        return []
    if isinstance(mapping, list):
        return [Cue(p, default, compile_pattern(p)) for p in mapping]
    cues = []
    for value, patterns in mapping.items():
        for p in patterns or []:
            cues.append(Cue(p, value, compile_pattern(p)))
    return cues


def _actor_defs() -> dict[str, ActorDef]:
    check_pack_files(SHARED_DIR)
    defs = {}
    with_article = frozenset(_yaml(SHARED_DIR / "rules.yaml").get("country_article") or [])
    for key, spec in _yaml(SHARED_DIR / "actors.yaml").items():
        defs[key] = ActorDef(
            key=key,
            name=spec["name"],
            inter=int(spec["inter"]),
            kind=spec.get("kind", "group"),
            country_suffix=bool(spec.get("country_suffix", False)),
            needs_country="{country}" in spec["name"],
            local=bool(spec.get("local", spec.get("country_suffix", False))),
            placed=bool(spec.get("placed", False)),
            with_article=with_article,
            countries=frozenset(spec.get("countries") or ()),
        )
    return defs


def _rules() -> dict[str, Any]:
    """``_shared/rules.yaml``, its actor keys checked against ``_shared/actors.yaml``."""
    rules = _yaml(SHARED_DIR / "rules.yaml")
    actors = _yaml(SHARED_DIR / "actors.yaml")
    for key in sorted(RulesFile.model_validate(rules).actor_keys() - set(actors)):
        raise LanguagePackError(f"_shared/rules.yaml: actor key {key!r} not in _shared/actors.yaml")
    return rules


@cache
def load_pack(lang: str) -> LanguagePack:
    """Load and compile the pack for ``lang`` (cached); unknown languages raise a clear error."""
    folder = _pack_folder(lang)
    if folder is None:
        raise UnknownLanguageError(
            f"no language pack for {lang!r}; available: {', '.join(available_languages())}"
        )
    check_pack_files(folder)
    actor_defs = _actor_defs()
    rules = _rules()
    declared = RulesFile.model_validate(rules).declared_labels()
    triggers = []
    lemma_triggers: dict[str, tuple[str, float]] = {}
    for where, row in _tsv(folder / "triggers.tsv"):
        pattern, label, weight = row[0], row[1], check_weight(row[2], where)
        check_label(label, declared, where)
        if pattern.startswith("lemma:"):
            lemma_triggers[pattern[6:].lower()] = (label, weight)
            continue
        triggers.append(Trigger(pattern, label, weight, compile_pattern(pattern)))
    blockers = []
    for where, row in _tsv(folder / "blockers.tsv"):
        if row[0] not in ("*", CRIME_BLOCKER):
            check_label(row[0], declared, where)
        blockers.append(Cue(row[1], row[0], compile_pattern(row[1])))
    aliases = []
    for where, row in _tsv(folder / "actors.tsv"):
        pattern, key = row[0], row[1]
        if key not in actor_defs:
            raise PackError(f"{where}: unknown actor key {key!r} for {pattern!r}")
        codes = [c.strip() for c in (row[2] if len(row) > 2 else "").split(";") if c.strip()]
        try:
            check_country_codes(codes, f"{where}: ")
        except ValueError as exc:
            raise LanguagePackError(str(exc)) from None
        aliases.append(ActorAlias(pattern, key, compile_pattern(pattern), frozenset(codes)))
    country_names = {row[0]: row[1] for _where_, row in _tsv(SHARED_DIR / "countries.tsv")}
    country_cues = []
    for where, row in _tsv(folder / "countries.tsv"):
        code = row[0]
        if code not in country_names:
            raise PackError(f"{where}: {code!r} missing from _shared/countries.tsv")
        names = [x.strip() for x in (row[1] if len(row) > 1 else "").split(";") if x.strip()]
        adjectives = [x.strip() for x in (row[2] if len(row) > 2 else "").split(";") if x.strip()]
        # The first name is the country's own; later names are places inside it.
        kinds = [(p, "country" if i == 0 else "place") for i, p in enumerate(names)]
        kinds += [(p, "adjective") for p in adjectives]
        for p, kind in kinds:
            # "US", "CAR", "DRC": an acronym is matched as written ("us", "a car" are words)
            exact = _is_acronym(p) and not p.startswith("=")
            country_cues.append(Cue(p, (country_names[code], kind),
                                    compile_pattern("=" + p if exact else p)))
    # demonyms.tsv's country adjectives and inhabitants ("Thai", "Kenyaanse") name their
    # country for actors too, where countries.tsv lists none; matched as written, since a
    # proper adjective is capitalised ("polish" is no country word)
    listed = {c.pattern.lstrip("=").replace("_", " ").lower() for c in country_cues}
    for _where, row in _tsv(folder / "demonyms.tsv"):
        word, code = row[0], row[1]
        if code in country_names and word.replace("_", " ").lower() not in listed:
            listed.add(word.replace("_", " ").lower())
            country_cues.append(Cue(word, (country_names[code], "demonym"),
                                    compile_pattern("=" + word)))
    # "pro-Palestijnse studenten", "anti-Russian protesters": whom they back or oppose, no
    # country of theirs nor of the story (discourse.yaml's not_actor_prefix)
    discourse = _yaml(folder / "discourse.yaml")
    stance = "".join(rf"(?<!(?i:{re.escape(w)})-)" for w in discourse.get(
        "not_actor_prefix") or [])
    country_cues = [replace(c, regex=re.compile(stance + c.regex.pattern, c.regex.flags))
                    for c in country_cues] if stance else country_cues
    casualties = KeyedSection(
        {k: _cues(v, k) for k, v in _yaml(folder / "casualties.yaml").items()},
        frozenset(CasualtiesFile.model_fields), f"{lang}/casualties.yaml")
    mod = _yaml(folder / "modality.yaml")
    modality = []
    for name, spec in (mod.get("modalities") or {}).items():
        for scope, patterns in spec.items():
            for p in patterns or []:
                modality.append(Cue(p, (name, scope), compile_pattern(p)))
    hedges = _cues(mod.get("hedges"), 0.15)
    attr = _yaml(folder / "attribution.yaml")
    places = _yaml(folder / "places.yaml")
    place_cues = []
    for cue_type, patterns in (places.get("cues") or {}).items():
        for p in patterns or []:
            # "object": the name after an attack verb, as untyped as one after a preposition
            value = None if cue_type in ("none", "object") else cue_type
            place_cues.append(Cue(p, value, compile_pattern(p)))
    pack = LanguagePack(
        lang=lang,
        triggers=triggers,
        lemma_triggers=lemma_triggers,
        trigger_blockers=blockers,
        actor_aliases=aliases,
        actor_defs=actor_defs,
        country_cues=country_cues,
        numbers=_yaml(folder / "numbers.yaml"),
        casualties=casualties,
        modality=modality,
        hedges=hedges,
        attribution_verbs=_cues(attr.get("verbs")),
        source_nouns=_cues(attr.get("sources")),
        claim_verbs=_cues(attr.get("claims")),
        self_reports=_cues(attr.get("self_reports")),
        time=_yaml(folder / "time.yaml"),
        place_cues=place_cues,
        place_blockers=_cues(places.get("blockers")),
        place_stopwords=frozenset(str(places.get("stopwords") or "").lower().split()),
        discourse=KeyedSection(
            {k: _cues(v, k) for k, v in discourse.items()},
            frozenset(DiscourseFile.model_fields), f"{lang}/discourse.yaml"),
        grammar=_yaml(folder / "grammar.yaml"),
        rules=rules,
        note_templates=_yaml(SHARED_DIR / "notes.yaml"),
        place_names=KeyedSection({k: places.get(k) for k in PLACE_NAME_KEYS},
                                 frozenset(PLACE_NAME_KEYS), f"{lang}/places.yaml"),
    )
    pack.trigger_scan = union_pattern([t.pattern for t in triggers])
    return pack
