# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Mamelodi: service delivery riot (event)
P = "2023-03-15"
s21a = "Police fired rubber bullets and stun grenades on Monday to disperse residents of Mamelodi East who had barricaded roads with burning tyres and rocks, in protest against weeks of water outages and electricity cuts in the township east of Pretoria."
s21b = "A police spokesperson said 12 people were arrested for public violence after a group pelted police vehicles with stones and set a municipal water tanker alight on Tsamaya Road."
A(art(P, "Mamelodi residents torch water tanker as service delivery anger boils over", "Pretoria News", [
    s21a,
    s21b + " No serious injuries were reported.",
    "Residents said some parts of the township had been without running water for 19 days. \"We buy water from people with bakkies at R20 a bucket. Pensioners cannot carry it up the hill,\" said Nomsa Mahlangu, a mother of three in Extension 11.",
    "The City of Tshwane said repairs to a pump station feeding the Mamelodi reservoir had been delayed by cable theft and load shedding, and that water tankers would be deployed to affected sections until supply was restored.",
    "Ward committee members said residents would march to Tshwane House in the city centre next Wednesday if the municipality did not produce a timetable for repairs.",
    "Service delivery protests have become an almost daily occurrence in South Africa's townships. A municipal monitoring group recorded more than 190 major protests across the country last year, most of them in Gauteng.",
    "Schools in the affected sections remained open on Tuesday, but several taxi routes were suspended.",
], [
    ev("Riots", "Violent demonstration", "Rioters (South Africa)", 5, "Police Forces of South Africa", 1, "South Africa", "Gauteng", "Mamelodi", -25.7200, 28.4000, 1, wd(P, "Monday"),
       evid=[s21a, s21b],
       note="Barricades, burning tyres, stoning of police and a torched tanker: violent demonstration dispersed by police; the arrests are part of the same event."),
], "One riot. The march to Tshwane House is planned and the national protest count aggregate: not coded."))

# 22 Karachi: man shot resisting mugging (negative)
P = "2022-11-09"
A(art(P, "Young man shot dead for resisting mugging in Gulshan-e-Iqbal", "The Express Tribune", [
    "KARACHI: A 24-year-old software engineer was shot dead by two motorcycle-riding suspects for resisting a mugging bid near a bakery in Gulshan-e-Iqbal Block 13-D on Tuesday night, police said.",
    "The victim was returning home from work when the suspects intercepted him and demanded his cellphone and wallet. When he tried to grab the pistol of one of the suspects, the other opened fire, hitting him in the chest, the SHO of the area police station said. He was taken to a private hospital where he was pronounced dead.",
    "\"We have obtained CCTV footage from nearby shops and the suspects will be traced soon,\" the SHO said. A case has been registered against unidentified suspects on the complaint of the victim's father.",
    "According to the Citizens-Police Liaison Committee, at least 92 people have been killed while resisting street crime in the city since January, and more than 20,000 motorcycles have been stolen.",
    "Traders' associations in Gulshan have threatened to shut their shops in protest if police fail to arrest the suspects within a week.",
    "The victim's funeral prayers were offered at a mosque in Block 13-D on Wednesday afternoon, attended by hundreds of people, including colleagues from his firm.",
    "The Sindh home minister has taken notice of the incident and sought a report from the Karachi police chief.",
], [], "Street robbery killing (ordinary crime), an annual city tally, a conditional threat to shut shops, and a funeral. Not coded."))

