"""Calendar dates the entity recogniser left untagged ("no earlier than April 28", where
it tags "no earlier than March 12"): a month's name and a day of it, with its year if
written, read as the date it is."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from storydiff.facts.dates import date_fact
from storydiff.facts.lexicon import MONTH_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storydiff.facts.model import Fact

_DAY = re.compile(rf"\b{MONTH_PATTERN}\.?\s+(?P<day>[0-3]?\d)\b(?![.,]?\d)(?:,\s+\d{{4}}\b)?", re.I)
"""A month's name and a day ("April 28", "Sept. 3, 2026")."""


def untagged_dates(
    doc: Doc, sentence: int, offset: int, published: dt.date | None, taken: set[int]
) -> tuple[list[Fact], set[int]]:
    """The dates of a month and a day no date entity holds, nor a name ("Dara May
    1,204 votes"), outside the tokens ``taken``, not before a plural ("August 3
    times"), as facts, and their tokens."""
    facts: list[Fact] = []
    used: set[int] = set()
    named = ("DATE", "TIME", "PERSON", "ORG")  # "Dara May 1,204 votes", "Brian May 2"
    dated = {t.i for ent in doc.ents if ent.label_ in named for t in ent}
    for m in _DAY.finditer(doc.text):
        if not m.group()[:1].isupper() or not 1 <= int(m.group("day")) <= 31:
            continue  # "they may 5 …" is no month
        span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
        if span is None or any(t.i in dated or t.i in taken for t in span):
            continue
        if span.end < len(doc) and doc[span.end].tag_ == "NNS":
            continue  # "Tomas August 3 times": a count
        fact = date_fact(span, sentence, offset, published)
        if fact is not None:
            facts.append(fact)
            used.update(t.i for t in span)
    return facts, used
