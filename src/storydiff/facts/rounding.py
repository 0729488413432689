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


def rounded_elsewhere(f: Fact, other_text: str) -> bool:
    """A percentage one version says exactly ("39.6 percent") and the other rounds
    to within a point, on the side its words say ("nearly 40 percent", "about 40%"),
    either way round: the same figure said loosely ("about 67%" is no rounding of
    "68.4%"). The exact one has a decimal, no words that round it, and is ten or more:
    no round figure says it by chance."""
    if f.kind != "percent":
        return False
    rounding = _QUALIFIED.match(f.text)
    if rounding is None:
        exact = float(f.value) if _DECIMAL.fullmatch(f.value) else 0.0  # no range
        return exact >= 10 and any(
            _PERCENT.match(other_text, m.end()) and _rounds(exact, m)
            for m in _QUALIFIED.finditer(other_text)
        )
    exacts = [
        float(m.group(0).replace(",", ""))
        for m in _EXACT.finditer(other_text)
        if _PERCENT.match(other_text, m.end()) and not _ROUNDED.search(other_text[: m.start()])
    ]
    return any(x >= 10 and _rounds(x, rounding) for x in exacts)


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
