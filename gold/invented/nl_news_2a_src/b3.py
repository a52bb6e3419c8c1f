# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append
NL = "Netherlands"
POL = "Police Forces of the Netherlands"
PRO = "Protesters (Netherlands)"
RUS = "Military Forces of Russia"

# 31 Den Haag: A12-blokkade twee dagen
p = "2024-01-29"
s1 = "De politie heeft zaterdag in Den Haag ruim zevenhonderd klimaatactivisten aangehouden die de A12 bij het Malieveld blokkeerden."
s2 = "De ME zette een waterkanon in om de demonstranten van de rijbaan te krijgen."
s3 = "Zondagmiddag probeerde een kleinere groep van ongeveer vijftig activisten opnieuw de A12 op te gaan. Agenten hielden hen aan voordat zij de rijbaan bereikten."
A(art(p, "Ruim zevenhonderd aanhoudingen bij A12-blokkade, zondag nieuwe poging", "NOS", [
    s1 + " " + s2 + " Het was de zoveelste blokkade van de snelweg door Extinction Rebellion, dat eist dat het kabinet stopt met subsidies en belastingvoordelen voor de fossiele industrie.",
    "De activisten liepen rond het middaguur vanaf Den Haag Centraal naar de snelweg en gingen op het asfalt zitten, ter hoogte van de plek waar de snelweg als Utrechtsebaan de stad in loopt. Volgens de organisatie deden er enkele duizenden mensen mee, onder wie ouders met kinderen en bekende Nederlanders. De politie kwam tot een lager aantal.",
    "Burgemeester Jan van Zanen had de blokkade vooraf verboden en een alternatieve plek op het Malieveld aangeboden. Toen de demonstranten daar geen gebruik van maakten, gaf hij de politie opdracht de weg vrij te maken. Het waterkanon werd meerdere keren ingezet; het water was volgens de politie op temperatuur gebracht vanwege de kou. Een deel van de demonstranten werd daarna weggedragen en in bussen afgevoerd naar een opvanglocatie in het Zuiderpark.",
    "De meeste aangehouden activisten werden na een paar uur vrijgelaten. Enkelen kregen een strafbeschikking omdat zij eerder waren aangehouden. ‘We gaan door tot de fossiele subsidies stoppen’, zei een woordvoerster van Extinction Rebellion. ‘Elke keer zijn we met meer.’",
    s3,
    "De blokkades zijn politiek gevoelig. Verschillende partijen in de Tweede Kamer willen dat de politie harder optreedt en dat activisten die herhaaldelijk de weg blokkeren, hogere straffen krijgen. GroenLinks-PvdA en de Partij voor de Dieren vinden juist dat het demonstratierecht onder druk staat. Amnesty International liet weten dat het inzetten van een waterkanon tegen vreedzame zitdemonstranten ‘disproportioneel’ is.",
    "Vorig jaar september hield Extinction Rebellion ook al een blokkade van de A12 die dagenlang duurde. Toen werden in totaal duizenden mensen aangehouden. De beweging zegt in het voorjaar opnieuw te komen.",
    "De politie schat dat de inzet van zaterdag honderden agenten vergde, onder wie eenheden uit andere delen van het land. De Nederlandse Politiebond waarschuwt dat die capaciteit elders ontbreekt. ‘Terwijl wij in Den Haag activisten wegdragen, liggen elders aangiftes van inbraken op de plank’, zegt voorzitter Jan Struijs.",
], [ev("Protests", "Protest with intervention", PRO, 6, POL, 1, NL, "Zuid-Holland", "Den Haag",
       52.0843, 4.3262, 1, wd(p, "zaterdag"), evid=[s1, s2],
       note="XR blockade of the A12 in The Hague on Saturday, ended with a water cannon and 700+ arrests (one event with the mass arrest: same place, day and sides)."),
    ev("Protests", "Protest with intervention", PRO, 6, POL, 1, NL, "Zuid-Holland", "Den Haag",
       52.0843, 4.3262, 1, wd(p, "zondag"), evid=[s3],
       note="A second attempt on Sunday by about fifty activists, stopped and arrested before reaching the road: a new day, so a second event.")],
    "Two protest events, Saturday and Sunday. The September blockade is older background and the spring action is future."))

# 32 Drugslab bij Someren
A(art("2020-10-14", "Groot drugslab opgerold in schuur bij Someren, drie mannen aangehouden", "Brabants Dagblad", [
    "De politie heeft dinsdag in een schuur aan de rand van Someren een groot drugslab ontmanteld. Drie mannen van 28, 34 en 41 jaar, afkomstig uit Helmond en Eindhoven, werden ter plekke aangehouden.",
    "In de schuur stonden volgens de politie grote ketels, vaten met chemicaliën en een afzuiginstallatie waarmee synthetische drugs als amfetamine en MDMA konden worden gemaakt. Een gespecialiseerd team van de Landelijke Faciliteit Ondersteuning Ontmantelen moest eraan te pas komen om alles veilig af te voeren.",
    "De eigenaar van het perceel zegt dat hij de schuur vorig jaar had verhuurd ‘voor de opslag van caravans’. Hij wordt door de politie nog gehoord.",
    "Brabant is al jaren de belangrijkste productieregio van synthetische drugs in Europa. Het dumpen van drugsafval in natuurgebieden en op akkers kost de provincie en gemeenten jaarlijks miljoenen. ‘Ook hier was het afval al in vaten klaargezet om te worden weggebracht’, aldus een woordvoerder van de politie.",
    "Burgemeester Dilia Blok heeft de schuur voor een halfjaar gesloten.",
], [], "Drug-lab raid with three ordinary arrests; drug crime, not coded."))

