# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 21 drugslab Brabant
P = "2025-01-20"
A(art(P, "Groot drugslab opgerold in schuur bij Nistelrode", "Brabants Dagblad", [
    "De politie heeft vrijdag een groot drugslab opgerold in een schuur aan een buitenweg bij Nistelrode. In het lab werd volgens de politie op grote schaal crystal meth geproduceerd. Ter plaatse werden drie mannen met de Mexicaanse nationaliteit en een 51-jarige man uit Oss aangehouden.",
    "Agenten vonden vaten met honderden liters chemicaliën en een grote hoeveelheid eindproduct. Gespecialiseerde bedrijven waren het hele weekend bezig met het ontmantelen van het lab. De brandweer hield de omgeving in de gaten vanwege het risico op giftige dampen.",
    "De eigenaar van de boerderij zegt niet te hebben geweten wat er in zijn schuur gebeurde. 'Ik had hem verhuurd voor de opslag van caravans', vertelt hij.",
    "Volgens de politie is Brabant nog altijd een van de belangrijkste productiegebieden van synthetische drugs in Europa. Het drugsafval wordt vaak in natuurgebieden gedumpt, wat de gemeenten jaarlijks miljoenen kost.",
], [], "Drug lab and arrests of producers: drug crime, not coded."))

# 22 arrestatie terreurverdachten Arnhem
P = "2025-01-20"
A(art(P, "Twee jongens in Arnhem opgepakt voor beramen aanslag", "De Gelderlander", [
    "De politie heeft donderdag in Arnhem twee jongens van 17 en 19 jaar aangehouden op verdenking van het voorbereiden van een terroristische aanslag. Dat meldt het Openbaar Ministerie vrijdag. De arrestaties werden verricht door een arrestatieteam in twee woningen in de wijk Presikhaaf.",
    "Volgens het OM hadden de verdachten online contact met aanhangers van Islamitische Staat en zochten ze naar informatie over het maken van explosieven. Bij de huiszoekingen zijn telefoons, laptops en een mes in beslag genomen.",
    "De twee zijn zaterdag voorgeleid aan de rechter-commissaris in Rotterdam, waar terreurzaken worden behandeld; hij verlengde hun voorarrest met twee weken. Het OM doet geen mededelingen over een mogelijk doelwit.",
    "De Nationaal Coördinator Terrorismebestrijding waarschuwde eerder al dat steeds meer jonge mensen online radicaliseren. Het dreigingsniveau staat al langere tijd op 4 op een schaal van 5.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Civilians (Netherlands)", 7, "Netherlands", "Gelderland", "Arnhem", 51.9851, 5.8987, 1, wd(P, "donderdag"),
       evid=["De politie heeft donderdag in Arnhem twee jongens van 17 en 19 jaar aangehouden op verdenking van het voorbereiden van een terroristische aanslag."],
       note="Arrest of two terror suspects in one district on one day: one event; suspects as civilians since no membership of a group is stated (borderline). The later hearing is not coded."),
], "One arrest of terror suspects in Arnhem on Thursday."))

# 23 sport Club Brugge
P = "2024-12-09"
A(art(P, "Club Brugge houdt stand in Brussel, fans vieren feest", "Het Nieuwsblad", [
    "Club Brugge heeft zondag in het Lotto Park met 1-1 gelijkgespeeld tegen Anderlecht. De Bruggelingen kwamen al na tien minuten achter, maar de gelijkmaker viel vlak na rust uit een strafschop.",
    "Anderlecht was de hele wedstrijd de betere ploeg en raakte twee keer het aluminium. De trainer van Anderlecht vond het resultaat 'bijzonder zuur'. Club blijft daardoor aan de leiding in de Jupiler Pro League.",
    "Ongeveer duizend Brugse supporters hadden de reis naar Brussel gemaakt. Ze werden onder politiebegeleiding met bussen naar het stadion gebracht en na afloop weer weggeleid. Volgens de politie verliep alles in een goede sfeer; er werd alleen een vuurpijl afgestoken op de bezoekerstribune, waarvoor de club een boete riskeert.",
    "Volgende week ontvangt Club Brugge in de Champions League een Duitse tegenstander.",
], [], "Football with escorted fans and a flare; no riot, not coded."))

