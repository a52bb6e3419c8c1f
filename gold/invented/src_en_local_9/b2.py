# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Turkey: PKK attack on an outpost in Şemdinli + detentions of HDP officials in Diyarbakır (2 events)
P = "2020-06-16"
s21a = "Two Turkish soldiers were killed and one was wounded when PKK militants opened fire on a military outpost in a rural area of Hakkari’s Şemdinli district on Sunday, the Hakkari governor’s office said."
s21b = "The National Defense Ministry later said that six militants had been “neutralized” in an operation launched in the area after the attack."
s21c = "In a separate development, police detained 12 people, among them two district co-chairs of the pro-Kurdish Peoples’ Democratic Party (HDP), in dawn raids in Diyarbakır on Tuesday, the state-run Anadolu Agency reported."
s21d = "The Diyarbakır Chief Prosecutor’s Office said the suspects were accused of “membership of a terrorist organization” over social media posts and their attendance at funerals of PKK militants."
A(art(P, "Two soldiers killed in PKK attack in Hakkari; HDP officials detained in Diyarbakır", "Hürriyet Daily News", [
    s21a + " The wounded soldier was airlifted to a hospital in Van, where his condition was said to be stable.",
    s21b + " The ministry uses the term to refer to militants who are killed, captured or surrender.",
    "The ministry said in a statement that air-supported operations against the PKK in the mountainous border region with Iraq would continue “until the last terrorist is neutralized.” Funerals for the two soldiers will be held in their hometowns on Wednesday.",
    s21c + " " + s21d,
    "The HDP condemned the detentions as “political operations” meant to intimidate its members and said the party would not be silenced. Since 2016, dozens of HDP mayors in the country’s southeast have been removed from office and replaced with state-appointed trustees.",
    "The PKK, listed as a terrorist organization by Turkey, the United States and the European Union, has waged an insurgency against the Turkish state since 1984. More than 40,000 people have been killed in the conflict.",
], [
    ev("Battles", "Armed clash", "PKK: Kurdistan Workers' Party", 2, "Military Forces of Turkey", 1, "Turkey", "Hakkari", "Şemdinli", 37.3050, 44.5731, 2, wd(P, "Sunday"),
       fat=2, inj=1, claimed=[claim(6, 6, "Military Forces of Turkey", "six militants had been “neutralized”")],
       evid=[s21a, s21b],
       note="PKK attack on an outpost in a rural area of Şemdinli district (precision 2); two soldiers dead and one wounded per the governor's office (own losses, taken as credible). The ministry's six 'neutralized' (killed, captured or surrendered) is a claim; the follow-up operation, undated and in the same area against the same side, is folded in."),
    ev("Strategic developments", "Arrests", "Police Forces of Turkey", 1, "Civilians (Turkey)", 7, "Turkey", "Diyarbakır", "Diyarbakır", 37.9144, 40.2306, 1, P,
       evid=[s21c, s21d],
       note="Dawn raids detaining 12 people including two HDP district co-chairs: arrests of political figures. 'In Diyarbakır' taken as the city (borderline: could be the province)."),
], "Two events: Sunday's PKK attack in Şemdinli and Tuesday's detentions in Diyarbakır. Wednesday's funerals are future; the insurgency toll since 1984 and trustee removals since 2016 are background."))

# 22 Turkey: appeals ruling in the 2015 Ankara station bombing case (negative: court over an old bombing)
P = "2020-02-20"
A(art(P, "Appeals court upholds life sentences in Ankara train station bombing case", "Hürriyet Daily News", [
    "Turkey’s Court of Cassation has upheld the aggravated life sentences handed to nine defendants over the twin suicide bombings outside Ankara’s main train station in October 2015, the deadliest terror attack in the country’s modern history, lawyers for the victims’ families said on Wednesday.",
    "More than 100 people were killed when two suicide bombers linked to the Islamic State of Iraq and the Levant (ISIL) blew themselves up among crowds gathering for a peace rally organized by labour unions and leftist groups on Oct. 10, 2015.",
    "An Ankara court sentenced the nine defendants in 2018 for “attempting to overthrow the constitutional order” and for each of the deaths. The appeals court rejected their objections but sent the cases of several other defendants back to the lower court for a retrial.",
    "“This ruling is important, but the question of how the bombers could reach the rally despite the intelligence warnings has never been answered,” a lawyer representing families told reporters outside the courthouse.",
    "Families of the victims have long accused the authorities of negligence, saying that police and intelligence services had been tracking members of the cell for months. A separate investigation into public officials was dropped.",
    "Relatives and survivors gather at the station every year on the anniversary of the attack, often under a heavy police presence.",
], [], "Appeals ruling on the 2015 bombing: an old attack as the backdrop of a court story; the yearly anniversary gathering is habitual, not dated. Not coded."))

