"""Constructions the fifth blind round's dev halves showed, told in other words: a Dutch
fronted time puts the strike's verb before its drones; a police shooting of a drug suspect is
ordinary crime (the codebook: drug crime and police shootings of criminal suspects are not
coded)."""

from __future__ import annotations

import pytest

from eventcoder.extract.scan import scan_article
from eventcoder.langpacks import load_pack
from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _events(text: str, lang: str, published: str = "2025-07-22", scope: bool = True):
    article = Article(id="b5", text=text, language=lang, published=published)
    return [ev for ev in code_article(article, scope=scope) if ev.modality == "reported"]


def test_a_fronted_time_puts_the_verb_before_the_drones() -> None:
    text = ("Vrijdag troffen drones van het leger een markt in Nyala, de hoofdstad van "
            "Zuid-Darfur. Daarbij kwamen zeker zes burgers om het leven.")
    events = _events(text, "nl")
    assert [(ev.sub_event_type, ev.location, str(ev.date_start)) for ev in events] == [
        ("Air/drone strike", "Nyala", "2025-07-18")]


def test_a_police_shooting_of_a_drug_suspect_is_ordinary_crime() -> None:
    text = ("A suspected drug pusher was shot dead by police in Barangay Tondo, Manila, early "
            "Saturday after he allegedly opened fire on officers during a buy-bust operation.")
    assert _events(text, "en", "2023-02-13", scope=False) == []


@pytest.mark.parametrize("square", ["Graaf van Vlaanderenplein", "Graaf van Egmontstraat"])
def test_a_place_word_opening_a_square_s_name_is_the_square_s(square: str) -> None:
    text = (f"Tientallen jongeren bekogelden de politie met stenen en vuurwerk rond het {square}"
            " in Brussel.")
    scan = scan_article(text, load_pack("nl"))
    assert [p.text for s in scan.sentences for p in s.places if p.text == "Graaf"] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Bij een luchtaanval van het leger op een dorp in de township Kyaukme, in de noordelijke "
     "deelstaat Shan, zijn zaterdag zeker negen burgers om het leven gekomen.", "nl"),
    ("A military air strike hit a village in the township of Kyaukme, in northern Shan state, "
     "on Saturday, killing nine civilians.", "en"),
])
def test_a_township_is_a_district_cue(text: str, lang: str) -> None:
    events = _events(text, lang, "2025-05-20", scope=False)
    assert [ev.location for ev in events] == ["Kyaukme"]


@pytest.mark.parametrize("tally", ["more than 2,300 attacks", "hundreds of attacks"])
def test_a_tally_of_hundreds_of_attacks_is_no_event(tally: str) -> None:
    text = (f"Armed groups carried out {tally} on villages in the region last year, the UN "
            "humanitarian office said on Thursday in its annual review.")
    assert _events(text, "en", "2025-01-10", scope=False) == []


def test_a_dutch_tally_of_hundreds_of_attacks_is_no_event() -> None:
    text = ("Milities pleegden deze maand honderden aanvallen op dorpen in Noord-Darfur, meldde "
            "de VN donderdag.")
    assert _events(text, "nl", "2025-01-10", scope=False) == []


def test_the_day_a_commemoration_marks_an_old_attack_is_not_the_attack_s() -> None:
    text = ("Families of the 21 people killed in the Ballymena bombing gathered in the town on "
            "Tuesday to mark 30 years since the attack. A minute's silence was held at noon, "
            "the time the car bomb exploded on High Street in 1995.")
    assert _events(text, "en", "2025-08-13", scope=False) == []


def test_talks_resumed_are_no_agreement() -> None:
    """ACLED's Agreement is an agreement reached (a ceasefire, a peace deal, a prisoner
    swap), not negotiations that go on."""
    text = ("The government and the rebel group resumed peace talks in Doha on Monday, two "
            "months after negotiations stalled.")
    assert _events(text, "en", "2024-03-19", scope=False) == []
    signed = ("The government and the rebel group signed a ceasefire agreement in Doha on "
              "Monday.")
    assert [ev.sub_event_type for ev in _events(signed, "en", "2024-03-19", scope=False)] == [
        "Agreement"]
