# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 31 Ghent: police end student occupation
p = "2024-05-23"
s1 = "De politie heeft woensdagochtend de bezetting van het universiteitsgebouw Ufo aan de Sint-Pietersnieuwstraat in Gent beëindigd."
s2 = "Zo'n veertig studenten die er sinds vorige week uit protest tegen de samenwerking van de UGent met Israëlische universiteiten verbleven, werden bestuurlijk aangehouden nadat ze weigerden het gebouw te verlaten."
A(art(p, "Politie ontruimt bezet UGent-gebouw: veertig studenten opgepakt", "De Standaard", [
    s1 + " " + s2,
    "Rector Rik Van de Walle had de studenten dinsdagavond een ultimatum gesteld. 'We hebben twee weken lang het gesprek gezocht', zei hij. 'Maar de lessen en examens van duizenden andere studenten kunnen niet langer worden verstoord.' De bezetters hadden matrassen, tenten en Palestijnse vlaggen in de inkomhal gezet.",
    "Volgens de studenten ging de politie hardhandig te werk. 'Ze hebben ons een voor een weggesleept, sommigen aan hun haar', zegt een woordvoerster van de actiegroep End Complicity. De politie ontkent dat er geweld is gebruikt. Er raakte niemand gewond, aldus de politiezone Gent.",
    "Na hun vrijlating lieten de studenten weten dat ze zich niet laten ontmoedigen. Ze kondigen aan dat ze vrijdag met een mars door de binnenstad willen trekken.",
    "Ook aan de KU Leuven en de VUB zijn er sinds begin mei protestkampen. Het Leuvense universiteitsbestuur liet vorige week weten dat het twee samenwerkingsverbanden met Israëlische instellingen opschort. De UGent wil daarover 'in juni' een beslissing nemen.",
], [ev("Protests", "Protest with intervention", "Protesters (Belgium)", 6, "Police Forces of Belgium", 1, "Belgium", "Flanders",
       "Gent", 51.0543, 3.7174, 1, wd(p, "woensdag"), inj=0, evid=[s1, s2],
       note="Police end a pro-Palestinian student occupation of a UGent building, 40 administrative arrests: protest with intervention; nobody injured per police zone.")],
    "One event. The occupation's earlier days (no day given), Leuven/VUB camps (no day) and Friday's planned march are not coded."))

# 32 Shooting in Rotterdam-Zuid (crime, no event)
A(art("2019-04-16", "Man doodgeschoten in portiek in Charlois", "AD", [
    "In een portiek aan de Wolphaertsbocht in Rotterdam-Charlois is maandagavond een 31-jarige man doodgeschoten. Buurtbewoners hoorden rond elf uur meerdere schoten en zagen twee mannen op een scooter wegrijden.",
    "Het slachtoffer was een bekende van de politie. Hij werd vorig jaar nog veroordeeld voor handel in cocaïne. 'We sluiten niet uit dat het om een afrekening gaat', zegt een politiewoordvoerder. Een team van de recherche onderzoekt de zaak.",
    "Kort na de schietpartij werd in de Millinxbuurt een uitgebrande scooter gevonden. De politie onderzoekt of die is gebruikt door de schutters.",
    "Buurtbewoners zijn geschrokken. 'Dit is al de tweede keer in een jaar in deze straat', zegt een vrouw die er al dertig jaar woont. 'Je hoort knallen en je denkt eerst aan vuurwerk. Dan hoor je de sirenes.'",
    "Burgemeester Aboutaleb heeft cameratoezicht in de straat ingesteld voor drie maanden. De politie vraagt getuigen zich te melden.",
], [], "A killing of a known drug dealer, possibly a settling of scores: ordinary crime (no gang war told), not coded."))

