from invented import art, ev, wd

ARTICLES = []
A = ARTICLES.append

# 76 M23 takes town (wire in Kenyan paper)
p = "2023-11-20"
s1 = "M23 rebels took control of the town of Kanyabayonga in eastern Democratic Republic of Congo on Friday after Congolese troops withdrew following two days of fighting, residents and a local civil society leader said."
s2 = "\"The rebels entered the town in the afternoon and are now patrolling the main road. The soldiers left in the morning,\" said a civil society leader reached by telephone."
A(art(p, "M23 rebels seize key DR Congo town as army pulls back", "Daily Nation", [
    s1,
    s2,
    "Kanyabayonga, on the road north to Butembo and Beni, is a gateway to the Lubero territory and has sheltered tens of thousands of people displaced by earlier fighting.",
    "The Congolese army did not comment. Government spokesman Patrick Muyaya accused Rwanda of backing the offensive, an allegation Kigali denies.",
    "It was not immediately clear how many people were killed in the fighting. Aid agencies said thousands of civilians had fled north towards Lubero town.",
    "Kenya has been involved in regional efforts to end the conflict through the Nairobi process, which brings together the Congolese government and armed groups. Reuters",
], [ev("Battles", "Non-state actor overtakes territory", "M23", 2, "Military Forces of the Democratic Republic of Congo", 1,
       "Democratic Republic of Congo", "North Kivu", "Kanyabayonga", -0.7050, 29.1770, 1, wd(p, "Friday"),
       evid=[s1, s2],
       note="M23 took Kanyabayonga on Friday (17 Nov) after the army withdrew: non-state actor overtakes territory; the two days of fighting before are folded in as they have no own day; toll unknown so null.")],
    "One territory change coded; no toll given."))

