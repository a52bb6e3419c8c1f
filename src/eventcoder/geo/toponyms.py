"""Toponym recognition: the language model's NER where there is one, plus the gazetteer.

A gazetteer scan over runs of capitalised words finds names the NER misses (and works with no
model at all). Guards keep common words out: spaCy's stop words and the language's
``not_places.txt``, sentence-initial words that also occur in lower case, and single words of a
longer capitalised run (a person's or organisation's name) that match only a small town.
A lone word that the article also uses as part of a person's name ("Kelly" after "John Kelly")
or in lower case ("Park" beside "park") needs a country, province or big town to count;
acronyms ("US", "U.S.") count only through the curated abbreviation tables. An Arabic article
joined by a hyphen to a capitalised word ("al-Bab", "Deir ez-Zor") is part of a name, though it
begins in lower case.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.geo.candidates import town_size
from eventcoder.geo.gazetteer import LANDMARK
from eventcoder.geo.lexicon import lexicon
from eventcoder.geo.name_parts import inside_marked_name
from eventcoder.geo.normalize import is_article, name_key
from eventcoder.geo.pack_words import words
from eventcoder.langpacks import load_pack
from eventcoder.langpacks.numbers import grammar, number_value
from eventcoder.langpacks.places import given_names
from eventcoder.records import PlaceMention

if TYPE_CHECKING:
    from eventcoder.geo.lexicon import Lexicon
    from eventcoder.geo.resolver import Candidate, Geocoder

# A word, or a dotted acronym ("U.S."); a possessive "'s" is not part of the name ("Russia's").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w(?:\w|['’](?!s\b)(?=\w)|-(?=\w))*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”„]\s*$")
NER_LABELS = {"GPE": None, "LOC": None, "FAC": None, "NORP": "demonym"}
MAX_NAME_TOKENS = 6
MIN_TOWN_POP_ALONE = 1000
BIG_TOWN_POP = 100_000  # a town this big is a place even where its name is also a word
MAX_ACRONYM_LEN = 4
MIN_VARIANT_POP = 20_000  # a town matched only by a variant spelling must be this big


def detect_cue(text: str, start: int, end: int, lang: str | None) -> str | None:
    """The cue word(s) around a toponym: "de provincie X" -> province, "X province" too."""
    lex = lexicon(lang)
    before = name_key(text[max(0, start - 60):start]).split()
    after = name_key(text[end:end + 40]).split()
    for n in range(min(lex.max_cue_len, len(before)), 0, -1):
        if tuple(before[-n:]) in lex.cues_before:
            return lex.cues_before[tuple(before[-n:])]
    if after and text[end:end + 1] == " ":
        for n in range(min(lex.max_cue_len, len(after)), 0, -1):
            if tuple(after[:n]) in lex.cues_after:
                return lex.cues_after[tuple(after[:n])]
    return None


_WORD = re.compile(r"\d[\d.,]*\d|\d|[^\W_]+(?:[-'’][^\W_]+)*")


def stated_distance(text: str, start: int, lang: str | None) -> float | None:
    """Kilometres stated right before a toponym: "100 km from X", "50 miles north of X",
    "zo'n honderd kilometer ten noorden van X". None when no distance is stated."""
    lex = lexicon(lang)
    if not lex.distance_units:
        return None
    words = [m.group() for m in _WORD.finditer(text[max(0, start - 80):start])]
    i = len(words)
    while i > 0 and words[i - 1].lower() in lex.distance_links:
        i -= 1
    if i == len(words) or i < 2 or words[i - 1].lower() not in lex.distance_units:
        return None
    unit = lex.distance_units[words[i - 1].lower()]
    for size in (2, 1):  # "twenty five", "honderd", "100"
        if i - 1 - size < 0:
            continue
        value = _number(" ".join(words[i - 1 - size:i - 1]), lang)
        if value is not None:
            return value * unit
    return None


def _number(phrase: str, lang: str | None) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", phrase):  # 7,000 / 7.000: thousands
        return float(re.sub(r"[.,]", "", phrase))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", phrase):
        return float(phrase.replace(",", "."))
    try:
        value = number_value(phrase, grammar(load_pack(lang or "en")))
    except (LookupError, ValueError):  # no pack for the language, or a malformed one
        return None
    return float(value) if value else None


def _capitalised(word: str) -> bool:
    """A word that may be (part of) a name: capitalised, an elided particle before a
    capitalised word ("Coeur d'Alene", "Côte d'Ivoire": one letter and an apostrophe), or an
    Arabic article joined by a hyphen to a capitalised word ("al-Bab", "ez-Zor";
    ``_shared/places.yaml``)."""
    if word[0].isupper():
        return True
    if len(word) > 2 and word[1] in "'’" and word[0].isalpha() and word[2].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and is_article(head, rest.lower())


def _sentence_initial(text: str, start: int) -> bool:
    return start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3):start]))


def _runs(text: str) -> list[list[re.Match]]:
    """Runs of capitalised tokens, allowing lower-case connectors between two of them."""
    tokens = list(_TOKEN.finditer(text))
    particles = lexicon(None).name_particles  # a foreign name keeps its own in any language
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    pending: list[re.Match] = []
    for tok in tokens:
        word = tok.group()
        gap_ok = bool(current) and _only_space(text, (pending or current)[-1].end(), tok.start())
        if _capitalised(word):
            if current and gap_ok:
                current.extend(pending)
                current.append(tok)
            else:
                if current:
                    runs.append(current)
                current = [tok]
            pending = []
        elif current and gap_ok and word.lower() in particles and len(pending) < 2:
            pending.append(tok)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _only_space(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return gap in (" ", "-") or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)


def find_toponyms(
    text: str, lang: str, doc=None, *, gazetteer: Geocoder
) -> list[PlaceMention]:
    """Toponyms in ``text`` (NER spans from ``doc`` if given, plus a scan of ``gazetteer``,
    which the caller passes: this module never imports the resolver, which imports it)."""
    lex = lexicon(lang)
    found: dict[tuple[int, int], PlaceMention] = {}
    taken: set[int] = set()  # the characters of the names found: overlap is a lookup, not a scan

    def overlaps(start: int, end: int) -> bool:
        return any(i in taken for i in range(start, end))

    def add(start: int, end: int, cue: str | None) -> None:
        if overlaps(start, end):
            return
        cue = cue or detect_cue(text, start, end, lang)
        found[(start, end)] = PlaceMention(text=text[start:end], start=start, end=end, cue=cue)
        taken.update(range(start, end))

    runs = _runs(text)
    name_words = _name_words(text, runs, lex, gazetteer, lang)
    persons = _titled_words(text, runs, lex)
    if doc is not None:
        for ent in getattr(doc, "ents", ()):
            if ent.label_ not in NER_LABELS or not name_key(ent.text):
                continue
            cue = NER_LABELS[ent.label_]
            if cue == "demonym" and (gazetteer.demonym_place(ent.text, lang) is None or (
                    _head_after(text, ent.end_char) in lex.demonym_heads)):
                continue  # a group (NORP) that names no country, or "Saudi Hospital"
            if (ent.text in name_words or ent.text in persons) and not any(
                    _major(c) for c in gazetteer.candidates(ent.text, lang=lang,
                                                            allow_fuzzy=False)[0]):
                continue  # a lone "Klaver" after "Jesse Klaver": the person again
            if inside_marked_name(text, ent.start_char, ent.end_char, lex, lang,
                                  gazetteer.knows):
                continue  # "Saudi" of "in Datu Saudi Ampatuan": a part of a town's name
            add(ent.start_char, ent.end_char, cue)

    lower_words = {m.group() for m in _TOKEN.finditer(text) if m.group()[0].islower()}
    for run in runs:
        i = 0
        while i < len(run):
            match = None
            for j in range(min(len(run), i + MAX_NAME_TOKENS), i, -1):
                if not _capitalised(run[j - 1].group()):
                    continue  # a name never ends on a connector
                start, end = run[i].start(), run[j - 1].end()
                if _acceptable_span(text, run, i, j, lex, lower_words, name_words, gazetteer,
                                    lang, persons):
                    match = (start, end, j)
                    break
            if match:
                start, end, j = match
                cands, demonym = gazetteer.candidates(text[start:end], lang=lang,
                                                      allow_fuzzy=False)
                add(start, end, "demonym" if demonym else None)
                i = j
            else:
                i += 1
    # Hyphenated compounds no name matched whole ("London-based", "Russia-Turkey ties"): their
    # capitalised parts count when they are a country, province, big town or demonym.
    for tok in _TOKEN.finditer(text):
        if "-" not in tok.group() or overlaps(tok.start(), tok.end()):
            continue
        if tok.group() in persons and detect_cue(text, tok.start(), tok.end(), lang) is None:
            continue  # "wethouder Mary-Ann Schreurs": a person's double first name
        for part in re.finditer(r"[^\W\d_]+", tok.group()):
            if not part.group()[0].isupper() or lex.is_common(part.group()):
                continue
            if tok.group()[:part.start()].lower().rstrip("-").rsplit("-", 1)[-1] in words(
                    lang, "not_actor_prefix"):
                continue  # "pro-Palestijnse studenten": whom they back, no place of theirs
            cands, demonym = gazetteer.candidates(part.group(), lang=lang, allow_fuzzy=False)
            if demonym or any(_major(c) for c in cands):
                add(tok.start() + part.start(), tok.start() + part.end(),
                    "demonym" if demonym else None)
    return sorted(found.values(), key=lambda m: m.start)


_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")
_WORD_AFTER = re.compile(r" ([A-Z]\w*)")


def _head_after(text: str, end: int) -> str:
    """The capitalised word right after ``end``, lower case ("" when none)."""
    m = _WORD_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


def _titled_words(text: str, runs: list[list[re.Match]], lex: Lexicon) -> frozenset[str]:
    """Capitalised words right after a title ("President Vladimir Putin", "Mr. Paterson",
    "premier Rutte"), up to the first connector: a person's name, wherever it recurs."""
    if not lex.titles:
        return frozenset()
    words: set[str] = set()
    for run in runs:
        before = _WORD_BEFORE.search(text[max(0, run[0].start() - 30):run[0].start()])
        starts = [0] if before is not None and before.group(1).lower() in lex.titles else []
        starts += [k + 1 for k, tok in enumerate(run) if _is_title(tok.group(), lex)]
        for k in starts:
            for tok in run[k:]:
                word = tok.group()
                if not word[0].isupper() or _is_title(word, lex):
                    break
                words.add(word)
    return frozenset(words)


