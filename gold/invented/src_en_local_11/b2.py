# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Indonesia, Papua: rally dispersed in Jayapura (Protests) + 37 detained (Strategic developments) + two ojek drivers shot dead near Timika (VAC)
P = "2023-06-02"
s21a = "Police fired tear gas to break up a rally by several hundred Papuan students and activists in front of the Papua Legislative Council (DPRP) building in Jayapura on Wednesday, after the demonstrators refused an order to disperse."
s21b = "Jayapura police said 37 people were detained and taken to the city police headquarters for questioning, and that most had been released by Thursday morning."
s21c = "In a separate incident on Thursday, two motorcycle taxi drivers were shot dead on the outskirts of Timika, Central Papua, by gunmen the police identified as members of the West Papua National Liberation Army (TPNPB)."
s21d = "A TPNPB spokesman said in a statement that its fighters had carried out the shooting and accused the two men of spying for the Indonesian military, an allegation their families rejected."
A(art(P, "Police tear-gas Papuan rally in Jayapura; two ojek drivers shot dead near Timika", "Tempo English", [
    "TEMPO.CO, Jayapura - " + s21a,
    "The protesters, who had marched from the Abepura area carrying banners and Morning Star flags, were demanding the release of activists jailed on treason charges and the withdrawal of non-organic troops from the Papuan highlands. " + s21b,
    "\"We came peacefully to deliver our aspirations to the council, but they answered us with gas,\" said Yulius Wenda, a student coordinator. A police spokesman said officers had acted because the rally had no permit and because the Morning Star flag is banned.",
    s21c + " " + s21d,
    "The bodies of the two men, both migrants from South Sulawesi, were taken to the Mimika regional hospital, where a doctor confirmed they had died of gunshot wounds.",
    "The killings come as security forces continue to search for New Zealand pilot Phillip Mehrtens, who has been held hostage by a TPNPB faction in Nduga since February. Dozens of civilians, soldiers and rebels have been killed in the Papuan highlands since the start of the year, according to rights groups, and student groups have said they will return to the streets next week.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Indonesia)", 6, "Police Forces of Indonesia", 1, "Indonesia", "Papua", "Jayapura", -2.53, 140.71, 1, wd(P, "Wednesday"),
       evid=[s21a],
       note="Rally outside the Papua provincial council in Jayapura broken up with tear gas: protest with intervention (no deaths or serious injuries, so not excessive force)."),
    ev("Strategic developments", "Arrests", "Police Forces of Indonesia", 1, "Protesters (Indonesia)", 6, "Indonesia", "Papua", "Jayapura", -2.53, 140.71, 1, wd(P, "Wednesday"),
       evid=[s21b],
       note="Mass detention of 37 protesters at the rally: coded as Arrests by the codebook's rule on mass arrests at protests."),
    ev("Violence against civilians", "Attack", "West Papua National Liberation Army", 2, "Civilians (Indonesia)", 7, "Indonesia", "Central Papua", "Timika", -4.55, 136.89, 2, wd(P, "Thursday"),
       fat=2, evid=[s21c, s21d],
       note="Two motorcycle taxi drivers shot dead on the outskirts of Timika (precision 2), attributed by police and claimed by the TPNPB; two dead confirmed by a hospital doctor."),
], "Three events: Wednesday's dispersed rally and mass detention in Jayapura, and Thursday's killing near Timika. The hostage-taking since February, the year's toll and next week's planned protests are background or future, not coded."))

# 22 Hong Kong: Tuen Mun flat set alight in suspected loan-shark intimidation (negative: ordinary crime, triad)
P = "2020-07-08"
A(art(P, "Man arrested after Tuen Mun flat set on fire in suspected loan-shark intimidation", "South China Morning Post", [
    "Hong Kong police have arrested a 26-year-old man with suspected triad links after the front door of a flat in Tuen Mun was set on fire in what officers believe was an attempt to intimidate a debtor.",
    "Residents of the public housing block in Tai Hing Estate called police at about 3am on Monday after smelling smoke in the corridor. Firefighters put out the blaze within minutes. No one was hurt, but the door and part of the corridor were blackened, and the words \"pay back the money\" had been scrawled on the wall in red paint.",
    "The 58-year-old woman who lives in the flat told officers her son had borrowed about HK$80,000 from a moneylender last year and had fallen behind on repayments.",
    "Officers from the Tuen Mun district crime squad traced the suspect through security camera footage and arrested him at a flat in Yuen Long on Tuesday night. He was being held on suspicion of arson and was also being investigated for membership of a triad society, a police source said.",
    "\"Debt collectors hired by loan sharks use these tactics to scare families into paying. It is frightening for the neighbours too,\" said a district councillor who represents the estate.",
    "Police recorded more than 100 cases of criminal intimidation linked to debt collection last year, many involving splashing paint or setting fires outside homes.",
], [], "Arson to intimidate a debtor by a triad-linked debt collector, and one suspect's arrest: ordinary crime, no gang conflict told; not coded. The 100 cases are a statistic."))

