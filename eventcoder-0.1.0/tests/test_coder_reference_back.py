"""A reference back ("deze mars", "the march") with no time of its own, told after a planned
or past event, is that event: it does not make a new one happening now."""

from __future__ import annotations

from coding import coder

code_nl, _ = coder("nl", "2019-03-09")  # a Saturday
code_en, _ = coder("en", "2019-03-09")


def test_a_reference_back_to_a_planned_march_is_no_march_held() -> None:
    text = ("De klimaatmars zal komende zondag in Amsterdam worden gehouden. "
            "Zeventienduizend mensen hebben zich aangemeld. Deze mars wordt veel groter dan "
            "de vorige.")
    assert code_nl(text) == []
    assert [e.modality for e in code_nl(text, all_modalities=True)] == ["hypothetical"]


def test_a_march_told_after_a_planned_one_with_its_own_day_is_news() -> None:
    text = ("Boeren willen volgende week in Den Haag betogen. De mars in Amsterdam trok "
            "gisteren duizenden mensen.")
    [event] = code_nl(text)
    assert [p.text for p in event.place_candidates] == ["Amsterdam"]
    assert event.event_date == "2019-03-08"


def test_english_the_march_after_a_planned_one_is_the_plan() -> None:
    text = ("Activists plan to march in London next Sunday. Organisers expect thousands. "
            "The march will end at Parliament Square.")
    assert code_en(text) == []
