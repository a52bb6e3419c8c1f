"""One decision, for extraction and the geocoder, of whether a place the text names is the
event's scene: not where someone lives or talks were held (a place blocker before it), not where
a journey set out, not where someone comes from, not a town that ends a longer name. The texts
are made up."""

from __future__ import annotations

import pytest

from eventcoder.extract.scan_places import find_places
from eventcoder.geo.event_places import scene_towns
from eventcoder.geo.place_roles import blocked_place, not_the_scene
from eventcoder.geo.resolver import get_geocoder
from eventcoder.langpacks import load_pack
from eventcoder.records import PlaceMention


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def _role(lang: str, text: str, name: str) -> str | None:
    start, end = _span(text, name)
    return not_the_scene(text, start, end, lang)


@pytest.mark.parametrize(("lang", "text", "name", "reason"), [
    # blocked: where someone lives, was born, or talks were held
    ("en", "A man who lived in Moscow was poisoned.", "Moscow", "blocked"),
    ("en", "The rebels walked out of the talks in Geneva.", "Geneva", "blocked"),
    ("nl", "De agent woont in Utrecht en werkt bij de politie.", "Utrecht", "blocked"),
    ("nl", "De schrijver werd geboren in Groningen.", "Groningen", "blocked"),
    # journey: where the travellers set out
    ("en", "The workers drove from Juba to Pibor when they were shot.", "Juba", "journey"),
    ("nl", "De hulpverleners reden van Juba naar Pibor toen zij werden beschoten.", "Juba",
     "journey"),
    # origin: where someone comes from or lives
    ("en", "A man from Rotterdam was arrested.", "Rotterdam", "origin"),
    ("nl", "Een inwoner van Utrecht is aangehouden.", "Utrecht", "origin"),
    ("nl", "Een man uit de Achterhoek is aangehouden.", "Achterhoek", "origin"),
    # in a name: the town ends the name of a body
    ("en", "A professor at the University of Chicago was arrested.", "Chicago", "in_a_name"),
    ("nl", "Een hoogleraar van de Universiteit van Utrecht werd gearresteerd.", "Utrecht",
     "in_a_name"),
    # plain scenes
    ("en", "Gunmen attacked a police checkpoint in Kunduz on Monday.", "Kunduz", None),
    ("en", "The workers drove from Juba to Pibor when they were shot.", "Pibor", None),
    ("en", "A man was arrested by the Mayor of Aleppo's guards.", "Aleppo", None),
    ("en", "Hundreds of civilians were evacuated from Aleppo on Monday.", "Aleppo", None),
    ("nl", "Duizenden mensen demonstreerden zaterdag in Amsterdam.", "Amsterdam", None),
    ("nl", "Schutters vielen zaterdag een politiepost in Kunduz aan.", "Kunduz", None),
    # the Dutch pack's "naar" blocks where someone went: "vloog naar Parijs"
    ("nl", "De hulpverleners reden van Juba naar Pibor toen zij werden beschoten.", "Pibor",
     "blocked"),
])
def test_why_a_place_is_not_the_scene(lang, text, name, reason) -> None:
    assert _role(lang, text, name) == reason


@pytest.mark.parametrize(("lang", "text", "name"), [
    # a march between two squares stays in their town: the first is no journey's start
    ("nl", "Duizenden demonstranten liepen van de Dam naar het Museumplein.", "Dam"),
    ("en", "Thousands marched from Trafalgar Square to Parliament Square.", "Trafalgar Square"),
])
def test_a_landmark_that_stands_for_its_town_sets_out_no_journey(lang, text, name) -> None:
    assert _role(lang, text, name) is None


def test_a_blocker_binds_only_its_own_clause() -> None:
    text = "He was born in 1970. In Kabul, gunmen attacked a bank on Monday."
    assert _role("en", text, "Kabul") is None
    text = "Hij werd in 1970 geboren. In Kabul vielen zaterdag schutters een bank aan."
    assert _role("nl", text, "Kabul") is None


