# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 21 Kenya: IPOA annual report on police killings (aggregate statistics, negative)
P = "2024-02-14"
A(art(P, "Police killed 198 people last year, says IPOA report", "The Standard", [
    "Police officers killed 198 people in Kenya last year, the highest number since the Independent Policing Oversight Authority began publishing annual figures, according to a report tabled in Parliament on Tuesday.",
    "The report says 71 of the deaths occurred during operations against suspected criminals, 54 in custody or shortly after arrest, and the rest during public order operations, including the wave of anti-government demonstrations between March and July. Nairobi, Kisumu and Migori counties recorded the highest numbers.",
    "IPOA chairperson Anne Makori said the authority had opened investigations into 143 of the cases and recommended prosecution in 31. \"Every death at the hands of police must be accounted for. Officers who break the law must face the consequences,\" she said.",
    "The National Police Service said many of the deaths involved armed suspects who had attacked officers and that the figures should be seen in the context of rising violent crime. Spokesperson Resila Onyango said officers who acted unlawfully had been suspended.",
    "Human rights groups said the true number was likely to be higher. Missing Voices, a coalition of civil society organisations, has documented at least 220 police killings and enforced disappearances in 2023.",
    "MPs on the Administration and Internal Security Committee are expected to question Inspector General Japhet Koome on the report next month.",
], [], "Annual statistics of police killings and protest deaths (aggregate, no single event with place and day): not coded."))

# 22 Cebu: drug suspect shot dead by police in buy-bust (negative)
P = "2022-05-30"
A(art(P, "Drug suspect killed in shootout with police in Barangay Pasil", "SunStar Cebu", [
    "A suspected drug pusher was shot dead by police in Barangay Pasil, Cebu City, early Sunday after he allegedly opened fire on officers during a buy-bust operation.",
    "Police Lieutenant Colonel Wilbert Parilla, chief of the Pasil Police Station, said an undercover officer had bought a sachet of suspected shabu from the man at around 1:30 a.m. When the other officers moved in to arrest him, the suspect drew a .38-caliber revolver and fired, prompting the police to return fire.",
    "The man, identified as Rolando Tabanao, 37, was declared dead on arrival at the Cebu City Medical Center. Police said they recovered the revolver, spent shells and 12 sachets of suspected shabu worth about P81,600. No officer was hurt.",
    "Tabanao's sister disputed the police account, telling reporters that her brother did not own a gun. \"He was already on the ground. Why did they have to kill him?\" she said. The family plans to file a complaint with the Commission on Human Rights.",
    "The Central Visayas police regional office said the case would undergo the standard investigation by its internal affairs service, which reviews all deaths in police operations.",
    "Police said 14 drug suspects had been killed in operations in Cebu province since January.",
], [], "Police shooting of a drug suspect (criminal), disputed by the family: out of scope; the provincial tally is a statistic."))

# 23 Myanmar: military airstrike on a monastery near Ye-U (wire)
P = "2024-11-21"
A(art(P, "Myanmar airstrike on monastery kills at least 12, rescuers say", "AP via The Philippine Star", [
    "BANGKOK - A Myanmar military airstrike hit a Buddhist monastery sheltering displaced villagers in Ye-U township in the central Sagaing region on Tuesday, killing at least 12 people, including four children, a rescue worker said.",
    "A fighter jet dropped two bombs on the monastery compound in a village about 10 kilometres from the town of Ye-U at around 3 p.m., the rescue worker told The Associated Press by phone, speaking on condition of anonymity for fear of arrest. \"We have pulled out 12 bodies. Some people are still missing under the prayer hall,\" he said.",
    "A spokesperson for the local People's Defence Force, an armed group opposed to military rule, said 19 people had been killed and more than 30 wounded. The figures could not be independently confirmed.",
    "Myanmar's military government said in a statement carried by state television that its air force had struck a \"terrorist training camp\" in the area, and denied targeting civilians.",
    "Sagaing has been a stronghold of resistance since the army seized power in February 2021, and has been hit by hundreds of airstrikes. In April last year, an airstrike on a village gathering in the region killed more than 160 people, one of the deadliest attacks since the coup.",
    "The United Nations says more than 3 million people have been displaced by fighting across Myanmar.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing", "Ye-U", 22.7667, 95.4333, 2, wd(P, "Tuesday"), fat=12,
       claimed=[{"low": 19, "high": 19, "claimant": "People's Defence Force", "text": "19 people had been killed and more than 30 wounded"}],
       evid=["BANGKOK - A Myanmar military airstrike hit a Buddhist monastery sheltering displaced villagers in Ye-U township in the central Sagaing region on Tuesday, killing at least 12 people, including four children, a rescue worker said.",
             "A fighter jet dropped two bombs on the monastery compound in a village about 10 kilometres from the town of Ye-U at around 3 p.m., the rescue worker told The Associated Press by phone, speaking on condition of anonymity for fear of arrest."],
       note="Airstrike on an unnamed village near Ye-U (precision 2); 12 dead per a rescue worker; the PDF's 19 is a party's claim; the junta's 'training camp' denial kept out. Injured null (only the party's figure)."),
], "One airstrike; last year's Sagaing strike and the displacement totals are background."))

