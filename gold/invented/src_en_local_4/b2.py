# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Hobart peaceful rally
P = "2024-04-15"
A(art(P, "Thousands rally on Parliament lawns against salmon farm expansion", "The Mercury", [
    "Thousands of people gathered on the Parliament House lawns in Hobart on Sunday to demand an end to the expansion of fish farming in Tasmania's southern waterways.",
    "The crowd, estimated by organisers at 4000, heard speeches from marine scientists, a Bruny Island oyster grower and a former fish farm worker, before marching along Salamanca Place. Police said there were no arrests.",
    "Protesters carried banners reading \"Leave our bays alone\" and a giant inflatable salmon. Many said they had noticed algal blooms and dead fish on local beaches over the summer.",
    "Primary Industries Minister Jo Palmer said the industry employed more than 5000 Tasmanians and operated under some of the world's strictest rules. The Tasmanian Salmonid Growers Association said it respected the right to protest but the claims made were \"misleading\".",
    "Organisers said they would take their campaign to Canberra before the federal election.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Australia)", 6, None, None, "Australia", "Tasmania", "Hobart", -42.8821, 147.3272, 1, wd(P, "Sunday"),
       evid=["Thousands of people gathered on the Parliament House lawns in Hobart on Sunday to demand an end to the expansion of fish farming in Tasmania's southern waterways."],
       note="Peaceful rally and march in Hobart; the Canberra campaign is future, not coded."),
], "One peaceful protest."))

# 2 Cardiff robbery: negative
P = "2023-02-07"
A(art(P, "Shop worker threatened with knife in Splott robbery", "WalesOnline", [
    "A shop worker was threatened with a knife during a robbery at a convenience store in Splott, Cardiff, on Sunday evening.",
    "South Wales Police said a man wearing a dark hooded top and a face covering entered the shop on Carlisle Street at about 8.50pm, demanded cash from the till and threatened the 52-year-old worker with a large kitchen knife. He left with several hundred pounds and cigarettes.",
    "The worker was shaken but not physically hurt. Officers searched the area with a dog unit but the man was not found.",
    "Detective Constable Rhys Evans appealed for anyone who was in the area to come forward. \"This was a frightening experience for the victim, who was simply doing his job,\" he said.",
    "It is the second robbery at a shop in the area this month. Police said they were not yet treating the incidents as linked.",
], [], "Robbery: ordinary crime, not coded."))

# 3 Belfast riot
P = "2021-04-09"
A(art(P, "Petrol bombs thrown at police on second night of Belfast disorder", "Belfast Telegraph", [
    "Police came under attack from petrol bombs, bricks and fireworks in west Belfast on Thursday night, the second night of disorder at an interface between loyalist and nationalist areas.",
    "Crowds gathered at the peace line gates on Lanark Way from about 9pm. The PSNI said officers were attacked by youths, some thought to be as young as 13, and a water cannon was deployed for the first time in six years. Seven officers were injured, none seriously.",
    "Assistant Chief Constable Jonathan Roberts said the violence was \"orchestrated\" and that those behind it were \"using young people as cannon fodder\".",
    "On Wednesday night a hijacked bus was set alight on the same road. First Minister Arlene Foster and Deputy First Minister Michelle O'Neill jointly condemned the violence and the Executive was recalled for an emergency meeting on Friday.",
    "Community workers on both sides of the gates said they were working to keep young people off the streets over the weekend.",
], [
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom", "Northern Ireland", "Belfast", 54.5973, -5.9301, 1, wd(P, "Thursday"), inj=7,
       evid=["Police came under attack from petrol bombs, bricks and fireworks in west Belfast on Thursday night, the second night of disorder at an interface between loyalist and nationalist areas."],
       note="Thursday night rioting against police in west Belfast; seven officers injured."),
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, None, None, "United Kingdom", "Northern Ireland", "Belfast", 54.5973, -5.9301, 1, wd(P, "Wednesday"),
       evid=["On Wednesday night a hijacked bus was set alight on the same road."],
       note="Wednesday's first night of disorder (bus hijacked and burned), a separate day; borderline whether it is told as its own event."),
], "Two nights of rioting on Lanark Way, one event each."))

