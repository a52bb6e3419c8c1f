from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 76 Kaboel: vrouwenprotest uiteengeslagen, activiste opgepakt
p = "2022-01-20"
s1 = "In Kaboel hebben talibanstrijders zondag pepperspray gebruikt tegen een twintigtal vrouwen die voor de universiteit betoogden voor het recht op onderwijs en werk."
s2 = "Een van de organisatoren van het protest, de 24-jarige Zahra M., werd woensdagavond in haar woning in het westen van Kaboel opgepakt door gewapende mannen die zich als medewerkers van de inlichtingendienst voorstelden."
A(art(p, "Afghaanse activiste opgepakt na vrouwenprotest in Kaboel", "De Morgen", [
    s1 + " De vrouwen droegen borden met 'Onderwijs is ons recht' en 'Werk, brood, vrijheid'. Volgens ooggetuigen schoten strijders ook in de lucht om voorbijgangers op afstand te houden.",
    "'Ze sloegen met hun geweerkolven op onze borden en riepen dat we naar huis moesten gaan', vertelt een van de deelneemsters telefonisch. 'Een vriendin kreeg pepperspray in haar ogen en kon urenlang niets zien.'",
    s2 + " Kort voor haar arrestatie postte ze een video op sociale media waarin ze in paniek om hulp vraagt. 'Ze staan aan de deur. Help ons alstublieft.' Sindsdien heeft haar familie niets meer van haar gehoord.",
    "Een woordvoerder van de taliban ontkende dat de beweging verantwoordelijk is voor haar verdwijning. 'Niemand van onze diensten heeft deze persoon opgepakt', zei hij. Mensenrechtenorganisaties geloven daar weinig van. Amnesty International spreekt van 'een duidelijk patroon van intimidatie tegen vrouwen die hun stem verheffen'.",
    "Sinds de taliban in augustus 2021 de macht grepen, zijn vrouwen grotendeels uit het openbare leven verdwenen. Meisjes mogen niet meer naar de middelbare school, en veel vrouwen die bij de overheid werkten, werden naar huis gestuurd. Kleine groepen vrouwen komen sindsdien geregeld op straat, ondanks de risico's.",
    "De VN-missie in Afghanistan vroeg de taliban 'informatie te geven over de verblijfplaats' van de activiste. Ook de Europese Unie, die sinds de machtsovername een beperkte aanwezigheid in Kaboel heeft, uitte haar bezorgdheid.",
], [ev("Protests", "Protest with intervention", "Protesters (Afghanistan)", 6, "Police Forces of Afghanistan", 1, "Afghanistan", "Kabul",
       "Kabul", 34.5553, 69.2075, 1, wd(p, "zondag"), evid=[s1],
       note="Women's protest at the university on Sunday 16 Jan dispersed with pepper spray and shots in the air by Taliban fighters (Taliban coded as de facto state forces, borderline naming)."),
    ev("Strategic developments", "Arrests", "Police Forces of Afghanistan", 1, "Civilians (Afghanistan)", 7, "Afghanistan", "Kabul",
       "Kabul", 34.5553, 69.2075, 1, wd(p, "woensdag"), evid=[s2],
       note="Protest organiser detained at home on Wednesday 19 Jan by armed men presenting as intelligence officers; the Taliban deny it, but the article treats it as having happened (borderline: allegation).")],
    "Two events: the dispersed protest (Sunday) and the activist's arrest (Wednesday). Restrictions since 2021 are background."))

# 77 Ronde van Vlaanderen (Het Nieuwsblad)
A(art("2019-04-08", "Bettiol verrast de favorieten op de Kwaremont: 'Ik heb gevochten tot ik niets meer voelde'", "Het Nieuwsblad", [
    "Niemand had hem op zijn lijstje staan, en toch stond Alberto Bettiol zondag op het hoogste schavot in Oudenaarde. De Italiaan van EF Education First ontsnapte op de Oude Kwaremont aan een groep favorieten die elkaar te veel in de gaten hield, en hield stand tot aan de streep.",
    "Het was een Ronde van Vlaanderen zoals we ze graag zien: een slagveld vanaf de eerste kasseistrook. Al op 200 kilometer van de meet viel het peloton in stukken uiteen door de wind en een massale valpartij op de Muur van Geraardsbergen. Verschillende renners moesten opgeven, onder wie twee kopmannen van Deceuninck-Quick-Step.",
    "Op de Oude Kwaremont, op zeventien kilometer van de finish, ging Bettiol in de aanval. Niemand reageerde. Achter hem keken Sagan, Van Avermaet en Van der Poel naar elkaar. 'Het was een kat-en-muisspel. Wie reageert, verliest', zei Greg Van Avermaet na afloop ontgoocheld. 'We hebben de oorlog onder elkaar verloren van een renner die we niet serieus namen.'",
    "Bettiol, die nooit eerder een profkoers won, kon zijn geluk niet op. 'Ik heb gevochten tot ik niets meer voelde. In de laatste kilometer dacht ik alleen aan mijn familie', zei hij, met tranen in de ogen. Op de Paterberg kwam hij nog even in het rood, maar zijn voorsprong slonk nauwelijks.",
    "Voor de Belgen was het een domper. Dylan Van Baarle werd tweede, Kasper Asgreen derde. De beste Belg, Van Avermaet, eindigde op de tiende plaats. 'Dit doet pijn. Dit is onze koers', zei ploegleider Valerio Piva.",
    "Langs het parcours stonden volgens de organisatie bijna een miljoen toeschouwers. Op de Oude Kwaremont was het vanaf 's ochtends vroeg een volksfeest. De politie meldde geen noemenswaardige incidenten.",
    "Volgende week staat Parijs-Roubaix op het programma, de Hel van het Noorden. Daar hopen de Belgen op revanche.",
], [], "Cycling race report with battle metaphors; no incidents; not coded."))

