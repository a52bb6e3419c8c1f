# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Mexico, Culiacán: Sinaloa Cartel factions clash (gang war) + peace march (2 events)
P = "2024-10-15"
s1a = "A gunfight between rival factions of the Sinaloa Cartel left four suspected gunmen dead in a residential area in the north of Culiacán on Sunday night, the Sinaloa Attorney General’s Office (FGE) said on Monday."
s1b = "State security officials attributed the clash to the war between Los Chapitos, the faction led by the sons of jailed drug lord Joaquín “El Chapo” Guzmán, and La Mayiza, which is loyal to cartel co-founder Ismael “El Mayo” Zambada."
s1c = "Earlier on Sunday, several hundred residents dressed in white marched from the cathedral to the state government palace to demand an end to the violence, carrying banners that read “Culiacán wants peace.”"
s1d = "The march, organized by business chambers and parents’ associations, passed off without incident."
A(art(P, "Gunfight in Culiacán leaves four dead as Sinaloa Cartel war drags on", "Mexico News Daily", [
    s1a,
    "Residents reported bursts of gunfire for more than half an hour shortly after 9 p.m. Videos shared on social media showed a burning car blocking an avenue as armed men in pickup trucks fired at each other. When soldiers reached the area they found four bodies, five assault rifles and a pickup fitted with improvised armor plating, the FGE said in a statement. No arrests were made.",
    s1b + " The two groups have been fighting for control of the state capital since September 9, several weeks after Zambada was detained in the United States.",
    "More than 170 people have been murdered in Sinaloa since the infighting began, according to FGE figures, and over 200 have been reported missing. Schools in Culiacán have repeatedly suspended in-person classes, and many restaurants and shops now close before nightfall.",
    s1c + " " + s1d,
    "“We are not asking for much. We want our children to be able to go to school and come home,” said one of the organizers, a restaurant owner who asked not to be named for fear of reprisals. The federal Security Ministry said on Monday that another 300 army special forces troops would arrive in Sinaloa this week.",
], [
    ev("Battles", "Armed clash", "Sinaloa Cartel (Los Chapitos)", 3, "Sinaloa Cartel (La Mayiza)", 3, "Mexico", "Sinaloa", "Culiacán", 24.8091, -107.3940, 1, wd(P, "Sunday"),
       fat=4,
       evid=[s1a, s1b],
       note="Gang war: a gunfight between the two Sinaloa Cartel factions in a northern part of Culiacán, attributed by state security officials; who fired first is not said, so the actor order is arbitrary. FGE's four bodies are the toll."),
    ev("Protests", "Peaceful protest", "Protesters (Mexico)", 6, None, None, "Mexico", "Sinaloa", "Culiacán", 24.8091, -107.3940, 1, wd(P, "Sunday"),
       evid=[s1c, s1d],
       note="Peace march of several hundred residents from the cathedral to the government palace, without incident; fatalities left null (the text does not say nobody died)."),
], "Two events on Sunday in Culiacán: the factional gunfight (gang war) and the peace march. The aggregate toll since September 9, the July detention and the announced troop deployment are not coded."))

# 2 Mexico, Ecatepec: femicide by former partner (negative: domestic violence; announced march)
P = "2022-08-23"
A(art(P, "Woman killed by former partner in Ecatepec; collectives call march for Saturday", "Mexico News Daily", [
    "A 27-year-old woman was stabbed to death by her former partner in front of her two children in Ecatepec, México state, on Sunday morning, the state Attorney General’s Office (FGJEM) said.",
    "Neighbors in the San Agustín neighborhood told local media they heard the woman screaming for help shortly after 7 a.m. The suspect, a 31-year-old man identified only as Luis “N,” fled on foot but was arrested later that day at a relative’s home in neighboring Tecámac. Prosecutors said he would be charged with femicide.",
    "Relatives said the victim had filed two complaints against the man for domestic violence this year and had obtained a restraining order in June. “She did everything she was supposed to do, and no one protected her,” her sister told reporters outside the morgue.",
    "Ecatepec is one of the municipalities with the highest number of femicides in Mexico. According to the Executive Secretariat of the National Public Security System (SESNSP), more than 540 women were victims of femicide nationwide in the first seven months of the year, and México state recorded more cases than any other state.",
    "Feminist collectives have called a march from the victim’s home to the municipal palace on Saturday to demand that the authorities enforce protection orders. A state official said the prosecutor’s office was reviewing how the earlier complaints had been handled and whether any officials had failed in their duties.",
], [], "Femicide by a former partner: domestic violence, ordinary crime, and the arrest of one ordinary suspect; not coded. The SESNSP figures are statistics and the Saturday march is announced for the future."))

