from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Sacramento home care workers rally (peaceful protest)
p = "2021-06-09"
s1 = "Several hundred home care workers and their supporters rallied on the west steps of the state Capitol on Tuesday, demanding that lawmakers use part of California's budget surplus to raise their wages."
s2 = "The rally lasted about three hours and ended without incident, according to the California Highway Patrol, which polices the Capitol grounds."
A(art(p, "Home care workers rally at Capitol for share of budget surplus", "The Sacramento Bee", [
    s1,
    "Dressed in purple union T-shirts and carrying signs that read \"Care can't wait,\" the workers, most of them women who look after elderly or disabled relatives, chanted as a string of Democratic legislators took the microphone. Many had traveled by bus overnight from Fresno, Bakersfield and Los Angeles.",
    "\"I bathe my mother, I feed her, I give her eight different medications a day, and the state pays me less than the person who bags groceries,\" said Teresa Alvarado, 52, of Stockton. \"We kept people out of nursing homes during the pandemic. We want to be paid like it.\"",
    s2,
    "Home care providers in the In-Home Supportive Services program earn between $14 and $17 an hour depending on the county. The union representing them, SEIU 2015, is asking for a statewide minimum of $20 and for the state to take over bargaining from the counties.",
    "Gov. Gavin Newsom's revised budget, released last month, projected a surplus of more than $75 billion. A spokesman for the Department of Finance said the administration \"values the work of IHSS providers\" and pointed to a one-time bonus included in the plan.",
    "Legislative leaders have until June 15 to pass a budget. Union officials said they would return to the Capitol next week if the final deal leaves out the wage increase.",
], [ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "California",
       "Sacramento", 38.5766, -121.4934, 1, wd(p, "Tuesday"), evid=[s1, s2],
       note="Home care workers' rally at the state Capitol on Tuesday, peaceful; the return next week is only threatened and not coded.")],
    "One peaceful protest coded; the threatened follow-up rally is future and not coded."))

# 2 Milwaukee drug raid (crime)
A(art("2022-11-03", "Four arrested, fentanyl and guns seized in north side raids", "Milwaukee Journal Sentinel", [
    "Four people were arrested and more than two pounds of suspected fentanyl were seized Wednesday morning when Milwaukee police and federal agents raided three homes on the city's north side, authorities said.",
    "Officers with the department's tactical enforcement unit, backed by agents from the Drug Enforcement Administration, served search warrants shortly after 6 a.m. at houses in the 3500 block of North 24th Street, the 4100 block of North 19th Place and the 2800 block of West Hampton Avenue.",
    "Along with the drugs, police recovered seven handguns, an AR-style rifle and about $38,000 in cash, Assistant Chief Paul Formolo said at a news conference. Two of the handguns had been reported stolen in Waukesha County.",
    "\"This is the poison that is killing our neighbors,\" Formolo said. \"Every pill we take off the street is one that doesn't end up in a teenager's hands.\"",
    "Those arrested, three men aged 24 to 41 and a 37-year-old woman, were being held at the Milwaukee County Jail pending charges of possession with intent to deliver. No one was hurt during the raids.",
    "Milwaukee County recorded 643 overdose deaths last year, a record, according to the medical examiner's office. Fentanyl was involved in about three-quarters of them.",
], [], "Drug raids and arrests of ordinary suspects; ordinary crime, not coded."))

# 3 Kansas City Chiefs (sport with war words)
A(art("2023-01-20", "Chiefs brace for trench warfare against Jaguars' pass rush", "The Kansas City Star", [
    "The Chiefs have spent all week talking about the battle up front.",
    "Jacksonville's defensive line sacked Justin Herbert four times in the wild-card round and spent most of the second half living in the Chargers' backfield. On Saturday at Arrowhead, it will take aim at a Kansas City offensive line that gave up just one sack in the final three games of the regular season.",
    "\"It's going to be a fistfight in the trenches,\" left guard Joe Thuney said Thursday. \"Whoever wins that war probably wins the game.\"",
    "Andy Reid, never one for bulletin-board material, was more measured. He called the Jaguars' front \"a very good group\" and said his team's game plan would include plenty of quick throws to keep Patrick Mahomes clean.",
    "The weather could become a factor. The forecast calls for temperatures in the low 30s with a chance of snow, and the Chiefs have not lost a home playoff game in cold weather since the 2018 season.",
    "Fans have been told to arrive early. The Chiefs expect a sellout crowd of more than 73,000, and the team is urging supporters to bring their loudest voices to what it is calling a \"Red Friday\" blitz across the metro.",
    "Kickoff is set for 3:30 p.m. on NBC.",
], [], "Sport preview with war vocabulary; no event."))

