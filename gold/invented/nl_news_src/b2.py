# Invented articles 026-050 (Dutch), coded by gold/CODEBOOK.md.
ARTICLES = [
{"n": 26, "published": "2018-06-22", "source": "Belga", "title": "Drie terreurverdachten opgepakt bij invallen in Antwerpen en Molenbeek",
 "text": """Het federaal parket heeft donderdag bij huiszoekingen in Antwerpen en Sint-Jans-Molenbeek drie mannen opgepakt die ervan verdacht worden een aanslag te hebben voorbereid. Dat heeft het parket vrijdag bekendgemaakt.
De verdachten, twee broers van 24 en 27 jaar uit Borgerhout en een 31-jarige man uit Molenbeek, zouden in contact hebben gestaan met leden van Islamitische Staat in Syrië. Bij de invallen in Antwerpen werden volgens het parket chemicaliën en een handleiding voor het maken van explosieven gevonden. In Molenbeek nam de politie computers en telefoons in beslag.
Een onderzoeksrechter heeft de drie aangehouden op verdenking van deelname aan de activiteiten van een terroristische groep. Het doelwit van de vermeende aanslag is niet bekendgemaakt. Het dreigingsniveau in België blijft op niveau 2.
Sinds de aanslagen van maart 2016 zijn in België tientallen mensen veroordeeld voor terrorisme. Vorige maand schoot een gedetineerde op verlof in Luik nog drie mensen dood.""",
 "events": [
  {"type": "Strategic developments", "sub": "Arrests", "a1": "Police Forces of Belgium", "i1": 1, "a2": "Islamic State", "i2": 2,
   "country": "Belgium", "admin1": "Antwerpen", "loc": "Antwerpen", "lat": 51.2194, "lon": 4.4025, "ds": "donderdag",
   "ev": ["Het federaal parket heeft donderdag bij huiszoekingen in Antwerpen en Sint-Jans-Molenbeek drie mannen opgepakt die ervan verdacht worden een aanslag te hebben voorbereid.",
          "De verdachten, twee broers van 24 en 27 jaar uit Borgerhout en een 31-jarige man uit Molenbeek, zouden in contact hebben gestaan met leden van Islamitische Staat in Syrië."],
   "note": "Arrests of terror suspects linked to IS in Antwerp; one event per town (Antwerp, Molenbeek)."},
  {"type": "Strategic developments", "sub": "Arrests", "a1": "Police Forces of Belgium", "i1": 1, "a2": "Islamic State", "i2": 2,
   "country": "Belgium", "admin1": "Brussels", "loc": "Sint-Jans-Molenbeek", "lat": 50.8548, "lon": 4.3228, "ds": "donderdag",
   "ev": ["Het federaal parket heeft donderdag bij huiszoekingen in Antwerpen en Sint-Jans-Molenbeek drie mannen opgepakt die ervan verdacht worden een aanslag te hebben voorbereid."],
   "note": "Second town of the same raid; the Liège shooting 'vorige maand' is older background."}],
 "note": "Terror arrests in Antwerp and Molenbeek; the 2016 attacks and the Liège shooting are background."},

{"n": 27, "published": "2020-03-20", "source": "AD", "title": "Levenslang blijft staan voor tramschutter Utrecht",
 "text": """Het gerechtshof in Arnhem heeft vrijdag de levenslange gevangenisstraf bevestigd voor Gökmen T., die op 18 maart vorig jaar in een tram op het 24 Oktoberplein in Utrecht vier mensen doodschoot. De rechters spraken van 'een laffe aanslag met een terroristisch oogmerk'.
T. schoot die ochtend op willekeurige passagiers in de tram en op mensen die hulp wilden bieden. Vier mensen kwamen om het leven, meerdere anderen raakten zwaargewond. Na een urenlange klopjacht werd hij in Utrecht-West aangehouden.
De verdachte, die zichzelf in de rechtszaal een 'strijder van Allah' noemde, ging in hoger beroep maar weigerde zich te verdedigen. Hij was ook bij de uitspraak niet aanwezig.
Nabestaanden reageerden opgelucht. 'Hij komt nooit meer vrij, en dat is goed', zei een van hen voor de deur van het gerechtshof. Woensdag werd op het 24 Oktoberplein de aanslag van een jaar geleden herdacht.""",
 "events": [], "note": "Appeal ruling and anniversary of the 2019 Utrecht tram attack: an old attack told in a court report."},

{"n": 28, "published": "2021-02-28", "source": "NOS", "title": "Honderden scholieren ontvoerd in noordwesten van Nigeria",
 "text": """Zwaarbewapende mannen hebben in de nacht van donderdag op vrijdag honderden meisjes ontvoerd van een kostschool in Jangebe, in de Nigeriaanse deelstaat Zamfara. Volgens de politie gaat het om 317 leerlingen. Het is de tweede massale ontvoering van scholieren in het land in korte tijd.
De aanvallers kwamen rond één uur 's nachts op motoren en in pick-ups naar de school. Ze schoten in het rond en dreven de meisjes het bos in. Een bewaker raakte gewond. Leger en politie zijn een zoektocht begonnen.
In het noordwesten van Nigeria opereren gewapende bendes die dorpen overvallen en mensen ontvoeren om losgeld te eisen. Vorige week werden in de deelstaat Niger nog tientallen mensen ontvoerd, onder wie scholieren, die nog altijd niet vrij zijn.
President Buhari noemde de ontvoering 'onmenselijk' en zei dat de regering niet zal toegeven aan chantage.""",
 "events": [
  {"type": "Violence against civilians", "sub": "Abduction/forced disappearance", "a1": "Unidentified Armed Group (Nigeria)", "i1": 3, "a2": "Civilians (Nigeria)", "i2": 7,
   "country": "Nigeria", "admin1": "Zamfara", "loc": "Jangebe", "lat": 12.4447, "lon": 6.6886, "ds": "vrijdag",
   "ev": ["Zwaarbewapende mannen hebben in de nacht van donderdag op vrijdag honderden meisjes ontvoerd van een kostschool in Jangebe, in de Nigeriaanse deelstaat Zamfara.",
          "De aanvallers kwamen rond één uur 's nachts op motoren en in pick-ups naar de school."],
   "note": "Mass abduction of schoolgirls by an unnamed armed gang; the raid came at 1 am in the night Thursday-Friday, so dated Friday; no deaths stated, fatalities null."}],
 "note": "School abduction at Jangebe; last week's abduction in Niger state is background without a day."},

{"n": 29, "published": "2022-10-27", "source": "Het Nieuwsblad", "title": "Club Brugge bestormt de achtste finales",
 "text": """Club Brugge heeft zich woensdagavond als eerste Belgische ploeg ooit in de groepsfase van de Champions League verzekerd van een plaats in de achtste finales. In een kolkend Jan Breydelstadion werd het 0-0 tegen Atlético Madrid, genoeg voor de kwalificatie.
Het werd een echte loopgravenoorlog. Atlético begon aan een stormloop en belegerde in de eerste helft het doel van Simon Mignolet. De Brugse doelman hield zijn ploeg met een paar wereldreddingen overeind. Na rust zette Club zelf de aanval in, maar Ferran Jutglà miste een grote kans.
'Dit is een historische avond', zei trainer Carl Hoefkens na afloop. 'We hebben als soldaten gevochten.' De supporters vierden tot diep in de nacht feest op de Markt in Brugge.
Club speelt op 1 november nog de laatste groepswedstrijd in en tegen Leverkusen, maar die wedstrijd is voor de stand niet meer van belang.""",
 "events": [], "note": "Football with siege and war words; fans' celebration is not a protest."},

{"n": 30, "published": "2022-09-12", "source": "De Morgen", "title": "Oekraïners heroveren Koepjansk in snelle opmars",
 "text": """Het Oekraïense leger heeft zaterdag de strategisch gelegen stad Koepjansk in de regio Charkiv heroverd op de Russen. Dat bevestigden zowel Oekraïense militairen als onafhankelijke waarnemers. Op beelden op sociale media is te zien hoe soldaten de Oekraïense vlag hijsen bij het gemeentehuis.
Koepjansk is een belangrijk spoorwegknooppunt voor de bevoorrading van de Russische troepen in het oosten. De stad was sinds eind februari bezet. Ook in Izjoem trokken de Russen zich zaterdag terug; het Russische ministerie van Defensie sprak van een 'hergroepering'.
Het Oekraïense tegenoffensief in het noordoosten verloopt veel sneller dan verwacht. Volgens president Zelensky is sinds begin september meer dan 3.000 vierkante kilometer heroverd.
In het bevrijde gebied worden volgens Oekraïense functionarissen intussen massagraven onderzocht.
Militaire analisten spreken van het grootste Oekraïense succes sinds de Russen zich in het voorjaar terugtrokken uit de omgeving van Kyiv. Moskou reageerde opvallend stil.""",
 "events": [
  {"type": "Battles", "sub": "Government regains territory", "a1": "Military Forces of Ukraine", "i1": 1, "a2": "Military Forces of Russia", "i2": 8,
   "country": "Ukraine", "admin1": "Kharkivska", "loc": "Kupiansk", "lat": 49.7106, "lon": 37.6156, "ds": "zaterdag",
   "ev": ["Het Oekraïense leger heeft zaterdag de strategisch gelegen stad Koepjansk in de regio Charkiv heroverd op de Russen."],
   "note": "Ukraine retakes Kupiansk: government regains territory."},
  {"type": "Battles", "sub": "Government regains territory", "a1": "Military Forces of Ukraine", "i1": 1, "a2": "Military Forces of Russia", "i2": 8,
   "country": "Ukraine", "admin1": "Kharkivska", "loc": "Izium", "lat": 49.2128, "lon": 37.2569, "ds": "zaterdag",
   "ev": ["Ook in Izjoem trokken de Russen zich zaterdag terug; het Russische ministerie van Defensie sprak van een 'hergroepering'."],
   "note": "Borderline: Russian withdrawal from Izium the same day, coded as Ukraine regaining it (the text implies but does not say Ukrainian troops took it); the 3,000 km² is an aggregate."}],
 "note": "Kharkiv counteroffensive: Kupiansk retaken, Izium abandoned."},

{"n": 31, "published": "2023-02-24", "source": "de Volkskrant", "title": "Opinie: Een jaar oorlog en Europa slaapt nog steeds",
 "text": """Precies een jaar geleden rolden Russische tanks Oekraïne binnen. Wie toen dacht dat Kyiv binnen drie dagen zou vallen, is inmiddels beter geïnformeerd. Het Oekraïense leger heeft de Russen teruggedrongen bij Kyiv, bij Charkiv en bij Cherson. Maar de prijs is gruwelijk: tienduizenden doden, miljoenen vluchtelingen, steden als Marioepol en Bachmoet zijn tot puin geschoten.
En Europa? Europa praat. Over tanks, over munitie, over gevechtsvliegtuigen. Het duurde maanden voordat Duitsland Leopards wilde leveren. Nederland heeft intussen zijn eigen munitievoorraden bijna leeg gegeven, zonder dat er serieus is geïnvesteerd in nieuwe productie.
Poetin rekent erop dat het Westen het geduld verliest. Hij bereidt een voorjaarsoffensief voor en mobiliseert nog eens honderdduizenden mannen. Wie denkt dat deze oorlog vanzelf ophoudt, vergist zich.
Het is tijd dat Europa zich niet langer als toeschouwer gedraagt. Wie vrede wil, moet Oekraïne nu in staat stellen om te winnen. De auteur is defensiespecialist en oud-officier.
Ook in Nederland zelf is de urgentie nog niet overal doorgedrongen. De krijgsmacht kampt al jaren met personeelstekorten, en de beloofde extra miljarden komen pas langzaam op gang. Defensie-industrie in Europa draait nog altijd op vredestijdproductie: een granaat die in Oekraïne binnen een minuut wordt verschoten, kost maanden om te maken.
Er is ook goed nieuws. De Europese Unie heeft in een jaar meer gedaan dan in de twintig jaren daarvoor: sancties, een gezamenlijk fonds voor wapenleveranties, de opvang van miljoenen vluchtelingen. Finland en Zweden kloppen aan bij de NAVO. Dat had Poetin niet voorzien.
Maar goede bedoelingen winnen geen oorlogen. Als het Westen nu aarzelt, betalen de Oekraïners daarvoor de prijs, en wij later misschien ook.""",
 "events": [], "note": "Opinion piece on the war: history, aggregates and future offensives, nothing with its own place and day."},

{"n": 32, "published": "2022-08-28", "source": "Dagblad van het Noorden", "title": "Asielzoekers bij Ter Apel bekogeld met stenen en vuurwerk",
 "text": """Een groep van zeker vijftien mannen heeft in de nacht van vrijdag op zaterdag asielzoekers bekogeld die buiten het aanmeldcentrum in Ter Apel sliepen. Twee asielzoekers raakten lichtgewond door rondvliegende stenen, meldt de politie.
De mannen, sommigen met bivakmutsen, kwamen rond twee uur 's nachts in auto's naar het terrein. Ze riepen racistische leuzen en gooiden zwaar vuurwerk en stenen naar de tentjes aan de rand van het terrein. Toen de beveiliging alarm sloeg, reden ze weg. De politie heeft nog niemand aangehouden en vraagt getuigen zich te melden.
Al weken slapen honderden asielzoekers in het gras voor het overvolle aanmeldcentrum. Artsen zonder Grenzen is er sinds donderdag aanwezig om medische hulp te bieden, voor het eerst in Nederland.
Burgemeester Jaap Velema van Westerwolde noemt het incident 'verschrikkelijk'. 'Deze mensen zijn gevlucht voor geweld en worden hier aangevallen', zei hij zaterdag.""",
 "events": [
  {"type": "Riots", "sub": "Mob violence", "a1": "Rioters (Netherlands)", "i1": 5, "a2": "Civilians (Netherlands)", "i2": 7,
   "country": "Netherlands", "admin1": "Groningen", "loc": "Ter Apel", "lat": 52.8770, "lon": 7.0600, "ds": "vrijdag", "de": "zaterdag", "inj": 2,
   "ev": ["Een groep van zeker vijftien mannen heeft in de nacht van vrijdag op zaterdag asielzoekers bekogeld die buiten het aanmeldcentrum in Ter Apel sliepen.",
          "Twee asielzoekers raakten lichtgewond door rondvliegende stenen, meldt de politie."],
   "note": "Racist group attack with stones and fireworks on asylum seekers: mob violence against civilians; night span Friday-Saturday."}],
 "note": "Mob attack on asylum seekers sleeping outside Ter Apel."},

{"n": 33, "published": "2019-04-02", "source": "Gazet van Antwerpen", "title": "Zware brand verwoest loods in Antwerpse haven",
 "text": """Een zware brand heeft in de nacht van maandag op dinsdag een opslagloods in de Antwerpse haven volledig verwoest. Niemand raakte gewond, maar de schade loopt volgens het havenbedrijf in de miljoenen.
De brand brak rond middernacht uit in een loods aan het Kanaaldok waar rubber en plastic werden opgeslagen. De vlammen sloegen meters hoog uit en de rookpluim was tot in Zeeland te zien. De brandweer van de zone Antwerpen zette tientallen brandweerlieden en een blusboot in.
De gemeente vroeg inwoners van Ekeren en Berendrecht ramen en deuren gesloten te houden. Metingen wezen later uit dat er geen gevaarlijke stoffen in de lucht hingen.
De oorzaak van de brand is nog niet bekend. Het parket heeft een branddeskundige aangesteld. Volgens de havenpolitie zijn er geen aanwijzingen voor kwaad opzet.""",
 "events": [], "note": "Industrial fire: out of scope."},

{"n": 34, "published": "2021-10-13", "source": "De Standaard", "title": "Vlaamse regering bereikt na nachtelijk overleg akkoord over begroting",
 "text": """Na een marathonvergadering tot diep in de nacht heeft de Vlaamse regering woensdag een akkoord bereikt over de begroting voor volgend jaar. Minister-president Jan Jambon presenteerde het akkoord 's ochtends in het Vlaams Parlement.
Het akkoord voorziet in extra investeringen van 1,2 miljard euro in onder meer kinderopvang, onderwijs en de renovatie van sociale woningen. Tegelijk wil de regering besparen op subsidies en de eigen werking. Het begrotingstekort loopt volgens de oppositie op tot bijna vier miljard euro.
Vooral over de kinderopvang werd lang gestreden. CD&V wilde meer geld voor de sector, N-VA hield de hand op de knip. Uiteindelijk kwam er 150 miljoen bij. 'Een evenwichtig compromis', aldus Jambon.
De oppositie reageerde kritisch. Groen sprak van 'een begroting zonder ambitie', Vooruit noemde de besparingen op welzijn 'onverantwoord'. De vakbonden kondigden aan volgende maand in Brussel te betogen.""",
 "events": [], "note": "Budget deal between governing parties is not an ACLED agreement; the union march is announced."},

{"n": 35, "published": "2019-12-16", "source": "ANP", "title": "Zeker veertien doden bij gevecht tussen kartels in Mexico",
 "text": """Bij een vuurgevecht tussen twee drugskartels in de Mexicaanse deelstaat Michoacán zijn zaterdag zeker veertien mensen om het leven gekomen. Dat meldt het openbaar ministerie van de deelstaat. De schietpartij vond plaats in de buurt van de plaats Tepalcatepec.
Volgens de autoriteiten vielen strijders van het Jalisco Nueva Generación-kartel (CJNG) een stelling aan van de rivaliserende Cárteles Unidos. De gevechten duurden meerdere uren. Bewoners van het gebied sloten zich op in hun huizen. Na afloop vond de politie veertien lichamen en een aantal uitgebrande pick-ups.
Michoacán is al jaren het toneel van een bloedige strijd tussen kartels om smokkelroutes en de controle over de avocado- en limoenhandel. President López Obrador zei maandag dat de Nationale Garde in de regio wordt versterkt.
Vorig jaar werden in Mexico ruim 34.000 moorden geregistreerd, een record.""",
 "events": [
  {"type": "Battles", "sub": "Armed clash", "a1": "CJNG: Jalisco New Generation Cartel", "i1": 3, "a2": "Carteles Unidos", "i2": 3,
   "country": "Mexico", "admin1": "Michoacan de Ocampo", "loc": "Tepalcatepec", "lat": 19.1889, "lon": -102.8450, "gp": 2, "ds": "zaterdag", "fat": 14,
   "ev": ["Bij een vuurgevecht tussen twee drugskartels in de Mexicaanse deelstaat Michoacán zijn zaterdag zeker veertien mensen om het leven gekomen.",
          "Volgens de autoriteiten vielen strijders van het Jalisco Nueva Generación-kartel (CJNG) een stelling aan van de rivaliserende Cárteles Unidos."],
   "note": "Cartel war battle (gang-war motive, in scope); 'in de buurt van' Tepalcatepec gives precision 2; the yearly murder count is a statistic."}],
 "note": "Cartel clash near Tepalcatepec."},

{"n": 36, "published": "2024-01-09", "source": "Het Belang van Limburg", "title": "Man doodt ex-partner in Genk en slaat op de vlucht",
 "text": """In een woning in de wijk Winterslag in Genk is maandagavond een 38-jarige vrouw om het leven gebracht. De politie gaat ervan uit dat haar ex-partner de dader is. De man sloeg op de vlucht, maar werd enkele uren later in Maasmechelen opgepakt.
Buren hoorden rond acht uur geroep en gegil uit de woning. Toen de hulpdiensten ter plaatse kwamen, was de vrouw al overleden aan messteken. Haar twee kinderen waren op dat moment bij hun grootouders.
Volgens het parket van Limburg was het koppel sinds enkele maanden uit elkaar. De vrouw had eerder klacht ingediend wegens stalking en bedreigingen. Er liep een onderzoek. 'We onderzoeken of er signalen zijn gemist', zei een woordvoerster van het parket.
De buurt is in shock. Dinsdagavond wordt een stille wake gehouden aan de kerk van Winterslag.""",
 "events": [], "note": "Partner killing (femicide) and the arrest of an ordinary suspect: domestic violence, out of scope; the vigil is a future commemoration."},

{"n": 37, "published": "2024-05-02", "source": "NRC", "title": "Politie Tbilisi zet traangas in tegen demonstranten bij parlement",
 "text": """De oproerpolitie in de Georgische hoofdstad Tbilisi heeft dinsdagavond traangas, rubberkogels en een waterkanon ingezet tegen duizenden demonstranten bij het parlement. Zij protesteerden tegen een omstreden wet op 'buitenlandse agenten', die critici vergelijken met een Russische wet om de oppositie de mond te snoeren.
Betogers probeerden de ingang van het parlementsgebouw te blokkeren om te voorkomen dat parlementsleden de volgende ochtend konden stemmen. Volgens het ministerie van Binnenlandse Zaken werden 63 mensen aangehouden. Oppositieleider Levan Chachava zou bij de arrestaties zijn mishandeld.
Woensdag nam het parlement de wet in tweede lezing aan. Ook woensdagavond gingen weer tienduizenden mensen de straat op, die avond verliep de betoging vreedzaam.
De Europese Unie waarschuwde dat de wet de kandidaat-lidmaatschap van Georgië in gevaar brengt.
De wet verplicht organisaties die meer dan twintig procent van hun geld uit het buitenland krijgen om zich te registreren als 'organisatie die de belangen van een buitenlandse mogendheid dient'. Vorig jaar trok de regeringspartij Georgische Droom een vrijwel gelijk wetsvoorstel nog in na massale protesten. Nu zet de partij de wet toch door, een half jaar voor de parlementsverkiezingen.
Oud-premier Bidzina Ivanisjvili, de oprichter van Georgische Droom en volgens critici de man die in Georgië werkelijk de touwtjes in handen heeft, gaf maandag een zeldzaam televisie-interview. Hij beschuldigde westerse landen ervan Georgië in een oorlog met Rusland te willen betrekken.
President Salome Zoerabisjvili, die tegenover de regering staat, heeft aangekondigd haar veto uit te spreken. Het parlement kan dat veto echter met een gewone meerderheid terzijde schuiven.""",
 "events": [
  {"type": "Protests", "sub": "Protest with intervention", "a1": "Protesters (Georgia)", "i1": 6, "a2": "Police Forces of Georgia", "i2": 1,
   "country": "Georgia", "admin1": "Tbilisi", "loc": "Tbilisi", "lat": 41.7151, "lon": 44.8271, "ds": "dinsdag",
   "ev": ["De oproerpolitie in de Georgische hoofdstad Tbilisi heeft dinsdagavond traangas, rubberkogels en een waterkanon ingezet tegen duizenden demonstranten bij het parlement.",
          "Volgens het ministerie van Binnenlandse Zaken werden 63 mensen aangehouden."],
   "note": "Protest dispersed with tear gas, rubber bullets and arrests: protest with intervention (not excessive force: no deaths or live fire)."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Georgia)", "i1": 6,
   "country": "Georgia", "admin1": "Tbilisi", "loc": "Tbilisi", "lat": 41.7151, "lon": 44.8271, "ds": "woensdag",
   "ev": ["Ook woensdagavond gingen weer tienduizenden mensen de straat op, die avond verliep de betoging vreedzaam."],
   "note": "Second day, peaceful."}],
 "note": "Foreign-agents law protests in Tbilisi on two days."},

