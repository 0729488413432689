"""Candidate links for the aligner (``diff/align``): steps 1 and 2 of its docstring.

1. Equal sentences (after normalisation) pair up; a sentence that occurs several
   times pairs its copies in order at the nearest relative positions.
2. The rest are scored pairwise by the token Indel ratio; one-to-one candidates at
   or above ``edit_threshold``, or with at least ``reorder_threshold`` of their words
   in common in any order (a clause moved: "The operator said prices would fall." /
   "Prices will fall, the operator said."), and split (merge) candidates joining one sentence to
   a run of consecutive sentences on the other side that matches it clearly better
   than any of its parts alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from storydiff.config import AlignConfig
from storydiff.text.sentences import Sentence

LinkKind = Literal["unchanged", "edited", "split", "merged"]


@dataclass(slots=True)
class Candidate:
    """A possible link: sentences of OLD and of NEW, its score, and its place in
    the greedy order (set by the aligner)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float
    kind: LinkKind
    order: tuple[int, float, int] = (0, 0.0, 0)


def sequences(
    old: Sequence[Sentence], new: Sequence[Sentence]
) -> tuple[list[list[int]], list[list[int]]]:
    """Each sentence as a list of word ids (punctuation when it has no words)."""
    vocab: dict[str, int] = {}

    def ids(sentence: Sentence) -> list[int]:
        folds = [t.fold for t in sentence.tokens if t.is_word] or [t.fold for t in sentence.tokens]
        return [vocab.setdefault(w, len(vocab)) for w in folds]

    return [ids(s) for s in old], [ids(s) for s in new]


