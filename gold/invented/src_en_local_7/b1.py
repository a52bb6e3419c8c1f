# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 South Africa: cash-in-transit heist with explosives (negative: ordinary crime)
P = "2023-05-17"
A(art(P, "Robbers blast open cash van on highway east of Johannesburg", "Reuters", [
    "JOHANNESBURG (Reuters) - Heavily armed robbers blew open a cash-in-transit van with explosives on a highway east of Johannesburg on Tuesday and escaped with an undisclosed amount of money after a shootout with security guards, police said.",
    "Footage shared on social media showed the armoured vehicle lying on its side on the N12 near Benoni, its rear doors torn off, as men carrying assault rifles loaded bags into two waiting cars. Motorists could be seen abandoning their vehicles and running for cover across the grass verge.",
    "\"The suspects rammed the van off the road and used explosives to gain access to the cash compartment,\" police spokesperson Colonel Dimakatso Sello said. \"One security guard was wounded in the exchange of fire and is in a stable condition in hospital.\" She said no arrests had been made and that a specialised unit was tracing the gang's getaway vehicles.",
    "South Africa has one of the highest rates of cash-in-transit robbery in the world. Police figures show more than 150 such robberies were recorded in the last financial year, most of them in Gauteng province, which includes Johannesburg and Pretoria.",
    "Security companies say the gangs are well organised, often recruit former guards as informants and use military-grade weapons and commercial explosives stolen from mines. The industry has asked the government for tougher bail conditions and a dedicated prosecution team.",
    "The robbery came a week after police shot dead ten suspected robbers in a raid on a house in Limpopo province that officers said was being used to plan a similar attack on a cash depot. The police watchdog said it was investigating that shooting, as it does all deaths involving officers.",
], [], "Cash-van robbery with explosives and a shootout, and a police raid killing suspected robbers: ordinary crime and police shootings of criminal suspects, out of scope; not coded."))

# 2 Afghanistan, Kabul: suicide bombing outside a Shi'ite mosque (event)
P = "2018-11-02"
s2a = "KABUL (Reuters) - A suicide bomber blew himself up outside a Shi'ite mosque in western Kabul as worshippers were leaving evening prayers on Thursday, killing at least six people, officials said, in the latest attack on the city's Hazara minority."
s2b = "Interior Ministry spokesman Khalid Nazari said six people had been killed and 14 wounded, while a Health Ministry official put the toll at nine dead and 21 wounded."
s2c = "Islamic State claimed responsibility for the attack in a statement carried by its Amaq news agency, which said 25 Shi'ites had been killed."
A(art(P, "Suicide bomber kills at least six outside Kabul Shi'ite mosque", "Reuters", [
    s2a,
    "The attacker, on foot, detonated his explosives at a checkpoint that volunteer guards had set up at the entrance to the mosque in the Dasht-e-Barchi neighbourhood after he was stopped for a search, police said.",
    s2b,
    "\"I was putting on my shoes when there was a huge bang and everything went white,\" said Ali Reza, 34, who was treated for shrapnel wounds to his arm at a nearby hospital. \"People were lying on the steps. The guards saved many lives by stopping him outside.\"",
    s2c + " The Taliban, who are fighting to topple the Western-backed government, denied any involvement.",
    "Islamic State's local affiliate has carried out a string of attacks on Shi'ite targets in the capital this year. In August a suicide bomber killed dozens of students at an education centre in Dasht-e-Barchi, and in September two blasts at a wrestling club in the same area killed more than 20 people.",
    "Hazara community leaders have accused the government of failing to protect their neighbourhoods and have organised armed volunteers to guard mosques and schools, a practice officials have reluctantly tolerated.",
], [
    ev("Explosions/Remote violence", "Suicide bomb", "Islamic State", 2, "Civilians (Afghanistan)", 7, "Afghanistan", "Kabul", "Kabul", 34.5281, 69.1723, 1, wd(P, "Thursday"),
       fat=6, inj=14, claimed=[claim(25, 25, "Islamic State", "which said 25 Shi'ites had been killed")],
       evid=[s2a, s2b, s2c],
       note="Suicide bombing outside a mosque in Dasht-e-Barchi, western Kabul, claimed by Islamic State (attribution by its own claim, Taliban deny). Officials differ (6 and 9 dead); lowest 6 and 14 injured. IS's 25 is a claim."),
], "One event: the Thursday suicide bombing in Kabul. The August education-centre and September wrestling-club bombings are older background, not coded."))

