from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 26 Kenya protests Nairobi + Kisumu
p = "2023-07-13"
s1 = "A 24-year-old man was shot dead by police in Nairobi's Kibera on Wednesday as officers moved to disperse protesters marching against the Finance Act, witnesses said."
s2 = "Residents said the demonstrators had been chanting and waving branches along the Kibera Drive when police fired tear gas and then live bullets."
s3 = "In Kisumu, hundreds of youths barricaded the Kisumu-Busia highway with burning tyres and pelted police with stones on the same day, leaving two officers injured, according to the county police commander."
s4 = "Police responded with tear gas, and running battles continued in the Kondele and Nyalenda areas into the evening."
A(art(p, "One shot dead in Kibera as Finance Act protests turn chaotic", "The Standard", [
    s1,
    s2,
    "\"He was not throwing stones. He was just standing with us when they shot him in the chest,\" said a friend who was with him. The body was taken to the Kenyatta National Hospital mortuary.",
    "The Independent Policing Oversight Authority said it had opened investigations into the death.",
    s3,
    s4,
    "The opposition Azimio la Umoja coalition has called for three days of protests next week. Interior Cabinet Secretary Kithure Kindiki said the government would not allow \"anarchy disguised as demonstrations\".",
], [ev("Protests", "Excessive force against protesters", "Police Forces of Kenya", 1, "Protesters (Kenya)", 6,
       "Kenya", "Nairobi", "Kibera", -1.3133, 36.7892, 1, wd(p, "Wednesday"), fat=1, evid=[s1, s2],
       note="Police fired live rounds at a peaceful march in Kibera on Wednesday (12 Jul), one killed: excessive force against protesters (the march is told as peaceful)."),
    ev("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "Police Forces of Kenya", 1,
       "Kenya", "Kisumu", "Kisumu", -0.0917, 34.7680, 1, wd(p, "Wednesday"), inj=2, evid=[s3, s4],
       note="Kisumu youths burned tyres and stoned police on the same Wednesday: violent demonstration, a separate place so a separate event; two officers injured per the police commander (borderline: the police are a side, but injuries to their own are taken).")],
    "Two events: Kibera excessive force and Kisumu violent demonstration; next week's protests are future."))

# 27 Philadelphia school board
A(art("2019-05-24", "Philadelphia school board approves $3.3 billion budget", "The Philadelphia Inquirer", [
    "The Philadelphia Board of Education on Thursday night approved a $3.3 billion operating budget for the coming school year that adds nurses, counselors and teachers but leaves a projected deficit in later years.",
    "Superintendent William R. Hite Jr. said the spending plan would put a full-time nurse in every school and expand early literacy programs to all kindergarten classrooms.",
    "About 60 people signed up to speak at the meeting, many of them urging the board to speed up the removal of lead paint and asbestos from aging buildings. Several parents held up photographs of damaged ceilings in their children's classrooms.",
    "District officials said $25 million had been set aside for environmental repairs, but acknowledged that the full cost of fixing the district's buildings runs into the billions.",
    "The budget assumes a modest increase in state funding. Lawmakers in Harrisburg have until June 30 to pass the state budget.",
], [], "Municipal/school politics; public comment at a board meeting is not a demonstration; not coded."))

# 28 Glasgow water main
A(art("2024-02-08", "Thousands without water after main bursts in Glasgow's south side", "Glasgow Times", [
    "Thousands of homes in Glasgow's south side were left without water on Wednesday after a major main burst under Pollokshaws Road.",
    "Scottish Water said the 24-inch main ruptured shortly after 6am, flooding the road and several basements near Shawlands Cross. Engineers worked through the day to isolate the pipe.",
    "Bottled water stations were set up at Queen's Park and at the Shawlands Arcade car park, and a bus diversion was in place for most of the day.",
    "Residents complained of low pressure and discoloured water into the evening. Scottish Water said supplies were gradually being restored and apologised for the disruption.",
    "The firm said the main, laid in the early 1900s, was among the oldest in the city, and that a programme to replace 50 kilometres of Victorian pipes across Glasgow would begin in the spring.",
], [], "Infrastructure failure; not coded."))