# 4 Toronto police shooting: negative
P = "2022-03-22"
A(art(P, "SIU investigating after man shot by police in Scarborough", "Toronto Star", [
    "Ontario's police watchdog is investigating after a man was shot and wounded by Toronto police officers in Scarborough on Sunday night.",
    "The Special Investigations Unit said officers were called to an apartment building near Kingston Road and Markham Road shortly before 11 p.m. for a report of a man with a knife who had threatened a neighbour. There was an interaction in a stairwell and an officer discharged a firearm.",
    "The man, 34, was taken to a trauma centre with serious but non-life-threatening injuries. No officers were hurt.",
    "The SIU has assigned four investigators and a forensic investigator to the case and is asking anyone with video of the incident to upload it through its website.",
    "The SIU investigates any incident involving police that results in death, serious injury or the discharge of a firearm at a person.",
], [], "Police shooting of a suspect: not coded."))

# 5 El Fasher clash (wire), two events
P = "2024-06-17"
A(art(P, "Fighting rages in Sudan's El Fasher as hospital is shelled", "Reuters via The Independent", [
    "Sudan's army and the paramilitary Rapid Support Forces fought street battles in the besieged city of El Fasher on Saturday, residents said, as the RSF pushed into neighbourhoods in the east of the city.",
    "Medical charity Doctors Without Borders said 11 people were killed on Saturday in the fighting, counting bodies brought to the South Hospital. The army said it had killed \"hundreds\" of RSF fighters, a claim that could not be verified.",
    "On Sunday, artillery shells fired from RSF positions struck the Saudi Hospital, the last functioning hospital in the city with a surgical ward, killing four patients and a nurse, according to a doctor working there.",
    "El Fasher is the last major city in the Darfur region not held by the RSF. The United Nations has warned that more than 800,000 civilians are trapped there, and the World Food Programme says famine is likely in parts of Darfur.",
    "The RSF denied targeting medical facilities and accused the army of using hospitals as bases.",
], [
    ev("Battles", "Armed clash", "Military Forces of Sudan", 1, "Rapid Support Forces", 2, "Sudan", "North Darfur", "El Fasher", 13.6289, 25.3494, 1, wd(P, "Saturday"), fat=11,
       claimed=[{"low": 100, "high": None, "claimant": "Military Forces of Sudan", "text": "hundreds"}],
       evid=["Sudan's army and the paramilitary Rapid Support Forces fought street battles in the besieged city of El Fasher on Saturday, residents said, as the RSF pushed into neighbourhoods in the east of the city.",
             "Medical charity Doctors Without Borders said 11 people were killed on Saturday in the fighting, counting bodies brought to the South Hospital."],
       note="Army vs RSF street fighting; MSF's 11 is the neutral toll, the army's 'hundreds' of RSF is a party claim."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Darfur", "El Fasher", 13.6289, 25.3494, 1, wd(P, "Sunday"), fat=5,
       evid=["On Sunday, artillery shells fired from RSF positions struck the Saudi Hospital, the last functioning hospital in the city with a surgical ward, killing four patients and a nurse, according to a doctor working there."],
       note="Shelling of the hospital on Sunday from RSF positions per a doctor there (neutral); the RSF denial does not undo it. Five dead per the doctor."),
], "Two events on two days; the 800,000 trapped and famine warnings are background."))

# 6 Cork council: negative
P = "2025-02-12"
A(art(P, "Councillors back plan for new cycle route along Douglas Road", "Irish Examiner", [
    "Cork City councillors have voted to proceed with a segregated cycle route along the Douglas Road, despite objections from some residents and business owners.",
    "The €4.2 million scheme will run from the Capwell bus depot to the Douglas village roundabout and will remove about 60 on-street parking spaces. Work is due to start in the autumn and take around 18 months.",
    "Supporters told Monday night's meeting that the route would give children a safe way to cycle to the seven schools along the road. Opponents said the loss of parking would hurt small shops and that the consultation had been rushed.",
    "Lord Mayor Dan Boyle said the council had listened and made changes, including keeping a loading bay outside the pharmacy. \"This is about giving people a real choice in how they travel,\" he said.",
    "The National Transport Authority will fund most of the cost.",
], [], "Council news: not coded."))

