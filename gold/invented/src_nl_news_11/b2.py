# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

NL = "Netherlands"
BE = "Belgium"
PNL = "Police Forces of the Netherlands"
PBE = "Police Forces of Belgium"
RUS = "Military Forces of Russia"
DRC = "Democratic Republic of Congo"


def C(low, high, claimant, text):
    """A count claimed by a party to the fight (fatalities_claimed)."""
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 NU.nl evening round-up: Syrian jihadist convicted for a 2014 execution (negative: verdict about old violence)
P = "2023-06-13"
A(art(P, "Het nieuws van dinsdag: twintig jaar cel voor Syriër om executie, Oranje klaar voor Kroatië", "NU.nl", [
    "Het nieuws van dinsdag 13 juni, in het kort.",
    "• Oorlogsmisdaden. De rechtbank in Den Haag heeft een 38-jarige Syriër uit Kerkrade veroordeeld tot twintig jaar cel voor oorlogsmisdrijven en deelname aan een terroristische organisatie. Mahmoud al-K. was volgens de rechtbank in 2014 als lid van Jabhat al-Nusra betrokken bij de executie van een gevangengenomen Syrische soldaat in de provincie Deir ez-Zor. Een video van de executie dook jaren later op internet op en leidde tot zijn arrestatie in 2021. De man kwam in 2016 als asielzoeker naar Nederland. Zijn advocaat gaat in hoger beroep.",
    "• Slachtoffers aan het woord. In de rechtszaal zaten familieleden van de geëxecuteerde soldaat, die vanuit Duitsland waren overgekomen. 'We hebben negen jaar gewacht op dit moment', zei zijn broer na afloop tegen verslaggevers.",
    "• Droogte. Het is al weken droog en warm. Rijkswaterstaat houdt er rekening mee dat er deze zomer maatregelen nodig zijn om zoet water te verdelen. Boeren in Oost-Nederland mogen op sommige plekken al niet meer beregenen uit sloten.",
    "• Stikstof. In de Tweede Kamer werd opnieuw fel gedebatteerd over het stikstofbeleid. De oppositie verwijt het kabinet een 'oorlog tegen de boeren', de coalitie spreekt van noodzakelijke keuzes. Een motie om de doelen uit te stellen haalde geen meerderheid.",
    "• Verkeer. Op de A2 bij Vianen zijn vanochtend vijf auto's op elkaar gebotst. Twee mensen raakten lichtgewond. Er stond urenlang file richting Utrecht.",
    "• Sport. Oranje speelt morgen in De Kuip de halve finale van de Nations League tegen Kroatië. De winnaar speelt zondag de finale. De KNVB verwacht een uitverkocht stadion.",
], [], "A war-crimes verdict about an execution in Syria in 2014 (old, only the backdrop of the trial), a nitrogen debate in war words, drought, a traffic accident and football: nothing coded."))

# 22 Omroep Gelderland round-up: EOD detonates a WWII bomb, hoax bomb threat at a school (negative: old ordnance, threats, accidents)
P = "2021-11-04"
A(art(P, "Nieuwsoverzicht: vliegtuigbom in de Waal tot ontploffing gebracht, bommelding Ede vals alarm", "Omroep Gelderland", [
    "Het nieuws van donderdag uit Gelderland, in het kort.",
    "09.00 uur: De Explosieven Opruimingsdienst Defensie (EOD) heeft vanochtend een vliegtuigbom uit de Tweede Wereldoorlog in de Waal bij Nijmegen tot ontploffing gebracht. De bom van 500 pond was vorige maand door baggeraars gevonden. Het scheepvaartverkeer lag ruim twee uur stil. Op de kades keken tientallen mensen toe hoe een waterzuil tientallen meters de lucht in ging.",
    "10.45 uur: De bommelding bij een middelbare school in Ede is vals alarm gebleken. Ruim duizend leerlingen werden vanochtend uit voorzorg naar huis gestuurd nadat er een dreigmail was binnengekomen. De politie heeft het gebouw doorzocht en niets verdachts gevonden. Er wordt onderzoek gedaan naar de afzender van de mail.",
    "12.30 uur: Op de A12 bij Arnhem is vanochtend een vrachtwagen in brand gevlogen. De chauffeur kon op tijd uitstappen. De weg was richting Duitsland ruim drie uur dicht.",
    "14.15 uur: Boeren willen volgende week donderdag met trekkers naar het provinciehuis in Arnhem rijden om te protesteren tegen de stikstofplannen van de provincie. De gemeente overlegt met de organisatie over de route.",
    "16.00 uur: In Apeldoorn is de nieuwe brandweerkazerne aan de Laan van Malkenschoten geopend. De oude kazerne in het centrum was te klein geworden.",
    "17.20 uur: Vitesse speelt vanavond in Londen tegen Tottenham Hotspur in de Conference League. De Arnhemmers wonnen vorige maand thuis met 1-0. 'We gaan niet naar Londen om ons in te graven', zegt supporter Wim Kersten, die met driehonderd andere fans is afgereisd.",
    "18.30 uur: Het weer: een koude nacht met kans op de eerste vorst aan de grond in de Achterhoek.",
], [], "A WWII aircraft bomb detonated by the EOD, a hoax bomb threat at a school, a lorry fire, a farmers' protest announced for next week (future), a fire-station opening and football: nothing coded."))