# 23 Lagos: police parade suspected robbers (negative)
P = "2021-06-23"
A(art(P, "Police parade 11 suspected 'one-chance' robbers in Ikorodu", "Punch", [
    "The Lagos State Police Command on Tuesday paraded 11 suspected members of a \"one-chance\" robbery gang who allegedly used commercial buses to rob passengers along the Ikorodu-Sagamu road.",
    "The Commissioner of Police said operatives of the Rapid Response Squad raided the gang's hideout in Imota last week following a tip-off from a victim who recognised one of the buses.",
    "Items recovered from the suspects included two locally made pistols, four cutlasses, 17 mobile phones, ATM cards belonging to several victims and a Toyota Hiace bus with a false number plate.",
    "The CP said the gang usually picked up passengers at Agric and Owutu bus stops at night, attacked them with cutlasses, and forced them to transfer money from their bank accounts before dumping them by the roadside. One of the suspects was shot in the leg while trying to escape during the raid and is receiving treatment under police guard.",
    "\"The era of one-chance on our roads is over. We are coming after every one of them,\" the commissioner said.",
    "A victim, a 31-year-old trader, said she lost N240,000 to the gang in April. \"They held a knife to my neck for almost an hour,\" she said.",
    "The suspects will be charged to court after investigation, the police said.",
], [], "Arrests of ordinary robbery suspects and a police shooting of a fleeing suspect: ordinary crime, not coded (several people arrested, but not militants or activists)."))

# 24 Cape Town: URC derby with war words (negative: sport)
P = "2025-04-14"
A(art(P, "Stormers ambush Bulls in Cape Town bloodbath", "Sport24", [
    "The Stormers produced a bruising display of defence to ambush the Bulls 27-19 in a United Rugby Championship derby at the DHL Stadium on Saturday, keeping their play-off hopes alive.",
    "The hosts' rush defence blitzed the Bulls' backline all afternoon, forcing 11 handling errors, while the pack won the battle of the breakdown convincingly and the flyhalf kicked 12 points.",
    "The Bulls, who had won their previous five matches, raided the Stormers' line twice in the opening quarter and led 14-6 before the home side's bench turned the tide. A driving maul try on 64 minutes completed the comeback.",
    "\"It was trench warfare out there. Every metre was a fight,\" the Stormers coach said afterwards. \"Our guys took some serious shots and kept getting up.\"",
    "The match had a bombshell moment before kick-off when the Bulls announced that their captain had been withdrawn with a hamstring injury. Two Bulls players were sin-binned for high tackles, and the visitors' hooker left the field for a head injury assessment and did not return.",
    "The Bulls director of rugby refused to blame the referee. \"We were beaten up at the breakdown. Simple as that,\" he said.",
    "The Stormers travel to Ireland next weekend.",
], [], "Sport report in war words (ambush, bloodbath, blitz, raid, trench warfare, bombshell): not coded."))

# 25 Sudan: talks resume in Jeddah (negative: peace talks)
P = "2023-11-08"
A(art(P, "Sudan talks resume in Jeddah as mediators press for aid access", "Reuters", [
    "DUBAI - Delegations from Sudan's army and the paramilitary Rapid Support Forces resumed indirect talks in the Saudi city of Jeddah this week, with U.S. and Saudi mediators pressing both sides to allow aid to reach millions of people trapped by the fighting.",
    "A diplomat briefed on the talks said the mediators were focused on humanitarian corridors and confidence-building steps rather than a full ceasefire, after two truces agreed in May collapsed within days.",
    "\"We are not there yet. The positions on the withdrawal of forces from civilian homes remain far apart,\" the diplomat said, speaking on condition of anonymity.",
    "The head of the army's delegation said in a statement that any deal must require the RSF to leave homes and public buildings it occupies in Khartoum. An RSF adviser accused the army of stalling and of relying on Islamist allies from the former regime of Omar al-Bashir.",
    "The war, which began in April, has killed more than 9,000 people according to United Nations estimates, which aid groups say are certainly an undercount, and has driven more than 6 million from their homes.",
    "Mediators said the talks would continue for at least another week, and the African Union and the regional bloc IGAD have been invited to join.",
    "Aid agencies say access to Darfur remains the most urgent problem, with fuel and medical supplies running out in several towns.",
], [], "Peace talks with no agreement reached (the May truces are old); war-wide death toll is aggregate. Not coded."))

