# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

NL = "Netherlands"
BE = "Belgium"
PNL = "Police Forces of the Netherlands"


# 21 Born: car plant loses order, unions announce actions (negative, business + future)
P = "2023-01-19"
A(art(P, "VDL Nedcar verliest order BMW: vakbonden dreigen met acties", "De Limburger", [
    "BORN - Autofabriek VDL Nedcar in Born verliest vanaf volgend jaar de productie van de Mini van BMW. Dat heeft het bedrijf woensdag aan het personeel laten weten. Bij de fabriek werken zo'n vijfduizend mensen, van wie een groot deel met een tijdelijk contract.",
    "Het nieuws sloeg in als een bom in de Westelijke Mijnstreek. 'Half Sittard-Geleen werkt daar of heeft er familie die er werkt', zegt wethouder Marij Pieters. 'Dit is een zware klap voor de hele regio.' De provincie Limburg heeft een crisisteam ingesteld.",
    "Volgens de directie zoekt het bedrijf 'met man en macht' naar nieuwe opdrachtgevers. 'We hebben hier een van de modernste fabrieken van Europa staan. Die gaat niet zomaar dicht', zegt een woordvoerder. Hij wil niet zeggen hoeveel banen er op de tocht staan.",
    "FNV Metaal eist een sociaal plan en garanties voor de vaste medewerkers. 'Als de directie niet snel met duidelijkheid komt, gaan we actievoeren', zegt bestuurder Ron Tijssen. De bond sluit een staking en een manifestatie bij de fabriekspoort niet uit en houdt volgende week een ledenraadpleging.",
    "Het is niet de eerste keer dat de fabriek in zwaar weer zit. In 2012 stond de toenmalige NedCar op het punt te sluiten toen Mitsubishi vertrok, waarna VDL het bedrijf overnam.",
], [], "Business news: loss of an order; the union's possible strike and rally are future; 2012 is history. Nothing coded."))

# 22 Limburg: two terror suspects arrested in Weert and Roermond (2 events)
P = "2019-10-11"
s22a = "De politie heeft donderdag in Weert en Roermond twee mannen aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid."
s22b = "In Weert viel een arrestatieteam rond 06.00 uur een woning in de wijk Moesel binnen, waar een 23-jarige man werd opgepakt."
s22c = "Zijn 27-jarige medeverdachte werd kort daarna in een flat in Roermond van zijn bed gelicht."
A(art(P, "Twee terreurverdachten opgepakt in Weert en Roermond", "De Limburger", [
    "WEERT - " + s22a + " Dat meldt het Openbaar Ministerie vrijdag.",
    s22b + " " + s22c + " Beide woningen werden doorzocht; daarbij werden onder meer telefoons, laptops en een machete in beslag genomen.",
    "Volgens het OM hadden de mannen een jihadistisch motief. Zij zouden in chatgroepen hebben gesproken over een aanslag op 'een drukke plek' in Nederland en hebben geprobeerd aan een vuurwapen te komen. Een concreet doelwit is volgens justitie nog niet bekend.",
    "Buurtbewoners in Moesel reageren geschrokken. 'Je ziet hem weleens met de hond lopen. Heel normale jongen, dacht ik', zegt een buurman. De verdachten worden vandaag voorgeleid aan de rechter-commissaris in Rotterdam, waar terreurzaken landelijk worden behandeld.",
    "Het dreigingsniveau in Nederland staat al jaren op 4 op een schaal van 5. Dat betekent dat de kans op een aanslag 'reëel' is, aldus de Nationaal Coördinator Terrorismebestrijding en Veiligheid.",
], [
    ev("Strategic developments", "Arrests", PNL, 1, "Civilians (Netherlands)", 7, NL, "Limburg", "Weert", 51.2517, 5.7061, 1, wd(P, "donderdag"),
       evid=[s22a, s22b],
       note="Arrest of a terror suspect (jihadist motive) in Weert on Thursday. No group is named, so actor2 Civilians (Netherlands) (borderline naming)."),
    ev("Strategic developments", "Arrests", PNL, 1, "Civilians (Netherlands)", 7, NL, "Limburg", "Roermond", 51.1942, 5.9875, 1, wd(P, "donderdag"),
       evid=[s22a, s22c],
       note="Arrest of the second terror suspect in Roermond the same day: another place, so another event (borderline: could be read as one operation)."),
], "Two arrests of terror suspects on Thursday, Weert and Roermond. Tonight's court appearance is procedure and the threat level is a standing statistic: not coded."))

