"""Counts in one parsed sentence: a run of digits and number words ("some 30,000",
"4.2 million", "two") and the noun it counts (``facts.counted``: "two ballistic
missiles" counts "missile"), with money and percentages the entity recogniser
missed (``facts.amounts``). "a"/"an" before a singular noun is a *weak* count of 1,
used only to match a number for the same noun on the other side. A measurement (a
unit of measure, a decimal with no scale word) is marked as one; a number that makes
a name ("38 North") is no count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.ages import AGE_FOLLOWERS
from storydiff.facts.amounts import PERCENT_WORDS as PERCENT_WORDS
from storydiff.facts.amounts import kind_of
from storydiff.facts.counted import (
    APPROXIMATE,
    MEASURES,
    QUALIFIERS,
    counted,
    dashed_name,
    headline_case,
    index_figure,
    indexed,
    model_after,
    subject_of,
    whole_of,
)
from storydiff.facts.currencies import CURRENCIES, PREFIXED_CURRENCY
from storydiff.facts.model import Fact, FactKind
from storydiff.facts.numbers import (
    GLUED_SCALE,
    MONTH_TOKENS,
    SCALES,
    YEAR,
    canonical,
    is_number_word,
    parse_number,
    recent_year,
)
from storydiff.facts.numbers import money as money  # read by extract with the counts
from storydiff.facts.numbers import percent as percent
from storydiff.facts.tallies import TO_FIGURE, hyphened_tally, tallies, voting, whole

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUALIFIER_PAIRS = {
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "least"),
    ("at", "most"),
}  # fmt: skip
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
_BILLIONS = re.compile(r"^([\d,.]*\d)(bn|mn|tn)$", re.IGNORECASE)
"""A figure with a scale glued on that is no unit ("2.35bn"); "30m" may be metres."""


def _number_runs(doc: Doc | Span, skip: set[int]) -> list[list[Token]]:
    """Maximal runs of number tokens outside entities already read ("twenty - four"
    is one run); a run made only of scale words ("million") is no number."""
    runs: list[list[Token]] = []
    current: list[Token] = []

    def numeric(tok: Token) -> bool:
        low = tok.lower_
        return (
            tok.i not in skip
            and low not in ("a", "an")
            and not (low in ("couple", "one") and _set_phrase(tok))
            and (
                tok.like_num
                or is_number_word(low)
                or PREFIXED_CURRENCY.match(low) is not None
                or _BILLIONS.match(low) is not None
            )
        )

    for tok in doc:
        low = tok.lower_
        if numeric(tok):
            if current and (recent_year(tok.text) or model_after(current[-1], tok)):
                runs.append(current)  # "six 2020 candidates", "four 747-400s": a count,
                current = []  # then a year or a model
            current.append(tok)
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.text == "-" and current and nxt is not None and numeric(nxt) and not tok.whitespace_:
            current.append(tok)
            continue
        if (
            tok.lower_ == "of"
            and current
            and current[-1].lower_ in APPROXIMATE
            and nxt is not None
            and nxt.lower_ in APPROXIMATE
        ):
            current.append(tok)  # "hundreds of thousands"
            continue
        if (
            low in ("a", "an")
            and current
            and current[-1].lower_ == "half"
            and nxt is not None
            and nxt.lower_ in ("dozen", "hundred", "million", "billion")
        ):
            current.append(tok)  # "half a dozen"
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [run for run in runs if any(t.lower_ not in SCALES and t.text != "-" for t in run)]


def _set_phrase(tok: Token) -> bool:
    """ "The couple" (two people named as one thing, not "a couple of days"), and "one"
    in set phrases: "one way or another", "at one point", "one by one"."""
    doc = tok.doc
    nxt = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    if tok.lower_ == "couple":
        return not nxt or nxt[0] not in ("of", "dozen", "hundred", "thousand", "million",
                                         "billion", "more")  # fmt: skip
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return (
        nxt[:2] == ["way", "or"]
        or (before == "at" and nxt[:1] in (["point"], ["time"], ["stage"]))
        or (
            nxt[:2] == ["by", "one"]
            or (before == "by" and doc[tok.i - 2 : tok.i - 1].text.lower() == "one")
        )
    )


DURATIONS = {
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "yr", "hr",
}  # fmt: skip
"""Units of time: "14 months", "6 yrs" is a length of time, measured, not counted."""
TIME_ZONES = {"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst"}


def _measure(run: list[Token], noun: Token | None) -> bool:
    """A measurement, not a count: a unit of measure ("260 miles"), a decimal with no
    scale word ("a 5.0 earthquake", "100.5 degrees") or a number in a hyphenated
    modifier ("a 22-page complaint", "600-count pillowcases", "the 128-seat
    parliament")."""
    if noun is not None and (subject_of(noun) in MEASURES | DURATIONS or noun.lower_ in MEASURES):
        return True
    last = run[-1]
    doc = last.doc
    if not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].text == "-":
        return True
    return any("." in t.text for t in run if t.like_num) and not any(
        t.lower_ in SCALES or _BILLIONS.match(t.lower_) for t in run
    )


