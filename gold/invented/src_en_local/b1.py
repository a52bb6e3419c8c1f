from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Columbus peaceful protest
p = "2023-03-13"
s1 = "Several hundred teachers, parents and students rallied outside the Ohio Statehouse on Saturday to protest a proposed expansion of private school vouchers."
s2 = "The rally, organized by the Ohio Education Association, remained peaceful, and Columbus police reported no arrests."
A(art(p, "Teachers rally at Statehouse against voucher expansion", "The Columbus Dispatch", [
    s1,
    "Marchers carried hand-lettered signs reading \"Public money for public schools\" and chanted as they circled the building on Broad Street. Speakers said the plan, included in the governor's two-year budget, would drain as much as $1 billion from districts that are already short of bus drivers and substitute teachers.",
    s2,
    "\"We are not against families making choices,\" said Dana Whitfield, a third-grade teacher from Westerville who brought her two children. \"We are against asking taxpayers to pay twice.\"",
    "Supporters of the bill say it gives low-income families the same options wealthier families already have. State Sen. Mark Reese, a Republican from Delaware County, said in a statement that he expects the Senate education committee to take up the measure later this month.",
    "The union said it plans another demonstration in April if the bill moves forward.",
], [ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "Ohio",
       "Columbus", 39.9612, -82.9988, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Teachers' rally at the Ohio Statehouse on Saturday (11 Mar), peaceful, no arrests; the April demonstration is only planned and not coded.")],
    "One peaceful protest coded; the announced April demonstration is future and not coded."))

# 2 Manchester stabbing (crime)
A(art("2022-10-04", "Man, 19, fighting for life after Moss Side stabbing", "Manchester Evening News", [
    "A 19-year-old man is fighting for his life in hospital after being stabbed in Moss Side late on Sunday night.",
    "Greater Manchester Police said officers were called to Claremont Road shortly before 11.30pm to reports that a man had been attacked by two men who fled on foot towards Alexandra Park.",
    "The victim was found with stab wounds to his chest and back and was taken to Manchester Royal Infirmary, where he remains in a critical condition.",
    "A 22-year-old man was arrested on Monday afternoon on suspicion of attempted murder and remains in custody for questioning. A cordon remained in place on Claremont Road for most of Monday while forensic officers searched the area.",
    "Detective Inspector Claire Holt said: \"We believe this was a targeted attack and there is no wider threat to the public. I would urge anyone with dashcam or doorbell footage from the area to come forward.\"",
    "Anyone with information is asked to call police on 101 quoting incident 3188 of 2/10/22, or Crimestoppers anonymously on 0800 555 111.",
], [], "Ordinary crime: a targeted stabbing and one arrest; no political or gang-war motive told, not coded."))

# 3 Chicago weekend shootings tally
A(art("2021-07-06", "At least 83 shot, 14 fatally, over Fourth of July weekend in Chicago", "Chicago Tribune", [
    "At least 83 people were shot, 14 of them fatally, across Chicago over the long Fourth of July weekend, according to police data and a Tribune review.",
    "The violence stretched from Friday evening through early Tuesday and was concentrated on the city's South and West sides. Among the wounded were a 6-year-old girl hit by a stray bullet while watching fireworks in Austin and a 15-year-old boy shot while riding his bicycle in Englewood.",
    "In the deadliest single incident, two men were killed and three people wounded when someone opened fire on a group standing outside a home in the 7000 block of South Wolcott Avenue around 1 a.m. Monday, police said. No arrests had been made.",
    "Police Superintendent David Brown said more than 1,100 additional officers had been deployed and that detectives had recovered 140 guns over the weekend. \"Too many people are settling petty disputes with firearms,\" he said at a news conference.",
    "Police noted that the holiday weekend totals were lower than last year's, when more than 90 people were shot, and credited summer jobs programs and park district events for keeping more young people off the streets.",
], [], "Aggregate weekend shooting tally and ordinary shootings with no gang-war motive told; statistics and ordinary crime, not coded."))

# 4 Balochistan IED
p = "2022-08-23"
s1 = "Two soldiers of the Frontier Corps were killed and three others injured when a roadside bomb struck their vehicle near Hoshab in Balochistan's Kech district on Monday, officials said."
s2 = "According to the district administration, the explosive device had been planted along the M-8 motorway and was detonated by remote control as a patrol passed."
A(art(p, "Two FC soldiers martyred in Kech roadside blast", "Dawn", [
    s1,
    s2,
    "The injured were shifted to the Turbat Teaching Hospital, where one of them was stated to be in critical condition.",
    "Security forces cordoned off the area and launched a search operation. No group had claimed responsibility for the attack till the filing of this report.",
    "Balochistan Chief Minister Mir Abdul Quddus Bizenjo condemned the blast and said \"such cowardly acts cannot dampen the morale of our security forces\".",
    "Kech and the adjoining districts of Panjgur and Awaran have seen a series of attacks on security forces over the past year. In January, ten soldiers were killed when militants attacked a checkpost in the district.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", 3,
       "Military Forces of Pakistan", 1, "Pakistan", "Balochistan", "Hoshab", 26.0167, 63.9333, 2,
       wd(p, "Monday"), fat=2, inj=3, evid=[s1, s2],
       note="Remote-detonated roadside bomb on an FC patrol near Hoshab on Monday (22 Aug); no claim so unidentified armed group; FC coded as Pakistan's military; 'near Hoshab' gives precision 2; toll from district officials. The January checkpost attack is old background, not coded.")],
    "One IED attack coded; the January checkpost attack is background."))