# 78 F-16's naar Oekraïne (Leeuwarder Courant)
A(art("2023-08-21", "F-16's van Leeuwarden gaan naar Oekraïne: 'Een emotioneel afscheid'", "Leeuwarder Courant", [
    "Nederland gaat samen met Denemarken F-16-gevechtsvliegtuigen aan Oekraïne leveren. Dat hebben premier Rutte en de Oekraïense president Zelensky zondag bekendgemaakt op de vliegbasis Eindhoven. Hoeveel toestellen er precies gaan, is nog niet duidelijk; volgens ingewijden gaat het om maximaal 42 vliegtuigen.",
    "Voor de vliegbasis Leeuwarden, jarenlang de thuishaven van de Nederlandse F-16's, is het nieuws dubbel. De laatste toestellen werden vorig jaar al uit dienst genomen toen de opvolger, de F-35, in gebruik kwam. Een deel van de oude F-16's stond sindsdien te wachten op een koper.",
    "'Het is een emotioneel afscheid', zegt oud-vlieger Jelle de Boer (64) uit Stiens, die twintig jaar met de F-16 vloog. 'Ik heb er duizenden uren in gezeten, oefeningen gevlogen boven de Waddenzee en missies boven de Balkan. Dat zo'n toestel nu in een echte oorlog wordt ingezet, is raar om te bedenken. Maar als het helpt om Oekraïne te verdedigen, dan is dat een goede bestemming.'",
    "De eerste toestellen kunnen pas worden ingezet als Oekraïense piloten zijn opgeleid. Die training begint binnenkort in Denemarken en later in een trainingscentrum in Roemenië. Ook onderhoudspersoneel moet worden opgeleid. Volgens defensiekenners zal het zeker tot volgend jaar duren voor de eerste F-16's boven Oekraïne vliegen.",
    "In de Tweede Kamer is er brede steun voor de levering. Alleen de PVV, de SP en Forum voor Democratie zijn tegen. 'Met elk wapen dat we leveren, raken we dieper betrokken bij een oorlog die de onze niet is', zei een woordvoerder van de SP. Minister van Defensie Ollongren sprak van 'een historische stap'.",
    "Rusland reageerde fel. Volgens het Kremlin zullen de toestellen 'branden, zoals alle westerse wapens'. Moskou waarschuwde dat de levering 'het conflict verder zal laten escaleren'.",
    "Op de vliegbasis Leeuwarden zelf is het sinds de komst van de F-35 drukker dan ooit. Omwonenden klagen over geluidsoverlast, zeker in de avonduren. De gemeente Leeuwarden en Defensie overleggen over nieuwe afspraken over vlieguren.",
    "Voor de Friese oud-vliegers is het een laatste hoofdstuk. 'We hebben altijd gezegd: de F-16 is gebouwd om de vrijheid te verdedigen', zegt De Boer. 'Nu doet hij dat eindelijk echt.'",
    "Of de vliegbasis Leeuwarden een rol krijgt bij de opleiding van Oekraïense piloten, is nog niet bekend. Defensie wil daar voorlopig niets over kwijt. 'Over operationele details communiceren we niet', zegt een woordvoerder. In Leeuwarden zelf wordt er al volop over gespeculeerd. 'Als er Oekraïners komen trainen, dan zijn ze hier welkom', zegt een uitbater van een snackbar vlak bij de basis. 'We zijn wel wat gewend hier.'",
], [], "Arms delivery decision and political reactions; war vocabulary and threats, no event with place and time; not coded."))

