# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Chicago: weekend shooting tally (negative: aggregate, ordinary crime)
P = "2023-07-10"
A(art(P, "At least 31 shot, 5 fatally, in weekend violence across Chicago", "Chicago Sun-Times", [
    "At least 31 people were shot, five of them fatally, across Chicago between Friday evening and early Monday, according to police, as the city's usual summer rise in gun violence continued despite falling homicide numbers.",
    "The youngest victim was a 15-year-old boy who was struck in the leg while standing on a porch in the 6400 block of South Eberhart Avenue in West Woodlawn shortly after 10 p.m. Saturday. He was taken to Comer Children's Hospital in good condition. Police said a man walked up and fired several shots before running off. No one was in custody.",
    "In one of the fatal shootings, a 42-year-old man was killed in the Austin neighborhood on Sunday afternoon after an argument over a parking space escalated, police said. A 39-year-old neighbor was being questioned by detectives Monday.",
    "Through the end of June, the city recorded 290 homicides, down about 10% from the same period last year, according to police data. Shootings were down about 12%.",
    "\"Every one of these numbers is somebody's kid, somebody's dad,\" said Rochelle Tate, who leads a team of violence interrupters on the West Side. \"We had people out until 3 in the morning both nights and we still couldn't be everywhere.\"",
    "A spokesperson for the mayor's office said the city would expand late-night programming at park district facilities through August and add outreach workers in the 10 police districts that account for most shootings.",
], [], "Weekend tally summed over many places and days, plus individual shootings with no political or gang-war motive stated (a porch shooting, a parking dispute): ordinary crime and aggregate, not coded."))

# 2 Nigeria, Borno: ISWAP assault on Damboa base (clash) + abduction near Gwoza
P = "2024-03-14"
s2a = "MAIDUGURI - Soldiers fought off an assault by Islamic State West Africa Province (ISWAP) fighters on a military base in Damboa, Borno State, late on Tuesday, residents and security sources said, in a gunfight that lasted more than three hours."
s2b = "Two residents who helped carry bodies to the general hospital said four soldiers were killed."
s2c = "In a separate incident on Wednesday, suspected Boko Haram fighters abducted eight women who had gone to collect firewood on the outskirts of Gwoza, according to a local vigilante leader who asked not to be named."
A(art(P, "Troops repel ISWAP assault on Damboa base; women abducted near Gwoza", "Daily Trust", [
    s2a,
    "The insurgents arrived in gun trucks from the direction of the Sambisa forest at about 9 p.m. and fired on the base with rocket-propelled grenades and machine guns, a resident, Modu Kachalla, told our correspondent. \"We lay on the floor of our houses until past midnight. In the morning we saw burnt vehicles near the gate,\" he said.",
    s2b + " The army, in a statement on Wednesday, said troops had \"neutralised 23 terrorists\" and recovered weapons, but did not mention any military casualties. The figures could not be independently verified.",
    s2c + " He said a search by vigilantes and soldiers was under way.",
    "Damboa has been attacked repeatedly since the insurgency began. In 2020 militants burned dozens of homes in the town during a raid that lasted most of a day, and the road to Maiduguri was closed to civilian traffic for months.",
    "The state government has urged farmers and traders to stay within secured perimeters during the dry season, when firewood and charcoal collection draws people into areas where the insurgents operate.",
], [
    ev("Battles", "Armed clash", "Islamic State West Africa Province", 2, "Military Forces of Nigeria", 1, "Nigeria", "Borno", "Damboa", 11.1553, 12.7564, 1, wd(P, "Tuesday"),
       fat=4, claimed=[claim(23, 23, "Military Forces of Nigeria", "troops had \"neutralised 23 terrorists\"")],
       evid=[s2a, s2b],
       note="ISWAP assault on the Damboa base repelled by troops; residents' count of four soldiers is the neutral toll, the army's 23 'terrorists' is a party claim."),
    ev("Violence against civilians", "Abduction/forced disappearance", "Boko Haram", 2, "Civilians (Nigeria)", 7, "Nigeria", "Borno", "Gwoza", 11.0833, 13.6950, 2, wd(P, "Wednesday"),
       evid=[s2c],
       note="Abduction of eight women on the outskirts of Gwoza by 'suspected' Boko Haram fighters; hedged attribution kept (borderline actor)."),
], "Two events: the Tuesday clash at Damboa and the Wednesday abduction near Gwoza. The 2020 raid on Damboa is old background, not coded."))

