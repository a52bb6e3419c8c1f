# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 46 Arson at a building meant for asylum seekers, Rijssen
p = "2024-09-16"
s1 = "In de nacht van zaterdag op zondag is brand gesticht in het voormalige kantoorpand aan de Haarweg in Rijssen waar vanaf november tweehonderd asielzoekers moeten worden opgevangen."
s2 = "Onbekenden gooiden volgens de politie een brandbom door een ruit op de begane grond en spoten met rode verf 'Geen azc' en 'Rijssen zegt nee' op de gevel."
A(art(p, "Brandbom tegen pand voor asielopvang in Rijssen", "Tubantia", [
    s1 + " " + s2,
    "Een buurtbewoner zag rond half drie rook uit het gebouw komen en belde de brandweer. Die had het vuur snel onder controle, maar de benedenverdieping is zwaar beschadigd door roet en bluswater. Het pand stond leeg; er raakte niemand gewond.",
    "Burgemeester Sybrand Buma van Rijssen-Holten spreekt van 'een laffe daad die niets met protest te maken heeft'. 'Wie het oneens is met een besluit van de raad, kan inspreken of naar de rechter gaan. Dit is intimidatie.' De gemeente houdt vast aan de opvang, maar de opening wordt waarschijnlijk enkele weken uitgesteld.",
    "De politie onderzoekt camerabeelden uit de omgeving en heeft de zaak als brandstichting met een mogelijk politiek motief overgedragen aan de recherche. Er is nog niemand aangehouden.",
    "In de zomer werd in Rijssen een inloopavond over de opvang afgebroken nadat bezoekers de wethouder hadden uitgejouwd. Het COA zegt dat het landelijk dit jaar al vijf keer eerder te maken had met vernielingen aan toekomstige opvanglocaties.",
], [ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Netherlands)", 3, None, None, "Netherlands", "Overijssel",
       "Rijssen", 52.3070, 6.5180, 1, wd(p, "zaterdag"), wd(p, "zondag"), tp=2, inj=0, evid=[s1, s2],
       note="Borderline: an arson attack with anti-asylum slogans on an empty building meant for asylum seekers: property destruction by unknown perpetrators (political motive), no one hurt; night spanning Saturday-Sunday as a two-day range.")],
    "One event. The summer's disrupted information evening (no day), the COA's yearly count and the delayed opening are not coded."))

# 47 Syrian war crimes trial in The Hague (no event)
A(art("2021-07-16", "Syriër in Den Haag veroordeeld voor oorlogsmisdrijf: executie op video", "NRC", [
    "De rechtbank in Den Haag heeft donderdag een 49-jarige Syriër veroordeeld tot twintig jaar cel voor zijn betrokkenheid bij de executie van een gevangen soldaat van het Syrische leger in 2012. Ahmad al Y. was toen commandant van een rebellengroep in het oosten van Syrië, bij de stad Mayadin.",
    "Op een video die later op internet verscheen, is te zien hoe al Y. de geboeide soldaat ondervraagt en hoe die daarna wordt doodgeschoten. Volgens de rechtbank 'was de verdachte aanwezig en instemmend', ook al haalde hij zelf de trekker niet over.",
    "Al Y. kwam in 2014 als asielzoeker naar Nederland en woonde in Kapelle. Hij werd in 2019 aangehouden na onderzoek door het Internationale Misdrijventeam van de Nationale Politie. Het is een van de eerste keren dat een Nederlandse rechter een oorlogsmisdrijf uit de Syrische burgeroorlog bestraft.",
    "Mensenrechtenorganisaties spreken van een belangrijke uitspraak. 'Dit laat zien dat de oorlog in Syrië niet ver weg is', zegt een medewerker van Human Rights Watch. 'Daders kunnen ook in Europa worden berecht.'",
    "Zijn advocaat heeft hoger beroep aangekondigd.",
], [], "A war crimes verdict on a 2012 execution in Syria and a 2019 arrest: old events, a court report. Not coded."))

