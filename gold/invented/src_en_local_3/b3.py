# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 31 South Africa, Mamelodi: electricity protest turns violent
p = "2022-02-08"
s1 = "Residents of Mamelodi East barricaded Tsamaya Avenue and Solomon Mahlangu Drive with burning tyres and rocks on Monday and pelted police with stones in a protest over electricity cuts that have left parts of the township in the dark for more than two weeks."
s2 = "Police fired rubber bullets and stun grenades to disperse the crowd, and a 24-year-old man died in hospital after being shot, allegedly by a police officer."
A(art(p, "Man dies as Mamelodi power protest turns violent", "Pretoria News", [
    s1,
    s2,
    "The Independent Police Investigative Directorate (Ipid) confirmed it was investigating the death. Gauteng police spokesperson Colonel Dimakatso Nevhuhulwi said 12 people had been arrested for public violence and that three officers were injured.",
    "Residents accuse the City of Tshwane of failing to repair a substation that exploded in January. \"We pay for electricity but we get nothing. Our food is rotting, our children study by candlelight,\" said Thabo Masilela, a community leader.",
    "The city said repairs had been delayed because contractors were threatened and cables stolen. MMC for utilities Phillip Nel said power would be restored by the weekend.",
    "Taxis and buses avoided the area, and several schools sent pupils home early. A municipal truck was set alight near the Denneboom station.",
    "In a separate incident in Atteridgeville last month, two municipal workers were held hostage for several hours by residents demanding water.",
], [ev("Riots", "Violent demonstration", "Rioters (South Africa)", 5, "Police Forces of South Africa", 1, "South Africa", "Gauteng",
       "Mamelodi", -25.7100, 28.3900, 1, wd(p, "Monday"), fat=1, inj=3, evid=[s1, s2],
       note="Service-delivery protest with burning barricades and stones thrown at police in Mamelodi (a township of Tshwane), Monday 7 Feb: violent demonstration; 1 killed (allegedly by police), 3 officers injured, 12 arrested."),
    ],
    "One event. The Atteridgeville hostage-taking 'last month' (no day) is background, not coded."))

# 32 Melbourne home invasion (no event)
A(art("2023-06-06", "Three charged after violent home invasion in Tarneit", "The Age", [
    "Three men have been charged after a family was tied up and threatened with a machete during a home invasion in Tarneit, in Melbourne's west, early on Sunday.",
    "Police allege the men forced their way into the house on Dunnings Road about 2am, demanded cash and car keys and struck a 52-year-old man on the head before fleeing in the family's Mercedes.",
    "The car was found burnt out in Truganina hours later. The men, aged 18, 19 and 22, were arrested at two addresses in Werribee on Monday after a short pursuit.",
    "They have been charged with aggravated burglary, armed robbery and intentionally causing injury and were remanded in custody to appear at Melbourne Magistrates' Court in August.",
    "Detective Inspector Stuart Bailey said the family had been \"absolutely terrified\". He said investigators did not believe the home had been targeted because of the family's background.",
    "Victoria Police figures show aggravated burglaries in Wyndham rose by almost a fifth last year.",
], [], "Home invasion robbery, ordinary suspects charged: crime, not coded."))

