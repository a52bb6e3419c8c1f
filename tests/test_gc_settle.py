"""What the first articles load (models, packs, gazetteer tables, caches) lives as long as the
process: it is moved out of the cyclic collector's sight after the 1st, 2nd, 4th ... article,
so full collections stop walking it; nothing else changes."""

from __future__ import annotations

import gc

from eventcoder import pipeline
from eventcoder.records import Article

TEXT = "Soldiers clashed with Taliban fighters in Kunduz on Sunday, killing four."


def _code(i: int) -> list:
    return pipeline.code_article(Article(id=f"gc{i}", text=TEXT, language="en",
                                         published="2023-06-13"))


def test_the_long_lived_objects_are_frozen_at_the_first_articles(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_coded", 0)
    gc.unfreeze()
    try:
        first = _code(1)
        assert gc.get_freeze_count() > 10_000  # the models and tables loaded for it
        _code(2)
        frozen = gc.get_freeze_count()
        monkeypatch.setattr(pipeline, "_coded", 4)  # the 5th article: no power of two
        gc.collect()
        young = len(gc.get_objects())
        third = _code(3)
        assert gc.get_freeze_count() < frozen + young  # nothing frozen wholesale
        assert [ev.model_dump(exclude={"evidence", "event_id", "article_ids"}) for ev in third] == [
            ev.model_dump(exclude={"evidence", "event_id", "article_ids"}) for ev in first]
    finally:
        gc.unfreeze()