# 23 Urk: prison sentences for rioters who burned the test site (negative, trial about old riot)
P = "2021-06-24"
A(art(P, "Celstraffen voor Urkers die teststraat in brand staken", "Omroep Flevoland", [
    "LELYSTAD - De rechtbank in Lelystad heeft donderdag vier jonge Urkers veroordeeld tot celstraffen van zes tot twaalf maanden voor hun rol bij de rellen op Urk in januari. Zij waren betrokken bij het in brand steken van de coronateststraat van de GGD aan het begin van de avondklok.",
    "Op 23 januari trokken honderden jongeren na het ingaan van de avondklok naar de teststraat bij de haven. Het gebouwtje werd met vuurwerk bekogeld, opengebroken en uiteindelijk in brand gestoken. De ME moest eraan te pas komen om de orde te herstellen.",
    "'U heeft meegedaan aan iets dat het hele land heeft geschokt', zei de rechter tegen een 19-jarige verdachte, die tegen de teststraat trapte en brandende pallets naar binnen gooide. Hij kreeg de zwaarste straf. De verdachte zei spijt te hebben. 'Ik liep mee met de groep. Ik dacht niet na.'",
    "Twee andere verdachten moeten naast een celstraf een schadevergoeding van ruim 20.000 euro aan de GGD betalen. De advocaten overwegen in hoger beroep te gaan.",
    "Burgemeester Cees van den Bos van Urk liet weten dat hij 'blij is dat er recht is gedaan'. De gemeente heeft sindsdien met jongerenwerk geprobeerd de relatie met de jeugd te verbeteren.",
], [], "Court case about the January riot on Urk: the riot is the backdrop of a trial, months old. Nothing coded."))

# 24 Kerkrade: report on New Year's riots (negative, inquiry)
P = "2018-05-30"
A(art(P, "Rapport over onrustige jaarwisseling Kerkrade: 'Politie schaalde te laat op'", "De Limburger", [
    "KERKRADE - De politie heeft tijdens de jaarwisseling in Kerkrade-West te laat extra agenten ingezet. Daardoor konden relschoppers urenlang vrij spel hebben. Dat staat in een onderzoeksrapport dat de gemeente woensdag heeft gepresenteerd.",
    "Tijdens de nieuwjaarsnacht werden in de wijk Chevremont agenten en brandweerlieden met vuurwerk bekogeld, gingen vijf auto's in vlammen op en werd een bushokje opgeblazen. Zes mensen werden toen aangehouden. Het onderzoeksbureau sprak voor het rapport met tientallen bewoners, agenten en hulpverleners.",
    "'Er waren signalen dat het onrustig zou worden, maar die zijn onvoldoende opgepakt', zegt onderzoeker Monique Janssen. Ook de samenwerking tussen gemeente, politie en jongerenwerk liet te wensen over. Het rapport noemt vijftien aanbevelingen, waaronder cameratoezicht en een vuurwerkvrije zone rond het winkelcentrum.",
    "Burgemeester Jos Som zegt de aanbevelingen over te nemen. 'Dit mag nooit meer gebeuren. Bewoners waren die nacht bang in hun eigen wijk.' De politie laat weten de conclusies te herkennen en de inzet voor de komende jaarwisseling 'fors' te zullen aanpassen.",
    "Het rapport kostte de gemeente ruim 40.000 euro. Oppositiepartijen in de gemeenteraad willen in juni een debat over de conclusies. 'Bewoners hebben maanden op antwoorden moeten wachten', zegt een raadslid.",
], [], "Inquiry report about the New Year's riot five months earlier: old backdrop without its own news time; the planned measures are future. Nothing coded."))

# 25 Groningen: VVD office vandalised over gas extraction (1 event, weekend range)
P = "2018-02-12"
s25a = "Het kantoor van de VVD aan de Oosterstraat in Groningen is in het weekend beklad en vernield."
s25b = "Onbekenden gooiden twee ruiten in en spoten met rode verf de teksten 'Gas = bloed' en 'Den Haag luistert niet' op de gevel."
A(art(P, "Partijkantoor VVD in Groningen beklad: 'Gas = bloed'", "Dagblad van het Noorden", [
    "GRONINGEN - " + s25a + " " + s25b,
    "Een voorbijganger zag de schade zondagochtend en waarschuwde de politie. Die onderzoekt camerabeelden uit de omgeving. Er is nog niemand aangehouden en de daders hebben zich niet gemeld.",
    "De Groningse VVD-fractievoorzitter noemt de vernieling 'laf en onacceptabel'. 'Ik begrijp de boosheid over de gaswinning heel goed, ik voel die zelf ook. Maar zo los je niets op.' Het kantoor is maandag weer open; de ramen zijn dichtgetimmerd.",
    "De emoties over de gaswinning lopen in de provincie hoog op sinds de zware aardbeving bij Zeerijp van begin januari. Op 20 januari liepen nog duizenden mensen mee in een fakkeltocht door de binnenstad van Groningen. Minister Eric Wiebes van Economische Zaken komt volgende week met een besluit over de gaswinning.",
    "Het Groninger Gasberaad veroordeelt de actie. 'Wij strijden met woorden, niet met verf en stenen', aldus een woordvoerder.",
], [
    ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Netherlands)", 3, None, None, NL, "Groningen", "Groningen", 53.2194, 6.5665, 1, "2018-02-10", "2018-02-11", tp=2,
       evid=[s25a, s25b],
       note="Politically motivated vandalism of the VVD office by unknown perpetrators 'in het weekend' (damage seen Sunday morning): a range Saturday-Sunday, time_precision 2. Actor naming borderline (unknown vandals coded as unidentified group)."),
], "One event: the weekend vandalism. The torch march of 20 January (three weeks old) and the Zeerijp earthquake are background; the minister's decision is future. Not coded."))

