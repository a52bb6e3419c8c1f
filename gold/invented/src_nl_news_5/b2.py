# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 11 hoger beroep brandbom bij huis van wethouder (2022)
P = "2024-11-14"
A(art(P, "Hof verhoogt straf voor brandbom bij huis van Hoornse wethouder", "Noordhollands Dagblad", [
    "Het gerechtshof in Amsterdam heeft woensdag de straf verhoogd van een 26-jarige man die in september 2022 een brandbom gooide tegen het huis van een wethouder in Hoorn. Hij moet vier jaar de cel in, een jaar langer dan de rechtbank hem eerder oplegde.",
    "De man gooide in de nacht een fles met benzine tegen het raam van de woonkamer, waar de wethouder, zijn vrouw en hun dochter op dat moment boven lagen te slapen. Het raam knapte, maar het vuur doofde vanzelf op de vensterbank. Het gezin werd wakker van de rookmelder.",
    "Volgens het hof wilde de man de wethouder intimideren omdat die verantwoordelijk was voor de komst van een opvanglocatie voor asielzoekers in de wijk. Op zijn telefoon werden berichten gevonden waarin hij de bestuurder 'een landverrader' noemde. 'Wie een bestuurder in zijn eigen huis aanvalt, raakt aan de democratie', aldus het hof, dat een terroristisch oogmerk overigens niet bewezen achtte.",
    "De wethouder was bij de uitspraak niet aanwezig. In een schriftelijke reactie liet hij weten 'opgelucht' te zijn. Hij is inmiddels verhuisd en heeft zijn portefeuille behouden.",
    "Bedreigingen en intimidatie van lokale politici nemen volgens het ministerie van Binnenlandse Zaken al jaren toe. Bijna de helft van de burgemeesters en wethouders kreeg de afgelopen jaren te maken met agressie.",
], [], "Appeal ruling on a 2022 firebomb attack on an alderman's home; the attack is old background, not coded."))

# 12 rellen in Molenbeek na dood jongere
P = "2025-01-15"
A(art(P, "Nacht van rellen in Molenbeek na dood van jongere bij politieachtervolging", "Bruzz", [
    "In Sint-Jans-Molenbeek is het dinsdagavond urenlang onrustig geweest. Tientallen jongeren staken vuilnisbakken en twee auto's in brand en bekogelden de politie met stenen en zwaar vuurwerk rond het Graaf van Vlaanderenplein en de Ninoofsesteenweg. Drie agenten raakten lichtgewond.",
    "De onrust volgde op de dood van een 17-jarige jongen uit de gemeente, die zondagnacht verongelukte toen hij met een scooter op de vlucht sloeg voor een politiecontrole en tegen een geparkeerde bestelwagen knalde. Op sociale media gingen sinds maandag oproepen rond om 'de politie te laten voelen wat er gebeurd is'.",
    "De politiezone Brussel-West zette een waterkanon in en voerde 29 bestuurlijke aanhoudingen uit. Rond twee uur 's nachts was de rust teruggekeerd. Het Comité P onderzoekt de politieachtervolging van zondag, zoals gebruikelijk bij een overlijden na een politie-interventie.",
    "De burgemeester van Molenbeek riep woensdag op tot kalmte. 'Het verdriet van de familie is groot en terecht. Maar wie vandaag auto's van buurtbewoners in brand steekt, helpt niemand', zei ze. De familie van de jongen sloot zich bij die oproep aan.",
    "Ook in 2017 en 2020 kwam het in Brusselse wijken tot rellen na incidenten met de politie.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, "Police Forces of Belgium", 1, "Belgium", "Brussels Capital", "Sint-Jans-Molenbeek", 50.8549, 4.3225, 1, wd(P, "dinsdag"),
       inj=3,
       evid=["In Sint-Jans-Molenbeek is het dinsdagavond urenlang onrustig geweest.", "Tientallen jongeren staken vuilnisbakken en twee auto's in brand en bekogelden de politie met stenen en zwaar vuurwerk rond het Graaf van Vlaanderenplein en de Ninoofsesteenweg.", "Drie agenten raakten lichtgewond."],
       note="One riot against police on Tuesday evening, the 29 arrests and the water cannon folded in; the fatal crash on Sunday is an accident; 2017/2020 riots are background."),
], "One riot in Molenbeek on Tuesday; the crash that set it off, the online calls and older riots not coded."))

