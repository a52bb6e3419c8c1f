# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Amsterdam-Noord: man shot dead in his car (negative: criminal killing)
P = "2021-03-04"
A(art(P, "Man doodgeschoten in auto in Amsterdam-Noord", "NU.nl", [
    "In Amsterdam-Noord is woensdagavond een man doodgeschoten in zijn auto. Dat meldt de politie. Het slachtoffer, een 34-jarige Amsterdammer, werd rond 21.30 uur bij het Waterlandplein door meerdere kogels geraakt en overleed ter plaatse.",
    "Getuigen zagen twee mannen op een scooter wegrijden in de richting van de Nieuwe Leeuwarderweg. Kort daarna werd in de wijk Banne Buiksloot een uitgebrande scooter gevonden. De politie onderzoekt of die iets met de schietpartij te maken heeft. Er is nog niemand aangehouden.",
    "Volgens De Telegraaf was het slachtoffer bekend bij de politie en kwam zijn naam eerder voor in een onderzoek naar cocaïnehandel. De politie wil daar niet op reageren. 'We sluiten niets uit, ook geen afrekening in het criminele milieu', aldus een woordvoerder.",
    "Het is de derde dodelijke schietpartij in Amsterdam dit jaar. In januari werd in Nieuw-West een 27-jarige man op straat doodgeschoten; in die zaak zitten twee verdachten vast.",
    "De recherche vraagt mensen met camerabeelden of dashcambeelden uit de omgeving zich te melden. Ook wordt gezocht naar getuigen die de scooter eerder op de avond in de buurt hebben zien rondrijden.",
], [], "Targeted shooting of a man in Amsterdam-Noord, possibly a criminal settling of scores: ordinary (organised) crime with no gang war or political motive described, out of scope (borderline only in that the codebook codes gang-war violence; no war between groups is reported). The January killing is older background. Nothing coded."))

# 2 Nigeria, Kankara: gunmen abduct schoolboys (event)
P = "2020-12-13"
s2a = "Zwaarbewapende mannen hebben vrijdagavond een jongensinternaat in Kankara, in de Noord-Nigeriaanse deelstaat Katsina, overvallen en een groot aantal scholieren meegenomen, meldt persbureau Reuters."
s2b = "Zaterdag waren er volgens de deelstaatregering nog 333 jongens vermist; een deel van hen kan zich nog in de bossen schuilhouden."
A(art(P, "Honderden scholieren vermist na aanval op school in Nigeria", "ANP", [
    s2a,
    "De aanvallers kwamen op motoren en schoten in het rond, aldus de politie van Katsina. Honderden van de ruim achthonderd leerlingen vluchtten over het hek het omliggende bos in. " + s2b,
    "Leger en politie zoeken met vliegtuigen en grondtroepen naar de jongens. Wie achter de aanval zit, is niet bekend. In het noordwesten van Nigeria zijn zwaarbewapende bendes actief die op grote schaal mensen ontvoeren om losgeld te eisen. Volgens lokale media hebben de ouders nog geen contact gehad met de ontvoerders.",
    "President Muhammadu Buhari, die zelf uit Katsina komt en er op dat moment op bezoek was, veroordeelde de aanval en beval extra beveiliging voor scholen in de regio.",
    "De ontvoering roept herinneringen op aan Chibok, waar Boko Haram in 2014 bijna driehonderd schoolmeisjes ontvoerde. Van ruim honderd van hen ontbreekt nog altijd elk spoor.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Katsina", "Kankara", 11.9310, 7.4110, 1, wd(P, "vrijdag"),
       evid=[s2a, s2b],
       note="Mass abduction of schoolboys from a boarding school in Kankara on Friday evening by unidentified gunmen (no group named; bandits are only background). 333 missing are not fatalities: fatalities null, injured null."),
], "One event: the Friday abduction in Kankara. The 2014 Chibok abduction is historical background; the search operation is not an event. Not coded."))

# 3 Football: Ajax beats PSV (negative: sport)
P = "2022-02-07"
A(art(P, "Ajax verovert koppositie na bombardement op doel PSV", "NU.nl", [
    "Ajax heeft zondag de koppositie in de Eredivisie veroverd. De Amsterdammers wonnen in de Johan Cruijff ArenA met 3-1 van PSV, dat daardoor twee punten achterstand oploopt.",
    "Ajax begon furieus aan de topper en zette vanaf de aftrap een waar bombardement op het doel van PSV in. Na een kwartier schoot Sébastien Haller de 1-0 binnen. Het was zijn twintigste competitietreffer van het seizoen. Dusan Tadic verdubbelde vlak voor rust de voorsprong uit een vrije trap.",
    "Na de pauze kwam PSV beter in het spel. De Eindhovense aanval, met Cody Gakpo als gevaarlijkste man, kreeg meer ruimte en Gakpo deed na een uur iets terug. Ajax wankelde even, maar invaller Steven Berghuis maakte in de slotfase met een hard schot in de kruising definitief een einde aan de strijd.",
    "'We hebben ze vanaf de eerste minuut onder vuur genomen', zei trainer Erik ten Hag na afloop. Zijn collega Roger Schmidt baalde van de eerste helft. 'Toen zijn we overrompeld.'",
    "Ajax speelt woensdag in de beker tegen Vitesse. PSV neemt het in de Europa Conference League op tegen Maccabi Tel Aviv.",
], [], "Football report using war vocabulary ('bombardement', 'aanval', 'onder vuur'): sport, out of scope. Nothing coded."))