# 33 Twenty years after the murder of Theo van Gogh (no event)
A(art("2024-11-02", "Twintig jaar na de moord op Theo van Gogh: 'Hij zou er nu nog scherper in staan'", "NRC", [
    "In het Oosterpark in Amsterdam wordt zaterdag stilgestaan bij de moord op Theo van Gogh, precies twintig jaar geleden. Burgemeester Femke Halsema legt een krans bij het kunstwerk 'De Schreeuw', dat de stad in 2007 liet plaatsen.",
    "Van Gogh werd op 2 november 2004 op de Linnaeusstraat door Mohammed B. vanaf zijn fiets geschoten en daarna met een mes gedood. Op zijn lichaam liet B. een brief achter met een doodsbedreiging aan Ayaan Hirsi Ali, met wie Van Gogh de film 'Submission' had gemaakt. B. kreeg levenslang.",
    "De moord veranderde het debat in Nederland ingrijpend. 'Het was het moment dat het land zijn onschuld verloor', zegt historicus James Kennedy. 'De aanslag, en de moord op Pim Fortuyn twee jaar eerder, hebben de politiek een andere toon gegeven.'",
    "Vrienden van Van Gogh reageren verdeeld op de herdenking. 'Theo had een hekel aan plechtigheden', zegt cineast Gijs van de Westelaken. 'Hij zou hier een grap over maken die niemand in de krant durft te zetten.'",
    "De Schreeuw kreeg vorig jaar een opknapbeurt. Halsema noemt het een 'monument voor de vrije meningsuiting', een waarde die volgens haar 'nooit vanzelf spreekt'.",
], [], "Anniversary of the 2004 murder (and Fortuyn 2002 mentioned): old attacks; the commemoration is no event."))

# 34 Myanmar: junta airstrike on a village in Depayin township
p = "2024-02-20"
s1 = "Bij een luchtaanval van het Myanmarese leger op een dorp in de gemeente Depayin, in de regio Sagaing, zijn zondag zeker veertien burgers omgekomen, onder wie zes kinderen."
s2 = "Een straaljager wierp volgens inwoners twee bommen af op het dorp Ywa Thit, waarvan een insloeg op een klooster waar de dorpsschool was ondergebracht."
s3 = "Een lokale reddingsgroep die de lichamen borg, telde veertien doden en ruim twintig gewonden; de schaduwregering NUG spreekt van zeventien doden."
A(art(p, "Myanmarees leger bombardeert klooster met school: zeker veertien doden", "Trouw", [
    s1 + " " + s2,
    "'De kinderen zaten in de les. Er was geen enkele strijder in het dorp', zei een leraar die de aanval overleefde tegen de Birmese dienst van de BBC. Het klooster is volledig verwoest.",
    s3 + " De junta heeft niet op de berichten gereageerd. Staatsmedia meldden in het algemeen dat het leger in Sagaing 'terroristen' had bestreden.",
    "Het leger zet sinds de staatsgreep van februari 2021 steeds vaker luchtaanvallen in tegen gebieden waar het verzet sterk is. Sagaing is een bolwerk van de Volksverdedigingsstrijdkrachten (PDF), die eind vorig jaar in dezelfde gemeente een politiepost zouden hebben ingenomen. Volgens de VN zijn sinds de staatsgreep meer dan 2,6 miljoen mensen in Myanmar op de vlucht geslagen.",
    "In april vorig jaar kwamen bij een bombardement op het dorp Pazigyi, ook in Sagaing, ruim 160 mensen om het leven. Het was de dodelijkste luchtaanval sinds de staatsgreep.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing",
       "Depayin", 22.6400, 95.4300, 2, wd(p, "zondag"), fat=14, inj=20,
       claimed=[{"low": 17, "high": 17, "claimant": "National Unity Government", "text": "zeventien doden"}],
       evid=[s1, s2, s3],
       note="Junta jet bombing of Ywa Thit village (monastery school) in Depayin township: placed at Depayin, precision 2. 14 dead, 20+ injured from the local rescue group; the NUG (a party to the war) claims 17."), ],
    "One event. The PDF's seizure of a police post 'late last year' (old, no day), the 2023 Pazigyi strike and the UN displacement tally are not coded."))

# 35 Gas explosion in Eindhoven flat (no event)
A(art("2022-03-01", "Gasexplosie in flat in Woensel: bewoner zwaargewond, twintig woningen ontruimd", "Eindhovens Dagblad", [
    "Bij een explosie in een flat aan de Vlokhovenseweg in Eindhoven-Woensel is maandagochtend een 67-jarige man zwaargewond geraakt. De voorgevel van zijn woning op de tweede verdieping werd weggeslagen; glas en brokstukken kwamen tot op de parkeerplaats terecht.",
    "Volgens de brandweer is de explosie vrijwel zeker veroorzaakt door een gaslek. Netbeheerder Enexis trof een lekkende leiding aan bij het fornuis. Twintig woningen in het complex zijn ontruimd; de bewoners zijn opgevangen in een buurthuis.",
    "'Het klonk als een bom', zegt buurvrouw Anja Verhoeven. 'Mijn hele keukenkastje kwam naar beneden. Ik dacht eerst aan zo'n aanslag op een voordeur, dat hoor je tegenwoordig zo vaak.' Politie en brandweer hebben geen aanwijzingen voor opzet gevonden.",
    "Een constructeur onderzoekt of het gebouw veilig is. Woningcorporatie Trudo verwacht dat de meeste bewoners dinsdag terug kunnen. De gewonde man ligt in het Catharina Ziekenhuis.",
], [], "An accidental gas explosion (no intent): not coded."))

