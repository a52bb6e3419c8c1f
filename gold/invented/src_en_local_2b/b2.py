# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 16 Pakistan post-election protests: Lahore arrests, Karachi sit-in
p = "2024-02-13"
s1 = "Police arrested at least 35 workers of the Pakistan Tehreek-i-Insaf in Lahore on Sunday as they tried to march on the provincial election commissioner's office on Queen's Road to protest against what the party calls the rigging of last week's general election."
s2 = "In Karachi, several hundred PTI supporters staged a peaceful sit-in outside the Karachi Press Club on Sunday evening, which ended after midnight without incident."
A(art(p, "Dozens of PTI workers held in Lahore as rigging protests spread", "Dawn", [
    s1,
    "Witnesses said police in riot gear blocked the Mall Road near Charing Cross and baton-charged the marchers when they tried to push through the barricades. Several workers, including two women, were bundled into prison vans, and some of the party's provincial candidates were briefly detained before being released.",
    "A spokesman for the Lahore police said the workers had been arrested for violating Section 144, which bans gatherings of more than four people in the provincial capital, and for \"attempting to create a law and order situation\". He said the detained would be produced before a magistrate on Monday.",
    "PTI's central information secretary Raoof Hasan condemned the arrests, saying the party had a constitutional right to protest peacefully. \"The mandate of the people has been stolen in broad daylight, and now those who speak against it are being dragged off the streets,\" he told reporters in Islamabad.",
    s2,
    "The protesters, carrying party flags and portraits of the incarcerated former prime minister Imran Khan, chanted slogans against the Election Commission of Pakistan and demanded recounts in at least 11 National Assembly constituencies in the city. Police kept a close watch but did not intervene.",
    "The party has announced countrywide protests for Saturday and said its supporters would gather outside the offices of returning officers in every district. The Jamaat-i-Islami and the Grand Democratic Alliance have also rejected the results in Sindh and announced a sit-in on the Karachi-Hyderabad highway later this week.",
    "The PML-N and the PPP on Monday continued talks on forming a coalition government at the centre. No party won a simple majority in the February 8 polls, in which independent candidates backed by the PTI won the largest number of seats.",
    "The Election Commission has rejected the allegations of rigging, saying complaints should be taken to the election tribunals. The caretaker interior minister said on Monday that the government would not allow anyone to \"hold the country hostage\" through street power.",
    "The US State Department and the European Union last week called for a full investigation into claims of interference in the vote.",
    "Analysts said the protests were unlikely to change the outcome but could complicate the formation of a new government. \"The PTI has shown it can still bring people onto the streets even with its leader in jail and its symbol taken away. Whoever forms the government will have to deal with that anger,\" said Zaigham Khan, a political commentator based in Islamabad.",
    "Mobile internet services, which were suspended across the country on polling day, have been fully restored, but several PTI leaders complained that the party's accounts on the social media platform X remained inaccessible in Pakistan for a third day.",
], [ev("Protests", "Protest with intervention", "Protesters (Pakistan)", 6, "Police Forces of Pakistan", 1, "Pakistan",
       "Punjab", "Lahore", 31.5497, 74.3436, 1, wd(p, "Sunday"), evid=[s1],
       note="PTI march in Lahore stopped by police with baton charge and at least 35 arrests, Sunday 11 Feb."),
    ev("Protests", "Peaceful protest", "Protesters (Pakistan)", 6, None, None, "Pakistan", "Sindh", "Karachi",
       24.8607, 67.0011, 1, wd(p, "Sunday"), evid=[s2],
       note="Peaceful PTI sit-in at Karachi Press Club, Sunday evening; police did not intervene.")],
    "Lahore protest with arrests and Karachi peaceful sit-in (both Sunday). Saturday's nationwide protests and the highway sit-in are announced, not coded."))

