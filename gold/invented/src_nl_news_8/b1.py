# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

NL = "Netherlands"
BE = "Belgium"
PNL = "Police Forces of the Netherlands"
PBE = "Police Forces of Belgium"


# 1 Overijssel: farmers' tractor protest at the provinciehuis in Zwolle + burning bales on the A28 near Staphorst (2 events)
P = "2022-06-29"
s1a = "Honderden boeren zijn dinsdag met hun trekkers naar het provinciehuis in Zwolle getrokken om te protesteren tegen de stikstofplannen van het kabinet."
s1b = "Minder rustig ging het later op de dag op de A28 bij Staphorst, waar een groep boeren rond 18.00 uur hooibalen en autobanden in brand stak op de rijbaan richting Groningen."
s1c = "De politie greep in en hield twee mannen aan; de snelweg was tot laat in de avond dicht."
A(art(P, "Honderden trekkers bij provinciehuis in Zwolle, brandende hooibalen op A28", "De Stentor", [
    "ZWOLLE - " + s1a + " Het protest verliep volgens de politie grotendeels rustig, al stond het verkeer rond de Luttenbergstraat urenlang vast.",
    "De boeren kwamen uit alle hoeken van Overijssel. Op het plein voor het provinciehuis stonden tegen het middaguur naar schatting vierhonderd trekkers, veel met omgekeerde vlaggen en spandoeken met teksten als 'Geen boer, geen voer'. Een delegatie bood gedeputeerde Erik Bosman een petitie aan.",
    "'We worden weggezet als vervuilers, terwijl wij al jaren investeren in schonere stallen', zei melkveehouder Gerrit Jan Schuurman uit Dalfsen. 'Als Den Haag niet luistert, komen we gewoon terug. Met nog meer trekkers.'",
    s1b + " Brandweer en Rijkswaterstaat moesten na het blussen het wegdek laten herstellen. " + s1c,
    "Rijkswaterstaat spreekt van 'levensgevaarlijke situaties' voor weggebruikers en doet aangifte van vernieling. LTO Noord zegt zich te distantiëren van de branden. 'Actievoeren mag, maar niet op deze manier', aldus een woordvoerder. De boerenacties houden het land al dagen in hun greep; op meerdere plekken werden distributiecentra van supermarkten geblokkeerd.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Overijssel", "Zwolle", 52.5168, 6.0830, 1, wd(P, "dinsdag"),
       evid=[s1a],
       note="Tractor protest of farmers at the provinciehuis in Zwolle on Tuesday; the police call it largely calm, so peaceful protest."),
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Overijssel", "Staphorst", 52.6450, 6.2110, 2, wd(P, "dinsdag"),
       evid=[s1b, s1c],
       note="Farmers set hay bales and tyres on fire on the A28 near Staphorst the same day; police intervened and arrested two. ACLED counts road blocks with burning tyres as violent demonstration (borderline against protest with intervention). Near the town, so geo_precision 2."),
], "Two events on Tuesday: the peaceful tractor protest in Zwolle and the burning blockade on the A28 near Staphorst. The distribution-centre blockades 'for days' elsewhere have no place or day: not coded."))

# 2 Boxtel: ram raid with explosives on an ATM (negative)
P = "2016-08-23"
A(art(P, "Plofkraak op geldautomaat in Boxtel: bewoners boven bank geëvacueerd", "Omroep Brabant", [
    "BOXTEL - Bij een plofkraak op een geldautomaat aan de Markt in Boxtel is in de nacht van maandag op dinsdag flinke schade ontstaan. De klap was rond 03.30 uur in een groot deel van het centrum te horen. Bewoners van de appartementen boven het bankgebouw werden uit voorzorg geëvacueerd.",
    "Getuigen zagen twee mannen in donkere kleding wegrijden in een zwarte Audi, die met hoge snelheid richting de A2 verdween. 'Ik dacht eerst dat er een gasleiding was ontploft', vertelt buurtbewoonster Anja van Esch. 'Het glas lag tot aan de overkant van de straat.'",
    "De Explosieven Opruimingsdienst Defensie (EOD) werd opgeroepen omdat niet zeker was of er nog explosieven in de automaat zaten. Pas rond 09.00 uur mochten de bewoners terug naar hun woningen. Een constructeur onderzoekt of het gebouw nog veilig is.",
    "De politie zoekt getuigen en camerabeelden. Of de daders buit hebben gemaakt, is nog niet bekend. Er zijn nog geen aanhoudingen verricht.",
    "Het is dit jaar al de achtste plofkraak in Oost-Brabant. Banken hebben in veel dorpen de automaten 's nachts al buiten gebruik gesteld. Volgens de politie gaat het vaak om bendes uit de regio Utrecht en Amsterdam die met zwaar vuurwerk of gas werken.",
], [], "ATM ram raid with explosives: ordinary crime (robbery), out of scope; the eight raids this year are a tally. Nothing coded."))

