# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Colombia: vreedzame mars in Bogota (woensdag), politie schiet op demonstranten in Cali (maandagavond)
P = "2021-05-06"
A(art(P, "Doden in Cali, vreedzame mars in Bogotá: Colombiaanse protesten houden aan", "Trouw", [
    "BOGOTÁ - In de Colombiaanse hoofdstad Bogotá zijn woensdag tienduizenden mensen naar de Plaza de Bolívar getrokken om te protesteren tegen het beleid van president Iván Duque. Met vlaggen, trommels en potten en pannen trokken ze scanderend door de straten van het centrum. De politie hield zich op afstand en de mars verliep zonder incidenten.",
    "Het contrast met Cali, de derde stad van het land, kon niet groter zijn. Daar openden agenten maandagavond in de volkswijk Siloé het vuur op demonstranten die zich bij een wegversperring hadden verzameld. Volgens de Defensoría del Pueblo, de Colombiaanse ombudsman, kwamen daarbij drie mensen om het leven. De mensenrechtenorganisatie Temblores spreekt van minstens vijf doden.",
    "Op video's die op sociale media circuleren, is te zien hoe agenten van de oproerpolitie met scherp schieten op ongewapende jongeren. 'Ze kwamen met motoren en pantserwagens en begonnen meteen te schieten', zegt een inwoner van Siloé. De politie zegt de beelden te onderzoeken.",
    "De protesten begonnen vorige week als landelijke staking tegen een belastinghervorming, die Duque inmiddels heeft ingetrokken. Volgens de ombudsman zijn sindsdien in het hele land zeker 24 mensen om het leven gekomen, de meesten van hen in Cali.",
    "De Verenigde Naties en de Europese Unie riepen de Colombiaanse autoriteiten op tot terughoudendheid. De vakbonden die het protest coördineren, hebben voor volgende week nieuwe marsen aangekondigd.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Colombia)", 6, None, None, "Colombia", "Bogota, D.C.", "Bogota", 4.6097, -74.0817, 1, wd(P, "woensdag"),
       evid=["BOGOTÁ - In de Colombiaanse hoofdstad Bogotá zijn woensdag tienduizenden mensen naar de Plaza de Bolívar getrokken om te protesteren tegen het beleid van president Iván Duque.",
             "De politie hield zich op afstand en de mars verliep zonder incidenten."],
       note="A march of tens of thousands in Bogotá on Wednesday without incidents: peaceful protest."),
    ev("Protests", "Excessive force against protesters", "Protesters (Colombia)", 6, "Police Forces of Colombia", 1, "Colombia", "Valle del Cauca", "Cali", 3.4516, -76.5320, 1, wd(P, "maandag"),
       fat=3,
       evid=["Daar openden agenten maandagavond in de volkswijk Siloé het vuur op demonstranten die zich bij een wegversperring hadden verzameld.",
             "Volgens de Defensoría del Pueblo, de Colombiaanse ombudsman, kwamen daarbij drie mensen om het leven."],
       note="Police opened live fire on protesters at a blockade in Siloé (Cali) on Monday evening; the protesters are described as unarmed: excessive force. Tolls differ between two neutral sources (ombudsman 3, Temblores at least 5): the lowest credible, 3."),
], "Two events: the peaceful Bogotá march (Wednesday) and the shooting in Cali (Monday). The national strike's start 'vorige week' has no place, the 24 dead are a national tally since then, and next week's marches are future: not coded."))

# 22 steekpartij na burenruzie in Mechelen (persoonlijk geweld)
P = "2017-09-04"
A(art(P, "Man zwaargewond na steekpartij bij burenruzie in Mechelen", "Gazet van Antwerpen", [
    "MECHELEN - Een 46-jarige man is zaterdagavond zwaargewond geraakt bij een steekpartij in een appartementsgebouw in de Mechelse wijk Nekkerspoel. Zijn 29-jarige onderbuurman stak hem na een hoogoplopende ruzie over geluidsoverlast meerdere keren met een keukenmes in de buik. Het slachtoffer werd in kritieke toestand naar het ziekenhuis gebracht, maar is inmiddels buiten levensgevaar.",
    "Volgens bewoners sleepte de ruzie tussen de twee mannen al maanden aan. 'Er werd gebonkt op het plafond, er hingen briefjes in de gang, en een paar keer kwam de politie al langs', zegt een buurvrouw. 'Maar dat het zo zou aflopen, had niemand gedacht.'",
    "Zaterdag rond tien uur escaleerde de zaak in het trappenhuis. Toen de politie ter plaatse kwam, zat de verdachte zelf op de trap, met het mes nog naast zich. Hij liet zich zonder verzet inrekenen. Het parket van Antwerpen heeft hem zondag laten aanhouden voor poging tot doodslag.",
    "De sociale huisvestingsmaatschappij die het gebouw beheert, zegt meerdere klachten over de twee huurders te hebben ontvangen. 'We hadden een bemiddelingsgesprek gepland voor volgende week', zegt een woordvoerder. 'Dat komt nu helaas te laat.'",
    "Burgemeester Bart Somers zegt dat de stad meer wil inzetten op buurtbemiddeling, omdat burenruzies volgens hem 'klein lijken, maar uit de hand kunnen lopen'.",
], [], "A stabbing after a long neighbour quarrel: personal violence, ordinary crime, and the arrest of one suspect is not an Arrests event. Nothing coded."))