# 79 Mexico: kandidaat doodgeschoten in Guerrero
p = "2024-05-16"
s1 = "In de Mexicaanse deelstaat Guerrero is een kandidaat voor het burgemeesterschap dinsdagavond doodgeschoten tijdens een campagnebijeenkomst."
s2 = "José Luis Gómez, kandidaat voor de gemeente Coyuca de Benítez, werd door gewapende mannen op een motorfiets onder vuur genomen terwijl hij aanhangers toesprak op het centrale plein van het dorp El Zapote."
s3 = "Twee medewerkers van zijn campagneteam raakten gewond."
A(art(p, "Burgemeesterskandidaat doodgeschoten tijdens campagne in Mexico", "Het Laatste Nieuws", [
    s1,
    s2 + " " + s3 + " De daders wisten te ontkomen.",
    "Op beelden die op sociale media circuleren, is te zien hoe aanhangers in paniek wegrennen wanneer de schoten klinken. Gómez, die deelnam aan de verkiezingen voor een lokale coalitie, was volgens zijn familie al eerder bedreigd. Hij had de federale overheid om bescherming gevraagd, maar die kreeg hij niet.",
    "Het openbaar ministerie van Guerrero heeft een onderzoek geopend. Over de daders is nog niets bekend. In de regio zijn verschillende drugskartels actief die strijden om de controle over de papaverteelt en de smokkelroutes naar de kust.",
    "Mexico kiest op 2 juni een nieuwe president, het parlement en duizenden lokale mandatarissen. Het is een van de gewelddadigste campagnes in de recente geschiedenis van het land. Volgens de denktank Data Cívica zijn sinds september zeker 30 kandidaten vermoord. Honderden anderen trokken zich terug uit angst.",
    "Presidentskandidate Claudia Sheinbaum veroordeelde de moord. 'Geweld mag nooit winnen van de democratie', schreef ze op X. Haar rivale Xóchitl Gálvez verweet de regering dat ze 'de kartels het land laat regeren'.",
    "De verkiezingscommissie van Guerrero liet weten dat de verkiezingen in Coyuca de Benítez zoals gepland doorgaan. De partij van Gómez moet nog beslissen of ze een vervanger voordraagt.",
], [ev("Violence against civilians", "Attack", "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7, "Mexico", "Guerrero",
       "El Zapote", 17.0086, -100.0878, 2, wd(p, "dinsdag"), fat=1, inj=2, evid=[s1, s2, s3],
       note="Mayoral candidate shot dead at a campaign rally in El Zapote (Coyuca de Benitez) on Tuesday 14 May; 2 staff injured. Village coordinates not known, municipal seat used (geo 2).")],
    "One political killing coded. The count of 30 candidates killed since September is an aggregate, not coded."))

# 80 Vlissingen: man opgepakt na dood vrouw (PZC)
A(art("2021-09-14", "Vlissinger (46) aangehouden na dood van partner: 'Er was al jaren gedoe'", "PZC", [
    "De politie heeft maandagavond een 46-jarige man uit Vlissingen aangehouden op verdenking van betrokkenheid bij de dood van zijn 43-jarige partner. De vrouw werd rond 19.00 uur levenloos aangetroffen in hun woning aan de Paul Krugerstraat.",
    "Het was de man zelf die de hulpdiensten belde. Toen agenten en ambulancepersoneel arriveerden, konden zij niets meer voor de vrouw doen. De verdachte werd ter plaatse aangehouden en zit vast voor verhoor.",
    "De Forensische Opsporing deed de hele nacht onderzoek in de woning. Hoe de vrouw om het leven is gekomen, wil de politie nog niet zeggen. 'We gaan uit van een misdrijf in de relationele sfeer', zegt een woordvoerder.",
    "Buurtbewoners zijn geschokt. 'Er was al jaren gedoe in dat huis. Je hoorde ze vaak ruziën, soms ook 's nachts', vertelt een buurvrouw die anoniem wil blijven. 'Maar dat het zo zou eindigen, had niemand gedacht.' Volgens andere buren was de politie in het verleden al enkele keren langs geweest.",
    "Het echtpaar had twee kinderen, die bij familie worden opgevangen. De gemeente Vlissingen heeft slachtofferhulp ingeschakeld.",
    "Blijf Van Mijn Lijf wijst erop dat in Nederland gemiddeld eens in de acht dagen een vrouw door haar (ex-)partner wordt gedood. 'Het is belangrijk om signalen serieus te nemen en hulp te zoeken', zegt een woordvoerster.",
], [], "Domestic killing and one arrest: ordinary crime, not coded."))

