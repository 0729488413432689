"""The date tests' shared helpers: the dates a fictional sentence states as facts of
the story, and whether its span of weekdays is one of them."""

from __future__ import annotations

import re

from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline


def shown_dates(text: str) -> list[str]:
    """The dates a sentence states as facts of the story (weak ones only match; a
    decade shows only as an edit of its sentence)."""
    facts = extract(load_pipeline()(text), 0, 0).facts
    return [f.text for f in facts if f.kind == "date" and not f.weak and not f.measure]


_DAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SPAN = re.compile(rf"{_DAY}(?: (?:to|through|-|–) {_DAY}|(?:, {_DAY})+,? and {_DAY})")


def days_shown(text: str) -> bool:
    """Whether the sentence's span of weekdays ("Monday through Friday", "Monday,
    Wednesday and Friday") is shown as a date of the story. Shown, it must be one date
    with all its days, however the recogniser split it ("Monday", "Friday")."""
    days = [d for d in shown_dates(text) if re.search(_DAY, d)]
    if not days:
        return False
    span = _SPAN.search(text)
    assert span is not None, text
    assert len(days) == 1 and span.group(0) in days[0], (text, days)
    return True
