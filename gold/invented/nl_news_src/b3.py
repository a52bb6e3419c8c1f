# Invented articles 051-075 (Dutch), coded by gold/CODEBOOK.md.
ARTICLES = [
{"n": 51, "published": "2023-07-21", "source": "NOS", "title": "Opnieuw nachtelijke aanvallen op Odesa en Charkiv",
 "text": """Rusland heeft de Zuid-Oekraïense havenstad Odesa in de nacht van woensdag op donderdag voor de derde nacht op rij aangevallen met drones en raketten. Daarbij kwamen twee mensen om het leven, meldt de regionale militaire administratie. Een graanterminal en een aantal woonhuizen in het centrum raakten zwaar beschadigd.
Het Oekraïense leger zegt dat de luchtverdediging 18 van de 25 drones heeft neergehaald. Dat is niet onafhankelijk te controleren.
In Charkiv werd donderdagochtend een wijk in het noorden van de stad getroffen door Russische artillerie. Een vrouw van 63 raakte gewond, meldt burgemeester Ihor Terechov.
De aanvallen op Odesa volgen op het besluit van Moskou om uit de graandeal te stappen, de afspraak die de export van Oekraïens graan via de Zwarte Zee mogelijk maakte. Het Kremlin noemde de aanvallen 'vergeldingsacties' voor de aanval op de Krimbrug eerder deze week.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of Russia", "i1": 8, "a2": "Civilians (Ukraine)", "i2": 7,
   "country": "Ukraine", "admin1": "Odeska", "loc": "Odesa", "lat": 46.4825, "lon": 30.7233, "ds": "woensdag", "de": "donderdag", "fat": 2,
   "ev": ["Rusland heeft de Zuid-Oekraïense havenstad Odesa in de nacht van woensdag op donderdag voor de derde nacht op rij aangevallen met drones en raketten.",
          "Daarbij kwamen twee mensen om het leven, meldt de regionale militaire administratie."],
   "note": "Drone and missile strike on Odesa overnight, coded as air/drone strike (drones and missiles mixed: the sub-type is a judgement); toll from the regional administration; the previous two nights are not told with their own details; the shoot-down claim is not an event."},
  {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "a1": "Military Forces of Russia", "i1": 8, "a2": "Civilians (Ukraine)", "i2": 7,
   "country": "Ukraine", "admin1": "Kharkivska", "loc": "Kharkiv", "lat": 49.9935, "lon": 36.2304, "ds": "donderdag", "inj": 1,
   "ev": ["In Charkiv werd donderdagochtend een wijk in het noorden van de stad getroffen door Russische artillerie.",
          "Een vrouw van 63 raakte gewond, meldt burgemeester Ihor Terechov."],
   "note": "Artillery hit on a Kharkiv district, one wounded; the Crimean bridge attack is background without a day."}],
 "note": "Russian strikes on Odesa and shelling of Kharkiv."},

{"n": 52, "published": "2023-10-16", "source": "Het Parool", "title": "Eisen tot levenslang in proces om moord op Peter R. de Vries",
 "text": """Het Openbaar Ministerie heeft maandag levenslange gevangenisstraffen geëist tegen de vermoedelijke schutter en de chauffeur bij de moord op misdaadverslaggever Peter R. de Vries. De Vries werd in juli 2021 in de Lange Leidsedwarsstraat in Amsterdam neergeschoten en overleed negen dagen later.
Volgens de officieren van justitie was de aanslag een opdracht uit het criminele netwerk rond Ridouan Taghi, die De Vries als vertrouwenspersoon van kroongetuige Nabil B. wilde treffen. 'Dit was een aanval op de rechtsstaat', zei de officier in de extra beveiligde rechtbank in Osdorp.
De verdediging bestrijdt dat de verdachten wisten wie het doelwit was. Het proces wordt in de loop van de week voortgezet met de pleidooien.
De familie van De Vries zat op de publieke tribune. Zijn zoon Royce sprak eerder in het proces over 'een leven dat is weggerukt'. De uitspraak wordt in het voorjaar verwacht.
De moord op De Vries maakte in Nederland en daarbuiten diepe indruk. Koning Willem-Alexander sprak destijds van 'een aanslag op de journalistiek'. Na zijn dood werden de beveiliging van advocaten, journalisten en andere mensen rond het Marengo-proces flink uitgebreid.
Eerder werden in hetzelfde onderzoek al twee mannen veroordeeld die het voorwerk voor de aanslag zouden hebben gedaan. Zij moesten de bewegingen van De Vries in kaart brengen en zijn auto volgen. Volgens het OM ligt er een directe lijn van de opdrachtgevers naar de uitvoerders.
Een van de verdachten zei op de eerste procesdag spijt te hebben, maar ontkende dat hij wist dat het om een bekende Nederlander ging. 'Ik dacht dat het om een schuld ging', verklaarde hij. De officieren van justitie noemden dat 'ongeloofwaardig'.""",
 "events": [], "note": "Trial of a 2021 murder of a journalist: court report on an old killing, not coded."},

{"n": 53, "published": "2023-02-06", "source": "De Standaard", "title": "Vier betogers gedood bij protesten in zuiden van Peru",
 "text": """In het zuiden van Peru zijn zaterdag vier betogers om het leven gekomen toen de politie het vuur opende op demonstranten die een brug bij de stad Ilave blokkeerden. Dat meldt de Peruaanse ombudsman. Zeker twintig mensen raakten gewond.
De demonstranten eisen het aftreden van president Dina Boluarte en vervroegde verkiezingen. Volgens de politie vielen betogers agenten aan met stenen en katapulten. Getuigen zeggen dat de agenten zonder waarschuwing met scherp schoten.
Het geweld verspreidt zich. Zondag werd in de hoofdstad Lima gedemonstreerd door duizenden mensen, die vreedzaam door het centrum trokken naar het congresgebouw.
Sinds de afzetting van president Pedro Castillo in december zijn bij de protesten al bijna zestig mensen omgekomen. Het parlement wees vorige week een voorstel af om de verkiezingen naar dit jaar te vervroegen.""",
 "events": [
  {"type": "Protests", "sub": "Excessive force against protesters", "a1": "Police Forces of Peru", "i1": 1, "a2": "Protesters (Peru)", "i2": 6,
   "country": "Peru", "admin1": "Puno", "loc": "Ilave", "lat": -16.0833, "lon": -69.6500, "gp": 2, "ds": "zaterdag", "fat": 4, "inj": 20,
   "ev": ["In het zuiden van Peru zijn zaterdag vier betogers om het leven gekomen toen de politie het vuur opende op demonstranten die een brug bij de stad Ilave blokkeerden.",
          "Dat meldt de Peruaanse ombudsman."],
   "note": "Police open fire on a road blockade, 4 killed per the ombudsman (neutral); 'bij de stad' gives precision 2; coded as excessive force though police allege stone-throwing (borderline with a violent demonstration)."},
  {"type": "Protests", "sub": "Peaceful protest", "a1": "Protesters (Peru)", "i1": 6,
   "country": "Peru", "admin1": "Lima", "loc": "Lima", "lat": -12.0464, "lon": -77.0428, "ds": "zondag",
   "ev": ["Zondag werd in de hoofdstad Lima gedemonstreerd door duizenden mensen, die vreedzaam door het centrum trokken naar het congresgebouw."],
   "note": "Peaceful march in Lima the next day; the sixty deaths since December are an aggregate."}],
 "note": "Peru protests: deadly police fire near Ilave and a peaceful march in Lima."},

{"n": 54, "published": "2024-01-15", "source": "AD", "title": "Leerdam slaat genadeloos toe en verovert Europese titel",
 "text": """Jutta Leerdam heeft zondag in Heerenveen de Europese titel op de sprint veroverd. In een uitverkocht Thialf versloeg ze in een rechtstreeks duel haar grote rivale Femke Kok, die er in de laatste bocht een aanval uitperste, maar net tekortkwam.
'Dit was oorlog op het ijs', zei Leerdam na afloop lachend. 'Femke zat me constant op de hielen. Ik moest alles geven.' Ze finishte in 1.13,45 op de 1000 meter, een baanrecord.
Bij de mannen was Jenning de Boo de sterkste. Hij stormde op de tweede 500 meter naar een tijd van 34,28 en pakte daarmee de titel voor Joep Wennemars. Zijn coach sprak van 'een verpletterende overwinning'.
Het Nederlandse team domineerde de kampioenschappen met zes van de negen titels. Over drie weken volgt de wereldbeker in Calgary.""",
 "events": [], "note": "Speed-skating report with war words."},

{"n": 55, "published": "2022-02-19", "source": "NOS", "title": "Storm Eunice eist vier levens in Nederland",
 "text": """Bij storm Eunice zijn vrijdag in Nederland vier mensen om het leven gekomen. In Amsterdam, Diemen en Aalsmeer werden mensen getroffen door omvallende bomen. In Hoogeveen kwam een automobilist om toen een boom op zijn auto viel.
Het KNMI had voor het hele land code oranje afgegeven, voor de kustprovincies gold code rood. Op de Waddeneilanden werden windstoten van meer dan 140 kilometer per uur gemeten. Het treinverkeer lag een groot deel van de middag volledig stil.
Ook in België en het Verenigd Koninkrijk vielen doden. In Londen raakte het dak van de O2 Arena beschadigd.
Verzekeraars verwachten duizenden schademeldingen. Het Verbond van Verzekeraars schat de totale schade op tientallen miljoenen euro's. Zaterdag moet het weer rustiger worden.
Ook het vliegverkeer had last van de storm. Op Schiphol werden honderden vluchten geannuleerd en bleven duizenden reizigers gestrand achter.""",
 "events": [], "note": "Storm deaths: natural disaster, out of scope."},

{"n": 56, "published": "2023-03-01", "source": "Trouw", "title": "Kolonisten steken auto's in brand in Huwara na aanslag",
 "text": """Honderden Israëlische kolonisten zijn zondagavond het Palestijnse dorp Huwara op de Westelijke Jordaanoever binnengetrokken en hebben er tientallen huizen en auto's in brand gestoken. Dat melden Palestijnse en Israëlische media. Volgens de Palestijnse Rode Halve Maan raakten meer dan honderd Palestijnen gewond, de meeste door traangas.
De strooptocht volgde op een aanslag eerder die middag, waarbij twee broers uit de nederzetting Har Bracha in Huwara werden doodgeschoten door een Palestijnse schutter. De schutter is nog voortvluchtig.
Op maandag trok het Israëlische leger het vluchtelingenkamp van Jenin binnen. Volgens het leger werd daar een vuurgevecht geleverd met strijders van de Islamitische Jihad, waarbij twee strijders werden gedood.
De Israëlische generaal die het gebied leidt, noemde het geweld van de kolonisten een 'pogrom'. Minister Smotrich zei dat Huwara 'van de kaart moet worden geveegd', maar nam die uitspraak later terug.
Huwara ligt aan een doorgaande weg die door kolonisten en Palestijnen wordt gebruikt, en is al langer een brandhaard. De aanslag en de strooptocht volgden kort op een overleg in het Jordaanse Aqaba, waar Israëlische en Palestijnse functionarissen onder Amerikaanse en Egyptische bemiddeling spraken over het indammen van het geweld.
Sinds het begin van het jaar zijn op de Westelijke Jordaanoever volgens de VN ruim zestig Palestijnen gedood, onder wie strijders en burgers. Aan Israëlische kant kwamen bij Palestijnse aanslagen veertien mensen om. Het is de bloedigste start van een jaar in meer dan twintig jaar.
De Palestijnse Autoriteit schortte uit protest de veiligheidssamenwerking met Israël op. Internationale waarnemers vrezen dat de spanningen in de aanloop naar de ramadan verder oplopen.""",
 "events": [
  {"type": "Violence against civilians", "sub": "Attack", "a1": "Settlers (Israel)", "i1": 4, "a2": "Civilians (Palestine)", "i2": 7,
   "country": "Palestine", "admin1": "West Bank", "loc": "Huwara", "lat": 32.1528, "lon": 35.2569, "ds": "zondag",
   "ev": ["Honderden Israëlische kolonisten zijn zondagavond het Palestijnse dorp Huwara op de Westelijke Jordaanoever binnengetrokken en hebben er tientallen huizen en auto's in brand gestoken.",
          "Volgens de Palestijnse Rode Halve Maan raakten meer dan honderd Palestijnen gewond, de meeste door traangas."],
   "note": "Settler rampage burning homes and cars with many hurt: attack on civilians (could also be property destruction or mob violence - chosen Attack because people were hurt); injured 100 from the Red Crescent ('meer dan honderd', the tear gas was likely the army's: borderline)."},
  {"type": "Violence against civilians", "sub": "Attack", "a1": "Sole Perpetrator (Palestine)", "i1": 3, "a2": "Civilians (Israel)", "i2": 7,
   "country": "Palestine", "admin1": "West Bank", "loc": "Huwara", "lat": 32.1528, "lon": 35.2569, "ds": "zondag", "fat": 2,
   "ev": ["De strooptocht volgde op een aanslag eerder die middag, waarbij twee broers uit de nederzetting Har Bracha in Huwara werden doodgeschoten door een Palestijnse schutter."],
   "note": "Shooting of two settlers by a lone Palestinian gunman the same afternoon: separate event (different sides)."},
  {"type": "Battles", "sub": "Armed clash", "a1": "Military Forces of Israel", "i1": 1, "a2": "Palestinian Islamic Jihad", "i2": 2,
   "country": "Palestine", "admin1": "West Bank", "loc": "Jenin Refugee Camp", "lat": 32.4616, "lon": 35.2876, "ds": "maandag",
   "claimed": [{"low": 2, "high": 2, "claimant": "Military Forces of Israel", "text": "waarbij twee strijders werden gedood"}],
   "ev": ["Op maandag trok het Israëlische leger het vluchtelingenkamp van Jenin binnen.",
          "Volgens het leger werd daar een vuurgevecht geleverd met strijders van de Islamitische Jihad, waarbij twee strijders werden gedood."],
   "note": "Army raid with a gunfight in Jenin camp; the toll comes only from the army (a party), so it is a claim."}],
 "note": "Huwara shooting and settler rampage, and a raid in Jenin the next day."},

{"n": 57, "published": "2024-06-12", "source": "NRC", "title": "Kabinet-Schoof krijgt vorm: PVV levert meeste ministers",
 "text": """De partijen van de nieuwe coalitie hebben dinsdag de verdeling van de ministersposten rond. De PVV levert vijf ministers, de VVD vier, NSC vier en BBB drie. Formateur Richard van Zwol presenteerde de lijst van kandidaten aan de Tweede Kamer.
De beoogde premier Dick Schoof begint volgende week met de gesprekken met de kandidaat-bewindslieden. Het nieuwe kabinet moet begin juli op het bordes staan. Schoof, tot voor kort topambtenaar op Justitie, is partijloos.
Oppositieleider Frans Timmermans van GroenLinks-PvdA zei dat hij 'grote zorgen' heeft over de PVV-ministers. 'Dit wordt het meest rechtse kabinet ooit', aldus Timmermans.
Vooral de post van minister van Asiel en Migratie ligt onder een vergrootglas. PVV-leider Wilders wil een kandidaat die 'het strengste asielbeleid ooit' uitvoert.""",
 "events": [], "note": "Cabinet formation: politics, no event."},

{"n": 58, "published": "2021-09-07", "source": "AD", "title": "Plofkraak in Houten: woningen ontruimd na explosie",
 "text": """Bij een plofkraak op een geldautomaat aan het Plein in Houten zijn in de nacht van maandag op dinsdag zes woningen ontruimd. Door de kracht van de explosie sneuvelden ruiten in de wijde omtrek en raakte de gevel van een supermarkt zwaar beschadigd.
Getuigen zagen rond vier uur 's nachts twee mannen in donkere kleding wegrijden in een Audi. De politie vond de auto later uitgebrand terug in een weiland bij Wijk bij Duurstede. Of de daders geld hebben buitgemaakt, is niet bekend.
Het is de derde plofkraak in de provincie Utrecht dit jaar. Volgens de politie zijn de daders vaak jonge mannen uit een klein aantal netwerken die ook in Duitsland actief zijn. Daar zijn de automaten minder goed beveiligd.
De gemeente Houten bekijkt of de geldautomaat definitief moet verdwijnen. Bewoners worden voorlopig opgevangen in een hotel.""",
 "events": [], "note": "ATM ram-raid explosion: ordinary property crime, out of scope despite the explosion."},

{"n": 59, "published": "2021-01-15", "source": "Het Laatste Nieuws", "title": "Rellen in Anderlecht na dood van jongeman in politiecel",
 "text": """In de Brusselse gemeente Anderlecht is het woensdagavond tot rellen gekomen na een bijeenkomst ter nagedachtenis van een 23-jarige man die zaterdag in een politiecel overleed. Jongeren staken twee politiewagens in brand en bekogelden agenten met stenen. Ook werden de ruiten van een politiekantoor ingegooid.
Aanvankelijk verliep de wake rustig. Zo'n tweehonderd mensen verzamelden zich bij het kantoor van de politiezone Brussel-Zuid. Na afloop bleef een groep jongeren achter, die de confrontatie zocht. De politie zette een waterkanon in en pakte 31 mensen op. Vier agenten raakten gewond.
De familie van de overleden man wil weten wat er in de cel is gebeurd. Het parket heeft een onderzoek geopend en een autopsie laten uitvoeren. Burgemeester Fabrice Cumps riep op tot kalmte. 'Geweld is nooit een antwoord', zei hij donderdag.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Belgium)", "i1": 5, "a2": "Police Forces of Belgium", "i2": 1,
   "country": "Belgium", "admin1": "Brussels", "loc": "Anderlecht", "lat": 50.8365, "lon": 4.3082, "ds": "woensdag", "inj": 4,
   "ev": ["In de Brusselse gemeente Anderlecht is het woensdagavond tot rellen gekomen na een bijeenkomst ter nagedachtenis van een 23-jarige man die zaterdag in een politiecel overleed.",
          "Jongeren staken twee politiewagens in brand en bekogelden agenten met stenen."],
   "note": "Vigil turned riot against police; coded as one violent demonstration (the peaceful part before is not split off); the death in custody is not a political violence event."}],
 "note": "Anderlecht riot after a death in police custody."},

