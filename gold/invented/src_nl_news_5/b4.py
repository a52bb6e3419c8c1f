# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 31 luchtaanval Myanmar, dorp in Mrauk-U township
P = "2024-12-09"
A(art(P, "Burgers gedood bij luchtaanval op dorp in Rakhine", "NRC", [
    "Bij een luchtaanval van het Myanmarese leger op een dorp in de township Mrauk-U, in de westelijke deelstaat Rakhine, zijn zaterdag zeker negen burgers om het leven gekomen. Dat melden lokale reddingswerkers, die de lichamen uit de resten van een ingestort klooster en twee woonhuizen haalden.",
    "Volgens inwoners wierp een gevechtsvliegtuig rond het middaguur twee bommen af op het dorp, dat op zo'n vijftien kilometer van het stadje Mrauk-U ligt. Onder de doden zijn drie kinderen en een monnik. Zeker twintig mensen raakten gewond; een deel van hen moest over onverharde wegen naar een kliniek worden vervoerd, omdat het ziekenhuis in Mrauk-U al maanden nauwelijks werkt.",
    "Het Arakan Army, de gewapende groep die sinds begin dit jaar grote delen van Rakhine in handen heeft, spreekt van veertien doden en noemt de aanval 'een oorlogsmisdaad'. De junta in Naypyidaw reageerde niet. Het leger zegt doorgaans alleen 'terroristische doelen' aan te vallen.",
    "Sinds het Arakan Army vorig jaar november een offensief begon, heeft het leger het ene na het andere garnizoen in de deelstaat verloren. Het antwoordt steeds vaker met luchtaanvallen op gebieden die het niet meer beheerst. In januari kwamen bij een bombardement op een markt elders in Rakhine nog meer dan twintig mensen om.",
    "De VN waarschuwen voor een hongersnood in de deelstaat, die vrijwel volledig is afgesneden van de buitenwereld. Internet en telefoon liggen in grote delen al maanden plat, wat het verifiëren van berichten lastig maakt.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Rakhine", "Mrauk-U", 20.5936, 93.1907, 2, wd(P, "zaterdag"),
       fat=9, inj=20,
       claimed=[{"low": 14, "high": 14, "claimant": "Arakan Army", "text": "veertien doden"}],
       evid=["Bij een luchtaanval van het Myanmarese leger op een dorp in de township Mrauk-U, in de westelijke deelstaat Rakhine, zijn zaterdag zeker negen burgers om het leven gekomen.", "Zeker twintig mensen raakten gewond; een deel van hen moest over onverharde wegen naar een kliniek worden vervoerd, omdat het ziekenhuis in Mrauk-U al maanden nauwelijks werkt."],
       note="Unnamed village 15 km from Mrauk-U: precision 2 at Mrauk-U; rescue workers' nine taken, the Arakan Army's fourteen is a party claim; the January market strike is background."),
], "One air strike in Mrauk-U township on Saturday; older strikes and the offensive not coded."))

# 32 schoonmakers Schiphol cao
P = "2024-04-24"
A(art(P, "Schoonmakers Schiphol krijgen na maanden van acties een nieuwe cao", "Het Parool", [
    "De ruim drieduizend schoonmakers op Schiphol krijgen er de komende twee jaar in totaal elf procent loon bij. Dat staat in een nieuwe cao waarover werkgevers en vakbond FNV dinsdag een akkoord hebben bereikt. Daarmee komt een einde aan een conflict dat sinds het najaar sleepte.",
    "De schoonmakers legden de afgelopen maanden meerdere keren het werk neer en hielden acties in de vertrekhal. Volgens de FNV hebben die de doorslag gegeven. 'Zonder die acties hadden we hier niet gestaan', zegt een bestuurder. 'De schoonmakers hebben laten zien dat de luchthaven zonder hen niet draait.'",
    "Behalve meer loon krijgen de schoonmakers een zwaarwerkregeling, waarmee ze eerder met pensioen kunnen, en vaste roosters die uiterlijk vier weken van tevoren bekend zijn. Ook komt er een fonds voor taallessen en opleidingen.",
    "Schiphol zelf is geen partij bij de cao, maar betaalt de schoonmaakbedrijven die de toiletten, vloeren en vliegtuigen schoonhouden. De luchthaven laat weten 'blij te zijn met de duidelijkheid'. Hoeveel de afspraken Schiphol extra kosten, is niet bekend.",
    "De leden van de FNV stemmen volgende week over het akkoord. Een meerderheid voor lijkt zeker: bij eerdere peilingen gaf ruim tachtig procent aan een loonsverhoging van tien procent of meer te willen accepteren.",
], [], "Labour agreement after earlier undated strikes; labour news, not coded."))