# 3 Colombia: social leader killed near Tumaco + ELN vs FARC dissidents clash in Tame (2 events)
P = "2022-02-08"
s3a = "Two gunmen on a motorcycle shot Jhon Freddy Cuero, president of the community action board of a rural hamlet on the highway between Tumaco and Pasto, as he arrived home on Sunday evening, the Ombudsman’s Office said."
s3b = "He died on the way to the hospital in Tumaco."
s3c = "In Arauca, ELN guerrillas and members of the 10th Front, a FARC dissident group, fought for several hours on Saturday in a rural area of Tame, the army said."
s3d = "The regional ombudsman’s office said three bodies were recovered after the fighting and that some 60 families had fled to Tame’s urban center."
A(art(P, "Social leader murdered near Tumaco as ELN and dissidents clash again in Arauca", "Colombia Reports", [
    "A community leader was shot dead in the southwestern municipality of Tumaco and fighting between guerrillas and FARC dissidents flared again in the eastern province of Arauca over the weekend, authorities said on Monday.",
    s3a + " " + s3b,
    "The community board said Cuero had received threats after he promoted a voluntary coca substitution program. Police said it was too early to say who was behind the killing. Several armed groups, including FARC dissident factions and the Gulf Clan, compete for control of coca crops and trafficking routes to the Pacific around Tumaco.",
    s3c + " " + s3d,
    "More than 50 people have been killed in Arauca since January 2, when the two groups broke a years-long pact over the province’s smuggling routes along the Venezuelan border, according to the Ombudsman’s Office. “The civilian population is trapped between two armed groups that see every farmer as a collaborator of the enemy,” the regional ombudsman said.",
    "Human rights think tank Indepaz said Cuero was the 21st social leader killed in Colombia this year. The United Nations has repeatedly described Colombia as the most dangerous country in Latin America for human rights defenders.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Colombia)", 3, "Civilians (Colombia)", 7, "Colombia", "Nariño", "Tumaco", 1.7989, -78.8156, 2, wd(P, "Sunday"),
       fat=1,
       evid=[s3a, s3b],
       note="Killing of a community action board president (social leader) by unidentified gunmen in a rural hamlet of Tumaco municipality (precision 2); perpetrators unknown, threats over coca substitution suggest an armed-group motive."),
    ev("Battles", "Armed clash", "ELN: National Liberation Army", 2, "FARC dissidents (10th Front)", 2, "Colombia", "Arauca", "Tame", 6.4583, -71.7306, 2, wd(P, "Saturday"),
       fat=3,
       evid=[s3c, s3d],
       note="ELN and the 10th Front fought in a rural area of Tame (precision 2); the ombudsman's three bodies recovered is the toll. The 50+ dead since January 2 is an aggregate, not coded."),
], "Two events: the Sunday killing of a social leader near Tumaco and the Saturday ELN-dissident fighting near Tame. The Arauca aggregate since January 2 and Indepaz's yearly count are statistics."))

# 4 Colombia: JEP charges over 'false positives' in Huila (negative: court on old killings)
P = "2023-06-20"
A(art(P, "JEP charges retired colonel, 11 soldiers over ‘false positive’ killings in Huila", "Colombia Reports", [
    "BOGOTÁ – Colombia’s Special Jurisdiction for Peace (JEP) on Monday charged a retired army colonel and 11 former soldiers with war crimes and crimes against humanity over the killing of 30 civilians who were presented as guerrillas killed in combat in the southern province of Huila between 2005 and 2008.",
    "The victims, most of them young farmers and men with disabilities, were lured with promises of work, executed and dressed in guerrilla uniforms so that the battalion could report combat results and earn days off and bonuses, the tribunal said in its indictment.",
    "“These were not errors or isolated acts. They were a criminal practice organized inside a military unit,” the magistrate in charge of the case told reporters. The accused have 30 working days to accept responsibility and receive alternative sentences of up to eight years, or face trial and possible 20-year prison terms.",
    "The JEP, created by the 2016 peace deal with the FARC, estimates that at least 6,402 people were killed in such “false positive” cases across the country between 2002 and 2008.",
    "Relatives of the victims, who have campaigned for more than 15 years, welcomed the decision. “Today the state admits that my son was not a guerrilla,” said the mother of one of the victims, a 62-year-old woman from Pitalito. Human Rights Watch said the case showed that the commanders who designed the policy must also be held to account.",
], [], "Transitional-justice indictment over extrajudicial killings of 2005-2008: old events as the backdrop of a court decision, plus a national estimate; nothing coded."))

