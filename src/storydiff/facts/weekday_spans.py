"""Which words a date of weekdays stands for: the recogniser often splits a span
("Monday through Friday") or a list of three days or more ("Friday, Saturday and
Sunday") into several
dates, or tags only one of its days. ``weekday_span`` finds the whole span or list a
date belongs to (``weekdays`` reads whether it is a habit there), ``whole_span`` makes
it one date of its first part, and ``list_value`` gives a list its one value.
``join_listed_days`` shows two days against a list of them as they were written.
"""

from __future__ import annotations

import itertools
import operator
from typing import TYPE_CHECKING

from storydiff.facts.lexicon import WEEKDAYS
from storydiff.facts.model import Fact

if TYPE_CHECKING:
    from spacy.tokens import Span

_START = operator.attrgetter("start")


SPAN_LINKS = ("-", "–", "to", "through", "thru")
"""Words that join two weekdays into a span ("Monday through Friday")."""


def weekday_span(ent: Span) -> Span:
    """The span of weekdays that a date naming one weekday belongs to: the recogniser
    often tags "Monday through Friday" as two dates (or only "Monday"), and either one's
    span is all three words; a date in a list of weekdays ("Friday, Saturday and
    Sunday", often tagged as three) is the whole list; any other date is its own span."""
    doc = ent.doc
    listed = _weekday_list(ent)
    if listed is not None:
        return listed
    if sum(t.lower_ in WEEKDAYS for t in ent) != 1:
        return ent
    start, end = ent.start, ent.end
    if _joins([t.lower_ for t in doc[end - 1 : end + 2]]):
        return doc[start : end + 2]  # "Monday" of "Monday through Friday"
    if start >= 2 and _joins([t.lower_ for t in doc[start - 2 : start + 1]]):
        return doc[start - 2 : end]  # "Friday" of "Monday through Friday"
    return ent


_LIST_LINKS = (",", "and")


def _weekday_list(ent: Span) -> Span | None:
    """The list of weekdays a date of weekdays only is part of ("Friday", "Friday,
    Saturday" of "Friday, Saturday and Sunday"): the weekdays joined to it by commas
    and a last "and" (", and"), when they reach past the date; else None."""
    doc = ent.doc
    if not all(t.lower_ in WEEKDAYS or t.lower_ in _LIST_LINKS for t in ent):
        return None
    days = [t.i for t in ent if t.lower_ in WEEKDAYS]
    if not days:
        return None
    start, end = days[0], days[-1] + 1  # "Friday, Saturday and" tagged without "Sunday"
    while end + 1 < len(doc) and doc[end].lower_ in _LIST_LINKS:
        step = 2 if doc[end].text == "," and doc[end + 1].lower_ == "and" else 1
        if end + step >= len(doc) or doc[end + step].lower_ not in WEEKDAYS:
            break
        end += step + 1
    while start >= 2 and doc[start - 1].lower_ in _LIST_LINKS:
        step = 2 if doc[start - 1].lower_ == "and" and doc[start - 2].text == "," else 1
        if start - step - 1 < 0 or doc[start - step - 1].lower_ not in WEEKDAYS:
            break
        start -= step + 1
    span = doc[start:end]
    if (start, end) == (ent.start, ent.end) or not list_value(span):
        return None
    return span


def list_value(span: Span) -> str:
    """The value of a list of three weekdays or more ("Friday, Saturday and Sunday":
    "friday+saturday+sunday"), its days in week order, else "". One word, so that a
    list that lost a day is another date, not the same one said less exactly, and the
    same days said in another order are the same date. Two days ("on Tuesday and
    Wednesday") stay two dates, each found alone in the other version, as often the
    days of two happenings as a stretch of days."""
    words = [t.lower_ for t in span]
    links = [w for w in words if w in _LIST_LINKS]
    days = [w for w in words if w in WEEKDAYS]
    if len(days) < 3 or links[-1:] != ["and"] or len(days) + len(links) != len(words):
        return ""  # "Friday, Saturday" alone may be a day and an apposition
    return "+".join(sorted(days, key=WEEKDAYS.index))


def whole_span(ent: Span) -> Span | None:
    """The words a date stands for: a span or a list of weekdays split into several
    dates ("Monday", "Friday next week"; "Friday", "Saturday", "Sunday") is one, all
    its words for the first, None for the others."""
    span = weekday_span(ent)
    if span.start == ent.start and span.end == ent.end:
        return ent
    dates = [e for e in ent.sent.ents if e.label_ == "DATE" and e.start != ent.start]
    if not any(t.lower_ in SPAN_LINKS for t in span):  # a list
        within = [e for e in dates if e.start < span.end and e.end > span.start]
        if any(e.start < ent.start for e in within):
            return None
        end = max([ent.end, *(e.end for e in within)])
        return ent.doc[span.start : end]
    if span.start < ent.start:  # "Friday": the first date stands for both
        return None if any(e.end == span.start + 1 for e in dates) else ent
    second = [e for e in dates if e.start == span.end - 1]
    return ent.doc[ent.start : second[0].end] if second else ent


def _joins(words: list[str]) -> bool:
    """Three words that make a span of weekdays: "monday", "through", "friday"."""
    return (
        len(words) == 3 and words[0] in WEEKDAYS and words[1] in SPAN_LINKS and words[2] in WEEKDAYS
    )


def join_listed_days(mine: list[Fact], text: str, theirs: list[Fact]) -> list[Fact]:
    """``mine`` with each two dates of one weekday each written "A and B" made one date
    ("Friday and Saturday", its value "friday+saturday"), when a list in ``theirs``
    (``list_value``) names both days: "on Friday and Saturday" -> "on Friday, Saturday
    and Sunday" is then one update shown as written, not "Friday" -> the list. Two days
    stay two dates otherwise (``list_value``). ``text`` is the text of ``mine``'s
    offsets."""
    listed = [set(f.value.split("+")) for f in theirs if f.kind == "date" and "+" in f.value]
    if not listed:
        return mine
    out = list(mine)
    days = sorted((f for f in mine if f.kind == "date" and f.value in WEEKDAYS), key=_START)
    for a, b in itertools.pairwise(days):
        if (
            a in out
            and a.sentence == b.sentence
            and a.value != b.value
            and text[a.end : b.start].strip().lower() == "and"
            and _ends_phrase(text[b.end : b.end + 30])
            and any({a.value, b.value} <= days_of for days_of in listed)
        ):
            value = "+".join(sorted((a.value, b.value), key=WEEKDAYS.index))
            joined = Fact("date", text[a.start : b.end], value, "", a.sentence, a.start, b.end)
            out[out.index(a)] = joined
            out.remove(b)
    return out


_GOES_ON = frozenset(
    "night nights morning mornings afternoon afternoons evening evenings this next last"
    " at in on from to for and or with when after before until".split()
)
"""Words that may follow a date of two days and keep it a date ("on Friday and Saturday
nights", "Friday and Saturday at noon"); another word after the second day may start
a clause of its own ("sank on Friday and Saturday brought rain")."""


def _ends_phrase(after: str) -> bool:
    """Whether the words ``after`` a second day leave the two days one phrase."""
    word = after.split(maxsplit=1)[0] if after.split() else ""
    return not word[:1].isalnum() or word.lower().strip(".,;:") in _GOES_ON
