# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Nashville: police shoot carjacking suspect (negative)
P = "2023-04-18"
A(art(P, "Carjacking suspect shot by Metro officers in Antioch standoff", "The Tennessean", [
    "A man suspected of a string of carjackings across south Nashville was shot and critically wounded by Metro Nashville Police officers late Sunday after he pointed a rifle at them in the parking lot of an Antioch apartment complex, police said.",
    "According to a preliminary account released Monday, officers from the department's auto theft unit tracked a stolen Dodge Charger to the complex on Bell Road shortly before 11 p.m. When officers approached, the driver got out holding what police described as an AR-style rifle and refused repeated commands to drop it.",
    "Two officers fired a total of six rounds. The 24-year-old was taken to Vanderbilt University Medical Center, where he remained in critical condition on Monday. A rifle with a loaded magazine was recovered beside the car.",
    "\"Our officers were confronted with a deadly threat and they had seconds to make a decision,\" Deputy Chief Dwayne Greene said at a news conference. Body camera footage will be released once the man's family has been shown it, Greene said.",
    "The Tennessee Bureau of Investigation is handling the case, as is routine when Metro officers shoot someone. The officers, both with more than five years on the force, have been placed on administrative assignment.",
    "Residents said they were woken by the gunfire. \"It sounded like fireworks at first, then everybody was on the balcony,\" said Tasha Moore, who has lived in the complex for three years.",
    "Police said the man faces four counts of carjacking from incidents dating back to late March.",
], [], "Police shooting of an armed criminal suspect: out of scope, not coded."))

# 2 Asheville: peaceful protest at City Hall over encampment sweep
P = "2023-08-16"
A(art(P, "Dozens rally at City Hall as council weighs camping ban", "Asheville Citizen-Times", [
    "ASHEVILLE - About 80 people rallied outside Asheville City Hall on Tuesday evening to protest a proposed ordinance that would let police clear homeless encampments on city land with 24 hours' notice.",
    "Protesters, many of them volunteers with outreach groups that serve people living along the French Broad River, held hand-painted signs reading \"Housing, not handcuffs\" and took turns reading the names of unhoused people who have died in Buncombe County this year. Police officers watched from the steps; no arrests were made and the gathering broke up peacefully as the council meeting began.",
    "Inside, more than 40 people signed up to speak during public comment. Most opposed the measure.",
    "\"Moving people from one patch of woods to the next doesn't end homelessness, it just hides it,\" said Rev. Amanda Levering of a downtown Methodist congregation. \"And every time a camp is swept people lose their IDs, their medications, their tents.\"",
    "Supporters of the ordinance, including several business owners from the River Arts District, told council members that encampments had grown since the spring and that employees no longer felt safe walking to their cars.",
    "Council postponed a vote until its September meeting. Organizers of Tuesday's rally said they would return to City Hall for that session and are planning a march from Pack Square beforehand.",
    "Asheville's most recent point-in-time count found 573 people experiencing homelessness, up 10 percent on the previous year.",
], [
    ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "North Carolina", "Asheville", 35.5951, -82.5515, 1, wd(P, "Tuesday"),
       evid=["ASHEVILLE - About 80 people rallied outside Asheville City Hall on Tuesday evening to protest a proposed ordinance that would let police clear homeless encampments on city land with 24 hours' notice."],
       note="Peaceful rally outside City Hall; police present, no arrests."),
], "One peaceful protest; the September march is planned (future) and the public comment inside the meeting is not a protest event."))

# 3 Plymouth stabbing: murder charge (negative)
P = "2022-02-07"
A(art(P, "Man charged with murder after fatal stabbing on Union Street", "Plymouth Herald", [
    "A 29-year-old man has been charged with murder after another man was stabbed to death outside a bar on Union Street in the early hours of Saturday.",
    "Devon and Cornwall Police said officers were called at around 2.15am to reports of a disturbance involving a group of men. A 34-year-old man from the Stonehouse area was found with serious stab wounds and was pronounced dead at the scene despite the efforts of paramedics.",
    "Liam Pascoe, of no fixed address, appeared before Plymouth Magistrates' Court on Monday charged with murder and possession of a bladed article. He did not enter a plea and was remanded in custody to appear at Exeter Crown Court later this month.",
    "Detective Chief Inspector Rachel Dowse, who is leading the investigation, said the two men had known each other and that the stabbing followed an argument earlier in the evening. \"This was a shocking incident in a busy part of the city, but I want to reassure people that we are not looking for anyone else,\" she said.",
    "Flowers and cards were left against railings near the scene on Sunday. The victim's family described him as \"a loving dad who would do anything for anyone\".",
    "Union Street has been the focus of a council-led effort to reduce late-night violence, with extra street marshals and CCTV installed in 2020.",
], [], "Ordinary crime (personal dispute ending in a stabbing) and a court appearance: not coded."))

