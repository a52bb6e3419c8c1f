# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Kenya fuel-tax protests: Kisumu riot, Nairobi protest dispersed
p = "2023-07-13"
s1 = "Police in Kisumu fired teargas and arrested at least 14 people on Wednesday as hundreds of youths opposed to the doubling of VAT on fuel lit bonfires, blocked the Kisumu-Busia road and stoned police vehicles."
s2 = "Three people were treated for injuries at the Jaramogi Oginga Odinga Teaching and Referral Hospital, a nurse said."
s3 = "In Nairobi, about 200 people marched from Kamukunji grounds towards the Central Business District, where police dispersed them with teargas outside Parliament Buildings."
A(art(p, "Teargas in Kisumu, Nairobi as fuel levy protests spread", "Daily Nation", [
    s1,
    "Traders along Jomo Kenyatta Highway pulled down their shutters by mid-morning as running battles spread into the Kondele and Nyalenda neighbourhoods. Matatu operators withdrew their vehicles, leaving hundreds of commuters stranded at the main bus terminus.",
    s2,
    "Kisumu County Police Commander Peter Kimani said officers had acted to restore order after a group of youths tried to storm a petrol station on Obote Road. \"We allowed them to express themselves, but we will not allow the destruction of property,\" he said.",
    s3,
    "The Nairobi marchers, many of them boda boda riders, carried placards reading \"We cannot afford to breathe\" and empty jerrycans. No arrests were reported in the capital.",
    "The protests followed the signing of the Finance Act, which raised VAT on petroleum products from eight to 16 per cent. Pump prices rose by more than Sh13 a litre at the weekend.",
    "Human rights groups say at least six people were killed during similar protests in March. Opposition leaders have called for further demonstrations next week and urged supporters to stay away from work.",
    "Interior Cabinet Secretary Kithure Kindiki warned that anyone who incites violence would be \"dealt with firmly in accordance with the law\".",
], [ev("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "Police Forces of Kenya", 1, "Kenya", "Kisumu",
       "Kisumu", -0.0917, 34.7680, 1, wd(p, "Wednesday"), inj=3, evid=[s1, s2],
       note="Kisumu fuel-tax protest with bonfires, road blocks and stones thrown at police: violent demonstration; 14 arrested, 3 injured."),
    ev("Protests", "Protest with intervention", "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, "Kenya", "Nairobi",
       "Nairobi", -1.2864, 36.8172, 1, wd(p, "Wednesday"), evid=[s3],
       note="Nairobi march dispersed with teargas outside Parliament; no violence by marchers told.")],
    "Two events (Kisumu riot, Nairobi protest dispersed) on Wednesday 12 Jul. March deaths (older) and next week's called protests not coded."))

# 2 Dublin-Monaghan bombings anniversary (no event)
A(art("2019-05-18", "Families mark 45 years since Dublin and Monaghan bombings", "Irish Independent", [
    "Relatives of the 34 people killed in the Dublin and Monaghan bombings gathered at the memorial on Talbot Street yesterday to mark the 45th anniversary of the worst atrocity of the Troubles.",
    "Three car bombs exploded without warning in Dublin city centre during the evening rush hour on May 17, 1974, and a fourth went off in Monaghan town 90 minutes later. Nobody has ever been convicted.",
    "Wreaths were laid by the Lord Mayor and by representatives of the Justice for the Forgotten group, which has campaigned for decades for the British government to open its files on the attacks.",
    "\"We are still waiting, 45 years on, for the truth,\" said Margaret Urwin of the group. \"Every year we stand here and every year we are told to be patient.\"",
    "The Dáil has passed three all-party motions calling on London to give an independent international judicial figure access to the documents. A spokesman for the Northern Ireland Office said the government had cooperated fully with previous inquiries.",
    "A minute's silence was observed at 5.30pm, the time the first bomb exploded on Parnell Street.",
], [], "Anniversary memorial of the 1974 bombings; an old attack recalled with its date, not coded."))

