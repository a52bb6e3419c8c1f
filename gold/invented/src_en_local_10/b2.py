# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 21 Palestine, West Bank: settler rampage in Turmus Ayya (VAC) + Eli shooting (VAC) + Jenin raid gun battle (Battles)
P = "2023-06-22"
s21a = "Hundreds of Israeli settlers rampaged through the Palestinian town of Turmus Ayya, north-east of Ramallah, on Wednesday, setting fire to about 30 houses and 60 cars."
s21b = "A 27-year-old Palestinian man was shot dead and 12 other people were wounded, the Palestinian health ministry said."
s21c = "The rampage came a day after two Palestinian gunmen opened fire at a restaurant and petrol station near the settlement of Eli, killing four Israelis."
s21d = "Hamas said the gunmen were members of its armed wing."
s21e = "On Monday, Israeli forces raiding the Jenin refugee camp fought a gun battle lasting several hours with Palestinian militants, during which a roadside bomb damaged armoured vehicles and an Israeli helicopter gunship fired on the camp for the first time in the West Bank in about two decades."
s21f = "Seven Palestinians, including a 15-year-old boy, were killed and more than 90 wounded, according to Palestinian health officials, while the Israeli military said eight of its personnel were hurt."
A(art(P, "Settlers torch homes and cars in West Bank town as violence spirals", "The Guardian", [
    s21a + " " + s21b,
    "Residents said the settlers, many of them masked, arrived in the late afternoon from the direction of a nearby outpost. \"They came in groups of 20 and 30, with petrol and stones. The soldiers stood at the edges and watched,\" said Samir Abu Awad, a shop owner whose car was burned. The Israeli military said soldiers had been sent to disperse the attackers and that it was examining the circumstances of the man's death.",
    s21c + " " + s21d + " Settler leaders had called for a forceful response, and the Israeli government announced on Wednesday that it would advance plans for 1,000 new homes in Eli.",
    s21e + " " + s21f,
    "The UN's special coordinator for the Middle East peace process said he was alarmed by the escalation and urged all sides to avoid actions that could inflame an already tense situation.",
    "This year is on course to be the deadliest in the occupied West Bank since the UN began systematically recording casualties in 2005. More than 130 Palestinians and about 25 Israelis have been killed since January.",
    "In February, hundreds of settlers attacked the town of Huwara after two Israeli brothers were shot dead nearby, an assault an Israeli general described at the time as a pogrom.",
], [
    ev("Violence against civilians", "Attack", "Settlers (Israel)", 4, "Civilians (Palestine)", 7, "Palestine", "West Bank", "Turmus Ayya", 32.033, 35.286, 1, wd(P, "Wednesday"),
       fat=1, inj=12, evid=[s21a, s21b],
       note="Settler rampage through Turmus Ayya, one Palestinian shot dead and 12 wounded (health ministry). Settlers coded as an identity militia (4); who fired the fatal shot is not stated, so the death stays with this event."),
    ev("Violence against civilians", "Attack", "Hamas", 2, "Civilians (Israel)", 7, "Palestine", "West Bank", "Eli", 32.06, 35.27, 2, wd(P, "Tuesday"),
       fat=4, evid=[s21c, s21d],
       note="Shooting at a restaurant and petrol station near Eli settlement 'a day after' Wednesday, so Tuesday; Hamas said the gunmen were its members; near the settlement: precision 2. Gunmen's fate not reported."),
    ev("Battles", "Armed clash", "Military Forces of Israel", 8, "Unidentified Armed Group (Palestine)", 3, "Palestine", "West Bank", "Jenin refugee camp", 32.461, 35.29, 1, wd(P, "Monday"),
       fat=7, inj=90, evid=[s21e, s21f],
       note="Israeli raid and hours-long gun battle in Jenin camp, with a roadside bomb and helicopter fire as part of the same fight; seven dead and 'more than 90' wounded (90) from health officials; Israel's eight hurt not added to the injured count from the same source. Israeli forces in the West Bank: inter 8."),
], "Three events: Turmus Ayya (Wednesday), Eli (Tuesday) and Jenin (Monday). The Huwara attack in February, the year's death toll, the settlement-housing announcement and the UN statement are background or non-events."))

