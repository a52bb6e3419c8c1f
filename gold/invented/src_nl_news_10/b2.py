# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    """A count claimed by a party to the fight (fatalities_claimed)."""
    return {"low": low, "high": high, "claimant": claimant, "text": text}


NL = "Netherlands"
BE = "Belgium"
PNL = "Police Forces of the Netherlands"
PBE = "Police Forces of Belgium"
SDF = "Syrian Democratic Forces"


# 21 Iran: security forces fire on protesters in Zahedan (Friday) + journalist arrested in Tehran (Wednesday) (2 events)
P = "2022-12-10"
s21a = "Iraanse veiligheidstroepen hebben vrijdag in de zuidoostelijke stad Zahedan het vuur geopend op betogers die na het vrijdaggebed de straat op gingen."
s21b = "Zeker drie mensen werden doodgeschoten, meldt de mensenrechtenorganisatie Haalvsh, die het geweld tegen de Baluchi-minderheid documenteert."
s21c = "In Teheran werd woensdag de journaliste Leila Ahmadi door agenten van het ministerie van Inlichtingen thuis opgepakt, meldt haar familie."
A(art(P, "Veiligheidstroepen schieten op betogers in Zahedan, journaliste opgepakt in Teheran", "Trouw", [
    s21a + " " + s21b + " Op video's die op sociale media rondgaan, is te zien hoe mensen wegrennen terwijl er schoten klinken.",
    "Iraanse staatsmedia spraken van relschoppers die een politiebureau zouden hebben aangevallen en meldden dat twee agenten gewond raakten. Getuigen spreken die lezing tegen: volgens hen bleven de demonstranten, die leuzen riepen tegen de geestelijk leider, op ruime afstand van het bureau.",
    "Zahedan, de hoofdstad van de provincie Sistan en Baluchistan, is sinds september een brandpunt van de protesten die na de dood van de 22-jarige Mahsa Amini in heel Iran uitbraken. Op 30 september, een dag die in Iran bekend werd als Bloedige Vrijdag, schoten veiligheidstroepen in de stad volgens Amnesty International tientallen mensen dood. Sindsdien gaan er vrijwel elke vrijdag mensen de straat op.",
    s21c + " Ahmadi schreef voor een hervormingsgezinde krant over de begrafenissen van omgekomen betogers. Volgens het Comité ter Bescherming van Journalisten zitten sinds september tientallen journalisten in Iran vast.",
    "Volgens de in Noorwegen gevestigde organisatie Iran Human Rights zijn sinds het begin van de protesten bijna vijfhonderd mensen door veiligheidstroepen gedood. De rechterlijke macht heeft bovendien laten weten dat betogers die ter dood zijn veroordeeld, binnenkort kunnen worden terechtgesteld.",
], [
    ev("Protests", "Excessive force against protesters", "Protesters (Iran)", 6, "Police Forces of Iran", 1, "Iran", "Sistan and Baluchestan", "Zahedan", 29.4963, 60.8629, 1, wd(P, "vrijdag"),
       fat=3, evid=[s21a, s21b],
       note="Security forces opened fire on protesters after Friday prayers in Zahedan; three shot dead per the rights group Haalvsh (not a party). State media's account of an attack on a police station is contradicted by witnesses and the article, so a protest met with lethal force, not a riot."),
    ev("Strategic developments", "Arrests", "Police Forces of Iran", 1, "Civilians (Iran)", 7, "Iran", "Tehran", "Tehran", 35.6892, 51.3890, 1, wd(P, "woensdag"),
       evid=[s21c],
       note="Arrest of a journalist at her home in Tehran on Wednesday by Intelligence Ministry agents (coded as Police Forces of Iran); arrests of journalists are coded."),
], "Two events: Friday's shooting of protesters in Zahedan and Wednesday's arrest of a journalist in Tehran. Not coded: 'Bloody Friday' of 30 September (old), the weekly Friday protests (no day), the national tolls of killed and jailed, the threatened executions (future)."))

# 22 Brussels: verdict in the trial about the 22 March 2016 attacks (negative)
P = "2023-07-26"
A(art(P, "Jury: zes beklaagden schuldig aan terroristische moord voor aanslagen van 22 maart", "De Standaard", [
    "Na bijna zeven maanden proces heeft de volksjury in het proces over de aanslagen van 22 maart 2016 gisteren zes beklaagden schuldig verklaard aan terroristische moord. Twee anderen werden alleen schuldig bevonden aan deelname aan de activiteiten van een terroristische groep, twee broers werden vrijgesproken. Bij de aanslagen op Brussels Airport in Zaventem en in het metrostation Maalbeek kwamen 32 mensen om en raakten honderden anderen gewond.",
    "De uitspraak viel in het voormalige NAVO-hoofdkwartier in Haren, dat speciaal voor het proces werd omgebouwd tot gerechtsgebouw. De twaalf juryleden beraadslaagden bijna twee weken in afzondering over de honderden vragen die hun waren voorgelegd.",
    "'Het is geen overwinning, maar het is erkenning', zei Sophie Lemaire, die in de vertrekhal van Zaventem zwaargewond raakte en sindsdien met een beenprothese loopt. 'Zeven jaar lang heb ik me afgevraagd of iemand ooit verantwoordelijk zou worden gesteld. Vandaag is dat gebeurd.'",
    "De jury erkende ook drie slachtoffers die pas jaren na de aanslagen overleden aan de gevolgen ervan. Daarmee komt het officiële dodental op 35.",
    "In september buigt de jury zich over de strafmaat. Verschillende beklaagden werden vorig jaar in Parijs al veroordeeld voor hun rol in de aanslagen van november 2015 in de Franse hoofdstad. Het proces was het grootste uit de Belgische rechtsgeschiedenis en werd met een ongeziene veiligheidsoperatie omringd.",
], [], "Jury verdict about the 2016 Brussels attacks: a trial about old violence, not an event. Nothing coded."))

