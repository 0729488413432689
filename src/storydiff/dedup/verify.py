"""Exact Jaccard similarity of candidate pairs, from their shingle sets.

The sets are the distinct 64-bit shingle hashes of each text (two different
shingles share a hash with probability about 2**-64), read from the sketch files
for the texts in candidate pairs only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs

ShingleSet = npt.NDArray[np.uint64]
CACHE_SETS = 50_000


def jaccard(a: ShingleSet, b: ShingleSet) -> float:
    """Jaccard similarity of two sorted sets.

    Examples:
        >>> jaccard(np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64))
        0.5
    """
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 0.0
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    shared = int(np.count_nonzero(b[at] == a))
    return shared / (len(a) + len(b) - shared)


def pair_jaccard(pairs: Pairs, shingle_set: Callable[[int], ShingleSet]) -> npt.NDArray[np.float64]:
    """Exact Jaccard of each pair; ``shingle_set(i)`` gives text ``i``'s sorted set.
    Sets are cached while the cache is under ``CACHE_SETS`` sets (about 3.6 KB each
    for a 3 KB article), so memory stays bounded however many pairs there are."""
    cache: dict[int, ShingleSet] = {}

    def get(i: int) -> ShingleSet:
        found = cache.get(i)
        if found is None:
            if len(cache) >= CACHE_SETS:
                cache.clear()
            found = cache[i] = shingle_set(i)
        return found

    out = np.empty(len(pairs), dtype=np.float64)
    for k, (a, b) in enumerate(pairs.tolist()):
        out[k] = jaccard(get(a), get(b))
    return out
