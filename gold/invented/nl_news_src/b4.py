# Invented articles 076-090 (Dutch), coded by gold/CODEBOOK.md.
ARTICLES = [
{"n": 76, "published": "2018-01-21", "source": "Dagblad van het Noorden", "title": "Duizenden Groningers in fakkeloptocht tegen gaswinning",
 "text": """Ruim tienduizend mensen zijn zaterdagavond met fakkels door de binnenstad van Groningen getrokken om te protesteren tegen de gaswinning. De optocht begon bij het Hoofdstation en eindigde op de Vismarkt, waar onder anderen de burgemeester van Loppersum het woord voerde.
Aanleiding voor het protest is de aardbeving van 8 januari bij Zeerijp, met een kracht van 3,4 op de schaal van Richter. Bij duizenden huizen in de provincie ontstond nieuwe schade. 'We zijn het zat om proefkonijn te zijn', zei een bewoner uit Middelstum die met zijn gezin meeliep.
De demonstratie verliep volgens de politie zonder problemen. Volgens de organisatie, de Groninger Bodem Beweging, was het de grootste demonstratie in de stad sinds jaren.
Minister Wiebes van Economische Zaken heeft toegezegd dat de gaswinning verder wordt verlaagd. Hij wil voor de zomer met een plan komen. De Groningers eisen dat de winning helemaal stopt.""",
 "events": [
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Groningen", "loc": "Groningen", "lat": 53.2194, "lon": 6.5665, "ds": "zaterdag",
   "ev": ["Ruim tienduizend mensen zijn zaterdagavond met fakkels door de binnenstad van Groningen getrokken om te protesteren tegen de gaswinning.",
          "De demonstratie verliep volgens de politie zonder problemen."],
   "note": "Peaceful torch march against gas extraction; the 8 January earthquake is a natural event."}],
 "note": "Groningen gas protest."},

{"n": 77, "published": "2019-05-09", "source": "Gazet van Antwerpen", "title": "Vijf jaar cel voor Syriëstrijder uit Vilvoorde",
 "text": """De correctionele rechtbank in Brussel heeft een 29-jarige man uit Vilvoorde bij verstek veroordeeld tot vijf jaar cel voor deelname aan de activiteiten van een terroristische groep. De man vertrok in 2014 naar Syrië, waar hij zich aansloot bij Islamitische Staat.
Volgens het federaal parket vocht de man mee in de slag om Kobani en was hij betrokken bij de bewaking van gevangenen in Raqqa. Of hij nog in leven is, is onduidelijk. Zijn familie zegt al twee jaar niets meer van hem te hebben gehoord.
Uit Vilvoorde vertrokken destijds meer dan dertig jongeren naar Syrië, het hoogste aantal per inwoner van heel West-Europa. Burgemeester Hans Bonte voerde nadien een ophefmakend preventiebeleid.
Sinds de val van het laatste IS-bolwerk Baghouz in maart zitten honderden Europese strijders en hun vrouwen vast in kampen van de Koerden in Noord-Syrië. België wil voorlopig alleen kinderen onder de tien jaar terughalen.""",
 "events": [], "note": "Sentencing of a foreign fighter for years-old activity; the fall of Baghouz (March) is older background."},

