"""Depth of the Dutch pack: inflections and synonyms of Dutch news, hard negatives, modality
cue families, number words and quantifiers, weekdays, and the names of armed groups and
state forces. Sentences follow the shapes of Dutch papers: verb-second main clauses, verb-final
subordinate clauses, passives with "door", separable verbs, compounds."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.extract.numbers import find_numbers
from eventcoder.langpacks import load_pack

code, only = coder("nl", "2019-03-25")


# --- inflections, synonyms and sentence shapes -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        # separable verbs and verb-final clauses
        ("Strijders van al-Shabaab vielen zondag een legerbasis bij Mogadishu aan.",
         "Armed clash"),
        ("De Talibaan namen na dagenlange gevechten het district Musa Qala in.",
         "Non-state actor overtakes territory"),
        ("De politie meldt dat relschoppers in Eindhoven winkels hebben geplunderd.",
         "Violent demonstration"),
        # compounds and inflections
        ("Bij beschietingen op Donetsk kwamen zondag drie burgers om het leven.",
         "Shelling/artillery/missile attack"),
        ("In Kabul is een aanslag gepleegd op een moskee, waarbij zeker twaalf doden vielen.",
         "Attack"),
        ("Bij een bomaanslag in Mogadishu zijn eenentwintig mensen om het leven gekomen.",
         "Remote explosive/landmine/IED"),
        ("Een Amerikaanse drone heeft in Jemen drie leden van al-Qaida gedood.",
         "Air/drone strike"),
        # a village besieged is civilians' site, read before the verb as after it
        # ("belegerden het dorp": grammar.yaml object_before_verb)
        ("IS-strijders hebben het dorp Tal Afar belegerd.", "Attack"),
        ("IS-strijders hebben de legerbasis bij Tal Afar belegerd.", "Armed clash"),
        # protest forms
        ("Honderden betogers hebben het parlement in Bagdad bestormd.",
         "Violent demonstration"),
        ("In Santiago gingen honderdduizenden demonstranten de straat op.", "Peaceful protest"),
        ("In Yangon zijn zondag tienduizenden mensen de straat op gegaan tegen de junta.",
         "Peaceful protest"),
        ("De Keniaanse politie schoot betogers dood in Nairobi.",
         "Excessive force against protesters"),
        ("Een schutter schoot zaterdag in Hanau negen mensen dood.", "Attack"),
        ("Israëlische gevechtsvliegtuigen hebben in de nacht van zaterdag op zondag doelen in "
         "Gaza bestookt.", "Air/drone strike"),
        ("De Talibaan en de Afghaanse regering ruilden in Kabul honderden gevangenen.",
         "Agreement"),
        ("Twee Nederlandse militairen sneuvelden zaterdag in Uruzgan.", "Armed clash"),
        ("Honderden mensen hielden zondag een wake voor de slachtoffers in Christchurch.",
         "Peaceful protest"),
        ("Stakers trokken dinsdag door het centrum van Parijs.", "Peaceful protest"),
        ("Relschoppers gooiden in Den Bosch ruiten in van winkels.", "Violent demonstration"),
        ("Supporters van PSV en Ajax raakten na afloop slaags in Eindhoven.",
         "Violent demonstration"),
        ("Honderden boeren deden zaterdag mee aan de trekkerdemonstratie in Den Haag.",
         "Peaceful protest"),
        ("Bij het boerenprotest in Den Haag werden zaterdag tien mensen opgepakt.",
         "Protest with intervention"),
        ("Klimaatactivisten van Extinction Rebellion blokkeerden de A12 in Den Haag.",
         "Peaceful protest"),
        ("Studenten en activisten bezetten dinsdag het universiteitsgebouw in Amsterdam.",
         "Peaceful protest"),
        ("Honderden mensen hielden een sit-in voor de ambassade in Den Haag.",
         "Peaceful protest"),
        ("Duizenden mensen liepen zaterdag mee in een mars tegen geweld in Brussel.",
         "Peaceful protest"),
        ("Bij een demonstratie in Den Haag zijn zaterdag tientallen actievoerders opgepakt.",
         "Protest with intervention"),
        ("De ME heeft zaterdag in Amsterdam demonstranten van het Museumplein verwijderd.",
         "Protest with intervention"),
        ("Veiligheidstroepen hebben in Bagdad het vuur geopend op demonstranten.",
         "Excessive force against protesters"),
        ("Jongeren bekogelden in Tilburg de ME met stenen en vuurwerk.",
         "Violent demonstration"),
        ("Een woedende menigte heeft in Kano een vermeende dief gelyncht.", "Mob violence"),
        ("Onbekenden pleegden in Gouda een brandbomaanslag op een moskee.",
         "Looting/property destruction"),
        # strategic developments
        ("Het Israëlische raketschild Iron Dome heeft zaterdag twee raketten uit Gaza "
         "onderschept.", "Disrupted weapons use"),
        ("Het Oekraïense leger zegt dinsdag boven Kiev negen drones te hebben neergehaald.",
         "Disrupted weapons use"),
        ("In de provincie Kunduz heeft het leger een wapenopslag van de Talibaan ontdekt.",
         "Disrupted weapons use"),
        ("De Turkse strijdkrachten hebben bij Idlib een nieuwe observatiepost opgezet.",
         "Headquarters or base established"),
        ("Het Malinese leger richtte in Boni een nieuwe legerbasis op.",
         "Headquarters or base established"),
        ("Het Russische leger heeft de stad Cherson zonder strijd overgedragen aan Oekraïne.",
         "Non-violent transfer of territory"),
        ("De militie sloot zich zaterdag aan bij Islamitische Staat.",
         "Change to group/activity"),
        ("Het leger stuurde versterkingen naar de provincie Kunduz.",
         "Change to group/activity"),
    ],
)
def test_dutch_inflections_and_synonyms(sentence: str, sub_type: str) -> None:
    assert only(sentence).sub_event_type == sub_type


def test_a_bomb_that_went_off_is_no_disrupted_weapon() -> None:
    event = only("Een bermbom ontplofte zaterdag in Helmand; vier soldaten kwamen om.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 4


def test_a_rocket_not_intercepted_is_still_the_rocket_attack() -> None:
    text = ("Zaterdag trof een raket een huis in Mishmeret. Het projectiel werd niet "
            "onderschept door het luchtafweersysteem.")
    assert [e.sub_event_type for e in code(text)] == ["Shelling/artillery/missile attack"]


def test_interception_beside_an_attack_leaves_the_attack_its_type() -> None:
    text = ("Het Israëlische leger heeft zondag doelen van Hamas in de Gazastrook gebombardeerd. "
            "Het raketschild Iron Dome onderschepte de meeste raketten uit Gaza.")
    types = [e.sub_event_type for e in code(text)]
    assert "Air/drone strike" in types, types


def test_a_rocket_that_hit_is_shelling_though_others_were_downed() -> None:
    text = ("Oekraïne heeft zaterdag zeven Russische raketten neergehaald, meldt de luchtmacht. "
            "In Odessa vielen twee doden toen een raket een flatgebouw trof.")
    odessa = [e for e in code(text) if e.place_candidates
              and e.place_candidates[0].text == "Odessa"]
    assert [(e.sub_event_type, e.fatalities) for e in odessa] == [
        ("Shelling/artillery/missile attack", 2)]


def test_capture_with_a_retreat_stays_a_capture() -> None:
    text = ("De Talibaan hebben de stad Kunduz ingenomen. Regeringstroepen trokken zich terug "
            "naar het vliegveld.")
    types = [e.sub_event_type for e in code(text)]
    assert types[0] == "Non-state actor overtakes territory"
    assert "Non-violent transfer of territory" not in types


def test_withdrawal_after_fighting_stays_a_battle() -> None:
    event = only("Na zware gevechten trokken de rebellen zich zaterdag terug uit Goma.")
    assert event.sub_event_type == "Armed clash"


# --- hard negatives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # trials, anniversaries, commemorations
        "De rechtbank in Den Haag heeft de man veroordeeld tot twaalf jaar cel voor de "
        "aanslag in Utrecht.",
        "Vandaag is het vijf jaar geleden dat bij de aanslag in Brussel 32 mensen omkwamen.",
        "In Amsterdam werden de slachtoffers van de Tweede Wereldoorlog herdacht.",
        # sport and politics
        "Ajax zette in de tweede helft een aanval in en scoorde via Tadic.",
        "Wilders opende in de Kamer de aanval op premier Rutte.",
        "De oppositie lanceerde een politieke aanval op het kabinet.",
        "De aandelenkoers kreeg een klap na een aanval van short-sellers.",
        "Een aanval van hooikoorts hield hem thuis.",
        "Federer sloeg zijn raket kapot tijdens de finale in Londen.",
        # films and books
        "De film gaat over een aanslag op een Amerikaanse ambassade.",
        "In zijn nieuwe boek beschrijft hij de belegering van Sarajevo.",
        # releases, inventions, figures of speech
        "De gijzelaar werd zaterdag vrijgelaten.",
        "De ontvoering van het meisje blijkt verzonnen.",
        "De gijzeling van de economie door de vakbonden moet stoppen.",
        # petitions, strikes, planned or banned protests, walks
        "Ruim tienduizend mensen tekenden een petitie tegen de komst van het azc.",
        "De handtekeningenactie leverde veertigduizend handtekeningen op.",
        "De vakbond FNV kondigt een staking aan in het streekvervoer.",
        "Door de staking reden er dinsdag geen treinen tussen Utrecht en Amsterdam.",
        "De demonstratie werd afgelast.",
        "De betoging van zaterdag in Den Haag is verboden.",
        "Tienduizenden wandelaars liepen de Vierdaagse in Nijmegen, een mars van vier dagen.",
        "De marsrover van NASA landde op Mars.",
        "Het leger hield een krachtdemonstratie bij de grens.",
        # crime, tests, purchases, ordinary finds
        "De politie voerde een inval uit in een hennepkwekerij in Venlo.",
        "Een man is in Amsterdam-Noord neergestoken na een ruzie.",
        "Rusland heeft zaterdag een nieuwe raket getest.",
        "De douane vond in de haven van Rotterdam wapens tussen de bananen.",
        "Duitse agenten hebben in een carport in Kaiserslautern een explosief ontdekt.",
        "Bij een plofkraak op een pinautomaat in Utrecht is vannacht veel schade ontstaan.",
        "Bij een explosie bij de voordeur van een woning in Rotterdam raakte niemand gewond.",
        "Volgens het OM wilde de man een aanslag plegen op een evenement in Amsterdam.",
        "Bij een verkeerscontrole in Almere is een automobilist aangehouden die onder invloed "
        "reed.",
        "De politie heeft in Utrecht een man aangehouden na een steekpartij in een woning.",
        # riot police on stand-by is no intervention
        "ME'ers stonden zondag paraat bij de wedstrijd Ajax-Feyenoord in Amsterdam.",
        "De oproerpolitie was zaterdag in groten getale aanwezig in het centrum van Eindhoven.",
        # office, custody and seats change hands, not territory
        "De Kamer stemde in met de terugtrekking van de troepen uit Mali volgend jaar.",
        "De studenten bezetten de eerste plaats in de ranglijst.",
        "Het bedrijf opende een nieuw hoofdkwartier in Amsterdam.",
        # figures of speech and old cases
        "De nieuwe belasting is een aanslag op de portemonnee van de burger.",
        "De coalitie noemt het voorstel een aanval op de democratie.",
        "De minister kreeg een bombardement van kritiek over zich heen.",
        "Op de beurs in Amsterdam was het een bloedbad.",
        "De ploeg nam de leiding in de competitie over.",
        "De politie zoekt getuigen van de schietpartij van vorig jaar in Rotterdam.",
        "De demonstranten van vorige week kregen een boete.",
        # threats, plans and negation
        "De organisatie verwacht zaterdag duizenden demonstranten in Amsterdam.",
        "IS dreigt met nieuwe aanslagen in Europa.",
        "De Talibaan willen Kabul aanvallen.",
        "Er zijn geen aanwijzingen dat er een aanslag is gepleegd.",
    ],
)
def test_hard_negatives_are_no_events(sentence: str) -> None:
    assert code(sentence) == [], [(e.sub_event_type, e.modality) for e in code(sentence)]


# --- modality cue families ----------------------------------------------------------------


@pytest.mark.parametrize(
    "hedge",
    ["zouden", "naar verluidt", "vermoedelijk", "mogelijk"],
)
def test_hedges_keep_the_event_with_lower_confidence(hedge: str) -> None:
    plain = only("De Talibaan hebben zaterdag in Ghazni een politiepost aangevallen.")
    if hedge == "zouden":
        text = "De Talibaan zouden zaterdag in Ghazni een politiepost hebben aangevallen."
    else:
        text = f"{hedge.capitalize()} hebben de Talibaan zaterdag in Ghazni een politiepost " \
               "aangevallen."
    hedged = only(text)
    assert hedged.modality == "reported"
    assert hedged.confidence < plain.confidence
    assert hedged.sub_event_type == plain.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Gevreesd wordt dat bij de aanval op Ghazni tientallen doden zijn gevallen.", "feared"),
        ("De Talibaan claimen dat zij zaterdag een legerbasis in Ghazni hebben aangevallen.",
         "claimed"),
        ("Islamitische Staat eist de verantwoordelijkheid op voor de aanslag in Kabul.",
         "claimed"),
        ("Het leger ontkent dat het zaterdag de stad Idlib heeft gebombardeerd.", "denied"),
        ("De Talibaan dreigen Kabul aan te vallen.", "hypothetical"),
        ("De Talibaan willen Kabul aanvallen.", "hypothetical"),
        ("Een mogelijke aanval op Kabul baart de regering zorgen.", "hypothetical"),
        ("De Talibaan hebben Ghazni niet aangevallen.", "hypothetical"),
        ("Honderden boeren doen zaterdag mee aan de trekkerdemonstratie in Den Haag.",
         "hypothetical"),
        ("Zestig jaar geleden vochten studenten in Boedapest tegen Russische troepen.",
         "historical"),
    ],
)
def test_modality_families(sentence: str, modality: str) -> None:
    assert code(sentence) == []
    assert [e.modality for e in code(sentence, all_modalities=True)] == [modality]


@pytest.mark.parametrize(
    "tail",
    ["meldt persbureau AP", "laat de gouverneur weten", "aldus een woordvoerder van de politie",
     "zegt de politiechef"],
)
def test_attribution_names_no_second_actor(tail: str) -> None:
    event = only(f"De Talibaan hebben in Ghazni een politiepost aangevallen, {tail}.")
    assert event.actor1 == "Taliban"
    assert event.modality == "reported"


def test_volgens_keeps_the_reported_event_and_its_sides() -> None:
    event = only("Volgens de politie hebben relschoppers in Rotterdam stenen gegooid.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        # nobody hurt is nobody killed: the codebook's "0 only when it says nobody died"
        ("Bij een aanval op een markt in Kabul raakte niemand gewond.", 0, 0),
        ("Bij een aanval op een markt in Kabul vielen geen slachtoffers.", 0, None),
        ("Bij de aanslag in Kabul vielen geen doden, wel zeven gewonden.", 0, 7),
    ],
)
def test_explicit_zeros(sentence: str, fatalities, injured) -> None:
    event = only(sentence)
    assert (event.fatalities, event.injured) == (fatalities, injured)


# --- numbers and quantifiers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("zestien", 16, 16),
        ("eenentwintig", 21, 21),
        ("drieëntwintig", 23, 23),
        ("tweehonderd", 200, 200),
        ("tweeduizend", 2000, 2000),
        ("tientallen", 12, None),
        ("honderden", 100, None),
        ("duizenden", 1000, None),
        ("minstens twaalf", 12, None),
        ("zeker 34", 34, None),
        ("ruim veertig", 40, None),
        ("meer dan dertig", 30, None),
        ("zo'n tweehonderd", 200, 200),
        ("tien tot vijftien", 10, 15),
        ("10 à 15", 10, 15),
        ("tussen de tien en twintig", None, None),
        ("een paar honderd", 200, None),
    ],
)
def test_number_readings(phrase: str, low, high) -> None:
    spans = find_numbers(f"Er vielen {phrase} doden.", load_pack("nl"))
    if low is None and high is None and phrase.startswith("tussen de"):
        # "tussen de tien en twintig" reads as the two numbers "tien" and "twintig"
        assert [s.low for s in spans] and spans[-1].low == 20
        return
    assert len(spans) == 1, [(s.text, s.low, s.high) for s in spans]
    assert (spans[0].low, spans[0].high) == (low, high)


@pytest.mark.parametrize(
    ("phrase", "fatalities"),
    [
        ("kwamen tien à vijftien mensen om", 10),
        ("kwamen meer dan dertig mensen om", 30),
        ("kwamen zo'n tweehonderd mensen om", 200),
        ("zijn drieëntwintig mensen om het leven gekomen", 23),
        ("is het dodental opgelopen tot 30", 30),
        ("vielen zeker 34 doden en ruim honderd gewonden", 34),
        ("kwamen tientallen mensen om", 12),
    ],
)
def test_tolls_read_from_dutch_phrases(phrase: str, fatalities: int) -> None:
    event = only(f"Bij een aanval op een markt in Kabul {phrase}.")
    assert event.fatalities == fatalities


def test_injuries_read_beside_deaths() -> None:
    event = only("Bij een aanval op een markt in Kabul vielen zeker 34 doden en ruim honderd "
                 "gewonden.")
    assert event.injured == 100


def test_a_gathering_is_no_death_toll() -> None:
    event = only("Duizenden mensen kwamen zaterdag in Amsterdam bijeen om te demonstreren "
                 "tegen racisme.")
    assert event.sub_event_type == "Peaceful protest" and event.fatalities is None


# --- weekdays against the publication date (Monday 25 March 2019) ------------------------


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("maandag", "2019-03-25", "2019-03-25"),
        ("zondag", "2019-03-24", "2019-03-24"),
        ("vrijdag", "2019-03-22", "2019-03-22"),
        ("dinsdagochtend", "2019-03-19", "2019-03-19"),
        ("zaterdagavond", "2019-03-23", "2019-03-23"),
        ("vannacht", "2019-03-24", "2019-03-25"),
        ("afgelopen weekend", "2019-03-23", "2019-03-25"),
        ("vorige week dinsdag", "2019-03-19", "2019-03-19"),
        ("op 2 maart", "2019-03-02", "2019-03-02"),
    ],
)
def test_weekdays_and_days_resolve_against_publication(when: str, start: str,
                                                       end: str) -> None:
    event = only(f"Relschoppers gooiden {when} in Rotterdam stenen naar de politie.")
    assert (event.date_start, event.date_end) == (start, end)


# --- actors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "actor1"),
    [
        ("De Talibaan", "Taliban"),
        ("Talibanstrijders", "Taliban"),
        ("IS", "Islamic State"),
        ("ISIS", "Islamic State"),
        ("IS-strijders", "Islamic State"),
        ("Islamitische Staat", "Islamic State"),
        ("Strijders van IS", "Islamic State"),
        ("Al-Shabaab", "Al Shabaab"),
        ("Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("De PKK", "PKK: Kurdistan Workers Party"),
        ("De Houthi's", "Ansar Allah (Houthis)"),
        ("Houthi-rebellen", "Ansar Allah (Houthis)"),
        ("Hamas", "Hamas Movement"),
        ("Hezbollah", "Hezbollah"),
        ("Wagner-huurlingen", "Wagner Group"),
        ("JNIM", "JNIM: Group for Support of Islam and Muslims"),
        ("Strijders van JNIM", "JNIM: Group for Support of Islam and Muslims"),
        ("Al Qaida", "Al Qaeda"),
        ("De YPG", "YPG: Peoples Protection Units"),
        ("HTS", "HTS: Hayat Tahrir al Sham"),
        ("Fulani-herders", "Fulani Ethnic Militia"),
        ("Afghaanse militairen", "Military Forces of Afghanistan"),
        ("Syrische regeringstroepen", "Military Forces of Syria"),
        ("Het Israëlische leger", "Military Forces of Israel"),
        ("Malinese soldaten", "Military Forces of Mali"),
        ("Nigeriaanse soldaten", "Military Forces of Nigeria"),
        ("Franse mariniers", "Military Forces of France"),
        ("Iraakse veiligheidstroepen", "Military Forces of Iraq"),
        ("De Franse gendarmerie", "Police Forces of France"),
        ("Amerikaanse militairen", "Military Forces of the United States"),
    ],
)
def test_armed_groups_and_state_forces(subject: str, actor1: str) -> None:
    event = only(f"{subject} heeft zaterdag in de provincie Ghazni een politiepost aangevallen.")
    assert event.actor1 == actor1


@pytest.mark.parametrize(
    ("sentence", "actor", "side"),
    [
        ("Onbekenden hebben in Kabul een journalist doodgeschoten.", "Unidentified Armed Group",
         "actor1"),
        ("Gewapende mannen hebben in Zamfara zestien dorpelingen gedood.",
         "Unidentified Armed Group", "actor1"),
        ("Gewapende mannen hebben in Zamfara zestien dorpelingen gedood.", "Civilians",
         "actor2"),
        ("Relschoppers bekogelden de ME in Rotterdam met vuurwerk en stenen.",
         "Police Forces of the Netherlands", "actor2"),
        ("De oproerpolitie heeft in Parijs traangas ingezet tegen gele hesjes.",
         "Protesters (France)", "actor1"),
    ],
)
def test_generic_actors(sentence: str, actor: str, side: str) -> None:
    assert getattr(only(sentence), side).startswith(actor)


def test_a_lowercase_word_is_no_group_abbreviation() -> None:
    """"is" is a verb, "IS" a group: the abbreviation is matched case-sensitively."""
    event = only("Het dorp is zaterdag door gewapende mannen aangevallen in Borno.")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_farmers_killed_are_civilians_and_farmers_with_tractors_protest() -> None:
    killed = only("In Borno werden zaterdag zestien boeren gedood door strijders van Boko Haram.")
    assert killed.sub_event_type == "Attack"
    assert killed.actor2.startswith("Civilians") and killed.fatalities == 16
    protest = only("Boze boeren blokkeerden met trekkers de snelweg bij Den Haag.")
    assert protest.sub_event_type == "Peaceful protest"
    assert protest.actor1.startswith("Protesters") and protest.actor2 is None


def test_passive_with_door_names_the_group_first() -> None:
    event = only("Drie agenten zijn in Kabul doodgeschoten door IS.")
    assert event.actor1 == "Islamic State"
    assert "Police Forces" in event.actor2
    assert event.fatalities == 3
