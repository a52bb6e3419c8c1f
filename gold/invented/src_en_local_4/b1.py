# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 1 Weymouth: riot outside asylum hotel + peaceful counter-protest (two events)
P = "2025-03-17"
A(art(P, "Bottles thrown at police as hotel protest turns ugly in Weymouth", "Dorset Echo", [
    "Police officers were pelted with bottles and fireworks outside a seafront hotel in Weymouth on Saturday evening as a protest against the housing of asylum seekers descended into disorder.",
    "Around 200 people had gathered on the Esplanade from mid-afternoon. By about 7pm a section of the crowd had broken through a line of metal barriers, and a group of men threw bricks and bottles at officers guarding the hotel entrance. Two officers were taken to hospital with minor injuries and a police van had its windows smashed.",
    "A few hundred yards away, roughly 150 people held a counter-demonstration organised by Stand Up To Racism, with speeches and placards reading \"Refugees welcome\". Dorset Police said that gathering passed off peacefully.",
    "Six men aged between 19 and 44 have been arrested on suspicion of violent disorder. Chief Superintendent Claire Morgan said detectives were studying body-worn camera footage and more arrests would follow.",
    "The hotel, which has housed asylum seekers since 2023, was the scene of a smaller, peaceful vigil last autumn.",
], [
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of the United Kingdom", 1, "United Kingdom", "England", "Weymouth", 50.6144, -2.4570, 1, wd(P, "Saturday"), inj=2,
       evid=["Police officers were pelted with bottles and fireworks outside a seafront hotel in Weymouth on Saturday evening as a protest against the housing of asylum seekers descended into disorder.",
             "By about 7pm a section of the crowd had broken through a line of metal barriers, and a group of men threw bricks and bottles at officers guarding the hotel entrance."],
       note="Anti-asylum protest that turned violent against police: violent demonstration; two officers injured."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "Weymouth", 50.6144, -2.4570, 1, wd(P, "Saturday"),
       evid=["A few hundred yards away, roughly 150 people held a counter-demonstration organised by Stand Up To Racism, with speeches and placards reading \"Refugees welcome\"."],
       note="Counter-demonstration the same day, separate sides, passed off peacefully."),
], "Two events: the riot and the peaceful counter-protest. Last autumn's vigil is old background, not coded."))

# 2 Manchester stabbing: negative
P = "2024-05-14"
A(art(P, "Teenager fighting for life after Rusholme stabbing", "Manchester Evening News", [
    "A 17-year-old boy is in a critical condition in hospital after being stabbed on Wilmslow Road in Rusholme late on Sunday night.",
    "Greater Manchester Police said officers were called at about 11.40pm to reports of a fight between a group of young men outside a takeaway. The teenager was found with a stab wound to his chest and taken to Manchester Royal Infirmary.",
    "Two men, aged 18 and 20, have been arrested on suspicion of wounding with intent and remain in custody for questioning. A cordon remained in place on Monday as forensic officers searched the pavement and a nearby alleyway.",
    "Detective Inspector Sam Hughes said: \"We believe this was an isolated incident between people known to each other and there is no wider threat to the public. I would urge anyone with dashcam footage to get in touch.\"",
    "Local councillor Rabnawaz Akbar said the community was shocked and called for more patrols along the curry mile at weekends.",
], [], "Ordinary crime (stabbing between acquaintances): not coded."))

