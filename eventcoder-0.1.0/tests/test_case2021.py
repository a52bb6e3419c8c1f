"""CASE 2021 task 2 scoring: label mapping, metrics, and the evaluator on a small file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluate.case2021 import (
    NO_EVENT,
    Case2021FormatError,
    evaluate_case2021,
    format_case2021_report,
    map_label,
    score,
)
from eventcoder.records import SUB_EVENT_TO_TYPE


def test_labels_map_to_acled_or_no_event() -> None:
    assert map_label("AIR_STRIKE") == "Air/drone strike"
    assert map_label("PROPERTY_DISTRUCT") == "Looting/property destruction"
    for label in ("DIPLO", "ATTRIB", "ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER",
                  "OTHER"):
        assert map_label(label) == NO_EVENT
    with pytest.raises(Case2021FormatError):
        map_label("NOT_A_LABEL")


def test_mapped_labels_are_acled_spellings() -> None:
    from eventcoder.evaluate.case2021 import CASE_TO_ACLED

    assert set(CASE_TO_ACLED.values()) <= set(SUB_EVENT_TO_TYPE)
    assert len(CASE_TO_ACLED) == 24


def test_score_micro_macro_and_accuracy() -> None:
    gold = ["Attack", "Attack", "Grenade", NO_EVENT]
    pred = ["Attack", NO_EVENT, "Attack", NO_EVENT]
    result = score(gold, pred)
    # Attack: tp 1, fp 1, fn 1 -> 0.5; Grenade: tp 0, fn 1 -> 0
    assert result["per_class"]["Attack"]["f1"] == 0.5
    assert result["per_class"]["Grenade"]["f1"] == 0.0
    assert result["macro_f1"] == 0.25
    assert result["micro_precision"] == 0.5 and result["micro_recall"] == pytest.approx(1 / 3,
                                                                                        abs=1e-4)
    assert result["accuracy"] == 0.5


def test_evaluate_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tA suicide bomber blew himself up at a market in Maiduguri, killing 12.\tSUIC_BOMB\n"
        "2\tThe central bank raised interest rates on Tuesday.\tOTHER\n"
        "3\tThousands of protesters marched peacefully in Lagos on Saturday.\tPEACE_PROTEST\n",
        encoding="utf-8",
    )
    result = evaluate_case2021(path)
    assert result["n"] == 3
    assert result["accuracy"] == 1.0 and result["micro_f1"] == 1.0
    report = format_case2021_report(result)
    assert "micro" in report and "Suicide bomb" in report


def test_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(Case2021FormatError, match="missing columns"):
        evaluate_case2021(path)


def test_the_main_event_is_told_in_the_main_clause_not_in_its_backdrop() -> None:
    from eventcoder.evaluate.case2021 import predict_snippet

    text = ("A day after police arrested hundreds of protesters in Minsk, the opposition "
            "council said three of its members had been abducted by masked men on Tuesday.")
    assert predict_snippet(text) == "Abduction/forced disappearance"
    # without a backdrop clause the first event told leads
    text = ("Police arrested hundreds of protesters in Minsk on Tuesday, and the opposition "
            "council said three of its members had been abducted by masked men.")
    assert predict_snippet(text) == "Protest with intervention"


def test_a_snippet_whose_only_events_are_backdrop_keeps_the_first() -> None:
    from eventcoder.evaluate.case2021 import predict_snippet

    text = ("Shops stayed shut in Pretoria after xenophobic attacks on foreign traders on "
            "Monday.")
    assert predict_snippet(text) == "Attack"
