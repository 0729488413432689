"""Two figures of a sentence that make one: a range ("$100 to $150", "between $100 and
$150", "5 to 7 percent") or a move ("rose $3 to $60"), read across the two facts the
model made of it (``figure_ranges``), as ``numbers.money`` reads one entity."""

from __future__ import annotations

import re

from storydiff.facts.counted import QUALIFIERS
from storydiff.facts.model import Fact
from storydiff.facts.numbers import RANGE_JOINS, separator

_FIGURE = re.compile(r"\d[\d,.]*")


def figure_ranges(facts: list[Fact], text: str, offset: int = 0) -> list[Fact]:
    """``facts`` with two figures that make one merged into one fact, as ``money`` and
    ``percent`` read one entity: "$100 to $150", "$100-$150" and "between $100 and
    $150" are "100-150", "rose $3 to $60" is "3 to 60" (a move, ``MOVES``); "5 to 7
    percent", whose first end the parser leaves a bare number, is "5-7" percent.
    "$100 and $150" are two amounts and stay two. ``text`` is the facts' sentence,
    at ``offset`` in the document."""
    out = _count_ranges(list(facts), text, offset)
    for b in list(out):
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
    if not (_plain(a.value) and _plain(b.value)):
        return None  # an end already joined
    join = text[a.end - offset : b.start - offset].strip().lower()
    if join not in RANGE_JOINS:
        return None
    sep = separator(join, _word_before(text, a.start - offset), "", b.kind)
    return None if sep == " and " else sep


def _plain(value: str) -> bool:
    return value.replace(".", "", 1).isdigit()


def _count_ranges(facts: list[Fact], text: str, offset: int) -> list[Fact]:
    """Two counts or measures of one thing that make a range, merged as ``figure_ranges``
    merges amounts: "3 to 5 inches" and "between 300 and 400 residents" (whose first
    end the parser leaves bare, or reads with the noun of both) are "3-5" inches and
    "300-400" residents, so a range said two ways is one and a changed end changes
    the range. "3 and 4 people" are two counts, and "from about 300 to 350" a move,
    each figure read on its own."""
    out = list(facts)
    for b in facts:
        if b.kind != "quantity" or b.weak or not _plain(b.value) or b not in out:
            continue
        for a in out:
            if a.kind != "quantity" or a.weak or a.start >= b.start or not _plain(a.value):
                continue
            if a.subject and b.subject and a.subject != b.subject:
                continue
            figure = _FIGURE.search(text, a.start - offset, b.start - offset)
            if figure is None:
                continue
            join = text[figure.end() : b.start - offset].strip().lower()
            if join not in RANGE_JOINS:
                continue
            sep = separator(join, _word_before(text, figure.start()), "", "quantity")
            if sep != "-":
                continue  # two counts, or a move ("from about 300 to 350"): read apart
            end = max(a.end, b.end)
            words = text[a.start - offset : end - offset]
            merged = Fact(
                "quantity", words, f"{a.value}{sep}{b.value}", b.subject or a.subject,
                b.sentence, a.start, end, measure=a.measure or b.measure,
            )  # fmt: skip
            out[out.index(a)] = merged
            out.remove(b)
            break
    return out


def _word_before(text: str, at: int) -> str:
    """The word before a figure at ``at``, past qualifiers (``counted.QUALIFIERS``:
    "from about 300" and "from about $300" are "from")."""
    words = text[max(0, at - 40) : at].lower().split()
    while words and words[-1] in QUALIFIERS:
        words.pop()
    return words[-1] if words else ""
