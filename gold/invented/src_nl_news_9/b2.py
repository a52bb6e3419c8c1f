# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Voorschoten: train hits a crane (negative: train accident)
P = "2023-04-04"
A(art(P, "Dode en tientallen gewonden bij treinongeluk Voorschoten", "NOS", [
    "Bij een treinongeluk bij Voorschoten is in de nacht van maandag op dinsdag een dode gevallen. Zeker dertig mensen raakten gewond, van wie negentien ernstig. Dat meldt de veiligheidsregio Hollands Midden.",
    "Een nachttrein van Leiden naar Den Haag reed rond 3.25 uur tegen een bouwkraan die bij werkzaamheden op het spoor stond. Daarna raakte ook een goederentrein de kraan. Twee rijtuigen van de reizigerstrein ontspoorden en vlogen in brand. Het slachtoffer is de machinist van de kraan.",
    "Hulpdiensten waren met tientallen ambulances en een traumahelikopter ter plaatse. De gewonden werden naar ziekenhuizen in Leiden, Den Haag en Delft gebracht. 'Het was een chaos, overal lagen glas en bagage', zei een passagier tegen Omroep West.",
    "De Onderzoeksraad voor Veiligheid en de Inspectie Leefomgeving en Transport zijn een onderzoek begonnen. ProRail kon nog niet zeggen waarom de kraan op het spoor stond terwijl er treinen reden.",
    "Het treinverkeer tussen Leiden en Den Haag ligt de hele dag plat. Koning Willem-Alexander en premier Rutte leefden mee met de slachtoffers. ProRail laat weten dat de schade aan het spoor groot is.",
], [], "Train collision with a crane: accident, out of scope. Nothing coded."))

# 22 Pakistan: Imran Khan arrested in Islamabad, supporters storm a commander's house in Lahore (two events)
P = "2023-05-10"
s22a = "De Pakistaanse oud-premier Imran Khan is dinsdag in de hoofdstad Islamabad gearresteerd."
s22b = "Paramilitairen van de Rangers haalden hem in het gebouw van het hooggerechtshof, waar hij moest verschijnen in een corruptiezaak, met harde hand uit een wachtruimte en voerden hem af in een gepantserde auto."
s22c = "In Lahore drongen honderden aanhangers van Khan dinsdagavond de ambtswoning van een hoge legercommandant binnen en staken die in brand, aldus de politie."
A(art(P, "Oud-premier Imran Khan opgepakt, onrust in Pakistan", "NOS", [
    s22a + " " + s22b,
    "De anticorruptiedienst NAB verdenkt Khan ervan dat hij als premier smeergeld aannam van een vastgoedmagnaat. Zijn partij PTI spreekt van een politieke arrestatie en riep aanhangers op de straat op te gaan.",
    s22c + " Ook in andere steden werden overheidsgebouwen en politiebusjes aangevallen. Landelijk kwamen zeker vier mensen om het leven, meldt persbureau AFP.",
    "De regering blokkeerde mobiel internet en sociale media. Khan werd vorig jaar via een motie van wantrouwen afgezet en beschuldigt het leger ervan achter zijn val te zitten. Het leger ontkent dat. Woensdag sprak het leger van 'een zwarte dag' en waarschuwde het dat het hard zal optreden tegen wie militaire installaties aanvalt.",
], [
    ev("Strategic developments", "Arrests", "Military Forces of Pakistan", 1, "Civilians (Pakistan)", 7, "Pakistan", "Islamabad Capital Territory", "Islamabad", 33.6844, 73.0479, 1, wd(P, "dinsdag"),
       evid=[s22a, s22b],
       note="Arrest of opposition leader Imran Khan (PTI) at the high court in Islamabad on Tuesday. Borderline actor1: the Rangers are a paramilitary force (coded Military Forces; Police Forces would be defensible); Khan coded as Civilians (Pakistan), a political figure."),
    ev("Riots", "Violent demonstration", "Rioters (Pakistan)", 5, None, None, "Pakistan", "Punjab", "Lahore", 31.5204, 74.3587, 1, wd(P, "dinsdag"),
       evid=[s22c],
       note="Khan supporters stormed and set fire to a corps commander's residence in Lahore on Tuesday evening: violent demonstration. No clash with a named opponent reported, actor2 null (borderline: the army could be seen as the target). The nationwide toll of four is summed over places, so fatalities null."),
], "Two events: the arrest in Islamabad and the riot in Lahore. Unrest 'in andere steden' names no place and the national toll is an aggregate; the army's warning is a threat. Not coded."))

