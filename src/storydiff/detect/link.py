"""Which texts share passages: candidates from fingerprints, verified exactly.

Candidates are pairs sharing at least ``min_shared`` winnowed fingerprints, leaving
out fingerprints that more than ``max_df`` texts held before the later text of the
pair (boilerplate such as "(AP) --" or "All rights reserved": counted in the order
texts were stored, so the links of a store do not depend on how its texts were
batched). Each candidate is verified on the full sets of 5-word shingles:
containment of each text in the other and Jaccard, and the same containment
counting only shingles that stand on prose lines in both texts (``Pair.body``: lines
of lists, markup and tables are page chrome, ``text.layout``). ``link_batch`` links a
batch against the fingerprint index; ``link_texts`` runs it on a list of texts alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.config import BODY_FLOOR, LinkConfig
from storydiff.detect.fingerprints import Batch, Fingerprints, fingerprint_batch
from storydiff.detect.index import FingerprintIndex, Postings, ranges
from storydiff.detect.kernels import shared_counts
from storydiff.text.arrays import distinct


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    shared: int
    """Shingles in common."""
    containment_a: float
    """Share of a's shingles found in b."""
    containment_b: float
    jaccard: float
    body: float | None = None
    """Like ``containment``, over the article body: the shingles on prose lines of
    both texts, of each text's shingles on prose lines (None: not measured, taken as
    ``containment``)."""

    @property
    def containment(self) -> float:
        """Of the smaller side: how much of it the other contains."""
        return max(self.containment_a, self.containment_b)

    @property
    def evidence(self) -> float:
        """``body`` when measured, else ``containment``."""
        return self.containment if self.body is None else self.body


Flags = npt.NDArray[np.bool_]


@dataclass(slots=True)
class Analysed:
    """Shingles of texts, in reading order and as sorted sets, and for each shingle in
    reading order whether it stands on a chrome line (``text.layout``)."""

    ordered: list[Fingerprints]
    shingles: list[Fingerprints]
    chrome: list[Flags]


class _NoIndex:
    """An index holding nothing: for linking a list of texts among themselves."""

    def lookup(self, queries: Fingerprints, cap: int) -> Postings:
        empty = np.zeros(0, np.int64)
        return Postings(np.zeros(len(queries), np.int64), empty, empty)


def link_texts(texts: list[str], config: LinkConfig | None = None) -> tuple[Analysed, list[Pair]]:
    """Every pair of texts (numbered by position) that shares passages, verified: the
    same ``link_batch`` the store runs, with the texts as one batch and nothing
    stored (at most ``MAX_BATCH`` texts)."""
    batch = fingerprint_batch(texts)
    ordered = [batch.ordered(i) for i in range(len(texts))]
    shingles = [distinct(s) for s in ordered]
    numbers = np.arange(len(texts), dtype=np.int64)
    chrome = [batch.chrome_of(i) for i in range(len(texts))]
    sets = [(s, prose(o, c)) for s, o, c in zip(shingles, ordered, chrome, strict=True)]
    pairs = link_batch(batch, numbers, _NoIndex(), lambda _: {}, config, sets)
    return Analysed(ordered, shingles, chrome), pairs


def body_size(every: Fingerprints, on_prose: Fingerprints) -> int:
    """What a share of a text's body is a share of (``BODY_FLOOR``)."""
    return max(len(on_prose), int(BODY_FLOOR * len(every)), 1)


def prose(ordered: Fingerprints, chrome: Flags) -> Fingerprints:
    """The distinct shingles of a text that stand on a prose line somewhere in it."""
    return distinct(ordered[~chrome])


ShingleSets = Callable[[list[int]], dict[int, tuple[Fingerprints, Fingerprints]]]
"""Sorted shingle sets of stored texts, by number: all their shingles and those on
prose lines (``prose``); the caller keeps a cache."""


