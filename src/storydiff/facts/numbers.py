"""Numbers as people write them in news: "30,000", "4.2 million", "two", "a dozen"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from storydiff.facts.currencies import CURRENCIES, sign
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
    "k": 1_000, "tn": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "mln": 1_000_000, "bln": 1_000_000_000,
    "trln": 1_000_000_000_000,
}  # fmt: skip
COUNT_WORDS = {
    "dozen": 12, "dozens": 24, "half": 0.5, "couple": 2,
    # approximate counts ("hundreds of people", "thousands of leads"): the order of size
    "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    "scores": 20, "tens": 10,
}  # fmt: skip
GLUED_SCALE = re.compile(r"^([\d,.]*\d)(m|bn|mn|k|tn)$", re.IGNORECASE)
"""An amount with its scale glued on: "130m", "12.4bn"."""
_GLUED_SCALES = frozenset({"m", "bn", "mn", "k", "tn"})
WIRE_SCALES = frozenset({"mln", "bln", "trln"})
"""Scales a wire writes short after a space ("812 mln", "$4.2 bln")."""
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


def lower_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def count_stem(word: str) -> str:
    """The first letters by which two words count one thing ("people" and "person")."""
    return "pers" if word == "people" else word[:4]


@lru_cache(maxsize=32)
def numbers_written(text: str) -> dict[str, tuple[str, ...]]:
    """The numbers a text writes in digits, canonical ("1,500" -> "1500"), each with
    the words that follow it (what it counts there)."""
    out: dict[str, tuple[str, ...]] = {}
    for m in _NUMBER.finditer(text):
        value = parse_number([m.group(0)])
        if value is not None:
            after = lower_words(text[m.end() : m.end() + 40])[:3]
            key = canonical(value)
            out[key] = out.get(key, ()) + tuple(after)
    return out


_ENDS = re.compile(r" to | and |(?<=\d)-(?=\d)")


def figure_ends(value: str) -> list[str]:
    """The two figures of a move or range's value ("3.95 to 63.35", "5-7"), else []."""
    ends = _ENDS.split(value)
    return ends if len(ends) == 2 else []