{"n": 38, "published": "2019-07-30", "source": "Trouw", "title": "VN: recordaantal burgerdoden in Afghanistan door regeringstroepen",
 "text": """In de eerste helft van dit jaar zijn in Afghanistan meer burgers gedood door regeringstroepen en hun buitenlandse bondgenoten dan door de Taliban en andere opstandelingen. Dat staat in een dinsdag verschenen rapport van de VN-missie in Afghanistan (UNAMA).
Volgens de VN kwamen tussen januari en juni 1.366 burgers om het leven. Regeringstroepen en internationale troepen waren verantwoordelijk voor 717 doden, vooral door luchtaanvallen en nachtelijke invallen. De Taliban en Islamitische Staat waren verantwoordelijk voor 531 doden.
Het totale aantal burgerslachtoffers lag lager dan vorig jaar, maar de VN spreekt toch van 'onaanvaardbaar hoge aantallen'. Vooral kinderen zijn het slachtoffer: een op de drie doden is minderjarig.
Het Amerikaanse leger zegt dat het de cijfers van de VN niet herkent. Het Afghaanse ministerie van Defensie was niet bereikbaar voor commentaar.""",
 "events": [], "note": "UN half-year tally of civilian casualties: aggregate statistics, not events."},

{"n": 39, "published": "2022-07-25", "source": "De Morgen", "title": "Jihadisten vallen legerkamp aan in Mali, tientallen doden",
 "text": """Jihadisten hebben vrijdag een legerkamp aangevallen in Boulkessi, in het midden van Mali, vlak bij de grens met Burkina Faso. Volgens lokale bronnen en een medewerker van de VN-missie Minusma kwamen daarbij zeker twaalf militairen om het leven.
De aanval werd opgeëist door JNIM, de Malinese tak van Al Qaida. De aanvallers gebruikten bomauto's en kwamen met tientallen op motoren. Het Malinese leger meldde zaterdag dat het bij de tegenaanval 'twintig terroristen had geneutraliseerd' en de aanval had afgeslagen.
Het is de zwaarste aanval op het leger sinds de junta in Bamako vorig jaar de macht greep. De junta heeft de Franse troepen het land uitgezet en werkt samen met Russische huurlingen van de Wagnergroep.
Deze week maakte Duitsland bekend dat het zijn deelname aan Minusma tijdelijk opschort. Ook andere Europese landen overwegen vertrek.""",
 "events": [
  {"type": "Battles", "sub": "Armed clash", "a1": "JNIM: Group for Support of Islam and Muslims", "i1": 2, "a2": "Military Forces of Mali", "i2": 1,
   "country": "Mali", "admin1": "Mopti", "loc": "Boulkessi", "lat": 14.6967, "lon": -1.5503, "ds": "vrijdag", "fat": 12,
   "claimed": [{"low": 20, "high": 20, "claimant": "Military Forces of Mali", "text": "twintig terroristen had geneutraliseerd"}],
   "ev": ["Jihadisten hebben vrijdag een legerkamp aangevallen in Boulkessi, in het midden van Mali, vlak bij de grens met Burkina Faso.",
          "Volgens lokale bronnen en een medewerker van de VN-missie Minusma kwamen daarbij zeker twaalf militairen om het leven.",
          "Het Malinese leger meldde zaterdag dat het bij de tegenaanval 'twintig terroristen had geneutraliseerd' en de aanval had afgeslagen."],
   "note": "JNIM attack on an army camp, neutral toll 12 soldiers; the army's 20 killed is a party claim; the car bombs are part of the same attack (one event)."}],
 "note": "Attack on Boulkessi camp in Mali."},

