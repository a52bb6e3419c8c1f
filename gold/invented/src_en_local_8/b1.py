# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Pakistan, North Waziristan: check post attacked near Mir Ali (Battles) + IED on police van in Lakki Marwat (Explosions)
P = "2023-09-12"
s1a = "Militants attacked a security forces' check post on the outskirts of Mir Ali in North Waziristan on Monday night, triggering an exchange of fire that lasted nearly two hours, officials said."
s1b = "Two soldiers were injured in the attack and were shifted to the District Headquarters Hospital in Miramshah, a hospital official told Dawn."
s1c = "According to a statement issued by the Inter-Services Public Relations (ISPR), troops \"effectively engaged the terrorists' location\" and three terrorists were killed in the exchange of fire."
s1d = "Separately, a police constable was martyred and two others were injured when a roadside bomb exploded near their mobile van in Lakki Marwat on Sunday, police said."
s1e = "The doctor on duty at the Lakki Marwat District Headquarters Hospital confirmed that the body of the constable and the two injured policemen had been brought there."
A(art(P, "Two soldiers injured as militants attack check post in North Waziristan", "Dawn", [
    "PESHAWAR: " + s1a,
    s1b + " " + s1c,
    "The ISPR said a clearance operation was under way in the area to eliminate any terrorists found there. No group claimed responsibility for the attack.",
    s1d + " " + s1e + " The van was on its way to provide security to a polio vaccination team, a police official said.",
    "\"Our people are caught between the militants and the curfews,\" said Malik Sher Zaman, a tribal elder from Mir Ali. \"Every week there is firing, and shops remain closed for days.\"",
    "The southern districts of Khyber Pakhtunkhwa have witnessed a surge in militant violence since the banned Tehreek-i-Taliban Pakistan (TTP) called off its ceasefire with the government in November last year. In July, militants stormed a cantonment in Zhob, killing nine soldiers, while dozens of policemen have been killed in attacks in Bannu, Lakki Marwat and Dera Ismail Khan this year.",
], [
    ev("Battles", "Armed clash", "Unidentified Armed Group (Pakistan)", 3, "Military Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", 32.99, 70.27, 2, wd(P, "Monday"),
       fat=None, inj=2, claimed=[claim(3, 3, "Military Forces of Pakistan", "three terrorists were killed in the exchange of fire")],
       evid=[s1a, s1b, s1c],
       note="Attack on a check post on the outskirts of Mir Ali (near the town: precision 2), unclaimed, so an unidentified group. Hospital official gives two injured soldiers and no deaths; ISPR's three dead militants is a party claim, so fatalities stays null."),
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", 32.6072, 70.9123, 1, wd(P, "Sunday"),
       fat=1, inj=2, evid=[s1d, s1e],
       note="Roadside bomb on a police van in Lakki Marwat; one constable killed and two injured, confirmed by the hospital doctor (not only the police)."),
], "Two events: Monday's check-post attack near Mir Ali and Sunday's IED in Lakki Marwat. The Zhob cantonment attack (July) and the year's tally of police deaths are older background, not coded."))

# 2 Pakistan, Karachi: shopkeeper shot dead resisting robbery (negative: ordinary crime)
P = "2019-03-21"
A(art(P, "Shopkeeper shot dead for resisting robbery in Gulshan-e-Iqbal", "Dawn", [
    "KARACHI: A 32-year-old shopkeeper was shot dead by armed miscreants when he put up resistance during a robbery bid at his mobile phone shop in Gulshan-e-Iqbal Block 13-D on Wednesday evening, police said.",
    "Police said two suspects riding a motorcycle entered the shop and, brandishing pistols, asked the shopkeeper, Mohammad Faizan, to hand over cash and mobile phones. When he resisted, one of the suspects opened fire, hitting him in the chest. The miscreants fled with an estimated Rs150,000 and some phones.",
    "He was rushed to the Patel Hospital where doctors pronounced him dead. SHO Gulshan-e-Iqbal Inspector Rao Sajid said CCTV footage from the market was being obtained and a case had been registered against unidentified suspects on the complaint of the victim's brother.",
    "Office-bearers of the area's traders' association said they would meet the SSP East on Friday to demand more police patrolling of the market, where three robberies had been reported in the past month.",
    "According to figures compiled by the Citizens-Police Liaison Committee, more than 60 people were killed during robberies and muggings in Karachi last year, while citizens were deprived of over 25,000 mobile phones and thousands of motorcycles.",
    "\"Street criminals have become fearless because they know the police will not catch them,\" said a trader, who did not want to be named. \"Every shopkeeper here has been robbed at least once.\"",
], [], "Robbery killing of a shopkeeper by armed miscreants: ordinary crime, not coded. The traders' planned meeting with the SSP is a future plan, not a protest; CPLC figures are an aggregate tally."))