{"n": 78, "published": "2020-10-23", "source": "Belga", "title": "Rebellen doden achttien burgers in oosten van Congo",
 "text": """Bij een nachtelijke aanval op het dorp Baeti, in het gebied Beni in het oosten van de Democratische Republiek Congo, zijn in de nacht van dinsdag op woensdag achttien burgers om het leven gebracht. Dat meldt het maatschappelijk middenveld van Beni. De slachtoffers werden met machetes en geweren gedood.
Het Congolese leger houdt de ADF verantwoordelijk, een van oorsprong Oegandese islamitische rebellengroep. Een legerwoordvoerder zei donderdag dat soldaten de aanvallers achtervolgden en 'zes rebellen hadden uitgeschakeld'.
Volgens de Kivu Security Tracker zijn sinds begin dit jaar in het gebied Beni meer dan vijfhonderd burgers gedood. Ondanks de aanwezigheid van duizenden Congolese militairen en VN-blauwhelmen lukt het niet om de aanvallen te stoppen.
Inwoners van de stad Beni gingen donderdag de straat op om te protesteren tegen de onveiligheid. Zij blokkeerden wegen met brandende autobanden en eisten het vertrek van de VN-missie Monusco. De politie verdreef hen met traangas.
De ADF opereert al sinds de jaren negentig in het oosten van Congo. Sinds 2019 heeft de groep trouw gezworen aan Islamitische Staat, die een deel van haar aanvallen opeist als werk van haar 'Centraal-Afrikaanse provincie'. De aanval op Baeti is nog niet opgeëist.
Het leger voert sinds eind vorig jaar een offensief tegen de ADF in de bossen rond Beni. Volgens critici heeft dat offensief de groep vooral verspreid, waardoor meer dorpen doelwit zijn geworden. De VN-missie zegt haar patrouilles te hebben opgevoerd.
Inwoners verwijten zowel het leger als de VN dat zij de bevolking in de steek laten. Het maatschappelijk middenveld roept al maanden op tot een nieuwe aanpak, met meer inlichtingenwerk en betere bescherming van de wegen tussen de dorpen.""",
 "events": [
  {"type": "Violence against civilians", "sub": "Attack", "a1": "ADF: Allied Democratic Forces", "i1": 2, "a2": "Civilians (Democratic Republic of Congo)", "i2": 7,
   "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "loc": "Baeti", "lat": 0.5000, "lon": 29.6000, "gp": 2, "ds": "dinsdag", "de": "woensdag", "fat": 18,
   "ev": ["Bij een nachtelijke aanval op het dorp Baeti, in het gebied Beni in het oosten van de Democratische Republiek Congo, zijn in de nacht van dinsdag op woensdag achttien burgers om het leven gebracht.",
          "Het Congolese leger houdt de ADF verantwoordelijk, een van oorsprong Oegandese islamitische rebellengroep."],
   "note": "ADF massacre of villagers (attribution by the army); small village placed in Beni territory with approximate coordinates (precision 2); the army's pursuit with 'six rebels' is a party claim without its own place and day, not coded separately."},
  {"type": "Protests", "sub": "Protest with intervention", "a1": "Protesters (Democratic Republic of Congo)", "i1": 6, "a2": "Police Forces of the Democratic Republic of Congo", "i2": 1,
   "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "loc": "Beni", "lat": 0.4911, "lon": 29.4731, "ds": "donderdag",
   "ev": ["Inwoners van de stad Beni gingen donderdag de straat op om te protesteren tegen de onveiligheid.",
          "Zij blokkeerden wegen met brandende autobanden en eisten het vertrek van de VN-missie Monusco.",
          "De politie verdreef hen met traangas."],
   "note": "Protest with burning-tyre barricades dispersed by tear gas: protest with intervention (no violence by protesters against people; could be read as a violent demonstration)."}],
 "note": "ADF attack near Beni and a protest in Beni two days later; the year tally is an aggregate."},

{"n": 79, "published": "2024-10-05", "source": "Trouw", "title": "Een jaar na 7 oktober: 'Ik slaap nog steeds met het licht aan'",
 "text": """Noa Levi (34) woonde tot vorig jaar in kibboets Be'eri, op vijf kilometer van de grens met Gaza. Op de ochtend van 7 oktober verstopte ze zich urenlang met haar dochtertje in de schuilkamer, terwijl strijders van Hamas het dorp binnenvielen. Haar buren werden vermoord of ontvoerd.
'Ik hoorde ze praten in de gang van mijn buren', vertelt ze in het appartement in Tel Aviv waar ze nu woont. 'Ik hield mijn hand op de mond van mijn dochter.' Na twaalf uur werden ze bevrijd door soldaten.
Bij de aanval van Hamas kwamen in Israël ongeveer 1.200 mensen om het leven en werden 250 mensen ontvoerd. De oorlog die daarop volgde in Gaza heeft volgens het ministerie van Volksgezondheid in Gaza al meer dan 41.000 levens gekost.
Levi wil ooit terug naar Be'eri. 'Maar niet zolang onze buren nog in Gaza zitten', zegt ze. Volgende week wordt in de kibboets een herdenking gehouden.""",
 "events": [], "note": "Interview on the anniversary of 7 October 2023: an old attack as background, aggregate tolls, a future commemoration."},

