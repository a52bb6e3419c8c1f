"""Where an event happened: one event per listed place, and the place names offered to the
geocoder in order of preference."""

from __future__ import annotations

from dataclasses import replace

from eventcoder.extract.coding.draft import Draft, place_key
from eventcoder.extract.gazetteer import unit_name
from eventcoder.extract.spans import PlaceSpan
from eventcoder.records import PlaceCue

# cue words that make a name a town first, then unmarked, then an area ("district", "province")
_CUE_RANK: dict[str | None, int] = {
    PlaceCue.CITY: 0, PlaceCue.CAPITAL: 0, None: 1, PlaceCue.DISTRICT: 2, PlaceCue.NEAR: 2,
    PlaceCue.REGION: 3, PlaceCue.PROVINCE: 3,
}


def split_by_place(d: Draft) -> list[Draft]:
    """"Gedemonstreerd in Oran en Constantine": ACLED codes one event per place. Each part is
    a new draft with ``only_place`` set; a draft with no list of trusted places is returned
    as it is, and so is one whose names are joined by commas alone to a province ("in Palma,
    Cabo Delgado": a place and the unit it lies in)."""
    for m in d.mentions:
        listed = [p for p in m.places if p.listed_after is not None and not p.is_country]
        if not listed:
            continue
        head = listed[0].listed_after
        group = [head, *listed] if head is not None and not head.is_country else listed
        if len(group) < 2 or not all(p.trusted for p in group):
            continue
        if all(p.comma_only and unit_name(p.text) for p in listed):
            continue  # "in Palma, Cabo Delgado": a place and its province, not two places

        primary = d.place()
        if primary is not None and all(place_key(primary) != place_key(p) for p in group):
            group.insert(0, primary)  # the event told first, then "also in X and Y"
        return [replace(d, only_place=p) for p in group]
    return [d]


def place_candidates(d: Draft) -> list[PlaceSpan]:
    """The draft's place names, best first and each name once: trusted towns named by the
    event, then countries, then where someone comes from, then national sites (a hint for the
    capital)."""
    if d.only_place is not None:
        countries = [p for m in d.mentions for p in m.places if p.is_country]
        return [d.only_place, *countries[:1]]
    ordered: list[PlaceSpan] = []
    seen: set[str] = set()
    specific = [p for m in d.mentions for p in m.places if not p.is_country and not p.is_site]
    countries = [p for m in d.mentions for p in m.places if p.is_country]
    sites = [p for m in d.mentions for p in m.places if p.is_site]
    heads = [p for p in specific if p.describes is None] or specific
    first_key = place_key(heads[0]) if heads else None
    # names the text or gazetteer vouches for first: "wint in Labour ... in Londen"
    # and a name in apposition ("the capital of Y province") after the place it describes
    # and a town the text names before a landmark's town from the table ("protesters in
    # Baghdad ... in Tahrir Square": Baghdad has its own Tahrir Square; the table says Cairo)
    # and where someone comes from or lives after them ("a man from Rotterdam was arrested in
    # Amsterdam")
    # and a wire story's dateline after every town its words name
    specific.sort(key=lambda p: (p.describes is not None, p.origin, p.dateline, not p.trusted,
                                 p.town is not None,
                                 place_key(p) != first_key, _CUE_RANK.get(p.cue, 2)))
    # where someone comes from after the countries too: "two soldiers from Texas were killed
    # in Afghanistan" happened in Afghanistan
    origins = [p for p in specific if p.origin]
    specific = [p for p in specific if not p.origin]
    for p in specific + countries + origins + sites:
        k = place_key(p)
        if k not in seen:
            seen.add(k)
            ordered.append(p)
    return ordered
