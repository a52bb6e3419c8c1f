# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    """A count claimed by a party to the fight (fatalities_claimed)."""
    return {"low": low, "high": high, "claimant": claimant, "text": text}


UA = "Ukraine"
PS = "Palestine"
RU8 = "Military Forces of Russia"
IL8 = "Military Forces of Israel"


# 1 Ukraine: Russian missile strike on Kharkiv (Friday) + drone strike on Odesa port (Thursday evening) (2 events)
P = "2024-06-01"
s1a = "Bij een Russische raketaanval op een woonwijk in Charkiv zijn vrijdagochtend zeker zes burgers om het leven gekomen."
s1b = "Dat aantal is afkomstig van de VN-mensenrechtenmissie in Oekraïne, die ook 29 gewonden telde."
s1c = "Donderdagavond was Odesa al doelwit: Russische aanvalsdrones bestookten de haven van de Zwarte Zeestad urenlang."
s1d = "Een opslagloods met graan brandde uit; volgens de havenautoriteit raakte niemand gewond."
A(art(P, "Russische raketten treffen flat in Charkiv, drones bestoken haven van Odesa", "NRC", [
    "Jorien Haverkamp, Kyiv",
    s1a + " Twee raketten sloegen kort na zevenen in op een flatgebouw van negen verdiepingen in de wijk Saltivka, in het noordoosten van de stad, op het moment dat veel bewoners op weg gingen naar hun werk.",
    s1b + " Het regionale bestuur meldde 's avonds op Telegram negen doden en zei dat reddingswerkers onder het puin nog naar vermisten zochten. Het Russische ministerie van Defensie verklaarde dat er een militair doel was geraakt, zonder te zeggen welk.",
    "'Ik hoorde een fluitend geluid en daarna alleen nog glas', vertelt Oleksandra Bondar (63), die met een verband om haar hand op een bankje voor het gebouw zit. Haar buurvrouw van de vierde verdieping wordt nog vermist. 'Hier woonden gewone mensen. Gepensioneerden, gezinnen met kinderen. Wat is daar militair aan?'",
    s1c + " " + s1d + " Het is volgens de Oekraïense marine de derde aanval op de haveninfrastructuur van Odesa in drie weken.",
    "Charkiv, de tweede stad van het land, ligt nog geen veertig kilometer van de Russische grens en wordt sinds het begin van de invasie vrijwel voortdurend beschoten. Op 23 januari kwamen bij een vergelijkbare aanval op de stad elf mensen om. Volgens de VN zijn sinds februari 2022 in heel Oekraïne ruim elfduizend burgers gedood, een aantal dat in werkelijkheid waarschijnlijk fors hoger ligt.",
    "Kyiv dringt er bij westerse bondgenoten al maanden op aan om extra Patriot-luchtafweersystemen te leveren. Alleen die kunnen de ballistische raketten onderscheppen waarmee Rusland Charkiv bestookt, maar ze zijn schaars en duur.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RU8, 8, "Civilians (Ukraine)", 7, UA, "Kharkiv", "Kharkiv", 49.9935, 36.2304, 1, wd(P, "vrijdag"),
       fat=6, claimed=[claim(9, 9, "Kharkiv regional administration (Ukraine)", "negen doden")], inj=29, evid=[s1a, s1b],
       note="Russian missile strike on a block of flats in Saltivka, Kharkiv, on Friday morning. Fatalities and injured from the UN monitoring mission (6, 29); the regional administration's nine dead is a party's count, so in claimed."),
    ev("Explosions/Remote violence", "Air/drone strike", RU8, 8, None, None, UA, "Odesa", "Odesa", 46.4825, 30.7233, 1, wd(P, "donderdag"),
       fat=0, inj=0, evid=[s1c, s1d],
       note="Russian attack drones on the port of Odesa on Thursday evening; a grain store burned out, nobody hurt (so 0 and 0). No person targeted: actor2 left empty (borderline: Civilians (Ukraine) for civilian infrastructure)."),
], "Two events: the Friday missile strike on Kharkiv and the Thursday-evening drone strike on Odesa's port. Not coded: 'the third attack in three weeks' on Odesa (no days), the 23 January strike on Kharkiv (months old) and the UN's national toll since 2022."))

# 2 Analysis: the Russian advance towards Pokrovsk (negative)
P = "2024-07-06"
A(art(P, "Analyse: Hoe Rusland met kleine stapjes oprukt richting Pokrovsk", "de Volkskrant", [
    "Het is een oorlog van meters, niet van kilometers. Ten westen van Avdiivka, dat in februari na maanden van belegering in Russische handen viel, schuift het front sindsdien langzaam maar onmiskenbaar op richting Pokrovsk, een mijnstadje dat als logistiek knooppunt voor het Oekraïense leger in de regio Donetsk van groot belang is.",
    "Van doorbraken is geen sprake. Rusland stuurt kleine groepjes infanteristen, soms niet meer dan vier of vijf man, op motoren of te voet naar voren, vaak onder dekking van artillerie en van glijbommen die ver achter de eigen linies uit vliegtuigen worden losgelaten. Sneuvelen de eerste groepjes, dan volgen er nieuwe. Volgens westerse inlichtingendiensten verliest het Russische leger op sommige dagen meer dan duizend man aan doden en gewonden, een prijs die Moskou bereid lijkt te betalen.",
    "'Rusland ruilt mensen in voor grond', zegt een Nederlandse militair analist die anoniem wil blijven omdat hij voor Defensie werkt. 'Dat is bloedig en inefficiënt, maar zolang Oekraïne te weinig soldaten en munitie heeft om de gaten te dichten, werkt het.'",
    "Daar zit het probleem. De nieuwe mobilisatiewet, die in april door het Oekraïense parlement werd aangenomen, levert pas over enkele maanden extra manschappen op. Brigades die sinds 2022 vrijwel onafgebroken aan het front staan, zijn uitgeput. En hoewel de Amerikaanse steun na een half jaar politieke impasse in Washington weer op gang is gekomen, duurt het weken voordat granaten en pantservoertuigen de loopgraven bereiken.",
    "Of Pokrovsk dit jaar valt, durft niemand te voorspellen. Oekraïne legt achter de huidige linie nieuwe verdedigingswerken aan, met tankvallen, drakentanden en mijnenvelden. Maar de tijd, zo lijkt het Kremlin te rekenen, werkt voor Rusland: hoe langer de uitputtingsslag duurt, hoe meer de vraag in westerse hoofdsteden verschuift van 'hoe wint Oekraïne' naar 'hoe lang houdt Oekraïne vol'.",
], [], "Analysis of the slow Russian advance towards Pokrovsk. The fall of Avdiivka in February is months old, the losses are intelligence estimates and the rest is explanation: no dated event, nothing coded."))