def _is_title(word: str, lex: Lexicon) -> bool:
    """A title, alone or ending a hyphenated compound ("D66-wethouder", "ex-President")."""
    return word.lower() in lex.titles or word.lower().rsplit("-", 1)[-1] in lex.titles


def _initial_after(text: str, run: list[re.Match], j: int) -> bool:
    """The name run[:j] is followed by an initial with a full stop ("Michael P.", "George W.
    Bush"): a person's name, which no place name has."""
    if j >= len(run):
        return False
    tok = run[j]
    return (len(tok.group()) == 1 and tok.group().isupper()
            and text[tok.end():tok.end() + 1] == ".")


def _given_name_before_surname(text: str, run: list[re.Match], i: int, j: int, lex: Lexicon,
                               gazetteer: Geocoder, lang: str | None) -> bool:
    """run[i] is a given name ("Eugene", "Florence") right before a capitalised word that is no
    common word, no head of an organisation's name and no place itself ("Owusu",
    "Nightingale"): a person, whatever town bears the first name. "Victoria Falls" and
    "Sydney Opera House" go on (a place, a common word)."""
    if j - i != 1 or j >= len(run) or run[i].group() not in given_names():
        return False
    nxt = run[j]
    word = nxt.group()
    if (not _capitalised(word) or lex.is_common(word) or word.lower() in lex.name_heads
            or text[run[i].end():nxt.start()] != " "):
        return False
    cands, demonym = gazetteer.candidates(word, lang=lang, allow_fuzzy=False)
    return not (cands or demonym)