# 23 Brazil: gunmen attack Guarani Kaiowá camp in Douradina (1 event)
P = "2024-08-06"
s23a = "Armed men attacked a camp of Guarani Kaiowá Indigenous people on disputed farmland in Douradina, Mato Grosso do Sul, on Sunday, firing at families and setting fire to shacks, according to the federal Ministry of Indigenous Peoples."
s23b = "Ten Indigenous people were injured, one of them with a gunshot wound to the head, the Special Secretariat for Indigenous Health (Sesai) said."
A(art(P, "Gunmen attack Guarani Kaiowá camp in Mato Grosso do Sul, injuring ten", "The Brazilian Report", [
    s23a + " " + s23b,
    "The Guarani Kaiowá had moved onto the land, which lies inside the Panambi–Lagoa Rica Indigenous territory, in July, saying that their ancestors had been expelled from it decades ago. The territory was identified by the federal Indigenous affairs agency Funai in 2011, but its demarcation has never been completed.",
    "The Federal Police said they had opened an investigation and that officers of the National Public Security Force had been sent to the area to prevent further violence. No arrests had been made by Monday night.",
    "A local rural producers’ union denied that its members had been involved and said the Indigenous families had “invaded” private property, adding that farmers had the right to defend their land within the law.",
    "The Indigenist Missionary Council (Cimi), a Catholic Church-linked organization, said the attack was a consequence of the legal uncertainty created by the “marco temporal” law, which Congress passed last year to limit Indigenous land claims despite a Supreme Court ruling against the thesis.",
    "Mato Grosso do Sul, a major soy and cattle producer, has one of the highest rates of violence against Indigenous people in Brazil, according to Cimi’s annual reports.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Brazil)", 3, "Civilians (Brazil)", 7, "Brazil", "Mato Grosso do Sul", "Douradina", -22.0333, -54.6000, 2, wd(P, "Sunday"),
       inj=10,
       evid=[s23a, s23b],
       note="Armed men shot at and burned an Indigenous camp on disputed farmland in Douradina municipality (rural: precision 2); identity conflict over land. Perpetrators unidentified (the farmers' union denies involvement). Ten injured per Sesai; no death reported, fatalities null."),
], "One event: Sunday's attack on the Guarani Kaiowá camp. The land dispute, the 2023 law and Cimi's annual figures are background."))

# 24 Colombia, Bogotá: police kill suspected robber (negative: police shooting of a criminal suspect)
P = "2023-05-09"
A(art(P, "Police kill suspected robber after shootout in Bogotá’s Kennedy", "Colombia Reports", [
    "A police officer shot dead a suspected robber who opened fire on a patrol after holding up a pharmacy in the Kennedy district of southwestern Bogotá on Monday afternoon, the Metropolitan Police said.",
    "According to the police, two men on a motorcycle robbed the pharmacy at gunpoint and fled with cash and mobile phones. A motorized patrol that had been alerted by the shop’s staff chased them through several streets until the passenger turned and fired at the officers.",
    "One officer returned fire, fatally wounding the man, who was later identified as a 23-year-old Venezuelan national with previous arrests for theft. The driver escaped and police said they were searching for him. No officers were injured.",
    "“The officer acted in legitimate defense of his life and of the lives of the citizens who were on the street at that moment,” the commander of the Bogotá Metropolitan Police told reporters. The Attorney General’s Office said it had opened a routine investigation into the shooting.",
    "Robberies of shops and pedestrians are among residents’ main security concerns in the capital. City Hall figures show that reported robberies of businesses rose by more than 10 percent in the first quarter of the year compared with the same period of 2022.",
], [], "Police shooting of an armed robbery suspect: ordinary crime, out of scope. The robbery statistics are aggregate. Not coded."))

