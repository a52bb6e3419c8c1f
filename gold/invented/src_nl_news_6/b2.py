# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 ontvoering van dorpelingen bij Tsafe (Zamfara), nacht za-zo; Jangebe 2021 als achtergrond
P = "2022-05-09"
A(art(P, "Tientallen dorpelingen ontvoerd in noordwesten van Nigeria", "ANP", [
    "In de Nigeriaanse deelstaat Zamfara hebben gewapende mannen in de nacht van zaterdag op zondag zeker 41 inwoners van een dorp bij Tsafe ontvoerd, onder wie vrouwen en kinderen. Dat zeggen een lokale bestuurder en bewoners tegen persbureau Reuters. Volgens sommige dorpelingen gaat het zelfs om meer dan zestig mensen.",
    "De aanvallers, in Nigeria 'bandieten' genoemd, kwamen volgens bewoners met tientallen tegelijk op motoren het dorp binnen. Ze schoten in de lucht, plunderden winkels en dreven de ontvoerden te voet het bos in. 'Ze namen iedereen mee die niet snel genoeg kon wegrennen', zegt een man die zich in een graanschuur had verstopt. Doden vielen er volgens de bestuurder niet.",
    "De ontvoerders hebben inmiddels contact opgenomen met familieleden en eisen losgeld. De politie van Zamfara zegt dat eenheden naar het gebied zijn gestuurd om de gijzelaars op te sporen.",
    "Ontvoeringen voor losgeld zijn in het noordwesten van Nigeria uitgegroeid tot een lucratieve industrie. In februari vorig jaar werden in Jangebe, eveneens in Zamfara, 279 schoolmeisjes ontvoerd; zij kwamen na enkele dagen vrij. Het leger zegt zijn operaties in de regio te hebben opgevoerd en vorige maand 'tientallen bandieten' te hebben gedood.",
    "Veel boeren durven hun land niet meer op, waardoor hulporganisaties waarschuwen voor voedseltekorten in het komende seizoen.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Tsafe", 11.9578, 6.9208, 2, wd(P, "zaterdag"), wd(P, "zondag"), tp=2,
       fat=0,
       evid=["In de Nigeriaanse deelstaat Zamfara hebben gewapende mannen in de nacht van zaterdag op zondag zeker 41 inwoners van een dorp bij Tsafe ontvoerd, onder wie vrouwen en kinderen.",
             "Doden vielen er volgens de bestuurder niet."],
       note="Mass abduction in an unnamed village near Tsafe (geo 2), night of Saturday to Sunday as a range; bandits as an unidentified armed group; 0 dead because the text says so."),
], "One abduction near Tsafe. Jangebe (February last year) is background; the army's 'dozens of bandits' last month has no place or day and is a claim, not coded."))

# 2 spoorstaking afgeblazen na akkoord (afgeblazen staking)
P = "2025-02-11"
A(art(P, "Staking bij NS van donderdag gaat niet door: bonden en spoorbedrijf bereiken akkoord", "NU.nl", [
    "De landelijke treinstaking die voor donderdag was aangekondigd, gaat niet door. NS en de vakbonden hebben in de nacht van maandag op dinsdag na urenlang onderhandelen een onderhandelingsresultaat bereikt over een nieuwe cao. Dat hebben beide partijen dinsdagochtend bekendgemaakt.",
    "Het personeel krijgt er volgens het akkoord dit jaar 5 procent loon bij en volgend jaar nog eens 3 procent. Ook komt er een regeling waardoor machinisten en conducteurs met zware diensten eerder kunnen stoppen met werken. 'Dit is een resultaat waar we met vertrouwen mee naar de leden gaan', zei een bestuurder van de grootste spoorbond.",
    "Reizigers kunnen donderdag gewoon met de trein. 'We zijn blij dat we hun een dag vol problemen hebben kunnen besparen', liet NS weten. De vervoerder had voor de stakingsdag al een sterk uitgedunde dienstregeling gepubliceerd.",
    "De onderhandelingen liepen vorige maand vast, waarna de bonden een ultimatum stelden. In 2022 legden spoorstakingen het treinverkeer in grote delen van het land nog meerdere dagen plat, toen het personeel protesteerde tegen de hoge werkdruk.",
    "De leden stemmen de komende twee weken over het akkoord. Wijzen zij het af, dan zijn nieuwe acties niet uitgesloten, waarschuwen de bonden.",
], [], "A planned strike called off after an agreement (a labour deal is no ACLED Agreement); the 2022 strikes are old. Not coded."))