# 23 South Korea: chipmakers brace for US tariff war (negative: business, trade war)
P = "2025-04-10"
A(art(P, "Korean chipmakers dig in as trade war escalates", "The Korea Herald", [
    "South Korea's semiconductor industry is bracing for a prolonged trade war as Washington and Beijing trade blows over tariffs, with exporters warning that Korean firms risk being caught in the crossfire between the world's two largest economies.",
    "Shares of Samsung Electronics and SK hynix swung sharply this week as investors tried to gauge the impact of new US levies, which for now exempt semiconductors but threaten the electronics and autos that use them. The benchmark Kospi fell more than 5 percent on Monday before recovering part of its losses.",
    "\"This is not a skirmish anymore. It is an all-out war, and our companies are exposed on both fronts,\" said Lee Jae-woong, a senior researcher at a private economic institute in Seoul, noting that China and the United States together buy more than half of Korea's chip exports.",
    "Industry groups have urged the government to prepare an emergency support package, including tax credits and low-interest loans, to help companies defend their market share. Trade officials are expected to travel to Washington for talks in the coming weeks.",
    "Korea's exports of semiconductors reached a record $141.9 billion last year, accounting for about a fifth of the country's total outbound shipments, according to the trade ministry.",
    "Analysts said the real battle would be over advanced memory chips used in artificial intelligence servers, where Korean firms compete fiercely with rivals in the US and Taiwan.",
], [], "Trade war, 'skirmish', 'battle', 'crossfire': business and trade, not coded; the planned trade talks are not an event."))

# 24 Myanmar, Kachin: KIA-junta fighting on Bhamo's outskirts (Battles) + artillery kills two civilians in Bhamo (Explosions)
P = "2025-01-09"
s24a = "Fighting between the Kachin Independence Army (KIA) and junta troops flared again on the northern outskirts of Bhamo on Tuesday, as the ethnic armed group pressed its assault on the military's remaining positions around the Kachin State town, residents said."
s24b = "The KIA said its fighters had overrun two army outposts and killed more than 20 soldiers, a claim The Irrawaddy could not verify."
s24c = "On Wednesday morning, junta artillery shells landed in a residential ward near Bhamo's central market, killing a 62-year-old woman and her grandson and wounding five other civilians, according to a local rescue team."
A(art(P, "Woman and grandson killed as junta shells hit Bhamo amid KIA assault", "The Irrawaddy", [
    s24a,
    "Gunfire and the sound of heavy weapons could be heard from the town for most of the day, and military aircraft flew over the area several times, a resident told The Irrawaddy. " + s24b,
    s24c + " A member of the team said the shells were fired from the regime's base in the south of the town.",
    "\"We have no safe place. The shells come at any time, even when there is no fighting nearby,\" said Daw Lu Bawk, a resident who has moved her family into a church compound.",
    "The junta did not comment on the fighting. Pro-regime Telegram channels claimed that troops had repelled the attacks and inflicted heavy losses on the KIA.",
    "The KIA and its allies launched their offensive on Bhamo in early December, after seizing a string of towns and border trading posts across Kachin State over the past year. Thousands of residents have fled the town, one of the largest in the state, and most shops and schools have been closed for weeks.",
], [
    ev("Battles", "Armed clash", "Kachin Independence Army", 2, "Military Forces of Myanmar", 1, "Myanmar", "Kachin", "Bhamo", 24.26, 97.23, 2, wd(P, "Tuesday"),
       claimed=[claim(20, 20, "Kachin Independence Army", "killed more than 20 soldiers")],
       evid=[s24a, s24b],
       note="KIA assault on army positions on the northern outskirts of Bhamo (precision 2). The KIA's 'more than 20' soldiers killed is an unverified party claim; the junta's claim of heavy KIA losses has no number."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Kachin", "Bhamo", 24.26, 97.23, 1, wd(P, "Wednesday"),
       fat=2, inj=5, evid=[s24c],
       note="Junta shells hit a residential ward of Bhamo; two dead and five wounded from a local rescue team, a neutral source."),
], "Two events: Tuesday's fighting on Bhamo's outskirts and Wednesday's shelling of the town. The offensive since early December, the towns seized over the past year and the displacement are background, not coded."))