# 33 Newcastle, NSW: coal port blockade, arrests
p = "2022-10-25"
s1 = "Police arrested 14 climate activists at the Port of Newcastle on Monday after protesters locked themselves to a coal train and climbed onto a loading conveyor at the Kooragang Island terminal, halting coal exports for about six hours."
s2 = "Another group of about 60 people held a peaceful rally with banners at the terminal gates on Cormorant Road, where police moved them on in the afternoon."
A(art(p, "Fourteen arrested as activists halt Newcastle coal loader", "Newcastle Herald", [
    s1,
    s2,
    "The group Blockade Australia said the action was the start of a week of \"disruption\" to the coal export chain, the largest in the world. Police rescue officers used cutting equipment to free two protesters from a steel pipe attached to the rail line.",
    "Those arrested, aged between 19 and 72, were charged with offences including entering enclosed lands and obstructing a rail line, which carry penalties of up to two years' jail under laws passed this year.",
    "Port Waratah Coal Services said the disruption had delayed the loading of two ships. \"We respect the right to protest, but not when it puts people's lives at risk on an operational site,\" a spokeswoman said.",
    "Newcastle Lord Mayor Nuatali Nelmes said the city was committed to a transition from coal, but that the protests did little to win support in a region where thousands of jobs depend on mining.",
    "In June, Blockade Australia protesters were arrested in Sydney after blocking roads in the CBD.",
], [ev("Protests", "Protest with intervention", "Protesters (Australia)", 6, "Police Forces of Australia", 1, "Australia", "New South Wales",
       "Newcastle", -32.9283, 151.7817, 1, wd(p, "Monday"), evid=[s1, s2],
       note="Coal terminal blockade on Kooragang Island (part of Newcastle) and a gate rally, Monday 24 Oct: non-violent protest ended with 14 arrests: protest with intervention. The rally at the gates is the same place, day and sides, folded in."),
    ],
    "One event. 'A week of disruption' announced (future) and the June Sydney arrests (older) not coded."))

# 34 Lindt café siege anniversary (no event)
A(art("2019-12-15", "Martin Place remembers siege victims five years on", "The Sydney Morning Herald", [
    "Flowers were laid at the memorial in Martin Place on Sunday, five years after a gunman took 18 people hostage in the Lindt Chocolat Café, a siege that ended with the deaths of manager Tori Johnson and barrister Katrina Dawson.",
    "The 17-hour siege ended when police stormed the cafe after the gunman shot Mr Johnson. Ms Dawson was killed by fragments of a police bullet. The gunman was shot dead.",
    "A coronial inquest in 2017 found that police should have entered the cafe earlier and made 45 recommendations, most of which have since been adopted.",
    "Mr Johnson's partner, Thomas Zinn, said the anniversary was a chance to remember \"the kindness and courage\" shown by the hostages.",
    "The memorial, embedded in the pavement near the cafe, contains 210 glass flowers, each representing some of the floral tributes that carpeted the square in the days after the siege.",
    "NSW Premier Gladys Berejiklian said the city would never forget the two victims.",
], [], "Anniversary of the 2014 siege and an old inquest: nothing coded."))

# 35 All Blacks test (no event)
A(art("2018-08-26", "All Blacks repel Wallaby assault to keep Bledisloe", "The New Zealand Herald", [
    "The All Blacks retained the Bledisloe Cup for a 16th straight year with a 40-12 win over Australia at Eden Park in Auckland on Saturday night, surviving a ferocious first-half assault before pulling away.",
    "The Wallabies led 12-6 after half an hour as their forwards battered the New Zealand line, but a try from Beauden Barrett just before the break shifted momentum.",
    "Barrett finished with four tries and a conversion haul that made him the first All Black to score 30 points in a test against Australia. \"It was a real battle up front,\" said coach Steve Hansen. \"We had to win the fight before we could play.\"",
    "Wallabies captain Michael Hooper said his team had been \"shot down\" by a ten-minute spell after half-time in which the hosts scored three tries.",
    "A sell-out crowd of 46,000 saw the All Blacks extend their unbeaten run at Eden Park to 41 tests, a streak that stretches back to 1994.",
    "The All Blacks face Argentina in Nelson in two weeks.",
], [], "Rugby report with war words (assault, battered, battle, fight, shot down): nothing coded."))

# 36 Boksburg cash-in-transit heist (no event)
A(art("2021-05-20", "Two robbers killed in shootout after Boksburg cash van heist", "The Citizen", [
    "Two suspected robbers were shot dead and a security guard was wounded in a shootout with police after a cash-in-transit heist on the N12 near Boksburg on Wednesday morning.",
    "Police said about eight armed men in three vehicles forced a security van off the road and blew open the vault with explosives before escaping with an undisclosed amount of cash.",
    "Members of the Hawks and a tactical response team tracked one of the getaway vehicles to Vosloorus, where the suspects opened fire. Two were killed and a third was arrested. An AK-47, a pistol and cash bags were recovered.",
    "\"These criminals declared war on our security guards and the public,\" said Gauteng police commissioner Lt-Gen Elias Mawela.",
    "The Hawks said the group was linked to at least four other heists in Gauteng and Mpumalanga this year.",
    "The South African Banking Risk Information Centre says cash-in-transit robberies rose sharply last year.",
], [], "Armed robbery with explosives and a police shootout with robbers: ordinary crime, not coded ('declared war' figurative)."))

