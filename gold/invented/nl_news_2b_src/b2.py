from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 61 Colombia: ELN valt patrouille aan bij Tame; ontvoering in Fortul
p = "2023-01-20"
s1 = "Twee Colombiaanse soldaten zijn woensdag om het leven gekomen toen hun patrouille op een landweg bij Tame, in het departement Arauca, onder vuur werd genomen."
s2 = "Bij het vuurgevecht dat volgde, raakten nog drie militairen gewond."
s3 = "In het naburige Fortul werd donderdagavond bovendien een sociaal leider ontvoerd door gewapende mannen die zich als ELN-strijders voorstelden."
A(art(p, "Twee soldaten gedood bij hinderlaag in Arauca, ELN onder vuur", "De Standaard", [
    s1 + " Het leger houdt het Nationaal Bevrijdingsleger (ELN) verantwoordelijk. " + s2,
    "De patrouille was volgens het leger op weg naar een brug die 's nachts met explosieven was beschadigd. 'De aanvallers lagen verscholen in de begroeiing en openden het vuur vanaf twee kanten', zei generaal Jaime Ruiz van de Achttiende Brigade op een persconferentie in Arauca. De gewonden werden per helikopter naar een ziekenhuis in Bogota overgebracht.",
    "Het ELN zelf heeft de aanval niet opgeëist. Op sociale media verspreidde een regionaal front van de guerrilla wel een bericht waarin het 'de aanwezigheid van het leger in de gemeenschappen' veroordeelt.",
    s3 + " Het gaat om de 46-jarige José Antonio Pérez, voorzitter van een boerencoöperatie. Zijn familie zegt dat hij voor zijn huis in een pick-up werd geduwd. Van hem ontbreekt elk spoor.",
    "Arauca, aan de grens met Venezuela, is al jaren een van de gewelddadigste regio's van Colombia. Het ELN en dissidenten van de vroegere FARC-guerrilla vechten er om de controle over smokkelroutes en de cocateelt. Begin 2022 kwamen bij gevechten tussen de twee groepen in enkele weken tijd tientallen mensen om. In januari vorig jaar ontplofte in Saravena een autobom voor een gebouw van mensenrechtenorganisaties.",
    "De aanval zet de vredesgesprekken onder druk die president Gustavo Petro in november met het ELN is begonnen in Caracas. Petro had op oudejaarsavond nog een bilateraal staakt-het-vuren met vijf gewapende groepen aangekondigd, maar het ELN ontkende daar ooit mee te hebben ingestemd. 'Wie soldaten vermoordt, bouwt niet aan vrede', schreef de Colombiaanse minister van Defensie op Twitter.",
    "De volgende gespreksronde staat gepland voor februari in Mexico. Het ELN telt volgens schattingen zo'n 2.500 strijders.",
    "In Tame zelf is de angst groot. Handelaars sloten na de aanval vroeg hun zaken, en op de wegen naar de omliggende dorpen rijden nauwelijks nog bussen. 'We leven hier tussen twee vuren', zegt een boer uit de streek. 'Overdag is het leger er, 's nachts de guerrilla. En wij moeten met iedereen leven.' De burgemeester vroeg de regering om extra troepen en investeringen in wegen en scholen.",
], [ev("Battles", "Armed clash", "ELN: National Liberation Army", 2, "Military Forces of Colombia", 1, "Colombia", "Arauca",
       "Tame", 6.4606, -71.7303, 2, wd(p, "woensdag"), fat=2, inj=3, evid=[s1, s2],
       note="Ambush on an army patrol near Tame on Wednesday 18 Jan, attributed to the ELN by the army; 2 soldiers killed, 3 wounded. Attribution only by the army and not claimed (borderline actor)."),
    ev("Violence against civilians", "Abduction/forced disappearance", "ELN: National Liberation Army", 2, "Civilians (Colombia)", 7, "Colombia", "Arauca",
       "Fortul", 6.7953, -71.7717, 1, wd(p, "donderdag"), evid=[s3],
       note="Social leader abducted in Fortul on Thursday evening by armed men presenting themselves as ELN.")],
    "Two events: the ambush near Tame and the abduction in Fortul. The 2022 fighting and the Saravena car bomb are old background; the ceasefire and talks are not new events."))

