"""Ordinary news that reads like violence and is none: fighting a fire or an illness, a position
"ingenomen", the slaughter of cattle, a planned protest, suicides. The texts are made up."""

from __future__ import annotations

import pytest

from coding import coder

code_nl, only_nl = coder("nl", "2000-08-31")
code_en, only_en = coder("en", "2000-08-31")


@pytest.mark.parametrize("text", [
    # blockers.tsv @fight: a fight with the fire or with an illness
    "Meer dan vijfhonderd brandweerlieden en militairen waren maandag nog in gevecht met het vuur.",
    "Armstrong schrijft over zijn gevecht tegen kanker, dat eindigde in Parijs.",
    # blockers.tsv @territory: a position is taken, not a town
    "Waseige kan een beroep doen op twee spelers, een positie die wordt ingenomen door spelers "
    "die het verschil kunnen maken.",
    # blockers.tsv Attack: the slaughter of animals
    "Vanaf 1 september moet de herkomst van het vlees ook na de slachting in Frankrijk "
    "bekend zijn.",
    # modality.yaml near: a planned protest has not happened
    "De burgemeester van Lier meldde dat er een geplande betoging in Lier komt.",
    # sport: an "offensief" worth 24 points, in a landmark arena
    "Best droeg ook offensief zijn steentje bij met 24 punten, zodat de Pacers nu in Madison "
    "Square Garden op zoek kunnen gaan naar een finaleplaats.",
])
def test_dutch_general_news_codes_no_event(text: str) -> None:
    assert code_nl(text) == []


@pytest.mark.parametrize("text", [
    "Hundreds of firefighters were still in a fight against the wildfire near Athens on Monday.",
    "The club took the lead and seized first place in Madrid on Sunday.",
    "Inspectors checked the slaughter of cattle at the abattoir in Lyon.",
    "Police in London prepared for a planned protest on Saturday.",
    # triggers.tsv "=march", "=vigil": the month and the Easter service are no protest
    "Unemployment in India hit its highest level in 16 months in March at 6.23 percent.",
    "Pope Francis is celebrating the solemn Easter Vigil service in Rome.",
    # rocket words are whole words: a man called Rockett is no missile
    "Colin Rockett stood in the dock of Belfast Magistrate's Court on Thursday.",
    # blockers.tsv: sport, trade, courts and ordinary crime
    "Both games in Atlanta were hard fought battles and exciting for the fans.",
    "The two inmates and their accomplice have been captured in Chattanooga.",
    "A deal to settle claims that the city spied on Muslims was announced in Newark.",
    "A memorandum of understanding will be signed in Abuja by the Chamber of Commerce.",
    "Che Adams was sent off for violent conduct in Birmingham on Tuesday.",
    # deaths on the road and from drugs are no attack
    "A four-year-old boy riding a scooter in Kingston was hit by a car and killed.",
    "More overdose deaths from fentanyl are expected in Vancouver, the mayor said.",
    # a court report judges an event told before
    "McGregor appeared in court in Brooklyn facing three counts of assault.",
])
def test_english_general_news_codes_no_event(text: str) -> None:
    assert code_en(text) == []


def test_a_sentence_about_suicides_gives_no_toll() -> None:
    # casualties.yaml no_toll: "benamen zich het leven" counts no victims of the bombing told
    events = code_nl(
        "Bij een bomaanslag in Lissabon raakten gisteren drie mensen gewond. "
        "Haast 33.000 Japanners benamen zich in 1998 het leven."
    )
    assert [e.fatalities for e in events] == [None]


def test_a_toll_beside_the_events_words_still_counts() -> None:
    # the same shapes with a real toll are still coded
    event = only_nl("Bij een bomaanslag in Lissabon zijn gisteren drie mensen om het leven "
                    "gekomen.")
    assert event.fatalities == 3
    event = only_en("Gunmen opened fire on a planned rally in Lahore on Sunday, killing four "
                    "people.")
    assert event.fatalities == 4


def test_an_acronym_country_name_is_matched_as_written() -> None:
    # countries.tsv "CAR", "US": "fled in a car" and "told us" name no country
    event = only_en("Gunmen fired on a security patrol in Karak on Sunday, killing two "
                    "policemen, and fled in a car, a witness told us.")
    assert [p.text for p in event.place_candidates] == ["Karak"]
    assert all("Central African" not in (a or "") for a in (event.actor1, event.actor2))