# 17 Court verdict on an old blast case (no event)
A(art("2021-10-06", "Special court acquits four in 2013 Hyderabad blasts case, convicts one", "Hindustan Times", [
    "A special court in Hyderabad on Tuesday acquitted four of the five men accused of involvement in the twin bomb blasts at Dilsukhnagar in February 2013, citing a lack of evidence linking them to the conspiracy, while convicting the fifth on charges of harbouring an absconding suspect.",
    "Seventeen people were killed and more than 130 injured when two bombs placed on bicycles exploded minutes apart near a cinema and a bus stop in the crowded market area on the evening of February 21, 2013. The National Investigation Agency (NIA), which took over the probe, had charged the men under the Unlawful Activities (Prevention) Act.",
    "In his 212-page order, the judge said the prosecution had relied heavily on confessional statements that were later retracted and that the recovery of explosive material from one of the accused had not been proved beyond reasonable doubt. \"Suspicion, however grave, cannot take the place of proof,\" the judge observed.",
    "The convicted man, a resident of Bhatkal in Karnataka, was sentenced to seven years in prison, most of which he has already served while in custody.",
    "Relatives of the victims who had gathered outside the court expressed dismay at the verdict. \"We have waited eight years. Who killed my brother? Nobody can tell us,\" said Srinivas Rao, whose younger brother ran a tea stall near the bus stop.",
    "An NIA spokesperson said the agency would study the judgment and was likely to appeal in the high court. The agency had secured the conviction of five other men, including Indian Mujahideen co-founder Yasin Bhatkal, in a separate trial related to the same blasts in 2016.",
    "Defence lawyer Mohammed Saleem said his clients had spent years in jail for a crime they did not commit. \"They have lost the best years of their lives,\" he said, adding that they would seek compensation.",
    "Security was tightened around the court complex on Tuesday, and police deployed additional personnel in Dilsukhnagar as a precaution.",
], [], "Court verdict about the 2013 bombings; old attack as backdrop of a trial, not coded."))

# 18 Myanmar: air strike in Kanbalu, fighting in Pinlebu
p = "2023-10-18"
s1 = "At least 17 people, including five children, were killed when military aircraft bombed Kyaung Taung village in Kanbalu township, Sagaing region, on Tuesday, residents said."
s2 = "A spokesperson for the shadow National Unity Government put the death toll at 21."
s3 = "Separately, a local People's Defence Force unit said its fighters had overrun an army outpost on the edge of Pinlebu town on Sunday after a day of fighting."
s4 = "Junta spokesman Maj Gen Zaw Min Tun denied that the outpost had fallen, saying troops had repelled an attack by \"terrorists\" in Pinlebu and inflicted heavy casualties."
A(art(p, "Myanmar air strike kills at least 17 in Sagaing village", "Bangkok Post", [
    "YANGON - " + s1,
    "Two residents contacted by telephone said a jet dropped at least four bombs on the centre of the village at around 9am, as people were gathering at a school that was being used to distribute rice. A monastery and more than 30 houses were destroyed.",
    "\"There were no fighters in the village. These were farmers and children,\" said one resident, who asked not to be named for fear of reprisals. He said villagers had buried the dead the same afternoon and many families had fled to nearby forests.",
    s2 + " The military did not respond to requests for comment.",
    s3,
    s4 + " Neither account could be independently verified because of restrictions on access and communications in the area.",
    "Sagaing, in the country's northwest, has been a centre of armed resistance to the military since it seized power from Aung San Suu Kyi's elected government in February 2021. The military has increasingly relied on air power against the resistance, and a strike on a gathering in Pazigyi village in April killed more than 160 people.",
    "The United Nations special rapporteur on Myanmar, Tom Andrews, said last month that the junta was committing \"war crimes on a near daily basis\" and called for a global ban on the supply of aviation fuel to the military.",
    "According to the Assistance Association for Political Prisoners, more than 4,100 civilians have been killed by the security forces since the coup. - Reuters",
], [ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7,
       "Myanmar", "Sagaing", "Kanbalu", 23.2035, 95.5196, 2, wd(p, "Tuesday"), fat=17,
       claimed=[{"low": 21, "high": 21, "claimant": "National Unity Government", "text": "put the death toll at 21"}],
       evid=[s1, s2],
       note="Air strike on Kyaung Taung village, Kanbalu township, Tuesday; 17 killed per residents, NUG (party) claims 21. geo 2: village in a township, township coordinates."),
    ev("Battles", "Armed clash", "PDF: People's Defence Force", 2, "Military Forces of Myanmar", 1, "Myanmar", "Sagaing",
       "Pinlebu", 24.0833, 95.3667, 1, wd(p, "Sunday"), evid=[s3, s4],
       note="Both sides agree on fighting at Pinlebu on Sunday; the PDF's claim to have overrun the outpost is denied, so coded as an armed clash, not territory taken. Junta's 'heavy casualties' unquantified.")],
    "Air strike in Kanbalu township (Tuesday) and the Pinlebu clash (Sunday; territory claim denied, coded as clash). Pazigyi strike in April and AAPP tally are background."))

