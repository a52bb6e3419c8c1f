"""Made-up event notes in the style of ACLED's own notes, with the coding ACLED would give them.

ACLED writes one short English note per event: "On <date>, <actor> <did what> in <place>
(<admin2>, <admin1>). <toll>." with "(as reported)" after a vague date and "[size=...]" after a
protest. Every note below is invented by the project (places and groups are real, the events
are not quotes of ACLED's data). Each note carries the fields ACLED would code: event type,
sub-event type, actor1, actor2 (ACLED's normalised actor names; the period tags such as
"(2012-)" are compared without, as ``evaluate.matching.normalise_actor`` does) and fatalities
(0 where the note tells none or an unknown number).
In "Excessive force against protesters" the force that used it is actor1 and the crowd actor2
(the project's rules.yaml force_first); in other protest sub-types the crowd comes first.

Scored by tests/test_probes_acled_notes.py.
"""

from __future__ import annotations

from typing import NamedTuple


class Note(NamedTuple):
    """One note and the coding ACLED gives it."""

    text: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    fatalities: int


BATTLE = "Battles"
VAC = "Violence against civilians"
ERV = "Explosions/Remote violence"
PROTEST = "Protests"
RIOT = "Riots"
SD = "Strategic developments"

CLASH = "Armed clash"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"
MOB = "Mob violence"
ARRESTS = "Arrests"
NSA_TERRITORY = "Non-state actor overtakes territory"
GOV_TERRITORY = "Government regains territory"

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISWAP = "ISWAP: Islamic State West Africa Province"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
SHABAAB = "Al Shabaab"
TALIBAN = "Taliban"
HOUTHIS = "Ansar Allah (Houthis)"