# 23 Red Sea shipping and Houthi attacks, business explainer (negative)
P = "2024-03-12"
A(art(P, "Omweg langs de Kaap kost rederijen miljarden, maar vrachtprijzen dalen alweer", "Het Financieele Dagblad", [
    "Ruim drie maanden nadat de Houthi-beweging in Jemen begon met aanvallen op koopvaardijschepen in de Rode Zee, vaart het merendeel van de grote containerrederijen nog altijd om Kaap de Goede Hoop heen. Dat verlengt de reis tussen Azië en Rotterdam met tien tot veertien dagen en kost per rondreis honderden tonnen extra brandstof.",
    "Het aantal schepen dat door het Suezkanaal vaart, is volgens gegevens van de Egyptische kanaalautoriteit ongeveer gehalveerd. Voor Egypte, dat miljarden dollars per jaar aan tolgelden ontvangt, is dat een zware economische klap.",
    "Opvallend genoeg zijn de vrachtprijzen na een piek in januari alweer aan het zakken. 'De markt heeft de schok opgevangen', zegt scheepvaarteconoom Ruud Vermeulen van een Rotterdamse makelaardij. 'Na de coronajaren is er een enorme overcapaciteit aan schepen. Die extra schepen worden nu ingezet om de langere route te varen.'",
    "De Amerikaanse en Britse luchtaanvallen op doelen in Jemen, die sinds januari worden uitgevoerd, hebben de Houthi's niet van hun aanvallen afgebracht. De beweging, die door Iran wordt gesteund, dreigt haar acties uit te breiden zolang de oorlog in Gaza voortduurt. Een Europese marinemissie, waaraan ook Nederland en België bijdragen, begeleidt sinds februari schepen door de zee-engte.",
    "Voor de Rotterdamse haven zijn de gevolgen tot nu toe beperkt. Verladers klagen wel over onbetrouwbare aankomsttijden: schepen komen in golven binnen, waardoor terminals tijdelijk overvol raken en containers langer blijven staan.",
], [], "Shipping explainer: the Houthi attacks and the US-British air strikes are told only as ongoing campaigns without place and day, the threat to widen them is future. Nothing coded."))

# 24 Venezuela: tear gas against protesters in Caracas (Monday) + arrest of an opposition politician (Tuesday) (2 events)
P = "2024-07-31"
s24a = "In Caracas zette de Nationale Garde maandag traangas en rubberkogels in tegen duizenden betogers die vanuit de volkswijken naar het presidentieel paleis Miraflores probeerden te trekken."
s24b = "Dinsdagochtend werd in Caracas een prominente politicus van oppositiepartij Voluntad Popular door agenten van de inlichtingendienst Sebin uit zijn auto gehaald en meegenomen."
A(art(P, "Traangas in Caracas na omstreden verkiezingsuitslag, oppositiepoliticus opgepakt", "de Volkskrant", [
    "BOGOTÁ - Venezuela is in de ban van protest tegen de officiële uitslag van de presidentsverkiezingen van zondag, waarin de kiesraad zittend president Nicolás Maduro tot winnaar uitriep.",
    s24a + " De betogers, velen met pannen waarop ze met lepels sloegen, riepen om vrijheid en om de publicatie van de uitslagen per stembureau.",
    "'Ze hebben onze stem gestolen en nu schieten ze op ons', zegt Yusmary Rondón (45), die uit de wijk Catia naar het centrum was gelopen. 'Vroeger stemde iedereen hier op de regering. Nu niet meer.'",
    s24b + " Zijn partij zegt niet te weten waar hij wordt vastgehouden. De procureur-generaal kondigde zware straffen aan voor wie bij de protesten geweld gebruikt.",
    "Volgens de mensenrechtenorganisatie Foro Penal kwamen bij de protesten van maandag in het hele land zeker elf mensen om en werden honderden mensen gearresteerd. De regering zelf spreekt van ruim zevenhonderd aanhoudingen.",
    "De oppositie stelt op basis van de processen-verbaal van meer dan 80 procent van de stembureaus dat haar kandidaat ruim heeft gewonnen. De kiesraad heeft nog geen uitsplitsing per stembureau gepubliceerd. Brazilië, Colombia en Mexico dringen aan op volledige openheid.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Venezuela)", 6, "Military Forces of Venezuela", 1, "Venezuela", "Distrito Capital", "Caracas", 10.4806, -66.9036, 1, wd(P, "maandag"),
       evid=[s24a],
       note="March towards Miraflores in Caracas on Monday met with tear gas and rubber bullets by the National Guard (part of the armed forces, so Military Forces of Venezuela). No deaths told for Caracas itself: protest with intervention."),
    ev("Strategic developments", "Arrests", "Police Forces of Venezuela", 1, "Civilians (Venezuela)", 7, "Venezuela", "Distrito Capital", "Caracas", 10.4806, -66.9036, 1, wd(P, "dinsdag"),
       evid=[s24b],
       note="Arrest of a prominent Voluntad Popular politician by SEBIN agents in Caracas on Tuesday (political figure, coded; SEBIN as Police Forces, borderline)."),
], "Two events in Caracas: Monday's protest met with tear gas and Tuesday's arrest of an opposition politician. Not coded: Foro Penal's nationwide toll of eleven dead and the hundreds or 'more than seven hundred' arrests (summed over the country), the election itself."))