# 33 vredesoverleg Soedan
P = "2024-08-20"
A(art(P, "Vredesoverleg over Soedan in Genève zonder Sudanees leger", "De Morgen", [
    "In Genève is deze week onder leiding van de Verenigde Staten opnieuw geprobeerd een staakt-het-vuren in Soedan dichterbij te brengen. Het overleg begint echter met een grote afwezige: het Sudanese leger weigert een delegatie te sturen. De paramilitaire Rapid Support Forces (RSF) zijn wel in de Zwitserse stad aanwezig.",
    "Volgens de Amerikaanse gezant is het doel om ten minste afspraken te maken over de toegang van hulpkonvooien. 'Elke dag dat de wapens niet zwijgen, sterven er mensen van de honger', zei hij maandag. In delen van Darfur en Kordofan is volgens de VN sprake van hongersnood.",
    "Het leger stelt als voorwaarde dat de RSF zich eerst terugtrekt uit steden en dorpen die de paramilitairen sinds het begin van de oorlog hebben ingenomen, zoals afgesproken bij eerder overleg in het Saoedische Jeddah. De RSF noemt die voorwaarde onaanvaardbaar.",
    "Diplomaten houden de verwachtingen laag. Eerdere rondes, in Jeddah en in Bahrein, leverden wel beloften op, maar die werden steeds binnen enkele dagen gebroken. Egypte, Saoedi-Arabië, de Verenigde Arabische Emiraten, de Afrikaanse Unie en de VN nemen als waarnemer deel.",
    "De oorlog, die in april vorig jaar uitbrak, heeft volgens de VN de grootste vluchtelingencrisis ter wereld veroorzaakt. Meer dan tien miljoen mensen zijn op de vlucht, en in de regio's waar gevochten wordt, is nauwelijks nog een ziekenhuis open.",
], [], "Peace talks and war background; diplomacy, no event coded."))

# 34 geleide bommen op Zaporizja
P = "2025-04-04"
A(art(P, "Doden en gewonden bij Russische aanval met geleide bommen op Zaporizja", "NOS", [
    "Zaporizja is donderdagmiddag opnieuw getroffen door Russische geleide bommen. Drie mensen kwamen daarbij om het leven, meldt de Oekraïense dienst voor noodsituaties, die ook zeventien gewonden telde, van wie vier ernstig.",
    "De bommen, die door gevechtsvliegtuigen vanaf tientallen kilometers afstand worden afgeworpen, troffen rond vier uur 's middags een woonwijk en een bedrijfsterrein in het noorden van de stad. Een flatgebouw van vijf verdiepingen vloog in brand. Brandweerlieden werkten tot diep in de avond om bewoners uit de bovenste etages te bevrijden.",
    "In Moskou sprak het ministerie van Defensie van 'precisieaanvallen op opslagplaatsen van wapens en munitie' in de regio, zonder daarbij de stad te noemen.",
    "De stad ligt op zo'n dertig kilometer van het front en wordt vrijwel dagelijks beschoten. In februari kwamen bij een aanval met raketten op een winkelcentrum nog elf mensen om het leven. Veel inwoners zijn inmiddels vertrokken, maar de stad telt nog steeds honderdduizenden inwoners.",
    "Tegen de geleide bommen staat de stad vrijwel machteloos. De vliegtuigen die ze afwerpen, blijven buiten het bereik van de luchtafweer die Oekraïne rond Zaporizja heeft staan. 'We horen ze pas als het te laat is', zegt een bewoonster die met haar dochter in de kelder van haar flat schuilde.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Zaporizhia", "Zaporizhzhia", 47.8388, 35.1396, 1, wd(P, "donderdag"),
       fat=3, inj=17,
       evid=["Zaporizja is donderdagmiddag opnieuw getroffen door Russische geleide bommen.", "Drie mensen kwamen daarbij om het leven, meldt de Oekraïense dienst voor noodsituaties, die ook zeventien gewonden telde, van wie vier ernstig."],
       note="Glide bombs dropped from aircraft coded as air strike; the State Emergency Service's toll taken as neutral; the February missile strike is background."),
], "One glide-bomb strike on Zaporizhzhia on Thursday; February attack not coded."))

