"""Name keys for gazetteer look-ups.

Two keys per name: an *exact* key (case, diacritics, punctuation, hyphens and spaces folded) and a
*transliteration* key that also folds the spelling variants different languages use for the same
sounds (Dutch "ch"/"oe"/"j" for English "kh"/"u"/"y", q/k, the "-e-"/"-i-" izafe connectors,
doubled letters). The transliteration key is only consulted when the exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventcoder import names

# Single-letter izafe / genitive connectors between name parts: Pul-e Khumri, Pul-i-Khumri.
_CONNECTORS = frozenset({"e", "i", "y", "a", "o"})
# Ordered spelling folds; applied to the joined key. Longer patterns first.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("tsj", "ch"),
    ("sch", "sh"),
    ("sj", "sh"),
    ("dj", "j"),
    ("kh", "h"),
    ("ch", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("zh", "j"),
    ("ph", "f"),
    ("th", "t"),
    ("oe", "u"),
    ("ou", "u"),
    ("oo", "u"),
    ("ij", "y"),
    ("ie", "i"),
    ("j", "y"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("w", "v"),
    ("x", "ks"),
)
_DOUBLED = re.compile(r"(.)\1+")


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (other scripts cannot match Latin news text)."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


@lru_cache(maxsize=1 << 16)  # a long article asks for the same names thousands of times
def name_key(text: str) -> str:
    """The exact look-up key: lower case ASCII words separated by single spaces (the shared
    :func:`eventcoder.names.name_key` folded to ASCII)."""
    return names.name_key(text, to_ascii=True)


@lru_cache(maxsize=1 << 16)
def translit_key(text: str) -> str:
    """The variant key: exact key with connectors dropped and spelling variants folded."""
    words = name_key(text).split()
    if not words:
        return ""
    kept = [words[0]] + [w for w in words[1:] if w not in _CONNECTORS]
    # A final "-ah" (Arabic ta marbuta) is written with or without the h: Hodeidah = Hodeida,
    # Raqqah = Raqqa.
    key = "".join(w[:-1] if len(w) > 3 and w.endswith("ah") else w for w in kept)
    for pattern, repl in _TRANSLIT:
        key = key.replace(pattern, repl)
    return _DOUBLED.sub(r"\1", key)


def skeleton_key(text: str) -> str:
    """Consonant skeleton of the variant key (vowels after the first letter dropped).

    Used only to fetch candidates for fuzzy matching; the final decision is a rapidfuzz score.
    """
    key = translit_key(text)
    if not key:
        return ""
    return key[0] + re.sub(r"[aeiouy]", "", key[1:])
