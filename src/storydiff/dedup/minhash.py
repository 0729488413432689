"""One-permutation MinHash with optimal densification (Shrivastava, ICML 2017).

Dedup keeps each shingle as the high 32 bits of its 64-bit hash (``Kept``: half the
bytes to write and read back for verification, as datasketch's 32-bit hashes; two
different shingles of a pair of 1,000-shingle texts share a kept value with
probability about 2**-12). A kept value picks one of ``num_perm`` bins (its high
bits) and its low 31 bits are its value in the bin, so (with at least two bins,
whose top bit is then fixed within a bin) the smallest value in a bin is that of the
smallest kept shingle there: one permutation of the 32-bit values.
A text's signature is the smallest value in each bin. For two texts, the share of
bins holding the same value estimates the Jaccard similarity of their shingle sets,
as ``num_perm`` independent MinHashes would, at the cost of one hash per shingle
instead of ``num_perm``.

A bin no shingle fell into is filled from another bin, chosen by a probe sequence
that depends only on the bin and the attempt (the same for every text), until a bin
that had a shingle is hit: "optimal" densification, which keeps the estimate unbiased
and its variance close to that of full MinHash. After ``_PROBES`` misses (a text with
a handful of shingles), the next filled bin to the right is taken.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.dedup.kernels import Kept, fill_signatures
from storydiff.dedup.shingles import mix
from storydiff.text.fasthash import Hashes, Offsets

Signatures = npt.NDArray[np.uint32]
"""One row of ``num_perm`` bin values per text."""
EMPTY = np.uint32(0xFFFFFFFF)  # values are 31-bit: never equal to a real one
_PROBES = 4096


def _probe_table(num_perm: int, seed: int) -> npt.NDArray[np.int64]:
    """_PROBES x num_perm: the bin that empty bin ``i`` looks at on attempt ``t``."""
    t = np.arange(_PROBES, dtype=np.uint64)[:, None]
    i = np.arange(num_perm, dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        key = (t << np.uint64(32)) ^ i ^ (np.uint64(seed) * np.uint64(0x9E3779B97F4A7C15))
    h = mix(key.astype(np.uint64))
    return ((h >> np.uint64(32)) * np.uint64(num_perm) >> np.uint64(32)).astype(np.int64)


_TABLES: dict[tuple[int, int], npt.NDArray[np.int64]] = {}


def probe_table(num_perm: int, seed: int) -> npt.NDArray[np.int64]:
    """The densification probes of ``num_perm`` bins and ``seed`` (made once)."""
    key = (num_perm, seed)
    if key not in _TABLES:
        _TABLES[key] = _probe_table(num_perm, seed)
    return _TABLES[key]


def signatures(
    shingles: Hashes, offsets: Offsets, num_perm: int, seed: int = 1
) -> tuple[Signatures, Kept]:
    """The signatures of a batch of texts, from their flat shingle hashes (text ``i``
    has ``shingles[offsets[i]:offsets[i + 1]]``, at least one each), and the
    shingles as kept (made in the same pass).

    Examples:
        >>> from storydiff.dedup.shingles import text_shingles
        >>> s, o = text_shingles(["the ship ran aground off the port on saturday"] * 2, 5)
        >>> sig, kept = signatures(s, o, 128)
        >>> sig.shape, bool((sig[0] == sig[1]).all()), bool((sig != EMPTY).all())
        ((2, 128), True, True)
        >>> kept.dtype.name, bool((kept == s >> np.uint64(32)).all())
        ('uint32', True)
    """
    n = len(offsets) - 1
    if (offsets[1:] <= offsets[:-1]).any():
        raise ValueError("every text needs at least one shingle")
    sig = np.empty((n, num_perm), dtype=np.uint32)
    kept = np.empty(len(shingles), dtype=np.uint32)
    fill_signatures(shingles, offsets, probe_table(num_perm, seed), sig, kept)
    return sig, kept


def estimate(a: Signatures, b: Signatures) -> npt.NDArray[np.float64]:
    """Estimated Jaccard similarity of row pairs: the share of equal bins."""
    return np.asarray((a == b).mean(axis=-1), dtype=np.float64)
