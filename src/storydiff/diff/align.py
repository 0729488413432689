"""Sentence alignment: give every sentence of two versions exactly one role.

How it pairs sentences, in order:

1. Equal sentences (after normalisation) pair up. A sentence that occurs several
   times pairs its copies in order, skipping the copies on the side that has more so
   that paired copies sit at the nearest relative positions (a small DP per repeated
   sentence): a line repeated as boilerplate, or a paragraph that also appears in a
   quoted copy, does not pair across the text and show up as a false move.
2. The rest are scored pairwise by the token Indel ratio (rapidfuzz). One-to-one
   candidates are pairs at or above ``edit_threshold``; split candidates join one
   OLD sentence to a run of consecutive NEW sentences (merges the reverse) when the
   run matches it clearly better than any of its parts alone.
3. Candidates are accepted greedily, best first: by score (near ties prefer the pair
   nearer in relative position), then by a hash of the candidate's content and index
   pair. Every key is the same when OLD and NEW are swapped, so swapping them swaps
   added/removed and split/merged and nothing else.
4. Moves: the links that keep their order form the heaviest chain increasing in
   both versions (weights are word counts, with the same symmetric hash breaking
   ties); every link off that chain has moved. Found with a Fenwick tree in
   O(links * log n).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from storydiff.config import AlignConfig
from storydiff.diff.words import WordOp, equal_ops, word_diff
from storydiff.text.sentences import Sentence


class Role(StrEnum):
    """What happened to one sentence between the two versions."""

    UNCHANGED = "unchanged"
    EDITED = "edited"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"

    def mirrored(self) -> Role:
        """The role the same sentence has when OLD and NEW are swapped."""
        return _MIRROR.get(self, self)


_MIRROR = {
    Role.ADDED: Role.REMOVED,
    Role.REMOVED: Role.ADDED,
    Role.SPLIT: Role.MERGED,
    Role.MERGED: Role.SPLIT,
}

LinkKind = Literal["unchanged", "edited", "split", "merged"]


@dataclass(slots=True)
class Link:
    """Sentences of OLD that became sentences of NEW (one to one, or a split/merge)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    kind: LinkKind
    score: float
    moved: bool = False
    ops: list[WordOp] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when any word differs (after normalisation)."""
        return any(op.tag != "equal" for op in self.ops)


@dataclass(slots=True)
class Alignment:
    """Links between two sentence lists, and each sentence's role."""

    links: list[Link]
    old_roles: list[Role]
    new_roles: list[Role]
    old_link: list[int | None]
    new_link: list[int | None]


@dataclass(slots=True)
class _Candidate:
    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float
    kind: LinkKind
    order: tuple[int, float, int] = (0, 0.0, 0)


def _stable_hash(*parts: str) -> int:
    digest = hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big")


def _symmetric_hash(a_key: str, b_key: str, a_idx: tuple[int, ...], b_idx: tuple[int, ...]) -> int:
    """A tie-break that is the same for (a, b) and (b, a)."""
    keys = sorted((a_key, b_key))
    idx = sorted((",".join(map(str, a_idx)), ",".join(map(str, b_idx))))
    return _stable_hash(*keys, *idx)


def _key(sentence: Sentence) -> str:
    return "\x1f".join(t.key for t in sentence.tokens)


def _sequences(
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


def _chain(links: list[Link], n_new: int, weights: list[int]) -> set[int]:
    """Indices of the heaviest chain of links increasing in both OLD and NEW."""
    order = sorted(range(len(links)), key=lambda k: links[k].old[0])
    size = n_new + 1
    tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)
    prev = [-1] * len(links)
    value = [0] * len(links)

    def query(pos: int) -> tuple[int, int]:  # best over new positions < pos
        best = (0, -1)
        while pos > 0:
            best = max(best, tree[pos])
            pos -= pos & -pos
        return best

    def update(pos: int, item: tuple[int, int]) -> None:
        pos += 1
        while pos <= size:
            tree[pos] = max(tree[pos], item)
            pos += pos & -pos

    for k in order:
        link = links[k]
        base, before = query(link.new[0])
        value[k] = base + weights[k]
        prev[k] = before
        update(link.new[-1], (value[k], k))
    if not links:
        return set()
    k = max(range(len(links)), key=lambda x: (value[x], x))
    kept: set[int] = set()
    while k != -1:
        kept.add(k)
        k = prev[k]
    return kept


