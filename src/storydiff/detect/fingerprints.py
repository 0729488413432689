"""Winnowed fingerprints of a text (Schleimer, Wilkerson, Aiken 2003; the MOSS method).

A text's words (``storydiff.text.fasthash``: from its bytes, case-folded) are hashed
to 64 bits; every run of ``k``
words is a shingle whose hash mixes its words' hashes; in every window of ``w``
consecutive shingles the smallest hash is kept (the rightmost on ties). Because a
window that is the same in two texts picks the same smallest hash, any run of at
least ``t = w + k - 1`` words that two texts share gives them a fingerprint in
common, while a text keeps only about ``2 / (w + 1)`` of its shingles.

Hashing is vectorised with NumPy: no Python object per word or shingle.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from storydiff.text.fasthash import word_hashes

Fingerprints = npt.NDArray[np.uint64]
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio)


@dataclass(frozen=True, slots=True)
class FingerprintConfig:
    """Shingle and window sizes.

    k = 5 words per shingle (the measure the version statistics use); w = 8 shingles
    per window, so every shared run of t = 12 words is seen, and a text keeps about
    2/9 of its shingles (about 110 fingerprints for a 500-word article).
    """

    k: int = 5
    w: int = 8

    @property
    def guarantee(self) -> int:
        """Shared runs at least this many words long always share a fingerprint."""
        return self.w + self.k - 1


def combine(h: Fingerprints, k: int) -> Fingerprints:
    """Shingle hashes from word hashes: one per run of ``k`` words."""
    if not len(h):
        return h
    if len(h) < k:
        k = len(h)
    n = len(h) - k + 1
    out = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            out = out * _MIX + h[j : j + n]
    return out


def winnow(hashes: Fingerprints, w: int) -> Fingerprints:
    """The sorted, distinct minima of every window of ``w`` hashes."""
    if len(hashes) <= w:  # one window: its minimum
        return hashes[np.argmin(hashes) : np.argmin(hashes) + 1] if len(hashes) else hashes
    windows = sliding_window_view(hashes, w)
    rightmost = w - 1 - np.argmin(windows[:, ::-1], axis=1)
    picked = np.arange(len(windows)) + rightmost
    return np.unique(hashes[np.unique(picked)])


def fingerprint_texts(
    texts: list[str], config: FingerprintConfig | None = None
) -> list[Fingerprints]:
    """Winnowed fingerprints of many texts at once, from their vectorised word hashes
    (``storydiff.text.fasthash``).

    Examples:
        >>> shared = "the ship ran aground off the port early on saturday as a storm hit"
        >>> a, b = fingerprint_texts([shared, "Officials said " + shared + " overnight."])
        >>> bool(np.intersect1d(a, b).size)
        True
    """
    config = config or FingerprintConfig()
    return [winnow(combine(h, config.k), config.w) for h in word_hashes(texts)]
