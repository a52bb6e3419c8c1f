# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

NL = "Netherlands"
BE = "Belgium"
PNL = "Police Forces of the Netherlands"
PBE = "Police Forces of Belgium"
RUS = "Military Forces of Russia"
ISR = "Military Forces of Israel"


def C(low, high, claimant, text):
    """A count claimed by a party to the fight (fatalities_claimed)."""
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 NOS liveblog Ukraine: the London summit, loans, a weekly drone tally (negative: diplomacy, aid pledges, tallies)
P = "2025-03-02"
A(art(P, "Liveblog Oekraïne: Europese leiders in Londen bijeen over steun aan Kyiv", "NOS", [
    "Liveblog oorlog in Oekraïne | zondag 2 maart",
    "09.05 uur: Goedemorgen en welkom in dit liveblog. In Londen komen vandaag zo'n achttien regeringsleiders bijeen om te praten over de steun aan Oekraïne en over veiligheidsgaranties voor het geval er een bestand komt. Ook president Zelensky schuift aan, twee dagen na zijn uit de hand gelopen gesprek in het Witte Huis. Premier Schoof reist namens Nederland af.",
    "09.40 uur: Het Verenigd Koninkrijk en Oekraïne hebben gisteravond een lening getekend van ruim 2 miljard pond. Het geld moet worden terugbetaald uit de winsten op bevroren Russische tegoeden en is bedoeld voor wapens en munitie.",
    "10.30 uur: Even terug naar vrijdag. Het gesprek in het Oval Office eindigde in een openlijke ruzie voor draaiende camera's. Een geplande ondertekening van een grondstoffenakkoord ging daarna niet door. In Europese hoofdsteden wordt sindsdien koortsachtig overlegd over hoe het verder moet als de Amerikaanse steun wegvalt.",
    "11.15 uur: De Oekraïense luchtmacht heeft haar weekoverzicht gepubliceerd. Afgelopen week vuurde Rusland volgens de luchtmacht ruim 1100 aanvalsdrones, bijna 1400 geleide bommen en zo'n 35 raketten af op Oekraïne. Het grootste deel van de drones zou zijn neergehaald of door stoorzenders uit koers zijn gebracht. Onafhankelijk te controleren zijn die cijfers niet.",
    "12.50 uur: Intussen in Nederland: in verschillende steden zijn voor de komende weken steunbijeenkomsten voor Oekraïne aangekondigd. De organisatie van de bijeenkomst in Amsterdam verwacht zaterdag enkele duizenden mensen op de Dam.",
    "14.20 uur: 'Dit is een top waar Europa laat zien of het zijn eigen veiligheid serieus neemt', zegt defensiedeskundige Marieke Hoogland van Instituut Clingendael in de NOS-studio. 'Mooie woorden zijn er genoeg geweest. De vraag is wie er troepen, geld en luchtverdediging op tafel legt.'",
    "16.45 uur: De top is afgelopen. Gastheer Starmer sprak na afloop van een coalitie van bereidwillige landen die samen met Oekraïne aan een plan voor een bestand gaat werken. Concrete toezeggingen over Europese troepen in Oekraïne werden niet gedaan. Over twee weken is er opnieuw overleg, deze keer via een videoverbinding.",
    "17.30 uur: Hiermee sluiten we dit liveblog. Morgen houden we u op de hoogte in een nieuw blog.",
], [], "Diplomacy day (London summit), a loan, a weekly nationwide tally of Russian drones and bombs claimed by the Ukrainian air force (no place or day), and support rallies announced for the coming weeks: nothing coded."))

# 2 NOS liveblog Ukraine: missile strike on Odesa, toll raised through the day; drone on the Ryazan refinery (2 events)
P = "2024-03-15"
s2a = "Bij de Russische raketaanval op Odesa zijn vanochtend zeker veertien mensen omgekomen, meldt een correspondent van persbureau Reuters ter plaatse."
s2b = "Het dodental van de raketaanval op Odesa is opgelopen tot zestien, meldt de mensenrechtenmissie van de Verenigde Naties in Oekraïne."
s2c = "Volgens de missie raakten daarnaast 73 mensen gewond."
s2d = "De regionale militaire administratie van Odesa spreekt inmiddels van twintig doden."
s2e = "In de Russische stad Rjazan heeft een Oekraïense drone woensdag een olieraffinaderij getroffen, blijkt uit satellietbeelden die vandaag zijn vrijgegeven."
s2f = "Een bron bij de Oekraïense veiligheidsdienst SBU zegt tegen Oekraïense media dat de dienst achter de aanval zit."
A(art(P, "Liveblog Oekraïne: dodental raketaanval op Odesa loopt op, raffinaderij Rjazan zwaar beschadigd", "NOS", [
    "Liveblog oorlog in Oekraïne | vrijdag 15 maart",
    "08.55 uur: Goedemorgen. We beginnen in Odesa. De havenstad in het zuiden van Oekraïne is vanochtend opnieuw doelwit geweest van een Russische raketaanval. Volgens de eerste berichten is een woonwijk aan de rand van de stad getroffen.",
    "10.20 uur: " + s2a + " Volgens ooggetuigen sloeg een tweede raket in toen hulpverleners al bezig waren met het redden van gewonden. Onder de doden zijn een brandweerman en een ambulancemedewerker.",
    "11.40 uur: Het Russische ministerie van Defensie zegt dat zijn troepen het dorp Tonenke in de regio Donetsk hebben ingenomen. De Oekraïense generale staf ontkent dat en noemt de bewering propaganda. De berichten zijn niet onafhankelijk te controleren.",
    "13.05 uur: Update: " + s2b + " " + s2c + " " + s2d + " In de stad is een dag van rouw afgekondigd.",
    "14.30 uur: " + s2e + " Op de beelden is te zien dat een van de installaties zwaar beschadigd is. Over slachtoffers is niets bekend. " + s2f,
    "15.40 uur: Het Russische ministerie van Defensie meldt dat het afgelopen nacht 58 Oekraïense drones heeft neergehaald boven acht verschillende regio's. Welke regio's dat waren, maakte het ministerie niet bekend.",
    "16.10 uur: In Berlijn overleggen de leiders van Duitsland, Frankrijk en Polen vanmiddag over de steun aan Oekraïne. Het overleg moet de onenigheid van de afgelopen weken over de levering van wapens en het sturen van westerse troepen gladstrijken.",
    "17.30 uur: Ter achtergrond: volgens de Verenigde Naties zijn sinds de Russische inval in februari 2022 in Oekraïne ruim 10.000 burgers omgekomen. De werkelijke aantallen liggen volgens de VN vermoedelijk hoger.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", RUS, 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa", "Odesa", 46.4825, 30.7233, 1, P,
       fat=16, claimed=[C(20, 20, "Odesa regional military administration", "twintig doden")], inj=73,
       evid=[s2a, s2b, s2c, s2d],
       note="Russian missile strike on Odesa this morning, told in three entries: one event. The toll rose from 14 (Reuters) to 16 (UN mission), the latest neutral count; the regional administration's 20 is a party's claim."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Ukraine", 8, None, None, "Russia", "Ryazan", "Ryazan", 54.6269, 39.6916, 1, wd(P, "woensdag"),
       evid=[s2e, s2f],
       note="Ukrainian drone hit on the Ryazan refinery on Wednesday, confirmed by satellite images; Ukraine's forces abroad are inter 8, the SBU counted as state forces; no casualties told, so fatalities null and actor2 empty."),
], "Two events: Odesa (one strike updated through the day) and the Ryazan refinery. Not coded: Russia's claim to have taken Tonenke (denied by Ukraine, not treated as fact), the 58 drones 'over eight regions' (no place), the Berlin meeting and the UN tally since 2022."))

