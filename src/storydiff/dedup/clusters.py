"""Clusters of verified links, each document's best match, and which one is kept.

Clusters are the connected components of the verified links, found by union-find
(each root is its set's smallest document): a cluster's id is its smallest document
number, whatever order the links come in. A document's best match
is the linked document with the highest exact Jaccard (ties: the smaller number).
The kept document of a cluster follows ``DedupConfig.keep`` (default: earliest
published, else longest, else first seen).

Each is one compiled pass over the links or the documents (``storydiff.jit``), with
no sort.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs
from storydiff.jit import jit

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def _checked(n: int, links: Pairs) -> Pairs:
    """``links`` as the compiled passes read them (rows of two int64), every document
    number checked to be below ``n`` (the passes do not check)."""
    links = np.ascontiguousarray(links, dtype=np.int64).reshape(-1, 2)
    if len(links) and (int(links.min()) < 0 or int(links.max()) >= n):
        raise IndexError(f"a link names a document outside 0..{n - 1}")
    return links


@jit
def _root(parent: Ints, x: int) -> int:
    """The root of ``x``'s set, halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@jit
def _components(n: int, links: Pairs) -> Ints:
    """Union-find over ``links`` (in range): each document's smallest-numbered peer."""
    parent = np.arange(n, dtype=np.int64)
    for k in range(len(links)):
        ra, rb = _root(parent, links[k, 0]), _root(parent, links[k, 1])
        if ra < rb:  # the smaller root stays the root: a root is its set's smallest
            parent[rb] = ra
        elif rb < ra:
            parent[ra] = rb
    for i in range(n):
        parent[i] = _root(parent, i)
    return parent


def components(n: int, links: Pairs) -> Ints:
    """For each of ``n`` documents, the smallest document number of its component.

    Examples:
        >>> components(6, np.array([[4, 5], [1, 4], [2, 3]])).tolist()
        [0, 1, 2, 2, 1, 1]
    """
    return _components(n, _checked(n, links))


@jit
def _best(links: Pairs, scores: Floats, match: Ints, best: Floats) -> None:
    """Each link's score offered to both its ends (``best`` starts at -inf)."""
    for k in range(len(links)):
        for end in range(2):
            this, other = links[k, end], links[k, 1 - end]
            score = scores[k]
            if score > best[this] or (score == best[this] and other < match[this]):
                best[this] = score
                match[this] = other


def best_matches(n: int, links: Pairs, scores: Floats) -> tuple[Ints, Floats]:
    """For each document, its linked document with the highest score (ties: the
    smaller number), and that score; -1 and NaN for documents without links."""
    match = np.full(n, -1, dtype=np.int64)
    best = np.full(n, -np.inf, dtype=np.float64)
    links = _checked(n, links)
    if len(scores) != len(links):
        raise ValueError(f"{len(scores)} scores for {len(links)} links")
    _best(links, np.ascontiguousarray(scores, dtype=np.float64), match, best)
    best[match < 0] = np.nan
    return match, best


@dataclass(frozen=True, slots=True)
class KeepFacts:
    """What the keep rule looks at, per document."""

    published: Floats
    """Seconds since the epoch, NaN unknown."""
    lengths: Ints


@jit
def _first_ranked(ranks: Floats, cluster: Ints, number: Ints, winner: Ints) -> None:
    """Into ``winner[c]``: the document (``number[j]``) of cluster ``cluster[j]`` whose
    column of ``ranks`` (rows of keys, a column per document) comes first, compared
    row by row."""
    for j in range(len(number)):
        c = cluster[j]
        w = winner[c]
        if w >= 0:
            ahead = False
            for r in range(ranks.shape[0]):
                if ranks[r, j] != ranks[r, w]:
                    ahead = ranks[r, j] < ranks[r, w]
                    break
            if not ahead:
                continue
        winner[c] = j
    for c in range(len(winner)):
        if winner[c] >= 0:
            winner[c] = number[winner[c]]


def kept(cluster: Ints, facts: KeepFacts, rule: tuple[str, ...]) -> npt.NDArray[np.bool_]:
    """Which document of each cluster is kept: the first in the order ``rule`` gives
    (a document alone in its cluster is kept).

    Examples:
        >>> facts = KeepFacts(np.array([np.nan, 5.0, np.nan]), np.array([10, 3, 30]))
        >>> kept(np.array([0, 0, 0]), facts, ("earliest", "longest", "first")).tolist()
        [False, True, False]
        >>> kept(np.array([0, 0, 0]), facts, ("longest",)).tolist()
        [False, False, True]
    """
    n = len(cluster)
    out = np.ones(n, dtype=np.bool_)
    # Only documents of clusters of two or more are ranked: the rest are kept.
    shared = np.flatnonzero(np.bincount(cluster, minlength=n)[cluster] > 1)
    if not len(shared):
        return out
    number = shared
    published, lengths, cluster = facts.published[shared], facts.lengths[shared], cluster[shared]
    known = ~np.isnan(published)
    when = np.where(known, published, 0.0)
    keys: dict[str, list[npt.NDArray[np.generic]]] = {
        "earliest": [~known, when],  # unknown times last
        "latest": [~known, -when],
        "longest": [-lengths],
        "shortest": [lengths],
        "first": [number],
        "last": [-number],
    }
    columns: list[npt.NDArray[np.generic]] = []
    for name in (*rule, "first"):
        columns.extend(keys[name])
    ranks = np.array(columns, dtype=np.float64)  # exact: counts and times below 2**53
    winner = np.full(n, -1, dtype=np.int64)
    _first_ranked(ranks, cluster, number, winner)
    out[shared] = False
    out[winner[winner >= 0]] = True
    return out
