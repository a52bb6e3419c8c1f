# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append
NL = "Netherlands"
POL = "Police Forces of the Netherlands"
RUS = "Military Forces of Russia"
CIV_UA = "Civilians (Ukraine)"

# 16 Oekraïne: drones op Odesa, beschietingen Cherson
p = "2023-10-10"
s1 = "Bij een Russische aanval met drones op het havengebied van Odesa zijn maandagavond twee havenarbeiders om het leven gekomen."
s2 = "Een graanopslag en een kantoorgebouw brandden volledig uit; vier andere medewerkers raakten gewond."
s3 = "Ook de stad Cherson lag maandag opnieuw onder vuur. Een artilleriegranaat trof rond het middaguur een bushalte in het centrum, waarbij een 64-jarige vrouw om het leven kwam."
s4 = "Vier voorbijgangers raakten gewond, van wie een ernstig."
A(art(p, "Doden bij drone-aanval op haven Odesa, granaat treft bushalte in Cherson", "NOS", [
    s1 + " " + s2,
    "De drones, volgens het Oekraïense leger van het Iraanse type Shahed, kwamen kort na tienen 's avonds vanaf de zee aanvliegen. Bewoners van de wijken rond de haven hoorden het luchtafweergeschut urenlang. ‘Het was alsof de hele stad trilde’, zei een vrouw die met haar kinderen in de kelder van haar flat had geschuild.",
    "Gouverneur Oleh Kiper van de regio Odesa zei dat Rusland ‘doelbewust’ de graanexport probeert te verstoren. Sinds Moskou in juli uit de graandeal stapte, zijn de havens van Odesa en de Donau-havens bij Izmail tientallen keren aangevallen. Oekraïne probeert via een nieuwe corridor langs de kust van Roemenië en Bulgarije toch schepen te laten varen.",
    s3 + " " + s4,
    "Cherson, dat vorig jaar november werd heroverd op de Russische troepen, ligt aan de westoever van de Dnjepr. Aan de overkant, op nog geen kilometer afstand, zitten Russische eenheden die de stad vrijwel dagelijks beschieten. Veel van de oorspronkelijke inwoners zijn vertrokken; wie blijft, leeft grotendeels in kelders.",
    "Het Russische ministerie van Defensie zei in een reactie dat het ‘militaire doelen en brandstofopslag die door de Oekraïense strijdkrachten worden gebruikt’ had getroffen. Over Cherson zei het ministerie niets.",
    "President Zelensky riep de westerse bondgenoten opnieuw op om meer luchtafweersystemen te leveren. ‘Elke Patriot-batterij redt levens’, zei hij in zijn avondlijke videoboodschap. Nederland maakte vorige week bekend nog eens twee luchtafweersystemen te leveren.",
    "De aanval op Odesa kwam een dag nadat in het oosten van het land, rond Avdiivka, volgens waarnemers de zwaarste gevechten in maanden waren uitgebroken. Over de situatie daar is weinig met zekerheid te zeggen.",
], [ev("Explosions/Remote violence", "Air/drone strike", RUS, 8, CIV_UA, 7, "Ukraine", "Odesa", "Odesa",
       46.4825, 30.7233, 1, wd(p, "maandag"), fat=2, inj=4, evid=[s1, s2],
       note="Russian drone strike on the port of Odesa on Monday evening; 2 workers killed, 4 injured as told in the reporter's voice. Russia's claim of hitting military targets does not change the coding."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RUS, 8, CIV_UA, 7, "Ukraine", "Kherson",
       "Kherson", 46.6354, 32.6169, 1, wd(p, "maandag"), fat=1, inj=4, evid=[s3, s4],
       note="Artillery shell on a bus stop in central Kherson on Monday, 1 killed, 4 injured; the shelling is attributed to Russian units across the Dnipro by the article's context. The Avdiivka fighting is too vague (no day, no specific place), not coded.")],
    "Two events on the same day in two cities. The general fighting near Avdiivka has no specific time or toll and is not coded; the grain-deal attacks are aggregate background."))

