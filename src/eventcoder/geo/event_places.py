"""Event geocoding: an event's location fields from its own place words and the article.

Why a module of its own: choosing an event's place (its own mention if it fits the units named
after it, a national institution's capital, else the article's best context at the precision it
supports) is a consumer of resolution, not part of it; the geocoder only resolves names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from eventcoder.geo.admin_units import nested_in
from eventcoder.geo.candidates import Resolution
from eventcoder.geo.gazetteer import Entry
from eventcoder.geo.institutions import institution_countries
from eventcoder.geo.place_roles import bare_country, in_dateline, not_the_scene
from eventcoder.geo.told_hierarchy import HIERARCHY_CHARS as HIERARCHY_CHARS
from eventcoder.geo.told_hierarchy import _hierarchy_words, contradicted, told_unit
from eventcoder.geo.told_hierarchy import hierarchy_gap as hierarchy_gap
from eventcoder.geo.toponyms import find_toponyms
from eventcoder.records import Article, Event, Evidence, PlaceCue, PlaceMention

if TYPE_CHECKING:
    from eventcoder.geo.resolver import Geocoder

TOWN_BEFORE_REACH = 250  # characters before a placeless event where a town told sets its place
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s|\n")


def geocode_events(
    geocoder: Geocoder, article: Article, events: list[Event], doc=None,
    actor_country: Callable[[Event], str | None] | None = None,
) -> None:
    """Fill the location fields of ``events`` from their place candidates and the article."""
    lang = article.language
    text = article.text
    found = find_toponyms(text, lang or "en", doc=doc, gazetteer=geocoder)
    # a name the extractor read as a whole actor ("Hamas fired rockets", where a German town
    # has "Hamas" among its names) is that actor, not a place
    actor_spans = {(e.start, e.end) for ev in events for e in ev.evidence
                   if e.field in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")}
    found = [m for m in found if (m.start, m.end) not in actor_spans or m.cue is not None]
    spans = {(m.start, m.end): m for m in found}
    for ev in events:
        for pc in ev.place_candidates:
            known = spans.get((pc.start, pc.end))
            # The extractor may name the place its words point at (a landmark's town):
            # that reading wins over the raw words.
            renamed = pc.text != text[pc.start : pc.end]
            if known is None or renamed or (pc.cue and not known.cue):
                spans[(pc.start, pc.end)] = pc
    mentions = sorted(spans.values(), key=lambda m: m.start)
    # the one country an event's sides belong to (extraction's reading, handed in by the
    # geocode stage: geo never imports extraction)
    actor_ccs = {id(ev): actor_country(ev) if actor_country else None for ev in events}
    hints = frozenset(cc for cc in actor_ccs.values() if cc) | institution_countries(
        text, lang, geocoder)
    resolutions = geocoder.resolve_mentions(text, mentions, lang=lang, hints=hints)
    by_span = {(r.mention.start, r.mention.end): r for r in resolutions}
    told = {id(ev): [e.start for e in ev.evidence if e.field == "event_type"] for ev in events}
    for ev in events:
        others = [t for e in events if e is not ev for t in told[id(e)]]
        geocode_event(geocoder, article, ev, by_span, resolutions, actor_ccs[id(ev)],
                      others_told=others, hints=hints)
    for ev in events:
        story_town(ev, events)


def story_town(ev: Event, events: list[Event]) -> None:
    """An event placed only at its country, whose words name no place of their own, goes
    around the one town where the article's other events of that country are placed
    (precision 2): "De oproerpolitie in Tbilisi ... Ook woensdagavond gingen weer
    tienduizenden mensen de straat op" is the same story's town, not all of Georgia. Towns
    of two or more places say nothing."""
    if ev.geo_precision != 3 or ev.iso3 is None or any(
            pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates):
        return
    towns = {o.geonameid: o for o in events if o is not ev and o.iso3 == ev.iso3
             and o.geo_precision in (1, 2) and o.geonameid is not None}
    if len(towns) != 1:
        return
    (town,) = towns.values()
    ev.location, ev.latitude, ev.longitude = town.location, town.latitude, town.longitude
    ev.geonameid, ev.admin1, ev.admin2 = town.geonameid, town.admin1, town.admin2
    ev.country = town.country
    ev.geo_precision = 2
    for e in town.evidence:
        if e.field == "location" and e not in ev.evidence:
            ev.evidence.append(e)


def geocode_event(
    geocoder: Geocoder,
    article: Article,
    ev: Event,
    by_span: dict[tuple[int, int], Resolution],
    resolutions: list[Resolution],
    actor_cc: str | None = None,
    others_told: list[int] | None = None,
    hints: frozenset[str] = frozenset(),
) -> None:
    """One event's place: its own first mention that fits (where its words name only a
    country, a town their sentence names in it: :func:`sentence_town`, else one the next
    sentence opens with: :func:`next_sentence_town`), a national
    institution's capital, else :func:`fallback`, else the one country its actors belong
    to (``actor_cc``, precision 3: no town is made up); with the mentions that support it
    as evidence."""
    chosen: Resolution | None = None
    in_sentence: Resolution | None = None  # a town of its sentence in the country it names
    site: Resolution | None = None  # a national institution of a country the text names
    own = [r for pc in ev.place_candidates
           if (r := by_span.get((pc.start, pc.end))) and r.entry and not r.inferred]
    for pc in sorted(ev.place_candidates, key=lambda pc: bare_country(pc, by_span, own)):
        if pc.cue == PlaceCue.PROVINCIAL_SITE:
            continue  # a state's Capitol: the seat of the state named (provincial_seat)
        r = by_span.get((pc.start, pc.end))
        if r and r.entry and pc.cue == PlaceCue.NATIONAL_SITE and r.entry.kind == "country":
            site = site or r  # "het hoofdkwartier van de Soedanese strijdkrachten"
            continue
        if r and r.entry and not r.demonym and r.entry.kind != "continent" and (
                fits_units(r, own, article.text, article.language)) and not (
                namesake_abroad(r, own, resolutions, article.text)) and not (
                contradicted(geocoder.gaz, r, resolutions, article.text, article.language)):
            chosen = r
            break
    if chosen is not None:
        chosen = finer_inside(chosen, ev, by_span, own, resolutions, article)
    told = None  # "in Irumu, DR Congo", "near Duduble (Ceel Buur, Galgaduud) in Somalia": a
    # unit of the country its own words name, or one their hierarchy names there
    if chosen is not None and chosen.known_entry.kind == "country" and chosen.known_entry.cc:
        cc = chosen.known_entry.cc
        told = told_unit(geocoder.gaz, ev, resolutions, article, frozenset({cc}))
        told = told if told is not None and told.entry.cc == cc else None
        chosen = None if told is not None else chosen
    seat = provincial_seat(geocoder, ev, chosen, resolutions)
    chosen = None if seat is not None else chosen
    capital = geocoder.gaz.capital(site.known_entry.cc) if chosen is None and site else None
    if chosen is not None and chosen.known_entry.kind == "country" and not any(
            pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates):
        # words that name only a country ("killed five aid workers in Kenya"): a town their
        # sentence names in it is more precise ("as they drove ... north to Marsabit")
        scenes = scene_towns([r for r in resolutions if r.entry is not None],
                             article.text, ev.language)
        town = sentence_town(ev, scenes, article.text, chosen.known_entry.cc) or (
            next_sentence_town(ev, scenes, article.text, chosen.known_entry.cc,
                               others_told or []))
        if town is not None:
            chosen, in_sentence = None, town
    if chosen is not None:
        cue = chosen.mention.cue
        place = geocoder.to_place(chosen.known_entry, geocoder.precision(chosen.known_entry, cue))
        support = [chosen]
    elif in_sentence is not None:
        place = geocoder.to_place(in_sentence.known_entry, 2)
        support = [in_sentence]
    elif seat is not None:
        place = geocoder.to_place(seat[0], 2)  # the seat, by inference: around it
        support = [seat[1]]
    elif capital is not None:
        place = geocoder.to_place(capital, 2)  # in the capital, by inference: around it
        support = [site] if site is not None else []
    elif (unit := told or told_unit(geocoder.gaz, ev, resolutions, article, hints)) is not None:
        # "Aitaroun (Bent Jbeil, Nabatieh)": the gazetteer lacks the village, not the units
        # the text places it in; around the most specific of them (a province: within it)
        place = geocoder.to_place(unit.entry, unit.precision)
        if unit.admin2 is not None:
            place.admin2 = unit.admin2
        support = [Resolution(unit.mention, unit.entry)]
    else:
        fallback_place = fallback(geocoder, ev, resolutions, article.text)
        if fallback_place is None:
            actors_country = geocoder.gaz.country(actor_cc) if actor_cc else None
            if actors_country is None:
                return
            fallback_place = actors_country, [], 3
            ev.evidence.extend(actor_evidence(ev))
        entry, support, precision = fallback_place
        place = geocoder.to_place(entry, precision)
    ev.location = place.location
    ev.latitude, ev.longitude = place.latitude, place.longitude
    ev.geonameid = place.geonameid
    ev.country, ev.iso3 = place.country, place.iso3
    ev.admin1, ev.admin2 = place.admin1, place.admin2
    ev.geo_precision = place.geo_precision
    for r in support:
        evidence = place_evidence("location", article, r.mention)
        if evidence not in ev.evidence:
            ev.evidence.append(evidence)
    chosen_entry = chosen.entry if chosen else None
    adm1_id = (chosen_entry.adm1 if chosen_entry and chosen_entry.kind != "adm1"
               else chosen_entry.id if chosen_entry else None)
    for r in resolutions:
        if r.entry is None or r in support:
            continue
        if adm1_id and r.entry.id == adm1_id:
            ev.evidence.append(place_evidence("admin1", article, r.mention))
        elif r.entry.kind == "country" and place.iso3 and r.entry.cc and (
            geocoder._iso3.get(r.entry.cc) == place.iso3
        ):
            ev.evidence.append(place_evidence("country", article, r.mention))


def provincial_seat(geocoder: Geocoder, ev: Event, chosen: Resolution | None,
                    resolutions: list[Resolution]) -> tuple[Entry, Resolution] | None:
    """A state's Capitol or a "provinciehuis" among the event's places, and no town of its
    own: the seat of the province its words name, else of the one the article names nearest
    the site (in the country chosen, if one is), with the province's mention as support
    ("rallied on the steps of the state Capitol ... California's budget": Sacramento)."""
    sites = [pc.start for pc in ev.place_candidates if pc.cue == PlaceCue.PROVINCIAL_SITE]
    if not sites or (chosen is not None and chosen.known_entry.kind not in ("adm1", "country")):
        return None
    if chosen is not None and chosen.known_entry.kind == "adm1":
        provinces = [chosen]
    else:
        cc = chosen.known_entry.cc if chosen is not None else None
        provinces = sorted(
            (r for r in resolutions if r.entry is not None and r.entry.kind == "adm1"
             and not r.inferred and (cc is None or r.entry.cc == cc)),
            key=lambda r: min(abs(r.mention.start - s) for s in sites))
    for r in provinces[:1]:
        if (seat := geocoder.gaz.seat(r.known_entry)) is not None:
            return seat, r
    return None


def actor_evidence(ev: Event) -> list[Evidence]:
    """The actor words that tell the country of an event placed by its actors alone."""
    return [e.model_copy(update={"field": "country"}) for e in ev.evidence
            if e.field in ("actor1", "actor2")]


def fallback(
    geocoder: Geocoder, ev: Event, resolutions: list[Resolution], text: str = ""
) -> tuple[Entry, list[Resolution], int] | None:
    """No candidate resolved: the article's best context, as imprecise as it is.

    A province named near the event's own place mention (precision 3); else, for an
    event whose words name no place of their own, a town named in the sentence that tells
    it ("police arrested two teenagers accused of plotting an attack in Aschaffenburg",
    precision 2), else the town told just before them ("zaterdag in Amsterdam ... Tijdens de
    antiracismemars", precision 2); a town told as where a journey began, where someone
    lives, comes from or talks were held, or inside a longer name ("the Church of
    Alexandria") is none of these, nor a vote for the article's town; else the town
    the article centres on, mentioned at least twice and twice as often as any other town
    of its country, or its only town when the event names a place the gazetteer lacks
    (precision 2: somewhere around it, as for an unknown street or square); else, for an
    event at a national institution (parliament, army headquarters), the capital of the
    article's main country (precision 2);
    else the article's main country (precision 3)."""
    resolved = [r for r in resolutions if r.entry is not None]
    if not resolved:
        return None
    scenes = scene_towns(resolved, text, ev.language)
    countries = Counter(r.known_entry.cc for r in resolved if r.known_entry.cc)
    if not countries:
        return None
    top_cc, _ = countries.most_common(1)[0]
    # The extractor's country for this event (from its own words) beats the article's
    # most-mentioned country: a news round-up names many countries.
    hinted = geocoder._country_code(ev.country)
    if hinted and hinted in countries:
        top_cc = hinted
    # A province named near the event's own place mention keeps it at that admin level.
    anchors = [pc.start for pc in ev.place_candidates]
    provinces = [r for r in resolved
                 if r.known_entry.kind == "adm1" and r.known_entry.cc == top_cc]
    if anchors and provinces:
        near = min(provinces, key=lambda r: min(abs(r.mention.start - a) for a in anchors))
        if min(abs(near.mention.start - a) for a in anchors) < 200:
            return near.known_entry, [near], 3
    local = [r for r in scenes if r.known_entry.cc == top_cc]
    told = [e.start for e in ev.evidence if e.field == "event_type"]
    if told and not any(pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates):
        # of the event's country or one the article names as such: "Speaking in Geneva, the
        # envoy said Turkey had accused the regime of shelling" is not in Switzerland
        named = {r.known_entry.cc for r in resolved if r.known_entry.kind == "country"}
        if (own := sentence_town(ev, [r for r in scenes if r.known_entry.cc == top_cc
                                      or r.known_entry.cc in named], text)) is not None:
            return own.known_entry, [own], 2
        first = min(told)
        before = [r for r in local if first - TOWN_BEFORE_REACH <= r.mention.start < first]
        if not before and not ev.place_candidates:
            before = towns_of_named_countries(resolved, first, scenes)
        if before:
            nearest = max(before, key=lambda r: r.mention.start)
            return nearest.known_entry, [nearest], 2
    towns = Counter(r.known_entry.id for r in local)
    ranked = towns.most_common(2)
    # (or the one town of that country the article names at all, when the event's own
    # place is a street or venue the gazetteer lacks: "de Spuistraat" ... "W Amsterdam")
    alone = len(ranked) == 1 and any(pc.cue != PlaceCue.COUNTRY for pc in ev.place_candidates)
    if ranked and (ranked[0][1] >= 2 or alone) and (
            len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        support = [r for r in resolved if r.known_entry.id == ranked[0][0]]
        return support[0].known_entry, support[:1], 2
    # A province named near the words that tell the event is where it is, at province
    # precision, rather than the whole country ("in Tarmiyah district, Salah al-Din").
    if told and provinces:
        near = min(provinces, key=lambda r: min(abs(r.mention.start - t) for t in told))
        if min(abs(near.mention.start - t) for t in told) < 200:
            return near.known_entry, [near], 3
    country = geocoder._countries.get(top_cc)
    if country is None:
        return None
    support = [r for r in resolved if r.known_entry.id == country.id]
    # a national institution ("het hoofdkwartier van de Soedanese strijdkrachten", "outside
    # parliament") stands in the capital: around it (precision 2), not the whole country
    if any(pc.cue == PlaceCue.NATIONAL_SITE for pc in ev.place_candidates):
        capital = geocoder.gaz.capital(top_cc)
        if capital is not None:
            return capital, support[:1], 2
    return country, support[:1], 3


def towns_of_named_countries(resolved: list[Resolution], first: int,
                             scenes: list[Resolution]) -> list[Resolution]:
    """Towns told just before a placeless event's first word, in any country the article
    names as such.

    An event whose words name no place has only a guessed country: a country word in its
    sentence is as often a side or a broker ("the ceasefire brokered by Turkey ... for eastern
    Aleppo ... Turkey accused the regime of heavy shelling") and the story's thread may be a
    person's origin ("a German-Iraqi boy tried to blow up a market in Ludwigshafen"). A town
    the text tells right before the event is a place it gives, and beats that guess, when the
    article also names the town's country (a country word or its adjective): a town of a
    country the story never names ("Speaking in Geneva, the envoy said ...") is no
    guess-breaker."""
    named = {r.known_entry.cc for r in resolved if r.known_entry.kind == "country"}
    return [r for r in scenes
            if r.known_entry.cc in named and first - TOWN_BEFORE_REACH <= r.mention.start < first]


def scene_towns(resolved: list[Resolution], text: str, lang: str | None) -> list[Resolution]:
    """The resolved towns the text sets something in: not where a journey began ("drove from
    Juba to Pibor"; a landmark's route stays in its town), where someone lives or talks were
    held (the pack's place blockers; a town named between the blocker and this one ends its
    reach), where someone comes from ("a man from Rotterdam"), nor the end of a longer name
    ("the Church of Alexandria"): the one decision extraction takes too
    (:func:`eventcoder.geo.place_roles.not_the_scene`)."""
    # a demonym is no place of its own that ends a blocker's reach: "overleg in het Jordaanse
    # Aqaba" still sets the talks in Aqaba
    named = [r.mention.start for r in resolved if not r.demonym]
    return [r for r in resolved if r.known_entry.kind == "city" and not r.demonym and not (
        text and not_the_scene(text, r.mention.start, r.mention.end, lang, named=named))]


def sentence_town(ev: Event, scenes: list[Resolution], text: str,
                  cc: str | None = None) -> Resolution | None:
    """The town of ``scenes`` (of country ``cc``, when given) named in a sentence that tells
    the event, nearest its words: "police arrested two teenagers accused of plotting an attack
    in Aschaffenburg" is placed there, not in the town the article is about."""
    told = [e.start for e in ev.evidence if e.field == "event_type"]
    if not text or not told:
        return None
    spans = [sentence_of(text, t) for t in told]
    own = [r for r in scenes if (cc is None or r.known_entry.cc == cc)
           and any(lo <= r.mention.start < hi for lo, hi in spans)]
    # a dateline's town ("OUAGADOUGOU (AFP) - Jihadist fighters attacked ... Djibo") is where
    # the report was filed: the sentence's other towns first
    own = [r for r in own if not in_dateline(text, r.mention.start, r.mention.end)] or own
    return min(own, key=lambda r: min(abs(r.mention.start - t) for t in told), default=None)


OPENING_WORDS = 1  # words before the town that opens a sentence ("In Ashkelon ...")


def next_sentence_town(ev: Event, scenes: list[Resolution], text: str, cc: str | None,
                       others_told: list[int]) -> Resolution | None:
    """A town of country ``cc`` that opens the sentence right after the last one telling
    the event, behind at most a preposition, where that sentence tells no other event:
    "Hamas vuurde zondag opnieuw tientallen raketten af op Israël. In Ashkelon raakte een
    huis" names where the rockets struck; the codebook codes the most specific place."""
    told = [e.start for e in ev.evidence if e.field == "event_type"]
    if not text or not told:
        return None
    _lo, hi = sentence_of(text, max(told))
    nxt = hi
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text):
        return None
    span = sentence_of(text, nxt)
    if any(span[0] <= t < span[1] for t in (*told, *others_told)):
        return None
    for r in scenes:
        if r.known_entry.cc != cc or not span[0] <= r.mention.start < span[1]:
            continue
        opening = text[span[0]:r.mention.start].split()
        if len(opening) <= OPENING_WORDS and all(
                w.lower() in _hierarchy_words(ev.language)[0] for w in opening):
            return r  # the pack's place words only: "In", "Near", "Bij"
    return None


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The character span of the sentence around ``pos`` (ends at ". ", "! ", "? ", a line)."""
    lo = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 2000), pos)),
             default=0)
    end = _SENTENCE_BREAK.search(text, pos)
    return lo, end.start() + 1 if end is not None else len(text)


_FINER = {"country": ("adm1", "adm2", "city"), "adm1": ("adm2", "city"), "adm2": ("city",)}


def finer_inside(chosen: Resolution, ev: Event, by_span: dict[tuple[int, int], Resolution],
                 own: list[Resolution], resolutions: list[Resolution],
                 article: Article) -> Resolution:
    """The event's words name a country or province first and a place inside it later
    ("de veiligheidsadviseur ... van Montenegro is ... in de hoofdstad Podgorica
    doodgeschoten"; "in Barangay Mabini, Las Navas, Northern Samar" names the district and a
    town in it): the codebook codes the most specific place named, so the first later
    mention inside it that fits wins; a place outside it (another country, another province)
    does not."""
    outer = chosen.known_entry
    kinds = _FINER.get(outer.kind)
    if kinds is None:
        return chosen
    for pc in ev.place_candidates:
        r = by_span.get((pc.start, pc.end))
        if (r is None or r is chosen or r.entry is None or r.inferred or r.demonym
                or r.entry.kind not in kinds or pc.cue == PlaceCue.NATIONAL_SITE):
            continue
        e = r.entry
        inside = e.cc == outer.cc if outer.kind == "country" else (
            e.adm2 == outer.id) if outer.kind == "adm2" else (
            e.adm1 == outer.id or nested_in(e.adm1, outer.id))
        if inside and fits_units(r, own, article.text, article.language) and not (
                namesake_abroad(r, own, resolutions, article.text)):
            return r
    return chosen


def fits_units(r: Resolution, own: list[Resolution], text: str = "",
               lang: str | None = None) -> bool:
    """The place lies in every unit the event's words name right after it, as a hierarchy
    ("X village (Y district, Z province)", "X, Z", "X in Y district"): a namesake in another
    province or country is not the event's place, which then goes to the district or province
    named (the event's next place). Units told elsewhere (a list of provinces) do not bind,
    nor one the clause goes on to after other words ("rallied in London against the war in
    Ukraine": see :func:`hierarchy_gap`)."""
    e = r.known_entry
    for u in own:
        unit = u.entry
        if u is r or unit is None or u.demonym or unit.id == e.id:
            continue
        gap = u.mention.start - r.mention.end
        if not 0 <= gap <= HIERARCHY_CHARS:
            continue
        if text and not hierarchy_gap(text[r.mention.end:u.mention.start], lang):
            continue
        if unit.kind == "country" and u.mention.cue != PlaceCue.NATIONAL_SITE:
            inside = e.cc == unit.cc
        elif unit.kind == "adm1" and e.kind in ("city", "adm2") and e.adm1 is not None:
            inside = e.adm1 == unit.id or nested_in(e.adm1, unit.id)
        elif unit.kind == "adm2" and e.kind == "city" and e.adm1 is not None:
            inside = unit.id == e.adm2 or unit.adm1 == e.adm1
        elif unit.kind == "city" and unit.cc and e.cc:
            inside = e.cc == unit.cc  # "Shahdara in Lahore": no Shahdara of India
        else:
            inside = True
        if not inside:
            return False
    return True


def namesake_abroad(r: Resolution, own: list[Resolution], resolutions: list[Resolution],
                    text: str) -> bool:
    """Another sentence of the event names only a country, and the place lies outside it in a
    country the article names nowhere else: "Insurgents attacked the town of Palma ... The
    attack in northern Mozambique": not Palma de Mallorca, however big (the gazetteer may
    lack the small Palma meant; the event then goes to the country). A country of the same
    sentence may be what the event is about ("rallied in London against the war in
    Ukraine"); a hierarchy there is :func:`fits_units`'s."""
    e = r.known_entry
    if e.kind not in ("city", "adm1", "adm2") or not text:
        return False
    here = sentence_of(text, r.mention.start)
    countries = {u.known_entry.cc for u in own
                 if u.known_entry.kind == "country" and u.mention.cue == PlaceCue.COUNTRY
                 and sentence_of(text, u.mention.start) != here}
    if not countries or e.cc in countries:
        return False
    key = r.mention.text.lower()
    return not any(o.entry is not None and not o.inferred and o.entry.cc == e.cc
                   and o.mention.text.lower() != key for o in resolutions)


def place_evidence(field_name: str, article: Article, m: PlaceMention) -> Evidence:
    """The mention as evidence of one of the event's place fields."""
    return Evidence(
        field=field_name, article_id=article.id, start=m.start, end=m.end,
        text=article.text[m.start:m.end],
    )