# 81 Venezuela: protesten na verkiezingen
p = "2024-08-01"
s1 = "In Caracas kwamen maandag tienduizenden mensen op straat om te protesteren tegen de uitslag van de presidentsverkiezingen van zondag, die president Nicolás Maduro tot winnaar uitriep."
s2 = "Toen een deel van de stoet richting het presidentiële paleis Miraflores trok, opende de Nationale Garde het vuur met traangas, rubberkogels en volgens ooggetuigen ook scherpe munitie."
s3 = "Volgens de mensenrechtenorganisatie Foro Penal kwamen in Caracas twee betogers om het leven, onder wie een 17-jarige jongen."
s4 = "In Valencia, de derde stad van het land, haalden betogers maandag een standbeeld van Hugo Chávez neer en staken ze een kantoor van de regeringspartij PSUV in brand."
s5 = "Dinsdag werd in Caracas oppositieleider Fernando Rivas opgepakt door agenten van de inlichtingendienst SEBIN."
A(art(p, "Doden bij protest tegen verkiezingsuitslag in Venezuela, oppositieleider opgepakt", "De Standaard", [
    s1 + " Volgens de kiesraad kreeg Maduro 51 procent van de stemmen. De oppositie zegt dat haar kandidaat Edmundo González op basis van de eigen tellingen met ruime voorsprong won.",
    "De betogers, veel van hen afkomstig uit volkswijken als Petare en Catia die ooit bolwerken van het chavisme waren, trokken met potten en pannen door de straten. 'We hebben gestemd en ze hebben onze stem gestolen', riep een vrouw. " + s2,
    s3 + " Tientallen anderen raakten gewond. De regering spreekt van 'gewelddadige groepen, betaald door het buitenland'.",
    s4 + " De politie zette traangas in en arresteerde volgens lokale media een twintigtal mensen.",
    s5 + " Hij werd volgens zijn partij in een auto zonder kentekenplaten gezet. Zijn advocaat weet niet waar hij wordt vastgehouden. Rivas, die de campagne van González in de deelstaat Miranda leidde, is al de derde oppositiefiguur die sinds de verkiezingen werd opgepakt.",
    "Maduro zei dinsdag in een tv-toespraak dat al meer dan 700 'criminelen' zijn aangehouden en dat 'er geen genade zal zijn'. Hij beschuldigde oppositieleider María Corina Machado ervan 'een staatsgreep' voor te bereiden. Machado riep haar aanhangers op vreedzaam te blijven betogen en kondigde voor zaterdag een nieuwe grote betoging aan.",
    "Internationaal groeit de druk op Caracas. De Verenigde Staten, de Europese Unie en verschillende Latijns-Amerikaanse landen eisen dat de kiesraad de gedetailleerde resultaten per stembureau publiceert. Brazilië, Colombia en Mexico roepen op tot dialoog. Venezuela heeft de ambassadeurs van zeven Latijns-Amerikaanse landen uitgewezen.",
    "Het Carter Center, dat als een van de weinige internationale waarnemers toegang kreeg, zei dat de verkiezingen 'niet voldeden aan internationale normen' en dat ze 'niet als democratisch kunnen worden beschouwd'.",
    "Sinds Maduro in 2013 aan de macht kwam, hebben bijna acht miljoen Venezolanen hun land verlaten. Bij eerdere protestgolven, in 2014, 2017 en 2019, kwamen in totaal honderden mensen om het leven.",
    "In Petare, de grootste sloppenwijk van Caracas, heerste dinsdag een gespannen stilte. Winkels bleven dicht, op de hoeken van de straten stonden pantserwagens van de Nationale Garde. 'Mijn zoon is maandag gaan betogen en nog niet teruggekomen. Niemand zegt me waar hij is', zegt een vrouw voor het politiebureau van de wijk. Volgens Foro Penal worden honderden mensen vastgehouden zonder dat hun familie weet waar.",
    "Ook in Brussel kwamen Venezolanen samen. De Venezolaanse gemeenschap in België telt enkele duizenden mensen. 'We volgen alles via WhatsApp. Onze families zijn bang om nog de straat op te gaan', zegt een Venezolaanse studente aan de ULB.",
], [ev("Protests", "Excessive force against protesters", "Protesters (Venezuela)", 6, "Military Forces of Venezuela", 1, "Venezuela", "Distrito Capital",
       "Caracas", 10.4806, -66.9036, 1, wd(p, "maandag"), fat=2, evid=[s1, s2, s3],
       note="Mass protest in Caracas on Monday 29 Jul; the National Guard fired on marchers, 2 killed per Foro Penal (neutral). Excessive force vs Protest with intervention is borderline (live fire reported by eyewitnesses). National Guard coded as military forces."),
    ev("Riots", "Violent demonstration", "Rioters (Venezuela)", 5, "Police Forces of Venezuela", 1, "Venezuela", "Carabobo",
       "Valencia", 10.1620, -68.0077, 1, wd(p, "maandag"), evid=[s4],
       note="Protesters toppled a Chavez statue and burned a PSUV office in Valencia on Monday; police used tear gas and arrested about 20."),
    ev("Strategic developments", "Arrests", "Police Forces of Venezuela", 1, "Civilians (Venezuela)", 7, "Venezuela", "Distrito Capital",
       "Caracas", 10.4806, -66.9036, 1, wd(p, "dinsdag"), evid=[s5],
       note="Opposition campaign leader arrested by SEBIN in Caracas on Tuesday 30 Jul; political figure, so coded. Actor2 as civilians is borderline (party official).")],
    "Three events (Caracas protest, Valencia riot, Caracas arrest). Maduro's 700 arrests is an aggregate, the two other arrests have no place or day, and Saturday's rally is announced; none coded."))

# 82 Herdenking tramaanslag Utrecht (De Stentor, ANP)
A(art("2024-03-18", "Vijf jaar na tramaanslag Utrecht: 'Het 24 Oktoberplein is nooit meer gewoon een plein'", "De Stentor", [
    "Met een minuut stilte en het leggen van bloemen is maandagochtend in Utrecht de tramaanslag van 18 maart 2019 herdacht. Precies vijf jaar geleden schoot een man in een tram op het 24 Oktoberplein om zich heen. Vier mensen kwamen om het leven, meerdere anderen raakten gewond.",
    "Bij het monument vlak bij de tramhalte kwamen nabestaanden, overlevenden, hulpverleners en inwoners van de wijk samen. Burgemeester Sharon Dijksma sprak van 'een wond in de stad die nooit helemaal dicht zal gaan'. 'We vergeten de namen niet. We vergeten ook niet hoe deze stad die dag en de dagen erna voor elkaar zorgde.'",
    "Onder de aanwezigen was ook een vrouw uit Apeldoorn die die ochtend in de tram zat. 'Ik zat drie rijen achter hem', vertelde ze. 'Elk jaar kom ik hier terug. Het helpt om de mensen te zien die het ook hebben meegemaakt. Het 24 Oktoberplein is voor mij nooit meer gewoon een plein.'",
    "De dader werd in 2020 veroordeeld tot levenslang. De rechtbank oordeelde dat hij een terroristisch motief had. Hij had in de vluchtauto een briefje achtergelaten waarin hij naar zijn geloof verwees.",
    "De aanslag leidde destijds tot het hoogste dreigingsniveau in de provincie Utrecht en een grootschalige klopjacht. Scholen bleven dicht, het tramverkeer lag stil. Uren later werd de dader in een woning in de wijk Oudenrijn opgepakt.",
    "Sinds de aanslag is de veiligheid in het openbaar vervoer verscherpt. Trambestuurders kregen een training voor crisissituaties. De herdenking werd ook gevolgd door leerlingen van een nabijgelegen school, die tekeningen bij het monument legden.",
], [], "Memorial of the 2019 Utrecht tram attack; old event with its date and the old trial recalled; not coded."))