# 77 Marsabit peace deal
p = "2022-04-04"
s1 = "Elders from the Borana and Gabra communities signed a peace agreement in Marsabit town on Saturday, pledging to end weeks of revenge attacks that have left dozens dead in the county since January."
s2 = "Under the deal, brokered by the National Cohesion and Integration Commission and the county government, the two communities agreed to hand over suspects, return stolen livestock and allow the reopening of grazing routes."
A(art(p, "Borana and Gabra elders sign peace deal in Marsabit", "The Standard", [
    s1,
    s2,
    "Interior Cabinet Secretary Fred Matiang'i, who attended the ceremony at the Marsabit stadium, said the government would deploy more police reservists and set up a joint security committee to monitor the agreement.",
    "\"We have buried too many of our young men. This must be the last time,\" said Borana elder Jillo Guyo.",
    "Residents said schools in the Saku and Moyale areas had been closed for weeks because of insecurity. The county government said it would support the reopening of schools after Easter.",
    "Previous peace deals between the two communities, in 2005 and 2014, collapsed within months.",
], [ev("Strategic developments", "Agreement", "Borana Ethnic Militia (Kenya)", 4, "Gabra Ethnic Militia (Kenya)", 4,
       "Kenya", "Marsabit", "Marsabit", 2.3284, 37.9899, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Borana and Gabra elders signed a peace deal in Marsabit on Saturday (2 Apr): agreement between the two communities' militias (actor naming unsure: elders sign for the communities). The weeks of revenge attacks since January are an untimed tally, not coded; older deals are historical.")],
    "One agreement coded; the attacks since January are an aggregate background."))

# 78 Srinagar journalist arrest
p = "2022-01-17"
s1 = "Police in Srinagar on Saturday arrested a freelance journalist under the Unlawful Activities (Prevention) Act over a report on a gunfight in south Kashmir that officials said was \"fake and anti-national\"."
s2 = "The journalist, who writes for several national and international publications, was picked up from his home in the Rainawari area of the city, his family said."
A(art(p, "Kashmiri journalist arrested under UAPA over report", "The Tribune", [
    s1,
    s2,
    "A police spokesman said he had been booked for \"glorifying terrorism and spreading false narratives\" and that further investigation was under way.",
    "The Kashmir Press Club and the Editors Guild of India condemned the arrest and demanded his immediate release, saying it was part of a pattern of intimidation of the media in the Valley.",
    "At least three other journalists in Kashmir have been booked under anti-terror laws since 2020, according to press freedom groups.",
    "His family said he had been questioned twice last year about his sources. A court in Srinagar is expected to hear his bail application this week.",
], [ev("Strategic developments", "Arrests", "Police Forces of India", 1, "Civilians (India)", 7, "India",
       "Jammu and Kashmir", "Srinagar", 34.0837, 74.7973, 1, wd(p, "Saturday"), evid=[s1, s2],
       note="Arrest of a journalist in Srinagar on Saturday (15 Jan) under UAPA: arrests of journalists are coded (Strategic developments / Arrests), journalist as civilian. The three earlier bookings since 2020 are an aggregate, not coded.")],
    "One journalist's arrest coded; the earlier cases are a tally."))

# 79 Birmingham bin strike, two days
p = "2022-07-21"
s1 = "Refuse collectors in Birmingham walked out on Monday at the start of a four-week strike over pay, with pickets forming outside the Tyseley and Perry Barr depots from 5am."
s2 = "On Wednesday, about 300 striking workers and supporters marched from the depot in Lifford Lane to a rally outside the Council House in Victoria Square, where Unite officials addressed the crowd."
A(art(p, "Bin strike begins as pickets line Birmingham depots", "Birmingham Mail", [
    s1,
    "Unite said around 400 workers had joined the action, and that bins would go uncollected across much of the city unless the council improved its offer of a 2 per cent rise.",
    s2,
    "The march was peaceful, West Midlands Police said.",
    "The council said contingency plans were in place and urged residents to keep waste in their bins and not to leave bags on the street. Household recycling centres will extend their opening hours.",
    "Residents in Erdington and Sparkhill said rubbish was already piling up. \"It was bad enough during the last strike. We will have rats again by August,\" said one woman.",
], [ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England",
       "Birmingham", 52.4862, -1.8904, 1, wd(p, "Monday"), evid=[s1],
       note="Refuse workers' strike with pickets at Birmingham depots on Monday (18 Jul): a public strike coded as a peaceful protest on its first day (the two depots are one city, one event)."),
    ev("Protests", "Peaceful protest", "Protesters (United Kingdom)", 6, None, None, "United Kingdom", "England",
       "Birmingham", 52.4862, -1.8904, 1, wd(p, "Wednesday"), evid=[s2, "The march was peaceful, West Midlands Police said."],
       note="March and rally at the Council House on Wednesday (20 Jul): a second, separate day. 'The last strike' is an old reference.")],
    "Two peaceful protests (strike pickets Monday, march Wednesday) coded; the last strike is old."))

# 80 Minneapolis snowstorm
A(art("2023-02-24", "Twin Cities dig out after one of biggest snowstorms on record", "Star Tribune", [
    "The Twin Cities were digging out Thursday after a two-day storm dumped more than 17 inches of snow on Minneapolis, making it one of the ten biggest snowfalls on record.",
    "Plow drivers worked around the clock to clear streets, and both Minneapolis and St. Paul declared snow emergencies, asking residents to move their cars under parking rules that change each day.",
    "The Minnesota State Patrol reported more than 400 crashes and 600 vehicles that spun out or went off the road since Tuesday. No deaths were reported in the metro area.",
    "Schools across the region closed for two days, and Minneapolis-St. Paul International Airport cancelled hundreds of flights.",
    "Forecasters warned of bitter cold through the weekend, with wind chills dropping to minus 30 degrees. Another, smaller storm could bring snow on Monday.",
], [], "Weather; not coded."))

# 81 Super Eagles
A(art("2024-02-08", "Super Eagles survive penalty battle to reach AFCON final", "The Guardian (Nigeria)", [
    "Nigeria's Super Eagles are through to the final of the Africa Cup of Nations after surviving a nerve-shredding penalty shootout against South Africa in Bouaké on Wednesday night.",
    "William Troost-Ekong's penalty had put Nigeria ahead before Teboho Mokoena levelled in the dying minutes, and the match finished 1-1 after extra time.",
    "Goalkeeper Stanley Nwabali was the hero, saving two spot-kicks as the Eagles won the shootout 4-2. \"We fought like soldiers. This team never surrenders,\" said coach José Peseiro.",
    "Fans in Lagos, Abuja and Port Harcourt poured onto the streets to celebrate, dancing and blowing horns late into the night.",
    "Nigeria will face hosts Côte d'Ivoire in Sunday's final in Abidjan, a repeat of their group-stage meeting, which the Eagles won 1-0.",
], [], "Football with war words; celebrating fans are not a demonstration; not coded."))

# 82 Rosslare drugs
A(art("2020-10-27", "Cocaine worth €3m found in lorry at Rosslare Europort", "Irish Independent", [
    "Revenue officers seized cocaine worth an estimated €3 million from a lorry at Rosslare Europort on Monday.",
    "The drugs, weighing about 43kg, were discovered hidden in a consignment of frozen vegetables when the vehicle was stopped for a routine inspection after disembarking from a ferry from Cherbourg.",
    "A man in his 40s, a Lithuanian national, was arrested at the scene and is being detained at Wexford Garda Station under drug trafficking legislation.",
    "Revenue said the seizure was the result of its profiling of vehicles arriving from continental Europe, with the help of its mobile x-ray scanner.",
    "It is the third major drugs seizure at the port this year. Revenue asked anyone with information about smuggling to contact its confidential phone line, and said the investigation into the lorry's consignment was continuing with the help of French authorities.",
], [], "Drug seizure and the arrest of one ordinary suspect; not coded."))

# 83 Quetta polio campaign
A(art("2019-04-23", "Anti-polio drive launched in Balochistan amid low turnout fears", "The Express Tribune", [
    "A five-day anti-polio campaign was launched in Balochistan on Monday with the aim of vaccinating more than 2.4 million children under the age of five across the province.",
    "Officials of the Emergency Operations Centre in Quetta said more than 10,000 teams had been deployed and that security personnel would accompany teams in sensitive union councils.",
    "Health workers said refusals had increased after rumours spread on social media last week that the vaccine had made children ill in Peshawar. Officials said the claims were false and that no child had fallen ill because of the vaccine.",
    "Pakistan has reported eight polio cases so far this year, two of them from Balochistan, according to the National Emergency Operations Centre.",
    "Provincial health secretary Hafiz Abdul Majeed urged religious scholars to help convince parents to vaccinate their children.",
], [], "Health campaign; not coded."))

# 84 Canberra Anzac Day
A(art("2018-04-26", "Thousands gather at War Memorial for dawn service", "The Canberra Times", [
    "More than 38,000 people gathered at the Australian War Memorial before sunrise on Wednesday to mark Anzac Day, one of the largest crowds in the service's history.",
    "The service marked 103 years since Australian and New Zealand troops landed at Gallipoli, and the centenary year of the battles on the Western Front, including the recapture of Villers-Bretonneux in April 1918.",
    "Governor-General Sir Peter Cosgrove told the crowd that the diggers who stormed the German lines at Villers-Bretonneux \"gave a French town its freedom and this nation a story it will never forget\".",
    "Veterans of conflicts from Korea to Afghanistan marched along Anzac Parade later in the morning, cheered by families and schoolchildren.",
    "Prime Minister Malcolm Turnbull is in France, where he will open a new museum at the Australian National Memorial near Villers-Bretonneux.",
], [], "Commemoration and history of past wars; the veterans' march is a commemorative parade, not a demonstration; not coded."))

# 85 TTC stabbing
A(art("2023-01-11", "Woman stabbed on TTC subway train; suspect arrested", "Toronto Star", [
    "A 28-year-old woman was taken to hospital with serious injuries after being stabbed on a TTC subway train near Keele Station on Tuesday afternoon, Toronto police said.",
    "Police said a man approached the woman, who he did not know, and stabbed her several times before passengers intervened and held him until officers arrived.",
    "A 39-year-old man has been charged with aggravated assault and weapons offences. Police said there was no indication that the attack was motivated by hate.",
    "The stabbing was the latest in a string of violent incidents on the transit system this winter, prompting the TTC to deploy more special constables and security guards.",
    "Mayor John Tory said the city would work with the province on mental health supports. \"People need to feel safe on our transit system,\" he said.",
], [], "Random stabbing by a lone man with no political motive; ordinary crime, not coded."))

# 86 Mumbai 26/11 anniversary
A(art("2018-11-27", "Mumbai remembers 26/11 victims ten years on", "Mumbai Mirror", [
    "Mumbai paid tribute on Monday to the 166 people killed in the November 2008 terror attacks, as survivors, families and police officers gathered at memorials across the city.",
    "Governor C. Vidyasagar Rao and Chief Minister Devendra Fadnavis laid wreaths at the police memorial in Marine Drive, honouring the 18 security personnel who lost their lives in the three-day siege.",
    "At the Chhatrapati Shivaji Maharaj Terminus, where gunmen opened fire on commuters, railway staff and passengers observed two minutes of silence.",
    "\"Every year on this day I come back to the platform where my father died,\" said one woman, who was 14 at the time of the attacks.",
    "Ten gunmen who arrived by sea from Pakistan carried out the attacks on hotels, a railway station, a hospital and a Jewish centre. The lone surviving attacker was hanged in 2012.",
], [], "Anniversary of the 2008 attacks; historical, commemoration only; not coded."))

# 87 Kenyan teachers strike threat
A(art("2019-12-30", "KNUT threatens strike from January over promotions", "Daily Nation", [
    "The Kenya National Union of Teachers has threatened to call a nationwide strike when schools reopen next month if the Teachers Service Commission does not resume talks on promotions and a new performance appraisal system.",
    "Secretary-General Wilson Sossion said on Sunday that the union had issued a strike notice and that teachers would down their tools from January 6 unless their demands were met.",
    "The TSC said it was open to dialogue but insisted that the appraisal system, which it introduced in 2016, was a legal requirement.",
    "Parents' associations urged the two sides to avoid disrupting learning at the start of the new school year, when the new competency-based curriculum is being rolled out to more classes.",
    "The union last called a national strike in 2015, when schools were closed for five weeks.",
], [], "Threatened future strike; not coded."))

# 88 Denver road-rage sentencing
A(art("2021-05-07", "Man sentenced to 32 years for road-rage killing on I-25", "The Denver Post", [
    "A 41-year-old man was sentenced Thursday to 32 years in prison for shooting and killing another driver during a road-rage confrontation on Interstate 25 in Denver in 2019.",
    "A jury in March convicted the man of second-degree murder. Prosecutors said he fired into the victim's car after the two men exchanged gestures and cut each other off near the Sixth Avenue exit.",
    "The victim, a 29-year-old electrician, was driving home from work. His mother told the court that she had lost \"the kindest person I have ever known.\"",
    "The defense had argued that the man believed the other driver was reaching for a gun. No weapon was found in the victim's car.",
    "Denver District Attorney Beth McCann said the case showed \"the deadly consequences of anger behind the wheel.\"",
], [], "Court sentencing for a 2019 road-rage killing; ordinary crime and old; not coded."))

# 89 York flooding
A(art("2020-02-18", "York on alert as River Ouse rises after Storm Dennis", "The Yorkshire Post", [
    "Flood defences in York were put to the test on Monday as the River Ouse rose to more than four metres above its normal level after heavy rain from Storm Dennis.",
    "The Environment Agency issued severe flood warnings for parts of the city and the Foss Barrier was lowered to protect homes along the River Foss. Soldiers were deployed to help fill sandbags.",
    "Riverside pubs and car parks were under water, and several roads in the city centre were closed. Residents in Huntington Road and the Leeman Road area were advised to move valuables upstairs.",
    "Further north, communities in the Calder Valley were clearing up after the second major flood in a week.",
    "The Met Office said more rain was expected on Wednesday but that river levels should begin to fall by the weekend.",
], [], "Flooding, natural disaster; soldiers filling sandbags are not an event; not coded."))

# 90 Maine lobster business
A(art("2023-03-03", "Maine lobster landings fall to lowest level in 15 years", "Portland Press Herald", [
    "Maine lobstermen landed about 98 million pounds of lobster last year, the smallest catch since 2009, according to preliminary figures released Thursday by the Department of Marine Resources.",
    "The value of the catch fell to $389 million, down more than a third from the record $725 million in 2021, as prices to fishermen dropped from their pandemic-era highs.",
    "Industry leaders blamed warming waters in the Gulf of Maine, which have pushed lobsters north and into deeper water, as well as rising costs for fuel and bait.",
    "The Maine Lobstermen's Association said it would keep fighting in court against new federal rules to protect North Atlantic right whales, which it says could shut down parts of the fishery.",
    "\"We are not giving up,\" said Patrice McCarron, the association's policy director. \"This is a battle for the future of our coastal communities.\"",
], [], "Business/fisheries; 'battle' figurative; not coded."))
