# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 16 Pakistan, Kech: IED on FC vehicle near Turbat
p = "2021-07-15"
s1 = "Three Frontier Corps personnel were killed and two others injured when a roadside bomb struck their vehicle on the outskirts of Turbat in Kech district on Wednesday, officials said."
s2 = "Kech Deputy Commissioner Hussain Jan Baloch said the improvised explosive device had been planted along the road to Absar and was detonated by remote control as a patrol passed at around 11am."
s3 = "The banned Baloch Liberation Army claimed responsibility in a statement to the media, saying eight soldiers had been killed."
A(art(p, "Three FC men martyred in Turbat blast", "The Express Tribune", [
    s1,
    s2,
    "The injured were shifted to the Teaching Hospital Turbat, where one of them was said to be in critical condition. Security forces cordoned off the area and launched a search operation.",
    s3,
    "Balochistan Chief Minister Jam Kamal Khan condemned the attack and said that \"enemies of peace\" would not succeed in derailing development in the province.",
    "Kech district, which borders Iran, has seen a string of attacks on security forces in recent months. In May, four FC personnel were killed in an attack on a post in Buleda, according to officials.",
    "Separately, police in Quetta said they had arrested two suspects in connection with a hand grenade attack on a shop in the city last month.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Baloch Liberation Army", 2, "Military Forces of Pakistan", 1, "Pakistan", "Balochistan",
       "Turbat", 26.0023, 63.0440, 2, wd(p, "Wednesday"), fat=3, inj=2,
       claimed=[{"low": 8, "high": 8, "claimant": "Baloch Liberation Army", "text": "saying eight soldiers had been killed"}],
       evid=[s1, s2, s3],
       note="Remote-detonated IED on an FC patrol on the outskirts of Turbat (precision 2), claimed by the BLA: 3 killed (district administration); BLA's 8 is a claim."),
    ],
    "One event (Turbat IED, Wednesday 14 Jul). The May Buleda attack and the Quetta arrests for last month's grenade attack (ordinary suspects, no day) are not coded."))

# 17 Baytown refinery fire (no event)
A(art("2019-03-19", "Explosion, fire at Baytown plant injures two workers", "Houston Chronicle", [
    "Two contract workers were injured Saturday when an explosion triggered a fire at a chemical plant in Baytown, sending a column of black smoke over Interstate 10 and prompting a shelter-in-place order for nearby neighborhoods.",
    "The blast happened at around 2:15 p.m. in a processing unit that was being restarted after maintenance, a company spokeswoman said. Both workers were taken to Memorial Hermann hospital with burns. One was listed in serious condition.",
    "The Baytown Fire Department and the plant's own fire brigade fought the blaze for nearly four hours. The shelter-in-place order was lifted at about 7 p.m. after air monitoring found no dangerous levels of benzene.",
    "Harris County Judge Lina Hidalgo said her office would \"fight for answers\" and for stricter enforcement. It was the second major industrial fire in the county in a week, after a tank farm blaze in Deer Park that burned for three days.",
    "Environmental groups said residents of the east Harris County industrial corridor live under constant threat. \"It's like living next to a war zone,\" said Juan Parras, founder of Texas Environmental Justice Advocacy Services.",
    "The U.S. Chemical Safety Board said it was gathering information.",
], [], "Industrial explosion and fire: accident; 'fight' and 'war zone' are figurative. Nothing coded."))

