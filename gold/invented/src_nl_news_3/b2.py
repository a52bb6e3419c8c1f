# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 16 Climate blockade at Tata Steel, IJmuiden
p = "2023-10-09"
s1 = "Honderden klimaatactivisten van Extinction Rebellion hebben zaterdag de hoofdingang van Tata Steel in IJmuiden aan de Wenckebachstraat urenlang geblokkeerd."
s2 = "Toen de demonstranten na drie waarschuwingen weigerden de weg vrij te maken, voerde de politie hen een voor een af; volgens de gemeente Velsen werden 212 mensen aangehouden."
A(art(p, "212 aanhoudingen bij blokkade Tata Steel", "Haarlems Dagblad", [
    s1 + " Ze eisen dat het staalbedrijf de vervuilende kooksfabrieken nog dit jaar sluit.",
    "De actievoerders zaten vanaf elf uur 's ochtends met spandoeken op het asfalt. Sommigen hadden zich aan elkaar vastgeketend. Er klonk muziek van een drumband en een groep ouders uit Wijk aan Zee droeg borden met 'Ik wil dat mijn kind hier veilig kan ademen'.",
    s2 + " Ze werden met bussen naar een sporthal in Haarlem gebracht en daar later op de dag weer vrijgelaten. Er vielen geen gewonden.",
    "Burgemeester Frank Dales had het protest toegestaan op een grasveld naast de ingang, maar niet op de weg zelf. 'Demonstreren mag, maar de toegang voor hulpdiensten moet gegarandeerd blijven', zei hij.",
    "Tata Steel zegt 'begrip te hebben voor de zorgen', maar noemt de blokkade 'niet de manier'. Het bedrijf wijst op het plan om vanaf 2030 over te stappen op groene waterstof. Volgens het RIVM lopen kinderen in de IJmond een verhoogd risico op gezondheidsklachten door de uitstoot van het bedrijf.",
    "Extinction Rebellion blokkeerde vorig jaar ook al twee keer de A12 in Den Haag. De groep kondigt aan over een maand terug te komen naar IJmuiden.",
], [ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Noord-Holland",
       "IJmuiden", 52.4580, 4.6110, 1, wd(p, "zaterdag"), inj=None, evid=[s1, s2],
       note="Climate blockade at the Tata Steel gate ended by police carrying off and arresting 212 protesters: protest with intervention (mass arrests folded in)."),
    ],
    "One event. Last year's A12 blockades (old) and the return announced for next month (future) are not coded."))

# 17 Police shoot robbery suspect in Tilburg (crime, no event)
A(art("2020-02-04", "Politie schiet verdachte overval op tankstation in been", "Brabants Dagblad", [
    "Een agent heeft maandagavond in Tilburg een 27-jarige man in zijn been geschoten die kort daarvoor een tankstation aan de Ringbaan-Oost zou hebben overvallen. De man is in het ziekenhuis aan zijn verwondingen geholpen en zit vast.",
    "De overvaller bedreigde rond half tien de medewerker van het tankstation met een mes en eiste het geld uit de kassa. Hij vluchtte met enkele honderden euro's te voet weg. Een surveillanceauto die in de buurt was, zag hem even later in de Piushaven lopen.",
    "Volgens de politie bedreigde hij ook de agenten met het mes en reageerde hij niet op bevelen het wapen te laten vallen. Daarop loste een van hen een schot. 'Een ingrijpende gebeurtenis, ook voor de collega's', zegt een woordvoerder.",
    "De Rijksrecherche doet, zoals altijd wanneer een agent zijn dienstwapen gebruikt, onderzoek naar het schietincident. De medewerker van het tankstation was erg geschrokken maar raakte niet gewond.",
    "Het is de tweede overval op hetzelfde tankstation in een jaar. Vorig voorjaar werd de uitbater met een vuurwapen bedreigd. Die zaak is nooit opgelost.",
], [], "Police shooting of an armed robbery suspect: ordinary crime, not coded."))

