# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 31 Georgia: Tbilisi protest dispersed with arrests, Batumi peaceful rally
p = "2024-04-18"
s1 = "Georgian riot police used water cannon and pepper spray to clear thousands of protesters from outside parliament in Tbilisi late on Tuesday and detained at least 20 people, as lawmakers pressed ahead with a bill on \"foreign agents\" that critics say mirrors a Russian law."
s2 = "In the Black Sea city of Batumi, several thousand people marched peacefully along the seafront on Wednesday evening in support of the capital's protesters."
A(art(p, "Water cannon in Tbilisi as Georgians protest 'Russian law'", "Irish Independent", [
    "TBILISI - " + s1,
    "The crowd, many of them students waving Georgian and European Union flags, had gathered on Rustaveli Avenue on Tuesday afternoon as the bill passed its first reading in committee. Witnesses said police moved in shortly before midnight after some protesters tried to block an exit used by deputies' cars.",
    "The interior ministry said those detained had disobeyed lawful orders from police and faced fines or up to 15 days in detention. Opposition parties said several of the detained had been beaten in police vans, and the ombudsman's office said it had received complaints of ill-treatment.",
    "\"We are not against anyone. We want our future in Europe, not in Russia,\" said Nino, a 21-year-old law student who said her eyes were still burning from the spray on Wednesday morning.",
    s2,
    "The bill would require organisations that receive more than 20 per cent of their funding from abroad to register as \"pursuing the interests of a foreign power\". The ruling Georgian Dream party says it is needed to increase transparency and dismisses the comparison with Russia's law as \"propaganda\".",
    "The party withdrew an almost identical bill in March last year after two nights of mass protests, but reintroduced it this month. Prime Minister Irakli Kobakhidze said on Wednesday that the government \"will not bow to pressure from the street\" and that the bill would be passed before parliament's summer recess.",
    "President Salome Zourabichvili, who is at odds with the government, has said she will veto the law. Georgian Dream has enough votes in parliament to override her veto.",
    "The EU, which granted Georgia candidate status in December, said the bill was \"incompatible\" with the country's European aspirations, and Washington said it was \"deeply concerned\". Opposition groups have called another rally outside parliament for Sunday.",
    "Surveys suggest that around 80 per cent of Georgians support joining the EU, and the ruling party has long insisted that it shares that goal. Critics say, however, that its founder, the billionaire Bidzina Ivanishvili, who made his fortune in Russia, has steered the country back towards Moscow since Russia's full-scale invasion of Ukraine.",
    "Civil society groups, many of which rely on grants from Western donors, say the law is designed to silence them before parliamentary elections in October. \"They want to brand us as traitors so that nobody listens to us when we monitor the vote,\" said the head of one election-monitoring organisation, who asked not to be named.",
], [ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia",
       "Tbilisi", "Tbilisi", 41.7151, 44.8271, 1, wd(p, "Tuesday"), evid=[s1],
       note="Tbilisi protest outside parliament dispersed with water cannon and pepper spray, 20+ detained, late Tuesday. Blocking a car exit is not violence; protest with intervention."),
    ev("Protests", "Peaceful protest", "Protesters (Georgia)", 6, None, None, "Georgia", "Adjara", "Batumi",
       41.6168, 41.6367, 1, wd(p, "Wednesday"), evid=[s2],
       note="Peaceful solidarity march in Batumi on Wednesday evening.")],
    "Tbilisi protest with intervention (Tuesday) and Batumi peaceful march (Wednesday). March 2023 protests (old) and Sunday's called rally (future) not coded."))

