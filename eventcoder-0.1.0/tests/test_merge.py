"""Merging reports into events: what must merge, what must not, and what the merged record says."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.merge import (
    cluster_events,
    combine_events,
    event_day_range,
    merge_events,
    type_family,
)
from eventcoder.records import ClaimedFatalities, Event


def _reports(make_article, make_event):
    """Three reports of one Saturday attack on Kunduz: two English papers and a Dutch one."""
    wire = make_article(
        "Taliban fighters stormed police checkpoints in Kunduz on Saturday, killing 16 officers.",
        source="Wire",
        language="en",
        published="2019-09-07",
    )
    daily = make_article(
        "Yesterday's Taliban assault on the city of Kunduz left at least 20 policemen dead.",
        source="Daily",
        language="en",
        published="2019-09-08",
    )
    dutch = make_article(
        "De Taliban hebben zaterdag Kunduz aangevallen. Zeker zestien agenten kwamen om.",
        source="Krant",
        language="nl",
        published="2019-09-08",
    )
    return (
        make_event(
            wire,
            {"actor1": "Taliban", "location": "Kunduz", "fatalities": "16"},
            event_id="WIRE1",
            fatalities=16,
        ),
        # Another paper, a day later in its reporting: "yesterday" is the same Saturday, and it
        # calls the attack an attack on the police rather than a clash.
        make_event(
            daily,
            {"actor1": "Taliban", "location": "Kunduz", "fatalities": "20"},
            event_id="DAILY1",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Taliban fighters",
            actor2="Police of Afghanistan",
            fatalities=20,
        ),
        make_event(
            dutch,
            {"actor1": "Taliban", "location": "Kunduz", "fatalities": "zestien"},
            event_id="KRANT1",
            fatalities=16,
        ),
    )


def test_same_attack_in_other_words_and_languages_merges(make_article, make_event):
    reports = _reports(make_article, make_event)
    merged = merge_events(list(reports))
    assert len(merged) == 1
    event = merged[0]
    assert event.event_id == "WIRE1"  # the earliest report's id
    assert event.article_ids == [aid for r in reports for aid in r.article_ids]
    assert len(event.evidence) == sum(len(r.evidence) for r in reports)
    assert {ev.article_id for ev in event.evidence} == set(event.article_ids)
    assert event.fatalities == 16  # the lowest figure a source reports
    assert event.event_type == "Battles"  # two of three reports call it a clash
    assert event.source == "Wire; Daily; Krant"
    assert event.confidence > max(r.confidence for r in reports)


def test_a_report_one_day_later_with_a_vaguer_date_merges(make_article, make_event):
    first, *_ = _reports(make_article, make_event)
    later = make_article("Taliban attacked Kunduz over the weekend.", published="2019-09-09")
    vague = make_event(
        later,
        {"location": "Kunduz"},
        event_id="LATER",
        event_date="2019-09-07",
        date_start="2019-09-07",
        date_end="2019-09-08",
        time_precision=2,
    )
    (event,) = merge_events([vague, first])
    assert event.event_id == "LATER"
    # The merged date is what both allow: the precise Saturday.
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-09-07",
        "2019-09-07",
        1,
    )


def test_two_attacks_in_the_same_city_on_different_days_stay_apart(make_article, make_event):
    one = make_article("Taliban attacked Kunduz on Saturday.")
    two = make_article("Taliban attacked Kunduz again on Monday.")
    saturday = make_event(one, event_id="SAT")
    monday = make_event(
        two, event_id="MON", event_date="2019-09-09", date_start="2019-09-09", date_end="2019-09-09"
    )
    assert [e.event_id for e in merge_events([saturday, monday])] == ["SAT", "MON"]


def test_an_attack_and_the_funeral_after_it_stay_apart(make_article, make_event):
    attack_article = make_article("A bomb killed 12 people at a market in Kunduz on Saturday.")
    funeral_article = make_article("Thousands mourned the 12 market victims in Kunduz on Saturday.")
    attack = make_event(
        attack_article,
        event_id="BOMB",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor2="Civilians (Afghanistan)",
        fatalities=12,
    )
    # Same city, same day, same victims named: still a different (peaceful) event.
    funeral = make_event(
        funeral_article,
        event_id="FUNERAL",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Afghanistan)",
        actor2=None,
    )
    assert [e.event_id for e in merge_events([attack, funeral])] == ["BOMB", "FUNERAL"]


def test_a_month_vague_report_joins_one_attack_and_does_not_chain_two(make_article, make_event):
    sat = make_event(make_article("Saturday attack."), event_id="SAT")
    mon = make_event(
        make_article("Monday attack."),
        event_id="MON",
        event_date="2019-09-09",
        date_start="2019-09-09",
        date_end="2019-09-09",
    )
    month = make_event(
        make_article("The Taliban attacked Kunduz in September."),
        event_id="SEPT",
        event_date="2019-09",
        date_start="2019-09-01",
        date_end="2019-09-30",
        time_precision=3,
    )
    for order in ([sat, month, mon], [month, sat, mon], [sat, mon, month]):
        clusters = cluster_events(order)
        ids = [sorted(m.event_id for m in c.members) for c in clusters]
        assert ["MON", "SAT"] not in ids and ["MON", "SAT", "SEPT"] not in ids
        assert len(clusters) == 2


def test_an_articles_own_events_merge_only_when_one_names_the_others_province(
    make_article, make_event
):
    article = make_article("Two clashes in Kunduz on Saturday: at the airport and in the centre.")
    first = make_event(article, event_id="A1")
    second = make_event(article, event_id="A2", latitude=36.73, longitude=68.86)
    assert len(merge_events([first, second])) == 2

    text = "Taliban attacked Pul-e Khumri, the capital of Baghlan province, on Saturday."
    article = make_article(text)
    town = make_event(
        article,
        event_id="TOWN",
        admin1="Baghlan",
        location="Pul-e Khumri",
        latitude=35.94458,
        longitude=68.71512,
        geonameid=1130490,
    )
    province = make_event(
        article,
        event_id="PROVINCE",
        admin1="Baghlan",
        location="Baghlan",
        latitude=35.9,
        longitude=68.9,
        geo_precision=3,
        geonameid=1147537,
    )
    (event,) = merge_events([province, town])
    assert (event.event_id, event.geonameid) == ("PROVINCE", 1130490)
    assert event.article_ids == [article.id]
    # A province-level event elsewhere is a different event, even in the same article.
    other = province.model_copy(update={"event_id": "KDZ", "admin1": "Kunduz", "geonameid": 1})
    assert len(merge_events([town, other])) == 2


def test_an_articles_event_placed_only_around_its_town_joins_the_event_told_there(
    make_article, make_event
):
    """"The attack in Kunduz ... the attack": the second mention has no place of its own, so
    geocoding puts it around the town the article centres on (precision 2)."""
    article = make_article("The attack in Kunduz shocked the country. The attack was claimed.")
    told = make_event(article, event_id="TOLD", date_start="2019-09-01", date_end="2019-09-07",
                      time_precision=2)
    around = make_event(article, event_id="AROUND", geo_precision=2)
    (event,) = merge_events([told, around])
    assert (event.date_start, event.date_end, event.geo_precision) == (
        "2019-09-07", "2019-09-07", 1)
    # around another town of the same province it stays apart, as does a second attack
    # told in the same town (precision 1 both), see the test above
    elsewhere = make_event(article, event_id="ELSEWHERE", geo_precision=2, location="Khanabad",
                           latitude=36.6825, longitude=69.1156, geonameid=1135158)
    assert len(merge_events([told, elsewhere])) == 2


def test_an_articles_country_wide_report_joins_its_event_in_a_town(make_article, make_event):
    """"The march in Kunduz ... the protesters of Afghanistan": placed only to the country
    (no admin1), the second report is the first one told vaguer."""
    article = make_article("A march in Kunduz on Saturday. Afghanistan's protesters called.")
    town = make_event(article, event_id="TOWN")
    country = make_event(article, event_id="COUNTRY", geo_precision=3, admin1=None,
                         location="Afghanistan", latitude=33.0, longitude=65.0,
                         geonameid=1149361, date_start="2019-09-02", date_end="2019-09-08")
    (event,) = merge_events([town, country])
    assert (event.location, event.geo_precision) == ("Kunduz", 1)
    # in another country it is another event
    abroad = country.model_copy(update={"event_id": "ABROAD", "country": "Pakistan",
                                        "iso3": "PAK", "geonameid": 1168579})
    assert len(merge_events([town, abroad])) == 2


def test_towns_far_apart_stay_apart_and_a_province_report_takes_the_town(make_article, make_event):
    kunduz = make_event(make_article("Clash in Kunduz."), event_id="KDZ")
    khanabad = make_event(
        make_article("Clash in Khanabad."),
        event_id="KHA",
        location="Khanabad",
        latitude=36.6825,
        longitude=69.1156,
        geonameid=1135158,
    )
    assert len(merge_events([kunduz, khanabad])) == 2

    province = make_event(
        make_article("Clash in Kunduz province."),
        event_id="PROV",
        location="Kunduz",
        latitude=36.85,
        longitude=68.6,
        geo_precision=3,
        geonameid=1135690,
    )
    (event,) = merge_events([province, kunduz])
    assert event.event_id == "PROV"
    assert (event.location, event.geo_precision, event.geonameid) == ("Kunduz", 1, 1135689)


def test_another_province_never_merges(make_article, make_event):
    here = make_event(make_article("Clash in Kunduz province."), event_id="K", geo_precision=3)
    there = make_event(
        make_article("Clash in Baghlan province."),
        event_id="B",
        admin1="Baghlan",
        location="Baghlan",
        latitude=36.0,
        longitude=68.7,
        geo_precision=3,
        geonameid=1147289,
    )
    assert len(merge_events([here, there])) == 2


def test_reports_without_a_date_or_a_place_are_kept_apart(make_article, make_event):
    undated = [
        make_event(make_article(f"Undated clash {i}."), event_id=f"U{i}", **_no_date())
        for i in range(2)
    ]
    unplaced = [
        make_event(make_article(f"Unplaced clash {i}."), event_id=f"P{i}", **_no_place())
        for i in range(2)
    ]
    assert len(merge_events(undated + unplaced)) == 4


def test_a_denied_report_does_not_merge_into_a_reported_event(make_article, make_event):
    reported = make_event(make_article("Taliban attacked Kunduz."), event_id="R")
    denied = make_event(
        make_article("The Taliban denied attacking Kunduz."), event_id="D", modality="denied"
    )
    merged = merge_events([reported, denied])
    assert [e.modality for e in merged] == ["reported", "denied"]


@pytest.mark.parametrize("modality", ["background", "historical"])
def test_a_background_mention_never_moves_a_news_event(make_article, make_event, modality):
    """An attack recalled weeks later, placed and dated by the later article, stays apart."""
    news = make_event(make_article("Taliban attacked Kunduz on Saturday."), event_id="N",
                      location="Kunduz", fatalities=16)
    recalled = make_event(make_article("Since the attack on Kunduz, talks have stalled."),
                          event_id="B", modality=modality, fatalities=30,
                          date_start="2019-09-01", date_end="2019-09-14", time_precision=3)
    merged = merge_events([news, recalled])
    assert [(e.event_id, e.modality) for e in merged] == [("N", "reported"), ("B", modality)]
    assert merged[0].fatalities == 16 and merged[0].date_start == news.date_start


def test_fatalities_take_the_lowest_reported_figure_and_keep_every_claim(make_article, make_event):
    claim = ClaimedFatalities(low=30, high=None, claimant="Taliban", text="dozens of enemies")
    silent = make_event(make_article("Clash in Kunduz."), event_id="S", fatalities=None)
    high = make_event(make_article("Clash, 20 dead."), event_id="H", fatalities=20, injured=9)
    low = make_event(
        make_article("Clash, 16 dead; Taliban claim dozens."),
        event_id="L",
        fatalities=16,
        injured=12,
        fatalities_claimed=[claim],
    )
    again = make_event(
        make_article("The Taliban claim dozens."),
        event_id="A",
        fatalities=None,
        fatalities_claimed=[claim],
    )
    (event,) = merge_events([silent, high, low, again])
    assert event.fatalities == 16  # a null is "not said", never zero
    assert event.injured == 9
    assert event.fatalities_claimed == [claim]
    (nothing,) = merge_events([silent, again.model_copy(update={"fatalities_claimed": []})])
    assert nothing.fatalities is None


def test_associated_actors_are_united_across_reports_and_sides(make_article, make_event):
    a = make_event(make_article("Taliban and allies attacked."), event_id="A", assoc_actor_1="IMU")
    # This paper names the sides the other way round.
    b = make_event(
        make_article("Police, backed by NATO, fought the Taliban."),
        event_id="B",
        actor1="Police Forces of Afghanistan",
        inter1=1,
        assoc_actor_1="NATO",
        actor2="Taliban",
        inter2=2,
        assoc_actor_2="Al Qaeda",
    )
    (event,) = merge_events([a, b])
    assert event.actor1 == "Taliban"
    assert event.assoc_actor_1 == "IMU; Al Qaeda"
    assert event.assoc_actor_2 == "NATO"


def test_single_reports_pass_through_unchanged_and_ids_are_stable(make_article, make_event):
    reports = list(_reports(make_article, make_event))
    lone = make_event(
        make_article("Protest in Utrecht."),
        event_id="UTR",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        country="Netherlands",
        iso3="NLD",
        admin1="Utrecht",
        location="Utrecht",
        latitude=52.09,
        longitude=5.12,
        geonameid=2745912,
    )
    first = merge_events([*reports, lone])
    assert first[-1] == lone
    assert [e.model_dump() for e in merge_events([*reports, lone])] == [
        e.model_dump() for e in first
    ]
    assert merge_events([]) == []


def _no_date() -> dict:
    return {"event_date": None, "date_start": None, "date_end": None, "time_precision": None}


def _no_place() -> dict:
    return {
        key: None
        for key in (
            "country",
            "iso3",
            "admin1",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "geonameid",
        )
    }


_TYPES = [
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Mob violence"),
    ("Strategic developments", "Arrests"),
]
_PLACES = [
    ("AFG", "Kunduz", 36.72895, 68.857),
    ("AFG", "Kunduz", 36.70, 68.88),
    ("AFG", "Baghlan", 35.94, 68.71),
    ("NLD", "Utrecht", 52.09, 5.12),
]


@st.composite
def _random_reports(draw) -> list[Event]:
    count = draw(st.integers(min_value=1, max_value=25))
    reports = []
    for i in range(count):
        etype, sub = draw(st.sampled_from(_TYPES))
        iso3, admin1, lat, lon = draw(st.sampled_from(_PLACES))
        start = date(2019, 9, 1) + timedelta(days=draw(st.integers(0, 12)))
        end = start + timedelta(days=draw(st.sampled_from([0, 0, 1, 6, 29, 60])))
        reports.append(
            Event(
                event_id=f"E{i}",
                event_type=etype,
                sub_event_type=sub,
                iso3=iso3,
                country=iso3,
                admin1=admin1,
                latitude=lat,
                longitude=lon,
                geo_precision=draw(st.sampled_from([1, 2, 3])),
                date_start=start.isoformat(),
                date_end=end.isoformat(),
                event_date=start.isoformat(),
                actor1=draw(st.sampled_from([None, "Taliban", "Police Forces of Afghanistan"])),
                article_ids=[f"art{draw(st.integers(0, 8))}"],
                fatalities=draw(st.sampled_from([None, 0, 2, 10])),
            )
        )
    return reports


@settings(max_examples=150, deadline=None)
@given(_random_reports())
def test_every_cluster_is_pairwise_consistent(reports):
    clusters = cluster_events(reports)
    assert sum(len(c.members) for c in clusters) == len(reports)
    for cluster in clusters:
        members = cluster.members
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if set(a.article_ids) & set(b.article_ids):  # one names the other's province
                    assert sorted([a.geo_precision, b.geo_precision])[1] == 3
                    assert a.geo_precision != b.geo_precision
        assert len({m.iso3 for m in members}) == 1
        assert len({m.admin1 for m in members}) == 1
        assert len({type_family(m.event_type, m.sub_event_type) for m in members}) == 1
        ranges = [event_day_range(m) for m in members]
        assert max(r[0] for r in ranges) <= min(r[1] for r in ranges)
        if len(members) > 1:
            assert all((r[1] - r[0]).days < 31 for r in ranges)
        # The merged record follows docs/merging.md.
        merged = combine_events(members, cluster.canonical_id)
        assert merged.event_id == members[0].event_id
        figures = [m.fatalities for m in members if m.fatalities is not None]
        assert merged.fatalities == (min(figures) if figures else None)
        # The merged days hold every day all reports allow and the own day of each of the most
        # precise reports, and no day that no report allows.
        first, last = event_day_range(merged)
        assert first <= max(r[0] for r in ranges) and last >= min(r[1] for r in ranges)
        assert first >= min(r[0] for r in ranges) and last <= max(r[1] for r in ranges)
        def precision(days: int) -> int:
            return 1 if days == 0 else 2 if days <= 6 else 3

        sharpest = min(precision((r[1] - r[0]).days) for r in ranges)
        for member, (start, end) in zip(members, ranges, strict=True):
            if precision((end - start).days) == sharpest:
                assert first <= date.fromisoformat(member.event_date) <= last
        assert merged.geo_precision == min(m.geo_precision for m in members)
        assert merged.article_ids == list(dict.fromkeys(a for m in members for a in m.article_ids))


def test_merging_is_the_same_for_a_shuffled_stream_of_distinct_incidents(make_event):
    """Reports of well-separated incidents cluster the same whatever their order."""
    rng = random.Random(7)
    reports = []
    for incident in range(40):
        day = (date(2019, 1, 1) + timedelta(days=3 * incident)).isoformat()
        for copy in range(rng.randint(1, 4)):
            reports.append(
                make_event(
                    event_id=f"I{incident}C{copy}",
                    event_date=day,
                    date_start=day,
                    date_end=day,
                    article_ids=[f"art-{incident}-{copy}"],
                )
            )
    expected = {frozenset(m.event_id for m in c.members) for c in cluster_events(reports)}
    assert len(expected) == 40
    rng.shuffle(reports)
    assert {frozenset(m.event_id for m in c.members) for c in cluster_events(reports)} == expected


def test_the_example_in_docs_merging_md(make_article, make_event):
    """docs/merging.md walks through these three reports; keep the page true."""
    a = make_article(
        "Taliban fighters stormed police checkpoints in Kunduz on Saturday.", source="A"
    )
    b = make_article("Yesterday's Taliban assault on Kunduz left 20 policemen dead.", source="B")
    c = make_article(
        "Kunduz werd dit weekend aangevallen; de Taliban spreken van tientallen doden.",
        source="C",
        language="nl",
    )
    claim = ClaimedFatalities(low=20, claimant="Taliban", text="tientallen doden")
    reports = [
        make_event(a, {"location": "Kunduz"}, fatalities=16),
        make_event(
            b,
            {"location": "Kunduz"},
            event_type="Violence against civilians",
            sub_event_type="Attack",
            fatalities=20,
        ),
        make_event(
            c,
            {"location": "Kunduz"},
            date_end="2019-09-08",
            time_precision=2,
            latitude=36.75,
            longitude=68.6,
            geo_precision=3,
            geonameid=1135690,
            fatalities=None,
            fatalities_claimed=[claim],
        ),
    ]
    (event,) = merge_events(reports)
    assert event.event_id == reports[0].event_id
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-09-07",
        "2019-09-07",
        1,
    )
    assert (event.geonameid, event.geo_precision) == (1135689, 1)
    assert event.fatalities == 16
    assert event.fatalities_claimed == [claim]
    assert event.source == "A; B; C"
    assert event.article_ids == [a.id, b.id, c.id]

    monday = make_event(
        make_article("Another Taliban attack on Kunduz on Monday."),
        event_date="2019-09-09",
        date_start="2019-09-09",
        date_end="2019-09-09",
    )
    funeral = make_event(
        make_article("Mourners buried the dead in Kunduz on Sunday."),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Afghanistan)",
        actor2=None,
        event_date="2019-09-08",
        date_start="2019-09-08",
        date_end="2019-09-08",
    )
    assert len(merge_events([*reports, monday, funeral])) == 3


def test_a_province_level_report_fits_a_town_anywhere_in_that_province(make_article, make_event):
    town = make_event(
        make_article("Clash in Musa Qala."),
        admin1="Helmand",
        location="Musa Qala",
        latitude=32.45,
        longitude=64.77,
        geonameid=1135158,
    )
    # Helmand's centroid is far more than 150 km from the town, yet the town is in Helmand.
    province = make_event(
        make_article("Clash in Helmand province."),
        admin1="Helmand",
        location="Helmand",
        latitude=30.3,
        longitude=64.0,
        geo_precision=3,
        geonameid=1140025,
    )
    (event,) = merge_events([province, town])
    assert event.location == "Musa Qala"
    elsewhere = province.model_copy(update={"admin1": "Kandahar", "event_id": "KDH"})
    assert len(merge_events([elsewhere, town])) == 2


def test_date_strings_mean_the_days_they_can_mean():
    from eventcoder.merge.features import parse_day_range

    assert parse_day_range("2019-09-07") == (date(2019, 9, 7), date(2019, 9, 7))
    assert parse_day_range("2019-09-07T23:10:00Z") == (date(2019, 9, 7), date(2019, 9, 7))
    assert parse_day_range("2020-02") == (date(2020, 2, 1), date(2020, 2, 29))
    assert parse_day_range("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    for bad in (None, "", "September", "2019-13", "2019-02-30"):
        assert parse_day_range(bad) is None
    swapped = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        date_start="2019-09-09",
        date_end="2019-09-07",
    )
    assert event_day_range(swapped) == (date(2019, 9, 7), date(2019, 9, 9))


def test_merging_something_that_is_not_an_event_is_a_clear_error():
    with pytest.raises(TypeError, match="Event records, not dict"):
        merge_events([{"event_type": "Battles"}])


def test_an_articles_best_fitting_report_joins_first(make_article, make_event):
    stored = make_event(make_article("Taliban attacked Kunduz on Saturday."), event_id="KDZ")
    article = make_article("Fighting near Kunduz, and in Kunduz itself, on Saturday.")
    # Listed first, but it only fits loosely: a district-level place some 30 km away.
    near = make_event(
        article,
        event_id="NEAR",
        location="Chahar Dara",
        latitude=36.72895,
        longitude=68.52,
        geo_precision=2,
        geonameid=1146226,
    )
    exact = make_event(article, event_id="EXACT")
    clusters = cluster_events([stored, near, exact])
    assert [[m.event_id for m in c.members] for c in clusters] == [["KDZ", "EXACT"], ["NEAR"]]
