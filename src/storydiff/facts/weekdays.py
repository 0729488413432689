"""Recurring times in one parsed sentence: a date that names no one day of the story
but a habit or a schedule, read off the words around it.

"Every Monday", "each Friday" and "the annual July 4 fireworks" recur. A span of
weekdays ("Monday through Friday", which the recogniser often tags as two dates) is a
schedule when the sentence makes it a habit: a service's verb in the present simple
("The ferry runs Monday - Friday"), a plural noun ("headlines Monday - Friday"), a word
of frequency ("twice a day"), or an opening-hours verb in the present ("The museum is
open Tuesday through Sunday"). It is one week's days when its verb is past or modal
("The border will be closed Monday - Friday"), when a one-off event runs over it ("The
festival runs Thursday through Sunday"), for a reason or an occasion ("Schools close
Monday through Friday for the storm"), or in a named week ("next week"). A span "from"
one weekday "to" another is a range of days ("The regatta runs from Friday to Sunday")
unless it is the hours of a place of business or a service ("The ferry runs from Monday
to Friday", "The museum is open from Tuesday to Sunday"), and so is a list of three
weekdays or more ("The market opens on Monday, Wednesday and Friday"). A schedule's
clock times and range of months are its own ("The pool opens Monday to Friday at
9am"). ``dates.date_fact`` drops a recurring time and a schedule's time: they are no
date facts. "Yesterday", "today" and "tomorrow" are the weekdays they name against a
version's date of publication (``relative_day``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from storydiff.facts.lexicon import MONTH_WORDS, WEEKDAYS
from storydiff.facts.page_dates import past_or_modal
from storydiff.facts.weekday_spans import SPAN_LINKS, weekday_span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DAILY = {"daily", "weekly", "nightly"}
"""Adverbs of a habit, before a date or anywhere in its sentence ("daily Monday -
Friday", "was printed daily Monday - Friday")."""
_EVERY = _DAILY | {"every", "each", "annual", "yearly"}
"""Words before a date that make it recur: "every Monday", "the annual July 4 fireworks"."""


def recurring(ent: Span) -> bool:
    """A time that recurs, no one day: "every Monday", "each Friday", "the annual July 4
    fireworks", or a span of weekdays (``weekday_span``) that the sentence marks as a
    habit (``_habit``: "headlines Monday - Friday", "The ferry runs Monday through
    Friday"); "The border will be closed Monday - Friday" names the days of one week.
    A span said to run "from" one day "to" another is a range of days ("Protests took
    place from Monday to Wednesday"), and a list of three weekdays or more is those
    days, unless either is the hours of a place of business or a service (``_hours``:
    "The museum is open from Tuesday to Sunday", "The ferry runs from Monday to Friday",
    "The market opens on Monday, Wednesday and Friday")."""
    span = weekday_span(ent)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _EVERY:
        return True
    days = [t for t in span if t.lower_ in WEEKDAYS]
    if any(t.like_num for t in span) or before == "between":
        return False
    if not any(t.lower_ in SPAN_LINKS for t in span):
        return len(days) >= 3 and _hours(span)  # "on Monday, Wednesday and Friday"
    if len(days) != 2:
        return False
    if before == "from":
        return _hours(span)  # "Protests took place from Monday to Wednesday": a range
    return _habit(span)


def schedule_time(ent: Span) -> bool:
    """A clock time or a range of months of a schedule: one that hangs on the verb of a
    recurring span of weekdays (``recurring``) in its sentence ("The pool opens Monday
    to Friday at 9am", "is open from Monday to Friday, 9am to 5pm", "from Tuesday to
    Saturday from May to September"). It is the schedule's, no time of the story; a
    day of a month ("from June 1") still dates the story."""
    if any(t.lower_ in WEEKDAYS for t in ent):
        return False
    months = [t for t in ent if t.lower_.strip(".") in MONTH_WORDS]
    if ent.label_ != "TIME" and (len(months) < 2 or any(t.like_num for t in ent)):
        return False
    verb = _verb_of(ent)[0].i
    return any(
        e.label_ == "DATE"
        and any(t.lower_ in WEEKDAYS for t in e)
        and _verb_of(weekday_span(e))[0].i == verb
        and recurring(e)
        for e in ent.sent.ents
    )


def _verb_of(span: Span) -> tuple[Token, bool]:
    """The word a span of weekdays hangs on, up to the first verb, and whether a plural
    noun comes on the way ("the latest headlines Monday - Friday")."""
    tok, plural = span.root, False
    while not plural and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        plural = tok.tag_ in ("NNS", "NNPS")
    return tok, plural


_SERVICES = {
    "museum", "gallery", "library", "shop", "store", "supermarket", "market", "pool",
    "gym", "office", "clinic", "surgery", "pharmacy", "bank", "branch", "depot",
    "restaurant", "cafe", "café", "bar", "pub", "centre", "center", "park", "zoo",
    "station", "counter", "desk", "helpline", "hotline", "service", "ferry", "bus",
    "train", "tram", "shuttle", "line", "route",
}  # fmt: skip
"""Places of business and services, whose days are their hours ("The museum is open
from Tuesday to Sunday", "The ferry runs from Monday to Friday"); a festival, a court
or a bridge keeps one week's days."""
_HOURS_ACTIVE = {"open", "operate", "run"}
"""Verbs of a place's or a service's hours in the present simple ("opens", "operates",
"runs"); "reopens" and "closes" tell of one week."""
_HOURS_STATE = {"open", "close", "closed", "shut"}
"""A place's state in the present ("is open", "is closed", "is shut")."""
_WHILE = {"while", "until", "till", "after", "during", "since", "before"}
"""Words of a time that bounds the days ("while the line is repaired", "after the
flood", "until the election"): the days are one week's, no schedule."""


def _hours(span: Span) -> bool:
    """A span "from" one weekday "to" another or a list of weekdays is those days ("The
    bridge closes from Monday to Friday for resurfacing", "The regatta runs from Friday
    to Sunday") unless it is the hours of a place of business or a service
    (``_SERVICES``) in the present, without modal: "The museum is open from Tuesday to
    Sunday", "The library is closed from Monday to Wednesday", "The ferry runs from
    Monday to Friday", "The market opens on Monday, Wednesday and Friday". A reason,
    an occasion, a named week or a bounding time keeps the range ("while the line is
    repaired", "after the flood", "Next week, the ferry runs ...")."""
    verb, _ = _verb_of(span)
    if verb.pos_ not in ("VERB", "AUX") or past_or_modal(verb):
        return False
    if _occasion(span) or _one_week(span) or _bounded(span):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        hours = any(c.dep_ == "acomp" and c.lower_ in _HOURS_STATE for c in verb.children)
    elif verb.tag_ == "VBN":
        hours = lemma in _HOURS_STATE and _present_passive(verb)
    else:
        hours = lemma in _HOURS_ACTIVE and verb.tag_ in ("VBZ", "VBP") and not _auxes(verb)
    subjects = ("nsubj", "nsubjpass", "compound")  # the parser may take "ferry runs" as a noun
    return hours and any(
        c.dep_ in subjects and c.lemma_.lower() in _SERVICES for c in verb.children
    )


def _bounded(span: Span) -> bool:
    """A clause or a phrase of the span's verb (``_hangs_on``) bounds the days in time
    ("while the line is repaired", "after the flood"); a clock time ("until 6 p.m.") is
    only the day's closing hour, and a bare noun of the day ("after school", "during
    office hours") its part of every day (``_every_day``)."""
    return any(
        t.lower_ in _WHILE
        and t.dep_ in ("mark", "prep")
        and not any(c.ent_type_ == "TIME" or c.like_num for c in t.subtree if c.i > t.i)
        and not _every_day(t)
        and _hangs_on(t, span)
        for t in span.sent
    )


def _every_day(prep: Token) -> bool:
    """A preposition's object is a common noun without determiner, possessive or
    number and no date ("after school", "during office hours", "before work"): a part
    of every day, no bound; an occasion ("after repairs") still bounds."""
    return any(
        obj.dep_ == "pobj"
        and obj.pos_ == "NOUN"
        and not obj.ent_type_
        and obj.lemma_.lower() not in _OCCASIONS
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        for obj in prep.children
    )


def _auxes(verb: Token) -> list[Token]:
    """The verb's auxiliaries ("is" of "is closed", "has" of "has closed")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _present_passive(verb: Token) -> bool:
    """A participle in the present passive: "is closed", not "has closed"."""
    return any(
        c.dep_ == "auxpass" and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP")
        for c in verb.children
    )


_FREQUENCY = _DAILY | {"weekdays", "weekends", "twice"}
"""Words of frequency anywhere in the sentence that make a span of weekdays a habit
("Our bulletin lands twice a day Monday - Friday")."""


_EVENTS = {
    "festival", "fair", "voting", "vote", "election", "poll", "conference", "summit",
    "trial", "hearing", "strike", "walkout", "sale", "exhibition", "tournament",
    "championship", "event", "celebration", "parade", "carnival", "concert", "convention",
    "congress", "talks", "talk", "session", "campaign", "competition", "race", "auction",
}  # fmt: skip
"""Events that happen once: as the subject of a present simple verb they are scheduled
("The festival runs Thursday through Sunday", "Early voting runs Monday to Friday"),
no habit of a service ("The ferry runs Monday - Friday")."""


def _habit(ent: Span) -> bool:
    """The sentence makes a span of days a habit: a plural noun the span belongs to
    ("the latest headlines Monday - Friday") or that its verb takes ("receive lunchtime
    headlines Monday - Friday"), a verb in the present simple ("runs", "opens", "airs")
    whose subject is no one-off event (``_EVENTS``), or a word of frequency
    ("weekdays", "twice a day"); a verb of opening hours in the present is one even for
    an event ("The exhibition is open Tuesday through Sunday"). A verb in the past or
    with a modal ("will fire missiles Monday - Friday", "Daily flights were cancelled
    Monday - Friday") tells of one week unless the word of frequency is its own ("was
    printed daily Monday - Friday"), and so does a reason, an occasion or a named week
    without a word of frequency ("Schools close Monday through Friday for the storm",
    "The ferry runs Monday to Friday next week")."""
    often = [t for t in ent.doc if t.lower_ in _FREQUENCY and not ent.start <= t.i < ent.end]
    if not often and (_occasion(ent) or _one_week(ent)):
        return False  # "Schools close Monday through Friday for the storm": one week
    tok, plural = _verb_of(ent)
    if tok.pos_ in ("VERB", "AUX") and _opening_hours(tok):
        return True  # "The exhibition is open Tuesday through Sunday": its hours
    if not often and _event_subject(ent):
        return False  # "The festival runs Thursday through Sunday": this one's days
    if plural:
        return True  # "headlines Monday - Friday"
    if tok.pos_ not in ("VERB", "AUX"):
        return bool(often)
    if past_or_modal(tok):
        return any(_adverbial_of(t, tok) for t in often)  # one week's days, or a habit
    if often:
        return True
    if any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") for c in tok.children):
        return True  # "receive headlines Monday - Friday"
    return tok.tag_ in ("VBZ", "VBP") and not _auxes(tok)  # "The ferry runs Monday - Friday"


_OPENING = {"open", "close", "shut", "operate"}
"""Verbs and adjectives of opening hours: "opens", "is open", "is closed", "operates";
"reopens" tells of one day."""
_OCCASIONS = _EVENTS | {
    "storm", "snow", "hurricane", "typhoon", "flood", "flooding", "heatwave", "holiday",
    "holidays", "funeral", "repair", "repairs", "renovation", "renovations", "maintenance",
    "works", "outbreak", "emergency", "protest", "protests", "visit", "inspection",
}  # fmt: skip
"""What closes or opens something for one week ("for the storm", "for repairs")."""
_CAUSES = {"because", "amid", "amidst"}
"""Words of a reason: "closed Monday to Friday because of the strike"."""


def _opening_hours(verb: Token) -> bool:
    """A verb of opening hours in the present, without modal ("The museum opens", "The
    exhibition is open", "The library is closed", "The depot operates"): the days it
    names are a schedule, whatever opens (an exhibition's hours, too)."""
    if past_or_modal(verb) or verb.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    if verb.tag_ == "VBN":  # "is closed": only in the present passive, not "has closed"
        return verb.lemma_.lower() in _OPENING and _present_passive(verb)
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in _OPENING for c in verb.children)
    return verb.lemma_.lower() in _OPENING and not _auxes(verb)


def _occasion(span: Span) -> bool:
    """The span's clause (``_hangs_on``) gives a reason or an occasion ("for the storm",
    "for repairs", "because of the strike", "due to flooding", "amid protests"): days
    that something opens or closes for it are one week's, no schedule."""
    for t in (t for t in span.sent if _hangs_on(t, span)):
        if t.lower_ in _CAUSES or (
            t.lower_ in ("due", "owing") and t.i + 1 < span.sent.end and t.nbor().lower_ == "to"
        ):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "for" and _one_off(t):
            return True
    return False


_PURPOSES = {
    "public", "community", "visitor", "resident", "member", "customer", "tourist",
    "child", "student", "pupil", "family", "patient", "staff", "worker", "employee",
    "commuter", "passenger", "people", "rest", "season", "year", "time",
    "future", "lunch", "breakfast", "dinner", "day", "week", "month",
}  # fmt: skip
"""What a place is open "for" every week: its people, a meal, a period ("for the
public", "for visitors", "for lunch", "for the rest of the year")."""


def _one_off(noun: Token) -> bool:
    """The object of "for" is an occasion of one week: a word of one (``_OCCASIONS``:
    "for repairs", "for the storm"), an event the recogniser tagged, or any noun after
    "the", "this" or "that" but a recurring purpose (``_PURPOSES``) or a date ("for the
    jubilee", not "for the public" nor "for the summer")."""
    lemma = noun.lemma_.lower()
    if lemma in _OCCASIONS or noun.ent_type_ == "EVENT":
        return True
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and lemma not in _PURPOSES
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    )


_THIS_WEEK = {"this", "next", "last", "that", "coming"}
"""Words that name one week: "next week", "this week", "the coming week"."""


def _one_week(span: Span) -> bool:
    """A named week hangs on the span's own verb or its clause (``_hangs_on``: "Monday
    to Friday next week", "Next week, the ferry runs from Monday to Friday", "This week
    the museum is open ..."): the span of weekdays is that week's days. A week of
    another clause ("The ferry, which was cancelled last week, runs ...", "..., the
    council said last week") leaves a schedule as it is."""
    doc = span.doc
    return any(
        t.lower_ == "week"
        and t.i > span.sent.start
        and doc[t.i - 1].lower_ in _THIS_WEEK
        and _hangs_on(t, span)
        for t in span.sent
    )


def _hangs_on(word: Token, span: Span) -> bool:
    """Whether a word belongs to the clause of the span's verb: the first verb above it
    is that verb, one it depends on as "to" do ("is expected to run") or a clause of
    that verb's ("while the line is repaired"), no relative clause ("which closed")."""
    verb = _verb_of(span)[0]
    verbs = {verb.i}
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        verbs.add(verb.i)
    own = _verb_of(word.doc[word.i : word.i + 1])[0]
    return own.i in verbs or (own.dep_ == "advcl" and own.head.i in verbs)


def _event_subject(ent: Span) -> bool:
    """A one-off event opens the sentence's words before the span ("The festival runs",
    "Early voting runs"): its subject, or a modifier of the word just before the span
    (the parser often reads "runs" as a plural noun and the event word as its
    modifier). A modifier of another noun names no event ("The trial court sits",
    "Election offices open")."""
    return any(
        t.lemma_.lower() in _EVENTS
        and (
            t.dep_ in ("nsubj", "nsubjpass")
            or (t.dep_ in ("compound", "amod") and t.head.i == ent.start - 1)
        )
        for t in ent.doc[ent.sent.start : ent.start]
    )


def _adverbial_of(word: Token, verb: Token) -> bool:
    """A word of frequency that modifies the verb ("printed daily", "sails twice a
    day"), not one of its subject or of another clause ("Daily flights were ...")."""
    if word.dep_ not in ("advmod", "npadvmod"):
        word = word.head
        if word.dep_ != "npadvmod":
            return False
    return word.head.i == verb.i


RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
"""Words of a day relative to the telling, and how many days from it."""


def relative_day(text: str, published: dt.date | None) -> str:
    """The weekday "yesterday", "today" or "tomorrow" names in a version published on
    ``published`` ("yesterday" on a Wednesday is "tuesday"), else ""."""
    if published is None:
        return ""
    words = [w.strip(",.").lower() for w in text.split()]
    for word, delta in RELATIVE.items():
        if word in words:
            return WEEKDAYS[(published + dt.timedelta(days=delta)).weekday()]
    return ""