# 29 Bijapur encounter
p = "2021-09-16"
s1 = "Three suspected Maoists were killed in an encounter with security forces in a forest near Gangaloor in Chhattisgarh's Bijapur district on Tuesday, the police said."
s2 = "A joint team of the District Reserve Guard and the CRPF was on a search operation when Maoists opened fire, leading to an exchange that lasted nearly an hour, Bijapur Superintendent of Police Kamlochan Kashyap said."
s3 = "One DRG jawan suffered a bullet injury to his leg and was airlifted to Raipur."
A(art(p, "Three Maoists killed in Bijapur encounter, police say", "The Hindu", [
    s1,
    s2,
    "The police said the bodies of three men in uniform, an INSAS rifle and two muzzle-loading guns were recovered from the spot.",
    s3,
    "Villagers from Gangaloor, however, told reporters on Wednesday that at least one of the dead was a farmer from a nearby hamlet who had gone to collect mahua flowers, and demanded a judicial inquiry.",
    "The Communist Party of India (Maoist) has not issued a statement on the incident.",
    "Bijapur is among the districts worst affected by Left-Wing Extremism. In April, 22 security personnel were killed in a Maoist ambush on the Bijapur-Sukma border.",
], [ev("Battles", "Armed clash", "Police Forces of India", 1, "CPI (Maoist)", 2, "India", "Chhattisgarh",
       "Gangaloor", 18.6600, 80.7300, 2, wd(p, "Tuesday"), inj=1,
       claimed=[{"low": 3, "high": 3, "claimant": "Police (Bijapur SP)", "text": "Three suspected Maoists were killed in an encounter"}],
       evid=[s1, s2, s3],
       note="DRG/CRPF exchange of fire with Maoists in a forest near Gangaloor on Tuesday (14 Sep): armed clash; DRG and CRPF coded as India's police; the three deaths come only from the police (a party) and villagers dispute them, so fatalities null and the count is a claim; the police's own wounded jawan is taken as injured 1 (own losses, not a claim on the enemy); 'near Gangaloor' precision 2. The April ambush is older background.")],
    "One clash coded with the police toll as a claim; April's ambush is background."))

# 30 Edmonton oil
A(art("2020-04-22", "Alberta oil producers shut in wells as prices collapse", "Edmonton Journal", [
    "Alberta oil producers are shutting in wells and cutting jobs as the price of Western Canadian Select fell below $5 a barrel this week, the lowest level on record.",
    "Cenovus Energy and Imperial Oil both said they would reduce output at their oilsands operations, while smaller companies said they could no longer cover operating costs.",
    "Premier Jason Kenney said the province was \"facing the greatest challenge in its modern history\" and called on Ottawa to provide liquidity support for the sector.",
    "The collapse follows a plunge in demand as governments around the world ordered lockdowns to slow the spread of COVID-19, and a price war between Saudi Arabia and Russia that flooded the market with crude.",
    "The Alberta Energy Regulator said it would relax some reporting requirements to help producers cope. Economists warned the province's unemployment rate could reach 25 per cent.",
], [], "Business and economy; 'price war' is a figure of speech; not coded."))

# 31 Drogheda feud court (old)
A(art("2023-05-12", "Man jailed for life for murder of teenager in Drogheda feud", "Irish Independent", [
    "A man has been sentenced to life imprisonment for the murder of a 17-year-old boy whose dismembered remains were found in Drogheda in January 2020.",
    "The Central Criminal Court heard that the killing was linked to a bitter feud between two criminal gangs in the Co Louth town that claimed several lives between 2018 and 2020.",
    "Mr Justice Paul McDermott said the murder was \"an act of savagery beyond comprehension\" and that the boy had been lured to his death.",
    "The boy's mother told the court in a victim impact statement that she had been unable to work or sleep since her son's death. \"My son was a child, and he was treated like nothing,\" she said.",
    "Gardaí said the feud has been largely dormant since a series of arrests and convictions in 2021, although they continue to monitor the groups involved.",
], [], "Court sentencing for a 2020 gang-feud murder: the feud is gang violence but old and only the backdrop of the trial; not coded."))

