from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 31 AP wire: West Bank, Jenin raid and settler attack
p = "2023-06-22"
s1 = "Three Palestinians were killed and more than 20 wounded on Monday when Israeli troops raided the Jenin refugee camp and were met by heavy gunfire from militants, the Palestinian Health Ministry said."
s2 = "Israeli helicopter gunships fired on gunmen during the battle to cover the withdrawal of troops whose armored vehicle had been disabled by an explosive device, the military said, adding that six soldiers were lightly wounded."
s3 = "On Wednesday, dozens of Israeli settlers rampaged through the Palestinian village of Turmus Ayya, northeast of Ramallah, setting fire to homes and cars, and a 27-year-old man was shot and wounded, the village's mayor said."
s4 = "The rampage came a day after a Palestinian gunman killed four Israelis at a gas station near the settlement of Eli, about 10 kilometers (6 miles) away."
A(art(p, "West Bank violence flares with deadly Jenin raid and settler rampage", "The Sacramento Bee (AP)", [
    "JERUSALEM (AP) - " + s1,
    "The military said it entered the camp, a longtime militant stronghold in the northern West Bank, to arrest two wanted men suspected of involvement in shooting attacks on Israelis. It said the troops came under fire from dozens of gunmen and that explosive devices were thrown at them.",
    s2,
    "The use of helicopters in the West Bank was the first in years. Palestinian residents described hours of fighting, with gunfire echoing through the narrow alleys of the camp and smoke rising over its rooftops.",
    "Among the dead was a 15-year-old boy, according to the ministry. The Islamic Jihad militant group said one of its fighters was also killed, and Hamas called on Palestinians to \"escalate the resistance\".",
    s3,
    "Residents said the settlers, some of them masked and armed, arrived from several directions in the late afternoon. Video circulated on social media showed plumes of black smoke rising over the village and cars burning in the streets. The mayor, Lafi Adeeb, said at least 15 houses and 30 cars were torched.",
    "The Israeli military said troops were sent to the area and were working to disperse the settlers and put out the fires. It said it had opened an investigation. No arrests were announced.",
    s4 + " Hamas praised that shooting but did not claim it.",
    "The West Bank has been gripped by some of the worst violence in years. More than 130 Palestinians have been killed by Israeli fire this year, according to a tally by The Associated Press, many of them militants but also stone-throwing youths and people not involved in the confrontations. Palestinian attacks against Israelis have killed at least 24 people over the same period.",
    "The United States, Israel's closest ally, said it was \"deeply concerned\" by the escalation and urged both sides to take steps to calm tensions. The Palestinian Authority, which has limited control over parts of the West Bank, called the settler attack \"organized state terrorism\".",
    "Israel captured the West Bank in the 1967 Mideast war. The Palestinians seek the territory as the heartland of a future independent state.",
], [ev("Battles", "Armed clash", "Military Forces of Israel", 8, "Palestinian Islamic Jihad", 2, "Palestine", "West Bank",
       "Jenin refugee camp", 32.4614, 35.2889, 1, wd(p, "Monday"), fat=3, inj=20, evid=[s1, s2],
       note="Israeli raid on Jenin camp on Monday met by militant gunfire, with helicopter fire; three Palestinians killed per the Palestinian Health Ministry (not the fighting side). Opponent named from Islamic Jihad's own fighter among the dead (borderline: the gunmen are not fully named)."),
    ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, "Palestine", "West Bank",
       "Turmus Ayya", 32.0339, 35.2869, 1, wd(p, "Wednesday"), fat=0, inj=1, evid=[s3],
       note="Settler rampage in Turmus Ayya on Wednesday: homes and cars burned, one man shot and wounded. fatalities 0 is borderline: the article names no dead."),
    ev("Violence against civilians", "Attack", "Sole Perpetrator (Palestine)", 3, "Civilians (Israel)", 7, "Palestine", "West Bank",
       "Eli", 32.0600, 35.2700, 2, wd(p, "Tuesday"), fat=4, evid=[s4],
       note="Gunman killed four Israelis at a gas station near Eli 'a day' before Wednesday's rampage (Tuesday); told as background but placed and dated within the horizon, so coded (borderline).")],
    "Three events: Jenin clash (Monday), Eli shooting (Tuesday, told as background but dated) and Turmus Ayya settler attack (Wednesday). Yearly tolls are aggregates."))

