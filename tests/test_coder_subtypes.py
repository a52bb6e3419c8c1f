"""Sub-types: the pack's resolution rules read over a draft and its sides."""

from __future__ import annotations

import pytest

from coder_phases import drafts
from eventcoder.extract.coding import continued
from eventcoder.extract.coding.sides import actors, event_country
from eventcoder.extract.coding.subtypes import in_arrest_scope, resolve, sub_event_type


def _sub(text: str, lang: str = "en") -> str | None:
    ctx, [d] = drafts(text, lang)
    d = continued(ctx, d)
    return sub_event_type(ctx, d, actors(ctx, d, *event_country(ctx, d)))


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen attacked a market in Kano on Monday.", "Attack"),
    ("Gunmen attacked an army checkpoint in Kano on Monday.", "Armed clash"),
    # tear gas disperses a crowd: an intervention (ACLED's excessive force is lethal force or
    # force that seriously injures)
    ("Hundreds of people protested in Algiers on Friday. Police fired tear gas at the crowd.",
     "Protest with intervention"),
    ("Hundreds of people protested in Algiers on Friday.", "Peaceful protest"),
])
def test_the_target_and_the_refiners_make_the_sub_type(text, sub):
    assert _sub(text) == sub


def test_a_sub_type_label_is_itself_and_a_pseudo_label_needs_its_sides():
    ctx, [d] = drafts("Gunmen attacked a market in Kano on Monday.")
    assert resolve(ctx, "Peaceful protest", None, None, d) == "Peaceful protest"
    assert resolve(ctx, "@attack", None, None, d) == "Attack"  # the market is civilian


def test_an_arrest_is_an_event_only_of_the_people_the_codebook_names_or_of_many():
    for text, expected in [("Police arrested a man in Paris on Monday.", False),
                           ("Police arrested 400 protesters in Paris on Monday.", True)]:
        ctx, [d] = drafts(text)
        arrests = [m.label for m in d.mentions if m.label == "Arrests"]
        assert arrests, "the test needs an arrest"
        sides = actors(ctx, d, *event_country(ctx, d))
        assert in_arrest_scope(ctx, "Arrests", [sides.actor1, sides.actor2], d) is expected
    ctx, [d] = drafts("Police arrested a man in Paris on Monday.")
    assert in_arrest_scope(ctx, "Armed clash", [], d)  # other sub-types are not its business


@pytest.mark.parametrize(("text", "sub"), [
    # grenades thrown in a gunfight between armed sides: ACLED codes the battle
    ("A three-hour gun battle between soldiers and cartel gunmen left 12 dead in Reynosa on "
     "Saturday. The gunmen threw hand grenades at the troops.", "Armed clash"),
    # a grenade thrown at a police station, with no fight told: the grenade attack
    ("Gunmen hurled a grenade at a police station in Reynosa on Saturday, wounding three "
     "officers.", "Grenade"),
])
def test_grenades_in_a_gun_battle_are_the_battle(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # residents or locals (civilians by the actor table) who attack people are a mob, not an
    # armed group: ACLED codes mob violence
    ("Angry locals attacked two traders in Kisii on Monday, killing both.", "Mob violence"),
    # villagers who trade gunfire are armed: a clash
    ("Villagers of two clans exchanged gunfire in Kisii on Monday, leaving three dead.",
     "Armed clash"),
    # civilians as the target stay civilians, and a civilian doer no crowd noun names no mob
    ("Gunmen attacked villagers in Kaduna on Monday, killing 10.", "Attack"),
])
def test_civilians_a_crowd_noun_names_as_doers_are_a_mob(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # raids in which people were arrested, or made to arrest, are the arrests' operation
    ("Troops arrested more than 100 Kenyans during large-scale raids in Mandera on Monday.",
     "Arrests"),
    ("Soldiers have taken dozens of Kenyans in a series of raids in Mandera, police said on "
     "Monday.", "Arrests"),
    ("Police are conducting raids to detain opposition activists in Mandera on Monday.",
     "Arrests"),
])
def test_raids_that_arrest_are_arrests(text, sub):
    assert _sub(text) == sub


def test_the_occupied_territories_take_no_ground():
    # "the occupied" is an adjective of a standing occupation: no @territory word; the raid
    # itself stays the event
    ctx, [d] = drafts("Soldiers raided a house in the occupied territories on Monday.")
    assert "@territory" not in {m.label for m in d.mentions}