# 3 India, Uttar Pradesh: wanted criminal killed in police encounter (negative: police shooting of a criminal suspect)
P = "2022-06-08"
A(art(P, "Wanted criminal carrying Rs 1 lakh reward shot dead in encounter in Meerut", "The Times of India", [
    "MEERUT: A history-sheeter wanted in over two dozen cases of robbery, extortion and murder and carrying a reward of Rs 1 lakh on his head was shot dead in an encounter with the Special Task Force (STF) in Meerut's Sardhana area in the early hours of Tuesday, police said.",
    "According to police, acting on a tip-off, an STF team intercepted the accused, identified as Salim alias Kala, and an accomplice on a motorcycle near a brick kiln. \"The criminals opened fire on the police team when asked to stop. In retaliatory firing, Salim was injured,\" an STF officer said. He was taken to a community health centre where doctors declared him brought dead.",
    "His accomplice managed to escape in the darkness, and a combing operation was launched in the area. A constable suffered a bullet injury in his arm and is stated to be out of danger.",
    "Police recovered a 9mm pistol, a country-made revolver, cartridges and the motorcycle from the spot. Senior superintendent of police Rohit Saxena said Salim had been on the run since he looted a jewellery shop in Muzaffarnagar in February and shot dead its owner.",
    "The family of the deceased alleged that the encounter was staged and that Salim had been picked up from his house two days earlier. Police denied the charge.",
    "Uttar Pradesh police have carried out thousands of encounters since 2017, in which more than 150 alleged criminals have been killed, according to official data.",
], [], "Police 'encounter' killing a wanted robber: police shooting of a criminal suspect, out of scope by the codebook; the family's claim of a staged encounter does not change that. The state-wide encounter tally is aggregate."))

# 4 India, Manipur: miscreants fire on farmers near Kwakta (VAC) + KCP cadres arrested in Khurai (Strategic developments)
P = "2024-02-16"
s4a = "A 45-year-old farmer was killed and two others were injured when armed miscreants opened fire on villagers working in paddy fields near Kwakta in Manipur's Bishnupur district on Thursday, the police said."
s4b = "In a separate operation on Wednesday, a team of Manipur Police arrested three cadres of the proscribed Kangleipak Communist Party (KCP) from Khurai in Imphal East district and recovered two pistols and extortion notes, a police statement said."
A(art(P, "Farmer killed, two injured as armed miscreants open fire in Manipur's Bishnupur", "The Hindu", [
    "IMPHAL: " + s4a,
    "The firing came from the adjoining hill ranges at around 11 a.m., forcing the farmers to abandon their work and run for cover. The deceased was identified as Laishram Ibomcha of Kwakta Ward No. 4. The injured were evacuated to the Regional Institute of Medical Sciences (RIMS) in Imphal, where their condition was stated to be stable.",
    "Additional columns of security forces were rushed to the area and the farmers were escorted back to the village, officials said. A search operation was launched in the foothills, but no arrests had been made till late evening.",
    s4b,
    "A Joint Action Committee formed in Kwakta has called a 48-hour total shutdown in Bishnupur district from Saturday midnight to demand the deployment of central forces to protect farmers during the sowing season.",
    "More than 200 people have been killed and thousands displaced since ethnic violence broke out between the Meitei and Kuki-Zo communities in May last year. Farmers in the valley's fringe areas have repeatedly come under fire from the hills, and many fields along the foothills have remained uncultivated.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (India)", 3, "Civilians (India)", 7, "India", "Manipur", "Kwakta", 24.442, 93.755, 2, wd(P, "Thursday"),
       fat=1, inj=2, evid=[s4a],
       note="Gunfire from the hills on farmers in fields near Kwakta (near the town: precision 2); attackers not named, so an unidentified armed group; police toll one dead, two injured."),
    ev("Strategic developments", "Arrests", "Police Forces of India", 1, "Kangleipak Communist Party", 2, "India", "Manipur", "Khurai", 24.81, 93.96, 1, wd(P, "Wednesday"),
       evid=[s4b],
       note="Arrest of three cadres of a proscribed insurgent group (KCP, a rebel group) in Khurai, Imphal East: arrests of militants are coded."),
], "Two events: Thursday's firing on farmers near Kwakta and Wednesday's arrest of KCP cadres in Khurai. The 48-hour shutdown called from Saturday is a future protest, and the toll since May last year is aggregate; neither coded."))

