# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Irak: zelfmoordaanslag op wervingsbureau in Baquba (dinsdag), mortieren op Groene Zone (maandagavond)
P = "2004-09-15"
A(art(P, "Zeker 21 doden bij zelfmoordaanslag op politiewervingsbureau in Baquba", "de Volkskrant", [
    "BAGDAD - Bij een zelfmoordaanslag voor een wervingsbureau van de Iraakse politie in Baquba, ten noordoosten van Bagdad, zijn dinsdagochtend zeker 21 mensen om het leven gekomen. Een man bracht een met explosieven volgeladen auto tot ontploffing te midden van een rij jongemannen die stonden te wachten om zich als agent aan te melden.",
    "'Het was een ravage. Overal lagen lichamen en brandende auto's', zei een winkelier aan de overkant van de straat tegen persbureau Reuters. Volgens een arts van het algemene ziekenhuis van Baquba werden ruim vijftig gewonden binnengebracht, van wie een aantal in kritieke toestand. Het Iraakse ministerie van Binnenlandse Zaken sprak later op de dag van 27 doden.",
    "Niemand eiste de aanslag op. Het is de derde aanslag op een politiebureau of wervingscentrum in Irak in minder dan een maand. Begin augustus kwamen bij een vergelijkbare aanslag in dezelfde stad ook al tientallen rekruten om.",
    "In Bagdad sloegen maandagavond drie mortiergranaten in in de zwaarbeveiligde Groene Zone, waar de Amerikaanse ambassade en de Iraakse interim-regering zijn gevestigd. Volgens persbureau Reuters vielen er geen gewonden. Eén granaat kwam terecht op een parkeerplaats en vernielde enkele auto's.",
    "Amerikaanse troepen en het nieuwe Iraakse leger bereiden zich voor op een offensief tegen opstandelingen in onder meer Fallujah en Samarra, dat vóór de verkiezingen van januari moet zijn afgerond. De Iraakse interim-premier Allawi zei dinsdag dat de aanslagen 'de wil van het Iraakse volk niet zullen breken'.",
], [
    ev("Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Iraq)", 3, "Police Forces of Iraq", 1, "Iraq", "Diyala", "Baqubah", 33.75, 44.63, 1, wd(P, "dinsdag"),
       fat=21, inj=50,
       claimed=[claim(27, None, "Iraqi Ministry of Interior", "27 doden")],
       evid=["BAGDAD - Bij een zelfmoordaanslag voor een wervingsbureau van de Iraakse politie in Baquba, ten noordoosten van Bagdad, zijn dinsdagochtend zeker 21 mensen om het leven gekomen.",
             "Een man bracht een met explosieven volgeladen auto tot ontploffing te midden van een rij jongemannen die stonden te wachten om zich als agent aan te melden."],
       note="Unclaimed car suicide bombing at the police recruitment office in Baquba on Tuesday. Target coded as the Iraqi police (recruits at a police office; Civilians would be the alternative). 21 from the article's own count; the Interior Ministry's 27 is kept as a claim (the government is a party); 'ruim vijftig' injured from a hospital doctor coded 50."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", 3, None, None, "Iraq", "Baghdad", "Baghdad", 33.3152, 44.3661, 1, wd(P, "maandag"),
       fat=0, inj=0,
       evid=["In Bagdad sloegen maandagavond drie mortiergranaten in in de zwaarbeveiligde Groene Zone, waar de Amerikaanse ambassade en de Iraakse interim-regering zijn gevestigd.",
             "Volgens persbureau Reuters vielen er geen gewonden."],
       note="Mortar fire on the Green Zone on Monday evening: shelling by an unnamed group; no victim named, so actor2 left empty (borderline: the US or Iraqi government could be argued as target). Nobody hurt per Reuters: 0 and 0."),
], "Two events: the Baquba suicide bombing (Tuesday) and the mortar fire on Baghdad's Green Zone (Monday). The similar bombing of early August is older background and the planned offensive is future: neither coded."))

# 2 liquidatie in Tilburg (criminele afrekening, geen bendeoorlog)
P = "2013-04-16"
A(art(P, "Man doodgeschoten in auto in Tilburg-Noord, politie denkt aan liquidatie", "Brabants Dagblad", [
    "TILBURG - Een 38-jarige man uit Tilburg is maandagavond in zijn auto doodgeschoten op een parkeerplaats aan de rand van de wijk Stokhasselt. Getuigen hoorden rond half tien vijf of zes schoten. Twee mannen op een scooter reden daarna met hoge snelheid weg in de richting van de Ringbaan-Noord.",
    "Het slachtoffer, Marco van der H., was een bekende van de politie. Hij werd in 2009 veroordeeld voor de handel in hasj en cocaïne. 'Alles wijst op een liquidatie in het criminele milieu', zegt een woordvoerder van de politie. 'Maar we kijken nadrukkelijk naar alle scenario's, ook naar een conflict over geld.'",
    "Volgens de recherche zijn er geen aanwijzingen dat de moord verband houdt met andere schietpartijen in de regio. Een scooter die mogelijk door de schutters is gebruikt, werd later op de avond uitgebrand teruggevonden in een weiland bij Udenhout.",
    "Buurtbewoners zijn geschrokken. 'Je leest over die afrekeningen in Amsterdam, maar hier, naast de speeltuin?' zegt een moeder die met haar kinderen langs het politielint loopt. De gemeente heeft voor dinsdagavond een bijeenkomst voor bewoners in het buurthuis belegd.",
    "Burgemeester Peter Noordanus kondigde extra politie-inzet in de wijk aan. De recherche roept getuigen op zich te melden, ook als zij beelden van dashcams of beveiligingscamera's hebben. Het is de tweede dodelijke schietpartij in Tilburg dit jaar; in januari werd een man neergeschoten na een ruzie in een café aan de Piusstraat.",
], [], "A liquidation of a convicted drug dealer, with no sign of a link to other shootings: ordinary (drug) crime, not a gang war or political violence, so not coded. The January café shooting is older and also ordinary crime."))