# 3 Rotterdam-West: explosion at a house, third in the street (negative, criminal sphere)
P = "2022-03-15"
A(art(P, "Opnieuw explosie bij woning in Rotterdam-West: 'We slapen hier niet meer rustig'", "Rijnmond", [
    "ROTTERDAM - Bij een woning aan de Schiedamseweg in Rotterdam-West is in de nacht van maandag op dinsdag een explosief afgegaan. Het is al de derde explosie in deze straat sinds januari. Er raakte niemand gewond, maar de voordeur en de ramen van de benedenwoning werden zwaar beschadigd.",
    "Buurtbewoners werden rond 02.15 uur wakker van een harde knal. 'Het hele huis trilde', zegt een bewoner die anoniem wil blijven. 'Mijn kinderen durven niet meer aan de voorkant te slapen. Dit is geen leven.'",
    "Volgens de politie zijn er aanwijzingen dat de bewoner van het pand wordt afgeperst vanwege een geldschuld. 'We gaan ervan uit dat het om een conflict in de criminele sfeer gaat', zegt een woordvoerder. Een man zou vlak na de explosie op een scooter zijn weggereden.",
    "Burgemeester Ahmed Aboutaleb heeft de woning voor drie maanden laten sluiten. Hij noemt de reeks explosies in de stad 'volstrekt onacceptabel'. In heel Rotterdam waren er vorig jaar ruim zestig explosies bij woningen en bedrijven, vaak met zwaar vuurwerk zoals cobra's.",
    "De politie vraagt buurtbewoners met een deurbelcamera de beelden van afgelopen nacht te delen.",
], [], "Explosion at a house tied by police to extortion over a debt: ordinary crime, out of scope; the yearly tally of sixty explosions is a statistic. Nothing coded."))

# 4 The Hague: Extinction Rebellion blocks the A12; 723 arrested (2 events)
P = "2024-01-28"
s4a = "Honderden klimaatactivisten van Extinction Rebellion hebben zaterdag opnieuw de A12 bij het Malieveld in Den Haag geblokkeerd."
s4b = "De ME zette een waterkanon in en droeg demonstranten een voor een van de weg."
s4c = "In totaal werden 723 mensen aangehouden, meldt de politie."
A(art(P, "Ruim zevenhonderd aanhoudingen bij klimaatblokkade op A12", "Omroep West", [
    "DEN HAAG - " + s4a + " Zij eisen dat het kabinet stopt met subsidies voor de fossiele industrie.",
    "De demonstranten liepen rond 12.00 uur vanaf het Centraal Station naar de snelweg en gingen daar op het asfalt zitten, sommigen met paraplu's tegen het water. " + s4b + " Enkele activisten hadden zich met lijm aan de weg vastgemaakt.",
    s4c + " Zij werden met bussen naar onder meer het ADO-stadion gebracht en daar in de loop van de avond weer vrijgelaten. Volgens Extinction Rebellion waren er ook kinderen en ouderen bij de groep.",
    "'We blijven terugkomen tot de politiek luistert', zei een woordvoerster van de actiegroep, die aan de rand van het Malieveld stond te wachten op haar vrienden. Omstanders reageerden wisselend: een deel applaudisseerde, anderen riepen dat de activisten 'moesten gaan werken'.",
    "Het was de zoveelste blokkade van de A12. In september werden bij een soortgelijke actie ruim 2400 mensen opgepakt. Burgemeester Jan van Zanen liet weten dat hij de aanpak van de blokkades met politie en OM opnieuw wil bespreken.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, PNL, 1, NL, "Zuid-Holland", "Den Haag", 52.0705, 4.3007, 1, wd(P, "zaterdag"),
       evid=[s4a, s4b],
       note="Extinction Rebellion blockade of the A12 at the Malieveld on Saturday, ended by the ME with a water cannon: protest with intervention."),
    ev("Strategic developments", "Arrests", PNL, 1, "Protesters (Netherlands)", 6, NL, "Zuid-Holland", "Den Haag", 52.0705, 4.3007, 1, wd(P, "zaterdag"),
       evid=[s4c],
       note="Mass arrest of 723 blockaders: coded apart as Arrests, as the codebook lists mass arrests at protests there (borderline: could be folded into the protest event)."),
], "Saturday's A12 blockade: the protest and the mass arrest. The September blockade with 2400 arrests is months old background: not coded."))

# 5 Groningen: stabbing in the nightlife area (negative)
P = "2019-09-08"
A(art(P, "Man zwaargewond bij steekpartij op Grote Markt, 19-jarige Groninger aangehouden", "Dagblad van het Noorden", [
    "GRONINGEN - Een 24-jarige man uit Haren is in de nacht van zaterdag op zondag zwaargewond geraakt bij een steekpartij op de Grote Markt in Groningen. Hij is met een ambulance naar het UMCG gebracht. Zijn toestand is volgens de politie stabiel.",
    "De steekpartij gebeurde rond 04.00 uur, toen de kroegen in de binnenstad net dicht waren en het nog druk was op straat. Volgens getuigen ontstond er bij een snackbar ruzie tussen twee groepjes jongemannen. 'Het ging over een meisje, geloof ik', zegt een student die het zag gebeuren. 'Ineens lag er iemand op de grond en zag ik bloed.'",
    "Agenten die in het uitgaansgebied surveilleerden, waren snel ter plaatse. Een 19-jarige man uit Groningen werd kort daarna in de Oosterstraat aangehouden. Hij had een mes bij zich. De politie onderzoekt of dat het wapen is waarmee is gestoken.",
    "De gemeente Groningen wees het uitgaansgebied vorig jaar aan als veiligheidsrisicogebied, waardoor de politie preventief mag fouilleren. Burgemeester Koen Schuiling liet zondag weten dat hij wil bekijken of die maatregel moet worden verlengd.",
    "Het is de tweede steekpartij in de Groningse binnenstad in korte tijd. Begin augustus raakte een 30-jarige man gewond bij een ruzie op de Vismarkt. Horecaondernemers pleiten voor meer toezicht bij sluitingstijd. 'Als iedereen tegelijk op straat staat, gaat het mis', zegt een kroegbaas aan de Poelestraat.",
], [], "Stabbing after a quarrel in the nightlife area and the arrest of one suspect: personal violence and an ordinary arrest, out of scope. Nothing coded."))