# 4 Perth: AFL Western Derby with war words (negative)
P = "2024-04-22"
A(art(P, "Dockers storm home to win derby war of attrition", "The West Australian", [
    "Fremantle ground out a bruising 14-point win over West Coast in Saturday night's Western Derby at Optus Stadium, overpowering the Eagles in a brutal final quarter after trailing at the last change.",
    "In front of 53,000 fans the Dockers' midfield, led by Caleb Serong and Andrew Brayshaw, won the contested ball battle by 31 and launched a late blitz of four unanswered goals to seal the match.",
    "\"It was an absolute war out there,\" coach Justin Longmuir said. \"We copped a few hits early and the boys just kept going back in. That's the kind of resilience we've been searching for.\"",
    "West Coast had led by nine points at three-quarter time after young forward Harley Reid bombarded the Fremantle defence, kicking two goals in the third term. But the Eagles were blown away after the break, managing just a single behind.",
    "The match was marred by a wild brawl on the half-back line early in the second quarter, which drew in almost every player on the ground. Three players are expected to be fined by the Match Review Officer, while Eagles defender Tom Barrass was taken to hospital for scans on a suspected fractured cheekbone after a heavy collision.",
    "Fremantle now sit fifth on the ladder. The Eagles host Adelaide next week.",
], [], "Sport (derby, on-field brawl, war words): not coded."))

# 5 Kenya: fuel levy protests in Nakuru (teargas) and Nyeri (stones): two events
P = "2025-03-12"
A(art(P, "Police lob teargas as fuel levy protests spread to Nakuru and Nyeri", "Daily Nation", [
    "Police fired teargas to disperse hundreds of demonstrators in Nakuru town on Tuesday as protests against a proposed increase in the fuel levy spread beyond Nairobi.",
    "The Nakuru protesters, mostly boda boda riders and traders, had marched peacefully from the Top Market area towards the county offices chanting anti-government slogans when anti-riot officers blocked their path on Kenyatta Avenue. Several canisters were fired into the crowd and the marchers scattered into side streets. Shops in the central business district remained closed for the rest of the day.",
    "In Nyeri, about 150 kilometres away, the demonstrations turned violent. Youths barricaded the Nyeri-Nyahururu road with burning tyres and pelted police with stones near the Kamukunji grounds, and officers responded with teargas. The Nyeri County Referral Hospital said it treated two police officers and four civilians for injuries.",
    "Interior Cabinet Secretary Kipchumba Murkomen warned that the government would \"not allow criminals to hide behind the right to picket\", while opposition leaders accused police of using excessive force against peaceful citizens.",
    "The Energy and Petroleum Regulatory Authority says the levy increase, which would add about Sh5 to a litre of petrol, is needed to pay for road maintenance. Transport operators have threatened a nationwide strike next week if Parliament approves it.",
    "In 2023, protests over the cost of living left dozens dead across the country.",
], [
    ev("Protests", "Protest with intervention", "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, "Kenya", "Nakuru", "Nakuru", -0.3031, 36.0800, 1, wd(P, "Tuesday"),
       evid=["Police fired teargas to disperse hundreds of demonstrators in Nakuru town on Tuesday as protests against a proposed increase in the fuel levy spread beyond Nairobi.",
             "The Nakuru protesters, mostly boda boda riders and traders, had marched peacefully from the Top Market area towards the county offices chanting anti-government slogans when anti-riot officers blocked their path on Kenyatta Avenue."],
       note="Peaceful march dispersed with teargas: protest with intervention."),
    ev("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "Police Forces of Kenya", 1, "Kenya", "Nyeri", "Nyeri", -0.4201, 36.9476, 1, wd(P, "Tuesday"), inj=6,
       evid=["In Nyeri, about 150 kilometres away, the demonstrations turned violent.",
             "Youths barricaded the Nyeri-Nyahururu road with burning tyres and pelted police with stones near the Kamukunji grounds, and officers responded with teargas."],
       note="Stone-throwing and burning barricades: violent demonstration; six injured per the county hospital (two officers, four civilians)."),
], "Two events the same day in two towns; the threatened strike (future) and the 2023 protests (old, aggregate) are not coded."))