# 5 Leeds United sport
A(art("2019-11-25", "Leeds storm back to bury Boro and go top", "Yorkshire Evening Post", [
    "Leeds United stormed to the top of the Championship on Saturday after a ruthless second-half display blew Middlesbrough away at Elland Road.",
    "Marcelo Bielsa's side had to battle hard in a scrappy first half in which Boro's defence held firm under a sustained aerial bombardment, but Patrick Bamford finally broke the deadlock four minutes after the restart.",
    "Jack Harrison doubled the lead with a curling shot from the edge of the area and Kalvin Phillips, outstanding in the holding role, set up Helder Costa for the third as the visitors' resistance collapsed.",
    "\"We attacked them from the first whistle and they could not live with our intensity after the break,\" said Phillips. \"It was a war of attrition for 45 minutes, but we knew the gaps would come.\"",
    "Middlesbrough manager Jonathan Woodgate admitted his team had been \"blown away\" and said they must regroup quickly before Tuesday's trip to Swansea.",
    "The win was Leeds' sixth in seven matches and moves them a point clear of West Brom, who drew at Bristol City. Bielsa's men travel to Hull next weekend.",
], [], "Football report with war words (stormed, battle, bombardment, war of attrition); sport, not coded."))

# 6 The Hindu court on old blast
A(art("2020-02-18", "Four convicted for 2014 Chennai Central train blast", "The Hindu", [
    "A special court in Chennai on Monday convicted four men for their role in the twin blasts aboard the Bangalore-Guwahati Express at Chennai Central railway station in May 2014, which killed a young software engineer and injured 14 others.",
    "The judge held that the prosecution had established that the accused had conspired to plant two low-intensity bombs in coaches of the train, and that they had links with a banned outfit. The court acquitted two others for want of evidence.",
    "The quantum of sentence will be pronounced on February 24. The prosecution has sought life imprisonment for all four.",
    "The case was investigated by the CB-CID and later handed over to the National Investigation Agency, which filed a charge-sheet in 2016 naming six persons.",
    "Relatives of the deceased woman, who had been travelling home to Andhra Pradesh, were present in court. \"We have waited six years for this day,\" her father told reporters outside the court complex.",
], [], "Court verdict about a 2014 bombing: an old attack, only backdrop to the trial; not coded."))

# 7 Cork house fire
A(art("2023-01-09", "Family escapes as fire destroys Cork home", "Irish Examiner", [
    "A family of five escaped unharmed after a fire tore through their home in Ballincollig, Co Cork, in the early hours of Sunday morning.",
    "Cork City Fire Brigade said three units attended the blaze at a two-storey house in the Westgate area shortly after 3am. The fire is believed to have started in the kitchen and spread quickly to the upper floor.",
    "The parents were woken by a smoke alarm and managed to get their three children, aged between four and 11, out through a back door before firefighters arrived.",
    "\"That smoke alarm saved five lives, there's no question about it,\" said station officer Declan Murphy. He urged householders to test their alarms weekly, particularly in the winter months when heaters and electric blankets are in use.",
    "The house was extensively damaged. Neighbours have started an online fundraiser to help the family, which had raised more than €12,000 by Sunday evening.",
    "Gardaí said the fire was not being treated as suspicious.",
], [], "Accidental house fire; not coded."))

