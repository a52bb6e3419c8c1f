"""Language identification with lingua, over a bounded set of languages.

A bounded set keeps memory low and avoids exotic guesses on short news snippets: the languages
that have a langpack (so adding a langpack folder adds its language here, no code change) plus
the languages news about political violence is most often written in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

# Common news languages beyond the langpacks; ISO 639-1.
NEWS_LANGUAGES: tuple[str, ...] = (
    "nl", "en", "de", "fr", "es", "it", "pt", "ar", "ru", "uk", "tr", "fa", "pl",
)
# The best language must beat the runner-up by this much (lingua's relative distance), else the
# text is too ambiguous to name a language.
MIN_RELATIVE_DISTANCE = 0.05
# Identification needs only a sample; long texts add time, not accuracy.
SAMPLE_CHARS = 3000
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def langpack_languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the language packs, bundled or added by plugins."""
    from eventcoder.langpacks import available_languages

    return tuple(code for code in available_languages() if len(code) == 2)


def supported_languages() -> tuple[str, ...]:
    """The codes :func:`detect_language` can return."""
    codes = dict.fromkeys((*langpack_languages(), *NEWS_LANGUAGES))
    return tuple(code for code in codes if hasattr(IsoCode639_1, code.upper()))


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Built once: lingua's models load lazily per language and stay cached in the detector."""
    iso_codes = [getattr(IsoCode639_1, code.upper()) for code in supported_languages()]
    return (
        LanguageDetectorBuilder.from_iso_codes_639_1(*iso_codes)
        .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
        .with_low_accuracy_mode()
        .build()
    )


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < 3:
        return None
    language = _detector().detect_language_of(sample)
    return None if language is None else language.iso_code_639_1.name.lower()
