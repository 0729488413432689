"""Facts in one sentence, read off spaCy's parse and entities.

- Quantities: a run of digits and number words ("some 30,000", "4.2 million", "two")
  and the noun it counts (its syntactic head: "two ballistic missiles" counts
  "missile"). "a"/"an" before a singular noun is a *weak* count of 1, used only to
  match a number for the same noun on the other side ("a missile" -> "two missiles").
- Money (MONEY entities, with the currency), percentages, dates and times (DATE and
  TIME entities; numbers inside them are not quantities).
- People, organisations and places (PERSON; ORG; GPE, LOC, FAC). The small model
  makes mistakes (it tags some places as people), so labels are taken as given.
- Quotes and attributions live in ``quotes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storydiff.facts.model import Fact, FactKind
from storydiff.facts.numbers import CURRENCIES, SCALES, canonical, is_number_word, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_KINDS: dict[str, FactKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_QUALIFIERS = {
    "some", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
    "under", "just", "only", "estimated",
}  # fmt: skip
_QUALIFIER_PAIRS = {
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "least"),
    ("at", "most"),
}  # fmt: skip
_DATE_PREPS = ("on ", "in ", "at ", "by ", "since ", "until ")
UNIT_ALIASES = {
    "km": "kilometre", "kms": "kilometre", "kilometer": "kilometre", "meter": "metre",
    "m": "metre", "kg": "kilogram", "kgs": "kilogram", "lb": "pound", "lbs": "pound",
    "mi": "mile", "ha": "hectare", "cm": "centimetre", "mm": "millimetre",
    "centimeter": "centimetre", "millimeter": "millimetre", "liter": "litre", "l": "litre",
    "ton": "tonne", "tons": "tonne", "t": "tonne",
}  # fmt: skip
_PERCENT_WORDS = {"percent", "per", "cent", "%", "pct"}
_LOCATIVE = {"in", "near", "outside", "across", "around", "from", "at"}
_SETTLEMENTS = {
    "town",
    "city",
    "village",
    "port",
    "region",
    "province",
    "district",
    "island",
    "capital",
    "state",
    "county",
}


@dataclass(slots=True)
class SentenceFacts:
    """Everything found in one sentence."""

    facts: list[Fact] = field(default_factory=list)


_CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "noon", "midnight",
}  # fmt: skip
_CALENDAR = re.compile(
    r"\b(1[89]\d\d|20\d\d)s?\b"  # a year, a decade
    r"|\b\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?\b"  # 3/15, 15.03.2016
    r"|\b\d{1,2}(:\d\d)?\s*(a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b",  # clock times
    re.IGNORECASE,
)
CORRECTION = re.compile(
    r"\b(correction:|corrects |an earlier version of this|this (story|article) has been corrected)",
    re.I,
)
"""A correction notice: its sentence states no facts, and the changes become corrections."""
TAGLINE = re.compile(
    r"^\W*(---|—|–)\s*\w|\bcontributed\b.{0,40}\b(report|reporting|from)\b|\breported from\b"
    r"|^\W*\(?(additional )?reporting by\b|\bediting by\b",
    re.I,
)
"""A wire's contributor line ("--- Lucey reported from Washington.", "Audrey McAvoy
contributed to this report.", "(Reporting by X; editing by Y)"): its names are the
newsroom's, not the story's."""
PROMO = re.compile(
    r"^\W*\[.*\]\W*$"
    r"|^\W*(sign up|subscribe|get|read|follow|listen|download)\b.{0,120}"
    r"\b(newsletter|coverage|podcast|our app|here)\b",
    re.I | re.S,
)
"""Page furniture inside the text: a bracketed insert ("[Sign up for On Politics …]",
"[Read our full coverage here.]") or a promotion for the outlet's newsletter, app or
coverage. It states none of the story's facts."""
STAMP = re.compile(r"\b(updated|published|posted)\s+(on\s+|at\s+)?\w+\.?\s+\d{1,2}\b", re.I)
"""A page's "Updated Sept. 2" stamp: its date is the page's, not the story's."""
_CLOCK = {"a.m.", "p.m.", "am", "pm"}
_AGE = re.compile(r"\b[\w-]+-(year|month|week|day)s?-old\b", re.IGNORECASE)


def is_calendar(text: str) -> bool:
    """A calendar date or a clock time: a weekday, a month, a year, "3/15", "3:40 p.m.".
    Durations ("five days", "10 years"), ages ("6-year-old") and vague times ("this
    week", "tonight", "recent years") are not."""
    if _AGE.search(text):
        return False
    words = {w.strip(",.").lower() for w in text.split()}
    if words & _CALENDAR_WORDS - {"may", "march"}:
        return True
    if _CALENDAR.search(text):
        return True
    # "May" and "March" are months only next to a day number or a year.
    return bool(words & {"may", "march"}) and any(c.isdigit() for c in text)


_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()