# 25 Thailand: rubber farmers threaten to rally at Government House (negative: announced future protest)
P = "2019-11-20"
A(art(P, "Rubber farmers threaten Government House rally over falling prices", "Bangkok Post", [
    "A network of rubber farmers from 14 southern provinces says it will bring thousands of members to Government House on Dec 2 unless the government raises its price guarantee for latex and takes steps to curb imports of cheap rubber.",
    "Leaders of the network announced the plan at a press conference in Surat Thani on Tuesday, saying their patience had run out after prices of unsmoked rubber sheets fell below 40 baht a kilogramme, less than half of what they fetched a decade ago.",
    "\"We have been fighting for our survival for years while the government only makes promises,\" said Somsak Phetkaew, a coordinator of the network. \"If there is no answer by the end of the month, we will take our fight to Bangkok.\"",
    "The group also said it was considering blocking roads in the South if its demands were ignored, but stressed that any rally would be peaceful.",
    "An official at the Agriculture and Cooperatives Ministry said the ministry would invite the farmers' representatives to talks next week. The cabinet approved an income guarantee scheme for rubber growers last month, but farmers say payments have been slow to arrive.",
    "Thailand is the world's largest producer of natural rubber, and about 1.6 million households depend on the crop for a living. Farmers previously staged large protests in 2013, when they blocked the main southern railway and highways.",
], [], "Threatened rally on Dec 2 and possible road blockades: future protests, not coded; the press conference is not a demonstration and the 2013 protests are history."))

# 26 Japan, Tokyo: man sentenced for 2022 train knife attack (negative: verdict on old personal violence)
P = "2023-07-14"
A(art(P, "Man gets 18 years for knife attack on Tokyo commuter train", "The Japan Times", [
    "The Tokyo District Court on Thursday sentenced a 36-year-old man to 18 years in prison for stabbing three passengers aboard a commuter train in Setagaya Ward in March last year, rejecting his lawyers' argument that he had diminished responsibility.",
    "Masaki Okuda slashed a university student and two office workers with a kitchen knife as the train ran between stations during the evening rush hour, prosecutors said. One of the victims, a 24-year-old woman, suffered severe injuries to her neck and needed several operations.",
    "\"The defendant chose a crowded, enclosed space where the victims had no means of escape. The crime was cowardly and extremely dangerous,\" presiding Judge Aiko Nakamura said in handing down the ruling. Prosecutors had sought 20 years.",
    "Okuda told investigators that he had lost his job and wanted to \"kill happy-looking people\" and then be sentenced to death, according to prosecutors. A psychiatric evaluation found that he was fit to stand trial.",
    "The attack was one of several on trains in the Tokyo area in recent years, which prompted railway operators to install more security cameras and to equip staff with protective shields and spray.",
    "Okuda's lawyers said they would discuss whether to appeal with their client.",
], [], "Sentencing for a 2022 train stabbing by a lone man with a personal motive: court story about old, non-political violence, not coded."))

# 27 New Caledonia: riots in Noumea (Ducos) and Paita (2 x Riots)
P = "2024-05-15"
s27a = "Rioters set fire to shops, warehouses and cars in Nouméa's Ducos industrial zone on Tuesday and fought gendarmes who fired tear gas and stun grenades to push them back, as anger over changes to the territory's voting rules boiled over."
s27b = "In Païta, north of the capital, youths set up burning barricades on the main road and torched a car dealership on Tuesday afternoon, and gendarmes were sent in to clear the road, the French High Commission said."
A(art(P, "Noumea burns as riots over voting reform spread to Paita", "RNZ Pacific", [
    s27a,
    "Plumes of black smoke rose over the city throughout the day, and many residents barricaded themselves inside their homes or formed neighbourhood watch groups to guard their streets. The international airport at La Tontouta was closed to commercial flights.",
    "The High Commission said dozens of police officers and gendarmes had been injured, some of them by gunfire, but did not say where or when.",
    s27b,
    "\"We have never seen anything like this. There is no more food in the shops near us and we are afraid to go out,\" said a Nouméa resident, Marie-Claire Wamytan, a teacher.",
    "The unrest erupted as the French National Assembly in Paris debated a constitutional amendment that would allow people who have lived in New Caledonia for ten years to vote in provincial elections, which pro-independence Kanak groups say would dilute their political weight. Leaders of both the independence and loyalist camps have appealed for calm.",
    "It is the worst violence in the territory since the 1980s, when clashes between Kanak independence activists and French forces culminated in the 1988 Ouvéa cave hostage crisis, in which 19 Kanak militants and two soldiers were killed.",
], [
    ev("Riots", "Violent demonstration", "Rioters (New Caledonia)", 5, "Police Forces of France", 1, "New Caledonia", "South Province", "Nouméa", -22.27, 166.45, 1, wd(P, "Tuesday"),
       evid=[s27a],
       note="Arson and clashes with gendarmes in Nouméa's Ducos zone on Tuesday; gendarmes coded as police forces of France. The High Commission's 'dozens' of injured gendarmes is vague, from a party and not given per place, so injured stays null."),
    ev("Riots", "Violent demonstration", "Rioters (New Caledonia)", 5, "Police Forces of France", 1, "New Caledonia", "South Province", "Païta", -22.13, 166.36, 1, wd(P, "Tuesday"),
       evid=[s27b],
       note="Burning barricades and arson of a car dealership in Païta, with gendarmes clearing the road: a second riot at a separate town."),
], "Two events on Tuesday: riots in Nouméa (Ducos) and in Païta. The unplaced injury count, the Paris debate and the 1988 Ouvéa crisis are not coded."))