# 26 Zaventem: commemoration of the 2016 attacks (negative)
P = "2019-03-22"
A(art(P, "Zaventem herdenkt slachtoffers van aanslagen: 'De pijn gaat niet weg'", "Het Nieuwsblad", [
    "ZAVENTEM - Drie jaar na de aanslagen op de luchthaven van Zaventem en in het metrostation Maelbeek zijn vrijdagochtend de slachtoffers herdacht. Om 07.58 uur, het moment van de eerste explosie in de vertrekhal, werd een minuut stilte gehouden.",
    "Aan de plechtigheid bij het monument 'Wounded Together' in het Woluwepark namen koning Filip, koningin Mathilde en premier Charles Michel deel. Ook bij de luchthaven legden medewerkers en nabestaanden bloemen neer. Bij de aanslagen van 22 maart 2016 kwamen 32 mensen om het leven, honderden raakten gewond.",
    "'De pijn gaat niet weg, je leert er alleen mee leven', zegt Sandrine Dewolf, die in de vertrekhal zwaargewond raakte. Veel slachtoffers klagen nog altijd over de trage afhandeling van hun schadevergoeding door verzekeraars.",
    "Het proces tegen de vermoedelijke daders moet nog beginnen. Het federaal parket verwacht dat het assisenproces niet voor 2021 van start gaat. Door het grote aantal burgerlijke partijen wordt een speciale rechtszaal ingericht in het voormalige NAVO-gebouw in Evere.",
    "Op de luchthaven herinnert een gedenkplaat in de vertrekhal aan de slachtoffers. Brussels Airport legde de hele ochtend een gedenkboek open waarin reizigers een boodschap konden schrijven.",
], [], "Commemoration of the March 2016 attacks, three years old; the trial is future. Nothing coded."))

# 27 Den Bosch: farmers announce tractor action at the provinciehuis next week (negative, future)
P = "2019-12-11"
A(art(P, "Boeren komen volgende week met trekkers naar provinciehuis in Den Bosch", "Omroep Brabant", [
    "DEN BOSCH - Brabantse boeren willen volgende week woensdag met honderden trekkers naar het provinciehuis in Den Bosch rijden. Zij protesteren tegen de stikstofregels van de provincie, die volgens hen bedrijven op slot zetten.",
    "Dat maakt actiegroep Farmers Defence Force bekend. 'We hebben het geprobeerd met praten, nu gaan we laten zien hoeveel we zijn', zegt een woordvoerder. De boeren willen om 10.00 uur op het terrein aan de Brabantlaan staan.",
    "De gemeente en de politie zijn in overleg met de organisatie over de route en het aantal trekkers. Burgemeester Jack Mikkers zegt dat demonstreren een grondrecht is, maar dat hij 'geen chaos zoals in Den Haag' wil. Mogelijk worden trekkers geweerd uit de binnenstad.",
    "De provincie laat weten de boeren te woord te zullen staan. 'We begrijpen de zorgen, maar we moeten ook de natuur beschermen', zegt gedeputeerde Anne-Marie Spierings.",
    "Eerder dit najaar trokken boeren al meerdere keren naar Den Haag en naar provinciehuizen in het hele land. Veel automobilisten stonden daardoor urenlang in de file.",
    "Supermarkten maken zich zorgen. 'We hopen dat de boeren de distributiecentra deze keer met rust laten', zegt een woordvoerder van brancheorganisatie CBL.",
], [], "Announced tractor protest next week: future, not coded. Earlier protests this autumn have no place and day of their own: background."))

