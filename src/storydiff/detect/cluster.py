"""Stories: groups of texts that are copies or versions of each other.

Linking every verified pair and taking connected components would merge unrelated
stories that share a boilerplate block (three New York Times articles carrying the
same coronavirus FAQ box, 32-43% of the shorter text). So:

1. Near-copies and close versions (one text at least ``copy_containment`` inside the
   other) merge first. 0.6, not 0.8: on a generated corpus with 4-6 versions per
   story, versions left unmerged by a 0.8 cut counted as separate stories, so the
   passage they all keep looked like boilerplate and stories split; the FAQ-box
   pairs of the real data share at most 0.43.
2. Then, in rounds until nothing changes, two stories merge when some pair of their
   texts shares at least ``min_containment`` of the smaller text as *private*
   evidence. The shared shingles are read in the smaller text's order and grouped in
   runs (gaps of up to ``run_gap`` shingles, what one changed word breaks); a run
   whose shingles mostly occur in three or more stories is boilerplate, all of it
   (a FAQ box differs a little from article to article, so its edges are shared by
   two texts only); the rest of the shared shingles, those in at most two stories,
   are the evidence. Versions that grow still link: each round merges what is private
   to a pair, which makes what they share with the next version private in turn.

A long round-up quoting several stories can still bridge them; that needs a
cluster-level check (not done yet).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from storydiff.detect.fingerprints import Fingerprints, distinct
from storydiff.detect.link import Pair


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    copy_containment: float = 0.6
    min_containment: float = 0.05
    max_rounds: int = 20
    run_gap: int = 5
    common_run: float = 0.5
    """A shared run with at least this share of common shingles is boilerplate."""


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra  # the smallest index names the story
        return True


def _private_share(
    seq: Fingerprints, other: Fingerprints, stories_of: dict[int, set[int]], config: ClusterConfig
) -> float:
    """Share of ``seq`` (a text's shingles in order) that is private evidence of
    sharing text with ``other`` (a sorted shingle set)."""
    if not len(seq):
        return 0.0
    shared_at = np.flatnonzero(np.isin(seq, other))
    if not len(shared_at):
        return 0.0
    common = np.fromiter(
        (len(stories_of[s]) >= 3 for s in seq[shared_at].tolist()), bool, len(shared_at)
    )
    breaks = np.flatnonzero(np.diff(shared_at) > config.run_gap) + 1
    private = 0
    for run_common in np.split(common, breaks):
        if run_common.mean() < config.common_run:
            private += int((~run_common).sum())
    return private / len(distinct(seq))


def cluster(
    n: int, pairs: list[Pair], ordered: list[Fingerprints], shingles: list[Fingerprints],
    config: ClusterConfig | None = None,
) -> list[list[int]]:  # fmt: skip
    """Stories as sorted lists of text indices, ordered by their first text."""
    config = config or ClusterConfig()
    uf = _UnionFind(n)
    for p in pairs:
        if p.containment >= config.copy_containment:
            uf.union(p.a, p.b)
    involved = sorted({p.a for p in pairs} | {p.b for p in pairs})
    for _ in range(config.max_rounds):
        # In how many stories does each shingle occur?
        stories_of: dict[int, set[int]] = defaultdict(set)
        for doc in involved:
            root = uf.find(doc)
            for s in shingles[doc].tolist():
                stories_of[s].add(root)
        merged = False
        for p in pairs:
            if uf.find(p.a) == uf.find(p.b):
                continue
            small, big = (p.a, p.b) if len(shingles[p.a]) <= len(shingles[p.b]) else (p.b, p.a)
            if (
                _private_share(ordered[small], shingles[big], stories_of, config)
                >= config.min_containment
            ):
                merged |= uf.union(p.a, p.b)
        if not merged:
            break
    groups: dict[int, list[int]] = defaultdict(list)
    for doc in range(n):
        groups[uf.find(doc)].append(doc)
    return sorted(groups.values(), key=lambda g: g[0])
