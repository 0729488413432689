"""Facts in one sentence, read off spaCy's parse and entities.

- Quantities (``counts.py``): a run of digits and number words and the noun it
  counts ("two ballistic missiles" counts "missile"); "a missile" is a weak count of
  one, for matching only.
- Money (MONEY entities, with the currency), percentages, dates and times (DATE and
  TIME entities, read by ``dates.py``; numbers inside them are not quantities).
- People, organisations and places (PERSON; ORG; GPE, LOC, FAC entities, read by
  ``entities.py``, which splits, trims and re-kinds the small model's names).
- Quotes and attributions live in ``quotes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storydiff.facts.amounts import weighing
from storydiff.facts.appositions import organisations_described, people_described
from storydiff.facts.counted import article_counts
from storydiff.facts.counts import (
    DURATIONS,
    PERCENT_WORDS,
    TIME_ZONES,
    money,
    number_facts,
    percent,
)
from storydiff.facts.dates import YEAR, date_fact, to_come
from storydiff.facts.entities import (
    ENTITY_KINDS,
    entity_facts,
)
from storydiff.facts.fractions import fraction_facts
from storydiff.facts.holidays import holiday_facts
from storydiff.facts.lexicon import MONTH_PATTERN, PAST, WEEKDAYS
from storydiff.facts.model import Fact
from storydiff.facts.numbers import MONTH_TOKENS, WIRE_SCALES, is_number_word, money_start
from storydiff.facts.ordinals import ordinal_facts
from storydiff.facts.ranges import figure_ranges
from storydiff.facts.ratios import multiple_facts
from storydiff.facts.tallies import series_standings
from storydiff.facts.untagged_dates import untagged_dates
from storydiff.facts.untagged_names import (
    bodies_named,
    companies_named,
    newspapers_named,
    regions_named,
    settlements_named,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(slots=True)
class SentenceFacts:
    """Everything found in one sentence."""

    facts: list[Fact] = field(default_factory=list)


CORRECTION = re.compile(
    r"\b((?:correction|clarification)s?\s*(?:\([^)]{1,30}\)\s*)?:|corrects "
    r"|an earlier version of this (?:article|story|report|post|page|piece|headline|item"
    r"|photo|caption|graphic|video|column|review|obituary|newsletter))"
    r"|^\W*this (story|article) (has been|was) (corrected|amended)\b",
    re.I | re.M,
)
"""A correction notice ("Correction: …", "This article was amended on 9 April 2025. An
earlier version said …"): its sentences state no facts, and the changes it names
become corrections."""
_OPENERS = (
    r"(?:The|A|An|In|On|At|As|It|He|She|They|We|This|That|But|And|If|When|After|While"
    r"|During|For|Since|Last|Mayor|President|Gov|Governor|Sen|Senator|Rep|Dr|Mr|Mrs|Ms"
    r"|Judge|Chief|Police|Officials)\b"
)
"""Capitalised words that open a sentence or a titled name, never a sign-off's name."""
_SIGNED = rf"[—–]\s*(?-i:(?!{_OPENERS})[A-Z][\w.'’-]*(?:\s+(?!{_OPENERS})[A-Z][\w.'’-]*){{1,3}}+)"
"""A dash and a name of two to four capitalised words, all of them (no fewer: "—
Harwell City Council voted" is no sign-off "Harwell City")."""
SIGNOFF = re.compile(rf"^\W*{_SIGNED}(?=\s+[A-Z\d“\"])")
"""A sign-off run into the item it signs ("— Lorna Vey In November, the agency spent
…"): the name is the newsroom's, the item after it the story's."""
TAGLINE = re.compile(
    rf"^\W*(?:---\s*\w|{_SIGNED}(?:\s*$|\s*[\[(:]))"
    r"|\bcontributed\b.{0,40}\b(report|reporting|research|from)\b"
    r"|\breported from\b|^\W*\(?(additional )?reporting (was )?(by|contributed)\b"
    r"|\bediting by\b|^\W*research was contributed\b",
    re.I,
)
"""A wire's contributor line ("--- Lucey reported from Washington.", "Audrey McAvoy
contributed to this report.", "(Reporting by X; editing by Y)") or a dash before a
name that signs off an item or points to the writer's pages ("— Linda Qiu", "— Linda
Qiu [Read more …]", "--- Follow Anne Drew at …"): its names are the newsroom's, not
the story's. A sentence a dash opens as a list's item does ("— Abortion access is
narrowing.", "— The council met.", "— Mayor Ines Calder said …": a name that goes on
with a verb) is the story's, and so is an item a sign-off runs into (``SIGNOFF``);
three hyphens open only the wire's trailer lines."""


_CLOCKED = re.compile(r"\d{1,2}:\d{2}:\d{2}(?:\.\d+)?")
_CLOCK_WORDS = frozenset("at a.m. p.m. am pm gmt utc local".split())


def _time_taken(ent: Span) -> bool:
    """Whether an entity is a time taken in hours, minutes and seconds ("won in
    2:08:41"): measured, no clock time; not one "at" a time or with a clock's words
    after it ("at 02:14:38", "14:32:05 GMT")."""
    if not _CLOCKED.fullmatch(ent.text):
        return False
    doc = ent.doc
    near = {doc[ent.start - 1].lower_} if ent.start else set()
    near |= {t.lower_ for t in doc[ent.end : ent.end + 2]}
    return not near & _CLOCK_WORDS


def _duration(ent: Span) -> bool:
    """Whether a DATE or TIME entity is a length of time said with a figure ("three
    hours", "14 months"): measured (``counts``), shown when an edit changes it, never a
    date. Not an age ("10-year-old", "84 years old")."""
    words = [t.lower_ for t in ent]
    if {"old", "aged"} & set(words) or any("-old" in w for w in words):
        return False
    if (MONTH_TOKENS | set(WEEKDAYS)) & set(words) or any(YEAR.fullmatch(w) for w in words):
        return False  # "the first week of May", "three days in May 2024": a date
    figures = [k for k, t in enumerate(ent) if t.like_num and t.tag_ == "CD"]  # no "first"
    units = [k for k, t in enumerate(ent) if t.lemma_.lower() in DURATIONS]
    return bool(figures) and all(k + 1 in units for k in figures)  # not "a week or two"


_DASH = re.compile(r"^\W*[—–]\s*")
_ITEM = re.compile(r"\s+[A-Z\d“\"]")
"""What follows a sign-off's name when an item runs on after it."""
_SIGNED_LINE = re.compile(rf"^\W*{_SIGNED}\s*$")


def signoffs(texts: list[str]) -> list[int]:
    """How many characters a sign-off takes at the start of each of a text's sentences
    (``signoff``, with the names that sign off items anywhere in it)."""
    known = signed_names(texts)
    return [signoff(text, known) for text in texts]


def signed_names(texts: list[str]) -> frozenset[str]:
    """The names that sign off items of a text, alone on their line ("— Linda Vey") or
    run into an item (``SIGNOFF``)."""
    names = set()
    for text in texts:
        found = SIGNOFF.match(text) or _SIGNED_LINE.match(text)
        if found:
            names.add(_DASH.sub("", found.group(0)).strip())
    return frozenset(names)


def signoff(text: str, known: frozenset[str] = frozenset()) -> int:
    """How many characters a sign-off run into an item takes at the start of ``text``
    (``SIGNOFF``), or a name that signs off items elsewhere in the text (``known``:
    "— Alan Vey Most heroin …" after "— Alan Vey The president …"); 0 when there is
    none."""
    found = SIGNOFF.match(text)
    if found:
        return found.end()
    start = _DASH.match(text)
    if start is None:
        return 0
    for name in known:
        end = start.end() + len(name)
        if text.startswith(name, start.end()) and _ITEM.match(text, end):
            return end
    return 0


_ISO_DATE = r"(?:19|20)\d\d-\d\d-\d\d\b"
_STAMP_DATE = (
    rf"(?:{MONTH_PATTERN}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_PATTERN}\b"
    rf"|\d{{1,2}}:\d\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b|{_ISO_DATE})"
)
_STAMP_WORD = (
    r"(?:^\W*(?i:(?:last\s+|first\s+|originally\s+)?(?:updated?|published|posted))"
    r"|\b(?:Updated|Published|Posted|UPDATED|PUBLISHED|POSTED)"
    r"|(?i:\b(?:updated|published|posted))(?=\s*:)|(?i:\blast\s+(?:updated|modified)))"
)
"""The word of a page's stamp: at the start of a line ("Updated 3:15 p.m.", "UPDATE
2:45 p.m.:"), capitalised as a label, before a colon, or "last updated"; "The study,
published on Jan. 5 in Nature" tells the story."""
_NOTED = r"(?:story|article|page)"
_NOTE_VERB = r"(?:updated|published|posted|corrected)"
"""An editor's note about the page itself, opening its sentence or line: "This story
was updated on Jan. 3 to include …", "Editor's note: This article was originally
published on Jan. 5, 2020". A report, a post or a version may be the story's own
("This report was published on Jan. 5 and the minister resigned on Jan. 9")."""
STAMP = re.compile(
    rf"{_STAMP_WORD}(?i:\s*:?\s+(?:on\s+|at\s+)?{_STAMP_DATE})"
    rf"|(?i:^\W*edited\s*:?\s+(?:on\s+|at\s+)?{_STAMP_DATE})"
    rf"|(?i:\bedited\s*:?\s+(?:at\s+\d{{1,2}}:\d\d|(?:at\s+)?{_ISO_DATE}))"
    r"|(?i:(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:19|20)\d\d\b)"
    rf"|(?i:^\W*(?:editor[’']?s[’']?\s+note\s*:\W*)?this\s+{_NOTED}\s+(?:was|has\s+been)\s+"
    rf"(?:\w+\s+)?{_NOTE_VERB}\s*:?\s+"
    rf"(?:on\s+|at\s+)?{_STAMP_DATE})",
    re.M,
)
"""A page's "Updated Sept. 2", "Last updated: January 01 2020", "Updated 2 September",
"Published 10:15 AM ET", "Edited at 2020-01-02 03:12" stamp, or its "© 2020": its
date is the page's, not the story's, as is an editor's note's ("This story was updated
on Jan. 3 to include …"). "Edited" is a stamp only at the start of a line
or with a clock time or an ISO date: "The clip was edited on Jan. 5" is the story's."""
_TOLD = [PAST[v] for v in ("say", "report", "announce", "confirm", "add")]
"""The past forms of a telling whose day follows at once ("officials said Monday"); "told"
takes its listener first ("told reporters Monday"), and "says" tells in the present."""
_TELLING = re.compile(rf"\b(?:{'|'.join(_TOLD)}|says|told\s+\S+)\s+(?:on\s+)?$", re.I)


def telling_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` only dates the telling ("an official
    said Wednesday.", "media reported Thursday,"): a rolling story moves it each day,
    and it is no date of what happened. A day before the verb ("the campaign Saturday
    denied") is not one, nor is a telling still to come ("will be announced on
    Sept. 12")."""
    before = text[max(0, start - 60) : start]
    told = _TELLING.search(before)
    if told is None or to_come(before[: told.start()]):
        return False  # "results will be announced on Sept. 12": the news's day
    return text[end : end + 1] in (".", ",", "")


def _is_number_only(ent: Span) -> bool:
    """A DATE entity that is only a count ("eighteen") or two counts, a range before what
    it counts ("between 30 and 35 other deaths") or a tally ("a vote of 112 to 87"), not
    a year or a range of years ("1984-2014", "between 2019 and 2021"), nor hours
    ("between 10 and 12 on Friday")."""
    words = [t for t in ent if not t.is_punct]
    numbers = [t for t in words if t.lower_ not in _RANGE_WORDS]
    if not numbers or not all(t.like_num or is_number_word(t.lower_) for t in numbers):
        return False
    if len(numbers) < len(words):  # a range or a tally: two counts, no year, no hours
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        counted = after is not None and after.pos_ in ("NOUN", "ADJ")
        hours = all(t.text.isdigit() and int(t.text) <= 24 for t in numbers)
        years = any(YEAR.fullmatch(t.text) for t in numbers)
        return len(numbers) == 2 and not years and (counted or not hours)
    return not all(YEAR.fullmatch(t.text) for t in words)


_RANGE_WORDS = frozenset("between and to from".split())


def _within(doc: Doc, fact: Fact, offset: int) -> list[Token]:
    """The tokens of ``doc`` inside a fact's words."""
    return [t for t in doc if fact.start <= offset + t.idx < fact.end]


def extract(
    doc: Doc, sentence: int, offset: int, published: dt.date | None = None
) -> SentenceFacts:
    """Facts of one parsed sentence; ``offset`` maps the doc's characters into the text.
    With the version's ``published`` date, "yesterday", "today" and "tomorrow" are the
    weekdays they name."""
    out = SentenceFacts()
    skip: set[int] = set()
    for ent in doc.ents:
        label = ent.label_
        start, end = offset + ent.start_char, offset + ent.end_char
        if label == "MONEY" and any(t.lower_ in PERCENT_WORDS for t in ent):
            label = "PERCENT"  # "12 per cent", tagged as money
        if label in ("DATE", "TIME", "CARDINAL") and _time_taken(ent):
            out.facts.append(  # "in 2:08:41": a race's time, measured
                Fact("quantity", ent.text, ent.text, "time", sentence, start, end, measure=True)
            )
            skip.update(t.i for t in ent)
            continue
        if label in ("DATE", "CARDINAL") and _is_number_only(ent):
            continue  # "Eighteen passengers": a count, read below
        if label == "MONEY" and weighing(ent):
            continue  # "put on 10 pounds": a weight, read below
        if label == "MONEY":
            parsed = money(ent)
            if parsed and not parsed[1]:
                continue  # "the estimated 8 million Lutherans": no currency, a count
            if parsed:
                begin, stop = money_start(ent), ent.end_char
                if ent.end < len(doc) and doc[ent.end].lower_ in WIRE_SCALES:
                    stop = doc[ent.end].idx + len(doc[ent.end])  # "$4.2 bln"
                words = doc.text[begin:stop]
                out.facts.append(
                    Fact("money", words, parsed[0], parsed[1], sentence, offset + begin,
                         offset + stop)
                )  # fmt: skip
            skip.update(t.i for t in ent)
        elif label == "PERCENT":
            value = percent(ent)
            if value:
                out.facts.append(Fact("percent", ent.text, value, "percent", sentence, start, end))
            skip.update(t.i for t in ent)
        elif label in ("DATE", "TIME"):
            measured = _duration(ent)  # "in 10.98 seconds" is no clock time
            fact = None if measured else date_fact(ent, sentence, offset, published)
            if fact is not None:
                out.facts.append(fact)
            elif not measured:  # "in the 34th minute", tagged as a time
                out.facts += ordinal_facts(ent, sentence, offset)
            if not measured:
                skip.update(t.i for t in ent)  # a length of time is measured, below
        elif label == "ORDINAL":
            out.facts += ordinal_facts(ent, sentence, offset)
            skip.update(t.i for t in ent)
        elif label in ENTITY_KINDS and ent.text.lower() not in TIME_ZONES:
            out.facts += entity_facts(ent, sentence, offset)
            if label != "PERSON":  # "Kestrel 9" as a name is not a count
                skip.update(t.i for t in ent if not t.like_num)
    out.facts += settlements_named(doc[:], sentence, offset)
    out.facts = regions_named(doc[:], sentence, offset, out.facts)
    out.facts = companies_named(doc[:], sentence, offset, out.facts)
    out.facts = organisations_described(doc[:], sentence, offset, out.facts)
    out.facts = people_described(doc[:], offset, out.facts)
    out.facts += bodies_named(doc[:], sentence, offset, out.facts)
    out.facts = newspapers_named(doc[:], sentence, offset, out.facts)
    skip |= _days_named(doc, (sentence, offset), published, out, skip)
    shares, shared = fraction_facts(doc, sentence, offset)  # "a third of the homes"
    standings, stood = series_standings(doc, sentence, offset)  # "three-games-to-one"
    out.facts += shares + standings
    skip |= shared | stood
    out.facts += number_facts(doc, sentence, offset, skip)
    counted = {t.i for f in out.facts if f.kind == "quantity" for t in _within(doc, f, offset)}
    out.facts += article_counts(doc, sentence, offset, skip | counted)  # not "half a point"
    out.facts += multiple_facts(doc, sentence, offset, skip)
    out.facts = figure_ranges(out.facts, doc.text, offset)
    return out


def _days_named(
    doc: Doc, at: tuple[int, int], published: dt.date | None, out: SentenceFacts, skip: set[int]
) -> set[int]:
    """The named days of the calendar (``holiday_facts``) and the month-and-day dates
    the recogniser left untagged ("April 28": ``untagged_dates``) of sentence ``at``
    (its index and offset), added to ``out``; the tokens the latter took."""
    sentence, offset = at
    taken = [(f.start - offset, f.end - offset) for f in out.facts if f.kind == "date"]
    out.facts += holiday_facts(doc, sentence, offset, taken)
    untagged, used = untagged_dates(doc, sentence, offset, published, skip)
    out.facts += untagged
    return used