# 4 Brussels: gunman kills two Swedish supporters (event)
P = "2023-10-17"
s4a = "Bij een schietpartij in het centrum van Brussel zijn maandagavond twee Zweedse voetbalsupporters om het leven gekomen, meldt het federaal parket."
s4b = "Een derde Zweed raakte zwaargewond."
A(art(P, "Twee Zweden doodgeschoten in Brussel, dreigingsniveau naar hoogste stand", "Belga", [
    s4a + " " + s4b,
    "De schutter opende rond 19.15 uur met een automatisch wapen het vuur op een groep mannen in geel-blauwe shirts bij het Saincteletteplein en vluchtte daarna op een scooter. In een video op sociale media beweerde een man dat hij handelde uit naam van Islamitische Staat. Het parket behandelt de zaak als terroristische moord.",
    "De dader is nog voortvluchtig. Volgens het parket gaat het om een 45-jarige Tunesiër die illegaal in België verbleef. Het OCAM heeft het dreigingsniveau voor Brussel verhoogd naar 4, het hoogste niveau.",
    "De interlandwedstrijd België-Zweden in het Koning Boudewijnstadion werd bij de rust bij een 1-1 stand stilgelegd. De ruim 35.000 toeschouwers moesten uit voorzorg nog urenlang in het stadion blijven.",
    "Premier Alexander De Croo sprak van 'een laffe aanslag'. België werd in maart 2016 getroffen door aanslagen op de luchthaven van Zaventem en in het metrostation Maalbeek, waarbij 32 mensen om het leven kwamen.",
], [
    ev("Violence against civilians", "Attack", "Sole Perpetrator (Belgium)", 3, "Civilians (Sweden)", 7, "Belgium", "Brussels Capital Region", "Brussels", 50.8503, 4.3517, 1, wd(P, "maandag"),
       fat=2, inj=1, evid=[s4a, s4b],
       note="Lone gunman (self-declared IS allegiance in a video, so Sole Perpetrator rather than Islamic State) shot Swedish supporters near the Saincteletteplein in central Brussels on Monday evening; 2 dead, 1 injured per the federal prosecutor. Victims coded by nationality."),
], "One event: the Monday shooting in Brussels. The raised threat level and the abandoned match are not events; the 2016 Zaventem and Maalbeek attacks are historical background. Not coded."))

# 5 Turnhout: gas explosion destroys house (negative: accident)
P = "2018-11-22"
A(art(P, "Gasexplosie verwoest rijhuis in Turnhout, twee gewonden", "HLN", [
    "In Turnhout is woensdagavond een rijhuis volledig verwoest door een zware explosie. Twee bewoners raakten gewond, van wie één ernstig. Dat meldt de brandweer.",
    "De knal was rond 20 uur tot kilometers in de omtrek te horen. Van de woning in de Otterstraat bleef alleen een puinhoop over, ook de twee naastgelegen huizen werden zwaar beschadigd. Buurtbewoners spreken van 'een oorlogsgebied'. Brokstukken kwamen tot op vijftig meter afstand terecht.",
    "Een 61-jarige man werd met zware brandwonden naar het brandwondencentrum in Antwerpen gebracht. Zijn vrouw liep lichte verwondingen op. Een twintigtal buren werd geëvacueerd en in een sporthal opgevangen.",
    "Volgens de eerste vaststellingen ging het om een gaslek. 'Alles wijst op een ongeval, kwaad opzet sluiten we uit', aldus een woordvoerder van het parket van Turnhout. Een gerechtsdeskundige onderzoekt de precieze oorzaak.",
    "Netbeheerder Fluvius sloot de gasleiding in de straat af. Stabiliteitsingenieurs onderzoeken donderdag of de buurhuizen weer bewoond kunnen worden.",
    "Volgens buren hadden de bewoners eerder die dag een gasgeur geroken, maar dat is niet bevestigd. Het is de tweede gasexplosie in de provincie Antwerpen in korte tijd; in oktober werd in Mol een woning verwoest door een lek in een gasfles.",
], [], "Gas explosion in a house, an accident by the prosecutor's account: out of scope. Nothing coded."))

