# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Nigeria, Plateau: gunmen attack two villages of Bokkos LGA on two nights
p = "2024-04-17"
s1 = "Gunmen attacked Mushu, a farming village in Bokkos Local Government Area of Plateau State, on Sunday night, shooting residents and setting fire to more than 40 houses."
s2 = "The Plateau State Police Command said on Tuesday that 11 bodies had been recovered in Mushu, while the Bokkos Cultural Development Council put the toll at 19."
s3 = "On Monday night the attackers struck again at Hurti, about 12 kilometres away, killing four people, among them a pregnant woman, according to the police spokesman, Alfred Alabo."
A(art(p, "Plateau: Death toll rises as gunmen strike second Bokkos village", "Daily Trust", [
    s1,
    s2,
    "Survivors said the attackers arrived on motorcycles shortly after 10pm and went from house to house for nearly three hours. \"They were shouting and shooting. We ran into the bush with the children,\" said a farmer, Danladi Pam, whose two brothers were among the dead.",
    s3,
    "Nine injured victims were taken to the Bokkos General Hospital and the Jos University Teaching Hospital, the police said.",
    "The Commissioner of Police, Okoro Alawari, said tactical teams had been deployed to the area and that a joint patrol with soldiers of Operation Safe Haven had begun. No arrests have been made.",
    "Bokkos and neighbouring Barkin Ladi were the scene of coordinated attacks on more than 20 villages last Christmas Eve in which over 150 people were killed. Community leaders said many families who fled then had only just returned to their farms.",
    "Governor Caleb Mutfwang, who visited Mushu on Tuesday, condemned what he called \"a deliberate attempt to drive our people off their land\" and announced relief materials for displaced families.",
], [ev("Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Plateau",
       "Mushu", 9.2969, 8.9947, 2, wd(p, "Sunday"), fat=11, evid=[s1, s2],
       note="Night attack on Mushu village (Bokkos LGA; coordinates of Bokkos town, precision 2): police count 11 taken over the community council's 19."),
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Plateau",
       "Hurti", 9.2969, 8.9947, 2, wd(p, "Monday"), fat=4, evid=[s3],
       note="Second attack on Hurti the next night: 4 killed (police). Injured (9) not split between the villages, left null.")],
    "Two events: Mushu (Sunday 14 Apr) and Hurti (Monday 15 Apr), same attackers, two places and nights. The Christmas Eve attacks (older, summed over 20 villages) are background, not coded."))

# 2 Tulsa anniversary (no event)
A(art("2019-06-01", "Tulsa marks 98 years since massacre as excavation plans advance", "Tulsa World", [
    "Several hundred people gathered at the Greenwood Cultural Center on Friday evening to mark 98 years since the Tulsa Race Massacre, when a white mob destroyed the prosperous Black district of Greenwood over two days in 1921.",
    "Historians estimate that as many as 300 people were killed and more than 1,200 homes burned. For decades the massacre was left out of Oklahoma school textbooks.",
    "Speakers at the candlelight vigil included descendants of survivors and Mayor G.T. Bynum, who last year reopened the search for mass graves that witnesses described in interviews recorded in the 1990s.",
    "\"We are not here to reopen wounds. The wounds were never closed,\" said the Rev. Robert Turner of Vernon AME Church, one of the few buildings on Greenwood Avenue that partly survived the fire.",
    "A committee of historians and archaeologists is expected to present a plan next month for ground-penetrating radar surveys at Oaklawn Cemetery and two other sites.",
    "The centennial commission said it had raised most of the money for Greenwood Rising, a history centre due to open in 2021.",
], [], "Anniversary of the 1921 massacre: a historical event with its date, memorial and plans; nothing coded."))

# 3 Phoenix drug raid (no event)
A(art("2022-09-23", "Fentanyl pills, rifles seized in west Phoenix raid", "The Arizona Republic", [
    "Phoenix police and federal agents seized about 250,000 fentanyl pills, 11 pounds of methamphetamine and nine rifles during a raid on a house in the Maryvale neighborhood on Wednesday, officials said.",
    "Three men, aged 24, 31 and 45, were arrested on suspicion of drug trafficking and weapons offenses. Investigators said the house was used as a distribution hub supplying dealers across the West Valley.",
    "\"This is one of the largest seizures we have made this year in the war on fentanyl,\" said Cheryl Orr, special agent in charge of the Drug Enforcement Administration's Phoenix division. \"These pills would have killed people in our community.\"",
    "A SWAT team forced entry shortly before 6 a.m. No shots were fired and nobody was hurt, police said.",
    "According to the Maricopa County Department of Public Health, more than 1,800 people died of drug overdoses in the county last year, most of them involving fentanyl.",
    "Neighbors said they had complained for months about cars stopping at the house at all hours of the night.",
], [], "Drug raid with arrests: ordinary drug crime; a county overdose tally. Nothing coded."))