# 32 Leicester future protest
A(art("2018-09-27", "Residents to march against plan to close Leicester Royal Infirmary ward", "Leicester Mercury", [
    "Campaigners fighting plans to move children's heart surgery out of Leicester will march through the city centre next Saturday.",
    "The Save Glenfield Heart Centre group said it expects more than 1,000 people to walk from Victoria Park to the Clock Tower, where MPs and consultants are due to speak.",
    "NHS England is consulting on proposals to concentrate congenital heart surgery in fewer, larger centres, which could see the unit at Glenfield Hospital lose its surgical services.",
    "\"Families from as far away as Lincolnshire rely on this unit. Moving it to Birmingham would put children's lives at risk,\" said campaign organiser Jayne Walker.",
    "NHS England said no decision had been made and that it wanted to hear from patients, families and staff before the consultation closes on October 19.",
    "Leicester City Council's cabinet on Wednesday voted unanimously to back the campaign.",
], [], "Announced future march, not yet held; not coded."))

# 33 Ballinasloe violent protest
p = "2024-03-14"
s1 = "Gardaí were pelted with fireworks and bottles and a car was set alight during a protest outside a former hotel earmarked to house international protection applicants in Ballinasloe, Co Galway, on Tuesday night."
s2 = "About 150 people had gathered outside the building on the Dublin Road from around 7pm, and the situation escalated after some protesters tried to break through a Garda cordon, witnesses said."
A(art(p, "Gardaí attacked at Ballinasloe protest over asylum centre", "Connacht Tribune", [
    s1,
    s2,
    "Two gardaí were treated for minor injuries. The Garda Public Order Unit was deployed from Galway city and the crowd had dispersed by midnight. Three men were arrested.",
    "Residents had held a number of peaceful vigils outside the hotel over the past month, saying they had not been consulted about plans to accommodate up to 120 men there.",
    "Minister for Integration Roderic O'Gorman condemned the violence. \"There is no justification for attacking gardaí or for the intimidation of people who have come here seeking safety,\" he said.",
    "Local TD Denis Naughten said genuine concerns about services in the town were being \"hijacked by people who are not from the area\".",
], [ev("Riots", "Violent demonstration", "Rioters (Ireland)", 5, "Police Forces of Ireland", 1, "Ireland",
       "Galway", "Ballinasloe", 53.3275, -8.2194, 1, wd(p, "Tuesday"), inj=2, evid=[s1, s2],
       note="Protest outside a planned asylum centre on Tuesday night (12 Mar) turned violent (fireworks and bottles at gardaí, car burned): violent demonstration; arrests folded in. The earlier peaceful vigils over the past month have no day and are background.")],
    "One violent demonstration coded; the month of vigils is untimed background."))

# 34 Phoenix heat deaths
A(art("2023-09-28", "Maricopa County heat deaths top 2022 total with weeks left in season", "The Arizona Republic", [
    "Heat-related deaths in Maricopa County this year have already surpassed last year's record of 425, with hundreds more cases still under investigation, according to a county report released Wednesday.",
    "The Maricopa County Department of Public Health confirmed 433 heat deaths so far in 2023 and said another 300 were pending toxicology results.",
    "July was the hottest month on record in Phoenix, with 31 consecutive days at or above 110 degrees. More than 40 percent of those who died were homeless.",
    "County officials said cooling centers had served record numbers of people and that the county would expand overnight cooling options next summer. Advocates said more shade and permanent housing were needed.",
    "\"These deaths are preventable,\" said Dr. Nick Staab, the department's assistant medical director. \"Every number in this report is a person.\"",
], [], "Heat deaths statistics; not coded."))

