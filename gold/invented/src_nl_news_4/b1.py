# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 steekpartij, gewone misdaad
P = "2025-03-10"
A(art(P, "Man zwaargewond na steekpartij in Rotterdam-Zuid", "AD", [
    "Een 34-jarige man is zondagavond zwaargewond geraakt bij een steekpartij in een portiek aan de Pretorialaan in Rotterdam-Zuid. Buurtbewoners hoorden rond tien uur geschreeuw en zagen daarna twee mannen wegrennen in de richting van het Afrikaanderplein.",
    "Het slachtoffer werd met meerdere steekwonden in zijn rug en arm naar het Maasstad Ziekenhuis gebracht. Volgens de politie is hij buiten levensgevaar, maar hij moet nog zeker een week in het ziekenhuis blijven.",
    "Kort na middernacht hield de politie een 29-jarige man uit Barendrecht aan. Hij wordt verdacht van poging tot doodslag. Naar de tweede man wordt nog gezocht. De recherche gaat ervan uit dat de twee partijen elkaar kenden en dat een ruzie over geld uit de hand is gelopen.",
    "Bewoners van de portiek zijn geschrokken. 'Je hoort hier weleens wat, maar dit is echt te dichtbij', zegt een vrouw die op de tweede verdieping woont. De politie vraagt mensen met camerabeelden van de omgeving zich te melden.",
], [], "Personal violence over money; ordinary crime, not coded."))

# 2 vreedzame demonstratie zorgpersoneel Den Haag
P = "2025-03-10"
A(art(P, "Duizenden zorgmedewerkers op Malieveld tegen bezuinigingen", "NOS", [
    "Op het Malieveld in Den Haag hebben zaterdag duizenden zorgmedewerkers gedemonstreerd tegen de bezuinigingen op de langdurige zorg. Volgens de organisatie, vakbond FNV Zorg & Welzijn, waren er ruim achtduizend deelnemers; de politie spreekt van ongeveer vijfduizend.",
    "Verpleegkundigen, thuiszorgmedewerkers en verzorgenden uit het hele land kwamen met bussen naar de Hofstad. Op spandoeken stond onder meer 'Zorg is geen sluitpost' en 'Wie zorgt er straks voor u?'. Na toespraken van vakbondsbestuurders en een verpleegkundige uit Zwolle liep een deel van de betogers naar het ministerie van Volksgezondheid.",
    "De demonstratie verliep rustig, meldt de politie. Er werden geen aanhoudingen verricht.",
    "Het kabinet wil de komende vier jaar ruim een miljard euro minder uitgeven aan de langdurige zorg. Minister en vakbond spreken elkaar volgende week opnieuw. De FNV sluit acties in verpleeghuizen niet uit als het overleg niets oplevert.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Zuid-Holland", "Den Haag", 52.0799, 4.3113, 1, wd(P, "zaterdag"),
       evid=["Op het Malieveld in Den Haag hebben zaterdag duizenden zorgmedewerkers gedemonstreerd tegen de bezuinigingen op de langdurige zorg."],
       note="Peaceful march of care workers; possible future actions not coded."),
], "One peaceful protest in The Hague on Saturday; threatened actions in nursing homes not coded."))

# 3 plofkraak
P = "2024-11-18"
A(art(P, "Plofkraak op geldautomaat in Venlo, daders gevlucht", "De Limburger", [
    "Bij een plofkraak op een geldautomaat aan de Lomstraat in Venlo is in de nacht van zaterdag op zondag grote schade ontstaan. Omwonenden werden rond half vier wakker van een harde knal. De gevel van de supermarkt waarin de automaat zat, is zwaar beschadigd.",
    "Getuigen zagen twee mannen in donkere kleding in een auto met Belgisch kenteken stappen en wegrijden in de richting van de A73. De politie zette een achtervolging in, maar raakte de auto kwijt bij de grens.",
    "De Explosieven Opruimingsdienst onderzocht zondagochtend of er nog explosieven in het pand lagen. Bewoners van de appartementen boven de supermarkt mochten pas tegen de middag terug naar huis. Niemand raakte gewond.",
    "Het is al de derde plofkraak in Noord-Limburg dit jaar. Volgens de politie gaat het vaak om bendes die van automaat naar automaat trekken. Of er geld is buitgemaakt, is niet bekend.",
], [], "Ram raid on a cash machine: ordinary crime, not coded."))