{"n": 80, "published": "2022-12-06", "source": "NOS", "title": "Turkse drone doodt Koerdische commandant in Noord-Syrië",
 "text": """Bij een Turkse droneaanval op een auto bij de Noord-Syrische stad Qamishli zijn maandag twee leden van de door Koerden geleide Syrische Democratische Strijdkrachten (SDF) om het leven gekomen, onder wie een lokale commandant. Dat meldt het Syrisch Observatorium voor de Mensenrechten.
Turkije voert sinds twee weken een luchtcampagne uit tegen Koerdische doelen in Syrië en Irak, als vergelding voor de bomaanslag in Istanbul van 13 november. Ankara houdt de Koerdische PKK en de Syrische YPG verantwoordelijk; beide groepen ontkennen.
De SDF zeggen dat bij de Turkse aanvallen sinds 20 november tientallen burgers zijn gedood. President Erdogan dreigt opnieuw met een grondoffensief in Noord-Syrië. 'We komen onverwachts, op een nacht', zei hij.
De Verenigde Staten, die samen met de SDF tegen IS vechten, roepen Turkije op tot terughoudendheid.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of Turkey", "i1": 8, "a2": "SDF: Syrian Democratic Forces", "i2": 2,
   "country": "Syria", "admin1": "Al Hasakeh", "loc": "Qamishli", "lat": 37.0517, "lon": 41.2276, "gp": 2, "ds": "maandag", "fat": 2,
   "ev": ["Bij een Turkse droneaanval op een auto bij de Noord-Syrische stad Qamishli zijn maandag twee leden van de door Koerden geleide Syrische Democratische Strijdkrachten (SDF) om het leven gekomen, onder wie een lokale commandant."],
   "note": "Turkish drone strike near Qamishli (precision 2), toll from SOHR; the Istanbul bombing (13 Nov, 22 days earlier) and the SDF's campaign-wide claim are not coded; Erdogan's threat is future."}],
 "note": "Turkish drone strike near Qamishli."},

{"n": 81, "published": "2021-07-03", "source": "Het Laatste Nieuws", "title": "Rode Duivels sneuvelen in München na Italiaanse blitzkrieg",
 "text": """Het EK is voorbij voor de Rode Duivels. In de kwartfinale in München ging België vrijdagavond met 1-2 onderuit tegen Italië. Het werd een veldslag waarin de Italianen in de eerste helft toesloegen met twee prachtige doelpunten van Barella en Insigne.
Romelu Lukaku en co gingen daarna in de tegenaanval. Vlak voor rust maakte Lukaku de aansluitingstreffer vanop de stip, na een fout op Jérémy Doku. Na de pauze bestormde België het Italiaanse doel, maar de verdediging rond Chiellini en Bonucci hield stand.
'We hebben gevochten tot de laatste seconde', zei bondscoach Roberto Martínez. Kevin De Bruyne speelde met een enkelblessure. Eden Hazard ontbrak. 
In Brussel en Antwerpen bleven duizenden supporters teleurgesteld achter op de pleinen waar de wedstrijd op grote schermen werd getoond. De politie meldde geen incidenten.""",
 "events": [], "note": "Football defeat with war words; fans watching screens is not a protest, no incidents."},

{"n": 82, "published": "2024-04-04", "source": "De Morgen", "title": "Kantoor Vlaams Belang in Gent beklad en ruiten ingegooid",
 "text": """Het partijkantoor van Vlaams Belang in Gent is in de nacht van dinsdag op woensdag zwaar beschadigd. Onbekenden gooiden alle ruiten in en bekladden de gevel met verf en antifascistische leuzen. Op sociale media eiste een 'antifascistisch collectief' de actie op.
Vlaams Belang-voorzitter Tom Van Grieken spreekt van 'politiek terrorisme'. 'Dit is een aanval op de democratie, twee maanden voor de verkiezingen', zei hij woensdag voor het beschadigde pand. Hij diende klacht in bij de politie.
De politie van Gent heeft camerabeelden opgevraagd. Er zijn nog geen verdachten. Burgemeester Mathias De Clercq veroordeelde de vernielingen. 'In Gent bestrijden we ideeën met woorden, niet met stenen', aldus De Clercq.
Het is niet de eerste keer dat een partijkantoor van Vlaams Belang doelwit is. Vorig jaar werd het kantoor in Antwerpen al met verf bekogeld.""",
 "events": [
  {"type": "Strategic developments", "sub": "Looting/property destruction", "a1": "Unidentified Armed Group (Belgium)", "i1": 3, "a2": "Vlaams Belang", "i2": 8,
   "country": "Belgium", "admin1": "Oost-Vlaanderen", "loc": "Gent", "lat": 51.0543, "lon": 3.7174, "ds": "dinsdag", "de": "woensdag",
   "ev": ["Het partijkantoor van Vlaams Belang in Gent is in de nacht van dinsdag op woensdag zwaar beschadigd.",
          "Onbekenden gooiden alle ruiten in en bekladden de gevel met verf en antifascistische leuzen."],
   "note": "Politically motivated vandalism of a party office: property destruction; actor1 has no fitting codebook label, coded as an unidentified group (3), actor2 the party with inter 8 (both uncertain); last year's Antwerp incident is background."}],
 "note": "Vandalism of a Vlaams Belang office in Ghent."},

{"n": 83, "published": "2024-02-27", "source": "de Volkskrant", "title": "Kabinet trekt extra miljarden uit voor steun aan Oekraïne",
 "text": """Nederland trekt volgend jaar nog eens twee miljard euro uit voor militaire steun aan Oekraïne. Dat heeft demissionair minister Ollongren van Defensie maandag bekendgemaakt. Het geld is onder meer bedoeld voor munitie, drones en onderhoud van de F-16's die Nederland eerder toezegde.
De eerste F-16's moeten nog dit jaar in Oekraïne aankomen. Oekraïense piloten worden in Roemenië opgeleid, in een trainingscentrum dat Nederland samen met Lockheed Martin heeft opgezet.
Ollongren benadrukte dat de steun hard nodig is. 'De Russen zetten de aanval op meerdere plekken aan het front voort, en Oekraïne heeft een groot tekort aan munitie', zei ze. Een Kamermeerderheid steunt het besluit; alleen de PVV, de SP en Forum voor Democratie stemden tegen de eerdere steunpakketten.
Ook Denemarken en Tsjechië kondigden maandag nieuwe steun aan.""",
 "events": [], "note": "Military aid decision: politics, no event."},

{"n": 84, "published": "2024-02-18", "source": "NRC", "title": "Oekraïne trekt zich terug uit Avdiivka",
 "text": """Het Oekraïense leger heeft zich teruggetrokken uit de stad Avdiivka in de regio Donetsk. Dat heeft de nieuwe opperbevelhebber Oleksandr Syrsky zaterdag bekendgemaakt. Het is de grootste Russische verovering sinds de val van Bachmoet, vorig jaar mei.
Russische troepen namen de volledig verwoeste stad daarna in. Het Russische ministerie van Defensie meldde zondag dat de stad 'volledig bevrijd' is en dat de Oekraïners bij de terugtrekking 'meer dan 1.500 man' hadden verloren. Kyiv spreekt van 'enkele' gesneuvelde en gevangengenomen militairen.
Avdiivka werd sinds oktober van drie kanten belegerd. De stad, ooit 32.000 inwoners groot, lag al sinds 2014 aan de frontlijn. President Zelensky wijt de val aan het gebrek aan munitie. Het steunpakket van de Verenigde Staten van 60 miljard dollar ligt al maanden stil in het Congres.
Analisten verwachten dat Rusland de druk op andere delen van het front zal opvoeren.
Voor Oekraïne is het verlies van Avdiivka vooral een symbolische en morele klap. De stad ligt vlak bij Donetsk, dat sinds 2014 in handen is van door Moskou gesteunde separatisten, en gold lang als een bolwerk dat de Russen maar niet konden innemen. Rusland zette er maandenlang tienduizenden soldaten in en leed volgens westerse inlichtingendiensten zware verliezen.
De terugtrekking werd volgens Syrsky bevolen 'om het leven en de gezondheid van de militairen te beschermen'. Op sociale media verschenen berichten van soldaten die de terugtocht chaotisch noemden. Volgens Oekraïense media werden gewonde militairen achtergelaten, wat de legerleiding ontkent.
President Poetin feliciteerde zondag de commandanten met 'een belangrijke overwinning'. De val van de stad komt een maand voor de Russische presidentsverkiezingen, waarin Poetin zich voor een vijfde termijn kandidaat stelt.""",
 "events": [
  {"type": "Battles", "sub": "Non-state actor overtakes territory", "a1": "Military Forces of Russia", "i1": 8, "a2": "Military Forces of Ukraine", "i2": 1,
   "country": "Ukraine", "admin1": "Donetska", "loc": "Avdiivka", "lat": 48.1394, "lon": 37.7497, "ds": "zaterdag",
   "claimed": [{"low": 1500, "high": None, "claimant": "Military Forces of Russia", "text": "meer dan 1.500 man"}],
   "ev": ["Het Oekraïense leger heeft zich teruggetrokken uit de stad Avdiivka in de regio Donetsk.",
          "Dat heeft de nieuwe opperbevelhebber Oleksandr Syrsky zaterdag bekendgemaakt.",
          "Russische troepen namen de volledig verwoeste stad daarna in."],
   "note": "Russian capture of Avdiivka: foreign state forces take territory, coded as ACLED codes foreign forces overtaking territory; dated Saturday, the day of the withdrawal (Russia's 'fully liberated' came Sunday: uncertain day); Russia's 1,500 is a party claim; Kyiv's 'enkele' is vague and from a party."}],
 "note": "Fall of Avdiivka; the siege since October and Bakhmut are background."},

{"n": 85, "published": "2019-11-12", "source": "Het Belang van Limburg", "title": "Vader ontvoert zoontje na bezoekregeling en vlucht naar Marokko",
 "text": """Een vader uit Hasselt heeft zijn zesjarige zoontje niet teruggebracht na een bezoekweekend en is met het kind naar Marokko vertrokken. De moeder diende zondag klacht in voor ontvoering. Het parket van Limburg heeft een internationaal opsporingsbevel uitgevaardigd.
De ouders zijn sinds een jaar gescheiden en hadden een co-ouderschapsregeling. Volgens de advocaat van de moeder had de man eerder al gedreigd het kind mee te nemen. 'Zij heeft daar meermaals voor gewaarschuwd, maar niemand deed iets', zegt de advocaat.
Het Centrum voor Internationale Kinderontvoering, Child Focus, begeleidt de moeder. Omdat Marokko het Haags Kinderontvoeringsverdrag heeft ondertekend, hoopt zij dat haar zoon snel terugkomt. Jaarlijks worden in België zo'n honderd kinderen door een ouder naar het buitenland ontvoerd.
Het aantal zaken is de afgelopen jaren licht gestegen. Vaak gaat het om ouders met een dubbele nationaliteit.""",
 "events": [], "note": "Parental child abduction: family crime, out of scope despite 'ontvoering'."},

{"n": 86, "published": "2018-08-11", "source": "ANP", "title": "Luchtaanval op schoolbus in Jemen: tientallen kinderen gedood",
 "text": """Bij een luchtaanval van de door Saudi-Arabië geleide coalitie op een bus in de Noord-Jemenitische provincie Saada zijn donderdag tientallen mensen om het leven gekomen, onder wie veel kinderen. De bus reed over een markt in Dahyan, toen hij werd getroffen.
Het Internationale Rode Kruis meldt dat in een door de organisatie gesteund ziekenhuis 29 lichamen van kinderen onder de vijftien jaar zijn binnengebracht. Het door de Houthi's gecontroleerde ministerie van Volksgezondheid spreekt van 51 doden.
De coalitie noemde de aanval 'een legitieme militaire operatie' als antwoord op een raketaanval van de Houthi's op de Saudische stad Jizan, een dag eerder. Later kondigde de coalitie toch een onderzoek aan.
VN-secretaris-generaal Guterres eist een onafhankelijk onderzoek. De oorlog in Jemen heeft volgens de VN de ergste humanitaire crisis ter wereld veroorzaakt.
Het is een van de dodelijkste aanvallen op burgers sinds de coalitie in maart 2015 ingreep in de burgeroorlog in Jemen, aan de kant van de door de Houthi's verdreven president Hadi. Mensenrechtenorganisaties beschuldigen de coalitie al jaren van het bombarderen van markten, ziekenhuizen, bruiloften en begrafenissen.
Beelden van Houthi-televisiezender Al-Masirah tonen kinderen met schooltassen die bebloed in ziekenhuisbedden liggen. Volgens ooggetuigen waren de kinderen op weg naar een zomerkamp toen de bus werd geraakt. Een vader vertelde dat hij twee zoons had verloren.
De Verenigde Staten en het Verenigd Koninkrijk, die wapens leveren aan Saudi-Arabië, riepen op tot een grondig onderzoek. Mensenrechtenorganisaties roepen westerse landen op de wapenexport naar de coalitie stop te zetten. Nederland stopte eerder al met de levering van militaire goederen aan Saudi-Arabië.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of Saudi Arabia", "i1": 8, "a2": "Civilians (Yemen)", "i2": 7,
   "country": "Yemen", "admin1": "Saada", "loc": "Dahyan", "lat": 17.0656, "lon": 43.6267, "ds": "donderdag", "fat": 29,
   "claimed": [{"low": 51, "high": 51, "claimant": "Ministry of Health (Houthi-run)", "text": "spreekt van 51 doden"}],
   "ev": ["Bij een luchtaanval van de door Saudi-Arabië geleide coalitie op een bus in de Noord-Jemenitische provincie Saada zijn donderdag tientallen mensen om het leven gekomen, onder wie veel kinderen.",
          "Het Internationale Rode Kruis meldt dat in een door de organisatie gesteund ziekenhuis 29 lichamen van kinderen onder de vijftien jaar zijn binnengebracht.",
          "Het door de Houthi's gecontroleerde ministerie van Volksgezondheid spreekt van 51 doden."],
   "note": "Coalition airstrike on a bus in Dahyan, coalition coded as Saudi forces (8); neutral ICRC count 29 as the toll (lowest credible), the Houthi-run ministry's 51 a party claim."},
  {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "a1": "Houthi Movement", "i1": 2, "a2": None, "i2": None,
   "country": "Saudi Arabia", "admin1": "Jizan", "loc": "Jizan", "lat": 16.8892, "lon": 42.5511, "ds": "woensdag",
   "ev": ["De coalitie noemde de aanval 'een legitieme militaire operatie' als antwoord op een raketaanval van de Houthi's op de Saudische stad Jizan, een dag eerder."],
   "note": "Borderline: the Houthi missile attack on Jizan the day before (Wednesday) has place and day and is within the horizon, though told only as the coalition's justification; no target or toll given, actor2 null; Houthis named by their common name (ACLED also writes Ansar Allah)."}],
 "note": "Dahyan school-bus airstrike; the Houthi missile attack on Jizan a day earlier."},