# 18 Appeal in the 2018 Amsterdam Centraal stabbing (old attack, no event)
A(art("2019-09-26", "Hof verhoogt straf voor steekpartij Centraal Station: 'Het motief was terroristisch'", "NRC", [
    "Het gerechtshof in Amsterdam heeft Jawed S., de Afghaan die in augustus 2018 op het Centraal Station twee Amerikaanse toeristen neerstak, veroordeeld tot 26 jaar cel. In eerste aanleg kreeg hij 26 jaar en tbs; het hof schrapt de tbs maar houdt vast aan het terroristisch oogmerk.",
    "S. stak op 31 augustus 2018 in de stationshal op de twee mannen in, die daarbij ernstig gewond raakten. Hij werd door de politie neergeschoten. Tijdens het proces verklaarde hij dat hij naar Nederland was gekomen omdat hier 'de profeet wordt beledigd', een verwijzing naar de cartoonwedstrijd die Geert Wilders toen wilde organiseren.",
    "Zijn advocaat had betoogd dat S. psychisch in de war was en dat hij niet als terrorist kon worden gezien. Het hof volgt die lezing niet. 'Verdachte heeft bewust en na voorbereiding willekeurige mensen aangevallen om een politieke boodschap af te geven', aldus de uitspraak.",
    "De twee slachtoffers, broers uit Texas, waren niet bij de uitspraak aanwezig. Hun advocaat zei dat zij 'opgelucht' zijn. Een van hen heeft nog altijd last van zijn verwondingen.",
    "Het Openbaar Ministerie overweegt nog of het in cassatie gaat tegen het schrappen van de tbs.",
], [], "Appeal verdict on a 2018 knife attack: the attack is old, the verdict is no event."))

# 19 DR Congo: ADF attack near Eringeti, army pursuit
p = "2023-06-13"
s1 = "Rebellen van de Allied Democratic Forces (ADF) hebben zondag in het dorp Kalau, vlak bij Eringeti in het gebied Beni in Oost-Congo, zeker achttien burgers gedood."
s2 = "Dat zegt de lokale burgersamenleving, die de lichamen heeft geteld; de meeste slachtoffers werden met machetes gedood, enkele huizen werden in brand gestoken."
s3 = "Het Congolese leger, dat in de middag ter plaatse kwam, zegt dat het de aanvallers achtervolgde en bij een vuurgevecht aan de rand van het dorp vier van hen doodde."
A(art(p, "Zeker achttien doden bij aanval van ADF in Oost-Congo", "de Volkskrant", [
    s1 + " " + s2,
    "De aanvallers kwamen volgens overlevenden rond zes uur 's ochtends het dorp binnen, toen veel inwoners op weg waren naar hun velden. 'Ze zeiden dat we moesten blijven zitten, en toen begonnen ze te hakken', vertelde een vrouw aan een lokale radiozender. Zeker zeven mensen worden nog vermist.",
    s3 + " Legerwoordvoerder Antony Mualushayi sprak van 23 gedode burgers. Die cijfers konden niet onafhankelijk worden bevestigd.",
    "De ADF, een oorspronkelijk Oegandese rebellenbeweging die trouw heeft gezworen aan Islamitische Staat, is verantwoordelijk voor duizenden doden in Noord-Kivu en Ituri. In 2021 pleegde de groep ook zelfmoordaanslagen in de Oegandese hoofdstad Kampala.",
    "Sinds 2021 voeren de legers van Congo en Oeganda een gezamenlijke operatie tegen de groep, maar volgens de VN is het geweld tegen burgers sindsdien eerder toe- dan afgenomen. Volgens de Kivu Security Tracker kwamen dit jaar al meer dan 370 burgers in het gebied Beni om het leven.",
], [ev("Violence against civilians", "Attack", "Allied Democratic Forces", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "Nord-Kivu",
       "Eringeti", 0.5760, 29.6640, 2, wd(p, "zondag"), fat=18,
       claimed=[{"low": 23, "high": 23, "claimant": "Military Forces of the Democratic Republic of Congo", "text": "23 gedode burgers"}],
       evid=[s1, s2],
       note="ADF machete attack on Kalau village near Eringeti (Beni territory): precision 2. 18 dead from civil society (neutral); the army's 23 is a party's count, a claim."),
    ev("Battles", "Armed clash", "Military Forces of the Democratic Republic of Congo", 1, "Allied Democratic Forces", 2, "Democratic Republic of Congo", "Nord-Kivu",
       "Eringeti", 0.5760, 29.6640, 2, wd(p, "zondag"), fat=None,
       claimed=[{"low": 4, "high": 4, "claimant": "Military Forces of the Democratic Republic of Congo", "text": "vier van hen doodde"}],
       evid=[s3],
       note="The army's firefight with the attackers at the village edge the same day: a second pair of sides, armed clash; the four dead are the army's claim only.")],
    "Two events: the attack on civilians and the army's clash with the ADF. The 2021 Kampala bombings (old), the 2021 operation and the yearly tally are background."))