# 3 Belfast: New IRA explosives accused refused bail (negative: court, old arrest)
P = "2024-11-20"
A(art(P, "Man accused of storing pipe bombs for New IRA refused bail", "Belfast Telegraph", [
    "A Co Tyrone man accused of hiding pipe bombs and bomb-making components on behalf of the New IRA has been refused bail by a High Court judge in Belfast.",
    "The 38-year-old, from the Strabane area, was arrested in March after police searching a disused farm building outside the town found four viable pipe bombs, a quantity of ammonium nitrate and timer units wrapped in plastic bags and buried beneath a concrete floor.",
    "He faces charges of possession of explosives with intent to endanger life and membership of a proscribed organisation. He denies all the charges.",
    "A detective sergeant told the court on Tuesday that police believed the man was \"a trusted member\" of the dissident republican group who had been responsible for storing munitions in the north-west. A prosecution barrister said his DNA had been found on tape used to seal one of the devices.",
    "Defence counsel argued the DNA could have been transferred innocently, noting that his client had done agricultural work on the property for several years, and said he had been in custody for eight months with no trial date.",
    "Refusing bail, the judge said there was a real risk of further offences. The case will be reviewed next month.",
    "The New IRA was blamed for the attempted murder of Detective Chief Inspector John Caldwell in Omagh in February 2023. The threat level in Northern Ireland from Northern Ireland-related terrorism was lowered to \"substantial\" earlier this year.",
], [], "Bail hearing; the arrest and the seizure happened in March (months before publication) and the Omagh shooting is 2023 background: nothing inside the news horizon, not coded."))

# 4 Manipur: two farmers shot near Moirang (event)
P = "2023-09-14"
s4a = "IMPHAL - Two farmers were shot dead by unidentified gunmen while working in paddy fields on the outskirts of Moirang in Manipur's Bishnupur district on Wednesday evening, police said."
A(art(P, "Two farmers shot dead in paddy fields near Moirang", "The Hindu", [
    s4a,
    "The men, aged 46 and 51, had gone to tend their crops in the afternoon and were fired upon from the direction of the foothills at around 5.30 pm, a police officer said. Their bodies were recovered by a joint team of Assam Rifles personnel and state police after the firing stopped.",
    "Police did not say who was responsible. Residents blamed armed men from the adjoining hill areas, a charge that could not be independently verified. A combing operation has been launched in the area, officials said.",
    "Women's groups in Moirang have called a sit-in at the town's bazaar on Friday to demand security for farmers, who have been unable to work large stretches of land near the foothills since the summer.",
    "More than 175 people have been killed since ethnic violence broke out between the Meitei and Kuki-Zo communities on May 3, according to official figures, and tens of thousands remain in relief camps.",
    "\"We are being told to grow food for the state, but nobody can guarantee we will come back alive from the fields,\" said a farmer in Moirang who did not want to be named.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (India)", 3, "Civilians (India)", 7, "India", "Manipur", "Moirang", 24.4990, 93.7700, 2, wd(P, "Wednesday"),
       fat=2, evid=[s4a],
       note="Gunmen killed two farmers on the outskirts of Moirang (near the town: geo 2); perpetrators unidentified (residents' blame not verified)."),
], "One attack. The Friday sit-in is called for the future, the combing operation is no clash, and the 175 killed since May is an aggregate: none coded."))

# 5 Toronto: police shoot man with knife (negative)
P = "2022-06-20"
A(art(P, "SIU investigating after police shoot man armed with knife in Scarborough", "Toronto Star", [
    "Ontario's police watchdog is investigating after Toronto police officers shot and killed a 29-year-old man who was allegedly carrying a knife in Scarborough on Saturday evening.",
    "The Special Investigations Unit said officers were called shortly after 7 p.m. to a townhouse complex near Lawrence Avenue East and Markham Road for reports of a man in distress who was threatening residents. There was an interaction between the officers and the man in a parking lot, and at least one officer discharged a firearm, the SIU said.",
    "The man was taken to a trauma centre, where he was pronounced dead. A knife was recovered at the scene.",
    "His sister, speaking outside the complex on Sunday, said the family had called for help because he was in a mental health crisis. \"We asked for an ambulance. We didn't ask for him to be shot,\" she said.",
    "The SIU has assigned four investigators and a forensic investigator to the case and is asking anyone with video footage to come forward. Three subject officers and five witness officers have been designated.",
    "Neighbours said they are organizing a vigil at the complex on Thursday evening.",
    "The Toronto Police Service launched a pilot program last year that sends mental health workers instead of officers to some crisis calls, but it does not yet operate around the clock in Scarborough.",
], [], "Police shooting of a man in crisis/armed suspect: out of scope. The Thursday vigil is planned, not held: not coded."))

