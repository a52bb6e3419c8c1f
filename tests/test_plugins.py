"""The extension seam: a registered plugin changes what the pipeline and exports do."""

from __future__ import annotations

import io

import pytest

from eventcoder.cli import SAMPLE_DIR
from eventcoder.export import write_events
from eventcoder.hookspecs import hookimpl
from eventcoder.ingest import read_paths
from eventcoder.pipeline import code_article
from eventcoder.plugins import plugin_manager


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
    instance = TagEverything()
    plugin_manager().register(instance)
    yield instance
    plugin_manager().unregister(instance)


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
