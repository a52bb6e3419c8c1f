"""The REST API, one FastAPI app over a :class:`eventcoder.store.Store`: its routes.

Reads go through the store's parameterised queries; every client value is validated first
(``serve.api_models``) so that a bad request is a clear 4xx, never a 500; what every request
passes before a route (writes, sizes, NUL, error answers) is in ``serve.guards``; the web page
and article HTML in ``serve.pages``. Article text is returned as JSON data or as escaped HTML,
never interpolated into markup.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from pydantic import ValidationError
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventcoder import __version__ as package_version
from eventcoder.records import SUB_EVENT_TO_TYPE, Article, Event
from eventcoder.serve.api_models import (
    MAX_PAGE,
    ArticleIn,
    EventPage,
    EventType,
    EventWithSources,
    SubEventType,
    parse_bbox,
)
from eventcoder.serve.geojson import GEOJSON_MEDIA_TYPE, feature_collection
from eventcoder.serve.guards import (
    article_limit,
    install_error_handlers,
    install_request_guards,
    write_refusal,
)
from eventcoder.serve.pages import STATIC_FILES, article_html, mount_page
from eventcoder.store.base import Store
from eventcoder.store.query import MAX_FATALITIES, MAX_OFFSET, EventQuery, SortKey

__all__ = ["STATIC_FILES", "create_app"]

log = logging.getLogger(__name__)

BEARER = HTTPBearer(
    auto_error=False, description="Needed for writes when the server was started with a token"
)


def _event_json(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


def _article_summary(article: Article) -> dict[str, Any]:
    return article.model_dump(mode="json", exclude={"text"})



def create_app(
    store: Store,
    *,
    token: str | None = None,
    writes: bool = True,
    trusted_hosts: list[str] | None = None,
    max_article_chars: int | None = None,
) -> FastAPI:
    """The API and web page over an open store (the store serialises its own connection).

    ``token``: POST /articles then needs ``Authorization: Bearer <token>``; ``writes=False``
    refuses every write (403); ``trusted_hosts``: Host headers to answer (others get 400);
    ``max_article_chars``: longer articles get a 413 (default: the shared ingest limit).
    """
    if token is not None and not token.strip():
        raise ValueError("the API token is empty")
    # FastAPIOffline serves the Swagger UI and ReDoc assets itself: /docs works with no network.
    app = FastAPIOffline(
        title="eventcoder",
        version=package_version,
        description="ACLED-style political violence events coded from news, with evidence.",
    )
    limit_of: Callable[[], int] = lambda: article_limit(max_article_chars)  # noqa: E731
    refusal_of = write_refusal(writes, token)
    install_error_handlers(app)
    install_request_guards(app, refusal_of, limit_of)

    def require_writer(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        """Writes need the token when one is configured (documents it in the OpenAPI spec)."""
        given = f"Bearer {credentials.credentials}" if credentials else None
        refusal = refusal_of(given)
        if refusal is not None:
            raise refusal


    @app.get(
        "/events",
        tags=["events"],
        summary="Search events (JSON or GeoJSON)",
        response_class=JSONResponse,
        responses={
            200: {
                "model": EventPage,
                "content": {GEOJSON_MEDIA_TYPE: {"schema": {"type": "object"}}},
                "description": "A page of events; GeoJSON with format=geojson or "
                f"Accept: {GEOJSON_MEDIA_TYPE}",
            }
        },
    )
    def list_events(
        request: Request,
        date_from: Annotated[
            dt.date | None, Query(description="events that may have happened on/after this day")
        ] = None,
        date_to: Annotated[
            dt.date | None, Query(description="events that may have happened on/before this day")
        ] = None,
        bbox: Annotated[
            str | None,
            Query(
                max_length=200,
                description="min_lon,min_lat,max_lon,max_lat (WGS84; min_lon > max_lon wraps)",
            ),
        ] = None,
        country: Annotated[str | None, Query(max_length=200, description="name or ISO3")] = None,
        admin1: Annotated[str | None, Query(max_length=200)] = None,
        event_type: EventType | None = None,
        sub_event_type: SubEventType | None = None,
        actor: Annotated[
            str | None, Query(max_length=200, description="part of an actor's name")
        ] = None,
        min_fatalities: Annotated[int | None, Query(ge=0, le=MAX_FATALITIES)] = None,
        text: Annotated[
            str | None, Query(max_length=500, description="part of notes, place or actors")
        ] = None,
        sort: SortKey = "-event_date",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
        format: Literal["json", "geojson"] | None = None,
    ) -> Response:
        if sub_event_type and event_type and SUB_EVENT_TO_TYPE[sub_event_type] != event_type:
            raise HTTPException(
                422, f"{sub_event_type!r} is not a sub-event type of {event_type!r}"
            )
        try:
            query = EventQuery(
                date_from=date_from,
                date_to=date_to,
                bbox=parse_bbox(bbox),
                country=country or None,
                admin1=admin1 or None,
                event_type=event_type,
                sub_event_type=sub_event_type,
                actor=actor or None,
                min_fatalities=min_fatalities,
                text=text or None,
                sort=sort,
                limit=limit,
                offset=offset,
            )
        except ValidationError as exc:
            raise HTTPException(422, [e["msg"] for e in exc.errors()]) from None
        events, total = store.query_events(query)
        wants_geojson = format == "geojson" or (
            format is None and GEOJSON_MEDIA_TYPE in request.headers.get("accept", "")
        )
        if wants_geojson:
            return JSONResponse(
                feature_collection(events, total=total), media_type=GEOJSON_MEDIA_TYPE
            )
        return JSONResponse(
            {
                "total": total,
                "limit": limit,
                "offset": offset,
                "count": len(events),
                "events": [_event_json(e) for e in events],
            }
        )

    @app.get(
        "/events/{event_id}",
        tags=["events"],
        summary="One event, its sources and evidence",
        responses={200: {"model": EventWithSources}, 404: {"description": "no such event"}},
    )
    def get_event(event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        event = store.get_event(event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        sources = []
        for article_id in event.article_ids:
            article = store.get_article(article_id)
            sources.append(_article_summary(article) if article else {"id": article_id})
        return {**_event_json(event), "sources": sources}

    @app.get(
        "/articles/{article_id}",
        tags=["articles"],
        summary="One stored article: JSON, or escaped HTML with an event's evidence marked",
        response_model=None,
    )
    def get_article(
        article_id: Annotated[str, Path(max_length=200)],
        format: Literal["json", "html"] = "json",
        event_id: Annotated[str | None, Query(max_length=200)] = None,
    ) -> dict[str, Any] | HTMLResponse:
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        event = store.get_event(event_id) if event_id else None
        if event_id and event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        if format == "html":
            return HTMLResponse(
                article_html(article, event),
                headers={
                    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"
                },
            )
        event_ids = [e.event_id for e in store.events_for_article(article_id)]
        return {**article.model_dump(mode="json"), "event_ids": event_ids}

    @app.post(
        "/articles",
        tags=["articles"],
        summary="Code a submitted article, merge its events into the store",
        status_code=201,
        dependencies=[Depends(require_writer)],
        responses={
            200: {"description": "the article was already stored; nothing changed"},
            401: {"description": "the server has a token and the request did not send it"},
            403: {"description": "the server is read-only"},
            413: {"description": "the article is longer than the maximum article size"},
        },
    )
    def post_article(response: Response, submitted: Annotated[ArticleIn, Body()]) -> dict[str, Any]:
        from eventcoder.pipeline import code_article

        limit = limit_of()
        if len(submitted.text) > limit:
            raise HTTPException(
                413,
                f"the article has {len(submitted.text):,} characters; the maximum article size "
                f"is {limit:,} characters (EVENTCODER_MAX_CHARS)",
            )
        article = submitted.to_article()
        if store.has_article(article.id):
            response.status_code = 200
            stored = store.events_for_article(article.id)
            return {
                "article_id": article.id,
                "added": False,
                "events": [_event_json(e) for e in stored],
                "stored_event_ids": [e.event_id for e in stored],
            }
        try:
            events = code_article(article)
        except (ValueError, LookupError) as exc:
            raise HTTPException(422, f"the article could not be coded: {exc}") from exc
        except Exception as exc:
            log.exception("coding article %s failed", article.id)
            raise HTTPException(500, f"coding failed: {type(exc).__name__}: {exc}") from exc
        result = store.add_article(article, events)
        return {
            "article_id": article.id,
            "added": result.added,
            "events": [_event_json(e) for e in events],
            "stored_event_ids": result.event_ids,
            "created": result.created,
            "merged": result.merged,
        }

    @app.get("/stats", tags=["events"], summary="Event counts by week, type and country")
    def stats() -> dict[str, Any]:
        return store.stats()


    mount_page(app)
    if trusted_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(trusted_hosts))
    return app