# 25 Antwerp-Borgerhout: stabbing after a parking quarrel (negative, ordinary crime)
P = "2023-05-22"
A(art(P, "Twintiger zwaargewond na messteek bij ruzie over parkeerplaats in Borgerhout", "De Morgen", [
    "In het Antwerpse district Borgerhout is zaterdagavond een 27-jarige man zwaargewond geraakt bij een steekpartij. Het slachtoffer kreeg na een hoogoplopende ruzie over een parkeerplaats meerdere messteken in de buik en de arm. Hij werd in kritieke toestand naar het ziekenhuis gebracht, maar is inmiddels buiten levensgevaar.",
    "De verdachte, een 45-jarige buurman, vluchtte eerst te voet, maar werd een half uur later in zijn woning opgepakt. Het mes werd in een vuilnisbak in de buurt teruggevonden.",
    "Het Antwerpse parket heeft een onderzoeksrechter gevorderd voor poging tot doodslag. Volgens een woordvoerster is er geen enkele aanwijzing voor een ander motief dan de ruzie. 'De twee mannen hadden al langer onenigheid over de parkeerplaats voor hun deur', klinkt het.",
    "Buurtbewoners zijn aangeslagen. 'Het ging al maanden over die ene plek', zegt een vrouw die twee huizen verderop woont. 'Er werd geroepen, er werden bandjes lek gestoken. Maar dat het zo ver zou komen, had niemand gedacht.'",
    "Het aantal incidenten met messen in de stad neemt al enkele jaren toe, blijkt uit politiecijfers. Het stadsbestuur overweegt in bepaalde wijken een verbod op het dragen van messen in te voeren.",
], [], "Stabbing after a neighbours' quarrel over a parking space: personal violence, out of scope; the arrest is of one ordinary person; the knife figures are statistics. Nothing coded."))

# 26 Analysis: the shadow war between Israel and Iran (negative)
P = "2023-04-15"
A(art(P, "Israël en Iran: een schaduwoorlog die steeds vaker uit de schaduw treedt", "NRC", [
    "Het is een oorlog zonder oorlogsverklaring, zonder front en zonder officiële dodentellingen. Al meer dan tien jaar bestrijden Israël en Iran elkaar met sabotage, cyberaanvallen, aanslagen op wetenschappers en aanvallen op schepen. Maar de schaduwoorlog dreigt openlijker te worden, nu Iran zijn nucleaire programma verder uitbreidt.",
    "Volgens het Internationaal Atoomenergieagentschap verrijkt Iran inmiddels uranium tot 60 procent, niet ver van de 90 procent die nodig is voor een kernwapen. Begin dit jaar troffen inspecteurs in de ondergrondse installatie van Fordow deeltjes aan die tot bijna 84 procent waren verrijkt. Teheran sprak van een technische onvolkomenheid.",
    "De lijst van incidenten is lang. In november 2020 werd de Iraanse kernfysicus Mohsen Fakhrizadeh bij Teheran doodgeschoten met een op afstand bestuurbaar machinegeweer; Iran wijst naar Israël. In april 2021 legde een explosie de stroomvoorziening van de verrijkingsfabriek in Natanz plat. En eind januari van dit jaar werd een militaire fabriek in Isfahan door drones aangevallen. Israël bevestigt zulke operaties nooit.",
    "'Beide kanten testen hoe ver ze kunnen gaan zonder dat het uit de hand loopt', zegt een Europese diplomaat in Teheran, die anoniem wil blijven. 'Het gevaar is dat iemand zich een keer verrekent. Dan heb je geen schaduwoorlog meer, maar een echte.'",
    "De Israëlische regering heeft herhaaldelijk gezegd dat ze een Iraanse kernbom met alle middelen zal voorkomen. Militaire analisten betwijfelen of Israël de diep ingegraven installaties zonder Amerikaanse hulp kan uitschakelen. Washington zet voorlopig in op sancties en diplomatie, al liggen de gesprekken over een nieuw nucleair akkoord al maanden stil. Intussen voert Israël in Syrië geregeld luchtaanvallen uit op doelen die het aan Iran gelieerde milities toeschrijft.",
], [], "Analysis of the Israel-Iran shadow war: the killings and sabotage of 2020-2021 and the Isfahan drone attack of late January (about eleven weeks old) are background; the air strikes in Syria are an undated pattern; threats are not events. Nothing coded."))

# 27 Amsterdam: police clear the pro-Palestinian camp at the Roeterseiland (Tuesday) + 125 arrests (2 events)
P = "2024-05-08"
s27a = "De ME heeft dinsdagavond het pro-Palestijnse tentenkamp op het Roeterseiland van de Universiteit van Amsterdam met harde hand ontruimd."
s27b = "Agenten sloegen met wapenstokken op studenten die de armen in elkaar hadden gehaakt, en een graafmachine schoof de barricades van pallets en fietsen opzij."
s27c = "De politie hield 125 mensen aan, onder wie enkele medewerkers van de universiteit."
A(art(P, "ME ontruimt tentenkamp op Roeterseiland, 125 aanhoudingen", "de Volkskrant", [
    s27a + " Het kamp was dinsdagochtend opgezet door enkele honderden studenten en medewerkers die eisen dat de UvA alle banden met Israëlische instellingen verbreekt.",
    "De burgemeester gaf de politie rond tien uur 's avonds toestemming om in te grijpen, nadat het college van bestuur aangifte had gedaan. " + s27b,
    s27c + " Zij werden in de loop van de nacht vrijwel allemaal weer vrijgelaten. Volgens de demonstranten raakten meerdere mensen gewond; de politie zegt daar geen meldingen van te hebben ontvangen.",
    "'We zaten hier vreedzaam, met thee en spandoeken', zegt masterstudent Noor El Amrani (24), die met een geschaafde wang bij de Weesperstraat staat. 'Ze kwamen met honden en knuppels. Dit is een universiteit, geen slagveld.'",
    "Het protest volgt op een golf van tentenkampen aan Amerikaanse universiteiten, die half april begon. Ook in Leiden, Utrecht en Groningen kondigden studenten soortgelijke acties aan. Voor woensdagavond staat op het Spui een nieuwe demonstratie gepland.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, PNL, 1, NL, "Noord-Holland", "Amsterdam - Roeterseiland", 52.3640, 4.9110, 1, wd(P, "dinsdag"),
       evid=[s27a, s27b],
       note="Pro-Palestinian camp set up and cleared the same day (Tuesday) by the ME with batons and an excavator: protest with intervention. Injuries only claimed by the protesters, vaguely: injured null."),
    ev("Strategic developments", "Arrests", PNL, 1, "Protesters (Netherlands)", 6, NL, "Noord-Holland", "Amsterdam - Roeterseiland", 52.3640, 4.9110, 1, wd(P, "dinsdag"),
       evid=[s27c],
       note="Mass arrest of 125 people at the clearance: coded apart as Arrests, as the codebook lists mass arrests at protests there."),
], "Two events on Tuesday at the Roeterseiland: the cleared protest camp and the 125 arrests. Not coded: the US campus camps (no place or day), the announced actions in Leiden, Utrecht and Groningen and the Spui demonstration planned for Wednesday evening (future)."))