# 3 NU.nl evening round-up: Marengo verdict, formation, weather, announced bus strike (negative: trial about old violence)
P = "2024-02-27"
A(art(P, "Het nieuws van dinsdag: levenslang voor Taghi, informateur praat verder, natte week", "NU.nl", [
    "Het nieuws van dinsdag 27 februari in het kort. Dit waren de belangrijkste berichten van vandaag.",
    "• Levenslang in Marengo-proces. De rechtbank in Amsterdam heeft Ridouan Taghi vandaag veroordeeld tot een levenslange gevangenisstraf. Ook enkele medeverdachten kregen levenslang. Het proces, dat bijna drie jaar duurde in de extra beveiligde rechtbank in Osdorp, ging over een reeks moorden en pogingen tot moord tussen 2015 en 2017. In totaal stonden zeventien verdachten terecht. De rechtbank sprak van een goed georganiseerde groep die mensen liet ombrengen als er ook maar een vermoeden van verraad was.",
    "• Schaduw over het proces. Rond het onderzoek en het proces werden de broer van kroongetuige Nabil B., zijn advocaat Derk Wiersum en misdaadverslaggever Peter R. de Vries doodgeschoten. Het OM ziet in de moorden een poging om het proces te ontwrichten. Naar de moord op De Vries loopt een aparte strafzaak.",
    "• Formatie. Informateur Ronald Plasterk heeft vandaag opnieuw met de leiders van PVV, VVD, NSC en BBB gesproken. Volgens ingewijden is er nog geen overeenstemming over de financiële paragraaf. Het eindverslag wordt half maart verwacht.",
    "• Staking in het streekvervoer. Chauffeurs van Arriva, Keolis en Qbuzz leggen donderdag in een groot deel van het land het werk neer. De vakbonden eisen een hogere loonsverhoging en minder werkdruk. Reizigers moeten rekening houden met uitval van bussen en regionale treinen.",
    "• Weer. Na een zachte februari blijft het ook de rest van de week nat. Het KNMI verwacht tot zondag geregeld buien, met lokaal hagel. 'Het wordt een van de natste winters sinds het begin van de metingen', zegt weerman Jeroen Vos.",
    "• Sport. Ajax kampt met nieuwe blessures voor het duel van zondag. De schaatsers maken zich op voor de WK allround in Inzell.",
], [], "Verdict in the Marengo trial about killings in 2015-2017 and the later murders told as background (criminal violence, old, no own date): not coded. An announced bus strike (future), formation talks, weather, sport: nothing coded."))

# 4 AT5 round-up: liquidation-style shooting in Amsterdam-Noord, tram works, Ajax-Chelsea (negative: ordinary crime)
P = "2019-10-22"
A(art(P, "Nieuws van de dag: man doodgeschoten in Noord, werkzaamheden aan tramlijn 26", "AT5", [
    "Het nieuws van dinsdag in Amsterdam, op een rij.",
    "07.45 uur: In Amsterdam-Noord is vannacht een man doodgeschoten. De schoten vielen rond 01.30 uur in een portiek aan de Kamperfoelieweg. Buurtbewoners hoorden vier of vijf knallen en zagen daarna een scooter met twee mensen wegrijden. Het slachtoffer overleed ter plaatse.",
    "10.15 uur: Update: het slachtoffer is een 31-jarige man uit Amsterdam-Noord. Hij was volgens de politie bekend bij justitie. 'We houden er rekening mee dat het een gerichte actie was', zegt een woordvoerder. De recherche onderzoekt of de man eerder bedreigd werd. De scooter werd later uitgebrand teruggevonden bij het Noorderpark.",
    "12.30 uur: Tramlijn 26 rijdt vanaf zaterdag twee weken niet tussen Centraal Station en IJburg. Het GVB zet pendelbussen in. Reizigers wordt aangeraden meer tijd te nemen of de fiets te pakken.",
    "14.00 uur: De gemeenteraad debatteert vanavond over het plan om vakantieverhuur in drie buurten in het centrum helemaal te verbieden. Verhuurplatforms spreken van een 'aanval op de middenklasse', bewonersgroepen juist van een verademing.",
    "16.20 uur: De brandweer heeft vanmiddag een brand in een bedrijfspand op het Westpoort-industrieterrein geblust. Er kwam veel rook vrij; omwonenden werd gevraagd ramen en deuren te sluiten. Niemand raakte gewond.",
    "18.10 uur: Morgen speelt Ajax in de Johan Cruijff ArenA tegen Chelsea in de Champions League. De politie verwacht een rustige avond, maar zet wel extra agenten in rond het stadion en op het Leidseplein.",
    "19.30 uur: Het weer: een droge, koele avond. Morgen eerst zon, later op de dag kans op een bui.",
], [], "A liquidation-style shooting of a man known to the police, with no gang war or other motive told: ordinary crime, out of scope. Tram works, council debate, an accidental fire and a football preview: nothing coded."))

