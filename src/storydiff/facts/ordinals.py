"""Ordinals as facts: a place in an order ("the 34th minute", "a third straight win",
"finished 12th") is a figure an edit may change ("the 34th minute" -> "the 37th
minute"), of what it orders ("minute", "win"; a bare place, "finished third"). It is
read as a measurement (``Fact.measure``): shown when an edited sentence changes it,
never alone with a sentence added or removed, where the claim carries it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.counted import subject_of
from storydiff.facts.model import Fact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORDS = {
    word: k + 1
    for k, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        " twentieth".split()
    )
}
"""Ordinals in words, by their figure."""
_FIGURE = re.compile(r"(\d{1,4})(?:st|nd|rd|th)", re.IGNORECASE)
RANK = "place"
"""What an ordinal that orders no noun counts ("finished third", "in the 78th")."""
ORDINAL = "ordinal"
"""The ``Fact.detail`` of an ordinal's fact."""


def _value(tok: Token) -> int:
    """The figure of one ordinal word ("34th" or "third"), else 0."""
    match = _FIGURE.fullmatch(tok.text)
    return int(match.group(1)) if match else _WORDS.get(tok.lower_, 0)


def _ordered(tok: Token) -> bool:
    """Whether the ordinal orders a noun after it ("the 34th minute", "a third straight
    win")."""
    head = tok.head
    return tok.dep_ == "amod" and head.pos_ == "NOUN" and head.i > tok.i


def ordinal(f: Fact) -> bool:
    """Whether a fact is a place in an order (``ordinal_facts``)."""
    return f.kind == "quantity" and f.detail == ORDINAL


def one_place(o: Fact, n: Fact) -> bool:
    """Whether two facts of the same figure say one place, at least one of them an
    ordinal: both ordinals ("third straight win" / "a third straight game"), or an
    ordinal and a count of what it orders ("in the 61st minute" / "after 61
    minutes")."""
    if o.value != n.value or not (ordinal(o) or ordinal(n)):
        return False
    return (ordinal(o) and ordinal(n)) or o.subject == n.subject


def _another(tok: Token) -> bool:
    """ "added a second": "a" before an ordinal with no noun makes one more, no place."""
    return any(c.lower_ in ("a", "an") for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("a", "an")
    )


def ordinal_facts(ent: Span, sentence: int, offset: int) -> list[Fact]:
    """The ordinal of an ORDINAL entity as a measurement of a place; none for an ordinal
    the entity cannot read ("twenty-first"), one glued into a modifier ("first-degree
    murder": the claim carries it) or "a second" with no noun."""
    words = [t for t in ent if _value(t)]
    if len(words) != 1:
        return []
    tok = words[0]
    glued = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_
    if tok.head is tok or glued or (not _ordered(tok) and _another(tok)):
        return []
    start = offset + tok.idx
    return [
        Fact(
            "quantity",
            tok.text,
            str(_value(tok)),
            subject_of(tok.head) if _ordered(tok) else RANK,
            sentence,
            start,
            start + len(tok.text),
            detail=ORDINAL,
            measure=True,
        )
    ]