# 28 Hoogeveen: residents demonstrate at the town hall against pool closure (1 event)
P = "2019-11-21"
s28a = "Ruim tweehonderd inwoners van Hoogeveen hebben woensdagavond voor het raadhuis gedemonstreerd tegen de geplande sluiting van het zwembad in de wijk Krakeel."
A(art(P, "Tweehonderd demonstranten bij raadhuis: 'Handen af van ons zwembad'", "RTV Drenthe", [
    "HOOGEVEEN - " + s28a + " Binnen debatteerde de gemeenteraad over een bezuinigingspakket van vier miljoen euro.",
    "De demonstranten, onder wie veel ouders met kinderen en leden van de zwemvereniging, hadden spandoeken meegenomen met teksten als 'Handen af van ons zwembad' en 'Eerst leren zwemmen, dan bezuinigen'. Een groep kinderen in badjas deelde flyers uit aan raadsleden die naar binnen liepen. De actie verliep rustig.",
    "'Waar moeten onze kinderen straks zwemles krijgen? Het dichtstbijzijnde bad is twintig kilometer verderop', zegt moeder Ingrid Bakker. Een petitie met ruim zesduizend handtekeningen werd aangeboden aan de voorzitter van de raad.",
    "Het college wil het zwembad in 2021 sluiten om jaarlijks vier ton te besparen. Wethouder Gert Mulder zegt dat de keuze 'pijnlijk maar onvermijdelijk' is. Een meerderheid van de raad lijkt echter te twijfelen. De stemming over de begroting is volgende week donderdag.",
    "De zwemvereniging, met ruim vierhonderd leden, vreest voor haar voortbestaan. 'Zonder bad in Hoogeveen zijn wij er over twee jaar niet meer', zegt voorzitter Jan Koops. Hij kondigt aan dat de vereniging bij de begrotingsvergadering opnieuw van zich zal laten horen.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Drenthe", "Hoogeveen", 52.7226, 6.4757, 1, wd(P, "woensdag"),
       evid=[s28a],
       note="Peaceful demonstration of about 200 residents at the town hall on Wednesday evening against the pool closure."),
], "One event: Wednesday's demonstration at the town hall. The council vote next week is future: not coded."))

# 29 Limburg: bus strike at Arriva called off (negative)
P = "2022-06-08"
A(art(P, "Staking bij Arriva in Limburg afgeblazen: bussen rijden donderdag gewoon", "De Limburger", [
    "MAASTRICHT - De staking van buschauffeurs van Arriva in Limburg, die voor donderdag was aangekondigd, gaat niet door. De vakbonden en de werkgevers hebben woensdagochtend na een lange nacht van onderhandelen een akkoord bereikt over een nieuwe cao.",
    "De chauffeurs krijgen er volgend jaar 5 procent loon bij en meer pauzes op lange diensten. Ook komt er een regeling waardoor oudere chauffeurs minder vroege diensten hoeven te draaien. 'Dit is een mooi resultaat voor de mensen op de bus', zegt bestuurder Ramon Vossen van FNV Streekvervoer.",
    "De bonden hadden gedreigd met een staking van 24 uur, waarbij ook een manifestatie bij het busstation in Maastricht gepland was. Die gaat nu eveneens niet door. Reizigers die al andere plannen hadden gemaakt, kunnen donderdag gewoon met de bus.",
    "De leden moeten nog wel instemmen met het akkoord. De bonden verwachten dat dat geen probleem zal zijn. Arriva laat weten blij te zijn dat de reiziger niet de dupe wordt. 'We hebben goed naar de chauffeurs geluisterd', aldus een woordvoerder.",
    "Het was de eerste keer in tien jaar dat buschauffeurs in Limburg met een staking dreigden. In andere provincies werden eerder dit jaar wel regionale stakingen gehouden.",
], [], "Strike and rally called off before taking place: announced, future events that did not happen. Nothing coded."))

# 30 Antwerp: police annual figures (negative, statistics)
P = "2020-03-05"
A(art(P, "Politie Antwerpen: meer geweld tegen agenten, minder inbraken", "Gazet van Antwerpen", [
    "ANTWERPEN - Het aantal Antwerpse agenten dat tijdens hun werk werd aangevallen, is vorig jaar gestegen. Dat blijkt uit de jaarcijfers die de politiezone Antwerpen donderdag heeft voorgesteld. In 2019 werden 412 agenten slachtoffer van fysiek geweld, tegenover 367 een jaar eerder.",
    "'Het gaat vaak om agenten die worden geslagen of geschopt bij een gewone controle', zegt korpschef Serge Muyters. 'Ook bij betogingen en voetbalwedstrijden komt het steeds vaker tot geweld.' De politie begeleidde vorig jaar 386 betogingen in de stad, het hoogste aantal ooit.",
    "Er zijn ook lichtpunten. Het aantal woninginbraken daalde met 14 procent en het aantal diefstallen uit auto's met een vijfde. Volgens de politie werpt de inzet van extra camera's en nummerplaatherkenning vruchten af.",
    "De drugsgerelateerde criminaliteit blijft wel een zorg. Vorig jaar werden in de stad 29 explosies en beschietingen van woningen geregistreerd die met het drugsmilieu te maken hebben. Burgemeester Bart De Wever wil daarom meer speurders inzetten en vraagt de federale regering om extra middelen voor de haven.",
    "Het aantal verkeersdoden in de stad daalde van veertien naar negen. Wel blijft het aantal ongevallen met fietsers hoog, aldus de politie.",
], [], "Annual police statistics (attacks on officers, 386 demonstrations, 29 explosions): aggregates without place and day. Nothing coded."))