# 17 Rotterdam-Zuid: explosie bij woning (geen motief)
A(art("2022-02-24", "Weer explosie bij woning in Charlois: ‘We slapen hier niet meer rustig’", "AD / Rotterdams Dagblad", [
    "Bij een woning aan de Wolphaertsbocht in Rotterdam-Charlois is in de nacht van woensdag op donderdag een explosief afgegaan. De voordeur en de ramen van de benedenwoning raakten zwaar beschadigd. Er raakte niemand gewond.",
    "Het is de derde explosie in Charlois in een week tijd, en de zoveelste in Rotterdam dit jaar. Of de incidenten met elkaar te maken hebben, kan de politie niet zeggen. ‘We onderzoeken alle mogelijkheden’, aldus een woordvoerder. Een getuige zag vlak voor de knal een persoon wegrennen richting de Dordtsestraatweg.",
    "De bewoonster, een vrouw van in de zestig, was thuis toen het explosief afging. Ze is tijdelijk bij familie ondergebracht. Volgens buren heeft zij geen idee waarom juist haar huis werd getroffen. ‘Het is een vriendelijke vrouw die al dertig jaar in de straat woont. Dit slaat nergens op’, zegt een buurman.",
    "Burgemeester Ahmed Aboutaleb sloot eerder dit jaar al enkele woningen na explosies. De politie gaat ervan uit dat veel explosies in de stad te maken hebben met conflicten in het criminele milieu, waarbij jongeren voor een paar honderd euro worden ingehuurd om een explosief bij een adres te leggen. Soms is het verkeerde adres het doelwit.",
    "De politie vraagt buurtbewoners met camerabeelden zich te melden.",
], [], "An explosion at a home with no motive given; the general link to the criminal milieu is background. Ordinary crime, not coded."))

# 18 Trouw opinie: demonstratierecht
A(art("2023-10-03", "Opinie: Wie de snelweg op gaat, moet de gevolgen dragen. Maar niet elke demonstrant is een crimineel", "Trouw", [
    "Het demonstratierecht is een van de pijlers van onze democratie. Dat klinkt als een cliché, maar wie de discussie van de afgelopen maanden volgt, zou bijna vergeten dat het een grondrecht is, en geen gunst die burgemeesters naar believen verlenen of intrekken.",
    "De blokkades van de A12 in Den Haag door klimaatactivisten hebben de gemoederen flink verhit. Voor de een zijn de activisten helden die doen wat de politiek nalaat, voor de ander zijn het ‘klimaatterroristen’ die ambulances in de weg staan. Beide beelden zijn overdreven. Een demonstrant die op een snelweg gaat zitten, pleegt een strafbaar feit en weet dat ook. Burgerlijke ongehoorzaamheid betekent juist dat je de straf aanvaardt.",
    "Zorgelijker vind ik de reflex om het demonstratierecht zelf in te perken. Verschillende partijen willen dat demonstraties vooraf worden verboden als de kans bestaat dat de openbare orde wordt verstoord, of dat demonstranten die eerder zijn opgepakt, een demonstratieverbod krijgen. Dat zijn maatregelen die we in Nederland kenden van het verbieden van voetbalsupporters, niet van burgers die iets te zeggen hebben.",
    "De Nationale ombudsman en Amnesty International waarschuwden eerder al dat de politie bij demonstraties te snel grijpt naar wapenstokken, waterkanonnen en massale aanhoudingen. Wie kijkt naar het optreden tegen boeren in de zomer van vorig jaar, ziet dat dat niet alleen klimaatactivisten treft. Het gevoel dat de overheid met twee maten meet, wordt daardoor bij iedereen gevoed.",
    "Er is een betere weg. Burgemeesters moeten demonstranten een plek bieden binnen zicht- en hoorafstand van waar zij gehoord willen worden. Dat is niet alleen een juridische plicht, het is ook verstandig. Een demonstratie die gezien wordt, hoeft niet te escaleren. En de politie moet het middel van massale aanhouding niet gebruiken als standaardinstrument, maar als laatste redmiddel.",
    "De strijd om het klimaat wordt niet op de A12 beslist, maar ook niet in de rechtszaal. Hij wordt beslist in de politiek. Wie wil dat minder mensen de weg op gaan, moet zorgen dat ze op andere manieren gehoord worden.",
    "De auteur is hoogleraar staatsrecht aan de Radboud Universiteit in Nijmegen.",
], [], "Opinion piece on the right to protest; refers to A12 blockades and farmers' protests only in general, with no specific time. Not coded."))