# 18 Philippines, Northern Samar: army-NPA clash with competing claims
p = "2019-09-24"
s1 = "Soldiers of the Army's 20th Infantry Battalion clashed with about 30 New People's Army rebels in Barangay Mabini, Las Navas, Northern Samar, on Sunday morning, the military said."
s2 = "Lt. Col. Juan Carlo Sotto, the battalion commander, said three rebels were killed in the 40-minute firefight and that one soldier was wounded."
s3 = "In a statement, the NPA's Efren Martires Command in Northern Samar said only one of its fighters had died and claimed that five soldiers had been killed."
A(art(p, "Army, NPA trade claims after Las Navas clash", "Philippine Daily Inquirer", [
    "TACLOBAN CITY - " + s1,
    s2,
    "Troops were responding to reports from residents that armed men were collecting \"revolutionary taxes\" from farmers in the upland village, he added. Two M16 rifles and a backpack containing documents were recovered.",
    s3,
    "The Army denied losing any soldier. Neither claim could be independently verified; the village is a two-hour walk from the nearest road.",
    "Northern Samar is among the provinces where the NPA, the armed wing of the Communist Party of the Philippines, remains most active. The military says it aims to end the half-century-old insurgency in Eastern Visayas by 2022.",
    "Lawmakers from the Makabayan bloc called for a fact-finding mission, citing reports that two farmers were taken by soldiers for questioning after the encounter.",
], [ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "New People's Army", 2, "Philippines", "Eastern Visayas",
       "Las Navas", 12.3400, 125.0300, 2, wd(p, "Sunday"),
       claimed=[{"low": 3, "high": 3, "claimant": "Military Forces of the Philippines", "text": "three rebels were killed in the 40-minute firefight"},
                {"low": 1, "high": 1, "claimant": "New People's Army", "text": "only one of its fighters had died"},
                {"low": 5, "high": 5, "claimant": "New People's Army", "text": "five soldiers had been killed"}],
       evid=[s1, s2, s3],
       note="Army-NPA firefight in Barangay Mabini, Las Navas (a village of the municipality: precision 2 at Las Navas), Sunday 22 Sep. Only party tolls, and they differ: fatalities null, all tolls as claims."),
    ],
    "One event. Tolls only from the two sides (army 3 rebels, NPA 1 rebel + 5 soldiers), unverified: fatalities null, claims kept. The farmers 'taken for questioning' is an allegation without detail, not coded separately."))

# 19 Sacramento teachers announce strike date (no event)
A(art("2022-03-17", "Sacramento teachers set strike date as talks stall", "The Sacramento Bee", [
    "The Sacramento City Teachers Association said Wednesday that its members will walk off the job next Wednesday unless the school district agrees to hire more substitutes and restore health benefits, in what would be the district's first strike in decades.",
    "The union's board voted unanimously to set the date after months of negotiations that both sides described as frustrating. The classified staff union, which represents bus drivers and cafeteria workers, said it would join the strike.",
    "\"We have been fighting for safe staffing all year. Our students deserve a teacher in every classroom,\" union president David Fisher said at a news conference outside the district headquarters.",
    "Superintendent Jorge Aguilar said the district could not afford the union's demands without cuts elsewhere and urged teachers to return to the bargaining table. The district says it will keep schools open with substitute teachers if a strike goes ahead.",
    "About 40,000 students attend the district's 76 schools. Parents' groups said they were scrambling to make arrangements for childcare.",
    "The two sides are scheduled to meet again with a state mediator on Friday.",
], [], "A strike announced for next week: a future/threatened strike, not coded. The union's news conference is not a protest."))