NOTES: list[Note] = [
    # --- Sahel: Mali, Burkina Faso, Niger
    Note("On 14 January 2022, JNIM militants attacked a FAMa post in Boni (Douentza, Mopti). "
         "7 FAMa soldiers were killed.",
         BATTLE, CLASH, JNIM, "Military Forces of Mali (2021-)", 7),
    Note("On 3 August 2021, suspected JNIM militants killed 4 civilians in Ouattagouna "
         "(Ansongo, Gao).",
         VAC, ATTACK, JNIM, "Civilians (Mali)", 4),
    Note("On 21 June 2021, Islamic State Sahel militants killed 12 civilians in Tillia "
         "(Tillia, Tahoua).",
         VAC, ATTACK, "Islamic State Sahel Province", "Civilians (Niger)", 12),
    Note("On 9 May 2022, VDP members clashed with JNIM militants near Titao (Loroum, Nord). "
         "5 VDP members were killed.",
         BATTLE, CLASH, "VDP: Volunteers for the Defense of the Homeland", JNIM, 5),
    Note("On 26 November 2021, military forces of Burkina Faso conducted an airstrike on a "
         "JNIM camp near Djibo (Soum, Sahel). Around 20 militants were reportedly killed.",
         ERV, AIR, "Military Forces of Burkina Faso (2015-2022)", JNIM, 20),
    Note("On 10 December 2021, unidentified armed men on motorbikes abducted 3 civilians in "
         "Tera (Tera, Tillaberi).",
         VAC, ABDUCTION, "Unidentified Armed Group (Niger)", "Civilians (Niger)", 0),
    Note("On 2 March 2023, an IED planted by JNIM militants hit a MINUSMA convoy near Tessalit "
         "(Tessalit, Kidal). 2 peacekeepers were killed.",
         ERV, IED, JNIM,
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali "
         "(2013-2023)", 2),
    Note("On 5 June 2020, thousands of M5-RFP supporters held a protest in Bamako (Bamako) "
         "demanding the resignation of the president. [size=thousands]",
         PROTEST, PEACEFUL, "Protesters (Mali)", None, 0),
    Note("On 18 September 2022, Islamic State Sahel Province militants attacked a VDP position "
         "in Seytenga (Seno, Sahel). 11 VDP members were killed.",
         BATTLE, CLASH, "Islamic State Sahel Province",
         "VDP: Volunteers for the Defense of the Homeland", 11),
    Note("On 4 October 2022, FAMa soldiers and Wagner Group forces killed 15 civilians in "
         "Dioura (Tenenkou, Mopti).",
         VAC, ATTACK, "Military Forces of Mali (2021-)", "Civilians (Mali)", 15),
    # --- Nigeria
    Note("On 12 May 2019, unidentified gunmen shot dead a local chief in Kadamba village "
         "(Kaduna South, Kaduna).",
         VAC, ATTACK, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1),
    Note("On 4 April 2021, ISWAP militants attacked a military base in Damasak (Mobbar, Borno). "
         "6 soldiers and 11 militants were killed.",
         BATTLE, CLASH, ISWAP, "Military Forces of Nigeria (2015-2023)", 17),
    Note("On 18 February 2020, Boko Haram (JAS) fighters killed 30 civilians and burnt houses "
         "in Auno (Konduga, Borno).",
         VAC, ATTACK, BOKO_HARAM, "Civilians (Nigeria)", 30),
    Note("On 7 July 2022, Fulani ethnic militia killed 9 farmers in Kwall (Bassa, Plateau).",
         VAC, ATTACK, "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 9),
    Note("On 5 March 2023, suspected herders killed 7 villagers in Mgban (Guma, Benue).",
         VAC, ATTACK, "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 7),
    Note("On 30 August 2021, bandits abducted 15 travellers along the Funtua-Gusau road "
         "(Tsafe, Zamfara).",
         VAC, ABDUCTION, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 0),
    Note("On 24 January 2022, Nigerian Air Force jets bombed Boko Haram positions in the "
         "Sambisa forest (Gwoza, Borno). An unknown number of militants were killed.",
         ERV, AIR, "Military Forces of Nigeria (2015-2023)", BOKO_HARAM, 0),
    Note("On 9 November 2021, a mob lynched a man accused of blasphemy in Sokoto "
         "(Sokoto North, Sokoto).",
         RIOT, MOB, "Rioters (Nigeria)", "Civilians (Nigeria)", 1),
    Note("On 14 March 2023, around 300 ASUU members held a protest in Ibadan (Ibadan North, "
         "Oyo) over unpaid salaries. [size=around 300]",
         PROTEST, PEACEFUL, "Protesters (Nigeria)", None, 0),
    Note("On 14 July 2022, suspected Boko Haram militants killed 4 farmers in Dalwa "
         "(Konduga, Borno).",
         VAC, ATTACK, BOKO_HARAM, "Civilians (Nigeria)", 4),
    Note("On 20 October 2020, police fired live rounds at EndSARS protesters in Lekki "
         "(Eti-Osa, Lagos), killing 2 protesters.",
         PROTEST, EXCESSIVE, "Police Forces of Nigeria (2015-2023)", "Protesters (Nigeria)", 2),
    Note("On 2 June 2022, ISWAP militants abducted 8 passengers on the Maiduguri-Damboa road "
         "(Konduga, Borno).",
         VAC, ABDUCTION, ISWAP, "Civilians (Nigeria)", 0),
    # --- Cameroon, Chad
    Note("On 11 September 2020, Ambazonian separatists killed 2 soldiers in an ambush near "
         "Bamenda (Mezam, North-West).",
         BATTLE, CLASH, "Ambazonian Separatists (Cameroon)",
         "Military Forces of Cameroon (1982-)", 2),
    Note("On 20 April 2021, FACT rebels clashed with the Chadian army near Nokou (Nord Kanem, "
         "Kanem). 300 rebels and 5 soldiers were killed.",
         BATTLE, CLASH, "FACT: Front for Change and Concord in Chad",
         "Military Forces of Chad (2021-)", 305),
    # --- Somalia, Kenya
    Note("On 3 March 2020, al-Shabaab militants attacked a SNA base in Janaale (Marka, Lower "
         "Shabelle). 4 SNA soldiers and 2 militants were killed.",
         BATTLE, CLASH, SHABAAB, "Military Forces of Somalia (2012-)", 6),
    Note("On 5 July 2021, an Al Shabaab suicide bomber detonated a vest at a tea shop in "
         "Mogadishu (Mogadishu, Banadir), killing 9 civilians.",
         ERV, SUICIDE, SHABAAB, "Civilians (Somalia)", 9),
    Note("On 19 January 2022, US forces conducted an airstrike against Al Shabaab near Duduble "
         "(Ceel Buur, Galgaduud). 3 militants were killed.",
         ERV, AIR, "Military Forces of the United States", SHABAAB, 3),
    Note("On 27 February 2021, Al Shabaab fired mortars at the airport area in Mogadishu "
         "(Mogadishu, Banadir). No casualties were reported.",
         ERV, SHELL, SHABAAB, None, 0),
    Note("On 14 August 2022, SNA forces clashed with Al Shabaab militants in Bariire "
         "(Afgooye, Lower Shabelle). 5 militants were killed.",
         BATTLE, CLASH, "Military Forces of Somalia (2012-)", SHABAAB, 5),
    Note("On 2 June 2019, Al Shabaab militants abducted 3 traders at a checkpoint in Bulo "
         "Burto (Bulo Burto, Hiraan).",
         VAC, ABDUCTION, SHABAAB, "Civilians (Somalia)", 0),
    Note("On 11 November 2022, a roadside IED targeted a police vehicle in Afgooye (Afgooye, "
         "Lower Shabelle). 2 police officers were killed.",
         ERV, IED, "Unidentified Armed Group (Somalia)", "Police Forces of Somalia (2012-)", 2),
    Note("On 20 September 2022, ENDF troops killed 10 Al Shabaab militants near Yeed "
         "(Rab Dhuure, Bakool).",
         BATTLE, CLASH, "Military Forces of Ethiopia (2018-)", SHABAAB, 10),
    Note("On 12 October 2021, Al Shabaab militants ambushed a KDF patrol near Kiunga "
         "(Lamu East, Lamu). 2 KDF soldiers were killed.",
         BATTLE, CLASH, SHABAAB, "Military Forces of Kenya (2013-2022)", 2),
    Note("On 7 July 2023, opposition supporters set tyres ablaze and threw stones at police in "
         "Kisumu (Kisumu Central, Kisumu). Police dispersed them with tear gas.",
         RIOT, VIOLENT_DEMO, "Rioters (Kenya)", "Police Forces of Kenya (2022-)", 0),
    Note("On 25 June 2024, police shot dead 5 protesters during a demonstration against the "
         "Finance Bill in Nairobi (Nairobi).",
         PROTEST, EXCESSIVE, "Police Forces of Kenya (2022-)", "Protesters (Kenya)", 5),
    # --- DRC, CAR, Mozambique, Burundi
    Note("On 6 May 2021, ADF militants attacked Boga village (Irumu, Ituri), killing 22 "
         "civilians with machetes.",
         VAC, ATTACK, "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)",
         22),
    Note("On 20 November 2022, M23 rebels clashed with FARDC near Kibumba (Nyiragongo, "
         "Nord-Kivu). 8 FARDC soldiers were killed.",
         BATTLE, CLASH, "M23: March 23 Movement",
         "Military Forces of the Democratic Republic of Congo (2019-)", 8),
    Note("On 1 February 2022, CODECO militia attacked an IDP camp in Plaine Savo (Djugu, "
         "Ituri) and killed 62 civilians.",
         VAC, ATTACK, "CODECO: Cooperative for Development of Congo",
         "Civilians (Democratic Republic of Congo)", 62),
    Note("On 15 March 2023, Mai-Mai militiamen abducted 6 civilians in Kalehe (Kalehe, "
         "Sud-Kivu).",
         VAC, ABDUCTION, "Mai-Mai Militia", "Civilians (Democratic Republic of Congo)", 0),
    Note("On 24 August 2021, students demonstrated in front of the governor's office in Bukavu "
         "(Bukavu, Sud-Kivu) to denounce insecurity. [size=no report]",
         PROTEST, PEACEFUL, "Protesters (Democratic Republic of Congo)", None, 0),
    Note("On 13 January 2021, CPC rebels clashed with FACA soldiers near Bangassou "
         "(Bangassou, Mbomou). 5 rebels were killed.",
         BATTLE, CLASH, "CPC: Coalition of Patriots for Change",
         "Military Forces of the Central African Republic (2016-)", 5),
    Note("On 24 March 2021, Islamic State militants attacked the town of Palma (Palma, Cabo "
         "Delgado), killing at least 30 civilians.",
         VAC, ATTACK, "Islamic State (Mozambique)", "Civilians (Mozambique)", 30),
    Note("On 8 August 2021, FADM soldiers recaptured Mocimboa da Praia (Mocimboa da Praia, "
         "Cabo Delgado) from Islamic State militants.",
         BATTLE, GOV_TERRITORY, "Military Forces of Mozambique (1975-)",
         "Islamic State (Mozambique)", 0),
    Note("On 10 May 2021, RED-Tabara rebels clashed with the Burundian army in Bugarama "
         "(Bugarama, Rumonge). 4 soldiers were killed.",
         BATTLE, CLASH, "RED-Tabara: Resistance for the Rule of Law in Burundi",
         "Military Forces of Burundi (2005-)", 4),
    # --- Ethiopia
    Note("On 2 November 2020, OLA militants killed 54 ethnic Amhara civilians in Gawa Qanqa "
         "(West Wellega, Oromia).",
         VAC, ATTACK, "OLA: Oromo Liberation Army", "Civilians (Ethiopia)", 54),
    Note("On 18 April 2023, Fano militiamen clashed with ENDF soldiers in Kobo (North Wello, "
         "Amhara). Casualties unknown.",
         BATTLE, CLASH, "Fano Militia", "Military Forces of Ethiopia (2018-)", 0),
    Note("On 4 November 2020, TPLF forces attacked the ENDF Northern Command base in Mekelle "
         "(Mekele, Tigray).",
         BATTLE, CLASH, "TPLF: Tigray People's Liberation Front",
         "Military Forces of Ethiopia (2018-)", 0),
    Note("On 22 June 2021, the Ethiopian Air Force carried out an airstrike on a market in "
         "Togoga (Mekele, Tigray), killing 64 civilians.",
         ERV, AIR, "Military Forces of Ethiopia (2018-)", "Civilians (Ethiopia)", 64),
    Note("On 7 January 2022, a drone strike hit an IDP camp in Dedebit (North Western, "
         "Tigray), killing 56 civilians. The strike was attributed to the ENDF.",
         ERV, AIR, "Military Forces of Ethiopia (2018-)", "Civilians (Ethiopia)", 56),
    # --- Sudan, South Sudan, Libya
    Note("On 15 April 2023, SAF and RSF forces clashed around the airport in Merowe (Merowe, "
         "Northern). 10 RSF fighters were killed.",
         BATTLE, CLASH, "Military Forces of Sudan (2019-)", "Rapid Support Forces", 10),
    Note("On 12 June 2023, RSF fighters killed 40 Masalit civilians in El Geneina (El Geneina, "
         "West Darfur).",
         VAC, ATTACK, "Rapid Support Forces", "Civilians (Sudan)", 40),
    Note("On 10 September 2023, SAF warplanes bombed a market in Mayo (Khartoum, Khartoum), "
         "killing 20 civilians.",
         ERV, AIR, "Military Forces of Sudan (2019-)", "Civilians (Sudan)", 20),
    Note("On 25 October 2021, thousands of people protested in Khartoum (Khartoum) against the "
         "military coup. Security forces fired live rounds, killing 7 protesters. "
         "[size=thousands]",
         PROTEST, EXCESSIVE, "Military Forces of Sudan (2019-)", "Protesters (Sudan)", 7),
    Note("On 8 March 2022, SPLA-IO forces clashed with SSPDF soldiers in Leer (Leer, Unity). "
         "6 SSPDF soldiers were killed.",
         BATTLE, CLASH,
         "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)",
         "Military Forces of South Sudan (2011-)", 6),
    Note("On 20 April 2019, LNA and GNA forces clashed in Ain Zara (Tripoli). 12 combatants "
         "were killed.",
         BATTLE, CLASH, "Military Forces of Libya (2014-) Haftar Faction",
         "Military Forces of Libya (2016-) Government of National Accord", 12),
    # --- Yemen
    Note("On 1 July 2018, Houthi forces fired a ballistic missile at Marib city (Marib City, "
         "Marib), killing 3 civilians.",
         ERV, SHELL, HOUTHIS, "Civilians (Yemen)", 3),
    Note("On 26 March 2020, Saudi-led coalition airstrikes hit a farm in Saqayn (Saqayn, "
         "Sadah), killing 4 civilians.",
         ERV, AIR, "Military Forces of Saudi Arabia (2015-)", "Civilians (Yemen)", 4),
    Note("On 5 October 2021, hundreds of people protested in Aden (Al Mualla, Aden) against "
         "the collapse of the rial. [size=hundreds]",
         PROTEST, PEACEFUL, "Protesters (Yemen)", None, 0),
    Note("On 17 March 2022, Houthi forces shelled residential neighbourhoods in Taizz city "
         "(Al Qahirah, Taizz), injuring 3 children.",
         ERV, SHELL, HOUTHIS, "Civilians (Yemen)", 0),
    Note("On 14 February 2022, AQAP militants attacked a checkpoint of government forces in "
         "Mudiyah (Mudiyah, Abyan). 4 soldiers were killed.",
         BATTLE, CLASH, "AQAP: Al Qaeda in the Arabian Peninsula",
         "Military Forces of Yemen (2017-)", 4),
    # --- Syria
    Note("On 12 February 2020, HTS militants clashed with regime forces near Saraqib (Idleb, "
         "Idleb). 9 SAA soldiers and 14 HTS fighters were killed.",
         BATTLE, CLASH, "HTS: Hayat Tahrir al Sham", "Military Forces of Syria (2000-2024)", 23),
    Note("On 19 July 2021, Russian warplanes carried out airstrikes on Ihsim (Ariha, Idleb), "
         "killing 7 civilians.",
         ERV, AIR, "Military Forces of Russia (2000-)", "Civilians (Syria)", 7),
    Note("On 6 October 2022, ISIS militants attacked an SDF checkpoint in Thiban (Deir-ez-Zor, "
         "Deir-ez-Zor). 3 SDF members were killed.",
         BATTLE, CLASH, "Islamic State (Syria)", "SDF: Syrian Democratic Forces", 3),
    Note("On 23 November 2022, a Turkish drone struck an SDF vehicle in Qamishli (Quamishli, "
         "Al-Hasakeh), killing 2 SDF members.",
         ERV, AIR, "Military Forces of Turkey (2016-)", "SDF: Syrian Democratic Forces", 2),
    Note("On 2 March 2023, an IED exploded near a car in Daraa al-Balad (Dar'a, Dar'a), "
         "killing a former opposition commander.",
         ERV, IED, "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1),
    Note("On 11 August 2023, dozens of people held a protest in As-Sweida (As-Sweida, "
         "As-Sweida) against fuel price hikes. [size=dozens]",
         PROTEST, PEACEFUL, "Protesters (Syria)", None, 0),
    Note("On 8 January 2021, Israeli warplanes struck military positions near Al Bukamal "
         "(Al Mayadin, Deir-ez-Zor), killing 4 Syrian soldiers.",
         ERV, AIR, "Military Forces of Israel (2022-)", "Military Forces of Syria (2000-2024)", 4),
    # --- Iraq
    Note("On 9 May 2021, ISIS militants attacked an Iraqi army checkpoint in Tarmiyah "
         "(Tarmia, Baghdad). 2 soldiers were killed.",
         BATTLE, CLASH, "Islamic State (Iraq)", "Military Forces of Iraq (2014-)", 2),
    Note("On 19 July 2021, a suicide bomber blew himself up in a market in Sadr City "
         "(Thawra, Baghdad), killing 30 civilians. IS claimed the attack.",
         ERV, SUICIDE, "Islamic State (Iraq)", "Civilians (Iraq)", 30),
    Note("On 1 October 2019, thousands of protesters gathered in Tahrir Square (Baghdad) "
         "against corruption. Riot police fired live ammunition, killing 2 protesters. "
         "[size=thousands]",
         PROTEST, EXCESSIVE, "Police Forces of Iraq (2014-)", "Protesters (Iraq)", 2),
    Note("On 26 June 2021, unidentified militias launched a drone attack on Erbil airport "
         "(Erbil, Erbil). No casualties were reported.",
         ERV, AIR, "Unidentified Armed Group (Iraq)", None, 0),
    Note("On 4 March 2022, Turkish forces shelled PKK positions near Amadiya (Amedi, Duhok), "
         "killing 2 PKK militants.",
         ERV, SHELL, "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", 2),
    # --- Israel, Palestine, Lebanon
    Note("On 7 March 2023, Israeli forces raided Jenin camp (Jenin, West Bank) and clashed "
         "with Palestinian militants. 6 militants were killed.",
         BATTLE, CLASH, "Military Forces of Israel (2022-)",
         "Unidentified Armed Group (Palestine)", 6),
    Note("On 18 June 2023, Israeli settlers attacked Palestinian farmers near Turmus Ayya "
         "(Ramallah, West Bank), injuring 4.",
         VAC, ATTACK, "Settlers (Israel)", "Civilians (Palestine)", 0),
    Note("On 11 May 2021, Hamas fired rockets from Gaza towards Ashkelon (Ashqelon, HaDarom), "
         "killing 2 civilians.",
         ERV, SHELL, "Hamas Movement", "Civilians (Israel)", 2),
    Note("On 15 November 2023, Hezbollah fired anti-tank missiles at an IDF position near "
         "Shtula (Zefat, HaZafon). 2 IDF soldiers were wounded.",
         ERV, SHELL, "Hezbollah", "Military Forces of Israel (2022-)", 0),
    # --- Afghanistan
    Note("Around 12 May 2019 (as reported), Military Forces of Afghanistan (2014-2021) "
         "conducted an airstrike on Taliban positions in Nad Ali district (Helmand). 14 Taliban "
         "militants were killed.",
         ERV, AIR, "Military Forces of Afghanistan (2014-2021)", TALIBAN, 14),
    Note("On 3 August 2020, Taliban militants attacked an ANA checkpoint in Andar (Ghazni). "
         "5 ANA soldiers and 8 Taliban were killed.",
         BATTLE, CLASH, TALIBAN, "Military Forces of Afghanistan (2014-2021)", 13),
    Note("On 26 August 2021, an IS-K suicide bomber detonated explosives at a gate of Kabul "
         "airport (Kabul, Kabul), killing 170 civilians and 13 US soldiers.",
         ERV, SUICIDE, "Islamic State (Afghanistan)", "Civilians (Afghanistan)", 183),
    Note("On 14 February 2019, ANSF personnel clashed with the Taliban in Arghandab "
         "(Kandahar). 4 Taliban and 2 ANSF members were killed.",
         BATTLE, CLASH, "Military Forces of Afghanistan (2014-2021)", TALIBAN, 6),
    Note("On 8 March 2022, around 20 women protested in Kabul (Kabul) demanding the right to "
         "work and education. [size=around 20]",
         PROTEST, PEACEFUL, "Protesters (Afghanistan)", None, 0),
    Note("On 11 June 2020, an IED struck a civilian minibus in Gereshk (Nahri Sarraj, "
         "Helmand), killing 6 civilians.",
         ERV, IED, "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", 6),
    Note("On 18 October 2021, NRF fighters clashed with the Taliban in Dara (Panjshir). "
         "3 NRF fighters were killed.",
         BATTLE, CLASH, "NRF: National Resistance Front", TALIBAN, 3),
    Note("On 21 April 2021, ANDSF forces killed 9 Taliban militants in a raid in Chahar Dara "
         "(Kunduz).",
         BATTLE, CLASH, "Military Forces of Afghanistan (2014-2021)", TALIBAN, 9),
    # --- Pakistan
    Note("On 30 January 2023, a TTP suicide bomber blew himself up in a mosque inside the "
         "Police Lines in Peshawar (Peshawar, Khyber Pakhtunkhwa), killing 84 police "
         "officers.",
         ERV, SUICIDE, "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan (2018-)",
         84),
    Note("On 2 February 2022, BLA militants attacked an FC camp in Panjgur (Panjgur, "
         "Balochistan). 9 militants and 4 FC soldiers were killed.",
         BATTLE, CLASH, "BLA: Baloch Liberation Army", "Military Forces of Pakistan (2018-)",
         13),
    Note("On 15 May 2023, unidentified gunmen shot dead a polio worker in Bajaur (Bajaur, "
         "Khyber Pakhtunkhwa).",
         VAC, ATTACK, "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 1),
    Note("On 9 May 2023, PTI supporters stormed and torched the Corps Commander's house in "
         "Lahore (Lahore, Punjab) after the arrest of their leader.",
         RIOT, VIOLENT_DEMO, "Rioters (Pakistan)", None, 0),
    Note("On 5 April 2022, police forces of Pakistan arrested 3 suspected militants of the "
         "TTP in Bannu (Bannu, Khyber Pakhtunkhwa).",
         SD, ARRESTS, "Police Forces of Pakistan (2018-)", "TTP: Tehreek-i-Taliban Pakistan",
         0),
    Note("On 12 October 2021, hundreds of teachers protested in Quetta (Quetta, Balochistan) "
         "demanding regularisation of their jobs. [size=hundreds]",
         PROTEST, PEACEFUL, "Protesters (Pakistan)", None, 0),
    # --- India, Bangladesh
    Note("On 2 June 2021, around 200 farmers held a protest in Bathinda (Punjab) against the "
         "farm laws. [size=around 200]",
         PROTEST, PEACEFUL, "Protesters (India)", None, 0),
    Note("On 3 April 2021, CPI (Maoist) militants ambushed security forces near Tarrem "
         "(Bijapur, Chhattisgarh). 22 security personnel were killed.",
         BATTLE, CLASH, "CPI (Maoist): Communist Party of India (Maoist)",
         "Military Forces of India (2014-)", 22),
    Note("On 13 June 2023, suspected Kuki militants opened fire on Khamenlok village (Imphal "
         "East, Manipur), killing 9 Meitei villagers.",
         VAC, ATTACK, "Kuki Ethnic Militia (India)", "Civilians (India)", 9),
    Note("On 14 February 2019, a JeM suicide bomber rammed an explosive-laden car into a "
         "convoy in Pulwama (Pulwama, Jammu and Kashmir), killing 40 security personnel.",
         ERV, SUICIDE, "JeM: Jaish-e-Mohammed", "Military Forces of India (2014-)", 40),
    Note("On 11 November 2022, a mob beat to death a man suspected of cattle smuggling in "
         "Alwar (Alwar, Rajasthan).",
         RIOT, MOB, "Rioters (India)", "Civilians (India)", 1),
    Note("On 20 August 2022, Indian Army soldiers killed 2 LeT militants in an encounter in "
         "Uri (Baramula, Jammu and Kashmir).",
         BATTLE, CLASH, "Military Forces of India (2014-)", "LeT: Lashkar-e-Taiba", 2),
    Note("On 28 October 2023, BNP supporters clashed with police in Dhaka (Dhaka), throwing "
         "stones and bricks. A police officer was killed.",
         RIOT, VIOLENT_DEMO, "Rioters (Bangladesh)", "Police Forces of Bangladesh (2009-2024)",
         1),
    # --- Myanmar
    Note("On 24 March 2022, the Tatmadaw conducted airstrikes on a village in Pekon township "
         "(Langkho, Shan-South), killing 4 civilians.",
         ERV, AIR, "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", 4),
    Note("On 8 October 2021, PDF fighters ambushed a military convoy near Gangaw (Gangaw, "
         "Magway). 12 soldiers were killed.",
         BATTLE, CLASH, "PDF: People's Defense Force", "Military Forces of Myanmar (2021-)", 12),
    Note("On 3 March 2021, police forces opened fire on anti-coup protesters in Monywa "
         "(Monywa, Sagaing), killing 6 protesters.",
         PROTEST, EXCESSIVE, "Police Forces of Myanmar (2021-)", "Protesters (Myanmar)", 6),
    Note("On 27 October 2023, MNDAA fighters took control of Chinshwehaw town (Laukkaing, "
         "Shan-North) from the military.",
         BATTLE, NSA_TERRITORY, "MNDAA: Myanmar National Democratic Alliance Army",
         "Military Forces of Myanmar (2021-)", 0),
    Note("On 16 January 2022, KIA fighters clashed with military forces in Hpakant (Mohnyin, "
         "Kachin). 3 soldiers were killed.",
         BATTLE, CLASH, "KIA: Kachin Independence Army", "Military Forces of Myanmar (2021-)", 3),
    # --- Philippines, Thailand, Indonesia
    Note("On 19 February 2022, NPA rebels clashed with AFP soldiers in Las Navas (Northern "
         "Samar). 2 NPA rebels were killed.",
         BATTLE, CLASH, "NPA: New People's Army", "Military Forces of the Philippines (2016-2022)",
         2),
    Note("On 3 December 2023, a bomb exploded during a Catholic mass at a university gym in "
         "Marawi (Lanao del Sur), killing 4 civilians. IS claimed responsibility.",
         ERV, IED, "Islamic State (Philippines)", "Civilians (Philippines)", 4),
    Note("On 1 October 2021, PNP officers shot dead a suspected drug dealer during an "
         "anti-drug operation in Caloocan (Metropolitan Manila).",
         VAC, ATTACK, "Police Forces of the Philippines (2016-2022)", "Civilians (Philippines)",
         1),
    Note("On 28 August 2021, Abu Sayyaf militants abducted 2 fishermen in Patikul (Sulu).",
         VAC, ABDUCTION, "Abu Sayyaf Group", "Civilians (Philippines)", 0),
    Note("On 17 June 2022, BIFF militants clashed with soldiers in Datu Saudi Ampatuan "
         "(Maguindanao). 4 BIFF militants were killed.",
         BATTLE, CLASH, "BIFF: Bangsamoro Islamic Freedom Fighters",
         "Military Forces of the Philippines (2016-2022)", 4),
    Note("On 11 March 2023, suspected BRN insurgents detonated a roadside bomb targeting a "
         "ranger patrol in Rueso (Narathiwat), wounding 3 rangers.",
         ERV, IED, "BRN: Barisan Revolusi Nasional", "Military Forces of Thailand (2019-)", 0),
    Note("On 16 April 2023, TPNPB rebels attacked TNI soldiers in Mugi (Nduga, Highland "
         "Papua). 6 soldiers were killed.",
         BATTLE, CLASH, "TPNPB: West Papua National Liberation Army",
         "Military Forces of Indonesia (2014-)", 6),
    # --- Latin America
    Note("On 20 July 2022, ELN militants clashed with military forces in Tame (Arauca). "
         "3 soldiers and 2 ELN militants were killed.",
         BATTLE, CLASH, "ELN: National Liberation Army", "Military Forces of Colombia (2022-)", 5),
    Note("On 12 February 2021, FARC dissidents killed a social leader in Suarez (Cauca).",
         VAC, ATTACK, "FARC Dissident Military Forces", "Civilians (Colombia)", 1),
    Note("On 5 May 2021, protesters clashed with ESMAD officers in Cali (Valle del Cauca) and "
         "threw stones at them; police fired tear gas.",
         RIOT, VIOLENT_DEMO, "Rioters (Colombia)", "Police Forces of Colombia (2018-2022)", 0),
    Note("On 9 January 2024, Clan del Golfo gunmen killed 3 civilians in Taraza (Antioquia).",
         VAC, ATTACK, "AGC: Gaitanist Self-Defense Forces of Colombia", "Civilians (Colombia)",
         3),
    Note("On 14 October 2019, CJNG gunmen ambushed a state police convoy in El Aguaje "
         "(Aguililla, Michoacan), killing 13 police officers.",
         BATTLE, CLASH, "CJNG: Jalisco New Generation Cartel",
         "Police Forces of Mexico (2018-2024)", 13),
    Note("On 22 May 2021, unidentified gunmen killed a local businessman in Ciudad Obregon "
         "(Cajeme, Sonora).",
         VAC, ATTACK, "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", 1),
    Note("On 17 October 2019, Sinaloa Cartel gunmen clashed with soldiers in Culiacan "
         "(Culiacan, Sinaloa). 8 gunmen and 1 soldier were killed.",
         BATTLE, CLASH, "Sinaloa Cartel", "Military Forces of Mexico (2018-2024)", 9),
    Note("On 26 September 2022, hundreds of people marched in Mexico City (Ciudad de Mexico) "
         "to demand justice for the 43 Ayotzinapa students. [size=hundreds]",
         PROTEST, PEACEFUL, "Protesters (Mexico)", None, 0),
    Note("On 6 May 2021, police forces raided the Jacarezinho favela in Rio de Janeiro (Rio de "
         "Janeiro) and clashed with Comando Vermelho gang members. 27 gang members and 1 "
         "police officer were killed.",
         BATTLE, CLASH, "Police Forces of Brazil (2019-2022)", "CV: Red Command", 28),
    Note("On 8 January 2023, supporters of the former president stormed the Congress building "
         "in Brasilia (Distrito Federal) and vandalised it.",
         RIOT, VIOLENT_DEMO, "Rioters (Brazil)", None, 0),
    Note("On 14 March 2018, unidentified gunmen shot dead a city councillor and her driver in "
         "Rio de Janeiro (Rio de Janeiro).",
         VAC, ATTACK, "Unidentified Armed Group (Brazil)", "Civilians (Brazil)", 2),
    Note("On 23 January 2019, thousands of opposition supporters protested in Caracas "
         "(Libertador, Capital District) against the government. [size=thousands]",
         PROTEST, PEACEFUL, "Protesters (Venezuela)", None, 0),
    Note("On 24 April 2024, Viv Ansanm gang members attacked the Solino neighbourhood "
         "(Port-au-Prince, Ouest), killing 5 residents.",
         VAC, ATTACK, "Viv Ansanm", "Civilians (Haiti)", 5),
    Note("On 9 January 2024, Los Choneros gang members stormed a television station in "
         "Guayaquil (Guayas) and took its staff hostage.",
         VAC, ABDUCTION, "Los Choneros", "Civilians (Ecuador)", 0),
    # --- Ukraine, Russia, Caucasus, Turkey, Europe
    Note("On 24 February 2022, Russian forces shelled Kharkiv (Kharkivskyi, Kharkiv), killing "
         "6 civilians.",
         ERV, SHELL, "Military Forces of Russia (2000-)", "Civilians (Ukraine)", 6),
    Note("On 10 October 2022, Russian forces launched missiles at Kyiv (Kyiv City), killing "
         "8 civilians.",
         ERV, SHELL, "Military Forces of Russia (2000-)", "Civilians (Ukraine)", 8),
    Note("On 3 July 2023, Russian and Ukrainian forces clashed near Klishchiivka (Bakhmutskyi, "
         "Donetsk). Casualties unknown.",
         BATTLE, CLASH, "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)",
         0),
    Note("On 30 May 2023, Ukrainian drones struck residential buildings in Moscow (Moscow), "
         "injuring 2 civilians.",
         ERV, AIR, "Military Forces of Ukraine (2019-)", "Civilians (Russia)", 0),
    Note("On 20 September 2022, around 50 people protested in Moscow (Moscow) against the "
         "mobilisation; police detained 20 protesters. [size=around 50]",
         PROTEST, INTERVENTION, "Protesters (Russia)", "Police Forces of Russia (2000-)", 0),
    Note("On 13 September 2022, Azerbaijani forces shelled Jermuk (Vayots Dzor), killing 2 "
         "Armenian soldiers.",
         ERV, SHELL, "Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)",
         2),
    Note("On 13 November 2022, a bomb exploded on Istiklal Avenue in Istanbul (Beyoglu, "
         "Istanbul), killing 6 civilians.",
         ERV, IED, "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", 6),
    Note("On 1 May 2023, protesters threw projectiles at police in Paris (Paris, "
         "Ile-de-France) during May Day marches against the pension reform; police fired tear "
         "gas.",
         RIOT, VIOLENT_DEMO, "Rioters (France)", "Police Forces of France (2017-)", 0),
]
