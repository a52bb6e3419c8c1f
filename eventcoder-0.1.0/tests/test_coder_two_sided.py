"""An armed clash has two sides: one told with a lone state force is no clash (``two_sided``
in ``_shared/rules.yaml``)."""

from __future__ import annotations

from coding import coder
from eventcoder.langpacks import load_pack

code_en, _ = coder("en", "2024-05-06")
code_nl, _ = coder("nl", "2019-03-20")


def _clashes(events):
    return [e for e in events if e.sub_event_type == "Armed clash"]


def test_the_rule_is_data_and_names_the_inter_codes_that_cannot_fight_alone():
    assert load_pack("en").rules["two_sided"]["Armed clash"] == [1]


def test_police_who_arrest_a_killer_are_no_side_of_a_clash():
    events = code_nl("Hij belde zijn moeder in Eindhoven met de boodschap dat hij een "
                     "flatgenote had doodgestoken. De moeder sloeg alarm bij de politie en die "
                     "hield hem maandag aan op het station.")
    assert not [e for e in _clashes(events) if e.actor2 is None]


def test_fighting_between_rival_militias_keeps_its_lone_side():
    [clash] = _clashes(code_nl("Libië gaat gebukt onder zware gevechten tussen rivaliserende "
                               "milities bij Tripoli. Ten minste vijftig mensen zijn daarbij "
                               "maandag omgekomen."))
    assert clash.actor2 is None and clash.inter1 in (2, 3, 4)


def test_a_clash_with_two_sides_stays():
    [clash] = _clashes(code_en("Taliban fighters clashed with Afghan security forces in "
                               "Kunduz on Sunday, killing 16."))
    assert clash.actor1 and clash.actor2


def test_police_who_seize_drugs_take_no_territory() -> None:
    for text in ("Police seized 20 kilos of cocaine in Vancouver on Monday.",
                 "Vancouver police have confirmed they have seized drugs containing carfentanil."):
        assert not [e for e in code_en(text) if "territory" in (e.sub_event_type or "")]
    [taken] = code_en("Government troops seized the town of Marawi from the militants on "
                      "Sunday.")
    assert taken.sub_event_type == "Government regains territory"
