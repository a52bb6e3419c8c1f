from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 51 Alwar mob lynching
p = "2019-03-11"
s1 = "A 31-year-old man was beaten to death by a mob on suspicion of smuggling cows in Govindgarh in Rajasthan's Alwar district late on Friday night, police said."
s2 = "The man and a companion were walking two cows along a field path on the edge of the town towards Haryana when a group of villagers stopped them and attacked them with sticks, according to the FIR."
A(art(p, "Man lynched on suspicion of cow smuggling in Alwar; three held", "The Indian Express", [
    s1,
    s2,
    "His companion escaped in the dark. The victim was taken to the community health centre in Govindgarh by police, where doctors declared him dead.",
    "Three men were arrested on Saturday and charged with murder. Alwar Superintendent of Police Rajendra Singh said the police were examining allegations that the injured man had been left at the police station for several hours before being taken to hospital.",
    "The victim's family, from Kolgaon in Haryana's Nuh district, said he was a dairy farmer who had bought the cows legally. \"He was taking them home for milk, not to kill them,\" his brother said.",
    "Opposition leaders accused the state government of failing to act on guidelines against mob violence. Alwar has seen several similar attacks since 2017.",
], [ev("Riots", "Mob violence", "Rioters (India)", 5, "Civilians (India)", 7, "India", "Rajasthan",
       "Govindgarh", 27.5000, 76.9981, 1, wd(p, "Friday"), fat=1, evid=[s1, s2],
       note="A mob beat a dairy farmer from Nuh to death on cow-smuggling suspicion in Govindgarh on Friday night (8 Mar): communal mob violence, rioters against a civilian; the arrests of three ordinary suspects are not a separate event; the earlier Alwar attacks are untimed background. Coordinates approximate.")],
    "One mob-violence event coded; the suspects' arrest and earlier attacks not coded."))

# 52 Boeing layoffs
A(art("2020-05-28", "Boeing cuts nearly 7,000 jobs, most in Puget Sound", "The Seattle Times", [
    "Boeing on Wednesday began laying off nearly 7,000 employees in the United States, the first wave of job cuts the company announced last month as the coronavirus pandemic crippled air travel.",
    "About 5,500 of the employees receiving notices this week work in Washington state, according to state filings, including machinists at the Everett and Renton factories and engineers across the region.",
    "Chief executive Dave Calhoun said in a memo that the company had hoped to avoid involuntary layoffs but that airline customers were deferring or cancelling orders at an unprecedented rate.",
    "The International Association of Machinists District 751 said it was disappointed but that contract protections meant members would be laid off by seniority and keep recall rights.",
    "Economists warned that the cuts would ripple through hundreds of suppliers in the region. Boeing plans to reduce its total workforce by about 10 percent by the end of the year.",
], [], "Business; not coded."))

# 53 Dublin guns seized
A(art("2022-02-17", "Gardaí seize three firearms and ammunition in west Dublin search", "The Irish Times", [
    "Three handguns and more than 200 rounds of ammunition were seized by gardaí during a search of a house in Clondalkin, west Dublin, on Wednesday.",
    "The weapons were found hidden in the attic of the property by officers from the Drugs and Organised Crime Bureau, supported by the Armed Support Unit.",
    "A man in his 30s was arrested at the scene and is being held under Section 30 of the Offences Against the State Act at a Garda station in west Dublin.",
    "Gardaí said the seizure was part of an ongoing operation targeting the supply of firearms to organised crime groups operating in the capital.",
    "Detective Chief Superintendent Seamus Boland said: \"Every firearm we take off the streets is one that cannot be used to threaten or kill.\"",
], [], "Firearms seizure aimed at organised crime, one ordinary arrest; no political or gang-war event told; not coded (borderline)."))

