"""Is a capitalised word a known place? The geocoder's answer (:mod:`eventcoder.geo.places`).

The extractor only needs to know whether a name after a bare preposition ("in Labour",
"op Corbyn") is trustworthy enough to split one event from another; it asks the same index and
candidate look-up the geocoder resolves the name with, so the two stages agree on what a place
is. Names introduced by an explicit cue ("de stad X", "X province") are trusted without the
check, so villages missing from the gazetteer still work.
"""

from __future__ import annotations

from eventcoder.geo.places import (
    TRUSTED_CUES,
    known_place,
    landmark_town,
    lies_in,
    trusted_place,
    unit_name,
    unit_of,
)

__all__ = ["TRUSTED_CUES", "known_place", "landmark_town", "lies_in", "trusted_place", "unit_name",
           "unit_of"]
