# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Philippines, Northern Samar: two army-NPA clashes, Las Navas (Saturday) and Catubig (Monday) (Battles x2)
P = "2019-10-15"
s21a = "A soldier was killed and two others were wounded in an encounter with New People's Army (NPA) rebels in the hinterlands of Las Navas, Northern Samar on Saturday morning."
s21b = "Dr. Reynaldo Balagapo, chief of the Northern Samar Provincial Hospital, said the body of the soldier and the two wounded troopers were brought there on Saturday afternoon."
s21c = "Another firefight broke out on Monday in a village of neighboring Catubig town as troops pursued the retreating rebels, but nobody was hurt, Catubig Mayor Rodolfo Mendoza said."
A(art(P, "Soldier killed, 2 hurt in Northern Samar clash with NPA", "Philippine Daily Inquirer", [
    "CATARMAN, Northern Samar - " + s21a,
    "Lt. Col. Ernesto Diaz, commander of the Army's 20th Infantry Battalion, said the soldiers were responding to reports from residents about armed men extorting food and money from farmers when they came under fire from about 30 rebels. The firefight lasted around 30 minutes.",
    s21b + " The Army said the rebels suffered \"heavy casualties\" as bloodstains were seen along their withdrawal route, but no bodies were recovered.",
    s21c + " Residents of two villages briefly fled to the town center and returned on Tuesday.",
    "The NPA's Efren Martires Command, in a statement posted online, said its fighters had \"punished\" an abusive military unit and denied extorting from farmers.",
    "Northern Samar has long been one of the strongholds of the communist insurgency in Eastern Visayas. The military said it had recorded more than 20 clashes in the province since January and vowed to end the insurgency in the region before President Duterte's term ends in 2022.",
], [
    ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "New People's Army", 2, "Philippines", "Eastern Visayas", "Las Navas", 12.34, 125.032, 2, wd(P, "Saturday"),
       fat=1, inj=2, evid=[s21a, s21b],
       note="Army-NPA clash in the hinterlands of Las Navas (near the town: precision 2). One soldier dead and two wounded per the provincial hospital; the army's vague 'heavy casualties' among rebels is a party claim without a number, not recorded as a count."),
    ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "New People's Army", 2, "Philippines", "Eastern Visayas", "Catubig", 12.4114, 125.0153, 2, wd(P, "Monday"),
       fat=0, inj=0, evid=[s21c],
       note="Second firefight on Monday in an unnamed village of Catubig (precision 2); the mayor says nobody was hurt, so 0. A separate event: another town and day."),
], "Two events: Saturday's Las Navas clash and Monday's Catubig firefight. The 20 clashes since January are an aggregate tally, not coded."))

# 22 Bangladesh: left alliance calls hartal for a future date (negative: announced protest)
P = "2022-08-16"
A(art(P, "Left alliance calls half-day hartal on Aug 28 over fuel price hike", "The Daily Star", [
    "The Left Democratic Alliance has called a countrywide half-day hartal from 6:00am to 2:00pm on August 28, protesting the recent hike in fuel prices.",
    "Alliance coordinator Mosharraf Hossain announced the programme at a press conference at the National Press Club yesterday. \"The government has put an unbearable burden on ordinary people. If the prices are not rolled back, we will paralyse the country,\" he said.",
    "He said the hartal would be peaceful and urged transport workers, traders and students to observe it spontaneously. Emergency services, ambulances and newspaper vehicles will remain outside its purview.",
    "Ahead of the hartal, the alliance will hold rallies in all divisional cities on August 22 and distribute leaflets across the capital, he added.",
    "The government raised the prices of diesel and kerosene by 42.5 percent and octane and petrol by over 51 percent on August 5, the steepest hike in the country's history, citing losses incurred by the state-owned Bangladesh Petroleum Corporation.",
    "A senior Awami League leader said yesterday that the people would reject any hartal. \"Hartal is a weapon of the past. The people will not accept any attempt to create anarchy in the name of movement,\" he told reporters at the party's Dhanmondi office.",
], [], "Hartal and rallies announced for future dates at a press conference: plans, not coded. The fuel price hike is background; the minister's 'weapon' is rhetoric."))

