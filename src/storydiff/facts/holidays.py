"""Named days of the calendar as dates of the story: "the ferry sank on Christmas Eve"
→ "on Christmas Day" is a date update, as "on Dec. 24" → "on Dec. 25" is.

A holiday is a date only where a word of time sets something on it ("on", "before",
"after", "since", "until", "by", "from", "through"): "a Christmas tree", "Happy New
Year", "New Year's resolutions", "over Christmas" and "the holiday season" name no day,
and "the New Year" alone is as often the coming year as its first day. A holiday of a
fixed day has that day's value ("Christmas Eve" is "december 24", so "on Dec. 24" says
the same day); a movable one ("Thanksgiving", "Easter") has its name. As with other
dates, one that recurs ("on Christmas Eve every year") is no day, a day that only dates
the telling ("said on Christmas Day") only matches, and the recogniser's DATE and EVENT
labels are not needed: it tags these days either way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.dates import only_telling
from storydiff.facts.model import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc

_YEARS = r"New\s+Year(?:['’]s|s['’]?)?"
_NAMES = (  # the more exact name first: "Christmas Eve" before "Christmas"
    (r"Christmas\s+Eve", "december 24"),
    (r"Christmas(?:\s+Day)?", "december 25"),
    (r"Boxing\s+Day", "december 26"),
    (_YEARS + r"\s+Eve", "december 31"),
    (_YEARS + r"\s+Day", "january 1"),
    (r"Hallowe['’]?en", "october 31"),
    (r"(?:St\.?\s+)?Valentine['’]?s\s+Day", "february 14"),
    (r"(?:St\.?|Saint)\s+Patrick['’]?s\s+Day", "march 17"),
    (r"Guy\s+Fawkes\s+Night|Bonfire\s+Night", "november 5"),
    (r"Bastille\s+Day", "july 14"),
    (r"Canada\s+Day", "july 1"),
    (r"Australia\s+Day", "january 26"),
    (r"Anzac\s+Day", "april 25"),
    (r"(?:the\s+)?Fourth\s+of\s+July", "july 4"),
    (r"Veterans\s+Day|Remembrance\s+Day|Armistice\s+Day", "november 11"),
    (r"Thanksgiving(?:\s+Day)?", "thanksgiving"),
    (r"Easter\s+Monday", "easter monday"),
    (r"Easter(?:\s+Sunday)?", "easter"),
    (r"Good\s+Friday", "good friday"),
    (r"Memorial\s+Day", "memorial day"),
    (r"Labou?r\s+Day", "labor day"),
    (r"Mother['’]?s\s+Day", "mother's day"),
    (r"Father['’]?s\s+Day", "father's day"),
    (r"Election\s+Day", "election day"),
    (r"Black\s+Friday", "black friday"),
    (r"Cyber\s+Monday", "cyber monday"),
    (r"Super\s+Tuesday", "super tuesday"),
    (r"(?:Lunar|Chinese)\s+New\s+Year(?:['’]s)?(?:\s+Day)?", "lunar new year"),
    (r"Eid\s+al-Fitr", "eid al-fitr"),
    (r"Eid\s+al-Adha", "eid al-adha"),
    (r"Diwali", "diwali"),
    (r"Yom\s+Kippur", "yom kippur"),
)
"""Each holiday's name and its value: a fixed day's month and day, else its name."""
_SETTING = r"(?:on|before|after|since|until|till|by|from|through)"
_THINGS = (
    "tree|trees|card|cards|season|holiday|holidays|break|weekend|market|markets|party|"
    "parties|shopping|sale|sales|deals|period|lights|spirit|message|address|celebrations|"
    "dinner|lunch|island|islands|parade|special|episode|edition|issue"
)
"""Nouns a holiday only modifies: "after Christmas shopping" names no day."""
_HOLIDAY = re.compile(
    rf"\b(?P<prep>{_SETTING})\s+(?P<day>(?>"  # atomic: a name never shrinks to fit
    + "|".join(f"(?P<h{i}>{name})" for i, (name, _) in enumerate(_NAMES))
    + r"))(?![\w'’-])"
    + r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?"
    + rf"(?!\s+(?i:{_THINGS})\b)"
)
_ON_ITS_OWN = frozenset({
    "depend", "rely", "focus", "concentrate", "report", "comment", "bet", "count", "insist",
    "agree", "reflect", "dwell", "spend", "work", "vote", "decide", "capitalize",
    "capitalise", "draw", "build", "base", "hinge", "center", "centre", "touch", "weigh",
    "elaborate", "act", "embark", "target", "cash", "prey", "feed", "pin", "blame",
})  # fmt: skip
"""Verbs whose "on" takes what they are about, not a day ("rely on Thanksgiving",
"focuses on Christmas")."""
_RECURS = re.compile(r"^\W*(?:every|each|annually)\b", re.IGNORECASE)
_EVERY = re.compile(r"\b(?:every|each)\s+year\W*$", re.IGNORECASE)


def holiday_facts(
    doc: Doc,
    sentence: int,
    offset: int,
    taken: list[tuple[int, int]],
) -> list[Fact]:
    """The named days set by a word of time in one parsed sentence, as date facts
    (``offset`` maps the doc's characters into the text), none that names no day
    (``_not_a_day``) or recurs, and none inside a span of
    ``taken`` (the doc's characters of its other dates). A day that only dates the
    telling (``dates.only_telling``) is a weak fact.

    Examples:
        >>> [m.group("day") for m in _HOLIDAY.finditer("sank on New Year's Eve, after Xmas")]
        ["New Year's Eve"]
    """
    facts = []
    text = doc.text
    for m in _HOLIDAY.finditer(text):
        start, end = m.start("day"), m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _RECURS.match(text[end : end + 12]) or _EVERY.search(before):
            continue  # "on Christmas Eve every year", "each year on Christmas Day"
        if _not_a_day(doc, m):
            continue
        value = next(v for i, (_, v) in enumerate(_NAMES) if m.group(f"h{i}") is not None)
        if m.group("year"):
            value += " " + m.group("year")  # "on Christmas Eve, 2019"
        span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
        weak = span is not None and only_telling(span)
        at = (sentence, offset + start, offset + end)
        facts.append(Fact("date", text[start:end], value, "", *at, weak=weak))
    return facts


def _not_a_day(doc: Doc, m: re.Match[str]) -> bool:
    """A holiday that only says what something is ("on Christmas shoppers", "on Easter
    Sunday's attack": the name modifies a noun after it) or what a verb is about ("rely
    on Thanksgiving"), read off the parse."""
    day = doc.char_span(m.start("day"), m.end("day"), alignment_mode="expand")
    prep = doc.char_span(m.start("prep"), m.end("prep"), alignment_mode="expand")
    if day is None or prep is None:
        return False
    last = day[-1]
    if last.dep_ in ("compound", "amod", "nmod", "poss") and last.head.i > last.i:
        return True
    if last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "POS":
        return True  # "Easter Sunday's attack"
    head = prep[0].head
    return prep[0].lower_ == "on" and head.lemma_.lower() in _ON_ITS_OWN
