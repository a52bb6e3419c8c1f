from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 46 Brussel: vakbondsbetoging + rellen aan het Zuidstation
p = "2024-11-14"
s1 = "Zo'n 30.000 mensen hebben woensdag in Brussel betoogd tegen de besparingsplannen van de federale onderhandelaars."
s2 = "Een groep van een honderdtal gemaskerde relschoppers bekogelde de politie aan het Zuidstation met stenen, flessen en vuurwerk en stak twee vuilcontainers in brand."
s3 = "Volgens de politiezone Brussel-Zuid raakten drie agenten lichtgewond."
A(art(p, "Vakbondsbetoging tegen besparingen ontspoort aan het Zuidstation", "De Standaard", [
    s1 + " Dat schat de politie; de vakbonden zelf spreken van 45.000 deelnemers.",
    "De stoet vertrok rond 11 uur aan het Noordstation en trok via de kleine ring naar het Zuidstation. Er werd gefloten, er gingen rookbommen af en er hingen spandoeken van het ACV, het ABVV en de liberale vakbond, met slogans als 'Handen af van ons pensioen'. Ook leerkrachten, spoorpersoneel en verpleegkundigen stapten mee.",
    "Aan het einde van de betoging sloeg de sfeer om. " + s2 + " De politie zette een waterkanon en traangas in om de groep uiteen te drijven.",
    s3 + " Er werden veertien mensen bestuurlijk aangehouden en twee gerechtelijk. 'Die groep had niets met de vakbondsbetoging te maken. Ze kwamen om te vechten', zegt een woordvoerster.",
    "De vakbondstop veroordeelde het geweld, maar noemde de opkomst 'een duidelijk signaal aan wie in de Wetstraat aan de knoppen zit'. 'Dit is nog maar het begin', zei ACV-secretaris Katrien Goossens vanop het podium.",
    "De onderhandelaars van de zogenoemde Arizona-coalitie reageerden voorzichtig. 'Wij luisteren, maar de begroting moet op orde', klonk het. De vakbonden plannen op 13 december een nieuwe actiedag. Een algemene staking wordt niet uitgesloten.",
    "Het openbaar vervoer in en rond Brussel had de hele dag zware hinder. De MIVB liet verschillende metrostations aan de kleine ring dicht, en bij de NMBS reden in de ochtend slechts twee op de drie treinen. Ook op de Brusselse ring stond het verkeer urenlang vast door bussen die betogers uit Wallonië en Vlaanderen aanvoerden.",
    "Handelaars rond het Zuidstation waren donderdagochtend de schade aan het opnemen. 'Het is niet de eerste keer en het zal niet de laatste keer zijn', zegt een cafébaas op het Grondwetplein, wiens terras werd vernield. 'Elke betoging eindigt hier. We zijn het gewoon, maar normaal is het niet.'",
], [ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, "Belgium", "Brussels",
       "Brussels", 50.8467, 4.3525, 1, wd(p, "woensdag"), evid=[s1],
       note="Union march from Noordstation to Zuidstation on Wednesday 13 Nov against austerity plans; the march itself was peaceful."),
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels",
       "Brussels - Saint-Gilles", 50.8357, 4.3366, 1, wd(p, "woensdag"), inj=3, evid=[s2, s3],
       note="Masked group clashed with police at the Zuidstation at the end of the march; 3 officers lightly injured, 16 detained (arrests folded into the riot).")],
    "Two events: the peaceful union march and the riot at its end (different sides). The 13 December action day is future and not coded."))