{"n": 60, "published": "2022-05-06", "source": "de Volkskrant", "title": "Twintig jaar na Fortuyn: 'De moord veranderde het land'",
 "text": """Precies twintig jaar geleden werd Pim Fortuyn op het Mediapark in Hilversum doodgeschoten door milieuactivist Volkert van der G. Het was de eerste politieke moord in Nederland in eeuwen. Negen dagen later werd zijn partij de tweede van het land.
Vrijdag werd bij zijn standbeeld in Rotterdam een bloemenhulde gehouden, in aanwezigheid van oud-partijgenoten en honderden bewonderaars. 'Pim zei wat anderen niet durfden te zeggen', zei een van de aanwezigen.
Historici zijn het erover eens dat de moord de Nederlandse politiek blijvend heeft veranderd. De polarisatie nam toe, politici kregen voortaan beveiliging. 'Sinds 2002 is het normaal geworden dat Kamerleden bedreigd worden', zegt politicoloog Sarah de Lange.
Van der G. werd veroordeeld tot achttien jaar cel en kwam in 2014 voorwaardelijk vrij.
In Rotterdam, waar Leefbaar Rotterdam onder Fortuyn in maart 2002 de verkiezingen won, is zijn erfenis nog altijd zichtbaar. De partij is al twintig jaar de grootste van de stad. Het praalgraf van Fortuyn in het Italiaanse Provesano trekt nog altijd bezoekers uit Nederland.
Het proces tegen Van der G. leverde destijds felle discussies op. Hij verklaarde de moord te hebben gepleegd omdat Fortuyn een gevaar zou vormen voor 'zwakke groepen in de samenleving'. De rechtbank oordeelde dat de moord met voorbedachten rade was gepleegd, maar legde geen levenslang op.
Voor veel Nederlanders blijft de moord een kantelpunt, net als de moord op filmmaker Theo van Gogh, twee jaar later in Amsterdam. 'Daarna was Nederland niet meer het land van de polder en de gezellige consensus', zegt De Lange.""",
 "events": [], "note": "Anniversary of the 2002 Fortuyn murder and a flower tribute (commemoration, not a protest): historical."},