# 26 Somalia: drought and cholera in Baidoa (negative: disaster, disease)
P = "2022-09-21"
A(art(P, "Cholera spreads in Baidoa camps as famine warning looms", "VOA", [
    "BAIDOA, SOMALIA - Health workers in Baidoa say cholera is spreading rapidly through camps for people displaced by drought, as the United Nations warns that famine is likely in parts of Bay region before the end of the year.",
    "At a cholera treatment centre on the edge of the city, nurses said they were admitting up to 40 patients a day, most of them children under five. \"They arrive too weak to drink. Some come too late,\" said a nurse who has worked at the centre since July.",
    "Somalia has recorded more than 8,000 suspected cholera cases this year, according to the World Health Organization, and the fourth consecutive failed rainy season has killed millions of livestock.",
    "More than 500 camps have sprung up around Baidoa, which is surrounded by countryside controlled by al-Shabaab militants. Aid agencies say the group restricts the movement of people and goods on the roads into the city, forcing many families to walk for days through the bush.",
    "\"We left our village because the animals died, and then the water point dried up,\" said Halima Isak, a mother of seven who reached the city three weeks ago.",
    "The U.N. humanitarian office said its appeal for Somalia was about two-thirds funded. Officials said airlifts of therapeutic food to Baidoa would be increased next month.",
], [], "Disease and drought; the al-Shabaab road restrictions are an ongoing situation with no dated incident. Not coded."))

# 27 Ethiopia: anniversary of Pretoria agreement (negative: anniversary, speeches)
P = "2023-11-02"
A(art(P, "One year after Pretoria deal, Tigray leaders say peace 'incomplete'", "Addis Standard", [
    "Officials in Addis Ababa and Mekelle marked the first anniversary of the Pretoria agreement on Thursday with speeches praising the end of the two-year war in Tigray, but warned that much of the deal had yet to be implemented.",
    "At a ceremony in Mekelle, the president of the Tigray Interim Administration said hundreds of thousands of displaced people were still unable to return to their homes in western and southern Tigray. \"The guns have fallen silent, but peace is incomplete while our people live in schools and tents,\" he said.",
    "A federal government spokesperson said the agreement had \"saved the country\" and pointed to the restoration of banking, telecommunications and flights to the region as evidence of progress.",
    "The war, which began in November 2020, killed hundreds of thousands of people, according to researchers and the African Union mediators. Both sides have been accused of atrocities.",
    "Representatives of displaced people said they planned to demonstrate in Mekelle next week to press for their return.",
    "Meanwhile, the federal government's state of emergency in neighbouring Amhara, declared in August amid fighting with Fano militias, remains in force, and humanitarian agencies say insecurity there has slowed aid deliveries to northern Ethiopia.",
    "Eritrean troops, who fought alongside federal forces, have not fully withdrawn from border areas, according to Tigrayan officials. Asmara has not commented.",
], [], "Anniversary speeches, a planned demonstration, an old war and an ongoing state of emergency with no dated clash. Not coded."))

# 28 DR Congo: mpox in Bukavu (negative: disease)
P = "2025-03-19"
A(art(P, "Mpox cases climb in Bukavu as patients lost in chaos of rebel takeover", "The East African", [
    "GOMA - Mpox cases are rising again in Bukavu, health workers say, a month after the city's capture by M23 rebels scattered hundreds of patients from treatment centres and disrupted a vaccination campaign.",
    "More than 400 patients fled isolation wards in eastern Congo when fighting reached Goma and later Bukavu in January and February, according to the World Health Organization, and many have not been traced.",
    "At a clinic in Bukavu's Kadutu commune, a doctor said he had seen 30 new suspected cases in the past week alone. \"We have gloves for three days. After that, I don't know,\" he said.",
    "Pharmacies and a medical warehouse were looted when the rebels entered the city in mid-February, and supplies of test kits have not been replenished, aid groups say.",
    "The Rwanda-backed M23, which now administers both provincial capitals in the Kivus, says it is working with health authorities and has appealed for international help. The government in Kinshasa says any cooperation must go through national health structures.",
    "South Kivu recorded more than 14,000 suspected mpox cases last year, the highest of any province, according to health ministry figures.",
    "A new vaccination drive, planned for April, will depend on reopening the airport, which has been closed since February.",
], [], "Disease outbreak; the M23 capture and the looting happened in February, over a month before publication; yearly case counts are aggregates. Not coded."))

