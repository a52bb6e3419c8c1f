"""The built-in input formats, registered through the same hook plugins use.

Like the built-in export formats (:mod:`eventcoder.export.builtins`), these readers are a
plugin of the seam in :mod:`eventcoder.hookspecs`: :func:`eventcoder.plugins.plugin_manager`
registers this module first, so a plugin's reader for a suffix or a format name takes over
from the one here, and :func:`eventcoder.ingest.read_paths` finds both in one registry.
Content with no known suffix is sniffed (:func:`eventcoder.ingest.sources.sniff`) to one of
these names.
"""

from __future__ import annotations

from eventcoder.hookspecs import hookimpl
from eventcoder.ingest.readers import read_feed, read_html, read_json, read_jsonl, read_text
from eventcoder.ingest.registry import Reader
from eventcoder.ingest.warc import read_warc


@hookimpl
def register_readers() -> list[Reader]:
    return [
        Reader("text", (".txt", ".text"), read_text),
        Reader("jsonl", (".jsonl", ".ndjson", ".jsonlines"), read_jsonl, streamed=True),
        Reader("json", (".json",), read_json),
        Reader("html", (".html", ".htm", ".xhtml"), read_html),
        Reader("feed", (".rss", ".atom", ".rdf", ".xml"), read_feed),
        # WARC reads its gzip members itself, one record at a time
        Reader("warc", (".warc", ".arc"), read_warc, streamed=True, raw=True),
    ]