# 4 Kenya: doctors' march in Nyeri dispersed
p = "2024-03-22"
s1 = "Police in Nyeri lobbed teargas canisters at striking doctors on Thursday as they marched from the Nyeri County Referral Hospital to the county headquarters to present a petition."
s2 = "About 150 doctors and medical interns, some in white coats and carrying placards, had walked peacefully for about a kilometre when officers blocked them at the Kimathi Way roundabout."
A(art(p, "Police teargas striking doctors in Nyeri", "The Standard", [
    s1,
    s2,
    "\"We are not criminals. We are doctors asking for what was signed in 2017,\" said Dr Kahura Mwangi, the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch secretary, as colleagues helped a coughing intern to a bench. No arrests were made.",
    "The doctors' strike, now in its second week, has paralysed services in public hospitals across the country. The union is demanding the posting of interns and the implementation of a collective bargaining agreement signed seven years ago.",
    "Nyeri County Police Commander Anthony Keter said the demonstrators had not notified the police of the march. \"They were headed to a security installation,\" he said.",
    "In Nairobi last week, KMPDU secretary-general Davji Atellah was injured when a teargas canister hit him on the head during a march to the Ministry of Health.",
    "Health Cabinet Secretary Susan Nakhumicha on Thursday said the government would post interns by April but insisted it could not afford the pay rates the union wants.",
], [ev("Protests", "Protest with intervention", "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, "Kenya", "Nyeri",
       "Nyeri", -0.4201, 36.9476, 1, wd(p, "Thursday"), evid=[s1, s2],
       note="Peaceful doctors' march dispersed with teargas: protest with intervention; no injuries counted, no arrests.")],
    "One event: Nyeri doctors' march on Thursday 21 Mar. The Nairobi march 'last week' (no day) and the nationwide strike as such are not coded."))

# 5 Manchester stabbing (no event)
A(art("2021-08-09", "Man, 19, arrested after teenager stabbed in Moss Side", "Manchester Evening News", [
    "A 19-year-old man has been arrested on suspicion of attempted murder after a 17-year-old boy was stabbed on Great Western Street in Moss Side on Saturday night.",
    "Officers were called at around 11.15pm to reports of a fight involving a group of young men. The victim was taken to Manchester Royal Infirmary with stab wounds to his back and chest. His condition is described as serious but stable.",
    "Detective Inspector Lee Griffin of Greater Manchester Police said: \"We believe this was a targeted attack following an argument earlier in the evening, and there is no wider risk to the public.\"",
    "A dispersal order was put in place for the area until Monday morning. Forensic officers were seen examining a bus shelter and a nearby alleyway on Sunday.",
    "Residents said the stabbing was the third in the area this summer. Councillor Emily Rowles said knife crime \"tears at the heart of this community\" and called for youth services to be restored.",
    "Anyone with information is asked to call police on 101 or Crimestoppers anonymously.",
], [], "Stabbing after a personal argument: ordinary crime; one arrest of an ordinary suspect. Nothing coded."))

# 6 Barnsley gas explosion (no event)
A(art("2023-02-14", "Family escape as gas explosion flattens Barnsley home", "Yorkshire Post", [
    "A woman and her two children escaped with minor injuries after a suspected gas explosion destroyed their semi-detached home in the Kendray area of Barnsley early on Monday.",
    "The blast, at about 6.40am, was heard several miles away. It blew out the windows of neighbouring houses and left the roof of the property in the front garden.",
    "South Yorkshire Fire and Rescue said crews from Barnsley and Cudworth pulled the family from the rubble within minutes. \"It is nothing short of a miracle that nobody was killed,\" said group manager Steve Helps.",
    "Twelve neighbouring homes were evacuated and a rest centre opened at a nearby community hall. Northern Gas Networks engineers isolated the supply to the street.",
    "Police said the explosion was not being treated as suspicious. A joint investigation by the fire service and the Health and Safety Executive is under way.",
    "Neighbours described the scene as \"like a bomb had gone off\". A crowdfunding page set up for the family had raised more than £8,000 by Monday evening.",
], [], "Domestic gas explosion, not suspicious: an accident. Nothing coded."))