# 20 USA, Portland: two nights of protest at the ICE building
p = "2025-06-16"
s1 = "Federal officers fired tear gas and pepper balls on Saturday evening to clear several hundred protesters who had gathered at the U.S. Immigration and Customs Enforcement building on South Macadam Avenue, blocking its driveway."
s2 = "The crowd had marched peacefully from the South Waterfront earlier in the afternoon, chanting and carrying signs against deportations."
s3 = "On Sunday night the mood turned more violent: a smaller group threw rocks, bottles and fireworks at officers, set a fire against the building's gate and smashed the windows of a security booth."
s4 = "Portland police declared a riot shortly before midnight and arrested five people on charges including assaulting a public safety officer and arson."
A(art(p, "Tear gas, arrests as protests at Portland ICE building stretch into second night", "The Oregonian", [
    s1,
    s2,
    "Organizers said the protest was part of a wave of demonstrations against immigration raids in Los Angeles, where the National Guard was deployed last week.",
    s3,
    s4,
    "Two officers suffered minor injuries, police said. Several protesters were treated by volunteer medics for the effects of tear gas.",
    "Mayor Keith Wilson said he supported the right to protest but \"not the destruction of property or violence against anyone.\" A spokesperson for the Department of Homeland Security called the protesters \"rioters\" and said the building would be defended.",
    "The ICE facility has been the site of repeated protests since 2018, when demonstrators camped outside it for more than a month.",
], [ev("Protests", "Protest with intervention", "Protesters (United States)", 6, "Police Forces of the United States", 1, "United States", "Oregon",
       "Portland", 45.5152, -122.6784, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Saturday: peaceful march and blockade of the ICE driveway cleared with tear gas and pepper balls by federal officers: protest with intervention."),
    ev("Riots", "Violent demonstration", "Rioters (United States)", 5, "Police Forces of the United States", 1, "United States", "Oregon",
       "Portland", 45.5152, -122.6784, 1, wd(p, "Sunday"), inj=2, evid=[s3, s4],
       note="Sunday night: rocks and fireworks thrown at officers, a fire set at the gate, riot declared, 5 arrested: violent demonstration. 2 officers injured.")],
    "Two events, one place on two days (Sat 14 and Sun 15 Jun): first peaceful and cleared, then violent. Los Angeles protests and the 2018 camp are background."))

# 21 Wakefield teenager convicted of plot (no event)
A(art("2020-02-07", "Wakefield teenager guilty of planning attack on synagogue", "Yorkshire Evening Post", [
    "A 17-year-old boy from Wakefield has been found guilty of preparing acts of terrorism after a trial at Leeds Crown Court heard he had researched explosives and drawn up a list of targets, including a synagogue in Leeds.",
    "The teenager, who cannot be named because of his age, was arrested at his home in March last year by officers from Counter Terrorism Policing North East, who found a notebook containing bomb-making instructions and far-right slogans.",
    "The jury heard that he had tried to buy chemicals online and had shared videos of the 2019 Christchurch mosque attacks in an online chat group, praising the gunman as a \"hero\".",
    "His defence argued that he was a lonely boy living \"in a fantasy world\" who never intended to carry out an attack.",
    "Judge Guy Kearl QC adjourned sentencing until next month. \"This was a serious plan, and it is fortunate that the police intervened when they did,\" he said.",
    "Detective Chief Superintendent Martin Snowden said the case showed \"the real danger of young people being radicalised online\".",
], [], "Court verdict on a plot; the arrest was last year: a plan and an old arrest, not coded."))

# 22 Limerick hurling (no event)
A(art("2021-07-19", "Limerick win Munster battle as Cork fall short", "Limerick Leader", [
    "Limerick retained their Munster senior hurling title after a ferocious battle with Cork at Semple Stadium in Thurles on Sunday, winning 2-25 to 1-23.",
    "The All-Ireland champions were behind by four points at half-time, but an attack led by Gearóid Hegarty turned the game in the third quarter. Hegarty's goal in the 47th minute put Limerick ahead for the first time.",
    "Cork fought back with a Patrick Horgan free and a point from Shane Kingston, but Limerick's defence held firm under a late siege, and Aaron Gillane's frees sealed the win.",
    "\"That was a war out there,\" said manager John Kiely. \"Cork threw everything at us and we had to dig deep.\"",
    "Only 2,000 supporters were allowed into the ground under public health rules. Crowds gathered outside pubs on O'Connell Street in Limerick city to watch the game on screens.",
    "Limerick now go straight into the All-Ireland semi-final next month, while Cork face a qualifier against Clare.",
], [], "Sport report full of war words (battle, attack, siege, war); nothing coded."))

# 23 Winnipeg: march for landfill search
p = "2023-07-11"
s1 = "More than 1,000 people marched through downtown Winnipeg on Monday to demand that the province pay for a search of the Prairie Green landfill for the remains of two First Nations women."
s2 = "The march, led by relatives of Morgan Harris and Marcedes Myran, set off from the Manitoba Legislative Building at noon and ended at The Forks with drumming and a round dance. Police said it passed without incident."
A(art(p, "Hundreds march in Winnipeg to demand landfill search", "Winnipeg Free Press", [
    s1,
    s2,
    "\"Search the landfill\" was written on placards, jingle dresses and the sides of vehicles that honked as they passed. Some marchers had travelled from Long Plain First Nation, where Myran's family lives.",
    "Premier Heather Stefanson last week said the province would not fund a search, citing a federal study that said the work could expose workers to toxic substances and take up to three years.",
    "\"They found a way to put them there. They can find a way to bring them home,\" said Cambria Harris, Morgan Harris's daughter, speaking to the crowd at the Legislature.",
    "The families have also asked the federal government, which funded the feasibility study, to share the cost of a search, estimated at up to $184 million.",
    "Organizers said they would hold another march on Saturday in Brandon.",
], [ev("Protests", "Peaceful protest", "Protesters (Canada)", 6, None, None, "Canada", "Manitoba",
       "Winnipeg", 49.8951, -97.1384, 1, wd(p, "Monday"), evid=[s1, s2],
       note="Peaceful march in downtown Winnipeg on Monday 10 Jul."),
    ],
    "One event. The march in Brandon on Saturday is announced (future), not coded."))

# 24 INMO strike dates (no event)
A(art("2019-01-08", "Nurses to strike for 24 hours from January 30", "The Irish Times", [
    "Nurses and midwives will stage a series of 24-hour strikes beginning on January 30th after the Irish Nurses and Midwives Organisation (INMO) said talks with the Department of Health had failed to address a recruitment and retention crisis.",
    "The union said about 37,000 members would withdraw their labour on six days in February, with emergency and life-saving care to be maintained. Psychiatric nurses in the Psychiatric Nurses Association have already voted for a separate overtime ban.",
    "INMO general secretary Phil Ní Sheaghdha said the strike was \"a last resort\" and that nurses were leaving for Australia and the UK because pay was not competitive.",
    "Minister for Health Simon Harris said the Government could not break the public sector pay agreement and warned that a strike would cause serious disruption to patients.",
    "The HSE said it had begun contingency planning and that thousands of outpatient appointments and elective procedures would be cancelled on strike days.",
    "It will be the first national strike by nurses since 1999.",
], [], "Strike announced for later dates: future, not coded."))

# 25 Galway fire (no event)
A(art("2022-12-02", "Residents evacuated as fire guts Galway city centre building", "Connacht Tribune", [
    "Some 30 residents of apartments on Dominick Street in Galway city were evacuated in the early hours of Wednesday after a fire broke out in a vacant restaurant below.",
    "Galway Fire Service sent five units and crews fought the blaze for more than three hours. Nobody was injured, though two residents were treated at the scene for smoke inhalation.",
    "Chief Fire Officer Gerry Carty said the fire had spread quickly through the roof space. \"The crews did a superb job to stop it reaching the neighbouring buildings,\" he said.",
    "Gardaí said the cause of the fire was not yet known, and that a technical examination would take place once the building was made safe. The street was closed to traffic for most of the day.",
    "Local councillor Niall McNelis said the building had been empty for more than two years and had been a target for anti-social behaviour.",
    "Galway City Council said the displaced residents had been found emergency accommodation.",
], [], "Building fire of unknown cause: not coded."))

# 26 Myanmar: air strike in Kani township (wire)
p = "2024-02-20"
s1 = "Military jets bombed the village of Ywar Thit in Kani township of Myanmar's Sagaing region on Sunday afternoon, killing at least 17 civilians, including six children, a rescue worker said."
s2 = "The local People's Defence Force, which fights the junta in the area, said 28 people had been killed."
A(art(p, "Myanmar air strike kills at least 17 in Sagaing village, rescuers say", "The Philippine Star", [
    "BANGKOK (AFP) - " + s1,
    "\"We recovered 17 bodies from the rubble of the monastery and houses around it. Some people are still missing,\" the rescuer told AFP by phone, asking not to be named for security reasons. About 30 people were wounded.",
    s2,
    "Junta spokesman Zaw Min Tun told state media that the military had targeted a meeting of \"terrorists\" and denied that civilians were killed.",
    "Sagaing, in the country's dry zone, has been a stronghold of resistance since the 2021 coup. The military has increasingly relied on air power as its ground troops have lost territory to ethnic armed groups and PDFs across the country.",
    "According to the Assistance Association for Political Prisoners, more than 4,400 civilians have been killed by the military since the coup. Independent verification of casualties is difficult because of internet and phone cuts in much of the region.",
    "Myanmar's regional neighbours in ASEAN have called for an end to violence, with little effect.",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing",
       "Ywar Thit", 22.4300, 94.8500, 2, wd(p, "Sunday"), fat=17, inj=30,
       claimed=[{"low": 28, "high": 28, "claimant": "People's Defence Force", "text": "28 people had been killed"}],
       evid=[s1, s2],
       note="Junta air strike on Ywar Thit village, Kani township (coordinates of Kani, precision 2), Sunday 18 Feb: 17 killed (rescue worker); the PDF's 28 is a party claim; the junta denial does not change the coding. Wounded 'about 30' from the rescuer."),
    ],
    "One event. The AAPP's post-coup total is an aggregate, not coded."))

