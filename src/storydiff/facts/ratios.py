"""Ratios: "twice" as a count of times, and a comparison said once as a ratio and
once as a percentage ("three times as likely" -> "50 percent more likely")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from storydiff.config import FRACTION_NEAR
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


_FRACTIONS = {
    "half": 50.0, "a third": 100 / 3, "one-third": 100 / 3, "one third": 100 / 3,
    "two-thirds": 200 / 3, "two thirds": 200 / 3, "a quarter": 25.0, "one-quarter": 25.0,
    "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0, "a fifth": 20.0,
}  # fmt: skip
"""Shares said as a fraction, by their percentage."""


def _share(f: Fact) -> float | None:
    try:
        return float(f.value)
    except ValueError:
        return None


def fraction_said_as_percent(olds: list[Fact], news: list[Fact], texts: tuple[str, str]) -> None:
    """A percentage of one side of a link that the other side says as a fraction of the
    same thing ("two-thirds of voters" / "about 67% of voters", "Half of the money" /
    "Fifty percent of the money") is no change: it leaves ``olds`` or ``news``, and
    so does the other side's count of the fraction ("Half of the money": 0.5 of
    money). A fraction its own side says too is another share, and so is one of
    another thing ("a third term"). Fractions that are percentages of their own
    (``facts.fractions``) are matched as such (``fractions.same_share``)."""
    for one, other, own, said in (
        (olds, news, texts[0], texts[1]),
        (news, olds, texts[1], texts[0]),
    ):
        for f in [f for f in one if f.kind == "percent"]:
            value = _share(f)
            whole = _of_what(re.escape(" ".join(f.text.split())), own)
            words = [
                w for w, v in _FRACTIONS.items()
                if value is not None and abs(v - value) <= FRACTION_NEAR and whole
                and _of_what(re.escape(w), said) == whole and not _says(w, own)
            ]  # fmt: skip
            if words:
                one.remove(f)
                for g in [
                    g for g in other
                    if g.kind in ("quantity", "percent") and _says(words[0], g.text)
                ]:  # fmt: skip
                    other.remove(g)


def points_said_as_basis(
    olds: list[Fact], news: list[Fact], texts: tuple[str, str] = ("", "")
) -> None:
    """Basis points one side of a link says as percentage points on the other ("25
    basis points" / "0.25 percentage point") are no change: both leave the lists; so
    are those the other side says as a fraction of a point ("a quarter of a percentage
    point": a fraction counts no figure of its own)."""
    for one, other, said in ((olds, news, texts[1]), (news, olds, texts[0])):
        for f in [f for f in one if f.subject == "basis point"]:
            bp = _share(f)
            same = [
                g for g in other
                if "percentage point" in g.text.lower()
                and bp is not None and (pp := _share(g)) is not None and abs(pp * 100 - bp) < 1e-6
            ]  # fmt: skip
            if same:
                one.remove(f)
                other.remove(same[0])
            elif bp is not None and any(
                abs(v - bp) < 1e-6 and _says(f"{w} of a percentage point", said)
                for w, v in _FRACTIONS.items()
            ):
                one.remove(f)


_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|eligible\s+)?([a-z]+)", re.I)


def _of_what(pattern: str, text: str) -> str:
    """The noun a share said by ``pattern`` is "of" in ``text`` ("two-thirds of voters":
    "voter"), else ""."""
    m = re.search(rf"(?i)(?<![\w-]){pattern}{_OF.pattern}", text)
    return m.group(1).lower().removesuffix("s") if m else ""


def _says(words: str, text: str) -> bool:
    return re.search(rf"(?i)(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None