# 35 aanhouding verdachte plofkraken
P = "2025-03-04"
A(art(P, "Man uit Kerkrade opgepakt voor reeks plofkraken in Limburg en Duitsland", "De Limburger", [
    "De politie heeft maandagochtend in Kerkrade een 31-jarige man aangehouden die ervan wordt verdacht betrokken te zijn bij zeker zes plofkraken op geldautomaten in Zuid-Limburg en in het Duitse grensgebied. Een arrestatieteam viel rond zes uur zijn woning in de wijk Chevremont binnen.",
    "Bij de huiszoeking werden volgens de politie onderdelen van explosieven, een slijptol, bivakmutsen en ruim veertigduizend euro aan contant geld gevonden. Ook werd een auto met Duitse kentekenplaten in beslag genomen. Het onderzoek werd samen met de Duitse politie in Aken gedaan.",
    "De plofkraken vonden tussen september en januari plaats, onder meer in Brunssum, Landgraaf en het Duitse Herzogenrath. Bij een van die kraken, in een winkelcentrum in Landgraaf, werden de appartementen boven de geldautomaat zo zwaar beschadigd dat de bewoners wekenlang niet naar huis konden. Gewonden vielen er niet.",
    "Volgens de politie maakt de verdachte deel uit van een groep die de kraken zorgvuldig voorbereidde. 'We verwachten nog meer aanhoudingen', zegt een woordvoerder. De man wordt woensdag voorgeleid aan de rechter-commissaris in Maastricht. Duitsland heeft al om zijn uitlevering gevraagd.",
    "Het aantal plofkraken in Nederland is de afgelopen jaren flink gedaald, onder meer doordat banken minder geldautomaten hebben en die beter beveiligen. In Duitsland ligt het aantal nog altijd op enkele honderden per jaar.",
], [], "Arrest of one ordinary suspect for ATM ram raids; ordinary crime, not coded."))

# 36 rechtszaak terrorismefinanciering
P = "2024-07-04"
A(art(P, "Vrouw uit Rotterdam veroordeeld voor geld aan IS-strijders in Syrië", "AD", [
    "De rechtbank in Rotterdam heeft woensdag een 34-jarige vrouw uit Rotterdam-West veroordeeld tot twee jaar cel, waarvan acht maanden voorwaardelijk, voor het financieren van terrorisme. Zij stuurde tussen 2018 en 2020 ruim veertienduizend euro naar vrouwen in het Syrische kamp al-Hol en naar strijders van Islamitische Staat.",
    "Volgens de rechtbank wist de vrouw dat een deel van het geld werd gebruikt om mensen uit het kamp te smokkelen en terug te laten keren naar IS-gebied. Ze maakte het geld over via tussenpersonen in Turkije en via een geldloper in Idlib. In chatberichten sprak ze over de 'broeders aan het front' en moedigde ze een van de ontvangers aan 'door te gaan met de strijd'.",
    "De vrouw zelf zei tijdens de zitting dat zij alleen vrouwen en kinderen in nood wilde helpen. 'Ik zag foto's van kinderen die honger hadden. Ik ben geen terrorist', verklaarde ze. De rechtbank vond dat niet geloofwaardig, omdat zij ook na waarschuwingen van haar bank geld bleef overmaken.",
    "De vrouw werd in 2022 aangehouden. Omdat zij een deel van haar straf al in voorarrest heeft uitgezeten, hoeft zij niet meer terug naar de gevangenis, maar zij krijgt wel een meldplicht en een contactverbod.",
    "Het Openbaar Ministerie had drie jaar geëist en beraadt zich op hoger beroep. Volgens het OM zijn er in Nederland de afgelopen vijf jaar ruim twintig mensen vervolgd voor terrorismefinanciering.",
], [], "Trial for terrorism financing (2018-2020), arrest in 2022; old facts, not coded."))

