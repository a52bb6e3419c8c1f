"""Merging never makes an event less true (docs/merging.md, "Conflicts between reports").

Sub-types: a reading one source alone gives does not outvote the others and never reverses the
sides. Dates: the merged range holds the day the most precise reports give. Tolls: the lowest
figure some report states in its own words; claims stay claims. Actors: the sides stay as the
lead report tells them.
"""

from __future__ import annotations

from eventcoder.merge import combine_events, merge_events
from eventcoder.merge.combine import merged_sub_event_type
from eventcoder.records import ClaimedFatalities

TAKEN = "Non-state actor overtakes territory"
REGAINED = "Government regains territory"

# "zaterdag" in a September paper: any Saturday the month allows, from the day before a
# 1 September Sunday; an English "Sunday" read as any Sunday of September.
SATURDAY = {"event_date": "2019-08-31", "date_start": "2019-08-31", "date_end": "2019-09-28",
            "time_precision": 3}  # fmt: skip
SUNDAY = {"event_date": "2019-09-01", "date_start": "2019-09-01", "date_end": "2019-09-29",
          "time_precision": 3}  # fmt: skip


def test_a_territory_reading_of_one_paper_does_not_outvote_a_clash(make_article, make_event):
    """The Dutch report reads a clash; the English one reads "drove the insurgents out" as the
    Taliban taking territory. Even with more confidence behind it, one source of two is no
    majority: the merged event is the clash both support."""
    clash = make_event(make_article("De Talibaan vielen Kunduz aan."), event_id="NL",
                       confidence=0.4)  # fmt: skip
    taken = make_event(
        make_article("Forces drove the insurgents out of Kunduz."),
        event_id="EN",
        sub_event_type=TAKEN,
        confidence=0.9,
    )
    for order in ([clash, taken], [taken, clash]):
        (event,) = merge_events(order)
        assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_territory_change_most_sources_read_wins(make_article, make_event):
    """Two papers tell the town fell, a third only of fighting: the specific reading wins."""
    clash = make_event(make_article("Fighting in Kunduz."), event_id="A")
    fell = [
        make_event(make_article(f"Kunduz fell to the Taliban ({i})."), event_id=f"F{i}",
                   sub_event_type=TAKEN)  # fmt: skip
        for i in range(2)
    ]
    (event,) = merge_events([clash, *fell])
    assert event.sub_event_type == TAKEN
    # One source alone keeps its own reading: merging adds nothing to a lone report.
    (alone,) = merge_events(fell[:1])
    assert alone.sub_event_type == TAKEN


def test_readings_that_disagree_on_who_took_ground_give_the_clash(make_article, make_event):
    """One paper has the Taliban take the town, two the army take it back: choosing either
    reverses the sides of another source, so the merged event is the clash they share."""
    taken = make_event(make_article("Taliban took Kunduz."), event_id="T", sub_event_type=TAKEN)
    regained = [
        make_event(make_article(f"The army retook Kunduz ({i})."), event_id=f"R{i}",
                   sub_event_type=REGAINED, actor1="Military Forces of Afghanistan", inter1=1,
                   actor2="Taliban", inter2=2)  # fmt: skip
        for i in range(2)
    ]
    (event,) = merge_events([taken, *regained])
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Taliban"  # the earliest, as complete report's sides


def test_a_territory_reading_must_fit_the_merged_actor1(make_article, make_event):
    """"Government regains territory" with the Taliban as actor1 would say the Taliban are the
    government: the taker must be actor1's kind, else the reading is the general clash."""
    reports = [
        make_event(make_article(f"Kunduz back under government control ({i})."),
                   event_id=f"G{i}", sub_event_type=REGAINED)  # fmt: skip
        for i in range(2)
    ]
    assert merged_sub_event_type(reports, actor1_inter=2) == "Armed clash"
    assert merged_sub_event_type(reports, actor1_inter=1) == REGAINED
    assert merged_sub_event_type(reports, actor1_inter=None) == REGAINED


def test_unrelated_sub_types_are_voted_by_confidence(make_article, make_event):
    """ "Clash" against "attack on the police": no refinement of one another, so the reading
    with the most confidence behind it wins, as before."""
    clash = make_event(make_article("Clash in Kunduz."), event_id="C", confidence=0.5)
    attack = make_event(
        make_article("Attack on police in Kunduz."),
        event_id="A",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        confidence=0.8,
    )
    (event,) = merge_events([clash, attack])
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_protest_refinement_needs_most_sources(make_article, make_event):
    protest = {"event_type": "Protests", "actor1": "Protesters (Afghanistan)", "inter1": 6,
               "actor2": None, "inter2": None}  # fmt: skip
    calm = [
        make_event(make_article(f"Protest in Kunduz ({i})."), event_id=f"P{i}",
                   sub_event_type="Peaceful protest", **protest)  # fmt: skip
        for i in range(2)
    ]
    gassed = make_event(make_article("Police fired tear gas at protesters in Kunduz."),
                        event_id="G", sub_event_type="Protest with intervention",
                        confidence=0.9, **protest)  # fmt: skip
    (event,) = merge_events([*calm, gassed])
    assert event.sub_event_type == "Peaceful protest"
    (event,) = merge_events([calm[0], gassed, gassed.model_copy(update={
        "event_id": "G2", "article_ids": ["another paper"]})])  # fmt: skip
    assert event.sub_event_type == "Protest with intervention"