# 47 Enschede: plofkraak (crime)
A(art("2020-02-04", "Plofkraak op geldautomaat in Enschede-Zuid: bewoners uit bed geschrokken", "Tubantia", [
    "Een harde knal heeft in de nacht van maandag op dinsdag bewoners van de wijk Helmerhoek in Enschede uit hun slaap gehaald. Onbekenden bliezen rond 3.40 uur een geldautomaat op aan de buitengevel van een supermarkt aan de Helmerhoekweg.",
    "De daders gingen er in een donkere Audi vandoor, vermoedelijk richting de A35. Of er geld is buitgemaakt, kan de politie nog niet zeggen. De gevel van de supermarkt raakte zwaar beschadigd; de bovenliggende woningen werden uit voorzorg ontruimd tot de Explosieven Opruimingsdienst (EOD) het pand had gecontroleerd.",
    "'Het leek wel een bom. Mijn ramen trilden en het hele huis stond te schudden', vertelt buurtbewoner Gerrit Olthof (67). 'Je verwacht zoiets toch niet in een rustige wijk als deze.'",
    "Het is de derde plofkraak in Twente in twee maanden. Begin december werd een automaat in Hengelo opgeblazen, in januari sloegen daders toe in Oldenzaal. De politie onderzoekt of er een verband is. Volgens de recherche werken de daders vaak in wisselende samenstelling en komen zij regelmatig uit de regio Utrecht en Amsterdam.",
    "Banken hebben de afgelopen jaren honderden geldautomaten weggehaald of 's nachts afgesloten om plofkraken te voorkomen. De supermarkt blijft dinsdag dicht. Getuigen worden opgeroepen zich te melden.",
    "Voor de bewoners van Helmerhoek is de schrik groot. Een moeder met twee jonge kinderen vertelt dat ze die nacht niet meer heeft geslapen. 'Mijn zoontje vroeg of er oorlog was. Wat zeg je dan?' De gemeente Enschede heeft de getroffen bewoners opvang aangeboden in een hotel, tot de woningen weer veilig zijn verklaard.",
    "Burgemeester Onno van Veldhuizen noemt plofkraken 'levensgevaarlijk voor iedereen die in de buurt woont'. Hij roept banken en supermarkten op om nog kritischer te kijken naar geldautomaten in woonwijken.",
], [], "Plofkraak on an ATM: ordinary crime, no political or gang-war motive; not coded."))

# 48 Aangekondigde staking (HLN)
A(art("2019-05-13", "Vakbonden kondigen spoorstaking aan: 'Reizigers moeten zich voorbereiden op chaos'", "Het Laatste Nieuws", [
    "De spoorbonden hebben maandag een stakingsaanzegging ingediend voor een 48 urenstaking bij de NMBS en Infrabel. Die gaat in op dinsdag 28 mei om 22 uur. Volgens de bonden zal 'zo goed als geen enkele trein' rijden.",
    "Het conflict draait om de personeelsplanning en de vervanging van vertrekkende treinbegeleiders. 'We hebben maanden onderhandeld, maar de directie blijft doof', zegt Dirk Verhulst van de socialistische spoorbond. 'Als het zo verdergaat, gaan we de strijd niet uit de weg.'",
    "De NMBS betreurt de aankondiging. 'Er liggen nog voorstellen op tafel. We roepen de bonden op om terug te keren naar de onderhandelingstafel', zegt een woordvoerder. Het spoorbedrijf belooft de reizigers tijdig te informeren over een eventuele alternatieve dienstregeling.",
    "Reizigersorganisatie Trein Tram Bus spreekt van 'een gijzeling van de pendelaar'. 'Wie elke dag naar Brussel moet, wordt weer de dupe', zegt woordvoerster Nele Tack. Werkgeversorganisaties rekenen op een economische kost van tientallen miljoenen euro.",
    "Het is de vierde spoorstaking in anderhalf jaar. Een verzoeningsvergadering is vastgelegd voor volgende week woensdag.",
], [], "Announced 48-hour rail strike (future); nothing held yet, not coded."))

# 49 Proces aanslagen 22 maart (De Morgen)
A(art("2023-03-08", "Assisenproces aanslagen 22 maart: 'Ik hoor die knal nog elke nacht'", "De Morgen", [
    "Op het assisenproces over de aanslagen van 22 maart 2016 in Zaventem en Maalbeek waren dinsdag opnieuw slachtoffers aan het woord. In het Justitia-gebouw in Haren beschreven zij hoe hun leven sinds die ochtend is veranderd.",
    "Een vrouw uit Leuven, die in de vertrekhal van Brussels Airport stond toen de eerste bom ontplofte, vertelde dat ze nog altijd niet alleen een winkelcentrum kan binnenstappen. 'Ik hoor die knal nog elke nacht. Mijn dochter was toen vier. Ze kent mij alleen nog zoals ik nu ben.'",
    "Een man die in het metrostel in Maalbeek zat, sprak over de rook en de stilte na de explosie. 'Niemand riep. Dat is wat ik het meest onthouden heb: die stilte.'",
    "Bij de aanslagen kwamen 32 mensen om het leven, honderden anderen raakten gewond. Tien beschuldigden staan terecht; zes van hen worden onder meer vervolgd voor terroristische moord. Een van hen wordt vermoedelijk dood gewaand in Syrië en wordt bij verstek berecht.",
    "De verdediging zat er stil bij. Advocaat Michel Claes, die een van de beschuldigden vertegenwoordigt, zei na de zitting dat hij 'alle respect' heeft voor de getuigenissen, maar dat het proces 'over bewijzen moet gaan, niet over emoties'.",
    "Het proces loopt nog tot de zomer. De jury moet zich in juli uitspreken over de schuldvraag.",
    "Voor de slachtoffers is het proces een zware beproeving. Veel van hen volgen de zittingen via een videoverbinding of laten zich vertegenwoordigen door een advocaat. In het gerechtsgebouw staan psychologen klaar voor wie het te zwaar wordt. 'Het is de eerste keer dat ik hier ben. Ik heb er zeven jaar over gedaan om dit te kunnen', zei een man die in Maalbeek zijn vrouw verloor.",
    "Het proces is het grootste dat ooit voor een Belgisch hof van assisen werd gevoerd. Er zijn bijna duizend burgerlijke partijen. Het Justitia-gebouw op de vroegere NAVO-site werd er speciaal voor ingericht.",
], [], "Trial about the March 2016 Brussels attacks: old events recalled with their date, backdrop of a court case; not coded."))