# 19 Typhoon in Bicol (no event)
A(art("2020-11-02", "Typhoon Rolly leaves trail of destruction in Bicol; 16 dead", "Philippine Daily Inquirer", [
    "LEGAZPI CITY - At least 16 people were killed and thousands of homes were flattened as Super Typhoon Rolly (international name: Goni), the strongest storm to hit the country this year, battered the Bicol region on Sunday.",
    "Most of the deaths were recorded in Albay province, where volcanic mud and boulders from the slopes of Mayon Volcano swept through villages in the town of Guinobatan, burying at least 150 houses. Rescuers were still digging through the debris on Monday in search of at least 20 people who remain missing.",
    "\"It was like a war zone. The boulders came down like bombs,\" said Marites Bragais, 41, who fled with her three children to an evacuation center in a public school minutes before the lahar hit her village.",
    "The storm made landfall in Bato, Catanduanes, before dawn on Sunday with maximum sustained winds of 225 kilometers per hour. Power and communications were cut in most of Catanduanes and large parts of Albay and Camarines Sur.",
    "The National Disaster Risk Reduction and Management Council said more than 390,000 people had been evacuated before the typhoon hit. The Philippine Coast Guard grounded all sea travel in the region, stranding thousands of passengers in ports.",
    "President Duterte, who was in Davao City, was expected to visit the affected areas on Tuesday. Vice President Leni Robredo, who is from Naga City, said her office had deployed relief teams with food packs and hygiene kits.",
    "Albay Gov. Al Francis Bichara said the province would need at least P2 billion to rebuild. \"We are still counting the damage, but we know it is enormous,\" he said.",
    "Weather forecasters said a new tropical depression east of Mindanao could enter the Philippine area of responsibility later this week.",
], [], "Natural disaster with war similes; not coded."))

# 20 Owo church attack trial (no event)
A(art("2023-08-24", "Owo church attack: court adjourns trial of five suspects till October", "Premium Times", [
    "The Federal High Court in Abuja on Wednesday adjourned until October 18 the trial of five men accused of carrying out the June 5, 2022 attack on St Francis Xavier Catholic Church in Owo, Ondo State, in which more than 40 worshippers were killed.",
    "The defendants, who are being prosecuted by the Department of State Services (DSS) on terrorism charges, appeared in court wearing face masks. The judge ordered that the identities of prosecution witnesses be protected and that they testify behind a screen.",
    "The DSS alleges that the men are members of the Islamic State West Africa Province (ISWAP) and that they planned the attack from a hideout in Kogi State for several months. The agency said in its charge that the defendants stored explosives and assault rifles in a farm settlement before the Pentecost Sunday attack.",
    "Counsel to the defendants, Kanu Agabi, told the court that his clients had not been given access to the evidence against them. \"We cannot defend ourselves against documents we have never seen,\" he said.",
    "The prosecution counsel, Pius Akutah, said the delay had been caused by the need to protect witnesses, some of whom had received threats.",
    "Survivors of the attack, some of whom still walk with crutches, travelled from Owo to attend the hearing. Catholic Bishop of Ondo Diocese, Jude Arogundade, said the slow pace of the trial was \"a second wound\" for the victims' families.",
    "The attack, in which gunmen opened fire on worshippers and detonated explosives at the entrance of the church, drew condemnation from around the world and led to calls for better security in churches across the South-West.",
    "Former Ondo governor Rotimi Akeredolu had said at the time that the state would not rest until the attackers were brought to justice.",
], [], "Trial hearing about the 2022 Owo church attack; old attack as backdrop, not coded."))

