"""Events told relative to another's time ("came two days after", "twee dagen eerder") are
events of their own, dated by that time shifted (extract/time_shifts.py). Texts made up."""

from __future__ import annotations

from datetime import date

import pytest

from coder_phases import prepare
from eventcoder.extract.coding.event_dates import event_dates
from eventcoder.extract.time_shifts import find_shifts
from eventcoder.langpacks import load_pack
from eventcoder.merge import merge_events
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str, published: str | None) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language=lang, published=published)
    return sorted((e.location, e.date_start) for e in merge_events(code_article(article)))


def test_what_follows_two_days_after_is_an_earlier_event_of_its_own() -> None:
    text = ("A bomb exploded in a church in Cairo on Sunday, killing 25 people. Sunday's "
            "explosion came just two days after two bombs killed six police officers in Giza.")
    assert _events(text, "en", "2016-12-12") == [("Cairo", "2016-12-11"), ("Giza", "2016-12-09")]


def test_an_anaphor_shifts_the_last_time_told() -> None:
    text = "Rebellen vielen zaterdag het dorp Goma aan. Twee dagen eerder doodden rebellen " \
           "vijf burgers in Beni."
    assert _events(text, "nl", "2019-03-25") == [("Beni", "2019-03-21"), ("Goma", "2019-03-23")]


def test_a_full_date_moves_in_an_undated_text_too() -> None:
    ctx, mentions = prepare("Gunmen attacked a convoy in Goma on March 4, 2019. The attack came "
                            "a week after rebels shelled Beni.", published=None)
    shelled = next(m for m in mentions if m.hit.text == "shelled")
    days, span = event_dates([shelled], ctx.pub)
    assert days is not None and days.start == days.end == date(2019, 2, 25)
    assert span is not None and span.text == "a week after"


@pytest.mark.parametrize("text", [
    "Three days after the attack, police arrested two men.",  # nothing told before the cue
    "The talks resumed hours after the strike.",  # no count of days
    "The attack came long after the war began.",
])
def test_no_cue_or_no_anchor_moves_nothing(text: str) -> None:
    ctx, mentions = prepare(text)
    assert all(t.shift == 0 for m in mentions for t in m.times)


def test_the_cue_words_are_pack_data() -> None:
    text = "Het leger kwam twee dagen na de aanval. Een week later volgde een tweede."
    assert [(s.days, s.anaphor) for s in find_shifts(text, 0, len(text), load_pack("nl"))] == [
        (-2, False), (7, True)]


def test_a_phrase_ending_its_clause_moves_the_sentences_own_time() -> None:
    ctx, mentions = prepare("Security fears swept across Kabul on Monday as police probed the "
                            "bomb blast that hit a mosque the day before.")
    blast = next(m for m in mentions if "blast" in m.hit.text)
    days, _ = event_dates([blast], ctx.pub)
    assert days is not None and days.start == days.end == date(2019, 3, 24)  # Sunday
    # followed by an object it links two events, which the phrase alone does not order
    assert find_shifts("the day before the vote", 0, 23, load_pack("en")) == []


def test_a_named_day_is_its_date_and_an_old_one_is_no_news() -> None:
    from eventcoder.extract.dates import find_times

    found = find_times("attacked on New Year's Day; a Christmas market", load_pack("en"))
    assert [(t.text, t.month, t.day) for t in found] == [("New Year's Day", 1, 1)]
    text = ("Measles broke out in the camp near Makurdi. A woman was displaced from her home "
            "in Guma after a gunmen attack on New Year Day.")
    assert _events(text, "en", "2018-04-05") == []  # three months before publication