# 7 Beni ADF attack (wire)
P = "2023-11-21"
A(art(P, "Rebels kill 17 villagers in eastern Congo, civil society says", "AFP via Sydney Morning Herald", [
    "Suspected Allied Democratic Forces rebels killed at least 17 civilians in an overnight attack on the village of Mamove in Beni territory, eastern Democratic Republic of Congo, a local civil society leader said on Monday.",
    "The attackers, armed with machetes and guns, struck late on Saturday while many residents were asleep and set fire to about 20 homes, said Kizito Bin Hangi, head of civil society in the area. An army spokesman confirmed the attack and said troops were pursuing the attackers.",
    "The ADF, originally a Ugandan rebel group, has pledged allegiance to the Islamic State group and is blamed for thousands of deaths in North Kivu and Ituri provinces since 2014.",
    "Congolese and Ugandan troops have conducted joint operations against the group since late 2021, but attacks on villages have continued.",
], [
    ev("Violence against civilians", "Attack", "ADF: Allied Democratic Forces", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "North Kivu", "Mamove", 0.4911, 29.4731, 2, wd(P, "Saturday"), fat=17,
       evid=["Suspected Allied Democratic Forces rebels killed at least 17 civilians in an overnight attack on the village of Mamove in Beni territory, eastern Democratic Republic of Congo, a local civil society leader said on Monday.",
             "The attackers, armed with machetes and guns, struck late on Saturday while many residents were asleep and set fire to about 20 homes, said Kizito Bin Hangi, head of civil society in the area."],
       note="ADF (suspected) attack on a village in Beni territory: precision 2 with the coordinates of Beni town. 17 dead per civil society (neutral)."),
], "One attack; the ADF's history and tallies are background."))

# 8 NSW bushfire: negative
P = "2019-11-13"
A(art(P, "Homes lost as bushfire races through Mid North Coast", "Port Macquarie News", [
    "At least a dozen homes have been destroyed by a fast-moving bushfire west of Port Macquarie, the NSW Rural Fire Service said on Wednesday.",
    "The fire, which started in the Lake Innes Nature Reserve, jumped containment lines on Tuesday afternoon as winds gusted above 60km/h and temperatures passed 35 degrees. Residents of several rural streets were told it was too late to leave and sheltered in place.",
    "Two firefighters were treated for smoke inhalation. No other injuries were reported.",
    "RFS Commissioner Shane Fitzsimmons said conditions were expected to ease overnight but warned the fire season was \"far from over\". Evacuation centres were opened at Wauchope and Port Macquarie.",
    "The cause of the fire is under investigation, but police said there was nothing to suggest it was deliberately lit.",
], [], "Bushfire: not coded."))

# 9 Nairobi arrest of opposition MP (wire)
P = "2023-07-21"
A(art(P, "Kenyan police arrest opposition MP ahead of protests", "Reuters via The Times", [
    "Kenyan police arrested an opposition member of parliament at his home in Nairobi on Thursday, his lawyer said, hours after he called on supporters to join anti-government protests over tax rises.",
    "Babu Owino, who represents Embakasi East, was taken to a police station in the capital and questioned over allegations of incitement, lawyer Danstan Omari told reporters. Police did not immediately comment.",
    "Opposition leader Raila Odinga has called for three days of demonstrations this week against a finance law that raised fuel taxes. Rights groups say dozens of people have been killed in clashes with police during previous rounds of protests this month.",
    "Interior Minister Kithure Kindiki said on Wednesday that anyone who incited violence would face the full force of the law.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Kenya", 1, "Civilians (Kenya)", 7, "Kenya", "Nairobi", "Nairobi", -1.2864, 36.8172, 1, wd(P, "Thursday"),
       evid=["Kenyan police arrested an opposition member of parliament at his home in Nairobi on Thursday, his lawyer said, hours after he called on supporters to join anti-government protests over tax rises."],
       note="Arrest of an opposition politician. The protests are called or summarised without place and day ('dozens killed this month' is a tally): not coded."),
], "One arrest."))

