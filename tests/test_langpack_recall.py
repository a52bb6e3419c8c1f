"""Words of the packs that code events of ordinary news the rules used to miss, and readings
of pack words in ordinary news that must stay no event (gold/misses.py lists the dev misses)."""

from __future__ import annotations

import pytest

from coding import coder

code_nl, only_nl = coder("nl", "2019-03-05")
code_en, only_en = coder("en", "2019-03-05")


@pytest.mark.parametrize(
    "sentence",
    [
        "Guaidó racete maandag door naar een protestmanifestatie in Caracas.",
        "Actiegroepen voerden gisteravond een vreedzame actie voor het gemeentehuis van Borsbeek.",
        "Greenpeace hield maandag een ludieke actie bij het ministerie in Den Haag.",
        # a group squatting a building as an action: a protest told with no protest word
        "Een actiegroep van uitgeprocedeerde asielzoekers heeft gisteravond een pand in "
        "Amstelveen gekraakt.",
        "Activisten kraakten maandag een leegstaand kantoor in Utrecht.",
        # protesters who gather or march, told without a protest word
        "Honderden actievoerders verzamelden zich zaterdag op de Dam in Amsterdam.",
        "Zaterdag verzamelden zich honderden actievoerders op de Dam in Amsterdam.",
        "Duizenden activisten trokken zaterdag door Brussel.",
    ],
)
def test_dutch_protest_words(sentence: str) -> None:
    assert only_nl(sentence).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "sentence",
    [
        # a compound of "manifestatie" that is no protest
        "Maandag opende de burgemeester een sportmanifestatie in Utrecht.",
        "De kunstmanifestatie in Rotterdam trok maandag duizenden bezoekers.",
        # "kraken" of a report or a code is criticising or hacking, no squat
        "De advocaat kraakt maandag het rapport van de commissie in Utrecht.",
        "Hackers kraakten maandag de code van het systeem in Amsterdam.",
        # burglars breaking into a home
        "Inbrekers kraakten maandag een woning in Utrecht.",
        # activists who collect, withdraw or sue
        "De activisten verzamelden maandag handtekeningen in Utrecht.",
        "De actievoerders trokken maandag hun eis in Utrecht in.",
        "De actievoerders trokken maandag naar de rechter in Utrecht.",
    ],
)
def test_dutch_event_words_that_are_no_protest(sentence: str) -> None:
    assert code_nl(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # strikes told as done (the codebook codes strikes held in public as protests)
        "Maandag gingen de buschauffeurs in Den Haag in staking.",
        "De arbeiders van Ford in Genk legden maandag het werk neer.",
        "Het personeel van de fabriek in Gent staakte maandag.",
        "Maandag staakten de machinisten van de NS in Utrecht.",
        "De havenarbeiders in Antwerpen zijn sinds maandag in staking.",
        "De leraren hielden maandag een staking in Amsterdam.",
        "Maandag was er een werkonderbreking bij Shell in Pernis.",
        # workers occupying their plant
        "Arbeiders bezetten maandag de fabriek in Moeskroen.",
    ],
)
def test_dutch_strikes_are_protests(sentence: str) -> None:
    assert only_nl(sentence).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "sentence",
    [
        # a strike threatened or called is no event
        "Partijmedewerkers dreigen in staking te gaan.",
        "De chauffeurs zijn bereid in staking te gaan in Rotterdam.",
        "De vakbonden kondigden een staking aan voor volgende week in Amsterdam.",
        # "staking" of votes, "staakte" of anything, "staken" the past of "steken"
        "Bij staking van stemmen beslist maandag de voorzitter in Utrecht.",
        "Forum staakte maandag de campagne in Utrecht.",
        "De gemeente Almelo staakte maandag de subsidie aan Victorie.",
        "De arbeiders staken maandag de weg over in Gent.",
        "Het werk werd maandag gestaakt in Utrecht na de vondst van een bom.",
        # staff "bezet" is busy; a hunger strike is one prisoner's act
        "Het personeel is maandag in Amsterdam bezet met de verhuizing.",
        "De gevangene is maandag in Gent in hongerstaking gegaan.",
    ],
)
def test_dutch_strike_words_that_are_no_event(sentence: str) -> None:
    assert code_nl(sentence) == []


def test_no_clashes_is_no_transfer_of_territory() -> None:
    """"but no major clashes occurred" negates a battle; it tells no handover."""
    events = code_en("About 70 protesters were detained by police in Seoul on Sunday, but no "
                     "major clashes occurred.")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in events]


def test_people_evacuated_is_no_transfer_of_territory() -> None:
    """Civilians taken out of an area are no force handing it over; a force leaving its
    positions is."""
    assert code_en("Police said 22 people were evacuated from the area in Acapulco on "
                   "Saturday.") == []
    assert only_en("Rebels evacuated their positions in Kidal on Sunday."
                   ).sub_event_type == "Non-violent transfer of territory"