# 62 Opinie: drugsoorlog (De Morgen)
A(art("2021-06-15", "Opinie: 'De oorlog tegen drugs is al lang verloren, tijd voor een vredesakkoord'", "De Morgen", [
    "Er gaat geen week voorbij of er ontploft ergens in Antwerpen een handgranaat tegen een gevel. Politici spreken van 'een oorlog' die we 'moeten winnen', ministers beloven 'de zwaarste middelen' in te zetten en burgemeesters vragen het leger op straat. De woorden worden elk jaar groter. De resultaten blijven uit.",
    "Laten we eerlijk zijn: de oorlog tegen drugs is al lang verloren. In de haven van Antwerpen werd vorig jaar een recordhoeveelheid cocaïne onderschept, en toch is de straatprijs van een gram niet gestegen. Dat betekent maar één ding: er komt zoveel binnen dat de inbeslagnames nauwelijks uitmaken. Elke container die wordt onderschept, is voor de kartels een kostenpost, geen nederlaag.",
    "Ondertussen betalen de verkeerde mensen de prijs. Jonge havenarbeiders worden omgekocht of bedreigd. Tieners uit Deurne en Borgerhout worden ingezet als koeriers, en belanden in de gevangenis terwijl de bazen in Dubai aan het zwembad liggen. Gezinnen leven in angst voor de volgende aanslag op de verkeerde voordeur.",
    "De repressieve aanpak heeft zijn grenzen bereikt. Meer agenten, meer scanners en meer cellen zijn nodig, maar ze volstaan niet. Wie de markt wil raken, moet ook aan de vraagkant werken. Jaarlijks snuiven Belgen tonnen cocaïne; in het afvalwater van onze steden meten onderzoekers cijfers die tot de hoogste van Europa behoren.",
    "Ik pleit niet voor een vrije verkoop van cocaïne. Ik pleit voor een eerlijk debat over regulering van cannabis, over preventie die werkt en over hulpverlening die niet wacht tot het te laat is. Portugal koos twintig jaar geleden voor een andere weg en is er niet slechter van geworden.",
    "Het is tijd om de oorlogsretoriek achter ons te laten. Oorlogen eindigen niet met nog een offensief, maar met een akkoord. Dat geldt ook hier.",
    "De auteur is criminoloog aan de Universiteit Gent.",
], [], "Opinion piece on drug policy full of war vocabulary; recurring grenade attacks named only in general terms, no specific event; not coded."))

# 63 Droogte Maas (De Limburger)
A(art("2018-10-02", "Maas bij Maastricht op laagste peil in decennia: schippers varen halfvol", "De Limburger", [
    "De Maas staat bij Maastricht zo laag als in jaren niet meer is gezien. Bij de Sint-Servaasbrug steken zandbanken en oude fietswrakken boven het water uit. Rijkswaterstaat meldde dinsdag een afvoer van nog geen twintig kubieke meter per seconde, een fractie van wat normaal is voor de tijd van het jaar.",
    "De oorzaak is de aanhoudende droogte van deze zomer en de geringe regenval in de Belgische en Franse Ardennen, waar de rivier haar water vandaan haalt. 'We hebben sinds april in het stroomgebied nauwelijks een normale regenmaand gehad', zegt hydroloog Marjolein Cremers van Rijkswaterstaat Zuid-Nederland.",
    "Voor de binnenvaart zijn de gevolgen groot. Schippers kunnen hun schepen maar voor de helft of een derde laden om niet vast te lopen. 'Ik vaar met zeshonderd ton in plaats van vijftienhonderd. Dat scheelt per reis duizenden euro's', zegt schipper Harrie Schoenmakers, die met zijn schip in de haven van Born ligt. Transportkosten voor onder meer grind en graan lopen daardoor op.",
    "Ook de natuur lijdt. In zijarmen van de Grensmaas zijn vissen massaal gestorven door zuurstoftekort. Vrijwilligers van de hengelsportvereniging hebben in het weekend honderden vissen overgezet naar dieper water. Boeren in Midden-Limburg mogen sinds juli geen grondwater meer oppompen om hun land te beregenen.",
    "Rijkswaterstaat heeft met België afspraken gemaakt over de verdeling van het Maaswater. Zo wordt de hoeveelheid water die naar het Albertkanaal en de Zuid-Willemsvaart gaat beperkt. De sluizen bij Maastricht schutten voorlopig alleen nog met volle kolken.",
    "Volgens het KNMI is er voor de komende week weinig verandering op komst. 'Pas als het enkele weken flink regent in de Ardennen, kan de rivier zich herstellen', zegt Cremers.",
], [], "Drought and low river levels; natural conditions, not coded."))