# 54 Newcastle coal port protest
p = "2021-11-29"
s1 = "Police arrested 18 climate activists at the Port of Newcastle on Saturday after protesters climbed onto a coal loader and halted exports for several hours."
s2 = "About 80 protesters from the group Blockade Newcastle gathered at the Kooragang Island terminal from dawn, with some locking themselves to conveyor equipment while others sat across the access road."
A(art(p, "Eighteen arrested as climate activists stop coal loader", "Newcastle Herald", [
    s1,
    s2,
    "Officers from the Public Order and Riot Squad cut several protesters free. Those arrested were charged with offences including entering enclosed lands and obstructing traffic, and were granted conditional bail to appear in Newcastle Local Court next month.",
    "Port Waratah Coal Services said loading had resumed by mid-afternoon and that the disruption had delayed two ships.",
    "A spokeswoman for the protesters said the action was a response to the federal government's refusal to commit to phasing out coal at the Glasgow climate summit.",
    "NSW Police Minister David Elliott said the protesters were \"putting their lives and the lives of workers at risk\" and that the new anti-protest penalties passed by parliament this year would apply.",
], [ev("Protests", "Protest with intervention", "Protesters (Australia)", 6, "Police Forces of Australia", 1,
       "Australia", "New South Wales", "Newcastle", -32.9267, 151.7789, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Climate blockade of the Kooragang coal terminal (part of Newcastle) on Saturday (27 Nov) with 18 arrests: protest with intervention.")],
    "One protest with intervention coded."))

# 55 Winnipeg flooding
A(art("2022-05-04", "Red River crest approaches as communities south of Winnipeg sandbag", "Winnipeg Free Press", [
    "Communities along the Red River south of Winnipeg were racing to raise dikes and fill sandbags Tuesday as the river continued to rise toward a crest expected later this week.",
    "Manitoba's flood forecaster said water levels near Emerson could approach those seen in the 2009 flood, and that the Red River Floodway had been opened to protect the city.",
    "The RM of Morris issued a local state of emergency, and highways 75 and 23 were partly closed. About 1,000 people in the Peguis First Nation were evacuated last week after flooding on the Fisher River.",
    "Premier Heather Stefanson toured flooded areas by helicopter and said the province would offer disaster financial assistance to affected homeowners and farmers.",
    "Volunteers from Winnipeg churches and sports clubs turned out in the hundreds to help. \"This is what Manitobans do,\" said one sandbagger in St. Adolphe.",
], [], "Flooding, natural disaster; not coded."))

# 56 Abuja trial old bombing
A(art("2023-02-21", "Court fixes date for trial of Nyanya bombing suspects", "Punch", [
    "The Federal High Court in Abuja on Monday fixed April 18 for the continuation of the trial of five men accused of involvement in the 2014 bombing of the Nyanya motor park in which more than 70 people were killed.",
    "The trial, which began in 2015, has suffered repeated adjournments. At Monday's sitting, the prosecution told the court that two of its witnesses, both security officers, had been redeployed outside the Federal Capital Territory.",
    "Counsel for the defendants urged the court to strike out the case, arguing that his clients had been held for nearly nine years without a verdict.",
    "Justice Inyang Ekwo said the court was mindful of the delay but that the charges were grave and the prosecution must be given a final opportunity to present its witnesses.",
    "The suspects, alleged members of the Boko Haram sect, face charges of terrorism and murder. They have pleaded not guilty.",
], [], "Trial over a 2014 bombing: old attack, backdrop of the court report; not coded."))

# 57 Strabane pipe bomb
p = "2019-10-12"
s1 = "A viable pipe bomb was found and made safe by Army bomb disposal officers close to a police station in Strabane, Co Tyrone, on Thursday, the PSNI said."
s2 = "Police said the device had been left in a bag at the side of a road near the station, and described it as a \"deliberate attempt to murder police officers\"."
A(art(p, "Pipe bomb found near Strabane police station", "The Irish Times", [
    s1,
    "Residents of about 30 homes in the Derry Road area were moved out for several hours while the security operation was carried out. They were allowed to return late on Thursday night.",
    s2,
    "Chief Superintendent Emma Bond said the device was likely to have been planted by violent dissident republicans and that the New IRA was a main line of inquiry.",
    "In June, a bomb was found under the car of a police officer at a golf club in east Belfast. No one has been charged in connection with that attack.",
    "SDLP and Sinn Féin representatives in Strabane condemned those responsible and said the community wanted nothing to do with them.",
], [ev("Strategic developments", "Disrupted weapons use", "Police Forces of the United Kingdom", 1,
       "Unidentified Armed Group (United Kingdom)", 3, "United Kingdom", "Northern Ireland", "Strabane",
       54.8273, -7.4633, 1, wd(p, "Thursday"), evid=[s1, s2],
       note="Viable pipe bomb near Strabane police station found and defused on Thursday (10 Oct): disrupted weapons use; the planter is only suspected (dissident republicans, New IRA a line of inquiry) so an unidentified armed group. The June device in Belfast is older background, not coded.")],
    "One disrupted-weapons event coded; June's device is background."))

# 58 Toledo train derailment
A(art("2023-03-08", "Freight train derails near Maumee; no hazardous materials released", "The Blade", [
    "More than 20 cars of a Norfolk Southern freight train derailed near Maumee on Tuesday afternoon, closing several roads but causing no injuries and no release of hazardous materials, officials said.",
    "The Lucas County Emergency Management Agency said the train was carrying grain, lumber and empty tank cars when it left the tracks near the Anthony Wayne Trail shortly after 2 p.m.",
    "Residents were not asked to evacuate. Crews worked into the night to clear the wreckage, and the railroad said it expected the line to reopen by Thursday.",
    "The derailment came weeks after a Norfolk Southern train carrying vinyl chloride derailed in East Palestine, near the Pennsylvania line, prompting an evacuation and a controlled burn of toxic chemicals.",
    "U.S. Rep. Marcy Kaptur said she had contacted the Federal Railroad Administration and would press for stronger rail safety rules.",
], [], "Rail accident; not coded."))

# 59 Karachi street crime
A(art("2020-01-14", "Young man shot dead for resisting robbery in Gulshan-e-Iqbal", "Dawn", [
    "A 23-year-old man was shot dead by robbers for resisting a robbery attempt in Gulshan-e-Iqbal late on Sunday night, police said.",
    "Police said the victim, a bank employee, was returning home on his motorcycle when two armed suspects intercepted him near Nipa Chowrangi and tried to snatch his cellphone and wallet.",
    "When he resisted, one of the suspects opened fire, hitting him in the chest. The suspects fled with his phone. He was taken to the Jinnah Postgraduate Medical Centre, where he died.",
    "His relatives appealed to the Sindh inspector general of police to arrest the killers. The victim was to be married next month, his family said.",
    "According to the Citizens-Police Liaison Committee, more than 40 people were killed in street crime incidents in the city last year.",
], [], "Robbery killing, ordinary crime; not coded."))

# 60 Melbourne housing opinion
A(art("2024-08-19", "Opinion: Melbourne's renters can't wait another decade for housing reform", "The Age", [
    "Every Saturday morning the queue snakes out the door of another tired two-bedroom flat in Brunswick or Footscray, and every Saturday the rent on the listing seems to have crept up again.",
    "The state government's housing statement promised 800,000 new homes over ten years. It is an ambitious target. But building approvals in Victoria fell last financial year, and the pipeline of social housing is nowhere near the scale required.",
    "Renters now make up almost a third of Victorian households, and for many of them the idea of buying a home has quietly died. Minimum standards and caps on bond increases help, but they do not add a single home.",
    "The government should be bold: speed up approvals near train stations, open more land in the middle suburbs to townhouses, and fund a social housing build that does not rely on selling public land to developers.",
    "The politics are hard. But the battle for housing affordability will not be won by announcements. It will be won with cranes.",
], [], "Opinion column; 'battle' is figurative; not coded."))

# 61 Haiti gang attack (wire)
p = "2023-10-21"
s1 = "Members of the Gran Grif gang stormed Petite-Rivière-de-l'Artibonite on Thursday, shooting residents and setting homes on fire, in an attack that left at least 20 people dead, a Haitian human rights group said."
s2 = "The National Human Rights Defense Network said gunmen arrived before dawn and went from house to house, killing several people in their beds."
s3 = "The town's mayor told local radio the toll was 35 and that dozens of people were missing."
A(art(p, "Gang attack on Haitian town kills at least 20, rights group says", "Montreal Gazette", [
    s1,
    s2,
    s3,
    "Hundreds of residents fled by boat across the Artibonite River, and the International Organization for Migration said more than 2,000 people had been displaced.",
    "Police said they had sent reinforcements but acknowledged that officers were outnumbered in the region, Haiti's breadbasket, where gangs have extended their control over the past two years.",
    "Canada has pledged funding for a Kenyan-led multinational security mission, which the UN Security Council authorized this month but which has yet to deploy. The Associated Press",
], [ev("Violence against civilians", "Attack", "Gran Grif", 3, "Civilians (Haiti)", 7, "Haiti", "Artibonite",
       "Petite-Riviere-de-l'Artibonite", 19.1333, -72.4833, 1, wd(p, "Thursday"), fat=20, evid=[s1, s2, s3],
       note="Gran Grif gang attack on residents of Petite-Rivière-de-l'Artibonite on Thursday (19 Oct): attack on civilians by a gang coded as a political militia (3); 'at least 20' from the rights network and 35 from the mayor, lowest credible 20; arson folded in; dozens missing not coded as abductions.")],
    "One gang attack on civilians coded; tolls differ, lowest credible kept."))

# 62 Hull fishing culture
A(art("2019-04-16", "Hull's trawler heritage to get new museum home", "Hull Daily Mail", [
    "Hull's fishing heritage is to be celebrated in a new museum on the city's waterfront after the council secured £4.5 million from the National Lottery Heritage Fund.",
    "The Arctic Corsair, the city's last surviving sidewinder trawler, will be moved to a new berth at the North End Shipyard, where a visitor centre will tell the stories of the thousands of men who worked the distant waters.",
    "The Corsair famously rammed an Icelandic gunboat during the Cod Wars in 1976, a clash still fondly remembered by veterans who crewed the ship.",
    "Former trawlerman Ron Wilson, 82, said: \"People forget how many Hull lads never came home. This will make sure they are remembered.\"",
    "The project is part of the Yorkshire Maritime City scheme and is due to open in 2023.",
], [], "Culture/heritage; the Cod Wars clash of 1976 is historical; not coded."))

# 63 NRL Broncos
A(art("2023-06-05", "Broncos lay siege to Storm fortress in statement win", "The Courier-Mail", [
    "The Brisbane Broncos laid siege to Melbourne's AAMI Park fortress on Sunday, grinding out a 20-14 win that sent a message to every premiership rival.",
    "Reece Walsh and Selwyn Cobbo crossed in the first half, and the Broncos' defence repelled wave after wave of Storm attack in a brutal final quarter.",
    "\"That was a war out there,\" said coach Kevin Walters. \"Our boys put their bodies on the line for each other.\"",
    "Payne Haas ran for more than 200 metres, and halfback Adam Reynolds kicked four goals from four attempts. Melbourne's Harry Grant was taken off for a head injury assessment in the 54th minute and did not return.",
    "The Broncos stay top of the ladder. Several players will now head into camp for State of Origin, with the Maroons' second-game battle plans already taking shape.",
], [], "Rugby league with war words; sport, not coded."))

# 64 Peshawar suicide bomb
p = "2024-03-18"
s1 = "A suicide bomber on a motorcycle rammed into a police van on Warsak Road in Peshawar on Saturday afternoon, killing three policemen and a passerby, police and hospital officials said."
s2 = "A spokesman for Lady Reading Hospital said four bodies and seven injured people had been brought to the facility, two of them in critical condition."
s3 = "Jamaat-ul-Ahrar, a splinter group of the banned Tehreek-i-Taliban Pakistan, claimed responsibility for the bombing in a message to journalists, while the TTP distanced itself from the attack."
A(art(p, "Suicide attack on police van kills four in Peshawar", "Dawn", [
    s1,
    s2,
    s3,
    "Capital City Police Officer Qasim Ali Khan said the bomber had used about eight kilograms of explosives and that the van was carrying officers to a security duty at a polio vaccination centre.",
    "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the attack and announced compensation for the families of the dead.",
    "Police in the provincial capital have been repeatedly targeted. In January last year, a suicide bombing at a mosque inside the Police Lines compound killed more than 80 people, most of them policemen.",
], [ev("Explosions/Remote violence", "Suicide bomb", "Jamaat-ul-Ahrar", 2, "Police Forces of Pakistan", 1, "Pakistan",
       "Khyber Pakhtunkhwa", "Peshawar", 34.0151, 71.5249, 1, wd(p, "Saturday"), fat=4, inj=7, evid=[s1, s2, s3],
       note="Suicide bombing of a police van in Peshawar on Saturday (16 Mar), four killed and seven hurt per the hospital; claimed by Jamaat-ul-Ahrar (coded as actor1 on its claim; TTP disowned it); the passerby's death is in the total. The Police Lines mosque bombing is older background, not coded.")],
    "One suicide bombing coded; last year's mosque bombing is background."))

# 65 Islamabad budget
A(art("2021-06-12", "Govt unveils Rs8.4tr budget with focus on growth", "The Express Tribune", [
    "Finance Minister Shaukat Tarin on Friday presented an Rs8.487 trillion budget for the next fiscal year in the National Assembly, promising growth-oriented measures and relief for the salaried class.",
    "The budget targets economic growth of 4.8 per cent and sets the fiscal deficit at 6.3pc of GDP. Development spending was raised to Rs900 billion, and the minimum wage was increased to Rs20,000 a month.",
    "Opposition members protested loudly inside the House throughout the speech, chanting slogans and tearing up copies of the budget documents.",
    "Tarin said the government had negotiated with the International Monetary Fund to avoid new taxes on electricity and salaried people. \"This is a budget for the common man,\" he said.",
    "Economists questioned whether the revenue target of Rs5.8tr was achievable without fresh taxes.",
], [], "Budget politics; opposition sloganeering inside the National Assembly is parliamentary conduct, not a public demonstration; not coded (borderline)."))

# 66 Mombasa cholera
A(art("2019-03-26", "Cholera outbreak in Mombasa: 60 admitted, two dead", "Daily Nation", [
    "Two people have died and at least 60 others have been admitted to hospital in Mombasa after an outbreak of cholera in the Kisauni and Likoni areas.",
    "County Health Executive Hazel Koitaba said the first cases were reported ten days ago and that samples taken from patients at the Coast General Teaching and Referral Hospital had confirmed the disease.",
    "Health officials have closed several food kiosks and ordered the disinfection of public toilets and water points. Residents have been urged to boil drinking water and wash their hands regularly.",
    "Public health officers said burst sewers and illegal water connections in informal settlements were to blame for the spread.",
    "Kenya has reported cholera outbreaks in 13 counties since January, according to the Ministry of Health.",
], [], "Disease outbreak; not coded."))

# 67 Kerala boat accident
A(art("2022-09-05", "Five drown as country boat capsizes in Kerala backwaters", "The Hindu", [
    "Five people, including two children, drowned when a country boat carrying a family group capsized in the backwaters near Kuttanad in Alappuzha district on Sunday evening.",
    "Fire and Rescue Services personnel and local fishermen rescued seven others. The boat, which was licensed to carry eight people, had 12 on board, officials said.",
    "The group had been returning from a relative's house after Onam celebrations when the boat was hit by a strong gust of wind and overturned in the middle of the channel.",
    "District Collector V.R. Krishna Teja ordered an inquiry and said action would be taken against the boat operator, who had survived.",
    "Chief Minister Pinarayi Vijayan expressed grief and announced ex gratia of ₹4 lakh to the families of the dead.",
], [], "Boating accident; not coded."))

# 68 Paterson mosque arson (sole perpetrator)
p = "2022-02-08"
s1 = "A man poured gasoline on the front doors of a mosque in Paterson and set them on fire early Sunday, police said, in what officials are investigating as a bias crime."
s2 = "No one was inside the Islamic Center on Getty Avenue at the time, and the fire was put out by a passing security guard before firefighters arrived, leaving the doors and a section of the facade charred."
A(art(p, "Man sets fire to doors of Paterson mosque; bias crime investigated", "The Record", [
    s1,
    s2,
    "Surveillance video showed a man walking up to the building shortly after 3 a.m., dousing the doors and fleeing on foot, Paterson Public Safety Director Jerry Speziale said.",
    "Police arrested a 36-year-old Paterson man on Monday and charged him with arson and bias intimidation. Investigators said he had posted anti-Muslim messages on social media in recent weeks.",
    "Members of the mosque gathered for the noon prayer on Sunday under police protection. \"We will not be afraid,\" said the mosque's imam.",
    "Gov. Phil Murphy condemned the attack and said state police would increase patrols around houses of worship.",
], [ev("Strategic developments", "Looting/property destruction", "Sole Perpetrator (United States)", 3,
       "Civilians (United States)", 7, "United States", "New Jersey", "Paterson", 40.9168, -74.1718, 1,
       wd(p, "Sunday"), evid=[s1, s2],
       note="Anti-Muslim arson on an empty mosque's doors in Paterson early Sunday (6 Feb) by a lone man: property destruction with a religious motive, no one hurt (borderline against Attack). The arrest of the lone suspect on Monday is one ordinary person's arrest, not coded.")],
    "One property-destruction event coded; the suspect's arrest not coded."))

# 69 Calgary Stampede
A(art("2018-07-16", "Stampede attendance dips as heat and prices bite", "Calgary Herald", [
    "Attendance at the Calgary Stampede fell for the second year in a row, with 1.27 million visitors passing through the gates over the 10-day festival, organizers said Sunday.",
    "Stampede officials blamed a run of scorching days above 30 C and competition from other summer events, while some visitors complained about the cost of admission and midway rides.",
    "The rodeo finals on Sunday drew a sellout crowd to the grandstand, where Alberta bareback rider Jake Vold claimed the $100,000 prize for a record third time.",
    "The chuckwagon races passed without serious injury to horses this year after changes to the rules following the deaths of several animals in previous years.",
    "Stampede president Dana Peers said the organization would review pricing and look for ways to draw more families next summer.",
], [], "Culture/festival; not coded."))

# 70 Nottingham trams
A(art("2024-04-09", "Tram services suspended for two weeks for track works", "Nottingham Post", [
    "Tram services between Nottingham station and the Old Market Square will be suspended for two weeks from Saturday while track and junction repairs are carried out.",
    "Nottingham Express Transit said replacement buses would run every ten minutes during the day, and that trams would continue to operate on the rest of the network.",
    "The works on Carrington Street will replace worn rails installed when the line opened in 2004. NET said it had timed the closure to avoid the university term and major events at the arena.",
    "Business owners on Carrington Street said they were worried about losing trade, with the street already hit by the closure of the Broadmarsh shopping centre.",
    "The city council said it would provide signage directing shoppers to businesses affected by the works.",
], [], "Transport; not coded."))

# 71 EFCC arrests
A(art("2022-11-23", "EFCC arrests 32 suspected internet fraudsters in Ibadan", "The Guardian (Nigeria)", [
    "Operatives of the Economic and Financial Crimes Commission on Tuesday arrested 32 suspected internet fraudsters in a raid on two hideouts in the Akobo area of Ibadan, Oyo State.",
    "The Commission's spokesman, Wilson Uwujaren, said the arrests followed intelligence about the suspects' alleged involvement in romance scams and cryptocurrency fraud targeting victims abroad.",
    "Items recovered from the suspects included 11 exotic cars, laptops, mobile phones and documents containing fraudulent messages.",
    "Uwujaren said the suspects would be charged to court as soon as investigations were concluded. He warned parents in the state to monitor the sources of their children's sudden wealth and urged landlords to report suspicious tenants.",
    "The EFCC has stepped up operations against so-called yahoo boys in the South-West in recent months, arresting more than 400 suspects in Oyo, Ogun and Osun states since August.",
], [], "Arrests of ordinary fraud suspects; not coded."))

# 72 Assam floods
A(art("2020-07-14", "Assam floods: toll rises to 34, over 20 lakh affected", "The Telegraph (India)", [
    "The death toll in the second wave of floods in Assam rose to 34 on Monday, with more than 20 lakh people affected in 24 of the state's 33 districts, the Assam State Disaster Management Authority said.",
    "The Brahmaputra was flowing above the danger mark at Dibrugarh, Neamatighat, Tezpur and Guwahati. Large parts of the Kaziranga National Park were under water, and forest officials said more than 50 animals had died.",
    "Over 45,000 people were staying in relief camps, where officials said they were trying to maintain distancing because of the Covid-19 pandemic.",
    "Chief Minister Sarbananda Sonowal reviewed the situation with district officials by video conference and directed them to ensure food and medicines reached marooned villages.",
    "The India Meteorological Department has forecast heavy rain in upper Assam and Arunachal Pradesh over the next three days.",
], [], "Floods, natural disaster; not coded."))

# 73 Perth mining
A(art("2021-08-11", "Iron ore miners post record profits as prices soar", "The West Australian", [
    "Western Australia's iron ore miners are set to report record profits this month after prices for the steelmaking ingredient climbed above $US200 a tonne earlier this year.",
    "Fortescue Metals Group is expected to post a net profit of more than $US10 billion for the financial year, while BHP and Rio Tinto will also report bumper earnings from their Pilbara operations.",
    "The State Government is forecast to collect more than $12 billion in royalties, giving Treasurer Mark McGowan room to pay down debt and boost spending on health.",
    "Analysts warned prices had already begun to fall as China moved to curb steel production to meet emissions targets.",
    "The Chamber of Minerals and Energy said the industry was struggling to find workers, with border closures keeping out skilled migrants.",
], [], "Business; not coded."))

# 74 Dáil housing debate
A(art("2023-10-18", "Government sees off opposition motion on rent freeze", "Irish Examiner", [
    "The Government on Tuesday night defeated an opposition motion calling for a three-year ban on rent increases and a temporary restoration of the eviction ban, by 79 votes to 65.",
    "Sinn Féin housing spokesman Eoin Ó Broin said the housing crisis had reached \"catastrophic levels\" and that renters were being forced into emergency accommodation in record numbers.",
    "Minister for Housing Darragh O'Brien said a rent freeze would drive landlords out of the market and reduce supply. He pointed to record numbers of new homes being completed this year.",
    "More than 13,000 people, including almost 4,000 children, were in emergency accommodation in August, according to the department's latest figures.",
    "Housing charities have called for a new tenant-purchase scheme and for tax changes to keep small landlords in the market.",
], [], "Parliamentary politics; not coded."))

# 75 Atlanta officer trial (old police shooting)
A(art("2022-08-25", "Jury selection begins in trial of former officer over 2020 shooting", "The Atlanta Journal-Constitution", [
    "Jury selection began Wednesday in the murder trial of a former Atlanta police officer charged in the fatal shooting of a man during a traffic stop in southwest Atlanta in 2020.",
    "Prosecutors say the officer fired seven times into the man's car as he tried to drive away from a stop on Campbellton Road in October 2020. The man, a 27-year-old father of two, died at the scene.",
    "The officer's attorneys say he feared for his partner's life because the car's door was pinning her arm.",
    "The shooting sparked protests outside City Hall in the weeks that followed and added to calls for police reform in Atlanta after the death of Rayshard Brooks in June of that year.",
    "Fulton County Superior Court Judge Shukura Ingram said she expected jury selection to last at least a week. The trial could run through September.",
], [], "Trial over a 2020 police shooting of a suspect; the protests that followed were in 2020; old and backdrop; not coded."))