# 8 Zamfara abduction
p = "2021-06-15"
s1 = "Bandits on Sunday night abducted at least 23 people, mostly women and children, in an attack on Dansadau in the Maru Local Government Area of Zamfara State."
s2 = "Residents said the gunmen, who arrived on dozens of motorcycles at about 11pm, shot sporadically into the air before herding their victims into the bush."
s3 = "One resident, Sani Muhammad, said an elderly man who tried to stop the attackers from taking his daughters was shot dead."
A(art(p, "Bandits abduct 23 in fresh Zamfara attack", "Punch", [
    s1,
    s2,
    s3,
    "\"They moved from house to house for almost two hours and no security agent came,\" he told our correspondent by telephone on Monday.",
    "The spokesperson for the Zamfara State Police Command, SP Mohammed Shehu, confirmed the incident and said a tactical team had been deployed to the area to rescue the victims. He gave the number of those abducted as 19.",
    "Dansadau and surrounding villages have suffered repeated attacks. In April last year, more than 40 villagers were killed in a raid on nearby communities, prompting hundreds of families to flee to Gusau, the state capital.",
], [ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3,
       "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Dansadau", 11.5167, 6.2333, 1,
       wd(p, "Sunday"), fat=1, evid=[s1, s2, s3],
       note="Bandit raid on Dansadau on Sunday night (13 Jun) abducting villagers (residents say 23, police 19) and killing one man; bandits coded as unidentified armed group; one abduction event, the killing folded into it. The April raid last year is background, not coded.")],
    "One abduction coded; the killing of the elderly man is part of the same raid; the older raid is background."))

# 9 Sydney heatwave
A(art("2019-12-19", "Sydney braces for 45 degrees as heatwave tightens grip", "The Sydney Morning Herald", [
    "Western Sydney is forecast to reach 45 degrees on Saturday as a severe heatwave that has gripped much of NSW this week reaches its peak.",
    "The Bureau of Meteorology said Penrith and Richmond could challenge their all-time records, while the CBD is expected to reach 41 degrees before a southerly change arrives late in the evening.",
    "Total fire bans are in place across Greater Sydney, the Hunter and the Illawarra, and the Rural Fire Service warned that conditions would be catastrophic in parts of the state's south.",
    "NSW Health urged residents to check on elderly neighbours, drink plenty of water and avoid strenuous activity in the middle of the day. Emergency departments treated 180 people for heat-related illness on Wednesday alone.",
    "Several councils have extended opening hours at public pools and libraries, which will serve as cool refuges. The forecast relief is brief, with temperatures tipped to climb again early next week.",
], [], "Weather; not coded."))

# 10 Ottawa budget
A(art("2024-11-14", "Ottawa council approves 2.9 per cent tax hike in draft budget", "Ottawa Citizen", [
    "Ottawa city council on Wednesday approved a draft 2025 budget that would raise property taxes by 2.9 per cent, adding about $119 to the average urban homeowner's bill.",
    "Mayor Mark Sutcliffe said the budget holds the line while protecting transit and road repairs. \"We are keeping our promise to residents who are already stretched by the cost of living,\" he said.",
    "The budget includes $8 million for additional OC Transpo bus service, $2.5 million for more paramedics and a freeze on recreation fees. Transit fares would rise by 2.5 per cent.",
    "Several councillors argued the increase was too low to address a growing infrastructure backlog. Coun. Ariel Troster said the city was \"kicking the can down the road\" on the LRT's operating deficit.",
    "Public delegations will be heard at standing committees over the next three weeks before council casts a final vote on Dec. 11.",
], [], "Municipal politics; not coded."))

