"""Turning what a reader found into an :class:`Article`: one place for ids, dates and language."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pycountry

from eventcoder.ingest.dates import PublishedDate, cut_to, date_from_url, normalise_date
from eventcoder.ingest.decoding import UnreadableInput
from eventcoder.ingest.language import detect_language
from eventcoder.records import Article

_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
# Lone UTF-16 surrogates (JSON's "\ud800" escapes, character references) are not text: no
# store, encoder or language detector accepts them. NUL (JSON's "\u0000") is refused as the
# stores refuse it, so the failure names the line it came from, not a later storing step.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def language_code(tag: object) -> str | None:
    """The ISO 639-1 code of a language tag ("nl-BE" -> "nl", "nld" -> "nl"), else None."""
    if not isinstance(tag, str):
        return None
    match = _LANGUAGE_TAG.match(tag.strip())
    if not match:
        return None
    code = match[1].lower()
    if len(code) == 3:  # ISO 639-2/3 ("nld", "dut") to the 639-1 code the langpacks use
        language = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(
            bibliographic=code
        )
        return getattr(language, "alpha_2", None)
    return code if pycountry.languages.get(alpha_2=code) else None


def build_article(
    text: str,
    origin: str,
    *,
    article_id: object = None,
    url: object = None,
    title: object = None,
    source: object = None,
    published: PublishedDate | None = None,
    language: object = None,
) -> Article:
    """An article from a reader's findings; raises :class:`UnreadableInput` on empty text.

    The text is stripped of surrounding whitespace only: evidence offsets index exactly it.
    The language comes from the input when it names one, else from the text. Without a
    publication date, the date the URL files the page under (to its precision) stands in.
    """
    text = text.strip()
    if not text:
        raise UnreadableInput("empty text")
    url_text = _optional_text(url)
    given_id = _optional_text(article_id)
    title_text, source_text = _optional_text(title), _optional_text(source)
    if published is None:
        published = date_from_url(url_text)
    for field, value in (
        ("text", text), ("id", given_id), ("url", url_text), ("title", title_text),
        ("source", source_text),
    ):
        _check_unicode(field, value)
    return Article(
        id=given_id or Article.make_id(text, url_text),
        text=text,
        title=title_text,
        url=url_text,
        source=source_text,
        published=published.iso if published else None,
        published_precision=published.precision if published else None,
        language=language_code(language) or detect_language(text),
        origin=origin,
    )


def _check_unicode(field: str, value: str | None) -> None:
    """Raise :class:`UnreadableInput` naming the field and position of a NUL or lone surrogate."""
    if value is None:
        return
    bad = _NOT_TEXT.search(value)
    if bad:
        what = "a NUL character" if bad[0] == "\x00" else "a lone surrogate"
        raise UnreadableInput(
            f"invalid text: field '{field}' holds {what} (U+{ord(bad[0]):04X}) at "
            f"character {bad.start()}"
        )


def article_from_record(record: Mapping[str, object], origin: str) -> Article:
    """An article from a JSON object with the fields id, url, source, published, title, text,
    language (and optionally published_precision, which can only make the date coarser).

    Gold files ({"article": {...}, "events": [...]}) are read through their "article" object.
    """
    if "text" not in record and isinstance(record.get("article"), Mapping):
        record = record["article"]  # type: ignore[assignment]
    text = record.get("text")
    if not isinstance(text, str):
        raise UnreadableInput(
            "missing field 'text'" if text is None else "field 'text' is not a string"
        )
    published = normalise_date(record.get("published"))
    if published is not None:
        published = cut_to(published, _optional_text(record.get("published_precision")))
    return build_article(
        text,
        origin,
        article_id=record.get("id"),
        url=record.get("url"),
        title=record.get("title"),
        source=record.get("source"),
        published=published,
        language=record.get("language"),
    )


def _optional_text(value: object) -> str | None:
    """A non-empty string for a scalar field, else None (ids may be numbers in JSON)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