# 5 NU.nl liveblog Middle East: strikes on Rafah, Khan Younis fighting, settler killing near Nablus, Tel Aviv rally (4 events)
P = "2024-02-11"
s5a = "In Tel Aviv gingen gisteravond duizenden mensen de straat op om te eisen dat de regering een deal sluit om de gijzelaars in Gaza vrij te krijgen."
s5b = "De betoging op het plein voor het Museum voor Kunst, door de familieleden het Gijzelaarsplein genoemd, verliep rustig."
s5c = "Bij Israëlische luchtaanvallen op Rafah, in het uiterste zuiden van de Gazastrook, zijn zondagochtend vroeg zeker negen mensen om het leven gekomen."
s5d = "Dat meldt persbureau AFP, waarvan een verslaggever de lichamen zag in het Koeweitse ziekenhuis in de stad."
s5e = "Het door Hamas geleide ministerie van Gezondheid spreekt van twaalf doden in Rafah."
s5f = "Het Israëlische leger meldt dat zijn troepen zaterdag in het westen van Khan Younis opnieuw zware gevechten hebben geleverd met strijders van Hamas."
s5g = "Daarbij zouden 'tientallen terroristen' zijn gedood."
s5h = "Inwoners en de Palestijnse Rode Halve Maan bevestigen dat er zaterdag in de stad urenlang hevig is gevochten."
s5i = "Op de Westelijke Jordaanoever hebben Israëlische kolonisten zaterdag bij Nablus een 45-jarige Palestijnse boer doodgeschoten, meldt de Israëlische mensenrechtenorganisatie B'Tselem."
A(art(P, "Liveblog Midden-Oosten: doden bij luchtaanvallen op Rafah, gevechten in Khan Younis", "NU.nl", [
    "Liveblog oorlog Israël-Hamas | zondag 11 februari",
    "07.10 uur: Goedemorgen. " + s5a + " " + s5b + " Sprekers riepen premier Netanyahu op 'niet langer te wachten'.",
    "07.50 uur: " + s5c + " " + s5d + " Onder de doden zijn volgens artsen drie kinderen.",
    "09.30 uur: Update: " + s5e + " In Rafah zitten inmiddels meer dan een miljoen mensen opeengepakt, de meesten gevlucht uit het noorden en midden van de Gazastrook.",
    "10.15 uur: " + s5f + " " + s5g + " Onafhankelijke bevestiging van dat aantal is er niet. " + s5h,
    "11.40 uur: " + s5i + " De man was volgens de organisatie aan het werk op zijn olijfgaard. Het Israëlische leger zegt dat het de zaak onderzoekt.",
    "13.00 uur: Premier Netanyahu heeft het leger opgedragen een plan te maken voor de evacuatie van burgers uit Rafah, voorafgaand aan een mogelijk grondoffensief. Meerdere westerse landen, waaronder Nederland, uitten hun zorgen over zo'n operatie.",
    "14.20 uur: Morgen doet het gerechtshof in Den Haag uitspraak in de zaak over de export van onderdelen van F-35-gevechtsvliegtuigen naar Israël. Een rechtbank wees de eis van hulporganisaties om de export te stoppen eerder af.",
    "15.00 uur: Ter achtergrond: sinds het begin van de oorlog op 7 oktober zijn in de Gazastrook volgens het ministerie van Gezondheid ruim 28.000 mensen omgekomen. Bij de aanval van Hamas op Israël kwamen toen zo'n 1200 mensen om.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Israel)", 6, None, None, "Israel", "Tel Aviv", "Tel Aviv", 32.0853, 34.7818, 1, wd(P, "gisteren"),
       evid=[s5a, s5b],
       note="Saturday evening rally of hostages' families and supporters in Tel Aviv, calm: peaceful protest."),
    ev("Explosions/Remote violence", "Air/drone strike", ISR, 8, "Civilians (Palestine)", 7, "Palestine", "Gaza Strip", "Rafah", 31.2833, 34.2500, 1, P,
       fat=9, claimed=[C(12, 12, "Gaza Ministry of Health (Hamas)", "twaalf doden")],
       evid=[s5c, s5d, s5e],
       note="Israeli air strikes on Rafah early Sunday: one event (one place, day and pair). AFP's 9 bodies are the neutral count; the Hamas-run ministry's 12 is a party's claim."),
    ev("Battles", "Armed clash", ISR, 8, "Hamas", 2, "Palestine", "Gaza Strip", "Khan Younis", 31.3333, 34.3000, 1, wd(P, "zaterdag"),
       claimed=[C(12, None, "Military Forces of Israel", "tientallen terroristen")],
       evid=[s5f, s5g, s5h],
       note="Fighting between the Israeli army and Hamas in western Khan Younis on Saturday, confirmed by residents; the army's 'tientallen' is a party's claim (12), so fatalities null."),
    ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, "Palestine", "West Bank", "Nablus", 32.2211, 35.2544, 2, wd(P, "zaterdag"),
       fat=1, evid=[s5i],
       note="Settlers shot a Palestinian farmer near Nablus on Saturday (B'Tselem, neutral): near the town, so geo_precision 2."),
], "Four events: the Tel Aviv rally (Saturday), the Rafah strikes (Sunday), the Khan Younis fighting (Saturday) and the killing near Nablus (Saturday). Not coded: the evacuation order (a plan), the F-35 ruling (tomorrow) and the war tallies since 7 October."))

# 6 NOS liveblog storm Eunice (negative: weather, accidents in war words)
P = "2022-02-18"
A(art(P, "Liveblog storm Eunice: code rood, omgewaaide bomen en doden", "NOS", [
    "Liveblog storm Eunice | vrijdag 18 februari",
    "08.30 uur: Het KNMI heeft voor Noord-Holland, Zuid-Holland, Zeeland, Friesland en Flevoland code rood afgegeven. Langs de kust worden windstoten tot 130 kilometer per uur verwacht. Mensen wordt dringend aangeraden binnen te blijven.",
    "10.10 uur: De NS laat vanaf 13.00 uur in het hele land geen treinen meer rijden. Schiphol heeft honderden vluchten geschrapt. Ook veel scholen en winkels sluiten eerder.",
    "12.45 uur: De eerste schade wordt zichtbaar. In Den Haag woei een deel van het dak van een kantoorgebouw op straat, in Amsterdam blokkeren tientallen omgewaaide bomen de weg. 'Het lijkt hier wel een slagveld', zegt Kees Bloemendaal, die in Haarlem zijn straat vol takken ziet liggen.",
    "14.20 uur: Bij Diemen is een man om het leven gekomen toen een boom op zijn auto viel. De hulpdiensten konden niets meer voor hem doen.",
    "15.05 uur: In Amsterdam-Noord raakte een deel van de dakbedekking van een sporthal los. In Zandvoort en Scheveningen is het strand afgesloten, de zee staat hoog tegen de duinen aan.",
    "16.40 uur: Het dodental in Nederland is opgelopen tot drie. Ook in Amsterdam en Amstelveen kwamen mensen om door omvallende bomen. In België vielen volgens de hulpdiensten zeker twee doden.",
    "18.00 uur: De storm trekt weg naar het oosten. Het KNMI heeft code rood ingetrokken; voor het noorden geldt nog tot middernacht code oranje. Verzekeraars verwachten tienduizenden schademeldingen. 'Een ravage zoals we die in jaren niet hebben gezien', zegt een woordvoerder van het Verbond van Verzekeraars.",
    "19.15 uur: Morgen rijden de treinen naar verwachting weer volgens de normale dienstregeling. De NS waarschuwt wel voor beperkingen op trajecten waar bomen op het spoor zijn gevallen.",
], [], "Storm Eunice: deaths by falling trees, closures, damage told in war words ('slagveld', 'ravage'). A natural disaster and accidents, out of scope: nothing coded."))

# 7 NOS liveblog Sudan, one year of war: tallies, Paris aid pledges, famine warnings (negative: tallies, aid pledges)
P = "2024-04-15"
A(art(P, "Liveblog Sudan: een jaar oorlog, donorlanden zeggen twee miljard euro toe", "NOS", [
    "Liveblog Sudan, een jaar oorlog | maandag 15 april",
    "08.00 uur: Vandaag is het precies een jaar geleden dat in Khartoum de gevechten uitbraken tussen het Sudanese leger en de paramilitaire Rapid Support Forces (RSF). In dit liveblog houden we u op de hoogte van de donorconferentie in Parijs en de reacties.",
    "08.45 uur: Ter achtergrond enkele cijfers. Volgens de Verenigde Naties zijn sinds april vorig jaar ruim 8,5 miljoen mensen op de vlucht geslagen, binnen Sudan en naar buurlanden als Tsjaad, Egypte en Zuid-Sudan. Het aantal doden wordt op minstens 15.000 geschat, maar hulporganisaties gaan uit van veel hogere aantallen.",
    "10.20 uur: Artsen zonder Grenzen waarschuwt voor een hongersnood in Noord-Darfur. 'In het kamp Zamzam sterft naar onze schatting elke twee uur een kind', zegt coördinator Sanne Kuipers. Hulptransporten komen nauwelijks door.",
    "12.15 uur: In Parijs is de conferentie begonnen. Ministers uit ruim vijftig landen en vertegenwoordigers van hulporganisaties spreken over geld voor voedsel, medicijnen en opvang. De strijdende partijen zelf zijn niet uitgenodigd.",
    "14.50 uur: Nederland trekt dit jaar extra geld uit voor noodhulp aan Sudan en de buurlanden, heeft het ministerie van Buitenlandse Zaken laten weten. Het geld gaat vooral naar voedselhulp via het Wereldvoedselprogramma.",
    "16.30 uur: De conferentie is afgesloten. In totaal is volgens de Franse regering meer dan 2 miljard euro toegezegd. Dat is nog altijd minder dan de helft van wat de VN nodig zeggen te hebben. 'Geld alleen stopt de oorlog niet', zegt Sudan-onderzoeker Yasmin Osman van de Universiteit Leiden.",
    "17.10 uur: Uit de regio Darfur komen al weken berichten dat de RSF troepen samentrekken rond El Fasher, de laatste grote stad in Darfur die nog niet in hun handen is. VN-functionarissen waarschuwen voor een bloedbad als de stad wordt aangevallen.",
    "18.00 uur: Dit was het liveblog over een jaar oorlog in Sudan.",
], [], "One-year anniversary: war tallies, displacement figures, famine warnings, a donor conference and pledges, and a warning about a possible attack on El Fasher (troop build-up 'for weeks', a threat): nothing coded."))

