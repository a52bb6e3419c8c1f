# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append
NL = "Netherlands"
POL = "Police Forces of the Netherlands"
PRO = "Protesters (Netherlands)"

# 1 Heerenveen: boeren blokkeren distributiecentrum, politie grijpt in
p = "2022-07-05"
s1 = "Politie en ME hebben maandagavond een blokkade van boze boeren bij het distributiecentrum van een supermarktketen in Heerenveen met harde hand beëindigd."
s2 = "Drie demonstranten werden aangehouden, onder wie een 27-jarige man uit Joure die volgens de politie een agent met zijn trekker had proberen klem te rijden."
A(art(p, "ME beëindigt boerenblokkade bij distributiecentrum Heerenveen, drie aanhoudingen", "Leeuwarder Courant / ANP", [
    s1,
    "Zo'n zestig trekkers stonden sinds de middag voor de poort aan de Kanaalweg. Vrachtwagens konden daardoor niet laden en lossen, waardoor winkels in het noorden van het land dinsdag lege schappen dreigden te krijgen. De boeren protesteren tegen de stikstofplannen van het kabinet, die volgens hen het einde betekenen van honderden melkveebedrijven in Friesland.",
    "Nadat de burgemeester rond acht uur een noodbevel had afgekondigd en de boeren meerdere keren was gevraagd te vertrekken, trokken ME-eenheden op. Een deel van de trekkers reed daarop weg, maar een groep van ongeveer twintig boeren weigerde. Er werden enkele trekkers weggesleept.",
    s2,
    "‘Wij zijn hier niet om mensen te treiteren, wij vechten voor ons bestaan’, zei een melkveehouder uit de omgeving, die zijn naam niet in de krant wilde. ‘Als Den Haag niet luistert, moeten we het zo doen.’",
    "Burgemeester Tjerk Bruinsma sprak van ‘een grens die is overschreden’. ‘Demonstreren mag, maar de voedselvoorziening van een hele regio platleggen niet.’ Het distributiecentrum kon rond middernacht weer worden bevoorraad.",
    "Landelijk organiseren boerenactiegroepen al weken acties. Voor donderdag is een nieuwe actiedag aangekondigd.",
    "Ook elders in de provincie was het onrustig. Op verschillende plekken werden hooibalen en autobanden langs de weg in brand gestoken en hingen omgekeerde vlaggen aan lantaarnpalen. De politie kon nog niet zeggen of daarvoor mensen zijn aangehouden.",
    "De drie aangehouden boeren zitten nog vast. Het Openbaar Ministerie onderzoekt of de man uit Joure wordt vervolgd voor poging tot zware mishandeling van een agent. De andere twee worden verdacht van het niet opvolgen van een ambtelijk bevel.",
], [ev("Protests", "Protest with intervention", PRO, 6, POL, 1, NL, "Friesland", "Heerenveen",
       52.9597, 5.9206, 1, wd(p, "maandag"), evid=[s1, s2],
       note="Farmers' blockade at a distribution centre in Heerenveen on Monday, ended by riot police with three arrests; the arrests are part of the same protest event (same place, day, sides). Thursday's action day is announced, not coded.")],
    "One farmers' protest with police intervention coded; the announced action day is future and not coded."))

# 2 Oss: plofkraak (crime)
A(art("2019-11-18", "Plofkraak op pinautomaat in centrum Oss, bewoners geëvacueerd", "Brabants Dagblad", [
    "In het centrum van Oss is in de nacht van zondag op maandag een plofkraak gepleegd op een geldautomaat aan de Heschepad. De klap was in een groot deel van de binnenstad te horen.",
    "Bewoners van de appartementen boven de bankvestiging werden door de brandweer uit voorzorg geëvacueerd. Een constructeur moet nog bekijken of het pand veilig is. Er raakte niemand gewond.",
    "Getuigen zagen volgens de politie twee mannen in donkere kleding wegscheuren in een zwarte Audi, die later uitgebrand werd teruggevonden aan de rand van Berghem. Of de daders geld hebben buitgemaakt, is nog onduidelijk.",
    "Het is de derde plofkraak in de regio Oss in twee maanden. Banken hebben de afgelopen jaren honderden automaten gesloten of 's nachts vergrendeld, maar kraken blijven volgens de politie lucratief. ‘Het zijn vaak jonge jongens die voor een paar duizend euro hun leven en dat van omwonenden op het spel zetten’, zegt een woordvoerder.",
    "De politie vraagt getuigen en mensen met camerabeelden zich te melden.",
], [], "Ordinary crime: a cash-machine explosion for theft, no political or gang-war motive; not coded."))