# 3 Dutch election campaign in war words (negative)
P = "2023-11-16"
A(art(P, "De strijd om het Torentje wordt een loopgravenoorlog", "Trouw", [
    "Wie de afgelopen weken de campagne volgde, kon zich soms op een slagveld wanen. Lijsttrekkers beschieten elkaar in debatten met cijfers over koopkracht en migratie, partijstrategen graven zich in achter hun stellingen en in de peilingen wisselen de koplopers bijna wekelijks van positie. Zes dagen voor de Tweede Kamerverkiezingen van 22 november is de strijd om het Torentje spannender dan in jaren.",
    "Drie partijen liggen in de peilingen dicht bij elkaar: de VVD, GroenLinks-PvdA en Nieuw Sociaal Contract. De PVV lijkt aan een late opmars bezig. Daarmee is de oude wetmatigheid dat de grootste partij vanzelf de premier levert, in een versplinterd landschap allerminst vanzelfsprekend.",
    "'Wat we zien is een campagne waarin iedereen zijn munitie bewaart voor de laatste week', zegt politicoloog Marloes Veenstra van de Radboud Universiteit. 'Niemand wil te vroeg in de aanval gaan, want wie nu een misser maakt, heeft geen tijd meer om te herstellen. Het gevolg is dat de debatten vooral gaan over wie met wie wil regeren en veel minder over wat partijen eigenlijk willen.'",
    "Dinsdagavond gunden de lijsttrekkers elkaar in een televisiedebat opnieuw weinig ruimte. Over de woningnood liepen de verschillen hoog op, terwijl het onderwerp asiel voor een kruisvuur van verwijten zorgde. Volgens een snelle peiling na afloop was er geen duidelijke winnaar.",
    "Ook in de campagnezalen is de toon grimmiger. Vrijwilligers van verschillende partijen melden dat flyers worden verscheurd en dat ze op de markt worden uitgescholden. 'Het is geen oorlog, het blijft politiek', zegt Henk Zwart, die in Zwolle al dertig jaar folders uitdeelt voor zijn partij. 'Maar zo fel als nu heb ik het nog niet meegemaakt.'",
    "Het beslissende treffen volgt volgende week woensdag. Daarna begint, zo voorspellen vrijwel alle kenners, een formatie die weleens maanden kan duren.",
], [], "Election campaign told in war words (slagveld, munitie, kruisvuur, loopgravenoorlog); a television debate and torn flyers are not political violence. Nothing coded."))

# 4 West Bank: settler attack on Huwara (Tuesday) + army raid and clashes in Jenin (Wednesday) (2 events)
P = "2023-08-10"
s4a = "Tientallen gemaskerde Israëlische kolonisten hebben dinsdagavond het Palestijnse stadje Huwara, ten zuiden van Nablus, aangevallen."
s4b = "Een 19-jarige Palestijn werd daarbij doodgeschoten, meldt de Israëlische mensenrechtenorganisatie B'Tselem, die met getuigen sprak en beelden van de aanval verzamelde."
s4c = "Woensdagochtend drong het Israëlische leger met tientallen pantservoertuigen en een bulldozer het vluchtelingenkamp van Jenin binnen, waar het urenlang tot vuurgevechten kwam met strijders van de Islamitische Jihad."
s4d = "Volgens persbureau AFP, dat zich baseert op artsen in het ziekenhuis van Jenin, werden drie Palestijnen gedood, onder wie twee strijders."
A(art(P, "Kolonisten steken huizen in brand in Huwara, doden bij legerinval in Jenin", "De Standaard", [
    "Van onze correspondent in Jeruzalem",
    s4a + " Volgens ooggetuigen staken ze minstens vier huizen en een tiental auto's in brand en gooiden ze stenen naar bewoners die de vlammen probeerden te blussen.",
    s4b + " Of de schutter een kolonist of een soldaat was, is nog onduidelijk. Het Israëlische leger, dat pas na ruim een uur ter plaatse kwam, spreekt van een gewelddadige confrontatie tussen Israëlische burgers en Palestijnen en zegt een onderzoek te zijn gestart. Niemand werd opgepakt.",
    "'Ze kwamen met zijn honderden, met jerrycans en stokken', vertelt Samir Odeh, wiens garage volledig uitbrandde. 'De soldaten stonden erbij en keken toe.'",
    s4c + " " + s4d + " Het leger zegt zelf vijf 'terroristen' te hebben uitgeschakeld en een werkplaats voor explosieven te hebben vernietigd.",
    "Het geweld op de bezette Westelijke Jordaanoever heeft dit jaar het hoogste niveau in bijna twintig jaar bereikt. In februari richtten kolonisten in Huwara al een ravage aan, nadat twee Israëlische broers in het stadje waren doodgeschoten; toen gingen tientallen huizen en auto's in vlammen op. Begin juli voerde het leger in Jenin zijn grootste operatie in twee decennia uit. Volgens de VN-organisatie OCHA zijn sinds januari ruim 180 Palestijnen op de Westelijke Jordaanoever gedood.",
    "De Verenigde Staten riepen op tot kalmte en drongen aan op een grondig onderzoek naar het kolonistengeweld.",
], [
    ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, PS, "West Bank", "Huwara", 32.1525, 35.2560, 1, wd(P, "dinsdag"),
       fat=1, evid=[s4a, s4b],
       note="Settler attack on Huwara on Tuesday evening (houses and cars torched, stones); one Palestinian shot dead per B'Tselem, a non-party source. Whether a settler or a soldier fired is unclear; the death is kept with the attack. Settlers coded as an identity militia (4)."),
    ev("Battles", "Armed clash", IL8, 8, "Palestinian Islamic Jihad", 2, PS, "West Bank", "Jenin", 32.4600, 35.3000, 1, wd(P, "woensdag"),
       fat=3, claimed=[claim(5, 5, "Military Forces of Israel", "vijf 'terroristen'")], evid=[s4c, s4d],
       note="Israeli army raid on the Jenin camp on Wednesday with hours of firefights with Islamic Jihad fighters. Fatalities from hospital doctors via AFP (3); the army's five is a claim. Israeli forces in the West Bank coded as foreign forces (8)."),
], "Two events: the Huwara settler attack (Tuesday) and the Jenin raid with firefights (Wednesday). Not coded: the February rampage in Huwara and the early-July Jenin operation (weeks or months old) and OCHA's toll since January."))