# 32 Thai election rhetoric (no event)
A(art("2023-04-20", "Parties open fire on conscription as campaign enters final stretch", "Bangkok Post", [
    "Opposition parties stepped up their assault on military conscription yesterday, with Move Forward leader Pita Limjaroenrat promising to end the draft within a year and Pheu Thai vowing to cut the number of generals by half.",
    "Speaking to a crowd of supporters in Khon Kaen, Mr Pita said the annual draft lottery, in which young men draw red or black cards to decide whether they must serve, was \"a relic of a bygone era\". \"We will fight for a professional, voluntary army. No more red cards,\" he said.",
    "The ruling Palang Pracharath Party hit back, saying the opposition was \"waging war on the armed forces\" to win young votes. Deputy Prime Minister Prawit Wongsuwon, the party's prime ministerial candidate, said the military had already reduced the number of conscripts in recent years.",
    "Prime Minister Prayut Chan-o-cha, campaigning for the United Thai Nation Party in Chon Buri, avoided the subject but warned voters against parties that would \"bring back conflict and division\" to the country.",
    "Surveys by the National Institute of Development Administration show Move Forward and Pheu Thai leading the race, with Pheu Thai candidate Paetongtarn Shinawatra the most popular choice for prime minister.",
    "The Election Commission said more than 2.3 million people had registered for advance voting on May 7. The general election will be held on May 14.",
    "Analysts say the military, which has staged 12 successful coups since 1932, remains a powerful force in Thai politics through the 250-member Senate appointed by the junta after the 2014 coup, which will take part in choosing the next prime minister.",
], [], "Election campaign with war metaphors and coups recalled as history; no event."))

# 33 Nigeria: Zamfara abduction and Katsina attack repelled
p = "2022-02-17"
s1 = "Armed bandits abducted at least 25 people, mostly women and children, and killed two residents who tried to resist them during an overnight raid on Dogon Daji village in Tsafe Local Government Area of Zamfara State on Tuesday."
s2 = "In neighbouring Katsina State, police said they had repelled an attack by bandits on Faskari town on Wednesday, killing two of the attackers."
A(art(p, "Bandits abduct 25, kill two in Zamfara village raid", "Premium Times", [
    s1,
    "Residents said the gunmen, numbering over 50 and riding motorcycles in twos and threes, arrived at about 11 p.m. and went from house to house, shooting sporadically into the air. The raid lasted for more than two hours.",
    "\"They took my wife and my two daughters. We could do nothing. Anybody who came out was shot at,\" a resident, Sani Ibrahim, told Premium Times by telephone. He said the two residents killed were a farmer and his son, who had tried to stop the gunmen from entering their compound.",
    "The spokesperson of the Zamfara State Police Command, Mohammed Shehu, confirmed the attack but said the number of those abducted was still being verified. He said tactical teams had been deployed to the area to rescue the victims.",
    "A local leader in Tsafe said the bandits had contacted some of the families by Wednesday afternoon and demanded N50 million for the release of the captives.",
    s2,
    "The Katsina police spokesperson, Gambo Isah, said the bandits had come in large numbers but were engaged by a joint team of police and local vigilantes in a gunfight that lasted about one hour. He said one police officer was injured and that rustled cattle had been recovered.",
    "Zamfara, Katsina and other states in North-West Nigeria have for years been plagued by armed gangs, known locally as bandits, who raid villages, kill residents and abduct people for ransom. In December 2020, more than 300 schoolboys were abducted from a school in Kankara, Katsina State, and later released.",
    "Governor Bello Matawalle has in the past tried to negotiate peace deals with the bandits, but the attacks have continued. The federal government last month declared the bandit groups terrorist organisations.",
    "Residents of Tsafe called for a permanent military base in the area, saying the nearest security post was more than 20 kilometres away.",
], [ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3,
       "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Tsafe", 11.9590, 6.9210, 2, wd(p, "Tuesday"), fat=2,
       evid=[s1],
       note="Bandit raid on Dogon Daji village, Tsafe LGA, Tuesday night: 25+ abducted, 2 killed. Borderline sub-type: abduction and killing in one raid coded as one abduction event. geo 2: village in an LGA."),
    ev("Battles", "Armed clash", "Police Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3, "Nigeria",
       "Katsina", "Faskari", 11.7167, 7.0333, 1, wd(p, "Wednesday"),
       claimed=[{"low": 2, "high": 2, "claimant": "Police Forces of Nigeria", "text": "killing two of the attackers"}],
       inj=1, evid=[s2],
       note="Police and vigilantes repelled a bandit attack on Faskari, Wednesday; 2 attackers killed is the police's claim; 1 officer injured. Vigilantes joined with police, coded under police.")],
    "Tsafe abduction raid (Tuesday) and the Faskari fight (Wednesday). Ransom demand, Kankara 2020 abduction and the terrorist designation not coded."))

