# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 JNIM valt legerpost in Diapaga aan (Burkina Faso); oudere hinderlaag als achtergrond
P = "2023-11-28"
A(art(P, "Zeker twaalf militairen gedood bij aanval op legerpost in oosten van Burkina Faso", "ANP", [
    "Bij een aanval op een legerpost in Diapaga, in het oosten van Burkina Faso, zijn zondag zeker twaalf militairen om het leven gekomen. Dat melden een medewerker van het plaatselijke ziekenhuis en twee inwoners aan persbureau AFP. Ongeveer twintig soldaten raakten gewond.",
    "Honderden strijders op motoren vielen de post rond het middaguur van meerdere kanten aan, vertelt een inwoner die telefonisch werd bereikt. 'Ze hebben urenlang geschoten. Pas toen de helikopters kwamen, trokken ze zich terug in de richting van het park.' Het leger zegt dat het de aanval heeft afgeslagen en dat daarbij 'tientallen terroristen zijn geneutraliseerd'.",
    "De aan al-Qaida gelieerde groepering JNIM eiste de aanval maandagavond op via haar propagandakanalen. Volgens de groep kwamen meer dan dertig soldaten om. Die cijfers zijn niet onafhankelijk te controleren; de militaire junta in Ouagadougou maakt zelf zelden verliezen bekend.",
    "Diapaga ligt vlak bij het nationale park W, een uitgestrekt natuurgebied op de grens met Niger en Benin dat jihadisten al jaren als uitvalsbasis gebruiken. In augustus vorig jaar kwamen bij een hinderlaag op een bevoorradingskonvooi in dezelfde provincie nog zeventien militairen om.",
    "Sinds kapitein Ibrahim Traoré in 2022 de macht greep, belooft hij het hele grondgebied te heroveren. Volgens hulporganisaties is nog altijd zeker een derde van het land buiten de controle van de staat en zijn ruim twee miljoen mensen op de vlucht.",
], [
    ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Est", "Diapaga", 12.0708, 1.7889, 1, wd(P, "zondag"),
       fat=12, inj=20,
       claimed=[claim(30, None, "JNIM", "meer dan dertig soldaten om"),
                claim(12, None, "Military Forces of Burkina Faso", "tientallen terroristen zijn geneutraliseerd")],
       evid=["Bij een aanval op een legerpost in Diapaga, in het oosten van Burkina Faso, zijn zondag zeker twaalf militairen om het leven gekomen.",
             "Honderden strijders op motoren vielen de post rond het middaguur van meerdere kanten aan, vertelt een inwoner die telefonisch werd bereikt.",
             "De aan al-Qaida gelieerde groepering JNIM eiste de aanval maandagavond op via haar propagandakanalen."],
       note="JNIM attack on the army post on Sunday, repelled: armed clash. Twelve dead from hospital staff and residents; JNIM's 'more than thirty' and the army's 'dozens of terrorists' are claims."),
], "One armed clash at Diapaga on Sunday (JNIM claimed it). The ambush of August last year is background, not coded; the displacement figures are aggregates."))

# 2 steekpartij na ruzie in de rij bij een snackbar (gewone criminaliteit)
P = "2022-10-03"
A(art(P, "Man zwaargewond na steekpartij op Grote Markt in Groningen", "Dagblad van het Noorden", [
    "Een 27-jarige man uit Groningen is in de nacht van zaterdag op zondag zwaargewond geraakt bij een steekpartij op de Grote Markt. Hij werd met meerdere steekwonden in zijn rug en zij naar het UMCG gebracht. Volgens de politie is hij inmiddels buiten levensgevaar.",
    "Het geweld begon rond half vier bij een snackbar, waar het in het weekend na sluitingstijd van de kroegen altijd druk is. Volgens getuigen liep een woordenwisseling in de rij tussen het slachtoffer en een andere man volledig uit de hand. 'Eerst ging het erover wie er het eerst was, toen duwden ze elkaar en ineens lag hij op de grond', zegt een medewerker van de zaak, die niet met zijn naam in de krant wil.",
    "Agenten die in de binnenstad surveilleerden, waren binnen een minuut ter plaatse. Zij hielden even later in de Oosterstraat een 31-jarige man uit Hoogezand aan, bij wie een mes werd gevonden. Hij zit vast op verdenking van poging tot doodslag.",
    "Volgens de politie kenden de twee mannen elkaar niet. Er zijn geen aanwijzingen dat de steekpartij verband houdt met eerdere incidenten in het uitgaansgebied.",
    "De burgemeester liet zondag weten 'erg geschrokken' te zijn. De gemeente breidde vorig jaar het cameratoezicht op de Grote Markt en in de Poelestraat uit, nadat het aantal geweldsincidenten in de weekendnachten was gestegen. Een evaluatie daarvan volgt dit najaar.",
], [], "A stabbing after a quarrel in a queue between two strangers: personal violence, ordinary crime, not coded; the arrest of one suspect is not an Arrests event."))