# 13 jaarcijfers demonstraties
P = "2025-02-05"
A(art(P, "Recordaantal demonstraties in Amsterdam: ruim 1.900 in één jaar", "Het Parool", [
    "In Amsterdam zijn vorig jaar 1.934 demonstraties gehouden, meer dan ooit. Dat blijkt uit cijfers die de gemeente dinsdag naar de gemeenteraad heeft gestuurd. In 2023 waren het er nog ruim 1.500, tien jaar geleden minder dan achthonderd.",
    "Het grootste deel van de betogingen ging over de oorlog in Gaza: bijna zeshonderd keer kwamen mensen op straat bijeen voor de Palestijnen of, veel minder vaak, voor Israël. Ook klimaat, woningnood en de bezuinigingen op het onderwijs brachten veel mensen op de been.",
    "Volgens de gemeente verliep ruim 95 procent van de demonstraties zonder noemenswaardige incidenten. Bij 41 betogingen werd de ME ingezet, bij 23 daarvan werden mensen aangehouden, in totaal ruim 1.100. Het grootste deel van die aanhoudingen viel bij blokkades van klimaatactivisten en bij de ontruiming van bezettingen op universiteitsterreinen.",
    "Burgemeester Halsema schrijft in een begeleidende brief dat het demonstratierecht 'een groot goed' is, maar dat de druk op politie en handhaving 'niet eindeloos kan toenemen'. Vooral demonstraties die op het laatste moment of helemaal niet worden aangemeld, kosten veel capaciteit.",
    "De gemeenteraad bespreekt de cijfers volgende maand. Enkele partijen willen dat de gemeente vaker vaste demonstratieplekken aanwijst, andere vrezen juist dat het recht op protest daardoor wordt ingeperkt.",
], [], "Annual statistics on demonstrations; aggregate tallies, not coded."))

# 14 overval supermarkt
P = "2024-12-03"
A(art(P, "Schot gelost bij overval op supermarkt in Apeldoorn", "De Stentor", [
    "Bij een gewapende overval op een supermarkt aan de Loolaan in Apeldoorn is maandagavond een schot gelost. Twee mannen met bivakmutsen kwamen vlak voor sluitingstijd binnen en dwongen een caissière onder bedreiging van een vuurwapen de kassa leeg te halen. Toen een vakkenvuller de mannen wilde tegenhouden, vuurde een van hen in het plafond.",
    "Niemand raakte gewond, maar het personeel en een handvol klanten waren zwaar geschrokken. 'Ze schreeuwden en zwaaiden met dat wapen, je denkt echt dat je doodgaat', vertelt een klant die zich achter een schap verstopte. Slachtofferhulp heeft contact gezocht met de medewerkers.",
    "De overvallers gingen er met een onbekend geldbedrag vandoor in een grijze auto, die later brandend werd aangetroffen op een parkeerplaats bij de Apenheul. De politie zette een helikopter in, maar de mannen zijn nog niet gevonden.",
    "Het is de tweede overval op een supermarkt in Apeldoorn in een maand. Begin november werd een filiaal in Zevenhuizen overvallen. De politie onderzoekt of dezelfde daders erachter zitten.",
    "De supermarkt was dinsdag gewoon open. De eigenaar liet weten de beveiliging aan te scherpen en voortaan na zeven uur 's avonds geen contant geld meer in de kassa's te bewaren.",
], [], "Armed robbery; ordinary crime, not coded."))