# 34 Safaricom results (no event)
A(art("2021-05-14", "Safaricom profit slips as price war, Covid bite", "Daily Nation", [
    "Safaricom's net profit fell 7.9 per cent to Sh68.7 billion in the year to March, as the telco waived M-Pesa fees during the pandemic and faced a fierce price war in mobile data from rivals Airtel and Telkom.",
    "The company's chief executive, Peter Ndegwa, told investors in Nairobi that the waiver of charges on M-Pesa transactions below Sh1,000 had cost the firm about Sh10 billion in revenue. M-Pesa revenue fell 2.2 per cent to Sh82.6 billion, the first decline since the service was launched in 2007.",
    "\"We have fought hard through a difficult year, and we are coming out of it stronger,\" Mr Ndegwa said. \"Our customers trusted us in a time of crisis.\"",
    "Voice revenue declined as customers shifted to data-based calling apps, while data revenue rose 14.5 per cent on the back of higher smartphone uptake and more people working from home.",
    "The board recommended a final dividend of Sh1.37 per share, bringing the total payout to Sh54.9 billion. The Treasury, which owns 35 per cent of the company, will receive about Sh19 billion.",
    "Safaricom also gave an update on its Ethiopian venture, saying it expected to launch services in Addis Ababa early next year after a consortium it leads won a licence last week for $850 million.",
    "Analysts at Genghis Capital said the results were in line with expectations. \"The return of M-Pesa charges in January should support a rebound in the current financial year,\" said analyst Eric Musau.",
    "Shares in the firm rose 1.2 per cent to Sh41.50 at the Nairobi Securities Exchange on Thursday.",
], [], "Company results with war metaphors ('price war', 'fought hard'); business, no event."))

# 35 Kashmir: Kulgam encounter and Pulwama arrests
p = "2022-06-13"
s1 = "Two militants were killed in an encounter with security forces in Redwani Payeen village of Kulgam district on Sunday, police said."
s2 = "The bodies of the two men were handed over to their families on Sunday evening, and hundreds of people attended their funerals in Kulgam town."
s3 = "Separately, police arrested three alleged overground workers of the Jaish-e-Mohammad in Pulwama district on Saturday and recovered two pistols and a hand grenade from them."
A(art(p, "Two militants killed in Kulgam encounter; three JeM aides held in Pulwama", "Hindustan Times", [
    "SRINAGAR: " + s1,
    "A joint team of the Jammu and Kashmir Police, the army's 1 Rashtriya Rifles and the Central Reserve Police Force launched a cordon and search operation in the village before dawn after receiving specific inputs about the presence of militants, a police spokesperson said. \"As the search party approached a suspected house, the hiding terrorists fired upon the joint team, which was retaliated, leading to an encounter,\" the spokesperson said.",
    "Inspector General of Police (Kashmir) Vijay Kumar said the two were local militants affiliated with the Lashkar-e-Taiba and had been involved in the killing of a policeman in the district last year. An AK-47 rifle and a pistol were recovered from the site, he said.",
    s2 + " Mobile internet was suspended in the district as a precaution.",
    s3,
    "Police said the men had been providing logistical support and shelter to militants in the south Kashmir district. A case has been registered under the Unlawful Activities (Prevention) Act.",
    "The encounter was the eighth in south Kashmir this month. According to police, 105 militants, most of them locals, have been killed in the Union territory so far this year.",
    "Former chief minister Mehbooba Mufti said in a tweet that the government's \"muscular policy\" had failed to bring peace and urged the Centre to begin a dialogue. The BJP's Kashmir unit said security forces had \"broken the back of terrorism\" in the valley.",
], [ev("Battles", "Armed clash", "Police Forces of India", 1, "Lashkar-e-Taiba", 2, "India", "Jammu and Kashmir",
       "Kulgam", 33.6446, 75.0190, 2, wd(p, "Sunday"), fat=2, evid=[s1, s2],
       note="Joint police-army-CRPF operation ending in a gunfight in Redwani Payeen, Kulgam district, Sunday; 2 militants (LeT per police) killed, deaths confirmed by bodies handed to families and funerals. geo 2: village of the district."),
    ev("Strategic developments", "Arrests", "Police Forces of India", 1, "Jaish-e-Mohammad", 2, "India",
       "Jammu and Kashmir", "Pulwama", 33.8716, 74.8946, 2, wd(p, "Saturday"), evid=[s3],
       note="Arrest of three alleged JeM overground workers in Pulwama district on Saturday; district only, geo 2.")],
    "Kulgam encounter (Sunday) and arrest of JeM helpers in Pulwama (Saturday). Last year's killing of a policeman, the month's and year's tallies not coded."))

