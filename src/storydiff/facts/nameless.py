"""Spans the recogniser takes for names that name no person, organisation or place of
the story: dates, common abbreviations, diseases, time zones after a clock time, words
for a people ("16% were Caucasian"), a common noun in lower case ("the Santa
Clara-based chipmaker"; a body's name of several words in lower case, "the ministry of
housing", stays), a market index ("the Nasdaq Composite Index", "Standard & Poor's 500
index": a figure, not the exchange or the agency), and page furniture (a byline, an
agency's tag, a photo credit, a copyright line)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.lexicon import MONTH_WORDS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span

_NOT_NAMES = {
    "mou", "agm", "gdp", "ceo", "cfo", "icu", "ppe", "dui", "era", "whip", "rbi", "mvp", "qb",
    "ipo", "covid-19", "covid", "coronavirus", "sars", "ebola", "hiv", "aids",
}  # fmt: skip
"""Common abbreviations and diseases the recogniser takes for organisations."""
_ZONES = frozenset("est edt cst cdt mst mdt pst pdt gmt utc bst cet cest aest aedt jst ist".split())
_CLOCK_BEFORE = re.compile(r"(?i)(?:\d|[ap]\.?m\.?|noon|midnight)[\s(]{0,3}$")
"""A time zone after a clock time ("8am (AEST)", "7 p.m. EST"): no organisation; the
same letters elsewhere may be one ("the IST team")."""
_CALENDAR_WORDS = MONTH_WORDS | frozenset(WEEKDAYS)
_PEOPLES = frozenset(
    {"black", "white", "caucasian", "hispanic", "latino", "latina", "latinx", "asian", "native"}
)
"""Words for a people or a race the recogniser takes for an organisation ("16% were
Caucasian"): a person may bear one as a surname ("Mr. White"), so only a span it did
not tag as a person is dropped."""
_CREDIT_BEFORE = re.compile(
    r"(?i:^\s*by:?\s*$|\b(?:reported|written|compiled) by:?\s*$)"  # a byline
    r"|(?:^|[A-Z]{2,}|,)\s*\([^()]{0,30}$"  # "(CNN) ...", "VATICAN CITY (Reuters) -"
    r"|(?i:\([^()]*\b(?:photos?|images?|credit|file)\b[^()]*$)"  # "(Photo by X/Getty)"
    r"|(?i:©|\bcopyright\b)"
)
"""Words before a name that make it the page's (a byline, an agency's tag in a
dateline, a photo credit, a copyright line), not the story's."""
_INDEX_END = re.compile(r"(?i)\b(?:index|indexes|indices|composite|average|averages)$")
_INDEX_NEXT = re.compile(
    r"^(?:['’]s)?\s*(?:\d+(?:-stock)?\s+(?:stock\s+)?(?:index|composite|average)"
    r"|composite|industrial average|stock index)\b",
    re.I,
)
"""A market index's name: ending in "Index", "Composite" or "Average", or followed by
a figure and one of them or by "industrial average" ("Standard & Poor's 500 index",
"the Dow Jones industrial average"; not "Delta's average fare", "Gallup's index")."""
_MOVED_POINTS = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:rose|fell|gained|lost|climbed|dropped|slipped|added|shed"
    r"|jumped|tumbled|sank|ended|closed|finished|was\s+(?:up|down|off))\b[^.;]{0,40}?"
    r"\bpoints?\b",
    re.I,
)
"""An index's move in points told of the name right after it ("the Nasdaq fell 34
points"), not points anywhere in its sentence."""
_INDEX_NAMES = frozenset(
    {"nasdaq", "dow", "dow jones", "s&p", "ftse", "nikkei", "dax", "hang seng", "kospi", "sensex"}
)
"""Exchanges and publishers whose name alone also stands for their index ("the Nasdaq
fell 34 points")."""


def market_index(part: Span, text: str = "") -> bool:
    """Whether a span names a market index, a figure of the markets: "the Nasdaq
    Composite Index", "the Standard & Poor's 500 Index", "the Dow Jones industrial
    average", the Nasdaq whose move in points follows it ("the Nasdaq fell 34 points");
    not the agency ("Standard & Poor's cut its rating") nor the exchange ("listed on
    the Nasdaq"). ``text`` is the span's doc's text when the caller has read it."""
    if _INDEX_END.search(part.text):
        return True
    after = (text or part.doc.text)[part.end_char :]
    if part.text.lower() in _INDEX_NAMES and _MOVED_POINTS.match(after):
        return True  # "the Nasdaq fell 34 points"
    return _INDEX_NEXT.match(after) is not None


def not_a_name(part: Span) -> bool:
    """A part that names no person, organisation or place of the story: a date ("MARCH
    13"), a common abbreviation or disease ("MOU", "COVID-19"), a time zone after a
    clock time ("8am (AEST)"), a people's or a race's word not tagged as a person
    ("Caucasian", ``_PEOPLES``), a common noun (one word with no capital letter or
    digit: "chipmaker"), a market index (``market_index``), or page furniture. Events
    and laws ("the Kestrel Cup", "the Trade Act") stay: storydiff has no kind for them,
    and an editor wants their changes."""
    words = [t for t in part if not t.is_punct]
    if all(t.lower_.strip(".") in _CALENDAR_WORDS or t.like_num for t in words):
        return True
    text = part.doc.text
    if part.text.lower() in _NOT_NAMES or market_index(part, text):
        return True
    lead = text[: part.start_char]
    if part.text.lower() in _ZONES and _CLOCK_BEFORE.search(lead):
        return True  # "until 8am (AEST) today"
    if part.text.lower() in _PEOPLES and part[0].ent_type_ != "PERSON":
        return True  # "7% were Black, 16% were Caucasian"
    if len(words) == 1 and not any(c.isupper() or c.isdigit() for c in part.text):
        return True  # "the chipmaker's servers" (not "the ministry of housing")
    if "/" in part.text and re.search(r"(?i)\bphotos?\b|\bimages\b", part.text):
        return True  # "AP Photo/Ona Reyes", a photo credit
    at = _CREDIT_BEFORE.search(lead)
    if at and at.group().endswith(tuple("(-–— ")) and "(" in at.group():
        return bool(re.match(r"[^()]{0,30}\)", text[part.end_char :]))
    return at is not None