# 29 Myanmar: Hpakant jade mine landslide (negative: accident)
P = "2024-06-12"
A(art(P, "Nine missing after landslide at Hpakant jade mine", "Myanmar Now", [
    "At least nine people are missing after a landslide buried workers at a jade mine in Kachin State's Hpakant Township on Sunday, rescue workers said.",
    "A mound of waste earth collapsed into a lake at the mine at about 4am after days of heavy rain, sweeping away huts where independent jade pickers had been sleeping, according to a volunteer with a local rescue team. Two bodies had been recovered by Tuesday.",
    "\"The rain has not stopped for three days. The ground is like soup,\" the volunteer said. \"We are searching by boat, but the water is full of mud.\"",
    "Hpakant is the centre of the world's most lucrative jade trade and landslides are frequent, particularly in the monsoon season. In July 2020, more than 170 people were killed when a waste dump collapsed at a mine in the township.",
    "Most of the pickers are migrants from other parts of Myanmar who scavenge through waste dumped by larger companies, many of them with links to the military or armed groups.",
    "Fighting between the Kachin Independence Army and the military has intensified in Kachin State since March, and the KIA has seized several outposts in the region, disrupting transport and mining.",
    "Rescue operations were hampered by a lack of heavy machinery, the volunteer said.",
], [], "Mining accident; the 2020 landslide is history and the KIA seizures 'since March' are undated multi-event background over two months old. Not coded."))

# 30 Ukraine: Kryvyi Rih steelmaker results (negative: business, old strike)
P = "2025-06-18"
A(art(P, "Kryvyi Rih mill lifts output despite March missile damage", "Kyiv Post", [
    "A mid-sized steel mill in Kryvyi Rih raised its output of rolled products by 8 percent in the first five months of the year, its owner said on Tuesday, despite a missile strike in March that knocked out a rolling shop for six weeks.",
    "The plant, which employs about 3,000 people, produced 410,000 tonnes of rolled steel between January and May, according to the company, with most of the increase coming from rebar sold to reconstruction projects in central and western Ukraine.",
    "The March strike killed two night-shift workers and damaged a crane and part of the roof. The company said the shop was back at full capacity by late April.",
    "\"Our real battle now is not with missiles, it's with the electricity grid,\" the chief executive said at an industry conference in Kyiv. \"Every hour of outage costs us money, and our customers in the EU want guaranteed deliveries.\"",
    "War-risk insurance premiums for Ukrainian exporters have eased since the opening of the Black Sea shipping corridor, but the company said shipments through the Danube ports still cost about 30 percent more than before the full-scale invasion.",
    "Ukraine's steel industry produced about 7.6 million tonnes last year, less than a third of its pre-war level. Kryvyi Rih, the home town of President Volodymyr Zelensky, has been hit repeatedly by Russian missiles and drones since 2022.",
], [], "Business story; the March missile strike is three months old and Kryvyi Rih's repeated strikes are undated background. Not coded."))

# 31 Syria: mass grave exhumation (negative: investigation of old killings)
P = "2025-02-26"
A(art(P, "Rescuers exhume mass grave near Qutayfah as families search for missing", "The National", [
    "DAMASCUS - Civil defence teams began exhuming a mass grave near the town of al-Qutayfah, north-east of Damascus, on Monday, in one of the first systematic excavations since the fall of Bashar al-Assad's government in December.",
    "The site, in a military zone that was closed to the public for more than a decade, is believed to hold the remains of detainees who died or were executed in government prisons, according to the Syria Civil Defence, known as the White Helmets.",
    "\"We are working slowly because each bone is somebody's son,\" said a forensic volunteer. The teams have so far recovered the remains of at least 21 people and are collecting samples for DNA testing.",
    "Families of the missing watched from behind a cordon. Umm Khaled, 61, said three of her sons were taken from their home in Douma in 2013. \"Every time they find a grave, I come. I just want to bury them,\" she said.",
    "The United Nations estimates that more than 100,000 people disappeared in Syria during the war, most of them in government detention.",
    "An association of families of the missing said it would hold a sit-in outside the justice ministry in Damascus on Friday to demand a national commission on the disappeared.",
    "Syria's new authorities have promised to prosecute those responsible for abuses under the former government.",
], [], "Exhumation of old killings (an investigation, not an event), families watching, a planned sit-in (future) and UN aggregate. Not coded."))