# 6 Teesside: sentencing for a mosque attack plot (negative)
P = "2025-01-24"
A(art(P, "Middlesbrough man jailed for plotting to attack mosque", "Teesside Live", [
    "A Middlesbrough man who researched explosives and scouted a mosque as a possible target has been jailed for 11 years.",
    "Kyle Ashworth, 23, of Longlands, was convicted in November of preparing acts of terrorism after a trial at Leeds Crown Court. He was arrested by counter-terrorism officers at his home in April 2024, when detectives found chemicals, a notebook of bomb-making instructions and extreme right-wing material on his laptop.",
    "The court heard that Ashworth had twice walked past the mosque, filming its entrances on his phone, and had told an online contact that he wanted to \"do something that would be remembered\". He denied the charge, claiming he was only interested in chemistry and had no intention of harming anyone.",
    "Sentencing him on Thursday, Mr Justice Cotter said Ashworth had been \"steeped in a hateful ideology\" and that it was fortunate he had been stopped before anyone was hurt. He will serve a further four years on extended licence.",
    "Detective Superintendent Martin Snowden of Counter Terrorism Policing North East said the case showed how quickly young men could be drawn into extremism online. \"Thanks to information from the public we were able to step in early,\" he said.",
    "A spokesman for the mosque said worshippers had been shaken by the case but were grateful to the police.",
], [], "Sentencing for a plot and an arrest in April 2024 (old): not coded; no attack took place."))

# 7 Swindon: council budget and parking charges (negative)
P = "2024-02-23"
A(art(P, "Parking charges to rise as council balances the books", "Swindon Advertiser", [
    "Drivers will pay more to park in Swindon town centre from April after councillors approved the borough's budget on Thursday night.",
    "The Labour-run council's spending plan for 2024-25 includes a 4.99 per cent rise in council tax, the maximum allowed without a referendum, and an increase in the hourly charge at council-run car parks from £1.40 to £1.70.",
    "Council leader Jim Robbins said the authority faced a £15 million gap caused by the rising cost of adult social care and children's services. \"These are not choices any of us came into politics to make, but we will protect the services that the most vulnerable rely on,\" he said.",
    "The Conservative group tabled an amendment to freeze parking charges for a year, funded by cutting the council's communications budget. It was defeated by 32 votes to 20.",
    "Traders on Regent Street said higher parking charges would drive even more shoppers to out-of-town retail parks. \"Every time they put it up, footfall drops,\" said Nadia Hussain, who runs a cafe near the Brunel Centre.",
    "The budget also includes £2.1 million for pothole repairs and a new youth centre in Penhill. Bills will be sent out next month.",
], [], "Council budget: not coded."))