{"n": 40, "published": "2020-09-14", "source": "Het Laatste Nieuws", "title": "Van Aert valt aan en verovert ritzege in de Alpen",
 "text": """Wout van Aert heeft zondag zijn tweede ritzege in deze Tour de France veroverd. Op de steile slotklim naar het skistation ging de Kempenaar in de aanval, waarna niemand hem nog kon volgen. Het is een historische prestatie voor de Belgische kampioen, die als sprinter begon aan deze Ronde.
Het peloton werd de hele dag onder vuur genomen door de ploeg van Tadej Pogacar. Na een offensief op de voorlaatste klim bleef er van de groep favorieten weinig over. 'Ik wilde niet wachten tot de sprint. Het was alles of niets', zei Van Aert na afloop.
Primož Roglič behield de gele trui en lijkt op weg naar de eindzege. Hij heeft nog 57 seconden voorsprong op zijn landgenoot Pogacar. Tom Dumoulin, die deze Tour als knecht rijdt, werd knap zesde.
Dinsdag volgt een rustdag, daarna wacht de renners nog een zware week met onder meer de Col de la Loze.""",
 "events": [], "note": "Cycling report with attack and offensive words."},

{"n": 41, "published": "2023-03-03", "source": "Het Parool", "title": "Voorstelling over Srebrenica grijpt je bij de keel",
 "text": """In 'Enclave' vertelt Theater Rotterdam het verhaal van de val van Srebrenica in juli 1995, gezien door de ogen van een jonge Dutchbat-soldaat en een Bosnische moeder. De voorstelling ging donderdag in première in de Stadsschouwburg in Amsterdam.
Regisseur Mara Dekker houdt de toeschouwer bijna twee uur lang gevangen. Het decor is een kale loods met veldbedden. Als de Bosnisch-Servische troepen van Mladić de enclave binnentrekken en de mannen worden weggevoerd, is het in de zaal doodstil. Meer dan achtduizend mannen en jongens werden in de dagen daarna vermoord.
Sterk is de rol van Sanne Jansen als de moeder, die nog jaren in haar keuken wacht op haar zoon. Minder overtuigend is de soldaat, die soms verzandt in lange monologen over schuld.
Toch is dit een belangrijke voorstelling die laat zien dat het trauma van Srebrenica nog altijd niet verwerkt is. 'Enclave' speelt tot eind april in het hele land.""",
 "events": [], "note": "Theatre review about Srebrenica 1995: historical, not news."},