# 3 ELN-droneaanval op politiebureau in Saravena (Colombia), zondagavond
P = "2024-10-15"
A(art(P, "ELN valt politiebureau in Colombiaanse grensstad aan met drones", "Trouw", [
    "Het Colombiaanse guerrillaleger ELN heeft zondagavond het politiebureau van Saravena, in het oostelijke departement Arauca, aangevallen met explosieven die vanaf drones werden gedropt. Twee agenten raakten gewond. Doden vielen er niet, meldt de Colombiaanse Ombudsman, die het geweld in de regio bijhoudt.",
    "Bewoners hoorden rond negen uur drie explosies kort na elkaar. Eén lading kwam op het dak terecht, de andere twee op de binnenplaats, waar dienstvoertuigen stonden. 'Eerst hoorden we een zoemend geluid, daarna trilden de ramen', vertelt een winkelier aan de overkant.",
    "De ELN liet maandag in een verklaring weten dat de aanval een 'antwoord' was op militaire operaties in de regio. President Gustavo Petro veroordeelde de aanval en schreef dat 'wie zegt vrede te willen, geen bommen gooit'.",
    "De aanval zet de vredesbesprekingen met de ELN verder onder druk. Die liggen sinds september stil, nadat de guerrilla met een bomauto een militaire basis in Puerto Jordán had aangevallen, waarbij twee soldaten omkwamen.",
    "In Arauca vechten de ELN en een afsplitsing van de voormalige FARC al jaren om de controle over smokkelroutes naar Venezuela. Drones worden daarbij steeds vaker ingezet, zeggen onderzoekers, omdat ze goedkoop zijn en moeilijk te onderscheppen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "ELN", 2, "Police Forces of Colombia", 1, "Colombia", "Arauca", "Saravena", 6.9556, -71.8722, 1, wd(P, "zondag"),
       fat=0, inj=2,
       evid=["Het Colombiaanse guerrillaleger ELN heeft zondagavond het politiebureau van Saravena, in het oostelijke departement Arauca, aangevallen met explosieven die vanaf drones werden gedropt.",
             "Twee agenten raakten gewond.",
             "Doden vielen er niet, meldt de Colombiaanse Ombudsman, die het geweld in de regio bijhoudt."],
       note="ELN drone-dropped explosives on the Saravena police station on Sunday: drone strike by a non-state actor; 0 dead as stated, two injured."),
], "One ELN drone attack in Saravena. The September car bomb at Puerto Jordán is older background without its own day; not coded."))

# 4 jaarcijfers Amsterdamse criminaliteit (statistiek)
P = "2025-01-16"
A(art(P, "Minder explosies, meer jonge daders: de Amsterdamse geweldscijfers van 2024", "Het Parool", [
    "In Amsterdam zijn vorig jaar minder explosieven tot ontploffing gebracht bij woningen en bedrijven dan een jaar eerder. De politie telde er 112, tegen 134 in 2023. Het aantal schietincidenten bleef met 41 ongeveer gelijk. Dat blijkt uit de jaarcijfers die burgemeester, politie en Openbaar Ministerie donderdag presenteerden.",
    "Zorgelijk vindt de driehoek vooral de leeftijd van de daders. Van de verdachten die voor een explosie werden opgepakt, was bijna de helft jonger dan achttien. 'Het zijn kinderen die zich via Snapchat laten inhuren voor een paar honderd euro', zei de hoofdofficier van justitie. 'Ze hebben geen idee wat ze aanrichten.'",
    "Ook het aantal steekincidenten onder jongeren daalde licht, maar het aantal aanhoudingen voor wapenbezit steeg juist. De politie schrijft dat toe aan de preventieve fouilleeracties in onder meer Zuidoost en Nieuw-West.",
    "De burgemeester sprak van 'een voorzichtig lichtpuntje'. 'Maar achter elk van deze getallen zit een gezin dat 's nachts uit bed werd geblazen, of een straat die weken in angst leeft.'",
    "Volgens de politie houden veel explosies verband met afpersing en schulden in het criminele circuit. Bij twee aanslagen op bedrijfspanden in oktober was er mogelijk sprake van een vergissing in het adres.",
], [], "Annual crime statistics for Amsterdam; the October incidents are old and criminal. Not coded."))