# 32 Reuters wire: DR Congo, M23 takes Bunagana; ADF attack near Oicha
p = "2022-06-14"
s1 = "M23 rebels seized the town of Bunagana on Congo's border with Uganda on Monday after a day of heavy fighting with the army, sending thousands of civilians and dozens of Congolese soldiers fleeing across the frontier, local officials said."
s2 = "In a separate attack further north, fighters from the Allied Democratic Forces killed at least 11 civilians in the village of Masiki near Oicha in Beni territory on Saturday night, a civil society leader said."
A(art(p, "Congo rebels seize border town as civilians flee to Uganda", "Ottawa Citizen (Reuters)", [
    "GOMA, Democratic Republic of Congo (Reuters) - " + s1,
    "Bunagana, in North Kivu province's Rutshuru territory, is a key trading post on the road to Kampala. The M23 took it briefly during its 2012-2013 rebellion, when it also captured the provincial capital, Goma, before being driven out by Congolese and U.N. forces.",
    "\"The rebels are in Bunagana. Our soldiers have withdrawn,\" said Damien Mbusa, a member of the local civil society coordination. He said he had seen M23 fighters in the town's market on Monday afternoon.",
    "Congo's army accused Rwanda of helping the rebels and said in a statement that the capture of Bunagana amounted to \"an invasion\" of Congolese territory. Rwanda has denied backing the M23, and says Congo's army is fighting alongside Rwandan Hutu militiamen who took part in the 1994 genocide.",
    "Ugandan officials said more than 30,000 people had crossed into Uganda at the Bunagana border post since the fighting resumed last month, and that 137 Congolese soldiers had handed over their weapons and been disarmed on the Ugandan side.",
    s2 + " He said the attackers used machetes and guns and burned several houses before withdrawing into the bush.",
    "\"We found bodies in the houses and along the road to the fields. People are afraid to go back,\" said Kizito Bin Hangi, president of civil society in Beni territory.",
    "The ADF, a Ugandan-origin armed group that has pledged allegiance to Islamic State, has killed thousands of civilians in eastern Congo over the past decade. Uganda's army has been conducting joint operations against the group with Congolese troops since November, but the attacks have continued.",
    "Aid workers in Uganda's Kisoro district said a transit centre built for about 1,500 people was holding several times that number, with families sleeping in the open and queues for water stretching for hundreds of metres. The Uganda Red Cross said it had recorded cases of diarrhoea among children and was appealing for food and plastic sheeting.",
    "\"We left with nothing. We just ran when we heard the bombs,\" said Esperance Nyirahabimana, a mother of five from a village outside Bunagana, speaking at the centre. She said she did not know where her husband was.",
    "Eastern Congo is home to more than 120 armed groups, many of them fighting over land and the region's mineral wealth. The United Nations says 5.5 million people are displaced inside the country, the most in Africa.",
    "Regional leaders from the East African Community are due to meet in Nairobi next week to discuss sending a joint force to the region.",
], [ev("Battles", "Non-state actor overtakes territory", "M23", 2, "Military Forces of Democratic Republic of Congo", 1,
       "Democratic Republic of Congo", "North Kivu", "Bunagana", -1.2800, 29.6000, 1, wd(p, "Monday"), evid=[s1],
       note="M23 took Bunagana on Monday after fighting with the army; no toll given. The 2012-13 capture and the border crossings are background."),
    ev("Violence against civilians", "Attack", "ADF", 2, "Civilians (Democratic Republic of Congo)", 7,
       "Democratic Republic of Congo", "North Kivu", "Masiki", 0.7000, 29.5170, 2, wd(p, "Saturday"), fat=11, evid=[s2],
       note="ADF killed at least 11 civilians in Masiki near Oicha on Saturday night; Masiki's own coordinates unknown, placed at Oicha with geo_precision 2.")],
    "Two events: the M23 capture of Bunagana and the ADF attack near Oicha. The planned Nairobi meeting and displacement figures are not coded."))