# 37 Ukraine: Kharkiv missile strike and Odesa drone attack (wire)
p = "2023-03-29"
s1 = "Russian missiles struck a residential neighbourhood in the Saltivskyi district of Kharkiv on Tuesday afternoon, killing three people and wounding 11, the regional governor, Oleh Syniehubov, said."
s2 = "Earlier, in the southern port city of Odesa, Russian drones hit a warehouse and an administrative building in the port area before dawn on Monday, injuring two security guards, the southern military command said. Nobody was killed."
s3 = "Russia's defence ministry said its forces had struck \"a gathering of Ukrainian military personnel\" in Kharkiv and \"port infrastructure used by the Kyiv regime\" in Odesa."
A(art(p, "Russian missiles hit Kharkiv apartments as drones target Odesa port", "Edmonton Journal", [
    "KYIV, Ukraine (AP) - " + s1,
    "A five-storey apartment block was partly destroyed and cars were burning in the courtyard. Rescue workers searched the rubble through the evening, and officials warned the toll could rise.",
    s2,
    s3,
    "Ukraine's air force said it had shot down 14 of 15 Iranian-made Shahed drones launched overnight on Monday, most of them aimed at the south.",
    "Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border and has been shelled regularly since the full-scale invasion began in February last year. Thousands of its residents have fled.",
    "In Edmonton, members of the Ukrainian Canadian Congress said they planned to hold a fundraiser for Kharkiv's hospitals next month.",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kharkiv",
       "Kharkiv", 49.9935, 36.2304, 1, wd(p, "Tuesday"), fat=3, inj=11, evid=[s1, s3],
       note="Missile strike on a residential area of Kharkiv (Saltivskyi district), Tuesday 28 Mar: 3 killed, 11 wounded (governor; the only count, of civilians; borderline as a Ukrainian official's). Russia's 'military gathering' is its claim of the target."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa",
       "Odesa", 46.4825, 30.7233, 1, wd(p, "Monday"), fat=0, inj=2, evid=[s2],
       note="Drone strike on the Odesa port area before dawn on Monday 27 Mar: 2 guards injured, nobody killed (0 as the text says so).")],
    "Two events: Kharkiv missiles (Tuesday) and Odesa drones (Monday). The air force's overnight interception count is a summed tally, not its own event; the Edmonton fundraiser is future."))

# 38 Eskom load shedding (no event)
A(art("2023-01-18", "Stage 6 load shedding to cost economy R4bn a day, economists warn", "Business Day", [
    "Eskom moved to stage 6 load shedding on Tuesday evening after breakdowns at six generating units, cutting power to most South African homes and businesses for up to eight hours a day.",
    "Economists at Nedbank estimate that each day of stage 6 costs the economy about R4bn in lost output. The rand weakened 1% against the dollar.",
    "\"We are fighting a war against the clock on the generation fleet,\" said Eskom chief operating officer Jan Oberholzer. The utility blamed unit failures at Kendal, Matla and Tutuka power stations, as well as delays in returning units from maintenance.",
    "Business Unity South Africa said small businesses were being \"destroyed\" by the outages, with restaurants and retailers forced to buy diesel for generators.",
    "President Cyril Ramaphosa cancelled a trip to the World Economic Forum in Davos to deal with the crisis. The DA has said it will join a march to Luthuli House next week to demand an end to the blackouts.",
    "Eskom said it expected to reduce load shedding to stage 4 by the weekend.",
], [], "Power crisis business news; a march announced for next week (future). Nothing coded."))