# 48 Announced A12 blockade, mayor sets rules (no event)
A(art("2023-09-06", "Van Zanen verbiedt blokkade: Extinction Rebellion mag zaterdag niet op de A12", "AD", [
    "Burgemeester Jan van Zanen van Den Haag heeft Extinction Rebellion verboden zaterdag opnieuw de A12 te blokkeren. De klimaatbeweging mag wel demonstreren op het Malieveld en de Koningskade, maar 'niet op een snelweg waar ambulances overheen moeten'.",
    "Extinction Rebellion laat weten dat het zich niet aan het verbod houdt. 'We gaan de A12 op, elke dag opnieuw, tot de fossiele subsidies stoppen', zegt woordvoerder Gert-Jan van der Veen. De groep verwacht duizenden deelnemers.",
    "Bij eerdere blokkades werden honderden mensen aangehouden en zette de politie waterwerpers in. Dat leverde kritiek op van Amnesty International, dat vindt dat de overheid te hard optreedt tegen vreedzame demonstranten. Van Zanen wijst erop dat hij de blokkade 'de vorige keren urenlang heeft gedoogd'.",
    "De politie bereidt zich voor op een grote inzet. Ook de Koninklijke Marechaussee staat paraat. Het kabinet zegt in een reactie dat het dit najaar met een plan komt om de fossiele subsidies af te bouwen.",
    "In Amsterdam heeft burgemeester Femke Halsema een vergelijkbare actie op de Ring bij de Zuidas eerder dit jaar juist toegestaan, met een tijdslimiet.",
], [], "An announced protest and a mayor's ban (future); earlier blockades have no day. Not coded."))

# 49 Colombia: ELN car bomb at police station in Tame
p = "2024-04-25"
s1 = "Bij de explosie van een autobom voor het politiebureau van Tame, in het Colombiaanse departement Arauca, zijn woensdagochtend zes mensen gewond geraakt: vier agenten en twee voorbijgangers."
s2 = "Er vielen geen doden, meldt het ziekenhuis van de stad."
s3 = "De guerrillabeweging ELN eiste de aanslag donderdag op in een verklaring op sociale media."
A(art(p, "Autobom bij politiebureau in Colombia: zes gewonden", "AD", [
    s1 + " " + s2,
    "De auto was volgens de politie geladen met zo'n vijftig kilo explosieven en stond geparkeerd naast de ingang. Door de klap werden de gevel van het bureau en twaalf woningen in de buurt beschadigd. 'Ik dacht dat de hele straat instortte', zei een winkelier tegen de radiozender Caracol.",
    s3 + " Daarin spreekt de ELN van een 'antwoord op de militaire operaties' in de regio. Minister van Defensie Iván Velásquez noemde de aanslag 'terrorisme tegen de bevolking' en stuurde extra militairen naar Arauca.",
    "Arauca, aan de grens met Venezuela, is een van de bolwerken van de ELN. In januari 2022 ontplofte in de nabijgelegen stad Saravena een autobom bij een gebouw van mensenrechtenorganisaties, waarbij een bewaker omkwam. Vorige maand werden bij gevechten tussen de ELN en dissidenten van de FARC in het departement zeker twaalf mensen gedood.",
    "De regering van president Gustavo Petro onderhandelt sinds 2022 met de ELN over vrede. Een staakt-het-vuren tussen het leger en de guerrilla is nog tot augustus van kracht, maar geldt volgens de ELN niet voor de politie.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "ELN", 2, "Police Forces of Colombia", 1, "Colombia", "Arauca",
       "Tame", 6.4590, -71.7290, 1, wd(p, "woensdag"), fat=0, inj=6, evid=[s1, s2, s3],
       note="ELN car bomb at the Tame police station, claimed by the ELN: remote explosive; 0 dead (the hospital says nobody died), 6 injured.")],
    "One event. The 2022 Saravena car bomb (old) and last month's ELN-FARC fighting (no day, a summed toll) are not coded."))