# 3 Sudan: RSF overvallen Um Kadada (dinsdag), drone treft markt in El Obeid (donderdag)
P = "2024-08-10"
A(art(P, "RSF overvallen dorp in Noord-Darfur, drone treft markt in El Obeid", "NOS", [
    "In de Sudanese regio Noord-Darfur hebben strijders van de paramilitaire Rapid Support Forces (RSF) dinsdag het stadje Um Kadada overvallen. Volgens een onafhankelijk netwerk van Sudanese artsen werden zeker 23 inwoners gedood, onder wie vijf kinderen. Huizen en een deel van de markt gingen in vlammen op.",
    "Overlevenden vertellen dat de aanvallers op pick-ups en motoren binnenreden en van huis tot huis gingen. 'Ze vroegen naar de mannen en schoten iedereen neer die wegrende', zei een vrouw die naar El Fasher is gevlucht tegen een lokale radiozender. Het Sudanese leger spreekt van een 'bloedbad' met meer dan zestig doden. De RSF ontkennen dat er burgers zijn gedood en zeggen in Um Kadada te hebben gevochten tegen 'milities van het leger'.",
    "Donderdag werd ook El Obeid, honderden kilometers oostelijker in Noord-Kordofan, getroffen. Een drone sloeg rond het middaguur in op de drukke centrale markt van de stad. Volgens ziekenhuispersoneel kwamen daarbij zeker acht mensen om het leven. Een VN-woordvoerder zei dat de drone naar alle waarschijnlijkheid door de RSF was afgevuurd, die de stad al maanden vanuit het westen bestoken. De paramilitairen reageerden niet.",
    "De oorlog tussen het leger en de RSF begon in april vorig jaar. Volgens de VN zijn sindsdien meer dan tien miljoen Sudanezen op de vlucht geslagen. Vredesbesprekingen in Zwitserland, die volgende week moeten beginnen, worden door het leger vooralsnog geboycot.",
], [
    ev("Violence against civilians", "Attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Darfur", "Um Kadada", 13.6000, 26.6833, 1, wd(P, "dinsdag"),
       fat=23, claimed=[claim(60, None, "Military Forces of Sudan", "een 'bloedbad' met meer dan zestig doden")],
       evid=["In de Sudanese regio Noord-Darfur hebben strijders van de paramilitaire Rapid Support Forces (RSF) dinsdag het stadje Um Kadada overvallen.",
             "Volgens een onafhankelijk netwerk van Sudanese artsen werden zeker 23 inwoners gedood, onder wie vijf kinderen."],
       note="RSF raid on Um Kadada on Tuesday: attack on civilians (the RSF denial is not believed by the article). 23 from the doctors' network; the army's 'more than sixty' is a claim."),
    ev("Explosions/Remote violence", "Air/drone strike", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Kordofan", "El Obeid", 13.1843, 30.2167, 1, wd(P, "donderdag"),
       fat=8,
       evid=["Een drone sloeg rond het middaguur in op de drukke centrale markt van de stad.",
             "Volgens ziekenhuispersoneel kwamen daarbij zeker acht mensen om het leven."],
       note="Drone strike on the El Obeid market on Thursday; the RSF as actor1 rests on the UN spokesman's 'naar alle waarschijnlijkheid' (borderline, hedged attribution)."),
], "Two events: the RSF raid on Um Kadada (Tuesday) and the drone strike on El Obeid (Thursday). The ten million displaced and the announced talks are not coded."))

# 4 agent schiet man met mes neer (politie tegen gewone verdachte)
P = "2023-02-14"
A(art(P, "Agent schiet man met mes neer in Woensel, Rijksrecherche doet onderzoek", "Eindhovens Dagblad", [
    "Een agent heeft maandagavond in de Eindhovense wijk Woensel een man neergeschoten die agenten met een mes bedreigde. De 45-jarige man werd in zijn been geraakt en ligt in het ziekenhuis. Zijn verwondingen zijn volgens de politie niet levensbedreigend.",
    "De meldkamer werd rond acht uur gebeld door bewoners van een portiekflat aan de Kastanjelaan. Een man zou in het trappenhuis met een keukenmes zwaaien en buren bedreigen. Toen agenten arriveerden, liep hij volgens de politie met het mes op hen af en negeerde hij herhaaldelijk het bevel om het wapen weg te leggen. Een agent zette eerst een stroomstootwapen in, maar dat had geen effect. Daarna werd er geschoten.",
    "'Het ging allemaal heel snel', zegt een bewoonster van de derde verdieping. 'Ik hoorde geschreeuw en toen twee knallen. Die man woont hier al jaren, hij had het de laatste tijd heel zwaar.'",
    "Zoals altijd wanneer een agent zijn dienstwapen gebruikt, onderzoekt de Rijksrecherche het optreden. De man is aangehouden voor bedreiging. Volgens buurtbewoners kwam de politie de afgelopen maanden vaker naar de flat vanwege overlast.",
    "Vorig jaar losten agenten in Nederland volgens de Rijksrecherche 37 keer een schot op een persoon. Daarbij vielen vier doden. Politiebonden pleiten al langer voor meer training in het omgaan met verwarde personen.",
], [], "Police shooting of a man threatening officers with a knife: police against a criminal suspect, not coded; the national tally is a statistic."))