# 22 UK, England: man jailed over Hartlepool riot (negative: court on an old riot)
P = "2024-09-20"
A(art(P, "Man who threw bricks at police during Hartlepool riot jailed for 32 months", "The Guardian", [
    "A man who hurled bricks and a wheelie bin at police officers during a riot in Hartlepool this summer has been jailed for two years and eight months.",
    "Liam Thwaites, 34, of Hartlepool, pleaded guilty to violent disorder at an earlier hearing. Teesside crown court heard on Thursday that he was filmed on police body-worn cameras and a resident's phone throwing missiles at a line of officers on Murray Street on the evening of 31 July.",
    "The disorder, in which a police car was set alight and homes were targeted, was one of a wave of anti-immigration riots that spread across England and Northern Ireland after the fatal stabbing of three girls at a dance class in Southport on 29 July. False claims about the identity of the attacker circulated widely online.",
    "Prosecutor Hannah Greenhalgh said Thwaites had \"positioned himself at the very front of the crowd\" and had shouted racist abuse at residents. His barrister, Mark Ellery, said his client had drunk heavily that afternoon and was \"deeply ashamed\".",
    "Sentencing him, the judge said those who took part in the riots had spread fear through whole communities and that deterrent sentences were necessary.",
    "More than 1,200 people have been arrested and about 800 charged in connection with the summer disorder, according to the National Police Chiefs' Council. Many of those convicted have received immediate custodial sentences under an accelerated process designed to deter further unrest.",
    "Cleveland police said 14 people had now been jailed over the Hartlepool violence and that officers were still working to identify others from footage.",
], [], "Sentencing for the 31 July Hartlepool riot, seven weeks old and heard only as the backdrop of a court case; the Southport stabbing is older background; arrest and charge totals are aggregate. Not coded."))

# 23 Ireland: Storm Éowyn (negative: natural disaster)
P = "2025-01-25"
A(art(P, "Storm Éowyn: Clean-up begins as hundreds of thousands remain without power", "RTÉ News", [
    "A major clean-up is under way across the country after Storm Éowyn battered Ireland with record-breaking winds, leaving hundreds of thousands of homes and businesses without electricity.",
    "At the height of the storm yesterday, ESB Networks said a record 768,000 customers had lost power, and it warned that some people in the worst-affected areas could be without supply for more than a week. Crews from Britain and France are being drafted in to help with repairs.",
    "A gust of 183km/h was recorded at Mace Head in Co Galway, provisionally the highest wind speed ever measured in Ireland, according to Met Éireann. Red warnings were in place for the whole country for the first time.",
    "A young man died in Co Donegal when a tree fell on his car during the storm. Gardaí said the death was being treated as a tragic accident.",
    "In Co Mayo, farmer Seamus Gallagher said the damage looked \"like a bomb went off\". \"Sheds flattened, trees down across every road, the roof of the slatted house gone. I've never seen the like of it,\" he said.",
    "Uisce Éireann said about 100,000 people were without water because pumping stations had lost power, and the National Emergency Coordination Group met this morning to co-ordinate the response. Schools and offices remained closed in many counties.",
    "The Government has activated the humanitarian assistance scheme for households affected by the storm, and the Minister for Social Protection said community welfare officers would be available at local offices from Monday.",
    "Met Éireann said weather conditions would be calmer over the weekend, though further spells of wind and rain are forecast for next week.",
], [], "Storm damage described in violent words (battered, 'like a bomb went off'); one death in an accident. Natural disaster: not coded."))

# 24 UK, England: riot outside asylum hotel in Knowsley (Riots) + 15 arrests (Strategic developments)
P = "2023-02-11"
s24a = "A police van was set on fire and officers were pelted with fireworks and bricks on Friday night when a protest outside a hotel housing asylum seekers in Knowsley, Merseyside, turned violent."
s24b = "Three officers suffered minor injuries, one of them a head wound, the force said."
s24c = "Merseyside police said 15 people had been arrested on suspicion of violent disorder, including a 13-year-old boy."
A(art(P, "Police van torched as protest outside Knowsley asylum hotel turns violent", "The Guardian", [
    s24a,
    "Several hundred people had gathered outside the Suites hotel after a video circulated on social media that appeared to show a man, described as a resident of the hotel, making comments to a teenage girl. Police said they had investigated the matter and that no offences had been reported at the time.",
    "As night fell, a group of mainly young men, many with their faces covered, tried to push through police lines. " + s24b,
    s24c + " Ch Supt Karl Meade said the behaviour was \"utterly disgraceful\" and that further arrests would follow.",
    "Residents of the hotel, which houses families and single men awaiting decisions on asylum claims, described a frightening night. \"We heard the bangs and the children were crying. We stayed away from the windows,\" said a man from Syria who asked not to be named.",
    "Anti-racism campaigners said far-right activists had used Facebook and Telegram groups to promote the protest, and that people had travelled from other parts of the north-west. Smaller protests have been held outside hotels in other parts of England and Scotland in recent weeks.",
    "Further demonstrations have been advertised online for next weekend, and Knowsley council appealed to people to stay away.",
    "The Home Office said it would not tolerate violence against those it is responsible for accommodating.",
], [
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of United Kingdom", 1, "United Kingdom", "England", "Knowsley", 53.47, -2.87, 1, wd(P, "Friday"),
       fat=None, inj=3, evid=[s24a, s24b],
       note="Anti-asylum protest outside a hotel turning into an attack on police (van torched, fireworks, bricks); three officers injured."),
    ev("Strategic developments", "Arrests", "Police Forces of United Kingdom", 1, "Rioters (United Kingdom)", 5, "United Kingdom", "England", "Knowsley", 53.47, -2.87, 1, wd(P, "Friday"),
       evid=[s24c],
       note="Fifteen arrests at the riot: coded as mass arrests at a protest (borderline: they could be seen as part of the riot event)."),
], "Two events on Friday in Knowsley: the riot and the 15 arrests. The earlier hotel protests 'in recent weeks' are undated and placeless, and next weekend's advertised demonstrations are future: not coded."))

