"""Extraction names its vocabularies: inter codes, modalities, roles and place cues come from the
enums and named sets in records.py, not from bare values (which drifted apart before: a local
``crowd = (5, 6)`` beside ``CROWD_INTERS = (5, 6, 7)``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventcoder.records import Modality, PlaceCue, Role

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "extract"
# spans.py and gazetteer.py belong to other work; their bare values are listed in the report
SKIP = {"gazetteer.py"}
SOURCES = sorted(p for p in EXTRACT.rglob("*.py") if p.name not in SKIP)

# "a.inter in (2, 3)", "a1.inter != 7", "inters = {1, 8}"
BARE_INTER = re.compile(
    r"inters?\b[^\n#]*?(?:==|!=|\bin\b)\s*[\(\[\{]?\s*\d|_INTERS\s*=\s*[\(\{\[]\d"
)


def _names(enum: type) -> str:
    return "|".join(re.escape(m.value) for m in enum)


# a role, modality or place cue compared with or assigned as a quoted string
BARE_WORD = re.compile(
    rf"(?:role|modality|cue)\s*(?:==|!=|=|\bin\b|\bnot in\b)\s*\(?\s*[\"'](?:{_names(Role)}|"
    rf"{_names(Modality)}|{_names(PlaceCue)})[\"']"
)


def test_the_checked_sources_are_found():
    names = {p.name for p in SOURCES}
    assert {"scan.py", "scan_actors.py", "mentions.py", "sides.py", "tolls.py"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_bare_inter_codes_or_vocabulary_strings(path: Path):
    code = "\n".join(line.split("#", 1)[0] for line in path.read_text().splitlines())
    assert not BARE_INTER.findall(code), path
    assert not BARE_WORD.findall(code), path


def test_the_patterns_catch_what_they_are_for():
    assert BARE_INTER.search("if a.inter in (2, 3) and x")
    assert BARE_INTER.search("ARMED_INTERS = (1, 2, 3, 4, 8)")
    assert BARE_WORD.search('a.role = "source"')
    assert BARE_WORD.search('if m.modality == "reported":')
    assert not BARE_INTER.search("if a.inter in INSURGENTS")
    assert not BARE_WORD.search("a.role = Role.SOURCE")
