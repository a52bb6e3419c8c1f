"""The actor table of every region (issue 11): named armed groups, militias and foreign forces
of Africa, Asia, Latin America and Europe resolve, in English and Dutch, to ACLED's name and
inter code; their aliases stay off ordinary words that look like them."""

from __future__ import annotations

import re

import pytest
import yaml

import eventcoder.langpacks as langpacks
from eventcoder.extract import extract_events
from eventcoder.extract.scan_actors import find_actors
from eventcoder.langpacks import load_pack
from eventcoder.langpacks.schemas import ActorsFile
from eventcoder.records import Article

ACTORS = langpacks.SHARED_DIR / "actors.yaml"
# ACLED: "ACRONYM: Full Name", "X Ethnic Militia (Country)", "Military Forces of X", or a
# group's own name; never a trailing colon or an acronym alone
ACLED_NAME = re.compile(r"^(?:[\w()/'’.,\- ]+: )?[\w(){}/'’.,\- ]+$")


def test_the_table_validates_and_names_acled_style() -> None:
    table = yaml.safe_load(ACTORS.read_text(encoding="utf-8"))
    specs = ActorsFile.model_validate(table).root
    assert len(specs) >= 160
    for key, spec in specs.items():
        assert ACLED_NAME.match(spec.name), (key, spec.name)
    for lang in ("en", "nl"):  # every alias row names a key of the table
        assert {a.key for a in load_pack(lang).actor_aliases} <= set(specs)


def only(text: str, language: str):
    events = extract_events(
        Article(id="t", text=text, published="2024-03-08", language=language))
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("language", "text", "name", "inter"),
    [
        ("en", "Fighters of the Arakan Army attacked a military camp in Rakhine State on "
               "Tuesday, killing five soldiers.", "AA: Arakan Army", 2),
        ("en", "Fano militias clashed with Ethiopian troops in Bahir Dar on Friday.",
         "Fano Militia", 4),
        ("en", "MS-13 gang members shot dead three bus drivers in San Salvador on Tuesday.",
         "MS-13: Mara Salvatrucha", 3),
        ("en", "Naxalites killed ten security personnel in an ambush in Chhattisgarh on "
               "Wednesday.", "CPI (Maoist): Communist Party of India (Maoist)", 2),
        ("nl", "De Pakistaanse Taliban hebben maandag in Peshawar vier agenten doodgeschoten.",
         "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("nl", "Het Jalisco-kartel heeft zondag in Michoacán een hinderlaag gelegd voor "
               "agenten; dertien agenten kwamen om.", "CJNG: Jalisco New Generation Cartel", 3),
        ("nl", "Israëlische kolonisten hebben zondag het dorp Huwara aangevallen; een "
               "Palestijn werd gedood.", "Settlers (Israel)", 4),
        ("nl", "Strijders van het Arakan-leger hebben dinsdag een legerbasis in de deelstaat "
               "Rakhine aangevallen; daarbij kwamen vijf soldaten om.", "AA: Arakan Army", 2),
    ],
)
def test_a_named_group_of_any_region_is_actor1(language: str, text: str, name: str,
                                              inter: int) -> None:
    ev = only(text, language)
    assert (ev.actor1, ev.inter1) == (name, inter)


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("en", "Islamic State Khorasan Province claimed the bombing.", "islamic_state"),
        ("nl", "Islamitische Staat Khorasan eiste de aanslag op.", "islamic_state"),
        ("en", "Kataib Hezbollah fired drones at the base.", "kataib_hezbollah"),
        ("nl", "Het Polisariofront beschoot Marokkaanse posten.", "polisario"),
        ("nl", "De Nieuwe IRA eiste de aanslag op.", "new_ira"),
        ("en", "Mai-Mai fighters attacked the village.", "mai_mai"),
    ],
)
def test_aliases_resolve_to_their_key(language: str, text: str, key: str) -> None:
    assert [a.key for a in find_actors(text, load_pack(language))][:1] == [key]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an acronym that is also a file type, a car brand, a town, a band, a party
        ("en", "He opened the PDF on his phone, parked the Kia in Fano and went to hear Los "
               "Lobos play; the EPP and the CDN provider were criticised by the resistance "
               "front of tenants."),
        ("nl", "Hij opende de pdf, parkeerde zijn Kia in Fano en zag een tak van de boom "
               "afbreken; de fractie van de EPP en de cv-ketel van de buren haperden."),
        ("nl", "De politie hield vrijdag in Fano een man aan die een tak door een ruit gooide."),
        # a province, an idiom: "Sinai Province" and "Lions' Den" are groups only as named
        ("en", "Gunmen attacked a mosque in Egypt's North Sinai province on Friday; the "
               "minister walked into the lions' den."),
        ("nl", "Schutters vielen vrijdag een moskee aan in de Egyptische provincie Noord-Sinaï."),
    ],
)
def test_look_alike_words_name_no_group(language: str, text: str) -> None:
    pack = load_pack(language)
    named = [a for a in find_actors(text, pack) if pack.actor(a.key).kind == "group"]
    assert named == [], [(a.text, a.key) for a in named]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Gunmen from the Tehreek-e-Taliban Pakistan attacked a checkpoint in Peshawar on Monday.",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("Fighters from al-Shabaab attacked an army base in Baidoa on Sunday.", "Al Shabaab"),
])
def test_generic_fighters_from_a_named_group_are_that_group(text: str, actor1: str) -> None:
    """'from' links a force noun to its group as 'of' does (en discourse.yaml owner_links)."""
    assert only(text, "en").actor1 == actor1
