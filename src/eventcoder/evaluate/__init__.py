"""Evaluation against gold event files."""