# 50 Last Dutch F-16s to Ukraine (no event)
A(art("2025-05-23", "Laatste F-16's vertrekken uit Leeuwarden naar Oekraïne", "Leeuwarder Courant", [
    "Vanaf vliegbasis Leeuwarden zijn donderdag de laatste vijf Nederlandse F-16's vertrokken die bestemd zijn voor Oekraïne. Daarmee heeft Nederland alle 24 beloofde toestellen geleverd, meldt het ministerie van Defensie.",
    "De jachtvliegtuigen vlogen in formatie over Friesland voordat ze koers zetten naar het oosten. Langs het hek van de basis stonden tientallen spotters en oud-vliegers. 'Het is een vreemd gevoel', zegt oud-F-16-piloot Jan Willem Hoekstra. 'Wij hebben in deze kisten geoefend voor een oorlog die nooit kwam. Nu gaan ze echt de strijd in.'",
    "Nederlandse instructeurs hebben de afgelopen twee jaar in Roemenië Oekraïense piloten opgeleid. De toestellen moeten vooral Russische kruisraketten en drones onderscheppen. Minister Ruben Brekelmans noemt de levering 'een belangrijke bijdrage aan de luchtverdediging van Oekraïne'.",
    "In Leeuwarden is de F-16 inmiddels vervangen door de F-35. Omwonenden, die jarenlang klaagden over geluidsoverlast, merken daar weinig van. 'Die F-35 is minstens zo hard', zegt een inwoner van Jelsum.",
], [], "Military aid and war words (fight, war): no event. Not coded."))

# 51 Twenty years after the Volendam fire (no event)
A(art("2021-01-02", "Volendam herdenkt nieuwjaarsbrand: 'Twintig jaar en het voelt als gisteren'", "Noordhollands Dagblad", [
    "In de Sint-Vincentiuskerk in Volendam zijn vrijdag de veertien jongeren herdacht die twintig jaar geleden omkwamen bij de nieuwjaarsbrand in café Het Hemeltje. Vanwege de coronamaatregelen mochten maar dertig mensen de kerk in; de dienst werd uitgezonden via de lokale omroep.",
    "In de nieuwjaarsnacht van 2001 vatte de kerstversiering aan het plafond van het café vlam door sterretjes. In het overvolle café brak paniek uit. Behalve de veertien doden raakten meer dan tweehonderd jongeren gewond, velen met zware brandwonden.",
    "'Ik was zestien', zegt Jan Tuijp, die met verbrande handen en een verbrand gezicht de brand overleefde. 'Twintig jaar en het voelt als gisteren. Elk jaar rond deze tijd komt het terug.'",
    "De brand leidde tot strengere regels voor de brandveiligheid in cafés en uitgaansgelegenheden in heel Nederland. De eigenaar van het café werd later veroordeeld tot een voorwaardelijke straf.",
    "Burgemeester Wim Runderkamp van Edam-Volendam legde een krans bij het monument op de dijk. Daar lagen zaterdag nog tientallen bloemen en kaarten.",
], [], "Anniversary of an accidental café fire: not coded."))