# 3 Pakistan: North Waziristan attack and Bajaur IED
p = "2022-08-16"
s1 = "Two soldiers were killed and three others injured when militants attacked a security forces' check post near Mir Ali in North Waziristan district on Monday night, officials said."
s2 = "The banned Tehreek-i-Taliban Pakistan claimed responsibility for the attack in a statement to journalists."
s3 = "The military's media wing said in a statement that four terrorists were killed in the exchange of fire, which lasted nearly two hours."
s4 = "Separately, four policemen were injured on Sunday when a roadside bomb struck their van in the Mamund tehsil of Bajaur district."
s5 = "None of the injured was in a critical condition, a district police official said, adding that nobody had been killed."
A(art(p, "Two soldiers martyred in North Waziristan attack", "Dawn", [
    s1,
    "A local administration official told Dawn that the militants, armed with heavy weapons, opened fire on the post from several sides shortly after 10pm. Reinforcements were rushed to the area and the injured soldiers were shifted to the Combined Military Hospital in Bannu.",
    s3 + " The claim could not be independently verified as access to the area is restricted.",
    s2,
    s4 + " " + s5,
    "Police said the device had been planted on the roadside and detonated by remote control. A search operation was launched in the surrounding villages.",
    "The former tribal districts bordering Afghanistan have seen a rise in attacks on security forces in recent months, years after a major military operation in 2014 that the army said had cleared North Waziristan of militants.",
    "Residents of Mir Ali said a curfew had been imposed in parts of the town on Tuesday morning and that mobile phone services had been suspended.",
    "Khyber Pakhtunkhwa Chief Minister Mahmood Khan condemned both incidents and said the sacrifices of the security forces would not go in vain.",
], [ev("Battles", "Armed clash", "Tehreek-i-Taliban Pakistan", 2, "Military Forces of Pakistan", 1, "Pakistan",
       "Khyber Pakhtunkhwa", "Mir Ali", 33.0200, 70.2800, 2, wd(p, "Monday"), fat=2,
       claimed=[{"low": 4, "high": 4, "claimant": "Military of Pakistan (ISPR)", "text": "four terrorists were killed in the exchange of fire"}],
       inj=3, evid=[s1, s2, s3],
       note="TTP-claimed attack on a check post near Mir Ali on Monday night; 2 soldiers killed (officials); 4 militants killed is the military's claim."),
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", 3,
       "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Mamund", 34.7900, 71.4000, 2,
       wd(p, "Sunday"), fat=0, inj=4, evid=[s4, s5],
       note="Remote-controlled roadside bomb on a police van in Mamund tehsil, Bajaur, Sunday; nobody killed, 4 injured.")],
    "Two events: the Mir Ali check-post attack (Monday) and the Bajaur IED (Sunday). The 2014 operation is background."))

# 4 Delhi election rhetoric (no event)
A(art("2020-01-28", "'Battle for Delhi': BJP, AAP trade barbs as campaign heats up", "Hindustan Times", [
    "The battle for Delhi entered its final week on Monday with Union home minister Amit Shah and chief minister Arvind Kejriwal addressing a string of rallies across the city and accusing each other of betraying voters.",
    "Addressing a gathering in Babarpur, Shah said the February 8 election would be a \"surgical strike\" on the Aam Aadmi Party's \"politics of false promises\" and urged voters to press the button \"with such anger\" that the result would be felt in Shaheen Bagh.",
    "Kejriwal hit back at a roadshow in Model Town, saying the BJP had \"declared war\" on free electricity and free bus rides for women. \"They have an army of 200 MPs and 70 ministers. We have the love of the people of Delhi,\" he said.",
    "The Congress, which ruled the capital for 15 years until 2013, has fielded candidates in all 70 seats but is widely seen as fighting for third place.",
    "The Election Commission on Monday issued a notice to a BJP candidate over remarks made at a rally in west Delhi and asked him to reply within 24 hours.",
    "Counting of votes will take place on February 11.",
], [], "Election campaign with war metaphors (battle, surgical strike, declared war); no event."))

# 5 Lagos robbery suspects, police shootout (no event)
A(art("2021-03-10", "Police kill suspected robber, arrest three in Ikorodu", "Punch", [
    "Operatives of the Lagos State Police Command have killed a suspected armed robber and arrested three members of his gang in the Ikorodu area of the state.",
    "The command's spokesperson, Muyiwa Adejobi, said in a statement on Tuesday that the suspects had been terrorising residents of Igbogbo and Ebute, breaking into homes at night and robbing occupants of cash, phones and other valuables.",
    "According to him, a team of detectives acting on intelligence trailed the gang to a hideout in Ibeshe on Sunday night. \"On sighting the policemen, the hoodlums opened fire and the team returned fire. One of them was fatally wounded while three others were arrested,\" he said.",
    "He said a locally-made pistol, four live cartridges, 11 mobile phones and two laptops were recovered from the suspects.",
    "A resident of Igbogbo, who spoke on condition of anonymity, said residents had been forming vigilance groups because of the robberies. \"We have not slept well for two months,\" she said.",
    "The Commissioner of Police, Hakeem Odumosu, ordered that the suspects be transferred to the State Criminal Investigation Department, Yaba, for further investigation.",
], [], "Police shooting of an armed-robbery suspect and arrests of ordinary criminals; not coded."))