# 50 Steekpartij Antwerpen-Noord (GvA)
A(art("2022-10-13", "Man zwaargewond na steekpartij op De Coninckplein", "Gazet van Antwerpen", [
    "Op het De Coninckplein in Antwerpen-Noord is woensdagavond een 34-jarige man zwaargewond geraakt bij een steekpartij. Hij werd in kritieke toestand naar het ziekenhuis gebracht.",
    "Het incident gebeurde rond 21.30 uur, vlak bij de bibliotheek Permeke. Volgens getuigen kregen twee mannen ruzie, waarna een van hen een mes trok en zijn tegenstander meermaals in de buik stak. De dader sloeg op de vlucht richting de Carnotstraat.",
    "Een patrouille van de politiezone Antwerpen kon een verdachte een half uur later oppakken in de Offerandestraat in Borgerhout. Het gaat om een 29-jarige man zonder vaste verblijfplaats. Het parket vorderde een onderzoeksrechter wegens poging tot doodslag.",
    "'Het ging om een persoonlijk conflict. Volgens de eerste vaststellingen kenden de twee mannen elkaar', zegt Kristof Aerts van het Antwerpse parket.",
    "Handelaars en buurtbewoners rond het plein klagen al langer over onveiligheid. 'We zien hier elke avond ruzies. Ik sluit mijn zaak nu al om acht uur', zegt de uitbater van een nachtwinkel. Schepen voor veiligheid Lieve Dierckx belooft extra patrouilles.",
], [], "Stabbing in a personal dispute and one arrest: ordinary crime, not coded."))

# 51 Tbilisi + Batoemi: protest tegen agentenwet
p = "2024-05-02"
s1 = "In de Georgische hoofdstad Tbilisi heeft de oproerpolitie woensdagavond waterkanonnen, pepperspray en traangas ingezet tegen duizenden betogers die het parlement omsingelden."
s2 = "Het ministerie van Binnenlandse Zaken meldde donderdagochtend dat 63 mensen werden opgepakt en dat elf agenten gewond raakten."
s3 = "Ook in de badplaats Batoemi, aan de Zwarte Zee, trokken woensdagavond enkele honderden mensen de straat op. Daar bleef het rustig."
A(art(p, "Politie Tbilisi zet waterkanon in tegen betogers: tientallen arrestaties", "De Morgen", [
    s1 + " De demonstranten protesteren tegen een wetsvoorstel over 'buitenlandse agenten', dat volgens de oppositie naar Russisch model is geschreven.",
    "Rond middernacht drong de politie vanuit de zijstraten van de Roestaveli-laan op. Op beelden is te zien hoe agenten betogers tegen de grond werken en met knuppels slaan. Een oppositieleider werd met een hoofdwonde naar het ziekenhuis gebracht.",
    s2 + " Het aantal gewonde betogers is niet bekend; ngo's spreken van 'tientallen'.",
    s3,
    "De wet verplicht organisaties die meer dan twintig procent van hun inkomsten uit het buitenland halen, zich te registreren als 'organisatie die de belangen van een buitenlandse mogendheid nastreeft'. Het parlement keurde de tekst woensdag in tweede lezing goed.",
    "De Europese Unie reageerde bezorgd. 'Deze wet is niet verenigbaar met de Europese waarden en het kandidaat-lidmaatschap', zei een woordvoerder van de Commissie. Premier Irakli Kobachidze zei dat de wet 'de transparantie bevordert' en verweet het Westen inmenging.",
    "De oppositie heeft voor het weekend een nieuwe grote betoging aangekondigd.",
    "Het is al de derde week op rij dat in Tbilisi wordt betoogd tegen de wet. Vorig jaar trok de regering een bijna identiek voorstel nog in na massale protesten. Nu lijkt de regeringspartij Georgische Droom vastbesloten om door te zetten. Volgens peilingen wil een grote meerderheid van de Georgiërs dat hun land lid wordt van de Europese Unie.",
], [ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi",
       "Tbilisi", 41.7151, 44.8271, 1, wd(p, "woensdag"), inj=11, evid=[s1, s2],
       note="Protest at parliament on Wednesday 1 May dispersed with water cannon and tear gas; 63 arrested (borderline: the mass arrest is the same place, day and pair of sides, so folded into this event). Injured = the 11 officers counted; protesters' injuries only vague."),
    ev("Protests", "Peaceful protest", "Protesters (Georgia)", 6, None, None, "Georgia", "Adjara",
       "Batumi", 41.6168, 41.6367, 1, wd(p, "woensdag"), evid=[s3],
       note="Several hundred protested in Batumi on Wednesday evening; quiet.")],
    "Two protests on Wednesday 1 May (Tbilisi with intervention, Batumi peaceful); the weekend rally is announced and not coded."))

