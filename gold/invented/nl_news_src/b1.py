# Invented articles 001-025 (Dutch), coded by gold/CODEBOOK.md.
ARTICLES = [
{"n": 1, "published": "2023-01-29", "source": "NOS", "title": "Honderden klimaatactivisten opgepakt bij blokkade A12",
 "text": """De politie in Den Haag heeft zaterdag honderden klimaatactivisten aangehouden die de A12 bij het ministerie van Economische Zaken blokkeerden. Volgens de politie ging het om ruim 600 arrestaties. De demonstranten van Extinction Rebellion eisten dat het kabinet de fossiele subsidies afschaft.
Rond het middaguur liepen de eerste groepen vanaf het Malieveld de snelweg op. De ME zette een waterkanon in om de actievoerders van het wegdek te krijgen, maar veel demonstranten bleven zitten. Zij werden een voor een weggedragen en met bussen naar een opvanglocatie in Rotterdam gebracht.
Een woordvoerder van de politie zei dat de blokkade 'niet was toegestaan op deze plek' en dat de burgemeester vooraf een andere locatie had aangeboden. De meeste aangehouden activisten kwamen aan het eind van de middag weer vrij.
Extinction Rebellion noemt de actie een succes en kondigde aan over twee weken terug te komen. Ook het verkeer had last van de actie: de A12 was urenlang in beide richtingen dicht tussen Den Haag-Centrum en het Prins Clausplein.""",
 "events": [
  {"type": "Protests", "sub": "Protest with intervention", "a1": "Protesters (Netherlands)", "i1": 6, "a2": "Police Forces of the Netherlands", "i2": 1,
   "country": "Netherlands", "admin1": "Zuid-Holland", "loc": "Den Haag", "lat": 52.0705, "lon": 4.3007, "ds": "zaterdag",
   "ev": ["De politie in Den Haag heeft zaterdag honderden klimaatactivisten aangehouden die de A12 bij het ministerie van Economische Zaken blokkeerden.",
          "De ME zette een waterkanon in om de actievoerders van het wegdek te krijgen, maar veel demonstranten bleven zitten."],
   "note": "Road blockade broken up with water cannon and mass arrests: one protest with intervention; the arrests are part of it, not a second event; the announced return is future."}],
 "note": "Extinction Rebellion A12 blockade in The Hague with mass arrests."},

{"n": 2, "published": "2021-03-15", "source": "AD", "title": "Twintiger opgepakt na steekpartij in uitgaansgebied Breda",
 "text": """Een 23-jarige man uit Oosterhout is in de nacht van zaterdag op zondag aangehouden na een steekpartij op de Grote Markt in Breda. Een 19-jarige Bredanaar raakte daarbij ernstig gewond aan zijn buik en werd naar het Amphia Ziekenhuis gebracht. Hij is inmiddels buiten levensgevaar.
Volgens de politie ontstond rond half drie een ruzie tussen twee groepjes jongeren die kort daarvoor een café hadden verlaten. Getuigen zagen hoe de verdachte een mes trok. Omstanders hielden hem vast tot agenten arriveerden. Over de aanleiding van de ruzie tast de politie nog in het duister; vermoed wordt dat het om een persoonlijke kwestie gaat.
Het is de derde steekpartij in het Bredase uitgaansgebied dit jaar. Burgemeester Paul Depla liet weten dat hij overweegt om het gebied tot veiligheidsrisicogebied te verklaren, zodat de politie preventief kan fouilleren. 'We accepteren niet dat jongeren met messen op zak de stad in gaan', zei hij maandag. De verdachte zit nog vast en wordt dinsdag voorgeleid aan de rechter-commissaris.""",
 "events": [], "note": "Ordinary stabbing after a personal quarrel and the arrest of one ordinary suspect: out of scope."},

{"n": 3, "published": "2022-11-08", "source": "ANP", "title": "Russische raketten treffen flatgebouw in Dnipro",
 "text": """Bij een Russische raketaanval op een woonwijk in de Oekraïense stad Dnipro zijn maandagavond zeker negen mensen om het leven gekomen. Dat meldt de regionale gouverneur. Een van de raketten trof een flatgebouw van negen verdiepingen, dat gedeeltelijk instortte.
Reddingswerkers zochten de hele nacht in het puin naar overlevenden. Volgens de Oekraïense noodhulpdienst raakten 31 mensen gewond, onder wie vier kinderen. Ook een school en een aantal winkels liepen schade op.
Het Russische ministerie van Defensie zei in een verklaring dat het 'militaire infrastructuur' in de regio had bestookt. Over burgerslachtoffers repte het ministerie niet.
President Zelensky sprak van 'terreur tegen gewone mensen' en riep westerse landen opnieuw op om meer luchtafweersystemen te leveren. Dnipro is sinds het begin van de oorlog al vaker getroffen. In januari kwamen bij een aanval op een flat in de stad nog tientallen mensen om.
In Dnipro zelf heerst na de aanval een mengeling van woede en berusting. 'We horen elke nacht het luchtalarm, maar je denkt altijd dat het jou niet zal treffen', zegt een 52-jarige buurtbewoonster die voor het afgezette gebouw staat te wachten op nieuws over haar zus. Vrijwilligers delen thee en dekens uit aan bewoners die hun huis kwijt zijn.
De stad aan de Dnjepr is sinds het begin van de oorlog een belangrijk doorvoerpunt voor vluchtelingen uit het oosten en voor hulpgoederen richting het front. Daardoor ligt er volgens militaire analisten ook veel militaire logistiek in en rond de stad. Rusland bestookt de afgelopen weken vooral de energie-infrastructuur van Oekraïne, waardoor in grote delen van het land de stroom urenlang uitvalt.
Het Internationaal Strafhof in Den Haag onderzoekt of aanvallen op woonwijken als oorlogsmisdaden moeten worden aangemerkt. Oekraïense aanklagers hebben al tienduizenden mogelijke oorlogsmisdaden geregistreerd.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "a1": "Military Forces of Russia", "i1": 8, "a2": "Civilians (Ukraine)", "i2": 7,
   "country": "Ukraine", "admin1": "Dnipropetrovska", "loc": "Dnipro", "lat": 48.4647, "lon": 35.0462, "ds": "maandag", "fat": 9, "inj": 31,
   "ev": ["Bij een Russische raketaanval op een woonwijk in de Oekraïense stad Dnipro zijn maandagavond zeker negen mensen om het leven gekomen.",
          "Volgens de Oekraïense noodhulpdienst raakten 31 mensen gewond, onder wie vier kinderen."],
   "note": "Missile strike on a residential block, Russia as foreign forces (8); 'zeker negen' from the governor taken as 9; the January strike is background and not coded."}],
 "note": "Missile strike on Dnipro; an older strike mentioned as background."},

{"n": 4, "published": "2019-06-03", "source": "De Telegraaf", "title": "Ajax verovert de titel na stormachtige slotfase",
 "text": """Ajax heeft zondag in Doetinchem de landstitel veroverd. Na een 1-4 overwinning op De Graafschap kon de ploeg van Erik ten Hag de schaal in ontvangst nemen. Het was de 34ste titel uit de clubgeschiedenis.
De Amsterdammers begonnen nerveus. De Graafschap, dat al gedegradeerd was, bestormde in het eerste kwartier het doel van André Onana en kwam zelfs op voorsprong. Daarna nam Ajax het heft in handen. Daley Blind schoot de gelijkmaker binnen na een aanval over links, en voor rust zette Nicolás Tagliafico zijn ploeg op voorsprong.
In de tweede helft werd het een slachtpartij. Hakim Ziyech en Lasse Schöne bepaalden de eindstand. 'We hebben dit seizoen een ware veldslag geleverd met PSV', zei aanvoerder Matthijs de Ligt na afloop. 'Vandaag hebben we de oorlog gewonnen.'
Maandag wordt de selectie gehuldigd op het Museumplein in Amsterdam. De gemeente verwacht tienduizenden supporters.""",
 "events": [], "note": "Football report with war words (veroverd, bestormde, slachtpartij, oorlog); the title celebration is a future gathering, not a protest."},

{"n": 5, "published": "2024-02-02", "source": "De Standaard", "title": "Boeren zetten Europese wijk in vuur en vlam",
 "text": """Duizenden boeren uit heel Europa hebben donderdag met hun tractoren de Europese wijk in Brussel lamgelegd, terwijl de Europese leiders er vergaderden. Op het Luxemburgplein voor het Europees Parlement liep het protest uit de hand.
Betogers staken stapels banden en hooibalen in brand, gooiden eieren en vuurwerk naar de politie en vernielden een standbeeld op het plein. De politie zette een waterkanon in om de boeren op afstand te houden van de dranghekken. Volgens de Brusselse politie raakten twee agenten lichtgewond.
De boeren protesteren tegen lage prijzen, de Europese milieuregels en de invoer van goedkope landbouwproducten uit Oekraïne. 'We worden kapotgeregeld', zei een Waalse melkveehouder die sinds woensdagavond in de stad was.
Al sinds het begin van de week blokkeren boeren in België de toegangswegen naar havens en distributiecentra. De Boerenbond liet weten dat de acties voorlopig doorgaan. Premier De Croo beloofde de boeren te zullen ontvangen.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Belgium)", "i1": 5, "a2": "Police Forces of Belgium", "i2": 1,
   "country": "Belgium", "admin1": "Brussels", "loc": "Brussel", "lat": 50.8386, "lon": 4.3746, "ds": "donderdag", "inj": 2,
   "ev": ["Duizenden boeren uit heel Europa hebben donderdag met hun tractoren de Europese wijk in Brussel lamgelegd, terwijl de Europese leiders er vergaderden.",
          "Betogers staken stapels banden en hooibalen in brand, gooiden eieren en vuurwerk naar de politie en vernielden een standbeeld op het plein."],
   "note": "Farmers throw fireworks at police and wreck a statue: violent demonstration; coordinates of the European quarter (part of Brussels, precision 1); the week-long blockades elsewhere have no place and day and are not coded."}],
 "note": "Farmers' riot in the European quarter of Brussels."},

