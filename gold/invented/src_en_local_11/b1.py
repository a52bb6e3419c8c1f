# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 Myanmar, Sagaing: junta air strike on a village in Ye-U Township (Explosions) + PDF ambush near Budalin (Battles)
P = "2024-03-14"
s1a = "A military air strike on a village in Sagaing Region's Ye-U Township killed nine civilians, including three children, and injured at least 14 others on Tuesday afternoon, according to a local rescue group."
s1b = "A fighter jet dropped two bombs on the village, about 10 miles west of Ye-U town, shortly after 2pm, destroying part of a monastery compound where displaced families had been sheltering, said a member of the volunteer team that helped recover the bodies."
s1c = "On Monday, fighters from a local People's Defence Force battalion ambushed a military column on the road between Budalin and Ye-U, close to Budalin town, sparking a clash that lasted about three hours, residents said."
s1d = "The PDF said seven soldiers were killed and that none of its members were hurt, a claim Myanmar Now could not independently verify."
A(art(P, "Junta air strike kills nine in Ye-U Township village, rescuers say", "Myanmar Now", [
    s1a,
    s1b,
    "\"We pulled four bodies out of the kitchen building. Two of them were children who had been sent there to eat,\" said Ko Thiha Aung, a rescue worker who asked that his real name not be used. He said the injured had been carried by motorbike to clinics run by the resistance because the roads to the township hospital were controlled by regime troops.",
    "The junta did not respond to requests for comment. Its information team routinely describes villages that support the resistance as \"terrorist\" bases.",
    s1c + " " + s1d + " Villagers along the road said they heard heavy weapons fire and that two houses near the ambush site had been hit.",
    "Sagaing has been one of the regions hardest hit by the regime's air campaign since the 2021 coup. In April last year, an air strike on a ceremony in Pazigyi village in Kanbalu Township killed more than 160 people, one of the deadliest single attacks since the military seized power. Rights monitors have documented thousands of civilian deaths nationwide over the past three years, and more than a million people in the region have been displaced.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing", "Ye-U", 22.77, 95.43, 2, wd(P, "Tuesday"),
       fat=9, inj=14, evid=[s1a, s1b],
       note="Air strike on an unnamed village about 10 miles west of Ye-U town, placed at Ye-U with precision 2; nine dead and 14 injured from a local rescue group, not a party."),
    ev("Battles", "Armed clash", "People's Defence Force", 2, "Military Forces of Myanmar", 1, "Myanmar", "Sagaing", "Budalin", 22.39, 95.14, 2, wd(P, "Monday"),
       claimed=[claim(7, 7, "People's Defence Force", "The PDF said seven soldiers were killed")],
       evid=[s1c, s1d],
       note="PDF ambush of a military column on the road near Budalin (near the town: precision 2). The PDF's seven dead soldiers is an unverified party claim, so fatalities stay null."),
], "Two events: Tuesday's air strike near Ye-U and Monday's ambush near Budalin. The April 2023 Pazigyi air strike and the nationwide death and displacement tallies are background, not coded."))

# 2 Japan, Osaka: man arrested over stabbing of ex-gang acquaintance over a loan (negative: ordinary crime)
P = "2021-11-24"
A(art(P, "Osaka police arrest man over fatal stabbing of former gang member", "The Japan Times", [
    "OSAKA - Osaka Prefectural Police on Tuesday arrested a 47-year-old construction worker on suspicion of murder after a man who had once belonged to a crime syndicate was found stabbed to death in an apartment in the city's Nishinari Ward.",
    "The victim, Takeshi Morikawa, 58, was discovered lying in a pool of blood by a neighbor on Sunday evening with multiple stab wounds to his chest and back, police said. A kitchen knife was found in a drainage ditch near the building.",
    "The suspect, Koji Hirabayashi, has admitted to the killing, telling investigators that he \"snapped\" when Morikawa demanded repayment of about ¥3 million he had lent him, according to investigative sources. The two men had known each other for more than a decade.",
    "Morikawa had left an affiliate of a major organized crime group around 2015, police said. Investigators do not believe the killing is linked to any conflict between gangs and said there was no sign that other members of the underworld were involved.",
    "Police across western Japan have been on heightened alert for years over the feud between the Yamaguchi-gumi and its breakaway factions, which has been blamed for a string of shootings since the 2015 split. The number of people registered as gang members nationwide has fallen for 17 consecutive years, dropping to around 25,900 at the end of last year, according to the National Police Agency.",
    "\"It was a quiet building. We knew he had a past, but he mostly kept to himself and fed the stray cats,\" said a woman who lives on the same floor.",
], [], "Personal killing over a debt of a former gang member, with police ruling out a gang conflict: ordinary crime, not coded; the arrest is of one ordinary suspect. The Yamaguchi-gumi feud and the NPA membership figures are background and statistics."))

