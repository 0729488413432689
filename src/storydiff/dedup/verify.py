"""Exact Jaccard similarity of candidate pairs, from their shingle sets, and the
MinHash estimate of the same pairs.

The sets are the distinct 64-bit shingle hashes of each text (two different
shingles share a hash with probability about 2**-64), read from the sketch files
for the texts in candidate pairs only, as written (in text order, repeats included):
``kernels.pair_jaccard`` counts distinct and shared values with a hash table per
pair, so nothing is sorted. The estimates come from signatures made again from the
same shingles (the same kernel as sketching: the same bins).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs
from storydiff.dedup.kernels import pair_jaccard
from storydiff.dedup.minhash import estimate, signatures

Shingles = tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]
"""Shingle hashes of several texts, one after the other, and where each begins (one
offset per text and the end)."""
CHUNK_PAIRS = 4_096
"""Pairs verified together: at most twice as many texts' shingles in memory (about
30 MB for 3 KB articles)."""


def verify_chunks(
    pairs: Pairs,
    load: Callable[[npt.NDArray[np.int64]], Shingles],
    num_perm: int,
    seed: int,
    chunk: int = CHUNK_PAIRS,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(exact Jaccard, MinHash estimate) of each pair. ``load(numbers)`` gives the
    shingles of those texts (sorted, distinct numbers), in that order. Pairs are
    taken ``chunk`` at a time in order of their first text, and only one chunk's
    shingles are held, so memory stays bounded however many pairs there are; a text
    is read again only in a later chunk that needs it.

    Examples:
        >>> from storydiff.dedup.shingles import text_shingles
        >>> flat, offsets = text_shingles(["a b c d e f g", "a b c d e f h", "x y"], 5)
        >>> def load(numbers):
        ...     return flat, offsets  # every text, whatever is asked
        >>> exact, est = verify_chunks(np.array([[0, 1], [0, 2]]), load, 128, 1)
        >>> exact.tolist()
        [0.5, 0.0]
    """
    exact = np.zeros(len(pairs), dtype=np.float64)
    est = np.zeros(len(pairs), dtype=np.float64)
    order = np.lexsort((pairs[:, 1], pairs[:, 0])) if len(pairs) else np.zeros(0, np.int64)
    for lo in range(0, len(order), chunk):
        at = order[lo : lo + chunk]
        part = pairs[at]
        numbers = np.unique(part)
        flat, offsets = load(numbers)
        xs = np.searchsorted(numbers, part[:, 0])
        ys = np.searchsorted(numbers, part[:, 1])
        exact[at] = pair_jaccard(flat, offsets, xs, ys)
        sig = signatures(flat, offsets, num_perm, seed)
        est[at] = estimate(sig[xs], sig[ys])
        del flat, sig  # before the next chunk's are read
    return exact, est