# 19 Den Haag: rellen na ADO-wedstrijd
p = "2023-05-29"
s1 = "Rond het Cars Jeans Stadion in Den Haag is het zondagavond na de play-offwedstrijd van ADO Den Haag uit de hand gelopen."
s2 = "Honderden supporters bekogelden de ME met zwaar vuurwerk, stenen en fietsen en staken een politieauto in brand."
s3 = "Zes agenten raakten gewond; de politie hield veertien mensen aan."
A(art(p, "Rellen na nederlaag ADO: politieauto in brand, zes agenten gewond", "AD / Haagsche Courant", [
    s1 + " " + s2 + " " + s3,
    "De onrust begon kort na het laatste fluitsignaal. ADO verloor met 1-2 en liep daarmee promotie naar de eredivisie opnieuw mis. Een groep van enkele honderden supporters verzamelde zich op het parkeerterrein bij het Forepark en richtte zich op de ME-eenheden die daar klaarstonden.",
    "Volgens de politie was het geweld ‘grof en gericht tegen agenten’. De ME voerde meerdere charges uit en zette honden en paarden in om de groep uiteen te drijven. Pas rond middernacht was het rustig. Twee agenten moesten in het ziekenhuis worden behandeld voor brandwonden en een hoofdwond.",
    "‘Dit heeft niets met voetbal te maken’, zei burgemeester Jan van Zanen maandag. ‘Het is laf en crimineel geweld tegen mensen die hun werk doen.’ Hij kondigde aan dat de politie camerabeelden gaat gebruiken om meer relschoppers op te sporen. Onder de veertien aangehouden verdachten zijn vier minderjarigen.",
    "ADO Den Haag veroordeelde de rellen in een verklaring en liet weten iedereen die betrokken blijkt, een stadionverbod van minstens vijf jaar te geven. ‘Een kleine groep zet de hele club te schande’, aldus algemeen directeur Mohammed Hamdi.",
    "Het is niet de eerste keer dat het bij ADO misgaat. Bij de degradatie in 2021 werden ook al ruiten ingegooid en auto's vernield. De club en de gemeente zijn in gesprek over een hardere aanpak van een harde kern van zo'n honderd supporters.",
    "De Haagse politiebond spreekt van ‘een onhoudbare situatie’. ‘Agenten gaan elke week met angst de wedstrijd in’, zei een woordvoerder. ‘Er moeten eindelijk straffen komen die pijn doen.’",
], [ev("Riots", "Mob violence", "Rioters (Netherlands)", 5, POL, 1, NL, "Zuid-Holland", "Den Haag",
       52.0625, 4.3794, 1, wd(p, "zondag"), inj=6, evid=[s1, s2, s3],
       note="Football supporters rioting against riot police at the stadium (Forepark) in The Hague on Sunday, 6 officers injured, 14 arrests (part of the same event). Borderline: football violence, coded as mob violence since rioting is in scope. The 2021 riots are background.")],
    "One mob-violence event coded (borderline, football rioting); the 2021 riots are old background."))

# 20 Eindhoven: kampioensfeest PSV
A(art("2024-05-06", "Zee van rood-wit in binnenstad: ‘Eindhoven is vanavond van ons’", "Eindhovens Dagblad", [
    "Tienduizenden supporters hebben zondagavond in het centrum van Eindhoven de 25e landstitel van PSV gevierd. Het Stadhuisplein, de Markt en de Stratumseind liepen vol; op sommige momenten moest de politie toegangswegen afsluiten omdat het te druk werd.",
    "Rond negen uur kwam de spelersbus aan, begeleid door motoragenten. Aanvoerder Luuk de Jong hief de schaal vanaf het bordes van het stadhuis, terwijl onder hem rode fakkels werden ontstoken. ‘Dit is voor jullie’, riep hij. ‘Eindhoven is vanavond van ons!’",
    "Trainer Peter Bosz, die een seizoen vrijwel zonder nederlaag achter de rug heeft, sprak van ‘een oorlog van tien maanden’ die zijn ploeg had gewonnen. ‘We hebben elke week gevochten voor elke meter. Deze jongens hebben geschiedenis geschreven.’",
    "Volgens de politie verliep het feest grotendeels gemoedelijk. Er werden twee mensen aangehouden: een man die een agent had geduwd en een jongen die met een flesje gooide. Ambulancepersoneel behandelde enkele tientallen mensen, vooral voor lichte verwondingen door vuurwerk en te veel drank.",
    "Burgemeester Jeroen Dijsselbloem was tevreden. ‘Een stad die zo'n feest kan vieren, mag trots zijn.’ De gemeente had ruim honderd extra handhavers ingezet en schermen geplaatst op het Stadhuisplein.",
    "Maandagochtend waren schoonmaakploegen al vroeg aan de slag om de binnenstad van bierblikjes en confetti te ontdoen.",
], [], "Sport celebration with war metaphors; two ordinary arrests, no riot. Not coded."))