# 8 de Volkskrant evening round-up: RSF attack on a village near Wad Madani; fatal protest in Nairobi (2 events)
P = "2024-06-20"
s8a = "In de Sudanese deelstaat Al-Jazira hebben strijders van de paramilitaire Rapid Support Forces (RSF) woensdag een dorp ten zuiden van Wad Madani overvallen."
s8b = "Volgens het plaatselijke verzetscomité, een netwerk van buurtactivisten, werden zeker 35 dorpelingen doodgeschoten en tientallen huizen geplunderd."
s8c = "Het Sudanese leger spreekt van meer dan honderd doden."
s8d = "In de Keniaanse hoofdstad Nairobi heeft de politie vandaag traangas en waterkanonnen ingezet tegen duizenden overwegend jonge en vreedzame demonstranten die protesteerden tegen belastingverhogingen."
s8e = "Een 29-jarige demonstrant overleed later aan een schotwond, meldt Amnesty International in Kenia."
A(art(P, "Het nieuws van vandaag: bloedbad in Sudanees dorp, dode bij protest in Nairobi", "de Volkskrant", [
    "Het nieuws van donderdag 20 juni, samengevat door de redactie.",
    "Buitenland",
    "• " + s8a + " " + s8b + " " + s8c + " De RSF ontkennen dat burgers het doelwit waren en zeggen dat zij vochten tegen milities die aan de kant van het leger staan. Sinds de RSF de regio in december onder controle kregen, zijn tienduizenden mensen gevlucht.",
    "• " + s8d + " " + s8e + " De demonstranten eisen dat het parlement een wet met nieuwe belastingen op brood, benzine en mobiel internet intrekt. President Ruto heeft enkele maatregelen al geschrapt.",
    "• De Europese Unie heeft een nieuw sanctiepakket tegen Rusland goedgekeurd. Het richt zich onder meer op de doorvoer van Russisch vloeibaar gas via Europese havens.",
    "Binnenland",
    "• Het KNMI heeft voor vanavond code geel afgegeven voor een groot deel van het land vanwege onweersbuien met hagel en harde windstoten.",
    "• In Zaandam is vanmiddag een 34-jarige man gewond geraakt bij een steekpartij in een winkelstraat. De politie hield een 27-jarige man aan. Over de aanleiding is nog niets bekend.",
    "• Het Centraal Bureau voor de Statistiek meldt dat de inflatie in mei licht is gestegen, vooral door hogere prijzen voor diensten.",
    "Sport",
    "• Oranje speelt morgenavond in Leipzig tegen Frankrijk zijn tweede wedstrijd op het EK. Bij winst is de ploeg van bondscoach Koeman zeker van de volgende ronde. De KNVB verwacht zo'n tienduizend Nederlandse fans in de stad.",
], [
    ev("Violence against civilians", "Attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "Al Jazirah", "Wad Madani", 14.4012, 33.5199, 2, wd(P, "woensdag"),
       fat=35, claimed=[C(100, None, "Military Forces of Sudan", "meer dan honderd doden")],
       evid=[s8a, s8b, s8c],
       note="RSF raid on a village south of Wad Madani on Wednesday; the unnamed village is placed at Wad Madani with geo_precision 2. The local resistance committee (civilian activists) is taken as neutral (35); the army's 'more than a hundred' is a party's claim. The looting is part of the attack, and the RSF's denial does not outweigh the article's account."),
    ev("Protests", "Excessive force against protesters", "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, "Kenya", "Nairobi", "Nairobi", -1.2864, 36.8172, 1, P,
       fat=1, evid=[s8d, s8e],
       note="Police used tear gas and water cannon against largely peaceful protesters in Nairobi today and a protester died of a gunshot wound (Amnesty Kenya): excessive force against protesters."),
], "Two events: the RSF attack near Wad Madani (Wednesday) and the Nairobi protest (today). Not coded: the RSF takeover of the region in December (old), the EU sanctions package, a stabbing in Zaandam (ordinary crime), weather and sport."))

# 9 RTV Noord sport evening: the northern derby in war words (negative: sport)
P = "2022-10-16"
A(art(P, "Sportavond: FC Groningen verliest derby, Donar wint in Leiden", "RTV Noord", [
    "Het sportnieuws van zondag uit Groningen en omstreken.",
    "16.40 uur: FC Groningen heeft de derby van het Noorden verloren. In een uitverkochte Euroborg won sc Heerenveen met 1-2. Het was vanaf de eerste minuut oorlog op het veld: veertig overtredingen, zeven gele kaarten en een bankzitter van Heerenveen die met rood werd weggestuurd na een opstootje langs de lijn.",
    "16.55 uur: De Groningse trainer wilde na afloop niet met de pers praten. Verdediger Thijs Oosterhuis wel: 'We hebben de eerste helft een bombardement op hun doel uitgevoerd. Maar als je je kansen niet afmaakt, word je in de slotfase gefusilleerd.'",
    "17.20 uur: De politie spreekt van een rustige middag. Rond het stadion en op het station waren zo'n 250 agenten op de been. Supporters van Heerenveen werden met bussen naar het stadion gebracht en na afloop weer teruggereden. Er zijn geen aanhoudingen verricht.",
    "18.05 uur: Invaller Jorrit Dijkstra (19) scoorde zijn eerste doelpunt in de Eredivisie. 'Ik schoot gewoon, als een sluipschutter in de verre hoek', grijnsde de middenvelder.",
    "19.30 uur: De basketballers van Donar hebben in Leiden met 78-83 gewonnen. Het was de derde zege op rij. Bij de volleybalsters van Lycurgus ging het minder goed: zij verloren thuis met 1-3.",
    "20.15 uur: In de gemeenteraad van Groningen woedt intussen een andere strijd: over de kosten van de Euroborg. De coalitie wil geen extra geld meer steken in het stadion, de oppositie spreekt van 'een oorlog die de stad niet kan winnen'.",
], [], "Football derby, basketball and a council dispute told in war words ('oorlog', 'bombardement', 'sluipschutter'); the police report a quiet day with no arrests. Sport, out of scope: nothing coded."))

