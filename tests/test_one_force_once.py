"""A state force named twice, once by its unit's own name, is one side: never its own
opponent once both names are placed in its country (texts made up)."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def test_a_force_and_its_unit_are_one_side() -> None:
    article = Article(id="t", published="2021-08-12", language="en", text=(
        "On 11 August 2021, police counter-terrorism unit Densus 88 seized homemade bombs and "
        "ammunition from a hideout in Solo (Central Java)."))
    events = code_article(article, scope=False)
    assert events
    for e in events:
        assert e.actor1 == "Police Forces of Indonesia"
        assert e.actor2 != e.actor1
        assert e.actor2 is not None or not e.evidence_for("actor2")