# 23 VRT NWS liveblog DR Congo: M23 takes Goma, embassies attacked in Kinshasa, Congolese rally in Brussels (3 events)
P = "2025-01-28"
s23a = "De rebellen van M23 hebben gisteren de controle over Goma, de grootste stad in het oosten van Congo, overgenomen."
s23b = "Dat bevestigen VN-bronnen en inwoners; honderden Congolese soldaten gaven zich over of leverden hun wapens in bij de VN-blauwhelmen."
s23c = "In de hoofdstad Kinshasa hebben betogers vanochtend de ambassades van onder meer België, Frankrijk, Rwanda en de Verenigde Staten aangevallen."
s23d = "Ze gooiden stenen, staken vuur aan de gevel van de Franse ambassade en plunderden een deel van het gebouw van de Rwandese ambassade."
s23e = "De oproerpolitie zette traangas in om de menigte uiteen te drijven."
s23f = "In Brussel kwamen gisteravond enkele honderden Congolezen samen op het Luxemburgplein, bij het Europees Parlement, om te protesteren tegen de steun van Rwanda aan M23."
s23g = "De betoging verliep rustig."
A(art(P, "LIVE. M23 neemt Goma in, Belgische ambassade in Kinshasa aangevallen", "VRT NWS", [
    "Live | Crisis in Oost-Congo",
    "08.10: " + s23a + " " + s23b + " Volgens experts van de Verenigde Naties worden de rebellen gesteund door het Rwandese leger.",
    "09.30: Inwoners van Goma melden dat het vanochtend rustiger is in het centrum. Veel winkels blijven dicht en er is nog altijd geen elektriciteit of stromend water.",
    "10.45: " + s23c + " " + s23d + " " + s23e + " De betogers verwijten het Westen dat het Rwanda niet tegenhoudt.",
    "11.30: Het Belgische ministerie van Buitenlandse Zaken veroordeelt de aanval op de ambassade en raadt Belgen in Kinshasa aan binnen te blijven. Het personeel van de ambassade is in veiligheid.",
    "13.00: Volgens de VN zijn bij de gevechten rond Goma sinds het weekend zeker honderd doden en bijna duizend gewonden gevallen. Ziekenhuizen in de stad zijn overvol.",
    "14.15: " + s23f + " " + s23g + " 'Mijn familie zit in Goma en ik hoor al twee dagen niets', zegt Grace Mbuyi (41) uit Schaarbeek.",
    "16.00: De VN-Veiligheidsraad komt vanavond opnieuw in spoedzitting bijeen. De Keniaanse president heeft de leiders van Congo en Rwanda uitgenodigd voor een top.",
    "17.20: Achtergrond: M23 nam Goma ook al in 2012 in, maar trok zich na internationale druk na tien dagen terug. De groep dook in 2021 opnieuw op.",
], [
    ev("Battles", "Non-state actor overtakes territory", "M23", 2, f"Military Forces of {DRC}", 1, DRC, "North Kivu", "Goma", -1.6792, 29.2228, 1, wd(P, "gisteren"),
       evid=[s23a, s23b],
       note="M23 took control of Goma yesterday, confirmed by UN sources and residents. The Rwandan army is an associate per UN experts, not a second actor. The UN toll 'since the weekend' spans several days: not this event's toll, so fatalities null."),
    ev("Riots", "Violent demonstration", f"Rioters ({DRC})", 5, f"Police Forces of {DRC}", 1, DRC, "Kinshasa", "Kinshasa", -4.3217, 15.3125, 1, P,
       evid=[s23c, s23d, s23e],
       note="Protesters attacked and partly looted several embassies in Kinshasa this morning and were dispersed with tear gas: one violent demonstration (one city, day and pair)."),
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "Brussel", "Brussel", 50.8386, 4.3730, 1, wd(P, "gisteren"),
       evid=[s23f, s23g],
       note="Calm rally of Congolese at the Luxemburgplein in Brussels yesterday evening: peaceful protest."),
], "Three events: the fall of Goma (yesterday), the embassy attacks in Kinshasa (today) and the Brussels rally (yesterday). Not coded: the UN toll since the weekend (several days), the 2012 capture of Goma (history), diplomacy."))

# 24 NOS evening round-up: EU lifts economic sanctions on Syria, returns, weather (negative: sanctions, statistics)
P = "2025-05-20"
A(art(P, "Het nieuws van dinsdag: EU heft sancties tegen Syrië op, droogte houdt aan", "NOS", [
    "Het nieuws van dinsdag 20 mei, samengevat.",
    "• Sancties Syrië. De ministers van Buitenlandse Zaken van de EU hebben in Brussel besloten de economische sancties tegen Syrië op te heffen. De strafmaatregelen waren ingesteld tegen het bewind van Assad, dat in december viel. Sancties tegen personen die betrokken waren bij geweld tegen burgers blijven van kracht. Vorige week kondigden ook de Verenigde Staten aan hun sancties te schrappen.",
    "• Terugkeer. Volgens de VN-vluchtelingenorganisatie UNHCR zijn sinds december ruim een half miljoen Syriërs uit buurlanden teruggekeerd. Uit Europa gaat het nog om kleine aantallen. In Nederland wachten duizenden Syriërs op een beslissing over hun asielaanvraag; de behandeling ligt sinds december grotendeels stil.",
    "• Reactie. 'Ik wil terug, maar niet naar een huis dat er niet meer staat', zegt Hiba Sulaiman (29) uit Zwolle, die in 2016 uit Homs vluchtte. 'Eerst moeten er scholen en ziekenhuizen zijn.'",
    "• Droogte. Het is het droogste voorjaar in jaren. Waterschappen in het oosten en zuiden van het land verbieden het oppompen van grondwater voor beregening. Natuurbeheerders waarschuwen voor natuurbranden; op de Veluwe geldt het hoogste risiconiveau.",
    "• Staking. De vakbonden in het streekvervoer kondigen voor volgende week woensdag een landelijke staking aan. Werkgevers en bonden zijn het niet eens over de lonen.",
    "• Ongeluk. Bij een aanrijding tussen een auto en een vrachtwagen op de N50 bij Kampen is vanochtend een 58-jarige man om het leven gekomen.",
    "• Sport. Het Nederlands elftal maakt donderdag de selectie bekend voor de WK-kwalificatiewedstrijden in juni.",
], [], "Lifting of EU sanctions on Syria, UNHCR return figures, an announced strike (future), drought, a fatal road accident and sport: nothing coded."))