# 5 rellen in Kuregem (Anderlecht) na dood van jongen bij achtervolging
P = "2023-04-18"
A(art(P, "Nacht van rellen in Kuregem na dood van jongen bij politieachtervolging", "De Standaard", [
    "In de Brusselse wijk Kuregem, in Anderlecht, is het zondagavond tot zware rellen gekomen. Tientallen jongeren bekogelden de politie met stenen en vuurwerk, staken vuilnisbakken en minstens vijf auto's in brand en vernielden de ruiten van een bushokje. Negen agenten raakten lichtgewond. De politie zette een waterkanon in om de groepen uiteen te drijven.",
    "Aanleiding was de dood van een 17-jarige jongen uit de wijk, die zaterdagmiddag met zijn scooter tegen een bestelwagen botste toen hij op de vlucht was voor een politiepatrouille. Hij overleed later in het ziekenhuis. Op sociale media circuleerden daarna oproepen om 'gerechtigheid' te eisen.",
    "Zondag rond zes uur hielden familie en vrienden een stille wake aan de Clemenceaulaan. Die verliep in alle rust. Toen de familie vertrokken was, bleef een groep jongeren hangen en sloeg de stemming om. Aanhoudingen werden er volgens het parket niet verricht; de politie bekijkt camerabeelden.",
    "'Het verdriet van de familie is groot en terecht, maar dit is geen manier om het te uiten', zei de burgemeester van Anderlecht maandag. Het Comité P onderzoekt de achtervolging. Het is niet de eerste keer dat een dood bij een politieoptreden in Anderlecht tot onrust leidt: in april 2020 kwam het in dezelfde buurt tot rellen na de dood van de 19-jarige Adil.",
    "Voor woensdag is een mars naar het politiecommissariaat aangekondigd.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels", "Anderlecht", 50.8365, 4.3082, 1, wd(P, "zondag"),
       inj=9,
       evid=["In de Brusselse wijk Kuregem, in Anderlecht, is het zondagavond tot zware rellen gekomen.",
             "Tientallen jongeren bekogelden de politie met stenen en vuurwerk, staken vuilnisbakken en minstens vijf auto's in brand en vernielden de ruiten van een bushokje."],
       note="Riot against the police in Kuregem on Sunday evening after the vigil, over the death in a chase: violent demonstration. The peaceful vigil that preceded it at the same place and day is folded into this one event (borderline: could be a separate peaceful protest)."),
], "One violent demonstration in Anderlecht on Sunday. The scooter crash during the chase (accident), the 2020 riots (old) and Wednesday's announced march are not coded."))

# 6 explosie in chemiebedrijf (industrieel ongeval)
P = "2021-09-14"
A(art(P, "Twee doden bij explosie in chemiebedrijf in Antwerpse haven", "Belga", [
    "Bij een explosie in een chemiebedrijf in de Antwerpse haven zijn maandagnamiddag twee arbeiders om het leven gekomen. Een derde werknemer raakte zwaargewond. De ontploffing gebeurde tijdens onderhoudswerken aan een opslagtank op het terrein in Kallo, op de Linkeroever.",
    "Volgens de brandweer ontstond de explosie toen een tank die leeg had moeten zijn, nog resten van een ontvlambare stof bevatte. De klap was tot in Beveren te horen. 'Het leek alsof er een bom ontplofte', zegt een man die op een naburig terrein aan het werk was. Een zwarte rookwolk hing urenlang boven de haven.",
    "Omwonenden kregen via BE-Alert het advies om ramen en deuren te sluiten. Metingen wezen later uit dat er geen gevaarlijke stoffen in de lucht waren terechtgekomen.",
    "Het arbeidsauditoraat heeft een onderzoek geopend. De vakbonden eisen duidelijkheid over de veiligheidsprocedures. 'Het gaat om onderaannemers, mensen die vaak onder hoge tijdsdruk werken', zegt een vakbondsafgevaardigde. 'Dat mag nooit ten koste gaan van hun leven.'",
    "Het bedrijf liet in een korte verklaring weten 'diep geschokt' te zijn en volledig mee te werken aan het onderzoek. De productie ligt voorlopig stil.",
], [], "An industrial explosion during maintenance work: accident, not coded."))

# 7 politie beëindigt bezetting universiteitsgebouw in Utrecht (dinsdagavond)
P = "2024-05-15"
A(art(P, "Politie beëindigt bezetting van universiteitsgebouw in Utrecht", "AD", [
    "De politie heeft dinsdagavond een bezetting van een universiteitsgebouw in de Utrechtse binnenstad beëindigd. Enkele honderden studenten en medewerkers hadden zich 's middags in de hal van het gebouw aan de Drift verzameld om te eisen dat de Universiteit Utrecht de banden met Israëlische instellingen verbreekt.",
    "De actievoerders zetten tenten op, hingen Palestijnse vlaggen uit de ramen en hielden urenlang toespraken. Toen de universiteit rond negen uur aangifte deed van lokaalvredebreuk, gaf de burgemeester opdracht het gebouw te ontruimen. Agenten droegen de laatste tientallen bezetters naar buiten. Volgens aanwezigen werd daarbij ook geduwd met wapenstokken; de politie zegt dat niemand gewond raakte. Aanhoudingen volgden niet.",
    "Een woordvoerder van de universiteit zei begrip te hebben voor de zorgen van studenten. 'Maar een gebouw bezetten waar ook tentamens worden afgenomen, gaat te ver.' Het college van bestuur heeft de studenten uitgenodigd voor een gesprek volgende week.",
    "De actievoerders zijn teleurgesteld. 'We hebben vreedzaam gedemonstreerd en werden behandeld als criminelen', zegt een van de woordvoerders, een masterstudent geschiedenis.",
    "De studenten kondigden aan donderdag opnieuw te demonstreren, dit keer op het Domplein.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Utrecht", "Utrecht", 52.0907, 5.1214, 1, wd(P, "dinsdag"),
       evid=["De politie heeft dinsdagavond een bezetting van een universiteitsgebouw in de Utrechtse binnenstad beëindigd.",
             "Agenten droegen de laatste tientallen bezetters naar buiten."],
       note="Peaceful occupation ended by police removal on Tuesday evening: protest with intervention; no arrests, no injuries reported by police."),
], "One protest with intervention in Utrecht on Tuesday; Thursday's announced demonstration is future, not coded."))

