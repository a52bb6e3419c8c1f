from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 16 AP wire: Sudan, RSF shelling near El Fasher and army air strike in Nyala
p = "2023-06-16"
s1 = "Shells fired by the paramilitary Rapid Support Forces slammed into the Abu Shouk camp for displaced people on the northern edge of El Fasher on Wednesday, killing nine people, among them four children, according to the camp's general coordination committee."
s2 = "A day later, army warplanes bombed the main livestock market in Nyala, the capital of South Darfur, killing at least 15 civilians, said the Sudan Doctors' Network, an independent medical group."
A(art(p, "Shelling of Darfur camp, air strike on market kill dozens as Sudan war spreads", "Ottawa Citizen (AP)", [
    "CAIRO (AP) - " + s1,
    "Residents said the shelling began in the late afternoon and lasted for about an hour. Adam Rojal, a spokesman for the committee, said at least 30 people were wounded and that the camp's only functioning clinic was overwhelmed. \"People are digging holes under their shelters to hide,\" he said by phone.",
    "The RSF, which has been besieging army positions in El Fasher, the capital of North Darfur, did not respond to a request for comment. In a statement posted online, the group accused the military of using civilians in the camp as shields.",
    s2 + " The group said dozens more were wounded and that many of the dead were traders and herders who had come from surrounding villages.",
    "Sudan's military, which has relied heavily on its air force since fighting erupted in mid-April, said in a statement it had targeted \"gatherings of the rebel militia\" in Nyala and denied hitting civilians.",
    "The fighting between the military, led by Gen. Abdel Fattah Burhan, and the RSF, commanded by Gen. Mohamed Hamdan Dagalo, has turned the capital, Khartoum, into a battlefield and reignited ethnic violence in Darfur, which was the scene of a genocidal campaign in the early 2000s.",
    "The Sudanese health ministry said last week that more than 3,000 people had been killed nationwide since April, though doctors' groups believe the real toll is far higher. The United Nations says more than 2.2 million people have fled their homes, including about 530,000 who crossed into neighboring countries.",
    "Several cease-fires brokered by the United States and Saudi Arabia in the Red Sea city of Jiddah collapsed within hours. Talks were suspended earlier this month.",
    "On Thursday, the U.N. refugee agency warned that the rainy season, which begins in July, would soon make many roads in Darfur impassable, cutting off aid to hundreds of thousands of people.",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7,
       "Sudan", "North Darfur", "Abu Shouk camp", 13.6470, 25.3520, 1, wd(p, "Wednesday"), fat=9, inj=30,
       evid=[s1], note="RSF shelling of Abu Shouk camp at El Fasher on Wednesday; nine dead, 30 wounded per the camp committee (not a party)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Sudan", 1, "Civilians (Sudan)", 7,
       "Sudan", "South Darfur", "Nyala", 12.0489, 24.8807, 1, wd(p, "Thursday"), fat=15,
       evid=[s2], note="Army air strike on Nyala's livestock market on Thursday ('a day later'); 15 dead per an independent doctors' group; 'dozens' wounded is vague, injured left null.")],
    "Two events: the RSF shelling at Abu Shouk and the army air strike on Nyala. National tolls, Khartoum fighting and the collapsed ceasefires are background."))

