"""Typical Dutch news the coder must read (texts made up): a perfect the parse hangs as an
object still tells the past, a protest word inside "uit protest tegen" blocks only itself,
and a crowd's action may stand a few words from its verb."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language="nl", published="2019-03-20")
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebellen hebben maandag de stad Goma ingenomen na dagenlange gevechten met het leger.",
     ("Non-state actor overtakes territory", "Goma")),
    ("Duizenden boeren hebben dinsdag met trekkers de snelwegen rond Den Haag geblokkeerd uit "
     "protest tegen de stikstofregels.", ("Peaceful protest", "The Hague")),
    ("In Parijs gingen zaterdag opnieuw duizenden gele hesjes de straat op.",
     ("Peaceful protest", "Paris")),
])
def test_news_told_the_dutch_way_is_coded(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize(("text", "sub_type"), [
    # the parse hangs the weekday on the auxiliary: the participle still tells the past
    ("Tientallen boeren hebben woensdag met hun trekkers de A12 bij Utrecht geblokkeerd uit "
     "protest tegen de stikstofregels.", "Peaceful protest"),
    ("Het Syrische leger heeft dinsdag het dorp Kafr Nabuda in de provincie Hama heroverd op "
     "rebellen, na dagenlange gevechten.", "Government regains territory"),
])
def test_a_weekday_on_the_auxiliary_of_a_perfect_is_past(text: str, sub_type: str) -> None:
    assert sub_type in [sub for sub, _ in _coded(text)]


def test_a_perfect_the_parse_tears_apart_is_past() -> None:
    # in this article the parse reads "zijn" as the root and "gekomen" as a relative clause
    text = ("Bij aanslagen op twee moskeeën in de Nieuw-Zeelandse stad Christchurch zijn vrijdag "
            "49 mensen om het leven gekomen. Een Australische man is aangeklaagd.")
    assert ("Attack", "Christchurch") in _coded(text)


def test_om_het_leven_gekomen_with_the_preposition_read_as_a_marker_is_past() -> None:
    # the parse calls "om" (a preposition) the marker of "gekomen": it opens no clause, so
    # the perfect auxiliary before it still reaches its participle
    text = ("Bij een luchtaanval van het leger op een dorp bij de stad Monywa zijn zaterdag zeker "
            "zeventien burgers om het leven gekomen, onder wie vijf kinderen.")
    assert "Air/drone strike" in [sub for sub, _ in _coded(text)]


def test_a_weekday_in_the_present_is_still_a_plan() -> None:
    assert _coded("Tientallen boeren blokkeren woensdag met hun trekkers de A12 bij Utrecht "
                  "uit protest tegen de stikstofregels.") == []


def test_an_announced_demonstration_is_a_plan_even_in_the_perfect() -> None:
    assert _coded("Voor zaterdag hebben beide kampen in Caracas demonstraties aangekondigd.") == []


def test_a_participle_the_tagger_reads_as_a_noun_is_still_past() -> None:
    # "doodgeschoten" is tagged a noun here: the event word's own shape tells the perfect
    text = ("Een journaliste is donderdagavond in Derry in Noord-Ierland doodgeschoten tijdens "
            "rellen. De politie spreekt van een terroristische daad en wijst de Nieuwe IRA aan.")
    assert any(location == "Derry" for _, location in _coded(text))


def test_a_crowd_that_went_somewhere_to_protest_protested() -> None:
    text = ("Honderden boeren uit het hele land trokken dinsdag met hun tractoren naar Den Haag "
            "om te protesteren tegen de plannen voor de mestwetgeving.")
    assert "Peaceful protest" in [sub for sub, _ in _coded(text)]


def test_a_shooting_framed_as_a_quarrel_is_ordinary_crime() -> None:
    text = ("Bij een schietpartij in een woning in Zaandam is woensdagavond een 45-jarige man "
            "gewond geraakt. De politie onderzoekt of het om een ruzie ging.")
    assert _coded(text) == []
    # the same shooting with a motive the codebook codes stays an event
    assert _coded(text.replace("om een ruzie ging", "om een terroristische daad ging"))


def test_in_protest_alone_is_still_no_event() -> None:
    assert _coded("De wethouder van Utrecht stapte dinsdag uit protest op.") == []


def test_an_arrest_of_terror_suspects_is_coded_with_the_force_first() -> None:
    article = Article(id="t", language="nl", published="2019-03-20",
                      text="De Turkse politie heeft in Istanbul tientallen verdachten van banden "
                           "met IS opgepakt.")
    (event,) = code_article(article, scope=False)
    assert event.sub_event_type == "Arrests" and event.actor1 == "Police Forces of Turkey"
    # suspects of an ordinary crime stay uncoded
    assert _coded("De politie heeft in Utrecht twee verdachten van een overval opgepakt.") == []