# 6 Turkey/Syria: earthquake toll rises (negative: natural disaster)
P = "2023-02-07"
A(art(P, "Dodental aardbevingen Turkije en Syrië opgelopen tot boven de 5000", "NOS", [
    "Het dodental van de zware aardbevingen in het zuiden van Turkije en het noorden van Syrië is opgelopen tot boven de 5000. Dat melden de autoriteiten in beide landen. Tienduizenden mensen raakten gewond.",
    "De eerste beving, met een kracht van 7,8, trof maandag rond 4.15 uur plaatselijke tijd de regio rond Gaziantep. Een tweede zware schok volgde in de middag. In steden als Kahramanmaras, Hatay en Malatya stortten duizenden gebouwen in.",
    "Reddingswerkers zoeken in ijzige kou naar overlevenden onder het puin. 'Het is een wedloop tegen de klok', zei een medewerker van de Turkse rampendienst AFAD. In het door rebellen gecontroleerde noordwesten van Syrië verloopt de hulp moeizaam doordat wegen zijn verwoest. Volgens de Turkse regering zijn meer dan dertien miljoen mensen getroffen.",
    "Nederland stuurt een team van USAR, de eenheid die gespecialiseerd is in het zoeken naar mensen onder ingestorte gebouwen. België stuurt een team van B-FAST.",
    "Het gebied ligt op een van de meest actieve breuklijnen ter wereld. In 1999 kwamen bij een beving bij Izmit in het noordwesten van Turkije ruim 17.000 mensen om.",
], [], "Earthquake and rising toll: natural disaster, out of scope. Rebel-held area is only geography. Nothing coded."))

# 7 Somalia: suicide bombings in Beledweyne and attack on Mogadishu airport base (two events)
P = "2022-03-24"
s7a = "Bij twee zelfmoordaanslagen in de Somalische stad Beledweyne zijn woensdag zeker 48 mensen omgekomen, meldt de regionale gezondheidsdienst."
s7b = "Er raakten 108 mensen gewond."
s7c = "De islamistische terreurgroep Al Shabaab eiste beide aanslagen op."
s7d = "In de hoofdstad Mogadishu vielen strijders van dezelfde groep woensdagochtend een basis bij de internationale luchthaven aan."
s7e = "Somalische militairen schoten de twee aanvallers na een urenlang vuurgevecht dood; volgens medische bronnen kwamen in totaal vijf mensen om, onder wie de aanvallers."
A(art(P, "Tientallen doden bij aanslagen in Somalië", "NOS", [
    s7a + " " + s7b,
    "Een eerste aanslagpleger blies zich op bij een bijeenkomst van kandidaten voor de parlementsverkiezingen. Onder de doden is parlementslid Amina Mohamed Abdi, een uitgesproken critica van de regering. Kort daarna volgde een tweede explosie bij de ingang van het ziekenhuis waar gewonden naartoe werden gebracht. " + s7c,
    s7d + " " + s7e,
    "Somalië moet deze weken een nieuw parlement kiezen, maar het proces loopt al ruim een jaar vertraging op. Al Shabaab, dat banden heeft met al-Qaeda, wil de regering omverwerpen en pleegt regelmatig aanslagen in Mogadishu en andere steden. De Verenigde Naties en de Afrikaanse Unie veroordeelden de aanslagen. Premier Mohamed Hussein Roble sprak van 'een laffe daad tegen het Somalische volk'.",
], [
    ev("Explosions/Remote violence", "Suicide bomb", "Al Shabaab", 2, "Civilians (Somalia)", 7, "Somalia", "Hiraan", "Beledweyne", 4.7358, 45.2036, 1, wd(P, "woensdag"),
       fat=48, inj=108, evid=[s7a, s7b, s7c],
       note="Two suicide blasts in Beledweyne on the same day by the same side: one event. 48 dead and 108 injured per the regional health service. Claimed by Al Shabaab, not disputed."),
    ev("Battles", "Armed clash", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia", "Banaadir", "Mogadishu", 2.0469, 45.3182, 1, wd(P, "woensdag"),
       fat=5, evid=[s7d, s7e],
       note="Al Shabaab assault on a base near Mogadishu airport, fought off by Somali soldiers; 5 dead including the two attackers per medical sources."),
], "Two events on Wednesday: the Beledweyne suicide bombings and the armed assault in Mogadishu. The delayed elections and Al Shabaab's general campaign are background. Not coded."))

