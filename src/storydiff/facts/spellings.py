"""One date said several ways, for telling whether the other version states a date
already: less exactly ("Saturday night" / "Saturday", "Dec. 31, 2018" / "Dec. 31":
``date_core``) or spelled another way ("Dec. 24" / "24 December" / "the 24th of
December", the year kept: ``spelled``, ``days_spelled``); and one percentage, amount
or date however written (``figures_of``, ``stated_figure``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from storydiff.facts.dates import canonical, clock_times
from storydiff.facts.lexicon import MONTH_PATTERN
from storydiff.facts.model import Fact
from storydiff.facts.names import norm
from storydiff.facts.numbers import figure_ends

if TYPE_CHECKING:
    from storydiff.facts.analysis import Analysis

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


Figure = tuple[str, str, str, frozenset[str]]
"""A figure's kind, subject, value and bounding words (``_figure``)."""
FIGURES = ("percent", "money", "date")
"""Facts of one value however written: percentages, amounts, dates."""
_BOUNDS = frozenset(
    "about around nearly almost roughly approximately some more less fewer over under below "
    "above least most up early late mid".split()
)


def _figure(f: Fact) -> Figure:
    """A percentage, an amount or a date as one value however it is written, with the
    words that bound it: the other version stating it so ("37 per cent" / "37 percent",
    "4am" / "4 a.m.", "Dec. 24" / "24 December") is no addition or removal, while
    "about 4 a.m." or "early June 2017" says more than "4 a.m." or "June 2017"."""
    words = frozenset(w for w in norm(f.text).split() if w in _BOUNDS)
    value = spelled(f.text) if f.kind == "date" else f.value
    return f.kind, f.subject, value, words


def figures_of(an: Analysis) -> set[Figure]:
    """Every percentage, amount and date a version states (``_figure``): "37 per cent"
    is "37 percent", "4am" is "4 a.m."; and every bare number, as a figure of no kind
    ("to 2.35bn" after "to 2.35 billion euros")."""
    facts = [g for found in an.facts.values() for g in found]
    bare: set[Figure] = {
        ("", "", g.value, frozenset()) for g in facts if g.kind == "quantity" and not g.subject
    }
    return {_figure(g) for g in facts if g.kind in FIGURES} | bare


def stated_figure(f: Fact, figures: set[Figure]) -> bool:
    """Whether the other version states ``f`` (``figures_of``), or its amount as a bare
    number of the same value (a percentage's small figure is too common for that)."""
    bare = f.kind == "money" and ("", "", f.value, frozenset()) in figures
    return _figure(f) in figures or bare or _ends_stated(f, figures)


def _ends_stated(f: Fact, figures: set[Figure]) -> bool:
    """A move or range of amounts or percentages ("from $210.4 million to $215.9
    million") whose every figure the other version states on its own ("rose to $215.9
    million from $210.4 million")."""
    ends = figure_ends(f.value) if f.kind in ("money", "percent") else []
    said = {(kind, subject, value) for kind, subject, value, _ in figures}
    return bool(ends) and all((f.kind, f.subject, end) in said for end in ends)