# 5 West Bank: settler attack on al-Mughayyir + IDF drone strike in Jenin camp (2 events)
P = "2024-08-20"
s5a = "Dozens of Israeli settlers, some of them masked, attacked the Palestinian village of al-Mughayyir northeast of Ramallah on Saturday evening, setting fire to two homes and several vehicles, according to Palestinian officials and the rights group Yesh Din."
s5b = "The Palestinian Red Crescent said four Palestinians were hurt, one of them by live fire, and were taken to hospital in Ramallah."
s5c = "On Monday, an Israeli drone struck a group of gunmen in the Jenin refugee camp, the military said, in what it described as a strike on a cell that had planted explosive devices targeting troops."
s5d = "The Palestinian Health Ministry said two men were killed in the strike, and the Islamic Jihad terror group’s armed wing later said both were members of its Jenin Battalion."
A(art(P, "Settlers torch homes in West Bank village; IDF drone strike kills two in Jenin", "The Times of Israel", [
    s5a,
    s5b + " Footage from the scene showed a house in flames and men throwing stones at residents as smoke rose over the olive groves at the edge of the village.",
    "The Israel Defense Forces said troops were dispatched after reports of a “violent confrontation between Israeli civilians and Palestinians” and that the Israel Police had opened an investigation. No arrests were announced. A senior officer in the Central Command told The Times of Israel that a small number of extremists were “harming the security of the entire region.”",
    s5c + " " + s5d,
    "The Jenin camp has been the target of repeated Israeli raids since the start of the war in Gaza, which was sparked by Hamas’s October 7 assault on southern Israel. According to the UN humanitarian office OCHA, settlers have carried out more than 1,200 attacks that caused casualties or property damage in the West Bank since then.",
    "Yesh Din said in a statement that attacks on al-Mughayyir had become “almost routine” and accused the authorities of failing to prosecute the perpetrators.",
], [
    ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, "Palestine", "West Bank", "al-Mughayyir", 31.9617, 35.3631, 1, wd(P, "Saturday"),
       inj=4,
       evid=[s5a, s5b],
       note="Settler attack on al-Mughayyir (arson of homes and cars, stone-throwing, one hurt by live fire); four injured per the Red Crescent, no death reported so fatalities null. Borderline against Riots/Mob violence; ACLED codes settler raids on villages as attacks on civilians."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Palestinian Islamic Jihad", 2, "Palestine", "West Bank", "Jenin", 32.4607, 35.2960, 1, wd(P, "Monday"),
       fat=2,
       evid=[s5c, s5d],
       note="Drone strike in the Jenin refugee camp (part of Jenin); two dead per the Palestinian Health Ministry, confirmed as PIJ members by the group itself. Israeli forces in the West Bank are inter 8."),
], "Two events: Saturday's settler attack on al-Mughayyir and Monday's drone strike in Jenin camp. OCHA's tally of settler attacks since October 7 and the October 7 assault itself are background."))

# 6 Israel/Gaza: ceasefire talks in Cairo without breakthrough (negative: talks, aggregate, announced rally)
P = "2024-07-12"
A(art(P, "Israeli negotiators return from Cairo without hostage deal, but gaps said to narrow", "The Times of Israel", [
    "Israeli negotiators returned from Cairo on Thursday night without a breakthrough in talks on a ceasefire in Gaza and the release of hostages, though officials involved said the gaps had narrowed and that a further round was expected next week.",
    "The delegation, headed by a senior Mossad official, met Egyptian and Qatari mediators for two days to discuss a phased deal that would begin with a six-week truce during which Hamas would free women, elderly and sick hostages in exchange for Palestinian security prisoners.",
    "A senior Israeli official, speaking on condition of anonymity, said the main disputes remained Hamas’s demand for guarantees that the war would not resume after the first phase and Israel’s insistence on keeping forces along the Philadelphi Corridor on the Gaza-Egypt border. “There is movement, but we are not there yet,” the official said.",
    "Hamas said in a statement that it had shown “flexibility” and accused Israel of adding new conditions. Egyptian state-linked media reported that the mediators were drafting a bridging proposal.",
    "The war erupted when thousands of Hamas-led terrorists stormed southern Israel on October 7, killing some 1,200 people and taking 251 hostages. The Hamas-run Gaza health ministry says more than 38,000 people have been killed in the Strip since, a figure that cannot be verified and does not distinguish between civilians and combatants.",
    "Families of the hostages have announced a rally in Tel Aviv on Saturday night to press the government to accept a deal.",
], [], "Ceasefire negotiations without an agreement or incident; October 7 and the Gaza toll are background and aggregate; the Saturday rally is announced for the future. Nothing coded."))