# 3 Madison peaceful protest
P = "2023-06-08"
A(art(P, "Students rally at Capitol against proposed UW cuts", "Wisconsin State Journal", [
    "Several hundred University of Wisconsin students and staff rallied on the steps of the state Capitol in Madison on Wednesday to protest a Republican budget plan that would cut the system's funding by $32 million.",
    "Marchers walked up State Street from Bascom Hill carrying signs reading \"Fund our future\" and chanting outside the Joint Finance Committee's hearing room. Capitol Police said the event was peaceful and no one was arrested.",
    "\"We're already paying more and getting less,\" said Maya Ortiz, a junior studying nursing. \"These cuts would close programs that this state needs.\"",
    "Committee co-chair Sen. Howard Marklein said lawmakers were listening but the university needed to show it was spending taxpayers' money wisely. The committee is expected to vote on the higher education section of the budget next week.",
    "Organisers said they plan another rally on the day of the vote and have invited faculty unions from Milwaukee and Eau Claire to join.",
], [
    ev("Protests", "Peaceful protest", "Protesters (United States)", 6, None, None, "United States", "Wisconsin", "Madison", 43.0731, -89.4012, 1, wd(P, "Wednesday"),
       evid=["Several hundred University of Wisconsin students and staff rallied on the steps of the state Capitol in Madison on Wednesday to protest a Republican budget plan that would cut the system's funding by $32 million."],
       note="Peaceful student march and rally at the Capitol."),
], "One peaceful protest; the planned rally on the day of the vote is future, not coded."))

# 4 Dayton police shooting of suspect: negative
P = "2022-09-20"
A(art(P, "Robbery suspect shot by Dayton officers after chase", "Dayton Daily News", [
    "A man suspected of robbing a gas station at gunpoint was shot and wounded by Dayton police officers on Monday afternoon after a short foot chase through a residential neighborhood.",
    "Police Chief Kamran Afzal said officers spotted a car matching the description of one used in the robbery on North Main Street shortly after 2pm. The driver fled on foot and, according to police, turned towards officers while holding a handgun. Two officers fired, striking him in the leg and abdomen.",
    "The 27-year-old was taken to Miami Valley Hospital, where he was in stable condition. A loaded pistol was recovered at the scene, police said. No officers were hurt.",
    "The Ohio Bureau of Criminal Investigation will investigate the shooting, as is standard when officers use deadly force. Both officers have been placed on administrative leave.",
    "Neighbors said they heard several shots and saw officers giving first aid to the man on a front lawn.",
], [], "Police shooting of a criminal suspect: out of scope."))

# 5 Zamfara attack (wire)
P = "2024-02-12"
A(art(P, "Gunmen kill 14 in raid on northwest Nigerian town", "Reuters via The Irish Times", [
    "Gunmen on motorcycles killed at least 14 people in an overnight raid on the town of Tsafe in Nigeria's northwestern Zamfara state, residents and a local hospital official said on Sunday.",
    "The attackers arrived late on Saturday, shooting at residents and setting fire to shops and a grain store, resident Sani Abubakar told Reuters by phone. \"They moved from house to house. We buried 14 people this morning,\" he said.",
    "A nurse at the general hospital in Tsafe said 14 bodies had been brought in and at least 20 people were being treated for gunshot wounds. Police spokesman Yazid Abubakar confirmed the attack but gave no casualty figures.",
    "Armed gangs, known locally as bandits, have killed thousands of people in northwest Nigeria in recent years and kidnapped hundreds of schoolchildren for ransom. The government of President Bola Tinubu has promised to step up military operations in the region.",
], [
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, "Nigeria", "Zamfara", "Tsafe", 12.1700, 6.9200, 1, wd(P, "Saturday"), fat=14, inj=20,
       evid=["Gunmen on motorcycles killed at least 14 people in an overnight raid on the town of Tsafe in Nigeria's northwestern Zamfara state, residents and a local hospital official said on Sunday.",
             "The attackers arrived late on Saturday, shooting at residents and setting fire to shops and a grain store, resident Sani Abubakar told Reuters by phone."],
       note="Bandit raid on civilians late Saturday; 14 dead per residents and hospital nurse; 20 wounded."),
], "One attack on civilians; the regional tally of thousands killed is background, not coded."))