# 3 Hong Kong: developers' price war at Kai Tak (negative: business in war words)
P = "2023-03-20"
A(art(P, "Developers fire opening shots in Kai Tak price war as buyers hold the upper hand", "South China Morning Post", [
    "Hong Kong developers are locked in a fierce battle for homebuyers at the former Kai Tak airport site, slashing prices at new launches as they race to offload thousands of flats before another expected rise in interest rates.",
    "On Saturday, a joint venture launched the first 280 units of its waterfront project at an average of HK$19,800 per square foot after discounts, about 12 per cent below the price of comparable flats sold in the same district last year. Within hours a rival developer next door cut the price list of its own unsold flats by a similar margin.",
    "\"This is a price war, plain and simple. Nobody wants to be the last one holding stock when the rates go up again,\" said Raymond Tsang Wing-kei, an executive director at a local property agency. \"The developers have the firepower to keep cutting, and buyers know it.\"",
    "Agents said more than 4,000 people had registered interest in the weekend launch, and queues formed outside sales offices in Tsim Sha Tsui and Kowloon Bay.",
    "Analysts at one investment bank said they expected prices of new homes to fall a further 5 to 10 per cent this year, as developers sit on an estimated 20,000 completed but unsold units across the city. Secondary-market owners, they added, were increasingly caught in the crossfire, with some forced to cut asking prices to compete with the new launches.",
    "Home prices in Hong Kong fell about 15 per cent last year, the first annual drop since 2008, according to official data.",
], [], "Property-market 'price war', 'battle', 'firepower' and 'crossfire': business, not coded. The queues at sales offices are not a demonstration."))

# 4 Thailand, deep south: bomb on ranger patrol in Sungai Kolok (Explosions) + rubber tapper shot dead in Sai Buri (VAC)
P = "2023-05-19"
s4a = "Two paramilitary rangers were wounded when a bomb hidden in a roadside rubbish bin exploded as their patrol passed through Sungai Kolok district of Narathiwat on Wednesday morning, police said."
s4b = "The device, packed into a cooking-gas cylinder and triggered by a mobile phone, went off about 500 metres from the town's railway station at around 7.20am."
s4c = "No one was killed, and the two rangers were taken to Sungai Kolok Hospital with shrapnel wounds to their legs."
s4d = "On Thursday, gunmen on a motorcycle shot dead a 46-year-old rubber tapper as he rode to his plantation in Sai Buri district of neighbouring Pattani province."
s4e = "Police said the victim, Abdulloh Samae, was hit by at least six bullets fired from an assault rifle and died at the scene, and blamed insurgents, saying shell casings matched those found at earlier attacks in the area."
A(art(P, "Bomb wounds two rangers in Sungai Kolok, rubber tapper shot dead in Pattani", "Bangkok Post", [
    "NARATHIWAT: " + s4a,
    s4b + " " + s4c + " Bomb disposal officers found fragments of a second device that failed to detonate nearby.",
    s4d + " " + s4e,
    "Security was tightened at checkpoints across the three southernmost provinces after the attacks. An officer at the Internal Security Operations Command (Isoc) Region 4 Forward Command said insurgents appeared to be trying to show they remained capable of striking while a new government was being formed after Sunday's general election.",
    "\"Every time there is a change in Bangkok, they try to remind us they are still here,\" said a village headman in Sai Buri, who asked not to be named.",
    "Peace talks between the government and the Barisan Revolusi Nasional (BRN), the main insurgent group, have been paused since the election was called. More than 7,300 people have been killed and over 13,000 injured in the region since the insurgency flared in January 2004, according to the independent monitoring group Deep South Watch.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Thailand)", 3, "Military Forces of Thailand", 1, "Thailand", "Narathiwat", "Sungai Kolok", 6.03, 101.97, 1, wd(P, "Wednesday"),
       fat=0, inj=2, evid=[s4a, s4b, s4c],
       note="Phone-triggered bomb on a ranger patrol in Sungai Kolok town, unclaimed, so an unidentified armed group; rangers coded as military forces. 'No one was killed' gives fatalities 0."),
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Thailand)", 3, "Civilians (Thailand)", 7, "Thailand", "Pattani", "Sai Buri", 6.70, 101.62, 2, wd(P, "Thursday"),
       fat=1, evid=[s4d, s4e],
       note="Rubber tapper shot dead on the way to his plantation in Sai Buri district (precision 2); police blame insurgents, so coded as insurgent violence by an unidentified armed group."),
], "Two events: Wednesday's bomb in Sungai Kolok and Thursday's killing in Sai Buri. Sunday's election, the stalled BRN talks and the Deep South Watch tally since 2004 are background, not coded."))

