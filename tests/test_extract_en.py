"""English extraction: sub-types, roles, passives, numbers, claims, modality and dates."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.records import ACLED_TYPES

code, only = coder("en", "2021-03-08")


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("Taliban fighters clashed with Afghan soldiers near Ghazni on Saturday.", "Armed clash"),
        ("Government forces recaptured the town of Palmyra from Islamic State militants.",
         "Government regains territory"),
        ("Al-Shabaab militants seized control of the town of Mahaday.",
         "Non-state actor overtakes territory"),
        ("Russian warplanes struck the village of Kafr Nabl, killing six civilians.",
         "Air/drone strike"),
        ("A suicide bomber blew himself up at a market in Maiduguri.", "Suicide bomb"),
        ("Militants fired mortar shells at the town of Gao.",
         "Shelling/artillery/missile attack"),
        ("A roadside bomb killed four soldiers in Helmand province.",
         "Remote explosive/landmine/IED"),
        ("Unknown assailants hurled a grenade at a police station in Kinshasa.", "Grenade"),
        ("Dozens of civilians died in a chlorine gas attack in Douma.", "Chemical weapon"),
        ("Gunmen shot dead five villagers in the village of Dogo.", "Attack"),
        ("Boko Haram abducted twelve students in Chibok.", "Abduction/forced disappearance"),
        ("Soldiers raped women in Beni, witnesses said.", "Sexual violence"),
        ("Thousands of people marched in London on Saturday against the war.",
         "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in Nairobi on Monday.",
         "Protest with intervention"),
        ("Security forces opened fire on peaceful protesters in Basra, killing three.",
         "Excessive force against protesters"),
        ("Rioters torched cars and threw stones at police in Belfast.", "Violent demonstration"),
        ("An angry mob lynched a suspected thief in the village of Kano.", "Mob violence"),
        ("Police arrested the opposition leader in Kampala on Friday.", "Arrests"),
        ("The warring parties signed a ceasefire agreement in Khartoum.", "Agreement"),
        ("Soldiers looted shops in the town of Beira.", "Looting/property destruction"),
        ("Police defused a bomb planted near a church in Lahore.", "Disrupted weapons use"),
        ("Turkish forces established a new military base near the town of Ain Issa.",
         "Headquarters or base established"),
        ("Government troops withdrew from the town of Gofgadud without a fight.",
         "Non-violent transfer of territory"),
        ("Some 300 rebel fighters defected to the government in Unity State.",
         "Change to group/activity"),
    ],
)
def test_sub_types(sentence: str, sub_type: str) -> None:
    event = only(sentence)
    assert event.sub_event_type == sub_type
    assert sub_type in ACLED_TYPES[event.event_type]


def test_passive_by_makes_the_agent_actor1() -> None:
    event = only("Two Nigerian soldiers were killed by Boko Haram militants near Maiduguri.")
    assert event.actor1.startswith("Boko Haram")
    assert event.actor2 == "Military Forces of Nigeria"
    assert event.fatalities == 2


def test_active_voice_subject_then_object() -> None:
    event = only("Houthi rebels attacked Saudi troops near the border town of Najran.")
    assert event.actor1 == "Ansar Allah (Houthis)" and event.inter1 == 2
    assert event.actor2 == "Military Forces of Saudi Arabia" and event.inter2 == 1
    assert event.interaction == 12
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("phrase", "count"),
    [("at least 25 people were killed", 25), ("twenty-five people were killed", 25),
     ("dozens of people were killed", 12), ("10 to 15 people were killed", 10),
     ("1,200 people were killed", 1200), ("more than a dozen people were killed", 12)],
)
def test_numbers(phrase: str, count: int) -> None:
    event = only(f"Gunmen attacked the village of Dogo on Sunday; {phrase}.")
    assert event.fatalities == count


def test_injured_and_explicit_zero() -> None:
    event = only("A rocket hit a house in Sderot on Monday. Seven people were injured; "
                 "no one was killed.")
    assert (event.fatalities, event.injured) == (0, 7)


def test_army_claim_about_enemy_losses_is_a_claim() -> None:
    event = only("Fighting broke out in the town of Marawi on Monday. The army said it "
                 "killed 30 enemy fighters in the clashes.")
    assert event.fatalities is None
    (claim,) = event.fatalities_claimed
    assert claim.low == 30 and "Military Forces" in claim.claimant


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The Taliban threatened to attack the city of Kandahar.", "hypothetical"),
        ("The army denied that it bombed the town of Idlib.", "denied"),
        ("It is feared that militants will attack the town of Gao.", "feared"),
        ("The massacre in Srebrenica in 1995 killed 8,000 men and boys.", "historical"),
    ],
)
def test_non_real_modalities_are_held_back(sentence: str, modality: str) -> None:
    assert code(sentence) == []
    assert [e.modality for e in code(sentence, all_modalities=True)] == [modality]


def test_negation_and_hedge() -> None:
    assert code("There was no attack on the town of Gao.") == []
    plain = only("Militants attacked a police post in Gao on Sunday.")
    hedged = only("Militants reportedly attacked a police post in Gao on Sunday.")
    assert hedged.modality == "reported" and hedged.confidence < plain.confidence


def test_weekday_and_relative_dates() -> None:
    event = only("Protesters marched in Lagos on Saturday.")  # published Monday 8 March
    assert (event.date_start, event.time_precision) == ("2021-03-06", 1)
    event = only("Protesters marched in Lagos yesterday.")
    assert (event.date_start, event.date_end) == ("2021-03-07", "2021-03-07")
    event = only("Protesters marched in Lagos on March 2.")
    assert event.date_start == "2021-03-02"


def test_place_cues() -> None:
    event = only("Militants attacked a checkpoint near Kunduz in Kunduz province.")
    cues = {p.text: p.cue for p in event.place_candidates}
    assert cues.get("Kunduz") == "near"


def test_non_conflict_news_gives_nothing() -> None:
    assert code("A gas cylinder explosion in a restaurant killed three people.") == []
    assert code("The minister said the economy grew by three percent.") == []


# --- refinements from ACLED's codebook ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("Ten rebels surrendered to security forces in Sirnak province on Sunday.", "Agreement"),
        ("US forces have withdrawn troops from a key base south of the border.",
         "Change to group/activity"),
        ("Government forces withdrew from the town of Marka, leaving it to al-Shabaab.",
         "Non-violent transfer of territory"),
        ("Rebels fired a rocket-propelled grenade at an army helicopter near Gao.",
         "Shelling/artillery/missile attack"),
        ("Police suppressed a peaceful student demonstration in Izmir on Tuesday.",
         "Protest with intervention"),
        ("Police fired tear gas to disperse protesters in Beirut, and dozens of people "
         "were injured.", "Excessive force against protesters"),
        ("Protesters blocked roads and railways across the country to protest the farm bills.",
         "Violent demonstration"),
        ("An improvised explosive device exploded while soldiers tried to defuse it in "
         "Kandahar, killing 16 people.", "Remote explosive/landmine/IED"),
        ("Soldiers found and defused an improvised explosive device near the airport.",
         "Disrupted weapons use"),
        ("Thousands held a candlelight vigil in Yangon for the victims.", "Peaceful protest"),
    ],
)
def test_codebook_refinements(sentence: str, sub_type: str) -> None:
    assert only(sentence).sub_event_type == sub_type


def test_a_blocker_shared_by_two_labels_blocks_both() -> None:
    """"in response to" blocks an attack reading and a chemical-weapon reading alike."""
    text = ("Canada announced new sanctions today in response to the alleged chemical "
            "weapons attack.")
    assert code(text) == []


def test_spokesman_of_the_army_is_a_source_not_the_taker() -> None:
    text = "An army spokesman said that militants have taken over four villages in the district."
    event = only(text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 != "Military Forces"


def test_robbery_is_no_political_arrest_but_a_killing_beside_it_still_codes() -> None:
    assert code("Police arrested two men after a bank robbery in Lagos on Monday.") == []
    event = only("Vigilantes killed six men they accused of robberies in Veracruz.")
    assert event.event_type in ("Riots", "Violence against civilians")


def test_summary_note_is_regenerated_from_the_record_alone() -> None:
    from eventcoder.extract.notes import summary_note

    event = only("Gunmen shot dead five villagers in the village of Dogo on Saturday.",
                 published="2021-03-08")
    event.location = "Dogo"
    event.fatalities = 7  # as a merge with a later report would leave it
    note = summary_note(event)
    assert "in Dogo" in note and "7 fatalities" in note and note.startswith("On 6 March 2021")


def test_claim_of_responsibility_joins_the_attack_told_before() -> None:
    text = ("Gunmen attacked a checkpoint in Maiduguri on Monday, killing four soldiers. On "
            "Tuesday Boko Haram claimed responsibility for the attack on the checkpoint.")
    events = code(text, published="2021-03-10", all_modalities=True)
    assert len(events) == 1
    assert events[0].date_start == "2021-03-08" and events[0].fatalities == 4


def test_claim_of_responsibility_alone_is_a_claim_not_a_new_event() -> None:
    text = "The Islamic State group claimed responsibility for the suicide bombing in Kabul."
    assert code(text, published="2021-03-10") == []
    (event,) = code(text, published="2021-03-10", all_modalities=True)
    assert event.sub_event_type == "Suicide bomb" and event.modality == "claimed"


def test_a_claim_that_tells_the_attacks_toll_codes_the_attack_to_the_claimant() -> None:
    """The bombing that killed 20 happened; the group that claims it is coded as its doer
    (as ACLED does), and the toll is the reporter's, not a claim."""
    text = ("The Islamic State group claimed responsibility for the suicide bombing in "
            "Kabul that killed 20 people.")
    (event,) = code(text, published="2021-03-10")
    assert (event.sub_event_type, event.modality, event.fatalities) == (
        "Suicide bomb", "reported", 20)
    assert event.actor1.startswith("Islamic State") and not event.fatalities_claimed