# 8 Sudan: RSF drone strike on Kosti market (wire); earlier strikes background
P = "2025-06-02"
A(art(P, "Drone strike on Sudan market kills five, hospital says", "AFP via The Sydney Morning Herald", [
    "Port Sudan: A drone strike blamed on the paramilitary Rapid Support Forces hit a crowded market in the White Nile city of Kosti on Sunday, killing five people and wounding 22, a doctor at the city's teaching hospital said.",
    "The drone struck near the vegetable section of the main market at around midday, the doctor told AFP, asking not to be named because he was not authorised to speak to the press. Most of the wounded were traders and shoppers, and several were in a serious condition.",
    "The army-aligned White Nile state government said in a statement that nine civilians had been killed in what it called a \"terrorist attack by the rebel militia\". The RSF did not comment.",
    "Kosti, a river port about 300 kilometres south of Khartoum, lies far from the main front lines but has come under repeated drone attack since the army drove the RSF out of the capital in March. Strikes on the city's power station in May cut electricity to much of the state for days.",
    "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and forced more than 12 million from their homes, according to the United Nations. Both sides have been accused of attacking civilians.",
    "Aid agencies say the fighting has pushed parts of the country into famine.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "White Nile", "Kosti", 13.1629, 32.6635, 1, wd(P, "Sunday"), fat=5, inj=22,
       claimed=[{"low": 9, "high": 9, "claimant": "White Nile state government (army-aligned)", "text": "nine civilians had been killed"}],
       evid=["Port Sudan: A drone strike blamed on the paramilitary Rapid Support Forces hit a crowded market in the White Nile city of Kosti on Sunday, killing five people and wounding 22, a doctor at the city's teaching hospital said."],
       note="Drone strike on a market; five dead per a hospital doctor (neutral); the army-aligned state government's nine is a party's claim. May strikes on the power station and war tallies are background."),
], "One drone strike; the May strikes (older, undated) and the war's totals are not coded."))

# 9 Cairns: cyclone damage (negative)
P = "2025-01-16"
A(art(P, "Clean-up begins as ex-cyclone leaves trail of damage across Far North", "The Cairns Post", [
    "Residents across the Far North have begun the clean-up after ex-Tropical Cyclone Tiffany tore roofs from homes, flattened banana crops and cut power to more than 20,000 properties.",
    "The system crossed the coast near Lockhart River on Saturday as a category two storm before weakening as it moved inland, but it dumped more than 400mm of rain on parts of the Cassowary Coast in 48 hours. The Bruce Highway was cut near Innisfail for most of Monday.",
    "Ergon Energy said crews had restored supply to about three-quarters of affected customers by Wednesday night, but some properties around Tully and Mission Beach could be without power until the weekend.",
    "\"We've had fallen trees through carports and a lot of water through ceilings, but thankfully nobody has been seriously hurt,\" Cassowary Coast Mayor Teresa Millwood said.",
    "Banana growers said it was too early to estimate losses. Australian Banana Growers' Council chief executive Jim Pekin said about a third of plantations in the Tully area had been damaged. \"For some of these farms it will be nine months before they pick fruit again,\" he said.",
    "The State Emergency Service received more than 600 calls for help. Disaster recovery payments have been activated for Cassowary Coast and Cook shire residents.",
], [], "Natural disaster: not coded."))

# 10 Tulsa: shooting of a known gang associate over a debt (negative, borderline)
P = "2022-08-09"
A(art(P, "Police: north Tulsa shooting stemmed from dispute over money", "Tulsa World", [
    "A 22-year-old man was shot and killed in north Tulsa early Sunday in what police say was an argument over a debt, not part of the gang feud that investigators have linked to several shootings in the area this summer.",
    "Officers found Demarco Lewis lying in the front yard of a house in the 2400 block of North Frankfort Avenue shortly after 1 a.m. He had been shot several times and died at the scene.",
    "Homicide Sgt. Brandon Watkins said Lewis was a documented associate of a local street gang, which led to early speculation on social media that the killing was retaliation. \"We've looked at that very closely, and everything we have tells us this was about money owed between two people who knew each other,\" Watkins said.",
    "A 25-year-old man was arrested Monday afternoon at a relative's home in Turley on a complaint of first-degree murder. Police said a handgun was recovered from the house.",
    "Lewis' aunt, Charlene Lewis, said her nephew had been trying to turn his life around and had recently started a job at a warehouse. \"Whatever he did before, he didn't deserve to die in the dirt like that,\" she said.",
    "The killing was Tulsa's 41st homicide of the year, according to police records, compared with 37 at this time last year.",
], [], "Borderline: victim a gang associate but police give a personal debt dispute, no gang-war motive; ordinary crime. The year's homicide count is a statistic."))