# 5 Taiwan: Han Kuang exercises (negative: military drills)
P = "2023-07-27"
A(art(P, "Han Kuang drills test troops' ability to repel beach landings", "Taipei Times", [
    "The armed forces yesterday staged live-fire drills on the coast of Taichung and Penghu as part of the annual Han Kuang exercises, simulating the defense of beaches against an amphibious assault by the People's Liberation Army (PLA).",
    "Tanks, self-propelled howitzers and Apache attack helicopters fired on targets offshore while infantry units practiced laying mines and barbed-wire obstacles on the sand, the Ministry of National Defense said. Commanders were told to act without waiting for orders from above if communications were cut, a scenario planners said reflected lessons from the war in Ukraine.",
    "This year's five-day exercise, which ends tomorrow, also includes the Wan An air raid drill, during which traffic in northern cities was to be halted for 30 minutes and residents told to move indoors.",
    "\"Our soldiers must be prepared to fight from the first minute. The enemy will not give us time to get ready,\" said Major Lin Chih-hao, a battalion commander taking part in the drill in Taichung.",
    "Military analysts said the exercise, which was shortened by a typhoon warning, showed progress in dispersing forces but also exposed shortages of trained reservists.",
    "China held large-scale \"Joint Sword\" exercises around Taiwan in April, deploying warships and dozens of aircraft in what Beijing described as a warning. The PLA has sent aircraft across the median line of the Taiwan Strait almost daily since August last year, the ministry said.",
], [], "Military exercises and an air-raid drill, and China's April exercises and daily incursions as background: not political violence, not coded."))

# 6 Singapore: police arrest 28 over scams (negative: ordinary crime, arrests of ordinary suspects)
P = "2024-02-16"
A(art(P, "28 arrested in islandwide blitz against scam money mules", "The Straits Times", [
    "SINGAPORE - Twenty-eight people, the youngest aged 17, are being investigated for their suspected involvement in scams that cheated victims of more than $3.4 million, the police said on Feb 15.",
    "The 19 men and nine women were arrested during a week-long operation by officers from the Commercial Affairs Department and the seven police land divisions, which ended on Feb 14. They are believed to have handed over their bank accounts or Singpass credentials to syndicates, or to have withdrawn cash from their accounts on the syndicates' instructions.",
    "The scams included fake investment schemes promoted on social media, job scams offering payment for liking videos, and calls from people posing as government officials.",
    "In one case, a 71-year-old retiree lost about $480,000 of her life savings after a man claiming to be a police officer told her that her accounts had been used for money laundering.",
    "\"Scammers are waging a relentless war on our seniors' savings, and we are hitting back with every tool we have,\" said Assistant Superintendent Clarence Goh of the Anti-Scam Command.",
    "Victims in Singapore lost a record $651.8 million to scams in 2023, with more than 46,000 cases reported, according to police figures released earlier this month. Offenders convicted of money laundering face a jail term of up to 10 years, a fine of up to $500,000, or both.",
], [], "Arrests of ordinary fraud suspects ('money mules'): ordinary crime, not coded. The 'war' is a figure of speech and the 2023 scam losses are statistics."))

# 7 Hong Kong: petrol bombs at Sham Shui Po police station (Riots) + 41 arrested there (Strategic developments)
P = "2019-09-30"
s7a = "Radical protesters hurled petrol bombs at Sham Shui Po police station and set fire to barricades on nearby roads on Sunday night, as another weekend of anti-government unrest ended in running battles with riot police."
s7b = "Officers responded with tear gas and rubber bullets, and a Fire Services Department spokesman said five people, including a police constable, were taken to Caritas Medical Centre with injuries."
s7c = "Police said 41 people, the youngest aged 14, were arrested in Sham Shui Po for offences including unlawful assembly and possession of offensive weapons."
A(art(P, "Petrol bombs hurled at Sham Shui Po police station as weekend of unrest ends in clashes", "South China Morning Post", [
    s7a,
    "Black-clad demonstrators dug up bricks from pavements and used metal railings to block roads around the station from about 8pm, before throwing at least a dozen petrol bombs over its walls, according to a police source. " + s7b,
    s7c + " A force spokesman said officers had exercised restraint and accused protesters of \"trying to kill police officers\".",
    "\"We are just answering what they did to us all summer,\" said a 19-year-old protester wearing a gas mask, who gave only his surname, Chan.",
    "Shopkeepers along Cheung Sha Wan Road pulled down their shutters early, and MTR services were suspended at several stations.",
    "More than 1,500 people have been arrested since the protests, sparked by the now-withdrawn extradition bill, began in June. The Civil Human Rights Front has applied to hold a march on Tuesday, National Day, but police have yet to respond, and officials have warned of tight security for the celebrations.",
], [
    ev("Riots", "Violent demonstration", "Rioters (China)", 5, "Police Forces of China", 1, "China", "Hong Kong", "Sham Shui Po", 22.33, 114.16, 1, wd(P, "Sunday"),
       inj=5, evid=[s7a, s7b],
       note="Petrol bombs at the Sham Shui Po police station and burning barricades: violent demonstration; Hong Kong coded under China with admin1 Hong Kong. Five injured from the Fire Services Department, a neutral source."),
    ev("Strategic developments", "Arrests", "Police Forces of China", 1, "Rioters (China)", 5, "China", "Hong Kong", "Sham Shui Po", 22.33, 114.16, 1, wd(P, "Sunday"),
       evid=[s7c],
       note="Mass arrest of 41 people at the Sham Shui Po unrest: coded as Arrests by the codebook's rule on mass arrests at protests."),
], "Two events on Sunday in Sham Shui Po: the violent demonstration and the mass arrest. The 1,500 arrests since June are a tally and Tuesday's march is only applied for (future), not coded."))