{"n": 61, "published": "2020-03-04", "source": "ANP", "title": "Amerikaanse luchtaanval op Al-Shabaab in Somalië",
 "text": """Het Amerikaanse leger heeft maandag een luchtaanval uitgevoerd op strijders van Al-Shabaab in de buurt van Jilib, in het zuiden van Somalië. Volgens het Amerikaanse Afrika-commando AFRICOM werden daarbij vijf terroristen gedood. Er zouden geen burgers zijn omgekomen.
Lokale ouderen spreken dat tegen. Zij zeggen tegen de Somalische radiozender Shabelle dat bij de aanval ook een boer en zijn zoon om het leven kwamen. AFRICOM zegt de berichten te onderzoeken.
Jilib geldt als een van de belangrijkste bolwerken van Al-Shabaab. De Verenigde Staten hebben hun luchtaanvallen in Somalië de afgelopen jaren sterk opgevoerd. Mensenrechtenorganisatie Amnesty International beschuldigt de VS ervan burgerdoden te verzwijgen.
Vorige week pleegde Al-Shabaab nog een aanslag op een legerbasis bij Baledogle, waar Amerikaanse militairen gestationeerd zijn.""",
 "events": [
  {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "a1": "Military Forces of the United States", "i1": 8, "a2": "Al Shabaab", "i2": 2,
   "country": "Somalia", "admin1": "Middle Juba", "loc": "Jilib", "lat": 0.4883, "lon": 42.7714, "gp": 2, "ds": "maandag",
   "claimed": [{"low": 5, "high": 5, "claimant": "Military Forces of the United States", "text": "vijf terroristen gedood"},
               {"low": 2, "high": 2, "claimant": "local elders", "text": "een boer en zijn zoon om het leven kwamen"}],
   "ev": ["Het Amerikaanse leger heeft maandag een luchtaanval uitgevoerd op strijders van Al-Shabaab in de buurt van Jilib, in het zuiden van Somalië.",
          "Volgens het Amerikaanse Afrika-commando AFRICOM werden daarbij vijf terroristen gedood.",
          "Zij zeggen tegen de Somalische radiozender Shabelle dat bij de aanval ook een boer en zijn zoon om het leven kwamen."],
   "note": "US strike near Jilib (precision 2); AFRICOM's 5 is a party claim; the elders' 2 civilians are disputed and kept as a claim, fatalities null (uncertain: elders are not a party, so 2 could be the toll); last week's Baledogle attack has no day."}],
 "note": "US airstrike near Jilib with contested tolls."},