# 5 boeren: trekkerprotest in Leeuwarden (zaterdag) en brandende banden op de A7 bij Heerenveen (nacht vr-za)
P = "2024-02-05"
A(art(P, "Honderden trekkers in Leeuwarden, brandende banden op de A7", "Leeuwarder Courant", [
    "Zaterdag trokken honderden boeren met hun trekkers naar het provinciehuis in Leeuwarden. Ze protesteerden tegen de provinciale plannen om rond kwetsbare natuurgebieden minder vee toe te staan en tegen de nieuwe mestregels uit Den Haag. Volgens de politie ging het om zo'n vierhonderd trekkers; de organisatie sprak van het dubbele.",
    "Bij het provinciehuis hielden boeren toespraken vanaf een platte kar, terwijl gedeputeerden vanachter de ramen toekeken. 'Wij zijn niet het probleem, wij zijn de oplossing', riep een melkveehouder uit Burgum. Het protest verliep volgens de politie rustig, al stond de binnenstad urenlang vast.",
    "De nacht ervoor ging het er minder vreedzaam aan toe. In de nacht van vrijdag op zaterdag dumpten actievoerders bij Heerenveen autobanden en hooibalen op de A7 en staken die in brand. Aan een viaduct hing een spandoek met de tekst 'Geen boer, geen voedsel'. Rijkswaterstaat moest de snelweg richting Drachten urenlang afsluiten en het wegdek raakte beschadigd.",
    "De organisatoren van het protest in Leeuwarden namen er zaterdag afstand van. 'Dit doet onze zaak alleen maar kwaad', zei een woordvoerder. De politie heeft nog niemand aangehouden.",
    "Het is niet de eerste keer dat het in Friesland zo uit de hand loopt. In de zomer van 2022 werden op verschillende plekken in de provincie snelwegen geblokkeerd en ook toen werden er bij Heerenveen banden in brand gestoken. Het provinciebestuur praat volgende week opnieuw met landbouworganisaties.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Netherlands)", 6, None, None, "Netherlands", "Friesland", "Leeuwarden", 53.2012, 5.7999, 1, wd(P, "zaterdag"),
       evid=["Zaterdag trokken honderden boeren met hun trekkers naar het provinciehuis in Leeuwarden.",
             "Het protest verliep volgens de politie rustig, al stond de binnenstad urenlang vast."],
       note="Tractor protest at the provincial house on Saturday, peaceful."),
    ev("Riots", "Violent demonstration", "Rioters (Netherlands)", 5, None, None, "Netherlands", "Friesland", "Heerenveen", 52.9597, 5.9194, 2, wd(P, "vrijdag"), wd(P, "zaterdag"), tp=2,
       evid=["In de nacht van vrijdag op zaterdag dumpten actievoerders bij Heerenveen autobanden en hooibalen op de A7 en staken die in brand."],
       note="Road blockade with burning tyres and hay bales near Heerenveen (geo 2), protest motive shown by the banner; the night of Friday to Saturday is coded as a two-day range, no more precise than the text. Borderline: perpetrators unidentified."),
], "Two events: the peaceful tractor protest in Leeuwarden (Saturday) and the burning blockade on the A7 near Heerenveen (night of Friday to Saturday). The 2022 blockades and next week's talks are not coded."))

# 6 explosief bij telefoonwinkel, geldschuld (gewone criminaliteit)
P = "2025-01-08"
A(art(P, "Ravage in winkelstraat na explosie bij telefoonwinkel in Enschede", "Tubantia", [
    "Bij een telefoonwinkel aan de Haaksbergerstraat in Enschede is in de nacht van maandag op dinsdag een explosief ontploft. De pui van de zaak werd volledig vernield en in de bovenwoningen aan de overkant sprongen ruiten. Gewonden vielen er niet.",
    "Een bewoner van een van die bovenwoningen zegt dat hij rond kwart over drie uit zijn bed werd geblazen. 'Ik dacht dat er een gasleiding was ontploft. Toen ik naar buiten keek, lag de hele straat vol glas.' De brandweer bleef tot de ochtend om te controleren of het pand nog veilig was.",
    "Volgens de politie wijst alles op een conflict over een geldschuld: de eigenaar zou al maanden onder druk worden gezet om te betalen. De burgemeester heeft de winkel voor drie maanden gesloten, omdat de veiligheid van de buren niet langer te garanderen is.",
    "Dinsdagmiddag zijn twee jongens van zeventien en negentien uit Deventer aangehouden. Op camerabeelden is te zien hoe twee figuren een pakketje tegen de deur leggen en op een scooter wegrijden. De politie vermoedt dat ze voor een paar honderd euro zijn ingehuurd, een patroon dat rechercheurs in heel Oost-Nederland zien.",
    "In Twente werden vorig jaar 24 explosies bij woningen en bedrijven geteld, ruim twee keer zoveel als een jaar eerder. Burgemeesters in de regio pleiten al langer voor zwaardere straffen voor wie zich laat inhuren.",
], [], "An explosive at a shop over a money debt, two hired teenagers arrested: ordinary crime, not coded; the Twente tally is a statistic."))

# 7 bermbom treft legerkonvooi bij Afgooye (Somalië), gisteren
P = "2025-03-12"
A(art(P, "Vier Somalische militairen gedood door bermbom bij Afgooye", "ANP", [
    "Bij de ontploffing van een bermbom bij Afgooye, zo'n dertig kilometer ten westen van de Somalische hoofdstad Mogadishu, zijn gisteren vier militairen om het leven gekomen. Dat zeggen medewerkers van het ziekenhuis in Afgooye en bewoners die de lichamen hebben gezien. Zes andere soldaten raakten gewond.",
    "De bom ging af toen een konvooi van het Somalische leger op weg was naar het front in de regio Neder-Shabelle. Een pick-up met soldaten werd vol geraakt. 'We hoorden een enorme klap en zagen daarna zwarte rook boven de bomen', vertelt een winkelier langs de weg.",
    "De islamistische terreurgroep Al-Shabaab eiste de aanslag op. Volgens een bericht op een aan de groep gelieerde website kwamen 'vijftien afvallige soldaten' om. Een legerwoordvoerder sprak dat tegen en noemde de aanslag 'het werk van wanhopige terroristen'.",
    "Al-Shabaab heeft de afgelopen maanden een reeks aanvallen uitgevoerd in Neder- en Midden-Shabelle, waar het leger sinds 2022 met hulp van clanmilities terrein probeert terug te winnen. Begin dit jaar heroverde de groep volgens analisten enkele dorpen die zij eerder had moeten opgeven.",
    "De Afrikaanse Unie verving haar vredesmacht in Somalië in januari door een nieuwe missie, AUSSOM. Die kampt met geldgebrek, waardoor het aantal buitenlandse militairen in het land naar verwachting verder zal afnemen.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia", "Lower Shabelle", "Afgooye", 2.1381, 45.1214, 2, wd(P, "gisteren"),
       fat=4, inj=6, claimed=[claim(15, 15, "Al Shabaab", "'vijftien afvallige soldaten' om")],
       evid=["Bij de ontploffing van een bermbom bij Afgooye, zo'n dertig kilometer ten westen van de Somalische hoofdstad Mogadishu, zijn gisteren vier militairen om het leven gekomen.",
             "De bom ging af toen een konvooi van het Somalische leger op weg was naar het front in de regio Neder-Shabelle.",
             "De islamistische terreurgroep Al-Shabaab eiste de aanslag op."],
       note="Roadside bomb on an army convoy near Afgooye yesterday (geo 2, 'bij'). Four dead from hospital staff and residents; Al Shabaab's fifteen is a claim."),
], "One IED attack near Afgooye yesterday. The earlier raids and the villages retaken 'begin dit jaar' have no own time and are not coded."))