def test_two_vague_weekday_readings_keep_the_most_likely_day(make_article, make_event):
    """The seed's "zaterdag" (31 Aug .. 28 Sep) and a paraphrase's "Sunday" (1 .. 29 Sep)
    intersect on 1 .. 28 September, which drops 31 August, the day the first report finds most
    likely; the merged range keeps it, and keeps the shared end."""
    nl = make_event(make_article("zaterdag in Kunduz"), event_id="NL", **SATURDAY)
    en = make_event(make_article("Saturday in Kunduz"), event_id="EN", **SUNDAY)
    for order in ([nl, en], [en, nl]):
        (event,) = merge_events(order)
        assert (event.date_start, event.date_end) == ("2019-08-31", "2019-09-28")
        assert event.event_date == "2019-08-31"  # the narrower report's day
        assert event.time_precision == 3


def test_a_precise_report_sets_the_day_a_vaguer_one_only_brackets(make_article, make_event):
    """A dated report (Sunday 8 September) and a "this weekend" report (7-8 September, its
    event_date the range's first day): the weekend's first day is no reading of the day."""
    day = make_event(make_article("On Sunday 8 September ..."), event_id="D",
                     event_date="2019-09-08", date_start="2019-09-08", date_end="2019-09-08")
    weekend = make_event(make_article("This weekend ..."), event_id="W", event_date="2019-09-07",
                         date_start="2019-09-07", date_end="2019-09-08", time_precision=2)
    (event,) = merge_events([weekend, day])
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-09-08", "2019-09-08", 1)  # fmt: skip


def test_equally_vague_reports_keep_each_others_day(make_article, make_event):
    """Two week-long readings (1-7 and 5-11 September) each name a day: both stay inside."""
    a = make_event(make_article("Early September ..."), event_id="A", event_date="2019-09-03",
                   date_start="2019-09-01", date_end="2019-09-07", time_precision=2)
    b = make_event(make_article("That week ..."), event_id="B", event_date="2019-09-05",
                   date_start="2019-09-05", date_end="2019-09-11", time_precision=2)
    (event,) = merge_events([a, b])
    assert (event.date_start, event.date_end) == ("2019-09-03", "2019-09-07")
    assert event.event_date == "2019-09-03"


def test_the_toll_is_the_lowest_figure_a_report_states_in_its_words(make_article, make_event):
    """16 told in the article's words beats a bare 3 with nothing behind it; a claimed-modality
    report's figure is no toll; claims stay apart with their claimant."""
    told = make_article("At least 16 people were killed in Kunduz.")
    stated = make_event(told, {"fatalities": "At least 16 people were killed"}, event_id="S",
                        fatalities=16)  # fmt: skip
    bare = make_event(make_article("Kunduz clash."), event_id="B", fatalities=3)
    claim = ClaimedFatalities(low=12, high=None, claimant="Taliban", text="tientallen")
    claimed = make_event(make_article("Taliban say they killed 9 in Kunduz."), event_id="C",
                         modality="claimed", fatalities=9, fatalities_claimed=[claim])
    (event,) = merge_events([bare, stated, claimed])
    assert event.fatalities == 16
    assert event.fatalities_claimed == [claim]
    # Without any report's words behind a figure, the lowest figure still counts.
    (event,) = merge_events([bare, stated.model_copy(update={"evidence": []})])
    assert event.fatalities == 3


def test_a_report_naming_the_sides_the_other_way_round_reverses_nothing(make_article, make_event):
    lead = make_event(make_article("Taliban attacked Kunduz."), event_id="L")
    backwards = make_event(
        make_article("Security forces, backed by NATO, drove the Taliban out of Kunduz."),
        event_id="B",
        sub_event_type=REGAINED,
        actor1="Military Forces of Afghanistan",
        inter1=1,
        assoc_actor_1="NATO: North Atlantic Treaty Organization",
        actor2="Taliban",
        inter2=2,
    )
    event = combine_events([lead, backwards])
    assert (event.actor1, event.inter1, event.actor2, event.inter2) == (
        "Taliban", 2, "Police Forces of Afghanistan", 1)  # fmt: skip
    assert event.assoc_actor_2 == "NATO: North Atlantic Treaty Organization"
    assert event.sub_event_type == "Armed clash"
    assert event.interaction == 12