# 7 India, Chhattisgarh: encounter in Abujhmarh
p = "2023-11-04"
s1 = "Five suspected Maoists were killed in an encounter with security forces in the forests of Abujhmarh near Kutul village in Narayanpur district on Friday morning, police said."
s2 = "The bodies of five people, two of them women, were brought to the district hospital in Narayanpur on Friday evening, hospital staff said."
s3 = "Inspector General of Police (Bastar range) P Sundarraj said a joint team of the District Reserve Guard and the Special Task Force came under fire while on a search operation, and that at least eight Maoists were killed in the gunfight that followed, some of whose bodies were carried away by their comrades."
A(art(p, "Five Maoists killed in Narayanpur encounter, says police", "The Hindu", [
    s1,
    s3,
    s2,
    "Two DRG personnel suffered bullet injuries and were airlifted to Raipur, where their condition was stable, officials said.",
    "Police said an AK-47 rifle, two INSAS rifles, a country-made rocket launcher and a large quantity of Maoist literature were recovered from the site.",
    "The Communist Party of India (Maoist) did not comment. Villagers in the area have in the past accused security forces of passing off civilians as rebels; the police said the identities of the dead were being established.",
    "The encounter came days before the first phase of the Assembly election in Chhattisgarh, which covers 20 seats, most of them in the Bastar region. Security has been tightened, with more than 60,000 personnel deployed.",
    "In April, ten DRG personnel and a civilian driver were killed when Maoists blew up their vehicle in Dantewada district.",
], [ev("Battles", "Armed clash", "Police Forces of India", 1, "CPI (Maoist)", 2, "India", "Chhattisgarh",
       "Kutul", 19.6300, 81.0300, 2, wd(p, "Friday"), fat=5, inj=2,
       claimed=[{"low": 8, "high": 8, "claimant": "Police Forces of India", "text": "at least eight Maoists were killed in the gunfight that followed"}],
       evid=[s1, s3, s2],
       note="Police-Maoist gunfight near Kutul (Abujhmarh, Narayanpur district), Friday 3 Nov: 5 dead from the hospital count; police's 'at least eight killed' is a party claim."),
    ],
    "One event (Narayanpur encounter). The April Dantewada IED (older) and election security deployment are background. Borderline on fatalities: the police count is a party's; the hospital count is used."))

# 8 Omagh anniversary (no event)
A(art("2018-08-16", "Omagh falls silent 20 years after bombing", "Belfast Telegraph", [
    "Hundreds of people stood in silence on Market Street in Omagh on Wednesday afternoon to mark 20 years since the Real IRA car bomb that killed 29 people and unborn twins.",
    "The 500lb bomb exploded at 3.10pm on August 15, 1998, in a busy shopping street packed with families preparing for the start of the school term. It remains the deadliest single atrocity of the Troubles.",
    "Relatives read the names of the dead at the memorial garden, where a mirror reflects sunlight onto a heart-shaped glass sculpture. Church bells rang across the town.",
    "Michael Gallagher, whose son Aiden was killed, said the families would continue their legal fight for a cross-border public inquiry. \"We owe it to them to find out whether the bombing could have been prevented,\" he said.",
    "A civil court in 2009 found four men liable for the attack, but nobody has been convicted in a criminal court.",
    "The Police Service of Northern Ireland said it continued to review the case.",
], [], "Anniversary of the 1998 bombing and an old civil ruling: historical, nothing coded."))

# 9 Cork cocaine seizure (no event)
A(art("2019-11-27", "€40m cocaine haul seized off west Cork coast", "Irish Examiner", [
    "Gardaí, Revenue officers and the Naval Service seized about 570kg of cocaine worth an estimated €40m from a yacht off the west Cork coast on Monday night.",
    "The operation began when the LÉ William Butler Yeats intercepted the vessel about 20 nautical miles south of Baltimore. Two men, a British national in his 50s and a Dutch national in his 40s, were arrested and brought to Bantry Garda Station.",
    "Assistant Commissioner John O'Driscoll said the seizure followed months of intelligence sharing with the Maritime Analysis and Operations Centre in Lisbon. \"Organised crime groups continue to see Ireland's long coastline as a vulnerability,\" he said.",
    "The yacht was escorted into Castletownbere on Tuesday morning, where the drugs were unloaded under armed guard.",
    "It is the largest cocaine seizure in the State since 2008, when 1.5 tonnes washed ashore at Dunlough Bay in the same part of the county.",
    "Both men can be held for up to seven days under drug trafficking legislation.",
], [], "Drug seizure and two arrests of smugglers: drug crime, not coded."))

