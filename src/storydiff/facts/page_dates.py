"""The page's own dates in one parsed sentence, not the story's: an embedded post's,
a wire dateline's, a photo caption's, or a date that is a line of its own.

A page date names when the page (or a post, a photo) was made, and a rolling story
moves it with every version; ``dates.date_fact`` shows none of them. "Updated" and
"Published" stamps are ``extract.STAMP``'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.counts import TIME_ZONES
from storydiff.facts.lexicon import MONTH_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_TWEET_BEFORE = re.compile(
    r"(?:@\w+\)|pic\.twitter\.com/\w+)\s*"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?"
    r"(?:\d{1,2},?\s*)?$"
)
"""What stands before an embedded post's date: its author's handle ("(@name)") or its
picture link ("pic.twitter.com/..."), and the date's month and day when the
recogniser took its year alone."""
_PLACE_WORD = r"(?:\[[A-Z][A-Za-z.'’-]+\]|\b[A-Z][A-Za-z.'’-]+)"
_PLACE_BEFORE = re.compile(rf"{_PLACE_WORD}(?: {_PLACE_WORD})*,\s*$")
"""The place that opens a dateline, before the comma of its day: "New Delhi", "St.
John's", "Port-au-Prince", a country in brackets after its city ("New Delhi
[India]")."""
_DASH_AFTER = re.compile(r"^\s*(?:--|[–—-])\s")
_CREDIT_END = re.compile(r"\((?:Photo:\s*)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/[^()]*\)\W*$")
"""A photo credit closing a caption: "(Andrew Craft/The Fayetteville Observer via AP)"."""
_CAPTION_END = re.compile(
    r",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*"  # ", Iraq, "
    r"((?:[A-Z][a-z]+day,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d\d)\.?\s*$"
)
"""A photo caption's end: place, then the full date without a preposition ("...
outside the embassy, in Baghdad, Iraq, Tuesday, Dec. 31, 2019.")."""
_AGENCY_TAG = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,11})\)")
"""An agency's tag in brackets after a dateline's day: "New Delhi, Jan 2 (IANS)"."""
_WIRE_AFTER = re.compile(r"^\s*/(?!\d)|^,\s*[A-Z]{2,6}\s*[-–—]")
"""A press wire's slashes ("January 2, 2020 /PRNewswire/") or an agency after a comma
before a dash ("Winneba, Jan. 1, GNA -")."""
_CREDIT_AFTER = re.compile(
    r"^\s*\.?\s*\|?\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*[/—–]\s*[A-Z]"
)
_CAPTION_DATE = re.compile(
    r"(?:[A-Z][a-z]+day,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d\d\b"
)
"""A caption's full date: "Monday, Dec. 23, 2019", "December 19, 2019"."""


_IMAGE_BEFORE = re.compile(r"(?:^\W*\S+|\S*\d{4}\S*)\.(?:jpe?g|png|gif|webp)\s", re.IGNORECASE)
"""An image's file name that the page left before its caption: at the sentence's start,
or a machine-made one anywhere ("... lists web AP19353858195657.jpg Joey Covino poses
for a photo Dec. 18, 2019, ..."); a name a sentence speaks of ("The file ferry.jpg
shows ...") makes no caption."""


def _dateline_day(ent: Span, before: str) -> bool:
    """A day of a month where a dateline has it: first in the sentence, or after the
    place that opens it ("New Delhi, Jan 2", "... (KUNA)) RIYADH, Jan 1"), and not
    after a place that a word of the sentence governs ("rose in Paris, Jan. 2")."""
    if not any(t.lower_.strip(".") in MONTH_WORDS for t in ent):
        return False
    if not before.strip():
        return True
    place = _PLACE_BEFORE.search(before, max(0, len(before) - 120))
    if place is None:
        return False
    words = before[: place.start()].split()
    return not words or not words[-1].isalpha() or not words[-1].islower()


