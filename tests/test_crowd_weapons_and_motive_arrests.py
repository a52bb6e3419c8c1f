"""An attack made with a crowd's weapons by no armed side is a riot; an arrest word told with
a motive the codebook codes needs no arresting force named; the people whose arrest is coded
are never the force (texts made up)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, lang: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id="t", text=text, language=lang, published="2021-04-07")
    return [(e.sub_event_type, e.actor1, e.actor2) for e in code_article(article, scope=False)]


@pytest.mark.parametrize("text", [
    "Police officers were attacked with petrol bombs and bricks during hours of disorder in "
    "the Creggan area of Londonderry on Monday night.",
    "Youths threw stones at police in Lyon on Tuesday night after a teenager was shot dead.",
])
def test_an_attack_with_a_crowds_weapons_is_a_violent_demonstration(text: str) -> None:
    subs = [sub for sub, _, _ in _coded(text)]
    assert subs and set(subs) == {"Violent demonstration"}


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kano on Monday, killing two officers.",
    # a vague "violence" is no crowd's weapon
    "Unknown attackers attacked a police post in Kano on Monday amid violence in the region.",
])
def test_an_attack_without_a_crowds_weapons_stays_an_armed_clash(text: str) -> None:
    assert "Violent demonstration" not in [sub for sub, _, _ in _coded(text)]


def test_violent_disorder_is_a_riot_and_disorder_alone_is_not() -> None:
    assert ("Violent demonstration" in [s for s, _, _ in _coded(
        "Violent disorder broke out in Middlesbrough on Sunday as a crowd of several hundred "
        "marched through the town.")])
    assert _coded("A man with an eating disorder was treated in Middlesbrough on Sunday.") == []


def test_an_arrest_told_with_a_terror_motive_needs_no_force_named() -> None:
    coded = _coded("Bij huiszoekingen in Berchem zijn dinsdagochtend vier mensen opgepakt die "
                   "ervan verdacht worden een terreuraanslag te hebben voorbereid.", "nl")
    assert [s for s, _, _ in coded] == ["Arrests"]
    assert coded[0][1] == "Police Forces of Belgium"


def test_an_ordinary_arrest_without_a_force_stays_uncoded() -> None:
    assert _coded("In Utrecht is zaterdag een 45-jarige man aangehouden voor inbraak.", "nl") == []


def test_a_suspicion_before_the_arrest_word_does_not_make_it_hypothetical() -> None:
    coded = _coded("Op verdenking van terrorisme zijn dinsdag in Rotterdam twee mannen "
                   "aangehouden.", "nl")
    assert [s for s, _, _ in coded] == ["Arrests"]
    # the suspicion still governs the attack word right after it: no attack is coded
    assert _coded("Hij is verdacht van een aanslag op een moskee in Rotterdam op dinsdag.",
                  "nl") == []


def test_terror_suspects_named_as_the_only_side_are_the_arrested() -> None:
    coded = _coded("In Arnhem zijn dinsdag twee mannen aangehouden die een aanslag zouden "
                   "hebben beraamd.", "nl")
    assert coded and coded[0][0] == "Arrests"
    assert coded[0][1] == "Police Forces of the Netherlands"
    assert coded[0][2] is not None and "Police" not in coded[0][2]


def test_a_police_or_inspectors_raid_on_shops_is_no_attack_and_a_soldiers_raid_is() -> None:
    assert _coded("Diverse opsporingsdiensten hebben vorige week invallen gedaan bij elf "
                  "smartshops in Utrecht.", "nl") == []
    assert _coded("De politie deed dinsdag een inval in een woning in Rotterdam.", "nl") == []
    assert _coded("Israëlische militairen deden dinsdag een inval in Jenin, waarbij drie "
                  "Palestijnen werden gedood.", "nl") != []