# 8 overval op juwelier, schot op bewaker (gewone criminaliteit)
P = "2021-11-23"
A(art(P, "Schot gelost bij overval op juwelier in Antwerpse diamantwijk", "Gazet van Antwerpen", [
    "Drie gemaskerde mannen hebben maandagmiddag een juwelierszaak in de Vestingstraat, in de Antwerpse diamantwijk, overvallen. Bij hun vlucht loste een van hen een schot op een bewakingsagent die hen probeerde tegen te houden. De man werd in zijn arm geraakt en is buiten levensgevaar.",
    "De daders kwamen even na drie uur binnen, bedreigden het personeel met een vuurwapen en een bijl en sloegen de vitrines kapot. Volgens het parket gingen ze ervandoor met horloges en juwelen ter waarde van 'enkele honderdduizenden euro's'. Om de hoek stond een wagen met Franse nummerplaten klaar.",
    "'Ik zat achteraan in het atelier en hoorde het glas breken', zegt een collega-juwelier van een paar deuren verder. 'In dertig jaar heb ik zoiets hier nog niet meegemaakt.'",
    "De politie zette de wijk af en een helikopter zocht boven de Ring naar de vluchtwagen. Die werd 's avonds uitgebrand teruggevonden in Wommelgem. Van de daders ontbreekt elk spoor.",
    "Het parket sluit niet uit dat het gaat om dezelfde bende die dit najaar toesloeg bij juweliers in Rijsel en Luik. Volgens de federale politie zijn zulke overvallen de voorbije jaren zeldzamer geworden, maar wel gewelddadiger.",
], [], "Armed robbery of a jeweller with a shot at a guard: ordinary crime, not coded."))

# 9 ADF doodt burgers in Oicha (DR Congo), nacht wo-do; onbevestigde IS-claim als achtergrond
P = "2023-06-17"
A(art(P, "Opnieuw bloedbad bij Beni: ADF-rebellen doden achttien burgers", "De Morgen", [
    "Rebellen van de ADF hebben in de nacht van woensdag op donderdag zeker achttien burgers gedood in Oicha, een stadje zo'n dertig kilometer ten noorden van Beni in de Oost-Congolese provincie Noord-Kivu. Dat meldt het lokale middenveld, dat de lichamen heeft geteld. Verschillende slachtoffers werden met kapmessen om het leven gebracht.",
    "Volgens ooggetuigen kwamen de aanvallers kort na middernacht vanuit het bos de noordelijke wijken binnen. 'Ze hebben huizen in brand gestoken en iedereen aangevallen die naar buiten kwam', vertelt een inwoner aan een Congolese radiozender. Tientallen mensen worden nog vermist. Het leger kwam pas bij zonsopgang ter plaatse, zeggen bewoners.",
    "De ADF, oorspronkelijk een Oegandese rebellengroep die trouw heeft gezworen aan Islamitische Staat, zaait al bijna tien jaar terreur in de regio rond Beni. Vorige week eisten IS-kanalen nog een aanval op het nabijgelegen Eringeti op, maar lokale bronnen konden die niet bevestigen.",
    "Sinds eind 2021 vechten Oegandese troepen samen met het Congolese leger tegen de groep. Toch zijn volgens de VN in Noord-Kivu en Ituri sinds begin dit jaar al meer dan vierhonderd burgers door de ADF gedood. 'De operaties verdrijven de rebellen, maar ze duiken gewoon elders weer op', zegt een onderzoeker van een Congolese denktank.",
], [
    ev("Violence against civilians", "Attack", "ADF", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "Nord-Kivu", "Oicha", 0.7000, 29.5167, 1, wd(P, "woensdag"), wd(P, "donderdag"), tp=2,
       fat=18,
       evid=["Rebellen van de ADF hebben in de nacht van woensdag op donderdag zeker achttien burgers gedood in Oicha, een stadje zo'n dertig kilometer ten noorden van Beni in de Oost-Congolese provincie Noord-Kivu.",
             "Volgens ooggetuigen kwamen de aanvallers kort na middernacht vanuit het bos de noordelijke wijken binnen."],
       note="ADF attack on Oicha in the night of Wednesday to Thursday: two-day range. Eighteen counted by local civil society."),
], "One ADF attack on Oicha. The IS claim for Eringeti 'vorige week' is unconfirmed by local sources and not coded (allegation not treated as fact); the UN tally since January is an aggregate."))