# 11 Detroit police shooting of suspect
A(art("2022-04-27", "Detroit police fatally shoot armed robbery suspect on east side", "Detroit Free Press", [
    "A man suspected of robbing a gas station at gunpoint was shot and killed by Detroit police officers after a brief chase on the city's east side Tuesday night, Chief James White said.",
    "Officers responded shortly before 9 p.m. to a report of an armed robbery at a station on Gratiot Avenue near Seven Mile Road. They spotted a man matching the description a few blocks away and chased him into an alley, White said.",
    "According to the chief, the man turned toward the officers holding a handgun, and two officers fired. He was pronounced dead at the scene. No officers were hurt.",
    "The officers' body camera footage will be released within 30 days under department policy, White said. The Michigan State Police will investigate the shooting, as is standard.",
    "The man's family disputed the police account and gathered at the scene Wednesday morning. \"He was scared, he was running,\" said a woman who identified herself as his aunt.",
], [], "Police shooting of a criminal suspect; ordinary crime, excluded by scope."))

# 12 Mandera IED on police
p = "2023-05-30"
s1 = "Three police officers were killed and two others seriously injured when their vehicle ran over an improvised explosive device near Elwak in Mandera County on Sunday morning."
s2 = "Mandera County Commissioner Onesmus Kyatha said the officers were escorting a convoy of lorries when the device went off about ten kilometres from Elwak town."
s3 = "Kyatha blamed the attack on Al-Shabaab militants, who he said had been planting explosives on roads along the Kenya-Somalia border."
A(art(p, "Three police officers killed in Mandera IED blast", "Daily Nation", [
    s1,
    s2,
    s3,
    "The injured officers were airlifted to Nairobi for specialised treatment.",
    "Interior Cabinet Secretary Kithure Kindiki condemned the attack and said the government would not be intimidated. \"We shall pursue the perpetrators to their hideouts,\" he said in a statement on Monday.",
    "The attack is the latest in a string of explosions in Mandera, Garissa and Lamu counties this year. More than 20 security officers have been killed in similar attacks since January, according to a tally by the Nation.",
    "Local leaders have called for the reopening of the border to be postponed until security improves.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab", 2, "Police Forces of Kenya", 1,
       "Kenya", "Mandera", "Elwak", 2.8042, 40.9278, 2, wd(p, "Sunday"), fat=3, inj=2, evid=[s1, s2, s3],
       note="IED on a police escort about 10 km from Elwak on Sunday (28 May); blamed on Al Shabaab by the county commissioner; near Elwak so precision 2. The 20-officers tally since January is aggregate, not coded.")],
    "One IED event coded; the year's tally is aggregate."))

# 13 Kenyan football
A(art("2022-03-07", "K'Ogalo storm Kasarani to sink Tusker in title battle", "The Standard", [
    "Gor Mahia stormed back into the FKF Premier League title race with a commanding 3-1 win over leaders Tusker at Kasarani on Sunday.",
    "Benson Omala fired K'Ogalo ahead after 12 minutes, and although Tusker hit back through Eric Zakayo before the break, the record champions launched a relentless assault in the second half.",
    "Samuel Onyango restored the lead with a header from a corner and Omala completed the rout ten minutes from time, sending the green army in the stands into wild celebrations.",
    "\"This was a battle and my boys fought like soldiers,\" said coach Didier Gomes. \"We knew we had to attack them from the start.\"",
    "The result cuts Tusker's lead at the top to four points with 12 rounds remaining. Gor Mahia face Kakamega Homeboyz next weekend, while Tusker host Bandari in Mombasa.",
], [], "Football with war words; sport, not coded."))

# 14 Birmingham pub bombings anniversary
A(art("2024-11-21", "City falls silent for victims of pub bombings, 50 years on", "Birmingham Mail", [
    "Hundreds of people gathered in Birmingham city centre on Thursday to mark 50 years since the pub bombings that killed 21 people and injured more than 220.",
    "Bombs exploded at the Mulberry Bush and the Tavern in the Town on the evening of November 21, 1974, in what remains one of the deadliest attacks in mainland Britain during the Troubles.",
    "Relatives read out the names of the dead at a memorial in the grounds of St Philip's Cathedral, and a minute's silence was observed at 8.17pm, the time of the first explosion.",
    "Julie Hambleton, whose sister Maxine was killed, said families were still waiting for justice. \"Fifty years and no one has been held to account. We will not stop,\" she said.",
    "Six men were wrongly convicted of the bombings in 1975 and freed in 1991 after their convictions were quashed. No one else has been convicted.",
    "West Midlands Mayor Richard Parker said the city would \"never forget\" and backed calls for a public inquiry.",
], [], "Anniversary of a 1974 bombing, historical; a memorial gathering is commemoration, not a protest; nothing coded."))

