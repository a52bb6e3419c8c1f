# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Kenya: police shoot dead three robbery suspects in Eastleigh (negative: police vs criminal suspects)
P = "2019-04-16"
A(art(P, "Police shoot dead three robbery suspects in Eastleigh", "Daily Nation", [
    "Police in Nairobi on Monday night shot dead three men suspected of belonging to a gang that has been robbing shops and mobile money agents in Eastleigh and Pangani, and recovered a pistol and two home-made guns.",
    "Nairobi regional police commander said officers from the Flying Squad, acting on a tip-off, trailed the suspects to a residential plot on Eleventh Street shortly after 9pm. \"They were ordered to surrender but instead opened fire on the officers, who returned fire, fatally wounding all three,\" he said in a statement.",
    "The bodies were taken to the City Mortuary. Police said the gang was linked to at least 15 robberies since January, including a raid on a forex bureau in which a guard was shot in the leg.",
    "Residents who gathered at the scene said they had heard several bursts of gunfire. \"We were happy at first because these boys were terrorising traders, but we also want to know the truth of what happened,\" said a shopkeeper who declined to be named.",
    "The Independent Policing Oversight Authority (IPOA) said it would investigate the shooting, as required by law whenever police action results in death.",
    "Human rights groups have long accused the police of extrajudicial killings in Nairobi's informal settlements. Missing Voices, a coalition of rights organisations, says police killed more than 100 people across the country last year, many of them young men described by officers as criminals.",
    "The police have denied running death squads, saying officers act within the law when their lives are threatened.",
], [], "Police shooting of armed robbery suspects (ordinary crime; codebook excludes police shootings of criminal suspects) and an annual aggregate from rights groups. Not coded."))

# 22 Burkina Faso: village attacked near Djibo (VAC) + lorries torched north of Kaya (property destruction)
P = "2021-11-10"
s22a = "OUAGADOUGOU (AFP) - Gunmen stormed a village about 15 kilometres from Djibo in northern Burkina Faso on Sunday, killing at least 14 civilians, local and security sources said on Wednesday."
s22b = "\"They arrived on motorbikes in the early afternoon, went from house to house and shot the men in front of their families,\" said a resident of Djibo who helped bury the victims, adding that 20 bodies had been found."
s22c = "The attackers also set fire to the market and to granaries before leaving, he said."
s22d = "On Tuesday, suspected jihadists set fire to at least eight lorries carrying food and fuel on the road north of Kaya, the main town of the Centre-Nord region, after ordering the drivers out, a transporters' union official said."
s22e = "The drivers were released unharmed, he said."
A(art(P, "At least 14 civilians killed in attack on village in northern Burkina", "AFP", [
    s22a,
    s22b + " He spoke to AFP by telephone on condition of anonymity for fear of reprisals. " + s22c,
    "A security source confirmed the toll of 14 dead and said reinforcements had been sent to the area. The government did not comment.",
    s22d + " " + s22e,
    "No group claimed either attack, but the area is a stronghold of jihadists linked to Al-Qaeda and the Islamic State group, who have blockaded Djibo for months, forcing residents to depend on convoys escorted by the army.",
    "Burkina Faso has been battling a jihadist insurgency that spilled over from neighbouring Mali in 2015. More than 2,000 people have been killed and 1.4 million displaced. In June, gunmen killed at least 132 people in the village of Solhan, the deadliest attack since the insurgency began.",
    "Anger is rising in the capital over the government's failure to stem the violence, and opposition parties have called for demonstrations later this month.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Burkina Faso)", 3, "Civilians (Burkina Faso)", 7, "Burkina Faso", "Sahel", "Djibo", 14.1020, -1.6263, 2, wd(P, "Sunday"),
       fat=14,
       evid=[s22a, s22b, s22c],
       note="Gunmen 'stormed' an unnamed village 15 km from Djibo (precision 2); 14 dead per local and security sources, 20 per a resident: lowest 14. Unclaimed, jihadists only suspected, so the actor stays unidentified."),
    ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", 3, "Civilians (Burkina Faso)", 7, "Burkina Faso", "Centre-Nord", "Kaya", 13.0917, -1.0844, 2, wd(P, "Tuesday"),
       fat=0,
       evid=[s22d, s22e],
       note="Lorries 'set fire to' on the road north of Kaya (near the town, precision 2), drivers unharmed: property destruction by a 'suspected jihadist' (unidentified) group. Borderline fatalities 0: only 'released unharmed'."),
], "Two events: Sunday's attack near Djibo and Tuesday's burning of lorries north of Kaya. The Solhan massacre (June) is older background; the opposition's demonstrations are announced, not coded."))

