# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Farmers at two provincial halls (Leeuwarden peaceful, Zwolle police intervention)
p = "2023-06-15"
s1 = "Ruim driehonderd boeren trokken woensdag met hun trekkers naar het provinciehuis in Leeuwarden om te protesteren tegen de plannen voor het landelijk gebied."
s2 = "De demonstratie op het Tweebaksmarkt verliep volgens de politie rustig; de boeren vertrokken tegen vier uur weer naar huis."
s3 = "In Zwolle liep het dezelfde middag anders af: daar greep de politie in toen een groep boeren met trekkers de Luttenbergstraat voor het provinciehuis van Overijssel blokkeerde en weigerde te vertrekken."
s4 = "Agenten voerden twee boeren af die hun trekker niet wilden verplaatsen; een derde werd aangehouden omdat hij een agent zou hebben geduwd."
A(art(p, "Trekkers bij provinciehuizen: rustig in Leeuwarden, aanhoudingen in Zwolle", "Leeuwarder Courant", [
    s1 + " Op spandoeken stond 'Gjin boer, gjin iten' en 'Stikstof is geen gif'. Een groot deel van de binnenstad was urenlang onbereikbaar voor ander verkeer.",
    s2 + " Een delegatie van Farmers Defence Force en LTO Noord werd binnen ontvangen door gedeputeerde Sander de Rouwe, die beloofde de zorgen 'serieus mee te nemen' in het provinciale gebiedsplan.",
    "Melkveehouder Jelle Hoekstra uit Wommels was met zijn zoon gekomen. 'Wij willen best meedenken over natuur, maar dan moeten ze ons niet eerst de grond onder de voeten wegtrekken. Dit is de derde keer in twee jaar dat we hier staan.'",
    s3,
    s4 + " Zij kregen een boete en zijn inmiddels weer vrijgelaten, meldt de politie Oost-Nederland.",
    "Provinciale Staten van Overijssel vergaderden die middag over het gebiedsprogramma. Het debat werd een uur onderbroken omdat het toeterconcert buiten binnen nauwelijks te overstemmen was.",
    "Volgende week dinsdag willen boeren ook in Groningen en Assen actievoeren. Daarvoor is nog geen melding gedaan bij de gemeenten, laat een woordvoerder weten.",
], [ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Friesland",
       "Leeuwarden", 53.2012, 5.7999, 1, wd(p, "woensdag"), evid=[s1, s2],
       note="Farmers' tractor protest at the Frisian provincial hall, described as calm: peaceful protest."),
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Overijssel",
       "Zwolle", 52.5168, 6.0830, 1, wd(p, "woensdag"), evid=[s3, s4],
       note="Farmers' blockade at the Overijssel provincial hall ended by police removing and arresting three farmers: protest with intervention (arrests folded in).")],
    "Two events on the same Wednesday in two towns (Leeuwarden, Zwolle). The announced actions in Groningen and Assen next week are future protests, not coded."))

# 2 Explosion at front door in Rotterdam (crime, no event)
A(art("2021-11-09", "Weer explosie bij woning in IJsselmonde: 'Dit is de vierde keer deze maand'", "AD", [
    "Bij een woning aan de Reyerdijk in Rotterdam-IJsselmonde is in de nacht van zondag op maandag een explosief afgegaan. De voordeur en de ramen van de benedenwoning raakten zwaar beschadigd; de bewoners, een vrouw en haar twee kinderen, lagen te slapen en bleven ongedeerd.",
    "Het is de vierde explosie bij een woning in de wijk deze maand. Buurtbewoners spreken van 'een oorlogsgebied'. 'Je schrikt 's nachts wakker van een klap en je denkt: zijn wij de volgende?', zegt een buurman die zijn naam niet in de krant wil.",
    "De politie gaat ervan uit dat de explosie te maken heeft met afpersing. Volgens een woordvoerder worden de aanslagen vaak voor een paar honderd euro uitgevoerd door jongeren die via Snapchat of Telegram worden geronseld. 'Het gaat bijna altijd om geldschulden of ruzies. De bewoners zijn lang niet altijd het eigenlijke doelwit.'",
    "Burgemeester Aboutaleb sloot de woning voor drie maanden. Sinds begin dit jaar telde de Rotterdamse politie 124 explosies bij woningen en bedrijfspanden, bijna twee keer zoveel als in heel 2020.",
    "De Explosieven Opruimingsdienst heeft resten van het explosief meegenomen voor onderzoek. Er is nog niemand aangehouden. De politie vraagt getuigen en mensen met camerabeelden zich te melden.",
], [], "A criminal explosion at a house door (extortion, debts), with a yearly city tally: ordinary crime, not coded."))