# 23 Kenya: US embassy security alert for Nairobi (negative: security alert)
P = "2023-06-20"
A(art(P, "US Embassy warns of possible terror attacks in Nairobi", "Daily Nation", [
    "The United States Embassy in Nairobi has warned its citizens of possible terror attacks in the capital, citing threats against places frequented by foreigners, including hotels, shopping malls, restaurants and places of worship.",
    "In a security alert issued on Monday, the embassy said terrorists \"may attack with little or no warning\" and urged Americans to avoid crowds, review their personal security plans and monitor local media. It did not give details of the threat.",
    "An Interior ministry spokesperson said security agencies were aware of the alert and had heightened surveillance across the city. \"There is no cause for alarm. Our officers are on high alert and Kenyans should go about their business,\" he said.",
    "Nairobi has been the target of several major attacks by the Somalia-based Al Shabaab militant group. In September 2013, gunmen stormed the Westgate shopping mall, killing 67 people, while in January 2019 an attack on the DusitD2 hotel complex in Westlands left 21 people dead.",
    "Security analysts said the alert came as Al Shabaab had stepped up attacks in counties bordering Somalia this year. \"The group wants to show it still has the capacity to strike beyond the border regions,\" said security consultant Andrew Kiprono.",
    "The United Kingdom and Australia also updated their travel advisories for Kenya on Monday, advising against all but essential travel to areas within 60 kilometres of the Somali border.",
], [], "Security alert and advisories about possible attacks: threats, not events. Westgate (2013) and DusitD2 (2019) are historical; the border-county attacks are an unplaced trend; nothing coded."))

# 24 Philippines, Maguindanao: grenade thrown at village chief's house in Datu Piang (Explosions)
P = "2023-10-19"
s24a = "Four members of a village chief's family were wounded when unidentified men lobbed a grenade at their house in Datu Piang, Maguindanao del Sur, on Wednesday night, police said."
s24b = "Police said none of the victims was killed."
A(art(P, "Grenade hurled at village chief's home in Maguindanao del Sur; 4 hurt", "Rappler", [
    "COTABATO CITY, Philippines - " + s24a,
    "Datu Piang police chief Major Saudi Mamalinta said the grenade exploded in the front yard of the house of Barangay Ampeloy chairman Tato Mangansakan at around 9:30 pm, while the family was eating dinner. Mangansakan, who is running for reelection in the October 30 barangay elections, was not hurt.",
    s24b + " His wife, two children and a nephew suffered shrapnel wounds and were taken to a hospital in Cotabato City.",
    "Investigators recovered the safety lever of an M67 fragmentation grenade at the scene. Mamalinta said police were looking into a political rivalry in the village as a possible motive. \"The chairman told us he had received threats after filing his candidacy,\" he said.",
    "The Commission on Elections has placed Datu Piang and several other towns in Maguindanao del Sur under its red category of election areas of concern because of a history of poll-related violence and the presence of armed groups.",
    "The Bangsamoro police regional office said it had deployed additional personnel to the province to secure the polls. At least a dozen election-related violent incidents have been recorded in the region since the filing of candidacies began in late August.",
], [
    ev("Explosions/Remote violence", "Grenade", "Unidentified Armed Group (Philippines)", 3, "Civilians (Philippines)", 7, "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Datu Piang", 7.0178, 124.4997, 1, wd(P, "Wednesday"),
       fat=0, inj=4, evid=[s24a, s24b],
       note="Grenade attack on a barangay chairman's house in Datu Piang amid election rivalry (political motive, coded). Police: none killed, four wounded. The village itself (Ampeloy) is not georeferenced, the town is used."),
], "One event: Wednesday night's grenade attack in Datu Piang. The dozen election incidents since August are an aggregate, not coded; the Comelec categorisation is background."))

# 25 Philippines: peace talks with the NDF (negative: peace talks)
P = "2023-11-29"
A(art(P, "Gov't, NDF to hold exploratory talks in Oslo after 6-year stalemate", "Rappler", [
    "MANILA, Philippines - Government and communist negotiators will meet in Oslo, Norway, next month for exploratory talks on whether to reopen formal peace negotiations, six years after talks collapsed under the Duterte administration, the Office of the Presidential Adviser on Peace said on Tuesday.",
    "A senior official of the peace adviser's office said the back-channel contacts facilitated by Norway had been \"encouraging\" but cautioned that no agreement had been reached and that the government would not make concessions before the talks. \"We are testing whether the other side is sincere in ending this decades-old war,\" he said.",
    "The National Security Council said the talks would not mean a ceasefire for now. It said military operations would continue. The military had earlier claimed that the New People's Army has been reduced to fewer than 2,000 fighters nationwide.",
    "The National Democratic Front of the Philippines (NDFP) welcomed the move but said the government must release political prisoners and stop the red-tagging of activists as a show of good faith.",
    "The communist insurgency, one of the longest-running in Asia, has left more than 40,000 people dead since it began in 1969, according to government estimates. Previous rounds of talks were repeatedly derailed by clashes in the field and disputes over the release of detained rebel consultants.",
    "Norway, which has brokered the talks since 2001, said it was ready to host the meeting. No date has been set for any formal round.",
], [], "Planned exploratory peace talks next month with no agreement reached: a plan, not coded (no Strategic developments/Agreement). Death tolls and fighter counts are aggregate."))