# 52 Haiti: gang attack on Kenscoff, police counter-offensive next day
p = "2025-03-05"
s1 = "Gewapende bendeleden van de coalitie Viv Ansanm zijn maandag de gemeente Kenscoff, in de heuvels boven de Haïtiaanse hoofdstad Port-au-Prince, binnengevallen."
s2 = "Ze staken tientallen huizen in brand en schoten op inwoners die probeerden te vluchten; de mensenrechtenorganisatie RNDDH telde zeker twaalf doden."
s3 = "Bij een tegenoffensief van de politie en het leger in Kenscoff, dinsdag, zijn volgens de Haïtiaanse politie tien bendeleden gedood."
A(art(p, "Bendes vallen Kenscoff binnen: zeker twaalf doden", "NOS", [
    s1 + " " + s2,
    "Honderden inwoners, onder wie veel ouderen, zijn te voet naar Pétion-Ville gevlucht. 'Ze kwamen vanaf de bergen, schietend', zei een vrouw tegen het persbureau AP. 'Mijn buurman is in zijn tuin doodgeschoten.' Ook een kliniek en een school zijn in brand gestoken.",
    s3 + " Die cijfers konden niet onafhankelijk worden bevestigd. De bendes zijn nog niet verdreven uit alle wijken van de gemeente.",
    "Kenscoff, een koel en relatief welvarend bergstadje, gold lange tijd als veilig. Sinds januari proberen de bendes er voet aan de grond te krijgen, omdat de weg door de heuvels een route biedt naar het zuiden van het land.",
    "Volgens de Verenigde Naties zijn in Haïti vorig jaar meer dan 5600 mensen gedood door bendegeweld. De internationale veiligheidsmissie onder leiding van Kenia telt ruim duizend agenten, minder dan de helft van het beloofde aantal.",
], [ev("Violence against civilians", "Attack", "Viv Ansanm", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest",
       "Kenscoff", 18.4480, -72.2860, 1, wd(p, "maandag"), fat=12, evid=[s1, s2],
       note="Viv Ansanm gangs burning houses and shooting fleeing residents in Kenscoff: attack on civilians; 12 dead from the RNDDH (a neutral rights group)."),
    ev("Battles", "Armed clash", "Police Forces of Haiti", 1, "Viv Ansanm", 3, "Haiti", "Ouest",
       "Kenscoff", 18.4480, -72.2860, 1, wd(p, "dinsdag"), fat=None,
       claimed=[{"low": 10, "high": 10, "claimant": "Police Forces of Haiti", "text": "tien bendeleden gedood"}],
       evid=[s3],
       note="Police and army counter-offensive in Kenscoff the next day: armed clash; the ten dead gang members are the police's claim only. Army joined (Military Forces of Haiti could be actor1 too).")],
    "Two events (Monday attack, Tuesday counter-offensive). The January attempts (no day) and the UN yearly tally are not coded."))

# 53 Ebola in Ituri (no event)
A(art("2019-07-18", "WHO roept Ebola-uitbraak in Congo uit tot internationale noodsituatie", "de Volkskrant", [
    "De Wereldgezondheidsorganisatie heeft de ebola-uitbraak in het oosten van Congo uitgeroepen tot een internationale noodsituatie. Sinds augustus vorig jaar zijn in de provincies Noord-Kivu en Ituri ruim 1600 mensen aan het virus overleden.",
    "Directe aanleiding is een besmetting in Goma, een stad met twee miljoen inwoners aan de grens met Rwanda. Een predikant die in Butembo in contact was gekomen met patiënten, reisde met de bus naar Goma en overleed daar. 'Het risico dat het virus zich verder verspreidt, is zeer groot', zegt WHO-directeur Tedros.",
    "De bestrijding van de ziekte wordt ernstig bemoeilijkt door het geweld in de regio. Gewapende groepen vallen geregeld behandelcentra aan en gezondheidswerkers worden met wantrouwen bekeken. Volgens de WHO zijn sinds januari bij zulke aanvallen zeven mensen omgekomen.",
    "Artsen zonder Grenzen spreekt van 'een strijd die we aan het verliezen zijn'. Er is een effectief vaccin, maar dat bereikt lang niet iedereen.",
    "Nederland stelt twee miljoen euro extra beschikbaar voor de bestrijding van het virus.",
], [], "A disease outbreak; attacks on treatment centres are told only as a tally since January (summed, no place or day). Not coded."))