# 24 Milwaukee: domestic killing (negative)
P = "2021-03-15"
A(art(P, "Man charged with killing wife in Bay View home, complaint says", "Milwaukee Journal Sentinel", [
    "A 41-year-old Milwaukee man has been charged with first-degree intentional homicide in the death of his wife, who was found shot in the couple's Bay View home Thursday night.",
    "According to a criminal complaint filed Saturday, Jason Kowalczyk called 911 shortly after 10 p.m. and told a dispatcher that he had \"done something terrible\". Officers found Amanda Kowalczyk, 38, in the kitchen with gunshot wounds to her chest. She was pronounced dead at the scene.",
    "The couple's two children, ages 9 and 12, were at a relative's house at the time, the complaint says. Neighbors told investigators they had heard shouting coming from the home on several occasions in recent months, and police had been called to the address for a domestic disturbance in December.",
    "Kowalczyk told detectives that the couple had argued about money and his wife's plans to leave him, according to the complaint. He made his initial appearance in Milwaukee County Circuit Court on Sunday, and his bail was set at $1 million.",
    "Amanda Kowalczyk worked as a dental hygienist and coached her daughter's soccer team. \"She was the person everybody leaned on,\" a friend wrote on a fundraising page set up for the children.",
    "Advocates at the Sojourner Family Peace Center said calls to their hotline have increased during the pandemic. The hotline is open 24 hours a day.",
], [], "Domestic killing: ordinary crime, not coded."))

# 25 Mali: trial over the 2017 Kangaba resort attack (wire, negative)
P = "2023-03-30"
A(art(P, "Mali court sentences three over 2017 attack on tourist resort", "AFP via The Guardian", [
    "A court in Bamako on Wednesday sentenced three men to death for their role in a 2017 jihadist attack on a tourist resort on the outskirts of the Malian capital in which five people were killed.",
    "The special criminal court found the men guilty of terrorism, murder and illegal possession of weapons over the assault on Le Campement Kangaba, a resort popular with expatriates, in June 2017. Gunmen stormed the complex on a Sunday afternoon, opening fire on guests by the swimming pool before Malian and French special forces ended the siege. Four attackers were killed.",
    "The attack was claimed by JNIM, the al-Qaeda-linked alliance that is active across central and northern Mali and in neighbouring Burkina Faso and Niger.",
    "Defence lawyers said their clients, arrested in 2018, had been convicted on the basis of confessions obtained under duress and would appeal. Mali has not carried out an execution since 1980, and death sentences are routinely commuted to life imprisonment.",
    "The trial comes as the ruling junta faces mounting attacks by jihadist groups in the centre of the country. A victims' association welcomed the verdict but said families had waited \"far too long\" for justice.",
    "Relatives of a Portuguese soldier and a Chinese national killed in the attack attended the hearing.",
], [], "Court verdict on a 2017 attack (old, backdrop of a trial): not coded."))