# 28 Genk: woman killed by her ex-partner (negative, domestic violence)
P = "2023-11-25"
A(art(P, "Vrouw (38) gedood door ex-partner in Genk: 'Ze had al drie keer klacht ingediend'", "De Morgen", [
    "In Genk is donderdagavond een 38-jarige vrouw om het leven gebracht door haar ex-partner. De man, een 44-jarige Genkenaar, stak haar in de inkomhal van haar appartement meermaals met een mes en belde daarna zelf de hulpdiensten. Hij werd ter plaatse gearresteerd en is inmiddels aangehouden door de onderzoeksrechter.",
    "Volgens familieleden had de vrouw de voorbije maanden drie keer klacht ingediend wegens stalking en bedreigingen. Het Limburgse parket bevestigt dat er een dossier liep, maar wil niet zeggen welke maatregelen er waren genomen. 'We zullen nagaan of alles correct is verlopen', zegt een woordvoerder.",
    "'Ze was bang, dat wist iedereen', zegt een vriendin. 'Ze sliep al weken bij haar zus, en donderdag ging ze alleen even kleren halen.'",
    "De dood van de vrouw valt samen met de Internationale Dag tegen Geweld op Vrouwen, vandaag. Volgens het collectief Stop Féminicide werden dit jaar in België al minstens twintig vrouwen gedood door een (ex-)partner. Sinds deze zomer heeft ons land een wet die feminicide definieert en de overheid verplicht er cijfers over bij te houden.",
    "Middenveldorganisaties vinden dat de wet niet volstaat en vragen meer middelen voor opvang en voor de politie. Voor morgen staat in Brussel een betoging tegen geweld op vrouwen gepland.",
], [], "Killing of a woman by her ex-partner: domestic violence, out of scope; the femicide count is a statistic and the Brussels march tomorrow is future. Nothing coded."))

# 29 The Hague prepares for the NATO summit (negative, summit and announced protests)
P = "2025-06-20"
A(art(P, "Den Haag op slot voor NAVO-top: grootste beveiligingsoperatie ooit", "NRC", [
    "Met hekken, betonblokken en duizenden agenten bereidt Den Haag zich voor op de NAVO-top van dinsdag en woensdag. Rond het World Forum, waar de regeringsleiders van de 32 lidstaten vergaderen, is een zone ingesteld waar alleen bewoners en geaccrediteerde bezoekers in mogen. Boven de stad geldt een vliegverbod, ook voor drones.",
    "Politie, marechaussee en Defensie zetten samen ruim 27.000 mensen in, de grootste beveiligingsoperatie die Nederland ooit heeft gekend. Agenten uit het hele land worden naar Den Haag gehaald; in andere regio's moeten korpsen daardoor het minimum aan diensten draaien.",
    "Inhoudelijk draait de top om geld. De bondgenoten moeten zich vastleggen op een forse verhoging van hun defensie-uitgaven, richting 5 procent van het bruto binnenlands product. Over de termijn en over wat precies als defensie-uitgave mag gelden, wordt tot het laatste moment onderhandeld.",
    "Voor zondag hebben verschillende vredes- en linkse organisaties een demonstratie tegen de top aangekondigd, die van het centrum naar het Malieveld moet trekken. De gemeente heeft de route goedgekeurd. Klimaatactivisten dreigen daarnaast met een blokkade van de A12 tijdens de top.",
    "Ondernemers in het Zeeheldenkwartier en rond het Statenkwartier zien het met gemengde gevoelens aan. 'Twee dagen lang is mijn zaak onbereikbaar', zegt Mark Verhoeven, die een lunchroom heeft vlak bij de afzetting. 'Dat het belangrijk is, begrijp ik. Maar wie vergoedt mijn omzet?'",
], [], "Preparations for a summit; the demonstration on Sunday and the threatened A12 blockade are announced, future protests. Nothing coded."))