# 36 Manchester Arena inquiry (no event)
A(art("2023-03-03", "Arena inquiry: MI5 missed 'significant opportunity' to stop bomber", "Manchester Evening News", [
    "MI5 missed a \"significant opportunity\" to take action that might have prevented the Manchester Arena bombing, the chairman of the public inquiry into the attack has concluded.",
    "Sir John Saunders said in the third and final volume of his report, published yesterday, that two pieces of intelligence received by the security service in the months before the attack were not shared quickly enough and were not properly assessed. Had they been acted upon, Salman Abedi might have been followed to a car where he stored the explosives, he said.",
    "Twenty-two people, the youngest aged eight, were killed when Abedi detonated a suicide bomb in the City Room foyer at the end of an Ariana Grande concert on May 22, 2017. Hundreds more were injured.",
    "MI5 Director General Ken McCallum said he was \"profoundly sorry\" that the agency had not prevented the attack. \"Gathering covert intelligence is difficult, but had we managed to seize the slim chance we had, those impacted might not have experienced such appalling loss and trauma,\" he said.",
    "Relatives of the victims said the report confirmed their worst fears. \"We now know that our daughter's death could have been prevented. That is something we will have to live with for the rest of our lives,\" said Caroline Curry, whose son Liam was killed alongside his girlfriend Chloe Rutherford.",
    "The first two volumes of the report, published in 2021 and 2022, criticised security arrangements at the venue and the emergency response, which Sir John said had been \"seriously deficient\".",
    "Abedi's brother Hashem was jailed for a minimum of 55 years in 2020 for helping to plan the attack. Greater Manchester Police said it would continue to pursue other people it believes may have been involved.",
    "A memorial garden, the Glade of Light, was opened near Manchester Cathedral last year.",
], [], "Inquiry report on the 2017 bombing; old attack as backdrop, not coded."))

# 37 Opinion: Myanmar's forgotten war (no event)
A(art("2023-01-31", "Opinion: Two years on, Myanmar's war is everyone's problem", "Bangkok Post", [
    "Two years ago tomorrow, Myanmar's generals woke the country with a coup. They expected a few weeks of protests and then a return to the sullen calm that followed their previous seizures of power. Instead, they started a war they cannot win and cannot afford to lose.",
    "The numbers tell part of the story. More than 1.1 million people have been displaced inside the country since the coup, according to the UN. Tens of thousands of homes have been burnt, most of them in the dry zone of Sagaing and Magway, where the army has answered the rise of local resistance forces with scorched-earth raids. Air strikes, once rare outside the ethnic borderlands, are now routine.",
    "Yet in Bangkok, the war often seems a world away. Thailand's government has kept the door open to the junta, hosting meetings that Asean's own chair boycotted and sending back people who crossed the border to escape the fighting.",
    "That is short-sighted. The war has already reached our frontier. Shells have landed on the Thai side of the Moei River, refugees sleep in the forests near Mae Sot, and the drug trade that the conflict has supercharged floods our cities with methamphetamine at record-low prices.",
    "There is no military solution, and there is no returning to the status quo before February 2021. The generals' plan to hold elections this year is a bid for legitimacy that nobody outside Naypyitaw should grant. An election held while villages burn is not a vote but a ceremony.",
    "What Thailand can do is quietly open channels to the National Unity Government and the ethnic armed organisations, allow humanitarian aid to cross the border under Thai supervision, and stop deporting people who face arrest at home. These are small steps. They are also the kind of steps that decide whether the next decade on our western border is one of refugees and narcotics or one of slow recovery.",
    "None of this requires Thailand to pick a side in Myanmar's civil war. It requires only that we recognise what the war is doing to people on both sides of the border. Traders in Mae Sot say business with Myawaddy has halved. Hospitals in Tak province treat patients from across the river who cannot find care at home. Thai schools in the border districts have taken in hundreds of children whose families fled the fighting, often without any support from Bangkok.",
    "Asean's five-point consensus, agreed in April 2021, is dead in all but name. Thailand, as the country with the longest border with Myanmar, has more at stake than any other member. It should start acting like it.",
    "The writer is a former Thai diplomat who served in Yangon.",
], [], "Opinion piece with aggregate tallies and generic shelling across the border without place or date; no event."))