# 25 Armenia: border shooting near Sotk wounds a soldier (1 event)
P = "2023-08-02"
s25a = "An Armenian soldier was wounded on Tuesday when Azerbaijani forces opened fire on Armenian army positions near the village of Sotk in Gegharkunik province, the Armenian Defense Ministry said."
s25b = "Azerbaijan’s Defense Ministry denied the claim and said its troops had returned fire after Armenian units shot at Azerbaijani positions in the Kalbajar district."
s25c = "The soldier was taken to the medical centre in Vardenis with a gunshot wound and was in stable condition, the centre’s director told CivilNet."
A(art(P, "Soldier wounded as shooting resumes on Armenia-Azerbaijan border near Sotk", "CivilNet", [
    s25a,
    s25b + " Each side accused the other of trying to escalate tensions ahead of a new round of peace talks.",
    s25c,
    "The European Union Mission in Armenia, whose unarmed observers patrol the Armenian side of the border, said it was aware of the reports and would send a patrol to the area. Residents of Sotk said they had heard automatic gunfire for about an hour in the afternoon.",
    "The Sotk area was one of the main flashpoints of the fighting in September 2022, when Azerbaijani forces advanced into Armenian territory in clashes that killed about 300 soldiers on both sides. Shooting incidents along the border have continued despite the peace process.",
    "The shooting came as Azerbaijan’s checkpoint on the Lachin corridor continued to block the passage of food and medicine into Nagorno-Karabakh, a move Armenia has described as a humanitarian blockade.",
], [
    ev("Battles", "Armed clash", "Military Forces of Azerbaijan", 8, "Military Forces of Armenia", 1, "Armenia", "Gegharkunik", "Sotk", 40.2000, 45.9500, 2, wd(P, "Tuesday"),
       inj=1,
       evid=[s25a, s25b, s25c],
       note="Exchange of fire on the border near Sotk: both ministries say shooting took place, each blaming the other, so coded as a clash with Azerbaijan (foreign forces in Armenia, 8) as actor1 per the side where the casualty fell (borderline on place and initiator). One wounded per the Vardenis medical centre; no death reported, fatalities null."),
], "One event: Tuesday's border shooting near Sotk. The September 2022 fighting and the Lachin blockade are background."))

# 26 Turkey: earthquake in Malatya (negative: natural disaster)
P = "2023-08-11"
A(art(P, "Magnitude 5.3 quake shakes Malatya, injuring 23", "Hürriyet Daily News", [
    "A magnitude 5.3 earthquake struck Malatya’s Yeşilyurt district on Thursday evening, injuring 23 people and damaging buildings already weakened by the devastating earthquakes that hit southern Türkiye in February, the Disaster and Emergency Management Presidency (AFAD) said.",
    "Most of the injured were hurt when they jumped from balconies or fell while fleeing their homes in panic, the Health Ministry said. None of them was in a life-threatening condition.",
    "Several damaged buildings that had been evacuated after the February quakes collapsed, but no one was inside, officials said. Residents spent the night in tents and parked cars, fearing aftershocks.",
    "“We have not recovered from the first disaster yet. The children started crying as soon as the shaking began,” said a woman who was sitting with her family in a park in the city center.",
    "AFAD said more than 20 aftershocks had been recorded and that search and rescue teams had been sent to villages near the epicenter. Schools in the district will remain closed on Friday for inspections.",
    "The Feb. 6 earthquakes killed more than 50,000 people in Türkiye and thousands more in neighboring Syria. Malatya was among the 11 provinces declared disaster zones.",
], [], "Earthquake: natural disaster, out of scope. Not coded."))

# 27 Lebanon: Israeli drone strike on a car in Bint Jbeil (1 event)
P = "2025-04-08"
s27a = "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed one person on Monday, Lebanon’s Health Ministry said, despite a ceasefire that has been in force since late November."
s27b = "The Israeli military said it had targeted a Hezbollah operative who was “attempting to re-establish” the group’s infrastructure in the area."
s27c = "Hezbollah-affiliated Al Manar television later identified the dead man as a member of the group."
A(art(P, "Israeli drone strike kills one in south Lebanon despite truce", "The National", [
    s27a,
    s27b + " " + s27c,
    "Lebanon’s presidency condemned the strike as a “flagrant violation” of the ceasefire and called on the United States and France, which sponsor the truce, to pressure Israel to halt its attacks and withdraw from five hilltop positions it still holds inside Lebanon.",
    "Under the agreement that ended more than a year of hostilities between Israel and Hezbollah, the group was to withdraw its fighters and weapons from the area south of the Litani river, where the Lebanese army has been deploying.",
    "Israel has carried out near-daily strikes in Lebanon since the truce, killing dozens of people, according to the Health Ministry. Last month, it struck Beirut’s southern suburbs for the first time since the ceasefire after rockets were fired from Lebanon.",
    "Residents of Bint Jbeil said the car was hit on the main road near the town’s market. “People are trying to rebuild, and then the drones come back,” a shop owner said by phone.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Hezbollah", 3, "Lebanon", "Nabatieh", "Bint Jbeil", 33.1197, 35.4333, 1, wd(P, "Monday"),
       fat=1,
       evid=[s27a, s27b, s27c],
       note="Drone strike on a car in Bint Jbeil; one dead per the Health Ministry; the target's Hezbollah membership confirmed by Hezbollah-affiliated media. Hezbollah's inter code 3 is a choice (borderline, 2 is arguable)."),
], "One event: Monday's drone strike in Bint Jbeil. Last month's strike on Beirut's suburbs and the rockets are older background; the post-truce toll is aggregate."))