# 5 Bangladesh, Savar: gas cylinder explosion and fire kill five (negative: accident)
P = "2021-09-14"
A(art(P, "Gas cylinder blast: 5 of a family killed in Savar", "The Daily Star", [
    "Five members of a family, including two children, were killed and three others injured in a gas cylinder explosion that triggered a fire at a tin-shed house in Savar's Ashulia yesterday.",
    "The blast took place around 6:30am when one of the residents lit a stove to prepare breakfast, said Abdul Hamid, station officer of Ashulia Fire Station. \"Gas had leaked from a cylinder and accumulated in the closed room overnight. As soon as the stove was lit, there was a huge explosion and the room caught fire,\" he said.",
    "Neighbours said the sound of the blast was heard from nearly half a kilometre away and the tin roof of the house was blown off. Two units of the fire service doused the flames within 40 minutes.",
    "The injured were taken to Sheikh Hasina National Institute of Burn and Plastic Surgery in the capital, where two of them died during treatment, said its coordinator. The other three are still undergoing treatment with burns on 30 to 60 percent of their bodies.",
    "The family members were garment workers who had moved to Ashulia from Kurigram two years ago, their relatives said.",
    "According to the Fire Service and Civil Defence, at least 900 fire incidents caused by gas leaks and cylinder explosions took place across the country last year. Experts have blamed substandard cylinders, faulty regulators and a lack of awareness for the rising number of such accidents.",
], [], "Domestic gas cylinder explosion and fire: an accident, not coded. Fire-service annual figures are aggregate."))

# 6 Bangladesh: blockade day one, Feni clash (Riots), bus torched in Motijheel (Riots), 45 detained in Dhaka (Strategic developments)
P = "2023-11-07"
s6a = "One person was killed and at least 20 injured as activists of BNP and Awami League clashed at Mohipal in Feni yesterday, the first day of the opposition's latest 48-hour blockade."
s6b = "Dr Abu Taher, resident medical officer of Feni General Hospital, confirmed the death, saying the victim had sustained severe head injuries."
s6c = "In the capital, blockade supporters set fire to a bus in front of the Motijheel Shapla Chattar around 7:00am yesterday, fire service officials said, adding that no one was hurt."
s6d = "Police detained at least 45 blockade supporters from different parts of the capital yesterday, said Dhaka Metropolitan Police's (DMP) media wing."
A(art(P, "Blockade: 1 killed in Feni clash, bus torched in capital", "The Daily Star", [
    s6a + " " + s6b,
    "The deceased, Jasim Uddin, 35, was a local Jubo Dal activist, his family said. Witnesses said the two sides chased each other with sticks and sharp weapons and hurled brick chunks for about an hour before police fired teargas shells and rubber bullets to bring the situation under control. Awami League leaders in Feni claimed BNP men had attacked their procession first, an allegation BNP denied.",
    s6c + " Traffic on the city's roads was thin and long-route buses did not leave the major terminals.",
    s6d + " \"Those who were caught while trying to create anarchy on the streets have been detained,\" said a DMP official.",
    "BNP and its allies have been enforcing a series of blockades since the party's October 28 grand rally in the capital ended in violence. BNP leaders claim thousands of their activists have been arrested since then.",
    "At a virtual press briefing last night, BNP Senior Joint Secretary General announced a fresh 48-hour blockade from Wednesday morning and urged people to join peacefully.",
], [
    ev("Riots", "Mob violence", "Rioters (Bangladesh)", 5, "Rioters (Bangladesh)", 5, "Bangladesh", "Chattogram", "Feni", 23.0159, 91.3976, 1, wd(P, "yesterday"),
       fat=1, inj=20, evid=[s6a, s6b],
       note="Clash between BNP and Awami League activists at Mohipal in Feni town; party-worker clashes coded as rioters against rioters. One dead (hospital), 20 injured."),
    ev("Riots", "Violent demonstration", "Rioters (Bangladesh)", 5, None, None, "Bangladesh", "Dhaka", "Motijheel, Dhaka", 23.733, 90.4172, 1, wd(P, "yesterday"),
       fat=0, inj=0, evid=[s6c],
       note="Blockade supporters torching a bus at Shapla Chattar, Motijheel; no one hurt. The nationwide blockade as such is not coded apart from its placed incidents (borderline)."),
    ev("Strategic developments", "Arrests", "Police Forces of Bangladesh", 1, "Protesters (Bangladesh)", 6, "Bangladesh", "Dhaka", "Dhaka", 23.8103, 90.4125, 1, wd(P, "yesterday"),
       evid=[s6d],
       note="Mass detention of at least 45 blockade supporters across the capital (mass arrests at a protest); a distinct pair of sides from the bus burning. Borderline whether actor2 should be rioters."),
], "Three events on the blockade's first day (Monday): the Feni clash, the bus torching in Motijheel and the 45 detentions in Dhaka. The October 28 rally violence is older; the blockade announced from Wednesday is future; BNP's claim of thousands arrested is aggregate; none coded."))

