"""Dates and clock times in one parsed sentence (DATE and TIME entities): what is a
date fact, and what only looks like one.

A date fact is a calendar date or a clock time of the story: a weekday, a day of a
month, a month or a year of an event, a clock time, a range of these. Not dates: ages
("6-year-old"), durations ("five days", "a time of 1:01"), vague periods ("this week",
"the September long weekend"; a decade, "the 1990s", is reported only when its
sentence changes it), recurring times ("every Monday", "The ferry runs Monday through
Friday": ``weekdays``), names that only contain a date ("the 31st December
Revolution"), and the page's own dates (datelines, embedded posts, photo captions:
``page_dates``; "Updated" stamps are ``extract.STAMP``'s). A day that only dates the
telling ("officials said on Thursday") is a weak fact: it matches the same day
elsewhere and is never shown. Measured on a blind real set by
``bench/dates_real.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from storydiff.facts.counts import TIME_ZONES
from storydiff.facts.lexicon import (
    ANNOUNCING,
    MONTH_NAMES,
    MONTH_WORDS,
    MONTHS,
    SAYING,
    STATEMENTS,
    WEEKDAYS,
)
from storydiff.facts.model import Fact
from storydiff.facts.page_dates import page_date
from storydiff.facts.weekday_spans import list_value, whole_span
from storydiff.facts.weekdays import RELATIVE, recurring, relative_day, schedule_time

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DATE_PREPS = ("on ", "in ", "at ", "by ", "since ", "until ")

_CALENDAR_WORDS = frozenset(WEEKDAYS) | MONTH_WORDS | {"noon", "midnight"}
_CALENDAR = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b"  # a year (not a decade, "the 1990s")
    r"|\b\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?\b"  # 3/15, 15.03.2016
    r"|\b\d{1,2}(:\d\d)?\s*(a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b",  # clock times
    re.IGNORECASE,
)

_CLOCK = {"a.m.", "p.m.", "am", "pm"}
_DECADE = re.compile(r"(?:\b(?:early|mid|late)[- ])?\b(?:1[89]\d|20\d)0s\b", re.IGNORECASE)
"""A decade ("the 1990s", "the mid-2000s"): a period, not a calendar date, but a changed
one is still news (``Fact.measure``: reported only as an edit of its sentence)."""
YEAR = re.compile(r"(1[5-9]|20)\d\d")
_AGE = re.compile(r"\b[\w-]+-(year|month|week|day)s?-old\b", re.IGNORECASE)


def is_calendar(text: str) -> bool:
    """A calendar date or a clock time: a weekday, a month, a year, "3/15", "3:40 p.m.".
    Durations ("five days", "10 years"), ages ("6-year-old") and vague times ("this
    week", "tonight", "recent years", "the 1990s") are not."""
    if _AGE.search(text):
        return False
    words = {w.strip(",.").lower().removeprefix("mid-") for w in text.split()}  # "mid-August"
    if words & _CALENDAR_WORDS - {"may", "march"}:
        return True
    if _CALENDAR.search(text):
        return True
    # "May" and "March" are months only next to a day number or a year.
    return bool(words & {"may", "march"}) and any(c.isdigit() for c in text)


_TOLD = SAYING | ANNOUNCING
_TELLING_VERBS = _TOLD | {"report"}
"""Verbs of a telling: saying and announcing, and "reported" ("media reported Monday")."""
_TELLING_NOUNS = STATEMENTS | {"interview", "conference", "briefing"}
"""A statement, and the occasions of a telling ("in a 2018 interview")."""
_DATE_LINKS = {"npadvmod", "prep", "nummod", "compound", "nmod", "amod", "advmod", "tmod", "poss"}
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def only_telling(ent: Span) -> bool:
    """A day that dates only the telling, read off the parse: it hangs on a verb of
    saying ("officials said here on Thursday", "results announced by the minister on
    Tuesday", "a photo posted Tuesday"), on a verb whose object is a statement
    ("released a statement on Wednesday (January 1)") or on the statement itself ("said
    in a statement Monday", "in a 2018 interview"). A day before its verb sets the
    news ("On Monday, the company announced ..."), and clock times are left alone: "the
    shooting was reported around 12:22 a.m." times the shooting."""
    if ent.label_ != "DATE" or ent.root.lower_ in RELATIVE:
        return False  # "said yesterday" is read against the version's date, as before
    if _told_beside(ent):
        return True
    tok = ent.root
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # "on Wednesday (January 1)"
    if tok.dep_ == "compound" and tok.head.lower_ in _DAY_PARTS:
        tok = tok.head  # "said Tuesday morning"
    head = tok.head
    if tok.dep_ == "pobj":
        if head.lower_ != "on":
            return False  # "announced before Monday", "said in a paper in January"
        tok, head = head, head.head  # "on Tuesday"
    if tok.dep_ not in _DATE_LINKS or head.i == tok.i:
        return False
    if head.lemma_.lower() in _TELLING_NOUNS:
        return True  # "in a statement Monday", "at Friday's briefing"
    if head.pos_ not in ("VERB", "AUX") or ent.start < head.i:
        return False  # "On Monday, the company announced ...": the news's day
    if to_come(head.doc[head.sent.start : head.i]):
        return False  # "will announce the results on Sept. 12": the news's day
    if head.lemma_.lower() == "report" and any(
        c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in head.children
    ):
        return False  # "reported to the police on Dec. 19": a crime reported, no telling
    return head.lemma_.lower() in _TELLING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TELLING_NOUNS for c in head.children
    )