# 25 L1 Limburg round-up: police shoot a fleeing suspect in Venlo, heat wave (negative: police shooting of a criminal suspect)
P = "2020-08-12"
A(art(P, "Het nieuws van woensdag: agent schiet verdachte neer in Venlo, hittegolf houdt aan", "L1", [
    "Het Limburgse nieuws van woensdag, op een rij.",
    "08.20 uur: In Venlo heeft een agent vannacht geschoten op een man die na een achtervolging met een gestolen auto op agenten af zou zijn gereden. De man werd in zijn been geraakt en is naar het ziekenhuis gebracht. Een tweede inzittende werd aangehouden. De Rijksrecherche doet, zoals altijd als een agent zijn wapen gebruikt, onderzoek.",
    "10.05 uur: De hittegolf houdt aan. In Arcen werd gisteren 34,6 graden gemeten. Het RIVM heeft het Nationaal Hitteplan nog niet ingetrokken. Ouderen wordt aangeraden veel te drinken en de warmste uren binnen te blijven.",
    "11.40 uur: Waterschap Limburg verbiedt vanaf vrijdag het beregenen met water uit beken en sloten in Noord- en Midden-Limburg. Boeren maken zich zorgen over de maïs en de aardappelen. 'Het is een strijd die je niet wint als het niet gaat regenen', zegt akkerbouwer Jo Ramakers uit Baexem.",
    "13.30 uur: Het aantal positieve coronatests in Limburg is de afgelopen week licht gestegen, vooral onder jongeren. De GGD roept op om afstand te houden op terrassen.",
    "15.10 uur: Op de A2 bij Weert is vanmiddag een caravan gekanteld. Een gezin uit Roermond kwam met de schrik vrij. De weg richting Eindhoven was een uur afgesloten.",
    "17.00 uur: Bij het zwembad in Kerkrade is vanmiddag een jongetje van zes gereanimeerd. Hij is naar het ziekenhuis gebracht; over zijn toestand is niets bekend.",
    "18.45 uur: Sport: MVV en VVV hebben hun laatste oefenwedstrijden voor het nieuwe seizoen gespeeld, zonder publiek.",
], [], "A police officer shooting a fleeing suspect in a stolen car (police shooting of a criminal suspect, ordinary crime), a heat wave, corona figures, accidents and sport: nothing coded."))

# 26 NOS evening round-up: Istanbul mayor detained, protest at city hall (2 events)
P = "2025-03-19"
s26a = "De Turkse politie heeft vanochtend de burgemeester van Istanbul, Ekrem İmamoğlu, in zijn woning opgepakt."
s26b = "Tegelijk werden arrestatiebevelen uitgevaardigd tegen ruim honderd anderen, onder wie twee districtsburgemeesters, journalisten en zakenmensen; tientallen van hen zijn inmiddels ook aangehouden."
s26c = "Vanavond verzamelden duizenden mensen zich bij het stadhuis van Istanbul in de wijk Saraçhane."
s26d = "De oproerpolitie zette pepperspray en traangas in toen demonstranten tegen de dranghekken drukten."
A(art(P, "Het nieuws van woensdag: burgemeester Istanbul opgepakt, protest bij stadhuis", "NOS", [
    "Het nieuws van woensdag 19 maart, samengevat.",
    "• Arrestatie in Istanbul. " + s26a + " " + s26b + " İmamoğlu wordt verdacht van corruptie en van steun aan een terroristische organisatie, wat hij ontkent. Hij geldt als de belangrijkste rivaal van president Erdoğan. Zijn partij, de CHP, spreekt van een politieke coup.",
    "• Protest. " + s26c + " " + s26d + " De gouverneur van Istanbul had eerder op de dag alle demonstraties in de stad voor vier dagen verboden. Op sociale media waren sommige platforms urenlang slecht bereikbaar.",
    "• Beurs. De Turkse lira zakte vandaag naar een recorddieptepunt. De beurs in Istanbul moest de handel tijdelijk stilleggen.",
    "• Defensie. In de Tweede Kamer werd gedebatteerd over het verhogen van de defensie-uitgaven. Een meerderheid wil fors meer geld voor defensie, maar over de financiering is nog geen overeenstemming.",
    "• Weer. Het was de warmste dag van het jaar tot nu toe, met in het zuiden 19 graden. Morgen blijft het zonnig.",
    "• Sport. Oranje speelt morgen in De Kuip tegen Spanje in de kwartfinale van de Nations League. 'Een zware klus, maar we hebben thuis een volle Kuip', zegt supporter Mehmet Kaya uit Schiedam, die al maanden een kaartje heeft.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Turkey", 1, "Civilians (Turkey)", 7, "Turkey", "Istanbul", "Istanbul", 41.0082, 28.9784, 1, P,
       evid=[s26a, s26b],
       note="Detention of the mayor of Istanbul and dozens of others this morning: arrest of political figures, one event (one place, day and pair). The arrested politicians are coded as Civilians (Turkey) (borderline: a party actor could be used)."),
    ev("Protests", "Protest with intervention", "Protesters (Turkey)", 6, "Police Forces of Turkey", 1, "Turkey", "Istanbul", "Istanbul - Saraçhane", 41.0136, 28.9497, 1, P,
       evid=[s26c, s26d],
       note="Thousands gathered at Istanbul city hall this evening; riot police used pepper spray and tear gas: protest with intervention."),
], "Two events in Istanbul today: the arrests and the evening protest at city hall. Not coded: the demonstration ban, the market fall, the Dutch defence debate, weather, sport."))

# 27 NOS liveblog Prinsjesdag 2023 (negative: politics in war words)
P = "2023-09-19"
A(art(P, "Liveblog Prinsjesdag: kabinet trekt geld uit tegen armoede, steun aan Oekraïne", "NOS", [
    "Liveblog Prinsjesdag | dinsdag 19 september",
    "10.15 uur: Goedemorgen. Het is Prinsjesdag, dit jaar onder een demissionair kabinet. Koning Willem-Alexander leest vanmiddag de troonrede voor in de Koninklijke Schouwburg, omdat de Ridderzaal wordt verbouwd.",
    "12.10 uur: Langs de route van de Glazen Koets staan duizenden mensen. Op het Lange Voorhout wachten sommigen al sinds zes uur 's ochtends. 'Elk jaar weer, met de kleinkinderen erbij', zegt Riet van Kampen (72) uit Leidschendam.",
    "13.05 uur: De troonrede is voorgelezen. De koning sprak over de onzekerheid bij veel mensen en over de oorlog in Oekraïne. Het kabinet wil Oekraïne ook volgend jaar militair en financieel blijven steunen.",
    "14.00 uur: In de Miljoenennota trekt het kabinet ruim 2 miljard euro uit om koopkrachtverlies te beperken, onder meer via een hoger minimumloon en huurtoeslag. 'De strijd tegen armoede is niet gewonnen, maar dit is een eerste frontlinie', zegt econoom Lotte Brink van de Erasmus Universiteit.",
    "15.30 uur: Ook voor defensie is extra geld gereserveerd. Voor steun aan Oekraïne houdt het kabinet in 2024 2 miljard euro apart. Nederland wil daarnaast meedoen aan de opleiding van Oekraïense piloten op F-16's.",
    "16.45 uur: De oppositie is kritisch. Linkse partijen noemen de maatregelen 'pleisters op een open wond', rechtse partijen spreken van 'een verkiezingsbegroting'. Morgen en overmorgen zijn de Algemene Politieke Beschouwingen, het eerste grote politieke slagveld voor de verkiezingen van november.",
    "17.30 uur: Hiermee sluiten we het liveblog.",
], [], "Budget day: speeches and budgets in war words ('frontlinie', 'slagveld'), Ukraine support budgeted: nothing coded."))