{"n": 62, "published": "2019-01-28", "source": "Gazet van Antwerpen", "title": "Gasontploffing verwoest rijhuis in Wilrijk",
 "text": """Een zware gasontploffing heeft zondagochtend een rijhuis in de Boomsesteenweg in Wilrijk volledig verwoest. Een 81-jarige bewoonster werd zwaargewond onder het puin vandaan gehaald. Ook twee buren raakten gewond.
De explosie was in de wijde omtrek te horen. Door de klap stortten de gevel en het dak in, en raakten ook de huizen links en rechts zwaar beschadigd. De brandweer zocht met speurhonden in het puin of er nog meer mensen in de woning waren.
Volgens het parket wijst alles op een gaslek. Er zijn geen aanwijzingen voor kwaad opzet. Netbeheerder Fluvius heeft de gastoevoer in de straat afgesloten.
De gemeente Antwerpen vangt de bewoners van de omliggende huizen op. Burgemeester De Wever bezocht zondagmiddag de plek van de ramp.""",
 "events": [], "note": "Gas explosion: accident, out of scope."},

{"n": 63, "published": "2020-11-03", "source": "NOS", "title": "Aantal coronapatiënten in ziekenhuizen daalt licht",
 "text": """Het aantal coronapatiënten in de Nederlandse ziekenhuizen is voor het eerst in weken gedaald. Dinsdag lagen er 2.558 patiënten met covid-19 in het ziekenhuis, 31 minder dan maandag. Op de intensive care lagen er 606.
Het RIVM meldde in het afgelopen etmaal 8.683 nieuwe besmettingen. Dat is minder dan vorige week. Volgens het instituut beginnen de maatregelen effect te hebben. Wel overleden er 84 mensen aan de gevolgen van het virus.
Premier Rutte kondigde dinsdagavond op een persconferentie toch een tijdelijke verzwaring van de maatregelen aan. Zo gaan musea, bioscopen en dierentuinen twee weken dicht. 'We moeten de daling doorzetten', zei Rutte.
Het kabinet roept mensen op zo veel mogelijk thuis te blijven en niet meer dan twee mensen thuis te ontvangen.""",
 "events": [], "note": "Covid statistics and measures: disease, out of scope."},

