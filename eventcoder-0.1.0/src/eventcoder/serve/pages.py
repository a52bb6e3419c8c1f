"""The web page and the files it loads, all served by the app itself (no CDN), and one
article as escaped HTML with an event's evidence marked. Text is never interpolated into markup
unescaped.
"""

from __future__ import annotations

import html

from fastapi import FastAPI, HTTPException, Response
from fastapi.responses import HTMLResponse

from eventcoder import __version__ as package_version
from eventcoder.records import Article, Event
from eventcoder.serve.assets import VENDOR_FILES, media_type, static_text, vendor_text
from eventcoder.serve.evidence import locate
from eventcoder.serve.mapfile import json_for_script, tile_config, tile_origin

STATIC_FILES = ("common.js", "common.css", "app.js", "app.css")


def article_html(article: Article, event: Event | None) -> str:
    """The article as escaped HTML, with the event's evidence in that article marked."""
    text = article.text
    spans: list[tuple[int, int, str]] = []
    if event is not None:
        for ev in event.evidence:
            if ev.article_id == article.id and (where := locate(ev, text)):
                spans.append((*where, ev.field))
    spans.sort()
    pieces, cursor = [], 0
    for start, end, field in spans:
        if start < cursor:  # overlaps a span already marked: extend nothing, keep text once
            start = cursor
        if start >= end:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark title="{html.escape(field)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    title = html.escape(article.title or article.id)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><h1>{title}</h1>"
        f'<pre style="white-space: pre-wrap">{"".join(pieces)}</pre></body></html>'
    )



def mount_page(app: FastAPI) -> None:
    """The web page and the files it loads, all from this app (no CDN)."""

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        config = tile_config()
        origin = tile_origin(config["tileUrl"])
        img_src = "'self' data:" + (f" {origin}" if origin else "")
        page = static_text("index.html").replace(
            "__EC_CONFIG__", json_for_script({**config, "version": package_version})
        )
        csp = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img_src}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'"
        )
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC_FILES:
            raise HTTPException(404, f"no static file {name!r}")
        return Response(static_text(name), media_type=media_type(name))

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        if name not in VENDOR_FILES:
            raise HTTPException(404, f"no vendor file {name!r}")
        return Response(
            vendor_text(name),
            media_type=media_type(name),
            headers={"Cache-Control": "public, max-age=86400"},
        )
