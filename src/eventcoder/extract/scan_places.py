"""The scan's places: toponyms after a place cue ("in de provincie", "near") or before a
post-cue, the names of a list that share the first one's cue, appositions ("X, the capital of
Y") and a country's national sites ("outside parliament").

Part of the one pass of :mod:`eventcoder.extract.scan`; every word comes from the pack's
``places.yaml`` and cue lists.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from eventcoder.extract.cue_matchers import PACK_CUE_LISTS, cue_matches
from eventcoder.extract.gazetteer import (
    known_place,
    landmark_town,
    lies_in,
    trusted_place,
    unit_name,
    unit_of,
)
from eventcoder.extract.spans import (
    ActorSpan,
    PlaceSpan,
    doc_of,
    ends_with_cue,
    find_cues,
    tokens_between,
)
from eventcoder.geo.pack_words import words as pack_words
from eventcoder.geo.place_roles import dateline_span, not_the_scene
from eventcoder.langpacks import Cue, LanguagePack, compile_pattern
from eventcoder.langpacks.unions import union_body
from eventcoder.records import PlaceCue

if TYPE_CHECKING:  # spaCy loads only where a parse is asked for
    from spacy.tokens import Doc

PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels (CoNLL and OntoNotes schemes) that name no place: "in Labour", "op Corbyn".
NON_PLACE_ENT_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP"})
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"


@cache
def _name_regex(pack: LanguagePack) -> re.Pattern[str]:
    spec = _places_spec(pack)
    prefixes = "|".join(re.escape(p) for p in spec.get("name_prefixes") or [])
    joiners = "|".join(re.escape(j) for j in spec.get("name_joiners") or [])
    word = rf"(?:(?:{prefixes}))?[{_UPPER}][\w’'\-]*" if prefixes else rf"[{_UPPER}][\w’'\-]*"
    join = rf"(?:(?:{joiners})[\s\-]+)?" if joiners else ""
    return re.compile(rf"(?<![\w\-]){word}(?:[ \-]{join}{word}){{0,3}}")


def _places_spec(pack: LanguagePack) -> dict:
    return pack.place_names


_NEXT_WORD = re.compile(r"[\s\-]+(\w+)")  # the word after a name ("Kunduz province")


@cache
def _filler(pack: LanguagePack) -> str:
    return "|".join(re.escape(c.pattern) for c in pack.discourse.get("articles", []))


@cache
def _place_modifiers(pack: LanguagePack) -> str:
    """Words that may stand between a place cue and the name: the pack's ``modifiers``
    ("noordelijke", "northern") and its country adjectives ("Syrische", "Afghan"), each
    perhaps after a compass prefix ("Oost-Congolese").

    Read only as a whole (``ends_with_cue`` asks whether the words between a cue and a name
    ``fullmatch`` its tail), so the order of the alternatives is free: the modifiers, then
    the adjectives after their one optional prefix (not the prefix tried again before each
    adjective), each run with its word-start guard said once (:func:`union_body`)."""
    patterns = [str(p) for p in _places_spec(pack).get("modifiers") or []]
    bodies = sorted((compile_pattern(p.lstrip("=")).pattern for p in patterns), key=len,
                    reverse=True)
    adjectives = sorted((a.pattern for a in _adjective_regexes(pack)), key=len, reverse=True)
    alternatives = [union_body(bodies)] if bodies else []
    if adjectives:
        alternatives.append(_adjective_prefix(pack) + f"(?:{union_body(adjectives)})")
    return "|".join(f"(?:{a})" for a in alternatives)


@cache
def _adjective_regexes(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    """The country adjectives of countries.tsv and the pack's ``region_adjectives``."""
    regions = [str(w) for w in _places_spec(pack).get("region_adjectives") or []]
    return (*(c.regex for c in pack.country_cues if c.value[1] == "adjective"),
            *(compile_pattern(w) for w in regions))


@cache
def _adjective_prefix(pack: LanguagePack) -> str:
    """An optional compass prefix of a country adjective, from the pack's
    ``adjective_prefixes``: "het Oost-Duitse Eisenach" is "het Duitse Eisenach", a part of
    the country before the town, not a place name of its own."""
    prefixes = [re.escape(str(p)) for p in _places_spec(pack).get("adjective_prefixes") or []]
    if not prefixes:
        return ""
    return rf"(?:(?:{'|'.join(sorted(prefixes, key=len, reverse=True))})-)?"