# 8 Brussels: verdict in the trial over the 22 March 2016 attacks (negative: trial of old attacks)
P = "2023-07-25"
A(art(P, "Abdeslam en Abrini schuldig aan terroristische moord voor aanslagen in Brussel", "VRT NWS", [
    "De volksjury in het proces over de aanslagen van 22 maart 2016 heeft zes beschuldigden schuldig bevonden aan terroristische moord, onder wie Salah Abdeslam en Mohamed Abrini. Dat is dinsdagavond bekendgemaakt in het Justitia-gebouw in Haren.",
    "Twee beschuldigden, de broers Smail en Ibrahim Farisi, werden vrijgesproken. Oussama Atar, die als brein achter de aanslagen wordt gezien en vermoedelijk in Syrië is omgekomen, werd bij verstek veroordeeld.",
    "Bij de zelfmoordaanslagen op de luchthaven van Zaventem en in het metrostation Maalbeek kwamen 32 mensen om het leven en raakten honderden mensen gewond. Terreurgroep Islamitische Staat eiste de aanslagen op.",
    "Het proces, het grootste uit de Belgische rechtsgeschiedenis, duurde ruim zeven maanden. De uitspraak volgde na negentien dagen beraadslaging door de twaalf juryleden, een record. Slachtoffers en nabestaanden reageerden opgelucht. 'Eindelijk wordt erkend wat ons is aangedaan', zei een woordvoerder van slachtoffervereniging V-Europe.",
    "De strafmaat wordt in september bepaald. Abdeslam werd vorig jaar in Parijs al tot levenslang veroordeeld voor zijn rol bij de aanslagen van november 2015. Het proces kostte naar schatting meer dan 35 miljoen euro, onder meer voor de ombouw van het voormalige NAVO-hoofdkwartier.",
], [], "Jury verdict over the 2016 Brussels attacks: a trial; the attacks are seven years old and background only. Nothing coded."))

# 9 Rotterdam: explosion at a front door (negative: criminal intimidation)
P = "2024-05-14"
A(art(P, "Explosie bij woning in Rotterdam-Zuid, voordeur vernield", "ANP", [
    "Bij een woning aan de Slaghekstraat in Rotterdam-Zuid is in de nacht van maandag op dinsdag een explosief afgegaan. Dat meldt de politie. De voordeur en de ramen van de benedenwoning werden vernield, gewonden vielen er niet. Er is nog niemand aangehouden. De politie roept getuigen op zich te melden.",
    "Buurtbewoners werden rond 3.00 uur wakker van een harde knal. Een man zou kort daarvoor iets bij de deur hebben neergelegd en daarna zijn weggerend. De Explosieven Opruimingsdienst Defensie deed onderzoek ter plaatse.",
    "Het is de vierde explosie in korte tijd bij hetzelfde adres. Volgens de politie is er waarschijnlijk sprake van een conflict in het criminele circuit. 'De bewoners zijn niet het doelwit, maar degene die hier eerder woonde', aldus een woordvoerder.",
    "Burgemeester Aboutaleb besloot de woning voor drie maanden te sluiten. 'Dit soort geweld is levensgevaarlijk voor omwonenden', liet hij weten.",
    "Rotterdam kampt al jaren met explosies bij woningen en bedrijven. Vaak worden jonge daders via sociale media geronseld om voor een paar honderd euro een explosief af te leveren.",
], [], "Explosive at a front door in Rotterdam-Zuid, tied by police to a criminal dispute: ordinary organised crime / intimidation, out of scope (borderline only in the sense of the codebook's gang-war rule; no war between groups is described). Earlier explosions at the address have no dates. Nothing coded."))

# 10 Ukraine: toll of the missile strike on a Dnipro flat rises; Kharkiv also hit (two events)
P = "2023-01-16"
s10a = "Het dodental van de Russische raketaanval op een flatgebouw in de Oekraïense stad Dnipro is opgelopen tot 40, melden de regionale autoriteiten."
s10b = "Het gebouw werd zaterdagmiddag getroffen door een Russische Ch-22-kruisraket; een hele trappenhal van de negen verdiepingen tellende flat stortte in."
s10c = "Volgens de hulpdiensten raakten 75 mensen gewond, onder wie veertien kinderen."
s10d = "Bij dezelfde golf van raketaanvallen werd zaterdag ook een energie-installatie in Charkiv getroffen, aldus gouverneur Oleh Synjehoebov."
s10e = "Daar vielen geen doden."
A(art(P, "Dodental Russische aanval op flat in Dnipro opgelopen tot 40", "NOS", [
    s10a + " " + s10b,
    s10c + " Reddingswerkers zoeken nog naar ongeveer dertig vermisten. De zoektocht gaat dag en nacht door, ondanks temperaturen van ruim onder nul.",
    "Het Kremlin ontkent dat Rusland woongebouwen aanvalt en suggereerde dat een projectiel van de Oekraïense luchtafweer de flat heeft geraakt. President Zelensky sprak van een oorlogsmisdaad en riep het Westen op sneller luchtverdedigingssystemen te leveren. De regionale autoriteiten riepen twee dagen van rouw uit.",
    s10d + " " + s10e + " Wel zaten delen van de stad urenlang zonder stroom.",
    "Rusland bestookt sinds oktober stelselmatig de Oekraïense energie-infrastructuur. Volgens de VN zijn sinds het begin van de invasie in februari vorig jaar ruim 7000 burgers gedood.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Dnipro", 48.4647, 35.0462, 1, wd(P, "zaterdag"),
       fat=40, inj=75, evid=[s10a, s10b, s10c],
       note="Russian missile strike on a flat in Dnipro on Saturday; the updated toll of 40 and 75 injured are the toll (borderline source: Ukrainian regional authorities and emergency services, the only count given). The Kremlin's denial does not make it unreported: the article treats the strike as Russian."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, None, None, "Ukraine", "Kharkiv", "Kharkiv", 49.9935, 36.2304, 1, wd(P, "zaterdag"),
       fat=0, evid=[s10d, s10e],
       note="Missile strike on an energy installation in Kharkiv the same Saturday; text says nobody died, so 0. No civilian target named: actor2 null."),
], "Two events: Saturday's missile strikes on Dnipro and Kharkiv. The campaign against energy infrastructure since October and the UN's overall civilian toll are aggregates. Not coded."))

