"""A past time that makes an event word history: a year before publication next to it, or a
bare month more than a month back, and a time that governs a whole sentence or clause ("In
November 2021, ...", "since October, when ..."). Apart from :mod:`mention_modality`, whose
cues set the other modalities, so each stays short."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from eventcoder.extract.mention_modality import HISTORICAL_WINDOW, YEAR
from eventcoder.extract.spans import tokens_between
from eventcoder.langpacks import LanguagePack
from eventcoder.records import Modality

if TYPE_CHECKING:
    from eventcoder.extract.mentions import Mention


FRONTED_WORDS = 3  # words before a past time that opens its sentence ("In November 2021,")


@cache
def when_regex(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``relative_when`` words after a time (", when", ", toen"), compiled once."""
    words = [re.escape(str(w)) for w in pack.time.get("relative_when") or []]
    return re.compile(rf"\s*,?\s*(?:{'|'.join(words)})\b", re.IGNORECASE) if words else None


def _governs(text: str, s_start: int, t_start: int, t_end: int, hit_start: int,
             when: re.Pattern[str] | None) -> bool:
    """Does a past time govern an event word after it beyond the usual window? A fronted
    time with its comma ("In November 2021, ...") dates its sentence; one a relative "when"
    follows ("since October, when ...") dates the clause it opens."""
    if t_end > hit_start:
        return False
    after = text[t_end:t_end + 12]
    if tokens_between(text, s_start, t_start) <= FRONTED_WORDS and re.match(r"\s*,", after):
        return True
    return when is not None and when.match(after) is not None


def set_past_year(m: Mention, text: str, pub_year: int,
                  when: re.Pattern[str] | None = None) -> None:
    """A year before publication next to the event word ("de aanslagen in Parijs in 2015"),
    or one that dates the event word's sentence or clause (:func:`_governs`)."""
    s = m.sentence
    for y in YEAR.finditer(text, s.start, s.end):
        if int(y.group(1)) >= pub_year:
            continue
        gap = (tokens_between(text, y.end(), m.hit.start) if y.end() <= m.hit.start
               else tokens_between(text, m.hit.end, y.start()))
        if gap <= HISTORICAL_WINDOW or _governs(text, s.start, y.start(), y.end(),
                                                m.hit.start, when):
            m.modality, m.modality_cue = Modality.HISTORICAL, (y.start(), y.end(),
                                                              Modality.HISTORICAL)
            return


NEWS_HORIZON_MONTHS = 1  # a bare month further back than this is background, not news


@cache
def _bare_months(pack: LanguagePack) -> re.Pattern[str] | None:
    spec = pack.time
    months = {str(k).lower(): v for k, v in (spec.get("months") or {}).items() if len(str(k)) > 3}
    leads = [str(x) for x in spec.get("month_lead") or []]
    if not months or not leads:
        return None
    lead = "|".join(sorted((re.escape(x).replace(r"\ ", r"\s+") for x in leads), key=len,
                           reverse=True))
    alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{lead})\s+(?P<month>{alt})(?![\w\-])(?!\s+\d)",
                      re.IGNORECASE)


def set_past_month(m: Mention, text: str, pack: LanguagePack, pub_month: int) -> None:
    """"In oktober werd Khaddafi gevangengenomen" in an April article: a bare month more
    than a month before publication (a later month number means last year) is history."""
    regex = _bare_months(pack)
    if regex is None:
        return
    months = {str(k).lower(): v for k, v in (pack.time.get("months") or {}).items()}
    s = m.sentence
    for hit in regex.finditer(text, s.start, s.end):
        month = months[hit.group("month").lower()]
        back = (pub_month - month) % 12
        gap = (tokens_between(text, hit.end(), m.hit.start) if hit.end() <= m.hit.start
               else tokens_between(text, m.hit.end, hit.start()))
        if back > NEWS_HORIZON_MONTHS and (gap <= HISTORICAL_WINDOW or _governs(
                text, s.start, hit.start(), hit.end(), m.hit.start, when_regex(pack))):
            m.modality, m.modality_cue = Modality.HISTORICAL, (hit.start(), hit.end(),
                                                              Modality.HISTORICAL)
            return