@lru_cache(maxsize=64)
def _any_fullmatch(regexes: tuple[re.Pattern[str], ...],
                   prefix: str = "") -> Callable[[str], bool]:
    """``lambda s: any(re.fullmatch(prefix + r.pattern, s, r.flags) for r in regexes)`` as
    one alternation after the optional ``prefix`` (fullmatch backtracks into every
    alternative and into the prefix), unless the patterns differ in flags or hold groups a
    union would renumber."""
    flags = {r.flags for r in regexes}
    if not regexes or len(flags) != 1 or any("(?P" in r.pattern or re.search(r"\\\d", r.pattern)
                                              for r in regexes):
        each = tuple(re.compile(prefix + r.pattern, r.flags) for r in regexes)
        return lambda s: any(r.fullmatch(s) for r in each)
    union = re.compile(prefix + f"(?:{union_body([r.pattern for r in regexes])})", flags.pop())
    return lambda s: union.fullmatch(s) is not None


def _compass_country(name: str, tables: _PlaceTables) -> str | None:
    """The country of a compass-prefixed country name ("Noord-Irak" -> "Irak"; the pack's
    ``adjective_prefixes``), or None: a name that is a country of its own ("Zuid-Soedan")
    or another word is none."""
    head, dash, rest = name.partition("-")
    if not dash or head.lower() not in tables.compass or name.lower() in tables.country_names:
        return None
    return rest if rest.lower() in tables.country_names else None


class _PlaceTables(NamedTuple):
    """What :func:`find_places` reads of a pack, made once per pack, not per article."""

    country_names: dict[str, str]
    is_adjective: Callable[[str], bool]
    pack_places: set[str]
    postcues: dict[str, str]
    coordination: set[str]
    landmarks: dict[str, str]
    possessives: list[str]
    compass: set[str]


@cache
def _place_tables(pack: LanguagePack) -> _PlaceTables:
    spec = _places_spec(pack)
    adjectives = _adjective_regexes(pack)
    prefix = _adjective_prefix(pack)
    return _PlaceTables(
        country_names={c.pattern.lower().replace("_", " ").lstrip("="): c.value[0]
                       for c in pack.country_cues if c.value[1] == "country"},
        # "Oost-Duitse" is an adjective as "Duitse" is
        is_adjective=_any_fullmatch(adjectives, prefix),
        pack_places={c.pattern.lower().replace("_", " ").lstrip("=") for c in pack.country_cues
                     if c.value[1] == "place"},
        postcues={k.lower(): v for k, v in (spec.get("postcues") or {}).items()},
        coordination={str(c).lower() for c in spec.get("coordination") or []},
        landmarks={str(k).lower(): str(v) for k, v in (spec.get("landmarks") or {}).items()},
        possessives=[str(p) for p in spec.get("possessives") or []],
        compass={str(p).lower() for p in spec.get("adjective_prefixes") or []},
    )