# 6 Ukraine: shelling of Nikopol + drone on Kherson bus stop (two events)
P = "2024-08-21"
s6a = "KYIV - Russian artillery shelled the city of Nikopol on Tuesday, killing a 63-year-old man and wounding three other people, according to the city's central hospital."
s6b = "Overnight, a Russian drone dropped an explosive on a bus stop in Kherson's Dniprovskyi district, injuring two men waiting for an early bus."
A(art(P, "Shelling kills man in Nikopol as drone hits Kherson bus stop", "Reuters", [
    s6a,
    "Nikopol sits on the northern bank of the former Kakhovka reservoir, directly across from the Russian-occupied Zaporizhzhia nuclear power plant, and has been shelled almost daily since the summer of 2022.",
    "Shells struck a residential street and the edge of a covered market, blowing out windows in a kindergarten that was empty at the time, photographs published by local media showed.",
    s6b + " Doctors at the regional hospital said both had shrapnel wounds and were in a stable condition.",
    "Russia's defence ministry said its forces had struck \"military infrastructure and places where Ukrainian personnel gather\" in the south, without giving details. Moscow denies targeting civilians.",
    "Ukraine's air force said on Wednesday it had shot down 38 of 42 drones launched at the country overnight. It did not say where the others had fallen.",
    "Kherson city was recaptured by Ukrainian forces in November 2022 but remains within range of Russian guns on the eastern bank of the Dnipro River.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Nikopol", 47.5667, 34.3960, 1, wd(P, "Tuesday"),
       fat=1, inj=3, evid=[s6a],
       note="Artillery shelling of Nikopol; toll from the city hospital (neutral)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kherson", "Kherson", 46.6354, 32.6169, 1, wd(P, "Tuesday"), wd(P, "Wednesday"), tp=2,
       inj=2, evid=[s6b],
       note="Drone strike 'overnight' before Wednesday's publication: range Tuesday-Wednesday, not one day."),
], "Two events (Nikopol shelling, Kherson drone). The air force's nationwide tally of 38 drones downed has no place and is not coded; the 2022 recapture is background."))

# 7 Victoria bushfire with war words (negative: disaster)
P = "2025-01-08"
A(art(P, "Crews battle through the night as fire front attacks Bruthen", "The Age", [
    "Firefighters fought through the night to save homes on the edge of Bruthen in East Gippsland after a fast-moving bushfire jumped containment lines and attacked the town from the north-west on Tuesday afternoon.",
    "At least three houses and a number of sheds were destroyed on the Bruthen-Nowa Nowa Road, Forest Fire Management Victoria said, but the town's main street and primary school were saved after water-bombing aircraft made repeated runs in the face of 70km/h winds.",
    "\"It was a full-on assault. The fire came at us from two sides and the boys just held the line,\" said a CFA captain who has been with the local brigade for 22 years.",
    "The blaze, believed to have been started by lightning on New Year's Day in the Colquhoun State Forest, has burned more than 6,000 hectares. An emergency warning was downgraded to a watch and act message on Wednesday morning, but residents were told to remain alert as temperatures are forecast to climb again on the weekend.",
    "About 200 people spent the night at a relief centre in Bairnsdale. No injuries have been reported.",
    "The premier, visiting the relief centre on Wednesday, praised what she called \"an extraordinary battle\" by volunteers and said recovery payments would be available from Thursday.",
    "Much of the same area was burned in the Black Summer fires of 2019-20.",
], [], "Natural disaster described in war words (battle, attacked, assault, held the line): out of scope, not coded."))