# 26 Lethbridge: council hearing on downtown safety bylaw (negative)
P = "2023-06-21"
A(art(P, "Packed chambers as council debates downtown loitering bylaw", "Lethbridge Herald", [
    "More than 150 people crowded into Lethbridge city council chambers on Tuesday for a public hearing on a proposed bylaw that would allow fines for loitering in downtown doorways and transit shelters.",
    "Speakers were split almost evenly. Downtown business owners described needles in doorways and staff afraid to open up in the morning, while social agencies and several residents warned that fines would fall on people who have nowhere else to go.",
    "\"You cannot fine your way out of an addiction crisis,\" said Marcy Crow, who works with an Indigenous outreach program in the city. Several people in the gallery applauded, prompting Mayor Blaine Hyggen to remind the room that the hearing was not a rally.",
    "The city closed its supervised consumption site in 2020 after the province pulled funding, and councillors heard that overdose deaths in the city rose by 30 per cent last year compared with 2021.",
    "Coun. Belinda Crowson moved to send the bylaw back to administration for further consultation with the Blood Tribe and Piikani Nation. The motion passed 6-3.",
    "The Downtown Lethbridge Business Revitalization Zone said its members were frustrated by the delay. A revised bylaw is expected to return to council in September.",
], [], "Council public hearing, not a demonstration (the mayor says so); overdose statistics: not coded."))

# 27 DR Congo: M23 attack on army positions near Sake (wire)
P = "2024-02-09"
A(art(P, "Fierce fighting near Sake as M23 rebels push towards Goma", "Reuters via The Star (Kenya)", [
    "GOMA, Democratic Republic of Congo - M23 rebels attacked Congolese army positions on the hills above the town of Sake on Wednesday, sparking hours of heavy fighting about 25 kilometres west of the eastern city of Goma, residents and a local official said.",
    "Shells landed on the outskirts of Sake during the afternoon, and thousands of people fled along the road towards Goma carrying mattresses and cooking pots. A civil society leader in Sake, Leopold Muisha, said he had counted at least nine bodies, including three civilians, but could not say how many fighters had died.",
    "Army spokesman Lieutenant Colonel Guillaume Ndjike said troops had repelled the assault and killed more than 30 rebels. M23 spokesman Lawrence Kanyuka said on X that the rebels had \"neutralised dozens\" of soldiers and allied militiamen. Neither account could be verified.",
    "Sake is the last major town on the road west of Goma, a city of more than 2 million people that has been almost encircled by the rebels since last year. United Nations peacekeepers said they had reinforced positions around the town.",
    "Congo, the United States and the United Nations accuse neighbouring Rwanda of backing M23, which Kigali denies.",
    "The fighting in North Kivu has displaced more than 1.5 million people, according to UN figures.",
], [
    ev("Battles", "Armed clash", "M23", 2, "Military Forces of Democratic Republic of Congo", 1, "Democratic Republic of Congo", "North Kivu", "Sake", -1.5736, 29.0437, 1, wd(P, "Wednesday"), fat=9,
       claimed=[{"low": 30, "high": 30, "claimant": "Military Forces of Democratic Republic of Congo", "text": "killed more than 30 rebels"},
                {"low": 12, "high": 12, "claimant": "M23", "text": "\"neutralised dozens\" of soldiers and allied militiamen"}],
       evid=["GOMA, Democratic Republic of Congo - M23 rebels attacked Congolese army positions on the hills above the town of Sake on Wednesday, sparking hours of heavy fighting about 25 kilometres west of the eastern city of Goma, residents and a local official said.",
             "A civil society leader in Sake, Leopold Muisha, said he had counted at least nine bodies, including three civilians, but could not say how many fighters had died."],
       note="M23 attack on army positions at Sake: armed clash; nine bodies per a civil society leader (neutral); the army's 30+ and M23's 'dozens' (12) are party claims. Shelling of the outskirts is part of the same clash."),
], "One clash; Goma's encirclement and displacement totals are background."))