# 21 Sudan: El Fasher en Omdurman
p = "2024-05-14"
s1 = "In El Fasher, de hoofdstad van de Sudanese deelstaat Noord-Darfur, is zondag opnieuw zwaar gevochten tussen het Sudanese leger en de paramilitaire Rapid Support Forces (RSF)."
s2 = "Het door Artsen zonder Grenzen gesteunde Zuid-ziekenhuis in de stad ontving die dag volgens de hulporganisatie acht doden en ruim zestig gewonden."
s3 = "In Omdurman, aan de overkant van de Nijl tegenover Khartoum, sloegen maandagochtend granaten in op de drukke Souk Libya."
s4 = "Volgens de Sudanese Rode Halve Maan kwamen daarbij zeker vijftien mensen om het leven, onder wie kinderen."
A(art(p, "Hevige gevechten in El Fasher, granaten op markt in Omdurman", "Trouw / ANP", [
    s1 + " " + s2,
    "De RSF, die de rest van Darfur al in handen heeft, probeert de stad al weken te omsingelen. Volgens bewoners rukten de paramilitairen zondag vanuit het oosten op en werden zij na uren vechten teruggedrongen door het leger en gewapende groepen die aan zijn zijde staan. Beide kanten claimen de overwinning. Het leger zegt ‘honderden rebellen’ te hebben gedood, wat niet te controleren is.",
    "In El Fasher zitten naar schatting achthonderdduizend mensen, onder wie honderdduizenden ontheemden uit andere delen van Darfur. De VN waarschuwen voor ‘een bloedbad’ als de gevechten de stad zelf bereiken. In het vlakbij gelegen vluchtelingenkamp Zamzam sterft volgens AzG elke twee uur een kind aan ondervoeding.",
    s3 + " " + s4,
    "Ooggetuigen zeggen dat de granaten werden afgevuurd vanuit wijken in het zuiden van Khartoum die door de RSF worden gecontroleerd. De RSF ontkende in een verklaring betrokkenheid en beschuldigde het leger van ‘leugens’. Het leger heeft Omdurman grotendeels heroverd sinds het begin dit jaar een offensief inzette.",
    "De oorlog in Sudan begon in april vorig jaar, toen een machtsstrijd tussen legerchef Abdel Fattah al-Burhan en RSF-leider Mohamed Hamdan Dagalo, beter bekend als Hemedti, uitmondde in openlijke gevechten in de hoofdstad. Sindsdien zijn volgens de VN meer dan negen miljoen mensen op de vlucht geslagen, het grootste aantal ontheemden ter wereld.",
    "Vredesgesprekken in het Saudische Jeddah liggen al maanden stil. De Verenigde Staten willen ze binnenkort hervatten, maar diplomaten zijn somber. ‘Beide partijen denken nog steeds dat ze militair kunnen winnen’, zegt een Europese diplomaat in Nairobi. ‘Zolang dat zo is, gaat niemand aan tafel zitten.’",
    "Nederland verhoogde vorige maand de humanitaire hulp aan Sudan en de buurlanden tot zestig miljoen euro.",
], [ev("Battles", "Armed clash", "Military Forces of Sudan", 1, "Rapid Support Forces", 2, "Sudan", "North Darfur",
       "El Fasher", 13.6290, 25.3494, 1, wd(p, "zondag"), fat=8,
       claimed=[{"low": 100, "high": None, "claimant": "Military Forces of Sudan", "text": "honderden rebellen"}],
       evid=[s1, s2],
       note="Army-RSF fighting in El Fasher on Sunday; 8 dead per MSF (neutral, hospital admissions); the army's 'hundreds' is a claim. The RSF is coded as a rebel group (inter 2), a choice the codebook leaves open."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7,
       "Sudan", "Khartoum", "Omdurman", 15.6445, 32.4777, 1, wd(p, "maandag"), fat=15, evid=[s3, s4],
       note="Shelling of Souk Libya in Omdurman on Monday, at least 15 killed per the Red Crescent. Borderline actor: eyewitnesses attribute it to the RSF, which denies; the article treats the eyewitness account as credible.")],
    "Two events: the El Fasher clash (Sunday) and the Omdurman market shelling (Monday). The war's aggregate displacement figures and the Zamzam malnutrition deaths are not events."))

# 22 Rechtszaak avondklokrellen Eindhoven
A(art("2021-04-20", "Celstraffen tot twaalf maanden voor relschoppers avondklokrellen Eindhoven", "NOS", [
    "De rechtbank in 's-Hertogenbosch heeft dinsdag zes mannen veroordeeld tot celstraffen van vier tot twaalf maanden voor hun aandeel in de avondklokrellen in Eindhoven, eind januari.",
    "Op zondag 24 januari liep een demonstratie tegen de avondklok op het 18 Septemberplein uit op urenlange ongeregeldheden. Relschoppers plunderden een supermarkt op het station, staken auto's in brand en bekogelden de ME met stenen en vuurwerk. Het centrum bleef dagenlang getekend door de schade.",
    "De zwaarste straf, twaalf maanden waarvan vier voorwaardelijk, kreeg een 24-jarige man uit Geldrop die volgens de rechtbank ‘een leidende rol’ had. Hij gooide meerdere stenen naar agenten en hielp een fotograaf tegen de grond te werken. ‘Dit soort geweld ondermijnt de rechtsstaat’, zei de rechter.",
    "De andere mannen kregen lagere straffen, onder meer voor het gooien van vuurwerk en het meenemen van spullen uit de geplunderde supermarkt. Een van hen zei tijdens de zitting dat hij ‘in een roes’ was meegegaan en spijt heeft.",
    "Het Openbaar Ministerie heeft de rellen in januari aangemerkt als zware zaken en behandelt ze met voorrang via snelrecht. In heel Nederland zijn inmiddels honderden verdachten vervolgd, onder meer in Rotterdam, Den Bosch en Urk.",
    "Burgemeester John Jorritsma, die de rellen destijds ‘een voorbode van een burgeroorlog’ noemde, liet weten blij te zijn met de uitspraken. ‘Dit is een duidelijk signaal aan iedereen die denkt dat je ongestraft een stad kunt slopen.’",
], [], "Court ruling on the January 2021 curfew riots; the riots are about three months old and only backdrop. Not coded."))