# 10 vrouw gedood door ex-partner (huiselijk geweld)
P = "2022-03-29"
A(art(P, "Vrouw (34) doodgestoken in Hasselt, ex-partner opgepakt", "HLN", [
    "In een appartement aan de Kempische Steenweg in Hasselt is zondagavond een 34-jarige vrouw met messteken om het leven gebracht. Haar ex-partner, een 39-jarige man uit Genk, werd enkele uren later in zijn wagen op een parking langs de E313 opgepakt. Volgens het Limburgse parket heeft hij bekend.",
    "Buren belden de hulpdiensten nadat ze geroep hadden gehoord. 'Ze had hem al een paar keer buitengezet, we wisten dat het niet goed zat', zegt een buurvrouw. Voor de vrouw kwam alle hulp te laat. Haar twee kinderen logeerden op dat moment bij hun grootouders.",
    "De man was volgens het parket al eerder bekend voor partnergeweld en had sinds januari een contactverbod. Een onderzoeksrechter heeft hem maandag onder aanhoudingsmandaat geplaatst voor moord.",
    "Volgens de telling van een vrouwenorganisatie werden in België vorig jaar minstens twintig vrouwen door hun partner of ex-partner gedood. 'Elke keer zeggen we dat het de laatste keer moet zijn', zegt een woordvoerster. 'Zolang een contactverbod een papiertje blijft, zullen we deze berichten blijven lezen.'",
    "Vrijdagavond wordt aan het Hasseltse stadhuis een stille wake gehouden voor het slachtoffer.",
], [], "A woman killed by her ex-partner: domestic violence, not coded; the annual count is a statistic and Friday's vigil is announced (future), so not coded."))

# 11 KIA neemt legerbasis bij Bhamo in (vorige week), junta bombardeert Momauk (zondag)
P = "2025-01-21"
A(art(P, "Kachin-rebellen nemen legerbasis bij Bhamo in, junta bombardeert Momauk", "NRC", [
    "Het Kachin Independence Army (KIA) heeft vorige week een belangrijke legerbasis bij Bhamo ingenomen, in het noorden van Myanmar. Dat bevestigen bewoners en een woordvoerder van de rebellen. Op beelden die de KIA verspreidde, hijsen strijders hun vlag boven het verlaten hoofdkwartier van een infanteriebataljon.",
    "Over de precieze dag lopen de berichten uiteen. Bewoners zeggen dat de laatste soldaten zich al halverwege de week terugtrokken; de KIA maakte de inname pas in het weekend bekend. Volgens de rebellen werden bij de gevechten meer dan zestig soldaten gedood. Het leger zwijgt over zijn verliezen.",
    "Zondag sloeg de junta terug. Gevechtsvliegtuigen bombardeerden Momauk, een stadje ten oosten van Bhamo waar veel mensen die voor de gevechten waren gevlucht onderdak hadden gevonden. Volgens een lokale hulporganisatie kwamen zeker negen burgers om, onder wie drie kinderen, en werden een klooster en een school verwoest. Het leger zei in een verklaring alleen 'terroristische doelen' te hebben aangevallen.",
    "Bhamo is de grootste stad in Kachin die nog in handen is van het leger. Sinds eind 2023 verloor de junta in het noorden en oosten van het land tientallen steden aan verschillende rebellengroepen. Analisten verwachten dat de strijd om Bhamo zelf de komende maanden zal oplaaien.",
], [
    ev("Battles", "Non-state actor overtakes territory", "Kachin Independence Army", 2, "Military Forces of Myanmar", 1, "Myanmar", "Kachin", "Bhamo", 24.2667, 97.2333, 2, "2025-01-13", "2025-01-19", tp=2,
       claimed=[claim(60, None, "Kachin Independence Army", "meer dan zestig soldaten gedood")],
       evid=["Het Kachin Independence Army (KIA) heeft vorige week een belangrijke legerbasis bij Bhamo ingenomen, in het noorden van Myanmar."],
       note="KIA takes a base near Bhamo (geo 2) 'vorige week': coded as last week's Monday-Sunday range. The sixty dead is the KIA's claim; no neutral toll."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Kachin", "Momauk", 24.2500, 97.3500, 1, wd(P, "zondag"),
       fat=9,
       evid=["Zondag sloeg de junta terug.",
             "Gevechtsvliegtuigen bombardeerden Momauk, een stadje ten oosten van Bhamo waar veel mensen die voor de gevechten waren gevlucht onderdak hadden gevonden.",
             "Volgens een lokale hulporganisatie kwamen zeker negen burgers om, onder wie drie kinderen, en werden een klooster en een school verwoest."],
       note="Junta air strike on Momauk on Sunday; nine from a local aid group. The army's 'terrorist targets' does not change the target coding."),
], "Two events: the KIA capture of a base near Bhamo (last week, range) and the air strike on Momauk (Sunday). Losses of towns since 2023 are background."))

# 12 inval in drugslab (drugscriminaliteit)
P = "2024-09-19"
A(art(P, "Arrestatieteam valt drugslab in schuur bij Nistelrode binnen, vier mannen opgepakt", "Brabants Dagblad", [
    "Een arrestatieteam is woensdagochtend een boerderij aan de rand van Nistelrode binnengevallen, waar in een schuur een groot drugslab was ingericht. Vier mannen, onder wie drie Polen, zijn aangehouden. Zij waren volgens de politie op het moment van de inval volop aan het 'koken'.",
    "In de schuur stonden ketels, pompen en vaten: 'een complete productiestraat voor amfetamine', aldus een woordvoerder. Ook werden honderden liters chemicaliën gevonden. Omdat de kans op een explosie groot was, werd de omgeving urenlang afgezet en moesten de bewoners van twee huizen in de buurt tijdelijk weg.",
    "De politie kwam het lab op het spoor na tips van omwonenden over een sterke anijslucht. 'We roken het al weken, vooral 's nachts', zegt een buurman. De eigenaar van de boerderij zegt dat hij de schuur verhuurde aan een man die er 'oldtimers wilde stallen'. Ook hij wordt als verdachte gehoord.",
    "Brabant blijft volgens justitie het centrum van de Nederlandse productie van synthetische drugs. Vorig jaar werden in de provincie 43 labs opgerold en ruim tweehonderd dumpingen van drugsafval gevonden. De kosten van het opruimen lopen voor gemeenten en grondeigenaren in de miljoenen.",
    "De gemeente Bernheze sluit de boerderij voor een half jaar.",
], [], "Police raid on a drug lab with four arrests: drug crime and arrests of ordinary suspects, not coded."))