{"n": 64, "published": "2021-04-10", "source": "NRC", "title": "Tiener uit Zaandam opgepakt voor voorbereiden aanslag",
 "text": """De politie heeft donderdag in Zaandam een 17-jarige jongen aangehouden op verdenking van het voorbereiden van een terroristische aanslag. Dat heeft het Openbaar Ministerie vrijdag bekendgemaakt. De jongen zou rechts-extremistische denkbeelden aanhangen.
In zijn woning vonden agenten onder meer een zelfgemaakt explosief, een nazivlag en handboeken over het plegen van aanslagen. De jongen zou in online chatgroepen hebben gesproken over een aanval op een moskee. Om welke moskee het ging, maakt het OM niet bekend.
De Nationaal Coördinator Terrorismebestrijding (NCTV) waarschuwt al langer voor online radicalisering van jongeren. 'Het gaat steeds vaker om tieners die in korte tijd radicaliseren', zei een woordvoerder.
De rechter-commissaris heeft de voorlopige hechtenis met veertien dagen verlengd. De jongen wordt verdacht van het voorbereiden van een terroristisch misdrijf en van bezit van explosieven.""",
 "events": [
  {"type": "Strategic developments", "sub": "Arrests", "a1": "Police Forces of the Netherlands", "i1": 1, "a2": "Sole Perpetrator (Netherlands)", "i2": 3,
   "country": "Netherlands", "admin1": "Noord-Holland", "loc": "Zaandam", "lat": 52.4420, "lon": 4.8292, "ds": "donderdag",
   "ev": ["De politie heeft donderdag in Zaandam een 17-jarige jongen aangehouden op verdenking van het voorbereiden van een terroristische aanslag."],
   "note": "Arrest of a lone right-wing terror suspect: in scope as a terror arrest; actor2 as a sole perpetrator (uncertain label for a suspect)."}],
 "note": "Terror-suspect arrest in Zaandam."},

{"n": 65, "published": "2023-09-29", "source": "Trouw", "title": "Column: Het demonstratierecht staat onder druk",
 "text": """Het is inmiddels een vertrouwd beeld: klimaatactivisten die een snelweg opgaan, agenten die ze wegdragen, een waterkanon dat aanrukt. En steeds vaker het debat dat erop volgt: mag dit eigenlijk wel?
Ik vind van wel. Het demonstratierecht is een grondrecht, en grondrechten zijn er juist voor als het ongemakkelijk wordt. Wie een A12-blokkade lastig vindt, moet eens teruglezen hoe er in de jaren tachtig werd gedemonstreerd tegen kernraketten of tegen de kraakontruimingen in Amsterdam.
Tegelijk zie ik dat burgemeesters steeds vaker zoeken naar de grens. Preventieve arrestaties, gebiedsverboden, demonstranten die worden weggezet als criminelen. Amnesty International waarschuwde vorig jaar al in een rapport dat het recht om te demonstreren in Nederland wordt uitgehold.
Wie een gezonde democratie wil, moet de straat niet schuwen. Ook niet als die straat een snelweg is.""",
 "events": [], "note": "Opinion column about protest rights; generic and historical protests, no dated event."},