# 4 AP wire: Nigeria abduction in Kaduna and attack in Borno
p = "2021-03-16"
s1 = "Gunmen stormed a government secondary school in Kajuru in northwest Nigeria's Kaduna state before dawn on Monday and abducted at least 20 students, police and a local official said."
s2 = "A security guard at the school was shot dead as the attackers broke through the fence, said Mohammed Jalige, a spokesman for Kaduna state police."
s3 = "In a separate attack in the northeast, Boko Haram fighters killed at least nine farmers working on their fields near Gwoza in Borno state on Sunday, according to a leader of a civilian self-defense group, Babakura Kolo."
A(art(p, "Gunmen kidnap students from school in northwest Nigeria", "The Kansas City Star (AP)", [
    "LAGOS, Nigeria (AP) - " + s1,
    s2 + " Police and soldiers were searching the surrounding forest, he said.",
    "Parents gathered outside the school on Monday afternoon as officials tried to establish how many children were missing. One father, who asked not to be named for fear of reprisals, said his 15-year-old son was among those taken.",
    "No group has claimed responsibility. Armed gangs known locally as bandits have carried out a string of mass kidnappings from schools in northern Nigeria since December, when more than 300 boys were seized in Kankara in neighboring Katsina state. Most of those students were later released, reportedly after ransoms were paid.",
    s3 + " He said the victims had their throats slit.",
    "Nigeria's military has been fighting Boko Haram and its offshoot, the Islamic State West Africa Province, for more than a decade in a conflict that the United Nations says has killed more than 35,000 people and displaced over 2 million.",
    "President Muhammadu Buhari condemned the kidnapping in a statement and said security forces would \"leave no stone unturned\" to bring the students home.",
], [ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3,
       "Civilians (Nigeria)", 7, "Nigeria", "Kaduna", "Kajuru", 10.3225, 7.6800, 1, wd(p, "Monday"), fat=1,
       evid=[s1, s2], note="Abduction of at least 20 students from a school in Kajuru on Monday by unidentified gunmen; the guard shot dead in the same raid counts as its fatality. The Kankara kidnapping of December is background."),
    ev("Violence against civilians", "Attack", "Boko Haram", 2, "Civilians (Nigeria)", 7, "Nigeria", "Borno",
       "Gwoza", 11.0833, 13.6917, 2, wd(p, "Sunday"), fat=9, evid=[s3],
       note="Boko Haram killed at least nine farmers near Gwoza on Sunday (source a self-defense group leader, not a party to this attack).")],
    "Two events: the Kajuru school abduction and the Boko Haram attack on farmers near Gwoza; the Kankara kidnapping and the conflict toll are background."))

# 5 Ottawa announced protest (hard, future)
A(art("2023-04-12", "PSAC sets strike deadline as talks with Treasury Board stall", "Ottawa Citizen", [
    "More than 155,000 federal public servants could be on picket lines across the country as early as next Wednesday after the Public Service Alliance of Canada set a strike deadline on Tuesday.",
    "The union said its members would walk off the job at 12:01 a.m. on April 19 unless the Treasury Board returns to the table with what national president Chris Aylward called \"a serious offer\" on wages and remote work.",
    "\"We have been patient. We have been reasonable. Our members are not going to be pushed around anymore,\" Aylward told reporters outside the union's headquarters on Gilmour Street.",
    "In Ottawa, the union has identified more than 20 picket sites, including Parliament Hill, the Canada Revenue Agency's offices in the Heron Road complex and Place du Portage across the river in Gatineau. Members have been told to report to picket captains and sign up for four-hour shifts.",
    "Treasury Board President Mona Fortier said the government had \"tabled a fair and reasonable offer\" and urged the union to keep bargaining. A strike, she said, would disrupt tax season, passport processing and immigration files.",
    "Businesses downtown, still recovering from the convoy occupation last year and from the slow return of workers to offices, said a long strike would hurt. \"When the public servants aren't here, the lunch crowd isn't here,\" said Sandra Lee, who runs a sandwich shop on Sparks Street.",
    "The union's last national strike was in 1991.",
], [], "Announced strike and picket plans for next week; future, not coded. The 2022 convoy occupation and the 1991 strike are only recalled."))

