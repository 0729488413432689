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

3. A round-up, a text quoting a passage of one story and another passage of another
   story that share no text with each other, would bridge them: before each round
   such texts are found (``_bridges``: the passages they share with the two stories
   barely overlap) and join nothing through weak links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import numpy.typing as npt

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


class _StoryCounts:
    """In how many stories each shingle of the texts being clustered occurs: sorted
    distinct shingles and their counts (built with a few sorts, no Python per
    shingle)."""

    def __init__(self, involved: list[int], shingles: list[Fingerprints], uf: _UnionFind) -> None:
        if not involved:
            self.keys, self.counts = np.zeros(0, np.uint64), np.zeros(0, np.int64)
            return
        keys = np.concatenate([shingles[d] for d in involved])
        sizes = np.fromiter((len(shingles[d]) for d in involved), np.int64, len(involved))
        roots = np.repeat(np.array([uf.find(d) for d in involved], np.int64), sizes)
        order = np.lexsort((roots, keys))
        keys, roots = keys[order], roots[order]
        pair = np.ones(len(keys), np.bool_)  # each (shingle, story) once
        pair[1:] = (keys[1:] != keys[:-1]) | (roots[1:] != roots[:-1])
        keys = keys[pair]
        first = np.ones(len(keys), np.bool_)
        first[1:] = keys[1:] != keys[:-1]
        starts = np.flatnonzero(first)
        self.keys = keys[starts]
        self.counts = np.diff(np.append(starts, len(keys)))

    def of(self, values: Fingerprints) -> npt.NDArray[np.int64]:
        """The number of stories holding each of ``values`` (0 for one it never saw)."""
        at = np.minimum(np.searchsorted(self.keys, values), max(len(self.keys) - 1, 0))
        if not len(self.keys):
            return np.zeros(len(values), np.int64)
        return np.where(self.keys[at] == values, self.counts[at], 0)


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


def _private_evidence(
    seq: Fingerprints, other: Fingerprints, stories_of: _StoryCounts, config: ClusterConfig
) -> npt.NDArray[np.bool_]:
    """Which shingles of ``seq`` (a text's shingles in order) are private evidence of
    sharing text with ``other`` (a sorted shingle set)."""
    out = np.zeros(len(seq), np.bool_)
    shared_at = np.flatnonzero(np.isin(seq, other))
    if not len(shared_at):
        return out
    common = stories_of.of(seq[shared_at]) >= 3
    breaks = np.flatnonzero(np.diff(shared_at) > config.run_gap) + 1
    for at, run_common in zip(np.split(shared_at, breaks), np.split(common, breaks), strict=True):
        if run_common.mean() < config.common_run:
            out[at[~run_common]] = True
    return out


def _private_share(
    seq: Fingerprints, other: Fingerprints, stories_of: _StoryCounts, config: ClusterConfig
) -> float:
    """Share of ``seq`` that is private evidence of sharing text with ``other``."""
    if not len(seq):
        return 0.0
    return int(_private_evidence(seq, other, stories_of, config).sum()) / len(distinct(seq))


def _bridges(
    pairs: list[Pair], ordered: list[Fingerprints], shingles: list[Fingerprints],
    uf: _UnionFind, config: ClusterConfig, stories_of: _StoryCounts,
) -> set[int]:  # fmt: skip
    """Round-ups: texts that share one passage with a story and another passage with
    another story, where the two stories share no text with each other. Passages are
    private shingles (in fewer than three stories: boilerplate does not count), each
    at least ``min_containment`` of the text and under half of it. Such a text joins
    neither through a weak link (it may still join its own copies)."""
    weak: dict[int, list[int]] = defaultdict(list)
    touching: set[tuple[int, int]] = set()
    for p in pairs:
        ra, rb = uf.find(p.a), uf.find(p.b)
        touching |= {(ra, rb), (rb, ra)}
        if p.containment < config.copy_containment:
            weak[p.a].append(p.b)
            weak[p.b].append(p.a)
    out: set[int] = set()
    for x, partners in weak.items():
        mine = uf.find(x)
        seq = ordered[x]
        regions: dict[int, npt.NDArray[np.bool_]] = {}
        for y in partners:
            story = uf.find(y)
            if story != mine:
                shared = _private_evidence(seq, shingles[y], stories_of, config)
                regions[story] = regions[story] | shared if story in regions else shared
        for s1, s2 in combinations(sorted(regions), 2):
            if (s1, s2) in touching:
                continue  # the two stories share text themselves
            a, b = regions[s1], regions[s2]
            sizes = (int(a.sum()), int(b.sum()))
            smaller = min(sizes)
            # Each a passage of it (a version shares most of itself), barely overlapping.
            if (
                smaller >= config.min_containment * len(seq)
                and max(sizes) < len(seq) / 2
                and int((a & b).sum()) < smaller / 2
            ):
                out.add(x)
                break
    return out


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
        stories_of = _StoryCounts(involved, shingles, uf)  # per shingle
        merged = False
        bridges = _bridges(pairs, ordered, shingles, uf, config, stories_of)
        for p in pairs:
            if uf.find(p.a) == uf.find(p.b) or p.a in bridges or p.b in bridges:
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
