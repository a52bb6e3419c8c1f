"""Dutch extraction: sub-types, roles, passives, numbers, claims, modality and dates."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.extract import extract_events, prefilter
from eventcoder.records import ACLED_TYPES, Article

code, only = coder("nl", "2019-03-25")


# One real-news-shaped Dutch sentence per ACLED sub-event type.
SUB_TYPE_CASES = [
    ("Bij Kunduz raakten Afghaanse soldaten slaags met Talibaanstrijders.", "Armed clash"),
    ("Regeringstroepen hebben de stad Sirte heroverd op IS.", "Government regains territory"),
    ("Al-Shabaab heeft de stad Baidoa ingenomen.", "Non-state actor overtakes territory"),
    ("Bij een luchtaanval op het dorp Kafr Nabl zijn zes burgers omgekomen.",
     "Air/drone strike"),
    ("Een zelfmoordterrorist blies zichzelf op bij een markt in Maiduguri.", "Suicide bomb"),
    ("Militanten vuurden mortiergranaten af op de stad Gao.",
     "Shelling/artillery/missile attack"),
    ("Een bermbom heeft in de provincie Helmand vier soldaten gedood.",
     "Remote explosive/landmine/IED"),
    ("Onbekenden gooiden een handgranaat naar een politiebureau in Kinshasa.", "Grenade"),
    ("Bij een aanval met gifgas in Douma kwamen tientallen burgers om.", "Chemical weapon"),
    ("Gewapende mannen hebben in het dorp Dogo vijf dorpelingen doodgeschoten.", "Attack"),
    ("Boko Haram heeft in Chibok twaalf scholieren ontvoerd.",
     "Abduction/forced disappearance"),
    ("Soldaten hebben in Beni vrouwen verkracht.", "Sexual violence"),
    ("Duizenden mensen demonstreerden zaterdag in Amsterdam tegen racisme.",
     "Peaceful protest"),
    ("De politie heeft zaterdag in Parijs betogers met traangas uiteengedreven.",
     "Protest with intervention"),
    ("Relschoppers gooiden zaterdag in Rotterdam stenen naar de politie.",
     "Violent demonstration"),
    ("Een woedende menigte lynchte zaterdag in het dorp Kano een vermeende dief.",
     "Mob violence"),
    ("De Soedanese politie heeft in Khartoem de oppositieleider gearresteerd.", "Arrests"),
    ("De strijdende partijen in Jemen hebben in Stockholm een wapenstilstand gesloten.",
     "Agreement"),
    ("Plunderaars hebben in Beira winkels geplunderd.", "Looting/property destruction"),
    ("Veiligheidstroepen openden in Khartoem het vuur op betogers.",
     "Excessive force against protesters"),
    ("De politie heeft bij Kabul een bermbom onschadelijk gemaakt.",
     "Disrupted weapons use"),
    ("Het leger onderschepte zondag een raket boven Tel Aviv.", "Disrupted weapons use"),
    ("Het Franse leger heeft in Menaka een nieuwe legerbasis gevestigd.",
     "Headquarters or base established"),
    ("Regeringstroepen trokken zich zonder slag of stoot terug uit de stad Marka.",
     "Non-violent transfer of territory"),
    ("Tientallen soldaten zijn in het oosten van Congo overgelopen naar de rebellen.",
     "Change to group/activity"),
]


def test_every_sub_type_has_a_dutch_case() -> None:
    covered = {sub for _sentence, sub in SUB_TYPE_CASES}
    every = {sub for subs in ACLED_TYPES.values() for sub in subs} - {"Other"}
    assert every <= covered, sorted(every - covered)


@pytest.mark.parametrize(("sentence", "sub_type"), SUB_TYPE_CASES)
def test_sub_types(sentence: str, sub_type: str) -> None:
    event = only(sentence)
    assert event.sub_event_type == sub_type
    assert sub_type in ACLED_TYPES[event.event_type]
    assert event.evidence_for("event_type"), "the trigger is evidence"


def test_passive_door_makes_the_agent_actor1() -> None:
    event = only("In Gao werden twee Malinese soldaten gedood door jihadisten.")
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 == "Military Forces of Mali"
    assert event.fatalities == 2


def test_verb_final_subordinate_clause_keeps_subject_first() -> None:
    event = only("Getuigen zeggen dat de politie in Algiers drie journalisten heeft gearresteerd.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == "Police Forces of Algeria"
    assert event.actor2 == "Journalists (Algeria)"


def test_country_adjective_names_state_forces() -> None:
    event = only("Afghaanse veiligheidstroepen vochten in Kunduz tegen de Talibaan.")
    names = {event.actor1, event.actor2}
    assert "Military Forces of Afghanistan" in names and "Taliban" in names


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("zeker zestien mensen om het leven", 16),
        ("ten minste vijftig mensen omgekomen", 50),
        ("vijfentwintig doden", 25),
        ("14 doden", 14),
        ("tien tot vijftien doden", 10),
        ("tientallen doden", 12),
    ],
)
def test_number_words_and_quantifiers(phrase: str, count: int) -> None:
    event = only(f"Bij een aanval op het dorp Baga vielen zaterdag {phrase}.".replace(
        "vielen zaterdag zeker zestien mensen om het leven",
        "kwamen zaterdag zeker zestien mensen om het leven").replace(
        "vielen zaterdag ten minste vijftig mensen omgekomen",
        "zijn zaterdag ten minste vijftig mensen omgekomen"))
    assert event.fatalities == count


def test_unknown_toll_stays_null() -> None:
    event = only("Zaterdag werd gevochten in de stad Gao. Het is niet bekend of er doden vielen.")
    assert event.fatalities is None


def test_explicit_zero_is_zero_and_injured_separate() -> None:
    event = only("Een raket trof zaterdag een huis in Mishmeret. Zeven mensen raakten gewond, "
                 "niemand is gedood.")
    assert event.injured == 7
    assert event.fatalities == 0


def test_party_claim_goes_to_fatalities_claimed() -> None:
    event = only("Zaterdag braken gevechten uit in de stad Ghazni. De woordvoerder van de "
                 "Talibaan meldt dat tientallen vijandige soldaten gedood zijn in de gevechten.")
    assert event.fatalities is None
    (claim,) = event.fatalities_claimed
    assert claim.claimant == "Taliban" and claim.low == 12
    assert event.evidence_for("fatalities_claimed")


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Gevreesd wordt dat de Talibaan de stad Ghazni zullen innemen.", "feared"),
        ("De Talibaan dreigden met een aanval op Kabul.", "hypothetical"),
        ("Het leger ontkent dat het de stad Idlib heeft gebombardeerd.", "denied"),
        ("De Talibaan claimen dat zij de stad Ghazni hebben ingenomen.", "claimed"),
        ("Het was een herdenking van het bloedbad in Srebrenica.", "historical"),
        ("Leidt een bomaanslag in Utrecht tot meer radicalisering?", "hypothetical"),
    ],
)
def test_non_real_modalities_are_held_back(sentence: str, modality: str) -> None:
    assert code(sentence) == []
    events = code(sentence, all_modalities=True)
    assert [e.modality for e in events] == [modality]


def test_negation_cancels_the_event() -> None:
    assert code("Er was zaterdag geen aanval in Kabul.") == []


def test_hedge_keeps_event_with_lower_confidence() -> None:
    plain = only("Zaterdag hebben de Talibaan in Ghazni een politiepost aangevallen.")
    hedged = only("Zaterdag zouden de Talibaan in Ghazni een politiepost hebben aangevallen.")
    assert hedged.modality == "reported" and hedged.confidence < plain.confidence


def test_weekday_resolves_to_last_such_day_in_a_day_precision_article() -> None:
    event = only("Duizenden mensen demonstreerden zaterdag in Amsterdam.", "2019-03-25")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-03-23", "2019-03-23", 1)
    assert event.evidence_for("date")[0].text == "zaterdag"


def test_weekday_in_a_month_precision_article_stays_a_range() -> None:
    # Published some day in September 2019 (1 September was a Sunday): the Saturday meant is
    # the one on or before publication, so anything from 31 August to 28 September.
    article = Article(id="t", text="Duizenden mensen demonstreerden zaterdag in Amsterdam.",
                      published="2019-09", published_precision="month", language="nl")
    (event,) = extract_events(article)
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-08-31", "2019-09-28", 3)
    sunday = article.model_copy(update={"text": article.text.replace("zaterdag", "zondag")})
    (event,) = extract_events(sunday)
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-09-01", "2019-09-29", 3)


def test_yesterday_in_a_month_precision_article_may_fall_in_the_previous_month() -> None:
    article = Article(id="t", text="Duizenden mensen demonstreerden gisteren in Amsterdam.",
                      published="2019-09", published_precision="month", language="nl")
    (event,) = extract_events(article)
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-08-31", "2019-09-29", 3)


@pytest.mark.parametrize(
    ("when", "start", "end", "precision"),
    [
        ("gisteren", "2019-03-24", "2019-03-24", 1),
        ("eergisteren", "2019-03-23", "2019-03-23", 1),
        ("vorige week vrijdag", "2019-03-22", "2019-03-22", 1),
        ("een week geleden op zaterdag", "2019-03-16", "2019-03-16", 1),
        ("op 12 maart", "2019-03-12", "2019-03-12", 1),
    ],
)
def test_relative_dates(when: str, start: str, end: str, precision: int) -> None:
    event = only(f"Demonstranten hebben {when} in Utrecht betoogd tegen de regering.")
    assert (event.date_start, event.date_end, event.time_precision) == (start, end, precision)


def test_no_time_expression_gives_the_week_before_publication() -> None:
    event = only("Demonstranten hebben in Utrecht betoogd tegen de regering.")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2019-03-18", "2019-03-25", 2)


def test_coreference_merges_mentions_and_two_places_stay_two() -> None:
    text = ("Zaterdag vielen de Talibaan de stad Ghazni aan. Die aanval duurde uren. "
            "Zondag volgde een aanval op Kunduz. Bij de aanval op Kunduz kwamen zeker "
            "acht agenten om het leven.")
    events = code(text)
    assert len(events) == 2
    kunduz = next(e for e in events if e.place_candidates[0].text == "Kunduz")
    assert kunduz.fatalities == 8
    ghazni = next(e for e in events if e.place_candidates[0].text == "Ghazni")
    assert len(ghazni.evidence_for("event_type")) == 2


def test_talks_venue_and_travel_destination_are_no_event_place() -> None:
    text = ("Zaterdag vielen de Talibaan de stad Ghazni aan, terwijl hun vredesoverleg in "
            "Qatar doorging. De gezant reist zondag naar Kabul.")
    (event,) = code(text)
    assert [p.text for p in event.place_candidates] == ["Ghazni"]
    assert event.place_candidates[0].cue == "city"


def test_support_makes_an_associated_actor() -> None:
    text = ("Zaterdag vielen de Talibaan de stad Kunduz aan. Daar werden de strijders "
            "verjaagd. De Afghaanse veiligheidstroepen kregen ondersteuning van de NAVO.")
    (event,) = code(text)
    assert event.actor2 == "Military Forces of Afghanistan"
    assert event.assoc_actor_2 and "NATO" in event.assoc_actor_2


def test_every_event_has_stable_id_notes_and_evidence_offsets() -> None:
    text = "Duizenden mensen demonstreerden zaterdag in Amsterdam tegen racisme."
    (first,) = code(text)
    (second,) = code(text)
    assert first.event_id == second.event_id and first.event_id.startswith("EC")
    assert first.notes and first.notes.startswith("On 23 March 2019")
    for ev in first.evidence:
        assert text[ev.start:ev.end] == ev.text


def test_prefilter() -> None:
    assert prefilter(Article(id="a", text="Bij een bomaanslag vielen doden.", language="nl"))
    assert not prefilter(Article(id="b", text="Het kabinet presenteert de begroting.",
                                 language="nl"))
    assert code("Het kabinet presenteert de begroting.") == []


def test_parsed_doc_roles_override_word_order() -> None:
    """With a dependency parse, subject and object come from syntax, not from order."""
    import spacy
    from spacy.tokens import Doc

    words = ["In", "Mali", "heeft", "het", "leger", "de", "rebellen", "aangevallen", "."]
    heads = [1, 7, 7, 4, 7, 6, 7, 7, 7]
    deps = ["case", "obl", "aux", "det", "obj", "det", "nsubj", "ROOT", "punct"]
    doc = Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps,
              sent_starts=[True] + [False] * 8)
    article = Article(id="p", text=doc.text, published="2019-03-25", language="nl")
    (event,) = extract_events(article, doc)
    assert event.actor1.startswith("Unidentified Rebel Group")  # nsubj, though second
    assert event.actor2 == "Military Forces of Mali"


def test_one_event_per_listed_place() -> None:
    events = code("Duizenden mensen demonstreerden vrijdag in het centrum van Algiers. Ook elders "
                  "in Algerije werd gedemonstreerd, zoals in Oran en Constantine.")
    assert [e.place_candidates[0].text for e in events] == ["Algiers", "Oran", "Constantine"]
    assert len({e.event_id for e in events}) == 3
    assert all(e.date_start == "2019-03-22" for e in events)


def test_background_mentions_in_a_long_article_are_no_events() -> None:
    text = ("De gemeenteraad vergaderde gisteren over de begroting. Een raadslid zei dat "
            "protest vaak helpt. Daarna ging het over parkeren. De wethouder sprak over de "
            "haven. Het debat duurde tot middernacht.")
    assert code(text) == []


# --- plans, history and separate times ----------------------------------------------------


@pytest.mark.parametrize(
    "marker", ["komende zondag", "aanstaande zaterdag", "volgende week vrijdag"]
)
def test_weekday_ahead_of_publication_is_a_plan(marker: str) -> None:
    text = f"Duizenden boeren demonstreren {marker} in Den Haag tegen het stikstofbeleid."
    assert code(text) == []
    (event,) = code(text, all_modalities=True)
    assert event.modality == "hypothetical"


@pytest.mark.parametrize("text", [
    "Studenten kondigden aan donderdag opnieuw te demonstreren bij het Academiegebouw in Utrecht.",
    "De spoorbonden hebben maandag een stakingsaanzegging ingediend voor een 48 urenstaking bij "
    "de NMBS in Brussel.",
])
def test_an_announced_protest_is_a_plan(text: str) -> None:
    assert code(text) == []
    (event,) = code(text, all_modalities=True)
    assert event.modality == "hypothetical"


def test_a_protest_told_in_the_past_is_news() -> None:
    (event,) = code("Honderden studenten demonstreerden donderdag bij het Academiegebouw in "
                    "Utrecht.")
    assert event.modality == "reported"


def test_an_attack_a_court_report_retells_is_background() -> None:
    """A Dutch court report: the attack its sentence gives no day of its own is the trial's."""
    text = ("Twee mannen zijn maandag door de rechtbank in Rotterdam veroordeeld tot zes jaar "
            "celstraf. Zij gooiden een handgranaat naar een politiebureau in Rotterdam.")
    assert code(text) == []
    text = ("Twee mannen zijn maandag door de rechtbank in Rotterdam veroordeeld tot zes jaar "
            "celstraf. Voor het gerechtsgebouw bekogelden zaterdag honderden betogers de "
            "politie met stenen.")
    assert [e.sub_event_type for e in code(text)] == ["Violent demonstration"]


