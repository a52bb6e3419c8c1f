# ruff: noqa: E501
from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append


def claim(low, high, claimant, text):
    return {"low": low, "high": high, "claimant": claimant, "text": text}


# 1 UK, Northern Ireland: petrol bombs at police in Creggan, Derry (Riots) + paramilitary-style shooting in Ardoyne, Belfast (VAC)
P = "2023-04-11"
s1a = "Petrol bombs were thrown at police vehicles in the Creggan area of Londonderry on Monday afternoon after an Easter parade organised by dissident republicans."
s1p = "The parade, which had not been notified to the Parades Commission, made its way to the city cemetery, where a statement was read on behalf of a dissident group."
s1b = "Masked youths threw more than 20 petrol bombs and other missiles at Land Rovers at the junction of Central Drive, and one vehicle was briefly set alight. Nobody was hurt, the PSNI said."
s1c = "Separately, a man in his twenties was shot in both legs in what police have described as a paramilitary-style attack in the Ardoyne area of north Belfast on Sunday night."
s1d = "He was taken to hospital, where his injuries are not thought to be life-threatening."
A(art(P, "Petrol bombs thrown at police after Easter parade in Derry", "BBC News NI", [
    s1a,
    s1p + " Many of those taking part wore paramilitary-style clothing.",
    s1b,
    "Supt Ronan Kerrigan said officers had shown \"considerable restraint\" in the face of what he called \"a deliberate attempt to draw police into a confrontation on a day of commemoration\". He appealed to parents to know where their children were.",
    "Local councillor Bríd McAteer said the scenes were \"a throwback that nobody in this community wants\". \"Most people here were at home with their families,\" she said.",
    s1c + " " + s1d + " Detectives have appealed for witnesses who were in the Brompton Park area at about 22:30 BST.",
    "The disorder comes days before the 25th anniversary of the Good Friday Agreement and the arrival in Belfast of US President Joe Biden. Last month the threat level from Northern Ireland-related terrorism was raised from substantial to severe, meaning an attack is judged highly likely.",
    "It was in Creggan in April 2019 that the journalist Lyra McKee was shot dead by a New IRA gunman during rioting. In February, an off-duty detective was shot and seriously injured in Omagh, an attack later claimed by the same group.",
], [
    ev("Riots", "Violent demonstration", "Rioters (United Kingdom)", 5, "Police Forces of United Kingdom", 1, "United Kingdom", "Northern Ireland", "Londonderry - Creggan", 55.003, -7.336, 1, wd(P, "Monday"),
       fat=0, inj=0, evid=[s1a, s1b],
       note="Petrol bombs thrown at police after a dissident parade in Creggan, Derry; 'Nobody was hurt' gives 0 dead and 0 injured."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "Northern Ireland", "Londonderry - Creggan", 55.003, -7.336, 1, wd(P, "Monday"),
       evid=[s1a, s1p],
       note="The dissident republican Easter parade to the city cemetery: a political demonstration without intervention, coded apart from the later riot because the sides differ (marchers, no opponent; youths v police). Borderline: it could be folded into the riot."),
    ev("Violence against civilians", "Attack", "Unidentified Armed Group (United Kingdom)", 3, "Civilians (United Kingdom)", 7, "United Kingdom", "Northern Ireland", "Belfast - Ardoyne", 54.615, -5.958, 1, wd(P, "Sunday"),
       fat=None, inj=1, evid=[s1c, s1d],
       note="Paramilitary-style shooting of a man in Ardoyne, north Belfast; no group named, so an unidentified armed group; one injured, no death reported (fatalities left null)."),
], "Three events: Monday's dissident parade and the petrol-bombing of police that followed in Creggan, and Sunday night's paramilitary-style shooting in Ardoyne. The 2019 killing of Lyra McKee, February's Omagh shooting, the threat-level change and the Biden visit are background or non-events."))

# 2 Ireland, Dublin: man shot dead in Finglas, drugs debt, no feud (negative: ordinary gangland crime)
P = "2022-03-15"
A(art(P, "Man shot dead in Finglas was known to gardaí, investigation told", "The Irish Times", [
    "A man who was shot dead outside his home in Finglas, north Dublin, on Monday night had been warned by gardaí last year that his life was under threat, it has emerged.",
    "The victim, named locally as Darren Cullinane (34), was hit several times by a gunman who approached on foot as he got out of his car on a residential road shortly before 10pm. He was pronounced dead at the scene. A car found burnt out in Ballymun about 40 minutes later is being examined.",
    "Garda sources said the dead man had been involved in the sale of cocaine in the area and is believed to have run up a significant debt with a local criminal group. Investigators are satisfied the killing is not linked to any wider feud.",
    "\"This was a targeted, cold-blooded attack carried out on a street where children play,\" Det Supt Eamon Loughnane told reporters at the scene on Tuesday. He said a team of 30 detectives had been assigned to the case and urged anyone with dashcam footage to come forward.",
    "A post-mortem examination was carried out by the State Pathologist's office on Tuesday afternoon.",
    "The killing is the third fatal shooting in Dublin this year. Gardaí have repeatedly warned that the drugs trade in the city's suburbs is fuelling intimidation of families over debts, sometimes amounting to only a few thousand euro.",
    "The Kinahan-Hutch feud, which began with the shooting of Gary Hutch in Spain in 2015, claimed 18 lives before it subsided, and the Criminal Assets Bureau has since seized millions of euro in property linked to those involved.",
    "Local councillor Paddy Moloney said residents were \"frightened and angry\" and called for more community gardaí. A vigil is being planned by neighbours for the weekend.",
], [], "Gangland shooting over a drugs debt, explicitly not part of a feud: ordinary crime, not coded. The Kinahan-Hutch feud toll is old and aggregate; the neighbours' vigil is planned, not held."))

