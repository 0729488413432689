"""Ingest stage: read files, URLs and standard input as Documents."""

from storydiff.ingest.source import from_text, load

__all__ = ["from_text", "load"]