# 36 Floods in Somalia (no event)
A(art("2023-11-23", "Overstromingen in Somalië: 'Alsof de hemel openbreekt'", "NOS", [
    "In Somalië zijn door zware overstromingen volgens de regering zeker 96 mensen om het leven gekomen en ruim 700.000 mensen op de vlucht geslagen. De Shabelle en de Juba zijn buiten hun oevers getreden na weken van uitzonderlijk hevige regen.",
    "Het zwaarst getroffen is de stad Beledweyne, waar vrijwel de hele stad onder water staat. Inwoners vluchtten naar hoger gelegen gebied. 'Alsof de hemel openbreekt en niet meer dichtgaat', zei een vrouw tegen een hulporganisatie.",
    "De VN spreken van een 'overstroming die eens in de honderd jaar voorkomt', veroorzaakt door het weerfenomeen El Niño. Het land kwam net uit de ergste droogte in veertig jaar.",
    "Hulpverlening wordt bemoeilijkt doordat wegen zijn weggeslagen en delen van het platteland in handen zijn van de islamistische beweging al-Shabaab. Het leger en de regering van president Hassan Sheikh Mohamud voeren daar sinds vorig jaar een offensief tegen.",
    "Nederland stelt via het Rode Kruis vijf miljoen euro beschikbaar.",
], [], "Floods: natural disaster; the offensive against al-Shabaab is told with no place or day. Not coded."))

# 37 Colombia: ELN talks suspended (no event)
A(art("2025-02-20", "Colombiaanse president schort vredesgesprekken met ELN op", "Trouw", [
    "De Colombiaanse president Gustavo Petro heeft de vredesonderhandelingen met de guerrillabeweging ELN opgeschort. Hij beschuldigt de rebellen van 'oorlogsmisdaden' in de regio Catatumbo, aan de grens met Venezuela, waar sinds half januari zware gevechten woeden tussen de ELN en dissidenten van de vroegere FARC.",
    "Volgens het bureau van de ombudsman zijn bij de gevechten sinds half januari zeker tachtig doden gevallen in de gemeenten Tibú, Teorama en El Tarra en zijn ruim 50.000 mensen op de vlucht geslagen, velen naar de stad Cúcuta. 'Dit is de ergste humanitaire crisis in de regio in decennia', zei ombudsvrouw Iris Marín.",
    "Petro kondigde eerder al de noodtoestand af voor de regio. 'De ELN heeft gekozen voor de weg van de oorlog, ze zullen oorlog krijgen', zei hij in een toespraak.",
    "De onderhandelingen met de ELN, die in 2022 begonnen, leidden een jaar later tot een staakt-het-vuren. Dat liep in augustus af en werd niet verlengd. Het vredesakkoord met de FARC uit 2016 wordt nog altijd geplaagd door dissidente groepen die de wapens niet hebben neergelegd.",
    "De ELN zegt in een verklaring dat het 'de bevolking beschermt tegen de FARC-dissidenten'.",
], [], "The Catatumbo fighting is told only as a toll summed over three towns and five weeks (older than the horizon, no day); the suspension of talks is a political decision and the state of emergency has no day. Not coded."))