# 27 Calgary-area wildfire (no event)
A(art("2023-05-09", "Thousands evacuated as wildfires rage west of Edmonton and near Rocky Mountain House", "Calgary Herald", [
    "About 16,000 Albertans remained out of their homes on Monday as more than 80 wildfires burned across the province, 24 of them classed as out of control.",
    "In Clearwater County, west of Red Deer, residents of Sundre-area hamlets were told to be ready to leave at 30 minutes' notice as a fire near Rocky Mountain House grew to more than 30,000 hectares.",
    "Premier Danielle Smith declared a provincial state of emergency on Saturday and asked Ottawa for help. Canadian Armed Forces members were to arrive in the province on Tuesday to assist with evacuations and logistics.",
    "\"We are in a battle against the weather,\" said Christie Tucker of Alberta Wildfire. \"Hot, dry and windy conditions are exactly what we do not want.\"",
    "Evacuation centres in Calgary and Edmonton reported a surge of arrivals. Several oil and gas producers shut in production as a precaution.",
    "Environment Canada forecast temperatures near 30 C for the rest of the week with little chance of rain.",
], [], "Wildfires, a state of emergency for a natural disaster and an army deployment for relief: not coded."))

# 28 Polytechnique anniversary (no event)
A(art("2019-12-07", "Beams of light mark 30 years since École Polytechnique massacre", "Montreal Gazette", [
    "Fourteen beams of light pierced the night sky above Mount Royal on Friday, one for each of the women killed at École Polytechnique on Dec. 6, 1989.",
    "Thousands of people gathered at the lookout and at a ceremony at the school's campus, where the names of the victims were read aloud. Prime Minister Justin Trudeau and Quebec Premier François Legault attended.",
    "The gunman, who said he was \"fighting feminism\", separated the men from the women in a classroom before opening fire. He killed himself at the scene.",
    "Survivors and relatives used the anniversary to renew calls for a ban on assault-style weapons. \"Thirty years later we are still waiting,\" said Heidi Rathjen, a student at the school in 1989 who now leads the group PolySeSouvient.",
    "The city officially changed the wording on a plaque at the nearby Place du 6-Décembre-1989 this year to describe the attack as an anti-feminist one.",
    "Vigils were also held in Toronto, Ottawa and Vancouver.",
], [], "Anniversary of a 1989 attack and commemorative vigils (not protests): nothing coded."))