# 23 Knokke: jewellery robbery (negative: ordinary crime)
P = "2016-08-03"
A(art(P, "Overvallers slaan toe bij juwelier in Knokke, schot gelost", "HLN", [
    "Drie gemaskerde mannen hebben dinsdagmiddag een juwelierszaak aan de Kustlaan in Knokke overvallen. Dat meldt het parket van West-Vlaanderen. Bij de overval werd een schot gelost, maar niemand raakte gewond.",
    "De daders bedreigden het personeel met een vuurwapen en een bijl en sloegen vitrinekasten kapot. Ze gingen aan de haal met horloges en juwelen ter waarde van enkele honderdduizenden euro's. Een van de overvallers loste een schot in het plafond toen een klant probeerde weg te lopen.",
    "Het trio vluchtte in een zwarte Audi richting Nederland. De wagen werd later uitgebrand teruggevonden in Sluis, net over de grens. De Nederlandse en Belgische politie werken samen in het onderzoek. Het parket vraagt getuigen die de zwarte Audi hebben gezien zich te melden.",
    "Het is al de derde overval op een juwelier in Knokke-Heist dit jaar. Burgemeester Leopold Lippens wil meer camera's en extra patrouilles in de winkelstraten. 'Het is hier het Wilde Westen', zei een handelaar.",
    "Het personeel krijgt slachtofferhulp. De zaak blijft voorlopig gesloten.",
], [], "Armed robbery of a jeweller: ordinary crime, out of scope. Earlier robberies are an undated tally. Nothing coded."))

# 24 Netherlands: record number of explosions in 2023 (negative: annual figures)
P = "2024-01-31"
A(art(P, "Recordaantal explosies bij woningen en bedrijven in 2023", "ANP", [
    "Bij woningen en bedrijven in Nederland zijn vorig jaar ruim 1100 explosies geweest, een record. Dat blijkt uit cijfers van de politie die woensdag zijn gepubliceerd. In 2022 waren het er nog ruim 800.",
    "Rotterdam spant de kroon met bijna 300 explosies, gevolgd door Amsterdam met bijna 200 en Den Haag met ruim 100. Het gaat vaak om zwaar vuurwerk, zoals Cobra's, maar ook steeds vaker om zelfgemaakte explosieven en handgranaten.",
    "Volgens de politie hangen de meeste aanslagen samen met afpersing, schulden en conflicten in het criminele milieu. Vaak worden jongeren via sociale media geronseld om een explosief af te leveren. Bij zeven explosies vielen vorig jaar gewonden, één persoon kwam om.",
    "'Het is een verontrustende ontwikkeling. Het gaat om levensgevaarlijke situaties voor omwonenden', zegt een woordvoerder van de politie. Minister Yesilgöz van Justitie wil de straffen verhogen en het bezit van zwaar vuurwerk harder aanpakken.",
    "Burgemeesters sluiten steeds vaker woningen na een explosie. Critici zeggen dat daarmee ook onschuldige huurders worden getroffen.",
], [], "Annual police statistics on explosions, mostly criminal: aggregates, not events. Nothing coded."))

# 25 Gaza, Rafah: Israeli air strike on a house (event)
P = "2023-12-13"
s25a = "Bij een Israëlische luchtaanval op een woning in Rafah, in het zuiden van de Gazastrook, zijn woensdagochtend vroeg zeker twaalf mensen om het leven gekomen, onder wie vijf kinderen."
s25b = "Dat meldt persbureau AFP op basis van artsen in het Abu Youssef al-Najjar-ziekenhuis."
s25c = "Het Israëlische leger zegt dat het in de omgeving 'terroristische infrastructuur van Hamas' heeft aangevallen, maar gaat niet in op de aanval op het huis."
A(art(P, "Doden bij Israëlische luchtaanval op woning in Rafah", "NOS", [
    s25a + " " + s25b,
    "Volgens buurtbewoners verbleven in het huis zeker dertig mensen, van wie velen waren gevlucht uit het noorden van de strook. 'We haalden kinderen met onze blote handen onder het puin vandaan', zei een buurman tegen AFP.",
    s25c,
    "Het door Hamas geleide ministerie van Gezondheid meldt dat sinds 7 oktober ruim 18.000 Palestijnen zijn gedood. Israël begon zijn offensief nadat Hamas die dag het zuiden van Israël binnenviel en ongeveer 1200 mensen doodde.",
    "De Algemene Vergadering van de VN riep dinsdag met grote meerderheid op tot een humanitair staakt-het-vuren. De resolutie is niet bindend. Rafah is een van de laatste plekken in de Gazastrook waar nog hulpgoederen binnenkomen, via de grensovergang met Egypte.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Civilians (Palestine)", 7, "Palestine", "Gaza Strip", "Rafah", 31.2969, 34.2455, 1, wd(P, "woensdag"),
       fat=12, evid=[s25a, s25b],
       note="Israeli air strike on a house in Rafah early Wednesday; 12 dead per hospital doctors via AFP. Israeli forces in Gaza coded inter 8 (foreign state forces abroad; borderline). The army's statement is no toll."),
], "One event: the Rafah air strike. The ministry's cumulative toll since 7 October and the October attack are aggregates and older background; the UN vote is not an event. Not coded."))

