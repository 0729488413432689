"""LSH banding: which split of a signature into bands finds pairs at the threshold,
and each band's key.

Two texts whose signatures agree on all ``rows`` bins of some band become a
candidate pair. With Jaccard ``s`` that happens with probability
``1 - (1 - s**rows)**bands``; the rule for choosing the split is written beside
``DedupConfig`` in ``storydiff.config``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.config import DedupConfig
from storydiff.dedup.kernels import fill_band_keys
from storydiff.dedup.minhash import Signatures

BandKeys = npt.NDArray[np.uint64]
"""One row of ``bands`` 64-bit keys per text."""


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """How likely a pair with this Jaccard similarity becomes a candidate."""
    return float(1.0 - (1.0 - similarity**rows) ** bands)


def _false_area(threshold: float, bands: int, rows: int, steps: int = 400) -> float:
    """Area under the candidate curve below the threshold (midpoint rule)."""
    xs = (np.arange(steps) + 0.5) * threshold / steps
    return float((1.0 - (1.0 - xs**rows) ** bands).sum() * threshold / steps)


def choose_bands(config: DedupConfig) -> tuple[int, int]:
    """(bands, rows) for ``config``: its override, else the written rule.

    Examples:
        >>> choose_bands(DedupConfig())
        (16, 8)
        >>> choose_bands(DedupConfig(threshold=0.7))
        (32, 4)
    """
    if config.bands is not None and config.rows is not None:
        return config.bands, config.rows
    splits = [(config.num_perm // r, r) for r in range(1, config.num_perm + 1)]
    splits = [(b, r) for b, r in splits if b * r == config.num_perm]
    good = [
        (b, r)
        for b, r in splits
        if candidate_probability(config.threshold, b, r) >= config.min_candidate_probability
    ]
    return min(good, key=lambda br: _false_area(config.threshold, *br))


def band_keys(sig: Signatures, bands: int, rows: int) -> BandKeys:
    """For each text and band, a 64-bit hash of the band's bin values: starting from
    the band's number plus one, ``key * K + bin`` over its bins, then mixed. The
    result is a view of a bands x n array, so each band's column is contiguous."""
    if bands * rows != sig.shape[1]:
        raise ValueError(f"{bands} bands of {rows} rows do not cover {sig.shape[1]} bins")
    keys = np.empty((bands, sig.shape[0]), dtype=np.uint64)
    fill_band_keys(np.ascontiguousarray(sig), rows, keys)
    return keys.T