# 23 Sri Lanka: parliament debates Easter bombings report (negative: inquiry into old attack)
P = "2021-02-24"
A(art(P, "Sri Lanka's parliament debates Easter attacks report amid calls for prosecutions", "AFP", [
    "COLOMBO (AFP) - Sri Lanka's parliament began debating the final report of a presidential inquiry into the 2019 Easter Sunday bombings on Wednesday, as the Catholic church accused the government of shielding senior officials who ignored warnings of the attacks.",
    "The commission, which heard testimony from more than 400 witnesses over 15 months, found that the then president and several senior police and intelligence officers had failed to act on detailed intelligence from India that jihadists were planning to strike churches and hotels.",
    "On April 21, 2019, suicide bombers from a local Islamist group pledging allegiance to the Islamic State group blew themselves up at three churches and three luxury hotels in Colombo, Negombo and Batticaloa, killing 279 people, including 45 foreigners.",
    "The report recommended criminal proceedings against the former president and the former police chief, and called for a ban on several Islamist organisations. Opposition lawmakers said the government had released only part of the 470-page report to parliament.",
    "\"We will not allow the truth to be buried,\" the Archbishop of Colombo said in a statement read at churches last Sunday, urging Catholics to pray for justice.",
    "A government minister told parliament that the cabinet had appointed a committee to study the recommendations and that nobody responsible would escape. He said more than 200 people had been arrested since the attacks and that 25 suspects had been indicted.",
    "Families of victims say they have waited almost two years for answers and compensation.",
], [], "Parliamentary debate on an inquiry report about the 2019 bombings (historical) and cumulative arrest counts. No new event; nothing coded."))

# 24 Nigeria: worshippers abducted near Gusau + mob lynching in Sokoto
P = "2024-03-18"
s24a = "Armed bandits on Friday abducted at least 19 worshippers during dawn prayers at a mosque in a village outside Gusau, the Zamfara State capital, police said."
s24b = "Residents said 25 people were taken, including the imam and two of his sons, and that the gunmen, who arrived on about 30 motorcycles, fired into the air to scare off villagers."
s24c = "In neighbouring Sokoto State, a mob on Saturday beat to death a man accused of making blasphemous remarks about the Prophet Muhammad at a market in Sokoto city, and then set his body on fire, police said."
A(art(P, "Bandits abduct worshippers in Zamfara; mob kills man over alleged blasphemy in Sokoto", "Premium Times", [
    s24a,
    s24b + " The village is about 20 kilometres from the state capital.",
    "The Zamfara police spokesperson, Sani Bello Musa, said tactical teams and local vigilantes had been deployed to rescue the victims. \"We are on the trail of the abductors and we urge residents to remain calm,\" he said.",
    s24c,
    "The spokesperson of the Sokoto State Police Command said officers who arrived at the scene were overpowered by the crowd. He said two suspects had been arrested and that calm had been restored in the area.",
    "Rights group Amnesty International condemned the killing and urged the authorities to prosecute those responsible. In May 2022, a student, Deborah Samuel, was stoned to death by fellow students at a college in Sokoto over alleged blasphemy.",
    "Mass abductions for ransom have plagued north-west Nigeria for years. In February 2021, gunmen abducted 279 schoolgirls from a boarding school in Jangebe, Zamfara State. Most were released days later.",
], [
    ev("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Gusau", 12.1702, 6.6641, 2, wd(P, "Friday"),
       evid=[s24a, s24b],
       note="Abduction of worshippers from a mosque in an unnamed village outside Gusau (precision 2). 19 (police) or 25 (residents) abducted; no deaths reported, fatalities null. 'Bandits' coded as an unidentified armed group."),
    ev("Riots", "Mob violence", "Rioters (Nigeria)", 5, "Civilians (Nigeria)", 7, "Nigeria", "Sokoto", "Sokoto", 13.0627, 5.2432, 1, wd(P, "Saturday"),
       fat=1,
       evid=[s24c],
       note="Mob lynching over alleged blasphemy at a market in Sokoto city: mob violence with a religious motive, one dead. The arrest of two ordinary suspects is not coded."),
], "Two events: Friday's abduction near Gusau and Saturday's lynching in Sokoto. The 2022 Sokoto killing and the 2021 Jangebe abduction are old background."))