def link_batch(
    batch: Batch,
    numbers: npt.NDArray[np.int64],
    index: FingerprintIndex | _NoIndex,
    stored: ShingleSets,
    config: LinkConfig | None = None,
    sets_of_batch: list[tuple[Fingerprints, Fingerprints]] | None = None,
) -> list[Pair]:
    """Verified links of a batch of new texts (numbered ``numbers``) with each other
    and with the texts in ``index``, without rebuilding anything.

    Candidates share at least ``min_shared`` fingerprints that the later text of the
    pair found in at most ``max_df`` texts, itself included, counting the index and
    the batch texts numbered before it; each is verified on the full shingle sets.
    Pairs are numbered ``a < b``; ``numbers`` must be larger than every indexed one.
    ``sets_of_batch`` may give the batch texts' distinct shingles and those on prose
    lines, computed elsewhere (``distinct(batch.ordered(i))``, ``prose``).
    """
    config = config or LinkConfig()
    if not len(batch.prints):
        return []
    holders = _holders(batch, numbers, index, config.max_df)
    pairs = _candidates(*holders, config.min_shared)
    sets, proses = _shingle_sets(pairs, batch, numbers, stored, sets_of_batch)
    pairs = [(x, y) for x, y in pairs if x in sets and y in sets]
    links = [p for p in verify_many(pairs, sets) if p.containment >= config.min_containment]
    if not links:
        return links
    measured = _with_body(links, sets, proses)
    # Texts sharing less body text than this can never be linked by it: page chrome.
    return [p for p in measured if p.evidence >= config.min_containment]


Holders = tuple[
    npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.bool_], npt.NDArray[np.bool_]
]
"""For each holder of a query fingerprint, grouped by query: the query, the holder's
number, whether it may link through the query (not boilerplate for it), and whether
it is new (a batch text)."""


def _holders(
    batch: Batch, numbers: npt.NDArray[np.int64], index: FingerprintIndex | _NoIndex, max_df: int
) -> Holders:
    """The batch's distinct fingerprints (queries) and every text holding each, in
    the batch or in ``index``, grouped by query."""
    # Distinct query hashes and, for each, the batch texts holding it.
    first = np.ones(len(batch.prints), np.bool_)
    first[1:] = batch.prints[1:] != batch.prints[:-1]
    queries = batch.prints[first]
    query_of = np.cumsum(first) - 1
    run_start = np.flatnonzero(first)
    rank = np.arange(len(batch.prints)) - np.repeat(
        run_start, np.diff(np.append(run_start, len(first)))
    )
    post = index.lookup(queries, max_df)
    # As if the texts came one at a time, in number order: a batch text counts a
    # fingerprint's texts up to itself, so the links do not depend on where batches
    # are cut (a fingerprint turns boilerplate at its (max_df + 1)-th text, for good).
    usable_batch = post.df[query_of] + rank + 1 <= max_df
    n_batch = len(query_of)
    group = np.concatenate([query_of, post.query])
    holder = np.concatenate([numbers[batch.owner], post.number])
    usable = np.concatenate([usable_batch, np.ones(len(post.query), np.bool_)])
    fresh = np.arange(len(group)) < n_batch
    order = np.argsort(group, kind="stable")
    return group[order], holder[order], usable[order], fresh[order]