# 33 Amsterdam Nieuw-West: schietpartij in drillrapconflict (borderline)
p = "2021-06-14"
s1 = "Een 19-jarige jongen uit Amsterdam-Zuidoost is zaterdagavond in Slotervaart doodgeschoten."
s2 = "Volgens de politie is de schietpartij ‘vrijwel zeker’ onderdeel van een gewelddadig conflict tussen twee rivaliserende drillrapgroepen uit Zuidoost en Nieuw-West, dat al maanden gaande is."
A(art(p, "Jongen (19) doodgeschoten in Slotervaart, politie wijst op conflict tussen drillrapgroepen", "Het Parool", [
    s1 + " Hij werd rond elf uur op de Johan Huizingalaan geraakt door meerdere kogels en overleed kort daarna in het ziekenhuis. Twee jongens op een scooter reden na de schoten weg in de richting van de Cornelis Lelylaan.",
    s2 + " Het slachtoffer trad op in clips van een van de groepen en was eerder dit jaar al eens met een mes bedreigd.",
    "Rechercheurs gaan ervan uit dat het een vergelding is. In de afgelopen maanden zijn in het conflict volgens de politie meerdere jongeren neergestoken en is er ook eerder geschoten. In clips op YouTube en in berichten op sociale media worden leden van de andere groep openlijk bedreigd en uitgedaagd. ‘Wat online begint, eindigt steeds vaker op straat’, zei een woordvoerder.",
    "Burgemeester Femke Halsema heeft voor delen van Slotervaart en Zuidoost een veiligheidsrisicogebied afgekondigd, waardoor de politie preventief mag fouilleren. ‘Er mag geen jongen meer sterven in deze zinloze oorlog’, zei zij zondag.",
    "De moeder van het slachtoffer zei tegen Het Parool dat haar zoon ‘niets met geweld te maken wilde hebben’. ‘Hij maakte muziek. Hij wilde naar de mbo-opleiding voor geluidstechnicus.’",
    "Jongerenwerkers in Zuidoost maken zich grote zorgen. Zij vrezen dat de dood van de 19-jarige tot nieuwe vergeldingsacties leidt. Zondagmiddag kwamen tientallen jongeren samen op de plek van de schietpartij om bloemen te leggen.",
    "Er is nog niemand aangehouden. De politie heeft een team van twintig rechercheurs op de zaak gezet.",
], [ev("Violence against civilians", "Attack", "Unidentified Armed Group (Netherlands)", 3, "Civilians (Netherlands)", 7,
       NL, "Noord-Holland", "Amsterdam - Slotervaart", 52.3579, 4.8272, 1, wd(p, "zaterdag"), fat=1, evid=[s1, s2],
       note="Borderline: fatal shooting in Slotervaart on Saturday that police link to a feud between rival drill-rap groups, coded as gang-war violence (attack by an unidentified group on a civilian). Earlier stabbings in the feud have no day or place and are not coded; the gathering with flowers is a vigil, not coded.")],
    "One borderline gang-war attack coded; the earlier incidents of the feud are vague background."))

# 34 Helmond: explosief bij bedrijfspand (afpersing)
A(art("2022-03-22", "Explosief ontploft bij bedrijfspand in Helmond, politie onderzoekt afpersing", "Eindhovens Dagblad", [
    "Bij een bedrijfspand aan de Churchilllaan in Helmond is in de nacht van zondag op maandag een explosief ontploft. De gevel en de toegangsdeur van het pand, waarin een autobedrijf is gevestigd, raakten zwaar beschadigd. Er raakte niemand gewond.",
    "Het is de tweede keer in een maand dat het bedrijf doelwit is. Begin februari werd er al een handgranaat tegen de gevel gevonden, die door de Explosieven Opruimingsdienst werd weggehaald. De politie onderzoekt of het bedrijf wordt afgeperst. ‘Daar zijn aanwijzingen voor’, zegt een woordvoerder, zonder verder in details te treden.",
    "De eigenaar wil niet op de zaak ingaan. Medewerkers zeggen geschrokken te zijn. ‘Je weet niet wat er nog gaat komen’, zegt een monteur.",
    "Burgemeester Blanksma heeft het pand voor drie maanden gesloten. Volgens haar is de veiligheid van omwonenden in het geding. ‘Ik ga niet wachten tot er een keer iemand voorbijloopt als het misgaat.’",
    "Explosies bij woningen en bedrijfspanden zijn in Brabant inmiddels aan de orde van de dag. Volgens de politie gaat het vaak om intimidatie of afpersing in het criminele circuit.",
], [], "Explosion at a business premises, police suspect extortion; ordinary crime without a political motive. Not coded."))