# 11 Belgium: farmers announce a protest in Brussels next Monday (negative: announced protest)
P = "2024-02-22"
A(art(P, "Boeren trekken maandag opnieuw met tractoren naar Brussel", "Belga", [
    "Boerenorganisaties uit België en de buurlanden trekken maandag opnieuw met honderden tractoren naar de Europese wijk in Brussel. Dat hebben ze donderdag aangekondigd. Aanleiding is een vergadering van de Europese landbouwministers.",
    "De boeren protesteren tegen lage prijzen, strenge milieuregels en handelsakkoorden met landen buiten Europa. 'Er is veel beloofd, maar in de praktijk is er nog niets veranderd', zegt een woordvoerder van het Algemeen Boerensyndicaat.",
    "De Brusselse politie verwacht veel verkeershinder en raadt pendelaars aan het openbaar vervoer te nemen. Landbouwminister David Clarinval zegt begrip te hebben voor de boeren, maar vraagt hen de actie vreedzaam te houden. De tunnels rond de Europese wijk worden vanaf zondagavond afgesloten. Ook op de snelwegen richting de hoofdstad kan het druk worden.",
    "Begin februari liep een eerdere boerenactie in Brussel uit de hand. Toen werden vuren aangestoken op het Luxemburgplein en werd het Europees Parlement bekogeld met eieren en stenen. De politie zette een waterkanon in.",
    "De Europese Commissie trok intussen een voorstel om het gebruik van bestrijdingsmiddelen te halveren in. Ook in Frankrijk, Duitsland en Nederland gaan boeren al weken de straat op.",
], [], "Announced protest for next Monday: future, not coded. The early-February farmers' protest in Brussels is about three weeks old and has no exact day, beyond the news horizon (borderline on horizon; not coded). Protests in France, Germany and the Netherlands are unplaced generalities."))

# 12 Stock market flash (negative: business)
P = "2018-10-11"
A(art(P, "Bloedbad op Wall Street sleept AEX mee omlaag", "ANP", [
    "De Amsterdamse beurs is donderdag fors lager geopend, na een bloedbad op Wall Street. De AEX-index zakte in de eerste minuten ruim 2 procent tot onder de 510 punten. Ook in Brussel, Frankfurt en Parijs kleurden de koersborden dieprood.",
    "In New York kelderde de Dow Jones-index woensdag met ruim 800 punten, de grootste daling sinds februari. Vooral technologiefondsen lagen onder vuur. Beleggers maken zich zorgen over de oplopende rente in de Verenigde Staten en de handelsoorlog tussen Washington en Peking.",
    "In Amsterdam werden chipfondsen ASML en Besi het hardst getroffen, met verliezen van ruim 4 procent. Ook Philips en ING gingen flink onderuit. Alleen verzekeraar Aegon wist zich enigszins staande te houden.",
    "'De markt was rijp voor een correctie, de vraag is alleen hoe diep die gaat', zegt een analist van Binck. President Trump gaf de Amerikaanse centrale bank de schuld. 'De Fed is gek geworden', zei hij tegen verslaggevers.",
    "De olieprijs daalde licht. Een vat Brentolie kostte 82 dollar. De euro stond op 1,155 dollar. In Tokio sloot de Nikkei-index bijna 4 procent lager.",
], [], "Market report with violent metaphors ('bloedbad', 'onder vuur', 'getroffen'): business, out of scope. Nothing coded."))

