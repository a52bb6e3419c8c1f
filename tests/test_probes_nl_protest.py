"""Dutch probes for demonstrations, riots and strategic developments as ACLED codes them
(issue 11): peaceful protests, strikes held in public, protests the police broke up or made mass
arrests at, force against protesters, riots and mob violence, and ceasefires, surrenders,
arrests of political figures and changes of territory, at home and abroad, with ACLED's sides.
And ordinary news that must stay no event: protests announced or called off, strikes with no
gathering, "protest" as a figure of speech, fans who celebrate, courts judging an old riot,
sport, shopping and business. All sentences are made up, in the style of Dutch newspapers."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event

PUBLISHED = "2019-03-26"  # a Tuesday: "maandag" is yesterday


def coded(text: str) -> list[Event]:
    """Events of one made-up Dutch report through the whole pipeline (geocoded, sides named
    by their country), without the learned scope decision."""
    return code_article(Article(id="t", text=text, published=PUBLISHED, language="nl"),
                        scope=False)


def one(text: str) -> Event:
    events = coded(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def sides_are(ev: Event, actor1: str | None, actor2: str | None) -> None:
    """actor1 and actor2 start with the names given; "*" leaves a side unchecked, None wants
    none (a peaceful protest has no second side)."""
    for got, want in ((ev.actor1, actor1), (ev.actor2, actor2)):
        if want == "*":
            continue
        if want is None:
            assert got is None, (ev.actor1, ev.actor2)
        else:
            assert got is not None and got.startswith(want), (ev.actor1, ev.actor2)


# gatherings, marches, strikes with a march, blockades by sitting or with tractors
PEACEFUL = [
    # a counted crowd that chants, a procession against something, protesters who went down
    # to a place, workers gathered before a head office (nl triggers.tsv)
    (
        "Honderden studenten stonden zondag in Jakarta voor het ministerie en scandeerden "
        "'Weg met de president'.",
        "Protesters (Indonesia)", None),
    (
        "Zondag trok een stoet van duizenden mensen door het centrum van Parijs tegen het nieuwe "
        "pensioenplan.",
        "Protesters (France)", None),
    (
        "Een optocht van tweehonderd boeren trok zaterdag door Groningen om te eisen dat de "
        "gaswinning stopt.",
        "Protesters (Netherlands)", None),
    (
        "Tienduizenden mensen zijn zaterdag in Caracas de straat opgegaan om het vertrek van de "
        "president te eisen.",
        "Protesters (Venezuela)", None),
    (
        "Hij verwees naar de duizenden Britten die zaterdag in Londen de straat opgingen tegen "
        "de Brexit.",
        "Protesters (United Kingdom)", None),
    (
        "Ouders hielden vrijdag in Heusden een actie tegen de afschaffing van de islamles.",
        "Protesters (Belgium)", None),
    (
        "Scholieren hielden vrijdag in Utrecht een actie voor meer klimaatbeleid.",
        "Protesters (Netherlands)", None),
    (
        "Duizenden activisten zakten zaterdag af naar Rotterdam.",
        "Protesters (Netherlands)", None),
    (
        "Honderden taxichauffeurs verzamelden zich maandag in Amsterdam voor het hoofdkantoor "
        "van het taxibedrijf.",
        "Protesters (Netherlands)", None),
    (
        "Duizenden mensen demonstreerden zaterdag in Amsterdam tegen het klimaatbeleid van het "
        "kabinet.",
        "Protesters (Netherlands)", None),
    (
        "In Den Haag gingen zondag tienduizenden mensen de straat op voor meer geld voor de zorg.",
        "Protesters (Netherlands)", None),
    (
        "Honderden studenten hielden maandag in Utrecht een betoging tegen de bezuinigingen op "
        "het hoger onderwijs.",
        "Protesters (Netherlands)", None),
    (
        "Zo'n vijfduizend mensen liepen zaterdag in Rotterdam mee in een protestmars tegen "
        "racisme.",
        "Protesters (Netherlands)", None),
    (
        "Havenarbeiders in Antwerpen legden maandag het werk neer en trokken in een optocht naar "
        "het stadhuis.",
        "Protesters (Belgium)", None),
    (
        "Duizenden boeren trokken vrijdag met hun trekkers naar het Malieveld in Den Haag voor "
        "een groot boerenprotest tegen het stikstofbeleid.",
        "Protesters (Netherlands)", None),
    (
        "Klimaatactivisten blokkeerden zaterdag urenlang de A12 in Den Haag.",
        "Protesters (Netherlands)", None),
    (
        "In Hongkong gingen zondag honderdduizenden mensen de straat op tegen de omstreden "
        "uitleveringswet.",
        "Protesters", None),
    (
        "Tienduizenden Chilenen demonstreerden vrijdag in Santiago tegen de sociale ongelijkheid.",
        "Protesters (Chile)", None),
    (
        "In Caracas betoogden zaterdag duizenden aanhangers van de oppositie tegen president "
        "Maduro.",
        "Protesters (Venezuela)", None),
    (
        "Leraren in heel Vlaanderen staakten dinsdag; in Brussel kwamen zo'n tienduizend docenten"
        " bijeen voor een betoging voor hogere lonen.",
        "Protesters (Belgium)", None),
    (
        "Honderden inwoners van Groningen hielden zaterdag een fakkeltocht tegen de gaswinning.",
        "Protesters (Netherlands)", None),
    (
        "Ruim tweehonderd actievoerders bezetten maandag de hal van het ministerie van Financiën "
        "in Den Haag.",
        "Protesters (Netherlands)", None),
    (
        "In Khartoum protesteerden donderdag opnieuw duizenden mensen tegen de militaire "
        "machthebbers.",
        "Protesters (Sudan)", None),
    (
        "In Beiroet kwamen zondag tienduizenden Libanezen bijeen op het Martelarenplein om te "
        "protesteren tegen de corruptie.",
        "Protesters (Lebanon)", None),
    (
        "Zaterdag marcheerden duizenden vrouwen door het centrum van Madrid voor gelijke rechten.",
        "Protesters (Spain)", None),
    (
        "Taxichauffeurs legden maandag het verkeer in het centrum van Brussel plat uit protest "
        "tegen Uber.",
        "Protesters (Belgium)", None),
    (
        "Duizenden Franse spoorwegarbeiders staakten donderdag en demonstreerden in Parijs tegen "
        "de pensioenplannen van de regering.",
        "Protesters (France)", None),
    (
        "Op het Malieveld in Den Haag verzamelden zich zaterdag zo'n tienduizend zorgmedewerkers "
        "voor een manifestatie.",
        "Protesters (Netherlands)", None),
    (
        "In Bagdad demonstreerden vrijdag tienduizenden aanhangers van de sjiitische geestelijke "
        "Moqtada al-Sadr op het Tahrirplein.",
        "Protesters (Iraq)", None),
    (
        "Honderden Koerden hielden zondag in Rotterdam een stille tocht tegen het Turkse "
        "offensief in Noord-Syrië.",
        "Protesters (Netherlands)", None),
    (
        "Enkele honderden boeren voerden maandag in Brussel actie tegen het Europese "
        "landbouwbeleid; ze reden met hun tractoren door de Europese wijk.",
        "Protesters (Belgium)", None),
    (
        "Vorige week zaterdag gingen in Parijs opnieuw duizenden gele hesjes de straat op.",
        "Protesters (France)", None),
    (
        "Bij de betoging in Den Haag werd zaterdag niemand opgepakt.",
        "Protesters (Netherlands)", None),
    (
        "Duizenden betogers trokken zondag door de straten van Algiers om het aftreden van "
        "president Bouteflika te eisen.",
        "Protesters (Algeria)", None),
    (
        "Honderden boeren blokkeerden woensdag met hun trekkers de toegangswegen naar het "
        "distributiecentrum in Heerenveen.",
        "Protesters (Netherlands)", None),
    (
        "Tienduizenden Catalanen gingen vrijdag in Barcelona de straat op voor onafhankelijkheid.",
        "Protesters (Spain)", None),
    (
        "Bewoners van de Bijlmer hielden zaterdag in Amsterdam een stille tocht voor de jongen "
        "die vorige maand werd doodgeschoten.",
        "Protesters (Netherlands)", None),
    (
        "In Khartoum hielden duizenden betogers maandag een sit-in voor het hoofdkwartier van het"
        " leger.",
        "Protesters (Sudan)", None),
    (
        "Honderden vrachtwagenchauffeurs blokkeerden maandag met hun trucks de grensovergang bij "
        "Venlo.",
        "Protesters (Netherlands)", None),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), PEACEFUL)
def test_a_peaceful_protest_or_a_strike_held_in_public(
        text: str, actor1: str, actor2: str | None) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Peaceful protest"
    sides_are(ev, actor1, actor2)


# charges, tear gas, water cannon, protesters carried away, mass arrests at a protest
# (the arrested crowd is actor1 and the police actor2, passive or active)
INTERVENTION = [
    (
        "De politie voerde zaterdag in Parijs charges uit op betogers van de gele hesjes en zette"
        " traangas in.",
        "Protesters (France)", "Police Forces of France"),
    (
        "In Hongkong zette de oproerpolitie maandag traangas en een waterkanon in tegen duizenden"
        " demonstranten.",
        "Protesters", "Police Forces"),
    (
        "De ME heeft zaterdag in Den Haag tientallen demonstranten gearresteerd bij een "
        "demonstratie tegen de coronamaatregelen.",
        "Protesters (Netherlands)", "Police Forces of the Netherlands"),
    (
        "De politie arresteerde zondag in Amsterdam meer dan honderd klimaatactivisten die de A10"
        " blokkeerden.",
        "Protesters (Netherlands)", "Police Forces of the Netherlands"),
    (
        "In Santiago gebruikte de politie vrijdag waterkanonnen en traangas om duizenden "
        "demonstranten uiteen te drijven.",
        "Protesters (Chile)", "Police Forces of Chile"),
    (
        "Bij een demonstratie in Caracas werden zaterdag tientallen betogers opgepakt door de "
        "politie.",
        "Protesters (Venezuela)", "Police Forces of Venezuela"),
    (
        "Tientallen boeren zijn dinsdag in Den Haag door de politie aangehouden tijdens een "
        "protest bij het ministerie van Landbouw.",
        "Protesters (Netherlands)", "Police Forces of the Netherlands"),
    (
        "In Moskou zijn zaterdag ruim 1300 mensen opgepakt bij een demonstratie voor eerlijke "
        "verkiezingen.",
        "Protesters (Russia)", "*"),
    (
        "Agenten droegen maandag in Den Haag tientallen actievoerders van Extinction Rebellion "
        "weg die op de A12 waren gaan zitten.",
        "Protesters (Netherlands)", "Police Forces of the Netherlands"),
    (
        "In Beiroet gebruikte de politie zaterdag traangas tegen demonstranten die het parlement "
        "probeerden te bereiken.",
        "Protesters (Lebanon)", "Police Forces of Lebanon"),
    (
        "De ME sloeg zaterdag in Utrecht een demonstratie van voetbalsupporters met de lange lat "
        "uiteen.",
        "Protesters (Netherlands)", "Police Forces of the Netherlands"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), INTERVENTION)
def test_a_protest_broken_up_or_met_with_arrests(
        text: str, actor1: str, actor2: str | None) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Protest with intervention"
    sides_are(ev, actor1, actor2)


# live fire or rubber bullets at a protest: the force is actor1, the protesters actor2
EXCESSIVE = [
    (
        "In Khartoum hebben veiligheidstroepen maandag het vuur geopend op demonstranten; daarbij"
        " kwamen zeker dertig mensen om het leven.",
        "Military Forces of Sudan", "Protesters (Sudan)"),
    (
        "In Bagdad werden dinsdag drie demonstranten doodgeschoten tijdens een protest tegen de "
        "regering.",
        "*", "Protesters (Iraq)"),
    (
        "De politie schoot zaterdag in Caracas twee demonstranten dood.",
        "Police Forces of Venezuela", "Protesters (Venezuela)"),
    (
        "Een betoger is zondag in Santiago om het leven gekomen nadat de politie met scherp had "
        "geschoten op een menigte demonstranten.",
        "Police Forces of Chile", "Protesters (Chile)"),
    (
        "In Santiago raakten vrijdag tientallen demonstranten gewond toen de oproerpolitie met "
        "rubberkogels op de menigte schoot.",
        "Police Forces of Chile", "Protesters (Chile)"),
    (
        "Bij protesten in Teheran zijn zondag zeker vijf demonstranten om het leven gekomen toen "
        "veiligheidstroepen het vuur openden.",
        "Military Forces of Iran", "Protesters (Iran)"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), EXCESSIVE)
def test_protesters_shot_are_excessive_force(
        text: str, actor1: str, actor2: str | None) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Excessive force against protesters"
    sides_are(ev, actor1, actor2)


# stones, fire, looting, storming a building; a protest that ends in riots is one riot
RIOTS = [
    (
        "Relschoppers bekogelden zaterdagavond in Den Haag de politie met stenen en vuurwerk.",
        "Rioters (Netherlands)", "Police Forces of the Netherlands"),
    (
        "In Eindhoven braken zondag rellen uit na een demonstratie tegen de avondklok; winkels "
        "werden geplunderd.",
        "Rioters (Netherlands)", "*"),
    (
        "Bij rellen in de Schilderswijk in Den Haag zijn maandagavond vijf agenten gewond "
        "geraakt.",
        "Rioters (Netherlands)", "*"),
    (
        "In Parijs liepen de protesten van de gele hesjes zaterdag uit op rellen; relschoppers "
        "staken auto's in brand en plunderden winkels op de Champs-Élysées.",
        "Rioters (France)", "*"),
    (
        "Demonstranten gooiden vrijdag in Hongkong molotovcocktails naar de politie, die "
        "terugsloeg met traangas.",
        "Rioters", "Police Forces"),
    (
        "In Beiroet bestormden boze betogers zaterdag het ministerie van Buitenlandse Zaken.",
        "Rioters (Lebanon)", "*"),
    (
        "Woedende demonstranten staken maandag in Bagdad banden in brand en blokkeerden de wegen "
        "naar het centrum.",
        "Rioters (Iraq)", "*"),
    (
        "Na de verkiezingsuitslag kwam het zondag in Kinshasa tot ongeregeldheden tussen "
        "aanhangers van de oppositie en de politie.",
        "Rioters (Democratic Republic of Congo)", "*"),
    (
        "Relschoppers plunderden zondagnacht in Caracas tientallen winkels.",
        "Rioters (Venezuela)", "*"),
    (
        "Na afloop van de demonstratie in Brussel bekogelde een groep relschoppers de politie met"
        " stenen; er werden twintig mensen opgepakt.",
        "Rioters (Belgium)", "Police Forces of Belgium"),
    (
        "In Parijs kwam het zaterdag opnieuw tot zware rellen tussen gele hesjes en de "
        "oproerpolitie.",
        "Rioters (France)", "Police Forces of France"),
    (
        "Tijdens een demonstratie tegen politiegeweld in Brussel werden zondag ruiten ingegooid "
        "en auto's in brand gestoken.",
        "Rioters (Belgium)", "*"),
    (
        "In La Paz raakten aanhangers van de oppositie zaterdag slaags met de oproerpolitie, die "
        "traangas inzette.",
        "Rioters (Bolivia)", "Police Forces of Bolivia"),
    # followers told in fury are a mob: what they wreck is a riot (nl actors.tsv, mob)
    (
        "Furieuze aanhangers van de zanger gooiden zondag in Bangalore winkelruiten in met "
        "stenen en staken voertuigen in brand.",
        "Rioters (India)", "*"),
    (
        "Boze fans gooiden zaterdagavond in Lagos ruiten in met stenen.",
        "Rioters (Nigeria)", "*"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), RIOTS)
def test_a_riot_is_a_violent_demonstration(
        text: str, actor1: str, actor2: str | None) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Violent demonstration"
    sides_are(ev, actor1, actor2)


# a lynching mob
MOB = [
    (
        "Een woedende menigte lynchte zondag in een dorp in de Indiase deelstaat Jharkhand een "
        "man die van koeiendiefstal werd verdacht.",
        "Rioters (India)", "Civilians (India)"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), MOB)
def test_a_mob_that_lynches_is_mob_violence(
        text: str, actor1: str, actor2: str | None) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Mob violence"
    sides_are(ev, actor1, actor2)


# ceasefires, peace deals and surrenders; arrests of opposition leaders, journalists and
# militants (passive or not, the force is actor1); territory changing hands
STRATEGIC = [
    (
        "De Taliban en de Afghaanse regering kwamen zaterdag in Doha een wapenstilstand van drie "
        "dagen overeen.",
        "Agreement", "*", "*"),
    (
        "De strijdende partijen in Jemen hebben dinsdag in Stockholm een vredesakkoord getekend "
        "over de havenstad Hodeidah.",
        "Agreement", "*", "*"),
    (
        "Honderden IS-strijders gaven zich maandag in Baghouz over aan de Koerdische SDF.",
        "Agreement", "Islamic State", "*"),
    (
        "Zaterdag werd in Bamako een wapenstilstand gesloten tussen het Malinese leger en de "
        "Toeareg-rebellen.",
        "Agreement", "*", "*"),
    (
        "De Colombiaanse regering en de ELN-rebellen sloten maandag in Havana een tijdelijk "
        "staakt-het-vuren.",
        "Agreement", "*", "*"),
    (
        "Oppositieleider Juan Morales is dinsdag in Caracas gearresteerd door de geheime dienst.",
        "Arrests", "*", "*"),
    (
        "De Turkse politie heeft zondag in Istanbul de oppositiepoliticus Ahmet Kaya opgepakt.",
        "Arrests", "Police Forces of Turkey", "*"),
    (
        "In Mosul is zaterdag een kopstuk van IS gearresteerd door Iraakse veiligheidstroepen.",
        "Arrests", "Military Forces of Iraq", "Islamic State"),
    (
        "Door de politie is zondag in Minsk oppositieleider Pavel Sidorov opgepakt.",
        "Arrests", "Police Forces of Belarus", "*"),
    (
        "De Turkse journalist Mehmet Demir werd zondag in Istanbul gearresteerd.",
        "Arrests", "Police Forces of Turkey", "*"),
    (
        "Een kopstuk van Boko Haram is vrijdag in Maiduguri door het Nigeriaanse leger opgepakt.",
        "Arrests", "Military Forces of Nigeria", "Boko Haram"),
    (
        "De politie in Hongkong arresteerde maandag zeven prodemocratische activisten.",
        "Arrests", "Police Forces", "*"),
    (
        "Zondag is in Moskou oppositieleider Pavel Orlov opgepakt door de politie.",
        "Arrests", "Police Forces of Russia", "*"),
    (
        "De Franse troepen trokken zich maandag terug uit de basis in Ménaka, die werd "
        "overgedragen aan het Malinese leger.",
        "Non-violent transfer of territory", "*", "*"),
    (
        "Rebellen namen zondag het hoofdkwartier van het leger in Goma zonder slag of stoot in.",
        "Non-violent transfer of territory", "*", "*"),
    (
        "De rebellen namen zondag zonder slag of stoot de stad Bria in.",
        "Non-violent transfer of territory", "*", "*"),
    (
        "Het Syrische leger heeft zaterdag de stad Palmyra heroverd op IS.",
        "Government regains territory", "Military Forces of Syria", "Islamic State"),
    (
        "Op IS heeft het Iraakse leger vrijdag de stad Tal Afar heroverd.",
        "Government regains territory", "Military Forces of Iraq", "Islamic State"),
    (
        "Zondag heroverden de regeringstroepen de stad Kidal op de rebellen.",
        "Government regains territory", "Military Forces of Mali", "*"),
    (
        "De stad Tikrit werd dinsdag door het Iraakse leger op IS heroverd.",
        "Government regains territory", "Military Forces of Iraq", "Islamic State"),
    (
        "Op de Taliban heroverde het Afghaanse leger dinsdag het district Musa Qala.",
        "Government regains territory", "Military Forces of Afghanistan", "Taliban"),
    (
        "De stad Palmyra is zondag door IS ingenomen op het Syrische leger.",
        "Non-state actor overtakes territory", "Islamic State", "Military Forces of Syria"),
    (
        "Het dorp Bulo Burde viel zaterdag in handen van al-Shabaab.",
        "Non-state actor overtakes territory", "Al Shabaab", "*"),
    (
        "De M23-rebellen namen maandag de stad Goma in.",
        "Non-state actor overtakes territory", "*", "*"),
    (
        "Maandag namen de Taliban het districtshoofdkwartier van Ghazni in.",
        "Non-state actor overtakes territory", "Taliban", "*"),
    (
        "De Taliban hebben maandag het district Ghormach veroverd op het Afghaanse leger.",
        "Non-state actor overtakes territory", "Taliban", "Military Forces of Afghanistan"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "actor1", "actor2"), STRATEGIC)
def test_strategic_developments_with_their_sides(
        text: str, sub_event_type: str, actor1: str, actor2: str) -> None:
    # Dutch word order ("Op IS heeft het leger ... heroverd", "door het leger op IS heroverd")
    # keeps the force that took the town first and the side that lost it second
    ev = one(text)
    assert ev.sub_event_type == sub_event_type
    sides_are(ev, actor1, actor2)


@pytest.mark.parametrize(("text", "dead"), [
    ("In Khartoum hebben veiligheidstroepen maandag het vuur geopend op demonstranten; daarbij "
     "kwamen zeker dertig mensen om het leven.", 30),
    ("In Bagdad werden dinsdag drie demonstranten doodgeschoten tijdens een protest tegen de "
     "regering.", 3),
    ("De politie schoot zaterdag in Caracas twee demonstranten dood.", 2),
])
def test_the_dead_of_force_against_protesters_are_counted(text: str, dead: int) -> None:
    assert one(text).fatalities == dead


# announced, called off or future protests and strikes, strikes with no gathering, figures
# of speech, fans, courts, shopping, sport, business, campaign news
NOT_EVENTS = [
    # angry followers with no violence done are no riot
    "Zondag trok de carnavalsoptocht met duizenden toeschouwers door Maastricht.",
    "Ik zag na deze berichten in Amsterdam nog niemand de straat opgaan.",
    "Studenten hielden vrijdag in Leiden een sponsoractie tegen kanker.",
    "Scholieren hielden vrijdag in Leiden een actie tegen pesten.",
    "De supermarkt hield zaterdag in Utrecht een actie tegen voedselverspilling.",
    "De begrafenisstoet met honderden rouwenden trok zondag door Teheran.",
    "Honderden mensen verzamelden zich zaterdag in Utrecht voor het stadhuis om het bruidspaar "
    "toe te juichen.",
    "Tienduizenden fans scandeerden zondag in Eindhoven de naam van de trainer.",
    "Boze fans van de club klaagden zondag in Eindhoven over de hoge prijzen van de kaartjes.",
    "Boerenorganisatie LTO kondigde dinsdag aan dat de boeren volgende week woensdag in Den Haag "
    "gaan demonstreren.",
    "De vakbonden roepen op tot een demonstratie op zaterdag 6 april op het Malieveld in Den "
    "Haag.",
    "De FNV dreigt met een staking in het openbaar vervoer als er geen nieuwe cao komt.",
    "Door de staking van het NS-personeel reden maandag in het hele land geen treinen.",
    "Mijn maag protesteerde luid na het uitgebreide kerstdiner.",
    "Ajax-supporters vierden zondagavond op het Leidseplein in Amsterdam uitbundig het "
    "kampioenschap.",
    "Duizenden Feyenoord-supporters trokken na de bekerwinst zondag feestend door het centrum van"
    " Rotterdam.",
    "De rechtbank in Den Haag behandelde dinsdag de zaak tegen vijf mannen die vorig jaar "
    "betrokken waren bij de rellen in de Schilderswijk.",
    "Consumenten protesteren massaal tegen de prijsverhoging van de energiebedrijven: de "
    "klantenservice werd maandag overspoeld met klachten.",
    "Premier Rutte hield zaterdag in Zwolle een campagnebijeenkomst, waar honderden aanhangers "
    "van zijn partij op afkwamen.",
    "Het kabinet sloot dinsdag een akkoord met de vakbonden over de pensioenen.",
    "Ajax en Feyenoord bereikten maandag een akkoord over de transfer van de middenvelder.",
    "De coalitiepartijen hebben na weken onderhandelen maandag een regeerakkoord gesloten.",
    "De politie arresteerde zaterdag in Utrecht een 34-jarige man op verdenking van diefstal.",
    "Na de wedstrijd werden zondag in Rotterdam twaalf supporters aangehouden voor het afsteken "
    "van vuurwerk.",
    "De rechter oordeelde maandag dat de demonstratie van vorig jaar in Amsterdam door de "
    "burgemeester ten onrechte was verboden.",
    "Beleggers protesteerden dinsdag op de aandeelhoudersvergadering in Amsterdam tegen de bonus "
    "van de topman.",
    "De burgemeester van Rotterdam kondigde zondag een noodverordening af uit vrees voor rellen "
    "na de wedstrijd.",
    "De staking bij de Belgische spoorwegen is afgeblazen nadat de vakbonden maandag een akkoord "
    "bereikten met de directie.",
    "Voor de aftrap knielden de spelers zaterdag in Amsterdam op het veld als stil protest tegen "
    "racisme.",
    "Liverpool veroverde zaterdag de titel na een 2-0 overwinning op Tottenham.",
    "Het bedrijf trok zich vorige maand terug uit China en nam een Duitse concurrent over.",
    "Vakbond FNV kondigde maandag een landelijke staking aan voor volgende week dinsdag.",
    "Het protest van de bewoners tegen de nieuwe windmolens heeft succes: de gemeente schrapt het"
    " plan.",
    "De gemeenteraad van Utrecht stemde dinsdag in met de bouw van een nieuw politiebureau, "
    "ondanks protest van omwonenden.",
    "Het museum in Parijs toont vanaf zaterdag foto's van de rellen van mei 1968.",
    "Fans van PSV vierden zondagnacht het kampioenschap met vuurwerk op het Stadhuisplein in "
    "Eindhoven.",
    "Thuiszorgmedewerkers voerden dinsdag actie door alleen de hoogst noodzakelijke zorg te "
    "verlenen.",
    "De oppositie protesteerde dinsdag in de Tweede Kamer fel tegen het besluit van het kabinet.",
    "Zo'n veertigduizend lopers liepen zondag in Amsterdam mee met de Dam tot Damloop.",
    "Leerlingen van een school in Zwolle protesteerden maandag tegen het nieuwe telefoonverbod "
    "door massaal een petitie te tekenen.",
    "PSV nam zaterdag de leiding in de eredivisie over na een zege op AZ.",
    "Oud-oppositieleider Juan Morales werd in 2015 gearresteerd, vertelt hij in een interview.",
    "De demonstratie van de nieuwe software liet maandag zien hoe snel de robot kan leren.",
    "De supermarktketen trok zich zaterdag terug uit de onderhandelingen met de leveranciers.",
    "Boze klanten bestormden zaterdag de winkels in Amsterdam voor de uitverkoop van de nieuwe "
    "iPhone.",
    "De Chileense president kondigde maandag aan dat hij de protestleiders volgende week wil "
    "ontvangen.",
    "De Franse regering en de vakbonden sloten dinsdag een akkoord over de pensioenhervorming.",
    "Tijdens de campagnebijeenkomst van de president in Caracas zongen zaterdag duizenden "
    "aanhangers mee met het volkslied.",
    "Duizenden militairen marcheerden zaterdag over het Rode Plein in Moskou tijdens de militaire"
    " parade.",
    "Duizenden wandelaars marcheerden dinsdag door Nijmegen tijdens de Vierdaagse.",
    "Leraren voerden maandag actie door de lessen een uur later te laten beginnen.",
    "De verdachte gaf zich zondag in Rotterdam over aan de politie.",
    "Na drie sets gaf de Spanjaard zich zaterdag in Parijs gewonnen.",
    "De Amerikaanse film veroverde het afgelopen weekend de Chinese markt.",
    "Boeren demonstreren woensdag opnieuw in Den Haag.",
    "De leraren in Vlaanderen staken donderdag opnieuw.",
    "Max Verstappen veroverde zondag in Bahrein de pole position.",
    "Honderden fans bestormden zaterdag het podium na het concert in Utrecht.",
    "De prijs van benzine stijgt opnieuw, tot groot protest van automobilisten.",
    "Honderden jongeren vierden zaterdagnacht in Amsterdam Koningsnacht.",
    "De boeren blokkeren woensdag opnieuw de snelwegen, kondigde de actiegroep aan.",
    "Taxichauffeurs leggen maandag in Amsterdam het werk neer.",
    "Een journalist werd zaterdag in Amsterdam aangehouden wegens rijden onder invloed.",
    "De Oekraïense tennisster veroverde zondag in Miami haar eerste WTA-titel.",
    "Ajax nam zaterdag de koppositie over van PSV.",
    "De gemeente Amsterdam verbood zaterdag een demonstratie van Pegida op de Dam.",
    "Een betoging tegen het nieuwe azc in Geldermalsen is zaterdag afgelast.",
    "Leraren staken volgende week donderdag opnieuw.",
    "De journalist die vorig jaar in Turkije werd opgepakt, is maandag vrijgelaten.",
    "Coalitie en oppositie sloten dinsdag een akkoord over de begroting.",
    "Duizenden mensen gingen zaterdag in Amsterdam de straat op om Koningsdag te vieren.",
    "De topman van Shell trok zich maandag terug uit het bestuur.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_ordinary_news_with_protest_words_is_no_event(text: str) -> None:
    events = coded(text)
    assert events == [], [(e.sub_event_type, e.actor1, e.actor2) for e in events]


# a crowd that went to a place to protest is there: the destination after "naar" is the
# protest's place, not a journey's end told of travellers (places.yaml cues); a crowd that came
# to attend a trial holds a protest at it (discourse.yaml trial_crowd)
DESTINATIONS = [
    ("Duizenden activisten zakten maandag af naar Millau.", "Millau"),
    ("Honderden actievoerders trokken zaterdag naar Groningen.", "Groningen"),
    ("Boeren trokken maandag met tractoren naar Den Haag om te protesteren tegen het "
     "stikstofbeleid.", "The Hague"),
    ("Op meer dan dertigduizend werden ze geschat: de activisten die maandag naar het "
     "Zuid-Franse Millau afzakten om er het proces bij te wonen tegen de boerenleider José Bové.",
     "Millau"),
]


@pytest.mark.parametrize(("text", "place"), DESTINATIONS)
def test_a_crowd_that_went_somewhere_to_protest_protested_there(text: str, place: str) -> None:
    ev = one(text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.location == place


def test_a_trial_of_protesters_stays_no_event() -> None:
    """The trial_crowd cue lifts the trial blockers only where a crowd attends the trial."""
    assert coded("De rechter oordeelde maandag in het proces tegen de demonstranten van de "
                 "betoging in Amsterdam dat zij schuldig zijn.") == []
