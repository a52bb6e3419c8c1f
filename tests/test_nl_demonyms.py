"""Dutch country words: the demonyms and adjectives of nl/demonyms.tsv and nl/countries.tsv
name the country of a force and give the geocoder its country context, and the words left
out because they are also a country's own name stay places."""

from __future__ import annotations

import pytest

from coding import coder
from eventcoder.geo.resolver import get_geocoder
from eventcoder.langpacks.places import place_words

code, only = coder("nl", "2024-03-25")


@pytest.fixture(scope="module")
def gc():
    return get_geocoder()


@pytest.mark.parametrize(("sentence", "force"), [
    ("Het Myanmarese leger heeft zaterdag bij luchtaanvallen op een dorp zeker twintig "
     "burgers gedood.", "Military Forces of Myanmar"),
    ("Het Birmese leger heeft zaterdag bij luchtaanvallen op een dorp zeker twintig "
     "burgers gedood.", "Military Forces of Myanmar"),
    # the longer "Zuid-Soedanese" wins over the "Soedanese" inside it
    ("Zuid-Soedanese soldaten hebben zaterdag in een dorp zeker twaalf burgers doodgeschoten.",
     "Military Forces of South Sudan"),
    ("Oegandese soldaten hebben zaterdag in een dorp zeker twaalf burgers doodgeschoten.",
     "Military Forces of Uganda"),
])
def test_a_country_adjective_names_the_country_of_a_force(sentence: str, force: str) -> None:
    events = code(sentence)
    assert events, sentence
    sides = {e.actor1 for e in events} | {e.actor2 for e in events}
    assert force in sides, [(e.sub_event_type, e.actor1, e.actor2) for e in events]


@pytest.mark.parametrize(("word", "country"), [
    ("Myanmarese", "MM"), ("Birmees", "MM"), ("Myanmarezen", "MM"),
    ("Soedanees", "SD"), ("Zuid-Soedanese", "SS"), ("Portugese", "PT"),
    ("Oekraiense", "UA"),  # the geocoder's keys drop diacritics: one row serves both spellings
    ("Ivorianen", "CI"), ("Kosovaren", "XK"),
])
def test_dutch_demonyms_give_the_geocoder_their_country(gc, word: str, country: str) -> None:
    place = gc.demonym_place(word, "nl")
    assert place is not None and place.cc == country, (word, place)


@pytest.mark.parametrize("word", ["Polen", "Zweden", "Noor", "Schot", "Let", "Guinees"])
def test_words_that_are_also_a_country_name_or_a_common_word_are_no_demonym(gc,
                                                                             word: str) -> None:
    """"Polen" is Poland and the Poles, "Zweden" Sweden and the Swedes: a demonym is never an
    event place, so the country's own name must not be one; "Noor" is a given name, "Schot" a
    shot, "Let" the imperative of "letten", "Guinees" the guinea pig's adjective."""
    assert gc.demonym_place(word, "nl") is None
    assert word not in dict(place_words("nl").demonyms)