# 35 Irak: drone-aanval Bagdad, raketten op Ain al-Asad
p = "2023-11-22"
s1 = "Bij een Amerikaanse drone-aanval op een auto in het oosten van Bagdad zijn dinsdagavond twee leden van de pro-Iraanse militie Kataib Hezbollah om het leven gekomen."
s2 = "Dat bevestigen Iraakse veiligheidsbronnen."
s3 = "Maandag werden op de luchtmachtbasis Ain al-Asad, bij Al-Baghdadi in de westelijke provincie Anbar, zeker drie raketten afgevuurd. Er vielen geen slachtoffers."
A(art(p, "VS doden twee militieleden bij drone-aanval in Bagdad", "NRC / ANP", [
    s1 + " " + s2 + " De auto werd volgens getuigen geraakt op de drukke Palestina-straat in het oosten van de stad en brandde volledig uit.",
    "Het Pentagon zei in een verklaring dat de aanval een ‘vergelding’ was voor de tientallen aanvallen op Amerikaanse militairen in Irak en Syrië sinds half oktober. ‘We zullen onze troepen altijd beschermen’, zei een woordvoerder. Volgens de VS was een van de gedoden ‘direct betrokken bij het plannen van aanvallen’.",
    s3 + " De aanval werd opgeëist door het Islamitisch Verzet in Irak, een koepel van milities die zich tegen de Amerikaanse aanwezigheid keert en de Israëlische oorlog in Gaza als aanleiding noemt.",
    "De Iraakse regering van premier Mohammed Shia al-Sudani veroordeelde de Amerikaanse aanval als ‘een schending van de soevereiniteit van Irak’. Tegelijk riep zij de milities op om de aanvallen op buitenlandse troepen te staken. Al-Sudani zit klem: hij is aan de macht gekomen met steun van partijen die nauwe banden hebben met de milities, maar wil de relatie met Washington niet op het spel zetten.",
    "In Irak zijn nog zo'n 2500 Amerikaanse militairen gelegerd, officieel om het Iraakse leger te adviseren in de strijd tegen Islamitische Staat. Ook Nederland heeft een kleine bijdrage aan de internationale coalitie.",
    "Analisten vrezen dat de vergeldingsacties uit de hand lopen. ‘Beide kanten zeggen dat ze geen escalatie willen, maar elke aanval vraagt om een antwoord’, zegt een onderzoeker van Instituut Clingendael. ‘Zo ontstaat een spiraal waar niemand meer uit kan.’",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", 8, "Kataib Hezbollah", 3,
       "Iraq", "Baghdad", "Baghdad", 33.3152, 44.3661, 1, wd(p, "dinsdag"), fat=2, evid=[s1, s2],
       note="US drone strike on a car in east Baghdad on Tuesday evening, killing two Kataib Hezbollah members per Iraqi security sources. US forces in Iraq inter 8; Kataib Hezbollah as a political militia (3)."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic Resistance in Iraq", 3,
       "Military Forces of the United States", 8, "Iraq", "Al Anbar", "Al Baghdadi", 33.8667, 42.5500, 2,
       wd(p, "maandag"), fat=0, evid=[s3],
       note="Rocket attack on Ain al-Asad air base near Al-Baghdadi on Monday, claimed by the Islamic Resistance in Iraq; 'no casualties' gives fatalities 0. Geo 2 (a base near a town). The dozens of earlier attacks since October are an aggregate, not coded.")],
    "Two events: the Baghdad drone strike and the Ain al-Asad rocket attack. The aggregate of attacks since mid-October is not coded."))

# 36 Rechtszaak IS-vrouw
A(art("2021-09-08", "Teruggekeerde IS-vrouw krijgt drie jaar cel", "NOS", [
    "De rechtbank in Rotterdam heeft een 31-jarige vrouw uit Zoetermeer veroordeeld tot drie jaar cel voor deelname aan een terroristische organisatie. Ze reisde in 2014 naar Syrië en sloot zich daar aan bij Islamitische Staat.",
    "De vrouw trouwde in Raqqa met een IS-strijder, die later bij gevechten omkwam. Volgens de rechtbank heeft zij met haar aanwezigheid en haar rol als echtgenote en moeder ‘bewust bijgedragen aan het voortbestaan van het kalifaat’. Ze verspreidde bovendien propaganda via sociale media.",
    "Na de val van IS belandde de vrouw met haar twee kinderen in kamp Al-Hol in het noordoosten van Syrië. Vorig jaar werd zij samen met een aantal andere vrouwen door Nederland teruggehaald. De kinderen wonen nu bij een pleeggezin.",
    "Tijdens de zitting zei ze spijt te hebben. ‘Ik was jong en naïef. Ik dacht dat ik naar een paradijs ging.’ De rechtbank hield rekening met de omstandigheden in het kamp, maar vond dat zij ‘een wezenlijke bijdrage’ heeft geleverd.",
    "Het OM had vier jaar geëist.",
], [], "Court case about IS membership years ago; not coded."))

