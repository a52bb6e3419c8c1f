"""Extraction names its vocabularies: inter codes, modalities, roles, place cues and the kinds
of actor, toll and time spans come from the enums and named sets in records.py, not from bare
values (which drifted apart before: a local
``crowd = (5, 6)`` beside ``CROWD_INTERS = (5, 6, 7)``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventcoder.extract import pack_for
from eventcoder.extract.scan import scan_article
from eventcoder.records import (
    ActorKind,
    Article,
    CasualtyKind,
    Modality,
    PlaceCue,
    Role,
    TimeKind,
)

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "extract"
# gazetteer.py only re-exports the geo stage's place lookups
SKIP = {"gazetteer.py"}
SOURCES = sorted(p for p in EXTRACT.rglob("*.py") if p.name not in SKIP)

# "a.inter in (2, 3)", "a1.inter != 7", "inters = {1, 8}"
BARE_INTER = re.compile(
    r"inters?\b[^\n#]*?(?:==|!=|\bin\b)\s*[\(\[\{]?\s*\d|_INTERS\s*=\s*[\(\{\[]\d"
)


def _names(enum: type) -> str:
    return "|".join(re.escape(m.value) for m in enum)


KINDS = (ActorKind, CasualtyKind, TimeKind)
# a role, modality, place cue or span kind compared with or assigned as a quoted string
BARE_WORD = re.compile(
    rf"(?:role|modality|cue|kind)\s*(?:==|!=|=|\bin\b|\bnot in\b)\s*\(?\s*[\"'](?:{_names(Role)}|"
    rf"{_names(Modality)}|{_names(PlaceCue)}|{'|'.join(_names(k) for k in KINDS)})[\"']"
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
    assert BARE_WORD.search('if a.kind == "generic" and x')
    assert BARE_WORD.search('TimeSpan(0, 1, "x", kind="weekday")')
    assert not BARE_WORD.search("if t.kind == TimeKind.DATE")


def test_the_spans_a_scan_finds_carry_their_kind_as_a_member():
    """Actor, toll and time spans are typed by the enums, whatever made them."""
    text = ("Islamic State militants killed four soldiers and wounded two in Raqqa on Sunday, "
            "12 March, the army said. Police arrested protesters yesterday.")
    article = Article(id="t", text=text, published="2019-03-28", language="en")
    scan = scan_article(text, pack_for(article), None)
    spans = [x for s in scan.sentences for x in (*s.actors, *s.casualties, *s.times)]
    kinds: dict[str, set[object]] = {}
    for x in spans:
        kinds.setdefault(type(x).__name__, set()).add(x.kind)
        assert type(x.kind) in KINDS, x
    assert {ActorKind.GROUP, ActorKind.STATE} <= kinds["ActorSpan"]
    assert kinds["CasualtySpan"] == {CasualtyKind.KILLED, CasualtyKind.INJURED}
    assert {TimeKind.WEEKDAY, TimeKind.DATE, TimeKind.RELATIVE} <= kinds["TimeSpan"]
