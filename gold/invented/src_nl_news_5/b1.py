# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 schietpartij voor de voordeur, motief onbekend
P = "2024-05-21"
A(art(P, "Man neergeschoten voor zijn woning in Almere Buiten", "Omroep Flevoland", [
    "Een 38-jarige man is maandagavond in de wijk Molenbuurt in Almere Buiten voor de deur van zijn eigen woning neergeschoten. Hij werd met schotwonden in zijn been en buik naar het Flevoziekenhuis gebracht en is volgens de politie inmiddels buiten levensgevaar.",
    "Buurtbewoners hoorden rond half elf vier of vijf knallen kort na elkaar. 'Ik dacht eerst dat het vuurwerk was, maar toen hoorde ik iemand schreeuwen', vertelt een vrouw die drie huizen verderop woont. Volgens getuigen rende een man in een donker trainingspak na de schoten het fietspad achter de huizen op, waarna een scooter met hoge snelheid wegreed.",
    "De politie zette de straat tot diep in de nacht af en doorzocht met een hond de bosjes langs het spoor. Een huls werd op de stoep teruggevonden. Aanhoudingen zijn nog niet verricht.",
    "Het slachtoffer is bekend bij de politie, bevestigt een woordvoerder, maar over een mogelijk motief wil de politie niets kwijt. 'We kijken breed en sluiten niet uit dat hij het verkeerde doelwit was.' De recherche vraagt bewoners die een camera bij de voordeur hebben, de beelden van maandagavond te bekijken.",
    "Het is de tweede keer dit jaar dat er in Almere Buiten wordt geschoten. In februari werden kogels afgevuurd op een bedrijfspand aan de Bolderweg; ook die zaak is nog niet opgelost.",
], [], "Shooting of one man at his door with no stated motive; ordinary crime, not coded."))

# 2 vreedzame demonstratie tegen sluiting spoedeisende hulp
P = "2025-03-17"
A(art(P, "Duizenden in optocht door Heerlen voor behoud van spoedeisende hulp", "De Limburger", [
    "In Heerlen zijn zaterdagmiddag ruim tweeduizend mensen de straat op gegaan tegen de plannen om de spoedeisende hulp van het ziekenhuis in de stad 's nachts te sluiten. De stoet, met veel ouderen, gezinnen met kinderen en een fanfare uit Hoensbroek voorop, trok vanaf het Pancratiusplein door het centrum naar het stadhuis.",
    "Op borden en spandoeken stond onder meer 'Parkstad is geen tweederangsregio' en 'Aanrijtijd is levenstijd'. De organisatie, een actiecomité van huisartsen en bewoners, had op zo'n duizend deelnemers gerekend. 'Dat het er twee keer zoveel zijn, laat zien hoe diep dit zit', zei een van de initiatiefnemers bij het stadhuis, waar een petitie werd overhandigd aan de burgemeester.",
    "Volgens de politie verliep de mars zonder incidenten. Het verkeer in het centrum werd een paar uur omgeleid.",
    "Het ziekenhuis wil de spoedpost vanaf volgend jaar tussen elf uur 's avonds en acht uur 's ochtends dichtdoen, omdat er te weinig artsen en verpleegkundigen zijn om alle diensten te vullen. Patiënten zouden dan 's nachts naar Sittard-Geleen of Maastricht moeten. Bewoners van Kerkrade en Landgraaf vrezen dat een ambulance er dan veel te lang over doet.",
    "Al in november hielden bewoners een kleinere bijeenkomst voor het ziekenhuis. Het actiecomité wil volgende maand met bussen naar Den Haag, waar de Tweede Kamer over de spreiding van acute zorg debatteert.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Limburg", "Heerlen", 50.8882, 5.9795, 1, wd(P, "zaterdag"),
       evid=["In Heerlen zijn zaterdagmiddag ruim tweeduizend mensen de straat op gegaan tegen de plannen om de spoedeisende hulp van het ziekenhuis in de stad 's nachts te sluiten.", "Volgens de politie verliep de mars zonder incidenten."],
       note="Peaceful march on Saturday; the November gathering (old) and the planned trip to The Hague (future) are not coded."),
], "One peaceful march in Heerlen on Saturday; the earlier gathering and the announced trip to The Hague not coded."))

