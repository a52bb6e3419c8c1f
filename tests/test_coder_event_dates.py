"""Event dates: the most precise time told, and when two times make two events."""

from __future__ import annotations

from datetime import date

from coder_phases import prepare
from eventcoder.extract.coding.event_dates import event_dates, time_clash


def test_the_most_precise_time_told_wins():
    ctx, mentions = prepare("Rebels attacked Goma this week. The attack began on Monday.")
    span_dates, span = event_dates(mentions, ctx.pub)
    assert span_dates is not None and span is not None
    assert span.text == "Monday" and span_dates.start == span_dates.end == date(2019, 3, 25)


def test_without_a_publication_date_only_a_full_date_names_a_day():
    ctx, mentions = prepare("Rebels attacked Goma on December 11, 2016.", published=None)
    assert ctx.pub is not None and ctx.pub.told  # read from the text's own date
    days, span = event_dates(mentions, ctx.pub)
    assert days is not None and days.start == days.end == date(2016, 12, 11) and span is not None
    ctx, mentions = prepare("Rebels attacked Goma on Monday.", published=None)
    assert ctx.pub is None
    assert event_dates(mentions, ctx.pub) == (None, None)


def test_an_undated_text_is_read_from_its_latest_date():
    # Written in the week from Sunday 11 December 2016: "Sunday" can only be that day, and
    # "Thursday" one of two (8 December, or 15 December if written that late).
    ctx, mentions = prepare("A bomb hit the cathedral in Cairo on December 11, 2016. "
                            "Protesters marched in Cairo on Sunday. Rebels attacked Goma on "
                            "Thursday. Rebels attacked Goma.", published=None)
    # one timed mention per sentence ("Protesters" and "marched" share their clause's day)
    timed = list({m.sentence.index: m for m in reversed(mentions) if m.times}.values())[::-1]
    sunday, thursday = (event_dates([m], ctx.pub)[0] for m in timed[1:])
    assert sunday is not None and (sunday.start, sunday.end, sunday.precision) == (
        date(2016, 12, 11), date(2016, 12, 11), 1)
    assert thursday is not None and (thursday.start, thursday.end, thursday.precision) == (
        date(2016, 12, 8), date(2016, 12, 15), 2)
    assert event_dates(mentions[-1:], ctx.pub) == (None, None)  # no time word: no day


def test_an_untimed_event_takes_the_publication_period():
    ctx, mentions = prepare("Rebels attacked Goma.")
    days, span = event_dates(mentions, ctx.pub)
    assert span is None and days is not None and days.end == date(2019, 3, 28)


def test_times_that_do_not_overlap_clash_and_missing_times_never_do():
    ctx, mentions = prepare("Rebels attacked Goma this morning. Rebels attacked Goma on Monday. "
                            "Rebels attacked Goma.")
    today, earlier, untimed = mentions
    assert time_clash(today, [earlier], ctx.pub)
    assert not time_clash(today, [today], ctx.pub)
    assert not time_clash(untimed, [earlier], ctx.pub)
    assert not time_clash(today, [earlier], None)  # no publication date: no range to compare


def _one_event_each(published: str, nl: str, en: str) -> list:
    """The one event the coder makes of the Dutch and of the English telling."""
    from coding import coder

    events = []
    for lang, text in (("nl", nl), ("en", en)):
        code, _ = coder(lang, published)
        [event] = code(text)
        events.append(event)
    return events


def test_earlier_in_the_day_is_the_day_of_the_story_at_most_a_day_before_publication() -> None:
    for event in _one_event_each(
            "2019-04-08",
            "Duizenden mensen protesteerden eerder op de dag in Khartoum tegen president Bashir.",
            "Thousands protested against President Bashir in Khartoum earlier in the day."):
        assert (event.date_start, event.date_end) == ("2019-04-07", "2019-04-08")
        assert event.time_precision == 2


def test_a_time_anaphor_takes_the_time_told_a_sentence_or_two_before() -> None:
    from coding import coder

    code_nl, _ = coder("nl", "2019-03-05")
    text = ("De oppositieleider is gisteren teruggekeerd naar zijn land. Hij zwaaide naar "
            "zijn aanhangers. Hij reed vervolgens naar een protestmanifestatie in Caracas.")
    [event] = code_nl(text)
    assert (event.date_start, event.date_end) == ("2019-03-04", "2019-03-04")
    without = text.replace(" vervolgens", "")
    [event] = code_nl(without)
    assert event.date_start != event.date_end  # no anaphor: no day of its own, a range


def test_earlier_in_the_day_takes_the_day_the_story_told_before_it() -> None:
    from coding import coder

    for event in _one_event_each(
            "2019-04-08",
            "In het hele land viel gistermiddag de stroom uit. Niemand wist waarom. In de "
            "hoofdstad protesteerden eerder op de dag duizenden mensen tegen de president.",
            "Power failed across the country yesterday afternoon. Nobody knew why. Thousands "
            "protested against the president in the capital earlier in the day."):
        assert (event.date_start, event.date_end) == ("2019-04-07", "2019-04-07")
        assert event.time_precision == 1
    # a day told before that the words rule out (last Tuesday is no "earlier in the day")
    code_en, _ = coder("en", "2019-04-08")
    [event] = code_en("Power failed across the country last Tuesday. Nobody knew why. "
                      "Thousands protested against the president in the capital earlier in "
                      "the day.")
    assert (event.date_start, event.date_end) == ("2019-04-07", "2019-04-08")


def test_womens_day_names_its_date() -> None:
    for event in _one_event_each(
            "2019-03-09",
            "In Madrid demonstreerden duizenden vrouwen op Internationale Vrouwendag.",
            "Thousands of women demonstrated in Madrid on International Women's Day."):
        assert (event.date_start, event.date_end) == ("2019-03-08", "2019-03-08")