# 24 boerenprotest Brussel met waterkanon
P = "2024-12-09"
A(art(P, "Politie zet waterkanon in tegen boeren in Europese wijk", "De Standaard", [
    "In de Europese wijk in Brussel heeft de politie donderdag een waterkanon en traangas ingezet tegen boeren die met tractoren naar de Wetstraat waren gereden. Enkele duizenden landbouwers uit België, Frankrijk en Nederland protesteerden tegen het handelsakkoord met de Mercosurlanden, dat volgens hen de Europese landbouw kapotmaakt.",
    "Een deel van de betogers stak hooibalen en autobanden in brand bij de ingang van het Europees Parlement. Toen ze de afzetting probeerden te doorbreken, greep de politie in. Volgens de politie werden twee agenten licht gewond; er werden vijf mensen opgepakt.",
    "Het Boerenbond, een van de organisatoren, nam afstand van het geweld. 'Wij wilden een vreedzame actie', zei een woordvoerder.",
    "De boeren dreigen de komende weken met nieuwe blokkades van grensovergangen als de Europese Commissie het akkoord toch ondertekent.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels", "Brussels", 50.8503, 4.3517, 1, wd(P, "donderdag"),
       inj=2,
       evid=["In de Europese wijk in Brussel heeft de politie donderdag een waterkanon en traangas ingezet tegen boeren die met tractoren naar de Wetstraat waren gereden.", "Een deel van de betogers stak hooibalen en autobanden in brand bij de ingang van het Europees Parlement.", "Volgens de politie werden twee agenten licht gewond; er werden vijf mensen opgepakt."],
       note="Farmers burning bales and trying to break the barrier, police water cannon: coded as a violent demonstration (borderline with protest with intervention). Threatened blockades not coded."),
], "One farmers' demonstration turning violent in Brussels on Thursday; future blockades not coded."))

# 25 herdenking MH17
P = "2024-07-18"
A(art(P, "Tien jaar na MH17: nabestaanden herdenken in Vijfhuizen", "NOS", [
    "Bij het Nationaal Monument MH17 in Vijfhuizen hebben duizenden nabestaanden woensdag de slachtoffers van de ramp met vlucht MH17 herdacht. Precies tien jaar geleden werd het toestel van Malaysia Airlines boven Oost-Oekraïne neergeschoten. Alle 298 inzittenden kwamen om, onder wie 196 Nederlanders.",
    "Tijdens de plechtigheid werden de namen van alle slachtoffers voorgelezen. Koning Willem-Alexander en de premier legden kransen. Rond het monument staan 298 bomen, een voor elk slachtoffer.",
    "Voor veel nabestaanden blijft het gemis groot. 'Tien jaar voelt als gisteren', zei een vrouw die haar zoon en schoondochter verloor. Ze is blij dat de rechtbank in 2022 drie mannen veroordeelde, maar geen van hen zit zijn straf uit.",
    "Nederland en Australië hebben Rusland aansprakelijk gesteld bij de Internationale Burgerluchtvaartorganisatie. Een uitspraak wordt later dit jaar verwacht.",
], [], "Commemoration of the 2014 MH17 downing; historical, not coded."))

# 26 brand Gent
P = "2025-01-20"
A(art(P, "Gezin gered uit brandend appartement in Gent", "Het Laatste Nieuws", [
    "Bij een brand in een appartementsgebouw in de Gentse wijk Ledeberg zijn zaterdagnacht een moeder en haar drie kinderen via een ladderwagen gered. Het vuur brak rond twee uur uit in de keuken van een appartement op de derde verdieping.",
    "De brandweer van Gent was snel ter plaatse en kreeg de brand na een uur onder controle. Vijf bewoners werden met rookvergiftiging naar het ziekenhuis gebracht. Het appartement is volledig onbewoonbaar.",
    "Volgens de brandweer ligt de oorzaak vermoedelijk bij een frietketel die was blijven aanstaan. 'Een klassiek scenario', zegt een woordvoerder. 'Laat zo'n toestel nooit onbewaakt achter.'",
    "De stad Gent zorgt voor tijdelijke opvang voor het gezin. Buren zijn intussen een inzamelactie begonnen voor kleding en speelgoed voor de kinderen, die alles zijn kwijtgeraakt.",
], [], "Accidental fire: not coded."))

