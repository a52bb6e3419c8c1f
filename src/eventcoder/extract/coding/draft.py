"""The records the coder's phases share: the article's context and the draft of one event.

A :class:`Draft` is frozen: a phase that adds to it (continuation, a split by place) returns
a new one. The spans a draft points to are the scan's own objects, and no phase writes on
them: what the coder learns about a span is kept beside it (who a helper supports:
:attr:`Context.supports`; an armed group whose claim makes it the doer: :attr:`Draft.claimants`;
the name a side is given: a copy made by ``sides.actors``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from eventcoder.extract.dates import Published
from eventcoder.extract.mentions import Mention
from eventcoder.extract.scan import Scan, Sentence
from eventcoder.extract.spans import ActorSpan, CasualtySpan, PlaceSpan, tokens_between
from eventcoder.langpacks import LanguagePack
from eventcoder.records import REAL, Article, Modality, Role

# Only real (reported) events are output by default; the coder keeps real and other drafts
# apart. ``REAL`` holds Modality members, which equal (and hash as) the plain names that
# mentions and records carry, so ``"reported" in REAL`` holds.
__all__ = ["REAL", "Context", "Draft", "has_toll", "place_key", "place_of", "role_of",
           "support_links"]


@dataclass(frozen=True)
class Context:
    """What every phase reads and none changes: the article, its pack, its scan."""

    article: Article
    pack: LanguagePack
    scan: Scan
    pub: Published | None = None
    modifiers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, article: Article, pack: LanguagePack, scan: Scan) -> Context:
        pub = Published.parse(article.published, article.published_precision)
        if pub is None:
            from eventcoder.extract.scope import latest_told_day

            latest = latest_told_day(article.text, pack.lang)
            pub = Published.told_from(latest) if latest is not None else None
        return cls(article, pack, scan, pub, frozenset(pack.rules.get("modifiers") or []))

    @property
    def rules(self) -> dict[str, Any]:
        return self.pack.rules

    @cached_property
    def supports(self) -> dict[int, ActorSpan]:
        """Who each helper span of the article supports, by ``id`` of the helper (see
        :func:`support_links`); read through :meth:`support_of`."""
        return support_links(self.scan.text, self.scan.sentences)

    def support_of(self, a: ActorSpan) -> ActorSpan | None:
        """The actor this span helps ("backed by NATO"), or None: it is a side itself."""
        return self.supports.get(id(a))


def support_links(text: str, sentences: list[Sentence]) -> dict[int, ActorSpan]:
    """"kregen de troepen steun van de NAVO": the actor right after a support cue helps the
    actor told before it (an empty span at the cue when none is). Keyed by ``id`` of the
    helper span, which the scan keeps alive; the spans themselves are not written on."""
    links: dict[int, ActorSpan] = {}
    for s in sentences:
        for cs, ce, _cue in s.support_cues:
            helper = next((a for a in s.actors if a.start >= ce
                           and tokens_between(text, ce, a.start) <= 2), None)
            helped = next((a for a in reversed(s.actors) if a.end <= cs), None)
            if helper is not None:
                links[id(helper)] = helped or ActorSpan(cs, cs, "")
    return links


@dataclass(frozen=True)
class Draft:
    """An event before coding: its mentions and what the sentences after them add.

    ``told_by_claim`` holds the article's sentences whose claim of responsibility tells the
    attack itself (their tolls count as reported; see ``cluster``). ``claimants`` holds the
    article's actor spans whose claim of an attack makes them its doer: they no longer speak
    as a source (read their role through :meth:`role`)."""

    mentions: tuple[Mention, ...]
    modality: str = Modality.REPORTED
    extra_actors: tuple[ActorSpan, ...] = ()
    extra_casualties: tuple[CasualtySpan, ...] = ()
    only_place: PlaceSpan | None = None  # set when one report lists several places
    told_by_claim: frozenset[int] = field(default=frozenset())
    claimants: tuple[ActorSpan, ...] = ()

    def role(self, a: ActorSpan) -> Role:
        """The span's role as the coder reads it: a claimant of the attack, else the scan's."""
        return role_of(a, self.claimants)

    def place(self) -> PlaceSpan | None:
        """The specific place the event's words name (the listed one after a split)."""
        if self.only_place is not None:
            return self.only_place
        return place_of(self.mentions)

    def labels(self) -> list[str]:
        return [m.label for m in self.mentions]


def role_of(a: ActorSpan, claimants: Sequence[ActorSpan]) -> Role:
    """``Role.CLAIMANT`` for a span among the claimants (by identity), else its own role."""
    return Role.CLAIMANT if any(a is c for c in claimants) else a.role


def place_of(mentions: tuple[Mention, ...] | list[Mention]) -> PlaceSpan | None:
    """The first trusted specific place of the mentions, else their first specific place."""
    specific = [p for m in mentions for p in m.places if not p.is_country and not p.is_site]
    # a name in apposition ("X, the capital of Y province") describes X; Y is no fallback
    # for the event's place while X is there
    specific = [p for p in specific if p.describes is None] + [
        p for p in specific if p.describes is not None]
    # where someone comes from ("a man from Rotterdam") after the places of the event
    specific = [p for p in specific if not p.origin] + [p for p in specific if p.origin]
    # the dateline's town ("KABUL (AFP) - ") after the places the event's words name
    specific = [p for p in specific if not p.dateline] + [p for p in specific if p.dateline]
    return next((p for p in specific if p.trusted), None) or next(iter(specific), None)


def place_key(p: PlaceSpan) -> str:
    """Two spellings of one place compare equal ("Den-Haag", "den Haag")."""
    return (p.town or p.text).lower().replace("-", " ").replace("’", "'")


def has_toll(d: Draft) -> bool:
    """Does the text count people killed or hurt in this event?"""
    spans = [c for m in d.mentions for c in m.casualties] + list(d.extra_casualties)
    return any(c.low for c in spans)


def arrest_apart(rules: dict, label: str, mentions: Sequence[Mention]) -> bool:
    """A protest word and an event told only by arrests of political figures or journalists
    (rules.yaml ``arrest_apart``): the protest against the arrest, an event of its own."""
    spec = rules.get("arrest_apart") or {}
    figures = set(spec.get("figures") or [])
    return label in (spec.get("labels") or []) and all(
        m.label == "Arrests" for m in mentions) and any(
        a.key in figures for m in mentions for a in [*m.targets, *m.others, *m.agents])