# 28 Bangladesh, Rohingya camp fire (negative: accident)
P = "2024-01-08"
A(art(P, "Fire guts over 800 shelters in Ukhiya Rohingya camp", "Dhaka Tribune", [
    "A fire tore through a Rohingya refugee camp in Cox's Bazar's Ukhiya upazila early Sunday, destroying more than 800 shelters and leaving around 5,000 people homeless, officials said.",
    "The blaze started at around 1am in Camp 5 and spread quickly through the densely packed bamboo-and-tarpaulin shelters, fanned by a dry wind, according to the fire service. It took firefighters from Ukhiya and Cox's Bazar nearly three hours to bring it under control.",
    "No casualties were reported, but a learning centre, two mosques and a health post were also gutted, said the Refugee Relief and Repatriation Commissioner's office.",
    "\"We ran out with only our children. Everything else burned,\" said Nurul Amin, 38, who has lived in the camp since fleeing Myanmar in 2017.",
    "The cause of the fire was not immediately known. Officials said they were investigating whether it started from a cooking stove, and a committee has been formed to submit a report within seven days.",
    "Fires are frequent in the camps, where nearly a million Rohingya live in cramped conditions. In March 2021, a massive blaze in Balukhali killed at least 15 people and destroyed some 10,000 shelters. Aid agencies said they were providing emergency shelter kits and food to the affected families.",
], [], "Camp fire of unknown, probably accidental cause: not coded. The 2021 Balukhali fire is history."))

# 29 Papua New Guinea: armed hold-up of a PMV on the Highlands Highway (negative: ordinary crime, police shooting of a suspect)
P = "2019-04-17"
A(art(P, "Raskols hold up PMV on Highlands Highway, one suspect shot dead", "Post-Courier", [
    "A gang of armed criminals held up a public motor vehicle on the Highlands Highway near Watabung in Eastern Highlands on Monday afternoon, robbing passengers of cash, mobile phones and store goods worth several thousand kina.",
    "Eastern Highlands provincial police commander Chief Inspector David Lakamu said six men armed with homemade shotguns and bush knives blocked the road with logs at a bend and forced the bus, which was travelling from Goroka to Chimbu, to stop.",
    "\"They ordered everyone out, searched them and took their bags. The driver was hit on the head with the back of a gun,\" he said.",
    "Police responding to the hold-up pursued the suspects into the bush. One suspect was shot dead when he allegedly turned on officers with a shotgun, while the others escaped. Police recovered a homemade gun and some of the stolen goods.",
    "Chief Insp Lakamu said the gang was believed to be behind a series of robberies on the stretch of highway since the beginning of the year and appealed to communities to hand over the suspects. \"These criminals are terrorising the travelling public,\" he said.",
    "Bus operators said they were considering suspending services on the route after dark unless police increased patrols.",
], [], "Highway robbery by 'raskols' and a police shooting of a robbery suspect: ordinary crime, out of scope; 'terrorising' is a figure of speech. Not coded."))