# 83 Aangekondigd boerenprotest Zwolle (De Stentor)
A(art("2019-10-10", "Boeren willen volgende week met trekkers naar het provinciehuis in Zwolle", "De Stentor", [
    "Boeren uit Overijssel willen volgende week woensdag met honderden trekkers naar het provinciehuis in Zwolle trekken. Ze protesteren tegen de stikstofregels en de plannen van de provincie om landbouwgrond rond natuurgebieden op te kopen.",
    "Dat heeft actiegroep Farmers Defence Force Overijssel donderdag laten weten. 'We willen in gesprek, maar als niemand luistert, moeten we het anders doen', zegt woordvoerder Hendrik Jan Mulder, melkveehouder in Dalfsen. 'De boer is de pineut van een crisis die hij niet heeft veroorzaakt.'",
    "De provincie laat weten dat een delegatie van de boeren welkom is in het Provinciehuis. 'We begrijpen de zorgen. Onze deur staat open', zegt gedeputeerde voor landbouw. Over het opkopen van grond zegt de provincie dat er 'niets wordt afgedwongen'.",
    "De gemeente Zwolle en de politie overleggen met de organisatoren over de route. Burgemeester Peter Snijders vraagt de boeren om de trekkers op de aangewezen plaatsen te parkeren. 'Eerder deze maand zagen we in Den Haag hoe het verkeer in de hele regio vastliep. Dat willen we hier voorkomen.'",
    "Ook de ANWB waarschuwt voor verkeershinder. Op de A28 en de N35 kan het woensdagochtend druk worden met trekkers. Automobilisten wordt aangeraden de ochtendspits te mijden of het openbaar vervoer te nemen.",
    "In het landelijk gebied rond Zwolle hangen sinds enkele weken omgekeerde vlaggen en spandoeken met teksten als 'Geen boer, geen voer'. Volgens de actiegroep zegden al meer dan 400 boeren hun komst toe.",
], [], "Farmers' protest announced for next week (future); the Hague protest 'earlier this month' has no day and is only a comparison; not coded."))

# 84 Manipur: gevechten tussen Meitei en Kuki
p = "2023-10-17"
s1 = "Bij een vuurgevecht tussen gewapende Meitei- en Kuki-groepen bij Moirang, in het district Bishnupur, zijn vrijdag drie mensen om het leven gekomen."
s2 = "Zaterdag staken honderden mensen in een dorp in het district Kangpokpi zeker vijftien huizen in brand."
A(art(p, "Nieuwe golf van geweld in Indiase deelstaat Manipur: drie doden, huizen in brand", "VRT NWS", [
    "In de Noordoost-Indiase deelstaat Manipur is het geweld tussen de Meitei- en de Kuki-gemeenschap opnieuw opgelaaid. " + s1 + " Dat bevestigt de politie van Manipur.",
    "Volgens de politie begon het gevecht rond zonsopgang, toen gewapende mannen vanaf de heuvels het vuur openden op een post van een Meitei-groep in de vallei. Het vuur werd beantwoord. Het gevecht duurde volgens bewoners bijna vier uur. Onder de doden is een 19-jarige jongen. Zeker zes mensen raakten gewond.",
    s2 + " De bewoners, volgens lokale media Meitei, waren al eerder gevlucht. Het leger stuurde extra troepen naar het gebied om verdere escalatie te voorkomen.",
    "Het conflict in Manipur begon in mei, toen protesten tegen een rechterlijke uitspraak over de status van de Meitei uitmondden in etnisch geweld. Sindsdien zijn er volgens officiële cijfers meer dan 180 mensen omgekomen en zijn meer dan 60.000 mensen op de vlucht geslagen. De twee gemeenschappen leven nu grotendeels gescheiden: de Meitei in de vallei rond de hoofdstad Imphal, de Kuki in de omliggende heuvels.",
    "Tussen beide gebieden ligt een soort bufferzone die door het leger en paramilitaire eenheden wordt bewaakt. Toch komt het regelmatig tot schietpartijen. Beide gemeenschappen hebben zich bewapend, deels met wapens die in mei uit politiedepots werden geroofd.",
    "De regering van premier Modi ligt onder vuur omdat ze er volgens de oppositie niet in slaagt de rust te herstellen. 'Manipur brandt al vijf maanden en de premier zwijgt', zei een parlementslid van de Congrespartij. De deelstaatregering verlengde het verbod op mobiel internet met nog eens vijf dagen.",
    "In Imphal gingen zondag studenten de straat op om te eisen dat de regering ingrijpt. Het bleef daarbij rustig.",
    "Hulporganisaties maken zich zorgen over de tienduizenden ontheemden die al maanden in opvangkampen verblijven. Scholen en gemeenschapshuizen werden omgevormd tot slaapzalen. 'De winter komt eraan en de mensen hebben niets', zegt een medewerker van een kerkelijke hulporganisatie in Churachandpur. 'Ze willen naar huis, maar hun huizen bestaan niet meer.'",
], [ev("Battles", "Armed clash", "Kuki Ethnic Militia (India)", 4, "Meitei Ethnic Militia (India)", 4, "India", "Manipur",
       "Moirang", 24.5000, 93.7700, 2, wd(p, "vrijdag"), fat=3, inj=6, evid=[s1],
       note="Gunfight between armed Kuki and Meitei groups near Moirang (Bishnupur) on Friday 13 Oct; 3 dead per state police, 6 injured. Kuki named as initiators from the hills per police account."),
    ev("Riots", "Mob violence", "Rioters (India)", 5, "Civilians (India)", 7, "India", "Manipur",
       "Kangpokpi", 25.1500, 93.9700, 2, wd(p, "zaterdag"), evid=[s2],
       note="Mob burned at least 15 houses in an unnamed village in Kangpokpi district on Saturday 14 Oct; residents had fled. Geo 2: district only, village unnamed."),
    ev("Protests", "Peaceful protest", "Protesters (India)", 6, None, None, "India", "Manipur",
       "Imphal", 24.8170, 93.9368, 1, wd(p, "zondag"), evid=["In Imphal gingen zondag studenten de straat op om te eisen dat de regering ingrijpt."],
       note="Student protest in Imphal on Sunday 15 Oct; calm.")],
    "Three events (Friday clash, Saturday arson, Sunday protest). The May violence and the 180 deaths are aggregate background; the internet ban is not an event."))

