"""One article telling one event twice: an undated report of the sub-type of another event of
the article, at its place or at the province or country that holds it, is that event
(merge/article.py, the ``told_twice`` stage). The records and texts are made up for these
tests."""

from __future__ import annotations

from eventcoder.merge.article import merge_told_twice
from eventcoder.records import Article, Event, Evidence

CAIRO = 360630
GIZA = 360995
EGYPT = 357994
# id: (location, admin1, latitude, longitude, geo_precision)
PLACES = {CAIRO: ("Cairo", "Cairo", 30.06, 31.25, 1), GIZA: ("Giza", "Giza", 30.01, 31.21, 1),
          EGYPT: ("Egypt", None, 26.0, 30.0, 3)}


def _event(start: int, *, date: str | None = None, place: int = CAIRO,
           sub: str = "Remote explosive/landmine/IED", text: str = "bomb") -> Event:
    location, admin1, lat, lon, precision = PLACES[place]
    ev = Event(event_type="Explosions/Remote violence", sub_event_type=sub, geonameid=place,
               location=location, admin1=admin1, country="Egypt", latitude=lat,
               longitude=lon, geo_precision=precision, article_ids=["a"], event_id=f"e{start}",
               evidence=[Evidence(field="event_type", article_id="a", start=start,
                                  end=start + len(text), text=text)])
    if date is not None:
        ev.event_date = ev.date_start = ev.date_end = date
        ev.time_precision = 1
    return ev


def test_an_undated_report_joins_the_dated_event_of_its_place_and_sub_type() -> None:
    lead, caption = _event(10), _event(900, date="2016-12-11")
    (merged,) = merge_told_twice([lead, caption])
    assert merged.event_date == "2016-12-11"
    assert merged.event_id == caption.event_id
    assert {e.start for e in merged.evidence_for("event_type")} == {10, 900}


def test_events_the_text_tells_apart_stay_apart() -> None:
    # another place, another sub-type, two dated events there, or two dated events at all
    assert len(merge_told_twice([_event(10), _event(900, date="2016-12-11", place=GIZA)])) == 2
    assert len(merge_told_twice([_event(10), _event(900, date="2016-12-11",
                                                    sub="Grenade")])) == 2
    three = [_event(10), _event(500, date="2016-12-09"), _event(900, date="2016-12-11")]
    assert len(merge_told_twice(three)) == 3
    assert len(merge_told_twice([_event(10, date="2016-12-09"),
                                 _event(900, date="2016-12-11")])) == 2


def test_an_undated_report_the_text_starts_as_a_new_event_stays_one() -> None:
    lead, later = _event(10), _event(900, date="2016-12-11")
    assert len(merge_told_twice([lead, later], separated=lambda ev: ev is lead)) == 2


def test_the_stage_reads_the_packs_new_event_cues() -> None:
    from eventcoder.stages import StageOptions, stages

    told_twice = next(s for s in stages() if s.name == "told_twice")
    first = "A bomb tore through a church in Cairo on 11 December 2016, killing 25 people."
    second = "Separately, a bomb went off near a police station in Cairo."
    article = Article(id="a", text=f"{first} {second}", language="en")
    dated = _event(first.index("bomb"), date="2016-12-11")
    other = _event(len(first) + 1 + second.index("bomb"))
    assert len(told_twice.run(article, [dated, other], StageOptions())) == 2
    plain = second.replace("Separately, a", "A")
    article = Article(id="a", text=f"{first} {plain}", language="en")
    other = _event(len(first) + 1 + plain.index("bomb"))
    assert len(told_twice.run(article, [dated, other], StageOptions())) == 1


def test_a_dated_event_beyond_the_news_horizon_takes_no_undated_report() -> None:
    """Today's undated "bombing in Cairo" is not the one a year ago the article recalls."""
    from eventcoder.stages import StageOptions, stages

    told_twice = next(s for s in stages() if s.name == "told_twice")
    text = ("A bomb tore through a church in Cairo, killing 25 people. A bomb hit the same "
            "church in Cairo on 11 December 2016.")
    today = _event(text.index("bomb"))
    recalled = _event(text.index("bomb", 20), date="2016-12-11")
    for published, count in (("2017-12-20", 2), ("2016-12-12", 1)):
        article = Article(id="a", text=text, language="en", published=published)
        assert len(told_twice.run(article, [today, recalled], StageOptions())) == count


