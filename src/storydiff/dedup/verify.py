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
CHUNK_PAIRS = 4_096
"""Pairs verified together: at most twice as many sets in memory (about 30 MB for
3 KB articles)."""


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
    chunk: int = CHUNK_PAIRS,
) -> npt.NDArray[np.float64]:
    """Exact Jaccard of each pair. ``load(numbers)`` gives the sorted sets of those
    texts. Pairs are taken ``chunk`` at a time in order of their first text, and only
    the sets of one chunk's texts are held, so memory stays bounded however many
    pairs there are; a text is read again only in a later chunk that needs it."""
    out = np.empty(len(pairs), dtype=np.float64)
    order = np.lexsort((pairs[:, 1], pairs[:, 0])) if len(pairs) else np.zeros(0, np.int64)
    for lo in range(0, len(order), chunk):
        at = order[lo : lo + chunk]
        part = pairs[at]
        sets = load(np.unique(part))
        for k, (a, b) in zip(at.tolist(), part.tolist(), strict=True):
            out[k] = jaccard(sets[a], sets[b])
        del sets  # before the next chunk's are read
    return out