# 33 Yorkshire Post: junior doctors' strike pickets in Leeds
p = "2023-04-12"
s2 = "Picket lines were also reported on Tuesday outside hospitals in Bradford, Sheffield and Hull."
s1 = "Junior doctors formed picket lines outside Leeds General Infirmary and St James's University Hospital on Tuesday as a four-day strike over pay began across England."
A(art(p, "Junior doctors picket Leeds hospitals as four-day strike begins", "The Yorkshire Post", [
    s1,
    "Dozens of doctors in high-visibility vests and British Medical Association sashes gathered outside the main entrance of the LGI on Great George Street from 7am, holding placards reading \"Pay restoration now\" and \"Doctors deserve better\". Drivers passing on the inner ring road sounded their horns in support.",
    "Dr Amira Shah, a second-year foundation doctor in emergency medicine, said she had not taken the decision to strike lightly. \"I love this job. But I'm earning less in real terms than doctors did 15 years ago, and half my friends from medical school are already working in Australia,\" she said.",
    "Leeds Teaching Hospitals NHS Trust said consultants and other senior staff were covering emergency departments, intensive care and maternity, and that around 1,700 planned operations and outpatient appointments had been postponed across its hospitals.",
    "Health Secretary Steve Barclay said the BMA's demand for a 35 per cent rise was \"unaffordable\" and called the timing of the walkout, straight after the Easter bank holiday weekend, \"deeply disappointing\".",
    "The BMA says junior doctors' pay has fallen by more than a quarter in real terms since 2008. Its junior doctors committee co-chair, Dr Vivek Trivedi, said the union was ready to talk \"any time\" but that the government had yet to make an offer.",
    "The strike is due to end at 7am on Saturday. The union has warned that further walkouts will be announced if no deal is reached, and nurses belonging to the Royal College of Nursing are voting on whether to reject a separate pay offer.",
    s2,
], [ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Leeds",
       53.8008, -1.5491, 1, wd(p, "Tuesday"), evid=[s1],
       note="Striking junior doctors picketed two Leeds hospitals on Tuesday; one event for Leeds. Future walkouts not coded."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Bradford",
       53.795, -1.7594, 1, wd(p, "Tuesday"), evid=[s2], note="Junior doctors' strike picket in Bradford on Tuesday, one line in the text; coded as its own place."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Sheffield",
       53.3811, -1.4701, 1, wd(p, "Tuesday"), evid=[s2], note="Junior doctors' strike picket in Sheffield on Tuesday, one line in the text; coded as its own place."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Hull",
       53.7676, -0.3274, 1, wd(p, "Tuesday"), evid=[s2], note="Junior doctors' strike picket in Hull on Tuesday, one line in the text; coded as its own place.")],
    "Strike pickets on Tuesday coded per city: Leeds, Bradford, Sheffield, Hull (the last three from one sentence). Further walkouts and the RCN vote are future."))


# 34 Northern Echo: Middlesbrough riot, with Hartlepool disorder last week
p = "2024-08-06"
s1 = "Dozens of people were arrested after violent disorder broke out in Middlesbrough on Sunday, with homes and cars attacked and police officers pelted with bricks and bottles."
s2 = "What began as an anti-immigration protest outside the Cenotaph in Albert Park at around 2pm descended into violence within an hour, as a crowd of several hundred broke away and marched through the Linthorpe Road and Parliament Road areas."
s3 = "The violence came five days after disorder in Hartlepool last Wednesday night, when a crowd threw missiles at police in Murray Street and a police car was set on fire."
A(art(p, "'Pure thuggery': Middlesbrough counts the cost of Sunday's riot", "The Northern Echo", [
    s1,
    s2 + " Windows of houses were smashed, cars were overturned, and residents of some streets said they had barricaded themselves inside.",
    "Cleveland Police said three officers were injured, one of them taken to hospital with a head wound. Police horses and dogs were used to push the crowd back, and officers in riot gear formed lines across several roads late into the evening.",
    "Assistant Chief Constable Martyn Tuck described the scenes as \"pure thuggery\" with \"no link whatsoever to legitimate protest\". He said 43 people had been arrested by Monday night and that specialist officers were trawling through hours of footage to identify others.",
    "\"If you were there, we will find you,\" he said. \"It does not matter if it takes us weeks or months.\"",
    s3 + " Eight people have been charged in connection with that disorder.",
    "The unrest is part of a wave of disturbances that has spread across English towns and cities since the killing of three girls at a dance class in Southport on July 29, fuelled by false claims online about the identity of the suspect.",
    "On Linthorpe Road on Monday, shopkeepers were sweeping up glass and boarding up windows. Rizwan Ahmed, who runs a mobile phone shop, said his shutters had been torn off and stock worth thousands of pounds taken. \"I've been here 18 years. I have never been scared in this town before,\" he said.",
    "On Parliament Road, where several terraced houses had their windows put through, residents described a terrifying afternoon. Nasreen Akhtar, a mother of three, said she hid with her children in the back bedroom as men banged on her door and shouted abuse. \"My youngest keeps asking if they are coming back,\" she said. \"What do I tell her?\" Her neighbour, a retired bus driver who has lived on the street for 40 years, said he did not recognise most of the faces in the crowd.",
    "Middlesbrough Mayor Chris Cooke said the town had been \"shamed by a minority\" and praised residents who turned out with brooms and bin bags on Monday morning. A clean-up organised on social media drew more than 200 volunteers.",
    "Middlesbrough MP Andy McDonald said the violence had been \"organised and directed by people who do not live here\" and called for the full force of the law to be brought against those responsible.",
    "Prime Minister Sir Keir Starmer chaired a meeting of the government's emergency committee, Cobra, on Monday and said those involved in the disorder would \"regret\" it. Courts have been told to prepare for extra sittings.",
    "Churches and mosques in Teesside have announced a joint vigil for community unity to be held in Centre Square on Friday evening.",
], [ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom",
       "England", "Middlesbrough", 54.5742, -1.2350, 1, wd(p, "Sunday"), inj=3, evid=[s1, s2],
       note="Anti-immigration protest in Middlesbrough on Sunday that turned into a riot against police, homes and cars; three officers injured. The 43 arrests made through Monday are follow-up of the same riot and not a separate event (borderline)."),
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom",
       "England", "Hartlepool", 54.6863, -1.2129, 1, wd(p, "Wednesday"), evid=[s3],
       note="Disorder in Hartlepool 'last Wednesday night' (31 Jul), within the news horizon and placed and dated, so coded though told as background (borderline).")],
    "Middlesbrough riot and the Hartlepool disorder of the previous Wednesday coded. The Southport killing is crime, the later arrests and charges follow-up, the Friday vigil future."))

