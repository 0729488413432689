"""Claims of the sentences only one version has (``one_sided``): a claim added or
removed for each run of them in one paragraph, or one claim updated for a removed and
an added sentence that tell one statement (``facts.resolved``, ``facts.flipped``);
none for a sentence reworded with its meaning kept or said again
(``claims.rewrites``, ``claims.restatements``), nor for the old lead a rewritten new
lead stands for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from storydiff.config import LEAD_SENTENCES, MIN_CLAIM_WORDS
from storydiff.diff.align import Alignment, Role
from storydiff.facts.claims import (
    NEGATIONS,
    all_quote,
    rewrites,
    to_the_reader,
    word_list,
)
from storydiff.facts.datelines import lead
from storydiff.facts.extract import CORRECTION, TAGLINE
from storydiff.facts.marks import line_of, same_paragraph
from storydiff.facts.model import Change, claim_update
from storydiff.facts.restated import headline_known, restatements, turned_round
from storydiff.text.furniture import is_promotion
from storydiff.text.sentences import Sentence


def _lead_rewritten(alignment: Alignment, old: list[Sentence]) -> list[int]:
    """OLD's first sentences a rewritten lead stands for (both versions' first
    ``LEAD_SENTENCES`` have sentences the other lacks): its changed facts are reported
    on their own, not as removed claims. The lines up to the lead (a headline, a cut
    dateline) and the lead; a sentence below a kept lead is a claim of its own."""
    gone = (Role.ADDED, Role.REMOVED)
    window = range(min(LEAD_SENTENCES, len(alignment.old_roles)))
    if not any(alignment.old_roles[k] in gone for k in window) or not any(
        r in gone for r in alignment.new_roles[:LEAD_SENTENCES]
    ):
        return []
    i = lead(old)
    if i is None or alignment.old_roles[i] in gone:
        return list(window)
    return [k for k in window if k <= i]


def _headlines_known(alignment: Alignment, new: list[Sentence], old_text: str) -> list[int]:
    """NEW's added lines before its lead (a rewritten headline) that say nothing the
    old version or a changed sentence below does not (``restated.headline_known``)."""
    top = lead(new)
    if top is None or not old_text:
        return []
    roles = alignment.new_roles
    heads = [j for j in range(top) if roles[j] is Role.ADDED]
    below = [s for j, s in enumerate(new) if j >= top and roles[j] not in _KEPT]
    return [j for j in heads if headline_known(new[j].text, old_text, below)]


_KEPT = (Role.UNCHANGED, Role.MOVED)


Resolve = Callable[[list[int], list[int]], list[tuple[int, int, str]]]
"""Pairs of a removed and an added sentence that tell one claim updated, with how
(``facts.resolved.pairs``: "resolved"; ``facts.flipped.pairs``: "polarity"), from the
removed sentences that are claims and every added one."""


def one_sided(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    touched: tuple[set[int], set[int]] = (set(), set()),
    covered: tuple[set[int], set[int]] = (set(), set()),
    texts: tuple[str, str] = ("", ""),
    resolve: Resolve | None = None,
    linked: frozenset[tuple[int, int]] = frozenset(),
) -> list[Change]:
    """Added and removed sentences as claims, one claim for each run of them in one
    paragraph (of ``texts``, OLD's and NEW's). ``touched``: the OLD and NEW sentences
    whose facts other changes report; ``covered``: sentences another change tells in
    full (a new or dropped quote). A removed sentence and the added one ``resolve``
    pairs with it are one claim update instead; ``linked``: a removed and an added
    sentence that only figures' updates join (``figures_only``), which may reword each
    other (``claims.rewrites``), unless one is its version's lead."""
    out: list[Change] = []
    added = [j for j, role in enumerate(alignment.new_roles) if role is Role.ADDED]
    removed = _claimed(alignment.old_roles, old, ("old", set(), covered[0]), texts[0])
    paired = resolve(removed, added) if resolve else []  # before rewording hides them
    out += [claim_update(old[i].text, new[j].text, i, j, how) for i, j, how in paired]
    leads = (lead(old), lead(new))  # a lead rewritten tells what the story now is
    linked = frozenset((i, j) for i, j in linked if i != leads[0] and j != leads[1])
    rewritten = rewrites(alignment, old, new, touched, linked)
    rewritten |= restatements(alignment, old, new, touched)
    rewritten |= {("old", i) for i, _, _ in paired} | {("new", j) for _, j, _ in paired}
    notices = (_notices(old, texts[0]), _notices(new, texts[1]))
    for i, j, before, after in turned_round(alignment, old, new, rewritten, notices):
        out.append(claim_update(before, after, i, j, "polarity"))  # said again, negated
        rewritten.update({("old", i), ("new", j)})
    # the new lead says what the story now is
    rewritten.update(("old", i) for i in _lead_rewritten(alignment, old))
    rewritten.update(("new", j) for j in _headlines_known(alignment, new, texts[0]))
    claimed = {
        "new": _claimed(alignment.new_roles, new, ("new", rewritten, covered[1]), texts[1]),
        "old": _claimed(alignment.old_roles, old, ("old", rewritten, covered[0]), texts[0]),
    }
    for sents, kind, text in ((new, "addition", texts[1]), (old, "removal", texts[0])):
        runs: list[list[int]] = []
        for i in claimed["new" if kind == "addition" else "old"]:
            if runs and runs[-1][-1] == i - 1 and same_paragraph(sents[i - 1], sents[i], text):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            told = " ".join(" ".join(sents[i].text.split()) for i in run)
            if kind == "addition":
                out.append(Change("addition", "claim", "", None, told, "", told, [], run))
            else:
                out.append(Change("removal", "claim", "", told, None, told, "", run, []))
    return out