def test_present_tense_weekday_is_a_plan_with_the_model() -> None:
    """With a morphologizer, "doen zondag mee" (present) is ahead; a past tense is news."""
    from eventcoder.nlp import load_pipeline

    nlp = load_pipeline("nl")
    if not nlp.has_pipe("morphologizer"):
        pytest.skip("no Dutch morphologizer in this install")
    plan = "Duizenden kerkgangers doen zondag mee aan de klimaatmars in Amsterdam."
    past = "Duizenden kerkgangers demonstreerden zondag tijdens de klimaatmars in Amsterdam."
    for text, expected in ((plan, 0), (past, 1)):
        article = Article(id="t", text=text, published="2019-03-08", language="nl")
        assert len(extract_events(article, nlp(text))) == expected, text


def test_present_passive_weekday_is_a_plan_and_the_perfect_passive_is_news() -> None:
    """"wordt zondag gehouden" (present passive) is ahead; "is zondag gehouden" is the past."""
    from eventcoder.nlp import load_pipeline

    nlp = load_pipeline("nl")
    if not nlp.has_pipe("morphologizer"):
        pytest.skip("no Dutch morphologizer in this install")
    for verb, expected in (("wordt", 0), ("werd", 1), ("is", 1)):
        text = f"Een betoging tegen de regering {verb} zondag in Den Haag gehouden."
        article = Article(id="t", text=text, published="2019-03-08", language="nl")
        assert len(extract_events(article, nlp(text))) == expected, text


