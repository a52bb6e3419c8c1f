"""eventcoder: news in, coded, geocoded, de-duplicated political violence events out.

The pipeline is ``ingest -> nlp -> extract -> geo -> merge -> store -> serve``; each stage is a
subpackage with one entry point, and the typed records in :mod:`eventcoder.records` travel
between them.
"""

__version__ = "0.1.0"