# 38 South Africa: Alexandra riot, Tembisa march
p = "2019-04-04"
s1 = "Police fired rubber bullets and stun grenades in Alexandra on Wednesday as residents protesting against poor services and illegal structures barricaded roads with burning tyres and rocks and pelted passing vehicles with stones."
s2 = "Gauteng police spokesperson Brigadier Mathapelo Peters said 12 people had been arrested for public violence and two officers were slightly injured."
s3 = "In Tembisa, on the East Rand, about 500 residents marched peacefully to the Ekurhuleni municipal offices on Wednesday to hand over a memorandum demanding electricity and water connections."
A(art(p, "Alexandra shut down as service delivery protest turns violent", "Mail & Guardian", [
    s1,
    "The township, on the edge of the wealthy suburb of Sandton, was brought to a standstill as protesters blocked London Road and Roosevelt Street from the early hours. Taxis stopped running and schools sent pupils home. A municipal library was set alight but the fire was extinguished before it spread.",
    s2,
    "Residents say the City of Johannesburg has allowed overcrowding to get out of control, with shacks built on pavements, on the banks of the Jukskei River and even on top of existing houses. Sewage runs in the streets of some sections.",
    "\"We have been promised houses since 2001. Our children play in dirty water,\" said Thandiwe Mokoena, a mother of four who lives in a backyard shack in the East Bank section. \"They only come here when they want votes.\"",
    "Johannesburg mayor Herman Mashaba, who was jeered when he tried to address residents last week, has blamed illegal immigrants and land invaders for the overcrowding, remarks that the African National Congress described as reckless.",
    s3,
    "Organisers said the march, which was monitored by metro police, had been called after residents of the Winnie Mandela informal settlement went without electricity for three weeks. A municipal official accepted the memorandum and promised a response within seven days.",
    "The protests come five weeks before the May 8 general election. President Cyril Ramaphosa is expected to visit Alexandra on Saturday. Community leaders have called for a \"total shutdown\" of the township on Monday if their demands are not met.",
], [ev("Riots", "Violent demonstration", "Rioters (South Africa)", 5, "Police Forces of South Africa", 1,
       "South Africa", "Gauteng", "Alexandra", -26.1033, 28.0970, 1, wd(p, "Wednesday"), inj=2, evid=[s1, s2],
       note="Alexandra service delivery protest with barricades, burning tyres, stoning of vehicles and a library set alight; police fired rubber bullets; 12 arrested, 2 officers injured."),
    ev("Protests", "Peaceful protest", "Protesters (South Africa)", 6, None, None, "South Africa", "Gauteng",
       "Tembisa", -25.9963, 28.2268, 1, wd(p, "Wednesday"), evid=[s3],
       note="Peaceful march to municipal offices in Tembisa on Wednesday; police only monitored.")],
    "Alexandra riot and Tembisa peaceful march, both Wednesday. Last week's heckling of the mayor (no day, not a protest as told), Monday's planned shutdown and Ramaphosa's visit not coded."))