# 6 Rotterdam region: New Year's night, riot police pelted in Hillesluis and Vlaardingen (2 events)
P = "2020-01-01"
s6a = "In de Rotterdamse wijk Hillesluis werd de ME kort na middernacht bekogeld met zwaar vuurwerk en stenen door een groep van zo'n tachtig jongeren."
s6b = "Twee agenten raakten daarbij lichtgewond."
s6c = "Ook in Vlaardingen was het onrustig: rond half twee werd de ME in de Westwijk bekogeld met vuurwerk en flessen door een groep van enkele tientallen jongeren, die ook een bushokje vernielden."
A(art(P, "Onrustige jaarwisseling: ME bekogeld in Hillesluis en Vlaardingen", "Rijnmond", [
    "ROTTERDAM - De jaarwisseling is in de regio Rotterdam op meerdere plekken onrustig verlopen. " + s6a + " " + s6b,
    "De groep had zich verzameld op de Hillevliet en de Beijerlandselaan en gooide ook brandende vuilniszakken op straat. De ME voerde meerdere charges uit om het gebied schoon te vegen. 'Het leek wel een oorlogsgebied', zegt een bewoner van de Hilledijk. 'Om één uur stond de hele straat nog vol rook.'",
    s6c + " De politie hield er drie jongeren aan.",
    "In de hele regio Rotterdam werden volgens de politie 37 mensen aangehouden en zijn tientallen auto's in brand gestoken. De brandweer rukte honderden keren uit voor containerbranden. 'Onze mensen worden steeds vaker doelwit, dat is niet te accepteren', zegt een woordvoerder.",
    "Burgemeester Aboutaleb maakt later op woensdag de balans op. Vorig jaar pleitte hij al voor een landelijk vuurwerkverbod.",
], [
    ev("Riots", "Mob violence", "Rioters (Netherlands)", 5, PNL, 1, NL, "Zuid-Holland", "Rotterdam - Hillesluis", 51.8995, 4.5040, 1, wd(P, "vandaag"),
       inj=2, evid=[s6a, s6b],
       note="New Year's night riot against the ME in Hillesluis (Rotterdam-Zuid) just after midnight, so 1 January; two officers lightly injured. Mob violence (no demonstration; borderline against violent demonstration)."),
    ev("Riots", "Mob violence", "Rioters (Netherlands)", 5, PNL, 1, NL, "Zuid-Holland", "Vlaardingen", 51.9125, 4.3419, 1, wd(P, "vandaag"),
       evid=[s6c],
       note="ME pelted with fireworks and bottles in the Westwijk of Vlaardingen around 01.30 on New Year's night; a separate place, so a separate event. No injuries given."),
], "Two riots on New Year's night. The regional tallies (37 arrests, dozens of car fires, hundreds of container fires) are aggregates over places: not coded."))

# 7 Heerlen: woman shot dead at home, ex-partner arrested (negative, domestic)
P = "2020-06-10"
A(art(P, "Vrouw doodgeschoten in woning in Heerlen, ex-partner aangehouden", "De Limburger", [
    "HEERLEN - Een 43-jarige vrouw is dinsdagavond in haar woning aan de Kasteelweg in Heerlen doodgeschoten. De politie heeft haar 47-jarige ex-partner aangehouden. Hij meldde zich ongeveer een uur na het schietincident zelf bij het politiebureau.",
    "Buren hoorden rond 21.00 uur meerdere schoten. 'Ik dacht eerst aan vuurwerk, maar toen hoorde ik de dochter gillen', vertelt een buurvrouw. Hulpdiensten probeerden de vrouw nog te reanimeren, maar dat mocht niet baten. De 16-jarige dochter van het slachtoffer was op het moment van de schietpartij in huis, maar raakte niet gewond.",
    "Volgens de politie was er al langere tijd sprake van spanningen tussen de vrouw en haar ex. Zij zou eerder dit jaar aangifte hebben gedaan van bedreiging. Of er daarna maatregelen zijn genomen, wil de politie niet zeggen. 'Dat is onderdeel van het onderzoek', aldus een woordvoerster.",
    "In de straat werden woensdag bloemen en kaarsen neergelegd. Veilig Thuis Limburg roept mensen die zich zorgen maken over een familielid of buurvrouw op om aan de bel te trekken. In Nederland wordt gemiddeld elke acht dagen een vrouw door haar (ex-)partner gedood.",
    "De politie heeft de woning urenlang afgezet voor sporenonderzoek. De verdachte wordt vrijdag voorgeleid aan de rechter-commissaris in Maastricht.",
], [], "Killing of a woman by her ex-partner: domestic violence, out of scope; the national average is a statistic. Nothing coded."))

