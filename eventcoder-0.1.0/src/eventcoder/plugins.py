"""Load the built-ins and installed plugins once; expose the hook caller (see
:mod:`eventcoder.hookspecs`)."""

from __future__ import annotations

from functools import lru_cache

import pluggy

from eventcoder import hookspecs


@lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, with every installed ``eventcoder`` plugin loaded."""
    manager = pluggy.PluginManager("eventcoder")
    manager.add_hookspecs(hookspecs)
    # the built-ins use the same seam as plugins (registered first, so plugins override them)
    from eventcoder import stages as builtin_stages
    from eventcoder.export import builtins as builtin_exporters
    from eventcoder.ingest import builtins as builtin_readers

    manager.register(builtin_exporters, name="eventcoder.builtin.exporters")
    manager.register(builtin_readers, name="eventcoder.builtin.readers")
    manager.register(builtin_stages, name="eventcoder.builtin.stages")
    manager.load_setuptools_entrypoints("eventcoder")
    return manager


def hooks() -> pluggy.HookRelay:
    return plugin_manager().hook