# 8 Sudan: RSF storm Al-Kamlin last week (event, imprecise date)
P = "2024-07-10"
s8a = "PORT SUDAN - Fighters of the paramilitary Rapid Support Forces stormed the town of Al-Kamlin in Sudan's Al Jazirah state last week, shooting residents and looting homes and the main market, according to a medic and two residents who later fled to neighbouring Sennar state."
s8b = "A medic at the town's only functioning clinic told AFP by satellite phone that at least 17 people had been killed and dozens wounded."
A(art(P, "RSF raid on Gezira town killed at least 17, medic says", "AFP", [
    s8a,
    s8b + " \"They came on motorbikes and in pickups, going house to house asking for gold and money,\" he said, asking not to be named for his safety.",
    "The Sudanese army said in a statement that more than 60 civilians had been \"massacred\" by the \"terrorist militia\" and vowed to retaliate. The RSF denied targeting civilians and said its forces were pursuing army-aligned fighters in the area.",
    "Communications have been cut across much of Al Jazirah since the RSF swept through the state in December, making accounts from the area difficult to confirm.",
    "In early June, the RSF was accused of killing more than 100 people in the village of Wad al-Nourah, also in Al Jazirah, an attack condemned by the United Nations.",
    "The war between the army and the RSF, which erupted in April last year, has displaced more than 10 million people inside and outside Sudan, according to the International Organization for Migration.",
], [
    ev("Violence against civilians", "Attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "Al Jazirah", "Al-Kamlin", 15.0670, 33.1800, 1, "2024-07-01", "2024-07-07", tp=2,
       fat=17, claimed=[claim(60, None, "Military Forces of Sudan", "more than 60 civilians had been \"massacred\"")],
       evid=[s8a, s8b],
       note="RSF raid with killings and looting, one event (same place, time and sides); 'last week' = Monday-Sunday before publication (tp 2); medic's 17 is the toll, the army's 60+ a party claim."),
], "One event. The Wad al-Nourah killings (early June) are over a month old and the displacement figures aggregate: not coded."))

# 9 Ireland: farmers' tractor protest called off (negative)
P = "2023-02-08"
A(art(P, "Farmers stand down Dublin tractor protest after late-night talks", "Irish Examiner", [
    "A tractor protest that was expected to bring hundreds of farmers into Dublin city centre on Thursday has been called off after late-night talks between farm leaders and the Department of Agriculture.",
    "The Irish Farmers' Association had planned to drive convoys from Cork, Kilkenny and Meath to Merrion Street to protest against proposed cuts to the nitrates derogation and what it called a \"war on family farms\".",
    "Following a meeting that ran past midnight on Tuesday, the association said it had received assurances that a review of the water quality rules would include farm representatives and that no decision would be taken before the summer.",
    "\"We have stood down Thursday's protest in good faith. If those commitments are not honoured, we will be back on the streets, and in bigger numbers,\" the association's president said.",
    "Not all farmers welcomed the decision. A spokesman for a smaller group of dairy farmers in west Cork said its members still intended to hold a rally in Bandon later this month.",
    "Gardaí had been preparing a large traffic operation for Thursday, with diversions planned on the M50 and the quays.",
    "Farmers last brought large numbers of tractors into the capital in 2019, when beef prices protests blocked streets around Leinster House for two days.",
], [], "Protest called off, a threatened return and a rally planned for later: none held; the 2019 protests are history. Not coded."))

# 10 Somalia: IED on army convoy near Afgooye (event)
P = "2023-10-19"
s10a = "MOGADISHU - A roadside bomb struck a Somali army convoy on Wednesday on the road between Afgooye and the capital, in the latest attack claimed by al Shabaab militants."
s10b = "Dr Fartun Abdi of Afgooye district hospital said two soldiers died of their wounds and five others were being treated."
A(art(P, "Roadside bomb hits army convoy near Afgooye", "Garowe Online", [
    s10a,
    "The blast hit a pickup truck carrying troops about 10 kilometres east of Afgooye shortly after 8 a.m., a minibus driver who was travelling behind the convoy said. \"The vehicle was thrown into the air and then the soldiers began shooting in all directions,\" he said.",
    s10b,
    "Al Shabaab said in a statement on a website affiliated with the group that it had killed 12 soldiers. The group often exaggerates the toll of its attacks.",
    "Somali forces, backed by clan militias and African Union troops, launched an offensive against al Shabaab in central Somalia last year and have retaken dozens of towns, but the group retains the ability to strike around the capital.",
    "The Afgooye corridor, which links Mogadishu with the farming regions of Lower Shabelle, is one of the most heavily travelled roads in the country. In October 2017, a truck bomb at Zoobe junction, at the Mogadishu end of the road, killed more than 500 people.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab", 2, "Military Forces of Somalia", 1, "Somalia", "Lower Shabelle", "Afgooye", 2.1395, 45.1210, 2, wd(P, "Wednesday"),
       fat=2, inj=5, claimed=[claim(12, 12, "Al Shabaab", "it had killed 12 soldiers")],
       evid=[s10a, s10b],
       note="IED on the convoy 10 km from Afgooye (geo 2); hospital toll 2 dead, 5 wounded; Al Shabaab's 12 is a claim. The soldiers' shooting after the blast is part of the same event."),
], "One IED event; the 2017 Zoobe bombing and last year's offensive are background, not coded."))

