"""ACLED actor conventions: role order by sub-type and the sides ACLED always names."""

from __future__ import annotations

import pytest

from eventcoder.extract import extract_events
from eventcoder.records import Article


def only(text: str, language: str):
    events = extract_events(
        Article(id="t", text=text, published="2021-03-08", language=language))
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "French police shot dead two demonstrators in Lyon on Saturday."),
        ("en", "Police fired tear gas at protesters in Lyon on Saturday; one demonstrator "
               "was seriously injured."),
        ("nl", "In Lyon sloeg de oproerpolitie zaterdag betogers met wapenstokken; een "
               "demonstrant liep een schedelbreuk op."),
    ],
)
def test_excessive_force_puts_the_state_force_first(language: str, text: str) -> None:
    ev = only(text, language)
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.inter1 == 1 and ev.actor1 and "Police" in ev.actor1
    assert ev.inter2 == 6 and ev.actor2 and ev.actor2.startswith("Protesters")
    assert ev.interaction == 16


def test_protest_with_intervention_keeps_the_crowd_first() -> None:
    ev = only("De Franse politie zette zaterdag in Lyon traangas in tegen demonstranten.", "nl")
    assert ev.sub_event_type == "Protest with intervention"
    assert (ev.actor1, ev.actor2) == ("Protesters (France)", "Police Forces of France")


@pytest.mark.parametrize(
    ("language", "text", "sub_type", "side", "name", "inter"),
    [
        ("en", "Thousands marched through Lyon on Saturday against the pension reform.",
         "Peaceful protest", "1", "Protesters", 6),
        ("nl", "Zaterdag liepen in Lyon duizenden mensen mee in een mars tegen de "
               "pensioenhervorming.", "Peaceful protest", "1", "Protesters", 6),
        ("nl", "Zaterdag braken er in Lyon rellen uit; winkels werden geplunderd.",
         "Violent demonstration", "1", "Rioters", 5),
        ("en", "Three people were stabbed to death in Marseille on Friday.",
         "Attack", "2", "Civilians", 7),
        ("nl", "Bij een aanslag in Marseille zijn vrijdag drie mensen doodgeschoten.",
         "Attack", "2", "Civilians", 7),
    ],
)
def test_implied_side_is_filled_without_evidence(
        language: str, text: str, sub_type: str, side: str, name: str, inter: int) -> None:
    """A protest without a named crowd still has protesters, an attack civilians; the
    filler is ACLED convention, so it cites no text."""
    ev = only(text, language)
    assert ev.sub_event_type == sub_type
    assert getattr(ev, f"actor{side}") == name  # no country in the text: no qualifier
    assert getattr(ev, f"inter{side}") == inter
    assert not [e for e in ev.evidence if e.field == f"actor{side}"]


@pytest.mark.parametrize(
    ("language", "text", "sub_type", "force_side"),
    [
        ("en", "Police opened fire on a protest march in Lyon on Saturday, killing two.",
         "Excessive force against protesters", "1"),
        ("en", "Riot police fired tear gas to disperse a march in Lyon on Saturday.",
         "Protest with intervention", "2"),
        ("nl", "De politie gebruikte zaterdag in Lyon traangas om een protestmars uiteen te "
               "drijven.", "Protest with intervention", "2"),
    ],
)
def test_force_alone_gets_the_implied_crowd_on_the_other_side(
        language: str, text: str, sub_type: str, force_side: str) -> None:
    ev = only(text, language)
    crowd_side = "2" if force_side == "1" else "1"
    assert ev.sub_event_type == sub_type
    assert getattr(ev, f"inter{force_side}") == 1
    assert getattr(ev, f"actor{crowd_side}") == "Protesters"
    assert ev.interaction == 16


def test_a_named_side_is_kept() -> None:
    ev = only("A gunman shot dead three people in a bar in Marseille on Friday.", "en")
    assert ev.sub_event_type == "Attack"
    assert ev.inter1 == 3 and ev.actor2 == "Civilians"
    assert [e.field for e in ev.evidence if e.field == "actor1"]


@pytest.mark.parametrize(
    ("language", "text", "victims"),
    [
        ("en", "A rocket hit a house in Sderot on Monday, injuring seven people.", "Civilians"),
        ("nl", "Bij een raketinslag in Sderot raakten maandag zeven mensen gewond.",
         "Civilians"),
        ("en", "Hamas fired rockets at Sderot on Monday, injuring seven people.", "Civilians"),
        ("en", "Two rockets landed in open ground near Sderot on Monday.", None),
        # the dead soldiers are the target, never the doer; no civilians are implied
        ("en", "A roadside bomb killed four soldiers in Helmand province.",
         "Unidentified Military Forces"),
    ],
)
def test_remote_violence_with_unnamed_casualties_hit_civilians(
        language: str, text: str, victims: str | None) -> None:
    """Only a toll of unnamed people makes civilians the target; no toll leaves actor2
    unknown, and named dead (soldiers) are the target themselves."""
    ev = only(text, language)
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.actor2 == victims