# 7 Kurdistan Region of Iraq: Turkish drone strike near Said Sadiq + shelling in Kani Masi (2 events)
P = "2023-06-27"
s7a = "SULAIMANI, Kurdistan Region – A Turkish drone struck a vehicle on a rural road near the town of Said Sadiq on Sunday afternoon, killing both people inside, the Sulaimani security directorate (Asayish) said in a statement."
s7b = "A source close to the Kurdistan Workers’ Party (PKK) told Rudaw that the two were members of the group, while Turkish security sources quoted by Anadolu Agency said the strike had “neutralized” two militants."
s7c = "In Duhok province, Turkish artillery shelled the mountains around several villages in the Kani Masi subdistrict of Amedi on Monday, setting fire to orchards and farmland, the director of the subdistrict told Rudaw."
s7d = "No casualties were reported."
A(art(P, "Turkish drone strike kills two near Said Sadiq; shelling sets Duhok orchards ablaze", "Rudaw", [
    s7a,
    "According to the statement, the car was hit by two missiles and burst into flames. The bodies were taken to the forensic medicine department in Sulaimani for identification.",
    s7b,
    "Ankara has carried out dozens of drone strikes in Sulaimani province over the past two years, accusing the local authorities of tolerating the PKK’s presence, an accusation they reject. In April, Turkey closed its airspace to flights to and from Sulaimani airport.",
    s7c + " " + s7d,
    "“The farmers cannot reach their land to put out the fires because they are afraid of the shelling,” the director said. Community Peacemaker Teams, a human rights group that monitors Turkish operations, says hundreds of villages in the Kurdistan Region have been emptied by the fighting since 2015.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8, "PKK: Kurdistan Workers' Party", 2, "Iraq", "Sulaymaniyah", "Said Sadiq", 35.3536, 45.8658, 2, wd(P, "Sunday"),
       fat=2, claimed=[claim(2, 2, "Military Forces of Turkey", "the strike had “neutralized” two militants")],
       evid=[s7a, s7b],
       note="Turkish drone strike on a car near Said Sadiq (precision 2); two dead per the local Asayish (not a party). Target as PKK per a PKK-close source; Turkey's 'neutralized two' kept as a claim."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Turkey", 8, None, None, "Iraq", "Duhok", "Kani Masi", 37.2290, 43.4370, 2, wd(P, "Monday"),
       fat=0,
       evid=[s7c, s7d],
       note="Artillery shelling around villages of the Kani Masi subdistrict (Amedi); no target named, so actor2 null; 'No casualties were reported' read as 0 (borderline, it could be null)."),
], "Two events: Sunday's drone strike near Said Sadiq and Monday's shelling in Kani Masi. The April airspace closure and the village counts since 2015 are background."))

# 8 Erbil: gas cylinder explosion in a restaurant (negative: accident)
P = "2022-01-18"
A(art(P, "Two killed as gas cylinder explodes in Erbil restaurant", "Rudaw", [
    "ERBIL, Kurdistan Region – Two people were killed and seven others injured when a gas cylinder exploded in the kitchen of a restaurant in central Erbil on Monday evening, the Kurdistan Region’s civil defense directorate said.",
    "The blast brought down part of the restaurant’s ceiling and shattered the windows of neighboring shops on a busy commercial street. Civil defense teams worked for two hours to pull people from the rubble, and ambulances took the wounded to Rizgari and Emergency hospitals.",
    "“The initial investigation shows that gas leaked from a cylinder connected to a cooker and ignited,” the director of Erbil civil defense told Rudaw at the scene. “There is no indication of any criminal act.” He said both of the dead were kitchen workers, one of them a Syrian refugee.",
    "Erbil police said they had detained the restaurant’s owner pending an investigation into whether safety rules had been broken. The governorate later ordered inspections of gas equipment in restaurants across the city.",
    "Gas explosions are common in the Kurdistan Region during the winter, when households and businesses rely on liquefied gas for cooking and heating. According to the civil defense directorate, more than 40 people were killed in fires and gas accidents in the region last year.",
], [], "Accidental gas explosion; the detention of the owner is an ordinary arrest; last year's toll is a statistic. Not coded."))

# 9 Ukraine: Russian strikes on Kharkiv, Odesa and Nikopol (3 events)
P = "2024-09-13"
s9a = "Russian forces struck Kharkiv with two Iskander-M ballistic missiles on the afternoon of Sept. 12, hitting an industrial enterprise and nearby apartment blocks in the city’s Kyivskyi district, the regional governor said."
s9b = "Three people were killed and 18 injured, including a 12-year-old girl, according to the regional military administration."
s9c = "Later on Sept. 12, Russia launched a wave of Shahed-type attack drones at Odesa, damaging port infrastructure and a civilian grain vessel, the Southern Defense Forces said."
s9d = "One port worker was killed and four were injured."
s9e = "In Dnipropetrovsk Oblast, Russian artillery shelled Nikopol on the morning of Sept. 13, killing a 67-year-old man and wounding two women, the oblast governor said."
A(art(P, "Russian attacks on Kharkiv, Odesa and Nikopol kill five", "The Kyiv Independent", [
    "Russian missile, drone and artillery attacks killed five civilians and injured more than 20 in three Ukrainian regions over the past day, local officials reported on Sept. 13.",
    s9a + " " + s9b,
    "Photos published by the State Emergency Service showed rescuers pulling a woman from the rubble of a collapsed warehouse and dozens of shattered windows in a nearby residential building. Kharkiv, Ukraine’s second-largest city, lies about 30 kilometers from the Russian border and has been hit almost daily since Russia launched a cross-border offensive in the region in May.",
    s9c + " " + s9d + " The Air Force said air defenses had downed most of the drones launched at Ukraine overnight.",
    s9e,
    "Nikopol lies across the Dnipro River from the Russian-occupied Zaporizhzhia Nuclear Power Plant and comes under fire almost every day. According to the UN Human Rights Monitoring Mission in Ukraine, more than 11,000 civilians have been killed since the start of the full-scale invasion in February 2022.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kharkiv", "Kharkiv", 49.9935, 36.2304, 1, "2024-09-12",
       fat=3, inj=18,
       evid=[s9a, s9b],
       note="Ballistic missile strike on Kharkiv's Kyivskyi district; toll 3 dead and 18 injured from the regional administration (civil authorities reporting civilian casualties, taken as credible)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa", "Odesa", 46.4825, 30.7233, 1, "2024-09-12",
       fat=1, inj=4,
       evid=[s9c, s9d],
       note="Shahed drone attack on Odesa port and a civilian grain ship; one port worker killed, four injured. The nationwide count of drones downed is not coded."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Nikopol", 47.5712, 34.3964, 1, "2024-09-13",
       fat=1, inj=2,
       evid=[s9e],
       note="Artillery shelling of Nikopol on the morning of publication day: one dead, two wounded."),
], "Three events: Kharkiv missile strike and Odesa drone attack on Sept. 12, Nikopol shelling on Sept. 13. The lead's summed toll (five) is not one event's; the UN total since 2022 is an aggregate."))