# 15 Dengue in Delhi
A(art("2023-10-03", "Dengue cases cross 3,000 in Delhi; hospitals add beds", "Hindustan Times", [
    "Delhi recorded 346 new dengue cases last week, taking the tally for the year to 3,013, the highest since 2015, according to a report released by the Municipal Corporation of Delhi on Monday.",
    "Two deaths have been attributed to the disease so far this year. Doctors said many patients were arriving with low platelet counts after delaying treatment.",
    "Safdarjung Hospital and Lok Nayak Hospital have set aside additional beds for fever patients, and the Delhi government has directed private hospitals to reserve 10 per cent of beds for dengue cases.",
    "MCD officials said breeding checkers had visited over 2.3 lakh houses in September and issued notices to more than 11,000 households where mosquito larvae were found.",
    "Experts said the prolonged monsoon and waterlogging in several parts of the city had contributed to the rise. Residents have been advised to empty coolers and flower pots and to use mosquito nets.",
], [], "Disease statistics; not coded."))

# 16 Manchester protest with arrests
p = "2024-01-22"
s1 = "Four people were arrested after police clashed with pro-Palestinian demonstrators who tried to block the entrance to a defence firm's office in Manchester city centre on Saturday."
s2 = "Greater Manchester Police said officers moved in after a group of around 200 protesters sat down across Piccadilly and refused to let staff or vehicles through."
A(art(p, "Four arrested as Gaza protest blocks Piccadilly", "Manchester Evening News", [
    s1,
    s2,
    "Two men and two women were detained on suspicion of obstructing the highway and assaulting an emergency worker. One officer suffered a minor hand injury.",
    "Organisers, Manchester Palestine Action, accused police of heavy-handed tactics and said the demonstration had been peaceful until officers began dragging people away.",
    "Superintendent Mark Dexter said: \"We will always facilitate lawful protest, but we will not allow people to disrupt the city centre for hours on end.\"",
    "Several large marches through the city in recent months have passed off without incident. Another national day of action is planned for next month.",
], [ev("Protests", "Protest with intervention", "Protesters (United Kingdom)", 6, "Police Forces of the United Kingdom", 1,
       "United Kingdom", "England", "Manchester", 53.4808, -2.2426, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Sit-down protest on Piccadilly on Saturday (20 Jan) broken up by police with four arrests: protest with intervention (arrests at the protest are part of it, not a separate Arrests event). The marches 'in recent months' are untimed background; next month's action is future.")],
    "One protest with intervention coded; earlier marches are untimed background; the planned action is future."))

# 17 Belfast drug raid
A(art("2020-09-15", "Cannabis worth £250,000 seized in north Belfast raid", "Belfast Telegraph", [
    "Police have seized cannabis with an estimated street value of £250,000 during a search of a house in north Belfast.",
    "Officers from the PSNI's Organised Crime Branch raided the property on the Antrim Road on Monday morning and found a sophisticated cannabis factory spread across four rooms, with more than 300 plants.",
    "A 34-year-old man and a 29-year-old woman were arrested on suspicion of cultivating cannabis and possessing a Class B drug with intent to supply. Both remain in custody at Musgrave police station, where they are being questioned by detectives.",
    "Detective Inspector Kelly Moore said: \"Drugs cause untold harm in our communities, and this seizure has taken a significant amount off the streets.\"",
    "The electricity supply to the house had been illegally bypassed, creating a serious fire risk to neighbouring homes, she added.",
], [], "Drug raid and arrest of ordinary suspects; not coded."))

# 18 Baltimore opinion
A(art("2018-06-11", "Opinion: The Red Line's ghost still haunts Baltimore's commute", "The Baltimore Sun", [
    "Three years after Gov. Larry Hogan cancelled the Red Line, the east-west light rail line that was supposed to tie West Baltimore to downtown and Canton, commuters are still paying for the decision every morning.",
    "Bus riders from Edmondson Village spend an average of 55 minutes getting to jobs downtown, according to a recent study by a local transit advocacy group. The BaltimoreLink overhaul promised faster trips; for many riders it delivered longer walks and missed transfers.",
    "The state returned nearly $900 million in federal money when it walked away from the project. That money went to build light rail in the Washington suburbs, while the city that needed it most got a bus map redrawn in brighter colors.",
    "Candidates for governor this year should be asked a simple question: what is your plan to connect West Baltimore to work? Vague talk about roads and congestion is not an answer.",
    "The fight over the Red Line was never only about trains. It was about whether the neighborhoods cut apart by the Highway to Nowhere would finally get a fair share. They are still waiting.",
], [], "Opinion column on transport; not coded."))

# 19 Naira business
A(art("2023-07-05", "Naira weakens further as dollar scarcity bites", "Vanguard", [
    "The naira depreciated further against the United States dollar on Tuesday, closing at N769.25 per dollar at the Investors' and Exporters' window, compared with N752.50 on Monday.",
    "At the parallel market in Lagos, traders quoted the currency at between N800 and N810 to the dollar, as importers scrambled for foreign exchange ahead of new shipments.",
    "Analysts said the Central Bank of Nigeria's unification of exchange rates last month had improved transparency but had not yet attracted enough foreign inflows to meet pent-up demand.",
    "\"Until foreign portfolio investors are confident they can take their money out, supply will stay thin,\" said Ayodele Akinwunmi, a research analyst at a Lagos-based investment bank.",
    "Nigeria's external reserves stood at $34.1 billion on Monday, the lowest in six years, according to CBN data. Manufacturers have warned that the weaker currency will push up prices of raw materials and finished goods.",
], [], "Business; not coded."))

# 20 Karachi accident
A(art("2021-11-29", "Six killed as coach overturns on Super Highway", "Dawn", [
    "At least six people were killed and 17 injured when a passenger coach travelling from Karachi to Hyderabad overturned near Nooriabad on the M-9 motorway early on Sunday.",
    "Motorway police said the driver apparently lost control of the vehicle while trying to overtake a trailer at high speed. The coach skidded off the road and rolled into a ditch.",
    "Rescue workers shifted the bodies and the injured to hospitals in Jamshoro and Karachi. Three of the injured were stated to be in critical condition.",
    "The driver fled the scene and a case has been registered against him and the transport company. Police said the coach did not hold a valid fitness certificate.",
    "Sindh Transport Minister Awais Qadir Shah ordered an inquiry and directed officials to launch a crackdown on unfit vehicles plying intercity routes.",
], [], "Road accident; not coded."))

# 21 Mykolaiv missile strike (wire)
p = "2023-09-18"
s1 = "Russian missiles struck a residential district of Mykolaiv early on Sunday, killing three people and wounding 11, Ukrainian officials said."
s2 = "Regional governor Vitaliy Kim said the missiles hit a five-storey apartment block and a nearby school building in the city's Inhulskyi district shortly before 4am."
A(art(p, "Russian missile strike on Mykolaiv kills three", "The Age", [
    s1,
    s2,
    "Photographs released by emergency services showed rescuers pulling residents from the rubble of a collapsed stairwell. A 12-year-old girl was among the wounded.",
    "Russia's defence ministry said it had struck \"facilities of the Ukrainian armed forces\" in the Mykolaiv region and made no mention of civilian casualties.",
    "The southern port city, about 120 kilometres east of Odesa, has been hit repeatedly since the start of the full-scale invasion in February last year.",
    "Australia's ambassador to Ukraine said no Australians were believed to have been hurt. Reuters, AP",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8,
       "Civilians (Ukraine)", 7, "Ukraine", "Mykolaiv", "Mykolaiv", 46.9750, 31.9946, 1, wd(p, "Sunday"),
       fat=3, inj=11, evid=[s1, s2],
       note="Russian missile strike on a Mykolaiv residential district on Sunday (17 Sep); Russia abroad is inter 8; three killed and 11 wounded per Ukrainian civil officials, taken as the toll (borderline: Ukraine is a party to the war, but these are civilian casualty reports, not battle claims). Earlier strikes on the city are untimed background.")],
    "One missile strike coded; earlier strikes on the city are untimed background."))

# 22 Times of India culture
A(art("2018-01-15", "Kite festival draws record crowd to Ahmedabad riverfront", "The Times of India", [
    "The skies over Ahmedabad turned into a riot of colour on Sunday as the International Kite Festival opened at the Sabarmati Riverfront with participants from 44 countries.",
    "Chief Minister Vijay Rupani inaugurated the week-long festival, which organisers said drew more than two lakh visitors on its opening day, a record.",
    "Kite flyers from Japan, Malaysia and Brazil showed off giant three-dimensional kites shaped like dragons, fish and astronauts, while local teams battled for supremacy in the traditional kite-cutting contests.",
    "Vendors in the old city's Raipur and Tankshal markets reported brisk sales of manja, the glass-coated string used in kite fights, despite warnings about its danger to birds and two-wheeler riders.",
    "The forest department has set up 40 treatment centres across the city for birds injured by kite strings during Uttarayan, which falls on Monday.",
], [], "Culture; 'riot of colour' and 'battled' are figures of speech; not coded."))

# 23 Everton sport
A(art("2022-05-16", "Everton's survival battle goes to the wire after Brentford defeat", "Liverpool Echo", [
    "Everton's fight for Premier League survival will go down to the final week after a chaotic 3-2 defeat to Brentford at Goodison Park on Sunday.",
    "Frank Lampard's side led twice through Richarlison and Jarrad Branthwaite but finished with nine men after Salomon Rondon and Seamus Coleman were sent off, and Brentford stormed back to snatch all three points.",
    "\"We are in a battle and we have to accept it,\" Lampard said. \"The fans were incredible, they will be again on Thursday, and we go to war for this club.\"",
    "The Blues are two points above the relegation zone with two matches to play, starting with Crystal Palace at home on Thursday night. Burnley, a point behind, have a game in hand against Aston Villa.",
    "Thousands of supporters are expected to line Goodison Road again before Thursday's match, repeating the welcome given to the team bus before the Chelsea game earlier this month.",
], [], "Football with war words; sport, not coded."))

# 24 Limerick assault sentencing
A(art("2021-03-24", "Man jailed for three years over assault outside Limerick nightclub", "Limerick Leader", [
    "A 27-year-old man who punched a stranger outside a Limerick nightclub, leaving him with a fractured skull, has been jailed for three years.",
    "Limerick Circuit Criminal Court heard that the victim, a student, had been waiting for a taxi on O'Connell Street in the early hours of a Sunday in October 2019 when the accused struck him without warning.",
    "The victim fell and hit his head on the kerb. He spent nine days in intensive care and has been left with ongoing memory problems, the court heard.",
    "The accused, who had 14 previous convictions, pleaded guilty to assault causing serious harm. His barrister said he had been drinking heavily and had no recollection of the incident.",
    "Judge Tom O'Donnell said it was \"a cowardly and senseless act\" and suspended the final year of a four-year sentence on condition the man engage with the probation service.",
], [], "Court report on a 2019 personal assault; ordinary crime and old; not coded."))

# 25 Toronto Danforth anniversary
A(art("2023-07-23", "Danforth shooting remembered five years on", "Toronto Star", [
    "Neighbours, survivors and city officials gathered on the Danforth on Saturday evening to remember the victims of the 2018 mass shooting that killed two young women and wounded 13 others.",
    "Reese Fallon, 18, and Julianna Kozis, 10, were killed when a gunman walked along the busy strip of restaurants in Greektown on July 22, 2018, firing into crowds. The shooter died of a self-inflicted gunshot wound after an exchange of fire with police.",
    "Mayor Olivia Chow laid flowers at the memorial outside Alexander the Great Parkette and said the city had learned that \"grief shared is grief we can carry together.\"",
    "Fallon's family has campaigned for tighter controls on handguns since the shooting. Her father, Ken Fallon, said Canada's national freeze on handgun sales was a step forward but that smuggling across the U.S. border remained a problem.",
    "A scholarship in Reese Fallon's name is awarded each year to a student at Malvern Collegiate Institute.",
], [], "Anniversary of a 2018 shooting, historical; the vigil is commemoration; nothing coded."))