# 3 Ireland, rugby in war words (negative: sport)
P = "2019-02-23"
A(art(P, "Connacht's forwards lay siege to Ulster as Galway ambush turns into a rout", "The Irish Times", [
    "Connacht 31 Ulster 10",
    "For the first half-hour at the Sportsground it looked like trench warfare. By the end it was a rout, Connacht's pack bludgeoning their way through an Ulster defence that had held firm for the best part of 40 minutes before finally cracking under a relentless barrage.",
    "Ulster arrived in Galway with their interprovincial dominance intact and left having absorbed their heaviest defeat in the west in more than a decade. The visitors' scrum was under siege from the opening exchanges and their lineout, so often their launchpad, was ambushed repeatedly by Connacht's second rows.",
    "The breakthrough came two minutes before the break, when the home side's maul rumbled 15 metres for loose-head prop Declan Furey to claim the first of his two tries. After the interval it was one-way traffic: winger Seán Mulkerrins finished off a counter-attack from his own 22, and the bonus-point try came from another driving maul that Ulster simply could not stop.",
    "\"We spoke all week about going to war up front,\" said Connacht captain Eoin Tierney. \"The lads put their bodies on the line. That's a Sportsground performance.\"",
    "Ulster head coach Malcolm Reddy did not hide his frustration. \"We got bullied. There's no other word for it,\" he said. \"We'll lick our wounds and regroup, but that was not good enough.\"",
    "Ulster's only try came from a charge-down by centre Ross Carleton, and the visitors also lost flanker Niall Magee to a head injury assessment. He failed the test and will be monitored this week.",
    "The win lifts Connacht to within two points of the top four with four rounds remaining, setting up a home battle with Leinster in a fortnight.",
], [], "Rugby report full of war words (siege, ambush, barrage, war, wounds, battle): sport, not coded."))

# 4 Sudan: RSF shelling of Abu Shouk camp, El Fasher (Explosions) + army air strike on Nyala market (Explosions)
P = "2024-06-14"
s4a = "At least 14 people were killed on Thursday when shells fired by the paramilitary Rapid Support Forces (RSF) struck the Abu Shouk displacement camp on the northern edge of El Fasher, according to medics working in the camp."
s4b = "A volunteer with the Sudan Doctors Network said 29 people had been wounded, many of them women collecting water."
s4c = "On Tuesday, an air raid by the Sudanese army hit a crowded livestock market in Nyala, the capital of South Darfur, which the RSF has controlled since October."
s4d = "Residents and a local trader said at least nine people were killed, two of them children, and that dozens of stalls were destroyed."
A(art(P, "Shelling kills 14 in El Fasher camp as Darfur city's siege tightens", "The Guardian", [
    s4a + " " + s4b,
    "\"The shells came in the morning, one after the other. People had nowhere to run,\" said Adam Yahya, a teacher living in the camp, who spoke to the Guardian by satellite phone. \"We buried our neighbours in the afternoon.\"",
    "The RSF has encircled El Fasher, the last major city in Darfur still held by the army and its allies, since mid-May. An RSF commander said in a video posted online that its fighters were responding to army positions inside the camp, a claim residents rejected.",
    s4c + " " + s4d,
    "The UN security council on Thursday adopted a resolution demanding that the RSF halt its siege of El Fasher and calling for an immediate end to the fighting around the city. Diplomats said enforcement would depend on pressure from countries with influence over the warring parties.",
    "Médecins Sans Frontières said last week that the city's main functioning hospital had been forced to close after repeated attacks. More than 14,000 people have been killed across Sudan since the war between the army and the RSF began in April last year, according to UN estimates, though aid groups believe the true figure is much higher, and about 10 million people have been displaced.",
    "Famine has been declared likely in parts of North Darfur, and aid agencies say convoys have been unable to reach El Fasher for weeks.",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Rapid Support Forces", 2, "Civilians (Sudan)", 7, "Sudan", "North Darfur", "El Fasher - Abu Shouk camp", 13.66, 25.33, 1, wd(P, "Thursday"),
       fat=14, inj=29, evid=[s4a, s4b],
       note="RSF shelling of Abu Shouk camp on El Fasher's northern edge (part of the city: precision 1); medics and a doctors' network volunteer give 14 dead and 29 wounded. The RSF's justification does not deny the shelling."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Sudan", 1, "Civilians (Sudan)", 7, "Sudan", "South Darfur", "Nyala", 12.05, 24.88, 1, wd(P, "Tuesday"),
       fat=9, evid=[s4c, s4d],
       note="Army air raid on the livestock market in Nyala; residents' count of at least nine dead; 'dozens of stalls' is damage, not injuries."),
], "Two events: Thursday's shelling of Abu Shouk camp, El Fasher, and Tuesday's air raid on Nyala market. The UN resolution is not an event; the hospital closure reported last week has no date and place of an attack; the national toll and displacement figures are aggregate."))