# 52 Voetbal (Het Nieuwsblad)
A(art("2023-08-29", "Antwerp en Club houden elkaar in evenwicht: 'Dit was oorlog op het veld'", "Het Nieuwsblad", [
    "Wat een strijd op de Bosuil. Antwerp en Club Brugge hielden elkaar zondagavond in evenwicht (2-2) na een wedstrijd waarin geen duimbreed werd toegegeven. Drie rode kaarten, elf gele, een penalty in de slotseconden: dit duel had alles.",
    "Antwerp kwam al na zes minuten op voorsprong via een kanonskogel van Vermeeren. Club sloeg terug met een snelle counter, waarna de rust inging bij 1-1. Na de pauze ging het los. Een ruwe tackle leverde een eerste rode kaart op, en in de tumult die volgde gingen beide banken op de vuist. De scheidsrechter moest de spelers uit elkaar halen.",
    "'Dit was oorlog op het veld, en zo hoort het in zo'n topper', zei Antwerp-trainer Mark van Bommel nadien. 'Mijn jongens hebben gevochten als leeuwen.' Zijn collega aan Brugse kant was minder tevreden over de arbitrage. 'Je kunt niet elke keer het kanon bovenhalen bij een duel.'",
    "In de tribunes bleef het rustig. De politie had een verhoogde paraatheid afgekondigd, maar meldde na afloop geen incidenten en geen aanhoudingen. De supporters van Club waren onder begeleiding met de bus aangekomen.",
    "Antwerp blijft na vier speeldagen ongeslagen en staat samen met Genk aan de leiding. Club Brugge zakt naar de vierde plaats. Volgende week trekt Antwerp naar Standard, waar de bezoekende fans opnieuw niet welkom zijn.",
    "Op de persconferentie na de match gingen de gemoederen nog niet helemaal liggen. De Antwerpse voorzitter sprak van 'een schandalige penalty', terwijl de Brugse sportief directeur vond dat zijn ploeg 'met tien man de betere was'. Het bondsparket zal de beelden van de vechtpartij tussen de banken bekijken. Schorsingen van meerdere speeldagen liggen voor de hand.",
    "Voor de neutrale toeschouwer was het vooral genieten. 'Dit is waarom we naar voetbal kijken', zei een Antwerp-supporter in de Bosuil. 'Hier wordt niet op de bal gespeeld, hier wordt gestreden.'",
], [], "Football report with war metaphors; no incidents in the stands; not coded."))