# 26 India: MHA annual report on Left-wing extremism (negative: aggregate tally)
P = "2023-04-12"
A(art(P, "LWE violence down 77% since 2010, says MHA annual report", "The Hindu", [
    "NEW DELHI: Incidents of violence by Left-wing extremists fell by 77% between 2010 and 2022, and deaths of civilians and security forces declined by 90% in the same period, the Ministry of Home Affairs (MHA) said in its annual report for 2022-23 released on Tuesday.",
    "The report said 531 incidents of Maoist violence were recorded in 2022, against 2,213 in 2010, while 98 civilians and security personnel were killed last year, compared with 1,005 in 2010.",
    "The geographical spread of violence has also shrunk, with only 45 districts reporting incidents in 2022 compared with 96 in 2010. Chhattisgarh accounted for over a third of all incidents and most deaths of security forces, followed by Jharkhand.",
    "\"The decline is the result of a multipronged strategy of security operations, development and the rights of local communities,\" the report said, adding that camps of the Central Reserve Police Force had been set up in areas earlier under the sway of the CPI (Maoist).",
    "However, security officials warned that the Maoists retained the capacity to mount deadly ambushes. Chhattisgarh's Bastar region, where the outlawed group's armed wing is most active, remained the main theatre of operations.",
    "The report also said that 1,239 cadres of the CPI (Maoist) had been arrested and 433 had surrendered during 2022.",
], [], "Annual report of aggregate tallies (incidents, deaths, arrests, surrenders): no event with place and time, not coded."))

# 27 Indonesia, Papua: TPNPB kills two ojek drivers in Ilaga (VAC) + exchange of fire near Ilaga (Battles)
P = "2023-05-12"
s27a = "Two motorcycle taxi drivers were shot dead by members of the West Papua National Liberation Army (TPNPB) in Ilaga, Puncak regency, Central Papua, on Tuesday, the police said."
s27b = "A TPNPB spokesman claimed responsibility for the killings, saying the two men were spies for the Indonesian military, an accusation their families denied."
s27c = "On Wednesday, a joint force of military and police personnel exchanged fire with TPNPB fighters in the hills near Ilaga while searching for the attackers, Central Papua Police spokesman Comr. Bayu Suseno said."
s27d = "The spokesman claimed his fighters had killed two soldiers in the gunfight, a claim the military denied."
A(art(P, "Papuan rebels kill two ojek drivers in Puncak", "The Jakarta Post", [
    "JAYAPURA: " + s27a,
    "The victims, both migrants from South Sulawesi, were found with gunshot wounds near a market on the outskirts of the town, where they had been waiting for passengers. Their bodies were flown to Timika on Wednesday before being sent home for burial.",
    s27b,
    s27c + " It was not immediately clear whether there were any casualties. " + s27d,
    "Hundreds of residents, mostly migrants, have taken refuge at the Puncak regency police headquarters and a military post in Ilaga, and some have left the regency on commercial flights, local officials said.",
    "The TPNPB, the armed wing of the Free Papua Movement (OPM), has waged a low-level insurgency for independence for decades. It has stepped up attacks on construction workers, teachers and health workers it accuses of collaborating with security forces, and is still holding a New Zealand pilot it seized in Nduga in February.",
], [
    ev("Violence against civilians", "Attack", "West Papua National Liberation Army", 2, "Civilians (Indonesia)", 7, "Indonesia", "Central Papua", "Ilaga", -3.92, 137.62, 1, wd(P, "Tuesday"),
       fat=2, evid=[s27a, s27b],
       note="Shooting of two motorcycle-taxi drivers in Ilaga, claimed by the TPNPB (their 'spy' accusation does not make the victims combatants). Police toll two."),
    ev("Battles", "Armed clash", "Military Forces of Indonesia", 1, "West Papua National Liberation Army", 2, "Indonesia", "Central Papua", "Ilaga", -3.92, 137.62, 2, wd(P, "Wednesday"),
       claimed=[claim(2, 2, "West Papua National Liberation Army", "The spokesman claimed his fighters had killed two soldiers in the gunfight")],
       evid=[s27c, s27d],
       note="Joint military-police force exchanged fire with the TPNPB in the hills near Ilaga (precision 2). Casualties unknown; TPNPB's claim of two soldiers killed (denied by the military) goes to claims, fatalities null."),
], "Two events: Tuesday's killing of two drivers in Ilaga and Wednesday's gunfight near Ilaga. The pilot seized in Nduga in February is older background; displacement to the police HQ is not an event."))