# 23 cafebrand Volendam (ongeluk)
P = "2001-01-02"
A(art(P, "Zeker tien jongeren dood na brand in café in Volendam", "de Volkskrant", [
    "VOLENDAM - Bij een brand in café 't Hemeltje in Volendam zijn in de nieuwjaarsnacht zeker tien jongeren om het leven gekomen. Bijna tweehonderd mensen raakten gewond, velen van hen met zware brandwonden. Ziekenhuizen in het hele land en in België en Duitsland namen slachtoffers op.",
    "De brand ontstond even na half een, toen de kerstversiering aan het plafond vlam vatte, vermoedelijk door sterretjes die bezoekers hadden aangestoken. Binnen enkele seconden stond het hele plafond in brand. Honderden jongeren probeerden tegelijk via de smalle trap naar buiten te komen. 'Het was één vuurzee. Mensen sprongen uit de ramen', zegt een jongen die met brandwonden aan zijn handen ontkwam.",
    "Hulpverleners spreken van een 'oorlogssituatie'. Op de Dijk, de straat waaraan het café ligt, werden gewonden in dekens gewikkeld en in de kou verzorgd tot er genoeg ambulances waren. Sommigen koelden hun brandwonden met sneeuw.",
    "Het dorp is in diepe rouw. In de Sint-Vincentiuskerk kwamen maandagavond honderden inwoners bijeen om te bidden voor de slachtoffers en hun families. Premier Kok bezocht maandag de ziekenhuizen in Beverwijk en Amsterdam.",
    "Het Openbaar Ministerie onderzoekt of het café voldeed aan de brandveiligheidseisen. Volgens de gemeente waren er nooduitgangen, maar die zouden zijn afgesloten.",
], [], "A café fire caused by fireworks sparklers: an accident, out of scope ('oorlogssituatie' is a rescuer's image); the church gathering is a vigil, not a protest. Nothing coded."))

# 24 Mali: aanval op bus bij Douentza (dinsdag), mijn op legervoertuig (woensdag)
P = "2019-12-05"
A(art(P, "Zeker twaalf buspassagiers gedood bij aanval in centraal Mali", "ANP", [
    "BAMAKO - Gewapende mannen hebben dinsdag bij Douentza, in de centrale regio Mopti, een bus met reizigers tot stoppen gedwongen en het vuur geopend op de inzittenden. Daarbij kwamen minstens twaalf mensen om het leven, zegt een gekozen bestuurder uit de regio tegen persbureau AFP. Zeker acht passagiers raakten gewond.",
    "De bus was op weg van Douentza naar Mopti toen hij een kilometer of tien buiten de stad werd tegengehouden. 'Ze lieten iedereen uitstappen en schoten daarna op de mensen die probeerden weg te rennen', vertelt een overlevende die in het ziekenhuis van Douentza ligt. De daders, die op motoren reden, staken daarna de bus in brand.",
    "Woensdag reed een voertuig van het Malinese leger op de weg tussen Douentza en Boni op een mijn. JNIM, de Sahelfederatie van Al-Qaida, eiste de aanslag op en zei dat tien militairen waren gedood. Volgens een lokale functionaris kwamen twee soldaten om en raakten er drie gewond.",
    "Niemand heeft de aanval op de bus opgeëist. In de regio Mopti zijn zowel jihadistische groepen actief als milities die zeggen de eigen bevolkingsgroep te beschermen. Begin vorige maand kwamen bij een aanval op een legerpost in Indelimane, in het noordoosten van het land, ruim vijftig militairen om.",
    "Volgens de VN zijn dit jaar in centraal Mali honderden burgers bij aanvallen omgekomen. De Franse antiterreuroperatie Barkhane en de VN-vredesmacht Minusma, waaraan Nederland tot dit voorjaar deelnam, slagen er niet in het geweld te stoppen.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", 3, "Civilians (Mali)", 7, "Mali", "Mopti", "Douentza", 15.00, -2.95, 2, wd(P, "dinsdag"),
       fat=12, inj=8,
       evid=["BAMAKO - Gewapende mannen hebben dinsdag bij Douentza, in de centrale regio Mopti, een bus met reizigers tot stoppen gedwongen en het vuur geopend op de inzittenden.",
             "Daarbij kwamen minstens twaalf mensen om het leven, zegt een gekozen bestuurder uit de regio tegen persbureau AFP."],
       note="Unclaimed gunmen stop a bus ten km outside Douentza on Tuesday and shoot the passengers: attack on civilians, near the town (geo 2). 12 dead and 8 injured from a local elected official."),
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "JNIM", 2, "Military Forces of Mali", 1, "Mali", "Mopti", "Douentza", 15.00, -2.95, 2, wd(P, "woensdag"),
       fat=2, inj=3, claimed=[claim(10, None, "JNIM", "tien militairen waren gedood")],
       evid=["Woensdag reed een voertuig van het Malinese leger op de weg tussen Douentza en Boni op een mijn.",
             "JNIM, de Sahelfederatie van Al-Qaida, eiste de aanslag op en zei dat tien militairen waren gedood.",
             "Volgens een lokale functionaris kwamen twee soldaten om en raakten er drie gewond."],
       note="An army vehicle hits a mine on the Douentza-Boni road on Wednesday, claimed by JNIM: remote explosive, located near Douentza (geo 2). Two dead from a local official; JNIM's ten is a claim."),
], "Two events near Douentza on different days and with different sides. The Indelimane attack of early last month is older background and the UN's yearly count is a tally: not coded."))