# 25 Australia, Sydney: arrest over Parramatta jewellery robbery (negative: ordinary crime, ordinary arrest)
P = "2022-07-07"
A(art(P, "Man charged over armed hold-up of Parramatta jewellery store", "The Sydney Morning Herald", [
    "A 29-year-old man has been charged over the armed robbery of a jewellery store in Parramatta last month, in which staff were threatened with a hammer and a replica pistol.",
    "Detectives from Parramatta Police Area Command arrested the man at a home in Blacktown about 6am on Wednesday. Police searched the property and seized clothing, a motorcycle helmet and a quantity of cash they allege is linked to the robbery.",
    "Police will allege in court that two men wearing helmets entered the store on Church Street about 10.30am on June 14, smashed display cabinets and fled on a motorcycle with watches and rings worth more than $200,000.",
    "The man was charged with armed robbery in company, possessing an imitation firearm and goods in custody. He was refused bail to appear at Parramatta Local Court on Wednesday. His lawyer, Daniel Hayek, told the court his client would \"vigorously defend\" the charges.",
    "A second man remains outstanding, and police have released CCTV images of a man they believe can assist with their inquiries.",
    "Store owner Priya Raman said her staff were still shaken. \"One of my girls hasn't come back to work. You don't forget a man screaming at you with a gun in his hand,\" she said.",
    "Armed robberies of jewellery stores in western Sydney have increased over the past year, and police have urged retailers to review their security and to reduce the stock on display.",
], [], "Arrest of one suspect over an armed robbery (a month old): ordinary crime and an ordinary arrest, not coded."))

# 26 Ukraine, three years of war (negative: analysis, no new dated event)
P = "2025-02-24"
A(art(P, "Three years on, Ukraine's war is grinding, attritional and shaped by drones", "The Guardian", [
    "Three years after Russia launched its full-scale invasion, the war in Ukraine has settled into a grinding contest of attrition in which neither side has been able to land a decisive blow, and in which drones now account for a large share of casualties on the front line.",
    "Russia controls just under a fifth of Ukraine's territory, little changed from a year ago. Its forces have advanced slowly in Donetsk province over the past 12 months, taking Avdiivka last February and Vuhledar in the autumn, but at an enormous cost in men and equipment.",
    "Ukraine's surprise incursion into Russia's Kursk region last August gave Kyiv a bargaining chip but stretched its overstretched brigades further. Western officials estimate that the combined number of soldiers killed and wounded on both sides runs into the hundreds of thousands.",
    "The UN has verified more than 12,600 civilian deaths since February 2022, a figure it says is certainly an undercount. Millions of Ukrainians remain refugees abroad.",
    "\"This is a war of industrial capacity now,\" said Dr Tomasz Wrona, a military analyst at a Warsaw-based institute. \"Whoever can produce more shells, more drones and can replace more soldiers has the advantage, and that is why the question of western supplies matters so much.\"",
    "The anniversary comes amid uncertainty about US support after talks between American and Russian officials in Saudi Arabia last week, from which Ukraine was excluded. European leaders travelled to Kyiv to mark the anniversary, and the EU is discussing a new package of military aid.",
    "Analysts warn that any ceasefire without security guarantees risks giving Russia time to regroup.",
], [], "Anniversary analysis: territorial summaries, captures of Avdiivka and Vuhledar and the Kursk incursion are all months old, tolls are aggregate, talks and visits are not events. Not coded."))