# 6 Philippines: NPA clash in Las Navas, arrest in Catarman
p = "2019-11-20"
s1 = "A soldier was killed and two others were wounded in a clash with New People's Army rebels in the village of Epaw in Las Navas, Northern Samar, on Monday, the military said."
s2 = "On Tuesday, police and soldiers arrested a suspected finance officer of the NPA at a checkpoint in Catarman, the provincial capital."
A(art(p, "Soldier killed in Northern Samar clash with NPA", "Philippine Daily Inquirer", [
    s1,
    "Lt. Col. Roberto Obaob, commander of the Army's 20th Infantry Battalion, said troops on patrol encountered about 20 rebels at around 7 a.m., sparking a firefight that lasted 30 minutes.",
    "The rebels fled toward the forested interior of the town, leaving behind two rifles, a bag of explosives and subversive documents. Obaob said blood trails indicated that the rebels also suffered casualties.",
    "The wounded soldiers were brought to a hospital in Catarman and were in stable condition.",
    s2,
    "The suspect, identified as Lorna Tiozon, 43, was carrying P200,000 in cash and a hand grenade, according to the provincial police. She faces charges of illegal possession of explosives.",
    "A spokesperson for the NPA's Efren Martires Command could not be reached for comment.",
    "The military has declared several towns in Northern Samar as priority areas in its campaign to end the communist insurgency, which began in 1969, by 2022.",
], [ev("Battles", "Armed clash", "Military Forces of the Philippines", 1, "NPA: New People's Army", 2, "Philippines",
       "Eastern Visayas", "Las Navas", 12.3397, 125.0301, 2, wd(p, "Monday"), fat=1, inj=2, evid=[s1],
       note="Army patrol clash with NPA in barangay Epaw, Las Navas; 1 soldier killed, 2 wounded; rebel casualties unquantified. geo 2: village of the town."),
    ev("Strategic developments", "Arrests", "Police Forces of the Philippines", 1, "NPA: New People's Army", 2,
       "Philippines", "Eastern Visayas", "Catarman", 12.4989, 124.6377, 1, wd(p, "Tuesday"), evid=[s2],
       note="Arrest of a suspected NPA finance officer at a Catarman checkpoint on Tuesday.")],
    "Clash in Las Navas (Monday) and arrest of a suspected NPA cadre in Catarman (Tuesday)."))

# 7 Cobra Gold exercise (no event)
A(art("2023-03-01", "Cobra Gold returns at full strength with 30 nations", "Bangkok Post", [
    "The annual Cobra Gold military exercise, one of the largest in Asia, opened yesterday at U-Tapao naval air base in Rayong, with about 7,000 troops from Thailand, the United States and more than 20 other countries taking part.",
    "It is the first time since the Covid-19 pandemic that the exercise has been held at full scale. Over the next two weeks troops will carry out amphibious landings at Hat Yao beach in Chon Buri, live-fire drills in Lop Buri and a simulated evacuation of civilians from a disaster zone.",
    "Gen Chalermpol Srisawat, chief of the Defence Forces, said the exercise would strengthen the ability of partner nations to respond together to humanitarian crises and \"threats to regional peace\".",
    "US Ambassador Robert Godec said the exercise reflected \"a partnership that has lasted more than four decades\". China is taking part in the humanitarian portion for the tenth year.",
    "Residents near the live-fire ranges have been warned to expect loud explosions between 8am and 4pm.",
], [], "Military exercise with live-fire drills; no event."))

# 8 Border War film review (no event)
A(art("2022-09-16", "Review: a border war film that refuses to look away", "Mail & Guardian", [
    "Few South African films have dared to return to the Border War, and fewer still have done it without flinching. The Ambush Season, which opens in cinemas this week, is a brutal, uneven and often brilliant attempt to reckon with the conflict that consumed a generation of white conscripts and the Namibians and Angolans they fought.",
    "The film follows a platoon of 19-year-olds sent across the cutline into southern Angola in 1981. Director Thandi Mokoena stages the first contact with the enemy as a long, confused firefight in the bush, where nobody knows who is shooting at whom.",
    "It is in the quieter scenes that the film finds its power: a farm boy writing letters he never sends, a sergeant who cannot explain why they are there, a village razed for reasons no one remembers. The performances, particularly from newcomer Ruan Botha, are raw and unforced.",
    "Where the film stumbles is in its final act, which rushes towards a homecoming that feels borrowed from Hollywood. The Namibian characters, too, remain largely silhouettes.",
    "Still, this is a film that demands to be seen, and argued over. Three and a half stars.",
], [], "Film review with battle scenes set in 1981; no event."))