def align(
    old: Sequence[Sentence], new: Sequence[Sentence], config: AlignConfig | None = None
) -> Alignment:
    """Pair the sentences of two versions and give each one role.

    Examples:
        >>> from storydiff.text.sentences import split_sentences
        >>> a = split_sentences("A ship ran aground. Two sailors are missing. Rain fell.")
        >>> b = split_sentences("Rain fell. A ship ran aground. Three sailors are missing.")
        >>> [r.value for r in align(a, b).old_roles]
        ['unchanged', 'edited', 'moved']
    """
    config = config or AlignConfig()
    m, n = len(old), len(new)
    old_keys, new_keys = [_key(s) for s in old], [_key(s) for s in new]
    candidates: list[_Candidate] = []

    # 1. Equal sentences; repeated ones pair their copies by position.
    old_at: dict[str, list[int]] = defaultdict(list)
    new_at: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(old_keys):
        old_at[key].append(i)
    for j, key in enumerate(new_keys):
        new_at[key].append(j)
    used_old, used_new = [False] * m, [False] * n
    accepted: list[_Candidate] = []
    for key, olds in old_at.items():
        news = new_at.get(key)
        if not news:
            continue
        for i, j in _pair_copies(olds, news, m, n):
            accepted.append(_Candidate((i,), (j,), 1.0, "unchanged"))
            used_old[i] = used_new[j] = True

    # 2. Scored candidates among the rest.
    rest_old = [i for i in range(m) if not used_old[i]]
    rest_new = [j for j in range(n) if not used_new[j]]
    old_seqs, new_seqs = _sequences(old, new)
    pair_sim: dict[tuple[int, int], float] = {}
    if rest_old and rest_new:
        sims = cdist(
            [old_seqs[i] for i in rest_old],
            [new_seqs[j] for j in rest_new],
            scorer=Indel.normalized_similarity,
            dtype=np.float64,
        )
        rows, cols = np.nonzero(sims > 0)
        for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
            score = float(sims[a, b])
            i, j = rest_old[a], rest_new[b]
            pair_sim[(i, j)] = score
            if score >= config.edit_threshold:
                candidates.append(_Candidate((i,), (j,), score, "edited"))
        flipped = {(j, i): s for (i, j), s in pair_sim.items()}
        for i, win, score in _group_candidates(
            rest_old, rest_new, old_seqs, new_seqs, pair_sim, config
        ):
            candidates.append(_Candidate((i,), win, score, "split"))
        for j, win, score in _group_candidates(
            rest_new, rest_old, new_seqs, old_seqs, flipped, config
        ):
            candidates.append(_Candidate(win, (j,), score, "merged"))

    # 3. Greedy, best first, with keys that do not change when OLD and NEW swap.
    tie = config.near_tie
    for c in candidates:
        rel_old = (c.old[0] + c.old[-1]) / 2 / max(m, 1)
        rel_new = (c.new[0] + c.new[-1]) / 2 / max(n, 1)
        a_key = "\x1d".join(old_keys[i] for i in c.old)
        b_key = "\x1d".join(new_keys[j] for j in c.new)
        c.order = (
            -int(c.score / tie),
            round(abs(rel_old - rel_new), 9),
            _symmetric_hash(a_key, b_key, c.old, c.new),
        )
    for c in sorted(candidates, key=lambda c: c.order):
        if any(used_old[i] for i in c.old) or any(used_new[j] for j in c.new):
            continue
        for i in c.old:
            used_old[i] = True
        for j in c.new:
            used_new[j] = True
        accepted.append(c)

    # 4. Links, their word ops, and moves.
    links: list[Link] = []
    weights: list[int] = []
    for c in sorted(accepted, key=lambda c: c.old[0]):
        o_tokens = [t for i in c.old for t in old[i].tokens]
        n_tokens = [t for j in c.new for t in new[j].tokens]
        o_span = (old[c.old[0]].start, old[c.old[-1]].end)
        n_span = (new[c.new[0]].start, new[c.new[-1]].end)
        if c.kind == "unchanged":
            ops = equal_ops(o_span, n_span)
        else:
            ops = word_diff(o_tokens, o_span, n_tokens, n_span)
        links.append(Link(c.old, c.new, c.kind, c.score, ops=ops))
        a_key = "\x1d".join(old_keys[i] for i in c.old)
        b_key = "\x1d".join(new_keys[j] for j in c.new)
        size = sum(len(old_seqs[i]) for i in c.old) + sum(len(new_seqs[j]) for j in c.new)
        weights.append((size << 48) + _symmetric_hash(a_key, b_key, c.old, c.new))
    in_order = _chain(links, n, weights)
    for k, link in enumerate(links):
        link.moved = k not in in_order

    # 5. Roles.
    old_roles, new_roles = [Role.REMOVED] * m, [Role.ADDED] * n
    old_link: list[int | None] = [None] * m
    new_link: list[int | None] = [None] * n
    for k, link in enumerate(links):
        if link.kind in ("split", "merged"):
            role = Role.SPLIT if link.kind == "split" else Role.MERGED
        elif link.moved:
            role = Role.MOVED
        elif link.kind == "unchanged":
            role = Role.UNCHANGED
        else:
            role = Role.EDITED
        for i in link.old:
            old_roles[i], old_link[i] = role, k
        for j in link.new:
            new_roles[j], new_link[j] = role, k
    return Alignment(links, old_roles, new_roles, old_link, new_link)