# 64 Rellen na WK-zege Marokko: Borgerhout en Rotterdam
p = "2022-12-12"
s1 = "Na de overwinning van Marokko op Portugal in de kwartfinale van het WK is het zaterdagavond in Borgerhout uit de hand gelopen."
s2 = "Een groep van enkele tientallen jongeren bekogelde de politie op de Turnhoutsebaan met vuurwerk en stenen, vernielde bushokjes en sloeg de ruit van een bankkantoor in."
s3 = "Negen mensen werden opgepakt, twee agenten liepen lichte verwondingen op."
s4 = "Ook in Rotterdam kwam het zaterdagavond tot ongeregeldheden op de West-Kruiskade, waar relschoppers vuurwerk naar de ME gooiden en een politieauto in brand staken."
A(art(p, "Feest na Marokkaanse WK-zege slaat om in rellen in Borgerhout", "Gazet van Antwerpen", [
    s1 + " Duizenden supporters vierden eerst met toeters, vlaggen en claxonconcerten feest, maar rond 21 uur sloeg de sfeer om.",
    s2 + " De politie zette een waterkanon in en voerde charges uit om de groep uiteen te drijven. Pas na middernacht keerde de rust terug.",
    s3 + " 'De overgrote meerderheid heeft op een mooie manier feestgevierd. Een kleine groep heeft dat verpest', zegt een woordvoerder van de politie Antwerpen. Twee van de opgepakte jongeren zijn minderjarig.",
    "Buurtbewoners en handelaars waren zondagochtend de schade aan het opruimen. 'Ik heb niets tegen feest, maar waarom moet mijn winkel eraan geloven?', zegt de uitbater van een telefoonwinkel op de Turnhoutsebaan, wiens etalage werd ingegooid.",
    s4 + " De Rotterdamse politie meldde daar elf aanhoudingen. In Brussel en Amsterdam bleef het volgens de politie bij kleine incidenten.",
    "De Antwerpse burgemeester veroordeelde het geweld. 'Wie agenten met vuurwerk bekogelt, viert niets. Die zoekt geweld.' Hij kondigde aan dat de politie bij de halve finale van woensdag opnieuw met een grote ploeg paraat zal staan. Ook zal er een verbod komen op het samenscholen van meer dan vijf personen in een deel van Borgerhout.",
    "Vorige maand liep het na de groepswedstrijd tussen België en Marokko al uit de hand in Brussel, waar een auto in brand werd gestoken en winkelruiten sneuvelden. Het parket onderzoekt of er toen en nu via sociale media werd opgeroepen tot rellen.",
], [ev("Riots", "Mob violence", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Flanders",
       "Antwerp - Borgerhout", 51.2117, 4.4401, 1, wd(p, "zaterdag"), inj=2, evid=[s1, s2, s3],
       note="Riot after a World Cup win in Borgerhout on Saturday 10 Dec: fireworks and stones at police, property damage; 9 arrested, 2 officers lightly injured. Mob violence (no demonstration) is borderline against Violent demonstration."),
    ev("Riots", "Mob violence", "Rioters (Netherlands)", 5, "Police Forces of the Netherlands", 1, "Netherlands", "South Holland",
       "Rotterdam", 51.9225, 4.4792, 1, wd(p, "zaterdag"), evid=[s4],
       note="Riot on the West-Kruiskade in Rotterdam the same night; police car burned, 11 arrests.")],
    "Two riots on Saturday 10 Dec (Borgerhout, Rotterdam). Minor incidents in Brussels and Amsterdam too vague to code; the Brussels riot 'last month' is older than the horizon and without a day; the ban and Wednesday's policing are future."))

# 65 India verkiezingen (De Standaard)
A(art("2024-04-23", "Modi voert campagne als een veldheer: 'De slag om India is begonnen'", "De Standaard", [
    "Op een podium in de woestijnstad Banswara, in de deelstaat Rajasthan, sprak Narendra Modi zondag tienduizenden aanhangers toe. 'De slag om India is begonnen', riep de premier. 'En we gaan hem winnen met een verpletterende meerderheid.'",
    "India stemt in zeven fasen, van 19 april tot 1 juni. Bijna een miljard kiezers zijn opgeroepen, wat de Indiase verkiezingen de grootste ter wereld maakt. De uitslag wordt op 4 juni verwacht. Modi's hindoenationalistische BJP mikt op meer dan 400 van de 543 zetels in het Lagerhuis.",
    "De toon van de campagne is de voorbije dagen grimmiger geworden. In Banswara beschuldigde Modi de Congrespartij ervan dat ze 'de rijkdom van het land wil uitdelen aan infiltranten'. De oppositie spreekt van haatzaaien tegen de moslimminderheid en diende een klacht in bij de kiescommissie.",
    "Congres-leider Rahul Gandhi noemt de verkiezingen 'een oorlog om de grondwet te redden'. 'Als Modi nog eens vijf jaar krijgt, is de democratie verleden tijd', zei hij op een bijeenkomst in Kerala. Zijn alliantie van oppositiepartijen lijkt echter verdeeld, en in verschillende deelstaten strijden bondgenoten tegen elkaar om dezelfde zetels.",
    "Economisch heeft Modi troeven in handen. India groeit sneller dan welke grote economie ook, en de regering investeert massaal in wegen, havens en luchthavens. Tegelijk blijft de jeugdwerkloosheid hoog en klagen boeren over lage prijzen.",
    "Waarnemers verwachten dat de BJP opnieuw wint, al is de vraag hoe groot. 'De echte strijd gaat niet over de winnaar, maar over de omvang van de overwinning', zegt politicoloog Pieter Dewulf van de KU Leuven. 'Met een tweederdemeerderheid kan Modi de grondwet wijzigen. Dat is wat de oppositie het meest vreest.'",
    "In het noordoosten van het land, in de deelstaat Manipur, bleef de opkomst in de eerste fase laag. Daar is de spanning tussen bevolkingsgroepen sinds vorig jaar hoog opgelopen.",
], [], "Election campaign with war metaphors; a rally by the ruling party (a campaign event, not a protest); Manipur tension only in general terms; not coded."))

