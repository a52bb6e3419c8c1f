"""Publication dates, normalised to ISO and cut to the precision the input really has.

"2019-09" stays a month: filling in a day would invent a date the source never gave. Relative
dates ("yesterday") and dates without a year are refused for the same reason.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from eventcoder.records import DatePrecision

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_ISO = re.compile(
    r"^\s*(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"
    r"(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)
# A date in a URL's path, as news sites file their pages: "/2018/01/", "/2016/12/05/",
# "/2016-12-05-", "/20161205/". The year must look like a news year and sit between slashes
# or dashes, so an id ("/story/2016123456") or a query value is not read as a date.
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<sep>[/-])(?P<month>0[1-9]|1[0-2])"
    r"(?:(?P=sep)(?P<day>0[1-9]|[12]\d|3[01]))?(?=[/._-]|$)"
    r"|/(?P<cyear>(?:19|20)\d{2})(?P<cmonth>0[1-9]|1[0-2])(?P<cday>0[1-9]|[12]\d|3[01])(?=/)"
)
_FULL_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PRECISIONS: tuple[DatePrecision, ...] = ("year", "month", "day")


class PublishedDate(NamedTuple):
    """An ISO date string (YYYY, YYYY-MM or YYYY-MM-DD) and how precise it is."""

    iso: str
    precision: DatePrecision


def from_parts(year: int, month: int | None = None, day: int | None = None) -> PublishedDate | None:
    """A date from its known parts; None when the parts are not a real date."""
    try:
        date = dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return PublishedDate(f"{date.year:04d}", "year")
    if day is None:
        return PublishedDate(f"{date.year:04d}-{date.month:02d}", "month")
    return PublishedDate(date.isoformat(), "day")


def cut_to(date: PublishedDate, precision: str | None) -> PublishedDate:
    """``date`` no more precise than ``precision`` (an unknown precision leaves it as it is)."""
    if precision not in _PRECISIONS or _PRECISIONS.index(precision) >= _PRECISIONS.index(
        date.precision
    ):
        return date
    parts = date.iso.split("-")[: _PRECISIONS.index(precision) + 1]
    return PublishedDate("-".join(parts), precision)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    """Built once and lazily: dateparser is slow to import and to set up."""
    from dateparser.date import DateDataParser
    from dateparser.languages.loader import default_loader

    from eventcoder.ingest.language import supported_languages

    # Only the languages we read: trying all ~200 locales is slow and finds false dates.
    known = set(default_loader.get_locale_map())
    return DateDataParser(
        languages=[code for code in supported_languages() if code in known],
        settings={
            # Only dates written out in full; never relative to today, never a guessed year.
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["year"],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
    )


def normalise_date(value: object) -> PublishedDate | None:
    """Parse a publication date from a string, date, datetime, struct_time or year number.

    The date is the one the source wrote (its own time zone), cut to the precision it gave.
    Returns None when nothing trustworthy can be read.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return from_parts(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return from_parts(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return from_parts(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int):
        return from_parts(value) if 1000 <= value <= 9999 else None
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO.match(value)
    if match:
        month, day = match["month"], match["day"]
        return from_parts(
            int(match["year"]), int(month) if month else None, int(day) if day else None
        )
    try:
        parsed = _date_parser().get_date_data(value.strip()[:200])
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.date_obj is None:
        return None
    # The year must be written out in full: "14 maart" is not March 2014.
    if str(parsed.date_obj.year) not in _FULL_YEAR.findall(value):
        return None
    date = from_parts(parsed.date_obj.year, parsed.date_obj.month, parsed.date_obj.day)
    if date is None:
        return None
    return cut_to(date, parsed.period if parsed.period in _PRECISIONS else "day")


def date_from_url(url: object) -> PublishedDate | None:
    """The date a news page's URL files it under, at the precision the URL gives
    ("…/2018/01/krewe…" is January 2018, no day): a fallback for inputs that carry a URL and
    no publication date, as htmldate reads URLs for HTML pages. None when the path holds none.

    >>> date_from_url("https://www.nola.com/news/2018/01/take_a_tour.html")
    PublishedDate(iso='2018-01', precision='month')
    """
    if not isinstance(url, str):
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path)
    if match is None:
        return None
    if match["cyear"]:
        return from_parts(int(match["cyear"]), int(match["cmonth"]), int(match["cday"]))
    day = match["day"]
    return from_parts(int(match["year"]), int(match["month"]), int(day) if day else None)