# 4 rechtszaak oude brandstichting moskee
P = "2025-02-03"
A(art(P, "Twee jaar cel geëist voor brandstichting bij moskee in Ede", "De Gelderlander", [
    "Het Openbaar Ministerie heeft maandag twee jaar cel geëist tegen een 27-jarige man uit Veenendaal die in het voorjaar van 2023 brand stichtte bij een moskee in Ede. Volgens de officier van justitie handelde hij uit haat tegen moslims.",
    "De man goot in de nacht benzine tegen de voordeur van het gebedshuis en stak die aan. Een voorbijganger zag de vlammen en alarmeerde de brandweer, die het vuur snel kon blussen. Er waren op dat moment geen mensen in het gebouw.",
    "In de rechtszaal in Arnhem zei de verdachte dat hij spijt heeft. 'Ik was dronken en boos, ik weet niet wat me bezielde', verklaarde hij. Op zijn telefoon vond de politie echter berichten waarin hij zijn plan al dagen van tevoren aankondigde.",
    "Het bestuur van de moskee was bij de zitting aanwezig. Een woordvoerder zei dat de gemeenschap nog steeds angstig is. De rechtbank doet over twee weken uitspraak.",
], [], "Trial of a 2023 arson attack at a mosque; the attack is old background, not coded."))

# 5 Russische drone-aanval op Dnipro
P = "2024-10-07"
A(art(P, "Vier doden bij Russische drone-aanval op Dnipro", "Trouw", [
    "Bij een Russische aanval met drones op de Oekraïense stad Dnipro zijn zondag zeker vier burgers om het leven gekomen. Volgens de regionale hulpdiensten raakten nog negentien mensen gewond, onder wie twee kinderen.",
    "De drones troffen rond zes uur 's ochtends een flatgebouw van negen verdiepingen en een winkelcentrum in het oosten van de stad. Reddingswerkers zochten de hele dag in het puin naar overlevenden. Beelden op sociale media tonen een volledig ingestorte trappenhal.",
    "Rusland zegt alleen militaire doelen aan te vallen. Het Russische ministerie van Defensie meldde zondag dat 'infrastructuur van de Oekraïense strijdkrachten' was geraakt, maar noemde Dnipro niet.",
    "De Oekraïense luchtmacht zegt die nacht 47 van de 62 drones te hebben neergehaald. President Zelensky riep westerse landen opnieuw op meer luchtafweer te leveren. Sinds het begin van de oorlog zijn in de regio Dnipropetrovsk honderden burgers omgekomen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Dnipro", 48.4647, 35.0462, 1, wd(P, "zondag"),
       fat=4, inj=19,
       evid=["Bij een Russische aanval met drones op de Oekraïense stad Dnipro zijn zondag zeker vier burgers om het leven gekomen.", "Volgens de regionale hulpdiensten raakten nog negentien mensen gewond, onder wie twee kinderen."],
       note="Toll of the regional emergency services taken as neutral; nationwide drone counts and the region's war toll not coded."),
], "One drone strike on Dnipro on Sunday; aggregate tallies not coded."))

# 6 sport, Klassieker zonder rel
P = "2025-04-14"
A(art(P, "Feyenoord wint Klassieker, supporters rustig weggeleid", "Algemeen Dagblad", [
    "Feyenoord heeft zondag in De Kuip met 2-1 gewonnen van Ajax. De winnende treffer viel in de blessuretijd, toen een kopbal van de invaller via de paal binnenging. Het stadion ontplofte.",
    "Ajax kwam voor rust nog op voorsprong, maar zakte in de tweede helft volledig weg. Trainer en spelers waren na afloop teleurgesteld. 'We hebben het in de laatste minuut weggegeven', zei de aanvoerder.",
    "Zoals gebruikelijk waren er geen uitsupporters welkom. Rond het stadion was veel politie op de been. Volgens een woordvoerder van de politie Rotterdam verliep de dag rustig. Een handvol supporters werd na afloop aangesproken op het afsteken van vuurwerk op het parkeerterrein, maar tot aanhoudingen kwam het niet.",
    "Door de zege komt Feyenoord tot op drie punten van de tweede plaats. Volgende week speelt de ploeg uit tegen AZ.",
], [], "Football match; calm, no riot, not coded."))

