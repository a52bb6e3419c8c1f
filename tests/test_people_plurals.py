"""A nationality's people in the plural are country context ("Tens of thousands of Venezuelans
took to the streets"), read from the pack's grammar (``plural_suffixes`` on demonyms with a
``people_plural_endings`` ending); geoparsing sets score them only where their coders do. The
sentences are made up."""

from __future__ import annotations

from eventcoder.geo import get_geocoder
from eventcoder.geo.evaluate import GoldArticle, codes_people_plurals, people_plural
from eventcoder.langpacks.places import place_words
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def test_a_crowd_told_by_its_nationality_sets_the_protests_country() -> None:
    text = ("Tens of thousands of Venezuelans took to the streets on Saturday to demand the "
            "resignation of the president.")
    (event,) = code_article(Article(id="t", text=text, language="en", published="2019-04-08"),
                            scope=False)
    assert event.country == "Venezuela" and event.actor1 == "Protesters (Venezuela)"


def test_only_people_endings_make_plurals_so_no_country_name_becomes_a_demonym() -> None:
    names = dict(place_words("en").demonyms)
    assert names["Venezuelans"] == names["Venezuelan"] and "Iraqis" in names
    # "Lao" + "s" and "Philippine" + "s" are countries' names, not their people
    assert "Laos" not in names and "Philippines" not in names
    geo = get_geocoder()
    assert people_plural("Mexicans", "en", geo) and not people_plural("Mexican", "en", geo)


def test_plurals_are_scored_only_where_the_coders_annotate_them() -> None:
    geo = get_geocoder()
    text = "Mexicans and Canadians met in Toronto."

    def gold(spans: list[str]) -> GoldArticle:
        return GoldArticle(id="t", text=text, toponyms=[], lang="en",
                           annotated=[(text.index(s), text.index(s) + len(s)) for s in spans])

    assert codes_people_plurals([gold(["Mexicans", "Toronto"])], geo)
    assert not codes_people_plurals([gold(["Toronto"])], geo)