def _in_name(run: list[Token], noun: Token | None) -> bool:
    """A number before one proper noun makes a name ("38 North"), while "three
    Americans" counts, and so does a plural in a title-case headline ("The Top 4
    Issues", "17 Powerful Quotes")."""
    if noun is None or noun.i == run[-1].i or noun.tag_ != "NNP":
        return False
    text = noun.text
    plural = len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "'s", "us"))
    return not (plural and run[-1].lower_ not in ("1", "one"))


_CLOCK = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "gmt", "utc"}
_ADDRESS = {"block"}
"""A number before "block" is a street address ("the 3000 block of Vera Avenue")."""
_LINES = {"911", "999", "112"}
_LINE_NOUNS = {"call", "caller", "line", "operator", "dispatcher", "center", "centre", "system"}
"""Emergency numbers before what they name ("a 911 call", "999 operators") count
nothing; "112 people" counts."""


def _modifier(tok: Token) -> bool:
    """A word that names or describes what a figure counts ("ministers", "cooling")."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.dep_ == "amod"


def _pronoun_one(run: list[Token], noun: Token | None) -> bool:
    """ "one" that stands for a thing or a person, not a count of them: "one of the
    cranes", "one must check", "a costly one", "one after another"."""
    tok = run[-1]
    if len(run) != 1 or tok.lower_ != "one":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return noun is None or noun.i == tok.i or (nxt is not None and nxt.lower_ == "of")


def _age(run: list[Token], noun: Token | None) -> bool:
    """A bare number that is a person's age: "Marguerite Olsen, 58, opened ...", "She
    was 91.", "a baker aged 54", "dies at 87"."""
    tok, doc = run[-1], run[-1].doc
    if len(run) != 1 or noun is not None or not tok.text.isdigit() or int(tok.text) > 120:
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and before.lower_ in ("aged", "turned", "turns"):
        return True  # "a baker aged 54", "she turned 40 and retired"
    if before is not None and before.lower_ == "at" and tok.i > 1:
        ends = after is None or after.is_punct or after.lower_ in AGE_FOLLOWERS
        return ends and doc[tok.i - 2].lower_ in ("dies", "died", "dead")  # "dies at 87"
    if before is not None and before.text == "," and after is not None and after.text == ",":
        return tok.i > 1 and doc[tok.i - 2].pos_ == "PROPN"
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return (
        tok.dep_ in ("attr", "acomp")
        and tok.head.lemma_ == "be"
        and any(c.lower_ in ("he", "she") or c.pos_ == "PROPN" for c in subjects)
    )


def _second_of_names(first: Token, last: Token) -> bool:
    """The second number of "sections 417 and 420", "Routes 9 and 12": a conjunct of a
    number that names the noun before it."""
    doc, head = last.doc, last.head
    if last.dep_ != "conj" or head.i >= first.i or head.i == 0:
        return False
    if head.like_num:
        named = doc[head.i - 1]
        return named.tag_ in ("NN", "NNS", "NNP", "NNPS") and named.is_alpha
    return head.pos_ in ("NOUN", "PROPN") and doc[head.i + 1].like_num