# 27 gevecht JNIM en leger bij Gao
P = "2025-02-24"
A(art(P, "Tientallen doden bij gevechten in Noord-Mali", "Trouw", [
    "In het noorden van Mali zijn bij gevechten tussen het leger en jihadisten van JNIM zeker achttien soldaten om het leven gekomen. Dat melden lokale bestuurders en een ziekenhuis in Gao. Het leger werd zaterdagochtend aangevallen bij een controlepost ongeveer dertig kilometer ten zuiden van Gao.",
    "De strijders, die volgens getuigen op motoren en in pick-ups kwamen, vochten urenlang met de militairen. Het leger zegt 'tientallen terroristen' te hebben gedood; die bewering is niet onafhankelijk te controleren. JNIM, dat gelieerd is aan al-Qaida, eiste de aanval op en spreekt van een 'grote overwinning'.",
    "Mali wordt sinds 2020 geleid door een militaire junta, die de Franse troepen en de VN-vredesmacht het land uitzette. Sindsdien werkt het leger samen met Russische huurlingen.",
    "Volgens onderzoekers is het aantal aanvallen in het noorden en midden van het land het afgelopen jaar fors gestegen.",
], [
    ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Mali", 1, "Mali", "Gao", "Gao", 16.2717, -0.0447, 2, wd(P, "zaterdag"),
       fat=18,
       evid=["In het noorden van Mali zijn bij gevechten tussen het leger en jihadisten van JNIM zeker achttien soldaten om het leven gekomen.", "Het leger werd zaterdagochtend aangevallen bij een controlepost ongeveer dertig kilometer ten zuiden van Gao."],
       note="Clash near Gao (precision 2); local officials' and hospital's 18 soldiers taken; the army's 'dozens of terrorists' is a party claim and not added. Trend statements not coded."),
], "One armed clash near Gao on Saturday."))

# 28 politiek peiling
P = "2024-12-09"
A(art(P, "Peiling: coalitiepartijen verliezen terrein", "de Volkskrant", [
    "De vier coalitiepartijen zouden bij verkiezingen nu samen ruim twintig zetels verliezen. Dat blijkt uit een nieuwe peiling van Ipsos I&O. Vooral de grootste regeringspartij zakt weg, terwijl de oppositiepartijen GroenLinks-PvdA en CDA winst boeken.",
    "Volgens de onderzoekers ergeren kiezers zich aan de ruzies binnen het kabinet over de begroting en het asielbeleid. Slechts een kwart van de ondervraagden heeft vertrouwen in de regering, het laagste cijfer in jaren.",
    "Een van de coalitieleiders relativeerde de uitkomst. 'Peilingen zijn momentopnames. Wij worden afgerekend op resultaten', zei hij maandag in Den Haag. De oppositie ziet de peiling als bevestiging dat het kabinet zijn steun kwijt is.",
    "De volgende Tweede Kamerverkiezingen staan gepland voor 2027, maar in de wandelgangen wordt al gespeculeerd over een vroegtijdige val van het kabinet.",
], [], "Polling and politics; not coded."))

