"""Places told together are read together: the members of one list of names ("Birmingham and
Montgomery", "in Hengelo en Enschede") support the readings of each other that share their
country, and more so their province.

Why a module of its own: the support is read from the candidates' priors alone, once per
article, and seeds the resolver's first pass (the resolver is near its size limit). The
lists' kind bonus (:class:`.qualifiers.ListItem`) follows what the other items resolved to in
the last pass; alone, it let a pair whose members each lean to another country swap readings
from pass to pass (Birmingham, England and Montgomery, Alabama, each pulling the other
abroad) instead of meeting where both fit. Only the first pass: later ones have the article
context, which counts the other items' country and province already.
"""

from __future__ import annotations

from eventcoder.geo.candidates import Candidate, Resolution, W, prior
from eventcoder.geo.gazetteer import Entry
from eventcoder.geo.qualifiers import ListItem


def _province(e: Entry) -> int | None:
    return e.id if e.kind == "adm1" else e.adm1


def agreement(a: Entry, b: Entry) -> float:
    """What two readings of a list's items gain by being read together: one country, and one
    province within it."""
    if not a.cc or a.cc != b.cc:
        return 0.0
    province = _province(a)
    same_province = province is not None and province == _province(b)
    return W["list_country"] + (W["list_province"] if same_province else 0.0)


def list_support(out: list[Resolution], lists: dict[int, ListItem]) -> dict[int, dict[int, float]]:
    """Per list item, per candidate (its GeoNames id): the support the list's other items give.

    For each other item, what the best joint reading gains over that item's own best reading
    (a max-marginal): an item whose top reading already shares the candidate's country gives
    the full agreement; one that must fall back to a lesser namesake to agree gives only what
    the agreement is worth beyond that loss, and nothing when the namesake is far less likely
    (the village Armenia in the state Georgia). Averaged over the other items, so a long
    list weighs no more than a pair. Priors only, so no item's reading depends on another's
    order in the text."""
    priors = {i: [(c.entry, prior(c, out[i].mention.cue)) for c in out[i].candidates]
              for i in lists}
    support: dict[int, dict[int, float]] = {}
    for i, item in lists.items():
        others = [priors[j] for j in item.others if priors.get(j)]
        if not others or not out[i].candidates:
            continue
        gains: dict[int, float] = {}
        for c in out[i].candidates:
            total = 0.0
            for cands in others:
                best = max(s for _, s in cands)
                total += max(s + agreement(c.entry, e) for e, s in cands) - best
            gains[c.entry.id] = total / len(others)
        support[i] = gains
    return support


def add_support(cands: list[Candidate], gains: dict[int, float] | None) -> None:
    """Add the list support to the candidates' scores (nothing outside a list)."""
    for c in cands:
        c.score += gains.get(c.entry.id, 0.0) if gains else 0.0
