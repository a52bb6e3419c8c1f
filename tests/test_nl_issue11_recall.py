"""Dutch recall, issue 11: protests and arrests told without the plain words the packs knew.
An occupation the police ended, the country word of a crowd's stance ("pro-Palestijnse"), a
journalist named by a compound ("oppositiejournalist") or by a given name that is also a
common word ("Roman"). Made-up sentences in the style of Dutch newspapers."""

from __future__ import annotations

from eventcoder.extract import pack_for
from eventcoder.extract.cue_find import find_cues
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event

PUBLISHED = "2024-05-23"  # a Thursday: "woensdag" is yesterday


def _article(text: str) -> Article:
    return Article(id="t", text=text, published=PUBLISHED, language="nl")


def coded(text: str) -> list[Event]:
    return code_article(_article(text), scope=False)


def test_police_ending_an_occupation_is_a_protest_with_intervention() -> None:
    events = coded("De politie heeft woensdagochtend de bezetting van een universiteitsgebouw "
                   "in Gent beëindigd. Veertig studenten werden aangehouden.")
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    ev = events[0]
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.location == "Gent" and ev.date_start == "2024-05-22"
    assert ev.actor1 == "Protesters (Belgium)" and ev.actor2 == "Police Forces of Belgium"


def test_police_ending_an_occupation_verb_second() -> None:
    events = coded("Woensdagavond maakte de politie in Utrecht een einde aan de bezetting van "
                   "een universiteitsgebouw door studenten.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_an_occupation_by_the_police_is_not_a_reference_back() -> None:
    # "maakte de politie ...": the article before "politie" is the force's, so the ended
    # occupation is no reference back to the march told before; two events, two days
    events = coded("Zaterdag liepen duizenden mensen in een mars door Utrecht. De demonstratie "
                   "verliep rustig. Het was de grootste in jaren. Woensdagavond maakte de politie "
                   "een einde aan de bezetting van een universiteitsgebouw in Utrecht.")
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [
        ("Peaceful protest", "2024-05-18"), ("Protest with intervention", "2024-05-22")]


def test_a_bands_line_up_is_no_occupation() -> None:
    assert coded("De oude bezetting van de band werd woensdag beëindigd, zei de zanger in "
                 "Utrecht.") == []


def test_a_country_word_after_pro_or_anti_names_no_country() -> None:
    text = "Pro-Palestijnse studenten en anti-Russische betogers; Palestijnse studenten."
    pack = pack_for(_article(text))
    found = [text[s:e] for s, e, _c in find_cues(pack.country_cues, text)]
    assert found == ["Palestijnse"]
    assert text.rindex("Palestijnse") == [s for s, _e, _c in find_cues(pack.country_cues,
                                                                         text)][0]


def test_a_crowds_stance_does_not_place_its_protest_abroad() -> None:
    events = coded("De politie heeft woensdag de bezetting van een universiteitsgebouw door "
                   "pro-Palestijnse studenten beëindigd.")
    assert len(events) == 1
    assert events[0].country != "Palestine"
    assert "Palestine" not in (events[0].actor1 or "")


def test_a_journalist_named_by_a_compound_is_arrested() -> None:
    events = coded("De autoriteiten dwongen woensdag een vliegtuig te landen in Minsk, waarna de "
                   "oppositiejournalist Roman Protasevitsj werd gearresteerd.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Minsk")]
    assert events[0].actor2 is not None and events[0].actor2.startswith("Journalists")


def test_a_novel_still_blocks_an_event_word() -> None:
    # 'roman' as written is a book: the story it tells is no event
    assert coded("In zijn nieuwe roman wordt een journalist in Minsk gearresteerd.") == []


def test_a_crowd_that_went_to_a_building_in_a_town_protested_there() -> None:
    events = coded("Ruim driehonderd boeren trokken woensdag met hun trekkers naar het "
                   "provinciehuis in Leeuwarden om te protesteren tegen de plannen voor het "
                   "landelijk gebied.")
    assert [(e.sub_event_type, e.location, e.date_start) for e in events] == [
        ("Peaceful protest", "Leeuwarden", "2024-05-22")]


def test_only_a_crowds_journey_lifts_the_travel_blocker() -> None:
    from eventcoder.geo.place_roles import blocked_place

    crowd = ("Ruim driehonderd boeren trokken woensdag met hun trekkers naar het provinciehuis "
             "in Leeuwarden.")
    minister = ("De minister van Landbouw reisde woensdag met de trein naar het provinciehuis "
                "in Leeuwarden.")
    for text, blocked in ((crowd, False), (minister, True)):
        assert blocked_place(text, text.index(" in Leeuwarden") + 1, "nl") is blocked, text


def test_the_hostages_are_no_abduction_told_now() -> None:
    events = coded("Zondag kwamen in Amsterdam ruim duizend mensen bijeen voor een wake. Dinsdag "
                   "is in Amsterdam een bijeenkomst gepland voor de gijzelaars in Gaza.")
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in events)


def test_taking_hostages_is_still_an_abduction() -> None:
    events = coded("Gewapende mannen hebben woensdag in Kaduna twintig mensen gegijzeld.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_armed_men_who_invaded_a_town_attacked_it() -> None:
    events = coded("Gewapende bendeleden zijn woensdag de gemeente Kenscoff, in de heuvels boven "
                   "de Haïtiaanse hoofdstad Port-au-Prince, binnengevallen. Ze schoten op "
                   "inwoners die probeerden te vluchten; zeker twaalf mensen kwamen om.")
    assert [(e.event_type, e.location, e.date_start) for e in events] == [
        ("Violence against civilians", "Kenscoff", "2024-05-22")]


def test_a_police_raid_on_a_house_is_no_attack() -> None:
    assert coded("Een arrestatieteam van de politie is woensdagochtend een woning in Maassluis "
                 "binnengevallen. Er werd een man aangehouden.") == []


def test_a_gathering_named_by_its_side_is_a_protest() -> None:
    events = coded("Bij een pro-Israëlische bijeenkomst in Amsterdam kwamen zondag ruim duizend "
                   "mensen bijeen.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Amsterdam")]


def test_a_plain_meeting_is_no_protest() -> None:
    assert coded("Bij een bijeenkomst in Amsterdam kwamen zondag ruim duizend mensen bijeen.") == []


def test_english_stance_prefixes_name_no_country_either() -> None:
    # the pack rule is shared: en discourse.yaml lists "pro" and "anti" too
    text = "Anti-American protesters and pro-Russian rebels met American diplomats."
    pack = pack_for(Article(id="t", text=text, published=PUBLISHED, language="en"))
    assert [text[s:e] for s, e, _c in find_cues(pack.country_cues, text)] == ["American"]


def test_arson_at_a_shelter_for_asylum_seekers_is_political() -> None:
    events = coded("In de nacht van dinsdag op woensdag is brand gesticht in een leegstaand pand "
                   "in Rijssen waar straks tweehonderd asielzoekers worden opgevangen. De "
                   "burgemeester spreekt van een laffe daad die niets met protest te maken heeft.")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Looting/property destruction", "Rijssen")]


def test_arson_at_a_bicycle_shed_stays_crime() -> None:
    assert coded("In de nacht van dinsdag op woensdag is brand gesticht in een fietsenhok in "
                 "Rijssen. De politie zoekt getuigen.") == []


def test_what_a_deed_is_not_tells_no_protest() -> None:
    assert coded("De burgemeester van Rijssen zei woensdag dat de vernieling niets met protest "
                 "te maken heeft.") == []