# 38 West Bank: settler attack on Sinjil
p = "2024-10-09"
s1 = "Tientallen gemaskerde kolonisten hebben maandagavond het Palestijnse dorp Sinjil, ten noorden van Ramallah op de bezette Westelijke Jordaanoever, aangevallen."
s2 = "Ze staken auto's en een woning in brand en openden het vuur op inwoners die zich verzetten; een twintigjarige man werd in de borst geraakt en overleed later in het ziekenhuis van Ramallah."
s3 = "Vier andere Palestijnen raakten gewond, meldt de Palestijnse Rode Halve Maan."
A(art(p, "Palestijn gedood bij aanval van kolonisten op dorp bij Ramallah", "NOS", [
    s1 + " " + s2 + " " + s3,
    "Beelden op sociale media tonen brandende auto's en mannen met knuppels die door een straat rennen. 'Ze kwamen van de heuvel, met tientallen tegelijk', zegt de burgemeester van Sinjil. 'Het leger stond erbij en keek toe.'",
    "Het Israëlische leger zegt dat soldaten ter plaatse kwamen 'om de confrontatie te beëindigen' en dat de zaak wordt onderzocht. Er is niemand aangehouden.",
    "Sinds de aanval van Hamas op Israël op 7 oktober vorig jaar is het geweld op de Westelijke Jordaanoever sterk toegenomen. Volgens het VN-bureau OCHA zijn er sindsdien meer dan 1400 aanvallen door kolonisten geweest en zijn ruim 700 Palestijnen gedood, de meesten door het Israëlische leger.",
    "De Europese Unie heeft dit jaar sancties ingesteld tegen een aantal gewelddadige kolonisten. Ook Nederland steunt die maatregelen. Minister Caspar Veldkamp van Buitenlandse Zaken noemde de aanval op Sinjil 'verwerpelijk'.",
], [ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, "Palestine", "West Bank",
       "Sinjil", 32.0330, 35.2630, 1, wd(p, "maandag"), fat=1, inj=4, evid=[s1, s2, s3],
       note="Settler attack on Sinjil with arson and gunfire, one Palestinian killed, four injured (Red Crescent): attack on civilians. Settlers coded as identity militia (4).")],
    "One event. 7 October 2023 (old), the OCHA tallies since then (summed) and the sanctions are not coded; the army's presence is no separate event (no violence by it told)."))

# 39 Haiti: UN quarterly tally (no event)
A(art("2024-07-12", "VN: ruim 1300 doden door bendegeweld in Haïti in drie maanden", "NRC", [
    "In Haïti zijn tussen april en juni ruim 1300 mensen gedood door bendegeweld, meldt het mensenrechtenbureau van de Verenigde Naties in een nieuw rapport. Nog eens 920 mensen raakten gewond en 180 mensen werden ontvoerd.",
    "Het grootste deel van het geweld vond plaats in de hoofdstad Port-au-Prince, waar de bendecoalitie Viv Ansanm volgens de VN zo'n tachtig procent van het grondgebied controleert. Maar ook in het departement Artibonite, de graanschuur van het land, nam het aantal doden sterk toe.",
    "Het rapport beschrijft ook het optreden van burgerwachten, die volgens de VN honderden vermeende bendeleden hebben gelyncht. 'Geweld roept geweld op', zegt VN-commissaris Volker Türk.",
    "Eind juni kwamen de eerste Keniaanse politieagenten aan in Port-au-Prince als onderdeel van een internationale veiligheidsmissie. Zij moeten de Haïtiaanse politie helpen de controle over de stad terug te winnen. De missie heeft nog niet ingegrepen in gevechten.",
    "Ruim 580.000 Haïtianen zijn op de vlucht voor het geweld, van wie de helft kinderen.",
], [], "A UN quarterly report: tallies summed over months and places, no single event. Not coded."))

# 40 Farmers' action called off (no event)
A(art("2019-12-17", "Boeren blazen actie in Den Bosch af: 'Het overleg met de provincie loopt'", "Brabants Dagblad", [
    "De trekkeractie die boeren woensdag in Den Bosch wilden houden, gaat niet door. Actiegroep Farmers Defence Force heeft de demonstratie bij het provinciehuis afgeblazen omdat er 'serieus overleg' is met gedeputeerde staten over de stikstofregels voor veehouders.",
    "In oktober liep een boerenprotest in Groningen nog uit de hand toen boeren met een trekker de deur van het provinciehuis ramden. In Brabant bleef het bij de vorige acties rustig, maar de provincie had voor woensdag toch extra politie ingezet.",
    "'We zijn niet van gedachten veranderd', zegt FDF-voorman Mark van den Oever, zelf veehouder in Brabant. 'Maar als de provincie met ons praat, dan gaan we niet de straat op. Dat is een kwestie van fatsoen.'",
    "Gedeputeerde Anne-Marie Spierings bevestigt dat er donderdag een gesprek is. 'We willen dat boeren en natuur allebei een toekomst hebben in Brabant.'",
    "Ook in Zwolle en Arnhem staan voor deze week geen acties meer gepland. De landbouworganisatie LTO houdt zich afzijdig.",
], [], "A called-off protest; the Groningen protest 'in October' is older than the horizon. Not coded."))