# 5 Gaza ceasefire talks in Doha end without agreement (negative)
P = "2024-08-17"
A(art(P, "Gesprekken over bestand in Gaza eindigen zonder akkoord, nieuwe ronde in Caïro", "Trouw", [
    "De gesprekken in Doha over een staakt-het-vuren in de Gazastrook en de vrijlating van de Israëlische gijzelaars zijn vrijdag na twee dagen geëindigd zonder doorbraak. De bemiddelaars, Qatar, Egypte en de Verenigde Staten, legden de partijen een aangepast voorstel voor dat de resterende verschillen moet overbruggen. Volgende week moeten de onderhandelingen in Caïro worden voortgezet.",
    "Hamas stuurde geen delegatie naar Doha, maar werd via Qatarese en Egyptische tussenpersonen op de hoogte gehouden. De beweging liet weten dat het nieuwe voorstel te ver tegemoetkomt aan Israëlische eisen. Israël was vertegenwoordigd door de hoofden van zijn inlichtingendiensten.",
    "De twistpunten zijn al maanden dezelfde. Israël wil de controle houden over de zogenoemde Philadelphi-corridor langs de grens met Egypte en over een weg die de strook in tweeën deelt. Hamas eist een volledige terugtrekking van de Israëlische troepen en een permanent einde aan de oorlog, geen tijdelijke pauze.",
    "'Elke ronde wordt gepresenteerd als de laatste kans, en elke keer blijkt er toch weer een volgende te zijn', zegt Midden-Oostendeskundige Iris van Dam van de Universiteit van Amsterdam. 'Beide kanten hebben thuis weinig ruimte om toe te geven. Dat maakt een akkoord moeilijk, hoe groot de druk van buitenaf ook is.'",
    "Die druk is groot. Het ministerie van Volksgezondheid in Gaza, dat onder Hamas valt, meldde deze week dat sinds oktober vorig jaar meer dan 40.000 Palestijnen zijn gedood. In Israël proberen families van de gijzelaars, van wie er nog ruim honderd in Gaza worden vastgehouden, de regering met wekelijkse demonstraties tot een deal te bewegen. Diplomaten vrezen bovendien dat zonder bestand een breder regionaal conflict dreigt, nu Iran en Hezbollah vergelding hebben aangekondigd.",
], [], "Ceasefire talks in Doha without agreement (so no Strategic development / Agreement); the Gaza death toll since October is a tally, the weekly hostage-family demonstrations have no place or day, and the announced retaliation is a threat. Nothing coded."))

# 6 Lebanon/Israel: Israeli drone strike near Nabatieh (Thursday) + Hezbollah rockets on Kiryat Shmona (Friday) (2 events)
P = "2024-06-15"
s6a = "Bij een Israëlische droneaanval op een auto bij Nabatieh, in het zuiden van Libanon, zijn donderdag twee mannen om het leven gekomen."
s6b = "Hezbollah maakte later bekend dat het om twee van zijn strijders ging."
s6c = "Hezbollah antwoordde vrijdag met een salvo van tientallen raketten op het Israëlische grensstadje Kiryat Shmona."
s6d = "Volgens de Israëlische hulpdienst Magen David Adom raakte een 58-jarige man lichtgewond door rondvliegende scherven; er vielen geen doden."
A(art(P, "Israëlische drone doodt twee Hezbollah-strijders, raketten op Kiryat Shmona", "De Morgen", [
    s6a + " Het Libanese staatspersbureau NNA meldde dat de wagen op de weg naar het dorp Kfar Roummane in brand vloog.",
    s6b + " Het Israëlische leger zegt dat een van hen een commandant was van een raketeenheid die verantwoordelijk zou zijn voor aanvallen op Noord-Israël.",
    s6c + " Het Iron Dome-systeem onderschepte een groot deel ervan, maar minstens drie raketten sloegen in, onder meer op een parking en in een lege kleuterschool. " + s6d,
    "In Kiryat Shmona wonen nog maar weinig mensen. Het grootste deel van de 22.000 inwoners vertrok in oktober, toen Hezbollah een dag na de aanval van Hamas op Israël begon met beschietingen uit solidariteit met Gaza. Aan Libanese kant zijn tienduizenden mensen uit de grensdorpen gevlucht.",
    "Sindsdien beschieten beide kanten elkaar vrijwel dagelijks. Volgens een telling van persbureau AFP kwamen in Libanon sinds oktober ruim 450 mensen om, de meesten Hezbollah-strijders, maar ook tientallen burgers. Aan Israëlische kant vielen volgens de autoriteiten een kleine dertig doden, soldaten en burgers samen.",
    "'We leven van alarm tot alarm', zegt Avi Peretz, een van de weinige bewoners die in Kiryat Shmona zijn gebleven. 'Elke keer denk je: is dit het begin van de grote oorlog?' Westerse diplomaten pendelen al weken tussen Beiroet en Jeruzalem om precies dat te voorkomen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", IL8, 8, "Hezbollah", 3, "Lebanon", "Nabatieh", "Nabatieh", 33.3772, 35.4836, 2, wd(P, "donderdag"),
       fat=2, evid=[s6a, s6b],
       note="Israeli drone strike on a car on the road near Nabatieh on Thursday; two dead per the Lebanese state agency NNA (not a party to the Israel-Hezbollah fight), identified by Hezbollah as its fighters. Near the town, so geo_precision 2; Hezbollah coded as a political militia (3), borderline."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", 3, "Civilians (Israel)", 7, "Israel", "HaZafon", "Kiryat Shmona", 33.2073, 35.5721, 1, wd(P, "vrijdag"),
       fat=0, inj=1, evid=[s6c, s6d],
       note="Hezbollah rocket salvo on Kiryat Shmona on Friday; Magen David Adom (rescue service) reports one man lightly injured and no dead."),
], "Two events: the drone strike near Nabatieh (Thursday) and the rockets on Kiryat Shmona (Friday). Not coded: the daily exchanges since October and AFP's tallies (aggregates), the October evacuation (old)."))

# 7 EU sanctions package against Russia, business angle (negative)
P = "2024-06-21"
A(art(P, "Nieuw sanctiepakket treft overslag van Russisch lng in Europese havens", "Het Financieele Dagblad", [
    "De EU-lidstaten zijn het donderdag eens geworden over een veertiende sanctiepakket tegen Rusland. Voor het eerst richten de maatregelen zich op Russisch vloeibaar aardgas (lng): het overladen van Russisch lng in Europese havens voor doorvoer naar landen buiten de EU wordt na een overgangsperiode van negen maanden verboden. De invoer zelf blijft vooralsnog toegestaan.",
    "Het verbod treft vooral de Belgische haven van Zeebrugge en het Franse Duinkerken, waar Russische tankers hun lading overslaan op schepen die naar Azië varen. Nederlandse handelshuizen verwachten dat de gevolgen voor hen beperkt blijven, al vrezen sommigen voor hogere gasprijzen op de Europese markt.",
    "Het pakket bevat daarnaast maatregelen tegen de zogenoemde schaduwvloot: tientallen verouderde tankers waarmee Rusland het olie-embargo en het prijsplafond omzeilt. Ook komen er bedrijven op de zwarte lijst die helpen bij het leveren van onderdelen voor de Russische wapenindustrie, onder meer uit China en Turkije.",
    "'Sancties zijn economische oorlogvoering met een lange adem', zegt Thijs Koopmans, handelsjurist bij een Amsterdams advocatenkantoor. 'Elke ronde dicht een paar gaten, maar er ontstaan ook nieuwe. Moskou heeft twee jaar gehad om alternatieve routes op te bouwen, via Centraal-Azië en de Kaukasus. Voor exporteurs betekent het vooral: nog beter weten waar je goederen uiteindelijk terechtkomen.'",
    "Dat de sancties effect hebben, staat volgens Brusselse diplomaten buiten kijf: de Russische begroting staat onder druk en de uitvoer van hoogwaardige technologie naar Rusland is sterk gedaald. Tegelijk groeit de Russische economie dankzij de oorlogsindustrie harder dan verwacht. Het pakket moet maandag formeel worden bekrachtigd door de ministers van Buitenlandse Zaken.",
], [], "Sanctions package agreed by EU member states: not an agreement between parties to the conflict, no violence. 'Economische oorlogvoering' is a metaphor. Nothing coded."))