# 6 Leeds warehouse fire: negative
P = "2021-11-03"
A(art(P, "Huge blaze destroys Leeds furniture warehouse", "Yorkshire Evening Post", [
    "More than 60 firefighters tackled a huge blaze at a furniture warehouse in the Hunslet area of Leeds on Tuesday night, with plumes of black smoke visible across the city.",
    "West Yorkshire Fire and Rescue Service said it was called at 9.15pm and sent ten engines and an aerial ladder platform. Residents of nearby streets were told to keep their windows and doors shut.",
    "Nobody was injured. The roof of the building collapsed shortly before midnight and crews remained at the scene throughout Wednesday damping down hotspots.",
    "Station manager Paul Kirk said the cause was not yet known and a joint investigation with police would begin once the site was safe. \"At this stage there is nothing to suggest it was started deliberately,\" he said.",
    "The owner, a family firm that has traded in the city for 40 years, said it was devastated and would try to keep its 35 staff on the payroll.",
], [], "Fire: not coded."))

# 7 Galway court about old assault: negative
P = "2023-10-19"
A(art(P, "Man jailed for Shop Street assault that left student with brain injury", "Galway Advertiser", [
    "A 31-year-old man has been jailed for four years for an unprovoked assault on a student in Galway city centre that left the victim with a permanent brain injury.",
    "Galway Circuit Criminal Court heard that Darren Keane, of Ballybane, punched the 20-year-old on Shop Street in the early hours of a Saturday in August 2021, causing him to fall and strike his head on the kerb.",
    "The victim spent three weeks in intensive care and has been unable to return to his engineering course. In a statement read to the court, his mother said the family's life had been \"turned upside down in a matter of seconds\".",
    "Judge Brian O'Callaghan said CCTV showed the attack was \"senseless and cowardly\". He suspended the final year of the sentence on condition that Keane engages with addiction services on his release.",
    "Keane, who pleaded guilty, apologised through his barrister.",
], [], "Court case about a 2021 personal assault: old and ordinary crime, not coded."))

# 8 Sumy drone strike (wire)
P = "2025-05-07"
A(art(P, "Russian drones hit apartment block in Sumy, two dead", "AP via Toronto Star", [
    "Russian drones struck an apartment block and a bus depot in the northeastern Ukrainian city of Sumy early Tuesday, killing two people and wounding nine, according to staff at the city's main hospital.",
    "Residents were pulled from the rubble of a five-storey building as firefighters battled flames on the upper floors. Ukraine's air force said Russia had launched more than 100 drones across the country overnight, most of which were shot down.",
    "Sumy, about 30 kilometres from the Russian border, has been hit repeatedly this spring. A missile strike on the city centre in April killed dozens of people on Palm Sunday.",
    "The attack came hours before Ukrainian and European officials were due to meet in London to discuss a possible ceasefire. Kremlin spokesman Dmitry Peskov said Moscow's forces strike only military targets.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Sumy", "Sumy", 50.9077, 34.7981, 1, wd(P, "Tuesday"), fat=2, inj=9,
       evid=["Russian drones struck an apartment block and a bus depot in the northeastern Ukrainian city of Sumy early Tuesday, killing two people and wounding nine, according to staff at the city's main hospital."],
       note="Drone strike on Sumy; toll from hospital staff. The nationwide 100-drone tally and the April missile strike (older) are not coded."),
], "One drone strike; April's strike is older background."))

# 9 Geelong council: negative
P = "2024-06-26"
A(art(P, "Council signs off on $480m budget with rates rise", "Geelong Advertiser", [
    "City of Greater Geelong councillors have approved a $480 million budget for the coming financial year, including a 2.75 per cent rates rise, the maximum allowed under the state's rate cap.",
    "The budget, passed six votes to three at Tuesday night's meeting, sets aside $95 million for roads and footpaths and $18 million towards the long-delayed Northern Aquatic Centre in Norlane.",
    "Mayor Trent Sullivan said the council had to balance rising construction costs against the pressure on household budgets. \"Nobody likes paying more, but we are a fast-growing city and people expect services to keep up,\" he said.",
    "Councillors who voted against it said the council should have found savings in its own administration before raising rates. A submission from the Geelong Ratepayers Association called the rise \"tone deaf\".",
    "Rate notices will be sent out in August.",
], [], "Council budget: not coded."))

