"""From mentions to events: the entry the extract stage calls.

The work is done by the phases in :mod:`eventcoder.extract.coding` (clustering, sides,
sub-types, tolls and claims, dates, places), each a module of functions over a frozen
:class:`~eventcoder.extract.coding.Draft`. :class:`Coder` binds them to one article.
"""

from __future__ import annotations

from eventcoder.extract.coding import (
    REAL,
    Context,
    Draft,
    build,
    cluster,
    continued,
    grounded,
    split_by_place,
)
from eventcoder.extract.dates import Published
from eventcoder.extract.mentions import Mention
from eventcoder.extract.scan import Scan
from eventcoder.langpacks import LanguagePack
from eventcoder.records import Article, Event

__all__ = ["REAL", "Coder", "Draft"]


class Coder:
    """Turns one article's mentions into events, with the pack's rules.

    Call in order: ``cluster``, ``continue_drafts``, then per draft ``grounded``,
    ``split_by_place`` and ``build``. The coder holds no state between calls but the
    article's :class:`~eventcoder.extract.coding.Context`."""

    def __init__(self, article: Article, pack: LanguagePack, scan: Scan):
        self.ctx = Context.of(article, pack, scan)

    @property
    def pub(self) -> Published | None:
        """The article's publication date, as far as it is known."""
        return self.ctx.pub

    def cluster(self, mentions: list[Mention]) -> list[Draft]:
        """The article's events as drafts (see :func:`~eventcoder.extract.coding.cluster`)."""
        return cluster(self.ctx, mentions)

    def continue_drafts(self, drafts: list[Draft]) -> None:
        """Replace each draft in the list, in place, by its continued draft (the trigger-less
        sentences after it add actors and tolls). The list is changed, the drafts are not."""
        used = frozenset(m.sentence.index for d in drafts for m in d.mentions)
        drafts[:] = [continued(self.ctx, d, used) for d in drafts]

    def grounded(self, d: Draft) -> bool:
        """Does the text anchor this event in a place, a time or a toll?"""
        return grounded(self.ctx, d)

    def split_by_place(self, d: Draft) -> list[Draft]:
        """One draft per place of a list of places ("in Oran en Constantine")."""
        return split_by_place(d)

    def build(self, d: Draft) -> Event | None:
        """The draft coded as an event, or None (see :func:`~eventcoder.extract.coding.build`)."""
        return build(self.ctx, d)