# 28 Tucson: road rage shooting on I-10 (negative)
P = "2024-07-09"
A(art(P, "Driver wounded in road rage shooting on Interstate 10", "Arizona Daily Star", [
    "A 33-year-old man was shot in the shoulder on Interstate 10 near Ina Road on Monday evening after an argument between two drivers escalated at highway speed, the Arizona Department of Public Safety said.",
    "Troopers were called at about 6:15 p.m. to reports of a shooting in the westbound lanes. According to DPS, witnesses said the drivers of a white pickup and a gray sedan had been tailgating and cutting each other off for several miles before the pickup's driver fired a handgun through his open passenger window.",
    "The wounded man managed to pull onto the shoulder and was taken to Banner - University Medical Center Tucson with injuries that were not considered life-threatening. His passenger was not hurt.",
    "A Marana police officer spotted the pickup about 20 minutes later at a gas station on Cortaro Road. The driver, Travis Hollings, 47, of Marana, was arrested on suspicion of aggravated assault with a deadly weapon and booked into the Pima County jail.",
    "Two westbound lanes were closed for about two hours while troopers collected evidence, causing backups past Prince Road.",
    "DPS said it has investigated 34 freeway shootings in Pima County so far this year, most of them linked to road rage. \"If someone is driving aggressively around you, let them go,\" DPS spokesman Bart Graves said.",
], [], "Road rage shooting: ordinary crime; the freeway-shooting count is a statistic. Not coded."))

# 29 Belfast Telegraph: Omagh bombing 25th anniversary (negative)
P = "2023-08-16"
A(art(P, "Omagh remembers its dead 25 years after Real IRA bomb", "Belfast Telegraph", [
    "Families of the 29 people killed in the Omagh bombing gathered in the Co Tyrone town on Tuesday to mark 25 years since the Real IRA attack, the deadliest single atrocity of the Troubles.",
    "A minute's silence was held at 3.10pm, the time the car bomb exploded on Market Street on August 15, 1998, killing 29 people, including a woman pregnant with twins, and injuring more than 200.",
    "Relatives laid wreaths at the memorial garden beside the Strule river, where 31 small mirrors catch the sunlight. A piper played a lament, and the names of the dead were read aloud by children from local schools.",
    "Michael Gallagher, whose son Aidan was killed, said the families were still waiting for answers. \"Twenty-five years on, nobody has been convicted of murder. We are hoping the inquiry will finally tell us whether this could have been prevented,\" he said.",
    "The UK Government announced in February that it would hold an independent statutory inquiry into whether the bombing could have been stopped by the security services. Hearings are expected to begin next year.",
    "Among those attending were the Northern Ireland Secretary, the Taoiseach's representative and the chief constable of the PSNI.",
], [], "Anniversary of the 1998 bombing and a future inquiry: not coded; the commemoration is not a protest."))

# 30 West Bank: OCHA annual settler-attack statistics (wire, negative)
P = "2025-01-10"
A(art(P, "Settler attacks in West Bank hit record in 2024, UN says", "AFP via Arab News", [
    "JERUSALEM: Israeli settlers carried out more than 1,400 attacks on Palestinians and their property in the occupied West Bank last year, the highest number since the United Nations began recording such incidents in 2006, the UN humanitarian office said on Thursday.",
    "In its annual review, the Office for the Coordination of Humanitarian Affairs said about 370 of the attacks caused casualties, while the rest involved damage to homes, vehicles, olive trees and livestock. The Ramallah and Nablus governorates were the worst affected.",
    "The office said more than 1,700 Palestinians had been displaced from herding communities in the Jordan Valley and the South Hebron Hills because of settler violence and access restrictions.",
    "Israeli military operations in the northern West Bank, particularly in Jenin and Tulkarem refugee camps, accounted for most of the Palestinian deaths recorded during the year, according to the report.",
    "The Israeli military said it acts against all violations of the law and that it had opened investigations into a number of incidents involving settlers. The Yesha Council, which represents settlers, accused the UN of bias.",
    "Several Western governments, including Britain and Canada, imposed sanctions on individual settlers and outposts during 2024.",
], [], "Annual statistics (aggregate, no dated incident): not coded."))