_FIGURES = frozenset({"quantity", "money", "percent", "date"})


def figures_only(changes: list[Change]) -> frozenset[tuple[int, int]]:
    """The removed and added sentences (OLD's, NEW's) each of which the changes touch
    only by updates of figures that join the two ("At least six people were unaccounted
    for …" -> "Two people remained missing …"): one sentence rewritten, its figures
    updated, if its words say so (``claims.rewrites``)."""
    joined: dict[tuple[str, int], set[int]] = {}
    for c in changes:
        pair = c.kind == "update" and c.fact in _FIGURES
        pair = pair and len(c.old_sentences) == len(c.new_sentences) == 1
        for side, sents, other in (
            ("old", c.old_sentences, c.new_sentences),
            ("new", c.new_sentences, c.old_sentences),
        ):
            for k in sents:
                joined.setdefault((side, k), set()).add(other[0] if pair else -1)
    return frozenset(
        (i, next(iter(js)))
        for (side, i), js in joined.items()
        if side == "old"
        and len(js) == 1
        and -1 not in js
        and joined.get(("new", next(iter(js)))) == {i}
    )


_NOTICE_OPENS = re.compile(
    r"\W*(?:corrections?|clarifications?)\s*(?:\([^)]{1,30}\)\s*)?:"
    r"|\W*an earlier version of this (?:article|story|report|post|page|piece)",
    re.IGNORECASE,
)
"""A paragraph that opens so is a correction notice, however many sentences it has."""


def _claimed(
    roles: list[Role],
    sents: list[Sentence],
    skip: tuple[str, set[tuple[str, int]], set[int]],
    text: str = "",
) -> list[int]:
    """The added or removed sentences (``roles``) that may be claims: not in a
    correction notice's paragraph (as ``text`` breaks lines), not rewritten or restated
    (``skip``: the side, the rewritten sentences, the covered ones), a claim's text."""
    side, rewritten, covered = skip
    notices = _notices(sents, text)
    return [
        i
        for i, role in enumerate(roles)
        if role in (Role.ADDED, Role.REMOVED)
        and i not in notices
        and (side, i) not in rewritten
        and i not in covered
        and _claim_text(sents[i].text)
    ]


def _notices(sents: list[Sentence], text: str) -> set[int]:
    """The sentences of a correction notice's paragraph (as ``text`` breaks lines): a
    short paragraph that holds a notice, or one that opens with it."""
    para = line_of(sents, text)
    sizes, firsts = Counter(para), dict(reversed(list(zip(para, sents, strict=True))))
    held = {
        p
        for p, s in zip(para, sents, strict=True)
        if CORRECTION.search(s.text)
        and (sizes[p] <= 3 or (firsts[p] is s and _NOTICE_OPENS.match(s.text)))
    }
    return {i for i, p in enumerate(para) if p in held}


def _claim_text(text: str) -> bool:
    """Whether a sentence only one version has may tell a claim: not all quote, no
    correction notice, credit line, promotion or advice to the reader, and not too
    short unless it negates ("He was not charged.")."""
    text = " ".join(text.split())
    words = word_list(text)
    return not (
        all_quote(text)
        or CORRECTION.search(text)
        or TAGLINE.search(text)
        or is_promotion(text)
        or to_the_reader(text)
        or (len(words) < MIN_CLAIM_WORDS and not NEGATIONS & set(words))
    )
