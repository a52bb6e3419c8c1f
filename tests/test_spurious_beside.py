"""Events coded beside the article's own: the same event told twice, split by the time a
source spoke or by a paragraph the article's window alone dates (issue 11, precision). The
texts are made up for these tests."""

from __future__ import annotations

from coder_phases import prepare
from eventcoder.merge.article import merge_told_twice, window_dated
from eventcoder.records import Event, Evidence


def _times_of(text: str, word: str, lang: str = "en") -> list[str]:
    _ctx, mentions = prepare(text, lang)
    (m,) = [m for m in mentions if text[m.hit.start:m.hit.end].lower() == word]
    return [t.text for t in m.times]


def test_the_time_a_source_spoke_dates_no_event_of_what_it_says() -> None:
    nl = ("Het ministerie van Binnenlandse Zaken meldde donderdagochtend dat 63 mensen werden "
          "opgepakt.")
    assert _times_of(nl, "opgepakt", "nl") == []
    en = "The ministry said on Thursday that 63 people were arrested in the capital."
    assert _times_of(en, "arrested") == []


def test_a_time_the_event_is_told_with_still_dates_it() -> None:
    # the event told before the verb keeps the time; one told with its own time too
    assert _times_of("Three people were arrested on Thursday, police said.",
                     "arrested") == ["Thursday"]
    assert _times_of("Police said 63 people were arrested on Thursday in the capital.",
                     "arrested") == ["Thursday"]
    assert _times_of("Police arrested 63 people on Thursday.", "arrested") == ["Thursday"]


ANDERLECHT, BRUSSELS, GHENT = 2803138, 2800866, 2797656
PLACES = {ANDERLECHT: ("Anderlecht", "Brussels Capital", 50.83, 4.31, 1),
          GHENT: ("Ghent", "Flanders", 51.05, 3.72, 1),
          BRUSSELS: ("Brussels Capital", "Brussels Capital", 50.85, 4.35, 3)}


def _event(start: int, event_type: str, sub: str, *, place: int = ANDERLECHT,
           day: str | None = None, window: tuple[str, str] = ("2022-08-09", "2022-08-16")
           ) -> Event:
    location, admin1, lat, lon, precision = PLACES[place]
    ev = Event(event_type=event_type, sub_event_type=sub, geonameid=place, location=location,
               admin1=admin1, country="Belgium", latitude=lat, longitude=lon,
               geo_precision=precision, article_ids=["a"], event_id=f"e{start}",
               evidence=[Evidence(field="event_type", article_id="a", start=start,
                                  end=start + 5, text="words")])
    if day is not None:
        ev.event_date = ev.date_start = ev.date_end = day
        ev.time_precision = 1
        ev.evidence.append(Evidence(field="date", article_id="a", start=start + 10,
                                    end=start + 20, text="zondagavond"))
    else:
        ev.date_start, ev.date_end = window
        ev.event_date, ev.time_precision = window[0], 2
    return ev


def test_a_paragraph_dated_by_the_window_is_the_riot_of_its_place() -> None:
    riot = _event(10, "Riots", "Violent demonstration", day="2022-08-14")
    force = _event(400, "Protests", "Excessive force against protesters")
    assert window_dated(force) and not window_dated(riot)
    (merged,) = merge_told_twice([riot, force])
    assert (merged.event_type, merged.sub_event_type) == ("Riots", "Violent demonstration")
    assert merged.event_id == riot.event_id and merged.event_date == "2022-08-14"
    assert {e.start for e in merged.evidence_for("event_type")} == {10, 400}


def test_the_village_and_the_day_told_apart_make_one_event() -> None:
    """The lead places it in the province with its day, a later paragraph in its village."""
    lead = _event(10, "Riots", "Violent demonstration", place=BRUSSELS, day="2022-08-14")
    village = _event(400, "Riots", "Violent demonstration")
    (merged,) = merge_told_twice([lead, village])
    assert merged.location == "Anderlecht" and merged.event_date == "2022-08-14"