# 17 Omagh bombing 25th anniversary (old attack with date)
A(art("2023-08-15", "Omagh remembers 29 lives lost, 25 years on", "Belfast Telegraph", [
    "Hundreds of people stood in silence in Omagh town centre on Tuesday afternoon to mark the 25th anniversary of the Real IRA bomb that killed 29 people, including a woman pregnant with twins.",
    "At 3.10pm, the moment the car bomb exploded on Market Street on August 15, 1998, church bells rang out across the town. Relatives laid wreaths at the memorial garden beside the River Strule, where a glass heart and 31 mirrors mark the lives that were lost.",
    "It remains the single worst atrocity of the Troubles. More than 200 people were injured, many of them shoppers preparing for the new school term. The dead included Catholics and Protestants, two Spanish visitors and three children from Buncrana in Co Donegal.",
    "Michael Gallagher, whose 21-year-old son Aidan was killed, told the gathering that the families had spent a quarter of a century \"fighting for the truth\". \"We were told this was the last bomb, the bomb that would end it all. But for us it never ended,\" he said.",
    "No one has ever been convicted in a criminal court of the murders. In 2009, four men were found liable in a landmark civil action brought by some of the families.",
    "Earlier this year, the Secretary of State announced an independent statutory inquiry into whether the bombing could have been prevented. The inquiry, chaired by Lord Turnbull, is expected to hold its first public hearings next year.",
    "Among those at Tuesday's service were the First Minister-designate, Michelle O'Neill, DUP leader Sir Jeffrey Donaldson and the Irish Minister for Foreign Affairs. Ms O'Neill said the bombing had been \"an attack on all of us, on the very idea of peace\".",
    "The Mayor of Fermanagh and Omagh, Thomas O'Reilly, said the town had shown \"extraordinary dignity\" over 25 years. \"Omagh will never be defined by what was done to it,\" he said. \"It is defined by how it has carried on.\"",
    "A book of remembrance will remain open in the Strule Arts Centre until the end of the month.",
], [], "Anniversary memorial of the 1998 Omagh bombing; the old attack is recalled with its date, not coded. The memorial is not a protest."))

# 18 Winnipeg landfill blockade arrests and legislature rally
p = "2023-07-13"
s1 = "Winnipeg police arrested three people on Tuesday morning as officers cleared a blockade at the entrance to the Brady Road landfill, where protesters had been stopping garbage trucks for more than a week."
s2 = "On Wednesday, several hundred people marched from The Forks to the Manitoba Legislature in support of the families, chanting \"Search the landfill\" and drumming on the front steps."
A(art(p, "Three arrested as police clear landfill blockade; hundreds rally at legislature", "Winnipeg Free Press", [
    s1,
    "The protesters, many of them relatives and supporters of two First Nations women whose remains police believe were taken to the Prairie Green landfill north of the city, have been demanding that the province and Ottawa pay for a search of that site.",
    "Police said officers gave those at the Brady Road blockade several warnings before moving in at about 7 a.m. Two men and a woman who refused to move off the road were arrested for mischief and released later in the day. A spokesman said there were no injuries and that officers had \"no issue with peaceful protest\" away from the roadway.",
    "Cambria Harris, whose mother Morgan Harris is one of the women, called the arrests \"shameful\". \"They can move trucks in and out every day, but they can't move a shovel to look for our mothers,\" she said.",
    s2 + " Speakers included chiefs from several Manitoba First Nations and Assembly of Manitoba Chiefs Grand Chief Cathy Merrick. The rally was peaceful, and police kept their distance.",
    "Premier Heather Stefanson has said her government will not support a search of Prairie Green, citing a federally funded feasibility study that found it would take up to three years and cost as much as $184 million, with no guarantee of success, and raised concerns about exposure to toxic materials. Critics accused the premier of making the families wait while she campaigns ahead of the fall election.",
    "Federal Crown-Indigenous Relations Minister Marc Miller said Ottawa was \"looking at all options\" and planned to meet the families in the coming days.",
    "The protest camp beside the Brady Road site, Camp Morgan, remained in place on Wednesday. Organizers said they would keep it open \"as long as it takes\".",
], [ev("Protests", "Protest with intervention", "Protesters (Canada)", 6, "Police Forces of Canada", 1, "Canada", "Manitoba",
       "Winnipeg - Brady Road landfill", 49.7700, -97.1650, 1, wd(p, "Tuesday"), inj=0, evid=[s1],
       note="Police cleared the blockade at the Brady Road landfill (within Winnipeg, southern edge) on Tuesday, three arrested; coded as one protest with intervention (the arrests are part of it)."),
    ev("Protests", "Peaceful protest", "Protesters (Canada)", 6, None, None, "Canada", "Manitoba", "Winnipeg", 49.8844, -97.1470,
       1, wd(p, "Wednesday"), evid=[s2], note="March from The Forks to the legislature on Wednesday, peaceful.")],
    "Two events: the cleared blockade on Tuesday and the peaceful rally on Wednesday. The ongoing camp has no own dated act beyond these and is not coded separately."))