# 20 Storm in Zeeland (no event)
A(art("2022-02-19", "Storm Eunice raast over Zeeland: daken van huizen, bomen op de weg", "PZC", [
    "Storm Eunice heeft vrijdag in Zeeland grote schade aangericht. In Vlissingen werd een windstoot van 141 kilometer per uur gemeten, de hoogste sinds 1990. Het KNMI had code rood afgegeven voor de kustprovincies.",
    "In Middelburg waaide een deel van het dak van een appartementencomplex aan de Kanaalweg. De bewoners van twaalf woningen zijn tijdelijk elders ondergebracht. In Goes en Terneuzen vielen bomen op auto's en op de weg; de Zeelandbrug was de hele middag gesloten.",
    "'Het was echt een gevecht om overeind te blijven', zegt een medewerker van een supermarkt in Domburg, die winkelwagens achter de winkel zag wegvliegen. De veerdienst Vlissingen-Breskens voer niet.",
    "De veiligheidsregio meldde ruim vierhonderd incidenten. In het hele land kwamen door de storm vier mensen om het leven, onder wie een automobilist in Diemen en een man in Amsterdam op wie een boom viel. In Zeeland vielen geen doden.",
    "Rijkswaterstaat sloot de Oosterscheldekering, voor het eerst in twee jaar. Volgens de dijkgraaf van het waterschap Scheldestromen hebben de dijken het goed gehouden.",
], [], "A storm and its damage and deaths: a natural disaster, not coded."))

# 21 Measles in the Bible belt (no event)
A(art("2024-03-07", "Mazelen rukken op in de Biblebelt: 'We zien dit al weken aankomen'", "Trouw", [
    "In de Bijbelgordel zijn de afgelopen maand 47 kinderen met mazelen besmet geraakt, meldt het RIVM. De meeste gevallen komen uit Staphorst, Urk en de Alblasserwaard, gemeenten waar de vaccinatiegraad ver onder de landelijke norm ligt.",
    "Drie kinderen zijn in het ziekenhuis opgenomen met een longontsteking. 'Mazelen is geen onschuldige kinderziekte', zegt kinderarts Marieke Bloemink van het Isala-ziekenhuis in Zwolle. 'Wij voeren hier elke winter dezelfde strijd en dan nog zien we kinderen die ernstig ziek worden.'",
    "In Staphorst is slechts 62 procent van de kinderen tegen mazelen ingeënt. De GGD IJsselland heeft extra vaccinatiespreekuren ingesteld en schrijft ouders van niet-gevaccineerde kinderen persoonlijk aan.",
    "Dominee Arie van Dieren van een hersteld-hervormde gemeente in Staphorst wil zich niet in de discussie mengen. 'Ouders moeten dit in geweten beslissen. Wij gaan niet over hun keuze.'",
    "De vorige grote mazelenuitbraak, in 2013, trof ruim 2.600 mensen. Een meisje uit Tholen overleed toen aan de ziekte.",
], [], "A measles outbreak: disease, not coded."))