# 30 Philippines: Abu Sayyaf suspect arrested in Zamboanga City (Strategic developments) + clash in Patikul, Sulu (Battles)
P = "2021-06-14"
s30a = "Philippine police and military intelligence agents arrested a suspected Abu Sayyaf member wanted for kidnapping in a raid on a house in Zamboanga City on Saturday, officials said."
s30b = "On Friday, soldiers clashed with about a dozen Abu Sayyaf gunmen in the hinterlands of Patikul town in Sulu province, a regional military spokesman said, adding that one militant was killed and an M16 rifle was recovered."
A(art(P, "Abu Sayyaf suspect nabbed in Zamboanga; militant killed in Sulu clash", "BenarNews", [
    "ZAMBOANGA CITY, Philippines - " + s30a,
    "The suspect, identified as Alhabsy Jumadil, 34, had been on the run since being charged over the abduction of two fishermen off Sulu's coast in 2016, said police Lt. Col. Ramon Salvador, a regional intelligence officer. He was taken into custody without resistance, and a grenade and a .45-caliber pistol were found in the house, he said.",
    s30b,
    "Troops from the Army's 11th Infantry Division had been tracking the group, believed to be led by one of the last remaining Abu Sayyaf sub-leaders in the province, the spokesman said. There was no independent confirmation of the casualty, and no soldiers were reported hurt.",
    "The military says the Abu Sayyaf, notorious for kidnappings and beheadings, has been significantly weakened by years of offensives and the surrender of hundreds of its members. But Sulu residents still remember the twin suicide bombings outside Jolo cathedral in January 2019 that killed more than 20 people, and the August 2020 bombings in Jolo's town center.",
    "\"People here want to believe it is over, but every few weeks there is another firefight in the mountains,\" said Nur-aina Sali, a teacher in Jolo.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of the Philippines", 1, "Abu Sayyaf", 2, "Philippines", "Zamboanga Peninsula", "Zamboanga City", 6.92, 122.08, 1, wd(P, "Saturday"),
       evid=[s30a],
       note="Arrest of a suspected Abu Sayyaf member in Zamboanga City by police and military intelligence; police coded as the arresting force."),
    ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "Abu Sayyaf", 2, "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Patikul", 6.07, 121.10, 2, wd(P, "Friday"),
       claimed=[claim(1, 1, "Military Forces of the Philippines", "one militant was killed")],
       evid=[s30b],
       note="Clash in the hinterlands of Patikul (precision 2; coordinates approximate). The one militant killed comes only from the military, a party, and the article says it is unconfirmed, so it is a claim."),
], "Two events: Saturday's arrest in Zamboanga City and Friday's clash near Patikul. The 2016 kidnapping, the 2019 and 2020 Jolo bombings and the surrender tally are background, not coded."))

# 31 South Korea, Gwangju: 45th anniversary of the May 18 uprising (negative: anniversary)
P = "2025-05-19"
A(art(P, "Gwangju marks 45th anniversary of May 18 pro-democracy uprising", "The Korea Herald", [
    "GWANGJU - Bereaved families, survivors, lawmakers and government officials gathered at the National May 18th Cemetery in Gwangju on Sunday to commemorate the 45th anniversary of the 1980 pro-democracy uprising, which was brutally suppressed by the military.",
    "The ceremony opened with a minute of silence for the victims, followed by a performance of \"March for the Beloved,\" the anthem of the uprising, sung by participants holding hands.",
    "Troops under the command of the then-new military junta opened fire on citizens protesting against martial law in the southwestern city, killing at least 165 people over ten days, according to official figures. Civic groups say the real toll was much higher, and the fate of dozens of missing people remains unknown.",
    "\"My brother was 19 when he went out and never came back. Forty-five years later we still do not know where he is buried,\" said Kim Soon-ja, 71.",
    "A state commission set up to investigate the crackdown concluded its work last year, confirming that troops had fired on civilians from helicopters and that soldiers had committed sexual violence, but it failed to identify who had ordered the shootings.",
    "This year's anniversary carried added weight after the political turmoil of recent months, speakers said, with many drawing parallels between the events of 1980 and the short-lived imposition of martial law last December.",
], [], "Commemoration of the 1980 Gwangju uprising and a commission's findings: history and a ceremony, not coded; last December's martial law is background."))