def test_a_country_s_people_counted_make_a_mass_arrest():
    ctx, [d] = drafts("Police arrested 40 Kenyans in Paris on Monday.")
    sides = actors(ctx, d, *event_country(ctx, d))
    assert in_arrest_scope(ctx, "Arrests", [sides.actor1, sides.actor2], d)


@pytest.mark.parametrize(("text", "sub"), [
    # checkpoints overrun in an attack on the police: the battle, no town changed hands
    ("Taliban militants attacked and overran several checkpoints in Baghlan on Monday, "
     "killing 12 policemen.", "Armed clash"),
    # a town taken in the attack is the change of hands
    ("Taliban militants attacked and captured the town of Dahana in Baghlan on Monday.",
     "Non-state actor overtakes territory"),
])
def test_a_post_overrun_in_an_attack_is_the_battle(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # the rebels retreated after troops stormed the town: taken by force
    ("Government forces regained control of the town of Morek on Monday. The rebels "
     "retreated after troops stormed the town.", "Government regains territory"),
    # the rebels withdrew and nothing else was told: the ground changed hands without a fight
    ("Government forces regained control of the town of Morek on Monday after the rebels "
     "withdrew.", "Non-violent transfer of territory"),
    # a plain withdrawal word is weaker than a redeployment told with it
    ("Turkish forces are redeploying at observation points they had pulled out from in Idlib "
     "on Monday.", "Change to group/activity"),
])
def test_a_withdrawal_makes_a_capture_non_violent_only_without_violence(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # the group told only as the one pushed back lost the ground: the army regained it
    ("The Al-Nusra Front terrorists were pushed back from their strongholds near Aleppo on "
     "Monday.", "Government regains territory"),
    ("The army drove the rebels back from a key village near Hama on Monday, after fierce "
     "clashes.", "Government regains territory"),
    # pushed back with no place: an attack repelled, the clash stays
    ("Soldiers pushed back the rebels after fierce clashes near Hama on Monday.",
     "Armed clash"),
])
def test_the_side_pushed_back_from_a_place_lost_it(text, sub):
    assert _sub(text) == sub


def test_a_group_told_again_by_a_generic_word_fought_no_one():
    # "extremists" after "Islamic State group" is the group itself (rules.yaml
    # anaphoric_actors), not an armed side it fought: its dead are the civilians it attacked
    assert _sub("Islamic State group extremists hit a market in Kano on Monday, killing dozens "
                "of people and wounding many others, officials said.") == "Attack"


@pytest.mark.parametrize(("text", "sub"), [
    ("Two militants detonated explosives near a police post in Van on Monday, killing "
     "themselves.", "Suicide bomb"),
    ("Soldiers were engaged in a fire exchange with the militants in Mandera on Monday.",
     "Armed clash"),
])
def test_words_of_a_suicide_blast_and_a_fire_exchange(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # the arrest the protest follows is its grievance, not an intervention in it; "took
    # place in ... town" takes no ground
    ("A peaceful protest took place in Funtua town on Monday following the arrest of some "
     "local chiefs.", "Peaceful protest"),
    # an arrest at the protest stays the intervention
    ("Police arrested 40 protesters in Funtua town on Monday during a protest against the "
     "arrest of a local chief.", "Protest with intervention"),
])
def test_an_arrest_a_protest_is_about_is_its_grievance(text, sub):
    assert _sub(text) == sub


def test_a_progressive_after_was_is_active_and_its_subject_takes_the_ground():
    # "the army was purging them": a progressive, no passive (en grammar progressive_shape);
    # the army does it, so by_loser does not read it as the side that lost the ground
    ctx, ds = drafts("Scores of militants were killed as the army was purging them from the "
                     "villages near Hama on Monday.")
    [m] = [m for d in ds for m in d.mentions if m.label == "@territory"]
    assert [a.key for a in m.agents] == ["military"] and not m.targets
    assert _sub("Scores of militants were killed as the army was purging them from the "
                "villages near Hama on Monday.") == "Government regains territory"


def test_a_tank_attack_is_shelling():
    assert _sub("Six rangers were killed in a tank attack blamed on a militia in Masisi on "
                "Sunday.") == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "sub"), [
    # a rally set upon by people no armed actor names: a mob's violence
    ("A group of men attacked a peaceful rally in Lyon on Wednesday, injuring a dozen people.",
     "Mob violence"),
    # an armed group that attacks a rally attacks civilians
    ("Gunmen attacked a peaceful rally in Lyon on Wednesday, injuring a dozen people.",
     "Attack"),
])
def test_a_rally_set_upon_by_unnamed_people_is_mob_violence(text, sub):
    assert _sub(text) == sub

