"""Renderers: each takes a Report (never a Doc) and writes one format."""