# 10 Belleville rail blockade with arrests
P = "2020-02-25"
A(art(P, "OPP arrest 11 as officers clear rail blockade near Belleville", "The Intelligencer", [
    "Ontario Provincial Police arrested 11 people on Monday morning as officers moved in to end a rail blockade in Belleville that had halted passenger trains between Toronto and Montreal for more than a week.",
    "Dozens of officers walked onto the tracks shortly after 8am and read out a court injunction to the demonstrators, who were protesting in solidarity with hereditary chiefs opposed to a natural gas pipeline in northern British Columbia. Several protesters were carried off the line.",
    "Police said those arrested face charges including mischief and disobeying a court order. No injuries were reported.",
    "Later in the day supporters gathered on a nearby road and lit a fire, but left the area by evening. Via Rail said it hoped to resume limited service on the corridor by the weekend.",
    "Prime Minister Justin Trudeau said last week that the barricades \"must now come down\".",
], [
    ev("Protests", "Protest with intervention", "Protesters (Canada)", 6, "Police Forces of Canada", 1, "Canada", "Ontario", "Belleville", 44.1628, -77.3832, 1, wd(P, "Monday"), inj=0,
       evid=["Ontario Provincial Police arrested 11 people on Monday morning as officers moved in to end a rail blockade in Belleville that had halted passenger trains between Toronto and Montreal for more than a week.",
             "Dozens of officers walked onto the tracks shortly after 8am and read out a court injunction to the demonstrators, who were protesting in solidarity with hereditary chiefs opposed to a natural gas pipeline in northern British Columbia."],
       note="Blockade cleared with 11 arrests on Monday: protest with intervention (arrests inside the event, not a separate Arrests event). Later roadside gathering same day and place treated as part of it."),
], "One event; the week-long blockade before Monday is not dated day by day and not coded separately (borderline)."))

# 11 Manchester Arena anniversary: negative
P = "2022-05-23"
A(art(P, "City falls silent to remember Arena victims five years on", "Manchester Evening News", [
    "Hundreds of people gathered at the Glade of Light memorial beside Manchester Cathedral on Sunday to mark five years since the Manchester Arena bombing, in which 22 people were killed.",
    "Church bells across the city rang out at 10.31pm, the time of the attack at the end of an Ariana Grande concert in May 2017. Families laid flowers and read the names of those who died.",
    "Mayor Andy Burnham said the city would \"never forget\" and paid tribute to the emergency workers and members of the public who helped on the night.",
    "The public inquiry into the attack has published two of its three reports, criticising the venue's security arrangements and the emergency response. The final report, on the role of the security services, is expected later this year.",
    "A service at the cathedral was led by the Dean of Manchester, who said the memorial garden had become \"a place of quiet and hope\".",
], [], "Anniversary of the 2017 bombing and an inquiry: not coded (old); the commemoration is not a protest."))

# 12 Bajaur IED (wire)
P = "2023-09-04"
A(art(P, "Roadside bomb kills three policemen in northwest Pakistan", "AFP via The Guardian", [
    "A roadside bomb struck a police vehicle near Khar, the main town of Pakistan's Bajaur district, on Sunday, killing three officers and wounding two, a doctor at the district headquarters hospital said.",
    "The officers were escorting a team of polio vaccinators when the device exploded on a road outside the town, local police official Nazir Khan said. The vaccinators were unhurt.",
    "No group immediately claimed responsibility. The Pakistani Taliban and a local branch of the Islamic State group have both carried out attacks in Bajaur, which borders Afghanistan.",
    "In July a suicide bombing at a political rally in the district killed more than 50 people. Provincial authorities said security had been tightened around the vaccination campaign, which is due to continue for five more days.",
], [
    ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1, "Pakistan", "Khyber Pakhtunkhwa", "Khar", 34.7300, 71.5200, 2, wd(P, "Sunday"), fat=3, inj=2,
       evid=["A roadside bomb struck a police vehicle near Khar, the main town of Pakistan's Bajaur district, on Sunday, killing three officers and wounding two, a doctor at the district headquarters hospital said."],
       note="IED near Khar (precision 2, near the town); no claim, so unidentified armed group; toll from a hospital doctor. July's rally bombing is older background."),
], "One IED event; July bombing not coded."))

