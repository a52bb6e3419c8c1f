"""Serve stage: REST API, web page and the self-contained map."""