# 6 Yorkshire flood
A(art("2020-02-18", "Clean-up begins in Calder Valley as river levels fall", "The Yorkshire Post", [
    "Residents and shopkeepers in Mytholmroyd and Hebden Bridge spent Monday pumping water from cellars and piling ruined carpets on pavements after Storm Dennis sent the River Calder over its banks for the second time in a week.",
    "The Environment Agency said the river at Mytholmroyd peaked at just under four metres on Sunday morning, slightly below the record set on Boxing Day 2015, when more than 2,000 homes and businesses across Calderdale flooded.",
    "Sarah Hirst, who runs a cafe on Market Street in Hebden Bridge, said she had moved her fridges upstairs on Saturday night. \"We knew it was coming. You learn,\" she said. \"But it's soul-destroying. We only reopened properly in the autumn.\"",
    "Calderdale Council said about 600 properties were affected across the borough. Volunteers from the Calder Valley Flood Support group handed out sandbags, hot meals and dehumidifiers, and the council opened a rest centre at Todmorden Town Hall.",
    "The £30 million flood defence scheme for Mytholmroyd, which was meant to be finished last year, is still under construction. Local MP Craig Whittaker said he would press ministers on Tuesday for money to speed up the work and for help for businesses that could no longer get insurance.",
    "Forecasters expect more rain later this week, although the Met Office said it did not expect river levels to rise as high again.",
], [], "Flood and clean-up; natural disaster, not coded."))

# 7 Belfast Telegraph: Derry disorder and Terrorism Act arrests
p = "2021-04-07"
s1 = "Police officers were attacked with petrol bombs, bricks and fireworks during several hours of disorder in the Creggan area of Londonderry on Monday night."
s2 = "A PSNI spokeswoman said around 40 young people had gathered on Central Drive shortly after 9pm and that a car was hijacked and set alight across the road."
s3 = "Two men, aged 34 and 41, were arrested in the city on Tuesday under the Terrorism Act by detectives from the PSNI's Terrorism Investigation Unit investigating the activities of the New IRA."
A(art(p, "Petrol bombs thrown at police during Creggan disorder", "Belfast Telegraph", [
    s1,
    s2 + " No officers were injured, but two police vehicles were damaged.",
    "Superintendent Gordon McCalmont described the violence as \"disgraceful\" and said those involved were \"being used by people who have nothing to offer this community except fear and a criminal record\".",
    "The disorder began hours after police searched a number of homes in the area as part of an ongoing investigation into dissident republican activity.",
    s3 + " They were taken to Musgrave serious crime suite in Belfast for questioning.",
    "The arrests are not believed to be connected to the murder of journalist Lyra McKee, who was shot dead by the New IRA during rioting in Creggan in April 2019. Four men are due to stand trial for her murder.",
    "Foyle MLA Martina Anderson and SDLP leader Colum Eastwood both condemned Monday's attack on police and appealed to parents to keep their children at home.",
], [ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1,
       "United Kingdom", "Northern Ireland", "Derry - Creggan", 54.9995, -7.3350, 1, wd(p, "Monday"), fat=None, inj=0,
       evid=[s1, s2], note="Youths attacked police with petrol bombs in Creggan on Monday night. Borderline between Violent demonstration and Mob violence: rioting against police after house searches, coded as a violent demonstration."),
    ev("Strategic developments", "Arrests", "Police Forces of the United Kingdom", 1, "New IRA", 2, "United Kingdom",
       "Northern Ireland", "Derry", 54.9966, -7.3086, 1, wd(p, "Tuesday"), evid=[s3],
       note="Two men arrested in Derry on Tuesday under the Terrorism Act in a New IRA investigation.")],
    "Two events: Monday's disorder in Creggan and Tuesday's Terrorism Act arrests. The 2019 killing of Lyra McKee is background and the trial is future."))