# 19 Tampa hurricane preparations
A(art("2022-09-27", "Tampa Bay braces for Ian as evacuations ordered for 300,000", "Tampa Bay Times", [
    "Hillsborough County ordered about 300,000 residents to leave their homes Monday as Hurricane Ian strengthened over the Caribbean and forecasters warned that the storm could bring the worst surge Tampa Bay has seen in a century.",
    "The mandatory evacuation covers Zone A, which includes low-lying neighborhoods along the bay such as Davis Islands, Harbour Island and parts of South Tampa, as well as all mobile homes in the county. Pinellas and Manatee counties issued similar orders.",
    "\"This is not a drill. This is the real thing,\" Tampa Mayor Jane Castor said at a news conference at the city's emergency operations center. \"If you are told to evacuate, go now, while you still can.\"",
    "By afternoon, lines stretched out of gas stations along Dale Mabry Highway, and shelves of bottled water were bare at many supermarkets. Home improvement stores ran out of plywood by midday. Schools in Hillsborough, Pinellas and Pasco counties will be closed through at least Thursday.",
    "The National Hurricane Center said Ian was expected to reach Category 4 strength over the warm waters of the Gulf of Mexico before approaching Florida's west coast late Wednesday or Thursday. Storm surge of 5 to 10 feet was possible in Tampa Bay.",
    "Tampa International Airport said it would suspend operations at 5 p.m. Tuesday. The Florida National Guard has activated 5,000 soldiers, and Gov. Ron DeSantis said another 2,000 were on standby in neighboring states.",
    "The last major hurricane to make a direct hit on the bay area was in 1921, when the population was a fraction of what it is today.",
    "Shelters opened at 44 schools across the county. Pets are allowed at some of them. A full list is available on the county's website.",
], [], "Hurricane preparations; natural disaster, not coded (National Guard activation is not an event)."))

# 20 Yorkshire Post politics with metaphor
A(art("2019-11-26", "Battle for the Red Wall: Tories target Labour heartlands in West Yorkshire", "The Yorkshire Post", [
    "The Conservatives are throwing everything at a string of Labour-held seats in West Yorkshire as the general election campaign enters its final fortnight, with Boris Johnson expected to visit the region for the third time this week.",
    "Party strategists believe seats such as Wakefield, Dewsbury and Batley and Spen, which voted heavily to leave the European Union in 2016, are within reach. In Wakefield, where Labour's Mary Creagh is defending a majority of just over 2,000, Conservative activists say they have knocked on every door at least twice.",
    "\"It's trench warfare out there,\" said one Tory volunteer in Ossett, who asked not to be named. \"People who have voted Labour all their lives are telling us they want Brexit done. We've never heard that before.\"",
    "Labour has hit back with a blitz of leaflets warning that a Conservative government would sell off parts of the NHS, and shadow chancellor John McDonnell used a rally in Leeds on Monday to attack what he called \"the biggest con trick in British political history\".",
    "The Brexit Party, which is standing candidates in every seat the Conservatives do not hold, could split the Leave vote. Its candidate in Wakefield, a former miner, said he was the only one \"fighting for the working man\".",
    "Pollsters say the outcome in these seats is hard to predict. \"The national numbers point to a Tory majority, but local factors matter hugely in places like Dewsbury, where the Labour MP is well liked,\" said Professor Jonathan Tonge, a political scientist at the University of Liverpool.",
    "Both main parties have pulled volunteers from safe seats in North Yorkshire and the Humber to reinforce what one Labour organiser called \"the front line\".",
    "Polling day is Thursday, December 12.",
], [], "Election campaign with war metaphors; an election rally is not a protest; not coded."))