# 3 Trial of accomplices of the 2023 Brussels shooting (old attack, no event)
A(art("2025-02-18", "Proces tegen vermoedelijke handlangers van aanslag op Zweedse supporters van start", "De Standaard", [
    "In het justitiepaleis van Brussel is maandag het proces begonnen tegen drie mannen die ervan verdacht worden de dader van de aanslag op de Zweedse voetbalsupporters te hebben geholpen. Op 16 oktober 2023 schoot Abdesalem Lassoued aan het Sainctelette-plein twee Zweden dood en verwondde hij een taxichauffeur.",
    "Lassoued, een Tunesiër die illegaal in België verbleef, werd de volgende ochtend in een café in Schaarbeek doodgeschoten door de politie. De wedstrijd België-Zweden, een EK-kwalificatiewedstrijd in het Koning Boudewijnstadion, werd die avond bij de rust stilgelegd.",
    "De drie beklaagden zouden de schutter onderdak hebben gegeven en hem geholpen hebben aan het wapen, een automatisch geweer. Ze ontkennen dat ze wisten wat hij van plan was. 'Mijn cliënt kende hem als een buurman, meer niet', zei advocaat Jonathan De Taye.",
    "De nabestaanden, die uit Zweden zijn overgekomen, volgden de eerste zittingsdag vanaf de publieke tribune. Het federaal parket vordert voor elk van de drie twaalf jaar cel wegens deelname aan de activiteiten van een terroristische groep.",
    "Het proces leidde al voor het begin tot politieke discussie. Het Comité I stelde vorig jaar vast dat Lassoued al in 2016 als geradicaliseerd bekendstond bij de inlichtingendiensten, maar dat informatie over zijn verblijf nooit bij de juiste diensten terechtkwam.",
    "Een uitspraak wordt in mei verwacht.",
], [], "Trial of suspected helpers of the October 2023 Brussels attack; the attack and the shooter's death are old, told only as background; the trial is no event."))

# 4 Sudan: RSF attack on a village near Rufaa (Gezira)
p = "2024-11-05"
s1 = "Strijders van de paramilitaire Rapid Support Forces (RSF) hebben zondag het dorp Um Adara, ten oosten van Rufaa in de Sudanese staat Gezira, aangevallen en daarbij zeker 31 burgers gedood."
s2 = "Dat meldt het Sudanese Artsennetwerk, een onafhankelijke organisatie van medici, op basis van gegevens van het ziekenhuis in Rufaa, waar ook 42 gewonden werden opgenomen."
s3 = "Een lokaal verzetscomité sprak op sociale media van 'meer dan vijftig martelaren'; dat aantal kon niet onafhankelijk worden bevestigd."
A(art(p, "Tientallen doden bij aanval van RSF op Sudanees dorp", "Trouw", [
    s1,
    "Volgens ooggetuigen reden de strijders in pick-ups met zware mitrailleurs het dorp binnen en schoten ze op mannen die zich op het plein hadden verzameld. Daarna werden huizen geplunderd en vee meegenomen. 'Ze zochten naar jonge mannen. Wie wegrende, werd neergeschoten', zei een inwoner die naar Rufaa vluchtte tegen persbureau AFP.",
    s2 + " " + s3,
    "De RSF ontkennen dat er burgers zijn gedood. In een verklaring spreekt de groep van 'gevechten met milities die door het leger zijn bewapend'. Ooggetuigen en hulpverleners zeggen dat het dorp niet verdedigd werd.",
    "Het oosten van Gezira is sinds vorige maand het toneel van wraakacties van de RSF, nadat een van hun commandanten, Abu Aqla Keikal, overliep naar het leger. Volgens de Verenigde Naties zijn sindsdien in de staat ruim 120 burgers omgekomen en meer dan 135.000 mensen op de vlucht geslagen.",
    "In juni vielen bij een vergelijkbare aanval op het dorp Wad al-Noura ruim honderd doden. De oorlog tussen het Sudanese leger en de RSF woedt sinds april 2023 en heeft volgens de VN de grootste vluchtelingencrisis ter wereld veroorzaakt.",
], [ev("Violence against civilians", "Attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "Al Jazirah",
       "Rufaa", 14.7700, 33.3600, 2, wd(p, "zondag"), fat=31, inj=42,
       claimed=[{"low": 50, "high": None, "claimant": "local resistance committee", "text": "meer dan vijftig martelaren"}],
       evid=[s1, s2],
       note="RSF attack on Um Adara village east of Rufaa: placed near Rufaa (precision 2). 31 dead from the Sudan Doctors Network (neutral); the resistance committee's 'more than fifty' is a partisan claim. RSF inter 2 (a rebel force since April 2023; borderline 3).")],
    "One event. The UN tally for Gezira since last month (summed) and the June Wad al-Noura attack (old) are not coded; the RSF's 'fighting with militias' is a denial, not a separate battle."))

