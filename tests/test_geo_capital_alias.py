"""A capital matched by one of its alternate names gets no capital's bonus against a town at
least as big whose own name it is (candidates.capital_alias): "Philadelphia" is a former name
of Amman, but alone it means the city of Pennsylvania. The texts are made up."""

from __future__ import annotations

import pytest

from conftest import resolve_names as _resolve
from eventcoder.geo import get_geocoder
from eventcoder.geo.candidates import Candidate, capital_alias
from eventcoder.geo.gazetteer import Entry


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


def _town(pid: int, pop: int, fcode: str = "PPL", cc: str = "XX") -> Entry:
    return Entry(pid, f"T{pid}", "city", cc, None, None, 0.0, 0.0, pop, fcode, alt_names=50)


def test_philadelphia_alone_is_the_us_city_not_amman(gc):
    (phil,) = _resolve(gc, "Hundreds of people marched through Philadelphia on Saturday.",
                       "Philadelphia")
    assert phil.known_entry.cc == "US"


def test_a_capital_keeps_its_bonus_against_smaller_owners_of_its_alternate_name():
    capital = Candidate(_town(1, 1_000_000, "PPLC", "AA"), primary=False, tier=0)
    small = Candidate(_town(2, 20_000, cc="BB"), primary=True, tier=0)
    big = Candidate(_town(3, 2_000_000, cc="BB"), primary=True, tier=0)
    assert not capital_alias(capital, [capital, small])
    assert capital_alias(capital, [capital, big])
    assert not capital_alias(big, [capital, big])
