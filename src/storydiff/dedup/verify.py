"""Exact Jaccard similarity of candidate pairs, from their shingle sets.

The sets are the distinct 64-bit shingle hashes of each text (two different
shingles share a hash with probability about 2**-64), read from the sketch files
for the texts in candidate pairs only.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs

ShingleSet = npt.NDArray[np.uint64]
BLOCK_DOCS = 16_384
"""Texts whose sets are read together (about 60 MB of sets for 3 KB articles)."""
CACHE_BLOCKS = 4


def jaccard(a: ShingleSet, b: ShingleSet) -> float:
    """Jaccard similarity of two sorted sets.

    Examples:
        >>> jaccard(np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64))
        0.5
    """
    if not len(a) or not len(b):
        return 0.0
    at = b.searchsorted(a)
    np.minimum(at, len(b) - 1, out=at)
    shared = int(np.count_nonzero(b[at] == a))
    return shared / (len(a) + len(b) - shared)


def pair_jaccard(
    pairs: Pairs,
    load: Callable[[npt.NDArray[np.int64]], dict[int, ShingleSet]],
    block: int = BLOCK_DOCS,
) -> npt.NDArray[np.float64]:
    """Exact Jaccard of each pair. ``load(numbers)`` gives the sorted sets of those
    texts; it is called for the texts of one block of ``block`` consecutive numbers
    at a time, and at most ``CACHE_BLOCKS`` blocks are held, so memory stays bounded
    however many pairs there are (pairs are taken block pair by block pair)."""
    out = np.empty(len(pairs), dtype=np.float64)
    if not len(pairs):
        return out
    ga, gb = pairs[:, 0] // block, pairs[:, 1] // block
    order = np.lexsort((pairs[:, 1], pairs[:, 0], gb, ga))
    numbers = np.unique(pairs)
    groups = numbers // block
    bounds = np.searchsorted(groups, np.arange(int(groups[-1]) + 2))
    cache: OrderedDict[int, dict[int, ShingleSet]] = OrderedDict()

    def sets(g: int) -> dict[int, ShingleSet]:
        found = cache.get(g)
        if found is None:
            found = cache[g] = load(numbers[bounds[g] : bounds[g + 1]])
            if len(cache) > CACHE_BLOCKS:
                cache.popitem(last=False)
        else:
            cache.move_to_end(g)
        return found

    a_blocks, b_blocks = ga[order].tolist(), gb[order].tolist()
    for k, (a, b), x, y in zip(
        order.tolist(), pairs[order].tolist(), a_blocks, b_blocks, strict=True
    ):
        out[k] = jaccard(sets(x)[a], sets(y)[b])
    return out