# 26 Uganda: Ebola outbreak (negative: disease)
P = "2022-09-26"
A(art(P, "Dodental ebola-uitbraak in Oeganda opgelopen tot zeven", "ANP", [
    "Het aantal doden door de ebola-uitbraak in het centrum van Oeganda is opgelopen tot zeven. Dat meldt het Oegandese ministerie van Gezondheid maandag. Er zijn nu 36 bevestigde en waarschijnlijke besmettingen.",
    "De uitbraak werd vorige week vastgesteld in het district Mubende, ongeveer 150 kilometer ten westen van de hoofdstad Kampala. Het gaat om de Soedan-variant van het virus, waartegen nog geen goedgekeurd vaccin bestaat.",
    "De Wereldgezondheidsorganisatie stuurt experts en beschermende middelen naar het gebied. 'We moeten snel handelen om te voorkomen dat het virus zich naar Kampala verspreidt', zei een woordvoerder van de WHO.",
    "Volgens het ministerie worden ruim 200 contacten van besmette personen gevolgd. Onder de doden is een arts. Ziekenhuizen in de regio hebben isolatieafdelingen ingericht. Grote bijeenkomsten in het district zijn voorlopig verboden.",
    "Oeganda kreeg eerder te maken met ebola, onder meer in 2000, toen ruim 200 mensen aan het virus overleden. Bij de grote epidemie in West-Afrika in 2014 en 2015 kwamen ruim 11.000 mensen om.",
], [], "Disease outbreak with rising toll: out of scope. Nothing coded."))

# 27 Rotterdam: police shoot a confused man with a knife (negative: police shooting of a suspect)
P = "2020-08-18"
A(art(P, "Agent schiet man met mes neer in Rotterdam-Zuid", "NU.nl", [
    "Een agent heeft maandagavond in Rotterdam-Zuid een man neergeschoten die met een mes om zich heen zwaaide. De man raakte gewond aan zijn been en is aangehouden. Dat meldt de politie.",
    "Omstanders belden rond 20.00 uur de politie omdat een man op de Beijerlandselaan voorbijgangers bedreigde. Toen agenten hem aanspraken, liep hij met het mes op hen af. Nadat een waarschuwingsschot geen effect had, schoot een van de agenten op zijn benen.",
    "Volgens de politie gaat het om een 38-jarige verwarde man uit Rotterdam. 'Er zijn geen aanwijzingen voor een terroristisch motief', aldus een woordvoerder. Niemand anders raakte gewond.",
    "De Rijksrecherche onderzoekt, zoals gebruikelijk wanneer een agent zijn vuurwapen gebruikt, het schietincident. De omgeving was een paar uur afgezet voor sporenonderzoek.",
    "Buurtbewoners zagen hoe de man op straat werd behandeld door ambulancepersoneel en daarna onder politiebegeleiding naar het ziekenhuis werd gebracht. 'Hij riep onverstaanbare dingen en stak steeds met het mes in de lucht', zegt een winkelier. De betrokken agenten worden opgevangen door collega's.",
    "De politie wijst erop dat het aantal meldingen over verwarde personen de afgelopen jaren sterk is gestegen.",
], [], "Police shooting and arrest of a confused knife-wielding man, terror motive ruled out: police shooting of a suspect and personal violence, out of scope. Nothing coded."))

# 28 Belgium: riots in Brussels and Antwerp after the World Cup match against Morocco (two events)
P = "2022-11-28"
s28a = "Na de WK-nederlaag van de Rode Duivels tegen Marokko is het zondagmiddag in het centrum van Brussel tot zware rellen gekomen."
s28b = "Relschoppers staken auto's en een elektrische step in brand, gooiden met stenen en vuurwerk naar de politie en vernielden etalages op de Zuidlaan en de Lemonnierlaan."
s28c = "De politie zette een waterkanon en traangas in en hield twaalf mensen aan; een journalist raakte gewond aan zijn gezicht door vuurwerk."
s28d = "Ook in Antwerpen ging het zondagavond mis: op het Kiel bekogelden zo'n honderd jongeren de politie met stenen en vuurwerk."
s28e = "Daar werden vijftien mensen opgepakt, aldus de Antwerpse politie."
A(art(P, "Rellen in Brussel en Antwerpen na WK-duel België-Marokko", "VRT NWS", [
    s28a + " Marokko won in Qatar met 0-2.",
    s28b + " " + s28c,
    s28d + " " + s28e,
    "Burgemeester Philippe Close veroordeelde het geweld. 'Dit zijn geen supporters, dit zijn relschoppers', zei hij. Hij vroeg de bevolking het centrum te mijden. Het openbaar vervoer in de binnenstad werd urenlang stilgelegd. Minister van Binnenlandse Zaken Annelies Verlinden sprak van 'onaanvaardbaar geweld'. Tot laat in de avond bleef het onrustig rond het Zuidstation.",
    "De meeste Marokkaanse fans vierden de overwinning uitbundig maar vreedzaam, onder meer in Molenbeek en Anderlecht.",
], [
    ev("Riots", "Mob violence", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels Capital Region", "Brussels", 50.8503, 4.3517, 1, wd(P, "zondag"),
       inj=1, evid=[s28a, s28b, s28c],
       note="Riot after the football match in central Brussels on Sunday, arson and clashes with police; 1 journalist injured. Sub-type borderline: not a demonstration, so Mob violence rather than Violent demonstration. The 12 arrests are part of the riot event."),
    ev("Riots", "Mob violence", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Antwerp", "Antwerp", 51.2194, 4.4025, 1, wd(P, "zondag"),
       evid=[s28d, s28e],
       note="Youths pelting police with stones and fireworks in the Kiel district of Antwerp on Sunday evening: a separate place, a separate riot event. Same sub-type choice as Brussels (borderline)."),
], "Two riot events (Brussels, Antwerp). The match is sport; peaceful celebrations in Molenbeek and Anderlecht are not protests. Not coded."))