# 3 vuurwerkramp Enschede (ongeluk)
P = "2000-05-14"
A(art(P, "Zeker vijftien doden bij vuurwerkramp in Enschede", "ANP", [
    "ENSCHEDE - Bij een reeks explosies in een vuurwerkopslag in de Enschedese wijk Roombeek zijn zaterdagmiddag zeker vijftien mensen om het leven gekomen. Honderden mensen raakten gewond, van wie tientallen ernstig. Onder de doden zijn vier brandweerlieden. Tientallen mensen worden nog vermist.",
    "De ramp begon rond drie uur met een brand in een container op het terrein van het bedrijf SE Fireworks. Ruim een half uur later volgde een enorme ontploffing, die tot op tientallen kilometers afstand te horen was. Een paddenstoelwolk steeg boven de stad uit. Een complete woonwijk werd in de as gelegd.",
    "'Het is alsof hier een bom is gevallen', zei een brandweerman die zaterdagavond, zwart van het roet, bij de afzetting stond. 'We hebben hier een slagveld aangetroffen. Straten zijn er gewoon niet meer.' Ziekenhuizen in de regio en over de grens in Duitsland namen gewonden op.",
    "Zo'n vierhonderd woningen zijn verwoest, en volgens de gemeente zijn ruim duizend mensen dakloos. Zij worden opgevangen in sporthallen en bij familie. De brand in het getroffen gebied was zondagochtend nog niet helemaal onder controle.",
    "Koningin Beatrix en premier Kok bezochten zondag het rampgebied. Het Openbaar Ministerie is een onderzoek begonnen naar de oorzaak van de brand en naar de vraag of het bedrijf zich aan de vergunning hield. Volgens omwonenden lag er veel meer vuurwerk opgeslagen dan was toegestaan.",
], [], "An industrial accident (fireworks depot explosion), told in war words ('bom', 'slagveld'): accidents are out of scope, nothing coded."))

# 4 Somalie: Al Shabaab neemt Beledweyne zonder strijd (zondag); gevechten in Mogadishu (maandag)
P = "2009-01-20"
A(art(P, "Al Shabaab neemt Beledweyne in na vertrek Ethiopiërs", "Trouw", [
    "NAIROBI - Strijders van de radicaal-islamitische beweging Al Shabaab hebben zondag zonder slag of stoot de Somalische stad Beledweyne ingenomen. Ze trokken de stad binnen een dag nadat de laatste Ethiopische militairen er waren vertrokken, vertellen inwoners aan de BBC. Er werd geen schot gelost.",
    "'Ze reden met pick-ups het centrum in, hesen hun zwarte vlag op het politiebureau en riepen via luidsprekers dat iedereen rustig moest blijven', zegt een handelaar die telefonisch werd bereikt. Volgens hem zijn veel families uit angst voor nieuwe gevechten naar de omliggende dorpen getrokken.",
    "Ethiopië stuurde eind 2006 troepen naar Somalië om de overgangsregering te steunen tegen de Unie van Islamitische Rechtbanken. Addis Abeba kondigde vorig jaar aan zijn soldaten voor het einde van januari terug te trekken. Beledweyne, vlak bij de Ethiopische grens, was een van hun laatste steunpunten.",
    "In de hoofdstad Mogadishu vielen strijders van Al Shabaab maandag stellingen van regeringstroepen in het noorden van de stad aan. Bij de urenlange gevechten kwamen volgens de mensenrechtenorganisatie Elman zeker negen mensen om, onder wie vijf burgers die door verdwaalde kogels werden getroffen.",
    "Het Somalische parlement komt eind deze maand in Djibouti bijeen om een nieuwe president te kiezen. Analisten verwachten dat Al Shabaab de komende weken zal proberen ook de andere door de Ethiopiërs achtergelaten gebieden in handen te krijgen.",
], [
    ev("Strategic developments", "Non-violent transfer of territory", "Al Shabaab", 2, None, None, "Somalia", "Hiraan", "Beledweyne", 4.74, 45.20, 1, wd(P, "zondag"),
       fat=0,
       evid=["NAIROBI - Strijders van de radicaal-islamitische beweging Al Shabaab hebben zondag zonder slag of stoot de Somalische stad Beledweyne ingenomen.",
             "Er werd geen schot gelost."],
       note="Al Shabaab enters Beledweyne on Sunday after the Ethiopian withdrawal, without a shot: a non-violent transfer, not a battle. No opponent present, so actor2 empty; no shot fired, so 0 dead."),
    ev("Battles", "Armed clash", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia", "Banadir", "Mogadishu", 2.0469, 45.3182, 1, wd(P, "maandag"),
       fat=9,
       evid=["In de hoofdstad Mogadishu vielen strijders van Al Shabaab maandag stellingen van regeringstroepen in het noorden van de stad aan.",
             "Bij de urenlange gevechten kwamen volgens de mensenrechtenorganisatie Elman zeker negen mensen om, onder wie vijf burgers die door verdwaalde kogels werden getroffen."],
       note="Al Shabaab attack on transitional-government positions in Mogadishu on Monday: armed clash. Nine dead from Elman, a neutral source (the five civilians caught in crossfire count in the clash's toll)."),
], "Two events: the non-violent takeover of Beledweyne (Sunday, the Ethiopians left on Saturday, which is not an event of its own) and the Mogadishu clash (Monday). The Ethiopian intervention of 2006 and the coming election in Djibouti are background/future."))