# 8 Tampa police shoot armed suspect (crime)
A(art("2022-06-28", "Deputies shoot, kill man who pointed gun at them after chase, sheriff says", "Tampa Bay Times", [
    "A man who led Hillsborough County deputies on a chase through Brandon early Monday was shot and killed after he pointed a handgun at them, Sheriff Chad Chronister said.",
    "The chase began around 2:15 a.m. when a deputy tried to stop a silver Nissan Altima that had been reported stolen in Riverview. The driver sped off, ran several red lights on Brandon Boulevard and crashed into a utility pole near Kings Avenue, the sheriff said.",
    "According to Chronister, the driver got out holding a handgun and ignored repeated commands to drop it. When he raised the gun toward the deputies, two of them fired. He died at the scene.",
    "The man was identified as Marcus Dwayne Hill, 29, of Tampa, who had outstanding warrants for armed robbery and probation violation. A loaded pistol was recovered next to his body.",
    "\"My deputies had a split second to make a decision, and they made the decision that saved their lives,\" Chronister said at a news conference. Both deputies were placed on administrative leave, as is routine, and the Florida Department of Law Enforcement is investigating.",
    "Hill's sister, reached by phone, said the family wanted to see the body camera footage before drawing conclusions.",
], [], "Police shooting of a criminal suspect; ordinary crime, not coded."))

# 9 Bristol Post film review (war film)
A(art("2019-01-11", "Review: a brutal, beautiful trench epic that earns its tears", "Bristol Post", [
    "The first twenty minutes of the new First World War drama showing at the Watershed this week are among the most harrowing I have seen in a cinema.",
    "We follow two young privates from the Gloucestershire Regiment as they cross no man's land under shellfire to deliver a message to a battalion about to walk into a trap. Machine guns rake the mud, a dugout collapses under an artillery barrage, and one of them is shot by a German pilot he has just pulled from a burning plane.",
    "The director, a Bristol University graduate, shot much of it on Salisbury Plain and in a quarry near Chipping Sodbury, and the local connection gives the film an extra charge for audiences here. Several extras were recruited from re-enactment groups in the South West.",
    "It is not a perfect film. The middle section sags, and a scene in a ruined French town leans too heavily on a swelling score. But the two leads are superb, and the final charge, filmed in what appears to be a single take, left the Friday morning audience silent.",
    "There is no glory here, only noise, fear and the occasional act of kindness. Bring tissues.",
    "Four stars. Showing at the Watershed and Cineworld Hengrove until January 24.",
], [], "Film review with war vocabulary; no event."))

# 10 Reuters wire: Somalia car bomb and town retaken
p = "2023-08-28"
s1 = "A car bomb exploded at a security checkpoint on the edge of Mogadishu's Hodan district on Saturday, killing at least six people, including three soldiers, a doctor at Madina hospital told Reuters."
s2 = "Al Shabaab claimed responsibility for the blast in a statement on a website it uses, saying 12 soldiers had been killed."
s3 = "On Sunday, Somali army troops backed by local clan fighters took control of the town of El Buur in Galgadud region, a militant stronghold for more than a decade, the defence ministry said."
A(art(p, "Car bomb kills six in Somali capital as army takes militant stronghold", "Winnipeg Free Press (Reuters)", [
    "MOGADISHU (Reuters) - " + s1,
    "Witnesses said the explosion, which happened during the morning rush hour, destroyed several minibuses and a tea shop next to the checkpoint. At least 11 people were wounded and taken to hospital.",
    s2,
    s3 + " The ministry said \"dozens\" of militants had been killed in the operation; there was no independent confirmation.",
    "Residents reached by phone said the fighters had left El Buur before the troops arrived, taking food and fuel with them.",
    "President Hassan Sheikh Mohamud launched what he called \"total war\" on al Shabaab last year. Government forces and clan militias have since recaptured dozens of towns and villages in central Somalia, although the group has hit back with large attacks, including twin car bombs at the education ministry in October that killed more than 120 people.",
    "The African Union force in Somalia, ATMIS, is due to withdraw 2,000 more troops by the end of September.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab", 2, "Military Forces of Somalia", 1,
       "Somalia", "Banadir", "Mogadishu - Hodan", 2.0300, 45.3100, 1, wd(p, "Saturday"), fat=6, inj=11,
       claimed=[{"low": 12, "high": 12, "claimant": "Al Shabaab", "text": "12 soldiers had been killed"}],
       evid=[s1, s2], note="Car bomb at a checkpoint in Hodan on Saturday: six dead per a hospital doctor; Al Shabaab's 12 is a party's claim."),
    ev("Battles", "Government regains territory", "Military Forces of Somalia", 1, "Al Shabaab", 2, "Somalia",
       "Galgaduud", "El Buur", 4.6856, 46.6178, 1, wd(p, "Sunday"),
       claimed=[{"low": 12, "high": 12, "claimant": "Military Forces of Somalia", "text": "\"dozens\" of militants had been killed"}],
       evid=[s3], note="Army and clan fighters took El Buur on Sunday; the ministry's 'dozens' killed is a party's claim (conventional 12). The October 2022 education ministry bombings are background.")],
    "Two events: the Hodan car bomb (Saturday) and the retaking of El Buur (Sunday); the October bombings are old background."))

