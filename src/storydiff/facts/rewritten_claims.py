"""A removed and an added sentence that tell one statement with its meaning changed,
where the aligner left them apart: one claim update, not a claim removed and another
added. "The defect may be linked to a faulty locking pin supplied by an outside
manufacturer, the board said." / "Brightholm said the defect was caused by a faulty
locking pin made by an outside supplier, …" is one statement made sure.

The two must share at least ``CLAIM_REWRITE_SHARE`` of the shorter one's word stems
(and ``KEPT_MIN``), each say something the other does not (a clause cut or added is
the clause's claim), neither be its version's lead, have one doer or one thing done
to in their main clauses (read through a verb of saying: ``predicates.Frame``), not
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
        return n if ours and _one_party(frames[0].get(i), frames[1].get(j)) else 0

    scores = {(i, j): shared(i, j) for i in removed for j in added}
    out = []
    for i in removed:
        j = max(added, key=lambda j: scores[i, j], default=-1)
        if j < 0 or not scores[i, j] or max(removed, key=lambda k: scores[k, j]) != i:
            continue  # each the other's partner sharing most
        before, after = old[i].text, new[j].text
        a_frame, b_frame = frames[0][i], frames[1][j]
        said = (verb_word(old[i], a_frame), verb_word(new[j], b_frame))
        one_verb = a_frame.verb == b_frame.verb
        if one_verb and other_object(word_list(before), word_list(after), *said):
            continue  # "did not meet the March deadline" / "met the April deadline"
        if changes_meaning(before, after, figures=False):
            hedges = [sorted(w for w in word_list(t) if w in HEDGES) for t in (before, after)]
            out.append((i, j, "certainty" if hedges[0] != hedges[1] else "polarity"))
    return out


def _one_party(a: Frame | None, b: Frame | None) -> bool:
    """Whether two main clauses (read through a verb of saying) are of one doer or of
    one thing done to ("the defect may be linked" / "the defect was caused")."""
    if a is None or b is None:
        return False
    return bool(a.agent and a.agent == b.agent) or bool(a.patient and a.patient == b.patient)


def verb_word(s: Sentence, frame: Frame) -> str:
    """The stem of the main verb as the sentence writes it ("met", not "meet")."""
    start, end = frame.verb_span
    return anchoring.stem(s.text[start - s.start : end - s.start].lower())