# 28 UAE: food delivery price war (negative: business in war words)
P = "2023-03-14"
A(art(P, "Delivery apps go on the attack as UAE price war heats up", "The National", [
    "The battle for the UAE’s fast-growing food delivery market intensified this week as a new entrant launched an aggressive offensive against the market leaders, slashing fees and promising deliveries in under 20 minutes across Dubai and Abu Dhabi.",
    "The company said it would charge restaurants a commission of 15 percent for the first six months, roughly half the rate charged by established platforms, and would waive delivery fees for customers on orders above Dh30.",
    "“We are not here to take a small share. We are here to win,” the start-up’s chief executive told The National in an interview at its Dubai headquarters.",
    "Rival apps responded within hours with counterattacks of their own, rolling out discount codes and loyalty programmes. Analysts warned that the price war could claim casualties among smaller players that lack the funding to sustain losses.",
    "The UAE food delivery market was worth about $4 billion last year and is expected to grow by more than 10 percent annually, according to a consultancy. Restaurants have long complained that high commissions eat into their margins.",
    "“The real victims of these wars are often the riders, whose pay is cut when platforms try to save money,” a labour researcher based in Dubai said.",
], [], "Business competition described as a 'battle', 'offensive', 'counterattacks' and 'casualties'. Out of scope; not coded."))

# 29 Ecuador: gang clash inside the Litoral Penitentiary, Guayaquil (1 event)
P = "2023-03-10"
s29a = "At least six inmates were killed and eight injured in a clash between rival gangs at the Litoral Penitentiary in Guayaquil on Thursday, Ecuador’s prison authority SNAI said."
s29b = "Police said the fighting broke out in Pavilion 5 between members of Los Lobos and Los Choneros, the country’s two largest criminal groups, which are fighting over control of the prison and of drug trafficking routes to the Pacific ports."
A(art(P, "Six inmates killed in gang clash at Ecuador’s Litoral prison", "MercoPress", [
    s29a,
    s29b,
    "Inmates used firearms, knives and explosives that had been smuggled into the prison, officials said. Police and soldiers entered the pavilion and regained control after about four hours. Relatives gathered outside the prison gates waiting for news.",
    "“These criminal groups are fighting a war for territory, and the prisons are their headquarters,” the head of the National Police’s prison security unit told reporters. The government said it would transfer the gang leaders involved to a maximum-security facility.",
    "More than 400 inmates have been killed in Ecuador’s prisons since 2021, including 119 in a single massacre at the same prison in September of that year. Human rights groups say the state has lost control of the overcrowded penitentiary system.",
    "Guayaquil, Ecuador’s largest city and main port, has also seen a sharp rise in murders and extortion as the gangs compete for control of cocaine shipments to Europe and the United States.",
], [
    ev("Battles", "Armed clash", "Los Lobos", 3, "Los Choneros", 3, "Ecuador", "Guayas", "Guayaquil", -2.1894, -79.8891, 1, wd(P, "Thursday"),
       fat=6, inj=8,
       evid=[s29a, s29b],
       note="Gang war: Los Lobos and Los Choneros fought inside the Litoral Penitentiary (Guayaquil); SNAI's six dead and eight injured. The police and army retaking the pavilion is folded in, not a separate event."),
], "One event: Thursday's gang clash in the Litoral Penitentiary. The 2021 massacre and the prison toll since 2021 are old and aggregate; the transfer plan is future."))

# 30 Peru: dengue outbreak (negative: disease)
P = "2023-06-07"
A(art(P, "Dengue death toll passes 300 as Peru battles worst outbreak on record", "Peru Reports", [
    "More than 300 people have died of dengue in Peru this year, the Health Ministry said on Tuesday, as the country struggles with the worst outbreak of the mosquito-borne disease since records began.",
    "The ministry has registered more than 170,000 cases since January, most of them in the northern regions of Piura, Lambayeque and Tumbes, where heavy rains linked to a coastal El Niño left pools of standing water in which mosquitoes breed.",
    "Hospitals in Piura have set up tents in their courtyards to cope with the number of patients, and the regional health directorate said it was running short of platelets for transfusions. The government has declared a health emergency in 18 regions and sent soldiers to help fumigate homes.",
    "“We are fighting a war against the mosquito, house by house,” the health minister said during a visit to Sullana. Critics said the authorities had been slow to respond, noting that the previous minister had resigned over the handling of the outbreak.",
    "Experts warned that cases could rise again later in the year if the El Niño phenomenon strengthens, and urged residents to cover water containers and use repellent.",
], [], "Disease outbreak: out of scope. The soldiers' fumigation is not a military action. Not coded."))