# 10 HLN live: national strike tomorrow (negative: announced strike)
P = "2025-03-30"
A(art(P, "LIVE. Nationale stakingsdag morgen: alle vertrekkende vluchten geschrapt, weinig treinen en bussen", "HLN", [
    "Live | Nationale stakingsdag maandag 31 maart: dit moet je weten",
    "10.12 u: De vakbonden ABVV, ACV en ACLVB houden morgen een nationale stakingsdag tegen de pensioenplannen en de besparingen van de regering-De Wever. Het wordt de derde grote actiedag in twee maanden.",
    "10.40 u: Brussels Airport heeft alle vertrekkende vluchten voor maandag geschrapt omdat te weinig personeel aan de veiligheidscontrole komt opdagen. Ook Charleroi verwacht geen vertrekkende vluchten. Passagiers moeten contact opnemen met hun maatschappij.",
    "11.25 u: De NMBS legt een alternatieve dienstregeling in met ongeveer een op de drie treinen. Bij De Lijn, MIVB en TEC zal volgens de directies 'sterk verstoord' gereden worden.",
    "12.10 u: Ook veel scholen, gevangenissen en postkantoren zullen morgen hinder ondervinden. In verschillende bedrijven in de Antwerpse haven worden stakingsposten verwacht. 'We leggen het land plat, dat is het doel', zegt Katrien Vermeulen, vakbondssecretaris in Gent.",
    "13.30 u: De werkgeversorganisatie VBO noemt de staking 'onverantwoord'. Ze rekent voor dat een nationale stakingsdag de economie tussen 150 en 200 miljoen euro kost.",
    "14.50 u: De vorige grote betoging, op 13 februari, bracht volgens de politie 60.000 mensen op de been in Brussel. Toen liep het aan het einde van de mars uit de hand in de buurt van het Zuidstation.",
    "16.05 u: De regering laat weten dat ze vasthoudt aan de hervormingen. Een overleg met de vakbonden staat gepland voor later in april.",
    "17.40 u: Praktisch: wie morgen met de auto naar het werk moet, rekent best op drukte op de ring rond Brussel en Antwerpen. Het Vlaams Verkeerscentrum verwacht meer files dan op een gewone maandag.",
], [], "A national strike announced for tomorrow (future), picket lines expected, business reactions; the 13 February demonstration and its riot are seven weeks old background: nothing coded."))

# 11 VRT NWS live: union march in Brussels, riot near the Zuidstation, arrests (3 events)
P = "2025-02-13"
s11a = "Tienduizenden mensen zijn vanochtend in Brussel op straat gekomen tegen de plannen van de regering-De Wever voor de pensioenen en de openbare diensten."
s11b = "De optocht van het Noordstation naar het Zuidstation verloopt tot nu toe rustig en in een gemoedelijke sfeer."
s11c = "Aan het einde van de betoging is het in de buurt van het Zuidstation onrustig geworden."
s11d = "Een groep van enkele honderden relschoppers, sommigen gemaskerd, bekogelt de politie met stenen, flessen en vuurwerk."
s11e = "De politie zet een waterkanon en traangas in."
s11f = "Volgens de Brusselse brandweer zijn vijf mensen naar het ziekenhuis gebracht, onder wie drie agenten."
s11g = "De politie heeft 31 mensen opgepakt na de rellen aan het Zuidstation, meldt de politiezone Brussel-Zuid."
A(art(P, "LIVE. Grote betoging tegen pensioenplannen in Brussel, rellen aan het Zuidstation", "VRT NWS", [
    "Live | Nationale betoging in Brussel",
    "09.15: Op het spoor is er sinds de ochtend hinder. De NMBS rijdt met ongeveer de helft van de treinen, veel betogers zijn met bussen naar de hoofdstad gekomen.",
    "11.20: " + s11a + " De vakbonden spreken van 100.000 deelnemers, de politie telt er 60.000. " + s11b,
    "12.45: Op de spandoeken vooral leuzen tegen het optrekken van de pensioenleeftijd en de malusregeling. 'Ik werk 38 jaar in de zorg. Ik heb geen zin om tot mijn 67ste patiënten te tillen', zegt verpleegkundige Annelies Claes uit Aalst.",
    "13.55: " + s11c + " " + s11d + " " + s11e + " Ruiten van een bankkantoor en enkele bushokjes sneuvelden.",
    "15.30: " + s11f + " De meeste betogers waren toen al vertrokken.",
    "17.10: " + s11g + " De vakbonden distantiëren zich van het geweld. 'Dit heeft niets te maken met onze betoging', zegt een woordvoerder van het ACV.",
    "18.20: Intussen in Anderlecht: in de buurt van het Peterbos is vannacht opnieuw geschoten. Niemand raakte gewond. Het parket onderzoekt of de schoten verband houden met drugshandel in de wijk.",
    "19.00: De vakbonden hebben al een volgende actie aangekondigd: eind maart volgt een nationale stakingsdag. De regering houdt vast aan haar plannen.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Belgium)", 6, None, None, BE, "Brussel", "Brussel", 50.8503, 4.3517, 1, P,
       evid=[s11a, s11b],
       note="The union march through Brussels today was calm: peaceful protest. The riot at its end by a separate group is coded apart."),
    ev("Riots", "Violent demonstration", "Rioters (Belgium)", 5, PBE, 1, BE, "Brussel", "Brussel - Zuidstation", 50.8357, 4.3363, 1, P,
       inj=5, evid=[s11c, s11d, s11e, s11f],
       note="A few hundred rioters pelted the police near the Zuidstation at the end of the march; water cannon and tear gas. Five taken to hospital per the fire service (neutral)."),
    ev("Strategic developments", "Arrests", PBE, 1, "Rioters (Belgium)", 5, BE, "Brussel", "Brussel - Zuidstation", 50.8357, 4.3363, 1, P,
       evid=[s11g],
       note="Mass arrest of 31 after the riot: Arrests per the codebook (borderline: could be folded into the riot)."),
], "Three events today in Brussels: the march, the riot near the Zuidstation and the 31 arrests. Not coded: a shooting in Anderlecht linked to drug dealing (ordinary crime) and the strike announced for late March."))

# 12 NOS liveblog: ICJ provisional measures in South Africa v. Israel, UNRWA funding (negative: court case, diplomacy, tallies)
P = "2024-01-26"
A(art(P, "Liveblog uitspraak Internationaal Gerechtshof: Israël moet genocide in Gaza voorkomen", "NOS", [
    "Liveblog zaak Zuid-Afrika tegen Israël | vrijdag 26 januari",
    "11.30 uur: Goedemorgen. Om 13.00 uur doet het Internationaal Gerechtshof in het Vredespaleis in Den Haag uitspraak in de zaak die Zuid-Afrika tegen Israël heeft aangespannen. Zuid-Afrika vraagt het hof om voorlopige maatregelen, waaronder een bevel om de militaire operatie in Gaza te stoppen.",
    "12.15 uur: Even de achtergrond: Zuid-Afrika beschuldigt Israël van het schenden van het Genocideverdrag. Israël noemt de beschuldiging absurd en wijst op het recht zich te verdedigen na de aanval van Hamas op 7 oktober. Een uitspraak over de vraag of er sprake is van genocide volgt pas over jaren.",
    "13.20 uur: Het hof heeft gesproken. Israël moet 'alle maatregelen binnen zijn macht' nemen om daden die onder het Genocideverdrag vallen te voorkomen, en moet meer humanitaire hulp toelaten. Een bevel om de gevechten te staken geeft het hof niet.",
    "13.50 uur: Volkenrechtjurist Pieter van Dalen (VU) in de uitzending: 'Het hof zegt niet dat er genocide plaatsvindt. Maar het vindt het risico serieus genoeg om in te grijpen. Dat is juridisch en politiek een zware klap.'",
    "15.10 uur: De reacties lopen sterk uiteen. Zuid-Afrika spreekt van een overwinning voor het internationaal recht, Israël van een oneerlijke zaak. Het Nederlandse kabinet laat weten de uitspraak zorgvuldig te bestuderen en roept alle partijen op zich eraan te houden.",
    "16.40 uur: Ander nieuws rond Gaza: de VN-hulporganisatie UNRWA heeft enkele medewerkers ontslagen. Israël beschuldigt hen van betrokkenheid bij de aanval van 7 oktober. De Verenigde Staten schorten hun bijdrage aan de organisatie voorlopig op.",
    "17.30 uur: Ter achtergrond: volgens het ministerie van Gezondheid in Gaza, dat onder Hamas valt, zijn sinds oktober meer dan 26.000 mensen omgekomen. Volgens de VN is ruim 85 procent van de bevolking op de vlucht.",
    "18.00 uur: Hiermee sluiten we dit liveblog.",
], [], "A court ruling on provisional measures about the war, reactions, UNRWA dismissals and funding, and tallies since October: nothing coded; no dated violence is reported."))