# 23 Brabant: wateroverlast na noodweer
A(art("2021-07-15", "Straten blank en kelders vol na noodweer in Oost-Brabant", "Omroep Brabant", [
    "Hevige regenval heeft woensdag en in de nacht naar donderdag voor veel wateroverlast gezorgd in het oosten van Brabant. In Helmond, Deurne en Gemert stonden straten blank en liepen kelders en winkels onder water.",
    "De brandweer kreeg in de regio meer dan driehonderd meldingen binnen. Op sommige plekken viel binnen enkele uren meer dan zeventig millimeter regen. ‘Zoveel water in zo'n korte tijd, dat kan geen riool aan’, zegt een woordvoerder van de gemeente Deurne.",
    "Waterschap Aa en Maas houdt de waterstanden in de Aa en de Dommel nauwlettend in de gaten. Bij Someren werden zandzakken gelegd om een camping te beschermen. Het KNMI heeft voor Limburg en het oosten van Brabant code oranje afgegeven.",
    "In het zuiden van Limburg is de situatie nog zorgelijker. Daar zijn in Valkenburg en langs de Geul huizen ontruimd.",
    "Boeren maken zich zorgen over hun oogst. ‘De aardappelen staan al weken te verzuipen’, zegt akkerbouwer Ton van den Broek uit Deurne.",
], [], "Floods after heavy rain; natural disaster, not coded."))

# 24 Utrecht en Nieuwegein: aanhouding terreurverdachten
p = "2022-11-16"
s1 = "De politie heeft dinsdagochtend in Utrecht en Nieuwegein drie mensen aangehouden op verdenking van het voorbereiden van een terroristische aanslag."
s2 = "In een woning aan de Gambiadreef in de Utrechtse wijk Overvecht werden twee mannen van 19 en 22 jaar opgepakt."
s3 = "In Nieuwegein werd een 20-jarige vrouw aangehouden, de zus van een van de mannen."
A(art(p, "Drie terreurverdachten opgepakt in Overvecht en Nieuwegein", "RTV Utrecht", [
    s1,
    s2 + " Bij de inval, rond zes uur 's ochtends, was een arrestatieteam betrokken. Buurtbewoners werden wakker van een harde knal toen de voordeur werd geforceerd.",
    s3,
    "Volgens het Openbaar Ministerie zouden de verdachten sympathiseren met Islamitische Staat en hadden zij online gezocht naar informatie over het maken van explosieven. Ook zouden zij mogelijke doelwitten in Utrecht hebben verkend. Over die doelwitten wil het OM niets zeggen. ‘Er was geen acuut gevaar, maar we wilden geen enkel risico nemen’, zei een woordvoerder.",
    "In de woning in Overvecht werden computers, telefoons en een hoeveelheid chemicaliën in beslag genomen. De Explosieven Opruimingsdienst Defensie onderzocht de stoffen ter plekke. De straat was urenlang afgesloten.",
    "De drie worden vrijdag voorgeleid aan de rechter-commissaris in Rotterdam, waar terrorismezaken centraal worden behandeld. Hun advocaten wilden nog niet reageren.",
    "Buurtbewoners zijn geschrokken. ‘Het waren rustige jongens, je zag ze eigenlijk nooit’, zei een overbuurvrouw. Een ander vertelde dat een van de mannen de laatste tijd ‘veel veranderd’ was. ‘Hij droeg andere kleren en groette niet meer.’",
    "De Nationaal Coördinator Terrorismebestrijding en Veiligheid waarschuwde vorige week nog dat de dreiging van jihadistische jongeren die online radicaliseren toeneemt. Het dreigingsniveau staat al jaren op vier van de vijf.",
], [ev("Strategic developments", "Arrests", POL, 1, "Unidentified Armed Group (Netherlands)", 3, NL, "Utrecht",
       "Utrecht - Overvecht", 52.1153, 5.1130, 1, wd(p, "dinsdag"), evid=[s1, s2],
       note="Arrest of two terror suspects in Overvecht (Utrecht) on Tuesday. Actor2 as an unidentified armed group since the suspects only allegedly sympathise with IS (a choice the codebook leaves open)."),
    ev("Strategic developments", "Arrests", POL, 1, "Unidentified Armed Group (Netherlands)", 3, NL, "Utrecht",
       "Nieuwegein", 52.0297, 5.0811, 1, wd(p, "dinsdag"), evid=[s1, s3],
       note="Arrest of a third terror suspect in Nieuwegein the same morning: a distinct place, so a second event.")],
    "Two arrest events (terror suspects) in two towns on the same day; the court appearance on Friday is future."))