{"n": 6, "published": "2020-10-22", "source": "NRC", "title": "Rechtbank: zes jaar cel voor man die buurman in Zutphen doodstak",
 "text": """De rechtbank in Zutphen heeft een 41-jarige man veroordeeld tot zes jaar cel en tbs met dwangverpleging voor het doodsteken van zijn buurman. Het drama speelde zich af in februari vorig jaar in een flat aan de Deventerweg.
De twee mannen hadden al jaren ruzie over geluidsoverlast. Op de bewuste avond liep een woordenwisseling in het trappenhuis volledig uit de hand. De verdachte pakte een keukenmes en stak zijn 57-jarige buurman meerdere keren in de borst. Het slachtoffer overleed ter plekke.
Volgens de rechtbank was er geen sprake van moord, omdat niet bewezen kon worden dat de man vooraf een plan had gemaakt. Hij werd wel veroordeeld voor doodslag. Psychiaters stelden vast dat de verdachte leed aan een ernstige psychische stoornis en hem de daad slechts in verminderde mate kan worden toegerekend.
De nabestaanden reageerden teleurgesteld. 'Zes jaar voor een mensenleven, dat is niets', zei de broer van het slachtoffer na afloop van de uitspraak.""",
 "events": [], "note": "Court report on an old neighbour killing: ordinary crime, older than the horizon."},

{"n": 7, "published": "2023-05-14", "source": "ANP", "title": "Jihadisten doden tientallen dorpelingen in noorden van Burkina Faso",
 "text": """Bij een aanval op een dorp in het noorden van Burkina Faso zijn vrijdag zeker 33 burgers om het leven gekomen. Dat meldt de gouverneur van de regio Sahel. Zwaarbewapende mannen op motoren vielen het dorp Dori-Kolel aan, bij de stad Dori, en schoten op inwoners die probeerden te vluchten.
Volgens de gouverneur staken de aanvallers ook huizen en graanschuren in brand. Overlevenden zijn naar Dori gevlucht. Niemand heeft de aanval opgeëist, maar in de regio zijn zowel aan Al Qaida als aan Islamitische Staat gelieerde groepen actief.
Burkina Faso wordt sinds 2015 geteisterd door jihadistisch geweld. Volgens de Verenigde Naties zijn meer dan twee miljoen mensen op de vlucht. De militaire junta van kapitein Traoré beloofde bij zijn machtsgreep vorig jaar het geweld snel te stoppen, maar sindsdien zijn de aanvallen alleen maar toegenomen. Vorige maand kwamen bij een aanval in de provincie Yatenga nog meer dan zestig mensen om.""",
 "events": [
  {"type": "Violence against civilians", "sub": "Attack", "a1": "Unidentified Armed Group (Burkina Faso)", "i1": 3, "a2": "Civilians (Burkina Faso)", "i2": 7,
   "country": "Burkina Faso", "admin1": "Sahel", "loc": "Dori", "lat": 14.0354, "lon": -0.0345, "gp": 2, "ds": "vrijdag", "fat": 33,
   "ev": ["Bij een aanval op een dorp in het noorden van Burkina Faso zijn vrijdag zeker 33 burgers om het leven gekomen.",
          "Zwaarbewapende mannen op motoren vielen het dorp Dori-Kolel aan, bij de stad Dori, en schoten op inwoners die probeerden te vluchten."],
   "note": "Unclaimed attack on villagers by gunmen: unidentified armed group (3); the small village is placed near Dori (precision 2); the Yatenga attack 'vorige maand' is background."}],
 "note": "Attack on a village near Dori; an older massacre mentioned as background."},