# 5 Drug lab in Brabant (crime, no event)
A(art("2022-04-14", "Groot drugslab ontdekt in schuur bij Haaren, twee mannen aangehouden", "Brabants Dagblad", [
    "De politie heeft woensdagmiddag in een schuur aan de Beukenhorstweg in Haaren een groot drugslab opgerold. Twee mannen van 34 en 41 jaar uit Tilburg en Oisterwijk zijn ter plekke aangehouden.",
    "Agenten kwamen op het lab af na een melding van een sterke anijslucht. In de schuur stonden volgens de politie installaties voor de productie van amfetamine en honderden liters chemicaliën. 'Een tikkende tijdbom', zegt een woordvoerder. 'Als daar brand was uitgebroken, hadden de gevolgen enorm kunnen zijn.'",
    "De brandweer en een gespecialiseerd ontmantelingsbedrijf waren tot diep in de nacht bezig om de vaten af te voeren. De Beukenhorstweg was urenlang afgesloten. Omwonenden hoefden hun huis niet uit, maar werd geadviseerd ramen en deuren dicht te houden.",
    "De eigenaar van de schuur, een gepensioneerde boer, zegt dat hij de ruimte een jaar geleden heeft verhuurd 'voor de opslag van oldtimers'. Hij wordt niet als verdachte aangemerkt.",
    "Brabant blijft de provincie met de meeste drugslabs van Nederland. Vorig jaar werden er 82 ontmanteld, meldde het Regionaal Informatie- en Expertise Centrum in maart. Burgemeester Van de Mortel noemde de vondst 'een klap in het gezicht van iedereen die hier woont'.",
], [], "A drug-lab raid with two arrests: drug crime, not coded."))

# 6 Announced rail strikes (no event)
A(art("2022-08-25", "Vakbonden kondigen regionale treinstakingen aan: dinsdag rijdt er niets in het noorden", "NOS", [
    "De vakbonden FNV, VVMC en CNV leggen volgende week het treinverkeer in grote delen van het land stil. De eerste estafettestaking begint dinsdag in de provincies Groningen, Friesland, Drenthe en Overijssel, meldden de bonden donderdagmiddag.",
    "Donderdag volgt Zuid-Nederland, de dag erna de Randstad. Volgens de vakbonden heeft de NS 'geen serieus bod' gedaan in het loonconflict. De bonden willen een loonsverhoging die de inflatie volledig compenseert en maatregelen tegen de hoge werkdruk.",
    "'We hebben dit niet gewild, maar het personeel is het zat', zegt Henri Janssen van FNV Spoor. 'Conducteurs worden uitgescholden en bespuugd en krijgen daar een loonstrookje voor dat niet meer genoeg is voor de boodschappen.'",
    "De NS noemen de acties 'onbegrijpelijk en onverantwoord' en roepen de bonden op terug te keren aan tafel. Reizigers wordt geadviseerd de dag van de staking thuis te werken. Ook regionale vervoerders als Arriva en Qbuzz kunnen de extra reizigers niet opvangen.",
    "Het is de eerste landelijke spoorstaking sinds 2019. Toen werd het treinverkeer een hele ochtend stilgelegd in een conflict over de pensioenen.",
], [], "Announced (future) rail strikes; the 2019 strike is old: nothing coded."))