# 3 Utrecht: vijf jaar na tramaanslag (herdenking)
A(art("2024-03-18", "Stil moment op 24 Oktoberplein: ‘Die maandagochtend laat ons niet los’", "RTV Utrecht", [
    "Precies vijf jaar na de aanslag in de tram op het 24 Oktoberplein hebben nabestaanden, hulpverleners en bewoners maandagochtend stilgestaan bij de vier mensen die toen om het leven kwamen.",
    "Op 18 maart 2019 opende een man met een pistool het vuur in een tram in Kanaleneiland. Drie mensen overleden ter plaatse, een vierde slachtoffer overleed later aan zijn verwondingen. Meerdere reizigers raakten zwaargewond. De dader werd in 2020 veroordeeld tot levenslang; de rechtbank stelde vast dat hij met een terroristisch oogmerk had gehandeld.",
    "Burgemeester Sharon Dijksma legde om kwart voor elf, het tijdstip van de eerste schoten, een krans bij het monument, een glazen zuil met de namen van de slachtoffers. Daarna bleef het enkele minuten stil. Trams reden met gedoofde lichten langzaam langs.",
    "‘Voor ons is het nooit vijf jaar geleden, het is elke dag’, zei een zus van een van de omgekomen reizigers. ‘Maar het doet goed te zien dat de stad het niet vergeet.’",
    "Ook de trambestuurder die die ochtend dienst had, was aanwezig. Hij werkt niet meer op de tram. ‘Ik kom hier nog steeds niet graag, maar vandaag hoort dat erbij.’",
    "Slachtofferhulp Nederland zegt dat een deel van de getroffenen nog altijd kampt met klachten. Volgens de organisatie is het belangrijk dat de herdenking elk jaar terugkeert, ook als de aandacht van het grote publiek verslapt.",
    "De gemeente wil het monument dit jaar verplaatsen naar een rustiger plek aan de rand van het plein. Daarover wordt met nabestaanden gesproken.",
    "In de middag was er in de Willibrordkerk een bijeenkomst voor genodigden, waar leerlingen van een basisschool uit Kanaleneiland gedichten voorlazen. ‘Zij waren nog niet geboren toen het gebeurde’, zei de directeur. ‘Maar ze weten allemaal wat hier is gebeurd.’",
], [], "Memorial of the March 2019 tram attack, dated and five years old; outside the news horizon, not coded."))

# 4 Gaza: luchtaanval Khan Younis, raketten op Ashkelon
p = "2023-11-08"
s1 = "Bij een Israëlische luchtaanval op een woonhuis in Khan Younis, in het zuiden van de Gazastrook, zijn dinsdagavond zeker zes mensen om het leven gekomen."
s2 = "Dat meldt de Palestijnse Rode Halve Maan, die de lichamen onder het puin vandaan haalde."
s3 = "Het door Hamas geleide ministerie van Gezondheid in Gaza spreekt van veertien doden, onder wie vijf kinderen."
s4 = "Vanuit de Gazastrook werden dinsdag opnieuw raketten afgevuurd op Israël. In de kuststad Ashkelon sloeg een raket in op een parkeerplaats naast een flatgebouw; twee mensen raakten lichtgewond door rondvliegende glasscherven."
A(art(p, "Doden bij luchtaanval op huis in Khan Younis, raketten op Ashkelon", "NOS / ANP", [
    s1 + " " + s2 + " " + s3,
    "Volgens buurtbewoners woonden in het huis drie families, deels ontheemden uit Gaza-Stad die in het zuiden beschutting hadden gezocht. ‘We dachten dat het hier veiliger was’, zei een man die met blote handen naar zijn neven zocht, tegen een lokale cameraploeg.",
    "Het Israëlische leger zegt dat het in de buurt ‘terroristische infrastructuur’ van Hamas heeft aangevallen en onderzoekt de berichten over burgerslachtoffers. Het leger gaf geen details over het doelwit.",
    s4,
    "Hamas eiste de aanval op via Telegram. Het Israëlische raketschild Iron Dome onderschepte volgens het leger het grootste deel van de ongeveer twintig raketten die op het zuiden van het land werden afgevuurd.",
    "De oorlog begon op 7 oktober, toen Hamas-strijders Israël binnenvielen en volgens Israëlische cijfers zo'n 1200 mensen doodden en ruim 240 mensen ontvoerden. Sindsdien voert Israël een grootschalig lucht- en grondoffensief uit in de Gazastrook.",
    "Minister Hanke Bruins Slot van Buitenlandse Zaken riep opnieuw op tot humanitaire pauzes. ‘Israël heeft het recht zich te verdedigen, maar binnen de grenzen van het humanitair oorlogsrecht’, zei ze in de Tweede Kamer.",
    "Hulporganisaties waarschuwen dat de situatie in het zuiden van de Gazastrook onhoudbaar wordt. In Khan Younis en Rafah zitten honderdduizenden ontheemden opeengepakt in scholen en tentenkampen. Er is nauwelijks schoon drinkwater en brandstof voor de generatoren van ziekenhuizen raakt op.",
    "Via de grensovergang bij Rafah kwamen dinsdag enkele tientallen vrachtwagens met hulpgoederen de Gazastrook binnen. Volgens de Verenigde Naties is dat een fractie van wat er nodig is. Voor de oorlog reden er dagelijks zo'n vijfhonderd vrachtwagens het gebied in.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Civilians (Palestine)", 7,
       "Palestine", "Gaza Strip", "Khan Younis", 31.3462, 34.3063, 1, wd(p, "dinsdag"), fat=6,
       claimed=[{"low": 14, "high": 14, "claimant": "Hamas-run Ministry of Health", "text": "veertien doden"}],
       evid=[s1, s2, s3],
       note="Israeli air strike on a house in Khan Younis on Tuesday; 6 dead per the Red Crescent (neutral), 14 claimed by the Hamas-run ministry. Israeli forces in Palestine inter 8."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hamas", 2, "Civilians (Israel)", 7,
       "Israel", "HaDarom", "Ashkelon", 31.6688, 34.5743, 1, wd(p, "dinsdag"), inj=2, evid=[s4],
       note="Rocket impact in Ashkelon on Tuesday, two lightly injured, claimed by Hamas; fatalities null as the text does not say that nobody died. The 7 October attack is background, not coded.")],
    "Two events: the air strike in Khan Younis and the rocket strike on Ashkelon, same day. The 7 October attack and the war as a whole are background."))