# 11 Kashmir: Pulwama anniversary (negative: memorial)
P = "2024-02-14"
A(art(P, "CRPF pays tribute to Pulwama martyrs on fifth anniversary", "Greater Kashmir", [
    "Senior officers of the Central Reserve Police Force laid wreaths at the memorial inside the Lethpora camp in Pulwama on Wednesday to mark five years since 40 of its personnel were killed in a suicide car bombing on the Srinagar-Jammu highway.",
    "A two-minute silence was observed and a contingent presented arms as the names of the 40 men were read out. Family members of several of the slain personnel travelled from Uttar Pradesh, Punjab and Rajasthan to attend.",
    "On February 14, 2019, a suicide bomber rammed an explosives-laden car into a bus in a CRPF convoy near Lethpora. The Jaish-e-Mohammad group claimed responsibility, and twelve days later Indian aircraft struck what New Delhi said was a militant training camp at Balakot in Pakistan.",
    "\"We have not forgotten and we will not forget,\" an Inspector General of the force told reporters after the ceremony. \"The sacrifice of these brave men reminds us every day why we serve.\"",
    "Security was tightened along the highway for the day, with additional checkpoints between Awantipora and Pampore and convoy movement restricted in the morning.",
    "Officials said militant violence in the region has fallen sharply since 2019. The police chief said last month that 76 militants, most of them foreigners, were killed in operations in 2023.",
    "In Jammu, members of a veterans' association held a candle-light remembrance at a war memorial in the evening.",
], [], "Anniversary ceremonies for the 2019 bombing; the 2019 attack and Balakot strike are history, 2023 militant deaths an annual tally, extra checkpoints no event. The candle-light remembrance is commemoration, not a protest (borderline). Not coded."))

# 12 Kenya: highway crash near Mau Summit (negative: accident)
P = "2022-08-29"
A(art(P, "Twelve killed as matatu and trailer collide near Mau Summit", "The Standard", [
    "Twelve people were killed on Sunday night when a 14-seater matatu collided head-on with a trailer near Mau Summit on the Nakuru-Eldoret highway.",
    "Molo sub-county police commander said the matatu, which was travelling to Eldoret from Nairobi, was overtaking on a bend when it rammed into the trailer at about 9 pm. Ten passengers died at the scene and two others at Molo Sub-County Hospital.",
    "Three survivors were taken to Nakuru Level Five Hospital in critical condition. The trailer driver was arrested and is expected to be arraigned on Tuesday.",
    "Residents who rushed to the scene said the stretch had become a death trap. \"Every month we are pulling bodies out of vehicles here,\" said a boda boda rider who helped rescue survivors. \"If KeNHA does not put bumps here by next week, we will block this road ourselves.\"",
    "The National Transport and Safety Authority said 3,174 people had been killed on Kenyan roads between January and August, an increase of about 9 per cent on the same period last year.",
    "The authority said it would deploy more officers to the Rift Valley corridor ahead of the school holidays.",
], [], "Road accident with an arrest of the driver; residents' threat to block the road is conditional and future; national road-death tally is aggregate. Not coded."))

# 13 Myanmar: airstrike near Kani + PDF attack on Yinmabin police station (two events)
P = "2023-05-17"
s13a = "A military aircraft bombed a village in Sagaing Region's Kani Township on Sunday, killing at least five civilians including two children, residents said."
s13b = "On Monday, resistance fighters attacked the police station in Yinmabin, about 40 kilometres to the south, in a gunfight that lasted nearly two hours, according to a statement from the Yinmabin People's Defence Force."
A(art(P, "Airstrike kills villagers in Kani; resistance fighters raid Yinmabin police station", "The Irrawaddy", [
    s13a,
    "The jet dropped two bombs on the village, about 8 kilometres west of Kani town, around midday as families were gathering at the monastery for a novitiation ceremony, a resident who helped bury the dead said.",
    "A local People's Defence Force group said nine people had been killed and insisted that none of them belonged to the resistance. Junta-controlled newspapers said the military had hit a \"terrorist training camp\" in the township.",
    s13b + " The group said it had seized weapons and ammunition. The state-run Global New Light of Myanmar said security forces had repelled the attack and killed six \"terrorists\". Neither account could be independently verified.",
    "Sagaing has seen some of the heaviest fighting since the 2021 coup. In April, an airstrike on a gathering in Pazigyi village in Kanbalu Township killed more than 160 people, one of the deadliest single attacks of the conflict.",
    "\"We no longer hold ceremonies in the daytime,\" said a woman from a neighbouring village. \"When we hear an engine, we run to the bunkers.\"",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing", "Kani", 22.4330, 94.8500, 2, wd(P, "Sunday"),
       fat=5, claimed=[claim(9, 9, "People's Defense Force", "nine people had been killed")],
       evid=[s13a],
       note="Airstrike on a village 8 km from Kani (unnamed: geo 2); residents' 5 is the toll, the PDF's 9 a claim by a party."),
    ev("Battles", "Armed clash", "People's Defense Force", 2, "Police Forces of Myanmar", 1, "Myanmar", "Sagaing", "Yinmabin", 22.0700, 94.9000, 1, wd(P, "Monday"),
       claimed=[claim(6, 6, "Military Forces of Myanmar", "killed six \"terrorists\"")],
       evid=[s13b],
       note="PDF attack on Yinmabin police station; no neutral toll, junta media's six killed is a claim. No capture claimed, so Armed clash."),
], "Two events on two days. The April Pazigyi airstrike is background over a month old, not coded."))