{"n": 66, "published": "2019-08-07", "source": "ANP", "title": "Mozambique en Renamo tekenen vredesakkoord",
 "text": """De Mozambikaanse president Filipe Nyusi en de leider van de voormalige rebellenbeweging Renamo, Ossufo Momade, hebben dinsdag in de hoofdstad Maputo een vredesakkoord ondertekend. Het akkoord moet een einde maken aan decennia van geweld tussen het regeringsleger en de gewapende vleugel van Renamo.
Onder de overeenkomst leveren ruim vijfduizend Renamo-strijders hun wapens in en worden zij opgenomen in de samenleving of in het leger en de politie. Het akkoord werd ondertekend op het Vredesplein in Maputo, in aanwezigheid van verschillende Afrikaanse staatshoofden.
Mozambique kende van 1977 tot 1992 een burgeroorlog waarin een miljoen mensen omkwamen. Tussen 2013 en 2016 laaide het geweld opnieuw op. Een afgescheiden groep Renamo-strijders erkent het akkoord niet.
In oktober worden in Mozambique algemene verkiezingen gehouden.""",
 "events": [
  {"type": "Strategic developments", "sub": "Agreement", "a1": "Government of Mozambique", "i1": 1, "a2": "RENAMO: Mozambican National Resistance", "i2": 2,
   "country": "Mozambique", "admin1": "Maputo City", "loc": "Maputo", "lat": -25.9692, "lon": 32.5732, "ds": "dinsdag",
   "ev": ["De Mozambikaanse president Filipe Nyusi en de leider van de voormalige rebellenbeweging Renamo, Ossufo Momade, hebben dinsdag in de hoofdstad Maputo een vredesakkoord ondertekend."],
   "note": "Peace agreement signed in Maputo between the government and Renamo (inter 2 for its armed wing, uncertain); the civil war is history."}],
 "note": "Mozambique-Renamo peace deal."},

{"n": 67, "published": "2022-11-23", "source": "De Limburger", "title": "Twaalf arrestaties bij actie tegen witwassen in Limburg",
 "text": """De FIOD en de politie hebben dinsdag bij een grote actie tegen witwassen twaalf mensen aangehouden in Maastricht, Heerlen en Sittard-Geleen. Het gaat om mannen en vrouwen tussen de 22 en 58 jaar.
Volgens het Openbaar Ministerie zouden de verdachten via een netwerk van autohandels en wisselkantoren miljoenen euro's aan drugsgeld hebben witgewassen. Bij doorzoekingen van vijftien panden werden contant geld, luxe horloges en dure auto's in beslag genomen.
Het onderzoek loopt al sinds vorig jaar en is begonnen na meldingen van ongebruikelijke transacties door banken. Ook in België werden twee panden doorzocht, in samenwerking met de Belgische federale gerechtelijke politie.
De verdachten worden vrijdag voorgeleid aan de rechter-commissaris in Maastricht.
Volgens het OM speelt Zuid-Limburg een belangrijke rol in het witwassen van drugsgeld, vanwege de ligging vlak bij de Belgische en Duitse grens. Vorig jaar werden bij een vergelijkbaar onderzoek al acht mensen veroordeeld.""",
 "events": [], "note": "Arrests in a money-laundering case: ordinary (financial/drug) crime, out of scope despite the number of arrests."},

{"n": 68, "published": "2024-09-18", "source": "NOS", "title": "Celstraffen voor rellen bij Eritrese bijeenkomst in Den Haag",
 "text": """De rechtbank in Den Haag heeft woensdag tien mannen veroordeeld tot celstraffen van vier maanden tot een jaar voor hun aandeel in de rellen bij een Eritrese bijeenkomst in februari. Bij de ongeregeldheden in de wijk Mariahoeve werden toen politieauto's en een bus in brand gestoken.
De rellen ontstonden toen tegenstanders van het Eritrese regime een bijeenkomst van aanhangers van president Afwerki wilden verstoren. Agenten werden bekogeld met stenen en vuurwerk. Meerdere agenten raakten gewond.
De rechtbank rekende de mannen zwaar aan dat zij 'volstrekt doelbewust geweld tegen de politie' hebben gebruikt. De advocaten wezen erop dat hun cliënten zelf gevlucht zijn voor het regime, maar dat woog voor de rechters niet op tegen het geweld.
Burgemeester Van Zanen verbood na de rellen alle Eritrese bijeenkomsten in de stad voor de rest van het jaar.""",
 "events": [], "note": "Sentencing for a February riot, seven months old: court report, not coded."},