# 31 Syria: SNA-SDF clashes near the Tishreen Dam, Turkish drone strike, Qamishli march (3 events)
P = "2025-01-21"
s31a = "Fighters of the Turkish-backed Syrian National Army (SNA) attacked positions of the Syrian Democratic Forces (SDF) near the Tishreen Dam on Sunday, sparking clashes that lasted into the night, according to the SDF and a war monitor."
s31b = "The UK-based Syrian Observatory for Human Rights (SOHR) said nine fighters were killed, five of them from the SNA."
s31c = "The SDF said its fighters had repelled the assault and killed 23 attackers."
s31d = "On Monday, a Turkish drone struck a minibus carrying civilians on a road near the dam, killing two people and injuring 11, the Kurdish Red Crescent said."
s31e = "SOHR also put the death toll at two."
s31f = "In Qamishli, thousands of people marched on Monday to condemn the Turkish strikes and to call for international protection for the Kurdish-led region."
A(art(P, "Clashes rage near Tishreen Dam as Turkish drone strike kills two civilians", "Kurdistan24", [
    s31a + " " + s31b + " " + s31c,
    s31d + " " + s31e + " Turkey’s Defense Ministry said its forces only targeted “terrorists” and took care to avoid harming civilians.",
    "The dam on the Euphrates river, about 100 kilometers east of Aleppo, has been the scene of heavy fighting since SNA factions captured the nearby city of Manbij in December, shortly after the fall of Bashar al-Assad’s government.",
    s31f + " Marchers carried photos of fighters and civilians killed in the fighting and banners criticizing the silence of the international coalition.",
    "An SDF official told Kurdistan24 that talks with the new authorities in Damascus on the future of northeast Syria were continuing, but that no agreement was possible while Turkey and its proxies pursued their offensive.",
    "Ankara considers the People’s Protection Units (YPG), the backbone of the SDF, to be an extension of the PKK and has demanded that the group be dissolved.",
], [
    ev("Battles", "Armed clash", "SNA: Syrian National Army", 2, "SDF: Syrian Democratic Forces", 2, "Syria", "Aleppo", "Tishreen Dam", 36.3808, 38.1839, 2, wd(P, "Sunday"),
       fat=9, claimed=[claim(23, 23, "SDF: Syrian Democratic Forces", "killed 23 attackers")],
       evid=[s31a, s31b, s31c],
       note="SNA assault on SDF positions near the Tishreen Dam (no town: precision 2); SOHR's nine dead is the toll, the SDF's 23 a party claim. SNA inter 2 (Turkish-backed opposition) is a choice."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8, "Civilians (Syria)", 7, "Syria", "Aleppo", "Tishreen Dam", 36.3808, 38.1839, 2, wd(P, "Monday"),
       fat=2, inj=11,
       evid=[s31d, s31e],
       note="Turkish drone strike on a civilian minibus near the dam; two dead (Kurdish Red Crescent and SOHR agree), 11 injured. Turkey's statement is a general denial, not specific; the strike is treated as having happened."),
    ev("Protests", "Peaceful protest", "Protesters (Syria)", 6, None, None, "Syria", "Al-Hasakeh", "Qamishli", 37.0500, 41.2167, 1, wd(P, "Monday"),
       evid=[s31f],
       note="March of thousands in Qamishli against the Turkish strikes."),
], "Three events: Sunday's clash near the Tishreen Dam, Monday's drone strike there and Monday's march in Qamishli. The capture of Manbij in December is older background; the talks with Damascus are not an agreement."))