def _agency_after(ent: Span, before: str, after: str) -> bool:
    """An agency's tag in brackets after a dateline's day ("New Delhi, Jan 2 (IANS)"),
    not a time zone ("10 p.m. (GMT)"), a weekday ("Jan. 1 (Tuesday)") or an acronym
    after a date of the story ("since Jan. 1, 2018 (TCJA)")."""
    tag = _AGENCY_TAG.match(after)
    if tag is None:
        return False
    word = tag.group(1).lower()
    if word in TIME_ZONES or word.endswith("day"):
        return False
    return _dateline_day(ent, before)


def _caption_date(ent: Span) -> bool:
    """The date of a photo caption: the full date before the credit that ends the
    caption ("on Monday, Dec. 23, 2019, in Fayetteville, N.C. (Andrew Craft/The
    Fayetteville Observer via AP)"; another date in it is the story's), or the full
    date after the place that ends a caption in the present ("... speaks to reporters
    in Washington, U.S., December 19, 2019."; "The attack happened in Paris, France,
    Dec. 31, 2019." tells the story in the past)."""
    text = ent.doc.text
    if _CREDIT_END.search(text):
        return any(
            m.start() <= ent.start_char and ent.end_char <= m.end()
            for m in _CAPTION_DATE.finditer(text)
        )
    caption = _CAPTION_END.search(text)
    return bool(caption and ent.start_char >= caption.start(1)) and not _narrated(ent)


def _narrated(ent: Span) -> bool:
    """The verb the date hangs on tells a past or a future ("happened", "was closed",
    "has opened", "will open"): a sentence of the story, not a caption, whose verb is
    in the present ("Crews gather", "A crew is seen") or missing."""
    tok = ent.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    have = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    if tok.pos_ not in ("VERB", "AUX") or (_present_alike(tok) and not have):
        return False
    return past_or_modal(tok) or have


_SINGULAR = {"NN", "NNP"}
_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that"}


def _present_alike(verb: Token) -> bool:
    """A verb the parser tags as past whose past is spelt as its present ("set", "put",
    "cut", "hit", "shut") and whose subject is plural: "Protesters set fire to ..." is
    a caption's present; "A firefighter put out ..." is past, for the present would be
    "puts"."""
    if verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower():
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        s.tag_ in _SINGULAR or s.lower_ in _SINGULAR_PRONOUNS for s in subjects
    )


def past_or_modal(verb: Token) -> bool:
    """A verb in the past ("happened", "was closed") or with a modal ("will open"); it
    also tells ``weekdays`` that a span of weekdays is one week's, not a habit. The
    parser sometimes hangs the modal on the auxiliary ("will" on "be" of "will be
    closed"), so an auxiliary's own auxiliaries count too."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    auxes += [g for c in auxes for g in c.children if g.dep_ == "aux"]
    return any(c.tag_ in ("VBD", "MD") for c in auxes)


def page_date(ent: Span) -> bool:
    """A date of the page, not of the story: an embedded post's ("— Name (@name)
    January 1, 2020"), a wire dateline's ("New Delhi, Jan 2 (IANS)", "TORTOLA /
    ACCESSWIRE / January 2, 2020 /", "Jan. 2, 2020 /PRNewswire/", "Winneba, Jan. 1, GNA
    -"), a photo caption's (before its credit, "... 2019. | Rajesh Kumar Singh—AP", or
    ``_caption_date``, or after its image's file name), a dateline's between a place
    and a dash ("Bangkok, 27 December, 2019 – The ..."), or a date that is a line of
    its own ("2 January 2020" under the headline)."""
    doc = ent.doc
    before, after = doc.text[: ent.start_char], doc.text[ent.end_char :]
    if _TWEET_BEFORE.search(before) or _CREDIT_AFTER.match(after) or _caption_date(ent):
        return True
    if _IMAGE_BEFORE.search(before) and _CAPTION_DATE.search(ent.text):
        return True  # the full date of a caption under its image's file name
    if _PLACE_BEFORE.search(before[-120:]) and _DASH_AFTER.match(after):
        return True  # "Bangkok, 27 December, 2019 – The Tourism Authority ..."
    if _WIRE_AFTER.match(after) or _agency_after(ent, before, after):
        return True
    return not before.strip() and not after.strip(" .\n")