# 11 Kettering: disorder at police station after vigil
P = "2024-10-14"
A(art(P, "Officers hurt as vigil for teenager ends in disorder outside police station", "Northamptonshire Telegraph", [
    "Three police officers were injured when a crowd threw stones, bottles and fireworks at Kettering police station on Saturday night after a vigil for a 16-year-old boy who died in an e-scooter crash.",
    "Around 300 people had gathered earlier in the evening at the spot on Northfield Avenue where Tyler Green was fatally injured last Wednesday. Friends released balloons and laid flowers, and the vigil was peaceful.",
    "Afterwards a group of about 60 people, some with their faces covered, walked to the police station on London Road, where they accused officers of chasing the teenager before the crash. Stones and bottles were thrown at officers standing outside, a wheelie bin was set alight and windows at the front of the building were smashed.",
    "Northamptonshire Police said three officers suffered minor injuries and seven people, including four teenagers, were arrested on suspicion of violent disorder.",
    "The force has referred itself to the Independent Office for Police Conduct, which will examine whether officers were following Tyler before he lost control of the scooter. Chief Constable Ivan Balhatchet said he understood the community's grief but that \"violence against officers who turn up to protect this town is never acceptable\".",
    "Tyler's mother, Kerry Green, appealed for calm on Sunday. \"This is not what my son would have wanted,\" she said.",
], [
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom", "England", "Kettering", 52.3979, -0.7250, 1, wd(P, "Saturday"), inj=3,
       evid=["Three police officers were injured when a crowd threw stones, bottles and fireworks at Kettering police station on Saturday night after a vigil for a 16-year-old boy who died in an e-scooter crash.",
             "Afterwards a group of about 60 people, some with their faces covered, walked to the police station on London Road, where they accused officers of chasing the teenager before the crash."],
       note="Crowd protesting police conduct attacked the station: violent demonstration; three officers hurt; arrests are part of the event. The vigil itself is a commemoration, not coded (borderline)."),
], "One violent demonstration; the peaceful vigil before it is a memorial gathering (borderline, not coded) and the crash is an accident."))

# 12 Bengaluru: auto drivers' bandh called off (negative)
P = "2023-09-10"
A(art(P, "Auto unions call off Monday bandh after talks with transport minister", "Deccan Herald", [
    "Bengaluru: Autorickshaw and taxi unions have called off the city-wide bandh they had announced for Monday after the state government agreed to set up a committee to look into their demands, easing fears of a commute meltdown.",
    "The Federation of Private Transport Associations had called the shutdown to protest against the government's free bus travel scheme for women, which drivers say has cut their earnings by nearly a third, and against bike taxis operating without permits.",
    "After a three-hour meeting at Vidhana Soudha on Saturday, Transport Minister Ramalinga Reddy said a committee headed by the transport commissioner would submit a report within a month. \"We have assured them that action against illegal bike taxis will be stepped up from tomorrow,\" he said.",
    "Federation president S Natarajan Sharma said the unions had agreed to give the government time. \"If the committee's report is ignored, we will come back on the streets with a bigger bandh,\" he warned.",
    "Schools that had declared a holiday for Monday said classes would go ahead as usual. BMTC said it would run its normal schedule.",
    "A similar strike by auto drivers in March last year brought traffic in several parts of the city to a standstill.",
], [], "Bandh called off (never held), threats of future action, and an old strike: not coded."))

# 13 Lagos: tanker explosion (accident, negative)
P = "2024-11-05"
A(art(P, "Four dead as tanker explodes on Otedola Bridge", "The Punch", [
    "Four people were killed and several vehicles burnt on Monday when a petrol tanker lost control and exploded on the Otedola Bridge along the Lagos-Ibadan Expressway.",
    "The Lagos State Emergency Management Agency said the tanker, laden with 33,000 litres of petrol, was descending the bridge towards Berger at about 2.30pm when its brakes appeared to fail. It rammed into a line of vehicles stuck in traffic and burst into flames.",
    "LASEMA's Director-General, Olufemi Oke-Osanyintolu, said four bodies had been recovered from burnt vehicles and three injured people were taken to the Lagos State University Teaching Hospital in Ikeja. Firefighters battled the blaze for more than two hours.",
    "Witnesses described a loud explosion followed by a column of black smoke that could be seen from Ojodu. \"People were jumping out of their cars and running back up the bridge,\" said Emeka Nwosu, a commercial bus driver.",
    "The Federal Road Safety Corps said the driver of the tanker was among the dead. Traffic was diverted for the rest of the day, causing gridlock that stretched to Kara.",
    "The bridge was the scene of a similar tanker fire in 2018 in which nine people died. Transport unions have repeatedly called for tankers to be banned from the route during daytime.",
], [], "Road accident and fire: not coded."))

