# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 46 Somalia: Al Shabaab attack on a base near Balcad (wire)
p = "2021-10-28"
s1 = "Al Shabaab fighters attacked a Somali army base near Balcad, about 30 kilometres north of Mogadishu in Middle Shabelle region, at dawn on Wednesday, setting off a gun battle that lasted more than two hours, residents and officials said."
s2 = "A local elder, Abdullahi Hassan, said he had seen at least seven bodies, both soldiers and fighters, being carried from the base."
s3 = "Army commander Major Mohamed Ali told state radio that four soldiers and 11 militants were killed, while the militant group said on its Andalus radio that it had killed 23 soldiers and overrun the base."
A(art(p, "Al Shabaab attacks army base near Balcad", "Daily Nation", [
    "MOGADISHU (Reuters) - " + s1,
    "The attack began with a suicide car bomb at the gate, residents said, followed by fighters armed with machine guns and rocket-propelled grenades.",
    s2,
    s3,
    "The army said it still controlled the base and that reinforcements had arrived from Mogadishu by midday. Reuters could not independently verify either side's account.",
    "Al Shabaab, which is allied to al Qaeda, has fought for more than a decade to topple Somalia's central government. It was driven out of Mogadishu in 2011 but still controls large parts of the countryside and regularly attacks military bases and hotels.",
    "In Kenya, security was tightened in Mandera and Lamu counties, where the group has carried out cross-border raids in the past.",
], [ev("Battles", "Armed clash", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia", "Middle Shabelle",
       "Balcad", 2.3590, 45.3875, 2, wd(p, "Wednesday"), fat=7,
       claimed=[{"low": 15, "high": 15, "claimant": "Military Forces of Somalia", "text": "four soldiers and 11 militants were killed"},
                {"low": 23, "high": 23, "claimant": "Al Shabaab", "text": "it had killed 23 soldiers and overrun the base"}],
       evid=[s1, s2, s3],
       note="Al Shabaab assault on an army base near Balcad (precision 2), Wednesday 27 Oct, starting with a car bomb at the gate (folded into the battle): armed clash; 7 dead from the neutral elder; army (15) and Al Shabaab (23) tolls are claims. The base stayed in army hands."),
    ],
    "One event. The Kenyan security measures and older raids are background."))

# 47 Westgate ten years on (no event)
A(art("2023-09-22", "Ten years after Westgate, survivors still wait for answers", "The Star", [
    "Survivors and relatives of the victims of the Westgate Mall attack gathered at the memorial garden at the Nairobi mall on Thursday to mark ten years since four al Shabaab gunmen stormed the building, killing 67 people.",
    "The siege, which began on a busy Saturday afternoon on September 21, 2013, lasted four days. All four attackers were killed, and part of the mall collapsed in a fire during the rescue operation.",
    "\"We have forgiven, but we have not forgotten,\" said Sunil Shah, a survivor who was shot in the leg. He said many survivors still suffered from trauma and had never received support from the government.",
    "In 2020, a Nairobi court convicted two men of conspiracy and of supporting a terrorist group in connection with the attack. A third was acquitted.",
    "Interior Cabinet Secretary Kithure Kindiki, who laid a wreath, said Kenya's security agencies had \"learnt painful lessons\" and foiled many plots since.",
    "Westgate reopened in 2015 and is today one of the busiest malls in Westlands.",
], [], "Anniversary of the 2013 attack and an old conviction: nothing coded."))

# 48 Kericho matatu crash (no event)
A(art("2021-04-06", "Eight dead as matatu collides with lorry in Kericho", "Daily Nation", [
    "Eight people died on Monday morning when a matatu collided head-on with a lorry at Kipsitet on the Kericho-Kisumu highway.",
    "Kericho County Police Commander Daniel Kiprotich said the 14-seater, which was headed to Kisumu, was overtaking on a bend when it hit the lorry carrying maize. Six passengers died at the scene and two on the way to Kericho County Referral Hospital.",
    "Six other passengers were admitted with serious injuries. The lorry driver fled after the crash.",
    "Residents said the stretch had become a black spot. \"We have lost many people here. The road is narrow and the drivers are reckless,\" said Joseph Langat, a boda boda rider who helped pull passengers from the wreckage.",
    "The National Transport and Safety Authority said more than 1,100 people had died on Kenyan roads since January.",
    "Police said the matatu's licence had expired and its owner would be charged.",
], [], "Road accident and a national road-death tally: not coded."))

