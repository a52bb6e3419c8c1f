"""A town too small for the gazetteer's size rule is a place when the country or province
named right after it holds a town of that name ("in Ansongo, in the east of Mali"); the same
name before a country that holds none stays unvouched."""

from __future__ import annotations

import pytest

from eventcoder.extract.scan import scan_article
from eventcoder.geo.places import known_place, lies_in
from eventcoder.langpacks import load_pack
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _trusted(text: str, lang: str) -> dict[str, bool]:
    scan = scan_article(text, load_pack(lang))
    return {p.text: p.trusted for s in scan.sentences for p in s.places}


def test_the_gazetteer_holds_small_towns_inside_their_country_only() -> None:
    assert not known_place("Ansongo", "en")  # 3,000 people: under the size rule
    assert lies_in("Ansongo", "Mali", "en") and lies_in("Toribío", "Colombia", "en")
    assert not lies_in("Ansongo", "Niger", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen attacked an army post in Ansongo, in the east of Mali, on Tuesday.", "en"),
    ("Rebels overran a police station in Toribío, Colombia, on Friday.", "en"),
    ("Gewapende mannen vielen dinsdag een legerpost aan in Tessit, in het oosten van Mali.",
     "nl"),
])
def test_a_unit_named_after_a_small_town_vouches_for_it(text: str, lang: str) -> None:
    trusted = _trusted(text, lang)
    town = next(name for name in trusted if name not in ("Mali", "Colombia"))
    assert trusted[town]


def test_a_country_that_holds_no_such_town_vouches_for_nothing() -> None:
    trusted = _trusted("Gunmen attacked an army post in Ansongo, in western Niger, on Tuesday.",
                       "en")
    assert trusted.get("Ansongo") is False


@pytest.mark.parametrize(("town", "unit"), [("Tessit", "in het oosten van Mali"),
                                              ("Gorom-Gorom", "in het noorden van Burkina Faso")])
def test_the_event_takes_the_small_town(town: str, unit: str) -> None:
    article = Article(id="u1", language="nl", published="2024-03-07", text=(
        f"Bij een aanval met drones op een legerpost in {town}, {unit}, zijn dinsdag vier "
        "militairen om het leven gekomen."))
    events = [e for e in code_article(article, scope=False) if e.modality == "reported"]
    assert [e.location for e in events] == [town]