# 13 Omroep Brabant round-up, day after the provincial elections: explosive at a front door in Tilburg, accident on the A58 (negative)
P = "2023-03-16"
A(art(P, "Nieuwsoverzicht: BBB wint overal, explosie bij woning in Tilburg, ongeluk op A58", "Omroep Brabant", [
    "Het nieuws van donderdag uit Brabant, op een rij.",
    "07.30 uur: De BoerBurgerBeweging is na de Provinciale Statenverkiezingen ook in Brabant veruit de grootste partij. De partij haalt volgens de voorlopige uitslag negen zetels. Lijsttrekker Cor Verhoeven spreekt van 'een aardverschuiving'. Bij de andere partijen is het slagveld groot: VVD en CDA verliezen samen zes zetels.",
    "09.10 uur: In Tilburg-Noord is vannacht een explosief afgegaan bij de voordeur van een woning aan het Wagnerplein. Niemand raakte gewond, wel liep de woning flinke schade op. Het is de derde explosie in de wijk sinds januari. 'We sluiten niet uit dat het om een conflict in het criminele milieu gaat', zegt een woordvoerder van de politie. De burgemeester laat de woning voor drie maanden sluiten.",
    "11.45 uur: Op de A58 tussen Eindhoven en Tilburg zijn vanochtend drie auto's en een vrachtwagen op elkaar gebotst. Een 52-jarige man uit Oirschot raakte zwaargewond. De weg was urenlang dicht richting Tilburg.",
    "13.20 uur: De Brabantse provinciepolitiek maakt zich op voor de formatie. 'Niemand kan om ons heen', zegt BBB-fractievoorzitter Ilse van Dijk in Den Bosch. De andere partijen likken hun wonden.",
    "15.40 uur: In Breda is een 19-jarige man aangehouden voor een reeks inbraken in schuurtjes in de wijk Haagse Beemden.",
    "17.05 uur: Het weer: het blijft wisselvallig met buien, soms met hagel. Zaterdag wordt het iets zachter.",
    "18.30 uur: Sport: PSV speelt zaterdag in Eindhoven tegen AZ. De trainer moet het doen zonder twee geblesseerde verdedigers.",
], [], "An explosive at a front door linked by police to the criminal milieu (no gang war told): ordinary crime. Election results told in war words, a traffic accident, a burglary arrest, weather and sport: nothing coded."))

# 14 NOS liveblog Syria: rebels take Homs (Saturday) and Damascus (Sunday) (2 events)
P = "2024-12-08"
s14a = "Syrische rebellen onder leiding van de islamistische groepering Hayat Tahrir al-Sham (HTS) zeggen dat ze Damascus hebben ingenomen."
s14b = "Volgens correspondenten en inwoners zijn de rebellen vanochtend zonder noemenswaardig verzet de hoofdstad binnengetrokken; soldaten van het regeringsleger hebben hun posten verlaten."
s14c = "Zaterdagavond was Homs, de derde stad van het land, al in handen van de rebellen gevallen."
s14d = "Het leger trok zich daar volgens inwoners terug na een korte strijd aan de noordrand van de stad."
A(art(P, "Liveblog Syrië: rebellen nemen Damascus in, bewind-Assad gevallen", "NOS", [
    "Liveblog Syrië | zondag 8 december",
    "06.30 uur: " + s14a + " Op de staatstelevisie werd een verklaring voorgelezen waarin het einde van het bewind van president Assad werd aangekondigd.",
    "07.45 uur: " + s14b + " Waar Assad is, is niet bekend.",
    "08.20 uur: Hoe snel het is gegaan: het offensief begon op 27 november in het noordwesten. Binnen enkele dagen viel Aleppo, daarna Hama. " + s14c + " " + s14d + " Daarmee lag de weg naar Damascus open.",
    "10.30 uur: Volgens het Syrisch Observatorium voor de Mensenrechten, dat vanuit Londen werkt, zijn sinds het begin van het offensief bijna duizend mensen omgekomen, onder wie ruim 130 burgers.",
    "12.00 uur: Beelden uit Damascus tonen feestende mensen op het Omajjadenplein. Het hoofd van HTS, Abu Mohammed al-Jolani, heeft zijn strijders opgedragen overheidsinstellingen niet aan te vallen.",
    "14.40 uur: Ook in Nederland zijn de reacties opgetogen. 'Ik heb mijn vader om zeven uur 's ochtends gebeld. We huilden allebei', zegt Rami Haddad (34) uit Utrecht, die in 2015 naar Nederland vluchtte.",
    "16.15 uur: In Den Haag wordt nagedacht over de gevolgen voor Syrische asielzoekers. Het kabinet wil eerst de situatie afwachten voordat het conclusies trekt.",
    "19.50 uur: Russische staatsmedia melden dat Assad met zijn gezin in Moskou is aangekomen en daar asiel heeft gekregen.",
], [
    ev("Battles", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", 2, "Military Forces of Syria", 1, "Syria", "Damascus", "Damascus", 33.5138, 36.2765, 1, P,
       evid=[s14a, s14b],
       note="Rebels led by HTS took Damascus this morning, confirmed by correspondents and residents; the army left its posts. Fatalities not told."),
    ev("Battles", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", 2, "Military Forces of Syria", 1, "Syria", "Homs", "Homs", 34.7324, 36.7137, 1, wd(P, "zaterdag"),
       evid=[s14c, s14d],
       note="Homs fell to the rebels on Saturday evening after a short fight: one takeover event (the brief clash is part of it)."),
], "Two takeovers: Homs (Saturday) and Damascus (Sunday). Not coded: Aleppo and Hama (no day, older), the SOHR toll since 27 November (a tally), the celebrations on the Umayyad square (not a demonstration), reactions and Assad's flight."))

# 15 NOS liveblog: MH17, ten years on (negative: commemoration)
P = "2024-07-17"
A(art(P, "Liveblog: tien jaar na MH17, herdenking bij monument in Vijfhuizen", "NOS", [
    "Liveblog herdenking MH17 | woensdag 17 juli",
    "09.30 uur: Vandaag is het tien jaar geleden dat vlucht MH17 van Malaysia Airlines boven Oost-Oekraïne uit de lucht werd geschoten. Alle 298 inzittenden kwamen om, onder wie 196 Nederlanders. In dit liveblog volgen we de nationale herdenking bij het monument in Vijfhuizen.",
    "10.45 uur: De eerste nabestaanden komen aan bij het Nationaal Monument MH17. Rond het monument staan 298 bomen, een voor elk slachtoffer. 'Tien jaar. Het voelt als gisteren en als een eeuwigheid tegelijk', zegt Annemiek Schouten, die haar broer en schoonzus verloor.",
    "12.00 uur: Ter achtergrond: een internationaal onderzoeksteam stelde vast dat het toestel werd neergehaald met een Buk-raket van de Russische 53ste luchtafweerbrigade. De rechtbank in Den Haag veroordeelde in november 2022 twee Russen en een Oekraïense separatist bij verstek tot levenslang. Rusland weigert hen uit te leveren.",
    "13.15 uur: De herdenking is begonnen. Koning Willem-Alexander, koningin Máxima en premier Schoof zijn aanwezig, net als vertegenwoordigers van Australië, Maleisië, België en het Verenigd Koninkrijk. De namen van alle slachtoffers worden voorgelezen.",
    "14.30 uur: De koning sprak over het verdriet dat niet slijt en over het belang van waarheid en gerechtigheid. Daarna legden nabestaanden bloemen bij het monument.",
    "15.40 uur: Nederland en Australië hebben bij de Internationale Burgerluchtvaartorganisatie ICAO een zaak tegen Rusland lopen. Een uitspraak wordt later dit jaar verwacht. 'Zolang niemand zijn straf uitzit, is dit niet af', zegt Hans de Bruijn, die zijn dochter verloor en namens een groep nabestaanden spreekt.",
    "16.30 uur: Ook in Kuala Lumpur en Canberra werden vandaag herdenkingen gehouden.",
    "17.00 uur: Hiermee sluiten we het liveblog.",
], [], "Ten-year commemoration of the downing of MH17 (2014), the 2022 verdict and an ICAO case as background: old violence and a trial, nothing coded."))