# 39 Hammanskraal cholera (no event)
A(art("2023-05-23", "Cholera death toll in Hammanskraal rises to 15", "Pretoria News", [
    "The number of people who have died in the cholera outbreak in Hammanskraal, north of Pretoria, rose to 15 on Monday, the Gauteng health department said.",
    "More than 90 people have been admitted to Jubilee District Hospital with diarrhoea and vomiting since last week. Nineteen cases have been confirmed by laboratory tests.",
    "Residents have long complained about the quality of tap water from the Rooiwal wastewater treatment works, which a Human Rights Commission report found to be polluting the Apies River.",
    "\"We have been telling them for years that this water is killing us,\" said Lerato Mahlangu, a resident of Kanana whose uncle was among the dead.",
    "Health MEC Nomantu Nkomo-Ralehoko urged residents to boil water and said water tankers had been sent to the area. The City of Tshwane said it was testing samples from its reservoirs.",
    "Health Minister Joe Phaahla said the source of the outbreak had not yet been established.",
], [], "Disease outbreak and a toll: not coded."))

# 40 Enugu tanker explosion (no event)
A(art("2024-01-12", "Tanker explosion kills six on Enugu-Onitsha expressway", "Punch", [
    "Six people were burnt to death on Wednesday evening when a tanker laden with petrol lost control and exploded near the Ugwu Onyeama section of the Enugu-Onitsha expressway, the Federal Road Safety Corps said.",
    "Witnesses said the tanker's brakes appeared to fail on the steep descent. It rammed into a line of vehicles waiting in traffic and burst into flames. Nine vehicles were burnt.",
    "The Enugu State Fire Service said its men fought the fire for more than two hours. Eleven injured people were taken to the University of Nigeria Teaching Hospital in Ituku-Ozalla.",
    "The sector commander of the FRSC, Franklin Agbakoba, said the corridor was \"a death trap\" for heavy vehicles and urged the federal government to complete its rehabilitation.",
    "Governor Peter Mbah, who visited the scene on Thursday, ordered the state ministry of transport to ban tankers from the route during peak hours.",
    "It is the third tanker fire on the road in two years.",
], [], "Road accident and fuel tanker explosion: not coded."))

# 41 Owo church attack trial (no event)
A(art("2023-10-04", "Owo church attack: Court admits confessional statements of suspects", "Vanguard", [
    "The Federal High Court in Abuja on Tuesday admitted in evidence the confessional statements of five men accused of involvement in the attack on St Francis Catholic Church, Owo, Ondo State, in June last year, in which more than 40 worshippers were killed.",
    "Justice Emeka Nwite overruled objections by defence counsel, who argued that the statements were obtained under duress while the men were in the custody of the Department of State Services.",
    "The prosecution alleges that the defendants, who are said to be members of the Islamic State West Africa Province, helped to plan the Pentecost Sunday attack and provided shelter to the gunmen.",
    "A DSS operative told the court the men were arrested in Kogi and Edo states in August last year.",
    "The attack, in which gunmen opened fire on worshippers and detonated explosives, drew condemnation around the world. Survivors, many of whom lost limbs, have complained of inadequate support from the government.",
    "The case was adjourned to November 20 for continuation of trial.",
], [], "Trial of suspects in the 2022 attack; their arrest last year: court reports of old events, not coded."))

# 42 NLC strike called off (no event)
A(art("2023-06-06", "NLC, TUC suspend planned nationwide strike over fuel subsidy removal", "The Guardian Nigeria", [
    "The Nigeria Labour Congress and the Trade Union Congress on Monday night suspended a nationwide strike they had called to begin on Wednesday in protest against the removal of the petrol subsidy, after a meeting with government representatives in the Presidential Villa.",
    "The unions said the government had agreed to set up a joint committee to review the new pump price and to consider a wage award for workers. NLC president Joe Ajaero said the strike was \"suspended, not cancelled\".",
    "Petrol prices nearly tripled to about N500 a litre after President Bola Tinubu declared in his inauguration speech last week that \"subsidy is gone\".",
    "Transport fares doubled in Lagos and Abuja, and long queues formed at filling stations across the country. Many commuters walked to work on Monday.",
    "The National Industrial Court had earlier restrained the unions from going on strike. Civil society groups accused labour leaders of \"betraying\" Nigerians and threatened to hold street protests of their own.",
    "The committee is to report within two weeks.",
], [], "A called-off strike and threatened protests: future or cancelled, not coded."))