# 3 Global Terrorism Index (negative: statistics / annual report)
P = "2024-02-29"
A(art(P, "Burkina Faso tops global terrorism index as deaths climb", "AFP", [
    "LONDON (AFP) - Burkina Faso has replaced Afghanistan as the country most affected by terrorism, according to an annual index published on Thursday, which found that deaths from terrorist attacks worldwide rose by more than a fifth last year to their highest level since 2017.",
    "The Global Terrorism Index, compiled by the Sydney-based Institute for Economics and Peace, recorded 8,352 deaths from terrorism in 2023, an increase of 22 percent, even though the number of incidents fell.",
    "\"Attacks have become deadlier,\" a senior researcher at the institute told AFP. \"Groups in the Sahel are overrunning villages and military posts, and a single attack can now kill more than a hundred people.\"",
    "Almost half of all deaths occurred in the central Sahel, where jihadist groups linked to Al-Qaeda and the Islamic State group have expanded from Mali into Burkina Faso and Niger. Burkina Faso alone recorded nearly 2,000 deaths, a quarter of the global total, the report said.",
    "The deadliest single attack of the year was Hamas's October 7 assault on southern Israel, according to the index, which counts attacks by non-state actors but excludes violence by governments.",
    "Afghanistan dropped to sixth place after deaths there fell sharply following the Taliban's return to power, although the Islamic State group's local branch remained active. Western Europe and North America recorded their lowest number of attacks in 15 years.",
    "The report warned that coups in the Sahel had been followed by a rise in violence rather than a fall, and that the withdrawal of French and United Nations forces had left large areas without any security presence.",
], [], "Annual report of aggregate tolls; the October 7 attack is mentioned only as the year's deadliest, months old. Nothing coded."))

# 4 Colombia: soldiers ambushed near Toribio (clash) + drone attack on Jamundi police station
P = "2024-05-21"
s4a = "Two soldiers were killed and three wounded on Sunday when their patrol came under fire in a rural area of Toribío, in the southwestern province of Cauca, the ombudsman's office said."
s4b = "The army said the troops had been attacked by fighters of the Dagoberto Ramos column, part of the dissident faction known as the Central General Staff (EMC), as they escorted engineers repairing a bridge."
s4c = "In a statement, the army said soldiers returned fire and killed at least four of the attackers, but it did not say whether any bodies had been recovered."
s4d = "On Monday, a small drone dropped explosives on the police station in Jamundí, in neighbouring Valle del Cauca province, wounding two officers, police said."
s4e = "Police blamed the Jaime Martínez front, another EMC faction, which has used commercial drones fitted with explosives in several attacks in the region this year."
A(art(P, "Colombian dissidents kill two soldiers, hit police station with drone", "Reuters", [
    "BOGOTA (Reuters) - Dissident former FARC rebels attacked Colombian troops and a police station in two southwestern provinces in the space of two days, authorities said on Tuesday, dealing a fresh blow to President Gustavo Petro's efforts to negotiate an end to six decades of conflict.",
    s4a + " " + s4b,
    s4c,
    s4d + " No one was killed. " + s4e,
    "\"They are using technology to terrorise the population,\" the governor of Valle del Cauca told local radio. \"A police station in the middle of a town is not a military target.\"",
    "The government suspended a ceasefire with the EMC's factions in Cauca in March after they were accused of attacking an Indigenous community, although talks continue with other EMC blocs. The dissidents reject the 2016 peace deal signed by the main FARC leadership and finance themselves largely through drug trafficking and illegal mining.",
    "Cauca, a mountainous province on the Pacific coast, is one of the main coca-growing regions in the country and has seen repeated fighting between armed groups over smuggling routes to the ocean.",
], [
    ev("Battles", "Armed clash", "FARC dissidents (EMC)", 2, "Military Forces of Colombia", 1, "Colombia", "Cauca", "Toribío", 2.953, -76.269, 2, wd(P, "Sunday"),
       fat=2, inj=3, claimed=[claim(4, 4, "Military Forces of Colombia", "killed at least four of the attackers")],
       evid=[s4a, s4b, s4c],
       note="Patrol 'came under fire' in a rural area of Toribío (near the town: precision 2); ombudsman's toll of two soldiers; the army's four dead attackers is a party claim."),
    ev("Explosions/Remote violence", "Air/drone strike", "FARC dissidents (EMC)", 2, "Police Forces of Colombia", 1, "Colombia", "Valle del Cauca", "Jamundí", 3.2607, -76.5350, 1, wd(P, "Monday"),
       fat=0, inj=2,
       evid=[s4d, s4e],
       note="Explosives dropped by drone on the Jamundí police station; attribution to the Jaime Martínez front (an EMC faction) is the police's, kept as the actor. 'No one was killed' gives 0."),
], "Two events: the Sunday clash near Toribío (Cauca) and the Monday drone attack in Jamundí (Valle del Cauca). The March attack on an Indigenous community is older background."))

# 5 Pakistan: tenth anniversary of the Army Public School attack (negative: anniversary)
P = "2024-12-16"
A(art(P, "Ten years on, APS Peshawar remembers its children", "Dawn", [
    "PESHAWAR: A decade after militants stormed the Army Public School on Warsak Road and killed more than 140 people, most of them schoolchildren, families and survivors gathered at the school on Monday to mark the tenth anniversary of the country's deadliest terrorist attack.",
    "The ceremony began with a recitation from the Holy Quran, after which the names of the martyred students and teachers were read out one by one. Several mothers wept quietly in the front rows as wreaths were laid at the memorial in the school courtyard.",
    "\"My son would have been 24 this year,\" said Shahana Bibi, who lost her 14-year-old son in the attack. \"Every December the wound opens again. We still want to know how six men walked into a school next to a cantonment.\"",
    "On December 16, 2014, six gunmen from the banned Tehreek-i-Taliban Pakistan entered the school through a back wall and went from classroom to classroom, firing at students and staff. The siege ended after several hours when commandos killed all the attackers.",
    "The attack led to the National Action Plan against terrorism, the lifting of a moratorium on the death penalty and the creation of military courts to try civilians accused of terrorism.",
    "In messages issued on the anniversary, the president and the prime minister paid tribute to the victims and said the nation's resolve against terrorism remained firm. Security was tight across Peshawar, with additional police deployed around schools.",
    "The Khyber Pakhtunkhwa government also announced scholarships for the siblings of the students who were killed.",
], [], "Anniversary ceremony for the 2014 APS attack; the attack itself is historical. A memorial gathering is not a demonstration; nothing coded."))

