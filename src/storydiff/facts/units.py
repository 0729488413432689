"""One measure said in two units: "about 30 miles" / "about 48km", "50 km (32 miles)".

News copy converts distances, weights, areas and volumes for its readers and rounds
the result, so a measure that another version gives in another unit, within
``UNIT_NEAR`` of it, is said again, not added or removed; a measure in brackets
right after the same measure in another unit says it twice.

Examples:
    >>> again("kilometre", "4600000000", "It is about 2.8 billion miles away.")
    True
    >>> again("mile", "30", "a mosque about 48km west of the city")
    True
    >>> again("mile", "30", "a mosque about 80km west of the city")
    False
    >>> again("mile", "43-125", "They flew 70 to 200 kilometers.")
    True
    >>> t = "in the city, 50 km (32 miles) west of the capital"
    >>> bracketed(t.index("32"), t.index(")"), t)
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydiff.config import UNIT_NEAR
from storydiff.facts.counted import UNIT_ALIASES
from storydiff.facts.model import Fact

_UNITS: dict[str, tuple[str, float]] = {
    # unit -> (what it measures, its size in the measure's base unit)
    "kilometre": ("length", 1.0), "mile": ("length", 1.609344), "metre": ("length", 0.001),
    "foot": ("length", 0.0003048), "yard": ("length", 0.0009144),
    "inch": ("length", 0.0000254), "centimetre": ("length", 0.00001),
    "millimetre": ("length", 0.000001), "kilogram": ("mass", 1.0), "gram": ("mass", 0.001),
    "milligram": ("mass", 0.000001),
    "pound": ("mass", 0.45359237), "tonne": ("mass", 1000.0), "hectare": ("area", 1.0),
    "acre": ("area", 0.40468564), "litre": ("volume", 1.0), "millilitre": ("volume", 0.001),
    "gallon": ("volume", 3.785411784),
}  # fmt: skip
_WRITTEN = UNIT_ALIASES | {"ft": "foot", "feet": "foot", "inches": "inch", "kilo": "kilogram"}
"""How copy writes a unit: the counted noun's spellings (``counted.UNIT_ALIASES``) and
a few more."""
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_MEASURE = re.compile(
    rf"(?<![\w.,$£€¥])(?:({_NUMBER})\s*(?:to|-|–|and)\s*)?({_NUMBER})\s?"
    r"(?:(thousand|million|billion)\s)?-?"
    r"((?:kilomet|centimet|millimet|met|lit|millilit)(?:re|er)s?|km|kms|miles?|mi|m|feet|foot"
    r"|ft|yards?|inch(?:es)?|cm|mm|kilo(?:gram)?s?|kgs?|(?:milli)?grams?|mg|lbs?|tonnes?|tons?"
    r"|hectares?|ha|acres?|l|ml|gallons?)(?![\w-])",
    re.IGNORECASE,
)
"""A measure as copy writes it, a range's two ends included ("70 to 200 kilometers");
not an amount ("£40m"), and "pounds" in words is left out: money as often as weight."""
_WINDOW = 60
"""Characters before a bracketed measure searched for the measure it converts."""
_OPEN = re.compile(r"\s*\(\s*")


def unit_of(word: str) -> str | None:
    """The unit a written unit word names, or None."""
    w = word.lower()
    w = _WRITTEN.get(w, w)
    if w not in _UNITS and w.endswith("s"):
        w = _WRITTEN.get(w[:-1], w[:-1])
    return w if w in _UNITS else None


@lru_cache(maxsize=64)
def _measures(text: str) -> tuple[tuple[str, str, float, int, int], ...]:
    """Each measure the text gives: (what it measures, unit, size in base units, start,
    end)."""
    out = []
    for m in _MEASURE.finditer(text):
        unit = unit_of(m.group(4))
        if unit is None:
            continue
        what, size = _UNITS[unit]
        scale = _SCALE.get((m.group(3) or "").lower(), 1)
        for number in (m.group(1), m.group(2)):  # a range's two ends ("70 to 200 km")
            if number:
                value = float(number.replace(",", "")) * scale * size
                out.append((what, unit, value, m.start(), m.end()))
    return tuple(out)


def _near(a: float, b: float) -> bool:
    return a > 0 and b > 0 and abs(a - b) <= UNIT_NEAR * max(a, b)


def again(unit: str, value: str, other_text: str, own_text: str = "") -> bool:
    """Whether ``other_text`` gives this measure (``value`` in ``unit``, as a fact holds
    them) in another unit; not by a measure ``own_text`` writes too (the unchanged "30
    km" is no conversion of "19 miles" changed to "25 miles")."""
    unit = unit_of(unit) or ""
    if unit not in _UNITS:
        return False
    try:
        amounts = [float(end) for end in value.split("-")]  # a range: both ends
    except ValueError:
        return False
    what, size = _UNITS[unit]
    shared = (
        {(u, round(base, 9)) for w, u, base, _, _ in _measures(own_text)} if own_text else set()
    )
    found = [
        base
        for w, u, base, _, _ in _measures(other_text)
        if w == what and u != unit and (u, round(base, 9)) not in shared
    ]
    return all(any(_near(amount * size, base) for base in found) for amount in amounts)


def bracketed(start: int, end: int, text: str) -> bool:
    """Whether the measure at ``start:end`` sits in brackets right after the same measure
    in another unit ("50 km (32 miles)")."""
    if text[end : end + 2].strip()[:1] != ")":
        return False
    at = max(0, start - _WINDOW)
    found = _measures(text[at:end])
    inner = [m for m in found if m[4] == end - at]
    if not inner:
        return False
    what, unit, base, inner_start = inner[-1][:4]
    before = [m for m in found if m[4] < inner_start]
    if not before or not _OPEN.fullmatch(text, at + before[-1][4], at + inner_start):
        return False
    return before[-1][0] == what and before[-1][1] != unit and _near(before[-1][2], base)


def drop_converted(olds: list[Fact], news: list[Fact], texts: tuple[str, str]) -> None:
    """Take out of one link's facts (``texts``: its OLD and NEW words) the measures the
    other side gives in another unit, and those in brackets after the same measure in
    another unit ("about 30 miles" / "50 km (32 miles)": nothing changed)."""
    if not all(texts):
        return
    for own, (own_text, other_text) in ((olds, texts), (news, texts[::-1])):
        for f in list(own):
            at = own_text.find(f.text)
            alone = at >= 0 and own_text.find(f.text, at + 1) < 0  # its place is sure
            if f.measure and (
                again(f.subject, f.value, other_text, own_text)
                or (alone and bracketed(at, at + len(f.text), own_text))
            ):
                own.remove(f)