# 8 Japan: typhoon lashes Kyushu (negative: natural disaster)
P = "2022-09-19"
A(art(P, "Typhoon Nanmadol batters Kyushu, leaving two dead and millions told to evacuate", "The Japan Times", [
    "KAGOSHIMA - Typhoon Nanmadol slammed into southern Japan on Sunday evening, unleashing torrential rain and winds that tore roofs off houses, snapped power lines and left at least two people dead, officials said Monday.",
    "The storm made landfall near the city of Kagoshima at around 7 p.m. with maximum gusts of 234 kph, according to the Japan Meteorological Agency, which had issued a rare special warning for the prefecture, its highest alert level.",
    "A man in his 60s was found dead in his car after it was swept into a flooded field in Miyazaki Prefecture, and another man died after being buried in a landslide that struck a shed, local authorities said. More than 60 people were injured across Kyushu, mostly by falling or being hit by flying debris.",
    "About 9 million residents were urged to evacuate at the height of the storm, and around 350,000 households were without power on Monday morning. Bullet train services between Hiroshima and Hakata were suspended, and hundreds of flights were canceled.",
    "\"The wind sounded like an explosion. The whole house was shaking and we spent the night in the hallway,\" said Yumiko Tanoue, 74, a resident of Kanoya.",
    "The typhoon was moving northeast along the Japanese archipelago and was expected to head out to sea east of Tohoku on Tuesday, the agency said.",
], [], "Typhoon deaths, injuries and evacuations: natural disaster, not coded; 'slammed', 'explosion' are weather words."))

# 9 Philippines, Negros Occidental: army-NPA clash in Kabankalan (Battles) + NPA torches road equipment in Himamaylan (Strategic developments)
P = "2022-08-15"
s9a = "Two suspected communist rebels were killed in a clash with government troops in a mountain village of Kabankalan City, Negros Occidental on Saturday, officials said."
s9b = "The Army's 94th Infantry Battalion, which put the rebel death toll at three, said soldiers on patrol came under fire from about 20 members of the New People's Army (NPA) and fought them for around 30 minutes."
s9c = "Barangay captain Romeo Dagohoy said residents found the bodies of two men in fatigues near the encounter site after the shooting stopped."
s9d = "On Friday night, about 15 armed men identifying themselves as NPA members torched a backhoe, a dump truck and a road grader at a farm-to-market road project in Himamaylan City, police said."
A(art(P, "2 NPA rebels killed in Negros clash; road equipment torched in Himamaylan", "The Philippine Star", [
    "BACOLOD CITY - " + s9a,
    s9b + " No soldier was hurt, the battalion said, and troops recovered two M16 rifles, a grenade launcher and subversive documents.",
    s9c + " \"The families here hid under their houses. We are used to it, but the children cried the whole time,\" he said.",
    s9d + " The workers, who were sleeping in a bunkhouse, were told to leave before the vehicles were doused with gasoline. Police said the attack was apparently carried out after the contractor refused to pay so-called revolutionary taxes.",
    "Negros island has remained one of the NPA's strongholds despite government claims that the rebel movement is weakening. The military said at least 30 rebels had surrendered in the province since January.",
    "The communist insurgency, which began in 1969, is among the longest-running in Asia. Peace talks collapsed in 2017, and the government has since designated the Communist Party of the Philippines and the NPA as terrorist organizations.",
], [
    ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "New People's Army", 2, "Philippines", "Western Visayas", "Kabankalan", 9.99, 122.81, 2, wd(P, "Saturday"),
       fat=2, claimed=[claim(3, 3, "Military Forces of the Philippines", "which put the rebel death toll at three")],
       evid=[s9a, s9b, s9c],
       note="Clash in a mountain village of Kabankalan City (village not named: precision 2). Fatalities 2 from the barangay captain's two bodies; the army's three is a party claim."),
    ev("Strategic developments", "Looting/property destruction", "New People's Army", 2, "Civilians (Philippines)", 7, "Philippines", "Western Visayas", "Himamaylan", 10.10, 122.87, 2, wd(P, "Friday"),
       evid=[s9d],
       note="NPA arson of a contractor's construction equipment at a road project in Himamaylan City, no one hurt: property destruction; the project site within the city's large territory taken as precision 2."),
], "Two events: Saturday's clash near Kabankalan and Friday's arson in Himamaylan. The surrender tally since January, the insurgency's history and the 2017 collapse of talks are background."))

# 10 Cambodia: Day of Remembrance at Choeung Ek (negative: anniversary of old violence)
P = "2023-05-21"
A(art(P, "Survivors recall Khmer Rouge horrors on Day of Remembrance", "The Phnom Penh Post", [
    "Hundreds of officials, monks, students and survivors gathered at the Choeung Ek Genocidal Centre on the outskirts of Phnom Penh on May 20 to mark the annual National Day of Remembrance for the victims of the Khmer Rouge regime.",
    "Students dressed in black re-enacted scenes of forced labour and executions in front of the memorial stupa, which holds thousands of skulls exhumed from the mass graves at the former killing field, while monks led prayers for the dead.",
    "\"My father and two brothers were taken away one night in 1977 and I never saw them again,\" said Chhim Sokha, 72, who travelled from Takeo province for the ceremony. \"I come every year so that the young people do not forget.\"",
    "An estimated 1.7 million people died from execution, starvation, overwork and disease under the Khmer Rouge, which ruled the country from April 1975 until January 1979, when it was driven from power by Vietnamese troops and Cambodian defectors.",
    "The UN-backed tribunal, the Extraordinary Chambers in the Courts of Cambodia, concluded its final case last year when it upheld the life sentence of former head of state Khieu Samphan. The court convicted only three senior leaders in its 16 years of work.",
    "Similar ceremonies were held at memorial sites in provinces across the country, the Ministry of Culture and Fine Arts said.",
], [], "Annual remembrance ceremony for Khmer Rouge victims, with re-enactments: commemoration, not a demonstration; the 1975-79 killings and the tribunal are history. Not coded."))