# 8 Spain: two men from Oss arrested over a cannabis farm (negative, abroad)
P = "2018-04-17"
A(art(P, "Twee mannen uit Oss opgepakt in Spanje na vondst grote hennepkwekerij", "Omroep Brabant", [
    "OSS - Twee mannen uit Oss zijn in Spanje aangehouden op verdenking van het runnen van een grote hennepkwekerij. De Guardia Civil viel vrijdag een afgelegen finca binnen in de buurt van het dorp Benissa, aan de Costa Blanca. Daar stonden ruim vierduizend planten.",
    "Volgens de Spaanse politie hadden de mannen, van 38 en 51 jaar, de boerderij een jaar geleden gehuurd en omgebouwd tot een professionele kwekerij met eigen stroomvoorziening. 'Het was een van de grootste plantages die we dit jaar in de provincie Alicante hebben aangetroffen', meldt de Guardia Civil in een verklaring.",
    "Het Nederlandse Openbaar Ministerie bevestigt dat de mannen Nederlanders zijn, maar wil niets kwijt over een mogelijke uitlevering. De familie van een van de verdachten laat aan Omroep Brabant weten 'geschrokken' te zijn. 'Hij zei dat hij daar in de bouw werkte.'",
    "Spanje is de laatste jaren een belangrijke plek geworden voor Nederlandse drugscriminelen, zeggen deskundigen. Door het milde klimaat en de goedkope grond kunnen kwekers er op grote schaal produceren. Vorig jaar werden in Spanje tientallen Nederlanders aangehouden in drugszaken.",
    "De twee verdachten zitten in een Spaanse cel in afwachting van hun proces. Volgens Spaanse media riskeren ze celstraffen van drie tot vijf jaar.",
], [], "Arrest of two ordinary suspects abroad in a drug case: drug crime and ordinary arrests, out of scope. Nothing coded."))

# 9 Antwerp (Borgerhout) and Brussels: riots after Belgium-Morocco World Cup match (2 events)
P = "2022-11-28"
s9a = "In de Antwerpse wijk Borgerhout raakten zondagavond na de WK-wedstrijd tussen België en Marokko groepen jongeren slaags met de politie."
s9b = "Relschoppers bekogelden agenten met stenen en vuurwerk en staken op het Moorkensplein een vuilnisbak en een scooter in brand."
s9c = "Eén agent raakte lichtgewond aan de hand door vuurwerk."
s9d = "Ook in Brussel liep het zondagnamiddag al uit de hand: daar werden auto's in brand gestoken en ging de politie met waterkanon en traangas in de weer rond de Zuidlaan."
A(art(P, "Rellen in Borgerhout na WK-match: politie zet waterkanon in", "Gazet van Antwerpen", [
    "ANTWERPEN - " + s9a + " Wat begon als een uitbundig feest na de verrassende zege van Marokko (0-2), sloeg rond 19.00 uur om.",
    s9b + " De politie zette een waterkanon in en arresteerde elf mensen. " + s9c,
    "'Het was eerst echt een feest, met vlaggen en claxons', vertelt een bewoner van de Turnhoutsebaan. 'Maar toen kwamen er gasten met bivakmutsen, en die kwamen niet om te vieren.' Handelaars bleven maandagochtend achter met gesneuvelde ruiten.",
    s9d + " Daar werd een tiental mensen opgepakt.",
    "Burgemeester Bart De Wever veroordeelt het geweld. 'Een kleine groep heeft het feest van velen verpest', zegt hij. De politie bekijkt camerabeelden om meer relschoppers te identificeren. Voor de volgende wedstrijd van Marokko, donderdag, wordt extra politie ingezet.",
], [
    ev("Riots", "Mob violence", "Rioters (Belgium)", 5, PBE, 1, BE, "Antwerpen", "Antwerpen - Borgerhout", 51.2130, 4.4390, 1, wd(P, "zondag"),
       inj=1, evid=[s9a, s9b, s9c],
       note="Riot against police in Borgerhout on Sunday evening after the World Cup match; eleven arrests kept in this event (not a mass arrest), one officer lightly injured. Football-related, but rioting against police is in scope."),
    ev("Riots", "Mob violence", "Rioters (Belgium)", 5, PBE, 1, BE, "Brussel", "Brussel", 50.8430, 4.3440, 1, wd(P, "zondag"),
       evid=[s9d],
       note="Riot around the Zuidlaan in Brussels on Sunday afternoon, police with water cannon and tear gas; a separate place, so a separate event."),
], "Two riots on Sunday, Antwerp-Borgerhout and Brussels. The extra police for Thursday's match is a plan: not coded."))