# 8 overstromingen in Beledweyne (natuurramp)
P = "2023-11-13"
A(art(P, "Hele stad onder water: honderdduizenden Somaliërs op de vlucht voor overstromingen", "NOS", [
    "In het midden van Somalië zijn honderdduizenden mensen op de vlucht geslagen voor zware overstromingen. In de stad Beledweyne trad de rivier de Shabelle na dagenlange regen buiten haar oevers. Volgens de VN staat vrijwel de hele stad onder water en zijn sinds begin oktober in het land zeker 29 mensen verdronken.",
    "Beelden van lokale journalisten laten zien hoe bewoners met hun bezittingen op hun hoofd door het water waden. Anderen worden in kleine bootjes naar hoger gelegen delen van de stad gebracht. 'Alles wat we hadden, is weg. Onze geiten, ons huis, onze voorraad', zegt een moeder van zes kinderen in een tentenkamp buiten de stad.",
    "De regen is het gevolg van het weerfenomeen El Niño, versterkt door hoge temperaturen in de Indische Oceaan. Het is een wrede speling van het lot: tot vorig jaar leed dezelfde regio onder de zwaarste droogte in veertig jaar.",
    "Hulporganisaties waarschuwen voor uitbraken van cholera en malaria in de overvolle kampen. Bovendien is de hulpverlening moeizaam, omdat veel wegen onbegaanbaar zijn en delen van het platteland in handen zijn van Al-Shabaab.",
    "De Somalische regering heeft de noodtoestand uitgeroepen en vraagt internationale donoren om extra geld.",
], [], "Floods in Beledweyne: natural disaster; Al Shabaab's control of the countryside is background. Not coded."))

# 9 leger slaat aanval van TTP op post in Mir Ali af; alleen cijfers van partijen
P = "2023-08-23"
A(art(P, "Pakistaans leger slaat aanval op controlepost in Noord-Waziristan af", "ANP", [
    "Het Pakistaanse leger heeft dinsdag in Mir Ali, in het noordwesten van het land, een aanval van militanten op een controlepost afgeslagen. Dat meldt de persdienst van het leger. Bij de urenlange vuurgevechten zijn volgens het leger acht aanvallers 'geëlimineerd' en vier soldaten om het leven gekomen.",
    "De aanval begon volgens bewoners kort na zonsopgang. 'Er werd geschoten met zware wapens, daarna hoorden we explosies', zegt een winkelier die telefonisch werd bereikt. Het mobiele netwerk in de regio werd na de aanval afgesloten, waardoor onafhankelijke bevestiging van de cijfers niet mogelijk is.",
    "De Pakistaanse Taliban (TTP) eisten de aanval op. In een verklaring spraken zij van 'tientallen gedode soldaten' en ontkenden zij verliezen in eigen gelederen.",
    "De TTP zegde in november vorig jaar een staakt-het-vuren met de regering op. Sindsdien is het geweld in de provincie Khyber Pakhtunkhwa sterk toegenomen. Bij een zelfmoordaanslag op een moskee in een politiecomplex in Peshawar kwamen in januari meer dan honderd mensen om.",
    "Islamabad beschuldigt de Taliban-regering in Kabul ervan TTP-strijders onderdak te bieden, wat Kabul ontkent.",
], [
    ev("Battles", "Armed clash", "Tehrik-i-Taliban Pakistan", 2, "Military Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", 33.0000, 70.2700, 1, wd(P, "dinsdag"),
       claimed=[claim(12, 12, "Military Forces of Pakistan", "acht aanvallers 'geëlimineerd' en vier soldaten om het leven gekomen"),
                claim(12, None, "Tehrik-i-Taliban Pakistan", "'tientallen gedode soldaten'")],
       evid=["Het Pakistaanse leger heeft dinsdag in Mir Ali, in het noordwesten van het land, een aanval van militanten op een controlepost afgeslagen.",
             "De Pakistaanse Taliban (TTP) eisten de aanval op."],
       note="TTP attack on a checkpoint in Mir Ali repelled on Tuesday: armed clash. Every toll comes from a party (army 8+4, TTP 'dozens'), so fatalities stay null and the counts go to claims."),
], "One armed clash in Mir Ali. The Peshawar mosque bombing (January) and the end of the ceasefire are old background, not coded."))