# 5 Sudan explainer, two years of war (negative: analysis, no new dated event)
P = "2025-04-14"
A(art(P, "Sudan war at two years: a simple guide to what is happening", "BBC News", [
    "Tuesday marks two years since fighting erupted in Khartoum between Sudan's army and the paramilitary Rapid Support Forces (RSF), plunging Africa's third-largest country into what the UN calls the world's worst humanitarian crisis.",
    "**Who is fighting whom?** The conflict pits the army, led by Gen Abdel Fattah al-Burhan, against the RSF, commanded by Gen Mohamed Hamdan Dagalo, known as Hemedti. The two men seized power together in a coup in 2021 but fell out over plans to merge the RSF into the army.",
    "**How many people have died?** Nobody knows for certain. Estimates range from tens of thousands to more than 150,000, once deaths from hunger and disease are included. More than 12 million people have been forced from their homes, including nearly four million who have fled to neighbouring countries such as Chad, Egypt and South Sudan.",
    "**Who controls what?** The front lines have shifted considerably. In March the army retook the presidential palace and much of central Khartoum, which it had lost in the first days of the war. The RSF still dominates most of Darfur in the west and parts of Kordofan, and has announced plans to set up a rival government.",
    "**Why is Darfur so important?** The region was the scene of mass killings in the 2000s, when the Janjaweed militias from which the RSF grew were accused of genocide. The US has since determined that the RSF and allied militias committed genocide again during this war, a charge the group rejects.",
    "**Is there any hope of peace?** Several rounds of talks, hosted by Saudi Arabia and the US in Jeddah, produced ceasefire pledges that were quickly broken. Analysts say both sides still believe they can win on the battlefield, and foreign backers continue to supply weapons.",
    "\"Each side thinks time is on its side, and civilians pay for that belief,\" said Dr Helen Okafor, a Horn of Africa researcher at a London think tank.",
    "**What about aid?** Famine has been confirmed in several areas, and donors have pledged far less than the UN has asked for.",
], [], "Explainer on the second anniversary: aggregate tolls, history (2021 coup, Darfur in the 2000s), the army's retaking of the palace in March (over two weeks before publication and undated) and failed talks. No new dated event: not coded."))

# 6 New Zealand: Christchurch mosque attacks, five years on (negative: anniversary, memorial)
P = "2024-03-15"
A(art(P, "Christchurch remembers 51 lives five years after mosque attacks", "RNZ", [
    "Hundreds of people gathered in Christchurch today to remember the 51 worshippers killed in the terror attacks on two mosques five years ago.",
    "A memorial service was held this morning at the Ōtākaro Avon River, followed by prayers at Al Noor Mosque and Linwood Islamic Centre, where the gunman opened fire during Friday prayers on 15 March 2019. Dozens more were wounded in the attacks, the worst mass shooting in New Zealand's history.",
    "The gunman, an Australian white supremacist, pleaded guilty to 51 murders, 40 attempted murders and a charge of engaging in a terrorist act. He was sentenced in 2020 to life imprisonment without parole, the first such sentence handed down in New Zealand.",
    "Hamid Qureshi, who was inside Al Noor that day and still carries a bullet fragment in his shoulder, said the anniversary never gets easier. \"For the rest of the country it is a date. For us it is every day,\" he said. \"But I see the flowers, and I see people here who did not have to come, and that gives us strength.\"",
    "Community leaders said they were still waiting for some recommendations of the Royal Commission of Inquiry, which reported in December 2020, to be implemented, including changes to hate speech laws.",
    "A coronial inquiry into the deaths, which is examining the emergency response and the shooter's movements, is due to resume public hearings later this year.",
    "Police maintained a visible presence at both mosques throughout the day. The city's mayor laid a wreath on behalf of Christchurch.",
    "The Christchurch Foundation said more than $12 million had been distributed to victims' families and survivors since 2019.",
], [], "Fifth anniversary memorial of the 2019 mosque attacks: the attacks are five years old, the sentence and Royal Commission are past, the inquest is a future hearing, and the memorial gathering is not a demonstration. Not coded."))

# 7 Australia, Sydney: church stabbing in Wakeley (VAC) + riot outside the church (Riots)
P = "2024-04-16"
s7a = "A bishop and a priest were stabbed during a live-streamed service at a church in Wakeley, in Sydney's west, on Monday night, in what NSW Police have declared a terrorist incident."
s7b = "Both men were taken to hospital with cuts to the head and body; police said neither injury was life-threatening."
s7c = "Within an hour, hundreds of people had gathered outside the church, and some began hurling bricks, concrete blocks and fence palings at police as officers tried to get the boy out of the building."
s7d = "More than 50 police officers were injured in the riot, which lasted several hours, and about 20 police vehicles were damaged, some beyond repair."
A(art(P, "Teenager held after bishop stabbed at Wakeley church, riot injures police", "ABC News", [
    s7a,
    "Police said a 16-year-old boy approached the altar and stabbed the cleric repeatedly before being restrained by members of the congregation. " + s7b + " The boy, who injured his hand, remains under police guard in hospital.",
    "NSW Police Commissioner Karen Webb said on Tuesday the incident met the threshold of a terrorist act because of the alleged religiously motivated language used by the boy, and that the Joint Counter Terrorism Team had taken over the investigation.",
    s7c + " " + s7d,
    "\"I was standing at my gate and it was like a war zone, bricks flying everywhere,\" said Wakeley resident Tony Haddad, 58. Some residents whose cars were trapped in the area said they were unable to leave their homes until after 2am.",
    "Police said they were working to identify those involved in the riot and that arrests were expected.",
    "The stabbing came just two days after a man killed six people at Westfield Bondi Junction on Saturday before being shot dead by a police officer. Police have said they do not believe that attack was ideologically motivated and that the man had a long history of mental illness.",
    "Community and faith leaders appealed for calm on Tuesday morning, and mosques and churches in Sydney's west announced joint prayers for later in the week.",
    "Update 12:40pm: NSW Ambulance said seven of the injured officers were taken to hospital.",
], [
    ev("Violence against civilians", "Attack", "Sole Perpetrator (Australia)", 3, "Civilians (Australia)", 7, "Australia", "New South Wales", "Wakeley", -33.873, 150.908, 1, wd(P, "Monday"),
       fat=None, inj=2, evid=[s7a, s7b],
       note="Knife attack on clergy during a service, declared a terrorist incident: a lone attacker against civilians; two injured, nobody reported dead (fatalities null). The boy's own hand injury is not counted."),
    ev("Riots", "Violent demonstration", "Rioters (Australia)", 5, "Police Forces of Australia", 1, "Australia", "New South Wales", "Wakeley", -33.873, 150.908, 1, wd(P, "Monday"),
       fat=None, inj=50, evid=[s7c, s7d],
       note="Crowd outside the church attacking police with bricks and palings; 'more than 50' officers injured taken as 50. Arrests are only expected, not made."),
], "Two events on Monday night in Wakeley: the stabbing and the riot. The Bondi Junction killings (Saturday) are inside the horizon but police say they were not ideologically motivated: ordinary crime, not coded. Planned joint prayers are future."))