{"n": 8, "published": "2018-08-14", "source": "Trouw", "title": "Hittegolf houdt aan: code oranje in zuiden van het land",
 "text": """Het KNMI heeft voor Limburg, Noord-Brabant en Zeeland code oranje afgegeven vanwege de aanhoudende hitte. Op veel plaatsen wordt woensdag een temperatuur van 35 graden of meer verwacht. Het is de vierde hittegolf van deze zomer.
De droogte zorgt inmiddels voor grote problemen in de landbouw. Boeren in Drenthe mogen geen oppervlaktewater meer gebruiken om hun land te beregenen. Rijkswaterstaat houdt de dijken extra in de gaten, omdat veendijken bij langdurige droogte kunnen verzakken.
Ook de natuur lijdt. In de Peel woedde maandag een heidebrand die pas na uren onder controle was. Brandweerkorpsen roepen mensen op om geen sigaretten weg te gooien en niet te barbecueën in bosgebieden.
Het Nationaal Hitteplan blijft van kracht. Ouderen wordt aangeraden veel water te drinken en de warmste uren binnen door te brengen. Meteorologen verwachten dat het eind van de week iets koeler wordt, maar echte regen zit er voorlopig niet in.""",
 "events": [], "note": "Weather, drought and a heath fire: natural events, out of scope."},