# 32 Syria: opinion column (negative: analysis)
P = "2025-02-20"
A(art(P, "Syria’s new rulers must win the battle for trust, not just territory", "Arab News", [
    "Ten weeks after the fall of the Assad regime, Syria’s new authorities have won the war but not yet the peace. The speed with which the old regime collapsed in December surprised almost everyone, including, it seems, those who now govern from Damascus.",
    "The challenges ahead are enormous. More than half the population depends on aid, the currency has lost most of its value and entire neighborhoods of Homs, Aleppo and the Damascus suburbs lie in ruins. Reconstruction will cost hundreds of billions of dollars that no single donor can provide.",
    "The lifting of Western sanctions is a necessary first step, but it will not be enough. Investors will not return to a country where armed factions still control roads and checkpoints, and where the question of who will command the army has not been settled.",
    "Nor can the new leadership afford to ignore the grievances of minorities. The Alawites of the coast, the Druze of Sweida and the Kurds of the northeast all fear that they will be punished collectively for the crimes of the old regime or excluded from the new order. Reports of revenge killings in some villages, if left unaddressed, could ignite a new cycle of violence.",
    "Arab states have an important role to play. By engaging early, and by tying their support to an inclusive political process, they can help ensure that Syria does not become another Libya.",
    "The writer is a political analyst and former diplomat based in Riyadh.",
], [], "Opinion column: the fall of the regime (December) is old, and the 'revenge killings' are undated and unplaced. Nothing coded."))

# 33 Georgia: water cannon at Tbilisi protest + arrest of opposition official in Batumi (2 events)
P = "2024-12-06"
s33a = "Riot police used water cannon and pepper spray to disperse thousands of demonstrators outside the parliament building on Rustaveli Avenue in Tbilisi late on Thursday, the eighth consecutive night of protests against the government’s decision to suspend EU accession talks."
s33b = "The Public Defender’s Office said at least 15 protesters were injured, and the Interior Ministry said 27 people were detained for disobeying police orders."
s33c = "In Batumi, police on Friday morning detained the head of the Adjara regional office of the opposition Coalition for Change, accusing him of organizing group violence, his party said."
A(art(P, "Police disperse Tbilisi protest with water cannon; opposition figure detained in Batumi", "Civil.ge", [
    s33a,
    s33b + " Protesters said many of those detained were beaten after their arrest, an accusation the ministry rejected.",
    "Demonstrators chanted “Georgia is Europe” and waved EU flags before police advanced from the side streets shortly before midnight. Journalists from several independent outlets said they had been pushed and sprayed while filming.",
    s33c + " Lawyers for the man said he had been taken from his home in front of his children and that no evidence had been presented to them.",
    "The Georgian Dream government has accused opposition parties of organizing the unrest with foreign support and has promised to punish those it says are responsible for violence. Opposition leaders say the arrests are meant to frighten people away from the streets.",
    "The protests began on Nov. 28, after the government announced that it would not seek to open accession negotiations with the European Union until the end of 2028. The Public Defender has called for an investigation into police conduct.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi", "Tbilisi", 41.7151, 44.8271, 1, wd(P, "Thursday"),
       inj=15,
       evid=[s33a, s33b],
       note="Protest at parliament dispersed with water cannon and pepper spray; 15 injured per the Public Defender. The 27 detentions share place, day and sides and are folded in (borderline: mass arrests at a protest could be read as a separate Arrests event)."),
    ev("Strategic developments", "Arrests", "Police Forces of Georgia", 1, "Civilians (Georgia)", 7, "Georgia", "Adjara", "Batumi", 41.6168, 41.6367, 1, P,
       evid=[s33c],
       note="Arrest of an opposition party's regional head in Batumi: arrest of a political figure."),
], "Two events: Thursday's dispersal in Tbilisi and Friday's arrest in Batumi. The protests since Nov. 28 are background; earlier nights are not coded."))

# 34 Yemen: Houthi ultimatum over Red Sea shipping (negative: threat)
P = "2025-03-08"
A(art(P, "Houthis threaten to resume Red Sea attacks if Gaza aid block continues", "Arab News", [
    "Yemen’s Iran-backed Houthi militia on Friday threatened to resume attacks on Israeli-linked ships in the Red Sea and the Arabian Sea if Israel did not lift its blockade on humanitarian aid into Gaza within four days.",
    "The group’s leader made the threat in a televised speech, saying that the militia was ready to act as soon as the deadline expired. Houthi-run media broadcast images of fighters holding military exercises on the coast of Hodeidah province.",
    "The Houthis attacked more than 100 merchant ships between November 2023 and January this year, sinking two vessels and seizing another, in what they described as solidarity with Palestinians. They halted the attacks after the Gaza ceasefire took effect in January.",
    "A spokesman for Yemen’s internationally recognized government said the threats showed that the militia was “holding the region’s economy hostage” and urged the international community to increase pressure on its backers in Tehran.",
    "Shipping companies said they would continue to route vessels around the Cape of Good Hope until there was greater certainty. Egypt’s Suez Canal revenues have fallen by more than half since the attacks began.",
    "Analysts said the Houthis were unlikely to act immediately. “The threat is also a message to Washington, which has just redesignated the group as a terrorist organization,” a Yemen researcher in Sanaa told Arab News.",
], [], "A threat and an ultimatum with a future deadline; the attacks on shipping since 2023 are aggregate background; the undated exercises are not an event. Nothing coded."))

