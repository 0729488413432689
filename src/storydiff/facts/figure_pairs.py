"""A figure said anew in a sentence rewritten whole: "The varn slipped 1.2% against
the dollar in early trading." removed and "The varn rose 0.8% against the dollar after
the concession." added are one statement whose percentage changed, an update of
1.2% to 0.8%, not a percentage removed and another added.

The two sentences must be one rewritten from the other (``count_pairs.rewritten``),
and each the other's only such partner with a figure of the kind; so must the words
around the two figures (``FIGURE_CONTEXT_WORDS``: "Shares of Halvern rose 4.2%" is no
rewrite of "The broader index rose 0.3%", a clause split off). Once the values both
state are set aside ("…, after a 2% fall last week" said in both), each must hold
as many figures of the kind and unit left, each near words of one figure on the
other side only, or, with more on one side, the pairs each the other's nearest
(``nearest``).
Counts are paired by what they count (``count_pairs.document_counts``); this is for
percentages and sums of money, which name no thing counted. Dates are not paired so:
"will vote on the plan on May 8" -> "would first hold a public hearing on the plan on
May 2" dates another event, and an update would say the vote moved."""

from __future__ import annotations

import re
from collections import defaultdict

from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.claims import stem, words_around
from storydiff.facts.count_pairs import rewritten
from storydiff.facts.lexicon import MONTH_WORDS, WEEKDAYS
from storydiff.facts.model import Fact
from storydiff.facts.not_news import without_conversions
from storydiff.facts.value_pairs import figure_places, percent_of
from storydiff.text.sentences import Sentence

_KINDS = ("percent", "money")


Key = tuple[int, str, str]
"""A sentence, a kind of figure and its unit."""


