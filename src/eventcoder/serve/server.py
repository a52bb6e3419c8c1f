"""``eventcoder serve``: the app over a store, run by uvicorn."""

from __future__ import annotations


def run_server(db: str | None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Open the store (DuckDB file, default ``eventcoder.duckdb``; or a postgresql:// URL)."""
    import uvicorn

    from eventcoder.serve.app import create_app
    from eventcoder.serve.assets import node_modules_dir
    from eventcoder.store import open_store

    node_modules_dir()  # fail now, with the set-up command, rather than on the first page load
    store = open_store(db)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()
