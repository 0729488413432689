"""Sentences and clauses one version has that say again what the other version tells
(``facts.claims``): no claim added or removed.

- ``restatements``: an added or removed sentence whose content is in one sentence of
  the other version, wherever the aligner put that one ("Flynn is cooperating with the
  special counsel's investigation after pleading guilty to a felony charge." /
  "Michael Flynn, who is now cooperating with the special counsel's investigation after
  pleading guilty to a felony charge, disclosed ..."), and a short one whose every word
  is there ("He had run it for 31 years." / "..., who had run the cinema for 31 years,
  said ...": two sentences merged into one).
- ``said_elsewhere``: a clause an edit added to a sentence, or cut from it, that one
  sentence of the other version says ("Vaccinations will begin on October 1. People do
  not need an appointment at pharmacies." / "...; no appointment is needed at
  pharmacies.").
- ``headline_known``: a rewritten headline whose every word the old version has, or a
  changed sentence of the new one: a headline sums up the story, and its news is
  reported where the story tells it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from storydiff.config import KEPT_MIN
from storydiff.config.compare import HEADLINE_NEW_WORDS, RESTATED_PARTNER_EXTRA, RESTATED_SHARE
from storydiff.diff.align import Alignment, Role
from storydiff.facts.anchoring import negated_stems, stems
from storydiff.facts.claims import (
    FUNCTION_WORDS,
    NEGATIONS,
    content_words,
    has_digit,
    stem,
    undated,
    word_list,
)
from storydiff.facts.datelines import lead
from storydiff.facts.lexicon import IRREGULAR_PASTS
from storydiff.facts.model import Change
from storydiff.facts.predicates import event_groups, events_told
from storydiff.facts.stance import UNKNOWING, hedges_changed, opposed, swapped
from storydiff.text.sentences import Sentence

_WORD = re.compile(r"[\w'’-]+")
_PIECE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def _said(text: str) -> frozenset[str]:
    """The stems of a sentence's lower-case content words: what it says, without its
    dateline and the names of who says it or of whom ("..., Deputy District Attorney
    Robert Himelblau said" is shared by every sentence he is cited in)."""
    words = [w for k, w in enumerate(_WORD.findall(undated(text))) if k == 0 or not w[0].isupper()]
    words = ["known" if w.lower() in UNKNOWING else w for w in words]  # "unclear": "not known"
    return frozenset(stem(w) for w in content_words(" ".join(words)))


def _every_word(text: str) -> set[str]:
    """The stems of all of a sentence's words but function words, names and figures
    included: what a short sentence says ("It was set in August 2019.")."""
    return {stem(w) for w in word_list(undated(text)) if w not in FUNCTION_WORDS}


_CLAUSE = re.compile(r"[,;:()“”\"«»—–]+")


def _passage(x: AbstractSet[str], t: str, reader: Callable[[str], AbstractSet[str]] = _said) -> str:
    """The shortest run of ``t``'s clauses (cut at commas, colons, brackets, dashes and
    quotation marks) that holds ``RESTATED_SHARE`` of ``x`` (as ``reader`` reads
    them): the part of ``t`` that says it, without the clauses around ("..., which
    would violate ...")."""
    clauses = [c for c in _CLAUSE.split(t) if c.strip()]
    held = [reader(c) & x for c in clauses]
    best, size = t, len(clauses) + 1
    for i in range(len(clauses)):
        got: set[str] = set()
        for j in range(i, min(len(clauses), i + size - 1)):
            got |= held[j]
            if len(got) >= RESTATED_SHARE * len(x):
                best, size = " ".join(clauses[i : j + 1]), j - i + 1
                break
    return best


def _close(x: AbstractSet[str], t: str) -> bool:
    """Whether every stem of ``x`` stands in one run of ``t``'s words at most twice as
    long as ``x`` and four words more ("…, who had run the cinema for 31 years, …" holds
    "He had run it for 31 years"): a short sentence merged into ``t``, not its words
    spread over another statement. Two pointers over the words: linear."""
    stems_t = [stem(w) for w in word_list(undated(t))]
    need, have, held, start = len(x), Counter[str](), 0, 0
    for end, w in enumerate(stems_t):
        if w in x:
            have[w] += 1
            held += have[w] == 1
        while held == need:
            if end - start + 1 <= 2 * need + 4:
                return True
            first = stems_t[start]
            if first in x:
                have[first] -= 1
                held -= have[first] == 0
            start += 1
    return False


def _says_again(s: str, x: AbstractSet[str], t: str, y: AbstractSet[str]) -> bool:
    """Whether sentence ``s`` (``x``: what it says, ``_said``) says nothing that ``t``
    (``y``) does not: most of what it says (``RESTATED_SHARE``) is in ``t``, or, when it
    says too little for that, every word of it is; and the clauses of ``t`` that say it
    (``_passage``) keep its polarity (no negation on one side only, no verb swapped for
    its opposite: ``facts.stance``), every figure of ``s`` and are as sure
    (``hedges_changed``), and ``t`` tells each news event
    ``s`` tells as done (``predicates.events_told``: "will meet to consider the offer"
    does not tell "approved the offer")."""
    if len(x) < KEPT_MIN:
        x, y = _every_word(s), _every_word(t)
        if len(x) < KEPT_MIN or not x <= y or not _close(x, t):
            return False
        passage = _passage(x, t, _every_word)
    elif len(x & y) < RESTATED_SHARE * len(x):
        return False
    else:
        passage = _passage(x, t)
    a, b = word_list(s), word_list(passage)
    return (
        not opposed(a, b)
        and {w for w in a if has_digit(w)} <= {w for w in b if has_digit(w)}
        and not hedges_changed(a, b)
        and events_told(a) <= event_groups(word_list(t))
    )


def turned_round(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    done: set[tuple[str, int]],
    notices: tuple[set[int], set[int]] = (set(), set()),
) -> list[tuple[int, int, str, str]]:
    """Sentences only one version has whose statement a sentence of the other version
    makes turned round: most of what they say outside quotation marks
    (``RESTATED_SHARE``) is in the clauses of that sentence that say it, with a
    negation on one side only ("Its fire alarm was working." / "The warehouse, whose
    fire alarm was not working, was used …"; two sentences merged, the other one
    edited, split or merged): (OLD index, NEW
    index, OLD words, NEW words), a claim update of polarity, not a claim added or
    removed. ``done``: sentences already accounted; ``notices``: each side's sentences
    of a correction notice ("She was 86, not 84"), and headline lines, which sum up,
    are none."""
    out: list[tuple[int, int, str, str]] = []
    sided = (Role.ADDED, Role.REMOVED)
    tops = (lead(old) or 0, lead(new) or 0)
    plain = ([_unquoted(s.text) for s in old], [_unquoted(s.text) for s in new])
    sides = (
        ("old", alignment.old_roles, alignment.new_roles, plain[0], plain[1], tops, notices),
        ("new", alignment.new_roles, alignment.old_roles, plain[1], plain[0], tops[::-1],
         notices[::-1]),
    )  # fmt: skip
    for side, roles, other_roles, own, other, (top, other_top), (skip, other_skip) in sides:
        for i, role in enumerate(roles):
            if role not in sided or (side, i) in done or i < top or i in skip:
                continue
            x = _said(own[i])
            if len(x) < KEPT_MIN:
                continue
            for k, t in enumerate(other):
                if other_roles[k] not in _REWRITTEN or k < other_top or k in other_skip:
                    continue  # a one-sided pair is ``facts.flipped``'s
                if len(x & _said(t)) < RESTATED_SHARE * len(x):
                    continue
                passage = " ".join(_passage(x, t).split())
                if _turned(word_list(own[i]), word_list(passage)):
                    text = " ".join(own[i].split())
                    out.append((i, k, text, passage) if side == "old" else (k, i, passage, text))
                    break
    return out


_REWRITTEN = (Role.EDITED, Role.SPLIT, Role.MERGED)
_QUOTATION = re.compile(r"[“\"][^“”\"]*[”\"]?")


def _unquoted(text: str) -> str:
    """A sentence without its quotations: a quote's own change tells what it says."""
    return _QUOTATION.sub(" ", text)


def _turned(a: list[str], b: list[str]) -> bool:
    """Whether two wordings of one statement say opposite things (``stance.opposed``)
    with the negation bearing on a word the other wording says ("was working" / "was
    not working"; not "It makes no sense" against words without "sense")."""
    if not opposed(a, b):
        return False
    if swapped(a, b):
        return True
    na, nb = negated_stems(a), negated_stems(b)
    return bool((na - nb) & stems(b)) or bool((nb - na) & stems(a))


def said_elsewhere(clause: str, others: list[Sentence]) -> bool:
    """Whether one of ``others`` says again what ``clause`` says (``_says_again``)."""
    x = _said(clause)
    return any(_says_again(clause, x, t.text, _said(t.text)) for t in others)


def clause_said(
    change: Change, old: list[Sentence], new: list[Sentence], told: Sequence[Change] = ()
) -> bool:
    """Whether ``change`` is a clause claim an edit added (or cut) that a sentence of
    the other version says (``said_elsewhere``: two sentences merged into one), or that
    a claim update ``told`` already shows (``turned_round``'s)."""
    if change.fact != "claim" or change.kind not in ("addition", "removal"):
        return False
    own = change.after if change.kind == "addition" else change.before
    mine = " ".join((own or "").split())
    for c in told:
        theirs = (c.after if change.kind == "addition" else c.before) or ""
        if c.fact == "claim" and c.kind == "update" and mine and (mine in theirs or theirs in mine):
            return True
    if change.kind == "addition":
        return said_elsewhere(change.after or "", old)
    return said_elsewhere(change.before or "", new)


def headline_known(headline: str, old_text: str, changed: list[Sentence]) -> bool:
    """Whether every word of a new ``headline`` (but function words) is in the old
    version or in one of the new version's ``changed`` sentences (their news is
    reported there), each figure and negation too, but ``HEADLINE_NEW_WORDS`` that
    name no news event (``predicates.event_groups``: "faces", not "arrested")."""
    known = {stem(IRREGULAR_PASTS.get(w, w)) for w in _PIECE.findall(old_text.casefold())}
    for s in changed:
        known |= {stem(w) for w in _PIECE.findall(s.text.casefold())}
    words = [w for w in _PIECE.findall(headline.casefold()) if w not in FUNCTION_WORDS | _LINKS]
    new = [w for w in words if stem(w) not in known]
    return (
        len(words) > len(new)
        and len(new) <= HEADLINE_NEW_WORDS
        and not any(has_digit(w) or w in NEGATIONS for w in new)
        and not event_groups(new)  # "… arrested on Monday": news the story has not told
    )


_LINKS = frozenset("after before over into past amid without ex new".split())
"""Words that link a headline's parts, not news of their own."""


def restatements(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    touched: tuple[set[int], set[int]],
) -> set[tuple[str, int]]:
    """Added and removed sentences whose facts did not change (``touched``) and that
    say again what one sentence of the other version says, wherever the aligner put
    that one (paired with another sentence, or left alone). The other version already
    tells it; an editor reads no news in it. When that one is one-sided too and says
    little more (``RESTATED_PARTNER_EXTRA``), neither is a claim."""
    out: set[tuple[str, int]] = set()
    sided = (Role.ADDED, Role.REMOVED)
    olds, news = ("old", alignment.old_roles, touched[0]), ("new", alignment.new_roles, touched[1])
    for side, roles, own, other, done, other_side in (
        ("new", alignment.new_roles, new, old, touched[1], olds),
        ("old", alignment.old_roles, old, new, touched[0], news),
    ):
        said: list[frozenset[str]] | None = None
        for i, role in enumerate(roles):
            if role not in sided or i in done:
                continue
            said = said if said is not None else [_said(t.text) for t in other]
            x = _said(own[i].text)
            for k, (t, y) in enumerate(zip(other, said, strict=True)):
                if _says_again(own[i].text, x, t.text, y):
                    out.add((side, i))
                    name, roles_of, kept = other_side
                    if (
                        roles_of[k] in sided
                        and k not in kept
                        and len(y - x) <= RESTATED_PARTNER_EXTRA
                    ):
                        out.add((name, k))  # it says little more: no claim either
                    break
    return out