# 25 Senegal: presidential election result (negative: election)
P = "2024-03-26"
A(art(P, "Senegal's opposition candidate wins presidency in first round", "AFP", [
    "DAKAR (AFP) - Senegal's opposition candidate Bassirou Diomaye Faye has won the presidential election in the first round with more than 54 percent of the vote, according to provisional results released on Tuesday, completing a remarkable rise for a man who was in prison less than two weeks before the vote.",
    "The ruling coalition's candidate, former prime minister Amadou Ba, conceded defeat on Monday and congratulated his rival, as did outgoing President Macky Sall.",
    "Observers from the African Union and the West African bloc ECOWAS said Sunday's vote had been peaceful and transparent, with turnout of around 61 percent. \"Senegal has once again shown the strength of its democracy,\" the head of the ECOWAS mission said.",
    "Faye, 44, a former tax inspector, was released from jail along with his mentor, opposition leader Ousmane Sonko, under an amnesty law passed this month. Sonko was barred from running because of a defamation conviction and backed Faye instead.",
    "The election was originally scheduled for February but was postponed by Sall, triggering a constitutional crisis and protests in which several people were killed before the Constitutional Council overruled him.",
    "Bouts of unrest linked to Sonko's legal troubles left dozens of people dead between 2021 and 2023, denting Senegal's image as one of West Africa's most stable democracies.",
    "Faye has promised to fight corruption, renegotiate oil and gas contracts and reform the CFA franc currency system.",
], [], "Peaceful election and results; the February protests and 2021-2023 unrest are older, undated background; the release from prison is not an arrest. Nothing coded."))

# 26 Nigeria: fuel tanker explosion near Lokoja (negative: accident)
P = "2022-08-22"
A(art(P, "Fuel tanker explosion kills at least 48 in central Nigeria", "AP", [
    "LAGOS, Nigeria (AP) — A fuel tanker overturned and exploded on a highway near Lokoja in central Nigeria's Kogi state on Sunday as residents rushed to scoop spilling gasoline, killing at least 48 people, emergency officials said.",
    "The tanker lost control while trying to avoid a pothole and fell on its side, according to the Federal Road Safety Corps. Dozens of people from nearby villages gathered with jerrycans and buckets to collect the fuel before it caught fire about 30 minutes later, sending a fireball into the sky.",
    "\"The explosion was so loud we thought it was a bomb,\" said a motorcyclist who was about 200 meters away. \"People were running with their clothes burning.\"",
    "Rescue workers recovered 48 charred bodies, and at least 30 people were being treated for burns in hospitals in Lokoja, the state emergency management agency said. Fifteen vehicles and several shops were destroyed.",
    "The state governor declared three days of mourning and urged residents to stay away from accident scenes involving petroleum products.",
    "Such disasters are common in Nigeria, Africa's largest oil producer, where most fuel is moved by road and poverty drives people to collect spilled gasoline despite the danger. Hundreds of people have been killed in similar explosions over the past decade.",
    "Road safety officials blame poorly maintained vehicles, bad roads and a lack of enforcement of safety rules for the frequency of tanker accidents.",
], [], "Tanker accident and explosion ('we thought it was a bomb'): accident, not political violence. Not coded."))

# 27 India, Kashmir: gunfight in Kulgam district (battle; toll only from a party)
P = "2022-05-18"
s27a = "SRINAGAR: Two militants were killed in a gunfight with security forces in a village in south Kashmir's Kulgam district that began on Monday night and ended on Tuesday morning, the police said."
s27b = "A joint team of the Army, the Central Reserve Police Force and the J&K Police cordoned off an orchard area of the village after receiving inputs about the presence of militants, and the hiding militants opened fire on the search party, a police spokesman said."
s27c = "The Inspector-General of Police (Kashmir) identified the slain militants as local youths affiliated with the Lashkar-e-Taiba, and said two AK rifles and ammunition had been recovered from the site."
A(art(P, "Two militants killed in Kulgam encounter", "The Hindu", [
    s27a,
    s27b + " \"The fire was returned, leading to an encounter,\" he said.",
    s27c,
    "Residents said mobile internet services in the area were suspended during the operation and restored on Tuesday afternoon. Schools in the village remained closed.",
    "Family members of one of the youths said he had left home about four months ago and had not been in touch since.",
    "More than 70 militants have been killed in the Valley so far this year, according to police figures. Officials say the number of local youths joining militant ranks has fallen, while the number of foreign militants has increased.",
    "Police said the operation was part of an intensified campaign against militants ahead of the annual Amarnath Yatra pilgrimage, which begins next month.",
], [
    ev("Battles", "Armed clash", "Military Forces of India", 1, "Lashkar-e-Taiba", 2, "India", "Jammu and Kashmir", "Kulgam", 33.6446, 75.0192, 2, wd(P, "Monday"),
       claimed=[claim(2, 2, "Police Forces of India", "Two militants were killed in a gunfight with security forces")],
       evid=[s27a, s27b, s27c],
       note="Cordon-and-search gunfight in an unnamed village of Kulgam district (precision 2), dated to its start on Monday night. The only toll comes from the police, a party to the fight: fatalities null, two dead kept as a claim. LeT affiliation per police."),
], "One event: the Kulgam encounter. The year's militant tally is aggregate and the pilgrimage is a future event; not coded."))