# 8 UK, London: teenager stabbed in Croydon, 17-year-old arrested (negative: ordinary crime and arrest)
P = "2019-05-08"
A(art(P, "Boy, 16, stabbed to death in Croydon was 'walking home from football'", "BBC News", [
    "A 16-year-old boy who was stabbed to death in south London was on his way home from football training, his family has said.",
    "Kyle Ameyaw was found with stab wounds on a footpath near Lloyd Park in Croydon shortly after 19:00 BST on Tuesday. Paramedics treated him at the scene but he died less than an hour later.",
    "A 17-year-old boy was arrested on Wednesday morning on suspicion of murder and remains in custody, the Metropolitan Police said. Detectives believe the two boys knew each other and that a dispute had started on social media.",
    "In a statement, Kyle's family said he was \"a gentle giant who lived for his football and his little sisters\". \"We do not understand how a boy can leave for training and never come home,\" they said.",
    "Det Ch Insp Marcia Owusu, who is leading the investigation, said: \"I know this will cause real fear in the community. We believe this was an isolated incident and we are not looking for anyone else at this stage.\"",
    "Floral tributes and football shirts were left at the scene on Wednesday, where a police cordon remained in place.",
    "Kyle is the 11th teenager to be killed in London so far this year. Knife crime offences recorded by the Met rose by 8% in the 12 months to March, figures published last month showed.",
    "The Mayor of London's office said it had increased funding for youth violence prevention programmes in the borough. A Croydon Council spokeswoman said the killing was \"heartbreaking\" and that the council would work with police and schools.",
], [], "Stabbing of a teenager after a personal dispute and the arrest of one suspect: ordinary crime and an ordinary arrest, not coded. The yearly count of killed teenagers and the knife-crime statistics are aggregate."))

# 9 Ireland/UK: New IRA suspects arrested in Dundalk (SD Arrests) + linked arrest in Newry (SD Arrests)
P = "2022-09-24"
s9a = "Two men have been arrested in Co Louth as part of an investigation by the Garda Special Detective Unit into the activities of the New IRA."
s9b = "The men, aged 28 and 41, were detained on Friday after searches of three houses in Dundalk, during which phones, computers and documents were seized."
s9c = "In a linked operation, PSNI officers arrested a 35-year-old man in Newry, Co Down, on Friday under the Terrorism Act."
A(art(P, "Two held in Dundalk and one in Newry in New IRA investigation", "The Irish Times", [
    s9a + " " + s9b,
    "They are being held under section 30 of the Offences Against the State Act at Dundalk Garda station and can be detained for up to 72 hours.",
    s9c + " He was taken to Musgrave Serious Crime Suite in Belfast for questioning.",
    "Garda sources said the operation was focused on fundraising and the recruitment of younger members by the group in the Border region. It is understood the searches followed months of surveillance.",
    "The New IRA, the largest of the dissident republican organisations opposed to the peace process, has been blamed for the murder of the journalist Lyra McKee in Derry in 2019 and for a series of parcel bombs sent to London and Glasgow the same year.",
    "Security sources on both sides of the Border said the group's capacity had been badly damaged by a major MI5-led operation in 2020, in which several of its alleged leaders were arrested and later charged.",
    "\"Its reach is much smaller than it was a decade ago, but it remains intent on attacks, particularly on police officers,\" said Dr Fiona Brannigan, a lecturer in security studies at Ulster University.",
    "A Garda spokesman said investigations were ongoing and that no further comment would be made at this time.",
], [
    ev("Strategic developments", "Arrests", "Police Forces of Ireland", 1, "New IRA", 3, "Ireland", "Louth", "Dundalk", 54.0, -6.405, 1, wd(P, "Friday"),
       evid=[s9a, s9b],
       note="Gardaí arrest two men in Dundalk in a New IRA investigation: arrests of suspected militants. The New IRA coded as a political militia (3); rebel group (2) is arguable."),
    ev("Strategic developments", "Arrests", "Police Forces of United Kingdom", 1, "New IRA", 3, "United Kingdom", "Northern Ireland", "Newry", 54.176, -6.339, 1, wd(P, "Friday"),
       evid=[s9c],
       note="PSNI arrest in Newry in the linked operation: a separate place, country and arresting force, so a second event."),
], "Two arrest events on Friday (Dundalk, Ireland, and Newry, Northern Ireland). The McKee murder and parcel bombs of 2019 and the 2020 MI5 operation are old background."))