# 25 A12 Arnhem: ongeluk
A(art("2020-01-09", "Vrachtwagen kantelt op A12 bij Arnhem, uren file", "De Gelderlander", [
    "Een gekantelde vrachtwagen heeft donderdagochtend voor urenlange files gezorgd op de A12 bij Arnhem. De wagen, geladen met pallets frisdrank, raakte rond half zeven tussen de knooppunten Grijsoord en Waterberg van de weg en kwam op zijn kant in de middenberm terecht.",
    "De chauffeur, een 48-jarige man uit Polen, raakte lichtgewond en werd met een ambulance naar het ziekenhuis in Arnhem gebracht. Andere weggebruikers bleven ongedeerd.",
    "Rijkswaterstaat sloot beide rijrichtingen af om de lading op te ruimen en de vangrail te repareren. Verkeer werd omgeleid via de A50 en de A348, maar ook daar stond het al snel vast. Pas na het middaguur ging de weg in de richting van Utrecht weer open.",
    "Hoe het ongeluk kon gebeuren, wordt onderzocht. Volgens de politie was het op dat moment glad door ijzel. Het KNMI had voor de nacht code geel afgegeven voor gladheid in het oosten van het land.",
    "Het traject tussen Arnhem en Ede staat bekend als een van de drukste stukken snelweg van Gelderland. Vorig jaar gebeurden er volgens Rijkswaterstaat ruim veertig ongelukken met vrachtwagens op de A12 in de provincie, waarvan een handvol met zwaar letsel.",
], [], "Traffic accident; not coded."))

# 26 Verkiezingscampagne
A(art("2023-11-15", "De slag om het midden: vier lijsttrekkers, één doel en een campagne die nog alle kanten op kan", "NRC", [
    "Nog een week tot de Tweede Kamerverkiezingen, en de strijd is heviger dan in jaren. In de peilingen liggen vier partijen vlak bij elkaar: de VVD van Dilan Yeşilgöz, het GroenLinks-PvdA van Frans Timmermans, het NSC van Pieter Omtzigt en, verrassend snel opkomend, de PVV van Geert Wilders.",
    "In het lijsttrekkersdebat van maandagavond vlogen de verwijten over en weer. Timmermans noemde het migratiebeleid van de VVD ‘een oorlog tegen mensen die al alles kwijt zijn’. Yeşilgöz beschuldigde hem ervan ‘de middeninkomens te laten bloeden voor Brusselse klimaatdromen’. Omtzigt hield zich afzijdig en zei dat hij ‘niet meedoet aan loopgravenpolitiek’.",
    "De campagnestrategen hebben hun geschut in stelling gebracht. De VVD richt de pijlen vooral op Omtzigt, die de liberalen in het midden kiezers afsnoept. GroenLinks-PvdA probeert de verkiezingen juist te framen als een tweestrijd met de VVD. ‘Wie links wil, moet op ons stemmen, anders wordt het rechts’, zei Timmermans op een bijeenkomst in Zwolle.",
    "Wilders profiteert van de aandacht voor migratie, het onderwerp waarover het kabinet-Rutte IV in juli viel. Hij heeft zijn toon bewust gematigd. Op zijn campagneposters staat een vriendelijke foto, en in debatten praat hij vooral over zorgkosten en boodschappen. ‘Hij heeft de wapens even in de kast gezet’, zegt een politicoloog van de Universiteit Leiden.",
    "Op de campagnetrail is het intussen onrustig. Lijsttrekkers klagen over bedreigingen op sociale media, en enkele bijeenkomsten werden de afgelopen weken verstoord door schreeuwers. Ernstige incidenten bleven tot nu toe uit. De Nationaal Coördinator Terrorismebestrijding en Veiligheid heeft de beveiliging van lijsttrekkers verscherpt.",
    "Een groep boeren heeft voor zaterdag een ‘mars naar het Malieveld’ aangekondigd om de verkiezingen ‘boeren op de agenda te zetten’. Ook klimaatactivisten willen voor de verkiezingsdag nog in actie komen.",
    "Ongeveer een derde van de kiezers weet nog niet op wie hij gaat stemmen. ‘Dat is historisch hoog’, zegt peiler Peter Kanne van Ipsos I&O. ‘Alles kan nog gebeuren.’",
], [], "Campaign report with war metaphors; vague disruptions of meetings without place or time are not coded; the farmers' march is announced for Saturday, future."))

