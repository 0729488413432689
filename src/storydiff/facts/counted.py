"""What a number counts: the noun it counts (``counted``), or the whole named before
it (``whole_of``), said as one word however it is written (``subject_of``); a market
index's bare figures (``index_figure``), models (``model_after``) and the weak count of
one that "a" makes (``article_counts``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.marks import SMALL_WORDS
from storydiff.facts.model import Fact
from storydiff.facts.numbers import MOVES, SCALES, recent_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

UNIT_ALIASES = {
    "km": "kilometre", "kms": "kilometre", "kilometer": "kilometre", "meter": "metre",
    "m": "metre", "kg": "kilogram", "kgs": "kilogram", "lb": "pound", "lbs": "pound",
    "mi": "mile", "ha": "hectare", "cm": "centimetre", "mm": "millimetre",
    "centimeter": "centimetre", "millimeter": "millimetre", "liter": "litre", "l": "litre",
    "mg": "milligram", "ml": "millilitre", "milliliter": "millilitre",
    "ton": "tonne", "tons": "tonne", "t": "tonne",
}  # fmt: skip
_NOUNS = {"people": "person", "dos": "dose"}  # the lemmatiser reads "doses" as "dos"
_NOT_PLURAL = ("ss", "us", "is", "os")


_MODEL = re.compile(r"\d+s?")
"""A model's number as the noun counted ("15 737s", the "700s" of "737-700s")."""
_FAMILY = re.compile(r"[A-Za-z]{0,3}\d+")
"""A model's family before its dash ("737" of "737-700s", "A320" of "A320-200s")."""


MEASURES = {
    "mile", "kilometre", "metre", "foot", "feet", "inch", "yard", "centimetre", "millimetre",
    "kilogram", "gram", "milligram", "tonne", "litre", "millilitre", "gallon", "hectare",
    "acre", "degree", "mph", "knot", "magnitude", "celsius", "fahrenheit",
}  # fmt: skip
"""Units of measure: a distance, weight or temperature is no count of things (the
sentence's claim carries it)."""


def subject_of(tok: Token) -> str:
    """What a number counts, as one word however written: the noun's lemma, without
    apostrophes ("Ma'dans" / "Madans"), a plural proper noun singular ("1,200
    Marines" / "1,200 marines", "five Kurds" / "a Kurd"), a unit one spelling; a
    market's "trading sessions" are days; models by their family ("737-700s" and
    "737s" are 737s)."""
    if tok.lower_ in TOLL:
        return TOLL[tok.lower_]  # "injured", not the verb's lemma
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _TOLL_VERBS:
        return _TOLL_VERBS[tok.lemma_.lower()]
    lemma = tok.lemma_.lower().replace("'", "").replace("’", "")
    if tok.tag_ in ("NNP", "NNPS") and lemma.endswith("s") and not lemma.endswith(_NOT_PLURAL):
        lemma = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    lemma = _NOUNS.get(lemma, lemma)
    if lemma == "session" and any(c.lower_ == "trading" for c in tok.children):
        return "day"  # "in four trading sessions": a market's days, a length of time
    if _MODEL.fullmatch(lemma):  # "15 737s", "nine Boeing 737-700s": 737s, of one family
        family = tok.nbor(-2) if tok.i > 1 and tok.nbor(-1).text == "-" else None
        glued = family is not None and _FAMILY.fullmatch(family.text) and not family.whitespace_
        return family.lower_ if glued and family is not None else lemma.rstrip("s")
    return UNIT_ALIASES.get(lemma, UNIT_ALIASES.get(tok.lower_, lemma))


QUALIFIERS = frozenset(
    {
        "some", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
        "under", "just", "only", "estimated",
    }
)  # fmt: skip
"""Words that say how near a count is, before its figure ("about 300", "from some
$30 million to …"): ``counts`` takes them into the count's words, ``ranges`` reads
past them for the word that joins two figures."""
APPROXIMATE = {"hundreds", "thousands", "millions", "billions", "dozens", "scores", "tens"}
"""Plural scale words a count is said with ("thousands of leads")."""