# 7 Cyclocross with war words (no event)
A(art("2023-12-28", "Van der Poel wint veldslag in Zonhoven", "Het Nieuwsblad", [
    "Mathieu van der Poel heeft woensdag in Zonhoven de eerste confrontatie van de winter met Wout van Aert gewonnen. Op het slagveld van de Kuil, de beruchte zandbak van de Limburgse cross, sloeg de wereldkampioen al in de tweede ronde toe.",
    "Van Aert kwam slecht weg en verloor in de eerste zandstrook al vijftien seconden. 'Ik heb de hele koers in de achtervolging gezeten', zei de Kempenaar na afloop. 'Hij heeft mij in de eerste minuut al kapotgemaakt.' Hij werd tweede op 41 seconden, Michael Vanthourenhout werd derde.",
    "Dertigduizend toeschouwers stonden langs het parcours, een record voor Zonhoven. Het publiek zag een Van der Poel die in de afdaling naar de Kuil telkens een paar meter pakte op zijn rivaal. 'Dat is mijn wapen, ik ken dat zand', zei hij.",
    "Vrijdag wacht in Loenhout al een volgende krachtmeting, zondag volgt Baal. Van Aert wil daar in de aanval gaan. 'De oorlog is nog niet beslist. Dit was de eerste slag.'",
    "Bij de vrouwen won Fem van Empel voor Puck Pieterse en Lucinda Brand, een Nederlands podium zoals vaker deze winter.",
], [], "Sport with war words (battle, attack, war): not coded."))

# 8 Riot at information evening on asylum centre in Uithuizen
p = "2024-01-25"
s1 = "Bij een informatieavond over een nieuw asielzoekerscentrum in Uithuizen is het woensdagavond uit de hand gelopen."
s2 = "Een groep van ongeveer honderd jongeren bekogelde de politie bij het dorpshuis met vuurwerk, stenen en flessen en stak een container in brand."
s3 = "De ME voerde meerdere charges uit om de groep uiteen te drijven; zeven mensen werden aangehouden en twee agenten raakten lichtgewond."
A(art(p, "Rellen bij avond over azc in Uithuizen: zeven aanhoudingen", "Dagblad van het Noorden", [
    s1 + " Binnen legden wethouders van de gemeente Het Hogeland aan zo'n 250 inwoners uit waarom het voormalige zorgcentrum aan de Hoofdstraat-West vanaf de zomer driehonderd asielzoekers moet opvangen.",
    s2 + " " + s3,
    "Burgemeester Henk Jan Bolding sprak donderdag van 'beschamende taferelen'. 'Je mag het oneens zijn met een besluit, en dat hebben veel mensen binnen op een nette manier laten weten. Maar dit heeft niets meer met meningsuiting te maken.' Volgens de politie kwam een deel van de relschoppers niet uit het dorp zelf; ze waren opgeroepen via Telegram.",
    "De gemeente heeft een noodbevel afgekondigd voor het centrum van Uithuizen dat tot en met zaterdag geldt. De informatieavond werd na de onrust voortijdig beëindigd; de bezoekers konden het gebouw pas rond middernacht onder politiebegeleiding verlaten.",
    "Het is niet de eerste keer dat de komst van een azc in de regio tot onrust leidt. In 2015 werd een raadsvergadering in Geldermalsen bestormd door relschoppers, en ook in Ter Apel, waar het aanmeldcentrum staat, wordt al jaren geprotesteerd.",
    "Het college zegt vast te houden aan het besluit. De gemeenteraad bespreekt het plan op 8 februari.",
], [ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, "Police Forces of the Netherlands", 1, "Netherlands", "Groningen",
       "Uithuizen", 53.4075, 6.6711, 1, wd(p, "woensdag"), inj=2, evid=[s1, s2, s3],
       note="Anti-asylum-centre crowd pelting police with fireworks and stones, a container set alight, ME charges: violent demonstration; two officers injured, seven arrests folded in.")],
    "One event. The emergency order is part of the response; the 2015 Geldermalsen riot and Ter Apel protests are old background, and the council debate on 8 February is future."))

