"""The vocabularies in records.py: enums whose members are the plain values records hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

from eventcoder.records import (
    ADMIN_CUES,
    ARMED,
    CROWD,
    DEMONSTRATORS,
    FACTUAL,
    INSURGENTS,
    INTER_CODES,
    NON_STATE_ARMED,
    REAL,
    STATE,
    Event,
    Inter,
    Modality,
    ModalityName,
    PlaceCue,
    interaction_code,
)
from eventcoder.tsv import tsv_rows


def test_the_modality_field_accepts_exactly_the_enum():
    assert set(get_args(ModalityName)) == {m.value for m in Modality}


def test_enum_members_serialise_as_the_plain_values():
    with_enums = Event(event_type="Battles", sub_event_type="Armed clash",
                       inter1=Inter.STATE_FORCES, inter2=Inter.REBEL_GROUPS,
                       modality=Modality.CLAIMED)
    plain = Event(event_type="Battles", sub_event_type="Armed clash", inter1=1, inter2=2,
                  modality="claimed")
    assert with_enums.model_dump_json() == plain.model_dump_json()
    assert json.loads(with_enums.model_dump_json())["inter1"] == 1
    assert interaction_code(Inter.STATE_FORCES, Inter.REBEL_GROUPS) == 12


def test_inter_codes_are_acled_s_eight_with_their_labels():
    assert [int(i) for i in Inter] == list(range(1, 9))
    assert Inter(7).label == "Civilians" and INTER_CODES[7] == "Civilians"
    assert set(INTER_CODES) == set(Inter)


def test_named_sets_partition_the_actor_types():
    assert ARMED.isdisjoint(CROWD) and set(Inter) == ARMED | CROWD
    assert STATE < ARMED and NON_STATE_ARMED == ARMED - STATE
    assert DEMONSTRATORS < CROWD and Inter.CIVILIANS not in DEMONSTRATORS
    assert 1 in ARMED and 7 in CROWD  # plain codes from a record are members too
    # what "the insurgents" refers back to: no identity militia
    assert INSURGENTS < NON_STATE_ARMED and Inter.IDENTITY_MILITIAS not in INSURGENTS


def test_factual_is_wider_than_real():
    assert REAL < FACTUAL
    assert "reported" in REAL and "claimed" in FACTUAL and "claimed" not in REAL
    assert "background" not in FACTUAL


def test_admin_cues_are_place_cues():
    assert set(PlaceCue) > ADMIN_CUES and PlaceCue.CITY not in ADMIN_CUES
    assert "province" in ADMIN_CUES


def test_tsv_rows_skip_comments_and_blank_lines(tmp_path: Path):
    table = tmp_path / "t.tsv"
    table.write_text("# a comment\nkey\tvalue\n\n   \nAFG\tSouth Asia\n", encoding="utf-8")
    assert list(tsv_rows(table)) == [["key", "value"], ["AFG", "South Asia"]]
    assert list(tsv_rows(tmp_path / "absent.tsv")) == []
