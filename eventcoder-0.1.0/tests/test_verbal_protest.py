"""Protesting against evidence, claims or reports is words, not a demonstration; killing or
shooting animals is no political violence (blockers.tsv). The texts are made up."""

from __future__ import annotations

import pytest

from coding import coder

code_en, _ = coder("en", "2020-03-10")

code_nl, _ = coder("nl", "2020-03-10")


@pytest.mark.parametrize(("code", "objection", "demonstration"), [
    (code_en,
     "Animal rights campaigners are protesting against evidence that police are shooting "
     "pets in Houston.",
     "Animal rights campaigners protested against the shooting of pets in Houston on Sunday."),
    (code_nl,
     "Dierenrechtenactivisten protesteren tegen berichten dat de politie in Utrecht "
     "huisdieren doodschiet.",
     "Dierenrechtenactivisten protesteerden zondag in Utrecht tegen het doodschieten van "
     "huisdieren."),
])
def test_objecting_to_what_is_said_is_no_protest(code, objection, demonstration) -> None:
    """Protesting against evidence, claims or reports that something happened is words; a
    protest against the thing itself stays a protest."""
    def protests(text: str) -> list:
        return [e for e in code(text) if e.event_type == "Protests"]
    assert protests(objection) == []
    assert protests(demonstration)


@pytest.mark.parametrize(("code", "animals", "people"), [
    (code_en,
     "Officers in Houston are killing animals, and pets left behind by evacuees are being shot.",
     "Officers in Houston shot dead two protesters on Monday."),
    (code_nl,
     "In Utrecht worden huisdieren die zijn achtergelaten doodgeschoten door de politie.",
     "In Utrecht zijn maandag twee betogers doodgeschoten door de politie."),
])
def test_animals_killed_are_no_violence_against_people(code, animals, people) -> None:
    assert code(animals) == []
    assert code(people)