# 16 NU.nl liveblog: US election night in war words, bomb threats at polling stations (negative: politics, threats)
P = "2024-11-06"
A(art(P, "Liveblog Amerikaanse verkiezingen: Trump wint strijd om de slagveldstaten", "NU.nl", [
    "Liveblog verkiezingen in de VS | woensdag 6 november",
    "01.05 uur: De eerste stembureaus aan de oostkust zijn gesloten. Alle ogen zijn gericht op de zeven zogeheten slagveldstaten, waar de strijd tussen Donald Trump en Kamala Harris wordt beslist.",
    "02.40 uur: In Georgia kwamen gisteren bommeldingen binnen bij meerdere stembureaus. Volgens de FBI waren ze afkomstig van Russische e-maildomeinen. Geen van de dreigingen bleek serieus; enkele stembureaus bleven iets langer open.",
    "04.15 uur: Trump wint volgens persbureau AP in North Carolina. Het is de eerste van de slagveldstaten die een kant kiest. In het kamp van Harris is het stil.",
    "06.30 uur: Ook Georgia en Pennsylvania gaan naar Trump. Daarmee is hij vrijwel zeker van een meerderheid in het kiescollege.",
    "08.20 uur: Trump heeft in West Palm Beach in Florida zijn aanhangers toegesproken en zichzelf tot winnaar uitgeroepen. Harris heeft nog niet gereageerd; zij spreekt later vandaag haar aanhang toe.",
    "09.10 uur: 'De Democraten hebben een politieke nederlaag van historische proporties geleden', zegt Amerika-kenner Joost de Lange van de Universiteit van Amsterdam. 'Dit is geen veldslag die ze nipt verloren, dit is een totale aftocht.'",
    "10.45 uur: Premier Schoof heeft Trump gefeliciteerd. Ook andere Europese regeringsleiders reageren. In Brussel wordt nerveus gekeken naar de gevolgen voor de handel en voor de steun aan Oekraïne.",
    "12.00 uur: Ook de Republikeinen lijken de meerderheid in de Senaat te veroveren. Over de uitslag in het Huis van Afgevaardigden is nog geen duidelijkheid.",
], [], "Election night told in war words ('slagveldstaten', 'veldslag', 'aftocht') and hoax bomb threats at polling stations (threats): nothing coded."))

# 17 Omroep Brabant round-up: curfew riots in Eindhoven (Sunday) and Den Bosch (tonight) (3 events)
P = "2021-01-25"
s17a = "Op het Stationsplein en het 18 Septemberplein in Eindhoven ging het zondagmiddag volledig mis toen een demonstratie tegen de avondklok uit de hand liep."
s17b = "Honderden relschoppers bekogelden de ME met stenen en vuurwerk, staken auto's in brand en plunderden de supermarkt in het station."
s17c = "De politie hield 55 mensen aan."
s17d = "Ook in Den Bosch is het vanavond onrustig."
s17e = "Tientallen jongeren gooiden in de wijk De Hambaken zwaar vuurwerk en stenen naar de politie, na een oproep op sociale media om tegen de avondklok te demonstreren."
A(art(P, "Nieuwsoverzicht maandag: Eindhoven ruimt op na rellen, ook onrust in Den Bosch", "Omroep Brabant", [
    "Het nieuws van maandag 25 januari uit Brabant, op een rij.",
    "08.15 uur: Eindhoven ruimt op na de zwaarste rellen in de stad in decennia. " + s17a + " " + s17b + " " + s17c + " Burgemeester John Jorritsma noemde de ongeregeldheden gisteravond schokkend.",
    "10.30 uur: Volgens de politie kwamen de relschoppers niet alleen uit Eindhoven, maar ook uit andere delen van het land. De recherche gaat camerabeelden bekijken. Ook in andere steden was het dit weekend onrustig.",
    "12.00 uur: Het RIVM meldt dat het aantal positieve tests in Brabant opnieuw licht is gedaald. In de ziekenhuizen liggen nog altijd veel coronapatiënten, vooral in Tilburg en Den Bosch.",
    "14.20 uur: De ondernemers in het station van Eindhoven kunnen voorlopig niet open. De schade loopt volgens de gemeente in de honderdduizenden euro's.",
    "16.45 uur: PSV moet het woensdag in de beker doen zonder twee geblesseerde spelers. De wedstrijd wordt zonder publiek gespeeld.",
    "21.40 uur: " + s17d + " " + s17e + " De ME is ingezet en heeft de wijk afgesloten. Of er aanhoudingen zijn verricht, is nog niet bekend.",
    "22.30 uur: Burgemeester Jack Mikkers heeft een noodverordening afgekondigd voor De Hambaken. Mensen die er niet wonen, mogen de wijk niet in.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zondag"),
       evid=[s17a, s17b],
       note="Anti-curfew demonstration in Eindhoven on Sunday that turned into rioting against the ME, arson and looting: violent demonstration."),
    ev("Strategic developments", "Arrests", PNL, 1, "Rioters (Netherlands)", 5, NL, "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, 1, wd(P, "zondag"),
       evid=[s17c],
       note="Mass arrest of 55 at the Eindhoven riot: Arrests per the codebook (borderline: could be folded into the riot)."),
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, PNL, 1, NL, "Noord-Brabant", "'s-Hertogenbosch", 51.6978, 5.3037, 1, P,
       evid=[s17d, s17e],
       note="Youths throwing fireworks and stones at police in De Hambaken tonight after a call to protest the curfew: violent demonstration. No arrests told."),
], "Three events: the Eindhoven riot and its 55 arrests (Sunday) and tonight's riot in Den Bosch. Not coded: unrest 'in other cities this weekend' (no place), corona figures, damage, sport."))