# 10 cholera in Sudan (ziekte, oorlog als achtergrond)
P = "2024-10-02"
A(art(P, "Cholera grijpt om zich heen in Sudan: 'De oorlog heeft de ziekenhuizen gesloopt'", "de Volkskrant", [
    "In Sudan verspreidt cholera zich in hoog tempo. Sinds de uitbraak in juli zijn volgens de Wereldgezondheidsorganisatie meer dan twintigduizend mensen besmet geraakt en ruim zeshonderd overleden. Vooral in de oostelijke deelstaten Kassala en Gedaref, waar honderdduizenden ontheemden in overvolle kampen wonen, loopt het aantal patiënten snel op.",
    "'We hebben geen zoutoplossing meer, geen schone naalden, soms zelfs geen stroom', zegt een arts in Kassala aan de telefoon. 'Mensen komen van ver, lopend, en sterven soms bij de poort.'",
    "Volgens artsenorganisaties is de epidemie een rechtstreeks gevolg van de oorlog tussen het leger en de paramilitaire RSF, die sinds april vorig jaar het land verscheurt. Zeker zeventig procent van de ziekenhuizen in de oorlogsgebieden werkt niet meer. Waterleidingen en zuiveringsinstallaties zijn kapotgeschoten of staan stil door gebrek aan brandstof.",
    "Ook het regenseizoen speelt een rol. Overstromingen hebben putten en latrines vervuild. In Darfur, waar hulporganisaties nauwelijks toegang hebben, is de situatie vermoedelijk nog erger dan de officiële cijfers doen vermoeden.",
    "De WHO is een vaccinatiecampagne begonnen, maar heeft nog maar een fractie van het benodigde geld binnen.",
], [], "Cholera epidemic with war as cause: disease and aggregate figures, no event with its own place and time. Not coded."))

# 11 prijzenoorlog tussen supermarkten (zaken met oorlogswoorden)
P = "2023-03-08"
A(art(P, "Albert Heijn opent de aanval: supermarktoorlog laait weer op", "NRC", [
    "De strijd om de Nederlandse boodschappenkar is opnieuw losgebarsten. Albert Heijn verlaagt vanaf maandag de prijs van ruim duizend huismerkproducten, meldde het concern woensdag. Analisten spreken van 'een frontale aanval' op discounters als Lidl en Aldi, die het afgelopen jaar marktaandeel veroverden nu consumenten door de inflatie op de kleintjes letten.",
    "Het is de grootste prijsverlaging van de marktleider sinds de beruchte prijzenoorlog van 2003, die uiteindelijk meerdere kleinere ketens de kop kostte. 'Dit is een schot voor de boeg', zegt een retailanalist. 'Albert Heijn laat zien dat het zijn stellingen niet zonder slag of stoot opgeeft.'",
    "Lidl reageerde strijdbaar. 'Wij zijn al jaren de goedkoopste en dat blijven we', zei een woordvoerder. Jumbo, dat het afgelopen jaar onder vuur lag door interne problemen, liet weten 'de ontwikkelingen nauwlettend te volgen'.",
    "Leveranciers kijken met zorg naar het offensief. Zij vrezen dat de supermarkten de lagere prijzen op hen zullen verhalen. Ook boerenorganisaties waarschuwen dat in een prijzenslag uiteindelijk 'de boer het slachtoffer is'.",
    "Voor de consument is het op korte termijn goed nieuws. Volgens het CBS waren boodschappen in februari nog ruim 15 procent duurder dan een jaar eerder.",
], [], "A supermarket price war told with war words (aanval, strijd, offensief, veroverden): business, not coded."))

# 12 arrestatie van drie journalisten in Addis Abeba (woensdag)
P = "2025-05-08"
A(art(P, "Drie journalisten opgepakt in Addis Abeba", "ANP", [
    "De Ethiopische federale politie heeft woensdag in Addis Abeba drie journalisten van een onafhankelijk YouTube-nieuwskanaal gearresteerd. Dat melden collega's en de persvrijheidsorganisatie CPJ. Agenten vielen volgens collega's de studio in de wijk Bole binnen, namen de drie mee en legden beslag op camera's en laptops.",
    "Het kanaal deed de afgelopen weken uitgebreid verslag van een staking van artsen in overheidsziekenhuizen, die betere lonen en werkomstandigheden eisen. De politie bevestigde de arrestaties en zei dat de journalisten worden verdacht van 'het verspreiden van valse informatie die de openbare orde bedreigt'.",
    "'Dit is een patroon: wie bericht over onvrede, wordt de mond gesnoerd', zegt een vertegenwoordiger van CPJ in Nairobi. 'De drie moeten onmiddellijk worden vrijgelaten.' Familieleden zeggen nog niet te weten waar de mannen worden vastgehouden.",
    "Ethiopië staat al jaren laag op de internationale ranglijsten voor persvrijheid. Sinds het uitbreken van de gewapende strijd in de regio Amhara in de zomer van 2023 werden tientallen journalisten korter of langer vastgezet, vaak zonder aanklacht.",
    "De regering van premier Abiy Ahmed heeft verklaard dat de staking van de artsen 'politiek gemotiveerd' is en heeft de artsen opgeroepen het werk te hervatten.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Ethiopia", 1, "Civilians (Ethiopia)", 7, "Ethiopia", "Addis Ababa", "Addis Ababa", 9.0300, 38.7400, 1, wd(P, "woensdag"),
       evid=["De Ethiopische federale politie heeft woensdag in Addis Abeba drie journalisten van een onafhankelijk YouTube-nieuwskanaal gearresteerd.",
             "Agenten vielen volgens collega's de studio in de wijk Bole binnen, namen de drie mee en legden beslag op camera's en laptops."],
       note="Arrest of three journalists on Wednesday: Arrests (journalists are coded per the codebook); the journalists as Civilians (Ethiopia)."),
], "One arrest of journalists in Addis Ababa. The doctors' strike has no place or day of its own here and is not coded; the jailings since 2023 are aggregate."))