# 29 ongeluk Friesland
P = "2025-02-24"
A(art(P, "Twee jongeren omgekomen bij eenzijdig ongeval bij Drachten", "Leeuwarder Courant", [
    "Bij een eenzijdig ongeval op de N381 bij Drachten zijn in de nacht van zaterdag op zondag twee jongeren van 19 en 20 jaar om het leven gekomen. Hun auto raakte rond drie uur van de weg en kwam tegen een boom tot stilstand.",
    "Een derde inzittende, een 18-jarige vrouw uit Ureterp, raakte zwaargewond en is met een traumahelikopter naar het UMCG in Groningen gebracht. De jongeren waren op weg naar huis na een feest in Drachten.",
    "Volgens de politie was het op het moment van het ongeluk glad door bevriezing. De verkeersongevallenanalyse onderzoekt de toedracht. Ook wordt gekeken of snelheid een rol speelde.",
    "In Ureterp en Drachten is het nieuws hard aangekomen. De school waar de jongeren tot vorig jaar op zaten, opende maandag een condoleanceregister. De weg was tot zondagmiddag afgesloten.",
], [], "Road accident: not coded."))

# 30 aangekondigde boerendemonstratie
P = "2025-02-24"
A(art(P, "Boeren willen volgende week met tractoren naar Den Haag", "Reformatorisch Dagblad", [
    "Boerenactiegroepen willen volgende week woensdag met honderden tractoren naar Den Haag rijden. Ze protesteren tegen nieuwe regels voor mestafzet en tegen de plannen om landbouwgrond op te kopen rond kwetsbare natuurgebieden.",
    "De gemeente Den Haag heeft de demonstratie op het Malieveld toegestaan, maar wil geen tractoren in de binnenstad. Burgemeester Van Zanen waarschuwt dat de politie zal optreden als boeren snelwegen blokkeren of zich niet aan de afspraken houden.",
    "Een woordvoerder van de actiegroepen zegt dat de boeren 'hun stem willen laten horen, niet voor problemen willen zorgen'. Volgens hem zullen er boeren uit alle provincies komen.",
    "Eerdere boerenprotesten liepen soms uit de hand, met blokkades van distributiecentra en brandende hooibalen langs snelwegen. De minister van Landbouw heeft de actievoerders uitgenodigd voor een gesprek, maar daar is nog geen datum voor gekozen.",
], [], "Announced future protest; earlier protests without date are background; not coded."))

# 31 vreedzame onderwijsdemonstratie Utrecht
P = "2024-11-18"
A(art(P, "Docenten en scholieren lopen door Utrecht tegen bezuinigingen", "AD/Utrechts Nieuwsblad", [
    "Ruim vijftienduizend leraren, studenten en scholieren hebben vrijdag in Utrecht gedemonstreerd tegen de bezuinigingen op het onderwijs. De stoet trok van het Jaarbeursplein door de binnenstad naar het Griftpark.",
    "Op veel scholen in de provincie Utrecht werd die dag geen les gegeven. Onder de demonstranten waren ook universiteitsbestuurders en rectoren, wat volgens de organisatie uitzonderlijk is. 'Als je bezuinigt op onderwijs, bezuinig je op de toekomst van het land', zei een van hen in een toespraak.",
    "De politie meldt dat de mars in goede orde verliep. Wel was er in de middag veel verkeershinder rond het Centraal Station.",
    "Het kabinet wil de komende jaren ongeveer een miljard euro structureel minder uitgeven aan hoger onderwijs en wetenschap. De onderwijsbonden kondigden aan dat er in het voorjaar nieuwe acties volgen als het kabinet niet bijdraait.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Utrecht", "Utrecht", 52.0907, 5.1214, 1, wd(P, "vrijdag"),
       evid=["Ruim vijftienduizend leraren, studenten en scholieren hebben vrijdag in Utrecht gedemonstreerd tegen de bezuinigingen op het onderwijs."],
       note="One peaceful march in Utrecht; announced spring actions not coded."),
], "One peaceful education protest in Utrecht on Friday."))