# 10 Port of Antwerp: customs seize 4 tonnes of cocaine (negative)
P = "2021-03-04"
A(art(P, "Douane onderschept vier ton cocaïne tussen bananen in Antwerpse haven", "Gazet van Antwerpen", [
    "ANTWERPEN - De douane heeft in de haven van Antwerpen ruim vier ton cocaïne onderschept. De drugs zaten verstopt in drie containers met bananen uit Ecuador. De straatwaarde wordt geschat op zo'n 200 miljoen euro.",
    "De douane sloeg dinsdag toe aan de Deurganckdok nadat een scanner afwijkingen in de lading had opgemerkt. Bij controle bleken tientallen sporttassen met blokken cocaïne tussen de dozen bananen te zitten. Er werden geen aanhoudingen verricht.",
    "'Het gaat om een van de grootste vangsten van dit jaar', zegt een woordvoerder van de Algemene Administratie der Douane en Accijnzen. 'De criminelen worden steeds inventiever, maar onze scanners ook.'",
    "Vorig jaar werd in de Antwerpse haven 65 ton cocaïne in beslag genomen, een record. Volgens de douane is dat slechts een fractie van wat er werkelijk binnenkomt. Havenschepen Annick De Ridder pleit voor meer personeel en betere scanapparatuur. 'Onze haven mag geen draaischijf voor drugs worden.'",
    "Het parket van Antwerpen heeft een onderzoek geopend naar de afzenders en de ontvangers van de containers.",
    "De Antwerpse haven is de tweede grootste van Europa. Jaarlijks worden er meer dan elf miljoen containers verwerkt, waarvan slechts een klein deel kan worden gescand.",
], [], "Cocaine seizure in the port: drug crime, out of scope; 'sloeg toe' is customs work, and the 65-tonne figure is an annual tally. Nothing coded."))

# 11 Heerhugowaard: riot at council meeting on asylum centre + peaceful vigil of supporters (2 events)
P = "2016-01-14"
s11a = "Een protest tegen de komst van een asielzoekerscentrum is woensdagavond bij het stadhuis van Heerhugowaard uit de hand gelopen."
s11b = "Een groep van zo'n honderd demonstranten bekogelde de politie met vuurwerk, eieren en stenen, waarna de ME het plein voor het stadhuis schoonveegde."
s11c = "Bij de rellen raakten drie agenten gewond, van wie één aan het hoofd."
s11d = "Aan de andere kant van het plein hielden zo'n zestig voorstanders van de opvang een stille wake met kaarsen en een spandoek met de tekst 'Vluchtelingen welkom'."
A(art(P, "Rellen bij stadhuis Heerhugowaard tijdens raadsvergadering over azc", "Noordhollands Dagblad", [
    "HEERHUGOWAARD - " + s11a + " Binnen sprak de gemeenteraad over de opvang van zeshonderd asielzoekers in een leegstaand kantoorpand.",
    "Rond 20.30 uur sloeg de sfeer om. " + s11b + " Negen mensen werden aangehouden. " + s11c,
    s11d + " 'Wij willen laten zien dat niet heel Heerhugowaard zo denkt', zei een van de organisatoren.",
    "De raadsvergadering werd rond 21.00 uur geschorst. Raadsleden konden pas na middernacht onder begeleiding van de politie het stadhuis verlaten. 'Ik heb in twintig jaar politiek nog nooit zoiets meegemaakt', zei een raadslid.",
    "Burgemeester Jan Jonker spreekt van 'een zwarte dag voor onze gemeente'. Half december liep een soortgelijke raadsvergadering in Geldermalsen ook uit de hand. Het besluit over het azc is uitgesteld tot februari.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Noord-Holland", "Heerhugowaard", 52.6680, 4.8300, 1, wd(P, "woensdag"),
       inj=3, evid=[s11a, s11b, s11c],
       note="Anti-asylum-centre protest at the town hall on Wednesday evening turned violent (fireworks, stones at police, ME cleared the square); three officers injured; nine arrests kept in this event."),
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Noord-Holland", "Heerhugowaard", 52.6680, 4.8300, 1, wd(P, "woensdag"),
       evid=[s11d],
       note="Silent vigil of about sixty supporters of the shelter on the same square the same evening; other side, so a separate peaceful protest (borderline: could be read as one event)."),
], "Wednesday evening in Heerhugowaard: the riot and the counter-vigil. The Geldermalsen riot of mid-December is about four weeks old background: not coded."))

# 12 Drenthe: two dead in head-on collision on the N34 (negative)
P = "2017-05-22"
A(art(P, "Twee doden bij frontale botsing op N34 bij Borger", "Dagblad van het Noorden", [
    "BORGER - Bij een frontale botsing op de N34 bij Borger zijn zondagmiddag twee mensen om het leven gekomen. Een derde inzittende raakte zwaargewond en is met een traumahelikopter naar het UMCG in Groningen gebracht.",
    "Het ongeluk gebeurde rond 15.30 uur ter hoogte van de afslag Drouwen. Volgens de politie raakte een personenauto die richting Emmen reed om nog onbekende reden op de verkeerde weghelft en botste daar frontaal op een tegemoetkomende bestelbus. De twee inzittenden van de personenauto, een man en een vrouw uit Stadskanaal, overleden ter plekke.",
    "De N34 was urenlang in beide richtingen afgesloten. De Verkeersongevallenanalyse van de politie deed onderzoek naar de toedracht. Automobilisten werden omgeleid via Borger en Exloo.",
    "De N34, tussen Groningen en Emmen, staat in de regio bekend als een gevaarlijke weg. Bewoners en de gemeente Borger-Odoorn dringen al jaren aan op een verbreding naar vier rijstroken en een middenberm. Dit is het derde dodelijke ongeluk op de weg dit jaar. De provincie Drenthe zegt dat de verbreding 'hoog op de lijst' staat.",
    "Slachtofferhulp heeft contact met de nabestaanden. Op de plek van het ongeluk werden maandag bloemen neergelegd.",
], [], "Traffic accident with two dead: out of scope. Nothing coded."))

