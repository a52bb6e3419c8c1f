"""Exports: JSONL, ACLED CSV, GeoJSON, Parquet."""