# 32 overval tankstation
P = "2025-04-28"
A(art(P, "Medewerker tankstation bedreigd met mes bij overval in Almere", "Omroep Flevoland", [
    "Een tankstation aan de Hogering in Almere is zondagavond overvallen. Een man met een bivakmuts bedreigde de 23-jarige medewerker met een mes en eiste het geld uit de kassa.",
    "De overvaller ging er met een onbekend geldbedrag vandoor. De medewerker bleef ongedeerd, maar was erg geschrokken. Hij werd opgevangen door collega's en slachtofferhulp.",
    "De politie zocht met een hond en een drone in de omgeving, maar de dader werd niet gevonden. Volgens getuigen rende hij in de richting van de wijk Stedenwijk. Hij droeg een grijze joggingbroek en een zwarte jas met capuchon.",
    "Het is de derde overval op een tankstation in Flevoland in twee maanden. De politie onderzoekt of dezelfde dader erachter zit en bekijkt de beelden van de beveiligingscamera's. Getuigen kunnen zich melden via het tipnummer.",
], [], "Robbery: ordinary crime, not coded."))

# 33 hoger beroep brandstichting
P = "2025-04-28"
A(art(P, "Hof verhoogt straf voor molotovcocktail op partijkantoor", "NRC", [
    "Het gerechtshof in Den Haag heeft een 36-jarige man uit Leiden veroordeeld tot vier jaar cel voor het gooien van een molotovcocktail naar het kantoor van een politieke partij in Den Haag in januari 2023. De rechtbank had hem eerder drie jaar gegeven.",
    "De man gooide de brandbom 's nachts door een ruit van het pand. Er ontstond een kleine brand die door het sprinklersysteem werd gedoofd. Niemand raakte gewond.",
    "Volgens het hof wilde de verdachte met zijn daad politici intimideren. 'Dit raakt aan de kern van onze democratie', aldus de uitspraak. De man had op sociale media eerder opgeroepen om 'de verraders in Den Haag' aan te pakken.",
    "De advocaat van de man overweegt cassatie. De partij liet weten blij te zijn met de uitspraak en sindsdien extra beveiligingsmaatregelen te hebben getroffen.",
], [], "Appeal ruling on a 2023 firebomb at a party office; old background, not coded."))

# 34 bermbom Bannu
P = "2025-04-28"
A(art(P, "Agenten gedood door bermbom in Noordwest-Pakistan", "NOS", [
    "In het noordwesten van Pakistan zijn vrijdag vier politieagenten om het leven gekomen toen hun voertuig op een bermbom reed. De aanslag gebeurde bij de stad Bannu in de provincie Khyber Pakhtunkhwa, meldt een arts van het districtsziekenhuis.",
    "Twee andere agenten raakten zwaargewond. Het politievoertuig was op weg naar een controlepost langs de weg naar Miranshah. Niemand heeft de aanslag opgeëist.",
    "De provincie grenst aan Afghanistan en wordt vaak getroffen door aanslagen. De regering geeft de Pakistaanse Taliban (TTP) de schuld van de meeste aanvallen op politie en leger en verwijt Afghanistan de groep onderdak te bieden. Kabul ontkent dat.",
    "Volgens een Pakistaanse denktank zijn er dit jaar al meer dan honderd agenten en militairen omgekomen in de provincie. De politie in Bannu klaagt al langer over gebrek aan gepantserde voertuigen.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 32.9889, 70.6056, 2, wd(P, "vrijdag"),
       fat=4,
       evid=["In het noordwesten van Pakistan zijn vrijdag vier politieagenten om het leven gekomen toen hun voertuig op een bermbom reed.", "De aanslag gebeurde bij de stad Bannu in de provincie Khyber Pakhtunkhwa, meldt een arts van het districtsziekenhuis."],
       note="Unclaimed IED near Bannu (precision 2); the government's general blame of the TTP is not an attribution of this attack; the think tank's annual tally not coded."),
], "One IED attack near Bannu on Friday."))

