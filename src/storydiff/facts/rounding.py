"""One figure said exactly in one version and rounded in the other ("586 candidates" /
"more than 500 candidates", "39.6 percent" / "nearly 40 percent"): the same figure
said loosely, no change (``bounded``, ``rounded_elsewhere``); and one count said from
either side of a round figure ("nearly 100 buildings" / "more than 100 buildings":
``crossed``), which passed it."""

from __future__ import annotations

import re

from storydiff.facts.model import Fact
from storydiff.facts.numbers import count_stem, lower_words, numbers_written

_AT_LEAST = ("more than", "over", "at least", "upward of", "upwards of")
_AT_MOST = ("fewer than", "less than", "under", "nearly", "almost", "up to")
_NEAR = ("about", "around", "some", "roughly", "approximately", "nearly")
_ROUNDING = "|".join(sorted({*_AT_LEAST, *_AT_MOST, *_NEAR}, key=len, reverse=True))
_QUALIFIED = re.compile(
    rf"\b({_ROUNDING})\s+(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]*\d)", re.I
)
"""A figure in digits with the words that round it before it ("nearly 40")."""
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)


def crossed(a: str, b: str) -> bool:
    """Whether two counts of one figure say it from either side ("nearly 100
    buildings" / "more than 100 buildings": the count passed the figure)."""
    sides = [
        {side for side, quals in (("above", _AT_LEAST), ("below", _AT_MOST))
         if any(w.lower().startswith(q + " ") for q in quals)}
        for w in (a, b)
    ]  # fmt: skip
    return len(sides[0] | sides[1]) == 2 and len(sides[0]) == len(sides[1]) == 1


def _within(exact: float, said: float, words: str) -> bool:
    """Whether an exact figure agrees with a rounded one ("more than 500": 586), and
    is near enough to be what the rounding said: "at least 120 homes" is no rounding
    of "400 homes", nor "fewer than 50" of 12."""
    return any(
        any(words.startswith(q + " ") for q in quals) and ok
        for quals, ok in (
            (_AT_LEAST, said <= exact < 2 * said),
            (_AT_MOST, said / 2 < exact <= said),
            (_NEAR, abs(exact - said) <= 0.1 * said),
        )
    )


def bounded(f: Fact, other_text: str) -> bool:
    """A rounded count ("more than 500 candidates") of a thing the other version
    counts exactly, within the bound ("586 candidates"): the same count said
    loosely."""
    stem = count_stem("".join(lower_words(f.subject)))
    try:
        said = float(f.value)
    except ValueError:
        return False
    if not stem or said < 10:
        return False
    words = " ".join(lower_words(f.text))
    return any(
        any(count_stem(w) == stem for w in after) and _within(float(value), said, words)
        for value, after in numbers_written(other_text).items()
    )


def rounded_elsewhere(
    f: Fact, own_text: str, other_text: str, at: int = -1, there: int = -1
) -> bool:
    """A percentage one version (``own_text``, where ``f`` stands at ``at``, else where
    its words first do) says exactly ("39.6 percent") and the other rounds to within a
    point, on the side its words say ("nearly 40 percent", "about 40%"), either way
    round, with a word near each near the other ("Cases rose 39.6 percent from the same
    period last year" / "nearly 40 percent more than in the same period last year"):
    the same figure said loosely ("about 67%" is no rounding of "68.4%", nor "nearly 40
    percent of the city's bridges" of "Turnout was 39.6 percent"). ``there``: where the
    only figure of ``other_text`` to read starts, else any. The exact one has a decimal,
    no words that round it, and is ten or more: no round figure says it by chance."""
    if f.kind != "percent":
        return False
    at = at if at >= 0 else own_text.find(f.text)
    near = near_words(own_text, at, at + len(f.text))
    rounding = _QUALIFIED.match(f.text)
    exact = float(f.value) if rounding is None and _DECIMAL.fullmatch(f.value) else 0.0
    if rounding is None and exact < 10:
        return False  # no decimal, or a range
    found = _QUALIFIED.finditer(other_text) if rounding is None else _EXACT.finditer(other_text)
    for m in found:
        if (there >= 0 and m.start() != there) or not _PERCENT.match(other_text, m.end()):
            continue
        if rounding is None:
            alike = _rounds(exact, m)
        else:
            loose = _ROUNDED.search(other_text, max(0, m.start() - 20), m.start())
            figure = float(m.group(0).replace(",", ""))
            alike = not loose and figure >= 10 and _rounds(figure, rounding)
        if alike and _alike(near, near_words(other_text, m.start(), m.end())):
            return True
    return False


def near_words(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """The content words just before and just after a figure at ``start:end`` of
    ``text``, by their first letters (``count_stem``); none when it is not found."""
    if start < 0:
        return set(), set()
    sides = (text[max(0, start - _REACH) : start], text[end : end + _REACH])
    return (_words(sides[0]), _words(sides[1]))


def _alike(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Whether two figures stand among the same words on one side: said of one thing
    ("39.6 percent from the same period" / "40 percent more than in the same period")."""
    return bool(a[0] & b[0] or a[1] & b[1])


def _words(text: str) -> set[str]:
    return {count_stem(w) for w in lower_words(text) if len(w) >= 4 and w not in _NOT_NEAR}


_REACH = 36
"""Characters on each side of a figure whose words say what it is about."""
_NOT_NEAR = frozenset("percent cent than that this with from have were said says about".split())


def _rounds(exact: float, rounding: re.Match[str]) -> bool:
    """Whether "nearly 40" (``rounding``) says ``exact`` to within a point, on its side."""
    said, words = float(rounding.group(2).replace(",", "")), rounding.group(1).lower()
    if words in _AT_LEAST and exact < said:
        return False
    return abs(exact - said) < 1 and not (words in _AT_MOST and exact > said)


_DECIMAL = re.compile(r"\d+\.\d+")
"""A canonical value with a decimal ("39.6"; not a range, "0.2-0.4")."""
_EXACT = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*\.\d+")
"""A figure with a decimal ("39.6")."""
_ROUNDED = re.compile(rf"\b(?:{_ROUNDING})\s+$", re.I)
"""Words that round the figure after them ("around 12.5")."""