# 29 A16 near Moerdijk: pile-up (negative: traffic accident)
P = "2017-02-09"
A(art(P, "Twee doden bij kettingbotsing op A16 bij Moerdijk", "ANP", [
    "Bij een kettingbotsing op de A16 bij Moerdijk zijn donderdagochtend twee mensen om het leven gekomen. Vier anderen raakten gewond. Dat meldt de politie Zeeland-West-Brabant.",
    "Een vrachtwagen reed rond 7.30 uur in dichte mist in op een file voor de Moerdijkbrug. Daarbij raakten zeven auto's en twee vrachtwagens betrokken. Een van de auto's werd volledig platgedrukt. De twee inzittenden, een man en een vrouw uit Breda, overleden ter plaatse.",
    "De snelweg richting Rotterdam was urenlang afgesloten. Het verkeer werd omgeleid via de A17 en de A29. Automobilisten stonden in een file van ruim twintig kilometer.",
    "De vrachtwagenchauffeur, een 52-jarige man uit Polen, is aangehouden. Volgens de politie wordt onderzocht of hij te hard reed of werd afgeleid door zijn telefoon.",
    "Rijkswaterstaat waarschuwt voor dichte mist in het zuiden van het land. Het KNMI heeft code geel afgegeven.",
    "Hulpdiensten hadden moeite de plek van de botsing te bereiken, omdat weggebruikers geen ruimte maakten. De politie roept automobilisten op bij files altijd een vrije doorgang voor ambulances en brandweer te laten. Een motorrijder die verderop in de file tegen een auto botste, raakte lichtgewond.",
], [], "Traffic pile-up and the arrest of the lorry driver: accident, out of scope. Nothing coded."))

# 30 Belgium: Islamic State propaganda call for attacks during the Euros (negative: threat)
P = "2024-06-12"
A(art(P, "IS roept op tot aanslagen tijdens EK, dreigingsniveau blijft op 3", "Belga", [
    "Terreurgroep Islamitische Staat roept in een nieuwe propagandaboodschap op tot aanslagen tijdens het Europees kampioenschap voetbal in Duitsland. Dat meldt het Coördinatieorgaan voor de Dreigingsanalyse (OCAM) woensdag.",
    "Op een affiche die via Telegram circuleert, staat een gewapende man voor een stadion. De boodschap roept 'eenzame wolven' op om toe te slaan in stadions en fanzones.",
    "Het OCAM houdt het algemene dreigingsniveau in België op 3 op een schaal van 4. 'Zulke oproepen zijn niet nieuw en we zien voorlopig geen concrete aanwijzingen voor een aanslag', zegt directeur Gert Vercauteren. Wel wordt de beveiliging rond schermen waarop de wedstrijden van de Rode Duivels worden uitgezonden versterkt.",
    "De Duitse politie zet tijdens het toernooi extra agenten in en voert weer grenscontroles uit. Ook de Belgische politie stuurt agenten naar Duitsland. Voor de wedstrijd van de Rode Duivels tegen Slowakije in Frankfurt reizen volgens de voetbalbond zo'n 15.000 Belgische supporters af.",
    "In maart eiste IS een aanslag op een concertzaal bij Moskou op waarbij meer dan 140 mensen omkwamen. Sindsdien zijn in verschillende Europese landen verdachten opgepakt.",
], [], "A threat and security measures, not events. The March Moscow concert-hall attack is about three months old background; the arrests 'in verschillende Europese landen' have no place or time. Nothing coded."))