# 28 Indonesia: court sentences accomplice in Makassar cathedral bombing (negative: court case)
P = "2022-01-26"
A(art(P, "Court jails man for helping plan Makassar cathedral bombing", "The Jakarta Post", [
    "The East Jakarta District Court on Tuesday sentenced a man to six years in prison for helping to prepare the suicide bombing of the Sacred Heart of Jesus Cathedral in Makassar, South Sulawesi, on Palm Sunday last year.",
    "The defendant, identified only by his initials MR, was found guilty of conspiring to commit a terrorist act after the court heard that he had attended religious study sessions with the two bombers and helped them buy chemicals used to make the explosive device.",
    "On March 28, 2021, a married couple on a motorcycle blew themselves up at the gate of the cathedral as worshippers were leaving Mass, wounding at least 20 people. The bombers were the only ones killed. Police said they belonged to a cell of Jamaah Ansharut Daulah (JAD), a network that pledged allegiance to the Islamic State group.",
    "Presiding judge said there were no mitigating circumstances other than the defendant's polite conduct during the trial. Prosecutors had demanded eight years.",
    "The defendant's lawyer said his client had not known what the chemicals would be used for and would consider an appeal.",
    "More than 50 people have been arrested in connection with the Makassar bombing and an attack on the National Police headquarters in Jakarta three days later by a lone woman armed with an air gun, who was shot dead by officers.",
    "Indonesia, the world's most populous Muslim-majority country, has suffered a string of militant attacks since the 2002 Bali bombings, which killed 202 people.",
], [], "Court sentence over the March 2021 Makassar bombing; the bombing, the police HQ attack and the Bali bombings are old background, arrests cumulative. Nothing coded."))

# 29 Bangladesh: fire at Old Dhaka warehouse (negative: fire)
P = "2023-04-15"
A(art(P, "Nine dead as fire rips through Old Dhaka plastics warehouse", "The Daily Star", [
    "Nine people were killed and at least 14 injured when a fire broke out in a four-storey building housing a plastics warehouse in Old Dhaka's Chawkbazar area late on Friday night.",
    "The fire started on the ground floor around 11:30pm and quickly spread to the upper floors, where several families and workers were living, said an official of Fire Service and Civil Defence. Seventeen firefighting units brought it under control after nearly four hours.",
    "\"The stairs were blocked with goods and the flames came up very fast. People were screaming from the windows,\" said Mohammad Alamgir, a tea stall owner who lives across the narrow lane.",
    "The fire service official said an electrical short circuit was the likely cause and that there was no evidence of sabotage. A probe committee has been formed and asked to submit its report within seven working days.",
    "The injured were taken to the burn unit of Dhaka Medical College Hospital, where doctors said the condition of five of them was critical.",
    "Chemical and plastics warehouses have long been a hazard in the congested old part of the capital. In February 2019, a fire that started in a building storing chemicals in Chawkbazar's Churihatta killed 71 people, prompting promises to relocate the warehouses that have yet to be fulfilled.",
    "Local traders said the relocation plan had stalled because of a lack of alternative space.",
], [], "Accidental building fire, no sabotage; the 2019 Churihatta fire is historical. Nothing coded."))

# 30 Argentina: police crack down on pensioners' protest outside Congress (protest with intervention)
P = "2025-02-06"
s30a = "Federal police officers fired pepper spray and pushed back with batons a crowd of retirees and their supporters protesting outside Congress on Wednesday, in the latest crackdown on the weekly pensioners' demonstration in Buenos Aires."
s30b = "Four people were detained and the city's emergency medical service, SAME, said it treated five people, including a 78-year-old woman who fell to the ground after being shoved by officers."
A(art(P, "Police use pepper spray on pensioners outside Congress", "Buenos Aires Times", [
    s30a,
    "Several hundred people, many of them in their seventies and eighties, had gathered as usual in the Plaza del Congreso with banners demanding an increase in pensions, which have lost much of their value since President Javier Milei took office.",
    s30b,
    "The Security Ministry said in a statement that a group of \"violent militants\" had thrown objects at officers and tried to block Avenida Entre Ríos in breach of the government's anti-roadblock protocol. Pensioners' organisations and several journalists at the scene disputed that version, saying the march had been peaceful until police advanced.",
    "\"I have come every Wednesday for a year. I'm 81 years old. What danger am I to anyone?\" said Norma, a retired teacher, her eyes still red from the spray.",
    "Opposition lawmakers said they would summon the security minister to explain the police response. The government says the protocol, introduced in December 2023, is needed to keep traffic moving and that officers act only when demonstrators obstruct roads.",
    "The minimum pension is about 270,000 pesos a month, well below the poverty line for a retired couple, according to official statistics. Pensioners' groups have promised to return to Congress next Wednesday.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Argentina)", 6, "Police Forces of Argentina", 1, "Argentina", "Ciudad de Buenos Aires", "Buenos Aires", -34.6098, -58.3925, 1, wd(P, "Wednesday"),
       inj=5,
       evid=[s30a, s30b],
       note="Pensioners' demonstration outside Congress dispersed with pepper spray and batons, four detained: protest with intervention. The ministry's 'violent militants' version is a party claim disputed by witnesses, so not a riot. Five treated by SAME (neutral)."),
], "One event: Wednesday's pensioners' protest in Buenos Aires. Next Wednesday's march is announced, not coded."))