# 22 Mexico election violence tally (no event)
A(art("2024-05-30", "Mexico kiest zondag: 'De gewelddadigste campagne ooit'", "NOS", [
    "Mexico kiest zondag een nieuwe president en duizenden burgemeesters, gemeenteraadsleden en parlementariërs. De verkiezingscampagne wordt door waarnemers nu al de gewelddadigste uit de geschiedenis van het land genoemd.",
    "Volgens de onderzoeksgroep Data Cívica zijn sinds september 34 kandidaten vermoord. Honderden anderen trokken zich terug na bedreigingen. Vooral in de staten Guerrero, Michoacán en Chiapas proberen kartels lokale kandidaten te intimideren of om te kopen, omdat ze via het gemeentehuis de politie en de aanbestedingen in handen willen krijgen.",
    "De favoriete kandidaat, Claudia Sheinbaum van de regerende partij Morena, leidt in de peilingen ruim voor Xóchitl Gálvez van de oppositie. Zij zou de eerste vrouwelijke president van Mexico worden.",
    "'De kartels voeren een oorlog om de gemeentehuizen', zegt politicoloog Carlos Pérez Ricart. 'Een kandidaat die niet meewerkt, loopt het risico doodgeschoten te worden.'",
    "Het leger zet zondag ruim 27.000 militairen in om stembureaus te beveiligen. In sommige gemeenten in Chiapas kunnen volgens de kiesraad geen stembureaus open door het geweld.",
], [], "Pre-election overview: a tally of murdered candidates since September (summed), a future vote and deployment. Nothing coded."))

# 23 Terror arrests in Antwerp
p = "2024-10-31"
s1 = "De federale gerechtelijke politie heeft woensdag in Antwerpen drie jongeren opgepakt die ervan verdacht worden een terroristische aanslag te hebben voorbereid."
s2 = "Het gaat om twee minderjarigen van 16 en 17 en een 19-jarige man, die bij huiszoekingen in Borgerhout en Deurne werden aangehouden."
A(art(p, "Drie jongeren opgepakt in Antwerpen: 'Plannen voor aanslag waren concreet'", "Gazet van Antwerpen", [
    s1 + " " + s2,
    "Volgens het federaal parket waren de drie in online chatgroepen in contact met sympathisanten van Islamitische Staat. Ze zouden gesproken hebben over een aanslag met messen op een kerstmarkt. 'Het ging verder dan stoere praat', zegt woordvoerder Eric Van Duyse. 'Er waren al verkenningen gedaan.'",
    "Bij de huiszoekingen werden messen, een gasalarmpistool, gsm's en computers in beslag genomen. De meerderjarige verdachte werd donderdag voorgeleid bij de onderzoeksrechter, die hem aanhield voor deelname aan de activiteiten van een terroristische groep. Over de minderjarigen beslist de jeugdrechter.",
    "In dezelfde operatie werd in Mechelen een vierde persoon verhoord, maar die werd na verhoor weer vrijgelaten.",
    "Het OCAM houdt het dreigingsniveau voor België op 3 op een schaal van 4, het niveau dat geldt sinds de aanslag op de Zweedse supporters in Brussel in oktober vorig jaar. 'Wat we zien, is dat de verdachten steeds jonger worden', zegt terrorisme-expert Pieter Van Ostaeyen. 'Ze radicaliseren in een paar weken, volledig online.'",
    "Burgemeester Bart De Wever zei dat de kerstmarkt op de Groenplaats gewoon doorgaat, met extra politie.",
], [ev("Strategic developments", "Arrests", "Police Forces of Belgium", 1, "Civilians (Belgium)", 7, "Belgium", "Flanders",
       "Antwerpen", 51.2194, 4.4025, 1, wd(p, "woensdag"), evid=[s1, s2],
       note="Terror arrests of three youths in Antwerp (searches in the Borgerhout and Deurne districts): one Arrests event placed at Antwerp city. Suspects in contact with IS sympathisers, not members: actor2 Civilians (Belgium) (unsure; Islamic State possible).")],
    "One event. The person questioned and released in Mechelen is not an arrest; the 2023 Brussels attack and the threat level are background; the Christmas market is future."))