# 6 Argentina: Superclasico in war words (negative: sport)
P = "2022-03-21"
A(art(P, "Boca raid the Monumental as River's siege comes to nothing", "Buenos Aires Times", [
    "Boca Juniors launched a smash-and-grab raid on the Monumental on Sunday night, beating River Plate 1-0 in a Superclásico that River dominated for long spells but could never turn into goals.",
    "River laid siege to Agustín Rossi's goal from the first whistle, firing 17 shots in an opening hour of relentless bombardment. The Boca goalkeeper stood firm, tipping a thunderous strike from Julián Álvarez over the bar and smothering two close-range efforts.",
    "The killer blow came against the run of play in the 74th minute. River were caught with too many men forward, Boca broke in numbers and Sebastián Villa's low cross was turned in at the far post by Eduardo Salvio, sending the small pockets of Boca supporters in the corporate boxes into a frenzy.",
    "\"We knew we would have to suffer and then strike,\" the Boca coach said. \"This squad fights like soldiers. Nobody gave an inch.\"",
    "River's coach, who has won more Superclásicos than any of his predecessors, refused to blame his players. \"We attacked, we attacked and we attacked. Football is sometimes unfair,\" he told reporters.",
    "Away fans have been banned from Argentine league matches since 2013, and more than 1,500 police officers were deployed around the stadium in the Núñez neighbourhood. Security officials said the evening passed without incident.",
    "The win lifts Boca to within three points of the leaders in their group of the Copa de la Liga, while River, who had won their last four league matches, drop to fifth.",
], [], "Football match told in war words ('raid', 'siege', 'bombardment', 'killer blow'); the police operation passed without incident. Sport, nothing coded."))

# 7 Somalia: IED on minibus near Afgoye + al-Shabab moves into Bulo Burde after withdrawal
P = "2024-02-13"
s7a = "MOGADISHU, Somalia (AP) — A roadside bomb tore through a minibus carrying traders to a market near the town of Afgoye on Saturday, killing at least six civilians, police said."
s7b = "Police officer Abdikadir Farah told The Associated Press by phone that six bodies had been taken to a hospital in Afgoye, about 30 kilometers (19 miles) northwest of the capital."
s7c = "A local elder, Hassan Nur, said eight people had died, including two children, and at least five were wounded."
s7d = "On Sunday, al-Shabab fighters moved into Bulo Burde, a town in the Hiraan region, hours after government troops and allied clan militias pulled out, residents said."
s7e = "\"They came in pickups and raised their flag at the police station. Not a single shot was fired,\" said resident Fadumo Ali, who said many families had left for Beledweyne."
A(art(P, "Roadside bomb kills 6 near Somali capital as extremists retake town", "AP", [
    s7a,
    s7b + " " + s7c,
    "No group claimed responsibility for the blast. Al-Shabab, which is linked to al-Qaida, frequently plants explosives on the roads around Afgoye, a farming hub on the Shabelle River.",
    s7d + " " + s7e,
    "Somalia's defense ministry described the pullout as a \"tactical repositioning\" and said troops would return to the town, which sits on the road linking Beledweyne with the capital. It gave no timeline.",
    "The government launched an offensive against al-Shabab in 2022 with the help of clan militias and recaptured dozens of towns, but many of those gains have since been reversed as African Union forces reduce their numbers and Somali units are stretched thin.",
    "Al-Shabab's deadliest attack was a truck bombing in Mogadishu in October 2017 that killed more than 500 people.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", 3, "Civilians (Somalia)", 7, "Somalia", "Lower Shabelle", "Afgoye", 2.1381, 45.1217, 2, wd(P, "Saturday"),
       fat=6, inj=5,
       evid=[s7a, s7b, s7c],
       note="Roadside bomb on a minibus near Afgoye (precision 2). Police count six, an elder eight: lowest 6; elder's 'at least five' wounded. Unclaimed; al-Shabab only named as a habitual bomber, so the actor stays unidentified."),
    ev("Strategic developments", "Non-violent transfer of territory", "Al Shabaab", 2, None, None, "Somalia", "Hiraan", "Bulo Burde", 3.8538, 45.5674, 1, wd(P, "Sunday"),
       evid=[s7d, s7e],
       note="Al-Shabab took the town after troops withdrew, 'not a single shot was fired': non-violent transfer, not a battle. Borderline actor2: left empty (no opponent engaged) rather than the withdrawing army."),
], "Two events: the Saturday IED near Afgoye and the Sunday takeover of Bulo Burde without fighting. The 2022 offensive and the 2017 Mogadishu truck bomb are background, not coded."))