# 9 Bird flu culling (no event)
A(art("2022-10-20", "Vogelgriep in Barneveld: 150.000 kippen geruimd, ophokplicht blijft", "De Gelderlander", [
    "Op een legpluimveebedrijf aan de Garderbroekerweg in Barneveld is vogelgriep vastgesteld. De Nederlandse Voedsel- en Warenautoriteit heeft woensdag alle 150.000 kippen op het bedrijf geruimd, meldt het ministerie van Landbouw.",
    "Het gaat om de zeer besmettelijke variant H5N1. Binnen een straal van tien kilometer rond het bedrijf liggen nog 98 pluimveebedrijven. Daarvoor geldt een vervoersverbod voor eieren, mest en pluimvee. Drie bedrijven in de directe omgeving worden preventief geruimd.",
    "'Het is een strijd die we elk najaar opnieuw moeten voeren', zegt pluimveehouder Gerrit van de Kamp, die tien jaar geleden zijn hele stal verloor. 'Je doet alles aan hygiëne, en dan nog komt het binnen met een wilde eend.'",
    "De Gelderse Vallei is het gebied met de hoogste dichtheid aan pluimvee in Nederland. Sinds vorig najaar zijn in het hele land ruim zes miljoen vogels geruimd. De ophokplicht voor commercieel gehouden pluimvee blijft van kracht.",
    "Het virus is ook aangetroffen bij dode ganzen en zwanen in de uiterwaarden bij Wageningen. Wandelaars wordt gevraagd dode vogels niet aan te raken en te melden bij de gemeente.",
], [], "Animal disease and culling: not coded."))

# 10 Rwanda 1994 paratroopers commemoration (no event)
A(art("2024-04-08", "Dertig jaar na de moord op tien paracommando's: 'Het verdriet slijt niet'", "De Morgen", [
    "Aan het monument in het Brusselse Jubelpark hebben zondag honderden mensen de tien Belgische paracommando's herdacht die dertig jaar geleden in Kigali werden vermoord. Ook premier Alexander De Croo en koning Filip waren aanwezig.",
    "De blauwhelmen van de VN-missie in Rwanda moesten op 7 april 1994 premier Agathe Uwilingiyimana beschermen. Ze werden ontwapend door Rwandese soldaten, naar het kamp Kigali gebracht en daar na urenlange gevechten gedood. Dezelfde dag begon de genocide op de Tutsi, waarbij in honderd dagen zo'n 800.000 mensen omkwamen.",
    "'Mijn broer was 24', zegt Marie-Hélène Lotin. 'Elk jaar sta ik hier en elk jaar denk ik: waarom heeft niemand hen gered?' De nabestaanden vragen al decennia een nieuw onderzoek naar de verantwoordelijkheid van de toenmalige legertop.",
    "Minister van Defensie Ludivine Dedonder legde een krans namens de regering. In Kigali werd zondag ook de nationale herdenking van de genocide gehouden, met president Paul Kagame en een Belgische delegatie onder leiding van minister Hadja Lahbib.",
    "In 2007 werd in Brussel een Rwandese ex-majoor, Bernard Ntuyahaga, veroordeeld tot twintig jaar cel voor zijn rol bij de moord op de militairen.",
], [], "Anniversary of the 1994 killing of Belgian paratroopers in Kigali: an old attack recalled, not coded."))