# 5 Tweede Kamer: stikstofdebat met oorlogstaal
A(art("2019-12-05", "Kabinet onder vuur in stikstofdebat: ‘Dit is een oorlogsverklaring aan het platteland’", "de Volkskrant", [
    "Het was woensdag een slagveld in de Tweede Kamer. Tijdens het debat over de stikstofcrisis ging de oppositie van links tot rechts in de aanval op minister Carola Schouten van Landbouw, die volgens haar critici ‘met lege handen’ naar de Kamer was gekomen.",
    "PVV-leider Geert Wilders noemde de plannen om de veestapel in te krimpen ‘een oorlogsverklaring aan het platteland’. GroenLinks-fractievoorzitter Jesse Klaver verweet het kabinet juist ‘de natuur op te offeren aan de agrolobby’. ‘U hebt de wapens neergelegd nog voordat de strijd begon’, zei hij.",
    "Schouten weerde zich. Ze wees op de maatregelen die al zijn genomen, zoals een lagere maximumsnelheid op de snelwegen overdag en extra geld voor het uitkopen van boeren bij kwetsbare natuurgebieden. ‘Ik ga niet met de botte bijl door het boerenland’, zei ze.",
    "Ook binnen de coalitie is het onrustig. CDA en VVD willen geen gedwongen uitkoop, D66 vindt dat het kabinet te traag is. Een motie van D66 om een harde termijn vast te leggen voor het halveren van de stikstofuitstoot haalde het niet.",
    "Buiten het Kamergebouw bleef het rustig. Boerenorganisaties, die eerder dit najaar met duizenden trekkers naar Den Haag kwamen, hadden voor deze dag geen actie aangekondigd. Agractie liet weten ‘de uitkomst af te wachten’ maar sloot nieuwe acties in januari niet uit.",
    "De Raad van State oordeelde in mei dat het stikstofbeleid van het kabinet niet deugt, waardoor duizenden bouwprojecten stil kwamen te liggen.",
    "Ook de bouwsector roert zich. Bouwend Nederland becijferde dat projecten ter waarde van miljarden euro's vertraging oplopen. ‘Elke week dat er niets gebeurt, kost banen’, zei voorzitter Maxime Verhagen, die opriep ‘het loopgravenwerk in Den Haag’ te staken.",
    "Schouten beloofde de Kamer voor de kerst een brief met aanvullende maatregelen. Daarin moet onder meer staan hoe het kabinet boeren wil helpen met voer dat minder stikstof oplevert.",
], [], "Parliamentary debate with war metaphors; no demonstration that day, earlier tractor protests are unspecific background and possible January actions are future. Not coded."))