# 32 Colombia: ELN talks stall (negative: peace talks, speeches)
P = "2024-09-18"
A(art(P, "Petro says door to ELN 'not closed' as talks stall over ceasefire", "Reuters", [
    "BOGOTA - Colombian President Gustavo Petro said on Tuesday the door to peace with the National Liberation Army (ELN) remained open, even as negotiations with the rebel group stalled over the renewal of a bilateral ceasefire that expired in August.",
    "\"This government will not return to a war without end. But peace cannot be a shield for kidnapping,\" Petro said in a speech at a forum on rural development in Bogota.",
    "Government negotiators had been due to meet ELN delegates in Caracas this week, but the round was postponed indefinitely after the group said it would not extend the truce unless it was removed from a list of armed organisations subject to military operations.",
    "The ELN, founded in 1964 by radical Catholic priests and students, has around 6,000 fighters and is active in Arauca, Norte de Santander and along the Pacific coast. In January 2019, an ELN car bomb at the General Santander police academy in Bogota killed 22 people, ending a previous round of talks.",
    "Kidnappings rose more than 40 percent in 2023, according to the defence ministry, and the army has accused the group of a string of attacks on oil pipelines this year.",
    "Analysts said the government's strategy of negotiating with several armed groups at once had produced few results. \"The groups have used the ceasefires to expand,\" said a security researcher at a Bogota university.",
    "The ELN has said it remains committed to the talks.",
], [], "Speech and stalled talks (no agreement); the 2019 bombing is history; kidnapping and pipeline figures are aggregates without dated incidents. Not coded."))

# 33 Haiti: UN Security Council approves force (negative: future deployment)
P = "2025-10-01"
A(art(P, "UN Security Council approves gang suppression force for Haiti", "Associated Press", [
    "UNITED NATIONS - The UN Security Council on Tuesday authorised a new international force to fight Haiti's gangs, replacing a Kenyan-led mission that has struggled with a shortage of troops and money.",
    "The resolution, which passed with 12 votes in favour and three abstentions, allows for a force of up to 5,500 personnel with powers to \"neutralise, isolate and deter\" gangs, and creates a UN support office to handle logistics.",
    "It is not yet clear which countries will provide troops, or when the first contingents will arrive. Diplomats said deployment could take months.",
    "\"Haitians cannot wait another year for help. Every day the gangs take another neighbourhood,\" Haiti's ambassador told the council.",
    "Gangs have killed more than 3,000 people in Haiti since January, according to the UN human rights office, and more than 1.3 million people have been displaced. The gangs, many of them united under the Viv Ansanm coalition, control most of Port-au-Prince and have expanded into the Artibonite and Centre departments.",
    "The Kenyan-led Multinational Security Support mission arrived in June last year with a promise of 2,500 officers, but fewer than 1,000 have deployed.",
    "Human rights groups welcomed the resolution but warned that the new force must not repeat the abuses associated with past UN missions in the country, including the cholera outbreak introduced by peacekeepers in 2010.",
], [], "A UN vote on a future force; gang killings since January and gang control are aggregates and situations. Not coded."))