# 5 proces aanslagen 22 maart (rechtszaak)
P = "2023-07-26"
A(art(P, "Jury: zes beschuldigden schuldig aan terroristische moord voor aanslagen van 22 maart", "De Standaard", [
    "BRUSSEL - De volksjury op het assisenproces over de aanslagen van 22 maart 2016 heeft dinsdagavond zes beschuldigden schuldig bevonden aan terroristische moord. Onder hen zijn Salah Abdeslam en Mohamed Abrini, 'de man met het hoedje' die op de camerabeelden in de vertrekhal van Zaventem te zien was. Twee broers die ervan werden beschuldigd onderdak te hebben geregeld, werden vrijgesproken.",
    "Bij de zelfmoordaanslagen op Brussels Airport en in het metrostation Maalbeek kwamen 32 mensen om het leven. Honderden anderen raakten gewond, velen van hen zwaar. De aanslagen werden opgeëist door Islamitische Staat.",
    "Het proces, dat in december begon in het voormalige NAVO-hoofdkwartier in Evere, is het grootste uit de Belgische geschiedenis. Bijna duizend slachtoffers en nabestaanden stelden zich burgerlijke partij. De jury beraadslaagde meer dan twee weken, afgezonderd in een hotel.",
    "In de zaal werd de uitspraak in stilte aangehoord. 'Dit is een belangrijke stap, maar het maakt niemand terug levend', zei een vrouw die haar broer verloor in Maalbeek. Een man die in de vertrekhal zwaargewond raakte, sprak van 'een opluchting na zeven jaar wachten'.",
    "Abdeslam en Abrini werden vorig jaar in Frankrijk al veroordeeld voor hun rol in de aanslagen van november 2015 in Parijs. De strafmaat in het Brusselse proces wordt na de zomer bepaald. Daarvoor komen de debatten over de straffen in september opnieuw samen.",
], [], "A jury verdict on the attacks of 22 March 2016: a trial of an old attack, not coded; the 2015 Paris attacks are history as well."))

# 6 Boonen wint Ronde van Vlaanderen (sport in oorlogstaal)
P = "2005-04-04"
A(art(P, "Boonen verovert Vlaanderen met beslissende aanval", "Het Nieuwsblad", [
    "MEERBEKE - Tom Boonen heeft zondag zijn eerste Ronde van Vlaanderen gewonnen. De 24-jarige renner uit Balen plaatste op een tiental kilometer van de meet de beslissende aanval en hield de achtervolgers met een ijzersterke solo van zich af. Hij kwam met de armen in de lucht alleen aan in Meerbeke.",
    "Het werd een echte veldslag. Boonens ploeg Quick.Step bestookte het peloton vanaf de Oude Kwaremont met aanval na aanval, tot de rivalen een voor een moesten lossen. 'Dit was oorlog', zei een van de ploegleiders na afloop. 'We hebben ze van in het begin onder vuur genomen en nooit meer losgelaten.'",
    "Op de Muur van Geraardsbergen stonden de toeschouwers rijen dik. Duizenden supporters in Boonen-shirts trokken na de finish scanderend door de straten van Meerbeke. 'Tommeke, Tommeke!' galmde het tot laat in de avond rond de café's.",
    "Boonen zelf was na afloop nauwelijks in staat te praten. 'Ik heb hier van kleins af aan van gedroomd. Toen ik over de streep kwam, dacht ik alleen aan mijn familie.'",
    "Volgende week staat Parijs-Roubaix op het programma. 'De hel van het noorden is een ander gevecht', zei hij. 'Maar met deze benen vrees ik niemand.'",
], [], "A cycling race told in war words ('veldslag', 'bestookte', 'onder vuur'); the fans 'scanderend door de straten' are celebrating, not protesting. Sport is out of scope: nothing coded."))

# 7 Colombia: FARC ontvoeren Ingrid Betancourt (zaterdag)
P = "2002-02-25"
A(art(P, "FARC ontvoeren presidentskandidate Ingrid Betancourt", "NRC Handelsblad", [
    "Van onze correspondent - BOGOTÁ - De Colombiaanse presidentskandidate Ingrid Betancourt is zaterdag in het zuiden van het land ontvoerd door de guerrillabeweging FARC. Betancourt, die ook de Franse nationaliteit heeft, werd samen met haar campagneleider Clara Rojas tegengehouden bij een wegversperring op de weg naar San Vicente del Caguán, in het departement Caquetá.",
    "Volgens getuigen dwongen gewapende guerrillastrijders de inzittenden van de auto uit te stappen en namen zij de twee vrouwen mee de jungle in. Twee medewerkers die in een tweede auto reden, konden ongedeerd terugkeren naar Florencia, de hoofdstad van het departement.",
    "Betancourt wilde ondanks waarschuwingen van het leger per se naar San Vicente, dat tot voor kort het centrum was van de gedemilitariseerde zone die president Andrés Pastrana in 1998 aan de FARC had afgestaan. 'Ik ga erheen om te laten zien dat de mensen daar niet vergeten zijn', zei ze vrijdag nog tegen een radiozender.",
    "Pastrana maakte vorige week een einde aan ruim drie jaar vredesbesprekingen met de FARC, die volgens hem 'het vertrouwen van het land hebben beschaamd'. Betancourt verweet de regering dat zij de bevolking van de zone aan haar lot overliet.",
    "Haar echtgenoot en haar Franse familie riepen zondag op tot haar onmiddellijke vrijlating. Frankrijk zegt 'alles te zullen doen' om haar vrij te krijgen. De FARC houden naar schatting honderden politici, militairen en agenten gevangen, die zij willen ruilen tegen gevangen guerrillastrijders.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "FARC", 2, "Civilians (Colombia)", 7, "Colombia", "Caqueta", "San Vicente del Caguan", 2.12, -74.77, 2, wd(P, "zaterdag"),
       evid=["Van onze correspondent - BOGOTÁ - De Colombiaanse presidentskandidate Ingrid Betancourt is zaterdag in het zuiden van het land ontvoerd door de guerrillabeweging FARC.",
             "Betancourt, die ook de Franse nationaliteit heeft, werd samen met haar campagneleider Clara Rojas tegengehouden bij een wegversperring op de weg naar San Vicente del Caguán, in het departement Caquetá."],
       note="FARC abduction of the candidate and her campaign manager at a roadblock on Saturday: a politician is a civilian. Place: on the road to San Vicente del Caguán, so near the town (geo 2). No deaths."),
], "One abduction (Saturday). Pastrana's end of the peace talks 'vorige week' is a political decision, and the army's entry into the former zone has no place or day: neither coded; the FARC's hostages are an aggregate."))