{"n": 87, "published": "2021-07-16", "source": "De Limburger", "title": "Valkenburg onder water: 'Zoiets hebben we nooit meegemaakt'",
 "text": """Het centrum van Valkenburg is donderdag overstroomd door het water van de Geul. In de Grotestraat stond het water tot anderhalve meter hoog. Honderden inwoners van Valkenburg en Meerssen zijn geëvacueerd. Koning Willem-Alexander bezocht de getroffen gebieden.
De Maas bereikt vrijdag naar verwachting het hoogste peil ooit gemeten. In Venlo en Roermond worden de dijken met zandzakken verhoogd. Het kabinet heeft Limburg tot rampgebied verklaard, waardoor gedupeerden aanspraak maken op een tegemoetkoming.
In Duitsland en België is de situatie nog ernstiger. In de Eifel en in de provincie Luik kwamen tientallen mensen om het leven. Het leger helpt bij de evacuatie van dorpen.
Ondernemers in Valkenburg zijn wanhopig. 'Na corona dachten we eindelijk weer open te kunnen', zegt de eigenaar van een hotel aan de Grotestraat. 'Nu is alles weg.'""",
 "events": [], "note": "Floods: natural disaster."},

{"n": 88, "published": "2022-07-05", "source": "De Stentor", "title": "Boeren blokkeren distributiecentra in Zwolle en Heerenveen",
 "text": """Honderden boeren hebben maandag met trekkers de toegangswegen naar distributiecentra van supermarktketens in Zwolle en Heerenveen geblokkeerd. Ze protesteren tegen de stikstofplannen van het kabinet. Vrachtwagens konden de centra de hele dag niet verlaten, waardoor in een aantal supermarkten in de regio schappen leeg bleven.
In Zwolle liet de politie de boeren hun gang gaan. 'Zolang de veiligheid niet in het geding is, grijpen we niet in', zei een woordvoerder. Ook in Heerenveen bleef het rustig. Aan het eind van de middag vertrokken de meeste trekkers.
Elders in het land werd het grimmiger: op de A1 bij Stroe werden balen hooi en asbest gedumpt en in brand gestoken, maar daarover is nog weinig bekend.
Minister Van der Wal zei maandagavond dat ze 'begrip heeft voor de zorgen', maar dat de stikstofdoelen niet ter discussie staan.""",
 "events": [
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Overijssel", "loc": "Zwolle", "lat": 52.5168, "lon": 6.0830, "ds": "maandag",
   "ev": ["Honderden boeren hebben maandag met trekkers de toegangswegen naar distributiecentra van supermarktketens in Zwolle en Heerenveen geblokkeerd.",
          "In Zwolle liet de politie de boeren hun gang gaan."],
   "note": "Blockade tolerated by police: peaceful protest in Zwolle."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Friesland", "loc": "Heerenveen", "lat": 52.9594, "lon": 5.9186, "ds": "maandag",
   "ev": ["Honderden boeren hebben maandag met trekkers de toegangswegen naar distributiecentra van supermarktketens in Zwolle en Heerenveen geblokkeerd.",
          "Ook in Heerenveen bleef het rustig."],
   "note": "Same action in Heerenveen, a separate town."},
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Netherlands)", "i1": 5, "a2": None, "i2": None,
   "country": "Netherlands", "admin1": "Gelderland", "loc": "Stroe", "lat": 52.1839, "lon": 5.6931, "gp": 2, "ds": "maandag",
   "ev": ["Elders in het land werd het grimmiger: op de A1 bij Stroe werden balen hooi en asbest gedumpt en in brand gestoken, maar daarover is nog weinig bekend."],
   "note": "Borderline: dumping and burning hay and asbestos on the A1 near Stroe during the farmers' action day, coded as a violent demonstration without a target (could be property destruction); 'bij Stroe' gives precision 2; actors not named, inferred from context."}],
 "note": "Farmers' blockades in Zwolle and Heerenveen, and fires on the A1 near Stroe."},

