"""storydiff: find every version of a news story and show exactly what changed.

Examples:
    >>> import storydiff
    >>> c = storydiff.compare("A ship sank. Rain fell.", "Two ships sank. Rain fell.")
    >>> c.has_differences, c.counts()["edited"]
    (True, 1)
"""

import logging

from storydiff.config import CompareConfig, InputConfig
from storydiff.corpus import Corpus
from storydiff.diff.align import Alignment, Link, Role
from storydiff.diff.compare import Comparison, HeadlineDiff, compare
from storydiff.diff.order import Order
from storydiff.diff.relation import Relation, Verdict
from storydiff.document import Document
from storydiff.errors import InputError, StorydiffError
from storydiff.ingest import from_text, load

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

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