# 49 DR Congo: M23 takes Rubaya (wire)
p = "2024-05-02"
s1 = "M23 rebels took control of the mining town of Rubaya in North Kivu's Masisi territory on Tuesday after two days of fighting with the Congolese army and allied militias, residents and local officials said."
s2 = "\"The soldiers withdrew in the night and by morning the rebels were in the town centre,\" said a civil society leader in Masisi, who asked not to be named. He said he did not know how many people had been killed."
A(art(p, "Congo rebels seize coltan mining hub of Rubaya", "The Standard", [
    "GOMA (Reuters) - " + s1,
    s2,
    "Rubaya's mines produce a large share of the world's coltan, used in mobile phones and electronics. The capture gives the rebels, who the UN says are backed by Rwanda, control of one of the most lucrative sites in the province.",
    "Congolese army spokesman Lt. Col. Guillaume Ndjike said troops had made a \"tactical withdrawal\" to protect civilians and would retake the town. Rwanda denies supporting the M23.",
    "Thousands of residents fled towards Sake and Goma, where camps already shelter hundreds of thousands of people displaced by the conflict. In February, shells fired at the outskirts of Sake killed at least 15 people, according to the UN.",
    "The East African Community regional force, which included Kenyan troops, left the country in December after Kinshasa declined to renew its mandate.",
    "Regional leaders are due to meet in Luanda later this month in a new attempt to broker talks.",
], [ev("Battles", "Non-state actor overtakes territory", "M23", 2, "Military Forces of the Democratic Republic of Congo", 1, "Democratic Republic of Congo", "North Kivu",
       "Rubaya", -1.5515, 28.8843, 1, wd(p, "Tuesday"), evid=[s1, s2],
       note="M23 capture of Rubaya after the army's withdrawal, Tuesday 30 Apr; no toll given (null). The two days of fighting before (no place or day of their own beyond 'two days') are folded into the takeover."),
    ],
    "One event. February shelling near Sake (older), the EAC force's exit and the Luanda meeting (future) are background. Borderline: the preceding fighting (28-29 Apr) could be a separate armed clash but has no day told; coded only the takeover."))

# 50 Kenyan police to Haiti (no event)
A(art("2024-06-20", "First Kenyan police contingent to leave for Haiti next week", "The Standard", [
    "The first batch of about 400 Kenyan police officers will leave for Haiti next week to lead a multinational mission against the gangs that control much of the capital, Port-au-Prince, Interior ministry officials said on Wednesday.",
    "The officers, drawn from the Administration Police and the General Service Unit, have completed training in French and in urban operations at the Embakasi campus. Their departure was delayed for months by court challenges and political turmoil in Haiti.",
    "\"Our officers are going to fight for peace, not for war,\" said Inspector General of Police Japhet Koome at a send-off parade.",
    "According to the United Nations, more than 2,500 people were killed or injured in gang violence in Haiti in the first three months of this year, and about 580,000 have been displaced.",
    "Opposition leaders have questioned the cost of the mission and the safety of the officers. The High Court had ruled in January that the deployment was unconstitutional, a decision the government sidestepped by signing a bilateral agreement with Haiti.",
    "The United States has pledged more than $300 million to support the mission.",
], [], "Planned deployment (future), UN aggregate tallies, court background: nothing coded."))

