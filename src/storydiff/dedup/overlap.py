"""Compiled loops of verification: the exact Jaccard similarity of pairs of texts from
their kept shingles (``minhash.Kept``), and, when asked, the MinHash estimate of the
same pairs from the same pass (``kernels``' bins and densification).

Each pair's values go into an open-addressing table: A's first (counting the distinct
ones), then B's are looked up and added (counting its distinct ones and those A had).
A slot is one 64-bit word, a tag in its high half and the value in its low half, so
a probe reads one word where a table of tags beside a table of values read two. The
tag is the pair's number times 4 plus what holds the value (1: A, 2: B, 3: both), so
tables of earlier pairs are told apart without clearing (a slot whose word is below
the pair's mark is free); tags start again from zero every ``_ROUND`` pairs. On the
18,079 candidate pairs of ``bench/dedup_speed.py``'s corpus, in one process
(2026-12-05): 37-45 ms against 46-50 ms with the two tables.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.dedup.kernels import _EMPTY, _LOW31, Bins, Ints, Kept, _bin, _densify
from storydiff.jit import jit, prefetch

Slots = npt.NDArray[np.uint64]
_S32 = np.uint64(32)
_LOW32 = np.uint64(0xFFFFFFFF)
_ONE, _TWO, _BOTH = np.uint64(1) << _S32, np.uint64(2) << _S32, np.uint64(3) << _S32
"""What holds a value (A, B, both): the low bits of a tag, in a slot's high half."""
_OWNER = np.uint64(3) << _S32
_ROUND = 1 << 29
"""Pairs whose tags (pair number times 4, plus 3) fit 32 bits."""


_LINE = 16
"""Kept shingles in a cache line of 64 bytes."""
_SPREAD = 8
"""A pair's table has at least this many slots per value: at most one slot in eight
taken, so a lookup seldom walks past a taken slot nor mispredicts the walk's branch.
On the 18,079 candidate pairs of ``bench/dedup_speed.py``'s corpus, in one process:
45 ms with two slots per value, 32 ms with four, 28-31 ms with eight; sixteen gained
no more. The table takes four times the memory it took with two: 64 KB for two
texts of 500 shingles (the core's second-level cache), 4 MB for two of 20,000."""


@jit
def _table_size(n: int) -> int:
    """A power of two, at least 16 and at least ``_SPREAD`` times ``n``."""
    size = 16
    while size < _SPREAD * n:
        size *= 2
    return size


@jit
def _add(
    source: Kept, start: int, end: int, table: Slots, mask: np.uint64, mark: np.uint64,
    row: Bins, signed: bool, own: np.uint64,
) -> tuple[int, int]:  # fmt: skip
    """One text's values into the pair's table (``mark``: the pair's tag, in a slot's
    high half), and into its signature ``row`` when ``signed`` (bins not yet
    densified): A's first (``own`` ``_ONE``), then B's (``_TWO``). The count of its
    distinct values, and of those A had too (B's only). Kept shingles are bits of a
    mixed hash, so their low bits are the slot."""
    width = np.uint64(len(row))
    distinct = 0
    shared = 0
    for k in range(start, end):
        h = source[k]
        if signed:
            at = _bin(h, width)
            row[at] = min(row[at], h & _LOW31)
        value = np.uint64(h)
        slot = value & mask
        while True:
            word = table[slot]
            if word < mark:  # free: new to this pair
                table[slot] = mark | own | value
                distinct += 1
                break
            if (word & _LOW32) == value:
                if own == _TWO and (word & _OWNER) == _ONE:  # A's, first seen in B
                    table[slot] = mark | _BOTH | value
                    distinct += 1
                    shared += 1
                break
            slot = (slot + np.uint64(1)) & mask
    return distinct, shared


@jit
def _ask(source: Kept, start: int, end: int) -> None:
    """Prefetch the cache lines of ``source[start:end]``: the texts of a pair sit
    anywhere in the kept shingles, so asking for the next pair's while one is counted
    hides the wait for memory."""
    for k in range(start - start % _LINE, end, _LINE):  # every line the range touches
        prefetch(source, k)


@jit
def _equal_bins(row_a: Bins, row_b: Bins, scratch: Ints, probes: Ints) -> float:
    """The share of equal bins of two signature rows, once both are densified."""
    _densify(row_a, scratch, probes)
    _densify(row_b, scratch, probes)
    same = 0
    for b in range(len(row_a)):
        same += row_a[b] == row_b[b]
    return same / len(row_a)


@jit
def pair_similarity(
    source_a: Kept, starts_a: Ints, ends_a: Ints,
    source_b: Kept, starts_b: Ints, ends_b: Ints,
    probes: Ints, signed: bool,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:  # fmt: skip
    """For each pair ``p`` of texts, ``A = source_a[starts_a[p]:ends_a[p]]`` and
    ``B = source_b[starts_b[p]:ends_b[p]]`` (kept shingles in any order, repeats
    allowed): the exact Jaccard similarity of their sets, and, when ``signed``, the
    MinHash estimate of it (the share of equal bins of their signatures, as
    ``kernels.fill_signatures`` makes them with ``probes``; num_perm is
    ``probes.shape[1]``), else NaN. Both are 0.0 when either text is empty (with or
    without ``signed``)."""
    n = len(starts_a)
    num_perm = probes.shape[1]
    exact = np.zeros(n, np.float64)
    estimate = np.zeros(n, np.float64)
    biggest = 0
    for p in range(n):
        biggest = max(biggest, ends_a[p] - starts_a[p] + ends_b[p] - starts_b[p])
    capacity = _table_size(biggest)
    table = np.zeros(capacity, np.uint64)
    row_a = np.empty(num_perm, np.uint32)
    row_b = np.empty(num_perm, np.uint32)
    scratch = np.empty(2 * num_perm, np.int64)
    for p in range(n):
        if p % _ROUND == 0 and p:  # marks start again: no tag may be left above them
            table[:] = 0
        if p + 1 < n:  # the next pair's texts, on their way while this one is counted
            _ask(source_a, starts_a[p + 1], ends_a[p + 1])
            _ask(source_b, starts_b[p + 1], ends_b[p + 1])
        a0, a1, b0, b1 = starts_a[p], ends_a[p], starts_b[p], ends_b[p]
        if a0 == a1 or b0 == b1:
            continue
        mask = np.uint64(_table_size(a1 - a0 + b1 - b0) - 1)
        mark = (np.uint64(p % _ROUND + 1) << np.uint64(2)) << _S32
        row_a[:] = _EMPTY
        row_b[:] = _EMPTY
        in_a, _ = _add(source_a, a0, a1, table, mask, mark, row_a, signed, _ONE)
        in_b, shared = _add(source_b, b0, b1, table, mask, mark, row_b, signed, _TWO)
        exact[p] = shared / (in_a + in_b - shared)
        estimate[p] = _equal_bins(row_a, row_b, scratch, probes) if signed else np.nan
    return exact, estimate
