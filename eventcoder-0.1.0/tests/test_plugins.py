"""The extension seam: a registered plugin changes what the pipeline and exports do."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.export import write_events
from eventcoder.hookspecs import hookimpl
from eventcoder.ingest import read_paths
from eventcoder.pipeline import code_article
from eventcoder.plugins import plugin_manager


@contextmanager
def registered(plugin: object) -> Iterator[object]:
    """``plugin`` registered for the block, unregistered after it whatever happens."""
    plugin_manager().register(plugin)
    try:
        yield plugin
    finally:
        plugin_manager().unregister(plugin)


class TagEverything:
    @hookimpl
    def process_events(self, article, events):
        for event in events:
            event.notes = f"[reviewed] {event.notes or ''}".strip()

    @hookimpl
    def register_exporters(self):
        def write_ids(events, stream):
            ids = [event.event_id for event in events]
            stream.write("\n".join(ids))
            return len(ids)

        return {"ids": write_ids}


@pytest.fixture()
def plugin():
    with registered(TagEverything()) as instance:
        yield instance


@pytest.fixture(scope="module")
def seed():
    return next(a for a in read_paths([SAMPLE_DIR]) if a.language == "nl")


def test_process_events_hook_sees_every_coded_event(plugin, seed):
    events = code_article(seed.model_copy())
    assert events and all(ev.notes.startswith("[reviewed]") for ev in events)


def test_without_the_plugin_nothing_is_changed(seed):
    events = code_article(seed.model_copy())
    assert events and not any((ev.notes or "").startswith("[reviewed]") for ev in events)


def test_plugin_export_format(plugin, seed):
    events = code_article(seed.model_copy())
    out = io.StringIO()
    assert write_events(events, "ids", out) == len(events)
    assert out.getvalue().split("\n") == [ev.event_id for ev in events]


def test_unknown_format_names_the_plugin_formats(plugin):
    with pytest.raises(ValueError, match="ids"):
        write_events([], "nope", io.StringIO())


class GermanPackPlugin:
    def __init__(self, root):
        self.root = root

    @hookimpl
    def language_pack_dirs(self):
        return [self.root]


def test_a_plugin_adds_a_language_pack_as_data(tmp_path):
    from eventcoder.langpacks import available_languages, load_pack
    from eventcoder.records import Article

    de = tmp_path / "de"
    de.mkdir()
    (de / "triggers.tsv").write_text("Luftangriff*\tAir/drone strike\t3\n", encoding="utf-8")
    (de / "actors.tsv").write_text("(Armee|Soldaten)\tmilitary\n", encoding="utf-8")
    (de / "countries.tsv").write_text("SY\tSyrien\tsyrisch*\n", encoding="utf-8")
    (de / "places.yaml").write_text('cues:\n  none: ["in", "bei"]\n', encoding="utf-8")
    (de / "numbers.yaml").write_text("words: {sechs: 6}\n", encoding="utf-8")
    (de / "casualties.yaml").write_text("killed: [(getötet|Tote)]\n", encoding="utf-8")
    assert "de" not in available_languages()
    load_pack.cache_clear()
    try:
        with registered(GermanPackPlugin(tmp_path)):
            load_pack.cache_clear()
            assert "de" in available_languages()
            article = Article(
                id="de-plugin",
                language="de",
                published="2021-03-08",
                text="Bei einem Luftangriff der syrischen Armee in Idlib wurden sechs Menschen "
                "getötet.",
            )
            (event,) = code_article(article)
            assert event.sub_event_type == "Air/drone strike"
            assert (event.fatalities, event.iso3) == (6, "SYR")
    finally:
        load_pack.cache_clear()


def test_the_readme_plugin_format_works_from_the_cli(plugin, tmp_path):
    """`eventcoder export --format ids` with the README's plugin: the CLI's formats are the
    registry's, not a fixed list."""
    from typer.testing import CliRunner

    from eventcoder.cli import SAMPLE_DIR, app
    from eventcoder.store import open_store

    db, out = str(tmp_path / "e.duckdb"), tmp_path / "ids.txt"
    runner = CliRunner()
    seed_file = next(p for p in SAMPLE_DIR.iterdir() if p.suffix == ".txt")
    assert runner.invoke(app, ["ingest", str(seed_file), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "ids", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        stored = sorted(ev.event_id for ev in store.all_events())
    assert stored and sorted(out.read_text().split("\n")) == stored


def test_an_unregistered_format_is_refused_by_the_cli_with_the_known_ones(tmp_path):
    from typer.testing import CliRunner

    from eventcoder.cli import app

    result = CliRunner().invoke(app, ["export", "--format", "ids", "--db",
                                      str(tmp_path / "e.duckdb")])
    assert result.exit_code != 0
    assert "acled-csv" in result.output and "parquet" in result.output


def test_builtin_formats_come_through_the_hook():
    from eventcoder.export import FORMATS, formats
    from eventcoder.plugins import plugin_manager

    names = [plugin_manager().get_name(p) for p in plugin_manager().get_plugins()]
    assert "eventcoder.builtin.exporters" in names
    assert set(FORMATS) <= set(formats())


def test_a_plugin_may_replace_a_builtin_format(tmp_path):
    class Replace:
        @hookimpl
        def register_exporters(self):
            def write(events, stream):
                stream.write("replaced")
                return 0
            return {"jsonl": write}

    with registered(Replace()):
        out = io.StringIO()
        write_events([], "jsonl", out)
        assert out.getvalue() == "replaced"
    out = io.StringIO()
    write_events([], "jsonl", out)
    assert out.getvalue() == ""


class VendorFormat:
    """A plugin reader for a suffix no built-in knows: one article per "---" block."""

    @hookimpl
    def register_readers(self):
        from eventcoder.ingest.registry import Reader
        from eventcoder.records import Article

        def read_blocks(data, origin):
            for number, block in enumerate(data.decode("utf-8").split("---"), start=1):
                if block.strip():
                    yield Article(id=f"vnd-{number}", text=block.strip(),
                                  origin=f"{origin}#{number}", source="vendor")

        return [Reader("vendor", (".vnd",), read_blocks)]


@pytest.fixture()
def vendor_reader():
    with registered(VendorFormat()) as instance:
        yield instance


def test_a_plugin_reader_is_used_for_its_file_suffix(vendor_reader, tmp_path):
    import gzip

    body = "Rebels attacked Kunduz.\n---\nPolice fired tear gas in Kabul.\n"
    (tmp_path / "feed.vnd").write_text(body, encoding="utf-8")
    (tmp_path / "packed.vnd.gz").write_bytes(gzip.compress(body.encode("utf-8")))
    items = list(read_paths([tmp_path / "feed.vnd", tmp_path / "packed.vnd.gz"]))
    assert [(a.id, a.source) for a in items] == [("vnd-1", "vendor"), ("vnd-2", "vendor")] * 2
    assert items[1].text == "Police fired tear gas in Kabul."
    assert items[0].origin == f"{tmp_path / 'feed.vnd'}#1"


def test_without_the_plugin_reader_its_suffix_is_sniffed_as_text(tmp_path):
    (tmp_path / "feed.vnd").write_text("Rebels attacked Kunduz.\n---\nMore.\n")
    (item,) = read_paths([tmp_path / "feed.vnd"])
    assert item.source is None and "---" in item.text


def test_builtin_readers_come_through_the_hook():
    from eventcoder.ingest.registry import reader_for_file, readers

    names = [plugin_manager().get_name(p) for p in plugin_manager().get_plugins()]
    assert "eventcoder.builtin.readers" in names
    assert set(readers()) == {"text", "jsonl", "json", "html", "feed", "warc"}
    assert reader_for_file("crawl.WARC.gz").name == "warc"
    assert reader_for_file("a.xml").name == "feed"
    assert reader_for_file("README") is None


def test_a_plugin_reader_may_take_over_a_builtin_suffix(tmp_path):
    from eventcoder.ingest.registry import Reader
    from eventcoder.records import Article

    class Upper:
        @hookimpl
        def register_readers(self):
            def read(data, origin):
                yield Article(id="upper", text=data.decode("utf-8").upper(), origin=origin)

            return [Reader("upper-text", (".txt",), read)]

    (tmp_path / "a.txt").write_text("Protest in Utrecht.")
    with registered(Upper()):
        (item,) = read_paths([tmp_path / "a.txt"])
    assert item.text == "PROTEST IN UTRECHT."
    (item,) = read_paths([tmp_path / "a.txt"])
    assert item.text == "Protest in Utrecht."


def test_the_readme_plugin_block_runs_as_written(tmp_path):
    """The README's plugin code, executed verbatim as a module: its reader reads a ".lines"
    file through read_paths and its exporter writes ids."""
    import re
    import types
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    extending = readme.split("## Extending", 1)[1]
    code = re.search(r"```python\n(.*?)```", extending, re.S).group(1)
    module = types.ModuleType("readme_plugin")
    exec(compile(code, "README.md", "exec"), module.__dict__)
    with registered(module):
        path = tmp_path / "notes.lines"
        path.write_text("Zaterdag demonstreerden boeren in Zwolle.\n\nTweede regel.\n")
        articles = list(read_paths([path]))
        assert [a.text for a in articles] == ["Zaterdag demonstreerden boeren in Zwolle.",
                                              "Tweede regel."]
        assert write_events([], "ids", io.StringIO()) == 0  # its exporter is registered too


def test_builtin_stages_come_through_the_hook_in_order():
    from eventcoder.stages import stages

    names = [plugin_manager().get_name(p) for p in plugin_manager().get_plugins()]
    assert "eventcoder.builtin.stages" in names
    assert [s.name for s in stages()] == ["geocode", "localise_actors", "told_twice", "scope",
                                          "lone_doer", "notes"]


def test_a_plugin_stage_runs_in_its_place_and_may_replace_a_builtin(seed):
    from eventcoder.stages import Stage

    seen: list[tuple[str, bool]] = []

    def before_scope(article, events, options):
        # geocoding (100) has run, the notes (400) have not
        seen.append(("before_scope", all(e.latitude is not None for e in events)))
        return events

    def no_notes(article, events, options):
        for event in events:
            event.notes = "plugin note"
        return events

    class Stages:
        @hookimpl
        def register_stages(self):
            return [Stage("second_opinion", 250, before_scope), Stage("notes", 400, no_notes)]

    with registered(Stages()):
        events = code_article(seed.model_copy(deep=True))
    assert seen == [("before_scope", True)]
    assert events and all(e.notes == "plugin note" for e in events)
    assert code_article(seed.model_copy(deep=True))[0].notes != "plugin note"  # unregistered