# 53 Defensiebegroting (De Standaard)
A(art("2018-12-11", "Defensie krijgt er 9 miljard bij: 'Onze troepen moeten weer kunnen vechten'", "De Standaard", [
    "De regering wil tegen 2030 ruim 9 miljard euro extra uittrekken voor Defensie. Dat blijkt uit de strategische visie die minister van Defensie dinsdag in de Kamercommissie voorstelde. België moet zo dichter bij de NAVO-norm van 2 procent van het bbp komen.",
    "Het geld gaat onder meer naar nieuwe gevechtsvliegtuigen, pantservoertuigen voor de landmacht, drones en cyberdefensie. Ook moeten er de komende jaren jaarlijks tot 2.500 nieuwe militairen worden aangeworven om de vergrijzing in het leger op te vangen.",
    "'We hebben jarenlang bespaard op onze veiligheid. Onze troepen moeten opnieuw kunnen vechten, samen met onze bondgenoten', zei de minister. Hij verwees naar de spanningen aan de oostflank van de NAVO en naar de Belgische bijdrage aan de missies in Mali en Litouwen.",
    "De oppositie reageerde verdeeld. Groen sprak van 'een wapenwedloop op kosten van de belastingbetaler'. De PVDA noemde het plan 'oorlogszuchtig' en vroeg het geld te investeren in de zorg. Vlaams Belang vond de inspanning dan weer 'veel te laat en te weinig'.",
    "Volgens de Hoge Raad van Financiën is nog niet duidelijk hoe de extra uitgaven betaald zullen worden. De militaire vakbonden waren tevreden, maar waarschuwden dat het leger 'eerst zijn mensen moet kunnen houden'.",
    "Defensie kampt al jaren met een uitstroom van ervaren militairen. Vooral technici en piloten vertrekken naar de privésector, waar de lonen hoger liggen. Volgens de vakbonden moet het leger daarom eerst investeren in betere lonen en kazernes, en pas daarna in nieuw materieel.",
    "Het plan moet de komende maanden nog door de Kamer worden goedgekeurd. Een definitieve beslissing over de opvolger van de F-16 wordt nog voor het einde van het jaar verwacht.",
], [], "Defence budget and political rhetoric; no event."))

# 54 MH17-herdenking (Haarlems Dagblad)
A(art("2022-07-17", "Herdenking MH17 in Vijfhuizen: 'Acht jaar en nog altijd geen rust'", "Haarlems Dagblad", [
    "Bij het Nationaal Monument MH17 in Vijfhuizen hebben zondag honderden nabestaanden en genodigden de slachtoffers van de vliegramp herdacht. Precies acht jaar geleden werd de Boeing van Malaysia Airlines boven Oost-Oekraïne neergeschoten. Alle 298 inzittenden kwamen om, onder wie 196 Nederlanders.",
    "Tijdens de plechtigheid werden de namen van alle slachtoffers voorgelezen. Premier Rutte legde een krans, net als vertegenwoordigers van Maleisië, Australië en België. Rond het monument staan 298 bomen, één voor elk slachtoffer.",
    "Voor veel nabestaanden weegt de herdenking dit jaar extra zwaar, nu er opnieuw oorlog woedt in Oekraïne. 'Het gebied waar mijn zoon omkwam, ligt nu weer onder vuur', zei een vader uit Heemstede. 'Acht jaar na dato en nog altijd geen rust.'",
    "Het strafproces tegen vier verdachten loopt nog in de zwaarbeveiligde rechtbank bij Schiphol; geen van hen is aanwezig of uitgeleverd. Het Joint Investigation Team doet nog onderzoek naar de verantwoordelijken hogerop in de commandoketen.",
    "Na de officiële plechtigheid bleven nabestaanden nog lang bij het monument. Kinderen legden zonnebloemen, het symbool van de ramp, bij de namenwand.",
], [], "Memorial of the 2014 MH17 downing; old event and a running trial recalled; not coded."))

