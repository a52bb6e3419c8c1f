"""``python -m eventcoder.geo [--force]``: build the gazetteer index into the cache dir."""

from eventcoder.geo.gazetteer import main

main()