# 54 Cocaine smuggling arrests (crime, no event)
A(art("2022-11-25", "Twaalf aanhoudingen in onderzoek naar cocaïnesmokkel via Rotterdamse haven", "De Gelderlander", [
    "De politie heeft donderdag twaalf mensen aangehouden in een onderzoek naar de smokkel van cocaïne via de haven van Rotterdam. Er werden invallen gedaan in woningen en bedrijven in Tiel, Culemborg, Nijmegen en Rotterdam.",
    "Volgens het Openbaar Ministerie zou de groep de afgelopen twee jaar meer dan vierduizend kilo cocaïne hebben ingevoerd, verstopt tussen ladingen bananen uit Ecuador. Onder de verdachten zijn twee havenmedewerkers en een douanier, die tegen betaling containers zouden hebben vrijgegeven.",
    "Bij de invallen werden ruim twee miljoen euro aan contant geld, zes vuurwapens en vijf dure auto's in beslag genomen. In een loods in Tiel trof de politie een verborgen ruimte aan met daarin een werkbank en handboeien.",
    "'Dit is een klap voor een criminele organisatie die zich diep in de logistiek had genesteld', zegt officier van justitie Marlies Jansen. 'Maar we zijn niet naïef. De oorlog tegen de drugs win je niet met één zaak.'",
    "De verdachten worden zaterdag voorgeleid aan de rechter-commissaris.",
], [], "Drug-smuggling arrests: drug crime, not coded (no militants or activists)."))

# 55 Ethiopia: drone strike on Dembecha market
p = "2024-06-12"
s1 = "Bij een droneaanval op een drukke markt in Dembecha, in de Ethiopische regio Amhara, zijn maandag zeker negen burgers omgekomen."
s2 = "Dat zegt een arts van het ziekenhuis in het stadje, waar nog zeventien gewonden worden behandeld; onder de doden zijn twee kinderen."
s3 = "Een woordvoerder van de Fano-militie, die in de regio tegen het federale leger vecht, sprak van 'meer dan dertig vermoorde burgers'."
A(art(p, "Doden bij droneaanval op markt in Amhara", "Trouw", [
    s1 + " " + s2,
    "Volgens ooggetuigen sloeg de drone rond het middaguur in tussen de kramen, op de dag dat boeren uit de omliggende dorpen er hun graan verkopen. 'Overal lagen mensen en zakken teff door elkaar', zei een handelaar die licht gewond raakte. Alleen het federale leger beschikt in de regio over drones.",
    s3 + " De federale regering heeft niet gereageerd. Eerder ontkende zij dat het leger burgerdoelen aanvalt.",
    "In Amhara vecht het Ethiopische leger sinds augustus vorig jaar tegen de Fano, een volksmilitie die eerder aan de kant van de regering tegen de Tigrayers vocht. Fano-strijders namen eerder dit jaar korte tijd delen van de stad Debre Markos in. Internet is in grote delen van de regio al maanden afgesloten, wat het controleren van berichten moeilijk maakt.",
    "Volgens de Ethiopische Mensenrechtencommissie, een overheidsinstantie, zijn sinds het begin van het conflict honderden burgers gedood bij droneaanvallen.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Ethiopia", 1, "Civilians (Ethiopia)", 7, "Ethiopia", "Amhara",
       "Dembecha", 10.5500, 37.4800, 1, wd(p, "maandag"), fat=9, inj=17,
       claimed=[{"low": 30, "high": None, "claimant": "Fano", "text": "meer dan dertig vermoorde burgers"}],
       evid=[s1, s2],
       note="Drone strike on Dembecha market; the perpetrator is inferred (only the federal army has drones in the region): Military Forces of Ethiopia. 9 dead, 17 injured from the hospital doctor; Fano's 'more than thirty' is a party claim.")],
    "One event. Fano's capture of parts of Debre Markos 'earlier this year' (no day) and the commission's summed tally are not coded."))