# 25 prijzenoorlog supermarkten (economie in oorlogstaal)
P = "2003-10-21"
A(art(P, "Albert Heijn opent prijzenoorlog: 'Wij gaan de strijd aan'", "NRC Handelsblad", [
    "ZAANDAM - Albert Heijn heeft maandag de aanval geopend op de discounters. De grootste supermarktketen van Nederland verlaagde in één klap de prijzen van ruim duizend A-merken, gemiddeld met acht procent. 'Wij gaan de strijd aan om de klant terug te winnen', zei een directeur van moederbedrijf Ahold bij de presentatie.",
    "Albert Heijn verloor de afgelopen jaren marktaandeel aan goedkopere ketens als Aldi en Lidl. Veel consumenten vinden de supermarkt te duur. Volgens analisten moest de keten wel in het offensief: 'Ze stonden met de rug tegen de muur.'",
    "De concurrentie reageerde meteen. Verschillende ketens kondigden aan de prijzen eveneens te verlagen. 'Wij laten ons niet zomaar van het slagveld vegen', zei de topman van een grote concurrent. Brancheorganisaties vrezen een uitputtingsslag waarbij vooral kleinere supermarkten en leveranciers het slachtoffer worden.",
    "De prijsverlagingen komen op een moment dat Ahold zelf zwaar onder vuur ligt. Het concern kampt sinds februari met een boekhoudschandaal bij een Amerikaanse dochter, dat miljarden euro's aan beurswaarde kostte.",
    "Voor de klant lijkt de prijzenoorlog vooralsnog goed nieuws. Consumentenorganisaties waarschuwen wel dat de prijzen van producten die niet in de aanbieding zijn, ongemerkt kunnen stijgen. Het Centraal Planbureau verwacht dat de inflatie door de prijzenslag iets lager uitvalt.",
], [], "Business news in war words ('aanval', 'offensief', 'slagveld', 'prijzenoorlog'): out of scope, nothing coded."))

# 26 OM-onderzoek naar aanslag op Koninginnedag (oude aanslag)
P = "2009-08-20"
A(art(P, "OM: dader aanslag Koninginnedag handelde alleen", "NRC Handelsblad", [
    "APELDOORN - Karst T., de man die op Koninginnedag met zijn auto inreed op het publiek in Apeldoorn, heeft alleen gehandeld. Dat concludeert het Openbaar Ministerie na een maandenlang onderzoek. Er zijn geen aanwijzingen gevonden dat anderen van zijn plannen wisten of hem hebben geholpen.",
    "Bij de aanslag op 30 april reed T. met hoge snelheid door de menigte die langs de route van de koninklijke familie stond te wachten. Hij raakte daarna met zijn auto het monument De Naald. Zeven toeschouwers kwamen om, T. zelf overleed een dag later in het ziekenhuis. De open bus met de koninklijke familie werd niet geraakt.",
    "Volgens het OM had T., die zijn baan en zijn huis was kwijtgeraakt, zijn daad gepland. Tegen een agent die hem uit de auto haalde, zei hij dat het op de koninklijke familie gemunt was. Over zijn motief kan het onderzoek verder weinig zeggen. 'Veel vragen zullen onbeantwoord blijven', zegt een woordvoerder van het OM.",
    "Nabestaanden werden woensdag door het OM over de resultaten ingelicht. 'We hadden gehoopt op meer antwoorden, maar we zijn blij dat het onderzoek zorgvuldig is geweest', zegt een van hen.",
    "Ook het onderzoek naar de beveiliging van de festiviteiten is bijna klaar. Het kabinet heeft al besloten de beveiliging van het Koninklijk Huis bij publieke optredens aan te scherpen. Volgend jaar zal het koninklijk gezelschap op Koninginnedag in Wijk bij Duurstede minder dicht langs het publiek rijden.",
], [], "An investigation's conclusion about the Apeldoorn attack of 30 April, more than three months old: not coded; the security plans for next year are future."))

# 27 Afghanistan: Taliban nemen Kunduz in (maandag), leger herovert centrum (donderdag)
P = "2015-10-02"
A(art(P, "Afghaans leger herovert centrum van Kunduz op Taliban", "NRC", [
    "KABUL - Afghaanse regeringstroepen hebben donderdag het centrum van de noordelijke stad Kunduz heroverd op de Taliban. Na nachtelijke gevechten hesen soldaten in de ochtend de Afghaanse vlag weer op het centrale plein, meldden inwoners en lokale journalisten. In verschillende wijken werd vrijdag nog geschoten.",
    "De Taliban hadden de stad maandag bij een verrassingsaanval vanuit meerdere richtingen onder de voet gelopen. Het was de eerste keer sinds 2001 dat de beweging een provinciehoofdstad in handen kreeg. De strijders bestormden de gevangenis, bevrijdden honderden gevangenen en staken overheidsgebouwen in brand. Regeringsmilitairen en agenten trokken zich terug op het vliegveld buiten de stad.",
    "Hoeveel slachtoffers er sinds maandag zijn gevallen, is onduidelijk. Volgens het Afghaanse ministerie van Volksgezondheid kwamen in en rond de stad minstens dertig mensen om en raakten er ruim tweehonderd gewond. Een woordvoerder van de Taliban zei dat de beweging zich 'tactisch' had teruggetrokken en dat de strijd om de stad nog niet voorbij is.",
    "Volgens de NAVO staan Amerikaanse militairen de Afghaanse troepen in Kunduz met advies terzijde. De val van de stad is een gevoelige klap voor president Ashraf Ghani, die deze week een jaar aan de macht was.",
    "Kunduz was tussen 2011 en 2013 de uitvalsbasis van de Nederlandse politietrainingsmissie in Afghanistan. 'We hebben daar honderden agenten opgeleid. Het doet pijn om dit te zien', zegt een oud-deelnemer aan de missie.",
], [
    ev("Battles", "Non-state actor overtakes territory", "Taliban", 2, "Military Forces of Afghanistan", 1, "Afghanistan", "Kunduz", "Kunduz", 36.73, 68.86, 1, wd(P, "maandag"),
       evid=["De Taliban hadden de stad maandag bij een verrassingsaanval vanuit meerdere richtingen onder de voet gelopen.",
             "Regeringsmilitairen en agenten trokken zich terug op het vliegveld buiten de stad."],
       note="The Taliban overrun Kunduz on Monday after an attack, government forces falling back: non-state actor overtakes territory (the prison break and arson are part of the takeover). No toll for this day alone."),
    ev("Battles", "Government regains territory", "Military Forces of Afghanistan", 1, "Taliban", 2, "Afghanistan", "Kunduz", "Kunduz", 36.73, 68.86, 1, wd(P, "donderdag"),
       evid=["KABUL - Afghaanse regeringstroepen hebben donderdag het centrum van de noordelijke stad Kunduz heroverd op de Taliban.",
             "Na nachtelijke gevechten hesen soldaten in de ochtend de Afghaanse vlag weer op het centrale plein, meldden inwoners en lokale journalisten."],
       note="Government forces retake the centre of Kunduz on Thursday after night fighting: government regains territory (the Taliban's 'tactical withdrawal' does not deny it). No toll for this day alone."),
], "Two battle events in Kunduz on Monday and Thursday. The ministry's 'at least thirty' dead and 200 injured are summed over four days, so neither event gets a toll. Friday's continuing shooting has no detail; US advice is not an event."))