# 8 Sudan: RSF-army battle in El Fasher (Saturday) + shelling of the livestock market (Sunday) (2 events)
P = "2024-06-10"
s8a = "Zaterdag probeerden RSF-strijders vanuit het oosten de stad binnen te dringen, waarna het in de oostelijke wijken tot urenlange gevechten met het leger en verbonden milities kwam."
s8b = "Zondag sloegen granaten in op de veemarkt in het zuiden van de stad."
s8c = "Volgens Artsen zonder Grenzen, dat de gewonden in het Zuid-ziekenhuis opving, kwamen daarbij zeker negen mensen om en raakten 34 anderen gewond."
A(art(P, "Zware gevechten en granaatinslagen in belegerd El Fasher", "de Volkskrant", [
    "NAIROBI - In de Soedanese stad El Fasher, de laatste grote stad in Darfur die nog niet in handen is van de paramilitaire Rapid Support Forces (RSF), is het weekend opnieuw hevig gevochten.",
    s8a + " Het Soedanese leger zegt zestig RSF-strijders te hebben gedood; de RSF claimt op haar beurt een legerpost te hebben veroverd. Geen van beide beweringen is onafhankelijk te controleren.",
    s8b + " " + s8c + " Bewoners en VN-medewerkers houden de RSF verantwoordelijk voor de beschieting; de paramilitairen ontkennen dat ze burgers aanvallen.",
    "'We hebben niet genoeg bedden, niet genoeg bloed en bijna geen chirurgen meer', zegt een verpleegkundige van het ziekenhuis, die uit veiligheidsoverwegingen niet met naam in de krant wil.",
    "El Fasher, waar naar schatting 1,8 miljoen mensen wonen of een toevlucht hebben gezocht, wordt sinds begin mei door de RSF omsingeld. VN-functionarissen waarschuwen al weken voor een bloedbad als de paramilitairen de stad innemen, en verwijzen naar wat er in West-Darfur gebeurde: in november vorig jaar doodden RSF-strijders en verbonden Arabische milities in Ardamata, bij El Geneina, honderden mannen van de Masalit-bevolkingsgroep.",
    "De oorlog tussen het leger en de RSF begon in april vorig jaar en heeft volgens voorzichtige schattingen al zeker vijftienduizend levens geëist. Ruim negen miljoen Soedanezen zijn op de vlucht, meer dan in welk ander land ook.",
], [
    ev("Battles", "Armed clash", "Rapid Support Forces", 2, "Military Forces of Sudan", 1, "Sudan", "North Darfur", "El Fasher", 13.6279, 25.3494, 1, wd(P, "zaterdag"),
       claimed=[claim(60, 60, "Military Forces of Sudan", "zestig RSF-strijders")], evid=[s8a],
       note="RSF push into eastern El Fasher on Saturday and hours of fighting with the army and allied militias. No neutral toll (null); the army's sixty is a claim. The RSF's claim to have taken an army post is unverified and not coded apart."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Darfur", "El Fasher", 13.6279, 25.3494, 1, wd(P, "zondag"),
       fat=9, inj=34, evid=[s8b, s8c],
       note="Shells on the livestock market on Sunday, attributed to the RSF by residents and UN staff (denied); nine dead and 34 injured per MSF, a neutral source."),
], "Two events in El Fasher: Saturday's battle and Sunday's shelling of the market. Not coded: the siege since May, the Ardamata massacre of November 2023 (old) and the war's overall toll."))

# 9 MH17 verdict at the Schiphol court (negative)
P = "2022-11-17"
A(art(P, "Rechtbank: MH17 neergehaald met Russische Buk, drie verdachten levenslang", "NRC", [
    "De rechtbank Den Haag heeft donderdag drie van de vier verdachten in het MH17-proces veroordeeld tot levenslange gevangenisstraf voor het neerhalen van de Boeing van Malaysia Airlines boven Oost-Oekraïne op 17 juli 2014. Alle 298 inzittenden kwamen daarbij om, onder wie 196 Nederlanders. De vierde verdachte werd vrijgesproken.",
    "De rechtbank, die zitting hield in het zwaarbeveiligde Justitieel Complex Schiphol, achtte bewezen dat het toestel werd getroffen door een Buk-raket die was afgevuurd vanaf een akker bij het dorp Pervomajsky. Het luchtafweersysteem was afkomstig van een brigade van het Russische leger en werd na het neerhalen weer naar Rusland teruggebracht.",
    "Volgens de rechters had Rusland vanaf mei 2014 feitelijk de controle over de separatisten van de zelfuitgeroepen Volksrepubliek Donetsk. Daarmee was het gewapende conflict in Oost-Oekraïne volgens hen toen al een internationaal conflict.",
    "Voor de nabestaanden, die in groten getale in de zaal zaten, was het een emotionele dag. 'Acht jaar hebben we hierop gewacht', zei Marian Hoogendijk, die bij de ramp haar broer en schoonzus verloor. 'Dat ze hier nooit zullen zitten, weten we. Maar nu staat zwart op wit wat er is gebeurd.'",
    "De veroordeelden, drie mannen met een achtergrond in Russische inlichtingendiensten en de separatistische strijdkrachten, waren tijdens het proces niet aanwezig. Rusland levert eigen onderdanen niet uit en noemde de uitspraak politiek gemotiveerd. Het internationale onderzoeksteam zoekt nog naar wie hoger in de commandoketen verantwoordelijk was voor de inzet van het wapen.",
    "De uitspraak valt midden in een nieuwe oorlog: sinds februari voert Rusland een grootschalige invasie van Oekraïne uit. Veel nabestaanden vinden dat de wereld in 2014 te weinig lessen heeft getrokken uit de ramp.",
], [], "Court verdict about the 2014 downing of MH17: the violence is eight years old and the verdict is not an event. Nothing coded."))