# 56 ICJ hearing in The Hague (court, no event)
A(art("2024-01-12", "Israël bij Internationaal Gerechtshof: 'Zuid-Afrika verdraait de werkelijkheid'", "Trouw", [
    "Israël heeft vrijdag bij het Internationaal Gerechtshof in Den Haag de beschuldiging van genocide in Gaza 'volstrekt ongegrond' genoemd. Zuid-Afrika had het Hof donderdag gevraagd Israël op te dragen de militaire operatie in Gaza onmiddellijk te stoppen.",
    "De Israëlische juristen wezen op de aanval van Hamas op 7 oktober, waarbij zo'n 1200 mensen werden gedood en ruim 240 gijzelaars werden meegenomen. 'Als er daden van genocide zijn gepleegd, dan tegen Israël', zei juridisch adviseur Tal Becker. Israël zegt alles te doen om burgerslachtoffers te voorkomen.",
    "Zuid-Afrika wees donderdag op het ministerie van Volksgezondheid van Hamas, dat spreekt van meer dan 23.000 doden in Gaza. Volgens de Zuid-Afrikaanse advocaten tonen uitspraken van Israëlische ministers 'genocidale intentie' aan.",
    "Het Hof doet binnen enkele weken uitspraak over de voorlopige maatregelen. Een oordeel over de vraag of er werkelijk sprake is van genocide kan jaren op zich laten wachten.",
    "Volkenrechtdeskundige André Nollkaemper verwacht dat het Hof 'in ieder geval iets' zal opleggen. 'De drempel voor voorlopige maatregelen is laag.'",
], [], "A court hearing: the 7 October attack (old) and Gaza totals (summed, claims of a party) are background. Not coded."))

# 57 Afghan student in Leeuwarden (no event)
A(art("2023-08-15", "Twee jaar Taliban: 'Mijn zussen mogen niet eens naar de middelbare school'", "Leeuwarder Courant", [
    "Precies twee jaar geleden trokken de Taliban Kabul binnen. Voor Parwana Ahmadi (24), die aan de NHL Stenden in Leeuwarden verpleegkunde studeert, is het een dag om niet aan terug te denken. 'Ik stond op het vliegveld tussen duizenden mensen. Ik had geluk.'",
    "Haar twee jongere zussen zijn in Kabul gebleven. Sinds de Taliban meisjes na de basisschool de toegang tot het onderwijs hebben ontzegd, zitten ze thuis. 'Ze volgen stiekem online les, via mijn laptop die ik heb teruggestuurd. Als iemand dat ontdekt, is het gevaarlijk.'",
    "Volgens de Verenigde Naties zijn Afghaanse vrouwen 'systematisch uit het openbare leven verdreven'. Ze mogen niet meer naar de universiteit, niet werken voor ngo's en niet in parken komen. De Taliban noemen dat 'een interne aangelegenheid'.",
    "In Leeuwarden wonen zo'n honderd Afghanen, van wie een deel in 2021 via de evacuatievluchten naar Nederland kwam. Ahmadi wil na haar studie in Friesland blijven werken. 'Maar ik droom ervan dat mijn zussen hier komen studeren. Dat is mijn strijd.'",
], [], "An anniversary of the 2021 Taliban takeover in a local portrait: old event, policies without place or day. Not coded."))

# 58 Pro-Palestinian protests: Amsterdam Saturday, Utrecht Sunday
p = "2023-10-30"
s1 = "Op de Dam in Amsterdam hebben zaterdag volgens de politie zo'n 15.000 mensen gedemonstreerd voor een staakt-het-vuren in Gaza."
s2 = "De betoging verliep rustig; na toespraken trok de stoet langs het Centraal Station en de Prins Hendrikkade."
s3 = "In Utrecht bezetten zondagmiddag enkele honderden demonstranten de stationshal van Utrecht Centraal."
s4 = "Toen zij na een waarschuwing van de burgemeester weigerden te vertrekken, ontruimde de politie de hal en werden 34 mensen aangehouden."
A(art(p, "Tienduizenden op straat voor Gaza; stationshal Utrecht ontruimd", "NOS", [
    s1 + " Betogers droegen Palestijnse vlaggen en borden met de namen van omgekomen kinderen. " + s2,
    "'Ik ben hier omdat ik niet kan blijven kijken', zei een lerares uit Zaandam. Onder de sprekers waren een Palestijnse arts wiens familie in Gaza woont en een rabbijn van een joodse vredesorganisatie.",
    s3 + " Ze zaten op de grond met spandoeken en riepen leuzen. Het treinverkeer werd niet gehinderd, maar de doorgang naar de perrons was gedeeltelijk geblokkeerd. " + s4,
    "Burgemeester Sharon Dijksma zei dat demonstreren 'natuurlijk mag, maar niet in een stationshal waar elke dag 200.000 reizigers doorheen moeten'. De organisatie noemt het ingrijpen 'buiten proportie'.",
    "Sinds de aanval van Hamas op Israël op 7 oktober zijn er in Nederland tientallen betogingen geweest, zowel voor de Palestijnen als voor Israël. Dinsdag is bij het Nationaal Holocaustmuseum in Amsterdam een bijeenkomst gepland voor de gijzelaars in Gaza.",
], [ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Noord-Holland",
       "Amsterdam", 52.3730, 4.8924, 1, wd(p, "zaterdag"), evid=[s1, s2],
       note="Calm pro-Palestinian march from the Dam: peaceful protest."),
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Utrecht",
       "Utrecht", 52.0894, 5.1100, 1, wd(p, "zondag"), evid=[s3, s4],
       note="Sit-in in Utrecht Centraal's hall cleared by police with 34 arrests: protest with intervention.")],
    "Two events (Amsterdam Saturday, Utrecht Sunday). The 7 October attack and the count of protests since then (summed) and Tuesday's planned gathering (future) are not coded."))