# 11 Politics with war words (no event)
A(art("2024-09-13", "Oorlog in de coalitie over asielnoodwet: 'Dit is een frontale aanval'", "de Volkskrant", [
    "Binnen de coalitie is een open strijd losgebarsten over de asielnoodwet van minister Marjolein Faber. NSC-leider Pieter Omtzigt noemde het plan om het noodrecht in te zetten donderdag 'juridisch een mijnenveld', waarna PVV-leider Geert Wilders op X terugschoot met een 'frontale aanval op de kiezer'.",
    "De ruzie draait om de vraag of het kabinet een asielcrisis mag uitroepen zonder dat er sprake is van een acute noodsituatie. De Raad van State heeft daar eerder twijfels over geuit. NSC wil eerst advies van de Raad, de PVV wil door.",
    "'We zitten in een loopgravenoorlog', zegt een Kamerlid van de VVD, dat anoniem wil blijven. 'Iedereen wacht af wie als eerste met zijn ogen knippert.' Premier Dick Schoof probeerde de gemoederen in de ministerraad te bedaren, maar kwam niet verder dan de toezegging dat er 'volgende week een oplossing' ligt.",
    "De oppositie ziet het met lede ogen aan. GroenLinks-PvdA-leider Frans Timmermans sprak van 'een kabinet dat zichzelf onder vuur neemt'. D66 wil een debat.",
    "De asielinstroom lag vorig jaar op ruim 38.000 eerste aanvragen, ongeveer even hoog als het jaar ervoor.",
], [], "Politics with war words (war, attack, under fire): not coded."))

# 12 Ukraine: missile on Odesa and drones on Kharkiv, same day
p = "2024-03-16"
s1 = "Bij een Russische raketaanval op de havenstad Odesa zijn vrijdagochtend zeker vijf mensen om het leven gekomen."
s2 = "Een ballistische raket sloeg in op een bedrijventerrein in het district Peresyp, vlak bij de haven; volgens de hulpdiensten raakten nog negentien mensen gewond."
s3 = "Vrijdagavond werd Charkiv getroffen door Russische aanvalsdrones, die inslagen in een woonwijk in het noorden van de stad."
s4 = "Daarbij kwam een 68-jarige vrouw om het leven en raakten twaalf mensen gewond, onder wie drie kinderen."
A(art(p, "Doden bij Russische aanvallen op Odesa en Charkiv", "NRC", [
    s1 + " " + s2,
    "Onder de doden is een ambulancemedewerker die naar de plek van de inslag was gesneld toen een tweede raket insloeg. Oekraïense autoriteiten spreken van een 'dubbele aanval', een tactiek die Rusland vaker zou toepassen om reddingswerkers te treffen.",
    "Het Russische ministerie van Defensie zei dat 'een opslagplaats van westerse wapens' in Odesa was vernietigd. Daarvoor is geen bewijs geleverd.",
    s3 + " " + s4 + " Burgemeester Ihor Terechov zei dat minstens tien flatgebouwen beschadigd zijn.",
    "De Oekraïense luchtmacht meldde zaterdag dat in de nacht 31 van de 39 drones waren onderschept. Volgens de VN-missie voor de mensenrechten in Oekraïne zijn in februari landelijk 134 burgers door oorlogsgeweld om het leven gekomen.",
    "De aanvallen vallen samen met de Russische presidentsverkiezingen, die vrijdag begonnen. Oekraïne voerde de afgelopen dagen zelf droneaanvallen uit op olieraffinaderijen in Rusland.",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa",
       "Odesa", 46.4825, 30.7233, 1, wd(p, "vrijdag"), fat=5, inj=19, evid=[s1, s2],
       note="Ballistic missile strike on Odesa's Peresyp district: missile attack; 5 dead (at least), 19 injured from emergency services. Russia's 'weapons depot' is a party's assertion, no toll."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kharkiv",
       "Kharkiv", 49.9935, 36.2304, 1, wd(p, "vrijdag"), fat=1, inj=12, evid=[s3, s4],
       note="Russian attack drones on a Kharkiv residential area the same day: drone strike; one dead, twelve injured.")],
    "Two events (Odesa, Kharkiv) on Friday. The air force's interception count, the UN's national February tally and Ukraine's strikes on refineries in Russia (no place or day) are not coded."))