# 37 Utrecht: Palestina-mars en universiteitsbezetting
p = "2024-05-15"
s1 = "Zaterdag liepen enkele duizenden mensen in een mars voor Palestina door de binnenstad van Utrecht."
s2 = "De demonstratie, die begon op het Jaarbeursplein en eindigde in het Wilhelminapark, verliep zonder incidenten."
s3 = "Maandagavond maakte de politie een einde aan de bezetting van een universiteitsgebouw aan de Drift door pro-Palestijnse studenten."
s4 = "Ongeveer veertig betogers die weigerden te vertrekken, werden aangehouden."
A(art(p, "Duizenden bij Palestina-mars, politie beëindigt bezetting universiteitsgebouw", "RTV Utrecht", [
    "Het protest tegen de oorlog in Gaza is de afgelopen dagen ook in Utrecht sterker geworden. " + s1 + " " + s2,
    "De deelnemers, onder wie veel jongeren en gezinnen met kinderen, droegen Palestijnse vlaggen en borden met teksten als ‘Stop de genocide’ en ‘Geen wapens naar Israël’. De organisatie sprak van zesduizend deelnemers, de politie van ongeveer vierduizend.",
    s3 + " Een groep van ruim honderd studenten en medewerkers had zich sinds de middag in het gebouw verschanst en eiste dat de Universiteit Utrecht alle banden met Israëlische universiteiten verbreekt. " + s4,
    "Volgens de politie werden agenten bij de ontruiming uitgescholden en werd er met verf gegooid. Er raakte niemand gewond. Het college van bestuur zei dat het gesprek met studenten ‘altijd open’ staat, maar dat een bezetting ‘een grens overschrijdt’. De meeste aangehouden betogers werden in de nacht weer vrijgelaten.",
    "Studenten reageerden boos. ‘We zijn geweldloos, we zaten gewoon met elkaar te praten en te studeren’, zei een student rechten. ‘De universiteit roept de politie in tegen haar eigen studenten. Dat is schandalig.’",
    "Ook aan andere universiteiten in Nederland wordt de laatste weken gedemonstreerd. In Amsterdam liep een tentenkamp op het terrein van de UvA eerder al uit op harde confrontaties met de ME. Studenten kondigden aan donderdag opnieuw te demonstreren bij het Academiegebouw aan het Domplein.",
    "De oorlog in Gaza begon op 7 oktober vorig jaar, na de aanval van Hamas op Israël.",
], [ev("Protests", "Peaceful protest", PRO, 6, None, None, NL, "Utrecht", "Utrecht", 52.0907, 5.1214, 1,
       wd(p, "zaterdag"), evid=[s1, s2],
       note="Peaceful pro-Palestine march through Utrecht on Saturday."),
    ev("Protests", "Protest with intervention", PRO, 6, POL, 1, NL, "Utrecht", "Utrecht", 52.0907, 5.1214, 1,
       wd(p, "maandag"), evid=[s3, s4],
       note="Occupation of a university building on the Drift ended by police on Monday evening, about 40 arrests (same event). The Amsterdam clashes are told without a time and are only background; Thursday's protest is announced, not coded.")],
    "Two protest events in Utrecht (Saturday march, Monday occupation). The Amsterdam encampment clash is mentioned without a time and is not coded; the Thursday protest is future."))

# 38 Defensiebegroting
A(art("2024-09-18", "Defensie krijgt er miljarden bij: ‘We moeten klaar zijn voor oorlog’", "De Telegraaf", [
    "Defensie krijgt volgend jaar ruim twee miljard euro extra. Daarmee haalt Nederland voor het eerst in jaren de NAVO-norm van twee procent van het bruto binnenlands product, zo blijkt uit de Miljoenennota die dinsdag werd gepresenteerd.",
    "Het geld gaat onder meer naar munitie, extra F-35-gevechtsvliegtuigen en de uitbreiding van het aantal militairen. ‘De dreiging aan de oostgrens van het bondgenootschap is reëel’, zegt minister Ruben Brekelmans. ‘We moeten klaar zijn om te vechten, zodat we dat hopelijk nooit hoeven.’",
    "De krijgsmacht kampt al jaren met personeelstekorten. Er staan duizenden vacatures open. Defensie wil onder meer met een dienjaar meer jongeren interesseren voor een baan in het leger.",
    "De oppositie is verdeeld. De SP noemt de stijging ‘een wapenwedloop op kosten van de zorg’; de VVD vindt dat het bedrag nog hoger moet. De Tweede Kamer debatteert volgende week over de begroting.",
    "Ook de NAVO zelf voert de druk op. Secretaris-generaal Mark Rutte, tot deze zomer premier, zei vorige week dat twee procent ‘een vloer is, geen plafond’. Verschillende Oost-Europese bondgenoten geven al ruim drie procent uit aan hun krijgsmacht.",
], [], "Defence budget; no event."))