# 27 Niger, Tillabéri: IS Sahel attack on army near Tillabéri (Battles) + gunmen kill villagers near Ouallam (VAC)
P = "2023-10-04"
s27a = "At least 12 Nigerien soldiers were killed on Monday when fighters attacked an army patrol near the town of Tillabéri in western Niger, a local official told Reuters."
s27b = "Islamic State's Sahel affiliate claimed responsibility for the attack in a statement posted on Tuesday."
s27c = "Niger's defence ministry said six soldiers had died and that more than 30 \"terrorists\" had been \"neutralised\" in the fighting and in air strikes that followed."
s27d = "On Sunday, unidentified gunmen on motorcycles killed five villagers and stole livestock in a village near Ouallam, about 100km north of the capital Niamey, residents said."
A(art(P, "Soldiers killed in Niger as jihadist attacks rise after coup", "The Irish Times", [
    s27a + " " + s27b,
    s27c + " It did not give details of its own wounded.",
    "The local official, who spoke on condition of anonymity because he was not authorised to speak to the media, said the soldiers had been ambushed on a road outside the town by fighters who arrived on dozens of motorcycles.",
    s27d + " \"They shot the men who tried to stop them taking the animals and left before the soldiers came,\" one resident said by phone.",
    "Attacks have intensified in the tri-border area between Niger, Mali and Burkina Faso since the military seized power in Niamey on July 26th and detained president Mohamed Bazoum. At least 100 soldiers have been killed in attacks since the coup, according to a tally by Reuters.",
    "France, which had about 1,500 troops in Niger, announced last month that it would withdraw its soldiers and ambassador after the junta demanded their departure. The withdrawal is expected to be completed by the end of the year.",
    "\"The jihadist groups are exploiting the vacuum and the junta's focus on its confrontation with France and the regional bloc,\" said Ibrahim Tandja, a Niamey-based security researcher.",
    "Reuters",
], [
    ev("Battles", "Armed clash", "Islamic State Sahel", 2, "Military Forces of Niger", 1, "Niger", "Tillaberi", "Tillaberi", 14.211, 1.453, 2, wd(P, "Monday"),
       fat=12, claimed=[claim(6, 6, "Military Forces of Niger", "Niger's defence ministry said six soldiers had died"),
                       claim(30, 30, "Military Forces of Niger", "more than 30 \"terrorists\" had been \"neutralised\"")],
       evid=[s27a, s27b, s27c],
       note="Ambush of an army patrol on a road outside Tillabéri (near the town: precision 2), claimed by IS Sahel; fatalities from the non-party local official (12); the defence ministry's six soldiers and 30 militants are party claims. The follow-up air strikes have no place or day of their own."),
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (Niger)", 3, "Civilians (Niger)", 7, "Niger", "Tillaberi", "Ouallam", 14.318, 2.086, 2, wd(P, "Sunday"),
       fat=5, evid=[s27d],
       note="Gunmen kill five villagers in an unnamed village near Ouallam (precision 2, Ouallam's coordinates); unidentified, armed and raiding in a conflict zone: coded as armed-group violence rather than stock theft (borderline)."),
], "Two events: Monday's ambush near Tillabéri and Sunday's killings near Ouallam. The July coup, the post-coup tally of soldiers killed and France's withdrawal announcement are background."))

# 28 Canada: NATO defence spending pledge (negative: defence policy)
P = "2024-07-11"
A(art(P, "Canada sets 2032 target to reach NATO's 2% defence spending benchmark", "CBC News", [
    "Canada expects to meet NATO's target of spending two per cent of its gross domestic product on defence by 2032, Prime Minister Justin Trudeau told allies at the alliance's summit in Washington on Thursday.",
    "It is the first time the federal government has set a date for reaching the benchmark, which all members agreed to aim for a decade ago. Canada currently spends about 1.37 per cent of GDP on defence, placing it among the lowest in the alliance.",
    "The pledge follows months of pressure from the United States and other allies. A bipartisan group of U.S. senators wrote to Trudeau in May accusing Canada of failing to pull its weight, and 23 of NATO's 32 members are expected to hit the two per cent mark this year.",
    "Much of the additional spending is expected to go towards new submarines, air defence systems and the modernisation of continental defence through NORAD. Canada also leads a NATO battle group in Latvia, which it has committed to expanding to brigade strength.",
    "Defence analyst Margaret Flood said the target was welcome but would be judged by what appears in future budgets. \"Dates are easy. The money, the procurement staff and the shipyards are hard,\" she said. \"We've seen a lot of announcements that took a very long time to turn into kit.\"",
    "Conservative critics said the date was too far off, while the NDP warned against cuts to social programs to pay for the military.",
    "The summit marked NATO's 75th anniversary and was dominated by discussions of further support for Ukraine.",
], [], "Defence-spending pledge at a NATO summit: policy, no event. The 'battle group' in Latvia is a deployment, not fighting. Not coded."))

# 29 New Zealand, Auckland: domestic violence murder trial (negative: court, domestic violence)
P = "2023-09-14"
A(art(P, "Jury hears of 'years of control' in Manurewa murder trial", "RNZ", [
    "A man accused of murdering his partner in their south Auckland home subjected her to years of violence and control before killing her in a jealous rage, the Crown has told a jury.",
    "Tane Whitiora, 41, has pleaded not guilty to the murder of Aroha Manuel, 36, who was found dead with head injuries at the couple's Manurewa house in August last year. The trial opened in the High Court at Auckland on Wednesday and is expected to last three weeks.",
    "In her opening address, Crown prosecutor Louise Sandford said Ms Manuel had told friends she was planning to leave. \"She was counting down the days. She had packed a bag and hidden it at her sister's house,\" she said.",
    "The jury heard that police had been called to the address three times in the previous two years, and that a protection order had been granted against Whitiora in 2020.",
    "Defence lawyer Grant Ekeroma told the jury his client accepted he had been at the house but would say Ms Manuel's injuries were caused by a fall during an argument. \"This is a tragedy. It is not a murder,\" he said.",
    "Outside court, members of Ms Manuel's whānau wore T-shirts bearing her photograph.",
    "New Zealand has one of the highest reported rates of family violence in the developed world, and police attend a family harm incident roughly every three minutes, according to police figures.",
    "The trial continues.",
], [], "Domestic-violence murder trial: the killing is a year old, personal violence, and heard in court; the family-harm figure is a statistic. Not coded."))

