"""An attack that names no doer takes the lone one its article tells elsewhere (rules.yaml
``lone_doer``, the ``lone_doer`` stage after the scope decision). Made-up texts."""

from __future__ import annotations

from coding import coder
from eventcoder.records import Article
from eventcoder.stages import StageOptions, stages


def _staged(lang: str, text: str):
    code, _ = coder(lang, "2019-03-19")
    [event] = code(text)
    stage = next(s for s in stages() if s.name == "lone_doer")
    article = Article(id="t", text=text, published="2019-03-19", language=lang)
    [event] = stage.run(article, [event], StageOptions())
    return event


def test_an_attack_without_a_doer_takes_the_lone_doer_the_article_tells_elsewhere() -> None:
    for lang, told, untold in (
            ("nl", "Bij een aanslag in een tram in Zwolle zijn maandag drie mensen gedood. "
                   "Na de arrestatie van de verdachte bleef de stad onrustig.",
             "Bij een aanslag in een tram in Zwolle zijn maandag drie mensen gedood. "
             "De stad bleef onrustig."),
            ("en", "Three people were killed in an attack on a tram in Leeds on Monday. "
                   "The gunman was still at large on Tuesday.",
             "Three people were killed in an attack on a tram in Leeds on Monday. "
             "The city stayed calm.")):
        event = _staged(lang, told)
        assert (event.sub_event_type, event.actor1, event.inter1) == (
            "Attack", "Sole Perpetrator", 3)
        assert event.interaction == 37  # with the civilians it hit
        # no lone doer told: an unknown doer, ACLED's unidentified armed group
        event = _staged(lang, untold)
        assert (event.actor1, event.inter1) == ("Unidentified Armed Group", 3)


def test_the_lone_doer_comes_after_the_scope_decision() -> None:
    order = {s.name: s.order for s in stages()}
    assert order["scope"] < order["lone_doer"] < order["notes"]