# 18 ATV round-up: stabbing at Antwerpen-Centraal, cocaine seizures, ring-road accident (negative: ordinary crime)
P = "2022-09-14"
A(art(P, "Het nieuws van woensdag: man neergestoken aan Centraal Station, recordvangst cocaïne", "ATV", [
    "Het Antwerpse nieuws van woensdag, kort samengevat.",
    "08.05 u: Aan het Koningin Astridplein, voor het Centraal Station, is vannacht een 24-jarige man neergestoken. Hij werd met verwondingen aan de buik naar het ziekenhuis gebracht en is buiten levensgevaar. Volgens getuigen ging een ruzie tussen twee groepjes jongeren vooraf aan de steekpartij.",
    "10.30 u: Update: de politie heeft een 20-jarige verdachte opgepakt in Borgerhout. Het parket spreekt van 'een uit de hand gelopen ruzie'. De verdachte wordt vandaag voorgeleid bij de onderzoeksrechter.",
    "12.15 u: De douane heeft dit jaar al meer dan 70 ton cocaïne onderschept in de Antwerpse haven, meldt de FOD Financiën. Dat is meer dan in dezelfde periode vorig jaar. Het stadsbestuur spreekt al langer van een oorlog tegen de drugsmaffia die de stad niet alleen kan winnen.",
    "14.40 u: Op de Ring ter hoogte van het Kennedytunnelcomplex is vanmiddag een vrachtwagen gekanteld. De bestuurder raakte lichtgewond. Het verkeer richting Nederland stond urenlang stil.",
    "16.20 u: Het stadsbestuur wil de komende jaren 300 extra camera's plaatsen in de stationsbuurt en in Borgerhout. De oppositie vindt dat er vooral meer wijkagenten nodig zijn.",
    "18.00 u: Sport: Royal Antwerp FC speelt zondag op de Bosuil tegen KV Mechelen. De Antwerpse trainer kan weer rekenen op zijn aanvoerder.",
    "19.30 u: Het weer: morgen zonnig en tot 22 graden. Vanaf zaterdag wordt het frisser met kans op regen.",
], [], "A stabbing after a quarrel between youths and the arrest of one suspect: ordinary crime. A cocaine seizure statistic and 'war on the drug mafia' rhetoric, an accident, weather and sport: nothing coded."))

# 19 NOS liveblog: three years of war, EU's 16th sanctions package, UN votes (negative: sanctions, diplomacy, tallies)
P = "2025-02-24"
A(art(P, "Liveblog Oekraïne: drie jaar oorlog, EU neemt nieuw sanctiepakket aan", "NOS", [
    "Liveblog oorlog in Oekraïne | maandag 24 februari",
    "07.30 uur: Goedemorgen. Vandaag is het drie jaar geleden dat Rusland Oekraïne binnenviel. Meerdere Europese regeringsleiders zijn naar Kyiv gereisd om hun steun te betuigen.",
    "08.10 uur: Rusland heeft vannacht volgens de Oekraïense luchtmacht 185 drones op Oekraïne afgevuurd. Welke regio's werden getroffen en of er slachtoffers zijn, is niet bekendgemaakt.",
    "10.00 uur: De ministers van Buitenlandse Zaken van de EU hebben in Brussel het zestiende sanctiepakket tegen Rusland aangenomen. Het pakket richt zich onder meer op de invoer van Russisch aluminium en op tankers van de zogeheten schaduwvloot die sancties op olie omzeilen.",
    "11.45 uur: Ter achtergrond: volgens de mensenrechtenmissie van de VN zijn sinds februari 2022 ruim 12.600 burgers omgekomen in Oekraïne. Miljoenen mensen zijn gevlucht, onder wie zo'n 120.000 naar Nederland.",
    "13.20 uur: 'Sancties werken, maar traag', zegt Rusland-econoom Harm Visser van de Rijksuniversiteit Groningen. 'De Russische economie draait op oorlogsproductie. Dat houdt het land een tijd vol, maar niet eindeloos.'",
    "15.30 uur: In Nederland wordt vanavond in meerdere steden stilgestaan bij de verjaardag van de inval. Op het Plein in Den Haag is om 19.00 uur een bijeenkomst met kaarsen aangekondigd.",
    "18.40 uur: In New York heeft de Algemene Vergadering van de VN een resolutie aangenomen waarin de Russische agressie wordt veroordeeld. Opvallend: de Verenigde Staten stemden tegen, samen met Rusland.",
    "20.00 uur: Hiermee sluiten we het liveblog van vandaag.",
], [], "Anniversary of the invasion: an overnight nationwide drone count with no place, the 16th EU sanctions package, UN tallies since 2022, an evening vigil announced and a UN vote: nothing coded."))

# 20 VRT NWS morning round-up: JNIM attack in Bamako; terror-suspect arrest in Antwerp (2 events)
P = "2024-09-17"
s20a = "In de Malinese hoofdstad Bamako wordt sinds vanochtend vroeg hevig gevochten nadat jihadisten een opleidingsschool van de rijkswacht en het militaire deel van de luchthaven hebben aangevallen."
s20b = "De terreurgroep JNIM, die banden heeft met Al Qaida, heeft de aanval opgeëist."
s20c = "Het Malinese leger zegt dat de situatie onder controle is en spreekt van enkele doden onder de rekruten; JNIM beweert dat het honderden soldaten heeft gedood."
s20d = "In Antwerpen is gisteren een 19-jarige man opgepakt die ervan wordt verdacht een terroristische aanslag te hebben voorbereid."
s20e = "Volgens het federaal parket had de jongeman sympathieën voor terreurgroep IS en zocht hij online naar manieren om explosieven te maken."
A(art(P, "Goeiemorgen: dit is het nieuws van dinsdagochtend", "VRT NWS", [
    "Goeiemorgen. Dit moet je weten op dinsdag 17 september.",
    "• Gevechten in Bamako. " + s20a + " " + s20b + " " + s20c + " Onafhankelijke cijfers zijn er nog niet. Het is de eerste grote aanval in de hoofdstad in jaren.",
    "• Terreurverdachte opgepakt. " + s20d + " " + s20e + " Er zijn volgens het parket geen aanwijzingen dat een aanslag op handen was. De verdachte verschijnt vandaag voor de onderzoeksrechter.",
    "• Prinsjesdag in Nederland. In Den Haag leest koning Willem-Alexander vanmiddag de troonrede voor. Het is de eerste voor het nieuwe kabinet-Schoof, dat onder meer wil besparen op ontwikkelingshulp.",
    "• Formatie. Formateur Bart De Wever zet vandaag de gesprekken met de partijen van de Arizona-coalitie voort. Volgens betrokkenen blijven de begroting en de fiscale hervorming struikelblokken.",
    "• Weer. Het blijft nazomeren. Na een nevelige start wordt het zonnig, met maxima tussen 20 en 24 graden. Het KMI verwacht pas tegen het weekend regen.",
    "• Sport. Club Brugge begint morgen aan de Champions League met een thuiswedstrijd tegen Borussia Dortmund. 'We zijn de underdog, maar we gaan niet ten onder zonder te vechten', zegt supporter Jens Verbeke, die al dertig jaar een abonnement heeft.",
    "• Verkeer. Door werken op de E40 bij Gent geldt er vanaf vanavond een rijstrookversmalling richting Brussel.",
], [
    ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Mali", 1, "Mali", "Bamako", "Bamako", 12.6392, -8.0029, 1, P,
       claimed=[C(3, None, "Military Forces of Mali", "enkele doden onder de rekruten"), C(100, None, "JNIM", "honderden soldaten")],
       evid=[s20a, s20b, s20c],
       note="JNIM assault on the gendarmerie school and the military airport in Bamako this morning, fighting ongoing: one armed clash. Only party counts ('enkele' from the army, 'honderden' from JNIM) go to claimed; fatalities null."),
    ev("Strategic developments", "Arrests", PBE, 1, "Civilians (Belgium)", 7, BE, "Antwerpen", "Antwerpen", 51.2194, 4.4025, 1, wd(P, "gisteren"),
       evid=[s20d, s20e],
       note="Arrest of a terror suspect in Antwerp yesterday: codable as an arrest of a terror suspect. No group membership told, so actor2 Civilians (Belgium) (borderline: could be Sole Perpetrator)."),
], "Two events: the Bamako attack (today) and the Antwerp terror arrest (yesterday). Not coded: Prinsjesdag, formation talks, weather, sport, road works."))