# 35 Sacramento Bee: Iraq veteran profile (war words, old events)
A(art("2023-03-20", "Twenty years after the Iraq invasion, a Sacramento Marine is still carrying Fallujah", "The Sacramento Bee", [
    "Ray Gutierrez keeps the dog tags of two men in a cigar box on the top shelf of his closet in Natomas. He takes them out once a year, on the anniversary of the day in November 2004 when a rocket-propelled grenade hit the house his squad was clearing in Fallujah.",
    "\"One second they were there and the next they were gone,\" said Gutierrez, now 41 and a supervisor at a distribution warehouse in West Sacramento. \"I got a piece of shrapnel in my leg. They got a flag.\"",
    "Monday marks 20 years since U.S.-led forces invaded Iraq. About 4,500 American service members died in the war, and tens of thousands of Iraqis, with estimates of Iraqi civilian deaths ranging widely. More than 32,000 Americans were wounded.",
    "Gutierrez was 19, a year out of Grant Union High, when his battalion crossed the border from Kuwait in March 2003. He remembers the speed of the advance on Baghdad, the crowds that waved at first, and how quickly the mood turned. By his second deployment, the enemy was a roadside bomb you never saw.",
    "He came home with post-traumatic stress disorder that went undiagnosed for almost a decade. He drank. His first marriage ended. In 2013, he walked into the VA clinic at Mather and asked for help.",
    "\"The war didn't end for me when I got on the plane,\" he said. \"It ended a little bit at a time, in a lot of rooms with a lot of counselors.\"",
    "Today he volunteers with a peer support group that meets on Thursday evenings at a church in North Highlands, where younger veterans of Iraq and Afghanistan come to talk. Some have lost more friends to suicide than to combat, he said.",
    "Asked whether the war was worth it, he paused for a long time. \"I don't know how to answer that,\" he said. \"I know the guys I served with were worth it. That's what I hold on to.\"",
    "The Sacramento VA Medical Center will hold a remembrance ceremony for Iraq veterans on Saturday at 10 a.m. The Veterans Crisis Line is available by dialing 988 and pressing 1.",
], [], "Veteran profile on the 20th anniversary of the Iraq invasion; old battles recalled with dates, aggregate war tolls; not coded."))

