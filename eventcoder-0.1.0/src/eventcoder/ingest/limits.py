"""The maximum article size, shared by the readers (CLI path) and the API.

Coding time and memory grow with an article's length, so an article over the limit is refused
with a reason, never truncated silently: a cut text would be coded as if it were whole.
The limit counts characters of ``Article.text`` (what is coded), not raw bytes.
"""

from __future__ import annotations

import os

MAX_ARTICLE_CHARS = 1_000_000
"""Default maximum article length in characters (override: ``EVENTCODER_MAX_CHARS``)."""

MAX_CHARS_ENV = "EVENTCODER_MAX_CHARS"


class InvalidLimit(ValueError):
    """The configured article size limit is not a positive whole number."""


def max_article_chars() -> int:
    """The limit in force: ``EVENTCODER_MAX_CHARS`` when set, else :data:`MAX_ARTICLE_CHARS`.

    Read at each call (not at import), so a server or a test can change it without reloading.
    """
    raw = os.environ.get(MAX_CHARS_ENV, "").strip()
    if not raw:
        return MAX_ARTICLE_CHARS
    return _positive(raw, f"{MAX_CHARS_ENV}={raw!r}")


def _positive(raw: object, where: str) -> int:
    try:
        value = int(str(raw).replace("_", ""))
    except ValueError:
        raise InvalidLimit(f"{where}: the article size limit must be a whole number") from None
    if value < 1:
        raise InvalidLimit(f"{where}: the article size limit must be at least 1 character")
    return value


def resolve_limit(limit: int | None) -> int:
    """``limit`` checked, or the configured limit when None."""
    return max_article_chars() if limit is None else _positive(limit, f"max_chars={limit!r}")


def check_size(text: str, limit: int | None = None) -> str | None:
    """Why ``text`` is too long to code, or None when it fits.

    ``limit`` defaults to :func:`max_article_chars`; the reason names the length and the limit.
    """
    allowed = resolve_limit(limit)
    if len(text) <= allowed:
        return None
    return (
        f"too long: {len(text):,} characters, over the maximum article size of "
        f"{allowed:,} characters ({MAX_CHARS_ENV}); skipped, not truncated"
    )