def test_bare_month_long_before_publication_is_history() -> None:
    text = "In oktober werd de leider in Sirte gevangengenomen en vermoord door strijders."
    assert code(text, published="2019-04-09") == []
    (event,) = code(text, published="2019-10-20")  # in an October article it is news
    assert event.place_candidates[0].text == "Sirte"


def test_same_place_at_two_times_stays_two_events() -> None:
    text = ("Vanmorgen sloeg een raket uit Gaza in bij een huis in Tel Aviv. Zeven mensen "
            "raakten gewond. Anderhalve week geleden kwamen twee raketten uit Gaza neer in "
            "Tel Aviv.")
    events = code(text, published="2019-03-25")
    assert len(events) == 2, [(e.date_start, e.date_end) for e in events]
    assert sorted(e.date_start for e in events) == ["2019-03-13", "2019-03-25"]


def test_trusted_place_comes_before_an_unvouched_name() -> None:
    text = ("Een tweede referendum wint in Labour aan steun na de grote betoging van "
            "eergisteren in Londen.")
    (event,) = code(text)
    assert event.place_candidates[0].text == "Londen"


def test_figurative_hostage_is_no_abduction() -> None:
    text = ("Generaal Haftar wil de hoofdstad bevrijden van milities die de hoofdstad in "
            "gijzeling houden.")
    assert [e.sub_event_type for e in code(text)] == []


