"""Helpers the coder's phase tests share: one article scanned into its context and mentions,
as ``extract_events`` prepares them (patterns only, no parse)."""

from __future__ import annotations

from eventcoder.extract import pack_for
from eventcoder.extract.coding import Context, Draft, cluster
from eventcoder.extract.mentions import Mention, build_mentions
from eventcoder.extract.scan import scan_article
from eventcoder.records import Article


def prepare(text: str, lang: str = "en", published: str | None = "2019-03-28"
            ) -> tuple[Context, list[Mention]]:
    """The article's coding context and its mentions in text order."""
    article = Article(id="t", text=text, published=published, language=lang)
    pack = pack_for(article)
    scan = scan_article(text, pack, None)
    ctx = Context.of(article, pack, scan)
    pub = ctx.pub
    mentions = build_mentions(scan, pack, None, pub.day.year if pub else None,
                              pub.day.month if pub and pub.precision != "year" else None)
    return ctx, mentions


def drafts(text: str, lang: str = "en", published: str | None = "2019-03-28"
           ) -> tuple[Context, list[Draft]]:
    """The article's context and its clustered drafts."""
    ctx, mentions = prepare(text, lang, published)
    return ctx, cluster(ctx, mentions)