# 11 Thailand: War Elephants rout opponents in football (negative: sport in war words)
P = "2024-12-21"
A(art(P, "War Elephants trample Cambodia to march into semi-finals", "Bangkok Post", [
    "Thailand's War Elephants unleashed a relentless attack at Rajamangala Stadium on Friday night, crushing Cambodia 3-2 in a bruising encounter to seal their place in the semi-finals of the Asean Championship.",
    "Striker Suphanat Kaewmanee fired the hosts ahead after 11 minutes and the Thais laid siege to the Cambodian goal for most of the first half, hitting the woodwork twice before a second goal just before the break.",
    "Cambodia, who had been routed in their previous meeting with Thailand, refused to surrender. Their captain pulled one back on the hour from a corner, and a deflected shot in stoppage time set up a tense finish in front of nearly 30,000 fans.",
    "\"The players fought like soldiers tonight. We are not finished with this campaign,\" said the Thai coach at the post-match press conference, adding that his side would need to tighten up defensively before the next battle.",
    "Thailand are bidding to win the regional title for a record eighth time. They will face either Vietnam or the Philippines in a two-legged semi-final later this month.",
    "The War Elephants were without several first-team regulars, who are playing for clubs in Japan and Belgium and were not released for the tournament.",
], [], "Football report in war words (attack, siege, battle, campaign): sport, not coded. The crowd at the stadium is not a demonstration."))

# 12 South Korea, Seoul: impeachment rally in Yeouido and counter-rally in Gwanghwamun (2 x Protests)
P = "2024-12-08"
s12a = "Crowds that filled the streets around the National Assembly in Yeouido, western Seoul, on Saturday demanded the impeachment of President Yoon Suk Yeol, as lawmakers inside voted on a motion that ultimately failed for lack of a quorum."
s12b = "Police put the crowd at more than 100,000 at its peak, while the organizers, an alliance of civic groups and labor unions, claimed a far higher figure."
s12c = "Across the Han River, thousands of conservative demonstrators gathered at Gwanghwamun Square on Saturday afternoon for a rally by Christian and right-wing groups opposing the impeachment."
A(art(P, "Huge crowds rally for Yoon's impeachment as motion fails; rival rally held downtown", "The Korea Herald", [
    s12a,
    "Protesters waving K-pop light sticks and candles sang and chanted slogans from mid-afternoon into the night, with many staying on after the ruling party's lawmakers walked out of the chamber and the vote was scrapped. " + s12b,
    "\"I came with my daughter because I want her to see that citizens can defend democracy,\" said Park Eun-ji, 44, an office worker from Incheon.",
    s12c + " Participants waved South Korean and US flags and held placards accusing the opposition of trying to paralyze the government.",
    "Police deployed thousands of officers to keep the two groups apart, and no major clashes were reported.",
    "Yoon has faced mounting pressure to resign since his short-lived martial law bid. The main opposition Democratic Party said it would bring a new impeachment motion as early as this week, and civic groups have announced that rallies will continue every Saturday until the president leaves office.",
    "The scale of the gathering drew comparisons with the candlelight protests of 2016 and 2017, which led to the impeachment and removal of former President Park Geun-hye.",
], [
    ev("Protests", "Peaceful protest", "Protesters (South Korea)", 6, None, None, "South Korea", "Seoul", "Yeouido", 37.53, 126.92, 1, wd(P, "Saturday"),
       evid=[s12a, s12b],
       note="Mass peaceful rally around the National Assembly in Yeouido demanding the president's impeachment; no clashes reported."),
    ev("Protests", "Peaceful protest", "Protesters (South Korea)", 6, None, None, "South Korea", "Seoul", "Gwanghwamun Square", 37.57, 126.98, 1, wd(P, "Saturday"),
       evid=[s12c],
       note="Separate conservative counter-rally at Gwanghwamun Square the same day: a different place and different protesters, so a second event."),
], "Two peaceful rallies on Saturday in Seoul (Yeouido and Gwanghwamun). The martial law bid is mentioned without its own time; the weekly rallies announced and the 2016-17 candlelight protests are future and history, not coded."))