# 10 Derry: Easter Monday riot
p = "2022-04-19"
s1 = "Petrol bombs were thrown at police Land Rovers in the Creggan area of Derry on Monday afternoon after a dissident republican Easter parade."
s2 = "Police said a crowd of around 50 youths, many with their faces covered, attacked officers on Central Drive with petrol bombs, bricks and fireworks over a period of about two hours, and a vehicle was set alight."
A(art(p, "Petrol bombs thrown at police after Creggan Easter parade", "Derry Journal", [
    s1,
    s2,
    "Nobody was injured, the PSNI said, although two police vehicles were damaged. There were no arrests.",
    "Superintendent Gordon McCalmont said: \"This was reckless, mindless violence, and those who orchestrated it have no regard for the community they claim to represent.\" He said officers had been \"deliberately lured\" into the area.",
    "The parade, organised by the Derry 1916 Commemoration Committee, had made its way from the Creggan shops to the City Cemetery, where a speech was read. The PSNI said it had gathered evidence of people wearing paramilitary-style clothing.",
    "Foyle MLA Mark H Durkan said young people were being \"groomed and used\" by groups with nothing to offer them. Sinn Féin's Padraig Delargy said the violence did nothing to honour the past.",
    "Similar disorder broke out in the area on Easter Monday last year, when dozens of petrol bombs were thrown over two nights.",
], [ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom", "Northern Ireland",
       "Derry", 54.9966, -7.3086, 1, wd(p, "Monday"), inj=0, evid=[s1, s2],
       note="Youths attacking police with petrol bombs after a parade in Creggan, Derry (part of the city): violent demonstration/riot; no injuries."),
    ],
    "One event: Creggan disorder, Easter Monday 18 Apr. The parade itself (peaceful, not described as a protest) is folded in; last year's disorder is background. Injured 0 ('Nobody was injured'); fatalities left null as no death is mentioned (borderline: 0 vs null)."))

# 11 Toronto police shooting (no event)
A(art("2020-07-03", "SIU investigating after Toronto police shoot man armed with knife", "Toronto Star", [
    "Ontario's Special Investigations Unit is investigating after a 37-year-old man was shot and wounded by Toronto police in Scarborough on Thursday morning.",
    "Police were called to an apartment building near Kingston Road and Markham Road shortly after 8 a.m. after a man was reported to be threatening residents with a knife in a hallway.",
    "According to the SIU, officers confronted the man in a stairwell and one officer fired his weapon. The man was taken to a trauma centre with injuries that are not life-threatening. A conducted energy weapon was also used.",
    "The SIU, which investigates police incidents involving death, serious injury or allegations of sexual assault, has assigned four investigators and a forensic investigator. Two subject officers and three witness officers have been designated.",
    "The shooting comes as the city debates the creation of a non-police crisis response team for mental health calls, following protests last month over the deaths of people in crisis during police calls.",
    "A neighbour said the man had lived in the building for several years and had seemed \"troubled\" recently.",
], [], "Police shooting of an armed man: ordinary police incident, not coded. The protests 'last month' have no place or day: not coded."))

# 12 Sudan: RSF shelling of Omdurman market
p = "2024-06-12"
s1 = "At least 19 people were killed and dozens wounded when shells fired by the paramilitary Rapid Support Forces struck a crowded market in the Karari district of Omdurman on Tuesday, a medical charity said."
s2 = "Sudan's health ministry said 31 people died, and accused the RSF of \"deliberately targeting civilians\"."
A(art(p, "Shelling of Omdurman market kills at least 19, medics say", "The Star (Kenya)", [
    "KHARTOUM (Reuters) - " + s1,
    "The Emergency Lawyers group and Médecins Sans Frontières, which supports the nearby Al-Nau hospital, said most of the victims were women and children shopping for food. MSF gave the toll of 19.",
    s2,
    "The RSF did not immediately comment. The group has in the past denied targeting residential areas and blamed the army for civilian deaths.",
    "Omdurman, across the Nile from the capital Khartoum, has been largely controlled by the army since it retook parts of the old city in March. The RSF holds positions to the west and north of the city and regularly fires artillery into army-held districts.",
    "The war between the army and the RSF, which began in April last year, has killed tens of thousands of people and displaced more than 10 million, according to the United Nations, which has warned of famine in several regions.",
    "In the western region of Darfur, fighting continued around El Fasher, the last major city there not held by the RSF.",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "Khartoum",
       "Omdurman", 15.6445, 32.4777, 1, wd(p, "Tuesday"), fat=19,
       claimed=[{"low": 31, "high": 31, "claimant": "Sudan Ministry of Health", "text": "Sudan's health ministry said 31 people died"}],
       evid=[s1, s2],
       note="RSF shelling of a market in Karari, Omdurman: 19 killed (MSF); the army government's ministry count of 31 is a party's claim. Injured 'dozens' left null."),
    ],
    "One event (Omdurman shelling, Tuesday 11 Jun). The war's totals and fighting 'around El Fasher' without a day are not coded."))