def test_a_town_taken_with_no_resistance_is_still_a_transfer() -> None:
    event = only_en("Government troops entered the town of Kidal on Sunday without a fight "
                    "after the rebels withdrew.")
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "sentence",
    [
        "Setton Farms in California is recalling shelled pistachios sold in 10-ounce bags.",
        "Arson investigators with the state police were back at the scene in Edmonton on "
        "Thursday, set up using a mobile command unit.",
        "It is unknown whether she was raped there or in Cape Town.",
    ],
)
def test_english_words_of_ordinary_news_are_no_events(sentence: str) -> None:
    assert code_en(sentence) == [], [e.sub_event_type for e in code_en(sentence)]


def test_shelling_beside_a_food_word_elsewhere_stays_shelling() -> None:
    """The blocker reads its own sentence only."""
    event = only_en("Government forces shelled the town of Idlib on Sunday. Aid groups "
                    "brought eggs and bread.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"



def parsed_nl(text: str) -> list:
    """The whole pipeline with its parse (the tense checks need one), no scope decision."""
    from eventcoder.pipeline import code_article
    from eventcoder.records import Article

    return code_article(Article(id="t", text=text, published="2019-03-20", language="nl"),
                        scope=False)


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        # the parse hangs the weekday on a noun ("doelen") and tags the verb a present: the
        # sentence's past shape ("bombardeerden") tells a day gone by, not a plan
        ("Israëlische gevechtsvliegtuigen bombardeerden maandag doelen van Hamas in Gaza.",
         "Air/drone strike"),
        # the weekday read as an apposition of the doer, the participle tagged an infinitive:
        # the perfect ("heeft ... doodgeschoten") tells the past
        ("In Christchurch heeft een schutter vrijdag vijftig moskeegangers doodgeschoten.",
         "Attack"),
    ],
)
def test_a_past_the_parse_missed_is_no_plan(sentence: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in parsed_nl(sentence)] == [sub_event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "De boeren gaan zondag opnieuw demonstreren in Den Haag.",
        "De actievoerders die vorige week demonstreerden, blokkeren zondag de A12 bij Den Haag.",
    ],
)
def test_a_plan_with_a_weekday_stays_no_event(sentence: str) -> None:
    assert parsed_nl(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # a compass part of a country the gazetteer has no name for is the country, as "in
        # het noorden van Irak" is; not the country of the doer's adjective ("Turkse")
        ("Een Turkse drone doodde zaterdag drie PKK-strijders in Noord-Irak.", "Iraq"),
        ("Turkse troepen beschoten zondag Koerdische stellingen in Noord-Syrië.", "Syria"),
        # a compass name that is a country of its own stays that country
        ("In Zuid-Soedan vielen rebellen zondag een legerpost aan.", "South Sudan"),
    ],
)
def test_a_compass_part_of_a_country_is_the_country(sentence: str, country: str) -> None:
    events = parsed_nl(sentence)
    assert [e.country for e in events] == [country]


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        # verb second, the particle last after a long middle field of one clause
        ("Jihadisten vielen zondagavond in het noorden van Burkina Faso een kerk aan.", "Attack"),
        ("De Franse politie hield zaterdag in het centrum van Parijs ruim tweehonderd gele "
         "hesjes aan.", "Arrests"),
        ("De politie pakte zaterdag in Parijs ruim tweehonderd demonstranten op.", "Arrests"),
        ("Relschoppers staken zaterdagavond in de Schilderswijk in Den Haag tientallen auto's "
         "in brand.", "Violent demonstration"),
    ],
)
def test_a_particle_after_a_long_middle_field(sentence: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in parsed_nl(sentence)] == [sub_event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het slechte weer hield zaterdag in het hele land aan.",
        "De politie hield zaterdag in Amsterdam een 34-jarige man aan.",
        "Het valt de politie in Amsterdam zaterdag niet aan te rekenen.",
        "Ajax nam zaterdag in de eredivisie de koppositie in.",
        # a dash ends the clause: "toont ... aan" (shows) is not the deaths' particle
        "Volgens president Poetin toont de ramp -- er vielen drie doden -- de verloederde "
        "toestand van Rusland aan.",
    ],
)
def test_a_particle_after_a_long_middle_field_that_tells_no_event(sentence: str) -> None:
    assert parsed_nl(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        # the object before the verb (grammar.yaml object_before_verb): a church is civilians'
        ("Jihadisten hebben zondag een kerk in Djibo aangevallen.", "Attack"),
        ("Jihadisten hebben zondag een markt in Djibo aangevallen.", "Attack"),
        # an army base is an armed side's
        ("Strijders van al-Shabaab hebben dinsdag een legerbasis bij Baidoa aangevallen.",
         "Armed clash"),
    ],
)
def test_the_site_hit_before_a_verb_last(sentence: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in parsed_nl(sentence)] == [sub_event_type]


def test_a_perfect_told_by_another_event_word_of_the_clause() -> None:
    """"zijn vrijdag bij de protesten ... doodgeschoten": the weekday went to "protesten", and
    the perfect's participle, tagged a noun, is the clause's other event word: Friday is a
    day gone by, the day of the killing."""
    events = parsed_nl("In Gaza zijn vrijdag bij de wekelijkse protesten langs de grens twee "
                       "Palestijnen doodgeschoten door Israëlische militairen.")
    assert [e.event_date for e in events] == ["2019-03-15"]