# 31 Burkina Faso: attack on an army post in Djibo and a roadside bomb near Arbinda (two events)
P = "2023-06-28"
s31a = "Bij een aanval op een legerpost in Djibo, in het noorden van Burkina Faso, zijn maandag zeker zeventien militairen gedood, meldt persbureau AFP op basis van lokale bronnen."
s31b = "Honderden zwaarbewapende mannen op motoren vielen de post aan; na urenlange gevechten trokken ze zich terug."
s31c = "Het leger meldt in een verklaring dat 'tientallen terroristen zijn geneutraliseerd', maar noemt zelf geen eigen verliezen."
s31d = "Dinsdag reed een bevoorradingskonvooi van het leger bij Arbinda op een bermbom; daarbij kwamen volgens dezelfde bronnen vier militairen om."
A(art(P, "Zeker zeventien militairen gedood bij aanval in Burkina Faso", "Belga", [
    s31a + " " + s31b,
    s31c,
    s31d,
    "Geen enkele groep heeft de aanvallen opgeëist. In het gebied zijn zowel strijders van het aan al-Qaeda gelieerde JNIM als van Islamitische Staat actief. Djibo wordt al maanden door jihadisten belegerd en is alleen nog per konvooi of helikopter te bereiken.",
    "Burkina Faso wordt sinds september vorig jaar geleid door een militaire junta onder kapitein Ibrahim Traoré, die beloofde de jihadisten snel te verslaan. Sindsdien is het geweld alleen maar toegenomen. Volgens de VN zijn in het land ruim twee miljoen mensen op de vlucht.",
], [
    ev("Battles", "Armed clash", "Unidentified Armed Group (Burkina Faso)", 3, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Sahel", "Djibo", 14.1022, -1.6306, 1, wd(P, "maandag"),
       fat=17, claimed=[claim(12, None, "Military Forces of Burkina Faso", "'tientallen terroristen zijn geneutraliseerd'")],
       evid=[s31a, s31b, s31c],
       note="Assault on an army post in Djibo on Monday by unclaimed attackers (JNIM and IS only named as active in the area): Unidentified Armed Group. 17 soldiers dead per local sources via AFP; the army's 'tientallen' dead attackers is a party claim (12 by convention)."),
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Burkina Faso)", 3, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Sahel", "Arbinda", 14.2333, -0.8667, 2, wd(P, "dinsdag"),
       fat=4, evid=[s31d],
       note="Roadside bomb hitting an army supply convoy near Arbinda on Tuesday (near the town: precision 2); 4 soldiers dead per the same local sources."),
], "Two events: the Djibo clash (Monday) and the IED near Arbinda (Tuesday). The siege of Djibo and the junta's record are background. Not coded."))

# 32 Eindhoven: suspect arrested after a woman's death (negative: domestic violence / ordinary arrest)
P = "2020-10-15"
A(art(P, "Man (41) aangehouden na dood van vrouw in Eindhoven", "Omroep Brabant", [
    "De politie heeft woensdagavond in Eindhoven een 41-jarige man aangehouden op verdenking van doodslag op zijn 38-jarige partner. Dat meldt de politie donderdag.",
    "De vrouw werd dinsdagavond zwaargewond aangetroffen in haar woning in de wijk Woensel. Ze overleed kort daarna in het ziekenhuis. Volgens de politie had ze meerdere steekwonden.",
    "De man was na het incident gevlucht. Na een tip van een getuige werd hij aangehouden in een woning in Geldrop, waar hij zich bij een kennis verborgen hield. Hij verzette zich niet.",
    "Buurtbewoners vertellen dat de politie de afgelopen maanden vaker bij het huis kwam na meldingen van ruzie. 'Je hoorde regelmatig geschreeuw', zegt een buurvrouw tegen Omroep Brabant. De politie bevestigt dat er eerder meldingen van huiselijk geweld zijn gedaan.",
    "De verdachte wordt vrijdag voorgeleid aan de rechter-commissaris. Het Openbaar Ministerie onderzoekt de toedracht.",
    "De vrouw laat twee kinderen achter, die worden opgevangen door familie. In de straat zijn bloemen en knuffels neergelegd. 'Ze was een lieve, behulpzame vrouw', zegt een buurman. De gemeente biedt buurtbewoners hulp aan.",
], [], "Killing of a woman by her partner and his arrest: domestic violence and the arrest of one ordinary person, out of scope. Nothing coded."))

# 33 Belgium: unions announce a demonstration and a national strike (negative: announced protest and strike)
P = "2025-01-09"
A(art(P, "Vakbonden kondigen betoging en nationale staking aan tegen pensioenplannen", "VRT NWS", [
    "De drie grote vakbonden kondigen voor maandag 13 januari een nationale betoging in Brussel aan tegen de pensioenplannen van de regering in wording. Op 13 februari volgt een nationale actiedag met stakingen in alle sectoren. Dat hebben ABVV, ACV en ACLVB donderdag bekendgemaakt.",
    "De bonden reageren op de plannen van de partijen die over de vorming van een nieuwe federale regering onderhandelen. Die willen onder meer een malus invoeren voor wie vervroegd met pensioen gaat. 'Dit is een aanval op de werknemers die al een heel leven hard werken', zegt ABVV-voorzitter Thierry Bodson.",
    "De betoging vertrekt maandagochtend aan het Noordstation. Vooral leerkrachten, die volgens de bonden het zwaarst getroffen worden, zullen massaal aanwezig zijn. Verschillende scholen hebben al laten weten die dag dicht te gaan. De NMBS verwacht hinder op het spoor, omdat veel betogers met de trein naar Brussel komen.",
    "De spoorbonden overwegen ook een eigen staking, maar daarover is nog niets beslist. Formateur Bart De Wever reageerde kort: 'We onderhandelen niet via de straat.'",
], [], "Announced demonstration (next Monday) and announced strike (February): future, not coded. 'Aanval' is a metaphor. Nothing coded."))

