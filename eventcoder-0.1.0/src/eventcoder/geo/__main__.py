"""``python -m eventcoder.geo [--force]``: build the gazetteer index into the cache dir;
``python -m eventcoder.geo admin1 AF``: list GeoNames admin1 names -> output names."""

from eventcoder.geo.gazetteer import main

main()
