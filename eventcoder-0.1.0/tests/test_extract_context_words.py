"""Words between a place cue and the name, pack-vouched places, and time anaphors.

Both languages share the mechanism; the words come from each pack (places.yaml `modifiers`,
countries.tsv adjectives and places, discourse.yaml `time_anaphors`).
"""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article


def code(text: str, lang: str, published: str = "2019-03-25") -> list:
    return extract_events(Article(id="t", text=text, published=published, language=lang))


def place_texts(event) -> list[str]:
    return [p.text for p in event.place_candidates]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Bij een aanval in het noordelijke Kunduz zijn zes agenten gedood.", "nl", "Kunduz"),
        ("Bij een luchtaanval in het Syrische Raqqa zijn zes burgers omgekomen.", "nl", "Raqqa"),
        ("Militants attacked an army post in northern Borno on Monday.", "en", "Borno"),
        ("Fighting raged in rebel-held Idlib on Monday, killing six.", "en", "Idlib"),
    ],
)
def test_a_modifier_or_country_adjective_between_cue_and_name_keeps_the_place(
    text: str, lang: str, place: str
) -> None:
    (event,) = code(text, lang)
    assert place_texts(event)[0] == place


def test_a_country_adjective_is_not_part_of_the_place_name() -> None:
    (event,) = code("Bij een luchtaanval in het Syrische Raqqa zijn zes burgers omgekomen.", "nl")
    assert "Syrische Raqqa" not in place_texts(event)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bij een bomaanslag in het Oost-Duitse Eisenach zijn zes mensen gewond geraakt.",
         "Eisenach"),
        ("Bij rellen in het Zuid-Franse Marseille zijn gisteren twintig agenten gewond geraakt.",
         "Marseille"),
        # a province's adjective, prefixed or not (region_adjectives)
        ("Bij rellen in het Brabantse Oss zijn gisteren twintig agenten gewond geraakt.", "Oss"),
        ("Bij rellen in het West-Vlaamse Kortrijk zijn gisteren tien agenten gewond geraakt.",
         "Kortrijk"),
    ],
)
def test_a_compass_prefixed_or_province_adjective_is_an_adjective_not_the_place(
    text: str, place: str
) -> None:
    """"het Oost-Duitse Eisenach": the pack's adjective_prefixes make "Oost-Duitse" the
    adjective "Duitse" ("Brabantse" is one of its region_adjectives); the place is the town
    alone, which the gazetteer knows (a name with the adjective stuck to it is an unknown,
    untrusted place)."""
    (event,) = code(text, "nl")
    assert place_texts(event) == [place]


def test_a_town_after_a_compass_prefixed_adjective_anchors_an_event_in_a_long_article() -> None:
    """In a longer article an event needs a trusted place, a time or a toll; "het
    Oost-Duitse Eisenach" gives the town, as "het Duitse Eisenach" does."""
    text = ("De regering staat onder druk. Het debat duurt al weken. Veel mensen zijn boos. "
            "De oppositie wil een nieuwe wet. "
            "Honderden mensen hebben in het Oost-Duitse Eisenach gedemonstreerd tegen de wet. "
            "Het kabinet zwijgt.")
    (event,) = code(text, "nl")
    assert event.event_type == "Protests"
    assert place_texts(event) == ["Eisenach"]


def test_a_place_the_pack_lists_splits_events_as_a_gazetteer_name_does() -> None:
    """"Gazastrook" is in no gazetteer, but the Dutch pack lists it as a place: an air strike
    there is not folded into the rocket attack on Tel Aviv told just before."""
    text = ("Anderhalve week geleden kwamen twee raketten uit Gaza in Tel Aviv neer. "
            "Israël bestookte zeker honderd doelen in de Gazastrook.")
    events = code(text, "nl")
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anderhalve week geleden kwamen twee raketten uit Gaza in Tel Aviv neer. "
         "Israël bestookte toen honderd doelen in de Gazastrook.", "nl"),
        ("On Tuesday, March 12, two rockets from Gaza hit Tel Aviv. "
         "At the time, Israeli jets bombed targets in the Gaza Strip.", "en"),
    ],
)
def test_a_time_anaphor_dates_the_sentence_by_the_time_told_before(text: str, lang: str) -> None:
    events = code(text, lang)
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    rockets = next(e for e in events if e.sub_event_type != "Air/drone strike")
    assert (strike.date_start, strike.date_end) == (rockets.date_start, rockets.date_end)
    assert strike.date_end < "2019-03-20"  # not the publication week