def written(value: str, text: str) -> bool:
    """Whether ``text`` writes the number ``value`` (canonical) in digits."""
    return value in numbers_written(text)


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
    whatever it counts there ("215 complaints" / "215 employee complaints"), or when
    either names it as a line crossed ("more than 40,000 women" / "passing the 40,000
    mark"). A round or small figure elsewhere ("20 people" / "20 miles") is another
    number."""
    there = numbers_written(other_text).get(value) if at_least_ten(value) else None
    if there is None:
        return False
    if exact_figure(value):
        return True
    stem = count_stem("".join(lower_words(subject)))
    if subject in _MARKS or value in _marks(other_text):
        return True  # "passing the 40,000 mark": a count of whatever the sentence counts
    return bool(stem) and any(count_stem(w) == stem for w in there)


_MARKS = frozenset({"mark", "milestone", "threshold", "barrier"})
"""A figure named as a line crossed ("the 40,000 mark"): the count it stands for."""
_MARK = re.compile(r"\bthe\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:mark|milestone|threshold|barrier)\b")


@lru_cache(maxsize=32)
def _marks(text: str) -> frozenset[str]:
    """The figures a text names as lines crossed, canonical ("the 40,000 mark"); kept by
    text, as ``_numbers`` is: every one-sided count asks the same version."""
    return frozenset(canonical(float(m.group(1).replace(",", ""))) for m in _MARK.finditer(text))


def recent_year(word: str) -> bool:
    """A year of this century as copy writes one, four digits and no comma ("2020"),
    not the round "2000", which counts as often as it dates."""
    return word.isdigit() and 2001 <= int(word) <= 2039


def exact_figure(value: str) -> bool:
    """A figure too exact to recur by chance: ten or more, with three digits that are
    not trailing zeros ("586", "1,250" as "1250"; not "200" or "20").

    Examples:
        >>> exact_figure("586"), exact_figure("1250"), exact_figure("200"), exact_figure("20")
        (True, True, False, False)
    """
    return at_least_ten(value) and len(value.replace(".", "").rstrip("0")) >= 3


RANGE_JOINS = frozenset(("to", "and", "-", "–", "—"))
"""Words between the two ends of a range of amounts ("between $2 million and $3 million",
"$100 to $150", "$40-$50")."""
MOVES = frozenset(
    "from rose risen rise rises fell fallen fall falls gained gain gains lost lose loses "
    "dropped drop drops climbed climb climbs jumped jump jumps slipped slip slips spurted "
    "added add adds shed sheds sank sink soared soar tumbled plunged surged slid edged "
    "increased decreased raised lowered cut up down by".split()
)
"""Words before "X to Y" that make it a move, not a range: "rose $3.95 to $63.35" is a
rise of $3.95 to $63.35, "from $100 to $150" a change, "rose by $5 to $45" too."""


_GLUED_RANGE = re.compile(r"([$€£¥]?\d[\d.,]*%?)([-–])([$€£¥]?\d[\d.,]*%?)")


def _words(ent: Span) -> list[str]:
    """An entity's words in lower case, a range glued into one token ("40-$50") cut
    at its dash."""
    words: list[str] = []
    for tok in ent:
        glued = _GLUED_RANGE.fullmatch(tok.lower_)
        words += list(glued.groups()) if glued else [tok.lower_]
    return words


def _amount(words: list[str]) -> bool:
    """Whether ``words`` begin with an amount (a digit, or a currency sign and one):
    "$70-million" is one amount, "$40-$50" two."""
    rest = [w for w in words[:2] if w not in SYMBOLS and w not in CURRENCIES]  # "$" "150"
    signed = sign(rest[0], words[0]) if rest else None  # "c$3", "$us3", "$" "us3"
    return bool(rest) and (signed[1] if signed else rest[0])[:1].isdigit()


def _range_join(words: list[str]) -> int:
    """Where the word joining a range's two ends is in an entity's ``words`` ("to" in
    "$100 to $150"): after a figure and before an amount; -1 when there is none."""
    for i, low in enumerate(words):
        figure_before = any(_amount(words[j : j + 2]) or is_number_word(words[j]) for j in range(i))
        if low in RANGE_JOINS and figure_before and _amount(words[i + 1 :]):
            return i
    return -1


def money(ent: Span) -> tuple[str, str] | None:
    """The value and currency of a money entity; the currency may stand just outside
    it (the parser leaves "$" out of "$0.79"). None for a size ("billion-dollar"). A
    range is its two ends, "low-high" ("between $2 million and $3 million" is
    "2000000-3000000"; a scale said once is both ends': "$2 to $3 million"); a move
    and two amounts are both figures ("3 to 60", "100 and 150": ``separator``),
    never their sum."""
    currency = ""
    parts: list[list[str]] = [[]]
    words = _words(ent)
    at = _range_join(words)
    for i, low in enumerate(words):
        prev = words[i - 1] if i else ent.doc[ent.start - 1].lower_ if ent.start else ""
        signed = sign(low, prev)
        if signed is not None:  # "$12.4bn", "A$2.5", "$" "US1.06": the amount after it
            currency = signed[0] if signed[0] != "USD" or not currency else currency
            low = signed[1]
        glued = GLUED_SCALE.match(low)
        if i == at:
            parts.append([])  # the range's other end
        elif low in CURRENCIES:
            currency = currency or CURRENCIES[low]
        elif glued:
            parts[-1] += [glued.group(1), glued.group(2).lower()]  # "12.4bn"
        elif is_number_word(low):
            parts[-1].append(low)
        elif low in ("a", "an") and i + 1 < len(words) and words[i + 1] in SCALES:
            parts[-1].append(low)  # "a million dollars"; not "an estimated $48.2 million"
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in _GLUED_SCALES and not doc[ent.end - 1].whitespace_ and parts[-1]:
        parts[-1].append(after)  # "around €50m": the parser left the "m" out
    elif after in WIRE_SCALES and parts[-1] and not SCALES.keys() & set(parts[-1]):
        parts[-1].append(after)  # "$4.2 bln": the parser left the wire's scale out
    currency = currency or CURRENCIES.get(before, "") or CURRENCIES.get(after, "")
    ends = [p for p in parts if p]
    if len(ends) == 2 and not any(w in SCALES for w in ends[0]):
        ends[0] = ends[0] + [w for w in ends[1] if w in SCALES]  # "$2 to $3 million"
    values = [parse_number(end) for end in ends]
    if not values or None in values or all(w in SCALES for w in ends[0]):
        return None  # "billion-dollar": a size, not an amount
    sep = separator(words[at] if at >= 0 else "-", before, words[0], "money")
    return sep.join(canonical(v) for v in values if v is not None), currency


def separator(join: str, before: str, first: str, kind: str = "money") -> str:
    """How the two figures of "X <join> Y" are written in a value: "-" for a range
    ("$100 to $150", "between $100 and $150"), " to " for a move ("rose $3 to $60",
    "from $100 to $150"), " and " for two amounts ("$100 and $150"). Percentages move
    only "from" one "to" another: "rose 5 to 7 percent" is a range of the rise."""
    if join == "and":
        return "-" if "between" in (before, first) else " and "
    moves = MOVES if kind == "money" else {"from"}
    return " to " if join == "to" and moves & {before, first} else "-"


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
    """The value of a percentage entity ("12 per cent" -> "12"); a range is its two
    ends as ``money`` writes them ("5-7 percent", "5% to 7%": "5-7"), never their sum."""
    words = [w.rstrip("%") for w in _words(ent) if w != "%"]
    at = _range_join(words)
    parts = [words[:at], words[at + 1 :]] if at >= 0 else [words]
    parts = [[w for w in part if is_number_word(w)] for part in parts]
    values = [parse_number(end) for end in parts if end]
    if not values or None in values:
        return None
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    sep = separator(words[at] if at >= 0 else "-", before, words[0], "percent")
    return sep.join(canonical(v) for v in values if v is not None)
