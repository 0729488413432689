"""A person's age said another way in an edit: "a 54-year-old baker" -> "a 58-year-old
baker", "aged 84" -> "aged 86", "She was 84." -> "She was 86.", "dies at 87" -> "dies
at 88". Ages are no counts
(``facts.counts``) nor dates (``facts.dates``), yet an age changed is news: a claim
update with subject ``age`` (``facts.edit_claims``)."""

from __future__ import annotations

import re

from storydiff.facts.numbers import TENS, UNITS

_TENS = "|".join(sorted(TENS))
_UNITS = "|".join(sorted(UNITS))
_NUMBER = rf"(\d{{1,3}}|(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})"
AGE_FOLLOWERS = frozenset("after in on of following from and at when".split())
"""Words that may follow "dies at 87" and leave it an age ("died at 87 in Marlow"),
unlike a unit or a noun ("died at 3 a.m.", "at 14 Orrin Lane"); also read by
``facts.counts``."""
_AFTER_AGE = rf"\s*(?:[,.;:]|$)|\s+(?:{'|'.join(sorted(AGE_FOLLOWERS))})\b"
_AGE = re.compile(
    rf"\b{_NUMBER}-years?-old\b"
    rf"|\baged\s+{_NUMBER}\b"
    rf"|\b(?:[Dd]ies|[Dd]ied|[Dd]ead)\s+at\s+{_NUMBER}(?![.,]?\d)(?={_AFTER_AGE})"
    rf"|\b(?:[Hh]e|[Ss]he|who)\s+(?:was|is|turned|turns)\s+{_NUMBER}(?=\s*[.;]|\s+(?:when|and)\b)"
    rf"|\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+{_NUMBER},",
)


def ages(text: str) -> list[str]:
    """The ages ``text`` tells, lower case, in order.

    Examples:
        >>> ages("Ana Roe, 54, and a 61-year-old baker; she was 90. He was 3 points up.")
        ['54', '61', '90']
        >>> ages("Deaths in Dunmore, 12, and Marlow, 9. He was 3, behind Kessla.")
        []
        >>> ages("a five-year-old boy, aged 12 and twenty-one-year-old twins")
        ['five', '12', 'twenty-one']
    """
    return [next(g for g in m.groups() if g).lower() for m in _AGE.finditer(text)]


def age_changed(old: str, new: str, removed: list[str], inserted: list[str]) -> bool:
    """Whether an edit changed an age both wordings tell: each side tells one, they
    differ, the edit took one age out and put another in, and the names of one side
    are among the other's ("Ana Roe, 54," -> "Roe, 58,"; not "Lena Roe, 23," -> "Piet
    Roe, 31,", another person)."""
    a, b = ages(old), ages(new)
    if not a or not b or sorted(a) == sorted(b) or not _same_names(old, new):
        return False
    return bool(set(a) - set(b) & _parts(removed)) and bool(set(b) - set(a) & _parts(inserted))


_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+")


def _same_names(old: str, new: str) -> bool:
    x, y = set(_NAME.findall(old)), set(_NAME.findall(new))
    return x <= y or y <= x


def _parts(words: list[str]) -> set[str]:
    """The words and their hyphened parts ("54-year-old": "54", "year", "old"), and a
    hyphened number word whole ("twenty-one-year-old": "twenty-one")."""
    out = set(words)
    for w in words:
        parts = w.split("-")
        out.update(parts)
        out.update("-".join(parts[k : k + 2]) for k in range(len(parts) - 1))
    return out