# 8 Sudan: cholera outbreak in war-torn Sudan (negative: disease)
P = "2024-09-04"
A(art(P, "Cholera spreads across war-torn Sudan as rains wash out camps", "Al Jazeera", [
    "A cholera outbreak in Sudan has killed at least 165 people and infected more than 5,000 since it was declared in mid-August, the health ministry said on Wednesday, as heavy rains flooded camps for people displaced by the country's 16-month war.",
    "Most cases have been recorded in Kassala state in the east, where hundreds of thousands of people who fled fighting in Khartoum and al-Jazirah state are living in schools and makeshift shelters, according to the World Health Organization.",
    "\"We are seeing entire families arriving at the treatment centre at once,\" said a doctor at a clinic run by a medical charity in Kassala, who asked not to be named because he was not authorised to speak to the media. \"There is no clean water, the latrines overflowed with the rains, and people drink from the same pools where they wash.\"",
    "The WHO said it had shipped 400,000 doses of oral cholera vaccine to Sudan, and a vaccination campaign was due to begin next week.",
    "The war between the Sudanese army and the paramilitary Rapid Support Forces erupted in April last year and has displaced more than 10 million people, according to the United Nations, which says more than half the population needs aid. Aid agencies say attacks on hospitals, looting of warehouses and restrictions by both sides have crippled the health system.",
    "Floods have also destroyed thousands of homes in the north of the country in recent weeks and cut roads used by aid convoys, the UN humanitarian office said.",
    "Talks aimed at ending the war, hosted by the United States in Switzerland last month, ended without a ceasefire after the army declined to attend.",
], [], "Disease outbreak and floods; the war appears only as aggregate background (displacement, attacks on hospitals without place or time). Nothing coded."))

# 9 Nigeria: labour unions announce nationwide strike (negative: announced future strike)
P = "2024-05-29"
A(art(P, "NLC, TUC declare indefinite nationwide strike from Monday", "Premium Times", [
    "The Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) on Tuesday declared an indefinite nationwide strike from Monday, June 3, over the federal government's failure to agree a new national minimum wage and the recent increase in electricity tariffs.",
    "NLC President Joe Ajaero announced the decision at a news conference in Abuja after a joint meeting of the two unions' executive councils.",
    "\"We are directing all workers in the public and private sectors to withdraw their services from Monday. Offices, schools, hospitals, airports and banks will be shut until government does the right thing,\" Mr Ajaero said.",
    "The unions are demanding a minimum wage of N494,000 a month, while the government's latest offer in the tripartite committee was N60,000. The current minimum wage of N30,000 was approved in 2019 and has been eroded by inflation, which hit 33 per cent in April.",
    "Reacting, the Minister of Information, Mohammed Idris, urged labour to return to the negotiating table, saying the government was \"committed to a fair and sustainable wage\" and that a strike would hurt the economy.",
    "The Nigerian Medical Association and the aviation unions said they would join the strike, raising the prospect of widespread disruption to flights and hospital services.",
    "Labour leaders said that state councils would meet this week to mobilise members and that further protest actions would be announced if the government did not respond.",
], [], "A strike announced for the following week and planned further actions: announced/future events, not coded."))

# 10 Lebanon/Israel: Israeli drone strike in Bint Jbeil + Hezbollah rockets at Kiryat Shmona
P = "2024-02-29"
s10a = "BEIRUT (Reuters) - An Israeli drone struck a car in the centre of the southern Lebanese town of Bint Jbeil on Wednesday, killing two people, a Lebanese security source said."
s10b = "Hezbollah later announced the deaths of two of its fighters, whom it described as having been \"martyred on the road to Jerusalem\"."
s10c = "The Israeli military said its aircraft had \"eliminated\" two Hezbollah operatives who were preparing to launch anti-tank missiles at Israeli territory."
s10d = "Hours later, Hezbollah said it had fired a salvo of Katyusha rockets at an Israeli army base in Kiryat Shmona in response to the strike."
s10e = "The Israeli military said about 15 rockets had been launched from Lebanon towards the town, most of which were intercepted, and that no one was hurt."
A(art(P, "Israeli drone strike kills two in south Lebanon; Hezbollah fires rockets", "Reuters", [
    s10a + " " + s10b,
    s10c,
    "Footage broadcast by Lebanese television showed the burnt-out shell of a car near the town's main square, with civil defence workers spraying water on the wreckage as residents looked on.",
    s10d + " " + s10e,
    "Israel and Hezbollah have exchanged near-daily fire across the border since the start of the war in Gaza in October. More than 200 people have been killed in Lebanon, most of them Hezbollah fighters, and tens of thousands of people have been displaced on both sides of the frontier.",
    "Western envoys have been shuttling between Beirut and Israel in an effort to prevent a full-scale war, proposing that Hezbollah pull its fighters several kilometres back from the border in exchange for Israeli concessions on disputed points along the frontier.",
    "Hezbollah has said it will not stop its attacks until there is a ceasefire in Gaza.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", 8, "Hezbollah", 2, "Lebanon", "Nabatieh", "Bint Jbeil", 33.1194, 35.4331, 1, wd(P, "Wednesday"),
       fat=2,
       evid=[s10a, s10b, s10c],
       note="Israeli drone strike on a car in Bint Jbeil; two dead per a Lebanese security source (neutral). Israel is a foreign force in Lebanon (8); the dead were Hezbollah fighters by both sides' accounts."),
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", 2, "Military Forces of Israel", 1, "Israel", "Northern", "Kiryat Shmona", 33.2075, 35.5697, 1, wd(P, "Wednesday"),
       fat=0, inj=0,
       evid=[s10d, s10e],
       note="Hezbollah rocket salvo at an army base in Kiryat Shmona; 'no one was hurt' gives 0 dead and 0 injured."),
], "Two events on Wednesday: the Israeli drone strike in Bint Jbeil and Hezbollah's retaliatory rockets on Kiryat Shmona. The cross-border toll since October is aggregate, not coded."))