# 32 Thailand: deep south peace dialogue analysis (negative: analysis, no new dated event)
P = "2024-02-12"
A(art(P, "Can new peace roadmap end two decades of bloodshed in the South?", "Bangkok Post", [
    "Twenty years after gunmen raided an army depot in Narathiwat and made off with hundreds of weapons, an attack widely seen as the start of the current insurgency, the government and the Barisan Revolusi Nasional (BRN) say they are closer than ever to a deal that could bring the violence to an end.",
    "Negotiators from both sides are due to meet again in Kuala Lumpur later this month under Malaysian facilitation to discuss a draft framework known as the Joint Comprehensive Plan Towards Peace, which envisages a reduction in violence, public consultations and talks on political solutions. Details remain sketchy, and neither side has committed to signing it.",
    "Previous rounds of talks since 2013 have repeatedly stalled, derailed by changes of government in Bangkok, disputes over who speaks for the insurgents, and fresh waves of bombings and shootings.",
    "\"The BRN's military wing has to be convinced that talking will deliver more than fighting,\" said Rungrawee Chalermsripinyorat, a researcher who has followed the conflict for years. \"Without that, any roadmap will stay on paper.\"",
    "More than 7,000 people have been killed in the region since 2004, most of them civilians, according to monitoring groups. Security forces still maintain hundreds of checkpoints, and emergency rule remains in force in most districts of Pattani, Yala and Narathiwat.",
    "Whether the new framework can survive the inevitable next attack will be the real test, analysts say.",
], [], "Analysis of the peace process: the January 2004 depot raid is history; the Kuala Lumpur talks are still to come and the draft plan is unsigned, so there is no Agreement; tallies are aggregate."))

# 33 Taiwan, Taipei: protests outside the Legislative Yuan on Tuesday and Friday (2 x Protests)
P = "2024-05-25"
s33a = "Tens of thousands of people packed the streets around the Legislative Yuan in Taipei on Friday to protest against a package of bills that would expand the legislature's powers to investigate the executive branch, organizers said."
s33b = "The rally was the second large demonstration outside the legislature this week, after thousands of people, many of them students, gathered there on Tuesday as lawmakers began reviewing the bills."
A(art(P, "Tens of thousands rally outside Legislative Yuan against reform bills", "Taipei Times", [
    s33a,
    "Protesters sat on Jinan Road and Qingdao East Road holding signs reading \"No discussion, no democracy\" and chanting slogans as opposition legislators inside the chamber pushed ahead with votes on parts of the package. Police estimated that more than 30,000 people were present at the peak, while organizers put the figure at about 100,000.",
    s33b + " Both rallies were peaceful, and the crowds dispersed late at night.",
    "\"I am not against any party. I am against passing laws without discussion,\" said Chen Yi-ting, a 23-year-old graduate student from Taoyuan.",
    "The Chinese Nationalist Party (KMT) and the Taiwan People's Party, which together hold a majority in the legislature, say the amendments are needed to hold the government accountable. Critics, including civic groups that organized the rallies, say the bills were rushed through without proper review and could be unconstitutional.",
    "Organizers said they would return next Tuesday when the legislature is scheduled to hold a further vote. The protests have drawn comparisons with the 2014 Sunflower movement, when students occupied the legislative chamber for more than three weeks.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Taiwan)", 6, None, None, "Taiwan", "Taipei City", "Taipei", 25.04, 121.52, 1, wd(P, "Friday"),
       evid=[s33a],
       note="Friday's mass rally around the Legislative Yuan (Zhongzheng District, Taipei); peaceful."),
    ev("Protests", "Peaceful protest", "Protesters (Taiwan)", 6, None, None, "Taiwan", "Taipei City", "Taipei", 25.04, 121.52, 1, wd(P, "Tuesday"),
       evid=[s33b],
       note="Tuesday's rally at the same place: a different day, so a separate event."),
], "Two peaceful protests outside the Legislative Yuan, on Tuesday and Friday. Next Tuesday's announced rally and the 2014 Sunflower movement are future and history, not coded."))

# 34 Indonesia: ferry capsizes off Buton (negative: accident)
P = "2019-08-21"
A(art(P, "Search continues for 11 missing after ferry capsizes in Buton waters", "Tempo English", [
    "TEMPO.CO, Kendari - Rescuers on Wednesday continued searching for 11 passengers still missing after a wooden ferry capsized in rough seas off Buton Island in Southeast Sulawesi, as the death toll rose to seven.",
    "The vessel, carrying more than 60 passengers and several motorcycles, was sailing from Baubau to a smaller island when it was hit by high waves on Monday evening and overturned about two nautical miles from the coast, according to the local search and rescue office.",
    "Fishermen and rescue teams pulled 45 survivors from the water, some of whom had clung to floating cargo for hours. Several were treated in hospital for hypothermia and exhaustion.",
    "\"The waves were as high as a house. The boat leaned to one side and then everyone was in the water,\" said survivor La Ode Hamzah, 29.",
    "Police said they were questioning the captain and the owner of the boat on suspicion of negligence, after initial findings showed the ferry was carrying more passengers than permitted and that there were not enough life jackets on board.",
    "Deadly ferry accidents are common in the Indonesian archipelago, where many people rely on boats to travel between islands and safety regulations are often poorly enforced. In June last year, more than 160 people died when a ferry sank in Lake Toba in North Sumatra.",
], [], "Ferry capsizing with deaths and missing: accident, not coded; questioning the captain over negligence is not a political arrest."))