# 41 Syrian family in Nijmegen after the fall of Assad (no event)
A(art("2024-12-12", "Syrische Nijmegenaren tussen hoop en twijfel: 'Eerst zien, dan pas terug'", "De Gelderlander", [
    "Bij de familie Alhamoud in Nijmegen-Dukenburg staat de televisie al dagen op Al Jazeera. Sinds rebellen Damascus innamen en president Bashar al-Assad naar Moskou vluchtte, volgen ze elk nieuwsbericht uit hun geboortestad Homs.",
    "'Dertien jaar lang hebben we gehoopt op deze dag', zegt vader Mahmoud, die in 2015 met zijn vrouw en drie kinderen via Turkije naar Nederland kwam. 'Maar we weten nog niet wat er komt. De nieuwe leiders waren ooit van al-Qaida. Ik ga eerst zien, dan pas terug.'",
    "Het weekend vierde de familie het einde van het regime met andere Syrische gezinnen in een buurthuis, met muziek en zoete broodjes. 'Mijn dochter heeft nooit een vrij Syrië gekend', zegt Mahmoud.",
    "Het kabinet heeft besloten de behandeling van asielaanvragen van Syriërs voorlopig stop te zetten. Minister Faber van Asiel en Migratie wil ook kijken of Syriërs met een tijdelijke verblijfsvergunning kunnen terugkeren. Vluchtelingenwerk noemt dat 'veel te vroeg'.",
    "In Nederland wonen ongeveer 160.000 mensen van Syrische afkomst. Zoon Omar studeert in Nijmegen voor verpleegkundige. 'Ik wil helpen het land op te bouwen. Maar niet voordat het veilig is.'",
], [], "A local human-interest story; the rebels' capture of Damascus is backdrop without a day, the family's celebration is a private indoor party. Not coded."))

# 42 Brussels: teachers' march and riot at the end
p = "2025-01-14"
s1 = "Zo'n 30.000 leerkrachten, ouders en leerlingen uit heel België zijn maandag in Brussel op straat gekomen tegen de besparingen in het onderwijs."
s2 = "De stoet trok van het Noordstation naar het Zuidstation en verliep grotendeels rustig, met fluitjes, trommels en spandoeken als 'Geen school zonder leraars'."
s3 = "Aan het einde van de betoging, aan het Zuidstation, bekogelde een groep van een honderdtal gemaskerde jongeren de politie met stenen en vuurwerk en vernielde bushokjes en de ruiten van een bank."
s4 = "De politie zette een waterkanon en traangas in; veertien mensen werden bestuurlijk aangehouden en drie agenten raakten lichtgewond."
A(art(p, "30.000 betogers tegen onderwijsbesparingen, rellen aan het Zuidstation", "De Morgen", [
    s1 + " Ze kwamen met treinen en bussen uit Vlaanderen en Wallonië, waar de onderwijsvakbonden ook een stakingsdag hadden uitgeroepen.",
    s2 + " 'Ik sta al 24 jaar voor de klas en ik heb het nog nooit zo zwaar gehad', zei een lerares uit Mechelen.",
    s3 + " " + s4,
    "De vakbonden namen meteen afstand. 'Die jongeren hebben niets met onze betoging te maken', zei Nancy Libert van ACOD Onderwijs. 'Ze hebben de boodschap van tienduizenden collega's gekaapt.' Burgemeester Jean Spinette van Sint-Gillis sprak van 'een klein groepje dat telkens opduikt'.",
    "De bonden kondigen voor 13 februari een nationale betoging aan, samen met de andere vakbonden, tegen de pensioenplannen van de nieuwe federale regering.",
], [ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, "Belgium", "Brussels",
       "Brussel", 50.8467, 4.3525, 1, wd(p, "maandag"), evid=[s1, s2],
       note="Teachers' national march against education cuts, largely calm: peaceful protest."),
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels",
       "Brussel", 50.8467, 4.3525, 1, wd(p, "maandag"), inj=3, evid=[s3, s4],
       note="Masked youths at the end of the march pelting police and smashing property, met with water cannon and tear gas: violent demonstration, a separate pair of sides; 14 arrests folded in, 3 police injured.")],
    "Two events the same day in Brussels (peaceful march; riot by another group). The strike day itself (no public gathering told) and the 13 February national demonstration (future) are not coded."))