def test_serious_injury_after_a_charge_is_excessive_force() -> None:
    text = ("In Nice demonstreerden zaterdag honderden betogers. Een demonstrante raakte "
            "zwaargewond bij een charge van de oproerpolitie.")
    (event,) = code(text)
    assert event.sub_event_type == "Excessive force against protesters"


def test_event_country_comes_from_the_text() -> None:
    (event,) = code("Afghaanse veiligheidstroepen vochten zaterdag met de Talibaan in de "
                    "provincie Kunduz.")
    assert event.country == "Afghanistan"


def test_opeising_is_no_second_attack() -> None:
    text = ("Bij een aanslag op een markt in Kabul zijn maandag twaalf mensen om het leven "
            "gekomen. Islamitische Staat heeft dinsdag de aanslag opgeëist.")
    events = code(text, published="2021-03-10", all_modalities=True)
    assert len(events) == 1
    assert events[0].date_start == "2021-03-08" and events[0].fatalities == 12


def test_riot_police_present_without_incidents_is_a_peaceful_protest() -> None:
    text = ("Tienduizenden Algerijnen demonstreerden vrijdag in Algiers. Hoewel de "
            "oproerpolitie volop aanwezig was, deden zich geen incidenten voor.")
    assert only(text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "fatalities", "claimed"),
    [
        # the doer's own count of its enemy's dead is a claim, never the toll
        ("Het leger heeft naar eigen zeggen vijftig strijders van IS gedood bij luchtaanvallen "
         "in Syrië.", None, [50]),
        # the same count told by the reporter is the toll
        ("Het leger heeft bij luchtaanvallen in Syrië vijftig strijders van IS gedood.", 50, []),
    ],
)
def test_a_self_reported_enemy_toll_is_a_claim(text: str, fatalities, claimed) -> None:
    article = Article(id="t", text=text, published="2019-03-25", language="nl")
    [ev] = extract_events(article)
    assert ev.fatalities == fatalities
    assert [c.low for c in ev.fatalities_claimed] == claimed