# 7 Nepal: floods and landslides (negative: natural disaster)
P = "2024-09-29"
A(art(P, "Floods, landslides kill 112 as rains batter Kathmandu Valley and beyond", "The Kathmandu Post", [
    "At least 112 people have died and 64 are missing after incessant rainfall since Friday triggered floods and landslides across the country, the Home Ministry said on Sunday.",
    "The Kathmandu Valley was the worst hit, with 37 deaths reported from Kathmandu, Lalitpur and Bhaktapur districts. The Bagmati, Nakkhu and Balkhu rivers swelled to record levels, submerging settlements along their banks and sweeping away vehicles. Rescue teams from the Nepal Army, Nepal Police and Armed Police Force used helicopters and motorboats to rescue more than 3,000 people.",
    "On the Tribhuvan Highway at Jhyaple Khola in Dhading, a landslide buried two buses carrying passengers to Kathmandu, killing at least 35 people. Security personnel were still digging through the debris on Sunday.",
    "\"The water came into our house in the middle of the night. We climbed onto the roof and waited there until morning,\" said Sita Maharjan, a resident of Balkhu. \"Everything we owned is gone.\"",
    "The government has declared a three-day closure of schools and colleges across the country and suspended domestic flights. Major highways connecting the capital to the rest of the country remain blocked at several points.",
    "Meteorologists said a low-pressure system over the Bay of Bengal, combined with the monsoon trough, brought the heaviest rainfall recorded in the valley in more than five decades. Experts blamed unplanned urbanisation and encroachment of riverbanks for the scale of the damage.",
], [], "Floods and landslides: a natural disaster, not coded. 'Blocked' highways are blocked by landslides, not protesters."))

# 8 Kenya, Kisii: man hacks brother to death over land (negative: family land feud)
P = "2018-02-06"
A(art(P, "Man hacks brother to death in Kisii land row", "Daily Nation", [
    "A man is in police custody after he allegedly hacked his elder brother to death with a machete following a long-running dispute over their late father's land in Nyaribari Chache, Kisii County, on Sunday evening.",
    "Kisii Central OCPD Francis Mwangi said the suspect, 38, confronted his 45-year-old brother as he ploughed a disputed portion of the farm in Keumbu. \"An argument ensued and the suspect attacked the deceased with a panga, cutting him on the head and neck. He died on the spot,\" the police boss said.",
    "The suspect then fled into a nearby tea plantation but was arrested by police officers on Monday morning after villagers tipped them off. The murder weapon was recovered.",
    "The victim's widow, Mrs Moraa Nyaboke, said the family had tried in vain to resolve the dispute through clan elders and the area chief. \"They have been fighting over this land since their father died in 2014. We warned that someone would die,\" she said.",
    "The body was taken to the Kisii Teaching and Referral Hospital mortuary. The suspect is expected to be arraigned in court today.",
    "Land disputes within families are a leading cause of murder in Kisii and Nyamira counties, where land holdings have been subdivided into ever smaller plots. The area county commissioner has urged residents to seek the help of the courts and the land registrar instead of taking the law into their own hands.",
], [], "A killing within a family over inherited land: domestic/personal violence, not coded."))

# 9 Nepal, Kathmandu: teachers' sit-in at Maitighar (Protests) and police water cannon at New Baneshwor (Protests with intervention)
P = "2025-04-09"
s9a = "Police used water cannon and batons on Tuesday to push back teachers who tried to enter the prohibited area at New Baneshwor, near the Federal Parliament building, demanding that the School Education Bill be passed without delay."
s9b = "At least 12 teachers were injured and taken to Civil Hospital, according to hospital spokesperson Dr Mohan Chapagain."
s9c = "On Sunday, tens of thousands of teachers from across the country had staged a peaceful sit-in at Maitighar Mandala, chanting slogans and carrying placards, under the banner of the Nepal Teachers' Federation."
A(art(P, "Police use water cannon on protesting teachers near Parliament", "The Kathmandu Post", [
    "KATHMANDU: " + s9a,
    s9b + " Most had sustained minor injuries to their heads and limbs, he said.",
    s9c + " Schools across several districts have remained shut since then as teachers travelled to the capital.",
    "The teachers are demanding that the bill, which has been stuck in Parliament's education committee for over a year, be endorsed with provisions for permanent appointments of temporary teachers and equal pay for teachers in community schools.",
    "\"We have been patient for years. The government only listens when we come to the streets,\" said Kamala Adhikari, a central committee member of the federation. The federation has warned it will boycott the upcoming Secondary Education Examination if its demands are not met by Friday.",
    "Education Minister said on Tuesday evening that the government was ready for talks and urged the teachers to return to classrooms, adding that the bill would be taken up by the committee next week.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Nepal)", 6, "Police Forces of Nepal", 1, "Nepal", "Bagmati", "New Baneshwor, Kathmandu", 27.6889, 85.3426, 1, wd(P, "Tuesday"),
       inj=12, evid=[s9a, s9b],
       note="Teachers pushed back with water cannon and batons at New Baneshwor; 12 injured per the hospital; no deaths mentioned (null)."),
    ev("Protests", "Peaceful protest", "Protesters (Nepal)", 6, None, None, "Nepal", "Bagmati", "Maitighar Mandala, Kathmandu", 27.6939, 85.3222, 1, wd(P, "Sunday"),
       evid=[s9c],
       note="Sunday's peaceful sit-in at Maitighar Mandala."),
], "Two events: Tuesday's dispersal at New Baneshwor and Sunday's sit-in at Maitighar. The threatened exam boycott is future; school closures are not a separate event."))