# 10 Ukraine: UN monitoring mission's monthly civilian casualty report (negative: statistics)
P = "2024-08-09"
A(art(P, "UN: July among deadliest months for Ukrainian civilians since 2022", "The Kyiv Independent", [
    "At least 219 civilians were killed and more than 1,000 injured in Ukraine in July, making it one of the deadliest months for civilians since the autumn of 2022, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in its monthly update on Aug. 9.",
    "Most of the casualties were caused by Russian missiles and glide bombs striking populated areas, the mission said. Attacks far from the front line killed more civilians than in any month since the first year of the full-scale invasion.",
    "The report singled out the July 8 missile attacks on several cities, including a strike that hit Okhmatdyt, the country’s largest children’s hospital, in Kyiv, as the deadliest day for civilians in the capital in more than a year.",
    "“The widespread use of explosive weapons in densely populated areas is having a devastating impact on civilians across Ukraine,” the head of the mission said in a statement.",
    "In total, the HRMMU has verified more than 11,500 civilian deaths since February 2022, though it says the real figures are likely considerably higher because of limited access to occupied territories and areas of active hostilities.",
    "Ukraine’s Foreign Ministry said the report confirmed that Russia was deliberately targeting civilian infrastructure and called on partners to supply additional air defense systems.",
], [], "Monthly UN casualty statistics; the July 8 strikes, a month before publication, appear only as the report's example. Nothing coded."))

# 11 Argentina: police break up pensioners' protest at Congress + Córdoba march (2 events)
P = "2024-07-04"
s11a = "Police fired tear gas and rubber bullets at retirees and their supporters who had gathered outside Congress in Buenos Aires on Wednesday for their weekly protest against low pensions, leaving at least eight people injured and five detained."
s11b = "Among the injured was a 74-year-old man who was hit in the leg by a rubber bullet, according to the city’s emergency medical service SAME."
s11c = "In Córdoba, several hundred retirees marched peacefully through the city centre on Wednesday to demand a pension increase."
A(art(P, "Police fire tear gas at pensioners outside Congress", "Buenos Aires Times", [
    s11a,
    "The clashes began when Federal Police and Gendarmerie officers moved to clear demonstrators who had spilled onto Avenida Entre Ríos, enforcing the government’s protocol against road blockades. " + s11b,
    "The Security Ministry said in a statement that officers had acted “with proportionality” after being attacked with sticks and stones, and that those detained would be charged with resisting authority. The human rights organisation CELS said videos showed officers firing at close range and called for an investigation.",
    s11c,
    "Pensioners have protested outside Congress every Wednesday for years, but the demonstrations have grown since President Javier Milei took office in December and froze spending as part of his austerity plan. The minimum pension is now worth less than the basic basket of goods for a retiree, according to official figures.",
    "Opposition lawmakers said they would push for a vote on a bill to raise pensions next week, while several unions said they would join next Wednesday’s protest.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Argentina)", 6, "Police Forces of Argentina", 1, "Argentina", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", -34.6037, -58.3816, 1, wd(P, "Wednesday"),
       inj=8,
       evid=[s11a, s11b],
       note="Weekly pensioners' protest at Congress dispersed with tear gas and rubber bullets; at least eight injured; the five detentions belong to the same event (same place, day and sides). Borderline against Excessive force against protesters (no deaths or lethal arms)."),
    ev("Protests", "Peaceful protest", "Protesters (Argentina)", 6, None, None, "Argentina", "Córdoba", "Córdoba", -31.4201, -64.1888, 1, wd(P, "Wednesday"),
       evid=[s11c],
       note="Peaceful march of retirees in central Córdoba."),
], "Two events: Wednesday's protest at Congress with police intervention and the Córdoba march. Next week's vote and next Wednesday's protest are future, not coded."))

