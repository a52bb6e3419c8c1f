"""A dateline is where the report was filed: in a sentence that names the fight's own town it
parts no two words of the fight; arms recovered after the fight are the fight's (ACLED codes
the clash, not a seizure beside it)."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, published: str = "2023-05-09") -> list:
    article = Article(id="dl", text=text, language="en", published=published)
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


def test_the_dateline_does_not_split_one_fight() -> None:
    events = _events(
        "DAVAO CITY - Soldiers and New People's Army (NPA) rebels fought a one-hour gun battle "
        "in the hills of Digos City, Davao del Sur, on Sunday morning, the army said.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Digos")]


def test_arms_recovered_after_a_clash_make_no_seizure_event() -> None:
    events = _events(
        "Soldiers and NPA rebels fought a gun battle near Digos City on Sunday, the army said. "
        "The battalion commander said two rebels were killed and that soldiers recovered "
        "three high-powered firearms and a grenade launcher after the firing stopped.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