# 21 Colombia: ELN bomb in Saravena, ELN-FARC dissident clash in Tame
p = "2022-05-21"
s1 = "Six police officers were injured when a motorcycle packed with explosives blew up outside a police station in the town of Saravena, in Colombia's eastern Arauca department, on Thursday night, authorities said."
s2 = "The National Liberation Army (ELN), the country's largest remaining rebel group, claimed responsibility for the bombing in a statement on Friday."
s3 = "A day earlier, at least eight people were killed in fighting between the ELN and dissidents of the former FARC guerrilla group in a rural area of Tame, about 100 kilometres to the south, according to the regional office of the Ombudsman."
A(art(p, "Bomb wounds six police as violence flares on Colombia-Venezuela border", "Sydney Morning Herald", [
    "BOGOTA - " + s1,
    "The blast damaged the front of the building and several nearby homes and shops. Two of the injured officers were flown to a hospital in the city of Bucaramanga with serious burns, police said.",
    s2 + " The group said the attack was a response to what it called the police's collaboration with paramilitary groups in the region.",
    s3,
    "The Ombudsman's office said the bodies had been taken to the morgue in Tame and that dozens of families had fled their homes in the area. Residents said the shooting lasted several hours.",
    "Arauca, a cattle and oil region on the border with Venezuela, has been the scene of a bloody turf war between the ELN and the dissidents since January, when dozens of people were killed over a single weekend. Both groups finance their operations through drug trafficking, extortion and smuggling.",
    "President Ivan Duque condemned the bombing on Twitter, calling the ELN \"a narco-terrorist group\" and announcing the deployment of 500 more soldiers to the department.",
    "Colombia holds the first round of its presidential election on May 29. Leftist candidate Gustavo Petro, who leads the polls, has said he would seek to restart peace talks with the ELN if elected. - AFP",
], [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", "ELN: National Liberation Army", 2,
       "Police Forces of Colombia", 1, "Colombia", "Arauca", "Saravena", 6.9528, -71.8764, 1, wd(p, "Thursday"),
       inj=6, evid=[s1, s2],
       note="ELN-claimed motorcycle bomb outside Saravena police station, Thursday night; 6 police injured, no deaths reported (fatalities null)."),
    ev("Battles", "Armed clash", "ELN: National Liberation Army", 2, "FARC Dissidents", 2, "Colombia", "Arauca",
       "Tame", 6.4608, -71.7303, 2, wd(p, "Wednesday"), fat=8, evid=[s3],
       note="Fighting between the ELN and FARC dissidents in rural Tame, 'a day earlier' than Thursday = Wednesday; 8 killed per the Ombudsman. geo 2: rural area of the municipality.")],
    "Saravena bombing (Thursday) and ELN-FARC dissident clash in rural Tame (Wednesday). January fighting is background."))

# 22 Hurling final (no event)
A(art("2022-07-18", "Limerick's warriors march on as Kilkenny fall in epic final", "Irish Independent", [
    "Limerick are the kings of hurling again. John Kiely's side completed a third successive All-Ireland SHC title at Croke Park yesterday, withstanding a ferocious Kilkenny assault in the closing 20 minutes to win by 1-31 to 2-26.",
    "It was a battle from the first whistle. Kilkenny, written off by many after their semi-final scare against Clare, came out with all guns blazing and led by four points after a storming opening quarter in which TJ Reid hit three frees and a sideline cut that drew a roar from the Hill.",
    "But Limerick have made a habit of winning wars of attrition. Gearóid Hegarty, who was immense throughout, fired over three points from play in a devastating spell before half-time, and Kyle Hayes's goal on 38 minutes, a thunderbolt from the edge of the square, put the champions in control.",
    "Kilkenny refused to surrender. Adrian Mullen's goal in the 64th minute cut the gap to two points and set up a grandstand finish, but Limerick's defence held firm under a siege of high balls, with Nickie Quaid plucking two dropping deliveries from the sky.",
    "\"That was trench warfare,\" Kiely said afterwards. \"Kilkenny threw everything at us and the lads just kept standing up. I'm so proud of them.\"",
    "Brian Cody was gracious in defeat. \"They're a great team. We had them rattled, but they have a way of finding another gear,\" the Kilkenny manager said.",
    "Limerick now join the great Cork and Kilkenny sides in completing a three-in-a-row, and there is no sign of the empire crumbling. Their minors and under-20s are also in the hunt for titles.",
    "A crowd of 81,184 attended the final, the first full house at headquarters since 2019.",
], [], "Sport report dense with war metaphors; no event."))