# 31 Deventer: alderman struck on the market over the corona pass (1 event)
P = "2021-10-04"
s31a = "Wethouder Jan Ooms van Deventer is zaterdagochtend op de markt op de Brink aangevallen door een man die hem uitschold vanwege het coronatoegangsbewijs."
s31b = "De man gaf de wethouder een klap in het gezicht, waardoor die een bloedneus opliep."
A(art(P, "Wethouder Deventer aangevallen op markt: 'Jij bent een van die dictators'", "De Stentor", [
    "DEVENTER - " + s31a + " Omstanders grepen in en hielden de man vast tot de politie kwam.",
    s31b + " 'Hij riep dat ik een dictator was en dat we mensen met de coronapas tot tweederangs burgers maken', vertelt Ooms. 'Ik stond gewoon kaas te kopen.' Hij werd ter plekke door een ambulancemedewerker nagekeken en kon daarna naar huis.",
    "De politie heeft een 52-jarige man uit Deventer aangehouden. Hij zit vast voor mishandeling. Volgens de politie is hij eerder opgevallen met dreigende berichten over de coronamaatregelen op sociale media.",
    "Burgemeester Ron König spreekt van een 'verwerpelijke' daad. 'Politici moeten zich vrij over straat kunnen bewegen. Wie het oneens is, kan de raad inspreken of demonstreren.' Uit een landelijke enquête bleek eerder dit jaar dat ruim de helft van de lokale politici weleens is bedreigd of geïntimideerd.",
    "Ooms laat weten gewoon door te gaan met zijn werk. 'Maar ik kijk voortaan wel twee keer om me heen op de markt.'",
], [
    ev("Violence against civilians", "Attack", "Sole Perpetrator (Netherlands)", 3, "Civilians (Netherlands)", 7, NL, "Overijssel", "Deventer", 52.2550, 6.1639, 1, wd(P, "zaterdag"),
       inj=1, evid=[s31a, s31b],
       note="Assault on an alderman on the market on Saturday by a man shouting about the corona pass: political motive, so coded (borderline against personal violence); one injured. The arrest of the lone assailant is part of this event, not coded apart."),
], "One event: the Saturday attack on the alderman. The national survey of threatened politicians is a statistic: not coded."))

# 32 Den Helder: man arrested for threatening mayor online (negative, threat)
P = "2022-08-17"
A(art(P, "Man (34) aangehouden voor bedreigen burgemeester Den Helder via Facebook", "Noordhollands Dagblad", [
    "DEN HELDER - De politie heeft dinsdag een 34-jarige man uit Den Helder aangehouden die de burgemeester van de stad via Facebook zou hebben bedreigd. Hij schreef onder een bericht over de opvang van asielzoekers dat de burgemeester 'een kogel verdient'.",
    "Medewerkers van de gemeente zagen het bericht maandagavond en deden direct aangifte. De man werd een dag later thuis opgepakt. Hij heeft inmiddels verklaard dat hij 'boos was' en het 'niet zo bedoelde'. Het Openbaar Ministerie wil hem snel voor de politierechter brengen.",
    "De burgemeester laat via een woordvoerder weten dat hij zich niet laat intimideren. 'Kritiek is prima, maar hier gaat een grens over.' Er zijn geen extra beveiligingsmaatregelen genomen.",
    "Bedreigingen van lokale bestuurders nemen volgens het ministerie van Binnenlandse Zaken toe. Vooral rond de opvang van asielzoekers en de coronamaatregelen kregen burgemeesters de afgelopen jaren te maken met scheldpartijen, dreigbrieven en soms ook demonstraties bij hun woning. Het Openbaar Ministerie heeft afgesproken zulke zaken met voorrang te behandelen.",
    "In Noord-Holland werden vorig jaar meer dan veertig zaken van bedreiging van bestuurders aangemeld bij het OM, een groot deel via sociale media.",
], [], "Online threat against a mayor and the arrest of one ordinary person for it: a threat, and not an arrest of a militant or political figure; not coded (borderline only in motive). The national trend is background."))

