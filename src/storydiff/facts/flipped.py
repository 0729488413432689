"""A statement turned round in a sentence rewritten whole: "Olvane did not address the
court." removed and "Olvane addressed the court briefly before he was sentenced, his
voice breaking." added tell one thing, first negated and then not: one claim update
(subject ``polarity``), as an edited sentence's negation flipped is, not a claim removed
and another added.

The two main clauses (``predicates.Frame``) must have the same verb, the same doer
(its head word), or none and the same thing done to ("Leonard Fisk has not been
charged." / "Leonard Fisk was charged in a separate indictment"), and the same thing
done to when both say one, not said of something
else on each side ("did not attend the March meeting" / "attended the April
meeting": ``anchoring.other_object``); one is negated ("did not", "never", or a
refusal, "declined to", "failed to": ``rewritten_claims.stance_of``) and the other
not."""

from __future__ import annotations

from collections.abc import Iterable

from storydiff.facts import resolved
from storydiff.facts.anchoring import other_object
from storydiff.facts.builder import Versions
from storydiff.facts.claims import word_list
from storydiff.facts.predicates import Frame
from storydiff.facts.rewritten_claims import meaning_pairs, stance_of, told_verb
from storydiff.text.sentences import Sentence


def turned(a: Frame | None, b: Frame | None) -> bool:
    """Whether two main clauses tell one statement, one negated and one not ("did not
    address", "declined to declare" / "addressed", "declared")."""
    if a is None or b is None:
        return False
    (verb_a, negated_a), (verb_b, negated_b) = stance_of(a), stance_of(b)
    if negated_a == negated_b or verb_a != verb_b:
        return False
    if not a.agent and not b.agent:  # "Fisk has not been charged" / "Fisk was charged"
        return bool(a.patient) and a.patient == b.patient and a.patient not in _PRONOUNS
    if not a.agent or a.agent != b.agent:
        return False
    return not (a.patient and b.patient and a.patient != b.patient)


_PRONOUNS = frozenset("it they he she this that who which".split())
"""Things done to that name nothing a passive's two wordings could share."""


def pairs(
    old: list[Sentence],
    new: list[Sentence],
    removed: Iterable[int],
    added: Iterable[int],
    frames: tuple[dict[int, Frame], dict[int, Frame]],
) -> list[tuple[int, int]]:
    """Removed sentences (indices of ``old``) paired with the added sentence (of
    ``new``) that tells their statement turned round (``turned``), each once
    (``resolved.best_pairs``)."""

    def told_round(i: int, j: int) -> bool:
        a, b = frames[0].get(i), frames[1].get(j)
        if a is None or b is None or not turned(a, b):
            return False
        if not a.agent and (_to_come(old[i], a) or _to_come(new[j], b)):
            return False  # "had not yet been chosen" / "will be chosen": still to come
        said = (told_verb(old[i], a), told_verb(new[j], b))  # "did not meet" / "met"
        return not other_object(word_list(old[i].text), word_list(new[j].text), *said)

    return resolved.best_pairs(old, new, removed, added, told_round)


_MODALS = frozenset("will would may might could should must to expected likely".split())


def _to_come(s: Sentence, frame: Frame) -> bool:
    """Whether a main clause's verb is said under a modal or as expected ("will be
    chosen", "is expected to be charged"): not told as done."""
    start = frame.verb_span[0] - s.start
    before = word_list(s.text[max(0, start - 40) : max(0, start)])[-3:]
    return any(w in _MODALS for w in before)


def updated_pairs(
    v: Versions,
    removed: list[int],
    added: list[int],
    frames: tuple[dict[int, Frame], dict[int, Frame]],
) -> list[tuple[int, int, str]]:
    """Removed and added sentences that tell one claim updated, with how: a pending
    statement and its outcome (``facts.resolved``), then a statement turned round, then
    one whose meaning changed otherwise (``facts.rewritten_claims``)."""
    done = resolved.pairs(v.old_sents, v.new_sents, removed, added, frames, v.new_text)
    paired_old, paired_new = {i for i, _ in done}, {j for _, j in done}
    left_old = [i for i in removed if i not in paired_old]
    left_new = [j for j in added if j not in paired_new]
    turned_round = pairs(v.old_sents, v.new_sents, left_old, left_new, frames)
    left_old = [i for i in left_old if all(i != k for k, _ in turned_round)]
    left_new = [j for j in left_new if all(j != k for _, k in turned_round)]
    meant = meaning_pairs(v.old_sents, v.new_sents, left_old, left_new, frames)
    return [
        *((i, j, "resolved") for i, j in done),
        *((i, j, "polarity") for i, j in turned_round),
        *meant,  # "may be linked to" / "was caused by"
    ]
