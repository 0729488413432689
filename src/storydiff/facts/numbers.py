"""Numbers as people write them in news: "30,000", "4.2 million", "two", "a dozen"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from storydiff.facts.model import Fact
from storydiff.text.calendar import MONTH_ABBREVIATIONS, MONTH_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    "k": 1_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
COUNT_WORDS = {
    "dozen": 12, "dozens": 24, "half": 0.5, "couple": 2,
    # approximate counts ("hundreds of people", "thousands of leads"): the order of size
    "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    "scores": 20, "tens": 10,
}  # fmt: skip
CURRENCIES = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "₩": "KRW",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "₽": "RUB",
    "rupee": "INR", "rupees": "INR", "₹": "INR", "franc": "CHF", "francs": "CHF",
    "rs": "INR", "rs.": "INR", "inr": "INR", "ksh": "KES", "kes": "KES", "sh": "shilling",
    "shilling": "shilling", "shillings": "shilling",  # Kenyan, Ugandan or Tanzanian
    "cent": "cents", "cents": "cents", "penny": "pence", "pence": "pence", "¢": "cents",
}  # fmt: skip
PREFIXED_CURRENCY = re.compile(r"^(sh|ksh|kes|rs\.?|inr)(\d[\d,]*(?:\.\d+)?)$", re.IGNORECASE)
"""A currency written onto its amount: "Sh130", "Rs500" (one token)."""
GLUED_SCALE = re.compile(r"^([\d,.]+)(m|bn|mn|k)$", re.IGNORECASE)
"""An amount with its scale glued on: "130m"."""
MONTH_TOKENS = MONTH_WORDS | {a + "." for a in MONTH_ABBREVIATIONS}
"""Month words as the parser's tokens, lower case: "january", "jan", "jan."."""
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


def is_number_word(word: str) -> bool:
    w = word.lower()
    return (
        w in UNITS or w in TENS or w in SCALES or w in COUNT_WORDS or _DIGITS.match(w) is not None
    )


def parse_number(words: list[str]) -> float | None:
    """The value of a run of number words and digits, or None.

    Examples:
        >>> parse_number(["4.2", "million"]), parse_number(["twenty-five"])
        (4200000.0, 25.0)
        >>> parse_number(["a", "dozen"])
        12.0
    """
    total = 0.0
    current: float | None = None
    seen = False
    for raw in words:
        w = raw.lower().strip(",")
        if w in ("a", "an") and not seen:
            current = 1.0
            continue
        if w == "and" or (w in ("of", "a", "an") and seen):
            continue  # "one hundred and five", "hundreds of thousands", "half a dozen"
        parts = [x for x in w.split("-") if x] if "-" in w and not w[0].isdigit() else [w]
        for part in parts:
            if _DIGITS.match(part):
                current = (current or 0.0) + float(part.replace(",", ""))
            elif part in UNITS:
                current = (current or 0.0) + UNITS[part]
            elif part in TENS:
                current = (current or 0.0) + TENS[part]
            elif part in COUNT_WORDS:
                current = (current if current is not None else 1.0) * COUNT_WORDS[part]
            elif part in SCALES:
                scale = SCALES[part]
                current = (current if current is not None else 1.0) * scale
                if scale >= 1000:
                    total += current
                    current = None
            else:
                return None
            seen = True
    if not seen:
        return None
    return total + (current or 0.0)


def canonical(value: float) -> str:
    """A number as a plain string: "2", "30000", "12.5".

    Examples:
        >>> canonical(4200000.0), canonical(12.5), canonical(1e-3)
        ('4200000', '12.5', '0.001')
    """
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_WORD = re.compile(r"[^\W_]+")


def _lower_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _stem(word: str) -> str:
    """The first letters by which two words count one thing ("people" and "person")."""
    return "pers" if word == "people" else word[:4]


@lru_cache(maxsize=32)
def _numbers(text: str) -> dict[str, tuple[str, ...]]:
    """The numbers a text writes in digits, canonical ("1,500" -> "1500"), each with
    the words that follow it (what it counts there)."""
    out: dict[str, tuple[str, ...]] = {}
    for m in _NUMBER.finditer(text):
        value = parse_number([m.group(0)])
        if value is not None:
            after = _lower_words(text[m.end() : m.end() + 40])[:3]
            key = canonical(value)
            out[key] = out.get(key, ()) + tuple(after)
    return out