def counted(run: list[Token]) -> Token | None:
    """The noun a number counts: the head of its last token, when that is a noun; for
    approximate counts and "half", the noun after "of" ("half of the workers")."""
    last = run[-1]
    head, doc = last.head, last.doc
    if last.lower_ == "half":
        return _half_of(last)
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > last.i
    ):
        return head
    if last.dep_ in ("compound", "nummod") and head.i == last.i + 1 and model_after(last, head):
        dashed = head.i + 2 < len(doc) and doc[head.i + 1].text == "-"
        glued = doc[head.i + 2] if dashed else head  # "10 3-pointers": the noun glued on
        noun = glued if dashed_name(glued) else head.head
        return noun if noun.pos_ == "NOUN" and noun.i > head.i else None
    if last.lower_ in APPROXIMATE:  # "thousands of leads" counts leads
        return _of_what(last)
    if last.lower_ != "one" and (of := _of_what(last)) is not None:
        return of  # "five of its last seven matches" counts matches
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    year = after is not None and recent_year(after.text)
    if year and after is not None and after.head.pos_ == "NOUN" and after.head.i > after.i:
        return after.head  # "six 2020 candidates": a year between
    if last.lower_ in ("dozen", "couple"):  # "half a dozen abandoned ships"
        for tok in last.doc[last.i + 1 : last.i + 5]:
            if tok.is_punct:
                break
            if tok.pos_ == "NOUN":
                return tok
    if last.pos_ == "NOUN" and last.lower_ not in SCALES:
        return last
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("times", "fold"):
        return doc[last.i + 1]  # "15 times more likely": a ratio
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in TOLL:
        return doc[last.i + 1]  # "at least 770 dead and over 5,600 injured"
    if last.dep_ == "dobj" and head.i < last.i and head.lemma_.lower() in _TOLL_VERBS:
        return head  # "killing at least 310 and injuring more than 1,100"
    return None


TOLL = {"dead": "dead", "injured": "injured", "wounded": "injured", "hurt": "injured",
        "missing": "missing"}  # fmt: skip
"""Adjectives a toll counts people by, standing for a noun ("770 dead"), and what
they count."""
TOLLS = frozenset(TOLL.values())
"""What tolls count: "dead", "injured", "missing"."""
PEOPLE = frozenset({"person", "other", *TOLLS})
"""What a toll's figure may count: people, "others", the toll's own words."""
ANY_COUNT = "*"


def tolled(subject: str) -> str:
    """``ANY_COUNT`` for what a toll counts ("dead", "injured"): the same figure of any
    count is the same toll ("17 hurt" / "injuring 17 others"); else the subject."""
    return ANY_COUNT if subject in TOLLS else subject


_TOLL_VERBS = {"kill": "dead", "injure": "injured", "wound": "injured"}
"""Verbs whose object alone is a toll ("killing at least 310")."""


