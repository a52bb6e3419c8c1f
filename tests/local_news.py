"""Made-up English local news (US and UK regional papers) for tests/test_probes_local_news.py.

Whole articles, 150-400 words each, with a title and a publication date, in the style of a
city paper's stream: crime, courts, councils, schools, sport, business, weather, obituaries and
a few protests. Most hold no event ACLED codes (gold/CODEBOOK.md) and are chosen to be hard:
shootings, trials, chases, standoffs, crashes, fires, "erupted" meetings, "crushed" rivals,
strike votes, memorials, war stories, drills. At most ten hold one coded event, given as its
sub_event_type and the place it happened. Every name and event here is invented."""

from __future__ import annotations

from typing import NamedTuple


class LocalArticle(NamedTuple):
    """One article and what an analyst codes in it: (sub_event_type, place) or None."""

    id: str
    title: str
    published: str
    text: str
    expected: tuple[str, str] | None


def _a(id: str, title: str, published: str, text: str,
       expected: tuple[str, str] | None = None) -> LocalArticle:
    return LocalArticle(id, title, published, text.strip(), expected)


EVENT_ARTICLES: list[LocalArticle] = [
    _a("ev-cityhall-housing", "Renters rally at City Hall over rising evictions", "2024-03-14",
       """
More than 200 tenants and housing advocates rallied outside Portland City Hall on Wednesday
afternoon, demanding that the council freeze rents and halt no-cause evictions for a year.

Protesters carried hand-painted signs reading "Homes not profits" and chanted as speakers took
turns at a megaphone on the steps. Several parents brought their children, and a brass band
from a neighborhood church played between speeches.

"We are teachers, nurses, bus drivers. We keep this city running and we cannot afford to live
in it," said Marisol Vega, an organizer with the Portland Tenants Union, who said her own rent
rose 14 percent last year.

The demonstration was peaceful, police said, and no arrests were made. Officers closed one lane
of SW Fourth Avenue for about an hour while the crowd spilled off the sidewalk.

Inside, council members were hearing testimony on a proposal to cap annual increases at seven
percent. Commissioner Dan Hollis said he supported "some form of relief" but warned that a hard
freeze could discourage new construction.

Landlord groups, who have opposed the cap, did not hold a counter-event. The Multifamily
Housing Council said in a statement that it shares the goal of keeping families housed but that
the city's real problem is a shortage of units.

The council is expected to vote on the measure next month.
""", ("Peaceful protest", "Portland")),

    _a("ev-march-police-shooting",
       "Hundreds march in Akron after police shooting of Black motorist",
       "2022-07-04",
       """
Hundreds of people marched through downtown Akron on Sunday to protest the fatal police
shooting of a 25-year-old Black man during a traffic stop last week.

The marchers, many wearing T-shirts with the man's photograph, set off from the Akron Civic
Theatre shortly after noon and walked to the Harold K. Stubbs Justice Center, where they held a
moment of silence and read the names of others killed by police in Ohio.

"We want the officers fired and charged. We want the video released in full," said the Rev.
Robert DeJournett, who led the crowd in prayer. Organizers said the march was the largest in the
city since 2020.

The demonstration remained peaceful. Police blocked cross streets to let it pass and reported no
arrests. Some businesses on Main Street closed early as a precaution, and the city cancelled its
Fourth of July fireworks, citing safety concerns.

The man was shot dozens of times after fleeing a stop for a traffic violation, according to
police, who said officers believed he had fired a gun from his car. Ohio's Bureau of Criminal
Investigation is reviewing the shooting, and the eight officers involved are on paid leave.

Mayor Dan Horrigan asked residents to keep protests peaceful and said the full body camera
footage would be shown to the public on Sunday evening.
""", ("Peaceful protest", "Akron")),

    _a("ev-asylum-hotel-riot", "Police injured as crowd attacks hotel housing asylum seekers",
       "2024-08-05",
       """
Eleven police officers were injured on Sunday when a crowd of several hundred people attacked a
hotel housing asylum seekers on the edge of Rotherham, South Yorkshire Police said.

Protesters, some wearing balaclavas, threw bricks, bottles and fence panels at a line of riot
officers outside the Holiday Inn Express on Manvers Way. Windows on the ground floor were
smashed and a wheelie bin was set alight against the building while residents and staff
sheltered inside.

The disorder began after an anti-immigration demonstration was called on social media. Officers
said the crowd grew violent within an hour, and a police dog handler was among those hurt.

"This was not protest, this was thuggery," Assistant Chief Constable Lindsey Butterfield said.
"People inside that hotel were terrified." She said a major investigation had begun and that
arrests would follow.

Rotherham's MP said she was "appalled" and thanked firefighters who put out the blaze. Local
mosques and churches opened their doors on Sunday night to anyone who felt unsafe.

The Home Office said those in the hotel would be moved to other accommodation. A dispersal order
remains in force across the area until Tuesday morning.
""", ("Violent demonstration", "Rotherham")),

    _a("ev-councillor-stabbed", "Councillor stabbed at advice surgery in terror attack, police say",
       "2023-10-16",
       """
A Labour councillor was stabbed several times while holding an advice surgery at a community
centre in Leigh on Saturday, in what Greater Manchester Police are treating as a terrorist
incident.

Cllr Samir Patel, 52, was meeting residents at the Bedford Community Centre when a man who had
waited in the queue produced a knife and attacked him, witnesses said. Two volunteers wrestled
the attacker to the floor before armed officers arrived.

Mr Patel was taken to Salford Royal Hospital with serious injuries. His family said on Sunday
that he was stable and "in good spirits".

A 24-year-old man from Wigan was arrested at the scene and remains in custody. Counter Terrorism
Policing North West said the suspect had shouted about the councillor's support for a refugee
charity and that officers were examining material found at his home, which they said pointed to
an extreme right-wing ideology.

"An attack on an elected representative doing his job is an attack on our democracy," the
leader of Wigan Council said.

Police have increased patrols outside surgeries across the borough, and several councillors
said they would continue to meet residents in person.
""", ("Attack", "Leigh")),

    _a("ev-teachers-march", "Striking teachers march on the Capitol", "2023-02-24",
       """
Thousands of striking teachers and their supporters marched to the state Capitol in Sacramento on
Thursday, filling the west steps with red shirts and handmade signs on the third day of a walkout
that has closed schools for 48,000 students.

The teachers, members of the Sacramento City Teachers Association, are demanding smaller classes,
more counselors and a raise that keeps pace with inflation. They walked from Cesar Chavez Plaza,
chanting and banging drums, while parents and students joined along the route.

"We do not want to be out here. We want to be in our classrooms," said fourth-grade teacher
Angela Ruiz, who has taught in the district for 19 years.

Police said the march was orderly and that no one was arrested. Capitol staff estimated the crowd
at about 4,000.

District officials said on Thursday that talks would resume with a mediator over the weekend.
Superintendent Jorge Aguilar said the district could not afford the union's salary demands
without cutting programs.

The union said the strike would continue until a fair contract is signed. Meal pick-up sites
remain open at 20 schools.
""", ("Peaceful protest", "Sacramento")),

    _a("ev-campus-pepper-spray", "Police use pepper spray to clear campus protest", "2024-04-30",
       """
State troopers used pepper spray and batons on Monday evening to break up a protest encampment
on the University of Texas campus in Austin, arresting more than 40 people.

Several hundred students had gathered on the South Lawn since the morning, setting up tents and
chanting demands that the university divest from weapons makers. After university officials
declared the gathering unlawful, troopers in riot gear advanced on the crowd shortly after 6 p.m.

Videos posted online showed officers pushing protesters to the ground and spraying a chemical
irritant at students who had linked arms around the tents. At least three people were treated
for minor injuries, according to Austin-Travis County EMS.

"We were sitting down. We were singing," said a junior studying sociology who asked not to be
named. "Then they just came through."

A university spokesperson said the encampment violated campus rules and that students had been
warned repeatedly. The Department of Public Safety said those arrested were charged with
criminal trespass.

Faculty members said they would hold a teach-in on Wednesday. The lawn reopened to the public on
Tuesday morning.
""", ("Protest with intervention", "Austin")),

    _a("ev-farmers-tractors", "Farmers bring tractors to Cardiff Bay in subsidy protest",
       "2024-02-29",
       """
Hundreds of farmers drove tractors to Cardiff Bay on Wednesday to protest against the Welsh
Government's plans to require them to plant trees on ten per cent of their land.

The protest brought traffic to a crawl as a convoy of tractors, some decorated with Welsh flags
and slogans such as "No farmers, no food", rolled along Lloyd George Avenue. Thousands of people
gathered outside the Senedd, where farmers laid rows of wellington boots on the steps to
represent the jobs they say the scheme will cost.

"We are being asked to plant trees on our best grazing. It will finish family farms," said Gareth
Lloyd, who farms sheep near Llandovery.

South Wales Police said the demonstration passed off peacefully and thanked organisers for their
cooperation.

Inside the Senedd, the rural affairs minister told members that the government was listening and
that the scheme was still out for consultation. Opposition members called for it to be scrapped.

The farming unions said it was the largest rally in Wales for a generation.
""", ("Peaceful protest", "Cardiff")),

    _a("ev-abortion-rally", "Thousands rally at Statehouse ahead of abortion vote", "2023-10-09",
       """
Thousands of people rallied at the Ohio Statehouse in Columbus on Sunday, urging voters to
reject a proposed amendment that would protect abortion rights in the state constitution.

The crowd, many of whom came by church bus from across the state, filled the lawn facing High
Street, holding signs and singing hymns. Speakers included two state senators and a Catholic
bishop, who told the crowd that the amendment "goes too far".

On the opposite corner, a smaller group of abortion-rights supporters held a counter-protest,
chanting "My body, my choice." Columbus police kept the groups apart and reported no arrests or
injuries.

"I'm here because I believe every life matters," said Karen Holt, 61, who drove from Findlay with
her daughter.

Both sides have spent millions on television advertising ahead of the November vote. Early voting
begins on Wednesday.

The rally lasted about two hours. Organizers said they counted more than 5,000 participants; the
state did not give an estimate.
""", ("Peaceful protest", "Columbus")),

    _a("ev-mosque-arson", "Mosque door set on fire in suspected hate attack", "2022-11-21",
       """
A man set fire to the front door of a mosque in Peterborough on Saturday night and shouted
anti-Muslim abuse at worshippers leaving evening prayers, police said.

Cambridgeshire Police said the man poured petrol on the wooden door of the Faizan-e-Madina mosque
on Gladstone Street shortly after 9 p.m. and lit it before running off. Worshippers put out the
flames with extinguishers. No one was hurt, but the entrance and part of the prayer hall were
badly damaged.

Officers are treating the fire as a religiously motivated hate crime and say they are keeping an
open mind about whether it was linked to a similar attack on a mosque in the city last month.

"Our community is shaken. People are afraid to come and pray," said the mosque's chairman, who
thanked neighbours of all faiths who had come to help clean up on Sunday.

A 33-year-old man was arrested on Sunday afternoon on suspicion of arson with intent to endanger
life and remains in custody.

The city's MP visited the mosque and said extra patrols would be in place for Friday prayers.
""", ("Looting/property destruction", "Peterborough")),

    _a("ev-drag-clash", "Brawl breaks out as protesters clash outside library drag event",
       "2023-06-12",
       """
Rival groups of protesters clashed outside the public library in Coeur d'Alene on Saturday,
where a drag story hour was being held, with punches thrown and one man struck with a flagpole.

About 60 people opposed to the event gathered on the sidewalk at 10 a.m., some carrying flags and
bullhorns. A group of roughly 40 supporters formed a line at the entrance. Witnesses said the two
sides traded insults for nearly an hour before a fight broke out near the steps.

Video shared widely online showed several men kicking a counter-protester who had fallen. Two
people were treated at Kootenai Health for cuts and bruises.

Police officers separated the groups and arrested three men on charges of battery and disorderly
conduct. The library briefly locked its doors with about 30 children and parents inside.

"This was supposed to be a story about a dragon and a princess," the library's director said.

The mayor condemned the violence and asked both groups to stay away from future library events.
""", ("Violent demonstration", "Coeur d'Alene")),
]