@pytest.mark.parametrize(
    "text",
    [
        # "van" after the target names its owner: the army is the attacked side
        "De Taliban hebben een post van het leger in Helmand aangevallen.",
        # "van" right after the event word names the doer
        "De aanval van de Taliban op een post van het leger in Helmand duurde uren.",
    ],
)
def test_van_names_the_doer_only_after_the_event_word(text: str) -> None:
    ev = only(text, "nl")
    assert (ev.actor1, ev.actor2) == ("Taliban", "Unidentified Military Forces")


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Een bomaanslag in Kabul kostte zondag tien mensen het leven.", 10),
        ("Bij een bomaanslag in Kabul heeft een agent zondag tien mensen het leven gered.",
         None),
    ],
)
def test_a_toll_told_as_lives_taken(text: str, fatalities) -> None:
    assert only(text, "nl").fatalities == fatalities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # both sides of "between A and B" are sides, in the order told, whatever verb follows
        ("en", "Clashes between the LNA and the GNA south of Tripoli killed 11 people on "
               "Sunday."),
        # a force noun with its group ("het leger van Haftar", "forces of the GNA") is the group
        ("nl", "Bij gevechten tussen het leger van Haftar en troepen van de Regering van "
               "Nationaal Akkoord bij Tripoli zijn zondag elf mensen omgekomen."),
        ("en", "Fighting between Haftar's forces and forces of the GNA killed 11 people near "
               "Tripoli on Sunday."),
    ],
)
def test_between_pairs_and_owned_forces(language: str, text: str) -> None:
    ev = only(text, language)
    assert (ev.actor1, ev.actor2) == (
        "Military Forces of Libya (2014-) Haftar Faction",
        "Military Forces of Libya (2016-) Government of National Accord")


@pytest.mark.parametrize(
    ("language", "text", "actor1"),
    [
        # the blamed group is an accusation, not the doer; the striking country is
        ("nl", "Israël wees toen ook naar Hamas en bestookte zeker honderd doelen in de "
               "Gazastrook.", "Military Forces of Israel"),
        ("en", "Kyiv blamed Russia for the missile strike on Odesa that killed five people on "
               "Sunday.", None),
    ],
)
def test_a_blamed_actor_is_not_the_doer(language: str, text: str, actor1) -> None:
    assert only(text, language).actor1 == actor1


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire on police in Paris on Thursday, killing one officer.",
        "A shooter killed three people at a bar in Marseille on Friday.",
    ],
)
def test_one_attacker_is_a_sole_perpetrator(text: str) -> None:
    # the codebook: "Sole Perpetrator" for a lone attacker (as Dutch "schutter", "dader")
    ev = only(text, "en")
    assert ev.actor1 is not None and ev.actor1.startswith("Sole Perpetrator")
    assert ev.inter1 == 3


def test_a_gunman_and_gunmen_in_one_event_are_one_side() -> None:
    ev = only("A gunman opened fire inside a mosque in Christchurch on Friday. Two gunmen "
              "opened fire on worshippers, killing 49 people.", "en")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1 is not None and ev.actor1.startswith("Sole Perpetrator")
    assert ev.actor2 is not None and ev.actor2.startswith("Civilians")


def test_who_accuses_speaks_and_does_not_shell() -> None:
    # the accuser is a source, the accused forces the doer the text gives
    ev = only("Activists in Aleppo on Wednesday accused the regime and Syrian forces of "
              "heavy shelling.", "en")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 is not None and not ev.actor1.startswith("Protesters")




@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Security fears swept across Cairo on Monday as police probed the deadly bomb "
               "blast that killed 25 worshippers in a church on Sunday."),
        ("nl", "Maandag onderzocht de politie in Caïro de bomaanslag op een kerk, waarbij "
               "zondag 25 kerkgangers om het leven kwamen."),
    ],
)
def test_who_investigates_an_attack_is_no_side_of_it(language: str, text: str) -> None:
    events = extract_events(
        Article(id="t", text=text, published="2021-03-08", language=language))
    assert any(e.event_type == "Explosions/Remote violence" for e in events)
    assert all(e.inter1 != 1 for e in events), [(e.actor1, e.actor2) for e in events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Vrijdagochtend ging een granaat af bij een club in de Spuistraat in Amsterdam."),
        ("en", "A grenade exploded outside a nightclub in Amsterdam on Friday morning."),
    ],
)
def test_a_grenade_with_no_target_named_is_thrown_at_civilians(language: str, text: str) -> None:
    ev = only(text, language)
    assert ev.sub_event_type == "Grenade"
    assert ev.inter1 == 3 and ev.inter2 == 7


def test_state_forces_of_a_country_with_an_article_are_named_as_acled_names_them() -> None:
    # "Police Forces of the United Kingdom", but "Protesters (United Kingdom)"
    ev = only("British police fired tear gas at protesters in London on Saturday; one "
              "demonstrator was seriously injured.", "en")
    names = {ev.actor1, ev.actor2}
    assert "Police Forces of the United Kingdom" in names, names
    assert "Protesters (United Kingdom)" in names, names


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Fighters of the paramilitary Rapid Support Forces (RSF) attacked the village of Um "
           "Adara near Rufaa on Sunday, killing at least 31 civilians."),
    ("nl", "Strijders van de paramilitaire Rapid Support Forces hebben zondag het dorp Um Adara "
           "bij Rufaa aangevallen en daarbij zeker 31 burgers gedood."),
])
def test_a_force_noun_and_its_described_group_are_one_actor(language: str, text: str) -> None:
    """Words that describe the group between link and name ("of the paramilitary") keep the
    force noun and the group one actor: not a clash of unnamed fighters with the RSF."""
    ev = only(text, language)
    assert (ev.sub_event_type, ev.actor1) == ("Attack", "Rapid Support Forces")
    assert (ev.actor2 or "").startswith("Civilians")


def test_a_joiner_is_no_describing_word() -> None:
    ev = only("Soldiers of the Somali army and al-Shabaab fighters clashed in Beledweyne on "
              "Sunday, killing five.", "en")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Somalia", "Al Shabaab")