# 35 Hong Kong: District Court jails five for 2019 rioting (negative: verdict on old protests)
P = "2022-03-18"
A(art(P, "Five jailed for up to four years over 2019 rioting in Mong Kok", "South China Morning Post", [
    "Five people, including a former nursing student, were jailed on Thursday for between 32 months and four years for taking part in a riot in Mong Kok during the 2019 anti-government protests.",
    "District Judge Stanley Ho Kwok-wai said the defendants had been among a crowd of about 200 people who blocked Nathan Road with bricks and rubbish bins and threw objects at police officers on a night in November 2019.",
    "\"The court must send a clear message that violence cannot be used to achieve political aims, however strongly one feels,\" the judge said, adding that the fact that none of the defendants had hurled petrol bombs had been taken into account.",
    "The defendants, aged between 21 and 28 at the time of sentencing, were convicted last month after a trial lasting 18 days. One of them, a 23-year-old delivery worker, told the court in a mitigation letter that he had been \"swept up in the anger of that summer\".",
    "More than 10,000 people were arrested in connection with the protests between June 2019 and the end of 2020, and over 2,800 have been prosecuted, according to government figures. Rioting carries a maximum penalty of 10 years in prison.",
    "Supporters of the defendants waved goodbye as they were led away from the dock.",
], [], "Sentencing for a November 2019 riot: a court story about old unrest, not coded; arrest and prosecution figures are a tally; supporters in the courtroom are not a demonstration."))

# 36 Myanmar, Yangon: flash protest at Hledan (Protests) + six arrested in Sanchaung (Strategic developments)
P = "2022-03-08"
s36a = "About 20 young people staged a flash protest at Hledan junction in Yangon's Kamayut Township on Sunday morning, marching for about three minutes and chanting anti-regime slogans before scattering, according to the strike committee that organised it."
s36b = "On Monday, junta troops and police raided an apartment in Sanchaung Township and arrested five young men and a woman whom they accused of organising Sunday's protest, a relative of one of the detainees told Myanmar Now."
A(art(P, "Six arrested in Sanchaung after flash protest at Hledan junction", "Myanmar Now", [
    s36a,
    "Photographs shared on social media showed protesters holding a red banner calling for the release of political prisoners and throwing leaflets into the street as they ran. The strike committee said none of its members had been caught at the scene.",
    s36b + " \"They came at night with guns and kicked the door open. They took their phones and beat two of the boys in front of us,\" the relative said.",
    "The six were taken to an interrogation centre, and their families have not been allowed to see them, the relative added. The regime's information team did not respond to Myanmar Now's request for comment.",
    "Flash protests, which last only a few minutes to avoid arrest, have become the main form of street protest in Yangon since the military's crackdown on mass demonstrations after the February 2021 coup. In December last year, soldiers drove a military vehicle into a flash mob in Kyimyindaing Township, killing at least five protesters.",
    "According to the Assistance Association for Political Prisoners, more than 12,000 people have been arrested by the junta since the coup.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Myanmar)", 6, None, None, "Myanmar", "Yangon", "Kamayut", 16.82, 96.13, 1, wd(P, "Sunday"),
       evid=[s36a],
       note="Brief flash protest at Hledan junction, Kamayut Township; no intervention at the scene, so a peaceful protest."),
    ev("Strategic developments", "Arrests", "Military Forces of Myanmar", 1, "Protesters (Myanmar)", 6, "Myanmar", "Yangon", "Sanchaung", 16.80, 96.14, 1, wd(P, "Monday"),
       evid=[s36b],
       note="Raid and arrest of six alleged protest organisers in Sanchaung by troops and police, coded with the military as arresting force; arrests of activists are coded."),
], "Two events: Sunday's flash protest and Monday's arrests. The December 2021 Kyimyindaing ramming and the AAPP arrest tally are background, not coded."))

