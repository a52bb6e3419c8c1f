""""Two months after negotiations stalled over ... a car bomb" ("drie maanden nadat ..."): the
event words of a clause a span of weeks or months opens are older than the news (as "years
after" are); "less than two weeks after" ("amper twee weken nadat") keeps them news."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str = "en", published: str = "2024-06-12") -> list:
    article = Article(id="ma", text=text, language=lang, published=published)
    return [e for e in code_article(article, scope=False) if e.modality == "reported"]


def test_an_attack_months_before_the_news_is_background() -> None:
    assert _events("Government and FARC dissident negotiators met in Caracas on Monday, three "
                   "months after talks collapsed over a deadly bomb attack on a police station "
                   "in Jamundi.") == []


def test_less_than_two_weeks_after_is_still_news() -> None:
    events = _events("Gunmen attacked a police station in Jamundi on Monday, killing two "
                     "officers, less than two weeks after a bomb attack on an army base in "
                     "Cali.")
    assert "Jamundi" in [e.location for e in events]


def test_dutch_months_after_and_barely_two_weeks_after() -> None:
    assert _events("De regering en de rebellen spraken maandag in Doha, drie maanden nadat de "
                   "gesprekken waren vastgelopen op een bomaanslag op een politiebureau in "
                   "Goma.", "nl") == []
    events = _events("Gewapende mannen vielen maandag een politiepost aan in Beni, amper twee "
                     "weken nadat rebellen een legerkamp in Butembo hadden aangevallen.", "nl")
    assert "Beni" in [e.location for e in events]
