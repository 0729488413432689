"""Candidate pairs: texts that share a band key.

Per band, a compiled pass puts every text's key in an open-addressing table of
buckets, each listing its texts in input order (no sort, no Python object per text).
A bucket of up to ``max_bucket`` texts gives all its pairs; a larger one (the same
text many times over) gives each member with the bucket's first and with its
neighbour, enough to connect it at linear cost. Pairs are ``(a, b)`` with ``a < b``,
text numbers in input order; ``unique_pairs`` makes them sorted and distinct over
the bands.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.dedup import kernels
from storydiff.text.arrays import distinct

Pairs = npt.NDArray[np.int64]
"""An (n, 2) array of text numbers, a < b in each row."""


class Buckets:
    """Finds the candidate pairs of bands of ``n`` texts, one band at a time, in the
    same scratch space (``kernels.bucket_pairs``): 2.2 MB per band at 100,000 texts
    (text numbers in 32 bits below 2**31 texts: half the cache), faulted in once
    rather than once a band."""

    def __init__(self, n: int) -> None:
        self.n = n
        numbers = np.dtype(np.int32 if n < 2**31 else np.int64)
        sizes = (kernels.bucket_capacity(n), n, n, n)
        self.scratch: list[kernels.Numbers] = [np.empty(k, dtype=numbers) for k in sizes]

    def pairs(self, keys: npt.NDArray[np.uint64], max_bucket: int) -> Pairs:
        """The candidate pairs of one band (text ``i`` has ``keys[i]``)."""
        if len(keys) != self.n:
            raise ValueError(f"{len(keys)} keys for buckets of {self.n} texts")
        keys = np.ascontiguousarray(keys, dtype=np.uint64)
        return kernels.bucket_pairs(keys, max_bucket, *self.scratch)


def bucket_pairs(keys: npt.NDArray[np.uint64], max_bucket: int) -> Pairs:
    """The candidate pairs of one band, from every text's key in that band (text
    ``i`` has ``keys[i]``): ``kernels.bucket_pairs``, in one pass.

    Examples:
        >>> sorted(bucket_pairs(np.array([5, 7, 5, 5, 9], dtype=np.uint64), 40).tolist())
        [[0, 2], [0, 3], [2, 3]]
    """
    return Buckets(len(keys)).pairs(keys, max_bucket)


def unique_pairs(parts: list[Pairs]) -> Pairs:
    """Distinct pairs, sorted, from several bands' pairs."""
    if not parts:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(parts)
    if not len(pairs):
        return pairs.reshape(0, 2)
    packed = (pairs[:, 0].astype(np.uint64) << np.uint64(32)) | pairs[:, 1].astype(np.uint64)
    packed = distinct(packed)
    return np.stack(
        [
            (packed >> np.uint64(32)).astype(np.int64),
            (packed & np.uint64(0xFFFFFFFF)).astype(np.int64),
        ],
        axis=1,
    )


def candidate_pairs(band_columns: list[npt.NDArray[np.uint64]], max_bucket: int) -> Pairs:
    """All candidate pairs over every band (``band_columns[b][i]``: text i's key in band b)."""
    buckets = Buckets(len(band_columns[0]) if band_columns else 0)
    return unique_pairs([buckets.pairs(keys, max_bucket) for keys in band_columns])