# 11 Germany: WWII bomb defused in Dortmund (negative: unexploded old ordnance)
P = "2017-08-28"
A(art(P, "Thousands evacuated as experts defuse WWII bomb in Dortmund", "DW", [
    "Bomb disposal experts in the western German city of Dortmund on Sunday defused a British aerial bomb from World War II, after more than 13,000 people were evacuated from their homes in the city centre.",
    "The 250-kilogram (550-pound) bomb was discovered on Thursday by construction workers digging the foundations for an office building near the main railway station. Police set up an exclusion zone with a radius of 500 meters, and the station was closed for several hours, disrupting long-distance and regional trains across North Rhine-Westphalia.",
    "\"The detonator was in poor condition, so we had to work very slowly,\" said the head of the regional bomb disposal service. Two smaller incendiary devices found at the same site were taken to a quarry and destroyed in a controlled explosion.",
    "Residents spent most of the day in schools and sports halls set up as emergency shelters, while patients from two care homes were moved by ambulance. The city lifted the evacuation order shortly after 6 p.m.",
    "Dortmund, an industrial hub in the Ruhr, was one of the most heavily bombed German cities during the war. Allied air raids in 1944 and 1945 destroyed most of the old town and killed thousands of people.",
    "More than 70 years after the war ended, unexploded ordnance is still discovered regularly across Germany, particularly on building sites. Experts estimate that around 10 percent of the bombs dropped on the country failed to explode.",
], [], "An old unexploded bomb defused and smaller devices destroyed in a controlled explosion: no political violence; the wartime raids are historical. Nothing coded."))

# 12 Kazakhstan: court sentences over January 2022 unrest (negative: court case about old events)
P = "2023-03-15"
A(art(P, "Kazakh court jails 12 over deadly January unrest in Almaty", "Reuters", [
    "ALMATY, Kazakhstan (Reuters) - A court in Almaty on Wednesday sentenced 12 men to between six and 15 years in prison for their role in the storming of the city's administration building during the unrest that swept Kazakhstan in January last year.",
    "Prosecutors said the men had been part of a crowd that broke into the mayor's office and the former presidential residence, set the buildings on fire and seized weapons from security guards. All 12 pleaded not guilty, and several told the court they had been beaten in custody to extract confessions.",
    "Relatives shouted and wept in the courtroom as the verdicts were read out. \"My son went to the square because he was angry about gas prices. He is not a terrorist,\" said the mother of one of the defendants, who gave her name only as Gulnara.",
    "The January 2022 events began as peaceful protests over a rise in fuel prices in the west of the country and spread to Almaty, where they turned violent. President Kassym-Jomart Tokayev called in troops from a Russian-led security alliance and ordered security forces to shoot to kill. At least 238 people, including 19 members of the security forces, were killed, according to official figures.",
    "Human rights groups say hundreds of people have been convicted over the unrest and that allegations of torture have not been properly investigated. The authorities say the violence was an attempted coup organised by \"terrorists\" with foreign backing.",
    "Tokayev has since promised political reforms and an amnesty for some of those convicted.",
], [], "Court verdicts over the January 2022 unrest: trial backdrop about events more than a year old; the courtroom outburst is not a demonstration. Nothing coded."))