# 39 Aanhoudingen na rellen FC Utrecht - Ajax (oud)
A(art("2024-04-18", "Nog eens twaalf verdachten opgepakt voor rellen bij Galgenwaard", "AD / Utrechts Nieuwsblad", [
    "De politie heeft dinsdag en woensdag nog eens twaalf mensen aangehouden die verdacht worden van betrokkenheid bij de rellen rond de wedstrijd FC Utrecht-Ajax in stadion Galgenwaard, begin maart. Daarmee komt het totaal aantal verdachten op 37.",
    "Bij de ongeregeldheden op zondag 3 maart werd een tribune met zwaar vuurwerk bestookt en raakten vijf stewards en drie agenten gewond. Na afloop gingen groepen supporters op de Herculeslaan met elkaar en met de ME op de vuist. De wedstrijd moest twee keer worden stilgelegd.",
    "De verdachten, mannen tussen 17 en 38 jaar uit Utrecht, Amersfoort en Amsterdam, zijn herkend aan de hand van camerabeelden. Het team dat de rellen onderzoekt, plaatste vorige maand beelden van veertig onherkenbaar gemaakte relschoppers online. Volgens de politie hebben zich daarna al zes mensen zelf gemeld.",
    "De aangehouden verdachten worden onder meer verdacht van openlijke geweldpleging en het afsteken van zwaar vuurwerk. Hen wacht ook een stadionverbod van de KNVB. FC Utrecht zegt de schade op de betrokken supporters te zullen verhalen.",
    "‘We blijven zoeken tot we iedereen hebben’, zegt de teamleider van het onderzoek. ‘Wie denkt dat hij in de anonimiteit van een groep kan verdwijnen, heeft het mis.’",
    "Burgemeester Sharon Dijksma wil samen met de club en de politie een snellere afhandeling van voetbalgeweld. Ze pleit voor snelrecht bij wedstrijden met een hoog risico.",
], [], "Borderline: arrests of ordinary suspects for football riots of 3 March, six weeks earlier; the riot is outside the news horizon and the arrests are of ordinary persons, not militants or a mass arrest at a protest. Not coded."))

# 40 Oekraïne: Robotyne heroverd, beschieting Orikhiv
p = "2023-08-24"
s1 = "Oekraïense troepen hebben het dorp Robotyne, in het zuiden van de regio Zaporizja, heroverd op het Russische leger."
s2 = "Dat maakte onderminister van Defensie Hanna Maljar woensdag bekend. Ook Russische militaire bloggers erkennen dat het dorp in Oekraïense handen is gevallen."
s3 = "In het nabijgelegen stadje Orikhiv kwam dinsdag een 70-jarige man om het leven toen een Russische granaat insloeg in zijn tuin."
A(art(p, "Oekraïne herovert Robotyne: ‘Eerste scheur in de Russische verdediging’", "de Volkskrant", [
    s1 + " " + s2,
    "Het is de eerste belangrijke winst van het Oekraïense tegenoffensief in deze sector, dat begin juni begon en sindsdien maar langzaam vordert. De troepen stuitten op dichte mijnenvelden, antitankgrachten en betonnen ‘drakentanden’ die de Russen de afgelopen winter hadden aangelegd.",
    "Op beelden die het Oekraïense leger verspreidde, is te zien hoe militairen een blauw-gele vlag hijsen boven een volledig verwoest gebouw. Van het dorp, dat voor de oorlog zo'n vijfhonderd inwoners telde, staat vrijwel niets meer overeind. Volgens Maljar zijn Oekraïense eenheden ook ten zuiden van het dorp opgerukt.",
    "Militaire analisten zijn voorzichtig. ‘Robotyne is een belangrijke stap, maar de echte verdedigingslinie ligt nog verder naar het zuiden’, zegt een onderzoeker van het Den Haag Centrum voor Strategische Studies. ‘De vraag is of Oekraïne genoeg mensen en materieel heeft om ook daar doorheen te komen voordat het herfst wordt en de velden in modder veranderen.’",
    s3 + " Orikhiv, dat op nog geen vijftien kilometer van de frontlinie ligt, wordt dagelijks beschoten. Van de twintigduizend inwoners zijn er nog enkele duizenden over.",
    "Het Russische ministerie van Defensie meldde woensdag dat het ‘Oekraïense aanvallen in de richting van Zaporizja heeft afgeslagen’ en daarbij honderden Oekraïense militairen heeft gedood. Robotyne werd in die verklaring niet genoemd.",
    "De Nederlandse regering maakte vorige week bekend dat zij F-16-gevechtsvliegtuigen aan Oekraïne gaat leveren, samen met Denemarken. De eerste toestellen worden naar verwachting volgend jaar ingezet. Oekraïense piloten worden eerst in Roemenië opgeleid.",
], [ev("Battles", "Government regains territory", "Military Forces of Ukraine", 1, RUS, 8,
       "Ukraine", "Zaporizhia", "Robotyne", 47.4456, 35.8367, 1, wd(p, "woensdag"),
       evid=[s1, s2],
       note="Ukrainian recapture of Robotyne, announced Wednesday and confirmed by Russian military bloggers, so treated as having happened; dated to the announcement day. Russia's claim of hundreds of Ukrainian dead is not tied to this event."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RUS, 8, "Civilians (Ukraine)", 7,
       "Ukraine", "Zaporizhia", "Orikhiv", 47.5672, 35.7856, 1, wd(p, "dinsdag"), fat=1, evid=[s3],
       note="Russian shell killing a 70-year-old man in Orikhiv on Tuesday. The daily shelling in general is not coded.")],
    "Two events: the recapture of Robotyne (Wednesday) and a fatal shell in Orikhiv (Tuesday). The counter-offensive since June and Russia's vague claim are background."))