# 31 Ukraine: ten years after Ilovaisk (negative: historical feature)
P = "2024-08-29"
A(art(P, "Ten years after Ilovaisk, survivors still ask who is to blame", "The Kyiv Independent", [
    "Ten years ago this week, hundreds of Ukrainian soldiers and volunteers were killed as they tried to break out of an encirclement around the town of Ilovaisk in Donetsk Oblast, in what became one of the bloodiest episodes of the early war in the Donbas.",
    "In August 2014, Ukrainian volunteer battalions and army units entered Ilovaisk, a railway hub east of Donetsk, hoping to cut supply lines to the Russian-backed militants. Instead they were surrounded when regular Russian troops crossed the border in large numbers.",
    "On Aug. 29, Russian President Vladimir Putin called for a \"humanitarian corridor\" to let the encircled Ukrainians leave. The next morning, as columns of soldiers drove out along the agreed route, they came under heavy fire from Russian tanks and artillery. According to official Ukrainian figures, 366 servicemen were killed and hundreds more wounded or captured.",
    "\"We were driving in an open truck, and then the world turned into fire,\" recalled Oleh, a veteran of the Donbas battalion who was captured that day and spent four months in detention. \"We trusted the word corridor. I have never trusted it again.\"",
    "A parliamentary commission later blamed the military leadership for failing to send reinforcements, but no senior commander was ever held responsible.",
    "On Thursday, veterans and relatives laid flowers at the Wall of Remembrance in Kyiv and at memorials in Dnipro, where many of the volunteer battalions were formed.",
    "For many survivors, the lessons of Ilovaisk, above all a deep distrust of Russian promises, shape how they view calls for negotiations today.",
], [], "Historical feature about the 2014 battle of Ilovaisk; the commemorations are wreath-laying, not demonstrations. Nothing coded."))

# 32 Pakistan: traders call off shutter-down strike (negative: called-off strike)
P = "2024-10-04"
A(art(P, "Traders call off Saturday's shutter-down strike after talks with FBR", "Dawn", [
    "LAHORE: Traders' bodies on Thursday night called off the nationwide shutter-down strike they had announced for Saturday against the Federal Board of Revenue's retailer registration scheme, after what they described as successful talks with government representatives.",
    "Announcing the decision at a news conference at the Lahore Press Club, the president of a major traders' alliance said the government had agreed to suspend the scheme's fixed-tax component for small shopkeepers until December and to set up a joint committee to address their concerns.",
    "\"We did not want to close the markets. Our members have already suffered because of inflation and electricity bills. The government has listened to us, so we are withdrawing the strike call,\" he said.",
    "A rival faction of traders in Karachi said it was not party to the agreement and would consult its members before deciding whether to keep its shops closed, but most major markets in the country were expected to open as usual.",
    "The FBR launched the scheme earlier this year to bring millions of retailers into the tax net, a key demand of the International Monetary Fund under Pakistan's new $7 billion loan programme.",
    "In August, a similar strike called by traders over electricity tariffs and taxes shut markets in many cities. The finance minister said the government wanted to avoid confrontation but would not abandon its target of widening the tax base.",
], [], "A strike called off before it happened, plus a rival faction's undecided plans and an August strike without a day: announced/called-off and older events. Nothing coded."))

