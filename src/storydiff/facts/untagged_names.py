"""Names the small model does not tag, or tags as another kind, that the words
around them name: a settlement's noun before them ("the town of Orrin Ford") or an
area's after them ("the Orvenhal district"), a body's last word ("The Westmere Ferry
Authority"), or a company's legal ending ("Mad Dog Cab Corp"). ``extract`` adds them
beside the recogniser's names (``facts.entities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.entities import ENTITY_KINDS, settlement_of
from storydiff.facts.lexicon import NEWSPAPERS
from storydiff.facts.model import Fact
from storydiff.facts.nameless import not_a_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def settlements_named(doc: Span, sentence: int, offset: int) -> list[Fact]:
    """Places the recogniser did not tag that a settlement's noun names ("from the town
    of Zahle", "the village of Orrin Ford"): the name after "the town of"."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ in ENTITY_KINDS:  # tagged: entity_facts
            continue  # (untagged, or read as a work's title, it is read here)
        words = [t for t in tok.lefts if t.pos_ == "PROPN"] + [tok]
        if words[-1].i - words[0].i == len(words) - 1:
            span = doc[words[0].i : tok.i + 1]
            if settlement_of(span):
                start, end = offset + span.start_char, offset + span.end_char
                out.append(Fact("place", span.text, span.text, "", sentence, start, end))
    return out


_SUFFIXES = frozenset({"corp", "inc", "llc", "ltd", "plc"})
"""A company's legal ending: the words before it that are names are its name."""


