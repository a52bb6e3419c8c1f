"""One key for comparing names regardless of styling, instead of a copy per stage.

Merging compares actors and admin units case- and space-insensitively; the evaluation also
forgives accents and punctuation ("Provence-Alpes-Côte d'Azur" = "provence alpes cote d azur").
Both are the same function with more or less forgiven.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key"]

_NOT_WORD = re.compile(r"[\W_]+")


def name_key(text: str | None, *, accents: bool = True, punctuation: bool = True) -> str:
    """Case-folded, single-spaced ``text`` ("" for None or empty).

    ``accents=False``: accents are dropped (NFKD, combining marks removed);
    ``punctuation=False``: any run of non-word characters is a space.
    """
    if not text:
        return ""
    if not accents:
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = text.casefold()
    if not punctuation:
        folded = _NOT_WORD.sub(" ", folded)
    return " ".join(folded.split())