# 33 Almelo: council debate on asylum centre (negative)
P = "2016-02-03"
A(art(P, "Lange en emotionele avond in Almelose raad over azc", "Tubantia", [
    "ALMELO - De gemeenteraad van Almelo heeft dinsdagavond urenlang gedebatteerd over de komst van een asielzoekerscentrum voor achthonderd mensen aan de rand van de wijk Nieuwstraatkwartier. Een besluit viel nog niet: de stemming is over twee weken.",
    "De publieke tribune zat vol. Zeventien insprekers kregen het woord, van wie de meesten tegen de plannen waren. 'Ik ben niet tegen vluchtelingen, maar achthonderd is gewoon te veel voor onze wijk', zei een buurtbewoner. Een vrouw die als vrijwilliger taallessen geeft, kreeg applaus toen ze de raad opriep 'een warm welkom' te bieden.",
    "De emoties liepen soms hoog op. Toen een wethouder zei dat de opvang 'een kans' was, klonk er gejoel op de tribune en moest de voorzitter tot stilte manen. De politie was uit voorzorg met enkele agenten aanwezig, maar greep niet in.",
    "Burgemeester Arjen Gerritsen benadrukte na afloop dat het debat 'fel maar fatsoenlijk' was verlopen. 'Ik ben blij dat het hier anders is gegaan dan in sommige andere gemeenten.' Het COA wil uiterlijk in de zomer beginnen met de opvang.",
    "Voorafgaand aan de vergadering had de gemeente drie informatieavonden in buurthuizen georganiseerd, waar in totaal ruim duizend inwoners op af kwamen.",
], [], "Heated council debate with jeering on the public gallery: not a public demonstration and no violence; the vote is future. Nothing coded."))

# 34 Amsterdam: pro-Palestinian march from the Dam (1 event)
P = "2023-10-15"
s34a = "Duizenden mensen zijn zaterdagmiddag vanaf de Dam door het centrum van Amsterdam gelopen uit solidariteit met de Palestijnen in Gaza."
A(art(P, "Duizenden lopen mee in pro-Palestijnse mars door Amsterdam", "AT5", [
    "AMSTERDAM - " + s34a + " De demonstranten riepen op tot een staakt-het-vuren en tot het openen van de grens voor hulpgoederen.",
    "De mars vertrok rond 14.00 uur en trok via het Rokin en de Vijzelstraat naar het Museumplein. Veel deelnemers droegen Palestijnse vlaggen en keffiyehs; op borden stonden teksten als 'Stop de bombardementen' en 'Vrijheid voor Palestina'. Er liepen ook kinderen mee.",
    "'Ik heb familie in Gaza en weet al dagen niet of ze nog leven', zegt een vrouw uit Amsterdam-West met tranen in haar ogen. 'Ik wil dat de wereld ziet dat wij hier ook rouwen.'",
    "De politie spreekt van een rustige demonstratie. Er werden geen aanhoudingen verricht. Wel waren er extra agenten op de been bij synagogen en Joodse scholen langs de route. Burgemeester Femke Halsema had vooraf gewaarschuwd dat uitingen die oproepen tot geweld niet worden getolereerd.",
    "Het Centraal Joods Overleg laat weten dat veel Joodse Amsterdammers zich zorgen maken over hun veiligheid. Joodse instellingen in de stad worden extra bewaakt.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Noord-Holland", "Amsterdam", 52.3731, 4.8926, 1, wd(P, "zaterdag"),
       evid=[s34a],
       note="Pro-Palestinian march from the Dam on Saturday afternoon; the police call it calm, no arrests: peaceful protest."),
], "One event: Saturday's march. Extra guarding of Jewish institutions is a standing measure: not coded."))

# 35 Opinion column on the A12 blockades (negative)
P = "2023-11-02"
A(art(P, "Column: De A12 is geen slagveld, maar een spiegel", "Het Parool", [
    "Wie de afgelopen maanden naar de beelden van de A12 keek, zag steeds hetzelfde. Mensen in regenjassen op het asfalt, een waterkanon, bussen die vollopen met opgepakte grootmoeders. En een land dat zich verdeelt in twee kampen: zij die het heldhaftig vinden en zij die het gewoon irritant vinden.",
    "Ik hoor bij geen van beide. Ik vind het vooral veelzeggend. Want wat zegt het over ons dat een paar duizend mensen op een snelweg gaan zitten om de politie te dwingen hen op te pakken? Dat ze het gevoel hebben dat er in de Tweede Kamer niet meer wordt geluisterd?",
    "Je kunt van Extinction Rebellion vinden wat je wilt. Maar de vraag die zij stellen, over de miljarden aan subsidie voor de fossiele industrie, is geen rare vraag. Het is een vraag waar elke partij in deze verkiezingscampagne een antwoord op zou moeten hebben.",
    "In plaats daarvan gaat het debat over de vraag of de waterkanonnen niet te koud staan afgesteld, of activisten hun boetes wel betalen en of de politie niet te veel tijd kwijt is. Dat is de makkelijke discussie.",
    "De A12 is geen slagveld. Het is een spiegel. En we kijken er liever niet in.",
], [], "Opinion column about the A12 blockades in general, with no blockade of its own place and day: not coded."))