# 14 Plateau: gunmen attack Daffo village, Bokkos LGA
P = "2024-04-15"
A(art(P, "Gunmen kill eight in Plateau village attack", "Daily Trust", [
    "Jos: Gunmen attacked Daffo, a farming village in the Bokkos Local Government Area of Plateau State, on Saturday night, killing at least eight people and burning several houses, police have said.",
    "The Plateau State Police Command spokesman, Alfred Alabo, said in a statement on Sunday that the attackers, who arrived on motorcycles, opened fire on residents shortly after 9pm. \"Eight bodies have been recovered and three injured persons are receiving treatment,\" he said, adding that a tactical team had been deployed to the area.",
    "A community leader in Bokkos, Monday Kassah, put the death toll at 17, saying several victims had been buried by their families before police arrived. \"They came while people were still outside their homes. Some were shot while trying to run into the bush,\" he said.",
    "No group has claimed responsibility. Bokkos was the scene of coordinated attacks on more than a dozen villages in December, in which over 150 people were killed.",
    "Governor Caleb Mutfwang condemned the attack and ordered security agencies to hunt down the killers. He said the state would not allow the \"enemies of peace\" to drive farmers from their land ahead of the planting season.",
    "Residents said many families had fled to Bokkos town on Sunday morning.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Plateau", "Daffo", 9.2600, 9.0500, 1, wd(P, "Saturday"), fat=8, inj=3,
       evid=["Jos: Gunmen attacked Daffo, a farming village in the Bokkos Local Government Area of Plateau State, on Saturday night, killing at least eight people and burning several houses, police have said."],
       note="Attack on a village; fatalities 8 (police, lowest count); the community leader's 17 is higher and from the victims' side (borderline, not used). Coordinates approximate for the village. December's Bokkos attacks are older background."),
], "One attack; the December attacks are old background."))

# 15 Irish Examiner: sentencing for the November 2023 Dublin riot (negative)
P = "2025-05-09"
A(art(P, "Man jailed for setting fire to Garda car during Dublin riot", "Irish Examiner", [
    "A 27-year-old man who set fire to a Garda patrol car on O'Connell Street during the Dublin riot in November 2023 has been jailed for three and a half years.",
    "Dublin Circuit Criminal Court heard that Dean Farrell, of Finglas, was identified from CCTV footage showing him stuffing burning paper through the smashed window of the car and kicking the door of a Luas tram. He was arrested in February last year and pleaded guilty to arson and violent disorder.",
    "Detective Garda Niamh Reilly told the court that the riot, which broke out hours after a knife attack outside a school on Parnell Square, caused millions of euro in damage to vehicles, shops and public transport. Thirteen Garda vehicles were destroyed.",
    "Judge Martin Nolan said Farrell had taken part in \"a shameful episode in the history of this city\". He said he accepted the accused had been heavily intoxicated and had shown remorse, but that a custodial sentence was unavoidable.",
    "More than 60 people have now been charged in connection with the disorder. Gardaí said the investigation remains open and further arrests are expected.",
    "Defence counsel said Farrell, a father of two, had since found work as a labourer and had not come to Garda attention since.",
], [], "Court sentencing for a riot in November 2023 (old); the riot and the knife attack are backdrop, not coded."))