# 34 Minneapolis: proxy fight (negative: business in war words)
P = "2024-03-20"
A(art(P, "Activist fund launches proxy war at Lakeview Foods", "Star Tribune", [
    "An activist hedge fund has launched a proxy battle for control of Lakeview Foods, the Minnetonka-based maker of frozen meals, nominating four directors and accusing the company's board of \"destroying shareholder value\".",
    "Harbor Ridge Capital, which owns about 7 percent of Lakeview's shares, said in a letter to shareholders on Tuesday that the company had lost market share to cheaper store brands and should explore a sale of its snacks division.",
    "The move was a bombshell for a company that has been family-controlled for three generations. Lakeview's shares jumped 11 percent on the news.",
    "Lakeview said in a statement that it would \"vigorously defend\" its strategy and that the fund's nominees lacked food industry experience. People familiar with the matter said the company had hired a defense team of lawyers and investor relations advisers and was preparing a war chest to fight the campaign.",
    "\"This is a raid, plain and simple. They want to break the company up and walk away with a quick profit,\" said a former Lakeview executive who still owns shares.",
    "Harbor Ridge has won board seats at two other consumer companies in the past year after similar attacks. Shareholders will vote at the annual meeting in May.",
    "Lakeview employs about 2,400 people, including 900 in Minnesota.",
], [], "Corporate proxy fight told in war words (battle, bombshell, raid, war chest, attacks): not coded."))

# 35 Toowoomba: woman killed, partner charged; rally planned (negative)
P = "2024-04-24"
A(art(P, "Man charged with murder of partner in Harristown as city plans rally", "The Chronicle", [
    "A 37-year-old man has been charged with murder after his partner was found dead in their Harristown home on Monday morning.",
    "Police were called to the house just after 7am by a family member and found the 34-year-old mother of two with critical injuries. She died at the scene. Detectives said the couple's children, aged four and seven, were staying with relatives at the time.",
    "The man appeared briefly in Toowoomba Magistrates Court on Tuesday. He did not apply for bail and was remanded in custody until June.",
    "A police spokesperson said the woman had a domestic violence protection order against the man, issued last year. \"Our thoughts are with her family, who are absolutely devastated,\" Detective Inspector Claire Haddon said.",
    "The killing comes amid national anger over violence against women. Local organisers have called a rally against gendered violence in Queens Park on Saturday afternoon, one of dozens planned around the country this weekend.",
    "\"We are asking people to come, to stand together and to say her name,\" said one of the organisers, who works at a women's refuge in the city.",
    "Figures compiled by advocacy groups show that a woman has been killed by a current or former partner in Australia roughly every four days this year.",
    "If you or someone you know needs help, call 1800RESPECT on 1800 737 732.",
], [], "Domestic killing and court appearance (ordinary crime); Saturday's rally is planned, not held; national figures are aggregates. Not coded."))

# 36 DR Congo: ADF attack near Oicha (event)
P = "2023-06-13"
s36a = "BENI - Suspected Allied Democratic Forces (ADF) rebels killed at least nine civilians in a raid on a farming village near Oicha in North Kivu province on Saturday night, local civil society leaders said on Monday."
A(art(P, "Nine civilians killed in night raid near Oicha", "Radio Okapi", [
    s36a,
    "The assailants, armed with machetes and guns, went from house to house and set fire to several homes and a health post before withdrawing into the forest, said the president of civil society in Oicha. \"People were sleeping. Those who could ran into the fields,\" he said.",
    "Red Cross volunteers recovered nine bodies on Sunday, a Red Cross official in Beni territory said. Several people were missing.",
    "An army spokesman in Beni blamed the ADF and said troops were pursuing the attackers.",
    "The Islamic State, which presents some ADF attacks as those of its Central Africa Province, said through its Amaq news agency that its fighters had killed 20 \"Christians\" in the area.",
    "The ADF, originally a Ugandan rebel group, has operated in eastern Congo since the 1990s and is accused of killing thousands of civilians over the past decade. Joint operations by Ugandan and Congolese forces since late 2021 have pushed the group out of some of its strongholds, but attacks on villages have continued.",
    "Residents of Oicha have repeatedly demanded more troops in outlying villages.",
], [
    ev("Violence against civilians", "Attack", "Allied Democratic Forces", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "Nord-Kivu", "Oicha", 0.7000, 29.5200, 2, wd(P, "Saturday"),
       fat=9, claimed=[claim(20, 20, "Islamic State", "its fighters had killed 20 \"Christians\"")],
       evid=[s36a],
       note="ADF raid on an unnamed village near Oicha (geo 2); civil society/Red Cross toll 9; the IS claim of 20 is a party claim. 'Saturday night' coded as Saturday."),
], "One attack; the ADF's history and joint operations since 2021 are background, the residents' demands undated. Not coded beyond the raid."))