# 28 burgemeester verbiedt betoging tegen asielcentrum (verboden demonstratie)
P = "2017-10-12"
A(art(P, "Gent verbiedt betoging tegen nieuw asielcentrum", "De Morgen", [
    "GENT - De Gentse burgemeester heeft een betoging verboden die een actiegroep zaterdag wilde houden tegen de opening van een nieuw opvangcentrum voor asielzoekers in de wijk Sint-Amandsberg. Ook een tegenbetoging die linkse organisaties hadden aangekondigd, mag niet doorgaan.",
    "Volgens de stad is het risico op confrontaties tussen beide groepen te groot. 'Het recht om te betogen is heilig, maar niet als de veiligheid van de buurtbewoners en van de bewoners van het centrum in het gedrang komt', zegt de burgemeester. De politie zal zaterdag met extra manschappen in de wijk aanwezig zijn.",
    "De actiegroep, die op sociale media enkele duizenden volgers heeft, noemt het verbod 'een aanval op de vrije meningsuiting' en zegt naar de Raad van State te stappen. 'We laten ons de mond niet snoeren', zegt een woordvoerder. Of de groep zaterdag toch komt opdagen, is niet duidelijk.",
    "Het opvangcentrum, in een voormalig rusthuis, moet plaats bieden aan zo'n 150 asielzoekers, vooral gezinnen met kinderen. Het Rode Kruis, dat het centrum uitbaat, organiseerde vorige maand al een infoavond voor de buurt. Die verliep volgens de organisatie 'stevig maar correct'.",
    "Ook in andere Vlaamse gemeenten stuit de komst van opvangcentra op verzet. Staatssecretaris voor Asiel en Migratie Theo Francken roept de gemeenten op hun verantwoordelijkheid te nemen.",
], [], "A banned demonstration and a banned counter-demonstration, both planned for Saturday: future and banned, not coded; last month's information evening is a meeting, not a protest."))

# 29 vogelgriep (ziekte in oorlogstaal)
P = "2003-03-10"
A(art(P, "Strijd tegen vogelgriep: 'Dit is oorlog op het erf'", "Trouw", [
    "BARNEVELD - In de Gelderse Vallei gaat de strijd tegen de vogelgriep onverminderd door. In het weekend werden opnieuw op tientallen pluimveebedrijven de kippen geruimd. Sinds de eerste besmetting eind februari zijn in het gebied al ruim een miljoen dieren gedood.",
    "Ruimploegen in witte pakken trekken van erf naar erf. De dieren worden met gas gedood en in containers afgevoerd naar destructiebedrijven. 'Het voelt als een oorlog', zegt een pluimveehouder uit Scherpenzeel, wiens dertigduizend leghennen zaterdag werden geruimd. 'Je staat erbij en je kunt niets doen. Twintig jaar werk, in één dag weg.'",
    "Het ministerie van Landbouw heeft rond de besmette bedrijven een vervoersverbod ingesteld. Politie en marechaussee bewaken de wegen. Boeren en omwonenden mogen het gebied alleen onder voorwaarden in of uit. Het leger helpt bij de logistiek van de ruimingen.",
    "Minister Veerman van Landbouw sprak zondag van een 'frontlinie' die met alle macht moet worden vastgehouden. Hij sluit niet uit dat het ruimingsgebied wordt uitgebreid naar Limburg en Brabant, waar de grootste concentratie van pluimveebedrijven in Europa zit.",
    "Ook voor mensen is het virus niet zonder gevaar. Enkele ruimers hebben een oogontsteking opgelopen. Het RIVM adviseert iedereen die met besmette dieren in aanraking komt, antivirale middelen te slikken.",
], [], "An animal-disease outbreak told in war words ('strijd', 'oorlog', 'frontlinie'); police and army guard roads as public-health measures. Disease is out of scope: nothing coded."))