# 30 Syria: Turkish drone strike near Kobani (Saturday) + SNA-SDF battle at the Tishreen dam (Sunday) (2 events)
P = "2025-01-13"
s30a = "Bij een Turkse droneaanval op een voertuig van de Koerdisch geleide Syrische Democratische Strijdkrachten (SDF) zijn zaterdag ten zuiden van Kobani drie strijders om het leven gekomen."
s30b = "Dat meldt het Syrisch Observatorium voor de Mensenrechten, een in Londen gevestigde monitor met een netwerk van bronnen in het land."
s30c = "Bij de Tishreen-dam aan de Eufraat, ten zuidoosten van Manbij, vochten de SDF en het door Turkije gesteunde Syrisch Nationaal Leger (SNA) zondag opnieuw om de controle over de stuwdam."
s30d = "Volgens het Observatorium kwamen daarbij zeker twintig strijders van beide kanten om."
A(art(P, "Turkse drone treft SDF-voertuig bij Kobani, gevechten om Tishreen-dam houden aan", "Trouw", [
    s30a + " " + s30b,
    s30c + " " + s30d + " De SDF zegt tientallen SNA-strijders te hebben gedood en een aanval op de dam te hebben afgeslagen.",
    "Sinds de val van het regime van Bashar al-Assad op 8 december proberen Turkije en het SNA de SDF te verdrijven uit de gebieden ten westen van de Eufraat. Manbij viel begin december al in handen van het SNA. Volgens het Observatorium zijn bij de gevechten in de regio sindsdien ruim driehonderd mensen om het leven gekomen. Een door de Verenigde Staten bemiddeld bestand rond Manbij, vorige maand gesloten, hield nauwelijks stand.",
    "Ankara beschouwt de SDF, waarvan de Koerdische militie YPG de ruggengraat vormt, als een verlengstuk van de PKK, die al veertig jaar een gewapende strijd tegen de Turkse staat voert. De nieuwe machthebbers in Damascus onderhandelen met de SDF over opname in een nationaal leger, maar die gesprekken verlopen moeizaam.",
    "'Elke nacht horen we de drones', zegt Rojin Ahmed (34), lerares in Kobani, aan de telefoon. 'We hebben IS overleefd in 2014. We dachten dat het daarna voorbij zou zijn.'",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8, SDF, 2, "Syria", "Aleppo", "Kobani", 36.8910, 38.3540, 2, wd(P, "zaterdag"),
       fat=3, evid=[s30a, s30b],
       note="Turkish drone strike on an SDF vehicle south of Kobani on Saturday; three fighters killed per the Syrian Observatory (a monitor, not a party). Turkish forces abroad coded 8; near the town, so geo_precision 2."),
    ev("Battles", "Armed clash", "Syrian National Army", 2, SDF, 2, "Syria", "Aleppo", "Manbij", 36.5281, 37.9550, 2, wd(P, "zondag"),
       fat=20, claimed=[claim(12, None, SDF, "tientallen SNA-strijders")], evid=[s30c, s30d],
       note="SNA-SDF fighting at the Tishreen dam south-east of Manbij on Sunday; twenty fighters killed per the Observatory; the SDF's 'tientallen' is a party's claim. Placed at Manbij with geo_precision 2 (the dam's own coordinates not known to the coder)."),
], "Two events: Saturday's drone strike near Kobani and Sunday's battle at the Tishreen dam. Not coded: the fall of Manbij in early December and the December truce (over a month old), the Observatory's toll since December (aggregate), the fall of Assad."))

# 31 Interview with a survivor of Saydnaya prison (negative)
P = "2025-02-15"
A(art(P, "'In Saydnaya leerde ik tellen zonder geluid te maken'", "de Volkskrant", [
    "Omar Haddad (41) praat zacht, alsof de bewakers nog meeluisteren. Twee jaar zat hij in de Saydnaya-gevangenis ten noorden van Damascus, het meest gevreesde detentiecentrum van het Syrische regime. Hij werd in 2012 opgepakt bij een controlepost, omdat hij foto's van een demonstratie op zijn telefoon had. Sinds 2016 woont hij in Enschede, waar hij als elektricien werkt.",
    "'Praten was verboden, opkijken was verboden, zelfs hardop huilen was verboden', vertelt hij aan zijn keukentafel. 'We telden de dagen door knoopjes in een draadje te leggen. Zonder geluid. Wie betrapt werd, werd geslagen tot hij niet meer kon staan.'",
    "Mensenrechtenorganisaties schatten dat in Saydnaya tussen 2011 en 2015 duizenden gevangenen werden opgehangen, na schijnprocessen van enkele minuten. Nog veel meer mensen stierven door marteling, honger en ziekte.",
    "Toen rebellen op 8 december de poorten van de gevangenis openbraken, zat Haddad in Enschede voor de televisie. 'Ik zag mannen naar buiten strompelen die niet wisten welk jaar het was. Ik heb de hele nacht gekeken of ik mijn broer zag.' Zijn broer Khaled werd in 2013 opgepakt en is sindsdien spoorloos. Op de lijsten die na de val van het regime in omloop kwamen, staat zijn naam niet.",
    "Nederland en Canada hebben Syrië in 2023 voor het Internationaal Gerechtshof gedaagd wegens schending van het VN-antifolterverdrag. Haddad hoopt dat de nieuwe machthebbers de archieven openstellen. 'Ik wil geen wraak', zegt hij. 'Ik wil weten waar hij ligt.'",
], [], "Interview about torture in Saydnaya (2012-2015) and the opening of the prison on 8 December (over two months before publication): old violence and background. Nothing coded."))

# 32 Amnesty report on executions (negative, statistics)
P = "2024-05-29"
A(art(P, "Aantal executies wereldwijd op hoogste punt sinds 2015, vooral door Iran", "Trouw", [
    "Het aantal geregistreerde executies wereldwijd is vorig jaar gestegen tot 1153, het hoogste aantal sinds 2015. Dat blijkt uit het jaarlijkse rapport over de doodstraf van Amnesty International, dat woensdag verschijnt. Het gaat om een stijging van ruim 30 procent ten opzichte van een jaar eerder.",
    "Iran is verantwoordelijk voor bijna driekwart van de geregistreerde terechtstellingen: zeker 853, van wie bijna de helft voor drugsdelicten. Leden van de Baluchi-minderheid, die ongeveer 5 procent van de bevolking uitmaken, waren goed voor een vijfde van de geëxecuteerden. Ook zeker één betoger die bij de protesten van 2022 was opgepakt, werd vorig jaar opgehangen.",
    "Na Iran volgen Saudi-Arabië, Somalië en de Verenigde Staten. China, dat vermoedelijk duizenden mensen per jaar executeert, is niet in de cijfers opgenomen omdat gegevens daar staatsgeheim zijn. Ook over Noord-Korea en Vietnam ontbreken betrouwbare cijfers.",
    "'Het is wrang dat de doodstraf in Iran juist wordt ingezet tegen de zwakste groepen: armen, minderheden, mensen zonder goede advocaat', zegt Dirk-Jan Wouters, die bij Amnesty Nederland de doodstraf volgt. 'Dat heeft niets met recht te maken, alles met intimidatie.'",
    "Er is ook hoopvol nieuws: het aantal landen dat de doodstraf in de praktijk nog toepast, blijft dalen. Vorig jaar voerden zestien landen executies uit, tegen twintig een jaar eerder. Pakistan en Ghana schaften de doodstraf geheel of gedeeltelijk af.",
], [], "Annual report on executions: statistics; judicial executions are not ACLED events. Nothing coded."))