{"n": 42, "published": "2021-05-25", "source": "de Volkskrant", "title": "Belarus haalt vliegtuig uit de lucht om journalist op te pakken",
 "text": """Belarussische autoriteiten hebben zondag een passagiersvliegtuig van Ryanair gedwongen te landen in Minsk, waarna de oppositiejournalist Roman Protasevitsj werd gearresteerd. Ook zijn Russische vriendin Sofia Sapega werd opgepakt. Het toestel was onderweg van Athene naar Vilnius.
Een MiG-29-gevechtsvliegtuig begeleidde het toestel naar Minsk, nadat de luchtverkeersleiding een bommelding had doorgegeven. Een bom werd niet gevonden. Protasevitsj zou volgens medepassagiers in paniek hebben gezegd dat hem in Belarus de doodstraf wacht.
De 26-jarige journalist was medeoprichter van het Telegram-kanaal Nexta, dat vorig jaar een belangrijke rol speelde bij de massale protesten tegen president Loekasjenko. Hij staat in Belarus op een lijst van terroristen.
De Europese Unie reageerde woedend. De EU-leiders besloten maandag dat Europese luchtvaartmaatschappijen het Belarussische luchtruim moeten mijden.
Ook de Nederlandse regering veroordeelde de gedwongen landing. Minister van Buitenlandse Zaken Kaag sprak van 'een ongekende en onaanvaardbare daad' en ontbood de Belarussische zaakgelastigde.""",
 "events": [
  {"type": "Strategic developments", "sub": "Arrests", "a1": "Police Forces of Belarus", "i1": 1, "a2": "Civilians (Belarus)", "i2": 7,
   "country": "Belarus", "admin1": "Minsk", "loc": "Minsk", "lat": 53.9006, "lon": 27.5590, "ds": "zondag",
   "ev": ["Belarussische autoriteiten hebben zondag een passagiersvliegtuig van Ryanair gedwongen te landen in Minsk, waarna de oppositiejournalist Roman Protasevitsj werd gearresteerd."],
   "note": "Arrest of an opposition journalist (and his companion) at Minsk airport after a forced landing: Arrests, one event; arresting force given as police (the text says 'autoriteiten'; security service not named)."}],
 "note": "Protasevich arrest after the Ryanair diversion; last year's mass protests are background."},