def test_undated_reports_fold_into_the_finer_place_or_the_first_told() -> None:
    """With no date anywhere: the country-level report is the town-level event read vaguely,
    and a report at the same place as an earlier one is that one."""
    town, country = _event(10), _event(500, place=EGYPT)
    (merged,) = merge_told_twice([country, town])
    assert merged.location == "Cairo" and merged.event_id == town.event_id
    first, again = _event(10), _event(900)
    (merged,) = merge_told_twice([first, again])
    assert merged.event_id == first.event_id
    # two towns stay two events, and the country-level report beside both cannot say which
    assert len(merge_told_twice([_event(10), _event(500, place=GIZA)])) == 2
    assert len(merge_told_twice([_event(10), _event(500, place=GIZA),
                                 _event(900, place=EGYPT)])) == 3


def test_a_report_dated_by_a_range_joins_the_one_event_dated_inside_it() -> None:
    lead = _event(10)
    lead.date_start, lead.date_end, lead.event_date, lead.time_precision = (
        "2016-12-05", "2016-12-12", None, 3)
    caption = _event(900, date="2016-12-11")
    (merged,) = merge_told_twice([lead, caption])
    assert (merged.date_start, merged.date_end) == ("2016-12-11", "2016-12-11")
    # outside its range, or beside two candidates inside it, it stays its own event
    assert len(merge_told_twice([lead, _event(900, date="2016-12-13")])) == 2
    two = [lead, _event(500, date="2016-12-06"), _event(900, date="2016-12-11")]
    assert len(merge_told_twice(two)) == 3


def test_a_report_at_the_country_joins_the_town_event_of_its_day() -> None:
    country, town = _event(10, date="2016-12-11", place=EGYPT), _event(900, date="2016-12-11")
    (merged,) = merge_told_twice([country, town])
    assert merged.location == "Cairo" and merged.event_id == town.event_id
    # another day, or another town of the country, stays apart
    assert len(merge_told_twice([_event(10, date="2016-12-10", place=EGYPT), town])) == 2
    assert len(merge_told_twice([_event(10, date="2016-12-11", place=GIZA), town])) == 2


def test_a_date_without_a_day_range_folds_nothing_and_never_hangs() -> None:
    """A record dated only by an end day (no start) has no day range: it takes no undated
    report, and the undated report beside it may join it; the walk ends either way (it once
    looped for ever on such records, hanging ``code_article``)."""
    near = _event(10)
    near.date_end, near.geo_precision = "2016-12-11", 2  # "near Cairo", dated only by its end
    (merged,) = merge_told_twice([near, _event(900)])
    assert {e.start for e in merged.evidence_for("event_type")} == {10, 900}


def test_folds_that_would_close_a_cycle_leave_the_events_apart() -> None:
    from eventcoder.merge.article import _break_cycles

    target = {0: 1, 1: 2, 2: 0, 3: 0}
    _break_cycles(target)
    assert target == {0: 1, 1: 2, 3: 0}


def _part(start: int, sub: str, *, date: str | None = "2016-12-11", place: int = CAIRO) -> Event:
    ev = _event(start, date=date, place=place, sub=sub, text="weapons seized")
    ev.event_type = "Strategic developments"
    return ev


def test_weapons_seized_where_and_when_a_clash_is_told_are_part_of_it() -> None:
    from eventcoder.merge.article import fold_parts

    clash = _event(10, date="2016-12-11", sub="Armed clash")
    clash.event_type = "Battles"
    (merged,) = fold_parts([clash, _part(400, "Disrupted weapons use")])
    assert (merged.event_type, merged.sub_event_type) == ("Battles", "Armed clash")
    assert merged.event_id == clash.event_id
    assert {e.start for e in merged.evidence_for("event_type")} == {10, 400}


def test_a_part_elsewhere_on_another_day_or_beside_two_wholes_stays_apart() -> None:
    from eventcoder.merge.article import fold_parts

    bomb = _event(10, date="2016-12-11")
    other_bomb = _event(700, date="2016-12-11", sub="Grenade")
    assert len(fold_parts([bomb, _part(400, "Disrupted weapons use", place=GIZA)])) == 2
    assert len(fold_parts([bomb, _part(400, "Disrupted weapons use", date="2016-12-01")])) == 2
    assert len(fold_parts([bomb, other_bomb, _part(400, "Looting/property destruction")])) == 3
    # an arrest is another pair of sides: ACLED codes it apart
    assert len(fold_parts([bomb, _part(400, "Arrests")])) == 2