# 51 India, Haryana: farm leaders detained before Delhi Chalo march
p = "2024-02-12"
s1 = "Haryana Police detained at least 14 leaders of farmer unions in raids on their homes in Ambala district on Sunday night, ahead of a planned 'Delhi Chalo' march, union leaders said."
s2 = "Among those taken to police stations in Naraingarh and Barara were two district office-bearers of the Bharatiya Kisan Union (Shaheed Bhagat Singh), who were released by Monday afternoon without charge."
A(art(p, "Farm leaders detained in Ambala ahead of Delhi march; borders sealed", "Hindustan Times", [
    s1,
    s2,
    "Thousands of farmers from Punjab plan to set off for Delhi on Tuesday in tractor-trolleys to press their demand for a legal guarantee of minimum support prices. The Haryana government has sealed its border with Punjab at Shambhu and Khanauri with concrete blocks, iron nails and barbed wire, and suspended mobile internet in seven districts.",
    "\"This is how they treat the annadata. They want to break our spirit before the fight has even begun,\" said Sarwan Singh Pandher of the Kisan Mazdoor Morcha.",
    "Ambala Superintendent of Police Jashandeep Singh Randhawa said the action was \"preventive\" and meant to maintain law and order. He said prohibitory orders under Section 144 were in force.",
    "Union ministers held a second round of talks with farm leaders in Chandigarh on Monday evening. The 2020-21 farmers' protest on Delhi's borders lasted more than a year and ended after the government repealed three farm laws.",
], [ev("Strategic developments", "Arrests", "Police Forces of India", 1, "Protesters (India)", 6, "India", "Haryana",
       "Ambala", 30.3782, 76.7767, 2, wd(p, "Sunday"), evid=[s1, s2],
       note="Preventive detention of 14 farm union leaders in raids across Ambala district on Sunday 11 Feb (district named, precision 2): arrests of activists. Borderline: detention before a protest, released the next day."),
    ],
    "One event (Ambala detentions). The Delhi Chalo march on Tuesday is announced (future), the border sealing and internet cut are measures without a protest, and the 2020-21 protest is old: not coded."))

# 52 Bengaluru cyber fraud arrests (no event)
A(art("2022-08-30", "Bengaluru police bust fake call centre, 11 arrested", "Deccan Herald", [
    "The Bengaluru city police have arrested 11 people, including two women, for allegedly running a fake call centre in HSR Layout that cheated people in the US and Canada by posing as tax officials.",
    "Police said the accused, aged between 21 and 34, called victims and threatened them with arrest unless they paid alleged tax dues in gift cards. The gang is suspected of having collected more than ₹4 crore in the past year.",
    "A team of the Central Crime Branch raided the office on Saturday night and seized 32 computers, 25 mobile phones and ₹6 lakh in cash. The alleged mastermind, a resident of Ahmedabad, is absconding.",
    "Joint Commissioner of Police (Crime) Sharanappa S.D. said the police were in touch with the FBI through the Central Bureau of Investigation. \"Our fight against cyber crime is continuous,\" he said.",
    "Bengaluru registered more than 6,000 cyber crime cases last year, the highest among Indian cities.",
    "The accused were produced before a magistrate and remanded in police custody.",
], [], "Arrests for fraud (ordinary crime); a crime tally. Nothing coded."))

# 53 APS anniversary (no event)
A(art("2018-12-17", "Nation remembers APS martyrs four years on", "The News", [
    "Ceremonies were held across the country on Sunday to mark four years since the attack on the Army Public School in Peshawar, in which Tehreek-i-Taliban Pakistan gunmen killed 147 people, 132 of them schoolchildren.",
    "At the school on Warsak Road, students laid wreaths at the memorial and the names of the dead were read out. Special prayers were offered at mosques in Peshawar and at the school's own prayer hall.",
    "Parents of the victims repeated their demand that the judicial commission formed by the Supreme Court make its findings public. \"We want to know who failed our children,\" said Fazal Khan, whose son Sahibzada Umar was killed.",
    "The December 16, 2014 attack led to the National Action Plan against terrorism and the lifting of a moratorium on the death penalty. Several men convicted by military courts over the attack have been executed.",
    "Prime Minister Imran Khan said in a message that the nation would never forget the sacrifices of the children and their teachers.",
    "Security was tight in the city.",
], [], "Anniversary of the 2014 attack; memorial ceremonies and prayers are commemoration, not protest. Nothing coded."))

# 54 Yemen cholera (wire, no event)
A(art("2019-04-04", "Cholera cases surge in war-torn Yemen, WHO warns", "Dawn", [
    "GENEVA (AFP): Suspected cholera cases in Yemen have more than tripled since the start of the year, with nearly 200,000 cases and 380 deaths recorded by the end of March, the World Health Organization said on Wednesday.",
    "Rains arrived early this year, the WHO said, and fighting has damaged water and sanitation networks across the country, forcing families to rely on contaminated wells.",
    "Most of the cases were reported in Sanaa, Hodeidah, Amran and Ibb provinces. Children under five account for almost a quarter of suspected cases.",
    "Four years of war between the Iran-aligned Houthi movement and the Saudi-led coalition that backs the government have pushed the country to the brink of famine. The UN describes Yemen as the world's worst humanitarian crisis.",
    "\"We are fighting this outbreak with one hand tied behind our back,\" said Altaf Musani, the WHO's representative in Yemen, citing fuel shortages and restrictions on the import of medical supplies.",
    "A UN-brokered truce in the port city of Hodeidah, agreed in Sweden in December, has largely held, but fighting continues elsewhere.",
], [], "Disease outbreak and war background (an old truce, fighting 'elsewhere' without place or day): not coded."))