# 6 Klassieker (sport)
A(art("2021-04-19", "Ajax wint de strijd in De Kuip, Feyenoord blijft met lege handen", "De Telegraaf", [
    "Ajax heeft zondag de Klassieker in De Kuip met 0-2 gewonnen en daarmee een grote stap gezet richting de landstitel. Dusan Tadic en Ryan Gravenberch maakten de doelpunten in een duel dat vooral in de eerste helft een ware veldslag was.",
    "Feyenoord begon als een wervelwind en bestookte het doel van Maarten Stekelenburg met afstandsschoten, maar de Amsterdammers hielden stand. ‘We moesten de eerste twintig minuten overleven, daarna hebben we ze gesloopt’, zei Tadic na afloop.",
    "Feyenoord-trainer Dick Advocaat baalde. ‘We gaan ten onder aan eigen slordigheid. Je kunt niet tegen Ajax de bal zo vaak weggeven.’",
    "Door de coronamaatregelen werd het duel opnieuw zonder publiek gespeeld. Rond het stadion was een grote politiemacht op de been, maar volgens de politie Rotterdam bleef het rustig. Er werden geen aanhoudingen verricht.",
    "Ajax heeft nu twaalf punten voorsprong op PSV met nog vijf wedstrijden te gaan.",
    "Voor Feyenoord is de strijd om de derde plaats, die recht geeft op Europees voetbal, nog volop gaande. Zondag wacht een uitwedstrijd tegen AZ, dat twee punten meer heeft.",
], [], "Sport report with battle metaphors; police report calm and no arrests. Not coded."))

# 7 Amsterdam Zuidas: Extinction Rebellion bij bankhoofdkantoor
p = "2023-02-13"
s1 = "De politie heeft zaterdag op de Zuidas in Amsterdam 87 klimaatactivisten van Extinction Rebellion aangehouden die de ingang van het hoofdkantoor van een grootbank blokkeerden."
s2 = "De activisten, die zich deels aan elkaar en aan de draaideuren hadden vastgeketend, weigerden te vertrekken nadat de burgemeester de demonstratie had beëindigd."
A(art(p, "87 klimaatactivisten aangehouden bij blokkade bank op Zuidas", "Het Parool", [
    s1,
    "Ongeveer driehonderd mensen verzamelden zich 's ochtends op de Gustav Mahlerlaan. Ze eisen dat de bank stopt met het financieren van bedrijven die nieuwe olie- en gasvelden aanboren. Op spandoeken stond ‘Geen cent meer naar fossiel’.",
    s2,
    "Een deel van de groep ging op de rijbaan zitten, waardoor het verkeer rond het station Zuid langdurig vaststond. Trams en bussen moesten omrijden.",
    "Agenten knipten de kettingen door en droegen de demonstranten een voor een naar klaarstaande bussen. Die brachten hen naar een verzamellocatie in Amsterdam-Noord, waar de meesten na een paar uur weer werden vrijgelaten. Volgens de politie verliep het ‘zonder noemenswaardige incidenten’.",
    "‘Wij blijven terugkomen tot de bank luistert’, zei woordvoerder Lotte van Dijk van Extinction Rebellion. ‘Aanhoudingen schrikken ons niet af.’",
    "De bank liet in een verklaring weten ‘het gesprek over verduurzaming graag aan te gaan, maar niet onder druk van blokkades’. Medewerkers was gevraagd thuis te werken.",
    "Extinction Rebellion hield vorig jaar meerdere blokkades in Amsterdam en Den Haag. De beweging kondigde aan in maart opnieuw de A12 bij Den Haag te willen blokkeren.",
    "Burgemeester Femke Halsema heeft vaker gezegd dat zij blokkades van gebouwen niet tolereert, maar dat demonstreren op een plek ‘binnen zicht- en hoorafstand’ van het doelwit mag. De gemeente had de activisten een plek aangeboden op het grasveld tegenover het kantoor, maar daar wilden zij niet staan. ‘Een demonstratie op een grasveldje ziet niemand’, aldus Van Dijk.",
], [ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, POL, 1, NL, "Noord-Holland",
       "Amsterdam - Zuidas", 52.3383, 4.8736, 1, wd(p, "zaterdag"), evid=[s1, s2],
       note="Extinction Rebellion blockade of a bank headquarters at the Zuidas on Saturday, ended with 87 arrests; the mass arrest is part of the same protest event (same place, day, sides). Last year's blockades and the planned A12 action are not coded.")],
    "One protest with intervention coded; past and announced blockades not coded."))