# 43 PSV-Feyenoord (sport, no event)
A(art("2023-04-24", "PSV wint de oorlog van de zenuwen tegen Feyenoord", "Eindhovens Dagblad", [
    "PSV heeft zondagmiddag in een kolkend Philips Stadion met 2-1 gewonnen van Feyenoord. Een treffer van Xavi Simons in de blessuretijd besliste een duel dat meer op een veldslag leek dan op een voetbalwedstrijd: scheidsrechter Danny Makkelie deelde negen gele kaarten uit.",
    "Feyenoord kwam in de eerste helft op voorsprong via Santiago Giménez. Na rust zette PSV de aanval in. Luuk de Jong kopte de gelijkmaker binnen, waarna Simons in de 93e minuut van dichtbij scoorde. 'Dit team geeft zich nooit over', zei trainer Ruud van Nistelrooij.",
    "Aan de kant van Feyenoord was trainer Arne Slot teleurgesteld maar niet verslagen. 'We staan nog steeds acht punten voor. Ze hebben een slag gewonnen, niet de oorlog.'",
    "Supporters van Feyenoord waren niet welkom in Eindhoven, zoals al jaren bij deze wedstrijd. Het bleef rond het stadion rustig; de politie meldde geen incidenten.",
    "PSV speelt donderdag de halve finale van de beker tegen AZ.",
], [], "Sport with war words (war, battle, attack, surrender); no supporter violence. Not coded."))

# 44 Iraq: death sentences for IS members (court, no event)
A(art("2019-06-04", "Iraakse rechtbank veroordeelt Belgische IS-strijder ter dood", "HLN", [
    "Een rechtbank in Bagdad heeft maandag een 32-jarige Belg uit Vilvoorde ter dood veroordeeld wegens lidmaatschap van Islamitische Staat. Tarik J. werd vorig jaar door Koerdische strijders in Syrië gevangengenomen en aan Irak overgedragen.",
    "J. vertrok in 2014 naar Syrië en zou volgens de aanklager hebben meegevochten bij de verovering van Mosul, de grootste stad van Noord-Irak, in juni van dat jaar. Hij ontkent dat en zegt dat hij 'alleen als kok' voor de groep werkte. Het proces duurde nog geen twintig minuten.",
    "Minister van Buitenlandse Zaken Didier Reynders zegt dat België 'zich verzet tegen de doodstraf in alle omstandigheden' en via diplomatieke weg zal proberen de executie te voorkomen. Irak heeft de afgelopen maanden al elf Fransen ter dood veroordeeld.",
    "De familie van J. in Vilvoorde reageert geschokt. 'We weten dat hij verkeerde keuzes heeft gemaakt, maar dit is geen rechtvaardigheid', zegt zijn zus.",
    "In kampen in Noordoost-Syrië zitten nog zo'n vijftig Belgische vrouwen en kinderen van IS-strijders. De regering beslist binnenkort over de repatriëring van de jongste kinderen.",
], [], "A court verdict on an IS member; the 2014 fall of Mosul is old background. Not coded."))

# 45 Man arrested for threatening a minister online (no event)
A(art("2022-06-10", "Zaankanter opgepakt voor bedreiging minister Kaag", "Noordhollands Dagblad", [
    "De politie heeft donderdag in Zaandam een 45-jarige man aangehouden die ervan wordt verdacht minister Sigrid Kaag op sociale media met de dood te hebben bedreigd. Dat meldt het Openbaar Ministerie.",
    "De man zou op Telegram en Facebook meerdere berichten hebben geplaatst waarin hij opriep de minister 'aan de hoogste boom' op te hangen. Hij wordt verdacht van bedreiging en opruiing. Bij een doorzoeking van zijn woning zijn telefoons en een laptop in beslag genomen.",
    "Het is de derde aanhouding in korte tijd voor bedreigingen tegen Kaag. Eerder deze week werd in Amersfoort een man opgepakt die met een brandende fakkel voor haar huis in Den Haag had gestaan. 'Politici worden steeds vaker doelwit', zegt een woordvoerder van het OM.",
    "Volgens de NCTV is het aantal bedreigingen tegen politici de afgelopen twee jaar sterk toegenomen. De Tweede Kamer heeft extra geld uitgetrokken voor de beveiliging van bewindslieden.",
    "De verdachte wordt vrijdag voorgeleid aan de rechter-commissaris.",
], [], "Borderline: the arrest of one ordinary man for online threats against a minister; he is not a militant, activist or political figure, so not coded; the earlier Amersfoort arrest has no day."))