# 41 Interview veteraan Mali
A(art("2019-07-06", "Tien jaar Minusma-veteraan: ‘In Gao leerde ik wat een vredesmissie niet kan’", "NRC", [
    "Als Mark de Bruin (38) zijn ogen dichtdoet, ziet hij nog altijd het stof. ‘Dat fijne, rode stof van Gao. Het zat overal: in je neus, in je wapen, in je slaapzak.’ De sergeant-majoor uit Assen diende twee keer in Mali, in 2015 en in 2017, als inlichtingenanalist bij de Nederlandse bijdrage aan de VN-missie Minusma.",
    "Nederland stopte dit voorjaar met die bijdrage. Vijf jaar lang waren er gemiddeld zo'n 250 Nederlandse militairen in het Noord-Malinese Gao gelegerd, vooral om inlichtingen te verzamelen over jihadistische groepen en smokkelnetwerken in de woestijn. Het was de grootste Nederlandse missie sinds Uruzgan.",
    "Het drama van de missie kwam in juli 2016, toen twee Nederlandse militairen om het leven kwamen door een ongeluk met een mortiergranaat tijdens een oefening. Later bleek uit onderzoek van de Onderzoeksraad voor Veiligheid dat de granaten al jaren niet goed waren opgeslagen en dat Defensie waarschuwingen had genegeerd. De minister van Defensie trad af. ‘Dat was de klap’, zegt De Bruin. ‘Je verwacht dat je in Mali tegen de vijand moet opletten, niet tegen je eigen munitie.’",
    "Over de missie zelf is hij dubbel. ‘We hebben goed werk gedaan. We wisten precies wie waar zat, welke groepen met elkaar samenwerkten en waar de smokkelroutes liepen. Maar wat moet je met die informatie als de Malinese regering er niets mee doet?’",
    "Minusma is de dodelijkste VN-missie ter wereld. Sinds 2013 kwamen meer dan tweehonderd blauwhelmen om het leven, de meesten door aanslagen met bermbommen en raketten op de kampen. Ook de Nederlandse basis Camp Castor in Gao werd meermaals beschoten. ‘Je hoorde een fluitend geluid en dan ging het alarm. Dan lag je in de bunker te wachten. Meestal sloegen ze in de woestijn in, soms niet.’",
    "De toestand in het land is sinds het vertrek van de Nederlanders niet verbeterd. In het centrum van Mali, rond Mopti, zijn de afgelopen jaren honderden burgers omgekomen bij geweld tussen Fulani-herders en Dogon-boeren, aangewakkerd door jihadisten en etnische milities. De Malinese regering heeft daar nauwelijks gezag.",
    "De Bruin werkt inmiddels op de staf van de Luchtmobiele Brigade in Schaarsbergen. Hij heeft een dochter van drie en denkt niet dat hij nog op uitzending gaat. ‘Ik heb mijn portie gehad.’",
    "Thuiskomen viel hem zwaarder dan hij had verwacht. ‘Na de tweede uitzending sliep ik maanden slecht. Elke knal van een scooter en ik stond naast mijn bed.’ Via het Veteranenloket kreeg hij hulp van een psycholoog. ‘Daar schaamde ik me eerst voor. Nu zeg ik tegen jongere collega's: ga op tijd praten.’",
    "Toch kijkt hij niet met spijt terug. ‘Ik heb in Gao kinderen zien voetballen op straat, vrouwen die weer naar de markt gingen. Dat is niet niks. Maar een vredesmissie kan geen vrede brengen waar de mensen zelf nog geen vrede willen. Dat is het belangrijkste wat ik heb geleerd.’",
    "Het ministerie van Defensie organiseert in september een terugkeerdag voor alle Minusma-veteranen en hun gezinnen in Ede.",
], [], "Veteran interview; the 2016 mortar accident (an accident, and old), attacks on Camp Castor without dates and aggregate tolls are all background. Not coded."))