def test_a_definite_plural_told_first_with_its_toll_is_an_event() -> None:
    article = Article(id="t", published="2019-04-08", language="nl",
                      text="Bij de gevechten in Tripoli zijn zondag elf mensen omgekomen.")
    [ev] = extract_events(article)
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 11)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab eiste de verantwoordelijkheid op voor een autobom die zaterdag in "
        "Mogadishu acht mensen doodde.",
        "Een autobom doodde zaterdag in Mogadishu acht mensen. Al-Shabaab eiste de aanslag op.",
    ],
)
def test_a_claimed_attack_is_coded_to_the_claimant_with_the_reported_toll(text: str) -> None:
    article = Article(id="t", text=text, published="2019-03-25", language="nl")
    [ev] = extract_events(article)
    assert (ev.actor1, ev.fatalities, ev.modality) == ("Al Shabaab", 8, "reported")


def test_a_time_between_the_death_word_and_its_count_is_the_events_day() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="Een autobom doodde zaterdag in Mogadishu acht mensen.")
    [ev] = extract_events(article)
    assert (ev.date_start, ev.date_end, ev.fatalities) == ("2019-03-23", "2019-03-23", 8)


def test_a_killing_told_after_a_protests_grievance_is_still_a_killing() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="Bij protesten tegen de regering in Caracas zijn gisteren twee "
                           "demonstranten doodgeschoten door de politie.")
    [ev] = extract_events(article)
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 2)