def companies_named(doc: Span, sentence: int, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each company named by its legal ending the recogniser did not tag
    as one ("Mad Dog Cab Corp", untagged; "Sir Michael Hacking Corp.", tagged as the
    person Michael Hacking) as an organisation, and without the names inside it."""
    out = list(facts)
    for tok in doc:
        if tok.lower_.rstrip(".") not in _SUFFIXES or tok.pos_ != "PROPN" or tok.ent_type_ == "ORG":
            continue
        span = names_ending(doc, tok)  # the run of names before the ending
        if len(span) < 2:
            continue
        start, end = offset + span.start_char, offset + span.end_char
        out = [f for f in out if not (start <= f.start and f.end <= end)]
        out.append(Fact("organization", span.text, span.text, "", sentence, start, end))
    return out


_REGIONS = frozenset(
    """district region province county municipality prefecture governorate borough
    township parish neighborhood neighbourhood suburb valley basin delta peninsula coast
    coastline highlands lowlands uplands highland lowland upland plateau estuary
    river""".split()
)
"""Nouns of an area, or of the land or water a name before them names ("the Orvenhal
district", "the Lisswater valley")."""


def regions_named(doc: Span, sentence: int, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with the places named by the words before an area's noun ("In the
    Orvenhal district", untagged; "the Kessel region", tagged as a person and so
    dropped as a name that only modifies a noun; "the Pellam suburb", tagged as a
    people; "the Liss parish", tagged as an organisation): the run of names before
    "district" when "the" opens it, in place of what the recogniser made of them."""
    out = list(facts)
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue  # a name, tagged or not ("Pellam" of "the Pellam suburb", a people)
        if tok.ent_type_ not in ("", "PERSON", "NORP", "ORG"):
            continue
        span = _region_name(doc, tok)
        if span is None:
            continue
        start, end = offset + span.start_char, offset + span.end_char
        out = [f for f in out if not (f.start < end and start < f.end and f.kind in _NAMES)]
        out.append(Fact("place", span.text, span.text, "", sentence, start, end))
    return out


_NAMES = frozenset({"person", "organization", "place"})


def _region_name(doc: Span, tok: Token) -> Span | None:
    """The run of names that ``tok`` ends before an area's noun after "the", with the
    noun when it is capitalised as the name's ("the Tesh River"): as the parser hangs
    it on the noun ("the Orvenhal district"), or, where the parse went
    astray on a landform in the plural ("the Caddow lowlands", both read as objects),
    the capitalised names right before the noun. None when ``tok`` ends no such run."""
    area = tok.head
    if tok.dep_ in ("compound", "amod") and area.lemma_.lower() in _REGIONS:
        if tok.i + 1 == area.i and any(c.lower_ == "the" for c in area.children):
            name = names_ending(doc, tok, compounds=True)
            if area.text.istitle():  # "the Tesh River": the noun is the name's
                return doc.doc[name.start : area.i + 1]
            return name
        return None
    if tok.i + 1 >= doc.end or doc.doc[tok.i + 1].lower_ not in _LANDS:
        return None
    first = tok.i
    while first - 1 >= doc.start and doc.doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first == doc.start or doc.doc[first - 1].lower_ != "the":
        return None
    noun = doc.doc[tok.i + 1]
    return doc.doc[first : tok.i + 1 + noun.text.istitle()]  # "the Caddow Uplands"


_LANDS = frozenset("highlands lowlands uplands".split())
"""Landforms in the plural the parser reads as a verb or an object of their own."""


def names_ending(doc: Span, last: Token, *, numbers: bool = False, compounds: bool = False) -> Span:
    """The run of names that ends in ``last``: the capitalised words before it (and
    with ``numbers`` figures: "38 North") that hang on a word from there to ``last``
    ("Mad Dog Cab Corp"), or with ``compounds`` only compounds that hang on ``last`` or
    on what it hangs on ("Upper Kessel" of "the Upper Kessel district")."""
    first = last.i
    while first > doc.start:
        prev = doc.doc[first - 1]
        named = prev.pos_ == "PROPN" or (numbers and prev.like_num and prev.text[:1].isdigit())
        if compounds:
            hangs = prev.dep_ == "compound" and prev.head.i in (last.i, last.head.i)
        else:
            hangs = first - 1 < prev.head.i <= last.i
        if not (named and hangs):
            break
        first -= 1
    return doc.doc[first : last.i + 1]


def newspapers_named(doc: Span, sentence: int, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each newspaper named after "the" by a name and its paper's word
    ("The Pellhaven Ledger", tagged as a work; "the Quarrow Gazette", tagged as a
    person) as an organisation, in place of what the recogniser made of its words."""
    out = list(facts)
    for tok in doc:
        if not newspaper(tok) or tok.ent_type_ == "ORG":
            continue
        span = names_ending(doc, tok, compounds=True)
        if len(span) < 2 or not any(c.lower_ == "the" for c in tok.children):
            continue
        if not_a_name(span):
            continue  # "Copyright 2020 The Dunmore Ledger": the page's
        start, end = offset + span.start_char, offset + span.end_char
        out = [f for f in out if not (f.start < end and start < f.end and f.kind in _NAMES)]
        out.append(Fact("organization", span.text, span.text, "", sentence, start, end))
    return out


def newspaper(tok: Token) -> bool:
    """A newspaper's name ends in this word ("Ledger" of "The Pellhaven Ledger")."""
    return tok.pos_ == "PROPN" and tok.lower_ in NEWSPAPERS and tok.text[:1].isupper()


_BODIES = frozenset(
    """authority ministry agency commission council board committee association institute
    foundation university union department bureau federation""".split()
)
"""Last words of a body's name: "The Westmere Ferry Authority", untagged, is one."""


_NOT_NAMES = frozenset("several many some all most both few other these those".split())
"""Capitalised words that open a sentence, not a name ("Several Ministry officials")."""


def bodies_named(doc: Span, sentence: int, offset: int, facts: list[Fact]) -> list[Fact]:
    """Organisations the recogniser left untagged whose last word names a body ("The
    Westmere Ferry Authority said …"): the capitalised names before it that hang on it,
    when no fact holds any of its words."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in _BODIES:
            continue
        span = names_ending(doc, tok, compounds=True)
        while len(span) and span[0].lower_ in _NOT_NAMES:
            span = span[1:]  # "Several Ministry officials said"
        if len(span) < 2 or not tok.text[:1].isupper() or any(t.ent_type_ for t in span):
            continue
        start, end = offset + span.start_char, offset + span.end_char
        if not any(f.start < end and start < f.end for f in facts):
            out.append(Fact("organization", span.text, span.text, "", sentence, start, end))
    return out