# 15 Soedan: drone-aanval op El Obeid en aanval op dorpen bij Bara
P = "2025-07-22"
A(art(P, "RSF bestookt El Obeid met drones en valt dorpen rond Bara aan", "de Volkskrant", [
    "In de Sudanese deelstaat Noord-Kordofan zijn in het weekend bij twee aanvallen van de paramilitaire Rapid Support Forces (RSF) tientallen burgers om het leven gekomen. Het geweld in de regio, die de toegang tot Darfur vormt, laait al weken op.",
    "Zaterdag troffen drones van de RSF een drukke markt en een wijk in het zuiden van El Obeid, de hoofdstad van de deelstaat. Volgens medische bronnen in het universitair ziekenhuis van de stad kwamen daarbij zeker vier burgers om het leven, onder wie een kind; elf mensen raakten gewond.",
    "Een dag later, op zondag, trokken strijders van de RSF volgens ooggetuigen met pick-ups en motoren verschillende dorpen ten noorden van Bara binnen. Zij zouden huizen in brand hebben gestoken en mannen die probeerden te vluchten hebben doodgeschoten. Het VN-bureau voor humanitaire zaken, OCHA, meldt op basis van eigen contacten zeker 27 doden. De Sudanese regering spreekt van 'een bloedbad' met meer dan tachtig doden en beschuldigt de RSF van genocide.",
    "De RSF ontkent burgers te hebben aangevallen en zegt alleen legerposities rond Bara te hebben bestookt. Onafhankelijke bevestiging is lastig: journalisten hebben vrijwel geen toegang tot het gebied en het telefoonnetwerk ligt grotendeels plat.",
    "De oorlog tussen het Sudanese leger en de RSF begon in april 2023. Volgens de VN zijn sindsdien tienduizenden mensen gedood en is ongeveer een kwart van de bevolking op de vlucht geslagen. In Noord-Kordofan vluchtten de afgelopen maand alleen al zo'n veertigduizend mensen.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Kordofan", "El Obeid", 13.1843, 30.2167, 1, wd(P, "zaterdag"),
       fat=4, inj=11,
       evid=["Zaterdag troffen drones van de RSF een drukke markt en een wijk in het zuiden van El Obeid, de hoofdstad van de deelstaat.", "Volgens medische bronnen in het universitair ziekenhuis van de stad kwamen daarbij zeker vier burgers om het leven, onder wie een kind; elf mensen raakten gewond."],
       note="RSF drone strike on El Obeid on Saturday; hospital toll."),
    ev("Violence against civilians", "Attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Kordofan", "Bara", 13.7000, 30.3667, 2, wd(P, "zondag"),
       fat=27,
       claimed=[{"low": 80, "high": None, "claimant": "Government of Sudan", "text": "meer dan tachtig doden"}],
       evid=["Een dag later, op zondag, trokken strijders van de RSF volgens ooggetuigen met pick-ups en motoren verschillende dorpen ten noorden van Bara binnen.", "Het VN-bureau voor humanitaire zaken, OCHA, meldt op basis van eigen contacten zeker 27 doden."],
       note="Unnamed villages north of Bara coded as one event near Bara (precision 2); OCHA's 27 taken, the government's 80+ is a party claim; the RSF denial does not undo the event (OCHA treats it as having happened)."),
], "Two events: RSF drones on El Obeid on Saturday and an RSF attack on villages near Bara on Sunday; the weekend total and the war tallies not coded."))

# 16 trein ramt tractor
P = "2024-08-27"
A(art(P, "Trein ramt tractor op overweg bij Hurdegaryp, machinist gewond", "Leeuwarder Courant", [
    "Op een overweg bij Hurdegaryp is maandagmiddag een trein van Arriva in botsing gekomen met een tractor met aanhanger. De machinist raakte gewond en werd met een ambulance naar het Medisch Centrum Leeuwarden gebracht. De bestuurder van de tractor, een 19-jarige loonwerker uit de omgeving, sprong op het laatste moment uit zijn cabine en kwam met de schrik vrij.",
    "De trein, op weg van Leeuwarden naar Groningen, schoof na de klap nog zo'n tweehonderd meter door. De voorkant van het treinstel werd zwaar beschadigd, de aanhanger met kuilgras werd over het spoor verspreid. De ongeveer dertig passagiers bleven ongedeerd en werden met bussen verder vervoerd.",
    "Het gaat om een overweg met spoorbomen en knipperlichten. Hoe de tractor toch op het spoor terechtkwam, is nog onduidelijk. De politie en de Onderzoeksraad voor Veiligheid doen onderzoek. Volgens omwonenden staan de bomen hier 'altijd ontzettend lang' dicht, waardoor bestuurders ongeduldig worden.",
    "Het treinverkeer tussen Leeuwarden en Buitenpost lag tot in de avond stil. ProRail moest de bovenleiding en een stuk spoor herstellen.",
    "Het is niet de eerste keer dat het op deze lijn misgaat. In 2021 kwam een automobilist om bij een botsing met een trein bij Feanwâlden. De provincie Fryslân wil een aantal overwegen op de lijn vervangen door tunnels, maar daar is nog geen geld voor.",
], [], "Train-tractor collision; accident, not coded."))