# 66 Pakistan: zelfmoordaanslag bij D.I. Khan, politie gedood in Bajaur
p = "2023-11-09"
s1 = "Bij een zelfmoordaanslag op een politiepost in het district Dera Ismail Khan, in het noordwesten van Pakistan, zijn woensdagochtend zes agenten om het leven gekomen."
s2 = "Een dag eerder, op dinsdag, werden in het district Bajaur twee politiemannen doodgeschoten die een team van poliovaccinatoren beveiligden."
A(art(p, "Zes agenten gedood bij zelfmoordaanslag in noordwesten Pakistan", "Het Laatste Nieuws", [
    s1 + " Dat melden ziekenhuisbronnen. De aanslagpleger reed met een met explosieven geladen auto in op de post aan de weg naar Tank. Vier agenten raakten zwaargewond.",
    "De explosie was kilometers ver te horen. Een deel van het gebouw stortte in. Volgens een ooggetuige openden na de ontploffing nog twee gewapende mannen het vuur, maar zij werden na een kort vuurgevecht verdreven.",
    "De aanslag werd opgeëist door Tehreek-e-Jihad Pakistan, een relatief nieuwe groep die volgens de autoriteiten nauw verbonden is met de Pakistaanse taliban (TTP). In een verklaring spreekt de groep van 'twaalf gedode politiemannen'. De TTP zelf ontkende betrokkenheid.",
    s2 + " De vaccinatoren zelf raakten niet gewond. De daders vluchtten op een motorfiets. Niemand heeft de aanval opgeëist.",
    "De provincie Khyber Pakhtunkhwa, aan de grens met Afghanistan, wordt al maanden geteisterd door aanslagen. Sinds de taliban in augustus 2021 de macht grepen in Kaboel, is het geweld aan de Pakistaanse kant van de grens sterk toegenomen. Islamabad verwijt de Afghaanse machthebbers dat ze militanten onderdak bieden, wat de taliban ontkennen.",
    "Premier Anwaar-ul-Haq Kakar veroordeelde de aanslag. 'De offers van onze politie zullen niet vergeefs zijn', zei hij. Het leger kondigde aan dat het in het grensgebied 'zuiveringsoperaties' zal opvoeren.",
    "Pakistan houdt in februari parlementsverkiezingen. Analisten vrezen dat het geweld de campagne in het noordwesten zal ontwrichten.",
], [ev("Explosions/Remote violence", "Suicide bomb", "Tehreek-e-Jihad Pakistan", 2, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa",
       "Dera Ismail Khan", 31.8314, 70.9019, 2, wd(p, "woensdag"), fat=6,
       claimed=[{"low": 12, "high": 12, "claimant": "Tehreek-e-Jihad Pakistan", "text": "In een verklaring spreekt de groep van 'twaalf gedode politiemannen'."}],
       inj=4, evid=[s1],
       note="Suicide car bomb on a police post in Dera Ismail Khan district on Wednesday 8 Nov; 6 killed per hospital sources, 4 injured; the claimant's 12 is a party claim. Geo 2: district and road only. The brief gunfire after the blast is part of the same event."),
    ev("Battles", "Armed clash", "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa",
       "Bajaur", 34.7865, 71.5249, 2, wd(p, "dinsdag"), fat=2, evid=[s2],
       note="Two policemen guarding polio vaccinators shot dead in Bajaur district on Tuesday 7 Nov; unclaimed. Attack on police coded as Armed clash; small district only (geo 2, coordinates near Khar, approximate).")],
    "Two events: the suicide bombing in D.I. Khan and the shooting in Bajaur. Violence since 2021 and announced operations are background/future."))

# 67 Proces Rotterdamse rellen (PZC, ANP)
A(art("2022-05-31", "Celstraffen tot drie jaar voor relschoppers Coolsingel", "PZC", [
    "De rechtbank in Rotterdam heeft dinsdag elf mannen veroordeeld voor hun aandeel in de rellen van 19 november vorig jaar. Zij kregen celstraffen van acht maanden tot drie jaar. Onder hen is een 25-jarige man uit Vlissingen, die volgens de rechter stenen en vuurwerk naar agenten gooide.",
    "De rellen braken die vrijdagavond uit tijdens een demonstratie tegen de coronamaatregelen op de Coolsingel. Relschoppers staken politieauto's in brand, plunderden winkels en bekogelden agenten met stenen. De politie loste meerdere waarschuwingsschoten en gerichte schoten. Zeven mensen raakten daarbij gewond. Burgemeester Aboutaleb sprak destijds van 'een orgie van geweld'.",
    "'U heeft een avond lang de stad gegijzeld', zei de rechtbankvoorzitter tegen de verdachten. 'Agenten die dienden te zorgen voor de veiligheid van burgers, moesten vrezen voor hun eigen leven.' De rechtbank woog mee dat het geweld in groepsverband plaatsvond en dat de verdachten zich vooraf via Snapchat hadden aangemeld voor 'actie'.",
    "De Vlissinger was de enige Zeeuw onder de verdachten. Zijn advocaat had vrijspraak gevraagd omdat hij op de camerabeelden niet goed herkenbaar zou zijn. De rechtbank oordeelde anders: de man droeg een opvallende jas die op meerdere beelden terugkomt. Hij kreeg twee jaar cel, waarvan zes maanden voorwaardelijk.",
    "Het Openbaar Ministerie heeft in totaal ruim zestig verdachten vervolgd voor de ongeregeldheden in Rotterdam. In januari werden al de eerste straffen uitgesproken. De meeste verdachten waren jonger dan 25 jaar.",
    "Het OM overweegt hoger beroep in twee zaken waarin de rechtbank lager straft dan geëist. De politievakbond reageerde tevreden. 'Dit is een duidelijk signaal: wie agenten aanvalt, gaat de cel in', zegt de voorzitter van de Nederlandse Politiebond.",
], [], "Court sentences for the riots of 19 November 2021: an old event recalled with its date as the backdrop of a trial; not coded."))

