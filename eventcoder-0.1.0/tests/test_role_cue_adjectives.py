"""A role cue still marks its actor across the pack's adjectives ("by local residents")."""

from __future__ import annotations

import pytest

from eventcoder.extract import pack_for
from eventcoder.extract.mentions import build_mentions
from eventcoder.extract.scan import scan_article
from eventcoder.nlp import load_pipeline
from eventcoder.pipeline import parse_text
from eventcoder.records import Article


def roles(text: str, language: str, word: str) -> tuple[list[str], list[str]]:
    article = Article(id="t", text=text, language=language, published="2021-03-08")
    pack = pack_for(article)
    doc = parse_text(load_pipeline(language), text)
    mentions = build_mentions(scan_article(text, pack, doc), pack, doc, 2021, 3)
    (m,) = [m for m in mentions if text[m.hit.start:m.hit.end].startswith(word)]
    return [a.key for a in m.agents], [a.key for a in m.targets]


@pytest.mark.parametrize(
    ("language", "text", "word", "agent"),
    [
        ("en", "In Gao, two trucks were damaged by local residents on Monday.", "damaged",
         "civilians"),
        ("en", "In Gao, a convoy was attacked by unidentified armed militants on Monday.",
         "attacked", "militants"),
        ("nl", "In Gao werd maandag een konvooi aangevallen door onbekende gewapende "
               "militanten.", "aangevallen", "militants"),
    ],
)
def test_an_agent_cue_reaches_over_adjectives(language, text, word, agent):
    agents, targets = roles(text, language, word)
    assert agent in agents and agent not in targets


def test_an_unlisted_word_still_breaks_the_cue():
    # "by" + a word that is no adjective of the pack ("by then"): the cue marks nothing
    agents, _ = roles("In Gao, a convoy was attacked by then militants on Monday.", "en",
                      "attacked")
    assert "militants" not in agents