# 14 Bacolod: buy-bust suspect killed (negative: drug crime, police shooting)
P = "2021-08-24"
A(art(P, "Drug suspect killed in Bacolod buy-bust after he 'fought back'", "Philippine Daily Inquirer", [
    "BACOLOD CITY - A suspected drug pusher was killed in a buy-bust operation in Barangay Taculing here on Monday night after he allegedly drew a gun and fired at undercover police officers, authorities said.",
    "The Bacolod City Police Office said the 36-year-old suspect, who was on the city's drug watch list, sold a sachet of suspected shabu to a poseur-buyer at about 10:30 p.m. When he sensed he was dealing with police, he pulled out a .38-caliber revolver and fired, prompting officers to shoot back.",
    "He was declared dead on arrival at a hospital. Police said they recovered the revolver, two spent shells and 12 sachets of suspected shabu weighing about 20 grams with an estimated street value of P136,000.",
    "A companion of the suspect, a 28-year-old woman, was arrested and will face charges for violation of the Comprehensive Dangerous Drugs Act.",
    "Relatives disputed the police account, telling reporters that the man did not own a gun. A human rights group in Negros said it would ask the Commission on Human Rights to investigate what it called yet another \"nanlaban\" killing.",
    "The police said the operation followed procedures and that the incident would undergo the standard review by the Internal Affairs Service.",
    "Police have reported thousands of deaths in anti-drug operations nationwide since 2016.",
], [], "Drug crime and a police shooting of a criminal suspect (plus an ordinary arrest): out of scope even though disputed. National death count is aggregate. Not coded."))

# 15 Burkina Faso: displacement report (negative: statistics)
P = "2024-05-22"
A(art(P, "Burkina Faso tops list of world's most neglected displacement crises", "Reuters", [
    "DAKAR - Burkina Faso, where Islamist insurgents have cut off dozens of towns from the rest of the country, is the world's most neglected displacement crisis for a second consecutive year, the Norwegian Refugee Council said on Wednesday.",
    "More than 2 million people have been forced from their homes in Burkina Faso, about one in ten of the population, and some 40 towns remain under blockade by groups linked to al Qaeda and Islamic State, according to the report.",
    "In Djibo, near the border with Mali, residents have relied on irregular military convoys and air drops for food since 2022, aid workers say. \"People are eating leaves. Children are dying of diseases we know how to cure,\" the council's regional director said.",
    "The report said violence in Burkina Faso killed more than 8,000 people in 2023, citing figures from a conflict-monitoring group, double the number recorded in 2022. Humanitarian appeals for the country were less than 40 percent funded.",
    "Cameroon, Mali, Niger and Sudan were also in the top ten. The council said the crises on its list received scant media attention and little diplomatic effort.",
    "Burkina Faso's military government, which took power in a coup in 2022, has dismissed reports of high civilian casualties and says its forces are winning back territory. It has suspended several foreign media outlets over their coverage of the conflict.",
], [], "A report: national and annual aggregates, an ongoing blockade with no dated incident, a 2022 coup as background. Not coded."))