# 9 Ireland: Ballymun protest with arrests; arson at Ballinasloe hotel
p = "2024-02-06"
s1 = "Three people were arrested on Saturday after gardaí moved in to clear a protest outside a former nursing home in Ballymun that is to be used to house international protection applicants."
s2 = "A fire that gardaí believe was started deliberately caused extensive damage to a disused hotel in Ballinasloe, Co Galway, in the early hours of Monday."
s3 = "The hotel had been the scene of a protest by local residents last week after it emerged that it was being considered as accommodation for asylum seekers."
A(art(p, "Three arrested at Ballymun protest as Galway hotel set alight", "Irish Independent", [
    s1,
    "About 150 people had gathered outside the building on Saturday afternoon, some carrying tricolours and placards reading \"Ireland is full\". Gardaí said the protesters had blocked the entrance to the site and refused repeated requests to allow a delivery lorry through.",
    "A Garda spokesman said two men and a woman were arrested for public order offences and were later released without charge. Files are being prepared for the Director of Public Prosecutions.",
    s2,
    "No one was in the building at the time and no injuries were reported. Units of Galway Fire Service were at the scene for more than five hours.",
    s3 + " The Department of Integration said yesterday that no contract had been signed.",
    "Garda Commissioner Drew Harris said he was \"deeply concerned\" by what he described as a pattern of attacks on buildings linked to asylum accommodation. \"Arson is not protest. It is a serious crime that endangers lives,\" he said.",
    "Minister for Integration Roderic O'Gorman said the Government would not be intimidated. Local TD Denis Naughten appealed for calm and said people in Ballinasloe were \"horrified\".",
], [ev("Protests", "Protest with intervention", "Protesters (Ireland)", 6, "Police Forces of Ireland", 1, "Ireland",
       "Dublin", "Ballymun", 53.3947, -6.2655, 1, wd(p, "Saturday"), evid=[s1],
       note="Anti-asylum-housing protest in Ballymun cleared by gardaí with 3 arrests, Saturday 3 Feb."),
    ev("Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Ireland)", 3, None, None,
       "Ireland", "Galway", "Ballinasloe", 53.3275, -8.2194, 1, wd(p, "Monday"), fat=0, evid=[s2],
       note="Borderline: deliberate fire at a hotel considered for asylum seekers, after a protest there; motive implied, perpetrators unknown. The protest last week has no day and is not coded.")],
    "Ballymun protest with arrests coded; Ballinasloe arson coded as borderline property destruction (political motive implied). Last week's Ballinasloe protest lacks a day, not coded."))

# 10 Sheffield derby preview (no event)
A(art("2019-03-02", "Steel City derby: Blades and Owls ready for battle at Bramall Lane", "Sheffield Star", [
    "It is the fixture the whole city has been waiting for. Sheffield United and Sheffield Wednesday go to war at Bramall Lane on Monday night with both clubs chasing promotion and bragging rights on the line.",
    "Blades boss Chris Wilder says his side are ready for the \"battle\" and insists his players will not be distracted by the occasion. \"Derbies are won in the trenches,\" he said. \"We know what's coming and we'll be ready to fight for every ball.\"",
    "Wednesday caretaker Steve Bruce, who takes charge for the first time, will be without striker Steven Fletcher, who is nursing a hamstring injury.",
    "South Yorkshire Police said a large number of officers would be on duty around the ground and in the city centre. Kick-off has been moved to 7.45pm and away fans will be escorted from a designated pub.",
    "The last meeting at Hillsborough in September ended goalless, a result which Wilder described as \"a smash and grab without the grab\".",
    "The match is a sell-out and will be shown live on Sky Sports.",
], [], "Football preview with war vocabulary and policing plans; sport, no event."))