# 28 NOS liveblog Dodenherdenking 2020 on an empty Dam (negative: commemoration)
P = "2020-05-04"
A(art(P, "Liveblog Dodenherdenking: twee minuten stilte op een lege Dam", "NOS", [
    "Liveblog Nationale Dodenherdenking | maandag 4 mei",
    "17.00 uur: Vanavond wordt de Nationale Dodenherdenking gehouden, dit jaar zonder publiek vanwege het coronavirus. Op de Dam in Amsterdam zijn alleen de koning en koningin, de premier, de burgemeester en enkele andere genodigden aanwezig. Het is 75 jaar geleden dat Nederland werd bevrijd.",
    "18.20 uur: Ter achtergrond: in de Tweede Wereldoorlog kwamen in het Koninkrijk der Nederlanden naar schatting ruim 200.000 mensen om, onder wie ruim 100.000 Joodse Nederlanders. In Nederlands-Indië vielen tienduizenden slachtoffers.",
    "19.30 uur: De koning houdt dit jaar voor het eerst een toespraak op de Dam. Dat gebeurt normaal niet op 4 mei. Hij sprak over de mensen die in de oorlog in de steek werden gelaten en over de plicht om te blijven herdenken.",
    "19.59 uur: Het is bijna acht uur. Op de lege Dam klinkt de taptoe.",
    "20.02 uur: De twee minuten stilte zijn voorbij. Het Wilhelmus klinkt. De koning en koningin leggen een krans bij het Nationaal Monument.",
    "20.30 uur: Ook in andere plaatsen werd herdacht, in kleine kring. Op de Waalsdorpervlakte, in Kamp Westerbork en op het Ereveld Loenen waren slechts enkele mensen aanwezig. 'Mijn vader werd hier gefusilleerd. Ik kom elk jaar, dit jaar alleen', zegt Gerard Smit (81) bij de Waalsdorpervlakte.",
    "21.00 uur: Morgen is het Bevrijdingsdag. De bevrijdingsfestivals gaan niet door; er is een alternatief programma op televisie.",
], [], "National Remembrance Day on an empty Dam: WWII tallies and commemorations of old violence, nothing coded."))

# 29 Omroep West liveblog: riot at an Eritrean meeting in The Hague; a shooting in Moerwijk (1 event)
P = "2024-02-17"
s29a = "Bij een zaal aan de Fruitweg in Den Haag is het vanavond volledig uit de hand gelopen bij een bijeenkomst van aanhangers van de Eritrese regering."
s29b = "Tegenstanders van het regime in Asmara gooiden stenen naar bezoekers en naar de politie, staken twee politieauto's in brand en bekogelden een bus waarmee agenten waren aangekomen."
s29c = "De ME voerde charges uit en zette traangas in."
A(art(P, "Liveblog: zware onrust bij Eritrese bijeenkomst in Den Haag, noodbevel afgekondigd", "Omroep West", [
    "Liveblog | zaterdag 17 februari",
    "14.20 uur: In de Haagse wijk Moerwijk is vanmiddag een 27-jarige man neergeschoten. Hij raakte zwaargewond. De schutter vluchtte op een scooter. De politie houdt er rekening mee dat het om een conflict in het criminele milieu gaat.",
    "16.00 uur: Het KNMI verwacht voor morgen veel regen en in de middag harde windstoten langs de kust.",
    "18.35 uur: " + s29a + " " + s29b + " " + s29c + " Er zijn meerdere gewonden gevallen, onder wie agenten.",
    "19.10 uur: Burgemeester Jan van Zanen heeft een noodbevel afgekondigd voor het gebied rond de zaal. Wie er niets te zoeken heeft, moet weg. De politie vraagt mensen om de buurt te mijden.",
    "20.05 uur: Een buurtbewoner filmde hoe tientallen mannen met stokken door de straat renden. 'Het leek hier wel oorlog', zegt Sandra Verhoeven, die vlak bij de zaal woont. 'Ik heb mijn kinderen achter in het huis gezet.'",
    "21.15 uur: Het is inmiddels rustiger. Of er aanhoudingen zijn verricht, kan de politie nog niet zeggen. De bijeenkomst zelf is afgelast.",
    "22.00 uur: Ter achtergrond: de Eritrese gemeenschap in Europa is diep verdeeld over het bewind van president Isaias Afwerki. Vorig jaar liepen ook in andere Europese steden bijeenkomsten van regeringsaanhangers uit op geweld.",
    "22.30 uur: Morgen houden we u in dit liveblog op de hoogte van de nasleep.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Zuid-Holland", "Den Haag", 52.0705, 4.3007, 1, P,
       evid=[s29a, s29b, s29c],
       note="Opponents of the Eritrean government attacked a meeting of regime supporters and the police in The Hague this evening, burning police cars: violent demonstration (borderline against mob violence). Injured 'meerdere': vague, so null; no arrests told."),
], "One event: the riot at the Eritrean meeting. Not coded: the shooting in Moerwijk (criminal milieu, no gang war told), the emergency order, earlier clashes abroad (no place or day), weather and sport."))

# 30 De Standaard evening round-up: Mali, Burkina Faso and Niger leave ECOWAS (negative: diplomacy, statistics)
P = "2025-01-29"
A(art(P, "Het nieuws van woensdag: Sahellanden verlaten Ecowas, Club Brugge in Manchester", "De Standaard", [
    "Het nieuws van woensdag 29 januari in het kort.",
    "• Breuk in West-Afrika. Mali, Burkina Faso en Niger zijn vandaag officieel uit de West-Afrikaanse gemeenschap Ecowas gestapt. De drie landen, alle drie geleid door militaire junta's, vormen sinds vorig jaar een eigen Alliantie van Sahelstaten. Ecowas laat de grenzen voorlopig open voor handel en reizigers. 'Dit is een scheiding zonder winnaars', zegt Sahel-onderzoeker Bram Vanhove van de KU Leuven.",
    "• Geweld in cijfers. De drie landen kampen al jaren met aanvallen van jihadistische groepen. Volgens een rapport van een onderzoekscentrum kwamen vorig jaar in de centrale Sahel meer dan 10.000 mensen om bij politiek geweld, het hoogste aantal ooit. Ruim drie miljoen mensen zijn op de vlucht.",
    "• Begroting. De federale regering-De Wever begint aan de opmaak van de begroting. Commentatoren verwachten een politieke veldslag over de besparingen; de oppositie spreekt van een aanval op de sociale zekerheid.",
    "• Weer. Het KMI verwacht voor vannacht plaatselijk vorst en gladheid. In de Ardennen kan tot vijf centimeter sneeuw vallen.",
    "• Verkeer. Op de E17 bij Kortrijk is een vrachtwagen gekanteld. Een chauffeur raakte lichtgewond.",
    "• Voetbal. Club Brugge speelt vanavond in Manchester tegen Manchester City op de laatste speeldag van de Champions League.",
    "• Veldrijden. Zondag is het WK veldrijden in het Franse Liévin. De Belgische selectie is vandaag bekendgemaakt.",
], [], "Withdrawal of three Sahel states from ECOWAS (diplomacy), a yearly violence tally, budget talk in war words, weather, a traffic accident and sport: nothing coded."))