# 8 herdenking Srebrenica
P = "2015-07-13"
A(art(P, "Tienduizenden herdenken in Potočari twintig jaar genocide van Srebrenica", "Trouw", [
    "POTOČARI - Tienduizenden mensen hebben zaterdag in Potočari, bij Srebrenica, de slachtoffers herdacht van de genocide van juli 1995. Op de begraafplaats tegenover de voormalige basis van Dutchbat werden de stoffelijke resten van 136 slachtoffers begraven, die de afgelopen jaren in massagraven zijn gevonden en geïdentificeerd.",
    "Twintig jaar geleden namen Bosnisch-Servische troepen onder leiding van generaal Ratko Mladić de moslimenclave in, die door de VN tot veilig gebied was verklaard. In de dagen daarna werden meer dan achtduizend moslimmannen en -jongens vermoord. De Nederlandse blauwhelmen, licht bewapend en zonder luchtsteun, lieten de inname toe.",
    "Onder de aanwezigen waren staatshoofden en regeringsleiders uit de hele wereld, onder wie de voormalige Amerikaanse president Bill Clinton. Ook enkele tientallen oud-Dutchbatters reisden af naar Bosnië; de meesten van hen herdenken liever in Nederland, in kleinere bijeenkomsten.",
    "'Elk jaar kom ik hier, en elk jaar denk ik dat het minder pijn zal doen', zei een vrouw van de Moeders van Srebrenica, die haar man en twee zoons verloor. Van haar jongste zoon is nog altijd niets teruggevonden. Nog ruim duizend slachtoffers worden vermist.",
    "Het Joegoslavië-tribunaal in Den Haag doet naar verwachting volgend jaar uitspraak in de zaak tegen de Bosnisch-Servische oud-leider Radovan Karadžić. Het proces tegen Mladić loopt nog.",
], [], "A commemoration (not a protest) of a 1995 massacre; the genocide is history and the tribunal cases are trials. Nothing coded."))

# 9 UNAMA-halfjaarrapport (statistiek)
P = "2010-08-11"
A(art(P, "Recordaantal burgerdoden in Afghanistan, Taliban grootste boosdoener", "Trouw", [
    "KABUL - In Afghanistan zijn in de eerste zes maanden van dit jaar ruim twaalfhonderd burgers om het leven gekomen door het geweld van de oorlog. Dat is ongeveer een vijfde meer dan in dezelfde periode vorig jaar, meldt de VN-missie in het land (UNAMA) in haar halfjaarrapport.",
    "Volgens de VN zijn de Taliban en andere opstandelingen verantwoordelijk voor ruim driekwart van de burgerslachtoffers. Vooral bermbommen en zelfmoordaanslagen eisten veel levens. Ook het aantal gerichte moorden op burgers die voor de regering of buitenlandse organisaties werken, nam sterk toe. Het aantal kinderen dat omkwam, steeg met meer dan de helft.",
    "Het aantal burgerdoden dat door de internationale troepen werd veroorzaakt, daalde juist, met bijna een derde. De VN schrijven dat toe aan strengere regels voor het gebruik van luchtaanvallen, die de NAVO vorig jaar invoerde.",
    "De zuidelijke provincies Helmand en Kandahar, waar Amerikaanse en Britse troepen offensieven uitvoeren, zijn volgens het rapport het gevaarlijkst voor burgers. Maar ook in het noorden en het westen, tot voor kort relatief rustig, neemt het geweld toe.",
    "'Afghaanse burgers betalen een steeds hogere prijs', zei de VN-gezant Staffan de Mistura bij de presentatie. Een woordvoerder van de Taliban noemde de cijfers 'propaganda'. Nederland beëindigde deze zomer zijn missie in Uruzgan; de Nederlandse militairen zijn inmiddels grotendeels thuis.",
], [], "A half-year report with aggregate tallies of civilian deaths: statistics are not events. The Dutch withdrawal from Uruzgan has no place or day of its own. Nothing coded."))

# 10 Georgie: Russische luchtaanvallen op Gori (zaterdag)
P = "2008-08-10"
A(art(P, "Russische bommen op Georgische stad Gori", "ANP", [
    "TBILISI - Russische gevechtsvliegtuigen hebben zaterdag de Georgische stad Gori gebombardeerd. Daarbij werden een legerbasis aan de rand van de stad en verscheidene woonflats in het centrum getroffen. Volgens een arts van het stadsziekenhuis kwamen zeker vijf burgers om het leven; tientallen mensen raakten gewond.",
    "Journalisten ter plaatse zagen hoe reddingswerkers lichamen uit de puinhopen van een flatgebouw van vijf verdiepingen haalden. 'We hoorden de vliegtuigen en toen trilde alles', vertelde een vrouw die met haar kleinkinderen in de kelder had geschuild. De Georgische regering sprak van 'tientallen' burgerdoden en beschuldigde Moskou van een gerichte aanval op de bevolking.",
    "Het Russische ministerie van Defensie zegt alleen militaire doelen te hebben aangevallen. Het conflict over de afvallige regio Zuid-Ossetië, die zich begin jaren negentig van Georgië afscheidde, is in korte tijd uitgegroeid tot een open oorlog tussen beide landen.",
    "Gori, de geboortestad van Stalin, ligt vlak bij de grens met Zuid-Ossetië en is een belangrijk knooppunt op de weg tussen het oosten en het westen van Georgië. Duizenden inwoners zijn in auto's en bussen richting Tbilisi gevlucht.",
    "De Verenigde Staten en de Europese Unie riepen op tot een onmiddellijk staakt-het-vuren. De Franse minister van Buitenlandse Zaken Bernard Kouchner, wiens land voorzitter is van de EU, vertrekt zondag naar Tbilisi om te bemiddelen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Georgia)", 7, "Georgia", "Shida Kartli", "Gori", 41.98, 44.11, 1, wd(P, "zaterdag"),
       fat=5, claimed=[claim(12, None, "Government of Georgia", "'tientallen' burgerdoden")],
       evid=["TBILISI - Russische gevechtsvliegtuigen hebben zaterdag de Georgische stad Gori gebombardeerd.",
             "Daarbij werden een legerbasis aan de rand van de stad en verscheidene woonflats in het centrum getroffen.",
             "Volgens een arts van het stadsziekenhuis kwamen zeker vijf burgers om het leven; tientallen mensen raakten gewond."],
       note="Russian air strikes on Gori on Saturday, hitting a base and apartment blocks; the dead named are civilians, so actor2 Civilians (Russia is a foreign force: 8). Five from the hospital doctor; the Georgian government's 'tientallen' is a party's claim (low 12); 'tientallen' injured is vague: null."),
], "One air strike event (Gori, Saturday; one event for the strikes on base and flats, same place, day and sides). The war over South Ossetia is told without a place or day of its own; the mediation is future. Not coded."))