# 37 luchtaanval op school in Deir al-Balah
P = "2024-08-12"
A(art(P, "Israëlische luchtaanval treft school met ontheemden in Deir al-Balah", "Trouw", [
    "Bij een Israëlische luchtaanval op een school in Deir al-Balah, in het midden van de Gazastrook, zijn zaterdag zeker elf Palestijnen om het leven gekomen. Dat meldt het Al-Aqsa-ziekenhuis in de stad, waar de doden en tientallen gewonden werden binnengebracht. In de school verbleven honderden ontheemden uit het noorden van Gaza.",
    "Volgens ooggetuigen sloeg een raket in op een klaslokaal op de eerste verdieping, waar families op matrassen sliepen. 'We hoorden geen waarschuwing, alleen een enorme klap', vertelde een man die zijn broer en twee neefjes verloor aan een verslaggever van een Britse omroep.",
    "De door Hamas geleide civiele bescherming in Gaza spreekt van vijftien doden, onder wie zes kinderen. Het Israëlische leger zegt dat het 'een commandocentrum van Hamas' in de school heeft aangevallen en dat daarbij negen strijders zijn gedood. Volgens het leger zijn 'voorzorgsmaatregelen genomen om schade aan burgers te beperken'. Bewijs voor die lezing gaf het leger niet.",
    "Het is de zoveelste aanval op een school die als opvanglocatie dient. Volgens de VN-organisatie voor Palestijnse vluchtelingen zijn sinds oktober vorig jaar ruim tweehonderd van haar scholen getroffen.",
    "De bemiddelaars Egypte, Qatar en de Verenigde Staten hebben beide partijen opgeroepen deze week weer aan tafel te gaan over een staakt-het-vuren en de vrijlating van gijzelaars.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Civilians (Palestine)", 7, "Palestine", "Gaza Strip", "Deir al-Balah", 31.4181, 34.3508, 1, wd(P, "zaterdag"),
       fat=11,
       claimed=[{"low": 15, "high": 15, "claimant": "Hamas", "text": "vijftien doden"},
                {"low": 9, "high": 9, "claimant": "Military Forces of Israel", "text": "negen strijders zijn gedood"}],
       evid=["Bij een Israëlische luchtaanval op een school in Deir al-Balah, in het midden van de Gazastrook, zijn zaterdag zeker elf Palestijnen om het leven gekomen.", "Dat meldt het Al-Aqsa-ziekenhuis in de stad, waar de doden en tientallen gewonden werden binnengebracht."],
       note="Hospital's eleven taken; the Hamas-run civil defence's fifteen and the Israeli army's nine fighters are party claims; 'tientallen gewonden' is vague, injured null; the UNRWA tally is aggregate."),
], "One air strike on a school shelter in Deir al-Balah on Saturday; tallies and talks not coded."))

# 38 defensieoefening
P = "2025-09-16"
A(art(P, "Bewoners rond Oldebroek klagen over dreunen van legeroefening", "De Stentor", [
    "Inwoners van Oldebroek, Wezep en 't Harde hebben de afgelopen week honderden klachten ingediend over het geluid van een grote militaire oefening op het Artillerie Schietkamp. Tot diep in de avond werd er met houwitsers en mortieren geschoten, waardoor ruiten trilden en huisdieren in paniek raakten.",
    "Aan de oefening doen naast Nederlandse ook Duitse en Belgische eenheden mee. Volgens Defensie is het de grootste artillerieoefening op de Veluwe sinds jaren. 'De veiligheidssituatie in Europa is veranderd. Onze militairen moeten het vak weer op grote schaal beheersen', zegt een woordvoerder.",
    "Bewoners zeggen dat begrip te hebben, maar vinden dat Defensie hen slecht heeft ingelicht. 'We kregen een briefje in de bus, maar daar stond niet in dat ze tot elf uur 's avonds zouden schieten', zegt een vrouw uit Wezep. 'Het voelt alsof je in een oorlogsgebied woont.'",
    "Wethouders van Oldebroek en Elburg hebben om een gesprek met de staatssecretaris gevraagd. Zij willen afspraken over schiettijden en een betere compensatie voor schade aan woningen. Volgens een bewonersvereniging zijn er bij minstens tien huizen scheuren in muren ontstaan.",
    "Defensie laat weten de klachten serieus te nemen en na de oefening een informatieavond te organiseren. De oefening loopt nog tot en met vrijdag.",
], [], "Military exercise and complaints; no event, not coded."))