# 3 explosie bij woning, afpersing
P = "2024-02-13"
A(art(P, "Opnieuw explosie bij woning in Den Bosch: 'Dit is de derde keer'", "Brabants Dagblad", [
    "Bij een woning aan de Graafseweg in Den Bosch is in de nacht van zondag op maandag opnieuw een explosief afgegaan. De voordeur en het raam van de benedenwoning werden volledig weggeslagen; ook bij de buren sneuvelden ruiten. De bewoners, een stel met twee jonge kinderen, lagen boven te slapen en bleven ongedeerd.",
    "Het is al de derde keer sinds december dat het raak is op dit adres. De eerste twee keer ging het om een zwaar stuk vuurwerk dat tegen de deur werd gelegd. Deze keer was de klap volgens buurtbewoners veel harder. 'Mijn hele bed trilde', zegt een man van de overkant.",
    "De politie vermoedt dat de explosies te maken hebben met een conflict over geld tussen een familielid van de bewoners en een derde. 'Alles wijst op afpersing', zegt een woordvoerder. Een politiek of ander ideologisch motief wordt uitgesloten.",
    "Burgemeester Mikkers heeft de woning op grond van de Opiumwet niet gesloten, omdat er geen drugs zijn gevonden, maar laat het gezin tijdelijk elders onderbrengen. 'Het kan niet zo zijn dat buren elke nacht met angst gaan slapen', zei hij maandag. Het aantal explosies bij woningen in Den Bosch is vorig jaar verdubbeld tot 31.",
    "De Explosieven Opruimingsdienst heeft resten van het explosief meegenomen voor onderzoek. De politie vraagt getuigen zich te melden.",
], [], "Explosive at a house tied to an extortion dispute, political motive ruled out; ordinary crime, not coded."))

# 4 herdenking aanslag Joods Museum 2014
P = "2024-05-25"
A(art(P, "Tien jaar na aanslag op Joods Museum: 'De dreiging is nooit weggegaan'", "De Standaard", [
    "In de Brusselse Miniemenstraat hebben vrijdag enkele honderden mensen de vier slachtoffers herdacht van de aanslag op het Joods Museum van België, precies tien jaar geleden. Op 24 mei 2014 opende een man er het vuur in de inkomhal. Een Israëlisch koppel, een Franse vrijwilligster en een jonge Belgische medewerker kwamen om het leven.",
    "De herdenking begon met het voorlezen van de namen en een minuut stilte. Daarna legden vertegenwoordigers van de Joodse gemeenschap, de federale regering en het Brussels Gewest kransen neer bij de gedenkplaat naast de ingang. Vanaf de overkant van de straat volgden militairen en politie de plechtigheid.",
    "De dader, een Franse jihadist die eerder in Syrië had gevochten, werd in 2019 door het hof van assisen tot levenslang veroordeeld. Voor de Joodse gemeenschap in Brussel is de aanslag geen afgesloten hoofdstuk. 'Onze scholen en synagogen worden nog altijd bewaakt. Kinderen groeien op met soldaten voor de deur', zei de voorzitter van het coördinatiecomité van Joodse organisaties.",
    "Volgens het Coördinatieorgaan voor de dreigingsanalyse is de dreiging tegen Joodse doelwitten sinds vorig najaar opnieuw toegenomen. Het museum zelf is sinds de aanslag grondig verbouwd en krijgt volgend jaar een nieuwe vaste tentoonstelling.",
], [], "Commemoration of the 2014 Jewish Museum shooting; historical, not coded."))