# 23 Army chief on two-front war (no event)
A(art("2022-01-13", "Army ready for two-front challenge, says chief; LoC truce holding", "Hindustan Times", [
    "The Indian Army is prepared to deal with a \"two-front\" threat from China and Pakistan, army chief General MM Naravane said on Wednesday, while noting that the ceasefire along the Line of Control (LoC) with Pakistan had largely held since it was renewed in February last year.",
    "Speaking at his annual press conference ahead of Army Day, Gen Naravane said that the disengagement of troops from some friction points in eastern Ladakh was a positive development, but that the overall threat had \"in no way reduced\". Around 50,000 troops from each side remain deployed in the region.",
    "\"We are fully prepared to meet any contingency. Our troops are holding their ground in very difficult terrain and weather conditions,\" he said, adding that infrastructure development along the Line of Actual Control had been stepped up.",
    "On Jammu and Kashmir, the army chief said infiltration from across the LoC had declined but that about 300 to 400 militants were waiting at launch pads across the border. He said the number of local youth joining militant ranks had fallen compared to previous years.",
    "Asked about the drone threat in the Jammu region, Gen Naravane said the army was acquiring anti-drone systems and that a number of such devices had been brought down in recent months.",
    "Gen Naravane also spoke about the inclusion of women in combat roles, saying the first batch of women officers had been inducted into the Army Aviation Corps as pilots.",
    "The 13th round of corps commander-level talks between India and China ended in a stalemate in October. A date for the next round has not yet been announced.",
    "Army Day is celebrated on January 15 to mark the day in 1949 when Field Marshal KM Cariappa took over as the first Indian commander-in-chief of the army.",
], [], "Press conference on threats, deployments and aggregate trends; no specific event, not coded."))

# 24 Ukraine: missile strike on Kharkiv, drone strike on Odesa
p = "2024-03-13"
s1 = "Six people were killed and at least 24 injured when a Russian missile struck a residential district of Kharkiv on Tuesday evening, local officials and hospital staff said."
s2 = "Early on Wednesday, Russian drones hit the port city of Odesa, wounding three people and damaging a grain warehouse and several apartment blocks, the regional administration said."
A(art(p, "Russian missile kills six in Kharkiv; drones hit Odesa", "The Australian", [
    "KYIV - " + s1,
    "The missile hit a five-storey apartment building in the Saltivka district shortly after 7pm, collapsing part of the roof and setting fire to cars parked in the courtyard. Rescuers worked through the night to pull residents from the rubble, and a 12-year-old boy was among the dead.",
    "\"We heard the whistle and then everything went dark. My neighbours are gone,\" said Olena, 67, who was treated for cuts to her face.",
    "Russia's defence ministry said in its daily briefing that its forces had struck \"a temporary deployment point of Ukrainian armed forces\" in Kharkiv. It did not give further details, and there was no evidence of military activity at the site.",
    s2,
    "Ukraine's air force said it had shot down 22 of 25 Shahed drones launched overnight across the south and east of the country, but did not say where the others had struck.",
    "President Volodymyr Zelensky renewed his appeal to Western allies for more air defence systems, saying Ukraine was running short of interceptor missiles as a $US60 billion US aid package remained stalled in Congress.",
    "Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border and has been hit repeatedly since the full-scale invasion began in February 2022. In January a missile strike on a hotel in the city centre injured 13 people, including journalists.",
    "Meanwhile, Ukraine's military said it had repelled dozens of Russian attacks west of Avdiivka over the past week, as Moscow's forces continued to push forward after capturing the town last month. - AFP, Reuters",
], [ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8,
       "Civilians (Ukraine)", 7, "Ukraine", "Kharkiv", "Kharkiv", 49.9935, 36.2304, 1, wd(p, "Tuesday"), fat=6, inj=24,
       evid=[s1],
       note="Missile strike on a Saltivka apartment block, Kharkiv, Tuesday evening: 6 killed, 24 injured. Russia's 'military target' claim not adopted; Russian forces abroad inter 8."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7,
       "Ukraine", "Odesa", "Odesa", 46.4825, 30.7233, 1, p, inj=3, evid=[s2],
       note="Drone strike on Odesa early Wednesday (publication day); 3 wounded, no deaths reported.")],
    "Kharkiv missile strike and Odesa drone strike coded. Nationwide drone interceptions (no places), Avdiivka weekly fighting (no day/place precision), January strike: not coded."))

