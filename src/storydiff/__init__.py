"""storydiff: find every version of a news story and show exactly what changed.

Examples:
    >>> import storydiff
    >>> c = storydiff.compare("Two ships sank. Rain fell.", "Three ships sank. Rain fell.")
    >>> c.has_differences, c.counts()["edited"]
    (True, 1)

The names below are imported when first used, so ``import storydiff`` (and
``storydiff --help``) loads no extraction, HTTP or NLP library.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storydiff.config import CompareConfig, InputConfig
    from storydiff.corpus.corpus import Corpus
    from storydiff.diff.align import Alignment, Link, Role
    from storydiff.diff.order import Order
    from storydiff.diff.relation import Relation, Verdict
    from storydiff.document import Document
    from storydiff.errors import InputError, StorydiffError
    from storydiff.ingest import from_text, load
    from storydiff.pair.compare import Comparison, HeadlineDiff, compare

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_WHERE = {
    "CompareConfig": "storydiff.config",
    "InputConfig": "storydiff.config",
    "Corpus": "storydiff.corpus.corpus",
    "Alignment": "storydiff.diff.align",
    "Link": "storydiff.diff.align",
    "Role": "storydiff.diff.align",
    "Comparison": "storydiff.pair.compare",
    "HeadlineDiff": "storydiff.pair.compare",
    "compare": "storydiff.pair.compare",
    "Order": "storydiff.diff.order",
    "Relation": "storydiff.diff.relation",
    "Verdict": "storydiff.diff.relation",
    "Document": "storydiff.document",
    "InputError": "storydiff.errors",
    "StorydiffError": "storydiff.errors",
    "from_text": "storydiff.ingest.source",
    "load": "storydiff.ingest.source",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'storydiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value  # the next use is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "Alignment",
    "CompareConfig",
    "Comparison",
    "Corpus",
    "Document",
    "HeadlineDiff",
    "InputConfig",
    "InputError",
    "Link",
    "Order",
    "Relation",
    "Role",
    "StorydiffError",
    "Verdict",
    "__version__",
    "compare",
    "from_text",
    "load",
]