# 36 AFP wire: Syria, Turkish drone strike near Qamishli and IS ambush
p = "2022-10-05"
s1 = "A Turkish drone strike on a car near Qamishli in northeast Syria on Monday killed three fighters of the US-backed Syrian Democratic Forces, the Syrian Observatory for Human Rights said."
s2 = "On Sunday, Islamic State group jihadists ambushed a bus carrying soldiers near Al-Shoula in the desert of Deir Ezzor province, killing nine of them, the Britain-based war monitor said."
A(art(p, "Turkish drone kills three Kurdish-led fighters in Syria: monitor", "Tampa Bay Times (AFP)", [
    "BEIRUT (AFP) - " + s1,
    "The SDF, which is spearheaded by the Kurdish People's Protection Units (YPG), confirmed the deaths in a statement and accused Ankara of \"escalating attacks on our region\". It said one of the dead was a local commander.",
    "Turkey considers the YPG an offshoot of the Kurdistan Workers' Party (PKK), which has waged an insurgency against the Turkish state since 1984 and is blacklisted as a terrorist group by Ankara and its Western allies. Ankara has carried out dozens of drone strikes against Kurdish targets in northern Syria this year and has threatened a new ground offensive.",
    s2,
    "The Observatory, which relies on a network of sources inside Syria, said the jihadists opened fire on the bus with machine guns and rocket-propelled grenades. Syrian state media said \"terrorists\" had attacked a military bus in the area but gave no toll.",
    "Despite losing the last scrap of its self-declared \"caliphate\" in 2019, IS continues to wage a low-level insurgency, with sleeper cells hiding out in the vast Syrian desert, known as the Badia, and attacking government forces and the SDF.",
    "The war in Syria has killed nearly half a million people and displaced millions since it erupted in 2011 with the brutal repression of anti-government protests.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8, "Syrian Democratic Forces", 2, "Syria",
       "Al Hasakah", "Qamishli", 37.0522, 41.2317, 2, wd(p, "Monday"), fat=3, evid=[s1],
       note="Turkish drone strike near Qamishli on Monday; three SDF fighters killed per the Syrian Observatory (not a party)."),
    ev("Battles", "Armed clash", "Islamic State", 2, "Military Forces of Syria", 1, "Syria", "Deir ez-Zor", "Al-Shoula",
       35.1170, 40.0830, 2, wd(p, "Sunday"), fat=9, evid=[s2],
       note="IS ambush on a bus carrying soldiers near Al-Shoula on Sunday; nine soldiers killed per the Observatory. Attack on soldiers coded as an armed clash (borderline: no return fire reported).")],
    "Two events: the drone strike near Qamishli and the IS ambush near Al-Shoula; the year's strike tally and war toll are aggregates."))

# 37 Ottawa court case: threats (not coded)
A(art("2022-09-29", "Man who threatened to 'storm' MP's office pleads guilty", "Ottawa Citizen", [
    "An Ottawa man who left a string of voicemails threatening to \"storm\" the constituency office of a Liberal MP and \"deal with\" her staff pleaded guilty on Wednesday to uttering threats.",
    "Gerald Pelletier, 54, of Orleans, appeared by video from the Ottawa-Carleton Detention Centre, where he has been held since his arrest in March. According to an agreed statement of facts read in court, he called the office 11 times over two days, angry about vaccine mandates.",
    "In one message, he said he and \"a few friends\" would come with \"more than signs\" and that the staff \"had better not be there\". Staff locked the office and called police.",
    "Assistant Crown attorney Moiz Karimjee said Pelletier did not own firearms and there was no evidence that anyone else was involved. He noted, however, that the calls came weeks after the occupation of downtown Ottawa by the so-called Freedom Convoy, when many public officials reported a surge in threats.",
    "Defence lawyer Anne Marie Leclair said her client had been isolated during the pandemic, was drinking heavily and had no intention of carrying out the threats. \"He is deeply ashamed,\" she said.",
    "The MP's office said in a statement that staff were \"still shaken\" but grateful for the support of police.",
    "Justice Catherine Kehoe will sentence Pelletier in November. The Crown is seeking six months, which he has already served.",
], [], "Guilty plea over threats; threats and a court case, not coded. The convoy occupation is only recalled."))