# 34 Turkey, Istanbul: bomb on Istiklal Avenue and arrest of a suspect (two events)
P = "2022-11-14"
s34a = "Bij een explosie in de drukke winkelstraat Istiklal in Istanbul zijn zondagmiddag zes mensen om het leven gekomen."
s34b = "Volgens de Turkse autoriteiten raakten 81 mensen gewond, van wie er twee in kritieke toestand verkeren."
s34c = "De politie arresteerde maandagochtend in een woning in de wijk Küçükçekmece een Syrische vrouw die de bom zou hebben geplaatst."
s34d = "In totaal werden 46 mensen aangehouden, aldus Soylu."
A(art(P, "Zes doden bij explosie in winkelstraat Istanbul, verdachte opgepakt", "ANP", [
    s34a + " " + s34b,
    "Minister van Binnenlandse Zaken Süleyman Soylu zei dat een vrouw de bom in een tas op een bankje had achtergelaten. Hij houdt de Koerdische PKK en de Syrisch-Koerdische YPG verantwoordelijk. De PKK ontkent iedere betrokkenheid.",
    s34c + " " + s34d,
    "De aanslag roept herinneringen op aan een golf van aanslagen in 2015 en 2016, toen in Turkije honderden mensen omkwamen bij aanslagen van IS en Koerdische militanten. De Istiklal is een van de drukst bezochte straten van de stad.",
    "Beelden van bewakingscamera's toonden een steekvlam en mensen die in paniek wegrenden. President Erdogan sprak van 'een gemene aanval'. De Turkse mediawaakhond legde een tijdelijk verbod op de berichtgeving op, en sociale media waren urenlang slecht bereikbaar.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Turkey)", 3, "Civilians (Turkey)", 7, "Turkey", "Istanbul", "Istanbul", 41.0340, 28.9780, 1, wd(P, "zondag"),
       fat=6, inj=81, evid=[s34a, s34b],
       note="Bomb left on a bench on Istiklal Avenue (Beyoglu, Istanbul) on Sunday; 6 dead, 81 injured. The government blames the PKK/YPG, which deny it: perpetrator coded as Unidentified Armed Group (borderline)."),
    ev("Strategic developments", "Arrests", "Police Forces of Turkey", 1, "Unidentified Armed Group (Turkey)", 3, "Turkey", "Istanbul", "Kucukcekmece", 41.0016, 28.7719, 1, wd(P, "maandag"),
       evid=[s34c, s34d],
       note="Arrest of the suspected bomber in Küçükçekmece on Monday morning, with 46 detained in all (their places are not given; folded into this event, borderline). Suspects coded like the attack's perpetrator."),
], "Two events: the Sunday bombing and Monday's arrest. The 2015-2016 wave of attacks is historical background. Not coded."))

# 35 Ghent: fire in a block of flats (negative: fire)
P = "2012-12-17"
A(art(P, "Zware brand in flatgebouw in Gent, bewoners geëvacueerd", "Belga", [
    "In een flatgebouw aan de Watersportlaan in Gent is zondagavond een zware brand uitgebroken. Zo'n tachtig bewoners werden geëvacueerd. Drie mensen werden met rookvergiftiging naar het ziekenhuis gebracht. Dat meldt de brandweer van Gent.",
    "Het vuur ontstond rond 21 uur in een appartement op de zesde verdieping en sloeg snel over naar de verdieping erboven. Dikke rookwolken waren tot ver in de stad te zien. De brandweer was met vijf ploegen en een ladderwagen ter plaatse en had de brand na ruim twee uur onder controle. Ook een agent die bewoners uit het gebouw hielp, werd behandeld voor rookvergiftiging.",
    "De bewoners werden opgevangen in een nabijgelegen sporthal. De meesten konden nog dezelfde nacht terug naar huis, maar zes appartementen zijn voorlopig onbewoonbaar.",
    "Over de oorzaak is nog niets bekend. Volgens een buurman was de bewoner van het appartement waar de brand begon aan het koken. Het parket stuurde een branddeskundige ter plaatse.",
    "Het is de tweede grote brand in een Gentse woontoren dit jaar.",
], [], "Fire in a residential tower: out of scope. Nothing coded."))

