"""Clusters of verified links, each document's best match, and which one is kept.

Clusters are the connected components of the verified links, found by min-label
propagation with pointer jumping (union-find in vector form): a cluster's id is its
smallest document number, whatever order the links come in. A document's best match
is the linked document with the highest exact Jaccard (ties: the smaller number).
The kept document of a cluster follows ``DedupConfig.keep`` (default: earliest
published, else longest, else first seen).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def components(n: int, links: Pairs) -> Ints:
    """For each of ``n`` documents, the smallest document number of its component.

    Examples:
        >>> components(6, np.array([[4, 5], [1, 4], [2, 3]])).tolist()
        [0, 1, 2, 2, 1, 1]
    """
    out = np.arange(n, dtype=np.int64)
    if not len(links):
        return out
    # Work on the linked documents only, numbered in the same order.
    nodes, local = np.unique(links, return_inverse=True)
    local = local.reshape(-1, 2)
    out[nodes] = nodes[_min_labels(len(nodes), local[:, 0], local[:, 1])]
    return out


def _min_labels(n: int, a: Ints, b: Ints) -> Ints:
    label = np.arange(n, dtype=np.int64)
    while True:
        low = np.minimum(label[a], label[b])
        before = label.copy()
        np.minimum.at(label, a, low)
        np.minimum.at(label, b, low)
        label = label[label]  # pointer jumping: follow labels to their own labels
        while True:
            jumped = label[label]
            if (jumped == label).all():
                break
            label = jumped
        if (label == before).all():
            return label


def best_matches(n: int, links: Pairs, scores: Floats) -> tuple[Ints, Floats]:
    """For each document, its linked document with the highest score (ties: the
    smaller number), and that score; -1 and NaN for documents without links."""
    match = np.full(n, -1, dtype=np.int64)
    best = np.full(n, np.nan, dtype=np.float64)
    if not len(links):
        return match, best
    this = np.concatenate([links[:, 0], links[:, 1]])
    other = np.concatenate([links[:, 1], links[:, 0]])
    score = np.concatenate([scores, scores])
    order = np.lexsort((other, -score, this))  # per document: best score, smaller other
    this, other, score = this[order], other[order], score[order]
    first = np.ones(len(this), dtype=np.bool_)
    first[1:] = this[1:] != this[:-1]
    match[this[first]] = other[first]
    best[this[first]] = score[first]
    return match, best


@dataclass(frozen=True, slots=True)
class KeepFacts:
    """What the keep rule looks at, per document."""

    published: Floats
    """Seconds since the epoch, NaN unknown."""
    lengths: Ints


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
    # np.lexsort sorts by its last key first: cluster, then the rule in order.
    order = np.lexsort((*reversed(columns), cluster))
    winner = np.ones(len(order), dtype=np.bool_)
    winner[1:] = cluster[order][1:] != cluster[order][:-1]
    out[shared] = False
    out[shared[order[winner]]] = True
    return out
