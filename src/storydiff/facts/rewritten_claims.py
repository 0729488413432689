"""A removed and an added sentence that tell one statement with its meaning changed,
where the aligner left them apart: one claim update, not a claim removed and another
added. "Vardenne has offered to host the talks in its capital Lisk, a diplomat said." /
"Vardenne will host the talks in its capital Lisk, its foreign ministry said." is one
statement made sure.

The two must share at least ``CLAIM_REWRITE_SHARE`` of the shorter one's word stems
(and ``KEPT_MIN``), each say something the other does not (a clause cut or added is
the clause's claim), neither be its version's lead, tell one statement in their main
clauses (read through a verb of saying: ``predicates.Frame``; ``_one_statement``), not
say one verb of two things ("did not meet the March deadline" / "met the April
deadline": ``anchoring.other_object``), be each the other's partner sharing most, and
differ in a negation, a hedge or a verb turned into its opposite
(``claims.changes_meaning``; not in figures alone, which their updates show).
Rewordings that keep the meaning are ``claims.rewrites``'s to hide."""

from __future__ import annotations

from storydiff.config import KEPT_MIN
from storydiff.config.compare import CLAIM_REWRITE_SHARE
from storydiff.facts import anchoring
from storydiff.facts.anchoring import other_object
from storydiff.facts.claims import (
    HEDGES,
    changes_meaning,
    content_words,
    stem,
    undated,
    word_list,
)
from storydiff.facts.datelines import lead
from storydiff.facts.predicates import Frame
from storydiff.text.sentences import Sentence


def _stems(s: Sentence) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(undated(s.text)))


def meaning_pairs(
    old: list[Sentence],
    new: list[Sentence],
    removed: list[int],
    added: list[int],
    frames: tuple[dict[int, Frame], dict[int, Frame]],
) -> list[tuple[int, int, str]]:
    """Removed and added sentences (indices of ``old`` and ``new``) that tell one
    statement with its meaning changed, each with how ("certainty" when a hedge
    changed, else "polarity")."""
    a = {i: _stems(old[i]) for i in removed}
    b = {j: _stems(new[j]) for j in added}
    leads = (lead(old), lead(new))  # a rewritten lead is ``one_sided``'s to tell

    def shared(i: int, j: int) -> int:
        n = len(a[i] & b[j])
        enough = n >= max(KEPT_MIN, CLAIM_REWRITE_SHARE * min(len(a[i]), len(b[j])))
        cut = min(len(a[i] - b[j]), len(b[j] - a[i])) <= 1  # a clause cut or added
        ours = enough and not cut and i != leads[0] and j != leads[1]
        return n if ours and _one_statement(frames[0].get(i), frames[1].get(j)) else 0

    scores = {(i, j): shared(i, j) for i in removed for j in added}
    out = []
    for i in removed:
        j = max(added, key=lambda j: scores[i, j], default=-1)
        if j < 0 or not scores[i, j] or max(removed, key=lambda k: scores[k, j]) != i:
            continue  # each the other's partner sharing most
        before, after = old[i].text, new[j].text
        a_frame, b_frame = frames[0][i], frames[1][j]
        said = (told_verb(old[i], a_frame), told_verb(new[j], b_frame))
        one_verb = stance_of(a_frame)[0] == stance_of(b_frame)[0]
        if one_verb and other_object(word_list(before), word_list(after), *said):
            continue  # "did not meet the March deadline" / "met the April deadline"
        if changes_meaning(before, after, figures=False):
            hedges = [sorted(w for w in word_list(t) if w in HEDGES) for t in (before, after)]
            out.append((i, j, "certainty" if hedges[0] != hedges[1] else "polarity"))
    return out


def _one_statement(a: Frame | None, b: Frame | None) -> bool:
    """Whether two main clauses (read through a verb of saying) tell one statement: a
    verb in common, with one doer or one thing done to ("has offered to host the
    talks" / "will host the talks"). One doer or one thing alone is not enough: "will
    not pay the dockworkers" / "may fine the shipping firms", "will not recall the
    kettles" / "may stop selling kettles" are two statements."""
    if a is None or b is None or not a.verbs & b.verbs:
        return False
    return bool(a.agent and a.agent == b.agent) or bool(a.patient and a.patient == b.patient)


def verb_word(s: Sentence, frame: Frame) -> str:
    """The stem of the main verb as the sentence writes it ("met", not "meet")."""
    start, end = frame.verb_span
    return anchoring.stem(s.text[start - s.start : end - s.start].lower())


_REFUSING = frozenset({"decline", "refuse", "fail"})
"""Verbs that say the verb after them was not done ("declined to declare victory")."""


def stance_of(f: Frame) -> tuple[str, bool]:
    """A main clause's verb and whether it is negated, a refusal read as its verb
    negated ("declined to declare victory": declare, negated)."""
    rest = f.verbs - {f.verb}
    if f.verb in _REFUSING and len(rest) == 1:
        return next(iter(rest)), not f.negated
    return f.verb, f.negated


def told_verb(s: Sentence, frame: Frame) -> str:
    """The stem of the verb a main clause tells, as written: a refusal's verb after it
    ("failed to meet": meet), else the main verb ("met")."""
    verb, _ = stance_of(frame)
    return verb_word(s, frame) if verb == frame.verb else anchoring.stem(verb)