# 30 New Zealand: hīkoi against the Treaty Principles Bill at Parliament, Wellington (Protests)
P = "2024-11-19"
s30a = "Tens of thousands of people marched through central Wellington to Parliament today, the culmination of a nine-day hīkoi opposing the Treaty Principles Bill."
s30b = "Police estimated that about 42,000 people gathered on Parliament's grounds and surrounding streets, and said the day had passed without any arrests."
A(art(P, "Hīkoi fills Parliament grounds as tens of thousands oppose Treaty Principles Bill", "RNZ", [
    s30a,
    "Marchers carrying tino rangatiratanga flags filled Lambton Quay and Molesworth Street from mid-morning, with haka and waiata ringing out as the crowd reached Parliament. Many had travelled from Te Tai Tokerau, where the hīkoi set off from Cape Rēinga on 10 November, stopping at marae and rallying in towns along the way.",
    s30b,
    "\"I'm here for my mokopuna. The Treaty is our founding document and it's not for one party to rewrite,\" said Huia Paewai, 67, who travelled from Kaitāia with her three grandchildren.",
    "The bill, introduced by ACT as part of its coalition agreement with National, seeks to define the principles of Te Tiriti o Waitangi in law. Both National and New Zealand First have said they will support it only to select committee, and it is not expected to become law.",
    "The bill's first reading last Thursday was briefly suspended after Te Pāti Māori MPs began a haka in the debating chamber, and the Speaker suspended the sitting.",
    "Organisers said further action would be planned if the bill progressed. Select committee submissions are expected to open next year.",
    "Traffic in the central city was disrupted for most of the day, and Metlink added extra train services for people leaving the capital.",
], [
    ev("Protests", "Peaceful protest", "Protesters (New Zealand)", 6, None, None, "New Zealand", "Wellington", "Wellington", -41.278, 174.776, 1, wd(P, "today"),
       evid=[s30a, s30b],
       note="Mass hīkoi march to Parliament, peaceful, no arrests."),
], "One event: the Wellington march on publication day. The rallies along the route since 10 November are undated and placeless; the haka in the chamber is inside Parliament, not a public demonstration; further action is future."))

# 31 Ireland: IFA plans tractor protest at Leinster House (negative: announced future protest)
P = "2023-03-02"
A(art(P, "IFA to bring tractors to Leinster House over nitrates derogation", "RTÉ News", [
    "The Irish Farmers' Association has announced it will hold a tractor protest outside Leinster House next Tuesday over the future of Ireland's nitrates derogation.",
    "The derogation allows some farmers, mostly in the dairy sector, to operate at higher stocking rates than the standard EU limit. The European Commission is reviewing it amid concern about water quality, and farm groups fear it could be cut significantly from next year.",
    "IFA president Tom Cullinane said members had \"run out of patience\". \"We have been told for months that the Government is fighting our corner in Brussels. We've seen no evidence of it,\" he said. \"Farmers are going to bring that message to Kildare Street.\"",
    "The association said it expected tractors from across Leinster and convoys from Munster to converge on Dublin, and it has been in contact with gardaí about a route.",
    "The Department of Agriculture said the minister had been engaging intensively with the Commission and that the Government's priority was to retain the derogation for as many farmers as possible.",
    "Environmental groups said the protest was misdirected. \"Our rivers are in trouble, and that's not an opinion, it's the EPA's data,\" said Niamh Corrigan of a river trust in the south-east.",
    "Farmers staged a series of protests in 2019 over beef prices, including blockades of meat plants that lasted several weeks.",
    "Gardaí are expected to put traffic management measures in place in the city centre on the day.",
], [], "Announced tractor protest for next Tuesday: future, not coded. The 2019 beef protests are old background."))

# 32 Australia: State of Origin in war words (negative: sport)
P = "2018-06-07"
A(art(P, "Blues win the war of attrition as Origin opener erupts at Suncorp", "The Sydney Morning Herald", [
    "It was brutal, it was ugly at times and, for 15 minutes in the second half, it threatened to boil over completely. But when the final siren sounded at Suncorp Stadium on Wednesday night, it was NSW who had won the war of attrition, grinding out an 18-14 victory to draw first blood in the series.",
    "The flashpoint came in the 52nd minute when a late shot on Blues halfback Jack Corrigan sparked an all-in brawl involving almost every player on the field. Referee Gavin Reddin sin-binned a player from each side and put two more on report.",
    "\"That's Origin. You know it's going to be a battle and you go out there ready to fight for your mate,\" said NSW captain Matt Delaney, whose side defended its line for six consecutive sets in the final 10 minutes.",
    "Queensland coach Ray Mulligan refused to blame the officials. \"We had our chances. We bombed two tries in the first half, and against a side defending like that you can't afford to waste anything,\" he said.",
    "Blues centre Tom Ashby scored a double, including a length-of-the-field intercept that silenced the 52,000-strong Maroons crowd just before half-time.",
    "The match review committee will examine the brawl on Thursday, and several players are at risk of suspension ahead of Game II at the MCG.",
    "NSW have not won a series since 2014.",
], [], "Rugby league in war words (war, brawl, battle, fight, bombed): an on-field brawl is sport, not mob violence. Not coded."))

