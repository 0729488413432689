"""Ratios: "twice" as a count of times, and a comparison said once as a ratio and
once as a percentage ("three times as likely" -> "50 percent more likely")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from storydiff.facts.model import Fact, FactKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MULTIPLES = {"twice": "2", "thrice": "3"}


def multiple_facts(doc: Doc | Span, sentence: int, offset: int, skip: set[int]) -> list[Fact]:
    """ "twice" and "thrice" as counts of times ("met twice", "twice as likely"), as
    "three times" is one: so that "twice" -> "three times" is one update, not an
    addition. Measured, not counted: shown only when its sentence was edited, never
    alone with a sentence added or removed ("a twice-weekly ferry" -> "three times a
    week" is an update too)."""
    out = []
    for tok in doc:
        value = _MULTIPLES.get(tok.lower_)
        if value is None or tok.i in skip:
            continue
        span = doc[tok.i : tok.i + 1]
        out.append(
            Fact("quantity", span.text, value, "time", sentence, offset + span.start_char,
                 offset + span.end_char, measure=True)
        )  # fmt: skip
    return out


def ratio_said_as_percent(
    olds: list[Fact],
    news: list[Fact],
    update: Callable[[FactKind, str, Fact, Fact], None],
    texts: tuple[str, str],
) -> int:
    """A link left with one ratio on one side and one percentage on the other, each
    before a word of comparison ("three times as likely" -> "50 percent more likely",
    "twice as fast" -> "40 percent faster"): one comparison said in another measure,
    an update of it (``update``), not a removal and an unrelated addition. "fell three
    times this week" counts times, compares nothing."""
    for a, b in ((olds, news), (news, olds)):
        ratios = [f for f in a if f.kind == "quantity" and f.subject == "time"]
        shares = [f for f in b if f.kind == "percent"]
        if len(ratios) == len(shares) == 1 and len(a) == len(b) == 1:
            o, n = (ratios[0], shares[0]) if a is olds else (shares[0], ratios[0])
            if not (compares(o, texts[0]) and compares(n, texts[1])):
                return 0
            update(n.kind, n.subject or o.subject, o, n)
            olds.remove(o)
            news.remove(n)
            return 1
    return 0


_COMPARING = re.compile(
    r"\s+(?:as|more|less|fewer|(?!(?:after|over|under|never|ever|other|per)\b)[a-z]+er)\b"
)


def compares(f: Fact, text: str) -> bool:
    """Whether a word of comparison follows a ratio or percentage in ``text``, its
    link's words ("three times as", "50 percent more", "three times faster", "twice
    as")."""
    words = " ".join(f.text.split())
    return re.search(rf"(?<!\w){re.escape(words)}{_COMPARING.pattern}", text) is not None
