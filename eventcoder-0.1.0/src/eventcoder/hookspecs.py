"""The one seam for extensions: hooks a plugin may implement (pluggy, like datasette's).

A plugin is a module or package with functions decorated by :data:`hookimpl`, registered through
the ``eventcoder`` entry-point group in its own ``pyproject.toml``::

    [project.entry-points.eventcoder]
    my_plugin = "my_plugin"
"""

from __future__ import annotations

from pluggy import HookimplMarker, HookspecMarker

hookspec = HookspecMarker("eventcoder")
hookimpl = HookimplMarker("eventcoder")


@hookspec
def language_pack_dirs():
    """Folders holding extra language packs (one sub-folder per language code).

    Returns a list of ``pathlib.Path``. A pack found here overrides a bundled one of the same code.
    """


@hookspec
def register_exporters():
    """Extra export formats: a dict of format name -> ``writer(events, stream) -> int``.

    The writer gets an open text stream and returns how many events it wrote.
    """


@hookspec
def register_readers():
    """Extra input formats: a list of :class:`eventcoder.ingest.registry.Reader`.

    A file whose suffix a reader lists (".vnd", looking through ".gz") is read by it; a reader
    with a built-in format's name, or a suffix a built-in lists, takes over from the built-in.
    """


@hookspec
def register_stages():
    """Steps over an article's coded events: a list of :class:`eventcoder.stages.Stage`.

    Every stage runs in ``order`` (the built-ins: geocode 100, localise_actors 200, scope 300,
    notes 400); a stage with a built-in stage's name replaces it.
    """


@hookspec
def process_events(article, events):
    """Inspect or enrich an article's coded events after geocoding, before merging and storage.

    Mutate ``events`` (a list of :class:`eventcoder.records.Event`) in place; the return value is
    ignored. Use it for house rules, extra tags or a second opinion from another model.
    """