# 11 Northern Echo military exercise
A(art("2024-03-05", "Catterick troops prepare for NATO's biggest exercise in decades", "The Northern Echo", [
    "Hundreds of soldiers from Catterick Garrison are heading to Poland this week to take part in NATO's largest military exercise since the end of the Cold War.",
    "Troops from the 1st Battalion, the Yorkshire Regiment, and the Royal Dragoon Guards will join around 16,000 British personnel deployed as part of Steadfast Defender 24, which runs until the end of May and involves more than 90,000 troops from 31 allies and Sweden.",
    "Over the past fortnight, the battlegroup has rehearsed river crossings and night attacks on the training area near Bellerby, with Challenger 2 tanks and Warrior armoured vehicles rumbling through the Dales at all hours. Residents were warned in advance to expect gunfire and low-flying helicopters.",
    "\"This is about showing that we can get to where we need to be, quickly, and fight alongside our allies,\" said Lieutenant Colonel James Hartley, commanding officer of the Yorkshire Regiment battalion. \"The lads are ready.\"",
    "The Defence Secretary, Grant Shapps, has said the exercise sends a message to Russia more than two years after its full-scale invasion of Ukraine.",
    "Catterick is the largest British Army garrison in the world, home to around 13,000 soldiers and their families. A £1.5bn redevelopment of its barracks is under way.",
], [], "Military exercise and deployment; not an event."))

# 12 Winnipeg fire
A(art("2018-12-03", "Blaze guts vacant Exchange District warehouse", "Winnipeg Free Press", [
    "A fire tore through a vacant four-storey warehouse in the Exchange District early Sunday, sending thick black smoke over downtown and forcing the evacuation of a neighbouring apartment block.",
    "Crews were called to the building on Princess Street at about 3:40 a.m. and found flames coming from the upper floors, said Winnipeg Fire Paramedic Service assistant chief Scott Wilkinson. At its height, more than 60 firefighters were on scene.",
    "\"Because of the age of the building and the heavy timber construction, we went defensive very early,\" Wilkinson said. \"There was no way to safely send crews inside.\"",
    "About 45 residents of the apartment block next door spent several hours in Winnipeg Transit buses brought in to keep them warm, as temperatures dropped to -18 C. No one was hurt.",
    "The building, constructed in 1904 as a farm implement showroom, had been empty for several years and had been the subject of complaints about squatters. The city issued a demolition order last spring.",
    "The cause is under investigation. Damage is estimated at $2 million. Princess Street between William and Bannatyne avenues was expected to remain closed until Tuesday.",
], [], "Building fire; accident, not coded."))