# 33 France: farmers set fire to manure outside the Agen prefecture (violent demonstration)
P = "2024-11-20"
s33a = "Farmers dumped manure, straw bales and old tyres in front of the prefecture in Agen, in the south-western department of Lot-et-Garonne, on Tuesday night and set the pile on fire, sending thick black smoke over the town centre."
s33b = "Some sprayed slurry over the facade of the building and tore down part of the prefecture's metal gates, local officials said."
A(art(P, "French farmers torch manure at Agen prefecture in Mercosur protest", "The Guardian", [
    s33a,
    s33b + " Police kept their distance and no arrests were made, the prefect said, describing the damage as \"unacceptable\" and promising that those responsible would be identified.",
    "The action was organised by the Coordination Rurale, a union that has staged some of the most combative protests of the past year. Its local leader said farmers were \"fighting for survival\" against the proposed free-trade deal between the European Union and the South American Mercosur bloc, which they say would expose them to cheap imports of beef, poultry and sugar produced to lower standards.",
    "\"We have written letters, we have met ministers, nothing changes. So now they will smell us,\" he told reporters as firefighters hosed down the smouldering pile on Wednesday morning.",
    "France's biggest farm union, the FNSEA, has called a week of action against the deal and plans a demonstration in Paris next week. The government has said it opposes the agreement in its current form.",
    "Farmers blocked motorways across France last winter over rising costs and environmental rules, winning concessions on fuel taxes and pesticide regulations.",
], [
    ev("Riots", "Violent demonstration", "Rioters (France)", 5, None, None, "France", "Nouvelle-Aquitaine", "Agen", 44.2033, 0.6163, 1, wd(P, "Tuesday"),
       evid=[s33a, s33b],
       note="Farmers' protest with burning of tyres and manure and damage to the prefecture gates: vandalism makes it a violent demonstration. Police did not intervene, so no actor2."),
], "One event: Tuesday night's farmers' action at the Agen prefecture. The FNSEA's Paris demonstration is planned, last winter's blockades are old; not coded."))

# 34 Philippines: floods and landslides in Mindanao (negative: natural disaster)
P = "2023-02-06"
A(art(P, "Floods, landslides kill 11 in southern Philippines", "AP", [
    "MANILA, Philippines (AP) — Days of torrential rain set off floods and landslides in the southern Philippines, killing at least 11 people and forcing more than 40,000 to flee to evacuation centers, officials said Monday.",
    "Most of the deaths were in Davao de Oro province, where a landslide buried several houses in a mining village on Saturday night, the provincial disaster office said. Three people were still missing.",
    "Army troops, police and coast guard personnel used rubber boats and trucks to evacuate residents of low-lying villages along swollen rivers in Davao del Norte and Agusan del Sur. \"The water rose to the roofs in less than an hour,\" said a village official in Agusan del Sur.",
    "The weather bureau said the rains were caused by a low-pressure area and the tail end of a cold front, and warned of more downpours over the next two days.",
    "The Department of Social Welfare said it had sent food packs to affected families and that classes had been suspended in several towns.",
    "The Philippines is hit by about 20 typhoons and storms each year, and mountainous mining areas in Mindanao are particularly prone to landslides. In 2019, a series of earthquakes damaged thousands of homes in the region.",
], [], "Natural disaster (floods and landslides), troops deployed for rescue only. Nothing coded."))

# 35 Uganda: US embassy warns of possible attacks (negative: threat/warning)
P = "2023-12-20"
A(art(P, "US warns of possible terror attacks in Uganda over holidays", "AP", [
    "KAMPALA, Uganda (AP) — The U.S. Embassy in Uganda warned on Tuesday of a heightened risk of terrorist attacks in the capital, Kampala, during the Christmas and New Year holidays, urging Americans to avoid large gatherings and places of worship.",
    "\"Terrorists may attack with little or no warning, targeting places frequented by foreigners, including hotels, restaurants, bars, malls and churches,\" the embassy said in a security alert posted on its website. It did not say what prompted the warning.",
    "Ugandan police spokesman said security had been increased at churches, shopping centers and bus terminals, and asked the public to report suspicious people and packages. \"There is no cause for panic,\" he said.",
    "Uganda has been on high alert since October, when suspected rebels of the Allied Democratic Forces, a group that has pledged allegiance to the Islamic State group, killed two foreign tourists and their Ugandan guide in Queen Elizabeth National Park in the west of the country.",
    "In November 2021, suicide bombers linked to the ADF struck near parliament and a police station in central Kampala, killing four people. The ADF, which originated in Uganda in the 1990s, is now based in eastern Congo, where Ugandan troops have been carrying out joint operations against it with the Congolese army since late 2021.",
    "Britain and several other Western countries issued similar advisories.",
], [], "A security warning (threat) with older background attacks (October, November 2021) and ongoing operations without place or time. Nothing coded."))