# 37 Negros: NPA clash near Kabankalan (event, claims only)
P = "2022-03-08"
s37a = "BACOLOD CITY - Soldiers and New People's Army (NPA) rebels fought a 30-minute gun battle in the hinterlands of Kabankalan City, Negros Occidental, on Sunday morning, the Army said."
A(art(P, "Army, NPA clash in Kabankalan hinterlands", "Visayan Daily Star", [
    s37a,
    "The commander of the 94th Infantry Battalion said troops on a patrol were fired upon by about 20 rebels in a mountain village at around 6 a.m. He said three rebels were killed and that soldiers recovered four high-powered firearms, a grenade launcher and subversive documents after the firing stopped.",
    "No soldiers were hurt, he said. The bodies have not been turned over to relatives.",
    "In a statement sent to reporters, a spokesperson for the NPA's Negros regional command denied losing any fighters and claimed that five soldiers had been killed in what it called a successful \"tactical offensive\".",
    "Neither side's account could be independently verified.",
    "The communist insurgency, one of Asia's longest-running, has been waged since 1969. The military says it has dismantled most of the NPA's guerrilla fronts in Negros, but the island remains one of the rebels' last strongholds.",
    "Rights groups have questioned the military's counts of rebels killed in past operations in the province, and a local farmers' group said it would ask the Commission on Human Rights to verify the identities of the dead.",
], [
    ev("Battles", "Armed clash", "New People's Army", 2, "Military Forces of the Philippines", 1, "Philippines", "Western Visayas", "Kabankalan", 9.9880, 122.8160, 2, wd(P, "Sunday"),
       claimed=[claim(3, 3, "Military Forces of the Philippines", "three rebels were killed"),
                claim(5, 5, "New People's Army", "five soldiers had been killed")],
       evid=[s37a],
       note="Clash in the hinterlands of Kabankalan (geo 2). Both tolls come from parties (army 3 rebels, NPA 5 soldiers) and are claims; fatalities left null."),
], "One clash. The insurgency's history and the farmers' group's plan are background, not coded."))

# 38 Dublin: climate sit-down on O'Connell Bridge, nine arrested (event)
P = "2025-09-15"
s38a = "Gardaí arrested nine people after climate activists sat down on O'Connell Bridge on Saturday afternoon, blocking traffic in Dublin city centre for almost an hour."
A(art(P, "Nine arrested as climate activists block O'Connell Bridge", "Irish Independent", [
    s38a,
    "About 60 members of Extinction Rebellion Ireland and a smaller group of students marched from the Garden of Remembrance before sitting down across the bridge at about 2.30pm, holding banners opposing plans for a liquefied natural gas terminal.",
    "A Garda spokesperson said the protesters were repeatedly asked to move and that those who refused were removed by officers. Nine people were arrested under the Public Order Act and later released. Files will be sent to the Director of Public Prosecutions.",
    "Buses were diverted along the quays and Luas services were briefly disrupted. There were no injuries.",
    "\"We are told to wait for the next plan and the next review. We have run out of time for waiting,\" said one of the activists, a 22-year-old student from Trinity College, before she was led away.",
    "The group staged a similar sit-down on the bridge in 2019. It has said it will hold further actions during the budget debate in the Dáil next month.",
    "The Government has said a strategic gas reserve is needed to protect energy security and that it remains committed to its climate targets.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Ireland)", 6, "Police Forces of Ireland", 1, "Ireland", "Dublin", "Dublin", 53.3470, -6.2590, 1, wd(P, "Saturday"),
       evid=[s38a],
       note="Sit-down blockade with removals and nine arrests: protest with intervention (borderline: the codebook also lists mass arrests at protests under Arrests; the march and sit-down are one event)."),
], "One protest event; the 2019 sit-down is history and the budget-debate actions are future, not coded."))