# 31 HLN liveblog: two years of war in Ukraine (negative: commemoration, tallies, diplomacy, an announced march)
P = "2024-02-24"
A(art(P, "LIVE. Twee jaar oorlog in Oekraïne: De Croo en andere leiders in Kyiv", "HLN", [
    "Live | Twee jaar oorlog in Oekraïne",
    "07.50 u: Premier Alexander De Croo is vanochtend met de trein in Kyiv aangekomen, samen met de Italiaanse premier Meloni, de Canadese premier Trudeau en Commissievoorzitter von der Leyen. België is dit halfjaar voorzitter van de Europese Unie.",
    "09.30 u: Vandaag precies twee jaar geleden vielen Russische troepen Oekraïne binnen. Op de luchthaven van Hostomel, waar in de eerste dagen van de oorlog hevig werd gevochten, wordt een herdenking gehouden.",
    "10.45 u: Ter achtergrond: volgens de Verenigde Naties zijn in twee jaar oorlog ruim 10.500 burgers omgekomen, onder wie bijna 600 kinderen. Het werkelijke aantal ligt waarschijnlijk veel hoger. Over de militaire verliezen geven beide landen geen betrouwbare cijfers.",
    "12.20 u: In België verblijven ruim 70.000 Oekraïners met een tijdelijk beschermingsstatuut. 'Mijn zoon gaat hier naar school en spreekt beter Nederlands dan ik', zegt Olena Kovalenko (38), die sinds 2022 in Mechelen woont.",
    "13.40 u: Na de val van Avdiivka staat het Oekraïense leger onder zware druk. Volgens militaire analisten is er een groot tekort aan artilleriemunitie. Een Amerikaans steunpakket van 60 miljard dollar zit vast in het Congres.",
    "15.15 u: De Europese Unie heeft gisteren haar dertiende sanctiepakket tegen Rusland aangenomen. Het richt zich vooral op bedrijven die helpen sancties te omzeilen.",
    "16.30 u: Morgen wordt in Brussel een mars voor Oekraïne gehouden, van het Noordstation naar het Schumanplein. De organisatoren verwachten enkele duizenden deelnemers.",
    "18.00 u: Hiermee sluiten we dit liveblog.",
], [], "Second anniversary: leaders' visit, a commemoration at Hostomel, UN tallies since 2022, the fall of Avdiivka without a date, a sanctions package and a march announced for tomorrow (future): nothing coded."))

# 32 HLN liveblog: Russian missile barrage on Kyiv and Lviv (2 events)
P = "2022-10-10"
s32a = "In het centrum van Kyiv zijn vanochtend tijdens de spits zware explosies te horen geweest."
s32b = "Raketten sloegen in bij een druk kruispunt en in het Sjevtsjenkopark, vlak bij de universiteit, waar een speeltuin werd verwoest."
s32c = "Ook in Lviv, in het westen van het land, zijn vanochtend raketten ingeslagen."
s32d = "Volgens het stadsbestuur is een energiecentrale getroffen en zit een groot deel van de stad zonder stroom en warm water."
s32e = "De mensenrechtenmissie van de VN in Oekraïne bevestigt dat in Kyiv zeker vijf mensen zijn omgekomen."
s32f = "De Oekraïense politie spreekt van acht doden en 24 gewonden in de hoofdstad."
A(art(P, "LIVE. Zware Russische raketaanvallen op Kyiv en andere steden", "HLN", [
    "Live | Oorlog in Oekraïne",
    "08.25 u: " + s32a + " " + s32b + " Op beelden is te zien hoe auto's in brand staan en mensen wegvluchten naar metrostations.",
    "09.40 u: " + s32c + " " + s32d + " Over slachtoffers in Lviv is nog niets bekend.",
    "10.30 u: Ook uit meerdere andere steden in het midden en zuiden van het land komen berichten over inslagen. Het is de zwaarste golf van aanvallen sinds maanden.",
    "11.50 u: " + s32e + " " + s32f + " Het luchtalarm gaat in de hele stad nog steeds af.",
    "13.00 u: President Poetin noemt de aanvallen een vergelding voor de explosie op de Krimbrug, die hij Oekraïne aanrekent. Kyiv heeft nooit officieel verantwoordelijkheid voor die explosie opgeëist.",
    "14.20 u: De Belgische regering veroordeelt de aanvallen. Ook de Europese Unie en de NAVO spreken van oorlogsmisdaden tegen de burgerbevolking.",
    "16.00 u: De Wit-Russische president Loekasjenko kondigt aan dat zijn land en Rusland een gezamenlijke troepenmacht gaan vormen. Waar die wordt ingezet, is niet duidelijk.",
    "18.30 u: In heel Oekraïne zijn vandaag volgens de Oekraïense hulpdiensten zeker veertien mensen omgekomen en bijna honderd gewond geraakt.",
    "19.15 u: De NAVO-ministers van Defensie komen woensdag in Brussel samen. Oekraïne vraagt dringend om meer luchtafweer.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RUS, 8, "Civilians (Ukraine)", 7, "Ukraine", "Kyiv City", "Kyiv", 50.4501, 30.5234, 1, P,
       fat=5, claimed=[C(8, 8, "Police Forces of Ukraine", "acht doden")],
       evid=[s32a, s32b, s32e, s32f],
       note="Russian missiles on central Kyiv this morning: one event. The UN mission's 5 dead is the neutral count; the Ukrainian police's 8 dead is a party's claim, and its 24 injured is left out (injured null) for the same reason."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RUS, 8, None, None, "Ukraine", "Lviv", "Lviv", 49.8397, 24.0297, 1, P,
       evid=[s32c, s32d],
       note="Missiles on a power plant in Lviv this morning; no casualties known, so fatalities null and actor2 empty (energy infrastructure)."),
], "Two events: Kyiv and Lviv. Not coded: strikes on 'several other cities' (not named), the nationwide toll (summed over places), the Crimean bridge explosion (no date), Belarus's announcement and the NATO meeting on Wednesday."))