# 24 Srebrenica commemoration in The Hague (no event)
A(art("2020-07-13", "Herdenking Srebrenica in Den Haag: 'Nederland moet blijven luisteren'", "Trouw", [
    "Op het Malieveld in Den Haag hebben zaterdag enkele honderden mensen de val van Srebrenica herdacht, 25 jaar geleden. Vanwege het coronavirus was de herdenking kleiner dan gepland; veel Bosnische Nederlanders volgden de plechtigheid via een livestream.",
    "In juli 1995 namen Bosnisch-Servische troepen onder leiding van generaal Ratko Mladić de moslimenclave in, die onder bescherming stond van Nederlandse blauwhelmen van Dutchbat. In de dagen daarna werden zo'n achtduizend moslimmannen en -jongens vermoord.",
    "'Ik was twaalf toen mijn vader en mijn broers werden weggevoerd', zei Hasan Nuhanović. 'Ik vraag niet om medelijden. Ik vraag dat Nederland blijft luisteren naar wat er is gebeurd.'",
    "Minister Ank Bijleveld van Defensie legde een krans. Veteranen van Dutchbat waren ook aanwezig; zij hadden vorig jaar voor het eerst een eigen plek bij de herdenking gekregen. Sommige veteranen voelen zich nog steeds miskend. 'Wij werden met lege handen naar een oorlog gestuurd', zegt een van hen.",
    "In Potočari, waar het herdenkingscentrum staat, werden zaterdag de stoffelijke resten van negen slachtoffers begraven die het afgelopen jaar zijn geïdentificeerd.",
], [], "A commemoration of the 1995 Srebrenica massacre: an old event; the gathering is a memorial, not a protest. Not coded."))

# 25 ASML and the chip war (business, no event)
A(art("2023-09-01", "ASML in de frontlinie van de chipoorlog", "Eindhovens Dagblad", [
    "Voor ASML in Veldhoven gaat vandaag een nieuwe fase in de technologische strijd tussen de Verenigde Staten en China in. Vanaf 1 september heeft de chipmachinemaker een exportvergunning nodig voor de verkoop van zijn meest geavanceerde DUV-machines aan Chinese klanten.",
    "Het kabinet nam dat besluit in het voorjaar onder zware druk van Washington. 'We zitten midden in een geopolitieke oorlog om technologie', zegt topman Peter Wennink in een interview met deze krant. 'Wij zijn niet de generaal, wij zijn het terrein waarop wordt gevochten.'",
    "Voor dit jaar heeft het bedrijf de verkopen in China nog naar voren gehaald; Chinese klanten waren goed voor bijna een kwart van de omzet. Beleggers vrezen dat dat aandeel volgend jaar fors daalt. Het aandeel ASML verloor de afgelopen maand 6 procent.",
    "In de Brainport-regio wordt met zorg gekeken naar de gevolgen voor de toeleveranciers. 'Het gaat hier om duizenden banen', zegt wethouder Stijn Steenbakkers van Eindhoven. 'Een handelsoorlog wordt ook in Veldhoven en Best uitgevochten.'",
    "ASML heeft in de regio ruim 23.000 mensen in dienst en wil de komende jaren nog eens duizenden mensen aannemen.",
], [], "Business news with war words (chip war, battlefield): not coded."))

