"""English local news (issue 11, precision): a motive the police deny frames a crime, a police
shooting of a man who is no armed side is no clash, and a protest that "will take place on
Saturday" is a plan. Each no-event case has a twin that still codes the event. The texts are
written for these tests."""

from __future__ import annotations

from coding import coder

code_en, only_en = coder("en", "2023-05-02")  # a Tuesday

STABBING = ("A teenager was stabbed to death on a bus in Croydon on Monday afternoon, the "
            "Metropolitan Police said. Two boys, aged 15 and 16, have been arrested. {motive}")


def test_a_stabbing_whose_terror_motive_police_deny_is_no_event() -> None:
    text = STABBING.format(motive="Police said the attack was not thought to be linked to "
                                  "terrorism.")
    assert code_en(text) == []


def test_the_same_stabbing_police_treat_as_terrorism_is_an_attack() -> None:
    text = STABBING.format(motive="Police said they were treating the attack as terrorism.")
    assert only_en(text).sub_event_type == "Attack"


def test_a_ramming_not_treated_as_terror_related_is_no_event() -> None:
    text = ("Two people were killed and five injured when a car ploughed into pedestrians in "
            "Glasgow on Saturday night. Police said the driver had been arrested and that the "
            "crash was not being treated as terror-related.")
    assert code_en(text) == []


def test_a_motive_police_have_not_ruled_out_is_no_denial() -> None:
    text = STABBING.format(motive="Police said they had not ruled out terrorism.")
    assert only_en(text).sub_event_type == "Attack"


def test_a_motive_police_have_ruled_out_is_denied() -> None:
    text = STABBING.format(motive="Police said they had ruled out terrorism.")
    assert code_en(text) == []


def test_a_police_shooting_of_a_man_with_a_gun_is_no_clash() -> None:
    text = ("A Baltimore police officer shot and wounded a man who pointed a handgun at "
            "officers during a foot chase in West Baltimore on Monday afternoon, the "
            "department said. The man was taken to hospital in serious condition.")
    assert code_en(text) == []