# 37 Solomon Islands: man jailed for assaulting his wife (negative: domestic violence, court)
P = "2023-08-10"
A(art(P, "Man jailed for three years for brutal assault on wife", "Solomon Star", [
    "A 41-year-old man from Malaita Province has been sentenced to three years in prison by the Honiara Magistrates' Court for beating his wife with a piece of timber, leaving her with a fractured arm and head injuries.",
    "The court heard that the accused attacked his wife at their home in the White River area of Honiara in March this year after she asked him for money to pay their children's school fees. Neighbours who heard her screams called the police.",
    "Principal Magistrate Rose Tuhaika said domestic violence was \"a plague on our families\" and that courts had a duty to protect victims. \"Marriage is not a licence to beat,\" she said in her ruling.",
    "The accused, who pleaded guilty to a charge of assault causing grievous bodily harm under the Family Protection Act, told the court he had been drinking and regretted his actions.",
    "According to a national survey, about two in three women in Solomon Islands who have been in a relationship have experienced physical or sexual violence from a partner, among the highest rates in the world.",
    "Women's groups have called for more safe houses outside Honiara and for police officers in the provinces to receive more training in handling domestic violence cases.",
], [], "Domestic violence sentencing and survey statistics: personal violence, out of scope, not coded."))

# 38 Taiwan: Hualien earthquake (negative: natural disaster)
P = "2024-04-04"
A(art(P, "Strongest quake in 25 years rocks Hualien, killing at least nine", "Taipei Times", [
    "A magnitude 7.2 earthquake struck off the coast of Hualien County yesterday morning, killing at least nine people, injuring more than 1,000 and trapping dozens of people in tunnels and rock quarries, authorities said.",
    "The quake, which hit at 7:58am, was the strongest to strike Taiwan since the 921 earthquake in 1999, the Central Weather Administration said. It was followed by more than 200 aftershocks.",
    "In Hualien City, a nine-story building tilted at a 45-degree angle after its lower floors collapsed, and rescuers used ladders to bring residents out through its windows. Landslides and falling rocks blocked roads in Taroko National Park, where several hikers and workers were among the dead.",
    "\"The shaking went on and on. Things were flying off the shelves, and I thought the whole building would come down,\" said Huang Mei-ling, 52, a shop owner in Hualien City.",
    "Most of the deaths were caused by rockfalls. Rescue teams were working through the night to reach more than 50 hotel employees stranded on a road inside the national park, the National Fire Agency said.",
    "Train services along the east coast were suspended for several hours, and semiconductor makers briefly evacuated some facilities in Hsinchu before resuming operations.",
], [], "Earthquake deaths and rescue: natural disaster, not coded."))

# 39 Fiji: nurses' union announces strike (negative: announced future strike)
P = "2023-03-30"
A(art(P, "Nurses to strike from April 11 if pay demands not met", "The Fiji Times", [
    "THE Fiji Nursing Association says its members will go on strike from April 11 unless the Ministry of Health agrees to review their salaries and pay long-overdue allowances.",
    "Association general secretary Losana Vakacegu said the decision was taken at a meeting of branch representatives in Suva on Tuesday, after talks with the ministry broke down last week.",
    "\"Our nurses have been on the frontline through the pandemic and through every cyclone. They are exhausted and they are leaving for jobs overseas. We have been patient long enough,\" she said.",
    "She said about 2,000 nurses would take part in the industrial action, but emergency wards and maternity units would remain staffed.",
    "A Ministry of Health spokesperson said the ministry remained open to dialogue and hoped a strike could be avoided, adding that the matter had been referred to the Ministry of Employment for mediation.",
    "Fiji has lost hundreds of nurses to Australia, New Zealand and other countries in the past two years, according to the association, leaving some health centres in rural areas without permanent staff.",
], [], "Strike announced for a future date, decided at a meeting: future protest, not coded."))

# 40 Vietnam: ride-hailing 'war' (negative: business in war words)
P = "2024-06-26"
A(art(P, "Ride-hailing war heats up as new entrant grabs market share", "VnExpress International", [
    "Vietnam's ride-hailing battlefield is getting more crowded, with an electric taxi firm rapidly eating into the market share of Grab and local rivals as companies pour money into promotions to win customers.",
    "Xanh SM, which operates a fleet of electric cars and motorbikes, now accounts for nearly a third of the country's ride-hailing trips, according to a recent survey by a market research firm, just a year after it launched its motorbike service. Grab still holds the largest share.",
    "\"It is a war of attrition. Whoever has the deepest pockets and can keep subsidising rides the longest will win,\" said Nguyen Minh Tuan, a technology analyst in Ho Chi Minh City.",
    "Drivers said they were switching between apps several times a day depending on the bonuses on offer, while customers have enjoyed discounts of up to 50 percent on some routes.",
    "Smaller players have struggled to survive the price war. At least two domestic apps have scaled back operations in the past year, and another has been sold.",
    "Vietnam's ride-hailing market was worth about $1.5 billion last year and is expected to keep growing as more people in the country's big cities rely on apps for transport and food delivery, the survey said.",
], [], "Business competition in war words (battlefield, war of attrition, price war): not coded."))