def _name_words(
    text: str, runs: list[list[re.Match]], lex: Lexicon, gazetteer: Geocoder, lang: str | None
) -> frozenset[str]:
    """Words of longer capitalised names that hold no country, province or big town
    ("Vladimir Putin", "John Kelly"): a later lone "Putin" or "Kelly" is that name again."""
    words: set[str] = set()
    for run in runs:
        caps = [t for t in run if _capitalised(t.group())]
        while caps and (lex.is_common(caps[0].group())
                        or gazetteer.demonym_place(caps[0].group(), lang) is not None):
            caps.pop(0)  # "Russian President Vladimir Putin" -> "Vladimir Putin"
        if not 2 <= len(caps) <= 3 or any(lex.is_common(t.group()) for t in caps):
            continue
        whole = text[caps[0].start():caps[-1].end()]
        cap_words = [t.group() for t in caps]
        if gazetteer.candidates(whole, lang=lang, allow_fuzzy=False)[0]:
            continue  # "Sierra Leone", "Den Haag": a place name of several words
        for word in cap_words:
            cands, demonym = gazetteer.candidates(word, lang=lang, allow_fuzzy=False)
            if demonym or any(c.entry.kind in ("country", "continent") for c in cands):
                break  # "Afghan Taliban", "Syria Democratic Forces"
        else:
            words.update(cap_words)
    return frozenset(words)