# 30 Pakistan: menigte steekt kerken in brand in Jaranwala (woensdag)
P = "2023-08-17"
A(art(P, "Woedende menigte steekt kerken in brand in Pakistaanse stad", "de Volkskrant", [
    "ISLAMABAD - In de Pakistaanse stad Jaranwala, in de provincie Punjab, heeft een woedende menigte woensdag zeker vijf kerken in brand gestoken. Honderden mannen trokken door de christelijke wijken, vernielden huizen en staken meubels, bijbels en auto's in brand. Volgens de politie vielen er geen doden of gewonden; de meeste christelijke bewoners waren op tijd gevlucht.",
    "Aanleiding was het gerucht dat twee christelijke broers de Koran hadden ontheiligd. Via de luidsprekers van moskeeën werden gelovigen opgeroepen de straat op te gaan. 'Ze kwamen met stokken en jerrycans benzine', vertelt een dominee wiens kerk volledig is uitgebrand. 'De politie stond erbij en keek ernaar.'",
    "Pas na urenlang geweld wist de politie met versterkingen uit Faisalabad de rust te herstellen. De twee broers zijn ondergedoken. Op beschuldigingen van godslastering staat in Pakistan in theorie de doodstraf.",
    "Interim-premier Anwaar-ul-Haq Kakar noemde de beelden 'schokkend' en beloofde dat de daders zouden worden gestraft. Christelijke organisaties in het land wijzen erop dat de wet op godslastering vaak wordt misbruikt om persoonlijke vetes te beslechten.",
    "Beschuldigingen van godslastering leiden in Pakistan geregeld tot lynchpartijen. In 2009 staken moslims in Gojra, eveneens in Punjab, tientallen huizen van christenen in brand; daarbij kwamen zeker zeven mensen om het leven.",
], [
    ev("Riots", "Mob violence", "Rioters (Pakistan)", 5, "Civilians (Pakistan)", 7, "Pakistan", "Punjab", "Jaranwala", 31.33, 73.42, 1, wd(P, "woensdag"),
       fat=0, inj=0,
       evid=["ISLAMABAD - In de Pakistaanse stad Jaranwala, in de provincie Punjab, heeft een woedende menigte woensdag zeker vijf kerken in brand gestoken.",
             "Honderden mannen trokken door de christelijke wijken, vernielden huizen en staken meubels, bijbels en auto's in brand.",
             "Volgens de politie vielen er geen doden of gewonden; de meeste christelijke bewoners waren op tijd gevlucht."],
       note="A mob burning churches and Christian homes over a blasphemy rumour on Wednesday: mob violence against Christian civilians and their property. No dead or injured per police: 0 and 0."),
], "One mob-violence event (Jaranwala, Wednesday). The Gojra attacks of 2009 are background; the two brothers are in hiding (no arrest)."))

# 31 opiniestuk over de Sahel
P = "2020-01-15"
A(art(P, "Opinie: Nederland mag de Sahel niet vergeten", "Trouw", [
    "In de Sahel voltrekt zich een drama dat in Nederland nauwelijks aandacht krijgt. In Mali, Burkina Faso en Niger kwamen vorig jaar volgens de Verenigde Naties ruim vierduizend mensen om bij aanslagen en aanvallen, vijf keer zoveel als drie jaar eerder. Honderdduizenden mensen zijn op de vlucht.",
    "Jihadistische groepen, gelieerd aan Al-Qaida of Islamitische Staat, spelen handig in op oude conflicten tussen boeren en herders. Waar de staat afwezig is, vullen zij het gat: ze spreken recht, heffen belasting en rekruteren jongeren die geen toekomst zien. Regeringslegers reageren vaak met harde hand, wat de groepen nog meer aanhang oplevert.",
    "Nederland trok vorig jaar zijn laatste militairen terug uit de VN-missie in Mali. Dat was begrijpelijk, maar het betekent niet dat we ons van de regio kunnen afkeren. Wat in de Sahel gebeurt, raakt ook Europa: via migratie, via terreur, via de handel in drugs en wapens.",
    "Het kabinet moet daarom meer investeren in onderwijs, in landbouw en in goed bestuur in de regio. Militaire steun alleen werkt niet; dat hebben twintig jaar Afghanistan ons wel geleerd. Tegelijk moeten we de regeringen in Bamako, Ouagadougou en Niamey aanspreken op mensenrechtenschendingen door hun eigen troepen.",
    "De Sahel is geen ver-van-ons-bedshow. Als we nu wegkijken, zullen we er over tien jaar spijt van hebben.",
    "De auteur is oud-diplomaat en werkte jarenlang in West-Afrika.",
], [], "An opinion piece with regional tallies and general claims, no specific event with place and day: nothing coded."))

# 32 slag om de kijker (media in oorlogstaal)
P = "2009-08-29"
A(art(P, "Slag om de kijker: VTM brengt zwaar geschut in stelling", "Het Nieuwsblad", [
    "VILVOORDE - De slag om de kijker barst dit najaar in alle hevigheid los. VTM stelde vrijdag zijn nieuwe seizoen voor en brengt daarbij zwaar geschut in stelling: twee nieuwe fictiereeksen, een talentenjacht en de terugkeer van een populaire quiz. 'Wij willen het vuur aan de schenen van één leggen', zei de zenderbaas bij de voorstelling.",
    "Eén haalde vorig seizoen de hoogste kijkcijfers van Vlaanderen, vooral dankzij zijn nieuws, sport en een reeks sterke series. De openbare omroep stelt volgende week zijn eigen programma voor en laat weten 'niet onder de indruk' te zijn. 'Wij vechten niet met geld, maar met kwaliteit', zegt een woordvoerder van de VRT.",
    "Mediadeskundigen verwachten een bikkelharde strijd om de zaterdagavond, waar beide zenders hun grootste shows tegenover elkaar plaatsen. 'Het wordt een loopgravenoorlog', zegt een professor communicatiewetenschappen. 'Elke kijker die de ene wint, verliest de andere.'",
    "De concurrentie wordt ook heviger door digitale televisie. Steeds meer Vlamingen kijken programma's uitgesteld, waardoor de traditionele kijkcijfers minder zeggen. De adverteerders, die bij VTM voor het grootste deel van de inkomsten zorgen, volgen de strijd daarom met argusogen.",
    "VTM vierde eerder dit jaar zijn twintigste verjaardag. De zender wil die kaap volgens ingewijden ook in de kijkcijfers vieren.",
], [], "Television competition in war words ('slag', 'zwaar geschut', 'loopgravenoorlog'): media business, out of scope. Nothing coded."))