def find_places(
    text: str, pack: LanguagePack, doc: Doc | None, actors: list[ActorSpan]
) -> list[PlaceSpan]:
    stop = pack.place_stopwords
    filler = _filler(pack)
    modifiers = _place_modifiers(pack)
    tables = _place_tables(pack)
    country_names, is_adjective = tables.country_names, tables.is_adjective
    pack_places, postcues, coordination = (tables.pack_places, tables.postcues,
                                           tables.coordination)
    landmarks, possessives = tables.landmarks, tables.possessives
    out: list[PlaceSpan] = []
    candidates = [(m.start(), m.end()) for m in _name_regex(pack).finditer(text)]
    not_places: list[tuple[int, int]] = []
    if doc is not None and getattr(doc, "ents", None):
        candidates += [(e.start_char, e.end_char) for e in doc.ents
                       if e.label_ in PLACE_ENT_LABELS]
        not_places = [(e.start_char, e.end_char) for e in doc.ents
                      if e.label_ in NON_PLACE_ENT_LABELS]
    actor_chars = {i for a in actors for i in range(a.start, a.end)}  # a lookup, not a scan
    actor_ends = sorted({a.end for a in actors})  # where actors end, for _of_a_party
    named: list[int] = []  # where the names with a cue start, blocked or not
    doubted: set[int] = set()  # indices in ``out`` of names the parser calls no place
    dateline = dateline_span(text) or (-1, -1)
    for start, end in sorted(set(candidates)):
        name = text[start:end]
        owner = None  # where a possessor begins ("in Somalia's Galgaduud"): the cue is before it
        for mark in possessives:
            cut = name.rfind(mark + " ")
            if cut <= 0:
                continue
            head = text[start + cut + len(mark) + 1:end]
            after = _NEXT_WORD.match(text[end:end + 20])
            if known_place(head) or (after is not None and after.group(1).lower() in postcues
                                     ) or unit_of(head, name[:cut], pack.lang):
                # "Yemen's Hodeidah": the place is Hodeidah; "Somalia's Galgaduud" too, a
                # unit of the country as the text spells it
                owner = start
                start += cut + len(mark) + 1
            else:
                end = start + cut  # "Nairobi's Kibera slum": a part the gazetteer lacks
            name = text[start:end]
        words = name.split()
        while words and words[-1].strip(".,").lower() in stop:
            words = words[:-1]
        while words and words[0].lower() in stop:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        end = start + len(name)
        if name.lower() in stop or start in actor_chars:
            continue
        if _opens_a_street(text, end, pack):
            continue  # "het Graaf van Vlaanderenplein": the square's name, not Graaf
        if is_adjective(name):
            continue  # "Britse", "Afghan": an adjective, not a place
        if len(words) > 1 and is_adjective(words[0]) and name.lower() not in country_names and (
                not known_place(name)):  # the gazetteer last: the dearest question
            # "het Syrische Raqqa": the adjective says the country, the name the place
            start += len(words[0]) + 1
            words = words[1:]
            name = " ".join(words)
        said_at = start if owner is None else owner  # where the name as written begins: its
        # cue ends there
        compass = _compass_country(name, tables)
        if compass is not None and not known_place(name):
            # "in Noord-Irak", "Oost-Congo": a part of the country the gazetteer has no name
            # for is the country, as "in het noorden van Irak" is ("Noord-Korea", "Zuid-Soedan"
            # are names of their own)
            start += len(name) - len(compass)
            name, words = compass, [compass]
        line_start = text.rfind("\n", 0, start) + 1
        cue = ends_with_cue(pack.place_cues, text, said_at, floor=line_start, filler=filler,
                            modifiers=modifiers)
        previous = out[-1] if out else None
        if cue is None and previous is not None and text[previous.end:said_at].strip().lower() in (
                coordination):
            # "in Oran en Constantine": a listed name shares the cue of the first
            town = landmarks.get(name.lower()) or landmark_town(name)
            out.append(PlaceSpan(start, end, name, cue=PlaceCue.CITY if town else previous.cue,
                                 is_country=name.lower() in country_names,
                                 listed_after=previous, town=town,
                                 vouched=name.lower() in pack_places,
                                 comma_only=text[previous.end:start].strip() == ",",
                                 dateline=dateline[0] <= start and end <= dateline[1]))
            continue
        post = _NEXT_WORD.match(text[end:end + 20])
        post_cue = postcues.get(post.group(1).lower()) if post else None
        if cue is None and post_cue is None:
            continue
        cue_start = said_at - 60
        if cue is not None:
            window = text[max(line_start, said_at - 60):said_at]
            hits = list(cue.regex.finditer(window))
            cue_start = max(line_start, said_at - 60) + (hits[-1].start() if hits else 0)
        # where someone lives or talks were held, where a journey set out: not the event's
        # place (the geocoder asks the same question of its towns). A town that ends a longer
        # name ("de Universiteit van Amsterdam") is still offered: the cue before it makes it
        # a candidate, and the event's coding weighs it with the others.
        off_scene = not_the_scene(text, start, end, pack.lang,
                                  cue_start=cue_start if cue is not None else None,
                                  named=named, name=name)
        named.append(start)
        if off_scene in ("blocked", "journey"):
            continue
        town = landmarks.get(name.lower()) or landmark_town(name)
        untyped = cue is not None and cue.value in (None, "none")
        is_country = name.lower() in country_names
        cue_type = PlaceCue.COUNTRY if is_country else (post_cue or (cue.value if cue else None))
        if cue_type in (None, "none") and any(es <= start < ee for es, ee in not_places) and (
                not trusted_place(name, cue_type)) and name.lower() not in pack_places:
            # a bare "in"/"op" before a person or party ("in Labour"): no place, unless a
            # country or province named right after it holds a town of that name
            doubted.add(len(out))
        out.append(PlaceSpan(start, end, name, cue=PlaceCue.CITY if town else cue_type,
                             is_country=is_country, town=town,
                             vouched=name.lower() in pack_places,
                             dateline=dateline[0] <= start and end <= dateline[1],
                             origin=untyped and (off_scene == "origin" or _of_a_party(
                                 doc, text, cue_start, pack, actor_ends))))
    _vouch_by_unit(out, text, pack)
    out = [p for i, p in enumerate(out) if i not in doubted or p.vouched]
    _mark_appositives(out, text, pack)
    sites = _national_sites(text, pack, out)
    # "outside the Statehouse": a capitalised institution read as a name is the site
    out = [p for p in out if not any(s.start <= p.start and p.end <= s.end for s in sites)]
    out += sites
    return sorted(out, key=lambda p: p.start)


