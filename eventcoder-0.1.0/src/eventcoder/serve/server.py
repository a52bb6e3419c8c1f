"""``eventcoder serve``: the app over a store, run by uvicorn.

Writes (POST /articles) are safe on loopback; beyond it they need a token, so the server refuses
to bind another address with writes on and no token rather than open a newsroom's store to
anyone on the network.
"""

from __future__ import annotations

import ipaddress

TOKEN_ENV = "EVENTCODER_TOKEN"


class UnsafeServe(RuntimeError):
    """The requested server would take writes from the network without a token."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (127.0.0.0/8, ::1 or localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def check_exposure(host: str, *, writes: bool, token: str | None) -> None:
    """Refuse a non-loopback bind that would accept writes without a token."""
    if writes and not token and not is_loopback(host):
        raise UnsafeServe(
            f"refusing to serve writes on {host} without a token: set {TOKEN_ENV} or --token, "
            "or serve with --read-only"
        )


def run_server(
    db: str | None,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    token: str | None = None,
    writes: bool = True,
    trusted_hosts: list[str] | None = None,
    max_article_chars: int | None = None,
) -> None:
    """Open the store (DuckDB file, default ``eventcoder.duckdb``; or a postgresql:// URL).

    Without writes the store is opened read-only: it can sit on read-only media, and the
    server cannot change it.
    """
    import uvicorn

    from eventcoder.serve.app import create_app
    from eventcoder.serve.assets import node_modules_dir
    from eventcoder.store import open_store

    token = token or None
    check_exposure(host, writes=writes, token=token)
    node_modules_dir()  # fail now, with the set-up command, rather than on the first page load
    store = open_store(db, read_only=not writes)
    try:
        app = create_app(
            store,
            token=token,
            writes=writes,
            trusted_hosts=trusted_hosts,
            max_article_chars=max_article_chars,
        )
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        store.close()