# 10 Nigeria, Lagos: pupil kidnapped for ransom, housemaid arrested (negative: ordinary crime)
P = "2020-11-24"
A(art(P, "Police rescue kidnapped pupil in Lagos, arrest housemaid, two others", "Punch", [
    "The Lagos State Police Command has rescued a seven-year-old pupil who was kidnapped on her way home from school in the Ikorodu area of the state and arrested three suspects, including the family's housemaid.",
    "The command's spokesperson, SP Adekunle Ogunleye, said the girl was abducted last Wednesday by a man who came to her school pretending to be her uncle. The kidnappers later called her parents and demanded a ransom of N5m, threatening to kill the child if they informed the police.",
    "\"Our operatives from the Anti-Kidnapping Squad tracked the calls to a hideout in Ogijo, Ogun State, where the victim was rescued unhurt on Sunday,\" he said. \"Investigation revealed that the housemaid, who had worked with the family for eight months, supplied the kidnappers with information on the child's movements.\"",
    "Ogunleye said the 23-year-old housemaid had confessed to collecting N200,000 from the gang as her share of an initial payment made by the parents. The suspects would be charged to court after investigation, he added.",
    "The pupil's mother, who spoke to our correspondent in tears, said, \"We did not sleep for five days. I thank God and the police for bringing my daughter back alive.\"",
    "Kidnapping for ransom has spread from the North-West and the Lagos-Ibadan Expressway into residential areas of the South-West in recent years, with criminal gangs increasingly targeting children and domestic staff acting as informants.",
], [], "Kidnapping of a child for ransom by a criminal gang with an inside informant, and its arrests: ordinary crime, not coded (arrests of ordinary suspects). The regional kidnapping trend is background."))

# 11 Kenya, Baringo: bandits kill two herders near Marigat (VAC) + residents march in Kabarnet (Protests)
P = "2023-03-10"
s11a = "Two herders were shot dead and about 300 goats driven away when armed bandits attacked a homestead on the outskirts of Marigat town on Wednesday night, police said."
s11b = "On Thursday, hundreds of residents marched to the county commissioner's offices in Kabarnet to demand more police reservists and the return of their livestock."
A(art(P, "Two herders killed as bandits strike again in Baringo", "Daily Nation", [
    s11a,
    "Baringo South Police Commander Joseph Kigen said the attackers, believed to be more than 20 and armed with AK-47 rifles, struck at around 9pm and overpowered the family before escaping with the animals towards the Tiaty hills. Security officers had been deployed to track the bandits, he said.",
    s11b + " The protesters, carrying twigs and placards, sang songs and accused the government of abandoning them, before handing a petition to the deputy county commissioner.",
    "\"We are tired of burying our people. The operation was supposed to end banditry, but the bandits are still killing us,\" said Mr David Chepkonga, a village elder.",
    "The attack came barely a month after the government deployed the Kenya Defence Forces to support police in the North Rift under an operation to flush out bandits and recover illegal firearms. Interior Cabinet Secretary Kithure Kindiki has declared parts of Baringo, West Pokot, Turkana, Samburu, Elgeyo-Marakwet and Laikipia disturbed and dangerous.",
    "More than 100 people, among them police officers, have been killed in banditry attacks in the region in the past year, according to security officials.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Kenya)", 3, "Civilians (Kenya)", 7, "Kenya", "Baringo", "Marigat", 0.47, 35.9833, 2, wd(P, "Wednesday"),
       fat=2, evid=[s11a],
       note="Bandit raid on a homestead on the outskirts of Marigat (precision 2), two herders killed (police). Coded as armed-group violence in the North Rift banditry conflict, not as simple stock theft (borderline); attackers unnamed."),
    ev("Protests", "Peaceful protest", "Protesters (Kenya)", 6, None, None, "Kenya", "Baringo", "Kabarnet", 0.4919, 35.743, 1, wd(P, "Thursday"),
       evid=[s11b],
       note="Residents' march to the county commissioner's offices in Kabarnet; peaceful."),
], "Two events: Wednesday night's bandit raid near Marigat and Thursday's march in Kabarnet. The KDF deployment a month ago and the 100-killed tally are background."))