def test_police_exchanging_fire_with_gunmen_is_still_a_clash() -> None:
    text = ("Police exchanged fire with gunmen who attacked a police station in Maiduguri on "
            "Monday, killing two attackers, officials said.")
    events = code_en(text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


PROTEST = ("A protest against the closure of the maternity unit {verb} on Saturday outside "
           "Whiston Hospital, organisers said. Campaigners {tense} hundreds of people.")


def test_a_protest_that_will_take_place_on_saturday_is_a_plan() -> None:
    assert code_en(PROTEST.format(verb="will take place", tense="expect")) == []


def test_a_protest_that_took_place_on_saturday_is_news() -> None:
    event = only_en(PROTEST.format(verb="took place", tense="said it drew"))
    assert event.sub_event_type == "Peaceful protest"
    assert event.date_start == "2023-04-29"


def test_a_man_shot_by_city_police_names_the_police_as_doer_and_is_no_clash() -> None:
    # "by Toronto police": the city's name stands between the agent cue and the force
    text = ("A 37-year-old man was shot and wounded by Toronto police in Scarborough on "
            "Thursday morning after he threatened residents with a knife, police said.")
    assert code_en(text) == []


def test_police_involved_deaths_make_the_police_no_victim() -> None:
    # "police-involved": a modifier, so the police are not hit and stand alone
    text = ("Officers fatally shot a man carrying a metal pipe in Brooklyn on Wednesday, the "
            "latest of several police-involved deaths this year.")
    assert code_en(text) == []


def test_a_vigil_for_the_victims_of_a_past_shooting_is_no_protest() -> None:
    text = ("Hundreds of people attended a vigil in Halifax on Sunday for the victims of the "
            "2020 Nova Scotia mass shooting, in which a gunman killed 22 people.")
    assert code_en(text) == []


def test_a_vigil_demanding_action_is_still_a_protest() -> None:
    text = ("Hundreds of people held a vigil outside City Hall in Halifax on Sunday, "
            "demanding stricter gun laws.")
    assert only_en(text).sub_event_type == "Peaceful protest"


def test_anti_social_behaviour_is_no_riot() -> None:
    text = ("Residents of a street in Sunderland say they live in fear after a spate of "
            "anti-social behaviour, including youths throwing stones at windows and setting "
            "fire to wheelie bins on Saturday night.")
    assert code_en(text) == []


def test_remarks_made_at_a_rally_tell_no_protest() -> None:
    text = ("The Election Commission on Monday issued a notice to a candidate over remarks "
            "made at a rally in west Delhi and asked him to reply within 24 hours.")
    assert code_en(text) == []


def test_a_rally_against_a_law_is_a_protest() -> None:
    text = "Thousands of people held a rally in west Delhi on Monday against the new law."
    assert only_en(text).sub_event_type == "Peaceful protest"


def test_a_stabbing_with_a_murder_investigation_and_an_appeal_is_no_event() -> None:
    text = ("A 16-year-old boy was stabbed to death in a park in Nottingham on Saturday "
            "evening, police said. A murder investigation has been launched, and officers are "
            "appealing for witnesses.")
    assert code_en(text) == []


def test_a_police_raid_seizing_guns_from_a_suspect_is_no_attack() -> None:
    text = ("Police seized 14 firearms and 3,000 rounds of ammunition in a raid on a house in "
            "Bolton on Thursday. A 41-year-old man was arrested on suspicion of possessing "
            "firearms.")
    assert code_en(text) == []


def test_a_lone_gunman_the_police_stopped_committed_an_attack_on_civilians() -> None:
    text = ("A gunman opened fire at a shopping mall in Allen, Texas, on Saturday, killing "
            "eight people before he was shot dead by a police officer. Investigators said the "
            "gunman had expressed white supremacist views.")
    event = only_en(text)
    assert event.sub_event_type == "Attack"
    assert (event.actor1 or "").startswith("Sole Perpetrator")
    assert (event.actor2 or "").startswith("Civilians")


def test_a_lone_gunman_who_fired_on_the_police_fought_them() -> None:
    text = ("A gunman opened fire on police officers outside a police station in Allen, Texas, "
            "on Saturday, wounding two officers before he was shot dead. Investigators said "
            "the gunman had expressed white supremacist views.")
    assert only_en(text).sub_event_type == "Armed clash"


def test_cartridges_found_where_a_man_was_shot_are_no_weapons_seizure() -> None:
    text = ("Two men on a motorcycle shot dead a village headman in Yala on Monday night. "
            "Police found 9mm cartridges nearby and believe insurgents were behind the killing.")
    assert [e.sub_event_type for e in code_en(text)] == ["Attack"]


def test_destruction_the_police_will_not_allow_makes_no_riot() -> None:
    text = ("About 200 people marched in Nairobi on Wednesday, and police dispersed them with "
            "teargas. The police commander said officers would not allow the destruction of "
            "property.")
    assert only_en(text).sub_event_type == "Protest with intervention"


def test_vehicles_withdrawn_from_the_roads_are_no_territory_handed_over() -> None:
    text = ("Matatu operators withdrew their vehicles in Nairobi on Wednesday. About 200 people "
            "marched towards parliament, where police dispersed them with teargas.")
    assert only_en(text).sub_event_type == "Protest with intervention"


def test_police_in_a_city_who_said_something_are_its_speaker_not_a_side() -> None:
    text = ("Police in Springfield said a 17-year-old was killed and three others wounded when "
            "gunmen opened fire on a group of people at a basketball court on Sunday evening. "
            "Police Commissioner Jane Doe said the shooting was part of a gang war.")
    event = only_en(text)
    assert event.sub_event_type == "Attack"
    assert "Police" not in (event.actor1 or "") + (event.actor2 or "")


def test_immigration_raid_arrests_are_no_political_arrests() -> None:
    text = ("ICE agents arrested 15 people in immigration raids across Houston on Thursday, the "
            "agency said.")
    assert code_en(text) == []


def test_mass_arrests_at_a_protest_against_the_raids_stay_coded() -> None:
    text = ("Police arrested 15 protesters who blocked a road outside an immigration office in "
            "Houston on Thursday.")
    assert len(code_en(text)) == 1


def test_missiles_let_off_at_a_team_bus_are_no_missile_attack() -> None:
    text = ("Footage showed the bus engulfed in red smoke after the missiles were let off by "
            "fans outside the stadium in Liverpool on Wednesday evening.")
    assert not [e for e in code_en(text) if e.event_type == "Explosions/Remote violence"]


def test_police_who_exchanged_fire_with_unnamed_gunmen_fought_a_clash() -> None:
    text = ("Police exchanged fire with suspected kidnappers in Kaduna on Saturday, rescuing two "
            "victims.")
    assert only_en(text).sub_event_type == "Armed clash"


def test_police_officers_who_shot_a_gunman_are_one_doer_and_the_attack_stays() -> None:
    text = ("A gunman killed three people at a synagogue in Pittsburgh on Saturday before police "
            "officers shot and wounded him. Prosecutors said the attack was antisemitic.")
    event = only_en(text)
    assert event.sub_event_type == "Attack"
    assert (event.actor2 or "").startswith("Civilians")