# 35 Argentina: AMIA bombing 30th anniversary ahead (negative: anniversary, old attack, future ceremony)
P = "2024-07-15"
A(art(P, "Thirty years on, AMIA victims’ families still wait for justice", "Buenos Aires Times", [
    "Thirty years after the bombing of the AMIA Jewish community centre in Buenos Aires, relatives of the 85 people who died are preparing for Thursday’s anniversary ceremony with a mix of anger and cautious hope.",
    "On July 18, 1994, a van packed with explosives blew up in front of the building on Pasteur street in the Once neighbourhood, killing 85 people and injuring more than 300. It remains the deadliest terrorist attack in Argentina’s history.",
    "In April, the Federal Criminal Cassation Court ruled that the attack had been ordered by the government of Iran and carried out by the Lebanese group Hezbollah, and described it as a crime against humanity. No one has ever been convicted for the bombing itself.",
    "“The ruling put on paper what we have said for 30 years. But there is still nobody in prison,” said a woman whose husband, a volunteer at the centre, was killed in the attack. Several Iranian officials are still the subject of Interpol red notices.",
    "The government has said it will push for a law allowing trials in absentia so that the accused can be judged even if they never come to Argentina. Human rights groups have criticised the plan, arguing that it could weaken defendants’ guarantees.",
    "Thursday’s ceremony will be held outside the rebuilt AMIA building, where the names of the victims will be read out at 9.53 a.m., the time of the blast.",
], [], "Anniversary of a 1994 bombing, an April court ruling and a ceremony set for Thursday (future): nothing coded."))

# 36 Iraq: court sentences IS member over 2014 Sinjar crimes (negative: court over an old massacre)
P = "2023-03-29"
A(art(P, "Iraqi court sentences ISIS member to death for crimes against Yazidis", "Rudaw", [
    "A criminal court in Nineveh province sentenced a member of the Islamic State (ISIS) to death on Tuesday for his role in the killing and enslavement of Yazidis in Sinjar in 2014, the Supreme Judicial Council said.",
    "The defendant, whose name was not released, was convicted of taking part in the execution of Yazidi men in the village of Kocho and of holding Yazidi women and girls as slaves in Mosul and Tal Afar, according to the council’s statement. He was arrested in Mosul in 2021.",
    "Yazidi survivors gave evidence at the trial, which a Yazidi rights organization described as one of the first Iraqi cases to include charges relating to sexual slavery rather than only terrorism.",
    "“It is not enough to convict them of membership. The world must know what they did to us,” a survivor from Kocho who testified in the case told Rudaw. She said her father and four brothers had been killed in the massacre.",
    "ISIS overran Sinjar on August 3, 2014, killing thousands of Yazidis and abducting more than 6,000 women and children. About 2,700 are still missing, according to the Kurdistan Region’s office for rescuing abducted Yazidis.",
    "Human rights groups have criticized Iraq’s use of the death penalty and the speed of its terrorism trials, while welcoming the growing recognition of crimes against Yazidis as genocide.",
], [], "Court verdict over the 2014 Sinjar massacre; the 2021 arrest is old. Nothing coded."))

# 37 Israel: brush fire near Beit Shemesh (negative: fire)
P = "2022-06-23"
A(art(P, "Brush fire near Beit Shemesh forces evacuation of moshav", "The Times of Israel", [
    "A large brush fire broke out in the Jerusalem hills near Beit Shemesh on Wednesday afternoon, forcing the evacuation of hundreds of residents from a nearby moshav and closing Route 38 for several hours, the Fire and Rescue Services said.",
    "Some 30 firefighting teams and six firefighting planes battled the blaze, which was fanned by strong winds and temperatures of more than 35°C. By the evening, firefighters said the fire had been brought under control after burning about 1,500 dunams of forest and scrubland.",
    "No one was hurt, although two firefighters were treated for smoke inhalation at the scene. Several greenhouses and a storage shed were damaged.",
    "A spokesman for the Fire and Rescue Services said the cause was still being investigated but that there was no indication of arson. “At this stage it appears that the fire started from a spark near the road and spread quickly because of the dry vegetation,” he said.",
    "The Jewish National Fund, which manages many of the forests in the area, said it was working to replant land that had burned in the huge fire that swept the Jerusalem hills last summer.",
    "Forecasters warned of further heat waves in the coming weeks and urged the public to avoid lighting fires in open areas.",
], [], "Brush fire with no suspicion of arson; last summer's fire is old background. Out of scope; not coded."))

