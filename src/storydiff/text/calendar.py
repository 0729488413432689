"""The calendar's names, lower case, in one place for every stage that reads dates:
``facts`` (dates, numbers, entities, through ``facts.lexicon``) and ``diff``
(``order_edits``' weekday and date votes), which may not import ``facts``.

- ``WEEKDAYS``: Monday first, as ``datetime.date.weekday`` counts.
- ``MONTHS``: January first; ``MONTHS.index(m) + 1`` is the month's number.
- ``MONTH_ABBREVIATIONS``: the short forms news writes ("Jan", "Sept"), without their
  full stop; "may" is a month's whole name.
- ``MONTH_NAMES``: the month of each short form ("sept" -> "september").
- ``MONTH_WORDS``: any month word; ``MONTH_PATTERN`` a regular expression for one.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
MONTH_NAMES = {short: m for m in MONTHS for short in MONTH_ABBREVIATIONS if m.startswith(short)}
"""Each short form's month ("sept" -> "september")."""
MONTH_WORDS = frozenset(MONTHS) | MONTH_ABBREVIATIONS
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTH_WORDS, key=lambda w: (-len(w), w))) + ")"
"""Any month word, longest first so that "june" is not read as "jun"."""