# 25 Marikana anniversary (no event)
A(art("2022-08-17", "Marikana at ten: widows still wait for justice", "Mail & Guardian", [
    "Hundreds of mineworkers, widows and community members gathered at the koppie near Nkaneng informal settlement on Tuesday to mark ten years since police shot dead 34 striking miners at Lonmin's Marikana mine in North West province.",
    "The killings on August 16 2012, broadcast live on television, were the deadliest use of force by South African security forces since the end of apartheid. Ten other people, including two police officers and two security guards, had been killed in the days before.",
    "The commemoration, organised by the Association of Mineworkers and Construction Union (Amcu), was peaceful. Speakers took turns to read out the names of the dead as women in black sat beneath a marquee clutching framed photographs.",
    "\"My husband went up that hill to ask for R12 500. He came down in a body bag,\" said Nomawethu Ntsoelengoe, whose husband was among those killed. \"Ten years, and not one policeman has gone to jail.\"",
    "The Farlam commission of inquiry found in 2015 that the police operation should have been stopped, and recommended an investigation into the conduct of senior officers. Prosecutions of a handful of officers on lesser charges have dragged on for years, and several cases have been withdrawn.",
    "Sibanye-Stillwater, which bought Lonmin in 2019, said it had built houses for 16 of the widows and set up a trust to pay for the education of the victims' children.",
    "Amcu president Joseph Mathunjwa said Marikana remained \"an open wound\" and criticised President Cyril Ramaphosa, who was a Lonmin director at the time of the massacre, for not attending. The presidency said Ramaphosa had apologised in 2017 and remained committed to healing.",
    "Economic Freedom Fighters leader Julius Malema also addressed the crowd and called for a new inquiry.",
], [], "Peaceful commemoration of the 2012 Marikana killings. Borderline: the commemoration is a public gathering with a political edge, but it is a memorial, not a demonstration; not coded."))

# 26 Bristol announced protest (no event)
A(art("2021-11-19", "Campaigners plan march against Clean Air Zone charges", "Bristol Post", [
    "Campaigners opposed to Bristol's Clean Air Zone say they will march through the city centre next Saturday in protest at the daily charge that older vehicles will have to pay from next summer.",
    "The Bristol Drivers Action Group said it expected more than 1,000 people, including taxi drivers, tradespeople and small business owners, to gather at College Green before walking to City Hall. Organiser Tony Marshall said the charge of £9 a day for older cars and £100 for lorries would \"put people out of work\".",
    "\"This is a tax on the poorest people in Bristol, the ones who cannot afford to buy a new car,\" he said. \"We will fight this every step of the way.\"",
    "Avon and Somerset Police said they were aware of the planned protest and were in contact with the organisers.",
    "Bristol City Council says the zone, which covers the city centre and parts of Hotwells, is needed to bring nitrogen dioxide levels within legal limits in the shortest possible time. Mayor Marvin Rees said the council had secured £42 million from the government to help affected drivers and businesses upgrade their vehicles.",
    "A similar scheme in Birmingham came into force in June. Traffic data from that city show a fall in the number of non-compliant vehicles entering the zone.",
    "Green councillor Carla Denyer said the charge did not go far enough. \"Children in Bristol are breathing illegal air every day,\" she said.",
], [], "Protest announced for next Saturday; future, not coded."))