def _named_word(first: Token, before: Token | None) -> bool:
    """A number word written with a capital inside a sentence, after a name's word:
    the name's end ("Air Force One planes", "Formula One cars"), unless the line is
    in title case, where every word has one ("Storm Kills Seven")."""
    if before is None or not first.is_title or first.like_num is False or not before.is_title:
        return False
    if first.is_sent_start or first.text.isdigit():
        return False
    words = [t for t in first.sent if t.is_alpha]
    return sum(t.is_lower for t in words) >= 3


def _no_count(run: list[Token], noun: Token | None) -> bool:
    """A number that counts nothing: "one" as a pronoun, an age, a clock time ("9 am",
    "11pm"), a day of a month ("March 4"), a number that names what comes before it
    ("Section 214", "Pier 38", "Phase Two", a street's "3000 block"), a name glued to
    its number ("5G", "4K"), a model's family ("747-400s"), a thing named with a number
    ("3-pointers"), a list marker ("3) ..."),
    a phone's area code, a number standing alone as a sentence or in a headline's
    words (page furniture)."""
    first, last = run[0], run[-1]
    doc = last.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if _pronoun_one(run, noun) or _age(run, noun) or headline_case(first):
        return True  # "one" alone, "aged 5", "These Are 4 Of The Best Cafes"
    if noun is None and all(t.lower_ == "half" for t in run):
        return True  # "it's only half": a share of nothing named
    if after is not None and (after.lower_ in _CLOCK or after.text == ")"):
        return True  # "9 am"; "3) The keeper", "(323) 890-5500"
    if after is not None and not last.whitespace_ and after.is_alpha:
        glued = after.lower_
        if glued not in SCALES and glued not in CURRENCIES and glued not in PERCENT_WORDS:
            return subject_of(after) not in MEASURES  # "5G", "11pm"; "30km" is a measure
    if noun is not None and (
        noun.lower_ in _ADDRESS or (last.text in _LINES and subject_of(noun) in _LINE_NOUNS)
    ):
        return True  # "the 3000 block"; "a 911 call"
    if before is not None and before.lower_ in MONTH_TOKENS | {"no.", "#", "nos."}:
        return True  # "March 4"; "No. 9"
    dashed = after is not None and after.text == "-" and not last.whitespace_
    if dashed and noun is not None and noun.i == last.i + 2 and noun.text[:1].isdigit():
        return True  # "747-400s": a model
    if dashed and dashed_name(doc[last.i + 2]):
        return True  # "a 3-pointer", "nine 3-pointers": the thing's name, not its count
    if before is not None and before.text == "." and doc[first.i - 2].lower_ == "no":
        return True  # "No. 9" cut in two
    if YEAR.match(last.text) and len(run) == 1 and (noun is None or noun.tag_ != "NNS"):
        return True  # "in 1987, 1994 and 2003", "the 2024 Harbour Rules"; "2000 workers" counts
    if _year_of(run, before):
        return True  # "2020 economic forecasts", "six 2020 candidates"
    if after is not None and after.lower_ in ("of", "/") and last.i + 2 < len(doc):
        other, then = doc[last.i + 2], doc[last.i + 3] if last.i + 3 < len(doc) else None
        if other.like_num and (then is None or not _modifier(then)):
            return True  # a counter: "Photo 2 of 7", "3 / 8"; "15 of 20 ministers" counts
    if before is not None and before.lower_ in ("of", "/") and doc[first.i - 2].like_num:
        if after is not None and recent_year(after.text) and after.i + 1 < len(doc):
            after = doc[after.i + 1]  # "one of six 2020 candidates"
        return after is None or not _modifier(after)  # "2 of 7"; "one of 42 cooling centers"
    if _second_of_names(first, last) or _named_word(first, before):
        return True
    if (
        before is not None
        and before.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and before.is_alpha
        and before.lower_ not in CURRENCIES
    ):
        between = doc[last.i + 1 : noun.i] if noun is not None and noun.i > last.i else None
        counts_after = (
            between is not None
            and (noun is last.head or not between)
            and not any(t.is_punct for t in between)
        )  # "Monday 12 people"; "question dozens of appointments" is approximate
        return not (counts_after or last.lower_ in APPROXIMATE)
    return all(t.is_punct or t.i in range(first.i, last.i + 1) for t in doc)