{"n": 43, "published": "2024-07-17", "source": "NOS", "title": "Tien jaar na MH17: 'Het gemis wordt niet minder'",
 "text": """Bij het Nationaal Monument MH17 in Vijfhuizen zijn woensdag de 298 slachtoffers van de ramp met vlucht MH17 herdacht. Het is precies tien jaar geleden dat het toestel van Malaysia Airlines boven het oosten van Oekraïne werd neergeschoten met een Russische Buk-raket.
Bij de herdenking waren ruim tweeduizend nabestaanden aanwezig, samen met de koning, premier Schoof en zijn voorganger Rutte. De namen van alle slachtoffers werden voorgelezen. Onder hen waren 196 Nederlanders.
In november 2022 veroordeelde de rechtbank in Den Haag drie mannen bij verstek tot levenslang voor hun rol bij het neerhalen van het toestel. Geen van hen zit een straf uit. Nederland en Australië hebben Rusland aansprakelijk gesteld bij de internationale luchtvaartorganisatie ICAO.
'Het gemis wordt niet minder', zei Piet Ploeg, voorzitter van de Stichting Vliegramp MH17, die zijn broer, schoonzus en neef verloor. 'Maar we zijn blij dat de waarheid op tafel ligt.'""",
 "events": [], "note": "Tenth-anniversary commemoration of MH17 (2014) and the old trial: background."},