# 13 Milwaukee climate protest with arrests
p = "2023-09-19"
s1 = "Fourteen climate activists were arrested Monday after they refused to leave the lobby of We Energies' downtown Milwaukee headquarters, where about 60 protesters had gathered to demand the utility drop plans for two new gas plants."
s2 = "Police gave the group several warnings before officers began removing those who remained seated, cuffing them with plastic ties and leading them to waiting vans, according to organizers and a police statement."
A(art(p, "14 arrested at We Energies protest over gas plants", "Milwaukee Journal Sentinel", [
    s1,
    "The protest, organized by the youth-led group Climate Defenders MKE, began on the sidewalk along West Michigan Street shortly after 9 a.m. Around 10:30, part of the crowd walked into the lobby, sat down and unfurled a banner that read \"No new gas.\"",
    s2 + " Those arrested were cited for trespassing and released later in the day.",
    "\"We are in a climate emergency and the state's largest utility wants to lock us into burning fossil fuels for another 40 years,\" said Ava Morales, 19, a University of Wisconsin-Milwaukee student who was among those cited. \"Sitting down in a lobby is the least we can do.\"",
    "A We Energies spokesman, Brendan Conway, said the company respected the right to protest but that the lobby is private property. He said the new plants would keep the grid reliable as the utility retires its coal units.",
    "The Public Service Commission is expected to rule on the gas plants early next year.",
], [ev("Protests", "Protest with intervention", "Protesters (United States)", 6, "Police Forces of the United States", 1,
       "United States", "Wisconsin", "Milwaukee", 43.0389, -87.9065, 1, wd(p, "Monday"), evid=[s1, s2],
       note="Climate sit-in at the utility's headquarters on Monday, 14 arrested by police; the arrests are the intervention in the same protest, not a separate Arrests event (borderline).")],
    "One protest with intervention coded; the arrests belong to it."))

# 14 Sacramento Bee opinion on Sudan (hard, no event)
A(art("2023-11-21", "Opinion: The world has looked away from Sudan. Sacramento's Sudanese families cannot", "The Sacramento Bee", [
    "Every morning, before he opens his auto repair shop on Stockton Boulevard, Hamid Osman scrolls through the messages that arrived overnight from Darfur. Most are short. Some are photographs he wishes he had not seen.",
    "Since fighting broke out in April between Sudan's army and the paramilitary Rapid Support Forces, more than 10,000 people have been killed and close to six million driven from their homes, according to United Nations estimates. Entire neighborhoods of Khartoum have been emptied. In West Darfur, survivors describe killings on an ethnic basis that recall the atrocities of two decades ago.",
    "Osman, who came to Sacramento as a refugee in 2004, has not heard from two of his cousins since the summer. He is one of perhaps 2,000 Sudanese Americans in the region, a community that has quietly raised money for medicine and bus tickets to Chad and Egypt.",
    "Yet Sudan barely registers in our national conversation. Congress has held a single hearing. Aid appeals are less than a third funded. The war in Gaza and the war in Ukraine, both terrible, have absorbed the attention that remains.",
    "There are things Washington can do. It can name the commanders responsible for atrocities and sanction the companies that finance them. It can press the United Arab Emirates, a close partner, over reports that weapons are reaching the RSF. It can fund the humanitarian response properly.",
    "And there are things we can do here. Call your representative. Give to the groups working on the ground. Visit the Sudanese families in our own city and ask how they are.",
    "Osman told me he does not expect the world to end the war. \"I just want people to know we exist,\" he said. That is not too much to ask.",
], [], "Opinion piece on the Sudan war with aggregate tolls and no dated event; not coded."))

# 15 Kansas City court case about 2020 protest violence
A(art("2022-05-13", "Man sentenced to 4 years for setting fire during 2020 Plaza protest", "The Kansas City Star", [
    "A Kansas City man was sentenced Thursday to four years in federal prison for setting fire to a police car during the protests that followed the murder of George Floyd on the Country Club Plaza in May 2020.",
    "Deshawn Carter, 26, pleaded guilty in January to one count of arson affecting interstate commerce. Prosecutors said video showed him stuffing a burning rag into the broken window of a marked patrol car parked on Ward Parkway on the night of May 30, 2020.",
    "U.S. District Judge Beth Phillips said she had taken into account Carter's lack of a prior record and letters from his family and employer, but said the fire \"could easily have spread and could easily have killed someone.\"",
    "Carter apologized in court. \"I got caught up in the moment. I was angry, like a lot of people were angry, but that's not who I am,\" he said.",
    "The protests on the Plaza drew thousands over several days. Police used tear gas and pepper balls on crowds, and dozens of people were arrested. Several lawsuits over the police response are still pending.",
    "Carter is one of at least six people charged in federal court in connection with damage during the protests. He must also pay $41,000 in restitution.",
], [], "Sentencing over a 2020 protest arson; old event as backdrop of a court case, not coded."))
