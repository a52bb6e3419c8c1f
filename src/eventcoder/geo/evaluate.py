"""Geoparsing evaluation on GeoWebNews (GWN.xml), TR-News (TR-News.xml) and GeoVirus, and on
the project's own TSV gold sets (``gold/geo/dpg-nl.tsv``: Dutch; read by :mod:`.gold_tsv`, each
article scored in its own language).

GeoVirus (GeoVirus.xml) gives coordinates and a Wikipedia page per toponym but no GeoNames id,
so it is scored by distance only (its exact-id share is reported as None).

Two modes, as in the geoparsing literature:

- ``gold``: the gold toponyms are given (with the article as context); scores the resolution:
  exact GeoNames id, accuracy within 161 km (100 miles), mean and median error in km.
  A predicted id equal to the gold id counts as 0 km (same GeoNames entry). Unresolved toponyms
  count as misses for both accuracies and are left out of the km statistics (reported apart).
  ``far_500km_pct`` is the share of resolved toponyms more than 500 km from gold: a place in
  the wrong country or region, the error a user notices first.
- ``e2e``: toponyms found by :func:`find_toponyms`; precision against every annotated toponym,
  recall against those with a GeoNames id (overlap match), then the same resolution scores on
  the matched ones.

A toponym resolved to a country is scored at the country's geographic centre
(``Resolution.point``), where the corpora put it, not at the index's median of its towns.
"""

from __future__ import annotations

import bisect
import statistics
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from defusedxml import ElementTree

from eventcoder.distance import haversine_km
from eventcoder.geo.institutions import institution_countries
from eventcoder.geo.normalize import name_key
from eventcoder.records import PlaceMention

ACC_KM = 161.0
FAR_KM = 500.0  # beyond this a resolution is in the wrong country or region, not a near miss
OFFSET_SLACK = 5  # TR-News offsets drift by up to ~5 characters (see PROVENANCE.md)


@dataclass
class GoldToponym:
    text: str
    start: int
    end: int
    geonameid: int | None  # None in GeoVirus, which gives coordinates only
    lat: float
    lon: float
    page: str | None = None  # GeoVirus: the Wikipedia page of the place meant


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]
    annotated: list[tuple[int, int]]  # every annotated toponym span, with or without an id
    lang: str = "en"  # the article's language: toponym cues and the scan read its place words


def _align(text: str, phrase: str, start: int) -> tuple[int, int] | None:
    """The phrase's true offsets: at the stated place, within the slack, else nearest hit."""
    if text[start:start + len(phrase)] == phrase:
        return start, start + len(phrase)
    lo = max(0, start - OFFSET_SLACK)
    hit = text.find(phrase, lo, start + len(phrase) + OFFSET_SLACK)
    if hit < 0:
        hits = [i for i in _all_hits(text, phrase)]
        if not hits:
            return None
        hit = min(hits, key=lambda i: abs(i - start))
    return hit, hit + len(phrase)


