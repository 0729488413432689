"""Pairing the figures and dates of one link: the same thing said again, said anew
(an update), or two things (each waits for the document round, ``facts.builder.Pending``).
"""

from __future__ import annotations

import re

from storydiff.facts import units
from storydiff.facts.builder import Builder, Pending
from storydiff.facts.currencies import bare_dollar
from storydiff.facts.fractions import same_share, share_of
from storydiff.facts.groups import contrasted
from storydiff.facts.lexicon import MONTH_WORDS, WEEKDAYS
from storydiff.facts.model import Fact
from storydiff.facts.names import norm
from storydiff.facts.numbers import figure_ends, written
from storydiff.facts.ordinals import one_place, ordinal
from storydiff.facts.ratios import (
    fraction_said_as_percent,
    points_said_as_basis,
    ratio_said_as_percent,
)
from storydiff.facts.rounding import crossed, near_words, rounded_elsewhere
from storydiff.facts.spellings import from_to
from storydiff.facts.tolls import one_toll, other_tolls, same_toll
from storydiff.facts.weekdays import RELATIVE


def match_values(
    olds: list[Fact],
    news: list[Fact],
    out: Builder,
    pending: Pending,
    texts: tuple[str, str] = ("", ""),
) -> int:
    """Pair numeric or date facts of one link (``texts``: its OLD and NEW words);
    returns how many changes it made."""
    made = 0
    olds, news = sorted(olds, key=_in_order), sorted(news, key=_in_order)  # as written
    read = ({f.value for f in olds}, {f.value for f in news})
    _moves_stated(olds, news, texts)
    units.drop_converted(olds, news, texts)
    for o in list(olds):  # same thing, same value (or a date said more exactly): nothing
        n = next((n for n in news if _said_again(o, n, texts)), None)
        if n is not None:
            if o.value == n.value and crossed(o.text, n.text):
                out.update(o.kind, o.subject, o, n)  # "nearly 100" -> "more than 100"
                made += 1
            olds.remove(o)
            news.remove(n)
    for o in list(olds):  # same thing, new value: an update
        fits = [
            n
            for n in news
            if o.kind == n.kind
            and (o.subject == n.subject or _one_toll(o, n, texts) or _one_place(o, n, texts))
            and not (o.weak and n.weak)
            and (not (o.weak or n.weak) or _weak_pair(o, n))
            and not _both_written(o, n, texts, read)
            and comparable(o, n)
            and not _shares_of_two(o, n, texts)
            and not other_tolls((o.text, texts[0]), (n.text, texts[1]))  # killed / missing
        ]
        if fits:
            fits.sort(key=lambda n: percent_of(o, texts[0]) != percent_of(n, texts[1]))
            n = same_toll(o, fits, texts) or _closest(o, fits, texts)  # "three of whom died"
            out.update(o.kind, o.subject, o, n)
            olds.remove(o)
            news.remove(n)
            made += 1
    strong_o = [f for f in olds if not f.weak]
    strong_n = [f for f in news if not f.weak]
    points_said_as_basis(strong_o, strong_n, texts)  # before a lone percentage pairs
    for kind in ("quantity", "money", "percent", "date"):
        ko = [f for f in strong_o if f.kind == kind]
        kn = [f for f in strong_n if f.kind == kind]
        if (
            len(ko) == len(kn) == 1
            and (kind != "quantity" or not ko[0].subject or not kn[0].subject)
            and comparable(ko[0], kn[0])  # "December" / "Monday": two dates, each waits
        ):
            o, n = ko[0], kn[0]
            other_money = kind == "money" and "" != o.subject != n.subject != ""
            if other_money or (
                o.value != n.value and not finer(o, n) and not _both_written(o, n, texts, read)
            ):  # "19.5 million" -> "19.5 million units" is no change; "85 million kronor"
                # -> "$85 million" is: another currency
                out.update(o.kind, o.subject or n.subject, o, n)
                made += 1
            strong_o.remove(o)
            strong_n.remove(n)
    made += _other_units(strong_o, strong_n, out)
    made += ratio_said_as_percent(strong_o, strong_n, out.update, texts)
    fraction_said_as_percent(strong_o, strong_n, texts)
    pending.old += strong_o
    pending.new += strong_n
    return made