NO_EVENT_ARTICLES: list[LocalArticle] = [
    _a("no-house-party-shooting", "Teen killed, four wounded in shooting at house party",
       "2023-05-21",
       """
A 17-year-old boy was killed and four other young people were wounded early Saturday when gunfire
erupted at a crowded house party on the east side of Memphis, police said.

Officers were called to the 3900 block of Given Avenue at about 1:40 a.m. after several people
reported shots fired. They found more than 100 people fleeing the home and the boy lying in the
driveway with a gunshot wound to the chest. He was pronounced dead at Regional One Hospital.

The four others, aged between 15 and 19, were taken to hospitals with injuries that police
described as non-critical. Investigators said an argument broke out inside the house and at
least two people opened fire.

"Nobody at a birthday party should have to duck bullets," said Police Chief C.J. Davis, who urged
witnesses to come forward. More than 40 shell casings were recovered from the yard.

No arrests had been made by Sunday evening. Crime Stoppers is offering a reward of up to $5,000
for information.

The boy's aunt said he was a junior at Kingsbury High School who loved basketball and had just
got his first job at a grocery store.
"""),

    _a("no-murder-trial", "Jury hears how victim was shot outside his own bar", "2024-01-17",
       """
A jury in Dayton heard on Tuesday how a bar owner was shot three times in the parking lot of his
own business after refusing to serve a customer who had been drinking all afternoon.

Prosecutors say Darnell Hughes, 41, returned to the Riverside Tap an hour after he was thrown
out, waited by the back door and opened fire on owner Michael Renner as he carried out the trash
on the night of March 3 last year. Renner, 58, died at the scene.

"He came back to kill him, and he did," assistant prosecutor Lisa Grant told jurors in her
opening statement, describing how Hughes fled in a borrowed pickup truck and was arrested two
days later in Springfield.

The defense does not dispute that Hughes fired the gun but argues he acted in self-defense after
Renner came at him with a metal bar. "This was a fight that went terribly wrong," defense
attorney Paul Whitacre said.

Renner's widow wept as a surveillance video of the shooting was played in court. The trial
before Judge Mary Montgomery is expected to last two weeks.

Hughes is charged with murder, felonious assault and having weapons while under disability. He
faces life in prison if convicted.
"""),

    _a("no-robbery-chase", "Robbery suspect arrested after high-speed chase through three towns",
       "2023-08-09",
       """
A man suspected of robbing a convenience store at gunpoint was arrested on Tuesday night after a
chase that reached speeds of more than 100 mph and ended when his car hit a fence in a field
outside Lebanon, Tennessee.

Police said the man walked into a Mapco store on West Main Street just after 9 p.m., showed the
clerk a handgun and left with about $600 in cash and several cartons of cigarettes.

A Wilson County deputy spotted the getaway car, a silver Nissan Altima, on Interstate 40 about
twenty minutes later. The driver refused to stop and led officers from three agencies through
Lebanon, Watertown and Alexandria before losing control on a gravel road.

He tried to run into a cornfield but was caught by a police dog, the sheriff's office said. A
loaded pistol and the stolen cash were found in the car.

The 29-year-old suspect was treated for minor injuries and booked into the Wilson County jail on
charges of aggravated robbery, evading arrest and reckless endangerment. His bond was set at
$150,000.

No officers or bystanders were hurt. The store clerk said she was shaken but back at work on
Wednesday.
"""),

    _a("no-domestic-stabbing", "Woman charged after husband stabbed at their home", "2022-12-02",
       """
A 46-year-old woman has been charged with attempted murder after her husband was stabbed at their
home in Swindon on Wednesday night.

Wiltshire Police were called to a terraced house in Rodbourne Road shortly before 11 p.m. by a
neighbour who heard screaming. Officers found a man in his fifties with stab wounds to his chest
and arm. He was taken to the Great Western Hospital, where his condition is described as serious
but stable.

Detectives said the couple had been arguing during the evening and that a kitchen knife had been
recovered from the property. They are not looking for anyone else in connection with the
incident.

The woman appeared before Swindon Magistrates' Court on Friday and was remanded in custody to
appear at Salisbury Crown Court next month.

Neighbours said police had been called to the address before. "You'd hear them shouting most
weekends," said one, who did not want to be named.

Detective Inspector Rachel Moss said: "This was a domestic incident, and I want to reassure
people that there is no wider risk to the public." Anyone affected by domestic abuse was urged to
contact the police or a support service.
"""),

    _a("no-drug-bust", "Cannabis farm worth £1m found in former nightclub", "2024-06-19",
       """
Police have found one of the largest cannabis farms ever discovered in Stoke-on-Trent inside a
disused nightclub on Hanley's Marsh Street.

Officers with a warrant forced their way into the building on Tuesday morning and found more
than 1,200 plants growing under lamps across three floors. Staffordshire Police estimated the
street value of the crop at about £1 million.

Two men, aged 22 and 31, were arrested at the scene on suspicion of producing a controlled drug
and abstracting electricity. A third man was arrested later in the day at a house in Burslem,
where officers also seized £18,000 in cash and a machete.

The electricity supply had been illegally bypassed, creating a serious fire risk to neighbouring
flats, police said.

"Drug supply fuels violence and exploitation in our communities," said Inspector Jon Bird.
"Today's raid has taken a significant amount of cannabis off our streets."

Residents said they had noticed a strong smell for months. The building's owner, who lives
abroad, is being contacted by officers.

All three men remain in custody. Police urged anyone with concerns about drug activity to
contact them or Crimestoppers anonymously.
"""),

    _a("no-bank-standoff", "Bank robber releases hostages, surrenders after six-hour standoff",
       "2023-03-16",
       """
A man who held three bank employees hostage for six hours in Lakewood surrendered to police on
Wednesday evening, ending a standoff that closed streets and schools across the area.

The man walked into a First Western branch on Wadsworth Boulevard at about 11 a.m., handed a
teller a note demanding cash and said he had a bomb in his backpack, according to police. When
officers arrived, he barricaded himself inside with the manager and two tellers.

SWAT teams and crisis negotiators surrounded the building. Nearby homes were evacuated and two
elementary schools were placed on lockout for the afternoon.

One teller was released at about 2 p.m. and the two other employees walked out unharmed shortly
after 5 p.m. The man came out with his hands raised about half an hour later and was taken into
custody without a struggle.

A bomb squad later found no explosives in the backpack, police said.

The suspect, a 38-year-old Denver man, faces charges including aggravated robbery, kidnapping and
menacing. Police said he had told negotiators he was in debt and desperate.

"Our negotiators talked him out of there, and everybody went home," Lakewood Police Chief Dan
McCasky said.
"""),

    _a("no-dui-crash", "Two killed in wrong-way crash; driver was drunk, police say", "2024-09-02",
       """
Two people were killed early Sunday when a wrong-way driver slammed head-on into their car on
Interstate 35 in San Antonio, and police say the driver who caused the crash was intoxicated.

The collision happened at about 2:15 a.m. near the Walters Street exit. Police said a pickup truck
was traveling north in the southbound lanes at high speed when it struck a Honda Civic carrying
a married couple returning from a wedding.

The couple, both in their thirties, died at the scene. The pickup driver, a 27-year-old man, was
taken to Brooke Army Medical Center with serious injuries. Police said he showed signs of
intoxication and a blood sample has been taken.

He has been charged with two counts of intoxication manslaughter.

The highway was closed for nearly five hours while investigators examined the wreckage. Debris
was scattered across all lanes.

Relatives said the couple had two young children who were at home with a babysitter. A
fundraiser set up for the family had raised more than $60,000 by Monday.

Texas recorded more than 1,000 deaths in crashes involving drunk drivers last year, according to
the state transportation department.
"""),

    _a("no-house-fire", "Family escapes as fire destroys home", "2023-01-28",
       """
A family of five escaped with only the clothes they were wearing after a fire tore through their
home in Bangor on Friday morning.

Crews from Bangor Fire Department were called to the house on Ohio Street at about 6:30 a.m. and
found flames shooting from the roof. It took firefighters nearly two hours to bring the blaze
under control in freezing temperatures.

The parents and their three children, aged four to 12, got out after a smoke alarm woke the
eldest child. The family's dog died in the fire. One firefighter was treated for a minor injury.

"That smoke alarm saved five lives this morning," said Fire Chief Tom Higgins, who said
investigators believe the fire started in a wood stove in the living room. It is not considered
suspicious.

The house is a total loss. The Red Cross is helping the family with temporary housing, and
neighbors have set up a collection of clothes and toys at the local elementary school.

The fire department is reminding residents to have chimneys cleaned and to test smoke alarms
every month during the heating season.
"""),

    _a("no-school-board", "School board meeting erupts over library book policy", "2023-09-13",
       """
A school board meeting in Spotsylvania erupted in shouting on Monday night as parents clashed over
a proposal to remove books with sexual content from school libraries.

More than 300 people packed the board room and an overflow area, and nearly 90 signed up to
speak. Board Chair Lisa Phelps twice called a recess after audience members shouted over
speakers and one man refused to leave the podium when his time ran out.

"You are banning books that tell my child's story," said one mother, as some in the audience
booed. Another parent held up a book and read a passage aloud, prompting shouts of "Shame!"
before sheriff's deputies escorted him from the room.

Supporters of the policy said parents should decide what their children read. Opponents called it
censorship and warned it would remove classic novels from shelves.

The board voted 5-2 shortly before midnight to adopt the policy, which sets up a review committee
of parents and librarians.

The sheriff's office said no one was arrested. The board will hold its next meeting on October
9, when it plans to limit public comment to one hour.
"""),

    _a("no-football-crushed", "Eagles crush rival Tigers to stay unbeaten", "2023-10-07",
       """
Northside's Eagles crushed cross-town rival Central 42-7 on Friday night, battling through a
driving rain to stay unbeaten and take control of the district title race.

Senior quarterback Marcus Bell threw for 240 yards and three touchdowns, and the Eagles' defense
smothered the Tigers' attack, forcing four turnovers and holding Central to 91 yards of offense.

"These guys battled for every inch," coach Ray Dominguez said. "We knew they'd come out swinging,
and we hit them in the mouth early."

Central drew first blood on a 60-yard run on the game's opening drive, but Northside answered
with 35 unanswered points before halftime. Linebacker Jaylen Moss returned an interception for a
touchdown, and the Eagles blocked a punt in the second quarter.

A crowd of nearly 6,000 filled Memorial Stadium for the 75th meeting between the schools, the
longest rivalry in the county.

Central, which fell to 3-3, has lost three straight. Its coach said the team would regroup
before next week's trip to Westfield.

Northside (6-0) hosts Oak Ridge next Friday at 7 p.m. in a game that could decide the district
championship.
"""),

    _a("no-strike-vote", "Nurses vote to authorize strike at county hospitals", "2024-05-23",
       """
Nurses at two Montgomery County hospitals voted overwhelmingly on Wednesday to authorize a strike
if contract talks with the hospital system fail, their union said.

Ninety-four percent of the 1,800 nurses who cast ballots voted to give union leaders the power
to call a strike, the Maryland Nurses Association said. No date has been set, and the union must
give ten days' notice before any walkout.

The nurses say chronic understaffing has left them caring for too many patients on each shift.
They are also seeking raises of 18 percent over three years.

"We don't want to strike. We want safe staffing," said Diane Morales, an intensive care nurse
with 22 years at the hospital. "But we're ready to if we have to."

Hospital management said it had offered raises of 11 percent and was committed to reaching a
fair agreement. A spokesperson said patient care would not be affected by any strike, as the
system has contingency plans.

The next bargaining session is scheduled for Tuesday. The current contract expired in March.

Nurses at another hospital in the region reached a deal last month after a strike vote.
"""),

    _a("no-911-memorial", "Firefighters remember the fallen at 9/11 ceremony", "2023-09-12",
       """
Firefighters, police officers and residents gathered at the Fairfield County 9/11 memorial on
Monday morning to mark 22 years since the terrorist attacks on New York and Washington.

Bells rang at 8:46 a.m., the time the first hijacked plane struck the World Trade Center's north
tower, and again at the times the other planes crashed. A bagpiper played "Amazing Grace" as an
honor guard raised the flag to half-staff.

Forty-one people from the county died in the attacks, among them two firefighters who had
transferred to the New York Fire Department. Their names, along with those of the other victims,
were read aloud by students from the local high school.

"We still carry them with us," said Fire Chief Dennis Walsh, who was a young firefighter in 2001
and spent weeks at Ground Zero. "Never forget isn't a slogan. It's a promise."

The memorial includes a steel beam recovered from the towers. About 300 people attended the
ceremony, which ended with a moment of silence and the laying of wreaths.

The county will hold a blood drive in memory of the victims on Saturday at the fire
headquarters.
"""),

    _a("no-pearl-harbor", "Veterans mark Pearl Harbor anniversary at harbor park", "2022-12-08",
       """
Veterans and their families gathered on Wednesday at Veterans Memorial Park in Bremerton to mark
the 81st anniversary of the Japanese attack on Pearl Harbor.

The ceremony began at 9:55 a.m., the moment the first bombs fell on the Hawaiian base on Dec. 7,
1941. Sailors from Naval Base Kitsap fired a rifle salute and a bugler played taps.

More than 2,400 Americans were killed in the surprise attack, which destroyed or damaged 19 Navy
ships and pulled the United States into World War II. The battleship USS Arizona, where 1,177
crew members died, still lies where it sank.

No survivors of the attack were able to attend this year. The last local survivor, a Navy
machinist who was 19 when the bombs fell, died in 2020.

"They were boys, most of them, and they answered the call," said retired Capt. Laura Phipps, who
spoke at the ceremony.

Students from Bremerton High School read letters written by sailors in the weeks after the
attack. The ceremony ended with the dropping of a wreath into Sinclair Inlet.
"""),

    _a("no-veteran-obituary", "Obituary: Harold 'Hal' Jennings, 98, fought at the Bulge",
       "2024-02-11",
       """
Harold "Hal" Jennings, a World War II infantryman who fought in the Battle of the Bulge and later
ran a hardware store on Main Street for four decades, died Feb. 6 at his home in Muncie. He was
98.

Born on a farm in Delaware County in 1925, Mr. Jennings enlisted in the Army at 18 and landed in
France in the autumn of 1944. With the 99th Infantry Division he fought through the freezing
Ardennes forest, where his company was nearly surrounded by German tanks in December 1944. He was
wounded by shrapnel in January and awarded the Purple Heart and a Bronze Star.

He rarely spoke about the war, his daughter said, until his grandchildren began asking questions
in the 1990s. He later returned to Belgium twice to visit the battlefields and the graves of
friends killed in the fighting.

After the war he married his high school sweetheart, Ruth, and opened Jennings Hardware in 1952.
He was a deacon at First Baptist Church and coached Little League for 20 years.

He is survived by three children, eight grandchildren and 14 great-grandchildren. Ruth died in
2011.

A funeral with military honors will be held Friday at 11 a.m. at Meeks Mortuary.
"""),

    _a("no-war-novel-review", "Book review: a brutal, tender novel of the war in Ukraine",
       "2024-03-03",
       """
The first chapter of Anna Karpenko's debut novel, "The Fields Were Quiet", opens with a mortar
shell landing in a sunflower field, and it never lets up.

Set in a village outside Kharkiv in the spring of 2022, the book follows two brothers, one who
joins a volunteer battalion and one who stays to care for their mother as Russian troops occupy
the village. Karpenko, a former teacher from Bristol whose grandparents left Ukraine in the
1940s, writes about shelling, ambushes and interrogations with unsparing detail.

In one harrowing scene, soldiers storm a cellar where families are hiding and drag out the men.
In another, the older brother's unit is caught in an artillery barrage and forced to retreat
through a minefield.

Yet the novel's real power lies in its quiet moments: the mother baking bread with flour she has
hidden, the brothers' letters, a wedding held by candlelight.

Some readers may find the pace uneven in the middle section, and a subplot involving a British
journalist feels thin. But Karpenko has written one of the most affecting war novels in years.

Karpenko will read from the book at Waterstones in Clifton on March 14 at 7 p.m. Tickets are £5.
"""),

    _a("no-gun-show", "Gun show draws thousands to fairgrounds despite rain", "2023-04-17",
       """
Thousands of people braved steady rain over the weekend to attend the spring gun show at the
Tulsa County fairgrounds, where more than 400 vendors sold rifles, pistols, ammunition, knives
and hunting gear.

Organizers said attendance was up about ten percent on last year. Lines stretched around the
Exchange Center on Saturday morning before the doors opened at 9 a.m.

"It's part hobby, part social club," said Ron Tate, 67, who has sold antique firearms at the show
for 30 years. A Civil War-era cavalry carbine on his table was priced at $4,500.

All firearm sales by licensed dealers at the show require a federal background check. Several
sheriff's deputies patrolled the aisles, and guns brought in by visitors had to be checked and
tagged at the door.

A gun safety class for first-time owners filled up within an hour, and a local shooting range
offered discounts on lessons.

Outside, a handful of volunteers from a gun-violence prevention group handed out free gun locks.
Organizers said the next show will be held in October.
"""),

    _a("no-guard-exercise", "National Guard trains for urban combat at Camp Ripley", "2024-07-15",
       """
More than 2,000 soldiers from the Minnesota National Guard spent the past two weeks at Camp
Ripley near Little Falls, training for urban combat, convoy ambushes and casualty evacuation.

The annual exercise, called Northern Strike, brought together infantry, artillery and helicopter
units from five states. Soldiers cleared mock villages built from shipping containers, fired
howitzers on the camp's ranges and practised calling in air strikes with Air Force controllers.

"We train like we fight," said Lt. Col. Brian Anders, the exercise director. "When a soldier
hears that first blank fired in a mock ambush, we want the response to be automatic."

Residents near the camp were warned to expect loud explosions and low-flying helicopters,
particularly at night. Several people called the county dispatch center on Tuesday to report
what they thought were bombs, officials said.

Many of the soldiers are civilians who work as teachers, police officers and mechanics and serve
one weekend a month. Some will deploy to the Middle East next year.

The exercise ended on Sunday with a ceremony and a family open day, where children climbed on
Humvees and tried on helmets.
"""),

    _a("no-active-shooter-drill", "Police hold active shooter drill at high school", "2023-08-03",
       """
Residents near Lincoln High School in Sioux Falls heard gunfire on Wednesday morning, but there
was no cause for alarm: police and firefighters were holding an active shooter drill.

About 80 officers, firefighters and paramedics took part in the exercise, which used blank
rounds and volunteers playing wounded students and teachers. Officers entered the building in
teams of four, cleared classrooms and "neutralized" a gunman played by a police sergeant.

"We hope we never have to do this for real. But if we do, we need to have done it a hundred
times," said Police Chief Jon Thum.

Volunteers wore fake blood and lay in hallways while paramedics practised triage and carried them
out to ambulances. Hospital staff at Sanford Health also took part, receiving the "casualties" in
their emergency room.

Signs were posted around the neighborhood, and police sent out alerts on social media before the
drill began to avoid panic.

The school district holds lockdown drills with students twice a year. Classes start on Aug. 23.
"""),

    _a("no-storm-hits", "Storm hits coast, leaving thousands without power", "2024-01-03",
       """
Storm Henk battered Devon and Cornwall on Tuesday with gusts of more than 80mph, bringing down
trees and power lines and leaving about 40,000 homes without electricity.

The Met Office issued an amber warning for wind as the storm hit the south-west coast shortly
after midday. Waves crashed over the sea wall at Dawlish, and the main railway line to Cornwall
was closed after debris fell onto the tracks.

A man in his fifties was taken to hospital after a tree fell on his car near Exeter. Firefighters
rescued two people from a car trapped in floodwater in the Teign valley.

Schools in several villages closed early, and Devon County Council opened rest centres for people
whose homes were flooded.

"This has been a nasty one," said a spokesperson for National Grid, who said engineers were
working through the night to restore supplies.

Forecasters said the wind would ease overnight but more rain was expected on Thursday. The
Environment Agency has more than 100 flood warnings in place across England.
"""),
]