def _major_in_a_name(c: Candidate) -> bool:
    """A candidate that stands as a place inside a longer capitalised name: as :func:`_major`,
    but a province must be a sizeable one too ("Paul Radu": Paul is a small Cape Verdean
    province; "Kunar" or "Noord-Brabant" are not small), and a big town must be named by its
    own name, not an alternate one ("Rita Ora": Oran; "Dick Bruna": Brno). A province of
    unknown size counts."""
    e = c.entry
    if e.kind == "adm1" and 0 < e.population < BIG_TOWN_POP:
        return False
    if e.kind == "city" and not c.primary:
        return False
    return _major(c)


def _major(c: Candidate) -> bool:
    """A candidate that stands as a place on its own: a country, province or big town, by its
    exact name (a variant spelling of a big town, "Putin" for Putian, is not enough)."""
    e = c.entry
    return c.tier == 0 and (e.kind in ("country", "continent", "adm1")
                            or (e.kind == "city" and e.population >= BIG_TOWN_POP))


@cache
def _time_words(lang: str | None) -> frozenset[str]:
    """The pack's weekday and month names (``time.yaml``), lower case."""
    try:
        time = load_pack(lang or "en").time
    except Exception:  # a language without a pack names no days
        return frozenset()
    return frozenset(str(w).lower() for key in ("weekdays", "months")
                     for w in time.get(key) or ())


def _inside_longer_name(run: list[re.Match], i: int, j: int, lang: str | None) -> bool:
    """The span run[i:j] is part of a longer capitalised name: a capitalised word stands
    next to it, or across a particle one that is no day or month ("University of Kent", "Bart
    van U."; but "Jilib on Monday" is a town and a day)."""
    for side in (run[:i][::-1], run[j:]):
        across = False
        for tok in side:
            if not _capitalised(tok.group()):
                across = True  # a particle ("on", "of", "de")
                continue
            if not across or tok.group().lower() not in _time_words(lang):
                return True
            break
    return False


def _next_to_a_name(run: list[re.Match], i: int, j: int, lex: Lexicon) -> bool:
    """A capitalised word that is no common one stands right next to run[i:j] ("Rita Ora";
    not "In Parijs", where the capital only opens the sentence)."""
    return any(0 <= k < len(run) and _capitalised(run[k].group())
               and not lex.is_common(run[k].group()) for k in (i - 1, j))


def _in_a_headed_name(run: list[re.Match], i: int, j: int, lex: Lexicon) -> bool:
    """Another capitalised word of the run is one of the pack's ``name_heads`` ("Bank",
    "Centraal", "Open"): the run names an organisation, venue or event, and the place word
    inside it is part of that name."""
    return bool(lex.name_heads) and any(
        tok.group().lower() in lex.name_heads for tok in (*run[:i], *run[j:]))


def _is_landmark(gazetteer, key: str) -> bool:
    """The name is a landmark's (landmarks.tsv: "Pentagon", "Kremlin"), not only a town's."""
    return any(tag == LANDMARK for _, _, tag in gazetteer.gaz.by_key("key", key))