# 35 Lagos building collapse
A(art("2022-04-12", "Four dead, 23 rescued as building collapses in Lagos", "The Guardian (Nigeria)", [
    "At least four people died and 23 others were rescued alive after a three-storey building collapsed in the Oke Arin area of Lagos Island on Sunday evening.",
    "The Lagos State Emergency Management Agency said the building, which housed shops on its ground floor and residents on the upper floors, caved in shortly after 6pm.",
    "Rescue teams worked through the night with heavy equipment to reach people trapped under the rubble. LASEMA's Director-General, Dr Olufemi Oke-Osanyintolu, said the search had been concluded by Monday afternoon.",
    "The Lagos State Building Control Agency said the building had been marked for demolition in 2019 after it was found to be structurally defective, but occupants had returned.",
    "Governor Babajide Sanwo-Olu ordered an investigation and said the owner of the building would be prosecuted.",
], [], "Building collapse, an accident; not coded."))

# 36 Lahore PTI arrests
p = "2023-03-09"
s1 = "Police on Wednesday arrested at least 40 workers and several local leaders of the Pakistan Tehreek-i-Insaf in raids across Lahore, a day before the party's planned election rally in the city."
s2 = "Among those detained were former provincial minister Yasmin Rashid's aide and two PTI ticket-holders for the Punjab Assembly, the party said."
A(art(p, "Dozens of PTI workers arrested in Lahore ahead of rally", "Dawn", [
    s1,
    s2,
    "The Punjab government imposed Section 144 in the provincial capital for seven days, banning gatherings of more than four people, citing security threats.",
    "PTI chairman Imran Khan, speaking via video link from his Zaman Park residence, said the raids showed the government was \"terrified of the people\" and insisted the rally would go ahead on Thursday.",
    "Punjab caretaker Information Minister Amir Mir said the police had only acted against people who had violated the law, and that the ban was necessary because of the terrorism threat ahead of the Pakistan Super League matches being played in Lahore.",
    "Party leaders said they would challenge the ban in the Lahore High Court.",
], [ev("Strategic developments", "Arrests", "Police Forces of Pakistan", 1, "Civilians (Pakistan)", 7, "Pakistan",
       "Punjab", "Lahore", 31.5497, 74.3436, 1, wd(p, "Wednesday"), evid=[s1, s2],
       note="Police raids arresting about 40 PTI workers and local leaders across Lahore on Wednesday (8 Mar): arrests of political figures; the PTI members are coded as civilians (unsure: PTI by name would also be defensible). Thursday's rally is only planned and the Section 144 ban is not an event.")],
    "One arrests event coded; the rally is future; the ban is a policy, not coded."))

# 37 Vancouver wildfire
A(art("2021-08-13", "Logan Lake evacuated as wildfire jumps highway", "Vancouver Sun", [
    "The entire district of Logan Lake was ordered evacuated Wednesday evening after a fast-moving wildfire jumped Highway 97D and pushed toward the community southwest of Kamloops.",
    "Mayor Robin Smith said residents had less than an hour to leave, and many fled with little more than the clothes on their backs. \"We could see the flames from the golf course,\" he told CBC.",
    "The B.C. Wildfire Service said the blaze, fanned by strong winds, had burned several outbuildings on the edge of town and was threatening homes on the north side.",
    "Residents were directed to reception centres in Kamloops and Merritt. No injuries had been reported by Thursday.",
    "Premier John Horgan said the province would do \"whatever it takes\" to help Logan Lake recover and warned that extreme heat and dry conditions would keep fire danger high across the Interior.",
], [], "Wildfire, a natural disaster; not coded."))