def _told_beside(ent: Span) -> bool:
    """A day written right beside its telling, wherever the parser hangs it: after a verb
    of saying or announcing ("said on Thursday he had agreed", the day hung on
    "agreed"), after a statement ("said the ministry in a statement on May 3"), or
    between a speaker and the verb ("The central bank on Wednesday said"). A telling to
    come ("will announce on Sept. 12") dates the news."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return False  # "said Monday's flood was the worst": the flood's day
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < ent.sent.start:
        return False  # "On Monday, the company announced ...": the news's day
    before = doc[i]
    lemma = before.lemma_.lower()
    if before.pos_ == "NOUN" and lemma in _TELLING_NOUNS:
        verb = before.head if before.head.pos_ == "VERB" else before
        return not to_come(doc[ent.sent.start : min(verb.i, i)])  # "will release a statement"
    if before.pos_ == "VERB" and lemma in _TOLD:
        return not to_come(doc[ent.sent.start : i])
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        after is not None
        and after.pos_ == "VERB"
        and after.lemma_.lower() in _TOLD
        and before.pos_ in ("NOUN", "PROPN")
        and not to_come(doc[ent.sent.start : after.i])
    )


_MODALS = frozenset(
    {"will", "would", "shall", "'ll", "wo", "could", "can", "may", "might", "should", "must"}
)
_SCHEDULING = frozenset({
    "expect", "expects", "expected", "plan", "plans", "planned", "planning", "due", "set",
    "scheduled", "intend", "intends", "intended", "prepare", "prepares", "preparing",
    "is", "are", "am", "was", "were", "'s", "'re", "going", "about",
})  # fmt: skip
"""Words whose "to" puts a verb ahead: "is expected to", "plans to", "is due to", "is
set to", "is going to", "is about to", and a plan told in the past ("the minister was
to announce the budget on Tuesday"); "went on to say" tells what followed."""
_BETWEEN = frozenset({"be", "been", "have", "not", "n't", "also", "soon", "then", "now", "still"})
"""Words between a modal or a "to" and its verb: "will not be announced", "to be told"."""
_WORDS = re.compile(r"\w+(?=n't)|n't|'\w+|\w+")
"""Words as the parser splits them ("won't" is "wo" and "n't", "they'll" is "'ll")."""


_LY_VERBS = frozenset({
    "apply", "reply", "supply", "comply", "imply", "multiply", "rely", "rally", "tally",
    "fly", "ally", "bully", "dally", "sully",
})  # fmt: skip
"""Verbs in "ly" that end a clause like an adverb ("Students who plan to apply said")."""


def _adverb(word: str, tagged: Collection[str] | None) -> bool:
    """An adverb in "ly" between a modal or a "to" and its verb ("will formally
    announce"): one the parse tags as an adverb (``tagged``), else a word in lower case
    ("July" is a month) that is no verb in "ly" ("to apply", "will rally")."""
    if not word.endswith("ly"):
        return False
    if tagged is not None:
        return word in tagged
    return word.islower() and word not in _LY_VERBS


def to_come(before: str | Span) -> bool:
    """Whether the words ``before`` a verb of telling (its clause up to the verb) put the
    telling ahead: a modal ("will announce", "would release", "will be announced"), "to"
    after a word of scheduling ("is expected to announce", "plans to", "is due to", "is
    to", "was to", "is going to") or a passive infinitive ("results to be announced on
    Friday"). Its day is then the news's, not the telling's. The one rule for both the
    parse (``only_telling``, a span whose tags tell the adverbs) and the raw text
    (``extract.telling_day``)."""
    tagged = None
    if not isinstance(before, str):
        tagged = {t.text for t in before if t.tag_ in ("RB", "RBR", "RBS")}
        before = before.text
    words = _WORDS.findall(before)
    end = len(words)
    while end and (words[end - 1].lower() in _BETWEEN or _adverb(words[end - 1], tagged)):
        end -= 1  # "will not be", "will formally"
    if not end:
        return False
    if words[end - 1].lower() in _MODALS and words[end - 1] != "May":
        return True  # "officials in May said": the month
    words = [w.lower() for w in words]
    if words[end - 1] != "to":
        return False
    passive = "be" in words[end:]
    return passive or (end > 1 and words[end - 2] in _SCHEDULING)