# 68 NAVO-oefening Limburg (HBvL)
A(art("2024-02-08", "Tanks door de Kempen: grootste NAVO-oefening in decennia passeert Leopoldsburg", "Het Belang van Limburg", [
    "Wie de komende weken in de buurt van Leopoldsburg woont, zal het gemerkt hebben: lange colonnes pantservoertuigen, vrachtwagens met camouflagenetten en helikopters die laag over de heide vliegen. Het Belgische leger neemt deel aan Steadfast Defender, de grootste NAVO-oefening sinds het einde van de Koude Oorlog.",
    "In totaal doen zo'n 90.000 militairen uit alle lidstaten mee. De oefening loopt tot eind mei en moet aantonen dat de NAVO in staat is om snel troepen naar de oostflank te verplaatsen bij een aanval op een van de bondgenoten. België levert onder meer soldaten van de Gemotoriseerde Brigade en het Bataljon Bevrijding uit Leopoldsburg.",
    "'We oefenen een scenario waarin een vijandige macht een bondgenoot binnenvalt. Alles moet kloppen: de logistiek, de bevoorrading, de communicatie', zegt luitenant-kolonel Peter Jacobs op het kamp van Beverlo. 'Dit is geen spelletje. De situatie in Europa is ernstig.'",
    "Voor de inwoners van Leopoldsburg en Hechtel-Eksel betekent de oefening vooral verkeershinder. Op de N73 en de N715 rijden 's nachts militaire konvooien. De gemeente vraagt bewoners om geduld. 'De meeste mensen hier zijn het gewend. Leopoldsburg is een garnizoensstad', zegt de burgemeester. 'Maar het is wel lang geleden dat we zoveel materieel tegelijk zagen.'",
    "Het leger waarschuwt ook dat wandelaars en fietsers de militaire domeinen niet mogen betreden, zelfs niet als er geen slagboom staat. Er wordt met losse flodders geschoten en er kunnen rookgranaten worden gebruikt.",
    "De oefening komt op een moment dat de discussie over de Belgische defensie-uitgaven hoog oplaait. België besteedt ongeveer 1,2 procent van zijn bbp aan defensie, ver onder de NAVO-norm van 2 procent.",
], [], "Military exercise with war scenario vocabulary; not an event."))

# 69 Haïti: bendes vallen Solino aan, vuurgevecht in Delmas
p = "2024-10-09"
s1 = "Bij een aanval van gewapende bendes op de wijk Solino in de Haïtiaanse hoofdstad Port-au-Prince zijn maandag zeker twaalf burgers gedood."
s2 = "Diezelfde dag kwam het in Delmas, iets verder naar het oosten, tot een urenlang vuurgevecht tussen de politie en bendeleden die een politiebureau probeerden in te nemen."
A(art(p, "Bendes zaaien dood in Port-au-Prince: 'Ze gingen huis per huis'", "De Morgen", [
    s1 + " Dat meldt de mensenrechtenorganisatie RNDDH. Tientallen huizen werden in brand gestoken.",
    "Volgens bewoners vielen de gewapende mannen 's ochtends vroeg de wijk binnen. 'Ze gingen huis per huis. Wie niet kon vluchten, werd neergeschoten', vertelt een vrouw die met haar drie kinderen naar een school in het centrum vluchtte. Honderden gezinnen sloegen op de vlucht. De aanval wordt toegeschreven aan de bendecoalitie Viv Ansanm, die grote delen van de hoofdstad controleert.",
    s2 + " Volgens de politie werden daarbij vijf bendeleden gedood. Dat aantal kon niet worden bevestigd. Een agent raakte gewond.",
    "Haïti is sinds de moord op president Jovenel Moïse in juli 2021 in een diepe crisis beland. Bendes controleren naar schatting 80 procent van Port-au-Prince. Volgens de Verenigde Naties werden dit jaar al meer dan 3.600 mensen gedood bij bendegeweld.",
    "Sinds de zomer is een door Kenia geleide internationale politiemissie in het land actief. Die telt voorlopig zo'n 400 agenten, veel minder dan de 2.500 die werden beloofd. 'Met deze middelen kunnen we de bendes niet verslaan', gaf een Haïtiaanse politieofficier toe.",
    "Het RNDDH roept de overgangsregering op om dringend maatregelen te nemen om de bevolking te beschermen. 'Elke dag sterven er mensen terwijl de wereld toekijkt', zegt de directeur van de organisatie.",
    "De VN-Veiligheidsraad bespreekt later deze maand een mogelijke omvorming van de missie tot een volwaardige VN-vredesmacht.",
], [ev("Violence against civilians", "Attack", "Viv Ansanm", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest",
       "Port-au-Prince - Solino", 18.5540, -72.3180, 1, wd(p, "maandag"), fat=12, evid=[s1],
       note="Gang coalition attack on Solino on Monday 7 Oct; at least 12 civilians killed per RNDDH (neutral); attribution to Viv Ansanm is hedged ('wordt toegeschreven')."),
    ev("Battles", "Armed clash", "Unidentified Armed Group (Haiti)", 3, "Police Forces of Haiti", 1, "Haiti", "Ouest",
       "Delmas", 18.5447, -72.3028, 1, wd(p, "maandag"),
       claimed=[{"low": 5, "high": 5, "claimant": "Police Forces of Haiti", "text": "Volgens de politie werden daarbij vijf bendeleden gedood."}],
       evid=[s2],
       note="Gang members attacked a police station in Delmas the same day and fought the police; the police toll of 5 is a party claim and unconfirmed, so fatalities null. Gang left unnamed (text says only 'bendeleden'); borderline whether it is Viv Ansanm.")],
    "Two events on Monday 7 Oct in the capital area; the 2021 assassination and the yearly UN toll are background/aggregates."))