# 10 Sahel: JNIM attack on the army base in Djibo (Sunday) + killing of civilians near Niono, Mali (last Wednesday) (2 events)
P = "2023-12-05"
s10a = "Honderden strijders van de aan Al-Qaeda gelieerde groep JNIM hebben zondag de legerbasis in Djibo, in het noorden van Burkina Faso, aangevallen."
s10b = "Volgens lokale bronnen en een hulpverlener in de stad kwamen bij de gevechten zeker veertig mensen om, onder wie soldaten, leden van de burgermilitie VDP en burgers die vlak bij de basis woonden."
s10c = "In buurland Mali doodden soldaten en Russische huurlingen vorige week woensdag zeker zeven burgers in een dorp nabij Niono, in de regio Ségou."
s10d = "Dat melden bewoners en een lokale mensenrechtenorganisatie, volgens wie de mannen na een razzia van vrouwen en kinderen werden gescheiden en buiten het dorp werden doodgeschoten."
A(art(P, "Jihadisten bestormen legerbasis in Djibo, Malese troepen beschuldigd van executies", "Trouw", [
    s10a + " De aanvallers kwamen volgens bewoners op motoren en in pick-ups uit verschillende richtingen en vochten urenlang met de soldaten en de milities die de stad verdedigen.",
    s10b + " JNIM eiste de aanval op en beweerde meer dan honderd soldaten te hebben gedood. De junta in Ouagadougou liet weten dat de aanval was afgeslagen en dat honderden aanvallers waren gedood.",
    "Djibo, een stad van ruim zestigduizend inwoners, wordt al sinds begin vorig jaar door JNIM belegerd. De wegen naar de stad zijn afgesloten; voedsel komt alleen binnen met konvooien onder militaire escorte of per helikopter. Bij een aanval op zo'n konvooi bij Gaskindé kwamen in september vorig jaar tientallen mensen om.",
    s10c + " " + s10d + " Het Malese leger zegt dat bij een operatie in het gebied terroristen zijn uitgeschakeld en ontkent dat er burgers zijn omgekomen.",
    "Beide landen worden geleid door militaire junta's die de Franse troepen het land uit hebben gezet en nauwer samenwerken met Rusland. Mensenrechtenorganisaties verwijten Malese soldaten en hun Russische bondgenoten al langer ernstige misdrijven: in maart vorig jaar werden in Moura in vijf dagen honderden mensen gedood. Het jihadistische geweld in de Sahel neemt intussen niet af; volgens onderzoekers kostte het conflict in Burkina Faso dit jaar al duizenden levens.",
], [
    ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Sahel", "Djibo", 14.1022, -1.6306, 1, wd(P, "zondag"),
       fat=40, claimed=[claim(100, None, "JNIM", "meer dan honderd soldaten"), claim(100, None, "Military Forces of Burkina Faso", "honderden aanvallers")], evid=[s10a, s10b],
       note="JNIM assault on the Djibo army base on Sunday, hours of fighting with soldiers and VDP militia. At least forty dead per local sources and an aid worker (not parties); JNIM's 'more than a hundred soldiers' and the junta's 'hundreds of attackers' are claims."),
    ev("Violence against civilians", "Attack", "Military Forces of Mali", 1, "Civilians (Mali)", 7, "Mali", "Segou", "Niono", 14.2526, -5.9929, 2, wd(P, "woensdag"),
       fat=7, evid=[s10c, s10d],
       note="Soldiers with Russian mercenaries (Wagner, an associate not coded as a second actor) shot at least seven civilians in an unnamed village near Niono last Wednesday; the army denies but the article reports it as fact from residents and a rights group. Village unnamed, so Niono with geo_precision 2."),
], "Two events: the Djibo battle (Sunday) and the killing of civilians near Niono (Wednesday of last week). Not coded: the siege of Djibo, the Gaskindé convoy attack (September 2022) and Moura (March 2022), the year's toll."))

# 11 Sport in war words: Standard - Anderlecht (negative)
P = "2023-10-30"
A(art(P, "Loopgravenoorlog op Sclessin: Standard en Anderlecht houden elkaar in bedwang", "De Morgen", [
    "Het werd geen voetbalmatch, het werd een loopgravenoorlog. In een kolkend Sclessin hielden Standard en Anderlecht elkaar gisteren in een beladen Clasico in evenwicht: 1-1, na negentig minuten waarin meer werd geschopt dan gevoetbald.",
    "De scheidsrechter deelde negen gele en twee rode kaarten uit. Al na een kwartier ging een Anderlechtse middenvelder met gestrekt been door op de enkel van zijn tegenstander, waarna beide bankjes het veld op stormden en het even duurde voor de gemoederen bedaarden. 'Dit was geen duel meer, dit was een veldslag', zei een Standard-verdediger na afloop.",
    "Anderlecht kwam net voor rust op voorsprong via een kopbal na een hoekschop. Standard zette na de pauze de aanval in en bestookte het Brusselse doel met voorzetten, maar pas in de 84ste minuut viel de gelijkmaker, een afstandsschot dat via de paal binnenging. 'We hebben ons hier niet laten afslachten, dat is al winst', grijnsde een Anderlechtse aanvaller.",
    "Buiten het stadion bleef het rustig. De Luikse politie had honderden agenten ingezet en de supporters strikt gescheiden gehouden; bezoekende fans waren, zoals wel vaker bij deze affiche, niet welkom. Volgens een woordvoerder vielen er geen incidenten en werd niemand opgepakt.",
    "Door het gelijkspel verliezen beide clubs terrein op de koploper. De Clasico blijft intussen de meest explosieve affiche van het Belgische voetbal, al bleef de echte oorlog deze keer tot het veld beperkt.",
], [], "Football match told in war words; the police say there were no incidents and nobody was arrested, so no mob violence. Nothing coded."))

# 12 DR Congo: M23 takes Sake (yesterday) + ADF massacre near Beni (Monday evening) (2 events)
P = "2025-01-24"
s12a = "De rebellen van M23 hebben gisteren de controle overgenomen over Sake, een stadje aan het Kivumeer op zo'n 25 kilometer ten westen van Goma."
s12b = "Hoeveel doden er bij de strijd om Sake vielen, is niet bekend."
s12c = "Ook verder naar het noorden is het onrustig: maandagavond vielen rebellen van de ADF een dorp nabij Beni aan."
s12d = "Volgens het lokale middenveld werden daarbij zeker achttien burgers met machetes en geweren gedood; tientallen inwoners worden nog vermist."
A(art(P, "M23 neemt Sake in, Goma dreigt afgesneden te raken", "De Standaard", [
    s12a + " Dat bevestigen inwoners en een VN-bron aan deze krant. Het Congolese leger en de milities die aan zijn zijde vechten, trokken zich na dagen van beschietingen terug richting de provinciehoofdstad.",
    "Met de val van Sake is de belangrijkste weg van Goma naar het westen afgesneden. De stad met meer dan een miljoen inwoners, onder wie honderdduizenden ontheemden, is nu vrijwel ingesloten: in het noorden en westen staat M23, in het oosten ligt de grens met Rwanda, in het zuiden het meer. " + s12b + " Ook de vredestroepen van de Zuidelijk-Afrikaanse gemeenschap SADC zeggen verliezen te hebben geleden, zonder aantallen te noemen.",
    "De Verenigde Naties, de Verenigde Staten en België beschuldigen Rwanda ervan M23 te steunen met wapens en troepen. Kigali ontkent dat en wijst op de aanwezigheid in Oost-Congo van de FDLR, een militie met wortels in de Rwandese genocide van 1994.",
    s12c + " " + s12d + " Overlevenden vertellen dat de aanvallers bij valavond kwamen, toen veel mensen van hun velden terugkeerden.",
    "De ADF, een van oorsprong Oegandese rebellenbeweging die trouw heeft gezworen aan Islamitische Staat, terroriseert al jaren de streek rond Beni en Lubero. Sinds 2014 kwamen bij haar aanvallen naar schatting meer dan zesduizend burgers om.",
    "Het Belgische ministerie van Buitenlandse Zaken raadt landgenoten aan Goma zo snel mogelijk te verlaten, zolang de luchthaven nog open is.",
], [
    ev("Battles", "Non-state actor overtakes territory", "M23", 2, "Military Forces of the Democratic Republic of Congo", 1, "Democratic Republic of Congo", "North Kivu", "Sake", -1.5733, 29.0450, 1, wd(P, "gisteren"),
       evid=[s12a],
       note="M23 took control of Sake yesterday after the army withdrew; the text gives no toll for the fighting (null). The 'days of shelling' before have no day and are not coded apart."),
    ev("Violence against civilians", "Attack", "ADF", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "North Kivu", "Beni", 0.4911, 29.4731, 2, wd(P, "maandag"),
       fat=18, evid=[s12c, s12d],
       note="ADF attack on an unnamed village near Beni on Monday evening; eighteen civilians killed per local civil society (a non-party source). Village unnamed, so Beni with geo_precision 2; the missing are not coded as abductions."),
], "Two events: M23's capture of Sake (yesterday) and the ADF attack near Beni (Monday). Not coded: the encirclement of Goma and SADC's unquantified losses (no distinct event), the ADF's toll since 2014."))