# 7 drugsvangst Antwerpen
P = "2024-09-23"
A(art(P, "Douane onderschept 3,2 ton cocaïne in haven van Antwerpen", "Gazet van Antwerpen", [
    "De douane heeft vorige week in de haven van Antwerpen 3,2 ton cocaïne onderschept. De drugs zaten verstopt tussen een lading bananen in twee containers uit Ecuador. Het gaat om een van de grootste vangsten van dit jaar.",
    "Het parket van Antwerpen bevestigt dat er drie verdachten zijn opgepakt: twee havenarbeiders en een man uit Brasschaat die de containers zou hebben laten ophalen. Ze zijn aangehouden op verdenking van invoer en handel in verdovende middelen.",
    "De straatwaarde van de cocaïne wordt geschat op meer dan 200 miljoen euro. De partij wordt onder toezicht vernietigd.",
    "Burgemeester en haven pleiten al langer voor meer scanners en strengere controles op wie toegang heeft tot de terminals. Volgens de douane lukt het nog altijd maar een klein deel van de containers te controleren. 'Voor elke vangst gaat er veel meer ongezien door', zegt een woordvoerder.",
], [], "Drug seizure and arrests of smugglers: drug crime, not coded."))

# 8 ontruiming bezetting UvA en vreedzame bijeenkomst Utrecht
P = "2025-06-02"
A(art(P, "Politie ontruimt bezetting universiteit Amsterdam, 38 aanhoudingen", "Het Parool", [
    "De politie heeft donderdagavond een bezetting van het Maagdenhuis in Amsterdam beëindigd. Sinds woensdagmiddag hielden ruim honderd studenten en medewerkers het bestuursgebouw van de Universiteit van Amsterdam bezet uit protest tegen de bezuinigingen op het hoger onderwijs.",
    "Nadat de burgemeester een noodbevel had afgekondigd, droeg de ME de bezetters een voor een naar buiten. Daarbij werden 38 mensen aangehouden omdat ze weigerden te vertrekken. Volgens de politie werd er geen geweld gebruikt; de studenten spreken van 'hardhandig optreden'.",
    "In Utrecht hielden studenten dezelfde donderdag een stille wake op het Domplein uit solidariteit met de bezetters. Daar waren enkele honderden mensen. Die bijeenkomst verliep zonder incidenten.",
    "Het college van bestuur laat weten begrip te hebben voor de zorgen, maar een bezetting niet te accepteren. De studenten kondigen nieuwe acties aan.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Noord-Holland", "Amsterdam", 52.3676, 4.9041, 1, wd(P, "donderdag"),
       evid=["De politie heeft donderdagavond een bezetting van het Maagdenhuis in Amsterdam beëindigd.", "Daarbij werden 38 mensen aangehouden omdat ze weigerden te vertrekken."],
       note="Occupation since Wednesday coded on the day it was ended by the police (the intervention); the 38 arrests are part of it, not a separate event."),
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Utrecht", "Utrecht", 52.0907, 5.1214, 1, wd(P, "donderdag"),
       evid=["In Utrecht hielden studenten dezelfde donderdag een stille wake op het Domplein uit solidariteit met de bezetters."],
       note="Peaceful vigil in another city the same day."),
], "Two events: the ended occupation in Amsterdam and a vigil in Utrecht, both Thursday; announced actions not coded. Borderline: the occupation could also be dated Wednesday-Thursday."))

