"""The corpus side: a store of texts grouped into stories as they arrive.

``corpus`` (``Corpus``: stories, timelines, similar texts), ``writer`` (its writing
side: ingest, one writer at a time), ``reading`` (the reading process beside the
writer), ``story_table`` (links to stories), ``stories`` (a story's versions in
order), ``export`` (every text as JSON Lines). ``Corpus`` and ``IngestReport`` are
imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storydiff.corpus.corpus import Corpus, IngestReport


def __getattr__(name: str) -> Any:
    if name not in ("Corpus", "IngestReport"):
        raise AttributeError(f"module 'storydiff.corpus' has no attribute {name!r}")
    return getattr(importlib.import_module("storydiff.corpus.corpus"), name)


__all__ = ["Corpus", "IngestReport"]