def _said_again(o: Fact, n: Fact, texts: tuple[str, str]) -> bool:
    """Whether two facts of a link are one thing said again: of one thing (or one
    toll: "28 passengers" / "28 people" killed) and of one value, a date said more
    exactly, one share ("two-thirds" / "about 67%") or one figure rounded ("39.6%" /
    "nearly 40%")."""
    return (
        o.kind == n.kind
        and (
            o.subject == n.subject
            or bare_dollar(o.text, o.subject, n.text, n.subject)
            or _one_toll(o, n, texts)
            or _one_place(o, n, texts)
        )
        and (
            (o.value == n.value and "fraction" not in (o.detail, n.detail))
            or finer(o, n)
            or same_share(o, n, texts)
            or _rounded(o, n, texts)
        )
    )


def _closest(o: Fact, fits: list[Fact], texts: tuple[str, str]) -> Fact:
    """Of the facts ``o`` may be updated to, the one among most of the same words on
    either side ("32 in neighboring Durrin province" / "58 in Durrin province", not a
    "6.8" said of the magnitude before it), the first written of a tie."""
    at = _where(o.text, texts[0])
    mine = near_words(texts[0], at, at + len(o.text))

    def shared(n: Fact) -> int:
        k = _where(n.text, texts[1])
        theirs = near_words(texts[1], k, k + len(n.text))
        return len(mine[0] & theirs[0]) + len(mine[1] & theirs[1])

    return max(fits, key=shared)  # max keeps the first of a tie


def _where(words: str, text: str) -> int:
    """Where a fact's words stand in ``text`` as a figure of their own (not "12" inside
    "2012" or "4:12"), else -1."""
    found = figure_places(words, text)
    return found[0] if found else -1


def figure_places(words: str, text: str) -> list[int]:
    """Where a fact's words stand in ``text`` as a figure of their own (not "12" inside
    "2012" or "4:12")."""
    return [
        m.start() for m in re.finditer(rf"(?<![\w.:,-]){re.escape(words)}(?![\w]|[.:,]\d)", text)
    ]


_IN_PLACE = re.compile(r"\s+(?:[a-z]+\s+)?in\s+([A-Z][\w'’-]+)")


def _one_place(o: Fact, n: Fact, texts: tuple[str, str]) -> bool:
    """Two counts of one place where one names no noun ("eight in Dunmore" / "12 dead
    in Dunmore", a toll told by place)."""
    if o.kind != "quantity" or n.kind != "quantity" or (o.subject and n.subject):
        return False
    a, b = _where(o.text, texts[0]), _where(n.text, texts[1])
    x = _IN_PLACE.match(texts[0], a + len(o.text)) if a >= 0 else None
    y = _IN_PLACE.match(texts[1], b + len(n.text)) if b >= 0 else None
    same = x is not None and y is not None and x.group(1) == y.group(1)
    said = x.group(1).lower() if x is not None else ""
    return same and said not in MONTH_WORDS and said not in WEEKDAYS  # not "in May"


def _one_toll(o: Fact, n: Fact, texts: tuple[str, str]) -> bool:
    """Two counts of one toll by whatever noun ("six of them in serious condition" /
    "three others were in critical condition"), unless of two groups news tells apart
    ("Five soldiers were killed" / "Five civilians were killed")."""
    return not contrasted(o.subject, n.subject) and one_toll((o.text, texts[0]), (n.text, texts[1]))


def _rounded(o: Fact, n: Fact, texts: tuple[str, str]) -> bool:
    """Whether one of two percentages rounds the other, said of one thing
    (``rounding.rounded_elsewhere``, reading the other's figure where it stands)."""
    a, b = texts[0].find(o.text), texts[1].find(n.text)
    return a >= 0 <= b and (
        rounded_elsewhere(o, texts[0], texts[1], a, b)
        or rounded_elsewhere(n, texts[1], texts[0], b, a)
    )


def percent_of(f: Fact, text: str) -> str:
    """What a percentage is a share of, as its sentence (``text``) says it right after
    it ("91% of precincts", "50.3% of the vote": ``fractions.share_of``); "" for
    another fact or none said."""
    return share_of(f, text) if f.kind == "percent" else ""


def _shares_of_two(o: Fact, n: Fact, texts: tuple[str, str]) -> bool:
    """Two percentages each said as a share of another thing ("50.3% of the vote" /
    "99 percent of precincts"): no update of one, whatever their order."""
    a, b = percent_of(o, texts[0]), percent_of(n, texts[1])
    return "" != a != b != ""


