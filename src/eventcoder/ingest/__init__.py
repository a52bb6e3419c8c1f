"""Ingest stage: files, folders, globs and streams in; Article records (or ReadFailures) out."""