NO_EVENT_ARTICLES += [
    _a("no-council-budget", "Council approves budget with cuts to libraries and parks",
       "2024-02-28",
       """
Norfolk County Council approved its budget on Tuesday after a six-hour debate, agreeing cuts of
£42 million that will close two libraries and reduce grass cutting in parks.

Council tax will rise by 4.99 per cent, the maximum allowed without a referendum. A Band D
household will pay about £80 more a year.

The Conservative-run council said rising costs of adult social care and support for children
with special educational needs had left it no choice. "Every penny has been fought over," said
the cabinet member for finance.

Opposition councillors attacked the plans as "cuts by stealth" and tabled an amendment to keep
the libraries open by drawing on reserves. It was defeated by 48 votes to 31.

Dozens of residents watched from the public gallery, some holding placards reading "Save our
library". The chairman warned them twice to stay quiet during the debate.

The libraries in Watton and Mundesley will close in June. The council says a mobile library will
visit both towns once a week.
"""),

    _a("no-police-shoot-suspect", "Officers shoot, kill man who fired at deputies", "2023-11-06",
       """
A man who opened fire on sheriff's deputies during a domestic violence call in rural Marion
County was shot and killed on Saturday night, the Florida Department of Law Enforcement said.

Deputies were called to a home on Southwest 110th Street near Dunnellon at about 8 p.m. after a
woman reported that her boyfriend had beaten her and was threatening her with a shotgun. She
escaped to a neighbor's house before deputies arrived.

When deputies approached, the man fired at them from the porch, according to the sheriff's
office. Two deputies returned fire, striking him several times. He died at the scene.

No deputies were injured. A patrol car was hit by at least one round.

"Our deputies had seconds to make a decision, and they made the right one," Sheriff Billy Woods
said at a news conference on Sunday.

The deputies involved have been placed on administrative leave, which is standard practice. The
FDLE is investigating, and the state attorney's office will review the shooting.

The woman was treated for cuts and bruises. Court records show the man had two prior arrests for
battery.
"""),

    _a("no-road-rage", "Man charged after road rage assault on Ring Road", "2024-04-11",
       """
A 35-year-old man has been charged with assault after a road rage incident on Leeds' Outer Ring
Road left another driver with a broken jaw.

West Yorkshire Police said the two men had been involved in a minor collision at the Horsforth
roundabout on Monday afternoon. Witnesses saw one man get out of his van, pull the other driver
from his car and punch him repeatedly before driving off.

The victim, a 52-year-old taxi driver, was treated at Leeds General Infirmary and needed surgery.

Dashcam footage shared by another motorist helped officers trace the van, and the suspect was
arrested at his home in Pudsey on Tuesday.

He will appear at Leeds Magistrates' Court on May 2.

"Losing your temper on the road can have life-changing consequences," said PC Amy Sutcliffe of
the roads policing unit, who thanked the public for sending in footage.

The taxi driver's employer said he was recovering at home and hoped to return to work next month.
"""),

    _a("no-carjacking", "Carjackers who attacked pensioner jailed for six years", "2023-07-20",
       """
Two men who dragged an 81-year-old woman from her car outside a supermarket in Nottingham and
drove off with her handbag have been jailed.

Liam Carter, 24, and Jordan Reid, 22, approached the woman in the car park of the Asda on Radford
Road in February as she loaded her shopping. Reid pulled her from the driver's seat and pushed
her to the ground, breaking her wrist, while Carter jumped in and drove away with Reid.

Police found the car burned out in Bulwell the next day. The pair were identified from CCTV and
arrested a week later.

At Nottingham Crown Court on Wednesday, both admitted robbery and were each jailed for six years.

Judge Gregory Dickinson told them: "You chose a victim you thought could not fight back. It was
a cowardly attack that has left her afraid to leave her home."

In a statement read to the court, the woman said she no longer drives and has moved in with her
daughter.
"""),

    _a("no-burglary-spree", "Police appeal after string of burglaries in village", "2023-03-07",
       """
Police are appealing for information after seven homes were burgled in the village of Kegworth
over ten days.

Leicestershire Police said the break-ins happened between February 24 and March 5, mostly in the
evening while owners were out. Thieves forced back doors and took jewellery, cash, laptops and in
one case a car left on the driveway with its keys in the house.

Officers believe the same group is responsible. A neighbour's doorbell camera captured two men in
dark clothing climbing over a garden fence on Packington Hill.

"We understand how upsetting it is to have your home invaded," said Sergeant Kate Whitworth, who
urged residents to lock doors and windows, leave lights on timers and register valuables.

Extra patrols have been put in place in the village. A community meeting will be held at the
parish hall on Thursday at 7 p.m., where officers will offer crime prevention advice.

Anyone with information is asked to call 101.
"""),

    _a("no-manslaughter-sentence", "Man who killed friend in pub fight jailed", "2024-10-25",
       """
A man who killed a lifelong friend with a single punch during an argument in a pub in Wrexham
has been jailed for four years.

Craig Owens, 33, admitted the manslaughter of Daniel Price, 34, at an earlier hearing. Mold Crown
Court heard on Thursday that the two men had been drinking together at the Horse and Jockey in
May when they argued about money Owens owed.

Outside the pub, Owens struck Mr Price once on the side of the head. He fell backwards and hit his
head on the kerb. He died in hospital two days later.

CCTV showed Owens immediately trying to help his friend and calling an ambulance. His barrister
said he was "utterly devastated" and had written to Mr Price's family.

Sentencing, the judge said: "One punch can kill. This case shows it in the most tragic way."

Mr Price's mother said in a statement that her family had been "torn apart" and that she hoped
young men would think before raising their fists.
"""),

    _a("no-missing-found", "Body found in search for missing hiker", "2023-06-26",
       """
Search teams found the body of a missing hiker on Sunday in the Cascade foothills east of
Issaquah, ending a four-day search, the King County Sheriff's Office said.

The 44-year-old Bellevue man set out alone on Wednesday to hike the Tiger Mountain trail and did
not return home. His wife reported him missing on Thursday morning after his car was found at the
trailhead.

More than 100 volunteers, dogs and a helicopter combed the steep forested area. His body was
found at the bottom of a ravine about half a mile from the trail.

The sheriff's office said there were no signs of foul play and that the man appeared to have
fallen. The medical examiner will determine the cause of death.

"Our hearts go out to his family," said Sgt. Tim Meyer, who thanked the volunteers.

Rescuers urged hikers to tell someone their route and to carry a map and a headlamp, even on
short hikes close to the city.
"""),

    _a("no-wildfire-evac", "Wildfire forces evacuations in foothills", "2024-08-19",
       """
A fast-moving wildfire forced the evacuation of about 1,500 homes in the foothills west of Boise
on Sunday afternoon as strong winds pushed flames across dry grass.

The fire started at about 2 p.m. near Hidden Springs and had burned more than 3,000 acres by
nightfall, according to the Bureau of Land Management. Two homes and several outbuildings were
destroyed.

Firefighters from a dozen agencies battled the blaze from the ground and air, with helicopters
dropping water on flames threatening a subdivision. No injuries were reported.

"This fire was moving faster than a person can run," said Boise Fire Chief Dennis Doan.

Residents were told to leave immediately and a shelter was opened at a high school. Some
residents said they had only minutes to gather pets and photographs.

The cause of the fire is under investigation. Officials said it may have been started by sparks
from a vehicle.

The fire was 20 percent contained by Monday morning, and evacuation orders remained in place.
"""),

    _a("no-flood", "River bursts banks, flooding homes in market town", "2023-10-22",
       """
Dozens of homes and businesses were flooded in Brechin on Friday after the River South Esk burst
its banks during Storm Babet, forcing residents to be evacuated by boat.

Firefighters and coastguard teams rescued more than 50 people from properties on River Street,
where water reached the first floor of some houses. A rest centre was opened at the town hall.

The Scottish Environment Protection Agency had issued a rare red warning, saying there was a risk
to life. Water levels rose to a record height, breaching a flood defence built in 2016.

"I've lived here 40 years and never seen anything like it," said one resident, whose kitchen was
under five feet of water.

Angus Council said it would take weeks to assess the damage. The First Minister visited the town
on Saturday and promised support for families and businesses.

Elsewhere, rail services across the north-east were cancelled and several roads were closed by
landslips.
"""),

    _a("no-election-landslide", "Newcomer wins mayor's race in landslide", "2023-11-08",
       """
Political newcomer Teresa Alvarez won the race for mayor of Fort Collins in a landslide on Tuesday,
defeating two-term councilman Greg Hutchins with 64 percent of the vote.

Alvarez, a former school principal, ran a grassroots campaign focused on housing costs and public
transport and said she knocked on more than 10,000 doors.

"This city was hungry for change," she told supporters at a brewery downtown as results came in.

The campaign turned bitter in its final weeks, with Hutchins attacking Alvarez's lack of
experience and an outside group paying for mailers that accused her of wanting to defund the
police. Alvarez called the mailers "dishonest".

Hutchins conceded shortly after 9 p.m. and congratulated his opponent.

Voters also approved a sales tax increase for road repairs and elected two new council members.
Turnout was about 41 percent, the highest for a city election in a decade.

Alvarez will be sworn in on Dec. 5.
"""),

    _a("no-planning-fight", "Residents vow to fight plans for 400 homes on green belt",
       "2024-05-09",
       """
Residents in the Hertfordshire village of Welwyn have vowed to fight plans for 400 new homes on
green belt land, saying the development would swamp local schools and roads.

More than 250 people attended a public meeting at the village hall on Tuesday night to hear from
campaigners, who have formed a group called Save Welwyn Fields. Many stood at the back after all
the chairs were taken.

The developer, Hallam Land, says the scheme will include 160 affordable homes, a new primary
school and a bus link to Welwyn Garden City station.

"We're not against housing. We're against the wrong housing in the wrong place," said the
group's chair, who urged residents to send objections to the council before the deadline.

A petition against the plans has more than 3,000 signatures. The local MP said she would support
residents' campaign.

Welwyn Hatfield Borough Council is expected to decide the application in the summer.
"""),

    _a("no-councillor-fraud", "Former councillor guilty of stealing from charity", "2023-09-29",
       """
A former Bolton councillor has been found guilty of stealing more than £30,000 from a children's
charity he helped run.

A jury at Manchester Crown Court convicted Peter Aldridge, 58, of fraud by abuse of position on
Thursday after a two-week trial.

The court heard that Aldridge, who was treasurer of the Bolton Kids Holiday Fund, transferred
donations into his own account over four years to pay for holidays, a car and gambling debts.

The theft was discovered when a new treasurer could not reconcile the accounts. Aldridge stood
down from the council in 2021 shortly after police began investigating.

"He betrayed the trust of the volunteers and the families the charity exists to help," said
Detective Constable Sarah Hill.

Aldridge, of Horwich, was granted bail and will be sentenced next month. He was warned that a
prison sentence was likely.

The charity, which takes about 200 children on seaside trips each summer, said it had tightened
its controls.
"""),

    _a("no-bomb-scare", "School evacuated after hoax bomb threat", "2024-03-20",
       """
Hundreds of pupils were evacuated from a secondary school in Northampton on Tuesday after a bomb
threat was emailed to staff, but police later said it was a hoax.

Students at Weston Favell Academy were moved to the playing fields at about 10 a.m. while officers
and a search dog checked the buildings. Nothing suspicious was found and pupils returned to
lessons after lunch.

Northamptonshire Police said the email was one of a number sent to schools across the country on
the same day and that it was working with other forces to find who was responsible.

"We know how frightening this will have been for pupils and parents," the headteacher said in a
letter home. "Our procedures worked exactly as they should."

Some parents collected their children early. Roads around the school were briefly closed.

Sending a hoax bomb threat is a criminal offence carrying a prison sentence of up to seven years.
"""),

    _a("no-gas-explosion", "Gas explosion destroys house; neighbours hurt", "2023-12-15",
       """
A gas explosion destroyed a semi-detached house in Kirkcaldy on Thursday morning, injuring three
people and forcing dozens of neighbours from their homes.

The blast happened at about 7.15 a.m. in a street in the Templehall area. Residents said it sounded
like a bomb and shook windows hundreds of yards away. The house was reduced to rubble and the
home next door was badly damaged.

A man in his forties who lived in the house was pulled from the debris by neighbours and taken to
hospital with serious burns. Two people next door had minor injuries.

Firefighters and gas engineers spent the day making the area safe. Police Scotland said there was
nothing to suggest anything suspicious, and the explosion was being treated as an accident.

"There was a huge bang and then glass everywhere," said one neighbour. "We just ran."

Fife Council has found temporary accommodation for families whose homes were damaged.
"""),

    _a("no-officer-killed", "Community mourns trooper killed in traffic stop shooting",
       "2024-02-20",
       """
Hundreds of people lined the streets of Clarksburg on Monday as the body of a state trooper who
was shot dead during a traffic stop was carried to a funeral home.

Trooper Cody Hartman, 29, was killed on Friday night after he pulled over a car for speeding on
U.S. 50. Police say the driver, who was wanted on a probation violation, got out and fired at
Hartman before speeding away. Hartman died at the scene.

The suspect, a 36-year-old man from Bridgeport, was arrested the next morning after a manhunt
that involved more than 100 officers. He has been charged with first-degree murder.

Flags at state buildings were lowered to half-staff. Troopers from across West Virginia and
neighbouring states escorted the hearse.

"Cody loved this job and he loved this community," his sergeant said.

Hartman leaves a wife and a one-year-old daughter. His funeral will be held on Thursday at
Robinson Grand Performing Arts Center.
"""),

    _a("no-remembrance", "Thousands attend Remembrance Sunday parade", "2023-11-13",
       """
Thousands of people lined the streets of Plymouth on Sunday for the city's Remembrance parade and
service at the Naval Memorial on the Hoe.

Veterans, serving members of the Royal Navy and Royal Marines, cadets and scouts marched from
Armada Way to the memorial, where the Lord Mayor laid the first wreath.

A two-minute silence was observed at 11 a.m., broken by the firing of a gun from the Citadel.

The memorial bears the names of more than 22,000 sailors from Plymouth who were lost at sea in
the two world wars. The city was heavily bombed in the Blitz, when more than 1,000 civilians were
killed.

Among those marching was 99-year-old Bill Davey, who served on an Arctic convoy and was one of
the last surviving veterans of the Battle of the Atlantic in the city.

"I march for the lads who didn't come home," he said.

Services were also held in Devonport, Plympton and Plymstock.
"""),

    _a("no-reenactment", "Civil War battle comes to life at county park", "2023-09-18",
       """
Musket fire and cannon blasts echoed across Bald Eagle Park near Lock Haven over the weekend as
more than 300 reenactors staged a Civil War battle for thousands of spectators.

Dressed in wool uniforms, Union and Confederate units charged across a field, fired volleys and
fell "wounded" in the grass while narrators explained the tactics of 1863.

"People read about these battles, but they don't understand the noise and the smoke," said Tom
Walters, who has portrayed a Pennsylvania infantry captain for 25 years.

The event also included a field hospital demonstration, period music, a ladies' tea and a camp
where children could drill with wooden rifles.

Organizers said they raised more than $12,000 for the county historical society, which will use
it to repair a one-room schoolhouse.

The reenactment, now in its 18th year, will return next September.

Volunteers are already looking for more people willing to play soldiers, nurses and townsfolk.
"""),

    _a("no-dog-attack", "Boy, 6, injured in dog attack at park", "2024-06-03",
       """
A six-year-old boy was taken to hospital with bite wounds to his face and arms after being attacked
by a dog in a park in Sunderland on Saturday afternoon.

The boy was playing on the grass in Barnes Park with his family when an XL bully type dog ran at
him, Northumbria Police said. His father and a passer-by pulled the dog away.

The boy was treated at Sunderland Royal Hospital and has since been discharged. His mother said
he would need plastic surgery.

The dog's owner, a 40-year-old man, was arrested on suspicion of being in charge of a dog
dangerously out of control. The dog was seized.

"This must have been terrifying for the young boy and his family," said Inspector Mark Peel.

XL bully dogs have been banned in England and Wales since February unless their owners hold an
exemption certificate.

The council said it would review signs at the park's entrances reminding owners to keep dogs on
leads.
"""),

    _a("no-school-lockdown-threat", "Student arrested over threat to shoot up school", "2023-02-09",
       """
A 15-year-old student was arrested on Wednesday after he posted a threat on social media to
"shoot up" his high school in Lakeland, Polk County deputies said.

Lakeland High School was placed on a brief lockdown while deputies searched the campus, though no
weapon was found. The student was taken into custody at his home, where deputies found an
airsoft rifle.

Sheriff Grady Judd said the boy told investigators he had been joking. "There is nothing funny
about threatening to kill your classmates," Judd said. "We will arrest every one of them."

The student was charged with making a written threat to kill or do bodily injury, a second-degree
felony, and taken to the juvenile assessment center.

The school district said extra deputies would be on campus for the rest of the week. Parents
received a phone message explaining what happened.

It was the fourth such arrest in the county since January.
"""),
]