# 26 Earthquake in Herat (no event)
A(art("2023-10-09", "Zeker 2000 doden bij aardbeving in westen van Afghanistan", "de Volkskrant", [
    "Bij een reeks zware aardbevingen in het westen van Afghanistan zijn zaterdag volgens de Taliban-regering meer dan 2000 mensen om het leven gekomen. Het zwaarst getroffen is het district Zindajan, ten westen van de stad Herat, waar complete dorpen van leemhuizen zijn ingestort.",
    "De eerste beving had een kracht van 6,3. Daarna volgden nog zeker acht naschokken. Reddingswerkers en dorpelingen groeven met blote handen naar overlevenden. 'In ons dorp staat geen huis meer overeind', zei een man uit Zindajan tegen persbureau Reuters.",
    "Volgens de Wereldgezondheidsorganisatie zijn meer dan 1300 huizen verwoest. De ziekenhuizen in Herat liggen vol. Een woordvoerder van de Taliban deed een oproep aan internationale hulporganisaties om snel te helpen.",
    "Veel westerse landen hebben de hulp aan Afghanistan sterk beperkt sinds de Taliban in augustus 2021 de macht grepen. Nederland maakt via het Rode Kruis een miljoen euro noodhulp vrij.",
    "Het is de dodelijkste aardbeving in Afghanistan sinds juni vorig jaar, toen in de provincie Paktika ruim duizend mensen omkwamen.",
], [], "An earthquake: natural disaster; the 2021 Taliban takeover is old background. Not coded."))

# 27 Burkina Faso: JNIM attack on Arbinda army base
p = "2024-05-15"
s1 = "Jihadisten hebben zaterdag een militaire basis in Arbinda, in het noorden van Burkina Faso, aangevallen."
s2 = "Volgens lokale bronnen en een medewerker van een hulporganisatie vielen bij de urenlange gevechten zeker vijftien doden, onder wie soldaten en vrijwilligers van de burgerwacht VDP."
s3 = "Het leger meldde maandag dat 'meer dan zestig terroristen zijn geneutraliseerd', terwijl JNIM, de aan al-Qaida gelieerde groep die de aanval opeiste, zegt dat het dertig soldaten heeft gedood."
A(art(p, "Bloedige aanval op legerbasis in Burkina Faso", "De Standaard", [
    s1 + " " + s2,
    "De aanvallers kwamen volgens inwoners op motoren, in groepen van honderden, en vielen de basis van meerdere kanten tegelijk aan. Het leger zette een helikopter in. 'We hebben de hele ochtend in onze huizen gelegen, de kogels vlogen over de daken', zei een inwoner telefonisch.",
    s3 + " Geen van beide cijfers kan onafhankelijk worden gecontroleerd. De militaire junta van kapitein Ibrahim Traoré maakt eigen verliezen zelden bekend.",
    "Arbinda, in de provincie Soum, is al jaren grotendeels afgesloten door jihadisten. De stad wordt bevoorraad via konvooien die geregeld worden aangevallen. In 2019 vielen in de stad en omliggende dorpen bij een aanval tientallen doden.",
    "Volgens het Amerikaanse onderzoeksbureau ACLED zijn in Burkina Faso vorig jaar meer dan achtduizend mensen omgekomen door geweld. De junta, die sinds 2022 aan de macht is, heeft de Franse troepen het land uitgezet en werkt nu samen met Rusland.",
], [ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Sahel",
       "Arbinda", 14.2300, -0.8700, 1, wd(p, "zaterdag"), fat=15,
       claimed=[{"low": 60, "high": None, "claimant": "Military Forces of Burkina Faso", "text": "meer dan zestig terroristen zijn geneutraliseerd"},
                {"low": 30, "high": 30, "claimant": "JNIM", "text": "dertig soldaten heeft gedood"}],
       evid=[s1, s2, s3],
       note="JNIM attack on the Arbinda army base with hours of fighting: armed clash. 15 dead from local sources and an aid worker (neutral); the army's 60+ and JNIM's 30 are both party claims.")],
    "One event. The 2019 Arbinda attack (old), the ACLED yearly tally and the convoy attacks (no place or day) are not coded."))