{"n": 44, "published": "2022-06-21", "source": "De Standaard", "title": "Zeventigduizend betogers in Brussel tegen hoge prijzen",
 "text": """Volgens de politie hebben maandag zo'n 70.000 mensen in Brussel betoogd voor meer koopkracht. De nationale betoging van de vakbonden ABVV, ACV en ACLVB trok van het Noordstation naar het Jubelpark. Het was de grootste vakbondsbetoging in jaren.
De betogers eisen dat de regering de loonnormwet aanpast, zodat werkgevers hogere lonen kunnen betalen. 'Iedereen ziet zijn energiefactuur verdubbelen, maar onze lonen mogen nauwelijks stijgen', zei ABVV-voorzitter Thierry Bodson op het podium.
De betoging verliep in een gemoedelijke sfeer. Door de gelijktijdige nationale actiedag lag het openbaar vervoer grotendeels stil en werden vluchten op Zaventem geschrapt.
De regering-De Croo reageerde terughoudend. Premier De Croo wees erop dat België dankzij de automatische loonindexering beter dan de buurlanden beschermd is. De vakbonden dreigen in het najaar met een algemene staking.""",
 "events": [
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Belgium)", "i1": 6,
   "country": "Belgium", "admin1": "Brussels", "loc": "Brussel", "lat": 50.8503, "lon": 4.3517, "ds": "maandag",
   "ev": ["Volgens de politie hebben maandag zo'n 70.000 mensen in Brussel betoogd voor meer koopkracht.",
          "De betoging verliep in een gemoedelijke sfeer."],
   "note": "Peaceful national union march in Brussels; the threatened general strike is future."}],
 "note": "Union purchasing-power march in Brussels."},