# 11 APS Peshawar anniversary (no event)
A(art("2019-12-17", "Nation remembers APS martyrs five years on", "Dawn", [
    "Special prayers were offered and candles were lit across the country on Monday as the nation marked five years since the attack on the Army Public School in Peshawar, in which 147 people, most of them children, were killed.",
    "Six gunmen of the Tehreek-i-Taliban Pakistan stormed the school on December 16, 2014, going from classroom to classroom shooting students and teachers. All the attackers were killed by security forces after an eight-hour operation.",
    "At the main ceremony at the school, parents of the victims laid wreaths at a memorial bearing the names of the dead. Many said they were still waiting for answers.",
    "\"Our children went to school in uniform and came back in coffins. Five years later, we still don't know who failed to protect them,\" said Fazal Khan, whose son Sahibzada Omar was killed in the attack.",
    "The Supreme Court last year ordered a judicial commission to investigate the security lapses. The commission's report has been submitted to the court but has not yet been made public.",
    "Prime Minister Imran Khan said in a message that the sacrifices of the APS children had united the nation against terrorism.",
], [], "Memorial of the 2014 APS attack and an inquiry; old attack with its date, not coded."))

# 12 Manipur: Moirang attack and gunfight, Kwakta blockade
p = "2024-01-21"
s1 = "One farmer was killed and two others were injured when armed men opened fire from the surrounding hills at villagers working in paddy fields near Moirang in Bishnupur district on Friday, police said."
s2 = "Security forces deployed in the area retaliated, triggering a gunfight that lasted for nearly four hours."
s3 = "On Saturday, hundreds of women blocked the Imphal-Churachandpur road at Kwakta with boulders and burning tyres to protest against the killing, and police fired teargas shells to disperse them."
A(art(p, "Manipur: Farmer shot dead near Moirang, women block highway", "Hindustan Times", [
    s1,
    "The victim, identified as Thokchom Ibohal, 48, was hit in the head and died on the way to the Regional Institute of Medical Sciences in Imphal, officials said. The two injured farmers are out of danger.",
    s2 + " A senior police officer said no casualties were reported among the security personnel and it was not known whether the attackers had suffered any.",
    s3,
    "\"We have been asking for protection for months so that we can farm our own land. What is the government doing?\" said Ningthoujam Sanahanbi, one of the protesters.",
    "Traffic on the highway resumed in the afternoon after the district administration assured the protesters that additional forces would be deployed in the foothill areas.",
    "More than 200 people have been killed and over 60,000 displaced since ethnic violence between the Meitei and Kuki-Zo communities broke out in the state in May last year.",
    "Farmers in the valley districts say they have been unable to cultivate land near the foothills for months because of sniper fire, and the state government has begun deploying security forces to guard them during sowing and harvest.",
    "Chief minister N Biren Singh condemned the killing and announced ex gratia of ₹10 lakh for the family of the deceased.",
], [ev("Violence against civilians", "Attack", "Unidentified Armed Group (India)", 3, "Civilians (India)", 7, "India",
       "Manipur", "Moirang", 24.4939, 93.7730, 2, wd(p, "Friday"), fat=1, inj=2, evid=[s1],
       note="Armed men fired on farmers near Moirang on Friday: 1 killed, 2 injured. geo 2: near the town."),
    ev("Battles", "Armed clash", "Military Forces of India", 1, "Unidentified Armed Group (India)", 3, "India",
       "Manipur", "Moirang", 24.4939, 93.7730, 2, wd(p, "Friday"), evid=[s2],
       note="Borderline: 'security forces' (force not named) exchanged fire with the attackers for four hours; no casualties among forces, attackers' unknown, so fatalities null."),
    ev("Protests", "Protest with intervention", "Protesters (India)", 6, "Police Forces of India", 1, "India", "Manipur",
       "Kwakta", 24.4442, 93.7426, 1, wd(p, "Saturday"), evid=[s3],
       note="Women's road blockade at Kwakta dispersed with teargas on Saturday; blocking with boulders and tyres is not violence against people, so protest with intervention.")],
    "Three events: attack on farmers near Moirang and the ensuing gunfight (Friday), Kwakta blockade dispersed (Saturday). Aggregate toll since May 2023 not coded."))