# 16 Pakistan: TTP attack on checkpost near Lakki Marwat + CTD arrests in DI Khan (two events)
P = "2023-12-06"
s16a = "LAKKI MARWAT: A police constable was killed and two others were injured when militants attacked a police checkpost on the outskirts of Lakki Marwat city late on Monday night, hospital officials said."
s16b = "Separately, the Counter-Terrorism Department (CTD) arrested three suspected TTP militants in an intelligence-based operation in Dera Ismail Khan on Tuesday and recovered hand grenades and a suicide vest, a CTD spokesman said."
A(art(P, "Constable martyred as police repulse attack on Lakki Marwat checkpost", "Dawn", [
    s16a,
    "Police said the attackers, armed with heavy weapons, opened fire on the post from several directions at around 11pm and were repulsed after an exchange of fire that lasted about an hour. Reinforcements were sent from the district headquarters, and a search operation was carried out in the area.",
    "The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a message to journalists, saying its fighters had killed five policemen.",
    s16b + " He said the suspects had been planning attacks on police in the southern districts.",
    "Police in Khyber Pakhtunkhwa have borne the brunt of a rise in militant violence since the TTP ended a ceasefire with the government last year. In January, a suicide bombing at a mosque inside the Peshawar Police Lines killed more than 80 people, most of them policemen.",
    "According to the Pakistan Institute for Conflict and Security Studies, the country saw 63 militant attacks in November, the highest monthly number in nearly a decade.",
], [
    ev("Battles", "Armed clash", "Tehreek-e-Taliban Pakistan", 2, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", 32.6074, 70.9114, 2, wd(P, "Monday"),
       fat=1, inj=2, claimed=[claim(5, 5, "Tehreek-e-Taliban Pakistan", "its fighters had killed five policemen")],
       evid=[s16a],
       note="TTP-claimed attack on a checkpost on the outskirts of Lakki Marwat (geo 2), repulsed after an exchange of fire; hospital toll 1 dead, 2 injured; TTP's five is a claim."),
    ev("Strategic developments", "Arrests", "Police Forces of Pakistan", 1, "Tehreek-e-Taliban Pakistan", 2, "Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.8310, 70.9020, 1, wd(P, "Tuesday"),
       evid=[s16b],
       note="Arrest of suspected militants by the CTD (arrests of militants are coded)."),
], "Two events. The January Peshawar bombing and the November tally of 63 attacks are background and aggregate, not coded."))

# 17 Nigeria: NLC shelves planned strike (negative)
P = "2025-05-13"
A(art(P, "NLC shelves nationwide strike after FG agrees to review tariff hike", "Punch", [
    "The Nigeria Labour Congress has suspended a nationwide strike it had planned to begin on Wednesday, after the Federal Government agreed to set up a committee to review the latest increase in electricity tariffs.",
    "The decision was announced in Abuja on Monday night after a six-hour meeting between labour leaders and a government delegation led by the Secretary to the Government of the Federation.",
    "\"This is a ceasefire, not a surrender,\" the NLC president told journalists. \"If, at the end of 30 days, the committee has not delivered, workers will down tools and there will be no further notice.\"",
    "The congress had directed its state councils to mobilise workers for pickets at the offices of electricity distribution companies across the country. Those pickets have also been called off, the union said.",
    "The Trade Union Congress, which had said it would join the action, welcomed the outcome but warned that the \"battle against anti-people policies\" was far from over.",
    "Band A customers, who are supposed to receive at least 20 hours of supply a day, saw their tariff raised last month, the second increase in a year. Manufacturers say the rise has added to pressure from inflation, which stood above 24 per cent in April.",
    "Labour last shut down the country in June last year, in a two-day strike over the minimum wage that grounded flights and closed hospitals.",
], [], "Strike and pickets suspended before they happened, plus threats; last June's strike is history. Not coded."))

# 18 Birmingham: opinion on knife crime (negative)
P = "2022-10-05"
A(art(P, "We can't arrest our way out of the knife crime war", "Birmingham Mail", [
    "Another Saturday night, another teenager's name on a bunch of flowers tied to a lamppost. Every time it happens, we hear the same promises: more stop and search, more officers on the streets, tougher sentences. And every time, a few months later, it happens again.",
    "I have spent 20 years working with young people in Handsworth and Lozells. I have buried more of them than I care to count. So forgive me if I am tired of hearing politicians talk about \"winning the war on knives\".",
    "West Midlands Police recorded more than 3,500 knife offences in the year to March, one of the highest rates in the country. Behind those numbers are boys of 14 and 15 who carry a blade because they are more frightened of walking home without one than of being caught with one.",
    "The answer is not complicated, but it is expensive. Youth clubs that close at 6pm are no use to anyone. Mentoring schemes that lose their funding every April cannot build trust. Schools that exclude a child at 13 are handing him to the people who will exploit him.",
    "Last month's stabbing in the city centre, in which a 16-year-old lost his life outside a fast food shop, should have been a turning point. Instead, the conversation has already moved on.",
    "We do not need another summit. We need the money to keep the doors open.",
    "The writer runs a youth mentoring charity in north-west Birmingham.",
], [], "Opinion column on knife crime: aggregate statistics and an older ordinary stabbing. Not coded."))

