"""The scan's tolls: each death or injury word paired with its count ("zestien mensen om het
leven", "killing 6"), explicit zeros ("no one was killed"), and the actors a count names as
its dead (victims, or the enemy's).

Part of the one pass of :mod:`eventcoder.extract.scan`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from eventcoder.extract.cue_find import may_match
from eventcoder.extract.spans import (
    CasualtySpan,
    NumberSpan,
    candidate_cues,
    find_cues,
    tokens_between,
)
from eventcoder.langpacks import Cue, LanguagePack
from eventcoder.records import CasualtyKind, Role

if TYPE_CHECKING:
    from eventcoder.extract.scan import Sentence


ARTICLE_COUNT_GAP = 2  # words an article ("een", "a") may stand before its death word
ARTICLE_COUNT_WEAKNESS = 5  # an article read as "one" loses to a count a few words after


def _passive_before(text: str, start: int, end: int, passive: list[Cue]) -> int:
    """1 when a passive auxiliary stands right before the death word ("A local councillor
    was shot dead"): it tells the one victim's fate and adds no distance to its article."""
    found = find_cues(passive, text, start, end)
    return int(bool(found) and tokens_between(text, found[-1][1], end) == 0)


class _TollTables(NamedTuple):
    """What :func:`find_casualties` reads of a pack, looked up once per pack, not per
    sentence (the cue lists are the pack's own, so their compiled matchers are shared)."""

    breaks: list[Cue]
    conjunctions: list[Cue]
    joiners: list[Cue]
    inclusions: list[Cue]
    of_words: set[str]
    passive: list[Cue]
    enemy: list[Cue]
    not_counts: list[Cue]
    victims: list[Cue]
    zero_terms: list[tuple[CasualtyKind, list[Cue]]]  # per kind, in CasualtyKind's order
    terms: list[tuple[CasualtyKind, list[Cue]]]
    article_words: set[str]
    any_term: list[Cue]  # every toll and zero-toll cue: a sentence with none has no toll


@cache
def _toll_tables(pack: LanguagePack) -> _TollTables:
    discourse, casualties = pack.discourse, pack.casualties
    return _TollTables(
        breaks=discourse.get("clause_break", []),
        conjunctions=discourse.get("conjunctions", []),
        joiners=discourse.get("count_joiners", []),
        inclusions=discourse.get("count_inclusions", []),
        of_words={c.pattern.lower() for c in discourse.get("of_country", [])},
        passive=discourse.get("passive", []),
        enemy=casualties.get("enemy", []),
        not_counts=casualties.get("not_counts", []),
        victims=casualties.get("victims", []),
        zero_terms=[(kind, casualties.get(f"zero_{kind}", [])) for kind in CasualtyKind],
        terms=[(kind, casualties.get(kind, [])) for kind in CasualtyKind],
        article_words={c.pattern.lower() for c in discourse.get("articles", [])},
        any_term=[c for kind in CasualtyKind
                  for key in (f"zero_{kind}", kind) for c in casualties.get(key, [])],
    )


def find_casualties(
    s: Sentence, text: str, pack: LanguagePack,
    numbers_of: list[NumberSpan] | Callable[[], list[NumberSpan]],
) -> list[CasualtySpan]:
    """The sentence's tolls. ``numbers_of`` (its numbers, or a function giving them) is
    only read when the sentence holds a death or injury word: the article's one number pass
    is skipped where no sentence can pair a count."""
    out: list[CasualtySpan] = []
    tables = _toll_tables(pack)
    if not may_match(tables.any_term, text, s.start, s.end):
        return out  # no toll word, zero toll or unknown toll to look at: one look, not four
    breaks, conjunctions, joiners = tables.breaks, tables.conjunctions, tables.joiners
    inclusions, of_words, passive = tables.inclusions, tables.of_words, tables.passive
    enemy, not_counts, victims = tables.enemy, tables.not_counts, tables.victims
    zeros = [
        (zs, ze, kind)
        for kind, cues in tables.zero_terms
        for zs, ze, _cue in find_cues(cues, text, s.start, s.end)
    ]
    terms = [
        (ts, te, kind)
        for kind, cues in tables.terms
        for ts, te, _cue in find_cues(cues, text, s.start, s.end)
        if not any(zs <= ts < ze for zs, ze, _k in zeros)
    ]
    # a sentence with neither a toll word nor a zero toll has none to tell, unknown or not:
    # the unknown-toll cues are looked for only where one is
    if (not zeros and not terms) or s.unknown_casualties:
        return out
    numbers: list[NumberSpan] = []
    if terms:  # without a death or injury word no number is paired
        numbers = numbers_of() if callable(numbers_of) else numbers_of
        numbers = [n for n in numbers if not _followed_by_unit(n, text, not_counts)]
    # Pair each death/injury word with its number, closest pairs first (a number before its
    # word is the usual order: "zestien mensen om het leven"; after it: "killing 6").
    pairs: list[tuple[float, int, int]] = []
    # "A suicide bomber killed 12": an article read as "one" loses to a real count.
    article_words = tables.article_words
    for ti, (ts, te, _kind) in enumerate(terms):
        for ni, n in enumerate(numbers):
            if n.end <= ts:
                gap = tokens_between(text, n.end, ts)
                inner = _inclusion(text, n.end, ts, inclusions)
                if inner is not None:  # "At least 10 people, including 3 children, were"
                    gap = tokens_between(text, n.end, inner[0]) + tokens_between(
                        text, inner[1], ts)
                if gap <= 6 and not find_cues(breaks, text, n.end, ts) and (
                        inner is not None or "," not in text[n.end:ts]):
                    # ("Een autobom doodde zaterdag in Mogadishu acht mensen": acht)
                    weak = ARTICLE_COUNT_WEAKNESS if n.text.strip().lower() in article_words else 0
                    if weak and gap - _passive_before(text, n.end, ts, passive) > (
                            ARTICLE_COUNT_GAP):
                        continue  # "liepen een stille tocht voor de doodgestoken jongen"
                    # "killing two people and injuring dozens": past a conjunction the
                    # number belongs to the word before it
                    weak += 3 if find_cues(conjunctions, text, n.end, ts) else 0
                    pairs.append((gap + weak, ti, ni))
            elif ts <= n.start and n.end <= te:
                pairs.append((0, ti, ni))  # "kwamen acht agenten om": the number inside
            elif n.start >= te:
                gap = tokens_between(text, te, n.start)
                if gap and n.text.strip().lower() in article_words and not all(
                        w.lower() in of_words for w in text[te:n.start].split()):
                    continue  # "killed when a car bomb went off", not "the death of a man"
                if gap <= 3 and not find_cues(breaks, text, te, n.start):
                    pairs.append((gap + 2.5, ti, ni))
    pairs.sort()
    used_terms: set[int] = set()
    used_numbers: set[int] = set()
    for _score, ti, ni in pairs:
        if ti in used_terms or ni in used_numbers:
            continue
        used_terms.add(ti)
        used_numbers.add(ni)
        ts, te, kind = terms[ti]
        n = numbers[ni]
        if n.end <= ts:  # "Two soldiers and 16 gunmen were killed": one toll of 18
            n = _joined_counts(n, numbers, used_numbers, terms, text, joiners)
        elif n.start >= te:  # "killing 170 civilians and 13 soldiers": one toll of 183
            n = _joined_after(n, numbers, used_numbers, terms, text, joiners, victims)
        start, end = min(n.start, ts), max(n.end, te)
        # the victims' noun may follow the number ("killed 30 enemy fighters")
        is_enemy = bool(enemy and find_cues(enemy, text, start, min(s.end, end + 25)))
        for a in s.actors:
            # the dead are counted inside the span ("zestien agenten om") or named right
            # after its number ("killed two Hamas militants")
            if n.start >= te:  # "doodden militanten drie burgers": the doer stands between
                counted = a.start >= n.start and (
                    a.start < end or tokens_between(text, end, a.start) <= 1)
            else:
                counted = start <= a.start < end
            if counted and a.role in (Role.UNMARKED, Role.ENEMY):
                a.role = Role.ENEMY if is_enemy else Role.VICTIM
        out.append(CasualtySpan(start, end, text[start:end], kind=kind, low=n.low,
                                high=n.high, enemy=is_enemy, number=(n.start, n.end),
                                vague=n.vague))
    for zs, ze, kind in zeros:
        out.append(CasualtySpan(zs, ze, text[zs:ze], kind=kind, low=0, high=0, number=(zs, ze)))
    # "no one was killed" tells a toll, not a (negated) killing.
    s.triggers = [t for t in s.triggers if not any(zs <= t.start < ze for zs, ze, _k in zeros)]
    out.sort(key=lambda c: c.start)
    return out


def _followed_by_unit(n: NumberSpan, text: str, units: list[Cue]) -> bool:
    """"14 uur", "120 kilometer", "30 jaar": a number that counts no people."""
    pos = n.end + (len(text[n.end:n.end + 5]) - len(text[n.end:n.end + 5].lstrip(" \u00a0")))
    return any(c.regex.match(text, pos) for c in candidate_cues(units, text, pos, pos + 1))


JOINED_GAP = 3  # words between a count and the joiner before the next count ("two soldiers and")


def _joined_counts(n: NumberSpan, numbers: list[NumberSpan], used: set[int],
                   terms: list[tuple[int, int, CasualtyKind]], text: str,
                   joiners: list[Cue]) -> NumberSpan:
    """The count ``n`` summed with the counts joined to it before it ("Two soldiers and 16
    gunmen", "drie agenten, twee burgers en vijf strijders"): the dead of several groups told
    before one death word are one toll. A count that "including" or a death word separates is
    not joined ("10 people, including 3 children")."""
    current = n
    low, high, vague = n.low, n.high, n.vague
    for i in range(len(numbers) - 1, -1, -1):
        prev = numbers[i]
        if i in used or prev.end > current.start or prev is n:
            continue
        gap = text[prev.end:current.start]
        if any(prev.end <= ts < current.start for ts, _te, _k in terms):
            break
        joined = [(s, e) for s, e, _c in find_cues(joiners, text, prev.end, current.start)]
        tail = gap.rstrip()
        ends_joined = tail.endswith(",") or any(
            not text[e:current.start].strip() for _s, e in joined)
        if not ends_joined or tokens_between(text, prev.end, current.start) > JOINED_GAP + 1:
            break
        if prev.low is None or low is None:
            break
        used.add(i)
        low += prev.low
        high = high + prev.high if high is not None and prev.high is not None else None
        vague = vague or prev.vague
        current = prev
    if current is n:
        return n
    return NumberSpan(current.start, n.end, text[current.start:n.end], low=low, high=high,
                      vague=vague)


VICTIM_NOUN_GAP = 2  # words between a joined count and the people it counts ("13 US soldiers")
TERM_AFTER_JOINED = 3  # words from a joined count to a death word that makes it that word's own


def _joined_after(n: NumberSpan, numbers: list[NumberSpan], used: set[int],
                  terms: list[tuple[int, int, CasualtyKind]], text: str,
                  joiners: list[Cue], victims: list[Cue]) -> NumberSpan:
    """The count ``n`` told after its death word summed with the counts joined to it after
    it ("killing 170 civilians and 13 soldiers", "killed three soldiers, two policemen and
    five civilians"): the parts of one toll. Each part counts people (the pack's
    ``victims`` nouns right after it: not "and 50 cattle"); a count with its own death or
    injury word ("and injuring 12", "and 10 others were wounded") or set apart by
    "including" is not joined; commas join only a list that a joiner closes."""
    chain: list[tuple[int, NumberSpan, bool]] = []  # (index, count, joined by a joiner)
    current = n
    for i, nxt in enumerate(numbers):
        if i in used or nxt.start < current.end or nxt is n:
            continue
        if any(current.end <= ts < nxt.start for ts, _te, _k in terms):
            break
        if tokens_between(text, current.end, nxt.start) > JOINED_GAP + 1:
            break
        joined = any(not text[e:nxt.start].strip()
                     for _s, e, _c in find_cues(joiners, text, current.end, nxt.start))
        comma = text[current.end:nxt.start].rstrip().endswith(",")
        if not (joined or comma) or nxt.low is None:
            break
        if not any(tokens_between(text, nxt.end, vs) <= VICTIM_NOUN_GAP
                   for vs, _ve, _c in find_cues(victims, text, nxt.end,
                                                min(len(text), nxt.end + 40))):
            break  # "and 50 cattle": no people counted
        if any(nxt.end <= ts and tokens_between(text, nxt.end, ts) <= TERM_AFTER_JOINED
               for ts, _te, _k in terms):
            break  # "and 10 others were wounded": that count's own toll
        chain.append((i, nxt, joined))
        current = nxt
    while chain and not chain[-1][2]:
        chain.pop()  # "killing 5 people, 3 of them children": no list a joiner closes
    if not chain or n.low is None:
        return n
    low, high, vague = n.low, n.high, n.vague
    for i, part, _joined in chain:
        used.add(i)
        low += part.low or 0
        high = high + part.high if high is not None and part.high is not None else None
        vague = vague or part.vague
    last = chain[-1][1]
    return NumberSpan(n.start, last.end, text[n.start:last.end], low=low, high=high,
                      vague=vague)


def _inclusion(text: str, start: int, end: int, inclusions: list[Cue]) -> tuple[int, int] | None:
    """The one aside between a count and its death word that names part of the dead (", including
    3 children,", ", onder wie twee kinderen,"), as (start, end) from comma to comma; None when
    the words hold none, or hold other commas."""
    between = text[start:end]
    if between.count(",") != 2:
        return None
    first = start + between.index(",")
    last = start + between.rindex(",")
    found = find_cues(inclusions, text, first, last)
    if not found or text[first + 1:found[0][0]].strip():
        return None
    return first, last + 1