# 5 sport met oorlogswoorden
P = "2024-10-07"
A(art(P, "Club Brugge trekt ten strijde en verovert Bosuil", "Het Nieuwsblad", [
    "Het was een veldslag, geen voetbalwedstrijd. Club Brugge heeft zondagavond op het veld van Antwerp met 1-3 gewonnen na negentig minuten waarin geen duel werd geschuwd en scheidsrechter De Smet acht gele kaarten uitdeelde. Met de zege neemt Club de leiding in de Jupiler Pro League over.",
    "Antwerp begon als een razende en bestookte het Brugse doel in het eerste kwartier met een bombardement van voorzetten. Toen de thuisploeg na twintig minuten op voorsprong kwam, leek de Bosuil te ontploffen. Maar Club sloeg koelbloedig terug: binnen tien minuten na rust lag de achterstand aan diggelen en was de wedstrijd gekanteld.",
    "Vooral de jonge middenvelder van Club was een sluipschutter. Zijn afstandsschot in de 71ste minuut verdween genadeloos in de kruising. 'We wisten dat we hier een oorlog moesten winnen', zei hij na afloop. 'Dan moet je soms ook pijn lijden.'",
    "Bij Antwerp heerste na afloop vooral frustratie. De trainer sprak van 'een nederlaag die hard aankomt' en verweet zijn ploeg dat ze na de gelijkmaker 'de wapens neerlegde'.",
    "Buiten het stadion bleef het rustig. De politie van Antwerpen had een grote ordedienst op de been gebracht, maar er werden geen incidenten gemeld. Uitsupporters waren niet toegelaten.",
], [], "Football match described with war words; calm outside, not coded."))

# 6 aanval op legerpost bij Téra, Niger
P = "2024-10-28"
A(art(P, "Zeker tien soldaten gedood bij aanval op legerpost in westen van Niger", "ANP", [
    "Bij een aanval op een legerpost nabij Téra, in het westen van Niger, zijn vrijdag zeker tien soldaten om het leven gekomen. Dat melden lokale bronnen en een medewerker van het ziekenhuis in de stad aan het Franse persbureau AFP.",
    "Tientallen zwaarbewapende mannen op motoren zouden de post aan de weg naar de grens met Burkina Faso rond het ochtendgloren van meerdere kanten hebben aangevallen. Volgens een bewoner duurden de gevechten ruim twee uur. Daarna trokken de aanvallers zich terug met buitgemaakte wapens en twee pick-ups van het leger.",
    "Het ministerie van Defensie in Niamey bevestigde de aanval zondagavond in een verklaring op de staatstelevisie. Daarin is sprake van twaalf gesneuvelde militairen, terwijl bij een tegenoffensief met steun van de luchtmacht 'tientallen terroristen zijn geneutraliseerd'. Islamitische Staat in de Sahel eiste de aanval zaterdag op via zijn propagandakanalen en sprak van dertig gedode soldaten.",
    "De regio Tillabéri, in het grensgebied met Mali en Burkina Faso, is al jaren het toneel van aanvallen door jihadistische groepen. In december vorig jaar kwamen bij een hinderlaag in hetzelfde gebied nog ruim twintig soldaten om. De militaire junta die in juli 2023 de macht greep, beloofde de veiligheid te herstellen, maar volgens onderzoekers is het aantal aanvallen sindsdien juist toegenomen.",
], [
    ev("Battles", "Armed clash", "Islamic State Sahel", 2, "Military Forces of Niger", 1, "Niger", "Tillaberi", "Tera", 14.0106, 0.7531, 2, wd(P, "vrijdag"),
       fat=10,
       claimed=[{"low": 12, "high": 12, "claimant": "Military Forces of Niger", "text": "twaalf gesneuvelde militairen"},
                {"low": 12, "high": None, "claimant": "Military Forces of Niger", "text": "tientallen terroristen"},
                {"low": 30, "high": 30, "claimant": "Islamic State Sahel", "text": "dertig gedode soldaten"}],
       evid=["Bij een aanval op een legerpost nabij Téra, in het westen van Niger, zijn vrijdag zeker tien soldaten om het leven gekomen.", "Islamitische Staat in de Sahel eiste de aanval zaterdag op via zijn propagandakanalen en sprak van dertig gedode soldaten."],
       note="Post near Téra (precision 2); local/hospital toll of ten taken; the ministry's 12 soldiers and 'tientallen terroristen' and IS Sahel's 30 are party claims. The counter-offensive is folded in (same place, day, sides)."),
], "One clash at an army post near Téra on Friday; last December's ambush is background, not coded."))