# 19 Haiti: gang attack on Solino + lynching in Delmas (two events)
P = "2024-10-23"
s19a = "PORT-AU-PRINCE - Gunmen from the Viv Ansanm gang coalition stormed the Solino neighbourhood of Port-au-Prince on Monday night, shooting residents and setting homes on fire, according to a local human rights organisation."
s19b = "The National Human Rights Defense Network said at least six people were killed, including a 70-year-old woman who was unable to flee."
s19c = "On Tuesday, a crowd in Delmas beat a young man to death and set his body on fire after accusing him of being a lookout for the gangs, witnesses said."
A(art(P, "Gangs storm Solino as residents flee; crowd kills suspected lookout in Delmas", "The Haitian Times", [
    s19a,
    s19b + " Residents said the attackers came from neighbouring areas already under gang control and fired at people running toward Delmas.",
    "Hundreds of families left overnight, carrying mattresses and bags of clothes, and sought shelter in a school that has been turned into a displacement site.",
    s19c + " Such killings, carried out under the name \"bwa kale\", have become common as residents take security into their own hands.",
    "Police did not respond to requests for comment. The national police, supported by a Kenyan-led multinational mission, has struggled to push back gangs that the United Nations estimates control about 80 percent of the capital.",
    "Gangs launched a coordinated offensive across Port-au-Prince at the end of February, freeing thousands of prisoners and forcing the resignation of the prime minister.",
], [
    ev("Violence against civilians", "Attack", "Viv Ansanm", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest", "Port-au-Prince", 18.5944, -72.3074, 1, wd(P, "Monday"),
       fat=6, evid=[s19a, s19b],
       note="Gang attack on the Solino neighbourhood (part of Port-au-Prince: geo 1); toll from a rights group. Gangs coded as political militia (3) per ACLED practice."),
    ev("Riots", "Mob violence", "Rioters (Haiti)", 5, "Civilians (Haiti)", 7, "Haiti", "Ouest", "Delmas", 18.5447, -72.3030, 1, wd(P, "Tuesday"),
       fat=1, evid=[s19c],
       note="Lynching of a suspected gang lookout by a crowd: mob violence; victim coded as civilian (borderline: alleged gang member)."),
], "Two events on two days, two places. The February offensive is background and the 80 percent figure a situation, not coded."))

# 20 Sinaloa: homicide tally (negative: aggregate)
P = "2025-01-29"
A(art(P, "Sinaloa killings pass 800 as cartel war grinds into fifth month", "Mexico News Daily", [
    "More than 800 people have been killed in Sinaloa since a war broke out between rival factions of the Sinaloa Cartel in early September, according to figures from the state prosecutor's office.",
    "The conflict pits the faction loyal to the sons of jailed kingpin Joaquín \"El Chapo\" Guzmán, known as Los Chapitos, against the faction loyal to Ismael \"El Mayo\" Zambada, who was detained in the United States in July.",
    "January has been one of the worst months so far. The prosecutor's office said 19 people were murdered across the state over the last weekend alone, most of them in Culiacán and Navolato, and that more than 900 people have been reported missing since the fighting began.",
    "Business owners in Culiacán say the violence has emptied the city's streets after dark. The local chamber of commerce estimates that more than 1,000 small businesses have closed, and many restaurants now shut at 6 p.m.",
    "\"We are living under a curfew that nobody declared,\" said a restaurant owner in the Tres Ríos district. \"My employees ask to leave early because they are afraid of the roadblocks.\"",
    "The federal government has sent more than 1,000 additional soldiers and National Guard troops to the state. The security minister said last week that authorities had arrested more than 600 people and seized hundreds of weapons in Sinaloa since September.",
    "State schools, which moved classes online in the autumn, reopened in person this month.",
], [], "Cartel-war violence reported only as aggregates (800 killed since September, 19 over a weekend across several towns, 600 arrests since September): no single event with its place and day. Not coded (borderline: gang war is in scope but nothing is singled out)."))