# 9 brand
P = "2025-02-03"
A(art(P, "Uitslaande brand verwoest bedrijfspand in Zwolle", "De Stentor", [
    "Een uitslaande brand heeft zaterdagnacht een bedrijfspand op het industrieterrein Voorst in Zwolle volledig verwoest. De brandweer schaalde op naar grote brand en was tot zondagochtend bezig met nablussen.",
    "In het pand zaten een autospuiterij en een opslag van een cateraar. Door de vrijgekomen rook kregen inwoners van de wijken Holtenbroek en Westenholte het advies ramen en deuren gesloten te houden. Er zijn geen gewonden gevallen.",
    "De oorzaak van de brand is nog onbekend. De politie doet onderzoek, maar gaat er vooralsnog niet van uit dat er opzet in het spel is. De eigenaar van de autospuiterij spreekt van 'een nachtmerrie'. 'Twintig jaar werk is in één nacht weg.'",
    "De gemeente Zwolle laat het asbest dat bij de brand vrijkwam de komende dagen opruimen. Een deel van de Hasselterweg blijft daarvoor afgesloten.",
], [], "Fire with unknown cause: not coded."))

# 10 politiek asiel
P = "2024-11-18"
A(art(P, "Kamer debatteert urenlang over strengere asielwetten", "de Volkskrant", [
    "De Tweede Kamer heeft donderdag tot diep in de nacht gedebatteerd over twee wetsvoorstellen die het asielbeleid moeten aanscherpen. De minister wil onder meer het tijdelijke verblijf verkorten en gezinshereniging beperken.",
    "De oppositie zette grote vraagtekens bij de uitvoerbaarheid. 'De IND heeft nu al achterstanden van meer dan een jaar', zei een Kamerlid van GroenLinks-PvdA. Ook de Raad van State was kritisch over de voorstellen. Coalitiepartijen hielden echter vast aan hun lijn.",
    "Een motie om de wetten eerst door onafhankelijke juristen te laten toetsen, haalde geen meerderheid. Over de wetsvoorstellen zelf wordt volgende week dinsdag gestemd.",
    "Gemeenten maken zich vooral zorgen over de opvang. In verschillende plaatsen slapen nog altijd mensen in sporthallen en op boten. De VNG vraagt het kabinet om snel met een oplossing te komen voor de aanmeldcentra.",
], [], "Parliamentary politics without any event; not coded."))

# 11 zelfmoordaanslag Mogadishu
P = "2024-09-23"
A(art(P, "Doden bij zelfmoordaanslag op markt in Mogadishu", "NOS", [
    "Bij een zelfmoordaanslag op een drukke markt in de Somalische hoofdstad Mogadishu zijn zaterdag zeker zeven mensen om het leven gekomen. Een man bracht rond het middaguur een bomgordel tot ontploffing tussen de kramen van de Bakaaramarkt, meldt het Medina-ziekenhuis, waar de slachtoffers naartoe werden gebracht.",
    "Ruim twintig mensen raakten gewond. Onder de doden zijn volgens het ziekenhuis twee marktkooplieden en een kind.",
    "De islamitische terreurbeweging Al Shabaab eiste de aanslag via een radiozender op. De groep zei dat het doelwit een groep militairen was die op de markt inkopen deed, en spreekt van vijftien gedode soldaten. De regering ontkent dat er militairen onder de slachtoffers zijn.",
    "Al Shabaab voert al jaren een opstand tegen de federale regering. Vorig jaar kwamen bij aanslagen in Mogadishu volgens de VN ruim honderd burgers om het leven.",
], [
    ev("Explosions/Remote violence", "Suicide bomb", "Al Shabaab", 2, "Civilians (Somalia)", 7, "Somalia", "Banadir", "Mogadishu", 2.0469, 45.3182, 1, wd(P, "zaterdag"),
       fat=7,
       evid=["Bij een zelfmoordaanslag op een drukke markt in de Somalische hoofdstad Mogadishu zijn zaterdag zeker zeven mensen om het leven gekomen.", "De islamitische terreurbeweging Al Shabaab eiste de aanslag via een radiozender op."],
       note="Hospital's toll of seven taken; Al Shabaab's fifteen soldiers is a claim that the government denies (not taken as fatalities); last year's UN tally not coded."),
], "One suicide bombing in Mogadishu on Saturday."))