# 85 Audi Brussels: dreigende staking (De Morgen)
A(art("2024-09-05", "Vakbonden Audi Brussels dreigen met staking: 'Dit is een oorlogsverklaring aan de arbeiders'", "De Morgen", [
    "De vakbonden bij Audi Brussels dreigen met een staking als de directie niet snel duidelijkheid geeft over de toekomst van de fabriek in Vorst. Ze roepen ook op tot een grote nationale betoging in Brussel op maandag 16 september. Dat hebben de drie vakbonden donderdag na een ondernemingsraad laten weten.",
    "De Duitse moedergroep Volkswagen maakte in juli bekend dat de productie van de elektrische Q8 e-tron in Vorst vroeger dan gepland stopt. Een sluiting van de site, waar zo'n 3.000 mensen werken, wordt niet uitgesloten. Bij toeleveranciers staan nog eens honderden banen op de tocht.",
    "'Wat hier gebeurt, is een oorlogsverklaring aan de arbeiders', zegt vakbondsafgevaardigde Ronny Liedts van het ABVV. 'Eerst beloven ze dat de elektrische auto de toekomst is, dan laten ze ons vallen zodra de verkoop tegenvalt.' Zijn collega van het ACV spreekt van 'een sociaal bloedbad'.",
    "De directie zegt dat ze 'alle opties' onderzoekt, waaronder een overname door een andere autobouwer. 'We zijn ons bewust van de onrust bij het personeel. We zullen tijdig en correct communiceren', luidt het in een korte verklaring. De productie ligt al weken grotendeels stil.",
    "De federale regering in lopende zaken zegt dat ze 'alles zal doen om de banen te redden', maar haar middelen zijn beperkt. De Brusselse regering en de vakbonden vragen om een taskforce met alle betrokken overheden. Vlaamse en Waalse politici wijzen erop dat ook toeleveranciers in hun gewesten geraakt worden.",
    "Het is niet de eerste keer dat de site in Vorst in de problemen zit. In 2006 kondigde Volkswagen een zware herstructurering aan, waarna duizenden banen verdwenen. Het personeel bezette toen wekenlang de fabriek. Uiteindelijk nam Audi de site over.",
    "De vakbonden laten weten dat ze de betoging van 16 september zien als 'een eerste waarschuwing'. Ze verwachten 'tienduizenden' deelnemers, ook van andere bedrijven en sectoren. 'Dit gaat niet alleen over Audi. Dit gaat over de industrie in dit land', aldus Liedts.",
    "Economen waarschuwen dat de Europese autosector onder zware druk staat door Chinese concurrentie en een tragere overstap naar elektrische auto's dan verwacht.",
], [], "Threatened strike and announced demonstration (future); the 2006 occupation is old; war metaphors; not coded."))

# 86 Cyberaanval Antwerpen (GvA)
A(art("2022-12-20", "Cyberaanval legt Antwerpse stadsdiensten plat: 'Dit is een aanval op de hele stad'", "Gazet van Antwerpen", [
    "Een cyberaanval heeft de informaticasystemen van de stad Antwerpen sinds maandag grotendeels platgelegd. Loketten in de districtshuizen kunnen geen identiteitskaarten of rijbewijzen meer afleveren, en ook in scholen, kinderopvang en OCMW-diensten werkt vrijwel niets. Medewerkers grijpen terug naar pen en papier.",
    "Het gaat om een aanval met ransomware, waarbij hackers bestanden versleutelen en losgeld eisen. Een criminele groep die bekendstaat als Play eiste de aanval woensdag op en dreigt gestolen gegevens te publiceren als de stad niet betaalt. 'Wij betalen geen losgeld', zegt de stad.",
    "'Dit is een aanval op de hele stad en op al haar inwoners', zegt de schepen voor digitalisering. 'We doen er alles aan om de diensten zo snel mogelijk opnieuw op te starten, maar dat zal nog dagen, misschien weken duren.' Digipolis, de IT-partner van de stad, werkt samen met externe experts en het Centrum voor Cybersecurity België.",
    "Het parket van Antwerpen heeft een onderzoek geopend. Volgens experts is Antwerpen niet het eerste slachtoffer. Eerder werden ook ziekenhuizen, universiteiten en de gemeente Zwijndrecht door ransomware getroffen. 'Overheden zijn een aantrekkelijk doelwit, omdat ze onder druk staan om snel weer te functioneren', zegt cyberexpert Tom Peeters.",
    "Inwoners die een dringende attestering nodig hebben, kunnen terecht bij een noodloket op het Hof van Liere. De stad vraagt om geduld.",
], [], "Ransomware attack by a criminal group: cyber crime, not political violence; not coded."))

