"""Dutch recall without losing precision (texts made up): a verb form the present and the
past share ("bezetten") with a weekday is news, not a plan; an arrest the arresting side
announces is an arrest, not an allegation; general protest words (the protest sense of
"gedemonstreerd tegen", a crowd of protesters that chants)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article


def _coded(text: str, published: str = "2019-03-26") -> list[tuple[str | None, str | None]]:
    article = Article(id="t", text=text, language="nl", published=published)
    return [(e.sub_event_type, e.location) for e in code_article(article, scope=False)]


# --- a form the present and the past share --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Klimaatactivisten bezetten zondag het gemeentehuis van Utrecht.",
     ("Peaceful protest", "Utrecht")),
    ("Tientallen studenten en activisten bezetten vrijdag urenlang de aula van de universiteit "
     "in Groningen.", ("Peaceful protest", "Groningen")),
])
def test_a_weekday_with_a_past_alike_form_is_news(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    # another present of the sentence tells the plan
    "Klimaatactivisten bezetten zondag het gemeentehuis van Utrecht en demonstreren maandag "
    "in Den Haag.",
    # the shared form is an infinitive under a present
    "Actievoerders gaan zondag het stadhuis van Utrecht bezetten.",
    # a present the past does not share
    "Klimaatactivisten blokkeren zondag de A12 bij Utrecht.",
])
def test_a_weekday_with_a_present_is_still_a_plan(text: str) -> None:
    assert _coded(text) == []


# --- an arrest its doer announces ------------------------------------------------------------


def test_an_arrest_the_arresting_side_claims_is_coded() -> None:
    text = "De Iraanse politie beweert dinsdag in Teheran twaalf journalisten te hebben opgepakt."
    assert _coded(text) == [("Arrests", "Tehran")]


def test_what_the_arresting_side_alleges_stays_a_claim() -> None:
    text = ("De Iraanse politie beweert dinsdag in Teheran twaalf journalisten te hebben "
            "opgepakt die een aanslag op een minister zouden hebben gepleegd.")
    assert _coded(text) == [("Arrests", "Tehran")]


@pytest.mark.parametrize("text", [
    # another side claims the arrest: an allegation
    "De oppositie beweert dat de politie dinsdag in Teheran twaalf journalisten heeft opgepakt.",
    # the doer claims a deed that is not an arrest: still a claim
    "De rebellen beweren dinsdag in Goma twaalf soldaten te hebben ontvoerd.",
])
def test_other_claims_stay_claims(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iranian police claimed on Tuesday to have arrested twelve journalists in Tehran.",
     [("Arrests", "Tehran")]),
    ("Iranian police claimed on Tuesday that they had arrested twelve journalists in Tehran.",
     [("Arrests", "Tehran")]),
    ("The opposition claimed that police arrested twelve journalists in Tehran on Tuesday.", []),
])
def test_an_arrest_its_doer_claims_in_english(text: str, expected: list) -> None:
    article = Article(id="t", text=text, language="en", published="2019-03-26")
    assert [(e.sub_event_type, e.location)
            for e in code_article(article, scope=False)] == expected


# --- general protest words ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the perfect in its protest sense, with no named organiser: protesters of the country
    ("Tientallen scooterrijders hebben maandag in Amsterdam gedemonstreerd tegen de nieuwe "
     "regels.", ("Peaceful protest", "Amsterdam")),
    # a crowd that gathers or marches, told by its motive
    ("Honderden mensen verzamelden zich zaterdag op de Dam in Amsterdam uit protest tegen het "
     "geweld.", ("Peaceful protest", "Amsterdam")),
    ("Duizenden Catalanen trokken zondag door de straten van Barcelona uit protest tegen de "
     "veroordeling.", ("Peaceful protest", "Barcelona")),
    # with banners
    ("Honderden boeren trokken zondag met spandoeken door de straten van Groningen.",
     ("Peaceful protest", "Groningen")),
    # a crowd of protesters that chants
    ("In Jakarta scandeerden duizenden studenten zaterdag leuzen tegen president Soeharto.",
     ("Peaceful protest", "Jakarta")),
    ("Honderden betogers scandeerden zaterdag in Caracas 'Weg met Maduro'.",
     ("Peaceful protest", "Caracas")),
])
def test_protest_words_without_a_named_organiser(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "De minister heeft dinsdag in Den Haag gedemonstreerd dat de nieuwe regels werken.",
    "De wethouder trad dinsdag in Utrecht af uit protest tegen het besluit.",
    "De minister trok zich dinsdag in Den Haag uit protest terug uit het overleg.",
    "De reden dat zij dinsdag in Utrecht wegbleven was dat ze uit protest niet wilden stemmen.",
    "De supporters scandeerden zaterdag in Rotterdam de naam van hun trainer.",
])
def test_words_of_protest_that_tell_no_gathering(text: str) -> None:
    assert _coded(text) == []


def test_a_protest_against_a_decision_that_is_told_after_it_stays_a_protest() -> None:
    text = ("Honderden boeren demonstreerden zaterdag in Den Haag tegen het besluit dat de "
            "minister nam.")
    assert ("Peaceful protest", "The Hague") in _coded(text)


# --- an event told without its own place or time, in a longer report --------------------------


def test_a_part_of_the_day_is_the_day_told_before() -> None:
    """"'s Avonds" with no day of its own is the evening of the day the sentence before told:
    the air strike is dated and anchored, not background."""
    text = ("Bij gevechten tussen het leger en rebellen bij de Syrische stad Idlib zijn zes mensen "
            "omgekomen. Dat meldde vandaag een woordvoerder van de regering. Er werden geen "
            "verdere details gegeven. Gisteren deed de VN in Idlib vergeefs een oproep tot een "
            "tijdelijke wapenstilstand. 's Avonds ging de strijd onverminderd door, onder meer "
            "met een luchtaanval. De regering zegt de tegenaanval te zullen inzetten.")
    article = Article(id="t", text=text, language="nl", published="2019-03-26")
    strikes = [e for e in code_article(article, scope=False)
               if e.sub_event_type == "Air/drone strike"]
    assert [(e.location, e.event_date or e.date_start) for e in strikes] == [
        ("Idlib", "2019-03-25")]


def test_protesters_gathered_told_in_the_inverted_perfect() -> None:
    text = ("Op het Malieveld in Den Haag hebben zich zaterdag zo'n tweehonderd actievoerders "
            "verzameld.")
    assert ("Peaceful protest", "The Hague") in _coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    # 'actie voeren' without an article, whoever holds it
    ("Honderden Uber-chauffeurs voerden maandag actie bij het hoofdkantoor in Amsterdam.",
     ("Peaceful protest", "Amsterdam")),
    ("Er werd maandag in Den Haag actie gevoerd tegen het nieuwe beleid.",
     ("Peaceful protest", "The Hague")),
    # a compound of protest that names a ride
    ("Tientallen boeren hielden gisteren met hun trekkers een protestrit in Groningen.",
     ("Peaceful protest", "Groningen")),
    # the perfect of an occupation, with the place between
    ("Zo'n vijftig klimaatactivisten hebben zondag het hoofdkantoor van Shell in Den Haag bezet.",
     ("Peaceful protest", "The Hague")),
    # activists who chain themselves to a gate
    ("Tien activisten ketenden zich maandag in Utrecht vast aan het hek van het provinciehuis.",
     ("Peaceful protest", "Utrecht")),
])
def test_protest_actions_told_the_dutch_way(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "De politie voerde gisteren in Rotterdam een actie uit tegen drugsdealers.",
    "De gemeente voerde gisteren in Utrecht actie tegen zwerfafval.",
    "De supermarkt voerde vorige week in Amsterdam actie met hoge kortingen.",
    "De winkeliers in Utrecht hebben maandag hun deuren vastgeketend uit angst voor inbrekers.",
    "De stoelen in de zaal van de schouwburg in Utrecht waren maandag allemaal bezet.",
])
def test_actions_and_occupations_that_are_no_protest(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Duizenden mensen waren zaterdag in Amsterdam op de been voor het klimaat.",
     ("Peaceful protest", "Amsterdam")),
    ("De Spanjaarden waren zaterdag in Madrid met tienduizenden op de been tegen de regering.",
     ("Peaceful protest", "Madrid")),
    ("Zo'n tweeduizend zorgmedewerkers voerden gisteren in Utrecht actie voor een hogere cao.",
     ("Peaceful protest", "Utrecht")),
])
def test_crowds_that_turn_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Honderden agenten waren zaterdag in Rotterdam op de been om de wedstrijd in goede banen te "
    "leiden.",
    "Duizenden mensen waren zaterdag in Amsterdam op de been voor Koningsdag.",
    "De politie voerde gisteren in Rotterdam een grote actie uit tegen drugsdealers.",
])
def test_turnouts_that_are_no_protest(text: str) -> None:
    assert _coded(text) == []


def test_taking_part_in_a_place_is_no_capture() -> None:
    """"namen zaterdag in Rotterdam deel": 'in' is a preposition there, not the particle of
    'innemen' (which stands at the clause's end: 'namen zaterdag de stad Goma in.')."""
    assert _coded("Zo'n duizend mensen namen zaterdag in Rotterdam deel aan een mars tegen "
                  "racisme.") == [("Peaceful protest", "Rotterdam")]
    assert _coded("Rebellen namen zaterdag de stad Goma in en trokken verder naar het zuiden.") == [
        ("Non-state actor overtakes territory", "Goma")]


@pytest.mark.parametrize(("text", "language"), [
    ("De Turkse politie zegt zondag in Istanbul vier vermoedelijke IS-strijders te hebben "
     "opgepakt.", "nl"),
    ("De Turkse politie meldt zondag in Istanbul vier vermoedelijke IS-strijders te hebben "
     "opgepakt.", "nl"),
    ("De Turkse politie maakte zondag bekend dat zij in Istanbul vier vermoedelijke "
     "IS-strijders heeft opgepakt.", "nl"),
    ("Turkish police said on Sunday they had detained four Islamic State suspects in "
     "Istanbul.", "en"),
    ("Police announced on Sunday that they had arrested four Islamic State suspects in "
     "Istanbul.", "en"),
])
def test_the_side_that_announces_its_arrest_made_it(text: str, language: str) -> None:
    """The speaker of its own arrest is the arresting force (actor1), the arrested the second
    side: a long self-report ends on the arrest word, however far from the speaker."""
    article = Article(id="t", text=text, language=language, published="2019-03-26")
    events = code_article(article, scope=False)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Police Forces of Turkey", "Islamic State (Turkey)")]


@pytest.mark.parametrize(("text", "country"), [
    ("Tienduizenden Venezolanen gingen zaterdag de straat op tegen de president.", "Venezuela"),
    ("Duizenden Algerijnen demonstreerden vrijdag tegen de president.", "Algeria"),
])
def test_a_crowd_named_by_its_nationality_sets_the_country(text: str, country: str) -> None:
    """Inhabitants' names in the plural (nl demonyms.tsv) are country context: a protest
    told of 'Venezolanen' with no place is in Venezuela, its crowd Protesters (Venezuela)."""
    article = Article(id="t", text=text, language="nl", published="2019-04-08")
    assert [(e.sub_event_type, e.country, e.actor1)
            for e in code_article(article, scope=False)] == [
        ("Peaceful protest", country, f"Protesters ({country})")]