# 13 opiniestuk over defensie-uitgaven (opinie)
P = "2025-06-20"
A(art(P, "Vijf procent voor defensie is geen strategie, het is een getal", "de Volkskrant", [
    "Volgende week komen de regeringsleiders van de NAVO in Den Haag bijeen, en het belangrijkste resultaat staat al vast: de lidstaten beloven op termijn vijf procent van hun economie aan defensie en veiligheid uit te geven. Wie het daar niet mee eens is, wordt al snel weggezet als naïef. Toch is dat precies wat een open samenleving nodig heeft: het gesprek over waarvoor we dat geld uitgeven.",
    "Niemand ontkent dat de dreiging reëel is. Rusland voert al ruim drie jaar een oorlog van uitputting in Oekraïne en test met sabotage en cyberaanvallen ook de grenzen van Europa. Maar een percentage is geen plan. Wie de miljarden eerst toezegt en pas daarna bedenkt wat ermee moet, koopt vooral wat de industrie toevallig op de plank heeft liggen.",
    "Bovendien zwijgt het debat over de prijs. Vijf procent betekent tientallen miljarden per jaar, geld dat ergens vandaan moet komen: uit de zorg, uit het onderwijs of uit de portemonnee van de burger. Dat mag best, maar zeg het dan eerlijk.",
    "Europa moet zich kunnen verdedigen, daar valt niet over te twisten. Maar de slag om de veiligheid wordt niet alleen met tanks gewonnen. Een samenleving die het vertrouwen in haar eigen instellingen verliest, is kwetsbaarder dan een land met een paar fregatten minder.",
    "De auteur is hoogleraar internationale betrekkingen.",
], [], "Opinion piece on defence spending with war vocabulary; the NATO summit is future. Not coded."))

# 14 vredesbesprekingen Congo-M23 in Doha (vredesbesprekingen)
P = "2025-04-25"
A(art(P, "Congo en M23 praten in Doha over vrede, maar vertrouwen is ver te zoeken", "De Morgen", [
    "Vertegenwoordigers van de Congolese regering en de rebellenbeweging M23 zitten in de Qatarese hoofdstad Doha opnieuw samen aan tafel. Het is de eerste keer dat Kinshasa rechtstreeks met de rebellen onderhandelt, die sinds het begin van het jaar de grote steden Goma en Bukavu in handen hebben.",
    "Volgens diplomaten gaat het in deze fase vooral over een bestand dat ook op het terrein gerespecteerd wordt. Een eerdere belofte om de wapens te laten zwijgen, bleef grotendeels dode letter. 'We zijn er nog lang niet', zegt een westerse diplomaat in Kinshasa. 'Beide partijen praten, maar bereiden zich ook voor op de volgende ronde gevechten.'",
    "Bewoners van het territorium Masisi zeggen dat er nog altijd sporadisch wordt gevochten tussen de M23 en lokale milities die aan de kant van het leger staan. De humanitaire situatie in Noord- en Zuid-Kivu is volgens de VN 'catastrofaal': meer dan zeven miljoen Congolezen zijn op de vlucht.",
    "Parallel aan de gesprekken in Doha lopen in Washington onderhandelingen tussen Congo en Rwanda, dat ervan wordt beschuldigd de M23 met troepen en wapens te steunen. Kigali ontkent dat. De Verenigde Staten zouden in ruil voor vrede willen investeren in de Congolese mijnsector.",
    "Een akkoord wordt op zijn vroegst over enkele weken verwacht.",
], [], "Peace talks without an agreement; the fall of Goma and Bukavu is old; the 'sporadic fighting' in Masisi has no day (borderline, not coded)."))