# 8 Tilburg: man doodgeschoten (crime)
A(art("2020-09-07", "Man (31) doodgeschoten in Tilburg-Noord, politie tast in het duister", "Brabants Dagblad", [
    "Een 31-jarige man is zondagavond in Tilburg-Noord doodgeschoten. Het slachtoffer werd rond half tien gevonden op een parkeerplaats aan de Statenlaan, vlak bij een speeltuin.",
    "Omstanders probeerden hem te reanimeren, maar hij overleed ter plaatse. Getuigen hoorden meerdere knallen en zagen daarna een scooter met twee personen wegrijden richting de Ringbaan-Noord.",
    "De politie heeft een groot deel van de wijk afgezet en doet buurtonderzoek. Over een motief is nog niets bekend. ‘We sluiten niets uit’, zei een woordvoerder. Het slachtoffer was bij de politie bekend, maar volgens de woordvoerder zegt dat ‘op dit moment weinig’.",
    "Buurtbewoners reageren geschrokken. ‘Hier spelen 's middags kinderen. Dat dit gewoon om de hoek gebeurt, is niet te bevatten’, zegt een moeder.",
    "Het is dit jaar de tweede dodelijke schietpartij in Tilburg.",
    "De politie wil graag in contact komen met mensen die zondagavond rond half tien in de buurt van de Statenlaan waren of die camerabeelden hebben. Dat kan ook anoniem via Meld Misdaad Anoniem.",
], [], "A fatal shooting with no motive known; ordinary crime, not coded."))

# 9 Omroep Brabant: aangekondigd boerenprotest
A(art("2022-06-17", "Boeren trekken woensdag massaal naar Stroe: ‘Dit wordt de grootste actie ooit’", "Omroep Brabant", [
    "Brabantse boeren maken zich op voor een grote demonstratie tegen de stikstofplannen van het kabinet. Woensdag willen duizenden agrariërs uit het hele land met hun trekkers naar het Gelderse Stroe rijden.",
    "Volgens de organisatie hebben zich al meer dan tienduizend boeren aangemeld. Uit Brabant alleen vertrekken naar verwachting enkele honderden trekkers, vanaf verzamelpunten in Oirschot, Boxmeer en Sint-Oedenrode. ‘We laten ons niet wegsturen uit ons eigen land’, zegt melkveehouder Joost van Kempen uit Boxtel.",
    "De politie roept boeren op niet met de trekker over de snelweg te rijden. Rijkswaterstaat verwacht woensdagochtend grote verkeershinder op de A2, de A50 en de A1. Gemeenten in Gelderland nemen maatregelen om wegen vrij te houden voor hulpdiensten.",
    "De provincie Noord-Brabant roept op tot kalmte. Gedeputeerde Elies Lemkes zegt begrip te hebben voor de zorgen. ‘Maar demonstreer op een manier waarbij niemand in gevaar komt.’",
    "Het kabinet presenteerde vorige week kaarten waarop per gebied staat hoeveel de stikstofuitstoot omlaag moet. In sommige delen van Brabant gaat het om meer dan de helft.",
], [], "Announced farmers' demonstration for next Wednesday; future, not coded."))

# 10 Mali: aanval op legerpost bij Boni
p = "2021-10-12"
s1 = "Bij een aanval op een legerpost bij Boni, in de regio Mopti in het centrum van Mali, zijn zondag zeker zeven Malinese militairen om het leven gekomen."
s2 = "Volgens lokale bronnen en een medewerker van een hulporganisatie vielen tientallen zwaarbewapende mannen op motoren de post aan het begin van de ochtend aan."
s3 = "Het Malinese leger meldt in een verklaring dat de militairen de aanval hebben afgeslagen en dat daarbij ‘twintig terroristen zijn geneutraliseerd’."
A(art(p, "Zeker zeven Malinese militairen gedood bij aanval op legerpost", "ANP", [
    s1 + " " + s2,
    "Het gevecht duurde volgens inwoners enkele uren. Daarna zouden de aanvallers zich hebben teruggetrokken richting de grens met Burkina Faso, waarbij ze twee legervoertuigen meenamen.",
    s3 + " Onafhankelijke bevestiging van dat aantal was er niet.",
    "De aanval werd maandag opgeëist door JNIM, een met Al Qaida verbonden coalitie van jihadistische groepen die in grote delen van het centrum en noorden van Mali actief is. De groep sprak in een bericht op sociale media van ‘tientallen gedode soldaten’.",
    "De weg tussen Douentza en Gao, waar Boni aan ligt, geldt al jaren als een van de gevaarlijkste van het land. In 2019 kwamen op dezelfde route bij een aanval op een legerkonvooi meer dan twintig militairen om.",
    "Mali wordt sinds een tweede staatsgreep in mei geleid door een militaire junta onder kolonel Assimi Goïta. De relatie met Frankrijk, dat al sinds 2013 troepen in het land heeft, is snel verslechterd. Parijs kondigde eerder aan het aantal militairen in de Sahel fors te verminderen.",
    "Volgens diplomatieke bronnen in Bamako voert de junta gesprekken met het Russische particuliere militaire bedrijf Wagner over de inzet van huurlingen. De Malinese regering ontkent dat.",
    "Ook de VN-vredesmissie Minusma, waaraan Nederland tot 2019 bijdroeg, heeft het zwaar. De missie verloor sinds de start meer dan 150 blauwhelmen, meer dan welke andere VN-missie ook.",
], [ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Mali", 1, "Mali", "Mopti", "Boni",
       15.05, -1.95, 2, wd(p, "zondag"), fat=7,
       claimed=[{"low": 20, "high": 20, "claimant": "Military Forces of Mali", "text": "twintig terroristen zijn geneutraliseerd"},
                {"low": 12, "high": None, "claimant": "JNIM", "text": "tientallen gedode soldaten"}],
       evid=[s1, s2, s3],
       note="JNIM attack on an army post near Boni on Sunday; 7 soldiers dead per local sources (neutral); army claims 20 attackers killed, JNIM claims dozens of soldiers. The 2019 convoy attack is background, not coded.")],
    "One armed clash coded (near Boni, geo 2); the 2019 attack and Minusma tallies are background and aggregate, not coded."))