# 36 Paris: Bataclan reopens a year after the attacks (negative: old attacks as background)
P = "2016-11-13"
A(art(P, "Bataclan heropent met concert van Sting, een jaar na aanslagen", "NOS", [
    "De Parijse concertzaal Bataclan is zaterdagavond heropend met een concert van de Britse zanger Sting. Het was het eerste optreden in de zaal sinds de aanslagen van 13 november vorig jaar.",
    "Sting begon met een minuut stilte. 'We zullen ze niet vergeten', zei hij in het Frans. Het concert was binnen een half uur uitverkocht; de opbrengst gaat naar twee slachtofferorganisaties. De zaal is volledig gerenoveerd, maar ziet er vanbinnen vrijwel hetzelfde uit als vroeger. Rond de zaal stonden zwaarbewapende agenten.",
    "Bij de gecoördineerde aanslagen op de Bataclan, caféterrassen en het Stade de France kwamen 130 mensen om het leven. In de concertzaal alleen vielen negentig doden. Terreurgroep Islamitische Staat eiste de aanslagen op.",
    "Zondag herdenkt Frankrijk de slachtoffers. President François Hollande onthult gedenkplaten op de plekken van de aanslagen.",
    "Niet iedereen was blij met de heropening. Een aantal nabestaanden liet weten het te vroeg te vinden. Ook de Amerikaanse band Eagles of Death Metal, die op de avond van de aanslag optrad, werd door de directie geweerd na uitspraken van de zanger.",
], [], "Reopening of a concert hall a year after the Paris attacks: the attacks are a year old, background only; the commemoration is not an event. Nothing coded."))

# 37 DR Congo, North Kivu: ADF attack on a village near Oicha (event)
P = "2022-06-08"
s37a = "Bij een aanval op een dorp bij Oicha, in de Congolese provincie Noord-Kivu, zijn maandagavond zeker achttien burgers om het leven gekomen, aldus de administrateur van het gebied Beni."
s37b = "Een lokale burgerorganisatie spreekt van 23 doden."
s37c = "De aanval wordt toegeschreven aan de ADF, een van oorsprong Oegandese rebellengroep die trouw heeft gezworen aan Islamitische Staat."
A(art(P, "Zeker achttien burgers gedood bij aanval in Oost-Congo", "Belga", [
    s37a + " " + s37b + " " + s37c,
    "Volgens overlevenden kwamen de aanvallers met machetes en vuurwapens het dorp binnen toen de bewoners terugkeerden van hun velden. Verschillende huizen werden in brand gestoken en een onbekend aantal mensen werd meegenomen het bos in.",
    "Het Congolese en het Oegandese leger voeren sinds eind vorig jaar een gezamenlijk offensief tegen de ADF, maar de aanvallen op burgers gaan door. De administrateur riep de inwoners op hun velden voorlopig alleen onder begeleiding van het leger te bezoeken. Volgens de VN doodde de groep vorig jaar meer dan duizend burgers in Noord-Kivu en Ituri.",
    "De burgerorganisatie roept voor donderdag op tot een 'dode stad' in Beni: winkels en scholen moeten dan dicht blijven uit protest tegen het gebrek aan veiligheid.",
], [
    ev("Violence against civilians", "Attack", "ADF", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "North Kivu", "Oicha", 0.6987, 29.5180, 2, wd(P, "maandag"),
       fat=18, evid=[s37a, s37b, s37c],
       note="ADF attack on a village near Oicha (village unnamed: precision 2) on Monday evening. Lowest credible toll 18 (administrator) against 23 (civil society). Abductions in the same attack are part of this one event."),
], "One event: Monday's attack near Oicha. The joint offensive and the UN's yearly toll are background and aggregates; the 'dode stad' called for Thursday is future. Not coded."))

# 38 Football: Club Brugge beats Anderlecht (negative: sport)
P = "2015-03-02"
A(art(P, "Club Brugge walst over Anderlecht in topper", "HLN", [
    "Club Brugge heeft zondag de topper tegen Anderlecht met 4-1 gewonnen. Door de zege loopt blauw-zwart vier punten uit op paars-wit en lijkt de landstitel binnen handbereik.",
    "Anderlecht blijft tweede. In een kolkend Jan Breydelstadion ging Club vanaf de eerste minuut in de aanval. Na twaalf minuten knalde Obbi Oulare de bal tegen de touwen. Anderlecht wankelde en kreeg nog voor de rust nog twee treffers om de oren. Doelman Silvio Proto werd bestookt met schoten van alle kanten.",
    "Na de pauze bracht Aleksandar Mitrovic met een kopbal de spanning even terug, maar de Bruggelingen bleven aanvallen. In de slotminuut maakte Victor Vázquez het pijnlijk met een afstandsschot.",
    "'Dit was een afstraffing', gaf Anderlecht-coach Besnik Hasi toe. 'We hebben ons laten overrompelen.' Zijn Brugse collega Michel Preud'homme sprak van 'een perfecte avond'.",
    "Vanuit het bezoekersvak werden na de derde Brugse goal enkele rookbommen op het veld gegooid. De wedstrijd lag daardoor vijf minuten stil. Club en Anderlecht spelen volgende week allebei in de Europa League.",
], [], "Football report with war vocabulary ('aanval', 'bestookt', 'afstraffing'); smoke bombs thrown onto the pitch interrupted play without clashes or injuries: sport, not a riot (borderline). Nothing coded."))