# 12 Tanzania: Marburg outbreak in Kagera (negative: disease)
P = "2025-01-21"
A(art(P, "Marburg: Health ministry confirms one death in Kagera, steps up fight", "The Citizen", [
    "Dar es Salaam. The government has confirmed an outbreak of Marburg virus disease in Kagera Region after a patient in Biharamulo District tested positive, President Samia Suluhu Hassan said yesterday.",
    "Speaking at a press conference alongside World Health Organization Director-General, the President said samples from the patient had been confirmed by the national laboratory, while 25 other suspected cases had tested negative, and that the government had taken measures to contain the disease.",
    "The Ministry of Health said a rapid response team had been deployed to Biharamulo to trace contacts, and isolation centres had been set up at the district hospital and in Bukoba. More than 200 contacts are being monitored.",
    "Residents of Biharamulo said fear had gripped the town, with some avoiding the markets and health centres. \"We are afraid, but the health workers are going door to door to educate people,\" said Mr Juma Kashaga, a trader.",
    "The Marburg virus, a relative of Ebola, spreads through contact with bodily fluids of infected people and has a fatality rate of up to 88 percent. There is no approved vaccine or treatment.",
    "This is Tanzania's second outbreak of the disease after one in Bukoba District in March 2023, which killed six people. Health experts said the region's proximity to Uganda and Rwanda, which have both battled outbreaks, called for cross-border surveillance.",
], [], "Disease outbreak: not coded. 'Battled' and 'fight' are metaphors."))

# 13 Uganda: court convicts two over 2021 Komamboga bombing (negative: court verdict on an old attack)
P = "2024-10-23"
A(art(P, "Court convicts two over 2021 Komamboga bomb attack", "Daily Monitor", [
    "Kampala. The International Crimes Division of the High Court has convicted two men of terrorism and murder over the October 2021 bomb attack on a roadside pork eatery in Komamboga, a Kampala suburb, which killed a waitress and injured three others.",
    "Justice Irene Nambatya ruled yesterday that the prosecution had proved beyond reasonable doubt that the accused, Abdul Rashid Kato and Hamza Ssekitto, were members of a cell of the Allied Democratic Forces (ADF) that assembled the improvised explosive device and planted it at the eatery.",
    "\"The evidence of the phone records and the confession of the third accused, who turned state witness, places both accused at the scene minutes before the explosion,\" the judge said. Sentencing was adjourned to November 6.",
    "The Islamic State claimed responsibility for the Komamboga blast, which was followed weeks later by twin suicide bombings near Parliament and the Central Police Station in Kampala that killed four people besides the three bombers.",
    "Defence lawyer Ronald Muwanga said his clients would appeal, arguing that the confessions had been obtained under torture while they were held incommunicado by security agencies. The two have been on remand at Luzira prison since December 2021.",
    "Uganda's security agencies say they have arrested dozens of suspected ADF collaborators since the attacks, and the army has pursued the group in eastern DR Congo in a joint operation with the Congolese army since late 2021.",
], [], "Court verdict on a 2021 bombing and mentions of the 2021 Kampala suicide bombings: old events as backdrop of a trial, not coded. Arrest tallies are aggregate."))

# 14 Nigeria: bandits abduct 23 in Zamfara (VAC) + troops clash with bandits in Katsina (Battles)
P = "2022-05-17"
s14a = "Bandits on Sunday abducted 23 residents, mostly women and children, from Bindin village in the Maru Local Government Area of Zamfara State, residents said."
s14b = "A resident, Mallam Sani Bindin, said one man who tried to flee was shot dead by the gunmen, who arrived on about 40 motorcycles at about 10pm."
s14c = "In Katsina State, troops of Operation Hadarin Daji on Monday engaged bandits in Faskari Local Government Area, the Defence Headquarters said."
s14d = "The army spokesman said 12 terrorists were neutralised in the encounter and several AK-47 rifles recovered."
A(art(P, "Bandits abduct 23 in Zamfara community, troops kill 12 in Katsina", "Punch", [
    s14a,
    s14b + " \"They went from house to house, shooting sporadically, and marched the women and children into the bush,\" he said.",
    "The Zamfara State Police Command spokesperson, SP Ibrahim Danjuma, confirmed the attack but said the number of those abducted was still being ascertained. He said police and military personnel had been deployed to the area to rescue the victims.",
    s14c + " " + s14d,
    "Zamfara, Katsina, Sokoto and Kaduna states have been ravaged for years by armed gangs, locally called bandits, who raid villages, kill residents and abduct people for ransom. Thousands have been killed and hundreds of thousands displaced since 2011.",
    "The state government last year banned the sale of petrol in jerrycans and shut down telecommunications in the state for weeks in an attempt to cut off the gangs' supplies, but residents say the attacks have continued.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Maru", 12.3333, 6.4, 2, wd(P, "Sunday"),
       fat=1, evid=[s14a, s14b],
       note="Mass abduction from Bindin village in Maru LGA (village not georeferenced; Maru town's coordinates, precision 2). Bandits are an unnamed armed group; one man shot dead per a resident."),
    ev("Battles", "Armed clash", "Military Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3, "Nigeria", "Katsina", "Faskari", 11.7213, 7.0336, 2, wd(P, "Monday"),
       claimed=[claim(12, 12, "Military Forces of Nigeria", "12 terrorists were neutralised in the encounter")],
       evid=[s14c, s14d],
       note="Troops engaged bandits in Faskari LGA (small district: precision 2). The 12 dead is the army's own claim, so fatalities null."),
], "Two events: Sunday's abduction in Maru LGA and Monday's army clash in Faskari LGA. Regional history and last year's measures are background."))