def _of_what(tok: Token) -> Token | None:
    """The noun after "of" ("thousands of leads" -> "leads")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _half_of(tok: Token) -> Token | None:
    """What "half" is a half of: "half of the workers", "half the workers"; none in
    "half and whole marathons" or "a half-hour", where it describes and counts nothing."""
    if tok.dep_ == "predet" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return _of_what(tok)


_ESTIMATED = frozenset("estimate put number total".split())
WHOLES = frozenset(
    "population crowd toll total tally workforce audience membership fleet staff "
    "force army electorate turnout".split()
)
"""Nouns of a whole that a number after them counts ("a population of 2.1 million",
"a death toll of 35"); other nouns before a bare number ("at the age of 35", "a
speed of 100") are no count. Users may extend it."""


def whole_of(run: list[Token]) -> str:
    """What a number with no noun after it counts when it measures a whole named
    before it (``WHOLES``): "a population of 2.1 million", "a population estimated at
    around 2.1 million", "the death toll rose to 35", "the toll reached 35"; what "the
    number of" names ("the number of children admitted rose to 23": children); ""
    otherwise."""
    last = run[-1]
    head = last.head
    if last.dep_ == "pobj" and head.lower_ in ("of", "at", "to"):
        head = head.head  # the noun or verb the preposition hangs on
    elif last.dep_ != "dobj":
        return ""
    if head.pos_ == "VERB" and head.lemma_ in _ESTIMATED and head.dep_ == "acl":
        head = head.head  # "a population estimated at"
    elif head.pos_ == "VERB":  # "the toll rose to 35", "the toll reached 35"
        raised = next((c for c in head.children if c.dep_ == "dobj" and c.i < last.i), None)
        if raised is not None and raised.lemma_.lower() in ("number", "toll"):
            head = raised  # "raised the number of rescuers at the scene to more than 300"
        else:
            head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    before = head.pos_ == "NOUN" and head.i < last.i
    counted = _of_what(head) if before and head.lemma_.lower() == "number" else None
    if counted is not None:  # "the number of children admitted rose to 23": children
        return subject_of(counted)
    whole = before and head.lemma_.lower() in WHOLES
    return subject_of(head) if whole else ""


_INDEXES = frozenset("dow nasdaq s&p ftse dax nikkei cac kospi sensex composite".split())
"""Words of a market index's name ("the Dow Jones industrial average", "the Kessla
Composite"); "index" only after a name ("the Harbour 100 index"), "average" only
"industrial"."""


def _index_named(sent: Span) -> bool:
    """Whether a sentence names a market index (``_INDEXES``)."""
    for t in sent:
        low = t.lower_
        if low in _INDEXES:
            return True
        if t.i == sent.start:
            continue
        named = t.nbor(-1).pos_ in ("PROPN", "NUM")
        if (low == "index" and named) or (low == "average" and t.nbor(-1).lower_ == "industrial"):
            return True
    return False


_MOVES = (MOVES - {"from", "by"}) | frozenset(
    "off dip advance decline ease inch rally retreat".split()
)
"""How an index moves ("was down 18.42", "shed 0.39", "inched up 1.28"): the words of
a move (``numbers.MOVES``) and what else market copy says."""


def index_figure(run: list[Token]) -> str:
    """What a bare figure of a market index is, in a sentence that names one: "point"
    for the move right after a word of moving ("was down 18.42", "shed 0.39"), "level"
    for where "at" or "to" puts it after a move ("…, or 0.2 percent, at 8,569.94",
    "up 19.96 to 9,092.91"); "" otherwise: two figures of one index are never one
    said anew."""
    first = run[0]
    if first.i == 0 or not _index_named(first.sent):
        return ""
    before = first.nbor(-1)
    if before.lower_ in _MOVES or before.lemma_.lower() in _MOVES:
        return "point"
    moved = any(
        t.lower_ in _MOVES or t.lemma_.lower() in _MOVES
        for t in first.doc[first.sent.start : first.i]
    )
    return "level" if moved and before.lower_ in ("at", "to") else ""


def headline_case(tok: Token) -> bool:
    """Whether a number stands in words written as a headline: every word of the six
    before and after it capitalised, not in capitals, two small words among them at
    least ("These Are 4 Of The Best Cafes In Kessla"): a teaser of another story run
    into the page; it counts nothing of the story. A name of that form in a sentence
    ("Veltro, named Player Of The Year, scored 21 goals") and a line in capitals
    ("AT LEAST 12 PEOPLE DIED") keep their counts."""
    doc = tok.doc
    near = doc[max(tok.i - 6, tok.sent.start) : min(tok.i + 7, tok.sent.end)]
    words = [t for t in near if t.is_alpha and t.i != tok.i]
    small = [t for t in words if t.lower_ in SMALL_WORDS and t.i != tok.sent.start]
    return len(small) >= 2 and all(t.text[:1].isupper() and not t.is_upper for t in words)


def indexed(noun: Token | None, subject: str) -> bool:
    """A market index's bare move or level (``index_figure``): a measure, which the
    claim of a sentence added or removed whole carries."""
    return noun is None and subject in ("point", "level")


def model_after(word: Token, tok: Token) -> bool:
    """A number in digits after one in words ("four 747-400s"), a model's family after
    a count in digits ("15 737-800s"), or a number that names a thing with a dash after
    any count ("10 3-pointers", "nine two-seaters"; not a fraction, "2 1/2-mile"): no
    part of the count."""
    doc = tok.doc
    dashed = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    glued = doc[tok.i + 2] if dashed else None
    apart = bool(word.whitespace_) and "/" not in tok.text
    if glued is not None and apart and dashed_name(glued):
        return True
    if not tok.text[:1].isdigit():
        return False
    if word.is_alpha:
        return word.lower_ not in SCALES
    return glued is not None and apart and glued.text[:1].isdigit()


def dashed_name(word: Token) -> bool:
    """A noun a number is glued to by a dash that names a kind of thing by what one of
    them has ("3-pointer", "3-pointers", "two-seater", "six-footer"), not one that
    describes another noun ("a 5-member panel"), a pack of as many ("a six-pack"), a
    unit of measure or a golfer's score."""
    return (
        word.is_alpha
        and word.pos_ == "NOUN"
        and word.dep_ not in ("compound", "amod", "nmod")
        and word.lower_.endswith(("er", "ers"))
        and word.lower_ not in ("under", "over")  # a golfer's "18-under"
        and subject_of(word) not in MEASURES  # "the 1,500-meter", "a 2-liter"
    )


def article_counts(doc: Doc | Span, sentence: int, offset: int, skip: set[int]) -> list[Fact]:
    """ "a ballistic missile": a weak count of one, for matching only; "a half-mile" is
    half a mile."""
    out: list[Fact] = []
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.i not in skip:
            dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
            part = next((_PART[c.lower_] for c in tok.children if c.lower_ in _PART), "1")
            if dets:
                span = doc[dets[0].i : tok.i + 1]
                out.append(
                    Fact(
                        "quantity",
                        span.text,
                        part,
                        tok.lemma_.lower(),
                        sentence,
                        offset + span.start_char,
                        offset + span.end_char,
                        weak=True,
                    )
                )
    return out


_PART = {"half": "0.5", "quarter": "0.25"}
"""A part of one a noun is said as ("a half-mile", "a quarter-hour")."""