# 11 onderzoek naar dood Storimans (oud)
P = "2008-10-21"
A(art(P, "Commissie: Storimans gedood door Russische clustermunitie", "de Volkskrant", [
    "DEN HAAG - RTL-cameraman Stan Storimans is op 12 augustus in de Georgische stad Gori om het leven gekomen door clustermunitie die met een Russische raket was afgevuurd. Dat concludeert de onderzoekscommissie onder leiding van Pieter van Vollenhoven in een rapport dat maandag werd gepresenteerd.",
    "Storimans stond met collega's op het centrale plein van Gori toen in de ochtend een reeks kleine explosies het plein trof. Hij was op slag dood. Een Nederlandse verslaggever raakte licht gewond. Bij dezelfde aanval kwamen volgens Human Rights Watch ook enkele Georgische burgers om.",
    "De commissie reisde naar Georgië en sprak met getuigen. Op foto's en in de bodem van het plein werden resten gevonden van een submunitie die alleen in het Russische arsenaal voorkomt. 'Er is geen twijfel mogelijk over de herkomst', schrijft de commissie.",
    "Rusland heeft altijd ontkend clustermunitie te hebben gebruikt in de oorlog met Georgië. De Russische ambassade in Den Haag liet maandag weten het rapport 'met belangstelling' te zullen bestuderen.",
    "Minister Verhagen van Buitenlandse Zaken zegt de conclusies met Moskou te zullen bespreken. De familie van Storimans wil dat Rusland verantwoordelijkheid neemt. 'Stan deed gewoon zijn werk', zei zijn broer. 'Dat iemand daarvoor moet sterven, mogen we nooit accepteren.' Nederland pleit internationaal voor een verbod op clustermunitie.",
], [], "An inquiry report on an attack of 12 August, more than two months old: not coded; the Russian denial and the diplomacy are reactions."))

# 12 boeren kondigen nieuw protest aan (aangekondigd, trekkers geweerd)
P = "2019-12-14"
A(art(P, "Boeren willen woensdag opnieuw naar Den Haag, stad weert trekkers", "NOS", [
    "Boerenactiegroepen willen woensdag opnieuw naar Den Haag om te protesteren tegen de stikstofregels van het kabinet. Farmers Defence Force verwacht duizenden boeren en roept op om 'met alles wat rijdt' naar het Malieveld te komen. Agractie heeft nog niet gezegd of het zich bij de actie aansluit.",
    "De gemeente Den Haag heeft laten weten dat trekkers in het centrum niet welkom zijn. Burgemeester Remkes heeft de politie opdracht gegeven voertuigen bij de stadsgrens tegen te houden. 'De boeren mogen demonstreren, maar de stad moet bereikbaar blijven', zegt een woordvoerder van de gemeente.",
    "In oktober legden boeren met hun trekkers twee keer grote delen van het land plat. Tijdens de tweede actiedag stond er in de ochtendspits meer dan elfhonderd kilometer file, een record. Bij provinciehuizen in onder meer Groningen en Den Bosch ramden trekkers destijds hekken.",
    "'We laten ons niet tegenhouden door een paar betonblokken', zegt een woordvoerder van Farmers Defence Force. 'Als het moet, staan we er met de kerst nog.' De organisatie eist dat het kabinet afziet van nieuwe maatregelen voor de veehouderij.",
    "De politie bereidt zich voor op een grote inzet. Landbouwminister Schouten zegt open te staan voor een gesprek, maar niet onder druk van blokkades. De Tweede Kamer debatteert donderdag opnieuw over de stikstofaanpak.",
], [], "An announced protest (Wednesday, future) and a city's measures against it: not coded. The October actions, including the damage at provincial halls, are about two months old: not coded."))