# 33 Myanmar, Sagaing: air strike on a village in Kanbalu township (Explosions) + PDF attack near Shwebo (Battles)
P = "2024-02-09"
s33a = "At least 17 civilians, including six children, were killed when a military jet bombed a village in Kanbalu township in Myanmar's Sagaing region on Wednesday, according to residents and a local aid worker."
s33c = "About 20 more people were injured, some critically, and many were taken on motorbikes to a clinic run by a local volunteer group."
s33b = "On Monday, fighters of a local People's Defence Force (PDF) unit attacked a military outpost near Shwebo, and the two sides fought for several hours, according to a PDF spokesman, who said seven soldiers had been killed."
A(art(P, "Myanmar military air strike kills 17 villagers in Sagaing, residents say", "ABC News", [
    s33a,
    "The jet dropped two bombs shortly after midday, hitting a monastery compound where families displaced by earlier fighting were sheltering, residents told the ABC's Asia Pacific service. " + s33c,
    "\"We had moved here because we thought the monastery would be safe,\" said a 42-year-old farmer who lost his wife and daughter. The ABC is not publishing his name for his safety.",
    "The military did not respond to requests for comment. It routinely says it targets only \"terrorists\", the term it uses for resistance groups.",
    s33b + " The ABC could not independently verify the claim.",
    "Sagaing, in Myanmar's north-west, has been a stronghold of resistance to military rule since the army seized power in a coup in February 2021. Thousands of homes in the region have been burned in military raids, according to rights groups.",
    "The UN says more than 2.6 million people have been displaced across Myanmar, and that air strikes on civilian areas have increased since an alliance of ethnic armed groups launched an offensive in Shan state last October.",
    "Last week marked three years since the coup, which ousted the elected government of Aung San Suu Kyi.",
], [
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, "Myanmar", "Sagaing", "Kanbalu", 23.2, 95.52, 2, wd(P, "Wednesday"),
       fat=17, inj=20, evid=[s33a, s33c],
       note="Air strike on an unnamed village in Kanbalu township: township-level place, Kanbalu's coordinates, precision 2. 'About 20 more people were injured' (a number, not a vague word) gives 20 injured."),
    ev("Battles", "Armed clash", "People's Defence Force", 2, "Military Forces of Myanmar", 1, "Myanmar", "Sagaing", "Shwebo", 22.57, 95.7, 2, wd(P, "Monday"),
       fat=None, claimed=[claim(7, 7, "People's Defence Force", "who said seven soldiers had been killed")],
       evid=[s33b],
       note="PDF attack on an outpost near Shwebo; the PDF's seven dead soldiers is a party claim, unverified, so fatalities null."),
], "Two events: the air strike in Kanbalu township (Wednesday) and the PDF attack near Shwebo (Monday). Older village burnings, the Shan offensive since October, displacement figures and the coup anniversary are background."))

# 34 UK, England: terror plot trial (negative: court, old arrest)
P = "2024-05-16"
A(art(P, "Man planned knife attack on Leeds shopping centre, terror trial told", "BBC News", [
    "A man researched crowded places in Leeds and bought a hunting knife as he prepared to carry out a terror attack inspired by the Islamic State group, a jury has heard.",
    "Aydin Karaman, 22, from the Harehills area of the city, denies preparing acts of terrorism. He was arrested by counter-terrorism officers at his home in August last year, two days after buying the knife online.",
    "Opening the case at Sheffield Crown Court on Thursday, prosecutor Jonathan Reade said Mr Karaman had watched hours of IS propaganda and had searched online for the busiest times at a shopping centre in the city centre. \"The prosecution case is that he had moved from thought to action,\" he said.",
    "The jury was told that in messages to an online contact who was in fact an undercover officer, Mr Karaman had described wanting to \"make them feel what our brothers feel\". Police also found a handwritten note at his home that the prosecution says was a draft of a pledge of allegiance.",
    "Mr Karaman's defence is expected to argue that he was a lonely young man who was \"playing a role online\" and never intended to harm anyone.",
    "Counter-terrorism police say they have disrupted 43 late-stage attack plots in the UK since 2017, and that an increasing proportion of those arrested are teenagers and young men radicalised online.",
    "The trial, which is expected to last four weeks, continues.",
], [], "Terror-plot trial: the arrest is nine months old and heard only in court; no attack took place; the count of disrupted plots is aggregate. Not coded."))

# 35 Australia, Perth: man jailed over 2023 arson at a mosque (negative: court on an old attack)
P = "2024-07-10"
A(art(P, "Man jailed for setting fire to Thornlie mosque door in hate-motivated attack", "ABC News", [
    "A Perth man who set fire to the front door of a mosque in the city's south-east last year has been jailed for three years and six months after a judge found the attack was motivated by hatred of Muslims.",
    "Bradley Kershaw, 46, pleaded guilty in the District Court to criminal damage by fire. The court heard he poured petrol on the door of the mosque in Thornlie at about 3am on a Sunday in March last year and set it alight before driving away. Nobody was inside, and a neighbour put out the fire with a garden hose.",
    "Judge Karen Whitford said Kershaw had posted anti-Muslim material online in the weeks before the fire, and that the attack was \"intended to send a message of fear to a whole community\".",
    "Kershaw's lawyer told the court his client had been drinking heavily at the time, had since stopped, and had written a letter of apology to the mosque's committee.",
    "Outside court, mosque committee member Yusuf Abdi said worshippers had been shaken. \"For weeks, older people were afraid to come for morning prayers. Today we feel that the law has listened,\" he said.",
    "Kershaw will be eligible for parole after serving two years.",
    "Islamic organisations say reports of abuse and vandalism against mosques and Muslim Australians have risen sharply in the past year, and have called on the federal government to appoint a special envoy to combat Islamophobia.",
], [], "Sentencing for a mosque arson over a year old: hate-motivated attack heard only in court; the rise in reported abuse is aggregate. Not coded."))