{"n": 9, "published": "2021-11-20", "source": "de Volkskrant", "title": "Rellen in Rotterdam na demonstratie tegen coronamaatregelen",
 "text": """Een demonstratie tegen de coronamaatregelen in Rotterdam is vrijdagavond uitgelopen op zware rellen. Honderden relschoppers staken op de Coolsingel auto's en vuurwerk in brand, vernielden winkelruiten en bekogelden de ME met stenen.
De politie loste waarschuwingsschoten en schoot ook gericht. Zeven mensen raakten gewond, van wie er volgens de politie vermoedelijk een aantal door politiekogels. Ook agenten raakten gewond. Er werden 51 mensen aangehouden, onder wie een groot aantal minderjarigen.
Burgemeester Aboutaleb sprak van 'een orgie van geweld'. 'Onder het mom van demonstreren hebben idioten mijn stad gesloopt', zei hij zaterdagochtend op een persconferentie. Hij riep een noodbevel af voor het centrum, waarna de rust rond één uur 's nachts terugkeerde.
Het protest was gericht tegen het plan van het kabinet om een 2G-coronapas in te voeren. Ook in andere steden wordt dit weekend gedemonstreerd. Voor zaterdag staat een manifestatie in Amsterdam op het programma.
Onder de relschoppers bevonden zich volgens de politie ook voetbalsupporters en jongeren uit andere steden, die via sociale media naar Rotterdam waren gekomen. 'Het ging deze mensen niet om de coronapas', zei een woordvoerder van de politie. 'Ze kwamen om te rellen.'
De schade in het centrum is groot. Winkeliers aan de Lijnbaan waren zaterdagochtend bezig met het dichttimmeren van ingegooide etalages. Een ondernemer vertelde dat zijn zaak voor de derde keer in een jaar was vernield. 'Eerst de avondklokrellen, nu dit. Ik weet niet hoe vaak ik dit nog kan opbrengen.'
De Rijksrecherche is een onderzoek begonnen naar het schieten door de politie. Minister Grapperhaus van Justitie liet weten dat hij 'zeer geschokt' is door het geweld tegen agenten. De Tweede Kamer wil volgende week met de minister debatteren over de rellen. Organisaties van demonstranten distantieerden zich van het geweld.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Netherlands)", "i1": 5, "a2": "Police Forces of the Netherlands", "i2": 1,
   "country": "Netherlands", "admin1": "Zuid-Holland", "loc": "Rotterdam", "lat": 51.9244, "lon": 4.4777, "ds": "vrijdag", "inj": 7,
   "ev": ["Een demonstratie tegen de coronamaatregelen in Rotterdam is vrijdagavond uitgelopen op zware rellen.",
          "Honderden relschoppers staken op de Coolsingel auto's en vuurwerk in brand, vernielden winkelruiten en bekogelden de ME met stenen."],
   "note": "Anti-lockdown protest turned riot with police shooting: one violent demonstration (the arrests belong to it); injured 7 as stated for the wounded; the Amsterdam rally is announced, not coded."}],
 "note": "Rotterdam corona riot."},

{"n": 10, "published": "2022-03-22", "source": "Het Laatste Nieuws", "title": "Zes jaar na de aanslagen: België herdenkt slachtoffers van 22 maart",
 "text": """Met een minuut stilte in de vertrekhal van Brussels Airport en in het metrostation Maalbeek is dinsdag de aanslagen van 22 maart 2016 herdacht. Bij de aanslagen, opgeëist door Islamitische Staat, kwamen 32 mensen om het leven en raakten honderden mensen gewond.
Koning Filip en koningin Mathilde legden kransen neer bij het monument in het Zoniënwoud. Premier De Croo noemde de aanslagen 'een wonde die nooit helemaal zal genezen'.
Voor veel slachtoffers is het een beladen jaar. In december begint het proces tegen de tien beschuldigden, onder wie Salah Abdeslam. Het proces wordt gehouden in het voormalige NAVO-gebouw in Evere, omdat het Justitiepaleis te klein is.
Slachtoffervereniging V-Europe klaagt dat veel overlevenden nog altijd wachten op een schadevergoeding. 'Zes jaar later vechten sommigen nog tegen verzekeraars', zei voorzitter Philippe Vansteenkiste. 'Dat is een tweede aanslag.'
De aanslagen werden gepleegd door dezelfde terreurcel die in november 2015 in Parijs toesloeg. Twee zelfmoordterroristen bliezen zich op in de vertrekhal van de luchthaven in Zaventem, een derde in een metrostel in station Maalbeek, in het hart van de Europese wijk. Een derde bom op de luchthaven ontplofte niet.
Sindsdien is er in België veel veranderd. Het leger patrouilleerde jarenlang in de straten, de veiligheidsdiensten kregen meer mensen en middelen, en een parlementaire onderzoekscommissie legde pijnlijke tekortkomingen bij politie en justitie bloot. Zo was informatie over een van de daders die door Turkije was uitgewezen nooit goed doorgegeven.
Ook het statuut van de slachtoffers werd verbeterd. Sinds 2017 bestaat er een nationaal statuut voor erkende slachtoffers van terrorisme, met onder meer een levenslang pensioen voor wie zwaargewond raakte.""",
 "events": [], "note": "Commemoration of the 2016 Brussels attacks and a coming trial: old attack, background only."},

{"n": 11, "published": "2019-09-09", "source": "NOS", "title": "Taliban vallen politieposten aan in Afghaanse provincie Ghazni",
 "text": """Taliban-strijders hebben in de nacht van zaterdag op zondag twee politieposten aangevallen in de Afghaanse provincie Ghazni. Bij de gevechten in het district Andar kwamen volgens het provinciebestuur elf agenten om het leven.
Een dag later, zondagmiddag, vielen de Taliban ook een controlepost aan bij de provinciehoofdstad Ghazni. Daarbij kwamen vier militairen om. Een woordvoerder van de Taliban claimde op Twitter dat de strijders 'tientallen vijanden' hadden gedood en wapens en voertuigen hadden buitgemaakt.
De aanvallen komen op een moment dat de onderhandelingen tussen de Verenigde Staten en de Taliban over een vredesakkoord in het slop zitten. President Trump blies zaterdag een geheime ontmoeting met Taliban-leiders in Camp David af.
Ghazni is al jaren een van de meest onrustige provincies van Afghanistan. Grote delen van het platteland zijn in handen van de Taliban.""",
 "events": [
  {"type": "Battles", "sub": "Armed clash", "a1": "Taliban", "i1": 2, "a2": "Police Forces of Afghanistan", "i2": 1,
   "country": "Afghanistan", "admin1": "Ghazni", "loc": "Andar", "lat": 33.3833, "lon": 68.4333, "gp": 2, "ds": "zaterdag", "de": "zondag", "fat": 11,
   "ev": ["Taliban-strijders hebben in de nacht van zaterdag op zondag twee politieposten aangevallen in de Afghaanse provincie Ghazni.",
          "Bij de gevechten in het district Andar kwamen volgens het provinciebestuur elf agenten om het leven."],
   "note": "Overnight attack on police posts in Andar district (district: precision 2); night of Saturday to Sunday given as a two-day span (time precision 2)."},
  {"type": "Battles", "sub": "Armed clash", "a1": "Taliban", "i1": 2, "a2": "Military Forces of Afghanistan", "i2": 1,
   "country": "Afghanistan", "admin1": "Ghazni", "loc": "Ghazni", "lat": 33.5536, "lon": 68.4269, "gp": 2, "ds": "zondag", "fat": 4,
   "claimed": [{"low": 12, "high": None, "claimant": "Taliban", "text": "tientallen vijanden"}],
   "ev": ["Een dag later, zondagmiddag, vielen de Taliban ook een controlepost aan bij de provinciehoofdstad Ghazni.",
          "Daarbij kwamen vier militairen om.",
          "Een woordvoerder van de Taliban claimde op Twitter dat de strijders 'tientallen vijanden' hadden gedood en wapens en voertuigen hadden buitgemaakt."],
   "note": "Second attack near Ghazni city the next day (near a town: precision 2); the Taliban's 'tientallen' is a party claim (12)."}],
 "note": "Two Taliban attacks in Ghazni on two days; the Camp David cancellation is politics."},

{"n": 12, "published": "2020-07-04", "source": "Dagblad van het Noorden", "title": "Groningse boeren boos over stikstofplannen: actie aangekondigd",
 "text": """Boeren in Groningen en Drenthe willen volgende week opnieuw met trekkers naar het provinciehuis in Groningen. Dat heeft actiegroep Farmers Defence Force vrijdag aangekondigd. Aanleiding is het nieuwe stikstofplan van de provincie, dat volgens de boeren 'het einde van honderden bedrijven' betekent.
'We laten ons niet wegzetten', zei een woordvoerder van de actiegroep. Hij sloot niet uit dat de boeren ook wegen gaan blokkeren. De provincie laat weten dat zij openstaat voor overleg, maar dat het plan niet van tafel gaat.
Vorig jaar oktober reden boeren in Groningen met trekkers het provinciehuis binnen, waarbij een deur sneuvelde. Burgemeester Schuiling wil een herhaling daarvan voorkomen en overweegt een noodverordening.
Landbouworganisatie LTO Noord neemt afstand van de aangekondigde actie. 'Wij geloven meer in praten dan in trekkers', aldus een bestuurder. Het stikstofplan wordt op 15 juli besproken in Provinciale Staten.""",
 "events": [], "note": "Announced (future) farmers' protest and a protest from last October: neither is coded."},

{"n": 13, "published": "2023-10-21", "source": "de Volkskrant", "title": "Tienduizenden lopen in Amsterdam mee met mars voor Gaza",
 "text": """Tienduizenden mensen hebben zaterdagmiddag in Amsterdam gedemonstreerd tegen het Israëlische geweld in de Gazastrook. De mars begon op de Dam en trok via het Rokin naar het Museumplein. Volgens de organisatie liepen er 25.000 mensen mee, de politie hield het op 'ruim tienduizend'.
Demonstranten droegen Palestijnse vlaggen en spandoeken met teksten als 'Stop de genocide' en 'Staakt-het-vuren nu'. De betoging verliep volgens de politie rustig. Er werd niemand aangehouden.
Ook in Den Haag werd zaterdag gedemonstreerd: enkele honderden mensen verzamelden zich bij het Malieveld met een oproep aan het kabinet om te pleiten voor een staakt-het-vuren.
Bij een pro-Israëlische bijeenkomst in Amsterdam vorige week zondag kwamen ruim duizend mensen bijeen om de gijzelaars van Hamas te steunen. Ook die bijeenkomst verliep rustig.""",
 "events": [
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Noord-Holland", "loc": "Amsterdam", "lat": 52.3676, "lon": 4.9041, "ds": "zaterdag",
   "ev": ["Tienduizenden mensen hebben zaterdagmiddag in Amsterdam gedemonstreerd tegen het Israëlische geweld in de Gazastrook.",
          "De betoging verliep volgens de politie rustig."],
   "note": "Peaceful pro-Palestinian march in Amsterdam."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Zuid-Holland", "loc": "Den Haag", "lat": 52.0705, "lon": 4.3007, "ds": "zaterdag",
   "ev": ["Ook in Den Haag werd zaterdag gedemonstreerd: enkele honderden mensen verzamelden zich bij het Malieveld met een oproep aan het kabinet om te pleiten voor een staakt-het-vuren."],
   "note": "Separate peaceful protest the same day in The Hague."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Netherlands)", "i1": 6,
   "country": "Netherlands", "admin1": "Noord-Holland", "loc": "Amsterdam", "lat": 52.3676, "lon": 4.9041, "ds": "2023-10-15",
   "ev": ["Bij een pro-Israëlische bijeenkomst in Amsterdam vorige week zondag kwamen ruim duizend mensen bijeen om de gijzelaars van Hamas te steunen."],
   "note": "'Vorige week zondag' = 15 Oct, six days before publication, with place and day: within the horizon, coded as a peaceful rally (borderline: told as background)."}],
 "note": "Gaza protests in Amsterdam and The Hague, plus last Sunday's pro-Israel rally."},

{"n": 14, "published": "2024-04-17", "source": "Het Financieele Dagblad", "title": "ASML verovert terrein in China ondanks exportregels",
 "text": """Chipmachinefabrikant ASML heeft in het eerste kwartaal een omzet van 5,3 miljard euro geboekt, iets minder dan analisten hadden verwacht. Opvallend is het grote aandeel van China: bijna de helft van de verkochte machines ging naar Chinese klanten.
Volgens topman Peter Wennink is dat een inhaalslag. Chinese chipmakers plaatsten vorig jaar massaal orders, uit vrees dat de exportregels verder zouden worden aangescherpt. 'Onze klanten in China hebben een offensief ingezet om capaciteit op te bouwen', zei hij woensdag tegen journalisten.
De Amerikaanse regering voert al jaren een handelsoorlog met Peking over geavanceerde chips. Nederland voerde onder druk van Washington eigen exportbeperkingen in voor de meest geavanceerde machines.
Het aandeel ASML daalde woensdag op de beurs van Amsterdam ruim 6 procent. Beleggers maken zich zorgen over de orders, die met 3,6 miljard euro flink lager uitvielen dan in het vorige kwartaal.""",
 "events": [], "note": "Business news with war metaphors (verovert, offensief, handelsoorlog)."},

{"n": 15, "published": "2022-05-26", "source": "Trouw", "title": "Al-Shabaab blaast zichzelf op bij hotel in Mogadishu",
 "text": """Een zelfmoordterrorist heeft woensdagmiddag een bomauto tot ontploffing gebracht bij de ingang van een hotel in het centrum van de Somalische hoofdstad Mogadishu. Daarbij kwamen volgens de politie minstens acht mensen om het leven, onder wie twee bewakers. Zeker zestien mensen raakten gewond.
Na de explosie drongen gewapende mannen het hotel binnen, dat vaak wordt bezocht door politici en ambtenaren. Veiligheidstroepen slaagden er na urenlang vuurgevecht in de aanvallers te doden. Terreurgroep Al-Shabaab eiste de aanslag op en zei dat 'meer dan twintig afvalligen' waren gedood.
Al-Shabaab, dat banden heeft met Al Qaida, pleegt regelmatig aanslagen in Mogadishu. De groep wil de federale regering omverwerpen. Vorige week kozen de Somalische parlementariërs Hassan Sheikh Mohamud tot nieuwe president.
De Afrikaanse Unie, die met duizenden militairen in Somalië aanwezig is, veroordeelde de aanslag. De nieuwe president beloofde bij zijn beëdiging de strijd tegen de terreurgroep 'met alle middelen' te voeren.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Suicide bomb", "a1": "Al Shabaab", "i1": 2, "a2": "Civilians (Somalia)", "i2": 7,
   "country": "Somalia", "admin1": "Banadir", "loc": "Mogadishu", "lat": 2.0469, "lon": 45.3182, "ds": "woensdag", "fat": 8, "inj": 16,
   "claimed": [{"low": 21, "high": None, "claimant": "Al Shabaab", "text": "meer dan twintig afvalligen"}],
   "ev": ["Een zelfmoordterrorist heeft woensdagmiddag een bomauto tot ontploffing gebracht bij de ingang van een hotel in het centrum van de Somalische hoofdstad Mogadishu.",
          "Daarbij kwamen volgens de politie minstens acht mensen om het leven, onder wie twee bewakers.",
          "Terreurgroep Al-Shabaab eiste de aanslag op en zei dat 'meer dan twintig afvalligen' waren gedood."],
   "note": "Suicide car bomb at a hotel; police toll 8 and injured 16; Al Shabaab's 'more than twenty' is a claim."},
  {"type": "Battles", "sub": "Armed clash", "a1": "Military Forces of Somalia", "i1": 1, "a2": "Al Shabaab", "i2": 2,
   "country": "Somalia", "admin1": "Banadir", "loc": "Mogadishu", "lat": 2.0469, "lon": 45.3182, "ds": "woensdag",
   "ev": ["Na de explosie drongen gewapende mannen het hotel binnen, dat vaak wordt bezocht door politici en ambtenaren.",
          "Veiligheidstroepen slaagden er na urenlang vuurgevecht in de aanvallers te doden."],
   "note": "Borderline: the hours-long gunfight of security forces with the gunmen is a second pair of sides, coded as a clash; the attackers' number is not given, so no toll."}],
 "note": "Hotel siege in Mogadishu: suicide car bomb followed by a gunfight."},