# 36 Geldermalsen: five years after the riots (negative, anniversary/background)
P = "2020-12-16"
A(art(P, "Vijf jaar na de rellen in Geldermalsen: 'Het litteken is er nog'", "De Gelderlander", [
    "GELDERMALSEN - Precies vijf jaar geleden, op 16 december 2015, liep een raadsvergadering over een asielzoekerscentrum in Geldermalsen volledig uit de hand. Honderden relschoppers bestormden het gemeentehuis, de ME loste waarschuwingsschoten en raadsleden moesten via de achterdeur vluchten.",
    "Het azc kwam er uiteindelijk nooit. Het plan werd een maand later door de gemeente ingetrokken. 'In het dorp wordt er nog altijd liever niet over gesproken', zegt een oud-raadslid, dat anoniem wil blijven. 'Er zijn vriendschappen door kapotgegaan.'",
    "Ruim twintig mensen werden later veroordeeld voor hun aandeel in de rellen. De meesten kregen taakstraffen, een enkeling een celstraf. Het gemeentehuis kreeg na de rellen nieuwe ramen en camera's.",
    "Inmiddels is Geldermalsen opgegaan in de nieuwe gemeente West Betuwe. Daar worden sinds vorig jaar vijftig statushouders opgevangen in een nieuwbouwwijk, zonder noemenswaardige problemen. 'Het is nu heel anders', zegt de wijkagent. 'Maar die avond vergeet niemand hier ooit.'",
    "Een onderzoek naar de politie-inzet, dat in 2016 verscheen, concludeerde dat de ME te laat werd opgeroepen en dat de gemeente de spanningen in het dorp had onderschat. 'Dat hadden we eerder moeten zien', zegt het oud-raadslid. 'Achteraf is het makkelijk praten, maar de signalen waren er.'",
], [], "Anniversary piece about the 2015 riot: five years old. Nothing coded."))

# 37 Maastricht: explosion at a coffeeshop, extortion suspected (negative, criminal sphere)
P = "2023-09-12"
A(art(P, "Explosie bij coffeeshop in Maastricht: derde aanslag in korte tijd", "De Limburger", [
    "MAASTRICHT - Bij een coffeeshop aan de Bassin in Maastricht is in de nacht van maandag op dinsdag een explosief afgegaan. Het is de derde aanslag op een coffeeshop in de stad in een maand tijd. Niemand raakte gewond, maar de pui van de zaak werd volledig vernield.",
    "Een taxichauffeur die in de buurt stond te wachten, zag rond 04.00 uur een man iets bij de deur leggen en wegrennen. 'Een paar seconden later was er een enorme knal. Ik zag alleen nog rook.' Ook ramen van omliggende panden sneuvelden.",
    "Volgens de politie wijst alles erop dat coffeeshops in Maastricht worden afgeperst. 'Eigenaren krijgen berichten waarin geld wordt geëist. Wie niet betaalt, loopt het risico op een aanslag', zegt een woordvoerder. Het OM heeft een speciaal team ingesteld.",
    "Burgemeester Annemarie Penn-te Strake heeft de coffeeshop voor twee weken gesloten. Zij roept ondernemers op om afpersing altijd te melden. 'Door te zwijgen geef je de criminelen vrij spel.'",
    "De Vereniging Maastrichtse Coffeeshops zegt zich grote zorgen te maken om de veiligheid van personeel en buurtbewoners.",
    "Maastricht telt dertien coffeeshops, die samen jaarlijks honderdduizenden bezoekers uit België, Duitsland en Frankrijk trekken.",
], [], "Explosion at a coffeeshop tied to extortion: ordinary crime, out of scope despite the word 'aanslag'; the earlier two are background. Nothing coded."))