# 59 One year after the Limburg floods (no event)
A(art("2022-07-14", "Een jaar na het water: Valkenburg is nog lang niet terug", "De Limburger", [
    "Precies een jaar geleden stroomde de Geul door het centrum van Valkenburg. Nog altijd zijn tientallen winkels en horecazaken aan de Grotestraat dicht en wonen ruim honderd gezinnen in tijdelijke woningen.",
    "Het water stond in juli 2021 op sommige plekken anderhalve meter hoog. In Zuid-Limburg liepen meer dan 2500 woningen schade op; de totale schade wordt geschat op 600 miljoen euro. In Nederland vielen geen doden, in Duitsland en België wel: daar kwamen bijna 230 mensen om.",
    "'Het was een gevecht tegen het water en nu is het een gevecht met de verzekeraar', zegt ondernemer Ruud Leenders, wiens hotel nog steeds wordt verbouwd. Veel ondernemers wachten op geld uit het Fonds Ramp Limburg. 'Ze zijn het hier een beetje vergeten in Den Haag.'",
    "Het waterschap heeft sinds de ramp extra waterbuffers aangelegd langs de Geul. Deskundigen waarschuwen dat zulke extreme regenval door klimaatverandering vaker zal voorkomen.",
    "Donderdagavond is er in de Sint-Nicolaaskerk een bijeenkomst voor getroffen inwoners.",
], [], "Anniversary of floods: natural disaster. Not coded."))

# 60 Bank hostage-taking in Hasselt (crime, no event)
A(art("2020-10-07", "Gijzeling in bank in Hasselt afgelopen zonder gewonden", "Het Nieuwsblad", [
    "Een gijzeling in een bankkantoor aan de Grote Markt in Hasselt is dinsdagmiddag na drie uur zonder gewonden afgelopen. De gijzelnemer, een 38-jarige man uit Genk, gaf zich over aan de speciale eenheden van de federale politie.",
    "De man was rond half één het kantoor binnengestapt met wat een vuurwapen leek, en eiste geld. Toen een medewerker het alarm indrukte, hield hij twee bankbedienden en een klant vast. De politie zette de Grote Markt en de omliggende straten af. Onderhandelaars hadden urenlang telefonisch contact met de man.",
    "Het wapen bleek later een alarmpistool te zijn. 'Hij had grote schulden en zag geen uitweg meer', zegt het Limburgse parket. Er is geen enkele aanwijzing voor een ander motief.",
    "De gijzelaars werden na hun vrijlating opgevangen door slachtofferhulp. Burgemeester Steven Vandeput prees de politie voor de 'rustige en professionele aanpak'.",
    "De man is aangehouden voor gijzeling en poging tot diefstal met geweld. Hij verschijnt donderdag voor de onderzoeksrechter.",
], [], "A hostage-taking in a bank robbery by a man in debt: ordinary crime, not coded."))