# 33 Omroep West round-up: Extinction Rebellion announces a new A12 blockade (negative: announced protest)
P = "2023-05-25"
A(art(P, "Nieuwsoverzicht: Extinction Rebellion wil zaterdag opnieuw A12 blokkeren", "Omroep West", [
    "Het nieuws van donderdag uit Den Haag en omstreken.",
    "08.30 uur: Klimaatactiegroep Extinction Rebellion wil zaterdag opnieuw de A12 bij het Malieveld blokkeren. De groep verwacht duizenden deelnemers en zegt net zo lang te blijven tot het kabinet stopt met subsidies voor de fossiele industrie.",
    "10.15 uur: De gemeente Den Haag heeft het Malieveld aangewezen als demonstratieplek, maar laat weten dat de snelweg niet geblokkeerd mag worden. De politie bereidt zich voor op een grote inzet met de ME en waterkanonnen.",
    "11.40 uur: Ter achtergrond: bij eerdere blokkades, in januari en maart, werden honderden activisten aangehouden. De meesten werden dezelfde dag weer vrijgelaten.",
    "13.20 uur: Op het strand van Scheveningen wordt met Pinksteren grote drukte verwacht. De gemeente zet extra handhavers in en vraagt mensen met de tram of de fiets te komen. Het KNMI voorspelt zonnig weer met temperaturen tot 22 graden.",
    "15.00 uur: In Zoetermeer is een 16-jarige jongen aangehouden na een reeks straatroven in het Stadshart. Hij wordt verdacht van vijf overvallen op leeftijdsgenoten.",
    "16.30 uur: De Haagse gemeenteraad stemt vanavond over extra geld voor de Binckhorst, waar duizenden woningen moeten komen. 'Het is een strijd om iedere vierkante meter', zegt projectontwikkelaar Marco Dekker.",
    "18.00 uur: Sport: de kaartverkoop voor het beachvolleybaltoernooi op het strand van Scheveningen is begonnen.",
], [], "A blockade of the A12 announced for Saturday (future) with earlier blockades in January and March as background (months old), a beach warning, an arrest for street robberies (ordinary crime), a council vote and sport: nothing coded."))

# 34 Rijnmond liveblog: fire and explosions at a chemicals warehouse in the Botlek (negative: industrial accident)
P = "2024-04-09"
A(art(P, "Liveblog: grote brand bij chemisch opslagbedrijf in de Botlek, NL-Alert verstuurd", "Rijnmond", [
    "Liveblog brand Botlek | dinsdag 9 april",
    "06.50 uur: Bij een opslagbedrijf voor chemicaliën aan de Theemsweg in de Botlek woedt sinds vanochtend vroeg een grote brand. De brandweer heeft opgeschaald naar GRIP 2. Er is een NL-Alert verstuurd voor Rozenburg, Spijkenisse en Vlaardingen: houd ramen en deuren gesloten en zet de ventilatie uit.",
    "07.40 uur: Omwonenden melden harde knallen. Volgens de brandweer gaat het om vaten met oplosmiddelen die door de hitte exploderen. 'Het leek wel oorlog, de ene klap na de andere', zegt Ton Rijsdijk, die in Rozenburg woont.",
    "09.15 uur: Er zijn geen gewonden gevallen. Het personeel was op tijd weg. Een brandweerman werd uit voorzorg nagekeken omdat hij rook had ingeademd.",
    "10.30 uur: De DCMR meet in de omgeving geen gevaarlijke stoffen in de lucht. De rookpluim trekt richting zee. Wel kan er roetneerslag vallen; groente uit de moestuin moet goed worden gewassen.",
    "12.45 uur: De brand is onder controle. De oorzaak is nog onbekend. De Inspectie Leefomgeving en Transport doet onderzoek. Volgens een woordvoerder van het bedrijf was er vanochtend onderhoud aan een installatie.",
    "14.00 uur: Op de A15 bij de Botlektunnel is het druk. De tunnel was enkele uren dicht in verband met de rook.",
    "16.20 uur: Het NL-Alert is ingetrokken. Het bedrijf blijft voorlopig dicht. 'Een vuurzee zoals deze hebben we hier in jaren niet gezien', zegt een medewerker van de Veiligheidsregio.",
], [], "An industrial fire with exploding solvent drums, no one hurt, cause unknown: an accident, out of scope; war words ('oorlog', 'vuurzee') only. Nothing coded."))

# 35 VRT NWS evening round-up: JNIM massacre in Barsalogho (1 event)
P = "2024-08-26"
s35a = "In Burkina Faso hebben jihadisten zaterdag een bloedbad aangericht in de stad Barsalogho, in het centrum van het land."
s35b = "Strijders van JNIM, een groep die gelieerd is aan Al Qaida, openden het vuur op inwoners die in opdracht van het leger loopgraven rond de stad aan het graven waren."
s35c = "Volgens een VN-bron en lokale hulpverleners vielen er honderden doden."
s35d = "JNIM beweert zelf 300 militieleden te hebben gedood."
A(art(P, "Het nieuws van maandag: bloedbad in Burkina Faso, formatie hervat", "VRT NWS", [
    "Het nieuws van maandag 26 augustus, kort samengevat.",
    "• Bloedbad in Burkina Faso. " + s35a + " " + s35b + " " + s35c + " " + s35d + " De junta in Ouagadougou heeft nog geen dodental bekendgemaakt. Beelden op sociale media tonen lichamen in de loopgraven.",
    "• Formatie. Na de zomerpauze zetten de vijf partijen van de Arizona-coalitie hun gesprekken voort. Volgens ingewijden blijven de pensioenen en de fiscaliteit de moeilijkste dossiers.",
    "• Paralympische Spelen. Woensdag beginnen in Parijs de Paralympische Spelen. Ook tientallen Belgische atleten doen mee. 'Ik train al vier jaar voor deze ene race', zegt atlete Lien Deprez uit Kortrijk.",
    "• Brand. In een leegstaand fabriekspand in Gent is vanmiddag een zware brand uitgebroken. De rookpluim was tot in de binnenstad te zien. Er raakte niemand gewond.",
    "• Weer. Na een warm weekend wordt het morgen wisselvallig, met onweer in het oosten van het land. Het KMI geeft code geel voor Limburg en Luik.",
    "• Verkeer. De werken aan de Oosterweelverbinding in Antwerpen zorgen vanaf vanavond voor nieuwe omleidingen op de Ring.",
], [
    ev("Violence against civilians", "Attack", "JNIM", 2, "Civilians (Burkina Faso)", 7, "Burkina Faso", "Centre-Nord", "Barsalogho", 13.4167, -1.0667, 1, wd(P, "zaterdag"),
       fat=100, claimed=[C(300, 300, "JNIM", "300 militieleden")],
       evid=[s35a, s35b, s35c, s35d],
       note="JNIM fired on residents digging trenches around Barsalogho on Saturday: attack on civilians, as the article treats the victims as inhabitants. 'Honderden' from a UN source and aid workers (neutral) takes the conventional 100; JNIM's 300 'militia members' is a party's claim."),
], "One event: Barsalogho (Saturday). Not coded: formation talks, the Paralympics, a fire in Ghent (accident), weather and road works."))

