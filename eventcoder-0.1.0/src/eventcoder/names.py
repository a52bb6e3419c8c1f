"""One key for comparing names regardless of styling, instead of a copy per stage.

Merging compares actors and admin units case- and space-insensitively; the evaluation also
forgives accents and punctuation ("Provence-Alpes-Côte d'Azur" = "provence alpes cote d azur");
the gazetteer looks names up by a plain ASCII key, since news spells "Pul-e Khumrī" as "Pul-e
Khumri" and "Tromsø" as "Tromso". All three are the same function with more or less forgiven.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ascii_fold", "name_key"]

_NOT_WORD = re.compile(r"[\W_]+")
_NOT_ASCII_WORD = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not decompose into ASCII.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ł": "l",
        "Ł": "L",
        "ħ": "h",
        "ŀ": "l",
        "ĸ": "k",
        "ʻ": "",
        "ʼ": "",
        "ʿ": "",
        "ʾ": "",
        "‘": "",
        "’": "",
        "'": "",
        "`": "",
        "´": "",
        "ǝ": "e",
        "ə": "a",
        "Ə": "A",
    }
)


def _strip_marks(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is and it has no combining marks
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ascii_fold(text: str) -> str:
    """Strip diacritics and fold the few letters NFKD leaves alone."""
    return _strip_marks(text.translate(_SPECIAL))


def name_key(text: str | None, *, accents: bool = True, punctuation: bool = True,
             to_ascii: bool = False) -> str:
    """Case-folded, single-spaced ``text`` ("" for None or empty).

    ``accents=False``: accents are dropped (NFKD, combining marks removed);
    ``punctuation=False``: any run of non-word characters is a space.
    ``to_ascii=True`` (the gazetteer's key; the other two are then ignored): :func:`ascii_fold`
    (apostrophes dropped: "Ta'izz" = "Taizz"), lower-cased, "&" read as "and", and anything but
    an ASCII letter or digit a space, so a name in another script has an empty key.
    """
    if not text:
        return ""
    if to_ascii:
        folded = ascii_fold(text).lower().replace("&", " and ")
        return _NOT_ASCII_WORD.sub(" ", folded).strip()
    if not accents:
        text = _strip_marks(text)
    folded = text.casefold()
    if not punctuation:
        folded = _NOT_WORD.sub(" ", folded)
    return " ".join(folded.split())
