"""What every schema of a language pack shares: the errors, the strict section model, the
pattern and cue types, and what a label may be (an ACLED sub-event type, or a pseudo label
``rules.yaml`` declares). :mod:`eventcoder.langpacks.schemas` builds the files' models on it.
"""

from __future__ import annotations

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict

from eventcoder.records import SUB_EVENT_TO_TYPE

PSEUDO_PREFIX = "@"


class PackError(ValueError):
    """A language pack file is malformed; the message names the file and the entry."""


class LanguagePackError(PackError):
    """A pack file breaks its schema: an unknown key, a wrong type, a bad TSV row."""


Patterns = list[str]
PlaceCueKind = Literal["city", "capital", "province", "district", "region", "country", "near",
                       "none", "object"]
RelativeDay = Literal["weekend", "prev_week", "this_week", "prev_month"]


class Section(BaseModel):
    """A mapping of known keys: unknown ones are errors, values are never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _check_sub_type(label: str) -> None:
    if label not in SUB_EVENT_TO_TYPE:
        close = difflib.get_close_matches(label, list(SUB_EVENT_TO_TYPE), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise LanguagePackError(f"{label!r} is not an ACLED sub-event type{hint}")


def check_label(label: str, declared: set[str], where: str) -> None:
    """A label is an ACLED sub-event type or a pseudo label that ``rules.yaml`` declares."""
    if label.startswith(PSEUDO_PREFIX):
        if label not in declared:
            raise LanguagePackError(
                f"{where}: {label!r} is no pseudo label _shared/rules.yaml declares "
                f"(pseudo, modifiers): {', '.join(sorted(declared))}")
        return
    try:
        _check_sub_type(label)
    except LanguagePackError as exc:
        raise LanguagePackError(f"{where}: {exc}") from None
