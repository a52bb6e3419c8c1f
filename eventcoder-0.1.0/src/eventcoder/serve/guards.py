"""What every request passes before a handler: who may write, how large a body may be, no
NUL anywhere, and errors answered as short JSON (a bad value is echoed back cut and escaped,
a store that is down is a 503, never a traceback).
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from eventcoder.serve.assets import WebAssetsMissing
from eventcoder.store.errors import StoreError, UnstorableText

log = logging.getLogger(__name__)

MAX_ECHO_CHARS = 200  # a 422 quotes at most this much of a bad value back
MAX_ECHO_DEPTH = 4
MAX_ECHO_ITEMS = 20


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


def article_limit(configured: int | None) -> int:
    """The maximum article size: the app's own, or the shared one (EVENTCODER_MAX_CHARS)."""
    if configured is not None:
        return configured
    from eventcoder.ingest.limits import max_article_chars

    return max_article_chars()


def body_limit(chars: int) -> int:
    """Bytes a JSON body may take for an article of ``chars`` characters (each may be \\uXXXX)."""
    return chars * 6 + 64 * 1024



WriteRefusal = Callable[[str | None], HTTPException | None]


def write_refusal(writes: bool, token: str | None) -> WriteRefusal:
    """The check of a write's ``Authorization`` header for a server's settings."""

    def refusal(authorization: str | None) -> HTTPException | None:
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

    return refusal


def install_error_handlers(app: FastAPI) -> None:
    """Errors as short JSON: a missing asset or store is a 503, a bad value a 422."""

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


def install_request_guards(
    app: FastAPI, refusal_of: WriteRefusal, limit: Callable[[], int]
) -> None:
    """No NUL in a path or parameter; a write refused before its body is read when it may not
    write or is over the size limit; two security headers on every answer."""

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
            refusal = refusal_of(request.headers.get("authorization"))
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
            chars = limit()
            if not (declared.isascii() and declared.isdigit()) or int(declared) > body_limit(
                chars
            ):
                return JSONResponse(
                    {
                        "detail": f"request body of {declared} bytes is over the limit of "
                        f"{body_limit(chars):,} bytes (maximum article size {chars:,} "
                        "characters, EVENTCODER_MAX_CHARS)"
                    },
                    status_code=413,
                )
        return await call_next(request)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response