# 16 Windsor: tentative deal averts strike (negative)
P = "2023-10-02"
A(art(P, "Strike averted as Unifor reaches tentative deal at Windsor Assembly", "Windsor Star", [
    "Workers at Stellantis' Windsor Assembly Plant will stay on the job after Unifor reached a tentative agreement with the automaker minutes before a midnight strike deadline on Sunday.",
    "Unifor national president Lana Payne announced the deal at a news conference in Toronto early Monday, saying it included wage increases of 25 per cent over three years and a commitment to invest in the plant's retooling for electric vehicles. Details will be presented to members at ratification meetings later this week.",
    "Picket signs had already been printed and stacked at the Local 444 union hall on Turner Road, and some workers had lined up their cars outside the plant in anticipation of a walkout. \"We were ready to go out, but this is a good result if the numbers hold up,\" said line worker Danielle Tremblay.",
    "The plant, which builds the Chrysler Pacifica minivan, employs about 3,600 hourly workers. A strike would have cost the local economy millions of dollars a week, according to the Windsor-Essex Regional Chamber of Commerce.",
    "Stellantis said in a statement that it was pleased to have reached an agreement that \"secures the future of our Canadian operations\".",
    "South of the border, the United Auto Workers' strike against the three Detroit automakers entered its third week.",
], [], "Strike averted (labour news): not coded. The UAW strike in the US is mentioned without place or day (borderline, not coded)."))

# 17 Ukraine: shelling of Nikopol (Sunday) and drone strike on Bilozerka (Monday): two events
P = "2024-09-24"
A(art(P, "Russian shelling kills man in Nikopol as drones target Kherson region", "Reuters via The Globe and Mail", [
    "KYIV - Russian artillery shelled the city of Nikopol in southern Ukraine on Sunday, killing a 62-year-old man and wounding three other people, medics at the city hospital said.",
    "Nikopol lies on the northern bank of the Dnipro river, directly opposite the Russian-occupied Zaporizhzhia nuclear power plant, and is shelled almost daily from across the water. Sunday's barrage damaged a school, a bakery and several apartment buildings, local officials said.",
    "On Monday morning a Russian drone dropped an explosive near a bus stop in Bilozerka, a small town west of the city of Kherson, wounding two women who were waiting for a bus, according to emergency workers. No one was killed.",
    "Residents of Bilozerka and other towns along the river say small drones now hunt cars and pedestrians on the roads, making daily life increasingly dangerous. Ukrainian officials describe the attacks as a deliberate campaign to drive civilians out of the area.",
    "Ukraine's air force said on Monday that Russia had launched 67 drones overnight across the country, of which 52 were shot down.",
    "Russia's defence ministry, which does not comment on individual strikes, said its forces had hit Ukrainian military targets and \"temporary deployment points\" in the Kherson and Dnipropetrovsk regions.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Nikopol", 47.5712, 34.3964, 1, wd(P, "Sunday"), fat=1, inj=3,
       evid=["KYIV - Russian artillery shelled the city of Nikopol in southern Ukraine on Sunday, killing a 62-year-old man and wounding three other people, medics at the city hospital said."],
       note="Artillery shelling of Nikopol; one dead, three wounded per hospital medics."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kherson", "Bilozerka", 46.6394, 32.4364, 1, wd(P, "Monday"), fat=0, inj=2,
       evid=["On Monday morning a Russian drone dropped an explosive near a bus stop in Bilozerka, a small town west of the city of Kherson, wounding two women who were waiting for a bus, according to emergency workers."],
       note="Drone-dropped explosive on a bus stop; two wounded, 'No one was killed' gives 0 fatalities."),
], "Two events (two places, two days); the nationwide 67-drone tally and 'shelled almost daily' are aggregate, not coded."))

# 18 Cambridge: school news and a teachers' strike ballot (negative)
P = "2023-01-20"
A(art(P, "Parents warned of school closures as teachers vote on strike dates", "Cambridge News", [
    "Parents across Cambridgeshire have been warned that some schools may have to close or send year groups home if teachers go ahead with strikes planned for next month.",
    "Members of the National Education Union voted in favour of industrial action over pay in a national ballot, and the union has named February 1 as the first of seven strike days across England. Headteachers have been told they cannot ask agency staff to cover for striking teachers.",
    "Cambridgeshire County Council said it expected schools to stay open where they could and would publish a list of closures nearer the time. \"We know this causes real difficulty for working families,\" a council spokesperson said.",
    "Sarah Whitmore, NEU district secretary for Cambridge, said teachers had not taken the decision lightly. \"Real-terms pay has fallen by more than a fifth since 2010. Our members are leaving the profession because they cannot afford to stay,\" she said.",
    "Meanwhile, Chesterton Community College was rated outstanding by Ofsted in a report published this week, with inspectors praising the school's \"exceptionally calm and purposeful\" classrooms and its support for pupils with special educational needs.",
    "Principal David Lord said the rating was a tribute to staff who had worked through \"some of the hardest years anyone can remember\".",
], [], "Strikes announced for the future (labour news) and a school report: not coded."))

