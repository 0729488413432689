"""Label files written blind, read only when they are byte for byte the files as
written: each scorer records its files' SHA-256, and a label changed after storydiff's
output was seen would no longer be blind."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def read_blind(path: Path, sha256: str, what: str = "the blind file") -> Any:
    """The JSON of ``path``, refused (``SystemExit``) when its SHA-256 is not
    ``sha256``; ``what`` names the file in the message ("the sample as drawn")."""
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise SystemExit(f"{path} is not {what} (sha256 differs)")
    return json.loads(raw)


def labelled_pairs(books: dict[str, dict[str, Any]]) -> list[str]:
    """The pair ids every labeller's book (labeller -> pair id -> labels) labelled,
    in the first book's order; refused when the books labelled other pairs."""
    ids = list(next(iter(books.values())))
    if any(list(book) != ids for book in books.values()):
        raise SystemExit("the labellers labelled other pairs")
    return ids