# 13 Utrecht: man shot dead in his car (negative, ordinary crime)
P = "2022-09-14"
A(art(P, "Man doodgeschoten in geparkeerde auto in Utrecht-Overvecht", "de Volkskrant", [
    "In de Utrechtse wijk Overvecht is dinsdagavond een 31-jarige man in zijn auto doodgeschoten. Een schutter liep rond half tien op de geparkeerde wagen af, vlak bij een winkelcentrum, en vuurde meerdere keren door de zijruit. Het slachtoffer overleed ter plaatse, ondanks reanimatiepogingen van omstanders.",
    "Getuigen zagen een man in een donker trainingspak wegrennen. Een uur later vond de politie aan de rand van de stad een uitgebrande auto; of die met de schietpartij te maken heeft, wordt onderzocht. Er is nog niemand aangehouden.",
    "Het slachtoffer, een Utrechter, was volgens de politie bekend bij justitie vanwege drugsdelicten. 'We gaan ervan uit dat hij bewust is opgezocht, maar we sluiten nog niets uit', zegt een woordvoerder. Over een motief wil de politie niets zeggen.",
    "In de straat reageren bewoners geschokt. 'Mijn dochter kwam net terug van de sportschool, ze heeft het allemaal gezien', zegt een buurvrouw die haar naam niet in de krant wil. 'Je denkt dat zoiets alleen in films gebeurt.'",
    "Volgens cijfers van de politie worden in Nederland al jaren zo'n twintig mensen per jaar bij liquidaties gedood. Het Openbaar Ministerie waarschuwde onlangs dat de schutters steeds jonger worden en vaak voor enkele duizenden euro's worden ingehuurd.",
], [], "Targeted shooting of a man known for drug offences; no gang war or political motive is told, so ordinary crime, out of scope. The national liquidation figure is a statistic. Nothing coded."))

# 14 Myanmar: military airstrike on a village near Shwebo, Sagaing (Wednesday) (1 event)
P = "2024-09-13"
s14a = "Een gevechtsvliegtuig van het Myanmarese leger heeft woensdagmiddag een dorp bij de stad Shwebo, in de centrale regio Sagaing, gebombardeerd."
s14b = "Daarbij kwamen zeker elf burgers om het leven, onder wie vier kinderen, zeggen bewoners tegen persbureau Reuters."
A(art(P, "Luchtaanval op dorp in Sagaing kost zeker elf burgers het leven", "NRC", [
    s14a + " " + s14b + " Zeker twintig mensen raakten gewond.",
    "Volgens een woordvoerder van de lokale verzetsmilitie, die onder de schaduwregering NUG valt, ligt het dodental hoger: hij spreekt van vijftien doden. De bommen vielen op een klooster waar ontheemden uit omliggende dorpen onderdak hadden gevonden.",
    "De junta zegt dat de luchtmacht stellingen heeft aangevallen van de Volksverdedigingsmacht, zoals de gewapende verzetsgroepen zich noemen, en ontkent dat er burgers zijn getroffen. Foto's die door bewoners werden verspreid, tonen een ingestort kloostergebouw en lichamen onder lakens.",
    "'We hoorden het vliegtuig en renden naar de schuilkuil, maar de monniken en de ouderen haalden het niet', zei een bewoner telefonisch. Uit angst voor represailles wil hij niet met naam genoemd worden.",
    "Sinds de staatsgreep van februari 2021 voert het leger een steeds bloediger oorlog tegen het gewapend verzet. Omdat de junta op de grond terrein verliest, leunt ze zwaarder op haar luchtmacht. In april vorig jaar kwamen bij een bombardement op een bijeenkomst in het dorp Pazigyi, eveneens in Sagaing, meer dan 160 mensen om. Volgens onderzoekers voert het leger tegenwoordig gemiddeld meerdere luchtaanvallen per dag uit.",
    "De regio Sagaing, een droog laagland ten noordwesten van Mandalay, geldt als een bolwerk van het verzet. Grote delen van het platteland worden er bestuurd door lokale comités die de junta niet erkennen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing", "Shwebo", 22.5667, 95.7000, 2, wd(P, "woensdag"),
       fat=11, claimed=[claim(15, 15, "People's Defence Force (NUG)", "vijftien doden")], inj=20, evid=[s14a, s14b],
       note="Air strike on a monastery sheltering displaced people in an unnamed village near Shwebo on Wednesday. Eleven dead and twenty injured from residents (Reuters); the resistance militia's fifteen is a party's claim; the junta's denial does not outweigh the article's account. Village unnamed: Shwebo, geo_precision 2."),
], "One event: Wednesday's air strike near Shwebo. Not coded: the Pazigyi bombing of April 2023 (old) and the average number of air strikes per day (statistic)."))