# 38 Nairobi embassy bombing anniversary
A(art("2018-08-08", "Survivors of 1998 embassy bombing still waiting for compensation", "Daily Nation", [
    "Twenty years after the bombing of the United States Embassy in Nairobi, hundreds of Kenyan survivors say they are still waiting for compensation.",
    "The truck bomb, detonated by al-Qaeda operatives on August 7, 1998, killed 213 people in Nairobi and injured about 4,000. A near-simultaneous attack on the US embassy in Dar es Salaam killed 11.",
    "Survivors and relatives gathered at the August 7th Memorial Park on Tuesday to lay wreaths and read the names of the dead.",
    "Douglas Sidialo, who was blinded in the blast, said many survivors had been left with lifelong disabilities and medical bills. \"We are grateful for the support we have received, but Kenyan victims have been left behind,\" he said.",
    "A US law passed in 2015 set up a fund for American victims of terrorism, but Kenyan survivors who were not US citizens or embassy employees have not been eligible.",
    "The memorial park, built on the site of the former embassy, receives about 20,000 visitors a year.",
], [], "Anniversary of the 1998 bombing, historical; the memorial gathering is commemoration; nothing coded."))

# 39 Cincinnati encampment, two days
p = "2024-05-02"
s1 = "Students and faculty set up about 30 tents on the University of Cincinnati's McMicken Commons on Monday, demanding the university disclose and cut its investments in companies tied to Israel's military."
s2 = "The encampment remained peaceful through its first two days, with protesters holding teach-ins and prayers."
s3 = "Police in riot gear cleared the encampment early Wednesday, arresting 27 people, including six faculty members, after the protesters refused an order to leave by 5 a.m."
A(art(p, "Police clear UC encampment, 27 arrested", "The Cincinnati Enquirer", [
    s1,
    s2,
    s3,
    "University police were joined by Cincinnati police and Hamilton County sheriff's deputies. Video posted on social media showed officers dragging some protesters across the lawn and zip-tying their hands.",
    "Those arrested were charged with criminal trespass and taken to the Hamilton County Justice Center. Most were released by Wednesday evening.",
    "UC President Neville Pinto said in a statement that the university supports free expression \"but encampments violate our policies and pose safety risks.\"",
    "Organizers said they would return. Similar encampments have sprung up at dozens of campuses nationwide since mid-April.",
], [ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "Ohio",
       "Cincinnati", 39.1031, -84.5120, 1, wd(p, "Monday"), evid=[s1, s2],
       note="Encampment set up on Monday (29 Apr) and peaceful on its first days: peaceful protest, coded on its start day (borderline: a multi-day encampment; date kept to the day it is told to begin)."),
    ev("Protests", "Protest with intervention", "Protesters (United States)", 6, "Police Forces of the United States", 1,
       "United States", "Ohio", "Cincinnati", 39.1031, -84.5120, 1, wd(p, "Wednesday"), evid=[s3],
       note="Police cleared the encampment on Wednesday (1 May) with 27 arrests: protest with intervention, a separate day. The nationwide encampments are untimed background.")],
    "Two events on two days at UC; the nationwide wave is background."))

# 40 Boston overdoses
A(art("2022-06-15", "Opioid overdose deaths in Massachusetts hit record high", "The Boston Globe", [
    "Opioid overdose deaths in Massachusetts reached a record 2,290 last year, driven almost entirely by fentanyl, the state Department of Public Health reported Wednesday.",
    "The figure is 9 percent higher than 2020 and surpasses the previous peak set in 2016. Deaths rose most sharply among Black men and among people older than 55.",
    "Fentanyl was present in 93 percent of deaths where a toxicology screen was available. Health officials also reported a growing number of deaths involving xylazine, an animal tranquilizer increasingly mixed into the drug supply.",
    "Public health advocates renewed calls for supervised consumption sites, which Governor Charlie Baker has opposed. Boston Mayor Michelle Wu said the city would expand outreach along Massachusetts Avenue, near the area known as Mass. and Cass.",
    "\"We are losing more than six people a day,\" said Dr. Margaret Cooke, the acting public health commissioner. \"Behind every number is a family.\"",
], [], "Health statistics; not coded."))

