"""Sentence alignment: give every sentence of two versions exactly one role.

How it pairs sentences, in order:

1. Equal sentences (after normalisation) pair up. A sentence that occurs several
   times pairs its copies in order, skipping the copies on the side that has more so
   that paired copies sit at the nearest relative positions (a small DP per repeated
   sentence): a line repeated as boilerplate, or a paragraph that also appears in a
   quoted copy, does not pair across the text and show up as a false move.
2. The rest are scored pairwise by the token Indel ratio (rapidfuzz). One-to-one
   candidates are pairs at or above ``edit_threshold``, or whose words in any order
   are at or above ``reorder_threshold`` (a clause moved); split candidates join one
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

Steps 1 and 2 (the candidates) are in ``diff/candidates``; this module accepts them
and gives the roles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from storydiff.config import AlignConfig
from storydiff.diff.candidates import (
    Candidate,
    LinkKind,
    equal_pairs,
    scored_candidates,
    sequences,
)
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
    used_old, used_new = [False] * m, [False] * n
    accepted = equal_pairs(old_keys, new_keys, used_old, used_new)
    rest_old = [i for i in range(m) if not used_old[i]]
    rest_new = [j for j in range(n) if not used_new[j]]
    old_seqs, new_seqs = sequences(old, new)
    candidates = scored_candidates(rest_old, rest_new, old_seqs, new_seqs, config)
    accepted += _accept_greedy(candidates, old_keys, new_keys, used_old, used_new, config)
    links = _links(accepted, old, new, old_keys, new_keys, old_seqs, new_seqs)
    return _roles(links, m, n)


def _candidate_hash(c: Candidate, old_keys: list[str], new_keys: list[str]) -> int:
    """The candidate's symmetric tie-break: its content and index pair, hashed."""
    a_key = "\x1d".join(old_keys[i] for i in c.old)
    b_key = "\x1d".join(new_keys[j] for j in c.new)
    return _symmetric_hash(a_key, b_key, c.old, c.new)


def _accept_greedy(
    candidates: list[Candidate],
    old_keys: list[str],
    new_keys: list[str],
    used_old: list[bool],
    used_new: list[bool],
    config: AlignConfig,
) -> list[Candidate]:
    """Step 3: accept candidates best first, with keys that do not change when OLD
    and NEW swap; a candidate touching a sentence already used is dropped."""
    m, n = len(old_keys), len(new_keys)
    tie = config.near_tie
    for c in candidates:
        rel_old = (c.old[0] + c.old[-1]) / 2 / max(m, 1)
        rel_new = (c.new[0] + c.new[-1]) / 2 / max(n, 1)
        c.order = (
            -int(c.score / tie),
            round(abs(rel_old - rel_new), 9),
            _candidate_hash(c, old_keys, new_keys),
        )
    accepted: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: c.order):
        if any(used_old[i] for i in c.old) or any(used_new[j] for j in c.new):
            continue
        for i in c.old:
            used_old[i] = True
        for j in c.new:
            used_new[j] = True
        accepted.append(c)
    return accepted


def _links(
    accepted: list[Candidate],
    old: Sequence[Sentence],
    new: Sequence[Sentence],
    old_keys: list[str],
    new_keys: list[str],
    old_seqs: list[list[int]],
    new_seqs: list[list[int]],
) -> list[Link]:
    """Step 4: the accepted candidates as links in OLD order, with their word ops,
    and the links off the heaviest in-order chain marked as moved."""
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
        size = sum(len(old_seqs[i]) for i in c.old) + sum(len(new_seqs[j]) for j in c.new)
        weights.append((size << 48) + _candidate_hash(c, old_keys, new_keys))
    in_order = _chain(links, len(new), weights)
    for k, link in enumerate(links):
        link.moved = k not in in_order
    return links


def _role(link: Link) -> Role:
    if link.kind in ("split", "merged"):
        return Role.SPLIT if link.kind == "split" else Role.MERGED
    if link.moved:
        return Role.MOVED
    return Role.UNCHANGED if link.kind == "unchanged" else Role.EDITED


def _roles(links: list[Link], m: int, n: int) -> Alignment:
    """Step 5: each sentence's role and link; sentences in no link are removed or added."""
    old_roles, new_roles = [Role.REMOVED] * m, [Role.ADDED] * n
    old_link: list[int | None] = [None] * m
    new_link: list[int | None] = [None] * n
    for k, link in enumerate(links):
        role = _role(link)
        for i in link.old:
            old_roles[i], old_link[i] = role, k
        for j in link.new:
            new_roles[j], new_link[j] = role, k
    return Alignment(links, old_roles, new_roles, old_link, new_link)
