"""The REST API and the web page, one FastAPI app over a :class:`eventcoder.store.Store`.

Reads go through the store's parameterised queries; every client value is validated here first
so that a bad request is a clear 4xx, never a 500. Article text is returned as JSON data or as
escaped HTML, never interpolated into markup.
"""

from __future__ import annotations

import datetime as dt
import hmac
import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field, ValidationError, field_validator
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventcoder import __version__ as package_version
from eventcoder.records import ACLED_TYPES, SUB_EVENT_TO_TYPE, Article, DatePrecision, Event
from eventcoder.serve.assets import (
    VENDOR_FILES,
    WebAssetsMissing,
    media_type,
    static_text,
    vendor_text,
)
from eventcoder.serve.evidence import locate
from eventcoder.serve.geojson import GEOJSON_MEDIA_TYPE, feature_collection
from eventcoder.serve.mapfile import json_for_script, tile_config, tile_origin
from eventcoder.store.base import Store
from eventcoder.store.errors import StoreError, UnstorableText, check_storable
from eventcoder.store.query import MAX_FATALITIES, MAX_OFFSET, EventQuery, SortKey

log = logging.getLogger(__name__)

MAX_PAGE = 5000
MAX_ECHO_CHARS = 200  # a 422 quotes at most this much of a bad value back
MAX_ECHO_DEPTH = 4
MAX_ECHO_ITEMS = 20
STATIC_FILES = ("common.js", "common.css", "app.js", "app.css")
if TYPE_CHECKING:  # a Literal built at run time is no static type; the checker sees a str
    EventType = str
    SubEventType = str
else:  # FastAPI validates and documents the query against ACLED's names
    EventType = Literal[tuple(ACLED_TYPES)]
    SubEventType = Literal[tuple(SUB_EVENT_TO_TYPE)]
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
BEARER = HTTPBearer(
    auto_error=False, description="Needed for writes when the server was started with a token"
)


class ArticleIn(BaseModel):
    """A submitted article. Only the text is required; the rest improves coding and display."""

    text: str = Field(
        min_length=1,
        description="The article; longer than the server's maximum article size is a 413",
    )
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000, pattern=r"^https?://\S+$")
    source: str | None = Field(default=None, max_length=500)
    published: str | None = Field(
        default=None,
        pattern=ISO_PARTIAL_DATE,
        description="Publication date cut to its known precision: YYYY, YYYY-MM or YYYY-MM-DD",
    )
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")

    @field_validator("text", "title", "url", "source", "published", "language", mode="before")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        """NUL and lone surrogates are a 422 before any pattern runs, whichever store is used."""
        if isinstance(value, str):
            check_storable(value, "the value")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        return text

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = [int(p) for p in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"published is not a real date: {exc}") from None
        return value

    def to_article(self) -> Article:
        precision: dict[int, DatePrecision] = {1: "year", 2: "month", 3: "day"}
        return Article(
            id=Article.make_id(self.text, self.url),
            text=self.text,
            title=self.title,
            url=self.url,
            source=self.source,
            published=self.published,
            published_precision=precision[len(self.published.split("-"))]
            if self.published
            else None,
            language=self.language,
            origin="api",
        )


class EventPage(BaseModel):
    """One page of ``GET /events`` as JSON (GeoJSON: a FeatureCollection with numberMatched)."""

    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    count: int = Field(description="events on this page")
    events: list[Event]


class EventWithSources(Event):
    """An event with a summary of each article that reported it (text via /articles/{id})."""

    sources: list[dict[str, Any]]


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in WGS84 degrees, or a 422 saying what is wrong."""
    if raw is None or not raw.strip():
        return None
    try:
        values = [float(part) for part in raw.split(",")]
    except ValueError:
        raise HTTPException(
            422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from None
    if len(values) != 4:
        raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise HTTPException(422, "bbox longitudes must lie within [-180, 180]")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise HTTPException(422, "bbox latitudes must lie within [-90, 90] with min <= max")
    return min_lon, min_lat, max_lon, max_lat  # min_lon > max_lon: the box crosses 180°


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


def _event_json(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


def _article_summary(article: Article) -> dict[str, Any]:
    return article.model_dump(mode="json", exclude={"text"})


def printable(value: Any, depth: int = 0) -> Any:
    """``value`` safe to echo in an error: lone surrogates escaped, long strings cut, deep or
    long containers shortened (a body nested thousands deep must not recurse the handler)."""
    if isinstance(value, str):
        if len(value) > MAX_ECHO_CHARS:
            value = f"{value[:MAX_ECHO_CHARS]}... ({len(value):,} characters)"
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict | list | tuple):
        if depth >= MAX_ECHO_DEPTH:
            return "..."
        if isinstance(value, dict):
            items = list(value.items())[:MAX_ECHO_ITEMS]
            return {str(printable(k, depth + 1)): printable(v, depth + 1) for k, v in items}
        return [printable(v, depth + 1) for v in list(value)[:MAX_ECHO_ITEMS]]
    if value is None or isinstance(value, bool | int | float):
        return value
    return printable(str(value), depth)


def _article_limit(configured: int | None) -> int:
    """The maximum article size: the app's own, or the shared one (EVENTCODER_MAX_CHARS)."""
    if configured is not None:
        return configured
    from eventcoder.ingest.limits import max_article_chars

    return max_article_chars()