# 42 Hoorn: windmolenstrijd in de raad
A(art("2022-04-21", "‘Oorlog’ in Hoornse raad over windmolens bij de Westfriese Dijk", "Noordhollands Dagblad", [
    "De gemeenteraad van Hoorn lag woensdagavond met zichzelf overhoop over de komst van drie windmolens langs de Westfriese Omringdijk. Na een debat van ruim vier uur stemde een krappe meerderheid in met het plan.",
    "Oppositiepartijen en een groep bewoners spraken van ‘een aanval op het Westfriese landschap’. Raadslid Jan de Wit van Hoorn Lokaal noemde de besluitvorming ‘een oorlogsverklaring aan Zwaag’. Wethouder Sam Wolkers (GroenLinks) vond dat overdreven. ‘We hebben het over duurzame stroom, niet over tanks.’",
    "De windmolens, elk ruim tweehonderd meter hoog, moeten stroom leveren aan zo'n twaalfduizend huishoudens. Een bewonersgroep gaat naar de Raad van State. ‘Deze strijd is nog lang niet voorbij’, zei de voorzitter.",
    "Op de publieke tribune zaten ruim vijftig bewoners, die na de stemming luid hun ongenoegen lieten blijken. De voorzitter moest de vergadering even schorsen.",
    "Eerder dit jaar haalde de bewonersgroep ruim tweeduizend handtekeningen op tegen het plan. Volgens de gemeente is er bij de keuze voor de locatie zorgvuldig gekeken naar geluid en slagschaduw. Een onafhankelijk bureau berekende dat geen enkele woning binnen de wettelijke normen valt.",
], [], "Council debate with war metaphors; residents on the public gallery are not a protest in public space. Not coded."))

# 43 Rotterdam: explosief bij Turks-Nederlandse vereniging (motief)
p = "2023-06-05"
s1 = "Bij het gebouw van een Turks-Nederlandse vereniging aan de Schiedamseweg in Rotterdam-Delfshaven is in de nacht van zaterdag op zondag een explosief afgegaan."
s2 = "De politie gaat uit van een politiek motief: bij het pand werd een dreigbrief gevonden waarin de vereniging werd bedreigd vanwege haar steun aan de Turkse president Erdogan."
A(art(p, "Explosief bij Turkse vereniging in Delfshaven, politie onderzoekt dreigbrief", "AD / Rotterdams Dagblad", [
    s1 + " De voorgevel en de ramen van het gebouw raakten zwaar beschadigd. Niemand raakte gewond; het gebouw was op dat moment leeg.",
    s2 + " Over de inhoud van de brief wil de politie verder niets zeggen.",
    "Het explosief ging rond half drie 's nachts af. Buurtbewoners werden wakker van een harde knal. ‘Ik dacht eerst dat het onweer was, maar toen zag ik de glasscherven op straat liggen’, zegt een bewoner van een bovenwoning aan de overkant. Op camerabeelden zou te zien zijn dat een persoon in een donker trainingspak kort voor de ontploffing een tas bij de deur zet.",
    "Het bestuur van de vereniging spreekt van ‘een laffe daad’. ‘Wij zijn een culturele vereniging, wij organiseren taallessen en feesten. Wie het niet met ons eens is, mag dat zeggen, maar niet met bommen’, zegt de voorzitter.",
    "De aanslag volgt een week na de tweede ronde van de Turkse presidentsverkiezingen, die Erdogan won. In Rotterdam, waar veel Turkse Nederlanders op Erdogan stemden, leidde de campagne al maanden tot spanningen tussen aanhangers en tegenstanders van de president, onder wie veel Koerdische Rotterdammers.",
    "Burgemeester Aboutaleb veroordeelde de aanslag. ‘Conflicten uit andere landen horen niet op de straten van Rotterdam te worden uitgevochten.’ Het Team Criminele Inlichtingen en de recherche onderzoeken de zaak. De Nationaal Coördinator Terrorismebestrijding en Veiligheid is op de hoogte gebracht.",
    "Er is nog niemand aangehouden. De politie vraagt mensen die zaterdagnacht in de buurt van de Schiedamseweg waren, zich te melden.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Netherlands)", 3,
       "Civilians (Netherlands)", 7, NL, "Zuid-Holland", "Rotterdam - Delfshaven", 51.9100, 4.4470, 1,
       wd(p, "zondag"), fat=0, inj=0, evid=[s1, s2],
       note="Borderline: explosive at a Turkish-Dutch association's building in Delfshaven on Sunday night, with a threat letter giving a political motive; coded as an IED attack by an unidentified group on a civilian target, nobody hurt. The months of tension around the Turkish election are background.")],
    "One politically motivated explosion coded (borderline). The tension around the Turkish election is vague background."))

