"""ACLED's shelling is remote violence a side cannot answer; shells fired in a gunfight both
sides fought are the battle's weapons (rules.yaml ``combine``), while plain shelling stays."""

from __future__ import annotations

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _types(text: str) -> list[str | None]:
    article = Article(id="sg", text=text, language="en", published="2024-03-14")
    return [e.sub_event_type for e in code_article(article, scope=False)
            if e.modality == "reported"]


def test_mortars_fired_in_a_gunfight_are_the_clash() -> None:
    assert _types("Soldiers fought off an assault by ISWAP fighters on a military base in "
                  "Damboa, Borno State, on Tuesday, in a gunfight that lasted three hours. The "
                  "insurgents fired mortars and rocket-propelled grenades at the base.") == [
        "Armed clash"]


def test_shelling_without_a_fight_stays_shelling() -> None:
    assert _types("Rebels shelled the town of Sake on Wednesday, residents said. Heavy "
                  "artillery fire hit several homes.") == ["Shelling/artillery/missile attack"]