# 15 Srebrenica commemoration, 25 years on (negative)
P = "2020-07-11"
A(art(P, "Srebrenica herdenkt 25 jaar na de genocide, in kleine kring", "Trouw", [
    "In Potočari, bij Srebrenica, zijn zaterdag de stoffelijke resten begraven van negen slachtoffers van de genocide van juli 1995. Hun lichamen werden de afgelopen jaren in massagraven gevonden en met DNA-onderzoek geïdentificeerd. Door de coronapandemie was de herdenking, die normaal tienduizenden mensen trekt, veel kleiner van opzet.",
    "Vijfentwintig jaar geleden, op 11 juli 1995, nam het leger van de Bosnische Serviërs de moslimenclave in, die door de Verenigde Naties tot veilig gebied was verklaard. In de dagen daarna werden ongeveer achtduizend moslimmannen en -jongens vermoord. De Nederlandse blauwhelmen van Dutchbat, licht bewapend en zonder luchtsteun, konden of wilden het niet voorkomen.",
    "'Elk jaar staan er minder moeders bij de graven, omdat ze sterven voordat ze hun zonen hebben kunnen begraven', zegt Sabaheta Mujić (68), die haar man en twee zonen verloor. Van haar jongste zoon is alleen een dijbeen gevonden. 'Ik begraaf hem toch. Ik kan niet langer wachten.'",
    "Voor Nederland blijft Srebrenica een pijnlijk hoofdstuk. Vorig jaar oordeelde de Hoge Raad dat de Staat voor een klein deel aansprakelijk is voor de dood van ruim driehonderd mannen die van de compound van Dutchbat werden weggestuurd. Veel veteranen worstelen nog altijd met wat ze zagen en met het verwijt dat ze tekortschoten.",
    "In de Republika Srpska, de Servische entiteit van Bosnië, wordt de genocide nog altijd door veel politici ontkend of gebagatelliseerd, ondanks de uitspraken van het Joegoslavië-tribunaal in Den Haag, dat de Bosnisch-Servische legerleider Ratko Mladić tot levenslang veroordeelde.",
], [], "Commemoration and reburial 25 years after the 1995 genocide: historical violence, court rulings and denial are background. Nothing coded."))

# 16 Georgia: water cannon against pro-EU protesters in Tbilisi (Sunday) + arrest of a protest organiser (Monday) (2 events)
P = "2024-12-03"
s16a = "De Georgische oproerpolitie heeft zondagavond opnieuw waterkanonnen en traangas ingezet tegen duizenden demonstranten die zich voor het parlement aan de Roestaveli-avenue in Tbilisi hadden verzameld."
s16b = "Maandagochtend werd Salome Tsintsadze, een van de organisatoren van de protesten, in haar woning in Tbilisi gearresteerd door agenten van het ministerie van Binnenlandse Zaken."
A(art(P, "Waterkanonnen tegen pro-Europese betogers in Tbilisi, organisator opgepakt", "de Volkskrant", [
    s16a + " De betogers, velen met Europese en Georgische vlaggen, protesteerden tegen het besluit van de regering om de toetredingsgesprekken met de Europese Unie tot eind 2028 op te schorten.",
    "De demonstratie verliep urenlang rustig, met toespraken, volksliederen en fluitconcerten. Rond elf uur 's avonds rukte de politie op en dreef de menigte met knuppels uiteen. Journalisten van onafhankelijke zenders meldden dat ook zij werden geslagen.",
    s16b + " Volgens haar advocaat wordt ze verdacht van het organiseren van groepsgeweld, waarop een celstraf van maximaal negen jaar staat. Het ministerie zegt dat sinds het begin van de protesten in totaal ruim tweehonderd mensen zijn aangehouden.",
    "'Ze kunnen ons wegspuiten, maar niet uit Europa', zegt Giorgi Beridze (24), student aan de Staatsuniversiteit van Tbilisi, die zondagavond bij het parlement stond. Zijn jas is een dag later nog nat.",
    "De regeringspartij Georgische Droom won eind oktober de parlementsverkiezingen, die volgens de oppositie en internationale waarnemers werden ontsierd door intimidatie en het kopen van stemmen. Sindsdien is de spanning in het land opgelopen. De protesten houden de hoofdstad al dagen in hun greep; ook in Batoemi en Koetaisi gingen mensen de straat op.",
    "De Europese Unie en de Verenigde Staten hebben het politiegeweld veroordeeld. De regering in Tbilisi beschuldigt buitenlandse mogendheden ervan onrust te stoken.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi", "Tbilisi", 41.6970, 44.7990, 1, wd(P, "zondag"),
       evid=[s16a],
       note="Pro-EU protest at parliament on Rustaveli Avenue on Sunday evening, calm for hours, then dispersed with water cannon, tear gas and batons: protest with intervention (no deaths or grave injuries told)."),
    ev("Strategic developments", "Arrests", "Police Forces of Georgia", 1, "Civilians (Georgia)", 7, "Georgia", "Tbilisi", "Tbilisi", 41.7151, 44.8271, 1, wd(P, "maandag"),
       evid=[s16b],
       note="Arrest of a protest organiser (an activist) at her home on Monday by Interior Ministry officers. Coded as Civilians (Georgia) (borderline: Protesters (Georgia))."),
], "Two events: Sunday's dispersed protest and Monday's arrest of an organiser. Not coded: the 'more than two hundred' arrests since the start (a total over several days), the protests in Batumi and Kutaisi (no day), the October elections."))

# 17 Business in war words: supermarket price war (negative)
P = "2024-01-19"
A(art(P, "Prijzenoorlog in de supermarkt laait op: 'Wie knippert, verliest'", "Het Financieele Dagblad", [
    "In de Nederlandse supermarktbranche is een nieuwe prijzenoorlog losgebarsten. Nadat een van de grote ketens deze week aankondigde de prijzen van honderden huismerkproducten te verlagen, volgden de concurrenten binnen enkele dagen met eigen kortingsoffensieven. Voor consumenten is dat goed nieuws, voor de marges van de ketens allerminst.",
    "'In deze markt geldt: wie knippert, verliest', zegt sectoreconoom Anouk Brink van een grote Nederlandse bank. 'Niemand wil het imago van de dure supermarkt. Dus als één speler het eerste schot lost, moet de rest meedoen, ook al weet iedereen dat het geld kost.'",
    "De strijd draait vooral om de opmars van de discounters, die hun marktaandeel de afgelopen twee jaar zagen groeien nu consumenten door de hoge inflatie op de kleintjes letten. De traditionele ketens proberen klanten terug te winnen met lagere prijzen, maar ook met bezorgdiensten en spaaracties.",
    "Leveranciers vrezen de rekening gepresenteerd te krijgen. Bij de jaarlijkse onderhandelingen over inkoopprijzen, die nu lopen, zetten de ketens volgens ingewijden het mes op tafel. Een levensmiddelenproducent die anoniem wil blijven, spreekt van een belegering: 'Ze willen dat wij hun kortingen betalen.' Sommige fabrikanten dreigen hun producten uit de schappen te halen.",
    "Analisten verwachten dat de prijzenslag maanden kan duren. De vorige grote prijzenoorlog, die in 2003 begon, kostte de sector honderden miljoenen euro's en leidde uiteindelijk tot een reeks faillissementen en overnames.",
], [], "Business news in war words (prijzenoorlog, offensief, eerste schot, belegering); no violence. Nothing coded."))