# 35 economie Philips
P = "2025-01-20"
A(art(P, "Philips ziet winst stijgen, maar waarschuwt voor China", "Eindhovens Dagblad", [
    "Philips heeft in het vierde kwartaal meer winst gemaakt dan analisten hadden verwacht. Het bedrijf uit Amsterdam, met een groot deel van zijn onderzoek in Eindhoven, profiteerde van een sterke vraag naar scanners en monitoren in ziekenhuizen in Europa en de Verenigde Staten.",
    "Toch ging het aandeel maandag onderuit. De topman waarschuwde dat de verkoop in China dit jaar opnieuw zal dalen, door strengere regels voor aanbestedingen in ziekenhuizen en concurrentie van Chinese fabrikanten.",
    "Ook de afwikkeling van de problemen met slaapapneu-apparaten blijft geld kosten. Philips heeft daarvoor al ruim een miljard euro opzij gezet.",
    "Vakbonden willen duidelijkheid over de werkgelegenheid in Nederland. Het concern schrapte de afgelopen jaren al duizenden banen, ook in Eindhoven en Best. Volgens Philips zijn er voorlopig geen nieuwe reorganisaties gepland.",
], [], "Business news; not coded."))

# 36 storm
P = "2024-12-09"
A(art(P, "Storm Darragh zorgt voor omgewaaide bomen en vertraagde treinen", "Noordhollands Dagblad", [
    "Storm Darragh heeft zaterdag in Noord-Holland voor veel overlast gezorgd. Vooral langs de kust waaiden bomen om en raakten daken beschadigd. In Den Helder werd een windstoot van 120 kilometer per uur gemeten.",
    "De brandweer rukte in de provincie ruim driehonderd keer uit. In Alkmaar viel een boom op een geparkeerde auto; niemand zat erin. In Zaandam waaide een deel van een steiger om, waarna een straat urenlang werd afgesloten.",
    "Ook het treinverkeer had last van de storm. Tussen Alkmaar en Den Helder reden enkele uren geen treinen door een boom op het spoor. Op Schiphol werden tientallen vluchten geschrapt.",
    "Het KNMI had code oranje afgegeven voor de kustprovincies. Zondag nam de wind af en begonnen gemeenten met het opruimen van de schade.",
], [], "Storm damage: not coded."))

# 37 Tbilisi protest uiteengedreven
P = "2024-12-09"
A(art(P, "Oproerpolitie drijft betogers in Tbilisi uiteen", "de Volkskrant", [
    "In de Georgische hoofdstad Tbilisi heeft de oproerpolitie in de nacht van vrijdag op zaterdag een grote demonstratie voor het parlement uiteengedreven met waterkanonnen en traangas. Tienduizenden mensen protesteerden er tegen het besluit van de regering om de gesprekken over toetreding tot de Europese Unie op te schorten.",
    "Volgens Georgische mensenrechtenorganisaties werden minstens zestig betogers opgepakt. Een journaliste van een onafhankelijke tv-zender werd door agenten geslagen en moest in het ziekenhuis worden behandeld.",
    "De regeringspartij Georgische Droom noemt de betogers 'door het buitenland betaalde provocateurs'. De president, die aan de kant van de demonstranten staat, beschuldigt de regering van 'een staatsgreep tegen de Europese toekomst van Georgië'.",
    "Het is al de negende nacht op rij dat in Tbilisi wordt gedemonstreerd. De EU en de VS uitten hun zorgen over het politieoptreden.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi", "Tbilisi", 41.7151, 44.8271, 1, wd(P, "vrijdag"), wd(P, "zaterdag"), tp=2,
       evid=["In de Georgische hoofdstad Tbilisi heeft de oproerpolitie in de nacht van vrijdag op zaterdag een grote demonstratie voor het parlement uiteengedreven met waterkanonnen en traangas.", "Volgens Georgische mensenrechtenorganisaties werden minstens zestig betogers opgepakt."],
       note="Protest dispersed overnight: a Friday-Saturday range; the 60 arrests and the beaten journalist are part of it. The eight earlier nights are not dated singly and not coded."),
], "One dispersed protest in Tbilisi in the night of Friday to Saturday; earlier nights not coded."))