# 39 Nigerian political rhetoric (no event)
A(art("2022-11-22", "Governors trade words as campaign 'war' heats up in Rivers", "Punch", [
    "Rivers State Governor Nyesom Wike on Monday declared that he would \"crush\" any political party that tried to campaign in the state without the permission of the government, escalating a war of words with opposition candidates ahead of next year's general elections.",
    "Speaking at the flag-off of a road project in Port Harcourt, Wike said he was ready for \"battle\" and warned opposition parties not to use public schools and stadiums for their rallies. \"Rivers is not a no-man's land. Anybody who wants to come and cause trouble here will meet his match,\" he said.",
    "The Labour Party's governorship candidate, Beatrice Itubo, described the governor's remarks as a threat to democracy. \"We will not be intimidated. We will campaign in every ward of this state,\" she said.",
    "The All Progressives Congress in the state accused Wike of denying it the use of Adokiye Amiesimaka Stadium for its presidential campaign rally and said it would approach the courts.",
    "Wike, a member of the Peoples Democratic Party, has been at loggerheads with his party's presidential candidate, Atiku Abubakar, since losing the party's primary in May. He and four other PDP governors, known as the G5, have demanded the resignation of the party's national chairman.",
    "The Independent National Electoral Commission has urged politicians to avoid inflammatory language. The presidential and National Assembly elections will hold on February 25.",
], [], "Campaign rhetoric with threats and war words; no event."))

# 40 Afghanistan UN report (no event)
A(art("2023-07-26", "UN report details Taliban detentions of former officials, activists", "Dawn", [
    "KABUL: The United Nations mission in Afghanistan said on Tuesday it had documented at least 800 cases of extrajudicial killings, arbitrary arrests and torture of former government officials and members of the security forces since the Taliban took power in August 2021.",
    "The report by the UN Assistance Mission in Afghanistan (UNAMA) said that despite a general amnesty announced by the Taliban after their takeover, former soldiers, police officers and officials continued to be targeted. Most of the cases were recorded in Kandahar, Kabul and Balkh provinces.",
    "UNAMA also said it was concerned about the detention of women's rights activists and journalists. It said that in the first half of this year at least 14 journalists had been detained, some of them for several weeks, often without being told why.",
    "\"The de facto authorities must take urgent steps to ensure that the amnesty is upheld and that those responsible for violations are held to account,\" said Fiona Frazer, the head of UNAMA's human rights service.",
    "The Taliban-run foreign ministry rejected the report as \"baseless\" and said that no one had been arrested or killed for having served under the previous government. It said isolated incidents had been investigated and those responsible punished.",
    "The report comes as the Taliban face growing international criticism over restrictions on women, who have been banned from secondary and university education and from working for NGOs and the UN. This month the Taliban ordered all beauty salons in the country to close.",
    "No country has formally recognised the Taliban government. Pakistan's special envoy for Afghanistan is expected to visit Kabul next week for talks on border security and trade.",
], [], "UN report of aggregate detentions and killings over two years; no specific dated event, not coded."))

# 41 Just Stop Oil sentencing over old protest; supporters' rally outside court
p = "2023-04-22"
s1 = "Outside the court yesterday, around 30 supporters held banners and sang."
A(art(p, "Just Stop Oil pair jailed over Dartford bridge protest", "Kent Online", [
    "Two Just Stop Oil protesters who climbed the Queen Elizabeth II Bridge at Dartford, closing it for almost 40 hours, have been jailed.",
    "Morgan Trowland, 40, was sentenced to three years and Marcus Decker, 34, to two years and seven months at Basildon Crown Court yesterday after being found guilty of causing a public nuisance. They are believed to be the longest sentences handed to climate activists in the UK for non-violent protest.",
    "The pair used ropes to scale the cable-stayed bridge, which carries the M25 over the Thames, in the early hours of October 17 last year, and strung up a hammock and a banner reading \"Just Stop Oil\". Police closed the bridge as a result, causing severe disruption across Kent and Essex.",
    "Judge Shane Collery said the defendants had caused \"chaos\" and \"misery\" to hundreds of thousands of people. \"You must be punished for the chaos you caused and to deter others from copying your example,\" he said.",
    s1 + " A spokesperson for Just Stop Oil said the sentences were \"a disgrace\" and that the group would continue its campaign against new oil and gas licences.",
    "Kent Police said the protest had cost the force more than £300,000. Chief Superintendent Tony Blaker said officers would \"always respond robustly\" to protests that put the public at risk.",
    "Human rights groups criticised the sentences, saying they showed the chilling effect of the Public Order Act, which received royal assent this week and creates new offences of \"locking on\" and tunnelling.",
], [ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England",
       "Basildon", 51.5761, 0.4887, 1, wd(p, "yesterday"), evid=[s1],
       note="Borderline: small peaceful rally of supporters outside Basildon Crown Court on the day of sentencing (yesterday).")],
    "The October 2022 bridge protest is old and only the subject of the trial, not coded; the supporters' rally outside court yesterday is coded (borderline, small)."))