def _figures(facts: list[Fact]) -> dict[Key, list[Fact]]:
    """The percentages and sums of money, by sentence, kind and unit."""
    out: dict[Key, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind in _KINDS and not (f.weak or f.measure):
            out[f.sentence, f.kind, f.subject].append(f)
    return out


def rewritten_figures(pending: Pending, out: Builder, v: Versions) -> None:
    """Each pair of sentences rewritten one from the other whose figures of a kind and
    unit changed, paired one to one (``_one_to_one``): updates (the module's
    docstring)."""
    old, new = _figures(pending.old), _figures(pending.new)
    of_old: dict[Key, list[Key]] = defaultdict(list)
    of_new: dict[Key, list[Key]] = defaultdict(list)
    for o_key in old:
        for n_key in new:
            if o_key[1:] == n_key[1:] and rewritten(
                v.old_sents[o_key[0]].text, v.new_sents[n_key[0]].text
            ):
                of_old[o_key].append(n_key)
                of_new[n_key].append(o_key)
    for o_key, found in of_old.items():
        partner = _partner(o_key, found, new, v.new_sents, v.old_sents)
        if (
            partner is None
            or _partner(partner, of_new[partner], old, v.old_sents, v.new_sents) != o_key
        ):
            continue  # each the other's partner
        n_key = partner
        both = _values(v.old.facts.get(o_key[0], []), o_key) & _values(
            v.new.facts.get(n_key[0], []), n_key
        )
        a, b = without_conversions(
            [f for f in old[o_key] if f.value not in both],
            [f for f in new[n_key] if f.value not in both],
            (v.old_text, v.new_text),
        )
        if a and b and _others(a[0], b[0], v):
            continue
        for x, y in _one_to_one(a, b, v):
            out.update(x.kind, x.subject, x, y)
            pending.old.remove(x)
            pending.new.remove(y)


def shares_of_one(pending: Pending, out: Builder, v: Versions) -> None:
    """A percentage of one thing the story gives once on each side, in sentences left
    apart ("with 91% of precincts reporting" in the old lead, "With 99 percent of
    precincts reporting, …" in the new second sentence), with a word near each other
    than the thing (``_told_alike``): an update, or nothing when the value is the
    same."""
    olds, news = _by_share(pending.old, v.old_sents), _by_share(pending.new, v.new_sents)
    for noun, found in olds.items():
        if len(found) != 1 or len(news.get(noun, [])) != 1:
            continue
        o, n = found[0], news[noun][0]
        if not _told_alike(o, n, v, noun):
            continue  # "Vasko had 50.3% of the vote" / "Halloran … won 47.9% of the vote"
        if o.value != n.value:
            out.update(o.kind, o.subject, o, n)
        pending.old.remove(o)
        pending.new.remove(n)


def moved_from(pending: Pending, out: Builder, v: Versions) -> None:
    """A figure the new version says it moved from ("Corvane has offered 4.5%." /
    "Corvane raised its offer to 5.5% from 4.5%"; "an unchanged dividend of 4.50
    crowns" / "4.00 crowns per share, down from 4.50 crowns"): the old figure updated
    to the one it moved to, which the old version does not say, not the old figure
    said again and a new one added; only when the old figure is the one of its value,
    a word near each is near the other (``_told_alike``) and no change tells the old
    one yet. An old figure the new version says again ("down from 4.50 crowns") moves
    only when it says it in that clause alone and the two are within ten times each
    other (``_near_in_size``: "31 cents a share, down from $161 million" is none)."""
    for n in list(pending.new):
        start = _from_figure(n, v.new_text)
        if start < 0:
            continue
        was = [g for g in v.new.facts.get(n.sentence, []) if g.start == start and g.kind == n.kind]
        every = [f for fs in v.old.facts.values() for f in fs if f.kind == n.kind]
        olds = [o for o in every if was and o.value == was[0].value and not o.weak]
        said = any(f.value == n.value for f in every)
        alike = len(olds) == 1 and _told_alike(olds[0], n, v)
        if alike and olds[0] not in pending.old:  # said again, in the "from" clause only
            alike = _said_once(was[0].text, v.new_text) and _near_in_size(olds[0], n)
        if alike and not said and not _shown(olds[0], out):
            out.update(n.kind, olds[0].subject or n.subject, olds[0], n)  # said again too:
            if olds[0] in pending.old:  # "4.00 crowns, down from 4.50 crowns"
                pending.old.remove(olds[0])
            pending.new.remove(n)


def _said_once(words: str, text: str) -> bool:
    """Whether ``text`` writes a figure's words once, as a figure of their own."""
    return len(figure_places(words, text)) == 1


def _near_in_size(a: Fact, b: Fact) -> bool:
    """Whether two figures are within ten times each other: one thing moved ("4.50
    crowns" / "4.00 crowns"), not "31 cents a share, down from $161 million"."""
    try:
        x, y = float(a.value), float(b.value)
    except ValueError:
        return False
    return x > 0 and y > 0 and max(x, y) <= 10 * min(x, y)


def _shown(f: Fact, out: Builder) -> bool:
    """Whether a change already tells the old fact ``f``."""
    return any(c.before == f.text and f.sentence in c.old_sentences for c in out.changes)


def _told_alike(o: Fact, n: Fact, v: Versions, noun: str = "") -> bool:
    """Whether two figures are said of one thing: a word near each (``words_around``,
    by stem), other than ``noun``, the one they are a share of, is near the other
    ("Corvane has offered 4.5%" / "Corvane raised its offer to 5.5%"; not "Consumer
    prices rose 4.5%")."""
    a = {stem(w) for w in words_around(o, v.old_sents)}
    b = {stem(w) for w in words_around(n, v.new_sents)}
    return bool((a & b) - {stem(noun)})


_FROM = re.compile(r"(?:\s+(?:per|a|an)\s+\w+)?,?\s+(?:(?:down|up)\s+)?from\s+")
"""What comes between the figure a move went to and the one it went from ("to 5.5%
from 4.5%", "4.00 crowns per share, down from 4.50 crowns")."""


def _from_figure(f: Fact, text: str) -> int:
    """Where the figure a move went from starts, right after "from" after ``f`` ("to
    5.5% from 4.5%", "4.00 crowns per share, down from 4.50 crowns"), or -1."""
    m = _FROM.match(text, f.end)
    return m.end() if m else -1


def _by_share(facts: list[Fact], sents: list[Sentence]) -> dict[str, list[Fact]]:
    """The percentages said as a share of a thing, by the thing."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        noun = percent_of(f, sents[f.sentence].text) if not f.weak else ""
        if noun:
            out[noun].append(f)
    return out


def _partner(
    key: Key,
    found: list[Key],
    figures: dict[Key, list[Fact]],
    sents: list[Sentence],
    own: list[Sentence],
) -> Key | None:
    """A sentence's only partner rewritten from it with figures of the kind, or of
    several that give the same figures (a headline that repeats its lead's "8.6 billion
    euros") the one sharing most words with it, the first of a tie; None when the
    partners give different figures."""
    values = {frozenset(f.value for f in figures[k]) for k in found}
    if len(values) != 1:
        return None
    mine = set(_WORD.findall(own[key[0]].text.lower()))
    return max(found, key=lambda k: len(mine & set(_WORD.findall(sents[k[0]].text.lower()))))


_WORD = re.compile(r"\w+")


def _one_to_one(a: list[Fact], b: list[Fact], v: Versions) -> list[tuple[Fact, Fact]]:
    """The figures left in two rewritten sentences, paired: as many on each side, and
    each sharing words around it (``claims.words_around``) with one figure of the other
    side only ("Marlow jumped 14% …, while Veltro was down 1.8%" -> "Marlow was up 24%
    …, while Veltro was down 3.5%"); none when any is shared or left alone. With more
    on one side, the pairs each the other's nearest by more shared words than any
    other (``nearest``): "Halvern shares rose 62 cents to $22.83 after adding 56 cents
    in the regular session" -> "Halvern shares rose 55 cents": 62 cents is 55 cents."""
    if not a or not b:
        return []
    near = [words_around(x, v.old_sents) for x in a], [words_around(y, v.new_sents) for y in b]
    if len(a) != len(b):
        return [(a[i], b[k]) for i, k in nearest(*near)]
    links = [[k for k, w in enumerate(near[1]) if w & u] for u in near[0]]
    if any(len(found) != 1 for found in links) or len({f[0] for f in links}) != len(a):
        return []
    return [(x, b[found[0]]) for x, found in zip(a, links, strict=True)]


def nearest(old: list[set[str]], new: list[set[str]]) -> list[tuple[int, int]]:
    """The (old, new) figures whose words around share more with each other than
    either's share with any other figure, and at least one."""
    shared = [[len(u & w) for w in new] for u in old]
    pairs = []
    for i, row in enumerate(shared):
        k = max(range(len(new)), key=row.__getitem__)
        column = [r[k] for r in shared]
        best = row[k]
        if best and row.count(best) == 1 and column.count(best) == 1 and max(column) == best:
            pairs.append((i, k))
    return pairs


def _values(facts: list[Fact], key: Key) -> set[str]:
    """The values of a sentence's figures of a kind and unit, matched or not."""
    return {f.value for f in facts if (f.kind, f.subject) == key[1:]}


_NAME_WORD = re.compile(r"\b[A-Z][\w&'’.-]*")
_NO_NAME = (
    frozenset(
        """the a an in on at as for but and after before since when while its their shares
    index inc corp co company group mr mrs ms dr chief executive president""".split()
    )
    | {w.lower() for w in MONTH_WORDS}
    | {w.lower() for w in WEEKDAYS}
)
"""Capitalised words that name nothing of their own before a figure: openers, a
company's or an index's kind, titles, months and weekdays."""


def _named(f: Fact, sents: list[Sentence]) -> set[str]:
    """The capitalised words before a figure in its sentence that may name whose figure
    it is ("The technology-laced Nasdaq Composite Index" -> nasdaq, composite)."""
    sent = sents[f.sentence]
    head = sent.text[: f.start - sent.start]
    words = {
        w.lower().rstrip(".").removesuffix("’s").removesuffix("'s")
        for w in _NAME_WORD.findall(head)
    }
    return words - _NO_NAME


def _others(o: Fact, n: Fact, v: Versions) -> bool:
    """Whether the two sentences give the figures of others: each names whose with two
    words or more before the figure, and no word meets ("The Nasdaq Composite Index
    climbed 1.2 percent" / "The Standard & Poor's 500 Index gained 1.42 percent").
    "Vessa Mining shares" / "Shares of Vessa Mining" are one company's; one word on a
    side is never enough ("H-P" / "Hewlett-Packard")."""
    a, b = _named(o, v.old_sents), _named(n, v.new_sents)
    return min(len(a), len(b)) >= 2 and not a & b