NO_EVENT_ARTICLES += [
    _a("no-takeover", "Supermarket chain fends off hostile takeover bid", "2024-04-24",
       """
Midlands grocer Harwood's has rejected a £600 million hostile takeover bid from a US private
equity firm, saying the offer "significantly undervalues" the family-founded business.

The Leicester-based chain, which runs 140 stores, said on Tuesday that its board had unanimously
turned down the approach from Brightwater Capital. Shares jumped 18 per cent on the news.

Analysts said Brightwater could return with a higher offer or take its bid directly to
shareholders. The firm has until May 21 to make a firm offer under takeover rules.

The bid comes as supermarkets fight a price war to win back shoppers squeezed by inflation.
Harwood's has cut prices on 500 items this year and is attacking the discounters with a new
loyalty scheme.

"We've been battling the big four for 80 years, and we intend to stay independent," chief
executive Sarah Harwood said.

The company employs 9,000 people. Unions have written to Brightwater seeking assurances about
jobs and pensions.
"""),

    _a("no-rugby", "Tigers storm back to beat Saints in East Midlands derby", "2024-01-28",
       """
Leicester Tigers stormed back from 17 points down to beat Northampton Saints 27-24 in a thrilling
East Midlands derby at Welford Road on Saturday.

Saints' attack ran riot in the first half, with winger Ollie Sleightholme crossing twice as the
visitors raced into a 24-7 lead. Tigers were booed off at half-time.

But the hosts launched a ferocious assault after the break. Their forwards battered the Saints
line and captain Julian Montoya forced his way over from a driving maul. Two penalties from Handre
Pollard closed the gap before replacement scrum-half Ben Youngs sniped over in the 78th minute.

"We were dead and buried at half-time," Tigers head coach Dan McKellar said. "The boys showed
real fight, and the crowd dragged us over the line."

Saints' director of rugby said his side had been "killed" by their own ill-discipline, conceding
11 penalties in the second half.

The win lifts Leicester to fourth in the Premiership. The attendance of 25,849 was a sell-out.
"""),

    _a("no-boxing", "Local fighter knocks out champion to claim belt", "2023-05-15",
       """
Cardiff boxer Rhys Morgan knocked out defending champion Leon Baptiste in the seventh round at
the Motorpoint Arena on Saturday to win the British super-middleweight title.

Morgan, 27, was knocked down in the third round by a left hook but recovered to take control of
the fight with relentless body shots. A right uppercut dropped Baptiste midway through the
seventh, and the referee waved the bout off as he struggled to his feet.

The crowd of 7,000, most of them supporting the hometown fighter, roared as Morgan climbed the
ropes and held the Lonsdale belt above his head.

"I took his best shots and kept coming," Morgan said. "I've been fighting my whole life for
this."

Baptiste, from Croydon, was checked by ringside doctors and left the arena on his own. He said he
wanted a rematch.

Morgan's promoter said he hoped to arrange a European title fight in the autumn.
"""),

    _a("no-basketball", "Hawks win shootout to reach state semifinal", "2024-03-09",
       """
Jefferson High outlasted Central Valley 88-84 in a three-point shootout on Friday night to reach
the state basketball semifinals for the first time since 1998.

The two teams combined for 27 three-pointers, a tournament record. Senior guard Malik Johnson led
the Hawks with 34 points, including eight threes, and sealed the win with two free throws with
six seconds left.

"It was a war out there," coach Andre Simmons said. "Every time we hit a shot, they hit one
right back."

Central Valley's Tyler Brooks scored 29 points in his final high school game. The Bulldogs led by
nine in the third quarter before Jefferson went on a 14-0 run.

A crowd of more than 4,000 packed the arena in Spokane, and hundreds of Jefferson students
stormed the court at the final buzzer.

Jefferson faces top-seeded Gonzaga Prep on Thursday at 6 p.m.

Tickets for the semifinal go on sale at the school office on Monday morning.
"""),

    _a("no-cancer-battle", "Teacher's battle with cancer inspires fun run", "2023-06-14",
       """
Hundreds of runners will take to the streets of Ipswich on Sunday in a fun run inspired by a
primary school teacher who has spent three years fighting a rare form of cancer.

Emma Clarke, 38, who teaches Year 3 at Westbourne Academy, was diagnosed with sarcoma in 2020.
Since then she has had surgery, chemotherapy and radiotherapy, and has continued to teach
whenever she could.

Her pupils and colleagues organised the 5km run to raise money for the Teenage Cancer Trust and
the ward at Addenbrooke's Hospital where she was treated. More than 600 people have signed up.

"Emma has fought this with so much courage and humour. The children adore her," said the
headteacher.

Clarke said she was overwhelmed. "Some days you feel like you're losing the battle, and then
something like this happens and you feel like you can take on anything."

The run starts at Christchurch Park at 10 a.m. Donations can be made online.
"""),

    _a("no-shop-arson-sentence", "Man who set fire to takeaway after row jailed", "2024-07-12",
       """
A man who set fire to a kebab shop in Blackpool after a row about his order has been jailed for
five years.

Jamie Fletcher, 31, poured petrol through the letterbox of the takeaway on Talbot Road in the
early hours of January 14 and set it alight, Preston Crown Court heard. The owner and his son, who
were asleep in a flat above, escaped through a back window.

Hours earlier Fletcher had argued with staff after complaining that his food was cold, and had
been asked to leave. CCTV showed him buying petrol from a nearby garage shortly before the fire.

He admitted arson being reckless as to whether life was endangered.

"This was a petty grudge that could have cost two people their lives," the judge said.

The shop was badly damaged and closed for four months. The owner said in a statement that his son
still has nightmares.
"""),

    _a("no-nightclub-stabbing", "Three arrested after stabbing outside nightclub", "2023-04-03",
       """
Three men have been arrested after a 21-year-old man was stabbed outside a nightclub in
Southampton city centre in the early hours of Sunday.

Hampshire Police were called to Bargate Street at about 2.30 a.m. following reports of a fight
involving a group of men. The victim was found with stab wounds to his back and leg and was taken
to Southampton General Hospital, where he remains in a stable condition.

Officers arrested three men, aged 19, 20 and 23, on suspicion of wounding with intent. They
remain in custody.

A cordon was in place for several hours while forensic officers examined the scene.

"We believe this was an isolated incident between people known to each other," said Detective
Sergeant Paul Ives, who appealed for anyone with mobile phone footage to come forward.

Extra officers will patrol the night-time economy area next weekend.

The nightclub said it was cooperating fully with the police inquiry and had handed over its CCTV.
"""),

    _a("no-mass-shooting-anniversary", "Town marks five years since supermarket shooting",
       "2024-08-05",
       """
Residents of Rockport gathered at a memorial garden on Saturday to mark five years since a gunman
killed seven people at a supermarket on the town's main road.

Relatives of the victims released white doves and read their names as church bells rang seven
times. The supermarket, which reopened under a new name in 2021, closed for the morning.

The 2019 shooting was the worst in the county's history. The gunman, a former employee, shot
shoppers and staff before killing himself. Investigators never found a clear motive.

"Five years, and some days it still feels like yesterday," said Linda Marsh, whose husband was
among those killed.

Since the shooting, the town has built the memorial garden, started a scholarship fund in the
victims' names and trained hundreds of residents in first aid.

The mayor said the town would never forget. A candlelight vigil was held in the evening at the
First Methodist Church.
"""),

    _a("no-film-explosions", "Hollywood film crew blows up car in city centre", "2023-08-22",
       """
Shoppers in Glasgow city centre were treated to an unusual spectacle on Monday as a Hollywood film
crew blew up a car and staged a gunfight on George Square.

The scenes, for an action thriller starring a well-known American actor, involved a controlled
explosion that sent a fireball into the air, and extras running from masked "gunmen" firing
blanks. Streets around the square were closed for the day.

Police had warned the public in advance, and signs were posted reassuring passers-by that the
gunfire and explosions were part of a film. Even so, several people called 999, Police Scotland
said.

"It was mental. The whole square shook," said one office worker who watched from her window.

The production is expected to spend about £10 million in Scotland and employ 300 local crew
members. Glasgow has become a popular location because its streets can pass for American cities.

Filming continues in the city until the end of the month.
"""),

    _a("no-fireworks", "Fireworks display draws record crowd to waterfront", "2023-07-05",
       """
An estimated 120,000 people packed the waterfront in Baltimore on Tuesday night for the city's
Fourth of July fireworks, the largest crowd in more than a decade.

The 20-minute display, launched from barges in the Inner Harbor, was set to music played live by
the Baltimore Symphony Orchestra. The grand finale of rapid-fire shells lit up the sky over
Federal Hill.

Police reported a handful of minor incidents but no serious problems. Water taxis ran extra
services, and several streets were closed to traffic.

"It was like a bomb going off over the water. The kids loved it," said Marcus Green, who came
with his family from Towson.

Earlier in the day, thousands lined Charles Street for the Independence Day parade, featuring
marching bands, veterans' groups and a float carrying the city's oldest World War II veteran.

The city said it would announce next year's plans in the spring.

Volunteers spent Wednesday morning picking up litter along the promenade.
"""),

    _a("no-hunting-accident", "Hunter dies after being shot by companion", "2023-11-20",
       """
A 62-year-old man died on Saturday after being accidentally shot by a member of his hunting party
in woods near Medford, Wisconsin, the Department of Natural Resources said.

The man was deer hunting with three friends on the opening weekend of the gun season when another
hunter fired at a deer and hit him in the chest, according to the DNR. His companions called 911
and tried to help him, but he died at the scene.

Conservation wardens are investigating. They said the man who fired was about 80 yards away and
did not see him through the trees. Neither man was wearing blaze orange above the waist.

"This is a tragedy for two families," said a DNR spokesperson, who reminded hunters to identify
their target and what lies beyond it before firing.

It was the first fatal hunting incident in Wisconsin this season. The state recorded three last
year.

The Taylor County Sheriff's Office assisted at the scene.
"""),

    _a("no-strike-deal", "Bus strike called off after last-minute pay deal", "2024-09-18",
       """
A bus strike that would have halted services across Bristol has been called off after drivers
accepted a new pay offer.

Members of the Unite union had planned to walk out for ten days from Monday. But on Friday night,
after talks at the conciliation service Acas, First West of England offered a rise of 10.5 per
cent over two years.

Drivers voted to accept the deal by 78 per cent on Tuesday.

"This is a victory for our members, who stood firm," said Unite's regional officer. "The company
knew we were serious."

First said it was pleased the dispute had been resolved and apologised to passengers for the
uncertainty.

Drivers had held two days of strikes in August, when pickets gathered outside the Lawrence Hill
depot. Services were severely disrupted and some schools reported pupils missing lessons.

The council's transport cabinet member welcomed the deal.

The new rates take effect from October, and the first extra payments will arrive in drivers'
November wages.
"""),

    _a("no-police-chief-obituary", "Former police chief who led force through riots dies at 84",
       "2023-01-19",
       """
Robert "Bob" Kessler, who served as Newark's police chief for 14 years and was a young patrolman
during the city's 1967 riots, died on Monday at his home in Livingston. He was 84.

Kessler joined the department in 1961. He was on duty on the second night of the unrest in July
1967, when looting and gunfire spread through the Central Ward and 26 people were killed over five
days. He later said those nights shaped his belief that police had to earn a community's trust.

As chief from 1985 to 1999, he created the city's first community policing units and hired more
Black and Hispanic officers than any of his predecessors. He also led the force through a wave of
drug violence in the late 1980s.

"He was tough, but he listened," said a former deputy chief.

After retiring, Kessler taught criminal justice at Rutgers for a decade.

He is survived by his wife of 60 years, Maureen, four children and nine grandchildren. A funeral
Mass will be celebrated Saturday at St. Philomena Church.
"""),

    _a("no-teacher-layoffs", "District to lay off 90 teachers as enrolment falls", "2024-04-03",
       """
The Oakland Unified School District will lay off about 90 teachers and close three elementary
schools next year as it tries to close a $50 million budget gap, the school board decided on
Tuesday.

The vote, 4-3, came after a tense four-hour meeting in which dozens of teachers and parents urged
the board to find other savings. Some held up signs reading "Kids not cuts", and several speakers
were cut off when they ran over their two minutes.

District officials said enrolment has fallen by more than 4,000 students in five years and that
federal pandemic money has run out.

"These are the hardest decisions I've had to make," said board president Sam Davis.

The teachers' union said it would challenge the layoffs and accused the district of spending too
much on consultants. It has not ruled out industrial action.

Layoff notices will be sent by March 15 under state law. Families at the three schools will be
offered places at nearby campuses.
"""),

    _a("no-restaurant-review", "Review: an explosion of flavour at the new Korean spot",
       "2024-05-31",
       """
Seoul Kitchen, which opened last month on Deansgate, is the kind of place that makes you want to
order the entire menu.

The fried chicken arrives glistening in a sticky gochujang glaze that hits you with sweetness and
then attacks with a slow-building heat. The kimchi pancake is crisp at the edges and soft in the
middle, and the bibimbap, served sizzling in a stone bowl, is an explosion of colour and texture.

Chef Min-jun Park, who trained in Busan and London, clearly knows what he is doing. A side of
pickled radish cut through the richness of a pork belly that almost melted.

Service was friendly if a little stretched on a busy Friday night, and the dining room, all bare
brick and neon, gets loud.

Prices are reasonable: we paid £68 for two, including a bottle of soju and two beers.

Desserts are limited to a matcha ice cream and a sweet rice cake, but by then you will not
mind.

Seoul Kitchen is open Tuesday to Sunday from noon.
"""),
]

ARTICLES: list[LocalArticle] = EVENT_ARTICLES + NO_EVENT_ARTICLES