# 31 Sopore: police arrest three Lashkar-e-Taiba militants
P = "2022-06-05"
A(art(P, "Three LeT 'hybrid militants' held in Sopore, pistols and grenades recovered", "Greater Kashmir", [
    "Sopore: Police on Saturday arrested three militants of the banned Lashkar-e-Taiba in Sopore town of Baramulla district and recovered two pistols and four hand grenades from their possession, officials said.",
    "A police spokesman said the three were stopped at a checkpoint near the Sopore fruit mandi and tried to flee when asked to show their identity cards. They were overpowered after a short chase. No shots were fired.",
    "Senior Superintendent of Police Sopore, Suhail Ahmad, said the three were \"hybrid militants\", a term used by police for young men who do not appear on official lists of active militants but carry out targeted attacks and then return to normal life. He said they had been tasked with attacking non-local labourers and off-duty policemen.",
    "A case has been registered under the Unlawful Activities (Prevention) Act and the Arms Act at Sopore police station, and further investigation is under way.",
    "The arrests come days after two non-local workers were shot and wounded in Pulwama district, an attack police blamed on militants. Last month a police constable was shot dead at his home in Srinagar.",
    "Officials say the Valley has seen a rise in targeted killings this year, prompting protests by migrant workers and Kashmiri Pandit employees demanding transfers out of the region.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of India", 1, "Lashkar-e-Taiba", 2, "India", "Jammu and Kashmir", "Sopore", 34.3000, 74.4700, 1, wd(P, "Saturday"),
       evid=["Sopore: Police on Saturday arrested three militants of the banned Lashkar-e-Taiba in Sopore town of Baramulla district and recovered two pistols and four hand grenades from their possession, officials said."],
       note="Arrest of militants: Strategic developments / Arrests."),
], "One arrest event. The Pulwama shooting 'days' before (no day given) and last month's killing are background, not coded; the migrant protests are aggregate (borderline)."))

# 32 Des Moines: pipeline rally called off (negative)
P = "2024-03-04"
A(art(P, "Pipeline opponents call off Capitol rally, citing icy forecast", "The Des Moines Register", [
    "Opponents of a proposed carbon dioxide pipeline across Iowa called off a rally planned for Saturday at the State Capitol, saying a forecast of freezing rain made it too risky for farmers driving in from across the state.",
    "The Iowa Easement Action Team had expected as many as 500 people, including landowners from more than 20 counties along the pipeline's route, to gather on the west steps and deliver petitions to Gov. Kim Reynolds' office.",
    "\"We have people in their seventies and eighties who wanted to be there, and we're not going to ask them to drive 200 miles on glare ice,\" said organizer Jess Mazour. The group said it would reschedule the rally for later this month, once the Legislature's second funnel deadline had passed.",
    "On Saturday morning, the Capitol grounds were quiet apart from a few tourists and a state trooper's car parked by the steps.",
    "The pipeline, proposed by Ames-based Summit Carbon Solutions, would carry carbon dioxide from ethanol plants to an underground storage site in North Dakota. The Iowa Utilities Board approved a permit last year, but many landowners oppose the company's use of eminent domain.",
    "A bill that would limit eminent domain for carbon pipelines passed the Iowa House last week but faces an uncertain future in the Senate.",
], [], "Rally called off and rescheduled (never held, future): not coded."))

# 33 Sheffield: steel job cuts with fight words (negative)
P = "2024-09-12"
A(art(P, "Unions vow to fight as 300 jobs go at Stocksbridge steelworks", "Sheffield Star", [
    "Unions have vowed to fight \"tooth and nail\" to save jobs after Liberty Steel announced that up to 300 posts would go at its Stocksbridge plant, one of the last remaining specialist steelworks in South Yorkshire.",
    "The company said on Wednesday that falling demand from the aerospace and automotive industries, combined with high energy costs, had forced it to mothball one of the plant's two rolling mills. Staff were told at a series of meetings on site.",
    "Community union national officer Alasdair McDiarmid called the cuts \"a hammer blow for the town\" and said the union would examine every option, including a ballot for industrial action, if the company refused to consider alternatives such as short-time working.",
    "Penistone and Stocksbridge MP Marie Tidball said she had asked for an urgent meeting with the business secretary. \"Steel has been made in this valley for more than 180 years. We cannot let it slip away without a fight,\" she said.",
    "Liberty Steel, part of Sanjeev Gupta's GFG Alliance, said the remaining mill would continue to operate and that it hoped to redeploy some workers. A 45-day consultation period has begun.",
    "The plant employed around 1,000 people a decade ago. Shares in several UK steel suppliers fell on the news.",
], [], "Business news, job cuts and a possible future ballot: not coded."))