# 55 Myanmar: luchtaanval bij Budalin
p = "2024-01-15"
s1 = "Bij een luchtaanval van het Myanmarese leger op een dorp in de gemeente Budalin, in de centrale regio Sagaing, zijn zaterdag zeker zeventien burgers om het leven gekomen, onder wie vijf kinderen."
A(art(p, "Zeventien burgers gedood bij luchtaanval op dorp in Myanmar", "VRT NWS", [
    s1 + " Dat melden bewoners en een lokale hulporganisatie.",
    "Volgens ooggetuigen wierp een gevechtsvliegtuig rond het middaguur twee bommen af op het centrum van het dorp, waar op dat moment markt werd gehouden. Ook een boeddhistisch klooster en een school werden getroffen. 'We hebben de hele middag lichamen uit het puin gehaald', vertelde een bewoner telefonisch aan persbureau AFP. Er zouden tientallen gewonden zijn.",
    "De Volksverdedigingsmacht (PDF), het gewapende verzet tegen de junta, spreekt van 25 doden. De militaire regering reageerde niet op vragen. Het leger beweert doorgaans dat het alleen 'terroristen' viseert.",
    "De PDF beweerde vrijdag ook een legerpost bij de stad Kawlin, verder naar het noorden, te hebben ingenomen. Die bewering kon niet onafhankelijk worden bevestigd.",
    "Sinds de staatsgreep van februari 2021 is Sagaing een bolwerk van het verzet. Het leger voert er steeds vaker luchtaanvallen uit. Volgens de VN zijn in het land meer dan 2,6 miljoen mensen op de vlucht.",
    "Het Belgische ministerie van Buitenlandse Zaken roept de junta op 'onmiddellijk een einde te maken aan het geweld tegen burgers'.",
    "Hulporganisaties zeggen dat het steeds moeilijker wordt om de getroffen gebieden te bereiken. De junta heeft de toegang tot grote delen van Sagaing afgesloten, en internet en telefoon vallen er geregeld uit. Ook medicijnen en brandstof raken schaars. 'De mensen hier zijn bang voor elk geluid van een vliegtuig', zegt een medewerker van een lokale hulporganisatie.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing",
       "Budalin", 22.3890, 95.1380, 2, wd(p, "zaterdag"), fat=17,
       claimed=[{"low": 25, "high": 25, "claimant": "People's Defence Force", "text": "De Volksverdedigingsmacht (PDF), het gewapende verzet tegen de junta, spreekt van 25 doden."}],
       evid=[s1],
       note="Air strike on an unnamed village in Budalin township on Saturday 13 Jan; 17 dead per residents and an aid group; PDF's 25 is a party claim. Geo 2: village unnamed, township only.")],
    "One air strike coded. The PDF's claimed capture of a post near Kawlin is unconfirmed and asserted by one side only; not coded (borderline)."))

# 56 Deventer: man doodgeschoten (crime)
A(art("2020-11-20", "Man (41) doodgeschoten in portiek in Deventer: politie tast in het duister", "De Stentor", [
    "In een portiek aan de Rembrandtkade in Deventer is donderdagavond een 41-jarige man doodgeschoten. Omwonenden hoorden rond 22.15 uur meerdere knallen en zagen een man wegrennen in de richting van de Wilhelminabrug.",
    "Hulpdiensten probeerden het slachtoffer nog te reanimeren, maar dat mocht niet baten. Hij overleed ter plaatse. De man woonde volgens buurtbewoners al jaren in het complex en stond bekend als 'een rustige man die altijd groette'.",
    "De politie zette de omgeving urenlang af. Een traumahelikopter landde op de kade. Rechercheurs hebben camerabeelden uit de buurt verzameld en zoeken getuigen. Over een motief kan de politie nog niets zeggen. 'We sluiten niets uit', zegt een woordvoerder van de politie Oost-Nederland.",
    "Burgemeester Ron König sprak van 'een schokkende gebeurtenis voor de stad'. Deventer telde de afgelopen jaren zelden een dodelijke schietpartij; de laatste dateert van 2016.",
    "Wie iets heeft gezien of camerabeelden heeft, wordt gevraagd contact op te nemen met de politie. Er is nog niemand aangehouden.",
], [], "Fatal shooting with no motive known: ordinary crime, not coded."))

# 57 Brand Hasselt (HBvL)
A(art("2019-03-21", "Zware brand in appartementsgebouw Hasselt: twintig bewoners geëvacueerd", "Het Belang van Limburg", [
    "In een appartementsgebouw aan de Kuringersteenweg in Hasselt is woensdagnacht een zware brand uitgebroken. Twintig bewoners moesten hun flat verlaten, vier van hen werden met rookvergiftiging naar het Jessa Ziekenhuis gebracht.",
    "Het vuur ontstond rond 2 uur in een appartement op de derde verdieping en sloeg snel over naar het dak. De brandweer van de zone Limburg Regio Hasselt rukte uit met zes voertuigen en een ladderwagen. Het duurde tot 5 uur voor de brand onder controle was.",
    "'Ik werd wakker van het geroep in de gang. Overal was rook', vertelt bewoonster Martine Lenaerts. 'We zijn in onze pyjama naar buiten gelopen. Ik heb alleen mijn gsm kunnen meenemen.'",
    "De stad Hasselt vangt de bewoners voorlopig op in een vakantiecentrum. Het gebouw is onbewoonbaar verklaard. Een brandexpert van het parket onderzoekt de oorzaak, maar volgens de eerste vaststellingen gaat het om een defecte elektrische installatie. Kwaad opzet wordt uitgesloten.",
    "Burgemeester Steven Vandeput bracht 's ochtends een bezoek aan de getroffen bewoners en beloofde snel hulp bij het zoeken naar een nieuwe woning.",
], [], "Accidental fire; not coded."))