# 12 Argentina: CGT sets a general strike date; bus strike called off (negative: announced / called-off strikes)
P = "2024-04-26"
A(art(P, "CGT confirms general strike for May 9; UTA calls off Monday bus stoppage", "Buenos Aires Times", [
    "The General Confederation of Labour (CGT) on Thursday confirmed a 24-hour general strike for May 9, the second national stoppage against President Javier Milei’s government in less than four months.",
    "The umbrella union said the strike would paralyse public transport, banks, state offices and ports, and called on workers to join a march to the Plaza de Mayo. “The government has declared war on workers’ wages. This is our answer,” a member of the CGT’s leadership council told reporters at its headquarters on Azopardo street.",
    "Separately, the UTA bus drivers’ union called off a strike planned for Monday after reaching a wage agreement with the companies in the Buenos Aires metropolitan area, the Labour Secretariat said. The union had threatened to leave millions of commuters without services.",
    "The government’s spokesman dismissed the general strike as “political” and said the administration would deduct the day’s pay from public employees who stopped work. Officials said they were confident that the Security Ministry’s protocol would keep roads open.",
    "The CGT’s first general strike against the government, on January 24, drew tens of thousands of people to the streets outside Congress. Inflation has eased from its December peak, but real wages and consumption remain sharply lower than a year ago, according to private consultancies.",
], [], "Announced future general strike, a bus strike called off after a wage deal (not a conflict agreement), and January's strike as old background. Nothing coded."))

# 13 Iraq: Basra riot at electricity directorate + Nasiriyah sit-in (2 events)
P = "2023-08-01"
s13a = "Hundreds of protesters angry at power cuts set tyres on fire and tried to storm the electricity directorate in Basra on Monday, pelting security forces with stones before police fired tear gas and shots into the air, officials said."
s13b = "Twelve people were injured, including five police officers, a health official in Basra told The National."
s13c = "In Nasiriyah, the capital of Dhi Qar province, about 200 people staged a peaceful sit-in outside the provincial council building on Sunday to demand jobs and reliable electricity."
A(art(P, "Protesters try to storm Basra electricity office as temperatures top 50°C", "The National", [
    s13a + " " + s13b,
    "Video footage showed young men hurling rocks over the concrete barriers that surround the building while riot police with shields advanced from a side street. The crowd dispersed after about three hours, leaving burnt-out tyres and debris across the road.",
    "The governor of Basra said the demonstrators’ demands were “legitimate” but that attacks on state institutions would not be tolerated. He blamed the power shortages on reduced gas imports from Iran, which supplies fuel for a large part of Iraq’s power stations.",
    s13c,
    "Temperatures in southern Iraq have exceeded 50°C for much of the past week, and many households receive only a few hours of state electricity a day. The Ministry of Electricity said it was working to restore lines that had tripped because of the heat.",
    "Basra, the heart of Iraq’s oil industry, was the centre of deadly protests over services in the summer of 2018, and the nationwide Tishreen protest movement that began in October 2019 left more than 600 people dead.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Iraq)", 5, "Police Forces of Iraq", 1, "Iraq", "Basra", "Basra", 30.5085, 47.7804, 1, wd(P, "Monday"),
       inj=12,
       evid=[s13a, s13b],
       note="Crowd burned tyres, tried to storm the electricity directorate and stoned security forces: a violent demonstration with police intervention. Twelve injured per a health official."),
    ev("Protests", "Peaceful protest", "Protesters (Iraq)", 6, None, None, "Iraq", "Dhi Qar", "Nasiriyah", 31.0439, 46.2576, 1, wd(P, "Sunday"),
       evid=[s13c],
       note="Peaceful sit-in outside the Dhi Qar provincial council."),
], "Two events: Monday's riot in Basra and Sunday's sit-in in Nasiriyah. The 2018 Basra protests and the 2019 Tishreen movement are old background."))

# 14 Lebanon: Beirut port blast investigation resumes (negative: inquiry into an old explosion)
P = "2025-01-17"
A(art(P, "Judge resumes Beirut port blast probe, summons former officials", "The National", [
    "The judge investigating the 2020 Beirut port explosion has resumed his work after a two-year suspension and summoned ten people for questioning, including former ministers and senior security officials, judicial sources told The National on Friday.",
    "The investigation was halted in early 2023 after a string of legal complaints filed by politicians he had charged, and a public clash with the state prosecutor’s office, which ordered the release of all detained suspects.",
    "The explosion on August 4, 2020, was caused by hundreds of tonnes of ammonium nitrate that had been stored in a port warehouse for years. It killed more than 220 people, wounded some 6,500 and devastated large parts of the capital.",
    "“After four and a half years, we finally have hope that the truth will come out,” said a spokesman for the families of the victims, whose brother, a firefighter, was among the first responders killed. The families plan to gather outside the Palace of Justice when the first hearings are held next month.",
    "Lebanon’s new president and prime minister have both pledged to support the independence of the judiciary, and diplomats said the resumption of the probe would be watched closely by donors. No official has yet been convicted in connection with the blast.",
    "Human Rights Watch and Amnesty International have repeatedly called for an international fact-finding mission, arguing that political interference has made a domestic investigation impossible.",
], [], "Judicial inquiry into the 2020 explosion (old, and an accident of stored chemicals); the families' gathering is planned for the future. Not coded."))