{"n": 16, "published": "2018-12-11", "source": "Leeuwarder Courant", "title": "Uitbraak van mazelen in Friese dorpen: GGD roept op tot vaccinatie",
 "text": """In de Friese gemeente Súdwest-Fryslân zijn de afgelopen twee weken elf kinderen besmet geraakt met mazelen. De GGD Fryslân roept ouders op hun kinderen alsnog te laten vaccineren. Twee kinderen moesten in het ziekenhuis worden opgenomen.
De vaccinatiegraad in een aantal dorpen in de gemeente ligt onder de 80 procent. 'Dan kan het virus zich razendsnel verspreiden', zegt arts infectieziektebestrijding Anne de Vries. De GGD houdt extra inloopspreekuren in Sneek en Bolsward.
Mazelen is zeer besmettelijk. De ziekte begint met koorts en hoesten, waarna rode vlekken ontstaan. Bij een klein deel van de patiënten ontstaan complicaties zoals longontsteking of hersenvliesontsteking.
De laatste grote mazelenepidemie in Nederland was in 2013 en 2014. Toen raakten ruim 2600 mensen besmet en overleed een meisje van 17.""",
 "events": [], "note": "Disease outbreak: out of scope."},

{"n": 17, "published": "2021-05-17", "source": "NOS", "title": "Israëlische luchtaanval verwoest huizen in Gaza-Stad",
 "text": """Bij een Israëlische luchtaanval op een straat in Gaza-Stad zijn zondagochtend vroeg zeker 42 Palestijnen omgekomen, onder wie tien kinderen. Dat meldt het ministerie van Volksgezondheid in Gaza, dat onder controle staat van Hamas. Het is de dodelijkste aanval sinds het begin van de gevechten vorige week.
Drie huizen in de al-Wahda-straat stortten in. Reddingswerkers haalden urenlang mensen onder het puin vandaan. Het Israëlische leger zegt dat het een ondergronds tunnelnetwerk van Hamas aanviel en dat de huizen 'onbedoeld' instortten.
Hamas vuurde zondag opnieuw tientallen raketten af op Israël. In Ashkelon raakte een huis, daarbij vielen geen gewonden. Sinds het begin van de escalatie zijn in Gaza volgens Palestijnse bronnen bijna 200 mensen gedood, in Israël kwamen tien mensen om.
De VN-Veiligheidsraad vergaderde zondag voor de derde keer in een week over het conflict, maar kwam opnieuw niet tot een gezamenlijke verklaring.
Het geweld in de Gazastrook is het zwaarste sinds de oorlog van 2014. De escalatie begon nadat Hamas raketten afvuurde op Jeruzalem, na dagenlange confrontaties tussen Palestijnen en de Israëlische politie bij de Al-Aqsamoskee en onrust over dreigende huisuitzettingen in de wijk Sheikh Jarrah.
In Gaza zijn volgens de VN inmiddels meer dan 38.000 mensen op de vlucht geslagen, de meesten zoeken onderdak in scholen van de VN-organisatie UNRWA. De enige elektriciteitscentrale van het gebied dreigt zonder brandstof te komen. Ook in Israël leven honderdduizenden mensen dag en nacht in de buurt van schuilkelders.
De Verenigde Staten, Egypte en Qatar proberen achter de schermen een bestand te bereiken. Premier Netanyahu zei zondagavond echter dat de operatie 'met volle kracht' wordt voortgezet. 'Het zal nog even duren', aldus Netanyahu in een televisietoespraak.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of Israel", "i1": 1, "a2": "Civilians (Palestine)", "i2": 7,
   "country": "Palestine", "admin1": "Gaza Strip", "loc": "Gaza City", "lat": 31.5017, "lon": 34.4668, "ds": "zondag",
   "claimed": [{"low": 42, "high": 42, "claimant": "Ministry of Health (Gaza, Hamas-run)", "text": "zeker 42 Palestijnen omgekomen"}],
   "ev": ["Bij een Israëlische luchtaanval op een straat in Gaza-Stad zijn zondagochtend vroeg zeker 42 Palestijnen omgekomen, onder wie tien kinderen.",
          "Dat meldt het ministerie van Volksgezondheid in Gaza, dat onder controle staat van Hamas."],
   "note": "Airstrike on homes in Gaza City; the only toll comes from the Hamas-run ministry, a party to the fight, so it is a claim and fatalities stay null (uncertain: ACLED often uses such tolls)."},
  {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "a1": "Hamas", "i1": 2, "a2": "Civilians (Israel)", "i2": 7,
   "country": "Israel", "admin1": "HaDarom", "loc": "Ashkelon", "lat": 31.6688, "lon": 34.5743, "ds": "zondag", "fat": 0, "inj": 0,
   "ev": ["Hamas vuurde zondag opnieuw tientallen raketten af op Israël.",
          "In Ashkelon raakte een huis, daarbij vielen geen gewonden."],
   "note": "Rocket hitting a house in Ashkelon the same day; no wounded stated, fatalities 0 and injured 0; the overall tolls since the start are aggregates."}],
 "note": "Gaza City airstrike and Hamas rocket fire on Ashkelon, with aggregate tolls not coded."},

{"n": 18, "published": "2023-09-04", "source": "Het Parool", "title": "Politie schiet verdachte van overval op juwelier in Amstelveen neer",
 "text": """De politie heeft zaterdagmiddag in Amstelveen een man neergeschoten die kort daarvoor een juwelier aan het Stadsplein had overvallen. De verdachte raakte gewond aan zijn been en is onder bewaking naar het ziekenhuis gebracht.
De overvaller bedreigde het personeel met een vuurwapen en ging er met een tas vol horloges vandoor. Agenten die in de buurt waren, zetten de achtervolging in. Bij het Stadshart richtte de man zijn wapen op de agenten, waarna die schoten. Een handlanger wist op een scooter te ontkomen.
De Rijksrecherche onderzoekt, zoals gebruikelijk, het geweldgebruik van de politie. Het personeel van de juwelier raakte niet gewond, maar is wel erg geschrokken.
Het is de tweede overval op een juwelier in de regio in korte tijd. Twee weken geleden werd een zaak in Amsterdam-Zuid overvallen.""",
 "events": [], "note": "Robbery and a police shooting of a criminal suspect: ordinary crime, out of scope."},

{"n": 19, "published": "2019-10-20", "source": "De Morgen", "title": "Chileense regering roept noodtoestand uit na plunderingen in Santiago",
 "text": """In de Chileense hoofdstad Santiago is de noodtoestand uitgeroepen nadat protesten tegen een verhoging van de metroprijzen zaterdag opnieuw uitmondden in geweld. Betogers staken metrostations en bussen in brand en plunderden supermarkten in verschillende wijken.
De oproerpolitie zette traangas en waterkanonnen in. Volgens de regering werden 308 mensen opgepakt en raakten 156 agenten gewond. Het leger patrouilleert sinds zaterdagnacht in de straten, voor het eerst sinds het einde van de dictatuur van Pinochet in 1990.
President Sebastián Piñera schortte de prijsverhoging zondag op, maar de woede lijkt daarmee niet geblust. Studenten en vakbonden hebben voor maandag nieuwe acties aangekondigd.
De onrust begon vorige week met acties van scholieren die massaal zwartreden in de metro.
Chili gold lange tijd als een van de stabielste en welvarendste landen van Latijns-Amerika, maar de ongelijkheid is groot. Veel Chilenen klagen over dure zorg, lage pensioenen en hoge kosten voor onderwijs.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Chile)", "i1": 5, "a2": "Police Forces of Chile", "i2": 1,
   "country": "Chile", "admin1": "Region Metropolitana", "loc": "Santiago", "lat": -33.4489, "lon": -70.6693, "ds": "zaterdag", "inj": 156,
   "ev": ["In de Chileense hoofdstad Santiago is de noodtoestand uitgeroepen nadat protesten tegen een verhoging van de metroprijzen zaterdag opnieuw uitmondden in geweld.",
          "Betogers staken metrostations en bussen in brand en plunderden supermarkten in verschillende wijken."],
   "note": "Arson and looting during protest with riot police: violent demonstration; the looting is part of the riot; injured 156 police as stated by the government (borderline source); the emergency decree, Monday's actions and last week's fare-dodging are not coded."}],
 "note": "Santiago riots over metro fares."},

