"""Compiled loops of the detect stage (``storydiff.jit``): counting the shingles two
texts share, winnowing, merging index segments, and looking hashes up in a segment.
(Shingles themselves are ``text.shingles``', the same for every stage.)

Each is a single pass where NumPy needed several (a ``searchsorted`` over keys built
for the purpose, a stable sort of two sorted runs, a binary search in vector steps).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.jit import jit

Hashes = npt.NDArray[np.uint64]
Ints = npt.NDArray[np.int64]


@jit
def shared_counts(flat: Hashes, starts: Ints, xs: Ints, ys: Ints) -> Ints:
    """For each pair ``(xs[p], ys[p])`` of sets, how many values they share. Set ``i``
    is ``flat[starts[i]:starts[i + 1]]``, sorted and distinct."""
    out = np.zeros(len(xs), np.int64)
    for p in range(len(xs)):
        i, i_end = starts[xs[p]], starts[xs[p] + 1]
        j, j_end = starts[ys[p]], starts[ys[p] + 1]
        n = 0
        while i < i_end and j < j_end:
            a, b = flat[i], flat[j]
            if a == b:
                n += 1
                i += 1
                j += 1
            elif a < b:
                i += 1
            else:
                j += 1
        out[p] = n
    return out


@jit
def merge_runs(
    ha: Hashes, na: npt.NDArray[np.uint32], hb: Hashes, nb: npt.NDArray[np.uint32]
) -> tuple[Hashes, npt.NDArray[np.uint32]]:
    """Merge two runs sorted by hash (equal hashes: ``a``'s entries first)."""
    total = len(ha) + len(hb)
    h = np.empty(total, np.uint64)
    n = np.empty(total, np.uint32)
    i = j = k = 0
    while i < len(ha) and j < len(hb):
        if hb[j] < ha[i]:
            h[k], n[k] = hb[j], nb[j]
            j += 1
        else:
            h[k], n[k] = ha[i], na[i]
            i += 1
        k += 1
    while i < len(ha):
        h[k], n[k] = ha[i], na[i]
        i += 1
        k += 1
    while j < len(hb):
        h[k], n[k] = hb[j], nb[j]
        j += 1
        k += 1
    return h, n


@jit
def bucket_offsets(hashes: Hashes, bits: int) -> Ints:
    """Where each run of hashes sharing their top ``bits`` bits starts (``2**bits +
    1`` offsets, the last is ``len(hashes)``); ``hashes`` sorted, ``bits`` >= 1."""
    buckets = 1 << bits
    offsets = np.zeros(buckets + 1, np.int64)
    shift = np.uint64(64 - bits)
    for x in hashes:
        offsets[np.int64(x >> shift) + 1] += 1
    for b in range(buckets):
        offsets[b + 1] += offsets[b]
    return offsets


@jit
def find_sorted(
    hashes: Hashes, offsets: Ints, bits: int, queries: Hashes, cap: int
) -> tuple[Ints, Ints]:
    """For each query: the position of its first entry in ``hashes`` (sorted, with
    bucket ``offsets`` of ``bits`` bits; 0 bits: one bucket) and how many entries it
    has, counting up to ``cap + 1``."""
    first = np.zeros(len(queries), np.int64)
    count = np.zeros(len(queries), np.int64)
    n = len(hashes)
    shift = np.uint64(64 - bits) if bits > 0 else np.uint64(0)
    for q in range(len(queries)):
        x = queries[q]
        if bits > 0:
            b = np.int64(x >> shift)
            lo, hi = offsets[b], offsets[b + 1]
        else:
            lo, hi = np.int64(0), np.int64(n)
        while lo < hi:
            mid = (lo + hi) >> 1
            if hashes[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        c = 0
        while lo + c < n and c <= cap and hashes[lo + c] == x:
            c += 1
        first[q] = lo
        count[q] = c
    return first, count


@jit
def window_minima(shingles: Hashes, starts: Ints, w: int) -> tuple[Hashes, Ints]:
    """Winnowed minima of many texts in one pass: text ``i``'s shingles are
    ``shingles[starts[i]:starts[i + 1]]``; its minima are the smallest shingle of
    every window of ``w`` (of all of them when it has at most ``w``), a minimum equal
    to the one before it left out. Returns the minima and the text each belongs to
    (``fingerprints.winnow`` is the reference)."""
    texts = len(starts) - 1
    minima = np.empty(starts[texts], np.uint64)
    owner = np.empty(starts[texts], np.int64)
    m = 0
    for i in range(texts):
        first, c = starts[i], starts[i + 1] - starts[i]
        if 0 < c <= w:  # one window: its minimum
            low = shingles[first]
            for s in range(1, c):
                low = min(low, shingles[first + s])
            minima[m], owner[m] = low, i
            m += 1
        elif c > w:
            for s in range(c - w + 1):
                low = shingles[first + s]
                for j in range(1, w):
                    low = min(low, shingles[first + s + j])
                if s == 0 or low != minima[m - 1]:
                    minima[m], owner[m] = low, i
                    m += 1
    return minima[:m].copy(), owner[:m].copy()


def warm_up() -> None:
    """Load (or compile) every kernel now rather than on its first use: about 1 s a
    process, which a benchmark should not count as work on its first texts. Segments
    are read-only memory maps, a type of their own to Numba: both kinds are loaded."""
    for writable in (True, False):
        hashes = np.array([1, 2, 3], np.uint64)
        starts = np.array([0, 2, 3], np.int64)
        numbers = np.zeros(3, np.uint32)
        offsets = bucket_offsets(hashes, 1)
        one = np.array([0, 3], np.int64)
        for a in (hashes, numbers, offsets, one):
            a.setflags(write=writable)
        shared_counts(hashes, starts, np.zeros(1, np.int64), np.ones(1, np.int64))
        merge_runs(hashes, numbers, hashes, numbers)
        find_sorted(hashes, offsets, 1, np.array([1, 2, 3], np.uint64), 2)
        find_sorted(hashes, one, 0, np.array([1, 2, 3], np.uint64), 2)
        window_minima(hashes, starts, 2)