# 58 Friesland: boerenprotest Leeuwarden en Heerenveen
p = "2022-07-05"
s1 = "Honderden boeren zijn maandag met hun trekkers naar het provinciehuis in Leeuwarden getrokken om te protesteren tegen de stikstofplannen van het kabinet."
s2 = "Op de A7 bij Heerenveen staken actievoerders maandagmiddag hooibalen en autobanden in brand op de vluchtstrook."
s3 = "De politie hield daar twee mannen aan."
A(art(p, "Trekkers rond het provinciehuis, brandende hooibalen op de A7", "Leeuwarder Courant", [
    s1 + " Het Oldehoofsterkerkhof stond al rond tien uur vol met tractoren, veel ervan versierd met omgekeerde Nederlandse vlaggen.",
    "Het protest verliep volgens de politie rustig. Een delegatie van de boeren werd binnen ontvangen door gedeputeerde Douwe Hollenga, die beloofde de zorgen 'mee te nemen naar Den Haag'. 'Wij zijn hier niet om te vechten, maar om te laten zien dat het platteland bestaat', zei melkveehouder Sjoerd Wiersma uit Wommels.",
    "Elders in de provincie ging het minder vreedzaam. " + s2 + " Rijkswaterstaat moest de weg richting Joure enkele uren afsluiten. " + s3 + " Zij worden verdacht van het opzettelijk veroorzaken van gevaar voor het verkeer.",
    "Ook in andere provincies waren maandag acties, onder meer bij distributiecentra van supermarkten. De Friese acties sluiten aan bij het grote boerenprotest van vorige week in Stroe, waar tienduizenden boeren bijeenkwamen.",
    "De provincie moet volgens de kabinetsplannen de uitstoot van stikstof in sommige gebieden met meer dan zeventig procent terugdringen. Boerenorganisaties noemen dat 'onhaalbaar'. Nieuwe acties zijn volgens de actiegroepen niet uitgesloten.",
    "In Leeuwarden reageerden voorbijgangers verdeeld. 'Ik snap hun boosheid wel. Als je bedrijf van je grootvader komt en het moet weg, dan word je kwaad', zei een vrouw op de Nieuwestad. Een student vond het protest 'een beetje overdreven'. 'Ze hebben toch ook wel iets met het milieu te maken?'",
    "Het provinciebestuur laat weten dat het in september met een eigen gebiedsplan komt. Tot die tijd blijft de spanning tussen boeren en overheid hoog.",
], [ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Friesland",
       "Leeuwarden", 53.2012, 5.7999, 1, wd(p, "maandag"), evid=[s1],
       note="Farmers' tractor protest at the provincial house on Monday 4 July; calm."),
    ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "Friesland",
       "Heerenveen", 52.9597, 5.9200, 2, wd(p, "maandag"), evid=[s2, s3],
       note="Farmers burned hay bales and tyres on the A7 near Heerenveen; police arrested two. Borderline between Protest with intervention and Violent demonstration (property burned, no violence against people).")],
    "Two events on Monday 4 July: Leeuwarden (peaceful) and the A7 near Heerenveen (with arrests). The protest at Stroe 'last week' is background without its own day; not coded."))