{"n": 20, "published": "2024-05-04", "source": "NOS", "title": "Nederland staat stil bij oorlogsslachtoffers tijdens Dodenherdenking",
 "text": """Op de Dam in Amsterdam heeft koning Willem-Alexander zaterdagavond samen met koningin Máxima een krans gelegd tijdens de Nationale Dodenherdenking. Om acht uur was het in het hele land twee minuten stil.
Tijdens de herdenking wordt stilgestaan bij alle Nederlanders die sinds het uitbreken van de Tweede Wereldoorlog zijn omgekomen in oorlogssituaties en bij vredesoperaties. De toespraak werd dit jaar gehouden door schrijver Arnon Grunberg, die sprak over 'de plicht om te blijven kijken'.
Vanwege de spanningen rond de oorlog in Gaza waren de veiligheidsmaatregelen strenger dan normaal. Het Nationaal Comité 4 en 5 mei had vooraf gevraagd om de stilte niet te verstoren. De herdenking verliep zonder incidenten.
Morgen wordt op veertien plaatsen in het land de bevrijding gevierd met festivals. Het Bevrijdingsvuur wordt in de nacht naar Wageningen gebracht.""",
 "events": [], "note": "Remembrance of WWII dead: a commemoration, not a protest; historical."},

{"n": 21, "published": "2022-09-23", "source": "De Standaard", "title": "Honderden arrestaties bij protesten in Iran na dood van Mahsa Amini",
 "text": """In Iran zijn de protesten na de dood van de 22-jarige Mahsa Amini ook donderdag doorgegaan. In de stad Rasht in het noorden van het land opende de politie het vuur op demonstranten, meldt mensenrechtenorganisatie Hengaw. Daarbij zouden drie betogers zijn doodgeschoten.
Amini overleed vorige week in hechtenis nadat ze door de zedenpolitie was opgepakt omdat haar hoofddoek niet goed zou zitten. Sindsdien gaan in tientallen steden mensen de straat op. Vrouwen verbranden hun hoofddoeken en knippen hun haar af.
Volgens de Iraanse staatstelevisie zijn sinds het begin van de onrust zeventien mensen omgekomen, onder wie agenten. Mensenrechtenorganisaties houden het op een veel hoger aantal.
De regering heeft de toegang tot Instagram en WhatsApp geblokkeerd. President Raisi, die in New York de Algemene Vergadering van de Verenigde Naties toesprak, beloofde een onderzoek naar de dood van Amini.""",
 "events": [
  {"type": "Protests", "sub": "Excessive force against protesters", "a1": "Police Forces of Iran", "i1": 1, "a2": "Protesters (Iran)", "i2": 6,
   "country": "Iran", "admin1": "Gilan", "loc": "Rasht", "lat": 37.2808, "lon": 49.5832, "ds": "donderdag", "fat": 3,
   "ev": ["In de stad Rasht in het noorden van het land opende de politie het vuur op demonstranten, meldt mensenrechtenorganisatie Hengaw.",
          "Daarbij zouden drie betogers zijn doodgeschoten."],
   "note": "Police fire on protesters in Rasht; the hedged toll comes from a human-rights group not party to the fight, taken as 3; the national totals and the protests 'in tientallen steden' have no place and day."}],
 "note": "Iran protests after Mahsa Amini's death; the title's mass arrests are not told with a place and day."},