# 38 Winnipeg Grey Cup celebration (not a protest)
A(art("2019-11-27", "Thousands pack downtown to welcome Grey Cup champion Bombers home", "Winnipeg Free Press", [
    "They waited 29 years. They were not going to let a little cold stop them.",
    "Thousands of Blue Bombers fans packed The Forks and lined Portage Avenue on Tuesday afternoon to welcome home the Grey Cup champions, braving a windchill of -25 to cheer a team that ended the longest title drought in the CFL.",
    "The parade, led by a convoy of fire trucks and flatbeds, rolled from the Hudson's Bay building to The Forks, where players hoisted the trophy on a stage to a roar that could be heard across the river in St. Boniface. Quarterback Zach Collaros, who arrived in a midseason trade, was mobbed by fans chanting his name.",
    "\"This is for every single person who stood in the snow at Canad Inns and wondered if it would ever happen,\" head coach Mike O'Shea told the crowd.",
    "Police said the celebration was peaceful, with only a handful of people ticketed for public drinking. On Sunday night, after the 33-12 win over Hamilton in Calgary, a few hundred fans had spilled onto Portage and Main, which has been closed to pedestrians since 1979, and police let them celebrate for about an hour before clearing the intersection.",
    "Sunday's win brought an entire city out of its seats. Bars on Osborne Street stayed open late, and the Winnipeg Jets played the game on the big screen at Bell MTS Place before their own game on Tuesday.",
    "Mayor Brian Bowman said the city would hold a civic reception for the team next month. \"Winnipeg has been hungry for this for a long time,\" he said.",
], [], "Sports celebrations and a parade; not a protest or riot, not coded."))

# 39 Tampa: CENTCOM change of command (war words, no dated event)
A(art("2022-04-02", "New CENTCOM commander takes over at MacDill amid tensions with Iran", "Tampa Bay Times", [
    "Army Gen. Michael Kurilla took command of U.S. Central Command on Friday in a ceremony at MacDill Air Force Base, inheriting responsibility for American forces across a region where Iran-backed militias, the Islamic State and rising tensions with Tehran keep troops on alert.",
    "Kurilla, a veteran of combat tours in Iraq and Afghanistan who was wounded in a firefight in Mosul in 2005, replaces Marine Gen. Frank McKenzie, who oversaw the chaotic withdrawal from Afghanistan last August.",
    "Defense Secretary Lloyd Austin, who led Central Command himself from 2013 to 2016, presided over the ceremony. He praised McKenzie for \"steady leadership through some of the hardest days our military has known\" and said Kurilla was taking over \"at a consequential time\".",
    "Central Command, headquartered in Tampa since 1983, is responsible for U.S. military operations in 21 countries stretching from Egypt to Kazakhstan. About 40,000 U.S. troops are stationed in the region, including roughly 2,500 in Iraq and 900 in Syria, where they support local forces fighting remnants of the Islamic State.",
    "In his remarks, McKenzie warned that Iran's ballistic missile and drone programs posed \"the pre-eminent threat to regional stability\" and said the command would have to do more with fewer resources as the Pentagon shifts its attention to China and Russia.",
    "The ceremony drew about 300 guests, including Gov. Ron DeSantis and Tampa Mayor Jane Castor. MacDill, on the southern tip of the Interbay Peninsula, is one of Tampa's largest employers, with more than 15,000 military and civilian workers.",
    "McKenzie, 65, will retire after 42 years in uniform. He has not announced his plans.",
], [], "Change of command ceremony with conflict vocabulary; old firefights and the Afghanistan withdrawal recalled; not coded."))

# 40 Belfast Telegraph: aggravated burglary (crime, not paramilitary)
A(art("2024-01-18", "Pensioner tied up and robbed in west Belfast aggravated burglary", "Belfast Telegraph", [
    "A 78-year-old man was tied up and threatened with a knife by two masked men who forced their way into his home in west Belfast on Tuesday night, police have said.",
    "The men broke in through the back door of the house on the Glen Road at around 10.15pm. They bound the pensioner's hands with cable ties and demanded money before searching the property. They left with a sum of cash, two watches and his bank cards.",
    "The man managed to free himself after about an hour and raised the alarm with a neighbour. He was treated in hospital for cuts to his wrists and shock but has since been discharged.",
    "Detective Sergeant Louise Watterson said: \"This was a cowardly attack on a vulnerable older man in his own home. There is no indication at this stage that this was paramilitary-related; we believe the motive was purely financial.\"",
    "A 32-year-old man was arrested in the Andersonstown area on Wednesday afternoon on suspicion of aggravated burglary and remains in custody.",
    "Local councillor Ciaran Beattie said the community was \"disgusted\" and urged older people living alone to make sure their doors were locked and to sign up for a free security check offered by the PSNI's crime prevention team.",
    "Anyone with information is asked to contact police on 101, quoting reference 1785 of 16/01/24.",
], [], "Aggravated burglary and one arrest; ordinary crime, police say not paramilitary; not coded."))