# 21 AFP wire: Mali ambush and drone strike
p = "2024-03-07"
s1 = "At least 14 Malian soldiers were killed on Tuesday when their convoy was ambushed between Boni and Hombori in the central Mopti region, local elected officials told AFP."
s2 = "The attack was claimed by the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM), which said it had seized vehicles and weapons."
s3 = "On Sunday, a drone strike near Aguelhok in the northern Kidal region killed eight civilians, including three children, who had gathered for a wedding, according to a local association of Tuareg notables."
A(art(p, "Fourteen soldiers killed in central Mali ambush, officials say", "Winnipeg Free Press (AFP)", [
    "BAMAKO, Mali (AFP) - " + s1,
    "The soldiers were escorting a column of fuel tankers and supply trucks along the national road that links central Mali with the north when they came under fire from gunmen on motorcycles, one of the officials said on condition of anonymity, citing security concerns.",
    "\"The fighting lasted for more than two hours. The bodies were brought back to Boni on Wednesday morning,\" another official said.",
    "In a statement read on state television, the army general staff confirmed \"a complex terrorist attack\" on a supply convoy and said its response had \"neutralised about 20 terrorists\", without giving its own losses.",
    s2 + " The claim could not be independently verified.",
    s3 + " The association accused the army of carrying out the strike with a Turkish-made drone.",
    "The army, which has used drones extensively since retaking the northern town of Kidal from Tuareg-led rebels in November, said it had struck \"a terrorist gathering\" in the area and denied that civilians were killed.",
    "Mali has been ruled by a military junta since coups in 2020 and 2021. The junta pushed out French troops and a UN peacekeeping mission and has turned to Russia for military support, including fighters from the Wagner group.",
    "The jihadist insurgency that began in northern Mali in 2012 has spread to central Mali and neighbouring Burkina Faso and Niger, killing thousands and forcing millions from their homes. Conflict monitoring groups say 2023 was one of the deadliest years on record in the Sahel.",
], [ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Mali", 1, "Mali", "Mopti", "Boni", 15.0660, -2.2140, 2,
       wd(p, "Tuesday"), fat=14,
       claimed=[{"low": 20, "high": 20, "claimant": "Military Forces of Mali", "text": "neutralised about 20 terrorists"}],
       evid=[s1, s2], note="Ambush of an army convoy between Boni and Hombori on Tuesday, claimed by JNIM; 14 soldiers dead per local officials; the army's 20 'neutralised' is a party's claim. Located near Boni (geo 2)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Mali", 1, "Civilians (Mali)", 7, "Mali", "Kidal",
       "Aguelhok", 19.4617, 0.8575, 2, wd(p, "Sunday"), fat=8, evid=[s3],
       note="Drone strike near Aguelhok on Sunday; actor from the association's accusation, which the article reports with the army's admission of a strike there; eight civilians dead per the association, borderline attribution/toll since the army denies civilians died.")],
    "Two events: the Boni-Hombori ambush and the drone strike near Aguelhok. The Kidal takeover in November and the regional tolls are background."))

# 22 Milwaukee measles (disease)
A(art("2019-04-30", "Measles case confirmed in Milwaukee County; health officials urge vaccination", "Milwaukee Journal Sentinel", [
    "Health officials confirmed Monday that a Milwaukee County resident has measles, the first case in the area in more than a decade, and warned that hundreds of people may have been exposed at a hospital emergency room and a suburban grocery store.",
    "The patient, an unvaccinated adult who recently returned from international travel, visited the emergency department at Froedtert Hospital in Wauwatosa on April 22 and a Pick 'n Save in West Allis the following day, according to the state Department of Health Services.",
    "Anyone who was at those locations during the listed hours and is not immune should watch for symptoms, including fever, rash, cough and red eyes, for 21 days, officials said.",
    "\"Measles is one of the most contagious diseases we know of,\" said Dr. Ben Weston, medical director for Milwaukee County's Office of Emergency Management. \"The good news is that the vaccine is safe and very effective.\"",
    "The case comes as the United States faces its worst measles outbreak in 25 years, with more than 700 cases reported in 22 states this year, most of them in New York. Public health experts blame falling vaccination rates in some communities.",
    "Wisconsin allows parents to opt out of school vaccine requirements for personal conviction reasons. About 5% of kindergartners in the state had a waiver last school year, among the highest rates in the Midwest.",
    "Gov. Tony Evers has proposed eliminating the personal conviction exemption, but Republican leaders in the Legislature have said the plan has little chance of passing.",
], [], "Disease case and public health; not coded."))