# 27 Haiti: gang attack in Solino, police-gang fighting in Croix-des-Bouquets
p = "2023-05-02"
s1 = "Gunmen from the 5 Segonn gang stormed the Solino neighbourhood of Port-au-Prince on Sunday, killing at least 12 residents and setting fire to dozens of homes, according to the National Human Rights Defense Network (RNDDH)."
s2 = "Police said they had killed four members of the 400 Mawozo gang during an operation in Croix-des-Bouquets, northeast of the capital, on Monday."
A(art(p, "Haiti gang attack leaves at least 12 dead in capital", "Sydney Morning Herald", [
    "PORT-AU-PRINCE - " + s1,
    "Residents said the attackers arrived before dawn, going from house to house and shooting those who did not manage to flee. Some of the victims were burned in their homes. Thousands of people fled with their belongings to a nearby school and a church compound.",
    "\"They came shooting at everything. My neighbour and her two sons were killed in front of their door,\" a woman who gave her name as Marie told the Associated Press by phone from a shelter.",
    "Solino has been caught in a war for territory between 5 Segonn, led by Johnson \"Izo\" Andre, and the G9 coalition of gangs allied to former police officer Jimmy \"Barbecue\" Cherizier. The RNDDH said the gangs were fighting over control of roads leading to the city's port.",
    s2 + " The police statement gave no further details and did not say whether officers had been hurt. The figure could not be independently confirmed.",
    "The United Nations says more than 600 people were killed in gang violence in Haiti in April alone. Gangs are estimated to control around 80 per cent of the capital.",
    "Prime Minister Ariel Henry has asked for the deployment of a foreign armed force to help the police, but no country has so far agreed to lead it. Kenya is among the countries that have said they are considering the request. - AP",
], [ev("Violence against civilians", "Attack", "5 Segonn Gang", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest",
       "Port-au-Prince - Solino", 18.5560, -72.3210, 1, wd(p, "Sunday"), fat=12, evid=[s1],
       note="5 Segonn gang attack on Solino residents, Sunday; at least 12 killed per RNDDH (neutral rights group)."),
    ev("Battles", "Armed clash", "Police Forces of Haiti", 1, "400 Mawozo Gang", 3, "Haiti", "Ouest",
       "Croix-des-Bouquets", 18.5770, -72.2270, 1, wd(p, "Monday"),
       claimed=[{"low": 4, "high": 4, "claimant": "Police Forces of Haiti", "text": "killed four members of the 400 Mawozo gang"}],
       evid=[s2],
       note="Police operation against 400 Mawozo in Croix-des-Bouquets on Monday; the four killed is the police's own claim, unconfirmed, so fatalities null.")],
    "Solino gang attack (Sunday) and police operation against 400 Mawozo (reported Monday). UN monthly tally not coded."))

# 28 Buy-bust killing (no event)
A(art("2018-08-14", "Drug suspect killed in Caloocan buy-bust", "Philippine Daily Inquirer", [
    "A suspected drug pusher was killed after he allegedly fought it out with police during a buy-bust operation in Caloocan City on Monday night.",
    "The Northern Police District identified the suspect as Romeo Dizon, 36, alias Meo, of Barangay 178 in Camarin. He was declared dead on arrival at Caloocan City Medical Center.",
    "According to the police report, Dizon sold a sachet of suspected shabu to an undercover officer at around 10 p.m. but sensed that he was dealing with a police officer and drew a .38-caliber revolver. He fired at the operatives, who shot back, the report said.",
    "Recovered from the scene were the revolver, four sachets of suspected shabu weighing about 10 grams and the marked money.",
    "Dizon's sister, who asked not to be named, disputed the police account. \"My brother did not own a gun. He was already on his knees when they shot him,\" she said, adding that the family would file a complaint with the Commission on Human Rights.",
    "Caloocan has been one of the centers of the administration's war on drugs. Police say more than 4,500 drug suspects have been killed nationwide in operations where they fought back, while human rights groups put the number of deaths much higher.",
    "The Internal Affairs Service of the Philippine National Police said it would review the incident, as it does in all cases where a suspect is killed during an operation.",
], [], "Police killing of a drug suspect in an anti-drug operation and a national tally; ordinary crime/police action against a criminal suspect, not coded."))

