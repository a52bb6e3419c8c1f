# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 21 terreurverdachten aangehouden in Zoetermeer en Leiden
P = "2024-03-07"
A(art(P, "Twee jongeren opgepakt op verdenking van voorbereiden aanslag", "NOS", [
    "De politie heeft dinsdag in Zoetermeer en Leiden twee jongeren aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid. Dat heeft het Openbaar Ministerie donderdag bekendgemaakt. Het gaat om een 19-jarige man uit Zoetermeer en een 17-jarige jongen uit Leiden.",
    "De 19-jarige werd dinsdagochtend vroeg door een arrestatieteam in zijn ouderlijk huis in de wijk Meerzicht van bed gelicht. De 17-jarige werd een paar uur later in Leiden aangehouden toen hij van school naar huis fietste. Bij huiszoekingen op beide adressen werden laptops, telefoons en een boek over het maken van explosieven in beslag genomen.",
    "Volgens het OM deelden de twee in een besloten chatgroep jihadistische propaganda en spraken ze erover 'ongelovigen' aan te vallen. Of zij al een concreet doelwit op het oog hadden, wil justitie niet zeggen. Er zijn geen aanwijzingen dat er op korte termijn een aanslag dreigde.",
    "De 19-jarige is donderdag voorgeleid aan de rechter-commissaris in Rotterdam, die zijn voorarrest met twee weken verlengde. De zaak van de minderjarige verdachte wordt achter gesloten deuren behandeld.",
    "Het is niet de eerste keer dat jonge Nederlanders in beeld komen bij terreuronderzoek. In januari werd in Delft al een 16-jarige aangehouden. De NCTV waarschuwt al langer dat steeds jongere mensen online radicaliseren.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Civilians (Netherlands)", 7, "Netherlands", "Zuid-Holland", "Zoetermeer", 52.0575, 4.4931, 1, wd(P, "dinsdag"),
       evid=["De politie heeft dinsdag in Zoetermeer en Leiden twee jongeren aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid.", "De 19-jarige werd dinsdagochtend vroeg door een arrestatieteam in zijn ouderlijk huis in de wijk Meerzicht van bed gelicht."],
       note="Terror-suspect arrest in Zoetermeer on Tuesday; suspects without a named group coded as civilians."),
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Civilians (Netherlands)", 7, "Netherlands", "Zuid-Holland", "Leiden", 52.1601, 4.4970, 1, wd(P, "dinsdag"),
       evid=["De politie heeft dinsdag in Zoetermeer en Leiden twee jongeren aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid.", "De 17-jarige werd een paar uur later in Leiden aangehouden toen hij van school naar huis fietste."],
       note="Second arrest the same day in another town: a separate event."),
], "Two terror arrests on Tuesday in two towns (two events); the court hearing on Thursday and the January arrest in Delft (old) not coded."))

# 22 gasontploffing
P = "2024-01-22"
A(art(P, "Woning in Sint-Niklaas verwoest door gasontploffing, bewoonster zwaargewond", "HLN", [
    "Bij een zware ontploffing in een rijwoning in de Mercatorstraat in Sint-Niklaas is zondagochtend een 67-jarige vrouw zwaargewond geraakt. De voorgevel van het huis werd volledig weggeblazen, ook de twee buurhuizen liepen zware schade op. De brandweer haalde de vrouw na ruim een uur uit het puin.",
    "De knal was volgens buurtbewoners tot ver in de stad te horen. 'Ik dacht dat er een vliegtuig was neergestort', zegt een man die twee straten verder woont. Glasscherven lagen tot honderd meter verderop op straat.",
    "Volgens de brandweer gaat het vrijwel zeker om een gasexplosie. Netbeheerder Fluvius sloot de gastoevoer in de straat af en controleert de leidingen. Het parket van Oost-Vlaanderen stuurde een deskundige ter plaatse, maar gaat niet uit van kwaad opzet. 'Er zijn geen aanwijzingen voor een misdrijf', aldus een woordvoerder.",
    "Twaalf bewoners van de omliggende huizen kunnen voorlopig niet naar huis, omdat de stabiliteit van de gebouwen nog moet worden onderzocht. De stad vangt hen op in een hotel. Het slachtoffer ligt in het UZ Gent; haar toestand is kritiek maar stabiel.",
    "Het is de tweede gasontploffing in Oost-Vlaanderen deze winter. In december raakten bij een explosie in een appartementsgebouw in Lokeren drie mensen gewond.",
], [], "Gas explosion, no crime; accident, not coded."))