def _in_order(f: Fact) -> tuple[int, int]:
    """Where a fact is written: facts pair in the order the sentences write them ("a
    lead of 4.3 percentage points over … 29.8%" -> "7.3 percentage points over …
    28.1%"), whichever reader found them."""
    return f.sentence, f.start


def _moves_stated(olds: list[Fact], news: list[Fact], texts: tuple[str, str]) -> None:
    """A move of amounts or percentages on one side whose two figures the other side
    states as the same move ("climbed from $310.2 million to $318.7 million" / "rose
    to $318.7 million from $310.2 million") is no change: all of them leave ``olds``
    and ``news``. The move reversed, or a range ("between … and …"), is no such."""
    for one, other, text in ((olds, news, texts[1]), (news, olds, texts[0])):
        for f in list(one):
            ends = figure_ends(f.value) if f.kind in ("money", "percent") else []
            if " to " not in f.value or len(set(ends)) != 2:
                continue
            same = [g for g in other if (g.kind, g.subject) == (f.kind, f.subject)]
            start = next((g for g in same if g.value == ends[0]), None)
            end = next((g for g in same if g.value == ends[1]), None)
            if start is None or end is None:
                continue
            if from_to(start, end, text):
                one.remove(f)
                other.remove(start)
                other.remove(end)


def _other_units(olds: list[Fact], news: list[Fact], out: Builder) -> int:
    """The same figure in another unit is an update ("15 times" -> "15 percent"); the
    unit only dropped or said otherwise ("23 people" -> "23") is nothing. Pairs found
    leave ``olds`` and ``news``; returns how many changes it made."""
    made = 0
    for o in list(olds):
        for n in news:
            if one_place(o, n):  # "after 61 minutes" / "in the 61st minute"
                olds.remove(o)
                news.remove(n)
                break
            if ordinal(o) != ordinal(n):
                continue  # "the third time" / "three workers": two things
            if o.value == n.value and other_things(o, n):
                continue  # where each stands decides (``count_pairs.pair_link``)
            if o.value == n.value and (o.kind, o.subject) != (n.kind, n.subject):
                if not one_unit(o, n):
                    out.update(n.kind, n.subject or o.subject, o, n)
                    made += 1
                olds.remove(o)
                news.remove(n)
                break
    return made


def _grain(value: str) -> set[str]:
    """What a date's value says: a weekday, a month, a day of the month, a year, a
    clock time."""
    words = value.replace(",", " ").split()
    out = set()
    for w in words:
        if w in WEEKDAYS:
            out.add("weekday")
        elif w.rstrip(".") in MONTH_WORDS:
            out.add("month")
        elif w.isdigit():
            out.add("year" if len(w) == 4 else "day")
        elif w in ("a.m.", "p.m.", "noon", "midnight"):
            out.add("clock")
    return out


def comparable(o: Fact, n: Fact) -> bool:
    """Whether two facts can be one fact said anew: an ordinal and a count never ("six
    of the jets" / "the first jets": a place in an order is no count); two dates only
    when they say something alike ("Monday" -> "Tuesday", "Dec. 5" -> "Dec. 6"; a month
    and a weekday, "since December" / "released on Monday", are two dates); other
    facts always."""
    if (o.detail == "ordinal") != (n.detail == "ordinal"):
        return False
    if o.kind != "date" or n.kind != "date":
        return True
    a, b = _grain(o.value), _grain(n.value)
    return not a or not b or bool(a & b)


def _both_written(
    o: Fact, n: Fact, texts: tuple[str, str], read: tuple[set[str], set[str]]
) -> bool:
    """Whether each version's sentences write the other's figure too, where the facts
    read (``read``: the values of each side's facts) missed it ("Rell, 29, ... Dan, 27"
    / "Rell, 29; ... Dan, 27"): "27" -> "29" would pair two figures that are both
    still there. Two figures read on both sides that swapped places ("killed 7 and
    injured 12" -> "killed 12 and injured 7") are changes."""
    missed_old = written(n.value, texts[0]) and n.value not in read[0]
    return missed_old and written(o.value, texts[1]) and o.value not in read[1]


def other_things(o: Fact, n: Fact) -> bool:
    """Whether two counts are of different things ("200 interviews" / "200 witnesses"):
    the link round leaves the same figure of them waiting, and ``count_pairs.pair_link``
    reads it as an update only where the count kept its place and the two are groups
    news tells apart ("Five soldiers were killed" -> "Five civilians were killed":
    ``groups.contrasted``), else as the sentence's edit. A figure that changed
    kind ("15 times" -> "15 percent") or a measure's unit is not this."""
    counts = all(f.kind == "quantity" and f.subject and not f.measure for f in (o, n))
    return counts and o.subject != n.subject