# 15 Brazil: cocaine seizure at Port of Santos (negative: drug crime)
P = "2023-11-22"
A(art(P, "Federal Police seize 2.7 tonnes of cocaine in sugar shipment at Santos", "The Brazilian Report", [
    "Brazil’s Federal Police said on Tuesday they had seized 2.7 tonnes of cocaine hidden in a shipment of sugar bound for the Belgian port of Antwerp, one of the largest single seizures at the Port of Santos this year.",
    "Officers found the drugs packed in 2,400 bricks inside 30 containers after scanners detected anomalies in the cargo’s density. Three port workers were arrested on suspicion of helping to load the drugs, and police raided addresses in Santos, Guarujá and São Paulo.",
    "Investigators said the shipment was linked to the Primeiro Comando da Capital (PCC), the São Paulo-based criminal organization that controls much of the cocaine flow through Brazilian ports to Europe. The cargo had an estimated street value in Europe of around EUR 180 million.",
    "Santos, Latin America’s largest container port, has become a key gateway for cocaine produced in Bolivia, Peru and Colombia. The Federal Revenue Service says it has seized more than 20 tonnes of the drug at the port since January.",
    "“Organized crime has infiltrated every link of the logistics chain, from truck drivers to the people who seal the containers,” a Federal Police superintendent said at a press conference. The government is considering a plan to place armed forces at major ports and airports to tighten inspections.",
], [], "Drug seizure and arrests of port workers on drug charges: drug crime, out of scope. The annual seizure total is a statistic; the troop plan is future."))

# 16 Brazil: football title race (negative: sport in war words)
P = "2024-11-27"
A(art(P, "Botafogo win title ‘battle’ in São Paulo to close in on Brasileirão crown", "The Brazilian Report", [
    "Botafogo took a giant step toward their first Brazilian league title in almost three decades on Tuesday night, beating defending champions Palmeiras 3-1 in São Paulo in what local media billed as the “final battle” of the season.",
    "The Rio de Janeiro club attacked from the first whistle and went ahead early, silencing a sold-out crowd. Palmeiras pulled a goal back after the break, but Botafogo killed off the game with two more goals in a devastating counterattack late in the second half.",
    "“We came here to fight a war, and the players fought it like soldiers,” the Botafogo coach told reporters after the match. The Palmeiras coach said his team had been “massacred” in the first half and conceded that the title was now out of their hands.",
    "The result leaves Botafogo three points clear at the top of the table with two rounds remaining. The club, which had been mired in debt for years, was bought in 2022 by an American businessman under a new law allowing clubs to become companies.",
    "For business analysts, Botafogo’s rise is a test of the model. Revenue from sponsorship and broadcasting has more than doubled since the takeover, while the club has also invested heavily in players from across South America, including several Argentine and Colombian internationals.",
], [], "Football match described with 'battle', 'war', 'massacred'; sport and business, out of scope. Nothing coded."))

# 17 Serbia: lithium protest in Belgrade + riot in Loznica (2 events)
P = "2024-08-12"
s17a = "Tens of thousands of people rallied in central Belgrade on Saturday against plans to open a lithium mine in western Serbia, in one of the largest environmental protests the country has seen in years."
s17b = "The rally, which filled the streets around Terazije square for several hours, passed off peacefully."
s17c = "On Friday evening in Loznica, the town closest to the planned mine in the Jadar valley, protesters threw eggs and stones at the municipal building and scuffled with police who blocked its entrance."
s17d = "Loznica General Hospital said three people, among them a police officer, were treated for minor injuries."
A(art(P, "Tens of thousands rally in Belgrade against lithium mine after Loznica scuffles", "Balkan Insight", [
    s17a + " " + s17b,
    "Demonstrators carried banners reading “Rio Tinto, get out” and “We won’t give up our land”, and chanted against the government, which revived the Jadar project in July after the Constitutional Court overturned a 2022 decision to cancel it.",
    s17c + " " + s17d + " Police detained two men for attacking officers, the Interior Ministry said.",
    "“We are not against development. We are against poisoning our rivers so that someone else can make electric cars,” said a 24-year-old student from Valjevo who travelled to Belgrade for the rally.",
    "The government argues that the mine, which would be one of the largest lithium mines in Europe, will bring billions of euros in investment and that it will meet the highest environmental standards. Serbia and the European Union signed a memorandum on critical raw materials in July.",
    "The president has claimed, without providing evidence, that the protests are part of a foreign-backed plot to topple the government, while opposition parties have announced further demonstrations in other cities later this month.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Serbia)", 6, None, None, "Serbia", "Belgrade", "Belgrade", 44.7866, 20.4489, 1, wd(P, "Saturday"),
       evid=[s17a, s17b],
       note="Large peaceful rally against the Jadar lithium mine around Terazije square in Belgrade."),
    ev("Riots", "Violent demonstration", "Rioters (Serbia)", 5, "Police Forces of Serbia", 1, "Serbia", "Mačva", "Loznica", 44.5333, 19.2258, 1, wd(P, "Friday"),
       inj=3,
       evid=[s17c, s17d],
       note="Protesters threw stones and eggs at the Loznica municipal building and scuffled with police: violent demonstration; three treated per the hospital; the two detentions belong to the same event."),
], "Two events: Friday's violent demonstration in Loznica and Saturday's rally in Belgrade. The July decisions are background; the demonstrations announced for later this month are future."))