# 34 Niger: Islamic State Sahel Province attack on army post at Banibangou (wire)
P = "2024-06-27"
A(art(P, "At least 14 soldiers killed in attack on Niger army post", "AFP via The Irish Times", [
    "Niamey: At least 14 Nigerien soldiers were killed on Tuesday when jihadists attacked an army post in Banibangou, in the western Tillaberi region near the border with Mali, a local elected official and a security source told AFP.",
    "Hundreds of assailants on motorbikes surrounded the post at dawn and fought soldiers for several hours before withdrawing towards the Malian border, the official said, asking not to be named. Several military vehicles were burnt.",
    "In a statement read on state television on Wednesday evening, the defence ministry said ten soldiers had died and that more than 40 assailants were \"neutralised\" during the fighting and in air strikes that followed.",
    "The Islamic State Sahel Province claimed the attack through its Amaq news agency, saying its fighters had killed 30 soldiers and seized weapons and ammunition.",
    "Tillaberi, part of the so-called tri-border area between Niger, Mali and Burkina Faso, has been the scene of repeated attacks by jihadist groups linked to both al-Qaeda and the Islamic State. In December, an ambush near Chinegodar killed more than a dozen soldiers.",
    "The military junta that seized power in Niamey last July cited worsening security as one of its reasons for ousting President Mohamed Bazoum. It has since expelled French troops and turned to Russia for military support.",
], [
    ev("Battles", "Armed clash", "Islamic State Sahel Province", 2, "Military Forces of Niger", 1, "Niger", "Tillaberi", "Banibangou", 15.0400, 2.7050, 1, wd(P, "Tuesday"), fat=14,
       claimed=[{"low": 50, "high": 50, "claimant": "Military Forces of Niger", "text": "ten soldiers had died and that more than 40 assailants were \"neutralised\""},
                {"low": 30, "high": 30, "claimant": "Islamic State Sahel Province", "text": "its fighters had killed 30 soldiers"}],
       evid=["Niamey: At least 14 Nigerien soldiers were killed on Tuesday when jihadists attacked an army post in Banibangou, in the western Tillaberi region near the border with Mali, a local elected official and a security source told AFP.",
             "The Islamic State Sahel Province claimed the attack through its Amaq news agency, saying its fighters had killed 30 soldiers and seized weapons and ammunition."],
       note="Attack on an army post: armed clash, actor from the group's own claim; 14 dead per a local official and security source (neutral); the ministry's 10 soldiers + 40 attackers and IS's 30 are party claims. Follow-up air strikes (no place or day) not coded separately (borderline)."),
], "One clash; December's Chinegodar ambush is old background."))

# 35 Spokane: measles cases (health, negative)
P = "2025-03-06"
A(art(P, "Measles case confirmed in Spokane County; exposure sites listed", "The Spokesman-Review", [
    "Spokane health officials confirmed a case of measles in an unvaccinated child on Wednesday and warned that hundreds of people may have been exposed at a pediatric clinic, a grocery store and a church in the Spokane Valley over the past week.",
    "The Spokane Regional Health District said the child had recently returned from travel out of state and was recovering at home. It is the county's first confirmed measles case since 2019.",
    "Anyone who visited the listed locations during the exposure windows and is not immune should watch for symptoms, including a high fever, cough and a rash that starts on the face, for 21 days, health officer Dr. Francisco Velázquez said.",
    "\"Measles is one of the most contagious diseases we know of. Nine out of 10 unvaccinated people who are exposed will catch it,\" Velázquez said. \"The best protection is two doses of the MMR vaccine.\"",
    "Vaccination rates among kindergartners in Spokane County fell to 86 percent last school year, below the 95 percent level health experts say is needed to prevent outbreaks. The health district will hold free walk-in vaccine clinics on Saturday at its office on North Division Street.",
    "Nationwide, more than 160 measles cases have been reported this year, most of them linked to an outbreak in West Texas.",
], [], "Disease: not coded."))