# 13 avondklokrellen: Eindhoven (zondag) en Den Bosch (maandagavond)
P = "2021-01-26"
A(art(P, "Na Eindhoven nu ook Den Bosch: tweede avond van rellen tegen avondklok", "NOS", [
    "Na de zware ongeregeldheden in Eindhoven op zondag is het maandagavond ook in Den Bosch uit de hand gelopen. Honderden jongeren die via sociale media hadden opgeroepen tot een protest tegen de avondklok, bekogelden agenten bij het station met stenen en zwaar vuurwerk. Ze plunderden een supermarkt en staken een auto in brand. De ME moest met traangas ingrijpen om de groepen uiteen te drijven.",
    "In Eindhoven was een verboden demonstratie tegen de avondklok op het 18 Septemberplein zondagmiddag omgeslagen in een veldslag. Relschoppers gooiden stenen en vuurwerk naar de ME, staken auto's in brand en plunderden een supermarkt in het station. De politie zette waterkanonnen en traangas in. 'Als we zo doorgaan, zijn we op weg naar een burgeroorlog', zei burgemeester John Jorritsma.",
    "Landelijk werden sinds zaterdag ruim 250 mensen aangehouden. Ook in andere steden was het onrustig, maar daar bleef de schade beperkt.",
    "Premier Rutte noemde de rellen maandag 'crimineel geweld'. 'Dit heeft niets te maken met opkomen voor je vrijheid', zei hij. De avondklok, die zaterdag inging, is de eerste in Nederland sinds de Tweede Wereldoorlog.",
    "Politiebonden waarschuwen dat de ME-eenheden uitgeput raken. 'We draaien al maanden overuren', zegt een woordvoerder van de Nederlandse Politiebond. Ook voor dinsdagavond zijn op sociale media oproepen verschenen om 'de straat op te gaan'.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, "Police Forces of the Netherlands", 1, "Netherlands", "North Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zondag"),
       evid=["In Eindhoven was een verboden demonstratie tegen de avondklok op het 18 Septemberplein zondagmiddag omgeslagen in een veldslag.",
             "Relschoppers gooiden stenen en vuurwerk naar de ME, staken auto's in brand en plunderden een supermarkt in het station."],
       note="A banned anti-curfew demonstration in Eindhoven on Sunday that turned into stone-throwing, arson and looting: violent demonstration against the police. No deaths or injury count."),
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, "Police Forces of the Netherlands", 1, "Netherlands", "North Brabant", "'s-Hertogenbosch", 51.6978, 5.3037, 1, wd(P, "maandag"),
       evid=["Na de zware ongeregeldheden in Eindhoven op zondag is het maandagavond ook in Den Bosch uit de hand gelopen.",
             "Honderden jongeren die via sociale media hadden opgeroepen tot een protest tegen de avondklok, bekogelden agenten bij het station met stenen en zwaar vuurwerk."],
       note="Den Bosch on Monday evening: youths called out to protest the curfew pelted police, looted a supermarket and burned a car; called as a protest, so violent demonstration rather than mob violence (borderline)."),
], "Two riot events: Eindhoven (Sunday) and Den Bosch (Monday). The 250 arrests are a national tally since Saturday, not tied to one place: no separate Arrests event. 'Andere steden' are unnamed; Tuesday's calls are future."))

# 14 overvaller doodgeschoten door politie (gewone criminaliteit)
P = "2008-11-21"
A(art(P, "Overvaller juwelier Zuidplein doodgeschoten bij vuurgevecht met politie", "AD", [
    "ROTTERDAM - Een van de twee mannen die donderdagmiddag een juwelierszaak in winkelcentrum Zuidplein overvielen, is bij een vuurgevecht met de politie om het leven gekomen. Zijn handlanger werd kort daarna aangehouden in het metrostation.",
    "De twee mannen, met bivakmutsen op, stormden rond half drie de zaak binnen. Eén van hen bedreigde het personeel met een vuurwapen, de ander sloeg met een hamer de vitrines in. Met een tas vol horloges en sieraden renden ze naar buiten, waar de eerste agenten net arriveerden. 'Het ging allemaal binnen een minuut', zegt een verkoopster, die nog zichtbaar aangeslagen was.",
    "Volgens de politie opende een van de overvallers het vuur op de agenten. Een agent schoot terug en trof de man in de borst. Hij overleed later in het ziekenhuis. Het gaat om een 24-jarige man uit Rotterdam-Charlois, die eerder voor overvallen was veroordeeld. Geen van de agenten raakte gewond.",
    "De Rijksrecherche onderzoekt, zoals gebruikelijk wanneer de politie een vuurwapen gebruikt, of de agent rechtmatig heeft gehandeld. Het winkelcentrum was urenlang gedeeltelijk afgesloten.",
    "De juwelier werd twee jaar geleden ook al overvallen. 'Je verwacht dat het een keer gebeurt, maar twee keer?' zegt de eigenaar. Volgens de politie is het aantal overvallen op juweliers in de regio dit jaar wel gedaald ten opzichte van vorig jaar.",
], [], "An armed robbery and a police shooting of the robber: ordinary crime and a police shooting of a criminal suspect, out of scope; the arrest of one robber is not an Arrests event."))

# 15 Belgische verkiezingen 2010
P = "2010-06-14"
A(art(P, "Aardverschuiving in Vlaanderen: N-VA grootste partij van het land", "De Standaard", [
    "BRUSSEL - De N-VA van Bart De Wever is bij de federale verkiezingen van zondag uitgegroeid tot de grootste partij van het land. De Vlaams-nationalisten haalden bijna 28 procent van de Vlaamse stemmen, een ongeziene overwinning voor een partij die drie jaar geleden nog in kartel met CD&V opkwam.",
    "In Wallonië won de PS van Elio Di Rupo de slag overtuigend. De Franstalige socialisten worden met ruime voorsprong de grootste partij aan Franstalige kant. CD&V, de partij van ontslagnemend premier Yves Leterme, kreeg een zware klap en zakte onder de twintig procent.",
    "'Vandaag hebben de Vlamingen gekozen voor verandering', zei De Wever in een volle zaal in Brussel, waar zijn aanhangers hem toejuichten. Hij stak de hand uit naar de Franstaligen en zei dat hij 'geen revolutie, maar evolutie' wil.",
    "De kiesstrijd werd gedomineerd door de splitsing van de kieskring Brussel-Halle-Vilvoorde, waarover de vorige regering in april ten val kwam. Politieke waarnemers verwachten lange en moeizame onderhandelingen over een nieuwe regering en een nieuwe staatshervorming.",
    "Koning Albert II begint maandag met zijn consultaties. Op 1 juli neemt België het voorzitterschap van de Europese Unie over, wat de druk om snel een regering te vormen verhoogt.",
], [], "Elections and coalition talk ('slag', 'kiesstrijd'): not political violence or a protest; the party gathering is a celebration. Nothing coded."))