# 39 Eldoret: students march (peaceful) then block highway at Kesses (riot): two events
P = "2025-02-12"
s39a = "ELDORET - Hundreds of Moi University students marched through Eldoret town on Monday to protest against delays in the disbursement of student loans, before handing a petition to the county commissioner's office."
s39b = "On Tuesday, students blocked the Eldoret-Nakuru highway near the university's main campus at Kesses, lighting bonfires of tyres and stoning passing vehicles, before police fired teargas to disperse them."
s39c = "A nurse at Moi Teaching and Referral Hospital said two police officers and a student were treated for injuries."
A(art(P, "Moi University students march over loans; highway protest turns chaotic", "Nation", [
    s39a,
    "The march was peaceful, with police officers escorting the students along Uganda Road. \"We cannot pay rent, we cannot eat, and they want us to sit exams,\" said a fourth-year engineering student who addressed the crowd.",
    s39b + " Traffic was paralysed for about three hours and several motorists abandoned their vehicles.",
    s39c + " The Uasin Gishu police commander said four students had been arrested and would be charged with creating disturbance.",
    "The university's senate said in a statement that the main campus would remain open but warned that students involved in \"acts of lawlessness\" would face disciplinary action.",
    "The Higher Education Loans Board has blamed the delays on late release of funds by the Treasury under the new university funding model, which was introduced in 2023 and has been challenged in court.",
    "Kenyan universities were hit by a lecturers' strike for more than a month last year.",
], [
    ev("Protests", "Peaceful protest", "Protesters (Kenya)", 6, None, None, "Kenya", "Uasin Gishu", "Eldoret", 0.5143, 35.2698, 1, wd(P, "Monday"),
       evid=[s39a],
       note="Peaceful student march with police escort; no intervention."),
    ev("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "Police Forces of Kenya", 1, "Kenya", "Uasin Gishu", "Kesses", 0.2960, 35.3390, 2, wd(P, "Tuesday"),
       inj=3, evid=[s39b, s39c],
       note="Road blockade with burning tyres and stoning of vehicles, dispersed with teargas: violent demonstration near Kesses (geo 2). Injuries from a hospital nurse; arrests part of the same event."),
], "Two events on two days. The 2024 lecturers' strike and the court challenge are background, not coded."))

# 40 Yemen: shelling of Taiz neighbourhood (event, contested attribution)
P = "2023-01-25"
s40a = "TAIZ - A child was killed and three other civilians were wounded when shells struck a residential neighbourhood in the Yemeni city of Taiz on Tuesday, medics said."
s40b = "The government's military command in Taiz blamed Houthi forces positioned in the hills east of the city."
A(art(P, "Child killed as shells hit Taiz neighbourhood", "Arab News", [
    s40a,
    "The shells hit homes in the Al-Rawdah area in the north of the city in the late afternoon, said a doctor at Al-Thawra hospital, where the wounded were taken. The dead child was a nine-year-old boy who had been playing outside his house.",
    s40b + " The Houthi-run Saba news agency denied the accusation and said government forces were shelling their own areas \"to score political points\".",
    "Taiz, Yemen's third-largest city, has been divided by front lines since 2015, with the Houthis controlling the surrounding heights and the main roads into the city. A UN-brokered truce that brought a sharp fall in violence expired in October and has not been renewed, although both sides have largely avoided major offensives.",
    "Save the Children said this month that at least 62 children were killed or maimed in Taiz governorate in 2022.",
    "\"We thought the truce would last. Now every afternoon we keep the children inside,\" said a resident of Al-Rawdah.",
    "Talks between Saudi Arabia and the Houthis on extending the truce have been taking place through Omani mediators.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis", 2, "Civilians (Yemen)", 7, "Yemen", "Taizz", "Taiz", 13.5795, 44.0209, 1, wd(P, "Tuesday"),
       fat=1, inj=3, evid=[s40a, s40b],
       note="Shelling of a Taiz neighbourhood; toll from medics. Attribution to the Houthis is the government's and is denied (borderline actor), but the shelling itself is reported as fact."),
], "One shelling event. The 2022 child casualty count is aggregate and the expired truce and talks are background, not coded."))