# 55 Cagayan typhoon (no event)
A(art("2020-11-14", "Cagayan under water as Ulysses triggers worst floods in decades", "Manila Bulletin", [
    "Large parts of Cagayan and Isabela provinces were submerged on Friday as water released from the Magat Dam and days of heavy rain brought by Typhoon Ulysses (Vamco) swelled the Cagayan River to its highest level in more than 40 years.",
    "Residents of Tuguegarao City climbed onto the roofs of their houses to await rescue. The Philippine Coast Guard, the Army and volunteers used rubber boats to evacuate thousands of people.",
    "The National Disaster Risk Reduction and Management Council said at least 67 people had died across Luzon since the typhoon made landfall in Quezon province on Wednesday night, with 12 others missing.",
    "Cagayan Governor Manuel Mamba placed the province under a state of calamity and appealed for food and drinking water. \"We are fighting to reach every barangay,\" he said.",
    "Critics questioned the National Irrigation Administration's decision to open seven gates of the dam. The agency said it had followed protocol.",
    "President Rodrigo Duterte was scheduled to fly over the area on Saturday.",
], [], "Typhoon and floods: natural disaster, not coded."))

# 56 Cebu buy-bust killing (no event)
A(art("2018-07-03", "Drug suspect killed in Mandaue buy-bust", "SunStar Cebu", [
    "A suspected drug pusher was killed after he allegedly shot at policemen during a buy-bust operation in Barangay Alang-Alang, Mandaue City, on Monday night.",
    "Police identified the suspect as a 34-year-old tricycle driver on the city's drug watch list. Senior Inspector Mark Gifter Sucalit said the man pulled out a .38-caliber revolver when he sensed that the buyer was a police officer, and was shot dead by back-up operatives.",
    "Police said they recovered 12 sachets of suspected shabu worth ₱80,000 and the revolver.",
    "The suspect's wife told reporters her husband had surrendered under Oplan Tokhang in 2016 and had stopped using drugs. She denied that he owned a gun.",
    "The Commission on Human Rights in Central Visayas said it would look into the killing. More than 4,000 drug suspects have been killed in police operations nationwide since President Rodrigo Duterte launched his war on drugs, according to government figures.",
    "The Mandaue City Police Office said it would continue its campaign \"until the city is drug-free\".",
], [], "Police killing of a drug suspect in an anti-drug operation: police shooting of a criminal suspect, not coded; national tally. Borderline by nature ('war on drugs'), deliberately a negative."))

# 57 Marawi anniversary (no event)
A(art("2022-05-24", "Marawi siege survivors mark five years, still waiting to return", "MindaNews", [
    "Hundreds of displaced residents of Marawi City offered prayers for the dead at the Grand Mosque on Monday, five years after pro-Islamic State militants occupied the city and triggered a five-month battle with government forces.",
    "The siege, which began on May 23, 2017, left more than 1,100 people dead, most of them militants, and reduced the city's commercial centre to rubble. More than 17,000 families are still unable to return to the most affected area, known as Ground Zero.",
    "\"We are tired of promises. We want to go home,\" Hadji Abdullah Mangotara told MindaNews after the prayers. His house in Barangay Sabala Manao was destroyed, and he now lives with relatives in Iligan.",
    "Task Force Bangon Marawi said reconstruction of public infrastructure was 80 per cent complete. A compensation law for residents who lost homes and property was signed in April.",
    "The Bangsamoro government said it would distribute relief packs to families still living in temporary shelters in Sagonsongan.",
    "The military said remnants of the Maute group were no longer a threat in Lanao del Sur.",
], [], "Anniversary of the 2017 siege; a prayer gathering (commemoration) and reconstruction politics: nothing coded."))

