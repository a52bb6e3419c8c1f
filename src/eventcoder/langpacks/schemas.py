"""The schema of a language pack: one pydantic model per YAML file (and per section), the
column counts of the TSV files, and what a label may be.

Why: readers look keys up with ``.get(key) or default``, so a misspelt key in a pack file would
switch a rule off without a word. Every model forbids unknown keys, so a pack loads only when
each key it writes is one some reader knows (:mod:`eventcoder.langpacks.validation` reports a
breach as a :class:`LanguagePackError` naming the file and the key). Fields are optional: a pack
may leave out what its language does not need (the plugin German pack in the tests has four
YAML keys). Models are strict (no "3" for 3, no string for a list), so a validated mapping is
the very data the readers get.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, RootModel, field_validator, model_validator

from eventcoder.langpacks.schema_base import (
    PSEUDO_PREFIX,
    LanguagePackError,
    PackError,
    Patterns,
    PlaceCueKind,
    RelativeDay,
    Section,
    _check_sub_type,
    check_label,
)
from eventcoder.langpacks.schema_rules import ActorSpec, RulesFile
from eventcoder.records import ModalityName

__all__ = [
    "PACK_FILE_MODELS",
    "PSEUDO_PREFIX",
    "SHARED_FILE_MODELS",
    "SHARED_TSV_COLUMNS",
    "TSV_COLUMNS",
    "LanguagePackError",
    "PackError",
    "RulesFile",
    "check_label",
]



# --- per-language YAML files ---------------------------------------------------------------
class Compound(Section):
    joiner: str = ""
    unit_first: bool = False


class NumbersFile(Section):
    # A bare `no:` key is YAML 1.1's false: validation refuses it (quote the word).
    words: dict[str, int] = {}
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
    after: Patterns = []  # right after the event word ("a walkout could begin")
    clause: Patterns = []  # the event words after it up to the next comma ("years after")
    # the event word right after it, a name or a date between at most ("since the killing
    # of", "since the Ben Guerdane attack": the start of a period, told as its backdrop)
    before: Patterns = []


class ModalityFile(Section):
    modalities: dict[ModalityName, ModalityScopes] = {}
    hedges: Patterns = []


class AttributionFile(Section):
    verbs: Patterns = []
    sources: Patterns = []
    claims: Patterns = []
    self_reports: Patterns = []


class TimeFile(Section):
    weekdays: dict[str, int] = {}
    weekday_suffixes: list[str] = []
    # capitalised words that make the weekday after them a day's name, no date ("Pentecost
    # Sunday", "Bloody Sunday", "Goede Vrijdag"): the most recent such weekday is not meant
    named_days: list[str] = []
    relative: dict[str, list[int | RelativeDay]] = {}
    previous_week_markers: dict[str, Literal["calendar", "minus_week"]] | list[str] = {}
    months: dict[str, int] = {}
    date_orders: list[Literal["day_month", "month_day"]] = []
    future_markers: Patterns = []
    month_lead: Patterns = []
    since_markers: Patterns = []
    # what a past time governs beyond its neighbourhood: a fronted one ("In November 2021,
    # suicide bombers ... struck ..., killing four") dates its whole sentence; one followed by
    # a relative "when" ("since October, when rebels ... killed two tourists") the clause
    relative_when: list[str] = []
    # words right before a time that make it the bound a count or state holds by ("43 had
    # been arrested by Monday night"), not the day of an event
    deadline_markers: Patterns = []
    # words right before a time word that make it a likeness, no time ("feels like yesterday")
    comparisons: Patterns = []
    owner_links: list[str] = []
    owner_genitives: list[str] = []
    time_nouns: list[str] = []
    time_modifiers: list[str] = []
    # "two days after": days per unit word, and the sign a link gives (after -1, before 1;
    # anaphors such as "earlier" refer to the last time told before the sentence)
    shift_units: dict[str, int] = {}
    shift_links: dict[str, Literal[-1, 1]] = {}
    shift_anaphors: dict[str, Literal[-1, 1]] = {}
    # whole phrases that move the sentence's (else the last told) time when they end a clause:
    # "the day before": -1
    shift_phrases: dict[str, int] = {}
    # days with a fixed date that news names instead of the date: [month, day]
    holidays: dict[str, list[int]] = {}
    # relative words (of ``relative``) that name the day the story has told, not one of their
    # own ("eerder op de dag"): a time told before them names that day where it fits their range
    story_day: list[str] = []

    @model_validator(mode="after")
    def _ranges(self) -> TimeFile:
        for word, day in self.weekdays.items():
            if not 0 <= day <= 6:
                raise ValueError(f"weekdays.{word}: {day} is not 0 (Monday) to 6 (Sunday)")
        for word, month in self.months.items():
            if not 1 <= month <= 12:
                raise ValueError(f"months.{word}: {month} is not 1 to 12")
        for name, when in self.holidays.items():
            if len(when) != 2 or not 1 <= when[0] <= 12 or not 1 <= when[1] <= 31:
                raise ValueError(f"holidays.{name}: {when} is no [month, day]")
        for word, offsets in self.relative.items():
            if len(offsets) != 2:
                raise ValueError(f"relative.{word}: need [start, end]")
        return self


class PlacesFile(Section):
    cues: dict[PlaceCueKind, Patterns | None] = {}
    appositive: Patterns = []
    # Words that open the unit a place lies in, right after it ("Toribío, in the province of
    # Cauca", "near Hoshab in Balochistan"): where the gazetteer puts the town in that unit,
    # the unit only says where the town is, as an appositive does.
    unit_after: Patterns = []
    blockers: Patterns = []
    stopwords: str = ""
    name_prefixes: list[str] = []
    name_joiners: list[str] = []
    postcues: dict[str, PlaceCueKind] = {}
    coordination: list[str] = []
    possessives: list[str] = []
    landmarks: dict[str, str] = {}
    modifiers: Patterns = []
    # Compass words that may prefix a country adjective ("Oost-Duitse"):
    # the compound is still an adjective before a town, not a place name.
    adjective_prefixes: list[str] = []
    # Adjectives of a country's provinces and regions ("Brabantse", "West-Vlaamse"): like a
    # country adjective, one before a town name is no part of it ("het Brabantse Oss").
    region_adjectives: list[str] = []
    national_sites: Patterns = []
    # A province's or state's seat of government ("state Capitol", "provinciehuis"): the
    # geocoder places an event there in the seat of the province the text names.
    provincial_sites: Patterns = []
    # Heads of a place's public bodies, as written after the place's name ("Dorset Police",
    # "Harris County Sheriff's Office"): the country of the place named says which country the
    # article is in (a Weymouth there is in England), never where the event was.
    institutions: list[str] = []
    generic_places: list[str] = []
    # Endings of the compound word that closes a street's or square's name ("plein", "straat":
    # "het Graaf van Vlaanderenplein"): a place word that opens such a name is the street's.
    street_suffixes: list[str] = []
    street_joiners: list[str] = []  # words inside such a name ("van": "Graaf van Vlaanderenplein")
    # Particles inside a place name ("Bergen op Zoom", "Stratford-upon-Avon", "Rio de Janeiro"),
    # including those of foreign names this language's news carries.
    name_particles: list[str] = []
    # The postcues that may be dropped to find the name ("Kunduz provincie"); the unit each
    # says the name is, province, region, district or city, is its postcue's.
    admin_suffixes: list[str] = []
    # Capitalised words that make a longer name an organisation's, venue's, event's or
    # title's ("Bank", "Airlines", "Centraal", "Open", "Times"): a place word in the same run of
    # capitalised words is part of that name ("Amsterdam Trade Bank"), not a toponym.
    name_heads: list[str] = []
    # Capitalised words after a country adjective that make it a building's or body's name
    # ("the Saudi Hospital" in El Fasher, "the American University of Beirut"): the
    # adjective names no place of the story.
    demonym_heads: list[str] = []
    # Languages whose country and continent names (pycountry, GeoNames) the gazetteer indexes
    # for this language's news, beside the language itself ("de", "fr").
    index_languages: list[str] = []
    # Phrases of ``cues`` that the geocoder's own cue look-up leaves out (the extractor still
    # reads them): a word whose kind is often not the next name's ("central Washington" is the
    # state). Each must be one of the file's cues.
    geocoder_ignores: list[str] = []

    @model_validator(mode="after")
    def _ignored_are_cues(self) -> PlacesFile:
        for word in self.admin_suffixes:
            if self.postcues.get(word) not in ("province", "region", "district", "city"):
                raise ValueError(f"admin_suffixes: {word!r} is no postcue of a province, "
                                 "region, district or city")
        phrases = {str(p) for ps in self.cues.values() for p in ps or ()}
        for phrase in self.geocoder_ignores:
            if phrase not in phrases:
                raise ValueError(f"geocoder_ignores: {phrase!r} is no phrase of cues")
        return self


class DiscourseFile(Section):
    definite: Patterns = []
    summary: Patterns = []
    locative_anaphor: Patterns = []
    support: Patterns = []
    agent: Patterns = []
    agent_after_event: Patterns = []
    patient_subject: Patterns = []
    charge_frame: Patterns = []
    parties: Patterns = []
    target: Patterns = []
    between: Patterns = []
    passive: Patterns = []
    clause_break: Patterns = []
    articles: Patterns = []
    # adjectives that may stand between a role cue and its actor ("by local residents",
    # "door boze bewoners"): the cue still marks the actor
    actor_modifiers: Patterns = []
    of_country: Patterns = []
    civilian_target: Patterns = []
    military_target: Patterns = []
    grievance: Patterns = []
    # what a protest is about, for its places only ("against the war in Ukraine"): a
    # country named after these words (or a grievance cue) is the protest's subject, not
    # its scene
    protest_about: Patterns = []
    responsibility_before: Patterns = []
    responsibility_after: Patterns = []
    toll_sum_span: Patterns = []  # "in the past 24 hours": with two places, a summed toll
    toll_sum_places: Patterns = []  # "in separate attacks": a toll of several events
    claim_sentence: Patterns = []  # "The Taliban claimed responsibility.": no event word
    claim_doubted: Patterns = []  # "... but officials dismissed the claim": no doer then
    aggregate: Patterns = []
    time_anaphors: Patterns = []
    # one doer in words no actor table may hold ("de verdachte" is any suspect's): where an
    # attack names no doer, such words in the article tell a lone one (rules.yaml lone_doer)
    lone_doer: Patterns = []
    new_event: Patterns = []
    conjunctions: Patterns = []
    count_joiners: Patterns = []
    count_inclusions: Patterns = []
    source_prepositions: Patterns = []
    not_actor_suffix: Patterns = []
    not_actor_prefix: Patterns = []
    not_identity_names: Patterns = []  # capitalised words that name no people's militia
    country_backer: Patterns = []
    country_force: Patterns = []  # "a US drone strike", "Russian warplanes": whose force acts
    owner_links: Patterns = []
    blame: Patterns = []
    investigate: Patterns = []
    accuser_verbs: Patterns = []
    blame_charge: Patterns = []
    crime_frame: Patterns = []
    # plural crowd nouns of civilians ("villagers", "local residents", "fans"): as the doers of
    # violence they are a mob (rules.yaml ``crowd_actor.named_inters``), not an armed side
    crowd_doers: Patterns = []
    coded_motive: Patterns = []
    # a coded motive the text denies ("not treated as terror-related"): no motive, a crime
    motive_denied: Patterns = []
    arrest_motive: Patterns = []
    trial_crowd: Patterns = []  # "came to attend the trial": a protest at a trial
    court_frame: Patterns = []
    # a commemoration told in the lead ("Mumbai remembers 26/11 victims"): the attack it recalls
    # is background, as a trial's subject is
    memorial_frame: Patterns = []
    backdrop_clause: Patterns = []
    journey_from: Patterns = []  # "drove from Juba to Pibor": the start is no event place
    journey_to: Patterns = []
    crowd_journey: Patterns = []
    name_link: Patterns = []  # "the Church of Alexandria": a town ending a longer name
    origin_nouns: Patterns = []  # "a man from Rotterdam": where someone comes from
    # what follows a war word used as a figure ("assault on conscription", "fighting for
    # his life", "strijd tegen de armoede"): an abstract object, no one to hurt
    figurative_object: Patterns = []
    # single words after which a quotation is the speaker's own clause, no scare quote
    # ("said that "...", "meldt dat „...”")
    quote_openers: Patterns = []
    # an article's metaphor frame (an election campaign, a match, a market): with
    # rules.yaml figurative.frame_min of these, its war words are figures of speech
    metaphor_frame: Patterns = []
    # the war words such a frame turns into figures ("the battle for Delhi", "de strijd om")
    frame_metaphors: Patterns = []


class GrammarFile(Section):
    post_verb_actor: Literal["object", "subject"] | None = None
    # the word that ends a plan's verb before its infinitive ("plan to", "vow to"): such a
    # cue inside an event word that names its doer governs it ("farmers plan to block roads")
    infinitive_marker: str | None = None
    present_passive_auxiliaries: list[str] = []  # lemmas: "wordt gehouden" is not a perfect
    perfect_auxiliaries: list[str] = []  # lemmas: "zijn ... gekomen" is a perfect, a past
    # finite forms of the active perfect's auxiliary ("heeft", "hebben"): right after a
    # clause's first phrase they make that phrase the subject of the participle that ends the
    # clause, however long the middle field between them
    active_perfect_forms: list[str] = []
    participle_shape: str | None = None  # regex of a participle the tagger may miss
    past_shape: str | None = None  # regex of a finite past form the tagger may read as present
    past_alike_shape: str | None = None  # regex of a finite form the present and past share
    # regex of a progressive form: after "was"/"were" it is no passive ("the army was purging")
    progressive_shape: str | None = None
    # endings that make a country's adjective its people ("Palestinian" -> "Palestinians")
    plural_suffixes: list[str] = []
    # demonym endings whose plural is the people as country context ("Venezuelan" ->
    # "Venezuelans"); others ("Lao", "Philippine") would make a country's name a demonym
    people_plural_endings: list[str] = []
    # words that open a relative clause on the noun before them ("people who had gathered")
    relative_pronouns: list[str] = []
    # words after a comma that go on telling the noun before it ("the attack on the school,
    # in which gunmen killed 147"): a history clause reaches through them
    noun_clause_openers: list[str] = []

    @field_validator("participle_shape", "past_shape", "past_alike_shape", "progressive_shape")
    @classmethod
    def _shape_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value
    # a capital inside a sentence marks a name ("the Government of National Accord"), as it
    # does in English and Dutch (not in German, which capitalises every noun)
    capital_marks_name: bool = False
    name_links: list[str] = []  # words inside a name: "Memorandum of Understanding"
    # the object may stand before the event word (Dutch verb-final and particle-last clauses:
    # "hebben een kerk aangevallen", "vielen een kerk aan"): what was hit is sought there too
    object_before_verb: bool = False


class ActorsFile(RootModel[dict[str, ActorSpec]]):
    """``_shared/actors.yaml``: actor key -> spec."""

    model_config = ConfigDict(strict=True, frozen=True)


class SharedPlacesFile(Section):
    """``_shared/places.yaml``: the words of the output labels of admin units, which are
    English for every language (ACLED's spelling)."""

    # generic words that end an English admin name ("Kirkuk Governorate"), dropped from labels
    label_designators: list[str] = []
    # romanised designators of a local formal name ("Samarskaya oblast'", "Hebei Sheng"): an
    # English alias is then the better label
    local_designators: list[str] = []
    # lower-case words an English label may hold ("Bosnia and Herzegovina")
    label_connectors: list[str] = []
    # articles of transliterated Arabic names ("al-Bab", "Deir ez-Zor"): the gazetteer's
    # variant key drops them, the toponym finder reads "ez-Zor" as part of a name; the
    # assimilated ones ("ar", "ash") only before a word of their own consonant ("Ar Raqqah")
    name_articles: list[str] = []
    assimilated_articles: list[str] = []


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
    "places.yaml": SharedPlacesFile,
}
# TSV files: (fewest, most) columns per row. Trailing empty cells do not count.
TSV_COLUMNS: dict[str, tuple[int, int]] = {
    "triggers.tsv": (3, 3),  # pattern, label, weight
    "blockers.tsv": (2, 2),  # label (or "*"), pattern
    "actors.tsv": (2, 3),  # pattern, actor key, countries the alias is tied to ("SO;KE")
    "countries.tsv": (1, 3),  # ISO code, names, adjectives
    # place words the extractor and the geocoder both read (langpacks/places.py; the place
    # cues are places.yaml's cues and postcues)
    "demonyms.tsv": (2, 2),  # adjective or demonym, ISO country code or GeoNames id
    "regions.tsv": (2, 2),  # name of a region or feature, key of geo/data's region tables
    "distances.tsv": (2, 3),  # unit, word, km | link, word
    "exonyms.tsv": (2, 2),  # name, GeoNames id
    "abbreviations.tsv": (2, 2),  # abbreviation, GeoNames id
    "not_places.tsv": (1, 1),  # a capitalised word that is never a place
    "titles.tsv": (1, 1),  # a title before a person's name, lower case
    "landmark_articles.tsv": (1, 1),  # an article before which a lone name is a landmark
}
SHARED_TSV_COLUMNS: dict[str, tuple[int, int]] = {
    "countries.tsv": (2, 2),  # code, ACLED name
    "country_labels.tsv": (2, 2),  # code, output name where GeoNames' short name differs
    "given_names.tsv": (1, 1),  # a given name: "Eugene" before a surname is a person
}