{"n": 89, "published": "2023-11-09", "source": "Het Parool", "title": "IDFA opent met documentaire over Afghaanse vrouwen",
 "text": """Het Internationaal Documentairefilmfestival Amsterdam (IDFA) is woensdagavond geopend met 'Achter de muur', een documentaire over drie vrouwen in Kabul die na de machtsovername van de Taliban in 2021 hun werk en opleiding kwijtraakten.
Regisseur Sahra Mani filmde twee jaar lang in het geheim. We zien hoe een lerares thuis een ondergrondse school begint, hoe een voormalige rechter zich schuilhoudt voor de mannen die ze ooit veroordeelde, en hoe een studente wordt opgepakt tijdens een protest en dagen verdwijnt.
De film is een aanklacht, maar nooit een pamflet. De sterkste scènes zijn de stille: een moeder die haar dochter leert lezen bij het licht van een telefoon.
IDFA duurt tot en met 19 november en vertoont ruim 250 films. Het festival kwam eerder deze maand in opspraak nadat demonstranten de openingsavond van vorig jaar hadden verstoord.""",
 "events": [], "note": "Film review; the protest and arrest in the documentary are undated past footage; last year's disruption is old."},

{"n": 90, "published": "2024-06-13", "source": "NOS", "title": "NCTV: dreiging tijdens EK voetbal 'reëel'",
 "text": """De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) waarschuwt dat de dreiging van een aanslag tijdens het EK voetbal in Duitsland 'reëel' is. Islamitische Staat riep de afgelopen weken via propagandakanalen op tot aanslagen op de stadions en op publieksevenementen in Europa.
Het dreigingsniveau in Nederland blijft op 4 van de 5. 'Er zijn geen concrete aanwijzingen voor een aanslag in Nederland, maar we houden rekening met aanslagen door eenlingen', zei NCTV Pieter-Jaap Aalbersberg donderdag.
De Duitse politie zet tijdens het toernooi 22.000 extra agenten in. Ook Nederlandse agenten gaan mee naar Duitsland om te helpen bij de wedstrijden van Oranje. Gemeenten die grote schermen plaatsen, worden geadviseerd om extra beveiliging in te huren.
Oranje speelt zondag de eerste wedstrijd in Hamburg tegen Polen.""",
 "events": [], "note": "Threat assessment and propaganda calls: threats and plans, not events."},
]