# 36 HLN morning round-up: Red Devils beat Canada, told in war words (negative: sport, politics in war words)
P = "2022-11-24"
A(art(P, "Het nieuws van donderdagochtend: Courtois redt Rode Duivels, loopgravenoorlog over energiefactuur", "HLN", [
    "Goeiemorgen. Dit is het nieuws van donderdag 24 november.",
    "• WK voetbal. De Rode Duivels zijn het WK in Qatar begonnen met een moeizame 1-0-zege tegen Canada. Michy Batshuayi scoorde vlak voor de rust. Canada bestookte het Belgische doel urenlang, maar Thibaut Courtois hield stand als laatste bolwerk en stopte in de eerste helft een strafschop. 'Dit was geen voetbal, dit was een belegering', schrijft onze chef sport Pieter Claes.",
    "• Feest zonder incidenten. In Brussel, Antwerpen en Gent keken tienduizenden supporters naar de match op grote schermen. Volgens de politie verliep alles rustig.",
    "• Volgende tegenstander. Zondag wacht Marokko. 'Dat wordt een veldslag op het middenveld', verwacht analist Kris Van Loock.",
    "• Energiefactuur. In de Kamer woedt een loopgravenoorlog over de verlenging van het sociaal tarief. De meerderheidspartijen raakten het gisteravond opnieuw niet eens. Een nieuw overleg staat vandaag gepland.",
    "• Weer. Het wordt een grijze dag met af en toe lichte regen. Vanaf het weekend koelt het af; in de Ardennen is de eerste sneeuw mogelijk.",
    "• Verkeer. Door een ongeval op de E313 bij Herentals staat er file richting Antwerpen. Twee auto's botsten, er vielen geen gewonden.",
    "• Cultuur. In Ieper opent vandaag een tentoonstelling over oorlogsschilders uit de Eerste Wereldoorlog.",
], [], "Football told in war words ('belegering', 'bolwerk', 'veldslag'), quiet public viewings, a political 'loopgravenoorlog', weather, an accident and a WWI exhibition: nothing coded."))

# 37 NOS evening round-up: 'red line' march in The Hague (1 event)
P = "2025-05-18"
s37a = "In Den Haag zijn vanmiddag tienduizenden mensen in het rood de straat op gegaan om het kabinet op te roepen harder op te treden tegen Israël vanwege de oorlog in Gaza."
s37b = "De demonstratie, die begon bij het Malieveld, verliep rustig."
A(art(P, "Het nieuws van zondag: 'rode lijn' door Den Haag, PSV kampioen", "NOS", [
    "Het nieuws van zondag 18 mei, samengevat.",
    "• Rode lijn. " + s37a + " De organisatoren, waaronder Oxfam Novib en Amnesty International, spreken van 100.000 deelnemers; de politie noemt geen aantal. De betogers vormden samen een rode lijn door de binnenstad. " + s37b + " 'Ik ben hier met mijn moeder en mijn dochter. Drie generaties die zeggen: genoeg', zegt Fatima El Amrani (44) uit Leiden.",
    "• Reactie. Het kabinet laat weten de oproep te hebben gehoord. Het wijst erop dat Nederland in Europees verband aandringt op een herziening van het handelsakkoord met Israël. Een debat in de Tweede Kamer volgt later deze week.",
    "• Voetbal. PSV is landskampioen. De Eindhovenaren wonnen op de laatste speeldag van Sparta en hielden Ajax zo met één punt achter zich. In Eindhoven vierden duizenden fans feest in het centrum.",
    "• Droogte. Het is een van de droogste voorjaren sinds het begin van de metingen. Op de Veluwe en in Drenthe geldt het hoogste risico op natuurbranden. Boswachters vragen bezoekers niet te roken in de natuur.",
    "• Ongeluk. Bij een aanrijding tussen twee auto's op de N36 bij Vriezenveen zijn vanochtend twee mensen om het leven gekomen. De weg was urenlang afgesloten.",
    "• Morgen. Het kabinet beslist morgen over de nieuwe aanpak van de stikstofuitstoot rond natuurgebieden.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, NL, "Zuid-Holland", "Den Haag", 52.0705, 4.3007, 1, P,
       evid=[s37a, s37b],
       note="Calm mass march in red in The Hague this afternoon against the government's Israel policy: peaceful protest."),
], "One event: the 'red line' march. Not coded: the government's reaction, the PSV title celebrations (sport), drought, a road accident and tomorrow's decision."))