# 15 ministersbezoek aan Kyiv (politieke toespraak over oorlog)
P = "2024-08-27"
A(art(P, "Minister in Kyiv: 'Nederland steunt Oekraïne zolang als nodig'", "NOS", [
    "De Nederlandse minister van Buitenlandse Zaken heeft dinsdag bij een bezoek aan Kyiv nieuwe steun aan Oekraïne toegezegd. Nederland trekt dit jaar nog eens 400 miljoen euro uit voor luchtverdediging en de reparatie van het zwaar getroffen energienet. 'Wij laten Oekraïne niet vallen, niet nu en niet straks', zei hij op een persconferentie met zijn Oekraïense ambtgenoot.",
    "Tijdens de persconferentie ging het luchtalarm af, waarna de ministers het gesprek in een schuilkelder voortzetten. Voor Oekraïners is dat inmiddels routine. Volgens de Oekraïense regering is sinds het voorjaar bijna de helft van de elektriciteitscentrales in het land beschadigd of verwoest.",
    "De minister legde ook bloemen bij de muur van de gesneuvelden in het centrum van de stad. 'Elke naam staat voor een gezin dat zijn vader of zoon kwijt is', zei hij.",
    "Over het Oekraïense offensief in de Russische regio Koersk, dat begin deze maand begon, was de minister voorzichtig. 'Oekraïne heeft het recht zich te verdedigen, ook door aanvallen op militaire doelen in Rusland. Verder ga ik daar niet over speculeren.'",
    "Nederland is een van de grootste donoren van militaire steun aan Oekraïne. Eerder dit jaar werden de eerste F-16's geleverd die Nederland samen met Denemarken en Noorwegen beschikbaar stelt.",
], [], "Ministerial visit and speech; an air-raid alarm is not an event; the Kursk offensive and power-plant damage are aggregate background. Not coded."))

# 16 man opgepakt voor bedreigen van Kamerlid (één gewone verdachte, bedreiging)
P = "2023-10-10"
A(art(P, "Man (52) uit Apeldoorn opgepakt voor doodsbedreigingen aan Kamerlid", "AD", [
    "De politie heeft maandag een 52-jarige man uit Apeldoorn aangehouden die een Tweede Kamerlid via sociale media met de dood zou hebben bedreigd. Dat meldt het Openbaar Ministerie. De man werd in zijn woning opgepakt en zit vast voor verhoor.",
    "De bedreigingen stonden in berichten die de man de afgelopen weken stuurde. Daarin schreef hij onder meer dat het Kamerlid 'zijn huis beter niet meer uit kon komen'. Het Kamerlid deed aangifte en kreeg tijdelijk extra beveiliging.",
    "Volgens de politie werkte de man alleen. Hij is niet eerder met justitie in aanraking geweest. 'Hij was boos over het stikstofbeleid en de prijzen, en liet zich meeslepen door wat hij online las', zegt iemand uit zijn omgeving.",
    "Bedreigingen van politici zijn de afgelopen jaren sterk toegenomen. Volgens de Nationaal Coördinator Terrorismebestrijding kregen vorig jaar meer dan honderd volksvertegenwoordigers te maken met intimidatie of bedreiging. Verschillende Kamerleden zeiden eerder dat ze zich daardoor minder vrij voelen om zich uit te spreken.",
    "De Kamervoorzitter noemde de aanhouding 'een belangrijk signaal'. 'Wie een politicus bedreigt, bedreigt de democratie.'",
], [], "Arrest of one ordinary man for online threats against an MP: the codebook does not code the arrest of one ordinary person, and threats are not events (borderline, since the target is political)."))

# 17 repatriëring van Belgische kinderen uit kamp in Syrië
P = "2024-11-05"
A(art(P, "Zes Belgische kinderen en twee moeders teruggehaald uit Syrisch kamp", "Belga", [
    "België heeft zes kinderen en twee vrouwen teruggehaald uit het kamp Roj in het noordoosten van Syrië. Ze landden maandagavond met een militair vliegtuig op de luchthaven van Melsbroek. Dat heeft het federaal parket dinsdag bekendgemaakt.",
    "De operatie werd voorbereid in samenwerking met de Koerdische autoriteiten, die de kampen met vrouwen en kinderen van vermoedelijke IS-strijders bewaken. De kinderen, tussen drie en twaalf jaar oud, worden opgevangen door de jeugdhulp. De twee moeders werden bij aankomst aangehouden; zij zijn eerder bij verstek veroordeeld voor deelname aan de activiteiten van een terroristische groep.",
    "'Deze kinderen hebben niet gekozen voor het leven in een kamp', zei de minister van Justitie. 'De veiligheidsrisico's worden beter beheerst als we hen hier opvolgen dan als we ze daar laten.'",
    "In de kampen Roj en al-Hol verblijven nog altijd tienduizenden vrouwen en kinderen. Hulporganisaties beschrijven de omstandigheden als mensonwaardig. Vorig jaar werden in al-Hol tientallen mensen vermoord, vaak door aanhangers van IS die het kamp van binnenuit proberen te controleren.",
    "Volgens het parket verblijven er nog een handvol Belgische kinderen in Syrië. Hun moeders willen niet terugkeren.",
], [], "A repatriation operation; the two mothers' detention on arrival executes an old conviction (borderline, not an Arrests event); the killings in al-Hol are an old aggregate. Not coded."))