_BARE_CLOCK = re.compile(r"\W*\d{1,2}:\d\d\W*")
_AT_TIME = {
    "at", "around", "about", "by", "until", "till", "from", "before", "after", "since", "to",
}  # fmt: skip


def _bare_clock(part: Span) -> bool:
    """ "1:01" alone, without "a.m.", a time zone or a word that sets a time ("at",
    "until"): a race or a video's length, no time of day ("Bravazo's time of 1:01")."""
    if not _BARE_CLOCK.fullmatch(part.text):
        return False
    doc = part.doc
    before = doc[part.start - 1].lower_ if part.start > 0 else ""
    after = doc[part.end].text if part.end < len(doc) else ""
    return before not in _AT_TIME and after.lower() not in TIME_ZONES and after != "local"


_PERIOD_NOUNS = {"weekend", "holiday", "holidays", "season", "quarter", "term", "session", "break"}


def _calendar_word(tok: Token) -> bool:
    parts = tok.lower_.strip(".").split("-")
    return any(p in _CALENDAR_WORDS or YEAR.fullmatch(p) or p.isdigit() for p in parts)


def _no_day(ent: Span) -> bool:
    """A name or a period that a calendar word only modifies: "the 31st December
    Revolution" (an event's name), "the September long weekend", "the December
    holidays"."""
    root = ent.root
    if _calendar_word(root) or not root.is_alpha:
        return False
    if root.is_title and root.i > ent.start:
        return True
    return root.lower_ in _PERIOD_NOUNS and not any(t.like_num for t in ent)