{"n": 69, "published": "2023-05-30", "source": "De Morgen", "title": "Tientallen NAVO-militairen gewond bij rellen in Noord-Kosovo",
 "text": """Bij rellen in het noorden van Kosovo zijn maandag 34 NAVO-militairen van de vredesmacht KFOR gewond geraakt. Dat meldt de KFOR. Etnische Serven bekogelden de militairen met stenen, flessen en molotovcocktails voor het gemeentehuis van Zvečan.
De Serviërs protesteren tegen de installatie van Albanese burgemeesters in vier gemeenten met een Servische meerderheid. Die werden vorige maand gekozen bij verkiezingen die door de Serviërs werden geboycot. De opkomst lag onder de vier procent.
Ook 52 demonstranten raakten gewond, meldt een ziekenhuis in Noord-Mitrovica. De Kosovaarse politie zette traangas in.
De Servische president Vučić zette het leger in de hoogste staat van paraatheid. De NAVO stuurt zevenhonderd extra militairen naar Kosovo.
De onrust in het noorden van Kosovo sleept al maanden aan. In november legden Servische burgemeesters, rechters en agenten massaal hun functie neer uit protest tegen een besluit over nummerborden.""",
 "events": [
  {"type": "Riots", "sub": "Violent demonstration", "a1": "Rioters (Kosovo)", "i1": 5, "a2": "NATO: North Atlantic Treaty Organization", "i2": 8,
   "country": "Kosovo", "admin1": "Mitrovice", "loc": "Zvecan", "lat": 42.9075, "lon": 20.8403, "ds": "maandag", "inj": 86,
   "ev": ["Bij rellen in het noorden van Kosovo zijn maandag 34 NAVO-militairen van de vredesmacht KFOR gewond geraakt.",
          "Etnische Serven bekogelden de militairen met stenen, flessen en molotovcocktails voor het gemeentehuis van Zvečan.",
          "Ook 52 demonstranten raakten gewond, meldt een ziekenhuis in Noord-Mitrovica."],
   "note": "Serb rioters vs KFOR at Zvecan town hall; injured 34 soldiers + 52 protesters = 86 (summing within one event); the boycotted elections are background."}],
 "note": "Zvecan riot against KFOR."},

{"n": 70, "published": "2020-06-30", "source": "De Standaard", "title": "Boekrecensie: de lange schaduw van Leopold II",
 "text": """Op de zestigste verjaardag van de onafhankelijkheid van Congo verschijnt een boek dat het debat over het koloniale verleden ongetwijfeld verder zal aanwakkeren. Historica Els De Bruyn beschrijft in 'Rubber en bloed' hoe het regime van Leopold II in de Onafhankelijke Congostaat miljoenen levens kostte.
Ze laat zien hoe soldaten van de Force Publique dorpen platbrandden en handen afhakten als de rubberquota niet werden gehaald. Ook het Belgische bestuur na 1908 komt er niet goed vanaf. De Bruyn beschrijft de executies na de opstand van 1919 en het geweld tegen de onafhankelijkheidsbeweging.
Het boek verschijnt op een gevoelig moment. Na de Black Lives Matter-betogingen van begin juni werden in verschillende Belgische steden standbeelden van Leopold II beklad. Koning Filip betuigde vandaag in een brief aan de Congolese president zijn 'diepste spijt'.
'Rubber en bloed' is grondig, soms taai, maar onmisbaar voor wie dit verleden wil begrijpen.""",
 "events": [], "note": "Book review of colonial history; the June statue defacements are older than two weeks and told without place and day."},

{"n": 71, "published": "2023-02-15", "source": "Het Financieele Dagblad", "title": "Heineken zet de aanval in op Afrikaanse markt",
 "text": """Brouwer Heineken wil de komende jaren fors groeien in Afrika. Dat zei topman Dolf van den Brink woensdag bij de presentatie van de jaarcijfers. De omzet steeg vorig jaar met 22 procent tot 34,7 miljard euro.
Vooral in Nigeria, Ethiopië en Zuid-Afrika ziet Heineken kansen. 'We gaan de strijd aan met de lokale concurrenten', zei Van den Brink. In Zuid-Afrika wil Heineken de brouwer Distell overnemen, een deal waarover de mededingingsautoriteit zich nog buigt.
Tegelijk zet de brouwer het mes in de kosten. Door de hoge energieprijzen en de inflatie staan de marges onder druk. Heineken verhoogde vorig jaar de prijzen met gemiddeld 12 procent.
Beleggers reageerden teleurgesteld op de vooruitzichten. Het aandeel daalde woensdag ruim 5 procent.
Analisten zijn verdeeld over de Afrikaanse ambities. 'De groei is er, maar de valutarisico's zijn enorm', zegt een analist van ING.""",
 "events": [], "note": "Business news with battle metaphors."},

{"n": 72, "published": "2020-05-04", "source": "Belga", "title": "Tien Iraakse strijders gedood bij aanval van IS bij Samarra",
 "text": """Bij een aanval van Islamitische Staat op posities van de Volksmobilisatie-eenheden ten noorden van de Iraakse stad Samarra zijn zaterdagnacht tien strijders van de sjiitische milities om het leven gekomen. Dat melden Iraakse veiligheidsbronnen.
De IS-strijders vielen de posities aan met zware machinegeweren en mortieren. Eerder op de avond ontplofte een bermbom onder een voertuig van de milities dat versterkingen naar het gebied bracht; daarbij raakten drie strijders gewond.
Het is een van de dodelijkste aanvallen van IS in Irak sinds de terreurgroep in 2017 militair werd verslagen. Analisten wijzen erop dat IS gebruikmaakt van de coronacrisis, nu het leger minder patrouilleert en de internationale coalitie troepen heeft teruggetrokken.
Premier Al-Kadhimi, die sinds kort aan de macht is, beloofde een harde reactie.""",
 "events": [
  {"type": "Battles", "sub": "Armed clash", "a1": "Islamic State", "i1": 2, "a2": "PMF: Popular Mobilization Forces", "i2": 3,
   "country": "Iraq", "admin1": "Salah al-Din", "loc": "Samarra", "lat": 34.1959, "lon": 43.8857, "gp": 2, "ds": "zaterdag", "fat": 10,
   "ev": ["Bij een aanval van Islamitische Staat op posities van de Volksmobilisatie-eenheden ten noorden van de Iraakse stad Samarra zijn zaterdagnacht tien strijders van de sjiitische milities om het leven gekomen.",
          "De IS-strijders vielen de posities aan met zware machinegeweren en mortieren."],
   "note": "IS attack on PMF positions north of Samarra (precision 2); PMF coded as a militia (3), though ACLED has treated it as a state force in some years (uncertain); mortars are part of the same assault."},
  {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "a1": "Islamic State", "i1": 2, "a2": "PMF: Popular Mobilization Forces", "i2": 3,
   "country": "Iraq", "admin1": "Salah al-Din", "loc": "Samarra", "lat": 34.1959, "lon": 43.8857, "gp": 2, "ds": "zaterdag", "inj": 3,
   "ev": ["Eerder op de avond ontplofte een bermbom onder een voertuig van de milities dat versterkingen naar het gebied bracht; daarbij raakten drie strijders gewond."],
   "note": "Roadside bomb on PMF reinforcements the same evening, attributed to IS by context (borderline attribution)."}],
 "note": "IS assault near Samarra and an IED on reinforcements."},