# 59 Terreurarrestaties Antwerpen en Brussel
p = "2021-11-25"
s1 = "Bij huiszoekingen in Berchem en Molenbeek zijn dinsdagochtend vier mensen opgepakt die ervan verdacht worden een terreuraanslag te hebben voorbereid."
s2 = "In Berchem werden twee broers van 19 en 22 jaar aangehouden, in Molenbeek een man van 31 en een minderjarige."
A(art(p, "Vier terreurverdachten opgepakt in Berchem en Molenbeek", "Gazet van Antwerpen", [
    s1 + " Dat heeft het federaal parket woensdag bevestigd.",
    s2 + " Bij de huiszoekingen werden gsm's, laptops en chemische producten in beslag genomen. Wapens werden niet gevonden.",
    "Volgens het parket zouden de verdachten sympathie koesteren voor Islamitische Staat en in een chatgroep hebben gesproken over een aanslag op 'een kerstmarkt of een politiecommissariaat'. 'Het gaat om een vroeg stadium. Er was geen concreet doelwit', zegt een woordvoerder van het federaal parket.",
    "De onderzoeksrechter heeft drie van de vier verdachten woensdag aangehouden voor deelname aan de activiteiten van een terroristische groep en voorbereiding van een terroristisch misdrijf. De minderjarige werd voor de jeugdrechter gebracht.",
    "Het dreigingsniveau blijft op 2 op een schaal van 4, zegt het OCAM. De Antwerpse burgemeester verzekerde dat de kerstmarkt op de Groenplaats gewoon doorgaat, 'met de gebruikelijke veiligheidsmaatregelen'.",
    "Het onderzoek werd opgestart na een tip van een buitenlandse inlichtingendienst.",
], [ev("Strategic developments", "Arrests", "Police Forces of Belgium", 1, "Islamic State", 2, "Belgium", "Flanders",
       "Antwerp - Berchem", 51.1996, 4.4260, 1, wd(p, "dinsdag"), evid=[s1, s2],
       note="Two terror suspects arrested in Berchem on Tuesday 23 Nov. Actor2 Islamic State is borderline: they are only said to sympathise with IS."),
    ev("Strategic developments", "Arrests", "Police Forces of Belgium", 1, "Islamic State", 2, "Belgium", "Brussels",
       "Brussels - Molenbeek-Saint-Jean", 50.8548, 4.3228, 1, wd(p, "dinsdag"), evid=[s1, s2],
       note="Two terror suspects arrested in Molenbeek the same morning; separate place, separate event. Actor2 borderline as above.")],
    "Terror-suspect arrests in two places on Tuesday 23 Nov: two Arrests events. The planned attack is only a plan, not coded."))

# 60 Odesa + Cherson
p = "2023-09-26"
s1 = "Bij een Russische drone-aanval op de havenstad Odesa zijn maandagavond zeker vier mensen om het leven gekomen."
s2 = "In Cherson kwam dinsdagochtend een 68-jarige man om het leven toen een granaat insloeg bij een bushalte in het centrum van de stad."
A(art(p, "Doden bij drone-aanval op Odesa en beschieting van Cherson", "VRT NWS", [
    s1 + " Elf anderen raakten gewond, melden de Oekraïense hulpdiensten.",
    "De drones troffen een graanterminal en een woonblok in de wijk Peresyp. Het dak van het gebouw stortte gedeeltelijk in. Hulpverleners haalden de hele nacht mensen onder het puin vandaan. 'Er was geen militair doelwit in de buurt. Hier wonen gepensioneerden en gezinnen', zei een buurtbewoner aan een Oekraïense tv-zender.",
    "Rusland zegt zelf 'militaire infrastructuur' te hebben aangevallen. Sinds Moskou in juli uit het graanakkoord stapte, is de haven van Odesa herhaaldelijk doelwit geweest.",
    s2 + " Twee anderen raakten gewond. Cherson ligt aan de westoever van de Dnipro en wordt bijna dagelijks vanaf de overkant beschoten.",
    "President Zelensky riep het Westen in zijn avondtoespraak opnieuw op om meer luchtafweer te leveren. 'Elke nacht zonder voldoende afweersystemen kost levens', zei hij.",
    "In Brussel kondigde de Belgische regering aan dat ze een extra pakket van 50 miljoen euro vrijmaakt voor de wederopbouw van de energie-infrastructuur in Oekraïne.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa",
       "Odesa", 46.4825, 30.7233, 1, wd(p, "maandag"), fat=4, inj=11, evid=[s1],
       note="Russian drone strike on Odesa on Monday 25 Sep; 4 dead, 11 injured per emergency services (borderline neutral source). Russian forces abroad coded inter 8."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kherson",
       "Kherson", 46.6354, 32.6169, 1, wd(p, "dinsdag"), fat=1, inj=2, evid=[s2],
       note="Shell hit a bus stop in Kherson on Tuesday morning; 1 dead, 2 injured. Attacker implied (shelled from the Russian-held bank).")],
    "Two strikes coded (Odesa Monday, Kherson Tuesday). Repeated earlier strikes on Odesa port since July are background, not coded."))