# 11 Alkmaar: boerderijbrand
A(art("2018-08-02", "Uitslaande brand verwoest boerderij bij Alkmaar, koeien gered", "Noordhollands Dagblad", [
    "Een uitslaande brand heeft woensdagavond een stolpboerderij aan de Kanaaldijk bij Alkmaar volledig verwoest. De bewoners konden op tijd naar buiten; ook de zestig koeien in de aangebouwde stal werden door de boer en buren in veiligheid gebracht.",
    "De brandweer schaalde op naar grote brand en zette water in uit het kanaal. Door de harde wind waaide as over de nabijgelegen woonwijk; bewoners werd gevraagd ramen en deuren gesloten te houden.",
    "De oorzaak is nog niet bekend. Volgens de brandweer begon het vuur vermoedelijk in het hooi op de zolder. Door de aanhoudende droogte is de brandweer in de regio extra alert op branden in hooi en bermen.",
    "De boerderij stond sinds 1870 op deze plek. ‘Mijn opa is hier geboren’, zei de eigenaar, zichtbaar aangeslagen.",
    "De koeien zijn tijdelijk ondergebracht bij een collega-boer in Oudorp. Burgemeester Piet Bruinooge bezocht donderdagochtend de plek van de brand en sprak met de familie.",
], [], "Farm fire, an accident; not coded."))

# 12 Recensie oorlogsfilm
A(art("2021-03-04", "‘Quo Vadis, Aida?’ laat Srebrenica voelen als een strop die langzaam wordt aangetrokken", "NRC", [
    "Het is juli 1995. In de Oost-Bosnische enclave Srebrenica dringen de troepen van generaal Ratko Mladić op. Tienduizenden moslims vluchten naar de basis van de Nederlandse blauwhelmen in Potočari. Tolk Aida, gespeeld door een ijzersterke Jasna Đuričić, ziet het gebeuren vanaf de eerste rij: zij vertaalt voor de Nederlanders, terwijl haar man en zonen buiten het hek staan.",
    "De Bosnische regisseur Jasmila Žbanić maakte met ‘Quo Vadis, Aida?’ een film die je als kijker bijna niet kunt uitzitten, juist omdat hij zo ingetogen is. Er is nauwelijks geweld in beeld. De slachting van ruim achtduizend jongens en mannen in de dagen daarna blijft grotendeels buiten het kader; je hoort schoten achter een schuur, je ziet een deur dichtgaan.",
    "Voor Nederlandse kijkers is de film extra pijnlijk. De Dutchbatters worden niet als schurken neergezet, maar als jongens die het niet aankunnen en als officieren die zich verschuilen achter procedures en uitblijvende luchtsteun. De scène waarin overste Karremans, hier alleen ‘de kolonel’, met een glas in de hand tegenover Mladić zit, is ontluisterend.",
    "Žbanić vertelt alles vanuit Aida, en dat is de kracht van de film. Haar wanhopige pogingen om haar gezin op de lijst van VN-personeel te krijgen, zijn het kloppend hart van het verhaal. Đuričić speelt dat met een concentratie die je bijblijft: elke blik, elk dichtslaand deurtje telt.",
    "Opvallend is hoe Žbanić de ruimte gebruikt. De enorme fabriekshal in Potočari, waar duizenden vluchtelingen op de betonvloer liggen, wordt een drukkende kooi. Buiten, in de hitte, wachten nog eens tienduizenden mensen. De camera blijft dicht op Aida, die zich tussen beide werelden heen en weer beweegt, met een VN-pasje om haar nek dat haar meer bescherming biedt dan haar eigen familie heeft.",
    "Ook de geluidsband verdient lof. Er is geen opzwepende muziek; wat we horen zijn generatoren, het geroezemoes van de menigte, een blaffende hond, motoren van bussen die de vrouwen wegbrengen. Juist die gewone geluiden maken de ontknoping zo onverdraaglijk.",
    "In Nederland leidde de val van Srebrenica in 2002 tot het aftreden van het tweede kabinet-Kok, na een rapport van het NIOD. De Hoge Raad oordeelde in 2019 dat de Staat voor een klein deel aansprakelijk is voor de dood van ruim driehonderd mannen die de compound werden uitgezet. Voor veel Dutchbat-veteranen is het een wond die nooit is geheeld. Sommigen van hen zagen de film al bij een voorvertoning en waren, zo vertelden ze na afloop, ‘stil’.",
    "Niet alles werkt. Het slot, jaren later, als Aida terugkeert naar haar oude flat waarin nu een Servisch gezin woont, voelt wat aangeplakt. En de Nederlandse acteurs spreken af en toe Engels waar Nederlands logischer was geweest.",
    "Toch is dit een film die iedereen in Nederland zou moeten zien. Niet om opnieuw de schuldvraag te stellen, die is in rapporten en rechtszalen al uitgebreid besproken, maar om te begrijpen wat het betekent als de wereld toekijkt.",
    "De film was genomineerd voor een Oscar en is vanaf donderdag te zien in de bioscoop.",
    "Quo Vadis, Aida? Regie: Jasmila Žbanić. Met: Jasna Đuričić, Izudin Bajrović, Johan Heldenbergh. Vier sterren.",
], [], "Film review about the 1995 Srebrenica massacre; historical, not coded."))