# 29 Karachi street crime; relatives' road-block protest
p = "2022-06-07"
s1 = "Relatives and residents later blocked University Road for about an hour in protest, demanding the arrest of the killers. Traffic was restored after the area SHO assured them of swift action."
A(art("2022-06-07", "Young man shot dead for resisting robbery in Gulistan-i-Jauhar", "Dawn", [
    "KARACHI: A 24-year-old man was shot dead by armed robbers when he resisted a mugging in Gulistan-i-Jauhar on Monday night, police said.",
    "Police said the victim, identified as Bilal Ahmed, a software engineer, was returning home on his motorcycle from his office on Shahrae Faisal when two suspects riding a motorbike intercepted him near Rabia City. When he refused to hand over his mobile phone, one of them opened fire and the suspects fled.",
    "He was taken to the Jinnah Postgraduate Medical Centre, where doctors pronounced him dead.",
    s1,
    "According to the Citizens-Police Liaison Committee, more than 45,000 incidents of street crime were reported in the city in the first five months of the year, and at least 60 people were killed for resisting robbers.",
    "Sindh Chief Minister Murad Ali Shah took notice of the killing and sought a report from the Karachi police chief. The police said CCTV footage of the area was being examined and that a special team had been formed to trace the suspects.",
    "Bilal, who was to be married in September, was laid to rest in the Sakhi Hasan graveyard on Tuesday.",
], [ev("Protests", "Peaceful protest", "Protesters (Pakistan)", 6, None, None, "Pakistan", "Sindh", "Karachi",
       24.8607, 67.0011, 1, wd(p, "Monday"), wd(p, "Tuesday"), tp=2, evid=[s1],
       note="Borderline: relatives and residents blocked University Road demanding arrests after the killing; 'later' after Monday night, so a Monday-Tuesday range. No intervention told.")],
    "Robbery killing is ordinary crime, not coded; the road-block protest over it is coded (borderline). Street-crime tally not coded."))

# 30 Parramatta police shooting (no event)
A(art("2023-09-05", "Man shot by police after knife rampage in Parramatta", "Sydney Morning Herald", [
    "A man has been shot by police after allegedly stabbing two people in a Parramatta shopping street on Monday afternoon, sending lunchtime shoppers running for cover.",
    "Witnesses said the man, believed to be in his 30s, walked along Church Street swinging a large kitchen knife and lunged at passers-by shortly after 1pm. A 54-year-old woman was stabbed in the arm and a 20-year-old man suffered a wound to his back.",
    "Police arrived within minutes and confronted the man outside a cafe. NSW Police Assistant Commissioner Tony Cooke said officers had repeatedly ordered him to drop the knife and used a Taser, which had no effect, before one officer fired two shots.",
    "The man was taken to Westmead Hospital in a critical but stable condition under police guard. The two stabbing victims were also treated at Westmead and are expected to recover.",
    "\"The officers were faced with a very dangerous and rapidly evolving situation,\" Mr Cooke said. \"There is nothing at this stage to suggest this incident is terrorism-related.\" He said the man was known to police and had a history of mental illness.",
    "A critical incident team from the Homicide Squad will investigate the police response, as is standard when someone is seriously injured in a police operation. The investigation will be independently reviewed by the Law Enforcement Conduct Commission.",
    "Cafe owner Maria Haddad said she locked her doors and hid customers in the kitchen. \"People were screaming. I thought it was a terrorist attack,\" she said.",
    "Church Street was closed for several hours while forensic officers examined the scene.",
], [], "Knife attack by a lone man with mental illness, police shooting of the suspect, explicitly not terrorism; ordinary crime, not coded."))
