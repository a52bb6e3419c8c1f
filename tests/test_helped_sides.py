"""A side named only as the one a supporter helped ("soldiers supported by a militia") is
named like any other side, never an empty actor; a backer that is no actor ("door Koerden
geleide") breaks nothing (texts made up)."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str) -> list:
    return code_article(Article(id="t", published="2022-09-03", language=lang, text=text),
                        scope=False)


def test_the_helped_side_has_a_name() -> None:
    events = _events("On 2 September 2022, Somali National Army soldiers supported by "
                     "Macawisley militia recaptured Moqokori (Bulo Burto, Hiraan) after Al "
                     "Shabaab militants withdrew without a fight.", "en")
    assert events
    for e in events:
        assert all(side != "" for side in (e.actor1, e.actor2))
        assert "Military Forces of Somalia" in (e.actor1, e.actor2)


def test_a_backer_that_is_no_actor_breaks_nothing() -> None:
    events = _events("Bij een Turkse droneaanval op een auto bij Qamishli zijn vrijdag twee "
                     "leden van de door Koerden geleide Syrische Democratische Strijdkrachten "
                     "(SDF) om het leven gekomen.", "nl")
    assert events and all(e.actor1 != "" and e.actor2 != "" for e in events)