def body_limit(chars: int) -> int:
    """Bytes a JSON body may take for an article of ``chars`` characters (each may be \\uXXXX)."""
    return chars * 6 + 64 * 1024


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
    article_limit: Callable[[], int] = lambda: _article_limit(max_article_chars)  # noqa: E731

    def write_refusal(authorization: str | None) -> HTTPException | None:
        """Why a write is refused (read-only server, missing or wrong token), or None."""
        if not writes:
            return HTTPException(403, "this server is read-only: writes are turned off")
        if token is None:
            return None
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8", "surrogateescape"), token.encode("utf-8")
        ):
            return HTTPException(
                401,
                "a valid token is required: send Authorization: Bearer <token>",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return None

    @app.exception_handler(WebAssetsMissing)
    async def _assets_missing(request: Request, exc: WebAssetsMissing) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes the input as is; a lone surrogate there cannot be encoded
        # and a megabyte of text need not come back.
        errors = [
            {k: printable(v) for k, v in e.items() if k not in ("url", "ctx")}
            for e in exc.errors()[:MAX_ECHO_ITEMS]
        ]
        return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)

    @app.exception_handler(UnstorableText)
    async def _unstorable(request: Request, exc: UnstorableText) -> JSONResponse:
        return JSONResponse({"detail": printable(str(exc))}, status_code=422)

    @app.exception_handler(StoreError)
    async def _store_down(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse({"detail": f"the store is not available: {exc}"}, status_code=503)

    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a pinned dependency
        psycopg = None  # type: ignore[assignment]
    if psycopg is not None:

        @app.exception_handler(psycopg.OperationalError)
        @app.exception_handler(psycopg.InterfaceError)
        async def _server_gone(request: Request, exc: Exception) -> JSONResponse:
            # The PostgreSQL server went away mid-run: the client may retry; it is no bug.
            log.error("store error: %s", " ".join(str(exc).split()))
            return JSONResponse(
                {"detail": "the store is not available; try again later"}, status_code=503
            )

    @app.middleware("http")
    async def _refuse_nul_and_oversized(request: Request, call_next):  # type: ignore[no-untyped-def]
        # One NUL policy for both stores: refused, whether in the path, the query or a body.
        if "\x00" in request.scope["path"] or any(
            "\x00" in key or "\x00" in value for key, value in request.query_params.multi_items()
        ):
            return JSONResponse(
                {"detail": "NUL characters (%00) are not accepted in paths or parameters"},
                status_code=422,
            )
        if request.method in ("POST", "PUT", "PATCH"):
            # Who may write is settled before a body is read, let alone parsed.
            refusal = write_refusal(request.headers.get("authorization"))
            if refusal is not None:
                return JSONResponse(
                    {"detail": refusal.detail},
                    status_code=refusal.status_code,
                    headers=refusal.headers,
                )
            declared = request.headers.get("content-length")
            if declared is None:
                return JSONResponse(
                    {"detail": "a Content-Length header is required"}, status_code=411
                )
            limit = article_limit()
            if not (declared.isascii() and declared.isdigit()) or int(declared) > body_limit(
                limit
            ):
                return JSONResponse(
                    {
                        "detail": f"request body of {declared} bytes is over the limit of "
                        f"{body_limit(limit):,} bytes (maximum article size {limit:,} "
                        "characters, EVENTCODER_MAX_CHARS)"
                    },
                    status_code=413,
                )
        return await call_next(request)

    def require_writer(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        """Writes need the token when one is configured (documents it in the OpenAPI spec)."""
        given = f"Bearer {credentials.credentials}" if credentials else None
        refusal = write_refusal(given)
        if refusal is not None:
            raise refusal

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

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

        limit = article_limit()
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

    _mount_page(app)
    if trusted_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(trusted_hosts))
    return app


def _mount_page(app: FastAPI) -> None:
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
