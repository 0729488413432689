"""Two figures of a sentence that make one: a range ("$100 to $150", "between $100 and
$150", "5 to 7 percent") or a move ("rose $3 to $60"), read across the two facts the
model made of it (``figure_ranges``), as ``numbers.money`` reads one entity."""

from __future__ import annotations

from storydiff.facts.model import Fact
from storydiff.facts.numbers import RANGE_JOINS, separator


def figure_ranges(facts: list[Fact], text: str, offset: int = 0) -> list[Fact]:
    """``facts`` with two figures that make one merged into one fact, as ``money`` and
    ``percent`` read one entity: "$100 to $150", "$100-$150" and "between $100 and
    $150" are "100-150", "rose $3 to $60" is "3 to 60" (a move, ``MOVES``); "5 to 7
    percent", whose first end the parser leaves a bare number, is "5-7" percent.
    "$100 and $150" are two amounts and stay two. ``text`` is the facts' sentence,
    at ``offset`` in the document."""
    out = list(facts)
    for b in facts:
        if b.kind not in ("money", "percent") or b not in out:
            continue
        for a in out:
            sep = _joined(a, b, text, offset)
            if sep is not None:
                words = text[a.start - offset : b.end - offset]
                value = f"{a.value}{sep}{b.value}"
                merged = Fact(b.kind, words, value, b.subject, b.sentence, a.start, b.end)
                out[out.index(a)] = merged
                out.remove(b)
                break
    return out


def _joined(a: Fact, b: Fact, text: str, offset: int) -> str | None:
    """How amounts ``a`` and ``b`` (in this order) are one figure's two ends, written
    as ``money`` writes one entity's (``numbers.separator``); None when they are not ("$100
    and $150": two amounts)."""
    same = a.kind == b.kind == "money" and a.subject == b.subject
    bare = a.kind == "quantity" and not a.subject and b.kind == "percent"  # "5 to 7 percent"
    if not ((same or bare) and a.end <= b.start):
        return None
    if not (a.value.replace(".", "").isdigit() and b.value.replace(".", "").isdigit()):
        return None  # an end already joined
    start = a.start - offset
    join = text[a.end - offset : b.start - offset].strip().lower()
    before = text[max(0, start - 9) : start].lower().split()
    word = before[-1] if before else ""
    if join not in RANGE_JOINS:
        return None
    sep = separator(join, word, "", b.kind)
    return None if sep == " and " else sep