# 16 aanslagen op moskee in Eindhoven (maandag) en islamitische school in Uden (dinsdag)
P = "2004-11-09"
A(art(P, "Explosie bij moskee in Eindhoven, islamitische school in Uden afgebrand", "Eindhovens Dagblad", [
    "EINDHOVEN - Bij een moskee in Eindhoven is maandagochtend rond half vier een explosief tot ontploffing gebracht. De voordeur en een deel van de gevel werden zwaar beschadigd en ramen in de wijde omgeving sneuvelden. Er was niemand in het gebouw en niemand raakte gewond.",
    "'Dit is een aanslag op onze hele gemeenschap', zei een bestuurslid van de moskee, die maandagochtend met tranen in de ogen de schade opnam. De politie heeft een team van twintig rechercheurs op de zaak gezet en sluit een verband met de moord op filmmaker Theo van Gogh niet uit.",
    "In Uden brandde in de nacht van maandag op dinsdag een islamitische basisschool volledig af. De brand werd rond drie uur 's nachts ontdekt; de brandweer kon niet voorkomen dat het gebouw tot de grond toe afbrandde. Op een muur van de school troffen agenten de tekst 'Theo R.I.P.' aan. De politie gaat uit van brandstichting.",
    "Sinds de moord op Van Gogh zijn in het hele land meer dan tien aanslagen en vernielingen bij moskeeën, islamitische scholen en kerken gemeld. Het kabinet riep maandag op tot kalmte en zegde de moslimgemeenschap extra bescherming toe.",
    "De schoolleiding in Uden zoekt naar tijdelijke huisvesting voor de ruim honderd leerlingen. 'De kinderen vragen waarom iemand hun school kapot wil maken', zegt de directeur.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Netherlands)", 3, "Civilians (Netherlands)", 7, "Netherlands", "North Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "maandag"),
       fat=0, inj=0,
       evid=["EINDHOVEN - Bij een moskee in Eindhoven is maandagochtend rond half vier een explosief tot ontploffing gebracht.",
             "Er was niemand in het gebouw en niemand raakte gewond."],
       note="A bomb at a mosque at 3.30 on Monday morning: remote explosive by unknown perpetrators against the Muslim community (Civilians); nobody hurt: 0 and 0."),
    ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Netherlands)", 3, "Civilians (Netherlands)", 7, "Netherlands", "North Brabant", "Uden", 51.66, 5.62, 1, P,
       evid=["In Uden brandde in de nacht van maandag op dinsdag een islamitische basisschool volledig af.",
             "Op een muur van de school troffen agenten de tekst 'Theo R.I.P.' aan.",
             "De politie gaat uit van brandstichting."],
       note="Arson on an empty Islamic school, with a slogan that gives the motive: property destruction. 'In de nacht van maandag op dinsdag', discovered around three: dated Tuesday (the publication day). No toll given: null."),
], "Two events: the Eindhoven mosque bomb (Monday) and the Uden school arson (Tuesday night-time). The murder of Theo van Gogh is named without place or time (backdrop) and the 'more than ten' attacks are a tally: not coded."))

# 17 dertig jaar na De Punt (historisch)
P = "2007-06-11"
A(art(P, "Dertig jaar na De Punt: 'Ik hoor die straaljagers nog elke nacht'", "Dagblad van het Noorden", [
    "DE PUNT - Precies dertig jaar geleden, in de vroege ochtend van 11 juni 1977, maakten mariniers een einde aan de treinkaping bij De Punt. Terwijl straaljagers laag over de trein scheerden om de kapers af te leiden, bestormden de mariniers de wagons. Zes van de negen Molukse kapers en twee gijzelaars kwamen om.",
    "Twintig dagen eerder hadden de jongeren de intercity van Assen naar Groningen tot stoppen gedwongen. Tegelijk bezetten vier andere Molukkers een basisschool in Bovensmilde, waar ruim honderd kinderen en vijf leerkrachten werden gegijzeld. De kapers eisten de vrijlating van eerder veroordeelde Molukse actievoerders en steun voor een onafhankelijke Zuid-Molukse republiek.",
    "Voor oud-gijzelaar Annie Brouwer, toen 19, zijn de beelden nooit verdwenen. 'Ik hoor die straaljagers nog elke nacht', zegt ze aan haar keukentafel in Assen. 'En ik denk aan de twee mensen die het niet hebben overleefd. Dat had ik ook kunnen zijn.'",
    "Ook in de Molukse gemeenschap is de kaping nooit verwerkt. Nabestaanden van de gedode kapers procederen al jaren om opheldering over de vraag of de mariniers kapers hebben doodgeschoten die zich al hadden overgegeven. 'Wij willen alleen de waarheid', zegt een van hen.",
    "Bij het monument langs het spoor wordt vanavond in besloten kring stilgestaan bij de kaping.",
], [], "A historical feature on the 1977 train hijacking; tonight's closed commemoration is future and not a protest. Nothing coded."))

# 18 aardbeving Haiti (ramp)
P = "2010-01-14"
A(art(P, "Port-au-Prince één groot slagveld na zware aardbeving", "NRC Handelsblad", [
    "Van onze correspondent - PORT-AU-PRINCE - Twee dagen na de zware aardbeving die Haïti dinsdag trof, liggen grote delen van de hoofdstad Port-au-Prince in puin. Het presidentiële paleis, de kathedraal en het parlementsgebouw zijn ingestort. Volgens het Haïtiaanse Rode Kruis zijn mogelijk tienduizenden mensen omgekomen.",
    "De beving had een kracht van 7,0 op de schaal van Richter. Het epicentrum lag op zo'n vijftien kilometer van de hoofdstad. 'Het is alsof de stad gebombardeerd is', zegt een Nederlandse hulpverlener die al jaren in Haïti werkt. 'Overal liggen lichamen langs de kant van de weg. Mensen graven met hun blote handen naar familieleden.'",
    "Ook het hoofdkwartier van de VN-vredesmacht stortte in. Het hoofd van de missie, de Tunesiër Hédi Annabi, wordt vermist. Honderden VN-medewerkers zouden onder het puin liggen.",
    "De hulpverlening komt moeizaam op gang. Het vliegveld is zwaar beschadigd en wegen zijn geblokkeerd door puin. De Verenigde Staten sturen een vliegdekschip en duizenden militairen om te helpen bij de hulpverlening. Nederland stuurt een reddingsteam en stelt geld beschikbaar.",
    "Haïti is het armste land van het westelijk halfrond. Veel gebouwen in Port-au-Prince zijn slecht gebouwd, op steile hellingen. De wederopbouw na een ramp van deze omvang zal volgens deskundigen vele jaren vergen.",
], [], "A natural disaster told in war words ('slagveld', 'gebombardeerd'); foreign troops arriving for relief are not a strategic development. Nothing coded."))