# 58 Ethiopia: Pretoria deal one year on (wire, no event)
A(art("2023-11-03", "A year after Pretoria deal, Tigray's peace holds but wounds remain", "Business Day", [
    "ADDIS ABABA (Reuters) - A year after the Ethiopian government and the Tigray People's Liberation Front signed a peace agreement in Pretoria, guns have fallen silent in the northern region, but hundreds of thousands of people remain displaced and Eritrean troops still occupy parts of the border.",
    "The two-year war, which began in November 2020, is estimated by researchers at Ghent University to have killed hundreds of thousands of people through fighting, famine and lack of health care.",
    "The interim regional administration, led by Getachew Reda, said only about half of the region's fighters had been disarmed and demobilised. Federal officials blamed delays on a lack of funding.",
    "Meanwhile, fighting has flared in the neighbouring Amhara region between the army and Fano militiamen since August, and a state of emergency remains in force there.",
    "\"Peace is not only the absence of bullets,\" said a Mekelle University lecturer who asked not to be named. \"People need food, jobs and justice.\"",
    "The African Union said it would convene a review meeting in Addis Ababa next month.",
], [], "Anniversary of a 2022 agreement and war totals; Amhara fighting 'since August' without place or day is background. Nothing coded."))

# 59 ICJ hearing on occupation (no event)
A(art("2024-02-20", "Palestinian foreign minister tells world court occupation must end", "The Irish Times", [
    "THE HAGUE (Reuters) - Palestinian foreign minister Riyad al-Maliki told the International Court of Justice on Monday that Israel's 57-year occupation of Palestinian territory was illegal and must end \"immediately, totally and unconditionally\", at the start of a week of hearings.",
    "The hearings follow a request from the UN General Assembly in 2022 for an advisory opinion on the legal consequences of the occupation of the West Bank, Gaza and East Jerusalem. More than 50 states are due to present arguments, an unprecedented number.",
    "Israel is not taking part in the oral hearings but submitted a written statement in which it called the questions before the court \"prejudicial\" and said they ignored its right to defend itself.",
    "The hearings are separate from the case brought by South Africa accusing Israel of genocide in its war in Gaza. Israel rejects the accusation.",
    "Ireland will make its submission on Thursday, Tánaiste Micheál Martin said, adding that the Government would argue that settlement building breaches international law.",
    "An advisory opinion is not binding, but could add to diplomatic pressure on Israel.",
], [], "Court hearing and diplomacy; the Gaza war mentioned without a specific event. Nothing coded."))

# 60 Burkina Faso: JNIM attack on Djibo (wire)
p = "2023-06-13"
s1 = "Jihadist fighters attacked an army base and several neighbourhoods of Djibo in northern Burkina Faso on Sunday, sparking hours of fighting, security sources and residents said."
s2 = "A resident told AFP that at least 12 bodies, most of them soldiers and volunteer fighters, were buried in the town on Monday."
s3 = "The army said in a statement that \"dozens of terrorists were neutralised\" in the counter-attack, supported by air strikes, and that it had lost five soldiers."
A(art(p, "Jihadists attack army base in Burkina's besieged Djibo", "Premium Times", [
    "OUAGADOUGOU (AFP) - " + s1,
    "The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack in a message on its propaganda channels.",
    s2,
    s3,
    "Djibo, the capital of Soum province near the border with Mali, has been under a blockade by jihadists for more than a year. Its tens of thousands of residents, many of them displaced from surrounding villages, depend on convoys and air drops for food.",
    "In February, more than 50 soldiers were killed in an ambush near Tin-Akoff in Oudalan province, one of the deadliest attacks on the army since the junta of Captain Ibrahim Traore took power last year.",
    "Violence linked to jihadist groups has killed thousands of people in Burkina Faso since 2015 and displaced more than two million.",
], [ev("Battles", "Armed clash", "JNIM", 2, "Military Forces of Burkina Faso", 1, "Burkina Faso", "Sahel",
       "Djibo", 14.1022, -1.6306, 1, wd(p, "Sunday"), fat=12,
       claimed=[{"low": 12, "high": 12, "claimant": "Military Forces of Burkina Faso", "text": "dozens of terrorists were neutralised"},
                {"low": 5, "high": 5, "claimant": "Military Forces of Burkina Faso", "text": "it had lost five soldiers"}],
       evid=[s1, s2, s3],
       note="JNIM attack on the army base at Djibo and army counter-attack, Sunday 11 Jun: armed clash; 12 dead from a resident; the army's 'dozens of terrorists neutralised' (12, the 'dozens' minimum) and its own 5 dead are party statements kept as claims. Supporting air strikes are part of the same battle."),
    ],
    "One event. The February Tin-Akoff ambush (older) and national totals are background, not coded."))