# 33 Flemish election campaign in war words (negative)
P = "2024-06-05"
A(art(P, "Slotoffensief: partijen werpen laatste reserves in de strijd", "De Tijd", [
    "Nog vier dagen tot de verkiezingen van zondag, en de partijen werpen hun laatste reserves in de strijd. Lijsttrekkers trekken van markt naar markt, de advertentiebudgetten op sociale media gaan door het dak en in de debatten wordt met scherp geschoten. De slag om Vlaanderen lijkt beslist te worden in een handvol kieskringen.",
    "In de peilingen liggen N-VA en Vlaams Belang nek aan nek, met de andere partijen op ruime afstand. Voor de federale regeringsvorming is de uitslag in Vlaanderen cruciaal, maar het cordon sanitaire rond Vlaams Belang maakt elke rekensom ingewikkeld. 'Iedereen zit in zijn loopgraaf en wacht af wie als eerste uit de dekking komt', zegt politicologe Lotte Peeters van de KU Leuven.",
    "Volgens Peeters is de campagne opvallend defensief. 'De grote partijen verdedigen vooral hun eigen terrein. Niemand lanceert nog een groot nieuw voorstel, uit angst dat de tegenstander het in de laatste week aan flarden schiet. Dat maakt het voor de kiezer moeilijk om te zien waar het eigenlijk over gaat.'",
    "Op het terrein is de sfeer gespannen maar correct. In Antwerpen en Gent deelden militanten van verschillende partijen gisteren naast elkaar folders uit aan de uitgang van het station, zonder noemenswaardige incidenten. 'We zijn tegenstanders, geen vijanden', zegt Jonas De Smet, een jonge vrijwilliger die al sinds zes uur 's ochtends op pad is.",
    "Zondagavond volgt het verdict van de kiezer. Daarna begint wat waarnemers nu al een formatie-uitputtingsslag noemen.",
], [], "Election campaign in war words (slotoffensief, loopgraaf, met scherp geschoten, uitputtingsslag); leafleting without incidents is no protest event. Nothing coded."))

# 34 Belgium: farmers' protest in Brussels turns violent + peaceful blockade of the port of Zeebrugge (both yesterday) (2 events)
P = "2024-02-02"
s34a = "Honderden boeren hebben gisteren met zo'n 1.300 tractoren de Europese wijk in Brussel ingenomen, terwijl de Europese regeringsleiders er vergaderden over steun voor Oekraïne."
s34b = "Op het Luxemburgplein, voor het Europees Parlement, staken boeren hooi, pallets en autobanden in brand en bekogelden ze de politie met eieren, vuurwerk en mest."
s34c = "De politie zette waterkanonnen in om de menigte op afstand te houden."
s34d = "Eerder op de dag blokkeerden boeren met een honderdtal tractoren de toegangswegen naar de haven van Zeebrugge."
A(art(P, "Boeren steken vuur aan in Europese wijk, ook haven van Zeebrugge geblokkeerd", "De Standaard", [
    s34a + " " + s34b + " Een standbeeld op het plein raakte beschadigd. " + s34c,
    "De boeren protesteren tegen wat zij een stortvloed aan Europese milieuregels noemen, tegen lage prijzen en tegen handelsakkoorden die goedkope import uit Zuid-Amerika mogelijk maken. 'We worden kapotgeregeld', zegt melkveehouder Koen Vanhoutte uit Tielt. 'Ik werk zeventig uur per week en hou aan het eind van de maand niets over.'",
    s34d + " De blokkade duurde tot de late namiddag en verliep volgens de lokale politie zonder incidenten. Vrachtwagens stonden urenlang aan te schuiven op de N31.",
    "Landbouworganisaties distantieerden zich van de branden in Brussel, maar zeggen begrip te hebben voor de woede. De acties in België volgen op weken van boerenprotest in Frankrijk, Duitsland en Nederland.",
    "De Europese leiders beloofden na afloop van de top de administratieve lasten voor boeren te verminderen. Voor de boerenorganisaties is dat onvoldoende: zij kondigen nieuwe acties aan.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, PBE, 1, BE, "Brussel", "Brussel", 50.8387, 4.3733, 1, wd(P, "gisteren"),
       evid=[s34a, s34b, s34c],
       note="Farmers' protest in the European quarter yesterday with fires, eggs, fireworks and manure thrown at police, who used water cannon: one violent demonstration (Luxembourg square)."),
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "West-Vlaanderen", "Zeebrugge", 51.3300, 3.2000, 1, wd(P, "gisteren"),
       evid=[s34d],
       note="Tractor blockade of the port of Zeebrugge earlier the same day, without incidents: peaceful protest."),
], "Two events yesterday: the violent farmers' protest in Brussels and the peaceful blockade at Zeebrugge. Not coded: the weeks of farmers' protest abroad (no place or day), the new actions announced (future)."))

