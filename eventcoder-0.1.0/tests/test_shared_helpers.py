"""One name key and one TSV reader for the whole package (issue 16): a second copy drifts (the
gazetteer's key once read "Ta'izz" as "taizz" while the evaluation's read "ta izz"), so every
other definition may only hand its arguments on to the shared one."""

from __future__ import annotations

import ast
from pathlib import Path

import eventcoder
from eventcoder import names
from eventcoder.geo import normalize
from eventcoder.names import name_key
from eventcoder.tsv import numbered_tsv_rows, tsv_rows

PACKAGE = Path(eventcoder.__file__).parent
# Validating readers of the geo package's own point tables, which name the bad line themselves;
# they are the next to move onto numbered_tsv_rows (geo/ is another engineer's while this lands).
OTHER_LINE_SPLITTERS = {"geo/points.py"}


def _modules() -> dict[str, ast.Module]:
    return {str(p.relative_to(PACKAGE)): ast.parse(p.read_text(encoding="utf-8"))
            for p in PACKAGE.rglob("*.py")}


def _delegates(fn: ast.FunctionDef, module: str, name: str) -> bool:
    """The body is (a docstring and) ``return <module>.<name>(...)``."""
    body = [s for s in fn.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    call = body[0].value
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == name and isinstance(call.func.value, ast.Name)
            and call.func.value.id == module)


def _calls(tree: ast.Module, attr: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and n.func.attr == attr]


def test_name_key_is_defined_once_and_elsewhere_only_delegated():
    modules = _modules()
    assert len(modules) > 50, "the package's modules should be found"
    defs = {(where, fn.name): fn for where, tree in modules.items() for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) and fn.name in ("name_key", "ascii_fold")}
    assert ("names.py", "name_key") in defs and ("names.py", "ascii_fold") in defs
    copies = {key for key, fn in defs.items()
              if key[0] != "names.py" and not _delegates(fn, "names", key[1])}
    assert not copies
    # folding accents is a name key's business: nobody else decomposes text
    decomposing = {where for where, tree in modules.items() if _calls(tree, "normalize")
                   and any(isinstance(a, ast.Constant) and a.value in ("NFKD", "NFD")
                           for c in _calls(tree, "normalize") for a in c.args)}
    assert decomposing == {"names.py"}


def test_tab_separated_files_are_read_by_one_reader():
    modules = _modules()
    csv_readers = {where for where, tree in modules.items() for c in _calls(tree, "reader")
                   if isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name)
                   and c.func.value.id == "csv"}
    assert csv_readers == {"tsv.py"}
    splitters = {where for where, tree in modules.items() for c in _calls(tree, "split")
                 if [getattr(a, "value", None) for a in c.args] == ["\t"]}
    assert splitters - OTHER_LINE_SPLITTERS == {"tsv.py"}
    pack_reader = next(fn for fn in ast.walk(modules["langpacks/__init__.py"])
                       if isinstance(fn, ast.FunctionDef) and fn.name == "_tsv")
    assert {n.id for n in ast.walk(pack_reader) if isinstance(n, ast.Name)} >= {
        "numbered_tsv_rows"}


# ---- the name key's settings ---------------------------------------------------------------

def test_the_default_key_forgives_case_and_spacing_only():
    assert name_key("  Côte   d'IVOIRE ") == "côte d'ivoire"
    assert name_key("Straße") == "strasse"  # casefold, not lower
    assert name_key("Москва") == "москва"


def test_accents_and_punctuation_are_forgiven_separately():
    assert name_key("Côte d'Ivoire", accents=False) == "cote d'ivoire"
    assert name_key("Côte d'Ivoire", punctuation=False) == "côte d ivoire"
    assert name_key("Islamic_State", punctuation=False) == "islamic state"
    assert name_key("Москва", accents=False, punctuation=False) == "москва"


def test_the_gazetteer_key_is_plain_ascii():
    assert name_key("Tromsø", to_ascii=True) == "tromso"  # a letter NFKD leaves alone
    assert name_key("Ta'izz", to_ascii=True) == "taizz"  # an apostrophe joins, not splits
    assert name_key("Ta'izz", accents=False, punctuation=False) == "ta izz"
    assert name_key("Trinidad & Tobago", to_ascii=True) == "trinidad and tobago"
    assert name_key("Москва", to_ascii=True) == ""  # another script has no key
    assert name_key("Pul-e  Khumrī", to_ascii=True, accents=True, punctuation=True) == (
        "pul e khumri")
    assert name_key(None, to_ascii=True) == ""


def test_the_geocoders_key_is_the_shared_one_folded_to_ascii():
    for text in ("Liège", "Ta'izz", "AT&T Center", "Øresund", "Sana’a", ""):
        assert normalize.name_key(text) == names.name_key(text, to_ascii=True)


# ---- the reader's two kinds of file ------------------------------------------------------------

def test_a_data_table_keeps_its_cells_as_they_are(tmp_path: Path):
    table = tmp_path / "t.tsv"
    table.write_text('# note\n\n"q"\t x \r\n  # not a comment here\n\tb\n' + "w" * 200_000
                     + "\n", encoding="utf-8")
    rows = list(numbered_tsv_rows(table))
    assert rows[:3] == [(3, ['"q"', " x "]), (4, ["  # not a comment here"]), (5, ["", "b"])]
    assert rows[3][0] == 6 and len(rows[3][1][0]) == 200_000  # no csv cell limit
    assert list(tsv_rows(tmp_path / "absent.tsv")) == []


def test_a_hand_written_file_is_forgiven_stray_spaces_and_may_quote(tmp_path: Path):
    pack = tmp_path / "p.tsv"
    pack.write_text('  # indented note\n\tno first cell\n a \t b \n"x\ty"\t"two\nlines"\nz\n',
                    encoding="utf-8")
    assert list(numbered_tsv_rows(pack, hand_written=True)) == [
        (3, ["a", "b"]), (5, ["x\ty", "two\nlines"]), (6, ["z"])]
    assert list(tsv_rows(pack, hand_written=True))[0] == ["a", "b"]