# 39 Georgia: police disperse protest in Tbilisi; calm protest in Batumi (two events)
P = "2024-05-01"
s39a = "De Georgische oproerpolitie heeft dinsdagavond in de hoofdstad Tbilisi traangas, waterkanonnen en rubberkogels ingezet tegen duizenden betogers die bij het parlement demonstreerden tegen een omstreden wet op 'buitenlandse agenten'."
s39b = "Het ministerie van Binnenlandse Zaken meldt dat 63 mensen zijn opgepakt."
s39c = "Volgens het ministerie van Volksgezondheid werden elf mensen in het ziekenhuis opgenomen, onder wie oppositieleider Levan Chabeisjvili."
s39d = "Ook in de havenstad Batoemi gingen dinsdagavond honderden mensen de straat op; daar verliep het protest rustig."
A(art(P, "Georgische politie zet traangas in tegen betogers", "NOS", [
    s39a + " " + s39b,
    "De demonstranten blokkeerden de ingangen van het parlement en riepen 'Nee tegen de Russische wet'. Volgens de politie gooiden sommigen met flessen; de betogers spreken van buitensporig geweld. " + s39c,
    s39d,
    "Het parlement nam de wet woensdag in tweede lezing aan. Critici vrezen dat de regering de wet, die naar Russisch voorbeeld is opgesteld, gaat gebruiken om kritische media en organisaties monddood te maken. Sinds de regeringspartij Georgische Droom de wet half april opnieuw indiende, wordt er vrijwel elke avond gedemonstreerd. De EU, waar Georgië sinds december kandidaat-lid is, noemt de wet onverenigbaar met Europese waarden.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi", "Tbilisi", 41.7151, 44.8271, 1, wd(P, "dinsdag"),
       inj=11, evid=[s39a, s39b, s39c],
       note="Protest at parliament in Tbilisi on Tuesday evening dispersed with tear gas, water cannon and rubber bullets; 63 arrests, 11 hospitalised. Borderline: Excessive force (rubber bullets, hospitalisations) or Violent demonstration (some bottles thrown) were possible; coded Protest with intervention."),
    ev("Protests", "Peaceful protest", "Protesters (Georgia)", 6, None, None, "Georgia", "Adjara", "Batumi", 41.6168, 41.6367, 1, wd(P, "dinsdag"),
       evid=[s39d],
       note="Calm protest by hundreds in Batumi the same evening: peaceful protest, a separate place."),
], "Two events: the Tbilisi protest with intervention and the Batumi peaceful protest. The parliament vote is not an event; the near-nightly protests since mid-April are undated background. Not coded."))

# 40 The Hague: MH17 verdict (negative: trial over an old event)
P = "2022-11-17"
A(art(P, "Rechtbank veroordeelt drie mannen tot levenslang voor neerhalen MH17", "ANP", [
    "De rechtbank in Den Haag heeft donderdag drie mannen bij verstek veroordeeld tot levenslang voor het neerhalen van vlucht MH17 boven Oost-Oekraïne in juli 2014. Het gaat om de Russen Igor Girkin en Sergej Doebinski en de Oekraïner Leonid Chartsjenko. De Rus Oleg Poelatov werd vrijgesproken.",
    "Volgens de rechtbank staat vast dat het toestel van Malaysia Airlines werd neergeschoten met een Russische Boek-raket vanaf een akker bij het dorp Pervomajsk. Alle 298 inzittenden kwamen om, onder wie 196 Nederlanders.",
    "De rechtbank oordeelde ook dat Rusland in 2014 'de algehele controle' had over de separatisten in de regio Donetsk. Moskou noemde de uitspraak 'politiek gemotiveerd' en zei dat het de veroordeelden niet zal uitleveren.",
    "Nabestaanden reageerden emotioneel. 'Dit is het moment waar we acht jaar op hebben gewacht', zei een vader die zijn zoon verloor.",
    "Premier Rutte sprak van 'een belangrijke stap'. Het Gemeenschappelijk Onderzoeksteam onderzoekt nog wie de opdracht gaf om de Boek-installatie naar Oekraïne te sturen. Het proces vond plaats in het zwaarbeveiligde Justitieel Complex Schiphol en duurde ruim twee jaar.",
], [], "Court verdict over the 2014 downing of MH17: a trial, the event is eight years old. Nothing coded."))