# 42 Polio campaign (no event)
A(art("2019-04-22", "Polio drive begins under tight security in KP", "Dawn", [
    "PESHAWAR: A five-day anti-polio campaign began across Khyber Pakhtunkhwa on Monday under heavy security, with thousands of policemen deployed to protect vaccination teams, officials said.",
    "More than 40,000 health workers will try to vaccinate around 6.7 million children under the age of five in the province, according to the provincial Emergency Operations Centre. Each team will be escorted by at least one policeman, and in the most sensitive union councils of Bannu, Lakki Marwat and Peshawar, by two.",
    "Polio workers and the policemen guarding them have been attacked repeatedly in the province over the past decade. More than 70 health workers and security personnel have been killed since 2012, according to the health department.",
    "Officials are also battling misinformation. Health authorities said rumours spread on social media that the vaccine was harmful had led thousands of parents to refuse the drops in previous campaigns.",
    "\"This is a war against a virus, and we cannot win it if parents are afraid,\" said Dr Imtiaz Ali Shah, the coordinator of the Emergency Operations Centre. He urged religious leaders to use Friday sermons to reassure parents.",
    "Pakistan is one of only two countries in the world, along with Afghanistan, where wild poliovirus transmission has never been interrupted. Eight cases have been reported in the country so far this year, six of them in Khyber Pakhtunkhwa.",
    "The World Health Organisation has recommended that travellers from Pakistan be vaccinated before leaving the country.",
], [], "Vaccination campaign with a multi-year tally of attacks on polio teams; statistics, no event."))

# 43 Serbia-Kosovo talks fail (no event)
A(art("2023-10-27", "EU-brokered Serbia-Kosovo talks end without deal", "The Australian", [
    "BRUSSELS - European Union efforts to defuse tensions between Serbia and Kosovo ended without a breakthrough on Thursday, after the leaders of the two countries refused to meet face to face at talks in Brussels.",
    "EU foreign policy chief Josep Borrell and envoy Miroslav Lajcak shuttled between Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic in separate rooms for more than eight hours, but failed to secure agreement on a plan to form an association of Serb-majority municipalities in northern Kosovo.",
    "\"We are not where we should be,\" Mr Borrell told reporters afterwards. \"Both parties must understand that the normalisation of relations is the only way forward.\"",
    "Relations between Belgrade and Pristina have been at their worst in years since a shootout at a monastery in the village of Banjska on September 24, in which a Kosovo police officer and three Serb gunmen were killed. Kosovo accused Serbia of backing the attackers, a charge Belgrade denies.",
    "NATO has since sent more than 200 additional troops to reinforce its peacekeeping force in Kosovo, KFOR, which now numbers around 4,500. The United States said last month it had seen a large Serbian military build-up along the border, which Serbia said had since been reduced.",
    "Mr Kurti said Kosovo was ready to implement the deal agreed in principle in February but would not accept an association with executive powers. Mr Vucic said Serbia would never recognise Kosovo's independence, which it declared in 2008.",
    "The EU has warned both sides that their path to membership depends on progress in the talks.",
], [], "Talks ending without agreement (no Agreement event); the Banjska shootout is over a month old with its date; troop reinforcements are not dated events. Not coded."))