# 13 The Hague: climate activists blocking the A12 removed with water cannon (event)
P = "2023-09-10"
s13a = "De politie heeft zaterdag in Den Haag ruim 2400 klimaatactivisten aangehouden die de A12 bij het ministerie van Buitenlandse Zaken blokkeerden."
s13b = "De ME zette een waterkanon in om de demonstranten van de snelweg te krijgen."
A(art(P, "Politie houdt 2400 klimaatactivisten aan bij blokkade A12", "NU.nl", [
    s13a + " " + s13b,
    "De actie van Extinction Rebellion was gericht tegen de miljarden aan subsidies die Nederland jaarlijks aan de fossiele industrie uitgeeft. Veel demonstranten gingen op de weg zitten en lieten zich wegdragen. Aangehouden actievoerders werden met bussen naar onder meer het stadion van ADO Den Haag gebracht en in de loop van de avond weer vrijgelaten.",
    "Volgens de organisatie deden zo'n 25.000 mensen mee; de politie noemde geen aantal. 'Het verliep grotendeels vreedzaam', aldus een politiewoordvoerder.",
    "Onder de aangehouden demonstranten waren ook enkele bekende Nederlanders. Tegen ongeveer veertig mensen wordt proces-verbaal opgemaakt, onder meer wegens het niet opvolgen van een bevel. Het kabinet laat weten dat het de fossiele subsidies wil afbouwen, maar noemt daarvoor geen datum.",
    "Extinction Rebellion blokkeerde de A12 dit jaar al vaker. De beweging wil de snelweg elke dag blokkeren tot de subsidies zijn afgeschaft. Voor zondagmiddag is opnieuw een blokkade aangekondigd.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "South Holland", "The Hague", 52.0705, 4.3007, 1, wd(P, "zaterdag"),
       evid=[s13a, s13b],
       note="Extinction Rebellion blockade of the A12 in The Hague on Saturday, ended by police with water cannon and mass arrests: one Protest with intervention (the mass arrests are the intervention, not a separate Arrests event; borderline)."),
], "One event: Saturday's A12 blockade. Earlier A12 blockades are undated background; the blockade announced for Sunday is future. Not coded."))

# 14 Antwerp: stabbing at Antwerpen-Centraal after a quarrel (negative: personal violence)
P = "2021-06-29"
A(art(P, "Man zwaargewond na steekpartij aan Antwerpen-Centraal", "HLN", [
    "Aan het station Antwerpen-Centraal is maandagavond een 23-jarige man zwaargewond geraakt bij een steekpartij. Dat bevestigt de Antwerpse politie. Het slachtoffer werd met meerdere messteken in de buik naar het ziekenhuis gebracht. Zijn toestand is kritiek, maar stabiel.",
    "Het incident gebeurde rond 22 uur op het Koningin Astridplein, vlak bij de ingang van de Zoo. Volgens getuigen hadden twee mannen eerst een hevige woordenwisseling, waarna een van hen een mes trok.",
    "De vermoedelijke dader vluchtte te voet, maar kon tien minuten later door een patrouille in de De Keyserlei worden ingerekend. Het gaat om een 27-jarige man zonder vaste verblijfplaats.",
    "'Slachtoffer en verdachte kenden elkaar. Het lijkt te gaan om een ruzie over geld', zegt een woordvoerster van het Antwerpse parket. Aanwijzingen voor een terroristisch motief zijn er niet. Een vriend van het slachtoffer die tussenbeide kwam, bleef ongedeerd. Buurtbewoners vragen al langer om meer politie op straat rond het station.",
    "De omgeving van het station werd enkele uren afgesloten voor sporenonderzoek. De verdachte wordt dinsdag verhoord door de onderzoeksrechter.",
], [], "Stabbing after a money dispute between acquaintances and the arrest of the suspect: personal violence and the arrest of one ordinary person, out of scope; terror motive explicitly ruled out. Nothing coded."))

# 15 Cairo: Gaza truce talks (negative: negotiations without an incident)
P = "2024-02-13"
A(art(P, "Overleg in Caïro over bestand in Gaza zonder doorbraak", "ANP", [
    "Het overleg in Caïro over een nieuw staakt-het-vuren in de Gazastrook is dinsdag zonder doorbraak afgesloten. Dat meldt de Egyptische staatskrant Al-Ahram. De gesprekken worden volgens de krant later deze week voortgezet.",
    "Aan tafel zaten de directeur van de Amerikaanse inlichtingendienst CIA, de chef van de Israëlische buitenlandse inlichtingendienst Mossad, de premier van Qatar en Egyptische functionarissen. Hamas onderhandelt via de Egyptische en Qatarese bemiddelaars.",
    "Volgens ingewijden gaat het om een bestand van zes weken, waarin Hamas een deel van de ruim honderd gijzelaars vrijlaat in ruil voor Palestijnse gevangenen. Over de duur van een wapenstilstand en een terugtrekking van Israëlische troepen liggen de partijen nog ver uit elkaar. De Israëlische premier Netanyahu noemde eerdere eisen van Hamas 'waanzinnig'. De Qatarese premier zegt 'voorzichtig optimistisch' te blijven.",
    "De druk op Israël neemt toe nu het leger een offensief voorbereidt op Rafah, waar meer dan een miljoen Palestijnen zijn gevlucht. Verschillende westerse landen waarschuwen voor een humanitaire ramp.",
    "Eind november gold al een week lang een bestand. Daarin werden ruim honderd gijzelaars vrijgelaten.",
], [], "Ceasefire negotiations and a planned offensive: no incident with place and time; the November truce is older background. Nothing coded."))

