"""A weekday inside a day's name ("the Pentecost Sunday attack", "Goede Vrijdag") is no date:
the most recent such weekday is not meant (time.yaml ``named_days``)."""

from __future__ import annotations

import pytest

from eventcoder.extract.dates import find_times
from eventcoder.langpacks import load_pack


@pytest.mark.parametrize(("lang", "text", "weekdays"), [
    ("en", "the men helped to plan the Pentecost Sunday attack on the church", 0),
    ("en", "marchers remembered Bloody Sunday in Derry on Sunday", 1),
    ("en", "gunmen attacked the church on Sunday", 1),
    ("nl", "op Goede Vrijdag werd de kerk aangevallen", 0),
    ("nl", "de kerk werd vrijdag aangevallen", 1),
])
def test_a_named_day_is_no_weekday(lang: str, text: str, weekdays: int) -> None:
    found = [t for t in find_times(text, load_pack(lang)) if t.kind == "weekday"]
    assert len(found) == weekdays