# 35 Walcheren commemorates eighty years since the Battle of the Scheldt (negative, history)
P = "2024-11-02"
A(art(P, "Walcheren herdenkt tachtig jaar Slag om de Schelde", "Trouw", [
    "Met een ceremonie bij het commandomonument op de boulevard van Vlissingen is vrijdag herdacht dat Britse troepen tachtig jaar geleden op Walcheren landden. Honderden mensen, onder wie een handvol hoogbejaarde veteranen, legden kransen en bloemen. Een doedelzakspeler speelde een klaagzang, daarna bleef het twee minuten stil.",
    "Op 1 november 1944 kwamen Britse commando's bij Vlissingen en Westkapelle aan land. De geallieerden hadden de haven van Antwerpen dringend nodig voor hun bevoorrading, maar zolang de Duitsers de oevers van de Westerschelde beheersten, kon geen schip de stad bereiken. De Slag om de Schelde kostte aan geallieerde kant duizenden doden.",
    "Ook de burgerbevolking betaalde een hoge prijs. Begin oktober bombardeerden geallieerde vliegtuigen de dijken van Walcheren om het eiland onder water te zetten. Bij Westkapelle kwamen daarbij tientallen burgers om die in een molen en kelders schuilden.",
    "'Ik was zeven en zat met mijn moeder in de kelder toen het water kwam', vertelt Cornelia de Vos (87), die vrijdag met haar kleinzoon naar de boulevard was gekomen. 'Ik weet nog hoe koud het was. En dat mijn moeder de hele tijd zong, zodat ik de bommen niet zou horen.'",
    "In zijn toespraak legde de burgemeester een verband met de oorlog in Oekraïne: tachtig jaar na de bevrijding is vrede in Europa volgens hem opnieuw geen vanzelfsprekendheid. Na de plechtigheid werden de veteranen en genodigden op het stadhuis ontvangen.",
], [], "Commemoration of the 1944 landings and the flooding of Walcheren: historical violence; a commemorative ceremony is not a protest. Nothing coded."))

# 36 Pro-Russian DDoS attacks on Belgian websites (negative, cyber)
P = "2024-10-09"
A(art(P, "Pro-Russische hackers leggen websites van steden en havenbedrijf plat", "De Tijd", [
    "Een pro-Russische hackersgroep heeft gisteren de websites van onder meer de stad Antwerpen, het havenbedrijf Antwerpen-Brugge en verschillende gemeenten urenlang onbereikbaar gemaakt. De groep eiste de aanvallen op via Telegram en noemde ze een vergelding voor de Belgische steun aan Oekraïne, waaronder de levering van F-16-gevechtsvliegtuigen.",
    "Het ging om zogenoemde DDoS-aanvallen, waarbij servers worden overspoeld met zoveel verzoeken dat ze bezwijken. Volgens het Centrum voor Cybersecurity België werden er geen gegevens gestolen en raakten de systemen die schepen en containers in de haven aansturen niet getroffen.",
    "'Dit is digitale guerrilla: veel lawaai, weinig schade', zegt cybersecurityonderzoeker Pieter Verstraeten. 'Het doel is niet om iets kapot te maken, maar om te laten zien dat ze het kunnen. Het is psychologische oorlogvoering, gericht op de publieke opinie.'",
    "Het is niet de eerste keer dat Belgische overheidswebsites het doelwit zijn. De voorbije twee jaar werden ze tientallen keren aangevallen, vaak rond politieke momenten zoals bezoeken van de Oekraïense president of beslissingen over wapenleveringen.",
    "Volgens Verstraeten moeten bedrijven en overheden zich vooral voorbereiden op zwaardere aanvallen. 'Een website die een dag plat ligt, is vervelend. Een ziekenhuis of een elektriciteitsnet dat wordt gegijzeld met ransomware, dat is een ander verhaal.'",
], [], "Cyber attacks (DDoS) on websites: no physical violence, not an ACLED event; 'guerrilla' and 'oorlogvoering' are metaphors. Nothing coded."))

# 37 Court of appeal halts export of F-35 parts to Israel (negative, court)
P = "2024-02-13"
A(art(P, "Hof verbiedt uitvoer van F-35-onderdelen naar Israël", "NRC", [
    "Nederland moet binnen zeven dagen stoppen met de uitvoer van onderdelen voor F-35-gevechtsvliegtuigen naar Israël. Dat heeft het gerechtshof in Den Haag maandag bepaald in een zaak die Oxfam Novib, PAX en The Rights Forum tegen de Staat hadden aangespannen. Volgens het hof bestaat er een duidelijk risico dat de toestellen worden ingezet bij ernstige schendingen van het humanitair oorlogsrecht in Gaza.",
    "Het hof wees erop dat Israëlische F-35's worden gebruikt bij de luchtaanvallen op de Gazastrook en dat daarbij naar verhouding zeer veel burgers omkomen. Sinds 7 oktober zijn volgens het ministerie van Volksgezondheid in Gaza ruim 28.000 Palestijnen gedood, onder wie duizenden kinderen.",
    "De onderdelen zijn eigendom van de Verenigde Staten en liggen opgeslagen in een magazijn in Woensdrecht, van waaruit ze naar partnerlanden worden verscheept. De minister voor Buitenlandse Handel had eind vorig jaar besloten dat de bestaande vergunning voor die doorvoer niet opnieuw hoefde te worden getoetst. Volgens het hof had hij dat wel moeten doen.",
    "Het kabinet gaat in cassatie bij de Hoge Raad. Het wijst op de bondgenootschappelijke verplichtingen en op het belang van de F-35 voor Israëls verdediging tegen dreigingen uit de regio, zoals van Hezbollah en Iran. De organisaties die de zaak aanspanden, spraken van een historische uitspraak.",
    "Juristen verwachten dat de uitspraak ook buiten Nederland wordt gelezen. 'Het is voor het eerst dat een Europese rechter zo concreet ingrijpt in wapenleveranties aan Israël', zegt hoogleraar internationaal recht Evelien Jonker. 'Andere landen met onderdelen in de toeleveringsketen zullen zich afvragen of zij wel zo zeker van hun zaak zijn.'",
], [], "Appeal ruling on arms exports: a court case about a war; the Gaza toll since October is an aggregate. Nothing coded."))