# 13 Groningen: fakkeloptocht tegen gaswinning
p = "2018-01-22"
s1 = "Ruim drieduizend mensen liepen zaterdagavond met fakkels door het centrum van Groningen om te protesteren tegen de gaswinning en de trage afhandeling van schade."
s2 = "De optocht, die begon op de Grote Markt en eindigde bij het provinciehuis, verliep volgens de politie rustig."
A(art(p, "Duizenden met fakkels door Stad: ‘Groningen is geen wingewest’", "Dagblad van het Noorden", [
    s1,
    "De aanleiding is de zware beving van twee weken geleden bij Zeerijp, met een kracht van 3,4 op de schaal van Richter. Sindsdien zijn bij het Centrum Veilig Wonen duizenden nieuwe schademeldingen binnengekomen.",
    s2 + " Veel deelnemers hadden zelfgemaakte borden bij zich met teksten als ‘Dichtdraaien die kraan’ en ‘Mijn huis scheurt, Den Haag slaapt’.",
    "‘Ik woon al veertig jaar in Loppersum. Mijn huis staat vol stutten en ik weet niet meer of ik er veilig slaap’, vertelde Hilde Bos (67), die met haar dochter was gekomen. ‘Dit is de eerste keer dat ik demonstreer. Maar nu is de maat vol.’",
    "Op de Grote Markt spraken onder anderen de voorzitter van de Groninger Bodem Beweging en de commissaris van de Koning, René Paas. ‘Groningen is geen wingewest’, zei Paas, wat hem een luid applaus opleverde.",
    "Minister Eric Wiebes van Economische Zaken heeft aangekondigd dat hij voor de zomer met een plan komt om de gaswinning verder terug te brengen. De organisatoren willen op 10 februari met bussen naar Den Haag om de druk op te voeren.",
    "Nam, dat het gas uit het Groningenveld wint, liet weten begrip te hebben voor de ‘zorgen en de boosheid’. Het bedrijf wijst erop dat het niet zelf over de hoogte van de winning beslist, maar dat het kabinet dat doet.",
], [ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Groningen", "Groningen",
       53.2194, 6.5665, 1, wd(p, "zaterdag"), evid=[s1, s2],
       note="Torchlight march against gas extraction in Groningen city on Saturday, peaceful. The Zeerijp earthquake is not an event type; the 10 February trip to The Hague is planned, not coded.")],
    "One peaceful protest coded; the planned protest in The Hague is future."))

