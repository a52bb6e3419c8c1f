"""Merge stage: the same event reported by many articles becomes one event."""