# 13 Russische droneaanval op Odesa, nacht ma-di
P = "2023-09-26"
A(art(P, "Drie doden bij Russische droneaanval op Odesa", "Belga", [
    "Bij een Russische aanval met drones op de Oekraïense havenstad Odesa zijn in de nacht van maandag op dinsdag zeker drie burgers om het leven gekomen. Een verslaggever van persbureau AFP zag 's ochtends drie lichamen onder witte lakens liggen naast een ingestort woonblok in het centrum. Minstens elf mensen raakten gewond.",
    "Het luchtalarm klonk rond twee uur 's nachts. Getuigen vertellen dat ze tientallen ontploffingen hoorden. 'Ik lag met mijn kinderen in de gang en het hele gebouw schudde', zegt een vrouw die haar flat aan de overkant niet meer in mag. Ook een graansilo in de haven raakte zwaar beschadigd.",
    "Volgens de Oekraïense luchtmacht werden negentien van de zesentwintig drones neergehaald. Het Russische ministerie van Defensie zei dat het 'militaire infrastructuur' in Odesa had bestookt en dat alle doelen waren getroffen.",
    "Odesa en de havens aan de Donau liggen sinds de zomer bijna dagelijks onder vuur, sinds Rusland zich in juli terugtrok uit de graandeal die de uitvoer over de Zwarte Zee mogelijk maakte. Kyiv probeert sindsdien met een eigen corridor langs de kust de export op gang te houden.",
    "President Zelensky riep westerse landen dinsdag opnieuw op om extra luchtafweer te leveren. 'Elke nacht dat we wachten, kost levens', zei hij in zijn dagelijkse videoboodschap.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa", "Odesa", 46.4825, 30.7233, 1, wd(P, "maandag"), wd(P, "dinsdag"), tp=2,
       fat=3, inj=11,
       evid=["Bij een Russische aanval met drones op de Oekraïense havenstad Odesa zijn in de nacht van maandag op dinsdag zeker drie burgers om het leven gekomen.",
             "Een verslaggever van persbureau AFP zag 's ochtends drie lichamen onder witte lakens liggen naast een ingestort woonblok in het centrum."],
       note="Russian drone strike on Odesa in the night of Monday to Tuesday (range); Russia abroad is inter 8. Three dead seen by an AFP reporter; the shoot-down figures are not a toll."),
], "One drone strike on Odesa. The near-daily strikes since the summer are background without own time, not coded."))

# 14 veroordeling voor beramen aanslag (rechtszaak over oude aanhouding)
P = "2024-04-12"
A(art(P, "Tien jaar cel voor Schiedammer die aanslag op Lijnbaan beraamde", "NRC", [
    "De rechtbank in Rotterdam heeft donderdag een 28-jarige man uit Schiedam veroordeeld tot tien jaar cel voor het voorbereiden van een terroristische aanslag. Volgens de rechtbank wilde hij in naam van Islamitische Staat met een mes en een gehuurde auto zoveel mogelijk mensen doden op de Lijnbaan.",
    "De man werd in oktober 2022 in zijn woning opgepakt, nadat een undercoveragent maandenlang met hem had gechat. Hij had toen al een jachtmes gekocht en een bestelbus gereserveerd. In zijn telefoon vonden rechercheurs filmpjes waarin hij trouw zwoer aan IS en een lijst met 'drukke plekken' in de binnenstad.",
    "De verdediging sprak van uitlokking: zonder de agent zou de man 'nooit verder zijn gekomen dan praten'. De rechtbank ging daar niet in mee. 'Verdachte heeft zelf het initiatief genomen en was vastbesloten', zei de voorzitter bij de uitspraak.",
    "Het Openbaar Ministerie had twaalf jaar geëist. Of er hoger beroep komt, is nog niet bekend. De advocaat liet na afloop weten de uitspraak 'eerst rustig te willen bestuderen'.",
    "Volgens de Nationaal Coördinator Terrorismebestrijding is een aanslag in Nederland 'voorstelbaar'; het dreigingsniveau staat sinds december op 4 van de 5. Vooral jongeren die online radicaliseren baren de diensten zorgen.",
], [], "Verdict in a terror-plot trial: the arrest (October 2022) is old and the plot never happened; the threat level is not an event. Not coded."))

# 15 herdenking MH17, tien jaar
P = "2024-07-18"
A(art(P, "Tien jaar na MH17: 'Aan tafel blijft een stoel leeg'", "Trouw", [
    "Bij het Nationaal Monument MH17 in Vijfhuizen zijn woensdag de 298 slachtoffers herdacht van de ramp met vlucht MH17, precies tien jaar geleden. Ruim tweeduizend nabestaanden waren aanwezig, samen met koning Willem-Alexander, koningin Máxima en premier Schoof.",
    "Op 17 juli 2014 werd het toestel van Malaysia Airlines boven het oosten van Oekraïne neergeschoten met een Russische Buk-raket. Onder de inzittenden waren 196 Nederlanders. Bij het monument, een rij van 298 bomen, werden alle namen voorgelezen, gevolgd door een minuut stilte.",
    "'Tien jaar klinkt als lang, maar voor ons is het gisteren', zei een vader die zijn dochter en schoonzoon verloor. 'Aan tafel blijft altijd een stoel leeg. Daar went niemand aan.'",
    "In november 2022 veroordeelde de rechtbank in Den Haag drie mannen bij verstek tot levenslang voor hun rol bij het neerhalen van het toestel. Geen van hen is uitgeleverd. Nederland en Australië stellen Rusland aansprakelijk bij de VN-luchtvaartorganisatie ICAO; een uitspraak wordt volgend jaar verwacht.",
    "Premier Schoof zei in zijn toespraak dat Nederland 'niet rust tot er recht is gedaan'. Hij verbond de ramp met de oorlog die Rusland nu voert. 'Wat in 2014 boven Oekraïne begon, kost daar nog elke dag levens.'",
], [], "Commemoration of the 2014 MH17 downing: historical event, trial and political speech, not coded."))