def test_a_name_after_the_blockers_own_place_is_not_blocked() -> None:
    """"woonachtig in Utrecht, werd in Arnhem aangevallen": the blocker's place is Utrecht;
    a caller that found Utrecht says so, and Arnhem is the scene."""
    text = "Een agent, woonachtig in Utrecht, werd in Arnhem aangevallen."
    utrecht, _ = _span(text, "Utrecht")
    arnhem, arnhem_end = _span(text, "Arnhem")
    cue = text.index("in Arnhem")
    assert blocked_place(text, text.index("in Utrecht"), "nl")
    assert blocked_place(text, cue, "nl")  # nothing found in between: in reach
    assert not_the_scene(text, arnhem, arnhem_end, "nl", cue_start=cue,
                         named=[utrecht]) is None


def test_a_language_without_a_pack_names_no_role() -> None:
    text = "Un homme qui vivait à Moscou a été empoisonné."
    start, end = _span(text, "Moscou")
    assert not_the_scene(text, start, end, "xx") is None


@pytest.mark.parametrize(("lang", "text", "off", "scene"), [
    ("en", "The officer, who lived in Lagos, was shot dead by gunmen in Kaduna.", "Lagos",
     "Kaduna"),
    ("en", "The convoy drove from Kabul to Ghazni and was ambushed in Kandahar.", "Kabul",
     "Kandahar"),
    ("nl", "Een agent, woonachtig in Utrecht, werd in Arnhem aangevallen.", "Utrecht", "Arnhem"),
    ("nl", "De hulpverleners reden van Juba naar Pibor. Zij werden in Malakal beschoten.",
     "Juba", "Malakal"),
])
def test_both_stages_take_the_same_decision(lang, text, off, scene) -> None:
    """The scan offers no blocked name or journey's start as a place, and the geocoder takes
    none as the scene of a placeless event: the same call decides both."""
    offered = [p.text for p in find_places(text, load_pack(lang), None, [])]
    assert scene in offered and off not in offered
    mentions = [PlaceMention(text=n, start=s, end=e)
                for n in (off, scene) for s, e in [_span(text, n)]]
    resolved = [r for r in get_geocoder().resolve_mentions(text, mentions, lang=lang)
                if r.entry is not None]
    assert {r.mention.text for r in resolved} == {off, scene}
    assert [r.mention.text for r in scene_towns(resolved, text, lang)] == [scene]


def test_extraction_keeps_an_origin_as_a_marked_last_resort_the_geocoder_skips() -> None:
    text = "A man from Rotterdam was arrested in Amsterdam on Tuesday."
    places = {p.text: p for p in find_places(text, load_pack("en"), None, [])}
    assert places["Rotterdam"].origin and not places["Amsterdam"].origin
    mentions = [PlaceMention(text=n, start=s, end=e)
                for n in ("Rotterdam", "Amsterdam") for s, e in [_span(text, n)]]
    resolved = [r for r in get_geocoder().resolve_mentions(text, mentions, lang="en")
                if r.entry is not None]
    assert [r.mention.text for r in scene_towns(resolved, text, "en")] == ["Amsterdam"]


@pytest.mark.parametrize(("lang", "text", "demonym", "venue", "scene"), [
    ("nl", "Na overleg in het Jordaanse Aqaba werd in Hebron gevochten.", "Jordaanse", "Aqaba",
     "Hebron"),
    ("en", "After talks in Jordanian Aqaba, fighting broke out in Hebron.", "Jordanian",
     "Aqaba", "Hebron"),
])
def test_a_demonym_between_a_blocker_and_its_town_does_not_end_the_blockers_reach(
        lang, text, demonym, venue, scene) -> None:
    """"overleg in het Jordaanse Aqaba": the demonym is the town's adjective, no place of its
    own that stands between the talks and their venue."""
    mentions = [PlaceMention(text=n, start=s, end=e)
                for n in (demonym, venue, scene) for s, e in [_span(text, n)]]
    resolved = [r for r in get_geocoder().resolve_mentions(text, mentions, lang=lang)
                if r.entry is not None]
    assert any(r.demonym and r.mention.text == demonym for r in resolved)
    assert [r.mention.text for r in scene_towns(resolved, text, lang)] == [scene]