# 18 Serbia: student blockade of the bridges in Novi Sad (Saturday) + protest at SNS headquarters in Belgrade turns violent (Monday evening) (2 events)
P = "2025-02-04"
s18a = "Tienduizenden mensen hebben zaterdag in Novi Sad de drie bruggen over de Donau urenlang geblokkeerd uit protest tegen corruptie en het instorten van de stationsluifel."
s18b = "Maandagavond liep een protest bij het hoofdkantoor van de regeringspartij SNS in Belgrado wel uit de hand."
s18c = "Betogers bekogelden het gebouw met eieren en stenen en sloegen ruiten in, waarna de oproerpolitie met schilden en wapenstokken de straat schoonveegde."
A(art(P, "Studenten leggen Novi Sad plat, in Belgrado loopt protest bij partijkantoor uit de hand", "NRC", [
    s18a + " De blokkade, georganiseerd door studenten, verliep volgens de organisatoren en de politie zonder incidenten.",
    "Veel betogers waren de dagen ervoor te voet uit Belgrado vertrokken, een tocht van ruim tachtig kilometer. In de dorpen langs de route werden ze onthaald met eten, thee en applaus. 'Dit is geen partijpolitiek, dit is een hele generatie die genoeg heeft van de leugens', zei Jelena Marković (22), studente farmacie, op de Vrijheidsbrug.",
    s18b + " " + s18c + " Een ziekenhuis in de hoofdstad behandelde zes mensen voor lichte verwondingen, meldt de openbare omroep RTS.",
    "De protestgolf begon na 1 november, toen in Novi Sad de pas gerenoveerde betonnen luifel van het treinstation instortte en vijftien mensen om het leven kwamen. Critici zien in de ramp het symbool van een door corruptie aangetaste bouwsector en eisen openbaarmaking van alle contracten. Begin december werd in Belgrado een studente aangereden door een automobilist die dwars door een blokkade reed. Eind januari trad de premier af, maar dat heeft de demonstranten niet tot bedaren gebracht.",
    "President Aleksandar Vučić beschuldigt buitenlandse inlichtingendiensten ervan de onrust aan te wakkeren. Hij sluit vervroegde verkiezingen niet uit.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Serbia)", 6, None, None, "Serbia", "Vojvodina", "Novi Sad", 45.2671, 19.8335, 1, wd(P, "zaterdag"),
       evid=[s18a],
       note="Student-led blockade of the three Danube bridges in Novi Sad on Saturday, without incidents: peaceful protest."),
    ev("Riots", "Violent demonstration", "Rioters (Serbia)", 5, "Police Forces of Serbia", 1, "Serbia", "Belgrade", "Belgrade", 44.8176, 20.4633, 1, wd(P, "maandag"),
       inj=6, evid=[s18b, s18c],
       note="Protest at the SNS headquarters in Belgrade on Monday evening turned violent (eggs, stones, smashed windows), cleared by riot police. Six lightly injured treated by a hospital (neutral)."),
], "Two events: the peaceful bridge blockade in Novi Sad (Saturday) and the violent protest in Belgrade (Monday). Not coded: the march from Belgrade 'the days before' (no day or place), the canopy collapse of 1 November (an accident, and old), the car driven into a blockade in early December (old)."))

# 19 Turkey-Syria earthquake (negative, disaster)
P = "2023-02-08"
A(art(P, "'Het lijkt hier wel een oorlogsgebied': B-FAST graaft in Turkse puinhopen", "De Morgen", [
    "De Belgische reddingsploeg B-FAST is gisteren in het zwaar getroffen zuiden van Turkije aan de slag gegaan. Met speurhonden, camera's en hydraulische scharen zoeken de reddingswerkers in ingestorte flatgebouwen naar overlevenden. De zware aardbeving van maandagochtend, met een kracht van 7,8, en een tweede schok enkele uren later hebben in Turkije en Syrië al meer dan elfduizend doden geëist.",
    "'Ik heb na bombardementen in Syrië en Irak gewerkt, maar dit is erger', zegt brandweerman Bart Van den Eynde, die deel uitmaakt van het team. 'Hele straten zijn weggevaagd. Het lijkt hier wel een oorlogsgebied. We horen soms nog kloppen, en dan wordt het muisstil.'",
    "In het noordwesten van Syrië, dat grotendeels in handen is van rebellen, is de toestand nog nijpender. De streek draagt al twaalf jaar de littekens van de oorlog, en veel gebouwen waren al beschadigd voor de aarde begon te beven. Hulp kan er alleen binnen via één grensovergang met Turkije, Bab al-Hawa, en die is door schade aan de wegen amper bruikbaar. Vrijwilligers graven er met de blote hand.",
    "In Brussel, Antwerpen en Gent zamelen Turkse en Syrische gemeenschappen dekens, luiers en voedsel in. De federale regering maakte een eerste noodhulppakket vrij.",
    "Seismologen waarschuwen voor zware naschokken. Intussen daalt de temperatuur 's nachts tot onder het vriespunt, wat de kans op overleving van wie nog onder het puin ligt elk uur verkleint.",
], [], "Earthquake in Turkey and Syria: a natural disaster, out of scope; 'oorlogsgebied' and the years of war in north-west Syria are comparison and background. Nothing coded."))

# 20 Belgium: national strike announced for next Monday (negative, future)
P = "2025-03-24"
A(art(P, "Vakbonden leggen land volgende maandag plat, geen vertrekkende vluchten", "De Tijd", [
    "De drie grote vakbonden houden volgende maandag, 31 maart, een nationale stakingsdag tegen de pensioen- en arbeidsmarkthervormingen van de federale regering. Brussels Airport en Charleroi hebben al laten weten dat er die dag geen vertrekkende passagiersvluchten zullen zijn. Ook bij de NMBS, De Lijn en in het onderwijs worden zware verstoringen verwacht.",
    "Het is de zoveelste actie sinds de regering haar plannen voorstelde. Op 13 februari trokken volgens de politie zo'n 100.000 mensen door Brussel, een van de grootste betogingen van de voorbije jaren. Daarna volgden acties per sector, van de spoorwegen tot de gevangenissen.",
    "Werkgeversorganisaties reageren geïrriteerd. Zij rekenen voor dat elke nationale stakingsdag de economie honderden miljoenen euro's kost en wijzen erop dat buitenlandse investeerders de sociale onrust met argusogen volgen.",
    "'We staken niet voor ons plezier', zegt Sarah Claes, syndicaal afgevaardigde in een distributiecentrum in Willebroek. 'Maar als je tot je zevenenzestigste in een koelcel dozen moet tillen en dan ook nog minder pensioen krijgt, dan moet je op een bepaald moment je tanden laten zien.'",
    "De regering houdt vast aan de grote lijnen van de hervormingen, maar ziet volgens haar omgeving ruimte voor overleg over de uitvoering. Voor eind april plannen de bonden alvast een nieuwe betoging in de hoofdstad.",
], [], "Announced national strike (next Monday) and a planned April demonstration: future, not coded. The 13 February march in Brussels is over five weeks old: background, not coded."))
