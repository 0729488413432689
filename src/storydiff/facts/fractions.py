"""Shares said as fractions ("a third of the homes", "two-thirds", "two thirds of",
"half of the workers", "one in three", "two in three", "1 in 4", "cut by half"; in
digits only one in so many: "killed 2 in 5 counties" and "No. 1 in 50 cities"
count): percentages (``percent`` facts, detail ``fraction``, the value the share in
percent), so "about a quarter" -> "about a third" and "a third of the homes" -> "40
percent of the homes" are updates, and "two-thirds of voters" / "about 67% of voters"
/ "two in three voters" is one share (``same_share``). Not a share: an order before
its noun ("a third term", "a fifth straight win"), a count in a time or in games ("two
in three minutes", "one in four games"), a part of a game or a year ("the second
half", "the first quarter", "the last two quarters"), "half an hour", "half a
percentage point" and "a quarter of a point" (counts of their unit,
``facts.counts``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.config import FRACTION_NEAR
from storydiff.facts.model import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_APPROX = (
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|"
    r"just\s+over|just\s+under)\s+)?"
)
_AFTER = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:of|in|on|since|during|from|to|by|for|at|and|or|but|over|"
    r"this|last|than|as|while|after|before|were|was|are|is|will|would|have|had|has)\b)"
)
"""What may follow a fraction that is a share, not an order before its noun."""
_NOT_POINT = r"(?!\s+of\s+an?\s+(?:percentage\s+)?point)"
"""Not "a quarter of a percentage point": a count of points."""
_SHARE = re.compile(
    rf"(?<![\w-]){_APPROX}(?:"
    rf"(?:a|one)[\s-](?P<part>third|quarter|fifth|tenth){_NOT_POINT}{_AFTER}"
    r"|(?P<many>two|three|four|nine)(?:-|\s(?=\w+\s+of\b))(?P<parts>thirds|quarters|fifths|tenths)"
    r"(?![\w-])"
    r"|(?<!first\s)(?<!second\s)(?<!the\s)(?<!a\s)(?<!final\s)(?<!last\s)"
    r"(?P<half>half)(?=\s+(?:of|the|its|their|his|her|all|our)\b)"
    r"|(?<=\bby\s)(?P<byhalf>half)(?![\w-]|\s+an?\b)"
    r"|(?<!No\.\s)(?P<some>one|two|three|four|five|six|seven|eight|nine|1)\s+in\s+"
    r"(?P<one_in>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?![\w-])"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|"
    r"starts?|races?|innings|seasons?|rounds?|sets?|attempts?)\b)"
    r")",
    re.IGNORECASE,
)


_OF = re.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?|(?:the|its|their)\s+)[\w'’-]+")


def _percent(m: re.Match[str]) -> float | None:
    if m.group("part"):
        return 100 / _PARTS[m.group("part").lower()]
    if m.group("parts"):
        return 100 * _COUNTS[m.group("many").lower()] / _PARTS[m.group("parts").lower()[:-1]]
    if m.group("half") or m.group("byhalf"):
        return 50.0
    n = m.group("one_in").lower()
    some = m.group("some").lower()
    whole, some_n = _COUNTS.get(n) or int(n), _COUNTS.get(some) or int(some)
    return 100 * some_n / whole if whole > some_n else None  # "two in three", "1 in 4"


def fraction_facts(doc: Doc, sentence: int, offset: int) -> tuple[list[Fact], set[int]]:
    """The shares ``doc`` says as fractions, as percent facts, and the indices of their
    tokens (no count reads them again: "Two-thirds" is no count of thirds)."""
    out: list[Fact] = []
    taken: set[int] = set()
    for m in _SHARE.finditer(doc.text):
        value = _percent(m)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if value is None or span is None:
            continue
        end = m.end()
        if of := _OF.match(doc.text, end):
            end = of.end()  # "Half of the pilots": the share of what
        text = " ".join(doc.text[m.start() : end].split())
        figure = f"{value:.2f}".rstrip("0").rstrip(".")
        out.append(
            Fact("percent", text, figure, "percent", sentence, offset + m.start(),
                 offset + end, detail="fraction")
        )  # fmt: skip
        taken.update(t.i for t in span)
    return out, taken


def same_share(a: Fact, b: Fact, texts: tuple[str, str] = ("", "")) -> bool:
    """Whether two percentages, one said as a fraction (``a`` in OLD's ``texts[0]``,
    ``b`` in NEW's), say the same share: the percentage rounds the fraction by
    ``FRACTION_NEAR`` points at most, with the same bound ("more than a quarter" is not
    "25 percent") and of the same thing when both say of what ("33 percent of the
    budget" / "a third of the staff" are two shares)."""
    if a.kind != "percent" or b.kind != "percent" or "fraction" not in (a.detail, b.detail):
        return False
    try:
        near = abs(float(a.value) - float(b.value)) <= FRACTION_NEAR
    except ValueError:
        return False
    if not near or _bound(a, texts[0]) != _bound(b, texts[1]):
        return False
    whole = (share_of(a, texts[0]), share_of(b, texts[1]))
    return not all(whole) or whole[0] == whole[1]


_BOUND_WORDS = r"(more than|less than|fewer than|over|under|at least|up to|at most|above|below)"
_BOUND_BEFORE = re.compile(rf"\b{_BOUND_WORDS}\s*$", re.I)
_BOUND_OPENING = re.compile(rf"{_BOUND_WORDS}\b", re.I)
"""Bounding words just before a share, or opening its own words."""
_PRONOUNS = frozenset("it them this that these those".split())
_ENDS_NOUN = frozenset(
    "on in at for to by from with and or but was were is are had has have will would who "
    "which that since during after before".split()
)
"""Words after the noun a share is of ("of the harbour staff on Tuesday": "staff")."""


def _bound(f: Fact, text: str) -> str:
    """The bounding words a share is said with ("more than a quarter"), "" if none."""
    at = text.find(f.text)
    before = text[max(0, at - 20) : at] if at >= 0 else ""
    m = _BOUND_BEFORE.search(before) or _BOUND_OPENING.match(f.text)
    return m.group(1).lower() if m else ""


def share_of(f: Fact, text: str) -> str:
    """What a share is of, its last noun ("of the harbour staff": "staff"), "" when it
    says not or says it by a pronoun ("50 percent of it")."""
    at = text.find(f.text)
    tail = f.text + (text[at + len(f.text) : at + len(f.text) + 40] if at >= 0 else "")
    m = re.search(
        r"\bof\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:[a-z][\w'’-]*\s*){1,3})", tail, re.I
    )
    if not m:
        return ""
    words = m.group(1).lower().split()
    cut = next((k for k, w in enumerate(words) if w in _ENDS_NOUN), len(words))
    words = words[:cut] or words[:1]
    return "" if words[-1] in _PRONOUNS else words[-1].removesuffix("s")