def test_an_announced_protest_that_took_place_is_still_coded() -> None:
    # "aangekondigde" alone does not make a protest hypothetical: it may have gone ahead
    event = only_nl("Een eerder aangekondigde betoging van boeren trok zaterdag door Den Haag.")
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(("code", "text"), [
    (code_en, "Clashes in Kunduz and Baghlan on Saturday left 40 dead in total, officials said."),
    (code_nl, "Zaterdag werd gedemonstreerd in Oran en Constantine. Daarbij vielen twee doden."),
])
def test_one_count_told_for_several_places_is_no_events_toll(code, text) -> None:
    events = code(text)
    assert len(events) == 2
    assert [e.fatalities for e in events] == [None, None]
    assert not any(ev.field == "fatalities" for e in events for ev in e.evidence)


@pytest.mark.parametrize(("code", "text", "dead"), [
    (code_en, "Two bombs killed six police officers in Giza on Friday, officials said.", 6),
    (code_en, "Three rockets killed a child in Sderot on Monday.", 1),
    (code_nl, "Twee bommen doodden vrijdag in Kaboel zes agenten.", 6),
])
def test_a_count_of_weapons_is_no_toll(code, text, dead) -> None:
    """The number before "bombs" counts what killed, not the dead."""
    [event] = code(text)
    assert event.fatalities == dead


def test_a_count_for_one_place_stays() -> None:
    assert only_en("A car bomb in Mogadishu killed 12 people on Sunday, police said.").fatalities \
        == 12


@pytest.mark.parametrize(("code", "text"), [
    (code_nl, "De politie heeft dinsdag in Schiedam twee mensen aangehouden op verdenking van "
              "uitkeringsfraude."),
    (code_en, "Police arrested a 28-year-old man in Leeds on Tuesday over a burglary."),
])
def test_the_arrest_of_an_ordinary_suspect_is_no_event(code, text) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("code", "text", "inter2"), [
    (code_nl, "De politie heeft dinsdag in Rotterdam drie terreurverdachten opgepakt.", 3),
    (code_nl, "In Istanbul arresteerde de politie zaterdag tien journalisten.", 7),
    (code_en, "Police arrested opposition leader Kizza Besigye in Kampala on Tuesday.", 7),
    (code_en, "Security forces arrested five suspected militants in Peshawar on Monday.", 3),
])
def test_the_arrest_of_militants_journalists_or_politicians_is_coded(code, text, inter2) -> None:
    [event] = code(text)
    assert (event.sub_event_type, event.inter2) == ("Arrests", inter2)


@pytest.mark.parametrize(("code", "text"), [
    (code_en, "Police in Munich arrested two teenagers on Thursday, accused of plotting a terror "
              "attack on a school."),
    (code_nl, "De politie heeft dinsdag in Arnhem twee mannen aangehouden op verdenking van het "
              "voorbereiden van een terroristische aanslag."),
])
def test_an_arrest_told_with_a_terror_motive_is_coded(code, text) -> None:
    """The people are ordinary words ("teenagers", "mannen"), the motive makes them suspects
    the codebook names."""
    assert [e.sub_event_type for e in code(text)] == ["Arrests"]


def test_mass_arrests_are_coded_whoever_is_arrested() -> None:
    [event] = code_en("Police arrested about 4,000 people in Los Angeles on Saturday.")
    assert event.sub_event_type == "Arrests"
    assert code_en("Police in Leeds arrested a 28-year-old man on Saturday.") == []


@pytest.mark.parametrize("text", [
    # the count and the people it counts with words between them
    "Security forces in Ankara detained 304 serving and former military personnel on Monday.",
    "Police in Lagos arrested 28 other people on Sunday.",
    # the people whose arrest ACLED codes named after the arrest word, not as a side
    "Police in Arua arrested and beat six opposition members of parliament on Monday.",
])
def test_arrests_of_many_or_of_named_people_are_coded(text: str) -> None:
    [event] = code_en(text)
    assert event.sub_event_type == "Arrests"


def test_a_year_counts_no_people_beyond_the_next_word() -> None:
    assert code_en("Police in Leeds arrested a shoplifter on Monday, as in 2019 after students "
                   "complained.") == []