def _year_of(run: list[Token], before: Token | None) -> bool:
    """A year this century written as copy writes years, no comma, said before a plural
    ("2020 outlooks", "the six 2020 candidates"): what the things are of, not how
    many. Not a round "2000", nor one a qualifier counts ("about 2010 workers")."""
    return (
        len(run) == 1
        and recent_year(run[-1].text)
        and (before is None or before.lower_ not in QUALIFIERS | {"than", "least"})
    )


def _qualified_start(run: list[Token]) -> int:
    """Start of the quantity's words, taking in qualifiers like "more than" and "some"
    (but not the "to" of "rose to 1,015")."""
    start = run[0].i
    doc = run[0].doc
    while start > 0:
        prev = doc[start - 1].lower_
        if start > 1 and (doc[start - 2].lower_, prev) in _QUALIFIER_PAIRS:
            start -= 2
        elif prev in QUALIFIERS:
            start -= 1
        else:
            break
    return start


def number_facts(doc: Doc | Span, sentence: int, offset: int, skip: set[int]) -> list[Fact]:
    """Counts, and the money and percentages the entity recogniser missed, outside the
    tokens already read (``skip``); "1600 GMT" is a clock time."""
    out: list[Fact] = []
    for run in tallies(_number_runs(doc, skip)):
        run = hyphened_tally(run)
        words = "".join(t.text_with_ws for t in run).replace(" - ", "-").split()
        if len(run) in (3, 4) and run[-2].lower_ == "to" and whole(run[0]):
            words = [f"{whole(run[0])}-{whole(run[-1])}"]  # "voted 7 to 2", "nine to four"
        elif len(run) == 3 and (m := TO_FIGURE.fullmatch(run[2].text)):
            words = [f"{run[0].text}-{m.group(1)}"]  # "the 5-to-2 decision"
        if len(words) == 1 and _SCORE.match(words[0]):
            # "58-54": a game's score, as written, or a vote's tally, the larger
            # first; "8-10 per cent", a range of percentages
            after = run[-1].i + 1
            cent = doc[after : after + 2].text.lower() == "per cent"
            span = doc[run[0].i : after + 2 if cent else after]
            kind: FactKind = "percent" if cent else "quantity"
            subject = "percent" if cent else "score"
            tally = not cent and voting(run)  # a vote's tally, the larger first
            value = "-".join(sorted(words[0].split("-"), key=int)[::-1]) if tally else words[0]
            out.append(
                Fact(kind, span.text, value, subject, sentence,
                     offset + span.start_char, offset + span.end_char)
            )  # fmt: skip
            continue
        prefix = PREFIXED_CURRENCY.match(run[0].text)
        if prefix:  # "Sh130 million", "Sh130m": 130 million shillings
            amount = words[0][len(prefix.group(1)) :]
            words[:1] = GLUED_SCALE.sub(r"\1 \2", amount).split()
        words = [part for w in words for part in _BILLIONS.sub(r"\1 \2", w).split()]
        number = parse_number(words)
        if number is None:
            continue
        noun = counted(run)
        if noun is not None and noun.lower_ in TIME_ZONES:  # "1600 GMT": a clock time
            span = doc[run[0].i : noun.i + 1]
            out.append(
                Fact("date", span.text, span.text.lower(), "", sentence,
                     offset + span.start_char, offset + span.end_char)
            )  # fmt: skip
            continue
        if _in_name(run, noun) or _no_count(run, noun):
            continue
        first = _qualified_start(run)
        last = noun.i if noun is not None and noun.i > run[-1].i else run[-1].i
        span = doc[first : last + 1]
        subject = subject_of(noun) if noun is not None else whole_of(run) or index_figure(run)
        if run[0].i > 0 and run[0].nbor(-1).lower_ == "magnitude":
            subject = "magnitude"  # "a magnitude 6.1 earthquake": the scale, before
        kind, subject, span = kind_of(run, noun, span, subject, prefix)
        out.append(
            Fact(
                kind,
                span.text,
                canonical(number),
                subject,
                sentence,
                offset + span.start_char,
                offset + span.end_char,
                measure=kind == "quantity" and (_measure(run, noun) or indexed(noun, subject)),
            )
        )
    return out