# 13 Warehouse fire in Hengelo (no event)
A(art("2019-07-03", "Zeer grote brand in loods Hengelo, NL-Alert voor rookoverlast", "Tubantia", [
    "Een zeer grote brand heeft dinsdagavond een bedrijfsloods aan de Hazenweg in Hengelo in de as gelegd. Een enorme rookwolk trok over de stad richting Borne en Almelo. De Veiligheidsregio Twente verstuurde een NL-Alert waarin bewoners werd gevraagd ramen en deuren te sluiten.",
    "In de loods lag een grote voorraad kunststof verpakkingsmateriaal opgeslagen. De brandweer kreeg het vuur pas tegen middernacht onder controle en was woensdag nog bezig met nablussen. Er raakte niemand gewond.",
    "'We hebben alles moeten inzetten wat we hadden', zegt een woordvoerder van de brandweer. 'Het was een gevecht tegen de klok om te voorkomen dat het overslaat naar de panden ernaast.' Dat is gelukt.",
    "De eigenaar, een groothandel in verpakkingen met veertig werknemers, spreekt van een ramp. Hoe de brand is ontstaan, wordt onderzocht. De politie heeft geen aanwijzingen voor brandstichting.",
    "De RIVM heeft metingen gedaan in de wijken waar roetdeeltjes neerkwamen. Mensen wordt afgeraden groenten uit eigen tuin te eten voordat die goed zijn gewassen.",
], [], "An accidental warehouse fire: not coded."))

# 14 Stabbing in Antwerp nightlife (crime, no event)
A(art("2023-05-22", "Twintiger neergestoken op Groenplaats na ruzie in café", "Gazet van Antwerpen", [
    "Op de Groenplaats in Antwerpen is in de nacht van zaterdag op zondag een 23-jarige man uit Mortsel met een mes in de rug gestoken. Het slachtoffer werd in kritieke toestand naar het ZNA Stuivenberg gebracht; zijn toestand is intussen stabiel.",
    "Volgens het parket was er in een café aan de Jordaenskaai ruzie ontstaan tussen twee groepjes jongeren, mogelijk over een meisje. Buiten liep het uit de hand. Een 19-jarige jongen uit Hoboken werd kort daarna door een patrouille van de lokale politie opgepakt in de Hoogstraat. Hij had het mes nog op zak.",
    "De onderzoeksrechter heeft hem aangehouden voor poging tot doodslag. 'Er is geen enkele aanwijzing voor een ander motief dan een uit de hand gelopen ruzie', zegt parketwoordvoerster Kristel Aerts.",
    "Het is de derde messteekpartij in het uitgaansleven van Antwerpen dit jaar. Burgemeester Bart De Wever kondigde eerder al extra politiepatrouilles aan in het weekend en overweegt een wapenverbodszone in de binnenstad.",
], [], "A stabbing after a bar quarrel and the arrest of one ordinary suspect: personal violence, not coded."))

# 15 UN report on Sudan (summed tallies, no event)
A(art("2025-04-14", "Twee jaar oorlog in Sudan: 'Vergeten crisis' kost tienduizenden levens", "NRC", [
    "Twee jaar na het uitbreken van de oorlog tussen het Sudanese leger en de paramilitaire Rapid Support Forces is Sudan volgens de Verenigde Naties 'de grootste humanitaire ramp ter wereld'. Ruim twaalf miljoen mensen zijn op de vlucht, bijna 25 miljoen mensen hebben te weinig te eten.",
    "Hoeveel doden de oorlog heeft geëist, weet niemand precies. Onderzoekers van de London School of Hygiene and Tropical Medicine schatten dat alleen al in de staat Khartoum in het eerste jaar meer dan 61.000 mensen zijn omgekomen. De ngo ACLED telt landelijk ruim 28.000 doden bij gevechten en aanvallen.",
    "In Darfur is de situatie het ernstigst. In het vluchtelingenkamp Zamzam, bij El Fasher, is volgens Artsen zonder Grenzen hongersnood uitgeroepen. 'Wij zien kinderen sterven aan ondervoeding die we met een zak pinda-pasta hadden kunnen redden', zegt coördinator Claire Nicolet.",
    "Maandag begint in Londen een conferentie over Sudan, georganiseerd door Groot-Brittannië, de Europese Unie, Frankrijk en Duitsland. Vertegenwoordigers van de strijdende partijen zijn niet uitgenodigd. Nederland zegt twintig miljoen euro extra toe voor noodhulp.",
    "Het leger boekte de afgelopen maanden terreinwinst rond de hoofdstad, maar de RSF beheersen nog altijd vrijwel heel Darfur. Maar volgens analisten is een einde van de oorlog nog lang niet in zicht.",
], [], "Overview on two years of war: summed tallies and estimates, a famine, a conference; the army's gains 'in recent months' have no place or day. Nothing coded."))