# 41 AFP wire: Sahel UN report (aggregate)
A(art("2024-01-25", "Jihadist violence in Sahel killed record numbers in 2023: UN", "Winnipeg Free Press (AFP)", [
    "DAKAR (AFP) - Jihadist violence in Africa's central Sahel killed more people in 2023 than in any year since the crisis began more than a decade ago, the United Nations said Wednesday, warning that the region's military juntas were losing ground despite bold claims of success.",
    "In a report to the Security Council, the UN's special representative for West Africa and the Sahel, Leonardo Santos Simao, said more than 11,000 people had been killed in Burkina Faso, Mali and Niger last year, most of them in Burkina Faso, where armed groups linked to al-Qaeda and the Islamic State group control or contest large parts of the country.",
    "\"The situation is deteriorating on every front: security, humanitarian and political,\" Simao told council members. \"Civilians are paying the heaviest price.\"",
    "The report said attacks on civilians by armed forces and allied militias had also risen, citing \"credible allegations\" of mass killings in several villages. It did not name specific incidents.",
    "The three countries, all ruled by soldiers who seized power in coups between 2020 and 2023, have expelled French troops and formed an alliance, the Alliance of Sahel States. Mali has also forced out the UN peacekeeping mission MINUSMA, which completed its withdrawal last month after a decade.",
    "Burkina Faso's military government rejected the figures as \"fanciful\" and accused the UN of \"relaying propaganda\". Its spokesman said the army and volunteer fighters had retaken \"vast areas\" of territory.",
    "More than 3 million people have been displaced in the three countries, according to UN figures, and nearly 6,000 schools have closed.",
    "Simao urged the juntas to set dates for returning to civilian rule and called on the international community not to \"turn its back\" on the region. \"Isolation will only benefit the terrorists,\" he said.",
    "Security Council members are expected to discuss the future of UN engagement in the Sahel at a meeting next month.",
], [], "UN report with aggregate yearly tolls and undated claims; no specific dated event, not coded."))

# 42 Reuters wire: Gaza ceasefire talks (hard: negotiations, no agreement)
A(art("2024-05-04", "Hamas delegation heads to Cairo as mediators push for Gaza truce", "The Kansas City Star (Reuters)", [
    "CAIRO (Reuters) - A Hamas delegation was due in Cairo on Saturday for talks on a proposed ceasefire in Gaza, as Egyptian and Qatari mediators pressed the group and Israel to agree to a deal that would pause the fighting and free hostages.",
    "The proposal, details of which were shared with Reuters by two sources briefed on the talks, would begin with a truce of up to 40 days during which Hamas would free women, elderly and sick hostages in exchange for Palestinian prisoners held in Israeli jails. Later stages would discuss a \"sustainable calm\".",
    "A Hamas official said the group was studying the proposal \"in a positive spirit\" but repeated its demand that any agreement lead to a permanent end to the war and a full Israeli withdrawal from Gaza.",
    "Israeli Prime Minister Benjamin Netanyahu has said Israel will push ahead with an offensive on the southern city of Rafah, where more than a million displaced Palestinians are sheltering, \"with or without a deal\". Washington has urged Israel not to launch a major ground assault without a credible plan to protect civilians.",
    "CIA Director William Burns, who has been a key player in the negotiations, was expected to arrive in Cairo later in the day, an Egyptian security source said.",
    "The war began when Hamas-led gunmen stormed into southern Israel on Oct. 7, killing about 1,200 people and taking more than 250 hostages, according to Israeli tallies. Israel's military campaign has since killed more than 34,000 Palestinians, according to Gaza health authorities.",
    "A week-long truce in November, the only pause in the fighting so far, saw the release of more than 100 hostages.",
    "Aid agencies say famine is setting in across parts of Gaza. The United Nations has warned that an assault on Rafah would be \"catastrophic\".",
], [], "Ceasefire negotiations without an agreement; talks, threats of an offensive and past truces are not events; not coded (borderline only in vocabulary)."))