def test_the_death_a_protest_is_about_is_not_its_toll() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="Duizenden mensen demonstreerden zaterdag in Parijs tegen het "
                           "politiegeweld waarbij vorige week een jongen werd doodgeschoten.")
    [ev] = extract_events(article)
    assert (ev.sub_event_type, ev.fatalities) == ("Peaceful protest", None)


def test_an_air_force_attacking_in_a_long_verb_final_clause_is_an_air_strike() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="De Israëlische luchtmacht heeft in de nacht van zaterdag op zondag "
                           "doelen van Hamas in de Gazastrook aangevallen.")
    [ev] = extract_events(article)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Air/drone strike", "Military Forces of Israel", "Hamas Movement")


def test_rockets_a_group_has_are_no_attack() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="Maar Hamas en Islamitische Jihad hebben raketten met een bereik tot "
                           "Tel Aviv.")
    assert extract_events(article) == []


def test_a_country_as_the_striker_is_its_military() -> None:
    article = Article(id="t", published="2019-03-25", language="nl",
                      text="Rusland bombardeerde zondag de stad Idlib.")
    [ev] = extract_events(article)
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Russia")


def test_a_weekday_in_a_clause_with_no_tense_takes_the_sentences_tenses() -> None:
    """A parse may hang the weekday on a mistagged verb ("belooft" as a noun) or an
    infinitive: the clause then tells no tense, and the sentence's decide. With no past
    anywhere in it, "de mars belooft zondag ... te worden" is ahead; a past tense is news."""
    from spacy.tokens import Doc

    from eventcoder.nlp import load_pipeline

    vocab = load_pipeline("nl").vocab
    words = ["De", "mars", "belooft", "zondag", "in", "Utrecht", "een", "feest", "te",
             "worden", "."]
    heads = [1, 2, 9, 2, 5, 2, 7, 9, 9, 9, 9]
    deps = ["det", "amod", "nsubj", "appos", "case", "nmod", "det", "xcomp", "mark", "ROOT",
            "punct"]
    pos = ["DET", "NOUN", "NOUN", "PROPN", "ADP", "PROPN", "DET", "NOUN", "ADP", "VERB",
           "PUNCT"]
    for last, morph, expected in (("worden", "VerbForm=Inf", 0),
                                  ("werd", "Tense=Past|VerbForm=Fin", 1)):
        tokens = [*words[:9], last, "."]
        morphs = ["" for _ in tokens]
        morphs[9] = morph
        doc = Doc(vocab, words=tokens, spaces=[True] * 9 + [False, False], heads=heads,
                  deps=deps, pos=pos, morphs=morphs,
                  sent_starts=[True] + [False] * 10)
        article = Article(id="t", text=doc.text, published="2019-03-09", language="nl")
        assert len(extract_events(article, doc)) == expected, doc.text


@pytest.mark.parametrize(
    "text",
    [
        "Als vergelding voor de aanslag vielen rebellen maandag een legerpost in Kidal aan.",
        "Als straf voor de aanslag hebben soldaten maandag in Kidal tien dorpelingen gedood.",
        "Als protest tegen de wet hebben gisteren in Amsterdam duizenden mensen gedemonstreerd.",
        # "om als ... te": a purpose and a role, no condition either
        "Om als groep erkend te worden, hielden dertig jongeren gisteren een protestactie in Gent.",
    ],
)
def test_als_that_gives_a_motive_is_no_condition(text: str) -> None:
    """"Als vergelding voor", "als protest tegen": the event is told with its motive, as
    news; only a conditional "als" ("als de regering de wet invoert, ...") makes it
    hypothetical."""
    assert len(code(text)) == 1