# 13 Australian defence budget (no event)
A(art("2023-05-10", "Defence spending locked in for AUKUS as war chest grows", "The Australian", [
    "The Albanese government will spend $19 billion over the next four years on missiles, northern bases and the first stages of the AUKUS nuclear submarine program, in a budget that Defence Minister Richard Marles says puts the country on a \"more strategic footing\".",
    "The budget papers show defence spending rising to 2.2 per cent of GDP by the end of the decade. Money has been shifted from the Army's planned infantry fighting vehicle fleet, which has been cut from 450 to 129 vehicles, towards long-range strike weapons such as Tomahawk cruise missiles and the HIMARS rocket system.",
    "Opposition defence spokesman Andrew Hastie said the government was \"fighting the last war with next decade's money\" and accused Labor of robbing the Army to pay for submarines that would not arrive until the 2030s.",
    "Analysts at the Australian Strategic Policy Institute said the budget did little to address the shortage of skilled personnel. \"You can buy all the missiles you want, but you need people to fire them,\" said senior analyst Marcus Hellyer.",
    "Upgrades to RAAF bases at Tindal, Darwin and Townsville will begin next year, creating an estimated 1,200 construction jobs in the north.",
    "The budget also includes $1.5bn over five years for veterans' services.",
], [], "Defence budget with war vocabulary; no event."))

# 14 Thai deep south: Rueso bomb and Bannang Sata shooting
p = "2022-03-09"
s1 = "A paramilitary ranger was killed and two others were wounded when a roadside bomb exploded as their patrol passed along a rural road in tambon Lalo of Rueso district, Narathiwat, on Tuesday morning."
s2 = "Late on Monday, two men on a motorcycle shot dead a village headman in Bannang Sata district of Yala as he was returning home from a mosque."
A(art(p, "Ranger killed in Narathiwat bomb, headman shot dead in Yala", "Bangkok Post", [
    s1,
    "Police said the bomb, made from a fire extinguisher packed with about 10 kilogrammes of explosives, was hidden under a culvert and detonated by a mobile phone. The blast left a crater one metre deep.",
    "The dead ranger was identified as Sgt Wichai Thongkham, 32, of the 46th Ranger Regiment. The wounded men were taken to Rueso Hospital and later transferred to Narathiwat Ratchanakarin Hospital.",
    s2,
    "The victim, Abdullah Samae, 52, died at the scene after being hit by at least six bullets. Police found 9mm cartridges nearby and believe insurgents were behind the killing.",
    "Col Kiattisak Neewong, spokesman for the Internal Security Operations Command Region 4, said security had been stepped up in both provinces ahead of a new round of peace talks with the Barisan Revolusi Nasional in Kuala Lumpur later this month.",
    "More than 7,300 people have been killed since the insurgency in the Malay-Muslim majority southern provinces reignited in 2004, according to the monitoring group Deep South Watch.",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Thailand)", 3,
       "Military Forces of Thailand", 1, "Thailand", "Narathiwat", "Rueso", 6.4000, 101.5200, 2, wd(p, "Tuesday"),
       fat=1, inj=2, evid=[s1],
       note="Phone-detonated roadside bomb on a ranger patrol in tambon Lalo, Rueso, Tuesday: 1 killed, 2 wounded. geo 2: subdistrict within a district."),
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Thailand)", 3, "Civilians (Thailand)", 7,
       "Thailand", "Yala", "Bannang Sata", 6.2667, 101.2500, 2, wd(p, "Monday"), fat=1, evid=[s2],
       note="Village headman shot dead in Bannang Sata on Monday; police suspect insurgents. Headman coded as civilian.")],
    "Two insurgency events: Rueso IED (Tuesday) and killing of a headman in Bannang Sata (Monday). Cumulative toll since 2004 and the planned peace talks not coded."))

# 15 KNUT strike notice (no event)
A(art("2019-01-02", "Knut issues strike notice as schools set to reopen", "Daily Nation", [
    "The Kenya National Union of Teachers (Knut) has called on its members to down tools from Monday next week, threatening to paralyse learning as schools reopen for the first term.",
    "Knut Secretary-General Wilson Sossion said yesterday that the union had exhausted all avenues of dialogue with the Teachers Service Commission (TSC) over promotions, transfers and the implementation of a new performance appraisal system.",
    "\"Teachers will not report to class until the TSC addresses our grievances. We have been patient for too long,\" Mr Sossion told a press conference in Nairobi. He said teachers would hold demonstrations in all 47 counties during the strike.",
    "TSC Chief Executive Nancy Macharia said the strike was illegal because the union had not followed the procedure set out in the Labour Relations Act. \"Any teacher who fails to report to work will not be paid,\" she said.",
    "The Kenya Union of Post Primary Education Teachers (Kuppet) has distanced itself from the strike.",
    "Parents' associations urged both sides to return to the negotiating table, saying pupils could not afford to lose more time after last year's disrupted calendar.",
], [], "Announced future strike and demonstrations; not coded."))