# 44 Carnaval: Oeteldonk ingenomen
A(art("2020-02-22", "Oeteldonk is ingenomen: Prins Amadeiris krijgt de sleutel van de stad", "Omroep Brabant", [
    "Den Bosch heeft zich vrijdagavond overgegeven. Burgemeester Jack Mikkers droeg op het stadhuis de sleutel van de stad over aan Prins Amadeiris de Twidde, waarmee Oeteldonk officieel is ‘ingenomen’ door de carnavalsvierders.",
    "De Markt was al uren van tevoren volgestroomd met duizenden mensen in boerenkielen met rood-wit-gele sjaals. Toen de prins verscheen, barstte een oorverdovend gejuich los. ‘Ik heb de stad in handen en ik geef hem pas woensdag terug’, riep hij vanaf het bordes.",
    "Het Oeteldonks Gemaal, de carnavalsvereniging van de stad, had de ‘aanval’ minutieus voorbereid. Een leger van kikkers, het symbool van Oeteldonk, trok door de straten, voorafgegaan door een blaaskapel.",
    "De politie meldt een rustige eerste avond. Er werden drie mensen bekeurd voor wildplassen. De binnenstad is de komende dagen gesloten voor autoverkeer.",
    "Zaterdag trekt de grote optocht door de stad, met ruim zestig wagens en loopgroepen. De organisatie verwacht tot honderdduizend bezoekers. Het KNMI voorspelt wisselvallig weer met kans op een bui, maar dat deert de Oeteldonkers niet. ‘Regen hoort bij carnaval’, zegt een woordvoerder van de vereniging. ‘Dan gaan we gewoon naar binnen.’",
], [], "Carnival with military metaphors ('ingenomen', 'leger'); no event."))

# 45 Syrië: Turkse drone bij Kobani, IS-hinderlaag bij Mayadin
p = "2023-04-18"
s1 = "Bij een Turkse drone-aanval op een auto bij Kobani, in het noorden van Syrië, zijn zondag twee strijders van de Koerdisch geleide Syrische Democratische Strijdkrachten (SDF) om het leven gekomen."
s2 = "Dat meldt het Syrisch Observatorium voor Mensenrechten, een in Londen gevestigde organisatie met een netwerk van bronnen in het land."
s3 = "Maandag kwamen in de woestijn ten zuiden van Mayadin, in de oostelijke provincie Deir ez-Zor, zeker elf Syrische soldaten om bij een hinderlaag die volgens het Observatorium door strijders van Islamitische Staat werd gelegd."
A(art(p, "Doden bij Turkse drone-aanval bij Kobani en IS-hinderlaag in oosten Syrië", "Trouw / ANP", [
    s1 + " " + s2,
    "De SDF, die met steun van de Verenigde Staten het noordoosten van Syrië controleren, spraken van ‘een nieuwe misdaad van de Turkse bezetter’. Turkije beschouwt de Koerdische YPG, de ruggengraat van de SDF, als een verlengstuk van de PKK en voert regelmatig drone-aanvallen uit in het grensgebied. Ankara zei in een verklaring dat het ‘terroristen heeft geneutraliseerd’.",
    s3 + " De soldaten zaten in een bus die op weg was naar hun basis in Palmyra.",
    "Volgens het Observatorium openden de aanvallers het vuur vanaf pick-ups nadat de bus was gestopt voor een versperring op de weg. De Syrische staatstelevisie meldde ‘een terroristische aanval’ en noemde geen dodental.",
    "Islamitische Staat verloor in 2019 zijn laatste grondgebied in Syrië, bij Baghouz. Toch zijn de restanten van de groep in de Syrische woestijn, de Badiya, nog altijd actief. De afgelopen maanden vielen bij aanvallen op truffelzoekers, herders en militairen tientallen doden. Vorig jaar overleed een van de leiders van de groep bij een Amerikaanse operatie in het noordwesten.",
    "De oorlog in Syrië, die in 2011 begon, heeft volgens schattingen van de VN aan ruim driehonderdduizend burgers het leven gekost. Het land is verdeeld in gebieden die door de regering, de SDF, door Turkije gesteunde rebellen en jihadistische groepen worden gecontroleerd. Na de aardbeving van februari, die in het noorden van Syrië duizenden doden eiste, is de humanitaire nood groter dan ooit.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8, "SDF: Syrian Democratic Forces", 2,
       "Syria", "Aleppo", "Kobani", 36.8910, 38.3536, 2, wd(p, "zondag"), fat=2, evid=[s1, s2],
       note="Turkish drone strike on a car near Kobani on Sunday, 2 SDF fighters killed per the Syrian Observatory (treated as not party to the fight). Turkish forces in Syria inter 8; geo 2 ('near' Kobani)."),
    ev("Battles", "Armed clash", "Islamic State", 2, "Military Forces of Syria", 1, "Syria", "Deir ez-Zor",
       "Mayadin", 35.0200, 40.4500, 2, wd(p, "maandag"), fat=11, evid=[s3],
       note="IS ambush on an army bus in the desert south of Mayadin on Monday, at least 11 soldiers dead per the Observatory; geo 2 (south of the town). The Badiya tallies of recent months and the 2019 fall of Baghouz are background.")],
    "Two events: the Turkish drone strike near Kobani and the IS ambush near Mayadin. Aggregate tallies, the 2019 defeat and the earthquake are not coded."))