def test_window_dated_reports_elsewhere_or_of_another_family_stay_apart() -> None:
    riot = _event(10, "Riots", "Violent demonstration", day="2022-08-14")
    assert len(merge_told_twice([riot, _event(400, "Protests", "Peaceful protest",
                                                place=GHENT)])) == 2
    assert len(merge_told_twice([riot, _event(400, "Strategic developments", "Arrests")])) == 2
    # beside two dated riots of its place it cannot say which it tells
    other = _event(700, "Riots", "Mob violence", day="2022-08-12")
    assert len(merge_told_twice([riot, other, _event(400, "Protests", "Peaceful protest")])) == 3
    # a day outside its range is another event
    late = _event(10, "Riots", "Violent demonstration", day="2022-08-20")
    assert len(merge_told_twice([late, _event(400, "Protests", "Peaceful protest")])) == 2


def test_a_time_that_bounds_a_count_dates_no_event() -> None:
    text = "He said 43 people had been arrested by Monday night in the town."
    assert _times_of(text, "arrested") == []
    assert _times_of("Police arrested 43 people on Monday night.", "arrested") == ["Monday"]


def test_an_event_word_told_as_to_be_held_or_to_be_announced_is_a_plan() -> None:
    for text, word in (("A vigil to be held in the square on Friday drew praise.", "vigil"),
                       ("The union warned that further walkouts will be announced.",
                        "walkouts"),
                       ("Churches have announced a joint vigil in the square on Friday.",
                        "vigil")):
        _ctx, mentions = prepare(text)
        (m,) = [m for m in mentions if text[m.hit.start:m.hit.end].lower() == word]
        assert m.modality != "reported", text
    _ctx, mentions = prepare("A vigil was held in the square on Friday.")
    assert [m.modality for m in mentions] == ["reported"]


def test_a_reference_back_by_its_day_joins_the_event_of_that_day() -> None:
    from coder_phases import drafts

    text = ("Rioters attacked police with petrol bombs in Creggan on Monday night. "
            "Two men were arrested in the city on Tuesday under the Terrorism Act. "
            "They were taken to Belfast for questioning. Their lawyers said nothing. "
            "The case goes on. Local politicians condemned Monday's attack on police.")
    _ctx, found = drafts(text, published="2021-04-07")
    monday = text.index("attack on police")
    (riot,) = [d for d in found if any(m.hit.start == monday for m in d.mentions)]
    assert any(m.hit.start == 0 for m in riot.mentions) and len(found) == 2
    # told of another day, it is no reference to Monday's riot
    _ctx, found = drafts(text.replace("Monday's attack", "Sunday's attack"),
                         published="2021-04-07")
    assert len(found) == 3


def _modality(text: str, word: str, lang: str = "en") -> str:
    _ctx, mentions = prepare(text, lang)
    (m,) = [m for m in mentions if text[m.hit.start:m.hit.end].lower() == word]
    return str(m.modality)


def test_the_event_a_period_is_counted_from_is_its_backdrop() -> None:
    text = ("Unrest has spread across English towns since the killing of three girls in "
            "Southport on July 29.")
    assert _modality(text, "killing") == "historical"
    assert _modality("Sinds de aanslag van maart 2016 zijn tientallen mensen opgepakt.",
                     "aanslag", "nl") == "historical"
    # an event told after a period's start is news ("since the morning ... blocked")
    assert _modality("Since the start of the week farmers have protested in Leeds.",
                     "protested") == "reported"


def test_a_time_inside_what_the_source_says_still_dates_it() -> None:
    text = "De beveiliger bevestigt dat gisterochtend twee agenten werden aangevallen."
    _ctx, mentions = prepare(text, "nl")
    assert [t.text for m in mentions for t in m.times] == ["gisterochtend"]


def test_the_event_a_search_is_made_in_connection_with_is_its_backdrop() -> None:
    """"In verband met de aanslag in X is de woning van Y doorzocht": the attack is why the
    search was made, no event of this article."""
    text = ("In verband met de aanslag in Christchurch is in Oostenrijk de woning van een "
            "activist doorzocht.")
    assert _modality(text, "aanslag", "nl") == "historical"
    assert _modality("Naar aanleiding van de rellen in Den Haag zijn drie jongeren "
                     "aangehouden.", "rellen", "nl") == "historical"
    # the word after it is told as news where no such link stands before it
    assert _modality("Bij de rellen in Den Haag zijn drie jongeren aangehouden.", "rellen",
                     "nl") == "reported"