# 23 Bristol bus drivers strike ballot (future)
A(art("2023-01-24", "Bristol bus drivers to vote on strike action over pay", "Bristol Post", [
    "Hundreds of bus drivers in Bristol will be balloted on strike action next month in a row over pay, raising the prospect of walkouts that could bring much of the city's network to a halt in the spring.",
    "The Unite union said its 600 members at First West of England's Lawrence Hill and Hengrove depots had rejected a 7 per cent offer, which it described as \"a real-terms pay cut at a time when drivers are struggling to heat their homes\".",
    "The ballot opens on February 6 and closes on February 27. If members vote in favour, the first strike days could fall in the middle of March.",
    "Unite regional officer Dave Sweeney said: \"Our members do not want to strike, but they are being left with no choice. They kept this city moving through the pandemic, and they deserve better than this.\"",
    "First West of England said it was \"disappointed\" by the decision and that the offer was one of the best in the bus industry. A spokesperson said the company had already cut some services because of a shortage of drivers and urged the union to return to talks.",
    "Passengers said another round of disruption would be hard to take. \"The number 2 is already cancelled half the time,\" said Jenny Mills, a nurse who travels from Stockwood to the Bristol Royal Infirmary. \"If they strike, I genuinely don't know how I'll get to work.\"",
    "Bristol's Metro Mayor, Dan Norris, has called on both sides to reach an agreement and said the region's bus network was \"on its knees\".",
    "Drivers at the company's Bath depot settled a separate dispute last autumn after three days of strikes.",
], [], "Announced strike ballot and possible future strikes; not coded. Last autumn's Bath strikes are old and undated."))