# 10 Australia: AUKUS submarine costs (negative: defence policy)
P = "2023-03-15"
A(art(P, "AUKUS submarines to cost up to $368 billion over three decades", "ABC News", [
    "Australia's plan to acquire nuclear-powered submarines under the AUKUS pact will cost up to $368 billion over the next 30 years, making it the largest defence investment in the nation's history.",
    "Under the arrangement unveiled in San Diego this week by the leaders of Australia, the United States and the United Kingdom, Australia will buy at least three Virginia-class submarines from the US early next decade before building a new class of boat, known as SSN-AUKUS, in Adelaide.",
    "Defence officials told a briefing in Canberra that about $9 billion would be spent over the forward estimates, with the bulk of the cost falling in the 2030s and 2040s. The program is expected to create around 20,000 jobs.",
    "Critics including former prime minister Paul Keating have attacked the deal, and the Greens have warned it will draw Australia into a future conflict with China. Beijing's foreign ministry accused the three countries of heading down a dangerous path.",
    "Strategic analysts say the submarines are meant to deter, not to fight. \"This is about making any adversary's planning much harder for decades,\" said Maya Lindqvist, a senior fellow at a Canberra defence think tank. \"The risk is in the execution: cost blowouts, workforce shortages and the time it takes to build a nuclear industry from scratch.\"",
    "The government says the money will come from within a defence budget rising to around 2 per cent of GDP, though it has not ruled out cuts to other programs in the coming defence strategic review.",
    "Unions in South Australia welcomed the shipbuilding commitment, saying it would secure jobs at Osborne for a generation.",
], [], "Defence-budget and policy story (AUKUS costs, criticism, deterrence talk). The San Diego announcement is a policy statement, not an ACLED event. Not coded."))

# 11 Australia, Victoria: bushfire near Ballarat (negative: natural disaster)
P = "2024-02-24"
A(art(P, "Firefighters battle to contain bushfire west of Ballarat as residents return", "ABC News", [
    "Firefighters are battling to strengthen containment lines around a bushfire west of Ballarat before hot, gusty conditions return on Monday, as some residents were allowed back to assess the damage to their properties.",
    "The fire, which started on Thursday afternoon near Bayindeen, has burnt more than 20,000 hectares of farmland and bush. At least six homes and dozens of sheds have been destroyed, according to Emergency Management Victoria.",
    "More than 500 firefighters and 30 aircraft fought the blaze at its height, when the fire front was driven east by winds gusting to 80 kilometres an hour and spot fires were ignited several kilometres ahead of the main front.",
    "\"It came at us like a freight train. We put the sprinklers on and got out with the dog and the photo albums,\" said Beaufort farmer Greg Pollard, who lost a hay shed and about 300 sheep.",
    "Incident controller Rachel Dunne said crews would use Saturday's milder weather to carry out back-burning. \"We are not out of the woods yet,\" she said. \"Monday is a day where this fire could run again.\"",
    "No lives have been lost, though a firefighter was treated for heat exhaustion on Friday. Police said they did not believe the fire was deliberately lit.",
    "A relief centre in Ballarat remained open for those who cannot return home, and the state government announced emergency payments of up to $580 per adult for affected households.",
    "Victoria's Black Summer fires of 2019-20 burnt more than 1.5 million hectares in the state's east.",
], [], "Bushfire in battle words (battling, front, fought): natural disaster, not coded; not deliberately lit."))

# 12 Ukraine: missile strike on Dnipro (Explosions) + drones on Odesa (Explosions) + guided bomb on Kharkiv (Explosions)
P = "2024-10-17"
s12a = "A Russian ballistic missile struck a five-storey apartment building in the central Ukrainian city of Dnipro on Wednesday evening, killing at least six people and wounding 23, Ukraine's emergency service said."
s12b = "Russian attack drones struck port infrastructure and a residential street in Odesa early on Thursday, wounding five people, including an 11-year-old girl, the regional governor said."
s12c = "On Tuesday, a guided aerial bomb dropped by a Russian warplane hit a row of shops in Kharkiv's Kyivskyi district, killing two people and wounding 14, according to local officials."
A(art(P, "Missile strike on Dnipro apartment block kills 6 as Russia pounds Ukrainian cities", "CBC News", [
    s12a,
    "Rescue crews worked through the night to pull people from the rubble, and the search was continuing on Thursday morning. Footage released by rescuers showed a section of the building sheared off from the roof to the ground floor.",
    "\"My neighbour was cooking dinner. Now there is just a hole where her kitchen was,\" said Olha Marchenko, 63, who lives on the third floor of the next building.",
    s12b,
    s12c,
    "Ukraine's air force said on Thursday that it had shot down 37 of the 56 drones launched across the country overnight, while others were lost to electronic jamming. It did not say where the remainder had struck.",
    "The strikes came as President Volodymyr Zelenskyy presented his so-called victory plan to Ukraine's parliament, including a call for an unconditional invitation to join NATO.",
    "The UN human rights monitoring mission in Ukraine has verified more than 11,900 civilian deaths since Russia launched its full-scale invasion in February 2022, and says the real figure is likely considerably higher. The Kremlin denies targeting civilians.",
    "Winter is approaching, and Ukrainian officials warn that Russia is again likely to focus its attacks on the energy grid.",
    "With files from Reuters and The Associated Press",
], [
    ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Dnipropetrovsk", "Dnipro", 48.465, 35.046, 1, wd(P, "Wednesday"),
       fat=6, inj=23, evid=[s12a],
       note="Ballistic missile on an apartment building in Dnipro; emergency-service toll of six dead and 23 wounded (a civilian rescue service's count of civilian victims, taken as credible). Russia abroad: inter 8."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Odesa", "Odesa", 46.482, 30.723, 1, wd(P, "today"),
       fat=None, inj=5, evid=[s12b],
       note="Drone strike on Odesa early on Thursday (the publication day); five wounded, no deaths reported (null)."),
    ev("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, "Ukraine", "Kharkiv", "Kharkiv", 49.993, 36.231, 1, wd(P, "Tuesday"),
       fat=2, inj=14, evid=[s12c],
       note="Guided aerial bomb dropped from a warplane on shops in Kharkiv: coded as an air strike."),
], "Three events: Dnipro missile (Wednesday), Odesa drones (Thursday) and Kharkiv glide bomb (Tuesday). The air force's nationwide drone shoot-down tally has no single place and is not coded; the UN toll is aggregate; the 'victory plan' is not an event."))