# 23 dreigingsniveau
P = "2024-06-11"
A(art(P, "NCTV: dreiging blijft 'substantieel', jongeren steeds vaker in beeld", "NRC", [
    "Het dreigingsniveau in Nederland blijft op vier van de vijf staan. Dat schrijft de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) in het Dreigingsbeeld Terrorisme Nederland, dat dinsdag is verschenen. De kans op een aanslag is volgens de NCTV 'reëel', al zijn er geen concrete aanwijzingen dat er een wordt voorbereid.",
    "De grootste dreiging komt volgens de dienst nog altijd uit de jihadistische hoek. Islamitische Staat en zijn Afghaanse tak ISKP proberen via sociale media aanhangers in Europa op te roepen tot aanslagen met eenvoudige middelen, zoals messen of auto's. De oorlog in Gaza speelt daarbij een grote rol in de propaganda.",
    "Opvallend vindt de NCTV dat verdachten steeds jonger worden. In het afgelopen halfjaar waren in Nederland en de buurlanden meerdere minderjarigen betrokken bij terreurzaken, sommigen pas veertien. 'Radicalisering gaat razendsnel en speelt zich bijna volledig online af', zei de coördinator bij de presentatie in Den Haag.",
    "Ook rechts-extremisme en anti-institutionele groepen blijven volgens de NCTV een zorg. Van die kant is de dreiging 'minder acuut', maar bedreiging en intimidatie van politici, journalisten en wetenschappers nemen wel toe.",
    "Het dreigingsniveau staat sinds december 2023 op vier. Het werd toen verhoogd na een reeks aanslagen elders in Europa.",
], [], "Threat assessment; no event, not coded."))

# 24 M23 tegen Wazalendo bij Masisi
P = "2025-02-12"
A(art(P, "Hevige gevechten bij Masisi tussen M23 en Wazalendo-milities", "Trouw", [
    "In het oosten van Congo is maandag opnieuw hevig gevochten tussen de rebellen van M23 en milities die aan de kant van het Congolese leger staan. De gevechten concentreerden zich in en rond Masisi-centrum, in de provincie Noord-Kivu, waar de zogeheten Wazalendo-milities de rebellen vanuit de heuvels aanvielen.",
    "Volgens een lokale mensenrechtenorganisatie kwamen daarbij zeker zes mensen om het leven, onder wie twee burgers die door een verdwaalde granaat werden getroffen. In het ziekenhuis van Masisi werden tientallen gewonden binnengebracht, meldt een arts die anoniem wil blijven.",
    "Beide kampen claimen de overwinning. Een woordvoerder van M23 zei dat 'ruim twintig vijandelijke strijders' waren uitgeschakeld en dat de rebellen de stad stevig in handen hebben. De Wazalendo spreken van dertien gedode rebellen en zeggen verschillende heuvels rond de stad te hebben heroverd.",
    "M23, dat volgens de VN wordt gesteund door buurland Rwanda, nam eind januari de provinciehoofdstad Goma in en rukt sindsdien verder op. Rwanda ontkent de rebellen te steunen. Bij de strijd om Goma kwamen volgens de VN bijna drieduizend mensen om.",
    "Hulporganisaties maken zich grote zorgen over de honderdduizenden ontheemden in de regio. Veel kampen rond Goma zijn de afgelopen weken leeggelopen, maar een groot deel van de mensen kan niet terug naar huis, omdat hun dorpen in de frontlinie liggen.",
], [
    ev("Battles", "Armed clash", "Wazalendo", 3, "M23", 2, "Democratic Republic of Congo", "North Kivu", "Masisi", -1.4000, 28.8167, 1, wd(P, "maandag"),
       fat=6,
       claimed=[{"low": 20, "high": None, "claimant": "M23", "text": "ruim twintig vijandelijke strijders"},
                {"low": 13, "high": 13, "claimant": "Wazalendo", "text": "dertien gedode rebellen"}],
       evid=["In het oosten van Congo is maandag opnieuw hevig gevochten tussen de rebellen van M23 en milities die aan de kant van het Congolese leger staan.", "Volgens een lokale mensenrechtenorganisatie kwamen daarbij zeker zes mensen om het leven, onder wie twee burgers die door een verdwaalde granaat werden getroffen."],
       note="Wazalendo attacked M23 at Masisi on Monday (Wazalendo as actor1, inter 3 as pro-government militias); rights group's six taken, both sides' counts are claims; vague 'tientallen gewonden' leaves injured null; the fall of Goma (late January, undated) and UN toll are background."),
], "One clash at Masisi on Monday; Goma's fall and tallies not coded."))

