"""Store stage: DuckDB (embedded, default) or PostgreSQL."""