# 87 Anderlecht: agenten bekogeld na controle (HLN)
p = "2022-08-16"
s1 = "In Anderlecht zijn zondagavond agenten bekogeld met stenen en vuurwerk na een verkeerscontrole in de wijk Kuregem."
s2 = "Drie agenten raakten gewond en een politiewagen werd in brand gestoken."
A(art(p, "Agenten bekogeld en politiewagen in brand na controle in Kuregem", "Het Laatste Nieuws", [
    s1 + " " + s2 + " Vijf jongeren werden opgepakt.",
    "Het begon rond 21 uur, toen een patrouille van de politiezone Brussel-Zuid een bestuurder van een scooter wilde controleren op het Rauterplein. Volgens de politie weigerde de man zijn papieren te tonen. Binnen enkele minuten kwamen tientallen jongeren op het lawaai af. 'Ze omsingelden onze collega's en begonnen met alles te gooien wat ze konden vinden', zegt een woordvoerster van de politie.",
    "De politie moest versterking inroepen uit andere zones. Met een waterkanon en een peloton van de federale politie werd de groep na ruim een uur uiteengedreven. De drie gewonde agenten werden naar het ziekenhuis gebracht, een van hen met een hoofdwonde.",
    "Burgemeester van Anderlecht sprak van 'onaanvaardbaar geweld tegen mensen die hun werk doen'. De politievakbonden eisen strengere straffen voor geweld tegen agenten. 'Elke week worden er in Brussel agenten aangevallen. Dit moet stoppen', zegt een vakbondsafgevaardigde.",
    "Buurtbewoners wijzen op de spanningen tussen jongeren en politie in de wijk. 'Er wordt hier elke dag gecontroleerd. De jongeren voelen zich geviseerd', zegt een buurtwerker. 'Dat rechtvaardigt dit geweld niet, maar het verklaart wel waarom het zo snel escaleert.'",
    "In april 2020 kwam het in Anderlecht ook tot rellen, na de dood van een 19-jarige jongen die tijdens een achtervolging door de politie verongelukte. Het parket heeft de vijf opgepakte jongeren maandag voorgeleid bij de onderzoeksrechter.",
], [ev("Riots", "Mob violence", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels",
       "Brussels - Anderlecht", 50.8365, 4.3072, 1, wd(p, "zondag"), inj=3, evid=[s1, s2],
       note="Youths pelted police with stones and fireworks after a traffic stop in Kuregem on Sunday 14 Aug and burned a police car; 3 officers injured, 5 arrested. Borderline in scope (spontaneous, no political motive) but coded as mob violence.")],
    "One riot coded. The April 2020 riot is old background; union demands are not events."))

# 88 Verkiezingsdebat (Tubantia)
A(art("2023-11-16", "Verkiezingsdebat in Enschede: 'Het is oorlog op de woningmarkt'", "Tubantia", [
    "Ruim vijfhonderd mensen kwamen woensdagavond naar het Muziekcentrum in Enschede voor het grote Twentse verkiezingsdebat. Zes Tweede Kamerkandidaten uit de regio kruisten er de degens over wonen, zorg en bereikbaarheid. Het werd een stevige avond, met felle aanvallen over en weer.",
    "'Het is oorlog op de woningmarkt', opende de kandidaat van de SP. 'Jongeren in Enschede en Hengelo kunnen nergens terecht, terwijl beleggers hele straten opkopen.' De VVD-kandidaat pareerde de aanval: 'Met jullie huurbevriezing bouwt niemand meer een huis. Dan schiet je jezelf in de voet.'",
    "Ook over de zorg werd hard gevochten. Het dreigende verlies van de afdeling verloskunde in het ziekenhuis in Almelo leidde tot een verhit debat. 'Twente wordt steeds weer vergeten door Den Haag', zei de kandidaat van het CDA, die zelf in Almelo woont. 'Dit is een frontlinie voor ons.'",
    "De kandidaat van de PVV hield zich opvallend rustig. 'Ik hoef niet te schreeuwen. De kiezer weet wel wat hij wil', zei hij. Zijn partij staat in de peilingen in Twente hoger dan landelijk. NSC, de nieuwe partij van Pieter Omtzigt, die zelf uit Enschede komt, werd door alle anderen aangevallen als 'de partij zonder programma'.",
    "Over de bereikbaarheid van de regio waren de kandidaten het grotendeels eens: de N18 en de treinverbinding naar de Randstad moeten beter. 'Daar hoeven we geen ruzie over te maken', zei de GroenLinks-PvdA-kandidaat.",
    "Na afloop bleven veel bezoekers nog napraten. 'Ik weet nog steeds niet op wie ik ga stemmen', zei een vrouw uit Oldenzaal. 'Maar het was wel leuk om ze eens in het echt te zien.' De Tweede Kamerverkiezingen zijn op woensdag 22 november.",
], [], "Election debate with war metaphors; not coded."))