# 38 Ghent and Leuven: students occupy UGent building, march in Leuven (2 events)
P = "2024-05-08"
s38a = "Een honderdtal studenten bezet sinds maandagavond de Ufo, het centrale gebouw van de Universiteit Gent aan de Sint-Pietersnieuwstraat."
s38b = "In Leuven trokken dinsdag enkele honderden studenten en personeelsleden in een mars van het Ladeuzeplein naar het rectoraat van de KU Leuven om dezelfde eis kracht bij te zetten."
A(art(P, "Studenten bezetten Ufo van UGent uit protest tegen banden met Israël", "Het Nieuwsblad", [
    "GENT - " + s38a + " Zij eisen dat de universiteit alle samenwerkingen met Israëlische universiteiten en bedrijven stopzet.",
    "In de hal van het gebouw staan tenten en matrassen, aan de gevel hangen Palestijnse vlaggen en spandoeken. De studenten laten weten te blijven 'tot de universiteit handelt'. De bezetting verloopt rustig; de lessen in de rest van het gebouw gaan door.",
    "'We willen niet dat onze universiteit meewerkt aan onderzoek dat gebruikt kan worden in een oorlog waarin duizenden burgers sterven', zegt een studente geschiedenis die al twee nachten in de Ufo slaapt.",
    "Rector Rik Van de Walle zegt begrip te hebben voor de bezorgdheid en heeft de studenten uitgenodigd voor een gesprek. De universiteit laat een commissie alle samenwerkingen doorlichten. Van een ontruiming is voorlopig geen sprake.",
    "De actie staat niet op zichzelf. " + s38b + " Ook aan universiteiten in Amsterdam en Brussel wordt actie gevoerd.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "Oost-Vlaanderen", "Gent", 51.0543, 3.7174, 1, wd(P, "maandag"),
       evid=[s38a],
       note="Peaceful occupation of the UGent Ufo building starting Monday evening; coded on its start day (an ongoing occupation; borderline whether later days are separate events)."),
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "Vlaams-Brabant", "Leuven", 50.8798, 4.7005, 1, wd(P, "dinsdag"),
       evid=[s38b],
       note="March of several hundred students and staff in Leuven on Tuesday with the same demand: a separate place and day, so a separate event."),
], "Two events: the Ghent occupation (from Monday) and the Leuven march (Tuesday). Actions at universities in Amsterdam and Brussels have no day: not coded."))

# 39 Almere: police shoot suspect after a chase (negative)
P = "2020-09-15"
A(art(P, "Agent schiet verdachte in been na achtervolging door Almere", "Omroep Flevoland", [
    "ALMERE - Een agent heeft maandagavond in Almere een 28-jarige man in zijn been geschoten na een achtervolging. De man wordt verdacht van een gewapende overval op een tankstation eerder die avond. Hij ligt in het ziekenhuis en wordt bewaakt.",
    "De achtervolging begon rond 22.00 uur op de A6 en eindigde in de wijk Almere Haven, waar de verdachte zijn auto tegen een lantaarnpaal reed. Volgens de politie stapte hij uit en liep hij met een vuurwapen in zijn hand op agenten af. 'Een van de collega's heeft daarop geschoten', zegt een woordvoerder.",
    "Een buurtbewoner filmde het einde van de achtervolging. 'Ik hoorde gillende sirenes en toen twee knallen', zegt hij. 'Er stonden binnen een minuut tien politieauto's in de straat.'",
    "De Rijksrecherche doet onderzoek naar het schietincident, zoals gebruikelijk wanneer een agent zijn wapen gebruikt. Het vuurwapen van de verdachte is in beslag genomen. Het personeel van het tankstation was ongedeerd gebleven.",
    "Het tankstation werd eerder dit jaar ook al overvallen. De eigenaar overweegt de zaak 's avonds eerder te sluiten. 'Mijn personeel durft niet meer alleen te werken', zegt hij.",
], [], "Police shooting of a criminal suspect after a robbery: explicitly out of scope. Nothing coded."))

# 40 Drenthe: wolf attacks sheep (negative)
P = "2022-04-11"
A(art(P, "Wolf valt opnieuw schapen aan bij Wapse: 'Het was een slachtveld'", "RTV Drenthe", [
    "WAPSE - Bij Wapse, in de gemeente Westerveld, zijn in het weekend opnieuw schapen aangevallen door een wolf. Schapenhouder Harm Jonkman trof zondagochtend zes dode dieren aan in zijn weiland. Twee andere schapen waren zo zwaar gewond dat ze moesten worden afgemaakt.",
    "'Het was een slachtveld', zegt Jonkman. 'Ze lagen verspreid over de hele wei. Dit is de derde keer dit jaar.' Hij had zijn weide al voorzien van een extra hoog stroomraster, maar volgens hem is de wolf daar overheen gesprongen.",
    "BIJ12, de organisatie die schade door beschermde dieren afhandelt, heeft DNA-monsters genomen. Die moeten uitwijzen of het gaat om de wolvin die zich sinds vorig jaar in het Drents-Friese Wold heeft gevestigd.",
    "De provincie Drenthe meldt dat er vorig jaar bijna honderd aanvallen op landbouwhuisdieren zijn geweest. Schapenhouders willen dat de provincie de wolf mag afschieten. 'Wij worden het slachtoffer van beleid dat in Den Haag wordt gemaakt', zegt Jonkman. De provincie wil geen ontheffing geven, maar belooft de schade te vergoeden.",
    "Natuurorganisaties wijzen erop dat de wolf een beschermde diersoort is en dat goede rasters de meeste aanvallen voorkomen. Zij bieden schapenhouders hulp aan bij het plaatsen ervan.",
], [], "Wolf attacks on sheep ('aanval', 'slachtveld', 'slachtoffer'): not human violence. Nothing coded."))