# 27 Interview Syrische vluchteling
A(art("2022-12-20", "Rami bouwde in Nijmegen een nieuw leven op, maar Aleppo laat hem niet los", "de Volkskrant", [
    "In de keuken van zijn rijtjeshuis in Nijmegen-Lindenholt zet Rami Haddad (41) zoete thee in kleine glaasjes. Aan de muur hangt een foto van een binnenplaats met een sinaasappelboom. ‘Dat was het huis van mijn ouders in Aleppo’, zegt hij. ‘Het staat er niet meer.’",
    "Precies zes jaar geleden, in december 2016, viel het oostelijke deel van Aleppo na maandenlange belegering en bombardementen in handen van het Syrische regeringsleger en zijn Russische bondgenoten. Rami had de stad toen al verlaten. In 2014 vluchtte hij met zijn vrouw en dochter via Turkije en Griekenland naar Nederland, nadat een vatbom een school in hun wijk had getroffen.",
    "‘Ik was leraar Engels. Op een ochtend hoorde ik een helikopter en een paar seconden later trilde het hele gebouw. Achttien kinderen zijn die dag gestorven. Toen wist ik: we moeten weg.’",
    "In Nijmegen moest hij opnieuw beginnen. Hij leerde Nederlands, haalde een lesbevoegdheid en staat inmiddels voor de klas op een middelbare school in Wijchen. Zijn dochter studeert geneeskunde. ‘Ik ben Nederland dankbaar. Maar er gaat geen dag voorbij dat ik niet aan Aleppo denk.’",
    "Het contact met familie die is achtergebleven, verloopt via WhatsApp. Een broer woont nog in de stad, in een half ingestort gebouw zonder vaste stroom. ‘Hij zegt: de oorlog is voorbij, maar het leven is erger dan ooit. Er is geen werk, brood is onbetaalbaar.’",
    "Aleppo is sinds 2016 grotendeels in handen van de regering van president Bashar al-Assad, maar in het noordwesten van de provincie wordt nog altijd gevochten tussen regeringstroepen en rebellen. Turkije voert in het noorden van het land regelmatig luchtaanvallen uit op Koerdische strijders. Voor Rami is terugkeer geen optie. ‘Zolang Assad er zit, is het niet veilig voor mensen zoals ik.’",
    "Sinds de oorlog in Oekraïne ziet hij dat de aandacht voor Syrië is verdwenen. ‘Ik begrijp het. Maar het doet pijn. Wij zijn de vergeten oorlog.’ Toch ziet hij ook gelijkenissen. ‘Als ik de beelden uit Marioepol zie, zie ik Aleppo. Dezelfde bommen, dezelfde ruïnes, dezelfde mensen die niet weten waar ze naartoe moeten.’",
    "Elk jaar in december organiseert Rami met andere Syriërs in Nijmegen een kleine bijeenkomst in een buurthuis. Ze eten samen, lezen gedichten voor en noemen de namen van mensen die ze kwijt zijn geraakt. Dit jaar kwamen er veertig mensen. ‘Het is geen herdenking van de oorlog’, zegt hij. ‘Het is een herdenking van het leven dat we hadden.’",
    "Zijn dochter heeft een tattoo laten zetten van een sinaasappelbloesem, op haar pols. ‘Zij was vijf toen we vertrokken. Ze herinnert zich bijna niets. Maar ze wil het niet vergeten.’",
], [], "Interview with a refugee; the 2014 barrel-bomb attack and the fall of Aleppo in 2016 are historical, ongoing fighting and Turkish air strikes are general with no time or place. Not coded."))

# 28 Leidseplein: steekpartij
A(art("2019-03-11", "Man zwaargewond bij steekpartij op Leidseplein na ruzie in uitgaansgebied", "Het Parool", [
    "Een 25-jarige man is in de nacht van zaterdag op zondag zwaargewond geraakt bij een steekpartij op het Leidseplein in Amsterdam. Het slachtoffer werd rond half vier met meerdere steekwonden in zijn buik naar het ziekenhuis gebracht. Hij is buiten levensgevaar.",
    "Volgens de politie ging aan het steken een ruzie vooraf tussen twee groepen mannen die net een club hadden verlaten. Waar de ruzie over ging, is onduidelijk. Camera's in het uitgaansgebied hebben het incident deels vastgelegd.",
    "Kort daarna werd in de Lange Leidsedwarsstraat een 23-jarige man uit Diemen aangehouden. Bij hem werd een mes gevonden. De politie onderzoekt of hij de steker is.",
    "Het is de zoveelste geweldsincident in het Amsterdamse uitgaansleven. Burgemeester Halsema kondigde vorige maand aan vaker preventief te laten fouilleren in het centrum.",
    "Horecaondernemers rond het plein reageren bezorgd. ‘Onze portiers zien steeds vaker jongens met een mes op zak’, zegt de eigenaar van een café aan het plein. ‘Dat is nieuw. Vroeger was het een klap, nu is het meteen een steekwond.’ De politie vraagt getuigen die beelden hebben gemaakt, zich te melden.",
], [], "Ordinary nightlife stabbing and the arrest of one suspect; not coded."))