# 13 Indonesia: court jails three for helping 2021 Makassar cathedral bombers (negative: verdict on old violence)
P = "2022-01-19"
A(art(P, "Court jails three men for aiding Makassar cathedral suicide bombers", "The Jakarta Post", [
    "The East Jakarta District Court on Tuesday sentenced three men to between four and six years in prison for helping a couple who carried out a suicide bombing at the Sacred Heart of Jesus Cathedral in Makassar, South Sulawesi, last March.",
    "The panel of judges found the defendants, identified only by their initials as AS, MR and HK, guilty of concealing information about the plot and of taking part in religious study sessions in which the attack was discussed. Prosecutors had sought seven years for each.",
    "The newlywed couple blew themselves up at the cathedral's gate on Palm Sunday in March 2021, wounding at least 20 people, among them church security guards and members of the congregation. The bombers, who were killed, were linked to the Jamaah Ansharut Daulah (JAD) network, which has pledged allegiance to the Islamic State group.",
    "\"The defendants knew what was being prepared and chose to remain silent,\" presiding judge Hendra Wijaya said as he read out the verdict.",
    "Lawyers for the three men said they would consider an appeal, arguing that their clients had only attended religious gatherings and had no role in assembling the explosives.",
    "The police counterterrorism squad Densus 88 arrested dozens of suspected JAD members in South Sulawesi in the months after the bombing. Indonesia has suffered a series of attacks by militants since the 2002 Bali bombings, which killed 202 people.",
], [], "Sentencing of three men for aiding the March 2021 cathedral bombing: a court story about old violence, not coded. Densus 88's arrests 'in the months after' and the 2002 Bali bombings are old background."))

# 14 Papua New Guinea, Enga: tribal fight near Wabag (Battles)
P = "2024-07-11"
s14a = "Four men were killed and about a dozen houses burnt to the ground when fighting broke out between two tribes near Wabag town in Enga Province on Tuesday, provincial police said."
s14b = "Provincial police commander Superintendent Joseph Kanawi said warriors from the Lakae and Yambi tribes, some armed with high-powered rifles, clashed in the morning in a long-running dispute over land and continued fighting until early afternoon."
s14c = "Three others were taken to Wabag General Hospital with gunshot wounds and were in a stable condition, hospital staff said."
A(art(P, "Four killed as tribal fight erupts near Wabag", "Post-Courier", [
    "WABAG: " + s14a,
    s14b,
    s14c,
    "Supt Kanawi said a police mobile squad unit would be sent from Mt Hagen to restore order and urged leaders of both tribes to surrender their weapons. \"The police cannot be everywhere. The leaders must take responsibility for their young men,\" he said.",
    "Residents said classes at a nearby primary school had been suspended and that families from both sides had fled to relatives in other villages.",
    "Enga has been plagued by tribal fighting for years, fuelled by disputes over land and the spread of factory-made guns. In February, more than two dozen men were killed in an ambush near Wapenamanda, one of the worst outbreaks of violence in the province in recent memory. The Government has since promised to increase the number of police and soldiers in the Highlands.",
], [
    ev("Battles", "Armed clash", "Lakae Tribal Militia (Papua New Guinea)", 4, "Yambi Tribal Militia (Papua New Guinea)", 4, "Papua New Guinea", "Enga", "Wabag", -5.49, 143.72, 2, wd(P, "Tuesday"),
       fat=4, inj=3, evid=[s14a, s14b, s14c],
       note="Tribal fight near Wabag (precision 2) between two named tribes coded as identity militias (4); police are not a party here, so their four dead count; three injured from hospital staff."),
], "One event: Tuesday's tribal clash near Wabag. The February ambush near Wapenamanda is older background and the mobile squad deployment is a plan; not coded."))

# 15 Vietnam, Nghe An: police seize drugs after armed standoff (negative: drug crime, police shooting of suspects)
P = "2020-10-06"
A(art(P, "Police seize 60 kg of meth in Nghe An after gunfight with traffickers", "VnExpress International", [
    "Police in the central province of Nghe An have seized 60 kilograms of methamphetamine and 20,000 heroin bricks after a gunfight with a drug ring in a border district, killing one suspect and arresting two others.",
    "The ring, led by a 39-year-old man from Ky Son District, had been smuggling narcotics from Laos into Vietnam through forest trails for at least two years, the Ministry of Public Security said on Monday.",
    "When a joint task force surrounded a house in a mountainous hamlet on Sunday, the suspects opened fire with an AK-47 rifle and threw a hand grenade, which failed to explode, according to the ministry. Officers returned fire, killing one man, while two others were detained as they tried to flee into the forest.",
    "Police also found three handguns, more than 200 bullets and VND400 million ($17,200) in cash in the house.",
    "\"Drug traffickers in the border areas are increasingly armed and ready to fight to the death,\" said Colonel Nguyen Van Hai, head of the provincial police's anti-narcotics unit.",
    "Nghe An, which shares a 468-km border with Laos, is one of the main transit points for drugs entering Vietnam from the Golden Triangle. Trafficking 600 grams or more of heroin or 2.5 kilograms or more of methamphetamine is punishable by death in Vietnam.",
], [], "Drug bust with a police shooting of an armed trafficker: drug crime and a police shooting of criminal suspects, both out of scope. Not coded."))