# 16 Haïti: Viv Ansanm valt Kenscoff aan (maandag), menigte lyncht twee mannen in Pétion-Ville (dinsdag)
P = "2025-04-03"
A(art(P, "Bendes vallen Kenscoff aan, menigte lyncht vermeende bendeleden in Pétion-Ville", "NOS", [
    "Gewapende leden van de bendecoalitie Viv Ansanm zijn maandag opnieuw Kenscoff binnengevallen, een bergstadje boven de Haïtiaanse hoofdstad Port-au-Prince. Volgens een Haïtiaanse mensenrechtenorganisatie werden zeker elf inwoners doodgeschoten en tientallen huizen in brand gestoken. Honderden mensen sloegen op de vlucht.",
    "'Ze kwamen in alle vroegte, er werd van alle kanten geschoten', zegt een vrouw die met haar kinderen onderdak heeft gevonden in een school in Pétion-Ville. De politie en een Keniaanse eenheid van de internationale veiligheidsmissie zouden pas uren later zijn gearriveerd.",
    "Een dag later sloeg in Pétion-Ville de woede om in geweld. Een menigte hield dinsdag bij een wegversperring twee jonge mannen aan die ervan werden verdacht voor de bendes te werken. Ze werden doodgeslagen, waarna hun lichamen in brand werden gestoken. Volgens getuigen keken agenten toe zonder in te grijpen.",
    "Zulke eigenrichting komt in Haïti steeds vaker voor sinds in 2023 de burgerwachtbeweging 'Bwa Kale' ontstond. Mensenrechtenorganisaties waarschuwen dat ook onschuldigen het slachtoffer worden.",
    "Volgens de VN kwamen in de eerste drie maanden van dit jaar meer dan 1500 mensen om door bendegeweld. Kenscoff, lang een relatief veilige plek, ligt aan de weg naar het zuiden van het land, wat het stadje voor de bendes van strategisch belang maakt.",
], [
    ev("Violence against civilians", "Attack", "Viv Ansanm", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest", "Kenscoff", 18.4500, -72.2833, 1, wd(P, "maandag"),
       fat=11,
       evid=["Gewapende leden van de bendecoalitie Viv Ansanm zijn maandag opnieuw Kenscoff binnengevallen, een bergstadje boven de Haïtiaanse hoofdstad Port-au-Prince.",
             "Volgens een Haïtiaanse mensenrechtenorganisatie werden zeker elf inwoners doodgeschoten en tientallen huizen in brand gestoken."],
       note="Gang raid on Kenscoff on Monday, eleven killed per a human rights group; the earlier raids ('opnieuw') are not coded."),
    ev("Riots", "Mob violence", "Rioters (Haiti)", 5, "Civilians (Haiti)", 7, "Haiti", "Ouest", "Pétion-Ville", 18.5125, -72.2853, 1, wd(P, "dinsdag"),
       fat=2,
       evid=["Een menigte hield dinsdag bij een wegversperring twee jonge mannen aan die ervan werden verdacht voor de bendes te werken.",
             "Ze werden doodgeslagen, waarna hun lichamen in brand werden gestoken."],
       note="Lynching of two suspected gang members by a crowd on Tuesday: mob violence, two dead."),
], "Two events: the Viv Ansanm raid on Kenscoff (Monday) and the lynching in Pétion-Ville (Tuesday). The hedged late arrival of the police and the UN quarterly toll are not coded."))

# 17 jaarcijfers gedode hulpverleners (statistiek)
P = "2024-08-19"
A(art(P, "Nooit eerder kwamen zoveel hulpverleners om als vorig jaar", "ANP", [
    "Vorig jaar zijn wereldwijd 280 hulpverleners om het leven gekomen, meer dan ooit sinds het begin van de registratie. Dat meldt de VN maandag op Wereld Humanitaire Dag. Het grootste deel van de slachtoffers viel in de Gazastrook, waar sinds oktober 163 medewerkers van hulporganisaties werden gedood, de meesten van de VN-organisatie voor Palestijnse vluchtelingen UNRWA.",
    "Ook in Sudan en Zuid-Soedan was het voor hulpverleners levensgevaarlijk, met respectievelijk 25 en 14 doden. 'Het zijn chauffeurs, verpleegkundigen, mensen die voedsel uitdelen. Ze worden doodgeschoten, ontvoerd, onder puin bedolven', zei de hoogste humanitaire functionaris van de VN in een verklaring.",
    "Dit jaar ligt het aantal volgens de voorlopige cijfers nog hoger. Tot half augustus kwamen al 172 hulpverleners om. In april werden zeven medewerkers van de hulporganisatie World Central Kitchen gedood toen hun konvooi in Gaza werd getroffen, wat wereldwijd tot verontwaardiging leidde.",
    "Hulporganisaties roepen de strijdende partijen op om het internationaal humanitair recht te respecteren. 'Wie een hulpverlener doodt, neemt ook het eten, het water en de medicijnen weg van duizenden anderen', aldus de VN.",
    "In Nederland wordt de dag gemarkeerd met een bijeenkomst in Den Haag, waar Nederlandse hulpverleners vertellen over hun werk.",
], [], "Annual UN tally of killed aid workers: aggregate statistics; the April convoy strike is older than two weeks; not coded."))