def _acceptable_span(text, run, i, j, lex, lower_words, name_words, gazetteer, lang,
                     persons=frozenset()) -> bool:
    span = text[run[i].start():run[j - 1].end()]
    key = name_key(span)
    if not _capitalised(run[i].group()):
        return False
    if run[i].group() in persons and detect_cue(text, run[i].start(), run[j - 1].end(),
                                                lang) is None:
        return False  # "President Vladimir Putin", "Mr Paterson's family": a person
    if _initial_after(text, run, j):
        return False  # "Michael P.": a person, however the first name reads as a place
    word = run[i].group()
    # "US", "U.S.", and two-letter abbreviations with a full stop ("Ky.", "Mo.")
    acronym = j - i == 1 and (word.replace(".", "").isupper() or (
        len(word) < 3 and text[run[i].end():run[i].end() + 1] == "."))
    if j - i == 1:
        if (len(word) < 3 and not acronym) or lex.is_common(word):
            return False
        if _sentence_initial(text, run[i].start()) and word.lower() in lower_words:
            return False
    cands, demonym = gazetteer.candidates(span, lang=lang, allow_fuzzy=False)
    if (demonym or cands) and inside_marked_name(text, run[i].start(), run[j - 1].end(), lex,
                                                 lang, gazetteer.knows):
        return False  # "in Datu Saudi Ampatuan": a part of a longer name, not Saudi Arabia
    if demonym:
        # "the Saudi Hospital" in El Fasher: a building's or body's name, not Saudi Arabia
        return j >= len(run) or run[j].group().lower() not in lex.demonym_heads
    if not cands:
        return False
    if _given_name_before_surname(text, run, i, j, lex, gazetteer, lang) and all(
            c.entry.kind == "city" for c in cands):
        return False  # "Eugene Owusu": a person; a country or province ("Jordan") goes on
    if j - i > 1 and lex.is_common(word) and all(c.tier > 0 for c in cands):
        return False  # "A US drone strike", "As Kelly said": a name begins on no common
        # word but by its own spelling ("The Hague", "La Paz")
    if acronym and len(word.replace(".", "")) <= MAX_ACRONYM_LEN:
        # "US", "UK", "U.S.": only the curated abbreviations (data/<lang>/) name places;
        # "NATO" or "BA" matching a town's name is not one.
        return len(key) > 1 and any(
            lang_tag is not None and e.kind != "city"
            for e, _, lang_tag in gazetteer.gaz.by_key("key", key)
        )
    if j - i == 1 and not any(_major(c) for c in cands) and (
        word in name_words or word.lower() in lower_words
    ):
        return False  # "Kelly" of "John Kelly"; "Park" where the text also writes "park"
    if j - i == 1 and lex.landmark_articles and all(c.entry.kind == "city" for c in cands) and (
            not _is_landmark(gazetteer, key)):
        before = re.search(r"(\w+)\s+$", text[max(0, run[i].start() - 12):run[i].start()])
        if before is not None and before.group(1).lower() in lex.landmark_articles:
            return False  # "op de Dam": a square in Amsterdam, not Dome (Ghana)
    if j - i == 1 and _sentence_initial(text, run[i].start()) and not any(
            c.primary or _major(c) for c in cands):
        return False  # "Air strikes ...": a capital by position, only a village's alias
    big = any(c.entry.kind != "city" or town_size(c.entry) >= MIN_TOWN_POP_ALONE for c in cands)
    if not big:
        return False
    # A lone word inside a longer capitalised run (Zalmay Khalilzad, Associated Press) is part
    # of another name unless it is a country or province or a sizeable town.
    named = j - i == 1 or _next_to_a_name(run, i, j, lex)  # not "In Goz Beida": a name whole
    if named and _inside_longer_name(run, i, j, lang) and key not in lex.demonyms:
        if _in_a_headed_name(run, i, j, lex):
            return False  # "Amsterdam Trade Bank", "Utrecht Centraal": the body's, the venue's
        # "Metcalfe County" may stand inside
        strict = _next_to_a_name(run, i, j, lex)  # "Rita Ora", not "In Parijs"
        return any((_major_in_a_name(c) if strict else _major(c))
                   or (j - i > 1 and c.entry.kind == "adm2" and c.tier == 0) for c in cands)
    # A lone word known only by a variant spelling ("Omar" for Omer) is a name, not a village.
    if j - i == 1 and all(c.tier > 0 for c in cands):
        return any(c.entry.kind != "city" or town_size(c.entry) >= MIN_VARIANT_POP for c in cands)
    return True