# 89 WOII-bom in Ieper (VRT NWS)
A(art("2020-07-09", "Obus uit Eerste Wereldoorlog gevonden in tuin in Ieper: buurt geëvacueerd", "VRT NWS", [
    "In Ieper is woensdagmiddag een straat ontruimd nadat een bewoner bij het graven in zijn tuin een obus uit de Eerste Wereldoorlog had gevonden. De ontmijningsdienst DOVO kwam ter plaatse en haalde het explosief weg. Na vier uur mochten de bewoners terug naar huis.",
    "De man was bezig met het aanleggen van een vijver in zijn tuin aan de Zonnebeekseweg toen hij op een metalen voorwerp stootte. 'Ik dacht eerst dat het een oude buis was. Tot ik het een beetje schoonmaakte en zag wat het was', vertelt hij. Volgens DOVO ging het om een Britse granaat van 18 pond, die mogelijk nog met gifgas gevuld was.",
    "Omdat niet kon worden uitgesloten dat het om een gasgranaat ging, werd een veiligheidsperimeter van 200 meter ingesteld. Zo'n veertig gezinnen moesten hun woning verlaten. Ze werden opgevangen in een nabijgelegen school.",
    "In de Westhoek is zo'n vondst niets uitzonderlijks. DOVO haalt er jaarlijks nog 150 à 200 ton munitie uit de grond, vooral bij graafwerken en het ploegen van akkers. De Westhoek was tijdens de Grote Oorlog vier jaar lang het toneel van zware gevechten. Bij de slag om Passendale, in de herfst van 1917, kwamen honderdduizenden soldaten om.",
    "'De grond hier zit nog vol met ijzer, ook na honderd jaar', zegt een woordvoerder van DOVO. 'We vragen mensen altijd om niets aan te raken en meteen de politie te bellen.' De granaat wordt in Poelkapelle, waar DOVO een speciale installatie heeft, vernietigd.",
    "Burgemeester Emmily Talpe bedankte de bewoners voor hun begrip. 'Het hoort bij leven in de Westhoek', zei ze.",
], [], "Discovery and removal of a WWI shell; historical battles recalled; not coded."))

# 90 Oekraïense vluchtelinge in Hasselt (HBvL)
A(art("2023-03-16", "'Het theater was onze schuilplaats': Marioepolse vindt rust in Hasselt", "Het Belang van Limburg", [
    "Precies een jaar geleden zat Olena Kovalenko (38) met haar dochter in de kelder van het Drama Theater in Marioepol toen een bom het gebouw trof. Vandaag werkt ze als verzorgende in een woonzorgcentrum in Hasselt. 'Ik leef nog. Dat is al een wonder', zegt ze.",
    "Op 16 maart vorig jaar bombardeerde het Russische leger het theater, waar honderden burgers een schuilplaats hadden gezocht. Op het plein ervoor stond in grote witte letters het Russische woord voor 'kinderen' geschreven, zichtbaar vanuit de lucht. Volgens een onderzoek van persbureau AP kwamen er mogelijk tot 600 mensen om. Rusland ontkent de aanval.",
    "'We zaten in de kelder aan de zijkant. Het was een knal zoals ik nog nooit had gehoord. Alles werd zwart, stof overal', vertelt Olena. 'Mijn dochter huilde niet eens. Ze was te bang om te huilen.' Met een groep van twintig mensen wisten ze dagen later te ontsnappen uit de stad, via een humanitaire corridor naar Zaporizja.",
    "Via Polen en Duitsland kwam ze in mei in Limburg terecht, waar een gezin in Kermt haar en haar dochter in huis nam. Haar man is in Oekraïne gebleven, hij vecht aan het front. 'Ik spreek hem als hij kan bellen. Soms een week niet. Dan slaap ik niet.'",
    "Haar dochter Sofia (9) zit nu in het vierde leerjaar in een school in Hasselt en spreekt al vlot Nederlands. 'Ze droomt soms nog van de kelder. Maar ze lacht ook weer', zegt Olena. 'Hier hoort ze geen sirenes. Dat is het grootste geschenk.'",
    "In Limburg verblijven momenteel zo'n 3.000 Oekraïense vluchtelingen. Velen van hen werken, vaak in de zorg, de horeca of de landbouw. Volgens het Agentschap Integratie en Inburgering volgen de meesten een cursus Nederlands.",
    "Over terugkeren denkt Olena nog niet na. 'Marioepol bestaat niet meer zoals ik het kende. Mijn appartement is weg, mijn school is weg. Misschien ooit. Maar niet nu.'",
    "Donderdagavond organiseert de Oekraïense gemeenschap in Hasselt een herdenking op de Grote Markt. Er worden kaarsen aangestoken voor de slachtoffers van Marioepol.",
], [], "Refugee interview recalling the March 2022 theatre bombing (old, dated); the commemoration on Thursday evening is still to come at publication (future) and a memorial rather than a protest (borderline); not coded."))