# 13 Kenya: police shoot marchers in Kisumu (excessive force) + riot in Nairobi CBD
P = "2024-07-03"
s13a = "Two people were shot dead in Kisumu on Tuesday when police opened fire on a group of demonstrators marching along Oginga Odinga Street, the Independent Policing Oversight Authority (IPOA) said."
s13b = "Witnesses said the marchers, mostly young men carrying placards and leafy branches, had been singing and chanting \"Ruto must go\" and had not thrown stones when officers jumped out of a Land Cruiser and began shooting."
s13c = "In Nairobi's central business district, youths blocked Moi Avenue and Kenyatta Avenue with burning tyres and hurled stones at anti-riot police, who responded with tear gas and water cannon."
s13d = "Several shops along Tom Mboya Street were broken into and looted as the running battles continued into the evening."
A(art(P, "Two shot dead in Kisumu as fresh anti-government protests rock cities", "Daily Nation", [
    "Fresh anti-government demonstrations turned deadly on Tuesday as police used live bullets in Kisumu and battled stone-throwing youths in the capital, in the latest wave of protests against rising taxes and alleged police brutality.",
    s13a + " " + s13b,
    "\"We were just walking and singing. They did not even fire tear gas first,\" said Maurice Otieno, a boda boda rider who said he carried one of the victims to the Jaramogi Oginga Odinga Teaching and Referral Hospital. IPOA said it had opened investigations into the shootings.",
    "The Interior Ministry said in a statement that the officers in Kisumu had acted in self-defence after coming under attack, a claim that residents and the watchdog's preliminary findings disputed.",
    s13c + " " + s13d,
    "Police said 45 people had been arrested across the country for looting and malicious damage to property.",
    "The protests, led largely by young Kenyans organising on social media, began last month over a finance bill that proposed new taxes. President William Ruto withdrew the bill, but demonstrators have kept up weekly marches demanding his resignation and accountability for those killed by police.",
], [
    ev("Protests", "Excessive force against protesters", "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, "Kenya", "Kisumu", "Kisumu", -0.0917, 34.7680, 1, wd(P, "Tuesday"),
       fat=2,
       evid=[s13a, s13b],
       note="Police 'opened fire on' marchers who witnesses say were peaceful: excessive force against protesters; IPOA (oversight body, neutral) gives two dead. The ministry's self-defence version is a party claim."),
    ev("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "Police Forces of Kenya", 1, "Kenya", "Nairobi", "Nairobi", -1.2864, 36.8172, 1, wd(P, "Tuesday"),
       evid=[s13c, s13d],
       note="Burning-tyre barricades, stone-throwing and looting in Nairobi's CBD: violent demonstration with police; no toll given."),
], "Two events on Tuesday: the Kisumu shooting of marchers and the Nairobi riot. The nationwide 45 arrests are an aggregate and the June protests undated background; not coded."))

# 14 India, Tamil Nadu: family killed over land dispute (negative: ordinary crime)
P = "2016-09-13"
A(art(P, "Three of a family hacked to death over land dispute near Usilampatti", "The Hindu", [
    "MADURAI: Three members of a family, including a 60-year-old woman, were hacked to death by a group of men armed with sickles in a village near Usilampatti on Sunday night, allegedly over a long-standing dispute over a two-acre plot of farmland.",
    "According to the police, the victims, Pandiammal, 60, her son Murugan, 38, and his wife Selvi, 32, were attacked while they were sleeping on the veranda of their house. Neighbours who heard the screams found them lying in a pool of blood and alerted the police. All three died on the spot.",
    "The Usilampatti Taluk police said the accused were relatives of the victims. Murugan and his cousin had been fighting a civil case over the ownership of the land for nearly six years, and the two families had clashed verbally several times, they said.",
    "\"Preliminary inquiries show the murders were the result of the property dispute. There is no other angle,\" a senior police officer said. Four men, including the cousin, were arrested on Monday and remanded in judicial custody. The weapons were recovered from a nearby well.",
    "The bodies were sent to the Government Rajaji Hospital in Madurai for post-mortem and handed over to relatives on Monday evening. A police picket has been posted in the village as a precaution.",
    "A case has been registered under Section 302 (murder) of the Indian Penal Code.",
], [], "Family killed over a property dispute, police rule out any other motive: ordinary crime (personal violence), not coded."))

# 15 Armenia-Azerbaijan talks in Almaty (negative: peace talks; a denied allegation)
P = "2024-05-11"
A(art(P, "Armenia, Azerbaijan end Almaty talks with no deal but pledge to keep going", "Reuters", [
    "ALMATY, Kazakhstan (Reuters) - The foreign ministers of Armenia and Azerbaijan ended two days of talks in Kazakhstan on Saturday without signing a peace treaty but said they had made progress on several articles and would meet again soon.",
    "The talks, hosted by Kazakh President Kassym-Jomart Tokayev, were the first round of negotiations between the two South Caucasus neighbours held in Central Asia. Previous rounds took place in Washington, Berlin and Brussels.",
    "\"Differences remain on some key issues, but we have agreed on a mechanism to continue work on the text,\" Azerbaijan's foreign ministry said in a statement. Armenia's ministry said the delegations had discussed the delimitation of the border and the opening of transport links.",
    "On Thursday, Armenia's defence ministry said Azerbaijani forces had fired on Armenian positions near the village of Sotk, in the eastern province of Gegharkunik. Azerbaijan's defence ministry denied the accusation, saying its troops had not opened fire. Neither side reported casualties, and the claims could not be independently verified.",
    "Armenia and Azerbaijan have fought two wars over Nagorno-Karabakh, a region internationally recognised as part of Azerbaijan. Baku retook the region in a lightning offensive last September, prompting almost all of its 100,000 ethnic Armenians to flee to Armenia.",
    "Armenian officials have said they are ready to recognise Azerbaijan's territorial integrity on the basis of Soviet-era maps, while Baku has demanded changes to Armenia's constitution, which it says contains territorial claims.",
    "Analysts say a peace treaty is closer than at any time since the Soviet Union collapsed, but disputes over Armenia's constitution and a proposed transport corridor through southern Armenia remain obstacles.",
], [], "Peace talks, no agreement signed. The Thursday firing near Sotk is asserted by one side, denied by the other and not treated as having happened (codebook allegations): not coded. Last year's offensive is historical."))