# 13 Dublin farmers planned protest: negative
P = "2024-01-24"
A(art(P, "Farmers to bring tractors to Dublin in nitrates protest", "Irish Independent", [
    "Farmers from across the country are planning to drive tractors into Dublin city centre next Wednesday in protest at proposed changes to the nitrates derogation, the Irish Farmers' Association has said.",
    "IFA president Francie Gorman said the convoy would assemble at the Red Cow roundabout and travel to Leinster House, where a delegation will hand a letter to the Minister for Agriculture. Gardaí have been informed and are expected to publish traffic restrictions later this week.",
    "\"Dairy farmers are facing the loss of their livelihoods because of a decision made in Brussels,\" Mr Gorman said. \"We are not going to stand by and watch.\"",
    "The Department of Agriculture said it was in talks with the European Commission and understood the concerns of the sector. A similar protest in 2019 brought traffic across the city to a standstill for most of a day.",
    "Commuters have been advised to use public transport on the day.",
], [], "Planned protest (future) and a 2019 protest (old): not coded."))

# 14 Brisbane drug raid: negative
P = "2021-08-12"
A(art(P, "Police seize $3m in drugs in Logan raids", "The Courier-Mail", [
    "Queensland Police have seized methylamphetamine and cocaine with an estimated street value of more than $3 million in a series of raids across Logan and Brisbane's south.",
    "Officers from the Drug and Serious Crime Group executed search warrants at eight properties on Tuesday and Wednesday, finding drugs, cash, two firearms and a hydroponic cannabis setup in a shed at Logan Village.",
    "Five people, including a 46-year-old man alleged to be the head of the syndicate, have been charged with trafficking dangerous drugs and will appear in Beenleigh Magistrates Court this week.",
    "Detective Inspector Tom Armitage said the investigation had run for nine months. \"This syndicate was supplying drugs right across the south-east, and we will allege it was doing so on a commercial scale,\" he said.",
    "Police said more charges were likely as financial investigators examined bank accounts linked to the group.",
], [], "Drug crime and raids: not coded."))

# 15 Glasgow bus strike announced: negative
P = "2023-03-02"
A(art(P, "Bus drivers vote to strike in pay dispute", "Glasgow Times", [
    "Bus drivers at First Glasgow have voted to walk out for four days later this month in a row over pay, the union Unite has announced.",
    "More than 80 per cent of members who took part in the ballot backed strike action after rejecting an offer of a 5 per cent rise. The walkouts are due to start on March 20 and would affect most routes in the city.",
    "Unite regional officer Siobhan McHugh said drivers had worked through the pandemic and deserved a rise that kept pace with inflation. \"Nobody wants to strike, but the company has left our members with no choice,\" she said.",
    "First Glasgow said it was disappointed and remained open to talks. \"We would urge Unite to come back to the table so that we can avoid disruption to our customers,\" a spokesperson said.",
    "Talks are expected to take place at the conciliation service Acas next week.",
], [], "Strike announced for the future: not coded."))

# 16 Saskatchewan crash: negative
P = "2022-12-28"
A(art(P, "Two dead after collision on Highway 11 near Davidson", "Saskatoon StarPhoenix", [
    "Two people died and three others were injured in a collision between a pickup truck and a semi-trailer on Highway 11 near Davidson on Boxing Day, RCMP said.",
    "Officers were called to the scene, about 100 kilometres south of Saskatoon, at around 4:30 p.m. The driver and a passenger in the pickup were pronounced dead at the scene. Three other occupants were taken to hospital in Saskatoon with serious injuries.",
    "The driver of the semi was not hurt. RCMP said blowing snow had reduced visibility at the time and a collision reconstructionist was examining the scene.",
    "The highway was closed for several hours. The Saskatchewan Highway Hotline warned drivers to expect icy conditions across much of the province over the coming days.",
    "The names of the victims have not been released.",
], [], "Road accident: not coded."))