def _all_hits(text: str, phrase: str):
    i = text.find(phrase)
    while i >= 0:
        yield i
        i = text.find(phrase, i + 1)


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles with their toponyms that carry a GeoNames id, from either corpus format."""
    root = ElementTree.parse(path).getroot()
    if root is None:  # a parsed file always has a root; the stubs allow None
        raise ValueError(f"{path}: no XML root element")
    articles = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        toponyms: list[GoldToponym] = []
        annotated: list[tuple[int, int]] = []
        for t in (*art.iter("toponym"), *art.iter("location")):
            gaz = t.find("gaztag")
            page = None
            if t.tag == "location":  # GeoVirus: coordinates, no GeoNames id
                phrase = t.findtext("name") or ""
                gid, lat, lon = None, t.findtext("lat"), t.findtext("lon")
                page = t.findtext("page")
            elif gaz is not None:  # TR-News
                phrase = t.findtext("phrase") or ""
                gid, lat, lon = gaz.get("geonameid"), gaz.findtext("lat"), gaz.findtext("lon")
            else:  # GWN
                phrase = t.findtext("extractedName") or ""
                gid = t.findtext("geonamesID")
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
            span = _align(text, phrase, int(t.findtext("start") or 0)) if phrase else None
            if span is None:
                continue
            annotated.append(span)
            if (not gid and t.tag != "location") or not lat or not lon:
                continue
            toponyms.append(GoldToponym(phrase, *span, int(gid) if gid else None, float(lat),
                                        float(lon), page))
        art_id = art.get("docid") or art.get("file") or str(n)
        articles.append(GoldArticle(art_id, text, toponyms, annotated))
    return articles


class _Scores:
    def __init__(self) -> None:
        self.n = self.exact = self.within = self.unresolved = 0
        self.with_id = 0  # gold toponyms that carry a GeoNames id (exact match is defined)
        self.with_page = self.page_matches = 0  # GeoVirus: gold toponyms with a page, matched
        self.errors: list[float] = []
        self.point_errors: list[float] = []  # GeoVirus' old measure: no page match

    def add(self, gold: GoldToponym, pred_id: int | None, lat: float | None, lon: float | None,
            same_page: bool = False):
        self.n += 1
        self.with_id += gold.geonameid is not None
        self.with_page += gold.page is not None
        if pred_id is None and lat is None:
            self.unresolved += 1
            return
        if gold.geonameid is not None and pred_id == gold.geonameid:
            km = 0.0
            self.exact += 1
        elif lat is None or lon is None:
            raise ValueError(f"prediction {pred_id} has no coordinates")
        else:
            km = haversine_km(gold.lat, gold.lon, lat, lon)
        self.point_errors.append(km)
        if same_page:
            km = 0.0
            self.page_matches += 1
        self.errors.append(km)
        if km <= ACC_KM:
            self.within += 1

    def as_dict(self) -> dict:
        n = self.n or 1
        far = sum(km > FAR_KM for km in self.errors)
        out = {
            "toponyms": self.n,
            "exact_pct": round(100 * self.exact / self.with_id, 1) if self.with_id else None,
            "within_161km_pct": round(100 * self.within / n, 1),
            "mean_km": round(statistics.fmean(self.errors), 1) if self.errors else None,
            "median_km": round(statistics.median(self.errors), 1) if self.errors else None,
            "far_500km_pct": round(100 * far / len(self.errors), 1) if self.errors else None,
            "unresolved": self.unresolved,
        }
        if self.with_page:  # GeoVirus: the measure without page matches, for comparison
            pts = self.point_errors
            out["page_matches"] = self.page_matches
            out["points_within_161km_pct"] = round(100 * sum(km <= ACC_KM for km in pts) / n, 1)
            out["points_mean_km"] = round(statistics.fmean(pts), 1) if pts else None
        return out


AREA_KINDS = ("country", "adm1", "adm2", "continent")


class _Pages:
    """Whether a resolution is the place a GeoVirus toponym's Wikipedia page is about.

    GWN and TR-News score a resolution with the gold's GeoNames id as 0 km, wherever the gold
    point lies: the place is right, and which point stands for a whole country is a convention
    (GeoVirus puts Canada at 60 N 95 W, an editor's rounded point 400 km from the centre of its
    land). GeoVirus has no ids but names each toponym's page; a country, province or world
    region whose own name is the page's title (no disambiguation) and that holds the gold point
    (the indexed town nearest to it lies in the unit) is the same place, scored as 0 km too.
    A town, an inferred or embedded place, or a unit that does not hold the point is scored by
    distance as before."""

    def __init__(self, geocoder) -> None:
        self.geo = geocoder
        self._towns: list[tuple[float, float, str | None, int | None, int | None]] | None = None
        self._lats: list[float] = []

    def _nearest_town(self, lat: float, lon: float):
        if self._towns is None:
            self._towns = sorted(self.geo.gaz.town_points())
            self._lats = [r[0] for r in self._towns]
        for reach in (0.5, 2.0, 5.0):  # degrees of latitude; most points have a town near
            lo = bisect.bisect_left(self._lats, lat - reach)
            hi = bisect.bisect_right(self._lats, lat + reach)
            best = min(self._towns[lo:hi], default=None,
                       key=lambda t: haversine_km(lat, lon, t[0], t[1]))
            if best is not None and haversine_km(lat, lon, best[0], best[1]) <= reach * 111:
                return best
        return None

    def same(self, gold: GoldToponym, r) -> bool:
        e = r.entry
        if gold.page is None or e is None or r.inferred or e.kind not in AREA_KINDS:
            return False
        if any(c.embedded and c.entry.id == e.id for c in r.candidates):
            return False
        title = unquote(gold.page.rsplit("/", 1)[-1]).replace("_", " ")
        if "," in title or "(" in title:
            return False
        key = name_key(title)
        if not any(o.id == e.id for o, _, _ in self.geo.gaz.by_key("key", key)):
            return False
        if e.kind == "continent":  # no town to test it by: its own name only (the "European
            return key in (name_key(e.name), name_key(e.label))  # Union" is not Europe)
        town = self._nearest_town(gold.lat, gold.lon)
        if town is None:
            return False
        return e.cc == town[2] if e.kind == "country" else e.id in (town[3], town[4])


def _gold_mode(articles: list[GoldArticle], geocoder, infer: bool = True) -> dict:
    from eventcoder.geo.toponyms import detect_cue

    scores = _Scores()
    pages = _Pages(geocoder)
    for art in articles:
        mentions = [
            PlaceMention(text=t.text, start=t.start, end=t.end,
                         cue=detect_cue(art.text, t.start, t.end, art.lang))
            for t in art.toponyms
        ]
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        resolved = geocoder.resolve_mentions(
            art.text, [mentions[i] for i in order], lang=art.lang, infer=infer,
            hints=institution_countries(art.text, art.lang, geocoder))
        for i, r in zip(order, resolved, strict=True):
            e, pt, g = r.entry, r.point, art.toponyms[i]
            scores.add(g, e.id if e else None, pt[0] if pt else None, pt[1] if pt else None,
                       pages.same(g, r))
    return scores.as_dict()


def codes_demonyms(articles: list[GoldArticle], geocoder) -> bool:
    """Whether the set's coders annotated adjectives and demonyms ("Russian", "Nederlandse") as
    toponyms: GWN and TR-News do (with the country's id), GeoVirus and the Dutch set do not
    (PROTOCOL.md). Read from the annotations themselves: one annotated span that the
    gazetteer reads as a demonym says the set codes them."""
    return any(geocoder.demonym_place(art.text[s:e], art.lang) is not None
               for art in articles for s, e in art.annotated)


def people_plural(name: str, lang: str | None, geocoder) -> bool:
    """A demonym's people in the plural ("Venezuelans"): a demonym once a plural suffix of
    the pack's grammar is cut off."""
    from eventcoder.langpacks import UnknownLanguageError, load_pack

    try:
        suffixes = load_pack(lang or "en").grammar.get("plural_suffixes") or []
    except UnknownLanguageError:  # a language without a pack has no plural rule
        return False
    return any(name.endswith(x) and geocoder.demonym_place(name[:-len(x)], lang) is not None
               for x in suffixes)


def codes_people_plurals(articles: list[GoldArticle], geocoder) -> bool:
    """Whether the set's coders annotated a nationality's people ("Mexicans") as toponyms:
    GWN does, TR-News does not (it codes "Mexican" but leaves "Americans", "Cubans" out).
    Read from the annotations, as :func:`codes_demonyms` is."""
    return any(people_plural(art.text[s:e], art.lang, geocoder)
               for art in articles for s, e in art.annotated)


def _e2e_mode(articles: list[GoldArticle], geocoder, infer: bool = True) -> dict:
    """End-to-end scores. A demonym the scan finds is context for resolving the names around
    it in every set, but it is reported (and so scored) as a toponym only where the set codes
    demonyms (:func:`codes_demonyms`), and a nationality's people in the plural only where it
    codes those too (:func:`codes_people_plurals`), so that each set is scored by its coders'
    rule."""
    from eventcoder.geo.toponyms import find_toponyms

    tp_pred = n_pred = tp_gold = n_gold = unscored = 0
    scores = _Scores()
    pages = _Pages(geocoder)
    demonyms = codes_demonyms(articles, geocoder)
    plurals = demonyms and codes_people_plurals(articles, geocoder)
    for art in articles:
        context = find_toponyms(art.text, art.lang, gazetteer=geocoder)
        resolved = geocoder.resolve_mentions(
            art.text, context, lang=art.lang, infer=infer,
            hints=institution_countries(art.text, art.lang, geocoder))
        if not demonyms:
            resolved = [r for r in resolved if r.mention.cue != "demonym"]
        elif not plurals:
            resolved = [r for r in resolved if r.mention.cue != "demonym" or not people_plural(
                art.text[r.mention.start:r.mention.end], art.lang, geocoder)]
        found = [r.mention for r in resolved]
        unscored += len(context) - len(found)
        n_pred += len(found)
        n_gold += len(art.toponyms)
        tp_pred += sum(any(m.start < e and s < m.end for s, e in art.annotated) for m in found)
        for g in art.toponyms:
            match = next((r for r in resolved
                          if r.mention.start < g.end and g.start < r.mention.end), None)
            if match is None:
                continue
            tp_gold += 1
            e, pt = match.entry, match.point
            scores.add(g, e.id if e else None, pt[0] if pt else None, pt[1] if pt else None,
                       pages.same(g, match))
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    out = {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f1, 1),
           "demonyms_scored": demonyms, "demonyms_as_context": unscored}
    out.update({f"resolved_{k}": v for k, v in scores.as_dict().items()})
    return out