# 36 Colombia: government and ELN resume talks (wire, negative)
P = "2024-03-19"
A(art(P, "Colombia, ELN rebels resume peace talks in Havana after two-month pause", "AP via Miami Herald", [
    "BOGOTA, Colombia - Colombia's government and the National Liberation Army rebel group resumed peace talks in Havana on Monday, two months after negotiations stalled over the group's continued kidnappings and a deadly car bomb.",
    "Government negotiator Vera Grabe said both delegations would focus on extending a six-month ceasefire that is due to expire in August and on setting up a process for the participation of civil society in the talks. \"We are not here to make promises we cannot keep,\" she said at the opening session.",
    "Talks were suspended in January after the ELN detonated a car bomb outside an army base in Puerto Jordan, in the eastern province of Arauca, killing two soldiers. The rebels said the attack was a response to military operations against them, which they said violated the ceasefire.",
    "The ELN, which has about 5,000 fighters, has been fighting the Colombian state since 1964. Previous rounds of negotiations under four presidents failed.",
    "President Gustavo Petro has made negotiations with armed groups the centrepiece of his \"total peace\" policy, but critics say the groups have used ceasefires to expand their territory and recruit children.",
    "Colombia's ombudsman's office said last week that 40 social leaders had been killed so far this year.",
], [], "Peace talks (political news); January's car bomb is older than two weeks; the ombudsman's tally is aggregate. Not coded."))

# 37 Jones, Isabela: army clashes with NPA rebels
P = "2023-07-24"
A(art(P, "Soldiers, NPA rebels clash in Isabela town; 2 bodies recovered", "Philippine Daily Inquirer", [
    "CITY OF ILAGAN, Isabela - Government troops clashed with communist New People's Army rebels in the hinterlands of Jones town on Saturday, leaving at least two rebels dead, according to a municipal official.",
    "Soldiers from the Army's 86th Infantry Battalion were on patrol in the forested uplands east of the town center when they came under fire from about 20 rebels at around 7 a.m., the Army said. The firefight lasted about 30 minutes.",
    "Lt. Col. Ronald Quiambao, the battalion commander, said three rebels were killed and one soldier was wounded. The municipal disaster risk reduction office of Jones said two bodies were brought down from the mountains on Sunday and turned over to a funeral parlor in the town.",
    "In a statement sent to reporters, the NPA's Isabela provincial command claimed its fighters had killed five soldiers in the encounter. The Army denied losing any men.",
    "Jones, a farming town of about 45,000 people on the edge of the Sierra Madre, has seen sporadic clashes between soldiers and rebels. In 2021 the government declared Isabela \"insurgency-free\", a claim rejected by the rebels.",
    "The communist insurgency, one of Asia's longest-running, has been weakened by surrenders and the deaths of top leaders, but pockets of rebels remain active in the Cagayan Valley and elsewhere.",
], [
    ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "New People's Army", 2, "Philippines", "Cagayan Valley", "Jones", 16.5581, 121.7006, 2, wd(P, "Saturday"), fat=2,
       claimed=[{"low": 3, "high": 3, "claimant": "Military Forces of the Philippines", "text": "three rebels were killed and one soldier was wounded"},
                {"low": 5, "high": 5, "claimant": "New People's Army", "text": "its fighters had killed five soldiers"}],
       evid=["CITY OF ILAGAN, Isabela - Government troops clashed with communist New People's Army rebels in the hinterlands of Jones town on Saturday, leaving at least two rebels dead, according to a municipal official.",
             "Soldiers from the Army's 86th Infantry Battalion were on patrol in the forested uplands east of the town center when they came under fire from about 20 rebels at around 7 a.m., the Army said."],
       note="Army-NPA clash in the uplands of Jones, Isabela (near the town, precision 2; not the dateline Ilagan); two dead per the municipal office; the Army's 3 and NPA's 5 are party claims; the wounded soldier is the Army's own word (injured null, borderline)."),
], "One clash; 2021 declaration and insurgency background not coded."))