# 13 Christchurch inquest (no event)
A(art("2023-10-25", "Mosque attacks inquest hears of delays in emergency response", "Otago Daily Times", [
    "The coronial inquest into the deaths of 51 people in the March 15, 2019 terror attacks on two Christchurch mosques has heard evidence from the first police officers at the scene of the Al Noor Mosque.",
    "The inquest, before Deputy Chief Coroner Brigitte Windley, is examining the emergency response, including whether any of those who died could have survived had they received medical help sooner.",
    "A senior constable told the court on Tuesday he arrived at Deans Avenue about seven minutes after the first 111 call. He described finding a scene of \"unimaginable\" carnage, and said officers were unsure for some time whether a second gunman was still inside.",
    "Lawyers for several families questioned why ambulance staff were held at a cordon for more than 20 minutes.",
    "The gunman, an Australian white supremacist, pleaded guilty in 2020 to 51 charges of murder, 40 of attempted murder and one of engaging in a terrorist act. He is serving life imprisonment without parole.",
    "The inquest, which is expected to run for six weeks, will also examine how the gunman obtained his firearms licence.",
], [], "Inquest into the 2019 mosque attacks: court/inquiry of an old attack, nothing coded."))

# 14 Sivakasi fireworks factory explosion (no event)
A(art("2023-10-18", "Eight killed in blast at Sivakasi fireworks unit", "The Hindu", [
    "Eight workers, six of them women, were killed and 12 injured when an explosion ripped through a fireworks manufacturing unit at Rengapalayam near Sivakasi in Virudhunagar district on Tuesday afternoon.",
    "According to the police, the blast occurred while workers were filling chemicals into paper tubes in one of the sheds. The fire spread to four other sheds before fire and rescue services personnel from Sivakasi and Srivilliputhur brought it under control.",
    "The injured were admitted to the Government Hospital in Sivakasi, and four of them, who suffered more than 60% burns, were shifted to the Government Rajaji Hospital in Madurai.",
    "Police have registered a case against the owner of the unit, who is absconding. Officials of the Petroleum and Explosives Safety Organisation said the unit had stored far more chemicals than permitted ahead of the Deepavali season.",
    "Chief Minister M.K. Stalin announced a solatium of ₹3 lakh each to the families of the dead.",
    "More than 25 workers have died in such accidents in the district this year.",
], [], "Industrial explosion at a fireworks unit: accident; a yearly tally. Nothing coded."))

# 15 Karachi police 'encounter' with street robbers (no event)
A(art("2022-01-20", "Two suspected robbers killed in 'encounter' in Karachi's Korangi", "Dawn", [
    "Two suspected street criminals were killed in an alleged exchange of fire with police in Korangi on Wednesday night, officials said.",
    "Korangi SSP Shahjehan Khan said a police mobile on patrol signalled two men on a motorbike to stop near Bilal Colony, after residents complained that they had snatched mobile phones from passers-by. The suspects opened fire, he said, and were killed in retaliatory fire.",
    "Police said two pistols and four snatched phones were recovered. No policeman was hurt.",
    "Relatives of one of the dead men gathered outside the Jinnah Postgraduate Medical Centre mortuary and alleged that he had been taken from his home earlier in the day. The police denied the allegation.",
    "According to the Citizens-Police Liaison Committee, more than 80,000 incidents of street crime were reported in Karachi last year, including thousands of mobile phone and motorbike snatchings.",
    "Sindh Inspector General Mushtaq Mahar has ordered an inquiry into the incident, a police spokesman said.",
], [], "Police killing of two alleged robbers: police shooting of criminal suspects, not coded (the 'encounter' word is a trap). A yearly crime tally."))
