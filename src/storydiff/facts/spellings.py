"""One date said several ways, for telling whether the other version states a date
already: less exactly ("Saturday night" / "Saturday", "Dec. 31, 2018" / "Dec. 31":
``date_core``) or spelled another way ("Dec. 24" / "24 December" / "the 24th of
December", the year kept: ``spelled``, ``days_spelled``)."""

from __future__ import annotations

import re
from functools import lru_cache

from storydiff.facts.dates import canonical, clock_times
from storydiff.facts.lexicon import MONTH_PATTERN
from storydiff.facts.names import norm

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


_DAY_PARTS = {"morning", "afternoon", "evening", "night", "on", "in", "at", "by"}


def date_core(text: str) -> str:
    """A date as the other version may say it less exactly: without the part of the
    day ("Saturday night" -> "saturday") or, for a day of a month, without the year
    ("Dec. 31, 2018" -> "dec 31")."""
    words = [w for w in norm(text).split() if w not in _DAY_PARTS]
    if any(_YEAR.match(w) for w in words) and any(w.isdigit() and len(w) <= 2 for w in words):
        words = [w for w in words if not _YEAR.match(w)]
    return " ".join(words)


_DAY_OF_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}\.?"
    rf"|{MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:,?\s+(?:1[89]|20)\d\d\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def days_spelled(text: str) -> frozenset[str]:
    """Every day of a month a text writes, in one spelling (``spelled``)."""
    return frozenset(spelled(m.group(0)) for m in _DAY_OF_MONTH.finditer(text))


def spelled(text: str) -> str:
    """A date's words in one spelling, the year kept ("Dec. 24, 2018" and "24 December
    2018" are one; "24 December 2019" is another day; "4:00am" is "4 a.m.")."""
    words = norm(clock_times(text)).split()
    return canonical(" ".join(w for w in words if w not in _NOT_DAY_WORDS))


_NOT_DAY_WORDS = _DAY_PARTS | {"the", "of"}
