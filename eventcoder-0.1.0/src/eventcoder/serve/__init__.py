"""Serve stage: REST API, web page and the self-contained map.

``render_map`` writes ``map.html`` (everything inlined, opens with no network; pass
``articles=articles_for(events, store.get_article)`` to quote whole sentences); ``create_app``
builds the FastAPI app (API + web page) over a store; ``run_server`` runs it with uvicorn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventcoder.serve.assets import WebAssetsMissing
from eventcoder.serve.evidence import articles_for
from eventcoder.serve.mapfile import render_map
from eventcoder.serve.server import run_server

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["WebAssetsMissing", "articles_for", "create_app", "render_map", "run_server"]


def create_app(store: Any, **options: Any) -> FastAPI:
    """The API and web page over an open ``eventcoder.store.Store``.

    Options (token, writes, trusted_hosts, max_article_chars): see ``serve.app.create_app``.
    """
    from eventcoder.serve.app import create_app as build

    return build(store, **options)