# 13 Barneveld: stable fire, thousands of chickens dead (negative)
P = "2018-07-24"
A(art(P, "Grote brand in kippenstal in Barneveld: duizenden dieren dood", "De Gelderlander", [
    "BARNEVELD - Bij een grote brand in een kippenstal aan de Garderbroekerweg in Barneveld zijn maandagavond naar schatting twintigduizend kippen omgekomen. De brandweer kon niet voorkomen dat de stal volledig afbrandde.",
    "De brand werd rond 22.00 uur ontdekt door de eigenaar, die een vreemde lucht rook. 'Toen ik de deur opendeed, stond alles al in lichterlaaie', vertelt de pluimveehouder, die niet met zijn naam in de krant wil. 'Er was niets meer te redden.' Een tweede stal op het erf kon wel worden behouden.",
    "De brandweer schaalde op naar zeer grote brand en zette acht blusvoertuigen in. Omwonenden werden gewaarschuwd via NL-Alert om ramen en deuren te sluiten vanwege de rook. Er raakten geen mensen gewond.",
    "Hoe de brand is ontstaan, is nog onbekend. Vermoedelijk ging het mis in de technische ruimte van de stal. Dierenorganisaties wijzen erop dat stalbranden jaarlijks honderdduizenden dieren het leven kosten en pleiten voor strengere brandveiligheidseisen. LTO zegt dat boeren al veel investeren in veiligheid.",
    "Het is al de vierde stalbrand in de Gelderse Vallei dit jaar. De eigenaar wil de stal zo snel mogelijk herbouwen, maar weet nog niet of de verzekering de schade volledig dekt.",
], [], "Stable fire, probably technical: fire is out of scope. Nothing coded."))

# 14 Eindhoven: riot after banned anti-curfew demonstration (+ mass arrest) and Amsterdam Museumplein dispersal (3 events)
P = "2021-01-25"
s14a = "Wat begon als een verboden demonstratie tegen de avondklok, eindigde zondagmiddag in Eindhoven in de zwaarste rellen die de stad in decennia heeft gezien."
s14b = "Relschoppers bekogelden de ME op het 18 Septemberplein met stenen en vuurwerk, staken auto's in brand en plunderden een supermarkt in het station."
s14c = "Zes agenten raakten gewond."
s14d = "Zeker 55 mensen werden aangehouden, meldt de politie."
s14e = "In Amsterdam drong de ME zondag een groep van enkele honderden demonstranten tegen de coronamaatregelen van het Museumplein; de politie zette daarbij een waterkanon in."
A(art(P, "Zware rellen in Eindhoven na verboden demonstratie tegen avondklok", "Omroep Brabant", [
    "EINDHOVEN - " + s14a + " Burgemeester John Jorritsma sprak 's avonds geschokt van 'het uitschot van de samenleving'.",
    "Rond 13.00 uur verzamelden zich honderden mensen in het centrum, ondanks een verbod van de burgemeester. Toen de politie het plein wilde ontruimen, sloeg de stemming om. " + s14b + " " + s14c,
    "'Ik zag jongens met stenen in hun handen die nog geen zestien waren', vertelt een medewerker van een kledingzaak die zich met collega's in het magazijn had opgesloten. Het station werd urenlang gesloten en treinen reden Eindhoven niet aan.",
    s14d + " Volgens de politie kwamen veel van hen niet uit Eindhoven. De gemeente heeft een noodverordening afgekondigd voor de binnenstad.",
    s14e + " De avondklok, die zaterdag inging, leidde in het hele land tot onrust.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zondag"),
       inj=6, evid=[s14a, s14b, s14c],
       note="Banned anti-curfew demonstration in Eindhoven on Sunday turned into a riot (stones, arson, looting at the station): violent demonstration; six officers injured."),
    ev("Strategic developments", "Arrests", PNL, 1, "Rioters (Netherlands)", 5, NL, "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zondag"),
       evid=[s14d],
       note="At least 55 arrested in the riot: coded apart as a mass arrest at a protest (borderline: it could be kept within the riot event)."),
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, PNL, 1, NL, "Noord-Holland", "Amsterdam - Museumplein", 52.3579, 4.8818, 1, wd(P, "zondag"),
       evid=[s14e],
       note="Anti-corona-measures protest on the Museumplein in Amsterdam on Sunday, dispersed by the ME with a water cannon: protest with intervention."),
], "Three events on Sunday: the Eindhoven riot, its mass arrest, and the Amsterdam dispersal. The nationwide unrest since the curfew has no place or day: not coded."))

# 15 Utrecht: gas leak, houses evacuated (negative)
P = "2019-02-26"
A(art(P, "Gaslek in Utrechtse binnenstad: tientallen woningen ontruimd", "RTV Utrecht", [
    "UTRECHT - Door een gaslek aan de Twijnstraat in Utrecht zijn dinsdagochtend tientallen woningen en winkels ontruimd. Bouwvakkers raakten bij graafwerkzaamheden een gasleiding, waarna een sterke gaslucht door de straat trok.",
    "De brandweer zette de straat rond 09.45 uur af en haalde bewoners uit hun huizen. Een nabijgelegen basisschool hield de kinderen binnen en sloot ramen en deuren. 'We kregen vijf minuten om onze spullen te pakken', vertelt een bewoonster die met haar hond op de hoek van de Oudegracht stond te wachten.",
    "Netbeheerder Stedin had het lek rond het middaguur gedicht. Daarna werden alle woningen gecontroleerd met meetapparatuur voordat de bewoners terug mochten. Er raakte niemand gewond.",
    "Het is niet de eerste keer dat bij werkzaamheden in de binnenstad een leiding wordt geraakt. Stedin roept aannemers op om altijd vooraf een zogeheten KLIC-melding te doen, zodat zij weten waar kabels en leidingen liggen. Of dat in dit geval is gebeurd, wordt nog onderzocht.",
    "Winkeliers aan de Twijnstraat moesten ruim twee uur dicht. 'Op een dinsdagochtend valt het nog mee, maar op zaterdag was dit een ramp geweest', zegt de eigenaar van een kaaswinkel. De gemeente bekijkt of de werkzaamheden worden stilgelegd tot het onderzoek is afgerond.",
], [], "Gas leak during construction work: an accident, out of scope. Nothing coded."))