# 16 Ukraine: Russian shelling of Kherson + overnight drone strike on Odesa port
P = "2024-11-10"
s16a = "Russian artillery shelled a residential neighbourhood in Kherson's Dniprovskyi district on Saturday, killing a 65-year-old woman and injuring three other people, according to the Kherson regional hospital, where the wounded were taken."
s16b = "Overnight, Russian drones struck port infrastructure in Odesa, setting warehouses on fire and injuring two port workers, the regional military administration said."
s16c = "No one was killed in the Odesa attack, the State Emergency Service said, adding that firefighters had needed more than three hours to put out the blaze."
A(art(P, "Russian shelling kills woman in Kherson, drones hit Odesa port", "The Kyiv Independent", [
    s16a,
    "Photos published by local officials showed a five-storey apartment block with its top floor torn open and cars burning in the courtyard below. The woman was hit by shrapnel as she was walking to a water distribution point, the hospital said.",
    s16b + " " + s16c,
    "Ukraine's Air Force said Russia had launched 48 Shahed-type attack drones and two ballistic missiles at Ukraine overnight, and that 35 of the drones had been shot down over nine oblasts.",
    "Russia's Defense Ministry claimed on Sunday that its forces had captured another village near Kurakhove in Donetsk Oblast. Ukraine's General Staff said fighting in the area was continuing and did not confirm the loss.",
    "Kherson, which Ukrainian forces liberated in November 2022 after eight months of occupation, has been shelled almost daily from Russian positions across the Dnipro River. Local authorities have urged residents of riverside neighbourhoods to evacuate.",
    "Odesa's ports have been a frequent target since Ukraine set up a Black Sea shipping corridor last year that has allowed it to restore grain exports to near pre-war levels.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kherson", "Kherson", 46.6354, 32.6169, 1, wd(P, "Saturday"),
       fat=1, inj=3,
       evid=[s16a],
       note="Russian shelling of a residential block in Kherson; one dead and three injured per the hospital. Russia is a foreign force in Ukraine (8)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa", "Odesa", 46.4825, 30.7233, 1, wd(P, "Saturday"), wd(P, "Sunday"), tp=2,
       fat=0, inj=2,
       evid=[s16b, s16c],
       note="Overnight drone strike on Odesa port, dated as the Saturday-Sunday night (range). Two port workers injured, none killed."),
], "Two events: Saturday shelling of Kherson and the overnight drone strike on Odesa. The nationwide drone tally is aggregate; Russia's claimed capture of a village near Kurakhove is unconfirmed and unnamed, not coded."))

# 17 Pakistan: army helicopter crash in Balochistan (negative: accident)
P = "2017-10-25"
A(art(P, "Four killed as army helicopter crashes near Khuzdar", "Dawn", [
    "QUETTA: Four army personnel, including two pilots, were killed when a military helicopter crashed during a routine training flight near Khuzdar on Tuesday, the Inter-Services Public Relations (ISPR) said.",
    "According to the military's media wing, the Mi-17 helicopter went down in a hilly area about 20 kilometres from the town shortly after taking off. \"Preliminary information suggests a technical fault,\" the ISPR said in a statement, adding that a board of inquiry had been constituted to determine the cause.",
    "Rescue teams from the Frontier Corps and the district administration reached the site after several hours because of the rough terrain. The bodies were shifted to the Combined Military Hospital in Quetta, where funeral prayers were offered on Wednesday morning.",
    "Local residents said they saw smoke rising from the hills but heard no gunfire before the crash. A Levies official said the wreckage was spread over a wide area.",
    "The prime minister and the chief of army staff expressed grief over the loss of lives and prayed for the departed souls.",
    "Military aviation accidents are not uncommon in Pakistan. In 2015, a helicopter carrying foreign diplomats crashed into a school in the Naltar valley in Gilgit-Baltistan, killing eight people, including the ambassadors of Norway and the Philippines. The Pakistani Taliban's claim to have shot it down was rejected by the military, which blamed an engine failure.",
    "Balochistan, the country's largest but least populated province, has seen a long-running separatist insurgency.",
], [], "Military helicopter crash blamed on a technical fault, with no attack reported: accident, not coded. The 2015 Naltar crash (and the militants' rejected claim) is historical."))

# 18 Opinion: the Sahel after the coups (negative: opinion piece)
P = "2023-09-20"
A(art(P, "The west lost the Sahel long before the soldiers took over", "The Guardian", [
    "When soldiers in Niamey detained President Mohamed Bazoum in July, western capitals reacted with shock. They should not have been surprised. Niger is the fourth country in the Sahel to fall to a coup in three years, and each takeover has followed the same script: a jihadist insurgency the state cannot contain, a foreign military presence that has become a lightning rod, and a population that has stopped believing that elections bring security.",
    "For a decade, France and its partners poured troops, drones and money into the region. Yet the violence spread from northern Mali into central Mali, then into Burkina Faso and western Niger. Villages were emptied, schools closed by the thousand and millions of people fled their homes.",
    "Worse, the strategy tolerated abuses by the very armies it trained. Massacres of civilians by soldiers and allied militias, such as the killings in Moura in Mali last year, drove young men into the arms of the jihadists and poisoned trust in the state.",
    "The juntas now promise sovereignty and victory, and some have turned to Russian mercenaries. There is little sign that they will do better. Attacks in Burkina Faso have become deadlier since the military seized power, and the Malian army's campaign has been accompanied by reports of summary executions.",
    "What the Sahel needs is not another intervention, from Paris, Moscow or the West African bloc, but a patient politics that brings herders and farmers, armed groups and governments to the table, and that measures success in reopened schools and markets rather than in body counts.",
    "The alternative is a belt of instability stretching from the Atlantic to Lake Chad.",
    "The author is a researcher on security in West Africa.",
], [], "Opinion piece; the Niamey coup (July, two months before) and the Moura killings (last year) are commentary and older. Nothing coded."))

