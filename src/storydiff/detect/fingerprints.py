"""Winnowed fingerprints of a text (Schleimer, Wilkerson, Aiken 2003; the MOSS method).

A text's shingles are the shingles of every stage (``storydiff.text.shingles``: runs
of ``k`` words of ``text.fasthash``, hashed to 64 bits); in every window of ``w``
consecutive shingles the smallest hash is kept. Because a window that is the same in
two texts picks the same smallest hash, any run of at least ``t = w + k - 1`` words
that two texts share gives them a fingerprint in common, while a text keeps only
about ``2 / (w + 1)`` of its shingles.

Word and shingle hashing are vectorised with NumPy, window minima are one compiled
loop (``fingerprint_batch``): no Python object per word or shingle.

Stored indexes hold fingerprints (``detect.index``): ``FORMAT`` names the version of
this definition, and an index written under another is rebuilt from the texts.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from storydiff.config import FingerprintConfig
from storydiff.detect.kernels import window_minima
from storydiff.text.arrays import distinct
from storydiff.text.fasthash import word_hashes, word_hashes_layout
from storydiff.text.shingles import shingle_hashes

Fingerprints = npt.NDArray[np.uint64]
FORMAT = 2
"""The version of the fingerprints (shingle hashes and winnowing): a segment of the
index written under another is not read, so the index is rebuilt from the texts.
2: shingles are ``text.shingles``' (mixed with SplitMix64), not a bare multiply-add
chain."""
_LOW16 = np.uint64(0xFFFF)
_HIGH48 = ~_LOW16
MAX_BATCH = 1 << 16
"""Texts per ``fingerprint_batch`` call (a text's number in its batch fits 16 bits)."""


def sorted_sets(
    values: Fingerprints, starts: npt.NDArray[np.int64]
) -> tuple[Fingerprints, npt.NDArray[np.int64]]:
    """``distinct`` of each run ``values[starts[i]:starts[i + 1]]``, laid end to end,
    and the new runs' starts. Each run is sorted in place by NumPy (its SIMD sort: 7
    µs for 570 hashes, a third of a compiled quicksort's time); repeats are dropped
    in one pass over all runs."""
    out = values.copy()
    bounds = starts.tolist()
    for a, b in itertools.pairwise(bounds):
        out[a:b].sort()
    keep = np.ones(len(out), np.bool_)
    keep[1:] = out[1:] != out[:-1]
    firsts = starts[:-1][np.diff(starts) > 0]
    keep[firsts] = True  # a run's first value is new whatever the run before ended with
    kept = np.zeros(len(out) + 1, np.int64)
    np.cumsum(keep, out=kept[1:])
    return out[keep], kept[starts]


def combine(h: Fingerprints, k: int) -> Fingerprints:
    """Shingle hashes of one text from its word hashes (``text.shingles``): one per
    run of ``k`` words, one of them all when there are fewer."""
    offsets = np.array([0, len(h)], np.int64)
    return shingle_hashes(np.ascontiguousarray(h, np.uint64), offsets, k)[0]


def winnow(hashes: Fingerprints, w: int) -> Fingerprints:
    """The sorted, distinct minima of every window of ``w`` hashes."""
    if len(hashes) <= w:  # one window: its minimum
        return hashes[np.argmin(hashes) : np.argmin(hashes) + 1] if len(hashes) else hashes
    windows = sliding_window_view(hashes, w)
    rightmost = w - 1 - np.argmin(windows[:, ::-1], axis=1)
    picked = np.arange(len(windows)) + rightmost
    return distinct(hashes[picked])


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


@dataclass(slots=True)
class Batch:
    """Shingles and fingerprints of a batch of texts, in flat arrays.

    Text ``i``'s shingles, in reading order, are ``shingles[starts[i]:starts[i + 1]]``;
    its fingerprints are the entries of ``prints`` whose ``owner`` is ``i``.
    ``prints`` is sorted, and within a hash by owner; a text holds each hash once.
    Batch fingerprints keep the high 48 bits of the hash (the low 16 are zero).
    """

    shingles: Fingerprints
    starts: npt.NDArray[np.int64]
    prints: Fingerprints
    owner: npt.NDArray[np.int64]
    words: npt.NDArray[np.int64]
    """Words in each text."""
    chrome: npt.NDArray[np.bool_]
    """For each shingle, whether its first word stands on a line that looks like page
    chrome (``text.layout``: a list of short lines, markup, a table)."""

    def ordered(self, i: int) -> Fingerprints:
        return self.shingles[self.starts[i] : self.starts[i + 1]]

    def chrome_of(self, i: int) -> npt.NDArray[np.bool_]:
        return self.chrome[self.starts[i] : self.starts[i + 1]]


def fingerprint_batch(texts: list[str], config: FingerprintConfig | None = None) -> Batch:
    """The same shingles and fingerprints as ``combine`` and ``winnow`` give text by
    text, computed over the whole batch at once: word and shingle hashes with NumPy,
    window minima in one compiled pass (``kernels.window_minima``).

    Examples:
        >>> batch = fingerprint_texts(["a b c d e f g h i j k l m n o p"])
        >>> flat = fingerprint_batch(["a b c d e f g h i j k l m n o p"])
        >>> bool((flat.prints == batch[0] & ~np.uint64(0xFFFF)).all())
        True
    """
    config = config or FingerprintConfig()
    if len(texts) > MAX_BATCH:
        raise ValueError(f"at most {MAX_BATCH} texts per batch, not {len(texts)}")
    words, word_starts, word_chrome = word_hashes_layout(texts)
    shingles, starts = shingle_hashes(words, word_starts, config.k)
    hashes, owner = window_minima(shingles, starts, config.w)
    # A shingle's first word: text i's shingle j starts at word word_starts[i] + j.
    text_of = np.repeat(np.arange(len(texts)), np.diff(starts))
    first_word = word_starts[:-1][text_of] + np.arange(len(shingles)) - starts[:-1][text_of]
    chrome = word_chrome[first_word] if len(shingles) else np.zeros(0, np.bool_)
    # Sort by hash, then text, in one np.sort: the text's number takes the low 16 bits
    # of its fingerprints (48 bits of hash are plenty to find candidates, which are
    # verified on the full shingles).
    keys = np.sort((hashes & _HIGH48) | owner.astype(np.uint64))
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    owners = (keys & _LOW16).astype(np.int64)
    return Batch(shingles, starts, keys & _HIGH48, owners, np.diff(word_starts), chrome)