{"n": 45, "published": "2023-06-12", "source": "Het Parool", "title": "Man gewond bij schietpartij in Amsterdam-West",
 "text": """Aan de Jan Evertsenstraat in Amsterdam-West is zondagavond een 29-jarige man gewond geraakt bij een schietpartij. Hij werd in zijn been geraakt en is naar het ziekenhuis gebracht. Zijn verwondingen zijn niet levensbedreigend.
Getuigen hoorden rond half elf meerdere schoten. Volgens omstanders vluchtten twee mannen op een scooter richting de Postjesweg. De politie zette het gebied af en zocht met een hond naar sporen. Er werden kogelhulzen gevonden.
Over het motief is nog niets bekend. De politie sluit niet uit dat het slachtoffer het doelwit was, maar wil niet speculeren over een verband met het criminele milieu. Het slachtoffer is bekend bij de politie.
Buurtbewoners zijn geschrokken. 'Je hoort het steeds vaker in deze buurt', zei een vrouw die boven een kapsalon woont.""",
 "events": [], "note": "Shooting with unknown motive: ordinary crime, out of scope (no political or gang-war motive stated)."},

{"n": 46, "published": "2022-04-22", "source": "ANP", "title": "Tientallen doden bij aanslag op moskee in Mazar-i-Sharif",
 "text": """Bij een bomaanslag op een sjiitische moskee in de Noord-Afghaanse stad Mazar-i-Sharif zijn donderdag tijdens het middaggebed zeker 31 mensen om het leven gekomen. Dat meldt een ziekenhuis in de stad. Ruim zestig mensen raakten gewond.
Volgens getuigen bracht een man in de moskee een bomgordel tot ontploffing. Terreurgroep Islamitische Staat eiste de aanslag op via zijn kanaal op Telegram en sprak van 'meer dan honderd' doden en gewonden.
Eerder op de dag ontplofte in Kunduz een bermbom naast een wagen van de Taliban. Daarbij kwamen volgens een lokale functionaris vier Taliban-strijders om het leven.
Het is de tweede aanslag op sjiieten in een week tijd. Dinsdag vielen bij explosies bij een school in de Kabulse wijk Dasht-e-Barchi zes doden. De Taliban, die sinds augustus vorig jaar aan de macht zijn, beloven de veiligheid te herstellen, maar de Islamitische Staat-Khorasan pleegt steeds vaker aanslagen.
Mazar-i-Sharif geldt als een van de veiligste steden van Afghanistan, en aanslagen zijn er zeldzaam. In de stad woont een grote Hazara-gemeenschap, een overwegend sjiitische minderheid die al jaren het doelwit is van de Afghaanse tak van Islamitische Staat. In oktober vorig jaar vielen bij aanslagen op sjiitische moskeeën in Kunduz en Kandahar al meer dan honderd doden.
Mensenrechtenorganisaties verwijten de Taliban dat zij de Hazara's onvoldoende beschermen. Het Taliban-bestuur zegt de daders te zullen opsporen en straffen. Een woordvoerder noemde de aanslag 'een poging om de eenheid van het Afghaanse volk te ondermijnen'.
De VN-missie in Afghanistan veroordeelde de aanslag en riep op tot een onafhankelijk onderzoek. De Europese Unie, die sinds de machtsovername geen diplomatieke betrekkingen met de Taliban onderhoudt, betuigde haar medeleven met de nabestaanden.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Suicide bomb", "a1": "Islamic State", "i1": 2, "a2": "Civilians (Afghanistan)", "i2": 7,
   "country": "Afghanistan", "admin1": "Balkh", "loc": "Mazar-i-Sharif", "lat": 36.7090, "lon": 67.1109, "ds": "donderdag", "fat": 31, "inj": 60,
   "ev": ["Bij een bomaanslag op een sjiitische moskee in de Noord-Afghaanse stad Mazar-i-Sharif zijn donderdag tijdens het middaggebed zeker 31 mensen om het leven gekomen.",
          "Volgens getuigen bracht een man in de moskee een bomgordel tot ontploffing.",
          "Terreurgroep Islamitische Staat eiste de aanslag op via zijn kanaal op Telegram en sprak van 'meer dan honderd' doden en gewonden."],
   "note": "Suicide belt in a Shia mosque, IS claim; hospital toll 31, 'ruim zestig' injured taken as 60; IS's 'more than a hundred' mixes dead and wounded and is not a death claim."},
  {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "a1": "Unidentified Armed Group (Afghanistan)", "i1": 3, "a2": "Taliban", "i2": 1,
   "country": "Afghanistan", "admin1": "Kunduz", "loc": "Kunduz", "lat": 36.7280, "lon": 68.8681, "ds": "donderdag", "fat": 4,
   "ev": ["Eerder op de dag ontplofte in Kunduz een bermbom naast een wagen van de Taliban.",
          "Daarbij kwamen volgens een lokale functionaris vier Taliban-strijders om het leven."],
   "note": "Roadside bomb against a Taliban vehicle, unclaimed; Taliban as the de facto state in 2022 coded inter 1 (uncertain); the Dasht-e-Barchi blasts on Tuesday are within the horizon but told only in passing - borderline, not coded."}],
 "note": "IS mosque bombing in Mazar-i-Sharif and an IED in Kunduz; Tuesday's Kabul blasts mentioned in passing."},

{"n": 47, "published": "2019-02-08", "source": "De Tijd", "title": "Proximus snijdt in personeel na winstdaling",
 "text": """Telecombedrijf Proximus schrapt de komende drie jaar 1.900 banen. Dat maakte het bedrijf donderdag bekend bij de presentatie van de jaarcijfers. De winst daalde vorig jaar met 8 procent tot 475 miljoen euro.
Topvrouw Dominique Leroy wil het bedrijf wendbaarder maken en meer inzetten op digitale diensten. 'We moeten de concurrentieslag met nieuwe spelers aangaan', zei ze. Tegelijk wil Proximus 1.250 nieuwe mensen aannemen met digitale vaardigheden.
De vakbonden reageerden geschokt. Zij spreken van 'een sociaal bloedbad' en dreigen met acties. Op maandag houden de bonden een personeelsvergadering in de Proximus-torens in Brussel.
Ook de politiek is boos. De federale overheid is de grootste aandeelhouder van Proximus. Minister van Telecom Alexander De Croo zei dat hij 'verrast' was door de omvang van de herstructurering.""",
 "events": [], "note": "Business restructuring; threatened union actions are future."},

{"n": 48, "published": "2023-08-15", "source": "NOS", "title": "Geweld tegen agenten opnieuw toegenomen",
 "text": """Agenten kregen vorig jaar vaker te maken met geweld dan het jaar ervoor. In 2022 werden ruim 11.000 incidenten geregistreerd waarbij agenten werden bespuugd, geslagen of bedreigd. Dat blijkt uit cijfers van de Nationale Politie die dinsdag zijn gepubliceerd.
Vooral bij demonstraties en rond de jaarwisseling namen de incidenten toe. Tijdens de boerenprotesten en de coronarellen raakten tientallen agenten gewond. 'Het respect voor de uniform is ver te zoeken', zegt politiechef Henk van Essen.
Minister Yeşilgöz van Justitie wil dat daders van geweld tegen hulpverleners sneller worden berecht. Het kabinet werkt aan een wet om de strafeis bij geweld tegen agenten te verdubbelen.
De politiebonden vinden dat niet genoeg. 'Agenten moeten ook beter worden beschermd', zegt Jan Struijs van de NPB. 'Met goede uitrusting en voldoende collega's.'""",
 "events": [], "note": "Annual statistics on violence against police: aggregates, no event."},