# 41 Bristol statue trial (old protest)
A(art("2022-11-18", "Four cleared over damage to statue during 2021 protest", "Bristol Post", [
    "Four people accused of damaging a statue of a slave trader's business partner during a protest in Bristol in June 2021 have been cleared by a jury.",
    "The defendants, aged between 22 and 35, had admitted spraying paint and attaching a rope to the bronze figure in Queen Square but argued that the statue itself was an offence to the city's black residents.",
    "Bristol Crown Court heard that the damage cost about £3,800 to repair. The jury took just under four hours to reach its verdicts.",
    "Supporters cheered outside the court as the four emerged. \"This was about history, not vandalism,\" one of them told reporters.",
    "The Conservative MP for Bristol North West said he was \"deeply concerned\" by the verdict and would raise it with the Attorney General. The statue has since been moved into storage.",
], [], "Court report on a protest from June 2021: old, only the trial's backdrop; not coded."))

# 42 Sudan two events (wire)
p = "2024-06-10"
s1 = "Shelling by the paramilitary Rapid Support Forces hit a crowded market in El Fasher on Sunday, killing at least 15 civilians and wounding dozens, according to Doctors Without Borders, which runs the city's South Hospital."
s2 = "On Friday, an air strike by the Sudanese army on a residential neighbourhood of Nyala, the capital of South Darfur, killed five members of one family, a local emergency response group said."
A(art(p, "RSF shelling kills 15 at Darfur market, aid group says", "Winnipeg Free Press", [
    s1,
    "The RSF has besieged El Fasher, the last major city in Darfur held by the army and its allies, since May. The group denied targeting civilians and accused the army of storing weapons in residential areas.",
    s2,
    "The army, which has been fighting the RSF since April 2023, did not comment on the report.",
    "The United Nations says the war has displaced more than nine million people and pushed parts of the country to the brink of famine. Canada announced an additional $20 million in humanitarian aid for Sudan last week.",
    "The Associated Press",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7,
       "Sudan", "North Darfur", "El Fasher", 13.6290, 25.3500, 1, wd(p, "Sunday"), fat=15, evid=[s1],
       note="RSF shelling of El Fasher market on Sunday (9 Jun), 'at least 15' per MSF (neutral) so 15; 'dozens' wounded is vague so injured null; RSF denial does not negate the event. The siege since May is untimed background."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Sudan", 1, "Civilians (Sudan)", 7,
       "Sudan", "South Darfur", "Nyala", 12.0500, 24.8833, 1, wd(p, "Friday"), fat=5, evid=[s2],
       note="Army air strike on a Nyala neighbourhood on Friday (7 Jun), five killed per a local emergency response group: a separate place and day, so a second event.")],
    "Two events: El Fasher shelling and Nyala air strike; the siege and the war's tallies are background."))

# 43 Wales rugby
A(art("2020-02-10", "Wales beaten in Dublin as Ireland's pack wins the battle", "WalesOnline", [
    "Wales' Six Nations title defence suffered a heavy blow in Dublin on Saturday as a dominant Irish pack bullied their way to a 27-12 win at the Aviva Stadium.",
    "Ireland's forwards won the battle at the breakdown from the opening minutes, and tries from Jordan Larmour, Tadhg Furlong, Josh van der Flier and Andrew Conway secured a bonus point.",
    "Wayne Pivac's side showed plenty of attacking ambition but were repeatedly repelled on the Irish line, and Justin Tipuric's late try came too late to matter.",
    "\"They ambushed us up front,\" admitted Pivac. \"We have to be better in the contact area, and we will be.\"",
    "Wales now face France at the Principality Stadium in a fortnight, with the injured Josh Navidi a doubt. Ireland travel to Twickenham to face England.",
], [], "Rugby report with war words; sport, not coded."))