# 38 Ukraine: bus crash in Zhytomyr Oblast (negative: accident)
P = "2021-12-14"
A(art(P, "Bus collides with truck in Zhytomyr Oblast, killing 7", "The Kyiv Independent", [
    "Seven people were killed and 15 injured when a passenger bus collided with a truck on the Kyiv-Chop highway in Zhytomyr Oblast early on Dec. 14, the State Emergency Service reported.",
    "The bus, which was carrying 32 passengers from Lviv to Kyiv, crashed into the back of a truck that had stopped on the road near the village of Korolivka in foggy conditions, according to the National Police. Rescuers had to cut open the wreckage to free several passengers.",
    "The injured were taken to hospitals in Zhytomyr, four of them in serious condition. The truck driver was detained, and police opened a criminal case for violating traffic safety rules resulting in deaths.",
    "The regional governor declared a day of mourning in the oblast and said the families of the victims would receive financial assistance.",
    "Ukraine has one of the highest road death rates in Europe. More than 3,000 people were killed in traffic accidents in the country last year, according to the National Police, which blames speeding, poor road conditions and aging vehicles.",
], [], "Road accident; the driver's detention is an ordinary arrest; last year's road toll is a statistic. Not coded."))

# 39 Kurdistan Region: families return to border villages as PKK process advances (negative: older strikes as background)
P = "2025-09-10"
A(art(P, "Families return to Duhok border villages as PKK disarmament process advances", "Kurdistan24", [
    "DUHOK, Kurdistan Region – Dozens of families have begun returning to villages in the Kani Masi subdistrict that they abandoned years ago because of fighting between the Turkish army and the Kurdistan Workers’ Party (PKK), local officials told Kurdistan24 on Wednesday.",
    "“Thirty-five families have come back since the spring, and more are repairing their houses,” the director of the subdistrict said. “For the first time in a long time, people are planting their orchards without fearing the drones.”",
    "The returns follow the PKK’s decision in May to dissolve itself and end its armed struggle, and a ceremony near Sulaimani in July in which a first group of fighters burned their weapons. According to residents, the last Turkish airstrike in the area hit a mountainside near the village of Sargale in March.",
    "Many villages in the Barwari Bala area still lack electricity, schools and paved roads, and Turkish military bases remain on the surrounding mountaintops. Residents said they were also worried about unexploded ordnance in their fields.",
    "The Kurdistan Regional Government’s ministry of municipalities said it had allocated funds to rebuild roads to six villages this year. A human rights group that monitors the border areas said at least 180 villages in Duhok province had been emptied by the conflict since 2015.",
    "“We will believe in peace when the bases are gone,” a 58-year-old farmer said as he pruned his walnut trees.",
], [], "Return of displaced families; the PKK's May dissolution decision, the July weapons-burning ceremony and the March airstrike are all older than the news horizon; village counts are aggregate. Nothing coded."))

# 40 Mexico, Guadalajara: armed robbery of a jewelry store (negative: ordinary crime)
P = "2022-10-05"
A(art(P, "Armed robbers steal jewelry worth millions from Guadalajara mall, wound guard", "Mexico News Daily", [
    "A gang of armed robbers stole jewelry and watches worth an estimated 10 million pesos from a store in an upscale shopping mall in Guadalajara, Jalisco, on Tuesday afternoon, wounding a security guard as they fled, state prosecutors said.",
    "Security camera footage shared on social media showed five men wearing caps and surgical masks smashing display cases with hammers while shoppers ran for the exits. One of the robbers fired at a guard who tried to stop them at the mall entrance, hitting him in the leg.",
    "The guard was taken to hospital and was in a stable condition, the Jalisco Attorney General’s Office said. Two suspects were arrested a few hours later in the neighboring municipality of Zapopan, and police recovered part of the stolen goods.",
    "“It was all over in less than three minutes. They knew exactly what they were looking for,” a saleswoman at a nearby store told the newspaper Mural.",
    "The mall’s management said it would reinforce security and review its protocols. Business groups in Jalisco said robberies of stores had increased this year and called on the state government to deploy more police in commercial areas.",
], [], "Armed jewelry robbery with a guard shot and two suspects arrested: ordinary crime, out of scope. Not coded."))