# 19 Brussel: sans-papiers met waterkanon van de ring (dinsdag); mars in Luik (vorige week)
P = "2008-06-25"
A(art(P, "Politie verdrijft sans-papiers met waterkanon van kleine ring", "De Standaard", [
    "BRUSSEL - De politie heeft dinsdagavond in Brussel een waterkanon ingezet om een betoging van mensen zonder papieren uiteen te drijven. Zo'n vierhonderd sans-papiers en sympathisanten hadden de kleine ring ter hoogte van het Noordstation urenlang geblokkeerd om een snelle regularisatie te eisen.",
    "Volgens de politie verliep de actie tot dan toe rustig. 'Maar we konden een van de drukste verkeersaders van de stad niet de hele avond laten blokkeren', zegt een woordvoerder van de politiezone Brussel-Noord. Nadat de betogers meerdere oproepen om de weg vrij te maken hadden genegeerd, werden ze met het waterkanon van de rijbaan verdreven. Enkele betogers liepen lichte verwondingen op.",
    "Vorige week trokken in Luik al zo'n duizend mensen zonder papieren en hun steunkomitees door het centrum van de stad. Die mars verliep zonder incidenten.",
    "De regering-Leterme beloofde bij haar aantreden in maart duidelijke criteria voor regularisatie, maar die zijn er nog altijd niet. Minister van Migratie Annemie Turtelboom wil vermijden dat een nieuwe regularisatieronde een aanzuigeffect veroorzaakt. In verschillende kerken en universiteitsgebouwen in Brussel en Luik voeren sans-papiers al weken een hongerstaking.",
    "Steunorganisaties en vakbonden kondigden voor volgende maand een nationale betoging in Brussel aan.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Belgium)", 6, "Police Forces of Belgium", 1, "Belgium", "Brussels", "Brussels", 50.8503, 4.3517, 1, wd(P, "dinsdag"),
       evid=["BRUSSEL - De politie heeft dinsdagavond in Brussel een waterkanon ingezet om een betoging van mensen zonder papieren uiteen te drijven.",
             "Zo'n vierhonderd sans-papiers en sympathisanten hadden de kleine ring ter hoogte van het Noordstation urenlang geblokkeerd om een snelle regularisatie te eisen."],
       note="A peaceful road blockade by undocumented migrants on Tuesday, dispersed with a water cannon: protest with intervention (the protesters used no violence). 'Enkele' light injuries is vague: null."),
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, "Belgium", "Wallonia", "Liege", 50.6326, 5.5797, 1, "2008-06-16", "2008-06-22", tp=2,
       evid=["Vorige week trokken in Luik al zo'n duizend mensen zonder papieren en hun steunkomitees door het centrum van de stad.",
             "Die mars verliep zonder incidenten."],
       note="A march in Liège 'vorige week': peaceful protest dated to the previous calendar week (Monday 16 to Sunday 22 June, time precision 2)."),
], "Two events: the Brussels blockade dispersed by water cannon (Tuesday) and the Liège march last week. The hunger strikes 'al weken' in churches have no start within the horizon and no single place; the national march is announced: not coded."))

# 20 FARC schorten vredesbesprekingen op (diplomatie)
P = "2013-08-26"
A(art(P, "FARC schorten vredesbesprekingen in Havana op", "NRC Handelsblad", [
    "HAVANA - De Colombiaanse guerrillabeweging FARC heeft de vredesbesprekingen met de regering in de Cubaanse hoofdstad voorlopig opgeschort. De rebellen willen zich beraden op het voorstel van president Juan Manuel Santos om een eventueel vredesakkoord aan de bevolking voor te leggen in een referendum.",
    "De guerrilla heeft naar eigen zeggen nooit ingestemd met een referendum dat van bovenaf wordt opgelegd, liet FARC-onderhandelaar Iván Márquez vrijdag in Havana weten. Volgens de guerrilla moet een grondwetgevende vergadering over het akkoord beslissen. Santos reageerde kortaf dat Colombia geen haast heeft om een slecht akkoord te sluiten.",
    "De besprekingen begonnen in november vorig jaar, met Cuba en Noorwegen als bemiddelaars. In mei bereikten beide partijen al overeenstemming over het eerste agendapunt, de hervorming van de landbouw. Nu ligt het moeilijke punt van de politieke deelname van oud-strijders op tafel.",
    "Het conflict tussen de staat en de FARC duurt sinds 1964 en kostte volgens een overheidscommissie meer dan 220.000 mensen het leven. Miljoenen Colombianen sloegen op de vlucht. Tijdens de onderhandelingen gaan de gevechten op het platteland gewoon door, omdat de regering een staakt-het-vuren weigert zolang er geen akkoord is.",
    "Waarnemers verwachten dat de gesprekken binnen enkele dagen worden hervat. 'Dit is een tactische pauze, geen breuk', zegt een Colombiaanse politicoloog.",
], [], "Peace talks suspended, a referendum dispute and the May agreement (months old): diplomacy, not coded; the 220,000 dead is an aggregate and the continuing fighting has no place or day."))
