"""How two texts relate: overlap scores and a verdict.

The scores are over the shingles every stage uses (``text.shingles``: the words of
``text.fasthash``, 5 at a time), so ``compare`` gives a pair the Jaccard similarity
that story linking and ``dedup`` give it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from storydiff.config import RelationConfig
from storydiff.diff.align import Alignment, Role
from storydiff.text.shingles import overlap, shingle_set


class Verdict(StrEnum):
    IDENTICAL = "identical"
    SAME_STORY = "same_story"
    RELATED = "related"
    UNRELATED = "unrelated"


@dataclass(slots=True, frozen=True)
class Relation:
    """Overlap of two versions and what it means.

    ``containment_old`` is the share of OLD's shingles found in NEW (and
    ``containment_new`` the reverse); ``kept_old`` is the share of OLD's sentences
    paired with a sentence of NEW (unchanged, edited, moved, split or merged).
    """

    jaccard: float
    containment_old: float
    containment_new: float
    kept_old: float
    kept_new: float
    verdict: Verdict
    kind: str | None
    """For ``same_story``: ``copy`` (near word for word) or ``version``."""


def _share_kept(roles: list[Role], gone: Role) -> float:
    if not roles:
        return 0.0
    return sum(r is not gone for r in roles) / len(roles)


def relate(
    old: str | Sequence[str],
    new: str | Sequence[str],
    alignment: Alignment,
    identical: bool,
    config: RelationConfig | None = None,
) -> Relation:
    """Scores over ``shingle_size``-word shingles and sentence pairing, and a verdict.

    ``old`` and ``new`` are the two texts (a sequence of words is read as the words
    joined by spaces: give the texts, so that their words are the ones every stage
    reads). Thresholds (see ``RelationConfig``): identical when nothing changed; same
    story when either text is largely contained in the other or most of the shorter
    text's sentences pair up; related when they share a little; else unrelated.
    """
    config = config or RelationConfig()
    old_text = old if isinstance(old, str) else " ".join(old)
    new_text = new if isinstance(new, str) else " ".join(new)
    a, b = shingle_set(old_text, config.shingle_size), shingle_set(new_text, config.shingle_size)
    jaccard, c_old, c_new = overlap(a, b)
    kept_old = _share_kept(alignment.old_roles, Role.REMOVED)
    kept_new = _share_kept(alignment.new_roles, Role.ADDED)
    shorter_kept = kept_old if len(alignment.old_roles) <= len(alignment.new_roles) else kept_new
    containment = max(c_old, c_new)
    kind: str | None = None
    if identical:
        verdict = Verdict.IDENTICAL
    elif containment >= config.same_story_containment or shorter_kept >= config.same_story_kept:
        verdict = Verdict.SAME_STORY
        kind = "copy" if jaccard >= config.copy_jaccard else "version"
    elif containment >= config.related_containment or shorter_kept >= config.related_kept:
        verdict = Verdict.RELATED
    else:
        verdict = Verdict.UNRELATED
    return Relation(jaccard, c_old, c_new, kept_old, kept_new, verdict, kind)