# 70 Aangekondigde acties De Lijn (Het Nieuwsblad)
A(art("2019-09-24", "Vakbonden De Lijn dreigen met acties: 'Chauffeurs zijn op'", "Het Nieuwsblad", [
    "De vakbonden bij De Lijn hebben dinsdag een stakingsaanzegging ingediend. Als er tegen half oktober geen akkoord is over de werkdruk, volgen er acties. Een eerste actiedag is voorlopig gepland op 14 oktober in Antwerpen en Gent.",
    "'Onze chauffeurs zijn op', zegt Marc Sterckx van de christelijke vakbond. 'Ze rijden diensten van elf, twaalf uur, met onderbrekingen die nergens op slaan. Er zijn dagen dat er tientallen ritten uitvallen omdat er niemand is om ze te rijden.' Volgens de bonden staan er bij De Lijn meer dan 200 vacatures voor chauffeurs open.",
    "De vervoersmaatschappij erkent het personeelstekort, maar wijst erop dat er sinds de zomer een wervingscampagne loopt. 'We begrijpen de frustratie. Tegelijk vragen we de vakbonden om de reizigers niet de dupe te laten worden', zegt woordvoerster Karin Van Aert.",
    "Vlaams minister van Mobiliteit liet weten dat ze 'de sociale partners snel rond de tafel wil zien'. De oppositie verwijt de regering dat ze De Lijn jarenlang heeft laten verkommeren. 'Eerst besparen en dan verbaasd zijn dat de bussen niet meer rijden', zegt Vlaams Parlementslid Jan Vergauwen.",
    "Het is niet de eerste keer dat het personeel van De Lijn het werk neerlegt. In 2016 en 2017 waren er meerdere stakingen tegen de besparingen, toen het openbaar vervoer in Antwerpen en Gent dagenlang grotendeels stillag.",
    "Een verzoeningsvergadering moet volgende week plaatsvinden. Reizigers wordt aangeraden de website van De Lijn in het oog te houden.",
], [], "Strike notice and a planned action day (future); earlier strikes of 2016-2017 are old; not coded."))

# 71 Overval juwelier Genk (HBvL)
A(art("2021-03-30", "Gewapende overval op juwelier in Genk: uitbater vastgebonden", "Het Belang van Limburg", [
    "Drie gemaskerde mannen hebben maandagnamiddag een juwelierszaak in de Stalenstraat in Genk overvallen. Ze bedreigden de 58-jarige uitbater met een vuurwapen en bonden hem vast met tape, waarna ze met juwelen en horloges aan de haal gingen.",
    "De overval gebeurde rond 16 uur, kort voor sluitingstijd. Volgens getuigen reden de daders weg in een grijze Volkswagen Golf met Nederlandse nummerplaten, in de richting van de E314. Een voorbijganger verwittigde de politie nadat hij de man achter het raam zag zitten. De uitbater raakte niet gewond, maar is zwaar onder de indruk.",
    "'Het is de tweede keer in vijf jaar. Ik weet niet of ik nog verder wil', zegt hij aan onze krant. Zijn zaak was in 2016 ook al het doelwit van een ramkraak.",
    "De politiezone CARMA heeft een grote zoekactie opgezet, met een helikopter en een drone, maar die leverde niets op. Het Limburgse parket stelde een onderzoeksrechter aan. 'We onderzoeken of er een link is met gelijkaardige feiten in Nederlands Limburg en in de regio Luik', zegt een woordvoerder van het parket.",
    "Handelaars in het centrum van Genk zijn ongerust. Middenstandsorganisatie Unizo vraagt meer camera's in de winkelstraten. Schepen van Middenstand belooft 'op korte termijn' overleg met de politie en de handelaars.",
    "Het parket roept getuigen op zich te melden. Wie iets verdachts heeft opgemerkt in de buurt van de Stalenstraat, wordt gevraagd contact op te nemen met de politie.",
], [], "Armed robbery: ordinary crime, not coded."))