# 13 Canada: Emergencies Act inquiry report on the 2022 convoy (negative: public inquiry)
P = "2023-02-17"
A(art(P, "Emergencies Act inquiry finds Ottawa met threshold to invoke law against convoy protests", "CBC News", [
    "The federal government was justified in invoking the Emergencies Act to end the convoy protests that paralysed downtown Ottawa and several border crossings last winter, the public inquiry into its use concluded Friday.",
    "In his five-volume report, Commissioner Paul Rouleau said the very high threshold for using the never-before-invoked law had been met, though he wrote that he had reached the conclusion reluctantly and that reasonable people could disagree.",
    "The report was sharply critical of the Ottawa Police Service, which it said had failed to plan for a protest that became an occupation lasting more than three weeks. It also found that a breakdown in co-ordination between the city, the province and the federal government had allowed the situation to deteriorate.",
    "Thousands of trucks and other vehicles arrived in the capital in late January 2022 to protest against COVID-19 vaccine mandates and other public health measures. Blockades followed at the Ambassador Bridge in Windsor, Ont., and at Coutts, Alta., where RCMP seized weapons and laid charges, including conspiracy to commit murder.",
    "The government invoked the act on Feb. 14, 2022, and police cleared downtown Ottawa over the following weekend.",
    "Lawyers for several convoy organisers, who are facing criminal charges, called the findings disappointing. \"People came to Ottawa to be heard, and the government reached for its most extreme tool,\" said Calgary lawyer Dennis Mahler, who represented a group of truckers at the hearings.",
    "Civil liberties groups said they would continue a separate legal challenge in Federal Court.",
    "The commission heard from 76 witnesses over six weeks of public hearings last fall.",
], [], "Public inquiry report on the 2022 convoy occupation and blockades: all the protest, blockade and clearance events are a year old. The report's release and the planned court challenge are not events. Not coded."))

# 14 Canada: hostile takeover battle (negative: business)
P = "2021-08-19"
A(art(P, "Tamarack Foods rejects Birchmount's hostile bid, setting stage for proxy battle", "The Globe and Mail", [
    "Tamarack Foods Inc. has rejected a $2.1-billion hostile takeover offer from private equity firm Birchmount Capital Partners, calling the bid \"opportunistic\" and urging shareholders not to tender their shares.",
    "The Winnipeg-based maker of frozen meals and bakery products said Thursday its board had unanimously concluded that Birchmount's $31-a-share cash offer \"significantly undervalues\" the company. It also adopted a shareholder rights plan, a so-called poison pill, to slow the bid.",
    "Birchmount, which owns about 9 per cent of Tamarack, fired back within hours, accusing the board of entrenching itself and saying it would requisition a special meeting to replace four directors. \"This board has had five years to fix this business, and the share price tells you how that's gone,\" Birchmount managing partner Leslie Okonjo said in an interview.",
    "The offer represents a premium of 28 per cent to Tamarack's closing price before the bid was made public last week. Shares rose 4.2 per cent to $33.15 on the Toronto Stock Exchange on Thursday, suggesting some investors expect a sweetened offer.",
    "\"This is going to be a street fight,\" said Anjali Raman, a portfolio manager at a Toronto asset manager that holds Tamarack shares. \"Birchmount has deep pockets, and the board has pulled out every defensive weapon it has.\"",
    "Tamarack employs about 3,400 people at eight plants in Manitoba, Ontario and Quebec. Chief executive Graham Lusk said the company would present a plan to shareholders next month to cut costs and expand into the United States.",
    "Proxy advisory firms have not yet weighed in.",
], [], "Business 'battle' (hostile bid, poison pill, street fight, weapons): not coded."))