# 24 Bristol Palestine march (peaceful)
p = "2024-02-19"
s1 = "Thousands of people marched through Bristol city centre on Saturday calling for a ceasefire in Gaza, in one of the largest demonstrations the city has seen since the war began in October."
s2 = "Avon and Somerset Police said the march passed off peacefully and no arrests were made."
A(art(p, "Thousands march through Bristol calling for Gaza ceasefire", "Bristol Post", [
    s1,
    "The crowd gathered on College Green at midday before walking along Park Street, Queens Road and Whiteladies Road and back through Broadmead, waving Palestinian flags and carrying banners listing the names of children killed in Gaza. Organisers, the Bristol Palestine Solidarity Campaign, estimated that 8,000 people took part; police did not give a figure.",
    "Speakers included a Bristol doctor who recently returned from volunteering at a hospital in Khan Younis, and the Green Party councillor for Easton, who called on the city's MPs to \"use every vote they have\" to push for a ceasefire.",
    "\"I have never been on a protest before in my life,\" said Rachel Owens, 63, from Bishopston. \"But I can't watch the news every night and do nothing.\"",
    s2 + " A small group of counter-protesters stood near the Cenotaph on the Centre holding Israeli flags and were separated from the march by officers. There was some shouting but no trouble.",
    "Superintendent Mark Runacres thanked organisers for working with police and said officers had been briefed to act on any chants or placards that could amount to criminal offences.",
    "The march came days after a Bristol City Council debate on a motion calling for a ceasefire was suspended after people in the public gallery shouted at councillors. The motion is due to return to full council next month.",
    "The Israeli military's offensive in Gaza began after Hamas-led militants attacked southern Israel on October 7, killing about 1,200 people and taking around 250 hostage, according to Israeli figures. The Hamas-run health ministry in Gaza says more than 28,000 Palestinians have been killed.",
    "Organisers said they would hold a vigil outside Bristol Cathedral next Saturday.",
], [ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Bristol",
       51.4545, -2.5879, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Gaza ceasefire march in Bristol on Saturday, peaceful, no arrests. The small counter-protest at the Cenotaph, kept apart with only shouting, is not coded separately (borderline: it could be a second peaceful protest).")],
    "One peaceful march coded. The disrupted council debate has no date, October 7 and Gaza tolls are background, the vigil is future."))

# 25 Kansas City Westport shooting (crime)
A(art("2021-08-10", "Teen charged after shooting outside Westport bar wounds three", "The Kansas City Star", [
    "A 17-year-old has been charged as an adult after three people were wounded when gunfire erupted outside a bar in Westport early Sunday, Jackson County prosecutors said Monday.",
    "According to court records, an argument broke out between two groups of young men on Westport Road shortly before 1:30 a.m. as bars were closing. Witnesses told police one of the men pulled a handgun from his waistband and fired several shots into the crowd.",
    "Off-duty officers working security in the entertainment district heard the shots and detained the teen a block away, according to the charging documents. A handgun with an extended magazine was found in a planter nearby.",
    "The three people hit, two men and a woman in their early 20s, were taken to hospitals with injuries that were not considered life-threatening. Police said none of them appeared to have been involved in the argument.",
    "The teen faces charges of first-degree assault, armed criminal action and unlawful use of a weapon. His bond was set at $150,000.",
    "Westport business owners have pushed for tighter security after a string of shootings in the district over the past two years. The city council is considering a proposal to close several blocks to car traffic on weekend nights and to install more cameras.",
    "\"We want people to come down here and have fun, not to worry about getting shot,\" said Kelly Kline, who owns a restaurant on Pennsylvania Avenue. \"We need more than promises.\"",
    "Police Chief Rick Smith said officers would step up patrols in Westport for the rest of the summer.",
], [], "Shooting after a bar argument; ordinary crime, not coded."))

# 26 Reuters wire: Iraq drone attack on US base and US strike at Al-Qaim
p = "2023-11-23"
s1 = "A drone attacked Ain al-Asad air base in Iraq's western Anbar province on Tuesday, causing minor damage but no casualties, a U.S. defence official said."
s2 = "The Islamic Resistance in Iraq, an umbrella term for Iran-aligned armed factions, claimed the attack in a statement on Telegram."
s3 = "On Wednesday, U.S. forces carried out an air strike on a facility near Al-Qaim, close to the Syrian border, killing two members of the Kataib Hezbollah militia, two Iraqi security officials told Reuters."
A(art(p, "U.S. strikes Iraqi militia after new attack on air base", "Ottawa Citizen (Reuters)", [
    "BAGHDAD (Reuters) - " + s1,
    s2 + " It said the attack was a response to U.S. support for Israel in the war in Gaza.",
    s3,
    "The Pentagon said the strike hit an operations centre and weapons storage site used by Kataib Hezbollah, which Washington blames for many of the more than 60 rocket and drone attacks on U.S. troops in Iraq and Syria since mid-October. It said the strike was \"precise\" and that it was still assessing results.",
    "Iraqi government spokesman Basim al-Awadi condemned the strike as \"a clear violation of Iraqi sovereignty\" carried out without the government's knowledge, and said attacks on the international coalition were also \"unacceptable\".",
    "Prime Minister Mohammed Shia al-Sudani, who came to power with the backing of a coalition of Iran-aligned parties, has been trying to balance ties with Washington and Tehran. About 2,500 U.S. troops are stationed in Iraq on what the government describes as an advisory mission to help fight Islamic State.",
    "Kataib Hezbollah said in a statement that the strike would \"not go unanswered\".",
    "Washington last struck Kataib Hezbollah positions in Iraq in December 2021.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Islamic Resistance in Iraq", 3, "Military Forces of the United States", 8,
       "Iraq", "Al Anbar", "Ain al-Asad air base", 33.7856, 42.4412, 1, wd(p, "Tuesday"), fat=0, evid=[s1, s2],
       note="Drone attack on Ain al-Asad on Tuesday, claimed by the Islamic Resistance in Iraq; no casualties."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", 8, "Kataib Hezbollah", 3,
       "Iraq", "Al Anbar", "Al-Qaim", 34.3686, 41.0944, 2, wd(p, "Wednesday"), fat=2, evid=[s3],
       note="U.S. air strike near Al-Qaim on Wednesday, two Kataib Hezbollah members killed per Iraqi security officials (not a party). The 60+ attacks since October are an aggregate, not coded.")],
    "Two events: the drone attack on Ain al-Asad and the U.S. strike near Al-Qaim; the aggregate of attacks and the 2021 strike are background."))

