"""Exact Jaccard similarity of candidate pairs, from their shingle sets, and on demand
the MinHash estimate of the same pairs.

The sets are the distinct kept shingles of each text (``minhash.Kept``, 32 bits of
each shingle's hash: two different shingles share one with probability 2**-32),
read in place from each
shard's shingles (the sketch files, memory-mapped by the caller) for the texts in
candidate pairs only, as written (in text order, repeats included):
``overlap.pair_similarity`` counts distinct and shared values with a hash table per
pair, and makes both texts' signatures in the same pass when the estimate is asked
for (the same bins as sketching), so nothing is sorted, copied or read twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs
from storydiff.dedup.minhash import probe_table
from storydiff.dedup.overlap import pair_similarity
from storydiff.text.arrays import distinct

ShardShingles = tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]
"""One shard's kept shingles, its texts one after the other, and where each text
begins (one offset per text and the end)."""
CHUNK_PAIRS = 512
"""Pairs verified between two calls of ``release``. Reading a mapped page maps its
cached neighbours too (the kernel's fault-around, 64 KB, whatever the advice), so a
chunk holds up to 64 KB of file pages per text: with 512 pairs, about 70 MB
measured on 3 KB articles, however large the corpus."""


def verify_chunks(
    pairs: Pairs,
    shards: Sequence[ShardShingles],
    firsts: npt.NDArray[np.int64],
    release: Callable[[], None] | None = None,
    chunk: int = CHUNK_PAIRS,
    estimate: tuple[int, int] | None = None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(exact Jaccard, MinHash estimate) of each pair of text numbers; the estimates
    are made only when ``estimate`` gives the sketch's (num_perm, seed), else NaN.
    Text ``i`` is text ``i - firsts[k]`` of ``shards[k]`` for the ``k`` with
    ``firsts[k] <= i < firsts[k + 1]``. Pairs are taken ``chunk`` at a time in order
    of their first text, and ``release()`` is called after each chunk (to let go of
    the pages it read), so memory stays bounded however many pairs there are.

    Examples:
        >>> from storydiff.dedup.minhash import signatures
        >>> from storydiff.text.shingles import text_shingles
        >>> flat, offsets = text_shingles(["a b c d e f g", "a b c d e f h", "x y"], 5)
        >>> _, kept = signatures(flat, offsets, 128)
        >>> pairs, firsts = np.array([[0, 1], [0, 2]]), np.array([0, 3])
        >>> exact, est = verify_chunks(pairs, [(kept, offsets)], firsts, estimate=(128, 1))
        >>> exact.tolist(), bool(est[0] > 0.0)
        ([0.5, 0.0], True)
    """
    exact = np.zeros(len(pairs), dtype=np.float64)
    est = np.zeros(len(pairs), dtype=np.float64)
    signed = estimate is not None
    probes = probe_table(*estimate) if estimate is not None else np.zeros((1, 1), np.int64)
    order = np.lexsort((pairs[:, 1], pairs[:, 0])) if len(pairs) else np.zeros(0, np.int64)
    for lo in range(0, len(order), chunk):
        at = order[lo : lo + chunk]
        part = pairs[at]
        kx = np.searchsorted(firsts, part[:, 0], side="right") - 1
        ky = np.searchsorted(firsts, part[:, 1], side="right") - 1
        for both in distinct(kx * len(firsts) + ky).tolist():  # each pair of shards
            a, b = divmod(both, len(firsts))
            sel = (kx == a) & (ky == b)
            (values_a, offsets_a), (values_b, offsets_b) = shards[a], shards[b]
            x, y = part[sel, 0] - firsts[a], part[sel, 1] - firsts[b]
            exact[at[sel]], est[at[sel]] = pair_similarity(
                values_a, offsets_a[x], offsets_a[x + 1],
                values_b, offsets_b[y], offsets_b[y + 1],
                probes, signed,
            )  # fmt: skip
        if release is not None:
            release()
    return exact, est