# 10 GAA brawl: negative
P = "2024-07-16"
A(art(P, "Investigation launched after brawl mars county semi-final", "Limerick Leader", [
    "The county board has launched an investigation after a mass brawl involving players and substitutes broke out at the end of Sunday's senior hurling semi-final in the Gaelic Grounds.",
    "Footage shared on social media shows at least 20 players pushing and trading punches near the halfway line after the final whistle, before officials and stewards separated them. One player was treated for a cut to the head.",
    "The referee's report is expected to recommend suspensions for several players. Gardaí said they had received no complaints and were not investigating.",
    "A statement from the county board said such scenes \"have no place in our games\" and that both clubs would be asked to explain the actions of their players and mentors.",
    "The winners will meet the reigning champions in the county final next month.",
], [], "Sport brawl: not coded."))

# 11 Austin campus protest with arrests
P = "2024-04-26"
A(art(P, "Dozens arrested as state troopers break up UT campus protest", "Austin American-Statesman", [
    "State troopers and university police arrested more than 50 people on Wednesday as they broke up a pro-Palestinian protest on the University of Texas campus in Austin.",
    "Hundreds of students had gathered on the South Lawn at midday for a planned walkout calling on the university to divest from weapons manufacturers. Officers on horseback and in riot gear moved in after organisers refused orders to disperse, pushing the crowd back and carrying some students away.",
    "The Travis County attorney's office said most of those arrested were charged with criminal trespass. A photographer for a local television station was among those detained.",
    "Gov. Greg Abbott wrote on social media that the protesters \"belong in jail\". Faculty members criticised the university's decision to call in state police and called for the charges to be dropped.",
    "A smaller vigil on Thursday evening passed without arrests.",
], [
    ev("Protests", "Protest with intervention", "Protesters (United States)", 6, "Police Forces of the United States", 1, "United States", "Texas", "Austin", 30.2849, -97.7341, 1, wd(P, "Wednesday"),
       evid=["State troopers and university police arrested more than 50 people on Wednesday as they broke up a pro-Palestinian protest on the University of Texas campus in Austin.",
             "Officers on horseback and in riot gear moved in after organisers refused orders to disperse, pushing the crowd back and carrying some students away."],
       note="Campus protest dispersed with mass arrests: protest with intervention (arrests inside the event)."),
    ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "Texas", "Austin", 30.2849, -97.7341, 1, wd(P, "Thursday"),
       evid=["A smaller vigil on Thursday evening passed without arrests."],
       note="Thursday vigil, a separate day: peaceful protest (borderline: vigil with a protest purpose implied)."),
], "Two protest events on two days."))

# 12 Bali bombing memorial in Perth: negative
P = "2022-10-13"
A(art(P, "Perth families gather to mark 20 years since Bali bombings", "The West Australian", [
    "Families of the 16 West Australians killed in the 2002 Bali bombings gathered in Kings Park on Wednesday to mark 20 years since the attacks.",
    "The names of the victims were read aloud at the memorial overlooking the Swan River, and wreaths were laid by Premier Mark McGowan and representatives of the Indonesian consulate. Many of the dead had been members of the Kingsley Football Club, who were on an end-of-season trip.",
    "The bombings at two nightclubs in Kuta killed 202 people, including 88 Australians. Members of the militant group Jemaah Islamiyah were later convicted over the attack.",
    "Survivor Jason McCartney, who suffered burns to half his body, said the anniversary was a time to remember friends and to be grateful for the kindness of strangers. \"The Balinese people were the first to help us,\" he said.",
    "A minute's silence was also held at the Kingsley club's ground.",
], [], "Anniversary of the 2002 Bali bombings: not coded."))