# 15 Philippines, Caloocan: drug suspect killed in buy-bust (negative: drug-war police killing)
P = "2017-08-18"
A(art(P, "Drug suspect killed in Caloocan buy-bust; cops say he 'fought back'", "Philippine Daily Inquirer", [
    "A suspected drug pusher was killed in a shootout with police during a buy-bust operation in Barangay 188, Caloocan City, early Thursday, police said.",
    "According to the Caloocan City Police, the suspect, identified only by his alias \"Bok,\" sold a sachet of shabu to an undercover officer at around 2 a.m. When he sensed he was dealing with a policeman, he allegedly drew a .38-caliber revolver and fired, prompting the officers to shoot back. He died on the spot.",
    "Police recovered the revolver, 10 sachets of suspected shabu and the marked money from the scene. \"He fought back, so our men were forced to defend themselves,\" the station commander said.",
    "The suspect's relatives disputed the police account, saying he was unarmed and had surrendered to the barangay's anti-drug council last year. \"They made him kneel before they shot him,\" said a neighbor, who asked not to be named for fear of reprisal.",
    "The killing was the latest in a series of deadly anti-drug operations in Metro Manila this week. Human rights groups say thousands of people have been killed since President Duterte launched his war on drugs in July 2016, while the Philippine National Police puts the number of suspects killed in legitimate operations at more than 3,000.",
    "The Commission on Human Rights said it would look into the incident.",
], [], "Police killing of a drug suspect in a buy-bust ('nanlaban'): police shooting of a criminal suspect in drug enforcement, out of scope; the contested account does not change it. The drug-war death counts and 'a series' this week are aggregate/unspecified."))

# 16 Indonesia, Bali: 20th anniversary of the Bali bombings (negative: anniversary)
P = "2022-10-13"
A(art(P, "Survivors, families mark 20 years since Bali bombings", "The Jakarta Post", [
    "Hundreds of survivors, relatives and officials gathered in Kuta, Bali, on Wednesday to commemorate the 20th anniversary of the 2002 bombings, which killed 202 people, most of them foreign tourists.",
    "Wreaths were laid at the Ground Zero monument on Jl. Legian, where bombs tore through Paddy's Pub and the Sari Club on the night of Oct. 12, 2002. Australian, British and Indonesian diplomats attended the ceremony, which was held under tight security.",
    "\"Twenty years on, the pain is still there, but we have learned to live with it,\" said Ni Made Sulastri, whose husband was killed while working as a waiter at the Sari Club. She now runs a foundation supporting widows and children of the victims.",
    "The attack, carried out by members of the al-Qaeda-linked Jemaah Islamiyah (JI), led to the creation of the police's Densus 88 counterterrorism squad, which has since arrested or killed hundreds of suspected militants.",
    "The anniversary comes amid controversy over plans to grant parole to Umar Patek, a JI bomb-maker who was sentenced to 20 years in prison for his role in the attack. Australian officials and victims' families have criticised the plan.",
    "Security analysts say JI has been weakened but not dismantled, and that the group continues to recruit and raise funds quietly through charities and boarding schools.",
], [], "Commemoration of the 2002 Bali bombings: an anniversary, not a demonstration; the 2002 attack and Densus 88's record are historical; not coded."))

# 17 Nigeria, Borno: suicide bombing at Konduga fish market (Explosions)
P = "2024-07-08"
s17a = "At least nine people were killed and 24 others injured when a female suicide bomber detonated explosives at a busy fish market in Konduga, Borno State, on Saturday evening, the state emergency management agency said."
s17b = "A member of the Civilian Joint Task Force in the town told our correspondent that 12 bodies had been recovered from the scene."
A(art(P, "Suicide bomber kills nine at Konduga fish market", "Premium Times", [
    s17a,
    "The Director-General of the Borno State Emergency Management Agency (SEMA), Usman Kachalla, said the injured had been evacuated to the University of Maiduguri Teaching Hospital and the State Specialist Hospital in Maiduguri, about 38 kilometres away.",
    s17b + " \"She entered the market around 7pm when it was crowded with traders and buyers, and the explosion tore through the stalls,\" he said.",
    "No group has claimed responsibility for the attack, although security sources said it bore the hallmarks of jihadists who have used women and girls as suicide bombers in Borno for more than a decade.",
    "The state governor, who visited the scene on Sunday, condemned the attack and urged residents to be vigilant.",
    "Konduga has been attacked several times since the insurgency began in 2009. In 2019, three suicide bombers killed about 30 people watching football at a viewing centre in the town. Attacks had become rarer in recent years as the military pushed the insurgents into the Sambisa Forest and the Lake Chad islands.",
], [
    ev("Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Borno", "Konduga", 11.6533, 13.4179, 1, wd(P, "Saturday"),
       fat=9, inj=24, evid=[s17a, s17b],
       note="Suicide bombing at Konduga fish market. SEMA's nine dead and 24 injured is the lowest credible; the CJTF member's 12 is higher. Unclaimed, and only 'hallmarks' of jihadists, so an unidentified armed group rather than Boko Haram (borderline)."),
], "One event: Saturday's suicide bombing in Konduga. The 2019 viewing-centre bombing is historical background, not coded."))

