"""Claims: what a version asserts that the other does not, when no number, name, date
or quote says it.

- Sentences only one version has (added or removed, at least ``MIN_CLAIM_WORDS``
  words, not all quote, a correction notice or a wire's credit line) are a claim added
  or removed, one for each run of them in one paragraph: "The suspect was later
  released." is news even without a fact in it. When both leads were rewritten, the
  new lead is the claim and the old one is not also reported as removed (its changed
  numbers, names and dates are). Page furniture (a bracketed insert, a newsletter
  promo), advice to the reader ("you"), a sentence reworded with its meaning kept and
  one that says again what a sentence of the other version says are no claims
  (``facts.one_sided``, with ``rewrites`` here and ``facts.restated``); a sentence said
  again whose partner was rewritten whole is none either.
- An edited sentence whose edit flips a negation ("did not confirm" -> "confirmed"),
  changes how sure it is ("may" -> "will", "far more likely" -> "more likely",
  "suspected" -> "confirmed") or narrows a list of alternatives ("X or Y" -> "Y") is
  a claim update, with the changed words and a few around them
  (``facts.edit_claims.edited``), and so is one that puts a verb of another news event
  or an object of another group in the main clause ("was arrested" -> "was
  charged": ``facts.predicates``). Other edits with no fact change stay rewording.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storydiff.config import (
    FIGURE_CONTEXT_WORDS,
    KEPT_MIN,
    KEPT_SHARE,
    LEAD_SENTENCES,
    REWRITE_SHARE,
)
from storydiff.diff.align import Alignment, Role
from storydiff.facts.datelines import dateline_end
from storydiff.facts.extract import STAMP
from storydiff.facts.hedges import HEDGES as HEDGES
from storydiff.facts.model import Fact
from storydiff.facts.stance import NEGATIONS as NEGATIONS
from storydiff.facts.stance import hedges_changed as hedges_changed
from storydiff.facts.stance import negations as negations
from storydiff.facts.stance import opposed, swapped
from storydiff.text.sentences import Sentence

_WORD = re.compile(r"[\w'’-]+")
_QUOTES = '“”"«»„'


def word_list(text: str) -> list[str]:
    words = []
    for w in _WORD.findall(text.casefold().replace("’", "'")):
        if w.endswith("n't"):
            words += [w[:-3], "n't"]
        else:
            words.append(w)
    return words


def all_quote(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0] in _QUOTES and stripped.rstrip(".")[-1:] in _QUOTES


_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]?")
_READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def to_the_reader(text: str) -> bool:
    """Advice addressed to the reader outside any quote ("If you've been exposed, call
    your doctor."): a service box's words, not a claim about the story."""
    return bool(_READER & set(word_list(_QUOTED.sub(" ", text))))


def content_words(text: str) -> set[str]:
    """The words of four letters or more that are no function words, lower case."""
    return {w for w in word_list(text) if len(w) >= 4 and w not in FUNCTION_WORDS}


def embedded_boxes(roles: list[Role], sents: list[Sentence], role: Role) -> set[int]:
    """Sentences of a dated box of reader service set into the story (a news site's
    "Updated June 16" questions-and-answers panel): a run of sentences only one version
    has (``role``) that starts with its own "Updated <date>" stamp after the lead, ends
    where the story goes on, and speaks to the reader somewhere. The box is the site's,
    refreshed on its own schedule; its sentences are no change to the story."""
    out: set[int] = set()
    i = LEAD_SENTENCES
    while i < len(roles):
        if roles[i] is not role or not STAMP.search(sents[i].text):
            i += 1
            continue
        end = i
        while end < len(roles) and roles[end] is role:
            end += 1
        if end < len(roles) and any(to_the_reader(sents[k].text) for k in range(i, end)):
            out.update(range(i, end))
        i = end
    return out


def rewrites(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    touched: tuple[set[int], set[int]],
    linked: frozenset[tuple[int, int]] = frozenset(),
) -> set[tuple[str, int]]:
    """Added and removed sentences that are rewrites of each other: most of the
    shorter one's content words (``REWRITE_SHARE``) in the other, with the polarity
    kept ("supports" / "opposes" is news: ``facts.stance``); or a rewording that
    keeps the meaning, where no fact of either sentence changed (``touched``: the
    sentences other changes name; but for updates of figures that join the two alone,
    ``linked``, which show the change, the share then of the longer one: a clause of
    news added is no rewording), no negation, hedge (below the leads a lone "will"
    against a present tense is none) or number did, and a good part
    of the words' stems are shared (``KEPT_SHARE``, at least ``KEPT_MIN``): "The board
    also called for a senior executive to oversee the changes" / "including a
    suggestion that a senior executive be tasked with making sure they are made"."""
    removed = [
        (i, content_words(undated(old[i].text)))
        for i, r in enumerate(alignment.old_roles)
        if r is Role.REMOVED
    ]
    added = [
        (j, content_words(undated(new[j].text)))
        for j, r in enumerate(alignment.new_roles)
        if r is Role.ADDED
    ]
    out: set[tuple[str, int]] = set()
    for i, a in removed:
        for j, b in added:
            small = min(len(a), len(b))
            if (
                small >= 3
                and len(a & b) >= REWRITE_SHARE * small
                and not opposed(word_list(old[i].text), word_list(new[j].text))
            ):
                out.update({("old", i), ("new", j)})
    stems = {j: {stem(w) for w in b} for j, b in added}
    for i, a in removed:
        if ("old", i) in out:
            continue
        x = {stem(w) for w in a}
        for j, _ in added:
            y = stems[j]
            shared = len(x & y)
            joined = (i, j) in linked  # only their figures' updates join them
            if (
                ("new", j) not in out
                and (joined or (i not in touched[0] and j not in touched[1]))
                and shared >= max(KEPT_MIN, KEPT_SHARE * (max if joined else min)(len(x), len(y)))
                and not changes_meaning(old[i].text, new[j].text, not joined, tense=i > 0 < j)
            ):
                out.update({("old", i), ("new", j)})
                break
    return out


def undated(text: str) -> str:
    """A sentence without its dateline: "MARLOW, Norland — " opens every lead of a wire
    story, whatever the lead says."""
    return text[dateline_end(text) :]


_STEM = 5
"""Letters of a word that stand for it when rewording changes its form."""
_ENDINGS = ("'s", "ings", "ing", "ions", "ion", "ed", "es", "e", "s", "ly")


def stem(word: str) -> str:
    """A word without a common ending, cut to ``_STEM`` letters ("voting", "vote" ->
    "vot"; "elections", "election" -> "elect")."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    return word[:_STEM]


def changes_meaning(old: str, new: str, figures: bool = True, tense: bool = False) -> bool:
    """Whether a rewritten passage (a quote's words) flips a negation or a verb into
    its opposite, changes how sure it is or changes a number (in figures or words;
    not with ``figures`` off, for figures an update already shows). With ``tense``, a
    hedge counts as ``hedges_changed`` reads it: a lone "will" against a present tense
    says the time, not how sure ("The redesign also removes about 900 stops" / "About
    900 stops will be removed under the redesign")."""
    a, b = word_list(old), word_list(new)
    sure = not hedges_changed(a, b) if tense else _same(a, b, HEDGES.__contains__)
    kinds = (NEGATIONS.__contains__, *((_figure,) if figures else ()))
    return swapped(a, b) or not sure or any(not _same(a, b, keep) for keep in kinds)


def _same(a: list[str], b: list[str], keep: Callable[[str], bool]) -> bool:
    return sorted(w for w in a if keep(w)) == sorted(w for w in b if keep(w))


_FIGURE_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "twice thrice half".split()
)
"""Number words a changed passage may count with ("failed before" -> "failed before,
twice"); not "one", which is most often a pronoun."""


def _figure(word: str) -> bool:
    return has_digit(word) or word in _FIGURE_WORDS


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


FUNCTION_WORDS = frozenset(
    "a an the of to in on at for and or but by with from as is was are were be been it "
    "its that this these those there their they he she we i you".split()
)


def same_content(old: str, new: str) -> bool:
    """Whether two wordings differ only in function words and word forms ("the test"
    -> "the tests"), with no change of meaning a word could carry."""
    if changes_meaning(old, new):
        return False
    a = {w for w in word_list(old) if w not in FUNCTION_WORDS}
    b = {w for w in word_list(new) if w not in FUNCTION_WORDS}
    return all(
        any(w[:4] == v[:4] for v in other) for side, other in ((a - b, b), (b - a, a)) for w in side
    )


def words_around(f: Fact, sents: list[Sentence]) -> set[str]:
    """The content words near a figure in its sentence: up to ``FIGURE_CONTEXT_WORDS``
    before it but the word right before (the verb of a change: "rose", "slipped"), and
    half as many after it."""
    sent = sents[f.sentence]
    before = sent.text[: f.start - sent.start].split()[-FIGURE_CONTEXT_WORDS:-1]
    after = sent.text[f.end - sent.start :].split()[: FIGURE_CONTEXT_WORDS // 2]
    return content_words(" ".join(before + after))