# 72 Kosovo: betogingen tegen dinarverbod in Noord-Mitrovica en Leposavić
p = "2024-02-13"
s1 = "In Noord-Mitrovica hebben zaterdag enkele duizenden Kosovaarse Serviërs betoogd tegen het verbod op de Servische dinar."
s2 = "In Leposavić liep het maandag wel uit de hand toen betogers stenen gooiden naar een patrouille van de Kosovaarse politie."
s3 = "Drie agenten raakten gewond, een politiewagen werd vernield."
A(art(p, "Spanning in Noord-Kosovo: stenen op politie na dinarverbod", "VRT NWS", [
    s1 + " De betogers trokken met Servische vlaggen en borden met 'Onze munt, ons leven' naar de brug over de Ibar. Het protest verliep volgens de politie en de NAVO-vredesmacht KFOR rustig.",
    "Sinds begin februari mogen in Kosovo alleen nog betalingen in euro gebeuren. Voor de Servische gemeenschap in het noorden, die lonen, pensioenen en uitkeringen uit Belgrado in dinar ontvangt, heeft dat grote gevolgen. 'Mijn moeder krijgt haar pensioen uit Servië. Hoe moet ze dat nu ophalen?', zegt een betoger.",
    s2 + " " + s3 + " De politie hield vier mensen aan. Volgens de Servische lijst, de grootste partij van de Kosovaarse Serviërs, werden de arrestaties 'uitgelokt' door de politie.",
    "De Kosovaarse premier Albin Kurti noemde het geweld 'georganiseerd vanuit Belgrado'. Servië ontkent dat en verwijt Pristina een 'terreurcampagne tegen de Serviërs'. De Europese Unie vroeg beide partijen om 'terughoudendheid en dialoog'.",
    "Het noorden van Kosovo is al langer een brandhaard. In september vorig jaar kwam bij een vuurgevecht tussen een Servisch commando en de Kosovaarse politie in het dorp Banjska een Kosovaarse agent om het leven, net als drie aanvallers. In mei vorig jaar raakten tientallen KFOR-militairen gewond bij rellen in Zvečan.",
    "KFOR liet weten zijn aanwezigheid in het noorden voorlopig op te voeren. De EU-gezant voor de dialoog tussen Servië en Kosovo wordt later deze week in Pristina verwacht.",
], [ev("Protests", "Peaceful protest", "Protesters (Kosovo)", 6, None, None, "Kosovo", "Mitrovica",
       "North Mitrovica", 42.8914, 20.8660, 1, wd(p, "zaterdag"), evid=[s1],
       note="Kosovo Serbs protested the dinar ban in North Mitrovica on Saturday 10 Feb; calm."),
    ev("Riots", "Violent demonstration", "Rioters (Kosovo)", 5, "Police Forces of Kosovo", 1, "Kosovo", "Mitrovica",
       "Leposavic", 43.1031, 20.8025, 1, wd(p, "maandag"), inj=3, evid=[s2, s3],
       note="Protesters threw stones at a police patrol in Leposavic on Monday 12 Feb; 3 officers injured, 4 detained.")],
    "Two events (Saturday protest, Monday riot). The Banjska clash and the Zvecan riot of 2023 are old background; KFOR reinforcement is future."))

# 73 Filmrecensie oorlogsfilm (De Standaard)
A(art("2018-06-14", "Recensie: 'Aan de IJzer' toont de Groote Oorlog zonder heldendom", "De Standaard", [
    "Honderd jaar na het einde van de Eerste Wereldoorlog krijgen we er nog een film bij over de loopgraven aan de IJzer. Wie vreest voor een zoveelste plechtige herdenkingsprent, mag gerust zijn: 'Aan de IJzer' van regisseur Lieven Van den Broeck is rauw, modderig en bij momenten ronduit pijnlijk om naar te kijken.",
    "We volgen Remi, een boerenzoon uit het Meetjesland die in 1917 in de frontlijn bij Diksmuide belandt. Zijn officieren spreken Frans, hij begrijpt hun bevelen nauwelijks. Het bombardement dat in de openingsscène zijn halve compagnie wegvaagt, wordt zonder muziek getoond. Alleen het gefluit van de granaten en de stilte die erop volgt.",
    "Van den Broeck filmt de oorlog niet als een heldenepos, maar als een eindeloze herhaling van wachten, kou en angst. De aanvallen zijn kort en chaotisch; de doden vallen zonder betekenis. Dat maakt de film sterker dan veel Hollywoodproducties, waarin de oorlog altijd nog een doel lijkt te dienen.",
    "Jonge acteur Ward Maes is een revelatie als Remi. Zijn gezicht vertelt meer dan de schaarse dialogen. Ook de bijrollen, met onder anderen Sara De Roo als de moeder die thuis op brieven wacht, zijn sterk.",
    "Minder overtuigend is de flamingantische verhaallijn in het laatste halfuur. Die voelt aan als een verplicht nummer, en de film verliest er vaart door. Ook duurt het geheel met ruim twee uur en een kwartier net iets te lang.",
    "Toch is dit een film die blijft nazinderen. Wie ooit langs de Dodengang in Diksmuide wandelde, zal het landschap herkennen. 'Aan de IJzer' is vanaf woensdag te zien in de Vlaamse bioscopen.",
    "Oordeel: vier sterren op vijf.",
], [], "Film review of a (fictional) war film; war vocabulary, no event."))