def _candidates(
    group: npt.NDArray[np.int64],
    holder: npt.NDArray[np.int64],
    usable: npt.NDArray[np.bool_],
    fresh: npt.NDArray[np.bool_],
    min_shared: int,
) -> list[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, sharing at least ``min_shared`` queries: every two
    holders of a query, at least one of them new, the later one usable."""
    starts = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
    sizes = np.diff(np.append(starts, len(group)))
    rank = np.arange(len(group)) - np.repeat(starts, sizes)
    after = np.repeat(sizes, sizes) - rank - 1
    left = np.repeat(np.arange(len(group)), after)
    right = ranges(np.arange(len(group)) + 1, after)
    later_usable = np.where(holder[left] > holder[right], usable[left], usable[right])
    new_pair = (fresh[left] | fresh[right]) & later_usable
    a = np.minimum(holder[left], holder[right])[new_pair]
    b = np.maximum(holder[left], holder[right])[new_pair]
    keys, shared = np.unique((a << 32) | b, return_counts=True)
    keys = keys[shared >= min_shared]
    return list(zip((keys >> 32).tolist(), (keys & 0xFFFFFFFF).tolist(), strict=True))


def _shingle_sets(
    pairs: list[tuple[int, int]],
    batch: Batch,
    numbers: npt.NDArray[np.int64],
    stored: ShingleSets,
    sets_of_batch: list[tuple[Fingerprints, Fingerprints]] | None,
) -> tuple[dict[int, Fingerprints], dict[int, Fingerprints]]:
    """The full shingle sets, and those on prose lines, of every text in ``pairs``: a
    batch text's from ``sets_of_batch`` or worked out here, a stored one's from
    ``stored`` (a text it does not give is left out)."""
    local = {n: i for i, n in enumerate(numbers.tolist())}
    sets: dict[int, Fingerprints] = {}
    proses: dict[int, Fingerprints] = {}
    for n in sorted({x for p in pairs for x in p if x in local}):
        i = local[n]
        if sets_of_batch is not None:
            sets[n], proses[n] = sets_of_batch[i]
        else:
            sets[n] = distinct(batch.ordered(i))
            proses[n] = prose(batch.ordered(i), batch.chrome_of(i))
    outside = sorted({x for p in pairs for x in p} - local.keys())
    for n, (every, on_prose) in stored(outside).items():
        sets[n], proses[n] = every, on_prose
    return sets, proses


def _with_body(
    links: list[Pair], sets: dict[int, Fingerprints], proses: dict[int, Fingerprints]
) -> list[Pair]:
    """``links`` with their body share measured: the shingles both texts hold on prose
    lines, over each one's (``body_size``), the larger of the two."""
    body = _common_counts([(p.a, p.b) for p in links], proses)
    return [
        Pair(p.a, p.b, p.shared, p.containment_a, p.containment_b, p.jaccard,
             max(n / body_size(sets[p.a], proses[p.a]), n / body_size(sets[p.b], proses[p.b])))
        for p, n in zip(links, body, strict=True)
    ]  # fmt: skip


def _common_counts(pairs: list[tuple[int, int]], sets: dict[int, Fingerprints]) -> list[int]:
    """How many values each pair's sorted sets have in common (``shared_counts``)."""
    numbers = sorted({n for p in pairs for n in p})
    at = {n: i for i, n in enumerate(numbers)}
    sizes = np.fromiter((len(sets[n]) for n in numbers), np.int64, len(numbers))
    starts = np.zeros(len(numbers) + 1, np.int64)
    np.cumsum(sizes, out=starts[1:])
    flat = np.concatenate([sets[n] for n in numbers]).astype(np.uint64, copy=False)
    xs = np.fromiter((at[x] for x, _ in pairs), np.int64, len(pairs))
    ys = np.fromiter((at[y] for _, y in pairs), np.int64, len(pairs))
    counts: list[int] = shared_counts(flat, starts, xs, ys).tolist()
    return counts


def verify_many(pairs: list[tuple[int, int]], sets: dict[int, Fingerprints]) -> list[Pair]:
    """Exact shingle overlap of many pairs at once: the sets (sorted, distinct) are
    laid end to end and each pair's common values counted by one merge, compiled
    (``shared_counts``): about 2 µs a pair of 500-shingle texts."""
    if not pairs:
        return []
    shared = _common_counts(pairs, sets)
    out: list[Pair] = []
    size_x = [len(sets[x]) for x, _ in pairs]
    size_y = [len(sets[y]) for _, y in pairs]
    for (x, y), n, lx, ly in zip(pairs, shared, size_x, size_y, strict=True):
        union = lx + ly - n
        out.append(
            Pair(x, y, n, n / lx if lx else 0.0, n / ly if ly else 0.0, n / union if union else 0.0)
        )
    return out