# 16 Myanmar: three years after the coup (negative: analysis, no new dated event)
P = "2024-02-01"
A(art(P, "Three years after the coup, a war the junta cannot win and will not end", "Frontier Myanmar", [
    "When the military seized power on February 1, 2021, its leaders appeared to believe that a few weeks of crackdowns would be enough to quell opposition. Three years later, the regime is fighting on more fronts than at any time in decades, and its grip on the country's borderlands is slipping.",
    "The turning point came in late October, when the Three Brotherhood Alliance launched Operation 1027 in northern Shan State. Within weeks the alliance had overrun hundreds of military positions and several towns along the border with China, and resistance forces in Sagaing, Chin, Kayah and Rakhine opened new offensives of their own.",
    "The regime has responded as it has since the coup: with air power. Monitoring groups have recorded hundreds of air strikes on villages, schools, clinics and monasteries over the past year, and the UN estimates that more than 2.6 million people are now displaced across the country.",
    "\"The military is losing territory, but it has not lost the ability to punish civilians,\" said a Yangon-based analyst who asked not to be named for security reasons. \"That is what makes this war so long and so bloody.\"",
    "A China-brokered truce for northern Shan, reached after weeks of talks, has largely held, but fighting continues elsewhere, and few observers expect the regime to agree to the talks demanded by the National Unity Government.",
    "For ordinary people, the anniversary is a reminder of how much has been lost. Prices have soared, the kyat has collapsed and young men are leaving the country in their thousands.",
], [], "Anniversary analysis: Operation 1027 (October), the undated northern Shan truce and air-strike and displacement tallies carry no new dated event within two weeks; not coded."))

# 17 Bangladesh, Rohingya camps: ARSA-RSO gunfight at Kutupalong (Battles) + ARSA commander arrested in Balukhali (Strategic developments)
P = "2023-10-12"
s17a = "Three Rohingya men were killed on Tuesday when members of the Arakan Rohingya Salvation Army (ARSA) and the rival Rohingya Solidarity Organisation (RSO) fought a gun battle inside Camp 4, part of the Kutupalong refugee settlement in Ukhiya, police said."
s17b = "The shooting broke out shortly after dawn and lasted nearly an hour, according to an officer of the Armed Police Battalion (APBn), which is responsible for security in the camps."
s17c = "On Wednesday, APBn personnel arrested a man they described as a local ARSA commander during a raid in the Balukhali camp, seizing a locally made pistol and five rounds of ammunition, the battalion said in a statement."
A(art(P, "Three killed as rival Rohingya armed groups clash in Cox's Bazar camp", "BenarNews", [
    "COX'S BAZAR, Bangladesh - " + s17a,
    s17b + " The three dead, aged between 22 and 35, had gunshot wounds to the head and chest, the officer said, speaking on condition of anonymity because he was not authorized to talk to the media.",
    "A refugee who lives near the scene said families had locked themselves inside their bamboo shelters as gunmen ran through the alleys. \"Nobody sleeps at night any more. We are afraid of both groups,\" said Mohammad Rafiq, 41.",
    s17c + " The suspect was being questioned over his alleged role in earlier killings in the camps.",
    "ARSA and the RSO have been fighting for control of the camps, which shelter nearly a million Rohingya, many of whom fled a military crackdown in Myanmar's Rakhine state in 2017. More than 60 Rohingya have been killed in violence in the camps so far this year, according to police figures.",
    "The killing of prominent Rohingya leader Mohib Ullah in September 2021, which police blamed on ARSA, marked the start of a sharp rise in violence in the settlements.",
], [
    ev("Battles", "Armed clash", "Arakan Rohingya Salvation Army", 2, "Rohingya Solidarity Organisation", 2, "Bangladesh", "Chittagong", "Kutupalong", 21.21, 92.16, 2, wd(P, "Tuesday"),
       fat=3, evid=[s17a, s17b],
       note="Gun battle between ARSA and the RSO in Camp 4 of the Kutupalong settlement (a camp of the settlement: precision 2); three dead from the police, who are not a party to this fight."),
    ev("Strategic developments", "Arrests", "Police Forces of Bangladesh", 1, "Arakan Rohingya Salvation Army", 2, "Bangladesh", "Chittagong", "Balukhali", 21.17, 92.16, 2, wd(P, "Wednesday"),
       evid=[s17c],
       note="APBn (a police battalion) arrests an alleged ARSA commander in Balukhali camp: arrest of a militant, coded. Balukhali coordinates approximate."),
], "Two events: Tuesday's ARSA-RSO gun battle and Wednesday's arrest. The year's tally of camp killings, the 2017 exodus and Mohib Ullah's 2021 killing are background, not coded."))

