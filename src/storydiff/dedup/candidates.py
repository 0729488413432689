"""Candidate pairs: texts that share a band key, found by sorting each band's keys.

No dictionary of buckets: per band, the keys of all texts are sorted (stable, so a
bucket lists its texts in input order) and runs of equal keys are the buckets. A
bucket of up to ``max_bucket`` texts gives all its pairs; a larger one (the same text
many times over) gives each member with the bucket's first and with its neighbour,
enough to connect it at linear cost. Pairs are ``(a, b)`` with ``a < b``, text numbers
in input order, sorted and distinct.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Pairs = npt.NDArray[np.int64]
"""An (n, 2) array of text numbers, a < b in each row."""


def bucket_pairs(keys: npt.NDArray[np.uint64], max_bucket: int) -> Pairs:
    """The candidate pairs of one band, from every text's key in that band (text
    ``i`` has ``keys[i]``).

    Examples:
        >>> sorted(bucket_pairs(np.array([5, 7, 5, 5, 9], dtype=np.uint64), 40).tolist())
        [[0, 2], [0, 3], [2, 3]]
    """
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    same = ordered[1:] == ordered[:-1]
    if not same.any():
        return np.zeros((0, 2), dtype=np.int64)
    # Bucket number of each sorted position, its start and its size.
    run = np.concatenate([[0], np.cumsum(~same)])
    starts = np.flatnonzero(np.concatenate([[True], ~same]))
    sizes = np.diff(np.append(starts, len(keys)))
    size_at = sizes[run]
    parts = []
    small = size_at <= max_bucket
    for gap in range(1, min(max_bucket, int(sizes.max()))):
        i = np.flatnonzero(small[:-gap] & (run[:-gap] == run[gap:]))
        if not len(i):
            break
        parts.append(np.stack([order[i], order[i + gap]], axis=1))
    big = np.flatnonzero(~small)
    if len(big):
        first = order[starts[run[big]]]
        members = order[big]
        parts.append(np.stack([first, members], axis=1)[first != members])
        nxt = big[:-1][run[big[:-1]] == run[big[1:]]]
        parts.append(np.stack([order[nxt], order[nxt + 1]], axis=1))
    pairs = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
    return np.sort(pairs, axis=1).astype(np.int64)


def unique_pairs(parts: list[Pairs]) -> Pairs:
    """Distinct pairs, sorted, from several bands' pairs."""
    if not parts:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(parts)
    if not len(pairs):
        return pairs.reshape(0, 2)
    packed = (pairs[:, 0].astype(np.uint64) << np.uint64(32)) | pairs[:, 1].astype(np.uint64)
    packed = np.unique(packed)
    return np.stack(
        [
            (packed >> np.uint64(32)).astype(np.int64),
            (packed & np.uint64(0xFFFFFFFF)).astype(np.int64),
        ],
        axis=1,
    )


def candidate_pairs(band_columns: list[npt.NDArray[np.uint64]], max_bucket: int) -> Pairs:
    """All candidate pairs over every band (``band_columns[b][i]``: text i's key in band b)."""
    return unique_pairs([bucket_pairs(keys, max_bucket) for keys in band_columns])