# 28 Pakistan: politician threatens to besiege Islamabad (negative: threats/speech)
P = "2022-05-11"
A(art(P, "Opposition leader threatens to 'lay siege' to Islamabad if polls not announced", "Dawn", [
    "LAHORE: Tehreek-i-Insaf-i-Awam chief Raja Nadeem Akhtar on Tuesday threatened to lead a long march to Islamabad and lay siege to the federal capital if the government failed to announce a date for fresh elections by the end of the month.",
    "Addressing a press conference at his residence in Model Town, he said his party's workers were \"ready for every sacrifice\" and would not return home until the \"imported government\" was sent packing. \"This time we will not stop at Faizabad. We will sit in front of Parliament,\" he said.",
    "He warned the government against using force on the marchers, saying any attempt to stop them with containers and teargas would \"spark a fire that will engulf the whole country\".",
    "Responding to the threat, Interior Minister said the government would not allow anyone to take the law into their own hands. \"The writ of the state will be established. Those who talk about besieging the capital should remember what happened to such marches in the past,\" he told reporters in Islamabad.",
    "Analysts said the threat was aimed at mobilising the party's supporters ahead of by-elections in Punjab. The party has not yet announced the date or route of the proposed march.",
    "The capital has witnessed several long marches and sit-ins in the past decade, including a 126-day sit-in in front of Parliament in 2014.",
], [], "Threats of a future long march made at a press conference, and the minister's warning: threats and plans, not coded. The 2014 sit-in is historical."))

# 29 Nigeria: opinion piece on banditry (negative: opinion)
P = "2021-03-04"
A(art(P, "OPINION: The North-West is bleeding, and Abuja is negotiating with its killers", "Premium Times", [
    "Not a week passes without news of another massacre in the North-West. Villages are sacked, farmers are killed in their fields, and schoolchildren are marched into the forest by men on motorcycles who have become more powerful than the state in large parts of Zamfara, Katsina and Niger.",
    "Last year alone, according to one tally, more than 2,000 people were killed by bandits in the region, and thousands more were kidnapped for ransom. The numbers for this year promise to be worse.",
    "The response of some state governments has been to negotiate. Governors have offered bandit leaders cash, cattle and amnesty in exchange for promises to lay down their arms. Each deal has collapsed within months, and the gangs have returned better armed and richer.",
    "The federal government, for its part, insists the military is winning. But air strikes on forest camps and periodic announcements of dozens of \"terrorists neutralised\" have done little to change life in the villages, where vigilantes armed with Dane guns are left to face men with AK-47s.",
    "What is needed is not another amnesty but a rethink of rural policing: a properly funded state police, investment in the forests where the gangs hide, and prosecution of the businessmen and officials who buy their stolen cattle and supply their fuel and ammunition.",
    "Until then, the killing fields will keep expanding, and the people of the North-West will keep burying their dead while politicians in Abuja debate whether to call the bandits terrorists.",
    "The writer is a security analyst based in Kaduna.",
], [], "Opinion piece: general descriptions and yearly tallies, no event with its own place and date; not coded."))

# 30 Uganda: MP arrested in Masaka (Strategic developments) + NUP supporters teargassed in Kampala (Protests)
P = "2024-03-05"
s30a = "Police on Sunday arrested Masaka Municipality MP Aloysius Mukasa of the National Unity Platform (NUP) at his home in Masaka City over remarks he allegedly made inciting violence at a rally last month."
s30b = "On Monday, police fired teargas to disperse hundreds of NUP supporters who gathered at the party's headquarters in Kavule, Makerere, in Kampala, to protest against the arrest."
A(art(P, "Police teargas NUP supporters protesting MP's arrest", "Daily Monitor", [
    "Kampala. " + s30a,
    "Southern region police spokesperson Muhammad Nsubuga said the legislator was being held at Masaka Central Police Station and would be produced in court once investigations were concluded. \"No one is above the law. The MP made statements that could cause public disorder,\" he said.",
    s30b + " The supporters, clad in red berets, had tried to march towards Wandegeya, chanting \"Free Mukasa\" before anti-riot police blocked them.",
    "Witnesses said police also fired in the air, sending traders and students scampering for safety. Two supporters were briefly detained and later released without charge, the party's lawyers said.",
    "NUP's secretary general condemned the arrest, describing it as part of a campaign to intimidate the party's leaders ahead of the 2026 elections. \"They are arresting our MPs one by one. We will not be cowed,\" he said.",
    "The party says more than 1,000 of its supporters have been arrested since the 2021 elections, with many held for months by military courts. Government officials deny that the arrests are politically motivated.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Uganda", 1, "National Unity Platform", 3, "Uganda", "Masaka", "Masaka", -0.3411, 31.7342, 1, wd(P, "Sunday"),
       evid=[s30a],
       note="Arrest of an opposition MP (political figure) in Masaka. Actor2 named by his party, inter 3 (borderline: an unarmed party; Civilians 7 is the alternative). The rally 'last month' is older, not coded."),
    ev("Protests", "Protest with intervention", "Protesters (Uganda)", 6, "Police Forces of Uganda", 1, "Uganda", "Kampala", "Kavule, Kampala", 0.3476, 32.5825, 1, wd(P, "Monday"),
       evid=[s30b],
       note="NUP supporters' protest in Kavule/Makerere, Kampala, dispersed with teargas; two brief detentions are part of the intervention, not a mass arrest. City coordinates."),
], "Two events: Sunday's arrest of the MP in Masaka and Monday's dispersed protest in Kampala. NUP's count of 1,000 arrests since 2021 is aggregate."))