# 38 schietpartij Kanaleneiland
P = "2025-06-02"
A(art(P, "Kogels op woning in Kanaleneiland, niemand gewond", "AD/Utrechts Nieuwsblad", [
    "Op een woning aan de Marshalllaan in de Utrechtse wijk Kanaleneiland is in de nacht van zaterdag op zondag geschoten. Buurtbewoners hoorden rond half drie vijf knallen. Later werden kogelgaten gevonden in het raam en de voordeur van een benedenwoning.",
    "In het huis sliepen een man, een vrouw en twee kinderen. Niemand raakte gewond. 'We lagen op bed en ineens hoorden we glas breken', vertelt de bewoner tegen de krant. Hij zegt geen idee te hebben waarom zijn huis werd beschoten.",
    "De politie houdt er rekening mee dat de verkeerde woning is geraakt. Er is nog niemand aangehouden. Het is de tweede keer dit jaar dat in de wijk op een woning wordt geschoten.",
    "Burgemeester Dijksma heeft de woning voor drie maanden gesloten, om de buurt te beschermen. Het gezin is tijdelijk elders ondergebracht.",
], [], "Shooting at a house with unknown motive: ordinary crime, not coded."))

# 39 herdenking vuurwerkramp Enschede
P = "2025-05-13"
A(art(P, "Enschede herdenkt vuurwerkramp van 25 jaar geleden", "Tubantia", [
    "In Enschede is dinsdag de vuurwerkramp van 13 mei 2000 herdacht. Precies 25 jaar geleden ontplofte de opslag van SE Fireworks in de wijk Roombeek. Daarbij kwamen 23 mensen om het leven en raakten bijna duizend mensen gewond.",
    "Om 15.34 uur, het tijdstip van de grootste explosie, werd het stil in de stad. Bij het monument aan de Lasondersingel legden nabestaanden, hulpverleners en bestuurders bloemen. Ook de koning was aanwezig.",
    "Roombeek is inmiddels volledig herbouwd en geldt als voorbeeld van stadsvernieuwing. Toch zijn de littekens nog niet verdwenen. 'Elke knal met oud en nieuw brengt het weer terug', zegt een bewoner die zijn huis verloor.",
    "In het Roombeekmuseum is een nieuwe tentoonstelling geopend met verhalen van overlevenden en brandweerlieden. Die is tot het eind van het jaar te zien.",
], [], "Commemoration of the 2000 fireworks disaster: accident and historical, not coded."))

# 40 ontvoering scholieren Kaduna
P = "2025-03-10"
A(art(P, "Gewapende mannen ontvoeren tientallen scholieren in Nigeria", "Trouw", [
    "In de Nigeriaanse deelstaat Kaduna hebben gewapende mannen zaterdag tientallen scholieren ontvoerd. De aanvallers overvielen rond acht uur 's ochtends een middelbare school in een dorp bij Birnin Gwari, meldt de politie van de deelstaat. Een leraar werd doodgeschoten.",
    "Volgens een schoolleider worden 61 leerlingen vermist. Enkele kinderen wisten tijdens de overval door het struikgewas te ontkomen. Het leger is met een zoektocht begonnen.",
    "Niemand heeft de ontvoering opgeëist. In het noordwesten van Nigeria opereren veel gewapende bendes die dorpen plunderen en mensen ontvoeren voor losgeld.",
    "Sinds de ontvoering van bijna driehonderd meisjes in Chibok in 2014 zijn in Nigeria honderden scholieren ontvoerd. De ouders in Birnin Gwari wachten in grote angst op nieuws over hun kinderen. Bij eerdere ontvoeringen duurde het soms maanden voordat leerlingen werden vrijgelaten.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Kaduna", "Birnin Gwari", 10.6667, 6.5333, 2, wd(P, "zaterdag"),
       fat=1,
       evid=["In de Nigeriaanse deelstaat Kaduna hebben gewapende mannen zaterdag tientallen scholieren ontvoerd.", "De aanvallers overvielen rond acht uur 's ochtends een middelbare school in een dorp bij Birnin Gwari, meldt de politie van de deelstaat.", "Een leraar werd doodgeschoten."],
       note="Abduction at a school in a village near Birnin Gwari (precision 2); the teacher's killing in the same raid is counted in this event (fatalities 1).  Chibok 2014 is background."),
], "One abduction near Birnin Gwari on Saturday; the general bandit problem and Chibok 2014 are background."))