# 44 Queensland crocodile
A(art("2018-10-17", "Fisherman injured in crocodile attack near Cooktown", "The Courier-Mail", [
    "A 44-year-old fisherman is recovering in Cairns Hospital after being bitten by a crocodile while checking crab pots near Cooktown in far north Queensland.",
    "Queensland Ambulance Service said the man suffered puncture wounds to his arm and leg when the animal lunged at him from the water on the Endeavour River on Monday afternoon.",
    "His fishing companion helped him into their boat and drove to the Cooktown boat ramp, where paramedics were waiting. He was later flown to Cairns by the Royal Flying Doctor Service.",
    "Wildlife officers from the Department of Environment and Science have set traps in the area and will remove the crocodile, believed to be about three metres long, if it is caught.",
    "Authorities reminded visitors and locals that all waterways in far north Queensland are potential crocodile habitat and urged people to stay well back from the water's edge.",
], [], "Wildlife attack, an accident; 'attack' here is an animal's; not coded."))

# 45 Marte ISWAP clash
p = "2022-02-14"
s1 = "Fighters of the Islamic State West Africa Province attacked a military base in Marte, Borno State, on Saturday evening, sparking a gun battle that lasted several hours, residents and security sources said."
s2 = "A resident of Marte who fled to Maiduguri said he saw the bodies of at least five soldiers being taken away on Sunday morning."
s3 = "The Army spokesman, Brig.-Gen. Onyema Nwachukwu, said in a statement on Sunday that troops repelled the attack and \"neutralised 22 terrorists\", while ISWAP said in a claim on its Amaq news agency that it had killed 10 soldiers and seized weapons."
A(art(p, "Soldiers, insurgents killed as ISWAP attacks Marte base", "Vanguard", [
    s1,
    s2,
    s3,
    "The Nigerian Air Force said its aircraft had provided close air support to the troops.",
    "Marte, about 130 kilometres north-east of Maiduguri, has changed hands several times since 2015. Thousands of displaced people who were resettled in the town last year have again fled towards Dikwa and Maiduguri.",
    "Borno State Governor Babagana Zulum, who visited the town in December, has urged the Federal Government to deploy more troops to the Lake Chad shores.",
], [ev("Battles", "Armed clash", "Islamic State West Africa Province", 2, "Military Forces of Nigeria", 1,
       "Nigeria", "Borno", "Marte", 12.3667, 13.8333, 1, wd(p, "Saturday"), fat=5,
       claimed=[{"low": 22, "high": 22, "claimant": "Nigerian Army", "text": "neutralised 22 terrorists"},
                {"low": 10, "high": 10, "claimant": "ISWAP (Amaq)", "text": "it had killed 10 soldiers"}],
       evid=[s1, s2, s3],
       note="ISWAP attack on the Marte base on Saturday (12 Feb) and gun battle with troops: armed clash; fatalities 5 from a resident (neutral, 'at least five'); the army's 22 and ISWAP's 10 are party claims. Marte changing hands since 2015 is background.")],
    "One clash coded; the party tolls are kept as claims; Marte's history is background."))

# 46 Lahore smog
A(art("2019-11-07", "Smog chokes Lahore as AQI crosses 400", "The Express Tribune", [
    "Lahore was ranked the most polluted city in the world on Wednesday as a thick blanket of smog settled over the Punjab capital, pushing the air quality index above 400 in several areas.",
    "Readings at Gulberg and the Mall Road monitoring stations were classified as hazardous. Visibility on the motorway fell to under 100 metres in the early morning, forcing the closure of some sections.",
    "The Punjab government ordered all schools in Lahore to remain closed until Saturday and banned the burning of crop residue, which officials blame for a large share of the pollution.",
    "Doctors at Mayo Hospital said they had seen a sharp rise in patients complaining of breathing difficulties, sore throats and eye irritation. Residents were advised to wear masks and stay indoors.",
    "Environmentalists said emissions from traffic, brick kilns and industry were to blame and accused successive governments of failing to act until the smog season arrives each year.",
], [], "Pollution, environment; not coded."))

