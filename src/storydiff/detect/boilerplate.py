"""Boilerplate while clustering: in how many stories each shingle occurs, and a
site's own boilerplate (body text one host carries on several pages, as a block).
``detect.grouping`` reads both; ``docs/stories.md`` tells the rule."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

from storydiff.config import GroupingConfig
from storydiff.detect.fingerprints import Fingerprints
from storydiff.text.arrays import distinct

if TYPE_CHECKING:
    from storydiff.detect.grouping import Texts


class StoryCounts:
    """In how many stories each shingle of the texts being clustered occurs: sorted
    distinct shingles and their counts (built with a few sorts, no Python per
    shingle)."""

    def __init__(
        self, involved: list[int], shingles: list[Fingerprints], uf: UnionFind,
        site_common: Fingerprints | None = None,
    ) -> None:  # fmt: skip
        self.site_common = site_common if site_common is not None else np.zeros(0, np.uint64)
        self._own: dict[int, int] = {}
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

    def site(self, values: Fingerprints) -> npt.NDArray[np.bool_]:
        """Which of ``values`` are some site's boilerplate (``site_common``)."""
        return member(values, self.site_common)

    def own(self, x: int, prose: Fingerprints, floor: int) -> int:
        """How many of text ``x``'s body shingles (``prose``) are neither in three
        stories nor its site's boilerplate (remembered per text), and at least
        ``floor`` (``config.BODY_FLOOR``) unless boilerplate is all it has."""
        if x not in self._own:
            boiler = (self.of(prose) >= 3) | self.site(prose)
            mine = len(prose) - int(boiler.sum())
            self._own[x] = max(mine, floor - int(boiler.sum())) if mine else 0
        return self._own[x]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def one_site_at(pages: list[list[str]], least: int) -> bool:
    """Whether some host is seen at ``least`` different URLs among the texts."""
    by_host: dict[str, set[str]] = defaultdict(set)
    for seen in pages:
        for url in seen:
            by_host[host_of(url)].add(url)
    return any(host and len(found) >= least for host, found in by_host.items())


def site_common(
    texts: Texts, pages: list[list[str]], config: GroupingConfig, versions: UnionFind
) -> Fingerprints:
    """A site's own boilerplate (a bio, a newsletter box): body text that texts of one
    host hold on ``site_pages`` different pages, where each text holds it as a block
    or a few (fewer than ``spread_runs`` passages) covering less than half of its body.
    A page is the texts of one URL and the URLs of one text, taken together, and
    ``versions`` (texts that are plainly versions of each other) count as one page:
    a story's text is not its site's boilerplate."""
    group = UnionFind(len(pages))  # texts of one page
    for i in range(len(pages)):
        group.union(i, versions.find(i))
    first: dict[str, int] = {}
    for i, seen in enumerate(pages):
        for url in seen:
            group.union(i, first.setdefault(url, i))
    keys: list[Fingerprints] = []
    owners: list[npt.NDArray[np.int64]] = []
    host_ids: dict[str, int] = {}
    for i, seen in enumerate(pages):
        for host in {host_of(u) for u in seen} - {""}:
            code = host_ids.setdefault(host, len(host_ids))
            keys.append(texts.prose[i])
            owners.append(np.full(len(texts.prose[i]), code * len(pages) + group.find(i)))
    if not keys:
        return np.zeros(0, np.uint64)
    key, owner = np.concatenate(keys), np.concatenate(owners)
    hosts = owner // len(pages)
    order = np.lexsort((owner, key))
    key, owner, hosts = key[order], owner[order], hosts[order]
    new = np.ones(len(key), np.bool_)  # each (shingle, host, page) once
    new[1:] = (key[1:] != key[:-1]) | (owner[1:] != owner[:-1])
    key, hosts = key[new], hosts[new]
    run = np.ones(len(key), np.bool_)  # runs of one (shingle, host)
    run[1:] = (key[1:] != key[:-1]) | (hosts[1:] != hosts[:-1])
    starts = np.flatnonzero(run)
    counts = np.diff(np.append(starts, len(key)))
    candidates = distinct(key[starts[counts >= config.site_pages]])
    if not len(candidates):
        return candidates
    found: list[Fingerprints] = []
    for i, seen in enumerate(pages):
        seq = texts.ordered[i]
        at = np.flatnonzero(member(seq, candidates) & ~texts.chrome[i])
        if not seen or not len(at):
            continue
        block = 1 + int((np.diff(at) > config.run_gap).sum()) < config.spread_runs
        if block and 2 * len(distinct(seq[at])) < len(texts.prose[i]):
            found.append(seq[at])
    common: Fingerprints = distinct(np.concatenate(found)) if found else candidates[:0]
    return common


class UnionFind:
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


def member(values: Fingerprints, sorted_set: Fingerprints) -> npt.NDArray[np.bool_]:
    """``np.isin(values, sorted_set)`` for a sorted set, by binary search (no sort)."""
    if not len(sorted_set):
        return np.zeros(len(values), np.bool_)
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    found: npt.NDArray[np.bool_] = sorted_set[at] == values
    return found