# 27 Ottawa defence budget
A(art("2024-04-09", "Defence policy update promises $8.1B in new spending, but NATO target still out of reach", "Ottawa Citizen", [
    "The federal government promised on Monday to spend an extra $8.1 billion on the military over the next five years, with money for long-range missiles, new early-warning aircraft and a fleet of tactical helicopters, but acknowledged Canada will still fall short of NATO's spending target for the rest of the decade.",
    "Defence Minister Bill Blair unveiled the long-awaited defence policy update, titled Our North, Strong and Free, at CFB Trenton. He said the world had become \"more dangerous and more chaotic\" and that Canada needed to be able to defend its Arctic as climate change opens new shipping routes.",
    "Under the plan, defence spending would rise from about 1.33 per cent of gross domestic product to 1.76 per cent by 2029-30. NATO members agreed in 2014 to aim for two per cent.",
    "\"We are in this for the long haul,\" Blair said. \"This is the most significant investment in the Canadian Armed Forces in a generation.\"",
    "Critics were not impressed. Conservative defence critic James Bezan said the update was \"a lot of promises for after the next election\" and noted that the military is short of more than 16,000 personnel. Defence analyst David Perry of the Canadian Global Affairs Institute said much of the new money would not arrive until after 2030.",
    "The update also includes funding for new housing on bases, which Blair said was essential to recruiting and keeping soldiers, and a review of whether Canada should buy new submarines to replace its four ageing Victoria-class boats.",
    "U.S. officials have repeatedly pressed Ottawa to reach the two per cent target. The American ambassador, David Cohen, said last month that allies had noticed Canada's \"lack of urgency\".",
    "Blair said he expected the issue to come up at NATO's summit in Washington in July.",
], [], "Defence policy and budget; not an event."))

# 28 Tampa domestic violence sentencing (crime)
A(art("2020-10-15", "Brandon man gets 25 years for attacking ex-girlfriend with hammer", "Tampa Bay Times", [
    "A Brandon man who beat his former girlfriend with a hammer in front of her young son was sentenced Wednesday to 25 years in prison.",
    "Kevin Lamar Stokes, 38, was convicted by a Hillsborough County jury in August of attempted second-degree murder and aggravated child abuse. Prosecutors said he forced his way into the woman's apartment in January 2019, days after she ended their relationship, and attacked her as she tried to call 911.",
    "The woman, whose name is being withheld by the Times because she is a victim of domestic violence, suffered a fractured skull and spent three weeks in the hospital. She still has trouble with her memory and balance, she told the court in a written statement read by a victim advocate.",
    "\"I used to be the one who took care of everybody,\" she wrote. \"Now I need help to get through the day.\"",
    "Circuit Judge Michelle Sisco said the attack was \"one of the most brutal\" she had seen. Stokes, who had two prior domestic battery arrests, declined to speak.",
    "Advocates say domestic violence calls in Hillsborough rose during the pandemic as families spent more time at home. The Spring of Tampa Bay, the county's largest shelter, said it has been at or near capacity since April.",
    "Anyone in danger can call the Spring's 24-hour hotline at (813) 247-7233.",
], [], "Domestic violence sentencing; ordinary crime and court case, not coded."))