# 33 Filipijnen: vredesakkoord met MILF getekend in Manila (donderdag)
P = "2014-03-28"
A(art(P, "Manila en moslimrebellen tekenen vredesakkoord voor Mindanao", "Trouw", [
    "MANILA - De Filipijnse regering en de rebellen van het Moro Islamitisch Bevrijdingsfront (MILF) hebben donderdag in Manila een vredesakkoord ondertekend dat een einde moet maken aan ruim veertig jaar gewapende strijd in het zuiden van het land. De ceremonie vond plaats in het presidentiële paleis Malacañang, in aanwezigheid van president Benigno Aquino en MILF-leider Murad Ebrahim.",
    "Het akkoord voorziet in een nieuwe autonome regio, Bangsamoro, met meer zelfbestuur en een groter deel van de inkomsten uit natuurlijke hulpbronnen. In ruil daarvoor leveren de naar schatting elfduizend strijders van het MILF geleidelijk hun wapens in.",
    "'Dit is het begin van een nieuw hoofdstuk voor ons volk', zei een MILF-onderhandelaar na afloop. Buiten het paleis vierden honderden aanhangers van de rebellen, die in bussen uit Mindanao waren gekomen, feest.",
    "Het conflict op Mindanao kostte sinds de jaren zeventig naar schatting 120.000 mensen het leven. Niet alle groepen steunen het akkoord. De afgesplitste Bangsamoro Islamitische Vrijheidsstrijders (BIFF) wijzen het af. In januari kwamen bij een offensief van het leger tegen de BIFF in de provincie Maguindanao tientallen strijders om.",
    "Het Filipijnse Congres moet nog een wet aannemen om de nieuwe regio op te richten, waarna de bevolking zich in een referendum mag uitspreken. Maleisië, dat jarenlang bemiddelde, sprak van een 'historische dag'.",
], [
    ev("Strategic developments", "Agreement", "Government of the Philippines", 1, "MILF", 2, "Philippines", "Metro Manila", "Manila", 14.5995, 120.9842, 1, wd(P, "donderdag"),
       evid=["MANILA - De Filipijnse regering en de rebellen van het Moro Islamitisch Bevrijdingsfront (MILF) hebben donderdag in Manila een vredesakkoord ondertekend dat een einde moet maken aan ruim veertig jaar gewapende strijd in het zuiden van het land."],
       note="The government and the MILF sign a peace agreement in Manila on Thursday: Agreement, located where it was signed."),
], "One Agreement event (Manila, Thursday). The supporters celebrating outside the palace are not a protest; the January offensive against the BIFF is older; the referendum is future; the 120,000 dead are a tally."))

# 34 Pistorius (huiselijk/persoonlijk geweld)
P = "2013-02-15"
A(art(P, "Paralympisch kampioen Pistorius verdacht van moord op vriendin", "AD", [
    "PRETORIA - De Zuid-Afrikaanse atleet Oscar Pistorius is vrijdag aangeklaagd voor de moord op zijn vriendin, het model Reeva Steenkamp. Zij werd donderdag in de vroege ochtend met meerdere kogelwonden gevonden in zijn woning op een streng beveiligd landgoed in Pretoria.",
    "Pistorius, die vanwege zijn prothesen de bijnaam Blade Runner kreeg, verscheen vrijdag in tranen voor de rechter. Zijn familie zegt dat hij zijn vriendin voor een inbreker aanzag en door de dichte badkamerdeur schoot. Het Openbaar Ministerie gelooft daar niets van en spreekt van moord met voorbedachten rade. Buren zouden in de nacht geschreeuw hebben gehoord.",
    "De zaak schokt Zuid-Afrika, waar Pistorius geldt als nationale held. Vorig jaar schreef hij geschiedenis als eerste atleet met beenprothesen die uitkwam op de Olympische Spelen in Londen. Sponsors beraden zich op hun contracten met de sprinter.",
    "Vrouwenorganisaties wijzen erop dat huiselijk geweld in Zuid-Afrika een enorm probleem is. Volgens cijfers van de politie wordt gemiddeld elke acht uur een vrouw door haar partner vermoord. Ook het aantal vuurwapens in particuliere handen is zeer hoog.",
    "De rechtszaak over Pistorius' vrijlating op borgtocht gaat volgende week verder. Tot die tijd blijft hij in een politiecel in Pretoria.",
], [], "A killing of a partner in a private home: domestic/personal violence and a celebrity's arrest, both ordinary crime; the femicide figure is a statistic. Nothing coded."))

# 35 NAVO-top in Vilnius (diplomatie)
P = "2023-07-13"
A(art(P, "Teleurstelling bij Zelensky: geen datum voor NAVO-lidmaatschap", "de Volkskrant", [
    "VILNIUS - De NAVO-top in de Litouwse hoofdstad is woensdag geëindigd zonder concrete tijdlijn voor het Oekraïense lidmaatschap. De bondgenoten verklaren dat de toekomst van Oekraïne 'in de NAVO ligt', maar een uitnodiging volgt pas 'wanneer de bondgenoten het eens zijn en aan de voorwaarden is voldaan'.",
    "President Volodymyr Zelensky noemde het dinsdag 'absurd' dat er geen termijn werd genoemd. Woensdag klonk hij milder, na een ontmoeting met de NAVO-leiders in de nieuwe NAVO-Oekraïneraad. Hij noemde de uitkomst op een persconferentie 'goed, maar voor verbetering vatbaar'.",
    "De G7-landen kondigden in Vilnius aan Oekraïne langdurige veiligheidsgaranties te bieden. Daaronder vallen wapenleveranties, training van militairen en steun bij de wederopbouw. Nederland zegde toe mee te betalen aan een coalitie die Oekraïense piloten gaat opleiden op F-16's.",
    "De top was ook de eerste met Finland als volwaardig lid. Turkije liet bovendien weten zijn verzet tegen de toetreding van Zweden te laten varen, wat in Vilnius als een doorbraak werd gevierd. Het Turkse parlement moet nog instemmen.",
    "In het centrum van Vilnius hingen overal Oekraïense vlaggen. Premier Rutte sprak van een krachtig signaal naar Moskou. De volgende NAVO-top is volgend jaar in Washington, bij het 75-jarig bestaan van het bondgenootschap.",
], [], "A summit: diplomacy, security guarantees and an accession deal between allies, not conflict actors' agreements; the F-16 training is a plan. Nothing coded."))