# 36 Canada, Montreal: violent anti-NATO demonstration downtown (Riots)
P = "2024-11-23"
s36a = "Protesters smashed windows, set fire to at least two vehicles and hurled smoke bombs and fireworks at police in downtown Montreal on Friday evening during a demonstration against a NATO parliamentary assembly being held in the city."
s36b = "Montreal police said three people were arrested and that several officers were struck by projectiles, although none was seriously hurt."
A(art(P, "Cars torched, windows smashed as anti-NATO protest turns violent in Montreal", "CBC News", [
    s36a,
    "Riot police used tear gas and pepper spray to disperse the crowd of several hundred people near the Palais des congrès, where about 300 legislators from NATO member countries are meeting this weekend.",
    s36b,
    "Video posted on social media showed masked people kicking in the windows of a bank branch on René-Lévesque Boulevard and setting a car alight in the middle of the street. Several small businesses had their windows broken.",
    "\"We locked the doors and watched it from the back of the shop. It was terrifying,\" said café owner Sylvie Tremblay, whose front window was cracked by a flying object.",
    "Organisers had called the march to denounce NATO and military support for Israel. Some groups that took part said the violence had been the work of a small number of people and distracted from their message.",
    "Politicians from all levels of government condemned the violence on Saturday. Police said investigators were reviewing video to identify those responsible.",
    "Security around the conference was expected to remain tight until it ends on Monday.",
], [
    ev("Riots", "Violent demonstration", "Rioters (Canada)", 5, "Police Forces of Canada", 1, "Canada", "Quebec", "Montreal", 45.504, -73.561, 1, wd(P, "Friday"),
       fat=None, inj=None, evid=[s36a, s36b],
       note="Anti-NATO march turning into a riot (cars set alight, windows smashed, projectiles at police) dispersed with tear gas; 'several' officers struck is vague, injured null. Three arrests are not a mass arrest and are part of the same event."),
], "One event: Friday evening's riot in downtown Montreal. The condemnations and the security arrangements are not events."))

# 37 Canada, Alberta: RCMP shoot man after standoff (negative: police shooting of a criminal suspect)
P = "2022-10-13"
A(art(P, "Man shot dead by RCMP after standoff at rural property near Red Deer, ASIRT investigating", "CBC News", [
    "Alberta's police watchdog is investigating after RCMP officers shot and killed a man following an hours-long standoff at a rural property east of Red Deer on Wednesday.",
    "According to the Alberta Serious Incident Response Team (ASIRT), officers were called to the property shortly after 9 a.m. after a woman reported that a man had threatened her with a firearm and that she had fled to a neighbour's house.",
    "RCMP surrounded the house and attempted to negotiate with the man for several hours. ASIRT said that at about 3 p.m., the man came out of the house carrying a rifle and an \"interaction\" took place during which an officer discharged a firearm. The man, 51, was pronounced dead at the scene.",
    "A rifle was recovered near the man's body, ASIRT said. No officers were injured.",
    "Neighbour Doug Reimer said residents had been told to stay indoors for most of the day. \"You hear about this kind of thing in the city. You don't expect it down a gravel road,\" he said.",
    "ASIRT investigates all incidents in Alberta where police actions result in serious injury or death, and will examine whether the use of force was justified. It said it would not be releasing the man's name.",
    "The woman was not physically injured, police said.",
], [], "Police shooting of an armed suspect after a domestic threat: out of scope (police shooting of a criminal suspect, domestic violence). Not coded."))

# 38 Australia: Medibank hack attributed to Russia-based criminals (negative: cyber 'attack')
P = "2022-11-11"
A(art(P, "AFP says Russia-based criminals behind Medibank cyber attack", "ABC News", [
    "The Australian Federal Police say they know who was responsible for the cyber attack on health insurer Medibank and that those involved are based in Russia.",
    "AFP Commissioner Reece Kershaw told a press conference in Canberra on Friday that police believed a loose group of cyber criminals was behind the breach, and that the AFP would be talking to Russian law enforcement about those involved.",
    "The hackers stole the personal details of about 9.7 million current and former Medibank customers and have been releasing sensitive health data, including information about mental health and drug treatment, on the dark web since the company refused to pay a ransom.",
    "It is the second major data breach in Australia in two months, after the Optus hack in September, and the government has promised tougher penalties for companies that fail to protect customers' data.",
    "Cybersecurity specialist Dr Nadia Rahimi said attribution was an important step but that arrests were unlikely. \"These groups operate with a fair degree of comfort where they are. The realistic aim is disruption: taking down their infrastructure and following the money,\" she said.",
    "Medibank said it was continuing to contact affected customers and was offering support including identity protection services and counselling.",
    "A class action is being investigated by several law firms.",
], [], "Cyber 'attack' and data theft: crime, not political violence; no arrests made. Not coded."))