# 16 Iraq, Baghdad: bomb on a market in Sadr City (event)
P = "2021-07-20"
s16a = "Bij een bomaanslag op een drukke markt in de sjiitische wijk Sadr City in Bagdad zijn maandagavond zeker 35 mensen om het leven gekomen, melden medische bronnen aan persbureau Reuters."
s16b = "Zeker zestig mensen raakten gewond."
s16c = "Volgens het Iraakse ministerie van Binnenlandse Zaken ging het om een zelfgemaakte bom."
s16d = "Terreurgroep Islamitische Staat eiste de aanslag via Telegram op en sprak van een zelfmoordterrorist."
A(art(P, "Tientallen doden bij bomaanslag op markt in Bagdad", "ANP", [
    s16a + " " + s16b + " Eerder was nog sprake van dertig doden.",
    "De aanslag vond plaats op de Woheilat-markt, waar veel mensen inkopen deden voor het Offerfeest, dat dinsdag begint. " + s16c + " " + s16d,
    "Premier Mustafa al-Kadhimi riep zijn veiligheidsadviseurs bijeen voor spoedoverleg en liet een onderzoek instellen. De Verenigde Staten en de VN veroordeelden de aanslag. Beelden op sociale media toonden brandende kramen en lichamen op straat.",
    "In januari kwamen bij een dubbele zelfmoordaanslag op een markt in het centrum van Bagdad 32 mensen om. IS werd in 2017 militair verslagen in Irak, maar cellen van de groep plegen nog regelmatig aanslagen. Volgens de VN telt de groep in Irak en Syrië nog altijd duizenden strijders.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", 2, "Civilians (Iraq)", 7, "Iraq", "Baghdad", "Sadr City", 33.3880, 44.4570, 1, wd(P, "maandag"),
       fat=35, inj=60, evid=[s16a, s16b, s16c, s16d],
       note="Bombing of the Woheilat market in Sadr City, Baghdad, on Monday evening; updated toll 35 and 60 injured from medical sources. Claimed by Islamic State (not disputed). Sub-type borderline: IS speaks of a suicide bomber, the Interior Ministry of a home-made bomb; coded as IED by the neutral account."),
], "One event: Monday's market bombing. The January double suicide bombing in Baghdad is older background. Not coded."))

# 17 Antwerp port: record cocaine seizure (negative: drug crime)
P = "2023-06-08"
A(art(P, "Douane onderschept acht ton cocaïne in haven van Antwerpen", "Belga", [
    "De douane heeft in de haven van Antwerpen ruim acht ton cocaïne onderschept in een lading bananen uit Ecuador. Dat meldt het federaal parket donderdag. Het is een van de grootste vangsten ooit in België.",
    "De drugs zaten verstopt in sporttassen tussen de dozen in drie containers. Die waren bestemd voor een fruitbedrijf in Nederland dat volgens het parket niets met de smokkel te maken heeft. Bij een scan viel de douane een afwijkend beeld op. De straatwaarde wordt geschat op meer dan 600 miljoen euro.",
    "In het onderzoek werden in Antwerpen en Zwijndrecht vijf verdachten aangehouden, onder wie twee havenarbeiders. Zij zouden de containers uit de haven hebben willen smokkelen.",
    "Vorig jaar werd in de Antwerpse haven een recordhoeveelheid van 110 ton cocaïne in beslag genomen. Volgens minister van Financiën Vincent Van Peteghem wordt nog altijd maar een klein deel van de smokkel onderschept.",
    "Het drugsgeweld in Antwerpen, met geregeld explosies en schietpartijen bij woningen, baart de autoriteiten al jaren zorgen. Burgemeester Bart De Wever pleit voor de inzet van het leger in de haven.",
], [], "Cocaine seizure and arrests of ordinary drug suspects: drug crime, out of scope. The undated drug violence and last year's total are background and aggregates. Nothing coded."))

# 18 Floods in Limburg and Wallonia (negative: natural disaster)
P = "2021-07-15"
A(art(P, "Dodental watersnood in Wallonië opgelopen tot twaalf, Valkenburg onder water", "NOS", [
    "Het dodental door de overstromingen in Wallonië is opgelopen tot twaalf. Dat meldt het Belgische crisiscentrum donderdagavond. Vijf mensen worden nog vermist. In het Duitse Rijnland-Palts en Noordrijn-Westfalen kwamen al meer dan negentig mensen om.",
    "In de provincie Luik traden de Vesder en de Ourthe buiten hun oevers. In Verviers en Pepinster werden huizen weggespoeld. Het leger helpt bij de evacuatie van duizenden inwoners.",
    "Ook in Zuid-Limburg is de situatie ernstig. In Valkenburg stroomde de Geul door het centrum. Honderden inwoners werden geëvacueerd, onder wie de bewoners van een verpleeghuis. In Nederland zijn geen doden gevallen.",
    "Het kabinet heeft voor Limburg de noodtoestand uitgeroepen. Defensie zet militairen in om dijken te versterken met zandzakken.",
    "Volgens het KNMI viel er in twee dagen tijd plaatselijk meer dan 150 millimeter regen, meer dan normaal in een hele maand valt.",
    "In Maastricht worden de bewoners van enkele straten langs de Maas uit voorzorg geëvacueerd. Rijkswaterstaat verwacht dat het water in de Maas vrijdag zijn hoogste stand bereikt. Ook in Venlo en Roermond worden kades verhoogd.",
], [], "Floods with rising toll and troop deployment for relief: natural disaster, out of scope. Nothing coded."))

