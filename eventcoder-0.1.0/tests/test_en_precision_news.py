"""English precision on ordinary news: words that also tell a political-violence event stand
in news of disease, names and business, where they tell none. The texts are written for
these tests in the style of wire news."""

from __future__ import annotations

from coding import coder

code_en, only_en = coder("en", "2022-05-16")  # a Monday


def test_people_who_died_are_no_doers_of_an_attack() -> None:
    text = ("At least 35 people, mostly young children, have become ill and three babies died "
            "in Pingliang city on Saturday after drinking contaminated milk, officials said.")
    assert code_en(text) == []


def test_deaths_of_officers_tell_no_clash() -> None:
    text = ("Two police officers died in Carmarthen on Sunday. Police said the deaths are "
            "being treated as unexplained.")
    assert code_en(text) == []


def test_a_new_report_of_deaths_needs_a_doer_too() -> None:
    text = ("Pigs on the farms died faster than usual. Meanwhile, in Mindanao, at least 50 "
            "pigs died this week due to infections.")
    assert code_en(text) == []


def test_civilians_killed_by_a_named_doer_are_still_an_attack() -> None:
    text = ("Three villagers died in Maiduguri on Saturday when Boko Haram militants "
            "attacked the market, police said.")
    event = only_en(text)
    assert event.sub_event_type == "Attack"


def test_soldiers_who_died_at_the_hands_of_rebels_stay_a_battle_side() -> None:
    text = ("Five soldiers died in Kidal on Sunday after rebels ambushed their convoy, "
            "the army said.")
    event = only_en(text)
    assert event.event_type == "Battles"


def test_children_who_died_of_a_poisoned_cake_were_attacked() -> None:
    text = ("At least two children in Baghdad, Iraq have died after eating cake poisoned with "
            "thallium on Saturday, police said.")
    event = only_en(text)
    assert (event.sub_event_type, event.actor1) == ("Attack", None)
    assert event.actor2 == "Civilians (Iraq)"


def test_an_event_word_in_a_name_tells_no_event() -> None:
    text = ("Tunisia worked with the United States on Monday as the Government of National "
            "Accord in Libya launched a new operation. The cases came from the Nandurbar "
            "Slaughter House in Maharashtra on Sunday.")
    assert code_en(text) == []


def test_a_capitalised_event_word_opening_a_clause_or_a_headline_still_counts() -> None:
    text = ("Suicide Bomber Kills 12 At Kabul Market\nA suicide bomber killed 12 people at a "
            "market in Kabul on Sunday, police said.")
    assert only_en(text).sub_event_type == "Suicide bomb"
    quoted = 'Police said: "Attackers stormed the village of Bama on Sunday and killed ten."'
    assert only_en(quoted).event_type == "Violence against civilians"


def test_a_capital_alone_is_no_name_and_swapped_prisoners_are_an_agreement() -> None:
    chlorine = ("Militants shelled government troops near Idlib on Sunday with mortars filled "
                "with Chlorine gas, the army said.")
    assert only_en(chlorine).sub_event_type == "Chemical weapon"
    swap = ("Six more prisoners were swapped on Monday between the Government of National "
            "Accord and the eastern-based forces in Libya.")
    assert only_en(swap).sub_event_type == "Agreement"


def test_what_someone_pushes_for_hopes_for_or_acts_to_prevent_has_not_happened() -> None:
    assert code_en("The government pushed for a withdrawal of troops from Kidal on Monday, "
                   "officials said.") == []
    assert code_en("The minister is optimistic that a ceasefire with the rebels can be signed "
                   "in Juba on Monday.") == []
    events = code_en("Soldiers were deployed to Kidal on Monday to prevent clashes between "
                     "rival militias.")
    assert "Armed clash" not in {e.sub_event_type for e in events}




def test_a_deal_with_no_party_named_is_no_agreement() -> None:
    text = ("Trudeau signed the deal with EU leaders in Brussels on Sunday, but not before a "
            "region of Belgium had to be cajoled out of using a veto.")
    assert code_en(text) == []
    deal = only_en("The army and the rebels signed a ceasefire in Juba on Monday.")
    assert deal.sub_event_type == "Agreement"


def test_a_tally_over_months_or_a_summer_is_background() -> None:
    text = ("Rival drug gang violence in Mexico has resulted in 2,300 fatalities in the first "
            "five months of this year, officials said on Monday.")
    assert code_en(text) == []
    assert code_en("Germany suffered a spate of attacks in Bavaria over the summer, killing "
                   "ten people.") == []


def test_violence_with_no_crowd_is_no_riot() -> None:
    text = ("The United Nations launched an appeal for 42 million dollars on Monday to assist "
            "victims of post-election violence in Kenya.")
    assert code_en(text) == []
    crowd = only_en("Youths pulled down the fence of the university in Owerri on Monday.")
    assert crowd.sub_event_type == "Violent demonstration"