# 28 Bus accident on the A28 (no event)
A(art("2018-11-24", "Touringcar kantelt op A28 bij Meppel: twintig gewonden", "De Stentor", [
    "Op de A28 bij Meppel is vrijdagochtend een touringcar met 46 inzittenden op zijn kant beland. Twintig mensen raakten gewond, van wie drie ernstig. Zij zijn met traumahelikopters naar het UMCG in Groningen en het Isala in Zwolle gebracht.",
    "De bus, met aan boord een groep gepensioneerden uit Hoogeveen op weg naar een kerstmarkt in Duitsland, raakte bij de afslag Meppel-Noord van de weg en kantelde in de berm. De oorzaak is nog onduidelijk; het was licht aan het vriezen.",
    "'Het was een slagveld', zegt een automobilist die als een van de eersten ter plaatse was. 'Mensen lagen over elkaar heen, er lag glas overal.' Hulpverleners kwamen uit heel Drenthe en Overijssel. De snelweg was tot de middag in beide richtingen dicht.",
    "De chauffeur, een 52-jarige man uit Emmen, bleef ongedeerd. Hij is verhoord door de politie. De Verkeersongevallenanalyse doet onderzoek.",
    "Het busbedrijf, een familiebedrijf uit Nieuwleusen, laat weten 'diep geschokt' te zijn. De overige reizigers zijn opgevangen in een sporthal in Meppel en daar door familie opgehaald.",
], [], "A road accident: not coded."))

# 29 Port strike called off (no event)
A(art("2021-06-08", "Staking in Antwerpse haven op valreep afgeblazen", "Gazet van Antwerpen", [
    "De staking die de haven van Antwerpen dinsdag had moeten platleggen, gaat niet door. De vakbonden en de werkgevers van de havenarbeiders bereikten maandagavond laat een akkoord over de toeslagen voor nachtwerk, meldt ACV-Transcom.",
    "De bonden dreigden met een staking van 24 uur, die ook de sluizen en het loodswezen zou treffen. Tientallen schepen hadden hun aankomst al uitgesteld. 'We stonden met de rug tegen de muur', zegt Marc Loridan van BTB. 'Nu ligt er een voorstel waar we mee kunnen leven.'",
    "Het akkoord moet nog worden voorgelegd aan de leden. Als die het afwijzen, kan alsnog volgende week worden gestaakt. Ook een betoging aan het havenhuis, die voor woensdag was gepland, is voorlopig geschrapt.",
    "De haven van Antwerpen is na Rotterdam de grootste van Europa. Een staking van een dag kost volgens havenbedrijf Alfaport al snel tientallen miljoenen euro's.",
    "De laatste grote havenstaking dateert van 2019, toen de havenarbeiders twee dagen het werk neerlegden tegen de hervorming van hun statuut.",
], [], "A strike and a rally called off; a possible strike next week is future; the 2019 strike is old. Nothing coded."))

# 30 Theatre about the war in Ukraine (culture, no event)
A(art("2023-02-24", "'Wij speelden in de kelder terwijl de raketten vielen'", "De Standaard", [
    "Een jaar na de Russische invasie staat het Kyiv Theatre of Drama and Comedy deze week in de Bourla in Antwerpen. De voorstelling 'Kelder', gemaakt in de eerste oorlogsweken, gaat over twaalf mensen die samen schuilen tijdens een bombardement.",
    "'We speelden de eerste maanden echt in de kelder van het theater, voor buurtbewoners die daar sliepen', zegt regisseur Oleksandra Kovalenko. 'Telkens als het luchtalarm ging, zongen we harder.' Drie acteurs van het gezelschap vechten inmiddels aan het front; één van hen is gesneuveld bij Bachmoet.",
    "De voorstelling is een coproductie met Toneelhuis. Artistiek leider Guy Cassiers zegt dat het 'geen medelijden' wil oproepen. 'Het is een stuk over hoe mensen overleven. Daar kan iedereen zich in herkennen.'",
    "De opbrengst van de voorstellingen gaat naar een fonds voor kunstenaars in Oekraïne. Na Antwerpen reist het gezelschap door naar Gent, Amsterdam en Rotterdam.",
    "Ook elders wordt de verjaardag van de invasie gemarkeerd. In Brussel is vrijdagavond een wake aan het Schumanplein gepland.",
], [], "Culture: a war play; an actor killed at Bakhmut (no day), a planned vigil (future). Not coded."))