@cache
def _street_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    suffixes = [re.escape(str(w)) for w in _places_spec(pack).get("street_suffixes") or []]
    particles = [re.escape(str(w)) for w in _places_spec(pack).get("street_joiners") or []]
    if not suffixes:
        return None
    joins = rf"(?:(?:{'|'.join(particles)})\s+)?" if particles else ""
    return re.compile(rf"\s+{joins}[A-Z][\w'’-]*(?:{'|'.join(suffixes)})\b")


def _opens_a_street(text: str, end: int, pack: LanguagePack) -> bool:
    """The name runs on, over a particle, into a street's or square's compound (the pack's
    ``street_suffixes``): "Graaf van Vlaanderenplein" names a square, not the village Graaf."""
    regex = _street_regex(pack)
    return regex is not None and regex.match(text, end) is not None


def _of_a_party(doc: Doc | None, text: str, cue_start: int, pack: LanguagePack,
               actor_ends: list[int]) -> bool:
    """The bare preposition before the name is one of the pack's ``of_country`` words ("from",
    "uit", "van") after an actor the scan found or, where there is a parse, hung on a noun
    before it: "Fighters from Raqqa" says where they come from, not where the event was ("were
    evacuated from Aleppo" hangs it on the verb). A word for people before it ("a man from
    Rotterdam") is :func:`eventcoder.geo.place_roles.not_the_scene`'s "origin", which the
    geocoder reads too."""
    word = re.match(r"\w+", text[cue_start:cue_start + 20])
    if word is None or word.group(0).lower() not in pack_words(pack.lang, "of_country"):
        return False
    lo = max(0, cue_start - 40)
    before = text[lo:cue_start].rstrip()
    cut = lo + len(before)
    ends = actor_ends  # the actors that end in [lo, cut], found by bisection
    if cut < cue_start and any(not text[end:cut].strip()
                               for end in ends[bisect_left(ends, lo):bisect_right(ends, cut)]):
        return True  # "Fighters from Raqqa"
    # doc_of: answered once per doc and text (doc.text joins every token of the doc)
    if doc is None or not doc_of(doc, text) or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(cue_start, cue_start + len(word.group(0)), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span[0]
    return token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")


def _national_sites(text: str, pack: LanguagePack, places: list[PlaceSpan]) -> list[PlaceSpan]:
    """"Outside parliament", "bij het presidentiële paleis": a country's national institutions
    stand in its capital, a state's Capitol or a "provinciehuis" in the province's seat; the
    geocoder places them there when the text names no town."""
    out: list[PlaceSpan] = []
    # each pattern's matches in turn, as its own finditer gives them (tried at its anchors)
    for cues, kind in ((_provincial_site_cues(pack), PlaceCue.PROVINCIAL_SITE),
                       (_national_site_cues(pack), PlaceCue.NATIONAL_SITE)):
        for _site, m in cue_matches(cues, text):
            clash = [p for p in places + out if p.start < m.end() and m.start() < p.end]
            if all(p in places and m.start() <= p.start and p.end <= m.end()
                   and not p.is_country for p in clash) and not (
                    _speaks(text, m.start(), m.end(), pack)):
                out.append(PlaceSpan(m.start(), m.end(), m.group(0), cue=kind))
    return sorted(out, key=lambda p: p.start)


SPEAKER_WORDS = 2  # words between an institution and the verb it speaks with, or its "volgens"


def _speaks(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """The institution is a source, not a site: "Het Russische ministerie van Defensie
    meldde zondag ...", "volgens het ministerie van Defensie", "the Defence Ministry said":
    who speaks from a capital tells nothing of where the event was."""
    after = find_cues(pack.attribution_verbs, text, end, min(len(text), end + 40))
    if after and tokens_between(text, end, after[0][0]) <= SPEAKER_WORDS:
        return True
    lo = max(0, start - 40)
    before = find_cues(pack.discourse.get("source_prepositions", []), text, lo, start)
    return bool(before) and tokens_between(text, before[-1][1], start) <= SPEAKER_WORDS


@cache
def _national_site_cues(pack: LanguagePack) -> list[Cue]:
    """``places.yaml``'s national sites as a cue list (compiled with the pack's own lists)."""
    return [Cue(str(p), None, compile_pattern(str(p)))
            for p in _places_spec(pack).get("national_sites") or []]


PACK_CUE_LISTS.append(_national_site_cues)


@cache
def _provincial_site_cues(pack: LanguagePack) -> list[Cue]:
    """``places.yaml``'s provincial sites ("state Capitol", "provinciehuis") as a cue list."""
    return [Cue(str(p), None, compile_pattern(str(p)))
            for p in _places_spec(pack).get("provincial_sites") or []]


PACK_CUE_LISTS.append(_provincial_site_cues)


APPOSITIVE_REACH = 6  # words between an appositive's head ("the capital of") and its place


@cache
def _appositive_regex(pack: LanguagePack, key: str = "appositive",
                      comma: str = ",") -> re.Pattern[str] | None:
    cues = [str(c) for c in _places_spec(pack).get(key) or []]
    if not cues:
        return None
    alt = "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in cues), key=len,
                          reverse=True))
    return re.compile(rf"\s*{comma}\s*(?:{alt})\b", re.IGNORECASE)