# 74 Drugsvangst haven Antwerpen (GvA)
A(art("2020-10-07", "Douane onderschept 4 ton cocaïne in bananencontainers", "Gazet van Antwerpen", [
    "De douane heeft in de Antwerpse haven ruim vier ton cocaïne in beslag genomen. De drugs zaten verstopt tussen dozen bananen in zes containers afkomstig uit Ecuador. Dat maakte het federaal parket woensdag bekend. De straatwaarde wordt geschat op meer dan 200 miljoen euro.",
    "De containers werden vorige week bij een gerichte controle aan een terminal op de Linkeroever gescand. Op de beelden zagen de douaniers afwijkingen in de lading. Bij het openen van de containers troffen ze honderden blokken cocaïne aan, verpakt in plastic en voorzien van een logo van een schorpioen.",
    "Bij de operatie werden in Antwerpen en Wilrijk drie mensen opgepakt, onder wie een havenarbeider van 27 jaar. Zij worden verdacht van invoer van verdovende middelen in het kader van een criminele organisatie. Huiszoekingen leverden een vuurwapen, 80.000 euro cash en twee luxewagens op.",
    "'Dit toont aan dat de controles werken, maar ook dat de druk op de haven enorm blijft', zegt minister van Financiën. Vorig jaar werd in Antwerpen 62 ton cocaïne onderschept, een record. Dit jaar staat de teller al op meer dan 50 ton.",
    "Experts waarschuwen dat de inbeslagnames maar een fractie van de totale aanvoer zijn. Ook de corruptie van havenpersoneel baart zorgen. Criminele organisaties bieden havenarbeiders volgens het parket tot 100.000 euro om een container van de terminal te halen.",
    "Het havenbedrijf en de douane willen de komende jaren investeren in extra scanners en in een beter toegangsbeheer voor de terminals.",
], [], "Drug seizure and arrests of ordinary suspects: drug crime, not coded."))

# 75 XR-blokkade A12 Den Haag (Haarlems Dagblad)
p = "2023-05-29"
s1 = "Ruim 1.500 klimaatactivisten zijn zaterdag in Den Haag aangehouden toen ze de A12 blokkeerden ter hoogte van het ministerie van Buitenlandse Zaken."
s2 = "De politie zette urenlang een waterkanon in om de activisten van de weg te spuiten, waarna ze een voor een in bussen werden afgevoerd."
A(art(p, "Opnieuw massa-aanhoudingen bij klimaatblokkade A12, ook Haarlemmers in de bus", "Haarlems Dagblad", [
    s1 + " De actie van Extinction Rebellion was gericht tegen de miljarden aan fossiele subsidies die de overheid jaarlijks verstrekt.",
    "De activisten liepen rond het middaguur vanaf het Malieveld de snelweg op. Er waren gezinnen met kinderen, studenten en gepensioneerden. " + s2 + " Zij werden later op de dag vrijgelaten.",
    "Onder de aangehouden activisten waren ook zeker twintig inwoners van Haarlem en omgeving. 'Ik ben 71 en ik heb nog nooit in een politiebus gezeten', zegt Els Dekker uit Heemstede. 'Maar als de regering niet luistert, moet je wel. Het water kwam tot in mijn schoenen, maar ik heb geen spijt.'",
    "Het was niet de eerste keer dat Extinction Rebellion de A12 blokkeerde. Sinds januari gebeurde dat al meerdere keren, telkens met honderden aanhoudingen. De burgemeester van Den Haag liet in een verklaring weten dat het demonstratierecht 'een groot goed' is, 'maar niet op een snelweg'.",
    "Volgens de politie bleef het over het algemeen rustig, hoewel enkele activisten zich aan het wegdek hadden vastgelijmd. Zij werden losgemaakt door een speciaal team. Er raakte niemand ernstig gewond.",
    "Extinction Rebellion kondigde aan terug te komen 'tot de fossiele subsidies zijn afgeschaft'. Een nieuwe blokkade is al aangekondigd voor eind juni.",
], [ev("Protests", "Protest with intervention", "Protesters (Netherlands)", 6, "Police Forces of the Netherlands", 1, "Netherlands", "South Holland",
       "The Hague", 52.0705, 4.3007, 1, wd(p, "zaterdag"), evid=[s1, s2],
       note="XR blockade of the A12 in The Hague on Saturday 27 May dispersed with a water cannon; over 1,500 detained (borderline: the mass arrest is the same place, day and sides, folded into this event).")],
    "One protest with intervention coded. Earlier blockades since January (no day) and the announced June blockade are not coded."))