# 18 Bosnia: Srebrenica anniversary burials (negative: memorial of an old massacre)
P = "2022-07-11"
A(art(P, "Fifty Srebrenica victims laid to rest on 27th anniversary of genocide", "Balkan Insight", [
    "The remains of 50 Bosniak men and boys killed by Bosnian Serb forces after the fall of Srebrenica in July 1995 were buried on Monday at the Memorial Centre in Potočari, as thousands of people marked the 27th anniversary of the genocide.",
    "The youngest victim buried this year was 16 years old, the oldest 75. Most were identified from bones found in mass graves that had been dug up and moved by the perpetrators in an attempt to hide the crime.",
    "More than 8,000 Bosniaks were killed in the days after Bosnian Serb troops overran the UN-protected enclave on July 11, 1995. International courts have ruled that the killings constituted genocide, and the wartime Bosnian Serb political and military leaders have been sentenced to life in prison.",
    "“I have waited 27 years to bury my son. Now I know where he is,” said a woman from Bratunac, standing by a freshly dug grave among the white headstones.",
    "Speakers at the commemoration warned that genocide denial was still widespread in Republika Srpska, where some officials continue to reject the court rulings. The head of the memorial centre said about 1,000 victims were still missing.",
    "Foreign ambassadors and the international community’s High Representative attended the ceremony. The commemoration passed without incident under heavy police protection.",
], [], "Anniversary burials and commemoration of the 1995 genocide; old massacre and court rulings as background. Not coded (a commemoration ceremony, not a protest)."))

# 19 Mexico: INEGI homicide figures for 2023 (negative: annual statistics)
P = "2024-07-31"
A(art(P, "Homicides fell slightly in 2023 but Mexico remains among world’s most violent countries: INEGI", "Mexico News Daily", [
    "Almost 30,000 people were murdered in Mexico in 2023, a slight decrease from the previous year, according to preliminary data published on Tuesday by the national statistics agency INEGI.",
    "The homicide rate fell to 23 per 100,000 inhabitants from 25 in 2022. Colima again recorded the highest rate of any state, followed by Baja California, Chihuahua and Morelos, while Yucatán had the lowest.",
    "Men accounted for almost nine out of ten victims, and most were killed with firearms. The figures are based on death certificates and are considered more complete than the preliminary crime reports compiled by state prosecutors.",
    "Security analysts said the national decline masked sharp increases in some states, such as Guanajuato and Guerrero, where cartels fight over drug markets, extortion rackets and migrant smuggling. The killing of 12 young people at a pre-Christmas party in Guanajuato last December was among the deadliest attacks of the year.",
    "“One year with slightly fewer murders is not a trend. We are still talking about more than 80 people killed every day,” a researcher at a Mexico City security think tank told Mexico News Daily.",
    "The government has credited its social programs and the National Guard for the decline, while critics point to the growing number of people reported missing, which they say may hide part of the violence.",
], [], "Annual homicide statistics; the December Guanajuato attack is months old and appears only as an example. Nothing coded."))

# 20 Turkey, Istanbul: café owner shot dead over a debt (negative: ordinary crime)
P = "2019-03-15"
A(art(P, "Café owner shot dead in Istanbul’s Esenyurt over debt dispute", "Hürriyet Daily News", [
    "A man shot dead a café owner in Istanbul’s Esenyurt district on Thursday evening following an argument over a debt, police said.",
    "According to the Demirören News Agency, the suspect, identified by his initials as M.K., entered the café on a busy street and demanded that the 41-year-old owner repay money he had borrowed. When the owner refused, the suspect pulled a pistol and fired several shots, hitting him in the chest and head.",
    "Customers fled as the gunfire erupted, and one man was slightly injured by a ricocheting bullet. The owner was taken to a nearby hospital but could not be saved.",
    "The suspect fled the scene in a car but was caught by police at a roadblock on the TEM highway about an hour later. A court later ordered his arrest on charges of premeditated murder.",
    "“They had been friends for years. Nobody thought a debt could end like this,” a shopkeeper on the same street said. The victim was buried in his hometown of Sivas on Friday.",
    "Turkey has seen a rise in shootings linked to personal disputes, and rights groups have called for stricter controls on the sale of unlicensed firearms, which they say are easily obtained on the black market.",
], [], "Shooting over a personal debt and the arrest of the suspect: ordinary crime, out of scope. Not coded."))