UNIT_REACH = 6  # words between a place and the country or province that holds it


def _vouch_by_unit(places: list[PlaceSpan], text: str, pack: LanguagePack) -> None:
    """"in Tibú, in northeastern Colombia", "near Hoshab in Balochistan": a name the size rule
    does not vouch for is a place when the country or province named right after it, in the
    same sentence, holds a town or district of that name (:func:`lies_in`)."""
    for head, unit in zip(places, places[1:], strict=False):
        between = text[head.end:unit.start]
        if head.is_country or "." in between or "\n" in between or tokens_between(
                text, head.end, unit.start) > UNIT_REACH:
            continue  # the text first: the gazetteer questions below cost more
        if not head.trusted and (unit.is_country or _names_unit(unit, pack)) and (
                lies_in(head.text, unit.text, pack.lang)):
            head.vouched = True


def _mark_appositives(places: list[PlaceSpan], text: str, pack: LanguagePack) -> None:
    """"Pul-e-Khumri, the capital of Baghlan province": the second name describes the first."""
    regex = _appositive_regex(pack)
    if regex is None:
        return
    for head, p in zip(places, places[1:], strict=False):
        if head.is_country:
            continue
        hit = regex.match(text, head.end, p.start)
        if (hit is not None and tokens_between(text, hit.end(), p.start) <= APPOSITIVE_REACH
                and "." not in text[hit.end():p.start]) or _unit_after(head, p, text, pack):
            p.describes = head


def _unit_after(head: PlaceSpan, unit: PlaceSpan, text: str, pack: LanguagePack) -> bool:
    """"Toribío, in the southwestern province of Cauca": a province the gazetteer puts the
    town in, named right after it, says where the town is; it is not a second place."""
    regex = _appositive_regex(pack, "unit_after", ",?")
    hit = regex.match(text, head.end, unit.start) if regex is not None else None
    return (hit is not None and not unit.is_country
            and tokens_between(text, hit.end(), unit.start) <= APPOSITIVE_REACH
            and not any(c in text[hit.end():unit.start] for c in ".;\n")
            and _names_unit(unit, pack) and lies_in(head.text, unit.text, pack.lang))


def _names_unit(p: PlaceSpan, pack: LanguagePack) -> bool:
    """A province by its cue ("het departement Arauca", where the town of that name is the
    gazetteer's first reading) or by its name alone ("Cabo Delgado")."""
    return p.cue == PlaceCue.PROVINCE or unit_name(p.text, pack.lang)