# 12 herdenking 22 maart
P = "2025-03-24"
A(art(P, "Stille herdenking negen jaar na aanslagen in Brussel", "De Standaard", [
    "In Zaventem en in het metrostation Maalbeek zijn zaterdag de slachtoffers van de aanslagen van 22 maart 2016 herdacht. Bij de aanslagen op de luchthaven en in de metro kwamen toen 32 mensen om het leven en raakten honderden mensen gewond.",
    "De herdenking was dit jaar sober. Nabestaanden, overlevenden en hulpverleners legden bloemen neer bij het gedenkteken in de vertrekhal. In de metro werd om 9.11 uur, het tijdstip van de ontploffing, een minuut stilte gehouden.",
    "Verschillende overlevenden zeggen dat de erkenning nog altijd tekortschiet. 'Het proces is voorbij, maar voor ons is het nooit voorbij', zei de voorzitter van een slachtoffervereniging. Velen wachten nog op een vergoeding van verzekeraars.",
    "Ook de premier en de burgemeester van Brussel woonden de plechtigheid bij. Volgend jaar, bij de tiende verjaardag, komt er een grotere herdenking.",
], [], "Commemoration of the 2016 Brussels bombings; historical, not coded."))

# 13 aangekondigde staking
P = "2025-04-14"
A(art(P, "Vakbonden kondigen landelijke staking in het openbaar vervoer aan", "Trouw", [
    "De vakbonden FNV en CNV hebben maandag een landelijke staking in het streekvervoer aangekondigd. Op dinsdag 22 april rijden in grote delen van het land geen bussen, als het aan de bonden ligt.",
    "De bonden willen een hogere loonsverhoging en minder werkdruk voor buschauffeurs. Volgens hen zijn er zoveel vacatures dat chauffeurs structureel moeten overwerken. De werkgevers in het openbaar vervoer noemen de staking 'onnodig en schadelijk voor reizigers'.",
    "Ook wordt die dag een demonstratie gehouden bij het ministerie van Infrastructuur in Den Haag. De bonden verwachten daar duizenden chauffeurs.",
    "Reizigers wordt aangeraden rekening te houden met de staking. De treinen van NS rijden wel volgens de normale dienstregeling, maar het kan drukker worden op stations. Een rechter kan de staking nog verbieden als de werkgevers een kort geding aanspannen.",
], [], "Announced strike and protest in the future; not coded."))

# 14 ongeluk A2
P = "2024-10-07"
A(art(P, "Vrachtwagenchauffeur komt om bij ongeluk op A2 bij Weert", "De Limburger", [
    "Bij een ongeluk op de A2 bij Weert is zondagochtend een vrachtwagenchauffeur om het leven gekomen. Zijn vrachtwagen reed rond zes uur achter op een andere vrachtwagen die stilstond bij werkzaamheden.",
    "De chauffeur, een 52-jarige man uit Polen, raakte bekneld in zijn cabine. De brandweer moest hem uit het voertuig bevrijden, maar hij overleed ter plekke. De bestuurder van de andere vrachtwagen raakte lichtgewond.",
    "De A2 was in de richting van Eindhoven urenlang afgesloten. Er stond een lange file tot aan Roermond. Rijkswaterstaat moest ook het wegdek repareren, omdat er diesel was weggelopen.",
    "De politie onderzoekt hoe het ongeluk kon gebeuren. Volgens Rijkswaterstaat waren de werkzaamheden ruim van tevoren met borden aangegeven. Het is het tweede dodelijke ongeluk op dit stuk snelweg in korte tijd; in september kwam een motorrijder om bij Nederweert.",
], [], "Road accident: not coded."))