# 38 Cleveland: opinion column on political violence (negative)
P = "2023-06-10"
A(art(P, "Opinion: Threats against officials are the new normal. They shouldn't be.", "The Plain Dealer", [
    "When a county election board member in northeast Ohio told me last month that she now checks under her car before driving to work, I assumed she was exaggerating. She wasn't. She showed me the emails.",
    "Threats against public officials have become a routine part of American political life. The U.S. Capitol Police investigated more than 8,000 threats against members of Congress last year, up from fewer than 4,000 in 2017. Ohio's secretary of state has reported a sharp rise in harassment of poll workers since 2020.",
    "We have already seen where this leads. A mob stormed the U.S. Capitol on Jan. 6, 2021. A man broke into the San Francisco home of then-Speaker Nancy Pelosi in 2022 and fractured her husband's skull with a hammer. In 2017, a gunman opened fire on Republican lawmakers practicing for a charity baseball game in Virginia.",
    "Each time, leaders of both parties condemned the violence. Each time, the temperature dropped for a week or two, then rose again.",
    "There are practical steps Ohio can take. Lawmakers in Columbus should pass the bipartisan bill that would keep the home addresses of election workers off public records, and county boards need money for basic security.",
    "But the harder work falls on the rest of us. Disagree as loudly as you like. Vote, march, write letters to this newspaper. But the moment we start treating our neighbors as enemies to be defeated rather than citizens to be persuaded, we have already lost something that will be very hard to get back.",
], [], "Opinion column: historical attacks (2017, 2021, 2022) and threat statistics are not events; not coded."))

# 39 San Antonio: hailstorm (weather, negative)
P = "2024-05-30"
A(art(P, "Baseball-sized hail pounds North Side, shattering windows and windshields", "San Antonio Express-News", [
    "A fast-moving thunderstorm dropped hail as large as baseballs on San Antonio's North Side on Tuesday night, smashing car windshields, punching holes in roofs and sending residents running for cover.",
    "The National Weather Service said the storm formed west of Helotes shortly after 8 p.m. and moved east across Loop 1604 and Stone Oak over about 45 minutes. Hailstones up to 3 inches across were reported near Shavano Park, along with wind gusts of 60 mph.",
    "\"It sounded like somebody was firing a shotgun at the house,\" said Roberto Garza, who lives off Huebner Road. \"Every window on the west side is gone.\"",
    "CPS Energy said more than 45,000 customers lost power at the height of the storm. Most had been reconnected by Wednesday afternoon. No serious injuries were reported, although the San Antonio Fire Department said it responded to several minor injuries from broken glass.",
    "Insurance agents said they expected thousands of claims. The Insurance Council of Texas warned homeowners to be wary of out-of-town contractors going door to door offering quick repairs.",
    "Forecasters said more storms were possible across South Central Texas through the weekend, with the risk of large hail and flash flooding.",
], [], "Weather event: not coded."))

# 40 Kharkiv: theatre performs underground (culture, negative)
P = "2024-02-15"
A(art(P, "Kharkiv theatre returns to the stage - 10 metres underground", "Kyiv Independent", [
    "KHARKIV - The audience filed down the steps of a converted basement beneath the Kharkiv Academic Drama Theatre on Sunday evening, past sandbags and a sign pointing to the nearest shelter, for the company's first full premiere since Russia's full-scale invasion.",
    "The production, a new staging of Mykola Kulish's 1920s comedy \"Myna Mazailo\", plays to 120 people a night in a space that doubles as a bomb shelter. Tickets for the first month sold out in two days.",
    "\"People need something other than news about the war,\" said artistic director Oleksandr Bondar. \"When the lights go down, for two hours they can laugh. That is not a small thing in this city.\"",
    "Air raid sirens sounded twice during the performance, but the actors carried on. Under city rules, performances in the basement may continue during alerts because the venue meets shelter standards.",
    "Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border and has been struck by missiles, glide bombs and drones throughout the war. Mayor Ihor Terekhov said last month that the city had been attacked more than 20 times in January alone.",
    "Several of the company's actors are serving in the armed forces. Their photographs hang in the foyer, alongside posters from productions staged before 2022.",
], [], "Culture story; sirens without a strike and the mayor's January tally (aggregate) are not events. Not coded."))
