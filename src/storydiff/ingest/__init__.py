"""Ingest stage: read files, URLs and standard input as Documents (``from_text`` and
``load`` are imported on first use: they bring trafilatura and httpx)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storydiff.ingest.source import from_text, load


def __getattr__(name: str) -> Any:
    if name not in ("from_text", "load"):
        raise AttributeError(f"module 'storydiff.ingest' has no attribute {name!r}")
    return getattr(importlib.import_module("storydiff.ingest.source"), name)


__all__ = ["from_text", "load"]