# 38 Valencia a week after the floods (negative, disaster)
P = "2024-11-05"
A(art(P, "'Het lijkt wel een oorlogsgebied': Valencia graaft zich een week na de vloed uit de modder", "De Morgen", [
    "Een week na de verwoestende overstromingen in de regio Valencia ligt een deel van de zuidelijke voorsteden nog altijd onder een dikke laag modder. Het officiële dodental is opgelopen tot boven de tweehonderd, en tientallen mensen worden nog vermist. Vooral in de gemeenten ten zuiden van de stad, waar een kolkende rivier in enkele uren tijd door de straten raasde, is de schade enorm.",
    "Duizenden vrijwilligers trekken elke ochtend met bezems en emmers over de voetgangersbrug vanuit Valencia naar de getroffen dorpen. Het leger zette duizenden militairen in om wegen vrij te maken en autowrakken weg te slepen. 'Het lijkt wel een oorlogsgebied', zegt Lucía Ferrer (52), die haar benedenverdieping en haar kapsalon kwijt is. 'Alles wat we hadden, ligt op straat.'",
    "De woede van veel inwoners richt zich op de regionale regering, die pas een alarm naar de gsm's stuurde toen het water in veel straten al kniehoog stond. De oppositie eist het ontslag van de regionale president. Voor zaterdag is in het centrum van Valencia een grote betoging aangekondigd.",
    "Meteorologen spreken van de zwaarste regenval in de regio in decennia: op sommige plaatsen viel in acht uur tijd evenveel regen als normaal in een jaar. Wetenschappers wijzen erop dat zulke extreme buien door de opwarming van de Middellandse Zee waarschijnlijker worden.",
    "Ook Belgische hulpverleners zijn ter plaatse. Een team van de civiele bescherming helpt met pompen om ondergelopen kelders en parkeergarages leeg te maken, waar nog altijd naar slachtoffers wordt gezocht.",
], [], "Floods: a natural disaster, out of scope; 'oorlogsgebied' is a comparison; the demonstration announced for Saturday is future. Nothing coded."))

# 39 Climate march in Amsterdam announced for Sunday (negative, future)
P = "2023-11-07"
A(art(P, "Klimaatmars in Amsterdam moet zondag de grootste ooit worden", "Trouw", [
    "Organisatoren verwachten zondag tienduizenden mensen bij een klimaatmars door Amsterdam, tien dagen voor de Tweede Kamerverkiezingen. De mars vertrekt vanaf het Museumplein en trekt via de binnenstad naar de Dam. Meer dan honderd organisaties, van milieuclubs tot vakbonden en kerken, hebben hun steun toegezegd.",
    "'We willen laten zien dat klimaat geen hobby is van een kleine groep', zegt Fleur Janssens, een van de organisatoren. 'Juist nu partijen in de campagne vooral over migratie en koopkracht praten, moet het klimaat terug op de agenda.'",
    "De gemeente Amsterdam en de politie bereiden zich voor op een grote drukte. Er worden extra trams ingezet en rond het Museumplein gelden verkeersmaatregelen. Volgens een woordvoerder van de driehoek zijn er geen aanwijzingen dat het onrustig wordt.",
    "Extinction Rebellion heeft aangekondigd na afloop een deel van de A10 te willen blokkeren. De burgemeester heeft laten weten dat een blokkade van de snelweg niet wordt toegestaan. Eerdere blokkades van de A12 in Den Haag eindigden dit jaar steeds met honderden tot duizenden aanhoudingen.",
    "Klimaatwetenschappers wijzen erop dat Nederland zijn doelen voor 2030 met het huidige beleid waarschijnlijk niet haalt. De demonstranten eisen onder meer een snellere afbouw van de fossiele subsidies.",
], [], "Announced climate march and threatened A10 blockade next Sunday: future protests, not coded; the earlier A12 blockades are an undated summary. Nothing coded."))

# 40 EU pushes Serbia and Kosovo back to the table; Banjska as background (negative)
P = "2023-10-27"
A(art(P, "EU duwt Servië en Kosovo opnieuw richting akkoord, maar Banjska werpt lange schaduw", "De Standaard", [
    "De Europese leiders hebben gisteren in de marge van de Europese top in Brussel opnieuw geprobeerd de dialoog tussen Servië en Kosovo nieuw leven in te blazen. De Servische president en de Kosovaarse premier werden apart ontvangen door de Franse president, de Duitse bondskanselier en de Italiaanse premier. Een doorbraak kwam er niet.",
    "Brussel wil dat beide landen uitvoeren wat ze begin dit jaar in Brussel en het Macedonische Ohrid mondeling aanvaardden: Servië zou Kosovo's onafhankelijkheid niet langer actief bestrijden, Kosovo zou de Servische gemeenten in het noorden meer zelfbestuur geven. Van die afspraken is tot nu toe weinig terechtgekomen.",
    "De relatie tussen beide landen is sinds eind september verder verslechterd. Op 24 september drong een zwaarbewapend commando van zo'n dertig Kosovo-Serviërs het dorp Banjska in het noorden van Kosovo binnen; bij een urenlang vuurgevecht met de Kosovaarse politie kwamen een agent en drie aanvallers om. Pristina beschuldigt Belgrado ervan de aanval te hebben gesteund, wat Servië ontkent.",
    "'Banjska heeft het vertrouwen dat er nog was, weggevaagd', zegt Balkankenner Elke Martens. 'Europa zit klem: het wil Servië niet van zich vervreemden vanwege Rusland, maar het kan een gewapende aanval op een kandidaat-lidstaat ook niet zomaar laten passeren.'",
    "De NAVO-vredesmacht KFOR heeft haar aanwezigheid in het noorden van Kosovo de voorbije weken versterkt met extra troepen uit onder meer het Verenigd Koninkrijk en Roemenië. Volgens diplomaten is een nieuwe ronde gesprekken op het niveau van onderhandelaars gepland voor november.",
], [], "EU-mediated talks without agreement; the Banjska attack of 24 September is over a month old (background); KFOR reinforcements and planned talks are not events. Nothing coded."))