def _calendar_part(ent: Span) -> Span:
    """The calendar words of a date joined to a period: "the first few weeks of 2020" is
    "2020", "the first two quarters of 2019-20" is "2019-20", "April 24 of next year" is
    "April 24", "Q3 2019" is "2019"; a weekday without the part of the day before it
    ("early Tuesday" is "Tuesday", as "Tuesday morning" is that day); a year without the
    capitalised words the recogniser ran on into ("2019 Good morning", a headline
    without a stop); not the words after a comma that say no date ("in May, weeks
    before": "May")."""
    for t in ent[1:]:
        after = ent.doc[t.i + 1 : ent.end]
        if t.text == "," and not is_calendar(after.text) and not any(w.like_num for w in after):
            ent = ent.doc[ent.start : t.i]
            break
    if len(ent) > 1 and ent[0].lower_ in ("early", "late") and ent[1].lower_ in WEEKDAYS:
        return ent[1:]
    if len(ent) > 1 and re.fullmatch(r"[QH][1-4]", ent[0].text):
        return ent[1:]  # "Q3 2019": the quarter is a period, the year a date
    for tok in ent:
        if tok.lower_ == "of" and tok.i + 1 < ent.end:
            head, tail = ent.doc[ent.start : tok.i], ent.doc[tok.i + 1 : ent.end]
            day = any(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", t.lower_) for t in head)
            if day and is_calendar(tail.text):
                return ent  # "the 5th of November": the day is the head
            if is_calendar(head.text) != is_calendar(tail.text):
                return tail if is_calendar(tail.text) else head  # "April 24 of next year"
        if (
            tok.i > ent.start
            and tok.is_title
            and tok.lower_ not in _CALENDAR_WORDS
            and re.fullmatch(r"(1[89]|20)\d\d", ent.doc[tok.i - 1].text)
        ):
            return ent.doc[ent.start : tok.i]  # "goodbye to 2019 Good morning": a headline ends
    return ent


def _date_value(text: str) -> str:
    """The date's words without the wording around them: "the quarter ending March 31"
    and "the quarter ended March 31" are both "march 31"."""
    value = " ".join(text.lower().split())
    for prep in _DATE_PREPS:
        if value.startswith(prep):
            value = value[len(prep) :]
    kept = [
        w.rstrip(",") if w.rstrip(",") in _CLOCK else w.strip(",.")
        for w in value.split()
        if w.strip(",.") in _CALENDAR_WORDS
        or w.rstrip(",") in _CLOCK
        or any(c.isdigit() for c in w)
    ]
    return canonical(" ".join(kept)) if kept else value


_ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def canonical(value: str) -> str:
    """A date's words in one form however the text writes them, so that one day said
    two ways is one value: a month's short form as its name ("dec" is "december",
    "sept" "september"), a day without its ordinal ("24th" is "24"), and the day after
    its month ("24 december 2019" and "the 24th of December, 2019" are "december 24
    2019").

    A clock time is written one way too ("4am", "4 AM" and "4:00 a.m." are "4 a.m.").

    Examples:
        >>> canonical("dec 24 2019"), canonical("24th december"), canonical("3:40 p.m.")
        ('december 24 2019', 'december 24', '3:40 p.m.')
        >>> canonical("4am"), canonical("4:00 a.m. march 18"), canonical("10:30PM")
        ('4 a.m.', '4 a.m. march 18', '10:30 p.m.')
    """
    words = [MONTH_NAMES.get(w, w) for w in value.split()]
    words = [m.group(1) if (m := _ORDINAL_DAY.fullmatch(w)) else w for w in words]
    for i in range(len(words) - 1):
        if words[i].isdigit() and len(words[i]) <= 2 and words[i + 1] in MONTHS:
            words[i], words[i + 1] = words[i + 1], words[i]
    return clock_times(" ".join(words))


_CLOCK_TIME = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s*m\b\.?", re.IGNORECASE)


def clock_times(text: str) -> str:
    """``text`` with every clock time in one form (``canonical``'s): "4:00am" is "4 a.m."."""
    return _CLOCK_TIME.sub(_clock, text)


def _clock(m: re.Match[str]) -> str:
    """A clock time in one form: "4 a.m.", "10:30 p.m." (no ":00")."""
    minutes = m.group(2)
    hour = str(int(m.group(1))) + (f":{minutes}" if minutes and minutes != "00" else "")
    return f"{hour} {m.group(3).lower()}.m."


_MONTH_AFTER = frozenset(
    "in since until till by through from of early mid late last next this before after "
    "during".split()
)


def _month_in(part: Span) -> bool:
    """Whether a date span is "May" or "March" the month, never the verb or the walk, by
    the word before it ("ordered in May", "until March last year")."""
    first = part[0]
    before = part.doc[first.i - 1].lower_ if first.i else ""
    return first.text in ("May", "March") and before in _MONTH_AFTER


_DECADE_YEAR = re.compile(r"^(?:the\s+)?\d{3}0$", re.IGNORECASE)
"""A year ending in 0 that "'s" after it makes a decade ("the 1990's"), unless what
follows is what the year owns ("the 2010's first quarter": ``_OWNED``)."""
_OWNED = frozenset({"NOUN", "ADJ", "NUM", "PROPN"})


def date_fact(ent: Span, sentence: int, offset: int, published: dt.date | None) -> Fact | None:
    """The date fact of a DATE or TIME entity (``offset`` maps the doc's characters into
    the text), or None when it names no day or time of the story. With the version's
    ``published`` date, "yesterday", "today" and "tomorrow" are the weekdays they name.
    A span of weekdays the recogniser split into two dates is one fact of its first."""
    whole = whole_span(ent)  # a span of weekdays split into two dates is one
    if whole is None or page_date(ent) or recurring(ent) or schedule_time(ent) or _no_day(ent):
        return None
    part = _calendar_part(whole)
    if _bare_clock(part):
        return None
    calendar = is_calendar(part.text) or _month_in(part)
    value = _date_value(part.text) if calendar else relative_day(part.text, published)
    value = list_value(part) or value  # "Friday, Saturday and Sunday": one date
    if _DECADE_YEAR.match(part.text) and part.end < len(part.doc):
        after = part.doc[part.end]
        the = part.start > 0 and part.doc[part.start - 1].lower_ in ("the", "early", "mid", "late")
        owned = after.i + 1 < len(part.doc) and part.doc[after.i + 1].pos_ in _OWNED
        if after.lower_ in ("'s", "’s") and not part[-1].whitespace_ and the and not owned:
            part, value = part.doc[part.start : part.end + 1], ""  # "the 1990's": a decade
    decade = None if value else _DECADE.search(part.text.replace("'s", "s").replace("’s", "s"))
    if decade:  # a period: shown only when its sentence changes it ("the 1990s" -> "1980s")
        value = decade.group(0).lower().replace("-", " ")  # "the mid-2000s": "mid 2000s"
    if not value:
        return None
    s0, s1 = offset + part.start_char, offset + part.end_char
    told = only_telling(ent)  # kept to match the same day elsewhere, never shown
    return Fact("date", part.text, value, "", sentence, s0, s1, weak=told, measure=bool(decade))
