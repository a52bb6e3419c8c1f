"""Actors know their countries (issues 11 and 12): the data is validated, an acronym that names
different groups in different countries is read by the article, the actors' country steers the
geocoder, and "X (Z, Y)" binds a town to its province.

Short made-up notes in ACLED's style; place assertions check the gazetteer's own namesakes
first, so they hold whatever the data holds.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcoder import langpacks
from eventcoder.extract.actor_countries import country_names, readings
from eventcoder.geo import get_geocoder
from eventcoder.langpacks import PackError, load_pack
from eventcoder.langpacks.schema_rules import ActorSpec, country_codes
from eventcoder.pipeline import code_article
from eventcoder.records import Article, Event, PlaceMention


def _code(text: str) -> list[Event]:
    return code_article(Article(id="t", text=text, published="2021-05-04", language="en"),
                        scope=False)


def _one(text: str) -> Event:
    events = _code(text)
    assert events, text
    return events[0]


# ---- 1. the data: countries on actors and aliases, validated -------------------------------

def test_every_actor_country_is_a_known_code() -> None:
    pack = load_pack("en")
    tied = [d for d in pack.actor_defs.values() if d.countries]
    assert len(tied) >= 50
    for d in tied:
        assert d.countries <= country_codes(), d.key
    assert {"MM"} == pack.actor("tatmadaw").countries
    assert {"SO", "KE"} == pack.actor("al_shabaab").countries


def test_an_unknown_country_code_on_an_actor_is_an_error() -> None:
    ActorSpec.model_validate({"name": "X", "inter": 2, "countries": ["SO"]})
    with pytest.raises(ValueError, match="unknown country code 'XX'"):
        ActorSpec.model_validate({"name": "X", "inter": 2, "countries": ["XX"]})


@pytest.fixture()
def packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the bundled packs that the loader reads instead (edit it to break it)."""
    for name in ("_shared", "nl", "en"):
        shutil.copytree(langpacks.PACKS_DIR / name, tmp_path / name)
    monkeypatch.setattr(langpacks, "PACKS_DIR", tmp_path)
    monkeypatch.setattr(langpacks, "SHARED_DIR", tmp_path / "_shared")
    load_pack.cache_clear()
    yield tmp_path
    load_pack.cache_clear()


def test_an_unknown_country_code_in_actors_tsv_names_the_file_and_line(packs: Path) -> None:
    path = packs / "en" / "actors.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith("\tpolice\tPE"))
    lines[at] = lines[at][: -len("PE")] + "QQ"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PackError, match=rf"en/actors.tsv:{at + 1}: unknown country code 'QQ'"):
        load_pack("en")


def test_an_alias_tied_to_a_country_names_it() -> None:
    ev = _one("On 3 May 2021, officers of the Peruvian National Police arrested 3 protesters "
              "in Lima.")
    assert "Police Forces of Peru" in (ev.actor1 or "") + (ev.actor2 or "")


# ---- 2. ambiguous acronyms: the article chooses --------------------------------------------

def test_sna_reads_both_ways_in_the_data() -> None:
    pack = load_pack("en")
    text = "SNA forces"
    found = {r.key for r in readings(text, pack, 0, len(text))}
    assert {"sna_somalia", "fsa"} <= found


@pytest.mark.parametrize("text, expected", [
    ("On 3 May 2021, SNA forces clashed with Al Shabaab militants in Jilib, killing 3.",
     "Military Forces of Somalia"),
    ("On 3 May 2021, SNA forces clashed with SDF fighters near Manbij in Syria, killing 3.",
     "Free Syrian Army"),
])
def test_sna_is_the_army_of_somalia_or_the_rebels_of_syria(text: str, expected: str) -> None:
    assert _one(text).actor1 == expected


def test_the_other_side_alone_chooses_the_reading() -> None:
    """No country word and no place: the enemy's country tells which SNA fights."""
    syria = _one("On 3 May 2021, SNA forces clashed with YPG fighters, killing 3.")
    somalia = _one("On 3 May 2021, SNA forces clashed with Al Shabaab militants, killing 3.")
    assert syria.actor1 == "Free Syrian Army" and syria.country == "Syria"
    assert somalia.actor1 == "Military Forces of Somalia" and somalia.country == "Somalia"