{"n": 73, "published": "2024-03-07", "source": "Het Nieuwsblad", "title": "Politie rolt bende van telefoonoplichters op",
 "text": """De politie heeft woensdag in Gent en Aalst zeven leden opgepakt van een bende die ouderen zou hebben opgelicht met valse telefoontjes. De verdachten deden zich voor als bankmedewerkers en overtuigden hun slachtoffers om bankkaarten en codes af te geven.
Volgens het parket van Oost-Vlaanderen maakte de bende sinds vorig jaar meer dan tachtig slachtoffers. De totale schade wordt geschat op 1,4 miljoen euro. Eén slachtoffer, een 84-jarige vrouw uit Lokeren, verloor haar volledige spaargeld.
Bij huiszoekingen werden telefoons, cash geld en tientallen bankkaarten in beslag genomen. Vier verdachten zijn door de onderzoeksrechter aangehouden, de anderen werden na verhoor vrijgelaten.
De politie waarschuwt opnieuw dat een bank nooit vraagt om kaarten of codes af te geven. 'Hang op en bel zelf uw bank', luidt het advies.""",
 "events": [], "note": "Arrests of a fraud gang: ordinary crime, out of scope."},

{"n": 74, "published": "2022-04-12", "source": "ANP", "title": "Franse arts ontvoerd in Haïtiaanse hoofdstad",
 "text": """In de Haïtiaanse hoofdstad Port-au-Prince is zondag een Franse arts ontvoerd door gewapende mannen. De vrouw, die al tien jaar voor een ziekenhuis in de wijk Delmas werkt, werd volgens collega's uit haar auto gesleurd toen ze na haar dienst naar huis reed. Haar chauffeur werd neergeschoten en raakte zwaargewond.
De ontvoerders hebben contact opgenomen met het ziekenhuis en een losgeld geëist. Het Franse ministerie van Buitenlandse Zaken bevestigt de ontvoering en zegt 'alles in het werk te stellen' om haar vrij te krijgen.
Gewapende bendes controleren inmiddels grote delen van Port-au-Prince. Volgens de VN werden in het eerste kwartaal van dit jaar 225 mensen ontvoerd, bijna het dubbele van een jaar eerder. Vorig jaar werden zeventien Amerikaanse en Canadese missionarissen wekenlang vastgehouden door de bende 400 Mawozo.""",
 "events": [
  {"type": "Violence against civilians", "sub": "Abduction/forced disappearance", "a1": "Unidentified Armed Group (Haiti)", "i1": 3, "a2": "Civilians (France)", "i2": 7,
   "country": "Haiti", "admin1": "Ouest", "loc": "Port-au-Prince", "lat": 18.5944, "lon": -72.3074, "ds": "zondag", "inj": 1,
   "ev": ["In de Haïtiaanse hoofdstad Port-au-Prince is zondag een Franse arts ontvoerd door gewapende mannen.",
          "De vrouw, die al tien jaar voor een ziekenhuis in de wijk Delmas werkt, werd volgens collega's uit haar auto gesleurd toen ze na haar dienst naar huis reed."],
   "note": "Kidnapping for ransom by gang gunmen, in scope because Haiti's gangs are armed groups in a conflict setting (borderline: could be read as crime); located in Port-au-Prince (Delmas is where she works, not where she was taken); victim a French national, coded Civilians (France)."}],
 "note": "Abduction of a French doctor in Port-au-Prince; the UN quarter tally and last year's missionary kidnapping are background."},

{"n": 75, "published": "2023-02-16", "source": "De Morgen", "title": "Tien dagen na de aardbeving: hoop op overlevenden vervliegt",
 "text": """Tien dagen na de zware aardbevingen in het zuiden van Turkije en het noorden van Syrië worden nog steeds af en toe mensen levend onder het puin vandaan gehaald. Woensdag redden hulpverleners in Antakya een vrouw van 74, na 227 uur. Het dodental is inmiddels opgelopen tot boven de 41.000.
De Belgische reddingsploeg B-FAST is teruggekeerd uit Kahramanmaraş. De ploeg redde er een jongen van elf. 'Dat maakt alles goed', zei teamleider Frederik Decabooter op Zaventem.
In Syrië is de situatie schrijnend. Het noordwesten van het land, in handen van rebellen, kreeg dagenlang vrijwel geen hulp. Pas maandag opende de regering-Assad twee extra grensovergangen voor hulpkonvooien.
Turkije heeft inmiddels honderden aannemers laten oppakken op verdenking van slordig bouwen.
Intussen is de wederopbouw een enorme opgave. Volgens de Turkse regering zijn meer dan honderdduizend gebouwen ingestort of zo zwaar beschadigd dat ze moeten worden gesloopt.""",
 "events": [], "note": "Earthquake aftermath: natural disaster; arrests of building contractors are ordinary (criminal negligence) arrests."},
]
