"""A wire story's dateline: the place in capitals that opens its first sentence
("KESTREL BAY, Norland (MPA) — ")."""

from __future__ import annotations

import re

_DATELINE = re.compile(r"^\W*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?=,|\s*\(|\s+[—–-])")


def dateline(text: str) -> str | None:
    """The dateline's place ("KESTREL BAY"), else None."""
    m = _DATELINE.match(text[:200])
    return m.group(1).strip() if m else None


_DATELINE_PREFIX = re.compile(
    r"^\W*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"  # KESTREL BAY
    r"(?:,[^(—–]{0,40})?"  # , Norland
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"  # (MPA) —
)


def dateline_end(text: str) -> int:
    """Length of the dateline prefix ("KESTREL BAY, Norland (MPA) — "), else 0."""
    if dateline(text) is None:
        return 0
    m = _DATELINE_PREFIX.match(text[:200])
    return m.end() if m else 0