{"n": 22, "published": "2020-01-15", "source": "Tubantia", "title": "Drugslab opgerold in schuur in Twents buitengebied",
 "text": """De politie heeft dinsdag een groot drugslab opgerold in een schuur aan de Hengevelderweg in het buitengebied van Enschede. Twee mannen van 34 en 51 jaar zijn aangehouden.
In de schuur troffen agenten een complete installatie aan voor de productie van amfetamine, en honderden liters chemicaliën. Volgens de politie kon er per dag tientallen kilo's drugs worden gemaakt. Het lab werd ontdekt nadat omwonenden melding hadden gemaakt van een sterke anijslucht.
De eigenaar van de boerderij, een 68-jarige man, zegt niets te weten van de activiteiten in zijn schuur. Hij verhuurde de ruimte naar eigen zeggen aan 'een man die er auto's wilde opslaan'. De politie onderzoekt zijn rol.
Burgemeester Van Veldhuizen laat de schuur voor een half jaar sluiten. De Landelijke Faciliteit Ondersteuning Ontmantelen is donderdag nog bezig met het leeghalen van het lab.""",
 "events": [], "note": "Drug-lab raid and arrests of ordinary suspects: drug crime, out of scope."},

{"n": 23, "published": "2023-04-17", "source": "ANP", "title": "Zware gevechten in Khartoum tussen leger en RSF",
 "text": """In de Soedanese hoofdstad Khartoum wordt voor de derde dag op rij zwaar gevochten tussen het leger en de paramilitaire Rapid Support Forces (RSF). Zondag vielen rond het presidentiële paleis en het internationale vliegveld volgens een artsenvereniging zeker 25 doden.
Het leger zette gevechtsvliegtuigen in tegen bases van de RSF in de stad. Ook in Omdurman, aan de overkant van de Nijl, waren zondag explosies en geweervuur te horen. Inwoners zitten al dagen in hun huizen zonder stroom en water.
Volgens het Soedanese artsencomité zijn sinds zaterdag in het hele land bijna honderd burgers om het leven gekomen. De RSF beweert het paleis en het vliegveld in handen te hebben, wat het leger ontkent.
De VN, de Afrikaanse Unie en de Verenigde Staten roepen op tot een staakt-het-vuren. Een door de partijen aangekondigd humanitair bestand van drie uur werd zondagmiddag niet nageleefd.
De gevechten zijn het gevolg van een machtsstrijd tussen legerleider Abdel Fattah al-Burhan en RSF-commandant Mohamed Hamdan Dagalo, beter bekend als Hemedti. De twee generaals grepen in 2021 samen de macht, maar raakten slaags over de integratie van de RSF in het reguliere leger. Die moest deel uitmaken van een overgang naar een burgerregering.
Buitenlandse regeringen bereiden de evacuatie van hun burgers voor. Het Nederlandse ministerie van Buitenlandse Zaken zegt contact te hebben met ongeveer honderdvijftig Nederlanders in Soedan. Een evacuatie is voorlopig niet mogelijk, omdat het vliegveld van Khartoum onder vuur ligt.
Hulporganisaties waarschuwen voor een humanitaire ramp. Ziekenhuizen in de hoofdstad kampen met een tekort aan bloed, medicijnen en personeel. Het Wereldvoedselprogramma heeft zijn werk in het land voorlopig opgeschort.""",
 "events": [
  {"type": "Battles", "sub": "Armed clash", "a1": "Military Forces of Sudan", "i1": 1, "a2": "Rapid Support Forces", "i2": 2,
   "country": "Sudan", "admin1": "Khartoum", "loc": "Khartoum", "lat": 15.5007, "lon": 32.5599, "ds": "zondag", "fat": 25,
   "ev": ["Zondag vielen rond het presidentiële paleis en het internationale vliegveld volgens een artsenvereniging zeker 25 doden."],
   "note": "Army-RSF fighting in Khartoum on Sunday, toll from a doctors' group (neutral); the nationwide toll since Saturday is an aggregate; the RSF's capture claim is denied and not coded."},
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of Sudan", "i1": 1, "a2": "Rapid Support Forces", "i2": 2,
   "country": "Sudan", "admin1": "Khartoum", "loc": "Khartoum", "lat": 15.5007, "lon": 32.5599, "ds": "zondag",
   "ev": ["Het leger zette gevechtsvliegtuigen in tegen bases van de RSF in de stad."],
   "note": "Borderline: air strikes on RSF bases in the city told apart from the ground fighting, day taken from the surrounding Sunday report."},
  {"type": "Battles", "sub": "Armed clash", "a1": "Military Forces of Sudan", "i1": 1, "a2": "Rapid Support Forces", "i2": 2,
   "country": "Sudan", "admin1": "Khartoum", "loc": "Omdurman", "lat": 15.6445, "lon": 32.4777, "ds": "zondag",
   "ev": ["Ook in Omdurman, aan de overkant van de Nijl, waren zondag explosies en geweervuur te horen."],
   "note": "Fighting heard in Omdurman, a separate town, the same day."}],
 "note": "Sudan war, third day: fighting in Khartoum and Omdurman."},