# 36 Libya: militia clashes in Tripoli's Souq al-Juma + ceasefire agreement
P = "2024-07-10"
s36a = "TRIPOLI (Reuters) - Heavy clashes broke out between two powerful armed groups in Tripoli's Souq al-Juma district late on Monday, killing at least three people, including a civilian, the Emergency Medicine Centre said."
s36b = "Residents said the fighting between the Radaa (Deterrence) force and the 444th Brigade, both nominally loyal to the Tripoli-based Government of National Unity, involved machine guns and rocket-propelled grenades and lasted into the early hours of Tuesday."
s36c = "A Radaa commander told Reuters that nine of the group's fighters had been killed, a figure that could not be verified."
s36d = "On Tuesday evening, the two groups agreed to a ceasefire brokered by elders from Souq al-Juma and the Presidential Council, under which Radaa fighters would pull back from positions near Mitiga airport and a neutral force would deploy, the government said."
A(art(P, "Clashes between rival armed groups in Tripoli kill at least three; truce agreed", "Reuters", [
    s36a,
    s36b + " " + s36c,
    "Flights at Mitiga, the capital's only functioning airport, were suspended and diverted to Misrata, and several families in the area were evacuated by the Red Crescent.",
    s36d,
    "By Wednesday morning the streets were calm and shops had reopened, residents said. The United Nations mission in Libya welcomed the truce and urged all sides to protect civilians.",
    "Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011, and has been split since 2014 between rival administrations in the east and west. In Tripoli, armed groups nominally under state control compete for territory and influence over state institutions.",
    "In August last year, fighting between the same two groups killed 55 people.",
], [
    ev("Battles", "Armed clash", "Radaa Special Deterrence Force", 3, "444th Brigade", 3, "Libya", "Tripoli", "Tripoli", 32.8874, 13.1873, 1, wd(P, "Monday"),
       fat=3, claimed=[claim(9, 9, "Radaa Special Deterrence Force", "nine of the group's fighters had been killed")],
       evid=[s36a, s36b, s36c],
       note="Clashes in Souq al-Juma, Tripoli, from late Monday into Tuesday, dated to the start. Emergency Medicine Centre's three dead is the neutral toll; Radaa's nine is a party claim. Both groups coded as militias (3), borderline given their nominal state affiliation."),
    ev("Strategic developments", "Agreement", "Radaa Special Deterrence Force", 3, "444th Brigade", 3, "Libya", "Tripoli", "Tripoli", 32.8874, 13.1873, 1, wd(P, "Tuesday"),
       evid=[s36d],
       note="Ceasefire agreed on Tuesday evening between the two groups in Tripoli."),
], "Two events: Monday night's clash and Tuesday's truce. Airport suspension is a consequence, not an event; the August 2023 fighting is old background."))

# 37 Saudi Arabia/Iran: foreign ministers meet in Riyadh (negative: diplomacy)
P = "2023-08-19"
A(art(P, "Saudi Arabia, Iran vow closer ties as Iranian FM visits Riyadh", "Arab News", [
    "RIYADH: Saudi Arabia and Iran pledged on Friday to deepen cooperation on security, trade and regional issues as Iran's foreign minister held talks in Riyadh, the first such visit since the two countries restored diplomatic relations in March.",
    "The minister met his Saudi counterpart, Prince Faisal bin Farhan, and was later received by Crown Prince Mohammed bin Salman, the Saudi Press Agency reported.",
    "\"Relations are heading in the right direction,\" the Iranian minister told reporters after the meeting, adding that he had invited the crown prince to visit Tehran. Prince Faisal said the two sides had agreed to activate a security cooperation agreement signed in 2001 and to reopen consulates in Jeddah and Mashhad.",
    "The rivals agreed in March, in a deal brokered by China, to end a seven-year rift that began when protesters stormed the Saudi embassy in Tehran after the kingdom executed a prominent Shiite cleric.",
    "The rapprochement has raised hopes of progress towards ending the war in Yemen, where a Saudi-led coalition has fought the Iran-aligned Houthis since 2015. A UN-brokered truce that took effect last year has largely held, and Saudi and Houthi officials have held direct talks.",
    "Analysts say both countries have an interest in calm: Riyadh wants to focus on its economic transformation plans, while Tehran seeks to ease its isolation and the effects of Western sanctions.",
], [], "Diplomatic visit; the 2016 storming of the Saudi embassy and the Yemen war are historical background, the truce is old. Nothing coded."))

# 38 Thailand: debt-dispute shooting in Nonthaburi (negative: ordinary crime)
P = "2019-07-09"
A(art(P, "Gunman kills three in debt row in Pak Kret, surrenders to police", "Bangkok Post", [
    "A 52-year-old man shot dead three people, including his creditor, at a house in Pak Kret district of Nonthaburi on Monday afternoon in a row over an unpaid loan, before surrendering to police.",
    "Pak Kret police said the suspect, a used-car dealer, went to the house of a 47-year-old moneylender to negotiate the repayment of a loan of about 800,000 baht. The two began arguing, and the suspect pulled out a 9mm pistol and opened fire, killing the moneylender, his wife and his nephew, who tried to intervene.",
    "Neighbours said they heard about ten shots. \"I thought it was firecrackers at first, then I saw a man walking out calmly with a gun in his hand,\" said a woman who runs a grocery store nearby.",
    "The suspect drove to the police station about an hour later and handed over the gun, police said. He told investigators he had been threatened by the moneylender's debt collectors and \"could not take it any more\".",
    "He has been charged with premeditated murder and illegal possession of a firearm. Police were checking whether the pistol was registered.",
    "Thailand has one of the highest rates of gun ownership in Southeast Asia, and many of the firearms in circulation are unregistered. Informal lending at high interest rates is widespread, and debt disputes are a frequent cause of violence.",
    "The government has promised a crackdown on loan sharks and illegal weapons.",
], [], "Personal dispute over a debt ending in three murders: ordinary crime, not coded."))