# 19 Georgia: Tbilisi protest dispersed, peaceful march in Batumi, opposition leader arrested
P = "2024-12-13"
s19a = "TBILISI (Reuters) - Riot police used water cannon and pepper spray to clear thousands of protesters from Rustaveli Avenue outside Georgia's parliament shortly before midnight on Thursday, detaining dozens, as demonstrations against the government's suspension of European Union membership talks entered a third week."
s19b = "Protesters, many waving EU and Georgian flags, had been standing and chanting outside the building for several hours, and a Reuters witness saw no violence from the crowd before police moved in."
s19c = "The Interior Ministry said 48 people had been detained for disobeying police orders."
s19d = "In the Black Sea city of Batumi, a crowd chanting \"Georgia is Europe\" marched from the seafront to the regional government building on Thursday evening and dispersed without incident."
s19e = "On Wednesday, police arrested Nodar Beridze, a leader of the opposition Coalition for Change, at the party's offices in central Tbilisi on charges of organising group violence, which he denies."
A(art(P, "Georgian police disperse Tbilisi protest, arrest opposition leader", "Reuters", [
    s19a,
    s19b + " " + s19c,
    "\"They want to scare us off the streets, but every night there are more of us,\" said Nino, a 23-year-old student, who had her eyes rinsed by volunteer medics after being hit by pepper spray.",
    s19d,
    s19e + " His lawyer said he had been held for 12 hours before being told the charges.",
    "The protests erupted late last month after the ruling Georgian Dream party, which won a disputed parliamentary election in October, said it would halt talks on joining the EU until 2028. The government says the protests are being orchestrated from abroad and that police have acted lawfully.",
    "The United States and the European Union have criticised the use of force against demonstrators and journalists, and Washington suspended a strategic partnership with Tbilisi earlier this month.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Georgia)", 6, "Police Forces of Georgia", 1, "Georgia", "Tbilisi", "Tbilisi", 41.6941, 44.8337, 1, wd(P, "Thursday"),
       evid=[s19a, s19b, s19c],
       note="Peaceful crowd outside parliament dispersed with water cannon and pepper spray, dozens detained (48 per the ministry): protest with intervention; the detentions belong to this protest, not a separate arrests event."),
    ev("Protests", "Peaceful protest", "Protesters (Georgia)", 6, None, None, "Georgia", "Adjara", "Batumi", 41.6423, 41.6339, 1, wd(P, "Thursday"),
       evid=[s19d],
       note="A crowd 'chanting ... marched' in Batumi and dispersed without incident: peaceful protest."),
    ev("Strategic developments", "Arrests", "Police Forces of Georgia", 1, "Civilians (Georgia)", 7, "Georgia", "Tbilisi", "Tbilisi", 41.6941, 44.8337, 1, wd(P, "Wednesday"),
       evid=[s19e],
       note="Arrest of an opposition leader (political figure) in Tbilisi; the target coded as civilians (his party, Coalition for Change, would be the associated actor)."),
], "Three events: Thursday's dispersal in Tbilisi, Thursday's peaceful march in Batumi, Wednesday's arrest of an opposition leader. The October election and the start of protests 'late last month' are undated background."))

# 20 Thailand: EV price war (negative: business in war words)
P = "2024-06-18"
A(art(P, "EV price war claims another casualty as Chinese brands press assault", "Bangkok Post", [
    "The electric vehicle price war in Thailand claimed another casualty on Monday as a Japanese-affiliated dealer group announced it would close 12 showrooms, blaming a relentless onslaught of discounts by Chinese carmakers.",
    "Since the start of the year, BYD, GWM, MG and newer arrivals such as Neta and Changan have slashed prices on some models by as much as 30%, in what one analyst described as \"a bloodbath on the showroom floor\". Buyers who paid full price months earlier have complained that the value of their cars collapsed overnight.",
    "\"It is scorched-earth pricing. They are willing to take losses to capture the market before the next round of subsidies ends,\" said a senior executive at a Thai dealership, who asked not to be named.",
    "Japanese brands, which have dominated the Thai car market for decades, are in retreat. Their combined share of new car sales fell below 75% in the first five months of the year, according to the Federation of Thai Industries, while Chinese brands captured more than 40% of the fast-growing battery electric segment.",
    "The Board of Investment has offered tax breaks and subsidies to carmakers that build EV plants in Thailand, and several Chinese companies have opened factories in Rayong and Chachoengsao provinces under the scheme.",
    "Economists warn that the price cuts, combined with tighter lending by banks worried about rising household debt, could hurt smaller dealers and parts suppliers. Total vehicle sales fell 23% year on year in May.",
], [], "Business news told in war words ('price war', 'casualty', 'onslaught', 'bloodbath', 'scorched-earth'). Nothing coded."))
