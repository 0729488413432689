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

if TYPE_CHECKING:
    from storydiff.facts.analysis import Analysis

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


_DAY_PARTS = {"morning", "afternoon", "evening", "night", "on", "in", "at", "by"}


def date_core(text: str) -> str:
    """A date as the other version may say it less exactly: without the part of the
    day ("Saturday night" -> "saturday", "Friday night's" -> "friday") or, for a day of
    a month, without the year ("Dec. 31, 2018" -> "dec 31")."""
    text = re.sub(r"['’]s\b", "", text)  # "Friday night's market": Friday's
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


def figures_of(an: Analysis, text: str) -> set[Figure]:
    """Every percentage, amount and date a version (of ``text``) states (``_figure``):
    "37 per cent" is "37 percent", "4am" is "4 a.m."; every bare number, as a figure of
    no kind ("to 2.35bn" after "to 2.35 billion euros"); and every move one sentence
    says in two amounts ("rose to $318.7 million from $310.2 million" is the move
    "310200000 to 318700000")."""
    facts = [g for found in an.facts.values() for g in found]
    bare: set[Figure] = {
        ("", "", g.value, frozenset()) for g in facts if g.kind == "quantity" and not g.subject
    }
    moves: set[Figure] = {
        (a.kind, a.subject, f"{a.value} to {b.value}", frozenset())
        for a in facts
        for b in facts
        if a.kind == b.kind
        and a.kind in ("money", "percent")
        and a.sentence == b.sentence
        and a is not b
        and from_to(a, b, text)
    }
    return {_figure(g) for g in facts if g.kind in FIGURES} | bare | moves


def from_to(start: Fact, end: Fact, text: str) -> bool:
    """Whether ``text`` says the move from one figure to the other: "from" right
    before ``start``'s words and "to" right before ``end``'s ("rose to $318.7 million
    from $310.2 million")."""
    return all(
        re.search(rf"\b{word}\s+{re.escape(f.text)}", text, re.IGNORECASE) is not None
        for word, f in (("from", start), ("to", end))
    )


def stated_figure(f: Fact, figures: set[Figure]) -> bool:
    """Whether the other version states ``f`` (``figures_of``), its amount as a bare
    number of the same value (a percentage's small figure is too common for that), or
    its move in two amounts of one sentence, from and to the same figures."""
    bare = f.kind == "money" and ("", "", f.value, frozenset()) in figures
    move = f.kind in ("money", "percent") and " to " in f.value
    return (
        _figure(f) in figures
        or bare
        or (move and (f.kind, f.subject, f.value, frozenset()) in figures)
    )