def test_an_article_is_no_count_beside_a_real_one() -> None:
    assert only("A suicide bomber killed 12 people at a market in Kabul.").fatalities == 12
    assert only("A soldier was killed in an ambush in Gao.").fatalities == 1


def test_a_written_out_date_dates_an_event_in_an_undated_article() -> None:
    from eventcoder.extract import extract_events
    from eventcoder.records import Article

    text = ("A bomb exploded in Cairo on Sunday, killing 25 people. The photo shows the church "
            "after the explosion on December 11, 2016, in Cairo's Abbasiya neighbourhood.")
    [event] = extract_events(Article(id="t", text=text, language="en"))
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2016-12-11", "2016-12-11", 1)
    [vague] = extract_events(Article(id="t", text="A bomb exploded in Cairo on Sunday, "
                                     "killing 25 people.", language="en"))
    assert vague.date_start is None  # "Sunday" names no day without a publication date


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # the attacker is driven out: a repelled attack, not the attacker taking ground
        ("Islamic State fighters attacked the town of Baiji on Saturday. Iraqi troops drove the "
         "militants out of Baiji by the end of the day.", "Armed clash"),
        ("Al-Shabaab militants stormed Afgooye on Monday. Somali soldiers pushed the "
         "militants out of Afgooye hours later.", "Armed clash"),
        # the state drives the others out of a town they held: the state regains it
        ("Iraqi troops drove Islamic State militants out of Baiji on Saturday.",
         "Government regains territory"),
    ],
)
def test_a_territory_word_against_the_attacker_never_credits_him_the_ground(text, sub_type):
    events = code(text)
    assert events and {e.sub_event_type for e in events} == {sub_type}
    assert "Non-state actor overtakes territory" not in {e.sub_event_type for e in events}


def test_an_undated_text_is_bounded_by_the_latest_year_it_tells() -> None:
    """Without a publication date, "the 2015 attacks" in a text that tells 2018 are history,
    as they are in an article published in 2018; with no later year they may be news."""
    text = ("Militants attacked a police post in Sousse in 2015, killing two officers. "
            "The minister visited the town in March 2018.")
    assert code(text, published=None) == []
    assert code(text, published="2018-03-20") == []
    alone = "Militants attacked a police post in Sousse in 2015, killing two officers."
    [event] = code(alone, published=None)
    assert event.modality == "reported"


def test_a_rally_called_for_a_weekday_is_a_plan() -> None:
    """"called another rally for Sunday": the weekday ahead is the plan's, not news."""
    text = "Opposition groups have called another rally outside parliament in Tbilisi for Sunday."
    assert code(text) == []
    (event,) = code(text, all_modalities=True)
    assert event.modality == "hypothetical"


def test_a_weekday_a_noun_owns_after_for_is_no_plan() -> None:
    """"blamed ... for Sunday's bombing": the weekday dates the bombing, which happened."""
    events = code("Police blamed the group for Sunday's bombing in Kabul, which killed 12 people.")
    assert [e.modality for e in events] == ["reported"]