# 13 Queensland nurses strike announced: negative
P = "2023-08-30"
A(art(P, "Nurses to walk off the job next week after pay talks collapse", "Townsville Bulletin", [
    "Nurses and midwives at public hospitals across Queensland will stop work for 24 hours next Wednesday after pay negotiations with the state government broke down, their union has announced.",
    "The Queensland Nurses and Midwives' Union said members had voted overwhelmingly for industrial action after rejecting an offer it said did not address understaffing. Emergency departments and critical care units will keep minimum staffing during the stoppage.",
    "Union secretary Beth Mohle said nurses at Townsville University Hospital had worked double shifts for months. \"Our members are exhausted, and they have had enough,\" she said.",
    "Health Minister Shannon Fentiman said the government's offer was fair and urged the union to return to the table. Queensland Health said elective surgery would be postponed on the day.",
    "It would be the first statewide nurses' strike in more than a decade.",
], [], "Strike announced for next week: future, not coded."))

# 14 Edinburgh planned march: negative
P = "2025-06-04"
A(art(P, "Thousands expected at independence march through capital", "Edinburgh Evening News", [
    "Organisers of a pro-independence march through Edinburgh on Saturday say they expect more than 10,000 people to take part, with roads in the city centre closed for much of the day.",
    "The All Under One Banner procession will gather at Holyrood Park and follow a route along the Royal Mile and Princes Street before ending with a rally in the Meadows. Police Scotland said it would have a significant presence but did not expect problems.",
    "A spokesperson for the organisers said the march would send a message to Westminster that support for independence had not gone away.",
    "City of Edinburgh Council said the closures would begin at 10am and buses would be diverted. Lothian Buses advised passengers to check its website before travelling.",
    "A previous march in the city in 2022 attracted around 8,000 people, according to police.",
], [], "Planned march (future) and a 2022 march (old): not coded."))

# 15 Limerick drug seizure: negative
P = "2021-05-25"
A(art(P, "Cannabis worth €400,000 seized in Limerick city", "Limerick Leader", [
    "Gardaí have seized cannabis herb worth an estimated €400,000 during a search of a house in Limerick city.",
    "Members of the Divisional Drugs Unit, supported by the Armed Support Unit, searched the property in the Garryowen area on Sunday afternoon as part of an operation targeting the sale and supply of drugs in the region.",
    "A man in his 30s was arrested at the scene and is being detained at Henry Street Garda Station under the Criminal Justice (Drug Trafficking) Act. Cash and weighing scales were also seized.",
    "Superintendent Derek Smart said the seizure would have a significant impact on the supply of drugs in the city. \"We will continue to target those involved in this trade,\" he said.",
    "The drugs will be sent to Forensic Science Ireland for analysis.",
], [], "Drug crime: not coded."))

# 16 Lake Victoria boat accident (wire): negative
P = "2020-01-14"
A(art(P, "Dozens feared dead after boat capsizes on Lake Victoria", "AP via Irish Examiner", [
    "At least 18 people died and dozens more are missing after an overloaded passenger boat capsized on Lake Victoria in Uganda on Sunday, police said.",
    "The wooden boat was carrying traders and their goods from the Buvuma islands to the mainland when it was hit by strong winds, Uganda's marine police said. Rescuers pulled 23 people alive from the water.",
    "Survivors said the boat had been carrying more than twice the number of passengers it was licensed for and had no life jackets on board.",
    "Accidents are common on the lake, Africa's largest, where many boats are old and poorly maintained. In 2018 more than 30 people died when a party boat sank near Kampala.",
    "Search teams resumed work on Monday with the help of local fishermen.",
], [], "Boat accident: not coded."))

# 17 Queensland mine closure: negative
P = "2024-10-02"
A(art(P, "Central Queensland coal mine to close early, 300 jobs at risk", "Morning Bulletin", [
    "A coal mine near Blackwater in Central Queensland will close two years earlier than planned, putting about 300 jobs at risk, its owner announced on Tuesday.",
    "The company said falling prices for thermal coal and the cost of rehabilitating the site meant mining would end by June next year. It said it would try to redeploy workers to its other operations in the Bowen Basin.",
    "Central Highlands Mayor Janice Moriarty said the news would hit local businesses hard. \"Blackwater was built on coal, and families here will be worried,\" she said.",
    "The Mining and Energy Union said it would seek urgent talks about redundancy payments and called on the state government to fund a transition plan for the town.",
    "The mine has operated since 1967.",
], [], "Business news: not coded."))