# 17 Football fan trouble not a riot: negative
P = "2024-11-11"
A(art(P, "Club condemns fans after flares and pitch invasion at derby", "Northern Echo", [
    "Darlington have condemned a small group of supporters after flares were thrown onto the pitch and play was halted for ten minutes during Saturday's derby against Hartlepool United.",
    "The match was stopped in the second half when two flares landed near the Hartlepool goalkeeper and a supporter ran onto the pitch. Stewards escorted the man away and he was later arrested.",
    "Durham Police said two men were arrested in total, one for pitch encroachment and one for possession of a pyrotechnic, and both have been issued with dispersal orders. Officers said there was no wider disorder and fans left the ground without incident.",
    "A club statement said those responsible would face lifetime bans. \"This is not what Darlington Football Club stands for,\" it said.",
    "The game finished 1-1, with Hartlepool equalising in the 89th minute.",
], [], "Fan misconduct at a football match, no riot: sport, not coded."))

# 18 Indiana plant closure: negative
P = "2019-07-18"
A(art(P, "Kokomo parts plant to close, 400 jobs lost", "Kokomo Tribune", [
    "An automotive parts plant in Kokomo will close by the end of the year, eliminating about 400 jobs, its owner told employees on Wednesday.",
    "The company said in a notice filed with the state that falling orders from carmakers and rising steel costs had made the plant unprofitable. Production will move to facilities in Tennessee and Mexico.",
    "Mayor Tyler Moore said the news was a blow to the city but that the local economy was strong and other manufacturers were hiring. \"We will do everything we can to help these workers find new jobs,\" he said.",
    "The United Auto Workers local that represents hourly workers said it would seek talks about severance and retraining. Some workers said they had feared the worst since shifts were cut in the spring.",
    "The plant opened in 1978 and at its peak employed more than 1,200 people.",
], [], "Business news: not coded."))

# 19 Inquest old crash: negative
P = "2025-01-30"
A(art(P, "Inquest hears cyclist killed on A38 was 'doing everything right'", "Plymouth Herald", [
    "A cyclist who died after being hit by a van on the A38 near Ivybridge in 2023 was wearing a helmet and high-visibility clothing, an inquest has heard.",
    "Martin Greaves, 58, a retired teacher from Plympton, suffered fatal head injuries in the collision on a September morning. The van driver told police he had been dazzled by the low sun and did not see him.",
    "A collision investigator told the coroner's court in Plymouth that the road had no cycle lane and the speed limit was 70mph. Mr Greaves's widow said he had cycled the route for years and \"was doing everything right\".",
    "Assistant coroner Deborah Archer recorded a conclusion of death by road traffic collision and said she would write to National Highways about the safety of cyclists on the stretch.",
    "The van driver was not prosecuted.",
], [], "Inquest into a 2023 road death: not coded."))

# 20 Wire: Kenya Mombasa trial of old attack: negative
P = "2024-09-10"
A(art(P, "Three convicted over 2019 attack on Mombasa bus", "Nation via Evening Standard", [
    "A Kenyan court on Monday convicted three men of helping to plan a 2019 gun and grenade attack on a passenger bus near Mombasa in which six people were killed.",
    "Prosecutors told the High Court that the men, who were arrested in Lamu and Nairobi in the months after the attack, had provided money, phones and a safe house to the gunmen. The attackers were linked to Al Shabaab, the Somalia-based militant group.",
    "Justice Anne Ong'injo said the evidence showed the three had known the purpose of the plot. Sentencing will take place next month. A fourth accused was acquitted for lack of evidence.",
    "Al Shabaab has carried out numerous attacks in Kenya's coastal and northeastern regions since Kenyan troops entered Somalia in 2011. Relatives of the victims welcomed the verdict but said the process had taken too long.",
], [], "Trial over a 2019 attack: old, background to a court story; arrests are years old. Not coded."))
