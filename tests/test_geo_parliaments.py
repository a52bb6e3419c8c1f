"""Parliaments local papers name instead of their town ("a protest outside the Dáil",
"talks at Stormont") stand for that town (geo/data/landmarks.tsv); before, "the Dáil" was a
Syrian village of that name."""

from __future__ import annotations

import pytest

from eventcoder.geo.places import landmark_town


@pytest.mark.parametrize(("name", "town"), [("Dáil", "Dublin"), ("Dail", "Dublin"),
                                            ("Leinster House", "Dublin"),
                                            ("Stormont", "Belfast"), ("Holyrood", "Edinburgh"),
                                            ("Senedd", "Cardiff"), ("Parliament Hill", "Ottawa")])
def test_a_parliament_stands_for_its_town(name: str, town: str) -> None:
    assert landmark_town(name) == town
