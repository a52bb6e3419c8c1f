"""Sub-types with one side (rules.yaml ``one_sided``): a force named in the place where a
group sets up its base names a building, not an opponent (texts made up)."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def test_a_base_in_a_police_station_has_no_police_opponent() -> None:
    article = Article(id="t", published="2024-06-11", language="en", text=(
        "On 10 June 2024, members of the Grand Ravine gang set up a base in an abandoned "
        "police substation in Croix-des-Bouquets."))
    events = [e for e in code_article(article, scope=False)
              if e.sub_event_type == "Headquarters or base established"]
    assert events
    assert all(e.actor2 is None and not e.evidence_for("actor2") for e in events)
