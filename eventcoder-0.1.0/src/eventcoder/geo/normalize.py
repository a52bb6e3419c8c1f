"""Name keys for gazetteer look-ups.

Two keys per name: an *exact* key (case, diacritics, punctuation, hyphens and spaces folded) and a
*transliteration* key that also folds the spelling variants different languages use for the same
sounds (Dutch "ch"/"oe"/"j" for English "kh"/"u"/"y", q/k, the "-e-"/"-i-" izafe connectors,
doubled letters), and drops the articles of transliterated Arabic names ("al-", "ez-": Deir
ez-Zor, Ar Raqqah; ``_shared/places.yaml``) and folds their final "-eh"/"-ah" (Qatraneh,
Al Qaţrānah). The transliteration key is only consulted when the exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventcoder import names
from eventcoder.langpacks.places import label_words

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


def is_article(word: str, following: str) -> bool:
    """An Arabic article before ``following`` (both lower case): "al"/"el" before any word,
    an assimilated one only before its own consonant ("ar raqqah", "ash shaddadi"; not the
    "an" of "an shan"; ``_shared/places.yaml``)."""
    words = label_words()
    if word in words["name_articles"]:
        return True
    return word in words["assimilated_articles"] and following.startswith(word[1])


def _fold_ending(word: str) -> str:
    """A final "-ah" or "-eh" (Arabic ta marbuta) is written "-a", "-ah" or, in Levantine and
    Persian names, "-eh": Hodeidah = Hodeida, Qatraneh = Qatranah, Maragheh = Maragha."""
    if len(word) > 3 and word.endswith("ah") or len(word) > 4 and word.endswith("eh"):
        return word[:-2] + "a"
    return word


def _folded(words: list[str]) -> str:
    kept = [words[0]] + [w for w in words[1:] if w not in _CONNECTORS]
    key = "".join(_fold_ending(w) for w in kept)
    for pattern, repl in _TRANSLIT:
        key = key.replace(pattern, repl)
    return _DOUBLED.sub(r"\1", key)


@lru_cache(maxsize=1 << 16)
def translit_key(text: str) -> str:
    """The variant key of a gazetteer name: exact key with connectors and every Arabic article
    dropped and spelling variants folded ("Tall 'Afar" = "Tal Afar"; "Ar Raqqah" = "Raqqa";
    "Al Qaţrānah" = "Qatraneh")."""
    words = name_key(text).split()
    if not words:
        return ""
    # an article goes wherever a word follows it, never the whole name ("El" alone stays "el")
    return _folded([w for w, after in zip(words, [*words[1:], ""], strict=True)
                    if not (after and is_article(w, after))] or words)


@lru_cache(maxsize=1 << 16)
def query_key(text: str) -> str:
    """The variant key of a name as a text writes it: as :func:`translit_key`, but an article
    goes only where it is written as one, in lower case or joined by a hyphen ("al-Raqqa",
    "Deir ez-Zor", "Ras al Ain"). A capitalised word before a space is the text's own word: a
    sentence's "An", "As" or "At", or a person's "Al" ("As Kelly said", "Al Gore")."""
    pieces = [(piece, k < len(parts) - 1) for chunk in text.split()
              for parts in [chunk.split("-")] for k, piece in enumerate(parts)]
    kept = [piece for n, (piece, hyphen) in enumerate(pieces)
            if not (n + 1 < len(pieces) and (hyphen or piece.islower())
                    and is_article(name_key(piece), name_key(pieces[n + 1][0])))]
    words = name_key(" ".join(kept)).split() or name_key(text).split()
    return _folded(words) if words else ""


def skeleton_key(text: str, *, query: bool = False) -> str:
    """Consonant skeleton of the variant key (vowels after the first letter dropped); of the
    text's variant key (:func:`query_key`) with ``query``.

    Used only to fetch candidates for fuzzy matching; the final decision is a rapidfuzz score.
    """
    key = query_key(text) if query else translit_key(text)
    if not key:
        return ""
    return key[0] + re.sub(r"[aeiouy]", "", key[1:])
