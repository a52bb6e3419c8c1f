"""Place labels: the plain ASCII English name ACLED-style output uses for a place ("Baghlan"
for Baghlān, "Tripoli" for the Ţarābulus popularate, "Palestine").

Why a module of its own: labels are chosen while the index is built (from GeoNames aliases, ISO
3166-2 names and the packs' label words) and read again when a place is written out; neither
needs the index itself.
"""

from __future__ import annotations

from collections.abc import Iterable

import pycountry

from eventcoder.geo.normalize import name_key, skeleton_key
from eventcoder.langpacks.places import label_words
from eventcoder.names import ascii_fold


def plain_ascii(name: str) -> str:
    """``name`` with diacritics and apostrophes folded away and any other non-ASCII dropped."""
    folded = ascii_fold(name)
    if not folded.isascii():
        try:
            from unidecode import unidecode
        except ModuleNotFoundError:
            return folded.encode("ascii", "ignore").decode().strip()
        return unidecode(folded)
    return folded


def town_label(name: str, aliases: Iterable[str] = ()) -> str:
    """A town's ASCII name: GeoNames' own spelling with diacritics folded away, as GeoNames'
    asciiname ("Kandahar" for Kandahār). Aliases are not used: one with the same letters may be
    a transcription ("K'oln"), not the plain spelling."""
    return name if name.isascii() else plain_ascii(name)


def admin_label(name: str, aliases: Iterable[str]) -> str:
    """An admin unit's English ASCII name: an English alias ("North Holland", "Tripoli",
    "Kharkiv Oblast" -> "Kharkiv") no longer than the GeoNames name, else the name folded.

    A plain ASCII GeoNames name ("Mississippi", "Noord-Holland") only gives way to an alias that
    shares a word with it ("North Holland"): aliases do not say their language, and an unrelated
    or merely similar one ("Mikikipi", "Misisipi") is more often another language's name."""
    own = name_key(name).split()
    words_of = label_words()
    plain = name.isascii() and not words_of["local_designators"] & set(own)
    for alias in aliases:
        words = alias.split()
        while len(words) > 1 and words[-1].lower() in words_of["label_designators"]:
            words.pop()
        key = name_key(" ".join(words)).split()
        if not alias.isascii() or not words or len(key) > len(own):
            continue
        if plain and not set(key) & set(own):
            continue
        if plain and words_of["label_designators"] & set(own) - set(key) and len(key) == len(own):
            continue  # "Distrito de Columbia": the English formal name's word translated away
        if all(w[0].isupper() or w in words_of["label_connectors"] for w in words):
            return " ".join(words)
    return town_label(name, aliases)


def _strip_designators(name: str) -> str:
    """"Beijing Shi" -> "Beijing", "Kirkuk Governorate" -> "Kirkuk": the name without the
    generic or transliterated admin word that ends it."""
    words = name.split()
    designators = label_words()["label_designators"] | label_words()["local_designators"]
    while len(words) > 1 and name_key(words[-1]) in designators:
        words.pop()
    return " ".join(words)


# An alias this close to the ISO name (rapidfuzz ratio of the name keys) is a spelling variant
# of it ("Nangarhor", "Ghowr", "Parvan"), not an English name of its own ("Aleppo", "Tripoli").
ISO_VARIANT_RATIO = 75.0


def iso_admin_label(iso_name: str | None, label: str) -> str:
    """The output name of an admin unit: its ISO 3166-2 name with diacritics folded
    ("Nangarhār" -> "Nangarhar") where the label GeoNames' aliases give is only another
    transliteration of it ("Nangarhor"); an English name that differs ("Aleppo" for Ḩalab,
    "North Holland") stays, as do ISO names in plain ASCII, which are the local (not the
    English) spelling ("Noord-Holland", "Kharkivska oblast"). Why: users join the output with
    ACLED's tables, which spell transliterated names as the ISO romanisation folded."""
    if not iso_name or iso_name.isascii():
        return label
    iso = _strip_designators(plain_ascii(iso_name))
    if not iso or name_key(iso) == name_key(label):
        return iso or label
    from rapidfuzz import fuzz

    if skeleton_key(iso) == skeleton_key(label):  # same consonants: "Bomiyon" for Bāmyān
        return iso
    return iso if fuzz.ratio(name_key(iso), name_key(label)) >= ISO_VARIANT_RATIO else label


def iso_subdivision_name(code: str | None) -> str | None:
    """pycountry's ISO 3166-2 name for a subdivision code ("AF-NAN" -> "Nangarhār")."""
    if not code:
        return None
    record = pycountry.subdivisions.get(code=code)
    return record.name if record is not None else None