def one_unit(o: Fact, n: Fact) -> bool:
    """Whether the same figure is of one thing though its facts differ in kind or
    noun: the noun left out on one side ("killing 23 people" -> "killing 23", "51.2
    percent" -> "51.2"), or one side's noun among the other's words ("a 25 basis point
    cut" -> "a 25-basis-point cut", "the 25-to-54-year-old audience"), or a body's
    size said in a hyphenated modifier ("101 seats" / "the 101-member parliament", "five
    runners" / "a five-man team").
    "15 times" -> "15 percent" is another unit, and so is "a 4-storey building" /
    "4 people"."""
    if any(f.kind == "quantity" and not f.subject for f in (o, n)):
        return True  # a bare number: the noun left out
    sized = [f for f in (o, n) if f.kind == "quantity" and _MODIFIER.search(f.text)]
    if sized and {o.subject, n.subject} <= _SEATS:
        return True  # "won 54 of the 101 seats" / "the 101-member parliament"
    crew = [f for f in (o, n) if f.kind == "quantity" and _CREW.search(f.text)]
    if len(crew) == 1 and not (n if crew[0] is o else o).measure:
        return True  # "five runners" / "a five-man team": a group's size in people
    return any(
        w.startswith(_unit_stem(f.subject))
        for f, g in ((o, n), (n, o))
        if f.subject
        for w in _words(g.text)
    )


_MODIFIER = re.compile(r"\d-[A-Za-z]")
"""A figure in a hyphenated modifier ("the 101-member parliament")."""
_SEATS = frozenset({"seat", "member"})
"""What a body's size counts either way ("101 seats" / "the 101-member parliament")."""
_CREW = re.compile(r"\w-(?:man|woman|person|strong)$", re.I)
"""A group's size in people said in a modifier ("a five-man team", "a 300-strong
crowd"): the same figure as a count of its people ("five runners")."""


def _unit_stem(subject: str) -> str:
    """A unit's first word's first five letters ("basis point" -> "basis")."""
    return subject.split()[0][:5] if subject.split() else ""


def _words(text: str) -> list[str]:
    """The words of a fact's text without figures, a hyphenated modifier's split
    ("6.1-magnitude": "magnitude")."""
    words = norm(text).replace("-", " ").split()
    return [w for w in words if not any(c.isdigit() for c in w)]


def _modifiers(f: Fact) -> set[str]:
    words = norm(f.text).split()
    return {w for w in words[:-1] if not any(c.isdigit() for c in w) and w not in _COUNTING}


_COUNTING = {
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "more", "than", "at", "least", "about", "some", "over", "nearly",
    "half", "quarter", "full", "single", "just", "only",
}  # fmt: skip
"""Words that count or say how much, not what is counted ("half a percentage point",
"a full percentage point", "a single missile")."""


def _weak_pair(o: Fact, n: Fact) -> bool:
    """Whether a weak fact and a strong one may be one thing updated: an article's count
    and a number, not a measurement (``same_kind_of``); a day that only dates the
    telling and a day the telling is dated by the version's own ("said on Monday" /
    "said yesterday"), never the news's day ("said Tuesday the harbour would reopen" /
    "will reopen on Friday")."""
    strong, weak = (n, o) if o.weak else (o, n)
    if o.kind != "date":  # a measure is no count of one ("a 6.1-magnitude earthquake")
        unit = units.unit_of(weak.subject) is not None and weak.subject == strong.subject
        return (unit or not strong.measure) and same_kind_of(o, n)  # "a mile" / "two miles"
    return strong.text.lower() in RELATIVE


def same_kind_of(o: Fact, n: Fact) -> bool:
    """An article's count of one against a number: the same thing only when what the
    words say of it agrees ("a ballistic missile" -> "two ballistic missiles", "a
    missile" -> "two ballistic missiles"; not "a pro-business candidate" -> "three
    conservative candidates")."""
    a, b = _modifiers(o), _modifiers(n)
    return a <= b or b <= a


def finer(o: Fact, n: Fact) -> bool:
    """The same date said more or less exactly ("Oct. 28" -> "Oct. 28, 2016")."""
    if o.kind != "date":
        return False
    a, b = set(o.value.split()), set(n.value.split())
    return a <= b or b <= a