# 15 schietpartij Nieuw-West
P = "2025-02-03"
A(art(P, "Man doodgeschoten in auto in Amsterdam Nieuw-West", "Het Parool", [
    "In Amsterdam Nieuw-West is zaterdagavond een 31-jarige man doodgeschoten. Hij zat in zijn auto op een parkeerplaats aan de Osdorpplein-kant van de Meer en Vaart toen een schutter op hem afliep en meerdere keren schoot.",
    "Omstanders probeerden het slachtoffer te reanimeren, maar hij overleed ter plekke. De schutter vluchtte op een scooter, waar een tweede man op zat. Even later werd in de buurt een uitgebrande scooter gevonden.",
    "De politie is een groot onderzoek gestart. Het slachtoffer was bekend bij justitie. Over een motief doet de politie geen uitspraken. 'We sluiten niets uit', zegt een woordvoerder.",
    "Buurtbewoners reageren geschokt. Op de plek waar de auto stond, liggen zondag bloemen. Het stadsdeel zet de komende weken extra handhavers in en houdt woensdag een bijeenkomst voor bewoners die vragen hebben of zich onveilig voelen.",
], [], "Shooting of one man; motive unknown, treated as ordinary crime; not coded."))

# 16 rel Eritreeërs Rotterdam
P = "2025-05-13"
A(art(P, "Rellen bij bijeenkomst van Eritreeërs in Rotterdam", "Algemeen Dagblad", [
    "Bij een zaal aan de Bergweg in Rotterdam-Noord is het zaterdagmiddag uit de hand gelopen toen tegenstanders van het Eritrese regime een bijeenkomst van aanhangers wilden verstoren. Honderden mensen gooiden stenen, flessen en stukken hout naar de politie en naar elkaar.",
    "Ook werden twee auto's in brand gestoken. Zeven agenten raakten gewond. De ME zette honden en een waterwerper in en hield uiteindelijk 41 mensen aan.",
    "Burgemeester Aboutaleb sprak van 'een schandalige vertoning'. Hij had de bijeenkomst al beperkt tot de zaal, maar kon niet voorkomen dat groepen uit het hele land naar Rotterdam kwamen. Tot maandagochtend gold er een noodverordening in de wijk.",
    "Eerder kwam het ook in Den Haag en in andere Europese steden tot vergelijkbare rellen tussen aanhangers en tegenstanders van het regime in Asmara.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, "Police Forces of the Netherlands", 1, "Netherlands", "Zuid-Holland", "Rotterdam", 51.9225, 4.4792, 1, wd(P, "zaterdag"),
       inj=7,
       evid=["Bij een zaal aan de Bergweg in Rotterdam-Noord is het zaterdagmiddag uit de hand gelopen toen tegenstanders van het Eritrese regime een bijeenkomst van aanhangers wilden verstoren.", "Honderden mensen gooiden stenen, flessen en stukken hout naar de politie en naar elkaar.", "Zeven agenten raakten gewond."],
       note="Rioting opponents of the Eritrean regime against police (and supporters); one event; earlier riots in The Hague and abroad are background. Injured: seven police officers."),
], "One riot in Rotterdam on Saturday; the 41 arrests are part of the riot; older riots elsewhere not coded."))

# 17 economie Tata
P = "2024-11-18"
A(art(P, "Tata Steel schrapt honderden banen in IJmuiden", "NRC", [
    "Tata Steel Nederland schrapt de komende twee jaar ongeveer achthonderd banen in IJmuiden. Dat heeft het staalbedrijf maandag bekendgemaakt. Het gaat vooral om functies op kantoor en in de ondersteunende diensten.",
    "Volgens de directie is de ingreep nodig om het bedrijf financieel gezond te houden tijdens de dure overstap naar groen staal. De staalprijzen zijn laag, terwijl de kosten voor energie en CO2 hoog blijven.",
    "De vakbonden reageren woedend. 'Dit is een klap in het gezicht van de mensen die het bedrijf draaiende houden', zegt een bestuurder van de FNV. Ze willen snel om tafel om gedwongen ontslagen te voorkomen en sluiten acties niet uit.",
    "De gemeente Velsen maakt zich zorgen over de werkgelegenheid in de regio. Bij Tata Steel en toeleveranciers werken in totaal zo'n twintigduizend mensen.",
], [], "Business news with threatened actions; not coded."))