# 31 Kenya, Mandera: a year after the quarry massacre (negative: older attack as background)
P = "2015-12-02"
A(art(P, "A year after Kormey quarry massacre, survivors still wait for help", "Daily Nation", [
    "Exactly a year ago today, Al-Shabaab gunmen stormed a tent at the Kormey quarry on the outskirts of Mandera town before dawn, separated Muslims from non-Muslims and executed 36 quarry workers.",
    "Today, the quarry is deserted. The survivors, most of them from western Kenya and the Mount Kenya region, left Mandera and never returned. Many say the government has forgotten them.",
    "\"I lay among the bodies and pretended to be dead. I still wake up at night hearing the shots,\" said Mr Samuel Okoth, 42, who now lives in Kisumu and has not been able to find steady work. \"We were promised compensation, but we have not received a single shilling.\"",
    "The attack came just days after Al-Shabaab hijacked a Nairobi-bound bus near Mandera and killed 28 passengers in November last year. The two massacres led to the sacking of the then Inspector-General of Police and Interior Cabinet Secretary.",
    "The Mandera County Commissioner said security had improved, with more police posts established along the border with Somalia. \"We have not had a major attack in the town this year,\" he said, although residents say teachers and health workers continue to shun the county.",
    "The National Disaster Management Unit said it was verifying the list of survivors and families of the victims, and payments would be made in the next financial year.",
], [], "Anniversary feature: the 2014 quarry and bus massacres are a year old, background only; promised compensation is a plan. Nothing coded."))

# 32 Indonesia, Morowali: smelter boiler explosion (negative: industrial accident)
P = "2024-06-14"
A(art(P, "Boiler blast at Morowali nickel smelter kills four workers", "The Jakarta Post", [
    "Four workers were killed and 11 others injured when a boiler exploded at a nickel smelter in the Indonesia Morowali Industrial Park (IMIP) in Central Sulawesi on Wednesday evening, the company said.",
    "The blast occurred during maintenance work at a power plant unit supplying one of the park's smelters, an IMIP spokesman said in a statement on Thursday. \"The cause of the explosion is still under investigation. We are cooperating fully with the authorities,\" he said.",
    "Video footage circulating on social media showed thick black smoke rising over the complex as workers ran from the building. Firefighters took about two hours to extinguish the fire that broke out after the explosion.",
    "The injured, who suffered burns and fractures, were treated at the IMIP clinic and the Morowali regional hospital. Two of them were flown to Makassar for further treatment.",
    "The Manpower Ministry said it had sent a team to inspect safety standards at the park. Labor unions have threatened to stage a demonstration in front of the company's office next week if the government fails to hold the management accountable.",
    "The accident is the latest in a series at the Chinese-backed industrial park. In December last year, an explosion at a furnace killed 21 workers, prompting calls for a moratorium on new smelter permits.",
], [], "Industrial boiler explosion and fire: an accident, not coded. The unions' threatened demonstration is future; the December furnace explosion is an older accident."))