def at_least_ten(value: str) -> bool:
    """A figure of ten or more that is no year."""
    try:
        return abs(float(value)) >= 10 and not YEAR.match(value)
    except ValueError:
        return False


def stated(value: str, subject: str, other_text: str) -> bool:
    """A number of ten or more that the other version writes too: of the same thing
    ("128 seats" / "the 128-seat parliament"), or, when it is a figure too exact to
    recur by chance (three digits that are not trailing zeros: "586", "1,250"), of
    whatever it counts there ("215 complaints" / "215 employee complaints"). A round
    or small figure elsewhere ("20 people" / "20 miles") is another number."""
    there = _numbers(other_text).get(value) if at_least_ten(value) else None
    if there is None:
        return False
    if exact_figure(value):
        return True
    stem = _stem("".join(_lower_words(subject)))
    return bool(stem) and any(_stem(w) == stem for w in there)


def exact_figure(value: str) -> bool:
    """A figure too exact to recur by chance: ten or more, with three digits that are
    not trailing zeros ("586", "1,250" as "1250"; not "200" or "20").

    Examples:
        >>> exact_figure("586"), exact_figure("1250"), exact_figure("200"), exact_figure("20")
        (True, True, False, False)
    """
    return at_least_ten(value) and len(value.replace(".", "").rstrip("0")) >= 3


_AT_LEAST = ("more than", "over", "at least", "upward of", "upwards of")
_AT_MOST = ("fewer than", "less than", "under", "nearly", "almost", "up to")
_NEAR = ("about", "around", "some", "roughly", "approximately", "nearly")


def _within(exact: float, said: float, words: str) -> bool:
    """Whether an exact figure agrees with a rounded one ("more than 500": 586)."""
    return any(
        any(words.startswith(q + " ") for q in quals) and ok
        for quals, ok in (
            (_AT_LEAST, exact >= said),
            (_AT_MOST, exact <= said),
            (_NEAR, abs(exact - said) <= 0.1 * said),
        )
    )


def bounded(f: Fact, other_text: str) -> bool:
    """A rounded count ("more than 500 candidates") of a thing the other version
    counts exactly, within the bound ("586 candidates"): the same count said
    loosely."""
    stem = _stem("".join(_lower_words(f.subject)))
    try:
        said = float(f.value)
    except ValueError:
        return False
    if not stem or said < 10:
        return False
    words = " ".join(_lower_words(f.text))
    return any(
        any(_stem(w) == stem for w in after) and _within(float(value), said, words)
        for value, after in _numbers(other_text).items()
    )


def money(ent: Span) -> tuple[str, str] | None:
    """The value and currency of a money entity; the currency may stand just outside
    it (the parser leaves "$" out of "$0.79"). None for a size ("billion-dollar")."""
    currency = ""
    words: list[str] = []
    for tok in ent:
        low = tok.lower_
        if low in CURRENCIES:
            currency = currency or CURRENCIES[low]
        elif is_number_word(low) or low in ("a", "an"):
            words.append(low)
        elif low.startswith(("us$", "$", "€", "£", "¥")):
            sym = "us$" if low.startswith("us$") else low[0]
            currency = currency or CURRENCIES[sym]
            rest = low[len(sym) :]
            if rest:
                words.append(rest)
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    currency = currency or CURRENCIES.get(before, "") or CURRENCIES.get(after, "")
    value = parse_number(words) if words else None
    if value is None or all(w in SCALES for w in words):
        return None  # "billion-dollar": a size, not an amount
    return canonical(value), currency


SYMBOLS = frozenset("$ € £ ¥ ₩ ₽ ₹ us$".split())
"""Currency signs written before an amount, which the parser may leave outside it."""


def money_start(ent: Span) -> int:
    """Where a money entity's words begin in its doc, its sign included: the parser
    leaves "$" out of "$40" at times, and "40" alone would be shown as the amount."""
    if ent.start > 0:
        sign = ent.doc[ent.start - 1]
        if sign.lower_ in SYMBOLS and sign.idx + len(sign) == ent.start_char:
            return sign.idx
    return ent.start_char


def percent(ent: Span) -> str | None:
    """The value of a percentage entity ("12 per cent" -> "12")."""
    words = [t.lower_ for t in ent if is_number_word(t.lower_)]
    value = parse_number(words) if words else None
    return canonical(value) if value is not None else None
