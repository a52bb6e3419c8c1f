"""Every country the packs have a demonym for names its forces ("Thai soldiers": Military
Forces of Thailand), not only the countries ``countries.tsv`` lists; and two forces joined
before one noun stay each other's enemy when the sentence names one of them again among the
dead (texts made up)."""

from __future__ import annotations

import pytest

from eventcoder.langpacks import load_pack
from eventcoder.langpacks.places import country_names
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _sides(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language=lang, published="2019-05-07")
    return [(e.actor1, e.actor2) for e in code_article(article, scope=False)]


def test_every_country_of_the_demonym_table_has_an_acled_name() -> None:
    names = country_names()
    assert names["TH"] == "Thailand" and names["CD"] == "Democratic Republic of Congo"
    assert len(names) > 200


@pytest.mark.parametrize(("lang", "word", "country"), [
    ("en", "Thai", "Thailand"), ("en", "Cambodian", "Cambodia"), ("en", "Moroccan", "Morocco"),
    ("nl", "Thaise", "Thailand"),
])
def test_a_demonym_is_a_country_word(lang: str, word: str, country: str) -> None:
    cues = [c for c in load_pack(lang).country_cues if c.regex.fullmatch(word)]
    assert cues and cues[0].value[0] == country and cues[0].value[1] in ("adjective", "demonym")


def test_a_proper_adjective_is_matched_as_written() -> None:
    cues = load_pack("en").country_cues
    assert not any(c.regex.fullmatch("polish") for c in cues)


@pytest.mark.parametrize("text", [
    "Thai and Cambodian soldiers exchanged gunfire at a disputed border post in Preah Vihear "
    "on Sunday; one Cambodian soldier was killed.",
    "Thai and Cambodian troops clashed in Preah Vihear on Sunday, killing two soldiers.",
])
def test_two_forces_stay_enemies_when_their_dead_are_named(text: str) -> None:
    assert _sides(text, "en") == [("Military Forces of Thailand", "Military Forces of Cambodia")]


def test_a_third_party_still_makes_the_pair_one_side() -> None:
    sides = _sides("Malian and French troops clashed with jihadists near Gao on Monday.", "en")
    mali, france = "Military Forces of Mali", "Military Forces of France"
    assert sides and (mali, france) not in sides and (france, mali) not in sides