# 29 Mogadishu: autobom op legerkonvooi
p = "2021-11-26"
s1 = "Bij een zelfmoordaanslag met een autobom op een legerkonvooi in de Somalische hoofdstad Mogadishu zijn donderdagochtend zeker zeven mensen om het leven gekomen."
s2 = "Dat meldt de ambulancedienst Aamin, die ook negentien gewonden naar ziekenhuizen bracht."
s3 = "De terreurgroep Al Shabaab eiste de aanslag op en sprak van ‘meer dan twintig gedode soldaten’."
A(art(p, "Doden bij zelfmoordaanslag op legerkonvooi in Mogadishu", "ANP", [
    s1 + " " + s2,
    "De aanslagpleger reed volgens de politie met een met explosieven beladen auto in op een colonne militaire voertuigen die over de drukke weg richting het vliegveld reed, in het district Hodan. De explosie was in een groot deel van de stad te horen. Op beelden zijn uitgebrande wrakken en ingestorte marktkraampjes te zien.",
    "Onder de doden zijn volgens getuigen zowel militairen als voorbijgangers. Een straatverkoper vertelde dat hij op nog geen vijftig meter van de plek stond. ‘Ik werd tegen de grond geslagen. Toen ik opstond, zag ik overal rook en mensen die schreeuwden.’",
    s3 + " Die claim kon niet worden bevestigd. Het leger zelf noemde geen aantallen.",
    "Al Shabaab, dat banden heeft met Al Qaida, strijdt al ruim vijftien jaar tegen de Somalische regering en de troepen van de Afrikaanse Unie die haar steunen. De beweging heeft grote delen van het platteland in het zuiden en midden van het land in handen en pleegt regelmatig aanslagen in Mogadishu, vooral op hotels, controleposten en overheidsgebouwen. Bij de zwaarste aanslag in de geschiedenis van het land, in oktober 2017, kwamen meer dan vijfhonderd mensen om.",
    "De aanslag komt op een gevoelig moment. De verkiezingen voor het parlement lopen al maanden vertraging op door een conflict tussen president Mohamed Abdullahi Farmajo en premier Mohamed Hussein Roble. Analisten waarschuwen dat Al Shabaab profiteert van de politieke chaos in de hoofdstad.",
    "De Verenigde Naties en de Europese Unie veroordeelden de aanslag.",
], [ev("Explosions/Remote violence", "Suicide bomb", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia",
       "Banadir", "Mogadishu - Hodan", 2.0360, 45.3040, 1, wd(p, "donderdag"), fat=7, inj=19,
       claimed=[{"low": 20, "high": None, "claimant": "Al Shabaab", "text": "meer dan twintig gedode soldaten"}],
       evid=[s1, s2, s3],
       note="Al Shabaab suicide car bomb on an army convoy in Hodan district, Mogadishu, on Thursday; 7 dead per Aamin Ambulance (neutral), 19 injured; Al Shabaab's 20+ is a claim. The 2017 bombing is history."),
    ], "One suicide bombing coded; the October 2017 bombing is historical background."))

# 30 Aangekondigde NS-staking
A(art("2022-08-26", "Treinverkeer ligt dinsdag in hele land stil door staking NS-personeel", "Trouw", [
    "Reizigers moeten er rekening mee houden dat er dinsdag in heel Nederland vrijwel geen treinen rijden. Vakbonden FNV, VVMC en CNV hebben een landelijke staking aangekondigd bij de NS, nadat overleg over een nieuwe cao donderdagavond opnieuw vastliep.",
    "De bonden eisen een loonsverhoging die de hoge inflatie compenseert en maatregelen tegen de werkdruk en het toenemende geweld tegen conducteurs. ‘Het personeel loopt op zijn tandvlees’, zegt FNV-bestuurder Henri Janssen. ‘We hebben lang genoeg gepraat.’",
    "In juli legden medewerkers al een keer voor een paar uur het werk neer, met grote gevolgen voor het treinverkeer in de Randstad. De NS noemt een landelijke staking ‘buiten proportie’ en overweegt naar de rechter te stappen.",
    "Ook op Schiphol wordt gevreesd voor chaos, omdat ook de treinverbinding naar de luchthaven stilligt. De NS raadt reizigers aan om dinsdag thuis te werken of de reis uit te stellen.",
    "Werkgeversorganisaties reageren geïrriteerd. ‘Een land platleggen in een week waarin scholen weer beginnen, is onverantwoord’, zegt een woordvoerder van VNO-NCW. De bonden houden de deur op een kier: als de NS voor maandag met een beter bod komt, kan de staking nog worden afgeblazen.",
], [], "Announced national strike for next Tuesday, future; the July walkout is older than the news horizon. Not coded."))