# 7 huiselijk geweld
P = "2024-07-16"
A(art(P, "Vrouw (41) doodgestoken in woning in Emmen, partner aangehouden", "Dagblad van het Noorden", [
    "In een rijtjeshuis in de Emmense wijk Bargeres is zondagavond een 41-jarige vrouw om het leven gebracht. Zij werd met meerdere steekwonden gevonden in de woonkamer. De politie heeft haar 44-jarige partner aangehouden, die zich kort na de steekpartij zelf bij het politiebureau aan de Noordbargerstraat meldde.",
    "Buren zagen rond negen uur agenten en ambulances de straat in rijden. 'Je wist meteen dat er iets ernstigs was gebeurd', zegt een buurman die er al twintig jaar woont. Hij kende het stel als 'rustige mensen', al hoorde hij de laatste maanden vaker ruzie door de muur.",
    "Volgens de politie was de hulpverlening al eerder bij het gezin betrokken. Veilig Thuis had in het voorjaar een melding gekregen van een familielid. Wat er met die melding is gedaan, wordt onderzocht. De twee kinderen van de vrouw, van twaalf en vijftien, waren op het moment van de steekpartij bij hun grootouders.",
    "De verdachte wordt dinsdag voorgeleid aan de rechter-commissaris in Assen. Hij wordt verdacht van doodslag.",
    "In Drenthe kwamen vorig jaar vier vrouwen om het leven door geweld van een (ex-)partner. Hulporganisaties pleiten al langer voor een landelijk actieplan tegen femicide. Op de stoep voor de woning legden buurtbewoners maandag bloemen en kaarsjes neer.",
], [], "Domestic killing; ordinary crime, not coded."))

# 8 aangekondigde boerenactie
P = "2024-04-03"
A(art(P, "Boeren willen volgende week met trekkers naar provinciehuis in Assen", "RTV Drenthe", [
    "Boeren uit Drenthe willen volgende week woensdag met honderden trekkers naar het provinciehuis in Assen rijden. Zij protesteren tegen de plannen van de provincie om rond kwetsbare natuurgebieden zoals het Dwingelderveld en het Fochteloërveen bufferzones in te stellen waar minder bemest mag worden.",
    "Dat heeft de regionale afdeling van Farmers Defence Force dinsdag aangekondigd. Volgens een woordvoerder gaat het om 'een laatste waarschuwing' aan het provinciebestuur. 'Als ze ons niet horen, komen we terug, en dan niet met honderd maar met duizend trekkers.'",
    "De gemeente Assen laat weten met de organisatie in gesprek te zijn over de route en de plek waar de trekkers kunnen staan. Trekkers op de snelweg worden niet toegestaan. Burgemeester Out wil voorkomen dat de binnenstad vastloopt, zoals bij eerdere acties in andere provincies gebeurde.",
    "Gedeputeerde Staten benadrukken dat er nog niets besloten is. Het plan ligt tot half mei ter inzage, daarna volgt een debat in Provinciale Staten. 'We begrijpen de zorgen en gaan graag met boeren in gesprek, maar het moet wel over de inhoud gaan', aldus de verantwoordelijk gedeputeerde.",
    "LTO Noord doet niet mee aan de actie, maar steunt de kritiek op het plan. De organisatie wil eerst een berekening van de gevolgen per bedrijf zien.",
], [], "Announced future tractor protest; not coded."))