{"n": 24, "published": "2021-08-30", "source": "De Gelderlander", "title": "Vrachtwagen kantelt op A12 bij Arnhem: chauffeur zwaargewond",
 "text": """Een vrachtwagen is maandagochtend op de A12 bij knooppunt Grijsoord gekanteld. De 46-jarige chauffeur uit Polen raakte zwaargewond en is met een traumahelikopter naar het Radboudumc in Nijmegen gebracht.
De vrachtwagen, geladen met pallets frisdrank, raakte om onbekende reden van de weg, ramde de vangrail en kwam op zijn kant in de berm terecht. De lading lag over twee rijstroken verspreid. Rijkswaterstaat sloot de snelweg richting Duitsland urenlang af, wat leidde tot een file van ruim tien kilometer.
Het is al het derde ongeluk met een vrachtwagen op dit deel van de A12 deze maand. Volgens Rijkswaterstaat is de weg niet gevaarlijker dan andere snelwegen. De politie onderzoekt de toedracht van het ongeluk.
Volgens de politie was de chauffeur niet onder invloed. Hij had mogelijk een onwel moment. De berging van de vrachtwagen duurde tot het begin van de middag.""",
 "events": [], "note": "Road accident: out of scope."},

{"n": 25, "published": "2018-11-25", "source": "NRC", "title": "Gele hesjes en oproerpolitie slaags op de Champs-Élysées",
 "text": """Op de Champs-Élysées in Parijs is het zaterdag urenlang onrustig geweest tijdens een demonstratie van de gele hesjes. Betogers bouwden barricades van straatmeubilair, staken ze in brand en bekogelden de oproerpolitie met stenen. De politie reageerde met traangas en waterkanonnen.
Volgens het ministerie van Binnenlandse Zaken deden in heel Frankrijk 106.000 mensen mee aan de acties. In Parijs ging het om ongeveer achtduizend betogers. Er werden 101 mensen aangehouden. Ook in Lyon en Bordeaux gingen mensen de straat op, daar bleef het rustig.
Minister Castaner sprak van 'seditieuze' elementen die zich onder de demonstranten hadden gemengd. De gele hesjes protesteren tegen de hogere brandstofaccijnzen en de stijgende kosten van levensonderhoud.
De beweging ontstond buiten vakbonden en partijen om, via Facebook. Vorige week zaterdag kwamen bij de eerste landelijke actiedag twee mensen om het leven bij ongelukken bij wegblokkades.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (France)", "i1": 5, "a2": "Police Forces of France", "i2": 1,
   "country": "France", "admin1": "Ile-de-France", "loc": "Paris", "lat": 48.8698, "lon": 2.3075, "ds": "zaterdag",
   "ev": ["Op de Champs-Élysées in Parijs is het zaterdag urenlang onrustig geweest tijdens een demonstratie van de gele hesjes.",
          "Betogers bouwden barricades van straatmeubilair, staken ze in brand en bekogelden de oproerpolitie met stenen."],
   "note": "Yellow-vest riot on the Champs-Élysées; the 101 arrests belong to it."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (France)", "i1": 6,
   "country": "France", "admin1": "Auvergne-Rhone-Alpes", "loc": "Lyon", "lat": 45.7640, "lon": 4.8357, "ds": "zaterdag",
   "ev": ["Ook in Lyon en Bordeaux gingen mensen de straat op, daar bleef het rustig."],
   "note": "Peaceful protest in Lyon the same day."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (France)", "i1": 6,
   "country": "France", "admin1": "Nouvelle-Aquitaine", "loc": "Bordeaux", "lat": 44.8378, "lon": -0.5792, "ds": "zaterdag",
   "ev": ["Ook in Lyon en Bordeaux gingen mensen de straat op, daar bleef het rustig."],
   "note": "Peaceful protest in Bordeaux the same day; the nationwide 106,000 is a tally; last week's deaths were road accidents."}],
 "note": "Gilets jaunes in Paris (riot) and peaceful protests in Lyon and Bordeaux."},
]