def evaluate_geoparse(paths: list[Path], *, mode: str = "both", infer: bool = True,
                      split: str = "all") -> dict:
    """Score resolution (gold toponyms) and/or end-to-end geoparsing, per file.

    ``split``: dev or test keeps that half of a TSV set (its ``split.tsv``); the XML corpora
    have no split, and asking one of them for a half is reported as the file's error.

    ``infer``: a name no gazetteer entry fits (a street, a venue) is placed where the
    article's nearby places put it (see ``Geocoder.resolve_mentions``); without it, it
    counts as unresolved. Event geocoding never uses such inferred places."""
    if mode not in ("gold", "e2e", "both"):
        raise ValueError(f"mode must be gold, e2e or both, not {mode!r}")
    from eventcoder.geo.gold_tsv import read_gold_tsv
    from eventcoder.geo.resolver import get_geocoder

    geocoder = get_geocoder()
    report: dict = {"mode": mode, "infer": infer, "files": {}}
    if split != "all":
        report["split"] = split
    for path in paths:
        path = Path(path)
        try:
            if path.suffix != ".tsv" and split != "all":
                raise ValueError(f"{path.name} has no dev or test split (only the TSV sets do)")
            articles = (read_gold_tsv(path, split=split) if path.suffix == ".tsv"
                        else read_gold(path))
        except (OSError, ValueError, ElementTree.ParseError) as exc:
            report["files"][path.name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        entry: dict = {"articles": len(articles)}
        if mode in ("gold", "both"):
            entry["gold"] = _gold_mode(articles, geocoder, infer)
        if mode in ("e2e", "both"):
            entry["e2e"] = _e2e_mode(articles, geocoder, infer)
        report["files"][path.name] = entry
    return report


def format_geo_report(report: dict) -> str:
    """The report as a rich table, rendered to text."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Geoparsing (exact = same GeoNames id; acc = within 161 km)")
    for col in ("file", "mode", "toponyms", "P", "R", "F1", "exact %", "acc@161 %",
                "mean km", "median km", ">500 km %", "unresolved"):
        table.add_column(col, justify="right" if col not in ("file", "mode") else "left")
    for name, entry in report.get("files", {}).items():
        if "error" in entry:
            table.add_row(name, "error", entry["error"], *[""] * 9)
            continue
        if "gold" in entry:
            g = entry["gold"]
            table.add_row(name, "gold toponyms", str(g["toponyms"]), "", "", "",
                          f"{g['exact_pct']}", f"{g['within_161km_pct']}", str(g["mean_km"]),
                          str(g["median_km"]), str(g["far_500km_pct"]), str(g["unresolved"]))
            if "points_within_161km_pct" in g:  # GeoVirus without page matches (old measure)
                table.add_row(name, "gold, points only", str(g["toponyms"]), "", "", "", "",
                              f"{g['points_within_161km_pct']}", str(g["points_mean_km"]),
                              "", "", "")
        if "e2e" in entry:
            e = entry["e2e"]
            table.add_row(name, "end to end", str(e["resolved_toponyms"]), f"{e['precision']}",
                          f"{e['recall']}", f"{e['f1']}", f"{e['resolved_exact_pct']}",
                          f"{e['resolved_within_161km_pct']}", str(e["resolved_mean_km"]),
                          str(e["resolved_median_km"]), str(e["resolved_far_500km_pct"]),
                          str(e["resolved_unresolved"]))
    console = Console(record=True, width=140)
    with console.capture() as cap:
        console.print(table)
    return cap.get()