# 44 Mexico: CJNG ambush near Coalcoman, drone attack in Aguililla
p = "2023-07-11"
s1 = "Four National Guard members were killed when gunmen ambushed their patrol on a highway near the town of Coalcomán in the western Mexican state of Michoacán on Monday, authorities said."
s2 = "State security officials blamed the Jalisco New Generation Cartel (CJNG), which has been fighting local gangs for control of the region's drug routes and avocado and lime farms."
s3 = "On Saturday, two people were injured when a drone dropped explosives on a house in the town of Aguililla, about 60 kilometres to the east, local officials said."
A(art(p, "Four Mexican guardsmen killed in cartel ambush in Michoacán", "The Australian", [
    "MEXICO CITY - " + s1,
    s2,
    "Michoacán security chief José Antonio Bernal said the attackers had blocked the road with burning vehicles before opening fire on the patrol with high-calibre weapons from a hillside. Two other guardsmen were wounded and taken to hospital in the state capital, Morelia.",
    "The National Guard, created by President Andrés Manuel López Obrador in 2019 to replace the federal police, has been deployed in large numbers to the Tierra Caliente region, where cartels have used improvised explosive devices and drones against both security forces and rival groups.",
    s3,
    "Officials said they had not identified who was responsible for the drone attack. Residents said armed groups had been fighting for control of the town for weeks, forcing dozens of families to leave.",
    "More than 30,000 people were murdered in Mexico last year, many in violence linked to drug cartels. Michoacán is among the states with the highest homicide rates, and the US State Department advises its citizens not to travel there.",
    "López Obrador, who has pursued a \"hugs, not bullets\" policy of tackling the root causes of crime, said at his morning news conference on Tuesday that the soldiers' deaths would not go unpunished and that reinforcements would be sent to the area. - Reuters",
], [
    ev("Battles", "Armed clash", "CJNG: Jalisco New Generation Cartel", 3, "Military Forces of Mexico", 1,
       "Mexico", "Michoacan", "Coalcoman", 18.7772, -103.1600, 2, wd(p, "Monday"), fat=4, inj=2, evid=[s1, s2],
       note="Ambush of a National Guard patrol near Coalcomán on Monday, blamed on the CJNG by state officials: 4 killed, 2 wounded. Ambush of armed forces coded as an armed clash; National Guard coded as Military Forces of Mexico. geo 2: near the town."),
    ev("Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7,
       "Mexico", "Michoacan", "Aguililla", 18.7333, -102.7833, 1, wd(p, "Saturday"), inj=2, evid=[s3],
       note="Explosive-laden drone attack on a house in Aguililla, Saturday; 2 injured; perpetrator unidentified, motive cartel fighting as told.")],
    "CJNG ambush near Coalcomán (Monday) and drone attack in Aguililla (Saturday). Annual murder tally and weeks of unspecified fighting not coded."))

# 45 Dengue in Delhi (no event)
A(art("2021-10-28", "Dengue cases cross 1,000 in Delhi as civic bodies step up war on mosquitoes", "Hindustan Times", [
    "Delhi recorded 281 new dengue cases last week, taking the total for the year past 1,000 for the first time since 2015, according to a report released by the South Delhi Municipal Corporation on Monday.",
    "Six deaths have been attributed to the disease this season, though doctors say the true number is likely to be higher as many cases go unreported. Hospitals including Safdarjung, Lok Nayak and Ram Manohar Lohia have set up dedicated dengue wards and are reporting a shortage of platelets.",
    "Municipal officials said they had launched an \"all-out offensive\" against mosquito breeding, deploying more than 3,000 domestic breeding checkers and fogging teams across the city. Notices have been issued to over 50,000 households and building owners where larvae were found in coolers, flower pots and water tanks.",
    "\"It is a battle we have to fight house by house. The mosquito does not respect boundaries,\" said Dr Ashok Rana, the public health officer of the north corporation.",
    "Doctors attributed the surge to unusually heavy rainfall in September, which left stagnant water in many parts of the city, and to the prevalence of the more severe DENV-2 strain. Most of the cases have been reported from Najafgarh, west Delhi and parts of south Delhi.",
    "Health minister Satyendar Jain said the Delhi government's \"10 weeks, 10 baje, 10 minute\" campaign, which asks residents to check their homes for stagnant water every Sunday at 10am, would be intensified.",
    "Experts say cases are likely to decline in the second half of November as temperatures drop.",
], [], "Disease outbreak with military metaphors; no event."))