# 39 Indonesia: Densus 88 arrests five JAD suspects in Surakarta (arrests)
P = "2023-11-03"
s39a = "The National Police's counterterrorism squad Densus 88 arrested five suspected members of the Islamic State-linked Jamaah Ansharut Daulah (JAD) network in raids in Surakarta, Central Java, on Thursday, a police spokesman said."
s39c = "Last week, the squad arrested two other suspected members of the same cell in Semarang, the provincial capital, after tracing their contacts with a JAD recruiter online, the spokesman added."
s39b = "Officers seized an airsoft gun, chemicals that could be used to make explosives and jihadist literature from two houses in the city, he said."
A(art(P, "Densus 88 arrests five terror suspects in Surakarta", "The Jakarta Post", [
    s39a,
    s39b + " The suspects, aged between 22 and 41, were being questioned at the Central Java Police headquarters.",
    s39c,
    "\"Based on our investigation, this group was planning attacks on police posts during the election campaign period,\" the spokesman said, without giving further details.",
    "Densus 88 has arrested more than 140 terror suspects across the country so far this year, according to the police, as authorities step up security ahead of the February general election.",
    "JAD was behind several deadly attacks in Indonesia, including the 2018 suicide bombings of three churches in Surabaya by a family of six, and the 2021 bombing of a cathedral in Makassar.",
    "Terrorism analysts say militant networks have been weakened by years of arrests but remain capable of small-scale attacks, often using online platforms to recruit young people.",
    "Surakarta, also known as Solo, has long been a centre for hardline groups. Police said they were continuing to search for other members of the cell.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Indonesia", 1, "Jamaah Ansharut Daulah", 2, "Indonesia", "Central Java", "Surakarta", -7.5561, 110.8317, 1, wd(P, "Thursday"),
       evid=[s39a, s39b],
       note="Arrest of five suspected JAD militants in Surakarta on Thursday. Their alleged attack plans, the year's 140 arrests and the 2018/2021 bombings are not coded."),
    ev("Strategic developments", "Arrests", "Police Forces of Indonesia", 1, "Jamaah Ansharut Daulah", 2, "Indonesia", "Central Java", "Semarang", -6.9932, 110.4203, 1, "2023-10-23", "2023-10-29", tp=2,
       evid=[s39c],
       note="Two more JAD suspects arrested in Semarang 'last week': a separate place and time, dated as the previous calendar week (Mon-Sun) with time_precision 2."),
], "Two events: Thursday's arrests in Surakarta and last week's arrests in Semarang. Plans, cumulative arrests and old bombings are not coded."))

# 40 Iraq: rebuilt al-Nuri mosque reopens in Mosul (negative: ceremony, historical background)
P = "2025-02-06"
A(art(P, "Mosul's rebuilt al-Nuri mosque and leaning minaret unveiled", "AFP", [
    "MOSUL, Iraq (AFP) - Iraqi officials and UNESCO on Wednesday unveiled the rebuilt al-Nuri mosque and its famous leaning minaret in Mosul, nearly eight years after Islamic State group jihadists blew them up as they lost the city.",
    "Hundreds of residents, officials and foreign diplomats gathered in the old city for the ceremony, where the minaret, known locally as al-Hadba or \"the hunchback\", once again rose above the rooftops, rebuilt with original bricks salvaged from the rubble.",
    "\"When I saw it, I cried. It is as if Mosul got its soul back,\" said Abu Yasser, 63, a shopkeeper who lives a few streets away.",
    "It was from the pulpit of al-Nuri that IS leader Abu Bakr al-Baghdadi proclaimed a \"caliphate\" in July 2014, in his only known public appearance. In June 2017, as Iraqi forces closed in during the battle to retake Mosul, the jihadists detonated explosives inside the mosque, reducing it and the 12th-century minaret to ruins.",
    "The reconstruction, funded mainly by the United Arab Emirates, also restored two nearby churches and dozens of traditional houses. UNESCO's director-general said the project showed that \"culture can heal the wounds of war\".",
    "Large parts of Mosul's old city remain in ruins, and tens of thousands of residents have yet to return. Iraqi officials say the security situation in the city is now stable.",
], [], "Reopening ceremony; the 2014 caliphate proclamation and the 2017 destruction of the mosque are historical. Nothing coded."))