# 19 Netherlands: seven terror suspects arrested in Arnhem and Weert (two events)
P = "2018-09-28"
s19a = "De politie heeft donderdag in Arnhem en Weert zeven mannen aangehouden die volgens het Openbaar Ministerie een grote terroristische aanslag in Nederland voorbereidden."
s19b = "Vijf van hen werden in Arnhem opgepakt, twee in Weert."
A(art(P, "Zeven terreurverdachten opgepakt in Arnhem en Weert", "ANP", [
    s19a + " " + s19b,
    "Arrestatieteams sloegen toe omdat de groep volgens het OM ver gevorderd was met de voorbereidingen. De mannen, in leeftijd variërend van 21 tot 34 jaar, zouden hebben geprobeerd aan kalasjnikovs, handgranaten en bomvesten te komen. Ook zochten ze materiaal voor een autobom. Het doelwit was een groot evenement; welk, is niet bekend. Volgens NRC Handelsblad zaten de inlichtingendiensten de groep al maanden op de hielen.",
    "De hoofdverdachte, een 34-jarige man uit Arnhem, werd eerder veroordeeld omdat hij naar Syrië wilde reizen om zich bij een jihadistische groep aan te sluiten. De verdachten worden maandag voorgeleid aan de rechter-commissaris in Rotterdam.",
    "Minister Grapperhaus van Justitie complimenteerde politie en AIVD. Het dreigingsniveau blijft op 4 van de 5 staan. Eind augustus stak een 19-jarige Afghaan op Amsterdam Centraal twee Amerikaanse toeristen neer, volgens het OM met een terroristisch motief.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Unidentified Armed Group (Netherlands)", 3, "Netherlands", "Gelderland", "Arnhem", 51.9851, 5.8987, 1, wd(P, "donderdag"),
       evid=[s19a, s19b],
       note="Arrest of five terror suspects in Arnhem on Thursday. No group named: suspects coded as Unidentified Armed Group (borderline actor2)."),
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Unidentified Armed Group (Netherlands)", 3, "Netherlands", "Limburg", "Weert", 51.2517, 5.7069, 1, wd(P, "donderdag"),
       evid=[s19a, s19b],
       note="Arrest of two terror suspects in Weert the same day: a separate place, so a separate event."),
], "Two Arrests events (Arnhem, Weert). The attack plan is a plan, not an event; the Amsterdam Centraal stabbing ('eind augustus', about four weeks earlier) is beyond the news horizon and background. Not coded."))

# 20 Belgium: commemoration one year after the Brussels attacks (negative: commemoration)
P = "2017-03-22"
A(art(P, "België herdenkt slachtoffers aanslagen van een jaar geleden", "VRT NWS", [
    "Met een minuut stilte op de luchthaven van Zaventem en in het metrostation Maalbeek heeft België woensdag de slachtoffers herdacht van de aanslagen van 22 maart 2016. Koning Filip en koningin Mathilde waren bij beide plechtigheden aanwezig. Op veel plaatsen in het land hingen de vlaggen halfstok en in het Brusselse stadhuis lag een rouwregister.",
    "Op de luchthaven werden om 7.58 uur, het tijdstip van de eerste explosie, de namen van de slachtoffers voorgelezen. In Maalbeek legden nabestaanden bloemen bij de muur waar sinds vandaag een gedenkplaat hangt.",
    "In het Zoniënwoud werd 's middags een monument onthuld met de titel 'Wounded but still standing'. Eerste minister Charles Michel sprak van 'een wonde die nooit helemaal zal helen'.",
    "Bij de zelfmoordaanslagen kwamen 32 mensen om het leven en raakten meer dan driehonderd mensen gewond. Islamitische Staat eiste de aanslagen op. Het onderzoek naar de daders en hun netwerk loopt nog.",
    "Slachtofferverenigingen hekelden de trage afhandeling van schadevergoedingen. Veel slachtoffers wachten een jaar later nog altijd op geld van de verzekeraars.",
], [], "Commemoration of the year-old Brussels attacks: the attacks are historical background, the ceremony is not a protest. Nothing coded."))