# 18 Mexico homicide tally (wire): negative
P = "2023-01-20"
A(art(P, "Mexico murders fall slightly but remain near record, figures show", "Reuters via Sacramento Bee", [
    "Mexico recorded just over 30,000 homicides in 2022, down about 7 per cent from the previous year but still among the highest totals on record, according to preliminary government figures released on Thursday.",
    "The states of Guanajuato, Baja California and Michoacán again had the most killings, driven largely by fighting between drug cartels for control of trafficking routes and extortion rackets.",
    "President Andrés Manuel López Obrador said the figures showed his \"hugs not bullets\" strategy of tackling the causes of crime was working. Critics said the number of people reported missing had risen sharply, masking the true level of violence.",
    "More than 100,000 people are officially listed as missing in Mexico, most of them since the government launched a military offensive against the cartels in 2006.",
], [], "Annual homicide statistics: aggregate tallies, not coded."))

# 19 Mali JNIM ambush (wire)
P = "2022-08-10"
A(art(P, "Jihadists kill soldiers in attack on Mali army post", "AFP via The Guardian", [
    "Jihadist fighters attacked a Malian army post at Tessit in the country's northeast on Sunday, sparking hours of fighting, the army and local officials said.",
    "A local elected official, speaking on condition of anonymity, said at least 15 soldiers had been killed. The army said in a statement that 17 soldiers had died and that it had killed 20 \"terrorists\" in the fighting, with drones and helicopters called in as reinforcements.",
    "The army blamed the Islamic State in the Greater Sahara. Tessit lies in the so-called three-borders area, where Mali, Niger and Burkina Faso meet and where both al-Qaeda and Islamic State affiliates are active.",
    "Mali's ruling junta has turned away from France and towards Russia for military support. The last French troops left the country this month.",
], [
    ev("Battles", "Armed clash", "Islamic State (Greater Sahara)", 2, "Military Forces of Mali", 1, "Mali", "Gao", "Tessit", 15.0100, 0.3300, 1, wd(P, "Sunday"), fat=15,
       claimed=[{"low": 37, "high": 37, "claimant": "Military Forces of Mali", "text": "17 soldiers had died and that it had killed 20 \"terrorists\""}],
       evid=["Jihadist fighters attacked a Malian army post at Tessit in the country's northeast on Sunday, sparking hours of fighting, the army and local officials said.",
             "A local elected official, speaking on condition of anonymity, said at least 15 soldiers had been killed."],
       note="Attack on an army post with hours of fighting: armed clash. The official's 15 is the neutral toll; the army's 17 soldiers plus 20 militants (37) is a party claim. Attacker named only by the army (borderline)."),
], "One armed clash."))

# 20 Belfast legacy inquest: negative
P = "2024-03-06"
A(art(P, "Legacy inquest opens into 1976 killing of Newry mill worker", "Newry Reporter", [
    "An inquest has opened in Belfast into the death of a Newry mill worker who was shot dead by a loyalist gang as he walked home from work in 1976.",
    "Patrick McGuigan, 42, a father of five, was killed on the Armagh Road in an attack later linked to the so-called Glenanne gang, which included members of the police and the Ulster Defence Regiment. Nobody has ever been convicted.",
    "Counsel for his family told the coroner they hoped the inquest would establish whether the security forces had prior knowledge of the attack. The hearing is expected to last three weeks.",
    "The inquest is one of dozens that must finish before May, when the UK government's Legacy Act brings an end to Troubles inquests. Relatives have criticised the act and the Irish government has challenged it at the European Court of Human Rights.",
    "Mr McGuigan's daughter Bernadette said the family had waited almost 50 years for answers.",
], [], "Inquest into a 1976 killing: old, not coded."))