# 29 Northern Echo steel jobs
A(art("2023-12-13", "'We'll fight for every job': unions vow to resist Teesside steel cuts", "The Northern Echo", [
    "Union leaders have vowed to fight for every job after British Steel confirmed plans to close its blast furnaces in Scunthorpe and its coke ovens, putting around 2,000 jobs at risk, including hundreds on Teesside.",
    "The company, owned by China's Jingye Group, wants to replace the furnaces with two electric arc furnaces, one at Scunthorpe and one at Teesside, in a move it says is needed to cut carbon emissions and secure the business's future.",
    "At the company's Lackenby and Skinningrove sites, where about 800 people work, workers said they feared the cuts would be the latest blow to an industry that has been in decline for decades.",
    "\"My dad worked here, my granddad worked here. They said the same thing in 2015 when the Redcar blast furnace went out, and look what happened,\" said one steelworker, who asked not to be named.",
    "Community union general secretary Roy Rickhuss said the plans were \"a betrayal of steelworkers and their communities\" and called on the government to step in. \"We will be fighting this tooth and nail,\" he said.",
    "Tees Valley Mayor Ben Houchen said he had been assured that the electric arc furnace planned for Teesside would bring new jobs in time. He described the site as \"the front line of the green industrial revolution\".",
    "Redcar MP Jacob Young said he would raise the issue in the Commons on Wednesday.",
    "A formal consultation with unions is expected to begin in the new year.",
], [], "Business and job cuts with combative words; no protest or event."))

# 30 Yorkshire Post: counter-terror arrests of far-right suspects
p = "2019-07-12"
s1 = "Two men from West Yorkshire have been arrested on suspicion of being members of the banned neo-Nazi group National Action, counter-terrorism police said."
s2 = "The men, aged 22 and 29, were detained at addresses in Bradford and Halifax on Thursday morning by officers from Counter Terrorism Policing North East, supported by West Yorkshire Police."
A(art(p, "Two West Yorkshire men held on suspicion of National Action membership", "The Yorkshire Post", [
    s1,
    s2 + " They are being held at a police station in the region and searches of both properties are continuing.",
    "Detective Chief Superintendent Martin Snowden, head of Counter Terrorism Policing North East, said the arrests were pre-planned and \"intelligence-led\", and that there was no immediate threat to public safety.",
    "\"We will not tolerate those who seek to spread hatred and division in our communities,\" he said. \"I would urge anyone who is concerned that someone they know is being drawn into extremism to contact us.\"",
    "National Action was proscribed as a terrorist organisation in December 2016, the first far-right group to be banned in Britain since the Second World War. Membership carries a maximum sentence of 10 years in prison.",
    "The ban followed the murder of Batley and Spen MP Jo Cox by a man with far-right views in June 2016, which the group praised on social media. Several people have since been convicted of continuing the organisation under different names.",
    "A 33-year-old woman from Leeds who was arrested on the same operation in March has been released under investigation.",
    "Bradford councillors welcomed the arrests. \"There is no place for this poison in our city,\" said council leader Susan Hinchcliffe.",
], [ev("Strategic developments", "Arrests", "Police Forces of the United Kingdom", 1, "National Action", 3, "United Kingdom",
       "England", "Bradford", 53.7950, -1.7594, 1, wd(p, "Thursday"), evid=[s1, s2],
       note="Counter-terrorism arrest of a suspected National Action member in Bradford on Thursday; the Halifax arrest of the same operation is a second place, coded apart."),
    ev("Strategic developments", "Arrests", "Police Forces of the United Kingdom", 1, "National Action", 3, "United Kingdom",
       "England", "Halifax", 53.7248, -1.8658, 1, wd(p, "Thursday"), evid=[s1, s2],
       note="Counter-terrorism arrest of a suspected National Action member in Halifax on Thursday (borderline: one operation over two towns, split by the one-place rule). The March arrest in Leeds is older and not coded.")],
    "Two arrest events (Bradford, Halifax) coded; the 2016 ban, the Jo Cox murder and the March arrest are background."))