# 36 Rusland: Navalny gearresteerd op Sjeremetjevo (zondag)
P = "2021-01-18"
A(art(P, "Navalny bij terugkeer in Rusland direct gearresteerd", "NOS", [
    "Oppositieleider Aleksej Navalny is zondagavond bij zijn terugkeer in Rusland meteen gearresteerd. Agenten hielden hem aan bij de paspoortcontrole op luchthaven Sjeremetjevo bij Moskou, waar zijn vliegtuig uit Berlijn op het laatste moment naartoe was omgeleid. Navalny kon nog net zijn vrouw Joelia omhelzen voordat hij werd weggeleid.",
    "De Russische gevangenisdienst zegt dat Navalny is opgepakt omdat hij de voorwaarden van een voorwaardelijke straf uit 2014 zou hebben geschonden. Zijn advocaat mocht niet bij hem. 'Ik ben niet bang', zei Navalny vlak voor vertrek tegen meereizende journalisten.",
    "Navalny verbleef vijf maanden in Duitsland, waar hij herstelde van een vergiftiging met het zenuwgif novitsjok. Hij werd in augustus onwel aan boord van een binnenlandse vlucht boven Siberië. Volgens onderzoeksjournalisten zat de veiligheidsdienst FSB achter de aanslag; het Kremlin ontkent elke betrokkenheid.",
    "De arrestatie leidde tot een storm van internationale kritiek. De EU en de Verenigde Staten eisten zijn onmiddellijke vrijlating. Ook het Nederlandse ministerie van Buitenlandse Zaken riep op hem vrij te laten.",
    "Navalny's medewerkers riepen op tot landelijke demonstraties op zaterdag. De autoriteiten waarschuwden dat niet-aangemelde betogingen hard zullen worden aangepakt.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Russia", 1, "Civilians (Russia)", 7, "Russia", "Moscow Oblast", "Sheremetyevo Airport", 55.9726, 37.4146, 1, wd(P, "zondag"),
       evid=["Oppositieleider Aleksej Navalny is zondagavond bij zijn terugkeer in Rusland meteen gearresteerd.",
             "Agenten hielden hem aan bij de paspoortcontrole op luchthaven Sjeremetjevo bij Moskou, waar zijn vliegtuig uit Berlijn op het laatste moment naartoe was omgeleid."],
       note="Arrest of the opposition leader at Sheremetyevo airport on Sunday evening: Arrests of a political figure (coded as a civilian). Located at the named airport (outside Moscow, Moscow Oblast)."),
], "One Arrests event (Sunday). The August poisoning is older background, the calls for Saturday's protests are future: not coded."))

# 37 NCTV verhoogt dreigingsniveau (dreiging)
P = "2023-12-14"
A(art(P, "NCTV verhoogt dreigingsniveau naar 4: 'kans op aanslag reëel'", "NOS", [
    "Het dreigingsniveau in Nederland gaat van 3 naar 4, op een schaal van 5. Dat heeft de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) donderdag bekendgemaakt. Volgens de NCTV is de kans op een aanslag in Nederland 'reëel', al zijn er geen concrete aanwijzingen dat er een aanslag wordt voorbereid.",
    "De NCTV wijst op de oorlog tussen Israël en Hamas, die volgens de dienst jihadisten in heel Europa 'mobiliseert'. Ook de koranverbrandingen van de afgelopen maanden hebben Nederland en andere Europese landen in jihadistische kringen tot doelwit gemaakt. Extra zorg zijn jongeren die zich online radicaliseren, soms al op hun dertiende of veertiende.",
    "In andere Europese landen werden de afgelopen maanden meerdere aanslagen gepleegd. In oktober schoot een man in Brussel twee Zweedse voetbalsupporters dood. De NCTV noemt ook de grote hoeveelheid antisemitische incidenten in Nederland sinds 7 oktober zorgwekkend.",
    "Een hoger dreigingsniveau betekent onder meer dat politie en beveiligers bij evenementen, joodse instellingen en drukke plaatsen extra alert zijn. Burgers merken er volgens de NCTV weinig van. Er is volgens de nationaal coördinator geen reden om niet naar de kerstmarkt te gaan.",
    "Het niveau stond sinds 2019 op 3. Daarvoor gold zes jaar lang niveau 4, na de opkomst van Islamitische Staat in Syrië en Irak.",
], [], "A raised threat level: threats and risk assessments are not events; the Brussels shooting of October is two months old, the antisemitic incidents are a tally. Nothing coded."))

# 38 bonden blazen staking streekvervoer af (afgelaste staking)
P = "2008-04-09"
A(art(P, "Bonden blazen staking in het streekvervoer af", "de Volkskrant", [
    "UTRECHT - De landelijke staking in het streekvervoer die donderdag zou beginnen, gaat niet door. De vakbonden en de werkgevers in het openbaar vervoer bereikten dinsdagnacht na een urenlange onderhandelingsronde alsnog een akkoord over een nieuwe cao. Bussen en regionale treinen rijden donderdag dus gewoon.",
    "De bonden hadden een staking van 48 uur aangekondigd, omdat de werkgevers de werkdruk van chauffeurs niet wilden verlagen. Volgens het akkoord krijgen chauffeurs langere pauzes en een loonsverhoging van ruim drie procent verdeeld over twee jaar. 'Dit is een overwinning voor de mensen achter het stuur', zegt een bestuurder van FNV Bondgenoten.",
    "Ook de werkgevers zijn tevreden. 'We hebben een zware strijd geleverd, maar niemand heeft er belang bij als honderdduizenden reizigers blijven staan', zegt een woordvoerder. De leden van de bonden moeten nog over het akkoord stemmen; de bonden adviseren positief.",
    "Reizigersorganisatie Rover is opgelucht. 'Mensen die voor hun werk of school op de bus zijn aangewezen, hebben geen alternatief', zegt een woordvoerder. Bij een eerdere staking, twee jaar geleden, lag het streekvervoer in grote delen van het land drie dagen plat.",
    "Bij de Nederlandse Spoorwegen, waar apart wordt onderhandeld, dreigen de bonden wel met acties als er voor de zomer geen akkoord ligt.",
], [], "A called-off strike and a collective labour agreement (not a conflict agreement); the strike of two years ago is old and the NS threat is future. Nothing coded."))