@pytest.mark.parametrize("text, expected", [
    ("On 3 May 2021, JEM fighters attacked a Sudanese army base in North Darfur, Sudan.",
     "JEM: Justice and Equality Movement"),
    ("On 3 May 2021, JEM militants attacked an Indian army camp in Kashmir, India.",
     "JeM: Jaish-e-Mohammed"),
])
def test_jem_is_read_by_the_country_words(text: str, expected: str) -> None:
    assert _one(text).actor1 == expected


def test_an_ambiguous_template_takes_the_country_the_article_supports() -> None:
    iraq = _one("On 3 May 2021, ISF troops clashed with Islamic State militants near Kirkuk "
                "in Iraq.")
    lebanon = _one("On 3 May 2021, ISF officers arrested 4 protesters in Beirut, Lebanon.")
    sides = [iraq.actor1, iraq.actor2, lebanon.actor1, lebanon.actor2]
    assert "Military Forces of Iraq" in sides
    assert "Police Forces of Lebanon" in sides
    assert "Police Forces of Iraq" not in sides and "Military Forces of Lebanon" not in sides


# ---- 3. actors' countries steer geocoding ---------------------------------------------------

def test_a_name_shared_by_two_countries_goes_to_the_actors_country() -> None:
    gc = get_geocoder()
    ccs = {c.entry.cc for c in gc.candidates("Marawi", lang="en")[0]}
    assert {"SD", "PH"} <= ccs  # the data holds both namesakes
    plain = _one("On 3 May 2021, soldiers shelled Marawi, killing 4 civilians.")
    sudan = _one("On 3 May 2021, SAF troops shelled Marawi, killing 4 civilians.")
    assert plain.country != "Sudan"  # without its actors the name means the other
    assert sudan.country == "Sudan" and sudan.geo_precision == 1


def test_a_placeless_event_goes_to_its_actors_country_at_province_precision() -> None:
    ev = _one("On 3 May 2021, the Tatmadaw clashed with fighters of the Arakan Army, "
              "killing 5.")
    assert ev.country == "Myanmar"
    assert ev.geo_precision == 3
    assert ev.location == ev.country  # no town is made up
    assert any(e.field == "country" and "Tatmadaw" in e.text for e in ev.evidence)


def test_actors_of_different_countries_place_nothing() -> None:
    ev = _one("On 3 May 2021, the Tatmadaw clashed with SAF troops, killing 5.")
    assert ev.country is None


def test_an_ambiguous_acronym_steers_no_geocoding() -> None:
    ev = _one("On 3 May 2021, SNA forces clashed with unidentified gunmen, killing 2.")
    assert ev.country is None


# ---- 4. "X (Z, Y)": the town lies in Y --------------------------------------------------------

def test_a_town_with_its_district_and_province_lies_in_the_province() -> None:
    gc = get_geocoder()
    cands = gc.candidates("Palma", lang="en")[0]
    big = max(cands, key=lambda c: c.entry.population).entry
    assert big.cc != "MZ"  # the best-known Palma is elsewhere
    ev = _one("On 3 May 2021, insurgents attacked a police station in Palma (Palma, Cabo "
              "Delgado), killing 2 policemen.")
    assert ev.country == "Mozambique"
    assert ev.admin1 == "Cabo Delgado"


def test_x_z_district_y_is_read_like_x_y() -> None:
    """The resolver alone: with a unit word after the district, X still lies in Y (an
    inferred place in Y where the gazetteer has no X there, never a namesake abroad)."""
    gc = get_geocoder()
    text = "Palma (Palma district, Cabo Delgado)"

    def mention(name: str, at: int) -> PlaceMention:
        start = text.index(name, at)
        return PlaceMention(text=name, start=start, end=start + len(name))

    out = gc.resolve_mentions(text, [mention("Palma", 0), mention("Palma", 1),
                                     mention("Cabo Delgado", 0)], lang="en", infer=True)
    assert out[2].entry is not None and out[2].entry.cc == "MZ"
    assert out[0].entry is not None and out[0].entry.cc == "MZ"
    assert country_names()["MZ"] == "Mozambique"