# 15 UK: farmers' tractor protest in Whitehall (Protests) + Cardiff Bay (Protests)
P = "2024-12-11"
s15a = "Hundreds of tractors filled Whitehall in central London on Wednesday as farmers protested against the government's plans to apply inheritance tax to agricultural land."
s15b = "On Tuesday, about 200 farmers drove tractors along Lloyd George Avenue to the Senedd in Cardiff Bay, sounding their horns and waving placards reading \"No farmers, no food\"."
A(art(P, "Farmers bring tractors to Whitehall in inheritance tax protest", "BBC News", [
    s15a,
    "The vehicles, many decorated with banners and Christmas lights, stretched from Trafalgar Square towards Parliament Square, bringing traffic to a standstill for much of the afternoon. The Metropolitan Police had imposed conditions on the route, and the protest passed off peacefully.",
    "\"My grandfather farmed this land, and I want my children to have the chance to,\" said Owen Pritchard, who drove his tractor from Herefordshire overnight. \"We are not rich. We are asset rich and cash poor.\"",
    "From April 2026, inherited agricultural assets worth more than £1m will be taxed at 20%, half the usual rate. The Treasury says the change will affect about 500 estates a year; farming groups say the number is far higher.",
    s15b + " Welsh farmers are also campaigning against the Welsh government's sustainable farming scheme.",
    "Last month, thousands of farmers attended a rally in Westminster organised by the National Farmers' Union, one of the largest gatherings of its kind in years.",
    "Organisers of Wednesday's protest said a further national day of action would be held in January if ministers did not reverse the policy, and some groups have threatened to withhold food deliveries to supermarkets.",
    "The government has said it will not change course. A Treasury spokesperson said the reforms were \"fair and balanced\" and that most farms would pay nothing.",
], [
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England", "London - Whitehall", 51.504, -0.127, 1, wd(P, "Wednesday"),
       evid=[s15a],
       note="Farmers' tractor protest in Whitehall, peaceful (conditions imposed, no intervention)."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "Wales", "Cardiff - Cardiff Bay", 51.464, -3.163, 1, wd(P, "Tuesday"),
       evid=[s15b],
       note="Farmers' tractor rally to the Senedd on Tuesday: another place and day, a second event."),
], "Two protests: Whitehall (Wednesday) and Cardiff Bay (Tuesday). Last month's NFU rally is older than two weeks and undated; the January day of action and threatened delivery boycott are future."))

# 16 New Zealand: nurses warn of strike (negative: threatened future strike)
P = "2023-05-30"
A(art(P, "Nurses warn of strike action as pay talks with Te Whatu Ora stall", "RNZ", [
    "Thousands of nurses could walk off the job next month after talks between their union and Te Whatu Ora - Health New Zealand broke down without agreement, the New Zealand Nurses Organisation (NZNO) says.",
    "The union says it will begin balloting its roughly 36,000 members in public hospitals this week on a series of strikes, including a possible full withdrawal of labour for 24 hours in late June.",
    "NZNO chief executive Miriama Tane said members were exhausted and that hospitals were relying on goodwill that had run out. \"Nurses don't want to strike. But every shift we are short-staffed, patients are waiting in corridors, and our members are leaving for Australia,\" she said.",
    "The dispute centres on pay and safe staffing levels. Te Whatu Ora has offered a lump sum and a pay rise it says is worth up to 6 percent for most nurses, which the union describes as inadequate given inflation.",
    "In a statement, Te Whatu Ora's chief people officer said the organisation remained committed to bargaining in good faith and that contingency plans would be put in place to protect patient safety if strikes went ahead.",
    "Nurses held two nationwide strikes in 2021 and 2022, with rallies outside hospitals across the country.",
    "Health economist Dr Paul Whitcombe said the government was caught between tight budgets and a workforce crisis. \"There's no cheap way out of this. Either pay goes up, or you keep losing people,\" he said.",
    "The ballot closes on 9 June.",
], [], "Threatened strike, ballot and contingency plans: future, not coded. The 2021 and 2022 strikes are old background."))

# 17 UK, Northern Ireland: legacy inquest into 1972 army shooting (negative: inquest on old violence)
P = "2022-11-23"
A(art(P, "Inquest into 1972 army shooting of Belfast father hears from former soldier", "BBC News NI", [
    "A former soldier has told an inquest that he fired at a man in west Belfast in 1972 because he believed the man was holding a rifle, but accepted he \"could have been wrong\".",
    "Patrick Devenney, a 31-year-old father of four, was shot dead in the Springfield Road area on 14 September 1972. The Army said at the time that he had been an armed gunman, a claim his family has always disputed.",
    "Giving evidence from behind a screen at Belfast Coroner's Court on Wednesday, the former paratrooper, identified only as Soldier F2, said the area had been \"under fire\" for several nights and that he had seen a man at the corner of a street with \"something long and dark\" in his hands.",
    "Under questioning from the family's barrister, he agreed that no weapon was recovered from the scene and that forensic tests later found no traces of firearms residue on Mr Devenney's hands.",
    "Mr Devenney's daughter, Siobhán Devenney, who was four at the time, said outside court that the family had waited 50 years to hear a soldier answer questions under oath. \"My father was going to the shop for milk. That is what he was carrying,\" she said.",
    "The inquest is one of dozens of legacy cases being heard before the government's Legacy and Reconciliation Bill, which would end new inquests into Troubles-era deaths, takes effect. The bill has been opposed by all the main parties in Northern Ireland and by victims' groups.",
    "More than 3,500 people were killed during the Troubles, about 300 of them by the Army.",
    "The hearing continues.",
], [], "Inquest into a 1972 Army killing: old violence heard in court; the Troubles toll is aggregate; the bill is policy. Not coded."))