# 39 ELN-drones op legerbasis in Tibú
P = "2025-05-20"
A(art(P, "Twee Colombiaanse militairen gedood bij drone-aanval van ELN in Catatumbo", "ANP", [
    "Bij een aanval met drones op een legerbasis in Tibú, in het noordoosten van Colombia, zijn zondag twee militairen om het leven gekomen. Vijf anderen raakten gewond. Dat heeft de Defensoría del Pueblo, de Colombiaanse ombudsman voor de mensenrechten, bevestigd.",
    "De drones wierpen in de vroege ochtend explosieven af boven de basis, die aan de rand van het stadje ligt, op ruim twintig kilometer van de grens met Venezuela. Het leger schrijft de aanval toe aan de guerrillabeweging ELN, die in de regio Catatumbo al maanden strijd voert met dissidenten van de voormalige FARC. De ELN heeft niet gereageerd.",
    "Het gebruik van drones door gewapende groepen in Colombia is het afgelopen jaar sterk toegenomen. Volgens het ministerie van Defensie werden dit jaar al meer dan honderd aanvallen met drones geteld, vooral in Catatumbo en in het zuidwestelijke Cauca. Het leger heeft moeite om zich tegen de kleine, goedkope toestellen te beschermen.",
    "Sinds het geweld in Catatumbo in januari escaleerde, zijn tienduizenden mensen op de vlucht geslagen. President Petro schortte toen de vredesgesprekken met de ELN op. Een poging om die gesprekken te hervatten, liep vorige maand vast.",
    "De Defensoría riep de gewapende groepen zondag op burgers en militairen buiten het conflict te houden, en de regering om de bescherming van de bevolking in de regio te versterken.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "ELN", 2, "Military Forces of Colombia", 1, "Colombia", "Norte de Santander", "Tibu", 8.6394, -72.7333, 1, wd(P, "zondag"),
       fat=2, inj=5,
       evid=["Bij een aanval met drones op een legerbasis in Tibú, in het noordoosten van Colombia, zijn zondag twee militairen om het leven gekomen.", "Het leger schrijft de aanval toe aan de guerrillabeweging ELN, die in de regio Catatumbo al maanden strijd voert met dissidenten van de voormalige FARC."],
       note="Drone attack on a base in Tibú on Sunday attributed by the army to the ELN (no denial; borderline attribution); the ombudsman's two dead and five injured taken; the ministry's drone tally and the Catatumbo displacement are aggregates."),
], "One ELN drone attack on a base at Tibú on Sunday; tallies and the January escalation not coded."))

# 40 verbod uitsupporters
P = "2024-03-26"
A(art(P, "Geen uitsupporters bij ADO Den Haag tegen Roda JC na rellen vorig seizoen", "AD Haagsche Courant", [
    "Supporters van Roda JC zijn volgende maand niet welkom bij de uitwedstrijd tegen ADO Den Haag. Burgemeester Van Zanen heeft dat maandag besloten op advies van de politie en het Openbaar Ministerie. Volgens de driehoek is het risico op ongeregeldheden te groot.",
    "De driehoek verwijst naar de wedstrijd tussen beide clubs van vorig seizoen, toen na afloop groepen supporters bij het stadion in Forepark slaags raakten met de ME. Daarbij werden toen twaalf agenten gewond en veertien mensen aangehouden. Sindsdien is de verhouding tussen de harde kernen van beide clubs 'zeer gespannen', aldus de politie.",
    "Roda JC reageert teleurgesteld. 'Het gros van onze supporters heeft niets met die rellen te maken en wordt nu collectief gestraft', zegt een clubwoordvoerder. De club overweegt de wedstrijd in het eigen stadion in Kerkrade op een groot scherm te vertonen.",
    "Bij ADO is men minder kritisch. De club werkt al langer met de gemeente aan een plan om de beveiliging rond de stadions te verbeteren, onder meer met meer camera's en gezichtsherkenning bij de ingang. Over dat laatste is de gemeenteraad verdeeld.",
    "Voor beide clubs staat er sportief veel op het spel: ze strijden in de Keuken Kampioen Divisie om een plek in de play-offs voor promotie. De wedstrijd wordt op zaterdag 13 april om half negen gespeeld.",
], [], "Ban on away fans for a future match; the riot last season is old, not coded."))