# 19 Sacramento: jewelry store robbery with shots fired (negative)
P = "2021-12-03"
A(art(P, "Shots fired as masked robbers raid Arden Fair jewelry store", "The Sacramento Bee", [
    "A security guard fired at a group of masked robbers who smashed display cases at a jewelry store inside Arden Fair mall on Thursday afternoon, sending shoppers running for the exits days into the holiday season, Sacramento police said.",
    "At least five suspects wearing hooded sweatshirts and carrying hammers entered the store just after 3 p.m., according to police. They grabbed watches and necklaces from cases while a sixth person waited in a getaway car outside the mall's north entrance.",
    "A guard at a neighboring store fired two shots as the group fled, police spokesman Sgt. Zach Eaton said. No one was struck, but a woman in her 70s was injured when she fell in the crush of people heading for the doors.",
    "Officers later found the getaway car abandoned in North Highlands. Two men, ages 19 and 21, were arrested there on suspicion of robbery and conspiracy. Police said they were looking for the others and had not yet estimated the value of the stolen merchandise.",
    "\"I heard the glass breaking and then the bangs, and everyone just started screaming,\" said shopper Melinda Ortiz, who hid in a shoe store with her two children.",
    "The robbery followed a series of smash-and-grab thefts at stores across California in recent weeks.",
], [], "Ordinary crime (robbery, shots by a guard, arrests of ordinary suspects): not coded."))

# 20 Athens, Ohio: sit-in cleared with arrests (Wednesday) and march (Thursday): two events
P = "2025-04-11"
A(art(P, "14 arrested as OU sit-in over faculty cuts is cleared; students march again", "The Athens Messenger", [
    "ATHENS - Fourteen people were arrested Wednesday night when police cleared a sit-in at Cutler Hall, Ohio University's main administration building, where students had spent nine hours protesting plans to eliminate 38 faculty positions.",
    "The protesters, most of them students in the College of Arts and Sciences, occupied the building's ground-floor lobby shortly after noon. When the building closed at 9 p.m., Ohio University Police told them to leave or face arrest. Officers from the Athens Police Department assisted as those who stayed were led out in plastic handcuffs. University police said no one was injured.",
    "All 14 were charged with criminal trespass and released. They are due in Athens Municipal Court later this month.",
    "On Thursday afternoon about 300 students and faculty members marched from College Green to the Athens County Courthouse on Court Street in support of those arrested. The march was peaceful, and police closed part of the street to traffic while it passed.",
    "\"They've told us to take our concerns through the proper channels, and we did that for a year,\" said senior Hannah Mercer, one of those arrested. \"Nobody listened until we sat down in that lobby.\"",
    "University spokesman Dan Pittman said the cuts were needed to close a projected $20 million deficit and that the administration respected the right to protest \"within university policy\".",
    "Last spring a similar occupation at the University of Georgia, in Athens, Georgia, ended with more than a dozen arrests.",
], [
    ev("Protests", "Protest with intervention", "Protesters (United States)", 6, "Police Forces of the United States", 1, "United States", "Ohio", "Athens", 39.3292, -82.1013, 1, wd(P, "Wednesday"), inj=0,
       evid=["ATHENS - Fourteen people were arrested Wednesday night when police cleared a sit-in at Cutler Hall, Ohio University's main administration building, where students had spent nine hours protesting plans to eliminate 38 faculty positions."],
       note="Sit-in cleared with 14 arrests: protest with intervention (arrests inside the event); 'no one was injured' gives 0 injured. Athens, Ohio, not Georgia or Greece."),
    ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "Ohio", "Athens", 39.3292, -82.1013, 1, wd(P, "Thursday"),
       evid=["On Thursday afternoon about 300 students and faculty members marched from College Green to the Athens County Courthouse on Court Street in support of those arrested."],
       note="Peaceful march the next day, same town."),
], "Two events, two days in Athens, Ohio; last spring's occupation in Athens, Georgia is old background, not coded."))