# 18 Haiti: Viv Ansanm attack on Kenscoff (VAC) + police-gang firefight in Solino (Battles)
P = "2025-02-13"
s18a = "Gang members stormed several neighbourhoods of Kenscoff, a hillside town above Port-au-Prince, on Tuesday, killing at least 11 people and setting homes on fire, according to a local human rights group."
s18b = "Residents said the attackers belonged to Viv Ansanm, the coalition of gangs that controls most of the capital, and that they arrived on foot from the neighbouring district of Carrefour-Feuilles."
s18c = "On Wednesday, Haitian police exchanged fire with Viv Ansanm gunmen for several hours in Solino, a neighbourhood of Port-au-Prince where residents have been fighting to keep gangs out."
s18d = "Police said three gang members had been killed in the operation; there was no independent confirmation."
A(art(P, "Gangs kill at least 11 in attack on hillside town above Port-au-Prince", "The Guardian", [
    s18a,
    "\"They went house to house. My cousin hid under the bed, and they burned the house with him inside,\" said a Kenscoff resident reached by phone, who asked not to be named for fear of reprisals. Hundreds of families fled towards Pétion-Ville.",
    s18b + " Gangs have attacked communities around Kenscoff repeatedly since the start of the year in an effort to control the route to the south-east of the country.",
    s18c + " " + s18d,
    "A Kenyan-led multinational security mission, authorised by the UN security council in 2023, has been deployed in Haiti since last June but has fewer than 1,000 of the 2,500 personnel envisaged and has struggled to push back the gangs.",
    "According to the UN, more than 5,600 people were killed in gang violence in Haiti in 2024, and more than a million have been displaced. Gangs control an estimated 85% of the capital.",
    "\"Each week the map of where people can safely live gets smaller,\" said Marie-Ange Délice of a Port-au-Prince-based human rights organisation.",
    "The transitional presidential council, whose mandate expires in February next year, has promised elections but has given no date.",
], [
    ev("Violence against civilians", "Attack", "Viv Ansanm", 3, "Civilians (Haiti)", 7, "Haiti", "Ouest", "Kenscoff", 18.45, -72.285, 1, wd(P, "Tuesday"),
       fat=11, evid=[s18a, s18b],
       note="Gang coalition raid on Kenscoff neighbourhoods, 11 killed per a rights group; Viv Ansanm named by residents; gangs coded as political militia (3)."),
    ev("Battles", "Armed clash", "Police Forces of Haiti", 1, "Viv Ansanm", 3, "Haiti", "Ouest", "Port-au-Prince - Solino", 18.553, -72.318, 1, wd(P, "Wednesday"),
       fat=None, claimed=[claim(3, 3, "Police Forces of Haiti", "Police said three gang members had been killed in the operation")],
       evid=[s18c, s18d],
       note="Police firefight with Viv Ansanm gunmen in Solino, a Port-au-Prince neighbourhood; the police's three dead gang members are unconfirmed, a party claim, so fatalities null."),
], "Two events: Kenscoff attack (Tuesday) and the Solino firefight (Wednesday). The repeated attacks 'since the start of the year' are undated, and the UN 2024 toll is aggregate: not coded."))

# 19 Australia: terrorism threat level raised (negative: warning, no event)
P = "2024-08-05"
A(art(P, "National terrorism threat level raised to 'probable'", "ABC News", [
    "Australia's national terrorism threat level has been raised from \"possible\" to \"probable\", meaning there is a greater than 50 per cent chance of an onshore attack or attack planning in the next 12 months.",
    "The change was announced on Monday evening by ASIO director-general Mike Burgess, who said the decision was driven by an increase in politically motivated violence and a broader range of ideologies than before, rather than by one specific threat.",
    "It is the first time the level has been raised since it was lowered to \"possible\" in November 2022.",
    "Security analysts said recent events at home and abroad had contributed to a sense of volatility. \"What the agencies are worried about is the lone actor who radicalises quickly online, often a young person, with no obvious group behind them,\" said Dr Lachlan Brewer, a counter-terrorism researcher at a Melbourne university.",
    "Under the National Terrorism Threat Advisory System, \"probable\" is the third of five levels. It does not mean an attack is imminent, and authorities said the public should go about their lives as normal while remaining alert.",
    "State police forces said they would review security arrangements for major events, including the AFL and NRL finals series next month.",
    "Islamic community leaders urged politicians and media to avoid inflammatory language. \"Every time the level goes up, our young people feel the eyes on them,\" said Hassan Eldeeb, president of a Western Sydney community association.",
    "The threat level was first introduced as a four-tier system in 2003 and was last at \"probable\" for eight years from 2014.",
], [], "Threat-level change and warnings of possible attacks: no event; the 2014 and 2022 level changes are history. Not coded."))

# 20 Canada, Toronto: gas explosion at a house (negative: accident)
P = "2021-01-27"
A(art(P, "Explosion levels house in Toronto's east end, two injured", "The Globe and Mail", [
    "An explosion destroyed a house and damaged several neighbouring homes in Toronto's east end on Tuesday evening, sending two people to hospital and forcing dozens of residents out into the cold.",
    "The blast, on a residential street near Danforth Avenue and Woodbine Avenue, happened at about 7:40 p.m. Neighbours said it shook windows a block away. \"I thought a car had hit the house. Then I looked out and the whole front of it was gone,\" said resident Karen Boateng.",
    "Toronto Fire Services said a man and a woman were pulled from the debris by firefighters and taken to a trauma centre with serious but non-life-threatening injuries. Two firefighters suffered minor injuries.",
    "Deputy Fire Chief Mark Veltri said investigators believed a natural gas leak was the most likely cause, and that the Ontario Fire Marshal had been called in. Police said the explosion was not considered suspicious.",
    "Enbridge Gas crews shut off the supply to the street overnight. The City of Toronto opened a warming centre for displaced residents, some of whom were allowed back to their homes on Wednesday afternoon.",
    "A structural engineer was assessing two adjacent houses that had been damaged by the blast, one of which lost part of its roof.",
    "Fire officials reminded residents to have gas appliances inspected regularly and to leave their homes immediately if they smell gas.",
], [], "Accidental gas explosion, not suspicious: accident, not coded."))