# 25 politie schiet man met mes neer
P = "2024-10-15"
A(art(P, "Agent schiet man met mes neer in Zaandam", "Noordhollands Dagblad", [
    "Een agent heeft maandagmiddag in Zaandam een man neergeschoten die met een mes op politiemensen afliep. De man werd in zijn been geraakt en is naar het ziekenhuis gebracht. Zijn verwondingen zijn volgens de politie niet levensbedreigend.",
    "Het incident begon rond drie uur, toen bewoners van een flat aan de Kogerveldweg de politie belden omdat een man in het trappenhuis met een groot mes liep te zwaaien en tegen voorbijgangers schreeuwde. Toen agenten hem aanspraken, liep hij volgens getuigen met het mes in de hand op hen af. Een agent gebruikte eerst een stroomstootwapen, dat geen effect had, en loste daarna een schot.",
    "De man, een 35-jarige inwoner van Zaandam, is aangehouden. Volgens buurtbewoners maakte hij al langer een verwarde indruk. 'Hij liep vaak in zichzelf te praten, maar zo hadden we hem nog nooit gezien', zegt een vrouw die in dezelfde flat woont.",
    "De Rijksrecherche onderzoekt, zoals altijd wanneer een agent zijn vuurwapen gebruikt, of het schieten terecht was. De straat bleef tot in de avond afgezet voor het sporenonderzoek.",
    "De politiebond wijst er opnieuw op dat agenten steeds vaker te maken krijgen met mensen met verward gedrag. 'Eigenlijk zou daar zorg bij moeten, maar die is er vaak niet op het moment dat het misgaat', zegt een woordvoerder.",
], [], "Police shooting of a knife-wielding man; not coded (police shooting of a suspect)."))

# 26 boerderijbrand
P = "2025-08-04"
A(art(P, "Honderden varkens omgekomen bij stalbrand in Haaksbergen", "Tubantia", [
    "Bij een grote brand op een varkensbedrijf in het buitengebied van Haaksbergen zijn zondagnacht naar schatting zeshonderd varkens omgekomen. Een stal van zestig meter lang brandde volledig af. De boer en zijn gezin, die naast het bedrijf wonen, bleven ongedeerd.",
    "De brandweer kreeg de melding rond twee uur en schaalde snel op naar een zeer grote brand. Korpsen uit Haaksbergen, Eibergen, Enschede en Neede waren ter plaatse. Het lukte de brandweer om een tweede stal met zo'n duizend dieren te redden door een waterscherm tussen beide gebouwen te leggen.",
    "De oorzaak van de brand is nog niet bekend. Volgens de brandweer begon het vuur vermoedelijk in de technische ruimte, waar de ventilatie en de verwarming van de stal zijn ondergebracht. Aanwijzingen voor brandstichting zijn er niet.",
    "De gemeente waarschuwde omwonenden via NL-Alert om ramen en deuren gesloten te houden vanwege de rook. De asbestdaken van de stal zijn bij de brand deels verpulverd; een gespecialiseerd bedrijf ruimt de resten de komende dagen op.",
    "Dierenrechtenorganisaties reageren geschokt. Volgens de Dierenbescherming kwamen er dit jaar al ruim honderdduizend landbouwdieren om bij stalbranden. De organisatie wil dat de overheid sprinklers en brandwerende schotten verplicht stelt, ook in bestaande stallen.",
], [], "Barn fire with no sign of arson; not coded."))