# 43 Whangarei hikoi
p = "2024-09-10"
s1 = "About 2,000 people joined a hīkoi through central Whangārei on Saturday to protest against the Government's plan to make councils hold referendums on Māori wards."
s2 = "The march set off from Te Kōngahu, the Museum and Heritage Park, and ended peacefully outside the Northland Regional Council offices on Water Street, where speakers addressed the crowd from the back of a truck."
A(art(p, "Thousands march in Whangārei in support of Māori wards", "The Northern Advocate", [
    s1,
    s2,
    "Marchers carried tino rangatiratanga flags and signs reading \"Our voice, our place\". Police said there were no incidents, though traffic on State Highway 1 was held up for about 40 minutes.",
    "Under legislation passed in July, councils that established Māori wards without a referendum must either hold a poll alongside next year's local elections or scrap them.",
    "Northland Regional Council chair Geoff Crawford said the council would vote this month on whether to keep its two Māori constituencies. Councillor Tui Shortland said the law \"treats Māori representation as something to be put up for debate every three years\".",
    "Organisers said similar marches were planned in Kaitāia and Kerikeri before the vote.",
    "Local Government Minister Simeon Brown said the Government was restoring the right of communities to have a say.",
], [ev("Protests", "Peaceful protest", "Protesters (New Zealand)", 6, None, None, "New Zealand", "Northland",
       "Whangarei", -35.7251, 174.3237, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Peaceful hīkoi in central Whangārei, Saturday 7 Sep."),
    ],
    "One event. Marches planned in Kaitāia and Kerikeri are future, not coded."))

# 44 Mexico homicide statistics (wire, no event)
A(art("2020-01-22", "Mexico logs record 34,582 murders in 2019", "San Antonio Express-News", [
    "MEXICO CITY (AP) - Mexico registered 34,582 victims of homicide last year, the highest number since modern records began, the country's public security system said Tuesday, underscoring the failure of President Andrés Manuel López Obrador's efforts to curb cartel violence.",
    "The state of Guanajuato, where the Santa Rosa de Lima and Jalisco New Generation cartels are fighting over fuel theft and drug routes, had the most killings for the second year in a row, followed by the states of Mexico, Baja California and Chihuahua.",
    "López Obrador, who took office in December 2018 promising \"hugs, not bullets\", said the newly created National Guard needed more time. \"We are going to pacify the country,\" he said at his morning news conference.",
    "The figures do not include the thousands of people who disappeared during the year. Critics said the government had no strategy beyond deploying troops.",
    "Relatives of the nine American women and children killed in an ambush in Sonora in November met with the president last week to demand justice.",
    "Security analysts warned that 2020 could be worse.",
], [], "National homicide statistics and an older ambush (November) recalled: aggregates and background, not coded."))

# 45 Colombia peace talks (wire, no event)
A(art("2023-05-25", "Colombia and ELN resume talks in Havana, ceasefire still elusive", "Vancouver Sun", [
    "HAVANA (Reuters) - Negotiators for Colombia's government and the National Liberation Army (ELN) rebels opened a third round of peace talks in Havana on Wednesday, with a bilateral ceasefire at the top of the agenda.",
    "Talks in Mexico City ended in March with an agreement on a framework for civil society participation, but progress was overshadowed by an ELN attack in Arauca department that killed nine soldiers weeks later, which President Gustavo Petro called \"a blow to peace\".",
    "\"We have come to Havana with the will to reach a ceasefire,\" said government negotiator Otty Patiño. ELN commander Pablo Beltrán said the rebels wanted guarantees that the government would address poverty in the regions where the group operates.",
    "The ELN, founded in 1964, is believed to have about 2,500 fighters and is active along the border with Venezuela. Several previous attempts at peace with the group have collapsed.",
    "Petro's \"total peace\" policy seeks talks with all of the country's armed groups, including dissidents of the FARC who rejected a 2016 peace deal.",
    "The round is expected to last about three weeks.",
], [], "Peace talks under way; no agreement reached in this round (the March framework and the Arauca attack are older background). Nothing coded."))