def test_without_a_time_anaphor_the_sentence_keeps_the_publication_default() -> None:
    text = ("Anderhalve week geleden kwamen twee raketten uit Gaza in Tel Aviv neer. "
            "Israël bestookte honderd doelen in de Gazastrook.")
    strike = next(e for e in code(text, "nl") if e.sub_event_type == "Air/drone strike")
    assert strike.date_end >= "2019-03-20"


def test_local_actors_take_the_country_the_event_is_placed_in_and_armies_do_not() -> None:
    """Police and protesters act where they live; an army may bomb abroad, so "het leger"
    over Mosul stays unidentified rather than guessed Iraqi."""
    from eventcoder.pipeline import code_article

    def coded(text: str) -> list:
        return code_article(Article(id="t", text=text, published="2019-03-25", language="nl"))

    (arrest,) = coded("Agenten hebben zaterdag in Kandahar tien demonstranten gearresteerd.")
    assert arrest.country == "Afghanistan"
    assert {arrest.actor1, arrest.actor2} == {"Police Forces of Afghanistan",
                                             "Protesters (Afghanistan)"}
    assert "Afghanistan" in (arrest.notes or "")
    (strike,) = coded("Gevechtsvliegtuigen van het leger hebben zaterdag doelen in Mosul "
                      "gebombardeerd.")
    assert strike.country == "Iraq"
    assert strike.actor1 == "Unidentified Military Forces"


def test_an_event_without_country_words_takes_the_country_told_last_before_it() -> None:
    """A Dutch story that names the Netherlands most, with the fighting told after "de
    Syrische Koerden": the event's country is Syria, not the article's most named."""
    text = ("De Nederlandse IS-strijder wil terug naar Nederland. Nederland wil hem niet. "
            "Een woordvoerder in Nederland zegt dat hij wordt vervolgd. De Syrische Koerden "
            "rukken op. De Koerdische troepen zien zich in het plaatsje Baghouz geconfronteerd "
            "met landmijnen en autobommen.")
    events = code(text, "nl")
    assert events and all(e.country == "Syria" for e in events)


def test_a_placeless_event_is_placed_around_the_town_told_just_before_it() -> None:
    """The march has no place of its own; the sentence before it says Amsterdam, though the
    article centres on Tilburg: around Amsterdam (precision 2), neither Tilburg nor just the
    country."""
    from eventcoder.pipeline import code_article

    text = ("In Tilburg vergaderde gisteravond de gemeenteraad. In Tilburg was het debat fel. "
            "Tilburg blijft verdeeld. De bedreigingen die zaterdag in Amsterdam werden geuit, "
            "kwamen hard aan. Duizenden betogers liepen zaterdag mee in een antiracismemars.")
    (event,) = code_article(Article(id="t", text=text, published="2019-03-26", language="nl"))
    assert (event.location, event.geo_precision) == ("Amsterdam", 2)
    assert any(e.field == "location" and e.text == "Amsterdam" for e in event.evidence)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("Sinds vorige week demonstreren duizenden mensen in Algiers.", "nl", "2019-03-18"),
        ("Het was de grootste betoging in Algiers sinds ruim twee weken geleden het protest "
         "begon.", "nl", "2019-03-11"),
        ("Protesters have marched in Khartoum every day since Saturday.", "en", "2019-03-23"),
    ],
)
def test_a_time_after_since_starts_a_period_that_runs_to_publication(
    text: str, lang: str, start: str
) -> None:
    (event,) = code(text, lang, published="2019-03-27")
    assert (event.date_start, event.date_end) == (start, "2019-03-27")
    assert event.time_precision >= 2


def test_without_since_the_same_time_is_the_day_itself() -> None:
    (event,) = code("Duizenden mensen demonstreerden zaterdag in Algiers.", "nl",
                    published="2019-03-27")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-03-23", "2019-03-23", 1)