def _runs(indices: list[int]) -> list[list[int]]:
    """Maximal runs of consecutive integers in a sorted list."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _windows(indices: list[int], largest: int) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = []
    for run in _runs(indices):
        for size in range(2, largest + 1):
            out.extend(tuple(run[k : k + size]) for k in range(len(run) - size + 1))
    return out


def _containment(part: list[int], whole: list[int]) -> float:
    if not part:
        return 0.0
    counts: dict[int, int] = defaultdict(int)
    for w in whole:
        counts[w] += 1
    hit = 0
    for w in part:
        if counts[w] > 0:
            counts[w] -= 1
            hit += 1
    return hit / len(part)


def _group_candidates(
    singles: list[int],
    runs_from: list[int],
    single_seqs: list[list[int]],
    run_seqs: list[list[int]],
    pair_sim: dict[tuple[int, int], float],
    config: AlignConfig,
) -> list[tuple[int, tuple[int, ...], float]]:
    """One sentence on one side against runs of consecutive sentences on the other."""
    windows = _windows(runs_from, config.group_max)
    if not singles or not windows:
        return []
    joined = [[w for k in win for w in run_seqs[k]] for win in windows]
    sims = cdist(
        [single_seqs[i] for i in singles],
        joined,
        scorer=Indel.normalized_similarity,
        dtype=np.float64,
        score_cutoff=config.edit_threshold,
    )
    found: list[tuple[int, tuple[int, ...], float]] = []
    for a, b in zip(*np.nonzero(sims), strict=True):
        i, win, score = singles[a], windows[b], float(sims[a, b])
        best_part = max(pair_sim.get((i, k), 0.0) for k in win)
        if score < best_part + config.group_gain:
            continue
        whole = single_seqs[i]
        if all(_containment(run_seqs[k], whole) >= config.group_part_containment for k in win):
            found.append((i, win, score))
    return found


def _pair_copies(old_pos: list[int], new_pos: list[int], m: int, n: int) -> list[tuple[int, int]]:
    """Pair the copies of one sentence: in order, every copy of the rarer side, chosen
    to minimise the summed distance of relative positions. Runs on (smaller, larger)
    whichever side that is, so swapping OLD and NEW gives the mirrored pairing."""
    if len(old_pos) == len(new_pos):
        return list(zip(old_pos, new_pos, strict=True))
    swap = len(old_pos) > len(new_pos)
    small, large = (new_pos, old_pos) if swap else (old_pos, new_pos)
    s_len, l_len = (n, m) if swap else (m, n)
    rs = [(i + 0.5) / s_len for i in small]
    rl = [(j + 0.5) / l_len for j in large]
    a, b = len(small), len(large)
    inf = float("inf")
    # cost[i][j]: best cost of pairing small[:i] within large[:j].
    cost = [[inf] * (b + 1) for _ in range(a + 1)]
    cost[0] = [0.0] * (b + 1)
    for i in range(1, a + 1):
        for j in range(i, b + 1):
            take = cost[i - 1][j - 1] + abs(rs[i - 1] - rl[j - 1])
            cost[i][j] = min(take, cost[i][j - 1])
    pairs: list[tuple[int, int]] = []
    i, j = a, b
    while i > 0:
        if cost[i][j] == cost[i][j - 1] and j - 1 >= i:
            j -= 1  # skip large[j-1]: prefer pairing the earlier copies
        else:
            pairs.append((small[i - 1], large[j - 1]))
            i, j = i - 1, j - 1
    pairs.reverse()
    return [(y, x) for x, y in pairs] if swap else pairs


def equal_pairs(
    old_keys: list[str], new_keys: list[str], used_old: list[bool], used_new: list[bool]
) -> list[Candidate]:
    """Step 1: equal sentences; repeated ones pair their copies by position.

    Marks the paired sentences in ``used_old`` and ``used_new``.
    """
    m, n = len(old_keys), len(new_keys)
    old_at: dict[str, list[int]] = defaultdict(list)
    new_at: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(old_keys):
        old_at[key].append(i)
    for j, key in enumerate(new_keys):
        new_at[key].append(j)
    pairs: list[Candidate] = []
    for key, olds in old_at.items():
        news = new_at.get(key)
        if not news:
            continue
        for i, j in _pair_copies(olds, news, m, n):
            pairs.append(Candidate((i,), (j,), 1.0, "unchanged"))
            used_old[i] = used_new[j] = True
    return pairs


def scored_candidates(
    rest_old: list[int],
    rest_new: list[int],
    old_seqs: list[list[int]],
    new_seqs: list[list[int]],
    config: AlignConfig,
) -> list[Candidate]:
    """Step 2: one-to-one, split and merge candidates among the unpaired sentences."""
    candidates: list[Candidate] = []
    if not (rest_old and rest_new):
        return candidates
    sims = cdist(
        [old_seqs[i] for i in rest_old],
        [new_seqs[j] for j in rest_new],
        scorer=Indel.normalized_similarity,
        dtype=np.float64,
    )
    bags = cdist(
        [sorted(old_seqs[i]) for i in rest_old],
        [sorted(new_seqs[j]) for j in rest_new],
        scorer=Indel.normalized_similarity,
        dtype=np.float64,
        score_cutoff=config.reorder_threshold,
    )  # the same words in any order: the share of words the two have in common
    pair_sim: dict[tuple[int, int], float] = {}
    rows, cols = np.nonzero(sims > 0)
    for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
        score = float(sims[a, b])
        i, j = rest_old[a], rest_new[b]
        pair_sim[(i, j)] = score
        if score >= config.edit_threshold or bags[a, b] >= config.reorder_threshold:
            candidates.append(Candidate((i,), (j,), score, "edited"))
    flipped = {(j, i): s for (i, j), s in pair_sim.items()}
    for i, win, score in _group_candidates(
        rest_old, rest_new, old_seqs, new_seqs, pair_sim, config
    ):
        candidates.append(Candidate((i,), win, score, "split"))
    for j, win, score in _group_candidates(rest_new, rest_old, new_seqs, old_seqs, flipped, config):
        candidates.append(Candidate(win, (j,), score, "merged"))
    return candidates