# 16 Nijmegen: evacuation for a WWII bomb (negative)
P = "2016-10-09"
A(art(P, "Vijftienhonderd Nijmegenaren geëvacueerd voor bom uit Tweede Wereldoorlog", "De Gelderlander", [
    "NIJMEGEN - Zo'n vijftienhonderd inwoners van de Nijmeegse wijk Hengstdal moesten zondagochtend hun huis uit. De Explosieven Opruimingsdienst Defensie (EOD) heeft een vliegtuigbom uit de Tweede Wereldoorlog onschadelijk gemaakt die vorige maand bij bouwwerkzaamheden was gevonden.",
    "De Amerikaanse bom van 500 pond lag op ruim vier meter diepte op een bouwterrein aan de Groenestraat. Om 08.00 uur moest iedereen in een straal van driehonderd meter het gebied hebben verlaten. In een sporthal aan de Kwakkenbergweg werden koffie en broodjes klaargezet voor wie nergens anders terecht kon.",
    "Rond 11.30 uur klonk een doffe knal: de bom was tot ontploffing gebracht. 'Alles is volgens plan verlopen', zegt een woordvoerder van de gemeente. Om 13.00 uur mochten de bewoners terug naar huis.",
    "Nijmegen werd in februari 1944 getroffen door een vergissingsbombardement van Amerikaanse vliegtuigen, waarbij honderden burgers omkwamen. Nog steeds worden in de stad regelmatig blindgangers gevonden. 'We weten dat er nog veel in de grond zit', zegt de gemeente.",
    "Het was al de derde evacuatie in Nijmegen dit jaar. In mei moesten bewoners van de wijk Bottendaal hun huis uit voor een granaat die bij het graven van een kelder was gevonden. De gemeente laat bij grote bouwprojecten standaard vooronderzoek doen naar explosieven.",
], [], "Controlled detonation of a WWII bomb and an evacuation; the 1944 bombing is history. Nothing coded."))

# 17 Ghent: bpost strike with a rally at the sorting centre (1 event)
P = "2019-05-14"
s17a = "Zo'n driehonderd postbodes en sorteerders van bpost hebben maandag betoogd aan het sorteercentrum in Gent, waar het personeel sinds de ochtend het werk had neergelegd."
A(art(P, "Bpost-personeel legt werk neer en betoogt aan sorteercentrum in Gent", "Het Nieuwsblad", [
    "GENT - " + s17a + " Zij protesteren tegen de nieuwe rondes die volgens hen 'onmogelijk' zijn in de beschikbare tijd.",
    "De betogers stonden met vakbondsvlaggen en fluitjes aan de ingang van het terrein. Vrachtwagens konden het sorteercentrum niet in, waardoor in grote delen van Oost-Vlaanderen dinsdag geen post werd bezorgd. De actie verliep rustig; de politie hield van op afstand een oogje in het zeil.",
    "'Ik loop nu al elke dag een uur over mijn tijd, en dat wordt niet betaald', zegt postbode Kristof De Smet, die al zeventien jaar in Gentbrugge rondes doet. 'De mensen denken dat wij gewoon brieven rondbrengen, maar we sleuren elke dag met pakjes van webwinkels.'",
    "De directie van bpost zegt begrip te hebben voor de bezorgdheid, maar wijst erop dat het postvolume blijft dalen. Dinsdagnamiddag volgt een overleg met de vakbonden. Als dat niets oplevert, dreigen de bonden met een nationale staking volgende week.",
    "Volgens de vakbonden is de werkdruk in alle sorteercentra van het land de afgelopen jaren sterk gestegen. 'Gent is geen uitzondering', zegt een vakbondssecretaris. 'Het broeit overal.'",
], [
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "Oost-Vlaanderen", "Gent", 51.0543, 3.7174, 1, wd(P, "maandag"),
       evid=[s17a],
       note="Strike with a rally of about 300 bpost workers at the Ghent sorting centre on Monday; calm, so peaceful protest."),
], "One event: Monday's strike rally in Ghent. The threatened national strike next week is future: not coded."))