# 18 overval juwelier Hasselt
P = "2025-06-02"
A(art(P, "Gewapende overval op juwelier in Hasselt", "Het Belang van Limburg", [
    "Twee gemaskerde mannen hebben vrijdagochtend een juwelierszaak in de Hoogstraat in Hasselt overvallen. Ze bedreigden de eigenaar en een verkoopster met een vuurwapen en sloegen enkele vitrines kapot.",
    "De daders gingen er met horloges en juwelen vandoor. Volgens de eigenaar gaat het om een buit van tienduizenden euro's. De verkoopster werd licht gewond aan haar hand door rondvliegend glas.",
    "De mannen vluchtten te voet in de richting van de Grote Markt, waar vermoedelijk een auto klaarstond. De politie zette meteen een zoekactie op touw, ook met een helikopter, maar de daders zijn nog niet gevonden.",
    "Handelaars in het centrum zijn ongerust. Het is de tweede overval op een juwelier in Limburg in een maand tijd. Het parket van Limburg onderzoekt of er een verband is.",
], [], "Armed robbery: ordinary crime, not coded."))

# 19 luchtaanval Nyala
P = "2025-03-24"
A(art(P, "Luchtaanval op markt in Nyala eist tientallen levens", "de Volkskrant", [
    "Bij een luchtaanval op een markt in de Sudanese stad Nyala zijn woensdag zeker 23 mensen om het leven gekomen. Dat meldt een artsenorganisatie die in de stad een ziekenhuis steunt. Ten minste veertig mensen raakten gewond.",
    "Getuigen zeggen dat een gevechtsvliegtuig van het leger rond het middaguur twee bommen liet vallen op de veemarkt in het centrum. Nyala, de hoofdstad van de deelstaat Zuid-Darfur, is sinds eind 2023 in handen van de paramilitaire Rapid Support Forces (RSF).",
    "Het Sudanese leger ontkent burgers als doelwit te hebben gekozen en zegt een wapenopslag van de RSF te hebben geraakt. De RSF zelf spreekt van meer dan honderd doden.",
    "De oorlog tussen het leger en de RSF duurt inmiddels bijna twee jaar. Volgens de Verenigde Naties zijn meer dan twaalf miljoen Sudanezen op de vlucht.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Sudan", 1, "Civilians (Sudan)", 7, "Sudan", "South Darfur", "Nyala", 12.0489, 24.8807, 1, wd(P, "woensdag"),
       fat=23, inj=40,
       evid=["Bij een luchtaanval op een markt in de Sudanese stad Nyala zijn woensdag zeker 23 mensen om het leven gekomen.", "Getuigen zeggen dat een gevechtsvliegtuig van het leger rond het middaguur twee bommen liet vallen op de veemarkt in het centrum."],
       note="Doctors' organisation's toll of 23 taken as neutral; the RSF's 'more than a hundred' is a party claim, not taken; UN displacement tally not coded."),
], "One air strike on Nyala market on Wednesday."))

# 20 rechtszaak steekpartij
P = "2025-05-13"
A(art(P, "Twaalf jaar cel voor doodsteken van buurman in Tilburg", "Brabants Dagblad", [
    "De rechtbank in Breda heeft maandag een 45-jarige man uit Tilburg veroordeeld tot twaalf jaar cel voor het doodsteken van zijn buurman. De man stak zijn 58-jarige buurman in augustus vorig jaar neer na een jarenlange burenruzie over geluidsoverlast.",
    "Volgens de rechtbank handelde de man niet in een opwelling. Hij pakte een mes uit de keuken, liep naar de voordeur van zijn buurman en stak hem meerdere keren. Het slachtoffer overleed ter plekke aan zijn verwondingen.",
    "De verdediging had gepleit voor verminderde toerekeningsvatbaarheid, maar de rechtbank ging daar maar deels in mee. Naast de celstraf legde de rechter tbs met dwangverpleging op.",
    "De familie van het slachtoffer reageerde na afloop opgelucht. 'Het brengt hem niet terug, maar er is recht gedaan', zei zijn zoon. De veroordeelde heeft twee weken om in hoger beroep te gaan.",
], [], "Trial of an old neighbour killing: ordinary crime and old, not coded."))