# 17 staking De Lijn afgeblazen
P = "2025-04-09"
A(art(P, "Vakbonden blazen staking bij De Lijn af na akkoord over werkdruk", "Gazet van Antwerpen", [
    "De staking die de vakbonden bij De Lijn voor volgende week maandag hadden aangekondigd, gaat niet door. Na een overleg dat tot diep in de nacht duurde, bereikten directie en vakbonden dinsdag een akkoord over de werkdruk van chauffeurs en de dienstregeling in het Antwerpse.",
    "De bonden hadden gedreigd om in de provincie Antwerpen een volledige dag het werk neer te leggen. Chauffeurs klaagden al maanden over te krappe rijtijden, waardoor ze hun pauzes niet konden nemen, en over agressie van reizigers op een aantal lijnen in Antwerpen-Noord en Borgerhout.",
    "Volgens het akkoord komen er dit jaar zestig extra chauffeurs bij en worden de rijtijden op twintig lijnen verruimd. Op de lijnen waar het meest agressie voorkomt, rijden voortaan vaker begeleiders mee. 'Het is geen overwinning, maar wel een stap in de goede richting', zegt een vakbondssecretaris van ACOD.",
    "De Lijn is opgelucht. 'Een staking treft vooral scholieren en mensen die geen auto hebben', zegt een woordvoerster. Het vervoersbedrijf kampt al langer met een tekort aan personeel. Vorig jaar werden volgens de eigen cijfers ruim honderdduizend geplande ritten geschrapt.",
    "De achterban van de vakbonden moet het akkoord nog goedkeuren. Daarover wordt eind deze week gestemd in de stelplaatsen.",
], [], "Called-off strike; labour news, not coded."))

# 18 aanval op azc Budel
P = "2024-09-02"
A(art(P, "Groep gooit stenen en vuurwerkbommen naar azc in Budel", "Eindhovens Dagblad", [
    "Een groep van zo'n twintig mensen heeft in de nacht van vrijdag op zaterdag stenen en zware vuurwerkbommen gegooid naar het asielzoekerscentrum in Budel. Daarbij sneuvelden ruiten van twee woonunits en van de ontvangstruimte. Volgens het COA scandeerden de daders leuzen als 'Budel blijft van ons' voordat ze in de richting van het dorp verdwenen.",
    "In de units sliepen op dat moment gezinnen met kinderen. Niemand raakte gewond, maar volgens een medewerker van het COA zijn veel bewoners erg geschrokken. 'Een moeder vertelde dat haar kinderen niet meer bij het raam durven te slapen.'",
    "De politie heeft een rechercheteam ingesteld en gaat uit van een discriminatoir motief. Er zijn nog geen aanhoudingen verricht. Beveiligers van het centrum zagen de groep wegrennen, maar konden geen gezichten herkennen; de meesten droegen een capuchon of een bivakmuts.",
    "De aanval volgt op weken van onrust in de gemeente Cranendonck over de plannen om het azc met driehonderd plekken uit te breiden. Bij een informatieavond woensdag werden wethouders uitgejouwd. De burgemeester sprak zaterdag van 'een laffe daad die niets met een fatsoenlijk debat te maken heeft'. Een groep inwoners heeft voor volgende week een demonstratie tegen de uitbreiding aangekondigd.",
    "Het COA heeft de beveiliging rond het terrein voorlopig uitgebreid.",
], [
    ev("Riots", "Mob violence", "Rioters (Netherlands)", 5, "Civilians (Netherlands)", 7, "Netherlands", "Noord-Brabant", "Budel", 51.2733, 5.5750, 1, wd(P, "vrijdag"), wd(P, "zaterdag"), tp=2,
       inj=0,
       evid=["Een groep van zo'n twintig mensen heeft in de nacht van vrijdag op zaterdag stenen en zware vuurwerkbommen gegooid naar het asielzoekerscentrum in Budel.", "Niemand raakte gewond, maar volgens een medewerker van het COA zijn veel bewoners erg geschrokken."],
       note="Group attack on an asylum centre with anti-migrant slogans: mob violence against asylum seekers (borderline with Violence against civilians/Attack); night Friday-Saturday as a two-day range; nobody injured (injured 0, fatalities null)."),
], "One mob attack on the Budel asylum centre overnight Friday-Saturday; the heckled information evening and the announced demonstration not coded."))

