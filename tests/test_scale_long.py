"""Issue 13, a long article's cost: what one article's stages ask again is answered once, with
the same answers (the trigger scan per text, the geocoder's name keys, frozen warm-up objects)."""

from __future__ import annotations

import gc

import pytest

from eventcoder.extract.cue_matchers import register_pack, trigger_scan
from eventcoder.geo import normalize
from eventcoder.langpacks import load_pack

TEXTS = {
    "nl": ["Bij een aanslag in Kabul kwamen twee mensen om. Demonstranten betoogden in Utrecht.",
           "Een betoging tegen de oorlog; de politie arresteerde tien demonstranten.",
           "Niets aan de hand hier, alleen het weer."],
    "en": ["Two people were killed in an attack in Kabul. Protesters marched in Utrecht.",
           "Police arrested ten protesters at a rally against the war.",
           "Nothing happened here, only the weather."],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_trigger_scan_kept_per_text_gives_each_texts_own_matches(lang: str) -> None:
    pack = load_pack(lang)
    register_pack(pack)
    scan = trigger_scan(pack)
    assert scan is not None
    texts = TEXTS[lang]
    fresh = [[m.span() for m in scan._finditer(t)] for t in texts]
    assert fresh[0] and fresh[1] and not fresh[2]
    for _ in range(2):  # again: the kept matches, and a new text is never answered from them
        for text, spans in zip(texts, fresh, strict=True):
            assert [m.span() for m in scan.finditer(text)] == spans
            assert [m.span() for m in scan.finditer("".join(text))] == spans  # equal, not same
            first = scan.search(text)
            assert (first.span() if first else None) == (spans[0] if spans else None)
    # the same length, other words: never the kept answer
    other = texts[2].ljust(len(texts[0]), ".")
    scan.finditer(texts[0])
    assert [m.span() for m in scan.finditer(other)] == []
    assert scan.search(other) is None


def test_search_keeps_the_matches_the_window_parse_reads() -> None:
    """The prefilter's search keeps the text's matches (an article without a trigger has
    none to keep; one with a trigger is scanned again for its windows): the first is
    search's answer, and finditer reads them without scanning again."""
    pack = load_pack("en")
    scan = trigger_scan(pack)
    assert scan is not None
    text = "Police arrested protesters. " * 3
    scan._last = None
    first = scan.search(text)
    assert first is not None and scan._last is not None and scan._last[0] is text
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan._last[1]]
    assert first.span() == scan._last[1][0].span()


def test_geo_keys_cached_equal_the_plain_keys() -> None:
    names = ["Ta'izz", "São Paulo", "Hodeidah", "Raqqah", "Den Haag", "", "Ab-e Kamari"]
    for name in names:
        assert normalize.name_key(name) == normalize.name_key.__wrapped__(name)
        assert normalize.translit_key(name) == normalize.translit_key.__wrapped__(name)


def test_warm_up_freezes_what_it_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder import parallel

    coded: list[str] = []
    monkeypatch.setattr("eventcoder.pipeline.code_article",
                        lambda a, model=None: coded.append(a.id))
    try:
        parallel.warm_up()
        assert coded == ["warm-nl", "warm-en"]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