# 18 burgemeester verbiedt anti-islamdemonstratie (verboden / aangekondigde demonstratie)
P = "2023-01-27"
A(art(P, "Arnhem verbiedt koranverbranding bij moskee, organisator stapt naar de rechter", "De Gelderlander", [
    "De burgemeester van Arnhem heeft een demonstratie verboden die een kleine anti-islamgroep zaterdag wilde houden voor een moskee in de wijk Presikhaaf. De organisator had aangekondigd daar een koran te willen verbranden. Hij stapt vrijdagmiddag naar de voorzieningenrechter om het verbod aan te vechten.",
    "Volgens de gemeente is het risico op wanordelijkheden te groot. 'Het recht om te demonstreren is groot, maar niet onbeperkt', zei de burgemeester donderdag. 'Op deze plek, op dit moment, kan ik de openbare orde niet garanderen.' Op sociale media riepen jongeren uit de wijk op om de demonstranten 'op te wachten'.",
    "De organisator noemt het verbod 'censuur'. Vorig jaar scheurde hij in Den Haag al een koran aan stukken, wat in meerdere moslimlanden tot woedende reacties leidde. Zijn advocaat verwijst naar eerdere uitspraken waarin rechters oordeelden dat een burgemeester niet op de inhoud van een demonstratie mag sturen.",
    "Het bestuur van de moskee is opgelucht. 'We willen geen confrontatie. Wij vragen onze jongeren om zaterdag gewoon thuis te blijven', zegt de voorzitter.",
    "Als de rechter het verbod in stand houdt, geldt zaterdag in de hele wijk een noodbevel en zal de politie met extra mensen aanwezig zijn.",
], [], "A banned, planned demonstration (future) and the court challenge; last year's Koran tearing in The Hague is old. Not coded."))

# 19 brand in azc door kortsluiting (brand, geen brandstichting)
P = "2022-08-30"
A(art(P, "Brand in paviljoen azc Assen: 'Geen enkele aanwijzing voor brandstichting'", "RTV Drenthe", [
    "In een woonpaviljoen van het asielzoekerscentrum in Assen is in de nacht van zondag op maandag brand uitgebroken. Ruim zestig bewoners moesten halsoverkop naar buiten. Twee mannen werden met rookvergiftiging naar het ziekenhuis gebracht; ze mochten maandagochtend weer terug.",
    "'Ik werd wakker van het alarm en de gang stond al vol rook', vertelt een jonge Syriër die sinds drie maanden in het centrum woont. 'Iedereen rende naar buiten, sommigen zonder schoenen.' De brandweer had het vuur na een uur onder controle, maar het paviljoen is voorlopig onbewoonbaar.",
    "Volgens de brandweer is de brand vrijwel zeker ontstaan door kortsluiting in een koelkast in een gemeenschappelijke keuken. 'Er is geen enkele aanwijzing dat de brand is aangestoken', benadrukt een woordvoerder van de politie.",
    "Dat de politie dat er nadrukkelijk bij zegt, heeft een reden. Het COA kampt al maanden met een groot tekort aan opvangplekken en de spanning rond opvanglocaties is op veel plekken in het land opgelopen. In de zomer sliepen honderden asielzoekers in Ter Apel buiten in het gras.",
    "De getroffen bewoners zijn tijdelijk ondergebracht in een sporthal in de buurt. Het COA onderzoekt of het paviljoen kan worden hersteld.",
], [], "Accidental fire (short circuit) at an asylum centre, arson explicitly ruled out: fire, not coded. Borderline flag: the asylum context may suggest an attack, but the text excludes one."))

# 20 wielrennen met oorlogswoorden (sport)
P = "2023-04-03"
A(art(P, "Pogačar opent de aanval op de Kwaremont en verovert de Ronde", "Het Nieuwsblad", [
    "Het was geen koers, het was een slagveld. Op de flanken van de Oude Kwaremont ontketende Tadej Pogačar zondag de beslissende aanval in de Ronde van Vlaanderen. Mathieu van der Poel, de laatste die nog kon volgen, moest op achttien kilometer van de meet de wapens neerleggen. De Sloveen kwam solo aan in Oudenaarde.",
    "Van bij de start werd de koers onder vuur genomen. Jumbo-Visma stuurde al op honderd kilometer van de aankomst een offensief de heuvels in, en op de Taaienberg volgde een waar bombardement van demarrages. Achter de kopgroep sneuvelden de favorieten een voor een. 'Het leek wel oorlog daarvoor', zei een uitgeputte Belgische renner na afloop.",
    "Pogačar zelf bleef er rustig onder. 'Ik wist dat ik het op de Kwaremont moest proberen. Ik had nog één kogel, en die heb ik daar afgevuurd.'",
    "Voor de Belgische ploegen was het opnieuw een dag om snel te vergeten. Mads Pedersen vervolledigde het podium, de beste Belg strandde net daarbuiten. 'We hebben gevochten tot de laatste meter, maar tegen zo'n aanvaller kun je weinig beginnen', zei een ploegleider.",
    "Langs het parcours stonden volgens de organisatie meer dan achthonderdduizend toeschouwers. De politie meldde geen noemenswaardige incidenten.",
], [], "Cycling race described with war words (aanval, slagveld, bombardement, wapens neerleggen); sport, not coded."))