def relative_day(text: str, published: dt.date | None) -> str:
    """The weekday "yesterday", "today" or "tomorrow" names in a version published on
    ``published`` ("yesterday" on a Wednesday is "tuesday"), else ""."""
    if published is None:
        return ""
    words = [w.strip(",.").lower() for w in text.split()]
    for word, delta in _RELATIVE.items():
        if word in words:
            return _WEEKDAY_NAMES[(published + dt.timedelta(days=delta)).weekday()]
    return ""


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
    return " ".join(kept) if kept else value


def _subject(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return UNIT_ALIASES.get(lemma, UNIT_ALIASES.get(tok.lower_, lemma))


def _is_number_only(ent: Span) -> bool:
    """A DATE entity that is only a count ("eighteen"), not a year."""
    words = [t for t in ent if not t.is_punct]
    if not words or not all(t.like_num or is_number_word(t.lower_) for t in words):
        return False
    return not (len(words) == 1 and words[0].text.isdigit() and len(words[0].text) == 4)


def _entity_parts(ent: Span) -> list[Span]:
    """Split "Brannock Construction and Telvane Engineering" into its names."""
    parts: list[Span] = []
    start = ent.start
    doc = ent.doc
    for tok in ent:
        joins = tok.lower_ in ("and", ",") and start < tok.i < ent.end - 1
        # "Centers for Disease Control and Prevention" is one name: a list joins names
        # of two words or more ("Brannock Construction and Telvane Engineering").
        if (
            joins
            and doc[tok.i + 1].is_title
            and doc[tok.i - 1].is_title
            and ent.end - tok.i > 2
            and tok.i - start >= 2
        ):
            parts.append(doc[start : tok.i])
            start = tok.i + 1
    parts.append(ent.doc[start : ent.end])
    return [p for p in parts if len(p)]


def _entity_kind(ent: Span, label: str) -> FactKind:
    kind = ENTITY_KINDS[label]
    if kind != "place" and len(ent) == 1:
        head = ent.root
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in _LOCATIVE:
            return "place"  # "in Brisvale", tagged as a person or organisation
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SETTLEMENTS:
            return "place"  # "the town of Brisvale"
    return kind


def _title(ent: Span) -> str:
    """The words in front of a name that modify it: "Coastguard Commander" in
    "Coastguard Commander Aldric Venn", "Port Authority chief" in "... chief Ilse Marrow"."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        attached = start - 1 < prev.head.i < ent.end  # modifies the name or a title word
        if prev.is_punct or prev.dep_ not in ("compound", "amod", "nmod") or not attached:
            break
        start -= 1
    return doc[start : ent.start].text


def _money(ent: Span) -> tuple[str, str] | None:
    currency = ""
    words: list[str] = []
    for tok in ent:
        low = tok.lower_
        if low in CURRENCIES:
            currency = currency or CURRENCIES[low]
        elif is_number_word(low) or low in ("a", "an"):
            words.append(low)
        elif low.startswith(("us$", "$", "€", "£", "¥")):
            sym = "us$" if low.startswith("us$") else low[0]
            currency = currency or CURRENCIES[sym]
            rest = low[len(sym) :]
            if rest:
                words.append(rest)
    value = parse_number(words) if words else None
    if value is None:
        return None
    return canonical(value), currency


def _percent(ent: Span) -> str | None:
    words = [t.lower_ for t in ent if is_number_word(t.lower_)]
    value = parse_number(words) if words else None
    return canonical(value) if value is not None else None


def _number_runs(doc: Doc | Span, skip: set[int]) -> list[list[Token]]:
    """Maximal runs of number tokens outside entities already read ("twenty - four"
    is one run); a run made only of scale words ("million") is no number."""
    runs: list[list[Token]] = []
    current: list[Token] = []

    def numeric(tok: Token) -> bool:
        low = tok.lower_
        return (
            tok.i not in skip and low not in ("a", "an") and (tok.like_num or is_number_word(low))
        )

    for tok in doc:
        if numeric(tok):
            current.append(tok)
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.text == "-" and current and nxt is not None and numeric(nxt) and not tok.whitespace_:
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [run for run in runs if any(t.lower_ not in SCALES and t.text != "-" for t in run)]


_APPROXIMATE = {"hundreds", "thousands", "millions", "billions", "dozens", "scores"}
MEASURES = {
    "mile", "kilometre", "metre", "foot", "feet", "inch", "yard", "centimetre", "millimetre",
    "kilogram", "gram", "tonne", "litre", "gallon", "hectare", "acre", "degree", "mph",
    "knot", "magnitude", "celsius", "fahrenheit",
}  # fmt: skip
"""Units of measure: a distance, weight or temperature is no count of things (the
sentence's claim carries it)."""
_SAY_IT = re.compile(r"['’]-|-['’]")
_TIME_ZONES = {"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst"}


def _measure(run: list[Token], noun: Token | None) -> bool:
    """A measurement, not a count: a unit of measure ("260 miles") or a decimal with no
    scale word ("a 5.0 earthquake", "100.5 degrees")."""
    if noun is not None and (_subject(noun) in MEASURES or noun.lower_ in MEASURES):
        return True
    return any("." in t.text for t in run if t.like_num) and not any(
        t.lower_ in SCALES for t in run
    )


def _in_name(run: list[Token], noun: Token | None) -> bool:
    """A number before one proper noun makes a name ("38 North"), while "three
    Americans" counts."""
    return noun is not None and noun.i != run[-1].i and noun.tag_ == "NNP"


def _counted(run: list[Token]) -> Token | None:
    """The noun a number counts: the head of its last token, when that is a noun."""
    last = run[-1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > last.i
    ):
        return head
    if last.lower_ in _APPROXIMATE:  # "thousands of leads" counts leads
        for prep in last.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        return obj
    if last.pos_ == "NOUN" and last.lower_ not in SCALES:
        return last
    return None


def _qualified_start(run: list[Token]) -> int:
    """Start of the quantity's words, taking in qualifiers like "more than" and "some"
    (but not the "to" of "rose to 1,015")."""
    start = run[0].i
    doc = run[0].doc
    while start > 0:
        prev = doc[start - 1].lower_
        if start > 1 and (doc[start - 2].lower_, prev) in _QUALIFIER_PAIRS:
            start -= 2
        elif prev in _QUALIFIERS:
            start -= 1
        else:
            break
    return start


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
        if label == "MONEY" and any(t.lower_ in _PERCENT_WORDS for t in ent):
            label = "PERCENT"  # "12 per cent", tagged as money
        if label in ("DATE", "CARDINAL") and _is_number_only(ent):
            continue  # "Eighteen passengers": a count, read below
        if label == "MONEY":
            parsed = _money(ent)
            if parsed:
                out.facts.append(
                    Fact("money", ent.text, parsed[0], parsed[1], sentence, start, end)
                )
            skip.update(t.i for t in ent)
        elif label == "PERCENT":
            value = _percent(ent)
            if value:
                out.facts.append(Fact("percent", ent.text, value, "percent", sentence, start, end))
            skip.update(t.i for t in ent)
        elif label in ("DATE", "TIME"):
            value = (
                _date_value(ent.text)
                if is_calendar(ent.text)
                else relative_day(ent.text, published)
            )
            if value:
                out.facts.append(Fact("date", ent.text, value, "", sentence, start, end))
            skip.update(t.i for t in ent)  # durations and ages are no counts either
        elif label in ("ORDINAL",):
            skip.update(t.i for t in ent)
        elif label in ENTITY_KINDS and ent.text.lower() not in _TIME_ZONES:
            for part in _entity_parts(ent):
                if part[0].lower_ == "the":
                    part = part[1:]
                if len(part) > 1 and part[-1].lower_ in ("'s", "’s", "'"):
                    part = part[:-1]  # "Intel Corp.'s profits"
                if not len(part) or _SAY_IT.search(part.text):
                    continue  # an empty part, or a pronunciation guide ("WAHRM'-beer")
                s0, s1 = offset + part.start_char, offset + part.end_char
                ekind = _entity_kind(part, label)
                detail = _title(part) if ekind == "person" else ""
                out.facts.append(
                    Fact(ekind, part.text, part.text, "", sentence, s0, s1, detail=detail)
                )
            if label != "PERSON":  # "Kestrel 9" as a name is not a count
                skip.update(t.i for t in ent if not t.like_num)
    for run in _number_runs(doc, skip):
        words = "".join(t.text_with_ws for t in run).replace(" - ", "-").split()
        number = parse_number(words)
        if number is None:
            continue
        noun = _counted(run)
        if noun is not None and noun.lower_ in _TIME_ZONES:  # "1600 GMT": a clock time
            span = doc[run[0].i : noun.i + 1]
            out.facts.append(
                Fact("date", span.text, span.text.lower(), "", sentence,
                     offset + span.start_char, offset + span.end_char)
            )  # fmt: skip
            continue
        if _in_name(run, noun):
            continue
        first = _qualified_start(run)
        last = noun.i if noun is not None and noun.i > run[-1].i else run[-1].i
        span = doc[first : last + 1]
        subject = _subject(noun) if noun is not None else ""
        kind: FactKind = "quantity"
        before = doc[first - 1].lower_ if first > 0 else ""
        if noun is not None and noun.lower_ in CURRENCIES:
            kind, subject = "money", CURRENCIES[noun.lower_]  # "350 euros", missed by NER
        elif before in CURRENCIES:
            kind, subject = "money", CURRENCIES[before]  # "$275m", missed by NER
            span = doc[first - 1 : last + 1]
        elif noun is not None and noun.lower_ in _PERCENT_WORDS:
            kind, subject = "percent", "percent"
        out.facts.append(
            Fact(
                kind,
                span.text,
                canonical(number),
                subject,
                sentence,
                offset + span.start_char,
                offset + span.end_char,
                measure=kind == "quantity" and _measure(run, noun),
            )
        )
    # "a ballistic missile": a weak count of one, for matching only.
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.i not in skip:
            dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
            if dets:
                span = doc[dets[0].i : tok.i + 1]
                out.facts.append(
                    Fact(
                        "quantity",
                        span.text,
                        "1",
                        tok.lemma_.lower(),
                        sentence,
                        offset + span.start_char,
                        offset + span.end_char,
                        weak=True,
                    )
                )
    return out