# 18 Japan: record defense budget (negative: military budget)
P = "2023-12-23"
A(art(P, "Cabinet approves record ¥7.95 trillion defense budget as counterstrike buildup gathers pace", "The Japan Times", [
    "The Cabinet on Friday approved a record ¥7.95 trillion defense budget for fiscal 2024, the second year of a five-year plan to massively expand the country's military capabilities in the face of what the government calls the most severe security environment since World War II.",
    "The draft budget, up 16.5% from the current fiscal year, includes funds for the mass production of long-range missiles capable of striking enemy bases, as well as for the development of a next-generation fighter jet with Britain and Italy.",
    "Some ¥734 billion has been set aside for stand-off missiles, including upgraded Type 12 surface-to-ship missiles with a range of around 1,000 kilometers, while funds were also earmarked to strengthen ammunition stockpiles and to harden bases against attack.",
    "\"The budget is designed to show potential adversaries that an attack on Japan would come at an unacceptable cost,\" said Kenji Matsuura, a professor of security studies at a private university in Tokyo.",
    "The government has pledged to raise spending on defense and related areas to 2% of gross domestic product by fiscal 2027, a level in line with NATO members. How to pay for the increase remains contentious, with plans for tax hikes repeatedly postponed.",
    "The buildup comes as China expands its military activities near Japan and North Korea continues to test ballistic missiles, several of which have landed in waters within Japan's exclusive economic zone in recent years.",
], [], "Defense budget and weapons procurement: not political violence. North Korea's missile tests are mentioned only in general; not coded."))

# 19 Malaysia, Johor Bahru: armed robbery at a jewellery shop (negative: ordinary crime)
P = "2018-08-29"
A(art(P, "Armed robbers smash their way into Johor Baru goldsmith, flee with RM300,000 in jewellery", "The Star", [
    "JOHOR BARU: Four masked men armed with parang and what appeared to be a pistol raided a goldsmith shop in Taman Johor Jaya on Tuesday, escaping with jewellery worth about RM300,000.",
    "Johor Baru Selatan OCPD Asst Comm Mohd Fauzi Rashid said the robbers arrived in a black Honda City at about 11.30am and smashed the glass display cases with hammers while one of them pointed the gun at the shop's three employees.",
    "\"The whole robbery took less than two minutes. One of the workers suffered cuts to his arm when he was pushed against the broken glass,\" he said, adding that the car was later found abandoned in Pasir Gudang.",
    "Police believe the suspects are part of a gang responsible for at least three similar robberies in Johor and Melaka this year, and are studying CCTV footage from the shopping area.",
    "A trader in the same row of shops said business owners were frightened. \"We heard the screams and then the sound of glass breaking. By the time we came out, they were already gone,\" said the 52-year-old, who wanted to be known only as Lim.",
    "The case is being investigated under Section 395 of the Penal Code for gang robbery, which carries a jail term of up to 20 years and whipping. Anyone with information is urged to contact the nearest police station.",
], [], "Armed gang robbery of a goldsmith: ordinary crime, not coded."))

# 20 Cambodia, Phnom Penh: ex-CNRP activists arrested in Chamkarmon (Strategic developments) + garment workers' protest in Por Senchey (Protests)
P = "2021-09-15"
s20a = "Police on Monday arrested four former activists of the court-dissolved Cambodia National Rescue Party at a coffee shop in Phnom Penh's Chamkarmon district, accusing them of plotting to incite social unrest through Facebook posts, their lawyer said."
s20b = "Separately, some 400 workers from a garment factory in Por Senchey district gathered outside its gates on Tuesday morning and blocked part of Veng Sreng Boulevard for two hours, demanding wages they said had not been paid since the factory suspended operations in July."
s20c = "The workers dispersed peacefully at around 11am after district officials agreed to mediate talks with the factory's owners."
A(art(P, "Four former CNRP activists arrested; garment workers block road over unpaid wages", "The Phnom Penh Post", [
    s20a,
    "Lawyer Sam Chamroeun said the four, all in their 30s, had shared posts criticising government policy and calling for the release of jailed opposition figures. \"They only expressed opinions. This is not incitement,\" he said. A municipal police spokesman confirmed the arrests but declined to give details, saying the case was now in the hands of the court.",
    "Rights groups say more than 60 former CNRP members and supporters are in prison, many of them convicted in mass trials last year. The party was dissolved by the Supreme Court in November 2017 after its leader was arrested on treason charges.",
    s20b + " " + s20c,
    "\"We have families and rent to pay. We cannot wait any longer,\" said one of the workers, Srey Pov, 34.",
    "Garment workers in the same area were at the centre of violent protests in January 2014, when military police opened fire on a wage demonstration on Veng Sreng Boulevard, killing at least five people.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Cambodia", 1, "Cambodia National Rescue Party", 3, "Cambodia", "Phnom Penh", "Chamkarmon", 11.55, 104.92, 1, wd(P, "Monday"),
       evid=[s20a],
       note="Arrest of four former opposition activists: arrests of political activists are coded; the dissolved party coded as actor2 with inter 3 (Civilians, 7, is the alternative: borderline)."),
    ev("Protests", "Peaceful protest", "Protesters (Cambodia)", 6, None, None, "Cambodia", "Phnom Penh", "Por Senchey", 11.53, 104.85, 2, wd(P, "Tuesday"),
       evid=[s20b, s20c],
       note="Wage protest and road blockade by garment workers outside their factory in Por Senchey district (a district: precision 2, coordinates approximate); dispersed peacefully."),
], "Two events: Monday's arrests and Tuesday's workers' protest. The tally of jailed CNRP members, the 2017 dissolution and the January 2014 Veng Sreng shootings are background, not coded."))