# 27 afgelaste demonstratie Enschede
P = "2024-02-26"
A(art(P, "Pegida blaast demonstratie in Enschede af na verbod burgemeester", "Tubantia", [
    "De anti-islambeweging Pegida heeft een demonstratie die zaterdag in het centrum van Enschede gehouden zou worden, afgeblazen. Burgemeester Bleker had de manifestatie op de Oude Markt eerder in de week verboden, omdat hij verwachtte dat de openbare orde niet te handhaven zou zijn.",
    "Pegida wilde bij de demonstratie pagina's uit een Koran verscheuren. Verschillende groepen, onder wie jongeren uit de wijken rond het centrum, hadden op sociale media laten weten 'ervoor te zorgen dat dat niet gebeurt'. De burgemeester wees erop dat een soortgelijke actie twee jaar geleden in een andere stad uitliep op ongeregeldheden, waarbij auto's in brand werden gestoken.",
    "Pegida stapte eerst naar de rechter om het verbod aan te vechten, maar trok het kort geding vrijdagmiddag in. 'We willen niet dat onze mensen gevaar lopen', liet de voorman van de beweging weten. Hij zegt dat Pegida later dit jaar opnieuw naar Enschede wil komen.",
    "Zaterdag was het rustig in de binnenstad. De politie was wel met extra mensen op de been, maar volgens een woordvoerder was er 'geen enkel incident'. Een geplande tegenbijeenkomst van moskeeën en kerken werd omgezet in een open dag in de moskee aan de Tesselschadestraat.",
    "De gemeenteraad steunt de burgemeester. Alleen de PVV vindt dat hij het demonstratierecht te makkelijk opzij heeft gezet.",
], [], "Banned and called-off demonstration, counter-event turned into an open day; no event, not coded."))

# 28 brandbom tegen moskee Beringen
P = "2024-11-25"
A(art(P, "Molotovcocktail tegen deur van moskee in Beringen", "Het Belang van Limburg", [
    "Onbekenden hebben zondagavond een molotovcocktail gegooid tegen de voordeur van een moskee in Beringen-Mijn. De deur vatte vlam, maar een buurman die de knal hoorde, kon het vuur met een brandblusser doven voor het zich naar binnen verspreidde. Er was op dat moment niemand in het gebouw.",
    "Op de gevel waren met rode verf leuzen gespoten, onder meer 'Geen islam in Vlaanderen' en een doodskop. Volgens het moskeebestuur hingen er een week eerder al stickers van een extreemrechtse groep aan de lantaarnpalen in de straat.",
    "Het parket van Limburg heeft een onderzoek geopend naar brandstichting met een haatmotief. Het labo heeft resten van de fles meegenomen voor sporenonderzoek. Camerabeelden van de buurt worden bekeken. Daders zijn nog niet in beeld.",
    "De burgemeester van Beringen sprak maandag van 'een aanval op onze hele gemeenschap'. De mijnwijk, waar sinds de jaren zestig veel Turkse en Italiaanse mijnwerkersfamilies wonen, staat volgens hem bekend om het goede samenleven. 'Dit komt van buitenaf en we laten ons niet uit elkaar spelen.' Maandagavond houden de moskee, de kerk en de gemeente samen een bijeenkomst.",
    "Unia, het interfederaal gelijkekansencentrum, stelt dat het aantal meldingen van moslimhaat in België het afgelopen jaar fors is toegenomen. Twee jaar geleden werd in Genk een moskee beklad met soortgelijke leuzen.",
], [
    ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Belgium)", 3, "Civilians (Belgium)", 7, "Belgium", "Flanders", "Beringen", 51.0496, 5.2265, 1, wd(P, "zondag"),
       evid=["Onbekenden hebben zondagavond een molotovcocktail gegooid tegen de voordeur van een moskee in Beringen-Mijn.", "Het parket van Limburg heeft een onderzoek geopend naar brandstichting met een haatmotief."],
       note="Hate-motivated firebomb at an empty mosque: property destruction by unknown perpetrators (borderline with Violence against civilians/Attack); the Genk daubing two years ago is background; Monday's gathering is future."),
], "One firebomb attack on a mosque in Beringen on Sunday evening (borderline type)."))