# 18 Twente derby: sport (negative)
P = "2019-10-28"
A(art(P, "FC Twente verovert de Twentse derby: Heracles kansloos in Grolsch Veste", "Tubantia", [
    "ENSCHEDE - FC Twente heeft zondagmiddag de Twentse derby tegen Heracles Almelo met 3-1 gewonnen. In een uitverkochte Grolsch Veste veroverden de Tukkers daarmee een plek in het linkerrijtje van de Eredivisie.",
    "Twente begon met een storm van aanvallen. Al na negen minuten sloeg de thuisploeg toe: na een snelle aanval over links werkte de Spaanse spits de bal binnen. Heracles had het zwaar tegen de agressieve druk van de Tukkers, die de tegenstander geen moment rust gunden.",
    "Na rust bracht Heracles meer aanvallers en kwam het via een strafschop terug tot 1-1. Maar in het laatste kwartier gaf Twente het genadeschot: twee goals binnen vijf minuten maakten de Almelose hoop met de grond gelijk. 'We hebben ze met huid en haar opgevreten', zei een tevreden aanvoerder na afloop.",
    "De politie was met een grote macht aanwezig en begeleidde de supporters van Heracles met bussen van en naar het stadion. Volgens een woordvoerder bleef het rustig: er werden geen aanhoudingen verricht. Ook in de binnenstad van Enschede vierden fans het feest zonder incidenten.",
    "Door de overwinning klimt FC Twente naar de zevende plaats. Heracles zakt naar de onderste helft van de ranglijst en speelt volgende week thuis tegen PSV.",
], [], "Football match report with military vocabulary ('veroverde', 'sloeg toe', 'aanval'); the police say it stayed calm. Sport, out of scope. Nothing coded."))

# 19 Genk: sport (negative)
P = "2023-04-24"
A(art(P, "Racing Genk bestormt de top na spektakelstuk tegen Antwerp", "Het Belang van Limburg", [
    "GENK - Racing Genk heeft zondagavond in een kolkende Cegeka Arena Antwerp opzij gezet: 3-2. De Limburgers ruiken de titel na een avond waarin alles kon gebeuren en de Genkse aanval opnieuw genadeloos toesloeg.",
    "Antwerp leek na een halfuur op weg naar de overwinning. Twee keer kwam de bezoeker op voorsprong, telkens na een snelle counter waarin de Genkse verdediging werd overrompeld. 'We werden even onder de voet gelopen', gaf de Genkse trainer toe.",
    "Maar na de pauze bestormden de Limburgers het doel van de Antwerpse keeper. Binnen het kwartier lag de gelijkmaker in het net, en in de slotfase maakte een invaller de ontknoping. Het publiek ontplofte. 'Dit was oorlog op het veld, en wij hebben het gevecht gewonnen', zei een uitgelaten aanvoerder.",
    "Rond het stadion bleef het rustig. De politie zone Carma meldt geen incidenten. Genk speelt volgende week uit bij Union, in wat een beslissende wedstrijd om de titel kan worden. Tienduizenden fans willen op de Grote Markt naar de wedstrijd kijken.",
    "De Limburgers hebben nu drie punten voorsprong op Union en vier op Antwerp, met nog vier speeldagen te gaan. 'We moeten met beide voeten op de grond blijven', zei de trainer. 'Maar deze ploeg heeft karakter getoond.'",
], [], "Football report with war metaphors ('bestormden', 'oorlog op het veld', 'toesloeg'); no incidents. The public screening next week is future. Sport: nothing coded."))

# 20 Doetinchem: explosive at the home of an alderman over the asylum-centre decision (1 event)
P = "2017-03-09"
s20a = "Bij de woning van wethouder Bert Hoving in Doetinchem is in de nacht van dinsdag op woensdag een explosief afgegaan."
s20b = "Door de klap sneuvelden de ruiten van de woning en raakte de voordeur zwaar beschadigd; de wethouder, zijn vrouw en twee kinderen lagen boven te slapen en bleven ongedeerd."
s20c = "In de tuin vond de politie een brief waarin de wethouder werd gewaarschuwd voor zijn steun aan de komst van een asielzoekerscentrum."
A(art(P, "Explosief bij woning wethouder Doetinchem: 'Dit is een aanslag op de democratie'", "De Gelderlander", [
    "DOETINCHEM - " + s20a + " De politie gaat uit van een politiek motief.",
    s20b + " De explosie was rond 03.00 uur in een groot deel van de wijk te horen.",
    s20c + " 'We gaan ervan uit dat de aanslag verband houdt met zijn politieke werk', aldus een woordvoerder van de politie. De Dienst Speciale Interventies is niet ingeschakeld, maar de recherche heeft een groot team op de zaak gezet.",
    "Burgemeester Niels Hendriks is geschokt. 'Dit is een aanslag op de democratie. Een bestuurder moet zijn werk kunnen doen zonder dat zijn gezin gevaar loopt.' De gemeenteraad besluit volgende maand over de opvang van driehonderd asielzoekers op het voormalige kazerneterrein.",
    "Het debat over het azc is in Doetinchem al maanden fel. Eind januari werden bij het gemeentehuis nog stenen door de ruiten gegooid. De wethouder en zijn gezin verblijven voorlopig op een andere plek. Hij laat weten zijn werk gewoon voort te zetten.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Netherlands)", 3, "Civilians (Netherlands)", 7, NL, "Gelderland", "Doetinchem", 51.9650, 6.2889, 1, wd(P, "woensdag"),
       fat=0, inj=0, evid=[s20a, s20b, s20c],
       note="Explosive at an alderman's home around 03.00 in the night to Wednesday, with a warning letter about the asylum centre; police assume a political motive. Family unhurt, so 0 dead and 0 injured."),
], "One event: the explosive attack on Wednesday night. The stones thrown at the town hall at the end of January are over a month old background; the council decision next month is future. Neither coded."))