# 9 blokkade vliegveld Eindhoven met aanhoudingen en vreedzame actie in Beek
P = "2024-06-10"
A(art(P, "Ruim zestig klimaatactivisten aangehouden bij blokkade vliegveld Eindhoven", "Eindhovens Dagblad", [
    "De politie heeft zaterdag bij Eindhoven Airport ruim zestig klimaatactivisten aangehouden die de toegangsweg naar de terminal blokkeerden. De actievoerders, die protesteren tegen de groei van de luchtvaart en tegen privéjets, gingen rond elf uur op de Luchthavenweg zitten en weigerden te vertrekken.",
    "Nadat de burgemeester het protest op de rijbaan had verboden en de activisten meerdere keren waren gesommeerd om naar een aangewezen demonstratievak te gaan, droeg de ME hen een voor een weg naar klaarstaande bussen. Volgens de politie verliep dat zonder geweld. Reizigers moesten een deel van de weg te voet afleggen; vertraging voor vluchten was er volgens de luchthaven nauwelijks.",
    "De aangehouden activisten werden naar een sporthal in Eindhoven gebracht en aan het eind van de middag weer vrijgelaten, de meesten met een boete.",
    "Dezelfde zaterdag hielden enkele tientallen mensen bij Maastricht Aachen Airport in Beek een demonstratie tegen de nachtvluchten met vrachtvliegtuigen. Die actie was aangemeld en verliep rustig; na een uur met toespraken en een spandoek langs de hekken gingen de demonstranten naar huis.",
    "De klimaatbeweging voert al maanden actie tegen de luchtvaart. Eerder dit voorjaar werd op Schiphol gedemonstreerd. Voor september is een nieuwe landelijke actiedag aangekondigd.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zaterdag"),
       evid=["De politie heeft zaterdag bij Eindhoven Airport ruim zestig klimaatactivisten aangehouden die de toegangsweg naar de terminal blokkeerden.", "Nadat de burgemeester het protest op de rijbaan had verboden en de activisten meerdere keren waren gesommeerd om naar een aangewezen demonstratievak te gaan, droeg de ME hen een voor een weg naar klaarstaande bussen."],
       note="Blockade ended by the riot police with 60+ arrests: one protest with intervention, the arrests folded in."),
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Limburg", "Beek", 50.9406, 5.7970, 1, wd(P, "zaterdag"),
       evid=["Dezelfde zaterdag hielden enkele tientallen mensen bij Maastricht Aachen Airport in Beek een demonstratie tegen de nachtvluchten met vrachtvliegtuigen."],
       note="Peaceful protest at the airport in Beek the same day; placed at Beek, not Maastricht."),
], "Two events on Saturday: the cleared blockade at Eindhoven and a peaceful protest at Beek; the Schiphol protest (undated, older) and September action day not coded."))

# 10 vliegtuigbom WOII
P = "2025-06-23"
A(art(P, "Honderden Nijmegenaren geëvacueerd voor bom uit Tweede Wereldoorlog", "De Gelderlander", [
    "Ruim achthonderd bewoners van de Nijmeegse wijk Bottendaal moesten zondag hun huis uit omdat de Explosieven Opruimingsdienst Defensie een vliegtuigbom uit de Tweede Wereldoorlog onschadelijk maakte. De bom van 500 pond was vorige week bij graafwerk voor een nieuwe rioolbuis onder de Van Broeckhuysenstraat gevonden.",
    "Om acht uur 's ochtends gingen agenten en boa's langs de deuren. Wie nergens heen kon, werd opgevangen in een sporthal aan de andere kant van het spoor. Ook het treinverkeer tussen Nijmegen en Arnhem lag een paar uur stil.",
    "De ontmanteling verliep volgens plan. De EOD slaagde erin het ontstekingsmechanisme te verwijderen, waarna de bom naar een terrein buiten de stad werd gebracht en daar gecontroleerd tot ontploffing werd gebracht. Rond half drie mochten de bewoners terug naar huis.",
    "Nijmegen werd op 22 februari 1944 getroffen door een vergissingsbombardement van Amerikaanse bommenwerpers, waarbij honderden inwoners om het leven kwamen. In de binnenstad en de wijken eromheen liggen volgens de gemeente nog steeds blindgangers in de grond. 'We vinden er een paar per jaar', zegt een woordvoerder. 'Elke keer is het weer een hele operatie.'",
    "Bewoners namen de evacuatie gelaten op. 'Je woont hier, dan weet je dat dit kan gebeuren', zei een vrouw met een kinderwagen bij de sporthal.",
], [], "Defusing of a WWII bomb with a historical bombing as background; not coded."))