# 33 Tanzania, Mbeya: Chadema leaders and youth arrested (Strategic developments)
P = "2024-08-13"
s33a = "Police in Mbeya on Sunday arrested Chadema's national vice-chairman, the party's youth wing leaders and more than 300 of its members who had gathered in the city for International Youth Day celebrations."
A(art(P, "Police arrest Chadema leaders, 300 members in Mbeya ahead of youth event", "The Citizen", [
    "Mbeya. " + s33a,
    "The Police Force spokesperson said in a statement that the gathering had been banned after intelligence showed that the organisers intended to use it to incite young people to violence. \"The police will not allow any gathering with the intention of causing chaos,\" he said.",
    "He said the leaders were arrested at a hotel in Mbeya and at roadblocks on the Tanzam Highway as they arrived from other regions, and that they would be arraigned once investigations were complete.",
    "Chadema's secretary-general said the arrests were unconstitutional and a violation of the reconciliation spirit promised by President Samia Suluhu Hassan. \"We have been holding rallies peacefully for a year. Why is the youth celebration a threat now?\" he asked.",
    "Human rights groups and Western diplomats urged the government to release those arrested and to respect freedom of assembly ahead of local government elections in November and the general election next year.",
    "The government lifted a six-year ban on opposition political rallies in January last year, a move that was widely welcomed as a sign of political opening after the restrictions imposed under the late President John Magufuli.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Tanzania", 1, "Chadema", 3, "Tanzania", "Mbeya", "Mbeya", -8.9094, 33.4608, 1, wd(P, "Sunday"),
       evid=[s33a],
       note="Arrest of opposition leaders and 300 members gathered for a banned event in Mbeya: arrests of political figures, coded once (the roadblock arrests are part of the same operation around the city). Actor2 named by the party, inter 3 (borderline, as for the Uganda MP)."),
], "One event: Sunday's arrests in Mbeya. The 2023 lifting of the rally ban and the coming elections are background."))

# 34 Uganda: bus crash on Masaka highway (negative: road accident)
P = "2022-10-25"
A(art(P, "12 die as bus rams into trailer on Kampala-Masaka highway", "Daily Monitor", [
    "Mpigi. Twelve people died on the spot and 27 others were injured when a passenger bus heading to Kampala from Kasese rammed into a stationary trailer at Buwama on the Kampala-Masaka highway in the early hours of yesterday.",
    "Katonga regional traffic police commander Joseph Bakaleke said preliminary investigations indicated that the bus driver was overspeeding and failed to notice the trailer, which had broken down and was parked without warning signs. \"The front part of the bus was completely crushed,\" he said.",
    "Survivors said the driver had been racing with another bus for most of the journey and ignored passengers' pleas to slow down. \"We were all shouting at him, but he did not listen,\" said Ms Annet Kabugho, who was admitted to Gombe Hospital with a broken leg.",
    "The injured were rushed to Gombe and Mpigi health centres, and some were referred to Mulago National Referral Hospital in Kampala. The bodies were taken to Mpigi Health Centre IV for postmortem.",
    "The driver survived and fled the scene, police said, adding that a manhunt had been launched.",
    "According to the Uganda Police annual crime and traffic report, more than 4,000 people were killed in road crashes across the country last year, with the Kampala-Masaka highway among the deadliest stretches.",
], [], "Road crash: an accident, not coded; annual road-death figure is aggregate."))

# 35 Sri Lanka: police shoot dead drug suspect during weapons search (negative: police shooting of a criminal suspect)
P = "2023-11-08"
A(art(P, "Drug trafficker shot dead while trying to escape police custody", "Daily Mirror", [
    "A suspected drug trafficker wanted in connection with several heroin cases was shot dead by the police while attempting to escape custody in Kalutara North early yesterday, police said.",
    "The Police Spokesman said the suspect, 34-year-old Dinesh Priyankara alias 'Podi Kaluwa', was taken by officers to a coconut estate in the area to recover weapons he had allegedly hidden. \"He took a hand grenade from the hiding place and attempted to throw it at the officers, who opened fire in self-defence,\" the spokesman said.",
    "The suspect was admitted to the Nagoda Hospital, where he succumbed to his injuries. A police sergeant sustained minor injuries in the incident.",
    "Police said the suspect had been arrested last week with 2.5 kilograms of heroin and was a close associate of a drug kingpin operating from Dubai. He had been detained for questioning under a detention order.",
    "Human rights activists questioned the police account, pointing out that several suspects had been killed in similar circumstances while in custody this year. The Human Rights Commission of Sri Lanka said it had launched an inquiry.",
    "The government last month launched a nationwide operation against drug trafficking, under which more than 20,000 suspects have been arrested.",
], [], "Police killing of a drug suspect in custody: police shooting of a criminal suspect and drug crime, out of scope; the grenade is the police's account, not an attack on them (borderline only in form). Operation arrest figures are aggregate."))