# 38 NOS liveblog: UN General Assembly opens (negative: speeches, aid pledges)
P = "2024-09-24"
A(art(P, "Liveblog Algemene Vergadering VN: wereldleiders spreken in New York", "NOS", [
    "Liveblog Algemene Vergadering van de VN | dinsdag 24 september",
    "15.00 uur: Goedemiddag. In New York begint vandaag het algemene debat van de Algemene Vergadering van de Verenigde Naties. Tot en met volgende week spreken ruim 130 staatshoofden en regeringsleiders. De oorlogen in Gaza, Oekraïne en Sudan staan bovenaan de agenda.",
    "15.40 uur: Secretaris-generaal Guterres opende het debat met een waarschuwing over de staat van de wereld. Hij beschreef een wereld in een wervelwind van conflicten, ongelijkheid en klimaatcrises.",
    "17.20 uur: President Biden houdt zijn laatste toespraak voor de Algemene Vergadering. Hij riep op tot een staakt-het-vuren in Gaza en de vrijlating van de gijzelaars, en vroeg de wereld om Oekraïne niet in de steek te laten.",
    "18.30 uur: In de wandelgangen gaat het vooral over de escalatie tussen Israël en Hezbollah. Diplomaten werken aan een voorstel voor een tijdelijk bestand. 'Iedereen is bang voor een regionale oorlog, maar niemand weet hoe je die nog tegenhoudt', zegt VN-correspondent Thijs Peters in New York.",
    "19.45 uur: Op een bijeenkomst over Sudan zegden landen samen ruim 500 miljoen dollar extra toe aan humanitaire hulp. Volgens de VN is dat nog niet een kwart van wat nodig is. Nederland maakt later deze week zijn bijdrage bekend.",
    "21.10 uur: Ter achtergrond: volgens de VN zijn wereldwijd ruim 120 miljoen mensen op de vlucht voor geweld en vervolging, meer dan ooit.",
    "22.30 uur: Hiermee sluiten we dit liveblog. Morgen spreekt onder anderen de president van Oekraïne.",
], [], "Speeches at the UN General Assembly, ceasefire diplomacy, aid pledges for Sudan and a global displacement statistic: nothing coded; no dated violence is reported."))

# 39 NU.nl liveblog: US air strikes on the Houthis in Sanaa (1 event)
P = "2025-03-16"
s39a = "De Verenigde Staten hebben zaterdagavond een reeks luchtaanvallen uitgevoerd op doelen van de Houthi's in de Jemenitische hoofdstad Sanaa."
s39b = "Volgens het ministerie van Gezondheid, dat onder de Houthi's valt, kwamen in Sanaa zeker dertien mensen om, onder wie vrouwen en kinderen."
A(art(P, "Liveblog Midden-Oosten: VS bombarderen Houthi's in Jemen", "NU.nl", [
    "Liveblog Midden-Oosten | zondag 16 maart",
    "08.15 uur: Goedemorgen. " + s39a + " President Trump maakte de aanvallen bekend op zijn sociale medium en kondigde aan dat de acties doorgaan zolang de Houthi's schepen in de Rode Zee blijven aanvallen.",
    "09.40 uur: " + s39b + " Onafhankelijke bevestiging van dat aantal is er niet. Inwoners van Sanaa vertellen over zware explosies in het noorden van de stad.",
    "11.20 uur: De Houthi's zeggen vannacht met raketten en drones het Amerikaanse vliegdekschip Harry S. Truman in de Rode Zee te hebben aangevallen. Het Pentagon heeft daar niet op gereageerd.",
    "12.30 uur: Ter achtergrond: sinds november 2023 vielen de Houthi's ruim honderd koopvaardijschepen aan. Ze zeggen dat te doen uit solidariteit met de Palestijnen in Gaza. Veel rederijen varen sindsdien om Afrika heen.",
    "14.10 uur: Iran veroordeelt de Amerikaanse aanvallen en noemt ze een schending van het internationaal recht. De Verenigde Staten beschuldigen Iran er juist van de Houthi's te bewapenen.",
    "15.45 uur: 'Dit is meer dan een eenmalige vergelding, dit is het begin van een campagne', zegt Midden-Oostendeskundige Nadia Bouzid van de Universiteit Utrecht.",
    "17.00 uur: Over de onderhandelingen over de tweede fase van het bestand in Gaza is vandaag weinig nieuws. Delegaties zijn nog in Doha.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", 8, "Houthis", 2, "Yemen", "Amanat al Asimah", "Sanaa", 15.3694, 44.1910, 1, wd(P, "zaterdag"),
       claimed=[C(13, None, "Houthi-run Ministry of Health", "zeker dertien mensen")],
       evid=[s39a, s39b],
       note="US air strikes on Houthi targets in Sanaa on Saturday evening. The only toll comes from the Houthi-run ministry, a party: claimed, fatalities null."),
], "One event: the Sanaa strikes. Not coded: the Houthi claim to have attacked a US carrier at sea (unconfirmed, no place on land), the tally of ships attacked since 2023, reactions and Gaza talks."))

# 40 NOS liveblog: the Rutte IV cabinet falls (negative: politics in war words)
P = "2023-07-07"
A(art(P, "Liveblog: kabinet-Rutte IV gevallen over migratie", "NOS", [
    "Liveblog kabinetscrisis | vrijdag 7 juli",
    "09.00 uur: Goedemorgen. Na een nachtelijk overleg dat zonder resultaat eindigde, komen de leiders van VVD, D66, CDA en ChristenUnie vandaag opnieuw bijeen in het Catshuis. Het conflict draait om de gezinshereniging van oorlogsvluchtelingen.",
    "12.30 uur: Het overleg is geschorst. Volgens ingewijden zitten de partijen muurvast. 'Het is een loopgravenoorlog', zegt een Haagse bron. Tegen de avond komt het kabinet bijeen.",
    "17.45 uur: De ministers zijn aangekomen op het ministerie van Algemene Zaken. Fotografen en cameraploegen staan rijen dik op het Binnenhof.",
    "22.35 uur: Het is officieel: het kabinet is gevallen. Premier Rutte bevestigde op een persconferentie dat de partijen het niet eens zijn geworden over het migratiebeleid. Hij biedt het ontslag van het kabinet aan bij de koning.",
    "22.50 uur: De koning onderbreekt zijn vakantie in Griekenland en keert morgen terug naar Nederland.",
    "23.10 uur: 'Dit is een politieke aardbeving', zegt parlementair historicus Anne Bos van de Radboud Universiteit. 'Het kabinet is niet gesneuveld in een veldslag met de oppositie, maar aan eigen vuur.' Er komen waarschijnlijk in november verkiezingen.",
    "23.30 uur: Ook buiten Den Haag gaat het leven door. Het KNMI verwacht voor het weekend temperaturen tot 30 graden.",
    "23.45 uur: Volgende week is Rutte gewoon aanwezig op de NAVO-top in Vilnius. Hiermee sluiten we het liveblog.",
], [], "A cabinet falls over migration policy, told in war words ('loopgravenoorlog', 'veldslag', 'eigen vuur'); weather and sport: nothing coded."))