# 18 India, West Bengal: inquiry panel report on 2016 Dhulagarh riots (negative: inquiry on old riots)
P = "2019-07-04"
A(art(P, "Inquiry panel blames police inaction for 2016 Dhulagarh communal clashes", "The Hindu", [
    "KOLKATA: A one-man inquiry commission set up to probe the communal clashes in Dhulagarh in Howrah district in December 2016 has blamed the local police for failing to act on intelligence inputs and for allowing the violence to spread over two days.",
    "The report of Justice (retd.) Asim Kumar Roy, tabled in the Assembly on Wednesday, said that police reinforcements reached the area nearly six hours after clashes broke out during a religious procession, by which time mobs had set fire to more than 50 houses and shops.",
    "\"There was a clear failure of the local police station to anticipate trouble despite specific inputs about tension in the area,\" the report said. It recommended departmental action against two officers and compensation for families whose homes were torched.",
    "Opposition BJP legislators staged a walkout, alleging that the report had been diluted to shield political leaders. Leader of the Opposition said the party would raise the issue in Parliament.",
    "The clashes in Dhulagarh had prompted the State government to suspend Internet services in the area and impose prohibitory orders for a week. Over 100 people were arrested at the time, most of whom are now out on bail.",
    "Parliamentary Affairs Minister said the government would examine the recommendations and place an action-taken report before the House in the next session.",
], [], "Inquiry report on 2016 riots: backdrop without its own recent time, not coded. The BJP walkout is a legislative act inside the Assembly, not a public demonstration (borderline), not coded."))

# 19 Pakistan: cricket in war words (negative: sport)
P = "2023-12-18"
A(art(P, "Pakistan routed in Perth as Australian pace attack lays siege", "The Express Tribune", [
    "PERTH: Pakistan's batting collapsed in the face of a relentless Australian pace attack as the hosts crushed the visitors by 360 runs inside four days in the first Test at Optus Stadium on Sunday.",
    "Set an improbable target of 450, Pakistan were bundled out for 89 in just over 30 overs, their lowest total in Australia in nearly three decades. The Australian new-ball pair struck early, and the carnage continued as the batters fell one after another to short-pitched bowling.",
    "\"They attacked us from the first over and we had no answer,\" a member of the team management said at the post-match press conference. \"We have to regroup and come back stronger in Melbourne.\"",
    "Only two of the middle-order batters offered brief resistance before both fell to catches in the slip cordon. The tail offered little, and the innings was over before tea.",
    "A former Test captain described the defeat as a massacre. \"This team was sent into battle without preparation. Our batters have not played on bouncy pitches for years,\" he told the Tribune.",
    "Pakistan have now lost 15 consecutive Tests in Australia, a losing streak that stretches back to 1999. The second Test of the three-match series begins at the Melbourne Cricket Ground on December 26.",
], [], "Cricket report using war words ('routed', 'attack', 'siege', 'carnage', 'massacre'): sport, not coded."))

# 20 Nigeria: fuel market 'war' (negative: business)
P = "2024-10-16"
A(art(P, "Price war: Marketers accuse refinery of attack on independent depots", "Premium Times", [
    "Independent petroleum marketers on Tuesday accused the Dangote Petroleum Refinery of waging an economic war against them by slashing its gantry price for petrol twice in one week, in what they described as an attack on the survival of private depots.",
    "The Independent Petroleum Marketers Association of Nigeria (IPMAN) said depot owners who had imported petrol at higher prices were now under siege, with millions of litres stuck in their tanks and banks threatening to call in loans.",
    "\"This is a deliberate move to kill competition and take over the market. We are being massacred,\" the association's national secretary said at a news conference in Abuja.",
    "The refinery, in a statement, rejected the allegation, saying its pricing reflected market realities and that Nigerians should welcome lower pump prices. \"We will not apologise for giving Nigerians cheaper fuel,\" a spokesperson said.",
    "Analysts said the battle for the downstream market would intensify as the 650,000-barrels-per-day refinery ramps up production. The Nigerian National Petroleum Company Limited, which had been the sole importer of petrol, has also been drawn into the fight over supply agreements.",
    "Pump prices in Lagos and Abuja fell by about N50 per litre on Tuesday, although long queues persisted at some filling stations in the capital.",
], [], "Business dispute told in war words ('war', 'attack', 'siege', 'massacred'): not coded; a news conference is not a demonstration."))