# 18 scheepvaart mijdt Rode Zee (zaken, Houthi-dreiging)
P = "2024-06-20"
A(art(P, "Rederijen mijden de Rode Zee nog maanden: 'De dreiging is niet voorbij'", "Het Financieele Dagblad", [
    "De grote containerrederijen blijven voorlopig weg uit de Rode Zee. Dat zeggen Maersk en Hapag-Lloyd, nu de Houthi-rebellen in Jemen hebben aangekondigd hun aanvallen op de scheepvaart 'op te voeren'. Schepen varen daardoor al een half jaar om Kaap de Goede Hoop heen, wat een reis tussen Azië en Rotterdam ruim tien dagen langer maakt.",
    "Sinds november vielen de Houthi's volgens de Amerikaanse marine meer dan zestig koopvaardijschepen aan met raketten en drones. In maart zonk het vrachtschip Rubymar, dat eerder door een raket was geraakt. De Houthi's zeggen te handelen uit solidariteit met de Palestijnen in Gaza.",
    "Voor de haven van Rotterdam en haar klanten zijn de gevolgen voelbaar. Containers komen later en onregelmatiger binnen, en de vrachttarieven zijn sinds december meer dan verdubbeld. 'Het is een oorlog om tijd en ruimte op de schepen', zegt een logistiek ondernemer uit Venlo.",
    "Een internationale marinemissie, waaraan ook Nederland met een fregat bijdraagt, begeleidt schepen door de Golf van Aden. Volgens rederijen is dat onvoldoende om het risico voor bemanningen aanvaardbaar te maken.",
    "Analisten verwachten dat de omvaart duurt tot er een bestand in Gaza is. 'Zolang daar gevochten wordt, varen wij om', zegt een woordvoerder van Maersk.",
], [], "Shipping business with Houthi threats and an aggregate of attacks since November; the Rubymar sinking in March is old. Not coded."))

# 19 interview met chirurg terug uit Gaza (interview zonder eigen tijd)
P = "2024-03-12"
A(art(P, "Amsterdamse chirurg terug uit Gaza: 'Elke nacht kwamen er kinderen binnen met brandwonden'", "Het Parool", [
    "Zes weken werkte traumachirurg Marieke (54) uit Amsterdam in het Europees Ziekenhuis in Khan Younis, in het zuiden van de Gazastrook. Sinds vorige week is ze terug in Nederland, maar slapen lukt nog nauwelijks. 'Ik hoor de drones nog steeds, zelfs hier in mijn slaapkamer.'",
    "Ze vertelt over operatiekamers zonder stroom, over amputaties bij het licht van een telefoon en over patiënten die op de gang op de grond lagen. 'Na elk bombardement in de buurt kwamen ze binnen, tientallen tegelijk. Vaak kinderen, met brandwonden of granaatscherven. We moesten kiezen wie we eerst hielpen. Dat is het zwaarste wat ik ooit heb gedaan.'",
    "Het ziekenhuis draaide op een fractie van de normale capaciteit. Medicijnen, verdoving en schoon water waren schaars. 'Soms gaven we een patiënt alleen paracetamol voordat we opereerden.'",
    "Ze wil niet ingaan op de politieke discussie. 'Ik ben arts. Ik zie wat wapens met lichamen doen, aan welke kant ook.' Wel roept ze de Nederlandse regering op om zich in te zetten voor een staakt-het-vuren en meer hulp. 'Er komt veel te weinig binnen.'",
    "Volgens het ministerie van Volksgezondheid in Gaza, dat onder Hamas valt, zijn sinds oktober meer dan dertigduizend Palestijnen om het leven gekomen. Israël zegt dat het zich uitsluitend richt op Hamas.",
], [], "Interview with a returning surgeon: bombardments described without own place and day, and a Hamas-run ministry's aggregate toll; not coded."))

# 20 aangekondigde onderwijsstaking (toekomst)
P = "2025-02-03"
A(art(P, "Onderwijsbonden kondigen nieuwe stakingsdag aan tegen pensioenplannen", "De Morgen", [
    "De Vlaamse onderwijsvakbonden leggen op maandag 24 februari opnieuw het werk neer. Ze protesteren tegen de pensioenhervorming van de nieuwe federale regering, waardoor leerkrachten langer moeten werken en een lager pensioen krijgen. Dat hebben de drie bonden maandag samen aangekondigd.",
    "Op de stakingsdag wordt ook een betoging in Brussel georganiseerd. De bonden rekenen op tienduizenden deelnemers uit het onderwijs en andere openbare diensten. 'De regering heeft ons niet gehoord. Dan zullen we luider moeten roepen', zegt een vakbondsvoorzitter.",
    "Al in december en januari gingen leerkrachten in groten getale de straat op. Directies waarschuwen dat veel scholen op 24 februari de deuren moeten sluiten of alleen opvang kunnen bieden.",
    "De regering houdt voorlopig vast aan haar plannen. 'We begrijpen de ongerustheid, maar zonder hervorming is ons pensioenstelsel onbetaalbaar', zei de minister van Pensioenen zondag in een televisie-interview. Hij nodigde de bonden uit voor overleg, maar volgens de vakbonden is er 'niets om over te praten zolang de plannen op tafel liggen'.",
    "Ouders reageren verdeeld. Sommigen steunen de leerkrachten, anderen vrezen voor nog meer lesuitval na een schooljaar dat al door een lerarentekort wordt getekend.",
], [], "An announced strike and demonstration (future); the December and January protests have no own day. Not coded."))