# 19 column
P = "2024-06-28"
A(art(P, "Column: Het Binnenhof is geen slagveld, al lijkt het er steeds meer op", "Trouw", [
    "Wie deze week naar het debat over de regeringsverklaring keek, zou denken dat er in Den Haag een oorlog woedt. Kamerleden 'schieten met scherp', fractievoorzitters 'gaan in de loopgraven zitten', een minister 'overleeft een bombardement van vragen'. Zelfs de voorzitter had het over 'een slagveld' toen ze aan het eind van de avond de vergadering sloot.",
    "Ik snap waar het vandaan komt. Politiek is strijd, en strijd vraagt om beeldspraak. Maar ik word er steeds ongemakkelijker van. Want terwijl wij hier metaforen afvuren, zitten er in Kamerzalen elders in Europa mensen die echt niet meer weten of hun huis morgen nog staat.",
    "Een oud-Kamerlid vertelde me laatst dat hij in de jaren negentig 'nooit' het woord vijand in de mond nam als hij het over een collega had. Tegenwoordig gebeurt dat wekelijks, en op sociale media gaat het nog veel verder. Burgemeesters krijgen kogels in de brievenbus, wethouders brandbommen tegen het raam. Woorden zijn geen daden, maar ze maken sommige daden wel makkelijker.",
    "Het zou helpen als de Kamer, die zo graag praat over normen en waarden, begint bij haar eigen woordenboek. Een debat is een debat. Een tegenstander is geen vijand. En een motie die het niet haalt, is geen gesneuvelde soldaat.",
    "Volgende week gaat de Kamer met reces. Misschien is dat het moment om de wapens, pardon, de woorden even neer te leggen.",
], [], "Opinion column with war metaphors and generic references to threats; no event, not coded."))

# 20 steekpartij uitgaansgebied Groningen
P = "2025-01-27"
A(art(P, "Twee gewonden bij steekpartij in Groningse Poelestraat", "Dagblad van het Noorden", [
    "Bij een steekpartij in de Poelestraat in Groningen zijn in de nacht van zaterdag op zondag twee jonge mannen gewond geraakt. Een van hen, een 22-jarige student uit de stad, werd in zijn zij gestoken en moest in het UMCG worden geopereerd. De ander liep een snijwond aan zijn hand op toen hij probeerde de ruzie te sussen.",
    "Volgens getuigen begon het rond kwart over drie met een woordenwisseling voor een café over een gemorst drankje. Binnen een paar seconden werd er geduwd en geslagen, waarna een man een mes trok. Portiers en omstanders hielden hem vast tot de politie er was.",
    "De politie hield een 19-jarige man uit Hoogezand aan op verdenking van poging tot doodslag. Hij zit nog vast. Ook een vriend van hem werd aangehouden omdat hij agenten zou hebben bespuugd.",
    "Burgemeester Schuiling laat weten 'geschokt' te zijn dat er opnieuw een mes werd gebruikt in het uitgaansgebied. In de Poelestraat en de Peperstraat gold eerder dit jaar al een paar weekenden een veiligheidsrisicogebied, waarin de politie mensen preventief mocht fouilleren. De gemeenteraad debatteert volgende week over het opnieuw invoeren van die maatregel.",
    "Het slachtoffer dat werd geopereerd, is volgens zijn familie aan de beterende hand.",
], [], "Nightlife stabbing; personal violence, not coded."))