# 29 liquidatie Breda
P = "2025-05-06"
A(art(P, "Man doodgeschoten in geparkeerde auto in Breda-Noord", "BN DeStem", [
    "In Breda is maandagochtend een 29-jarige man doodgeschoten terwijl hij in zijn auto zat op een parkeerplaats aan de Haagsemarkt, in de wijk Hoge Vucht. Een schutter liep volgens getuigen op de auto af, schoot meerdere keren door de zijruit en rende daarna naar een wachtende auto, die met hoge snelheid wegreed.",
    "Hulpdiensten probeerden de man nog te reanimeren, maar tevergeefs. Hij overleed ter plaatse. Een halfuur later werd aan de rand van de stad, bij de A16, een uitgebrande auto gevonden. De politie onderzoekt of dat de vluchtauto is.",
    "Het slachtoffer, een man uit Breda, was volgens de politie bekend bij justitie. Een woordvoerder wil niet zeggen waarvoor. 'We onderzoeken alle mogelijke scenario's.' Over een motief is nog niets bekend.",
    "De manier waarop de man werd doodgeschoten, doet volgens criminologen denken aan een liquidatie. 'Een schutter die gericht op één persoon afgaat en een vluchtauto die daarna in brand wordt gestoken, dat is een bekend patroon', zegt een onderzoeker. Maar de politie waarschuwt voor voorbarige conclusies.",
    "Op de parkeerplaats stonden op dat moment ouders die hun kinderen naar de basisschool om de hoek brachten. De school heeft slachtofferhulp ingeschakeld. Burgemeester Depla liet weten 'diep geschokt' te zijn dat 'op klaarlichte dag, met kinderen in de buurt' werd geschoten.",
], [], "Liquidation-style killing of one man, no stated motive or gang war; ordinary crime, not coded."))

# 30 overstromingen Polen
P = "2024-09-17"
A(art(P, "Doden en grote schade door overstromingen in Zuid-Polen", "ANP", [
    "In het zuiden van Polen zijn door zware overstromingen zeker zeven mensen om het leven gekomen. Rivieren traden na dagen van aanhoudende regen buiten hun oevers. Vooral in Neder-Silezië en de regio Opole liepen hele dorpen onder water. In het stadje Nysa werden maandag duizenden inwoners geëvacueerd nadat een dijk het dreigde te begeven.",
    "Beelden uit het grensgebied met Tsjechië tonen ingestorte bruggen en straten die in woeste rivieren zijn veranderd. In Kłodzko stond het water op sommige plekken twee meter hoog. Het leger zette helikopters in om mensen van daken te halen.",
    "Premier Tusk riep de ramptoestand uit voor een deel van het land en trok een miljard zloty uit voor de eerste noodhulp. 'De komende dagen blijven kritiek', zei hij tijdens een crisisoverleg in Wrocław, waar de autoriteiten zich voorbereiden op de piek van de Oder.",
    "Ook in Tsjechië, Oostenrijk en Roemenië vielen doden door het noodweer. Meteorologen spreken van een van de zwaarste overstromingen in Centraal-Europa sinds 1997, toen bij de zogenoemde millenniumvloed tientallen mensen omkwamen.",
    "Nederlandse hulporganisaties staan klaar om te helpen, maar hebben nog geen verzoek gekregen. Volgens het ministerie van Buitenlandse Zaken zijn er geen Nederlandse slachtoffers bekend.",
], [], "Floods; natural disaster, not coded."))