# 29 Vancouver port strike deal (no event)
A(art("2023-07-14", "Tentative deal reached to end B.C. port strike", "Vancouver Sun", [
    "Port workers in British Columbia are expected back on the job on Friday after the union and employers reached a tentative four-year deal, ending a 13-day strike that halted billions of dollars in trade at Canada's busiest ports.",
    "The International Longshore and Warehouse Union Canada and the BC Maritime Employers Association reached the agreement late Wednesday with the help of a federal mediator. Details were not released.",
    "The strike, over wages, automation and contracting out of maintenance work, stopped cargo at more than 30 terminals, including the Port of Vancouver and the Port of Prince Rupert.",
    "Federal Labour Minister Seamus O'Regan had given the parties a deadline to settle or face binding arbitration.",
    "The Greater Vancouver Board of Trade estimated that about $10 billion in goods had been held up. Rail cars loaded with grain and potash were backed up as far as Alberta.",
    "Union members still need to ratify the deal.",
], [], "Labour dispute and its settlement (business news); no public demonstration told. Not coded."))

# 30 Syria war monitor yearly toll (no event)
A(art("2024-01-02", "Syria's war killed over 4,300 in 2023, monitor says", "Dawn", [
    "BEIRUT (AFP): Syria's civil war killed more than 4,300 people in 2023, including 1,889 civilians, the Syrian Observatory for Human Rights said on Monday, the lowest annual toll since the conflict began but one that shows the war is far from over.",
    "The Britain-based monitor, which relies on a network of sources inside the country, said fighters from government forces, rebel groups, Kurdish-led forces and the Islamic State group made up most of the rest.",
    "It said government and Russian air strikes on the northwest, Turkish drone strikes in the Kurdish-held northeast and attacks by IS sleeper cells in the desert accounted for many of the deaths.",
    "The war, which began in 2011 with the brutal repression of peaceful protests, has killed more than half a million people and displaced around half of the country's pre-war population.",
    "A devastating earthquake in February killed nearly 6,000 people in Syria, most of them in rebel-held areas of the northwest. Aid agencies say humanitarian needs are at their highest since the start of the war.",
    "UN envoy Geir Pedersen has called for renewed talks between the government and the opposition.",
], [], "Annual war tally and background: aggregates without place or day, not coded."))