# 43 Milwaukee crash (accident)
A(art("2021-02-08", "Three killed in wrong-way crash on I-94 in Waukesha County", "Milwaukee Journal Sentinel", [
    "Three people were killed early Sunday when a wrong-way driver collided head-on with an SUV on Interstate 94 near Pewaukee, the Waukesha County Sheriff's Office said.",
    "Deputies received several 911 calls shortly after 2 a.m. about a car traveling east in the westbound lanes near the Highway F exit. Minutes later, the car, a black Chevrolet Malibu, struck a Ford Explorer carrying a family from Oconomowoc who were returning from a birthday party in Milwaukee.",
    "The driver of the Malibu, a 26-year-old Milwaukee man, and two passengers in the Explorer, a 49-year-old woman and her 17-year-old daughter, died at the scene. The woman's husband, who was driving, was flown to Froedtert Hospital with serious injuries.",
    "Sheriff Eric Severson said investigators were waiting for toxicology results but that \"impairment is suspected\". The westbound lanes were closed for about five hours.",
    "It was the third wrong-way crash on freeways in southeastern Wisconsin since December. The state Department of Transportation has begun installing flashing \"Wrong Way\" signs on some ramps in the Milwaukee area.",
    "Friends set up an online fundraiser for the family on Sunday afternoon. By evening, it had raised more than $40,000.",
], [], "Road accident; not coded."))

# 44 Kansas City council budget fight with planned protest (future)
A(art("2020-06-11", "Council braces for showdown over police budget as activists plan rally", "The Kansas City Star", [
    "The battle over how much money Kansas City should spend on its police department is headed for a showdown at City Hall next week, as activists plan a rally outside the council's Thursday meeting and the mayor signals he will not back deep cuts.",
    "A coalition of community groups, including the Kansas City Justice Project and several churches on the city's East Side, is calling on the council to move $50 million from the police budget to housing, mental health services and violence prevention programs. Organizers say they expect hundreds of people at a rally set for 5 p.m. Thursday on the south steps of City Hall.",
    "\"We've marched. We've knelt. Now we want to see it in the budget,\" said the Rev. Darron Edwards, one of the organizers.",
    "Mayor Quinton Lucas said at a news conference Wednesday that he supported \"real reform\", including more oversight and a new policy on use of force, but not what he called \"defunding in name only\". Kansas City, he noted, recorded 150 homicides last year, one of the highest rates in the country.",
    "Kansas City is one of the few big cities in the U.S. that does not control its own police department, which is overseen by a board mostly appointed by the governor. The city must by law spend at least 20% of its general revenue on the department.",
    "Councilwoman Melissa Robinson said she would introduce an ordinance to shift some money to a new violence prevention office. \"This is not an attack on officers,\" she said. \"It's about what actually keeps people safe.\"",
    "The Fraternal Order of Police called the proposal \"reckless\" and warned of a wave of retirements if it passed.",
    "The council must approve a budget amendment by the end of the month.",
], [], "Budget politics with combat metaphors and a rally planned for next week; future, not coded. Past marches are undated."))

# 45 Bristol Post: Colston statue in museum (old toppling recalled with date)
A(art("2021-06-05", "Toppled Colston statue goes on display at M Shed, graffiti and all", "Bristol Post", [
    "The statue of slave trader Edward Colston, which was pulled down and thrown into Bristol Harbour during a Black Lives Matter protest on June 7 last year, has gone on public display for the first time since it was recovered.",
    "The bronze figure is lying on its back in a temporary exhibition at M Shed, still covered in the paint and graffiti sprayed on it that afternoon. Placards from the protest are laid out beside it, alongside a timeline of the campaign to remove the statue going back more than 30 years.",
    "Visitors are being asked to fill in a survey on what should happen to it next. Options include keeping it in a museum, returning it to its plinth on the Centre with new wording, or something else entirely.",
    "Ray Barnett, head of collections and archives at Bristol Museums, said the aim was to start a conversation, not to end one. \"People feel very strongly about this, on all sides. We want to hear from as many Bristolians as possible,\" he said.",
    "The statue was erected in 1895, more than 170 years after Colston's death. As an official of the Royal African Company, he was involved in the transport of more than 80,000 enslaved Africans, thousands of whom died at sea.",
    "Four people have been charged with criminal damage in connection with the toppling and are due to stand trial at Bristol Crown Court in December. They deny the charges.",
    "On the opening morning, a steady stream of visitors filed past. \"I was there on the day, and it still gives me goosebumps,\" said Lena Adeyemi, 24, from St Pauls. Another visitor, a man in his 70s from Clifton who did not want to be named, said he thought the statue should go back up.",
    "The exhibition is free and runs until January. The plinth on the Centre remains empty.",
], [], "Museum exhibition; the June 2020 toppling is a year old, recalled with its date, and the trial is future; not coded."))