# 39 DR Congo, North Kivu: M23 v army near Sake (Battles) + ADF raid near Oicha (VAC)
P = "2024-02-08"
s39a = "Heavy fighting broke out on Wednesday between M23 rebels and the Congolese army on the outskirts of Sake, a town about 25km west of Goma, residents said."
s39b = "An army spokesman said 27 rebels had been killed, a figure that could not be verified."
s39c = "Separately, suspected fighters of the Allied Democratic Forces (ADF) killed at least 11 civilians in an overnight raid on a village near Oicha in Beni territory on Monday, a local civil society leader said."
A(art(P, "Fighting near Goma as M23 rebels push towards Sake", "RTÉ News", [
    s39a + " Thousands of people fled towards Goma, the capital of North Kivu province, carrying belongings on their heads and on bicycles.",
    "\"We heard the heavy weapons from 5am. By midday there was nobody left in our street,\" said Espoir Mushagalusa, a motorbike taxi driver who reached a displacement site on the edge of Goma.",
    s39b + " The M23 did not comment.",
    "Sake lies on the main road linking Goma with the rest of the province, and its fall would leave the city almost encircled. The M23 took up arms again in late 2021 and has since seized large parts of Rutshuru and Masisi territories.",
    s39c + " Some victims were killed with machetes and several houses were burned.",
    "The ADF, a group that originated in Uganda and has pledged allegiance to the Islamic State group, is blamed for thousands of deaths in Beni territory and neighbouring Ituri province over the past decade.",
    "The UN says more than seven million people are displaced in DR Congo, most of them in the east. Congo, the UN and western governments accuse Rwanda of backing the M23, which Kigali denies.",
    "Ireland's Department of Foreign Affairs advises against all travel to North Kivu.",
], [
    ev("Battles", "Armed clash", "M23", 2, "Military Forces of Democratic Republic of Congo", 1, "Democratic Republic of Congo", "North Kivu", "Sake", -1.573, 29.045, 2, wd(P, "Wednesday"),
       fat=None, claimed=[claim(27, 27, "Military Forces of Democratic Republic of Congo", "An army spokesman said 27 rebels had been killed")],
       evid=[s39a, s39b],
       note="M23-army fighting on the outskirts of Sake (near the town: precision 2); the army's 27 dead rebels is an unverified party claim, fatalities null."),
    ev("Violence against civilians", "Attack", "Allied Democratic Forces", 2, "Civilians (Democratic Republic of Congo)", 7, "Democratic Republic of Congo", "North Kivu", "Oicha", 0.70, 29.52, 2, wd(P, "Monday"),
       fat=11, evid=[s39c],
       note="Raid on a village near Oicha attributed to 'suspected' ADF fighters by a civil-society source; hedged but treated as having happened; village unnamed, Oicha's coordinates, precision 2."),
], "Two events: Wednesday's fighting near Sake and Monday's ADF raid near Oicha. M23's gains since 2021, the ADF's decade-long toll and displacement figures are background."))

# 40 UK sanctions on violent settlers (negative: policy)
P = "2024-02-12"
A(art(P, "UK imposes sanctions on four Israeli settlers over West Bank violence", "The Guardian", [
    "The UK has imposed sanctions on four Israeli settlers accused of carrying out violence against Palestinian communities in the occupied West Bank, the first time Britain has targeted settlers with such measures.",
    "The four face asset freezes and travel bans. The Foreign Office said they had been involved in intimidating and attacking Palestinians and forcing families from their land, but did not link them to specific incidents.",
    "The move follows a similar step by the US, where the Biden administration this month issued an executive order allowing sanctions on people undermining stability in the West Bank, and named four settlers in its first designations.",
    "The UN humanitarian office has recorded more than 500 settler attacks causing casualties or property damage since 7 October, and says more than 1,000 Palestinians have been displaced from herding communities in Area C over the same period.",
    "Israel's foreign ministry has criticised such sanctions, saying Israel enforces the law against anyone who breaks it. Settler leaders called the measures an attack on Jewish communities.",
    "\"It's symbolic, but symbols matter when impunity is the norm,\" said Rachel Amir, a researcher at an Israeli human rights organisation that documents settler violence. \"The test is whether it changes behaviour on the hills.\"",
    "Labour said the government should go further and ban goods from illegal settlements. One Conservative backbencher, who asked not to be named, said sanctioning individuals risked being \"a gesture that lets the government look busy\".",
    "The EU has been discussing similar measures but has yet to agree them.",
], [], "Sanctions policy on settlers: no specific incident; OCHA counts are aggregate since October. Not coded."))