# 36 India, Jharkhand: mob lynches man in Ramgarh (Riots) + dharna in Ranchi (Protests)
P = "2018-09-15"
s36a = "A 38-year-old meat trader was lynched by a mob at Bazar Tand in Ramgarh on Thursday afternoon on suspicion of carrying beef in his van, police said."
s36b = "On Friday, members of several Muslim organisations and Left parties staged a dharna at Albert Ekka Chowk in Ranchi, demanding compensation for the family and strict action against the culprits."
A(art(P, "Meat trader lynched in Ramgarh over beef suspicion; 4 held", "The Times of India", [
    "RANCHI: " + s36a,
    "According to police, a group of around 50 people intercepted the victim, Mohammad Naushad of Manua village, near the market, pulled him out of the vehicle and beat him with sticks and iron rods before setting the van on fire. Police personnel who reached the spot rescued him and took him to the Ramgarh Sadar Hospital, where he was declared dead.",
    "Ramgarh SP Anil Kumar Singh said four people had been arrested on the basis of video footage and raids were on to nab others. \"Nobody will be spared. Strict action will be taken against those who took the law into their hands,\" he said.",
    s36b + " The protesters also submitted a memorandum addressed to the governor.",
    "The victim's wife said her husband had been transporting goat meat for a wedding. \"He was beaten like an animal in front of everyone,\" she said.",
    "Jharkhand has witnessed several incidents of lynching over suspicion of cattle theft, beef or child-lifting in recent years. The Supreme Court in July directed state governments to take preventive measures against mob violence and asked Parliament to consider a separate law against lynching.",
], [
    ev("Riots", "Mob violence", "Rioters (India)", 5, "Civilians (India)", 7, "India", "Jharkhand", "Ramgarh", 23.63, 85.52, 1, wd(P, "Thursday"),
       fat=1, evid=[s36a],
       note="Lynching of a meat trader by a mob at Bazar Tand, Ramgarh, over beef suspicion: mob violence, one dead. The four arrests of mob members are ordinary arrests, not coded."),
    ev("Protests", "Peaceful protest", "Protesters (India)", 6, None, None, "India", "Jharkhand", "Ranchi", 23.3441, 85.3096, 1, wd(P, "Friday"),
       evid=[s36b],
       note="Friday's dharna at Albert Ekka Chowk, Ranchi (city coordinates)."),
], "Two events: Thursday's lynching in Ramgarh and Friday's dharna in Ranchi. Earlier lynchings and the Supreme Court's July direction are background."))

# 37 Nepal, Lalitpur: murder over a debt (negative: personal violence)
P = "2019-05-27"
A(art(P, "Man stabbed to death over unpaid loan in Lalitpur", "The Kathmandu Post", [
    "LALITPUR: A 29-year-old man was stabbed to death by an acquaintance following a dispute over an unpaid loan in Imadol, Mahalaxmi Municipality, on Saturday night, police said.",
    "According to the District Police Office, Lalitpur, the victim, Rajesh Tamang, had borrowed Rs 300,000 from the suspect about a year ago and had repeatedly failed to repay the money. The two had been drinking together at a local eatery when an argument broke out over the loan.",
    "\"The suspect attacked the victim with a knife, stabbing him in the stomach and chest,\" said Deputy Superintendent of Police Rabindra Regmi. Locals took the victim to Patan Hospital, where doctors pronounced him dead on arrival.",
    "The suspect, 35-year-old Bishal Shrestha of Godawari, fled the scene but was arrested from a relative's house in Bhaktapur on Sunday afternoon. Police have also seized the knife used in the attack.",
    "The victim's family demanded strict punishment for the accused. \"We had asked him several times to pay back the money, but we never thought it would end like this,\" said the victim's elder brother.",
    "Police said disputes over money and alcohol were behind a large share of the murders reported in the Kathmandu Valley. A case of murder has been filed against the suspect at the District Court, Lalitpur.",
], [], "Personal dispute over a debt ending in murder: ordinary crime, not coded."))

# 38 Nigeria: NLC suspends planned nationwide strike (negative: called-off strike)
P = "2023-06-06"
A(art(P, "Fuel subsidy: Labour suspends nationwide strike after meeting with FG", "Punch", [
    "The Nigeria Labour Congress and the Trade Union Congress have suspended the indefinite nationwide strike they had called to begin on Wednesday over the removal of fuel subsidy, after a late-night meeting with the Federal Government in Abuja on Monday.",
    "The NLC President told journalists after the meeting that the unions had agreed to a joint committee to review the new petrol price and consider palliatives for workers, including a review of the minimum wage and the provision of CNG-powered buses.",
    "\"We have suspended the strike and protests to give room for negotiation. If the government fails to keep its side of the agreement, we will not hesitate to mobilise workers,\" the NLC President said.",
    "The unions had directed workers to stay at home from Wednesday and to join mass protests in all state capitals, a move that had threatened to shut down government offices, banks, schools and airports across the country.",
    "Pump prices of petrol rose from about N185 to over N500 per litre after President Bola Tinubu declared in his inaugural speech on May 29 that the subsidy regime was gone. Long queues and panic buying were reported in many cities.",
    "Some civil society groups criticised the suspension, accusing the labour leaders of betraying Nigerians. The Joint Action Front said it would go ahead with protests later in the month.",
], [], "A strike and protests called for a future date and then suspended; other groups' future protests: not coded. The price rise is background."))