def test_a_conditional_als_still_makes_the_event_hypothetical() -> None:
    assert code("Als de regering de wet invoert, demonstreren duizenden studenten in "
                "Amsterdam.") == []


def _parsed(words: list[str], heads: list[int], deps: list[str]):  # type: ignore[no-untyped-def]
    """A doc with the given parse (what the Dutch model gives these sentences), so the test
    does not hang on the shipped model's choices."""
    from spacy.tokens import Doc

    from eventcoder.nlp import load_pipeline

    return Doc(load_pipeline("nl").vocab, words=words, spaces=[True] * (len(words) - 2)
               + [False, False], heads=heads, deps=deps,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_place_and_time_nearest_a_word_that_tells_no_event_go_to_the_word_that_governs_them():
    """"in Amsterdam" and "zaterdag" stand nearest "arrestatie" (an arrest of nobody named,
    no event), but the parse hangs them on "gedemonstreerd": they set the protest."""
    doc = _parsed(
        ["Als", "reactie", "op", "de", "arrestatie", "hebben", "in", "Amsterdam", "zaterdag",
         "honderden", "mensen", "gedemonstreerd", "."],
        [1, 11, 4, 4, 1, 11, 7, 11, 11, 11, 9, 11, 11],
        ["mark", "advcl", "case", "det", "nmod", "aux", "case", "obl", "obl", "nsubj", "nmod",
         "ROOT", "punct"])
    article = Article(id="t", text=doc.text, published="2019-03-25", language="nl")
    [event] = extract_events(article, doc)
    assert event.sub_event_type == "Peaceful protest"
    assert [p.text for p in event.place_candidates][:1] == ["Amsterdam"]
    assert event.event_date == "2019-03-23"


def test_a_place_the_parse_hangs_on_the_word_that_tells_no_event_stays_there():
    """"de arrestatie in Utrecht": the place is the arrest's, not the protest's."""
    doc = _parsed(
        ["Na", "de", "arrestatie", "in", "Utrecht", "van", "een", "activist", "hebben",
         "zaterdag", "honderden", "mensen", "gedemonstreerd", "."],
        [2, 2, 12, 4, 2, 7, 7, 2, 12, 12, 12, 10, 12, 12],
        ["case", "det", "obl", "case", "nmod", "case", "det", "nmod", "aux", "obl", "obj",
         "nmod", "ROOT", "punct"])
    article = Article(id="t", text=doc.text, published="2019-03-25", language="nl")
    assert not [p.text for e in extract_events(article, doc) for p in e.place_candidates
                if p.text == "Utrecht"]


def test_a_perfect_the_parse_splits_into_a_verb_and_a_participle_still_tells_the_past():
    """The Dutch model reads "laat" in "is woensdagavond laat om het leven gekomen" as the
    verb (present) and "gekomen" as its complement: the participle still tells a perfect,
    so the weekday is the past, not a plan."""
    from spacy.tokens import Doc

    from eventcoder.nlp import load_pipeline

    words = ["Een", "boer", "is", "woensdagavond", "laat", "om", "het", "leven", "gekomen",
             "bij", "een", "schotenwisseling", "in", "Harare", "."]
    heads = [1, 4, 4, 4, 4, 8, 7, 8, 4, 11, 11, 8, 13, 11, 4]
    deps = ["det", "nsubj", "cop", "nsubj", "ROOT", "mark", "det", "obj", "ccomp", "case",
            "det", "obl", "case", "nmod", "punct"]
    pos = ["DET", "NOUN", "AUX", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "DET",
           "NOUN", "ADP", "PROPN", "PUNCT"]
    morphs = ["", "", "Tense=Pres|VerbForm=Fin", "", "Tense=Pres|VerbForm=Fin", "", "", "",
              "VerbForm=Part", "", "", "", "", "", ""]
    doc = Doc(load_pipeline("nl").vocab, words=words, spaces=[True] * 13 + [False, False],
              heads=heads, deps=deps, pos=pos, morphs=morphs,
              sent_starts=[True] + [False] * 14)
    article = Article(id="t", text=doc.text, published="2019-03-25", language="nl")
    [event] = extract_events(article, doc)
    assert event.event_date == "2019-03-20"