# 14 Veluwe: militaire oefening
A(art("2023-09-26", "Tanks en helikopters: Veluwe twee weken decor van grote NAVO-oefening", "De Gelderlander", [
    "Wie de komende twee weken over de Veluwe fietst, kan pantservoertuigen en helikopters tegenkomen. Vanaf maandag oefenen ruim drieduizend Nederlandse en Duitse militairen in het gebied tussen Ede, Oldebroek en Harskamp.",
    "De oefening, met de naam ‘Falcon Autumn’, moet de gezamenlijke inzet van luchtmobiele en pantsereenheden trainen. Volgens Defensie wordt een scenario nagebootst waarin een NAVO-bondgenoot wordt aangevallen en troepen snel moeten worden verplaatst.",
    "Op het Artillerie Schietkamp bij Oldebroek wordt met scherp geschoten. Omwonenden kunnen vooral 's avonds dreunen horen. ‘Dat hoort erbij, we wonen naast een schietterrein’, zegt een bewoner van Wezep laconiek.",
    "Op sommige wegen geldt tijdelijk een snelheidsbeperking of wordt het verkeer begeleid door de Koninklijke Marechaussee. Defensie raadt automobilisten aan rekening te houden met vertraging rond Ede en Stroe.",
    "Het aantal grote oefeningen in Nederland is sinds de Russische inval in Oekraïne flink toegenomen. Het kabinet trok extra geld uit om de krijgsmacht sneller inzetbaar te maken.",
    "Niet iedereen is daar blij mee. Natuurorganisaties maken zich zorgen over de verstoring van wild in het broedseizoen van volgend jaar, wanneer een nog grotere oefening gepland staat. ‘De Veluwe is geen speeltuin’, zegt een woordvoerder van Natuurmonumenten. Defensie zegt in overleg met terreinbeheerders rekening te houden met kwetsbare gebieden.",
    "Voor belangstellenden houdt de 11e Luchtmobiele Brigade op zaterdag een open dag op de Oranjekazerne in Schaarsbergen, waar een deel van de voertuigen en helikopters van dichtbij te bekijken is.",
], [], "Military exercise; no event."))

# 15 Rechtszaak terreurverdachten
A(art("2020-06-30", "OM eist tot twintig jaar cel tegen verdachten van ‘grote aanslag’ in Nederland", "NRC", [
    "Het Openbaar Ministerie heeft dinsdag gevangenisstraffen van vier tot twintig jaar geëist tegen zeven mannen die in september 2018 werden opgepakt op verdenking van het voorbereiden van een grote terroristische aanslag.",
    "Volgens justitie wilden de mannen, die in Arnhem, Weert en Huizen werden aangehouden, met kalasjnikovs, handgranaten en bomvesten toeslaan op een evenement in Nederland. Daarnaast wilden zij een autobom laten ontploffen. De politie hield hen aan toen ze volgens het OM op het punt stonden wapens te kopen.",
    "De hoofdverdachte, een 34-jarige man uit Arnhem, zou de leider van de groep zijn. Hij had al eerder geprobeerd naar Syrië te reizen om zich bij Islamitische Staat aan te sluiten. ‘Hij was de motor achter dit plan’, zei de officier van justitie in de extra beveiligde rechtszaal in Schiphol, De Bunker genoemd.",
    "De verdediging zette vraagtekens bij de rol van de AIVD en de politie, die met een infiltrant werkten. Volgens de advocaten is een deel van het plan pas uitgewerkt nadat de infiltrant geld en hulp aanbood. ‘Mijn cliënt praatte groot, maar hij had nooit een aanslag gepleegd’, zei advocaat Maarten van Dijk.",
    "Het OM wijst dat van de hand. ‘Er lagen bestellijsten voor wapens, er werd geoefend in een bos bij Arnhem met een vuurwapen en er waren filmpjes waarin de verdachten trouw zwoeren aan IS.’",
    "Ook de andere verdachten riskeren jarenlange celstraffen. Tegen een van hen, die volgens het OM vooral hand-en-spandiensten verleende, werd vier jaar geëist.",
    "Nederland heeft sinds de oprichting van Islamitische Staat enkele tientallen terreurzaken gekend. De Nationaal Coördinator Terrorismebestrijding en Veiligheid houdt het dreigingsniveau op vier van de vijf, wat betekent dat de kans op een aanslag reëel is.",
    "Op de publieke tribune zaten familieleden van de verdachten. Een broer van de hoofdverdachte zei na afloop dat zijn familie ‘geschokt en beschaamd’ is. ‘Maar twintig jaar voor plannen die nooit zijn uitgevoerd, is niet rechtvaardig.’",
    "Terrorismedeskundigen wijzen erop dat de zaak past in een bredere trend. Sinds het ineenstorten van het kalifaat in Syrië en Irak zien inlichtingendiensten minder uitreizigers, maar meer mensen die plannen smeden om in eigen land toe te slaan. Vaak gaat het om kleine groepjes of eenlingen, die elkaar online vinden.",
    "Het onderzoek naar de groep begon na een tip van de AIVD in het voorjaar van 2018. Daarna werden de verdachten maandenlang afgeluisterd en gevolgd. Justitie heeft tientallen uren aan opnames in het dossier.",
    "De rechtbank doet op 27 juli uitspraak.",
], [], "Court case about arrests in September 2018; the arrests are backdrop, far outside the news horizon. Not coded."))