# 39 Nederland: terreurverdachten aangehouden in Rotterdam en Zwolle (donderdag)
P = "2019-06-14"
A(art(P, "Drie terreurverdachten opgepakt in Rotterdam en Zwolle", "AD", [
    "De politie heeft donderdag in Rotterdam en Zwolle drie mannen aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid. Dat meldt het Openbaar Ministerie. In Rotterdam werden een 22-jarige en een 27-jarige man opgepakt, in Zwolle een 31-jarige man.",
    "Volgens het OM zijn de mannen aanhangers van terreurgroep Islamitische Staat en waren zij van plan 'op een drukke plek in Nederland' een aanslag te plegen met vuurwapens en explosieven. Bij doorzoekingen van hun woningen werden onder meer een pistool, munitie en chemicaliën gevonden waarmee een bom kan worden gemaakt.",
    "De aanhoudingen in Rotterdam werden verricht door een arrestatieteam, dat rond zes uur 's ochtends een woning in de wijk Feijenoord binnenviel. Buurtbewoners werden wakker van een harde knal. 'Ik dacht eerst dat het vuurwerk was', zegt een buurman. 'Toen zag ik de zwaarbewapende agenten.'",
    "Een van de Rotterdamse verdachten werd in 2017 al veroordeeld voor het verspreiden van jihadistische propaganda. De inlichtingendienst AIVD had de groep al enige tijd in het vizier.",
    "Het dreigingsniveau in Nederland blijft 4 op een schaal van 5, liet de NCTV weten. De verdachten worden maandag voorgeleid aan de rechter-commissaris.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Islamic State", 2, "Netherlands", "South Holland", "Rotterdam", 51.9244, 4.4777, 1, wd(P, "donderdag"),
       evid=["De politie heeft donderdag in Rotterdam en Zwolle drie mannen aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid.",
             "In Rotterdam werden een 22-jarige en een 27-jarige man opgepakt, in Zwolle een 31-jarige man."],
       note="Arrest of two terror suspects in Rotterdam on Thursday: Arrests. Actor2 Islamic State because the prosecution calls them its supporters (borderline; Civilians would be the alternative for unaffiliated suspects)."),
    ev("Strategic developments", "Arrests", "Police Forces of the Netherlands", 1, "Islamic State", 2, "Netherlands", "Overijssel", "Zwolle", 52.5168, 6.0830, 1, wd(P, "donderdag"),
       evid=["De politie heeft donderdag in Rotterdam en Zwolle drie mannen aangehouden die ervan worden verdacht een terroristische aanslag te hebben voorbereid.",
             "In Rotterdam werden een 22-jarige en een 27-jarige man opgepakt, in Zwolle een 31-jarige man."],
       note="The third suspect arrested in Zwolle the same day: a separate Arrests event for a separate town, same actors as Rotterdam."),
], "Two Arrests events (Rotterdam and Zwolle, Thursday). The 'harde knal' is the arrest team's entry, not an explosion attack; the 2017 conviction is old; the court appearance is future."))

# 40 reportage Mosul, drie jaar na IS (achtergrond oude gevechten)
P = "2020-07-10"
A(art(P, "Drie jaar na IS ligt de oude stad van Mosul nog in puin", "de Volkskrant", [
    "Van onze correspondent - MOSUL - Drie jaar nadat het Iraakse leger Mosul op Islamitische Staat heroverde, ligt de oude stad op de westoever van de Tigris nog grotendeels in puin. Waar ooit de beroemde Al-Nuri-moskee met haar scheve minaret stond, staan nu steigers. Een Unesco-project moet de moskee de komende jaren herbouwen.",
    "De slag om Mosul duurde negen maanden en was een van de bloedigste stedelijke veldslagen sinds de Tweede Wereldoorlog. In de laatste weken, in de zomer van 2017, verschansten de laatste IS-strijders zich in de nauwe steegjes van de oude stad. Luchtaanvallen van de internationale coalitie en artilleriebeschietingen maakten hele wijken met de grond gelijk. Duizenden burgers kwamen om.",
    "Abu Ahmed, een zestiger, is een van de weinigen die zijn huis in de oude stad heeft herbouwd, met eigen geld. 'De regering belooft veel, maar we zien niets', zegt hij tussen de stapels bakstenen. 'Mijn buren wonen nog altijd in kampen of bij familie.'",
    "Volgens de VN zijn nog altijd zo'n driehonderdduizend inwoners van de provincie Nineve niet naar huis teruggekeerd. Onder het puin liggen nog veel niet-ontplofte explosieven. Ontmijners vinden wekelijks granaten, mortieren en bermbommen die IS achterliet.",
    "Ook politiek is de stad nog onrustig. Milities die hielpen bij de bevrijding, hebben op veel plaatsen de macht overgenomen en controleren de handel. 'IS is weg, maar de angst is gebleven', zegt een student aan de universiteit van Mosul.",
], [], "A reportage about reconstruction: the battle of Mosul (2017) is history, the unexploded-ordnance finds are routine and undated, and militia control is a general state of affairs. Nothing coded."))