# 47 Oxford planning
A(art("2021-10-20", "Councillors back 1,200-home plan north of Oxford", "Oxford Mail", [
    "Plans for 1,200 new homes on green belt land north of Oxford were approved by Cherwell District Council's planning committee on Tuesday night.",
    "The development, on farmland between Kidlington and Begbroke, will include a primary school, a health centre and a new park-and-ride. Half of the homes will be classed as affordable.",
    "Around 200 objections had been lodged, with residents raising concerns about traffic on the A44 and the loss of open countryside. Begbroke Parish Council said the plan would \"swallow the village\".",
    "Developers said the scheme would help meet Oxford's unmet housing need, with the city council unable to build enough homes within its own boundaries.",
    "Work is expected to start in 2023. The application will now be referred to the Secretary of State, who could call it in for a public inquiry.",
], [], "Local planning politics; not coded."))

# 48 Houston refinery blast
A(art("2019-08-01", "Explosion at Baytown refinery injures 37 workers", "Houston Chronicle", [
    "An explosion and fire at a refinery and chemical plant in Baytown injured 37 people Wednesday morning, sending a plume of black smoke over the Houston Ship Channel.",
    "The company said the blast occurred at about 10:50 a.m. in a unit that produces polypropylene. Most of the injuries were minor, and all workers had been accounted for by the afternoon.",
    "Baytown officials briefly ordered residents within a mile of the plant to shelter in place. The order was lifted after air monitoring found no harmful levels of chemicals beyond the fence line.",
    "The Chemical Safety Board said it was sending investigators. The explosion was the latest in a string of industrial fires along the Ship Channel this year, including a blaze at a Deer Park tank farm in March that burned for three days.",
    "Environmental groups called on state regulators to tighten oversight of petrochemical plants in the Houston area.",
], [], "Industrial accident; not coded."))

# 49 Halifax fishermen future protest
A(art("2021-09-23", "Lobster harvesters plan wharf protest over enforcement", "The Chronicle Herald", [
    "Commercial lobster harvesters in southwest Nova Scotia say they will hold a protest at the Saulnierville wharf next week to press Ottawa on enforcement of fishing rules in St. Marys Bay.",
    "The harvesters accuse the Department of Fisheries and Oceans of failing to stop out-of-season fishing in the bay, while Mi'kmaw fishers say they are exercising a treaty right affirmed by the Supreme Court in 1999.",
    "Organizers said the protest would be peaceful and that they had informed the RCMP. \"Nobody wants to see a repeat of last year,\" said one harvester, who asked not to be named.",
    "Fisheries Minister Bernadette Jordan said the department was \"monitoring the situation closely\" and urged all sides to keep talking.",
    "Sipekne'katik First Nation Chief Mike Sack said his community would continue its moderate livelihood fishery and called on the harvesters to respect treaty rights.",
], [], "Announced future protest; last year's trouble is a vague reference; not coded."))

# 50 Cricket
A(art("2022-10-24", "Pakistan storm to victory as Shaheen's attack blows Bangladesh away", "The Nation", [
    "Pakistan stormed to a seven-wicket win over Bangladesh in Sydney on Sunday, with Shaheen Shah Afridi leading a ferocious bowling attack that kept the men in green alive in the tournament.",
    "Shaheen took four wickets for 22 runs, ripping out the Bangladesh top order with pace and swing, and Shadab Khan added two more as the Tigers were restricted to 127 for eight.",
    "Mohammad Rizwan and Babar Azam put on 57 for the first wicket, and Mohammad Haris struck a quickfire 31 to seal the chase with 11 balls to spare.",
    "\"The boys fought like warriors today,\" said captain Babar Azam. \"We knew we had to attack with the new ball and Shaheen did exactly that.\"",
    "Celebrations broke out in Lahore, Karachi and Peshawar as fans poured onto the streets waving flags late into the night.",
], [], "Cricket with war words; fans celebrating are not a demonstration; not coded."))