{"n": 49, "published": "2022-01-20", "source": "ANP", "title": "Bomaanslag op politiebureau in Colombia",
 "text": """Bij een bomaanslag op een politiebureau in de Colombiaanse stad Saravena, vlak bij de grens met Venezuela, zijn woensdag twee agenten om het leven gekomen. Ruim tien mensen raakten gewond, onder wie omwonenden.
Een motorfiets met explosieven ontplofte voor de ingang van het bureau. De politie houdt de linkse guerrillabeweging ELN verantwoordelijk. De ELN heeft nog niet gereageerd.
In de departementen Arauca en Norte de Santander wordt al weken hevig gevochten tussen de ELN en afgescheiden FARC-dissidenten. Daarbij vielen volgens de regering sinds begin januari al meer dan vijftig doden.
President Iván Duque heeft extra troepen naar de grensregio gestuurd. Hij beschuldigt Venezuela ervan de ELN onderdak te bieden.
De ELN is de laatste actieve guerrillabeweging van Colombia, sinds de FARC in 2016 een vredesakkoord sloot met de regering. Vredesgesprekken met de ELN liggen al sinds 2019 stil, na een aanslag op een politieacademie in Bogotá.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "a1": "ELN: National Liberation Army", "i1": 2, "a2": "Police Forces of Colombia", "i2": 1,
   "country": "Colombia", "admin1": "Arauca", "loc": "Saravena", "lat": 6.9531, "lon": -71.8717, "ds": "woensdag", "fat": 2, "inj": 10,
   "ev": ["Bij een bomaanslag op een politiebureau in de Colombiaanse stad Saravena, vlak bij de grens met Venezuela, zijn woensdag twee agenten om het leven gekomen.",
          "Een motorfiets met explosieven ontplofte voor de ingang van het bureau.",
          "De politie houdt de linkse guerrillabeweging ELN verantwoordelijk."],
   "note": "Motorbike bomb at a police station, blamed on the ELN by police (actor per the text, attribution unconfirmed); 'ruim tien' injured taken as 10; the January fighting toll is an aggregate."}],
 "note": "Saravena police station bombing."},

{"n": 50, "published": "2022-06-30", "source": "De Morgen", "title": "Levenslang voor Salah Abdeslam in Bataclan-proces",
 "text": """Het Parijse hof van assisen heeft woensdagavond Salah Abdeslam veroordeeld tot een levenslange gevangenisstraf zonder mogelijkheid tot vervroegde vrijlating. De Brusselaar is de enige overlevende van het commando dat op 13 november 2015 in Parijs 130 mensen doodde.
Abdeslam werd schuldig bevonden aan moord in verband met een terroristische onderneming. Hij had op het proces gezegd dat hij zijn bomgordel bewust niet tot ontploffing had gebracht, maar de rechters geloofden hem niet. Ook de negentien andere beschuldigden werden veroordeeld, tot straffen van twee jaar tot levenslang.
Het proces duurde tien maanden. Honderden slachtoffers en nabestaanden kwamen getuigen over de aanslagen op de Bataclan, de caféterrassen en het Stade de France.
'Dit is geen eindpunt, maar het is wel een stap', zei een overlevende van de Bataclan voor het gerechtsgebouw. Abdeslam moet in België nog terechtstaan voor de aanslagen van 22 maart 2016 in Brussel.
Het proces werd door veel Fransen gezien als een historisch moment. Voor het eerst kregen slachtoffers uitgebreid de ruimte om hun verhaal te doen: meer dan vierhonderd mensen kwamen getuigen over die avond en over hun leven daarna. De gerechtszaal in het Parijse Justitiepaleis werd speciaal voor het proces gebouwd.
Abdeslam gedroeg zich in het begin provocerend. Op de eerste dag noemde hij zich 'een strijder van Islamitische Staat'. Later bood hij de slachtoffers zijn excuses aan, wat door sommigen als oprecht en door anderen als berekend werd gezien.
Onder de andere veroordeelden zijn mannen die de terroristen hielpen met onderdak, vervoer en valse papieren. Mohamed Abrini, 'de man met het hoedje' van de aanslag op Zaventem, kreeg levenslang met een minimum van 22 jaar. Hij staat ook in Brussel terecht.""",
 "events": [], "note": "Verdict in the November 2015 Paris attacks trial: old attacks, court report."},
]