# 39 Pakistan: TLP clash with police in Lahore (Riots) + Faizabad sit-in (Protests)
P = "2021-10-28"
s39a = "Two policemen were killed and more than 40 people injured when workers of the proscribed Tehreek-e-Labbaik Pakistan (TLP) clashed with police at Shahdara in Lahore on Tuesday, officials at Mayo Hospital said."
s39b = "The TLP claimed that five of its workers had been killed by police firing, a claim that could not be independently verified."
s39c = "On Wednesday, hundreds of TLP supporters staged a sit-in at the Faizabad Interchange, blocking the main artery between Islamabad and Rawalpindi for several hours."
A(art(P, "Two policemen killed in Lahore as TLP protesters clash with police", "The Express Tribune", [
    "LAHORE: " + s39a,
    "The clash erupted when TLP workers, who had set out on a march towards Islamabad to demand the release of their chief and the expulsion of the French ambassador, tried to remove containers placed on the road by the police. The protesters pelted the police with stones and, according to officials, opened fire, while police fired teargas shells.",
    s39b + " Police said a number of officials were among the injured.",
    s39c + " Police allowed the protesters to sit peacefully and commuters were diverted through alternative routes.",
    "Federal Interior Minister said the government would not allow anyone to challenge the writ of the state, and announced that Rangers would be deployed in Punjab for 60 days.",
    "The TLP was banned in April after its workers paralysed parts of the country in violent protests over the publication of blasphemous caricatures in France, during which several policemen were killed. The party's chief has been in detention since then.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Pakistan)", 5, "Police Forces of Pakistan", 1, "Pakistan", "Punjab", "Lahore", 31.5204, 74.3587, 1, wd(P, "Tuesday"),
       fat=2, inj=40, claimed=[claim(5, 5, "Tehreek-e-Labbaik Pakistan", "five of its workers had been killed by police firing")],
       evid=[s39a, s39b],
       note="TLP marchers clashing with police at Shahdara, Lahore (stones, firing): violent demonstration. Hospital officials: two dead, 'more than 40' injured (taken as 40). TLP's five dead workers is a party claim (of its own side only)."),
    ev("Protests", "Peaceful protest", "Protesters (Pakistan)", 6, None, None, "Pakistan", "Islamabad Capital Territory", "Faizabad Interchange", 33.6628, 73.0836, 1, wd(P, "Wednesday"),
       evid=[s39c],
       note="Wednesday's sit-in at Faizabad Interchange blocking traffic; police let it proceed peacefully, so a peaceful protest."),
], "Two events: Tuesday's clash in Lahore and Wednesday's Faizabad sit-in. The April protests and the Rangers deployment (announced) are background or plans, not coded."))

# 40 Tanzania: drug seizure in Dar es Salaam (negative: drug crime)
P = "2022-02-18"
A(art(P, "DCEA seizes 500 kilos of heroin in Dar raid, arrests 11", "The Citizen", [
    "Dar es Salaam. The Drug Control and Enforcement Authority (DCEA) has seized 504 kilogrammes of heroin and arrested 11 suspects, including two foreigners, in an operation in Kigamboni and Mbweni areas of Dar es Salaam.",
    "The DCEA Commissioner General told journalists yesterday that the drugs were found hidden in sacks of animal feed in a warehouse and in a house where the suspects had been staying. \"This is one of the largest seizures in the history of the country,\" he said.",
    "He said the operation, which lasted three days, followed months of surveillance on a network that uses dhows to bring drugs from Asia through the Indian Ocean and onwards to Europe and southern Africa.",
    "\"We are waging war against these merchants of death. We will not rest until every network is dismantled,\" the Commissioner General said, adding that the suspects would be arraigned at the Kisutu Resident Magistrate's Court next week.",
    "The authority said it had also destroyed 30 acres of cannabis farms in Morogoro and Arusha regions in the past month.",
    "Tanzania has in recent years become a major transit route for heroin from Afghanistan, according to the United Nations Office on Drugs and Crime. Officials say the rise in local addiction has fuelled petty crime in major towns.",
], [], "Drug seizure and arrests of traffickers: drug crime, out of scope; 'waging war' is rhetoric."))
